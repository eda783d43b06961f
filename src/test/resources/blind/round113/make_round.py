#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 113 – Granåsa kommun, tertial 2 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
STAMP = dt.datetime(2025, 9, 15, 8, 40)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def expect(fil, namnd, moment, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, moment, status, avv))


def props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = STAMP - dt.timedelta(days=300)
    wb.properties.modified = STAMP


# ---------------------------------------------------------------------------
# File 1 – Kommunstyrelsen, xlsx: Instruktion / 2024 helår (left over) / 2025 T2
# tables one per process area, each with its own header row, "Antal genomförda" between
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Internkontroll 2025 - uppföljning T2.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan – Kommunstyrelsen",
        "",
        "1. Fyll i kolumnen Status för varje kontrollmoment: Klar / Pågår / Ej startad / Utgår.",
        "2. Ange hur stor del av kontrollen som är utförd i kolumnen % klart.",
        "3. Beskriv i kommentaren vad som kontrollerats (urval) och om avvikelser hittats.",
        "4. Räkna ihop antal genomförda under varje process.",
        "",
        "Exempel:",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=13)
    ex_hdr = ["Nr", "Kontrollmoment", "Status", "% klart", "Kommentar"]
    for j, h in enumerate(ex_hdr, 1):
        ins.cell(10, j, h).font = BOLD
    ex = ["x.x", "Kontroll av ... (beskriv)", "Klar", 1.0, "Stickprov 10 st, inga avvikelser"]
    for j, v in enumerate(ex, 1):
        c = ins.cell(11, j, v)
        c.font = Font(italic=True, color="808080")
    ins.cell(11, 4).number_format = "0%"
    ins.column_dimensions["A"].width = 8
    ins.column_dimensions["B"].width = 45
    ins.column_dimensions["E"].width = 40

    widths = {"A": 6, "B": 52, "C": 30, "D": 12, "E": 20, "F": 16, "G": 9, "H": 60}
    header = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "% klart", "Kommentar"]

    def build(ws, title_rows, blocks, footer):
        r = 1
        for t, f in title_rows:
            ws.cell(r, 1, t).font = f
            r += 1
        r += 1
        for proc, rows, summary in blocks:
            ws.cell(r, 1, proc).font = Font(bold=True, color="FFFFFF")
            for j in range(1, 9):
                ws.cell(r, j).fill = fill("1F4E78")
            r += 1
            for j, h in enumerate(header, 1):
                c = ws.cell(r, j, h)
                c.font = BOLD
                c.fill = fill("DDEBF7")
                c.border = BOX
            r += 1
            for row in rows:
                for j, v in enumerate(row[:8], 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j == 7 and isinstance(v, (int, float)):
                        c.number_format = "0%"
                r += 1
            ws.cell(r, 2, summary).font = Font(italic=True, bold=True)
            r += 2
        for t in footer:
            ws.cell(r, 2, t)
            r += 1
        for k, w in widths.items():
            ws.column_dimensions[k].width = w

    # --- last year's sheet (left in the workbook, must be ignored) ---
    old = wb.create_sheet("Uppföljning 2024")
    build(old,
          [("Kommunstyrelsen – uppföljning av internkontrollplan 2024", Font(bold=True, size=14)),
           ("Period: helår 2024 (T3)", Font(size=11))],
          [("Process: Ekonomiadministration", [
              ["1.1", "Attest av leverantörsfakturor enligt attestförteckning", "Stickprov 20 fakturor", "Tertialvis", "Redovisningsansvarig", "Klar", 1.0, "Inga avvikelser."],
              ["1.2", "Kontering av moms på representation", "Stickprov 15 verifikationer", "Halvår", "Controller", "Klar", 1.0, "2 felkonteringar rättade."],
              ["1.3", "Kundfordringar – påminnelser skickas enligt rutin", "Uttag reskontra", "Tertialvis", "Ekonomiassistent", "Ej startad", 0, "Flyttas till plan 2025? Nej – utgår."],
           ], "Antal genomförda: 2 av 3"),
           ("Process: Personal och lön", [
              ["2.1", "Övertidsersättning attesteras av närmaste chef", "Stickprov", "Halvår", "HR", "Klar", 1.0, ""],
              ["2.2", "Semesterskuld stäms av vid årsskifte", "Avstämning", "Årsvis", "Lönekonsult", "Klar", 1.0, ""],
           ], "Antal genomförda: 2 av 2")],
          ["Totalt genomförda 2024: 4 av 5"])

    ws = wb.create_sheet("Uppföljning T2 2025")
    blocks = [
        ("Process: Ekonomiadministration", [
            ["1.1", "Attest av leverantörsfakturor – att beslutsattest görs av behörig attestant enligt gällande attestförteckning",
             "Stickprov 20 fakturor per tertial", "Tertialvis", "Redovisningsansvarig", "Klar", 1.0,
             "Stickprov 20 fakturor maj–aug. En faktura (IT-konsult, 48 tkr) beslutsattesterad av ersättare som inte fanns i attestförteckningen. Förteckningen uppdaterad.",
             "GENOMFORD", "ja"],
            ["1.2", "Leverantörsregister – ändring av bankgiro/kontonummer verifieras mot leverantören innan ändring",
             "Genomgång av ändringslogg", "Tertialvis", "Ekonomiassistent", "klart", 1.0,
             "Samtliga 14 ändringar jan–aug verifierade via telefon mot känd kontaktperson. Inga avvikelser.",
             "GENOMFORD", "nej"],
            ["1.3", "Representation – syfte och deltagare framgår av underlaget",
             "Stickprov 10 verifikationer/halvår", "Halvår", "Controller", "Pågår", 0.5,
             "Första halvåret granskat: 3 av 10 verifikationer saknade deltagarförteckning. Andra stickprovet görs i december.",
             "DELVIS", "ja"],
            ["1.4", "Avtalstrohet – inköp över 100 tkr görs hos avtalsleverantör",
             "Spendanalys per leverantör", "Årsvis", "Upphandlare", "ej startad", 0,
             "Görs i samband med bokslutet.",
             "EJ_GENOMFORD", "nej"],
        ], "Antal genomförda: 2 av 4"),
        ("Process: Personal och lön", [
            ["2.1", "Löneutbetalning – nyanställda registreras med rätt lön enligt anställningsavtal",
             "Stickprov 10 nyanställningar", "Tertialvis", "HR-specialist", "OK", 1.0,
             "10 av 10 stämmer mot avtal.",
             "GENOMFORD", "nej"],
            ["2.2", "Avslutade anställningar – lön betalas inte ut efter anställningens slut",
             "Avslutslista mot lönelista", "Månadsvis", "Lönekonsult", "Klar", 1.0,
             "En felaktig utbetalning i juni (18 400 kr). Återbetalningskrav skickat, rutin för avslut i HR-systemet förtydligad.",
             "GENOMFORD", "ja"],
            ["2.3", "Bisysslor – samtliga medarbetare har lämnat uppgift om bisyssla",
             "Enkät via chefer", "Årsvis", "HR-chef", "Pågår fortfarande", 0.3,
             "Svar från 11 av 34 medarbetare hittills. Påminnelse skickad v. 35.",
             "DELVIS", "nej"],
        ], "Antal genomförda: 2 av 3"),
        ("Process: IT och informationssäkerhet", [
            ["3.1", "IT-behörigheter – behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
             "Behörighetslista mot personalregister", "Halvår", "Systemförvaltare", None, 1.0,
             "Avstämning gjord 2025-05-20. Fyra konton för personer som slutat fanns kvar – borttagna samma dag.",
             "GENOMFORD", "ja"],
            ["3.2", "Dataskydd – registerförteckning över personuppgiftsbehandlingar är uppdaterad",
             "Genomgång med dataskyddsombud", "Årsvis", "Dataskyddssamordnare", "Ja", 1.0,
             "Förteckningen reviderad i april, 3 nya behandlingar tillagda.",
             "GENOMFORD", "nej"],
            ["3.3", "Informationssäkerhetsutbildning – nyanställda genomför utbildning inom 3 månader",
             "Utdrag ur lärplattform", "Tertialvis", "IT-chef", "Utgår", None,
             "Utgår enligt KS beslut 2025-04-09 § 61, ersätts av regiongemensam e-utbildning som följs upp där.",
             "UTGAR", "nej"],
        ], "Antal genomförda: 2 av 3   (1 utgår)"),
        ("Process: Nämndadministration", [
            ["4.1", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Diarium mot anmälningslista", "Tertialvis", "Nämndsekreterare", "Klart", 1.0,
             "Två beslut (personal) anmäldes för sent – fattade i maj, anmälda först i augusti.",
             "GENOMFORD", "ja"],
            ["4.2", "Diarieföring – inkomna allmänna handlingar registreras inom tre arbetsdagar",
             "Stickprov 25 handlingar", "Halvår", "Registrator", "?", None, "",
             "OKLAR", "nej"],
        ], "Antal genomförda: 1 av 2"),
    ]
    build(ws,
          [("Granåsa kommun", Font(size=10, color="595959")),
           ("Kommunstyrelsen – uppföljning av internkontrollplan 2025", Font(bold=True, size=14)),
           ("Period: tertial 2 (januari–augusti)      Uppdaterad 2025-09-08 av Ekonomienheten/LN", Font(size=11))],
          blocks,
          ["Totalt genomförda T2: 7 av 12", "", "Lena Nordqvist, ekonomichef"])
    ws.freeze_panes = "A5"
    wb.active = wb.sheetnames.index("Uppföljning T2 2025")
    props(wb, "Lena Nordqvist", "IK KS 2025")
    wb.save(os.path.join(OUT, fil))
    for _, rows, _ in blocks:
        for row in rows:
            expect(fil, N, row[1], row[8], row[9])
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# File 2 – Barn- och utbildningsnämnden, xlsx: T1 / T2 / Helår columns
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK-plan_2025_uppf_T2.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=15)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Förvaltning: Barn- och utbildningsförvaltningen"
    ws["A4"] = "Statusvärden: Ja = kontrollen gjord, Delvis/Pågår = påbörjad, Nej = ej gjord"
    ws["A4"].font = Font(italic=True, size=9)
    header = ["Kontrollmoment", "Kontrollansvarig", "Frekvens", "T1 (jan–apr)", "T2 (maj–aug)", "Helår", "Kommentar T2"]
    areas = [
        ("Område: Elevärenden och skolplikt", [
            ["Kränkande behandling – rektor anmäler till huvudman inom en vecka", "Rektor", "Löpande", "Ja", "Ja – avvikelse", None,
             "Två anmälningar från Norrbyskolan kom in först efter tre veckor. Påminnelse till rektorer om rutinen.", "GENOMFORD", "ja"],
            ["Skolpliktsbevakning – elever med frånvaro över 20 % har påbörjad frånvaroutredning", "Elevhälsochef", "Tertialvis", "Delvis", "Pågår", None,
             "Genomgång av samtliga skolenheter pågår, beräknas klar i oktober.", "DELVIS", "nej"],
            ["Skolskjuts – beslut om skolskjuts fattas enligt riktlinjer", "Skolskjutshandläggare", "Halvår", "–", "Nej", None,
             "Ej genomförd pga sjukskrivning, flyttas till T3.", "EJ_GENOMFORD", "nej"],
        ], "Antal genomförda: 1 av 3"),
        ("Område: Ekonomi", [
            ["Barnomsorgsavgifter – inkomstuppgifter stäms av mot Skatteverkets uppgifter", "Avgiftshandläggare", "1 ggr/år", "Ja", None, None,
             "", "GENOMFORD", "ja"],
            ["Interkommunal ersättning – elever folkbokförda i andra kommuner faktureras", "Ekonom", "Tertialvis", "klar", "klar", None,
             "", "GENOMFORD", "nej"],
            ["Inköp – direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Upphandlingsstöd", "Tertialvis", "Nej", "Delvis", None,
             "Dokumentation saknas för 2 av 5 direktupphandlingar (läromedel). Åtgärdas.", "DELVIS", "ja"],
        ], "Antal genomförda: 2 av 3"),
        ("Område: Personal och arbetsmiljö", [
            ["Utdrag ur belastningsregistret har uppvisats före anställning", "HR-konsult", "Tertialvis", "Ja", "Ja", None,
             "41 anställningar inför HT kontrollerade, samtliga hade utdrag.", "GENOMFORD", "nej"],
            ["Lärarlegitimation – lärare som sätter betyg har legitimation i ämnet", "Rektor", "Årsvis", None, None, None,
             "", "SAKNAS", "nej"],
            ["Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter", "Rektor/förskolechef", "Årsvis", None, "Ej aktuellt", None,
             "Skyddsronder följs från 2025 i kommungemensam process, utgår ur nämndens IKP.", "UTGAR", "nej"],
        ], "Antal genomförda: 1 av 3"),
    ]
    # T1 comment for the yearly control done in T1 (kept in a cell note-like column to the right)
    r = 6
    for area, rows, summ in areas:
        ws.cell(r, 1, area).font = Font(bold=True, size=11, color="375623")
        r += 1
        for j, h in enumerate(header, 1):
            c = ws.cell(r, j, h)
            c.font = BOLD
            c.fill = fill("E2EFDA")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r += 1
        for row in rows:
            for j, v in enumerate(row[:7], 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            if row[0].startswith("Barnomsorgsavgifter"):
                ws.cell(r, 8, "T1: Inkomstjämförelse gjord i mars, 27 hushåll efterdebiterade.").font = Font(size=9, color="7F7F7F")
            r += 1
        ws.cell(r, 1, summ).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("FFF2CC")
        r += 2
    ws.cell(r, 1, "Totalt genomförda t.o.m. T2: 4 av 9").font = BOLD
    ws.cell(r + 2, 1, "Beslutad av BUN 2025-09-24 § 71 (förslag)").font = Font(italic=True)
    for k, w in {"A": 62, "B": 20, "C": 12, "D": 12, "E": 14, "F": 9, "G": 55, "H": 50}.items():
        ws.column_dimensions[k].width = w
    props(wb, "Maria Ek", "Uppföljning IKP BUN")
    wb.save(os.path.join(OUT, fil))
    for _, rows, _ in areas:
        for row in rows:
            expect(fil, N, row[0], row[7], row[8])
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 3 – Socialnämnden, real .xls (built as xlsx, converted by LibreOffice)
# ---------------------------------------------------------------------------
def file_sn(tmpdir):
    fil = "Socialnämnden IKP uppföljning aug 2025.xls"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "SOCIALNÄMNDEN"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Delårsuppföljning per 31 augusti 2025 (tertial 2)"
    ws["F3"] = "Dnr SN 2024/112"
    header = ["Id", "Kontrollmoment", "Metod", "Utförs av", "Resultat / iakttagelser", "Avvikelse", "Status", "Färdigt %"]
    areas = [
        ("IFO – myndighetsutövning barn och unga", [
            ["S1", "Utredningstid – barnavårdsutredningar avslutas inom fyra månader (11 kap. 2 § SoL)", "Uttag ur verksamhetssystemet", "Enhetschef IFO",
             "91 % avslutade inom tid. Fyra utredningar förlängda utan formellt beslut om förlängning.", "Ja", "Klar", "100 %", "GENOMFORD", "ja"],
            ["S2", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Stickprov 25 anmälningar", "1:e socialsekreterare",
             "Samtliga 25 inom 14 dagar.", "Nej", "klar", "100 %", "GENOMFORD", "nej"],
            ["S3", "Placeringar HVB/familjehem – beslut och avtal finns för samtliga placeringar", "Genomgång av akter", "Enhetschef IFO",
             "8 av 14 placeringar genomgångna, inga brister hittills.", "", "Pågår", "57 %", "DELVIS", "nej"],
            ["S4", "Lex Sarah – rapporter utreds och anmäls till IVO vid behov", "Genomgång av rapporter", "Kvalitetsutvecklare",
             "", "", "Ej påbörjad", "0 %", "EJ_GENOMFORD", "nej"],
        ], "Antal genomförda: 2 av 4"),
        ("LSS", [
            ["S5", "LSS-beslut – ej verkställda beslut inom tre månader rapporteras till IVO", "Kvartalsrapportering", "Avdelningschef",
             "Rapportering Q1 och Q2 gjord. Två ej verkställda beslut om bostad (9 § 9 LSS) rapporterade för sent i Q1.", "Ja", "KLAR", "100 %", "GENOMFORD", "ja"],
            ["S6", "Personlig assistans – tidrapporter stäms av mot beslutade timmar", "Stickprov 5 ärenden", "Handläggare LSS",
             "2 av 5 stickprov klara, ingen avvikelse hittills.", "Nej", "pågår", "40 %", "DELVIS", "nej"],
            ["S7", "Kontaktperson – arvoden betalas enligt SKR:s riktlinjer", "Stickprov", "Assistent",
             "Kontrollen ersatt av automatisk kontroll i lönesystemet, beslut SN 2025-03-18 § 22.", "", "Avbruten", "", "UTGAR", "nej"],
        ], "Antal genomförda: 1 av 3"),
        ("Ekonomiskt bistånd", [
            ["S8", "Dubbelutbetalning – uppgifter kontrolleras mot Försäkringskassan (SSBTEK) vid nyansökan", "Stickprov 20 ärenden", "Socialsekreterare",
             "Kontroll görs i samtliga nyansökningar, stickprovet visade inga brister.", "Nej", "OK", "100 %", "GENOMFORD", "nej"],
            ["S9", "Utbetalningar över 10 000 kr attesteras av två personer", "Utdrag utbetalningslista", "Enhetschef",
             "En utbetalning (14 200 kr) i maj attesterad av endast en handläggare.", "Ja", "Klar", "100 %", "GENOMFORD", "ja"],
            ["S10", "Återkrav – beslutade återkrav bevakas och följs upp", "Genomgång återkravslista", "Ekonom",
             "Genomgång av 2024 års återkrav påbörjad.", "", "Pågår fortfarande", "20 %", "DELVIS", "nej"],
        ], "Antal genomförda: 2 av 3"),
    ]
    r = 5
    for area, rows, summ in areas:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        r += 1
        for j, h in enumerate(header, 1):
            c = ws.cell(r, j, h)
            c.font = BOLD
            c.fill = fill("E4DFEC")
            c.border = BOX
        r += 1
        for row in rows:
            for j, v in enumerate(row[:8], 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            r += 1
        ws.cell(r, 2, summ).font = Font(bold=True, italic=True)
        r += 2
    ws.cell(r, 2, "Summa: 5 av 10 kontrollmoment genomförda per 31/8. Uppföljning helår redovisas i februari 2026.")
    ws.cell(r + 2, 2, "Sammanställt av: Jonas Hed, förvaltningsekonom")
    for k, w in {"A": 5, "B": 55, "C": 24, "D": 18, "E": 55, "F": 10, "G": 16, "H": 10}.items():
        ws.column_dimensions[k].width = w
    ws2 = wb.create_sheet("Blad2")
    ws2["A1"] = None
    props(wb, "Jonas Hed", "IKP SN 2025")
    src = os.path.join(tmpdir, "sn.xlsx")
    wb.save(src)
    convert(src, "xls", tmpdir)
    shutil.move(os.path.join(tmpdir, "sn.xls"), os.path.join(OUT, fil))
    for _, rows, _ in areas:
        for row in rows:
            expect(fil, N, row[1], row[8], row[9])
    FILES.append((fil, "INLAST", N, "2025", "T2"))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round113", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# File 4 – Vård- och omsorgsnämnden, .ods, colour status with legend + % column
# ---------------------------------------------------------------------------
def file_von():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "VON uppföljning internkontroll T2 2025.ods"
    N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bg=None, bold=False, italic=False, size=None, border=False, wrap=False, color=None):
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.5pt solid #808080"
        if wrap:
            kw["wrapoption"] = "wrap"
            kw["verticalalign"] = "top"
        if kw:
            st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        if color:
            tk["color"] = color
        if tk:
            st.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(st)
        return st

    S = {
        "title": cstyle("title", bold=True, size="15pt"),
        "sub": cstyle("sub", bold=True, size="11pt"),
        "area": cstyle("area", bg="#C65911", bold=True, color="#FFFFFF"),
        "hdr": cstyle("hdr", bg="#FCE4D6", bold=True, border=True, wrap=True),
        "cell": cstyle("cell", border=True, wrap=True),
        "sum": cstyle("sum", italic=True, bold=True),
        "green": cstyle("green", bg="#00B050", border=True),
        "yellow": cstyle("yellow", bg="#FFFF00", border=True),
        "red": cstyle("red", bg="#FF0000", border=True),
        "grey": cstyle("grey", bg="#A6A6A6", border=True),
        "blue": cstyle("blue", bg="#5B9BD5", border=True),
        "plain": cstyle("plain"),
        "small": cstyle("small", italic=True, size="9pt"),
    }
    widths = ["1.0cm", "9cm", "4.5cm", "4cm", "2.2cm", "2.2cm", "9cm"]
    t = Table(name="Internkontroll T2")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            text, style = c[0], c[1]
            span = c[2] if len(c) > 2 else 1
            kw = {"stylename": S[style]}
            if span > 1:
                kw["numbercolumnsspanned"] = span
            if isinstance(text, float):
                tc = TableCell(valuetype="percentage", value=text, **kw)
                tc.addElement(P(text=f"{int(round(text * 100))} %"))
            else:
                tc = TableCell(**kw)
                if text:
                    tc.addElement(P(text=text))
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    row([("Vård- och omsorgsförvaltningen", "title", 4)])
    row([("Uppföljning internkontroll – tertial 2 2025", "sub", 4)])
    row([("Rapporteras till nämnden 2025-09-25", "plain", 3)])
    row([None])
    row([("Färgförklaring status:", "sum", 2), ("Genomförd", "green"), ("Pågår / delvis", "yellow"),
         ("Ej genomförd", "red"), ("Utgår", "grey")])
    row([None])
    header = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Andel klart", "Status", "Kommentar T2"]
    areas = [
        ("Hemtjänst", [
            ["1", "Beviljad tid i hemtjänst stäms av mot utförd tid (TES)", "Månadsrapport per brukare", "Enhetschef hemtjänst", 1.0, ("", "green"),
             "Avvikelse > 15 % i 6 ärenden, biståndshandläggare informerade för omprövning.", "GENOMFORD", "ja"],
            ["2", "Nyckelhantering – kvittens av nycklar till brukarnas bostäder", "Inventering av nyckelskåp", "Enhetschef hemtjänst", 0.6, ("", "yellow"),
             "Norra distriktet klart, södra distriktet återstår.", "DELVIS", "nej"],
            ["3", "Genomförandeplan upprättas inom 14 dagar från beslut", "Stickprov 15 brukare", "Enhetschef hemtjänst", 1.0, ("", "green"),
             "13 av 15 inom tid, 2 upprättade efter 3–4 veckor.", "GENOMFORD", "ja"],
        ], "Antal genomförda: 2 av 3"),
        ("Särskilt boende", [
            ["4", "Brukarnas privata medel – kassabok förs och kvitton finns", "Kontroll av samtliga handkassor", "Enhetschef SÄBO", 1.0, ("", "green"),
             "Inga avvikelser.", "GENOMFORD", "nej"],
            ["5", "Läkemedelsavvikelser – avvikelserapporter analyseras och åtgärdas", "Genomgång avvikelsesystem", "MAS", 0.0, ("", "red"),
             "Ej genomförd, MAS-tjänsten vakant sedan maj.", "EJ_GENOMFORD", "nej"],
            ["6", "Boendeavgifter – avgiftsbeslut omprövas vid ändrade inkomster", "Stickprov 10 beslut", "Avgiftshandläggare", None, ("", "blue"),
             "Se bilaga 2", "OKLAR", "nej"],
        ], "Antal genomförda: 1 av 3"),
        ("Hälso- och sjukvård (HSL)", [
            ["7", "Delegering av hälso- och sjukvårdsuppgifter förnyas årligen", "Genomgång delegeringsregister", "Verksamhetschef HSL", 1.0, ("Klar", "cell"),
             "", "GENOMFORD", "nej"],
            ["8", "Basala hygienrutiner – observationsmätning på samtliga enheter", "Punktprevalensmätning", "Hygiensjuksköterska", None, ("", "grey"),
             "Mätningen görs regiongemensamt i år, utgår ur nämndens plan.", "UTGAR", "nej"],
        ], "Antal genomförda: 1 av 2"),
        ("Ekonomi", [
            ["9", "Fakturor från privata utförare – fakturerade timmar stäms av mot beställda", "Avstämning TES mot faktura", "Ekonom", 0.45, ("", "yellow"),
             "Januari–april kontrollerat, maj–augusti pågår.", "DELVIS", "nej"],
            ["10", "Avtalstrohet – inköp av inkontinens- och förbrukningsmaterial", "Spendanalys", "Upphandlare", 1.0, ("", "green"),
             "Två inköp utanför avtal (totalt 34 tkr), berörda enheter informerade.", "GENOMFORD", "ja"],
        ], "Antal genomförda: 1 av 2"),
    ]
    for area, rows, summ in areas:
        row([(area, "area", 7)])
        row([(h, "hdr") for h in header])
        for rr in rows:
            st_text, st_style = rr[5]
            row([(rr[0], "cell"), (rr[1], "cell"), (rr[2], "cell"), (rr[3], "cell"),
                 (rr[4] if rr[4] is not None else "", "cell"), (st_text, st_style), (rr[6], "cell")])
        row([None, (summ, "sum")])
        row([None])
    row([None, ("Totalt genomförda: 5 av 10", "sum")])
    row([None, ("Bilaga 2 (avgiftsgenomgång) skickas separat.", "small")])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    for _, rows, _ in areas:
        for rr in rows:
            expect(fil, N, rr[1], rr[7], rr[8])
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 5 – Kultur- och fritidsnämnden, xlsx with merged process column, example row
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur o fritid IK 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppf T2-25"
    ws["A1"] = "Internkontroll – Kultur & Fritid"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2"
    ws["A3"] = "Plan antagen av KFN 2024-12-10 § 88, avser verksamhetsåret 2025"
    ws["A3"].font = Font(size=9, italic=True)
    header = ["Process", "Kontrollmoment", "Genomförd?", "%", "Avvikelse", "Kommentar / åtgärd"]
    areas = [
        ("Kassahantering", [
            ["Dagskassor Granåsabadet – kassarapport stäms av mot bankinsättning", "Ja", 1.0, "Nej", "Avstämt januari–augusti.", "GENOMFORD", "nej"],
            ["Kontanthantering biblioteket (avgifter, försäljning)", "OK", 1.0, "Ja", "Differens 240 kr i mars, rutinen förtydligad.", "GENOMFORD", "ja"],
            ["Kiosken i ishallen – inventering av lager två gånger per år", "Delvis", 0.5, "Nej", "Inventering gjord i juni, nästa i december.", "DELVIS", "nej"],
        ], "Antal genomförda: 2 av 3"),
        ("Bidrag", [
            ["Föreningsbidrag – bidrag betalas ut först efter inlämnad verksamhetsberättelse", "klart", 1.0, "Nej", "", "GENOMFORD", "nej"],
            ["Aktivitetsstöd – stickprov på närvarolistor hos fem föreningar", "påbörjad", 0.2, None, "En förening kontrollerad.", "DELVIS", "nej"],
            ["Hyresbidrag för föreningsägda anläggningar – underlag kontrolleras", "Nej", 0, None, "Hinns inte med i år, föreslås till IKP 2026.", "EJ_GENOMFORD", "nej"],
        ], "Antal genomförda: 1 av 3"),
        ("Lokaler, avtal och administration", [
            ["Uthyrning av lokaler – avgift debiteras enligt taxa", "Ja", 1.0, "Ja", "Tre bokningar i Folkets hus var inte fakturerade, nu fakturerade.", "GENOMFORD", "ja"],
            ["Avtalstrohet – inköp av idrotts- och fritidsmaterial", "Ej klar", 0.1, None, "Påbörjad, underlag från ekonomienheten saknas för maj–aug.", "DELVIS", "nej"],
            ["Delegationsbeslut anmäls till nämnden", "Ja", None, None, None, "GENOMFORD", "nej"],
            ["Dataskydd – elevregister i kulturskolan gallras enligt dokumenthanteringsplan", "Klar?", None, None,
             "Oklart om gallringen gjorts för vårterminen – stäms av med kulturskolechefen.", "OKLAR", "nej"],
        ], "Antal genomförda: 2 av 4"),
    ]
    r = 5
    for j, h in enumerate(header, 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        c.fill = fill("D9D9D9")
        c.border = BOX
    r += 1
    # the template's example row, left in by the sender
    ex = ["Exempel", "Kontroll av kassaredovisning (skriv kontrollmomentet här)", "Ja/Nej/Delvis", None, "Ja/Nej", "Beskriv kort"]
    for j, v in enumerate(ex, 1):
        c = ws.cell(r, j, v)
        c.font = Font(italic=True, color="A6A6A6")
        c.border = BOX
    r += 2
    first = True
    for area, rows, summ in areas:
        if not first:
            for j, h in enumerate(header, 1):
                c = ws.cell(r, j, h)
                c.font = BOLD
                c.fill = fill("D9D9D9")
                c.border = BOX
            r += 1
        first = False
        start = r
        for rr in rows:
            ws.cell(r, 2, rr[0])
            ws.cell(r, 3, rr[1])
            if rr[2] is not None:
                ws.cell(r, 4, rr[2]).number_format = "0%"
            ws.cell(r, 5, rr[3])
            ws.cell(r, 6, rr[4])
            for j in range(1, 7):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = WRAP
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1, area).font = BOLD
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(r, 2, summ).font = Font(bold=True)
        ws.cell(r, 2).alignment = Alignment(horizontal="right")
        r += 2
    ws.cell(r, 1, "Kontaktperson: Sofia Lindgren, verksamhetscontroller")
    for k, w in {"A": 18, "B": 60, "C": 13, "D": 7, "E": 10, "F": 55}.items():
        ws.column_dimensions[k].width = w
    props(wb, "Sofia Lindgren", "")
    wb.save(os.path.join(OUT, fil))
    for _, rows, _ in areas:
        for rr in rows:
            expect(fil, N, rr[0], rr[5], rr[6])
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 6 – Tekniska nämnden, .docx tjänsteskrivelse with one table
# ---------------------------------------------------------------------------
def file_tn():
    import docx
    from docx.shared import Pt, Cm

    fil = "Tekniska nämnden - uppföljning internkontrollplan T2 2025.docx"
    N = "Tekniska nämnden"
    d = docx.Document()
    d.core_properties.author = "Anders Berglund"
    d.core_properties.created = STAMP - dt.timedelta(days=5)
    d.core_properties.modified = STAMP
    p = d.add_paragraph("GRANÅSA KOMMUN\tTjänsteskrivelse")
    p = d.add_paragraph("Tekniska förvaltningen\t2025-09-10\nDnr TN 2025/47")
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_paragraph("Förslag till beslut", style="Heading 3")
    d.add_paragraph("Tekniska nämnden godkänner uppföljningen av internkontrollplanen för tertial 2 2025 och lägger den till handlingarna.")
    d.add_paragraph("Ärendebeskrivning", style="Heading 3")
    d.add_paragraph(
        "Tekniska nämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen innehåller åtta "
        "kontrollmoment inom fordon, VA, upphandling och avtal, kost och lokalvård. Uppföljningen avser perioden "
        "januari–augusti 2025. Kontrollerna har genomförts av förvaltningens enhetschefer och sammanställts av "
        "förvaltningens controller. Resultatet redovisas i tabellen nedan.")
    d.add_paragraph("Bedömning anges som Genomförd, Genomförd med avvikelse, Delvis genomförd eller Ej genomförd.")
    rows = [
        ("Fordon och maskiner", "Körjournaler förs korrekt för kommunens personbilar",
         "Stickprov 6 bilar. Två bilar saknade anteckningar för juni.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Fordon och maskiner", "Drivmedelskort – tankningar stäms av mot fordon och förare",
         "Avstämning gjord för januari–juni, inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("VA", "Anslutningsavgifter VA debiteras enligt gällande taxa",
         "Kontrollen påbörjad, 11 av 20 nya anslutningar granskade.", "Delvis genomförd", "DELVIS", "nej"),
        ("Upphandling och avtal", "Avtalsuppföljning – entreprenad vinterväghållning",
         "", "Se bilaga", "OKLAR", "nej"),
        ("Upphandling och avtal", "ÄTA-arbeten godkänns av beställare innan fakturan betalas",
         "Ej gjord, flyttas till T3 på grund av semesterperioden.", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Kost", "Livsmedelsinköp görs från avtalad grossist",
         "Avtalstrohet 98 %. Inga väsentliga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Lokalvård", "Kvalitetsuppföljning av lokalvård enligt INSTA 800",
         "Uppföljning gjord i 4 av 9 skolor, resterande under hösten.", "Pågår", "DELVIS", "nej"),
        ("Inventarier", "Stöldbegärlig utrustning (verktyg, maskiner) inventeras",
         "Inventering genomförd i maj. Verktyg för ca 12 tkr saknades, polisanmälan gjord.", "", "GENOMFORD", "ja"),
    ]
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Resultat T2", "Bedömning"]):
        tbl.rows[0].cells[i].text = h
        for run in tbl.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    prev = None
    start_cell = None
    for proc, km, res, bed, _, _ in rows:
        cells = tbl.add_row().cells
        if proc == prev:
            start_cell = start_cell.merge(cells[0])
        else:
            cells[0].text = proc
            start_cell = cells[0]
        prev = proc
        cells[1].text = km
        cells[2].text = res
        cells[3].text = bed
    last = tbl.add_row().cells
    m = last[0].merge(last[3])
    m.text = "Summa: 3 av 8 kontrollmoment genomförda, 2 pågår."
    widths = [Cm(3.2), Cm(5.5), Cm(5.5), Cm(3.2)]
    for r in tbl.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    d.add_paragraph("")
    d.add_paragraph("Bilagor", style="Heading 3")
    d.add_paragraph("Bilaga 3. Avtalsuppföljning vinterväghållning 2024/2025")
    d.add_paragraph("")
    d.add_paragraph("Anders Berglund\nTeknisk chef")
    d.save(os.path.join(OUT, fil))
    for _, km, _, _, st, av in rows:
        expect(fil, N, km, st, av)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 7 – Samhällsbyggnadsförvaltningen: one workbook, two nämnder (SBN + MBN)
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnad IK T2 2025 (SBN+MBN).xlsx"
    wb = Workbook()
    summ = wb.active
    summ.title = "Sammanställning"
    summ["A1"] = "Samhällsbyggnadsförvaltningen – internkontroll 2025, uppföljning T2"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"] = "Nämnd"
    summ["B3"] = "Antal kontrollmoment"
    summ["C3"] = "Antal genomförda"
    summ["D3"] = "Andel"
    for c in ("A3", "B3", "C3", "D3"):
        summ[c].font = BOLD
    summ["A4"], summ["B4"], summ["C4"], summ["D4"] = "Samhällsbyggnadsnämnden", 6, 3, 0.5
    summ["A5"], summ["B5"], summ["C5"], summ["D5"] = "Miljö- och byggnämnden", 5, 2, 0.4
    summ["D4"].number_format = summ["D5"].number_format = "0%"
    summ["A7"] = "Se flikarna SBN och MBN för detaljer."
    summ.column_dimensions["A"].width = 30
    summ.column_dimensions["B"].width = 22
    summ.column_dimensions["C"].width = 18

    header = ["Kontrollområde", "Kontrollmoment", "Status", "Färdigställt", "Kommentar"]

    def sheet(name, title, areas, namnd):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning tertial 2, 2025 (jan–aug)"
        r = 4
        for area, rows, s in areas:
            for j, h in enumerate(header, 1):
                c = ws.cell(r, j, h)
                c.font = BOLD
                c.fill = fill("BDD7EE")
                c.border = BOX
            r += 1
            for rr in rows:
                vals = [area, rr[0], rr[1], rr[2], rr[3]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                    if j == 4 and isinstance(v, (int, float)):
                        c.number_format = "0%"
                r += 1
            ws.cell(r, 1, s).font = Font(italic=True)
            r += 2
        for k, w in {"A": 22, "B": 62, "C": 18, "D": 12, "E": 55}.items():
            ws.column_dimensions[k].width = w
        for _, rows, _ in areas:
            for rr in rows:
                expect(fil, namnd, rr[0], rr[4], rr[5])
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))

    sheet("SBN", "Samhällsbyggnadsnämnden – internkontrollplan 2025", [
        ("Mark och exploatering", [
            ["Exploateringsavtal – exploateringsersättning faktureras enligt avtal", "Klar", 1.0, "Inga avvikelser.", "GENOMFORD", "nej"],
            ["Markanvisning – beslut följer kommunens markanvisningspolicy", "klart", 1.0,
             "En direktanvisning (Granåsa 3:41) saknade motivering i beslutet.", "GENOMFORD", "ja"],
            ["Arrendeavtal – indexuppräkning av arrendeavgifter", "ej startad", 0, "Görs i november inför fakturering.", "EJ_GENOMFORD", "nej"],
        ], "Antal genomförda: 2 av 3"),
        ("Plan och bostadsanpassning", [
            ["Planavgifter – planavtal tecknas innan planarbetet påbörjas", "Pågår", 0.7, "7 av 10 planer kontrollerade.", "DELVIS", "nej"],
            ["Bostadsanpassningsbidrag – beslut fattas på rätt delegation", "Ja", 1.0, "", "GENOMFORD", "nej"],
            ["Investeringsprojekt – projektredovisning attesteras av projektledare", None, 0.4, "", "DELVIS", "nej"],
        ], "Antal genomförda: 1 av 3"),
    ], "Samhällsbyggnadsnämnden")

    sheet("MBN", "Miljö- och byggnämnden – internkontrollplan 2025", [
        ("Bygglov", [
            ["Handläggningstid bygglov – beslut inom tio veckor enligt PBL", "Genomförd", 1.0,
             "87 % inom tid. Sex ärenden med reducerad avgift enligt 12 kap. 8 a § PBL.", "GENOMFORD", "ja"],
            ["Jäv – handläggare intygar jävsfrihet i tillsynsärenden", "Ej genomförd", 0, "Rutin saknas, tas fram under hösten.", "EJ_GENOMFORD", "nej"],
            ["Strandskyddsdispenser – beslut skickas till länsstyrelsen", "Utgår", None,
             "Ej aktuell 2025, strandskyddsärenden handläggs av länsstyrelsen efter ändrad delegation.", "UTGAR", "nej"],
        ], "Antal genomförda: 1 av 3"),
        ("Miljö och livsmedel", [
            ["Livsmedelskontroll – årlig kontrollavgift faktureras samtliga registrerade anläggningar", "OK", 1.0, "", "GENOMFORD", "nej"],
            ["Delegationsbeslut anmäls till nämnden", "Pågår fortfarande", 0.6, "Jan–maj kontrollerat.", "DELVIS", "nej"],
        ], "Antal genomförda: 1 av 2"),
    ], "Miljö- och byggnämnden")
    props(wb, "Karin Holm", "IK SBF 2025")
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 8 – rejected: Excel lock file left next to the KS workbook
# ---------------------------------------------------------------------------
def file_lock(ks_name):
    fil = "~$" + ks_name
    user = "Lena Nordqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF|Individ- och familjeomsorgen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur & fritid|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN|Valnämnd"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    for name in os.listdir(OUT):
        if name in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, name)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r113_")
    ks = file_ks()
    file_bun()
    file_sn(tmp)
    file_von()
    file_kfn()
    file_tn()
    file_sbf()
    file_lock(ks)
    shutil.rmtree(tmp, ignore_errors=True)
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for fil, n, km, st, av in EXPECTED:
            w.writerow([fil, n, km[:60], st, av])
    print(len(FILES), "files.csv rows;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
