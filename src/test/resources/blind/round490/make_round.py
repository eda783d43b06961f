#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r490 - Karlskoga kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv, deterministically, into the folder of this script.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round490"
YEAR = "2025"
PERIOD = "DELAR"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret", "KLF"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KoF"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF", "Samhällsbyggnad Karlskoga"]),
    ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och byggnadsförvaltningen", "Miljö & Bygg"]),
    ("Karlskoga Energi & Miljö AB", ["KEMAB", "Karlskoga Energi och Miljö", "Karlskoga Energi & Miljö"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndaren", "Överförmyndarenheten"]),
    ("Valnämnden", ["VN"]),
]


def write_namnder():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in NAMNDER:
            f.write("%s;%s\n" % (n, "|".join(al)))


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen - xlsx, control rows followed by indented Stickprov rows
# ---------------------------------------------------------------------------
F1 = "KS_internkontroll_uppfoljning_delar_2025.xlsx"

KS_CONTROLS = [
    # nr, process, kontrollmoment, ansvarig, control-row comment, control-row result,
    # samples [(objekt, datum, result, comment)], expected status, avvikelse
    ("1", "Ekonomi – leverantörsreskontra",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Redovisningsansvarig", "5 fakturor slumpvis valda ur Raindance, jan–jun.", "",
     [("Faktura 2025-100412, Ahlsell Sverige AB", "2025-06-10", "OK", ""),
      ("Faktura 2025-100877, Atea Sverige AB", "2025-06-10", "OK", ""),
      ("Faktura 2025-101305, Karlskoga Tidning", "2025-06-10", "OK", ""),
      ("Faktura 2025-102019, Sweco Sverige AB", "2025-06-11", "OK", ""),
      ("Faktura 2025-102544, Office Depot", "2025-06-11", "OK", "")],
     "GENOMFORD", "nej"),
    ("2", "Ekonomi – representation",
     "Representation redovisas med syfte och deltagarförteckning",
     "Controller KLF", "", "",
     [("Ver 31-4471, lunch samverkansmöte BAE Bofors", "2025-05-20", "OK", ""),
      ("Ver 31-4620, middag vänortsbesök", "2025-05-20", "Ej OK",
       "Deltagarförteckning saknas. Komplettering begärd från kommunikationsenheten."),
      ("Ver 31-5012, fika personalmöte", "2025-05-21", "OK", ""),
      ("Ver 31-5230, avtackning förtroendevalda", "2025-05-21", "OK", "")],
     "GENOMFORD", "ja"),
    ("3", "IT och informationssäkerhet",
     "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning",
     "Systemförvaltare Raindance", "Tredje stickprovet tas i samband med septemberlistan från HR.", "",
     [("Avslutad anst. 2025-02-28, ekonomiassistent", "2025-04-02", "OK", "Behörighet borttagen 2025-03-03"),
      ("Avslutad anst. 2025-05-31, enhetschef", "2025-06-12", "OK", "Behörighet borttagen 2025-06-02"),
      ("Avslutad anst. 2025-08-15, handläggare", "", "", "")],
     "DELVIS", "nej"),
    ("4", "Upphandling och inköp",
     "Avtalstrohet vid direktupphandling under 100 000 kr",
     "Upphandlingschef", "Två köp utan dokumenterad direktupphandling. Information till beställare på chefsforum 2025-09-04.", "",
     [("Inköp konsulttjänst kommunikation, 48 000 kr", "2025-06-17", "OK", ""),
      ("Inköp möbler reception, 86 500 kr", "2025-06-17", "Ej OK", "Dokumentation av direktupphandling saknas"),
      ("Inköp utbildning GDPR, 22 000 kr", "2025-06-17", "OK", ""),
      ("Inköp skyltar stadshuset, 61 900 kr", "2025-06-18", "Ej OK", "Endast en leverantör tillfrågad"),
      ("Inköp fotografering, 15 000 kr", "2025-06-18", "OK", "")],
     "GENOMFORD", "ja"),
    ("5", "Ärendehantering",
     "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
     "Kommunsekreterare", "Kontrollen genomförs i oktober inför kommunstyrelsens sammanträde.", "",
     [("Delegationslista KS jan–apr", "", "", ""),
      ("Delegationslista KS maj–aug", "", "", ""),
      ("Delegationslista KSAU", "", "", "")],
     "EJ_GENOMFORD", ""),
    ("6", "Lön och personal",
     "Manuella lönetillägg är attesterade av behörig chef",
     "Lönechef", "", "",
     [("Löneperiod januari, 3 tillägg", "2025-03-05", "OK", ""),
      ("Löneperiod mars, 2 tillägg", "2025-04-08", "OK", ""),
      ("Löneperiod maj, 4 tillägg", "2025-06-09", "OK", ""),
      ("Löneperiod juli, 1 tillägg", "2025-08-20", "OK", "")],
     "GENOMFORD", "nej"),
    ("7", "Ekonomi – kontanthantering",
     "Kontantkassa på Medborgarkontoret stäms av månadsvis",
     "Enhetschef Medborgarkontoret", "", "",
     [("Avstämning mars", "2025-04-03", "OK", ""),
      ("Avstämning juni", "2025-07-02", "Ej OK", "Differens 350 kr, ej utredd. Dubbelkontroll vid kassaräkning införd.")],
     "GENOMFORD", "ja"),
    ("8", "Dokument- och ärendehantering",
     "Inkommande e-post till kommunens funktionsbrevlåda diarieförs inom tre dagar",
     "Registrator", "Stickprov 3 (augusti) ej taget p.g.a. semester, tas i september.", "",
     [("Vecka 12, 20 e-post", "2025-03-28", "OK", ""),
      ("Vecka 23, 20 e-post", "2025-06-13", "Ej OK", "4 av 20 diarieförda efter 5–7 dagar"),
      ("Vecka 33, 20 e-post", "", "", "")],
     "DELVIS", "ja"),
    ("9", "Personal",
     "Bisysslor hos chefer är anmälda och prövade",
     "HR-chef", "Utgår – ersätts av kommungemensam granskning enligt KS beslut 2025-03-11 § 45.", "Utgår",
     [],
     "UTGAR", ""),
]


def build_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kommunledningsförvaltningen – Intern kontroll 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning delår (januari–augusti 2025), stickprovskontroller"
    ws["A2"].font = Font(size=11, italic=True)
    ws["A3"] = ("Resultat per stickprov: OK = kontrollerat utan anmärkning, Ej OK = avvikelse. "
                "Tom ruta = stickprovet är inte taget ännu. Kontrollmomentets status bedöms utifrån samtliga stickprov.")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30
    headers = ["Nr", "Process", "Kontrollmoment / stickprov", "Granskat underlag",
               "Kontrollerat datum", "Resultat", "Kommentar", "Ansvarig"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    widths = [5, 24, 52, 40, 14, 10, 50, 26]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = hr + 1
    ctrl_fill = PatternFill("solid", fgColor="DDEBF7")
    n_tot = n_ok = n_fel = n_ej = 0
    for (nr, proc, km, ansv, kom, res, samples, st, avv) in KS_CONTROLS:
        vals = [nr, proc, km, "", "", res, kom, ansv]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.font = Font(bold=True) if i in (1, 3) else Font()
            c.fill = ctrl_fill
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        r += 1
        results = []
        for k, (obj, dat, sres, scom) in enumerate(samples, 1):
            vals = ["", "", "Stickprov %d" % k, obj, dat, sres, scom, ""]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top", indent=2 if i == 3 else 0)
                c.border = border
                if i == 6 and sres == "Ej OK":
                    c.font = Font(bold=True, color="C00000")
            results.append(sres)
            n_tot += 1
            n_ok += sres == "OK"
            n_fel += sres == "Ej OK"
            n_ej += sres == ""
            r += 1
        # sanity: the stated expectation follows the round's sample rule
        if samples:
            if all(x == "" for x in results):
                assert st == "EJ_GENOMFORD"
            elif "" in results:
                assert st == "DELVIS"
            else:
                assert st == "GENOMFORD" and avv == ("ja" if "Ej OK" in results else "nej")
        exp(F1, "Kommunstyrelsen", km, st, avv)
    r += 1
    ws.cell(row=r, column=3, value="Summa stickprov").font = Font(bold=True)
    ws.cell(row=r, column=4, value=n_tot)
    ws.cell(row=r + 1, column=3, value="varav OK")
    ws.cell(row=r + 1, column=4, value=n_ok)
    ws.cell(row=r + 2, column=3, value="varav Ej OK")
    ws.cell(row=r + 2, column=4, value=n_fel)
    ws.cell(row=r + 3, column=3, value="ej tagna")
    ws.cell(row=r + 3, column=4, value=n_ej)
    ws.cell(row=r + 5, column=1, value="Upprättad 2025-09-10 av Maria Håkansson, controller. "
                                      "Behandlas i kommunstyrelsen 2025-10-07.")
    ws.freeze_panes = "C6"
    ws.oddHeader.center.text = "Kommunstyrelsen, Karlskoga kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    # second sheet: the adopted plan (no status) - realistic extra sheet
    ws2 = wb.create_sheet("Plan (antagen)")
    ws2["A1"] = "Internkontrollplan 2025 – antagen av kommunstyrelsen 2024-12-03 § 210"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Nr", "Kontrollmoment", "Metod", "Frekvens", "Riskvärde"])
    freq = {"1": "Delår + helår", "2": "Delår", "3": "3 ggr/år", "4": "Delår", "5": "Helår",
            "6": "Varannan månad", "7": "Kvartalsvis", "8": "3 ggr/år", "9": "Helår"}
    risk = {"1": 12, "2": 9, "3": 12, "4": 16, "5": 8, "6": 9, "7": 6, "8": 8, "9": 6}
    for (nr, proc, km, ansv, kom, res, samples, st, avv) in KS_CONTROLS:
        ws2.append([nr, km, "Stickprov (%d st)" % max(len(samples), 1) if samples else "Genomgång",
                    freq[nr], risk[nr]])
    ws2.column_dimensions["B"].width = 70
    wb.save(os.path.join(OUT, F1))
    FILES.append((F1, "INLAST", "Kommunstyrelsen", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden - docx, one form per control
# ---------------------------------------------------------------------------
F2 = "BUN Kontrollformulär IK delår 2025.docx"

BOXES = ["Genomförd utan anmärkning", "Genomförd med anmärkning", "Delvis genomförd", "Ej genomförd"]

BUN_CONTROLS = [
    # kontrollmoment, process, metod, ansvarig, datum, points [(punkt, ja/nej, kommentar)],
    # ticked box index or None, samlad kommentar, status, avvikelse
    ("Registerutdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
     "Rekrytering", "Stickprov 15 nyanställningar jan–jun", "HR-konsult BUF", "2025-06-18",
     [("Utdrag uppvisat före anställningsdatum", "Ja", "15 av 15"),
      ("Utdraget var högst ett år gammalt", "Ja", ""),
      ("Uppvisandet är dokumenterat i personalakten", "Ja", "")],
     0, "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Beslut om skolskjuts fattas enligt delegationsordningen",
     "Myndighetsutövning", "Stickprov 15 beslut vt 2025", "Skolskjutshandläggare", "2025-05-27",
     [("Beslutet är fattat av delegat enligt delegationsordningen", "Nej",
       "2 av 15 beslut fattade av handläggare utan delegation"),
      ("Beslutet innehåller besvärshänvisning", "Ja", ""),
      ("Beslutet är anmält till nämnden", "Ja", "")],
     1, "Delegationsordningen förtydligas och information ges till berörda handläggare.",
     "GENOMFORD", "ja"),
    ("Rektor anmäler upprepad eller längre frånvaro till huvudmannen",
     "Elevhälsa och närvaro", "Genomgång av frånvarorapporter per skola", "Verksamhetschef grundskola", "2025-08-22",
     [("Frånvarorapport finns för samtliga elever med >10 % frånvaro", "Ja", ""),
      ("Anmälan till huvudman inom en månad", "Ja", ""),
      ("Åtgärdsplan upprättad", "", "")],
     2, "Fyra av sju grundskolor kontrollerade, resterande skolor under september. Inga brister hittills.",
     "DELVIS", "nej"),
    ("Barnomsorgsavgifter debiteras enligt beslutad maxtaxa",
     "Avgifter", "Stickprov 20 fakturor", "Avgiftshandläggare", "",
     [("Inkomstuppgift finns och är aktuell", "", ""),
      ("Avgiften beräknad enligt maxtaxa 2025", "", ""),
      ("Syskonrabatt korrekt tillämpad", "", "")],
     3, "Kontrollen flyttas till hösten på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
    ("Anmälan om kränkande behandling överlämnas till huvudmannen utan dröjsmål",
     "Trygghet och studiero", "Jämförelse anmälningsdatum – registreringsdatum", "Kvalitetsstrateg", "2025-06-30",
     [("Anmälan registrerad hos huvudman inom 5 arbetsdagar", "", ""),
      ("Utredning påbörjad", "", ""),
      ("Vårdnadshavare informerad", "", "")],
     None, "Se bilaga 3.", "OKLAR", ""),
    ("Inventering av elevdatorer mot inventarieförteckningen",
     "Skydd av tillgångar", "Fysisk inventering på samtliga skolor", "IT-samordnare BUF", "2025-06-13",
     [("Samtliga datorer på förteckningen är lokaliserade", "Nej", "14 av 1 120 datorer kunde inte lokaliseras"),
      ("Utrangerade datorer är avregistrerade", "Ja", ""),
      ("Utlåningsavtal finns för elever åk 7–9", "Ja", "")],
     1, "Polisanmälan görs för tre datorer. Rutin för utlåning ses över.", "GENOMFORD", "ja"),
]


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_f2():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Karlskoga kommun – Barn- och utbildningsförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Kontrollformulär – intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Nämnd: Barn- och utbildningsnämnden")
    d.add_paragraph("Uppföljning per 31 augusti 2025 (delår)")
    d.add_paragraph("Ett formulär fylls i per kontrollmoment. Kryssa i ett alternativ under Samlad bedömning. "
                    "Kontrollpunkterna besvaras med Ja eller Nej; lämna tomt om punkten inte har kontrollerats.")
    for i, (km, proc, metod, ansv, dat, points, box, samkom, status, avv) in enumerate(BUN_CONTROLS, 1):
        d.add_heading("Kontroll %d av %d" % (i, len(BUN_CONTROLS)), level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in (("Kontrollmoment", km), ("Process", proc), ("Kontrollmetod", metod),
                         ("Ansvarig", ansv), ("Kontrollen utförd (datum)", dat)):
            row = t.add_row().cells
            row[0].text = lab
            row[0].paragraphs[0].runs[0].bold = True
            _shade(row[0], "E7E6E6")
            row[1].text = val
        d.add_paragraph()
        p = d.add_paragraph()
        p.add_run("Kontrollpunkter").bold = True
        t2 = d.add_table(rows=1, cols=3)
        t2.style = "Table Grid"
        for c, h in zip(t2.rows[0].cells, ("Kontrollpunkt", "Ja/Nej", "Kommentar")):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            _shade(c, "D9E2F3")
        for (pt, jn, kom) in points:
            row = t2.add_row().cells
            row[0].text = pt
            row[1].text = jn
            row[2].text = kom
        p = d.add_paragraph()
        p.add_run("Samlad bedömning").bold = True
        for k, lab in enumerate(BOXES):
            d.add_paragraph(("☒ " if box == k else "☐ ") + lab)
        p = d.add_paragraph()
        p.add_run("Kommentar: ").bold = True
        p.add_run(samkom)
        exp(F2, "Barn- och utbildningsnämnden", km, status, avv)
    d.add_paragraph()
    d.add_paragraph("Sammanställt av: Johan Ek, kvalitetsstrateg, 2025-09-05")
    d.core_properties.author = "Johan Ek"
    d.core_properties.title = "Kontrollformulär intern kontroll 2025"
    d.save(os.path.join(OUT, F2))
    FILES.append((F2, "INLAST", "Barn- och utbildningsnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 3: Socialnämnden - xlsx, hierarchical numbering 1 / 1.1, T1 + delår columns, codes
# ---------------------------------------------------------------------------
F3 = "Socialnämnden IKP 2025 uppföljning delår.xlsx"

SN_ROWS = [
    ("1", "Ekonomiskt bistånd"),
    ("1.1", "Utbetalning av ekonomiskt bistånd har föregåtts av beslut av behörig handläggare", 12,
     "Stickprov 10 akter per tertial", "Enhetschef försörjningsstöd",
     "G", "10 akter granskade, utan anmärkning.", "G", "Totalt 20 akter granskade (10 T1 + 10 T2), inga avvikelser.",
     "GENOMFORD", "nej"),
    ("1.2", "Inkomstuppgifter stäms av mot Försäkringskassan och Skatteverket via SSBTEK innan beslut", 12,
     "Stickprov 15 ärenden", "Enhetschef försörjningsstöd",
     "P", "Påbörjad.", "GA", "I 2 av 15 ärenden saknades avstämning. Återkopplat till handläggarna på APT i juni.",
     "GENOMFORD", "ja"),
    ("1.3", "Återkrav av felaktigt utbetalt bistånd registreras och följs upp", 8,
     "Genomgång av återkravsregister", "Ekonom SOC",
     "", "", "", "",
     "SAKNAS", ""),
    ("2", "Barn och unga"),
    ("2.1", "Förhandsbedömning av orosanmälan görs inom 14 dagar (11 kap. 1 a § SoL)", 16,
     "Uttag ur Treserva, samtliga anmälningar", "Enhetschef mottagning barn och unga",
     "E", "Ej påbörjad.", "P", "Jan–apr granskat: 3 av 42 förhandsbedömningar överskred 14 dagar. Maj–aug pågår.",
     "DELVIS", "ja"),
    ("2.2", "Placeringar på HVB och i konsulentstödda familjehem sker via ramavtal", 12,
     "Genomgång av samtliga placeringar", "Enhetschef utredning barn och unga",
     "", "", "E", "Ej påbörjad – ansvarig enhetschef vakant under våren.",
     "EJ_GENOMFORD", ""),
    ("3", "Dokumentation och informationssäkerhet"),
    ("3.1", "Logguppföljning i verksamhetssystemet Treserva", 9,
     "Loggkontroll 1 gång/år", "Systemförvaltare",
     "G", "Loggkontroll genomförd i april utan anmärkning.", "", "",
     "GENOMFORD", "nej"),
    ("3.2", "Journalanteckningar förs utan onödigt dröjsmål", 9,
     "Stickprov 20 akter", "Enhetschefer",
     "", "", "U", "Utgår enligt SN 2025-04-23 § 58 – ersätts av egenkontroll i ledningssystemet.",
     "UTGAR", ""),
    ("4", "Uppdragstagare"),
    ("4.1", "Arvoden och omkostnadsersättningar till familjehem och kontaktpersoner betalas enligt SKR:s riktlinjer", 12,
     "Stickprov 2 ggr/år (juni, november)", "Familjehemssekreterare",
     "", "", "P", "Stickprov juni klart: ett arvode för högt utbetalt (korrigerat). Resterande stickprov tas i november.",
     "DELVIS", "ja"),
    ("4.2", "Avtal med uppdragstagare är undertecknade innan uppdraget påbörjas", 8,
     "Genomgång av nya uppdrag", "Familjehemssekreterare",
     "", "", "", "Se bilaga 4.",
     "OKLAR", ""),
]


def build_f3():
    wb = openpyxl.Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Fyll i status och kommentar för respektive period (T1 = jan–apr, Delår = jan–aug).",
        "Statuskoder:",
        "G = Genomförd utan avvikelse",
        "GA = Genomförd med avvikelse",
        "P = Pågår / delvis genomförd",
        "E = Ej genomförd / ej påbörjad",
        "U = Utgår",
        "",
        "Uppföljningen skickas till ekonomienheten senast 2025-09-12.",
    ]
    for i, l in enumerate(lines, 1):
        wi.cell(row=i, column=1, value=l if l else None)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Uppföljning")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Socialnämnden"
    ws["A3"] = "Period: Delår 2025 (januari–augusti)"
    ws["F2"] = "Statuskoder: G = Genomförd, GA = Genomförd med avvikelse, P = Pågår/delvis, E = Ej genomförd, U = Utgår"
    ws["F2"].font = Font(italic=True, size=9)
    ws.merge_cells("F2:I2")
    h1 = 5
    # two header rows with merged period groups
    ws.cell(row=h1, column=1, value="Nr")
    ws.cell(row=h1, column=2, value="Process / kontrollmoment")
    ws.cell(row=h1, column=3, value="Riskvärde")
    ws.cell(row=h1, column=4, value="Kontrollmetod")
    ws.cell(row=h1, column=5, value="Ansvarig")
    ws.cell(row=h1, column=6, value="Tertial 1")
    ws.cell(row=h1, column=8, value="Delår")
    for c0, c1 in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 5)):
        ws.merge_cells(start_row=h1, start_column=c0, end_row=h1 + 1, end_column=c1)
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=9)
    for col, lab in ((6, "Status"), (7, "Kommentar"), (8, "Status"), (9, "Kommentar")):
        ws.cell(row=h1 + 1, column=col, value=lab)
    hfill = PatternFill("solid", fgColor="375623")
    for rr in (h1, h1 + 1):
        for cc in range(1, 10):
            c = ws.cell(row=rr, column=cc)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = hfill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = border
    widths = [6, 60, 9, 30, 28, 8, 36, 8, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = h1 + 2
    pfill = PatternFill("solid", fgColor="E2EFDA")
    for row in SN_ROWS:
        if len(row) == 2:
            ws.cell(row=r, column=1, value=row[0])
            ws.cell(row=r, column=2, value=row[1])
            for cc in range(1, 10):
                c = ws.cell(row=r, column=cc)
                c.font = Font(bold=True)
                c.fill = pfill
                c.border = border
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        else:
            nr, km, risk, met, ansv, s1, k1, s2, k2, status, avv = row
            vals = [nr, km, risk, met, ansv, s1, k1, s2, k2]
            for cc, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=cc, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if cc in (1, 3, 6, 8) else None)
                c.border = border
            # nr as text so that 1.1 and 1.10 stay distinct
            ws.cell(row=r, column=1).number_format = "@"
            exp(F3, "Socialnämnden", km, status, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Behandlad i socialnämnden 2025-09-17 § 98. Bilaga 4: Sammanställning avtal uppdragstagare.")
    ws.cell(row=r, column=2).font = Font(italic=True)
    ws.freeze_panes = "C7"
    wb.active = 1
    wb.save(os.path.join(OUT, F3))
    FILES.append((F3, "INLAST", "Socialnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 4: Vård- och omsorgsnämnden - CSV export, one row per sample
# ---------------------------------------------------------------------------
F4 = "stratsys_export_IK_VOF_20250905.csv"

VON_CONTROLS = [
    # id, kontrollmoment, samples [(objekt, resultat, notering, granskare, datum)], status, avv
    ("IK-VON-01", "Avgiftsbeslut för hemtjänst finns och avgiften är korrekt beräknad",
     [("Brukare A (hemtjänst Bregården)", "Godkänd", "", "L. Persson", "2025-05-14"),
      ("Brukare B (hemtjänst Centrum)", "Godkänd", "", "L. Persson", "2025-05-14"),
      ("Brukare C (hemtjänst Rävåsen)", "Godkänd", "", "L. Persson", "2025-05-14"),
      ("Brukare D (hemtjänst Norrmalm)", "Godkänd", "", "L. Persson", "2025-05-15"),
      ("Brukare E (hemtjänst Granbergsdal)", "Godkänd", "", "L. Persson", "2025-05-15")],
     "GENOMFORD", "nej"),
    ("IK-VON-02", "Läkemedelsavvikelser rapporteras i avvikelsesystemet inom 24 timmar",
     [("Avvikelse 2025-0112, Solbacka", "Godkänd", "", "MAS", "2025-06-02"),
      ("Avvikelse 2025-0140, Skogsgläntan", "Ej godkänd", "Rapporterad efter 4 dygn; påminnelse till enhetschef", "MAS", "2025-06-02"),
      ("Avvikelse 2025-0171, Lärkan", "Godkänd", "", "MAS", "2025-06-03"),
      ("Avvikelse 2025-0188, Solbacka", "Godkänd", "", "MAS", "2025-06-03")],
     "GENOMFORD", "ja"),
    ("IK-VON-03", "Genomförandeplan upprättas inom 14 dagar efter verkställt beslut",
     [("Ärende 1, särskilt boende", "Godkänd", "", "K. Berg", "2025-08-18"),
      ("Ärende 2, särskilt boende", "Godkänd", "", "K. Berg", "2025-08-18"),
      ("Ärende 3, hemtjänst", "Godkänd", "", "K. Berg", "2025-08-19"),
      ("Ärende 4, hemtjänst", "Ej granskad", "Granskas i september", "", ""),
      ("Ärende 5, korttidsboende", "Ej granskad", "Granskas i september", "", ""),
      ("Ärende 6, LSS boende", "Ej granskad", "Granskas i september", "", "")],
     "DELVIS", "nej"),
    ("IK-VON-04", "Nyckelhantering i hemtjänsten – kvittenslistor för utlämnade nycklar",
     [("Hemtjänstgrupp Centrum", "Ej granskad",
       "Kontrollen skjuts upp till oktober; omorganisation av hemtjänsten under våren", "", ""),
      ("Hemtjänstgrupp Bregården", "Ej granskad", "", "", ""),
      ("Hemtjänstgrupp Rävåsen", "Ej granskad", "", "", "")],
     "EJ_GENOMFORD", ""),
    ("IK-VON-05", "Fakturor för köpt vård i särskilt boende stäms av mot beslut och avtal",
     [("Faktura Attendo, mars", "Godkänd", "", "Ekonom VOF", "2025-04-24"),
      ("Faktura Vardaga, mars", "Godkänd", "", "Ekonom VOF", "2025-04-24"),
      ("Faktura Attendo, juni", "Ej godkänd",
       "Fakturerat 31 dygn för brukare som flyttat 2025-06-12; kreditfaktura begärd", "Ekonom VOF", "2025-07-08"),
      ("Faktura Vardaga, juni", "Godkänd", "", "Ekonom VOF", "2025-07-08")],
     "GENOMFORD", "ja"),
    ("IK-VON-06", "Attest av timrapporter för timavlönade inom vård och omsorg",
     [("Timrapporter januari, Solbacka", "Godkänd", "", "Lönespecialist", "2025-02-12"),
      ("Timrapporter mars, Lärkan", "Godkänd", "", "Lönespecialist", "2025-04-09"),
      ("Timrapporter maj, hemtjänst Centrum", "Godkänd", "", "Lönespecialist", "2025-06-11"),
      ("Timrapporter juni, Skogsgläntan", "Godkänd", "", "Lönespecialist", "2025-07-09"),
      ("Timrapporter juli, Rävåsen", "Godkänd", "", "Lönespecialist", "2025-08-13")],
     "GENOMFORD", "nej"),
    ("IK-VON-07", "Bisysslor hos personal inom hemtjänst är anmälda och prövade",
     [("Samtliga enheter", "Utgår", "Utgår enligt VON beslut 2025-05-20 § 61; ingår i kommungemensam kontroll", "", "")],
     "UTGAR", ""),
]


def build_f4():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Enhet", "Plan", "Uppföljningsperiod", "Kontroll-ID", "Kontrollmoment", "Stickprov nr",
                "Granskat objekt", "Resultat", "Notering", "Granskad av", "Granskningsdatum"])
    for (kid, km, samples, status, avv) in VON_CONTROLS:
        for k, (obj, res, note, who, dat) in enumerate(samples, 1):
            w.writerow(["Vård- och omsorgsförvaltningen", "Internkontrollplan 2025 VON",
                        "Delår 2025 (jan-aug)", kid, km, k, obj, res, note, who, dat])
        exp(F4, "Vård- och omsorgsnämnden", km, status, avv)
    with open(os.path.join(OUT, F4), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((F4, "INLAST", "Vård- och omsorgsnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 5: Kultur- och fritidsnämnden - odt, plain table one row per control
# ---------------------------------------------------------------------------
F5 = "KFN delårsuppföljning intern kontroll 2025.odt"

KFN_CONTROLS = [
    ("Föreningsbidrag betalas ut enligt beslut och gällande bidragsregler", "Bidragshantering",
     "Föreningskonsulent", "Genomförd", "10 utbetalningar kontrollerade mot beslut, utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Dagskassor i Nobelbadet stäms av mot kassasystemet", "Kontanthantering",
     "Badchef", "Genomförd med anmärkning",
     "Differens på 1 240 kr en dag i maj. Rutin med dubbelräkning vid kassaavslut har införts.",
     "GENOMFORD", "ja"),
    ("Uthyrning av lokaler och idrottshallar debiteras enligt fastställd taxa", "Uthyrning",
     "Bokningsansvarig", "Pågår",
     "Bokningssystemet byts under hösten. Kontroll av jan–apr är klar utan avvikelser, maj–aug återstår.",
     "DELVIS", "nej"),
    ("Inventering av konst i offentlig miljö mot konstregistret", "Skydd av tillgångar",
     "Konstintendent", "Ej påbörjad", "Planeras till oktober.",
     "EJ_GENOMFORD", ""),
    ("Ledare i sommarlovsverksamheten har uppvisat utdrag ur belastningsregistret", "Rekrytering",
     "Fritidschef", "Genomförd", "Samtliga 24 ledare hade uppvisat utdrag före start.",
     "GENOMFORD", "nej"),
    ("Bidrag till studieförbund fördelas enligt beslutad modell", "Bidragshantering",
     "Kultursekreterare", "Ej aktuell",
     "Bidragsformen avskaffad i budget 2025 (KF 2024-11-25 § 140).",
     "UTGAR", ""),
    ("Inköp av biblioteksmedier sker enligt upphandlat avtal", "Inköp",
     "Bibliotekschef", "", "Kontrollen genomförd i juni, inga avvikelser.",
     "GENOMFORD", "nej"),
]


def lo_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=%s" % LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def build_f5():
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden, delårsuppföljning per 2025-08-31")
    d.add_paragraph("Kultur- och fritidsförvaltningen har följt upp nämndens internkontrollplan för perioden "
                    "januari–augusti. Resultatet redovisas i tabellen nedan. Kontroller som inte är slutförda "
                    "rapporteras igen i helårsuppföljningen.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Kontrollmoment", "Process", "Ansvarig", "Status", "Kommentar")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for (km, proc, ansv, status_txt, kom, st, avv) in KFN_CONTROLS:
        row = t.add_row().cells
        for c, v in zip(row, (km, proc, ansv, status_txt, kom)):
            c.text = v
        exp(F5, "Kultur- och fritidsnämnden", km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Karlskoga 2025-09-08")
    d.add_paragraph("Eva Sandberg, förvaltningschef")
    tmp = tempfile.mkdtemp(prefix="r490_")
    src = os.path.join(tmp, "kfn.docx")
    d.save(src)
    lo_convert(src, "odt", tmp)
    shutil.copyfile(os.path.join(tmp, "kfn.odt"), os.path.join(OUT, F5))
    shutil.rmtree(tmp)
    FILES.append((F5, "INLAST", "Kultur- och fritidsnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 6: Samhällsbyggnadsnämnden - xls (xlwt), status as fill colour, nämnd only in
# file name and print header
# ---------------------------------------------------------------------------
F6 = "SBN IK-plan 2025 uppf aug.xls"

SBN_ROWS = [
    ("GRP", "Gata och park"),
    ("Entreprenader", "Felaktig fakturering",
     "Entreprenader inom gatuunderhåll faktureras enligt avtalade à-priser",
     "• Faktura mot avtal\n• Mängdförteckning\n• Attest", "Gatuchef", "green", "",
     "12 fakturor kontrollerade mot avtal, inga avvikelser.", "GENOMFORD", "nej"),
    ("Lekplatser", "Olycksrisk",
     "Egenkontroller av kommunens lekplatser är dokumenterade",
     "• Besiktningsprotokoll finns\n• Brister åtgärdade inom 30 dagar", "Parkchef", "green", "",
     "Genomförd. Brister noterades på 3 av 28 lekplatser, åtgärdade i juni.", "GENOMFORD", "ja"),
    ("Vinterväghållning", "Felaktig ersättning",
     "Snöröjningsentreprenörers tidrapporter stäms av mot GPS-loggar",
     "• Tidrapport mot GPS\n• Utryckningsorder", "Gatuchef", "red", "",
     "Ej genomförd. GPS-data för jan–mars har inte levererats av entreprenören. Flyttas till T3.",
     "EJ_GENOMFORD", ""),
    ("GRP", "Fastighet och mark"),
    ("Lokalförsörjning", "Felaktiga hyreskostnader",
     "Hyresavtal för externt inhyrda lokaler är aktuella och indexuppräknade",
     "• Avtal giltigt\n• Indexuppräkning 2025", "Fastighetsstrateg", "yellow", "",
     "Genomgång av 18 av 31 avtal klar. Ett avtal har inte indexuppräknats sedan 2023.", "DELVIS", "ja"),
    ("Markförvaltning", "Uteblivna intäkter",
     "Arrendeavtal och markupplåtelser debiteras enligt avtal",
     "• Faktura skickad\n• Rätt belopp", "Mark- och exploateringsingenjör", None, "", "",
     "SAKNAS", ""),
    ("GRP", "Fordon, inköp och färdtjänst"),
    ("Inköp", "Avtalsbrott",
     "Inköp av fordon och maskiner sker enligt ramavtal", "", "Fordonssamordnare", "green", "",
     "Se bilaga 2", "GENOMFORD", ""),
    ("Drivmedel", "Oegentligheter",
     "Tankningar med drivmedelskort kan härledas till kommunens fordon",
     "• Kortnummer mot fordonsregister\n• Tankad volym rimlig", "Fordonssamordnare", "green", "Genomförd",
     "Två tankningar kunde inte härledas till fordon, utreds av enhetschef.", "GENOMFORD", "ja"),
    ("Färdtjänst", "Felaktiga tillstånd",
     "Färdtjänsttillstånd prövas enligt gällande riktlinjer", "", "Färdtjänsthandläggare", "gray", "",
     "Utgår – handläggningen överförd till Region Örebro län 2025-01-01.", "UTGAR", ""),
]


def build_f6():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    # xlwt on py3 cannot take a non-ASCII header through the property; set the str directly
    ws._Worksheet__header_str = "&CSamhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws._Worksheet__footer_str = "&L&F&RSida &P"
    ws.portrait = False

    def style(bold=False, fill=None, wrap=True, size=200, italic=False, border=True):
        s = xlwt.XFStyle()
        f = xlwt.Font()
        f.bold = bold
        f.italic = italic
        f.height = size
        f.name = "Arial"
        s.font = f
        a = xlwt.Alignment()
        a.wrap = 1 if wrap else 0
        a.vert = xlwt.Alignment.VERT_TOP
        s.alignment = a
        if border:
            b = xlwt.Borders()
            b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
            s.borders = b
        if fill:
            p = xlwt.Pattern()
            p.pattern = xlwt.Pattern.SOLID_PATTERN
            p.pattern_fore_colour = xlwt.Style.colour_map[fill]
            s.pattern = p
        return s

    fills = {"green": "bright_green", "yellow": "yellow", "red": "red", "gray": "gray25"}
    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning per 31 augusti", style(bold=True, size=280, wrap=False, border=False))
    ws.write(1, 0, "Status markeras med färg i kolumn F, se färgförklaring till höger.", style(italic=True, wrap=False, border=False))
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollpunkter", "Ansvarig", "Status", "Kommentar / resultat"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, style(bold=True, fill="ice_blue"))
    widths = [18, 20, 48, 30, 24, 11, 60]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    # legend to the right
    ws.write(3, 8, "Färgförklaring", style(bold=True, border=False))
    for k, (col, txt) in enumerate((("green", "Genomförd"), ("yellow", "Delvis genomförd / pågår"),
                                     ("red", "Ej genomförd"), ("gray", "Utgår"))):
        ws.write(4 + k, 8, "", style(fill=fills[col]))
        ws.write(4 + k, 9, txt, style(wrap=False, border=False))
    ws.col(9).width = 256 * 24
    r = 4
    for row in SBN_ROWS:
        if row[0] == "GRP":
            ws.write_merge(r, r, 0, 6, row[1], style(bold=True, fill="gray25"))
        else:
            proc, risk, km, punkter, ansv, col, stxt, kom, status, avv = row
            for i, v in enumerate((proc, risk, km, punkter, ansv)):
                ws.write(r, i, v, style())
            ws.write(r, 5, stxt, style(fill=fills[col] if col else None))
            ws.write(r, 6, kom, style())
            exp(F6, "Samhällsbyggnadsnämnden", km, status, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Uppföljningen beslutad 2025-09-16. Kontaktperson: Peter Lund, verksamhetscontroller.",
             style(italic=True, wrap=False, border=False))
    wb.save(os.path.join(OUT, F6))
    FILES.append((F6, "INLAST", "Samhällsbyggnadsnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 7: Hypergene export (ods) - two organisations, numeric codes, T1 + Delår
# ---------------------------------------------------------------------------
F7 = "Hypergene_rapport_intern_kontroll_delar2025.ods"

HG_BLOCKS = [
    ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", [
        ("Bygglov", "Beslut om bygglov fattas inom tio veckor från komplett ansökan",
         "Stickprov 20 ärenden", "T1, Delår", "1", "2",
         "2 av 20 ärenden överskred tio veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Avgift för bygglov tas ut enligt fastställd taxa",
         "Stickprov 15 beslut", "Delår", "", "3",
         "Kontroll av jan–jun klar utan fel, juli–aug pågår.",
         "DELVIS", "nej"),
        ("Miljötillsyn", "Tillsynsplanen för miljöfarlig verksamhet följs",
         "Uttag ur Ecos", "Delår", "", "4",
         "Ej genomförd p.g.a. vakans miljöinspektör.",
         "EJ_GENOMFORD", ""),
        ("Miljötillsyn", "Årlig tillsynsavgift enligt miljöbalken debiteras samtliga anläggningar",
         "Avstämning Ecos – fakturering", "T1", "1", "",
         "Avstämt i mars, samtliga 212 anläggningar debiterade.",
         "GENOMFORD", "nej"),
        ("Livsmedelskontroll", "Offentlig livsmedelskontroll registreras i Ecos inom en vecka",
         "Stickprov 10 kontroller", "T3", "", "", "",
         "SAKNAS", ""),
        ("Delegation", "Delegationsbeslut anmäls till nämnden",
         "Genomgång delegationslistor", "Delår", "", "5",
         "Utgår, ingår i kommunstyrelsens kommungemensamma kontroll.",
         "UTGAR", ""),
    ]),
    ("Karlskoga Energi & Miljö AB", "Karlskoga Energi & Miljö AB", [
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Leverantörsanalys", "Delår", "", "2",
         "Avtalstrohet 87 %. Två leverantörer används utan avtal, upphandling startas.",
         "GENOMFORD", "ja"),
        ("Fakturering", "Elnätskunder debiteras enligt gällande nättariff",
         "Stickprov 25 kunder", "T1, Delår", "1", "1", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Avfall", "Vågsedlar vid återvinningscentralen stäms av mot fakturerade mängder",
         "Stickprov 30 vågsedlar", "Delår", "", "1",
         "Ej genomförd, planeras till oktober.",
         "OKLAR", ""),
        ("IT-säkerhet", "Behörigheter i kundsystemet tas bort vid avslutad anställning",
         "Jämförelse HR-lista – behörighetslista", "Delår", "", "1", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Representation och gåvor hanteras enligt bolagets policy",
         "Stickprov 10 verifikationer", "Delår", "", "4", "Skjuts till helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
    ]),
]


def build_f7():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(head)
    org = Style(name="org", family="table-cell")
    org.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    org.addElement(TableCellProperties(backgroundcolor="#BDD7EE"))
    doc.automaticstyles.addElement(org)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(wrap)
    colw = {}
    for i, w in enumerate(["3.5cm", "8cm", "5cm", "2.5cm", "2cm", "2cm", "9cm"]):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colw[i] = s

    t = Table(name="Rapport")
    for i in range(7):
        t.addElement(TableColumn(stylename=colw[i]))

    def row(vals, style=None, span=None):
        tr = TableRow()
        for k, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span and k == 0:
                kw["numbercolumnsspanned"] = span
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, int):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Hypergene – Rapport: Intern kontroll, uppföljning"], bold)
    row(["Period: 2025 Delår (jan–aug)"])
    row(["Rapport skapad 2025-09-08 10:14 av ekonomienheten"])
    row([""])
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Planerad uppföljning", "Utfall T1", "Utfall Delår", "Kommentar"]
    for (orgname, reg, ctrls) in HG_BLOCKS:
        row(["Organisation: %s" % orgname], org)
        row(hdr, head)
        for (omr, km, met, plan, t1, dl, kom, st, avv) in ctrls:
            row([omr, km, met, plan,
                 int(t1) if t1 else "", int(dl) if dl else "", kom], wrap)
            exp(F7, reg, km, st, avv)
        row([""])
    row(["Statuskoder"], bold)
    for code, txt in ((1, "Genomförd utan avvikelse"), (2, "Genomförd med avvikelse"),
                      (3, "Påbörjad / delvis genomförd"), (4, "Ej genomförd"), (5, "Utgår")):
        row([code, txt])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, F7))
    for (orgname, reg, ctrls) in HG_BLOCKS:
        FILES.append((F7, "INLAST", reg, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 8 (reject): covering letter, no follow-up in it
# ---------------------------------------------------------------------------
F8 = "Följebrev uppföljning IK delår 2025 SN.docx"


def build_f8():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.sections[0].header.paragraphs[0].text = "KARLSKOGA KOMMUN\tSocialförvaltningen\t2025-09-18"
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Från: Socialförvaltningen, ledningsstaben")
    d.add_paragraph("Dnr SN 2025/0187")
    p = d.add_paragraph()
    r = p.add_run("Översändande av socialnämndens uppföljning av internkontrollplan 2025, delår")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Härmed översänds socialnämndens uppföljning av internkontrollplanen för perioden "
                    "januari–augusti 2025. Uppföljningen behandlades av socialnämnden vid sammanträdet "
                    "2025-09-17 § 98 och nämnden beslutade att godkänna uppföljningen och överlämna den till "
                    "kommunstyrelsen.")
    d.add_paragraph("Uppföljningen finns i bifogad Excelfil. Bilaga 4 (sammanställning av avtal med "
                    "uppdragstagare) skickas separat via det interna postsystemet eftersom den innehåller "
                    "sekretessuppgifter.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Sara Nyström")
    d.add_paragraph("Nämndsekreterare, socialförvaltningen")
    d.add_paragraph("sara.nystrom@karlskoga.se, 0586-610 00")
    d.save(os.path.join(OUT, F8))
    FILES.append((F8, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    write_namnder()
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    build_f8()
    write_csvs()
    # consistency checks
    reg = {n for n, _ in NAMNDER}
    inl = {(f, n) for (f, u, n, y, p) in FILES if u == "INLAST"}
    for (fil, n, km, st, avv) in EXPECTED:
        assert n in reg, n
        assert (fil, n) in inl, (fil, n)
        assert ";" not in km
    print("files:", len({f for f, *_ in FILES}), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
