#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r567 - Tingsryds kommun, tertial 1 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r567_build"
LO_PROFILE = "file:///tmp/lo-round567"
FIXED = dt.datetime(2025, 5, 14, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title


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
# 1. Socialnämnden - xlsx, status as the words Grön/Gul/Röd (no fills)
#    nämnd only in the print header and (as förvaltning) in the file name
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialförvaltningen_IK_T1_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – tertial 1 (januari–april)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningen avser perioden 2025-01-01 – 2025-04-30 och redovisas för nämnden i maj."
    ws["A3"] = ("Teckenförklaring status:  Grön = kontrollen genomförd utan anmärkning.  "
                "Gul = kontrollen delvis genomförd eller genomförd med anmärkning (se kommentar).  "
                "Röd = kontrollen ej genomförd.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")
    ws.row_dimensions[3].height = 30
    ws["A3"].alignment = WRAP
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("1. Individ- och familjeomsorg", [
            ("1.1", "Ekonomiskt bistånd",
             "Kontroll av att beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
             "Stickprov 10 beslut per månad", "Enhetschef IFO", "Grön",
             "20 beslut granskade (jan–feb), samtliga fattade av rätt delegat.",
             "GENOMFORD", "nej"),
            ("1.2", "Ekonomiskt bistånd",
             "Kontroll mot Försäkringskassan och CSN görs innan utbetalning av ekonomiskt bistånd",
             "Stickprov 15 akter", "Enhetschef IFO", "Gul",
             "Kontrollen genomförd i 15 akter. I 2 akter saknades dokumenterad kontroll mot CSN. "
             "Genomgång med handläggarna på APT 8 april.",
             "GENOMFORD", "ja"),
        ]),
        ("2. Vård och omsorg", [
            ("2.1", "Avvikelsehantering",
             "Avvikelser enligt SoL och HSL rapporteras och åtgärdas inom fastställd tid",
             "Genomgång av avvikelser i verksamhetssystemet", "Medicinskt ansvarig sjuksköterska (MAS)", "Gul",
             "Genomgång gjord för januari–februari. Mars–april granskas i maj.",
             "DELVIS", ""),
            ("2.2", "Hemtjänst",
             "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
             "Stickprov 20 brukare i hemtjänsten", "Enhetschef hemtjänst", "Röd",
             "Ej genomförd under T1 på grund av vakans som enhetschef. Flyttas till T2.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Läkemedelshantering",
             "Läkemedelshantering på särskilt boende – kontroll av signeringslistor",
             "Granskning av signeringslistor en vecka per boende", "MAS", "Grön",
             "Granskat på samtliga fyra särskilda boenden. Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("3. Stöd och service LSS", [
            ("3.1", "Verkställighet",
             "Beslut om insatser enligt LSS verkställs inom tre månader",
             "Uttag ur verksamhetssystemet", "Verksamhetschef LSS", "Grön",
             "Samtliga beslut under perioden verkställda inom tre månader.",
             "GENOMFORD", "nej"),
            ("3.2", "Personlig assistans",
             "Assistansersättning från Försäkringskassan stäms av mot utförda timmar",
             "Avstämning tidrapporter mot rekvisition", "Verksamhetschef LSS", None,
             "Utgår 2025 – personlig assistans utförs sedan januari av extern utförare, beslut SN 2025-01-22 § 9.",
             "UTGAR", ""),
        ]),
        ("4. Ekonomi och personal", [
            ("4.1", "Inköp och betalning",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor", "Controller", "Grön",
             "25 fakturor kontrollerade, samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("4.2", "Rekrytering",
             "Utdrag ur belastningsregistret har uppvisats vid nyanställning inom LSS och barn- och ungdomsvården",
             "Stickprov bland nyanställda", "HR-partner", "Röd",
             "Kontrollen ej påbörjad. Underlag från HR-systemet har inte kunnat tas fram.",
             "EJ_GENOMFORD", ""),
            ("4.3", "Förtroendekänsliga poster",
             "Representation och förtroendekänsliga poster redovisas enligt kommunens riktlinjer",
             "Genomgång av samtliga representationsfakturor", "Controller", "Gul",
             "Januari–mars granskat utan anmärkning. April granskas i samband med månadsbokslutet.",
             "DELVIS", "nej"),
        ]),
    ]
    r += 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for nr, proc, km, met, ans, st, kom, code, avv in rows:
            vals = [nr, proc, km, met, ans, st, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            expect(fil, N, km, code, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Anna Karlsson, kvalitetsutvecklare, 2025-05-07")
    ws.cell(row=r + 1, column=1, value="Behandlas i nämnden 2025-05-21")
    widths = [6, 22, 48, 30, 24, 9, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.center.text = "Socialnämnden – Tingsryds kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    fix_props_xlsx(wb, "Anna Karlsson")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table, "Kommentar/åtgärd"
#    decides where the status cell is blank
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN uppföljning internkontroll tertial 1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_props_docx(d, "Maria Ek", "Uppföljning internkontrollplan 2025 tertial 1")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "TINGSRYDS KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/31"
    p = d.add_paragraph()
    run = p.add_run("Uppföljning av internkontrollplan 2025 – tertial 1")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Period: januari–april 2025")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari (BUN § 14). Planen omfattar tio "
        "kontrollmoment. Under tertial 1 har flertalet kontroller påbörjats. Avvikelser har noterats "
        "inom kränkande behandling och attest, åtgärder framgår av tabellen nedan. Kontroller som inte "
        "hunnits med under tertialen redovisas i delårsrapporten.")
    d.add_heading("Uppföljning per kontrollmoment", level=2)
    rows = [
        ("1", "Skolskjuts",
         "Kontroll att beslut om skolskjuts fattas enligt gällande riktlinjer och delegation",
         "Skolskjutssamordnare", "Genomförd",
         "30 beslut granskade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Kränkande behandling",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Rektorer", "Pågår",
         "Sammanställning för januari–mars klar. 4 anmälningar gjordes senare än fem dagar, "
         "påtalat för berörda rektorer. April följs upp i maj.", "DELVIS", "ja"),
        ("3", "Elevhälsa",
         "Uppföljning av elever med hög frånvaro (över 15 %)",
         "Elevhälsochef", "",
         "Kontrollen är genomförd. Samtliga elever med frånvaro över 15 % har en dokumenterad "
         "åtgärdsplan. Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningsekonom", "Genomförd",
         "Stickprov 20 fakturor. 1 faktura attesterad av person som saknar behörighet. "
         "Åtgärd: attestförteckningen uppdaterad 2025-03-20.", "GENOMFORD", "ja"),
        ("5", "Inköp",
         "Inköp görs från upphandlade leverantörer (avtalstrohet)",
         "Förvaltningsekonom", "",
         "Ej genomförd under tertialen. Kontrollen görs i samband med delårsbokslutet.",
         "EJ_GENOMFORD", ""),
        ("6", "Personal",
         "Utdrag ur belastningsregistret har visats upp före anställning",
         "HR-konsult", "Genomförd",
         "14 nyanställningar kontrollerade, samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("7", "Förskola",
         "Barnens vistelsetider registreras korrekt i barnomsorgssystemet som underlag för debitering",
         "Förskolechefer", "",
         "Se bifogad sammanställning.", "OKLAR", ""),
        ("8", "Informationssäkerhet",
         "Behörigheter i lärplattformen och elevregistret gås igenom vid personalförändringar",
         "IT-samordnare", "", "", "SAKNAS", ""),
        ("9", "Måltider",
         "Egenkontroll av livsmedelshantering i skolköken",
         "Kostchef", "Ej påbörjad",
         "Planerad till maj.", "EJ_GENOMFORD", ""),
        ("10", "Statsbidrag",
         "Ansökningar om riktade statsbidrag redovisas i tid till Skolverket",
         "Utvecklingsstrateg", "",
         "Utgår – kontrollen har flyttats till kommunstyrelsens internkontrollplan (KS 2025-02-04 § 18).",
         "UTGAR", ""),
    ]
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar/åtgärd"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "DDEBF7")
    for nr, proc, km, ans, st, kom, code, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, proc, km, ans, st, kom]):
            cells[i].text = v
        expect(fil, N, km, code, avv)
    widths = [Cm(1.0), Cm(3.2), Cm(7.5), Cm(3.3), Cm(2.5), Cm(8.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("Status anges som Genomförd, Pågår eller Ej påbörjad. "
                    "Lämnas statusrutan tom ska kommentaren beskriva läget.").runs[0].italic = True
    d.add_paragraph("")
    d.add_paragraph("Tingsryd 2025-05-14")
    d.add_paragraph("Maria Ek\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - xlsx plan + follow-up columns T1/T2/Helår, hidden
#    rows holding controls removed from the 2024 plan
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Internkontrollplan 2025 KS - uppföljning T1.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan och uppföljning"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av kommunstyrelsen 2025-02-04 § 18. Riskvärde = sannolikhet × konsekvens (1–4)."
    ws["A3"] = "Statusvärden: Genomförd / Delvis genomförd / Ej genomförd / Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    # two header rows
    top = {1: "Plan", 9: "Uppföljning T1 (jan–apr)", 11: "Uppföljning T2 (maj–aug)", 13: "Helår"}
    ws.cell(row=5, column=1, value="Plan")
    ws.merge_cells("A5:H5")
    ws.cell(row=5, column=9, value="Uppföljning T1 (jan–apr)")
    ws.merge_cells("I5:J5")
    ws.cell(row=5, column=11, value="Uppföljning T2 (maj–aug)")
    ws.merge_cells("K5:L5")
    ws.cell(row=5, column=13, value="Helår")
    ws.merge_cells("M5:N5")
    hdr = ["Id", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        for rr in (5, 6):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.cell(row=6, column=c, value=h)
    _ = top
    # (id, process, risk, riskvärde, km, metod, frekvens, ansvarig, t1 status, t1 komm, hidden, code, avv)
    rows = [
        ("KS-01", "Ekonomi", "Felaktiga utbetalningar", 8,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Tertial", "Redovisningsansvarig",
         "Genomförd", "30 fakturor granskade, inga avvikelser.", False, "GENOMFORD", "nej"),
        ("KS-02", "Ekonomi", "Felaktig redovisning", 9,
         "Avstämning av balanskonton (kundfordringar, leverantörsskulder) görs varje månad",
         "Kontroll av avstämningsunderlag", "Månad", "Ekonomichef",
         "Genomförd",
         "Avstämningar gjorda jan–apr. Differens i kundreskontran på 12 400 kr har utretts och rättats.",
         False, "GENOMFORD", "ja"),
        ("KS-24-03", "Ekonomi", "Felaktiga kostnader för leasingbilar", 4,
         "Kontroll av att leasingavtal för tjänstebilar följer ramavtalet",
         "Genomgång av samtliga avtal", "Helår", "Fordonssamordnare",
         None, "Utgår ur planen 2025 (KS 2025-02-04 § 18).", True, None, None),
        ("KS-03", "Upphandling", "Otillåten direktupphandling", 12,
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
         "Stickprov i e-handelssystemet", "Tertial", "Upphandlingschef",
         "Delvis genomförd",
         "6 av 11 direktupphandlingar granskade, 2 saknade dokumentation. Återstående granskas i maj.",
         False, "DELVIS", "ja"),
        ("KS-04", "Lön", "Felaktiga löneutbetalningar", 9,
         "Kontroll av att lön inte betalas ut efter avslutad anställning",
         "Uttag ur lönesystemet", "Tertial", "Lönechef",
         "Genomförd", "Inga felaktiga utbetalningar upptäcktes.", False, "GENOMFORD", "nej"),
        ("KS-24-07", "Personal", "Överskridna LAS-dagar", 6,
         "Bevakning av att timanställdas LAS-dagar inte överskrids",
         "Rapport ur personalsystemet", "Tertial", "HR-chef",
         "Genomförd", "(2024) Inga överskridanden. Momentet tas bort 2025.", True, None, None),
        ("KS-05", "IT", "Obehörig åtkomst", 12,
         "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "Jämförelse behörighetslista – personalregister", "Tertial", "IT-chef",
         "Ej genomförd", "Skjuts till T2 på grund av byte av ekonomisystem.", False, "EJ_GENOMFORD", ""),
        ("KS-06", "Ärendehantering", "Beslut fattas utan mandat", 6,
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslista – protokoll", "Tertial", "Kanslichef",
         "Genomförd", "Samtliga delegationsbeslut anmälda vid sammanträdena i februari och april.",
         False, "GENOMFORD", "nej"),
        ("KS-07", "Informationssäkerhet", "Brister i behandling av personuppgifter", 8,
         "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Genomgång av registerförteckningen", "Helår", "Dataskyddssamordnare",
         None, None, False, "SAKNAS", ""),
        ("KS-08", "Näringsliv", "Bidrag betalas ut utan beslut", 4,
         "Bidrag till näringslivsföreningar och studieförbund betalas ut enligt beslut",
         "Genomgång av samtliga utbetalningar", "Helår", "Näringslivschef",
         "Utgår",
         "Bidragsreglerna revideras, kontrollmomentet utgår 2025 enligt KS 2025-03-11 § 45.",
         False, "UTGAR", ""),
        ("KS-24-09", "Kommunikation", "Felaktig information på webben", 3,
         "Kontroll av att kommunens webbplats uppfyller tillgänglighetsdirektivet",
         "Extern granskning", "Helår", "Kommunikationschef",
         None, None, True, None, None),
        ("KS-09", "Kontanthantering", "Förskingring", 6,
         "Växelkassan i medborgarservice inventeras",
         "Oanmäld inventering", "Tertial", "Redovisningsansvarig",
         "Genomförd", "Inventering 2025-03-28, kassan stämde.", False, "GENOMFORD", "nej"),
        ("KS-10", "Styrning", "Politiska beslut verkställs inte", 8,
         "Uppföljning av att fattade beslut i kommunstyrelsen och kommunfullmäktige verkställs",
         "Genomgång av beslutslogg", "Tertial", "Kanslichef",
         "Delvis genomförd", "Beslut i KS är följda upp. Uppföljning av KF-beslut återstår.",
         False, "DELVIS", ""),
    ]
    r = 7
    for (i_d, proc, risk, rv, km, met, frek, ans, st, kom, hidden, code, avv) in rows:
        vals = [i_d, proc, risk, rv, km, met, frek, ans, st, kom, None, None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if hidden:
            ws.row_dimensions[r].hidden = True
        else:
            expect(fil, N, km, code, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljning T1 sammanställd av ekonomiavdelningen 2025-05-09.")
    widths = [9, 16, 24, 9, 44, 28, 10, 20, 14, 42, 12, 30, 12, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    fix_props_xlsx(wb, "Ekonomiavdelningen Tingsryd")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. System export (xlsx) - two nämnder, "Senast ändrad", statuses
#    Avslutad / Pågår / Ej startad
# ---------------------------------------------------------------------------
def build_export():
    fil = "Export_kontrollmoment_2025-05-12.xlsx"
    SBN = "Samhällsbyggnadsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontrollmoment"
    ws["A1"] = "Rapport: Internkontroll – kontrollmoment med status"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Urval: Samhällsbyggnadsnämnden, Kultur- och fritidsnämnden  |  Plan: Internkontrollplan 2025  |  Uppföljningsperiod: Tertial 1 2025"
    ws["A3"] = "Exporterad 2025-05-12 09:14 av eva.lind"
    hdr = ["Organisation", "Enhet", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status", "Senast ändrad", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
    D = dt.datetime
    rows = [
        (SBN, "Gata/park", "Drift och underhåll",
         "Vinterväghållning utförs enligt avtal med entreprenör",
         "Stickprov 10 utryckningar mot körjournal", "Gatuchef", "Avslutad", D(2025, 4, 22, 13, 5),
         "Stickprov på 10 tillfällen. Entreprenören har följt avtalet, inga avvikelser.", "GENOMFORD", "nej"),
        (SBN, "VA", "Debitering",
         "Debitering av VA-avgifter stäms av mot mätarställning",
         "Avstämning abonnentregister – mätaravläsning", "VA-chef", "Pågår", D(2025, 4, 30, 16, 41),
         "Avstämning klar för ca 60 % av abonnenterna.", "DELVIS", ""),
        (SBN, "Fastighet", "Lagkrav",
         "Lagstadgade besiktningar (hiss, OVK) är utförda i kommunens fastigheter",
         "Genomgång av besiktningsprotokoll", "Fastighetschef", "Avslutad", D(2025, 3, 17, 10, 2),
         "OVK saknades för två fastigheter (Konga skola, Urshults förskola). Besiktning beställd.",
         "GENOMFORD", "ja"),
        (SBN, "Förvaltningsgemensamt", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Förvaltningsekonom", "Avslutad", D(2025, 5, 5, 8, 30),
         "20 fakturor kontrollerade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (SBN, "Förvaltningsgemensamt", "Upphandling",
         "Avrop från ramavtal för byggentreprenader sker enligt avtalets fördelningsordning",
         "Genomgång av avrop", "Upphandlare", "Ej startad", D(2025, 1, 15, 11, 12),
         None, "EJ_GENOMFORD", ""),
        (SBN, "Bostadsanpassning", "Myndighetsutövning",
         "Beslut om bostadsanpassningsbidrag fattas enligt delegationsordningen",
         "Stickprov 10 ärenden", "Handläggare BAB", "Pågår", D(2025, 5, 9, 14, 55),
         "5 av 10 ärenden granskade, hittills inga avvikelser.", "DELVIS", "nej"),
        (KFN, "Fritid", "Bidrag",
         "Föreningsbidrag betalas ut enligt beslut och gällande bidragsregler",
         "Granskning av samtliga utbetalningar", "Fritidschef", "Avslutad", D(2025, 4, 10, 9, 20),
         "18 utbetalningar granskade. En förening fick lokalbidraget utbetalt två gånger, beloppet är återkrävt.",
         "GENOMFORD", "ja"),
        (KFN, "Bibliotek", "Kontanthantering",
         "Bibliotekets kassa och avgifter inventeras",
         "Oanmäld inventering", "Bibliotekschef", "Avslutad", D(2025, 3, 31, 15, 48),
         "Kassan stämde.", "GENOMFORD", "nej"),
        (KFN, "Fritid", "Personal",
         "Utdrag ur belastningsregistret kontrolleras för personal på fritidsgårdarna",
         "Genomgång av personalakter", "Fritidsgårdsföreståndare", "Ej startad", D(2025, 2, 3, 8, 7),
         "Planeras till hösten i samband med nyrekrytering.", "EJ_GENOMFORD", ""),
        (KFN, "Fritid", "Intäkter",
         "Uthyrning av idrottsanläggningar faktureras enligt taxa",
         "Jämförelse bokningssystem – kundfakturor", "Anläggningschef", "Pågår", D(2025, 4, 28, 10, 33),
         "Genomgång av bokningarna i januari–februari pågår.", "DELVIS", ""),
        (KFN, "Kultur", "Avtal",
         "Skötselavtal med föreningar för kommunens anläggningar följs upp",
         "Genomgång av avtal och besök på plats", "Kulturchef", "Ej startad", D(2025, 1, 15, 11, 14),
         None, "EJ_GENOMFORD", ""),
    ]
    r = 6
    for (org, enh, omr, km, met, ans, st, ch, kom, code, avv) in rows:
        vals = [org, enh, omr, km, met, ans, st, ch, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=8).number_format = "yyyy-mm-dd hh:mm"
        expect(fil, org, km, code, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {len(rows)}")
    widths = [28, 22, 20, 55, 36, 22, 12, 17, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A5:I{5 + len(rows)}"
    fix_props_xlsx(wb, "Stratsys")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. SSAM kommunalförbund - .ods with X tick columns
# ---------------------------------------------------------------------------
def build_ssam():
    fil = "SSAM uppföljning intern kontroll T1 2025.ods"
    N = "Södra Smålands avfall och miljö"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Södra Smålands Avfall & Miljö (SSAM) – kommunalförbund"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Redovisas till förbundsdirektionen och medlemskommunerna Växjö, Alvesta, Lessebo, Tingsryd och Uppvidinge."
    ws["A4"] = "Markera med X i den kolumn som stämmer. Lämna kommentar vid delvis eller ej genomförd kontroll."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Felaktig fakturering",
         "Vågsedlar vid återvinningscentralerna stäms av mot fakturerade mängder",
         "Avstämning månadsvis", "X", "", "", "Avstämt januari–mars, inga differenser.", "GENOMFORD", "nej"),
        (2, "Felaktig debitering",
         "Abonnemang och renhållningstaxa debiteras korrekt i kundregistret",
         "Stickprov 50 abonnemang per kommun", "", "X", "",
         "Tingsryd och Lessebo klara utan anmärkning, övriga medlemskommuner återstår.", "DELVIS", "nej"),
        (3, "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "X", "", "",
         "1 av 25 fakturor var inte attesterad i rätt ordning. Påtalat för berörd chef.", "GENOMFORD", "ja"),
        (4, "Miljöpåverkan",
         "Farligt avfall hanteras och dokumenteras enligt tillståndet",
         "Genomgång av transportdokument", "", "", "X",
         "Skjuts till T2, miljösamordnare föräldraledig.", "EJ_GENOMFORD", ""),
        (5, "Avtalsbrott",
         "Entreprenörer för insamling uppfyller avtalens krav på fordon och miljöklass",
         "Kontroll av fordonslista mot avtal", "X", "", "X", None, "OKLAR", ""),
        (6, "Olyckor",
         "Chaufförernas körkortsbehörighet kontrolleras",
         "Kontroll mot Transportstyrelsens register", "X", "", "",
         "Samtliga 23 chaufförer kontrollerade.", "GENOMFORD", "nej"),
        (7, "Obehörig åtkomst",
         "Behörigheter i kundsystemet följs upp",
         "Behörighetslista mot personalförteckning", "", "", "", None, "SAKNAS", ""),
        (8, "Stöld",
         "Kontanthantering vid återvinningscentralerna",
         "Oanmäld kassainventering", "", "", "",
         "Utgår – kontant betalning upphörde 2025-01-01.", "UTGAR", ""),
    ]
    r = 7
    for (nr, risk, km, met, g, dl, ej, kom, code, avv) in rows:
        vals = [nr, risk, km, met, g or None, dl or None, ej or None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (5, 6, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        expect(fil, N, km, code, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Ansvarig för sammanställning: Per Gustafsson, ekonomichef SSAM, 2025-05-06")
    widths = [5, 22, 50, 32, 11, 9, 13, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props_xlsx(wb, "Per Gustafsson")
    src = os.path.join(TMP, "SSAM uppföljning intern kontroll T1 2025.xlsx")
    wb.save(src)
    lo_convert(src, "ods")
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - simple .xls (xlwt), Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "ÖFN_IK_T1_2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    hstyle = xlwt.easyxf("font: bold on; alignment: wrap on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Överförmyndarenheten Tingsryd – intern kontroll 2025", title)
    ws.write(1, 0, "Uppföljning tertial 1", bold)
    hdr = ["Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hstyle)
    rows = [
        ("Inkomna årsräkningar registreras inom en vecka", "Ja",
         "Stickprov 15 ärenden, samtliga registrerade i tid.", "GENOMFORD", "nej"),
        ("Ställföreträdare har lämnat förteckning inom två månader från förordnandet", "Ja",
         "Två förteckningar inkom för sent, påminnelser har skickats.", "GENOMFORD", "ja"),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Nej",
         "Görs i samband med arvodesutbetalningarna i juni.", "EJ_GENOMFORD", ""),
        ("Belastningsregister och kreditupplysning kontrolleras innan ny ställföreträdare förordnas", "Delvis",
         "4 av 6 nya ställföreträdare kontrollerade, övriga två kontrolleras i maj.", "DELVIS", ""),
    ]
    for i, (km, st, kom, code, avv) in enumerate(rows):
        ws.write(4 + i, 0, km, wrap)
        ws.write(4 + i, 1, st, wrap)
        ws.write(4 + i, 2, kom, wrap)
        expect(fil, N, km, code, avv)
    ws.write(11, 0, "Lena Holm, handläggare 2025-05-05")
    ws.col(0).width = 256 * 60
    ws.col(1).width = 256 * 16
    ws.col(2).width = 256 * 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - docx, text only (no table)
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "Tjänsteskrivelse MBN uppföljning intern kontroll T1 2025.docx"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    fix_props_docx(d, "Johan Svensson", "Uppföljning intern kontroll T1 2025")
    d.sections[0].header.paragraphs[0].text = "Tingsryds kommun – Miljö- och byggförvaltningen\t\tTjänsteskrivelse"
    d.add_paragraph("Datum: 2025-05-08\nDiarienummer: MBN 2025/12\nHandläggare: Johan Svensson, miljö- och byggchef")
    d.add_heading("Uppföljning av intern kontroll tertial 1 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Miljö- och byggnadsnämnden godkänner uppföljningen av internkontrollplanen för "
                    "tertial 1 2025 och lägger den till handlingarna.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 i januari. Nedan redovisas resultatet "
                    "för varje kontrollmoment efter årets första tertial.")
    items = [
        ("1. Handläggningstid bygglov",
         "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Av 42 beslut fattades 40 inom tidsfristen. I två ärenden överskreds fristen och avgiften "
         "reducerades enligt plan- och bygglagen.", "Genomförd", "GENOMFORD", "ja"),
        ("2. Debitering av tillsynsavgifter",
         "Tillsynsavgifter enligt miljöbalken och livsmedelslagstiftningen debiteras enligt taxa",
         "Debiteringen av livsmedelskontroll är kontrollerad utan anmärkning. Miljöbalkstillsynen "
         "kontrolleras under tertial 2.", "Delvis genomförd", "DELVIS", "nej"),
        ("3. Delegationsbeslut",
         "Delegationsbeslut anmäls till nämnden",
         "Samtliga delegationsbeslut har anmälts vid nämndens sammanträden. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("4. Diarieföring",
         "Inkommande handlingar diarieförs samma dag som de kommer in",
         "Kontrollen har inte hunnits med på grund av hög ärendebelastning under våren. "
         "Genomförs under tertial 2.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("5. Strandskydd",
         "Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
         "Kontrollmomentet utgår enligt nämndens beslut 2025-03-19 § 22 eftersom länsstyrelsen "
         "numera hämtar besluten digitalt.", "", "UTGAR", ""),
    ]
    for head, km, res, st, code, avv in items:
        d.add_heading(head, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        if st:
            p.add_run(st)
        expect(fil, N, km, code, avv)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. "
                    "Återstående kontroller redovisas i delårsrapporten per augusti.")
    d.add_paragraph("\nJohan Svensson\nMiljö- och byggchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: instruction letter from the economy office (no follow-up)
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Anvisning uppföljning intern kontroll T1 2025.docx"
    d = docx.Document()
    fix_props_docx(d, "Ekonomiavdelningen", "Anvisning uppföljning intern kontroll")
    d.sections[0].header.paragraphs[0].text = "Tingsryds kommun – Kommunledningsförvaltningen, ekonomiavdelningen"
    d.add_paragraph("2025-04-03")
    d.add_paragraph("Till: Nämndernas förvaltningschefer och kontaktpersoner för intern kontroll\n"
                    "Kopia: SSAM, Tingsrydsbostäder AB")
    d.add_heading("Anvisning för uppföljning av intern kontroll tertial 1 2025", level=1)
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska varje nämnd följa upp sin internkontrollplan och "
        "rapportera resultatet till kommunstyrelsen. Uppföljningen för tertial 1 avser perioden "
        "januari–april 2025.")
    d.add_paragraph(
        "Använd gärna förvaltningens egen mall. Redovisa för varje kontrollmoment om kontrollen är "
        "genomförd, delvis genomförd eller ej genomförd, samt eventuella avvikelser och åtgärder. "
        "Kontrollmoment som utgått ska anges med hänvisning till beslut.")
    d.add_paragraph("Uppföljningen skickas till ekonomi@tingsryd.se senast enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd/förbund", "Sista dag för inlämning", "Behandling i nämnd"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Kommunstyrelsen", "2025-05-09", "KS 2025-05-27"),
        ("Barn- och utbildningsnämnden", "2025-05-14", "BUN 2025-05-21"),
        ("Socialnämnden", "2025-05-14", "SN 2025-05-21"),
        ("Samhällsbyggnadsnämnden", "2025-05-12", "SBN 2025-05-20"),
        ("Kultur- och fritidsnämnden", "2025-05-12", "KFN 2025-05-22"),
        ("Miljö- och byggnadsnämnden", "2025-05-12", "MBN 2025-05-21"),
        ("Överförmyndarnämnden", "2025-05-09", "ÖFN 2025-05-15"),
        ("Södra Smålands avfall och miljö", "2025-05-16", "Direktionen 2025-05-28"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Frågor besvaras av Karin Nilsson, controller, 0477-441 00.")
    d.add_paragraph("Med vänlig hälsning\nEkonomiavdelningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def lo_convert(src, fmt):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", fmt, "--outdir", OUT, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Tingsrydsbostäder AB", "Tingsrydsbostäder|TBAB"),
        ("Södra Smålands avfall och miljö", "SSAM|Södra Smålands Avfall & Miljö|SSAM kommunalförbund"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(TMP, exist_ok=True)
    build_sn()
    build_bun()
    build_ks()
    build_export()
    build_ssam()
    build_ofn()
    build_mbn()
    build_reject()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
