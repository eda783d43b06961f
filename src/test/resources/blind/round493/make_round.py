#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 493 - Hallsbergs kommun, helår 2025.

Theme: an inbox where the status marks live in the text's own formatting
(font colour with a legend, strike-through, bold, highlighted word, cell fill),
plus a sheet with comments only and a budget report that must be rejected.

Run: /usr/bin/python3 make_round.py   (deterministic; rebuilds everything here)
"""
import csv
import datetime
import glob
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: F401

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties, TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H, Span

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round493"
LO_WORK = "/tmp/lo-round493-work"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def save_wb(wb, fil):
    fixed = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.creator = "Hallsbergs kommun"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(os.path.join(HERE, fil))


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, status = font colour of the result text
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "Kommunstyrelsen IK-uppföljning helår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    GREEN, ORANGE, RED, GREY = "00A650", "E46C0A", "FF0000", "808080"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Period: helår (januari–december 2025). Plan beslutad KS 2025-02-11 § 18."
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Teckenförklaring: status anges med textens färg i kolumnerna för resultat. "
                "Text i svart = se kommentarens innehåll.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    legend = [("Grön text", GREEN, "Genomförd"),
              ("Orange text", ORANGE, "Delvis genomförd / pågår"),
              ("Röd text", RED, "Ej genomförd"),
              ("Grå text", GREY, "Utgår (beslut om att stryka kontrollen)")]
    col = 2
    for word, colr, meaning in legend:
        c = ws.cell(row=4, column=col, value=word)
        c.font = Font(color=colr, bold=True)
        ws.cell(row=4, column=col + 1, value="= " + meaning)
        col += 2
    ws.cell(row=4, column=1, value="Färg:")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Frekvens",
           "Ansvarig", "Resultat delår (jan–aug)", "Resultat helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = WRAP
        c.border = BORDER
    # (nr, process, km, metod, frekvens, ansvarig, (delår text, colour), (helår text, colour), status, avv)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per kvartal", "Kvartalsvis", "Ekonomichef",
         ("Stickprov 60 fakturor jan–jun, inga avvikelser.", GREEN),
         ("Stickprov 120 fakturor under året. Samtliga korrekt attesterade.", GREEN),
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgironummer",
         "Registerutdrag ur Raindance", "1 gång/år", "Redovisningsansvarig",
         ("", None),
         ("Kontroll genomförd i november. Tre dubbletter hittades och har spärrats.", GREEN),
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Köp över direktupphandlingsgränsen sker mot avtal",
         "Analys av leverantörsreskontran mot avtalsdatabasen", "1 gång/år", "Upphandlingssamordnare",
         ("Analys av leverantörsreskontran påbörjad.", ORANGE),
         ("Analys klar för jan–sep. Fyra inköp utan avtal (IT-konsult, hyra av moduler). "
          "Oktober–december granskas i februari 2026.", ORANGE),
         "DELVIS", "ja"),
        ("4", "Personal", "Rätt lön vid nyanställning – kontroll av anställningsavtal mot lönesystemet",
         "Samtliga nyanställda under perioden", "Halvår", "HR-chef",
         ("10 avtal kontrollerade, inga fel.", GREEN),
         ("Kontrollen avser avtal tecknade jan–nov (18 st). Två avtal saknade chefs underskrift och har kompletterats.", GREEN),
         "GENOMFORD", "ja"),
        ("5", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Avstämning behörighetslista mot HR-listor", "1 gång/år", "IT-chef",
         ("", None),
         ("Avstämning av behörigheter i Raindance och Visma mot HR:s lista över avslutade anställningar.", ORANGE),
         "DELVIS", ""),
        ("6", "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom fem arbetsdagar",
         "Stickprov 25 handlingar", "1 gång/år", "Kanslichef",
         ("", None),
         ("Ej utförd under året på grund av vakans som registrator.", RED),
         "EJ_GENOMFORD", ""),
        ("7", "Säkerhet och beredskap", "Krisledningsplanen är uppdaterad och övad",
         "Genomgång av plan och övningsrapport", "1 gång/år", "Säkerhetssamordnare",
         ("", None),
         ("Ersätts av länsgemensam övning 2026, beslut KS 2025-06-10 § 92.", GREY),
         "UTGAR", ""),
        ("8", "Ekonomi", "Representation och måltider följer riktlinjerna för representation",
         "Stickprov 25 verifikationer", "1 gång/år", "Controller",
         ("", None),
         ("Genomförd. 25 verifikationer granskade, två saknade syfte och deltagarförteckning.", None),
         "GENOMFORD", "ja"),
        ("9", "Personal", "Rehabiliteringsärenden vid upprepad korttidsfrånvaro startas enligt rutin",
         "Genomgång av sjukfrånvarostatistik med HR", "1 gång/år", "HR-chef",
         ("Genomgång med HR i april, inga avvikelser.", GREEN),
         ("", None),
         "GENOMFORD", "nej"),
        ("10", "Ekonomi", "Avstämning av balanskonton vid bokslut",
         "Kontroll av avstämningsbilagor", "Bokslut", "Redovisningsansvarig",
         ("", None), ("", None),
         "SAKNAS", ""),
        ("11", "Kansli", "Protokoll anslås på den digitala anslagstavlan inom lagstadgad tid",
         "Jämförelse justeringsdatum – anslagsdatum", "1 gång/år", "Nämndsekreterare",
         ("", None),
         ("Samtliga 14 protokoll anslagna i tid.", GREEN),
         "GENOMFORD", "nej"),
    ]
    r = 7
    for nr, proc, km, met, frek, ans, dl, hl, st, av in rows:
        vals = [nr, proc, km, met, frek, ans, dl[0], hl[0]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        if dl[1]:
            ws.cell(row=r, column=7).font = Font(color=dl[1])
        if hl[1]:
            ws.cell(row=r, column=8).font = Font(color=hl[1])
        exp(fil, namnd, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 11")
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Lena Björk, controller, 2026-01-23")
    widths = [5, 18, 42, 30, 12, 20, 38, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.oddHeader.center.text = "Hallsbergs kommun – Kommunstyrelsen"
    ws.page_setup.orientation = "landscape"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Samhällsbyggnadsnämnden - docx, cancelled controls struck through
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def f2_sbn():
    fil = "SBN_uppfoljning_IKP_2025_helar.docx"
    namnd = "Samhällsbyggnadsnämnden"
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Samhällsbyggnadsförvaltningen\tHallsbergs kommun\tDnr SBN 2025/14"
    doc.add_heading("Uppföljning internkontrollplan 2025 – helårsrapport", level=1)
    doc.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 7). "
        "Nedan redovisas förvaltningens uppföljning för hela året.")
    p = doc.add_paragraph()
    p.add_run("Kontrollmoment som nämnden beslutat att stryka under året (SBN 2025-05-20 § 61) är ")
    p.add_run("genomstrukna").font.strike = True
    p.add_run(" i tabellen och har inte följts upp, om inget annat anges i kommentaren.")
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    # (process, km, metod, ansvarig, status, kommentar, strike: 'row'|'km'|None, exp status, avv)
    rows = [
        ("Fakturering", "Debitering av VA-anslutningsavgifter sker enligt gällande taxa",
         "Stickprov 12 anslutningar", "VA-chef", "Genomförd",
         "Samtliga 12 anslutningar rätt debiterade.", None, "GENOMFORD", "nej"),
        ("Fastighet", "Felanmälningar i Infracontrol åtgärdas inom avtalad tid",
         "Rapportuttag ur systemet", "Fastighetschef", "", "", "row", "UTGAR", ""),
        ("Upphandling", "Entreprenadavtal följs upp mot ÄTA-arbeten och slutregleras",
         "Genomgång av tre avslutade projekt", "Projektchef", "Genomförd – avvikelse",
         "Två ÄTA-arbeten vid ombyggnaden av Samzonen saknade skriftlig beställning. "
         "Rutin för beställning av ÄTA har förtydligats.", None, "GENOMFORD", "ja"),
        ("Fastighet", "Lagstadgade besiktningar (hiss, OVK, brandlarm) är utförda i tid",
         "Kontroll mot besiktningsregister", "Fastighetschef", "Pågår",
         "Hiss- och brandlarmsbesiktningar klara. OVK återstår för 4 av 31 fastigheter, beställt till februari 2026.",
         None, "DELVIS", ""),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Protokoll från besiktning", "Parkingenjör", "Utgår",
         "Ansvaret flyttat till Kultur- och fritidsnämnden från 2025-07-01.", "row", "UTGAR", ""),
        ("Kost", "Specialkost levereras enligt beställning och dokumenterad allergilista",
         "Stickprov vid sex enheter", "Kostchef", "Genomförd",
         "Inga avvikelser vid något av besöken.", None, "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs fullständigt",
         "Stickprov tre månader", "Fordonssamordnare", "Ej genomförd",
         "Nytt fordonssystem infördes först i december, kontrollen har inte kunnat göras.",
         None, "EJ_GENOMFORD", ""),
        ("Avfall", "Kundregistret för renhållning stämmer mot fastighetsregistret",
         "Maskinell jämförelse", "Avfallsingenjör", "Genomförd",
         "Kontrollen genomfördes i mars, innan nämnden beslutade att stryka den. Inga avvikelser.",
         "km", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Ekonom", "Genomförd",
         "En faktura var attesterad av person med jäv; rättad och attestanten informerad.",
         None, "GENOMFORD", "ja"),
        ("Mark och exploatering", "Försäljning av tomter sker enligt riktlinjer för markanvisning",
         "Genomgång av samtliga köpeavtal", "Exploateringsingenjör", "",
         "Kontrollen genomförd i oktober, två tomtförsäljningar granskade utan anmärkning.",
         None, "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        pass
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_shading(cell, "D9E2F3")
    for proc, km, met, ans, st, kom, strike, est, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([proc, km, met, ans, st, kom]):
            pass
            if v:
                run = cells[i].paragraphs[0].add_run(v)
                if strike == "row" or (strike == "km" and i == 1):
                    run.font.strike = True
        exp(fil, namnd, km, est, av)
    doc.add_paragraph()
    doc.add_paragraph("Hallsberg 2026-01-30")
    doc.add_paragraph("Anders Holm, förvaltningschef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden - xlsx, deviations in bold, delår + helår status columns
# ---------------------------------------------------------------------------
def f3_sn():
    fil = "Socialnämnden IKP 2025 uppföljning.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "SN 2025"
    ws["A1"] = "Socialförvaltningen"
    ws["A1"].font = Font(size=12, bold=True, color="1F4E79")
    ws["A2"] = "Internkontroll 2025 – uppföljning delår och helår"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = ("Status anges med Klar / Pågår / Ej påbörjad / Ej aktuell. "
                "Text i fetstil i kolumnen Iakttagelser innebär att en avvikelse har noterats.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Område", "Kontrollmoment", "Risk (S×K)", "Kontrollansvarig", "Tidpunkt",
           "Status delår", "Status T3/helår", "Iakttagelser"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    # group heading str, or tuple (km, risk, ansv, tid, delår, helår, iakttagelse, bold, exp, avv)
    rows = [
        "Myndighetsutövning",
        ("Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", 12, "Enhetschef IFO",
         "Aug, dec", "Pågår", "Klar",
         "7 av 52 utredningar överskred fyra månader utan beslut om förlängning.", True, "GENOMFORD", "ja"),
        ("Beslut om bistånd enligt SoL fattas av behörig delegat", 8, "Enhetschef biståndsenheten",
         "Dec", "", "Klar",
         "Stickprov 40 beslut, samtliga fattade enligt delegationsordningen.", False, "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 14 dagar från verkställighet (hemtjänst)", 9,
         "Enhetschefer hemtjänst", "Aug, dec", "Ej påbörjad", "Pågår",
         "Granskning av 25 ärenden hittills: 9 saknade genomförandeplan inom tiden.", True, "DELVIS", "ja"),
        ("Avvikelser och lex Sarah-rapporter hanteras och återkopplas enligt rutin", 12,
         "Medicinskt ansvarig sjuksköterska", "Aug", "Klar", "",
         "Genomgång av samtliga rapporter januari–juni.", False, "GENOMFORD", "nej"),
        "Ekonomi",
        ("Utbetalning av ekonomiskt bistånd sker mot korrekt underlag", 9, "Enhetschef försörjningsstöd",
         "Dec", "", "Klar",
         "En dubbelutbetalning (4 300 kr) upptäcktes, återkrav är beslutat.", True, "GENOMFORD", "ja"),
        ("Brukarnas privata medel på särskilda boenden hanteras enligt rutin för kontantkassor", 6,
         "Enhetschefer SÄBO", "Dec", "", "Klar",
         "Kassainventering på tre särskilda boenden, samtliga kassor stämde.", False, "GENOMFORD", "nej"),
        ("Fakturering av avgifter för hemtjänst och särskilt boende", 8, "Avgiftshandläggare",
         "Dec", "", "Ej påbörjad",
         "Flyttas till 2026 på grund av byte av verksamhetssystem.", False, "EJ_GENOMFORD", ""),
        "Personal",
        ("Timanställda får rätt lön utifrån registrerade arbetspass", 6, "Bemanningsenheten",
         "Dec", "", "Pågår", "Kontroll av oktober–november pågår.", False, "DELVIS", ""),
        ("Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS", 12, "Enhetschefer LSS",
         "Aug, dec", "Klar", "Klar",
         "Två anställda hade inte visat utdrag vid anställningstillfället.", True, "GENOMFORD", "ja"),
        ("Introduktion av nyanställda sker enligt checklista", 4, "HR-konsult",
         "Dec", "", "Ej aktuell",
         "Kontrollmomentet ersatt av HR:s centrala uppföljning.", False, "UTGAR", ""),
        "Hälso- och sjukvård",
        ("Signeringslistor för läkemedel är kompletta", 12, "MAS", "Dec", "", "",
         "Se bilaga 2.", False, "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        if isinstance(row, str):
            c = ws.cell(row=r, column=1, value=row)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        km, risk, ans, tid, dl, hl, iakt, bold, est, av = row
        vals = ["", km, risk, ans, tid, dl, hl, iakt]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        if bold:
            ws.cell(row=r, column=8).font = Font(bold=True)
        exp(fil, namnd, km, est, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporten behandlad i socialnämnden 2026-02-17 § 12.")
    for col, w in zip("ABCDEFGH", [16, 48, 9, 24, 10, 12, 14, 55]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Bildningsnämnden - docx, status = the highlighted word in the cell
# ---------------------------------------------------------------------------
def f4_bin():
    fil = "Bildningsnämnden - uppföljning intern kontroll 2025.docx"
    namnd = "Bildningsnämnden"
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Bildningsförvaltningen – Hallsbergs kommun"
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    p = doc.add_paragraph()
    p.add_run("Instruktion: ").bold = True
    p.add_run("Markera aktuell status för helåret genom att ")
    r = p.add_run("överstryka")
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run(" ett av alternativen i kolumnen Status. Kommentera resultat och eventuella avvikelser.")
    OPTS = ["Genomförd", "Delvis", "Ej genomförd", "Utgår"]
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    # (nr, område, km, ansvarig, highlighted options, kommentar, exp, avv)
    rows = [
        ("1", "Skolskjuts", "Skolskjuts beviljas enligt riktlinjer för skolskjuts", "Skolskjutshandläggare",
         ["Genomförd"], "20 beslut granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Trygghet och studiero",
         "Rektorer anmäler kränkande behandling till huvudmannen samma dag som de fått kännedom",
         "Rektorer", ["Genomförd"],
         "Anmälningar görs, men i 11 fall dröjde anmälan mer än fem dagar.", "GENOMFORD", "ja"),
        ("3", "Närvaro", "Ogiltig frånvaro rapporteras och vårdnadshavare kontaktas samma dag",
         "Rektorer", ["Delvis"], "Kontrollen genomförd på tre av fem grundskolor.", "DELVIS", ""),
        ("4", "Förskola", "Placering i förskola sker enligt köregler", "Placeringsansvarig",
         ["Ej genomförd"], "Hinns inte med 2025, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("5", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ["Genomförd"], "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("6", "Undervisning", "Elevers rätt till modersmålsundervisning utreds och erbjuds",
         "Samordnare modersmål", [], "", "SAKNAS", ""),
        ("7", "Dokumenthantering",
         "Betygskataloger arkiveras enligt dokumenthanteringsplanen", "Skolassistenter",
         ["Genomförd", "Delvis"], "", "OKLAR", ""),
        ("8", "Ekonomi", "Statsbidrag söks och redovisas i rätt tid", "Controller",
         [], "Genomförd. Samtliga redovisningar till Skolverket inlämnade före sista datum.", "GENOMFORD", "nej"),
        ("9", "IT", "Inventering av datorer och lärplattor på skolorna", "IT-pedagog",
         ["Delvis"],
         "Inventering klar på Långängskolan och Transtenskolan, övriga skolor våren 2026. 14 enheter saknades.",
         "DELVIS", "ja"),
        ("10", "Elevhälsa", "Åtgärdsprogram upprättas för elever i behov av särskilt stöd",
         "Elevhälsochef", ["Utgår"],
         "Ersatt av Skolinspektionens tillsyn under 2025.", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        pass
        cell.paragraphs[0].add_run(h).bold = True
        set_cell_shading(cell, "E2EFD9")
    for nr, omr, km, ans, hl, kom, est, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, omr, km, ans]):
            cells[i].text = v
        para = cells[4].paragraphs[0]
        for j, o in enumerate(OPTS):
            run = para.add_run(o)
            if o in hl:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if j < len(OPTS) - 1:
                para.add_run(" / ")
        cells[5].text = kom
        exp(fil, namnd, km, est, av)
    doc.add_paragraph()
    doc.add_paragraph("Uppföljningen redovisas för bildningsnämnden den 12 februari 2026.")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Kultur- och fritidsnämnden - xlsx, no status column: comments only
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "KFN helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Kultur och fritid – Internkontroll 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning per 31 december 2025"
    hdr = ["Kontrollmoment", "Kontrollansvarig", "När", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws["D4"].comment = Comment("Fyll i vad som kontrollerats, resultat och eventuella åtgärder.", "Controller")
    rows = [
        ("Dagsavstämning av kassan på Sydnärkebadet", "Badchef", "Löpande",
         "Kontrollerat fyra slumpvisa veckor, kassan stämde alla dagar.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt bidragsreglerna och mot inlämnade underlag",
         "Föreningskonsulent", "Okt",
         "Granskade 15 bidragsärenden. I två fall saknades verksamhetsberättelse; utbetalningen "
         "har stoppats tills underlaget kommit in.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt taxa", "Bokningsansvarig", "Nov",
         "Påbörjad, blir klar under första kvartalet 2026.", "DELVIS", ""),
        ("Medieinköp till biblioteket sker enligt avtal", "Bibliotekschef", "Sep",
         "Inte genomförd i år, prioriterades bort på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Konstverk ur kommunens konstsamling som är utlånade finns registrerade", "Kultursekreterare",
         "Dec", "", "SAKNAS", ""),
        ("Avtal med studieförbunden följs upp årligen", "Kulturchef", "Dec",
         "Ej aktuellt 2025, avtalen löpte ut och nya tecknas 2026.", "UTGAR", ""),
        ("Nycklar och passerkort till fritidsgårdarna kvitteras", "Fritidsgårdschef", "Dec",
         "Se bilaga.", "OKLAR", ""),
        ("Registerutdrag kontrolleras för ledare i lovverksamheten", "Fritidschef", "Jun",
         "Genomfört inför sommarlovet, samtliga 22 ledare hade visat utdrag.", "GENOMFORD", "nej"),
    ]
    r = 5
    for km, ans, nar, kom, est, av in rows:
        for i, v in enumerate([km, ans, nar, kom], 1):
            c = ws.cell(row=r, column=i, value=v if v else None)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, namnd, km, est, av)
        r += 1
    for col, w in zip("ABCD", [55, 22, 10, 70]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Hallbo AB - odt, status = background colour of an empty cell
# ---------------------------------------------------------------------------
def f6_hallbo():
    fil = "Hallbo_internkontroll_2025.odt"
    namnd = "Hallbo AB"
    doc = OpenDocumentText()
    fills = {"gron": "#92D050", "gul": "#FFFF00", "rod": "#FF0000", "vit": "#FFFFFF", "hdr": "#D9D9D9"}
    cellstyles = {}
    for n, (k, v) in enumerate(fills.items(), 1):
        st = Style(name="Tabell.C%d" % n, family="table-cell")
        st.addElement(TableCellProperties(backgroundcolor=v, border="0.5pt solid #000000", padding="0.05cm"))
        doc.automaticstyles.addElement(st)
        cellstyles[k] = st
    bold = Style(name="T1", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="P1", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    tstyle = Style(name="tab", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    colw = {}
    for name, w in [("c1", "6.5cm"), ("c2", "3cm"), ("c3", "2cm"), ("c4", "5.5cm"), ("l1", "2cm"), ("l2", "6cm")]:
        cs = Style(name="col_" + name, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colw[name] = cs

    def cell(text, style="vit", b=False):
        tc = TableCell(stylename=cellstyles[style], valuetype="string")
        p = P()
        if text:
            if b:
                p.addElement(Span(stylename=bold, text=text))
            else:
                p.addText(text)
        tc.addElement(p)
        return tc

    doc.text.addElement(P(stylename=title, text="Hallbo AB – Uppföljning intern kontroll 2025"))
    doc.text.addElement(P(text="Redovisning till styrelsen avseende helår 2025 (bokslut)."))
    doc.text.addElement(P(text="Färgkoder i kolumnen Utfall:"))
    leg = Table(name="Farger", stylename=tstyle)
    leg.addElement(TableColumn(stylename=colw["l1"]))
    leg.addElement(TableColumn(stylename=colw["l2"]))
    for k, txt in [("gron", "Utförd"), ("gul", "Pågående / delvis utförd"), ("rod", "Ej utförd")]:
        tr = TableRow()
        tr.addElement(cell("", k))
        tr.addElement(cell(txt))
        leg.addElement(tr)
    doc.text.addElement(leg)
    doc.text.addElement(P(text=""))
    rows = [
        ("Hyresavier skickas ut enligt gällande hyresavtal och 2025 års hyreshöjning", "Ekonomichef", "gron",
         "Kontroll av 50 avier, inga fel.", "GENOMFORD", "nej"),
        ("Outhyrda lägenheter och vakanser följs upp månadsvis", "Uthyrningschef", "gron",
         "Rapporteras till styrelsen varje månad. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Inkassoärenden och avhysningar hanteras enligt rutin", "Uthyrningschef", "gul",
         "Rutinen revideras, kontroll av enskilda ärenden återstår.", "DELVIS", ""),
        ("Underhållsplanen följs upp mot budget", "Fastighetschef", "rod",
         "Ej utförd 2025.", "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete (SBA) bedrivs i samtliga fastigheter", "Driftchef", "gron",
         "Egenkontroller utförda. Brister i tre trapphus (belamrade med barnvagnar), åtgärdade.", "GENOMFORD", "ja"),
        ("Upphandlade ramavtal används vid beställning av entreprenader", "VD", "vit",
         "", "SAKNAS", ""),
        ("Behörighet att attestera i ekonomisystemet stämmer med attestlistan", "Ekonomichef", "vit",
         "Genomförd i november, inga avvikelser.", "GENOMFORD", "nej"),
        ("Besiktning vid avflyttning dokumenteras med signerat protokoll", "Förvaltare", "gron",
         "Stickprov 10 avflyttningar; 2 saknade signerat protokoll.", "GENOMFORD", "ja"),
    ]
    tab = Table(name="Internkontroll", stylename=tstyle)
    for c in ("c1", "c2", "c3", "c4"):
        tab.addElement(TableColumn(stylename=colw[c]))
    tr = TableRow()
    for h in ["Kontrollpunkt", "Ansvarig", "Utfall", "Kommentar"]:
        tr.addElement(cell(h, "hdr", b=True))
    tab.addElement(tr)
    for km, ans, fill, kom, est, av in rows:
        tr = TableRow()
        tr.addElement(cell(km))
        tr.addElement(cell(ans))
        tr.addElement(cell("", fill))
        tr.addElement(cell(kom))
        tab.addElement(tr)
        exp(fil, namnd, km, est, av)
    doc.text.addElement(tab)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Hallsberg i januari 2026, Maria Ek, VD"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Sydnärkes miljönämnd + byggnadsnämnd - .doc, tick columns, two nämnder
# ---------------------------------------------------------------------------
def f7_sydnarke():
    fil = "Sydnärke miljö och bygg IK 2025.doc"
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = (
        "Sydnärkes miljö- och byggförvaltning – Askersund, Hallsberg, Kumla, Laxå")
    doc.add_heading("Årsuppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Uppföljningen avser perioden 1 januari – 31 december 2025. "
                      "Kryss (X) i den kolumn som motsvarar utfallet.")
    sections = [
        ("Sydnärkes miljönämnd", [
            ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "D",
             "84 % av planerade kontroller genomförda.", "DELVIS", ""),
            ("Avgifter för tillsyn debiteras enligt taxa", "G",
             "Stickprov 25 beslut, ett debiterat med fel timtaxa.", "GENOMFORD", "ja"),
            ("Beslut om enskilda avlopp fattas inom tre månader från komplett ansökan", "E",
             "", "EJ_GENOMFORD", ""),
            ("Delegationsbeslut anmäls till nämnden", "G",
             "Samtliga anmälda, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Sydnärkes byggnadsnämnd", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "G",
             "3 av 210 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("Slutbesked utfärdas först när samtliga handlingar inkommit", "G",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Tillsyn av ovårdade tomter och olovligt byggande", "",
             "Utgår enligt beslut SNBN 2025-04-09 § 33.", "UTGAR", ""),
            ("Bygglovsakter arkiveras i e-arkivet", "D",
             "Akter 2023–2024 klara, 2025 återstår.", "DELVIS", ""),
        ]),
    ]
    for namnd, rows in sections:
        doc.add_heading(namnd, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
            c = t.rows[0].cells[i]
            pass
            c.paragraphs[0].add_run(h).bold = True
        for km, mark, kom, est, av in rows:
            cells = t.add_row().cells
            cells[0].text = km
            idx = {"G": 1, "D": 2, "E": 3}.get(mark)
            if idx:
                cells[idx].text = "X"
            cells[4].text = kom
            exp(fil, namnd, km, est, av)
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    doc.add_paragraph()
    doc.add_paragraph("Kumla 2026-01-28, Per Lind, förvaltningschef")
    os.makedirs(LO_WORK, exist_ok=True)
    tmp = os.path.join(LO_WORK, "sydnarke.docx")
    doc.save(tmp)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc", "--outdir", LO_WORK, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(LO_WORK, "sydnarke.doc"), os.path.join(HERE, fil))


# ---------------------------------------------------------------------------
# F8  Budget report (no follow-up) - must be rejected
# ---------------------------------------------------------------------------
def f8_budget():
    fil = "Budgetuppföljning helår 2025 Bildningsnämnden.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Bildningsnämnden – budgetuppföljning helår 2025 (tkr)"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Negativa avvikelser markeras med röd text."
    ws["A2"].font = Font(italic=True)
    hdr = ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [
        ("Förskola", 98500, 101240, "Fler barn än planerat, tre extra avdelningar under hösten."),
        ("Grundskola F–6", 142300, 140870, "Vakanser under våren."),
        ("Grundskola 7–9", 71200, 73950, "Ökade kostnader för tilläggsbelopp."),
        ("Fritidshem", 28400, 27900, ""),
        ("Gymnasieskola (interkommunal ersättning)", 88600, 92100, "Fler elever i annan kommun."),
        ("Vuxenutbildning", 19800, 18300, "Statsbidrag högre än budgeterat."),
        ("Skolskjuts", 14200, 15650, "Ny upphandling med högre priser."),
        ("Nämnd och förvaltningsledning", 9400, 9120, ""),
    ]
    r = 5
    tb = tu = 0
    for v, b, u, k in rows:
        ws.cell(row=r, column=1, value=v)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        c = ws.cell(row=r, column=4, value=b - u)
        if b - u < 0:
            c.font = Font(color="FF0000")
        ws.cell(row=r, column=5, value=k or None)
        tb += b
        tu += u
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tb).font = Font(bold=True)
    ws.cell(row=r, column=3, value=tu).font = Font(bold=True)
    ws.cell(row=r, column=4, value=tb - tu).font = Font(bold=True, color="FF0000" if tb - tu < 0 else "000000")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["E"].width = 60
    save_wb(wb, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelsens förvaltning|Kommunledningsförvaltningen"),
    ("Bildningsnämnden", "BIN|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Sydnärkes miljönämnd", "SNMN|Miljönämnden Sydnärke"),
    ("Sydnärkes byggnadsnämnd", "SNBN|Byggnadsnämnden Sydnärke"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i Sydnärke"),
    ("Valnämnden", "VN"),
    ("Hallbo AB", "Hallsbergs Bostads AB|Hallbo"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(HERE, "*")):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)
    f1_ks()
    f2_sbn()
    f3_sn()
    f4_bin()
    f5_kfn()
    f6_hallbo()
    f7_sydnarke()
    f8_budget()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
