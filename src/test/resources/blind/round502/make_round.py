#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r502 - Leksands kommun, inkorg för uppföljning T2 2025.

Builds (deterministically) the follow-up files of the round plus namnder.csv,
files.csv and expected.csv in the folder of this script.

Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round502"
FIXED_DT = datetime.datetime(2025, 9, 15, 10, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def new_wb(title=None):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Leksands kommun"
    wb.properties.lastModifiedBy = "Leksands kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    if title:
        wb.properties.title = title
    return wb


# --------------------------------------------------------------------------------------
# post-processing helpers for OOXML packages
# --------------------------------------------------------------------------------------
def rewrite_zip(path, changes=None, additions=None):
    """Rewrite an OOXML zip with fixed timestamps. changes: {name: func(bytes)->bytes}."""
    changes = changes or {}
    additions = additions or {}
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in items]
    for n, data in additions.items():
        if n not in names:
            items.append((n, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Office does
        items.sort(key=lambda t: (t[0] != "[Content_Types].xml",))
        for n, data in items:
            if n in changes:
                data = changes[n](data)
            if n == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-09-15T10:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(n, date_time=(2025, 9, 15, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cached_values_patch(values):
    """Return a function that writes cached results into formula cells (<v>) of a sheet xml."""
    def patch(data):
        text = data.decode("utf-8")
        for ref, val in values.items():
            pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?' % ref)
            m = pat.search(text)
            assert m, ("formula cell not found", ref)
            attrs = re.sub(r'\s*t="[^"]*"', "", m.group(1))
            if isinstance(val, str):
                rep = '<c r="%s"%s t="str"><f>%s</f><v>%s</v>' % (ref, attrs, m.group(2), xml_escape(val))
            else:
                if isinstance(val, float) and val.is_integer():
                    val = int(val)
                rep = '<c r="%s"%s><f>%s</f><v>%s</v>' % (ref, attrs, m.group(2), repr(val))
            text = text[:m.start()] + rep + text[m.end():]
        return text.encode("utf-8")
    return patch


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# --------------------------------------------------------------------------------------
# F1  Kommunstyrelsen - frozen header of two merged rows, T1/T2/helår side by side
# --------------------------------------------------------------------------------------
def build_ks():
    fil = "KS Internkontroll 2025 uppf T2.xlsx"
    nm = "Kommunstyrelsen"
    wb = new_wb("Internkontrollplan 2025")
    ws = wb.active
    ws.title = "IK-plan 2025"

    top = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
    for i, h in enumerate(top, start=1):
        ws.cell(row=1, column=i, value=h)
        ws.merge_cells(start_row=1, start_column=i, end_row=2, end_column=i)
    groups = [("Uppföljning T1 (jan–apr)", 6), ("Uppföljning T2 (maj–aug)", 8), ("Uppföljning T3/helår (sep–dec)", 10)]
    for title, c in groups:
        ws.cell(row=1, column=c, value=title)
        ws.merge_cells(start_row=1, start_column=c, end_row=1, end_column=c + 1)
        ws.cell(row=2, column=c, value="Status")
        ws.cell(row=2, column=c + 1, value="Kommentar")
    for r in (1, 2):
        for c in range(1, 12):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E78")
            cell.alignment = CENTER
            cell.border = BORDER
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "D3"
    ws.print_title_rows = "1:2"
    ws.oddHeader.left.text = "Internkontrollplan 2025"
    ws.oddHeader.center.text = "Kommunstyrelsen – Leksands kommun"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    G, D, E, U = "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"
    # (nr, kontrollmoment, metod, ansvarig, t1 status, t1 komm, t2 status, t2 komm, expected, avv)
    groups_rows = [
        ("Ekonomiadministration", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Redovisningsansvarig",
             G, "Inga avvikelser.", G,
             "20 fakturor granskade, 2 saknade beslutsattest. Återkoppling till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att representation redovisas med syfte och deltagare",
             "Genomgång av samtliga representationsfakturor", "Controller",
             G, "Utan anmärkning.", D,
             "Maj granskad utan anmärkning, juni–augusti återstår.",
             "DELVIS", "nej"),
            ("1.3", "Avstämning av kommunens bankkonton mot huvudbok månadsvis",
             "Månadsvis avstämning, kontrasigneras", "Ekonomichef",
             G, "Avstämt jan–apr.", G, "Avstämt t.o.m. juli, inga differenser.",
             "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Inköp görs hos avtalade leverantörer (avtalstrohet)",
             "Analys av leverantörsreskontra", "Upphandlingschef",
             None, None, E, "Skjuts till hösten p.g.a. vakans på upphandlingsenheten.",
             "EJ_GENOMFORD", ""),
            ("2.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av direktupphandlingar", "Upphandlingschef",
             "Pågår", "Underlag begärt från förvaltningarna.", G,
             "3 av 8 direktupphandlingar saknade dokumentation. Utbildning för beställare planeras i oktober.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("3.1", "Kontroll av att löneutbetalningar sker enligt beslut vid nyanställning",
             "Stickprov 15 nyanställningar", "HR-chef",
             G, "Inga avvikelser. Kontrollen görs en gång per år.", None, None,
             "GENOMFORD", "nej"),
            ("3.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Genomgång av rehabärenden i HR-systemet", "HR-chef",
             "Ej påbörjad", None, D,
             "Rehabärenden på HR genomgångna, sjukfrånvarostatistik per enhet ej klar.",
             "DELVIS", ""),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
             "Behörighetslista mot personalregister", "Systemförvaltare",
             None, None, G,
             "Fyra konton för avslutade medarbetare var fortfarande aktiva och har nu spärrats.",
             "GENOMFORD", "ja"),
            ("4.2", "Registerförteckning enligt GDPR är uppdaterad",
             "Genomgång av registerförteckningen", "Dataskyddssamordnare",
             None, None, U,
             "Utgår enligt KS beslut 2025-06-10 § 98, ersätts av dataskyddsombudets granskning.",
             "UTGAR", ""),
        ]),
        ("Nämndadministration", [
            ("5.1", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslista – protokoll", "Kommunsekreterare",
             None, None, None, None,
             "SAKNAS", ""),
            ("5.2", "Diarieföring av inkomna handlingar sker inom två arbetsdagar",
             "Stickprov 50 handlingar", "Registrator",
             None, None, None,
             "Stickprov v. 34: 45 av 50 handlingar diarieförda inom två arbetsdagar, 5 inom en vecka.",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 3
    status_fill = {G: "C6EFCE", D: "FFEB9C", "Pågår": "FFEB9C", E: "FFC7CE", "Ej påbörjad": "FFC7CE", U: "D9D9D9"}
    for process, rows in groups_rows:
        start = r
        for (nr, km, metod, ansv, s1, k1, s2, k2, st, av) in rows:
            vals = [nr, None, km, metod, ansv, s1, k1, s2, k2, None, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP_TOP
                cell.border = BORDER
            for c, s in ((6, s1), (8, s2)):
                if s in status_fill:
                    ws.cell(row=r, column=c).fill = fill(status_fill[s])
            exp(fil, nm, km, st, av)
            r += 1
        ws.cell(row=start, column=2, value=process)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=start, column=2).font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Planen fastställd av kommunstyrelsen 2025-01-28 § 12. Uppföljning T2 sammanställd 2025-09-12 av ekonomienheten.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [6, 20, 44, 30, 20, 13, 30, 13, 40, 13, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    path = os.path.join(OUT, fil)
    wb.save(path)
    rewrite_zip(path)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# --------------------------------------------------------------------------------------
# F2  Bildningsnämnden - status picked from a dropdown list of codes, legend on sheet Koder
# --------------------------------------------------------------------------------------
def build_bin():
    fil = "Bildningsnämnden_IKP2025_T2.xlsx"
    nm = "Bildningsnämnden"
    wb = new_wb("Uppföljning internkontrollplan 2025")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Bildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: tertial 2 (januari–augusti)"
    ws["A3"] = "Status väljs i rullistan i kolumn G (se fliken Koder). Beskriv resultatet och eventuella avvikelser i kolumn H."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Område", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Resultat/kommentar", "Åtgärd vid avvikelse"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("DDEBF7")
        cell.border = BORDER
        cell.alignment = CENTER
    data = [
        ("Skola", [
            ("Elever med hög frånvaro uppmärksammas inte",
             "Kontroll av att elever med frånvaro över 20 % har uppmärksammats och utretts",
             "Utdrag ur närvarosystemet", "Per termin", "Rektorer", "G",
             "Samtliga 14 elever hade pågående utredning.", None, "GENOMFORD", "nej"),
            ("Kränkande behandling anmäls inte",
             "Anmälan av kränkande behandling till huvudman sker skyndsamt",
             "Genomgång av anmälningar", "Per tertial", "Verksamhetschef grundskola", "G",
             "I 6 av 38 ärenden gick anmälan till huvudman senare än fem arbetsdagar.",
             "Rutinen har förtydligats på rektorsmöte 2025-08-20.", "GENOMFORD", "ja"),
            ("Felaktiga betyg",
             "Betyg registreras i elevregistret inom fastställd tid",
             "Kontroll av registreringsdatum", "Per termin", "Skoladministratör", "G",
             "Inga avvikelser.", None, "GENOMFORD", "nej"),
        ]),
        ("Förskola", [
            ("Barn får inte plats inom lagstadgad tid",
             "Köhantering – placering erbjuds inom fyra månader",
             "Utdrag ur kösystemet", "Per tertial", "Placeringshandläggare", "P",
             "Jan–juni: samtliga erbjudna plats inom fyra månader. Juli–augusti analyseras i september.",
             None, "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 15 fakturor", "Per tertial", "Förvaltningsekonom", "E",
             "Ej genomförd under perioden, görs under T3.", None, "EJ_GENOMFORD", ""),
            ("Skolskjuts faktureras felaktigt",
             "Kontroll av skolskjutsfakturor mot beställda resor",
             "Jämförelse faktura – beställning", "Per tertial", "Skolskjutssamordnare", "P",
             "Två av fyra linjer kontrollerade. En dubbeldebitering i maj har krediterats.",
             "Påpekat för entreprenören.", "DELVIS", "ja"),
            ("Statsbidrag återkrävs",
             "Statsbidrag – redovisning sker inom angiven tid",
             "Bevakningslista statsbidrag", "Per tertial", "Förvaltningsekonom", "U",
             "Utgår – ingen redovisning förfaller under 2025, enligt beslut i nämnden 2025-04-22.",
             None, "UTGAR", ""),
        ]),
        ("Personal", [
            ("Olämplig person anställs",
             "Kontroll av att utdrag ur belastningsregistret har visats vid nyanställning",
             "Stickprov nyanställda", "Per tertial", "HR-konsult", "G",
             "30 nyanställningar kontrollerade, samtliga hade visat utdrag.", None, "GENOMFORD", "nej"),
            ("Obehöriga lärare undervisar",
             "Legitimation och behörighet för lärare kontrolleras vid anställning",
             "Kontroll mot Skolverkets register", "Per tertial", "Rektorer", None,
             None, None, "SAKNAS", ""),
        ]),
    ]
    dv = DataValidation(type="list", formula1="=Koder!$A$2:$A$5", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltig status",
                        error="Välj G, P, E eller U i listan.",
                        promptTitle="Status", prompt="Välj statuskod", showInputMessage=True)
    ws.add_data_validation(dv)
    code_fill = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    r = 6
    first_data = r
    for area, rows in data:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("F2F2F2")
            ws.cell(row=r, column=c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (risk, km, metod, frekv, ansv, code, res, atg, st, av) in rows:
            vals = [None, risk, km, metod, frekv, ansv, code, res, atg]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP_TOP
                cell.border = BORDER
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            if code:
                ws.cell(row=r, column=7).fill = fill(code_fill[code])
            exp(fil, nm, km, st, av)
            r += 1
    dv.add("G%d:G%d" % (first_data, r + 10))
    r += 1
    ws.cell(row=r, column=1, value="Rapporterad till bildningsnämnden 2025-09-23.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for i, w in enumerate([12, 28, 46, 28, 12, 22, 8, 48, 30], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Koder")
    k["A1"], k["B1"] = "Kod", "Betydelse"
    k["A1"].font = k["B1"].font = BOLD
    for i, (c, t) in enumerate([("G", "Genomförd"), ("P", "Pågår / delvis genomförd"),
                                ("E", "Ej genomförd / ej påbörjad"), ("U", "Utgår")], start=2):
        k.cell(row=i, column=1, value=c)
        k.cell(row=i, column=2, value=t)
    k.column_dimensions["B"].width = 30
    path = os.path.join(OUT, fil)
    wb.save(path)
    rewrite_zip(path)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# --------------------------------------------------------------------------------------
# F3  Omsorgsnämnden - hidden helper columns with formulas
# --------------------------------------------------------------------------------------
def build_on():
    fil = "ON uppföljning IK T2 2025.xlsx"
    nm = "Omsorgsnämnden"
    wb = new_wb("Internkontroll 2025")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True)
    hdr = ["Id", "Kontrollmoment", "Ansvarig", "Antal granskade", "Antal avvikelser",
           "Andel avv.", "Statuskod", "Status", "Kommentar", "Flagga", "Diagramtext"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
        cell.alignment = CENTER
    G, D, E, U = "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"
    rows = [
        ("ON-01", "Kontroll av att genomförandeplaner är upprättade inom 14 dagar efter beslut",
         "Enhetschefer hemtjänst", 20, 3, G,
         "3 av 20 planer upprättades för sent (hemtjänst). Påminnelse till enhetschefer.", "GENOMFORD", "ja"),
        ("ON-02", "Avvikelser enligt SoL och HSL (lex Sarah, lex Maria) rapporteras och åtgärdas",
         "Kvalitetsutvecklare", 12, 0, G,
         "Samtliga rapporterade avvikelser hade åtgärdsplan.", "GENOMFORD", "nej"),
        ("ON-03", "Läkemedelshantering – signeringslistor kontrolleras på särskilt boende",
         "MAS", 4, 1, D,
         "Fyra av sex boenden kontrollerade. Ofullständiga signeringar på Tibble äldreboende.", "DELVIS", "ja"),
        ("ON-04", "Fakturering av hemtjänstavgifter stämmer mot utförd tid",
         "Avgiftshandläggare", None, None, E,
         "Flyttas till T3 på grund av byte av planeringssystem.", "EJ_GENOMFORD", ""),
        ("ON-05", "Kontroll av att beviljade insatser verkställs inom tre månader",
         "Biståndsenheten", 45, 0, G, None, "GENOMFORD", "nej"),
        ("ON-06", "Brukarnas privata medel hanteras enligt rutin (kassabok och kvitton)",
         "Enhetschefer särskilt boende", 10, 1, G,
         "En kassabok saknade kvitto för ett uttag på 350 kr. Utrett med anhörig, kvitto har lämnats in i efterhand.",
         "GENOMFORD", "ja"),
        ("ON-07", "Loggkontroll i journalsystemet",
         "Systemförvaltare", None, None, None, None, "SAKNAS", ""),
        ("ON-08", "Bemanningsschema och timanställdas tidrapporter attesteras före löneutbetalning",
         "Enhetschefer", 25, 2, G,
         "2 tidrapporter attesterades efter lönekörningen.", "GENOMFORD", "ja"),
        ("ON-09", "Uppföljning av privata utförare enligt avtal (LOV)",
         "Avtalsuppföljare", None, None, U,
         "Avtalet med den enda privata utföraren upphörde 2025-03-31.", "UTGAR", ""),
    ]
    cached = {}
    status_fill = {G: "C6EFCE", D: "FFEB9C", E: "FFC7CE", U: "D9D9D9"}
    r = 5
    first = r
    for (idn, km, ansv, n, a, status, komm, st, av) in rows:
        ws.cell(row=r, column=1, value=idn)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        ws.cell(row=r, column=4, value=n)
        ws.cell(row=r, column=5, value=a)
        ws.cell(row=r, column=6, value='=IF(D%d>0,E%d/D%d,"")' % (r, r, r))
        cached["F%d" % r] = (a / n) if n else ""
        ws.cell(row=r, column=7, value='=IF(H%d="Genomförd",3,IF(H%d="Delvis genomförd",2,IF(H%d="Ej genomförd",1,0)))' % (r, r, r))
        cached["G%d" % r] = {G: 3, D: 2, E: 1}.get(status, 0)
        ws.cell(row=r, column=8, value=status)
        ws.cell(row=r, column=9, value=komm)
        ws.cell(row=r, column=10, value='=IF(E%d>0,"Avvikelse","OK")' % r)
        cached["J%d" % r] = "Avvikelse" if (a or 0) > 0 else "OK"
        ws.cell(row=r, column=11, value='=A%d&" "&H%d' % (r, r))
        cached["K%d" % r] = idn + " " + (status or "")
        ws.cell(row=r, column=6).number_format = "0%"
        for c in range(1, 12):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = WRAP_TOP
        if status:
            ws.cell(row=r, column=8).fill = fill(status_fill[status])
        exp(fil, nm, km, st, av)
        r += 1
    last = r - 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontroller genomförda").font = BOLD
    ws.cell(row=r, column=8, value='=COUNTIF(H%d:H%d,"Genomförd")' % (first, last))
    cached["H%d" % r] = sum(1 for x in rows if x[5] == G)
    r += 1
    ws.cell(row=r, column=2, value="Summa granskade / avvikelser").font = BOLD
    ws.cell(row=r, column=4, value="=SUM(D%d:D%d)" % (first, last))
    cached["D%d" % r] = sum(x[3] or 0 for x in rows)
    ws.cell(row=r, column=5, value="=SUM(E%d:E%d)" % (first, last))
    cached["E%d" % r] = sum(x[4] or 0 for x in rows)
    r += 2
    ws.cell(row=r, column=2, value="Godkänd av förvaltningschef Eva Nilsson 2025-09-08")
    ws.cell(row=r, column=2).font = Font(italic=True)
    for i, w in enumerate([8, 50, 24, 11, 11, 10, 10, 16, 50, 10, 22], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for col in ("F", "G", "J", "K"):
        ws.column_dimensions[col].hidden = True
    ws.freeze_panes = "C5"
    path = os.path.join(OUT, fil)
    wb.save(path)
    rewrite_zip(path, changes={"xl/worksheets/sheet1.xml": cached_values_patch(cached)})
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# --------------------------------------------------------------------------------------
# F4  Socialnämnden - wrap text, controls split over two rows, saved as .xls
# --------------------------------------------------------------------------------------
def build_sn(tmpdir):
    fil = "Socialnämnden IK-plan 2025 T2.xls"
    nm = "Socialnämnden"
    wb = new_wb("Internkontrollplan 2025 Socialnämnden")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Process", "Kontrollmoment", "Risk-\nvärde", "Kontroll-\nansvarig", "Status",
           "Uppföljning T2 2025\n(resultat, kommentar)", "Avvikelse\n(Ja/Nej)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = CENTER
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
    ws.row_dimensions[4].height = 32
    # each control: process (or None), list of km lines (1 or 2 rows), risk, ansvarig, status,
    # list of comment lines (aligned to the km rows), avvikelse, expected status, expected avv
    ctrls = [
        ("Ekonomiskt bistånd",
         ["Kontroll av att utbetalt ekonomiskt bistånd", "överensstämmer med fattat beslut"],
         "12", "Enhetschef försörjningsstöd", "Klar",
         ["Stickprov 25 akter. 1 utbetalning saknade beslut i verksamhetssystemet, åtgärdat."],
         "Ja", "GENOMFORD", "ja"),
        (None,
         ["Kontroll av att ansökan om ekonomiskt bistånd\nhandläggs inom 10 arbetsdagar"],
         "8", "Enhetschef försörjningsstöd", "Klar",
         ["Handläggningstid i snitt 7 dagar.\nInga ärenden över 10 dagar."],
         "Nej", "GENOMFORD", "nej"),
        ("Barn och unga",
         ["Orosanmälningar – förhandsbedömning görs inom 14 dagar"],
         "16", "1:e socialsekreterare BoU", "Pågår",
         ["Genomgång av jan–juni klar: 4 av 112 bedömningar tog mer än 14 dagar. Juli–augusti pågår."],
         "Ja", "DELVIS", "ja"),
        (None,
         ["Utredningar avslutas inom fyra månader", "enligt 11 kap. 2 § SoL"],
         "12", "1:e socialsekreterare BoU", "Klar",
         ["11 av 64 utredningar förlängdes med beslut,", "2 överskred tiden utan beslut."],
         "Ja", "GENOMFORD", "ja"),
        (None,
         ["Placeringar i HVB – avtal och beslut finns", "för samtliga placerade barn och unga"],
         "9", "Enhetschef BoU", "Ej påbörjad",
         ["Skjuts till T3."],
         None, "EJ_GENOMFORD", ""),
        ("Vuxna",
         ["Samordnad individuell plan (SIP) upprättas\nnär behov finns"],
         "6", "Enhetschef vuxen", "Utgår",
         ["Ej aktuell 2025, ingår i kommunens gemensamma granskning av SIP."],
         None, "UTGAR", ""),
        (None,
         ["Förebygga otillåten påverkan – rutin för hot och våld\när känd av personalen"],
         "9", "Socialchef", None,
         ["Se bilaga 2."],
         None, "OKLAR", ""),
        ("Administration",
         ["Dödsboanmälningar görs till Skatteverket inom två månader"],
         "4", "Handläggare dödsbo", "Klar",
         ["Samtliga 9 ärenden anmälda i tid."],
         "Nej", "GENOMFORD", "nej"),
    ]
    r = 5
    for (proc, kms, risk, ansv, status, comments, avv, st, eav) in ctrls:
        nrows = len(kms)
        for i in range(max(nrows, len(comments))):
            if i == 0:
                if proc:
                    ws.cell(row=r + i, column=1, value=proc).font = BOLD
                ws.cell(row=r + i, column=3, value=risk)
                ws.cell(row=r + i, column=4, value=ansv)
                ws.cell(row=r + i, column=5, value=status)
                ws.cell(row=r + i, column=7, value=avv)
            if i < nrows:
                ws.cell(row=r + i, column=2, value=kms[i])
            if i < len(comments):
                ws.cell(row=r + i, column=6, value=comments[i])
            for c in range(1, 8):
                cell = ws.cell(row=r + i, column=c)
                cell.alignment = WRAP_TOP
                cell.border = BORDER
        exp(fil, nm, " ".join(k.replace("\n", " ") for k in kms), st, eav)
        r += max(nrows, len(comments))
    r += 1
    ws.cell(row=r, column=1, value="Leksand 2025-09-11")
    ws.cell(row=r + 1, column=1, value="Anna Persson, socialchef")
    for i, w in enumerate([20, 42, 8, 22, 12, 48, 11], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "4:4"
    tmp_xlsx = os.path.join(tmpdir, "Socialnämnden IK-plan 2025 T2.xlsx")
    wb.save(tmp_xlsx)
    soffice_convert(tmp_xlsx, "xls:MS Excel 97", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "Socialnämnden IK-plan 2025 T2.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# --------------------------------------------------------------------------------------
# F5  Kultur- och fritidsnämnden - numbers stored as text (codes, counts, numbering)
# --------------------------------------------------------------------------------------
def build_kfn():
    fil = "KFN IKP uppföljning tertial 2 2025.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = new_wb("KFN internkontroll 2025")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025, tertial 2"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Antal stickprov", "Antal fel", "Statuskod", "Kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = fill("FFF2CC")
        cell.alignment = CENTER
    rows = [
        ("1.1", "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt beslut och bidragsregler",
         "12", "0", "1", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Föreningsbidrag", "Redovisning av föreningsbidrag har kommit in i rätt tid",
         "40", "6", "2", "6 föreningar lämnade redovisning för sent, påminnelse skickad.", "GENOMFORD", "ja"),
        ("2.1", "Kontanthantering", "Kassahantering i simhallen – dagskassor stäms av mot kassasystem",
         "20", "1", "2", "En differens på 200 kr i juni, förklarad och bokförd.", "GENOMFORD", "ja"),
        ("2.2", "Intäkter", "Uthyrning av lokaler och anläggningar faktureras",
         "", "", "3", "Kontroll av vårens bokningar klar, höstens återstår.", "DELVIS", ""),
        ("3.1", "Inköp", "Bibliotekets inköp av media sker inom ramavtal",
         "", "", "4", "Påbörjas i oktober.", "EJ_GENOMFORD", ""),
        ("3.2", "Inköp", "Utlån av utrustning via Fritidsbanken registreras",
         "", "", "5", "Verksamheten drivs av ideell förening fr.o.m. 2025.", "UTGAR", ""),
        ("4.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "15", "0", "1", None, "GENOMFORD", "nej"),
        ("4.2", "Avtal", "Evenemangsavtal följs upp mot avtalade villkor",
         "3", "0", "1 ", "Midsommar i Leksand, Musik vid Siljan och Leksandsloppet följda upp.", "GENOMFORD", "nej"),
    ]
    r = 5
    first = r
    for (nr, omr, km, n, f, code, komm, st, av) in rows:
        vals = [nr, omr, km, n, f, code, komm]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)     # numbers deliberately written as text
            cell.border = BORDER
            cell.alignment = WRAP_TOP
            if c in (1, 4, 5, 6):
                cell.number_format = "@"
        exp(fil, nm, km, st, av)
        r += 1
    last = r - 1
    ws.cell(row=r, column=3, value="Summa").font = BOLD
    ws.cell(row=r, column=4, value="=SUM(D%d:D%d)" % (first, last))
    ws.cell(row=r, column=5, value="=SUM(E%d:E%d)" % (first, last))
    cached = {"D%d" % r: 0, "E%d" % r: 0}   # text numbers -> SUM gives 0, as in Excel
    r += 2
    ws.cell(row=r, column=1, value="Statuskoder:").font = BOLD
    legend = ["1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning", "3 = Pågår",
              "4 = Ej påbörjad", "5 = Utgår"]
    for i, t in enumerate(legend, start=1):
        ws.cell(row=r + i, column=1, value=t)
    r += len(legend) + 2
    ws.cell(row=r, column=1, value="Kontaktperson: Lars Ersson, kultur- och fritidschef")
    for i, w in enumerate([6, 18, 48, 10, 9, 10, 52], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    path = os.path.join(OUT, fil)
    wb.save(path)
    rewrite_zip(path, changes={"xl/worksheets/sheet1.xml": cached_values_patch(cached)})
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# --------------------------------------------------------------------------------------
# F6  Tekniska nämnden + Bygg- och miljönämnden - Excel "Unicode text" export (UTF-16LE, tab)
# --------------------------------------------------------------------------------------
def build_sbf():
    fil = "Internkontroll_T2_2025_Samhallsbyggnad.csv"
    width = 8
    lines = [
        ["Internkontrollplan 2025 – uppföljning tertial 2"],
        ["Samhällsbyggnadsförvaltningen, Leksands kommun"],
        [],
        ["Nämnd", "Verksamhet", "Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Kommentar", "Avvikelse"],
    ]
    tn = "Tekniska nämnden"
    bmn = "Bygg- och miljönämnden"
    data = [
        ("TN", tn, "Gata/park", "Kontroll av att felanmälningar i gatubelysning åtgärdas inom avtalad tid",
         "Utdrag ur felanmälningssystemet", "Gatuchef", "Genomförd",
         "92 % åtgärdade inom avtalad tid. Entreprenören har påtalats.", "Ja", "GENOMFORD", "ja"),
        (None, tn, "Gata/park", "Vinterväghållning – entreprenörens rapporter stäms av mot fakturor",
         "Jämförelse rapport – faktura", "Gatuchef", "Genomförd",
         "Jan–mars avstämt, inga fel.", "Nej", "GENOMFORD", "nej"),
        (None, tn, "Fordon", "Fordonsförsäkringar och besiktning för kommunens fordon",
         "Genomgång av fordonsregister", "Fordonssamordnare", "Delvis",
         "Besiktning kontrollerad, försäkringar återstår.", "", "DELVIS", ""),
        (None, tn, "Färdtjänst", "Färdtjänsttillstånd prövas enligt riktlinjer",
         "Stickprov 10 ärenden", "Färdtjänsthandläggare", "Ej genomförd",
         "Ny handläggare, görs hösten 2025.", "", "EJ_GENOMFORD", ""),
        (None, tn, "Avfall", "Avfallstaxa – kontroll av att debitering stämmer mot abonnemangsregistret",
         "Stickprov 50 abonnemang", "Avfallschef", "Genomförd",
         "Stickprov 50 abonnemang: 3 hade fel kärlstorlek i debiteringen.\nKorrigerat i september.",
         "Ja", "GENOMFORD", "ja"),
        (None, tn, "Investeringar", "Kontroll av investeringsprojekt mot beslutad budget",
         "Projektuppföljning", "Teknisk chef", "Pågår",
         "Följs upp i samband med delårsbokslutet.", "", "DELVIS", ""),
        ("BMN", bmn, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Utdrag ur ärendesystemet", "Bygglovschef", "Genomförd",
         "2 av 87 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "Ja", "GENOMFORD", "ja"),
        (None, bmn, "Miljö", "Tillsynsavgifter enligt miljöbalken debiteras enligt \"Taxa för prövning och tillsyn\"",
         "Stickprov 20 beslut", "Miljöchef", "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        (None, bmn, "Administration", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare", "Genomförd",
         "Anmäls vid varje sammanträde.", "Nej", "GENOMFORD", "nej"),
        (None, bmn, "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplan",
         "Uppföljning mot kontrollplan", "Miljöchef", "Delvis",
         "48 av 80 planerade kontroller genomförda t.o.m. augusti.", "", "DELVIS", ""),
        (None, bmn, "Strandskydd", "Strandskyddsdispenser – överprövning av länsstyrelsen följs upp",
         "Genomgång av beslut", "Planarkitekt", "Utgår",
         "Ej aktuell, inga dispenser har överprövats.", "", "UTGAR", ""),
    ]
    for (label, nmn, verks, km, metod, ansv, status, komm, avv, st, eav) in data:
        lines.append([label or "", verks, km, metod, ansv, status, komm, avv])
        exp(fil, nmn, km, st, eav)
    lines.append([])
    lines.append(["Sammanställt av Per Olsson, samhällsbyggnadschef, 2025-09-10"])

    def q(v):
        if any(ch in v for ch in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v
    out = []
    for ln in lines:
        cells = (ln + [""] * width)[:width]
        out.append("\t".join(q(c) for c in cells))
    text = "\r\n".join(out) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", tn, "2025", "T2"))
    FILES.append((fil, "INLAST", bmn, "2025", "T2"))


# --------------------------------------------------------------------------------------
# VBA project (MS-OVBA) + compound file writer for the .xlsm
# --------------------------------------------------------------------------------------
def ovba_compress(data):
    """MS-OVBA compressed container using literal-only compressed chunks (valid, not small)."""
    out = bytearray(b"\x01")
    pos = 0
    while pos < len(data) or pos == 0:
        chunk = data[pos:pos + 4096]
        body = bytearray()
        for i in range(0, len(chunk), 8):
            body.append(0)                   # flag byte: 8 literal tokens
            body += chunk[i:i + 8]
        if len(body) + 2 <= 4098:
            size = len(body) + 2
            out += struct.pack("<H", (size - 3) | (0b011 << 12) | 0x8000)
            out += body
        else:                                 # uncompressed chunk (exactly 4096 bytes)
            assert len(chunk) == 4096
            out += struct.pack("<H", 0x0FFF | (0b011 << 12))
            out += chunk
        pos += 4096
        if not data:
            break
    return bytes(out)


def ovba_decompress(data):
    assert data[0] == 1
    out = bytearray()
    pos = 1
    while pos < len(data):
        hdr = struct.unpack_from("<H", data, pos)[0]
        size = (hdr & 0x0FFF) + 3
        flag = hdr >> 15
        chunk = data[pos + 2:pos + size]
        pos += size
        start = len(out)
        if not flag:
            out += chunk
            continue
        i = 0
        while i < len(chunk):
            flags = chunk[i]
            i += 1
            for b in range(8):
                if i >= len(chunk):
                    break
                if not (flags >> b) & 1:
                    out.append(chunk[i])
                    i += 1
                else:
                    tok = struct.unpack_from("<H", chunk, i)[0]
                    i += 2
                    dlen = len(out) - start
                    bits = max((dlen - 1).bit_length(), 4)
                    lmask = 0xFFFF >> bits
                    off = (tok >> (16 - bits)) + 1
                    ln = (tok & lmask) + 3
                    for _ in range(ln):
                        out.append(out[-off])
    return bytes(out)


def ovba_encrypt(project_id, data, seed):
    version = 2
    pkey = sum(project_id.encode("ascii")) & 0xFF
    out = bytearray([seed, seed ^ version, seed ^ pkey])
    unenc1, enc1, enc2 = pkey, seed ^ pkey, seed ^ version
    ignored = (seed & 6) // 2
    payload = [7] * ignored + list(struct.pack("<I", len(data))) + list(data)
    for b in payload:
        be = b ^ ((enc2 + unenc1) & 0xFF)
        out.append(be)
        enc2, enc1, unenc1 = enc1, be, b
    return out.hex().upper()


def build_vba_project(modules):
    """modules: list of (name, kind, code) kind 'doc' or 'std'. Returns dict of CFB streams."""
    cp = "cp1252"

    def rec(rid, payload):
        return struct.pack("<HI", rid, len(payload)) + payload

    d = bytearray()
    d += rec(0x0001, struct.pack("<I", 1))                 # SYSKIND win32
    d += rec(0x0002, struct.pack("<I", 0x041D))            # LCID sv-SE
    d += rec(0x0014, struct.pack("<I", 0x041D))            # LCIDINVOKE
    d += rec(0x0003, struct.pack("<H", 1252))              # CODEPAGE
    d += rec(0x0004, b"VBAProject")                        # NAME
    d += rec(0x0005, b"") + rec(0x0040, b"")               # DOCSTRING + unicode
    d += rec(0x0006, b"") + rec(0x003D, b"")               # HELPFILEPATH
    d += rec(0x0007, struct.pack("<I", 0))                 # HELPCONTEXT
    d += rec(0x0008, struct.pack("<I", 0))                 # LIBFLAGS
    d += struct.pack("<HIIH", 0x0009, 4, 0x5E7D2A1B, 19)   # VERSION (major, minor)
    d += rec(0x000C, b"") + rec(0x003C, b"")               # CONSTANTS
    # reference to stdole
    d += rec(0x0016, b"stdole") + rec(0x003E, "stdole".encode("utf-16-le"))
    libid = b"*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"
    d += rec(0x000D, struct.pack("<I", len(libid)) + libid + struct.pack("<IH", 0, 0))
    d += rec(0x000F, struct.pack("<H", len(modules)))
    d += rec(0x0013, struct.pack("<H", 0xFFFF))
    streams = {}
    for name, kind, code in modules:
        nb = name.encode(cp)
        nu = name.encode("utf-16-le")
        d += rec(0x0019, nb)
        d += rec(0x0047, nu)
        d += rec(0x001A, nb) + rec(0x0032, nu)
        d += rec(0x001C, b"") + rec(0x0048, b"")
        d += rec(0x0031, struct.pack("<I", 0))             # text offset: no performance cache
        d += rec(0x001E, struct.pack("<I", 0))
        d += rec(0x002C, struct.pack("<H", 0xFFFF))
        d += rec(0x0021 if kind == "std" else 0x0022, b"")
        d += rec(0x002B, b"")
        src = code.replace("\r\n", "\n").replace("\n", "\r\n").encode(cp)
        streams["VBA/" + name] = ovba_compress(src)
    d += rec(0x0010, b"")
    streams["VBA/dir"] = ovba_compress(bytes(d))
    streams["VBA/_VBA_PROJECT"] = b"\xcc\x61\xff\xff\x00\x00\x00"

    pid = "{6B1F4A2C-3D5E-4F70-8A91-B2C3D4E5F601}"
    lines = ['ID="%s"' % pid]
    for name, kind, _ in modules:
        if kind == "doc":
            lines.append("Document=%s/&H00000000" % name)
    for name, kind, _ in modules:
        if kind == "std":
            lines.append("Module=%s" % name)
    lines += ['Name="VBAProject"', 'HelpContextID="0"', 'VersionCompatible32="393222000"',
              'CMG="%s"' % ovba_encrypt(pid, b"\x00\x00\x00\x00", 0x31),
              'DPB="%s"' % ovba_encrypt(pid, b"\x00", 0x35),
              'GC="%s"' % ovba_encrypt(pid, b"\xff", 0x39),
              "", "[Host Extender Info]",
              "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
              "", "[Workspace]"]
    for name, kind, _ in modules:
        lines.append("%s=0, 0, 0, 0, C" % name if kind == "doc" else "%s=26, 26, 1137, 611, Z" % name)
    streams["PROJECT"] = ("\r\n".join(lines) + "\r\n").encode(cp)
    wm = bytearray()
    for name, _, _ in modules:
        wm += name.encode(cp) + b"\x00" + name.encode("utf-16-le") + b"\x00\x00"
    wm += b"\x00\x00"
    streams["PROJECTwm"] = bytes(wm)
    return streams


def build_cfb(streams):
    """Minimal compound file (v3, 512-byte sectors). streams: {'A/B': bytes}; all < 4096 bytes."""
    ENDC, FREE, FATS, NOS = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    # directory tree
    entries = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    storages = {"": 0}
    for path in sorted(streams):
        parts = path.split("/")
        parent = ""
        for i, p in enumerate(parts[:-1]):
            key = "/".join(parts[:i + 1])
            if key not in storages:
                entries.append({"name": p, "type": 1, "children": [], "data": b""})
                storages[key] = len(entries) - 1
                entries[storages[parent]]["children"].append(storages[key])
            parent = key
        entries.append({"name": parts[-1], "type": 2, "children": [], "data": streams[path]})
        entries[storages[parent]]["children"].append(len(entries) - 1)
        assert len(streams[path]) < 4096

    def key(i):
        n = entries[i]["name"]
        return (len(n), n.upper())

    for e in entries:
        e.update(left=NOS, right=NOS, child=NOS)

    def tree(ids):
        if not ids:
            return NOS
        ids = sorted(ids, key=key)
        m = len(ids) // 2
        entries[ids[m]]["left"] = tree(ids[:m])
        entries[ids[m]]["right"] = tree(ids[m + 1:])
        return ids[m]

    for e in entries:
        if e["type"] in (1, 5):
            e["child"] = tree(e["children"])
    # mini stream
    mini = bytearray()
    minifat = []
    for e in entries:
        if e["type"] != 2:
            continue
        data = e["data"]
        n = (len(data) + 63) // 64
        e["start"] = len(mini) // 64 if n else ENDC
        e["size"] = len(data)
        for k in range(n):
            idx = len(mini) // 64 + k
            minifat.append(idx + 1 if k < n - 1 else ENDC)
        mini += data + b"\x00" * (n * 64 - len(data))
    ndir = (len(entries) + 3) // 4
    nminifat = (len(minifat) * 4 + 511) // 512
    nmini = (len(mini) + 511) // 512
    nfat = 1
    while True:
        total = nfat + ndir + nminifat + nmini
        if total <= nfat * 128:
            break
        nfat += 1
    fat = [FREE] * (nfat * 128)
    s = 0
    for i in range(nfat):
        fat[s] = FATS
        s += 1

    def chain(start, n):
        for i in range(n):
            fat[start + i] = start + i + 1 if i < n - 1 else ENDC

    dir_start = s
    chain(s, ndir)
    s += ndir
    minifat_start = s if nminifat else ENDC
    chain(s, nminifat)
    s += nminifat
    mini_start = s if nmini else ENDC
    chain(s, nmini)
    s += nmini
    entries[0]["start"] = mini_start
    entries[0]["size"] = len(mini)

    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", hdr, 40, 0)
    struct.pack_into("<I", hdr, 44, nfat)
    struct.pack_into("<I", hdr, 48, dir_start)
    struct.pack_into("<I", hdr, 52, 0)
    struct.pack_into("<I", hdr, 56, 4096)
    struct.pack_into("<I", hdr, 60, minifat_start)
    struct.pack_into("<I", hdr, 64, nminifat)
    struct.pack_into("<I", hdr, 68, ENDC)
    struct.pack_into("<I", hdr, 72, 0)
    difat = list(range(nfat)) + [FREE] * (109 - nfat)
    struct.pack_into("<109I", hdr, 76, *difat)

    body = bytearray()
    body += struct.pack("<%dI" % len(fat), *fat)
    dirb = bytearray()
    for e in entries:
        de = bytearray(128)
        nm = e["name"].encode("utf-16-le")
        de[0:len(nm)] = nm
        struct.pack_into("<H", de, 64, len(nm) + 2)
        de[66] = e["type"]
        de[67] = 1
        struct.pack_into("<III", de, 68, e["left"], e["right"], e["child"])
        if e["type"] == 5:
            struct.pack_into("<16s", de, 80, bytes(16))
        struct.pack_into("<I", de, 116, e.get("start", 0) if e["type"] != 1 else 0)
        struct.pack_into("<Q", de, 120, e.get("size", 0) if e["type"] != 1 else 0)
        dirb += de
    while len(dirb) < ndir * 512:
        de = bytearray(128)
        struct.pack_into("<III", de, 68, NOS, NOS, NOS)
        dirb += de
    body += dirb
    mf = struct.pack("<%dI" % len(minifat), *minifat) if minifat else b""
    body += mf + b"\xff" * (nminifat * 512 - len(mf))
    body += mini + b"\x00" * (nmini * 512 - len(mini))
    return bytes(hdr + body)


VBA_DOC_ATTR = ('Attribute VB_Name = "{name}"\r\nAttribute VB_Base = "0{{{guid}}}"\r\n'
                'Attribute VB_GlobalNameSpace = False\r\nAttribute VB_Creatable = False\r\n'
                'Attribute VB_PredeclaredId = True\r\nAttribute VB_Exposed = True\r\n'
                'Attribute VB_TemplateDerived = False\r\nAttribute VB_Customizable = True\r\n')

VBA_MODULE1 = '''Attribute VB_Name = "Module1"
Option Explicit

' Färgar kolumnen Bedömning efter värde (Grön/Gul/Röd).
' Kör makrot efter att bedömningarna fyllts i. /Ekonomi LBAB
Sub FargaBedomning()
    Dim c As Range
    For Each c In Blad2.Range("F6:F30")
        Select Case LCase(Trim(c.Value))
            Case "grön": c.Interior.Color = RGB(146, 208, 80)
            Case "gul": c.Interior.Color = RGB(255, 217, 102)
            Case "röd": c.Interior.Color = RGB(255, 124, 128)
            Case Else: c.Interior.Pattern = xlNone
        End Select
    Next c
End Sub

Sub SkrivUtRapport()
    Blad2.PageSetup.PrintArea = "$A$1:$H$30"
    Blad2.PrintOut Copies:=1
End Sub
'''


# --------------------------------------------------------------------------------------
# F7  Leksandsbostäder AB - .xlsm with macro, traffic-light words, delårsuppföljning
# --------------------------------------------------------------------------------------
def build_lbab():
    fil = "Leksandsbostäder IK 2025 delår.xlsm"
    nm = "Leksandsbostäder AB"
    wb = new_wb("Intern kontroll 2025")
    wb.code_name = "ThisWorkbook"
    ins = wb.active
    ins.title = "Instruktion"
    ins.sheet_properties.codeName = "Blad1"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=14)
    texts = [
        "1. Fyll i bedömning (Grön, Gul eller Röd) och kommentar för varje kontrollmoment på fliken Internkontroll.",
        "2. Kör makrot FargaBedomning (Visa > Makron) så färgas bedömningskolumnen.",
        "3. Spara filen som .xlsm och skicka till ekonomiavdelningen senast 15 september.",
        "Frågor: ekonomichef Karin Hedlund, Leksandsbostäder AB.",
    ]
    for i, t in enumerate(texts, start=3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Internkontroll")
    ws.sheet_properties.codeName = "Blad2"
    ws["A1"] = "Leksandsbostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – delårsuppföljning januari–augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Styrelsens plan fastställd 2025-02-18"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollant", "Tidpunkt", "Bedömning", "Kommentar", "Datum"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.border = BORDER
        cell.alignment = CENTER
    rows = [
        (1, "Hyresadministration", "Hyresavisering – kontroll att hyror debiteras enligt gällande hyresavtal",
         "Ekonomichef", "Maj", "Grön", "Stickprov 30 avtal utan avvikelse.", datetime.date(2025, 5, 28),
         "GENOMFORD", "nej"),
        (2, "Hyresadministration", "Kundfordringar och hyresskulder – påminnelse- och inkassorutin följs",
         "Ekonomichef", "Juni", "Gul", "Rutinen följs, men 4 ärenden skickades till inkasso för sent.",
         datetime.date(2025, 6, 19), "GENOMFORD", "ja"),
        (3, "Inköp", "Upphandling av entreprenader sker enligt LOU",
         "VD", "Löpande", "Gul", "Granskning av två av fyra upphandlingar klar, inga fel hittills.",
         datetime.date(2025, 8, 29), "DELVIS", "nej"),
        (4, "Inköp", "Attest av fakturor enligt attestinstruktion",
         "Redovisningsekonom", "April", "Grön", None, datetime.date(2025, 4, 30), "GENOMFORD", "nej"),
        (5, "Fastighet", "Brandskyddskontroller (SBA) i bostadsbeståndet",
         "Fastighetschef", "Mars–juni", "Röd", "Ej genomförd, ny fastighetstekniker börjar i oktober.",
         None, "EJ_GENOMFORD", ""),
        (6, "Fastighet", "Nyckel- och passerhantering – registret stäms av mot utlämnade nycklar",
         "Fastighetschef", "Augusti", "–", "Utgår enligt styrelsebeslut 2025-05-20, nytt passersystem installeras.",
         None, "UTGAR", ""),
        (7, "Fastighet", "Besiktning av lekplatser enligt SS-EN 1176",
         "Förvaltare", "Maj", "Grön", "Årlig besiktning utförd i maj, två anmärkningar åtgärdade.",
         datetime.date(2025, 5, 15), "GENOMFORD", "ja"),
    ]
    fills = {"Grön": "92D050", "Gul": "FFD966", "Röd": "FF7C80"}
    r = 6
    for (nr, proc, km, kontr, tid, bed, komm, dat, st, av) in rows:
        vals = [nr, proc, km, kontr, tid, bed, komm, dat]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP_TOP
        if dat:
            ws.cell(row=r, column=8).number_format = "yyyy-mm-dd"
        if bed in fills:
            ws.cell(row=r, column=6).fill = fill(fills[bed])
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring bedömning").font = BOLD
    for i, (t, f) in enumerate([("Grön = genomförd utan anmärkning", "92D050"),
                                ("Gul = genomförd med anmärkning eller pågår", "FFD966"),
                                ("Röd = ej genomförd", "FF7C80")], start=1):
        ws.cell(row=r + i, column=2, value=t)
        ws.cell(row=r + i, column=1).fill = fill(f)
    for i, w in enumerate([5, 20, 50, 18, 11, 11, 50, 12], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    path = os.path.join(OUT, fil)
    wb.save(path)

    modules = [
        ("ThisWorkbook", "doc", VBA_DOC_ATTR.format(name="ThisWorkbook", guid="00020819-0000-0000-C000-000000000046")),
        ("Blad1", "doc", VBA_DOC_ATTR.format(name="Blad1", guid="00020820-0000-0000-C000-000000000046")),
        ("Blad2", "doc", VBA_DOC_ATTR.format(name="Blad2", guid="00020820-0000-0000-C000-000000000046")),
        ("Module1", "std", VBA_MODULE1),
    ]
    vba = build_cfb(build_vba_project(modules))

    def ct(data):
        t = data.decode()
        t = t.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                      "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        t = t.replace('<Default Extension="xml"',
                      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"', 1)
        return t.encode()

    def rels(data):
        t = data.decode()
        t = t.replace("</Relationships>",
                      '<Relationship Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                      'Target="vbaProject.bin" Id="rIdVBA1"/></Relationships>')
        return t.encode()

    def wbx(data):
        t = data.decode()
        if 'codeName="ThisWorkbook"' not in t:
            t = re.sub(r"<workbookPr\s*/>", '<workbookPr codeName="ThisWorkbook"/>', t)
        return t.encode()

    rewrite_zip(path, changes={"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels,
                               "xl/workbook.xml": wbx},
                additions={"xl/vbaProject.bin": vba})
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# R  Rejected: the economy office's budget workbook (no follow-up)
# --------------------------------------------------------------------------------------
def build_budget():
    fil = "Budget 2026 Leksands kommun - driftbudget per nämnd.xlsx"
    wb = new_wb("Budget 2026")
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Leksands kommun – driftbudget 2026 per nämnd (tkr)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till budgetberedning, version 2025-09-05. Prognos enligt tertialrapport T2 2025."
    hdr = ["Nämnd", "Budget 2025", "Utfall jan–aug 2025", "Prognos helår 2025 (T2)", "Avvikelse mot budget",
           "Ram 2026", "Förändring 2026/2025"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = CENTER
        cell.fill = fill("D9E1F2")
    data = [
        ("Kommunstyrelsen", -98500, -63210, -97800, -101200),
        ("Bildningsnämnden", -412300, -268450, -415900, -421000),
        ("Omsorgsnämnden", -398700, -271300, -409200, -412500),
        ("Socialnämnden", -96400, -66800, -101300, -99800),
        ("Kultur- och fritidsnämnden", -41200, -27150, -40900, -42100),
        ("Tekniska nämnden", -58900, -36700, -58100, -60300),
        ("Bygg- och miljönämnden", -12600, -7900, -12400, -13000),
        ("Överförmyndarnämnden", -3100, -2050, -3100, -3200),
        ("Valnämnden", -150, -40, -150, -1200),
    ]
    cached = {}
    r = 5
    first = r
    for (n, b25, utf, prog, ram) in data:
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=b25)
        ws.cell(row=r, column=3, value=utf)
        ws.cell(row=r, column=4, value=prog)
        ws.cell(row=r, column=5, value="=D%d-B%d" % (r, r))
        cached["E%d" % r] = prog - b25
        ws.cell(row=r, column=6, value=ram)
        ws.cell(row=r, column=7, value="=F%d-B%d" % (r, r))
        cached["G%d" % r] = ram - b25
        for c in range(2, 8):
            ws.cell(row=r, column=c).number_format = "# ##0;-# ##0"
        r += 1
    ws.cell(row=r, column=1, value="Summa nämnder").font = BOLD
    for c, col in enumerate("BCDEFG", start=2):
        ws.cell(row=r, column=c, value="=SUM(%s%d:%s%d)" % (col, first, col, r - 1)).font = BOLD
        ws.cell(row=r, column=c).number_format = "# ##0;-# ##0"
        idx = c - 2
        vals = [[d[1], d[2], d[3], d[3] - d[1], d[4], d[4] - d[1]][idx] for d in data]
        cached["%s%d" % (col, r)] = sum(vals)
    for i, w in enumerate([28, 13, 16, 20, 18, 12, 18], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    k = wb.create_sheet("Kommentarer")
    k["A1"] = "Kommentarer från nämnderna"
    k["A1"].font = BOLD
    comments = [
        ("Omsorgsnämnden", "Prognosen visar underskott på 10,5 mnkr, främst ökade kostnader för hemtjänst och köpta platser."),
        ("Socialnämnden", "Fler placeringar av barn och unga än budgeterat. Åtgärdsplan beslutas i oktober."),
        ("Bildningsnämnden", "Minskande elevkullar ger lägre skolpengskostnad 2026, lokalkostnader ökar."),
        ("Valnämnden", "Ram 2026 höjs inför allmänna val i september 2026."),
    ]
    for i, (n, t) in enumerate(comments, start=3):
        k.cell(row=i, column=1, value=n)
        k.cell(row=i, column=2, value=t)
    k.column_dimensions["A"].width = 26
    k.column_dimensions["B"].width = 100
    path = os.path.join(OUT, fil)
    wb.save(path)
    rewrite_zip(path, changes={"xl/worksheets/sheet1.xml": cached_values_patch(cached)})
    FILES.append((fil, "AVVISAD", "", "", ""))


# --------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
    ("Bildningsnämnden", "BIN|Bildningsförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggnämnden|Bygg och miljö"),
    ("Leksandsbostäder AB", "LBAB|Leksandsbostäder|Leksands Bostäder"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            for r in rows:
                cw.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r502build_")
    try:
        build_ks()
        build_bin()
        build_on()
        build_sn(tmpdir)
        build_kfn()
        build_sbf()
        build_lbab()
        build_budget()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
