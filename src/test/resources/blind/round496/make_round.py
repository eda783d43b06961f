#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r496 – Sala kommun, T2 2025: an inbox of symbols.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round496"
FIXED = dt.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BIN = "Bildningsnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
TN = "Tekniska nämnden"
OFN = "Överförmyndarnämnden"
RSH = "Räddningstjänsten Sala-Heby"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top")


def out(name):
    return os.path.join(HERE, name)


def fix_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – X under Genomförd | Delvis | Ej genomförd
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Uppföljning internkontrollplan T2 2025.xlsx"
    wb = Workbook()
    fix_props_xlsx(wb, "Anna Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Sala kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Tertial 2 (januari–augusti 2025)"
    ws["A4"] = ("Instruktion: Markera med X i den kolumn som stämmer för perioden. "
                "Delvis och Ej genomförd ska alltid kommenteras.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:G4")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")

    # (process heading or None, kontrollmoment, ansvarig, G, D, E, kommentar, status, avvikelse)
    rows = [
        ("Ekonomi och upphandling",),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "X", "", "", "Stickprov 40 fakturor maj–juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef",
         "", "X", "", "Granskat 12 av 20 planerade. Två upphandlingar saknade dokumentation, återkopplat till berörda chefer.",
         "DELVIS", "ja"),
        ("Ekonomi", "Representation och förtroendekänsliga poster – kontroll mot riktlinje", "Kanslichef",
         "X", "", "", "Genomförd. I 3 av 25 fall saknades deltagarförteckning.", "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet vid inköp av kontorsmaterial", "Upphandlingschef",
         "", "", "X", "Ej genomförd p.g.a. vakans. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Personal",),
        ("Lön", "Löneutbetalningar – nyanställdas lön kontrolleras mot anställningsavtal", "HR-chef",
         "x", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("HR", "Kontroll av att bisysslor redovisas och prövas årligen", "HR-chef",
         "X", "X", "", "", "OKLAR", ""),
        ("IT och informationssäkerhet",),
        ("IT", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "IT-chef",
         "", "", "", "", "SAKNAS", ""),
        ("IT", "Kontroll av att avslutade medarbetares konton stängs inom 5 arbetsdagar", "IT-chef",
         "", "", "", "Kontrollen gjordes i juni. 4 konton hade stängts för sent, detta är nu åtgärdat.",
         "GENOMFORD", "ja"),
        ("Dokumenthantering", "Inkommande handlingar diarieförs enligt dokumenthanteringsplanen", "Kanslichef",
         "", "", "X ", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Övergripande",),
        ("Delegation", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Kanslichef",
         "X", "", "", "Stickprov mars och juni, ok.", "GENOMFORD", "nej"),
        ("Intern kontroll", "Uppföljning av åtgärder efter avvikelser i internkontrollen 2024", "Ekonomichef",
         "", "", "", "Utgår – hanteras i årsredovisningen enligt beslut KS 2025-03-04 § 41.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        proc, km, ans, g, d, e, kom, st, av = row
        vals = [proc, km, ans, g, d, e, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = CENTER if c in (4, 5, 6) else WRAP
        EXPECTED.append((fil, KS, km, st, av))
        r += 1
    # totals row – not a control
    ws.cell(row=r, column=1, value="Summa markeringar").font = Font(bold=True)
    ws.cell(row=r, column=4, value="=COUNTIF(D7:D%d,\"?*\")" % (r - 1))
    ws.cell(row=r, column=5, value="=COUNTIF(E7:E%d,\"?*\")" % (r - 1))
    ws.cell(row=r, column=6, value="=COUNTIF(F7:F%d,\"?*\")" % (r - 1))
    for c in range(1, 8):
        ws.cell(row=r, column=c).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Anna Lindqvist, ekonomichef, 2025-09-15")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-30")
    for col, w in zip("ABCDEFG", (18, 52, 16, 11, 9, 13, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Bildningsnämnden – ✔ ⚠ ◐ ✘ – per tertial, legend on another sheet
# ---------------------------------------------------------------------------
def file_bin():
    fil = "Bildningsnämnden IK T2 2025.xlsx"
    wb = Workbook()
    fix_props_xlsx(wb, "Bildningsförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Bildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 2, rapporterad 2025-09-18. Symbolförklaring finns på fliken Teckenförklaring."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Frekvens", "T1", "T2", "T3", "Kommentar T2"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
         "Tertial", "✔", "✔", "", "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Skolskjutsfakturor stäms av mot avtal och körlistor", "Avstämning mot körlistor",
         "Tertial", "✔", "⚠", "", "Tomkörning debiterades felaktigt i juni, kreditfaktura begärd.", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Interkommunala ersättningar faktureras och betalas korrekt",
         "Avstämning elevregister mot fakturor", "Halvår", "✘", "◐", "",
         "Avstämning för vårterminen 2025 klar, hösten påbörjas i oktober.", "DELVIS", ""),
        ("2.1", "Trygghet och studiero", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Stickprov i ärendesystemet", "Tertial", "✔", "✔", "", "12 av 12 anmälningar gjorda inom 24 timmar.",
         "GENOMFORD", "nej"),
        ("2.2", "Trygghet och studiero", "Registerkontroll vid anställning i förskola och skola",
         "Stickprov nyanställda", "Tertial", "⚠", "✔", "", "Samtliga 18 nyanställda i augusti har visat utdrag.",
         "GENOMFORD", "nej"),
        ("2.3", "Trygghet och studiero", "Orosanmälningar till socialtjänsten görs enligt rutin",
         "Intervju med rektorer", "Helår", "", "", "", "Genomförs i november enligt plan.", "EJ_GENOMFORD", ""),
        ("3.1", "Utbildning", "Betyg registreras i IST inom fastställd tid", "Avstämning i elevregistret",
         "Termin", "✔", "", "", "", "GENOMFORD", "nej"),
        ("3.2", "Utbildning", "Elever med hög frånvaro har en dokumenterad åtgärdsplan", "Stickprov 30 elever",
         "Tertial", "◐", "◐", "", "Åtgärdsplan saknas för 7 av 30 elever.", "DELVIS", "ja"),
        ("4.1", "Lokaler och säkerhet",
         "Systematiskt brandskyddsarbete – egenkontroller genomförs på samtliga skolenheter",
         "Insamling av checklistor", "Tertial", "✔", "✘", "", "Inga checklistor inlämnade under perioden.",
         "EJ_GENOMFORD", ""),
        ("4.2", "Personal", "Lärarlegitimation kontrolleras vid tillsvidareanställning", "Stickprov",
         "Helår", "–", "–", "", "Utgår, ingår i HR:s kontroll under kommunstyrelsen.", "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="top") if c in (6, 7, 8) else WRAP
            if c in (6, 7, 8):
                cell.font = Font(size=13)
        EXPECTED.append((fil, BIN, row[2], row[9], row[10]))
        r += 1
    for col, w in zip("ABCDEFGHI", (5, 20, 50, 28, 9, 6, 6, 6, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring status"
    lg["A1"].font = Font(bold=True, size=12)
    legend = [("Symbol", "Betydelse"),
              ("✔", "Genomförd utan avvikelse"),
              ("⚠", "Genomförd – avvikelse noterad, se kommentar"),
              ("◐", "Påbörjad / delvis genomförd"),
              ("✘", "Ej genomförd"),
              ("–", "Utgår"),
              ("(tom)", "Inte rapporterad för perioden")]
    for i, (a, b) in enumerate(legend, 3):
        lg.cell(row=i, column=1, value=a).alignment = Alignment(horizontal="center")
        lg.cell(row=i, column=2, value=b)
        if i == 3:
            lg.cell(row=i, column=1).font = Font(bold=True)
            lg.cell(row=i, column=2).font = Font(bold=True)
    lg.column_dimensions["A"].width = 10
    lg.column_dimensions["B"].width = 48
    wb.save(out(fil))
    FILES.append((fil, "INLAST", BIN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsförvaltningen – Word table with ● ◐ ○ ✕
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_von():
    fil = "Uppföljning IK tertial 2 2025 VOF.docx"
    doc = Document()
    fix_props_docx(doc, "Vård- och omsorgsförvaltningen")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "SALA KOMMUN\tVård- och omsorgsförvaltningen\tDnr VON 2025/112"
    doc.add_paragraph("Vård- och omsorgsförvaltningen").runs[0].bold = True
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Nedan redovisas utfallet av "
        "kontrollerna för perioden januari–augusti. Förvaltningens samlade bedömning är att den interna "
        "kontrollen i huvudsak fungerar, men att dokumentationen av genomförandeplaner behöver förbättras.")
    sections = [
        ("Myndighetsutövning", [
            ("Handläggning", "Beslut om bistånd enligt SoL fattas enligt delegationsordningen",
             "Stickprov 15 beslut", "●", "Samtliga beslut fattade av rätt delegat.", "GENOMFORD", "nej"),
            ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
             "Stickprov i verksamhetssystemet", "◐",
             "Kontroll gjord i hemtjänsten, särskilt boende återstår. I hemtjänsten saknades plan i 4 av 20 ärenden.",
             "DELVIS", "ja"),
            ("Avgifter", "Avgiftsbeslut – kontroll av att inkomstuppgifter är uppdaterade",
             "Stickprov 25 avgiftsbeslut", "●", "Genomförd. 2 felaktiga avgifter har rättats.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Fakturering", "Fakturering av hemtjänstinsatser stämmer mot utförd tid",
             "Avstämning mot planeringssystem", "○", "Ej påbörjad, avvaktar nytt planeringssystem.",
             "EJ_GENOMFORD", ""),
            ("Brukarmedel", "Hantering av brukares privata medel på särskilt boende",
             "Kvittogranskning", "●", "Kvittoredovisning kontrollerad på 6 enheter, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Attest", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             "", "Se bilaga 2.", "OKLAR", ""),
        ]),
        ("Hälso- och sjukvård samt personal", [
            ("Avvikelser", "Rapporter enligt lex Sarah utreds inom fastställd tid",
             "Genomgång av samtliga rapporter", "●", "Utredningstiden överskreds i 1 av 5 ärenden.",
             "GENOMFORD", "ja"),
            ("Läkemedel", "Läkemedelshantering – kontroll av signeringslistor", "Egenkontroll på enheterna",
             "◐", "Genomförd på 4 av 9 enheter.", "DELVIS", ""),
            ("Bemanning", "Bemanningsföretag anlitas enligt gällande avtal", "Fakturagranskning",
             "✕", "Utgår – ingår i kommunövergripande kontroll under KS.", "UTGAR", ""),
            ("Introduktion", "Introduktion av nyanställda och sommarvikarier sker enligt checklista",
             "Enkät till enhetschefer", "", "", "SAKNAS", ""),
        ]),
    ]
    n_rows = 1 + sum(1 + len(s[1]) for s in sections)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    hdr = ["Process/rutin", "Kontrollmoment", "Genomförande", "Status", "Resultat/kommentar"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9D9D9")
    r = 1
    for title, ctrls in sections:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[4])
        m.text = title
        m.paragraphs[0].runs[0].bold = True
        set_cell_bg(m, "EDEDED")
        r += 1
        for proc, km, gen, sym, kom, st, av in ctrls:
            cells = t.rows[r].cells
            cells[0].text = proc
            cells[1].text = km
            cells[2].text = gen
            cells[3].text = sym
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if sym:
                cells[3].paragraphs[0].runs[0].font.size = Pt(14)
            cells[4].text = kom
            EXPECTED.append((fil, VON, km, st, av))
            r += 1
    widths = (Cm(3), Cm(5.5), Cm(3.2), Cm(1.5), Cm(5.8))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = doc.add_paragraph()
    p.add_run("Förklaring status: ").bold = True
    p.add_run("● Genomförd   ◐ Delvis genomförd/pågår   ○ Ej påbörjad   ✕ Utgår")
    doc.add_paragraph("Bilaga 2: Attestkontroll, sammanställning (lämnas separat).")
    doc.add_paragraph("Sala 2025-09-16")
    doc.add_paragraph("Maria Ek\nFörvaltningschef")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. KFN – coloured emoji, nämnd only in file name + print header
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "IK-uppföljning KFN 2025.xlsx"
    wb = Workbook()
    fix_props_xlsx(wb, "Kultur och fritid")
    ws = wb.active
    ws.title = "T2 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden – internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll – tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status:  🟢 Genomförd   🟡 Pågår / delvis   🔴 Ej genomförd eller allvarlig avvikelse   ⚪ Ej aktuell"
    ws["A2"].font = Font(size=10)
    ws["A3"] = "Uppdaterad 2025-09-12"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Status", "Avvikelse?", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("Kassahantering", "Dagskassor i simhallen och på biblioteken stäms av dagligen", "Enhetschef bad",
         "🟢", "Nej", "Stickprov 10 dagar, ok.", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent",
         "🟢", "Ja", "En förening fick dubbelt aktivitetsstöd, återkrav skickat.", "GENOMFORD", "ja"),
        ("Bidrag", "Redovisningar från föreningar som fått projektbidrag granskas", "Föreningskonsulent",
         "🟡", "Nej", "Hälften av redovisningarna granskade.", "DELVIS", "nej"),
        ("Uthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         "🔴", "", "Inte hunnit, görs under T3.", "EJ_GENOMFORD", ""),
        ("Inventarier", "Inventering av kommunens konstsamling", "Kulturchef",
         "⚪", "", "Görs vartannat år, nästa gång 2026.", "UTGAR", ""),
        ("Personal", "Registerkontroll av ledare på fritidsgårdarna", "Fritidsgårdschef",
         "🔴", "Ja", "Genomförd – 2 av 14 ledare saknade giltigt utdrag ur belastningsregistret.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Behörigheter i bibliotekssystemet stäms av mot personallista", "Bibliotekschef",
         "🟡", "", "", "DELVIS", ""),
        ("Inköp", "Avtalstrohet vid inköp av medier och böcker", "Bibliotekschef",
         "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = CENTER if c in (4, 5) else WRAP
        EXPECTED.append((fil, KFN, row[1], row[6], row[7]))
        r += 1
    for col, w in zip("ABCDEF", (20, 52, 18, 8, 11, 55)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "5:5"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. MBN – letters G/D/E/U per tertial, key in a footnote; built as xlsx -> .ods
# ---------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN IK-uppföljning 2025.ods"
    src = os.path.join(tmp, "MBN IK-uppföljning 2025.xlsx")
    wb = Workbook()
    fix_props_xlsx(wb, "Samhällsbyggnadskontoret")
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True)
    # two header rows: "Status¹" over T1..T3
    h1 = ["Nr", "Kontrollmoment", "Risk (1–16)", "Ansvarig", "Status¹", None, None, "Kommentar T2"]
    h2 = [None, None, None, None, "T1", "T2", "T3", None]
    for c, h in enumerate(h1, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    for c, h in enumerate(h2, 1):
        if h:
            ws.cell(row=5, column=c, value=h).font = Font(bold=True)
    ws.merge_cells("E4:G4")
    for col in "ABCDH":
        ws.merge_cells("%s4:%s5" % (col, col))
    for rr in (4, 5):
        for c in range(1, 9):
            ws.cell(row=rr, column=c).border = BOX
            ws.cell(row=rr, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(row=rr, column=c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("1", "Handläggningstid för bygglov följer plan- och bygglagen (10 veckor)", 12, "Bygglovschef",
         "D", "G", "", "Samtliga 48 ärenden maj–augusti avgjorda inom tid.", "GENOMFORD", "nej"),
        ("2", "Tillsynsavgifter inom miljöområdet debiteras enligt taxa", 9, "Miljöchef",
         "G", "G", "", "Ok.", "GENOMFORD", "nej"),
        ("3", "Delegationsbeslut anmäls till nämnden", 8, "Nämndsekreterare",
         "G", "E", "", "Kontrollen ej utförd under perioden.", "EJ_GENOMFORD", ""),
        ("4", "Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplan", 12, "Miljöchef",
         "D", "D", "", "62 % av årets planerade kontroller utförda per 31/8.", "DELVIS", ""),
        ("5", "Inkommande ärenden diarieförs inom två arbetsdagar", 6, "Nämndsekreterare",
         "E", "", "", "Kontrollen utförd i juli – 3 av 40 ärenden diarieförda för sent.", "GENOMFORD", "ja"),
        ("6", "Beslut om strandskyddsdispens följer praxis och länsstyrelsens vägledning", 8, "Bygglovschef",
         "U", "U", "", "Utgår enligt beslut MBN 2025-04-10 § 52.", "UTGAR", ""),
        ("7", "Bygglovsavgifter faktureras i samband med beslut", 9, "Administratör",
         "E", "D", "", "Rutin införd i juni. Kontroll juni–augusti visar att 5 av 31 fakturor skickades för sent.",
         "DELVIS", "ja"),
        ("8", "Jävssituationer dokumenteras vid handläggning", 6, "Miljöchef",
         "", "", "", "", "SAKNAS", ""),
        ("9", "Synpunkter och klagomål från allmänheten besvaras inom 10 arbetsdagar", 4, "Nämndsekreterare",
         "G", "G", "", "Alla 17 synpunkter besvarade inom tid.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="top") if c in (1, 3, 5, 6, 7) else WRAP
        EXPECTED.append((fil, MBN, row[1], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="¹) G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår. "
                                   "Tomt fält = ingen rapportering för perioden.").font = Font(size=8, italic=True)
    ws.cell(row=r + 1, column=1, value="Risk = sannolikhet × konsekvens enligt kommunens riskmatris.").font = \
        Font(size=8, italic=True)
    for col, w in zip("ABCDEFGH", (5, 55, 10, 18, 6, 6, 6, 55)):
        ws.column_dimensions[col].width = w
    wb.save(src)
    soffice_convert(src, "ods", HERE)
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Räddningstjänsten Sala-Heby – Word form with ☒/☐ check boxes, saved as .doc
# ---------------------------------------------------------------------------
def file_rsh(tmp):
    fil = "Räddningstjänsten Sala-Heby IK T2 2025.doc"
    src = os.path.join(tmp, "Räddningstjänsten Sala-Heby IK T2 2025.docx")
    doc = Document()
    fix_props_docx(doc, "Räddningstjänsten Sala-Heby")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = doc.add_paragraph()
    p.add_run("Räddningstjänsten Sala-Heby kommunalförbund").bold = True
    doc.add_heading("Uppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Period:   ☐ Tertial 1     ☒ Tertial 2     ☐ Helår")
    doc.add_paragraph("Till: Direktionen för Räddningstjänsten Sala-Heby, sammanträde 2025-10-02")
    ctrls = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplanen", "☒", "☐", "☐", "☒",
         "Tillsynsplanen följs, 28 tillsyner utförda jan–aug.", "GENOMFORD", "nej"),
        ("Avgifter för tillsyn och tillstånd enligt LBE debiteras", "☒", "☐", "☒", "☐",
         "2 tillstånd hade inte fakturerats, åtgärdat i augusti.", "GENOMFORD", "ja"),
        ("Utryckningsfordon har giltig besiktning och service", "☒", "☐", "☐", "☒",
         "", "GENOMFORD", "nej"),
        ("Övningar för deltidsbrandmän genomförs enligt övningsplan", "☐", "☒", "☐", "☐",
         "Sommarens övningar ställdes in på grund av eldningsförbud och hög belastning.", "EJ_GENOMFORD", ""),
        ("Andningsskyddsutrustning kontrolleras och provas enligt AFS", "☐", "☐", "☐", "☐",
         "Provning på Sala station klar, Heby station kvarstår (september).", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "☒", "☐", "☐", "☒",
         "Stickprov 15 fakturor.", "GENOMFORD", "nej"),
        ("Loggkontroll i ärendehanteringssystemet", "☐", "☐", "☐", "☐",
         "", "SAKNAS", ""),
        ("Olyckor och tillbud i egen personal följs upp", "☐", "☒", "☐", "☐",
         "Utgår – hanteras inom det systematiska arbetsmiljöarbetet enligt direktionsbeslut 2025-05-22 § 18.",
         "UTGAR", ""),
    ]
    t = doc.add_table(rows=2 + len(ctrls), cols=6)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "Kontrollmoment"
    g = t.cell(0, 1).merge(t.cell(0, 2))
    g.text = "Genomförd"
    av = t.cell(0, 3).merge(t.cell(0, 4))
    av.text = "Avvikelse"
    k = t.cell(0, 5).merge(t.cell(1, 5))
    k.text = "Kommentar/åtgärd"
    for i, h in zip((1, 2, 3, 4), ("Ja", "Nej", "Ja", "Nej")):
        t.cell(1, i).text = h
    for rr in (0, 1):
        for c in t.rows[rr].cells:
            for para in c.paragraphs:
                for run in para.runs:
                    run.bold = True
            set_cell_bg(c, "F2DCDB")
    for i, (km, gj, gn, aj, an, kom, st, avv) in enumerate(ctrls, 2):
        cells = t.rows[i].cells
        cells[0].text = km
        for j, v in zip((1, 2, 3, 4), (gj, gn, aj, an)):
            cells[j].text = v
            cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[5].text = kom
        EXPECTED.append((fil, RSH, km, st, avv))
    widths = (Cm(6), Cm(1.3), Cm(1.3), Cm(1.3), Cm(1.3), Cm(6.5))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Kontrollerna har sammanställts av förbundets administrativa chef.")
    doc.add_paragraph("Sala 2025-09-19\nPer Andersson, räddningschef")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", HERE)
    FILES.append((fil, "INLAST", RSH, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Stratsys-like CSV export – two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def file_export():
    fil = "Export_Stratsys_IK_2025-09-22.csv"
    head = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
            "Avvikelse", "Kommentar"]
    plan = "Internkontrollplan 2025"
    # (org, område, km, ansvarig, (T1 status, T1 avv, T1 kom), (T2 status, T2 avv, T2 kom), exp status, exp avv)
    data = [
        ("Tekniska nämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("✓ Genomförd", "Nej", "Stickprov 20 fakturor."),
         ("✓ Genomförd", "Nej", "Stickprov 30 fakturor, inga avvikelser."), "GENOMFORD", "nej"),
        ("Tekniska nämnden", "VA", "VA-taxa debiteras korrekt vid nyanslutning", "VA-chef",
         ("◔ Pågående", "", "Urval gjort."),
         ("✓ Genomförd", "Ja", "En anslutning felaktigt debiterad, rättad."), "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef",
         ("✗ Ej påbörjad", "", ""),
         ("◔ Pågående", "", "Besiktning klar för 14 av 23 lekplatser."), "DELVIS", ""),
        ("Tekniska nämnden", "Gata/park", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal",
         "Gatuchef", ("✓ Genomförd", "Nej", "Kontroll januari–mars, inga avvikelser."),
         ("", "", ""), "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Fordon", "Körjournaler förs för kommunens fordon", "Fordonsansvarig",
         ("", "", ""),
         ("✗ Ej genomförd", "", "Skjuts till T3."), "EJ_GENOMFORD", ""),
        ("Tekniska nämnden", "Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "Teknisk chef",
         ("◔ Pågående", "", ""),
         ("✓ Genomförd", "Ja", "Två direktupphandlingar över direktupphandlingsgränsen."), "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Arbetsmiljö", "Riskbedömning och TA-plan finns vid arbete på väg", "Gatuchef",
         ("", "", ""), ("", "", ""), "SAKNAS", ""),
        ("Överförmyndarnämnden", "Tillsyn", "Årsräkningar granskas inom fastställd tid", "Överförmyndarhandläggare",
         ("◔ Pågående", "", "Granskning pågår."),
         ("✓ Genomförd", "Nej", "Samtliga 412 årsräkningar granskade per 31/8."), "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Tillsyn",
         "Ställföreträdare har giltigt utdrag ur belastningsregistret", "Enhetschef",
         ("✓ Genomförd", "Nej", ""),
         ("✓ Genomförd", "Ja", "En ställföreträdare har entledigats."), "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Ekonomi", "Arvoden till ställföreträdare beräknas enligt riktlinje", "Enhetschef",
         ("", "", ""), ("◔ Pågående", "", ""), "DELVIS", ""),
        ("Överförmyndarnämnden", "Tillsyn", "Förteckningar inkommer inom två månader från förordnande",
         "Överförmyndarhandläggare",
         ("✗ Ej genomförd", "", ""), ("✗ Ej genomförd", "", "Ej genomförd p.g.a. personalbrist."),
         "EJ_GENOMFORD", ""),
        ("Överförmyndarnämnden", "IT", "Behörigheter i e-tjänsten för digital redovisning kontrolleras",
         "Enhetschef", ("⊘ Utgår", "", "Utgår, e-tjänsten driftsätts först 2026."),
         ("⊘ Utgår", "", ""), "UTGAR", ""),
    ]
    path = out(fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for org, omr, km, ans, t1, t2, st, avv in data:
            w.writerow([org, plan, omr, km, ans, "2025 T1", t1[0], t1[1], t1[2]])
            w.writerow([org, plan, omr, km, ans, "2025 T2", t2[0], t2[1], t2[2]])
            EXPECTED.append((fil, TN if org == "Tekniska nämnden" else OFN, km, st, avv))
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: a screenshot (PNG) renamed .xlsx
# ---------------------------------------------------------------------------
def file_picture():
    fil = "KS statusbild IK T2 2025.xlsx"
    img = Image.new("RGB", (640, 300), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 630, 40], fill=(31, 78, 121))
    d.text((20, 20), "Internkontroll T2 2025 - statusbild", fill="white")
    colours = [(0, 176, 80), (255, 192, 0), (192, 0, 0), (0, 176, 80), (0, 176, 80), (255, 192, 0)]
    for i, col in enumerate(colours):
        y = 55 + i * 38
        d.rectangle([20, y, 500, y + 30], outline=(128, 128, 128))
        d.text((30, y + 10), "Kontrollmoment %d" % (i + 1), fill="black")
        d.ellipse([540, y + 3, 564, y + 27], fill=col)
    img.save(out(fil), format="PNG")
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        (KS, "KS|Kommunstyrelsens förvaltning|KSF|Kommunledningsförvaltningen"),
        (BIN, "BIN|BN|Bildningsförvaltningen"),
        (VON, "VON|Vård- och omsorgsförvaltningen|VOF|Vård och omsorg"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        (MBN, "MBN|Miljö- och byggnadskontoret|Samhällsbyggnadskontoret"),
        (TN, "TN|Tekniska förvaltningen|Tekniska kontoret"),
        (OFN, "ÖFN|Överförmyndarnämnden Sala-Heby|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        (RSH, "Räddningstjänsten Sala-Heby kommunalförbund|RSH|Direktionen för Räddningstjänsten Sala-Heby"),
        ("Salabostäder AB", "Salabo|Salabostäder"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r496build-")
    try:
        file_ks()
        file_bin()
        file_von()
        file_kfn()
        file_mbn(tmp)
        file_rsh(tmp)
        file_export()
        file_picture()
        write_register()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
