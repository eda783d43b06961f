#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r531 - Alingsås kommun, helår 2025 (incl. AB Alingsåshem and Alingsås Energi Nät AB).

Builds every follow-up file plus namnder.csv, files.csv and expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 9, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def add_expected(fil, namnd, rows):
    for r in rows:
        EXPECTED.append((fil, namnd, r["km"], r["st"], r["av"]))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb(wb):
    wb.properties.creator = "Alingsås kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx with both "Status" and "Avvikelse (Ja/Nej)"
# ---------------------------------------------------------------------------
KS = [
    dict(nr="1", proc="Ekonomi", risk="Felaktiga utbetalningar",
         km="Attest av leverantörsfakturor enligt attestordningen",
         met="Stickprov 25 fakturor per halvår", ans="Redovisningsekonom",
         status="Genomförd", avv="Nej",
         kom="50 fakturor granskade (25 vår, 25 höst). Samtliga korrekt attesterade.",
         st="GENOMFORD", av="nej"),
    dict(nr="2", proc="Ekonomi", risk="Förtroendeskada",
         km="Kontroll av att representation redovisas med syfte och deltagare",
         met="Granskning av samtliga representationsverifikationer kv 2 och kv 4", ans="Controller",
         status="Genomförd", avv="Ja",
         kom="4 av 30 verifikationer saknade deltagarförteckning. Påminnelse om riktlinjerna skickad till samtliga chefer.",
         st="GENOMFORD", av="ja"),
    dict(nr="3", proc="Upphandling och inköp", risk="Köp utanför avtal",
         km="Avtalstrohet vid inköp av förbrukningsmaterial",
         met="Leverantörsanalys per kvartal", ans="Upphandlingschef",
         status="Delvis genomförd", avv="Ja",
         kom="Analys gjord för kvartal 1–3, kvartal 4 analyseras i februari 2026. Köp utanför avtal hos två enheter.",
         st="DELVIS", av="ja"),
    dict(nr="4", proc="Personal", risk="Felaktig lön",
         km="Kontroll av att lönerevision och lönetillägg är beslutade enligt delegationsordningen",
         met="Stickprov 15 anställda", ans="HR-chef",
         status="Genomförd", avv="Nej", kom="",
         st="GENOMFORD", av="nej"),
    dict(nr="5", proc="Personal", risk="Ohälsa och långa sjukskrivningar",
         km="Uppföljning av att chefer genomför rehabiliteringsutredning inom 30 dagar",
         met="Uttag ur HR-systemet", ans="HR-specialist",
         status="Ej genomförd", avv="",
         kom="Har inte prioriterats på grund av byte av HR-system. Flyttas till internkontrollplan 2026.",
         st="EJ_GENOMFORD", av=""),
    dict(nr="6", proc="Informationssäkerhet", risk="Obehörig åtkomst",
         km="Behörighetskontroll i ekonomisystemet Raindance – avslutade anställningar",
         met="Avstämning behörighetslista mot personalsystem", ans="Systemförvaltare",
         status="Genomförd", avv="Ja",
         kom="3 behörigheter låg kvar för personer som slutat. Borttagna 2025-11-12.",
         st="GENOMFORD", av="ja"),
    dict(nr="7", proc="Informationssäkerhet", risk="Brister i dataskydd",
         km="Kontroll av att registerförteckning enligt dataskyddsförordningen är uppdaterad",
         met="Genomgång av registerförteckningen", ans="Dataskyddssamordnare",
         status="Utgår", avv="",
         kom="Utgår enligt beslut KS 2025-05-07 § 88, ersätts av dataskyddsombudets granskning.",
         st="UTGAR", av=""),
    dict(nr="8", proc="Styrning och ledning", risk="Beslut fattas utan mandat",
         km="Anmälan av delegationsbeslut till kommunstyrelsen",
         met="Jämförelse delegationslistor – protokoll", ans="Kanslichef",
         status="Genomförd", avv="",
         kom="Inga anmärkningar.",
         st="GENOMFORD", av="nej"),
    dict(nr="9", proc="Styrning och ledning", risk="Handlingar registreras inte",
         km="Diarieföring av inkommande handlingar inom tre arbetsdagar",
         met="Stickprov i ärendehanteringssystemet", ans="Registrator",
         status="", avv="", kom="",
         st="SAKNAS", av=""),
    dict(nr="10", proc="Ekonomi", risk="Intäktsbortfall",
         km="Kontroll av kundfakturering – att fakturor skickas inom 30 dagar efter leverans",
         met="Stickprov 20 kundfakturor", ans="Ekonomichef",
         status="Delvis genomförd", avv="Nej",
         kom="Stickprov gjort för första halvåret, inga sena fakturor. Andra halvåret ej kontrollerat.",
         st="DELVIS", av="nej"),
]


def build_ks():
    fil = "KS Uppföljning internkontrollplan helår 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Kommunledningskontoret"
    ws["A3"] = "Uppföljningsperiod: Helår (januari–december 2025)"
    ws["A4"] = "Statusalternativ: Genomförd / Delvis genomförd / Ej genomförd / Utgår. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod och frekvens", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    for i, r in enumerate(KS):
        vals = [r["nr"], r["proc"], r["risk"], r["km"], r["met"], r["ans"], r["status"], r["avv"], r["kom"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r0 + 1 + i, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BORDER
    last = r0 + len(KS)
    ws.cell(row=last + 2, column=1, value="Sammanställt av: Ekonomiavdelningen, 2026-01-27")
    ws.cell(row=last + 3, column=1, value="Behandlad av kommunstyrelsen 2026-02-04 § 21")
    widths = [5, 18, 22, 45, 30, 20, 16, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    add_expected(fil, "Kommunstyrelsen", KS)


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, status ONLY as free text in "Resultat av kontroll"
# ---------------------------------------------------------------------------
SN = [
    dict(proc="Ekonomiskt bistånd",
         km="Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         met="Stickprov 20 akter", ans="Enhetschef försörjningsstöd",
         res="Kontrollen genomförd i oktober. Samtliga 20 granskade beslut var fattade av rätt delegat. Inga avvikelser.",
         st="GENOMFORD", av="nej"),
    dict(proc="Ekonomiskt bistånd",
         km="Kontroll av att utbetalningar av ekonomiskt bistånd görs till rätt mottagare (dubbelutbetalningar)",
         met="Utdrag ur verksamhetssystemet, två gånger per år", ans="Controller",
         res="",
         st="SAKNAS", av=""),
    dict(proc="Ekonomi",
         km="Attest av leverantörsfakturor enligt attestordningen",
         met="Stickprov 25 fakturor", ans="Controller",
         res="Tre av 25 fakturor saknade attest av beslutsattestant. Berörda attestanter har informerats och rutinen har gåtts igenom i ledningsgruppen.",
         st="GENOMFORD", av="ja"),
    dict(proc="Myndighetsutövning barn och unga",
         km="Förhandsbedömning av orosanmälan inom 14 dagar",
         met="Uttag ur Treserva per tertial", ans="Enhetschef barn och unga",
         res="Tertial 1 och 2 kontrollerade: 92 % av förhandsbedömningarna gjordes inom 14 dagar. Kontrollen av tertial 3 pågår och redovisas till nämnden i mars.",
         st="DELVIS", av="ja"),
    dict(proc="Myndighetsutövning barn och unga",
         km="Uppföljning av placeringar – vårdplan upprättad inom sex veckor",
         met="Aktgranskning", ans="Enhetschef barn och unga",
         res="Kontrollen har inte genomförts under året på grund av hög personalomsättning på enheten.",
         st="EJ_GENOMFORD", av=""),
    dict(proc="Informationssäkerhet",
         km="Loggkontroll i Treserva avseende otillbörlig åtkomst",
         met="Slumpvis loggkontroll 10 personakter per månad", ans="Systemförvaltare",
         res="Se bilaga 2.",
         st="OKLAR", av=""),
    dict(proc="Familjerätt",
         km="Kontroll av att avgifter för familjerådgivning debiteras",
         met="Avstämning bokade samtal mot fakturering", ans="Enhetschef familjerätt",
         res="Utgår – familjerådgivningen övergick till extern utförare 1 mars 2025.",
         st="UTGAR", av=""),
    dict(proc="Boenden",
         km="Hantering av kontanta medel på boenden (kassaboksinventering)",
         met="Oanmäld inventering två gånger per år", ans="Verksamhetschef",
         res="Inventering gjord på fyra av sex boenden. Differens på 340 kr på ett boende, utreds.",
         st="DELVIS", av="ja"),
    dict(proc="Arbetsmiljö",
         km="Rutin för hot och våld – genomgång på APT i samtliga verksamheter",
         met="Enkät till enhetschefer", ans="Förvaltningschef",
         res="Se kommentar i verksamhetsberättelsen.",
         st="OKLAR", av=""),
    dict(proc="Upphandling",
         km="Avtalstrohet vid köp av externa HVB-placeringar",
         met="Genomgång av samtliga placeringar under året", ans="Avdelningschef IFO",
         res="Genomförd utan anmärkning. Samtliga placeringar gjordes hos ramavtalsleverantörer eller efter dokumenterad direktupphandling.",
         st="GENOMFORD", av="nej"),
]


def build_sn():
    fil = "SN_uppfoljning_intern_kontroll_2025.docx"
    d = docx.Document()
    fix_doc(d, "Socialförvaltningen")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "ALINGSÅS KOMMUN\tSocialförvaltningen\tDnr SN 2025.014"
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Socialnämnden – helårsuppföljning")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Nedan redovisas "
        "resultatet av de kontroller som genomförts under perioden januari–december 2025. Kontrollerna har "
        "genomförts av respektive ansvarig och sammanställts av förvaltningens controller. Avvikelser och "
        "förbättringsåtgärder har rapporterats till förvaltningens ledningsgrupp.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat av kontroll"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    for i, r in enumerate(SN, 1):
        cells = t.add_row().cells
        for c, v in enumerate([str(i), r["proc"], r["km"], r["met"], r["ans"], r["res"]]):
            set_cell(cells[c], v)
    widths = [Cm(1.0), Cm(3.5), Cm(6.0), Cm(4.0), Cm(3.5), Cm(8.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De brister som "
        "framkommit avseende attest och kontanthantering har åtgärdats eller utreds. Kontroller som inte "
        "har kunnat genomföras förs över till internkontrollplanen för 2026.")
    d.add_paragraph("Alingsås 2026-01-30")
    d.add_paragraph("Lena Bergqvist\nSocialchef")
    d.save(out(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    add_expected(fil, "Socialnämnden", SN)


# ---------------------------------------------------------------------------
# 3. AB Alingsåshem - docx, table with bold process headings INSIDE the table
# ---------------------------------------------------------------------------
HEM = [
    ("1. Uthyrning och hyresadministration", [
        dict(km="Kontroll att lägenheter fördelas enligt uthyrningspolicyn (kötid)",
             met="Stickprov 15 nya kontrakt", ans="Uthyrningschef", status="Klar",
             kom="15 av 15 kontrakt tecknade enligt policyn.", st="GENOMFORD", av="nej"),
        dict(km="Kontroll av hyresavier mot gällande hyresavtal efter årets hyresförhandling",
             met="Stickprov 40 avier", ans="Ekonomiassistent", status="Klar",
             kom="Fel hyra debiterades för 6 lägenheter i kv. Stampen. Rättat och kreditering gjord i november.",
             st="GENOMFORD", av="ja"),
        dict(km="Uppföljning av hyresfordringar och inkassoärenden",
             met="Månadsvis avstämning kundreskontra", ans="Ekonomichef", status="Pågår",
             kom="Rutinen ses över tillsammans med inkassobolaget, avstämning gjord t.o.m. september.",
             st="DELVIS", av=""),
    ]),
    ("2. Inköp och upphandling", [
        dict(km="Kontroll av avtalstrohet vid beställning från ramavtalsentreprenörer",
             met="Genomgång av beställningar över 50 tkr", ans="Inköpsansvarig", status="Klar",
             kom="Inga avvikelser.", st="GENOMFORD", av="nej"),
        dict(km="Attest av leverantörsfakturor enligt attestordningen",
             met="Stickprov 30 fakturor", ans="Ekonomichef", status="Klar",
             kom="En faktura var attesterad av person med jäv (egen resa). Ärendet har hanterats av vd.",
             st="GENOMFORD", av="ja"),
        dict(km="Dokumentation av direktupphandlingar över 100 tkr",
             met="Genomgång av diariet", ans="Inköpsansvarig", status="Ej påbörjad",
             kom="Skjuts till 2026 på grund av vakans.", st="EJ_GENOMFORD", av=""),
    ]),
    ("3. Fastighetsförvaltning och underhåll", [
        dict(km="Lagstadgade besiktningar (OVK, hissar) genomförda enligt plan",
             met="Avstämning mot besiktningsplan", ans="Fastighetschef", status="Klar",
             kom="", st="GENOMFORD", av=""),
        dict(km="Kontroll av spärrade passertaggar i låssystemet",
             met="Avstämning mot avflyttningar", ans="Driftchef", status="Utgår",
             kom="Nytt passersystem installeras 2026, kontrollen utgår enligt styrelsebeslut 2025-04-24.",
             st="UTGAR", av=""),
        dict(km="Uppföljning av felanmälningar – åtgärdstid enligt servicelöfte",
             met="Rapport ur fastighetssystemet", ans="Driftchef", status="",
             kom="", st="SAKNAS", av=""),
    ]),
    ("4. Ekonomi och finans", [
        dict(km="Avstämning av bankkonton mot huvudbok månadsvis",
             met="Månadsavstämning", ans="Redovisningsansvarig", status="Klar",
             kom="Samtliga månader avstämda utan differenser.", st="GENOMFORD", av="nej"),
        dict(km="Kontroll av representation och förtroendekänsliga poster (vd och styrelse)",
             met="Granskning av samtliga verifikationer", ans="Styrelsens ordförande", status="Klar",
             kom="Granskat av ekonomichef och styrelsens ordförande. Inga anmärkningar.",
             st="GENOMFORD", av="nej"),
    ]),
]


def build_hem():
    fil = "Alingsåshem Rapport intern kontroll 2025.docx"
    d = docx.Document()
    fix_doc(d, "AB Alingsåshem")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    p = sec.header.paragraphs[0]
    p.text = "AB Alingsåshem"
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Rapport intern kontroll 2025", level=1)
    d.add_paragraph("Årsrapport till styrelsen, period januari–december 2025")
    d.add_paragraph(
        "Bolagets styrelse fastställde internkontrollplanen för 2025 vid sammanträdet 2025-02-20. "
        "Rapporten redovisas för styrelsen och skickas därefter till kommunstyrelsen i Alingsås kommun "
        "enligt ägardirektivet. Kontrollerna är grupperade per process.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "C6E0B4")
    for head, rows in HEM:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, head, bold=True, size=10)
        shade(merged, "F2F2F2")
        for r in rows:
            cells = t.add_row().cells
            for c, v in enumerate([r["km"], r["met"], r["ans"], r["status"], r["kom"]]):
                set_cell(cells[c], v)
    widths = [Cm(5.5), Cm(3.2), Cm(2.8), Cm(1.9), Cm(5.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except IndexError:
                pass
    d.add_paragraph()
    d.add_paragraph("Statusförklaring: Klar = kontrollen är genomförd. Pågår = kontrollen är påbörjad men inte "
                    "slutförd. Ej påbörjad = kontrollen har inte genomförts. Utgår = kontrollen har strukits.")
    d.add_paragraph("Alingsås 2026-02-10")
    d.add_paragraph("Mikael Strand\nVerkställande direktör")
    d.save(out(fil))
    FILES.append((fil, "INLAST", "AB Alingsåshem", "2025", "HELAR"))
    allrows = [r for _, rows in HEM for r in rows]
    add_expected(fil, "AB Alingsåshem", allrows)


# ---------------------------------------------------------------------------
# 4. Barn- och ungdomsnämnden - xlsx, two rows per control + merged cells
# ---------------------------------------------------------------------------
BUN = [
    ("Ekonomi", [
        dict(km="Attest av leverantörsfakturor enligt attestordningen", ans="Controller",
             fu="Uppföljning helår: Stickprov 20 fakturor per skolområde. Samtliga attesterade korrekt.",
             code="1", st="GENOMFORD", av="nej"),
        dict(km="Kontroll av skolskjutsfakturor mot beställda resor", ans="Skolskjutssamordnare",
             fu="Uppföljning helår: Fakturor för höstterminen kontrollerade, vårterminens fakturor har inte kontrollerats.",
             code="3", st="DELVIS", av=""),
        dict(km="Barnomsorgsavgifter – kontroll av inkomstuppgifter mot Skatteverket", ans="Avgiftshandläggare",
             fu="Uppföljning helår: Inkomstkontroll genomförd för 2023 års inkomster. 48 hushåll har efterdebiterats.",
             code="2", st="GENOMFORD", av="ja"),
    ]),
    ("Elevhälsa och trygghet", [
        dict(km="Anmälan om kränkande behandling lämnas till huvudmannen utan dröjsmål", ans="Verksamhetschef grundskola",
             fu="Uppföljning helår: Genomgång av 60 anmälningar. 11 anmäldes till huvudmannen senare än en vecka efter händelsen.",
             code="2", st="GENOMFORD", av="ja"),
        dict(km="Rutin för uppföljning av elevers frånvaro och kontakt med vårdnadshavare", ans="Rektorer",
             fu="Uppföljning helår: Kontrollen har inte genomförts.",
             code="4", st="EJ_GENOMFORD", av=""),
        dict(km="Systematiskt brandskyddsarbete (SBA) på förskolor", ans="Förskolechefer",
             fu="Uppföljning helår: Kontroll utförd på 14 av 22 förskolor.",
             code="3", st="DELVIS", av=""),
    ]),
    ("Personal", [
        dict(km="Registerkontroll ur belastningsregistret vid nyanställning", ans="HR-konsult",
             fu="Uppföljning helår: Samtliga nyanställda under året har lämnat utdrag före anställning.",
             code="1", st="GENOMFORD", av="nej"),
    ]),
    ("Styrning och informationssäkerhet", [
        dict(km="Behörigheter i elevdokumentationssystemet", ans="Systemförvaltare",
             fu="Uppföljning helår: Utgår – nytt elevdokumentationssystem införs 2026.",
             code="", st="UTGAR", av=""),
        dict(km="Kontroll av att delegationsbeslut anmäls till nämnden", ans="Nämndsekreterare",
             fu="", code="", st="SAKNAS", av=""),
    ]),
]


def build_bun():
    fil = "BUN IKP 2025 uppföljning helår.xlsx"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och ungdomsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning helår (tertial 3) 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Bedömning: 1 = Genomförd utan avvikelse   2 = Genomförd med avvikelse   3 = Delvis genomförd   4 = Ej genomförd"
    ws["A3"].font = Font(italic=True, size=9)
    ws["A4"] = "Kontrollmomentet står på första raden, uppföljningen på raden under."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment / uppföljning", "Ansvarig", "Bedömning"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE699")
        cell.border = BORDER
        cell.alignment = WRAP
    row = r0 + 1
    nr = 0
    allrows = []
    for proc, rows in BUN:
        pstart = row
        for r in rows:
            nr += 1
            allrows.append(r)
            ws.cell(row=row, column=1, value=nr)
            ws.cell(row=row, column=3, value=r["km"]).font = Font(bold=True)
            ws.cell(row=row, column=4, value=r["ans"])
            ws.cell(row=row + 1, column=3, value=r["fu"] or None).font = Font(italic=True)
            if r["code"]:
                ws.cell(row=row + 1, column=5, value=int(r["code"]))
            for rr in (row, row + 1):
                for c in range(1, 6):
                    ws.cell(row=rr, column=c).border = BORDER
                    ws.cell(row=rr, column=c).alignment = WRAP
            ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
            ws.merge_cells(start_row=row, start_column=4, end_row=row + 1, end_column=4)
            row += 2
        ws.cell(row=pstart, column=2, value=proc)
        ws.merge_cells(start_row=pstart, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(row=pstart, column=2).alignment = Alignment(vertical="center", wrap_text=True)
    ws.cell(row=row + 1, column=1, value="Uppföljningen behandlad av barn- och ungdomsnämnden 2026-02-11.")
    for i, w in enumerate([5, 20, 70, 22, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Barn- och ungdomsnämnden", "2025", "HELAR"))
    add_expected(fil, "Barn- och ungdomsnämnden", allrows)


# ---------------------------------------------------------------------------
# 5. Äldreomsorgsnämnden - old Word .doc (via LibreOffice), T2 + Helår columns
# ---------------------------------------------------------------------------
AEN = [
    dict(omr="Social dokumentation",
         km="Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         t2="Delvis", hel="Genomförd",
         kom="Stickprov 20 brukare: 17 av 20 hade genomförandeplan i tid.",
         st="GENOMFORD", av="ja"),
    dict(omr="Kvalitet och patientsäkerhet",
         km="Avvikelsehantering enligt lex Sarah – utredning påbörjas inom en vecka",
         t2="Genomförd", hel="Genomförd", kom="Inga avvikelser.",
         st="GENOMFORD", av="nej"),
    dict(omr="Kvalitet och patientsäkerhet",
         km="Läkemedelshantering – kontroll av signeringslistor",
         t2="Delvis", hel="Delvis",
         kom="Kontroll gjord på 5 av 8 boenden. Brister i signering på ett boende, handlingsplan upprättad.",
         st="DELVIS", av="ja"),
    dict(omr="Ekonomi",
         km="Kontroll av fakturering av hemtjänstavgifter mot utförd tid",
         t2="Genomförd", hel="", kom="",
         st="GENOMFORD", av=""),
    dict(omr="Ekonomi",
         km="Attest av leverantörsfakturor enligt attestordningen",
         t2="Ej genomförd", hel="Genomförd",
         kom="Stickprov i november: tre av 25 fakturor saknade andra attest.",
         st="GENOMFORD", av="ja"),
    dict(omr="Ekonomi",
         km="Kontroll av brukarmedel (fickpengar) på särskilt boende",
         t2="Ej genomförd", hel="Ej genomförd",
         kom="Rutinen revideras. Kontrollen flyttas till 2026.",
         st="EJ_GENOMFORD", av=""),
    dict(omr="Hemtjänst",
         km="Hantering av nycklar till brukares bostäder i hemtjänsten",
         t2="", hel="",
         kom="Kontrollen genomfördes i november på samtliga hemtjänstgrupper. Alla nyckelkvittenser fanns och stämde.",
         st="GENOMFORD", av="nej"),
    dict(omr="Inköp",
         km="Kontroll av bemanningsföretagens fakturor mot avtal",
         t2="Ej aktuell", hel="Ej aktuell",
         kom="Inga bemanningsföretag har anlitats under 2025.",
         st="UTGAR", av=""),
    dict(omr="Uppföljning av utförare",
         km="Kvalitetsuppföljning av utförare inom LOV (hemtjänst)",
         t2="", hel="Se bilaga", kom="",
         st="OKLAR", av=""),
]


def build_aen(tmpdir):
    fil = "Äldreomsorgsnämnden IK helår 2025.doc"
    d = docx.Document()
    fix_doc(d, "Äldreomsorgsförvaltningen")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.add_paragraph("Alingsås kommun\nÄldreomsorgsförvaltningen")
    d.add_heading("Äldreomsorgsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    d.add_paragraph(
        "Tabellen visar utfallet per kontrollmoment vid tertial 2 och vid helår. Vid helår anges status "
        "för hela året. Ansvariga chefer har lämnat kommentarer där kontrollen visat brister.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Utfall T2 2025", "Utfall helår 2025", "Kommentar"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "DDEBF7")
    for r in AEN:
        cells = t.add_row().cells
        for c, v in enumerate([r["omr"], r["km"], r["t2"], r["hel"], r["kom"]]):
            set_cell(cells[c], v)
    widths = [Cm(3.5), Cm(7.0), Cm(2.5), Cm(2.5), Cm(9.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    d.add_paragraph()
    d.add_paragraph("Statusalternativ: Genomförd, Delvis, Ej genomförd, Ej aktuell.")
    d.add_paragraph("Alingsås 2026-01-22\nKarin Öhman, förvaltningschef")
    src = os.path.join(tmpdir, os.path.splitext(fil)[0] + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round531",
                    "--convert-to", "doc:MS Word 97", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(out(fil)), "doc conversion failed"
    FILES.append((fil, "INLAST", "Äldreomsorgsnämnden", "2025", "HELAR"))
    add_expected(fil, "Äldreomsorgsnämnden", AEN)


# ---------------------------------------------------------------------------
# 6. Alingsås Energi Nät AB - Stratsys CSV, comma separated, quoted multi-line
# ---------------------------------------------------------------------------
EN_ORG = "Alingsås Energi Nät AB"
EN = [
    dict(proc="Ekonomi", km="Attest av leverantörsfakturor enligt attestordningen",
         met="Stickprov 20 fakturor per halvår", ans="Ekonomichef",
         per=[("Tertial 2 2025", "Pågår", "Stickprov jan–aug gjort."),
              ("Helår 2025", "Klar", "Stickprov 40 fakturor.\nInga avvikelser.")],
         st="GENOMFORD", av="nej"),
    dict(proc="Ekonomi", km="Avstämning av nätavgifter – fakturerad energi mot mätvärden",
         met="Månadsvis avstämning", ans="Controller",
         per=[("Tertial 2 2025", "Pågår", "Avstämt t.o.m. augusti."),
              ("Helår 2025", "Klar",
               "Differens på 0,4 % mellan mätvärden och fakturerad energi i oktober.\nOrsak: felaktigt registrerat mätarbyte, rättat och omfakturerat.")],
         st="GENOMFORD", av="ja"),
    dict(proc="Elnät", km="Kontroll av att avbrottsersättning betalas ut enligt ellagen",
         met="Genomgång av avbrottsrapporter", ans="Nätchef",
         per=[("Tertial 2 2025", "Klar", "Inga avbrott över 12 timmar under perioden."),
              ("Helår 2025", "Klar",
               "Ett avbrott över 12 timmar i december (stormen).\nErsättning utbetald till 38 kunder inom lagstadgad tid.")],
         st="GENOMFORD", av="nej"),
    dict(proc="IT- och OT-säkerhet", km="Behörighetsgenomgång i driftövervakningssystemet (SCADA)",
         met="Genomgång av användarkonton", ans="IT-säkerhetsansvarig",
         per=[("Tertial 2 2025", "Ej påbörjad", ""),
              ("Helår 2025", "Pågår", "Genomgång påbörjad i november.\nSlutförs under kvartal 1 2026.")],
         st="DELVIS", av=""),
    dict(proc="Inköp", km="Kontroll av att upphandlingar följer LUF och interna riktlinjer",
         met="Granskning av 5 upphandlingar", ans="Inköpsansvarig",
         per=[("Tertial 2 2025", "", ""),
              ("Helår 2025", "Ej påbörjad", "Resursbrist på inköpsfunktionen.\nKontrollen flyttas till plan 2026.")],
         st="EJ_GENOMFORD", av=""),
    dict(proc="Kund", km="Kundreskontra – kreditering och avskrivning av fordringar sker enligt delegation",
         met="Genomgång av samtliga avskrivningar", ans="Kundtjänstchef",
         per=[("Tertial 2 2025", "Pågår", ""),
              ("Helår 2025", "",
               "Samtliga avskrivningar under året har granskats.\nTvå avskrivningar saknade beslut av vd enligt delegationsordningen; beslut har tagits i efterhand.")],
         st="GENOMFORD", av="ja"),
    dict(proc="Elsäkerhet", km="Egenkontroll av elsäkerhet vid arbete på ledningsnätet (ESA)",
         met="Fältkontroller 10 st per år", ans="Elsäkerhetsansvarig",
         per=[("Tertial 2 2025", "Avbruten",
               "Kontrollen avbryts enligt styrelsebeslut 2025-06-12.\nErsätts av extern elsäkerhetsrevision."),
              ("Helår 2025", "Avbruten", "Se kommentar tertial 2.")],
         st="UTGAR", av=""),
    dict(proc="Elnät", km="Rapportering av leveranssäkerhet till Energimarknadsinspektionen",
         met="Kontroll av inskickad rapport", ans="Nätchef",
         per=[("Helår 2025", "Klar", "Rapport inskickad 2025-03-28, bekräftad av Ei.")],
         st="GENOMFORD", av="nej"),
]


def build_energi():
    fil = "Stratsys_export_internkontroll_2025-12.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Rapporteringsperiod", "Status", "Kommentar", "Senast ändrad"]
    rows = []
    for i, r in enumerate(EN):
        for j, (per, status, kom) in enumerate(r["per"]):
            date = "2025-09-%02d" % (10 + i) if per.startswith("Tertial") else "2026-01-%02d" % (12 + i)
            rows.append([EN_ORG, r["proc"], r["km"], r["met"], r["ans"], per, status, kom, date])
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", EN_ORG, "2025", "HELAR"))
    add_expected(fil, EN_ORG, EN)


# ---------------------------------------------------------------------------
# 7. Kultur- och fritidsnämnden - xlsx, free text "Resultat av kontroll", nämnd only in
#    print header and file name
# ---------------------------------------------------------------------------
KFN = [
    dict(omr="Föreningsbidrag",
         km="Kontroll att utbetalda föreningsbidrag överensstämmer med beslut",
         oms="Samtliga utbetalningar",
         res="Samtliga 42 utbetalningar kontrollerade mot beslut, inga fel.", atg="",
         st="GENOMFORD", av="nej"),
    dict(omr="Föreningsbidrag",
         km="Kontroll av redovisade deltagartillfällen i ansökan om aktivitetsstöd",
         oms="Stickprov 10 föreningar",
         res="En förening hade redovisat aktiviteter som inte genomförts. Återkrav 12 400 kr.",
         atg="Tydligare instruktion i ansökningsformuläret.",
         st="GENOMFORD", av="ja"),
    dict(omr="Föreningsbidrag",
         km="Kontroll av att bidrag till studieförbund följer nämndens riktlinjer",
         oms="Samtliga studieförbund",
         res="Genomförd. Riktlinjerna följs men två studieförbund lämnade verksamhetsberättelse efter sista datum.",
         atg="Påminnelse skickas i god tid 2026.",
         st="GENOMFORD", av="ja"),
    dict(omr="Lokaler och anläggningar",
         km="Fakturering av lokal- och anläggningsbokningar",
         oms="Avstämning bokningssystem – fakturering, 2 ggr/år",
         res="Påbörjad, slutförs under första kvartalet 2026.", atg="",
         st="DELVIS", av=""),
    dict(omr="Bibliotek",
         km="Hantering av kontanter i bibliotekets kassor",
         oms="Oanmäld kassakontroll",
         res="Kassorna är avvecklade sedan juni, kontrollen är inte längre aktuell.", atg="",
         st="UTGAR", av=""),
    dict(omr="Ekonomi",
         km="Attest av leverantörsfakturor enligt attestordningen",
         oms="Stickprov 20 fakturor",
         res="Två av 20 fakturor saknade attest.",
         atg="Genomgång av attestordningen med budgetansvariga.",
         st="GENOMFORD", av="ja"),
    dict(omr="Personal",
         km="Kontroll av att timanställda på fritidsgårdar har lämnat utdrag ur belastningsregistret",
         oms="Samtliga timanställda",
         res="Ej gjord.", atg="",
         st="EJ_GENOMFORD", av=""),
    dict(omr="Inventarier",
         km="Inventering av utlåningsutrustning (Fritidsbanken)",
         oms="Årlig inventering",
         res="Avstämning med ekonomienheten.", atg="",
         st="OKLAR", av=""),
]


def build_kfn():
    fil = "KFN_IK_uppfoljning_helar_2025.xlsx"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – helårsrapport"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporten avser perioden januari–december 2025."
    hdr = ["Område", "Kontrollmoment", "Omfattning", "Resultat av kontroll", "Åtgärd"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    for i, r in enumerate(KFN):
        for c, v in enumerate([r["omr"], r["km"], r["oms"], r["res"], r["atg"]], 1):
            cell = ws.cell(row=r0 + 1 + i, column=c, value=v or None)
            cell.alignment = WRAP
            cell.border = BORDER
    ws.cell(row=r0 + len(KFN) + 2, column=1, value="Kontaktperson: Johan Lindgren, ekonom, kultur och fritid")
    for i, w in enumerate([20, 50, 28, 55, 35], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    add_expected(fil, "Kultur- och fritidsnämnden", KFN)


# ---------------------------------------------------------------------------
# 8. REJECT - Samhällsbyggnadsnämnden budget follow-up (no internal control)
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Samhällsbyggnadsnämnden budgetuppföljning november 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Samhällsbyggnadsnämnden – Budgetuppföljning november 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr. Prognos avser helår 2025."
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    data = [
        ("Gator och vägar", 48200, 43950, 49100, -900, "Ökade kostnader för vinterväghållning."),
        ("Parker och grönområden", 21500, 18820, 21100, 400, ""),
        ("Fysisk planering", 9800, 8120, 9300, 500, "Vakant tjänst under våren."),
        ("Bygglov och tillsyn", 3200, 1650, 2400, 800, "Högre intäkter från bygglovsavgifter."),
        ("Mark och exploatering", -4500, -2100, -3000, -1500, "Försenad markförsäljning i Stadsskogen."),
        ("Kollektivtrafik", 26700, 24470, 26700, 0, ""),
        ("Nämnd och förvaltningsledning", 7400, 6790, 7450, -50, ""),
    ]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r0, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate(data):
        for c, v in enumerate(row, 1):
            ws.cell(row=r0 + 1 + i, column=c, value=(v if v != "" else None))
    tr = r0 + 1 + len(data)
    ws.cell(row=tr, column=1, value="Summa").font = Font(bold=True)
    for c in range(2, 6):
        ws.cell(row=tr, column=c, value=sum(row[c - 1] for row in data)).font = Font(bold=True)
    ws.cell(row=tr + 2, column=1,
            value="Nämnden prognostiserar ett underskott mot budget. Åtgärder för en budget i balans redovisas vid nämndens sammanträde i december.")
    for i, w in enumerate([30, 14, 14, 14, 20, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
    ("Kompetens- och arbetslivsnämnden", "KAN|Kompetens- och arbetslivsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Äldreomsorgsnämnden", "ÄN|ÄON|Äldreomsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö"),
    ("AB Alingsåshem", "Alingsåshem|Alingsåshem AB"),
    ("Alingsås Energi Nät AB", "Alingsås Energi|Energibolaget|Alingsås Energi AB"),
]


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-02-09T10:00:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2026-02-09T10:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 9, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name not in keep and os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r531-")
    try:
        build_ks()
        build_sn()
        build_hem()
        build_bun()
        build_aen(tmpdir)
        build_energi()
        build_kfn()
        build_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name in sorted(os.listdir(HERE)):
        if name.endswith((".xlsx", ".docx")):
            normalize_zip(out(name))
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
