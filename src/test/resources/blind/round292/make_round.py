#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 292 – Lindsjö kommun. Theme: the internal-control follow-up is one chapter of a bigger report.

Builds 8 files (7 read + 1 rejected) and namnder.csv, files.csv, expected.csv.
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
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 20, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round292"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, final_name):
    tmpd = tempfile.mkdtemp(prefix="r292conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), out(final_name))
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- docx helpers
def fix_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_table(doc, header, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            lines = str(v).split("\n")
            cells[i].paragraphs[0].add_run(lines[0])
            for extra in lines[1:]:
                cells[i].add_paragraph(extra)
    return t


def para(doc, text, bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


# ================================================================ FILE 1
def file_bun():
    fil = "Delårsrapport 2025 Barn- och utbildningsnämnden.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_docx_props(doc, "Delårsrapport 2025", "Barn- och utbildningsförvaltningen")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Lindsjö kommun – Barn- och utbildningsnämnden"
    sec.footer.paragraphs[0].text = "Delårsrapport januari–augusti 2025"

    p = para(doc, "Lindsjö kommun", bold=True, size=14)
    doc.add_heading("Delårsrapport januari–augusti 2025", 0)
    para(doc, "Barn- och utbildningsnämnden", bold=True, size=16)
    para(doc, "Beslutad av Barn- och utbildningsnämnden 2025-09-24 § 88. Dnr BUN 2025/212.")

    doc.add_heading("Innehåll", 1)
    for line in ["1 Sammanfattning", "2 Ekonomi", "3 Personal", "4 Mål och måluppfyllelse",
                 "5 Intern kontroll", "6 Framtid"]:
        para(doc, line)

    doc.add_heading("1 Sammanfattning", 1)
    para(doc, "Nämnden redovisar ett överskott för perioden januari–augusti på 4,1 mnkr. Prognosen för helåret "
              "är ett underskott på 2,3 mnkr, främst beroende på ökade kostnader för skolskjuts och "
              "tilläggsbelopp. Fyra av nämndens sex mål bedöms delvis uppfyllas vid årets slut.")

    doc.add_heading("2 Ekonomi", 1)
    para(doc, "Tabell 1. Driftredovisning per verksamhet (tkr)", italic=True)
    docx_table(doc, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget"], [
        ["Förskola", "148 200", "97 950", "147 600", "600"],
        ["Grundskola inkl. fritidshem", "312 400", "210 310", "315 900", "-3 500"],
        ["Gymnasieskola", "121 800", "79 420", "120 900", "900"],
        ["Kulturskola", "9 600", "6 120", "9 500", "100"],
        ["Skolskjuts", "14 300", "10 870", "16 100", "-1 800"],
        ["Nämnd och förvaltning", "22 700", "13 980", "21 300", "1 400"],
        ["Summa", "629 000", "418 650", "631 300", "-2 300"],
    ])
    para(doc, "Investeringsbudgeten om 18,5 mnkr beräknas förbrukas till 70 procent. Inventarier till nya "
              "Björkhagens förskola levereras i november.")

    doc.add_heading("3 Personal", 1)
    para(doc, "Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid", italic=True)
    docx_table(doc, ["Verksamhet", "Jan–aug 2024", "Jan–aug 2025", "Förändring"], [
        ["Förskola", "8,9", "8,1", "-0,8"],
        ["Grundskola", "6,2", "6,5", "0,3"],
        ["Gymnasieskola", "4,1", "3,8", "-0,3"],
        ["Förvaltningsövergripande", "3,0", "2,7", "-0,3"],
        ["Totalt", "6,6", "6,3", "-0,3"],
    ])
    para(doc, "Antalet tillsvidareanställda uppgick per 31 augusti till 1 184 personer.")

    doc.add_heading("4 Mål och måluppfyllelse", 1)
    para(doc, "Bedömning av måluppfyllelse görs i skalan Uppfyllt – Delvis uppfyllt – Ej uppfyllt.")
    docx_table(doc, ["Nämndmål", "Indikator", "Bedömning"], [
        ["Alla elever ska ges förutsättningar att nå kunskapskraven",
         "Andel elever i åk 9 som är behöriga till gymnasiets yrkesprogram", "Delvis uppfyllt"],
        ["Barn och elever ska känna sig trygga i förskola och skola",
         "Andel elever i åk 5 och 8 som känner sig trygga i skolan (elevenkät)", "Uppfyllt"],
        ["Förskolans barngrupper ska ha en rimlig storlek",
         "Genomsnittligt antal barn per grupp", "Ej uppfyllt"],
        ["Nämnden ska vara en attraktiv arbetsgivare",
         "Andel legitimerade lärare", "Delvis uppfyllt"],
    ])

    doc.add_heading("5 Intern kontroll", 1)
    para(doc, "Nämnden antog internkontrollplan för 2025 den 12 februari 2025 (§ 14). Planen omfattar åtta "
              "kontrollmoment. Nedan redovisas status per den 31 augusti. Kontroller som ännu inte påbörjats "
              "genomförs under hösten och redovisas i verksamhetsberättelsen.")
    para(doc, "Tabell 3. Uppföljning av internkontrollplan 2025, delår", italic=True)
    rows = [
        ["Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Genomförd", "Inga avvikelser noterades."],
        ["Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 10 verifikationer", "Genomförd med avvikelse",
         "I 3 av 10 verifikationer saknades deltagarförteckning. Påminnelse om regler har skickats till rektorer."],
        ["Elevhälsa", "Anmälan till huvudman om kränkande behandling görs inom fastställd tid",
         "Genomgång i ärendesystemet", "Pågår",
         "Vårterminens anmälningar är genomgångna. Höstterminens anmälningar granskas i december."],
        ["Elevhälsa", "Rutin vid upprepad ogiltig frånvaro följs (kontakt med vårdnadshavare och anmälan till rektor)",
         "Stickprov på två skolor", "Ej påbörjad", "Planeras till oktober."],
        ["Personal", "Utdrag ur belastningsregistret har uppvisats före anställning",
         "Stickprov 15 nyanställningar", "Genomförd",
         "För 1 av 15 anställningar saknades dokumentation om uppvisat utdrag. Rutinen har förtydligats."],
        ["Upphandling", "Inköp görs hos avtalade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget", "Delvis genomförd",
         "Analysen omfattar januari–juni. Avtalstroheten är 87 procent mot målet 90 procent."],
        ["Informationssäkerhet", "Behörigheter i elevdokumentationssystemet gås igenom två gånger per år",
         "Behörighetslista från systemförvaltare", "Utgår",
         "Kontrollen utgår enligt beslut BUN 2025-05-14 § 52 eftersom systemet byts ut under hösten."],
        ["Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 10 beslut", "", ""],
    ]
    t = docx_table(doc, ["Process", "Kontrollmoment", "Kontrollmetod", "Status delår", "Kommentar"], rows)
    # merge the process cells for the two Ekonomi rows and the two Elevhälsa rows
    for a, b in [(1, 2), (3, 4)]:
        top = t.cell(a, 0)
        txt = top.text
        m = top.merge(t.cell(b, 0))
        for p_ in m.paragraphs[1:]:
            p_._element.getparent().remove(p_._element)
        m.paragraphs[0].text = txt
    para(doc, "Samlad bedömning: den interna kontrollen bedöms i huvudsak vara tillräcklig. Brister i "
              "dokumentationen av representation och anställningsrutiner har åtgärdats.")

    doc.add_heading("6 Framtid", 1)
    para(doc, "Elevantalet i grundskolan väntas minska med cirka 120 elever till 2027, medan gymnasieskolan "
              "växer. Förvaltningen ser över lokalbehovet och återkommer till nämnden i januari 2026.")
    doc.save(out(fil))

    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    exp(fil, nm, rows[0][1], "GENOMFORD", "nej")
    exp(fil, nm, rows[1][1], "GENOMFORD", "ja")
    exp(fil, nm, rows[2][1], "DELVIS", "")
    exp(fil, nm, rows[3][1], "EJ_GENOMFORD", "")
    exp(fil, nm, rows[4][1], "GENOMFORD", "ja")
    exp(fil, nm, rows[5][1], "DELVIS", "ja")
    exp(fil, nm, rows[6][1], "UTGAR", "")
    exp(fil, nm, rows[7][1], "SAKNAS", "")


# ================================================================ FILE 2
def file_kfn():
    fil = "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden.docx"
    nm = "Kultur- och fritidsnämnden"
    doc = Document()
    fix_docx_props(doc, "Verksamhetsberättelse 2025", "Kultur- och fritidsförvaltningen")
    para(doc, "LINDSJÖ KOMMUN", bold=True, size=12)
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    para(doc, "Kultur- och fritidsnämnden", bold=True, size=16)
    para(doc, "Dnr KFN 2026/9")

    doc.add_heading("Ordföranden har ordet", 1)
    para(doc, "2025 blev året då det nya badhuset i Lindsjö centrum fick sitt första hela verksamhetsår. "
              "Besöksrekordet slogs redan i mars, och biblioteken har fortsatt att utveckla meröppet. "
              "Jag vill tacka alla medarbetare och föreningar för ett fint år.")
    para(doc, "Maria Holmqvist (S), ordförande", italic=True)

    doc.add_heading("Verksamhetens resultat", 1)
    para(doc, "Nyckeltal", bold=True)
    docx_table(doc, ["Nyckeltal", "2023", "2024", "2025"], [
        ["Antal besök bibliotek", "212 400", "218 900", "231 050"],
        ["Utlån per invånare", "4,8", "4,9", "5,1"],
        ["Antal besök badhuset", "–", "96 300", "171 800"],
        ["Deltagartillfällen med LOK-stöd", "88 100", "90 450", "92 300"],
        ["Elever i kulturskolan", "710", "735", "742"],
    ])
    para(doc, "Besöksökningen i badhuset förklaras av helårseffekten. Utlånen ökar för andra året i rad.")

    doc.add_heading("Ekonomiskt resultat", 1)
    docx_table(doc, ["Driftredovisning (tkr)", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ["Intäkter", "18 400", "21 250", "2 850"],
        ["Personalkostnader", "-41 900", "-42 600", "-700"],
        ["Lokalkostnader", "-33 500", "-33 480", "20"],
        ["Övriga kostnader", "-22 000", "-23 150", "-1 150"],
        ["Nettokostnad", "-79 000", "-77 980", "1 020"],
    ])
    para(doc, "Nämnden redovisar ett överskott om 1,0 mnkr, främst genom högre entréintäkter i badhuset.")

    doc.add_heading("Måluppfyllelse", 1)
    para(doc, "Av nämndens fem mål bedöms tre vara uppfyllda och två delvis uppfyllda. Målet om ökat "
              "deltagande bland flickor 13–16 år i föreningslivet är delvis uppfyllt; andelen ökade från "
              "38 till 41 procent men når inte målvärdet 45 procent.")

    doc.add_heading("Intern kontroll", 1)
    para(doc, "Kultur- och fritidsnämndens internkontrollplan för 2025 omfattade sex kontrollmoment. Fyra "
              "kontroller har genomförts fullt ut, en har genomförts delvis och en har inte genomförts.")
    para(doc, "Kontrollen av kassahanteringen visade att dagskassan i badhuset vid två tillfällen inte stämts av "
              "samma dag. Rutinen har förtydligats och personalen har fått information. Vid kontrollen av "
              "registerförteckningen enligt dataskyddsförordningen framkom att förteckningen för fritidsgårdarna "
              "inte var uppdaterad; detta åtgärdades i november.")
    para(doc, "Inventeringen av konstregistret hann endast omfatta konsten i kommunhuset och biblioteken. "
              "Resterande inventering slutförs under 2026. Kontrollen av föreningsbidrag har skjutits upp till "
              "2026 i samband med att nämnden byter bidragssystem.")
    para(doc, "Tabell. Sammanställning av kontrollmomenten 2025", italic=True)
    rows = [
        ["Kassahantering – dagskassor i badhuset och på biblioteken stäms av och attesteras", "Ja", "Ja"],
        ["Föreningsbidrag betalas ut enligt gällande bidragsregler", "Nej", "–"],
        ["Uthyrning av lokaler och anläggningar faktureras enligt fastställd taxa", "Ja", "Nej"],
        ["Inventering av konst och utrustning mot konstregistret", "Delvis", "Nej"],
        ["Timavlönade – anställningsavtal finns och tid rapporteras korrekt", "Ja", "Nej"],
        ["Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Ja", "Ja, se text"],
    ]
    docx_table(doc, ["Kontrollmoment", "Genomförd", "Avvikelse"], rows + [["Summa genomförda", "4 av 6", ""]])
    para(doc, "Nämndens samlade bedömning är att den interna kontrollen är tillräcklig.")

    doc.add_heading("Framtid", 1)
    para(doc, "Under 2026 inleds arbetet med en ny biblioteksplan. Ett nytt bidragssystem införs från 1 mars.")
    doc.save(out(fil))

    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    exp(fil, nm, rows[0][0], "GENOMFORD", "ja")
    exp(fil, nm, rows[1][0], "EJ_GENOMFORD", "")
    exp(fil, nm, rows[2][0], "GENOMFORD", "nej")
    exp(fil, nm, rows[3][0], "DELVIS", "nej")
    exp(fil, nm, rows[4][0], "GENOMFORD", "nej")
    exp(fil, nm, rows[5][0], "GENOMFORD", "ja")


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def put_table(ws, r0, header, rows, c0=1, bold_last=False):
    for j, h in enumerate(header):
        c = ws.cell(row=r0, column=c0 + j, value=h)
        c.font = Font(bold=True)
        c.fill = HFILL
        c.border = BOX
        c.alignment = WRAP
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=r0 + 1 + i, column=c0 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if bold_last and i == len(rows) - 1:
                c.font = Font(bold=True)
    return r0 + 1 + len(rows)


# ================================================================ FILE 3
def file_tn():
    fil = "Tertialrapport 2 2025 Tekniska nämnden.xlsx"
    nm = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Tekniska förvaltningen")

    ws = wb.active
    ws.title = "Resultaträkning"
    ws["A1"] = "Tekniska nämnden – Tertialrapport 2 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Resultaträkning (tkr), utfall januari–augusti"
    put_table(ws, 4, ["Post", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"], [
        ["Verksamhetens intäkter", 96500, 66210, 98100, 1600],
        ["Personalkostnader", -61200, -40150, -61900, -700],
        ["Kapitaltjänstkostnader", -38400, -25600, -38400, 0],
        ["Entreprenader och material", -52300, -37020, -55800, -3500],
        ["Övriga kostnader", -19600, -12330, -18900, 700],
        ["Nettokostnad", -75000, -48890, -76900, -1900],
    ], bold_last=True)
    for col, w in zip("ABCDE", [32, 14, 16, 16, 12]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Investeringar")
    ws["A1"] = "Investeringsredovisning T2 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=12)
    put_table(ws, 3, ["Projekt", "Budget 2025", "Utfall jan–aug", "Prognos", "Status / kommentar"], [
        ["Ombyggnad Storgatan etapp 2", 14500, 9870, 14500, "Pågår, klart november 2025"],
        ["Gång- och cykelväg Lindsjövägen", 6200, 650, 2100, "Försenad, överklagad upphandling"],
        ["VA-sanering Norrmalm etapp 3", 22000, 15230, 21000, "Pågår enligt plan"],
        ["Energieffektivisering Lindsjöskolan", 4800, 4795, 4800, "Genomförd"],
        ["Lekplats Ekparken", 1500, 0, 1500, "Ej påbörjad, start september"],
        ["Summa", 49000, 30545, 43900, ""],
    ], bold_last=True)
    for col, w in zip("ABCDE", [38, 14, 16, 12, 40]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Personal")
    ws["A1"] = "Personal"
    ws["A1"].font = Font(bold=True, size=12)
    put_table(ws, 3, ["Mått", "T2 2024", "T2 2025"], [
        ["Antal tillsvidareanställda", 214, 221],
        ["Sjukfrånvaro totalt (%)", 5.4, 4.9],
        ["varav långtidssjukfrånvaro > 60 dagar (%)", 2.1, 1.8],
        ["Personalomsättning (%)", 7.9, 6.2],
    ])
    ws.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Intern kontroll")
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti)"
    ws["A3"] = "Teckenförklaring: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Avvikelse (Ja/Nej)", "Kommentar"]
    r = 5
    for j, h in enumerate(hdr):
        c = ws.cell(row=r, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = HFILL
        c.border = BOX
        c.alignment = WRAP
    blocks = [
        ("1 Ekonomiprocesser", [
            ["1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Tertialvis",
             "G", "G", "Nej", "Stickprov 25 fakturor per tertial."],
            ["1.2", "Ekonomi", "Avstämning av anläggningsregistret mot huvudboken", "Redovisningsekonom",
             "Tertialvis", "G", "D", "", "Avstämningen för T2 är påbörjad och slutförs i september."],
            ["1.3", "VA", "Fakturering av VA-avgifter sker enligt gällande taxa", "VA-chef", "Halvår",
             "", "G", "Ja", "2 av 30 abonnenter hade felaktig taxekategori. Rättat och kreditfakturor skickade."],
        ]),
        ("2 Fastighet, gata och park", [
            ["2.1", "Park", "Egenkontroll av lekplatsers säkerhet enligt SS-EN 1176", "Parkchef", "Årlig",
             "E", "E", "", "Huvudbesiktning beställd till oktober."],
            ["2.2", "Gata", "Vinterväghållning – entreprenörens utförande följs upp mot avtal", "Gatuchef",
             "Endast T1", "G", "", "Nej", "Uppföljning gjord i mars, inga avvikelser."],
            ["2.3", "Fastighet", "Avrop från ramavtal för fastighetsunderhåll görs enligt avtalets villkor",
             "Fastighetschef", "Tertialvis", "D", "U", "",
             "Ramavtalet har sagts upp. Kontrollen utgår enligt beslut TN 2025-06-10 § 71."],
            ["2.4", "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
             "Fastighetschef", "Halvår", "", "", "", ""],
        ]),
        ("3 Administration", [
            ["3.1", "Kansli", "Inkommande handlingar diarieförs inom tre arbetsdagar", "Nämndsekreterare",
             "Tertialvis", "G", "G", "Ja", "T2: 4 av 40 handlingar diarieförda efter 5–7 dagar."],
            ["3.2", "Kansli", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertialvis",
             "G", "Se bilaga 3", "", ""],
        ]),
    ]
    r = 6
    controls = []
    for title, rows in blocks:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            controls.append(row)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporterat av: Per Lindgren, förvaltningschef, 2025-09-12")
    for col, w in zip("ABCDEFGHI", [6, 12, 48, 20, 12, 6, 12, 12, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Mål")
    ws["A1"] = "Måluppfyllelse T2 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Bedömning: G = Målet uppfylls, D = Målet uppfylls delvis, E = Målet uppfylls inte"
    put_table(ws, 4, ["Nämndmål", "Indikator", "Målvärde 2025", "Utfall T2", "Bedömning"], [
        ["Trygga och tillgängliga gator", "Andel gator med god beläggningsstandard (%)", 75, 71, "D"],
        ["Hållbar VA-försörjning", "Antal vattenläckor per 100 km ledning", 8, 5, "G"],
        ["Minskad energianvändning", "Energianvändning i egna lokaler (kWh/m²)", 140, 151, "E"],
        ["Nöjda invånare", "Nöjd-Region-Index gator och vägar", 55, 56, "G"],
    ])
    for col, w in zip("ABCDE", [32, 46, 14, 10, 12]):
        ws.column_dimensions[col].width = w

    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))
    st = {"1.1": ("GENOMFORD", "nej"), "1.2": ("DELVIS", ""), "1.3": ("GENOMFORD", "ja"),
          "2.1": ("EJ_GENOMFORD", ""), "2.2": ("GENOMFORD", "nej"), "2.3": ("UTGAR", ""),
          "2.4": ("SAKNAS", ""), "3.1": ("GENOMFORD", "ja"), "3.2": ("OKLAR", "")}
    for row in controls:
        exp(fil, nm, row[2], *st[row[0]])


# ================================================================ FILE 4
def file_sn():
    fil = "Socialnämnden tertialuppföljning 1 2025.xlsx"
    nm = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Socialförvaltningen")
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Socialnämnden – Tertialuppföljning 1, 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: januari–april 2025"

    ws["A4"] = "Nyckeltal"
    ws["A4"].font = Font(bold=True, size=12)
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    kpi = [
        ["Antal hushåll med ekonomiskt bistånd (snitt/månad)", 412, 398, 400, "↘", GREEN],
        ["Andel barnavårdsutredningar avslutade inom 4 månader (%)", 81, 77, 90, "↘", RED],
        ["Antal placerade barn och unga (dygnsvård)", 46, 49, 45, "↗", YELLOW],
        ["Väntetid till första besök försörjningsstöd (dagar)", 11, 9, 10, "↘", GREEN],
    ]
    put_table(ws, 5, ["Nyckeltal", "Utfall T1 2024", "Utfall T1 2025", "Mål 2025", "Trend"],
              [k[:5] for k in kpi])
    for i, k in enumerate(kpi):
        ws.cell(row=6 + i, column=5).fill = k[5]

    ws["A11"] = "Uppföljning av intern kontroll"
    ws["A11"].font = Font(bold=True, size=12)
    ws["A12"] = ("Status anges med färg: Grön = Genomförd, Gul = Påbörjad/delvis genomförd, "
                 "Röd = Ej genomförd, Grå = Utgår. Ofärgad = ej rapporterad.")
    ws["A12"].font = Font(italic=True)
    ws.merge_cells("A12:E12")
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Status", "Kommentar"]
    rows = [
        ["Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 beslut", GREEN, "Inga avvikelser."],
        ["Ekonomiskt bistånd", "Kontroll mot andra myndigheter (SSBTEK) görs före utbetalning",
         "Stickprov 20 akter", YELLOW, "14 av 20 akter granskade. I en akt saknades dokumenterad kontroll."],
        ["Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", RED, "Ej genomförd under T1 på grund av byte av verksamhetssystem."],
        ["Barn och unga", "Utredningstiden fyra månader hålls eller beslut om förlängning finns",
         "Stickprov 15 utredningar", GREEN, "I 3 utredningar saknades beslut om förlängning."],
        ["Placeringar", "Placeringar görs hos upphandlade HVB och konsulentstödda familjehem enligt ramavtal",
         "Genomgång av samtliga nya placeringar", None, "Kontrollen görs under T2."],
        ["Placeringar", "Fakturor för externa placeringar stäms av mot beslut",
         "Stickprov 10 fakturor", GREY, "Ingår från 2025 i ekonomiavdelningens kontroller."],
        ["Personal", "Sekretessförbindelse har undertecknats vid nyanställning",
         "Stickprov 10 nyanställda", GREEN, ""],
        ["Dokumentation", "Loggkontroll i journalsystemet avseende obehörig åtkomst",
         "Loggutdrag för 50 slumpvis valda akter", None, ""],
    ]
    r0 = 14
    for j, h in enumerate(hdr):
        c = ws.cell(row=r0, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = HFILL
        c.border = BOX
    for i, row in enumerate(rows):
        rr = r0 + 1 + i
        for j, v in enumerate(row):
            if j == 3:
                c = ws.cell(row=rr, column=4)
                if v is not None:
                    c.fill = v
            else:
                c = ws.cell(row=rr, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    # merge Kontrollområde cells of consecutive identical groups
    for a in (15, 17, 19):
        ws.merge_cells(start_row=a, start_column=1, end_row=a + 1, end_column=1)
    ws.cell(row=r0 + len(rows) + 2, column=1,
            value="Nämndens bedömning: den interna kontrollen fungerar i huvudsak. Fullständig redovisning sker i delårsrapporten.")
    for col, w in zip("ABCDE", [44, 56, 34, 10, 60]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Ekonomi")
    ws2["A1"] = "Ekonomisk uppföljning T1 (tkr)"
    put_table(ws2, 3, ["Verksamhet", "Budget 2025", "Utfall jan–apr", "Prognos"], [
        ["Ekonomiskt bistånd", 38000, 12950, 38900],
        ["Barn och unga", 52000, 18730, 55100],
        ["Vuxna missbruk", 21500, 6840, 20800],
        ["Summa", 111500, 38520, 114800],
    ], bold_last=True)
    ws2.column_dimensions["A"].width = 28

    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))
    st = [("GENOMFORD", "nej"), ("DELVIS", "ja"), ("EJ_GENOMFORD", ""), ("GENOMFORD", "ja"),
          ("EJ_GENOMFORD", ""), ("UTGAR", ""), ("GENOMFORD", ""), ("SAKNAS", "")]
    for row, s in zip(rows, st):
        exp(fil, nm, row[1], *s)


# ================================================================ FILE 5 (.odt)
def file_von():
    fil = "VON uppföljning intern kontroll delår 2025.odt"
    nm = "Vård- och omsorgsnämnden"
    doc = OpenDocumentText()
    st_bold = Style(name="Fet", family="paragraph")
    st_bold.addElement(TextProperties(fontweight="bold"))
    st_small = Style(name="Liten", family="paragraph")
    st_small.addElement(TextProperties(fontsize="9pt"))
    st_th = Style(name="TH", family="paragraph")
    st_th.addElement(TextProperties(fontweight="bold", fontsize="9pt"))
    st_h1 = Style(name="Rubrik1", family="paragraph")
    st_h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    st_h2 = Style(name="Rubrik2", family="paragraph")
    st_h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    st_cell = Style(name="Cell", family="table-cell")
    st_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    st_hcell = Style(name="HCell", family="table-cell")
    st_hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                            backgroundcolor="#E7E6E6"))
    st_tab = Style(name="Tab", family="table")
    st_tab.addElement(TableProperties(width="17cm", align="left"))
    for s in (st_bold, st_small, st_th, st_h1, st_h2, st_cell, st_hcell, st_tab):
        doc.automaticstyles.addElement(s)
    colstyles = {}

    def colstyle(w):
        if w not in colstyles:
            cs = Style(name="Col%s" % w.replace(".", "_"), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=w))
            doc.automaticstyles.addElement(cs)
            colstyles[w] = cs
        return colstyles[w]

    def p(text, style=None):
        el = P(stylename=style, text=text) if style else P(text=text)
        doc.text.addElement(el)

    def table(name, header, rows, widths):
        t = Table(name=name, stylename=st_tab)
        for w in widths:
            t.addElement(TableColumn(stylename=colstyle(w)))
        tr = TableRow()
        for h in header:
            tc = TableCell(stylename=st_hcell, valuetype="string")
            tc.addElement(P(stylename=st_th, text=h))
            tr.addElement(tc)
        t.addElement(tr)
        for row in rows:
            tr = TableRow()
            for v in row:
                tc = TableCell(stylename=st_cell, valuetype="string")
                for line in (v.split("\n") if v else [""]):
                    tc.addElement(P(stylename=st_small, text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    p("Lindsjö kommun", st_bold)
    p("Vård- och omsorgsförvaltningen")
    p("TJÄNSTESKRIVELSE", st_bold)
    p("Datum: 2025-09-18")
    p("Diarienummer: VON 2025/118")
    p("Handläggare: Johan Berglund, kvalitetsstrateg")
    p("Till Vård- och omsorgsnämnden")
    p("")
    p("Uppföljning av intern kontroll, delår 2025", st_h1)
    p("Förslag till beslut", st_h2)
    p("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025 och "
      "överlämnar den till kommunstyrelsen som en del av nämndens delårsrapport.")
    p("Sammanfattning", st_h2)
    p("Nämnden fastställde internkontrollplanen för 2025 den 29 januari 2025 (§ 9). Planen innehåller nio "
      "kontrollmoment inom läkemedelshantering, dokumentation, ekonomi, personal och kvalitet. Per den 31 "
      "augusti är tre kontroller genomförda, två pågår, en är inte påbörjad och en har avbrutits. "
      "Loggkontrollen redovisas i en särskild rapport, se bilaga 2.")
    p("Beskrivning av ärendet", st_h2)
    p("Enligt kommunens reglemente för intern kontroll ska nämnderna följa upp sina planer i samband med "
      "delårsrapport och årsredovisning. Förvaltningen har sammanställt resultatet i bilaga 1. Där "
      "avvikelser har noterats föreslås åtgärder.")
    p("Bilagor", st_h2)
    table("Bilagor", ["Nr", "Bilaga", "Diarienummer"], [
        ["1", "Uppföljning av internkontrollplan 2025, delår", "VON 2025/118-2"],
        ["2", "Rapport loggkontroll T1–T2 2025 (sekretess)", "VON 2025/118-3"],
        ["3", "Sammanställning av avvikelser läkemedel jan–aug", "VON 2025/118-4"],
    ], ["1.2cm", "11cm", "4.8cm"])
    p("")
    p("Anna Ek", st_bold)
    p("Förvaltningschef")
    p("")
    p("Bilaga 1 – Uppföljning av internkontrollplan 2025, delår", st_h1)
    p("Vård- och omsorgsnämnden. Resultat per 31 augusti 2025.")
    rows = [
        ["Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras i särskilt boende",
         "Månadsvis, samtliga enheter",
         "Genomförd. 12 ej signerade doser på två enheter, avvikelser är rapporterade.",
         "Utbildning för läkemedelsombud i oktober."],
        ["Läkemedelshantering", "Kvalitetsgranskning av läkemedelsförråd genomförs av extern farmaceut",
         "En gång per år", "Ej genomförd – planerad till november.", ""],
        ["Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut i hemtjänsten",
         "Stickprov 20 brukare",
         "Delvis genomförd. Stickprov gjort i två av fyra hemtjänstområden; 5 av 10 planer var upprättade i tid.",
         "Fortsatt granskning under hösten. Påminnelse till enhetschefer."],
        ["Dokumentation", "Loggkontroll i verksamhetssystemet", "Tertialvis", "Se bilaga 2.", ""],
        ["Ekonomi", "Debitering av omsorgsavgifter överensstämmer med beslut", "Stickprov 25 brukare",
         "Genomförd utan anmärkning.", "–"],
        ["Ekonomi", "Hantering av brukares privata medel (kontantkassor) på särskilt boende",
         "Två gånger per år", "Genomförd. Kassaböckerna stämde på samtliga enheter.", ""],
        ["Personal", "Schemaläggning – arbetstidslagens regler om dygnsvila följs",
         "Stickprov två månader", "Pågår", ""],
        ["Bemanning", "Inhyrd personal från bemanningsföretag avropas enligt avtal", "Halvår",
         "Kontrollen avbröts genom beslut VON 2025-04-23 § 41 då avtalet med bemanningsföretaget upphört.", ""],
        ["Kvalitet", "Rapporter enligt lex Sarah utreds inom fastställd tid", "Samtliga rapporter", "", ""],
    ]
    table("Uppfoljning", ["Kontrollområde", "Kontrollmoment", "Frekvens/omfattning",
                          "Resultat per 31 augusti", "Åtgärd"], rows,
          ["2.8cm", "4.4cm", "2.6cm", "4.6cm", "2.6cm"])
    p("")
    p("Förvaltningens bedömning är att den interna kontrollen i huvudsak fungerar tillfredsställande men att "
      "dokumentationen i hemtjänsten behöver förbättras.")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    st = [("GENOMFORD", "ja"), ("EJ_GENOMFORD", ""), ("DELVIS", "ja"), ("OKLAR", ""),
          ("GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("DELVIS", ""), ("UTGAR", ""), ("SAKNAS", "")]
    for row, s in zip(rows, st):
        exp(fil, nm, row[1], *s)


# ================================================================ FILE 6 (.ods)
def file_ks():
    fil = "Årsrapport 2025 Kommunstyrelsen.ods"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Kommunledningsförvaltningen")
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Kommunstyrelsen – Årsrapport 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Driftredovisning (tkr)"
    put_table(ws, 4, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"], [
        ["Politisk verksamhet", 12400, 11950, 450, 11800],
        ["Kommunledning och kansli", 38600, 39210, -610, 37150],
        ["Ekonomi och upphandling", 24100, 23480, 620, 23900],
        ["HR och löneservice", 31800, 31520, 280, 30400],
        ["IT och digitalisering", 45200, 47630, -2430, 42100],
        ["Räddningstjänst", 36500, 36410, 90, 35200],
        ["Summa", 188600, 190200, -1600, 180550],
    ], bold_last=True)
    for col, w in zip("ABCDE", [30, 14, 14, 12, 14]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Nyckeltal")
    ws["A1"] = "Nyckeltal 2025"
    ws["A1"].font = Font(bold=True, size=12)
    put_table(ws, 3, ["Nyckeltal", "2023", "2024", "2025", "Kommentar"], [
        ["Andel leverantörsfakturor betalda i tid (%)", 93, 95, 96, "Genomförd automatisering av flöden"],
        ["Andel e-fakturor (%)", 78, 84, 89, ""],
        ["Sjukfrånvaro kommunledningsförvaltningen (%)", 4.2, 3.9, 3.6, ""],
        ["Antal medborgarärenden via kontaktcenter", 41200, 44800, 47950, "Ökning pga nya e-tjänster"],
    ])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["E"].width = 36

    ws = wb.create_sheet("Intern kontroll")
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status per 31 december 2025 (kolumnerna T1 och Delår visar tidigare rapportering)"
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "T1", "Delår", "Helår", "Kommentar helår"]
    rows = [
        ["Lön", "Löneutbetalningar överensstämmer med anställningsavtal", "Lönechef",
         "✔", "✔", "✔", "Stickprov 40 löner, inga fel."],
        ["Lön", "Behörigheter i lönesystemet stäms av mot aktuell organisation", "Systemförvaltare HR",
         "", "◐", "⚠", "3 användare hade för höga behörigheter; dessa är borttagna."],
        ["Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningschef",
         "✔", "✔", "✔", ""],
        ["Ekonomi", "Ändring av bankuppgifter i leverantörsregistret verifieras mot leverantören",
         "Ekonomichef", "✔", "⚠", "✔",
         "Avvikelsen vid delår (ett bedrägeriförsök stoppat sent) är åtgärdad. Inga avvikelser under T3."],
        ["Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlingschef",
         "", "◐", "◐", "12 av 20 direktupphandlingar granskade. Resterande granskas i januari."],
        ["IT", "Återläsningstest av säkerhetskopior genomförs", "IT-chef",
         "", "✘", "✘", "Flyttas till 2026 på grund av byte av driftleverantör."],
        ["Säkerhet", "Krisledningsplanen är uppdaterad och övad", "Säkerhetssamordnare",
         "", "", "✔", "Övning genomförd 2025-10-08."],
        ["Kansli", "Allmänna handlingar lämnas ut skyndsamt", "Kanslichef", "✔", "✔", "", ""],
        ["HR", "Anställdas bisysslor redovisas och prövas årligen", "HR-chef",
         "–", "–", "–", "Ej aktuell 2025, ny riktlinje för bisysslor antas 2026."],
        ["Kansli", "Verkställighet av kommunstyrelsens beslut följs upp", "Kanslichef", "", "", "", ""],
    ]
    end = put_table(ws, 4, hdr, rows)
    for i in range(len(rows)):
        for j in (4, 5, 6):
            ws.cell(row=5 + i, column=j).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(row=end, column=1, value="Antal genomförda kontroller helår: 6 av 10").font = Font(bold=True)
    ws.cell(row=end + 2, column=1, value="Teckenförklaring").font = Font(bold=True)
    legend = [("✔", "Genomförd utan avvikelse"), ("⚠", "Genomförd med avvikelse"), ("◐", "Påbörjad"),
              ("✘", "Ej genomförd"), ("–", "Ej aktuell")]
    for i, (s, t) in enumerate(legend):
        ws.cell(row=end + 3 + i, column=1, value=s)
        ws.cell(row=end + 3 + i, column=2, value=t)
    for col, w in zip("ABCDEFG", [14, 52, 22, 7, 7, 7, 56]):
        ws.column_dimensions[col].width = w

    tmpd = tempfile.mkdtemp(prefix="r292ks")
    src = os.path.join(tmpd, "Årsrapport 2025 Kommunstyrelsen.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmpd, ignore_errors=True)

    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    st = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("GENOMFORD", "nej"),
          ("DELVIS", ""), ("EJ_GENOMFORD", ""), ("GENOMFORD", "nej"), ("GENOMFORD", "nej"),
          ("UTGAR", ""), ("SAKNAS", "")]
    for row, s in zip(rows, st):
        exp(fil, nm, row[1], *s)


# ================================================================ FILE 7
def file_mbn():
    fil = "MBN_delar_2025.xlsx"
    nm = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Miljö- och byggförvaltningen")
    ws = wb.active
    ws.title = "Delårsrapport"
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Lindsjö kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Delårsrapport 2025"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Period: januari–augusti"

    ws["A4"] = "1. Ekonomi"
    ws["A4"].font = Font(bold=True, size=12)
    r = put_table(ws, 5, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos", "Avvikelse"], [
        ["Bygglov", -3200, -1650, -2900, 300],
        ["Miljö- och hälsoskydd", -5400, -3720, -5600, -200],
        ["Livsmedelskontroll", -1100, -620, -1000, 100],
        ["Nämnd och administration", -2300, -1510, -2300, 0],
        ["Summa", -12000, -7500, -11800, 200],
    ], bold_last=True)

    ws.cell(row=r + 1, column=1, value="2. Verksamhetsmått").font = Font(bold=True, size=12)
    r = put_table(ws, r + 2, ["Mått", "Jan–aug 2024", "Jan–aug 2025", "Målvärde", "Kommentar"], [
        ["Antal inkomna bygglovsansökningar", 312, 287, "", ""],
        ["Median handläggningstid bygglov (veckor)", 5.1, 4.6, "< 6", "Uppnått"],
        ["Andel planerade livsmedelskontroller utförda (%)", 58, 64, 67, "Delvis"],
        ["Antal tillsynsbesök miljöfarlig verksamhet", 84, 91, 140, ""],
    ])

    ws.cell(row=r + 1, column=1, value="3. Intern kontroll").font = Font(bold=True, size=12)
    ws.cell(row=r + 2, column=1,
            value="Markera med X i den kolumn som gäller för kontrollens status per 31 augusti.").font = Font(italic=True)
    rows = [
        ["Bygglov beviljas inom lagstadgad handläggningstid (10 veckor)", "X", "", "",
         "96 % av besluten inom tid. 4 ärenden överskred tiden."],
        ["Avgift för tillsyn debiteras enligt fastställd timtaxa", "X", "", "", "Inga avvikelser."],
        ["Delegationsbeslut inom miljötillsyn anmäls till nämnden", "", "", "X", ""],
        ["Handläggare dokumenterar jävsprövning i ärendet", "", "X", "", "Genomförs under hösten."],
        ["Livsmedelskontroller genomförs enligt kontrollplan", "X", "", "X", ""],
        ["Avslutade ärenden arkiveras i e-arkivet", "", "", "", "Utgår 2025."],
        ["Klagomål inom hälsoskydd (bostäder) registreras inom en vecka", "X", "", "", ""],
    ]
    r = put_table(ws, r + 3, ["Kontrollmoment", "Genomförd", "Ej genomförd", "Pågår", "Kommentar"], rows)
    for rr in range(r - len(rows), r):
        for cc in (2, 3, 4):
            ws.cell(row=rr, column=cc).alignment = Alignment(horizontal="center", vertical="top")

    ws.cell(row=r + 1, column=1, value="4. Personal").font = Font(bold=True, size=12)
    r = put_table(ws, r + 2, ["Mått", "Jan–aug 2024", "Jan–aug 2025"], [
        ["Antal anställda", 38, 41],
        ["Sjukfrånvaro (%)", 3.8, 4.4],
    ])
    ws.cell(row=r + 1, column=1, value="Upprättad av: Karin Sjöberg, förvaltningschef Miljö- och byggförvaltningen, 2025-09-15")
    for col, w in zip("ABCDE", [58, 14, 14, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.print_options.gridLines = False
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    st = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", ""), ("EJ_GENOMFORD", ""),
          ("OKLAR", ""), ("UTGAR", ""), ("GENOMFORD", "")]
    for row, s in zip(rows, st):
        exp(fil, nm, row[0], *s)


# ================================================================ FILE 8 (rejected)
def file_ofn_reject():
    fil = "Delårsrapport 2025 Överförmyndarnämnden.docx"
    doc = Document()
    fix_docx_props(doc, "Delårsrapport 2025", "Överförmyndarenheten")
    para(doc, "Lindsjö kommun", bold=True, size=14)
    doc.add_heading("Delårsrapport januari–augusti 2025", 0)
    para(doc, "Överförmyndarnämnden", bold=True, size=16)

    doc.add_heading("1 Verksamhet", 1)
    para(doc, "Överförmyndarnämnden utövar tillsyn över cirka 640 ställföreträdarskap. Under perioden har "
              "granskningen av 2024 års årsräkningar slutförts; 97 procent var granskade den 30 juni.")
    doc.add_heading("2 Ekonomi", 1)
    docx_table(doc, ["Post (tkr)", "Budget 2025", "Utfall jan–aug", "Prognos helår"], [
        ["Arvoden ställföreträdare", "3 100", "2 240", "3 350"],
        ["Personal", "4 200", "2 760", "4 150"],
        ["Övrigt", "700", "390", "650"],
        ["Summa", "8 000", "5 390", "8 150"],
    ])
    doc.add_heading("3 Mål", 1)
    docx_table(doc, ["Nämndmål", "Indikator", "Bedömning"], [
        ["Huvudmännens tillgångar ska förvaltas korrekt", "Andel granskade årsräkningar senast 30 juni",
         "Uppfyllt"],
        ["Ställföreträdare ska ha god kompetens", "Andel nya ställföreträdare som genomgått utbildning",
         "Delvis uppfyllt"],
        ["Handläggningen ska vara rättssäker", "Antal ärenden där länsstyrelsen riktat kritik",
         "Uppfyllt"],
    ])
    doc.add_heading("4 Personal", 1)
    para(doc, "Enheten har sju medarbetare. Sjukfrånvaron uppgick till 2,9 procent.")
    doc.add_heading("5 Framtid", 1)
    para(doc, "Rekryteringen av ställföreträdare är fortsatt svår. Under hösten tar förvaltningen fram en "
              "riskanalys som underlag för nämndens internkontrollplan för 2026.")
    doc.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ registers
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Lindsjö Vatten AB", "Lindsjövatten|LVAB"),
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
    file_bun()
    file_kfn()
    file_tn()
    file_sn()
    file_von()
    file_ks()
    file_mbn()
    file_ofn_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
