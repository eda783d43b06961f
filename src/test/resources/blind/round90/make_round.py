#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 90 – Ragunda kommun (Jämtland), tertial 2 2025.
Builds the inbox of the economy office on 2025-09-15 plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import struct

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties)
from odf.text import P, H, Span, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – workbook with one sheet per tertial (T1, T2)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS internkontroll 2025 T1 o T2.xlsx"
    # nr, process, kontrollmoment, metod, frekvens, ansvarig,
    # T1 status, T1 kommentar, T2 status, T2 kommentar, T2 åtgärd, expected status, avvikelse
    rows = [
        (1, "Attest", "Kontroll att attestförteckningen är uppdaterad och att beslutsattestanter har rätt behörighet i ekonomisystemet",
         "Jämförelse attestförteckning mot behörigheter i Raindance", "2 ggr/år", "Ekonomichef",
         "Genomförd", "Attestförteckningen uppdaterad 2025-02-14.",
         "Genomförd", "Ny kontroll i juni efter omorganisationen. Två attestanter som slutat låg kvar med behörighet – borttagna 2025-06-12.", "Påminnelse till chefer att anmäla avslut.",
         "GENOMFORD", "ja"),
        (2, "Leverantörsfakturor", "Stickprov 20 leverantörsfakturor: korrekt kontering, moms och attest",
         "Stickprov ur reskontran", "1 ggr/tertial", "Redovisningsekonom",
         "Pågår", "Urval gjort.",
         "genomförd", "20 fakturor granskade. 1 felaktig momskod, rättad.", "",
         "GENOMFORD", "ja"),
        (3, "Delegation", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor mot diariet", "1 ggr/år (T1)", "Kommunsekreterare",
         "Genomförd", "Samtliga beslut jan–mars anmälda, inga avvikelser.",
         "Se flik T1", "", "",
         "GENOMFORD", "nej"),
        (4, "Representation", "Granskning av representationsfakturor: syfte och deltagare angivna, alkohol enligt riktlinje",
         "Stickprov 10–15 fakturor konto 7xxx", "1 ggr/år", "Ekonomichef",
         "Ej påbörjad", "",
         "Genomförd med anm.", "12 fakturor granskade, 3 saknade deltagarlista. Kompletterat i efterhand.", "Information på ledningsgrupp i sept.",
         "GENOMFORD", "ja"),
        (5, "Upphandling", "Avtalstrohet: stickprov av inköp mot gällande ramavtal",
         "Leverantörsanalys från Inköp Jämtland", "1 ggr/år", "Upphandlare",
         "Ej påbörjad", "",
         "Pågår", "Underlag beställt från Inköp Jämtland, analys görs i september.", "",
         "DELVIS", "nej"),
        (6, "IT-säkerhet", "Behörigheter i ekonomisystemet och Public 360 tas bort för personal som slutat",
         "Jämförelse behörighetslistor mot avslutade anställningar", "2 ggr/år", "IT-samordnare",
         "Pågår", "Lista från lön beställd.",
         "Klar", "4 konton som skulle ha stängts hittades, stängda 2025-06-18.", "Rutin för avslut ses över.",
         "GENOMFORD", "ja"),
        (7, "Dataskydd", "Registerförteckning enligt GDPR uppdaterad för kommunkansliets behandlingar",
         "Genomgång av förteckningen", "1 ggr/år", "Dataskyddsombud",
         "Ej påbörjad", "",
         "Ej påbörjad", "Dataskyddsombudet har slutat, tjänsten vakant sedan april.", "Rekrytering pågår.",
         "EJ_GENOMFORD", "nej"),
        (8, "Löner", "Kontroll av arvoden och förlorad arbetsinkomst till förtroendevalda mot närvarolistor",
         "Stickprov 10 utbetalningar", "1 ggr/tertial", "Nämndsekreterare",
         "Genomförd", "Inga avvikelser.",
         "Genomförd ", "Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        (9, "Kontanthantering", "Inventering av handkassor i kommunhuset och turistbyrån",
         "Oanmäld kassainventering", "1 ggr/år", "Ekonomichef",
         "Utgår", "Handkassorna avvecklades dec 2024.",
         "Utgår", "", "",
         "UTGAR", "nej"),
    ]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="999999")
    bord = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="D9E1F2")

    # sheet T1 (copied by hand from the May report)
    ws = wb.active
    ws.title = "T1"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 1 (januari–april)"
    ws["A3"] = "Ifylld av: Kommunkansliet / ekonomienheten 2025-05-12"
    head = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = hdr_fill
        cell.border = bord
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = bord
        r += 1
    ws.cell(row=r + 1, column=2, value="Antal genomförda:")
    ws.cell(row=r + 1, column=3, value=3)
    for col, w in zip("ABCDEFGH", [5, 16, 50, 32, 13, 18, 14, 40]):
        ws.column_dimensions[col].width = w

    # sheet T2 – same list, other columns (Metod/Frekvens deleted by the person filling it in)
    ws2 = wb.create_sheet("T2")
    ws2["A1"] = "Uppföljning internkontrollplan 2025 – Kommunstyrelsen"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Tertial 2 (maj–augusti)"
    ws2["A3"] = "Ifylld av: Kommunkansliet / ekonomienheten 2025-09-05"
    ws2["E3"] = "OBS! Kontroller som gjordes redan i T1 står kvar i flik T1"
    ws2["E3"].font = Font(italic=True, color="C00000")
    head2 = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status T2", "Kommentar T2", "Åtgärd"]
    for c, h in enumerate(head2, 1):
        cell = ws2.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = hdr_fill
        cell.border = bord
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[5], row[8], row[9], row[10]]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = bord
        exp(fil, "Kommunstyrelsen", row[2], row[11], row[12])
        r += 1
    ws2.cell(row=r + 1, column=2, value="Summering T2:")
    ws2.cell(row=r + 1, column=3, value="6 genomförda, 1 pågår, 1 ej påbörjad, 1 utgår")
    for col, w in zip("ABCDEFG", [5, 16, 50, 18, 16, 48, 30]):
        ws2.column_dimensions[col].width = w
    wb.create_sheet("Blad1")
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    return fil


def file_ks_lock(ksfile):
    """Excel owner/lock file left on the share when someone had the workbook open."""
    fil = "~$" + ksfile
    user = "Annika Persson"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += struct.pack("<H", len(user)) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – an e-mail (with its table) pasted into Excel
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SV Uppföljning internkontroll T2 - Socialförvaltningen.xlsx"
    NB = "\u00a0"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    lines = [
        "Från: Lindqvist Maria <maria.lindqvist@ragunda.se>",
        "Skickat: den 3 september 2025 14:22",
        "Till: Ekonomi <ekonomi@ragunda.se>",
        "Ämne: SV: Uppföljning intern kontroll tertial 2",
        "",
        "Hej!",
        "Här kommer socialförvaltningens uppföljning av internkontrollplanen 2025 för tertial 2. Jag har klistrat in tabellen som Anders skickade, hoppas det går bra att ha den så här.",
        "",
        "Mvh Maria Lindqvist",
        "Förvaltningschef, Socialförvaltningen",
        "",
        "Från: Berg Anders <anders.berg@ragunda.se>",
        "Skickat: den 29 augusti 2025 09:47",
        "Till: Lindqvist Maria <maria.lindqvist@ragunda.se>",
        "Ämne: IK T2",
        "",
        "Hej Maria, här är läget för våra kontroller efter sommaren:",
        NB,
    ]
    r = 1
    for t in lines:
        if t:
            ws.cell(row=r, column=1, value=t)
        r += 1
    # pasted html table: columns A..E, header bold with borders, col B is an empty spacer column from the mail's layout
    thin = Side(style="thin", color="000000")
    bord = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = ["Nr", NB, "Kontroll", "Hur gick det?", "Ansvarig"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, name="Calibri", size=11)
        cell.border = bord
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r += 1
    sections = {
        1: "Individ- och familjeomsorg",
        4: "Äldreomsorg och LSS",
        7: "Gemensamt för förvaltningen",
    }
    data = [
        (1, "Kontroll att beslut om ekonomiskt bistånd är fattade av behörig handläggare enligt delegationsordningen",
         "Klart. Stickprov 15 akter i juni, ett beslut var fattat av en vikarie som inte hade delegation. Åtgärdat och vikarien har fått delegation.",
         "Enhetschef IFO", "GENOMFORD", "ja"),
        (2, "Utbetalning av ekonomiskt bistånd stäms av mot Försäkringskassan (SSBTEK) före utbetalning",
         "Vi har kontrollerat alla utbetalningar maj–aug och det såg bra ut, inga avvikelser.",
         "Enhetschef IFO", "GENOMFORD", "nej"),
        (3, "Synpunkter och klagomål registreras och besvaras inom 14 dagar",
         "Nej, det har vi tyvärr inte hunnit med. Får flyttas till T3 eller nästa år.",
         "Kvalitetsutvecklare", "EJ_GENOMFORD", "nej"),
        (4, "LSS-beslut som inte verkställts inom tre månader rapporteras till IVO",
         "Gjort för kvartal 1 och 2. Ett beslut om kontaktperson var inte verkställt i tid, det är rapporterat till IVO.",
         "Enhetschef LSS", "GENOMFORD", "ja"),
        (5, "Avgifter inom hemtjänsten – stickprov att avgiftsbeslut stämmer med beviljade timmar",
         "Har börjat, 10 av 20 ärenden är kollade. Resten görs i september.",
         "Avgiftshandläggare", "DELVIS", "nej"),
        (6, "Lex Sarah – utredningar avslutas och anmäls i tid",
         "Utgår enligt beslut i SN 2025-05-21 § 47, ersätts av ny kontroll 2026.",
         "MAS", "UTGAR", "nej"),
        (7, "Kontroll av loggar i verksamhetssystemet Treserva (otillbörlig åtkomst)",
         "Inte gjort, ingen har haft tid pga semestrarna. Tas i oktober.",
         "Systemförvaltare", "EJ_GENOMFORD", "nej"),
        (8, "Hot och våld – rutinen gås igenom på APT i alla arbetsgrupper",
         "Pågår. 6 av 8 arbetsgrupper klara, nattpatrullen och Bispgården tar det i september.",
         "Respektive enhetschef", "DELVIS", "nej"),
        (9, "Avtalstrohet vid köp av placeringar (HVB och familjehem) – ramavtal används",
         "Se bifogad fil",
         NB, "OKLAR", "nej"),
    ]
    for nr, km, how, ansv, st, avv in data:
        if nr in sections:
            ws.cell(row=r, column=1, value=sections[nr]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            for c in range(1, 6):
                ws.cell(row=r, column=c).border = bord
            r += 1
        vals = [str(nr) + ".", NB, km, how, ansv]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = bord
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, "Socialnämnden", km, st, avv)
        r += 1
    r += 1
    tail = [
        "Säg till om du behöver något mer!",
        "",
        "Med vänlig hälsning",
        "Anders Berg",
        "Enhetschef IFO/LSS",
        "Socialförvaltningen, Ragunda kommun",
        "Tel 0696-682 00 (vx)",
        "",
        "Tänk på miljön innan du skriver ut detta mejl.",
    ]
    for t in tail:
        if t:
            ws.cell(row=r, column=1, value=t)
        r += 1
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 2
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 60
    ws.column_dimensions["E"].width = 18
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – Word, numbered list, each item followed by a status line
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontroll tertial 2.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    run = p.add_run("RAGUNDA KOMMUN\tTjänsteskrivelse")
    run.bold = True
    d.add_paragraph("Barn- och utbildningsförvaltningen\t2025-09-10\nDnr BUN 2025/14")
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_paragraph("Till barn- och utbildningsnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 28 januari (§ 5). Planen innehåller nio kontrollmoment. "
        "Uppföljningen för tertial 1 redovisades för nämnden i maj. Nedan redovisas läget per den 31 augusti för "
        "respektive kontroll. Rektorer och förskolechefer har lämnat underlag.")
    d.add_heading("Kontrollmoment och status", level=2)
    items = [
        ("Kontroll att rektorer attesterar enligt gällande attestordning (stickprov 10 verifikationer per enhet)",
         "Status: Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skolskjuts – fakturerade körningar från entreprenören stäms av mot skolskjutsplaneringen",
         "Status: Genomförd, differens på 3 turer i april som entreprenören har krediterat.", "GENOMFORD", "ja"),
        ("Interkommunal ersättning – elever folkbokförda i annan kommun faktureras hemkommunen",
         "Status: Påbörjad, vi räknar med att den är klar till T3.", "DELVIS", "nej"),
        ("Anmälan om kränkande behandling görs skyndsamt till huvudmannen",
         "Status: Pågår. 2 av 4 skolor har redovisat.", "DELVIS", "nej"),
        ("Utdrag ur belastningsregistret finns för all nyanställd personal i förskola och skola",
         "Status: Ej genomförd, skjuts till hösten på grund av sjukskrivning.", "EJ_GENOMFORD", "nej"),
        ("Behörigheter i IST och Unikum tas bort för personal som har slutat",
         "Status: Klart. 7 konton var fortfarande aktiva fast personen slutat, de är nu stängda.", "GENOMFORD", "ja"),
        ("Läromedel köps från upphandlad leverantör (avtalstrohet)",
         "Status:", "SAKNAS", "nej"),
        ("Barnomsorgsavgifter – inkomstuppgifter för maxtaxa kontrolleras mot Skatteverket",
         "Status: Avbruten. Nämnden beslutade 2025-06-10 att kontrollen utgår eftersom e-tjänsten gör kontrollen automatiskt.",
         "UTGAR", "nej"),
        ("Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Status: Gjord och klar, inga incidenter har inträffat under perioden.", "GENOMFORD", "nej"),
    ]
    for km, status, s, a in items:
        d.add_paragraph(km, style="List Number")
        sp = d.add_paragraph(status)
        sp.paragraph_format.left_indent = Cm(1.27)
        sp.runs[0].italic = True
        exp(fil, "Barn- och utbildningsnämnden", km, s, a)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Av nio kontroller är fyra genomförda, två pågår, en är inte genomförd och en har utgått efter beslut i nämnden. "
        "Förvaltningen bedömer att den interna kontrollen hittills under året är tillräcklig.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen för tertial 2 2025.")
    d.add_paragraph("\nKarin Olofsson\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen – CSV saved from Excel (cp1252, commas), two nämnder
# ---------------------------------------------------------------------------
def file_shb():
    fil = "SHB_internkontroll_T2_2025.csv"
    ncol = 7
    rows = [
        ["Internkontroll 2025 - uppföljning tertial 2"],
        ["Samhällsbyggnadsförvaltningen (Tekniska nämnden och Miljö- och byggnämnden)"],
        [],
        ["Nämnd", "Nr", "Process", "Kontrollmoment", "Status T1", "Status T2", "Kommentar"],
    ]
    data = [
        ("TN", "Tekniska nämnden", "1", "Fakturahantering",
         "Stickprov leverantörsfakturor, 15 st per tertial: attest, kontering och moms",
         "Genomförd", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("TN", "Tekniska nämnden", "2", "Inköp",
         "Avtalstrohet - inköp av förbrukningsmaterial sker från avtalsleverantör",
         "Ej påbörjad", "Pågår", "", "DELVIS", "nej"),
        ("TN", "Tekniska nämnden", "3", "VA-taxa",
         "Debitering av VA-avgifter följer beslutad taxa",
         "Pågår", "", "Klart i juni. Två fastigheter var felaktigt debiterade,\nkreditfakturor skickade.", "GENOMFORD", "ja"),
        ("TN", "Tekniska nämnden", "4", "Delegation",
         "Delegationsbeslut om upplåtelse av allmän platsmark anmäls till nämnden",
         "Genomförd", "Genomförd med avvikelse", "2 beslut anmäldes för sent (juni)", "GENOMFORD", "ja"),
        ("TN", "Tekniska nämnden", "5", "Tillgångar",
         "Inventering av verktyg och maskiner på gatuförrådet",
         "", "Ej aktuell", "Flyttas till 2026 enl. beslut TN 2025-05-20 §31", "UTGAR", "nej"),
        ("TN", "Tekniska nämnden", "6", "IT",
         "Behörigheter i fastighetssystemet stäms av mot personallista",
         "", "Pågår", "Lista från HR inkommen 25/8", "DELVIS", "nej"),
        ("MBN", "Miljö- och byggnämnden", "1", "Bygglov",
         "Handläggningstid bygglov - beslut inom 10 veckor från komplett ansökan",
         "Genomförd", "Genomförd", "3 ärenden över 10 veckor, avgiften reducerad enl. PBL", "GENOMFORD", "ja"),
        ("MBN", "Miljö- och byggnämnden", "2", "Taxor",
         "Debitering av tillsynsavgifter enligt taxa (livsmedel och miljö)",
         "Pågår", "Genomförd", "", "GENOMFORD", "nej"),
        ("MBN", "Miljö- och byggnämnden", "3", "Delegation",
         "Delegationsbeslut anmäls till nämnden",
         "Genomförd", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("MBN", "Miljö- och byggnämnden", "4", "Diarieföring",
         "Inkomna handlingar registreras inom 2 arbetsdagar",
         "Ej påbörjad", "Ej påbörjad", "Personalbrist på kansliet", "EJ_GENOMFORD", "nej"),
        ("MBN", "Miljö- och byggnämnden", "5", "Jäv",
         "Kontroll att handläggare inte handlagt ärenden där jäv föreligger",
         "", "?", "", "OKLAR", "nej"),
    ]
    for code, namnd, nr, proc, km, t1, t2, kom, s, a in data:
        rows.append([code, nr, proc, km, t1, t2, kom])
        exp(fil, namnd, km, s, a)
    rows += [[], ["Förklaring: Status T2 avser läget 31/8. Tomt = ingen ny uppgift sedan T1."],
             ["Uppdaterad 2025-09-08 av Per Nilsson"]]

    def q(v):
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    with open(os.path.join(OUT, fil), "wb") as f:
        for row in rows:
            row = row + [""] * (ncol - len(row))
            f.write((",".join(q(v) for v in row) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – .odt, one form (blankett) per control
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN Internkontroll T2 2025.odt"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    brk = Style(name="Sidbryt", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    bh = Style(name="BlankettRubrik", family="paragraph")
    bh.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    bh.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(bh)
    cs = Style(name="Cell", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cs)
    c1 = Style(name="Col1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4.5cm"))
    doc.automaticstyles.addElement(c1)
    c2 = Style(name="Col2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12cm"))
    doc.automaticstyles.addElement(c2)

    doc.text.addElement(P(stylename=h1, text="Kultur- och fritidsförvaltningen"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Period: T2 (maj–augusti)"))
    doc.text.addElement(P(text="Blanketten fylls i en gång per kontrollmoment. Kryssa i det alternativ som stämmer "
                               "och skriv en kort kommentar. Blanketterna lämnas till ekonomienheten."))
    doc.text.addElement(P(text="Sammanställt av: Jonas Ek, fritidschef, 2025-09-04"))

    Y, N = "\u2612", "\u2610"   # ☒ ☐
    forms = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag har beslut och föreningens redovisning har inkommit",
         "Fritidschef", f"{Y} Ja   {N} Delvis   {N} Nej   {N} Utgår", f"{N} Ja   {Y} Nej",
         "Alla 23 utbetalningar hade beslut och redovisning.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Dagskassor i simhallen och biblioteket stäms av mot kassarapport",
         "Enhetschef bibliotek / badmästare", f"{N} Ja   {Y} Delvis   {N} Nej   {N} Utgår", f"{N} Ja   {Y} Nej",
         "Biblioteket klart. Simhallen stängd för renovering till v. 36, görs då.", "DELVIS", "nej"),
        ("Lokaluthyrning", "Uthyrning av lokaler faktureras enligt taxa för samtliga bokningar",
         "Bokningsansvarig", f"X Ja   {N} Delvis   {N} Nej   {N} Utgår", f"X Ja   {N} Nej",
         "4 bokningar av Folkets hus var inte fakturerade, fakturerade i juli.", "GENOMFORD", "ja"),
        ("Representation", "Representation vid kulturarrangemang följer riktlinjen för representation",
         "Kulturchef", f"{Y} Ja   {N} Delvis   {Y} Nej   {N} Utgår", f"{N} Ja   {N} Nej",
         "", "OKLAR", "nej"),
        ("Avtal", "Skriftligt avtal med arrangör/artist finns innan arrangemanget genomförs",
         "Kulturchef", f"{N} Ja   {N} Delvis   {Y} Nej   {N} Utgår", f"{N} Ja   {N} Nej",
         "Hinns inte före hösten, sommarens arrangemang prioriterades.", "EJ_GENOMFORD", "nej"),
        ("Bidrag", "Beräkningsunderlag för bidrag till studieförbund kontrolleras",
         "Fritidschef", f"{N} Ja   {N} Delvis   {N} Nej   {N} Utgår", f"{N} Ja   {N} Nej",
         "", "SAKNAS", "nej"),
        ("IT-behörigheter", "Behörigheter i bibliotekssystemet stäms av mot personallista",
         "Enhetschef bibliotek", f"{N} Ja   {N} Delvis   {N} Nej   {Y} Utgår", f"{N} Ja   {N} Nej",
         "Bibliotekssystemet förvaltas av Regionbiblioteket Jämtland sedan 2025, kontrollen görs där.", "UTGAR", "nej"),
    ]
    for i, (omr, km, ansv, gen, avv, kom, s, a) in enumerate(forms, 1):
        doc.text.addElement(P(stylename=bh, text=f"Blankett intern kontroll – kontrollmoment {i} av {len(forms)}"))
        t = Table(name=f"Blankett{i}")
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for lab, val in [("Nämnd", "Kultur- och fritidsnämnden"), ("Kontrollområde", omr), ("Kontrollmoment", km),
                         ("Ansvarig", ansv), ("Genomförd", gen), ("Avvikelse upptäckt", avv), ("Kommentar", kom)]:
            tr = TableRow()
            tc = TableCell(stylename=cs)
            pp = P()
            pp.addElement(Span(stylename=bold, text=lab))
            tc.addElement(pp)
            tr.addElement(tc)
            tc = TableCell(stylename=cs)
            tc.addElement(P(text=val))
            tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(text=""))
        doc.text.addElement(P(text="Ifylld av: ____________________   Datum: ____________"))
        exp(fil, "Kultur- och fritidsnämnden", km, s, a)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Gemensamma lönenämnden (värdkommun Bräcke) – real .xls, status as fill colour only, legend at the bottom
# ---------------------------------------------------------------------------
def file_lon():
    fil = "Gemensam lönenämnd IK-uppföljning 2025-08-31.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    txt = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    sec = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour ice_blue; "
                      "borders: left thin, right thin, top thin, bottom thin")

    def fill(col):
        if col is None:
            return txt
        return xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                           "borders: left thin, right thin, top thin, bottom thin" % col)

    ws.write(0, 0, "BRÄCKE KOMMUN", bold)
    ws.write(1, 0, "Gemensamma lönenämnden för Bräcke och Ragunda kommuner", title)
    ws.write(2, 0, "Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti)")
    ws.write(3, 0, "Värdkommun: Bräcke. Uppföljningen rapporteras även till kommunstyrelsen i respektive kommun.")
    head = ["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvar", "Status", "Iakttagelser / kommentar"]
    for c, h in enumerate(head):
        ws.write(5, c, h, hdr)
    GREEN, YELLOW, RED, GREY, BLUE = "bright_green", "yellow", "red", "gray40", "light_blue"
    data = [
        ("sec", "Gemensamma kontroller (båda kommunerna)"),
        ("1", "Felaktiga löneutbetalningar", "Stickprov 25 lönespecifikationer mot underlag (anställningsavtal, tidrapport)",
         "Stickprov", "Lönechef", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Felaktig lön vid nyanställning", "Nyupplagda anställda i Personec P kontrolleras mot anställningsbeslut",
         "Samtliga nyanställda maj–aug", "Lönespecialist", GREEN, "1 felaktig lönenivå upptäckt och rättad i juni.",
         "GENOMFORD", "ja"),
        ("3", "Obehörig åtkomst", "Behörigheter i Personec P – kontroll av användare och roller två ggr/år",
         "Behörighetslista mot personalregister", "Systemförvaltare", YELLOW, "Bräcke klart, Ragundas användare återstår.",
         "DELVIS", "nej"),
        ("4", "Felaktig sjuklön", "Sjuklön och karensavdrag beräknas enligt regelverk",
         "Stickprov 10 sjukfall", "Lönespecialist", RED, "Ej gjord pga. uppgradering av lönesystemet i maj.",
         "EJ_GENOMFORD", "nej"),
        ("sec", "Avser Ragunda kommun"),
        ("5", "Felaktiga arvoden", "Arvoden till förtroendevalda kontrolleras mot närvarolistor",
         "Stickprov", "Lönehandläggare", BLUE, "Se separat redovisning till KS.", "OKLAR", "nej"),
        ("6", "Felaktiga reseersättningar", "Reseräkningar och traktamenten – stickprov mot reglemente",
         "Stickprov 15 reseräkningar", "Lönehandläggare", GREY, "Ingår i kontroll nr 1 från och med 2025.",
         "UTGAR", "nej"),
        ("sec", "Avser Bräcke kommun"),
        ("7", "Löneskulder", "Negativa löner bevakas och återkrav skickas",
         "Lista ur Personec varje månad", "Lönechef", YELLOW, "Pågår, lista tas fram i september.", "DELVIS", "nej"),
        ("8", "Dataskydd", "Lönespecifikationer skickas endast digitalt via Kivra eller säker post",
         "Genomgång av utskicksinställningar", "Systemförvaltare", None, "", "SAKNAS", "nej"),
    ]
    r = 6
    for d in data:
        if d[0] == "sec":
            ws.write_merge(r, r, 0, 6, d[1], sec)
        else:
            nr, risk, km, met, ansv, col, kom, s, a = d
            ws.write(r, 0, nr, txt)
            ws.write(r, 1, risk, txt)
            ws.write(r, 2, km, txt)
            ws.write(r, 3, met, txt)
            ws.write(r, 4, ansv, txt)
            ws.write(r, 5, "", fill(col))
            ws.write(r, 6, kom, txt)
            exp(fil, "Gemensamma lönenämnden Bräcke–Ragunda", km, s, a)
        r += 1
    r += 1
    ws.write(r, 0, "Bräcke 2025-09-09")
    ws.write(r + 1, 0, "Eva Sandberg, lönechef")
    ws.write(r, 4, "Färgförklaring status:", bold)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, t) in enumerate(legend, 1):
        ws.write(r + i, 5, "", fill(col))
        ws.write(r + i, 6, t)
    for c, w in enumerate([5, 24, 48, 28, 18, 10, 46]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Gemensamma lönenämnden Bräcke–Ragunda", "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – last year's helår report sent by mistake (.ods, delår + helår columns)
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Uppföljning internkontroll ÖFN.ods"
    doc = OpenDocumentSpreadsheet()
    b = Style(name="B", family="table-cell")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    t = Table(name="Internkontroll")

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v == "":
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
        t.addElement(tr)

    row(["Överförmyndarnämnden"], b)
    row(["Årsuppföljning av internkontrollplan 2024"], b)
    row(["Upprättad 2025-01-30 av överförmyndarhandläggare Lena Hägg"])
    row([""])
    row(["Kontrollområde", "Kontrollmoment", "Delår 2024 (aug)", "Helår 2024", "Avvikelse?"], b)
    data = [
        ("Årsräkningar", "Samtliga inkomna årsräkningar granskas före 30 september",
         "Pågår, ca 60 % granskade", "Klart, alla 118 granskade. 4 återkrav på ställföreträdare.", "Ja", "GENOMFORD", "ja"),
        ("Arvoden", "Arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Stickprov gjort, ok", "Ok, inga fel hittade", "Nej", "GENOMFORD", "nej"),
        ("Förteckningar", "Förteckning lämnas in inom två månader efter förordnande",
         "Inte påbörjat", "Gjordes inte under 2024 pga personalbyte", "", "EJ_GENOMFORD", "nej"),
        ("Rekrytering", "Registerkontroll av nya gode män (belastningsregistret och Kronofogden)",
         "Görs vid varje rekrytering", "Alla 9 nya kontrollerade", "Nej", "GENOMFORD", "nej"),
        ("Spärrade konton", "Uttagstillstånd för spärrade bankkonton följs upp",
         "", "", "", "SAKNAS", "nej"),
        ("Diarieföring", "Allmänna handlingar diarieförs i Wärna inom en vecka",
         "Påbörjad", "Delvis klart, fortsätter 2025", "", "DELVIS", "nej"),
    ]
    for omr, km, dl, hl, av, s, a in data:
        row([omr, km, dl, hl, av])
        exp(fil, "Överförmyndarnämnden", km, s, a)
    row([""])
    row(["Nämnden godkände uppföljningen 2025-02-12 § 4"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2024", "HELAR"))


def write_registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunkansliet|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Skolförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|IFO"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggkontoret|Bygg och miljö"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
        ("Gemensamma lönenämnden Bräcke–Ragunda", "Gemensam lönenämnd|Lönenämnden|Löneservice Bräcke-Ragunda|Lönecentrum"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


if __name__ == "__main__":
    ks = file_ks()
    file_ks_lock(ks)
    file_sn()
    file_bun()
    file_shb()
    file_kfn()
    file_lon()
    file_ofn()
    write_registers()
    print(len(FILES), "files.csv rows;", len(set(r[0] for r in FILES)), "files;", len(EXPECTED), "controls")
