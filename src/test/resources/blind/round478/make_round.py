#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r478 - Finspångs kommun, helår 2025 (bolag, förbund, antagna planer i inkorgen).

Run:  /usr/bin/python3 make_round.py
Builds every file of the round plus namnder.csv, files.csv and expected.csv in this folder.
Conversions (.odt/.ods/.pdf) are done with LibreOffice; intermediate files are written here
with the prefix "_tmp_" and removed after conversion.
"""
import os
import csv
import glob
import shutil
import datetime
import subprocess

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round478"
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

FILES = []      # rows for files.csv: (fil, utfall, nämnd, år, period)
EXPECTED = []   # rows for expected.csv: (fil, nämnd, kontrollmoment, status, avvikelse)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
BMN = "Bygg- och miljönämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
OFN = "Överförmyndarnämnden"
VAL = "Valnämnden"
FTV = "Finspångs Tekniska Verk AB"
ROG = "Räddningstjänsten Östra Götaland"
VAB = "Vallonbygden AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningen"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC|Socialtjänsten"),
    (BMN, "BMN|Miljö- och byggkontoret|Bygg- och miljökontoret|Miljö- och byggnadsnämnden"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
    (OFN, "ÖFN|Överförmyndarkontoret|Överförmyndarenheten|Överförmyndaren"),
    (VAL, "VN|Valkansliet"),
    (FTV, "FTV|Finspångs Tekniska Verk|Tekniska Verken i Finspång|Tekniska verken"),
    (ROG, "RÖG|Räddningstjänstförbundet|Räddningstjänsten|Räddningstjänsten ÖG"),
    (VAB, "Vallonbygden|Vallonbygden i Finspång AB"),
]


def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


def soffice(src, fmt, outdir=OUT):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_tmp(tmpname, fmt, final):
    """tmpname is a file in OUT starting with _tmp_; converted into final (basename)."""
    src = os.path.join(OUT, tmpname)
    soffice(src, fmt)
    produced = os.path.join(OUT, os.path.splitext(tmpname)[0] + "." + fmt.split(":")[0])
    os.replace(produced, os.path.join(OUT, final))
    os.remove(src)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HFILL = PatternFill("solid", fgColor="1F4E78")
HFONT = Font(bold=True, color="FFFFFF")


def wb_props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = creator


def doc_props(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = author
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None):
    """Set text of a docx table cell; '\n' makes new paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    p.text = ""
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def merge_v(t, r1, r2, col, text):
    m = t.cell(r1, col).merge(t.cell(r2, col))
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(m, text)
    return m


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# File 1: Samhällsbyggnadsnämnden – antagen internkontrollplan 2025 (Excel, plan only)
# ---------------------------------------------------------------------------
def file_sbn_plan():
    fil = "SBN Internkontrollplan 2025 antagen.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Internkontrollplan 2025 Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen")
    ws = wb.active
    ws.title = "Internkontrollplan 2025"

    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Antagen av samhällsbyggnadsnämnden 2024-12-11, § 142 (Dnr SBN.2024.311)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Kontrollmoment", "Metod", "Omfattning", "Ansvarig", "Frekvens", "Rapporteras till"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = HFONT
        cell.fill = HFILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX

    groups = [
        ("Ekonomi", [
            ("1.1", "Attest", "Risk för felaktiga utbetalningar om fakturor inte attesteras av behörig attestant", 2, 3,
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov i ekonomisystemet",
             "20 fakturor per tertial", "Controller SBF", "Tertialvis", "Nämnd T1, delår, helår"),
            ("1.2", "Inköp", "Risk för köp utanför avtal som ger högre kostnader och brott mot LOU", 3, 3,
             "Kontroll av avtalstrohet vid inköp av entreprenadtjänster",
             "Genomgång av leverantörsreskontra mot avtalsdatabasen", "Samtliga leverantörer > 100 tkr",
             "Upphandlingsansvarig", "Två gånger per år", "Nämnd delår, helår"),
            ("1.3", "Förtroendekänsliga poster", "Risk för förtroendeskada vid representation som inte följer riktlinjen", 2, 4,
             "Representation och förtroendekänsliga poster följer kommunens riktlinje",
             "Granskning av konto 7310–7330", "Samtliga poster", "Ekonom SBF", "Helår", "Nämnd helår"),
        ]),
        ("Myndighetsutövning", [
            ("2.1", "Bygglov", "Risk att handläggningstiden överskrids och avgiften ska reduceras", 3, 2,
             "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)",
             "Uttag ur ärendesystemet ByggR", "Samtliga beslut", "Bygglovschef", "Tertialvis",
             "Nämnd T1, delår, helår"),
            ("2.2", "Delegation", "Risk att beslut fattas utan stöd i delegationsordningen", 2, 3,
             "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Jämförelse mellan beslutslistor och protokoll", "Stickprov 15 beslut", "Nämndsekreterare",
             "Två gånger per år", "Nämnd delår, helår"),
        ]),
        ("Drift och underhåll", [
            ("3.1", "Lekplatser", "Risk för olycksfall på kommunala lekplatser", 2, 4,
             "Årlig huvudbesiktning av lekplatser enligt SS-EN 1176 är genomförd och anmärkningar åtgärdade",
             "Genomgång av besiktningsprotokoll", "Samtliga 34 lekplatser", "Parkchef", "Helår", "Nämnd helår"),
            ("3.2", "Vinterväghållning", "Risk att entreprenören inte utför snöröjning enligt avtalad standard", 3, 3,
             "Vinterväghållning utförs enligt avtalad standard och fakturerade timmar stämmer med körjournal",
             "Stickprov av körjournaler mot fakturor", "3 fakturor per säsong", "Gatuchef", "Två gånger per år",
             "Nämnd delår, helår"),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "Behörigheter", "Risk för obehörig åtkomst till personuppgifter och ekonomisystem", 3, 4,
             "Behörigheter i verksamhetssystemen (ByggR, Raindance) är aktuella och avslutas när anställning upphör",
             "Behörighetslista jämförs mot personalförteckning", "Samtliga användare", "Systemförvaltare",
             "Helår", "Nämnd helår"),
        ]),
    ]
    fills = {"low": PatternFill("solid", fgColor="92D050"), "mid": PatternFill("solid", fgColor="FFFF00"),
             "high": PatternFill("solid", fgColor="FF0000")}
    r = r0 + 1
    controls = []
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for (nr, proc, risk, s, k, km, met, omf, ans, frek, rapp) in rows:
            vals = [nr, proc, risk, s, k, s * k, km, met, omf, ans, frek, rapp]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            rv = s * k
            ws.cell(row=r, column=6).fill = fills["high"] if rv >= 9 else (fills["mid"] if rv >= 5 else fills["low"])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            controls.append(km)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Övriga bedömda risker (ingår inte i kontrollplanen, hanteras i ordinarie verksamhet)").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde"], 1):
        ws.cell(row=r, column=c, value=h or None).font = Font(bold=True)
    r += 1
    for proc, risk, s, k in [("Kart och mät", "Risk för fel i nybyggnadskarta", 1, 3),
                             ("Färdtjänst", "Risk för felaktig fakturering från taxibolag", 2, 2),
                             ("Fastighet", "Risk för eftersatt underhåll av kommunens lokaler", 2, 2)]:
        for c, v in enumerate([None, proc, risk, s, k, s * k], 1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (skala 1–4). 1–4 låg (grön), 5–8 medel (gul), 9–16 hög (röd).").font = Font(italic=True, size=9)

    widths = [6, 18, 40, 11, 11, 10, 48, 32, 24, 20, 16, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws.page_setup.orientation = "landscape"

    # second sheet: riskmatris
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris"
    m["A1"].font = Font(bold=True, size=12)
    m["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 5):
        m.cell(row=3, column=1 + k, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        rr = 4 + (4 - s)
        m.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            v = s * k
            cell = m.cell(row=rr, column=1 + k, value=v)
            cell.fill = fills["high"] if v >= 9 else (fills["mid"] if v >= 5 else fills["low"])
    m["A10"] = "Sannolikhet: 1 = osannolik, 2 = mindre sannolik, 3 = möjlig, 4 = sannolik"
    m["A11"] = "Konsekvens: 1 = försumbar, 2 = lindrig, 3 = kännbar, 4 = allvarlig"
    m.column_dimensions["A"].width = 26

    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", ""))
    exp(fil, SBN, [(km, "SAKNAS", "") for km in controls])


# ---------------------------------------------------------------------------
# File 2: Kultur- och fritidsnämnden – internkontrollplan 2025 (Word, plan only)
# ---------------------------------------------------------------------------
def file_kfn_plan():
    fil = "Internkontrollplan 2025 Kultur- och fritidsnämnden.docx"
    d = docx.Document()
    doc_props(d, "Internkontrollplan 2025", "Kultur- och fritidsförvaltningen")
    landscape(d)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "FINSPÅNGS KOMMUN\tKultur- och fritidsförvaltningen\tDnr KFN.2024.118"

    d.add_heading("Internkontrollplan 2025", level=0)
    p = d.add_paragraph()
    p.add_run("Kultur- och fritidsnämnden").bold = True
    d.add_paragraph("Fastställd av kultur- och fritidsnämnden 2024-12-04, § 96.")
    d.add_heading("Bakgrund", level=1)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en internkontrollplan "
        "som bygger på en risk- och väsentlighetsanalys. Planen följs upp i samband med delårsbokslut och "
        "årsredovisning.")
    d.add_heading("Risk- och väsentlighetsanalys", level=1)
    d.add_paragraph(
        "Förvaltningens ledningsgrupp har under hösten 2024 identifierat 15 risker. Varje risk har bedömts "
        "utifrån sannolikhet (S) och konsekvens (K) på en skala 1–4. Risker med riskvärde 9 eller högre "
        "tas med i kontrollplanen nedan.")
    d.add_heading("Kontrollplan 2025", level=1)

    hdr = ["Process", "Risk", "Riskbedömning\n(S × K)", "Kontrollmoment", "Metod och omfattning",
           "Ansvarig", "När"]
    rows = [
        ("Bidragshantering", "Bidrag betalas ut till förening som inte uppfyller villkoren", "3 × 3 = 9",
         "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov 10 beviljade ansökningar", "Föreningskonsulent", "Okt"),
        ("Bidragshantering", "Felaktigt redovisade deltagartillfällen ger för högt LOK-stöd", "3 × 3 = 9",
         "Redovisade aktivitetstillfällen stämmer med föreningens närvarolistor (LOK-stöd)",
         "Stickprov 5 föreningar, närvarolistor begärs in", "Föreningskonsulent", "Maj, okt"),
        ("Kontanthantering", "Svinn eller stöld vid kontanthantering", "2 × 4 = 8 *",
         "Kontanthantering i Arena Grosvad och Finspångs bibliotek\nDagskassor stäms av mot kassasystemet",
         "Oanmäld kontroll två gånger per år", "Enhetschef", "Vår, höst"),
        ("Uthyrning", "Lokaler hyrs ut utan att faktureras eller till fel taxa", "3 × 3 = 9",
         "Bokning och fakturering av lokaler och anläggningar sker enligt fastställd taxa",
         "Bokningssystemet jämförs mot fakturor, en månad per tertial", "Bokningsansvarig", "Tertialvis"),
        ("Personal", "Person med olämplig bakgrund anställs i verksamhet med barn och unga", "2 × 4 = 8 *",
         "Registerkontroll i belastningsregistret vid anställning inom fritidsgårdsverksamheten",
         "Samtliga anställningar under året", "Enhetschef fritidsgårdar", "Helår"),
        ("Arbetsmiljö", "Brister i anläggningar leder till olycksfall för personal och besökare", "3 × 4 = 12",
         "Skyddsronder är genomförda i samtliga anläggningar enligt det systematiska arbetsmiljöarbetet",
         "Genomgång av protokoll från skyddsronder", "Fritidschef", "Helår"),
        ("Inventarier", "Konstverk försvinner eller skadas", "3 × 3 = 9",
         "Konstinventering – kommunens konstsamling finns på registrerad plats",
         "Inventering av 50 slumpvis valda verk", "Kulturchef", "Höst"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    # merge process cell for the two Bidragshantering rows
    merge_v(t, 1, 2, 0, "Bidragshantering")
    widths = [Cm(3), Cm(5), Cm(2.4), Cm(6.2), Cm(4.5), Cm(3), Cm(1.8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph("* Riskvärde under 9 men medtagen efter beslut i nämnden på grund av hög konsekvens.").runs[0].italic = True
    d.add_heading("Risker som hanteras på annat sätt", level=1)
    for txt in ["Sjunkande besöksantal i simhallen – hanteras i verksamhetsplanen 2025.",
                "Bristande tillgänglighet i äldre lokaler – hanteras i lokalförsörjningsplanen.",
                "Beroende av enskilda nyckelpersoner i bidragshandläggningen – hanteras i kompetensförsörjningsplanen."]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_heading("Återrapportering", level=1)
    d.add_paragraph("Resultatet av kontrollerna redovisas för nämnden i samband med delårsrapporten per augusti "
                    "och i verksamhetsberättelsen för 2025.")
    d.add_paragraph("\nMaria Holm\nFörvaltningschef, kultur- och fritidsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", ""))
    exp(fil, KFN, [(r[3].replace("\n", " "), "SAKNAS", "") for r in rows])


# ---------------------------------------------------------------------------
# File 3: BUN + SN in one workbook, one sheet per nämnd; Instruktion first, hidden Listor
# ---------------------------------------------------------------------------
STATUSLIST = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd", "Utgår"]


def _follow_sheet(ws, namnd, forv, plan_hdr, rows, footer):
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: " + namnd
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Period: Helår 2025 (januari–december)"
    ws["A3"].font = Font(bold=True)
    ws["F2"] = "Förvaltning: " + forv
    ncol_plan = len(plan_hdr)
    fu_hdr = ["Status delår\n(jan–aug)", "Status helår", "Resultat/kommentar", "Åtgärd"]
    hdr = plan_hdr + fu_hdr
    r0 = 5
    ws.cell(row=r0, column=1, value="Antagen internkontrollplan 2025")
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol_plan)
    ws.cell(row=r0, column=ncol_plan + 1, value="Uppföljning")
    ws.merge_cells(start_row=r0, start_column=ncol_plan + 1, end_row=r0, end_column=len(hdr))
    for c in range(1, len(hdr) + 1):
        cell = ws.cell(row=r0, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7" if c <= ncol_plan else "FCE4D6")
        cell.alignment = Alignment(horizontal="center")
        cell.border = BOX
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0 + 1, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7" if c <= ncol_plan else "FCE4D6")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = r0 + 2
    first = r
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$6", allow_blank=True)
    dv.error = "Välj status i listan"
    dv.prompt = "Välj status"
    ws.add_data_validation(dv)
    c1 = openpyxl.utils.get_column_letter(ncol_plan + 1)
    c2 = openpyxl.utils.get_column_letter(ncol_plan + 2)
    dv.add(f"{c1}{first}:{c2}{last}")
    r += 1
    for line in footer:
        ws.cell(row=r, column=1, value=line)
        r += 1
    ws.freeze_panes = ws.cell(row=first, column=1).coordinate
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.left.text = "&F / &A"


def file_bun_sn():
    fil = "IK uppföljning helår 2025 BUN och SN.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Uppföljning internkontrollplan helår 2025", "Ekonomiavdelningen")
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025", True),
        ("", False),
        ("1. Fyll i uppföljningen på nämndens egen flik. Kolumnerna under 'Antagen internkontrollplan 2025' ska inte ändras.", False),
        ("2. Välj status i rullistan för perioden: Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.", False),
        ("3. Beskriv resultatet av kontrollen i kolumnen Resultat/kommentar. Ange antal granskade poster och antal fel.", False),
        ("4. Vid avvikelse ska åtgärd anges i kolumnen Åtgärd.", False),
        ("5. Kontroll som utgått ska ha hänvisning till nämndbeslut.", False),
        ("", False),
        ("Uppföljningen skickas till ekonomiavdelningen senast 2026-01-23.", False),
        ("Frågor: Jonas Berg, controller, ekonomiavdelningen.", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t or None).font = Font(bold=b, size=13 if b else 11)
    ins.column_dimensions["A"].width = 120

    bun = wb.create_sheet("BUN")
    bun_hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]
    bun_rows = [
        (1, "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "Ekonomichef BUF", "Tertialvis", "Genomförd", "Genomförd",
         "Stickprov på 30 fakturor, samtliga korrekt attesterade.", ""),
        (2, "Ekonomi", "Fakturering av ej utförda resor", "Kontroll av att skolskjutsavtalet följs och att fakturering sker enligt avtal",
         "Fakturor jämförs mot beställda körningar", "Skolskjutssamordnare", "Två gånger per år",
         "Delvis genomförd", "Genomförd med avvikelse",
         "Två fakturor från entreprenören avsåg körningar som inte beställts (sammanlagt 18 400 kr). Kreditering har begärts.",
         "Månatlig avstämning införs från januari 2026."),
        (3, "Elevhälsa", "Bristande dokumentation i elevhälsans medicinska insats",
         "Elevhälsans journalföring sker i enlighet med patientdatalagen",
         "Journalgranskning", "Verksamhetschef EMI", "Helår", "", "Delvis genomförd",
         "Granskning genomförd på två av fyra skolenheter (Nyhemsskolan, Grosvadsskolan). Resterande enheter granskas januari 2026.", ""),
        (4, "Myndighetsutövning", "Beslut fattas utan delegation",
         "Beslut om skolplacering fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Nämndsekreterare", "Helår", "", "",
         "Kontrollen genomförd i november, samtliga 20 beslut var fattade av rätt delegat. Inga avvikelser.", ""),
        (5, "Trygghet och studiero", "Kränkningar utreds inte skyndsamt",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Uttag ur DF Respons", "Utvecklingsledare", "Tertialvis", "Genomförd", "Genomförd med avvikelse",
         "11 av 64 anmälningar registrerades senare än fem arbetsdagar efter händelsen.",
         "Påminnelse till rektorer, tas upp i rektorsgruppen februari 2026."),
        (6, "Frånvaro", "Elever med hög frånvaro uppmärksammas inte",
         "Rutinen för upprepad ogiltig frånvaro följs och vårdnadshavare kontaktas samma dag",
         "Genomgång av frånvarorapporter", "Rektorer", "Två gånger per år", "Delvis genomförd", "",
         "Delår: kartläggning påbörjad på högstadiet, två av tre skolor klara.", ""),
        (7, "Personal", "Olämplig person anställs",
         "Registerkontroll i belastningsregistret inför anställning i förskola och skola",
         "Kontroll av personalakter", "HR-specialist", "Helår", "", "Genomförd",
         "Kontroll av 25 nyanställningar, utdrag fanns för samtliga.", ""),
        (8, "Informationssäkerhet", "Obehörig åtkomst till elevuppgifter",
         "Behörigheter i elevregistret avslutas när anställningen upphör",
         "Behörighetslista mot personalsystem", "Systemförvaltare", "Helår", "", "Ej genomförd",
         "Ej genomförd på grund av byte av elevsystem hösten 2025. Kontrollen flyttas till plan 2026.", ""),
        (9, "Inköp", "Köp utanför avtal",
         "Avtalstrohet vid inköp av läromedel",
         "Stickprov i leverantörsreskontran", "Ekonom BUF", "Helår", "", "Utgår",
         "Utgår enligt nämndbeslut 2025-05-21 § 45, ersätts av kommungemensam kontroll av avtalstrohet.", ""),
    ]
    _follow_sheet(bun, BUN, "Barn- och utbildningsförvaltningen", bun_hdr, bun_rows,
                  ["Sammantagen bedömning: Barn- och utbildningsnämndens interna kontroll bedöms som i huvudsak tillräcklig.",
                   "Upprättad av: Lena Sjöberg, kvalitetsstrateg, 2026-01-19"])
    for col, w in zip("ABCDEFGHIJK", [5, 16, 26, 44, 24, 20, 14, 14, 14, 50, 34]):
        bun.column_dimensions[col].width = w
    exp(fil, BUN, [
        (bun_rows[0][3], "GENOMFORD", "nej"),
        (bun_rows[1][3], "GENOMFORD", "ja"),
        (bun_rows[2][3], "DELVIS", "nej"),
        (bun_rows[3][3], "GENOMFORD", "nej"),
        (bun_rows[4][3], "GENOMFORD", "ja"),
        (bun_rows[5][3], "DELVIS", "nej"),
        (bun_rows[6][3], "GENOMFORD", "nej"),
        (bun_rows[7][3], "EJ_GENOMFORD", "nej"),
        (bun_rows[8][3], "UTGAR", "nej"),
    ])

    sn = wb.create_sheet("SN")
    sn_hdr = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]
    sn_rows = [
        (1, "Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Utbetalning av ekonomiskt bistånd sker enligt fattat beslut",
         "Stickprov 40 utbetalningar", "Enhetschef försörjningsstöd", "Tertialvis",
         "Genomförd", "Genomförd", "Stickprov på 40 utbetalningar, inga fel upptäcktes.", ""),
        (2, "Ekonomiskt bistånd", "Bistånd beviljas trots andra inkomster", 9,
         "Kontroll mot Försäkringskassan och A-kassa (SSBTEK) görs före beslut",
         "Stickprov 40 akter", "Enhetschef försörjningsstöd", "Helår",
         "", "Genomförd med avvikelse", "I 3 av 40 granskade ärenden saknades dokumenterad SSBTEK-kontroll.",
         "Checklista i verksamhetssystemet Lifecare."),
        (3, "IFO barn och unga", "Barn som far illa uppmärksammas inte i tid", 16,
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Tertialvis",
         "Delvis genomförd", "Delvis genomförd",
         "Granskning gjord för januari–oktober (96 % inom 14 dagar). November–december har inte granskats på grund av personalbrist.", ""),
        (4, "Äldreomsorg", "Beslut om särskilt boende verkställs inte", 12,
         "Beslut om särskilt boende verkställs inom tre månader",
         "Uppföljning av ej verkställda beslut", "Biståndschef", "Kvartalsvis",
         "Genomförd", "Genomförd",
         "Två beslut var inte verkställda inom tre månader och har rapporterats till IVO och kommunfullmäktige.", ""),
        (5, "Hälso- och sjukvård", "Fel i läkemedelshanteringen", 12,
         "Avvikelser i läkemedelshanteringen analyseras och åtgärdas",
         "Genomgång av avvikelserapporter", "MAS", "Helår",
         "", "", "Se bilaga 2", ""),
        (6, "LSS", "Felaktig fakturering från privata assistansanordnare", 9,
         "Fakturering av personlig assistans från privata utförare stäms av mot beviljade timmar",
         "Tidrapporter mot fakturor, 5 brukare", "Enhetschef LSS", "Helår",
         "", "Ej genomförd", "Ej påbörjad på grund av resursbrist på ekonomienheten.", "Prioriteras 2026."),
        (7, "Personal", "Olämplig person anställs", 8,
         "Registerkontroll vid anställning inom LSS-verksamheten",
         "Kontroll av personalakter", "HR-konsult", "Helår",
         "", "Genomförd", "", ""),
        (8, "Dokumentation", "Insatser genomförs inte enligt beslut", 9,
         "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Stickprov 15 brukare", "Enhetschefer hemtjänst", "Helår",
         "", "", "", ""),
    ]
    _follow_sheet(sn, SN, "Socialförvaltningen", sn_hdr, sn_rows,
                  ["Bilaga 2: Rapport läkemedelsavvikelser 2025 (MAS).",
                   "Upprättad av: Peter Nyström, verksamhetscontroller, 2026-01-21"])
    for col, w in zip("ABCDEFGHIJKL", [5, 18, 26, 9, 44, 24, 22, 12, 14, 14, 50, 30]):
        sn.column_dimensions[col].width = w
    exp(fil, SN, [
        (sn_rows[0][4], "GENOMFORD", "nej"),
        (sn_rows[1][4], "GENOMFORD", "ja"),
        (sn_rows[2][4], "DELVIS", "nej"),
        (sn_rows[3][4], "GENOMFORD", "ja"),
        (sn_rows[4][4], "OKLAR", ""),
        (sn_rows[5][4], "EJ_GENOMFORD", "nej"),
        (sn_rows[6][4], "GENOMFORD", "nej"),
        (sn_rows[7][4], "SAKNAS", ""),
    ])

    lst = wb.create_sheet("Listor")
    lst["A1"] = "Status"
    for i, s in enumerate(STATUSLIST, 2):
        lst.cell(row=i, column=1, value=s)
    lst["C1"] = "Frekvens"
    for i, s in enumerate(["Månadsvis", "Kvartalsvis", "Tertialvis", "Två gånger per år", "Helår"], 2):
        lst.cell(row=i, column=3, value=s)
    lst.sheet_state = "hidden"

    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Finspångs Tekniska Verk AB – styrelsehandling (Word) with symbol legend
# ---------------------------------------------------------------------------
def file_ftv():
    fil = "FTV styrelsemöte 2026-02-12 ärende 7 Intern kontroll 2025.docx"
    d = docx.Document()
    doc_props(d, "Rapport intern kontroll 2025", "Finspångs Tekniska Verk AB")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.0)
    hp = s.header.paragraphs[0]
    hp.text = "Finspångs Tekniska Verk AB\tStyrelsehandling\tÄrende 7"
    fp = s.footer.paragraphs[0]
    fp.text = "Finspångs Tekniska Verk AB, Box 234, 612 24 Finspång  •  Org.nr 556xxx-xxxx"

    p = d.add_paragraph()
    p.add_run("TJÄNSTESKRIVELSE").bold = True
    p.add_run("\t\t\t\t\t2026-01-28")
    d.add_paragraph("Till: Styrelsen för Finspångs Tekniska Verk AB\nStyrelsemöte: 2026-02-12\nHandläggare: Karin Ek, ekonomichef")
    d.add_heading("Ärende 7. Rapport intern kontroll 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen godkänner rapporten om intern kontroll för 2025 och uppdrar åt VD att "
                    "åtgärda de brister som redovisas.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt ägardirektivet från Finspångs kommun ska bolaget ha en tillfredsställande intern kontroll. "
        "Styrelsen fastställde internkontrollplanen för 2025 den 2024-12-10. Planen omfattar åtta "
        "kontrollmoment inom ekonomi, VA, elnät, inköp, IT/OT-säkerhet, avfall och personal. "
        "Kontrollerna har utförts av bolagets ekonomifunktion och respektive affärsområde under året.")
    d.add_heading("Resultat av 2025 års kontroller", level=2)
    hdr = ["Nr", "Område", "Kontrollmoment", "Så här har kontrollen gjorts", "Resultat", "Bedömning"]
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "Stickprov 25 fakturor ur leverantörsreskontran", "Samtliga fakturor attesterade av behörig attestant.", "✓"),
        ("2", "Fjärrvärme", "Fakturering av fjärrvärme sker enligt gällande prislista",
         "Jämförelse prislista – debiteringssystem, 30 kunder",
         "Prislistan för 2025 korrekt inlagd. En kundgrupp (12 kunder) debiterades fel effekttaxa januari–mars; rättat och krediterat i april.", "(!)"),
        ("3", "VA", "Egenkontroll av dricksvatten enligt kontrollprogrammet",
         "Genomgång av provtagningsprotokoll", "Samtliga provtagningar enligt programmet är utförda, inga otjänliga prov.", "✓"),
        ("4", "Elnät", "Avbrottsrapportering till Energimarknadsinspektionen sker korrekt och i tid",
         "Kontroll av inlämnad rapport och underlag", "Rapporten lämnades 2025-02-26, inom fastställd tid.", "✓"),
        ("5", "Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt upphandlingspolicyn",
         "Genomgång av samtliga direktupphandlingar över 100 tkr (12 st)",
         "Dokumentation saknades helt eller delvis i 4 av 12 direktupphandlingar.", "(!)"),
        ("6", "IT/OT-säkerhet", "Behörigheter till styrsystemen (SCADA) granskas",
         "Behörighetslistor granskas mot anställda och konsulter",
         "Granskningen påbörjad i november, klar för fjärrvärme. VA och elnät slutförs första kvartalet 2026.", "○"),
        ("7", "Avfall", "Vågdata vid återvinningscentralen stäms av mot fakturerade mängder",
         "—", "Kontrollen har inte utförts på grund av byte av vågsystem under hösten.", "✗"),
        ("8", "Personal", "Övertid och beredskapsersättning betalas ut enligt kollektivavtal",
         "Stickprov tre lönemånader", "Inga avvikelser.", "✓"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9)
            if i == 5:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(0.9), Cm(2.2), Cm(4.3), Cm(3.6), Cm(5.2), Cm(1.8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    lp = d.add_paragraph()
    lp.add_run("Bedömning: ").bold = True
    lp.add_run("✓ = utförd utan anmärkning   (!) = utförd med anmärkning   ○ = pågår   ✗ = ej utförd")
    for r in lp.runs:
        r.font.size = Pt(8.5)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Sex av åtta kontroller har utförts, varav två med anmärkning. Felet i fjärrvärmedebiteringen är "
        "rättat. Bristerna i dokumentationen av direktupphandlingar åtgärdas genom en ny mall som införs "
        "i mars 2026. Kontrollen av vågdata tas med i internkontrollplanen för 2026.")
    d.add_paragraph("\n\nAnna Lindqvist\t\t\t\tKarin Ek\nVerkställande direktör\t\t\tEkonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", FTV, "2025", "HELAR"))
    m = {"✓": ("GENOMFORD", "nej"), "(!)": ("GENOMFORD", "ja"), "○": ("DELVIS", "nej"), "✗": ("EJ_GENOMFORD", "nej")}
    exp(fil, FTV, [(r[2],) + m[r[5]] for r in rows])


# ---------------------------------------------------------------------------
# File 5: Räddningstjänsten Östra Götaland – xlsx, traffic-light fills per tertial
# ---------------------------------------------------------------------------
def file_rog():
    fil = "RÖG Uppföljning internkontrollplan 2025 T3.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Uppföljning internkontrollplan 2025", "Räddningstjänsten Östra Götaland")
    ws = wb.active
    ws.title = "IK 2025"
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFC000")
    R = PatternFill("solid", fgColor="FF0000")
    S = PatternFill("solid", fgColor="A6A6A6")
    ws["A1"] = "Räddningstjänsten Östra Götaland"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 3 (helår)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporteras till direktionen 2026-02-06"
    # legend
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = Font(bold=True)
    for i, (f, t) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"),
                                (S, "Utgår")], 2):
        ws.cell(row=i, column=8).fill = f
        ws.cell(row=i, column=8).border = BOX
        ws.cell(row=i, column=9, value=t)
    hdr = ["Id", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "T1", "T2", "T3", "Avvikelse (J/N)", "Kommentar"]
    r0 = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = HFONT
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    rows = [
        ("IK-01", "Ekonomi", "Felaktiga utbetalningar",
         "Attest och utanordning av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 15 fakturor per tertial", "Ekonomichef", "Tertialvis", G, G, G, "N", ""),
        ("IK-02", "Ekonomi", "Uteblivna intäkter",
         "Onödiga automatlarm faktureras enligt förbundets taxa",
         "Larmlista jämförs mot kundfakturor", "Ekonom", "Tertialvis", G, G, Y, "J",
         "Fakturering av onödiga larm oktober–december försenad, 14 fakturor skickades först i januari 2026."),
        ("IK-03", "Tillsyn enligt LSO", "Tillsynsplanen följs inte",
         "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
         "Uttag ur ärendesystemet Daedalos", "Förebyggandechef", "Två gånger per år", None, Y, Y, "J",
         "38 av 54 planerade tillsyner genomförda (70 %). Resterande flyttas till 2026."),
        ("IK-04", "Räddningsinsats", "Brister i dokumentation av insatser",
         "Insatsrapporter upprättas och godkänns inom sju dagar",
         "Stickprov 30 insatsrapporter", "Räddningschef i beredskap", "Helår", None, None, G, "N",
         "29 av 30 inom sju dagar, en godkänd dag 8 – bedöms som acceptabelt."),
        ("IK-05", "Personal", "Rökdykare saknar godkänd fysisk status",
         "Fysiska tester för rökdykare genomförs enligt AFS 2007:7",
         "Sammanställning av testprotokoll", "HR-strateg", "Helår", None, None, R, "N",
         "Testerna för deltidsstyrkorna flyttade till februari 2026 på grund av försenad upphandling av testutrustning."),
        ("IK-06", "Fordon och materiel", "Fordon och materiel är inte funktionsdugliga",
         "Besiktning och service av fordon och materiel sker enligt underhållsplanen",
         "Genomgång av underhållssystemet", "Fordonsansvarig", "Tertialvis", G, G, G, "J",
         "Höjdfordonet i Finspång besiktigades med anmärkning (hydraulläckage), åtgärdat i november."),
        ("IK-07", "Tillstånd", "Lång handläggningstid",
         "Handläggningstid för tillstånd för brandfarlig och explosiv vara understiger sex veckor",
         "Uttag ur ärendesystemet", "Förebyggandechef", "Helår", None, None, S, "",
         "Utgår – kontrollen ingår i tillsynsprocessen enligt direktionsbeslut 2025-06-13 § 41."),
        ("IK-08", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i ärendesystemet Daedalos",
         "Stickprov loggar", "Informationssäkerhetssamordnare", "Helår", None, None, None, "", ""),
    ]
    r = r0 + 1
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if c in (8, 9, 10):
                if v is not None:
                    cell.fill = v
            else:
                cell.value = v if v != "" else None
                cell.alignment = WRAP
        ws.cell(row=r, column=11).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förbundsdirektör Mats Fredriksson 2026-01-26")
    for col, w in zip("ABCDEFGHIJKL", [7, 18, 26, 46, 28, 22, 14, 6, 6, 6, 11, 52]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    ws.oddHeader.left.text = "Räddningstjänsten Östra Götaland"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", ROG, "2025", "HELAR"))
    exp(fil, ROG, [
        (rows[0][3], "GENOMFORD", "nej"),
        (rows[1][3], "DELVIS", "ja"),
        (rows[2][3], "DELVIS", "ja"),
        (rows[3][3], "GENOMFORD", "nej"),
        (rows[4][3], "EJ_GENOMFORD", "nej"),
        (rows[5][3], "GENOMFORD", "ja"),
        (rows[6][3], "UTGAR", "nej"),
        (rows[7][3], "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# File 6: Kommunstyrelsen – "Följer plan: Ja/Nej/Delvis" in a combined cell (.odt)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Helårsuppföljning internkontrollplan 2025 KS.odt"
    tmp = "_tmp_ks.docx"
    d = docx.Document()
    doc_props(d, "Helårsuppföljning internkontrollplan 2025", "Kommunledningsförvaltningen")
    landscape(d)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Kommunledningsförvaltningen\t\t2026-01-20"
    d.add_heading("Helårsuppföljning av Kommunstyrelsens internkontrollplan 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska kommunstyrelsen se till att verksamheten bedrivs i enlighet med "
        "de mål och riktlinjer som fullmäktige har bestämt och att den interna kontrollen är tillräcklig. "
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 2024-12-03. Planen bygger på en riskanalys "
        "där 18 risker bedömdes; åtta av dem har ett riskvärde som gör att de kontrolleras i planen.")
    d.add_heading("Uppföljning 2025", level=2)
    d.add_paragraph(
        "I tabellen nedan redovisas för varje kontrollmoment om kontrollen har genomförts enligt plan "
        "samt en kommentar om resultatet. Fem av åtta kontroller följer plan.")
    hdr = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Uppföljning helår 2025"]
    rows = [
        ("Löneprocessen", "Risk för felaktiga löneutbetalningar", "12",
         "Löneutbetalningar stäms av mot personalsystemet Heroma varje månad",
         ("Ja", "Månatlig avstämning är gjord för hela året, inga differenser.")),
        ("Löneprocessen", "Risk för lön efter avslutad anställning", "9",
         "Kontroll av att anställningar avslutas i Heroma i rätt tid",
         ("Delvis", "Kontroll gjord för januari–juni. Två felaktiga utbetalningar efter avslut har upptäckts och återkrävts. Andra halvåret har inte kontrollerats.")),
        ("Upphandling och inköp", "Risk för köp utanför avtal", "12",
         "Avtalstrohet – stickprov av inköp hos leverantörer utan avtal",
         ("Ja", "Stickprov på 50 inköp. Avtalstroheten var 88 %, under målet 95 %. Utbildning för beställare genomförs våren 2026.")),
        ("Informationssäkerhet", "Risk för obehörig åtkomst till ekonomisystemet", "16",
         "Årlig genomgång av behörigheter i ekonomisystemet",
         ("Nej", "Genomgången har inte gjorts på grund av byte av ekonomisystem. Görs våren 2026.")),
        ("Ärendehantering", "Risk att delegationsbeslut inte anmäls", "8",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         ("Ja", "Inga avvikelser.")),
        ("Ärendehantering", "Risk att allmänna handlingar inte registreras", "9",
         "Inkommande handlingar registreras i diariet inom två arbetsdagar",
         ("Ja", "Granskning av 60 handlingar, 7 registrerades senare än två arbetsdagar.")),
        ("Krisberedskap", "Risk att krisledningen inte fungerar vid en samhällsstörning", "12",
         "Övning av krisledningsnämnd och krisledningsstab genomförs årligen",
         ("Nej", "Övningen ställdes in och ersätts av den regionala övningen i mars 2026.")),
        ("Förtroendekänsliga poster", "Risk för förtroendeskada", "9",
         "Representation, resor och kurser för kommunledningen granskas mot riktlinjerna",
         ("", "Granskningen av 2025 års poster slutfördes i december, inga anmärkningar.")),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    for proc, risk, rv, km, (fp, kom) in rows:
        cells = t.add_row().cells
        cell_text(cells[0], proc)
        cell_text(cells[1], risk)
        cell_text(cells[2], rv)
        cell_text(cells[3], km)
        c = cells[4]
        p = c.paragraphs[0]
        p.add_run("Följer plan: ").bold = True
        if fp:
            p.add_run(fp)
        p2 = c.add_paragraph()
        p2.add_run("Kommentar: ").bold = True
        p2.add_run(kom)
    # vertical merges of process cells
    for a, b in [(1, 2), (5, 6)]:
        merge_v(t, a, b, 0, rows[a - 1][0])
    widths = [Cm(3.5), Cm(5), Cm(1.4), Cm(7), Cm(9)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Kommunledningsförvaltningen bedömer att den interna kontrollen inom kommunstyrelsens "
                    "ansvarsområde i huvudsak är tillräcklig, men att kontrollerna av behörigheter och "
                    "krisledningsövning behöver genomföras under 2026.")
    d.add_paragraph("\nEva Karlsson\nKommundirektör")
    d.save(os.path.join(OUT, tmp))
    convert_tmp(tmp, "odt", fil)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    exp(fil, KS, [
        (rows[0][3], "GENOMFORD", "nej"),
        (rows[1][3], "DELVIS", "ja"),
        (rows[2][3], "GENOMFORD", "ja"),
        (rows[3][3], "EJ_GENOMFORD", "nej"),
        (rows[4][3], "GENOMFORD", "nej"),
        (rows[5][3], "GENOMFORD", "ja"),
        (rows[6][3], "EJ_GENOMFORD", "nej"),
        (rows[7][3], "GENOMFORD", "nej"),
    ])


# ---------------------------------------------------------------------------
# File 7: Bygg- och miljönämnden – Stratsys-like CSV export, one row per control and tertial
# ---------------------------------------------------------------------------
def file_bmn():
    fil = "Export_Internkontroll_BMN_2025.csv"
    org = "Miljö- och byggkontoret"
    ctrls = [
        ("Miljötillsyn", "Tillsyn enligt fastställd tillsynsplan för miljöbalken", "Miljöchef",
         [("Tertial 1 2025", "Pågående", "28 % av planerade besök genomförda."),
          ("Tertial 2 2025", "Pågående", "55 % av planerade besök genomförda."),
          ("Tertial 3 2025", "Delvis genomförd", "84 % av planerade tillsynsbesök genomförda. Lantbrukstillsynen släpar.")],
         "DELVIS", "nej"),
        ("Livsmedelskontroll", "Debitering av årlig kontrollavgift sker enligt taxa", "Administratör",
         [("Tertial 3 2025", "Genomförd", "Samtliga 143 objekt fakturerade enligt taxa. Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid", "Bygglovschef",
         [("Tertial 1 2025", "Genomförd", "Samtliga beslut inom tid."),
          ("Tertial 2 2025", "Genomförd", "Samtliga beslut inom tid."),
          ("Tertial 3 2025", "Genomförd med avvikelse", "Tre ärenden överskred tio veckor; avgiften reducerades enligt 12 kap. 8 a § PBL.")],
         "GENOMFORD", "ja"),
        ("Delegation", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
         [("Tertial 1 2025", "Genomförd", ""),
          ("Tertial 2 2025", "Genomförd", ""),
          ("Tertial 3 2025", "Genomförd", "")],
         "GENOMFORD", "nej"),
        ("Arkiv", "Handlingar i avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "Registrator",
         [("Tertial 3 2025", "Ej genomförd", "Ej genomförd, arkivarietjänsten var vakant under hösten.")],
         "EJ_GENOMFORD", "nej"),
        ("Sanktionsavgifter", "Miljösanktionsavgifter faktureras efter beslut", "Miljöchef",
         [("Tertial 3 2025", "Ej aktuell", "Inga beslut om miljösanktionsavgift fattades under 2025.")],
         "UTGAR", "nej"),
        ("Strandskydd", "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka", "Bygglovschef",
         [("Tertial 1 2025", "Pågående", "Rutin under framtagande."),
          ("Tertial 2 2025", "", ""),
          ("Tertial 3 2025", "", "Kontrollen har inte gjorts under året.")],
         "EJ_GENOMFORD", "nej"),
    ]
    lines = ["Internkontrollplan 2025 - Bygg- och miljönämnden",
             "Utskriftsdatum: 2026-01-15 08:42",
             "",
             ";".join(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar"])]

    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    for proc, km, ans, periods, st, av in ctrls:
        for per, status, kom in periods:
            lines.append(";".join(q(x) for x in [org, proc, km, ans, per, status, kom]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", BMN, "2025", "HELAR"))
    exp(fil, BMN, [(c[1], c[4], c[5]) for c in ctrls])


# ---------------------------------------------------------------------------
# File 8: Överförmyndarnämnden – tick columns (.ods); nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN IK helår 2025.ods"
    tmp = "_tmp_ofn.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "IK helår 2025", "Överförmyndarkontoret")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning intern kontroll – helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med X i den kolumn som gäller."
    ws["A2"].font = Font(italic=True)
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Granskning av årsräkningar sker inom sex månader från inlämnande", "X", "", "",
         "Samtliga 212 årsräkningar granskade senast 2025-10-31.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "X", "", "",
         "Stickprov 20 arvoden. Ett arvode var felberäknat och har rättats.", "GENOMFORD", "ja"),
        ("Registerkontroll (belastningsregister och Kronofogden) av nya ställföreträdare", "", "X", "",
         "Kontroll hos Kronofogden gjord för samtliga 14, utdrag ur belastningsregistret finns för 9 av 14.", "DELVIS", "nej"),
        ("Förteckningar över huvudmannens tillgångar inkommer inom två månader från förordnandet", "X", "", "X",
         "", "OKLAR", ""),
        ("Akter förvaras i låst arkiv enligt informationssäkerhetsrutinen", "", "", "X",
         "Kontrollen hanns inte med under året.", "EJ_GENOMFORD", "nej"),
        ("Sekretessbelagda uppgifter skickas inte med okrypterad e-post", "", "", "",
         "Utgår – ersätts av kommungemensam kontroll inom informationssäkerhet (KS).", "UTGAR", "nej"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(row=r, column=c, value=v or None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (2, 3, 4) else None)
        r += 1
    ws.cell(row=r + 1, column=1, value="Finspång 2026-01-14, Sara Lund, handläggare")
    for col, w in zip("ABCDE", [58, 11, 9, 13, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Överförmyndarnämnden i Finspång"
    ws.oddHeader.right.text = "&D"
    wb.save(os.path.join(OUT, tmp))
    convert_tmp(tmp, "ods", fil)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    exp(fil, OFN, [(r_[0], r_[5], r_[6]) for r_ in rows])


# ---------------------------------------------------------------------------
# Reject: covering letter (missiv) from RÖG as PDF – no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Missiv RÖG intern kontroll 2025.pdf"
    tmp = "_tmp_missiv.docx"
    d = docx.Document()
    doc_props(d, "Missiv", "Räddningstjänsten Östra Götaland")
    d.styles["Normal"].font.name = "Arial"
    d.sections[0].header.paragraphs[0].text = "Räddningstjänsten Östra Götaland\t\tDnr RÖG 2026/0017"
    d.add_paragraph("2026-02-09")
    d.add_paragraph("Finspångs kommun\nKommunledningsförvaltningen, ekonomiavdelningen\n612 80 Finspång")
    d.add_heading("Översändande av uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Direktionen för Räddningstjänsten Östra Götaland behandlade den 6 februari 2026 (§ 8) förbundets "
        "uppföljning av internkontrollplanen för 2025. Direktionen beslutade att godkänna uppföljningen "
        "och lägga den till handlingarna.")
    d.add_paragraph(
        "Uppföljningen översänds härmed till medlemskommunerna för kännedom i enlighet med förbundsordningen "
        "§ 14. Uppföljningen finns i bifogad Excelfil (bilaga 1). Protokollsutdrag bifogas (bilaga 2).")
    d.add_paragraph("Eventuella frågor besvaras av förbundets ekonomichef Helena Strand, "
                    "helena.strand@rog.example.se, 013-20 xx xx.")
    d.add_paragraph("\nMed vänlig hälsning\n\nMats Fredriksson\nFörbundsdirektör")
    d.add_paragraph("Bilagor:\n1. Uppföljning internkontrollplan 2025 T3\n2. Protokollsutdrag direktionen 2026-02-06 § 8")
    d.save(os.path.join(OUT, tmp))
    convert_tmp(tmp, "pdf", fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)
    file_sbn_plan()
    file_kfn_plan()
    file_bun_sn()
    file_ftv()
    file_rog()
    file_ks()
    file_bmn()
    file_ofn()
    file_reject()
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
