#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r550 - Färgelanda kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import CellIsRule
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Socialnämnden - xlsx, status codes coloured by conditional formatting
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Internkontroll helår 2025 Socialnämnden.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning IKP 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Uppföljningen avser helår 2025. Status vid delårsbokslutet (augusti) redovisades för "
                "nämnden 2025-09-24 och visas här som jämförelse. Behandlas i socialnämnden 2026-02-18.")
    ws["A2"].alignment = wrap
    ws.merge_cells("A2:I2")
    ws.row_dimensions[2].height = 30

    ws["A4"] = "Teckenförklaring, kolumnerna Status:"
    ws["A4"].font = Font(bold=True)
    legend = [("G", "Genomförd utan anmärkning"),
              ("GA", "Genomförd med anmärkning (avvikelse konstaterad, se kommentar)"),
              ("P", "Pågår / delvis genomförd"),
              ("EG", "Ej genomförd"),
              ("U", "Utgår (beslut om ändrad plan)")]
    for i, (code, text) in enumerate(legend):
        r = 5 + i
        ws.cell(row=r, column=1, value=code).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=1).border = border
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)

    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod / frekvens", "Ansvarig",
               "Status delår (aug)", "Status helår", "Kommentar helår"]
    hr = 11
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="1F4E78", end_color="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border

    rows = [
        ("group", "Myndighetsutövning – individ- och familjeomsorg"),
        ("1.1", "Barn och unga", "Utredningar drar ut på tiden och barns behov av skydd blir inte tillgodosett",
         "Utredningar inom barn och unga avslutas inom lagstadgade fyra månader",
         "Stickprov 20 ärenden, halvår", "Enhetschef IFO", "P", "GA",
         "Stickprov 20 ärenden: 17 avslutade inom fyra månader, 3 överskred tiden utan beslut om förlängning. "
         "Åtgärd: veckovis ärendegenomgång med arbetsledare.",
         "GENOMFORD", "ja"),
        ("1.2", "Bistånd enligt SoL", "Beslut verkställs inte i tid",
         "Kontroll av att beslut om bistånd enligt SoL är dokumenterade och verkställda inom tre månader",
         "Utdrag ur Lifecare, kvartalsvis", "Biståndshandläggare", "G", "G",
         "Samtliga beslut verkställda inom tre månader. Inga ej verkställda beslut att rapportera till IVO.",
         "GENOMFORD", "nej"),
        ("1.3", "Orosanmälningar", "Förhandsbedömning görs inte inom 14 dagar",
         "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Genomgång av samtliga anmälningar, halvår", "Enhetschef IFO", "P", "P",
         "Genomgång klar för januari–juni, hittills inga avvikelser. Andra halvåret granskas i januari 2026.",
         "DELVIS", "nej"),
        ("group", "Ekonomi"),
        ("2.1", "Inköp och fakturahantering", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor, två gånger per år", "Förvaltningsekonom", "G", "G",
         "Stickprov 30 fakturor, samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("2.2", "Ekonomiskt bistånd", "Dubbelutbetalningar och utbetalning utan beslut",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut (dubbelutbetalningar)",
         "Månadsvis avstämning", "Enhetschef försörjningsstöd", "G", "GA",
         "Två dubbelutbetalningar upptäckta i oktober (totalt 8 450 kr). Återkrav upprättat och rutin för "
         "manuella utbetalningar skärpt.",
         "GENOMFORD", "ja"),
        ("2.3", "Avgifter äldreomsorg", "Felaktig debitering av brukare",
         "Fakturering av avgifter inom hemtjänst stämmer mot utförd tid",
         "Stickprov 15 brukare", "Avgiftshandläggare", "EG", "EG",
         "Ej genomförd på grund av byte av verksamhetssystem under hösten. Kontrollen flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("group", "Personal"),
        ("3.1", "Rekrytering", "Anställning av olämplig person",
         "Kontroll av att registerutdrag begärts in vid nyanställning inom LSS-verksamhet",
         "Samtliga nyanställningar", "HR-konsult", "P", None, None,
         "DELVIS", ""),
        ("3.2", "Arbetsmiljö", "Hög sjukfrånvaro påverkar verksamhetens kvalitet",
         "Uppföljning av sjukfrånvaro per enhet, med åtgärdsplan vid frånvaro över 8 %",
         "Kvartalsvis", "Förvaltningschef", "U", "U",
         "Utgår enligt beslut SN 2025-05-21 § 64, hanteras i HR:s ordinarie uppföljning.",
         "UTGAR", ""),
        ("group", "Informationssäkerhet"),
        ("4.1", "Dokumentation", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i journalsystemet – obehörig åtkomst",
         "Månadsvis slumpvis loggkontroll", "Systemförvaltare", "G", "G",
         "Månadsvisa loggkontroller genomförda. Ett fall av otillbörlig åtkomst har utretts och anmälts till IMY.",
         "GENOMFORD", "ja"),
        ("4.2", "Behörighetshantering", "Behörigheter ligger kvar efter avslutad anställning",
         "Behörigheter i verksamhetssystem avslutas när anställning upphör",
         "Jämförelse HR-system mot behörighetslista, halvår", "Systemförvaltare", None, None,
         "Se bilaga 2.",
         "OKLAR", ""),
    ]
    r = hr + 1
    for row in rows:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
            r += 1
            continue
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap if c not in (7, 8) else Alignment(horizontal="center", vertical="top")
            cell.border = border
        exp(fil, "Socialnämnden", row[3], row[9], row[10])
        r += 1
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Bilaga 2: Behörighetsgenomgång (separat fil, lämnas till nämndsekreteraren).")
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Lena Karlsson, kvalitetsutvecklare, 2026-01-29")

    # conditional formatting on the code cells (legend + both status columns)
    fills = {"G": "C6EFCE", "GA": "FFEB9C", "P": "FCD5B4", "EG": "FFC7CE", "U": "D9D9D9"}
    fonts = {"G": "006100", "GA": "9C5700", "P": "974706", "EG": "9C0006", "U": "404040"}
    for rng in ("A5:A9", "G%d:H%d" % (hr + 1, last)):
        for code, col in fills.items():
            ws.conditional_formatting.add(
                rng,
                CellIsRule(operator="equal", formula=['"%s"' % code],
                           fill=PatternFill(start_color=col, end_color=col, fill_type="solid"),
                           font=Font(color=fonts[code], bold=True)))

    widths = [6, 20, 28, 42, 24, 20, 11, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A12"
    ws.oddHeader.left.text = "Färgelanda kommun – Socialförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "Lena Karlsson"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, traffic-light emoji status
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def make_bun():
    fil = "BUN uppföljning intern kontroll 2025 helår.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Färgelanda kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"

    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, sammanträde 2026-02-11")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 98). Planen omfattar nio "
        "kontrollmoment inom ekonomi, administration och verksamhet. Nedan redovisas resultatet av "
        "kontrollerna för hela året. Avvikelser som konstaterats har rapporterats till förvaltningsledningen "
        "och åtgärder har vidtagits eller planerats.")
    d.add_paragraph(
        "Statusen visas med färgsymbol: 🟢 Genomförd   🟡 Delvis genomförd / pågår   "
        "🔴 Ej genomförd   ⚪ Ej aktuell / utgår")

    header = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Resultat och åtgärder"]
    blocks = [
        ("Ekonomi och administration", [
            ("Inköp", "Inköp sker från upphandlade leverantörer (avtalstrohet)", "Controller", "🟡",
             "Stickprov 40 inköp under hösten: 33 mot avtal, 7 från leverantör utan avtal (främst "
             "läromedel). Fortsatt granskning av läromedelsinköp under våren 2026.", "DELVIS", "ja"),
            ("Fakturor", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "🟢",
             "30 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Fakturor", "Förtroendekänsliga poster – representation och kurser", "Förvaltningschef", "🟢",
             "Samtliga 18 fakturor granskade. Två fakturor saknade deltagarförteckning; kompletterat i "
             "efterhand och rutinen har påmints om på rektorsmöte.", "GENOMFORD", "ja"),
            ("Personal", "Kontroll av att registerutdrag finns för all personal i förskola och skola",
             "HR-konsult", "🟢",
             "Genomförd. 3 vikarier saknade registerutdrag i personalakten; utdrag har begärts in och "
             "kontrollerats.", "GENOMFORD", "ja"),
            ("IT", "Behörighetsgranskning i lärplattform och elevregister", "IT-samordnare", "",
             "Granskningen genomfördes i november. Inga felaktiga behörigheter hittades.", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Trygghet och studiero", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
             "Rektorer", "🟢",
             "Samtliga 62 anmälningar registrerade och anmälda till huvudman inom en vecka.", "GENOMFORD", "nej"),
            ("Närvaro", "Frånvarouppföljning – elever med hög frånvaro (över 15 %) har en åtgärdsplan",
             "Rektorer / elevhälsan", "🔴",
             "Ej genomförd under året; frånvarorapporten i skoladministrativa systemet fungerade inte efter "
             "uppgraderingen. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
            ("Skolskjuts", "Skolskjuts – beslut fattas enligt gällande riktlinjer", "Skolskjutshandläggare", "⚪",
             "Utgår – skolskjutshandläggningen flyttades till Tekniska nämnden från 2025-03-01.", "UTGAR", ""),
            ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenterat på alla enheter", "Rektorer",
             "🟡",
             "7 av 9 enheter har dokumentationen klar. Höjdens förskola och Valboskolan beräknas vara klara "
             "i februari 2026.", "DELVIS", ""),
        ]),
    ]
    for title, rows in blocks:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                set_cell(cells[i], v, size=12 if i == 3 else 9)
            exp(fil, "Barn- och utbildningsnämnden", row[1], row[5], row[6])
        widths = [Cm(3), Cm(7), Cm(3), Cm(1.6), Cm(10)]
        for r in t.rows:
            for i, c in enumerate(r.cells):
                c.width = widths[i]
        d.add_paragraph("")

    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen under 2025 i huvudsak har varit "
        "tillräcklig. Kontrollmomenten om frånvarouppföljning och avtalstrohet förs över till plan 2026.")
    d.add_paragraph("Färgelanda 2026-01-28")
    d.add_paragraph("Maria Ek\nFörvaltningschef, barn- och utbildningsförvaltningen")
    docx_props(d, "Maria Ek")
    d.save(out(fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys export - comma separated CSV, quoted, two nämnder, period rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_IK_export_20260122.csv"
    ks = "Färgelanda kommun/Kommunstyrelsen/Kommunledningsförvaltningen"
    kfn = "Färgelanda kommun/Kultur- och fritidsnämnden"
    # (org, nämnd, id, process, kontrollmoment, ansvarig,
    #   (delår status, delår kommentar, delår avv), (helår status, helår kommentar, helår avv), exp status, exp avv)
    ctrl = [
        (ks, "Kommunstyrelsen", "KS-IK-01", "Ekonomiprocessen", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef",
         ("Klar", "Stickprov 25 fakturor jan–jun, inga avvikelser.", "Nej"),
         ("Klar", "Stickprov 50 fakturor under året. 1 faktura attesterad av person med jäv, rättad och "
                  "påpekad för berörd chef.", "Ja"), "GENOMFORD", "ja"),
        (ks, "Kommunstyrelsen", "KS-IK-02", "Ärendeprocessen",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare",
         ("Pågående", "Första halvåret kontrollerat.", ""),
         ("Klar", "Samtliga delegationsbeslut 2025 har anmälts till KS.", "Nej"), "GENOMFORD", "nej"),
        (ks, "Kommunstyrelsen", "KS-IK-03", "Inköpsprocessen",
         "Avtalstrohet vid direktupphandling, kontroll mot upphandlingsriktlinjen", "Upphandlare",
         ("Ej påbörjad", "", ""),
         ("Pågående", "Analys av leverantörsreskontran klar. Dokumentationen av direktupphandlingar över "
                      "100 tkr granskas, rapport till KS i mars 2026.", ""), "DELVIS", ""),
        (ks, "Kommunstyrelsen", "KS-IK-04", "Löneprocessen",
         "Kontroll av löneutbetalningar – korrekta tillägg och avdrag", "Lönechef",
         ("Klar", "Stickprov 12 lönespecifikationer, inga fel.", "Nej"),
         ("Klar", "Stickprov 25 lönespecifikationer, två felaktiga OB-tillägg.\nKorrigerade i "
                  "decemberlönen.", "Ja"), "GENOMFORD", "ja"),
        (ks, "Kommunstyrelsen", "KS-IK-05", "Informationssäkerhet",
         "Behörigheter i ekonomisystemet följs upp två gånger per år", "Systemförvaltare ekonomi",
         ("Ej påbörjad", "", ""),
         ("Ej påbörjad", "Skjuts till 2026 på grund av byte av ekonomisystem.", ""), "EJ_GENOMFORD", ""),
        (ks, "Kommunstyrelsen", "KS-IK-06", "Ärendeprocessen",
         "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Registrator",
         ("", "", ""),
         ("", "", ""), "SAKNAS", ""),
        (ks, "Kommunstyrelsen", "KS-IK-07", "Ekonomiprocessen",
         "Kontroll av att representationsfakturor har syfte och deltagare angivet", "Ekonomichef",
         ("Pågående", "", ""),
         ("Klar", 'Granskat 15 fakturor. Samtliga hade syfte angivet, 2 saknade deltagarlista ("internt '
                  'möte"), kompletterat i efterhand.', "Ja"), "GENOMFORD", "ja"),
        (kfn, "Kultur- och fritidsnämnden", "KFN-IK-01", "Föreningsbidrag",
         "Bidrag till föreningar betalas ut enligt gällande bidragsregler", "Fritidschef",
         ("Klar", "Vårens bidrag kontrollerade.", "Nej"),
         ("Klar", "Kontroll av 12 föreningars ansökningar och utbetalningar, inga fel.", "Nej"),
         "GENOMFORD", "nej"),
        (kfn, "Kultur- och fritidsnämnden", "KFN-IK-02", "Kontanthantering",
         "Kassahantering vid badhuset – dagskassor stäms av mot kassarapport", "Badmästare",
         ("Pågående", "", ""),
         ("Klar", "Differens vid 3 tillfällen (under 200 kr per tillfälle). Rutinen för kassaavstämning "
                  "förtydligad, två personer räknar kassan.", "Ja"), "GENOMFORD", "ja"),
        (kfn, "Kultur- och fritidsnämnden", "KFN-IK-03", "Lokalbokning",
         "Bokningar i lokalbokningssystemet faktureras", "Fritidsassistent",
         ("Pågående", "Avstämning januari–april gjord.", ""),
         ("Pågående", "Avstämning gjord t.o.m. oktober, november–december återstår.", ""), "DELVIS", ""),
        (kfn, "Kultur- och fritidsnämnden", "KFN-IK-04", "Bibliotek",
         "Utlåning av bibliotekets tekniska utrustning registreras", "Bibliotekschef",
         ("Pågående", "", ""),
         ("Avbruten", "Avbruten genom beslut KFN 2025-06-12 § 31, utlåningen av teknisk utrustning upphör.",
          ""), "UTGAR", ""),
        (kfn, "Kultur- och fritidsnämnden", "KFN-IK-05", "Bidrag",
         "Kontroll av att verksamhetsbidrag till studieförbund redovisas", "Kulturchef",
         ("Ej påbörjad", "", ""),
         ("Klar", "Samtliga tre studieförbund har lämnat verksamhetsredovisning för 2024,\n"
                  "inga anmärkningar.", "Nej"), "GENOMFORD", "nej"),
    ]
    header = ["Organisation", "Id", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
              "Kommentar", "Avvikelse", "Senast uppdaterad"]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for c in ctrl:
            org, namnd, cid, proc, km, ans, dl, hl, st, av = c
            w.writerow([org, cid, proc, km, ans, "Delår 2025", dl[0], dl[1], dl[2],
                        "2025-09-05" if dl[0] else ""])
            w.writerow([org, cid, proc, km, ans, "Helår 2025", hl[0], hl[1], hl[2],
                        "2026-01-%02d" % (12 + (len(cid) % 7)) if hl[0] else ""])
            exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Myndighetsnämnden - ODT, helår 2024 sent late
# ---------------------------------------------------------------------------
def make_mn():
    fil = "MN uppföljning internkontroll helår 2024.odt"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    smallb = Style(name="LitenFet", family="paragraph")
    smallb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(smallb)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.automaticstyles.addElement(title)
    tstyle = Style(name="Tabell", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cstyle = Style(name="Cell", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cstyle)
    widths = ["0.8cm", "2.6cm", "4.6cm", "2.0cm", "4.2cm", "2.8cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="Kol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=title, text="Myndighetsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan – helår 2024"))
    doc.text.addElement(P(text="Färgelanda kommun, myndighetsnämnden för bygg, miljö och trafik"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=(
        "Uppföljningen av 2024 års internkontrollplan skulle ha redovisats för nämnden i februari 2025 men "
        "blev försenad i samband med byte av förvaltningschef. Den lämnas därför nu i efterhand, i samma "
        "omgång som övriga nämnders uppföljning för 2025. Uppföljningen för 2025 redovisas separat.")))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Kolumnen Genomförd anges med Ja, Nej eller Delvis."))

    rows = [
        ("1", "Bygglov", "Handläggningstid för bygglov – beslut inom tio veckor från komplett ansökan", "Ja",
         "4 av 120 ärenden överskred tidsfristen. Avgiften reducerades enligt PBL.",
         "Veckovis bevakning av tidsfrister.", "GENOMFORD", "ja"),
        ("2", "Taxor och avgifter", "Debitering av tillsynsavgifter enligt fastställd taxa", "Ja",
         "Stickprov 20 debiteringar. Inga avvikelser.", "–", "GENOMFORD", "nej"),
        ("3", "Delegation", "Delegationsbeslut anmäls till nämnden", "Ja",
         "Samtliga beslut anmälda vid nästkommande sammanträde.", "–", "GENOMFORD", "nej"),
        ("4", "Rättssäkerhet", "Jäv – kontroll av att handläggare anmält jäv i ärenden", "Delvis",
         "Rutinen reviderad under hösten; stickprov gjordes endast för kvartal 4.",
         "Helårskontroll 2025.", "DELVIS", ""),
        ("5", "Arkiv", "Arkivering av avslutade ärenden i e-arkivet", "Nej",
         "Ej genomförd – e-arkivet driftsattes först i december 2024.", "Flyttas till plan 2025.",
         "EJ_GENOMFORD", ""),
        ("6", "Tillsyn", "Byggsanktionsavgifter beslutas enligt plan- och byggförordningen", "Ja",
         "Genomförd med anmärkning: ett beslut saknade kommunicering med fastighetsägaren före beslut.",
         "Mallen för kommunicering uppdaterad.", "GENOMFORD", "ja"),
    ]
    t = Table(name="Uppfoljning2024", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Genomförd", "Iakttagelser", "Åtgärd"]
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=cstyle, valuetype="string")
        tc.addElement(P(stylename=smallb, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for row in rows:
        tr = TableRow()
        for v in row[:6]:
            tc = TableCell(stylename=cstyle, valuetype="string")
            tc.addElement(P(stylename=small, text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, "Myndighetsnämnden", row[2], row[6], row[7])
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Färgelanda 2026-01-30"))
    doc.text.addElement(P(text="Anders Lund, förvaltningschef samhällsbyggnad"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", "Myndighetsnämnden", "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Valbohem AB - .xls with tick columns Ja / Nej / Delvis
# ---------------------------------------------------------------------------
def make_valbohem():
    fil = "Valbohem IK 2025 helår.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_bold = xlwt.easyxf("font: bold on")
    st_hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert centre, horiz centre")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    st_x = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: horiz centre, vert top; font: bold on")
    st_grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                         "borders: left thin, right thin, top thin, bottom thin")

    ws.write(0, 0, "Valbohem AB", st_title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – helår", st_bold)
    ws.write(2, 0, "Redovisas för styrelsen 2026-02-26. Markera med X i en av kolumnerna under Utfört.")
    ws.write_merge(4, 5, 0, 0, "Område", st_hdr)
    ws.write_merge(4, 5, 1, 1, "Risk", st_hdr)
    ws.write_merge(4, 5, 2, 2, "Kontrollmoment", st_hdr)
    ws.write_merge(4, 5, 3, 3, "Frekvens", st_hdr)
    ws.write_merge(4, 5, 4, 4, "Ansvarig", st_hdr)
    ws.write_merge(4, 4, 5, 7, "Utfört", st_hdr)
    ws.write(5, 5, "Ja", st_hdr)
    ws.write(5, 6, "Nej", st_hdr)
    ws.write(5, 7, "Delvis", st_hdr)
    ws.write_merge(4, 5, 8, 8, "Kommentar", st_hdr)

    rows = [
        ("group", "Hyresadministration"),
        ("", "Felaktiga hyresintäkter", "Hyresavisering stäms av mot hyreslängd", "Månadsvis", "Ekonom",
         "J", "Avstämt varje månad, inga differenser.", "GENOMFORD", "nej"),
        ("", "Kundförluster", "Uppföljning av hyresfordringar och kravhantering", "Månadsvis", "Ekonom",
         "J", "Fordringar äldre än 90 dagar: 4 ärenden, överlämnade till inkasso enligt kravrutinen.",
         "GENOMFORD", "nej"),
        ("", "Felaktig fördelning av lägenheter", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)",
         "Stickprov 2 ggr/år", "Uthyrare", "J", "Stickprov 10 kontrakt, samtliga tilldelade enligt kö.",
         "GENOMFORD", "nej"),
        ("group", "Fastighetsförvaltning"),
        ("", "Eftersatt underhåll", "Underhållsplanen är uppdaterad och följs", "Årligen", "Fastighetschef",
         "D", "Planen uppdaterad i maj. 2 av 5 planerade åtgärder skjutna till 2026 (tak Stigen, fönster Sågen).",
         "DELVIS", ""),
        ("", "Bristande ventilation", "OVK-besiktningar genomförda enligt schema", "Enligt schema",
         "Fastighetschef", "N", "Besiktning Stigen ej utförd, beställd till mars 2026.", "EJ_GENOMFORD", ""),
        ("", "Brand i allmänna utrymmen", "Brandskyddskontroll i allmänna utrymmen och trapphus",
         "Kvartalsvis", "Fastighetsskötare", "", "", "SAKNAS", ""),
        ("group", "Ekonomi och upphandling"),
        ("", "Oegentligheter", "Attest av leverantörsfakturor enligt attestordningen", "Löpande", "VD",
         "J", "1 faktura avseende VD:s eget utlägg attesterad av VD. Rutinen ändrad, ordföranden attesterar "
              "VD:s utlägg.", "GENOMFORD", "ja"),
        ("", "Otillåten direktupphandling", "Upphandling enligt LOU – avrop mot ramavtal", "Stickprov",
         "VD", "JD", "Se styrelseprotokoll 2025-11-20 § 12.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "group":
            ws.write_merge(r, r, 0, 8, row[1], st_grp)
            r += 1
            continue
        _, risk, km, frek, ans, tick, kom, st, av = row
        ws.write(r, 0, "", st_cell)
        ws.write(r, 1, risk, st_cell)
        ws.write(r, 2, km, st_cell)
        ws.write(r, 3, frek, st_cell)
        ws.write(r, 4, ans, st_cell)
        ws.write(r, 5, "X" if "J" in tick else "", st_x)
        ws.write(r, 6, "X" if "N" in tick else "", st_x)
        ws.write(r, 7, "X" if "D" in tick else "", st_x)
        ws.write(r, 8, kom, st_cell)
        exp(fil, "Valbohem AB", km, st, av)
        r += 1
    r += 1
    ws.write(r, 0, "Upprättad av: Per Johansson, VD Valbohem AB, 2026-02-02")
    for c, wdt in enumerate([14, 24, 40, 14, 16, 6, 6, 7, 50]):
        ws.col(c).width = wdt * 256
    ws.set_header_str(b"&LValbohem AB&RInternkontroll 2025")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Valbohem AB", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - ordinary xlsx, title rows and "Granskning genomförd"
# ---------------------------------------------------------------------------
def make_tn():
    fil = "Tekniska nämnden uppföljning IKP 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Tekniska nämnden"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A5"] = "Uppföljning:"
    ws["B5"] = "Helår"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    headers = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
               "Status", "Återredovisas"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", start_color="E2EFDA", end_color="E2EFDA")
        c.alignment = wrap
    rows = [
        (1, "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor. Inga avvikelser identifierade.", "Ingen åtgärd", "Granskning genomförd",
         "Bokslut", "GENOMFORD", "nej"),
        (2, "Fordon", "Körjournaler för kommunens fordon förs korrekt",
         "3 av 14 fordon saknade fullständig körjournal för perioden.",
         "Påminnelse till fordonsansvariga. Digital körjournal införs 2026.", "Granskning genomförd",
         "Delår 2026", "GENOMFORD", "ja"),
        (3, "Renhållning", "Fakturering av renhållningsavgifter stäms av mot abonnentregistret",
         "Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (4, "Kost", "Livsmedelsinköp följer gällande livsmedelsavtal",
         "Granskning gjord för kök Valboskolan och Håvesten. Övriga kök återstår.",
         "Resterande kök granskas första kvartalet 2026.", "Delvis granskad", "Delår 2026", "DELVIS", ""),
        (5, "Fastighet", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "", "Kontrollen läggs in i driftens årsplanering.", "Granskning ej genomförd", "Helår 2026",
         "EJ_GENOMFORD", ""),
        (6, "Skolskjuts", "Skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
         "Stickprov 15 beslut. Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        (7, "Fastighet", "Inventering av nycklar och passerkort",
         "Inventeringen har inte genomförts på grund av vakant tjänst som fastighetschef under hösten.",
         "Genomförs våren 2026.", None, "Delår 2026", "EJ_GENOMFORD", ""),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            ws.cell(row=r, column=i, value=v).alignment = wrap
        exp(fil, "Tekniska nämnden", row[2], row[7], row[8])
        r += 1
    for col, wdt in zip("ABCDEFG", [5, 18, 40, 45, 38, 20, 14]):
        ws.column_dimensions[col].width = wdt
    wb.properties.creator = "Samhällsbyggnadsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - docx, text only (heading per control, Status: line)
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "ÖFN IK-uppföljning 2025.docx"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden i Färgelanda", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – helår 2025")
    d.add_paragraph(
        "Nämnden har under 2025 följt upp fem kontrollmoment. Varje kontrollmoment redovisas nedan med "
        "status och kommentar.")
    items = [
        ("Samtliga årsräkningar granskas inom sex månader från inlämnande", "Genomförd",
         "Av 118 inkomna årsräkningar granskades 112 inom sex månader. Sex granskningar blev försenade "
         "eftersom kompletteringar dröjde; ställföreträdarna har påmints om inlämningsreglerna.",
         "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Genomförd",
         "Stickprov 20 arvodesbeslut. Samtliga enligt riktlinjerna, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att förteckningar inkommit inom två månader efter förordnande", "Delvis genomförd",
         "Kontrollen gjord för förordnanden under första halvåret. Andra halvåret kontrolleras i februari 2026.",
         "DELVIS", ""),
        ("Uttagsmedgivanden från spärrade konton handläggs enligt delegationsordningen", "Genomförd",
         "Samtliga 34 uttagsmedgivanden beslutade av rätt delegat.", "GENOMFORD", "nej"),
        ("Utbildning av nya gode män genomförs", "Utgår",
         "Ej aktuellt 2025. Från 2026 ordnas utbildningen gemensamt av Dalslandskommunerna.", "UTGAR", ""),
    ]
    for i, (km, st, kom, es, ea) in enumerate(items, 1):
        d.add_heading("Kontrollmoment %d" % i, level=2)
        p = d.add_paragraph()
        p.add_run(km).bold = True
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(st)
        p = d.add_paragraph()
        p.add_run("Kommentar: ").bold = True
        p.add_run(kom)
        exp(fil, "Överförmyndarnämnden", km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Eva Holm, handläggare överförmyndarenheten, 2026-01-20")
    docx_props(d, "Eva Holm")
    d.save(out(fil))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Tekniska nämnden, no follow-up
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv TN internkontroll helår 2025.docx"
    d = docx.Document()
    d.add_paragraph("Färgelanda kommun\nSamhällsbyggnadsförvaltningen")
    d.add_paragraph("2026-01-26\t\tDnr TN 2025/102")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Överlämnande av uppföljning av internkontrollplan helår 2025", level=1)
    d.add_paragraph(
        "Härmed överlämnas Tekniska nämndens uppföljning av internkontrollplanen för helår 2025. "
        "Uppföljningen behandlades av nämnden 2026-01-22 § 7 och finns i den bifogade Excelfilen "
        "”Tekniska nämnden uppföljning IKP 2025”.")
    d.add_paragraph(
        "Nämnden har lagt uppföljningen till handlingarna. Kontrollmoment som inte hunnit genomföras under "
        "året har förts över till internkontrollplanen för 2026, som antogs vid samma sammanträde.")
    d.add_paragraph("Frågor om uppföljningen besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anders Lund\nFörvaltningschef samhällsbyggnad\n0528-567 00")
    docx_props(d, "Anders Lund")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def make_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
        ("Myndighetsnämnden", "MN|Myndighetsnämnden för bygg, miljö och trafik|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Valbohem AB", "Valbohem|Valbohem Aktiebolag"),
        ("Färgelanda Vatten AB", "FVAB|Färgelanda Vatten"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def main():
    make_sn()
    make_bun()
    make_stratsys()
    make_mn()
    make_valbohem()
    make_tn()
    make_ofn()
    make_missiv()
    make_register()
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
