#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 159 - Kvarnby kommun.

Run year 2025.  The inbox holds ordinary helår 2025 follow-ups, late VB 2024
follow-ups (2024 content, 2025 export dates in the file names), a two-year plan
with status columns for 2024 and 2025, a workbook with sheets "2024" and "2025",
a document titled "Verksamhetsåret 2025" dated January 2026 in its file name,
and an Excel lock file that must be rejected.

Builds every file plus namnder.csv, files.csv and expected.csv, deterministically.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TextProperties,
                       TableCellProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2026, 1, 26, 9, 0, 0)
FIXED_PY_DT = datetime.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (determinism).
    Keeps entry order and compression type (mimetype of ODF stays stored)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in entries:
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen, helår 2025 - plain xlsx with title rows, process group
#    rows (merged), status in words.
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_IK_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kvarnby kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: helår (januari–december 2025)"
    ws["A4"] = ("Status anges som: Genomförd / Genomförd med avvikelse / Delvis genomförd / "
                "Ej genomförd / Utgår")
    ws["A4"].font = Font(italic=True, size=9)
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "Status", "Resultat och kommentar", "Åtgärd"]
    hr = 6
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor per halvår", "2 ggr/år", "Controller",
             "Genomförd med avvikelse",
             "Två fakturor saknade beslutsattest. Attest har kompletterats i efterhand.",
             "Påminnelse om attestordningen till samtliga beslutsattestanter.",
             "GENOMFORD", "ja"),
            ("1.2", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut",
             "Genomgång av avstämningsmallar april, augusti, december", "3 ggr/år",
             "Redovisningsansvarig", "Genomförd",
             "Samtliga balanskonton avstämda. Inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("1.3", "Ekonomi",
             "Representation och förtroendekänsliga poster – syfte och deltagare anges",
             "Samtliga representationsfakturor > 2 000 kr", "2 ggr/år", "Controller",
             "Delvis genomförd",
             "Första halvåret kontrollerat. Kontroll av andra halvåret pågår och\n"
             "redovisas i februari 2026.", "",
             "DELVIS", ""),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Lönetillägg och ersättningar utbetalas enligt beslut",
             "Stickprov 25 utbetalningar", "1 gång/år", "HR-chef", "Genomförd",
             "Stickprovet visade inga fel.", "", "GENOMFORD", "nej"),
            ("2.2", "Behörigheter", "Avslut av behörigheter när anställning upphör",
             "Jämförelse avslutade anställningar mot AD-konton", "1 gång/år", "IT-chef",
             "Ej genomförd",
             "Har inte genomförts på grund av byte av HR-system. Flyttas till plan 2026.",
             "", "EJ_GENOMFORD", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
             "Samtliga direktupphandlingar under året", "1 gång/år", "Upphandlingschef",
             "Genomförd med avvikelse",
             "3 av 15 direktupphandlingar saknade dokumentation enligt riktlinjen.",
             "Utbildning för beställare hösten 2026.", "GENOMFORD", "ja"),
            ("3.2", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
             "Analys av inköpsdata", "1 gång/år", "Upphandlingschef", "Utgår",
             "Utgår enligt KS beslut 2025-05-07 § 88; ersätts av kommungemensam granskning.",
             "", "UTGAR", ""),
        ]),
        ("4. Informationssäkerhet och dokumenthantering", [
            ("4.1", "IT", "Behörigheter i ekonomisystemet gås igenom",
             "Genomgång av samtliga användarkonton", "1 gång/år", "Systemförvaltare",
             "Genomförd",
             "Genomgång gjord i oktober. Fyra konton för avslutade konsulter var fortfarande aktiva och har tagits bort.",
             "Rutin för avslut av konsultkonton tas fram.", "GENOMFORD", "ja"),
            ("4.2", "Diarium", "Diarieföring av inkommande handlingar inom föreskriven tid",
             "Stickprov 30 handlingar", "2 ggr/år", "Registrator", "Genomförd",
             "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("4.3", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslista mot protokoll", "2 ggr/år", "Kommunsekreterare",
             "Genomförd", "", "", "GENOMFORD", "nej"),
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
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
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Håkansson, controller, 2026-01-14")
    ws.cell(row=r + 1, column=1, value="Behandlas i kommunstyrelsen 2026-02-04")
    widths = [6, 16, 42, 30, 11, 18, 20, 50, 32]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.properties.creator = "Lena Håkansson"
    wb.properties.created = FIXED_PY_DT
    wb.properties.modified = FIXED_PY_DT
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Lock file of the KS workbook - must be rejected.
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$KS_IK_helar_2025.xlsx"
    name = "Lena Håkansson"
    b = bytes([len(name)]) + name.encode("cp1252").ljust(53, b" ")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(162, b"\x20")[:162]
    b += b"\x00\x00\x00"
    with open(out(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 3. Stratsys export, late VB 2024 for two nämnder, cp1252, one row per control
#    and period (T2 2024 / Helår 2024).
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_IK_uppfoljning_export_2025-02-12.csv"
    BUN = "Barn- och utbildningsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    plan = "Internkontrollplan 2024"
    # (org, process, km, metod, ansvarig, [(period, status, kommentar)], exp_status, exp_avv)
    ctrls = [
        (BUN, "Personal", "Rutin för registerkontroll vid nyanställning i förskola och skola",
         "Stickprov 30 nyanställningar", "HR-specialist",
         [("T2 2024", "Påbörjad", "Stickprov för januari–juni klart, inga avvikelser hittills."),
          ("Helår 2024", "Genomförd", "Kontroll av 30 nyanställningar. Samtliga hade uppvisat utdrag ur belastningsregistret.")],
         "GENOMFORD", "nej"),
        (BUN, "Myndighetsutövning", "Skolskjuts beviljas enligt riktlinjer",
         "Stickprov 20 beslut", "Skolskjutssamordnare",
         [("T2 2024", "Genomförd", "Stickprov 20 beslut. Ett beslut saknade motivering, har kompletterats."),
          ("Helår 2024", "", "")],
         "GENOMFORD", "ja"),
        (BUN, "Trygghet och studiero",
         "Kränkande behandling – anmälan till huvudman inom en vecka",
         "Genomgång av samtliga anmälningar i DF Respons", "Utvecklingsledare",
         [("T2 2024", "Påbörjad", ""),
          ("Helår 2024", "Genomförd med avvikelse",
           "12 % av anmälningarna kom in senare än en vecka.\nPåminnelse till rektorer gjord i december.")],
         "GENOMFORD", "ja"),
        (BUN, "Elevhälsa", "Elevfrånvaro följs upp enligt handlingsplan",
         "Stickprov fem elever per skola", "Elevhälsochef",
         [("T2 2024", "Ej påbörjad", ""),
          ("Helår 2024", "Ej påbörjad", "Skjuts till 2025 på grund av införande av nytt frånvarosystem.")],
         "EJ_GENOMFORD", ""),
        (BUN, "Inköp", "Inköp av läromedel sker från upphandlade leverantörer",
         "Analys av inköpsdata", "Förvaltningsekonom",
         [("T2 2024", "Påbörjad", ""),
          ("Helår 2024", "Påbörjad", "Analys av inköpsdata pågår, rapport till nämnden i mars 2025.")],
         "DELVIS", ""),
        (BUN, "Avgifter", "Hantering av barnomsorgsavgifter – korrekt inkomstuppgift",
         "Stickprov 25 hushåll", "Placeringsenheten",
         [("Helår 2024", "Ej aktuell", "Kontrollen utgick efter beslut BUN 2024-09-18 § 71.")],
         "UTGAR", ""),
        (KFN, "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov 15 ansökningar", "Föreningskonsulent",
         [("T2 2024", "Påbörjad", ""),
          ("Helår 2024", "Genomförd", "Stickprov 15 ansökningar, inga avvikelser.")],
         "GENOMFORD", "nej"),
        (KFN, "Kontanthantering", "Kassahantering i simhallen och biblioteket",
         "Oanmäld kassainventering två gånger", "Enhetschef fritid",
         [("T2 2024", "Genomförd med avvikelse", "Kassadifferens vid två tillfällen i simhallen."),
          ("Helår 2024", "Genomförd med avvikelse", "Ny rutin för dagsavstämning infördes i oktober.")],
         "GENOMFORD", "ja"),
        (KFN, "Lokaler", "Uthyrning av lokaler debiteras enligt taxa",
         "Bokningar mot fakturor", "Bokningsansvarig",
         [("Helår 2024", "Påbörjad", "Kontrollen klar för januari–juni; andra halvåret återstår.")],
         "DELVIS", ""),
        (KFN, "Inventarier", "Inventarieförteckning för konstsamlingen uppdateras",
         "Inventering av konstregistret", "Kulturchef",
         [("T2 2024", "", ""),
          ("Helår 2024", "", "Se separat rapport till nämnden 2025-01-29.")],
         "OKLAR", ""),
    ]
    buf = io.StringIO()
    buf.write("Internkontrollplan 2024 - uppföljning\r\n")
    buf.write("Utdrag ur Stratsys 2025-02-12 08:14, Kvarnby kommun\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod",
                "Ansvarig", "Period", "Status", "Kommentar"])
    for org, proc, km, metod, ans, periods, st, avv in ctrls:
        for per, s, k in periods:
            w.writerow([org, plan, proc, km, metod, ans, per, s, k])
        exp(fil, org, km, st, avv)
    with open(out(fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", BUN, "2024", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden, VB 2024, ODS built with odfpy. Symbols per
#    tertial (T1 / T2 / Helår), legend at the bottom, risk value column.
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN_uppfoljning_internkontroll_VB2024_2025-03-03.ods"
    N = "Miljö- och byggnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    headst = Style(name="head", family="table-cell")
    headst.addElement(TextProperties(fontweight="bold"))
    headst.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000",
                                          wrapoption="wrap"))
    doc.automaticstyles.addElement(headst)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(body)
    center = Style(name="center", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    center.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(center)
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    colstyles = []
    for i, wdt in enumerate(["3.2cm", "6.5cm", "1.8cm", "1.4cm", "1.4cm", "1.4cm", "8cm", "3.5cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IK 2024")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            val, st, span = (c + (None, None))[:3] if isinstance(c, tuple) else (c, None, None)
            kw = {}
            if st is not None:
                kw["stylename"] = st
            if span:
                kw["numbercolumnsspanned"] = span
            if isinstance(val, (int, float)) and not isinstance(val, bool):
                tc = TableCell(valuetype="float", value=val, **kw)
                tc.addElement(P(text=str(val)))
            else:
                tc = TableCell(valuetype="string", **kw)
                if val:
                    for line in str(val).split("\n"):
                        tc.addElement(P(text=line))
            tr.addElement(tc)
            if span:
                for _ in range(span - 1):
                    from odf.table import CoveredTableCell
                    tr.addElement(CoveredTableCell())
        t.addElement(tr)

    row([("Miljö- och byggnämnden – uppföljning av internkontrollplan 2024", title, 8)])
    row([("Bilaga 3 till verksamhetsberättelse 2024", None, 8)])
    row([("Riskvärde = sannolikhet × konsekvens (1–16). Markera status per uppföljningstillfälle.", small, 8)])
    row([None])
    row([(h, headst) for h in ["Process", "Kontrollmoment", "Riskvärde", "T1", "T2", "Helår",
                               "Kommentar helår", "Ansvarig"]])
    ctrls = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgade tio veckor", 12,
         "◐", "◐", "(✔)", "4 av 120 ärenden överskred tiden på grund av sjukfrånvaro.",
         "Bygglovschef", "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", 9,
         "✔", "", "✔", "Inga avvikelser.", "Administratör", "GENOMFORD", "nej"),
        ("Livsmedel", "Tillsynsplanen för livsmedelskontroll följs", 12,
         "◐", "◐", "◐", "85 % av planerade kontroller utförda; resterande flyttas till 2025.",
         "Miljöchef", "DELVIS", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", 6,
         "✔", "✔", "", "", "Nämndsekreterare", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Jäv – handläggare med koppling till sökande byts ut", 8,
         "✘", "✘", "✘", "Rutin ej framtagen, kontrollen kunde inte genomföras.",
         "Förvaltningschef", "EJ_GENOMFORD", ""),
        ("Myndighetsutövning", "Kontroll av att förelägganden följs upp inom angiven tid", 9,
         "", "", "⊘", "Utgår – ingick i revisorernas granskning 2024.",
         "Miljöchef", "UTGAR", ""),
        ("Arkiv", "Arkivering av avslutade bygglovsärenden", 4,
         "", "", "", "", "Arkivansvarig", "SAKNAS", ""),
        ("Miljötillsyn", "Fakturering av timavgift för miljötillsyn", 9,
         "✘", "◐", "✔", "Samtliga debiterbara timmar fakturerade per 31 december.",
         "Miljöchef", "GENOMFORD", "nej"),
    ]
    for proc, km, rv, t1, t2, hel, kom, ans, st, avv in ctrls:
        row([(proc, body), (km, body), (rv, center), (t1, center), (t2, center),
             (hel, center), (kom, body), (ans, body)])
        exp(fil, N, km, st, avv)
    row([None])
    row([("Teckenförklaring: ✔ = Genomförd utan anmärkning   (✔) = Genomförd med anmärkning   "
          "◐ = Påbörjad/delvis genomförd   ✘ = Ej genomförd   ⊘ = Utgår", small, 8)])
    row([("Antagen av Miljö- och byggnämnden 2025-03-20 § 31 som en del av verksamhetsberättelse 2024.", small, 8)])
    doc.spreadsheet.addElement(t)
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Socialnämnden, two-year plan 2024-2025, status columns for both years.
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN_internkontrollplan_2024-2025_uppfoljning.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2024–2025 (tvåårig) – uppföljning helår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Teckenförklaring: G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, "
                "D = Delvis genomförd, E = Ej genomförd, U = Utgår, – = ingår ej detta år")
    ws["A3"].font = Font(italic=True, size=9)
    # two-row header
    h1 = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Uppföljning", None,
          "Kommentar 2025"]
    h2 = [None, None, None, None, None, "Status helår 2024", "Status helår 2025", None]
    for c, v in enumerate(h1, 1):
        ws.cell(row=5, column=c, value=v)
    for c, v in enumerate(h2, 1):
        ws.cell(row=6, column=c, value=v)
    for c in (1, 2, 3, 4, 5, 8):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=7)
    for rr in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    fills = {"G": "C6EFCE", "GA": "FFEB9C", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    ctrls = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 40 ärenden", "Årligen", "Enhetschef försörjningsstöd",
         "GA", "G", "Stickprov 40 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll mot Inkomstregistret inför utbetalning av ekonomiskt bistånd",
         "Stickprov 40 ärenden", "Årligen", "Enhetschef försörjningsstöd",
         "D", "GA", "I 3 av 40 ärenden saknades dokumenterad kontroll. Påminnelse till handläggare.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Årligen", "Enhetschef barn och unga",
         "G", "D", "Kontroll gjord för första halvåret. Andra halvåret redovisas i mars 2026.",
         "DELVIS", ""),
        ("Barn och unga", "Utredningstid om högst fyra månader i barnavårdsutredningar",
         "Uttag ur verksamhetssystemet", "Vartannat år", "Enhetschef barn och unga",
         "GA", "–", "Ingår ej 2025, kontrolleras vartannat år (nästa gång 2026).",
         "UTGAR", ""),
        ("Vuxen", "Uppföljning av placeringar på HVB – avtal och vårdplan finns",
         "Samtliga placeringar", "Årligen", "Enhetschef vuxen",
         "E", "G", "Samtliga 11 placeringar hade avtal och vårdplan.", "GENOMFORD", "nej"),
        ("Vuxen", "Fakturor från externa utförare kontrolleras mot beslut",
         "Stickprov 20 fakturor", "Årligen", "Förvaltningsekonom",
         "G", None, None, "SAKNAS", ""),
        ("Informationssäkerhet",
         "Hantering av skyddade personuppgifter i verksamhetssystemet",
         "Genomgång av markerade ärenden", "Årligen", "Systemförvaltare",
         "–", "E", "Ej genomförd på grund av vakanser. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista mot protokoll", "Årligen", "Nämndsekreterare",
         "G", "U", "Utgår enligt SN 2025-03-19 § 34; ersätts av digital anmälan i ärendesystemet.",
         "UTGAR", ""),
        ("Kvalitet",
         "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Samtliga rapporter", "Årligen", "Kvalitetsstrateg",
         "G", "G", None, "GENOMFORD", "nej"),
    ]
    r = 7
    for proc, km, met, frek, ans, s24, s25, kom, st, avv in ctrls:
        vals = [proc, km, met, frek, ans, s24, s25, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 7) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad av socialnämnden 2026-01-28 § 9")
    for i, w in enumerate([18, 44, 28, 12, 24, 11, 11, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "Socialförvaltningen"
    wb.properties.created = FIXED_PY_DT
    wb.properties.modified = FIXED_PY_DT
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden: one workbook, sheets "2024" and "2025", same template,
#    nämnd only in print header / as förvaltning name in the title.
# ---------------------------------------------------------------------------
def build_tn():
    fil = "TN_Internkontroll.xlsx"
    N = "Tekniska nämnden"
    head = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig",
            "Klart senast", "Status", "Resultat/kommentar", "Åtgärd vid avvikelse"]
    km = {
        "korj": "Körjournaler för kommunens fordon förs och attesteras",
        "driv": "Drivmedelskort används enligt riktlinje",
        "va": "Avläsning av vattenmätare och debitering av VA-avgifter",
        "lek": "Egenkontroll av lekplatser enligt SS-EN 1176",
        "vint": "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter",
        "sba": "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga verksamhetslokaler",
        "hyra": "Kontroll av hyresavtal – indexuppräkning av externa hyror",
        "ram": "Ramavtal för entreprenader avropas enligt avropsordning",
        "best": "Beställningar över 50 000 kr godkänns av behörig chef",
    }
    rows2024 = [
        (1, "Fordon", km["korj"], "Samtliga fordon, mars och september", "Fordonssamordnare",
         "2024-12-31", "Klar – avvikelse", "Tre fordon saknade körjournal för mars.",
         "Påminnelse till enhetschefer."),
        (2, "Fordon", km["driv"], "Transaktionslista drivmedel", "Fordonssamordnare",
         "2024-12-31", "Klar", "Inga avvikelser.", ""),
        (3, "VA", km["va"], "Stickprov 100 abonnenter", "VA-chef", "2024-11-30", "Klar",
         "Inga avvikelser.", ""),
        (4, "Gata/park", km["lek"], "Besiktningsprotokoll", "Parkchef", "2024-10-31", "Pågår",
         "20 av 34 lekplatser besiktigade.", ""),
        (5, "Gata/park", km["vint"], "Stickprov fakturor jan–mar", "Gatuchef", "2024-06-30",
         "Ej påbörjad", "", ""),
        (6, "Fastighet", km["hyra"], "Samtliga externa hyresavtal", "Fastighetschef",
         "2024-03-31", "Klar", "Uppräkning korrekt i samtliga avtal.", ""),
        (7, "Upphandling", km["ram"], "Stickprov 10 avrop", "Upphandlare", "2024-12-31",
         "Klar – avvikelse", "Två avrop gjordes utan förnyad konkurrensutsättning.",
         "Utbildning i avropsordning."),
    ]
    rows2025 = [
        (1, "Fordon", km["korj"], "Samtliga fordon, mars och september", "Fordonssamordnare",
         "2025-12-31", "Klar", "Kontroll av 12 fordon, samtliga körjournaler kompletta.", "",
         "GENOMFORD", "nej"),
        (2, "Fordon", km["driv"], "Transaktionslista drivmedel", "Fordonssamordnare",
         "2025-12-31", "Klar – avvikelse",
         "Ett kort användes för privat tankning; ärendet hanterat av HR.",
         "Spärr av kort, ny kvittensrutin.", "GENOMFORD", "ja"),
        (3, "VA", km["va"], "Stickprov 100 abonnenter", "VA-chef", "2025-11-30", "Pågår",
         "50 av planerade 100 abonnenter kontrollerade.", "", "DELVIS", ""),
        (4, "Gata/park", km["lek"], "Besiktningsprotokoll", "Parkchef", "2025-10-31", "Klar",
         "Samtliga 34 lekplatser besiktigade, inga anmärkningar.", "", "GENOMFORD", "nej"),
        (5, "Gata/park", km["vint"], "Stickprov fakturor jan–mar och nov–dec", "Gatuchef",
         "2025-12-31", None,
         "Avstämning genomförd för januari–mars och november–december. Inga avvikelser.",
         "", "GENOMFORD", "nej"),
        (6, "Fastighet", km["sba"], "Genomgång av SBA-pärmar", "Fastighetschef", "2025-09-30",
         "Ej påbörjad", "Skjuts till 2026 då ny fastighetsförvaltare rekryteras.", "",
         "EJ_GENOMFORD", ""),
        (7, "Fastighet", km["hyra"], "Samtliga externa hyresavtal", "Fastighetschef",
         "2025-03-31", "Ej aktuell",
         "Kontrollmomentet ströks vid revideringen av planen i juni (TN 2025-06-12 § 54).", "",
         "UTGAR", ""),
        (8, "Upphandling", km["ram"], "Stickprov 10 avrop", "Upphandlare", "2025-12-31",
         None, None, None, "SAKNAS", ""),
        (9, "Upphandling", km["best"], "Stickprov 20 beställningar", "Ekonom", "2025-12-31",
         "Klar", "Se bilaga 1.", "", "GENOMFORD", ""),
    ]

    wb = openpyxl.Workbook()
    ws24 = wb.active
    ws24.title = "2024"
    ws25 = wb.create_sheet("2025")
    for ws, year, rows in ((ws24, 2024, rows2024), (ws25, 2025, rows2025)):
        ws["A1"] = "Internkontroll – Tekniska förvaltningen"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning %d (helår)" % year
        ws["A2"].font = Font(bold=True)
        for c, h in enumerate(head, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
            cell.border = BORDER
            cell.alignment = WRAP
        dv = DataValidation(type="list",
                            formula1='"Klar,Klar – avvikelse,Pågår,Ej påbörjad,Ej aktuell"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        for row in rows:
            vals = list(row[:9])
            for c, v in enumerate(vals, 1):
                if c == 6 and v:
                    v = datetime.datetime.strptime(v, "%Y-%m-%d")
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.border = BORDER
                cell.alignment = WRAP
                if c == 6:
                    cell.number_format = "yyyy-mm-dd"
            dv.add("G%d" % r)
            if year == 2025:
                exp(fil, N, row[2], row[9], row[10])
            r += 1
        ws.cell(row=r + 1, column=1,
                value="Status väljs i listan: Klar / Klar – avvikelse / Pågår / Ej påbörjad / Ej aktuell")
        ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
        ws.oddHeader.left.text = "Tekniska nämnden"
        ws.oddHeader.right.text = "Kvarnby kommun"
        ws.oddFooter.center.text = "Sida &P av &N"
        for i, w in enumerate([5, 14, 44, 30, 18, 12, 17, 50, 30], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    ws24.sheet_view.tabSelected = False
    ws25.sheet_view.tabSelected = True
    wb.properties.creator = "Tekniska förvaltningen"
    wb.properties.created = FIXED_PY_DT
    wb.properties.modified = FIXED_PY_DT
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_PY_DT
    cp.modified = FIXED_PY_DT
    cp.revision = 3


# ---------------------------------------------------------------------------
# 7. Kultur- och fritidsnämnden: "Verksamhetsåret 2025", file name dated 2026-01.
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_IK_uppfoljning_2026-01-22.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kvarnby kommun\tKultur- och fritidsförvaltningen\tDnr KFN 2026/8"
    d.add_heading("Uppföljning av intern kontroll", level=1)
    p = d.add_paragraph()
    r = p.add_run("Verksamhetsåret 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 98). "
        "Planen omfattar åtta kontrollmoment. Kontrollerna har genomförts av förvaltningens "
        "enhetschefer och sammanställts av förvaltningens controller. Rapporten avser hela "
        "verksamhetsåret och ersätter delårsrapporteringen från september.")
    d.add_paragraph(
        "Bedömningen anges som Utan anmärkning, Med anmärkning, Delvis genomförd, Ej genomförd "
        "eller Utgår.")
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov 20 ansökningar",
         "Stickprov på 20 ansökningar. Samtliga hade korrekt underlag och beslut.",
         "Utan anmärkning", "GENOMFORD", "nej"),
        ("Bidrag", "Bidrag till studieförbund följs upp mot redovisad verksamhet",
         "Genomgång av verksamhetsredovisningar",
         "Redovisning från två av fyra studieförbund har inkommit och granskats.\n"
         "Övriga väntas i februari 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("Kontanthantering", "Kassahantering i simhallen och biblioteket",
         "Kontroll av dagsavstämningar maj och oktober",
         "Dagsavstämningar kontrollerade för maj och oktober. En differens på 450 kr i simhallen "
         "kunde inte förklaras.",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("Lokaler", "Uthyrning av lokaler debiteras enligt taxa",
         "Bokningar mot fakturor, två månader", "Se bilaga 2.", "", "OKLAR", ""),
        ("Personal", "Timanställda – registrering av arbetad tid i lönesystemet",
         "Stickprov 15 timanställda",
         "Kontrollen har inte genomförts under året.", "", "EJ_GENOMFORD", ""),
        ("Personal", "Registerkontroll för ledare i lovverksamhet",
         "Samtliga sommarlovsledare",
         "Samtliga 18 feriearbetsledare hade lämnat utdrag ur belastningsregistret.",
         "Utan anmärkning", "GENOMFORD", "nej"),
        ("Inventarier", "Inventarieförteckning för konstsamlingen uppdateras",
         "Inventering av konstregistret",
         "Kontrollmomentet utgår enligt nämndbeslut 2025-06-11 § 47.", "Utgår", "UTGAR", ""),
        ("Evenemang", "Avtal med externa arrangörer är undertecknade innan evenemang",
         "Stickprov 10 evenemang",
         "Prioriterades bort på grund av personalbrist under hösten.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
    ]
    head = ["Process", "Kontrollmoment", "Kontrollmetod", "Resultat", "Bedömning"]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E1F2")
    for i, (proc, km, met, res, bed, stt, avv) in enumerate(rows, 1):
        cells = t.rows[i].cells
        set_cell(cells[0], proc)
        set_cell(cells[1], km)
        set_cell(cells[2], met)
        set_cell(cells[3], res)
        set_cell(cells[4], bed)
        exp(fil, N, km, stt, avv)
    # vertical merges of the process column (Bidrag rows 1-2, Personal rows 5-6)
    for a, b in ((1, 2), (5, 6)):
        txt = t.cell(a, 0).text
        m = t.cell(a, 0).merge(t.cell(b, 0))
        set_cell(m, txt)
    widths = [Cm(2.6), Cm(4.6), Cm(3.4), Cm(5.4), Cm(2.4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Kontroll av lokaluthyrning 2025 (separat dokument).")
    d.add_paragraph("Kvarnby 2026-01-22")
    d.add_paragraph("Maria Ek\nKultur- och fritidschef")
    fix_docx_props(d, "Maria Ek")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Vård- och omsorgsnämnden, helår 2025: one table per process, status only as
#    cell colour (legend table at the top).
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON_Internkontroll_helar_2025.docx"
    N = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].footer.paragraphs[0].text = "Vård- och omsorgsförvaltningen, Kvarnby kommun"
    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_paragraph("Uppföljning internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph(
        "Nedan redovisas resultatet av nämndens kontrollmoment för perioden januari–december 2025. "
        "Status markeras med färg enligt teckenförklaringen.")
    lg = d.add_table(rows=4, cols=2)
    lg.style = "Table Grid"
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")]):
        set_cell(lg.cell(i, 0), "")
        shade(lg.cell(i, 0), col)
        set_cell(lg.cell(i, 1), txt, size=9)
        lg.cell(i, 0).width = Cm(1.2)
        lg.cell(i, 1).width = Cm(5)
    procs = [
        ("Hemtjänst", [
            ("Beviljade insatser i hemtjänsten överensstämmer med utförd tid",
             "Stickprov 30 brukare", "Enhetschef hemtjänst", GREEN,
             "Stickprov 30 brukare. I 4 fall avvek utförd tid med mer än 20 % utan dokumenterad orsak.",
             "GENOMFORD", "ja"),
            ("Avgifter för hemtjänst beräknas enligt fastställd taxa",
             "Stickprov 25 avgiftsbeslut", "Avgiftshandläggare", GREEN, "Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("Särskilt boende", [
            ("Läkemedelshantering – signeringslistor kontrolleras",
             "Genomgång av signeringslistor en vecka per boende", "MAS", YELLOW,
             "Kontroll gjord på tre av fem boenden.", "DELVIS", ""),
            ("Hantering av brukarnas privata medel (fickpengar)",
             "Kassainventering två boenden", "Enhetschef SÄBO", RED,
             "Ej genomförd, ny rutin tas fram.", "EJ_GENOMFORD", ""),
            ("Genomförandeplaner upprättas inom 14 dagar",
             "Stickprov 20 nya brukare", "Enhetschef SÄBO", GREEN, "", "GENOMFORD", ""),
        ]),
        ("LSS", [
            ("Beslut om personlig assistans verkställs inom tre månader",
             "Uttag ur verksamhetssystemet", "Enhetschef LSS", GREY,
             "Kontrollen utgår, ingår i rapporteringen till Socialstyrelsen.", "UTGAR", ""),
            ("Tillsyn av assistansanordnarnas fakturering",
             "Stickprov tre anordnare", "Förvaltningsekonom", None,
             "Kontrollen har inte hunnits med under året.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 50 fakturor", "Controller", GREEN,
             "Stickprov 50 fakturor, en faktura saknade attest av beslutsattestant.",
             "GENOMFORD", "ja"),
            ("Avslut av behörigheter i verksamhetssystemet vid avslutad anställning",
             "Jämförelse mot personalsystemet", "Systemförvaltare", None, "", "SAKNAS", ""),
        ]),
    ]
    head = ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Status", "Kommentar"]
    widths = [Cm(5.2), Cm(3.6), Cm(3.0), Cm(1.5), Cm(5.5)]
    for pname, rows in procs:
        d.add_heading(pname, level=2)
        t = d.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.cell(0, i), h, bold=True)
        for i, (km, met, ans, col, kom, stt, avv) in enumerate(rows, 1):
            set_cell(t.cell(i, 0), km)
            set_cell(t.cell(i, 1), met)
            set_cell(t.cell(i, 2), ans)
            set_cell(t.cell(i, 3), "")
            if col:
                shade(t.cell(i, 3), col)
            set_cell(t.cell(i, 4), kom)
            exp(fil, N, km, stt, avv)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammanställd av Jonas Berg, kvalitetsstrateg, 2026-01-19.")
    fix_docx_props(d, "Jonas Berg")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# register + CSVs
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljöenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Kvarnby Energi AB", "Kvarnby Energi|KEAB"),
]


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_ks()
    build_lock()
    build_stratsys()
    build_mbn()
    build_sn()
    build_tn()
    build_kfn()
    build_von()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    # consistency
    reg = {n for n, _ in NAMNDER}
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, *_ in EXPECTED:
        assert (f, n) in inl, (f, n)
        assert n in reg, n
    for f, u, n, *_ in FILES:
        assert u == "AVVISAD" or n in reg
        assert os.path.exists(out(f)), f
    print("files:", len(set(f for f, *_ in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
