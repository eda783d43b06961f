#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r574 – Uppvidinge kommun, uppföljning internkontrollplan helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
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

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def settext(cell, value):
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Uppvidinge kommun"
    wb.properties.lastModifiedBy = "Uppvidinge kommun"


def fix_doc(doc):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Uppvidinge kommun"
    cp.last_modified_by = "Uppvidinge kommun"
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden – Word, one table per process area
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = docx.Document()
    fix_doc(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "UPPVIDINGE KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/118"
    sec.footer.paragraphs[0].text = "Sida 1"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = doc.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (BUN § 12). "
        "Nedan redovisas utfallet av kontrollerna för helåret. Kontrollerna har utförts av "
        "förvaltningens controller och respektive rektor/förskolechef. I kolumnen Genomförd anges "
        "Ja, Nej eller Delvis.")

    sections = [
        ("1. Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ja",
             "Stickprov på 25 fakturor i oktober. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)", "Delvis",
             "Stickprov gjort för skolmåltider. Övriga verksamheter har inte granskats på grund av "
             "tidsbrist. I granskad del inga avvikelser.", "DELVIS", "nej"),
            ("Hantering av barnomsorgsavgifter – kontroll av inkomstuppgifter", "Ja",
             "Inkomstkontroll mot Skatteverket genomförd i maj. 14 hushåll hade för låg debitering, "
             "rättelse och efterdebitering gjord.", "GENOMFORD", "ja"),
        ]),
        ("2. Elevhälsa och skolplikt", [
            ("Uppföljning av elevers frånvaro och skolpliktsbevakning", "Ja",
             "Rutinen följs på samtliga skolor, inga avvikelser.", "GENOMFORD", "nej"),
            ("Anmälan till huvudman vid kränkande behandling inom föreskriven tid", "Nej",
             "Kontrollen har flyttats till 2026 på grund av byte av system för anmälningar.",
             "EJ_GENOMFORD", ""),
            ("Registerkontroll i belastningsregistret vid nyanställning", "",
             "Genomförd i september. Samtliga 22 nyanställda hade visat upp utdrag ur "
             "belastningsregistret, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("3. Informationssäkerhet", [
            ("Behörigheter i elevregistret tas bort när personal slutar", "Delvis",
             "Granskat för grundskolan, gymnasiet återstår. Fyra konton för personal som slutat var "
             "fortfarande aktiva – åtgärdat.", "DELVIS", "ja"),
            ("Hantering av sekretessmarkerade uppgifter i skolans lärplattform", "–",
             "Utgår enligt beslut BUN 2025-06-11 § 45, ersätts av kontroll i 2026 års plan.",
             "UTGAR", ""),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        hdr = t.rows[0].cells
        for c, txt in zip(hdr, ["Kontrollmoment", "Genomförd", "Kommentar"]):
            c.text = ""
            c.paragraphs[0].add_run(txt).bold = True
            set_cell_bg(c, "D9E2F3")
        for km, st, kom, exp, av in rows:
            r = t.add_row().cells
            r[0].text = km
            r[1].text = st
            r[2].text = kom
            EXPECTED.append((fil, nm, km, exp, av))
        for row in t.rows:
            row.cells[0].width = Cm(6.5)
            row.cells[1].width = Cm(2.2)
            row.cells[2].width = Cm(7.5)
        doc.add_paragraph("")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "De brister som upptäckts har åtgärdats eller kommer att följas upp i 2026 års plan.")
    doc.add_paragraph("Åseda 2026-01-20")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – Excel årsrapport, months jan–dec as columns with X
# ---------------------------------------------------------------------------
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def file_sn():
    fil = "Årsrapport internkontroll 2025 Socialnämnden.xlsx"
    nm = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Årsrapport 2025"
    ncol = 5 + 12 + 2
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    settext(ws.cell(1, 1), "Socialnämnden – Årsrapport intern kontroll 2025")
    ws.cell(1, 1).font = Font(size=14, bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    settext(ws.cell(2, 1), "Markera med X de månader kontrollen har utförts. Grå celler = ingen kontroll planerad den månaden. "
                           "Kontrollen räknas som genomförd när samtliga planerade månader är markerade.")
    ws.cell(2, 1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[2].height = 30
    settext(ws.cell(3, 1), "Socialförvaltningen, Åseda. Upprättad 2026-01-14 av kvalitetsstrateg.")
    ws.cell(3, 1).font = Font(italic=True, size=9)

    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens"] + MONTHS + ["Avvikelse (Ja/Nej)", "Kommentar"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i)
        settext(c, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER

    Q = ["mar", "jun", "sep", "dec"]
    rows = [
        ("1", "Myndighetsutövning ÄO", "Kontroll av att biståndsbeslut inom äldreomsorgen verkställs inom tre månader",
         "Enhetschef biståndsenheten", "Kvartalsvis", Q, Q, "Ja",
         "Två ej verkställda beslut i september, rapporterade till IVO.", "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Månadsvis", MONTHS, MONTHS, "Nej", "", "GENOMFORD", "nej"),
        ("3", "Ekonomi", "Utbetalning av försörjningsstöd – stickprov mot beslut",
         "Enhetschef IFO vuxen", "Månadsvis", MONTHS, MONTHS[:9], "Nej",
         "Oktober–december ej utförd p.g.a. vakant tjänst.", "DELVIS", "nej"),
        ("4", "Hälso- och sjukvård", "Läkemedelshantering på särskilda boenden – egenkontroll",
         "MAS", "Halvår", ["jun", "dec"], ["jun", "dec"], "Ja",
         "Brister i signeringslistor på Lindgården, handlingsplan upprättad.", "GENOMFORD", "ja"),
        ("5", "LSS", "Hantering av privata medel för brukare på gruppbostad",
         "Enhetschef LSS", "Kvartalsvis", Q, ["mar", "jun"], "Nej",
         "", "DELVIS", "nej"),
        ("6", "Kvalitet", "Registrering och uppföljning av lex Sarah-rapporter",
         "Kvalitetsstrateg", "Kvartalsvis", Q, Q, "Nej", "", "GENOMFORD", "nej"),
        ("7", "Upphandling", "Kontroll av att LOV-utförare uppfyller avtalskrav",
         "Avtalscontroller", "1 gång/år", ["okt"], [], "",
         "Ingen extern utförare under 2025 – kontrollen ej aktuell.", "UTGAR", ""),
        ("8", "Ekonomi", "Inkomstförfrågan vid avgiftsberäkning inom hemtjänst",
         "Avgiftshandläggare", "Halvår", ["apr", "okt"], [], "",
         "Ej genomförd, skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("9", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet för socialtjänsten",
         "Systemförvaltare", "Månadsvis", MONTHS, [m for m in MONTHS if m != "nov"], "Nej",
         "November missad p.g.a. systemuppgradering.", "DELVIS", "nej"),
        ("10", "Arbetsmiljö", "Tillbud och arbetsskador anmäls i KIA inom fastställd tid",
         "HR-konsult", "Kvartalsvis", Q, Q, "Nej", "", "GENOMFORD", "nej"),
    ]
    grey = PatternFill("solid", fgColor="BFBFBF")
    r = HR + 1
    for nr, proc, km, ans, frek, planned, done, avv, kom, exp, ea in rows:
        vals = [nr, proc, km, ans, frek]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i)
            settext(c, v)
            c.alignment = WRAP
            c.border = BORDER
        for j, m in enumerate(MONTHS):
            c = ws.cell(r, 6 + j)
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="top")
            if m not in planned:
                c.fill = grey
            if m in done:
                settext(c, "X")
        c = ws.cell(r, 18)
        settext(c, avv)
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="top")
        c = ws.cell(r, 19)
        settext(c, kom if kom else None)
        c.alignment = WRAP
        c.border = BORDER
        EXPECTED.append((fil, nm, km, exp, ea))
        r += 1
    # totals row
    settext(ws.cell(r, 3), "Antal utförda kontroller per månad")
    ws.cell(r, 3).font = Font(bold=True)
    for j, m in enumerate(MONTHS):
        n = sum(1 for row in rows if m in row[6])
        ws.cell(r, 6 + j).value = n
        ws.cell(r, 6 + j).font = Font(bold=True)
        ws.cell(r, 6 + j).alignment = Alignment(horizontal="center")
    r += 2
    settext(ws.cell(r, 1), "Rapporten behandlad i socialnämnden 2026-01-28.")

    widths = {1: 5, 2: 18, 3: 48, 4: 22, 5: 12, 18: 11, 19: 45}
    for i in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(i, 5)
    ws.freeze_panes = "D6"
    ws.print_title_rows = "5:5"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen – Excel with "T1: … T2: … T3: …" in one cell
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS internkontrollplan 2025 uppföljning T3.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    settext(ws["A1"], "Internkontrollplan 2025 – Kommunstyrelsen")
    ws["A1"].font = Font(size=14, bold=True)
    settext(ws["A2"], "Uppföljning tertial 3 / helår. Kommentar per tertial redovisas i kolumn H (T1 = jan–apr, T2 = maj–aug, T3 = sep–dec).")
    settext(ws["A3"], "Riskvärde = sannolikhet × konsekvens (1–16)")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Uppföljning / kommentar"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i)
        settext(c, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("Lön", "Felaktiga löneutbetalningar", 9,
         "Kontroll av att löneutbetalningar stämmer mot underlag (stickprov)", "Stickprov 20 anställda/tertial",
         "Lönechef", "Tertial",
         "T1: Genomförd, inga avvikelser.\nT2: Genomförd, inga avvikelser.\nT3: Genomförd, en felaktig OB-ersättning upptäckt och korrigerad.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Fakturor betalas utan korrekt attest", 8,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Ekonomichef", "Tertial",
         "T1: Genomförd utan anmärkning. T2: Genomförd utan anmärkning. T3: Genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Styrning", "Delegationsbeslut anmäls inte", 6,
         "Uppföljning av delegationsbeslut – anmälan till kommunstyrelsen", "Genomgång av delegationslistor",
         "Kanslichef", "Tertial",
         "T1: Ej genomförd.\nT2: Påbörjad.\nT3: Genomförd, samtliga delegationsbeslut har anmälts.",
         "GENOMFORD", "nej"),
        ("Upphandling", "Otillåtna direktupphandlingar", 12,
         "Direktupphandlingar dokumenteras enligt riktlinjen", "Stickprov 10 direktupphandlingar",
         "Upphandlare", "Halvår",
         "T1: –\nT2: Stickprov på 10 upphandlingar, 3 saknade dokumentation.\nT3: Uppföljning pågår, redovisas i februari 2026.",
         "DELVIS", "ja"),
        ("Ekonomi", "Representation strider mot riktlinjer", 4,
         "Representation och gåvor följer riktlinjerna", "Genomgång av konto 7xxx",
         "Controller", "1 gång/år",
         "T1: Ej aktuellt denna period. T2: Genomförd, inga avvikelser. T3: –",
         "GENOMFORD", "nej"),
        ("IT", "Obehöriga har åtkomst till ekonomisystemet", 9,
         "Behörigheter i ekonomisystemet ses över", "Behörighetslista mot personallista",
         "Systemförvaltare ekonomi", "1 gång/år",
         "T1: Ej påbörjad.\nT2: Ej påbörjad.\nT3: Ej genomförd, flyttas till 2026 p.g.a. byte av ekonomisystem.",
         "EJ_GENOMFORD", ""),
        ("Kansli", "Allmänna handlingar diarieförs inte i tid", 6,
         "Hantering av allmänna handlingar – diarieföring inom fastställd tid", "Stickprov 30 ärenden",
         "Registrator", "Tertial",
         "T1: Genomförd. T2: Genomförd. T3: Genomförd med anmärkning – handläggningstiden överskreds i 4 av 30 ärenden.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Privata inköp med kommunens betalkort", 8,
         "Kontroll av kontokortsköp (betalkort) mot kvitton", "Samtliga transaktioner",
         "Ekonomiassistent", "Tertial",
         "T1: Genomförd.\nT2: Genomförd.\nT3: Se bilaga 2.",
         "OKLAR", ""),
        ("IT", "Bristande leverans från IT-driftleverantör", 6,
         "Avtalsuppföljning av IT-driftavtal", "Uppföljningsmöte mot avtalets SLA",
         "IT-chef", "Halvår",
         "T1: Ej påbörjad. T2: Ej påbörjad. T3: Utgår enligt beslut KS 2025-09-16 § 142, avtalet har upphört.",
         "UTGAR", ""),
        ("Arbetsmiljö", "Brister i fysisk arbetsmiljö upptäcks inte", 6,
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförs", "Genomgång av protokoll",
         "HR-chef", "1 gång/år",
         "T1: Pågår.\nT2: Pågår.\nT3: Pågår, 9 av 12 arbetsplatser klara.",
         "DELVIS", ""),
    ]
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(r, i)
            settext(c, v)
            c.alignment = WRAP
            c.border = BORDER
        EXPECTED.append((fil, nm, row[3], row[8], row[9]))
        r += 1
    r += 1
    settext(ws.cell(r, 1), "Sammanställt av: Per Johansson, ekonomichef, 2026-01-15")
    for col, w in zip("ABCDEFGH", [14, 30, 9, 45, 28, 20, 11, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Uppvidinge kommun"
    ws.oddHeader.right.text = "Kommunledningsförvaltningen"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Räddningstjänstförbundet Östra Kronoberg – xlsx with merged title, code legend
# ---------------------------------------------------------------------------
def file_rok():
    fil = "RÖK uppföljning IK 2025.xlsx"
    nm = "Räddningstjänstförbundet Östra Kronoberg"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.merge_cells("A1:H1")
    settext(ws["A1"], "Räddningstjänstförbundet Östra Kronoberg")
    ws["A1"].font = Font(size=16, bold=True, color="C00000")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    settext(ws["A2"], "Uppföljning av intern kontroll verksamhetsår 2025 – helårsrapport till direktionen")
    ws["A2"].font = Font(size=12, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:H3")
    settext(ws["A3"], "Medlemskommuner: Uppvidinge och Lessebo. Direktionens sammanträde 2026-02-05.")
    ws["A3"].alignment = Alignment(horizontal="center")

    FILLS = {"G": "92D050", "GA": "FFFF00", "D": "FFC000", "EG": "FF0000", "U": "BFBFBF"}
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår (aug)", "Status helår", "Kommentar"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i)
        settext(c, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    groups = [
        ("1. Ekonomi", [
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonom",
             "G", "G", "", "GENOMFORD", "nej"),
            ("1.2", "Ekonomi", "Fakturering av onödiga automatlarm till objektägare", "Larmlista mot fakturor", "Ekonom",
             "D", "GA", "12 larm under våren hade inte fakturerats. Efterfakturerat i oktober.", "GENOMFORD", "ja"),
            ("1.3", "Ekonomi", "Inventering av räddningsmateriel och fordon mot anläggningsregister", "Fysisk inventering",
             "Stf förbundsdirektör", "", "EG", "Har inte hunnits med, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("2. Operativ verksamhet och myndighetsutövning", [
            ("2.1", "Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uppföljning i verksamhetssystemet",
             "Brandingenjör", "D", "D", "62 av 80 planerade tillsyner genomförda.", "DELVIS", ""),
            ("2.2", "Operativ", "Insatsrapporter upprättas och attesteras inom 14 dagar", "Stickprov 25 insatser",
             "Räddningschef", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.3", "Operativ", "Underhåll och kontroll av andningsskydd enligt föreskrifter", "Genomgång av servicelogg",
             "Andningsskyddsansvarig", "G", "GA", "Två masker saknade dokumenterad funktionskontroll, åtgärdat.",
             "GENOMFORD", "ja"),
            ("2.4", "Förebyggande", "Sotning och brandskyddskontroll enligt föreskriven frekvens", "Avtalsuppföljning",
             "Brandingenjör", "U", "U", "Utgår – hanteras av entreprenör och följs upp i ordinarie avtalsuppföljning.",
             "UTGAR", ""),
        ]),
        ("3. Personal", [
            ("3.1", "Personal", "Körkortsbehörighet för RIB-personal kontrolleras", "Kontroll mot Transportstyrelsen",
             "HR-handläggare", "", "", "", "SAKNAS", ""),
            ("3.2", "Personal", "Övningsplan för deltidsbrandmän följs upp", "Närvarolistor",
             "Utbildningsansvarig", "D", "G", "Samtliga stationer har genomfört planerade övningar.", "GENOMFORD", "nej"),
        ]),
    ]
    r = HR + 1
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        settext(ws.cell(r, 1), gname)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(r, i)
                settext(c, v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
                if i in (6, 7) and v:
                    c.fill = PatternFill("solid", fgColor=FILLS[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            EXPECTED.append((fil, nm, row[2], row[8], row[9]))
            r += 1
    r += 1
    settext(ws.cell(r, 2), "Teckenförklaring")
    ws.cell(r, 2).font = Font(bold=True)
    legend = [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning"),
              ("D", "Delvis genomförd / pågår"), ("EG", "Ej genomförd"), ("U", "Utgår")]
    for code, txt in legend:
        r += 1
        c = ws.cell(r, 2)
        settext(c, code)
        c.fill = PatternFill("solid", fgColor=FILLS[code])
        c.alignment = Alignment(horizontal="center")
        settext(ws.cell(r, 3), txt)
    r += 2
    settext(ws.cell(r, 2), "Lenhovda 2026-01-22")
    settext(ws.cell(r + 1, 2), "Mats Ekström, förbundsdirektör")
    for col, w in zip("ABCDEFGH", [6, 16, 48, 30, 22, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys CSV – two nämnder, Status delår / Status helår
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025.csv"
    mbn = "Miljö- och byggnadsnämnden"
    kfn = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Planperiod", "Process", "Risk", "Kontrollmoment", "Ansvarig",
           "Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    rows = [
        (mbn, "Bygglov", "Bygglov handläggs inte inom lagstadgad tid",
         "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Pågående", "Mätning pågår.", "Genomförd med avvikelse",
         "3 av 118 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        (mbn, "Miljötillsyn", "Felaktig debitering",
         "Debitering av tillsynsavgifter enligt taxa", "Miljöchef",
         "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (mbn, "Styrning", "Delegationsbeslut anmäls inte",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Genomförd", "", "Genomförd", "", "GENOMFORD", "nej"),
        (mbn, "Livsmedelskontroll", "Kontrollplanen följs inte",
         "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan", "Livsmedelsinspektör",
         "Pågående", "", "Pågående", "82 % av planerade kontroller genomförda vid årets slut.", "DELVIS", ""),
        (mbn, "Styrning", "Jäv hos handläggare",
         "Jäv och bisysslor – årlig genomgång med handläggare", "Förvaltningschef",
         "Genomförd", "Genomgång gjord på APT i mars, inga bisysslor som påverkar opartiskheten.", "", "",
         "GENOMFORD", "nej"),
        (kfn, "Ekonomi", "Kassadifferenser",
         "Kontantkassor i simhall och bibliotek stäms av mot kassarapport", "Enhetschef fritid",
         "Genomförd", "", "Genomförd med avvikelse", "Kassadifferens på 450 kr i simhallen i juli.", "GENOMFORD", "ja"),
        (kfn, "Föreningsstöd", "Bidrag betalas ut felaktigt",
         "Föreningsbidrag betalas ut enligt riktlinjer och beslut", "Fritidskonsulent",
         "Genomförd", "", "Genomförd", "Samtliga utbetalningar hade beslut.", "GENOMFORD", "nej"),
        (kfn, "Lokaler", "Uthyrning debiteras inte",
         "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig",
         "Ej påbörjad", "", "Ej genomförd", "Prioriterades bort, nytt bokningssystem införs 2026.", "EJ_GENOMFORD", ""),
        (kfn, "Personal", "Olämpliga personer arbetar med barn",
         "Registerkontroll för ledare inom fritidsgårdsverksamheten", "Enhetschef fritid",
         "Pågående", "", "Utgår", "Fritidsgårdsverksamheten överförd till BUN fr.o.m. 2025-09-01.", "UTGAR", ""),
        (kfn, "Kultur", "Konst försvinner",
         "Inventering av konst i offentliga lokaler", "Kulturchef",
         "", "", "", "", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for row in rows:
        org, proc, risk, km, ans, sd, kd, sh, kh, exp, av = row
        w.writerow([org, "Internkontrollplan 2025", proc, risk, km, ans, sd, kd, sh, kh])
        EXPECTED.append((fil, org, km, exp, av))
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", kfn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – docx with ✔ / ✘ / Pågår, nämnd only in page header
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Uppföljning IKP 2025 helår.docx"
    nm = "Tekniska nämnden"
    doc = docx.Document()
    fix_doc(doc)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Tekniska nämnden – Uppvidinge kommun"
    sec.footer.paragraphs[0].text = "Teknik och service, 2026-01-16"
    doc.add_heading("Uppföljning internkontrollplan 2025, helår", level=1)
    doc.add_paragraph("Uppföljningen avser perioden 1 januari – 31 december 2025. Resultatet har stämts av "
                      "med respektive kontrollansvarig.")
    hdr = ["Nr", "Rutin/process", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat/åtgärd"]
    rows = [
        ("1", "VA", "Kontroll av att VA-taxan debiteras korrekt vid nyanslutning", "VA-chef", "✔",
         "Stickprov på 15 anslutningar, inga fel.", "GENOMFORD", "nej"),
        ("2", "VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Driftingenjör VA", "✔",
         "Ett prov i Älghult visade förhöjd halt av koliforma bakterier. Kokningsrekommendation utfärdad i augusti, "
         "åtgärdat.", "GENOMFORD", "ja"),
        ("3", "Fordon", "Fordonsbokning och körjournaler för kommunens bilar", "Fordonssamordnare", "Pågår",
         "Genomgång av körjournaler för hösten pågår.", "DELVIS", ""),
        ("4", "Inköp", "Avtalstrohet vid inköp av entreprenadtjänster", "Teknisk chef", "✘",
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("5", "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkansvarig", "✔",
         "Huvudbesiktning utförd i maj. Tre anmärkningar, samtliga åtgärdade.", "GENOMFORD", "ja"),
        ("6", "Fastighet", "Felanmälningar åtgärdas inom fastställd tid", "Fastighetschef", "Pågår",
         "Nytt system för felanmälan, uppföljning från oktober.", "DELVIS", ""),
        ("7", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "✔",
         "", "GENOMFORD", "nej"),
        ("8", "Fastighet", "Systematiskt brandskyddsarbete i kommunens fastigheter", "Fastighetschef", "",
         "Se separat rapport (bilaga 3).", "OKLAR", ""),
        ("9", "Gata/park", "Snöröjning – uppföljning av entreprenörernas tidrapporter", "Gatuchef", "✘",
         "Kontrollen flyttad till vintersäsongen 2026.", "EJ_GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_bg(c, "E7E6E6")
    for nr, proc, km, ans, st, res, exp, av in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, [nr, proc, km, ans, st, res]):
            c.text = v
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if st == "✔":
            cells[4].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x00, 0x80, 0x00)
        elif st == "✘":
            cells[4].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        EXPECTED.append((fil, nm, km, exp, av))
    widths = [Cm(1), Cm(2.8), Cm(8), Cm(3.5), Cm(1.8), Cm(8)]
    for row in t.rows:
        for c, wdt in zip(row.cells, widths):
            c.width = wdt
    doc.add_paragraph("")
    doc.add_paragraph("✔ = Kontrollen genomförd    ✘ = Kontrollen ej genomförd    "
                      "Pågår = kontrollen påbörjad men inte avslutad")
    doc.add_paragraph("Bedömning: Den interna kontrollen inom teknik och service bedöms som i huvudsak tillräcklig. "
                      "Ej genomförda kontroller tas med i 2026 års plan.")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – simple .xls (via LibreOffice)
# ---------------------------------------------------------------------------
def file_ofn(tmpdir):
    fil = "ÖFN internkontroll 2025.xls"
    nm = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Blad1"
    settext(ws["A1"], "Överförmyndarnämnden i Uppvidinge")
    ws["A1"].font = Font(bold=True, size=12)
    settext(ws["A2"], "Internkontroll 2025 – uppföljning helår")
    hdr = ["Kontrollmoment", "Utförd (Ja/Nej)", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i)
        settext(c, h)
        c.font = Font(bold=True)
        c.border = BORDER
    rows = [
        ("Granskning av årsräkningar inom fastställd tid", "Ja", "Ja",
         "Granskningen av 4 årsräkningar var inte klar per 30 juni.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare är registerkontrollerade innan förordnande", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt riktlinje", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Överförmyndarspärr på bankkonton vid nya ärenden", "Nej", "-", "Kontrollen genomförs 2026.",
         "EJ_GENOMFORD", ""),
        ("Arkivering av akter för avslutade ärenden", "Delvis", "Nej", "Ungefär hälften av akterna genomgångna.",
         "DELVIS", "nej"),
    ]
    r = 5
    for km, ut, av, kom, exp, eav in rows:
        for i, v in enumerate([km, ut, av, kom], 1):
            c = ws.cell(r, i)
            settext(c, v if v else None)
            c.border = BORDER
            c.alignment = WRAP
        EXPECTED.append((fil, nm, km, exp, eav))
        r += 1
    settext(ws.cell(r + 1, 1), "Handläggare: Eva Nilsson, 2026-01-12")
    for col, w in zip("ABCD", [60, 15, 12, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmpdir, "OFN_internkontroll_2025.xlsx")
    wb.save(src)
    convert(src, "xls", tmpdir)
    shutil.move(os.path.join(tmpdir, "OFN_internkontroll_2025.xls"), out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: budget follow-up, no controls
# ---------------------------------------------------------------------------
def file_budget():
    fil = "Budgetuppföljning november 2025 KS.xlsx"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Nov 2025"
    settext(ws["A1"], "Budgetuppföljning november 2025 – Kommunstyrelsen")
    ws["A1"].font = Font(bold=True, size=14)
    settext(ws["A2"], "Belopp i tkr. Utfall ackumulerat jan–nov, prognos för helår 2025.")
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i)
        settext(c, h)
        c.font = Font(bold=True)
        c.border = BORDER
    rows = [
        ("Politisk verksamhet", 6200, 5480, 6050, "Lägre arvodeskostnader än budgeterat."),
        ("Kommunledning och kansli", 18400, 17120, 18900, "Konsultkostnader för ny översiktsplan."),
        ("Ekonomi- och personalavdelning", 14800, 13310, 14600, ""),
        ("IT och digitalisering", 11200, 10840, 12100, "Licenskostnader har ökat."),
        ("Näringsliv och turism", 3900, 3210, 3700, "Vakant tjänst under våren."),
        ("Räddningstjänst (medlemsavgift)", 15600, 14300, 15600, ""),
        ("Kollektivtrafik", 9800, 8990, 10200, "Indexuppräkning Länstrafiken."),
    ]
    r = 5
    tb = tu = tp = 0
    for v, b, u, p, k in rows:
        vals = [v, b, u, p, b - p, k]
        for i, x in enumerate(vals, 1):
            c = ws.cell(r, i)
            settext(c, x if x != "" else None)
            c.border = BORDER
        tb += b; tu += u; tp += p
        r += 1
    for i, x in enumerate(["Summa", tb, tu, tp, tb - tp, ""], 1):
        c = ws.cell(r, i)
        settext(c, x if x != "" else None)
        c.font = Font(bold=True)
        c.border = BORDER
    settext(ws.cell(r + 2, 1), "Prognosen visar ett underskott mot budget. Åtgärder redovisas vid bokslut.")
    for col, w in zip("ABCDEF", [34, 14, 16, 14, 20, 44]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round574",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Teknik och service|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Räddningstjänstförbundet Östra Kronoberg", "RÖK|Räddningstjänsten Östra Kronoberg"),
        ("Uppvidingehus AB", "Uppvidingehus|UHAB"),
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
    tmpdir = tempfile.mkdtemp(prefix="r574-")
    try:
        file_bun()
        file_sn()
        file_ks()
        file_rok()
        file_stratsys()
        file_tn()
        file_ofn(tmpdir)
        file_budget()
        write_csvs()
        for fn in sorted(os.listdir(HERE)):
            if fn.endswith((".xlsx", ".docx")):
                normalize_zip(out(fn))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
