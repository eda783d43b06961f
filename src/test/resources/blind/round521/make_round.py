#!/usr/bin/python3
"""Blind round r521 - Heby kommun, helår 2025: an inbox of reused templates.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv
into the folder this script lives in.  Run: /usr/bin/python3 make_round.py
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

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round521"
FIXED = dt.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(wb):
    wb.properties.creator = "Heby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. BUN - last year's template with this year's columns added (xlsx)
# ---------------------------------------------------------------------------
def f1_bun():
    fil = "BUN Uppföljning internkontroll helår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "År: 2025"
    ws["A4"] = ("Instruktion: Fyll i status för 2025 i kolumn G (rullista) och kommentera resultat och "
                "eventuella åtgärder i kolumn H. Kolumn E–F avser förra årets uppföljning och ska inte ändras.")
    ws.merge_cells("A4:H4")
    ws["A4"].alignment = WRAP
    ws["A4"].font = Font(italic=True, size=9)
    ws.row_dimensions[4].height = 28

    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Kontrollmetod", "Status helår 2024",
           "Kommentar helår 2024", "Status helår 2025", "Kommentar helår 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        # the two columns added this year get another colour
        cell.fill = fill("FFF2CC") if c >= 7 else fill("D9E1F2")
    widths = [5, 48, 16, 30, 14, 36, 14, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    groups = [
        ("Ekonomi", [
            ("1", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Stickprov 40 fakturor per halvår", "Genomförd", "Inga avvikelser.",
             "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("2", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutssamordnare",
             "Genomgång av samtliga beslut under mars och oktober", "Delvis genomförd",
             "Endast vårterminen kontrollerad.",
             "Genomförd", "Två beslut saknade angiven delegat. Rättat och rutinen förtydligad.", "GENOMFORD", "ja"),
            ("3", "Kontroll av debitering av barnomsorgsavgift mot placeringsregister", "Förvaltningsekonom",
             "Jämförelse av placeringsregister och fakturaunderlag, oktober", "Ej genomförd",
             "Hanns inte med p.g.a. vakans.",
             None, "Kontrollen genomförd i november. Tre felaktiga avgifter har korrigerats.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("4", "Uppföljning av elevfrånvaro och rutin för anmälan till huvudman vid upprepad frånvaro",
             "Rektorer", "Genomgång av frånvarostatistik och anmälningar per skola", "Genomförd",
             "Samtliga skolor följer rutinen.",
             "Delvis genomförd", "Kontrollerad på fyra av sex skolor. Tärnsjö skola och Östervåla skola återstår.",
             "DELVIS", ""),
            ("5", "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
             "Utvecklingsstrateg", "Jämförelse datum för händelse och datum för anmälan", "Genomförd",
             "92 % anmäldes inom fem dagar, åtgärd: påminnelse på rektorsmöte.",
             None, None, "SAKNAS", ""),
            ("6", "Kontroll av att elever i behov av särskilt stöd har ett aktuellt åtgärdsprogram",
             "Elevhälsochef", "Stickprov 5 elever per skola", "Genomförd", "Inga avvikelser.",
             "Genomförd", "Stickprov på samtliga skolor, alla åtgärdsprogram aktuella och utvärderade.",
             "GENOMFORD", "nej"),
            ("7", "Uppföljning av avtalstrohet vid inköp av livsmedel till skolmåltider", "Kostchef",
             "Jämförelse leverantörsreskontra mot avtal", "Genomförd", "Avtalstroheten 96 %.",
             "Utgår", "Utgår enligt beslut BUN 2025-04-15 § 32, ingår i kommunstyrelsens kommungemensamma kontroll.",
             "UTGAR", ""),
        ]),
        ("Personal och IT", [
            ("8", "Kontroll av att utdrag ur belastningsregistret uppvisas vid nyanställning", "HR-partner",
             "Kontroll av samtliga nyanställningar", "Genomförd", "Inga avvikelser.",
             "Genomförd", "Samtliga 27 nyanställda kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
            ("9", "Inventering av elevdatorer och läsplattor mot tillgångsregistret", "IT-samordnare",
             "Inventering per skola", "–", "Ny kontroll 2025",
             "Ej genomförd", "Skjuts till 2026 på grund av byte av system för tillgångsregister.",
             "EJ_GENOMFORD", ""),
            ("10", "Kontroll av att skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Förvaltningschef", "Genomgång av protokoll från skyddsronder", "Delvis genomförd",
             "Skyddsrond saknas på två förskolor.",
             "Ej genomförd", "Ej genomförd, protokollen har inte samlats in.", "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("E7E6E6")
        r += 1
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, N, row[1], row[8], row[9])
            r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G8:G%d" % (r - 1))
    dv2 = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("E8:E%d" % (r - 1))
    r += 1
    ws.cell(row=r, column=1, value="Sammanställd av: Lena Åberg, förvaltningsekonom, 2026-01-22")
    ws.cell(row=r + 1, column=1, value="Behandlad i barn- och utbildningsnämnden 2026-02-17")
    ws.freeze_panes = "C7"
    ws.oddHeader.right.text = "BUF"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. SN - template still titled 2024, 2025 data, traffic-light fills (xlsx)
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "SN_IKP_uppfoljning_helar_2025.xlsx"
    N = "Socialnämnden"
    GREEN, YELLOW, ORANGE, RED = "00B050", "FFFF00", "FFC000", "FF0000"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IKP 2024"   # stale sheet name from last year's file
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2024 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws.oddHeader.center.text = "Internkontrollplan 2024"
    ws.oddFooter.left.text = "Socialförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"

    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kontroll utförd",
           "Status", "Resultat och åtgärder"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", [4, 18, 46, 32, 18, 13, 8, 52]):
        ws.column_dimensions[col].width = w

    rows = [
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov 30 beslut", "Enhetschef försörjningsstöd", dt.date(2025, 10, 15), GREEN,
         "Stickprov 30 beslut. Samtliga fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll av dubbelutbetalningar av ekonomiskt bistånd",
         "Körning av dubblettlista i verksamhetssystemet", "Systemförvaltare", dt.date(2025, 11, 20), YELLOW,
         "Två dubbla utbetalningar har identifierats och återkrävts. Rutinen för utbetalning har förtydligats.",
         "GENOMFORD", "ja"),
        ("Barn och unga",
         "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar", "Enhetschef barn och unga",
         dt.date(2025, 9, 30), ORANGE,
         "Kontroll genomförd för perioden januari–augusti. I 4 av 52 ärenden överskreds 14 dagar. "
         "Perioden september–december kontrolleras i januari 2026.", "DELVIS", "ja"),
        ("Barn och unga",
         "Uppföljning av placerade barn – samtal med barnet enligt SoL 6 kap. 7 b §",
         "Genomgång av journalanteckningar, 10 ärenden", "Enhetschef barn och unga", None, RED,
         "Ej genomförd på grund av personalbrist. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("LSS",
         "Kontroll av att beslut om LSS-insatser verkställs inom tre månader",
         "Uttag av ej verkställda beslut", "Verksamhetschef LSS", dt.date(2025, 12, 5), GREEN,
         "Samtliga beslut verkställda inom tre månader. Ingen rapportering till IVO krävdes.", "GENOMFORD", "nej"),
        ("Vård och omsorg",
         "Kontroll av att avgifter inom hemtjänst debiteras enligt beslut",
         "Jämförelse beslut – avgiftsunderlag, 25 brukare", "Avgiftshandläggare", dt.date(2025, 11, 10), YELLOW,
         "Fem avgiftsbeslut var inte uppdaterade efter ändrad insats. Korrigerat retroaktivt.", "GENOMFORD", "ja"),
        ("Vård och omsorg",
         "Läkemedelshantering – kontroll av signeringslistor på särskilt boende",
         "Granskning av signeringslistor en vecka per boende", "MAS", dt.date(2025, 10, 1), GREEN,
         "Genomförd på Tallbacken och Solgården. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal",
         "Kontroll av att utdrag ur belastningsregistret begärs vid anställning inom LSS och barn- och "
         "ungdomsvård",
         "Kontroll av samtliga anställningar", "HR-partner", None, None,
         "Utgår – kontrollen ingår från 2025 i HR:s kommungemensamma rekryteringsprocess.", "UTGAR", ""),
        ("Kvalitet",
         "Hantering av synpunkter och klagomål – återkoppling inom 10 arbetsdagar",
         "Genomgång av registrerade synpunkter", "Kvalitetsutvecklare", None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for i, row in enumerate(rows, 1):
        proc, km, met, ans, datum, colour, res, st, avv = row
        vals = [i, proc, km, met, ans, datum, None, res]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c == 6 and v is not None:
                cell.number_format = "yyyy-mm-dd"
        if colour:
            ws.cell(row=r, column=7).fill = fill(colour)
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring status").font = BOLD
    legend = [(GREEN, "Kontrollen genomförd – inga avvikelser"),
              (YELLOW, "Kontrollen genomförd – avvikelser noterade, se resultat"),
              (ORANGE, "Kontrollen delvis genomförd / pågår"),
              (RED, "Kontrollen ej genomförd")]
    for colour, text in legend:
        r += 1
        ws.cell(row=r, column=2).fill = fill(colour)
        ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r, column=3, value=text)
    r += 2
    ws.cell(row=r, column=2, value="Upprättad av: Karin Lindqvist, kvalitetsutvecklare")
    ws.cell(row=r + 1, column=2, value="Rapportdatum: 2026-01-20")
    ws.print_title_rows = "4:4"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. TN - plan and 'Uppföljning helår' in one sheet, nämnd only in print header / file name (ods)
# ---------------------------------------------------------------------------
def f3_tn(tmp):
    fil = "Tekniska nämnden IKP 2025 inkl uppföljning helår.ods"
    N = "Tekniska nämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Samhällsbyggnadsförvaltningen"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen 2024-12-11 § 118. Uppföljning helår redovisas i samband med årsbokslut."
    ws["A3"] = "Status helår:  G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)

    ws["A5"] = "PLAN 2025"
    ws.merge_cells("A5:I5")
    ws["J5"] = "UPPFÖLJNING HELÅR"
    ws.merge_cells("J5:M5")
    for c in ("A5", "J5"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"].fill = fill("305496")
    ws["J5"].fill = fill("548235")
    hdr = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod / omfattning", "Ansvarig", "Frekvens", "Status", "Resultat", "Avvikelse (Ja/Nej)",
           "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.fill = fill("D9E1F2") if c <= 9 else fill("E2EFDA")
    for col, w in zip("ABCDEFGHIJKLM", [16, 26, 11, 11, 9, 42, 34, 16, 12, 8, 46, 11, 28]):
        ws.column_dimensions[col].width = w

    # (process, risk, s, k, kontrollmoment, metod, ansvarig, frekvens, status, resultat, avv-cell, åtgärd, exp st, exp avv)
    procs = [
        ("Vatten och avlopp", [
            ("Otjänligt dricksvatten levereras", 2, 4,
             "Kontroll av att vattenprover tas enligt provtagningsplan",
             "Jämförelse provtagningsplan mot\nanalysprotokoll från labb", "VA-chef", "Kvartalsvis",
             "G", "Samtliga 48 planerade prover tagna enligt plan.", "Nej", None, "GENOMFORD", "nej"),
            ("Felaktig debitering av VA-avgifter", 3, 3,
             "Kontroll av att vattenmätare med schablondebitering läses av",
             "Lista över mätare utan avläsning\nsenaste 12 mån", "Driftingenjör VA", "Årligen",
             "D", "Avläsning genomförd i Heby tätort och Tärnsjö. Östervåla återstår.", None,
             "Slutförs kvartal 1 2026", "DELVIS", ""),
        ]),
        ("Gata och park", [
            ("Felaktiga fakturor från entreprenör", 3, 2,
             "Kontroll av vinterväghållningsentreprenörens fakturor mot körjournaler och GPS-data",
             "Stickprov 12 fakturor", "Gatuchef", "Halvår",
             "G", "Stickprov 12 fakturor. Två fakturor avsåg plogning utan stöd i körjournal, kreditering begärd.",
             "Ja", "Krediteringar bevakas", "GENOMFORD", "ja"),
            ("Personskada på lekplats", 2, 4,
             "Uppföljning av att lagstadgade besiktningar av lekplatser genomförs",
             "Genomgång av besiktningsprotokoll", "Parkchef", "Årligen",
             "G", "Alla 23 lekplatser besiktade, anmärkningar åtgärdade.", "Nej", None, "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Bristande inomhusmiljö i skolor och förskolor", 3, 3,
             "Kontroll av att OVK (obligatorisk ventilationskontroll) är utförd i kommunens fastigheter",
             "Genomgång av OVK-register\nmot besiktningsintervall", "Fastighetschef", "Årligen",
             "E", "Ej genomförd. Upphandlingen av besiktningsman överprövades.", None, "Genomförs 2026",
             "EJ_GENOMFORD", ""),
            ("Personskada i hiss", 1, 4,
             "Kontroll av att hissar i kommunens fastigheter har giltig besiktning",
             "Genomgång av besiktningsintyg", "Fastighetschef", "Årligen",
             "G", "Inga avvikelser.", "Nej", None, "GENOMFORD", "nej"),
        ]),
        ("Avfall", [
            ("Felaktig debitering av avfallsavgift", 2, 2,
             "Kontroll av att avfallsabonnemang debiteras enligt gällande taxa",
             "Stickprov 50 abonnemang", "Avfallssamordnare", "Årligen",
             None, "Se bilaga 2", None, None, "OKLAR", ""),
        ]),
        ("Fordon", [
            ("Privat användning av kommunens fordon", 2, 2,
             "Kontroll av körjournaler för kommunens fordon",
             "Stickprov 10 fordon", "Fordonssamordnare", "Årligen",
             None, None, None, None, "SAKNAS", ""),
        ]),
        ("Inköp och investeringar", [
            ("Inköp utanför avtal", 3, 2,
             "Avtalstrohet vid inköp av förbrukningsmaterial",
             "Analys av leverantörsreskontra", "Controller", "Årligen",
             "U", "Utgår enligt TN 2025-03-12 § 21, ingår i kommunstyrelsens kommungemensamma kontroll.", None,
             None, "UTGAR", ""),
            ("Investeringsprojekt överskrider budget", 3, 3,
             "Uppföljning av investeringsprojekt mot beslutad budget och tidplan",
             "Projektrapporter per tertial", "Controller", "Tertial",
             "G", "Uppföljning gjord i samband med delår och bokslut. Två projekt överskred budget, "
                  "redovisat till nämnden.", "Ja", "Förbättrad kalkyl i förstudie", "GENOMFORD", "ja"),
        ]),
    ]
    r = 7
    for proc, risks in procs:
        start = r
        for rk in risks:
            risk, s, k, km, met, ans, frek, st, res, avvc, atg, est, eavv = rk
            vals = [proc if r == start else None, risk, s, k, s * k, km, met, ans, frek, st, res, avvc, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            rv = ws.cell(row=r, column=5)
            rv.fill = fill("FF9999") if s * k >= 9 else (fill("FFE699") if s * k >= 6 else fill("C6EFCE"))
            exp(fil, N, km, est, eavv)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Bilaga 2: Avfallsdebitering – stickprovsredovisning (separat fil)")
    ws.page_setup.orientation = "landscape"
    tmpx = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(tmpx)
    soffice(tmpx, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. KS - Word report, status column headed 'Utfall 2025' (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def f4_ks():
    fil = "KS uppföljning intern kontroll 2025.docx"
    N = "Kommunstyrelsen"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Kommunledningsförvaltningen"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Heby kommun\tKommunledningsförvaltningen\tDnr KS 2025/0112"

    p = d.add_paragraph()
    run = p.add_run("TJÄNSTESKRIVELSE")
    run.bold = True
    d.add_paragraph("2026-01-28")
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025 och överlämnar den "
                    "till revisorerna för kännedom.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplan 2025 den 10 december 2024. Planen omfattar tio "
                    "kontrollmoment inom ekonomi, personal och informationshantering. I tabellerna nedan "
                    "redovisas utfallet för helåret per kontrollmoment.")
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i allt väsentligt är tillräcklig, "
                    "men att uppföljningen av behörigheter i ekonomi- och lönesystemen behöver prioriteras 2026.")

    tables = [
        ("Tabell 1. Ekonomiadministration", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 50 fakturor", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av representation och andra förtroendekänsliga poster",
             "Samtliga representationsfakturor kv 2 och kv 4", "Genomförd med avvikelse",
             "Tre fakturor saknade deltagarförteckning och syfte. Berörda chefer har informerats.",
             "GENOMFORD", "ja"),
            ("1.3", "Avtalstrohet vid inköp av varor och tjänster",
             "Analys av leverantörsreskontra mot avtalsdatabas", "Delvis genomförd",
             "Analys gjord för kvartal 1–3, kvartal 4 återstår.", "DELVIS", ""),
            ("1.4", "Kontroll av att ändringar av bankgiro och kontonummer i leverantörsregistret verifieras",
             "Samtliga ändringar i leverantörsregistret", "Genomförd",
             "47 ändringar, samtliga verifierade mot leverantör.", "GENOMFORD", "nej"),
            ("1.5", "Kontroll av att momsredovisning och ersättning för ingående moms sker korrekt",
             "Avstämning momsdeklaration mot huvudbok", "Se bilaga 3", "", "OKLAR", ""),
        ]),
        ("Tabell 2. Personal och informationshantering", [
            ("2.1", "Kontroll av att löneutbetalningar stoppas vid avslutad anställning",
             "Avstämning avslutade anställningar mot lönekörning", "Genomförd",
             "En felaktig utbetalning upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
            ("2.2", "Uppföljning av behörigheter i ekonomi- och lönesystem",
             "Genomgång av behörighetslistor", "Ej genomförd",
             "Flyttas till 2026 på grund av byte av lönesystem.", "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll av att allmänna handlingar diarieförs utan dröjsmål",
             "Stickprov inkomna handlingar", "Utgår",
             "Utgår enligt KS beslut 2025-05-06 § 88.", "UTGAR", ""),
            ("2.4", "Informationssäkerhet – kontroll av att personuppgiftsincidenter rapporteras inom 72 timmar",
             "Genomgång av incidentrapporter", "Genomförd",
             "Fyra incidenter, samtliga rapporterade i tid. Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.5", "Uppföljning av långa sjukfrånvaroärenden och att rehabiliteringsplan upprättas",
             "Uttag ur HR-systemet", "",
             "Kontrollen påbörjades i december och slutförs i februari 2026.", "DELVIS", ""),
        ]),
    ]
    for title, rows in tables:
        d.add_paragraph().add_run(title).bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Utfall 2025", "Kommentar/åtgärd"]
        for i, h in enumerate(heads):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "DDEBF7")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                cells[i].text = v
            exp(fil, N, row[1], row[5], row[6])
        widths = [Cm(1.0), Cm(6.0), Cm(4.0), Cm(2.8), Cm(5.0)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph()
    d.add_heading("Bilagor", level=2)
    d.add_paragraph("Bilaga 3 Momsavstämning 2025 (lämnas separat)")
    d.add_paragraph()
    d.add_paragraph("Anna-Karin Sjöberg\nKommunchef")
    d.add_paragraph("Mikael Holm\nEkonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - year and period columns, two nämnder (csv)
# ---------------------------------------------------------------------------
def f5_export():
    fil = "Stratsys_export_internkontroll_2025.csv"
    KFN = "Kultur- och fritidsnämnden"
    BMN = "Bygg- och miljönämnden"
    # (org, process, kontrollmoment, ansvarig, (delår status, kommentar, datum), (helår status, kommentar, datum),
    #  exp status, exp avv)
    data = [
        (KFN, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer", "Fritidschef",
         ("Pågående", "Vårens bidrag kontrollerade.", "2025-08-29"),
         ("Klar", "Samtliga 34 utbetalningar kontrollerade, inga avvikelser.", "2025-12-12"), "GENOMFORD", "nej"),
        (KFN, "Bidrag",
         "Kontroll av att bidragsmottagare lämnat verksamhetsberättelse och revisionsberättelse", "Fritidschef",
         ("", "", ""),
         ("Pågående", "15 av 21 föreningar har lämnat in. Påminnelse skickad.", "2025-12-15"), "DELVIS", ""),
        (KFN, "Kontanthantering",
         "Kassahantering i simhallen och på biblioteket – kontroll av dagskassor", "Enhetschef bad",
         ("Klar", "Inga differenser.", "2025-08-20"),
         ("Klar", "Kassadifferens 350 kr vid ett tillfälle i Heby simhall, rapporterad och utredd.", "2025-12-10"),
         "GENOMFORD", "ja"),
        (KFN, "Lokaler", "Kontroll av att hyresavtal för föreningars lokaler är aktuella", "Kultur- och fritidschef",
         ("Ej påbörjad", "", "2025-08-29"),
         ("Ej påbörjad", "Skjuts till 2026.", "2025-12-18"), "EJ_GENOMFORD", ""),
        (KFN, "Inköp", "Inventering av bibliotekets medieinköp mot avtal", "Bibliotekschef",
         ("Pågående", "Genomgång av första halvårets inköp pågår.", "2025-08-27"),
         ("", "", ""), "DELVIS", ""),
        (KFN, "Verksamhet", "Uppföljning av fritidsgårdarnas öppettider och bemanning", "Fritidschef",
         ("Klar", "", "2025-08-29"),
         ("Ej aktuell", "Fritidsgården i Östervåla stängd sedan juni, kontrollen ej aktuell för helåret.",
          "2025-12-18"), "UTGAR", ""),
        (BMN, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         ("Klar", "Inga överskridanden under perioden.", "2025-08-25"),
         ("Klar", "3 av 118 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "2025-12-09"),
         "GENOMFORD", "ja"),
        (BMN, "Tillsyn", "Kontroll av att tillsynsavgifter debiteras enligt beslutad taxa", "Miljöchef",
         ("Pågående", "", "2025-08-25"),
         ("Klar", "Inga avvikelser.", "2025-12-09"), "GENOMFORD", "nej"),
        (BMN, "Tillsyn", "Uppföljning av kontrollplan för livsmedelskontroll", "Miljöchef",
         ("Pågående", "45 % av planerade kontroller utförda.", "2025-08-25"),
         ("Pågående", "78 % av planerade kontroller utförda. Resterande flyttas till 2026.", "2025-12-09"),
         "DELVIS", ""),
        (BMN, "Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         ("Klar", "", "2025-08-22"),
         ("Klar", "Samtliga delegationsbeslut anmälda.", "2025-12-05"), "GENOMFORD", "nej"),
        (BMN, "Nämndadministration", "Kontroll av jäv vid handläggning av ärenden", "Nämndsekreterare",
         ("", "", ""), ("", "", ""), "SAKNAS", ""),
        (BMN, "Strandskydd", "Kontroll av att strandskyddsdispenser föregås av korrekt prövning", "Bygglovschef",
         ("Ej påbörjad", "", "2025-08-25"),
         ("Ej påbörjad", "Ej genomförd på grund av vakans.", "2025-12-09"), "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Organisation", "År", "Period", "Process", "Kontrollmoment", "Ansvarig", "Status",
                    "Kommentar", "Senast uppdaterad"])
        for org, proc, km, ans, dl, hl, est, eavv in data:
            w.writerow([org, "2025", "Delår", proc, km, ans, dl[0], dl[1], dl[2]])
            w.writerow([org, "2025", "Helår", proc, km, ans, hl[0], hl[1], hl[2]])
            exp(fil, org, km, est, eavv)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", BMN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Hebygårdar AB - tertial columns T1/T2/T3, codes with legend at the bottom (xls)
# ---------------------------------------------------------------------------
def f6_hebygardar(tmp):
    fil = "Hebygårdar IK 2025 T3.xls"
    N = "Hebygårdar AB"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Intern kontroll"
    ws["A1"] = "Hebygårdar AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning per tertial"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Uppföljningen per T3 avser helåret och rapporteras till styrelsen i februari."
    hdr = ["Område", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("C6E0B4")
        cell.border = BOX
    for col, w in zip("ABCDEFGH", [18, 50, 10, 16, 6, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Hyresadministration", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal", "Tertial",
         "Ekonomichef", "OK", "OK", "OK", "", "GENOMFORD", "nej"),
        ("Hyresadministration", "Bevakning av hyresskulder och att inkassoärenden hanteras enligt rutin",
         "Tertial", "Ekonomichef", "OK", "OK", "A",
         "T3: Två ärenden hade inte skickats till inkasso enligt rutin. Åtgärdat i december.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor – kontroll av jäv och beloppsgränser", "Tertial",
         "Ekonomichef", "OK", "OK", "", "", "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Uppföljning av planerat underhåll mot underhållsplanen", "Årlig",
         "Fastighetschef", "–", "–", "P", "Underhållsplanen revideras, uppföljningen klar i februari 2026.",
         "DELVIS", ""),
        ("Fastighetsförvaltning", "Systematiskt brandskyddsarbete – egenkontroll i flerbostadshus", "Tertial",
         "Fastighetschef", "OK", "P", "OK", "", "GENOMFORD", "nej"),
        ("Inköp", "Kontroll av att inköp över 100 000 kr föregås av upphandling enligt LOU", "Årlig",
         "VD", "–", "–", "OK", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll av nyckel- och tagghantering (utlämnade nycklar mot register)", "Årlig",
         "Driftchef", "–", "–", "E", "Ej utförd på grund av byte av låssystem.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Kontroll av att lägenheter förmedlas enligt uthyrningspolicyn", "Årlig",
         "Uthyrningschef", "–", "–", "",
         "Utgår 2025, ny uthyrningspolicy beslutas av styrelsen under 2026.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP if c in (2, 8) else Alignment(horizontal="center" if 5 <= c <= 7 else None,
                                                                 vertical="top")
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring:").font = BOLD
    for t in ["OK = genomförd utan anmärkning", "A = genomförd med anmärkning (se kommentar)",
              "P = påbörjad/pågår", "E = ej utförd", "– = ingen kontroll denna period"]:
        r += 1
        ws.cell(row=r, column=2, value=t)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad 2026-01-30, Jonas Ek, ekonomichef")
    tmpx = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    wb.save(tmpx)
    soffice(tmpx, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. ÖFN - workbook reused with a new sheet per year, tick columns (xlsx)
# ---------------------------------------------------------------------------
def f7_ofn():
    fil = "ÖFN intern kontroll helår.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    fixed_props(wb)
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar"]

    def sheet(ws, year, rows):
        ws["A1"] = "Överförmyndarnämnden"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning intern kontroll helår %d" % year
        ws["A2"].font = BOLD
        ws["A3"] = "Markera med X i den kolumn som stämmer."
        ws["A3"].font = Font(italic=True, size=9)
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = BOLD
            cell.border = BOX
            cell.fill = fill("FCE4D6")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if 3 <= c <= 5 else None)
        for col, w in zip("ABCDEF", [55, 18, 11, 11, 11, 50]):
            ws.column_dimensions[col].width = w
        r = 6
        for row in rows:
            km, ans, g, dlv, ej, kom = row[:6]
            for c, v in enumerate([km, ans, g, dlv, ej, kom], 1):
                cell = ws.cell(row=r, column=c, value=v or None)
                cell.border = BOX
                cell.alignment = WRAP if c in (1, 6) else Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=r + 1, column=1, value="Ansvarig tjänsteperson: Maria Nyström, handläggare överförmyndare")

    ws24 = wb.active
    ws24.title = "Helår 2024"
    sheet(ws24, 2024, [
        ("Granskning av årsräkningar – stickprov av verifikationer", "Handläggare", "X", "", "",
         "Stickprov i 15 % av årsräkningarna, inga avvikelser."),
        ("Kontroll av att ställföreträdare har registerutdrag från Kronofogden och belastningsregistret innan "
         "förordnande", "Handläggare", "X", "", "", ""),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Handläggare",
         "X", "", "", ""),
        ("Kontroll av att akter arkiveras enligt dokumenthanteringsplanen", "Administratör", "X", "", "",
         "Arkivering klar för 2023."),
        ("Kontroll av att uttagstillstånd från spärrade konton hanteras enligt delegationsordningen",
         "Handläggare", "", "X", "", "Kontrollerat för våren."),
    ])
    ws25 = wb.create_sheet("Helår 2025")
    rows25 = [
        ("Granskning av årsräkningar – stickprov av verifikationer", "Handläggare", "X", "", "",
         "Stickprov i 20 % av årsräkningarna. Två ärenden med oklara uttag, komplettering begärd.",
         "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har registerutdrag från Kronofogden och belastningsregistret innan "
         "förordnande", "Handläggare", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Handläggare",
         "", "X", "", "Kontrollen gjord för första halvåret.", "DELVIS", ""),
        ("Kontroll av att förteckningar inkommer inom två månader från förordnandet", "Handläggare",
         "X", "", "X", "", "OKLAR", ""),
        ("Kontroll av att uttagstillstånd från spärrade konton hanteras enligt delegationsordningen",
         "Handläggare", "", "", "X", "Har inte hunnits med under året.", "EJ_GENOMFORD", ""),
        ("Kontroll av att introduktionsutbildning erbjuds nya ställföreträdare", "Handläggare", "", "", "",
         "Ej aktuell 2025 – utbildningen ges av Länsstyrelsen från och med i år.", "UTGAR", ""),
    ]
    sheet(ws25, 2025, rows25)
    for row in rows25:
        exp(fil, N, row[0], row[6], row[7])
    wb.active = 1
    ws24.sheet_view.tabSelected = False
    ws25.sheet_view.tabSelected = True
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. rejected: a screenshot (PNG) saved with .xlsx extension
# ---------------------------------------------------------------------------
def f8_picture():
    fil = "Skärmklipp internkontroll KFN helår.xlsx"
    img = Image.new("RGB", (900, 360), "white")
    dr = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
        bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 15)
    except OSError:
        font = bold = ImageFont.load_default()
    dr.rectangle([0, 0, 900, 28], fill=(33, 115, 70))
    dr.text((10, 6), "Stratsys – Internkontroll 2025 – Kultur- och fritidsnämnden", fill="white", font=bold)
    cols = [10, 420, 560, 700]
    heads = ["Kontrollmoment", "Period", "Status", "Senast uppdaterad"]
    y = 45
    for x, h in zip(cols, heads):
        dr.text((x, y), h, fill="black", font=bold)
    rows = [("Kontroll av föreningsbidrag", "Helår", "Klar", "2025-12-12"),
            ("Kassahantering simhall/bibliotek", "Helår", "Klar", "2025-12-10"),
            ("Hyresavtal föreningslokaler", "Helår", "Ej påbörjad", "2025-12-18"),
            ("Bibliotekets medieinköp", "Delår", "Pågående", "2025-08-27")]
    colours = {"Klar": (0, 176, 80), "Ej påbörjad": (255, 0, 0), "Pågående": (255, 192, 0)}
    for row in rows:
        y += 34
        dr.line([10, y - 6, 890, y - 6], fill=(200, 200, 200))
        for x, v in zip(cols, row):
            dr.text((x + (18 if x == 560 else 0), y), v, fill="black", font=font)
        dr.ellipse([560, y + 2, 572, y + 14], fill=colours[row[2]])
    img.save(os.path.join(OUT, fil), format="PNG")
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|SBF|Teknik och service"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Hebygårdar AB", "Hebygårdar|HGAB|Hebygårdar Aktiebolag"),
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
    tmp = tempfile.mkdtemp(prefix="r521_build_")
    try:
        f1_bun()
        f2_sn()
        f3_tn(tmp)
        f4_ks()
        f5_export()
        f6_hebygardar(tmp)
        f7_ofn()
        f8_picture()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
