#!/usr/bin/python3
"""Round 290 - theme "Excel mechanics" - Hagsjö kommun, run year 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
Temporary build files go to /tmp/r290build; only deliverables land in this folder.
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
from openpyxl.worksheet.properties import Outline
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r290build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round290"
FIXED = datetime.datetime(2025, 12, 1, 9, 0, 0)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="FF1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFFFF")
PROC_FILL = PatternFill("solid", fgColor="FFD9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Ekonomiavdelningen Hagsjö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def header(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


def body(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


def patch_xlsx(path, cached=None, rich=None):
    """Post-process an openpyxl xlsx:
    cached: {sheet_xml_name: {cellref: value}} -> write cached formula results.
    rich:   {placeholder: [(text, bold, colorRGB or None), ...]} -> rich text inline strings."""
    cached = cached or {}
    rich = rich or {}
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                xml = data.decode("utf-8")
                name = os.path.basename(item.filename)
                for ref, val in cached.get(name, {}).items():
                    pat = re.compile(r'<c r="%s"((?: s="\d+")?)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % ref)
                    m = pat.search(xml)
                    assert m, (name, ref)
                    if isinstance(val, str):
                        esc = val.replace("&", "&amp;").replace("<", "&lt;")
                        new = '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, m.group(1), m.group(2), esc)
                    else:
                        new = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, m.group(1), m.group(2), val)
                    xml = xml[:m.start()] + new + xml[m.end():]
                for ph, runs in rich.items():
                    tag = "<is><t>%s</t></is>" % ph
                    if tag in xml:
                        rs = []
                        for text, bold, color in runs:
                            rpr = '<rFont val="Calibri"/>'
                            if bold:
                                rpr += "<b/>"
                            if color:
                                rpr += '<color rgb="%s"/>' % color
                            rpr += '<sz val="11"/>'
                            rs.append('<r><rPr>%s</rPr><t xml:space="preserve">%s</t></r>' % (rpr, text))
                        xml = xml.replace(tag, "<is>%s</is>" % "".join(rs))
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


def uno_convert(jobs):
    """Convert [(src, dst, filter_name)] through a LibreOffice started by us (UNO). A plain
    --convert-to run drops view settings (frozen panes); a document loaded with a view keeps them."""
    import time
    import uno
    from com.sun.star.beans import PropertyValue

    def pv(n, v):
        p = PropertyValue()
        p.Name, p.Value = n, v
        return p

    pipe = "r290pipe"
    proc = subprocess.Popen(["soffice", "--headless", LO_PROFILE, "--norestore",
                             "--accept=pipe,name=%s;urp;" % pipe],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        res = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = res.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        desk = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for src, dst, flt in jobs:
            doc = desk.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, ())
            doc.storeToURL(uno.systemPathToFileUrl(dst), (pv("FilterName", flt),))
            doc.close(True)
        try:
            desk.terminate()
        except Exception:
            pass
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------------------------------------
# F1  Kommunstyrelsen, helår - drop-down statuses (hidden list sheet), frozen panes, print area
# ---------------------------------------------------------------------------------------------
def f1():
    fil = "KS_IK-uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws["A2"] = "Period: Helår 2025 (T3)"
    ws["E2"] = "Plan fastställd KS 2025-01-29 § 12"
    ws["A3"] = "Instruktion: välj status i rullistan för respektive period. Vid avvikelse ska kommentar lämnas."
    ws["A3"].font = Font(italic=True, color="FF7F7F7F")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Status helår",
           "Kommentar helår"]
    header(ws, 5, hdr, [5, 18, 46, 30, 20, 20, 22, 50])
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
         "Ekonomichef", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Representation redovisas med syfte och deltagarförteckning",
         "Stickprov 15 verifikat", "Redovisningsansvarig", "Genomförd med avvikelse", "Genomförd med avvikelse",
         "4 av 15 verifikat saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial", "Analys av inköpsstatistik",
         "Upphandlingschef", "Pågår", "Genomförd", "Avtalstrohet 97 %, i nivå med målet.", "GENOMFORD", "nej"),
        (4, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga direktupphandlingar", "Upphandlingschef", "Pågår", "Pågår",
         "12 av 19 direktupphandlingar granskade, hittills utan anmärkning. Resterande slutförs i februari 2026.",
         "DELVIS", "nej"),
        (5, "Personal", "Behörighet i lönesystemet tas bort vid avslutad anställning",
         "Avstämning mot lista över avslutade anställningar", "HR-chef", "Genomförd", None, None,
         "GENOMFORD", "nej"),
        (6, "Personal", "Bisysslor hos chefer redovisas och bedöms årligen", "Genomgång av bisyssleregistret",
         "HR-chef", "Ej påbörjad", "Ej genomförd", "Flyttas till plan 2026 p.g.a. byte av HR-system.",
         "EJ_GENOMFORD", ""),
        (7, "IT och informationssäkerhet", "Säkerhetskopior av verksamhetssystem kan återläsas",
         "Återläsningstest två gånger per år", "IT-chef", "Genomförd", "Genomförd",
         "Återläsningstest i maj och november utan anmärkning.", "GENOMFORD", "nej"),
        (8, "IT och informationssäkerhet", "Loggning av åtkomst till personuppgifter i ärendesystemet följs upp",
         "Stickprov i behörighetsloggar", "Informationssäkerhetssamordnare", "Ej påbörjad", "Utgår",
         "Utgår enligt KS beslut 2025-09-24 § 141, ersätts av ny kontroll i plan 2026.", "UTGAR", ""),
        (9, "Ärendehantering", "Diarieföring av inkommande handlingar sker inom två arbetsdagar",
         "Stickprov 30 handlingar", "Kanslichef", "Genomförd", "Genomförd med avvikelse",
         "6 av 30 handlingar diarieförda efter 3–5 dagar under semesterperioden.", "GENOMFORD", "ja"),
        (10, "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Avstämning av delegationslistor mot protokoll", "Kanslichef", "Pågår", "Klar",
         "Samtliga delegationsbeslut anmälda t.o.m. december.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        body(ws, r, row[:8])
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    last = r - 1
    ws.cell(row=last + 2, column=1, value="Uppföljningen godkänd av kommundirektör Maria Lindqvist 2026-01-20")
    # hidden list sheet with the allowed values
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Status"
    for i, v in enumerate(["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Ej genomförd",
                           "Utgår"], start=2):
        ls.cell(row=i, column=1, value=v)
    ls["C1"] = "Ansvariga"
    for i, v in enumerate(["Ekonomichef", "Redovisningsansvarig", "Upphandlingschef", "HR-chef", "IT-chef",
                           "Kanslichef"], start=2):
        ls.cell(row=i, column=3, value=v)
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True,
                        showErrorMessage=True, errorStyle="warning",
                        errorTitle="Ogiltig status", error="Välj ett värde i listan.")
    dv.add("F6:G%d" % last)
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1="=Listor!$C$2:$C$7", allow_blank=True)
    dv2.add("E6:E%d" % last)
    ws.add_data_validation(dv2)
    ws.freeze_panes = "D6"
    ws.print_area = "A1:H%d" % (last + 2)
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden, delår - Excel table with totals row, formula status (cached)
# ---------------------------------------------------------------------------------------------
def f2():
    fil = "BUN Internkontroll 2025 delår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Stickprov delår"
    ws["A1"] = "Barn- och utbildningsnämnden – internkontroll 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning delår (januari–augusti 2025)"
    ws["A3"] = ("Status beräknas automatiskt: Genomförd när antal granskade ≥ planerade stickprov. "
                "Ändra inte formlerna i kolumn F.")
    ws["A3"].font = Font(italic=True, color="FF7F7F7F")
    hdr = ["Process", "Kontrollmoment", "Planerade stickprov", "Granskade", "Varav med fel", "Status",
           "Kommentar"]
    for i, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=i, value=h)
    for col, w in zip("ABCDEFG", [16, 52, 12, 11, 11, 14, 55]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 25, 25, 0, None,
         "GENOMFORD", "nej"),
        ("Ekonomi", "Barnomsorgsavgifter debiteras enligt fastställd taxa", 20, 20, 3,
         "3 hushåll felaktigt debiterade (fel inkomstuppgift), rättat i juni.", "GENOMFORD", "ja"),
        ("Ekonomi", "Skolskjutsfakturor konteras på rätt ansvar och verksamhet", 15, 9, 1,
         "Resterande stickprov tas under hösten. En felkontering hittad och rättad.", "DELVIS", "ja"),
        ("Elevhälsa", "Journalföring i elevhälsans journalsystem sker enligt rutin", 10, 10, 0, None,
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Beslut om skolskjuts fattas enligt delegationsordningen", 20, 0, None,
         "Ej påbörjad, ansvarig handläggare föräldraledig.", "EJ_GENOMFORD", ""),
        ("Myndighetsutövning", "Anmälan om kränkande behandling lämnas till huvudman inom en vecka", 30, 30, 5,
         "5 anmälningar kom in senare än en vecka, rektorer påminda.", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret kontrolleras före anställning", 20, 20, 0, None,
         "GENOMFORD", "nej"),
        ("Personal", "Sjukfrånvaro och rehabiliteringsärenden dokumenteras i Adato", None, None, None,
         "Utgår – ersatt av central kontroll i kommunstyrelsens plan.", "UTGAR", ""),
        ("Lokaler", "Systematiskt brandskyddsarbete dokumenteras på varje skolenhet", 12, 12, 2, None,
         "GENOMFORD", "ja"),
    ]
    cached = {}
    r = 6
    done = 0
    for (proc, km, plan, gr, fel, kom, st, av) in rows:
        ws.cell(row=r, column=1, value=proc)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=plan)
        ws.cell(row=r, column=4, value=gr)
        ws.cell(row=r, column=5, value=fel)
        ws.cell(row=r, column=6, value='=IF(D%d="","",IF(D%d>=C%d,"Genomförd","Ej genomförd"))' % (r, r, r))
        if gr is None:
            val = ""
        elif gr >= (plan or 0):
            val = "Genomförd"
        else:
            val = "Ej genomförd"
        done += val == "Genomförd"
        cached["F%d" % r] = val
        ws.cell(row=r, column=7, value=kom)
        for c in range(1, 8):
            ws.cell(row=r, column=c).alignment = WRAP
        exp(fil, N, km, st, av)
        r += 1
    first, last = 6, r - 1
    tot = r
    ws.cell(row=tot, column=1, value="Summa")
    for col in "CDE":
        ws["%s%d" % (col, tot)] = "=SUBTOTAL(109,tblInternkontroll[%s])" % hdr["ABCDEFG".index(col)]
        cached["%s%d" % (col, tot)] = sum((x[{"C": 2, "D": 3, "E": 4}[col]] or 0) for x in rows)
    ws["F%d" % tot] = '=' + TOT_F
    cached["F%d" % tot] = "%d av %d" % (done, len(rows))
    for c in range(1, 8):
        ws.cell(row=tot, column=c).font = BOLD
    # the real explanation sits in a note on "Varav med fel" of the fire-safety row
    ws["E%d" % last].comment = Comment(
        "Två enheter (Ängsskolan och Norrby förskola) saknade protokoll från vårens brandövning. "
        "Åtgärdas under hösten.\n/Karin Sjöberg, controller", "Karin Sjöberg", width=300, height=110)
    cols = []
    for i, h in enumerate(hdr, start=1):
        tc = TableColumn(id=i, name=h)
        if h == "Process":
            tc.totalsRowLabel = "Summa"
        elif h in ("Planerade stickprov", "Granskade", "Varav med fel"):
            tc.totalsRowFunction = "sum"
        elif h == "Status":
            tc.totalsRowFunction = "custom"
        cols.append(tc)
    t = Table(displayName="tblInternkontroll", ref="A5:G%d" % tot, totalsRowCount=1,
              autoFilter=AutoFilter(ref="A5:G%d" % last), tableColumns=cols)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    ws.cell(row=tot + 2, column=1, value="Rapporterad av: Karin Sjöberg, controller BUF, 2025-09-15")
    ws.freeze_panes = "A6"
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_xlsx(path, cached={"sheet1.xml": cached})
    # openpyxl does not write <totalsRowFormula> for the custom column: add it
    _add_totals_formula(path, "Status", TOT_F)
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


TOT_F = 'COUNTIF(tblInternkontroll[Status],"Genomförd")&" av "&ROWS(tblInternkontroll[Status])'


def _add_totals_formula(path, colname, formula):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/tables/"):
                xml = data.decode("utf-8")
                esc = formula.replace("&", "&amp;").replace('"', "&quot;")
                pat = re.compile(r'<tableColumn id="(\d+)" name="%s" totalsRowFunction="custom"\s*/>' % colname)
                m = pat.search(xml)
                if m:
                    xml = xml[:m.start()] + ('<tableColumn id="%s" name="%s" totalsRowFunction="custom">'
                                             '<totalsRowFormula>%s</totalsRowFormula></tableColumn>'
                                             % (m.group(1), colname, esc)) + xml[m.end():]
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# F3  Socialnämnden, T2 - grouped rows collapsed under process headings, rich text comments
# ---------------------------------------------------------------------------------------------
def f3():
    fil = "SN uppföljning internkontroll T2 2025.xlsx"
    N = "Socialnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertialrapport 2 (T2, jan–aug)"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16). Klicka på + för att visa kontrollerna per process."
    ws["A3"].font = Font(italic=True, color="FF7F7F7F")
    hdr = ["Process / kontrollmoment", "Riskvärde", "Kontrollmetod", "Ansvarig", "T1", "T2", "Kommentar T2"]
    header(ws, 5, hdr, [58, 10, 28, 24, 14, 14, 60])
    groups = [
        ("Process: Ekonomi", True, [
            ("Utbetalning av ekonomiskt bistånd sker efter beslut i verksamhetssystemet", 9,
             "Stickprov 20 utbetalningar", "Enhetschef försörjningsstöd", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Fakturor för externa placeringar stäms av mot avtal och beslut", 12, "Stickprov 10 fakturor",
             "Controller", "Genomförd", None, None, "GENOMFORD", "nej"),
        ]),
        ("Process: Myndighetsutövning", False, [
            ("Utredningar inom barn och unga avslutas inom fyra månader", 16, "Uttag ur Treserva",
             "Enhetschef barn och unga", "Delvis", "Genomförd", "__RICH1__", "GENOMFORD", "ja"),
            ("Beslut enligt LSS fattas av behörig delegat", 8, "Stickprov 15 beslut", "Enhetschef LSS",
             "Ej påbörjad", "Pågår", "10 av 15 beslut granskade, hittills utan anmärkning.", "DELVIS", "nej"),
            ("Orosanmälningar registreras inom 24 timmar", 12, "Stickprov 20 anmälningar",
             "Enhetschef mottagning", "Genomförd", "Genomförd", "Samtliga registrerade inom ett dygn.",
             "GENOMFORD", "nej"),
        ]),
        ("Process: Personal och arbetsmiljö", True, [
            ("Skyddsrond genomförs på samtliga enheter", 6, "Protokoll från skyddsrond", "Förvaltningschef",
             "Ej påbörjad", "Ej genomförd", "Skjuts till T3 p.g.a. omorganisationen av IFO.", "EJ_GENOMFORD", ""),
            ("Introduktion av nyanställda socialsekreterare följer introduktionsprogrammet", 4,
             "Enkät till nyanställda", "HR-konsult", "Utgår", "Utgår",
             "Avbruten genom beslut SN 2025-03-18 § 34.", "UTGAR", ""),
        ]),
        ("Process: Informationssäkerhet", True, [
            ("Behörigheter i Treserva stäms av mot aktuell tjänst", 12, "Avstämning mot behörighetslista",
             "Systemförvaltare", "Genomförd", "Genomförd", "__RICH2__", "GENOMFORD", "ja"),
            ("Sekretessmarkerade handlingar hanteras och förvaras enligt rutin", 9, "Stickprov på enheterna",
             "Enhetschef vuxen", None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 6
    for title, collapsed, ctrls in groups:
        c = ws.cell(row=r, column=1, value="%s (%d kontroller)" % (title, len(ctrls)))
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = PROC_FILL
            ws.cell(row=r, column=col).font = BOLD
        if collapsed:
            ws.row_dimensions[r].collapsed = True
        r += 1
        for (km, risk, met, ans, t1, t2, kom, st, av) in ctrls:
            body(ws, r, [km, risk, met, ans, t1, t2, kom])
            ws.row_dimensions[r].outline_level = 1
            if collapsed:
                ws.row_dimensions[r].hidden = True
            exp(fil, N, km, st, av)
            r += 1
    ws.sheet_format.outlineLevelRow = 1
    ws.cell(row=r + 1, column=1, value="Beslutad på socialnämndens sammanträde 2025-09-23 § 98")
    ws.freeze_panes = "A6"
    path = os.path.join(OUT, fil)
    wb.save(path)
    RED = "FFC00000"
    patch_xlsx(path, rich={
        "__RICH1__": [("Genomförd. ", True, None),
                      ("Avvikelse: 7 av 42 utredningar överskred fyra månader.", False, RED),
                      (" Orsak: hög personalomsättning, extra resurs tillsatt i juni.", False, None)],
        "__RICH2__": [("Genomförd. ", False, None),
                      ("14 konton", True, RED),
                      (" för avslutade anställda fanns kvar och har nu spärrats. Rutin för avslut ses över.",
                       False, None)],
    })
    FILES.append([fil, "INLAST", N, "2025", "T2"])


# ---------------------------------------------------------------------------------------------
# F4  Tekniska nämnden, helår - autofilter hiding rows, very hidden sheet with 2024 version
# ---------------------------------------------------------------------------------------------
TN_ROWS = [
    ("TN-01", "Gata/park", "Vinterväghållningsentreprenörens fakturor stäms av mot körjournaler", "Tertialvis",
     "Driftchef gata/park", "Genomförd", "Ja", "2 fakturor med felaktigt antal timmar, kreditering erhållen.",
     "GENOMFORD", "ja"),
    ("TN-02", "VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet", "Månadsvis", "VA-chef",
     "Genomförd", "Nej", "Samtliga prover tagna enligt program.", "GENOMFORD", "nej"),
    ("TN-03", "VA", "Debitering av VA-avgifter följer gällande VA-taxa", "Årligen", "Debiteringsansvarig",
     "Genomförd", "Nej", None, "GENOMFORD", "nej"),
    ("TN-04", "Fastighet", "Hyresavtal för externt förhyrda lokaler finns registrerade i avtalsdatabasen",
     "Årligen", "Fastighetschef", "Delvis genomförd", "Ja",
     "Avtal för 3 lokaler saknades i databasen, inventering av övriga pågår.", "DELVIS", "ja"),
    ("TN-05", "Fastighet", "Lagstadgade besiktningar av hissar och lekplatser utförs", "Årligen", "Förvaltare",
     "Genomförd", "Nej", None, "GENOMFORD", "nej"),
    ("TN-06", "Avfall", "Vågsedlar vid återvinningscentralen stäms av mot fakturering", "Tertialvis",
     "Avfallschef", "Ej genomförd", None, "Ej utförd p.g.a. byte av vågsystem under hösten.", "EJ_GENOMFORD", ""),
    ("TN-07", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertialvis", "Controller",
     "Genomförd", "Ja", "1 faktura attesterad av jävig attestant, rättad i efterhand.", "GENOMFORD", "ja"),
    ("TN-08", "Ekonomi", "Inventering av förråd och verktyg vid driftdepån", "Årligen", "Förrådsansvarig",
     "Genomförd", "Nej", "Inventering 2025-12-03.", "GENOMFORD", "nej"),
    ("TN-09", "Upphandling", "Ramavtal för entreprenader avropas enligt fördelningsnyckel", "Halvår",
     "Upphandlare", "Utgår", None, "Utgår – ramavtalet upphörde 2025-06-30.", "UTGAR", ""),
    ("TN-10", "Fordon", "Körjournaler förs för kommunens tjänstefordon", "Tertialvis", "Fordonssamordnare",
     "Delvis genomförd", "Nej", "Kontrollerat för två av tre tertial.", "DELVIS", "nej"),
    ("TN-11", "Arbetsmiljö", "TA-plan finns vid arbete på väg", "Tertialvis", "Arbetsledare",
     "Genomförd", "Ja", "TA-plan saknades vid 2 av 8 besökta arbetsplatser.", "GENOMFORD", "ja"),
]

TN_2024 = {  # last year's statuses on the very hidden sheet (must be ignored)
    "TN-01": ("Genomförd", "Nej"), "TN-02": ("Ej genomförd", None), "TN-03": ("Genomförd", "Ja"),
    "TN-04": ("Ej genomförd", None), "TN-05": ("Genomförd", "Nej"), "TN-06": ("Genomförd", "Nej"),
    "TN-07": ("Genomförd", "Nej"), "TN-08": ("Ej genomförd", None), "TN-09": ("Genomförd", "Nej"),
    "TN-10": ("Genomförd", "Ja"), "TN-11": ("Delvis genomförd", "Ja"),
}


def f4():
    fil = "Tekniska nämnden IK helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = new_wb()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion för uppföljning av internkontrollplan"
    ins["A1"].font = TITLE
    lines = ["1. Fyll i status för varje kontrollmoment: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
             "2. Ange i kolumnen Avvikelse Ja om kontrollen visat brister, annars Nej.",
             "3. Beskriv åtgärder för alla avvikelser.",
             "4. Skicka till ekonomiavdelningen senast 2026-01-23."]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 100
    hdr = ["ID", "Verksamhet", "Kontrollmoment", "Frekvens", "Kontrollant", "Status", "Avvikelse",
           "Åtgärd/kommentar"]

    def fill(ws, year, period_text, data):
        ws["A1"] = "Tekniska nämnden – uppföljning internkontrollplan %d" % year
        ws["A1"].font = TITLE
        ws["A2"] = period_text
        header(ws, 4, hdr, [8, 14, 55, 12, 22, 18, 11, 55])
        r = 5
        for row in data:
            body(ws, r, row[:8])
            r += 1
        return r - 1

    ws = wb.create_sheet("IKP 2025")
    last = fill(ws, 2025, "Uppföljning helår 2025 (per 2025-12-31)", TN_ROWS)
    for row in TN_ROWS:
        exp(fil, N, row[2], row[8], row[9])
    # autofilter: the controller filtered on Avvikelse = Ja before saving -> other rows hidden
    ws.auto_filter = AutoFilter(ref="A4:H%d" % last)
    ws.auto_filter.filterColumn.append(FilterColumn(colId=6, filters=Filters(filter=["Ja"])))
    for i, row in enumerate(TN_ROWS):
        if row[6] != "Ja":
            ws.row_dimensions[5 + i].hidden = True
    ws.cell(row=last + 2, column=1, value="Godkänd av förvaltningschef Per Holm 2026-01-19")
    ws.freeze_panes = "A5"
    # last year's version, very hidden
    old = wb.create_sheet("IKP 2024")
    old_rows = []
    for row in TN_ROWS:
        st, av = TN_2024[row[0]]
        km = row[2]
        if row[0] == "TN-11":
            km = "Riskbedömning inför arbete på väg (TA-plan) finns"
        old_rows.append((row[0], row[1], km, row[3], row[4], st, av,
                         "Se åtgärdsplan 2024" if av == "Ja" else None))
    fill(old, 2024, "Uppföljning helår 2024", old_rows)
    old.sheet_state = "veryHidden"
    wb.active = 1
    ins.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# F5  Kultur- och fritidsnämnden, delår, .xls - numeric status with custom number format, note
# ---------------------------------------------------------------------------------------------
def f5():
    fil = "KoF delårsuppföljning IK 2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 augusti (delårsbokslut)"
    ws["E1"] = "Statuskod:"
    ws["E1"].font = BOLD
    ws["F1"] = "1 = Klar   2 = Pågår   0 = Ej påbörjad"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    header(ws, 4, hdr, [5, 20, 55, 22, 13, 60])
    rows = [
        (1, "Kassahantering", "Dagskassor i simhallen stäms av mot kassasystemet", "Badchef", 1,
         "Stickprov 10 dagar, inga differenser.", "GENOMFORD", "nej"),
        (2, "Kassahantering", "Kontantkassan på biblioteket räknas och attesteras månadsvis", "Bibliotekschef", 1,
         "Differens 340 kr i april, utredd och rapporterad till ekonomienheten.", "GENOMFORD", "ja"),
        (3, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer och underlag",
         "Föreningskonsulent", 2, "Vårens bidragsomgång kontrollerad, höstens kvarstår.", "DELVIS", "nej"),
        (4, "Bidrag", "Redovisning av projektbidrag inkommer inom föreskriven tid", "Föreningskonsulent", 0,
         "Görs i samband med höstens bidragsomgång.", "EJ_GENOMFORD", ""),
        (5, "Uthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         None, "Se anteckning", "GENOMFORD", "nej"),
        (6, "Inventarier", "Inventarieförteckningen för konstsamlingen är uppdaterad", "Kulturstrateg", 2,
         None, "DELVIS", ""),
        (7, "Personal", "Timanställdas tidrapporter attesteras av chef före löneutbetalning", "Fritidschef", 1,
         None, "GENOMFORD", "nej"),
        (8, "Brandskydd", "Brandskyddskontroller på fritidsgårdarna dokumenteras", "Fritidschef", "Utgår",
         "Fritidsgårdarna drivs sedan januari 2025 av extern utförare.", "UTGAR", ""),
    ]
    fmt = '[=1]"Klar";[=2]"Pågår";"Ej påbörjad"'
    r = 5
    for row in rows:
        body(ws, r, row[:6])
        ws.cell(row=r, column=5).number_format = fmt
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[6], row[7])
        if row[0] == 5:
            ws.cell(row=r, column=5).comment = Comment(
                "Lena Ek:\nKlar 2025-06-12. Stickprov 25 bokningar – samtliga korrekt debiterade enligt taxa.",
                "Lena Ek", width=280, height=90)
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av Lena Ek, förvaltningsekonom, 2025-09-10")
    ws.freeze_panes = "C5"
    ws.print_area = "A1:F%d" % (r + 1)
    ws.print_title_rows = "4:4"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden – internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fil.replace(".xls", ".xlsx"))
    wb.save(src)
    uno_convert([(src, os.path.join(OUT, fil), "MS Excel 97")])
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------------------------------------
# F6  Vård- och omsorgsnämnden, T1, .ods - drop-down statuses from hidden sheet
# ---------------------------------------------------------------------------------------------
def f6():
    fil = "VON_IK_T1_2025.ods"
    N = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontroll, tertial 1 2025 (januari–april)"
    hdr = ["Område", "Kontrollmoment", "Metod", "Frekvens", "Status T1", "Kommentar"]
    header(ws, 4, hdr, [16, 55, 26, 12, 20, 60])
    rows = [
        ("Läkemedel", "Läkemedelsförråd på särskilda boenden inventeras", "Stickprov 3 boenden", "Årligen",
         "Utförd", None, "GENOMFORD", "nej"),
        ("Läkemedel", "Avvikelser i läkemedelshanteringen rapporteras i avvikelsesystemet",
         "Genomgång av avvikelserapporter", "Tertialvis", "Utförd – avvikelse",
         "Underrapportering från nattpersonalen på Björkgården, utbildning planeras.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid", "Uttag ur planeringssystemet",
         "Tertialvis", "Påbörjad", "Avstämning klar för två av fyra hemtjänstgrupper.", "DELVIS", ""),
        ("Ekonomi", "Brukares privata medel hanteras enligt rutin med kvittens", "Stickprov 10 brukare",
         "Tertialvis", "Utförd", "Samtliga kvittenser fanns.", "GENOMFORD", "nej"),
        ("Ekonomi", "Omsorgsavgifter faktureras enligt aktuellt avgiftsbeslut", "Stickprov 20 fakturor",
         "Halvår", "Ej påbörjad", "Planerad till hösten enligt plan.", "EJ_GENOMFORD", ""),
        ("Personal", "Delegeringar av hälso- och sjukvårdsuppgifter är aktuella och signerade",
         "Genomgång av delegeringar", "Tertialvis", "Utförd – avvikelse",
         "12 delegeringar hade gått ut, förnyade i maj.", "GENOMFORD", "ja"),
        ("Upphandling", "Avrop från ramavtal för inkontinenshjälpmedel sker enligt avtal", "Inköpsanalys",
         "Tertialvis", "Ej aktuell", "Kontrollen utgår 2025 enligt beslut VON 2025-02-20 § 18 (nytt avtal).",
         "UTGAR", ""),
        ("Kvalitet", "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", "Stickprov 15 ärenden",
         "Tertialvis", None, "Se bilaga", "OKLAR", ""),
        ("Bemanning", "Timanställdas schemalagda pass stäms av mot tidrapporteringen", "Stickprov",
         "Tertialvis", "Ej påbörjad", None, "EJ_GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        body(ws, r, row[:6])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    last = r - 1
    ws.cell(row=last + 2, column=1, value="Kontaktperson: Johan Berg, kvalitetsstrateg")
    ls = wb.create_sheet("Statuslista")
    for i, v in enumerate(["Utförd", "Utförd – avvikelse", "Påbörjad", "Ej påbörjad", "Ej aktuell"], start=1):
        ls.cell(row=i, column=1, value=v)
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Statuslista!$A$1:$A$5", allow_blank=True)
    dv.add("E5:E%d" % last)
    ws.add_data_validation(dv)
    ws.freeze_panes = "A5"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    uno_convert([(src, os.path.join(OUT, fil), "calc8")])
    FILES.append([fil, "INLAST", N, "2025", "T1"])


# ---------------------------------------------------------------------------------------------
# F7  Hypergene-like export, two nämnder (MBN + ÖFN), helår - vertically merged nämnd cells
# ---------------------------------------------------------------------------------------------
def f7():
    fil = "Hypergene_export_internkontroll_helar2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning 2025, helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Utskrivet 2026-01-22 10:14 från Hypergene. Urval: Miljö- och byggnadsnämnden, Överförmyndarnämnden."
    hdr = ["Nämnd", "Process", "Kontrollmoment", "Kontrollmetod", "Utfall", "Bedömning", "Kommentar"]
    header(ws, 4, hdr, [24, 18, 52, 24, 45, 22, 40])
    data = [
        ("Miljö- och byggnadsnämnden", [
            ("Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Uttag ur ärendesystemet", "9 av 112 ärenden överskred 10 veckor.", "Utförd med anmärkning",
             "Avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Bygglov", "Avgifter för bygglov debiteras enligt taxa", "Stickprov 20 ärenden",
             "Samtliga korrekt debiterade.", "Utförd utan anmärkning", None, "GENOMFORD", "nej"),
            ("Miljötillsyn", "Uppföljning av att tillsynsplanen följs", "Avstämning mot tillsynsplan",
             "Avstämning gjord för livsmedelstillsynen, miljötillsynen återstår.", "Delvis utförd", None,
             "DELVIS", ""),
            ("Miljötillsyn", "Timavgifter för tillsyn faktureras inom en månad efter besök",
             "Stickprov 15 besök", None, "Ej utförd", "Prioriterades bort p.g.a. vakanser.",
             "EJ_GENOMFORD", ""),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor",
             "Inga fel.", "Utförd utan anmärkning", None, "GENOMFORD", "nej"),
        ]),
        ("Överförmyndarnämnden", [
            ("Ställföreträdarskap", "Årsräkningar granskas inom tre månader från att de kommit in",
             "Uttag ur Wärna", "22 årsräkningar granskades senare än tre månader.", "Utförd med anmärkning",
             "Extra granskare inhyrd under våren.", "GENOMFORD", "ja"),
            ("Ställföreträdarskap", "Arvoden till ställföreträdare beräknas enligt riktlinjer",
             "Stickprov 10 ärenden", "Inga avvikelser.", "Utförd utan anmärkning", None, "GENOMFORD", "nej"),
            ("Ställföreträdarskap", "Behovet av förvaltarskap omprövas årligen", "Genomgång av akter",
             "Omprövning klar för 40 av 55 ärenden.", "Delvis utförd", None, "DELVIS", ""),
            ("Registerhållning", "Registret över ställföreträdare är aktuellt", "Avstämning mot Wärna",
             "Ej genomförd – flyttas till 2026.", None, None, "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 5
    for namnd, ctrls in data:
        start = r
        for (proc, km, met, utf, bed, kom, st, av) in ctrls:
            body(ws, r, [namnd if r == start else None, proc, km, met, utf, bed, kom])
            exp(fil, namnd, km, st, av)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(row=start, column=1).font = BOLD
        FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: %d" % (r - 5))
    ws.freeze_panes = "D5"
    ws.print_area = "A1:G%d" % (r + 1)
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# F8  reject: Excel owner/lock file left behind by the KS controller
# ---------------------------------------------------------------------------------------------
def f8():
    fil = "~$KS_IK-uppfoljning_helar_2025.xlsx"
    name = "Maria Lindqvist"
    data = bytes([len(name)]) + name.encode("latin-1").ljust(53, b" ")
    data += b"\x00" + name.encode("utf-16-le") + b"\x00\x00"
    data = data.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data)
    FILES.append([fil, "AVVISAD", "", "", ""])


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur- och fritidsförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Hagsjö Energi AB", "Hagsjö Energi|HEAB"),
    ("Räddningstjänstförbundet Hagsjö-Ödeby", "RTF|Räddningstjänsten Hagsjö-Ödeby|Räddningstjänsten"),
]


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()

    def w(name, head, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh, delimiter=";", lineterminator="\n")
            cw.writerow(head)
            cw.writerows(rows)

    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
