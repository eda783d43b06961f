#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r505 - Ljusdals kommun, delår 2025 (januari-augusti).

Builds 7 follow-up files + 1 covering letter (to be rejected), and
namnder.csv, files.csv, expected.csv.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import xlwt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round505"
FIXED = dt.datetime(2025, 9, 12, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert not km.startswith("="), km
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


def guard(v):
    if isinstance(v, str) and v.startswith("="):
        raise ValueError("cell text starting with '=': %r" % v)
    return v


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - risk- och kontrollmatris (xlsx), grouped by risk level
# ---------------------------------------------------------------------------
def f1():
    fil = "Risk- och kontrollmatris KS delår 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RKM 2025"
    wb.properties.creator = "Ekonomienheten"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

    ws["A1"] = "Ljusdals kommun"
    ws["A1"].font = Font(bold=True, size=11, color="555555")
    ws["A2"] = "Kommunstyrelsen – Risk- och kontrollmatris 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning delår januari–augusti 2025"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Sammanställd av: Kommunledningsförvaltningen, ekonomienheten      Datum: 2025-09-12"
    ws["A4"].font = Font(italic=True, size=9)

    head = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Status",
            "Ansvarig", "Kommentar delår"]
    hr = 6
    for c, h in enumerate(head, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX

    groups = [
        ("HÖG RISK – riskvärde 12–16", "C00000", [
            ("Felaktiga utbetalningar till leverantörer (bluffakturor, bedrägeriförsök)", 3, 4, [
                ("Kontroll av ändringar av bankgiro/kontonummer i leverantörsregistret",
                 "Genomförd", "Redovisningsansvarig",
                 "30 ändringar granskade. Samtliga verifierade via känt telefonnummer hos leverantören.",
                 "GENOMFORD", "nej"),
                ("Stickprov om 40 leverantörsfakturor – attest enligt attestordningen",
                 "Genomförd med anmärkning", "Controller",
                 "3 av 40 fakturor attesterade av vikarie utan attesträtt. Attestförteckningen är uppdaterad.",
                 "GENOMFORD", "ja"),
            ]),
            ("Obehörig åtkomst till verksamhetssystem", 3, 4, [
                ("Behörighetsgenomgång i ekonomisystemet Raindance och personalsystemet Heroma",
                 "Pågår", "Systemförvaltare",
                 "Raindance klar utan anmärkning.\nHeroma genomförs i september.",
                 "DELVIS", "nej"),
            ]),
            ("Otillåten direktupphandling", 4, 3, [
                ("Uppföljning av inköp över direktupphandlingsgränsen utan avtal (avtalstrohet)",
                 "Ej genomförd", "Upphandlingschef",
                 "Skjuts till hösten p.g.a. vakans på upphandlingsenheten.",
                 "EJ_GENOMFORD", ""),
            ]),
        ]),
        ("MEDELHÖG RISK – riskvärde 6–9", "ED7D31", [
            ("Delegationsbeslut dokumenteras och anmäls inte", 3, 2, [
                ("Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
                 "Genomförd", "Kanslichef",
                 "Samtliga beslut jan–jun anmälda till KS.",
                 "GENOMFORD", "nej"),
            ]),
            ("Felaktig löneutbetalning", 2, 3, [
                ("Stickprov av 25 löneändringar mot underlag",
                 "Genomförd", "HR-chef",
                 "Ett fel identifierat (felaktigt OB-tillägg), rättat på augustilönen.",
                 "GENOMFORD", "ja"),
                ("Uppföljning av timanställdas anställningstid (LAS-dagar)",
                 "Utgår", "HR-chef",
                 "Utgår enligt KS beslut 2025-05-06 § 87. Ersätts av central LAS-bevakning i Heroma.",
                 "UTGAR", ""),
            ]),
            ("Representation och gåvor hanteras i strid med riktlinjer", 2, 3, [
                ("Granskning av representationsfakturor – syfte och deltagare angivna",
                 None, "Controller",
                 "Se bilaga 3",
                 "OKLAR", ""),
            ]),
        ]),
        ("LÅG RISK – riskvärde 1–4", "70AD47", [
            ("Kontanthantering i kommunhusets reception", 1, 3, [
                ("Inventering av handkassor",
                 "Genomförd", "Ekonomichef",
                 "Kassorna stämda 2025-06-30 utan differens.",
                 "GENOMFORD", "nej"),
            ]),
            ("Styrdokument är inaktuella", 2, 2, [
                ("Genomgång att kommunstyrelsens styrdokument har aktualitetsprövats",
                 None, "Kanslichef", None,
                 "SAKNAS", ""),
            ]),
        ]),
    ]

    r = hr + 1
    ncol = len(head)
    for gtitle, color, risks in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, gtitle)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=color)
        r += 1
        for risk, s, k, ctrls in risks:
            first = r
            for km, status, ansv, komm, st, avv in ctrls:
                ws.cell(r, 5, guard(km))
                if status:
                    ws.cell(r, 6, status)
                ws.cell(r, 7, ansv)
                if komm:
                    ws.cell(r, 8, guard(komm))
                for cc in range(1, ncol + 1):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                exp(fil, nm, km, st, avv)
                r += 1
            ws.cell(first, 1, risk)
            ws.cell(first, 2, s)
            ws.cell(first, 3, k)
            ws.cell(first, 4, s * k)
            if r - first > 1:
                for cc in (1, 2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=cc, end_row=r - 1, end_column=cc)
            for cc in (2, 3, 4):
                ws.cell(first, cc).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(r, 1, "Förklaring").font = Font(bold=True)
    ws.cell(r + 1, 1, "Sannolikhet och konsekvens bedöms på skala 1–4. Riskvärde = sannolikhet × konsekvens.")
    ws.cell(r + 2, 1, "Status anges som Genomförd / Genomförd med anmärkning / Pågår / Ej genomförd / Utgår.")
    ws.cell(r + 4, 1, "Beslutad av kommunstyrelsen 2025-02-04 § 21. Uppföljningen redovisas i delårsrapporten.")

    widths = [34, 11, 11, 10, 48, 16, 20, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.oddFooter.left.text = "Ljusdals kommun, Kommunstyrelsen"
    ws.oddFooter.right.text = "Sida &P av &N"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    guard(text)
    cell.text = ""
    lines = (text or "").split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def fix_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - Word, risk headings merged across
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN Uppföljning internkontroll delår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_core(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "LJUSDALS KOMMUN\tBarn- och utbildningsförvaltningen\t2025-09-10"

    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph().add_run("Uppföljning av intern kontroll – delårsrapport per 31 augusti 2025").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 20 februari 2025 (§ 14). Kontrollmomenten är "
        "grupperade efter de risker som identifierades i nämndens risk- och väsentlighetsanalys. "
        "Nedan redovisas resultatet av de kontroller som planerats till perioden januari–augusti.")
    d.add_paragraph(
        "Statusmarkering: G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår")

    cols = ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Resultat/kommentar", "Status"]
    blocks = [
        ("Risk: Elever i behov av särskilt stöd får inte åtgärdsprogram i tid – riskvärde 12 (hög)", [
            ("Kontroll att åtgärdsprogram upprättas inom skälig tid efter beslut om särskilt stöd",
             "Stickprov 20 elever, samtliga grundskolor", "Rektorer",
             "18 av 20 åtgärdsprogram upprättade inom fyra veckor. Två upprättades för sent, "
             "återkopplat till berörda rektorer.", "G", "GENOMFORD", "ja"),
            ("Kontroll av att kränkande behandling anmäls till huvudman samma dag",
             "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola",
             "Granskning påbörjad på 4 av 9 skolor.", "D", "DELVIS", ""),
        ]),
        ("Risk: Felaktiga interkommunala ersättningar och avgifter – riskvärde 9 (medel)", [
            ("Avstämning av interkommunala ersättningar (IKE) mot elevregistret",
             "Avstämning mars och augusti", "Controller BUF",
             "Avstämning gjord per mars och augusti, inga differenser.", "G", "GENOMFORD", "nej"),
            ("Kontroll av debitering av barnomsorgsavgifter (maxtaxa) mot inkomstuppgifter",
             "Stickprov 30 hushåll", "Förskolechef/administratör",
             "Kontrollen är genomförd. Tre hushåll hade felaktig inkomstuppgift; avgifterna har korrigerats.",
             "", "GENOMFORD", "ja"),
        ]),
        ("Risk: Personal anställs utan kontroll av belastningsregister och legitimation – riskvärde 8 (medel)", [
            ("Stickprov på nyanställda: utdrag ur belastningsregistret uppvisat före anställning",
             "Stickprov 15 nyanställda", "HR-konsult",
             "Ej genomförd under perioden då HR-resurs saknats. Genomförs i oktober.",
             "E", "EJ_GENOMFORD", ""),
            ("Kontroll av lärarlegitimation och behörighet vid tillsvidareanställning",
             "Samtliga tillsvidareanställningar jan–aug", "HR-konsult",
             "Samtliga 14 tillsvidareanställda lärare har legitimation i rätt ämne.",
             "G", "GENOMFORD", "nej"),
        ]),
        ("Risk: Skolskjutsverksamheten följer inte avtal och beslut – riskvärde 6 (medel)", [
            ("Uppföljning av skolskjutsentreprenörens avtalsvillkor (fordon, bälten, förarutbildning)",
             "Avtalsuppföljningsmöte + stickprov", "Skolskjutssamordnare",
             "Utgår – ny upphandling av skolskjuts pågår, kontrollen flyttas till plan 2026.",
             "U", "UTGAR", ""),
            ("Kontroll av att skolskjutsbeslut fattas av behörig delegat",
             "Stickprov 25 beslut", "Skolskjutssamordnare",
             "10 beslut granskade utan anmärkning, resterande granskas under hösten.",
             "D", "DELVIS", "nej"),
        ]),
        ("Risk: Obehörig åtkomst till elevhälsans journaler – riskvärde 4 (låg)", [
            ("Genomgång av behörigheter i elevhälsans journalsystem PMO",
             "Behörighetslista mot personalförteckning", "Verksamhetschef elevhälsa",
             "Behörigheter kvarstod för sex personer som slutat. Dessa är nu borttagna.",
             "G", "GENOMFORD", "ja"),
        ]),
    ]
    nrows = 1 + sum(1 + len(b[1]) for b in blocks)
    t = d.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    r = 1
    for risk, ctrls in blocks:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(m, risk, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for km, metod, ansv, res, status, st, avv in ctrls:
            cells = t.rows[r].cells
            set_cell(cells[0], km)
            set_cell(cells[1], metod)
            set_cell(cells[2], ansv)
            set_cell(cells[3], res)
            set_cell(cells[4], status, bold=True)
            exp(fil, nm, km, st, avv)
            r += 1
    widths = [Cm(5.2), Cm(3.4), Cm(2.8), Cm(5.6), Cm(1.4)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen inom nämndens ansvarsområde bedöms "
                    "i huvudsak vara tillräcklig. Kontrollen av belastningsregister genomförs under hösten.")
    d.add_paragraph("Ljusdal 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden - Word .doc, processes with controls numbered 1.1, 1.2
# ---------------------------------------------------------------------------
def f3(tmp):
    fil = "Socialnämnden IK-uppföljning 2025-08.doc"
    nm = "Socialnämnden"
    d = docx.Document()
    fix_core(d, "Socialförvaltningen")
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Period: januari–augusti 2025 (delårsbokslut)")
    d.add_paragraph("Handläggare: Per Ohlsson, verksamhetscontroller    Dnr SN 2025/0112")
    d.add_paragraph("Bedömning anges som Utförd, Utförd – avvikelse, Delvis utförd, Ej utförd eller Ej aktuell.")

    cols = ["Nr", "Process / kontrollmoment", "Kontrollmetod", "Iakttagelser delår", "Bedömning"]
    procs = [
        ("1", "Myndighetsutövning", [
            ("1.1", "Utredningstid inom barn- och ungdomsvården överstiger inte fyra månader",
             "Stickprov 15 avslutade utredningar",
             "13 av 15 avslutade inom fyra månader. Två förlängda med beslut enligt 11 kap. 2 § SoL.",
             "Utförd", "GENOMFORD", "nej"),
            ("1.2", "Skyddsbedömning görs samma dag som orosanmälan inkommer",
             "Granskning av 30 orosanmälningar",
             "Samtliga granskade anmälningar hade skyddsbedömning samma dag.",
             "Utförd", "GENOMFORD", "nej"),
            ("1.3", "Kontroll att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
             "Stickprov 40 beslut",
             "Två beslut fattade av handläggare utan delegation. Rutinen har förtydligats på APT.",
             "Utförd – avvikelse", "GENOMFORD", "ja"),
        ]),
        ("2", "Ekonomi", [
            ("2.1", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut i Viva",
             "Stickprov 25 utbetalningar",
             "Inga fel noterade.",
             "Utförd", "GENOMFORD", "nej"),
            ("2.2", "Fakturering av placeringskostnader till andra kommuner och Migrationsverket",
             "Avstämning fakturerat mot placeringsbeslut",
             "Granskning av första halvåret påbörjad, klar i oktober.",
             "Delvis utförd", "DELVIS", ""),
            ("2.3", "Uppföljning av kostnader för externa placeringar mot ramavtal",
             "Jämförelse dygnskostnad mot ramavtalspris",
             "Planeras till oktober.",
             "Ej utförd", "EJ_GENOMFORD", ""),
        ]),
        ("3", "Personal och arbetsmiljö", [
            ("3.1", "Kontroll av att hot- och våldssituationer rapporteras i KIA",
             "Jämförelse KIA mot verksamhetens incidentlogg",
             "Kontrollen har flyttats till kommunstyrelsens plan (central HR-kontroll).",
             "Ej aktuell", "UTGAR", ""),
            ("3.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Genomgång av långtidssjukskrivna i Adato",
             "Rehabplan finns för 9 av 12 långtidssjukskrivna. Chefer påminda.",
             "Delvis utförd", "DELVIS", "ja"),
        ]),
    ]
    nrows = 1 + sum(1 + len(x[2]) for x in procs)
    t = d.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E2EFD9")
    r = 1
    for nr, proc, ctrls in procs:
        cells = t.rows[r].cells
        set_cell(cells[0], nr, bold=True)
        m = cells[1].merge(cells[4])
        set_cell(m, proc, bold=True)
        shade(cells[0], "F2F2F2")
        shade(m, "F2F2F2")
        r += 1
        for cnr, km, metod, iakt, bed, st, avv in ctrls:
            cells = t.rows[r].cells
            set_cell(cells[0], cnr)
            set_cell(cells[1], km)
            set_cell(cells[2], metod)
            set_cell(cells[3], iakt)
            set_cell(cells[4], bed)
            exp(fil, nm, km, st, avv)
            r += 1
    widths = [Cm(1.1), Cm(5.6), Cm(3.6), Cm(5.4), Cm(2.3)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    d.add_paragraph()
    d.add_paragraph("Beslutas av socialnämnden 2025-09-24.")
    src = os.path.join(tmp, "sn.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "sn.doc"), p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Omsorgsnämnden - xlsx with plan sheet beside follow-up sheet
# ---------------------------------------------------------------------------
def f4():
    fil = "ON Internkontrollplan 2025 med uppföljning delår.xlsx"
    nm = "Omsorgsnämnden"
    ctrls = [
        # process, risk, rv, km, metod, frekvens, ansvarig, resultat, status, åtgärd, ST, avv
        ("Hemtjänst", "Utförd tid avviker från beviljad tid", 12,
         "Kontroll att utförd tid i hemtjänsten överensstämmer med beviljad tid",
         "Jämförelse TES/Lifecare en månad", "2 ggr/år", "Enhetschefer hemtjänst",
         "Jämförelse för maj: avvikelse över 20 % i 11 ärenden. Omprövning begärd hos biståndshandläggare.",
         "Klar", "Omprövning av 11 beslut", "GENOMFORD", "ja"),
        ("Hemtjänst", "Brukare saknar aktuell genomförandeplan", 9,
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Stickprov 20 nya ärenden", "1 g/år", "Enhetschefer hemtjänst",
         "Granskat område Färila och Järvsö, övriga områden granskas i september.",
         "Pågående", "", "DELVIS", ""),
        ("Särskilt boende", "Fel i läkemedelshantering", 12,
         "Läkemedelshantering – kontroll av signeringslistor i särskilt boende",
         "Stickprov signeringslistor 3 boenden", "2 ggr/år", "MAS",
         "Inga avvikelser.", "Klar", "", "GENOMFORD", "nej"),
        ("Kvalitet", "Missförhållanden utreds inte", 8,
         "Kontroll av att avvikelser enligt Lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av samtliga rapporter", "2 ggr/år", "Kvalitetsutvecklare",
         "4 rapporter under perioden, samtliga utredda inom fastställd tid.", "Klar", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga avgifter", 9,
         "Debitering av omsorgsavgifter mot beslut och inkomstförfrågan",
         "Stickprov 30 avgiftsbeslut", "1 g/år", "Avgiftshandläggare",
         "Genomförs i november i samband med ny inkomstförfrågan.", "Ej startad", "", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Brukares pengar hanteras felaktigt", 8,
         "Kontroll av hantering av brukares privata medel (kontantkassor) på särskilda boenden",
         "Oanmäld kassainventering", "2 ggr/år", "Enhetschefer SÄBO",
         "Differens 340 kr på Gärdegården, rutin för kvittens förtydligad.", "Klar",
         "Ny kvittensrutin", "GENOMFORD", "ja"),
        ("Ekonomi", "Höga kostnader för inhyrd personal", 6,
         "Uppföljning av bemanningsföretag – fakturor mot avtal",
         "Fakturagranskning", "2 ggr/år", "Controller",
         "Inga bemanningssjuksköterskor anlitade under 2025.", "Ej aktuell", "", "UTGAR", ""),
        ("Fordon", "Bilar används privat / saknad dokumentation", 4,
         "Kontroll av att körjournaler förs för verksamhetens bilar",
         "Stickprov 10 bilar", "1 g/år", "Fordonsansvarig",
         "Kontrollen är inte gjord ännu.", None, "", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler", 12,
         "Behörighetskontroll i verksamhetssystemet Lifecare (loggkontroll)",
         "Loggkontroll 20 slumpvisa brukare", "2 ggr/år", "Systemförvaltare",
         None, None, None, "SAKNAS", ""),
        ("Personal", "Arbetsmiljöarbetet följs inte upp", 6,
         "Kontroll att skyddsronder genomförts på samtliga enheter",
         "Genomgång av skyddsrondsprotokoll", "1 g/år", "Verksamhetschefer",
         "Skyddsronder genomförda på 21 av 21 enheter.", "Klar", "", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    wb.properties.creator = "Omsorgsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Omsorgsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av omsorgsnämnden 2025-01-29 § 8"
    ws["A2"].font = Font(italic=True)
    head = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Ansvarig", "Rapporteras till"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
    for i, x in enumerate(ctrls, 1):
        vals = [i, x[0], x[1], x[2], x[3], x[4], x[5], x[6], "ON delår/helår"]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(4 + i, c, guard(v))
            cell.alignment = WRAP
            cell.border = BOX
    for i, w in enumerate([5, 18, 30, 10, 50, 30, 10, 22, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws2 = wb.create_sheet("Uppföljning delår")
    ws2["A1"] = "Omsorgsnämnden – uppföljning av internkontrollplan 2025"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Uppföljning per 2025-08-31 (delår)"
    ws2["A2"].font = Font(bold=True)
    ws2["A3"] = "Status: Klar / Pågående / Ej startad / Ej aktuell"
    ws2["A3"].font = Font(italic=True, size=9)
    head2 = ["Nr", "Kontrollmoment", "Genomförd kontroll / resultat", "Status", "Åtgärd"]
    for c, h in enumerate(head2, 1):
        cell = ws2.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
    fills = {"Klar": "C6EFCE", "Pågående": "FFEB9C", "Ej startad": "FFC7CE", "Ej aktuell": "D9D9D9"}
    for i, x in enumerate(ctrls, 1):
        r = 5 + i
        ws2.cell(r, 1, i)
        ws2.cell(r, 2, guard(x[3]))
        if x[7]:
            ws2.cell(r, 3, guard(x[7]))
        if x[8]:
            ws2.cell(r, 4, x[8])
            ws2.cell(r, 4).fill = PatternFill("solid", fgColor=fills[x[8]])
        if x[9]:
            ws2.cell(r, 5, guard(x[9]))
        for c in range(1, 6):
            ws2.cell(r, c).alignment = WRAP
            ws2.cell(r, c).border = BOX
        exp(fil, nm, x[3], x[10], x[11])
    r = 5 + len(ctrls) + 2
    ws2.cell(r, 1, "Kommentar: 5 av 10 kontroller klara per 31 augusti. Resterande följs upp i helårsrapporten.")
    ws2.cell(r + 1, 1, "Uppföljningen har beretts av ledningsgruppen 2025-09-03.")
    for i, w in enumerate([5, 50, 55, 13, 24], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Miljö- och byggnadsnämnden - .xls, status columns headed only by dates
# ---------------------------------------------------------------------------
def f5():
    fil = "MBN_IK_2025.xls"
    nm = "Miljö- och byggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    # xlwt's header_str setter is broken on Python 3 (str.decode); set the private field
    ws._Worksheet__header_str = "&CMiljö- och byggnadsnämnden – intern kontroll 2025"
    ws._Worksheet__footer_str = "&RSida &P"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    hdr_date = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                           "borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre",
                           num_format_str="YYYY-MM-DD")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cen = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on, height 180")

    ws.write(0, 0, "Intern kontroll 2025 – uppföljning", title)
    ws.write(1, 0, "Sammanställd av: Lena Berglund, nämndsekreterare   2025-09-05", ital)
    heads = ["Område", "Kontrollmoment", "Kontrollansvarig", "Frekvens"]
    dates = [dt.date(2025, 4, 30), dt.date(2025, 8, 31), dt.date(2025, 12, 31)]
    hr = 3
    for c, h in enumerate(heads):
        ws.write(hr, c, h, hdr)
    for j, dd in enumerate(dates):
        ws.write(hr, 4 + j, dd, hdr_date)
    ws.write(hr, 7, "Kommentar", hdr)

    rows = [
        ("Tillsyn", "Kontroll att tillsynsplanen för livsmedelskontroll följs (antal genomförda kontroller mot plan)",
         "Miljöchef", "Tertial", "Påb", "Påb", "", "62 % av planerade kontroller utförda per augusti.",
         "DELVIS", ""),
        ("Tillsyn", "Debitering av årlig tillsynsavgift enligt taxa",
         "Administratör", "1 g/år", "OK", "", "", "Kontrollerad vid T1, inga fel.",
         "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av att handläggningstid för bygglov inte överstiger 10 veckor",
         "Bygglovschef", "Tertial", "", "Avv", "",
         "3 av 41 ärenden över 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Stickprov på att startbesked inte ges innan kontrollplan fastställts",
         "Bygglovschef", "1 g/år", "", "OK", "", "",
         "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av att strandskyddsdispenser skickas till länsstyrelsen inom en vecka",
         "Bygglovschef", "1 g/år", "", "Ej", "", "Personalbrist, görs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Avstämning av bygglovsavgifter mot fakturerat belopp",
         "Ekonom", "Tertial", "OK", "OK", "", "",
         "GENOMFORD", "nej"),
        ("Administration", "Kontroll av att delegationsbeslut redovisas till nämnd",
         "Nämndsekreterare", "Tertial", "OK", "Utgår", "",
         "Ersatt av digital delegationslista i Ciceron från juni.",
         "UTGAR", ""),
        ("Administration", "Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Nämndsekreterare", "1 g/år", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = hr + 1
    for omr, km, ansv, frek, s1, s2, s3, komm, st, avv in rows:
        for c, v in enumerate([omr, km, ansv, frek]):
            ws.write(r, c, guard(v), body)
        for j, v in enumerate([s1, s2, s3]):
            ws.write(r, 4 + j, v, cen)
        ws.write(r, 7, guard(komm), body)
        exp(fil, nm, km, st, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring:", bold)
    ws.write(r + 1, 0, "OK = utförd utan anmärkning")
    ws.write(r + 2, 0, "Avv = utförd, avvikelse noterad")
    ws.write(r + 3, 0, "Påb = påbörjad")
    ws.write(r + 4, 0, "Ej = ej utförd")
    ws.write(r + 5, 0, "Utgår = kontrollen utgår")
    for c, w in enumerate([16, 52, 18, 10, 12, 12, 12, 46]):
        ws.col(c).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - Stratsys CSV export
# ---------------------------------------------------------------------------
def f6():
    fil = "Export_Stratsys_KFN_Internkontroll_2025-09-03.csv"
    nm = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsstöd", "Bidrag betalas ut på felaktiga grunder", 3, 3,
         "Kontroll att föreningsbidrag betalas ut enligt riktlinjer och mot inlämnad verksamhetsberättelse",
         "Föreningskonsulent", "Genomförd",
         "12 ansökningar granskade.\nEn förening saknade årsmötesprotokoll – utbetalningen stoppad tills komplettering inkommit.",
         "GENOMFORD", "ja"),
        ("Föreningsstöd", "Bidrag betalas ut på felaktiga grunder", 3, 3,
         "Uppföljning av att bidragsmottagande föreningar redovisar deltagartillfällen korrekt (LOK-stöd)",
         "Föreningskonsulent", "Pågående", "Stickprov på 5 av 10 föreningar klart.",
         "DELVIS", ""),
        ("Anläggningar", "Intäktsbortfall vid uthyrning", 2, 3,
         "Kontroll av bokning och debitering av hyror i idrottshallar (Ljusdalshallen, Järvsö sporthall)",
         "Bokningsansvarig", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Anläggningar", "Svinn och stöld i kassahantering", 2, 4,
         "Kassahantering i Ljusdals badhus – dagsavstämning mot kassasystem",
         "Badhuschef", "Genomförd",
         "Differenser under 50 kr vid tre tillfällen, utredda och dokumenterade.",
         "GENOMFORD", "ja"),
        ("Bibliotek", "Förlust av medier", 2, 2,
         "Inventering av mediebestånd och utlånade medier som inte återlämnats",
         "Bibliotekschef", "Ej påbörjad",
         "Flyttas till 2026 på grund av byte av bibliotekssystem.",
         "EJ_GENOMFORD", ""),
        ("Kultur", "Kommunens konst försvinner", 2, 3,
         "Konstinventering – kontroll av att kommunens konst finns på angiven plats",
         "Kultursamordnare", "Avbruten",
         "Avbruten genom beslut i KFN 2025-04-15 § 32. Ny inventering görs efter ombyggnaden av kommunhuset.",
         "UTGAR", ""),
        ("Kultur", "Otillåten direktupphandling", 3, 3,
         "Kontroll att evenemang och artistbokningar följer upphandlingsreglerna",
         "Kultursamordnare", "", "",
         "SAKNAS", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll – uppföljning"])
        w.writerow(["Organisation: Kultur- och fritidsnämnden"])
        w.writerow(["Period: Delår 2025 (jan-aug)"])
        w.writerow(["Utskriven: 2025-09-03 14:22 av ulrika.nord"])
        w.writerow([])
        w.writerow(["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
                    "Ansvarig", "Status", "Kommentar"])
        for proc, risk, s, k, km, ansv, status, komm, st, avv in rows:
            w.writerow([proc, risk, s, k, s * k, guard(km), ansv, status, guard(komm)])
            exp(fil, nm, km, st, avv)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  Bolagen - ODS with one sheet per bolag, status only as fill colour
# ---------------------------------------------------------------------------
def f7():
    fil = "Bolagen IK uppföljning aug 2025.ods"
    doc = OpenDocumentSpreadsheet()
    colors = {"G": "#00B050", "Y": "#FFC000", "R": "#FF0000", "X": "#A6A6A6"}
    styles = {}
    for key, col in colors.items():
        st = Style(name="fill" + key, family="table-cell")
        st.addElement(TableCellProperties(backgroundcolor=col, border="0.5pt solid #000000"))
        doc.automaticstyles.addElement(st)
        styles[key] = st
    sb = Style(name="boxed", family="table-cell")
    sb.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(sb)
    sh = Style(name="head", family="table-cell")
    sh.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#D9E1F2"))
    sh.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(sh)
    stitle = Style(name="title", family="table-cell")
    stitle.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(stitle)
    colw = []
    for i, wcm in enumerate(["4cm", "9cm", "4cm", "2cm", "8cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wcm))
        doc.automaticstyles.addElement(cs)
        colw.append(cs)

    def cell(text=None, style=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if text is None or text == "":
            return TableCell(**kw)
        if isinstance(text, (int, float)):
            c = TableCell(valuetype="float", value=text, **kw)
            c.addElement(P(text=str(text)))
            return c
        guard(text)
        c = TableCell(valuetype="string", **kw)
        for line in str(text).split("\n"):
            c.addElement(P(text=line))
        return c

    def row(vals, styles_=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            tr.addElement(cell(v, styles_[i] if styles_ else None))
        return tr

    bolag = [
        ("Ljusdalshem", "Ljusdalshem AB", [
            ("Hyresadministration",
             "Kontroll att hyreshöjning 2025 är korrekt inlagd i hyressystemet",
             "Ekonomichef", "G", "Stickprov 30 kontrakt, samtliga korrekta.", "GENOMFORD", "nej"),
            ("Hyresadministration",
             "Avstämning av vakanslista mot hyresreskontra",
             "Uthyrningsansvarig", "G", "", "GENOMFORD", "nej"),
            ("Inköp",
             "Kontroll av att ramavtal för underhåll används (avtalstrohet)",
             "Fastighetschef", "Y", "Hälften av inköpen jan–jun granskade.", "DELVIS", ""),
            ("Inköp",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonomichef", "G", "2 fakturor saknade andra attest, åtgärdat.", "GENOMFORD", "ja"),
            ("Ekonomi",
             "Uppföljning av kundfordringar och inkassoärenden",
             "Ekonom", "R", "Ej gjord, ekonom föräldraledig. Görs i oktober.", "EJ_GENOMFORD", ""),
            ("Fastighet",
             "Kontroll av systematiskt brandskyddsarbete (SBA) i flerbostadshus",
             "Fastighetschef", "X", "Hanteras i egen SBA-rond från 2025.", "UTGAR", ""),
        ]),
        ("Ljusdal Energi", "Ljusdal Energi AB", [
            ("Fakturering",
             "Kontroll av mätaravläsning och fakturering av fjärrvärme",
             "Kundtjänstchef", "G", "Inga fel.", "GENOMFORD", "nej"),
            ("Elnät",
             "Avstämning av elnätsintäkter mot intäktsram",
             "Ekonomichef", "Y", "Avstämning för första halvåret pågår.", "DELVIS", ""),
            ("IT/OT-säkerhet",
             "Kontroll av behörigheter i driftsystemet (SCADA)",
             "Drifttekniker", "G", "Två konton för tidigare konsulter spärrade.", "GENOMFORD", "ja"),
            ("Inköp",
             "Uppföljning av leverantörsavtal för flis och biobränsle",
             "Produktionschef", None, "", "SAKNAS", ""),
            ("Investeringar",
             "Kontroll av att investeringar över 500 tkr beslutats av styrelsen",
             "VD", None, "Se bilaga 1", "OKLAR", ""),
        ]),
    ]
    for sheetname, bolagnamn, ctrls in bolag:
        t = Table(name=sheetname)
        for cs in colw:
            t.addElement(TableColumn(stylename=cs))
        t.addElement(row([bolagnamn], [stitle]))
        t.addElement(row(["Intern kontroll 2025 – uppföljning per 31 augusti"]))
        t.addElement(row(["Status markeras med färg: grön = genomförd, gul = påbörjad/delvis, "
                          "röd = ej genomförd, grå = utgår"]))
        t.addElement(row([]))
        t.addElement(row(["Rutin", "Kontrollmoment", "Ansvarig", "Status", "Noteringar"], [sh] * 5))
        for rutin, km, ansv, color, note, st, avv in ctrls:
            stl = [sb, sb, sb, styles[color] if color else sb, sb]
            t.addElement(row([rutin, km, ansv, "", note], stl))
            exp(fil, bolagnamn, km, st, avv)
        t.addElement(row([]))
        t.addElement(row(["Godkänd av styrelsen 2025-09-18"]))
        doc.spreadsheet.addElement(t)
        FILES.append((fil, "INLAST", bolagnamn, "2025", "DELAR"))
    doc.save(p(fil))


# ---------------------------------------------------------------------------
# F8  Covering letter (must be rejected)
# ---------------------------------------------------------------------------
def f8():
    fil = "Följebrev uppföljning intern kontroll Omsorgsnämnden.docx"
    d = docx.Document()
    fix_core(d, "Omsorgsförvaltningen")
    d.add_paragraph("LJUSDALS KOMMUN\nOmsorgsförvaltningen").runs[0].bold = True
    d.add_paragraph("2025-09-08\nDnr ON 2025/0047")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    h = d.add_paragraph()
    h.add_run("Uppföljning av omsorgsnämndens internkontrollplan per 2025-08-31").bold = True
    d.add_paragraph(
        "Härmed översänds omsorgsnämndens uppföljning av internkontrollplanen 2025 för perioden "
        "januari–augusti, att ingå i kommunens delårsrapport. Uppföljningen finns i bifogad "
        "Excelfil, flik ”Uppföljning delår”.")
    d.add_paragraph(
        "Sammanfattningsvis är fem av tio kontrollmoment klara per den 31 augusti. Kontrollen av "
        "utförd tid i hemtjänsten visade avvikelser i elva ärenden och kontrollen av brukares privata "
        "medel visade en mindre differens. Debitering av omsorgsavgifter kontrolleras i november.")
    d.add_paragraph(
        "Uppföljningen behandlas av omsorgsnämnden den 24 september 2025. Protokollsutdrag skickas "
        "när protokollet är justerat.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Sundin\nController, omsorgsförvaltningen\n0651-180 00")
    d.add_paragraph("Bilaga: ON Internkontrollplan 2025 med uppföljning delår.xlsx")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def namnder():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggavdelningen|Bygg och miljö"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
        ("Ljusdalshem AB", "Ljusdalshem|LH"),
        ("Ljusdal Energi AB", "Ljusdal Energi|LEAB|Ljusdal Energiföretag"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in rows:
            fh.write("%s;%s\n" % (n, a))
    return {n for n, _ in rows}


def write_csvs(reg):
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            assert row[2] == "" or row[2] in reg, row
            fh.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmp = tempfile.mkdtemp(prefix="r505-")
    try:
        f1()
        f2()
        f3(tmp)
        f4()
        f5()
        f6()
        f7()
        f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    reg = namnder()
    write_csvs(reg)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
