#!/usr/bin/python3
"""Blind round 466 - Tidaholms kommun, T1 2025 follow-ups and adopted plans 2025.

Builds every file of the round plus namnder.csv, files.csv, expected.csv in the
folder of this script. Deterministic (fixed dates in document properties).
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round466"
FIXED = datetime.datetime(2025, 5, 8, 9, 0, 0)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def out(name):
    return os.path.join(OUT, name)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed entry timestamps."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 8, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def expect(fil, namnd, km, status, avv=""):
    EXPECTED.append([fil, namnd, km, status, avv])


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "Tidaholms kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Tidaholms kommun"
    cp.revision = 1


def fix_xlsx_props(wb):
    wb.properties.creator = "Tidaholms kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Tidaholms kommun"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 1. Socialnämnden - adopted plan only, Word 97 .doc; nämnd only in page header
# ---------------------------------------------------------------------------
def build_sn_plan(tmp):
    fil = "IK-plan 2025 antagen.doc"
    namnd = "Socialnämnden"
    d = docx.Document()
    fix_docx_props(d)
    landscape(d)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "TIDAHOLMS KOMMUN\tSocialnämnden\tDnr SN 2024/187"
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.text = "Socialförvaltningen, Tidaholms kommun"

    t = d.add_paragraph()
    r = t.add_run("Internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Antagen av nämnden 2024-12-18, § 142")
    d.add_paragraph(
        "Internkontrollplanen bygger på förvaltningens risk- och väsentlighetsanalys för 2025. "
        "Risker med riskvärde 8 eller högre har förts in i planen. Kontrollerna följs upp per tertial "
        "enligt kommunens riktlinjer för intern kontroll och redovisas för nämnden i samband med "
        "tertialrapport 1, delårsrapport och årsredovisning.")
    d.add_paragraph("Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")

    cols = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens",
            "Ansvarig", "Risk-värde"]
    rows = [
        ("1", "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Kontroll att utbetalningar av ekonomiskt bistånd har stöd i beslut och att underlag finns i akten",
         "Stickprov 15 ärenden per tertial", "Tertial", "Enhetschef IFO", "12"),
        ("2", "Hot och våld", "Medarbetare saknar kännedom om handlingsplanen",
         "Uppföljning av att handlingsplan för hot och våld är känd och genomgången på APT i samtliga verksamheter",
         "Enkät till enhetschefer", "Helår", "Säkerhetssamordnare", "9"),
        ("3", "Social dokumentation", "Brister i genomförandeplaner",
         "Granskning av att genomförandeplaner inom hemtjänsten upprättas och följs upp inom 14 dagar",
         "Stickprov 10 brukare", "Delår", "MAS / enhetschef hemtjänst", "12"),
        ("4", "Lex Sarah", "Rapporter utreds inte i tid",
         "Kontroll att rapporter enligt lex Sarah utreds och avslutas inom fastställd tid",
         "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsutvecklare", "8"),
        ("5", "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Stickprov 20 loggar per månad", "Månadsvis", "Systemförvaltare", "12"),
        ("6", "Avgifter äldreomsorg", "Felaktigt beräknade avgifter",
         "Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
         "Stickprov 20 beslut", "Delår", "Avgiftshandläggare", "8"),
        ("7", "Läkemedelshantering", "Felaktig läkemedelshantering på SÄBO",
         "Kontroll av läkemedelshantering på särskilda boenden enligt rutin för läkemedelsgenomgång",
         "Journalgranskning", "Helår", "MAS", "9"),
        ("8", "Delegering", "Beslut fattas utan delegation",
         "Kontroll att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslista mot anmälda beslut", "Tertial", "Nämndsekreterare", "8"),
    ]
    tab = d.add_table(rows=1, cols=len(cols))
    tab.style = "Table Grid"
    for i, c in enumerate(cols):
        cell = tab.rows[0].cells[i]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    set_repeat_header(tab.rows[0])
    for row in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        expect(fil, namnd, row[3], "SAKNAS")
    d.add_paragraph()
    d.add_paragraph("Tidaholm 2024-12-18")
    d.add_paragraph("Anna Lindqvist, socialchef")
    src = os.path.join(tmp, "IK-plan 2025 antagen.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", ""])


# ---------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden - adopted plan, .xls, with EMPTY follow-up columns
# ---------------------------------------------------------------------------
def build_kfn_plan():
    fil = "KFN Internkontrollplan 2025.xls"
    namnd = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK-plan 2025")
    title = xlwt.easyxf("font: bold on, height 320;")
    bold = xlwt.easyxf("font: bold on;")
    head = xlwt.easyxf("font: bold on; align: wrap on, vert top; "
                       "pattern: pattern solid, fore_colour light_green; "
                       "borders: left thin, right thin, top thin, bottom thin;")
    headf = xlwt.easyxf("font: bold on; align: wrap on, vert top; "
                        "pattern: pattern solid, fore_colour light_yellow; "
                        "borders: left thin, right thin, top thin, bottom thin;")
    body = xlwt.easyxf("align: wrap on, vert top; "
                       "borders: left thin, right thin, top thin, bottom thin;")
    bodyc = xlwt.easyxf("align: wrap on, vert top, horiz center; "
                        "borders: left thin, right thin, top thin, bottom thin;")
    ws.write_merge(0, 0, 0, 12, "Kultur- och fritidsnämnden", title)
    ws.write_merge(1, 1, 0, 12, "Internkontrollplan 2025", title)
    ws.write_merge(2, 2, 0, 12, "Beslutad i KFN 2024-12-10, § 78. Dnr KFN 2024/61", bold)
    ws.write_merge(3, 3, 0, 12,
                   "Sannolikhet och konsekvens bedöms på skala 1–4. Kolumnerna för uppföljning "
                   "fylls i av ansvarig inför respektive rapporttillfälle (T1, T2, helår).")
    cols = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
            "Kontrollmetod", "Ansvarig", "Rapportering", "Status T1", "Status T2",
            "Status helår", "Kommentar"]
    hr = 5
    for i, c in enumerate(cols):
        ws.write(hr, i, c, headf if i >= 9 else head)
    rows = [
        ("Bidragshantering", "Föreningsbidrag betalas ut på felaktiga grunder", 2, 3,
         "Kontroll att utbetalda föreningsbidrag följer bidragsreglerna och att verksamhetsberättelse inkommit",
         "Stickprov 10 föreningar", "Fritidskonsulent", "T1, helår"),
        ("Kontanthantering", "Svinn i kassan", 2, 2,
         "Kassaavstämning av dagskassor vid Tidaholms simhall och biblioteket",
         "Oanmäld kontroll 2 ggr/år", "Enhetschef fritid", "T2, helår"),
        ("Lokalbokning", "Bokningar faktureras inte", 3, 2,
         "Kontroll att samtliga bokningar i bokningssystemet har fakturerats",
         "Avstämning bokningar mot fakturor, en månad", "Bokningsadministratör", "T1, T2, helår"),
        ("Inköp", "Inköp görs utanför avtal", 3, 3,
         "Stickprovskontroll av inköp mot gällande ramavtal",
         "Stickprov 20 fakturor", "Controller", "Helår"),
        ("Arbetsmiljö", "Ensamarbete på fritidsgården Ungdomens hus", 2, 4,
         "Kontroll att rutin för ensamarbete på fritidsgården följs",
         "Genomgång av bemanningsschema", "Enhetschef fritidsgård", "T1, T2, helår"),
        ("Kulturskolan", "Felaktig debitering", 2, 2,
         "Kontroll att kulturskolans terminsavgifter debiteras enligt beslutad taxa",
         "Stickprov 15 elever", "Rektor kulturskolan", "T1, helår"),
        ("Bibliotek", "Personuppgifter sparas för länge", 2, 3,
         "Kontroll att låntagarregistret gallras enligt dokumenthanteringsplanen",
         "Kontroll i bibliotekssystemet", "Bibliotekschef", "Helår"),
    ]
    r = hr + 1
    for proc, risk, s, k, km, met, ans, rap in rows:
        ws.write(r, 0, proc, body)
        ws.write(r, 1, risk, body)
        ws.write(r, 2, s, bodyc)
        ws.write(r, 3, k, bodyc)
        ws.write(r, 4, xlwt.Formula("C%d*D%d" % (r + 1, r + 1)), bodyc)
        ws.write(r, 5, km, body)
        ws.write(r, 6, met, body)
        ws.write(r, 7, ans, body)
        ws.write(r, 8, rap, body)
        for c in range(9, 13):
            ws.write(r, c, "", body)
        expect(fil, namnd, km, "SAKNAS")
        r += 1
    widths = [16, 26, 11, 11, 10, 46, 28, 20, 14, 12, 12, 12, 30]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    wb.save(out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", ""])


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - xlsx, plan sheet + T1 sheet by number, codes
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN IK 2025 plan och uppföljning T1.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="BDD7EE")
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen BUN 2024-12-17, § 112"
    ws.merge_cells("A1:G1")
    cols = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
            "Rapporteras"]
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=4, column=i, value=c)
        cell.font = Font(bold=True)
        cell.fill = hfill
        cell.border = box
    plan = [
        (1, "Attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Tertial", "Controller", "T1, T2, helår"),
        (2, "Närvaro och frånvaro",
         "Kontroll att elever med hög frånvaro uppmärksammas och anmäls till rektor enligt rutin",
         "Genomgång av frånvarorapporter", "Tertial", "Elevhälsochef", "T1, T2, helår"),
        (3, "Kränkande behandling",
         "Kontroll att anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt",
         "Genomgång av samtliga anmälningar i DF Respons", "Tertial", "Utvecklingsledare",
         "T1, T2, helår"),
        (4, "Avgifter",
         "Kontroll av inkomstuppgifter för avgift inom förskola och fritidshem",
         "Stickprov 25 hushåll", "Helår", "Förvaltningsadministratör", "Helår"),
        (5, "Skolskjuts",
         "Kontroll att beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Stickprov 20 beslut", "Tertial", "Skolskjutshandläggare", "T1, T2, helår"),
        (6, "Rekrytering",
         "Kontroll att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Samtliga nyanställda under perioden", "Tertial", "HR-specialist", "T1, T2, helår"),
        (7, "Systematiskt kvalitetsarbete",
         "Uppföljning av att enheternas kvalitetsrapporter lämnats in enligt årshjulet",
         "Avstämning mot årshjul", "Helår", "Verksamhetsutvecklare", "Helår"),
        (8, "Inköp", "Avtalstrohet vid inköp av läromedel",
         "Stickprov 20 fakturor", "Tertial", "Controller", "T1, T2, helår"),
        (9, "Informationssäkerhet",
         "Kontroll av att behörigheter i lärplattformen tas bort vid avslutad anställning",
         "Jämförelse personalsystem mot lärplattform", "Tertial", "IT-samordnare",
         "T1, T2, helår"),
    ]
    for r, row in enumerate(plan, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = box
    for col, w in zip("ABCDEFG", [5, 22, 55, 34, 10, 22, 14]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Uppföljning T1")
    ws2["A1"] = "Uppföljning internkontroll tertial 1 2025 (januari–april)"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Barn- och utbildningsförvaltningen. Kontrollerna hänvisas till med nummer i fliken Plan 2025."
    ws2["A3"] = "Status: G = Genomförd   P = Påbörjad/pågår   E = Ej genomförd   U = Utgår"
    ws2["A3"].font = Font(italic=True)
    cols2 = ["Nr", "Status", "Avvikelse (J/N)", "Resultat/kommentar", "Åtgärd", "Signatur"]
    for i, c in enumerate(cols2, 1):
        cell = ws2.cell(row=5, column=i, value=c)
        cell.font = Font(bold=True)
        cell.fill = hfill
        cell.border = box
    fu = [
        (1, "G", "N", "30 fakturor granskade. Samtliga attesterade enligt gällande attestordning.", "", "MJ"),
        (2, "P", "", "Rutinen följs upp på 4 av 6 skolenheter. Resterande två enheter granskas i maj.",
         "", "KB"),
        (3, "G", "J",
         "12 anmälningar under perioden. 3 anmälningar kom till huvudman senare än fem arbetsdagar.",
         "Påminnelse om rutinen till rektorer på rektorsmöte 2025-05-14.", "LS"),
        (5, "E", "", "Ej genomförd p.g.a. vakans som skolskjutshandläggare. Görs under T2.", "", "PE"),
        (6, "G", "N", "Samtliga 14 nyanställda har uppvisat utdrag.", "", "HR"),
        (7, "", "", "Följs upp vid helår.", "", ""),
        (8, "", "", "Se bilaga 2", "", "MJ"),
        (9, "U", "",
         "Utgår – ny lärplattform införs HT 2025, kontrollen flyttas till internkontrollplan 2026.",
         "", "IT"),
    ]
    for r, row in enumerate(fu, 6):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = wrap
            cell.border = box
    ws2.cell(row=16, column=1, value="Sammanställt 2025-05-06, Maria Jonsson, controller")
    for col, w in zip("ABCDEF", [5, 8, 14, 60, 40, 10]):
        ws2.column_dimensions[col].width = w
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", "T1"])

    res = {1: ("GENOMFORD", "nej"), 2: ("DELVIS", ""), 3: ("GENOMFORD", "ja"),
           4: ("SAKNAS", ""), 5: ("EJ_GENOMFORD", ""), 6: ("GENOMFORD", "nej"),
           7: ("SAKNAS", ""), 8: ("OKLAR", ""), 9: ("UTGAR", "")}
    for row in plan:
        st, av = res[row[0]]
        expect(fil, namnd, row[2], st, av)


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .ods, plan sheet + T1 sheet by ID, shuffled order
# ---------------------------------------------------------------------------
def build_sbn(tmp):
    fil = "Samhällsbyggnadsnämnden IKP 2025 - uppföljning T1.ods"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Internkontrollplan"
    ws["A1"] = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Beslut SBN 2024-11-27 § 165"
    cols = ["ID", "Område", "Risk", "Kontrollmoment", "Kontrollmetod", "Omfattning",
            "Ansvarig", "Tidplan"]
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=4, column=i, value=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="385723")
        cell.border = box
    plan = [
        ("SBN-01", "Upphandling", "Direktupphandlingar dokumenteras inte",
         "Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer för upphandling",
         "Stickprov", "10 st", "Upphandlingssamordnare", "T1, T2"),
        ("SBN-02", "Fastighet", "Eftersatt underhåll",
         "Uppföljning av att planerat underhåll enligt underhållsplanen för kommunens fastigheter genomförs",
         "Avstämning mot underhållsplan", "Samtliga åtgärder", "Fastighetschef", "T1, helår"),
        ("SBN-03", "Vatten och avlopp", "Bristande egenkontroll av dricksvatten",
         "Kontroll att provtagning av dricksvatten sker enligt provtagningsplanen",
         "Avstämning provsvar mot plan", "Samtliga vattenverk", "VA-chef", "Löpande, rapport T1"),
        ("SBN-04", "Gata/park", "Olyckor på lekplatser",
         "Kontroll att besiktning av lekplatser genomförts och att anmärkningar åtgärdats",
         "Genomgång av besiktningsprotokoll", "Samtliga lekplatser", "Parkchef", "T1"),
        ("SBN-05", "Renhållning", "Felaktig fakturering",
         "Kontroll av att avgifter för renhållning debiteras enligt taxa",
         "Stickprov", "20 kunder", "Enhetschef renhållning", "T1"),
        ("SBN-06", "Fordon", "Drivmedelskort används felaktigt",
         "Kontroll av drivmedelskort mot körjournaler",
         "Stickprov", "15 transaktioner", "Fordonssamordnare", "T1"),
        ("SBN-07", "Kost", "Allergiframkallande mat serveras",
         "Kontroll att rutinen för specialkost följs vid kommunens tillagningskök",
         "Egenkontroll", "Samtliga kök", "Kostchef", "T1"),
        ("SBN-08", "Arbetsmiljö", "Olycka vid ensamarbete",
         "Kontroll att riskbedömning för ensamarbete finns för drift- och underhållspersonal",
         "Genomgång", "Samtliga enheter", "Enhetschefer", "Helår"),
    ]
    for r, row in enumerate(plan, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = box
    for col, w in zip("ABCDEFGH", [9, 16, 28, 52, 26, 16, 22, 16]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("T1 2025")
    ws2["A1"] = "Uppföljning per 30 april 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "ID hänvisar till fliken Internkontrollplan."
    cols2 = ["ID", "Genomförd (Ja/Nej/Delvis)", "Resultat/iakttagelser", "Avvikelse",
             "Åtgärd/kommentar"]
    for i, c in enumerate(cols2, 1):
        cell = ws2.cell(row=4, column=i, value=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="385723")
        cell.border = box
    fu = [
        ("SBN-04", "Nej", "Besiktningen är försenad på grund av tjäle i marken, genomförs i maj.",
         "", ""),
        ("SBN-01", "Ja",
         "10 direktupphandlingar granskade. 2 saknade dokumentation av konkurrensutsättning.",
         "Ja", "Utbildning för beställare genomförs i juni."),
        ("SBN-02", "Delvis", "Av 18 planerade åtgärder är 7 genomförda, övriga pågår enligt tidplan.",
         "Nej", ""),
        ("SBN-03", "Ja", "Provtagning utförd enligt plan. Inga anmärkningar från miljöenheten.",
         "Nej", ""),
        ("SBN-05", "", "Kontrollen är genomförd, 20 kunder granskade utan avvikelse.", "Nej", ""),
        ("SBN-06", "Ja", "15 transaktioner kontrollerade mot körjournal, inga avvikelser.", "Nej", ""),
        ("SBN-07", "Nej",
         "Avbruten enligt beslut SBN 2025-03-19 § 41 – kostenheten har överförts till "
         "Barn- och utbildningsnämnden.", "", ""),
        ("SBN-08", "–", "", "", "Helårskontroll"),
    ]
    for r, row in enumerate(fu, 5):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = wrap
            cell.border = box
    for col, w in zip("ABCDE", [9, 14, 60, 11, 40]):
        ws2.column_dimensions[col].width = w
    src = os.path.join(tmp, "sbn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "sbn.ods"), out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", "T1"])
    res = {"SBN-01": ("GENOMFORD", "ja"), "SBN-02": ("DELVIS", "nej"),
           "SBN-03": ("GENOMFORD", "nej"), "SBN-04": ("EJ_GENOMFORD", ""),
           "SBN-05": ("GENOMFORD", "nej"), "SBN-06": ("GENOMFORD", "nej"),
           "SBN-07": ("UTGAR", ""), "SBN-08": ("SAKNAS", "")}
    for row in plan:
        st, av = res[row[0]]
        expect(fil, namnd, row[3], st, av)


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen - Word plan with an added "Uppföljning T1" column
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Kommunstyrelsen internkontrollplan 2025 med uppföljning T1.docx"
    namnd = "Kommunstyrelsen"
    d = docx.Document()
    fix_docx_props(d)
    landscape(d)
    d.sections[0].header.paragraphs[0].text = "Tidaholms kommun – Kommunstyrelseförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Internkontrollplan 2025 för kommunstyrelsen")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Antagen av kommunstyrelsen 2024-12-04, § 215. "
                    "Kompletterad med uppföljning per tertial 1 (2025-04-30), kolumnen längst till höger.")
    d.add_paragraph(
        "Kommunstyrelsen ansvarar för att det finns en tillräcklig intern kontroll i den egna "
        "verksamheten. Planen omfattar kommunstyrelseförvaltningens ekonomi-, personal-, IT- och "
        "kanslifunktioner. Kontroller med frekvens delår eller helår redovisas inte i tertial 1.")
    cols = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Uppföljning T1"]
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor", "Redovisningsekonom", "Tertial",
             "Genomförd. 40 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av representationsfakturor – syfte och deltagare ska framgå",
             "Samtliga representationsfakturor", "Ekonomichef", "Tertial",
             "Genomförd med anmärkning. 3 av 11 fakturor saknade deltagarförteckning. "
             "Berörda chefer har informerats.", "GENOMFORD", "ja"),
            ("1.3", "Kontroll av avtalstrohet vid inköp av kontorsmaterial",
             "Stickprov 25 fakturor", "Upphandlare", "Delår", "", "SAKNAS", ""),
            ("1.4", "Avstämning av balanskonton vid månadsbokslut",
             "Avstämningsunderlag", "Redovisningschef", "Månadsvis",
             "Pågår. Avstämning klar för januari–mars, april stäms av i maj.", "DELVIS", ""),
        ]),
        ("2. Personal", [
            ("2.1", "Kontroll att löneutbetalningar upphör i rätt tid vid avslutad anställning",
             "Stickprov 15 avslut", "Lönechef", "Tertial",
             "Genomförd. En felaktig utbetalning (12 400 kr) har upptäckts och återkrävts.",
             "GENOMFORD", "ja"),
            ("2.2", "Kontroll att introduktion enligt checklista genomförts för nyanställda chefer",
             "Genomgång av checklistor", "HR-chef", "Tertial",
             "Ej påbörjad på grund av sjukfrånvaro, flyttas till T2.", "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll att friskvårdsbidrag betalas ut enligt riktlinjerna",
             "Stickprov 20 utbetalningar", "Lönespecialist", "Tertial",
             "Utgår. Friskvårdsbidraget hanteras sedan 1 januari i extern portal, kontrollen är "
             "inte längre aktuell.", "UTGAR", ""),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
             "Jämförelse personalsystem mot behörighetslista", "IT-chef", "Tertial",
             "12 av 25 avslutade konton kontrollerade, resterande kontrolleras under maj.",
             "DELVIS", ""),
            ("3.2", "Kontroll att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Genomgång av incidentloggen", "Dataskyddssamordnare", "Tertial",
             "Två incidenter under perioden, båda anmälda inom tidsgränsen. Kontrollen genomförd.",
             "GENOMFORD", "nej"),
        ]),
        ("4. Styrning och ledning", [
            ("4.1", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse mellan beslut i systemet och anmälda beslut", "Kommunsekreterare",
             "Tertial",
             "Genomförd. 4 beslut hade inte anmälts – anmäls i efterhand till KS 2025-05-07.",
             "GENOMFORD", "ja"),
            ("4.2", "Kontroll att motioner besvaras inom ett år",
             "Genomgång av motionslistan", "Kommunsekreterare", "Helår", "", "SAKNAS", ""),
        ]),
    ]
    tab = d.add_table(rows=1, cols=len(cols))
    tab.style = "Table Grid"
    for i, c in enumerate(cols):
        cell = tab.rows[0].cells[i]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "FCE4D6" if i == 5 else "DDDDDD")
    set_repeat_header(tab.rows[0])
    for gname, items in groups:
        row = tab.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        merged.text = gname
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, "F2F2F2")
        for nr, km, met, ans, frek, fu, st, av in items:
            cells = tab.add_row().cells
            for i, v in enumerate([nr, km, met, ans, frek, fu]):
                cells[i].text = v
            expect(fil, namnd, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Uppföljningen sammanställd 2025-05-05 av ekonomienheten.")
    d.add_paragraph("Per Holm, kommundirektör")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", "T1"])


# ---------------------------------------------------------------------------
# 6. Tidaholms Bostad AB - title says "Internkontrollplan 2025", T1 columns filled,
#    status by fill colour only (legend at top)
# ---------------------------------------------------------------------------
def build_tbab():
    fil = "Internkontrollplan 2025 TBAB.xlsx"
    namnd = "Tidaholms Bostad AB"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Tidaholms Bostad AB"
    ws.oddFooter.right.text = "Sida &P av &N"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Tidaholms Bostad AB"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fastställd av styrelsen 2025-02-13"
    ws["I1"] = "Färgmarkering"
    ws["I1"].font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
              (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")]
    for i, (f, txt) in enumerate(legend, 2):
        ws.cell(row=i, column=9).fill = f
        ws.cell(row=i, column=9).border = box
        ws.cell(row=i, column=10, value=txt)
    cols = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
            "T1", "Kommentar T1 (jan–apr)", "T2", "Kommentar T2 (maj–aug)", "T3",
            "Kommentar T3 (sep–dec)"]
    hr = 7
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=hr, column=i, value=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        (1, "Hyresadministration", "Felaktiga hyror debiteras",
         "Kontroll att hyresavier överensstämmer med gällande hyresavtal", "Ekonomichef",
         "Tertial", GREEN, None, "20 avtal kontrollerade mot hyresavier. Inga fel.",
         "GENOMFORD", "nej"),
        (2, "Kundfordringar", "Hyresskulder växer",
         "Uppföljning av hyresskulder och att inkassorutinen följs", "Hyresadministratör",
         "Tertial", GREEN, None,
         "Rutinen följs i huvudsak. 2 ärenden skickades till inkasso senare än rutinen anger.",
         "GENOMFORD", "ja"),
        (3, "Underhåll", "Fel åtgärdas inte i tid",
         "Kontroll att felanmälningar åtgärdas inom utlovad tid", "Förvaltare",
         "Tertial", YELLOW, None, "Kontroll påbörjad, sammanställning klar i maj.",
         "DELVIS", ""),
        (4, "Inköp", "Oattesterade inköp",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Tertial", GREEN, None, None, "GENOMFORD", ""),
        (5, "Uthyrning", "Lägenheter fördelas utanför kön",
         "Kontroll att lägenheter fördelas enligt uthyrningspolicyn och bostadskön",
         "Uthyrningsansvarig", "Tertial", RED, None, "Ej genomförd under perioden.",
         "EJ_GENOMFORD", ""),
        (6, "Brandskydd", "Brister i brandskyddet",
         "Systematiskt brandskyddsarbete – kontroll att SBA-ronder genomförts i samtliga fastigheter",
         "Fastighetschef", "Helår", None, None, "Genomförs under hösten.", "SAKNAS", ""),
        (7, "IT", "Obehörig åtkomst",
         "Kontroll av behörigheter i fastighetssystemet", "IT-ansvarig", "Tertial",
         GREY, "Utgår", "Nytt fastighetssystem införs, kontrollen flyttas till 2026.",
         "UTGAR", ""),
    ]
    r = hr + 1
    for nr, proc, risk, km, ans, frek, fill, txt, kom, st, av in rows:
        vals = [nr, proc, risk, km, ans, frek, txt, kom, None, None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = box
        if fill is not None:
            ws.cell(row=r, column=7).fill = fill
        expect(fil, namnd, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljning T1 rapporterad till styrelsen 2025-05-15.")
    ws.cell(row=r + 2, column=1, value="Lena Ekström, VD")
    for col, w in zip("ABCDEFGHIJKL", [5, 18, 24, 48, 18, 10, 8, 44, 8, 30, 8, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", namnd, "2025", "T1"])


# ---------------------------------------------------------------------------
# 7. Stratsys-like CSV export, cp1252, two nämnder (MBN and ÖFN)
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-08.csv"
    lines = [
        ["Rapport: Internkontroll - uppföljning"],
        ["Period: Tertial 1 2025"],
        ["Utskriftsdatum: 2025-05-08 09:12"],
        [],
        ["Enhet", "Period", "Nr", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status",
         "Kommentar", "Avvikelse"],
    ]
    mbn = "Miljö- och byggnadsnämnden"
    ofn = "Överförmyndarnämnden"
    data = [
        (mbn, "1", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "12",
         "Bygglovschef", "Klar", "40 ärenden granskade, samtliga beslutade inom tid.", "Nej",
         "GENOMFORD", "nej"),
        (mbn, "2", "Kontroll att tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "9",
         "Miljöchef", "Klar med avvikelse",
         "3 av 25 objekt var placerade i fel riskklass, debitering korrigerad.", "Ja",
         "GENOMFORD", "ja"),
        (mbn, "3", "Kontroll att delegationsbeslut anmäls till nämnden", "6",
         "Nämndsekreterare", "Klar", "", "Nej", "GENOMFORD", "nej"),
        (mbn, "4", "Kontroll att livsmedelskontroller genomförs enligt kontrollplanen", "12",
         "Miljöchef", "Pågående", "42 % av planerade kontroller genomförda per 30 april.", "",
         "DELVIS", ""),
        (mbn, "5", "Kontroll av jäv vid handläggning av ärenden", "8",
         "Förvaltningschef", "Ej startad", "", "", "EJ_GENOMFORD", ""),
        (mbn, "6", "Kontroll att diarieföring sker inom tre dagar från ankomst", "6",
         "Registrator", "", "", "", "SAKNAS", ""),
        (ofn, "1", "Kontroll att årsräkningar granskas inom sex månader från inlämnande", "12",
         "Handläggare överförmyndare", "Pågående", "215 av 260 årsräkningar granskade.", "",
         "DELVIS", ""),
        (ofn, "2", "Kontroll att ställföreträdare lämplighetsprövats med registerkontroll innan förordnande",
         "9", "Handläggare överförmyndare", "Klar",
         "Samtliga 6 nya ställföreträdare kontrollerade.", "Nej", "GENOMFORD", "nej"),
        (ofn, "3", "Kontroll att arvoden till ställföreträdare betalas ut enligt beslutade riktlinjer",
         "8", "Enhetschef", "Klar", "2 arvoden var felberäknade och har korrigerats.", "Ja",
         "GENOMFORD", "ja"),
        (ofn, "4", "Kontroll att förteckningar lämnas in inom två månader", "4",
         "Handläggare överförmyndare", "Ej aktuell",
         "Kontrollen ingår i granskningen av årsräkningar från 2025.", "", "UTGAR", ""),
    ]
    for en, nr, km, rv, ans, st, kom, avv, est, eav in data:
        lines.append([en, "2025 T1", nr, km, rv, ans, st, kom, avv])
        expect(fil, en, km, est, eav)
    with open(out(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append([fil, "INLAST", mbn, "2025", "T1"])
    FILES.append([fil, "INLAST", ofn, "2025", "T1"])


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) for the Socialnämnden plan
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv internkontrollplan 2025 Socialnämnden.docx"
    d = docx.Document()
    fix_docx_props(d)
    d.sections[0].header.paragraphs[0].text = "TIDAHOLMS KOMMUN\tSocialförvaltningen\t2025-01-09"
    p = d.add_paragraph()
    r = p.add_run("Missiv")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Till: Ekonomienheten, kommunstyrelseförvaltningen")
    d.add_paragraph("Ärende: Socialnämndens internkontrollplan 2025")
    d.add_paragraph(
        "Härmed översänds socialnämndens internkontrollplan för 2025, antagen av nämnden "
        "2024-12-18 § 142. Planen omfattar åtta kontrollmoment inom ekonomiskt bistånd, "
        "social dokumentation, informationssäkerhet, avgifter och delegering.")
    d.add_paragraph(
        "Uppföljning av planen sker per tertial och första uppföljningen redovisas för nämnden "
        "i maj 2025 i samband med tertialrapport 1.")
    d.add_paragraph("Bilaga: IK-plan 2025 antagen.doc")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|KSF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Tidaholms Bostad AB", "TBAB|Tidaholmsbostäder|Tidaholms Bostads AB"),
        ("Tidaholms Energi AB", "TEAB|Tidaholms Energi"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r466build-")
    try:
        build_sn_plan(tmp)
        build_kfn_plan()
        build_bun()
        build_sbn(tmp)
        build_ks()
        build_tbab()
        build_stratsys()
        build_missiv()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
