#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r203 - Ekeby kommun, delår 2025 (Excel power users).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import datetime
import os
import re
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule, CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 8, 10, 15, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFF")
GREEN = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C", bgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9", bgColor="D9D9D9")


def path(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def set_props(wb, creator, title=None):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    if title:
        wb.properties.title = title


def header_row(ws, row, headers, fill=HDR_FILL, font=HDR_FONT):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.fill = fill
        c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def body(ws, row, values, start_col=1):
    for i, v in enumerate(values, start=start_col):
        isdate = isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
        if isdate:
            v = datetime.date(*map(int, v.split("-")))
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER
        if isdate:
            c.number_format = "yyyy-mm-dd"


def add_table(ws, name, ref, style="TableStyleMedium2"):
    t = Table(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name=style, showFirstColumn=False, showLastColumn=False,
                                      showRowStripes=True, showColumnStripes=False)
    ws.add_table(t)


def autoheight(ws, first, last, skip_merged=True):
    """Excel users usually autofit rows; store explicit heights so every reader shows wrapped text."""
    import math
    for r in range(first, last + 1):
        lines = 1
        for cell in ws[r]:
            if cell.value is None or (isinstance(cell.value, str) and cell.value.startswith("=")):
                continue
            if skip_merged and any(cell.coordinate in m for m in ws.merged_cells.ranges):
                continue
            w = ws.column_dimensions[cell.column_letter].width or 10
            txt = str(cell.value)
            n = sum(max(1, math.ceil(len(part) * 1.1 / max(w, 1))) for part in txt.split("\n"))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines + 2


def fit(ws):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def inject_cached(fname, values):
    """openpyxl writes formulas without cached results; Excel always stores them.
    values: {'xl/worksheets/sheet1.xml': {'I6': 1.0, 'I9': ''}}"""
    tmp = fname + ".tmp"
    with zipfile.ZipFile(fname) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in values:
                xml = data.decode("utf-8")
                for ref, v in values[item.filename].items():
                    pat = re.compile(r'<c r="%s"((?: s="\d+")?)><f>(.*?)</f><v></v></c>' % ref)
                    m = pat.search(xml)
                    assert m, (fname, ref)
                    if isinstance(v, str):
                        new = '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, m.group(1), m.group(2), v)
                    else:
                        new = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, m.group(1), m.group(2), repr(v) if isinstance(v, float) else v)
                    xml = xml[:m.start()] + new + xml[m.end():]
                data = xml.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 8, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fname)


def normalise_zip(fname):
    """fixed timestamps inside the zip so the round is reproducible"""
    inject_cached(fname, {})


# ============================================================ namnder.csv
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ekeby Bostäder AB", "Ekebybostäder|EBAB|Ekeby Bostäder"),
]


# ============================================================ F1 Kommunstyrelsen
def f1_ks():
    fil = "KS_Uppfoljning_IKP_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    set_props(wb, "Maria Lindqvist", "Internkontroll KS 2025")

    ws["A1"] = "Ekeby kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Ifylld av controller Maria Lindqvist, Kommunledningsförvaltningen. Status väljs i listan."
    ws["A3"].font = Font(italic=True, color="595959")

    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod och omfattning", "Ansvarig",
               "Status helår 2024", "Kommentar helår 2024",
               "Status delår 2025", "Avvikelse", "Kommentar delår 2025"]
    header_row(ws, 5, headers)
    # (nr, process, risk, kontrollmoment, metod, ansvarig, st24, komm24, st25, avv, komm25, exp_status, exp_avv)
    rows = [
        (1, "Ekonomi", "Felaktiga eller oegentliga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor per tertial", "Ekonomichef",
         "Genomförd", "Två fakturor saknade andra attest.",
         "Genomförd", "Ja",
         "Stickprov 80 fakturor jan–aug. En faktura attesterad av person utan behörighet (jäv). Rättad, attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Bedrägeri via falska ändringar av betalningsmottagare",
         "Kontroll av ändringar av leverantörsregistret (bankgiro/kontonummer)",
         "Samtliga ändringar jan–aug", "Redovisningsansvarig",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "Nej",
         "Samtliga 37 ändringar kontrollerade mot underlag, inga felaktigheter.",
         "GENOMFORD", "nej"),
        (3, "Upphandling", "Inköp utanför avtal",
         "Avtalstrohet – inköp över 100 tkr görs från avtalade leverantörer",
         "Leverantörsreskontra mot avtalsdatabas", "Upphandlingschef",
         "Delvis genomförd", "Analysen försenad.",
         "Pågår", None,
         "Analys av inköp jan–jun klar, juli–aug analyseras i september.",
         "DELVIS", ""),
        (4, "Upphandling", "Otillåtna direktupphandlingar",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 15 direktupphandlingar", "Upphandlingschef",
         "Genomförd", "Tre av 15 saknade dokumentation.",
         "Ej påbörjad", None,
         "Planeras till oktober när den nya riktlinjen är antagen.",
         "EJ_GENOMFORD", ""),
        (5, "HR/Lön", "Lön betalas ut efter avslutad anställning",
         "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Avslutade anställningar mot lönelista maj och augusti", "HR-chef",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "Nej", None,
         "GENOMFORD", "nej"),
        (6, "Informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
         "Behörigheter i ekonomisystemet Raindance följs upp mot aktuella anställningar",
         "Behörighetslista mot HR-systemet", "Systemförvaltare ekonomi",
         "Ej genomförd", "Ny systemförvaltare, flyttad till 2025.",
         "Genomförd", "Ja",
         "Fem konton för personer som slutat var fortfarande aktiva. Kontona spärrades 2025-06-12 och rutinen för avslut har förtydligats.",
         "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Handlingar registreras inte och kan inte återsökas",
         "Diarieföring av inkomna handlingar sker inom fastställd tid",
         "Stickprov 50 ärenden", "Kanslichef",
         "Ej genomförd", "Kontrollen hanns inte med.",
         None, None,
         "Kontrollen genomförd i juni (stickprov 50 ärenden), samtliga registrerade inom två arbetsdagar.",
         "GENOMFORD", "nej"),
        (8, "Delegation", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av anmälda beslut", "Kanslichef",
         "Genomförd", "Inga avvikelser.",
         "Utgår", None,
         "Utgår – ersätts av revisionens kommunövergripande granskning (KS 2025-04-02 § 61).",
         "UTGAR", ""),
        (9, "Krisberedskap", "Samhällsviktig verksamhet kan inte upprätthållas vid kris",
         "Kontinuitetsplaner för samhällsviktig verksamhet är uppdaterade",
         "Genomgång av samtliga planer", "Säkerhetssamordnare",
         "Delvis genomförd", "2 av 7 planer uppdaterade.",
         "Pågår", "Nej",
         "4 av 7 planer uppdaterade, resterande klara i november.",
         "DELVIS", "nej"),
        (10, "Förtroendekänsliga poster", "Representation och resor utan tydligt syfte",
         "Förtroendekänsliga poster – representation och resor granskas",
         "Stickprov 25 verifikationer", "Controller",
         "Genomförd", "Deltagare saknades i fyra fall.",
         "Genomförd", "Nej",
         "Stickprov 25 poster, syfte och deltagare angivna i samtliga.",
         "GENOMFORD", "nej"),
        (11, "Ekonomi", "Felaktig momsredovisning",
         "Momsredovisning – avdrag för ingående moms på representation",
         "Stickprov 20 verifikationer", "Redovisningsansvarig",
         None, None,
         "Genomförd", "Ja",
         "Felaktigt momsavdrag i 3 av 20 verifikationer, rättat i augustibokslutet.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for row in rows:
        body(ws, r, row[:11])
        exp(fil, N, row[3], row[11], row[12])
        r += 1
    last = r - 1
    add_table(ws, "tblIK_KS", "A5:K%d" % last)

    widths(ws, {"A": 5, "B": 16, "C": 26, "D": 42, "E": 26, "F": 18, "G": 14, "H": 28,
                "I": 14, "J": 11, "K": 50})
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["H"].hidden = True
    ws.row_dimensions[5].height = 32

    # drop-down source on a hidden sheet + defined name
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Status"
    for i, v in enumerate(["Genomförd", "Pågår", "Ej påbörjad", "Utgår"], start=2):
        ls.cell(row=i, column=1, value=v)
    ls["C1"] = "Avvikelse"
    ls["C2"] = "Ja"
    ls["C3"] = "Nej"
    ls.sheet_state = "hidden"
    wb.defined_names.append(DefinedName("StatusLista", attr_text="Listor!$A$2:$A$5"))
    wb.defined_names.append(DefinedName("JaNej", attr_text="Listor!$C$2:$C$3"))
    dv = DataValidation(type="list", formula1="StatusLista", allow_blank=True)
    dv.error = "Välj status i listan"
    dv.errorTitle = "Ogiltig status"
    dv.prompt = "Välj Genomförd, Pågår, Ej påbörjad eller Utgår"
    dv.promptTitle = "Status delår"
    dv.showInputMessage = True
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add("I6:I%d" % last)
    dv2 = DataValidation(type="list", formula1="JaNej", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("J6:J%d" % last)

    ws.cell(row=last + 2, column=1, value="Godkänd av kommundirektör Lars Ekström 2025-09-08")
    ws.cell(row=last + 2, column=1).font = Font(italic=True)

    ws.freeze_panes = "E6"
    ws.print_title_rows = "5:5"
    ws.print_area = "A1:K%d" % (last + 2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    autoheight(ws, 6, last)
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Sida &P av &N"
    wb.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F2 Barn- och utbildningsnämnden
def f2_bun():
    fil = "BUN IK-uppföljning delår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    set_props(wb, "Karin Holm")

    ws["A1"] = "Barn- och utbildningsnämnden, Ekeby kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["H1"] = "Teckenförklaring status (sätts automatiskt utifrån genomförandegrad):"
    ws["H1"].font = Font(bold=True)
    ws["H2"] = "100 %"
    ws["H2"].fill = PatternFill("solid", fgColor="63BE7B")
    ws["I2"] = "Kontrollen genomförd"
    ws["H3"] = "1–99 %"
    ws["H3"].fill = PatternFill("solid", fgColor="FFD966")
    ws["I3"] = "Kontrollen delvis genomförd"
    ws["H4"] = "0 %"
    ws["H4"].fill = PatternFill("solid", fgColor="F8696B")
    ws["I4"] = "Kontrollen ej påbörjad"

    headers = ["Nr", "Område", "Kontrollmoment", "Ansvarig",
               "Planerat antal t.o.m. aug", "Granskat T1 (jan–apr)", "Kommentar T1",
               "Granskat t.o.m. aug", "Genomförandegrad", "Status", "Antal avvikelser", "Kommentar delår"]
    header_row(ws, 6, headers)
    ws.row_dimensions[6].height = 45
    # nr, område, km, ansvarig, plan, t1, kommT1, granskat, avvik, kommentar, exp_status, exp_avv
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom BUF",
         60, 30, None, 60, 0, "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Elevhälsa", "Anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Verksamhetschef grundskola", 30, 14, "Två sena anmälningar.", 30, 4,
         "4 av 30 anmälningar inkom senare än fem arbetsdagar. Påminnelse till samtliga rektorer i augusti.",
         "GENOMFORD", "ja"),
        (3, "Skolplikt", "Uppföljning av elever med hög frånvaro (över 20 %) enligt rutin för frånvaro",
         "Verksamhetschef grundskola", 12, 5, None, 9, 1,
         "9 av 12 skolenheter granskade, tre återstår (sommarlov). En enhet saknade dokumenterad åtgärdsplan.",
         "DELVIS", "ja"),
        (4, "Förskola", "Debitering av barnomsorgsavgift stäms av mot inkomstuppgifter (maxtaxa)",
         "Administrativ chef", 50, 0, "Väntar på ny e-tjänst.", 0, None,
         "Ej påbörjad, förskjuts till september på grund av byte av e-tjänst.",
         "EJ_GENOMFORD", ""),
        (5, "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutssamordnare", 25, 10, None, 25, 0, None, "GENOMFORD", "nej"),
        (6, "Personal", "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
         "HR-partner BUF", 40, 18, None, 40, 2,
         "Två vikarier i förskolan påbörjade anställning innan utdrag visats. Rutinen skärpt.",
         "GENOMFORD", "ja"),
        (7, "IT/GDPR", "Behörigheter i elevdokumentationssystemet avslutas när personal slutar",
         "Systemförvaltare", None, None, None, None, None,
         "Kontrollen utgår enligt beslut BUN 2025-05-20 § 48, ingår i kommunövergripande kontroll.",
         "UTGAR", ""),
        (8, "Fritidshem", "Närvaroregistrering i fritidshem stäms av mot debiterade avgifter",
         "Administrativ chef", 10, 3, None, 6, 0, None, "DELVIS", "nej"),
        (9, "Inköp", "Inköp av läromedel görs från avtalade leverantörer",
         "Ekonom BUF", 20, 8, None, 20, None, "Se bilaga 2.", "GENOMFORD", ""),
        (10, "Statsbidrag", "Kontroll av att statsbidrag återrapporteras i tid till Skolverket",
         "Controller BUF", 6, 2, None, 4, 0,
         "Två återrapporteringar har sista dag i oktober.", "DELVIS", "nej"),
    ]
    cached = {}
    r = 7
    for row in rows:
        nr, omr, km, ans, plan, t1, kt1, gr, avv, komm, es, ea = row
        body(ws, r, [nr, omr, km, ans, plan, t1, kt1, gr, None, None, avv, komm])
        ws.cell(row=r, column=9, value='=IF(E%d="","",H%d/E%d)' % (r, r, r))
        ws.cell(row=r, column=9).number_format = "0%"
        if plan is None:
            cached["I%d" % r] = ""
        else:
            cached["I%d" % r] = float(gr) / float(plan)
        exp(fil, N, km, es, ea)
        r += 1
    last = r - 1
    # totals row
    tr = last + 1
    body(ws, tr, ["", "Totalt", None, None, None, None, None, None, None, None, None, None])
    ws.cell(row=tr, column=5, value="=SUM(E7:E%d)" % last)
    ws.cell(row=tr, column=6, value="=SUM(F7:F%d)" % last)
    ws.cell(row=tr, column=8, value="=SUM(H7:H%d)" % last)
    ws.cell(row=tr, column=9, value='=IF(E%d=0,"",H%d/E%d)' % (tr, tr, tr))
    ws.cell(row=tr, column=9).number_format = "0%"
    ws.cell(row=tr, column=11, value="=SUM(K7:K%d)" % last)
    sE = sum(x[4] or 0 for x in rows)
    sF = sum(x[5] or 0 for x in rows)
    sH = sum(x[7] or 0 for x in rows)
    sK = sum(x[8] or 0 for x in rows)
    cached.update({"E%d" % tr: sE, "F%d" % tr: sF, "H%d" % tr: sH,
                   "I%d" % tr: float(sH) / sE, "K%d" % tr: sK})
    for c in range(1, 13):
        ws.cell(row=tr, column=c).font = Font(bold=True)
        ws.cell(row=tr, column=c).border = Border(top=Side(style="double"))

    # status lamp (column J) and percentage coloured by conditional formatting on I
    rng = "I7:J%d" % last
    ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER($I7),$I7>=1)"],
                                                   fill=PatternFill("solid", bgColor="63BE7B", fgColor="63BE7B"), stopIfTrue=True))
    ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER($I7),$I7>0,$I7<1)"],
                                                   fill=PatternFill("solid", bgColor="FFD966", fgColor="FFD966"), stopIfTrue=True))
    ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER($I7),$I7=0)"],
                                                   fill=PatternFill("solid", bgColor="F8696B", fgColor="F8696B"), stopIfTrue=True))

    widths(ws, {"A": 5, "B": 13, "C": 46, "D": 22, "E": 11, "F": 11, "G": 24, "H": 11,
                "I": 13, "J": 9, "K": 11, "L": 55})
    # T1 columns grouped and collapsed
    ws.column_dimensions.group("F", "G", outline_level=1, hidden=True)
    ws.column_dimensions["H"].collapsed = True

    ws.cell(row=tr + 2, column=1, value="Fastställd av förvaltningschef Per Åkesson 2025-09-09. Bilaga 2: Avtalstrohet läromedel.")
    ws.freeze_panes = "D7"
    ws.print_title_rows = "6:6"
    ws.page_setup.orientation = "landscape"
    autoheight(ws, 7, last)
    fit(ws)
    ws.oddHeader.center.text = "BUN – Intern kontroll 2025"
    wb.save(path(fil))
    inject_cached(path(fil), {"xl/worksheets/sheet1.xml": cached})
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F3 Socialnämnden
def f3_sn():
    fil = "SN_internkontroll_2025_delår.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    set_props(wb, "Eva Sandberg")
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "1. Fyll i status för aktuell period i kolumnen för perioden (välj i listan).",
        "2. Beskriv alltid resultatet av kontrollen och eventuella avvikelser i kolumnen Resultat och kommentar.",
        "3. Vid avvikelse ska åtgärd anges och ansvarig chef informeras.",
        "4. Spara filen i samma mapp och meddela kvalitetsstrategen när uppföljningen är klar.",
        "",
        "Uppföljningen redovisas för socialnämnden i samband med delårsrapporten (september) och årsredovisningen (februari).",
    ]
    for i, l in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("IKP 2025")
    wb.active = 1
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning januari–augusti"
    ws["A2"].font = Font(bold=True, size=12)
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status T1", "Status delår", "Resultat och kommentar"]
    header_row(ws, 4, headers)
    legend = ("Statuskoder:\n1 = Genomförd utan anmärkning\n2 = Genomförd med anmärkning\n"
              "3 = Delvis genomförd / pågår\n4 = Ej genomförd\n5 = Utgår")
    for ref in ("F4", "G4"):
        c = Comment(legend, "Eva Sandberg")
        c.width = 220
        c.height = 130
        ws[ref].comment = c

    blocks = [
        ("Ekonomiskt bistånd", [
            ("1.1", "Utbetalning av ekonomiskt bistånd sker efter beslut och attest av behörig handläggare",
             "Stickprov 30 akter", "Tertial", "Enhetschef försörjningsstöd", 1, 1,
             "30 akter granskade, inga avvikelser.", None, "GENOMFORD", "nej"),
            ("1.2", "Kontroll mot andra myndigheter (SSBTEK) görs inför varje nybesök",
             "Stickprov 40 nybesök", "Tertial", "Enhetschef försörjningsstöd", 3, 2,
             "Kontroll saknades i 3 av 40 ärenden. Genomgång av rutinen på APT i juni.", None, "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("2.1", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef mottagning", 2, 2,
             "91 % av förhandsbedömningarna klara inom 14 dagar (mål 100 %). Åtgärdsplan upprättad.", None,
             "GENOMFORD", "ja"),
            ("2.2", "Utredningar avslutas inom fyra månader enligt SoL 11 kap. 2 §",
             "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef utredning", 3, 3,
             "Januari–april granskat.", "Maj–augusti granskas i september.", "DELVIS", ""),
            ("2.3", "Familjehem – utdrag ur belastningsregistret inhämtas före placering",
             "Samtliga nya placeringar", "Halvår", "Enhetschef familjehem", None, None,
             None, "Ej genomförd under perioden – ansvarig handläggare långtidssjukskriven. Kontrollen görs i oktober.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Missbruk och beroende", [
            ("3.1", "Avgifter för placeringar på HVB faktureras enligt avtal",
             "Fakturor mot avtal, stickprov 15", "Tertial", "Enhetschef vuxen", 1, 1, None, None,
             "GENOMFORD", "nej"),
            ("3.2", "Uppföljning av köpta platser – vårdplan upprättas inom föreskriven tid",
             "Genomgång av samtliga placeringar", "Halvår", "Enhetschef vuxen", 4, 4,
             "Ej påbörjad – avvaktar nytt verksamhetssystem.", None, "EJ_GENOMFORD", ""),
        ]),
        ("Administration och informationssäkerhet", [
            ("4.1", "Loggkontroll i verksamhetssystemet (otillbörlig åtkomst)",
             "Slumpvis loggkontroll 20 användare/månad", "Månad", "Systemförvaltare", 1, 2,
             "Två fall av otillbörlig åtkomst upptäckta, anmälda till IMY enligt rutin.", None,
             "GENOMFORD", "ja"),
            ("4.2", "Synpunkter och klagomål registreras och besvaras inom tre veckor",
             "Genomgång av register", "Tertial", "Kvalitetsstrateg", 5, 5,
             "Utgår – hanteras i kvalitetsledningssystemet (SN 2025-02-19 § 22).", None, "UTGAR", ""),
            ("4.3", "Delegationsbeslut återrapporteras till nämnden månadsvis",
             "Jämförelse beslutslista – nämndprotokoll", "Tertial", "Nämndsekreterare", 1, None,
             None, None, "GENOMFORD", "nej"),
            ("4.4", "Ersättning till uppdragstagare (kontaktpersoner) betalas ut enligt beslut",
             "Stickprov 30 utbetalningar", "Halvår", "Administrativ chef", None, 3,
             "Stickprov 15 av planerade 30 utbetalningar.", None, "DELVIS", ""),
        ]),
    ]
    r = 5
    grey = PatternFill("solid", fgColor="D9E1F2")
    for proc, items in blocks:
        ws.cell(row=r, column=1, value=proc).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            nr, km, metod, frek, ans, s1, s2, komm, note, es, ea = it
            body(ws, r, [nr, km, metod, frek, ans, s1, s2, komm])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            if note:
                cm = Comment(note, "Eva Sandberg")
                cm.width = 240
                cm.height = 90
                ws.cell(row=r, column=7).comment = cm
            exp(fil, N, km, es, ea)
            r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True)
    dv.error = "Ange statuskod 1–5"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add("F5:G%d" % last)
    ws.conditional_formatting.add("F5:G%d" % last, CellIsRule(operator="equal", formula=["1"], fill=GREEN))
    ws.conditional_formatting.add("F5:G%d" % last, CellIsRule(operator="equal", formula=["2"], fill=GREEN))
    ws.conditional_formatting.add("F5:G%d" % last, CellIsRule(operator="equal", formula=["3"], fill=YELLOW))
    ws.conditional_formatting.add("F5:G%d" % last, CellIsRule(operator="equal", formula=["4"], fill=RED))
    ws.conditional_formatting.add("F5:G%d" % last, CellIsRule(operator="equal", formula=["5"], fill=GREY))
    widths(ws, {"A": 6, "B": 50, "C": 28, "D": 10, "E": 24, "F": 9, "G": 9, "H": 60})
    ws.freeze_panes = "C5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    autoheight(ws, 5, last)
    fit(ws)
    ws.oddHeader.left.text = "Socialförvaltningen"
    ws.oddHeader.right.text = "&D"
    wb.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F4 Vård- och omsorgsnämnden
def f4_von():
    fil = "VON_IK_2025_delar.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Sammanställning"
    set_props(wb, "Ahmed Karimi")
    dt = wb.create_sheet("Detalj")

    # ---------- detail
    dt["A1"] = "Vård- och omsorgsnämnden – detaljuppföljning intern kontroll 2025 (delår jan–aug)"
    dt["A1"].font = Font(bold=True, size=13)
    headers = ["ID", "Verksamhet", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status", "Avvikelse", "Kommentar", "Åtgärd", "Klart datum"]
    header_row(dt, 3, headers)
    rows = [
        ("VON-01", "Hemtjänst", "Beviljade timmar i hemtjänst stäms av mot utförd tid (TES)",
         "Stickprov 40 brukare", "Tertial", "Verksamhetschef hemtjänst", "Genomförd", "Ja",
         "Avvikelse över 10 % i 6 av 40 ärenden.", "Följs upp med berörda enhetschefer.", "2025-10-31",
         "GENOMFORD", "ja"),
        ("VON-02", "Hemtjänst", "Genomförandeplan upprättas inom 14 dagar efter beslut",
         "Stickprov 20 ärenden per område", "Halvår", "Verksamhetschef hemtjänst", "Delvis genomförd", "Ja",
         "Granskning klar för två av tre hemtjänstområden; i område Norr saknades plan i 5 av 20 ärenden.",
         "Område Syd granskas i september.", None, "DELVIS", "ja"),
        ("VON-03", "Hemtjänst", "Nyckelhantering – kvittens av nycklar och kodlås hos brukare",
         "Inventering nyckelskåp", "Halvår", "Enhetschefer hemtjänst", "Genomförd", "Nej",
         None, None, None, "GENOMFORD", "nej"),
        ("VON-04", "Särskilt boende", "Avvikelser enligt lex Sarah rapporteras och utreds enligt rutin",
         "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsutvecklare", "Genomförd", "Nej",
         "Samtliga 7 rapporter utredda inom fastställd tid.", None, None, "GENOMFORD", "nej"),
        ("VON-05", "Särskilt boende", "Läkemedelshantering – signeringslistor kontrolleras",
         "Stickprov två avdelningar per boende", "Halvår", "MAS", "Ej genomförd", None,
         "Flyttad till hösten, MAS-tjänsten vakant under våren.", None, "2025-11-30", "EJ_GENOMFORD", ""),
        ("VON-06", "Särskilt boende", "Hyresdebitering på särskilt boende stäms av mot hyreskontrakt",
         "Samtliga inflyttningar jan–aug", "Halvår", "Avgiftshandläggare", "Genomförd", "Ja",
         "Två boende debiterades fel hyra efter flytt mellan avdelningar.", "Korrigerat i augusti.", "2025-08-31",
         "GENOMFORD", "ja"),
        ("VON-07", "LSS", "Beslut enligt LSS verkställs inom tre månader",
         "Uttag ur verksamhetssystemet", "Tertial", "Verksamhetschef LSS", "Delvis genomförd", "Nej",
         "Januari–juni granskat, inga ej verkställda beslut. Juli–augusti återstår.", None, None,
         "DELVIS", "nej"),
        ("VON-08", "LSS", "Kontroll av assistansersättning – tidrapporter från externa assistansanordnare",
         "Stickprov 10 tidrapporter", "Halvår", "LSS-handläggare", "Genomförd", "Ja",
         "Ett bolag har fakturerat 46 timmar för mycket.", "Återkrav skickat 2025-07-04.", None,
         "GENOMFORD", "ja"),
        ("VON-09", "Ekonomi/administration", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Tertial", "Ekonom VOF", "Genomförd", "Nej", None, None, None,
         "GENOMFORD", "nej"),
        ("VON-10", "Ekonomi/administration", "Hantering av brukarnas kontanta medel redovisas månadsvis",
         "Kassaredovisningar", "Månad", "Enhetschefer", "Utgår", None,
         "Utgår – kontanthanteringen avvecklad från 2025-03-01.", None, None, "UTGAR", ""),
        ("VON-11", "Ekonomi/administration", "Bemanningsföretag avropas enligt avtal",
         "Fakturor mot avrop", "Halvår", "Administrativ chef", None, None, None, None, None,
         "SAKNAS", ""),
        ("VON-12", "Hemtjänst", "Trygghetslarm – åtgärdstid inom 30 minuter följs upp",
         "Larmstatistik", "Tertial", "Larmsamordnare", None, None, "Se bilaga 3 (larmstatistik).",
         None, None, "OKLAR", ""),
    ]
    r = 4
    for row in rows:
        body(dt, r, row[:11])
        exp(fil, N, row[2], row[11], row[12])
        r += 1
    last = r - 1
    add_table(dt, "tblVON_IK", "A3:K%d" % last, "TableStyleMedium9")
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    dt.add_data_validation(dv)
    dv.add("G4:G%d" % last)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    dt.add_data_validation(dv2)
    dv2.add("H4:H%d" % last)
    widths(dt, {"A": 9, "B": 20, "C": 48, "D": 26, "E": 10, "F": 22, "G": 17, "H": 10, "I": 50, "J": 30, "K": 12})
    dt.column_dimensions.group("D", "E", outline_level=1, hidden=True)
    dt.column_dimensions["F"].collapsed = True
    dt.row_dimensions[3].height = 30
    dt.freeze_panes = "D4"
    dt.print_title_rows = "3:3"
    dt.page_setup.orientation = "landscape"
    autoheight(dt, 4, last)
    fit(dt)
    dt.oddFooter.center.text = "Vård- och omsorgsförvaltningen"

    # ---------- pivot-like summary (values pasted; refreshed before VON-07 was corrected)
    sm["A1"] = "Vård- och omsorgsnämnden"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Intern kontroll 2025 – sammanställning delår"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A4"] = "Antal av Kontrollmoment"
    sm["B4"] = "Kolumnetiketter"
    piv_hdr = ["Radetiketter", "Delvis genomförd", "Ej genomförd", "Genomförd", "Utgår", "(tom)", "Totalsumma"]
    pfill = PatternFill("solid", fgColor="DDEBF7")
    for i, h in enumerate(piv_hdr, start=1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = pfill
    piv = [
        ("Ekonomi/administration", None, None, 1, 1, 1, 3),
        ("Hemtjänst", 1, None, 2, None, 1, 4),
        ("LSS", None, None, 2, None, None, 2),
        ("Särskilt boende", None, 1, 2, None, None, 3),
    ]
    rr = 6
    for p in piv:
        for i, v in enumerate(p, start=1):
            sm.cell(row=rr, column=i, value=v)
        rr += 1
    tot = ["Totalsumma", 1, 1, 7, 1, 2, 12]
    for i, v in enumerate(tot, start=1):
        c = sm.cell(row=rr, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = pfill
        c.border = Border(top=THIN)
    sm.cell(row=rr + 2, column=1, value="Sammanställningen uppdaterad 2025-08-29. Detaljer per kontroll finns på fliken Detalj.")
    sm.cell(row=rr + 2, column=1).font = Font(italic=True)
    sm.cell(row=rr + 4, column=1, value="Förvaltningens bedömning")
    sm.cell(row=rr + 4, column=1).font = Font(bold=True)
    sm.cell(row=rr + 5, column=1, value="Den interna kontrollen bedöms i huvudsak vara tillräcklig. Avvikelserna inom hemtjänst "
                                       "och assistansersättning åtgärdas under hösten.")
    fit(sm)
    widths(sm, {"A": 26, "B": 16, "C": 14, "D": 12, "E": 9, "F": 9, "G": 12})
    wb.active = 0
    wb.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F5 SBN + TN (one workbook, one sheet per nämnd)
def f5_sbf():
    fil = "Samhällsbyggnad_IK_delår_2025.xlsx"
    wb = openpyxl.Workbook()
    set_props(wb, "Sofia Berglund")
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("Bygglov", "Lagstadgade handläggningstider överskrids", 3, 3,
             "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Pågående", None, "Klar",
             "97 % av besluten inom lagstadgad tid. Fyra ärenden över tid, avgiften reducerad enligt PBL 12 kap. 8 a §.",
             "Bygglovschef", "GENOMFORD", "ja"),
            ("Bygglov", "Felaktig debitering", 2, 2,
             "Debitering av bygglovsavgift enligt taxa", "Klar", "Stickprov 10 ärenden ok.", "Klar",
             "Stickprov 20 ärenden utan anmärkning.", "Bygglovschef", "GENOMFORD", "nej"),
            ("Detaljplan", "Kommunen bär kostnader som ska betalas av exploatör", 2, 4,
             "Planavtal tecknas innan planarbete påbörjas", "Ej startad", None, "Pågående", None,
             "Planchef", "DELVIS", ""),
            ("Lantmäteri", "Handlingar kan inte återsökas", 1, 3,
             "Förrättningar registreras och arkiveras enligt dokumenthanteringsplan", None, None, "Struken",
             "Struken, den kommunala lantmäterimyndigheten avvecklas och ansvaret övergår till Lantmäteriet 2025-07-01.",
             "Stadsarkitekt", "UTGAR", ""),
            ("Tillsyn", "Olovligt byggande hanteras inte", 3, 2,
             "Ärenden om olovligt byggande påbörjas inom fyra veckor efter anmälan", None, "Granskas till delår.",
             None, None, "Bygglovschef", "SAKNAS", ""),
            ("Ekonomi", "Felaktiga utbetalningar", 2, 3,
             "Attest av leverantörsfakturor enligt attestordningen", "Klar", None, "Klar", None,
             "Ekonom SBF", "GENOMFORD", ""),
        ]),
        ("TN", "Tekniska nämnden", [
            ("Gata/park", "Entreprenör fakturerar för ej utfört arbete", 3, 3,
             "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler", "Klar",
             "Säsongen jan–mars avstämd.", "Klar",
             "Avstämning av säsongen januari–mars klar. Två fakturor justerade (dubbeldebitering).",
             "Gatuchef", "GENOMFORD", "ja"),
            ("VA", "Felaktig debitering av VA-avgifter", 2, 3,
             "Mätaravläsning och debitering av VA-avgifter", "Pågående", None, "Klar", "Inga avvikelser.",
             "VA-chef", "GENOMFORD", "nej"),
            ("Fastighet", "Lagkrav på besiktning uppfylls inte", 2, 4,
             "Lagstadgade besiktningar (OVK, hissar) utförs enligt plan", "Pågående", "12 av 44 klara.", "Pågående",
             "31 av 44 besiktningar genomförda. Tre anmärkningar från besiktningarna är åtgärdade.",
             "Fastighetschef", "DELVIS", "ja"),
            ("Fastighet", "Investeringsprojekt överskrider budget", 3, 3,
             "Investeringsprojekt följs upp mot budget vid varje tertial", "Klar", "Inga projekt över budget.",
             "Ej startad", "Delårsavstämningen görs i samband med delårsbokslutet i oktober.",
             "Fastighetschef", "EJ_GENOMFORD", ""),
            ("Fordon", "Otillåten användning av drivmedelskort", 2, 2,
             "Drivmedelskort – transaktioner kontrolleras mot körjournal", "Klar", None, "Klar",
             "Ett kort användes efter avslutad anställning. Kortet spärrat och händelsen polisanmäld.",
             "Fordonssamordnare", "GENOMFORD", "ja"),
            ("Avfall", "Fastigheter saknas i kundregistret", 2, 2,
             "Renhållningstaxa – kundregister stäms av mot fastighetsregistret", "Ej startad", None, "Ej startad",
             "Resursbrist, kontrollen flyttas till 2026.", "Avfallschef", "EJ_GENOMFORD", ""),
            ("Upphandling", "Avrop i strid med ramavtal", 2, 3,
             "Ramavtal för entreprenader – avrop sker enligt fördelningsnyckel", "Pågående", None, "Klar", None,
             "Upphandlare", "GENOMFORD", ""),
        ]),
    ]
    cached_all = {}
    for si, (sname, N, rows) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = sname
        ws["A1"] = N
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Uppföljning internkontrollplan 2025"
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = "Period: tertial 1 och delår (jan–aug). Helårskolumnerna fylls i inför bokslutet."
        ws["A3"].font = Font(italic=True)
        groups = [(2, 5, "Riskbedömning"), (7, 8, "Tertial 1"), (9, 10, "Delår (jan–aug)"), (11, 12, "Helår")]
        gfill = PatternFill("solid", fgColor="BDD7EE")
        for a, b, t in groups:
            ws.cell(row=5, column=a, value=t).font = Font(bold=True)
            ws.cell(row=5, column=a).alignment = Alignment(horizontal="center")
            for c in range(a, b + 1):
                ws.cell(row=5, column=c).fill = gfill
                ws.cell(row=5, column=c).border = BORDER
            ws.merge_cells(start_row=5, start_column=a, end_row=5, end_column=b)
        headers = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
                   "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar", "Ansvarig"]
        header_row(ws, 6, headers, fill=PatternFill("solid", fgColor="2F5597"))
        ws.row_dimensions[6].height = 30
        cached = {}
        r = 7
        for row in rows:
            proc, risk, s, k, km, st1, k1, st2, k2, ans, es, ea = row
            body(ws, r, [proc, risk, s, k, None, km, st1, k1, st2, k2, None, None, ans])
            ws.cell(row=r, column=5, value="=C%d*D%d" % (r, r))
            cached["E%d" % r] = s * k
            exp(fil, N, km, es, ea)
            r += 1
        last = r - 1
        cached_all["xl/worksheets/sheet%d.xml" % (si + 1)] = cached
        dv = DataValidation(type="list", formula1='"Klar,Pågående,Ej startad,Struken"', allow_blank=True)
        ws.add_data_validation(dv)
        for col in ("G", "I", "K"):
            dv.add("%s7:%s%d" % (col, col, last))
        for col in ("G", "I", "K"):
            rng = "%s7:%s%d" % (col, col, last)
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Klar"'], fill=GREEN))
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Pågående"'], fill=YELLOW))
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej startad"'], fill=RED))
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Struken"'], fill=GREY))
        ws.conditional_formatting.add("E7:E%d" % last,
                                      CellIsRule(operator="greaterThanOrEqual", formula=["9"], fill=RED))
        widths(ws, {"A": 14, "B": 30, "C": 11, "D": 11, "E": 10, "F": 46, "G": 11, "H": 26,
                    "I": 11, "J": 50, "K": 11, "L": 20, "M": 18})
        ws.column_dimensions.group("B", "E", outline_level=1, hidden=True)
        ws.column_dimensions["F"].collapsed = True
        ws.freeze_panes = "G7"
        ws.print_title_rows = "5:6"
        ws.print_title_cols = "A:A"
        ws.page_setup.orientation = "landscape"
        autoheight(ws, 7, last)
        fit(ws)
        ws.oddHeader.left.text = "Samhällsbyggnadsförvaltningen"
        ws.oddHeader.right.text = "&A"
    wb.save(path(fil))
    inject_cached(path(fil), cached_all)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ============================================================ F6 Kultur- och fritidsnämnden (Word)
def f6_kfn():
    fil = "KFN uppföljning intern kontroll delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Anna Berg"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Anna Berg"
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Ekeby kommun\tKultur- och fritidsförvaltningen\tDnr KFN 2024/118"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    d.add_paragraph("TJÄNSTESKRIVELSE").runs[0].bold = True
    d.add_paragraph("2025-09-10")
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplanen för perioden "
                    "januari–augusti 2025.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 87). "
                    "Planen omfattar sju kontrollmoment. Av dessa är fyra genomförda, ett delvis genomfört, ett ej "
                    "genomfört och ett har inte varit aktuellt under året. Två kontroller har visat avvikelser som "
                    "redovisas nedan tillsammans med vidtagna åtgärder.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer och medlemsunderlag",
         "Bidragshandläggare",
         "Stickprov av 15 föreningar. En förening hade redovisat felaktigt medlemsantal; återkrav om 12 400 kr har skickats.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Kassahantering", "Kontanthantering i badhusets kassa – dagskassor stäms av mot kassasystem",
         "Badhuschef", "Avstämning av samtliga dagskassor februari och juni. Inga differenser över 100 kr.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Uthyrning", "Lokalbokning – uthyrning av idrottshallar debiteras enligt taxa",
         "Bokningsansvarig",
         "Vårterminens bokningar kontrollerade utan felaktigheter. Sommarens bokningar kontrolleras i september.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Bibliotek", "Inventering av medier och utrustning på filialbiblioteken",
         "Bibliotekschef", "Inventeringen är planerad till november.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Hot och våld – incidentrapporter i badhus och fritidsgårdar hanteras enligt rutin",
         "Enhetschef fritid", "11 incidenter rapporterade under perioden, samtliga hanterade enligt rutin.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kulturskolan", "Avgifter för kulturskolan debiteras enligt antagen taxa",
         "Kulturskolechef", "Avgiften avskaffades från vårterminen 2025 (KF 2024-11-25 § 140).",
         "Ej aktuell", "UTGAR", ""),
        ("Inköp", "Direktupphandlingar dokumenteras enligt riktlinjen", "Administrativ chef",
         "Kontrollen är genomförd. Tre av tio direktupphandlingar saknade dokumentation; utbildning för "
         "beställare hölls i juni.", "", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Resultat januari–augusti", "Bedömning"]
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
            for run in cells[i].paragraphs[0].runs:
                run.font.size = Pt(10)
        exp(fil, N, row[1], row[5], row[6])
    t.autofit = False
    cw = [Cm(2.6), Cm(4.6), Cm(2.6), Cm(4.6), Cm(2.6)]
    for i, w in enumerate(cw):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(cw):
            row.cells[i].width = w
    d.add_heading("Avvikelser och åtgärder", level=2)
    d.add_paragraph("Föreningsbidrag: riktlinjerna förtydligas inför ansökningsomgången 2026 och stickprovet "
                    "utökas till 25 föreningar. Direktupphandlingar: mall för dokumentation har tagits fram.")
    d.add_paragraph("")
    d.add_paragraph("Anna Berg\nFörvaltningschef")
    d.add_paragraph("Lena Sjöberg\nNämndsekreterare")
    d.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F7 Överförmyndarnämnden (ODT, text only)
def f7_ofn():
    fil = "ÖFN_delårsuppföljning_IKP_2025.odt"
    N = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    def para(txt):
        doc.text.addElement(P(text=txt))

    def labelled(label, txt):
        p = P()
        p.addElement(Span(stylename=bold, text=label + " "))
        p.addText(txt)
        doc.text.addElement(p)

    para("Ekeby kommun")
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Överförmyndarnämnden – delårsuppföljning av internkontrollplan 2025"))
    para("Uppföljningen avser perioden 1 januari – 31 augusti 2025 och redovisas för nämnden den 18 september 2025. "
         "Internkontrollplanen antogs av nämnden 2024-12-05 och innehåller fem kontrollmoment.")

    items = [
        ("1. Årsräkningar",
         "Samtliga årsräkningar för 2024 är granskade senast 2025-06-30",
         "412 av 430 årsräkningar var granskade den 30 juni. Resterande 18 kom in för sent och granskas löpande; "
         "målet att alla ska vara granskade före halvårsskiftet nåddes därmed inte.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("2. Lämplighetsprövning",
         "Ställföreträdare har registerkontroll (belastningsregister och kreditupplysning) före förordnande",
         "Kontrollerat för samtliga 23 nya förordnanden under perioden. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3. Arvoden",
         "Arvoden till ställföreträdare beslutas och betalas ut enligt nämndens riktlinjer",
         "Stickprov 25 arvodesbeslut. I två ärenden betalades arvode ut innan beslut hade fattats. "
         "Rutinen för utbetalning har justerats.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("4. Spärrade konton",
         "Uttag från överförmyndarspärrade konton sker endast efter samtycke",
         "Kontrollen påbörjas i september.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("5. Akthantering",
         "Akter förvaras i låst arkiv och utlån registreras",
         "Stickprov av 30 akter genomfört i maj. Samtliga återfanns och utlånen var korrekt registrerade.",
         None, "GENOMFORD", "nej"),
    ]
    for head, km, res, status, es, ea in items:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=head))
        labelled("Kontrollmoment:", km)
        labelled("Resultat:", res)
        if status:
            labelled("Status:", status)
        exp(fil, N, km, es, ea)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    para("Överförmyndarenheten bedömer att den interna kontrollen är tillräcklig. Avvikelserna avseende arvoden "
         "har åtgärdats och granskningen av de sena årsräkningarna följs upp i helårsuppföljningen.")
    para("Ekeby 2025-09-04")
    para("Mats Oskarsson, enhetschef överförmyndarenheten")
    doc.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ F8 Ekeby Bostäder AB (name only in print header)
def f8_ebab():
    fil = "IK-uppfoljning_delar_2025_v2.xlsx"
    N = "Ekeby Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    set_props(wb, "Johan Nordin")
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delår 1 januari – 31 augusti 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till styrelsen 2025-09-24"
    headers = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Genomförd?", "Avvikelse?",
               "Kommentar", "Datum kontroll"]
    header_row(ws, 5, headers, fill=PatternFill("solid", fgColor="375623"))
    rows = [
        (1, "Hyresadministration", "Hyresavier stäms av mot hyreskontrakt vid hyresändring", "Hyresadministratör",
         "Ja", "Nej", "Hyresförhandlingen 2025 – samtliga avier avstämda.", "2025-03-15", "GENOMFORD", "nej"),
        (2, "Hyresadministration", "Kravhantering – obetalda hyror skickas till inkasso enligt rutin",
         "Ekonomichef", "Ja", "Ja", "Sju ärenden skickades för sent (mer än 30 dagar).", "2025-06-10",
         "GENOMFORD", "ja"),
        (3, "Underhåll", "Planerat underhåll följs upp mot underhållsplan", "Förvaltningschef",
         "Delvis", "Nej", "Halvårsavstämning klar, helårsavstämning i december.", "2025-07-01", "DELVIS", "nej"),
        (4, "Inköp", "Avrop från ramavtal för hantverkstjänster", "Inköpsansvarig", "Ja", "Nej", None,
         "2025-05-20", "GENOMFORD", "nej"),
        (5, "Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Uthyrningschef", "Ja", "Ja",
         "En lägenhet förmedlad utanför kön utan dokumenterat skäl.", "2025-06-18", "GENOMFORD", "ja"),
        (6, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Nej", None,
         "Ej utförd – ny ekonomichef tillträder 1 september.", None, "EJ_GENOMFORD", ""),
        (7, "Säkerhet", "Nyckel- och passersystem – behörigheter för entreprenörer avslutas", "Säkerhetsansvarig",
         "Delvis", "Ja", "Fem aktiva taggar för avslutade entreprenörer har spärrats. Återstående områden i oktober.",
         "2025-08-12", "DELVIS", "ja"),
        (8, "Styrning", "Rapportering till kommunstyrelsen enligt ägardirektivet", "VD", "Ja", "Nej", None,
         "2025-04-30", "GENOMFORD", "nej"),
        (9, "Energi", "Energideklarationer förnyas inom tio år", "Energisamordnare", "Ej aktuell 2025", None,
         "Inga deklarationer löper ut 2025.", None, "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        body(ws, r, row[:8])
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    last = r - 1
    add_table(ws, "Tabell1", "A5:H%d" % last, "TableStyleMedium7")
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True, errorStyle="warning")
    dv.showErrorMessage = True
    dv.error = "Välj Ja, Nej eller Delvis"
    ws.add_data_validation(dv)
    dv.add("E6:E%d" % last)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("F6:F%d" % last)
    ws.conditional_formatting.add("E6:E%d" % last, CellIsRule(operator="equal", formula=['"Ja"'], fill=GREEN))
    ws.conditional_formatting.add("E6:E%d" % last, CellIsRule(operator="equal", formula=['"Delvis"'], fill=YELLOW))
    ws.conditional_formatting.add("E6:E%d" % last, CellIsRule(operator="equal", formula=['"Nej"'], fill=RED))
    ws.conditional_formatting.add("F6:F%d" % last, CellIsRule(operator="equal", formula=['"Ja"'], fill=RED))
    widths(ws, {"A": 5, "B": 20, "C": 50, "D": 20, "E": 13, "F": 12, "G": 55, "H": 14})
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    autoheight(ws, 6, last)
    fit(ws)
    ws.oddHeader.left.text = "Ekeby Bostäder AB"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.right.text = "&P (&N)"
    wb.save(path(fil))
    normalise_zip(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ============================================================ Reject: BUN budget report
def rej_budget():
    fil = "BUN_ekonomisk_uppfoljning_aug_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Augusti"
    set_props(wb, "Karin Holm")
    ws["A1"] = "Barn- och utbildningsnämnden – månadsuppföljning ekonomi augusti 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr. Utfall ackumulerat januari–augusti."
    headers = ["Verksamhet", "Budget 2025", "Periodiserad budget jan–aug", "Utfall jan–aug",
               "Avvikelse mot periodiserad budget", "Prognos helår", "Budgetavvikelse helår", "Kommentar"]
    header_row(ws, 4, headers)
    rows = [
        ("Nämnd och förvaltningsledning", 18400, 12270, 11890, None, 18100, None, None),
        ("Förskola", 212500, 141660, 143920, None, 215800, None, "Fler barn än budgeterat under våren."),
        ("Grundskola F–6", 298700, 199130, 198450, None, 298700, None, None),
        ("Grundskola 7–9", 154300, 102870, 104980, None, 157200, None, "Ökade kostnader för tilläggsbelopp."),
        ("Gymnasieskola", 176900, 117930, 115210, None, 174000, None, "Lägre interkommunala kostnader."),
        ("Vuxenutbildning", 32100, 21400, 20150, None, 31000, None, None),
        ("Elevhälsa", 27800, 18530, 18990, None, 28300, None, None),
        ("Skolskjuts", 24600, 16400, 17830, None, 26100, None, "Ny upphandling med högre priser från januari."),
    ]
    cached = {}
    r = 5
    for row in rows:
        body(ws, r, list(row))
        ws.cell(row=r, column=5, value="=C%d-D%d" % (r, r))
        ws.cell(row=r, column=7, value="=B%d-F%d" % (r, r))
        cached["E%d" % r] = row[2] - row[3]
        cached["G%d" % r] = row[1] - row[5]
        for c in (2, 3, 4, 5, 6, 7):
            ws.cell(row=r, column=c).number_format = "# ##0;[Red]-# ##0"
        r += 1
    last = r - 1
    add_table(ws, "tblEkonomiBUN", "A4:H%d" % last, "TableStyleLight9")
    tr = last + 1
    ws.cell(row=tr, column=1, value="Summa nämnden").font = Font(bold=True)
    for c, col in ((2, "B"), (3, "C"), (4, "D"), (5, "E"), (6, "F"), (7, "G")):
        ws.cell(row=tr, column=c, value="=SUM(%s5:%s%d)" % (col, col, last))
        ws.cell(row=tr, column=c).font = Font(bold=True)
        ws.cell(row=tr, column=c).number_format = "# ##0;[Red]-# ##0"
        idx = c - 1
        if c == 5:
            cached["E%d" % tr] = sum(x[2] - x[3] for x in rows)
        elif c == 7:
            cached["G%d" % tr] = sum(x[1] - x[5] for x in rows)
        else:
            cached["%s%d" % (col, tr)] = sum(x[idx] for x in rows)
    ws.conditional_formatting.add("E5:E%d" % last, CellIsRule(operator="lessThan", formula=["0"], fill=RED))
    ws.conditional_formatting.add("G5:G%d" % last, CellIsRule(operator="lessThan", formula=["0"], fill=RED))
    ws.cell(row=tr + 2, column=1, value="Nämnden prognostiserar ett underskott mot budget. Åtgärdsplan för "
                                       "förskola och skolskjuts presenteras i oktober.")
    widths(ws, {"A": 30, "B": 12, "C": 16, "D": 13, "E": 18, "F": 13, "G": 16, "H": 45})
    ws.row_dimensions[4].height = 45
    ws.freeze_panes = "B5"
    fit(ws)
    ws.print_title_rows = "4:4"
    wb.save(path(fil))
    inject_cached(path(fil), {"xl/worksheets/sheet1.xml": cached})
    FILES.append((fil, "AVVISAD", "", "", ""))


# ============================================================ main
def write_csv(name, header, rows):
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            for v in r:
                assert ";" not in str(v) and "\n" not in str(v), v
            f.write(";".join(str(v) for v in r) + "\n")


def main():
    f1_ks()
    f2_bun()
    f3_sn()
    f4_von()
    f5_sbf()
    f6_kfn()
    f7_ofn()
    f8_ebab()
    rej_budget()
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
