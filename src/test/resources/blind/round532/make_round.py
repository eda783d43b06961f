#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r532 - Lerums kommun, delår 2025 (per 31 augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-work-round532"
LO_PROFILE = "file:///tmp/lo-round532"
FIXED = datetime.datetime(2025, 9, 5, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    assert not km.startswith("=")
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 5, 8, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_props(wb):
    wb.properties.creator = "Lerums kommun"
    wb.properties.lastModifiedBy = "Lerums kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def save_wb(wb, name):
    fix_props(wb)
    path = os.path.join(OUT, name)
    wb.save(path)
    normalize_zip(path)
    return path


def save_doc(d, name):
    cp = d.core_properties
    cp.author = "Lerums kommun"
    cp.last_modified_by = "Lerums kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    path = os.path.join(OUT, name)
    d.save(path)
    normalize_zip(path)
    return path


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# File 1: multi-sheet workbook from Kommunledningskontoret (KS, SBN, KFN)
# ---------------------------------------------------------------------------
def file1():
    fil = "IK delår 2025 - KS SBN KFN.xlsx"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion – uppföljning av internkontrollplan 2025, delår (jan–aug)"
    ins["A1"].font = Font(bold=True, size=14)
    lines = [
        "",
        "1. Varje nämnd har en egen flik (KS, SBN, KFN). Fyll endast i kolumnerna för delår.",
        "2. Välj status i rullistan i kolumnen \"Status delår\":",
        "      Genomförd – kontrollen är utförd utan anmärkning",
        "      Genomförd med avvikelse – kontrollen är utförd och brister har upptäckts (beskriv i kommentar)",
        "      Pågår – kontrollen är påbörjad men inte klar",
        "      Ej påbörjad – kontrollen har inte startat",
        "      Utgår – kontrollen har strukits genom beslut (ange paragraf i kommentar)",
        "3. Kolumnen \"Status T1\" är ifylld sedan tertialuppföljningen i april och ska inte ändras.",
        "4. Beskriv resultat, avvikelser och åtgärder i kommentarskolumnen.",
        "5. Fliken \"Sammanställning\" uppdateras av ekonomienheten.",
        "",
        "Skicka filen till ekonomienheten senast 2025-09-05. Frågor: Lena Ek, controller, tfn 0302-52 10 00.",
    ]
    for i, t in enumerate(lines, start=2):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110

    summ = wb.create_sheet("Sammanställning")

    cols = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "Status T1", "Status delår", "Kommentar delår"]
    sheets = {
        "KS": ("Kommunstyrelsen", "Kommunstyrelsen", [
            ("Ekonomi", None),
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor", "Tertial", "Redovisningschef",
             "Genomförd", "Genomförd med avvikelse",
             "Stickprov 40 fakturor, 2 saknade andra attest (belopp över 50 tkr). Återkoppling till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Stickprov 25 verifikationer", "Delår/helår", "Controller",
             None, "Genomförd", "Stickprov 25 verifikationer utan anmärkning.", "GENOMFORD", "nej"),
            ("HR", None),
            ("2.1", "HR", "Utdrag ur belastningsregistret begärs vid nyanställning där det krävs",
             "Genomgång av rekryteringar i Visma Recruit", "Tertial", "HR-chef",
             "Genomförd", "Pågår",
             "Vårens rekryteringar kontrollerade, sommarvikarier återstår.", "DELVIS", ""),
            ("IT och informationssäkerhet", None),
            ("3.1", "IT", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuella anställningar",
             "Avstämning mot personalsystemet", "Tertial", "Systemförvaltare",
             "Pågår", None, None, "DELVIS", ""),
            ("Upphandling och inköp", None),
            ("4.1", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Stickprov 10 direktupphandlingar", "Helår", "Upphandlingschef",
             None, "Ej påbörjad", "Genomförs i oktober enligt plan.", "EJ_GENOMFORD", ""),
            ("Ärendehantering", None),
            ("5.1", "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslistor/protokoll", "Tertial", "Kanslichef",
             "Genomförd", "Utgår",
             "Utgår efter beslut KS 2025-04-09 § 58, ersätts av kontroll i nytt ärendehanteringssystem.",
             "UTGAR", ""),
        ]),
        "SBN": ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsnämnden", [
            ("Ekonomi och taxor", None),
            ("1", "Ekonomi", "Fakturering av arrenden och markupplåtelser sker enligt beslutad taxa",
             "Stickprov 15 avtal", "Delår", "Ekonom",
             None, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Gata, park och fastighet", None),
            ("2", "Park", "Besiktning av lekplatser enligt SS-EN 1176",
             "Genomgång av besiktningsprotokoll", "Delår", "Parkchef",
             None, "Genomförd med avvikelse",
             "3 av 42 lekplatser hade brister (gungor Aspedalen, klätterställning Floda centrum), åtgärdade i juni.",
             "GENOMFORD", "ja"),
            ("3", "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens verksamhetslokaler",
             "Kontroll av SBA-pärmar", "Delår", "Fastighetschef",
             None, "Ej påbörjad", "Skjuts till 2026 p.g.a. vakans som brandskyddssamordnare.",
             "EJ_GENOMFORD", ""),
            ("Inköp och exploatering", None),
            ("4", "Inköp", "Avtalstrohet vid inköp av entreprenadtjänster",
             "Spendanalys jan–jul", "Tertial", "Inköpssamordnare",
             "Ej påbörjad", "Pågår", "Spendanalys beställd från inköpsenheten.", "DELVIS", ""),
            ("5", "Exploatering", "Exploateringsavtal följs upp ekonomiskt mot kalkyl",
             "Genomgång av pågående exploateringsprojekt", "Delår", "Exploateringschef",
             None, None, None, "SAKNAS", ""),
        ]),
        "KFN": ("Kultur och fritid", "Kultur- och fritidsnämnden", [
            ("1", "Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
             "Granskning av 15 ansökningar", "Delår", "Föreningskonsulent",
             None, "Genomförd", "Samtliga granskade ansökningar korrekta.", "GENOMFORD", "nej"),
            ("2", "Kassahantering", "Dagskassor i simhall och bibliotek stäms av mot kassarapport",
             "Stickprov 20 dagar", "Tertial", "Enhetschef",
             "Genomförd", "Genomförd med avvikelse",
             "Differens vid 2 tillfällen i Lerums simhall (120 kr resp. 460 kr). Rutinen uppdaterad.",
             "GENOMFORD", "ja"),
            ("3", "Lokalbokning", "Uthyrning av idrottshallar debiteras enligt taxa",
             "Avstämning bokningssystem/fakturor", "Delår", "Bokningsansvarig",
             None, None, "Kontrollen är genomförd, inga avvikelser.", "GENOMFORD", "nej"),
            ("4", "Lovverksamhet", "Utdrag ur belastningsregistret för ledare i lovverksamhet",
             "Kontroll av samtliga sommarledare", "Delår", "Fritidsgårdschef",
             None, "Pågår", "", "DELVIS", ""),
        ]),
    }

    green_head = PatternFill("solid", fgColor="D9E1F2")
    grp_fill = PatternFill("solid", fgColor="F2F2F2")
    summary_rows = []
    for sname, (title_name, namnd, rows) in sheets.items():
        ws = wb.create_sheet(sname)
        ws["A1"] = "Uppföljning internkontrollplan 2025 – " + title_name
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Period: Delår 1 januari – 31 augusti 2025"
        ws["A2"].font = Font(italic=True)
        hr = 4
        for c, h in enumerate(cols, start=1):
            cell = ws.cell(row=hr, column=c, value=h)
            cell.font = BOLD
            cell.fill = green_head
            cell.border = BORDER
            cell.alignment = WRAP
        r = hr + 1
        counts = {"Genomförd": 0, "Genomförd med avvikelse": 0, "Pågår": 0, "Ej påbörjad": 0,
                  "Utgår": 0, "Ej ifylld": 0}
        n = 0
        for row in rows:
            if row[1] is None:
                ws.cell(row=r, column=1, value=row[0]).font = BOLD
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
                ws.cell(row=r, column=1).fill = grp_fill
                r += 1
                continue
            vals = row[:9]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, namnd, row[2], row[9], row[10])
            n += 1
            counts[row[7] if row[7] else "Ej ifylld"] += 1
            r += 1
        dv = DataValidation(type="list",
                            formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("G%d:H%d" % (hr + 1, r - 1))
        r += 1
        ws.cell(row=r, column=1, value="Ifylld av:")
        ws.cell(row=r, column=3, value={"KS": "Lena Ek, controller",
                                         "SBN": "Oskar Nyberg, controller",
                                         "KFN": "Sara Holm, verksamhetscontroller"}[sname])
        ws.cell(row=r + 1, column=1, value="Datum:")
        ws.cell(row=r + 1, column=3, value={"KS": "2025-09-02", "SBN": "2025-09-04",
                                             "KFN": "2025-09-03"}[sname])
        widths(ws, [6, 14, 48, 30, 11, 18, 22, 22, 55])
        ws.freeze_panes = "A5"
        summary_rows.append((namnd, n, counts))

    summ["A1"] = "Sammanställning internkontroll delår 2025 – antal kontrollmoment per status"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Uppdateras av ekonomienheten. Räknat på kolumnen \"Status delår\"."
    heads = ["Nämnd", "Antal kontrollmoment", "Genomförd", "Genomförd med avvikelse", "Pågår",
             "Ej påbörjad", "Utgår", "Ej ifylld"]
    for c, h in enumerate(heads, start=1):
        cell = summ.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = green_head
        cell.border = BORDER
        cell.alignment = WRAP
    tot = [0] * 7
    r = 5
    for namnd, n, counts in summary_rows:
        vals = [namnd, n] + [counts[k] for k in heads[2:]]
        for c, v in enumerate(vals, start=1):
            summ.cell(row=r, column=c, value=v).border = BORDER
        for i, v in enumerate(vals[1:]):
            tot[i] += v
        r += 1
    summ.cell(row=r, column=1, value="Totalt").font = BOLD
    for i, v in enumerate(tot, start=2):
        cell = summ.cell(row=r, column=i, value=v)
        cell.font = BOLD
        cell.border = BORDER
    summ.cell(row=r + 2, column=1,
              value="Andel genomförda (inkl. med avvikelse): %d %%" % round(
                  100 * (tot[1] + tot[2]) / tot[0]))
    widths(summ, [30, 14, 12, 14, 10, 12, 10, 10])

    save_wb(wb, fil)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Word document, Socialnämnden, tick "X" in Genomförd / Delvis / Ej genomförd
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file2():
    fil = "Socialnämnden uppföljning internkontroll delår 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "LERUMS KOMMUN\tSektor Social välfärd\tDnr SN 2025/0412"
    d.add_heading("Uppföljning av internkontrollplan 2025 – Socialnämnden", level=1)
    d.add_paragraph("Delårsrapport per 31 augusti 2025").runs[0].bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (SN § 7). Planen omfattar "
        "nio kontrollmoment inom myndighetsutövning, ekonomi och vård och omsorg. Nedan redovisas "
        "uppföljningen för perioden januari–augusti. Status markeras med X i aktuell kolumn. "
        "Kontrollmoment med helårsfrekvens redovisas i årsbokslutet om inget annat anges.")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen i huvudsak fungerar, men att "
        "utredningstiderna inom barn och unga fortsatt behöver förbättras.")

    heads = ["Kontrollmoment", "Risk-värde", "Genomförd", "Delvis", "Ej genomförd",
             "Kommentar / resultat"]
    data = [
        ("Myndighetsutövning – Individ- och familjeomsorg", None),
        ("Utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "12",
         "", "X", "", "78 % av utredningarna avslutade inom fyra månader. Orsak: hög "
         "personalomsättning. Åtgärdsplan tas fram under hösten.", "DELVIS", "ja"),
        ("Förhandsbedömning av orosanmälan görs inom 14 dagar", "12",
         "X", "", "", "Samtliga 60 granskade anmälningar bedömda inom tid.", "GENOMFORD", "nej"),
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "9",
         "X", "", "", "Stickprov 30 beslut. Två beslut fattade av fel delegat, åtgärdat och "
         "information given till handläggarna.", "GENOMFORD", "ja"),
        ("Ekonomi", None),
        ("Fakturor från HVB och familjehem kontrolleras mot beslut och avtal", "8",
         "", "", "X", "Kontrollen flyttas till hösten p.g.a. byte av verksamhetssystem (Lifecare).",
         "EJ_GENOMFORD", ""),
        ("Avgifter inom äldreomsorgen debiteras enligt beslut och maxtaxa", "6",
         "x", "", "", "Stickprov 25 debiteringar utan anmärkning.", "GENOMFORD", "nej"),
        ("Körjournaler förs för hemtjänstens bilar", "4",
         "", "", "", "Utgår – hemtjänstens bilar ersatta av leasade elbilar med digital körjournal, "
         "beslut SN 2025-03-19 § 31.", "UTGAR", ""),
        ("Vård och omsorg", None),
        ("Signeringslistor för läkemedel i hemtjänsten är kompletta", "12",
         "X", "X", "", "Se bilaga 2.", "OKLAR", ""),
        ("Beslut om insatser enligt LSS verkställs inom tre månader", "9",
         "", "X", "", "Kontroll gjord för bostad med särskild service, personlig assistans "
         "återstår.", "DELVIS", ""),
        ("Lex Sarah-rapporter utreds och anmäls till IVO inom tid", "9",
         "", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "BDD7EE")
    for row in data:
        cells = t.add_row().cells
        if row[1] is None:
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row[0]).bold = True
            shade(m, "EDEDED")
            continue
        for i, v in enumerate(row[:6]):
            cells[i].text = v
            if i in (2, 3, 4):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, row[0], row[6], row[7])
    colw = [Cm(8), Cm(1.6), Cm(2.2), Cm(2.0), Cm(2.2), Cm(9.5)]
    for r in t.rows:
        for i, w in enumerate(colw):
            r.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16). Markera med X i den kolumn som gäller.")
    d.add_paragraph("Bilaga 2: Sammanställning av signeringslistor, hemtjänstområde Norr och Söder.")
    d.add_paragraph("")
    d.add_paragraph("Lerum 2025-09-08")
    d.add_paragraph("Karin Sjöberg\nSektorschef Sektor Social välfärd")
    save_doc(d, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: xlsx with big title block and signature block, Utbildningsnämnden
# ---------------------------------------------------------------------------
def file3():
    fil = "UN 2025-0187 Uppföljning internkontrollplan delår 2025.xlsx"
    namnd = "Utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "LERUMS KOMMUN"
    ws["A1"].font = Font(bold=True, size=22, color="1F4E78")
    ws.merge_cells("A1:C2")
    ws["A1"].alignment = Alignment(vertical="center")
    ws["E1"] = "TJÄNSTESKRIVELSE"
    ws["E1"].font = Font(bold=True, size=12)
    ws["A3"] = "Sektor Lärande"
    ws["A3"].font = Font(italic=True, size=11, color="1F4E78")
    meta = [
        ("Nämnd:", "Utbildningsnämnden"),
        ("Diarienummer:", "UN 2025/0187"),
        ("Ärende:", "Uppföljning av internkontrollplan 2025, delår 1 januari – 31 augusti"),
        ("Datum för beslut:", "2025-09-24"),
        ("Handläggare:", "Maria Lindqvist, controller, maria.lindqvist@lerum.se"),
    ]
    r = 5
    for k, v in meta:
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    ws.cell(row=11, column=1,
            value="Förslag till beslut: Utbildningsnämnden godkänner uppföljningen av "
                  "internkontrollplanen per 31 augusti 2025.")
    ws.merge_cells("A11:G11")
    ws["A11"].alignment = WRAP
    ws.row_dimensions[11].height = 30
    hr = 13
    heads = ["Område", "Kontrollmoment", "Hur kontrollen genomförs", "Ansvarig", "Status",
             "Resultat / iakttagelser", "Åtgärd"]
    fillh = PatternFill("solid", fgColor="1F4E78")
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fillh
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Ekonomi", "Rätt debitering av avgifter för förskola och fritidshem (maxtaxa) utifrån "
                    "inkomstuppgifter",
         "Inkomstkontroll mot Skatteverkets uppgifter för 2024", "Avgiftshandläggare",
         "Klar – avvikelse",
         "Inkomstkontrollen visade 14 hushåll med för låg debitering.\nEfterdebitering skickad i juni.",
         "Påminnelse om inkomstanmälan i e-tjänsten.", "GENOMFORD", "ja"),
        (None, "Skolskjuts beviljas enligt riktlinjer och faktureras korrekt av entreprenör",
         "Stickprov 20 fakturor mot beviljade resor", "Skolskjutssamordnare", "Klar",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        (None, "Rätt ersättning (skolpeng) till fristående verksamheter",
         "Avstämning elevregister mot utbetalningar", "Ekonom", "Ej aktuell",
         "Ersätts av länsgemensam kontroll, beslut UN 2025-02-12 § 14.", "", "UTGAR", ""),
        ("Elevhälsa och trygghet",
         "Kränkande behandling anmäls till huvudmannen inom en vecka",
         "Genomgång av anmälningar i DF Respons", "Verksamhetsutvecklare", "Påbörjad",
         "Genomgång av vårterminens anmälningar pågår.", "", "DELVIS", ""),
        (None, "Upprepad frånvaro utreds enligt rutin",
         "Stickprov elever med >15 % frånvaro", "Rektorer", "Ej påbörjad",
         "Planeras till november.", "", "EJ_GENOMFORD", ""),
        ("Undervisning och personal", "Betyg registreras och signeras i Vklass inom utsatt tid",
         "Uttag ur Vklass efter vårterminen", "Skoladministratör", "Klar",
         "Samtliga betyg vt 2025 signerade i tid.", "", "GENOMFORD", "nej"),
        (None, "Legitimation och behörighet kontrolleras vid anställning av lärare",
         "Stickprov 15 anställningar", "HR-konsult", "Klar",
         "Kontrollen genomförd, inga avvikelser.", "", "GENOMFORD", "nej"),
        (None, "Skyddsronder genomförs på samtliga skolor (systematiskt arbetsmiljöarbete)",
         "Sammanställning av skyddsrondsprotokoll", "Sektorschef", None,
         "Skyddsronder genomförda på 9 av 14 skolor, resterande planeras under september.",
         "", "DELVIS", ""),
    ]
    r = hr + 1
    group_start = None
    for row in rows:
        if row[0] is not None:
            if group_start is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
            group_start = r
        for c, v in enumerate(row[:7], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    if r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning:").font = BOLD
    ws.cell(row=r, column=2, value="Den interna kontrollen inom Sektor Lärande bedöms som "
                                   "tillräcklig. Kontroller som ej är genomförda slutförs under hösten.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    r += 3
    ws.cell(row=r, column=1, value="Lerum 2025-09-03")
    r += 2
    ws.cell(row=r, column=1, value="……………………………………")
    ws.cell(row=r, column=4, value="……………………………………")
    ws.cell(row=r + 1, column=1, value="Anna Karlsson")
    ws.cell(row=r + 1, column=4, value="Johan Berg")
    ws.cell(row=r + 2, column=1, value="Sektorschef, Sektor Lärande")
    ws.cell(row=r + 2, column=4, value="Ekonomichef")
    widths(ws, [20, 45, 34, 20, 16, 50, 32])
    ws.print_title_rows = "13:13"
    ws.oddHeader.right.text = "UN 2025/0187"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 4: xlsx with cell fills as status, legend in header row cells, Miljö- och byggnadsnämnden
# ---------------------------------------------------------------------------
def file4():
    fil = "MBN internkontroll 2025 augusti.xlsx"
    namnd = "Miljö- och byggnadsnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden – uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteringstillfälle: delår augusti 2025"
    hr = 4
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Kontrollmetod", "Status", "Kommentar delår"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    # legend cells in the same header row
    legend = [("Genomförd", GREEN), ("Delvis genomförd", YELLOW), ("Ej genomförd", RED),
              ("Ej aktuell / utgår", GREY)]
    for i, (txt, fl) in enumerate(legend):
        cell = ws.cell(row=hr, column=8 + i, value=txt)
        cell.fill = fl
        cell.font = BOLD
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fills = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY, None: None}
    rows = [
        ("1", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
         "Bygglovschef", "Uttag ur Castor, samtliga beslut jan–jul", "Y",
         "91 % av ärendena inom tid, 6 ärenden överskred tidsfristen och avgiften reducerades.",
         "DELVIS", "ja"),
        ("2", "Avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Miljöchef", "Stickprov 20 ärenden", "G", "Stickprov 20 ärenden, inga fel.",
         "GENOMFORD", "nej"),
        ("3", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Jämförelse delegationslista/protokoll", "G",
         "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("4", "Registrering av inkomna handlingar i Castor inom två arbetsdagar",
         "Administrativ chef", "Stickprov 30 ärenden", "G",
         "Stickprov visar att 4 av 30 registrerades för sent (3–5 dagar). Rutin påmind på APT.",
         "GENOMFORD", "ja"),
        ("5", "Livsmedelskontroll utförs enligt beslutad kontrollplan",
         "Miljöchef", "Avstämning planerade/utförda kontroller", "R",
         "Uppföljningen görs i samband med helårsbokslutet.", "EJ_GENOMFORD", ""),
        ("6", "Handläggare handlägger inte ärenden där jäv föreligger",
         "Miljöchef / bygglovschef", "Egenkontroll jävsdeklarationer", "X",
         "Ej aktuell 2025 – ingår i kommunövergripande kontroll (KS).", "UTGAR", ""),
        ("7", "Beslut om strandskyddsdispens överensstämmer med länsstyrelsens överprövningar",
         "Planarkitekt", "Genomgång av länsstyrelsens beslut", None, "", "SAKNAS", ""),
        ("8", "Bygglovshandlingar arkiveras enligt dokumenthanteringsplanen",
         "Arkivansvarig", "Stickprov 10 avslutade ärenden", None,
         "Genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:4], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        sc = ws.cell(row=r, column=5)
        sc.border = BORDER
        if fills[row[4]] is not None:
            sc.fill = fills[row[4]]
        cc = ws.cell(row=r, column=6, value=row[5] if row[5] else None)
        cc.border = BORDER
        cc.alignment = WRAP
        exp(fil, namnd, row[1], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value="Status markeras med färg i kolumn E enligt färgerna i rad 4.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    widths(ws, [5, 48, 20, 32, 10, 60, 2, 13, 13, 13, 13])
    ws.row_dimensions[hr].height = 32
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 5: CSV export from Stratsys, two nämnder (Överförmyndarnämnden, Valnämnden)
# ---------------------------------------------------------------------------
def file5():
    fil = "stratsys_export_internkontroll_20250905.csv"
    header = ["OrganisationUnit", "ControlId", "ControlName", "Process", "Risk", "Period",
              "Status", "Kommentar", "Ansvarig", "LastUpdated"]
    OFN = "Lerums kommun/Överförmyndarnämnden"
    VN = "Lerums kommun/Valnämnden"
    rows = []
    exp_rows = []

    def add(org, cid, name, proc, risk, per, status, komm, ansv, upd):
        rows.append([org, cid, name, proc, risk, per, status, komm, ansv, upd])

    # Överförmyndarnämnden
    add(OFN, "IK-OFN-01", "Årsräkningar granskas inom utsatt tid", "Tillsyn", "Hög",
        "2025 T1", "Pågående", "Granskning av 2024 års räkningar pågår, 61 % klara.",
        "Handläggare ÖF", "2025-05-06")
    add(OFN, "IK-OFN-01", "Årsräkningar granskas inom utsatt tid", "Tillsyn", "Hög",
        "2025 Delår", "Klar", "Samtliga 412 årsräkningar granskade per 31/8.",
        "Handläggare ÖF", "2025-09-02")
    exp_rows.append(("Överförmyndarnämnden", "Årsräkningar granskas inom utsatt tid", "GENOMFORD", "nej"))
    add(OFN, "IK-OFN-02", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
        "Ekonomi", "Medel", "2025 Delår", "Klar",
        "Stickprov 30 arvoden; 2 felaktiga arvoden har justerats.", "Enhetschef ÖF", "2025-09-02")
    exp_rows.append(("Överförmyndarnämnden",
                     "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
                     "GENOMFORD", "ja"))
    add(OFN, "IK-OFN-03",
        "Lämplighetsprövning av nya gode män (belastningsregister, kreditupplysning)",
        "Rekrytering", "Hög", "2025 Delår", "Pågående",
        "Kontroll gjord för jan–jun, juli–augusti återstår.", "Handläggare ÖF", "2025-09-03")
    exp_rows.append(("Överförmyndarnämnden",
                     "Lämplighetsprövning av nya gode män (belastningsregister, kreditupplysning)",
                     "DELVIS", ""))
    add(OFN, "IK-OFN-04", "Förteckningar inkommer inom två månader efter förordnande",
        "Tillsyn", "Medel", "2025 T1", "Ej startad", "", "Handläggare ÖF", "2025-05-06")
    add(OFN, "IK-OFN-04", "Förteckningar inkommer inom två månader efter förordnande",
        "Tillsyn", "Medel", "2025 Delår", "Ej startad", "Påbörjas i september.",
        "Handläggare ÖF", "2025-09-03")
    exp_rows.append(("Överförmyndarnämnden",
                     "Förteckningar inkommer inom två månader efter förordnande",
                     "EJ_GENOMFORD", ""))
    add(OFN, "IK-OFN-05", "Uttag från spärrade konton sker endast med överförmyndarens samtycke",
        "Ekonomi", "Hög", "2025 Delår", "Avbruten",
        "Avbruten genom beslut ÖFN 2025-05-20 § 22, kontrollen flyttas till 2026 års plan.",
        "Enhetschef ÖF", "2025-05-21")
    exp_rows.append(("Överförmyndarnämnden",
                     "Uttag från spärrade konton sker endast med överförmyndarens samtycke",
                     "UTGAR", ""))
    # Valnämnden
    add(VN, "IK-VN-01", "Rekrytering och utbildning av röstmottagare inför valet 2026 följer tidplan",
        "Valadministration", "Medel", "2025 Delår", "Pågående",
        "Rekrytering startad, utbildningar bokade till våren 2026.", "Valsamordnare", "2025-08-28")
    exp_rows.append(("Valnämnden",
                     "Rekrytering och utbildning av röstmottagare inför valet 2026 följer tidplan",
                     "DELVIS", ""))
    add(VN, "IK-VN-02", "Valmaterial förvaras inlåst och inventeras", "Valadministration",
        "Låg", "2025 Delår", "Klar", "Inventering 2025-06-12, inga avvikelser.",
        "Valsamordnare", "2025-08-28")
    exp_rows.append(("Valnämnden", "Valmaterial förvaras inlåst och inventeras", "GENOMFORD", "nej"))
    add(VN, "IK-VN-03", "Arvoden till röstmottagare betalas ut enligt beslutade belopp",
        "Ekonomi", "Låg", "2025 Delår", "",
        "Inga arvoden utbetalda under perioden – ej aktuell 2025.", "Valsamordnare", "2025-08-28")
    exp_rows.append(("Valnämnden", "Arvoden till röstmottagare betalas ut enligt beslutade belopp",
                     "UTGAR", ""))

    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    for namnd, km, st, av in exp_rows:
        exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: .ods, Lerumsbostäder AB, status codes with legend under the table, T1/delår/helår
# ---------------------------------------------------------------------------
def file6():
    fil = "Lerumsbostäder IK-plan 2025 uppföljning.ods"
    namnd = "Lerumsbostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Lerumsbostäder AB"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – fastställd av styrelsen 2025-02-18"
    ws["A2"].font = Font(italic=True)
    # two header rows: period group + sub columns
    top = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig",
           "Uppföljning april (T1)", None, "Uppföljning augusti (delår)", None,
           "Uppföljning december (helår)", None]
    sub = [None, None, None, None, None, "Status", "Kommentar", "Status", "Kommentar",
           "Status", "Kommentar"]
    hfill = PatternFill("solid", fgColor="C6E0B4")
    for c, h in enumerate(top, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = hfill
        cell.border = BORDER
        cell.alignment = WRAP
    for c, h in enumerate(sub, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = hfill
        cell.border = BORDER
    for c in range(1, 6):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for c in (6, 8, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
    rows = [
        ("Uthyrning", "Felaktig hyra debiteras", "9",
         "Hyresdebitering stäms av mot hyresavtal vid in- och utflyttning", "Uthyrningschef",
         "G", "", "GA", "3 avtal med felaktig hyra (fel lägenhetsstorlek i systemet), rättat i augusti.",
         "GENOMFORD", "ja"),
        (None, "Hyresskulder växer", "8",
         "Hyresskulder och inkassoärenden följs upp månadsvis", "Ekonomichef",
         "P", "Rutin under uppbyggnad.", "G", "Månadsvis uppföljning sedan maj.",
         "GENOMFORD", "nej"),
        (None, "Lägenheter fördelas inte enligt policy", "6",
         "Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningschef",
         "G", "Stickprov 10 kontrakt, inga avvikelser.", "", "Kontrolleras i T1 och helår enligt plan.",
         "GENOMFORD", "nej"),
        ("Inköp och underhåll", "Avtal med entreprenörer följs inte", "9",
         "Upphandlade ramavtal för entreprenader följs (avtalstrohet)", "Förvaltningschef",
         "", "", "P", "Analys av leverantörsreskontra pågår.", "DELVIS", ""),
        (None, "Betalning för ej utfört arbete", "12",
         "Fakturor från entreprenörer attesteras mot utfört arbete", "Förvaltningschef",
         "", "", "G", "Stickprov 20 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        (None, "Brister i inomhusmiljö", "8",
         "Obligatorisk ventilationskontroll (OVK) genomförs enligt plan", "Teknisk förvaltare",
         "", "", "E", "Besiktningsfirma bokad till oktober.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Obehöriga får tillgång till fastigheter", "6",
         "Borttappade nyckelbrickor spärras i passersystemet", "Säkerhetsansvarig",
         "G", "", "U", "Utgår, nytt låssystem med digitala nycklar sedan mars.", "UTGAR", ""),
        ("Ekonomi", "Förmåner beskattas inte korrekt", "4",
         "Representation och gåvor till personal hanteras inom Skatteverkets regler", "Ekonomichef",
         "", "", "", "Se bilaga 3 till styrelseprotokollet.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        vals = list(row[:9]) + ["", ""]   # helår columns not yet filled in
        vals[2] = int(vals[2])
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, row[3], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = BOLD
    legend = ["G = Genomförd utan anmärkning", "GA = Genomförd med anmärkning",
              "P = Påbörjad", "E = Ej genomförd", "U = Utgår"]
    for i, t in enumerate(legend, start=1):
        ws.cell(row=r + i, column=1, value=t)
    ws.cell(row=r + 7, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16)")
    widths(ws, [18, 28, 9, 45, 18, 8, 28, 8, 40, 8, 20])
    os.makedirs(TMP, exist_ok=True)
    tmpx = os.path.join(TMP, "lerumsbostader.xlsx")
    fix_props(wb)
    wb.save(tmpx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "ods", "--outdir", TMP, tmpx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dst = os.path.join(OUT, fil)
    shutil.move(os.path.join(TMP, "lerumsbostader.ods"), dst)
    normalize_zip(dst)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Word document, text only, Lerum Vatten AB
# ---------------------------------------------------------------------------
def file7():
    fil = "Lerum Vatten AB - rapport intern kontroll 2025-08-31.docx"
    namnd = "Lerum Vatten AB"
    d = docx.Document()
    d.add_heading("Rapport intern kontroll per 2025-08-31", level=0)
    p = d.add_paragraph("Lerum Vatten AB, org.nr 556987-1234")
    p.runs[0].italic = True
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 28 januari 2025. Planen "
        "omfattar fem kontrollmoment. I denna rapport redovisas hur respektive kontroll har "
        "genomförts under perioden januari–augusti 2025 och vilka iakttagelser som gjorts. "
        "Rapporten lämnas till kommunstyrelsen som en del av ägarstyrningen.")
    items = [
        ("Avläsning av vattenmätare och fakturering av brukningsavgifter sker enligt VA-taxan",
         "Risk för intäktsbortfall och felaktiga fakturor till abonnenter.",
         "Kontrollen är genomförd. Ett stickprov om 50 abonnenter jämfördes mot mätarställning och "
         "taxa. Inga fel upptäcktes.", "GENOMFORD", "nej"),
        ("Anläggningsavgifter debiteras vid nyanslutning av fastighet",
         "Risk för att anslutna fastigheter inte debiteras.",
         "Kontrollen är genomförd. Två nyanslutna fastigheter i Gråbo hade inte debiterats "
         "anläggningsavgift. Fakturor har skickats i juli och rutinen för överlämning från "
         "projektavdelningen har förtydligats.", "GENOMFORD", "ja"),
        ("Provtagning av dricksvatten sker enligt fastställt kontrollprogram",
         "Risk för otjänligt dricksvatten och bristande rapportering till kontrollmyndigheten.",
         "Kontrollen pågår. Provtagningen januari–juli följer programmet. Augustiproverna är ännu "
         "inte analyserade och redovisas i helårsrapporten.", "DELVIS", ""),
        ("Behörigheter i driftövervakningssystemet ses över två gånger per år",
         "Risk för obehörig åtkomst till styrning av verk och pumpstationer.",
         "Kontrollen har inte genomförts under perioden på grund av byte av "
         "driftövervakningssystem. Översynen görs när det nya systemet är i drift, preliminärt "
         "under första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ("Direktupphandlingar dokumenteras enligt bolagets inköpspolicy",
         "Risk för brott mot LOU och bristande spårbarhet.",
         "Kontrollen genomförs under hösten.", "EJ_GENOMFORD", ""),
    ]
    for title, risk, result, st, av in items:
        d.add_heading(title, level=2)
        p = d.add_paragraph()
        p.add_run("Risk: ").bold = True
        p.add_run(risk)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(result)
        exp(fil, namnd, title, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Bolagets bedömning är att den interna kontrollen är tillräcklig. Iakttagelsen om "
        "anläggningsavgifter har föranlett en förbättrad rutin.")
    d.add_paragraph("Lerum 2025-09-10")
    d.add_paragraph("Per Andersson\nVerkställande direktör")
    save_doc(d, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): truncated xlsx from Räddningstjänsten
# ---------------------------------------------------------------------------
def file8():
    fil = "Räddningstjänsten IK delår 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Räddningstjänsten Storgöteborg – uppföljning intern kontroll delår 2025"
    ws.append([])
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    texts = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "Delvis", "62 % av planerade tillsyner"),
        ("Övningsplan för utryckningspersonal följs", "Genomförd", "Inga avvikelser"),
        ("Fakturering av automatlarm sker enligt taxa", "Genomförd", "Stickprov 30 larm"),
        ("Underhåll av fordon enligt serviceplan", "Ej genomförd", "Görs i november"),
    ] * 12
    for t in texts:
        ws.append(list(t))
    fix_props(wb)
    buf = io.BytesIO()
    wb.save(buf)
    # normalise timestamps, then cut the file (interrupted e-mail save)
    tmp = os.path.join(TMP, "rsg_full.xlsx")
    os.makedirs(TMP, exist_ok=True)
    with open(tmp, "wb") as f:
        f.write(buf.getvalue())
    normalize_zip(tmp)
    data = open(tmp, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
        ("Samhällsbyggnadsnämnden", "SBN|Sektor Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur och fritid"),
        ("Socialnämnden", "SN|Sektor Social välfärd|Socialförvaltningen"),
        ("Utbildningsnämnden", "UN|Sektor Lärande"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Lerumsbostäder AB", "Lerumsbostäder|LBAB"),
        ("Lerum Vatten AB", "Lerum Vatten|LVAB"),
        ("Räddningstjänstförbundet Storgöteborg", "RSG|Räddningstjänsten Storgöteborg|Räddningstjänsten"),
        ("Tolkförmedling Väst", "TFV"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)
    return {r[0] for r in rows}


def main():
    os.makedirs(TMP, exist_ok=True)
    names = registry()
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    file8()
    for fr in FILES:
        assert fr[2] == "" or fr[2] in names, fr
    for e in EXPECTED:
        assert e[1] in names, e
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
