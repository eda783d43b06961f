#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r438 – Tierps kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes beside this script)
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlwt
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round438"

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


# ---------------------------------------------------------------- helpers
def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    return sec


def write_cell(cell, text, bold=False, size=8):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def soffice_convert(src, fmt, dest):
    tmp = tempfile.mkdtemp(prefix="r438conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), dest)
    shutil.rmtree(tmp)


def core_props(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 27, 14, 30, 0)
    cp.revision = 3


# =====================================================================
# 1. Kommunstyrelsen – xlsx, seed-004 style with title rows and Status phrases
# =====================================================================
def file_ks():
    fil = "Uppföljning internkontrollplan 2025 KS helår.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        # id, process, kontrollmoment, metod, frekvens, ansvarig, iakttagelse, åtgärd, status, återrapp, (exp status, avv)
        ("1", "Attestrutiner", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial i Raindance", "Tertialvis", "Ekonomichef",
         "Stickprov har gjorts på totalt 60 fakturor under året (20 per tertial).\n"
         "Tre fakturor saknade korrekt beslutsattest – attesterade av ersättare utan gällande delegation.\n"
         "Berörda chefer har informerats.",
         "Påminnelse om attestordningen i chefsforum februari 2026.",
         "Genomförd med avvikelse", "Bokslut", "GENOMFORD", "ja"),
        ("2", "Löneprocessen", "Kontroll av att inga löner betalas ut till avslutade anställningar",
         "Avstämning mot avslutade anställningar i Personec P", "Månadsvis", "HR-chef",
         "Kontrollen har gjorts varje månad jan–dec.\nInga felaktiga utbetalningar har identifierats.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        ("3", "Upphandling och inköp",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
         "Genomgång av samtliga direktupphandlingar över 100 tkr", "Halvår", "Upphandlingschef",
         "15 direktupphandlingar har granskats.\n"
         "Dokumentation saknades helt för 4 och var bristfällig för ytterligare 3 (saknad motivering av "
         "leverantörsval).",
         "Utbildning för beställare Q1 2026. En mall för dokumentation tas fram och läggs på intranätet.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        ("4", "Informationssäkerhet",
         "Behörigheter i ekonomisystemet följer gällande behörighetsmatris",
         "Jämförelse av behörighetslista mot fastställd matris", "Årligen", "IT-chef",
         "Granskningen har inte genomförts på grund av byte av ekonomisystem under hösten 2025. "
         "Genomförs efter driftstart av nytt system.",
         "Kontrollmomentet flyttas till internkontrollplan 2026.",
         "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        ("5", "Delegering",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov på 10 beslut per tertial jämfört med anmälningslistor", "Tertialvis", "Kanslichef",
         "T1 och T2 är granskade – samtliga stickprovsbeslut var anmälda.\n"
         "T3 granskas i februari 2026 när anmälningslistorna för december är kompletta.",
         "", "Granskning delvis genomförd", "Bokslut", "DELVIS", "nej"),
        ("6", "Kris och beredskap",
         "Kontinuitetsplaner finns för kommunens samhällsviktiga verksamheter",
         "Inventering av kontinuitetsplaner", "Årligen", "Säkerhetssamordnare",
         "Uppdaterade planer finns för 9 av 11 verksamheter.\n"
         "Kostenheten och lokalvården saknar uppdaterade planer.",
         "Planerna ska vara färdigställda senast 31 mars 2026.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        ("7", "Representation",
         "Representation och förtroendekänsliga poster hanteras enligt riktlinjen",
         "Genomgång av samtliga verifikationer konto 6071 och 6072", "Årligen", "Redovisningsansvarig",
         "Samtliga 112 verifikationer har granskats.\n"
         "Deltagarförteckning och syfte saknades på 6 verifikationer.",
         "Återkoppling till berörda chefer. Riktlinjen gås igenom på ledningsgrupp.",
         "Genomförd med avvikelse", "Bokslut", "GENOMFORD", "ja"),
        ("8", "Arbetsmiljö",
         "Årlig uppföljning av det systematiska arbetsmiljöarbetet genomförs i samtliga enheter",
         "Enkät till chefer", "Årligen", "HR-chef",
         "Utgår enligt beslut KS 2025-05-14 § 88. Ersätts av kommungemensam uppföljning via HR.",
         "", "Utgår", "", "UTGAR", ""),
        ("9", "Riktlinjer för upphandling och inköp",
         "Att leverantörer håller det som står i avtalet",
         "Stickprov på ett ramavtal", "Årligen", "Upphandlingschef",
         "Ramavtal städtjänster 2024. Stickprov. Inga avvikelser noterade", "", "", "",
         "GENOMFORD", "nej"),
        ("10", "Riktlinjer för upphandling och inköp",
         "Att organisationen avropar de avtal som finns",
         "Analys av inköp mot avtalsdatabasen", "Årligen", "Upphandlingschef",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["A5"] = "Period:"
    ws["B5"] = "Helår (jan–dec)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Konstaterad avvikelse / iakttagelser", "Förslag på åtgärder", "Status", "Återrapporteras"]
    hr = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = hr + 1
    for row in rows:
        vals = list(row[:10])
        for i, v in enumerate(vals, 1):
            if i == 1:
                v = int(v)
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
        exp(fil, namnd, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av ekonomiavdelningen 2026-01-20. Behandlas i kommunstyrelsen 2026-02-11.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [5, 20, 38, 28, 11, 16, 55, 38, 22, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "Ekonomiavdelningen Tierps kommun"
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0)
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 2. Barn- och utbildningsnämnden – docx, one table, process merged vertically
# =====================================================================
def file_bun():
    fil = "BUN uppföljning intern kontroll helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    groups = [
        ("Skolpliktsbevakning", [
            ("Elever med hög frånvaro uppmärksammas och anmäls till rektor enligt rutin",
             "Stickprov på närvarorapporter i Skola24, fyra skolor", "Per termin", "Rektorer",
             "Förvaltningschef", "Ja",
             "Stickprov har gjorts VT och HT på Vendelskolan, Kyrkskolan, Hållnäs skola och Aspenskolan.\n"
             "Rutinen följs i stort, men på en skola dröjde anmälan till rektor upp till sex veckor.",
             "Rutinen förtydligas och tas upp på rektorsmöte i januari.", "GENOMFORD", "ja"),
            ("Skolpliktsbevakning av elever folkbokförda i kommunen som går i skola i annan kommun",
             "Avstämning mot folkbokföringen", "Halvår", "Utredare", "Nämnden", "Ja",
             "Avstämning genomförd i mars och oktober. Inga elever utan känd skolplacering.", "–",
             "GENOMFORD", "nej"),
        ]),
        ("Kränkande behandling", [
            ("Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
             "Genomgång av samtliga anmälningar i DF Respons", "Tertial", "Kvalitetsutvecklare",
             "Nämnden", "Ja",
             "124 anmälningar under året.\n92 % rapporterades till huvudman inom fem arbetsdagar.\n"
             "10 ärenden rapporterades senare än två veckor efter händelsen.",
             "Påminnelse till rektorer om rutinen. Uppföljning i internkontrollplan 2026.",
             "GENOMFORD", "ja"),
            ("Utredning av kränkande behandling avslutas och dokumenteras",
             "Stickprov 20 ärenden (10 per termin)", "Halvår", "Kvalitetsutvecklare", "Nämnden",
             "Ja, delvis",
             "Stickprov för vårterminen (10 ärenden) genomfört – samtliga utredningar avslutade och dokumenterade.\n"
             "Stickprovet för hösten har inte hunnit genomföras.",
             "HT-stickprovet genomförs i februari 2026.", "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("Fakturering av barnomsorgsavgifter sker utifrån aktuell inkomstuppgift",
             "Stickprov 25 hushåll, jämförelse mot inkomstuppgift", "Årligen", "Avgiftshandläggare",
             "Förvaltningschef", "Nej",
             "Kontrollen har skjutits upp på grund av byte av e-tjänsteplattform under hösten.",
             "Genomförs under andra kvartalet 2026.", "EJ_GENOMFORD", ""),
            ("Inköp görs från avtalade leverantörer (avtalstrohet)",
             "Stickprov 30 fakturor per tertial", "Tertial", "Controller", "Förvaltningschef", "Ja",
             "Avtalstroheten uppgick till 87 % (mål 95 %).\n"
             "Avvikelserna avser främst läromedel och livsmedel till förskolor.",
             "Information om gällande avtal på rektorsmöte och förskolechefsträff.", "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i elevhälsans journalsystem (PMO)",
             "Slumpvis kontroll av 10 loggar", "Kvartal", "Verksamhetschef elevhälsa", "Nämnden", "Ja",
             "Loggkontroller har genomförts varje kvartal. Ingen otillbörlig åtkomst har upptäckts.", "",
             "GENOMFORD", "nej"),
        ]),
        ("Skolskjuts", [
            ("Skolskjutsar utförs enligt avtal och fastställd tidtabell",
             "Stickprov med kontroll på plats, två linjer", "Halvår", "Skolskjutssamordnare",
             "Förvaltningschef", "",
             "Kontrollen genomförd i september och december. Inga avvikelser mot avtal eller tidtabell.",
             "", "GENOMFORD", "nej"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    core_props(doc, "Uppföljning intern kontroll 2025", "Barn- och utbildningsförvaltningen")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("TIERPS KOMMUN\nBarn- och utbildningsförvaltningen")
    doc.add_heading("Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025, helår", level=1)
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). "
        "Planen omfattar åtta kontrollmoment inom fem processer. Nedan redovisas helårsuppföljningen.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Sex av åtta kontrollmoment har genomförts under året, ett har genomförts delvis och ett har skjutits "
        "till 2026. Avvikelser har konstaterats inom skolpliktsbevakning, kränkande behandling och avtalstrohet.")
    hdr = ["Process/Rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till",
           "Granskning genomförd (Ja/Nej)", "Resultat/iakttagelser", "Åtgärder"]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        write_cell(t.rows[0].cells[i], h, bold=True)
        set_cell_shading(t.rows[0].cells[i], "D9E2F3")
    set_repeat_header(t.rows[0])
    r = 1
    for proc, items in groups:
        first = r
        for it in items:
            cells = t.rows[r].cells
            for i, v in enumerate(it[:8]):
                write_cell(cells[i + 1], v)
            exp(fil, namnd, it[0], it[8], it[9])
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        write_cell(top, proc, bold=True)
    widths = [2.6, 4.2, 3.2, 1.8, 2.4, 2.2, 2.2, 5.8, 3.6]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Tierp 2026-01-28")
    doc.add_paragraph("Karin Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 3. Socialnämnden – xlsx, plan columns + Delår (filled in Sept) + Helår
# =====================================================================
def file_sn():
    fil = "SN_IKP_2025_uppfoljning.xlsx"
    namnd = "Socialnämnden"
    rows = [
        # process, km, metod, frekvens, ansvarig, rapp, delår status, delår komm, helår status, helår komm, exp, avv
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 15 akter per tertial", "Tertial", "Enhetschef försörjningsstöd", "Socialnämnden",
         "Pågår", "T1 granskad utan anmärkning. T2 granskas i september.",
         "Genomförd", "Samtliga 45 akter granskade under året.\nInga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll mot andra myndigheter (Försäkringskassan, CSN, a-kassa) görs vid nyansökan",
         "Stickprov 30 nyansökningar, kontroll av SSBTEK-utdrag", "Halvår", "Enhetschef försörjningsstöd",
         "Socialnämnden", "Pågår", "Stickprov VT påbörjat.",
         "Genomförd med avvikelse",
         "I 3 av 30 granskade ärenden saknades dokumenterad kontroll mot andra myndigheter.\n"
         "I ett av dessa har felaktig utbetalning skett; återkrav har upprättats.\n"
         "Rutinen har gåtts igenom på APT i november.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Rutin för avvikelsehantering i hemtjänsten revideras och implementeras",
         "Dokumentgranskning", "En gång (vår)", "Kvalitetsstrateg", "Socialnämnden",
         "Genomförd", "Rutinen reviderad och fastställd av förvaltningsledningen i maj. Implementerad via APT.",
         "", "", "GENOMFORD", "nej"),
        ("LSS", "Beslut enligt LSS verkställs inom tre månader",
         "Uppföljning av ej verkställda beslut", "Kvartal", "Avdelningschef funktionsstöd", "Socialnämnden",
         "Ej genomförd", "Rapporteringen för kvartal 2 försenad.",
         "Genomförd",
         "Rapportering till IVO har skett för samtliga kvartal.\n"
         "Två beslut om bostad med särskild service har inte verkställts inom tre månader.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Månadsvis uttag ur verksamhetssystemet", "Månadsvis", "Enhetschef barn och unga", "Socialnämnden",
         "Pågår", "Jan–jul: 84 % inom 14 dagar.",
         "Delvis genomförd",
         "Mätning för oktober–december har inte kunnat göras på grund av systembyte.\n"
         "Januari–september: 81 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %).",
         "DELVIS", "ja"),
        ("Personal", "Samtliga nyanställda har genomgått introduktion i basal hygien",
         "Kontroll mot utbildningsregister", "Halvår", "MAS", "Socialnämnden",
         "Ej påbörjad", "",
         "Ej genomförd",
         "Utbildningsregistret har inte kunnat tas fram ur lärplattformen.\n"
         "Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Avgifter", "Avgiftsbeslut inom vård och omsorg grundas på aktuell inkomstförfrågan",
         "Stickprov 20 avgiftsbeslut", "Årligen", "Avgiftshandläggare", "Socialnämnden",
         "", "Kontrollen görs under hösten.",
         "Genomförd", "20 ärenden granskade i november, samtliga hade aktuell inkomstförfrågan.",
         "GENOMFORD", "nej"),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom fastställd tid",
         "Genomgång av samtliga rapporter", "Halvår", "Kvalitetsstrateg", "Socialnämnden",
         "Genomförd", "11 rapporter under perioden, samtliga utredda i tid.",
         "Utgår",
         "Kontrollmomentet utgår för andra halvåret enligt beslut SN 2025-09-24 § 112. "
         "Följs i stället upp i ledningssystemet.",
         "UTGAR", ""),
        ("Informationssäkerhet", "Loggkontroller i verksamhetssystemet Lifecare",
         "Slumpvis kontroll av 10 loggar per månad", "Månadsvis", "Systemförvaltare", "Socialnämnden",
         "Pågår", "Kontroller gjorda jan–jun. Inga avvikelser hittills.",
         "", "", "DELVIS", "nej"),
    ]
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Pågår": "FFEB9C",
             "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Ej påbörjad": "FFC7CE",
             "Utgår": "D9D9D9"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår (per 31 augusti) och helår. Delårskolumnerna rapporterades till SN 2025-09-24."
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Status anges som: Genomförd / Genomförd med avvikelse / Pågår / Delvis genomförd / "
                "Ej påbörjad / Ej genomförd / Utgår")
    ws["A3"].font = Font(size=9, color="595959")
    # two-level header
    ws.merge_cells("A5:F5")
    ws["A5"] = "Plan 2025"
    ws.merge_cells("G5:H5")
    ws["G5"] = "Delår 2025"
    ws.merge_cells("I5:J5")
    ws["I5"] = "Helår 2025"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till",
           "Status", "Kommentar", "Status", "Resultat/iakttagelser"]
    for col in range(1, 11):
        c5 = ws.cell(5, col)
        c5.font = Font(bold=True)
        c5.alignment = Alignment(horizontal="center")
        c5.fill = PatternFill("solid", fgColor="BDD7EE" if col <= 6 else ("E2EFDA" if col <= 8 else "FCE4D6"))
        c5.border = thin_border()
        c = ws.cell(6, col, hdr[col - 1])
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True)
        c.border = thin_border()
    r = 7
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
            if i in (7, 9) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, namnd, row[1], row[10], row[11])
        r += 1
    widths = [16, 40, 28, 12, 22, 14, 14, 34, 20, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    import datetime
    wb.properties.creator = "Socialförvaltningen"
    wb.properties.created = datetime.datetime(2025, 2, 3, 8, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 22, 10, 0)
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 4. Kultur- och fritidsnämnden – docx, seed-001 style, nämnd only in page header
# =====================================================================
def file_kfn():
    fil = "KFN helårsuppföljning internkontroll 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    groups = [
        ("Föreningsbidrag", [
            ("Bidrag betalas ut på felaktiga grunder", "9",
             "Kontroll av att föreningars redovisade medlemsantal och sammankomster stämmer mot underlag "
             "(stickprov 10 föreningar)",
             "Hanteras genom granskning i internkontrollplanen", "Följer plan: Ja",
             "Stickprov på 10 föreningar genomfört i oktober.\n"
             "En förening hade redovisat 38 sammankomster för mycket; bidraget har återkrävts.",
             "GENOMFORD", "ja"),
            ("Bidrag betalas ut innan verksamhetsberättelse inkommit", "6",
             "Kontroll att verksamhetsberättelse och årsbokslut finns innan verksamhetsbidrag betalas ut",
             "Hanteras genom granskning i internkontrollplanen", "Följer plan: Ja",
             "Samtliga 64 utbetalningar kontrollerade. Underlag fanns i samtliga fall.", "GENOMFORD", "nej"),
            ("Jäv vid handläggning av bidragsärenden", "6",
             "Jävsdeklaration upprättas årligen av samtliga handläggare av bidrag",
             "Hanteras genom utvecklingsarbete – mall för jävsdeklaration", "Följer plan: Nej",
             "Jävsdeklarationer har inte upprättats under 2025.\nMall tas fram under våren 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Uthyrning av lokaler och anläggningar", [
            ("Uteblivna intäkter vid uthyrning", "8",
             "Avstämning av bokade tider i bokningssystemet mot fakturerade timmar",
             "Hanteras genom granskning i internkontrollplanen", "Följer plan: Nej",
             "Avstämning har gjorts för januari–juni och visade 42 ofakturerade timmar i Tierps sporthall, "
             "som nu är fakturerade.\n"
             "Hösten har inte hunnit stämmas av på grund av vakans på bokningen.",
             "DELVIS", "ja"),
            ("Skador på lekplatser och anläggningar upptäcks inte", "6",
             "Tillsyn av lekplatser och idrottsanläggningar enligt egenkontrollprogram",
             "Hanteras i ordinarie egenkontroll", "Följer plan: Ja",
             "Årlig huvudbesiktning utförd av extern besiktningsman i maj.\n"
             "Anmärkningar på två lekplatser (Siggbo, Karlholmsbruk) har åtgärdats.",
             "GENOMFORD", "ja"),
        ]),
        ("Bibliotek", [
            ("Förlust av kontanter", "4",
             "Kassaavstämning vid biblioteksfilialerna i Karlholm, Örbyhus och Månkarbo",
             "Hanteras genom granskning i internkontrollplanen", "Ej aktuell",
             "Kontanthanteringen avvecklades 1 mars 2025. Samtliga betalningar sker med kort eller Swish.",
             "UTGAR", ""),
            ("Låntagaruppgifter sparas längre än nödvändigt", "6",
             "Gallring av låntagarregistret enligt dokumenthanteringsplanen",
             "Hanteras genom årlig rutin", "Följer plan: Ja",
             "Gallring genomförd i november. 1 312 inaktiva låntagare gallrade.", "GENOMFORD", "nej"),
        ]),
    ]
    doc = Document()
    sec = landscape(doc)
    core_props(doc, "Helårsuppföljning internkontroll 2025", "Kultur och fritid")
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\t\tDnr KFN 2025/0012"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Nämnden antog i december 2024 en internkontrollplan för 2025. Planen bygger på en riskanalys där "
        "elva risker inventerats och värderats. Sju risker med riskvärde 4 eller högre hanteras i planen "
        "antingen genom granskning eller genom att omhändertas i annan planering.")
    doc.add_paragraph(
        "I tabellen nedan redovisas för varje risk om hanteringen enligt planen har följts, "
        "samt en kommentar om vad som gjorts och vad granskningen visat.")
    doc.add_heading("Uppföljning 2025", level=2)
    hdr = ["Ansvarsområde/ process", "Risk", "Risk-värde", "Kontrollmoment", "Ställningstagande av hantering",
           "Uppföljning helår", "Kommentar"]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        write_cell(t.rows[0].cells[i], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[i], "E2EFDA")
    set_repeat_header(t.rows[0])
    r = 1
    for proc, items in groups:
        first = r
        for it in items:
            cells = t.rows[r].cells
            for i, v in enumerate(it[:6]):
                write_cell(cells[i + 1], v, size=9)
            exp(fil, namnd, it[2], it[6], it[7])
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        write_cell(top, proc, size=9)
    widths = [3.0, 4.0, 1.3, 5.0, 4.0, 2.6, 6.8]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Samtliga risker utom två bedöms följa beslutad planering. "
                      "Ej genomförda delar förs över till internkontrollplan 2026.")
    doc.add_paragraph("2026-01-15\nAnna-Lena Berg, kultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 5. Samhällsbyggnadsnämnden – .xls (xlwt), codes with legend, T1/T2/Helår columns, group headings
# =====================================================================
def file_sbn():
    fil = "IK uppföljning 2025 Samhällsbyggnad.xls"
    namnd = "Samhällsbyggnadsnämnden"
    data = [
        ("GATA/PARK", None),
        ("1.1", ("Vinterväghållning", "Entreprenörens snöröjning och halkbekämpning utförs enligt avtal",
                 "Stickprov GPS-loggar vid 5 snötillfällen", "Vintersäsong", "Gatuchef", "SBN",
                 "G", "–", "G", "Stickprov januari–februari och november–december. Inga avvikelser.", "",
                 "GENOMFORD", "nej")),
        ("1.2", ("Gatubelysning", "Besiktning av gatubelysning enligt underhållsplan",
                 "Besiktning av stolpar och armaturer", "Årligen", "Gatuchef", "SBN",
                 "–", "D", "D",
                 "Besiktning av ca 60 % av anläggningen klar. 12 stolpar med rostskador har bytts.\n"
                 "Resterande del (Söderfors, Skärplinge) flyttas till 2026.",
                 "Resterande besiktning beställd.", "DELVIS", "ja")),
        ("MARK OCH EXPLOATERING", None),
        ("2.1", ("Markförsäljning", "Försäljning av kommunal mark sker till marknadsvärde enligt riktlinjen",
                 "Genomgång av samtliga köpeavtal", "Årligen", "Mark- och exploateringschef", "SBN",
                 "", "", "GA",
                 "6 köpeavtal granskade. I ett fall saknades värdering från oberoende värderare.",
                 "Riktlinjen förtydligas.", "GENOMFORD", "ja")),
        ("2.2", ("Exploateringsavtal", "Exploateringsersättning faktureras enligt tecknade avtal",
                 "Avstämning avtal mot fakturering", "Årligen", "Exploateringsingenjör", "SBN",
                 "", "", "E", "Ej genomförd på grund av vakans.", "Flyttas till 2026.",
                 "EJ_GENOMFORD", "")),
        ("FASTIGHET", None),
        ("3.1", ("Fastighetsunderhåll", "Planerat underhåll genomförs enligt underhållsplanen",
                 "Jämförelse plan mot utfall", "Tertial", "Fastighetschef", "SBN",
                 "G", "G", "G",
                 "Utfall 78 % av planerat underhåll.\n"
                 "Avvikelsen beror på omprioritering till akuta vattenskador på Centralskolan.",
                 "Ej utförda åtgärder läggs in i plan 2026.", "GENOMFORD", "ja")),
        ("3.2", ("Energiuppföljning", "Energiförbrukningen i kommunens fastigheter följs upp månadsvis",
                 "Månadsrapport från energiuppföljningssystemet", "Månadsvis", "Energistrateg", "SBN",
                 "G", "G", "G / E", "Se energirapport 2025.", "", "OKLAR", "")),
        ("3.3", ("Internhyror", "Internhyror debiteras enligt gällande hyresavtal",
                 "Avstämning hyresavtal mot debitering", "Årligen", "Fastighetsekonom", "SBN",
                 "", "", "U", "Utgår – hanteras i ny internhyresmodell från 2025 (KF 2024-11-26 § 145).", "",
                 "UTGAR", "")),
        ("EKONOMI", None),
        ("4.1", ("Attest", "Attest av leverantörsfakturor enligt attestordningen",
                 "Stickprov 25 fakturor per tertial", "Tertial", "Controller", "SBN",
                 "G", "G", "", "", "", "GENOMFORD", "")),
        ("4.2", ("Leverantörsregister",
                 "Nya och ändrade bankuppgifter i leverantörsregistret kontrolleras mot leverantören",
                 "Kontroll av ändringslogg", "Kvartal", "Redovisningsekonom", "SBN",
                 "–", "–", "–", "", "", "SAKNAS", "")),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Helår 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on;")
    hdr_st = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                         "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre;")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25;")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top;")
    small = xlwt.easyxf("font: italic on, height 180;")
    ws.write(0, 0, "Samhällsbyggnadsförvaltningen", bold)
    ws.write(1, 0, "Uppföljning internkontrollplan 2025 – helår", title)
    ws.write(2, 0, "Rapporteras till nämnden 2026-02-17", small)
    ws.write(0, 9, "Teckenförklaring:", bold)
    legend = ["G = Genomförd", "GA = Genomförd med avvikelse", "D = Delvis genomförd",
              "E = Ej genomförd", "U = Utgår"]
    for i, l in enumerate(legend):
        ws.write(1 + i, 9, l, small)
    hdr = ["Nr", "Process/Rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Rapporteras till", "Status T1", "Status T2", "Status helår", "Resultat/iakttagelser", "Åtgärder"]
    hr = 7
    for i, h in enumerate(hdr):
        ws.write(hr, i, h, hdr_st)
    r = hr + 1
    for nr, it in data:
        if it is None:
            ws.write_merge(r, r, 0, len(hdr) - 1, nr, grp)
        else:
            ws.write(r, 0, nr, cell)
            for i, v in enumerate(it[:11]):
                ws.write(r, i + 1, v, code if 6 <= i <= 8 else cell)
            exp(fil, namnd, it[1], it[11], it[12])
        r += 1
    r += 1
    ws.write(r, 0, "Upprättad av: Per Holm, controller samhällsbyggnadsförvaltningen, 2026-01-30", small)
    widths = [6, 18, 40, 28, 12, 20, 12, 9, 9, 11, 55, 30]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 6. Bolagen – xlsx export from a governance system, two bolag in one sheet
# =====================================================================
def file_bolag():
    fil = "Export_internkontroll_bolag_2025-12.xlsx"
    orgs = {
        "Tierps Energi & Miljö AB": [
            ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "Provtagning enligt plan, laboratorieanalys",
             "Enligt program", "VA-chef", "Styrelsen", "Genomförd",
             "Samtliga 148 planerade prover tagna.\nEtt prov från Hållnäs vattenverk bedömdes tjänligt med "
             "anmärkning (koliforma bakterier). Åtgärdat genom spolning, omprov utan anmärkning.",
             "GENOMFORD", "ja"),
            ("Avfall", "Vägning och debitering av avfall vid återvinningscentralen stämmer",
             "Avstämning vågdata mot debitering", "Kvartal", "Avfallschef", "Styrelsen", "Pågående",
             "Ny våg installerad i oktober. Avstämning mot debiteringen pågår.", "DELVIS", ""),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             "Halvår", "Ekonomichef", "Styrelsen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Fjärrvärme", "Mätaravläsning för fjärrvärme stämmer mot fakturerad energi",
             "Stickprov 15 kunder", "Årligen", "Driftchef fjärrvärme", "Styrelsen", "Ej genomförd",
             "Ej genomförd på grund av resursbrist. Prioriteras 2026.", "EJ_GENOMFORD", ""),
            ("Upphandling", "Direktupphandlingar dokumenteras enligt LOU 19 kap. 30 §",
             "Genomgång av samtliga direktupphandlingar över 100 tkr", "Årligen", "Inköpsansvarig",
             "Styrelsen", "Genomförd med avvikelse",
             "Två av åtta direktupphandlingar saknade dokumentation.", "GENOMFORD", "ja"),
            ("Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser", "Kontroll av protokoll",
             "Årligen", "VD", "Styrelsen", "Genomförd", "", "GENOMFORD", ""),
        ],
        "AB Tierpsbyggden": [
            ("Hyresadministration", "Hyror aviseras enligt gällande hyresavtal och förhandlade nivåer",
             "Stickprov 30 kontrakt", "Årligen", "Ekonomichef", "Styrelsen", "Genomförd",
             "Kontroll av 30 kontrakt efter 2025 års hyresförhandling. Inga fel.", "GENOMFORD", "nej"),
            ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Stickprov 20 uthyrningar",
             "Halvår", "Uthyrningschef", "Styrelsen", "Genomförd med avvikelse",
             "I 2 av 20 fall dokumenterades inte skälet till avsteg från kötid.", "GENOMFORD", "ja"),
            ("Fastighetsunderhåll", "OVK-besiktningar genomförs enligt besiktningsplanen",
             "Uppföljning mot besiktningsplan", "Årligen", "Förvaltningschef", "Styrelsen", "Pågående",
             "14 av 22 fastigheter besiktigade. Resterande under Q1 2026.", "DELVIS", ""),
            ("Ekonomi", "Avstämning av kundreskontra och hyresfordringar mot huvudbok",
             "Månatlig avstämning", "Månadsvis", "Redovisningsekonom", "Styrelsen", "Genomförd",
             "Avstämning gjord varje månad utan differenser.", "GENOMFORD", "nej"),
            ("IT", "Behörighetsgenomgång i fastighetssystemet", "Genomgång av användare och roller",
             "Årligen", "IT-ansvarig", "Styrelsen", "Ej påbörjad", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ],
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Urval: Kommunala bolag | Plan: Internkontrollplan 2025 | Period: Helår 2025"
    ws["A3"] = "Utskriven: 2026-02-03 08:14 av ekonomiavdelningen"
    for c in ("A2", "A3"):
        ws[c].font = Font(size=9, color="7F7F7F")
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Rapporteras till", "Period", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 6
    for org, items in orgs.items():
        for it in items:
            vals = [org, "Internkontrollplan 2025"] + list(it[:5]) + ["Helår 2025", it[6], it[7]]
            # columns: org, plan, process, km, metod, frekvens, ansvarig, rapp, period, status, kommentar
            vals = [org, "Internkontrollplan 2025", it[0], it[1], it[2], it[3], it[4], it[5],
                    "Helår 2025", it[6], it[7]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = Alignment(wrap_text=(i in (4, 11)), vertical="top")
            exp(fil, org, it[1], it[8], it[9])
            r += 1
    ws.auto_filter.ref = "A5:K%d" % (r - 1)
    widths = [24, 22, 18, 45, 30, 11, 20, 14, 11, 22, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    import datetime
    wb.properties.creator = "Stratsys"
    wb.properties.created = datetime.datetime(2026, 2, 3, 8, 14)
    wb.properties.modified = datetime.datetime(2026, 2, 3, 8, 14)
    wb.save(os.path.join(OUT, fil))
    for org in orgs:
        FILES.append([fil, "INLAST", org, "2025", "HELAR"])


# =====================================================================
# 7. Bygg- och miljönämnden – .odt (docx converted by LibreOffice)
# =====================================================================
def file_bmn():
    fil = "Bygg- och miljönämnden uppföljning internkontroll 2025.odt"
    namnd = "Bygg- och miljönämnden"
    items = [
        ("Handläggningstiden för bygglov följer plan- och bygglagens krav (10 veckor)",
         "Uttag ur ärendesystemet", "Tertial", "Bygglovschef", "BMN", "Ja",
         "Medianhandläggningstid 4,5 veckor.\n"
         "Tre ärenden överskred tio veckor utan beslut om förlängd handläggningstid; avgiften har reducerats "
         "enligt 12 kap. 8 a § PBL.", "Veckovis bevakning av ärenden äldre än sju veckor.",
         "GENOMFORD", "ja"),
        ("Tillsynsplanen för livsmedelskontroll följs", "Jämförelse plan mot utfall", "Halvår", "Miljöchef",
         "BMN", "Ja", "92 % av de planerade kontrollerna har genomförts. 14 kontroller förs över till 2026.",
         "Kontrollerna prioriteras under första kvartalet.", "GENOMFORD", "ja"),
        ("Debitering av timavgift för tillsyn sker enligt taxa", "Stickprov 15 ärenden", "Årligen",
         "Administratör", "BMN", "Nej", "Stickprovet har inte genomförts.", "Genomförs våren 2026.",
         "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "Jämförelse beslut i ärendesystemet mot anmälningslistor",
         "Tertial", "Nämndsekreterare", "BMN", "Se bilaga 1", "", "", "OKLAR", ""),
        ("Förelägganden följs upp inom angiven tid", "Stickprov 25 förelägganden", "Halvår", "Miljöchef",
         "BMN", "Ja",
         "Genomförd med avvikelse: 4 av 25 förelägganden har inte följts upp inom angiven tid.",
         "Bevakningsrutin i ärendesystemet införs.", "GENOMFORD", "ja"),
        ("Kontroll av strandskyddsdispenser mot länsstyrelsens överprövning",
         "Genomgång av samtliga dispenser", "Årligen", "Planarkitekt", "BMN", "Utgår",
         "Utgår ur planen enligt beslut BMN 2025-03-19 § 21.", "", "UTGAR", ""),
        ("Arkivering av avslutade ärenden sker enligt dokumenthanteringsplanen", "Stickprov 20 ärenden",
         "Årligen", "Registrator", "BMN", "Pågår",
         "Genomgång av 2023 års avslutade ärenden pågår, beräknas klar i februari 2026.", "",
         "DELVIS", ""),
    ]
    doc = Document()
    landscape(doc)
    core_props(doc, "Uppföljning internkontroll 2025", "Bygg och miljö")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    doc.add_heading("Bygg- och miljönämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – helårsrapport")
    doc.add_paragraph("Dnr BMN 2026/0007. Bilaga 1: Förteckning delegationsbeslut 2025 (separat fil).")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till",
           "Granskning genomförd (Ja/Nej)", "Resultat/iakttagelser", "Åtgärder"]
    t = doc.add_table(rows=1 + len(items), cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        write_cell(t.rows[0].cells[i], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[i], "FFF2CC")
    for r, it in enumerate(items, 1):
        for i, v in enumerate(it[:8]):
            write_cell(t.rows[r].cells[i], v, size=9)
        exp(fil, namnd, it[0], it[8], it[9])
    widths = [5.0, 3.6, 1.8, 2.6, 2.0, 2.4, 6.8, 4.0]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Tierp 2026-01-21\nLars Ek, miljö- och byggchef")
    tmpd = tempfile.mkdtemp(prefix="r438bmn")
    src = os.path.join(tmpd, "bmn.docx")
    doc.save(src)
    soffice_convert(src, "odt", os.path.join(OUT, fil))
    shutil.rmtree(tmpd)
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# =====================================================================
# 8. Reject: covering letter (följebrev) without any follow-up
# =====================================================================
def file_reject():
    fil = "Följebrev IK helår 2025 Socialnämnden.docx"
    doc = Document()
    core_props(doc, "Följebrev", "Socialförvaltningen")
    doc.add_paragraph("TIERPS KOMMUN\nSocialförvaltningen")
    doc.add_paragraph("2026-01-29")
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    doc.add_heading("Översändande av helårsuppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds socialnämndens helårsuppföljning av internkontrollplan 2025, som behandlades av "
        "socialnämnden 2026-01-28 § 5. Uppföljningen bifogas som separat Excelfil (SN_IKP_2025_uppfoljning.xlsx).")
    doc.add_paragraph(
        "Nämnden konstaterar att den interna kontrollen i huvudsak har varit tillräcklig under 2025. "
        "Kontrollmoment som inte har genomförts under året förs över till internkontrollplanen för 2026, "
        "som nämnden avser att anta i februari.")
    doc.add_paragraph("Vid frågor, kontakta kvalitetsstrateg Maria Sundin, tfn 0293-21 80 00.")
    doc.add_paragraph("Med vänlig hälsning\n\nEva Nordström\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggnämnden|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Tierps Energi & Miljö AB", "TEMAB|Tierps Energi och Miljö AB|Tierps Energi & Miljö"),
    ("AB Tierpsbyggden", "Tierpsbyggden|Tierpsbyggden AB"),
]


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps and fixed core-property dates so that
    repeated runs give byte-identical files (mimetype stays first and stored for .odt)."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in entries:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2026-01-27T14:30:00Z", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>2026-01-20T09:00:00Z", txt)
                txt = re.sub(r"(<dc:date>)[^<]*", r"\g<1>2026-01-27T14:30:00", txt)
                txt = re.sub(r"(<meta:creation-date>)[^<]*", r"\g<1>2026-01-20T09:00:00", txt)
                txt = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", txt)
                data = txt.encode("utf-8")
            if info.filename == "settings.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+', r"\g<1>438438", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 27, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_sbn()
    file_bolag()
    file_bmn()
    file_reject()
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".xlsx", ".docx", ".odt")):
            normalize_zip(os.path.join(OUT, f))
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    main()
