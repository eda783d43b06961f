#!/usr/bin/python3
"""Blind round r299 - Granvik kommun - cell types and values that carry the status.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r299build"
LO_PROFILE = "file:///tmp/lo-round299"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def new_wb(when, author):
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def patch_cached(path, cached):
    """Write cached values for formula cells, the way Excel stores them.

    cached: {sheet_index (1-based): {"G6": ("str"|"n"|"e"|"b", value)}}
    """
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m and int(m.group(1)) in cached:
                xml = data.decode("utf-8")
                for ref, (typ, val) in cached[int(m.group(1))].items():
                    pat = re.compile(r'<c r="%s"((?: s="\d+")?)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % ref)
                    if not pat.search(xml):
                        raise SystemExit("no formula cell %s in %s" % (ref, path))
                    tattr = "" if typ == "n" else ' t="%s"' % typ
                    v = escape(str(val))
                    xml = pat.sub(lambda mm: '<c r="%s"%s%s><f>%s</f><v>%s</v></c>'
                                  % (ref, mm.group(1), tattr, mm.group(2), v), xml, count=1)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


def patch_rich(path, rich):
    """Turn placeholder shared strings into rich-text runs (as Excel stores a cell with part bold).

    rich: {placeholder: [(text, bold), ...]}
    """
    tmp = path + ".tmp"
    done = set()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if re.match(r"xl/worksheets/sheet\d+\.xml$", item.filename):
                xml = data.decode("utf-8")
                for ph, parts in rich.items():
                    runs = []
                    for text, bold in parts:
                        rpr = '<rPr>%s<sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>' % ("<b/>" if bold else "")
                        runs.append('<r>%s<t xml:space="preserve">%s</t></r>' % (rpr, escape(text)))
                    new = "<is>%s</is>" % "".join(runs)
                    pat = re.compile(r"<is><t[^>]*>%s</t></is>" % re.escape(ph))
                    if pat.search(xml):
                        xml = pat.sub(lambda m: new, xml, count=1)
                        done.add(ph)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    if done != set(rich):
        raise SystemExit("rich-text placeholders not found: %s" % (set(rich) - done))
    os.replace(tmp, path)


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen T2 - "Genomförd" and "Avvikelse" as real Excel booleans
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_internkontroll_uppfoljning_T2_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = new_wb(dt.datetime(2025, 9, 12, 14, 5), "Karin Lund")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: T2 (januari–augusti 2025)"
    ws["A3"] = "Fyll i SANT i kolumnen Genomförd när kontrollen är utförd och SANT under Avvikelse om brister hittats. Kommentera alltid avvikelser."
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, len(hdr))
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Ekonomichef", True, False,
         "Samtliga 30 fakturor korrekt attesterade.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation och kurser – kontroll av syfte och deltagarförteckning",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", True, True,
         "4 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till chefer.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av inköp utanför avtal i e-handelssystemet", "Upphandlingschef", False, None,
         "Planeras till november när helårsdata finns.", "EJ_GENOMFORD", ""),
        ("4", "Personal", "Kontroll av att rehabiliteringsärenden dokumenteras i Adato",
         "Genomgång av samtliga ärenden > 60 dagar", "HR-chef", False, False,
         "Delvis – 3 av 5 förvaltningar granskade, resterande under hösten.", "DELVIS", "nej"),
        ("5", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Jämförelse av användarlista mot avslutade anställningar", "IT-chef", None, None,
         None, "SAKNAS", ""),
        ("6", "IT och informationssäkerhet", "Kontroll av loggning av åtkomst till personakter",
         "Stickprov i loggar", "Informationssäkerhetssamordnare", False, None,
         "Utgår enligt KS beslut 2025-05-14 § 88, ersätts av regiongemensam kontroll.", "UTGAR", ""),
        ("7", "Löner", "Utbetalning av arvoden till förtroendevalda enligt arvodesreglementet",
         "Stickprov 10 utbetalningar", "Löneenhetschef", True, False,
         "Inga fel.", "GENOMFORD", "nej"),
        ("8", "Diarium och allmänna handlingar", "Diarieföring av inkomna handlingar inom föreskriven tid",
         "Stickprov 20 handlingar i W3D3", "Registrator", "Ja", False,
         "Kontroll utförd i juni.", "GENOMFORD", "nej"),
        ("9", "Avtal", "Förlängning av avtal sker innan avtalstiden löper ut",
         "Genomgång av avtalsdatabasen", "Kanslichef", True, True,
         "Två avtal (städ, larm) hade löpt ut utan förlängning. Åtgärdat i juli.", "GENOMFORD", "ja"),
    ]
    r = 6
    for nr, proc, km, metod, ansv, gen, avv, kom, st, exa in rows:
        vals = [nr, proc, km, metod, ansv, gen, avv, kom]
        for i, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v)
        box_row(ws, r, len(hdr))
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställd av: Karin Lund, controller, 2025-09-12")
    set_widths(ws, {"A": 5, "B": 24, "C": 48, "D": 34, "E": 22, "F": 12, "G": 12, "H": 55})
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Sammanfattning")
    s2["A1"] = "Sammanfattning T2 2025"
    s2["A1"].font = Font(bold=True, size=12)
    s2["A3"] = "Antal kontroller"
    s2["B3"] = "=COUNTA('Uppföljning T2'!C6:C14)"
    s2["A4"] = "Genomförda (SANT)"
    s2["B4"] = "=COUNTIF('Uppföljning T2'!F6:F14,TRUE)"
    s2["A5"] = "Ej genomförda (FALSKT)"
    s2["B5"] = "=COUNTIF('Uppföljning T2'!F6:F14,FALSE)"
    s2["A6"] = "Med avvikelse"
    s2["B6"] = "=COUNTIF('Uppföljning T2'!G6:G14,TRUE)"
    set_widths(s2, {"A": 26, "B": 10})
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_cached(path, {2: {"B3": ("n", 9), "B4": ("n", 4), "B5": ("n", 3), "B6": ("n", 2)}})
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden delår - status codes with a custom number format
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK-uppfoljning_delar_2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = new_wb(dt.datetime(2025, 9, 18, 9, 40), "Anders Berg")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Uppföljning av intern kontroll – delårsrapport 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: 2025-01-01 – 2025-08-31"
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, len(hdr))
    FMT = '[=1]"Genomförd";[=2]"Delvis";"Ej genomförd"'
    data = [
        ("group", "Ekonomi och administration"),
        ("Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonom BUF", 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Barnomsorgsavgifter", "Inkomstuppgifter för debitering av barnomsorgsavgift är uppdaterade",
         "Stickprov 30 hushåll mot inkomstuppgift", "Avgiftshandläggare", 1,
         "3 hushåll hade inaktuell inkomstuppgift, debitering rättad.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Genomgång av 20 beslut", "Skolskjutssamordnare", "2",
         "12 av 20 beslut granskade, resterande i september.", "DELVIS", ""),
        ("group", "Elevhälsa och trygghet"),
        ("Kränkande behandling", "Anmälningar om kränkande behandling utreds och anmäls till huvudman inom fem dagar",
         "Stickprov 15 ärenden i DF Respons", "Verksamhetschef grundskola", 2,
         "Granskning pågår, 8 av 15 ärenden klara.", "DELVIS", ""),
        ("Frånvaro", "Uppföljning av elever med hög frånvaro enligt rutin för frånvarohantering",
         "Kontroll av åtgärdsplaner för elever med >20 % frånvaro", "Rektorer", 3,
         "Flyttas till hösten p.g.a. byte av frånvarosystem.", "EJ_GENOMFORD", ""),
        ("Registerkontroll", "Utdrag ur belastningsregistret finns för nyanställd personal",
         "Kontroll av samtliga nyanställningar jan–jun", "HR-konsult", 1, None, "GENOMFORD", ""),
        ("group", "Upphandling och avtal"),
        ("Inköp", "Direktupphandlingar över 100 000 kr dokumenteras",
         "Genomgång av inköp i e-handeln", "Förvaltningsekonom", None,
         "Kontrollen utgår då direktupphandlingsgränsen ändrats – ersätts av ny kontroll 2026.", "UTGAR", ""),
        ("Läromedel", "Avtalstrohet vid inköp av läromedel",
         "Analys av leverantörsreskontra", "Förvaltningsekonom", None, None, "SAKNAS", ""),
        ("Lokaler", "Systematiskt brandskyddsarbete dokumenteras på varje enhet",
         "Kontroll av SBA-pärm på 6 enheter", "Rektorer/förskolechefer", 3, None, "EJ_GENOMFORD", ""),
    ]
    r = 6
    for row in data:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = GROUP_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        proc, km, metod, ansv, status, kom, st, exa = row
        for i, v in enumerate([proc, km, metod, ansv, status, kom], 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v)
        box_row(ws, r, 6)
        ws.cell(row=r, column=5).number_format = FMT
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r + 1, column=1, value="Statuskod: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Beslutad av nämnden 2025-09-24 § 71")
    set_widths(ws, {"A": 22, "B": 50, "C": 34, "D": 24, "E": 15, "F": 50})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden T2 - summary sheet pulls status from another sheet; broken formulas
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IKP_T2_2025.xlsx"
    nm = "Socialnämnden"
    wb = new_wb(dt.datetime(2025, 9, 30, 16, 12), "Lina Ek")
    ws = wb.active
    ws.title = "Sammanställning"
    up = wb.create_sheet("Uppföljning T2")
    ws["A1"] = "Internkontrollplan 2025 – sammanställning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialnämnden / Socialförvaltningen"
    ws["A3"] = "Status och kommentar hämtas från fliken ”Uppföljning T2” där enheterna rapporterar. Ändra inte i gula kolumner."
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Risk", "Ansvarig", "Status T2", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, len(hdr))
    yellow = PatternFill("solid", fgColor="FFF2CC")

    up["A1"] = "Uppföljning T2 2025 – rapporteras av enheterna"
    up["A1"].font = Font(bold=True, size=12)
    uhdr = ["Nr", "Enhet", "Granskade", "Planerat antal", "Status", "Kommentar"]
    for i, h in enumerate(uhdr, 1):
        up.cell(row=3, column=i, value=h)
    style_header(up, 3, len(uhdr))

    # (nr, process, km, risk, ansv, kind, up_row_data, expected status, avv, cached status, cached comment)
    # kind: "ref" = ='Uppföljning T2'!E{r}, "refx" = #REF!, "na" = VLOOKUP -> #N/A, "val" = #VALUE!
    controls = [
        ("SN-01", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd föregås av beslut i Viva",
         "Felaktiga utbetalningar", "Enhetschef försörjningsstöd", "ref",
         ("Försörjningsstöd", 25, 25, "Genomförd", "25 utbetalningar kontrollerade mot beslut, inga fel."),
         "GENOMFORD", "nej"),
        ("SN-02", "Ekonomiskt bistånd", "Kontroll mot Arbetsförmedlingen och Försäkringskassan via SSBTEK görs vid nyansökan",
         "Felaktiga utbetalningar", "Enhetschef försörjningsstöd", "ref",
         ("Försörjningsstöd", 20, 20, "Genomförd med avvikelse", "3 av 20 nyansökningar saknade SSBTEK-kontroll. Rutinen har gåtts igenom på APT."),
         "GENOMFORD", "ja"),
        ("SN-03", "Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Barn far illa", "Enhetschef barn och unga", "ref",
         ("Barn och unga", 30, 30, "Genomförd", "28 av 30 inom 14 dagar, två ärenden 16 resp. 18 dagar."),
         "GENOMFORD", "ja"),
        ("SN-04", "Barn och unga", "Utredningstid fyra månader hålls eller förlängningsbeslut finns",
         "Barn far illa", "Enhetschef barn och unga", "val",
         ("Barn och unga", "ca hälften", 40, "", "Granskning av ungefär hälften av utredningarna klar, resterande granskas i september."),
         "DELVIS", ""),
        ("SN-05", "Missbruk och beroende", "Vårdplan upprättas inom en månad efter placering",
         "Bristande kvalitet", "Enhetschef vuxen", "refx", None, "OKLAR", ""),
        ("SN-06", "Missbruk och beroende", "Avgifter för placeringar enligt SoL debiteras",
         "Intäktsbortfall", "Ekonom", "ref",
         ("Vuxen", 0, 10, "Ej genomförd", "Ej påbörjad, ekonomen föräldraledig. Genomförs under T3."),
         "EJ_GENOMFORD", ""),
        ("SN-07", "Familjerätt", "Yttranden till tingsrätten lämnas inom utsatt tid",
         "Rättsosäkerhet", "Familjerättssekreterare", "ref",
         ("Familjerätt", None, 12, None, None),
         "SAKNAS", ""),
        ("SN-08", "Personal", "Utdrag ur belastningsregistret vid anställning inom barn och unga",
         "Olämplig personal", "HR-partner", "ref",
         ("HR", 9, 9, "Utgår", "Utgår – kontrollen görs centralt av HR-avdelningen från 2025."),
         "UTGAR", ""),
        ("SN-09", "Dokumentation", "Sekretessmarkering i Viva vid skyddade personuppgifter",
         "Röjande av uppgifter", "Systemförvaltare", "ref",
         ("Systemförvaltning", 10, 15, "Delvis genomförd", "10 av 15 ärenden kontrollerade, inga brister hittills."),
         "DELVIS", "nej"),
        ("SN-10", "Dokumentation", "Loggkontroll av åtkomst i verksamhetssystemet",
         "Obehörig åtkomst", "Systemförvaltare", "na", None, "OKLAR", ""),
    ]
    r = 6
    ur = 4
    cached1 = {}
    for nr, proc, km, risk, ansv, kind, urow, st, exa in controls:
        for i, v in enumerate([nr, proc, km, risk, ansv], 1):
            ws.cell(row=r, column=i, value=v)
        if urow is not None:
            enhet, gransk, plan, ustat, ukom = urow
            for i, v in enumerate([nr, enhet, gransk, plan, ustat, ukom], 1):
                if v not in (None, ""):
                    up.cell(row=ur, column=i, value=v)
            box_row(up, ur, 6)
        if kind == "ref":
            ws.cell(row=r, column=6, value="='Uppföljning T2'!E%d" % ur)
            ws.cell(row=r, column=7, value="='Uppföljning T2'!F%d" % ur)
            cached1["F%d" % r] = ("str", urow[3]) if urow[3] else ("n", 0)
            cached1["G%d" % r] = ("str", urow[4]) if urow[4] else ("n", 0)
        elif kind == "val":
            # status derived from share of reviewed cases; text in Granskade -> #VALUE!
            ws.cell(row=r, column=6, value='=IF(\'Uppföljning T2\'!C%d/\'Uppföljning T2\'!D%d>=1,"Genomförd","Delvis genomförd")' % (ur, ur))
            ws.cell(row=r, column=7, value="='Uppföljning T2'!F%d" % ur)
            cached1["F%d" % r] = ("e", "#VALUE!")
            cached1["G%d" % r] = ("str", urow[4])
        elif kind == "refx":
            ws.cell(row=r, column=6, value="=#REF!")
            ws.cell(row=r, column=7, value="=#REF!")
            cached1["F%d" % r] = ("e", "#REF!")
            cached1["G%d" % r] = ("e", "#REF!")
        elif kind == "na":
            ws.cell(row=r, column=6, value="=VLOOKUP(A%d,'Uppföljning T2'!$A$4:$F$20,5,FALSE)" % r)
            ws.cell(row=r, column=7, value="=VLOOKUP(A%d,'Uppföljning T2'!$A$4:$F$20,6,FALSE)" % r)
            cached1["F%d" % r] = ("e", "#N/A")
            cached1["G%d" % r] = ("e", "#N/A")
        if urow is not None:
            ur += 1
        box_row(ws, r, 7)
        ws.cell(row=r, column=6).fill = yellow
        ws.cell(row=r, column=7).fill = yellow
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r + 1, column=1, value="Redovisas för socialnämnden 2025-10-16")
    set_widths(ws, {"A": 8, "B": 22, "C": 52, "D": 22, "E": 26, "F": 20, "G": 60})
    set_widths(up, {"A": 8, "B": 18, "C": 12, "D": 14, "E": 22, "F": 70})
    ws.oddHeader.center.text = "Socialnämnden – internkontroll 2025"
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_cached(path, {1: cached1})
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden helår (.xls) - the "Klart" column holds the date it was done
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska_namnden_IK_helar_2025.xls"
    nm = "Tekniska nämnden"
    wb = new_wb(dt.datetime(2026, 1, 22, 10, 31), "Per Sandberg")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – årsuppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Ange datum då kontrollen slutfördes i kolumnen Klart. Lämna tom om kontrollen inte är klar."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Metod / frekvens", "Ansvarig", "Planerat klart", "Klart", "Resultat / kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, len(hdr))
    D = dt.datetime
    data = [
        ("group", "Ekonomi"),
        ("1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor/halvår",
         "Controller", D(2025, 6, 30), D(2025, 6, 18), "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att VA-taxan debiteras enligt beslutad taxa", "Stickprov 25 abonnenter",
         "VA-ekonom", D(2025, 9, 30), "2025-09-15", "Samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("3", "Kontroll av att momsavdrag görs korrekt på investeringsprojekt", "Genomgång av 5 projekt",
         "Controller", D(2025, 11, 30), D(2025, 11, 28),
         "Två projekt hade felaktigt momsavdrag, rättat i november.", "GENOMFORD", "ja"),
        ("group", "Upphandling"),
        ("4", "Avtalstrohet vid inköp av entreprenadtjänster", "Analys av leverantörsreskontra",
         "Upphandlare", D(2025, 10, 31), "pågår", "Analysen pågår, ca 60 % av inköpen genomgångna.", "DELVIS", ""),
        ("5", "Uppföljning av ramavtal för snöröjning – fakturerade timmar mot körjournal",
         "Stickprov 10 fakturor", "Driftchef gata", D(2025, 4, 30), None,
         "Ej genomförd p.g.a. vakans, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("group", "Fastighet och gata"),
        ("6", "Lagstadgade besiktningar av lekplatser genomförs", "Kontroll av besiktningsprotokoll",
         "Parkchef", D(2025, 8, 31), "2025-08-29", None, "GENOMFORD", ""),
        ("7", "Nyckel- och passerkortshantering i kommunens fastigheter", "Inventering av utlämnade kort",
         "Fastighetschef", D(2025, 12, 15), None, None, "SAKNAS", ""),
        ("8", "Kontroll av att farligt avfall hanteras enligt tillstånd på återvinningscentralen",
         "Egenkontroll ÅVC", "Avfallschef", D(2025, 10, 31), "Utgår",
         "Ansvaret överfört till Granvik Vatten & Avfall AB från 1 juli.", "UTGAR", ""),
        ("9", "Arbetsmiljö – skyddsronder på förråd och verkstäder", "Protokoll skyddsrond",
         "Enhetschefer", D(2025, 11, 30), D(2025, 11, 1), "Genomfört på samtliga fyra arbetsplatser.", "GENOMFORD", "nej"),
        ("10", "Uppföljning av felanmälningar – åtgärdade inom avtalad tid", "Rapport ur felanmälningssystemet",
         "Förvaltare", D(2026, 3, 31), None,
         "Påbörjad, rapportuttaget klart men analys återstår. Beräknas klar mars 2026.", "DELVIS", ""),
    ]
    r = 6
    for row in data:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = GROUP_FILL
            r += 1
            continue
        nr, km, metod, ansv, plan, klart, kom, st, exa = row
        for i, v in enumerate([nr, km, metod, ansv, plan, klart, kom], 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v)
        ws.cell(row=r, column=5).number_format = "yyyy-mm-dd"
        if isinstance(klart, dt.datetime):
            ws.cell(row=r, column=6).number_format = "yyyy-mm-dd"
        box_row(ws, r, 7)
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r + 1, column=1, value="Granvik 2026-01-22, Per Sandberg, förvaltningschef")
    set_widths(ws, {"A": 5, "B": 55, "C": 30, "D": 18, "E": 14, "F": 14, "G": 55})
    src = os.path.join(TMP, "Tekniska_namnden_IK_helar_2025.xlsx")
    wb.save(src)
    lo_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden T2 (.ods) - percentages, T1 and T2 side by side
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_internkontroll_T2_2025.ods"
    nm = "Kultur- och fritidsnämnden"
    wb = new_wb(dt.datetime(2025, 9, 26, 11, 2), "Sara Nyström")
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Kultur- och fritidsförvaltningen – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2. Ange hur stor andel av kontrollen som är genomförd (0–100 %)."
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Andel genomfört T1", "Andel genomfört T2", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(hdr))
    data = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag har underlag enligt bidragsreglerna",
         "Föreningskonsulent", 0.5, 1, "Stickprov 15 föreningar, samtliga med korrekt underlag.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Närvarokort för lokalt aktivitetsstöd stäms av mot medlemsregister",
         "Föreningskonsulent", 0, 0.5, "Hälften av föreningarna kontrollerade.", "DELVIS", ""),
        ("Kassahantering", "Inventering av kassaskåp och växelkassor på samtliga anläggningar",
         "Ekonom", 1, None, "Genomförd i mars, inga differenser.", "GENOMFORD", "nej"),
        ("Kassahantering", "Entréintäkter på museet redovisas och sätts in på bank veckovis",
         "Museichef", None, 0, "Ej påbörjad, planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Bokade lokaler faktureras enligt taxa i bokningssystemet",
         "Bokningsansvarig", 0.25, "75 %", "Jan–jun kontrollerat, juli–aug återstår.", "DELVIS", ""),
        ("Bidrag", "Arrangemangsbidrag till studieförbund följs upp mot redovisning",
         "Kulturstrateg", None, 0, "Utgår – bidragsformen avskaffad från 2025 (KFN 2024-11-20 § 95).", "UTGAR", ""),
        ("Inventarier", "Inventering av konst i kommunens konstsamling",
         "Konstintendent", 0.4, 1, "Inventering klar. 3 verk kunde inte lokaliseras, polisanmälan gjord.", "GENOMFORD", "ja"),
        ("Personal", "Timanställdas tidrapporter attesteras av ansvarig chef",
         "Enhetschefer", 0.25, 0.25, None, "DELVIS", ""),
        ("Informationssäkerhet", "Behörigheter i bokningssystemet gås igenom",
         "Systemansvarig", None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for omr, km, ansv, t1, t2, kom, st, exa in data:
        for i, v in enumerate([omr, km, ansv, t1, t2, kom], 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v)
        ws.cell(row=r, column=4).number_format = "0%"
        ws.cell(row=r, column=5).number_format = "0%"
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="right", vertical="top")
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="right", vertical="top")
        box_row(ws, r, 6)
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r, column=2, value="Genomsnitt")
    ws.cell(row=r, column=2).font = BOLD
    ws.cell(row=r, column=4, value="=AVERAGE(D5:D%d)" % (r - 1))
    ws.cell(row=r, column=5, value="=AVERAGE(E5:E%d)" % (r - 1))
    ws.cell(row=r, column=4).number_format = "0%"
    ws.cell(row=r, column=5).number_format = "0%"
    ws.cell(row=r + 2, column=1, value="Uppföljningen behandlas i kultur- och fritidsnämnden 2025-10-08.")
    set_widths(ws, {"A": 20, "B": 55, "C": 20, "D": 14, "E": 14, "F": 60})
    src = os.path.join(TMP, "KFN_internkontroll_T2_2025.xlsx")
    wb.save(src)
    lo_convert(src, "ods", OUT)   # LibreOffice calculates the averages and stores them
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden delår - rich text, status is the bold lead-in
# ---------------------------------------------------------------------------
def file_von():
    fil = "IK_uppfoljning_delar_2025_VOF.xlsx"
    nm = "Vård- och omsorgsnämnden"
    wb = new_wb(dt.datetime(2025, 9, 15, 8, 47), "Eva Holm")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan, delår 2025"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Uppföljning delår 2025 (jan–aug)"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(hdr))
    rich = {}

    def rt(*parts):
        ph = "RICHTEXT_%02d" % (len(rich) + 1)
        rich[ph] = list(parts)
        return ph

    data = [
        ("Myndighetsutövning", "Biståndsbeslut inom äldreomsorgen fattas enligt delegationsordningen",
         "Enhetschef biståndsenheten",
         rt(("Genomförd.", True), (" Stickprov 20 beslut, samtliga fattade av rätt delegat.", False)),
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Uppföljning av beviljade insatser sker inom sex månader",
         "Enhetschef biståndsenheten",
         rt(("Delvis genomförd", True), (" – hemtjänstärendena är klara, särskilt boende återstår.", False)),
         "DELVIS", ""),
        ("Dokumentation", "Genomförandeplan upprättas inom 14 dagar efter verkställt beslut",
         "Enhetschefer hemtjänst",
         rt(("Granskning av 15 journaler. ", False), ("Avvikelse:", True),
            (" 4 saknade genomförandeplan. Kontrollen är genomförd och handlingsplan upprättad.", False)),
         "GENOMFORD", "ja"),
        ("Läkemedel", "Signeringslistor för läkemedel är kompletta",
         "MAS",
         rt(("Ej genomförd.", True), (" Skjuts till hösten på grund av sjukskrivning.", False)),
         "EJ_GENOMFORD", ""),
        ("Läkemedel", "Kontroll av narkotikaförteckning på särskilda boenden",
         "MAS",
         rt(("Pågår", True), (" – 3 av 7 boenden kontrollerade.", False)),
         "DELVIS", ""),
        ("Ekonomi", "Hantering av brukares privata medel enligt rutin",
         "Enhetschefer särskilt boende",
         rt(("Utgår", True), (", ersatt av kommunövergripande kontroll i KS plan.", False)),
         "UTGAR", ""),
        ("Ekonomi", "Avgiftsbeslut för hemtjänst baseras på aktuell inkomstuppgift",
         "Avgiftshandläggare",
         "Se bilaga 2",
         "OKLAR", ""),
        ("Personal", "Introduktion av nyanställda enligt checklista",
         "Enhetschefer",
         rt(("Genomförd", True), (" på samtliga enheter. ", False), ("Inga avvikelser.", False)),
         "GENOMFORD", "nej"),
        ("Kvalitet", "Avvikelser enligt Lex Sarah utreds och rapporteras till IVO",
         "Kvalitetsutvecklare",
         None,
         "SAKNAS", ""),
    ]
    r = 5
    for omr, km, ansv, upp, st, exa in data:
        ws.cell(row=r, column=1, value=omr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        if upp is not None:
            ws.cell(row=r, column=4).value = upp
        box_row(ws, r, 4)
        exp(fil, nm, km, st, exa)
        r += 1
    ws.cell(row=r + 1, column=1, value="Kontaktperson: Eva Holm, kvalitetsstrateg")
    set_widths(ws, {"A": 20, "B": 55, "C": 28, "D": 75})
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_rich(path, rich)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Granviks Energi AB helår - system export, codes as text break the VLOOKUP
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Granviks_Energi_IK_helar_2025.xlsx"
    nm = "Granviks Energi AB"
    wb = new_wb(dt.datetime(2026, 2, 3, 13, 20), "Hypergene")
    ws = wb.active
    ws.title = "Rapport"
    leg = wb.create_sheet("Förklaring")
    ws["A1"] = "Rapport: Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisation:"
    ws["B2"] = "Granviks Energi AB"
    ws["A3"] = "Period:"
    ws["B3"] = "2025 Helår"
    ws["A4"] = "Utskriven:"
    ws["B4"] = dt.datetime(2026, 2, 3)
    ws["B4"].number_format = "yyyy-mm-dd"
    hdr = ["Id", "Process", "Kontrollmoment", "Ansvarig", "Statuskod", "Status", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=6, column=i, value=h)
    style_header(ws, 6, len(hdr))
    leg["A1"] = "Statuskod"
    leg["B1"] = "Status"
    leg["A1"].font = BOLD
    leg["B1"].font = BOLD
    for i, (k, v) in enumerate([(1, "Genomförd"), (2, "Delvis genomförd"), (3, "Ej genomförd"), (4, "Utgår")], 2):
        leg.cell(row=i, column=1, value=k)
        leg.cell(row=i, column=2, value=v)
    names = {1: "Genomförd", 2: "Delvis genomförd", 3: "Ej genomförd", 4: "Utgår"}
    data = [
        ("IK-101", "Elhandel", "Fakturering av elhandelskunder sker enligt avtalat pris",
         "Chef kundservice", 1, False, "Stickprov 40 kunder, inga fel.", "GENOMFORD", "nej"),
        ("IK-102", "Elhandel", "Mätvärden från nätägare stäms av mot fakturerad förbrukning",
         "Chef kundservice", "1", True,
         "Avstämning genomförd. 12 anläggningar hade schablonvärden i mer än tre månader, rättat.", "GENOMFORD", "ja"),
        ("IK-103", "Fjärrvärme", "Avläsning av fjärrvärmemätare och kontroll av avvikande förbrukning",
         "Driftchef fjärrvärme", 2, False, "Avläsning klar, analys av avvikande förbrukning återstår.", "DELVIS", "nej"),
        ("IK-104", "Inköp", "Inköp över 100 000 kr sker enligt upphandlingspolicyn (LUF)",
         "Inköpsansvarig", "3", None, "Ej genomförd, prioriterades bort under året.", "EJ_GENOMFORD", ""),
        ("IK-105", "Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktion",
         "Ekonomichef", 1, False, None, "GENOMFORD", "nej"),
        ("IK-106", "Ekonomi", "Kontroll av att leverantörers bankgironummer inte ändrats utan verifiering",
         "Ekonomichef", 4, None, "Ingår i koncernens gemensamma kontroll från 2025.", "UTGAR", ""),
        ("IK-107", "IT/OT-säkerhet", "Behörigheter i styrsystemet (SCADA) gås igenom",
         "IT-ansvarig", "", None, None, "SAKNAS", ""),
        ("IK-108", "IT/OT-säkerhet", "Test av återläsning av säkerhetskopior",
         "IT-ansvarig", "2", False, "Test genomfört för affärssystemet, styrsystemet testas Q1 2026.", "DELVIS", "nej"),
        ("IK-109", "Arbetsmiljö", "Elsäkerhetsinstruktion (ESA) – utbildning av montörer är aktuell",
         "Elsäkerhetsansvarig", 1, True, "2 montörer saknade förnyad ESA-utbildning, genomförd i december.", "GENOMFORD", "ja"),
    ]
    r = 7
    cached = {}
    for idn, proc, km, ansv, kod, avv, kom, st, exa in data:
        for i, v in enumerate([idn, proc, km, ansv], 1):
            ws.cell(row=r, column=i, value=v)
        if kod != "":
            ws.cell(row=r, column=5, value=kod)
        else:
            ws.cell(row=r, column=5, value=None)
        ws.cell(row=r, column=6, value='=IF(E%d="","",VLOOKUP(E%d,Förklaring!$A$2:$B$5,2,FALSE))' % (r, r))
        if kod == "":
            cached["F%d" % r] = ("str", "")
        elif isinstance(kod, int):
            cached["F%d" % r] = ("str", names[kod])
        else:
            cached["F%d" % r] = ("e", "#N/A")
        if avv is not None:
            ws.cell(row=r, column=7, value=avv)
        if kom is not None:
            ws.cell(row=r, column=8, value=kom)
        box_row(ws, r, 8)
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, st, exa)
        r += 1
    set_widths(ws, {"A": 9, "B": 16, "C": 58, "D": 22, "E": 10, "F": 18, "G": 11, "H": 60})
    set_widths(leg, {"A": 10, "B": 20})
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_cached(path, {1: cached})
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: a budget follow-up with percentages, no internal control in it
# ---------------------------------------------------------------------------
def file_budget():
    fil = "KFN_budgetuppfoljning_T2_2025.xlsx"
    wb = new_wb(dt.datetime(2025, 9, 20, 15, 55), "Johan Falk")
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden – budgetuppföljning T2 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Förbrukat %", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=3, column=i, value=h)
    style_header(ws, 3, len(hdr))
    rows = [
        ("Nämnd och förvaltningsledning", 4200, 2650, "Prognos enligt budget."),
        ("Bibliotek", 18600, 12110, "Vakanser ger överskott."),
        ("Fritidsgårdar", 9800, 6940, "Ökade kostnader för sommarverksamhet."),
        ("Simhall och idrottsanläggningar", 26400, 18920, "Energikostnader högre än budgeterat."),
        ("Föreningsbidrag", 7300, 6120, "Merparten av bidragen utbetalda under våren."),
        ("Kulturskola", 11500, 7020, ""),
    ]
    prognos = [4200, 17900, 10300, 28100, 7300, 11400]
    cached = {}
    r = 4
    for (v, bud, utf, kom), pr in zip(rows, prognos):
        ws.cell(row=r, column=1, value=v)
        ws.cell(row=r, column=2, value=bud)
        ws.cell(row=r, column=3, value=utf)
        ws.cell(row=r, column=4, value="=C%d/B%d" % (r, r)).number_format = "0%"
        cached["D%d" % r] = ("n", round(utf / bud, 6))
        ws.cell(row=r, column=5, value=pr)
        ws.cell(row=r, column=6, value="=B%d-E%d" % (r, r))
        cached["F%d" % r] = ("n", bud - pr)
        if kom:
            ws.cell(row=r, column=7, value=kom)
        box_row(ws, r, 7)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    for col, letter in ((2, "B"), (3, "C"), (5, "E"), (6, "F")):
        ws.cell(row=r, column=col, value="=SUM(%s4:%s%d)" % (letter, letter, r - 1))
    tb = sum(x[1] for x in rows)
    tu = sum(x[2] for x in rows)
    tp = sum(prognos)
    cached.update({"B%d" % r: ("n", tb), "C%d" % r: ("n", tu), "E%d" % r: ("n", tp), "F%d" % r: ("n", tb - tp)})
    ws.cell(row=r, column=4, value="=C%d/B%d" % (r, r)).number_format = "0%"
    cached["D%d" % r] = ("n", round(tu / tb, 6))
    ws.cell(row=r + 2, column=1, value="Riktvärde förbrukning efter augusti: 67 %")
    set_widths(ws, {"A": 32, "B": 12, "C": 14, "D": 12, "E": 14, "F": 18, "G": 45})
    path = os.path.join(OUT, fil)
    wb.save(path)
    patch_cached(path, {1: cached})
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Granviks Energi AB", "Granvik Energi|GEAB"),
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
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    file_ks()
    file_bun()
    file_sn()
    file_tn()
    file_kfn()
    file_von()
    file_energi()
    file_budget()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
