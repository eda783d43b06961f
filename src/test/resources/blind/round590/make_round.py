#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 590 - Tomelilla kommun, uppföljning internkontrollplan helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
# make sure a stray local module never shadows the libraries
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != HERE]

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm, RGBColor  # noqa: E402
from odf.opendocument import OpenDocumentSpreadsheet  # noqa: E402
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties  # noqa: E402
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell  # noqa: E402
from odf.text import P  # noqa: E402

FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round590"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r590conv")
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", tmpd, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = [f for f in os.listdir(tmpd)]
    if len(produced) != 1:
        raise RuntimeError("conversion failed for %s: %r" % (src, produced))
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def setstr(cell, value):
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_IK-uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws.oddHeader.left.text = "Tomelilla kommun"
    ws.oddHeader.center.text = "Kommunstyrelsen – internkontrollplan 2025"
    ws.oddHeader.right.text = "Uppföljning helår"
    ws.oddFooter.right.text = "Sida &P av &N"

    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Planen antagen 2024-12-11 § 215. Uppföljningen avser perioden 2025-01-01 – 2025-12-31."
    ws["A2"].font = Font(italic=True)
    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod",
               "Ansvarig", "Frekvens", "Status delår", "Status helår", "Kommentar helår"]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "3×4=12",
             "Stickprov 30 fakturor per tertial", "Ekonomichef", "Tertial", "Genomförd",
             "Genomförd med avvikelse",
             "3 av 30 fakturor saknade andra attest. Påminnelse om attestordningen skickad till budgetansvariga.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av representation – syfte och deltagare dokumenterade", "2×3=6",
             "Stickprov 15 verifikationer", "Redovisningsansvarig", "Halvår", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Bokslut", "Avstämning av balanskonton inför bokslut", "2×4=8",
             "Genomgång av samtliga balanskonton", "Redovisningsansvarig", "Årligen", "Ej aktuell", "Pågår",
             "Avstämning av förutbetalda kostnader återstår, beräknas klar i februari 2026.",
             "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Löneutbetalningar – kontroll av nyanställda i lönesystemet mot anställningsavtal",
             "3×3=9", "Stickprov 20 nyanställningar", "HR-chef", "Tertial", "Genomförd", "Genomförd",
             "Två felaktiga lönetillägg upptäcktes och har rättats.", "GENOMFORD", "ja"),
            ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "3×3=9",
             "Genomgång i Adato", "HR-chef", "Halvår", "Pågår", None, None, "DELVIS", ""),
            ("2.3", "Bisysslor", "Bisysslor – årlig inventering bland chefer", "2×3=6",
             "Enkät till samtliga chefer", "HR-strateg", "Årligen", "Ej påbörjad", "Ej genomförd",
             "Enkäten försenad p.g.a. byte av HR-system. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet – avslutade anställningar har tagits bort",
             "3×4=12", "Jämförelse användarlista mot avslutade anställningar", "IT-chef", "Halvår",
             "Genomförd", "Genomförd med anmärkning",
             "4 konton för avslutade anställda var fortfarande aktiva; spärrade 2025-11-14.", "GENOMFORD", "ja"),
            ("3.2", "Informationssäkerhet",
             "Informationssäkerhet – genomförd utbildning i phishing för all personal", "4×3=12",
             "Utdrag ur utbildningsplattformen", "Informationssäkerhetssamordnare", "Årligen", "Pågår",
             "Delvis genomförd", "78 % av medarbetarna har genomfört utbildningen.", "DELVIS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Inköp", "Inköp följer ramavtal (avtalstrohet)", "3×3=9",
             "Stickprov 40 inköp i e-handelssystemet", "Upphandlingschef", "Halvår", "Genomförd", "Genomförd",
             "6 av 40 inköp gjordes från ej avtalad leverantör. Information till berörda enheter.",
             "GENOMFORD", "ja"),
            ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras", "2×3=6",
             "Genomgång av diariet", "Upphandlingschef", "Årligen", None, "Utgår",
             "Ersatt av kontrollmoment 4.1 enligt beslut KS 2025-06-04 § 98.", "UTGAR", ""),
        ]),
        ("Övergripande styrning", [
            ("5.1", "Diarieföring", "Diarieföring av inkommande handlingar inom föreskriven tid", "2×2=4",
             "Stickprov 25 handlingar", "Kommunsekreterare", "Årligen", None, None,
             "Kontrollen genomförd i november, inga avvikelser noterade.", "GENOMFORD", "nej"),
            ("5.2", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "2×3=6",
             "Jämförelse delegationslistor mot protokoll", "Kommunsekreterare", "Halvår", "Genomförd",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for row in rows:
            vals = row[:10]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i)
                setstr(c, v)
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, N, row[2], row[10], row[11])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av ekonomiavdelningen 2026-01-20. Rapporteras till KS 2026-02-11.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [6, 20, 48, 10, 30, 22, 10, 14, 20, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"

    ins = wb.create_sheet("Instruktion")
    lines = ["Instruktion för uppföljning",
             "Fyll i kolumnen Status helår med något av: Genomförd, Genomförd med avvikelse, Delvis genomförd, "
             "Pågår, Ej genomförd, Utgår.",
             "Beskriv eventuella avvikelser och vidtagna åtgärder i kolumnen Kommentar helår.",
             "Skicka filen till ekonomiavdelningen senast 2026-01-16."]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True)
    ins.column_dimensions["A"].width = 110
    wb.properties.creator = "Ekonomiavdelningen Tomelilla"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - traffic-light fills only, saved as .xls
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN uppföljning IK 2025.xls"
    N = "Barn- och utbildningsnämnden"
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFC000")
    R = PatternFill("solid", fgColor="FF0000")
    S = PatternFill("solid", fgColor="A6A6A6")
    fills = {"G": G, "Y": Y, "R": R, "S": S, None: None}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontroll 2025 – tertial 1, tertial 2 och tertial 3 (helår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Barn- och utbildningsförvaltningen, Tomelilla kommun"
    headers = ["Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
        c.alignment = Alignment(horizontal="center" if i >= 4 else "left", vertical="center")
    data = [
        ("Grundskola", [
            ("Skolplacering enligt beslutade urvalsregler", "Utbildningschef", "G", "G", "G", "",
             "GENOMFORD", "nej"),
            ("Kränkande behandling – anmälan till huvudman inom en vecka", "Rektorer", "Y", "Y", "G",
             "Rutinen uppdaterad i maj. Samtliga anmälningar under T3 inkom i tid.", "GENOMFORD", "nej"),
            ("Frånvarouppföljning – problematisk skolfrånvaro anmäls till elevhälsan", "Elevhälsochef",
             "G", "G", "Y", "Kontroll av 2 av 4 skolor klar under T3.", "DELVIS", ""),
            ("Extra anpassningar och åtgärdsprogram dokumenteras i lärplattformen", "Elevhälsochef",
             "R", "Y", "R", "Granskningen kunde inte slutföras p.g.a. vakans på elevhälsochefstjänsten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Förskola", [
            ("Barngruppernas storlek i förhållande till Skolverkets riktmärken", "Förskolechef", None, None,
             "G", "Mätning 15 oktober. Avvikelse: 3 av 24 barngrupper över riktmärket.", "GENOMFORD", "ja"),
            ("Avgifter i förskola – inkomstuppgifter kontrolleras mot Skatteverket", "Avgiftshandläggare",
             None, None, "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Administration och ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "G", "G", "G", "",
             "GENOMFORD", "nej"),
            ("Skolskjuts – beslut fattade enligt delegationsordningen", "Skolskjutssamordnare", "G", "G",
             None, "", "GENOMFORD", "nej"),
            ("Tillgänglighet i lokaler – årlig skyddsrond i samtliga skolor", "Fastighetssamordnare", None,
             None, None, "", "SAKNAS", ""),
            ("Registerutdrag ur belastningsregistret kontrolleras vid nyanställning", "HR-partner", "S", "S",
             "S", "Kontrollen hanteras centralt av HR-avdelningen från 2025.", "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    for area, rows in data:
        first = r
        for km, ans, t1, t2, t3, kom, st, av in rows:
            ws.cell(row=r, column=1, value=area if r == first else None)
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=ans)
            for col, f in ((4, t1), (5, t2), (6, t3)):
                c = ws.cell(row=r, column=col)
                if fills[f] is not None:
                    c.fill = fills[f]
            ws.cell(row=r, column=7, value=kom or None)
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BORDER
                ws.cell(row=r, column=col).alignment = WRAP
            exp(fil, N, km, st, av)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    r += 1
    for f, txt in (("G", "Kontrollen genomförd"), ("Y", "Kontrollen pågår / delvis genomförd"),
                   ("R", "Kontrollen ej genomförd"), ("S", "Kontrollmomentet utgår")):
        ws.cell(row=r, column=3).fill = fills[f]
        ws.cell(row=r, column=3).border = BORDER
        ws.cell(row=r, column=4, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Avvikelser beskrivs i kommentarskolumnen.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (16, 60, 22, 7, 7, 7, 60)):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    tmpd = tempfile.mkdtemp(prefix="r590bun")
    src = os.path.join(tmpd, "BUN uppföljning IK 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden - Word, status only in prose
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fixed_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


def build_von():
    fil = "VON Uppföljning internkontrollplan helår 2025.docx"
    N = "Vård- och omsorgsnämnden"
    d = docx.Document()
    fixed_core(d, "Vård- och omsorgsförvaltningen")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TOMELILLA KOMMUN\tVård- och omsorgsförvaltningen\tDnr VON 2024/118"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 132). "
        "Planen innehåller nio kontrollmoment som valts ut efter förvaltningens risk- och väsentlighetsanalys.")
    d.add_paragraph(
        "Nedan redovisas resultatet av årets kontroller. Där brister har upptäckts beskrivs även vilka "
        "åtgärder som vidtagits.")
    d.add_heading("Resultat", level=2)
    rows = [
        ("Myndighetsutövning", "Biståndsbeslut fattas enligt delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef myndighet",
         "Granskning av 25 slumpvis valda beslut gjordes i oktober. Samtliga beslut var fattade av behörig "
         "delegat.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Stickprov 20 ärenden i Lifecare", "Enhetschefer hemtjänst",
         "Kontrollen är genomförd. I 6 av 20 granskade ärenden saknades genomförandeplan inom angiven tid. "
         "Enhetscheferna har fått återkoppling och en påminnelse har lagts in i verksamhetssystemet.",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet",
         "Genomgång av signeringslistor mot avvikelserapporter", "MAS",
         "Granskningen påbörjades under hösten men har hittills bara omfattat två av fem särskilda boenden. "
         "Resterande boenden granskas under första kvartalet 2026.", "DELVIS", ""),
        ("Hälso- och sjukvård",
         "Nattfasta – kontroll att tiden mellan kvällsmål och frukost understiger 11 timmar",
         "Mätning under en vecka på samtliga boenden", "Dietist / enhetschefer",
         "Mätningen på samtliga boenden visade att nattfastan understeg 11 timmar för alla brukare. "
         "Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Ekonomi", "Privata medel för brukare på särskilt boende redovisas och kvitteras",
         "Genomgång av kassaböcker", "Administratörer",
         "Kontrollen har inte kunnat genomföras under året på grund av hög sjukfrånvaro bland "
         "administratörerna. Den flyttas till internkontrollplanen för 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Fakturering av hemtjänstavgifter stämmer med utförd tid",
         "Jämförelse TES-tid mot debiterad tid", "Avgiftshandläggare",
         "Se bilaga 3.", "OKLAR", ""),
        ("Kvalitet", "Lex Sarah-rapporter handläggs och utreds inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         "Kontrollmomentet har utgått efter nämndens beslut 2025-05-21 § 47 eftersom det ingår i "
         "ledningssystemets egenkontroll.", "UTGAR", ""),
        ("Arbetsmiljö", "Hot och våld – riskbedömningar i hemtjänsten är aktuella",
         "Genomgång av riskbedömningar per grupp", "Enhetschefer hemtjänst",
         "Samtliga hemtjänstgrupper har riskbedömningar, men två av dem hade inte uppdaterats sedan 2023. "
         "De uppdaterades i december.", "GENOMFORD", "ja"),
        ("Arbetsmiljö", "Bemanning – timanställdas arbetade timmar stäms av mot schema",
         "Stickprov en månad", "Bemanningsenheten", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Resultat helår 2025"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "D9D9D9")
    prev = None
    first_row_of_group = None
    for proc, km, met, ans, res, stt, av in rows:
        cells = t.add_row().cells
        cells[1].text = km
        cells[2].text = met
        cells[3].text = ans
        cells[4].text = res
        if proc != prev:
            cells[0].text = proc
            first_row_of_group = cells[0]
            prev = proc
        else:
            merged = first_row_of_group.merge(cells[0])
            first_row_of_group = merged
        exp(fil, N, km, stt, av)
    widths = [Cm(2.8), Cm(4.5), Cm(3.5), Cm(2.8), Cm(6.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig under 2025. "
        "De kontroller som inte har slutförts förs över till 2026 års plan.")
    d.add_paragraph("Tomelilla 2026-01-28")
    d.add_paragraph("Annika Lundgren\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export - several nämnder, one row per control and period
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12.csv"
    SBN, KFN, OFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Överförmyndarnämnden"
    pre = "Tomelilla kommun/"
    # (org, process, km, ansvarig, [(period, status, avv, kommentar, datum)], exp_status, exp_avv)
    ctrl = [
        (SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [("Delår 2025", "Pågående", "", "Mätning pågår.", "2025-09-02"),
          ("Helår 2025", "Genomförd", "Ja",
           "12 av 140 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.",
           "2026-01-12")], "GENOMFORD", "ja"),
        (SBN, "VA", "Fakturering av VA-anslutningsavgifter sker enligt taxa", "VA-chef",
         [("Delår 2025", "Genomförd", "Nej", "Stickprov 10 fakturor, inga fel.", "2025-09-01"),
          ("Helår 2025", "Genomförd", "Nej", "Stickprov 10 fakturor, inga fel.", "2026-01-09")],
         "GENOMFORD", "nej"),
        (SBN, "Miljö och tillsyn", "Tillsyn av enskilda avlopp enligt tillsynsplan", "Miljöchef",
         [("Delår 2025", "Pågående", "", "30 av 90 besök utförda.", "2025-09-03"),
          ("Helår 2025", "Pågående", "", "65 av 90 planerade tillsynsbesök utförda.", "2026-01-13")],
         "DELVIS", ""),
        (SBN, "Gata/park", "Kontroll av lekplatser enligt säkerhetsstandard SS-EN 1176", "Parkchef",
         [("Delår 2025", "Genomförd", "Nej", "Samtliga 14 lekplatser besiktigade i maj.", "2025-08-28"),
          ("Helår 2025", "", "", "", "")], "GENOMFORD", "nej"),
        (SBN, "Gata/park",
         "Vinterväghållning – entreprenörens körjournaler stäms av mot fakturor", "Gatuchef",
         [("Delår 2025", "Ej aktuell", "", "Kontrolleras under vintersäsongen.", "2025-08-28"),
          ("Helår 2025", "Ej påbörjad", "", "Flyttas till 2026 då ny entreprenör tillträder 1 januari.",
           "2026-01-13")], "EJ_GENOMFORD", ""),
        (SBN, "Bostadsanpassning", "Delegationsbeslut inom bostadsanpassning anmäls till nämnden",
         "Nämndsekreterare",
         [("Helår 2025", "Genomförd", "Nej", "", "2026-01-08")], "GENOMFORD", "nej"),
        (KFN, "Föreningsstöd", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Fritidskonsulent",
         [("Delår 2025", "Genomförd", "Nej", "Vårens utbetalningar kontrollerade.", "2025-09-05"),
          ("Helår 2025", "Genomförd", "Ja",
           "Två föreningar fick höstbidrag trots ofullständig redovisning; återkrav har skickats.",
           "2026-01-14")], "GENOMFORD", "ja"),
        (KFN, "Kassahantering", "Kassahantering i simhallen och på biblioteket", "Verksamhetschef",
         [("Helår 2025", "Genomförd", "Nej", "Oanmäld kassainventering 2025-10-22.", "2026-01-14")],
         "GENOMFORD", "nej"),
        (KFN, "Lokaler", "Uthyrning av lokaler – avtal och fakturering", "Verksamhetschef",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-05"),
          ("Helår 2025", "Ej aktuell", "",
           "Utgår – uthyrningen har flyttats till Samhällsbyggnadsförvaltningen från 1 oktober.",
           "2026-01-14")], "UTGAR", ""),
        (KFN, "Kulturskolan", "Inventarieförteckning för kulturskolans instrument", "Kulturskolechef",
         [("Delår 2025", "Pågående", "", "", "2025-09-05"),
          ("Helår 2025", "Pågående", "", "Inventering klar på två av tre undervisningsorter.",
           "2026-01-15")], "DELVIS", ""),
        (OFN, "Granskning", "Årsräkningar granskas inom fyra månader från inkommen räkning",
         "Enhetschef överförmyndarenheten",
         [("Helår 2025", "Genomförd", "Nej", "Samtliga årsräkningar för 2024 granskade före 31 augusti.",
           "2026-01-10")], "GENOMFORD", "nej"),
        (OFN, "Arvoden", "Arvoden till ställföreträdare beräknas enligt SKR:s riktlinjer",
         "Handläggare",
         [("Helår 2025", "Pågående", "", "Hälften av arvodesbesluten kontrollerade.", "2026-01-10")],
         "DELVIS", ""),
        (OFN, "Rekrytering",
         "Lämplighetsprövning av nya ställföreträdare inklusive utdrag ur belastningsregistret",
         "Handläggare",
         [("Helår 2025", "", "", "Ej genomförd under 2025 på grund av resursbrist.", "2026-01-10")],
         "EJ_GENOMFORD", ""),
    ]
    lines = []
    lines.append(["Rapport: Internkontroll – uppföljning", "", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2026-01-15 08:12 av ekonomiavdelningen", "", "", "", "", "", "", "", ""])
    lines.append([""] * 9)
    lines.append(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
                  "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"])
    for org, proc, km, ans, periods, est, eav in ctrl:
        for per, stt, av, kom, dat in periods:
            lines.append([pre + org, "Internkontrollplan 2025", proc, km, ans, per, stt, av, kom, dat])
        exp(fil, org, km, est, eav)
    width = 10
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            ln = (ln + [""] * width)[:width]
            w.writerow(ln)
    for n in (SBN, KFN, OFN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Tomelillabostäder AB - OpenDocument spreadsheet with tick columns
# ---------------------------------------------------------------------------
def build_bostader():
    fil = "AB Tomelillabostäder internkontroll 2025.ods"
    N = "Tomelillabostäder AB"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000",
                                       wrapoption="wrap"))
    hdr.addElement(TextProperties(fontweight="bold"))
    cellst = Style(name="cellb", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    center = Style(name="cellc", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    center.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(big)
    doc.automaticstyles.addElement(hdr)
    doc.automaticstyles.addElement(cellst)
    doc.automaticstyles.addElement(center)
    colstyles = []
    for i, w in enumerate(["1.2cm", "8.5cm", "3.5cm", "1.8cm", "1.8cm", "1.8cm", "2.2cm", "8cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    table = Table(name="Uppföljning")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def row(values, style=None, styles=None):
        tr = TableRow()
        for i, v in enumerate(values):
            st = styles[i] if styles else style
            kw = {}
            if st is not None:
                kw["stylename"] = st
            if v is None or v == "":
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                for part in str(v).split("\n"):
                    tc.addElement(P(text=part))
            tr.addElement(tc)
        table.addElement(tr)

    row(["AB Tomelillabostäder – Intern kontroll 2025"], style=big)
    row(["Årsuppföljning per 2025-12-31. Behandlas av styrelsen 2026-02-12."])
    row(["Markera med X i en av kolumnerna Utfört / Pågår / Ej utfört."])
    row([])
    row(["Nr", "Kontrollmoment", "Ansvarig", "Utfört", "Pågår", "Ej utfört", "Avvikelse (Ja/Nej)",
         "Kommentar"], style=hdr)
    data = [
        ("1", "Hyresavier och hyresavräkningar stäms av mot hyresreskontran", "Ekonomiansvarig",
         "X", "", "", "Nej", "Månadsvis avstämning utan differenser.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att nya hyresgäster har kreditprövats", "Uthyrare", "X", "", "", "Ja",
         "2 av 25 kontrakt saknade dokumenterad kreditupplysning. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("3", "Underhållsplan följs upp mot budget", "Fastighetschef", "", "X", "", "",
         "Uppföljningen slutförs i samband med bokslutet.", "DELVIS", ""),
        ("4", "Brandskyddskontroller (SBA) i flerbostadshus", "Fastighetschef", "", "", "X", "",
         "Konsult upphandlad, kontrollerna utförs i mars 2026.", "EJ_GENOMFORD", ""),
        ("5", "Attest av leverantörsfakturor enligt attestordningen", "VD", "X", "", "X", "", "",
         "OKLAR", ""),
        ("6", "Nyckelhantering – kvittens vid utlämning av huvudnycklar", "Driftansvarig", "X", "", "",
         "Nej", "", "GENOMFORD", "nej"),
        ("7", "Lägenhetsbesiktning vid avflyttning dokumenteras", "Besiktningsman", "", "", "", "", "",
         "SAKNAS", ""),
        ("8", "Upphandling av ramavtal för fastighetsskötsel följer LOU", "VD", "", "", "", "",
         "Utgår för 2025 – ingen upphandling har genomförts under året.", "UTGAR", ""),
    ]
    styles = [center, cellst, cellst, center, center, center, center, cellst]
    for dr in data:
        row(list(dr[:8]), styles=styles)
        exp(fil, N, dr[1], dr[8], dr[9])
    row([])
    row(["", "Upprättad av: Eva Persson, ekonomiansvarig, 2026-01-22"])
    doc.spreadsheet.addElement(table)
    doc.meta.childNodes[:] = [n for n in doc.meta.childNodes]  # keep default meta
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Ystad-Österlenregionens miljöförbund - ODT with status codes per tertial
# ---------------------------------------------------------------------------
def build_yomf():
    fil = "YÖMF Internkontroll 2025 uppföljning T3.odt"
    N = "Ystad-Österlenregionens miljöförbund"
    d = docx.Document()
    fixed_core(d, "Ystad-Österlenregionens miljöförbund")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Ystad-Österlenregionens miljöförbund")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Förbundsdirektionen")
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 3 (helår)").runs[0].bold = True
    d.add_paragraph(
        "Förbundet har under 2025 följt upp sju kontrollmoment. Uppföljning sker tertialvis; kolumnen T3 "
        "visar ställningen vid årets slut. Rapporten skickas till medlemskommunerna Ystad, Simrishamn och "
        "Tomelilla.")
    leg = d.add_paragraph()
    leg.add_run("Statuskoder: ").bold = True
    leg.add_run("K = Klar   P = Pågår   E = Ej påbörjad   U = Utgår   – = ingen kontroll planerad under perioden")
    rows = [
        ("Debitering av tillsynsavgifter enligt taxa", "Medel", "P", "P", "K",
         "Stickprov 30 fakturor. Inga fel.", "GENOMFORD", "nej"),
        ("Handläggning av klagomål inom tre veckor", "Hög", "K", "K", "K",
         "2 av 48 ärenden tog längre tid än tre veckor.", "GENOMFORD", "ja"),
        ("Livsmedelskontroller utförs enligt kontrollplan", "Hög", "P", "P", "P",
         "88 % av planerade kontroller utförda vid årets slut.", "DELVIS", ""),
        ("Jäv – handläggare intygar årligen att jäv inte föreligger", "Medel", "E", "E", "E",
         "Blanketten inte klar.", "EJ_GENOMFORD", ""),
        ("Sekretessmarkering av handlingar i diariet", "Låg", "–", "K", "", "", "GENOMFORD", ""),
        ("Resor och traktamenten attesteras enligt reglemente", "Låg", "–", "–", "U",
         "Ersatt av medlemskommunernas gemensamma kontroll.", "UTGAR", ""),
        ("Körjournaler förs för förbundets tjänstebilar", "Medel", "–", "–", "",
         "Se separat rapport till förbundsdirektionen.", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Risk", "T1", "T2", "T3", "Kommentar"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "C6E0B4")
    for km, risk, t1, t2, t3, kom, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, risk, t1, t2, t3, kom]):
            cells[i].text = v
            if 1 <= i <= 4:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, st, av)
    widths = [Cm(6.5), Cm(1.6), Cm(1.0), Cm(1.0), Cm(1.0), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Ystad 2026-01-26\nFörbundschef")
    tmpd = tempfile.mkdtemp(prefix="r590yomf")
    src = os.path.join(tmpd, "YÖMF Internkontroll 2025 uppföljning T3.docx")
    d.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Rejected: covering letter (missiv) without any follow-up
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv internkontroll 2025 Samhällsbyggnad.docx"
    d = docx.Document()
    fixed_core(d, "Samhällsbyggnadsförvaltningen")
    d.sections[0].header.paragraphs[0].text = "TOMELILLA KOMMUN – Samhällsbyggnadsförvaltningen"
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_paragraph("Datum: 2026-01-15")
    d.add_heading("Följebrev – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Hej! Härmed överlämnas Samhällsbyggnadsnämndens uppföljning av internkontrollplanen för helår 2025. "
        "Uppföljningen har registrerats i Stratsys och finns med i den gemensamma exporten från systemet.")
    d.add_paragraph(
        "Nämnden behandlar ärendet på sammanträdet den 28 januari 2026. Eventuella ändringar efter "
        "nämndens behandling meddelas separat.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nPer Olsson\nNämndsekreterare, Samhällsbyggnadsförvaltningen\n"
                    "0417-18 000")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Tomelillabostäder AB", "AB Tomelillabostäder|Tomelillabostäder"),
        ("Ystad-Österlenregionens miljöförbund", "YÖMF|Miljöförbundet|Ystad-Österlenregionens miljöförbund"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_ks()
    build_bun()
    build_von()
    build_stratsys()
    build_bostader()
    build_yomf()
    build_missiv()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
