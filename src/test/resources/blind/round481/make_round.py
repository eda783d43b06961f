#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r481 - Laxå kommun, delår 2025.
Spreadsheets with units and colours: 7 follow-up files + 1 file to reject.
Run: /usr/bin/python3 make_round.py   (builds every file and the three CSVs in this folder)
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r481build"
LO_PROFILE = "file:///tmp/lo-round481"
FIXED = datetime.datetime(2025, 9, 8, 10, 0, 0)

GREEN = "FF92D050"
YELLOW = "FFFFFF00"
ORANGE = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
LIGHTBLUE = "FFDDEBF7"

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def fill(color):
    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def new_wb(author="Laxå kommun"):
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save_wb(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        cell.alignment = WRAP


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ods_freeze_rows(path, table, nrows):
    """Rewrite settings.xml of an .ods so that the first nrows rows of `table` are frozen."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]

    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, val)
    tbl = "".join([item("CursorPositionX", "int", 0), item("CursorPositionY", "int", nrows),
                   item("HorizontalSplitMode", "short", 0), item("VerticalSplitMode", "short", 2),
                   item("HorizontalSplitPosition", "int", 0), item("VerticalSplitPosition", "int", nrows),
                   item("ActiveSplitRange", "short", 2), item("PositionLeft", "int", 0),
                   item("PositionRight", "int", 0), item("PositionTop", "int", 0),
                   item("PositionBottom", "int", nrows)])
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             + item("ViewId", "string", "view1")
             + '<config:config-item-map-named config:name="Tables">'
             + '<config:config-item-map-entry config:name="%s">%s</config:config-item-map-entry>' % (table, tbl)
             + '</config:config-item-map-named>' + item("ActiveTable", "string", table)
             + '</config:config-item-map-entry></config:config-item-map-indexed>')
    out = []
    for info, data in items:
        if info.filename == "settings.xml":
            txt = data.decode("utf-8")
            txt, n = re.subn(r'(<config:config-item-set config:name="ooo:view-settings">.*?)(</config:config-item-set>)',
                             lambda m: m.group(1) + views + m.group(2), txt, count=1, flags=re.S)
            assert n == 1
            data = txt.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w") as z:
        for info, data in out:
            ct = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 8, 10, 0, 0))
            zi.compress_type = ct
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------------
# F1  Bildningsnämnden - per-unit check (Förskola / Grundskola / Gymnasium) + Sammantaget
# --------------------------------------------------------------------------------------------
def f1_bildning():
    fname = "Laxå BIN uppföljning internkontroll delår 2025.xlsx"
    nämnd = "Bildningsnämnden"
    wb = new_wb("Bildningsförvaltningen")
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Varje verksamhet (förskola, grundskola, gymnasium) fyller i om kontrollen är genomförd för sin del.",
        "Ange Ja, Nej eller Delvis. Ange Ej aktuell om kontrollmomentet inte berör verksamheten.",
        "Ja = kontrollen genomförd utan anmärkning",
        "Delvis = kontrollen delvis genomförd, eller genomförd med anmärkning",
        "Nej = kontrollen inte genomförd",
        "Kolumnen Sammantaget fylls i av förvaltningens controller.",
        "Lämnas till ekonomienheten senast 2025-09-05.",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Uppföljning delår")
    ws["A1"] = "Bildningsnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Delårsuppföljning januari–augusti 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:L2")
    ws["A3"] = "Ja = genomförd utan anmärkning   Delvis = delvis genomförd / anmärkning   Nej = ej genomförd   Ej aktuell = berör inte verksamheten"
    ws["A3"].font = Font(size=9, italic=True)
    ws.merge_cells("A3:L3")

    # two-level header rows 5-6
    top = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Genomförd per verksamhet", None, None, "Sammantaget", "Kommentar / iakttagelser",
           "Avvikelse noterad", "Åtgärd"]
    for c, v in enumerate(top, start=1):
        if v is not None:
            ws.cell(row=5, column=c, value=v)
    for c, v in [(6, "Förskola"), (7, "Grundskola"), (8, "Gymnasium")]:
        ws.cell(row=6, column=c, value=v)
    for c in range(1, 13):
        if c < 6 or c > 8:
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("F5:H5")
    for r in (5, 6):
        for c in range(1, 13):
            cell = ws.cell(row=r, column=c)
            cell.font = BOLD
            cell.fill = fill(LIGHTBLUE)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    rows = [
        # nr, process, kontrollmoment, metod, ansvarig, fsk, gr, gy, samm, kommentar, avv, åtgärd, status, avvikelse
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per verksamhet", "Controller",
         "Ja", "Ja", "Ja", "Ja", "Stickprov 20 fakturor per verksamhet, samtliga korrekt attesterade.",
         "Nej", "", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa",
         "Stickprov 15 placeringar mot inkomstuppgift och taxa", "Avgiftshandläggare",
         "Ja", "Ja", "Ej aktuell", "Ja",
         "Gäller förskola och fritidshem. 15 stickprov, inga felaktiga debiteringar.",
         "Nej", "", "GENOMFORD", "nej"),
        (3, "Personal", "Registerkontroll av belastningsregister vid nyanställning",
         "Genomgång av samtliga nyanställningar jan–jun", "Rektor/förskolechef",
         "Ja", "Nej", "Ja", "Delvis",
         "Grundskolan: 2 av 9 nyanställda saknade registerutdrag vid anställningstillfället. "
         "Utdrag inhämtat i juni.",
         "Ja", "Påminnelse om rutinen till samtliga rektorer.", "DELVIS", "ja"),
        (4, "Elevhälsa och närvaro",
         "Uppföljning av elevers frånvaro och rutin för kontakt med vårdnadshavare vid upprepad frånvaro",
         "Granskning av 12 elevärenden per skolform", "Rektor",
         "Ej aktuell", "Delvis", "Ja", None,
         "Rutinen följs på gymnasiet. På grundskolan saknas dokumenterad kontakt med vårdnadshavare "
         "i 3 av 12 granskade ärenden.",
         "Ja", "Rutinen gås igenom på APT i september.", "DELVIS", "ja"),
        (5, "Elevhälsa och närvaro",
         "Anmälan av kränkande behandling till huvudman inom föreskriven tid",
         "Avstämning anmälningar i DF Respons", "Rektor",
         "Ja", "Ja", "Ja", "Ja", "Samtliga anmälningar inkomna till huvudman inom 5 arbetsdagar.",
         "Nej", "", "GENOMFORD", "nej"),
        (6, "Myndighetsutövning",
         "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Skolskjutshandläggare",
         "Ej aktuell", "Nej", "Ej aktuell", "Nej",
         "Kontrollen flyttad till hösten på grund av byte av handläggare.",
         "", "Genomförs under oktober.", "EJ_GENOMFORD", ""),
        (7, "Informationssäkerhet",
         "Behörighetskontroll i elevdokumentationssystemet (IST/Unikum)",
         "Behörighetslista mot personalförteckning", "Systemförvaltare",
         "Ja", "Ja", "Ja", None,
         "Behörigheterna genomgångna. 4 konton för personal som slutat var fortfarande aktiva och har spärrats.",
         "Ja", "Avslut av konton läggs in i checklista vid avslutad anställning.", "GENOMFORD", "ja"),
        (8, "Tillgångar",
         "Inventering av digitala enheter (Chromebooks/iPads) mot inventarieförteckning",
         "Inventering per enhet", "IT-samordnare",
         None, None, None, None, None, None, None, "SAKNAS", ""),
        (9, "Säkerhet", "Systematiskt brandskyddsarbete – dokumenterade egenkontroller",
         "Kontroll av egenkontrollprotokoll", "Rektor/förskolechef",
         "Ja", "Ja", "Ja", "Ja", None, "Nej", None, "GENOMFORD", "nej"),
        (10, "Undervisning",
         "Kontroll av att modersmålsundervisning erbjuds enligt skollagen",
         "Avstämning ansökningar mot erbjudanden", "Rektor",
         "Ej aktuell", "Ja", "Ej aktuell", "Ja",
         "Samtliga 23 ansökningar har fått erbjudande.", "Nej", "", "GENOMFORD", "nej"),
    ]
    unitfill = {"Ja": GREEN, "Nej": RED, "Delvis": YELLOW, "Ej aktuell": GREY}
    r = 7
    for row in rows:
        vals = row[:12]
        for c, v in enumerate(vals, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        box(ws, r, 1, 12)
        for c in (6, 7, 8, 9):
            v = vals[c - 1]
            if v in unitfill:
                ws.cell(row=r, column=c).fill = fill(unitfill[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fname, nämnd, row[2], row[12], row[13]))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Uppföljningen behandlad i bildningsnämnden 2025-09-17, § 58")
    ws.cell(row=r + 1, column=2, value="Förvaltningschef: Maria Lindqvist")
    widths(ws, [5, 16, 42, 28, 18, 11, 11, 11, 13, 50, 11, 30])
    ws.freeze_panes = "D7"
    wb.active = 1
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F2  Kommunstyrelsen - status shown by FONT colour of the word "Status"; nämnd in print header
# --------------------------------------------------------------------------------------------
def f2_ks():
    fname = "KS internkontroll uppföljning 2025-08.xlsx"
    nämnd = "Kommunstyrelsen"
    wb = new_wb("Kommunledningsförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Kommunstyrelsen, Laxå kommun"
    ws.oddHeader.right.text = "Uppföljning internkontrollplan 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Kommunledningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: delår (t.o.m. 31 augusti 2025)"
    ws["F1"] = "Färgförklaring status"
    ws["F1"].font = BOLD
    legend = [("Status", "FF00B050", "Genomförd"),
              ("Status", "FFFF9900", "Påbörjad / delvis genomförd"),
              ("Status", "FFFF0000", "Ej genomförd / ej påbörjad")]
    for i, (w, col, txt) in enumerate(legend, start=2):
        ws.cell(row=i, column=6, value=w).font = Font(bold=True, color=col)
        ws.cell(row=i, column=7, value=txt)
    ws["A5"] = "Färga ordet Status i kolumn F enligt färgförklaringen."
    ws["A5"].font = Font(italic=True, size=9)

    hdr = ["Område", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Resultat / kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=7, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F4E78")
        cell.border = BORDER
    G, O, R, K = "FF00B050", "FFFF9900", "FFFF0000", "FF000000"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "2 ggr/år",
         "Ekonomichef", G, "Stickprov 25 fakturor i mars och juni, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av representationsfakturor – syfte och deltagare angivna", "Stickprov",
         "1 gång/år", "Redovisningsekonom", G,
         "30 fakturor granskade. 4 saknade deltagarförteckning, kompletterat i efterhand.", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet vid inköp – stickprov mot avtalsdatabasen", "Stickprov", "2 ggr/år",
         "Upphandlare", O,
         "Första stickprovet (jan–apr) klart: 3 av 40 köp gjorda utanför avtal.\n"
         "Andra stickprovet görs i oktober.", "DELVIS", "ja"),
        ("Personal", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet",
         "Registeravstämning", "Månadsvis", "HR-chef", G, "Inga felaktigheter.", "GENOMFORD", "nej"),
        ("Styrning", "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen",
         "Avstämning mot protokoll", "1 gång/år", "Kommunsekreterare", R,
         "Ej genomförd under perioden, planeras till november.", "EJ_GENOMFORD", ""),
        ("IT", "Informationssäkerhet – behörighetsgenomgång i ekonomisystemet Raindance",
         "Behörighetslista", "1 gång/år", "Systemförvaltare ekonomi", O, "Genomgång påbörjad i augusti.",
         "DELVIS", ""),
        ("Styrning", "Diarieföring av allmänna handlingar inom föreskriven tid", "Stickprov", "1 gång/år",
         "Registrator", K,
         "Kontroll genomförd i maj, 50 handlingar – samtliga diarieförda inom två arbetsdagar.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av kommunens bankgirobehörigheter", "Avstämning mot banken", "1 gång/år",
         "Ekonomichef", K, None, "SAKNAS", ""),
        ("Ekonomi", "Hantering av förtroendekänsliga poster – resor och konferenser", "Stickprov",
         "1 gång/år", "Controller", R, "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Krisberedskap – uppdatering av kontaktlistor i krisledningsplanen", "Kontroll",
         "1 gång/år", "Säkerhetssamordnare", G, "Kontaktlistorna uppdaterade 2025-03-12.", "GENOMFORD", "nej"),
    ]
    r = 8
    for område, km, metod, frekv, ansv, col, komm, st, avv in rows:
        vals = [område, km, metod, frekv, ansv, "Status", komm]
        for c, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        box(ws, r, 1, 7)
        ws.cell(row=r, column=6).font = Font(bold=True, color=col)
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fname, nämnd, km, st, avv))
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporten redovisas för kommunstyrelsen 2025-09-23.")
    widths(ws, [12, 48, 20, 12, 22, 10, 55])
    ws.print_title_rows = "7:7"
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F3  Samhällsbyggnadsnämnden - codes 1/2/3, colours by conditional formatting, T1 + delår side by side
# --------------------------------------------------------------------------------------------
def f3_sbn():
    fname = "SBN IKP 2025 uppföljning delår.xlsx"
    nämnd = "Samhällsbyggnadsnämnden"
    wb = new_wb("Samhällsbyggnadsförvaltningen")
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning (T1 och delår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statuskod:"
    ws["B3"] = "1 = Genomförd"
    ws["C3"] = "2 = Delvis genomförd / pågår"
    ws["E3"] = "3 = Ej genomförd"
    ws["B3"].fill = fill(GREEN)
    ws["C3"].fill = fill(YELLOW)
    ws["E3"].fill = fill(RED)
    hdr = ["Nr", "Process", "Risk", "Riskvärde\n(S x K)", "Kontrollmoment", "Ansvarig",
           "Plan: när", "Status T1", "Status delår", "Kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill(GREY)
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("Fakturahantering", "Betalning för arbeten som inte beställts", "3 x 3",
         "Kontroll att leverantörsfakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Projektledare", "Mars, juni", 2, 1, "Samtliga 12 fakturor avstämda mot avtal och ÄTA-beslut.",
         "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Eftersatt underhåll, missnöjda verksamheter", "3 x 2",
         "Felanmälningar i fastighetssystemet åtgärdas inom fastställd tid", "Fastighetschef",
         "Löpande", None, 2, "78 % av felanmälningarna åtgärdade inom fastställd tid (mål 90 %).",
         "DELVIS", "ja"),
        ("Kost", "Matförgiftning, bristande livsmedelssäkerhet", "4 x 2",
         "Egenkontroll av livsmedelshantering i kostenhetens kök", "Kostchef", "April, augusti", 1, 1,
         "Egenkontroller dokumenterade i samtliga 5 kök.", "GENOMFORD", "nej"),
        ("Fordon", "Privat användning av kommunens fordon", "2 x 3",
         "Kontroll av körjournaler för kommunens fordon", "Teknisk chef", "April", 3, None, None,
         "EJ_GENOMFORD", ""),
        ("VA", "Bristande underlag för förnyelseplanering", "3 x 3",
         "Dokumentation av VA-ledningsnätets driftstörningar", "VA-chef", "Augusti", None, 3,
         "Skjuts till 2026 i avvaktan på ny GIS-modul.", "EJ_GENOMFORD", ""),
        ("Lokaler", "Intäktsbortfall", "2 x 2",
         "Uthyrning av lokaler – hyresavtal finns och debiteras enligt avtal", "Lokalsamordnare",
         "April", 2, 1, "Två avtal saknade indexuppräkning 2025, rättat i maj.", "GENOMFORD", "ja"),
        ("Gata/park", "Bristande framkomlighet vintertid", "3 x 2",
         "Vinterväghållning – kontroll av entreprenörens utryckningstider", "Gatuchef", "Jan–mars", 1,
         None, "Redovisad i T1, ingen ytterligare kontroll under sommarhalvåret.", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Arbetsskador", "3 x 3",
         "Arbetsmiljö – skyddsronder genomförda på samtliga arbetsplatser", "Enhetschefer", "Vår",
         2, 2, "6 av 9 arbetsplatser klara.", "DELVIS", ""),
        ("Avfall", "Felaktig debitering", "2 x 2",
         "Avfallstaxa – kontroll av abonnemangsregister mot fastighetsregistret", "Avfallsingenjör",
         "Maj", None, None,
         "Utgår enligt beslut i SBN 2025-03-18 § 24, ersätts av kontroll i avfallsplanen.", "UTGAR", ""),
        ("Inköp", "Otillåten direktupphandling", "3 x 2",
         "Inköp – direktupphandlingar över 100 tkr dokumenteras", "Förvaltningschef", "Juni", 1, 1,
         None, "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (proc, risk, rv, km, ansv, plan, t1, dl, komm, st, avv) in enumerate(rows, start=1):
        vals = [i, proc, risk, rv, km, ansv, plan, t1, dl, komm]
        for c, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        box(ws, r, 1, 10)
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fname, nämnd, km, st, avv))
        r += 1
    last = r - 1
    rng = "H6:I%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill(GREEN)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill(YELLOW)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill(RED)))
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(rng)
    ws.cell(row=last + 2, column=2, value="Beslutad av SBN 2025-01-21 § 5. Uppföljning delår behandlad 2025-09-16.")
    widths(ws, [5, 18, 30, 10, 48, 18, 14, 10, 10, 50])
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F4  Socialnämnden - controls grouped under "Enhet: ..." headings
# --------------------------------------------------------------------------------------------
def f4_sn():
    fname = "Socialnämnden delårsuppföljning IK 2025.xlsx"
    nämnd = "Socialnämnden"
    wb = new_wb("Socialförvaltningen")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Socialförvaltningen, Laxå kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan – delårsrapport 2025 (januari–augusti)"
    ws["A2"].font = BOLD
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Genomförd\n(Ja/Nej/Delvis)", "Resultat", "Åtgärd",
           "Klart datum"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill(LIGHTBLUE)
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sfill = {"Ja": GREEN, "Nej": RED, "Delvis": YELLOW, "Utgår": GREY}
    groups = [
        ("Enhet: Hemtjänst Norr", [
            ("Kvittens av brukarnycklar – nyckelförteckning stäms av mot kvittenser", "Enhetschef",
             "Ja", "Samtliga 64 nycklar kvitterade.", "", "2025-04-30", "GENOMFORD", "nej"),
            ("Stickprov av registrerad tid i TES mot beviljade insatser", "Enhetschef", "Delvis",
             "Maj och juni granskade, augusti återstår.\nAvvikelse över 10 % hos 3 brukare.",
             "Biståndshandläggare informerad, omprövning av insatser.", "", "DELVIS", "ja"),
        ]),
        ("Enhet: Hemtjänst Söder", [
            ("Hantering av brukares kontanter och kvitton", "Enhetschef", "Nej",
             "Ej genomförd på grund av hög personalomsättning.", "Genomförs i september.", "",
             "EJ_GENOMFORD", ""),
            ("Avvikelser enligt SoL/HSL rapporteras i avvikelsesystemet inom 24 timmar", "Enhetschef",
             "Ja", "12 avvikelser under perioden, samtliga registrerade i tid.", "", "2025-08-20",
             "GENOMFORD", "nej"),
        ]),
        ("Enhet: Särskilt boende Lindgården", [
            ("Läkemedelsförråd – kontroll av narkotikaklassade läkemedel", "MAS / sjuksköterska", "Ja",
             "Kontroll 2025-04-02 och 2025-08-14. Differens på en tablett noterad och utredd.",
             "Avvikelse rapporterad till MAS.", "2025-08-14", "GENOMFORD", "ja"),
            ("Genomförandeplaner upprättade och uppdaterade var sjätte månad", "Enhetschef", "Delvis",
             "41 av 48 genomförandeplaner aktuella.", "Resterande uppdateras under hösten.", "",
             "DELVIS", "ja"),
            ("Brandskyddsrond och utrymningsövning", "Enhetschef", "Utgår",
             "Utgår ur planen enligt SN 2025-02-20 § 12, kontrolleras av räddningstjänsten vid tillsyn.",
             "", "", "UTGAR", ""),
        ]),
        ("Enhet: Individ- och familjeomsorg", [
            ("Utbetalning av ekonomiskt bistånd – beslut finns för samtliga utbetalningar",
             "Enhetschef IFO", "Ja", "Stickprov 30 utbetalningar, inga avvikelser.", "", "2025-06-15",
             "GENOMFORD", "nej"),
            ("Orosanmälningar – förhandsbedömning inom 14 dagar", "Enhetschef IFO", "Ja",
             "Förhandsbedömning klar inom 14 dagar i 58 av 71 ärenden.",
             "Genomgång av arbetsfördelningen i mottagningsgruppen.", "2025-08-29", "GENOMFORD", "ja"),
            ("Kontroll av att beslut om placering av barn följs upp enligt plan", "Enhetschef IFO",
             None, None, None, None, "SAKNAS", ""),
        ]),
        ("Enhet: LSS och socialpsykiatri", [
            ("Assistansersättning – tidrapporter stäms av mot Försäkringskassans beslut",
             "Enhetschef LSS", None, "Se bilaga 3", None, None, "OKLAR", ""),
            ("Kontroll av att beslut om bostad med särskild service verkställs inom tre månader",
             "Enhetschef LSS", "Ja", "Samtliga fem beslut verkställda inom tre månader.", "", "2025-05-31",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for heading, ctrls in groups:
        ws.cell(row=r, column=1, value=heading).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = fill(GREY)
            ws.cell(row=r, column=c).border = BORDER
        r += 1
        for km, ansv, st_word, res, atg, datum, st, avv in ctrls:
            vals = [km, ansv, st_word, res, atg, datum]
            for c, v in enumerate(vals, start=1):
                if v is not None and v != "":
                    ws.cell(row=r, column=c, value=v)
            box(ws, r, 1, 6)
            if st_word in sfill:
                ws.cell(row=r, column=3).fill = fill(sfill[st_word])
            EXPECTED.append((fname, nämnd, km, st, avv))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställd av: Anna Berglund, kvalitetsutvecklare, 2025-09-05")
    ws.cell(row=r + 1, column=1, value="Bilagor: 1. Stickprovslista TES  2. Läkemedelsprotokoll  3. Avstämning assistans")
    widths(ws, [52, 20, 13, 50, 36, 12])
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F5  Laxå Bostäder AB - drop-down status with placeholder "Välj status"
# --------------------------------------------------------------------------------------------
def f5_laxbo():
    fname = "LAXBO_internkontroll_delar_2025.xlsx"
    nämnd = "Laxå Bostäder AB"
    wb = new_wb("Laxå Bostäder AB")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av intern kontroll – kommunala bolag"
    ws["A1"].font = Font(bold=True, size=14)
    meta = [("Bolag:", "Laxå Bostäder AB"), ("Period:", "Delår 2025 (per 31 augusti)"),
            ("Upprättad av:", "Per Åkesson, ekonomiansvarig"), ("Datum:", "2025-09-03")]
    for i, (k, v) in enumerate(meta, start=2):
        ws.cell(row=i, column=2, value=k).font = BOLD
        ws.cell(row=i, column=3, value=v)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Status", "Avvikelse", "Kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=7, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF375623")
        cell.border = BORDER
    rows = [
        ("Hyresadministration", "Hyresavier – kontroll att hyror debiteras enligt gällande hyresavtal",
         "Genomförd", "Nej", "Stickprov 40 lägenheter, inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kundfordringar – bevakning av hyresskulder och rutin för inkasso",
         "Genomförd", "Ja", "Två ärenden lämnades inte till inkasso inom rutinens 30 dagar.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Genomförd", "Nej",
         "", "GENOMFORD", "nej"),
        ("Fastighet", "Kontroll av att underhållsplanen följs – planerade åtgärder 2025",
         "Delvis genomförd", "Välj", "Fönsterbyte Storgatan 12 påbörjat, slutförs i oktober.", "DELVIS", ""),
        ("Fastighet", "Nyckel- och passerkortshantering – spärr av kort för avflyttade hyresgäster",
         "Välj status", "Välj", "", "SAKNAS", ""),
        ("Fastighet", "OVK och radonmätningar enligt plan", "Välj status", "Välj", "", "SAKNAS", ""),
        ("Upphandling", "Upphandling – köp över direktupphandlingsgränsen har annonserats",
         "Välj status", "Nej",
         "Genomgång av samtliga inköp jan–jun gjord, inga köp över gränsen utan upphandling.",
         "GENOMFORD", "nej"),
        ("Säkerhet", "Systematiskt brandskyddsarbete i bolagets fastigheter", "Ej genomförd", "Välj",
         "Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Dataskydd", "GDPR – gallring av uppgifter om tidigare hyresgäster", "Utgår", "Välj",
         "Hanteras i koncerngemensam granskning 2025.", "UTGAR", ""),
    ]
    r = 8
    for i, (omr, km, st_word, avv_word, komm, st, avv) in enumerate(rows, start=1):
        vals = [i, omr, km, st_word, avv_word, komm]
        for c, v in enumerate(vals, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        box(ws, r, 1, 6)
        if st_word == "Välj status" or avv_word == "Välj":
            pass
        if st_word == "Välj status":
            ws.cell(row=r, column=4).font = Font(italic=True, color="FF808080")
        if avv_word == "Välj":
            ws.cell(row=r, column=5).font = Font(italic=True, color="FF808080")
        EXPECTED.append((fname, nämnd, km, st, avv))
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1='"Välj status,Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=False, showDropDown=False)
    dv.promptTitle = "Status"
    dv.prompt = "Välj status i listan"
    ws.add_data_validation(dv)
    dv.add("D8:D%d" % last)
    dv2 = DataValidation(type="list", formula1='"Välj,Ja,Nej"', allow_blank=False)
    ws.add_data_validation(dv2)
    dv2.add("E8:E%d" % last)
    rng = "D8:D%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd"'], fill=fill(GREEN)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Delvis genomförd"'],
                                                  fill=fill(YELLOW)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej genomförd"'], fill=fill(RED)))
    ws.cell(row=last + 2, column=2, value="Rapporteras till kommunstyrelsen i samband med delårsrapporten.")
    # hidden list sheet (as many templates have)
    lst = wb.create_sheet("Listor")
    for i, v in enumerate(["Välj status", "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"], start=1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    widths(ws, [5, 20, 60, 18, 11, 60])
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - .ods, summary block at top, frozen header
# --------------------------------------------------------------------------------------------
def f6_kfn():
    fname = "Kultur och fritid IK uppföljning delår 2025.ods"
    nämnd = "Kultur- och fritidsnämnden"
    wb = new_wb("Kultur och fritid")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning internkontroll, delår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Sammanställning"
    ws["A3"].font = BOLD
    rows = [
        ("Föreningsstöd",
         "Föreningsbidrag – bidrag betalas ut enligt riktlinjerna och efter inkommen redovisning",
         "Bidragshandläggare", "Genomförd",
         "20 ansökningar granskade. En förening saknade verksamhetsberättelse – utbetalningen stoppad "
         "tills komplettering inkommit.", "GENOMFORD", "ja"),
        ("Kontanthantering", "Kontanthantering i simhallens kassa – dagliga kassaavstämningar",
         "Badmästare", "Genomförd", "Inga differenser.", "GENOMFORD", "nej"),
        ("Bibliotek",
         "Biblioteket – kontroll av förseningsavgifter och ersättning för förlorade medier",
         "Bibliotekschef", "Delvis genomförd", "Rutinen ses över i samband med nytt bibliotekssystem.",
         "DELVIS", ""),
        ("Anläggningar", "Uthyrning av idrottshallar – bokningar faktureras", "Fritidskonsulent",
         "Genomförd", "Stickprov 30 bokningar, samtliga fakturerade.", "GENOMFORD", "nej"),
        ("Tillstånd", "Lotteritillstånd – kontroll av redovisning från föreningar", "Handläggare",
         "Ej genomförd", "Kontrollen ej gjord, redovisningar inväntas. Påminnelse skickad.",
         "EJ_GENOMFORD", ""),
        ("Evenemang", "Säkerhet vid evenemang – riskbedömning inför större arrangemang", "Kultursamordnare",
         "Genomförd", "Riskbedömning gjord inför Laxådagen och nationaldagsfirandet.", "GENOMFORD", "nej"),
        ("Fritidsgård", "Inventarieförteckning för fritidsgården", "Fritidsledare", "Delvis genomförd",
         "Påbörjad.", "DELVIS", ""),
        ("Avtal", "Avtalsuppföljning med Laxå Golfklubb om skötsel av anläggning", "Fritidschef",
         "Ej aktuell", "Avtalet upphörde 2025-03-31.", "UTGAR", ""),
    ]
    hdr_row = 11
    first = hdr_row + 1
    last = hdr_row + len(rows)
    summary = [("Genomförd", 4), ("Delvis genomförd", 5), ("Ej genomförd", 6), ("Ej aktuell", 7)]
    for label, r in summary:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value='=COUNTIF(D%d:D%d,"%s")' % (first, last, label))
    ws.cell(row=8, column=1, value="Totalt antal kontrollmoment").font = BOLD
    ws.cell(row=8, column=2, value="=COUNTA(C%d:C%d)" % (first, last)).font = BOLD
    ws["A9"] = "Status väljs bland: Genomförd, Delvis genomförd, Ej genomförd, Ej aktuell"
    ws["A9"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=hdr_row, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill(LIGHTBLUE)
        cell.border = BORDER
    sfill = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej genomförd": RED, "Ej aktuell": GREY}
    r = first
    for omr, km, ansv, st_word, komm, st, avv in rows:
        for c, v in enumerate([omr, km, ansv, st_word, komm], start=1):
            ws.cell(row=r, column=c, value=v)
        box(ws, r, 1, 5)
        ws.cell(row=r, column=4).fill = fill(sfill[st_word])
        EXPECTED.append((fname, nämnd, km, st, avv))
        r += 1
    ws.freeze_panes = "A%d" % first
    widths(ws, [26, 60, 20, 18, 60])
    tmpx = os.path.join(TMP, "Kultur och fritid IK uppföljning delår 2025.xlsx")
    save_wb(wb, tmpx)
    soffice_convert(tmpx, "ods", HERE)
    # headless conversion drops the view settings: put the frozen header (rows 1-11) back
    ods_freeze_rows(os.path.join(HERE, fname), ws.title, hdr_row)
    FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))


# --------------------------------------------------------------------------------------------
# F7  Miljö- och byggnadsnämnden + Överförmyndarnämnden - .xls, two sheets, status = fill colour only
# --------------------------------------------------------------------------------------------
def f7_mbn_ofn():
    fname = "Uppföljning IK delår 2025 MBN ÖFN.xls"
    wb = new_wb("Samhällsbyggnadsförvaltningen")
    sheets = [
        ("Miljö och bygg", "Miljö- och byggnadsnämnden", [
            ("Bygglovsavgifter debiteras enligt gällande plan- och bygglovstaxa", "15 beslut",
             "Bygglovshandläggare", "2025-05-20", GREEN, "15 beslut granskade, inga fel.", "GENOMFORD", "nej"),
            ("Handläggningstid för bygglov inom 10 veckor", "Samtliga beslut jan–jun", "Byggchef",
             "2025-07-01", YELLOW,
             "92 % inom tid. 3 ärenden överskred tiden, avgiften reducerad enligt PBL.", "DELVIS", "ja"),
            ("Tillsyn enligt miljöbalken genomförs enligt tillsynsplan", "Tillsynsplan 2025",
             "Miljöchef", "", YELLOW, "54 av 80 planerade tillsynsbesök genomförda.", "DELVIS", ""),
            ("Jäv – handläggare har anmält eventuellt jäv i ärenden", "Enkät till handläggare",
             "Förvaltningschef", "2025-06-10", GREEN, "", "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "Avstämning mot protokoll", "Nämndsekreterare",
             "", RED, "Kontrollen ej utförd under perioden.", "EJ_GENOMFORD", ""),
            ("Kontroll av strandskyddsdispenser mot gällande delegation", "Samtliga dispenser",
             "Miljöchef", "", None, "", "SAKNAS", ""),
        ]),
        ("Överförmyndaren", "Överförmyndarnämnden", [
            ("Granskning av årsräkningar inom fastställd tid", "Samtliga årsräkningar",
             "Handläggare överförmyndare", "2025-06-30", GREEN,
             "Samtliga 148 årsräkningar granskade per 30 juni.", "GENOMFORD", "nej"),
            ("Arvodesbeslut för ställföreträdare följer SKR:s riktlinjer", "Stickprov 20 beslut",
             "Handläggare överförmyndare", "2025-08-15", GREEN,
             "Ett av 20 arvoden felaktigt beräknat – rättat.", "GENOMFORD", "ja"),
            ("Kontroll av att förteckningar inkommer inom två månader efter förordnande",
             "Samtliga nya förordnanden", "Handläggare överförmyndare", "", YELLOW,
             "Granskning pågår. 6 förteckningar har hittills inkommit för sent.", "DELVIS", "ja"),
            ("Registerkontroll av nya ställföreträdare", "Samtliga nya ställföreträdare", "Enhetschef",
             "", RED, "Ej genomförd.", "EJ_GENOMFORD", ""),
            ("Uttagsspärrar på omyndigas konton", "Stickprov 15 konton", "Enhetschef", "", GREEN,
             "Ej påbörjad.", "OKLAR", ""),
        ]),
    ]
    first_ws = True
    for title, nämnd, rows in sheets:
        if first_ws:
            ws = wb.active
            ws.title = title
            first_ws = False
        else:
            ws = wb.create_sheet(title)
        ws["A1"] = nämnd
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Delårsuppföljning internkontrollplan 2025 (per 2025-08-31)"
        hdr = ["Kontrollmoment", "Omfattning", "Ansvarig", "Utfört (datum)", "Status", "Kommentar"]
        for c, v in enumerate(hdr, start=1):
            cell = ws.cell(row=4, column=c, value=v)
            cell.font = BOLD
            cell.border = BORDER
            cell.fill = fill(GREY)
        r = 5
        for km, omf, ansv, dat, col, komm, st, avv in rows:
            for c, v in enumerate([km, omf, ansv, dat, None, komm], start=1):
                if v:
                    ws.cell(row=r, column=c, value=v)
            box(ws, r, 1, 6)
            if col:
                ws.cell(row=r, column=5).fill = fill(col)
            EXPECTED.append((fname, nämnd, km, st, avv))
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Teckenförklaring (färg i kolumnen Status):").font = BOLD
        for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                         (RED, "Ej genomförd")], start=1):
            ws.cell(row=r + i, column=5).fill = fill(col)
            ws.cell(row=r + i, column=5).border = BORDER
            ws.cell(row=r + i, column=6, value=txt)
        widths(ws, [55, 24, 26, 14, 10, 60])
        FILES.append((fname, "INLAST", nämnd, "2025", "DELAR"))
    tmpx = os.path.join(TMP, "Uppföljning IK delår 2025 MBN ÖFN.xlsx")
    save_wb(wb, tmpx)
    soffice_convert(tmpx, "xls", HERE)


# --------------------------------------------------------------------------------------------
# R   File to reject: budget follow-up per unit with traffic-light fills (no internal control)
# --------------------------------------------------------------------------------------------
def r_budget():
    fname = "Budgetuppföljning delår 2025 Socialnämnden.xlsx"
    wb = new_wb("Socialförvaltningen")
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Socialnämnden – budgetuppföljning delår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utfall januari–augusti, prognos helår"
    hdr = ["Enhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Bedömning",
           "Kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill(LIGHTBLUE)
        cell.border = BORDER
    rows = [
        ("Nämnd och förvaltningsledning", 6200, 4010, 6150, "Prognos i nivå med budget."),
        ("Hemtjänst Norr", 18400, 13150, 19300, "Ökat antal beviljade timmar."),
        ("Hemtjänst Söder", 16900, 11020, 16700, ""),
        ("Särskilt boende Lindgården", 34500, 23400, 35200, "Höga sjuklönekostnader under våren."),
        ("Individ- och familjeomsorg", 21800, 15900, 23900, "Två nya externa placeringar barn och unga."),
        ("LSS och socialpsykiatri", 27300, 17800, 26900, "Vakanta tjänster."),
    ]
    r = 5
    for enh, bud, utf, prog, komm in rows:
        ws.cell(row=r, column=1, value=enh)
        ws.cell(row=r, column=2, value=bud)
        ws.cell(row=r, column=3, value=utf)
        ws.cell(row=r, column=4, value=prog)
        ws.cell(row=r, column=5, value="=B%d-D%d" % (r, r))
        avv = bud - prog
        ws.cell(row=r, column=6).fill = fill(GREEN if avv >= 0 else (YELLOW if avv > -1000 else RED))
        if komm:
            ws.cell(row=r, column=7, value=komm)
        box(ws, r, 1, 7)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    for c in (2, 3, 4, 5):
        L = get_column_letter(c)
        ws.cell(row=r, column=c, value="=SUM(%s5:%s%d)" % (L, L, r - 1)).font = BOLD
    box(ws, r, 1, 7)
    ws.cell(row=r + 2, column=1, value="Grön = prognos inom budget, gul = underskott < 1 mnkr, röd = underskott ≥ 1 mnkr")
    widths(ws, [32, 13, 14, 14, 18, 11, 45])
    save_wb(wb, os.path.join(HERE, fname))
    FILES.append((fname, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Bildningsnämnden", "BIN|Bildningsförvaltningen|Barn och utbildning"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg|IFO"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Teknik och service"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Miljö- och byggenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Laxå Bostäder AB", "LAXBO|Laxåbostäder|Laxå Bostäder"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    f1_bildning()
    f2_ks()
    f3_sbn()
    f4_sn()
    f5_laxbo()
    f6_kfn()
    f7_mbn_ofn()
    r_budget()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    shutil.rmtree(TMP)


if __name__ == "__main__":
    main()
