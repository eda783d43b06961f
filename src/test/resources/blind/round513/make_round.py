#!/usr/bin/python3
"""Blind round r513 - Vansbro kommun, delår 2025 inbox of small organisations.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round513"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def fix_wb_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 1. Förbund: Word report with prose and two tables (header repeated)
# ---------------------------------------------------------------------------
def f1_forbund():
    fil = "Västerdala RTJF delårsrapport 2025 bilaga 3 intern kontroll.docx"
    nm = "Västerdala räddningstjänstförbund"
    doc = Document()
    fix_docx_props(doc, "Anna Mattsson")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Västerdala räddningstjänstförbund\tDelårsrapport januari–augusti 2025\tBilaga 3"
    sec.footer.paragraphs[0].text = "Dnr VRF 2025/0112"

    doc.add_heading("Bilaga 3. Uppföljning av intern kontroll", level=1)
    doc.add_paragraph(
        "Direktionen fastställde den 12 december 2024, § 45, förbundets internkontrollplan för 2025. "
        "Planen bygger på den risk- och väsentlighetsanalys som genomfördes under hösten 2024 och omfattar nio "
        "kontrollmoment inom ekonomiadministration och verksamhet. I denna bilaga redovisas utfallet per den "
        "31 augusti 2025. Slutlig redovisning sker i årsredovisningen 2025.")
    doc.add_paragraph(
        "Status anges som Genomförd, Genomförd med avvikelse, Pågår, Ej genomförd eller Utgår. "
        "Avvikelser som kräver åtgärd beskrivs i kolumnen Resultat.")

    header = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat per 31 augusti", "Status"]
    widths = [Cm(4.6), Cm(3.2), Cm(2.4), Cm(5.2), Cm(2.4)]

    def table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                set_cell(cells[i], v, size=9)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        return t

    doc.add_heading("3.1 Ekonomiadministration", level=2)
    eko = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Ekonom",
         "Stickprov på 40 fakturor (tertial 1 och juli–augusti). Samtliga korrekt attesterade.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Representation och förtroendekänsliga poster följer förbundets riktlinjer",
         "Granskning av samtliga representationsfakturor", "Förbundsdirektör",
         "Två fakturor saknade deltagarförteckning och syfte. Uppgifterna har kompletterats i efterhand "
         "och riktlinjerna har gåtts igenom med berörda chefer.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av drivmedel och förbrukningsmaterial",
         "Kontroll av leverantörsreskontra mot avtalsdatabasen", "Ekonom",
         "Kontrollen påbörjades i augusti och slutförs under hösten.",
         "Pågår", "DELVIS", ""),
        ("Hantering av kontanta medel vid externa utbildningar",
         "Kassaavstämning vid varje kurstillfälle", "Utbildningsansvarig",
         "Kontant betalning upphörde 2025-01-01, all betalning sker via faktura eller Swish. "
         "Kontrollmomentet är därmed inte längre aktuellt.",
         "Utgår", "UTGAR", ""),
    ]
    table([r[:5] for r in eko])

    doc.add_paragraph()
    doc.add_heading("3.2 Verksamhet", level=2)
    verk = [
        ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
         "Jämförelse planerade och genomförda tillsyner", "Stf förbundsdirektör",
         "32 av 55 planerade tillsyner genomförda (58 %). Arbetet följer tidplanen och bedöms vara klart "
         "vid årets slut.",
         "Pågår", "DELVIS", "nej"),
        ("Kontroll av att brandmän i beredskap har giltigt C-körkort och läkarintyg",
         "Genomgång av samtliga anställda i beredskap", "Styrkeledare",
         "Kontrollen genomfördes i maj. En medarbetare saknade förnyat läkarintyg och togs ur beredskapen "
         "tills intyg lämnats (juni).",
         "Genomförd", "GENOMFORD", "ja"),
        ("Underhåll och besiktning av andningsskydd enligt tillverkarens anvisningar och AFS",
         "Kontroll av underhållsprotokoll", "Verkstadsansvarig",
         "Kontrollen har flyttats till oktober på grund av personalbrist i verkstaden.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Insatsrapporter upprättas och godkänns inom 7 dagar efter insats",
         "Stickprov 30 insatsrapporter", "Insatsledare",
         "Stickprov på 30 rapporter: 27 godkända inom 7 dagar, 3 försenade (9–14 dagar). "
         "Påminnelserutin införd i augusti.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Sjukfrånvaro och arbetsskador rapporteras till direktionen",
         "Kontroll av direktionens protokoll", "HR-konsult",
         "Rapporterat vid direktionens sammanträden i april och juni enligt plan. Inga avvikelser.",
         "", "GENOMFORD", "nej"),
    ]
    table([r[:5] for r in verk])

    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förbundets interna kontroll bedöms i allt väsentligt vara tillräcklig. Av nio kontrollmoment är fem "
        "genomförda, två pågår, ett har skjutits till hösten och ett utgår. De avvikelser som noterats är "
        "åtgärdade eller under åtgärd.")
    doc.add_paragraph("Vansbro 2025-09-18")
    doc.add_paragraph("Anna Mattsson\nFörbundsdirektör")
    doc.save(path(fil))

    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    for r in eko + verk:
        exp(fil, nm, r[0], r[5], r[6])


# ---------------------------------------------------------------------------
# 2. Bolag: old .xls, a two-line table
# ---------------------------------------------------------------------------
def f2_bolag():
    fil = "Vansbrohem IK 2025-08.xls"
    nm = "Vansbrohem AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25; alignment: wrap on, vert top")
    title = xlwt.easyxf("font: bold on, height 280")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Vansbrohem AB", title)
    ws.write(1, 0, "Intern kontroll 2025 – uppföljning per 31 augusti")
    hdr = ["Kontroll", "Ansvarig", "Utförd", "Iakttagelser"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
    rows = [
        ("Hyresavier och hyresreskontra stäms av mot huvudboken månadsvis", "Ekonomiansvarig", "Ja",
         "Avstämning gjord för januari–juli. Differens på 1 240 kr i maj har utretts och rättats.",
         "GENOMFORD", "ja"),
        ("Uppföljning av att ramavtal för fastighetsunderhåll följs", "VD", "Nej",
         "Görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
    ]
    for j, r in enumerate(rows):
        for i, v in enumerate(r[:4]):
            ws.write(4 + j, i, v, norm)
    ws.write(7, 0, "Upprättad av: Per Ersson, VD, 2025-09-05")
    for i, w in enumerate([50, 18, 9, 60]):
        ws.col(i).width = w * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    for r in rows:
        exp(fil, nm, r[0], r[4], r[5])


# ---------------------------------------------------------------------------
# 3. Nämnd whose status is only a 'Bedömning'; nämnd only in print header / file name
# ---------------------------------------------------------------------------
def f3_ofn():
    fil = "ÖFN_IK_delår2025.xlsx"
    nm = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Lena Björk")
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Överförmyndarnämnden Vansbro"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Period: januari–augusti"
    hdr = ["Nr", "Process", "Kontrollmoment", "Genomförande och resultat", "Bedömning"]
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = border
    rows = [
        (1, "Årsräkningar", "Granskning av årsräkningar sker inom sex månader från inkomstdatum",
         "Kontroll av samtliga 148 årsräkningar som kom in före 1 mars. 141 granskades inom tidsfristen, "
         "7 blev försenade.", "Ej tillfredsställande", "GENOMFORD", "ja"),
        (2, "Årsräkningar", "Verifikationer begärs in för minst 10 % av årsräkningarna",
         "Verifikationer begärda i 18 av 148 ärenden (12 %).", "Tillfredsställande", "GENOMFORD", "nej"),
        (3, "Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Stickprov 25 arvodesbeslut, samtliga enligt riktlinjerna.", "Tillfredsställande", "GENOMFORD", "nej"),
        (4, "Ställföreträdare",
         "Utdrag ur belastningsregistret och kreditupplysning inhämtas före förordnande av ny ställföreträdare",
         "12 nya förordnanden under perioden. I ett fall saknades kreditupplysning; den har inhämtats i efterhand.",
         "Ej tillfredsställande", "GENOMFORD", "ja"),
        (5, "Förvaltarskap", "Samtycke till uttag från spärrat konto hanteras enligt delegationsordningen",
         "Stickprov påbörjat, 8 av planerade 20 ärenden granskade. Inga fel hittills.", None, "DELVIS", "nej"),
        (6, "Informationssäkerhet", "Behörigheter i verksamhetssystemet Wärna ses över två gånger per år",
         "Genomförs i november tillsammans med IT-avdelningen.", None, "EJ_GENOMFORD", ""),
        (7, "Arkiv", "Akter i avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         None, None, "SAKNAS", ""),
        (8, "Delegation", "Delegationsbeslut återrapporteras till nämnden",
         "Återrapporterat vid varje sammanträde (5 st).", "Tillfredsställande", "GENOMFORD", "nej"),
    ]
    for j, r in enumerate(rows):
        rr = 5 + j
        for i, v in enumerate(r[:5], 1):
            c = ws.cell(row=rr, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
    ws.merge_cells("B5:B6")   # Årsräkningar spans two controls
    ws.cell(row=14, column=1, value="Bedömningsskala: Tillfredsställande = inga eller obetydliga brister. "
                                    "Ej tillfredsställande = brister som kräver åtgärd.")
    ws.cell(row=15, column=1, value="Datum: 2025-09-10    Handläggare: Lena Björk")
    for col, w in zip("ABCDE", [5, 18, 45, 55, 22]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    for r in rows:
        exp(fil, nm, r[2], r[5], r[6])


# ---------------------------------------------------------------------------
# 4. Emoji traffic lights, T1 and Delår side by side
# ---------------------------------------------------------------------------
def f4_mbn():
    fil = "Miljö- och bygg IK uppföljning delår 2025.xlsx"
    nm = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Karin Olsson")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Miljö- och byggnämnden – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Teckenförklaring:  🟢 Genomförd utan anmärkning   🟠 Genomförd, avvikelse noterad   "
                "🟡 Pågår / delvis genomförd   🔴 Ej genomförd   ⚪ Utgår")
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "Delår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="375623")
    G, O, Y, R, W = "🟢", "🟠", "🟡", "🔴", "⚪"
    rows = [
        ("Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Tertial", "Bygglovschef",
         G, O, "T1: alla ärenden inom tid. Delår: 4 av 87 ärenden över 10 veckor, avgiften har reducerats.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Delegationsbeslut anmäls till nämnden", "Tertial", "Nämndsekreterare",
         G, G, None, "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsynsplanen för livsmedelskontroll följs", "Tertial", "Miljöchef",
         Y, Y, "61 % av planerade kontroller utförda per augusti.", "DELVIS", ""),
        ("Tillsyn", "Debitering av timavgift för tillsyn sker enligt taxa", "Årligen", "Miljöchef",
         None, R, "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Årligen (T1)", "Förvaltningschef",
         G, None, "Stickprov 25 fakturor i april, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturering av bygglovsavgifter sker i samband med beslut", "Tertial", "Administratör",
         Y, G, None, "GENOMFORD", "nej"),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Tertial",
         "Registrator", G, "Se bilaga 2", None, "OKLAR", ""),
        ("Dokumenthantering", "Gallring av bygglovshandlingar enligt dokumenthanteringsplanen", "Årligen",
         "Registrator", W, W, "Utgår, ersätts av e-arkiv 2026.", "UTGAR", ""),
        ("Personal", "Introduktion av nyanställda sker enligt checklista", "Tertial", "Förvaltningschef",
         R, Y, "Kontroll påbörjad, 3 av 5 nyanställda kontrollerade hittills.", "DELVIS", ""),
        ("Personal", "Bisysslor redovisas och prövas årligen", "Årligen", "Förvaltningschef",
         None, R, "Enkät skickas ut i september.", "EJ_GENOMFORD", ""),
    ]
    for j, r in enumerate(rows):
        rr = 5 + j
        vals = [j + 1] + list(r[:7])
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 6, 7) else None)
    ws.cell(row=17, column=1, value="Sammanställt 2025-09-12 av Karin Olsson, förvaltningschef samhällsbyggnad")
    for col, w in zip("ABCDEFGH", [5, 20, 48, 12, 18, 7, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    for r in rows:
        exp(fil, nm, r[1], r[7], r[8])


# ---------------------------------------------------------------------------
# 5. CSV export from a governance system, English headings, two nämnder, long format
# ---------------------------------------------------------------------------
def f5_csv():
    fil = "IC_export_2025-09-15.csv"
    von = "Vård- och omsorgsnämnden"
    bun = "Barn- och utbildningsnämnden"
    hdr = ["Organisation", "Process", "Control activity", "Control method", "Responsible", "Period",
           "Status", "Deviation", "Comment", "Last modified"]
    # (org label in file, register name, process, control, method, resp, [(period, status, dev, comment, date)],
    #  expected status, avvikelse)
    data = [
        ("Vård- och omsorgsnämnden", von, "Ekonomi", "Fakturor för köpt vård granskas mot beslut",
         "Stickprov 10 fakturor", "Controller",
         [("T1 2025", "Completed", "No", "Inga avvikelser.", "2025-05-06"),
          ("Delår 2025", "Completed", "Yes",
           "Två fakturor avsåg dygn efter avslutad placering. Kreditfakturor begärda.", "2025-09-08")],
         "GENOMFORD", "ja"),
        ("Vård- och omsorgsnämnden", von, "Myndighetsutövning",
         "Beslut om bistånd enligt SoL verkställs inom tre månader", "Uttag ur verksamhetssystemet",
         "Enhetschef myndighet",
         [("T1 2025", "Completed", "No", "", "2025-05-02"),
          ("Delår 2025", "In progress", "No", "Uppföljning för maj–augusti pågår.", "2025-09-10")],
         "DELVIS", "nej"),
        ("Vård- och omsorgsnämnden", von, "Ekonomi", "Avgifter inom äldreomsorgen debiteras enligt taxa",
         "Stickprov 15 brukare", "Avgiftshandläggare",
         [("Delår 2025", "Completed", "Yes", "1 felaktig avgift av 15, korrigerad retroaktivt.", "2025-09-01")],
         "GENOMFORD", "ja"),
        ("Vård- och omsorgsnämnden", von, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare",
         "Slumpvis loggkontroll", "Systemförvaltare",
         [("Delår 2025", "Not started", "", "Planeras till oktober.", "2025-09-03")],
         "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsnämnden", von, "Kvalitet",
         "Lex Sarah-rapporter utreds och anmäls inom föreskriven tid", "Genomgång av samtliga rapporter",
         "Kvalitetsutvecklare",
         [("T1 2025", "Completed", "No", "", "2025-05-05"),
          ("Delår 2025", "Completed", "No", "6 rapporter, samtliga utredda inom tid.", "2025-09-05")],
         "GENOMFORD", "nej"),
        ("Vård- och omsorgsnämnden", von, "Hälso- och sjukvård",
         "Delegeringar för läkemedelshantering är aktuella", "Kontroll av delegeringsregister", "MAS",
         [("Delår 2025", "Cancelled", "",
           "Ansvaret har flyttats till MAS egenkontrollprogram, kontrollen utgår ur IK-planen (VON 2025-04-24 § 41).",
           "2025-04-28")],
         "UTGAR", ""),
        ("Vård- och omsorgsnämnden", von, "Ekonomi", "Rutin för hantering av brukares privata medel följs",
         "Stickprov kassaböcker", "Enhetschef särskilt boende",
         [("Delår 2025", "", "", "", "")],
         "SAKNAS", ""),
        ("Barn- och utbildningsförvaltningen", bun, "Elevhälsa och skolskjuts",
         "Skolskjutsbeslut fattas enligt riktlinjer", "Stickprov 20 beslut", "Skolskjutssamordnare",
         [("Delår 2025", "Completed", "No", "Samtliga 20 beslut enligt riktlinjerna.", "2025-08-29")],
         "GENOMFORD", "nej"),
        ("Barn- och utbildningsförvaltningen", bun, "Undervisning",
         "Frånvarorapportering i skolan sker dagligen", "Uttag ur frånvarosystemet", "Rektorer",
         [("T1 2025", "In progress", "", "", "2025-05-07"),
          ("Delår 2025", "Completed", "Yes",
           "Två skolenheter rapporterade inte frånvaro vecka 12–14.\nÅtgärdat genom påminnelse och ny rutin.",
           "2025-09-09")],
         "GENOMFORD", "ja"),
        ("Barn- och utbildningsförvaltningen", bun, "Trygghet och studiero",
         "Kränkande behandling anmäls till huvudmannen inom en vecka", "Jämförelse anmälningsdatum/händelsedatum",
         "Förvaltningschef",
         [("Delår 2025", "In progress", "No", "Vårterminen klar utan avvikelser, höstterminen pågår.",
           "2025-09-11")],
         "DELVIS", "nej"),
        ("Barn- och utbildningsförvaltningen", bun, "Ekonomi", "Avgifter för fritidshem debiteras korrekt",
         "Avstämning placeringar mot debitering", "Administratör",
         [("Delår 2025", "Not started", "", "", "2025-09-02")],
         "EJ_GENOMFORD", ""),
        ("Barn- och utbildningsförvaltningen", bun, "IT",
         "Inventarieförteckningen över elevdatorer är uppdaterad", "Inventering", "IT-samordnare",
         [("Delår 2025", "Completed", "Yes",
           "Inventering klar.\n34 datorer saknades i förteckningen och har lagts till.", "2025-08-27")],
         "GENOMFORD", "ja"),
        ("Barn- och utbildningsförvaltningen", bun, "Personal",
         "Utdrag ur belastningsregistret begärs vid nyanställning i förskola och skola",
         "Stickprov 15 nyanställda", "HR-specialist",
         [("Delår 2025", "Completed", "No", "", "2025-09-04")],
         "GENOMFORD", "nej"),
    ]
    with open(path(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, reg, proc, ctl, meth, resp, periods, st, av in data:
            for per, s, dev, com, dt in periods:
                w.writerow([org, proc, ctl, meth, resp, per, s, dev, com, dt])
    FILES.append((fil, "INLAST", von, "2025", "DELAR"))
    FILES.append((fil, "INLAST", bun, "2025", "DELAR"))
    for org, reg, proc, ctl, meth, resp, periods, st, av in data:
        exp(fil, reg, ctl, st, av)


# ---------------------------------------------------------------------------
# 6. ODS with controls and sub-controls 1.1, 1.2; helår 2024 beside delår 2025
# ---------------------------------------------------------------------------
def f6_ks():
    fil = "KS internkontroll uppföljning delår 2025.ods"
    nm = "Kommunstyrelsen"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#DDEBF7", border="0.5pt solid #000000",
                                        wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(head)
    grp = Style(name="grp", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold"))
    grp.addElement(TableCellProperties(backgroundcolor="#F2F2F2", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(grp)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(body)
    colstyles = []
    for i, w in enumerate(["1.2cm", "7.5cm", "4.5cm", "3.5cm", "3.5cm", "3.5cm", "7.5cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Uppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def cell(text, style=None, span=1):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        if text is None or text == "":
            return TableCell(**kw)
        kw["valuetype"] = "string"
        c = TableCell(**kw)
        for line in str(text).split("\n"):
            c.addElement(P(text=line))
        return c

    def row(cells):
        tr = TableRow()
        for c in cells:
            if isinstance(c, tuple):
                tr.addElement(cell(c[0], c[1], c[2]))
                for _ in range(c[2] - 1):
                    tr.addElement(CoveredTableCell())
            else:
                tr.addElement(c)
        t.addElement(tr)

    row([cell("Kommunstyrelsen", title)])
    row([cell("Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti")])
    row([cell("Kommunledningsförvaltningen, ekonomiavdelningen")])
    row([cell("")])
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall helår 2024", "Status delår 2025",
           "Kommentar delår 2025"]
    row([cell(h, head) for h in hdr])

    items = [
        ("G", "1", "Leverantörsfakturor"),
        ("C", "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Ekonomichef", "Genomförd", "Genomförd", "30 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "1.2", "Ändring av bankuppgifter i leverantörsregistret verifieras", "Kontroll av samtliga ändringar",
         "Redovisningsekonom", "Genomförd med avvikelse", "Genomförd",
         "14 ändringar, samtliga verifierade via känd kontaktväg.", "GENOMFORD", "nej"),
        ("C", "1.3", "Dubbelbetalningar till leverantörer", "Körning av dubblettrapport", "Redovisningsekonom",
         "Genomförd", "Pågår", "Rapport körd för januari–juni, juli–augusti återstår.", "DELVIS", ""),
        ("G", "2", "Upphandling och avtal"),
        ("C", "2.1", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna", "Stickprov 10 st",
         "Upphandlare", "Ej genomförd", "Genomförd med avvikelse",
         "3 av 10 direktupphandlingar saknade dokumentation. Utbildning för beställare planeras.",
         "GENOMFORD", "ja"),
        ("C", "2.2", "Avtalstrohet vid inköp av kontorsmaterial", "Analys av leverantörsreskontra", "Upphandlare",
         "Genomförd", "Ej påbörjad", "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("C", "3", "Delegationsbeslut anmäls till kommunstyrelsen", "Kontroll mot delegationsordningen",
         "Kommunsekreterare", "Genomförd", "Genomförd", None, "GENOMFORD", "nej"),
        ("G", "4", "Personal och lön"),
        ("C", "4.1", "Nyanställda registreras korrekt i lönesystemet", "Stickprov 15 anställningar", "HR-chef",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "4.2", "Bisysslor redovisas av chefer", "Enkät till samtliga chefer", "HR-chef",
         "Ej aktuell 2024", None, None, "SAKNAS", ""),
        ("C", "4.3", "Arbetsmiljöronder genomförs enligt plan", "Kontroll av protokoll", "HR-chef",
         "Genomförd", "Utgår",
         "Ersätts av ny modell för systematiskt arbetsmiljöarbete enligt KS beslut 2025-03-11 § 34.",
         "UTGAR", ""),
        ("G", "5", "Informationssäkerhet"),
        ("C", "5.1", "Behörigheter i ekonomisystemet ses över", "Genomgång av behörighetslista", "IT-chef",
         "Genomförd", "Pågår", "Översyn påbörjad, klar i september.", "DELVIS", ""),
        ("C", "5.2", "Säkerhetsincidenter rapporteras enligt rutin", "Genomgång av incidentregistret",
         "Informationssäkerhetssamordnare", None, "Genomförd",
         "Två incidenter under perioden; rutinen följdes i båda fallen.", "GENOMFORD", "nej"),
    ]
    for it in items:
        if it[0] == "G":
            row([cell(it[1], grp), (it[2], grp, 6)])
        else:
            row([cell(v, body) for v in it[1:8]])
            exp(fil, nm, it[2], it[8], it[9])
    row([cell("")])
    row([(("Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår"), None, 7)])
    row([cell("Beslutad av kommunstyrelsen 2024-12-10 § 187. Uppföljningen sammanställd 2025-09-12.")])
    doc.spreadsheet.addElement(t)
    doc.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Text-only Word (.doc) from a small nämnd, numbered headings per control
# ---------------------------------------------------------------------------
def f7_kfn(tmp):
    fil = "KFN uppföljning internkontroll aug 2025.doc"
    nm = "Kultur- och fritidsnämnden"
    doc = Document()
    fix_docx_props(doc, "Maria Nilsson")
    p = doc.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Uppföljning av intern kontroll, januari–augusti 2025").runs[0].bold = True
    doc.add_paragraph(
        "Nämnden beslutade den 11 december 2024 om fyra kontrollmoment för 2025. Nedan redovisas utfallet per "
        "den 31 augusti. Kontrollerna har genomförts av kultur- och fritidsavdelningens administratör och "
        "kultur- och fritidschefen.")
    items = [
        ("Bidrag till föreningar betalas ut enligt gällande bidragsregler",
         "Samtliga 23 ansökningar om aktivitetsbidrag för vårterminen har kontrollerats mot närvarokorten. "
         "Två föreningar hade redovisat fler deltagartillfällen än närvarokorten visade; bidragen har justerats "
         "och föreningarna har informerats. Kontrollen är genomförd.", "GENOMFORD", "ja"),
        ("Kontanthantering i simhallen och på biblioteket",
         "Kassaavstämningar har gjorts vid oannonserade tillfällen i mars och juni. Inga differenser "
         "noterades.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras",
         "Kontrollen är inte påbörjad. Den flyttas till hösten eftersom bokningssystemet byts i september.",
         "EJ_GENOMFORD", ""),
        ("Inventarier på fritidsgårdarna finns förtecknade",
         "Inventering är gjord på fritidsgården i Vansbro. Äppelbo och Dala-Järna återstår och inventeras "
         "under oktober–november.", "DELVIS", ""),
    ]
    for head, text, st, av in items:
        hp = doc.add_paragraph(head, style="List Number")
        for run in hp.runs:
            run.bold = True
        doc.add_paragraph(text)
        exp(fil, nm, head, st, av)
    doc.add_paragraph()
    doc.add_paragraph("Vansbro 2025-09-08")
    doc.add_paragraph("Maria Nilsson\nKultur- och fritidschef")
    src = os.path.join(tmp, "KFN uppföljning internkontroll aug 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, fil), path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) from the förbund
# ---------------------------------------------------------------------------
def f8_missiv():
    fil = "Missiv delårsrapport 2025 Västerdala RTJF.docx"
    doc = Document()
    fix_docx_props(doc, "Anna Mattsson")
    doc.sections[0].header.paragraphs[0].text = "Västerdala räddningstjänstförbund"
    doc.add_paragraph("MISSIV").runs[0].bold = True
    doc.add_paragraph("Datum: 2025-09-26\nDnr VRF 2025/0112")
    doc.add_paragraph("Till\nKommunfullmäktige i Vansbro kommun\nKommunfullmäktige i Malung-Sälens kommun")
    doc.add_heading("Delårsrapport januari–augusti 2025 för Västerdala räddningstjänstförbund", level=2)
    doc.add_paragraph(
        "Direktionen för Västerdala räddningstjänstförbund beslutade den 25 september 2025, § 31, att godkänna "
        "förbundets delårsrapport för perioden januari–augusti 2025 och att överlämna den till "
        "medlemskommunerna.")
    doc.add_paragraph(
        "Delårsrapporten innehåller förvaltningsberättelse, resultaträkning, balansräkning och prognos för "
        "helåret. Uppföljningen av förbundets internkontrollplan redovisas i bilaga 3, som skickas som separat "
        "fil. Förbundet prognostiserar ett överskott på 0,4 mnkr för 2025.")
    doc.add_paragraph("Bilagor:\n1. Delårsrapport januari–augusti 2025\n2. Revisorernas bedömning\n"
                      "3. Uppföljning av intern kontroll")
    doc.add_paragraph("Med vänlig hälsning\n\nAnna Mattsson\nFörbundsdirektör")
    doc.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 9. E-mail (.eml): bolag writes its follow-up in the mail body, quoted request below
# ---------------------------------------------------------------------------
def f9_eml():
    fil = "SV Uppföljning intern kontroll delår 2025 - Vansbro Energi AB.eml"
    nm = "Vansbro Energi AB"
    items = [
        ("Avläsning av el- och fjärrvärmemätare stäms av mot fakturerad förbrukning",
         "Status: Genomförd. Avstämning gjord för januari–juni, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kundbyten och nya kunder registreras korrekt i kundsystemet",
         "Status: Genomförd med avvikelse. 3 av 40 kontrollerade kundbyten hade fel startdatum, "
         "fakturorna är korrigerade.", "GENOMFORD", "ja"),
        ("Återläsning av säkerhetskopior för driftsystemet (SCADA) testas",
         "Status: Ej genomförd, testet är planerat till vecka 43.", "EJ_GENOMFORD", ""),
    ]
    intro = ("Hej Eva!\n\n"
             "Här kommer Vansbro Energis uppföljning av internkontrollplanen per 31 augusti. Vi har ingen "
             "särskild mall för det här, så jag skriver direkt i mejlet. Hör av dig om du behöver något mer.\n\n")
    body = intro
    for i, (k, s, _, _) in enumerate(items, 1):
        body += "%d. %s\n%s\n\n" % (i, k, s)
    sign = ("Med vänlig hälsning\n\nJohan Persson\nEkonomichef\nVansbro Energi AB\n0281-123 45\n\n")
    quoted = ("-----Ursprungligt meddelande-----\n"
              "Från: Eva Berg <eva.berg@vansbro.se>\n"
              "Skickat: den 18 augusti 2025 10:12\n"
              "Till: Johan Persson <johan.persson@vansbroenergi.se>\n"
              "Ämne: Uppföljning intern kontroll delår 2025 - Vansbro Energi AB\n\n"
              "Hej!\n\n"
              "Påminner om att uppföljningen av bolagets internkontrollplan för delåret (januari–augusti) ska "
              "lämnas till ekonomiavdelningen senast den 5 september. Ange för varje kontrollmoment om det är "
              "genomfört, pågår eller inte är påbörjat, och om några avvikelser har upptäckts.\n\n"
              "Hälsningar\nEva Berg\nEkonomichef, Vansbro kommun\n")
    text = body + sign + quoted
    html = "<html><body style=\"font-family:Calibri,sans-serif\">"
    html += "<p>" + intro.strip().replace("\n\n", "</p><p>") + "</p>"
    html += "<ol>"
    for k, s, _, _ in items:
        html += "<li><b>%s</b><br>%s</li>" % (k, s)
    html += "</ol>"
    html += "<p>Med vänlig hälsning</p><p>Johan Persson<br>Ekonomichef<br>Vansbro Energi AB<br>0281-123 45</p>"
    html += "<hr><div style=\"color:#555\">" + quoted.replace("\n", "<br>") + "</div></body></html>"

    msg = EmailMessage()
    msg["From"] = "Johan Persson <johan.persson@vansbroenergi.se>"
    msg["To"] = "Eva Berg <eva.berg@vansbro.se>"
    msg["Subject"] = "SV: Uppföljning intern kontroll delår 2025 - Vansbro Energi AB"
    msg["Date"] = format_datetime(datetime.datetime(2025, 9, 4, 15, 37, 0,
                                                    tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
    msg["Message-ID"] = "<20250904153700.4711@vansbroenergi.se>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    with open(path(fil), "wb") as f:
        f.write(bytes(msg))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    for k, _, st, av in items:
        exp(fil, nm, k, st, av)


def registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Vård- och omsorgsnämnden", "VON|Socialförvaltningen|Vård och omsorg"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsavdelningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Västerdala räddningstjänstförbund", "VRF|RTJF|Räddningstjänsten Västerdala|Räddningstjänsten"),
        ("Vansbrohem AB", "Vansbrohem|Bostadsbolaget"),
        ("Vansbro Energi AB", "Vansbro Energi|VEAB"),
    ]
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write("%s;%s\n" % (n, a))
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r513_")
    try:
        f1_forbund()
        f2_bolag()
        f3_ofn()
        f4_mbn()
        f5_csv()
        f6_ks()
        f7_kfn(tmp)
        f8_missiv()
        f9_eml()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(set(r[0] for r in FILES)), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
