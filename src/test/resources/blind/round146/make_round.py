#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 146 - Västra Lidens kommun, delår 2025 (per 31 augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
Formula cells in .xlsx files get their cached values written by this script (as Excel would
have saved them); .xls/.ods/.doc files are converted with LibreOffice (own profile).
"""
import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, FormulaRule, IconSetRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round146"
FIXED_ZIP_TIME = (2025, 9, 4, 8, 0, 0)
FIXED_ISO = "2025-09-04T08:00:00Z"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SUB = Font(bold=True, size=11)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GROUP_FILL = PatternFill("solid", fgColor="DDEBF7")
GREEN = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C", bgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9", bgColor="D9D9D9")


class Cache:
    """Remembers cached values of formula cells: {sheet_index: {ref: value}}."""

    def __init__(self, wb):
        self.wb = wb
        self.values = {}

    def f(self, ws, ref, formula, value):
        ws[ref] = formula
        idx = self.wb.worksheets.index(ws)
        self.values.setdefault(idx, {})[ref] = value


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 9, 4, 8, 0, 0)


def normalize_zip(path, patch=None):
    """Rewrite a zip (xlsx/docx/ods) with fixed timestamps; optionally patch members."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            name = info.filename
            if patch:
                data = patch(name, data)
            if name in ("docProps/core.xml",):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-15T09:00:00Z\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def save_xlsx(wb, cache, path):
    wb.save(path)
    vals = cache.values if cache else {}

    def patch(name, data):
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
        if not m:
            return data
        idx = int(m.group(1)) - 1
        if idx not in vals:
            return data
        txt = data.decode("utf-8")
        for ref, value in vals[idx].items():
            pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?</c>' % ref)
            mm = pat.search(txt)
            if not mm:
                raise RuntimeError("formula cell %s not found in %s" % (ref, name))
            attrs = re.sub(r'\s+t="[^"]*"', "", mm.group(1))
            if isinstance(value, str):
                new = '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, attrs, mm.group(2), escape(value))
            elif isinstance(value, bool):
                new = '<c r="%s"%s t="b"><f>%s</f><v>%d</v></c>' % (ref, attrs, mm.group(2), int(value))
            else:
                new = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, attrs, mm.group(2), repr(value) if isinstance(value, float) else value)
            txt = txt[:mm.start()] + new + txt[mm.end():]
        return txt.encode("utf-8")

    normalize_zip(path, patch)


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


def box_row(ws, row, ncols):
    lines = 1
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP
        if isinstance(c.value, str) and not c.value.startswith("="):
            width = ws.column_dimensions[get_column_letter(col)].width or 10
            lines = max(lines, -(-len(c.value) // max(int(width * 1.05), 4)))
    ws.row_dimensions[row].height = 14 * lines + 2


# ================================================================ F1  Kommunstyrelsen
def f1_ks():
    fil = "KS_Internkontroll_uppfoljning_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    cache = Cache(wb)
    fix_props(wb, "Maria Ek")
    ws = wb.active
    ws.title = "Uppföljning"
    lists = wb.create_sheet("Listor")
    statuses = ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"]
    lists["A1"] = "Status"
    for i, s in enumerate(statuses, start=2):
        lists.cell(row=i, column=1, value=s)
    lists["B1"] = "Period"
    for i, s in enumerate(["Tertial 1 (jan–apr)", "Delår (jan–aug)", "Helår"], start=2):
        lists.cell(row=i, column=2, value=s)
    lists["C1"] = "Avvikelse"
    lists["C2"] = "Ja"
    lists["C3"] = "Nej"
    lists.sheet_state = "hidden"

    ws["A1"] = "Västra Lidens kommun"
    ws["A1"].font = SUB
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = TITLE
    ws["A3"] = "Uppföljningsperiod:"
    ws["C3"] = "Delår (jan–aug)"
    ws["A4"] = "Uppdaterad:"
    ws["C4"] = dt.date(2025, 9, 4)
    ws["C4"].number_format = "yyyy-mm-dd"
    ws["E4"] = "Sammanställd av:"
    ws["F4"] = "Maria Ek, controller"
    ws["A5"] = "Fyll i status i kolumn F via listan. Andel klar anges i procent. Kolumnerna J–K används för sammanställningen, ändra inte."
    ws["A5"].font = Font(italic=True, color="7F7F7F")
    for r in (3, 4):
        ws.cell(row=r, column=1).font = BOLD
    ws["E4"].font = BOLD
    dvp = DataValidation(type="list", formula1="=Listor!$B$2:$B$4", allow_blank=True)
    ws.add_data_validation(dvp)
    dvp.add("C3")

    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status delår",
               "Andel klar", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd", "Statuskod", "Rimlighetskontroll"]
    header_row(ws, 7, headers, [5, 46, 34, 12, 18, 20, 10, 11, 52, 9, 18])
    ws.row_dimensions[7].height = 32

    # (nr, km, metod, frekvens, ansvarig, status, andel, avv, kommentar, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor i Raindance", "Två ggr/år", "Redovisningschef",
             "Genomförd med avvikelse", 1.0, "Ja",
             "Stickprov 40 fakturor. Två fakturor saknade andra attest (belopp över 50 tkr). Återkopplat till berörda chefer i juni.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att representation redovisas med syfte och deltagare",
             "Granskning av samtliga verifikat konto 7610–7630", "Delår/helår", "Controller",
             "Genomförd", 1.0, "Nej",
             "25 verifikat granskade, samtliga med syfte och deltagarförteckning.",
             "GENOMFORD", "nej"),
            ("1.3", "Avstämning av balanskonton inför delårsbokslut",
             "Avstämningsmall per konto", "Tertial", "Redovisningsekonom",
             "Pågår", 0.6, None,
             "Konto 1510 och 2440 avstämda. Övriga konton klara v. 38.",
             "DELVIS", ""),
        ]),
        ("Personal och lön", [
            ("2.1", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Körning i Personec mot avslutade anställningar", "Månadsvis", "Lönechef",
             "Genomförd", 1.0, "Nej",
             "Körning 2025-06-15 och 2025-08-15, inga felaktiga utbetalningar.",
             "GENOMFORD", "nej"),
            ("2.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "Genomgång av rehabärenden i Adato", "Delår/helår", "HR-chef",
             "Ej påbörjad", 0, None,
             "Planeras till hösten på grund av vakans som HR-specialist.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll av bisysslor hos chefer",
             "Enkät till samtliga chefer", "Årligen", "HR-chef",
             None, None, None, None,
             "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörighetskontroll i ekonomisystemet (Raindance) – avslutade användare",
             "Behörighetslista mot personalregister", "Två ggr/år", "Systemförvaltare",
             "Genomförd med avvikelse", 1.0, "Ja",
             "Tre konton för avslutade anställda var fortfarande aktiva. Stängda 2025-05-12, rutin för avslut ses över.",
             "GENOMFORD", "ja"),
            ("3.2", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
             "Återläsningstest i testmiljö", "Årligen", "IT-chef",
             "Utgår", None, None,
             "Utgår enligt beslut KS 2025-04-09 § 62 – hanteras inom IT-samverkan Liden.",
             "UTGAR", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Kontroll av inköp mot ramavtal (avtalstrohet)",
             "Analys av leverantörsreskontra", "Delår/helår", "Upphandlingschef",
             "Pågår", 0.5, "Ja",
             "Analys jan–jun visar att 14 % av inköpen gjorts utanför avtal. Fortsatt analys under hösten.",
             "DELVIS", "ja"),
            ("4.2", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Stickprov 10 direktupphandlingar", "Delår/helår", "Upphandlingschef",
             "Genomförd", 1.0, "Nej",
             "Samtliga 10 stickprov dokumenterade i diariet.",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 8
    first = r
    code_of = {s: i + 1 for i, s in enumerate(statuses)}
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = GROUP_FILL
        r += 1
        for (nr, km, metod, frekv, ansv, status, andel, avv, komm, es, ea) in rows:
            ws.cell(row=r, column=1, value=nr)
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=metod)
            ws.cell(row=r, column=4, value=frekv)
            ws.cell(row=r, column=5, value=ansv)
            ws.cell(row=r, column=6, value=status)
            c = ws.cell(row=r, column=7, value=andel)
            c.number_format = "0%"
            ws.cell(row=r, column=8, value=avv)
            ws.cell(row=r, column=9, value=komm)
            cache.f(ws, "J%d" % r, '=IF(F%d="","",MATCH(F%d,Listor!$A$2:$A$6,0))' % (r, r),
                    code_of[status] if status else "")
            chk = ""
            if status and status.startswith("Genomförd") and (andel is None or andel < 1):
                chk = "Kontrollera andel"
            cache.f(ws, "K%d" % r, '=IF(AND(LEFT(F%d,9)="Genomförd",G%d<1),"Kontrollera andel","")' % (r, r), chk)
            box_row(ws, r, 9)
            if km == "Kontroll av bisysslor hos chefer":
                ws.cell(row=r, column=6).comment = Comment(
                    "Klar 2/9 – samtliga 38 chefer har lämnat bisyssleredovisning, inga otillåtna bisysslor. "
                    "Jag hann inte uppdatera raden. /Lena, HR", "Lena Holm", width=260, height=110)
            if km.startswith("Attest av leverantörsfakturor"):
                ws.cell(row=r, column=2).comment = Comment(
                    "Stickprovets storlek ökat från 25 till 40 efter revisionens rekommendation 2024.",
                    "Maria Ek", width=240, height=80)
            exp(fil, N, km, es, ea)
            r += 1
    last = r - 1
    dvs = DataValidation(type="list", formula1="=Listor!$A$2:$A$6", allow_blank=True)
    dva = DataValidation(type="list", formula1="=Listor!$C$2:$C$3", allow_blank=True)
    ws.add_data_validation(dvs)
    ws.add_data_validation(dva)
    dvs.add("F%d:F%d" % (first, last))
    dva.add("H%d:H%d" % (first, last))
    rng = "F%d:F%d" % (first, last)
    ws.conditional_formatting.add(rng, FormulaRule(formula=['LEFT($F%d,9)="Genomförd"' % first], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Pågår"'], fill=YELLOW))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej påbörjad"'], fill=RED))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Utgår"'], fill=GREY))
    ws.conditional_formatting.add("G%d:G%d" % (first, last),
                                  openpyxl.formatting.rule.DataBarRule(start_type="num", start_value=0,
                                                                       end_type="num", end_value=1, color="5B9BD5"))
    # summary
    r = last + 2
    ws.cell(row=r, column=2, value="Sammanställning delår").font = BOLD
    counts = [("Genomförda (inkl. med avvikelse)", 'COUNTIF(F%d:F%d,"Genomförd*")', 5),
              ("Pågår", 'COUNTIF(F%d:F%d,"Pågår")', 2),
              ("Ej påbörjade", 'COUNTIF(F%d:F%d,"Ej påbörjad")', 1),
              ("Utgår", 'COUNTIF(F%d:F%d,"Utgår")', 1),
              ("Ej ifyllda", 'COUNTBLANK(F%d:F%d)-4', 1)]
    for label, formula, val in counts:
        r += 1
        ws.cell(row=r, column=2, value=label)
        cache.f(ws, "F%d" % r, "=" + formula % (first, last), val)
    r += 1
    ws.cell(row=r, column=2, value="Andel genomförda kontroller").font = BOLD
    cache.f(ws, "F%d" % r, "=F%d/(F%d+F%d+F%d+F%d)" % (r - 5, r - 5, r - 4, r - 3, r - 1), 5 / 9)
    ws["F%d" % r].number_format = "0%"
    r += 1
    ws.cell(row=r, column=2, value="Genomsnittlig andel klar")
    cache.f(ws, "F%d" % r, "=AVERAGE(G%d:G%d)" % (first, last), (1 + 1 + .6 + 1 + 0 + 1 + .5 + 1) / 8)
    ws["F%d" % r].number_format = "0%"

    ws.column_dimensions["J"].hidden = True
    ws.column_dimensions["K"].hidden = True
    ws.freeze_panes = "C8"
    ws.print_title_rows = "7:7"
    ws.oddHeader.center.text = "Kommunstyrelsen – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    path = os.path.join(OUT, fil)
    save_xlsx(wb, cache, path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F2  Socialnämnden, per månad
def f2_sn():
    fil = "SN_IK_2025_manadsuppfoljning.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    cache = Cache(wb)
    fix_props(wb, "Erik Berg")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning per månad"
    ws["A1"].font = TITLE
    ws["A2"] = "Avstämning per 31 augusti 2025 (delårsrapport)"
    ws["A2"].font = SUB
    ws["A3"] = ("Teckenförklaring:  G = genomförd utan anmärkning   A = genomförd med anmärkning   "
                "P = påbörjad/pågår   E = ej genomförd   – = ingen kontroll planerad denna månad")
    ws["A3"].font = Font(italic=True)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    ws["E5"] = "Utfall per månad 2025"
    ws.merge_cells("E5:P5")
    ws["E5"].alignment = Alignment(horizontal="center")
    ws["E5"].font = BOLD
    headers = ["Id", "Kontrollmoment", "Ansvarig", "Frekvens"] + months + \
              ["Kommentar – avvikelser och åtgärder", "Antal G", "Antal A/P/E"]
    header_row(ws, 6, headers, [6, 50, 16, 11] + [5] * 12 + [60, 8, 10])
    D = "–"
    # marks jan..aug (sep-dec empty)
    rows = [
        ("SN-01", "Utbetalningar av ekonomiskt bistånd – stickprov 10 ärenden per månad mot beslut",
         "Enhetschef försörjningsstöd", "Månadsvis", ["G", "G", "G", "A", "G", "G", "G", "G"],
         "April: ett ärende utbetalt utan beslut, beloppet återkrävt och handläggaren har fått genomgång av rutinen.",
         "GENOMFORD", "ja"),
        ("SN-02", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och unga", "Månadsvis", ["G", "G", "G", "G", "G", "G", "P", None],
         "Juli: 3 av 11 förhandsbedömningar överskred 14 dagar (semesterperiod). Granskningen för juli–augusti pågår.",
         "DELVIS", "ja"),
        ("SN-03", "Loggkontroll i Treserva – otillbörlig åtkomst till personakter",
         "Systemförvaltare", "Kvartal", [D, D, "G", D, D, "G", D, D],
         "Inga otillbörliga slagningar i kvartal 1 och 2.",
         "GENOMFORD", "nej"),
        ("SN-04", "Avgiftsbeslut inom äldreomsorgen – kontroll av inkomstuppgifter",
         "Avgiftshandläggare", "Halvår", [D, D, D, D, D, "E", D, D],
         "Ej genomförd på grund av byte av handläggare. Flyttas till oktober.",
         "EJ_GENOMFORD", ""),
        ("SN-05", "Kontroll av att genomförandeplaner upprättas inom tre veckor (hemtjänst)",
         "Enhetschefer hemtjänst", "Kvartal", [D, "G", D, D, "A", D, D, "A"],
         "Maj: 2 av 20 planer saknades. Augusti: 4 av 20 planer saknades – åtgärdsplan tas fram med enhetscheferna.",
         "GENOMFORD", "ja"),
        ("SN-06", "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas",
         "MAS", "Kvartal", [None] * 8, None,
         "SAKNAS", ""),
        ("SN-07", "Fakturering av hemtjänsttimmar mot utförd tid i TES",
         "Avgiftshandläggare", "Månadsvis", ["G"] * 8,
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("SN-08", "Uppföljning av placeringskostnader HVB mot avtal",
         "Enhetschef barn och unga", "Kvartal", [D, D, "G", D, D, "E", D, D],
         "Juni: hann inte genomföras före semestern, görs i september.",
         "EJ_GENOMFORD", ""),
        ("SN-09", "Kontroll av att gynnande LSS-beslut verkställs inom tre månader",
         "Enhetschef LSS", "Tertial", [D, D, D, "G", D, D, D, "P"],
         "Augusti: rapportering av ej verkställda beslut till IVO pågår.",
         "DELVIS", ""),
        ("SN-10", "Hantering av privata medel på särskilt boende – kvittenser och saldo",
         "Enhetschefer SÄBO", "Kvartal", [None] * 8,
         "Utgår – hanteringen av privata medel har flyttats till gode män, beslut SN 2025-03-20 § 41.",
         "UTGAR", ""),
    ]
    r = 7
    first = r
    for (idn, km, ansv, frekv, marks, komm, es, ea) in rows:
        ws.cell(row=r, column=1, value=idn)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        ws.cell(row=r, column=4, value=frekv)
        for i, m in enumerate(marks):
            c = ws.cell(row=r, column=5 + i, value=m)
            c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=17, value=komm)
        g = sum(1 for m in marks if m == "G")
        o = sum(1 for m in marks if m in ("A", "P", "E"))
        cache.f(ws, "R%d" % r, '=COUNTIF(E%d:P%d,"G")' % (r, r), g)
        cache.f(ws, "S%d" % r, '=COUNTIF(E%d:P%d,"A")+COUNTIF(E%d:P%d,"P")+COUNTIF(E%d:P%d,"E")' % (r, r, r, r, r, r), o)
        box_row(ws, r, 17)
        for col in range(5, 17):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        if idn == "SN-01":
            ws.cell(row=r, column=8).comment = Comment(
                "Ärende 2025-0412: utbetalning 6 300 kr utan beslut. Återkrav skickat 2025-05-06. /EB",
                "Erik Berg", width=240, height=80)
        exp(fil, N, km, es, ea)
        r += 1
    last = r - 1
    rng = "E%d:P%d" % (first, last)
    dv = DataValidation(type="list", formula1='"G,A,P,E,–"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(rng)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"G"'], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"A"'],
                                                  fill=PatternFill("solid", fgColor="FFD966", bgColor="FFD966")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"P"'], fill=YELLOW))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"E"'], fill=RED))
    # month columns Sep-Dec greyed out (future)
    for col in range(13, 17):
        for rr in range(first, last + 1):
            ws.cell(row=rr, column=col).fill = PatternFill("solid", fgColor="F2F2F2")
    r = last + 2
    ws.cell(row=r, column=2, value="Summa genomförda kontrolltillfällen jan–aug").font = BOLD
    cache.f(ws, "R%d" % r, "=SUM(R%d:R%d)" % (first, last), 8 - 1 + 6 + 2 + 1 + 8 + 1 + 1)
    ws.cell(row=r + 2, column=2, value="Beslutad av socialnämnden 2024-12-12 § 168. Uppföljningen redovisas i delårsrapporten.")
    ws.cell(row=r + 2, column=2).font = Font(italic=True, size=9)
    ws.column_dimensions["R"].hidden = True
    ws.column_dimensions["S"].hidden = True
    ws.freeze_panes = "E7"
    ws.page_setup.orientation = "landscape"
    save_xlsx(wb, cache, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F3  BUN, per kvartal
def f3_bun():
    fil = "BUN internkontroll 2025 kvartal.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    cache = Cache(wb)
    fix_props(wb, "Anna Lund")
    ws = wb.active
    ws.title = "Kontrollplan"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = SUB
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = TITLE
    ws["A3"] = "Delårsuppföljning per 2025-08-31"
    ws["A4"] = "Färgkod: Grön = genomförd   Gul = pågår/delvis   Röd = ej genomförd   Grå = ej aktuell/utgår"
    ws["A4"].font = Font(italic=True)
    headers = ["Nr", "Område", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
               "Kv 1", "Kv 2", "Kv 3", "Kv 4", "% genomfört", "Kommentar", "Ansvarig"]
    header_row(ws, 6, headers, [5, 16, 30, 6, 6, 9, 50, 8, 8, 8, 8, 11, 55, 18])
    rows = [
        ("1", "Elevhälsa", "Frånvaro upptäcks inte i tid", 3, 3,
         "Kontroll av att elevers frånvaro över 10 % anmäls till rektor och följs upp",
         ["Grön", "Grön", None, None], 1.0, "Samtliga skolor rapporterar månadsvis.", "Elevhälsochef",
         "GENOMFORD", "nej"),
        ("2", "Personal", "Personer med olämplig bakgrund anställs",
         2, 4, "Registerkontroll i belastningsregistret vid nyanställning",
         ["Grön", "Röd", "Grön", None], 1.0,
         "Kv 2: två vikarier började arbeta innan utdrag visats, åtgärdat och rutinen förtydligad. Kv 3: inga avvikelser.",
         "HR-konsult", "GENOMFORD", "ja"),
        ("3", "Skolskjuts", "Beslut fattas utan delegation",
         2, 2, "Skolskjutsbeslut fattas i enlighet med delegationsordningen",
         [None, "Gul", None, None], 0.5, "Hälften av besluten granskade.", "Skolskjutshandläggare",
         "DELVIS", ""),
        ("4", "Trygghet", "Kränkningar anmäls inte till huvudman",
         3, 4, "Kontroll av att kränkande behandling anmäls till huvudman inom en vecka",
         ["Grön", "Grön", "Gul", None], 0.7, "Kontroll för juli–augusti pågår.", "Verksamhetschef grundskola",
         "DELVIS", ""),
        ("5", "Ekonomi", "Fel ersättning för elever i annan kommun",
         3, 3, "Uppföljning av interkommunala ersättningar (IKE) – fakturering mot elevregister",
         ["Röd", "Röd", None, None], 0, "Ej genomförd – systembyte i elevregistret, kontrollen görs när Procapita är ersatt.",
         "Controller BUF", "EJ_GENOMFORD", ""),
        ("6", "Ekonomi", "Felaktig ersättning för modersmål",
         2, 2, "Kontroll av kostnader för modersmålsundervisning mot antal elever",
         ["Grå", "Grå", None, None], None, "Utgår 2025 – ingår i kommunstyrelsens granskning av tilläggsbelopp.",
         "Controller BUF", "UTGAR", ""),
        ("7", "IT", "Elevdatorer försvinner",
         3, 2, "Inventering av IT-utrustning (elevdatorer) mot förteckning",
         [None, "Grön", None, None], 1.0, "Inventering klar i juni. 42 datorer saknades, förlustanmälan gjord.",
         "IT-samordnare", "GENOMFORD", "ja"),
        ("8", "Betyg", "Betyg rapporteras för sent",
         2, 3, "Kontroll av att betyg rapporteras i tid till Skolverket och UHR",
         [None, "Grön", None, None], 1.0, "Inga avvikelser.", "Rektorer gymnasiet",
         "GENOMFORD", "nej"),
        ("9", "Måltider", "Skollunchen uppfyller inte kraven",
         2, 2, "Uppföljning av att skollunch följer näringsrekommendationer",
         [None, None, None, None], None, "Se bilaga 3.", "Kostchef",
         "OKLAR", ""),
    ]
    r = 7
    first = r
    for (nr, omr, risk, s, k, km, q, pct, komm, ansv, es, ea) in rows:
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=omr)
        ws.cell(row=r, column=3, value=risk)
        ws.cell(row=r, column=4, value=s)
        ws.cell(row=r, column=5, value=k)
        cache.f(ws, "F%d" % r, "=D%d*E%d" % (r, r), s * k)
        ws.cell(row=r, column=7, value=km)
        for i, v in enumerate(q):
            ws.cell(row=r, column=8 + i, value=v)
        c = ws.cell(row=r, column=12, value=pct)
        c.number_format = "0%"
        ws.cell(row=r, column=13, value=komm)
        ws.cell(row=r, column=14, value=ansv)
        box_row(ws, r, 14)
        if nr == "2":
            ws.cell(row=r, column=7).comment = Comment(
                "Ändrat från ”utdrag vid anställning” efter revisionens påpekande. /AL", "Anna Lund",
                width=220, height=70)
        if nr == "9":
            ws.cell(row=r, column=13).comment = Comment(
                "Bilagan kommer från kostenheten.", "Anna Lund", width=200, height=60)
        exp(fil, N, km, es, ea)
        r += 1
    last = r - 1
    qr = "H%d:K%d" % (first, last)
    dv = DataValidation(type="list", formula1='"Grön,Gul,Röd,Grå"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(qr)
    for word, fill in (("Grön", GREEN), ("Gul", YELLOW), ("Röd", RED), ("Grå", GREY)):
        ws.conditional_formatting.add(qr, CellIsRule(operator="equal", formula=['"%s"' % word], fill=fill))
    ws.conditional_formatting.add("F%d:F%d" % (first, last),
                                  CellIsRule(operator="greaterThanOrEqual", formula=["9"], fill=RED))
    r = last + 1
    ws.cell(row=r, column=7, value="Totalt genomfört (genomsnitt)").font = BOLD
    cache.f(ws, "L%d" % r, "=AVERAGE(L%d:L%d)" % (first, last), (1 + 1 + .5 + .7 + 0 + 1 + 1) / 7)
    ws["L%d" % r].number_format = "0%"
    ws.cell(row=r + 2, column=2, value="Kontaktperson: Anna Lund, controller, anna.lund@vastraliden.se")
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = "H7"
    ws.auto_filter.ref = "A6:N%d" % last
    save_xlsx(wb, cache, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F4  Hypergene export, SBN + TSN
def f4_export():
    fil = "Hypergene_IK_export_2025-09-03.xlsx"
    SBN = "Samhällsbyggnadsnämnden"
    TSN = "Teknik- och servicenämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Hypergene")
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – plan och uppföljning"
    ws["A1"].font = BOLD
    ws["A2"] = "Urval: Samhällsbyggnadsförvaltningen; Teknik- och serviceförvaltningen   Period: 2025-08   Utskriven: 2025-09-03 08:14"
    headers = ["Enhet", "Kontrollområde", "Kontrollmoment", "Radtyp", "Period", "Status", "Kommentar",
               "Ansvarig", "Senast ändrad"]
    header_row(ws, 4, headers, [30, 18, 55, 12, 12, 24, 60, 20, 14])
    SBF = "Samhällsbyggnadsförvaltningen"
    TSF = "Teknik- och serviceförvaltningen"
    P = "Plan"
    U = "Uppföljning"
    # (enhet, område, km, [(radtyp, period, status, kommentar, ansvarig, datum)], exp_status, exp_avv)
    ctrl = [
        (SBF, "Myndighetsutövning", "Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan",
         [(P, "2025", None, "Kontroll i Castor av samtliga beslut, rapport per tertial.", "Bygglovschef", "2024-12-10"),
          (U, "T1 2025", "Påbörjad", "Uttag för jan–apr gjort, analys pågår.", "Bygglovschef", "2025-05-08"),
          (U, "Delår 2025", "Genomförd med avvikelse",
           "6 av 112 ärenden överskred 10 veckor. Avgiften har reducerats enligt PBL 12 kap. 8 a §.", "Bygglovschef", "2025-09-01")],
         "GENOMFORD", "ja"),
        (SBF, "Ekonomi", "Kontroll av att bygglovsavgifter debiteras enligt taxa",
         [(P, "2025", None, "Stickprov 15 ärenden per halvår.", "Administrativ chef", "2024-12-10"),
          (U, "Delår 2025", "Genomförd", "Stickprov 15 ärenden, samtliga korrekt debiterade.", "Administrativ chef", "2025-08-28")],
         "GENOMFORD", "nej"),
        (SBF, "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         [(P, "2025", None, "Jämförelse av beslutslistor mot diariet.", "Nämndsekreterare", "2024-12-10"),
          (U, "Delår 2025", "Påbörjad", "Jan–maj kontrollerat utan anmärkning, juni–aug återstår.", "Nämndsekreterare", "2025-08-30")],
         "DELVIS", "nej"),
        (SBF, "Myndighetsutövning", "Kontroll av att strandskyddsdispenser följer beslutad praxis",
         [(P, "2025", None, "Genomgång av samtliga dispenser, redovisas vid helår.", "Planchef", "2024-12-10")],
         "SAKNAS", ""),
        (SBF, "Exploatering", "Uppföljning av exploateringsavtal – fakturering av gatukostnader",
         [(P, "2025", None, "Avstämning avtal mot fakturering.", "Exploateringsingenjör", "2024-12-10"),
          (U, "T1 2025", "Ej påbörjad", None, "Exploateringsingenjör", "2025-05-06"),
          (U, "Delår 2025", "Ej påbörjad", "Skjuts till 2026 på grund av försenad detaljplan för Norra Liden.",
           "Exploateringsingenjör", "2025-08-29")],
         "EJ_GENOMFORD", ""),
        (TSF, "Fordon", "Kontroll av drivmedelskort – tankning mot fordon och körjournal",
         [(P, "2025", None, "Stickprov 3 månader.", "Fordonssamordnare", "2024-12-11"),
          (U, "Delår 2025", "Genomförd med avvikelse",
           "Två tankningar till privat fordon upptäcktes, ärendet är polisanmält och kortet spärrat.",
           "Fordonssamordnare", "2025-08-25")],
         "GENOMFORD", "ja"),
        (TSF, "Investeringar", "Attest av entreprenadfakturor mot avtal och ÄTA-beslut",
         [(P, "2025", None, "Stickprov per projekt, tertialvis.", "Projektchef", "2024-12-11"),
          (U, "T1 2025", "Genomförd", "Inga avvikelser.", "Projektchef", "2025-05-07"),
          (U, "Delår 2025", None, "Kontrollen för maj–augusti har inte genomförts, ny projektledare tillträder i september.",
           "Projektchef", "2025-09-02")],
         "EJ_GENOMFORD", ""),
        (TSF, "Kost", "Egenkontroll livsmedel i kommunens kök (HACCP)",
         [(P, "2025", None, "Egenkontrollprogram, protokoll per kök.", "Kostchef", "2024-12-11"),
          (U, "Delår 2025", "Genomförd", "Samtliga 14 kök kontrollerade utan anmärkning.", "Kostchef", "2025-08-20")],
         "GENOMFORD", "nej"),
        (TSF, "Förråd", "Inventering av lager på centralförrådet",
         [(P, "2025", None, "Fysisk inventering mot lagersystem.", "Förrådsansvarig", "2024-12-11"),
          (U, "Delår 2025", "Ej aktuell", "Inventeringen görs vid årsskiftet.", "Förrådsansvarig", "2025-08-20")],
         "UTGAR", ""),
        (TSF, "Fastighet", "Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom utlovad tid",
         [(P, "2025", None, "Uttag ur Incit per tertial.", "Fastighetschef", "2024-12-11"),
          (U, "T1 2025", "Påbörjad", None, "Fastighetschef", "2025-05-09"),
          (U, "Delår 2025", "Påbörjad", "Uttaget är gjort, analysen blir klar till helår.", "Fastighetschef", "2025-09-01")],
         "DELVIS", ""),
        (TSF, "VA", "Avstämning av vatten- och avloppsavgifter mot mätarställning",
         [(P, "2025", None, "Avstämning debitering mot avläsning, urval 50 abonnenter.", "VA-ekonom", "2024-12-11"),
          (U, "Delår 2025", "Genomförd", "Avstämning gjord, inga differenser.", "VA-ekonom", "2025-08-27")],
         "GENOMFORD", "nej"),
    ]
    r = 5
    for enhet, omr, km, lines, es, ea in ctrl:
        for (typ, per, st, komm, ansv, datum) in lines:
            vals = [enhet, omr, km, typ, per, st, komm, ansv, dt.date.fromisoformat(datum)]
            for i, v in enumerate(vals, start=1):
                ws.cell(row=r, column=i, value=v)
            box_row(ws, r, 9)
            ws.cell(row=r, column=9).number_format = "yyyy-mm-dd"
            r += 1
        exp(fil, SBN if enhet == SBF else TSN, km, es, ea)
    ws.cell(row=r + 1, column=1, value="Antal rader: %d" % (r - 5))
    ws.auto_filter.ref = "A4:I%d" % (r - 1)
    ws.freeze_panes = "A5"
    save_xlsx(wb, None, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", TSN, "2025", "DELAR"))


# ================================================================ Word helpers
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 8, 20, 9, 0, 0)
    cp.modified = dt.datetime(2025, 9, 4, 8, 0, 0)
    cp.revision = 3


def boxes(options, ticked):
    return "   ".join(("☒ " if o in ticked else "☐ ") + o for o in options)


# ================================================================ F5  KFN Word form
def f5_kfn():
    fil = "Blankett_IK_uppfoljning_KFN_delar2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_docx_props(d, "Sofia Nyström")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    run = p.add_run("VÄSTRA LIDENS KOMMUN")
    run.bold = True
    run.font.size = Pt(9)
    d.add_heading("Uppföljning av intern kontroll – blankett", level=1)
    d.add_paragraph().add_run("Blanketten fylls i av respektive förvaltning och skickas till ekonomienheten senast "
                              "5 september. Ett block per kontrollmoment. Markera med kryss (☒).").italic = True

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    head = [("Nämnd/förvaltning:", "Kultur- och fritidsförvaltningen"),
            ("År:", "2025"),
            ("Uppföljningsperiod:", boxes(["Tertial 1", "Delår (t.o.m. augusti)", "Helår"], ["Delår (t.o.m. augusti)"])),
            ("Ifylld av / datum:", "Sofia Nyström, verksamhetscontroller, 2025-09-02")]
    for i, (a, b) in enumerate(head):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_bg(t.cell(i, 0), "E7E6E6")
        t.cell(i, 1).text = b
    d.add_paragraph()

    S_OPT = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    A_OPT = ["Ja", "Nej"]
    blocks = [
        ("Kontroll av kontanthantering i simhallens kassa – dagskassor stäms av mot kassarapport",
         "Stickprov 20 dagskassor", ["Genomförd"], ["Nej"],
         "20 dagskassor stämda, inga differenser över 50 kr.", "GENOMFORD", "nej"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Genomgång av samtliga utbetalningar av aktivitetsstöd vårterminen", ["Genomförd"], ["Ja"],
         "En förening fick dubbel utbetalning av aktivitetsstöd (12 400 kr). Beloppet är återkrävt och kontrollsteg har lagts in.",
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler – fakturering av bokade tider i bokningssystemet",
         "Avstämning bokningar mot fakturor, 3 månader", ["Delvis genomförd"], [],
         "Januari och februari avstämda, mars återstår.", "DELVIS", ""),
        ("Kontroll av att utlånade musikinstrument finns registrerade (kulturskolan)",
         "Inventering mot utlåningsregister", ["Genomförd", "Ej genomförd"], [],
         "", "OKLAR", ""),
        ("Kontroll av biblioteksavgifter – avskrivning av fordringar",
         "Avskrivningar mot beslut", [], [],
         "", "SAKNAS", ""),
        ("Säkerhetsrutiner vid evenemang – riskanalys upprättad före arrangemang",
         "Kontroll av riskanalyser för evenemang med fler än 500 besökare", ["Ej genomförd"], [],
         "Inga större evenemang under perioden. Kontrollen görs vid Lidendagarna i september.", "EJ_GENOMFORD", ""),
    ]
    for i, (km, metod, sts, avs, komm, es, ea) in enumerate(blocks, start=1):
        tb = d.add_table(rows=6, cols=2)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 1))
        top.text = "Kontrollmoment %d" % i
        top.paragraphs[0].runs[0].bold = True
        set_cell_bg(top, "BDD7EE")
        labels = ["Kontrollmoment:", "Kontrollmetod:", "Status:", "Avvikelse:", "Kommentar:"]
        vals = [km, metod, boxes(S_OPT, sts), boxes(A_OPT, avs), komm]
        for j, (a, b) in enumerate(zip(labels, vals), start=1):
            tb.cell(j, 0).text = a
            tb.cell(j, 0).paragraphs[0].runs[0].bold = True
            tb.cell(j, 1).text = b
        for row in tb.rows:
            row.cells[0].width = Cm(3.5)
            row.cells[1].width = Cm(13)
        d.add_paragraph()
        exp(fil, N, km, es, ea)
    d.add_paragraph("Underskrift förvaltningschef: ________________________   Datum: 2025-09-03")
    d.add_paragraph("Per-Olof Sandberg, kultur- och fritidschef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F6  ÖFN Word form -> .doc
def f6_ofn(tmpdir):
    fil = "Uppföljning internkontroll ÖFN.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fix_docx_props(d, "Karin Ås")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Västra Liden\tDelårsuppföljning 2025\tDnr ÖFN 2025/14"
    fp = sec.footer.paragraphs[0]
    fp.text = "Överförmyndarenheten, Storgatan 12, 543 21 Västra Liden"
    d.add_heading("Uppföljning av internkontrollplan, per 31 augusti", level=1)
    d.add_paragraph("Nämnden antog internkontrollplanen den 18 december 2024. Nedan redovisas utfallet av "
                    "kontrollerna till och med augusti. Kolumnen Utfört fylls i med Ja, Nej eller Delvis.")
    rows = [
        ("1", "Granskning av årsräkningar – stickprov av verifikationer för 10 % av ärendena", "Ja",
         "Inga avvikelser.", "Ingen åtgärd.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att ställföreträdare har lämnat förteckning inom två månader", "Delvis",
         "34 av 41 förteckningar har inkommit. Sju förteckningar har inte lämnats i tid.",
         "Påminnelser skickade, vite övervägs.", "DELVIS", "ja"),
        ("3", "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke", "Ja",
         "Ett uttag utan samtycke upptäcktes (banken missade spärren).",
         "Banken kontaktad, ärendet anmält till polis.", "GENOMFORD", "ja"),
        ("4", "Lämplighetsprövning av nya gode män – kreditupplysning och registerutdrag", "Nej",
         "Ej genomförd under perioden.", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("5", "Arvodesbeslut enligt nämndens riktlinjer", "–",
         "Utgår 2025 – ingår i den länsövergripande granskningen.", "", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Utfört", "Iakttagelser", "Åtgärd/Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t.rows[0].cells[i], "D9D9D9")
    for (nr, km, ut, iakt, atg, es, ea) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, ut, iakt, atg]):
            cells[i].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Västra Liden 2025-09-01")
    d.add_paragraph("Karin Ås\nenhetschef")
    src = os.path.join(tmpdir, "ofn.docx")
    d.save(src)
    lo_convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "ofn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F7  RTF .ods, percent complete
def f7_rtf(tmpdir):
    fil = "RTF Intern kontroll uppföljning aug 2025.ods"
    N = "Räddningstjänstförbundet Västra Liden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Jonas Falk")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Räddningstjänstförbundet Västra Liden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – avrapportering till förbundsdirektionen, delår (jan–aug)"
    ws["A3"] = "Bedömningen i kolumn E räknas fram ur andel genomfört (100 % = Klar, 1–99 % = Pågår, 0 % = Ej påbörjad)."
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Kontrollområde", "Kontrollmoment", "Planerad klar", "Andel genomfört", "Bedömning",
               "Avvikelse", "Kommentar"]
    header_row(ws, 5, headers, [18, 55, 13, 12, 13, 10, 55])
    rows = [
        ("Tillsyn", "Tillsyn enligt LSO – genomförda tillsyner mot tillsynsplan", "2025-12-31", 0.55, "Nej",
         "33 av 60 planerade tillsyner genomförda.", "DELVIS", "nej"),
        ("Ekonomi", "Kontroll av att fakturering av automatlarm (onödiga larm) sker enligt taxa", "2025-06-30", 1, "Nej",
         "Samtliga 47 onödiga larm fakturerade.", "GENOMFORD", "nej"),
        ("Personal", "Rökdykarnas fysiska tester genomförda och dokumenterade", "2025-05-31", 1, "Ja",
         "Två brandmän klarade inte testet, omtest inplanerat i oktober.", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att utbildningsintäkter (extern utbildning) faktureras", "2025-08-31", 0, "",
         "Ej påbörjad, resursbrist på administrationen.", "EJ_GENOMFORD", ""),
        ("Fordon", "Fordonsbesiktningar och service enligt underhållsplan", "2025-10-31", 0.8, "Nej",
         "12 av 15 fordon klara.", "DELVIS", "nej"),
        ("Sotning", "Brandskyddskontroller genomförs enligt fastställda frister (sotningsregistret)", "2025-12-31",
         None, "", "Utgår – uppgiften har överförts till kommunens miljö- och hälsoskyddsnämnd från 2025-03-01.",
         "UTGAR", ""),
        ("Ekonomi", "Attest och kontroll av kostnader för larmcentral (SOS Alarm) mot avtal", "2025-08-31", 1, "Nej",
         "Fakturor jan–aug kontrollerade mot avtal.", "GENOMFORD", "nej"),
    ]
    r = 6
    first = r
    for (omr, km, klar, pct, avv, komm, es, ea) in rows:
        ws.cell(row=r, column=1, value=omr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=dt.date.fromisoformat(klar)).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=4, value=pct).number_format = "0%"
        ws.cell(row=r, column=5, value='=IF(D%d="","",IF(D%d>=1,"Klar",IF(D%d>0,"Pågår","Ej påbörjad")))' % (r, r, r))
        ws.cell(row=r, column=6, value=avv if avv else None)
        ws.cell(row=r, column=7, value=komm)
        box_row(ws, r, 7)
        exp(fil, N, km, es, ea)
        r += 1
    last = r - 1
    rng = "E%d:E%d" % (first, last)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Klar"'], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Pågår"'], fill=YELLOW))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej påbörjad"'], fill=RED))
    ws.cell(row=last + 2, column=2, value="Genomsnittlig andel genomfört").font = BOLD
    ws.cell(row=last + 2, column=4, value="=AVERAGE(D%d:D%d)" % (first, last)).number_format = "0%"
    ws.cell(row=last + 4, column=2, value="Jonas Falk, förbundsekonom, 2025-09-02")
    ws.freeze_panes = "C6"
    src = os.path.join(tmpdir, "rtf.xlsx")
    wb.save(src)
    lo_convert(src, "ods", tmpdir)
    dst = os.path.join(OUT, fil)
    shutil.copyfile(os.path.join(tmpdir, "rtf.ods"), dst)
    normalize_zip(dst)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F8  Bostadsbolaget .xls, numeric status + legend
def f8_vlbab(tmpdir):
    fil = "Lidenbostäder IK-plan 2025 uppföljning.xls"
    N = "Västra Lidens Bostads AB"
    wb = openpyxl.Workbook()
    fix_props(wb, "Helena Strand")
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Västra Lidens Bostads AB – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = TITLE
    ws["A2"] = "Rapporteras till styrelsen 2025-09-18"
    headers = ["Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Kontrollmoment",
               "Ansvarig", "Uppföljning T1", "Uppföljning delår", "Kommentar delår"]
    header_row(ws, 4, headers, [16, 30, 11, 11, 9, 50, 16, 12, 12, 55])
    rows = [
        ("Hyresadministration", "Felaktig hyra debiteras", 2, 3,
         "Kontroll av hyresavisering mot hyreskontrakt (nya kontrakt)", "Uthyrningschef", 3, 3,
         "30 nya kontrakt kontrollerade, inga fel.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresskulder växer",
         3, 3, "Kontroll av kundfordringar – hyresskulder över 60 dagar hanteras enligt inkassorutin",
         "Ekonomichef", 2, 3, "17 ärenden, samtliga överlämnade till inkasso enligt rutin.", "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Eftersatt underhåll", 3, 4,
         "Uppföljning av underhållsplan mot utfall", "Förvaltningschef", 1, 2,
         "Utfall jan–jun avstämt, prognos för hösten tas fram.", "DELVIS", ""),
        ("Säkerhet", "Obehöriga har tillgång till fastigheter", 2, 4,
         "Kontroll av att nyckel- och passersystem uppdateras vid avflytt", "Kundtjänstchef", 3, None,
         None, "GENOMFORD", ""),
        ("Investeringar", "Felaktiga fakturor i projekt", 2, 3,
         "Attest av entreprenadfakturor för ROT-projekt Solgården", "Projektledare", None, 0,
         "Projektet pausat enligt styrelsebeslut 2025-05-22.", "UTGAR", ""),
        ("Inköp", "Leverantör saknar F-skatt", 1, 3,
         "Kontroll av att leverantörer finns i Skatteverkets register (F-skatt)", "Ekonomichef", None, 1,
         "Ej gjord, görs i samband med leverantörsgenomgång i november.", "EJ_GENOMFORD", ""),
        ("Dataskydd", "Personuppgifter i bostadskön sparas för länge", 2, 2,
         "Efterlevnad av GDPR vid hantering av bostadskö", "Uthyrningschef", 3, 3,
         "Genomförd. Två personakter hade inte gallrats i tid, gallrade i juni.", "GENOMFORD", "ja"),
    ]
    r = 5
    first = r
    for (proc, risk, s, k, km, ansv, t1, dl, komm, es, ea) in rows:
        vals = [proc, risk, s, k, "=C%d*D%d" % (r, r), km, ansv, t1, dl, komm]
        for i, v in enumerate(vals, start=1):
            ws.cell(row=r, column=i, value=v)
        box_row(ws, r, 10)
        for col in (8, 9):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, es, ea)
        r += 1
    last = r - 1
    rng = "H%d:I%d" % (first, last)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=YELLOW))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=RED))
    r = last + 2
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = BOLD
    ws.cell(row=r + 1, column=1, value="3 = Genomförd")
    ws.cell(row=r + 2, column=1, value="2 = Pågår / delvis genomförd")
    ws.cell(row=r + 3, column=1, value="1 = Ej genomförd")
    ws.cell(row=r + 4, column=1, value="0 = Utgår")
    ws.cell(row=r + 1, column=6, value="Riskvärde = sannolikhet × konsekvens. Över 8 = hög risk.")
    ws.freeze_panes = "F5"
    src = os.path.join(tmpdir, "vlbab.xlsx")
    wb.save(src)
    lo_convert(src, "xls", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "vlbab.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ F9  wrong year: SN delår 2024
def f9_sn2024():
    fil = "IK uppföljning delår SN.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Erik Berg")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2024"
    ws["A1"].font = TITLE
    ws["A2"] = "Delårsrapport per 2024-08-31"
    ws["A3"] = "Datum: 2024-09-06"
    header_row(ws, 5, ["Kontrollmoment", "Status", "Kommentar"], [60, 14, 60])
    rows = [
        ("Utbetalningar av ekonomiskt bistånd – stickprov mot beslut", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Pågår", "Sammanställning pågår.", "DELVIS", ""),
        ("Loggkontroll i Treserva", "Klar",
         "Två otillåtna slagningar upptäcktes och har hanterats arbetsrättsligt.", "GENOMFORD", "ja"),
        ("Avgiftsbeslut inom äldreomsorgen", "Ej startad", "Görs under hösten.", "EJ_GENOMFORD", ""),
        ("Kontroll av delegationsbeslut inom LSS", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Rutin för hantering av synpunkter och klagomål följs", None, None, "SAKNAS", ""),
    ]
    r = 6
    for km, stt, komm, es, ea in rows:
        ws.cell(row=r, column=1, value=km)
        ws.cell(row=r, column=2, value=stt)
        ws.cell(row=r, column=3, value=komm)
        box_row(ws, r, 3)
        exp(fil, N, km, es, ea)
        r += 1
    path = os.path.join(OUT, fil)
    wb.properties.created = dt.datetime(2024, 8, 20, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 9, 6, 15, 0, 0)
    save_xlsx(wb, None, path)
    FILES.append((fil, "INLAST", N, "2024", "DELAR"))


# ================================================================ R1  budget report (reject)
def r1_budget():
    fil = "Driftredovisning_augusti_2025.xlsx"
    wb = openpyxl.Workbook()
    cache = Cache(wb)
    fix_props(wb, "Maria Ek")
    ws = wb.active
    ws.title = "Drift per nämnd"
    ws["A1"] = "Västra Lidens kommun – driftredovisning per nämnd, utfall januari–augusti 2025 (tkr)"
    ws["A1"].font = TITLE
    header_row(ws, 3, ["Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Budgetavvikelse", "Förbrukat %"],
               [36, 14, 14, 14, 16, 12])
    data = [
        ("Kommunstyrelsen", 98500, 63200, 97800),
        ("Barn- och utbildningsnämnden", 612300, 405100, 618900),
        ("Socialnämnden", 548700, 371900, 556200),
        ("Samhällsbyggnadsnämnden", 41200, 25800, 40100),
        ("Teknik- och servicenämnden", 77600, 52300, 78400),
        ("Kultur- och fritidsnämnden", 58900, 37400, 58300),
        ("Miljö- och hälsoskyddsnämnden", 12400, 7900, 12200),
        ("Överförmyndarnämnden", 6100, 4300, 6500),
        ("Valnämnden", 300, 60, 250),
    ]
    r = 4
    for n, b, u, p in data:
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=p)
        cache.f(ws, "E%d" % r, "=B%d-D%d" % (r, r), b - p)
        cache.f(ws, "F%d" % r, "=C%d/B%d" % (r, r), u / b)
        ws["F%d" % r].number_format = "0.0%"
        for col in (2, 3, 4, 5):
            ws.cell(row=r, column=col).number_format = "# ##0"
        r += 1
    ws.cell(row=r, column=1, value="Summa nämnder").font = BOLD
    tb = sum(x[1] for x in data)
    tu = sum(x[2] for x in data)
    tp = sum(x[3] for x in data)
    cache.f(ws, "B%d" % r, "=SUM(B4:B%d)" % (r - 1), tb)
    cache.f(ws, "C%d" % r, "=SUM(C4:C%d)" % (r - 1), tu)
    cache.f(ws, "D%d" % r, "=SUM(D4:D%d)" % (r - 1), tp)
    cache.f(ws, "E%d" % r, "=B%d-D%d" % (r, r), tb - tp)
    cache.f(ws, "F%d" % r, "=C%d/B%d" % (r, r), tu / tb)
    ws["F%d" % r].number_format = "0.0%"
    ws.conditional_formatting.add("E4:E%d" % (r - 1), CellIsRule(operator="lessThan", formula=["0"], fill=RED))
    ws.freeze_panes = "B4"
    k = wb.create_sheet("Kommentarer")
    k["A1"] = "Kommentarer till budgetavvikelser"
    k["A1"].font = BOLD
    k["A3"] = "Socialnämnden"
    k["B3"] = "Underskott inom placeringar barn och unga samt hemtjänst. Åtgärdsplan beslutad i juni."
    k["A4"] = "Barn- och utbildningsnämnden"
    k["B4"] = "Högre kostnader för interkommunal ersättning och skolskjuts."
    k["A5"] = "Överförmyndarnämnden"
    k["B5"] = "Ökade arvoden till ställföreträdare."
    k.column_dimensions["A"].width = 32
    k.column_dimensions["B"].width = 90
    save_xlsx(wb, cache, os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ R2  Excel lock file (reject)
def r2_lock():
    fil = "~$KS_Internkontroll_uppfoljning_delar_2025.xlsx"
    user = "Maria Ek"
    data = bytes([len(user)]) + user.encode("latin-1")
    data += b" " * (54 - len(data))
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data += b"\x20\x00" * ((165 - len(data)) // 2)
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ registers / CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Teknik- och servicenämnden", "TSN|Teknik- och serviceförvaltningen|TSF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Västra Lidens Bostads AB", "VLBAB|Lidenbostäder|Bostadsbolaget"),
    ("Räddningstjänstförbundet Västra Liden", "RTF|Räddningstjänsten|Räddningstjänsten Västra Liden"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r146_")
    try:
        f1_ks()
        f2_sn()
        f3_bun()
        f4_export()
        f5_kfn()
        f6_ofn(tmpdir)
        f7_rtf(tmpdir)
        f8_vlbab(tmpdir)
        f9_sn2024()
        r1_budget()
        r2_lock()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len({f[0] for f in FILES}), "file rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
