#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r501 - Borlänge kommun, helår 2025 inbox of summaries.

Builds 7 follow-up files + 1 covering letter (to be rejected) and
namnder.csv, files.csv, expected.csv - deterministically.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r501_build"
LO_PROFILE = "file:///tmp/lo-round501"
FIXED = datetime.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="FFD9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="FFF2F2F2")


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Borlänge kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Borlänge kommun"
    return wb


def head_row(ws, row, values, fill=HEAD_FILL):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def body_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Borlänge kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Borlänge kommun"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """text may contain '\n' -> separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed entry dates and a fixed
    modification time in the document properties, so reruns are byte-identical."""
    import re
    import zipfile
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)",
                             lambda m: m.group(1) + stamp + "Z" + m.group(2), txt)
                txt = re.sub(r"(<(?:dc:date|meta:creation-date)>)[^<]*(<)",
                             lambda m: m.group(1) + stamp + m.group(2), txt)
                txt = re.sub(r"(<meta:editing-duration>)[^<]*(<)", r"\1PT0S\2", txt)
                txt = re.sub(r"<meta:generator>[^<]*</meta:generator>", "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 26, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


def soffice(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


# ====================================================================
# 1. Kommunstyrelsen - Word report, table with Resultat + Bedömning
# ====================================================================
def f1_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.docx"
    namnd = "Kommunstyrelsen"
    rows = [
        # nr, process, kontrollmoment, resultat, bedömning, status, avv
        ("1", "Ekonomi och upphandling",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov om 60 fakturor (jan–nov) har granskats. Samtliga var attesterade av behörig beslutsattestant enligt gällande attestförteckning.",
         "Tillräcklig", "GENOMFORD", "nej"),
        ("2", None,
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
         "20 direktupphandlingar har granskats. I 6 fall saknades dokumentation av konkurrensutsättningen. Utbildning för beställare genomförs våren 2026.",
         "Ej tillräcklig", "GENOMFORD", "ja"),
        ("3", "Personal",
         "Kontroll av att bisysslor registreras och bedöms årligen",
         "Kontrollen är påbörjad. Fyra av sju avdelningar har redovisat sina bisyssleanmälningar, inga otillåtna bisysslor har hittills noterats. Resterande avdelningar redovisar senast 2026-02-28.",
         "Kan ej bedömas ännu", "DELVIS", "nej"),
        ("4", "IT och informationssäkerhet",
         "Kontroll av behörigheter i ekonomisystemet Raindance för avslutade anställningar",
         "Behörighetslistan har stämts av mot HR-systemet per 2025-10-31. Tre personer som avslutat sin anställning hade kvar behörighet; behörigheterna har tagits bort.",
         "Ej tillräcklig", "GENOMFORD", "ja"),
        ("5", "Dokument- och ärendehantering",
         "Diarieföring av inkommande handlingar inom fem arbetsdagar",
         "Stickprov om 40 handlingar: 38 var diarieförda inom fem arbetsdagar, 2 diarieförda efter 8 respektive 11 dagar. Avvikelserna bedöms som ringa.",
         "Tillräcklig", "GENOMFORD", "ja"),
        ("6", "Förtroendekänsliga poster",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Kontrollen har inte genomförts under året på grund av vakans på ekonomienheten. Kontrollmomentet flyttas till internkontrollplan 2026.",
         "Ej tillräcklig", "EJ_GENOMFORD", ""),
        ("7", "Lön",
         "Avstämning av löneutbetalningar mot anställningsbeslut (stickprov)",
         "Stickprov om 25 utbetalningar i september. Inga avvikelser.",
         "Tillräcklig", "GENOMFORD", "nej"),
        ("8", "Säkerhet och beredskap",
         "Uppdatering av krisledningsplan och genomförd krisledningsövning",
         "Utgår – ersatt av kommunövergripande övning med Länsstyrelsen Dalarna enligt beslut KS 2025-03-11 § 42.",
         "", "UTGAR", ""),
        ("9", "Avtal",
         "Kontroll av att avtal registreras i avtalsdatabasen",
         "Genomförd. 15 av 15 granskade avtal fanns registrerade.",
         "Tillräcklig", "GENOMFORD", "nej"),
    ]
    d = new_doc()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Borlänge kommun\tKommunledningsförvaltningen\tDnr KS 2025/0087"
    h = d.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan för 2025 den 10 december 2024, § 211. "
        "I denna rapport redovisas resultatet av de kontroller som ingår i planen samt "
        "förvaltningens bedömning av om den interna kontrollen inom respektive område är "
        "tillräcklig. Resultatet avser perioden januari–december 2025.")
    p = d.add_paragraph()
    p.add_run("Resultat per kontrollmoment").bold = True
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Process", "Kontrollmoment", "Resultat",
           "Bedömning (tillräcklig/ej tillräcklig)"]
    for i, v in enumerate(hdr):
        set_cell(t.rows[0].cells[i], v, bold=True)
        shade(t.rows[0].cells[i], "D9E1F2")
    for nr, proc, km, res, bed, st, avv in rows:
        c = t.add_row().cells
        set_cell(c[0], nr)
        set_cell(c[1], proc or "")
        set_cell(c[2], km)
        set_cell(c[3], res)
        set_cell(c[4], bed)
        exp(fil, namnd, km, st, avv)
    # process "Ekonomi och upphandling" spans rows 1-2 (vertical merge)
    a = t.cell(1, 1)
    b = t.cell(2, 1)
    a.merge(b)
    set_cell(t.cell(1, 1), "Ekonomi och upphandling")
    for row in t.rows:
        row.cells[0].width = Cm(1)
        row.cells[1].width = Cm(3)
        row.cells[2].width = Cm(4.5)
        row.cells[3].width = Cm(6)
        row.cells[4].width = Cm(2.5)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Sammanfattande bedömning").bold = True
    d.add_paragraph(
        "Av planens nio kontrollmoment har sex genomförts, ett är påbörjat och ett har inte "
        "genomförts. Ett kontrollmoment har utgått. Förvaltningen bedömer sammantaget att den "
        "interna kontrollen inom kommunstyrelsens ansvarsområde i huvudsak är tillräcklig, men "
        "att åtgärder krävs inom direktupphandling och behörighetshantering.")
    d.add_paragraph()
    d.add_paragraph("Borlänge 2026-01-22")
    d.add_paragraph("Helena Sundberg\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 2. Familje- och arbetsmarknadsnämnden - Excel, deviations as counts
# ====================================================================
def f2_fan():
    fil = "FAN_IK_helar2025_sammanstallning.xlsx"
    namnd = "Familje- och arbetsmarknadsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Familje- och arbetsmarknadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställning – uppföljning av internkontrollplan, helår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Avvikelser redovisas som antal. Med avvikelse avses kontrollerat ärende/underlag där fel "
                "eller brist har konstaterats. Kontrollperiod 2025-01-01 – 2025-12-31.")
    ws.merge_cells("A3:I3")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[3].height = 30
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Planerat urval (antal)",
           "Antal kontrollerade", "Antal avvikelser", "Kommentar / åtgärd", "Ansvarig"]
    head_row(ws, 5, hdr)
    groups = [
        ("Ekonomiskt bistånd", [
            ("1", "Utbetalning", "Kontroll att utbetalt ekonomiskt bistånd överensstämmer med beslut",
             "Stickprov i Lifecare, jämförelse beslut/utbetalning", 40, 40, 2,
             "Två felaktiga utbetalningar (dubbelutbetald hyra). Återkrav upprättat.",
             "Enhetschef försörjningsstöd", "GENOMFORD", "ja"),
            ("2", "Handläggning", "Kontroll att beslut om ekonomiskt bistånd fattas inom sju arbetsdagar från komplett ansökan",
             "Stickprov", 30, 30, 0, None, "Enhetschef försörjningsstöd", "GENOMFORD", "nej"),
        ]),
        ("Barn och unga", [
            ("3", "Orosanmälningar", "Förhandsbedömning av orosanmälningar inom 14 dagar",
             "Uttag ur verksamhetssystemet", 50, 50, 5,
             "5 av 50 förhandsbedömningar överskred 14 dagar, samtliga under semesterperioden.",
             "Enhetschef mottagning BoU", "GENOMFORD", "ja"),
            ("4", "Utredning", "Kontroll att utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader",
             "Stickprov", 25, 12, 1,
             "Kontrollen kunde endast genomföras för perioden jan–jun p.g.a. byte av verksamhetssystem.",
             "Enhetschef utredning BoU", "DELVIS", "ja"),
            ("5", "Placeringar", "Uppföljning av placeringar på HVB enligt vårdplan",
             "Genomgång av akter", 15, "–", "–",
             "Ej genomförd. Kontrollen skjuts till 2026.", "Enhetschef placering", "EJ_GENOMFORD", ""),
        ]),
        ("Arbetsmarknad", [
            ("6", "Deltagare", "Kontroll av närvarorapportering för deltagare i arbetsmarknadsinsatser",
             "Stickprov närvarolistor", 20, 20, 0, None, "Chef arbetsmarknadsenheten", "GENOMFORD", "nej"),
            ("7", "Statsbidrag", "Kontroll av att anställningsstöd rekvireras och återrapporteras till Arbetsförmedlingen",
             "Avstämning mot beslut", 10, 10, 3,
             "Tre ärenden saknade rekvisition. Ca 84 tkr har rekvirerats i efterhand.",
             "Controller", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("8", "Attest", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov", 30, 30, 0, None, "Controller", "GENOMFORD", "nej"),
            ("9", "Kontanthantering", "Hantering av kontanta medel och värdebevis (matkort)",
             "Inventering", 4, None, None,
             "Utgår – matkort avvecklades i maj 2025, beslut FAN 2025-05-20 § 61.",
             "Administrativ chef", "UTGAR", ""),
            ("10", "Informationssäkerhet", "Kontroll av att sekretessbelagda handlingar skickas krypterat",
             "Stickprov e-post", 20, None, None, None, "Administrativ chef", "SAKNAS", ""),
        ]),
    ]
    r = 6
    tot_plan = tot_kontr = tot_avv = 0
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = GROUP_FILL
        r += 1
        for (nr, omr, km, met, plan, kontr, avv_n, komm, ansv, st, avv) in items:
            body_row(ws, r, [int(nr), omr, km, met, plan, kontr, avv_n, komm, ansv])
            tot_plan += plan
            tot_kontr += kontr if isinstance(kontr, int) else 0
            tot_avv += avv_n if isinstance(avv_n, int) else 0
            exp(fil, namnd, km, st, avv)
            r += 1
    ws.cell(row=r, column=2, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=5, value=tot_plan).font = Font(bold=True)
    ws.cell(row=r, column=6, value=tot_kontr).font = Font(bold=True)
    ws.cell(row=r, column=7, value=tot_avv).font = Font(bold=True)
    r += 3
    ws.cell(row=r, column=1, value="Upprättad av: Karin Ek, controller, 2026-01-20")
    ws.cell(row=r + 1, column=1, value="Behandlad i förvaltningens ledningsgrupp 2026-01-21")
    widths(ws, [5, 18, 42, 28, 12, 12, 12, 45, 24])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 3. Barn- och bildningsnämnden - controls in rows, enheter in columns
# ====================================================================
def f3_bbn():
    fil = "BBN_IK_per_enhet_helar_2025.xlsx"
    namnd = "Barn- och bildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Helår"
    ws.oddHeader.left.text = "Barn- och bildningsnämnden"
    ws.oddHeader.right.text = "Borlänge kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helår, per enhet"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Markera per enhet: X = genomförd utan anmärkning, A = genomförd med anmärkning (beskriv i "
                "kommentar), P = påbörjad/pågår, – = ej genomförd, E = ej aktuellt för enheten")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 30
    enheter = ["Förskola", "Grundskola F–6", "Grundskola 7–9", "Gymnasiet", "Vuxenutbildningen"]
    # two header rows: "Enhet" merged above the enhet columns
    ws.cell(row=4, column=1, value="Nr")
    ws.cell(row=4, column=2, value="Kontrollmoment")
    ws.cell(row=4, column=3, value="Enhet")
    ws.cell(row=4, column=8, value="Kommentar")
    for col in (1, 2, 8):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=7)
    for i, e in enumerate(enheter):
        ws.cell(row=5, column=3 + i, value=e)
    for rr in (4, 5):
        for cc in range(1, 9):
            c = ws.cell(row=rr, column=cc)
            c.font = Font(bold=True)
            c.fill = HEAD_FILL
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    groups = [
        ("Ekonomi", [
            ("1", "Attest av leverantörsfakturor enligt attestordningen",
             ["X", "X", "X", "X", "X"], None, "GENOMFORD", "nej"),
            ("2", "Kontroll av att inköp sker från avtalade leverantörer",
             ["X", "X", "A", "A", "X"],
             "Grundskola 7–9 och Gymnasiet: inköp av IT-tillbehör utanför avtal (sammanlagt 7 fakturor). Information till rektorer given.",
             "GENOMFORD", "ja"),
            ("3", "Avstämning av barnomsorgsavgifter mot placeringsunderlag",
             ["X", "E", "E", "E", "E"], None, "GENOMFORD", "nej"),
        ]),
        ("Elevhälsa och trygghet", [
            ("4", "Anmälan av kränkande behandling till huvudman inom fem arbetsdagar",
             ["X", "X", "P", "X", "–"],
             "Grundskola 7–9: sammanställning pågår. Vuxenutbildningen har inte genomfört kontrollen.",
             "DELVIS", "nej"),
            ("5", "Kontroll av att åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd",
             ["E", "X", "X", "A", "E"],
             "Gymnasiet: 3 av 20 granskade åtgärdsprogram saknade dokumenterad uppföljning.",
             "GENOMFORD", "ja"),
            ("6", "Registerkontroll ur belastningsregistret vid nyanställning",
             ["X", "X", "X", "X", "X"], None, "GENOMFORD", "nej"),
        ]),
        ("Systematiskt kvalitetsarbete och IT", [
            ("7", "Kontroll av behörigheter i lärplattformen Unikum",
             ["–", "–", "–", "–", "–"],
             "Kontrollen har skjutits upp till 2026 på grund av byte av lärplattform.",
             "EJ_GENOMFORD", ""),
            ("8", "Uppföljning av frånvarorapportering och kontakt med vårdnadshavare vid upprepad frånvaro",
             ["E", "P", "P", "X", "E"], None, "DELVIS", "nej"),
            ("9", "Inventering av digitala läromedel och licenser",
             [None, None, None, None, None],
             "Utgår enligt beslut BBN 2025-04-15 § 38 (ingår i IT-avdelningens inventering).",
             "UTGAR", ""),
            ("10", "Kontroll av skolskjutsavtal och fakturering",
             ["E", "X", "X", "E", "E"], None, "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = GROUP_FILL
        r += 1
        for nr, km, marks, komm, st, avv in items:
            body_row(ws, r, [int(nr), km] + marks + [komm])
            for cc in range(3, 8):
                ws.cell(row=r, column=cc).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, st, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Rapporterat av: Johan Berglund, kvalitetsstrateg. Datum: 2026-01-19")
    widths(ws, [5, 55, 11, 11, 11, 11, 14, 55])
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 4. Omsorgsnämnden - Word, table then a conclusions section
# ====================================================================
def f4_on():
    fil = "Omsorgsnämnden uppföljning IKP 2025.docx"
    namnd = "Omsorgsnämnden"
    rows = [
        ("1", "Hemtjänst",
         "Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid",
         "Jämförelse TES/beslut, 30 brukare",
         "Avvikelse större än 20 % i 4 av 30 ärenden. Biståndshandläggare har gjort uppföljning i samtliga fyra.",
         "Klar", "GENOMFORD", "ja"),
        ("2", "Särskilt boende",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter inflyttning",
         "Stickprov 20 nyinflyttade",
         "17 av 20 genomförandeplaner upprättade inom 14 dagar.",
         "Klar", "GENOMFORD", "ja"),
        ("3", "Hälso- och sjukvård",
         "Kontroll av läkemedelshantering och signeringslistor\n(egenkontroll enligt MAS-rutin)",
         "Egenkontroll, MAS",
         "Se avsnitt 3 Slutsatser.",
         "", "DELVIS", "ja"),
        ("4", "Ekonomi",
         "Kontroll av brukarmedel och kontanthantering på särskilt boende",
         "Inventering två gånger per år",
         "Inventering genomförd i juni och december, inga differenser.",
         "Klar", "GENOMFORD", "nej"),
        ("5", "Personal",
         "Kontroll av att introduktion av nyanställda dokumenteras enligt checklista",
         "Stickprov 15 nyanställda",
         "",
         "", "EJ_GENOMFORD", ""),
        ("6", "Avgifter",
         "Kontroll av att avgiftsbeslut fattas för samtliga nya brukare",
         "Avstämning 25 nya brukare",
         "Samtliga 25 hade avgiftsbeslut.",
         "Klar", "GENOMFORD", "nej"),
        ("7", "Kvalitet",
         "Uppföljning av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO",
         "Genomgång av samtliga rapporter",
         "Tre rapporter under året. Samtliga utredda; en anmäld till IVO inom föreskriven tid.",
         "Klar", "GENOMFORD", "nej"),
        ("8", "Bemanning",
         "Kontroll av timavlönades arbetstid i förhållande till LAS-dagar",
         "Uttag ur personalsystemet",
         "Kontrollmomentet utgick efter beslut i nämnden 2025-09-17 § 87, då kontrollen tas över centralt av HR-avdelningen.",
         "Utgår", "UTGAR", ""),
        ("9", "Informationssäkerhet",
         "Kontroll av loggar i verksamhetssystemet Lifecare avseende otillbörlig åtkomst",
         "Loggkontroll 10 användare/månad",
         "Loggkontroll genomförd januari–september. Inga otillbörliga åtkomster. Kontrollen för oktober–december pågår.",
         "Pågår", "DELVIS", "nej"),
    ]
    d = new_doc()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "Omsorgsförvaltningen\tTjänsteskrivelse\tDnr ON 2025/112"
    t0 = d.add_paragraph()
    r = t0.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Omsorgsnämnden, Borlänge kommun")
    p = d.add_paragraph()
    p.add_run("1. Bakgrund").bold = True
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden årligen följa upp sin "
        "internkontrollplan och rapportera resultatet till kommunstyrelsen. Omsorgsnämnden "
        "fastställde internkontrollplanen för 2025 den 18 december 2024, § 132. Planen omfattar nio "
        "kontrollmoment. Kontrollerna har utförts av enhetschefer, medicinskt ansvarig sjuksköterska "
        "(MAS) och förvaltningens controller.")
    p = d.add_paragraph()
    p.add_run("2. Resultat av kontrollerna").bold = True
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Utfall helår", "Status"]
    for i, v in enumerate(hdr):
        set_cell(t.rows[0].cells[i], v, bold=True)
        shade(t.rows[0].cells[i], "E2EFDA")
    for nr, proc, km, met, utf, status, st, avv in rows:
        c = t.add_row().cells
        for cell, v in zip(c, [nr, proc, km, met, utf, status]):
            set_cell(cell, v)
        exp(fil, namnd, km.replace("\n", " "), st, avv)
    for row in t.rows:
        for cell, w in zip(row.cells, [1, 3, 6, 4, 8.5, 2]):
            cell.width = Cm(w)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("3. Slutsatser och åtgärder").bold = True
    d.add_paragraph(
        "Av planens nio kontrollmoment har fem genomförts i sin helhet. Två kontrollmoment har "
        "genomförts delvis, ett har inte genomförts och ett har utgått efter beslut i nämnden.")
    d.add_paragraph(
        "Kontrollen av läkemedelshantering (kontrollmoment 3) har genomförts på fyra av sju särskilda "
        "boenden. På ett av boendena saknades signering för 12 % av de administrerade doserna. MAS har "
        "tillsammans med enhetschefen upprättat en handlingsplan. Resterande tre boenden granskas under "
        "första kvartalet 2026.")
    d.add_paragraph(
        "Kontrollmomentet avseende dokumentation av introduktion för nyanställda (kontrollmoment 5) har "
        "inte genomförts under 2025 på grund av hög arbetsbelastning hos enhetscheferna i samband med "
        "sommarrekryteringen. Kontrollmomentet förs över till internkontrollplan 2026.")
    d.add_paragraph(
        "Avvikelserna inom hemtjänsten (kontrollmoment 1) visar att rutinen för uppföljning av "
        "beviljad tid behöver förtydligas. Förvaltningen föreslår följande åtgärder:")
    for b in ["Rutin för avvikelser mellan beviljad och utförd tid revideras senast april 2026.",
              "Utbildning i signeringsrutin för samtliga sjuksköterskor på särskilt boende.",
              "Kontrollmoment 5 återkommer i 2026 års plan."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen inom omsorgsnämndens "
        "verksamhetsområde är tillräcklig.")
    d.add_paragraph()
    d.add_paragraph("Lena Holm\nFörvaltningschef, Omsorgsförvaltningen")
    d.add_paragraph("Mats Dahlberg\nController")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 5. Kultur- och fritidsnämnden - .ods, plan 2025 (with helår follow-up)
#    and the previous year's follow-up (2024) on another sheet
# ====================================================================
def f5_kfn():
    fil = "KFN Internkontrollplan 2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Antagen av nämnden 2024-12-12 § 97. Uppföljning helår rapporteras till nämnden 2026-02-12."
    hdr = ["Process/rutin", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status helår", "Kommentar helår"]
    head_row(ws, 5, hdr)
    rows = [
        ("Föreningsbidrag", "Felaktigt utbetalda bidrag", 3, 3,
         "Kontroll att föreningsbidrag betalas ut enligt beslut och gällande bidragsregler",
         "Stickprov 15 utbetalningar", "Årligen", "Bidragshandläggare", "GA",
         "2 av 15 föreningar saknade inlämnad verksamhetsberättelse. Utbetalning stoppad tills komplettering inkommit.",
         "GENOMFORD", "ja"),
        ("Uthyrning av anläggningar", "Intäktsbortfall", 2, 3,
         "Kontroll att bokningar av idrottsanläggningar faktureras",
         "Avstämning bokningssystem mot fakturering", "Per tertial", "Bokningsansvarig", "G", None,
         "GENOMFORD", "nej"),
        ("Kassahantering", "Förskingring, kassadifferenser", 2, 4,
         "Kontroll av dagskassor och kassaredovisning i simhallen",
         "Oanmäld kassakontroll", "Månadsvis", "Föreståndare simhall", "G",
         "Kontroll varje månad. Inga differenser över 100 kr.",
         "GENOMFORD", "nej"),
        ("Bibliotek", "Felaktigt bestånd i mediekatalogen", 2, 2,
         "Kontroll av gallring och registrering av medieinköp",
         "Stickprov i bibliotekssystemet", "Årligen", "Bibliotekschef", "D",
         "Genomförd för huvudbiblioteket. Filialerna i Kvarnsveden och Torsång återstår.",
         "DELVIS", "nej"),
        ("Personal", "Felaktiga arvoden", 2, 2,
         "Kontroll av att arvoden till timanställda kulturskolelärare attesteras",
         "Stickprov lönelistor", "Per tertial", "Kulturskolechef", "EG",
         "Ej genomförd på grund av långtidssjukskrivning.",
         "EJ_GENOMFORD", ""),
        ("Evenemang", "Bristande säkerhet vid evenemang", 1, 4,
         "Kontroll av tillstånd och säkerhetsplan vid större evenemang i egen regi",
         "Granskning inför evenemang", "Vid behov", "Evenemangssamordnare", "U",
         "Inga större evenemang i egen regi under 2025.",
         "UTGAR", ""),
        ("Lokaler", "Otydliga avtal", 2, 2,
         "Kontroll av att hyresavtal med föreningar är aktuella och undertecknade",
         "Genomgång avtalsregister", "Årligen", "Fritidschef", None, None,
         "SAKNAS", ""),
        ("Dataskydd", "Personuppgiftsincident", 2, 3,
         "Kontroll av att personuppgifter i föreningsregistret hanteras enligt dataskyddsförordningen",
         "Genomgång av registret", "Årligen", "Nämndsekreterare", None, "Se bilaga 2",
         "OKLAR", ""),
    ]
    r = 6
    for (proc, risk, sa, ko, km, met, frek, ansv, code, komm, st, avv) in rows:
        body_row(ws, r, [proc, risk, sa, ko, sa * ko, km, met, frek, ansv, code, komm])
        ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statuskoder:").font = Font(bold=True)
    legend = ["G = Genomförd utan avvikelse", "GA = Genomförd, avvikelse noterad (se kommentar)",
              "D = Delvis genomförd", "EG = Ej genomförd", "U = Utgår"]
    for i, l in enumerate(legend):
        ws.cell(row=r + 1 + i, column=1, value=l)
    widths(ws, [20, 22, 11, 11, 9, 45, 26, 12, 20, 10, 50])
    ws.freeze_panes = "A6"

    # previous year's follow-up
    ws2 = wb.create_sheet("Uppföljning 2024")
    ws2["A1"] = "Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2024, helår"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Rapporterad till nämnden 2025-02-13 § 9"
    hdr2 = ["Process/rutin", "Kontrollmoment", "Ansvarig", "Status helår 2024", "Kommentar"]
    head_row(ws2, 4, hdr2)
    rows2 = [
        ("Föreningsbidrag", "Kontroll att föreningsbidrag betalas ut enligt beslut och gällande bidragsregler",
         "Bidragshandläggare", "G", "Inga avvikelser i stickprov om 15."),
        ("Kassahantering", "Kontroll av dagskassor och kassaredovisning i simhallen",
         "Föreståndare simhall", "GA", "Differens om 1 450 kr i juli, utredd och polisanmäld."),
        ("Personal", "Kontroll av lönebidragsanställningar och rekvirering av lönebidrag",
         "Administrativ chef", "EG", "Flyttas till 2025 – ej genomförd."),
        ("Bibliotek", "Kontroll av gallring och registrering av medieinköp",
         "Bibliotekschef", "G", None),
        ("Anläggningar", "Kontroll av att besiktningar av lekplatser och utegym genomförs",
         "Fritidschef", "D", "Utegym klara, lekplatser återstår (ansvaret övergår till SBN 2025)."),
        ("Uthyrning av anläggningar", "Kontroll att bokningar av idrottsanläggningar faktureras",
         "Bokningsansvarig", "GA", "12 bokningar ofakturerade, fakturerade i efterhand."),
    ]
    r = 5
    for row in rows2:
        body_row(ws2, r, list(row))
        r += 1
    widths(ws2, [22, 55, 20, 14, 50])

    tmp = os.path.join(BUILD, "KFN Internkontrollplan 2025.xlsx")
    wb.save(tmp)
    soffice(tmp, "ods", BUILD)
    shutil.copyfile(os.path.join(BUILD, "KFN Internkontrollplan 2025.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 6. Stratsys export - CSV with two nämnder, T1/T2/Helår side by side
# ====================================================================
def f6_stratsys():
    fil = "Stratsys_export_internkontroll_2025.csv"
    sbn = "Samhällsbyggnadsnämnden"
    mbn = "Miljö- och byggnämnden"
    org = {sbn: "Samhällsbyggnadsförvaltningen", mbn: "Miljö- och byggförvaltningen"}
    rows = [
        (sbn, "Mark och exploatering",
         "Kontroll av att markförsäljning sker enligt antagna riktlinjer och marktaxa",
         "Mark- och exploateringschef", "Årligen", "", "Pågående", "Genomförd",
         "Samtliga sex försäljningar under året följde riktlinjerna.", "GENOMFORD", "nej"),
        (sbn, "Investeringar",
         "Uppföljning av investeringsprojekt mot beslutad budget",
         "Controller", "Tertial", "Genomförd", "Genomförd", "Genomförd", "", "GENOMFORD", "nej"),
        (sbn, "Upphandling",
         "Kontroll av att entreprenader avropas från gällande ramavtal",
         "Upphandlingssamordnare", "Halvår", "", "Pågående", "Genomförd med anmärkning",
         "Ett avrop (asfaltering Hagalund) gjordes utanför ramavtal; ärendet är rapporterat till upphandlingsenheten.",
         "GENOMFORD", "ja"),
        (sbn, "Gata och park",
         "Kontroll av att fakturor för vinterväghållning stäms av mot körjournaler",
         "Driftchef gata/park", "Månadsvis", "Pågående", "Pågående", "", "", "DELVIS", ""),
        (sbn, "Parkering",
         "Avstämning av parkeringsintäkter mot redovisning från parkeringsautomater",
         "Trafikingenjör", "Tertial", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
         "Resursbrist under året; flyttas till 2026.", "EJ_GENOMFORD", ""),
        (sbn, "Kollektivtrafik",
         "Kontroll av fakturerade färdtjänstresor mot beställningsunderlag",
         "Trafikhandläggare", "Tertial", "", "", "Utgår",
         "Färdtjänsten överfördes till Region Dalarna 2025-01-01.", "UTGAR", ""),
        (mbn, "Bygglov",
         "Kontroll att bygglovsbeslut fattas inom lagstadgad tid (tio veckor)",
         "Bygglovschef", "Tertial", "Pågående", "Pågående", "Genomförd med anmärkning",
         "3 av 112 ärenden överskred tidsfristen; avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "GENOMFORD", "ja"),
        (mbn, "Livsmedelskontroll",
         "Kontroll av att avgift för livsmedelskontroll debiteras enligt beslutad taxa",
         "Miljöchef", "Halvår", "Pågående", "Delvis genomförd", "Delvis genomförd",
         "Kontrollen omfattade endast första halvåret. Inga felaktigheter.", "DELVIS", "nej"),
        (mbn, "Tillsyn",
         "Kontroll av att tillsynsavgifter för miljöfarlig verksamhet faktureras",
         "Miljöchef", "Årligen", "Genomförd", "Genomförd", "Genomförd", "", "GENOMFORD", "nej"),
        (mbn, "Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Halvår", "Ej påbörjad", "Pågående", "Ej genomförd",
         "Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        (mbn, "Arkiv",
         "Kontroll av att bygglovshandlingar skannas och arkiveras i e-arkivet",
         "Arkivredogörare", "Årligen", "", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Rapport: Internkontroll – uppföljning", "", "", "", "", "", "", "", ""])
        w.writerow(["Utskriven: 2026-01-29 14:02", "Period: 2025", "", "", "", "", "", "", ""])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                    "Status T1", "Status T2", "Status Helår", "Kommentar Helår"])
        for (n, proc, km, ansv, frek, t1, t2, hel, komm, st, avv) in rows:
            w.writerow([org[n], proc, km, ansv, frek, t1, t2, hel, komm])
            exp(fil, n, km, st, avv)
    FILES.append((fil, "INLAST", sbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))
    return fil


# ====================================================================
# 7. Överförmyndarnämnden - .xls, status only as traffic-light fill
# ====================================================================
def f7_ofn():
    fil = "Overformyndarnamnden_IK_2025_arsbokslut.xls"
    namnd = "Överförmyndarnämnden"
    GREEN = PatternFill("solid", fgColor="FF00B050")
    YELLOW = PatternFill("solid", fgColor="FFFFFF00")
    RED = PatternFill("solid", fgColor="FFFF0000")
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Överförmyndarnämnden i Borlänge"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning vid årsbokslut"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Färgmarkering i kolumn Status:"
    ws["A4"].font = Font(bold=True)
    ws["B5"].fill = GREEN
    ws["C5"] = "Genomförd, inga avvikelser"
    ws["B6"].fill = YELLOW
    ws["C6"] = "Genomförd med avvikelser eller delvis genomförd – se kommentar"
    ws["B7"].fill = RED
    ws["C7"] = "Ej genomförd"
    hdr = ["Nr", "Rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    head_row(ws, 9, hdr)
    rows = [
        ("Årsräkningar", "Granskning av årsräkningar inom fastställd tid (senast 30 juni)",
         "Uppföljning i Wärna", "Enhetschef", GREEN,
         "Samtliga 412 årsräkningar granskade senast 2025-06-27.", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 30 ärenden", "Handläggare", YELLOW,
         "2 felberäknade arvoden har upptäckts och korrigerats.", "GENOMFORD", "ja"),
        ("Förvaltarskap", "Kontroll av att förteckningar inkommer inom två månader efter förordnande",
         "Bevakningslista", "Handläggare", YELLOW,
         "Kontroll genomförd för första halvåret. Andra halvåret pågår.", "DELVIS", ""),
        ("Placeringar", "Kontroll av att överförmyndarspärr finns på huvudmännens bankkonton",
         "Stickprov 25 akter", "Handläggare", GREEN, None, "GENOMFORD", "nej"),
        ("Lämplighetsprövning",
         "Kontroll att lämplighetsprövning inklusive utdrag ur belastningsregistret görs före förordnande",
         "Genomgång av nya förordnanden", "Enhetschef", RED,
         "Rutinen ses över, kontrollen ej genomförd.", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Kontroll av att akter gallras enligt dokumenthanteringsplanen",
         "Genomgång av arkiv", "Administratör", None, "Se bilaga", "OKLAR", ""),
        ("Informationssäkerhet", "Kontroll av att e-post med personuppgifter skickas via säker e-post",
         "Stickprov 20 utgående e-post", "Administratör", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Behörigheter", "Kontroll av behörigheter i verksamhetssystemet Wärna",
         "Genomgång av behörighetslista", "Systemförvaltare", GREEN,
         "Genomgång gjord 2025-11-15 utan anmärkning.", "GENOMFORD", "nej"),
    ]
    r = 10
    for i, (rutin, km, met, ansv, fill, komm, st, avv) in enumerate(rows, start=1):
        body_row(ws, r, [i, rutin, km, met, ansv, None, komm])
        if fill is not None:
            ws.cell(row=r, column=6).fill = fill
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 2
    ws.cell(row=r, column=2, value="Justerad av nämndens ordförande 2026-02-04")
    ws.cell(row=r + 1, column=2, value="Birgitta Nyström, ordförande")
    widths(ws, [5, 20, 50, 28, 16, 10, 50])
    tmp = os.path.join(BUILD, "Overformyndarnamnden_IK_2025_arsbokslut.xlsx")
    wb.save(tmp)
    soffice(tmp, "xls:MS Excel 97", BUILD)
    shutil.copyfile(os.path.join(BUILD, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================
# 8. Covering letter (must be rejected)
# ====================================================================
def f8_letter():
    fil = "Följebrev IK helår 2025 Omsorgsnämnden.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Borlänge kommun\tOmsorgsförvaltningen"
    d.add_paragraph("2026-01-30")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen\n"
                    "Från: Omsorgsförvaltningen, stab")
    p = d.add_paragraph()
    r = p.add_run("Följebrev – uppföljning av internkontrollplan 2025, helår")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Härmed översänds Omsorgsnämndens uppföljning av internkontrollplan 2025 (helår). "
        "Nämnden behandlade ärendet vid sammanträdet 2026-01-27, § 8, och beslutade att godkänna "
        "uppföljningen och överlämna den till kommunstyrelsen.")
    d.add_paragraph(
        "Av planens nio kontrollmoment har fem genomförts, två har genomförts delvis, ett har inte "
        "genomförts och ett har utgått. Avvikelser har konstaterats inom hemtjänst, genomförandeplaner "
        "och läkemedelshantering. Åtgärder redovisas i uppföljningen.")
    d.add_paragraph(
        "Protokollsutdrag skickas separat när protokollet är justerat. Vid frågor, kontakta "
        "undertecknad.")
    d.add_paragraph("Bilaga: Omsorgsnämnden uppföljning IKP 2025.docx")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Mats Dahlberg\nController, Omsorgsförvaltningen\n0243-740 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ====================================================================
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och bildningsnämnden", "BBN|Barn- och bildningsförvaltningen|BBF"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
        ("Familje- och arbetsmarknadsnämnden", "FAN|Familje- och arbetsmarknadsförvaltningen|FAF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren i Borlänge|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("AB Tunabyggen", "Tunabyggen|Tunabyggen AB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(BUILD, exist_ok=True)
    f1_ks()
    f2_fan()
    f3_bbn()
    f4_on()
    f5_kfn()
    f6_stratsys()
    f7_ofn()
    f8_letter()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
    for _f in sorted(os.listdir(OUT)):
        if _f.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(OUT, _f))
