#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 126 – Älvdalsbygdens kommun, delår (per 31 augusti) 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import os
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from odf.opendocument import OpenDocumentText
from odf.style import (Style, PageLayout, PageLayoutProperties, MasterPage, Footer,
                       TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, HeaderFooterProperties)
from odf.text import P, H, PageNumber, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round126"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def add_expected(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# F1  Word, automatic multilevel numbering 1 / 1.1; nämnd only in title property
# ---------------------------------------------------------------------------
F1 = "Uppföljning IK delår 2025 Socialförvaltningen.docx"
F1_NAMND = "Individ- och familjenämnden"
F1_DATA = [
    ("Ekonomi", [
        ("Attest av leverantörsfakturor – stickprov av 20 fakturor avseende köpt vård (placeringar)",
         "20 fakturor från januari–juni har granskats. Samtliga var attesterade av behörig attestant enligt gällande attestförteckning och mot avtal/beslut.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Utbetalning av ekonomiskt bistånd – kontroll att beslut finns innan utbetalning sker",
         "Stickprov på 30 utbetalningar i mars och juni. I två fall saknades signerat beslut i verksamhetssystemet vid utbetalningstillfället. Rutinen har förtydligats på APT i augusti.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Återsökning av statlig ersättning från Migrationsverket",
         "Ansökan för första halvåret är under sammanställning och skickas in i september.",
         "Pågår", "DELVIS", "nej"),
        ("Representation och förtroendekänsliga poster – syfte och deltagare dokumenterade",
         "Kontrollen är enligt planen schemalagd till oktober och har inte gjorts ännu.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
    ]),
    ("Myndighetsutövning", [
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Beslutslistan ur verksamhetssystemet har jämförts med anmälda delegationsbeslut januari–juni. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Utredningstid i barnavårdsutredningar – beslut inom fyra månader (11 kap. 2 § SoL)",
         "12 av 71 avslutade utredningar överskred fyra månader utan beslut om förlängning. Orsaken är främst vakanser under våren.",
         "Genomförd – avvikelse konstaterad", "GENOMFORD", "ja"),
        ("Placerade barn – aktuell vårdplan och genomförandeplan finns",
         "Granskningen har påbörjats men är inte slutförd på grund av vakanser. Hittills har 14 av 25 akter granskats; vårdplan och genomförandeplan fanns i samtliga granskade akter. Resterande akter granskas under hösten.",
         None, "DELVIS", "nej"),
    ]),
    ("Informationssäkerhet", [
        ("Loggkontroll i verksamhetssystemet – otillbörlig åtkomst till personakter",
         "Loggkontroll har gjorts månadsvis. En medarbetare hade öppnat en akt utan tjänsteärende. Ärendet har hanterats tillsammans med HR och anmälts till IMY.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Behörigheter avslutas när anställning upphör",
         "Kontrollen ingår i år i den kommungemensamma granskningen av behörigheter och görs därför inte av förvaltningen.",
         "Utgår", "UTGAR", "nej"),
        ("Hantering av personuppgiftsincidenter (GDPR)",
         "Se bilaga 2.",
         None, "OKLAR", "nej"),
    ]),
]


def _add_multilevel_numbering(document):
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
                    % nsdecls("w"))
    numbering.append(num)
    return 90


def _number(paragraph, num_id, ilvl):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def make_f1():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    num_id = _add_multilevel_numbering(d)

    d.add_paragraph("Socialförvaltningen").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse 2025-09-10    Dnr 2025/0412")
    t = d.add_paragraph()
    r = t.add_run("Uppföljning av internkontrollplan 2025 – delår per 31 augusti")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(
        "Förvaltningen har följt upp nämndens internkontrollplan för 2025 per den 31 augusti. "
        "Nedan redovisas resultatet för respektive kontrollmoment, ordnat efter process. "
        "För varje kontrollmoment anges förvaltningens bedömning som Genomförd, Delvis genomförd, "
        "Pågår, Ej genomförd eller Utgår. Avvikelser som konstaterats kommenteras under Resultat.")
    rows = []
    for area, controls in F1_DATA:
        h = d.add_paragraph(area, style="Heading 1")
        _number(h, num_id, 0)
        for text, result, bed, status, av in controls:
            p = d.add_paragraph(text, style="Heading 2")
            _number(p, num_id, 1)
            rp = d.add_paragraph()
            rp.add_run("Resultat: ").bold = True
            rp.add_run(result)
            if bed is not None:
                bp = d.add_paragraph()
                bp.add_run("Bedömning: ").bold = True
                bp.add_run(bed)
            rows.append((text, status, av))
    d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning").runs[0].bold = True
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
        "konstaterats har åtgärdats eller följs upp i helårsuppföljningen. Rapporten behandlas vid "
        "nämndens sammanträde den 24 september 2025.")
    d.add_paragraph("")
    d.add_paragraph("Karin Sundqvist\nVerksamhetscontroller, Socialförvaltningen")
    cp = d.core_properties
    cp.title = "Uppföljning internkontrollplan delår 2025 – Individ- och familjenämnden"
    cp.author = "Karin Sundqvist"
    cp.last_modified_by = "Karin Sundqvist"
    cp.subject = ""
    cp.keywords = "internkontroll; delår"
    cp.created = datetime.datetime(2025, 9, 3, 8, 12)
    cp.modified = datetime.datetime(2025, 9, 10, 15, 40)
    d.save(out(F1))
    FILES.append((F1, "INLAST", F1_NAMND, "2025", "DELAR"))
    add_expected(F1, F1_NAMND, rows)


# ---------------------------------------------------------------------------
# F2  Excel, "Utförd enligt plan?" Ja/Nej/Delvis; nämnd only in sheet name
# ---------------------------------------------------------------------------
F2 = "IK-uppföljning delår 2025.xlsx"
F2_NAMND = "Samhällsbyggnadsnämnden"
F2_DATA = [
    # nr, process, kontrollmoment, metod, frekvens, utförd, kommentar, åtgärd, status, avvikelse
    ("1", "Inköp", "Avtalstrohet vid inköp av entreprenad- och maskintjänster",
     "Stickprov 25 fakturor", "Tertial", "Ja",
     "23 av 25 inköp gjorda mot avtal. Två köp av maskintjänster (grävning) utan avtal.",
     "Information till arbetsledare gata/park", "GENOMFORD", "ja"),
    ("2", "Ekonomi", "Attest och beslutsattest av leverantörsfakturor",
     "Stickprov 20 fakturor", "Delår", "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("3", "Fastighet", "Indexuppräkning av externa hyresavtal (lokaler som kommunen hyr ut)",
     "Genomgång av samtliga avtal", "Årligen", "Nej",
     "Kontrollen har inte hunnits med p.g.a. byte av fastighetssystem under våren. Görs i oktober.",
     "", "EJ_GENOMFORD", "nej"),
    ("4", "VA", "Debitering av VA-avgifter – kontroll mot avläst mätarställning",
     "Stickprov 40 abonnenter", "Tertial", "Delvis",
     "Stickprov januari–april genomfört utan anmärkning, maj–augusti återstår.", "", "DELVIS", "nej"),
    ("5", "Gata/park", "Vinterväghållning – entreprenörens körjournaler mot fakturerade timmar",
     "Jämförelse körjournal/faktura", "Säsong", "Ja",
     "Kontroll gjord för säsongen 2024/25. Två fakturor med för många debiterade timmar; kreditering erhållen.",
     "Påminnelse till entreprenör", "GENOMFORD", "ja"),
    ("6", "Avfall", "Kundregister avfall – abonnemang jämfört med fastighetsregistret",
     "Registerjämförelse", "Årligen", "Ej aktuell",
     "Utgår 2025 enligt nämndbeslut 2025-03-12 § 21 – avfallsverksamheten har överförts till det kommunala bolaget.",
     "", "UTGAR", "nej"),
    ("7", "Personal", "Löner – övertid och tillägg stämmer mot attesterade underlag",
     "Stickprov 15 anställda", "Delår", "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("8", "IT", "IT-behörigheter i driftövervakningssystemet för VA-verken",
     "Behörighetslista mot personalförteckning", "Årligen", "",
     "Kontrollen genomförd 2025-06-10. Tre konton för konsulter vars uppdrag avslutats var fortfarande aktiva och har spärrats.",
     "Rutin för avslut av konsultkonton tas fram", "GENOMFORD", "ja"),
    ("9", "Delegation", "Delegationsbeslut anmäls till nämnden",
     "Jämförelse diarium/anmälningslista", "Tertial", "Delvis",
     "Anmälan för januari–maj gjord; beslut juni–augusti anmäls på septembersammanträdet.",
     "", "DELVIS", "nej"),
]


def make_f2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SBN delår"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad 2025-09-05 av Jonas Hedlund, controller"
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
               "Utförd enligt plan?", "Iakttagelser / kommentar", "Åtgärd"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    rows = []
    r = hr + 1
    for (nr, proc, km, metod, frekv, utf, komm, atg, status, av) in F2_DATA:
        vals = [int(nr), proc, km, metod, frekv, utf or None, komm, atg or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        rows.append((km, status, av))
        r += 1
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis,Ej aktuell"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{hr+1}:F{r-1}")
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(F2_DATA)).font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="varav utförda enligt plan (Ja)").font = Font(bold=True)
    ws.cell(row=r + 1, column=3, value=f'=COUNTIF(F{hr+1}:F{hr+len(F2_DATA)},"Ja")')
    widths = {"A": 5, "B": 12, "C": 48, "D": 26, "E": 10, "F": 13, "G": 60, "H": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = f"A{hr+1}"

    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för ifyllnad"
    ins["A1"].font = Font(bold=True, size=12)
    lines = [
        "Fyll i kolumnen \"Utförd enligt plan?\" med något av värdena nedan:",
        "Ja – kontrollen är utförd enligt internkontrollplanen",
        "Delvis – kontrollen är påbörjad eller utförd för en del av perioden",
        "Nej – kontrollen är inte utförd",
        "Ej aktuell – kontrollen utgår (ange beslut i kommentaren)",
        "",
        "Exempel:",
    ]
    for i, l in enumerate(lines, 3):
        ins.cell(row=i, column=1, value=l)
    ins.cell(row=11, column=1, value="Kontrollmoment").font = Font(bold=True)
    ins.cell(row=11, column=2, value="Utförd enligt plan?").font = Font(bold=True)
    ins.cell(row=11, column=3, value="Iakttagelser / kommentar").font = Font(bold=True)
    ins.cell(row=12, column=1, value="Kontroll av X")
    ins.cell(row=12, column=2, value="Ja")
    ins.cell(row=12, column=3, value="Beskriv vad som kontrollerats och eventuella avvikelser.")
    ins.column_dimensions["A"].width = 70
    ins.column_dimensions["B"].width = 18
    ins.column_dimensions["C"].width = 50
    wb.properties.creator = "Jonas Hedlund"
    wb.properties.title = None
    wb.save(out(F2))
    FILES.append((F2, "INLAST", F2_NAMND, "2025", "DELAR"))
    add_expected(F2, F2_NAMND, rows)


# ---------------------------------------------------------------------------
# F3  .xls, "Gäller nämnd:" cell, comment merged over two columns, T1 + delår
# ---------------------------------------------------------------------------
F3 = "Internkontroll uppföljning 2025-08-31 SBF.xls"
F3_NAMND = "Miljö- och byggnadsnämnden"
F3_DATA = [
    # kontrollmoment, ansvarig, T1, delår, kommentar, status, avvikelse
    ("Handläggningstid bygglov – beslut inom tio veckor (9 kap. 27 § PBL)", "Bygglovschef",
     "Pågår", "Klar m. anm.",
     "Stickprov 40 ärenden. 3 ärenden överskred tidsfristen; avgiften har reducerats enligt PBL.",
     "GENOMFORD", "ja"),
    ("Debitering av bygglovsavgifter enligt gällande taxa", "Administratör bygg",
     "Klar", None,
     "Årlig kontroll, genomförd under T1. Inga fel i debiterade avgifter.",
     "GENOMFORD", "nej"),
    ("Livsmedelskontroll – planerade kontroller utförs enligt kontrollplanen", "Miljöchef",
     "Pågår", "Pågår",
     "48 av 110 planerade kontroller utförda per 31/8.",
     "DELVIS", "nej"),
    ("Fakturering av årlig tillsynsavgift miljöbalken", "Administratör miljö",
     "Klar", "Klar", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
     "Pågår", "Klar", "Samtliga beslut t.o.m. juli anmälda. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Jäv – dokumenterad jävsprövning i tillsynsärenden", "Miljöchef",
     "Ej påbörjad", "Ej påbörjad",
     "Ingen kapacitet under våren p.g.a. sjukskrivningar. Planeras till hösten 2025.",
     "EJ_GENOMFORD", "nej"),
    ("Diarieföring av inkomna handlingar inom en vecka", "Registrator",
     "–", "Utgår",
     "Ersätts i år av den kommunövergripande kontrollen av diarieföring.",
     "UTGAR", "nej"),
    ("Strandskyddsdispenser – ärenden som överprövats av länsstyrelsen", "Bygglovschef",
     None, None, None,
     "SAKNAS", "nej"),
    ("Uppföljning av förelägganden med vite", "Miljöchef",
     "Klar", "Se kommentar",
     "Uppföljning gjord i 9 av 12 ärenden. Resterande tre bevakas i oktober.",
     "DELVIS", "nej"),
]


def soffice_convert(src, fmt, dest):
    tmpd = tempfile.mkdtemp(prefix="r126conv")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", fmt, "--outdir", tmpd, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0]
    shutil.move(os.path.join(tmpd, base), dest)
    shutil.rmtree(tmpd, ignore_errors=True)


def make_f3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Gäller nämnd:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Miljö- och byggnadsnämnden"
    ws["A4"] = "Uppföljningsperiod:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "T1 (per 30 april) och delår (per 31 augusti)"
    ws["A5"] = "Ifylld av:"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "Maria Olsson, 2025-09-09"
    hr = 7
    heads = ["Kontrollmoment", "Ansvarig", "Status T1", "Status delår", "Kommentar"]
    cols = [1, 2, 3, 4, 5]
    for h, c in zip(heads, cols):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(row=hr, column=6).border = border
    ws.cell(row=hr, column=6).fill = PatternFill("solid", fgColor="D9E1F2")
    ws.merge_cells(start_row=hr, start_column=5, end_row=hr, end_column=6)
    rows = []
    r = hr + 1
    for km, ansv, t1, dl, komm, status, av in F3_DATA:
        vals = [km, ansv, t1, dl, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        ws.cell(row=r, column=6).border = border
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 45
        rows.append((km, status, av))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Statusbegrepp: Klar, Klar m. anm. (klar med anmärkning/avvikelse), Pågår, "
                  "Ej påbörjad, Utgår").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for k, v in {"A": 52, "B": 18, "C": 12, "D": 13, "E": 35, "F": 35}.items():
        ws.column_dimensions[k].width = v
    wb.properties.creator = "Maria Olsson"
    tmpd = tempfile.mkdtemp(prefix="r126f3")
    src = os.path.join(tmpd, "Internkontroll uppföljning 2025-08-31 SBF.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", out(F3))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((F3, "INLAST", F3_NAMND, "2025", "DELAR"))
    add_expected(F3, F3_NAMND, rows)


# ---------------------------------------------------------------------------
# F4  .eml, table in the body; nämnd only in the subject line
# ---------------------------------------------------------------------------
F4 = "Uppföljning IK delår.eml"
F4_NAMND = "Vård- och omsorgsnämnden"
F4_DATA = [
    ("1", "Hemtjänst – utförd tid jämfört med beviljad tid (stickprov 15 brukare)", "Genomförd",
     "Avvikelse i 2 fall där utförd tid översteg beviljad tid med mer än 20 %. Biståndshandläggare har gjort ny bedömning.",
     "GENOMFORD", "ja"),
    ("2", "LSS-beslut verkställs inom tre månader", "Delvis genomförd",
     "Genomgång av beslut januari–juni klar. 4 ej verkställda beslut har rapporterats till IVO. Juli–augusti återstår.",
     "DELVIS", "ja"),
    ("3", "Avgifter inom äldreomsorgen – maxtaxa och aktuella inkomstuppgifter", "Genomförd",
     "Inga avvikelser.", "GENOMFORD", "nej"),
    ("4", "Läkemedelshantering – signeringslistor på särskilda boenden", "Ej genomförd",
     "Flyttas till hösten då MAS är föräldraledig.", "EJ_GENOMFORD", "nej"),
    ("5", "Brukares privata medel – kassabok och kvitton på boenden", "Genomförd",
     "Kontrollerat på 6 enheter. Differens om 340 kr på en enhet, utrett och reglerat.",
     "GENOMFORD", "ja"),
    ("6", "Inhyrd personal via bemanningsföretag – avtalstrohet", "Ej aktuell",
     "Ingen inhyrning sker 2025 efter beslut om att avveckla inhyrda sjuksköterskor.",
     "UTGAR", "nej"),
    ("7", "Timanställdas löner – schema i Time Care jämfört med utbetald lön", "Pågår",
     "Jämförelse för maj klar, juni–augusti pågår.", "DELVIS", "nej"),
    ("8", "Dataskydd – kontroll av åtkomstloggar i journalsystemet", "?",
     "Osäker på om kontrollen gjorts under perioden, systemförvaltaren återkommer.",
     "OKLAR", "nej"),
]


def make_f4():
    plain_rows = []
    for nr, km, st, komm, _, _ in F4_DATA:
        plain_rows.append(f"{nr}\t{km}\t{st}\t{komm}")
    plain = (
        "Hej!\n\n"
        "Här kommer socialförvaltningens uppföljning av internkontrollplanen per 31 augusti. "
        "Uppföljningen för den andra nämnden skickade Karin i förra veckan. Vi hann inte göra någon "
        "egen bilaga den här gången, så jag klistrar in tabellen direkt i mejlet.\n\n"
        "Nr\tKontrollmoment\tStatus\tKommentar\n" + "\n".join(plain_rows) + "\n\n"
        "Hör av dig om något är oklart.\n\n"
        "Med vänlig hälsning\n"
        "Lena Ek\nKvalitetsutvecklare\nSocialförvaltningen\nÄlvdalsbygdens kommun\n0250-123 45\n\n"
        "Från: Ekonomiavdelningen <ekonomi@alvdalsbygden.se>\n"
        "Skickat: den 18 augusti 2025 09:02\n"
        "Ämne: Uppföljning internkontroll delår 2025\n\n"
        "Hej,\n"
        "Påminnelse: uppföljningen av internkontrollplanerna per 31/8 ska vara ekonomiavdelningen "
        "tillhanda senast den 12 september. Använd gärna förra årets mall.\n"
        "/Ekonomiavdelningen\n")
    trs = []
    for nr, km, st, komm, _, _ in F4_DATA:
        trs.append(
            "<tr>"
            f"<td style='border:1px solid #999;padding:3px'>{nr}</td>"
            f"<td style='border:1px solid #999;padding:3px'>{km}</td>"
            f"<td style='border:1px solid #999;padding:3px'>{st}</td>"
            f"<td style='border:1px solid #999;padding:3px'>{komm}</td>"
            "</tr>")
    html = (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri,sans-serif;font-size:11pt'>"
        "<p>Hej!</p>"
        "<p>Här kommer socialförvaltningens uppföljning av internkontrollplanen per 31 augusti. "
        "Uppföljningen för den andra nämnden skickade Karin i förra veckan. Vi hann inte göra någon "
        "egen bilaga den här gången, så jag klistrar in tabellen direkt i mejlet.</p>"
        "<table style='border-collapse:collapse'>"
        "<tr style='background:#DDEBF7;font-weight:bold'>"
        "<td style='border:1px solid #999;padding:3px'>Nr</td>"
        "<td style='border:1px solid #999;padding:3px'>Kontrollmoment</td>"
        "<td style='border:1px solid #999;padding:3px'>Status</td>"
        "<td style='border:1px solid #999;padding:3px'>Kommentar</td></tr>"
        + "".join(trs) +
        "</table>"
        "<p>Hör av dig om något är oklart.</p>"
        "<p>Med vänlig hälsning<br>Lena Ek<br>Kvalitetsutvecklare<br>Socialförvaltningen<br>"
        "Älvdalsbygdens kommun<br>0250-123 45</p>"
        "<hr><p><b>Från:</b> Ekonomiavdelningen &lt;ekonomi@alvdalsbygden.se&gt;<br>"
        "<b>Skickat:</b> den 18 augusti 2025 09:02<br>"
        "<b>Ämne:</b> Uppföljning internkontroll delår 2025</p>"
        "<p>Hej,<br>Påminnelse: uppföljningen av internkontrollplanerna per 31/8 ska vara "
        "ekonomiavdelningen tillhanda senast den 12 september. Använd gärna förra årets mall.<br>"
        "/Ekonomiavdelningen</p>"
        "</body></html>")
    msg = EmailMessage()
    msg["From"] = "Lena Ek <lena.ek@alvdalsbygden.se>"
    msg["To"] = "Ekonomiavdelningen <ekonomi@alvdalsbygden.se>"
    msg["Subject"] = "SV: Uppföljning internkontroll delår 2025 – Vård- och omsorgsnämnden"
    msg["Date"] = format_datetime(datetime.datetime(
        2025, 9, 11, 16, 47, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
    msg["Message-ID"] = "<20250911144712.4471@mail.alvdalsbygden.se>"
    msg["Thread-Topic"] = "Uppföljning internkontroll delår 2025"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    with open(out(F4), "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((F4, "INLAST", F4_NAMND, "2025", "DELAR"))
    add_expected(F4, F4_NAMND, [(km, st, av) for _, km, _, _, st, av in F4_DATA])


# ---------------------------------------------------------------------------
# F5  ODT, symbols with legend below the table; nämnd only in the page footer
# ---------------------------------------------------------------------------
F5 = "Delårsuppföljning IKP 2025.odt"
F5_NAMND = "Barn- och utbildningsnämnden"
F5_DATA = [
    ("Skolskjuts", "Beviljad skolskjuts motsvarar beslut och fakturerade körningar",
     "Stickprov på 3 linjer i maj. Inga avvikelser.", "●", "GENOMFORD", "nej"),
    ("Intäkter", "Interkommunal ersättning – fakturering för elever från andra kommuner",
     "Två elever hade inte fakturerats för VT 2025. Fakturor skickade i juni.", "●",
     "GENOMFORD", "ja"),
    ("Personal", "Utdrag ur belastningsregistret visas före anställning",
     "Kontroll gjord för förskolan utan anmärkning. Grundskolan kvarstår.", "◐", "DELVIS", "nej"),
    ("Elevernas trygghet", "Anmälan om kränkande behandling till huvudman (6 kap. 10 § skollagen)",
     "Samtliga 37 anmälningar under VT har skickats vidare till huvudman inom en vecka.", "●",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor – jäv och beloppsgränser",
     "Planeras till november.", "○", "EJ_GENOMFORD", "nej"),
    ("Avgifter", "Barnomsorgsavgifter – inkomstuppgifter och maxtaxa",
     "Underlag finns hos avgiftshandläggaren.", "● ◐", "OKLAR", "nej"),
    ("Dataskydd", "Behörigheter i elevhälsans journalsystem",
     "Ingår i regionens granskning 2025, görs inte av förvaltningen.", "–", "UTGAR", "nej"),
    ("Tillgångar", "Inventering av stöldbegärlig utrustning (elevdatorer)",
     "Inventering av elevdatorer klar på 4 av 7 skolor.", "◐", "DELVIS", "nej"),
    ("Statsbidrag", "Rekvisition och återrapportering av statsbidrag till Skolverket",
     "", "", "SAKNAS", "nej"),
]


def make_f5():
    doc = OpenDocumentText()
    # page layout + footer
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21.0cm", pageheight="29.7cm",
                                       printorientation="portrait", margintop="2cm",
                                       marginbottom="1.5cm", marginleft="2cm",
                                       marginright="2cm"))
    from odf.style import FooterStyle
    fst = FooterStyle()
    fst.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.3cm"))
    pl.addElement(fst)
    doc.automaticstyles.addElement(pl)

    footp = Style(name="FooterP", family="paragraph")
    footp.addElement(TextProperties(fontsize="8pt", color="#555555"))
    footp.addElement(ParagraphProperties(textalign="center"))
    doc.styles.addElement(footp)

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    ft = Footer()
    fpar = P(stylename=footp, text="Barn- och utbildningsnämnden  ·  Delårsuppföljning intern kontroll 2025  ·  sida ")
    fpar.addElement(PageNumber(selectpage="current", text="1"))
    ft.addElement(fpar)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(small)
    sym = Style(name="Symbol", family="paragraph")
    sym.addElement(TextProperties(fontsize="14pt"))
    sym.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(sym)

    tstyle = Style(name="Tabell", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    widths = ["3.2cm", "5.5cm", "6.3cm", "2.0cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Kol{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cell)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                         backgroundcolor="#E2EFDA"))
    doc.automaticstyles.addElement(hcell)

    doc.text.addElement(P(stylename=bold, text="Bildningsförvaltningen"))
    doc.text.addElement(P(stylename=h1, text="Uppföljning av intern kontroll – delår 2025"))
    doc.text.addElement(P(text="Uppföljningen avser perioden januari–augusti 2025 och redovisar "
                               "resultatet av kontrollmomenten i internkontrollplanen. Status anges "
                               "med symbol enligt teckenförklaringen under tabellen."))
    doc.text.addElement(P(text=""))

    tbl = Table(name="Uppfoljning", stylename=tstyle)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))
    hdr = TableRow()
    for h in ["Risk/område", "Kontrollmoment", "Utfall per 31/8", "Status"]:
        tc = TableCell(stylename=hcell, valuetype="string")
        tc.addElement(P(stylename=bold, text=h))
        hdr.addElement(tc)
    tbl.addElement(hdr)
    rows = []
    for omr, km, utf, s, status, av in F5_DATA:
        tr = TableRow()
        for j, v in enumerate([omr, km, utf, s]):
            tc = TableCell(stylename=cell, valuetype="string")
            tc.addElement(P(stylename=sym if j == 3 else None, text=v) if j == 3
                          else P(text=v))
            tr.addElement(tc)
        tbl.addElement(tr)
        rows.append((km, status, av))
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=small,
                          text="Teckenförklaring: ● = Genomförd   ◐ = Delvis genomförd/pågår   "
                               "○ = Ej påbörjad   – = Utgår"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Förvaltningens samlade bedömning är att den interna kontrollen "
                               "fungerar tillfredsställande. Kontrollmoment som inte är slutförda "
                               "redovisas i helårsuppföljningen."))
    doc.text.addElement(P(text="Anders Björk, förvaltningsekonom, 2025-09-08"))
    doc.meta.addElement(dc.Title(text="Delårsuppföljning IKP 2025"))
    doc.meta.addElement(dc.Creator(text="Anders Björk"))
    doc.save(out(F5))
    FILES.append((F5, "INLAST", F5_NAMND, "2025", "DELAR"))
    add_expected(F5, F5_NAMND, rows)


# ---------------------------------------------------------------------------
# F6  Stratsys-like CSV export (cp1252); nämnd only in the file name
# ---------------------------------------------------------------------------
F6 = "IK_delar_2025_KFN.csv"
F6_NAMND = "Kultur- och fritidsnämnden"
F6_DATA = [
    ("Bidrag", "Föreningsbidrag betalas ut enligt beslut och riktlinjer", "Genomförd",
     "15 av 15 kontrollerade utbetalningar korrekta.", "", "GENOMFORD", "nej"),
    ("Intäkter", "Bokning och fakturering av idrottshallar och sporthallar", "Genomförd",
     "Tre bokningar i mars hade inte fakturerats. Fakturerat i efterhand.",
     "Bokningssystemet stäms av mot fakturering månadsvis", "GENOMFORD", "ja"),
    ("Kontanter", "Kontanthantering i simhallens kassa – dagskassor stäms av", "Pågående",
     "Dagskassor kontrolleras månadsvis; sammanställning klar i oktober.", "", "DELVIS", "nej"),
    ("Representation", "Representation – syfte och deltagare anges på underlaget", "Genomförd",
     "Två underlag av tolv saknade deltagarförteckning; kompletterat.", "", "GENOMFORD", "ja"),
    ("Tillgångar", "Inventering av kommunens konstsamling mot konstregistret", "Avbruten",
     "Avbruten genom beslut 2025-04-15 § 32; ersätts av ny konstpolicy.", "", "UTGAR", "nej"),
    ("Inköp", "Avtalstrohet – inköp av förbrukningsmaterial", "Ej påbörjad",
     "", "", "EJ_GENOMFORD", "nej"),
    ("IT", "Behörigheter i bibliotekssystemet – aktiva konton mot anställda", "Genomförd",
     "Inga avvikelser.", "", "GENOMFORD", "nej"),
]


def make_f6():
    lines = []
    lines.append("Rapport: Internkontroll 2025 - uppföljning per 2025-08-31;;;;;;;")
    lines.append("Utskriven 2025-09-08 14:32 av abjork;;;;;;;")
    lines.append("")
    lines.append("Organisation;Process;Kontrollmoment;Kontrollansvarig;Uppföljningsperiod;"
                 "Status;Kommentar;Åtgärd")
    ansv = ["Ekonom", "Fritidschef", "Badchef", "Verksamhetschef kultur", "Kulturstrateg",
            "Ekonom", "Bibliotekschef"]
    rows = []
    for (proc, km, st, komm, atg, status, av), a in zip(F6_DATA, ansv):
        def q(s):
            if any(ch in s for ch in ';"\n'):
                return '"' + s.replace('"', '""') + '"'
            return s
        lines.append(";".join([q("Bildningsförvaltningen"), q(proc), q(km), q(a),
                               "2025-08-31", q(st), q(komm), q(atg)]))
        rows.append((km, status, av))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    with open(out(F6), "wb") as f:
        f.write(data)
    FILES.append((F6, "INLAST", F6_NAMND, "2025", "DELAR"))
    add_expected(F6, F6_NAMND, rows)


# ---------------------------------------------------------------------------
# F7  KS, traffic-light fills only, legend to the right, Helår 2024 column
# ---------------------------------------------------------------------------
F7 = "Intern kontroll 2025 - uppföljning.xlsx"
F7_NAMND = "Kommunstyrelsen"
GREEN, YELLOW, RED, GREY, BLUE = "00B050", "FFC000", "FF0000", "BFBFBF", "00B0F0"
F7_DATA = [
    # område, kontrollmoment, 2024, T1, delår, kommentar, status, avvikelse
    ("Lön", "Löneutbetalningar – nyanställda och avslutade stäms av mot lönesystemet",
     GREEN, GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Leverantörsregister – ändrade bankuppgifter verifieras (bedrägeriförsök)",
     RED, YELLOW, GREEN,
     "Samtliga 31 ändringar verifierade. Ett försök till fakturabedrägeri stoppades i maj.",
     "GENOMFORD", "ja"),
    ("Inköp", "Avtalstrohet – kommunövergripande inköp utanför avtal",
     YELLOW, YELLOW, YELLOW, "Analys av inköp jan–jun pågår.", "DELVIS", "nej"),
    ("Ekonomi", "Attestregister i ekonomisystemet är uppdaterat",
     GREEN, None, RED, "Inte påbörjad, ny systemförvaltare på plats från oktober.",
     "EJ_GENOMFORD", "nej"),
    ("Dataskydd", "Registerförteckning enligt artikel 30 GDPR är aktuell",
     GREEN, None, GREY, "Ersätts av dataskyddsombudets granskning.", "UTGAR", "nej"),
    ("Styrning", "Ägardirektiv till de kommunala bolagen följs upp",
     None, None, BLUE, "Avstämning med bolagen 2025-06-05.", "OKLAR", "nej"),
    ("Försäkring", "Försäkringsskydd för fordon och fastigheter stäms av mot register",
     GREEN, GREEN, GREEN, "Två fordon saknades i försäkringsförteckningen, nu tillagda.",
     "GENOMFORD", "ja"),
    ("Delegation", "Delegationsbeslut anmäls enligt delegationsordningen",
     GREEN, GREEN, YELLOW, "Anmälan för juni–augusti görs i september.", "DELVIS", "nej"),
]


def make_f7():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="7F7F7F")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ekonomiavdelningen. Uppföljning per 31 augusti (delår)."
    ws["A2"].font = Font(italic=True)
    hr = 4
    heads = ["Nr", "Område", "Kontrollmoment", "Helår 2024", "T1 2025", "Delår 2025",
             "Helår 2025", "Kommentar delår"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = border
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    rows = []
    r = hr + 1
    for n, (omr, km, c24, t1, dl, komm, status, av) in enumerate(F7_DATA, 1):
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=omr)
        ws.cell(row=r, column=3, value=km)
        for col, color in ((4, c24), (5, t1), (6, dl), (7, None)):
            c = ws.cell(row=r, column=col)
            if color:
                c.fill = PatternFill("solid", fgColor=color)
        ws.cell(row=r, column=8, value=komm)
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = border
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        rows.append((km, status, av))
        r += 1
    # legend in an odd place: to the right of the table
    ws["J4"] = "Färgförklaring"
    ws["J4"].font = Font(bold=True)
    for i, (color, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                      (RED, "Ej genomförd"), (GREY, "Utgår")], 5):
        ws.cell(row=i, column=10).fill = PatternFill("solid", fgColor=color)
        ws.cell(row=i, column=10).border = border
        ws.cell(row=i, column=11, value=txt)
    for k, v in {"A": 5, "B": 12, "C": 55, "D": 11, "E": 10, "F": 11, "G": 11, "H": 55,
                 "I": 3, "J": 6, "K": 26}.items():
        ws.column_dimensions[k].width = v
    r += 1
    ws.cell(row=r, column=3, value="Ekonomiavdelningen 2025-09-12 / Per Nyström").font = Font(italic=True)
    wb.properties.creator = "Per Nyström"
    wb.save(out(F7))
    FILES.append((F7, "INLAST", F7_NAMND, "2025", "DELAR"))
    add_expected(F7, F7_NAMND, rows)


# ---------------------------------------------------------------------------
# F8  Word owner/lock file of F1 – must be rejected
# ---------------------------------------------------------------------------
F8 = "~$pföljning IK delår 2025 Socialförvaltningen.docx"


def make_f8():
    user = "Karin Sundqvist"
    b = bytearray()
    b.append(len(user))
    b += user.encode("latin-1")
    b += b"\x20" * (54 - len(b))
    b.append(len(user))
    b.append(0)
    b += user.encode("utf-16-le")
    b += b"\x00" * (162 - len(b))
    with open(out(F8), "wb") as f:
        f.write(bytes(b[:162]))
    FILES.append((F8, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård och omsorg", "Omsorgsnämnden"]),
    ("Individ- och familjenämnden", ["IFN", "IFO-nämnden"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Tekniska nämnden"]),
    ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och bygg", "Bygg- och miljönämnden"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Utbildningsnämnden"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur och fritid"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndaren"]),
    ("Valnämnden", ["VN"]),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("nämnd;alias\n")
        for n, al in NAMNDER:
            f.write(f"{n};{'|'.join(al)}\n")
    with open(out("files.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            assert ";" not in km
            f.write(f"{fil};{n};{km};{st};{av}\n")


def main():
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    make_f6()
    make_f7()
    make_f8()
    write_csvs()
    print(f"files: {len(FILES)}  files.csv rows: {len(FILES)}  controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
