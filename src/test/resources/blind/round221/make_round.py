#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r221 - Tallmo kommun, delår 2025 (jan-aug), small and shared nämnder.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round221"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
N_KS = "Kommunstyrelsen"
N_OFN = "Överförmyndarnämnden"
N_VN = "Valnämnden"
N_KLN = "Krisledningsnämnden"
N_LON = "Gemensamma lönenämnden Tallmo-Björkvik"
N_IT = "Gemensamma IT-nämnden Björkvik-Tallmo"

REGISTER = [
    (N_KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    (N_OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren i Tallmo"),
    (N_VN, "VN|Valkansliet|Valnämnden i Tallmo"),
    (N_KLN, "KLN|Krisledning|Krisledningsnämnd"),
    (N_LON, "Lönenämnden|Gemensam lönenämnd|Lönenämnden Tallmo och Björkvik|"
            "Björkvik-Tallmo lönenämnd|Lönecentrum Tallmo Björkvik|GLN"),
    (N_IT, "IT-nämnden|Gemensam IT-nämnd|IT-nämnden Björkvik och Tallmo|"
           "Tallmo-Björkvik IT-nämnd|IT-förvaltningen Björkvik Tallmo|GITN"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Samhällsbyggnadsförvaltningen"),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def set_cell_fill(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def fixed_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = datetime.datetime(2025, 9, 8, 10, 0, 0)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen - Excel, many controls, codes + legend, groups
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS Uppföljning internkontrollplan 2025 delår.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {
        "G": PatternFill("solid", fgColor="92D050"),
        "P": PatternFill("solid", fgColor="FFFF00"),
        "EG": PatternFill("solid", fgColor="FF6666"),
        "U": PatternFill("solid", fgColor="BFBFBF"),
    }

    ws["A1"] = "Tallmo kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:J2")
    ws["A3"] = "Uppföljningsperiod: delår januari–augusti 2025"
    ws["A4"] = "Planen fastställd av kommunstyrelsen 2024-12-11 § 231. Dnr KS 2024/512"
    ws["A4"].font = Font(size=9)

    # group header row (row 6) and column header row (row 7)
    ws["A6"] = "Internkontrollplan 2025"
    ws.merge_cells("A6:F6")
    ws["G6"] = "Uppföljning"
    ws.merge_cells("G6:J6")
    for c in ("A6", "G6"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod",
               "Omfattning/frekvens", "Ansvarig", "Status T1", "Status delår",
               "Avvikelse (Ja/Nej)", "Kommentar delår"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border

    # (nr, process, km, metod, frekvens, ansvarig, t1, delar, avv_col, kommentar, exp_status, exp_avv)
    groups = [
        ("Ekonomi och upphandling", [
            ("1.1", "Leverantörsfakturor",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor", "Per tertial", "Ekonomichef",
             "G", "G", "Ja",
             "3 av 40 fakturor attesterade av person utan attesträtt. Attestlistan uppdaterad i juni.",
             "GENOMFORD", "ja"),
            ("1.2", "Upphandling",
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
             "Genomgång av samtliga direktupphandlingar", "Löpande", "Upphandlingschef",
             "P", "G", "Nej",
             "Samtliga 12 direktupphandlingar är dokumenterade i upphandlingsverktyget.",
             "GENOMFORD", "nej"),
            ("1.3", "Inköp",
             "Avtalstrohet – inköp sker från avtalade leverantörer",
             "Spendanalys per kvartal", "Kvartalsvis", "Upphandlingschef",
             "P", "P", "Ja",
             "Analys av kv 1 klar: 7 % av inköpsvolymen utanför avtal (främst kontorsmaterial). Kv 2 pågår.",
             "DELVIS", "ja"),
            ("1.4", "Förtroendekänsliga poster",
             "Representation och förtroendekänsliga poster redovisas korrekt med syfte och deltagare",
             "Stickprov 20 verifikationer", "Två ggr/år", "Redovisningschef",
             None, "EG", None,
             "Ej genomförd p.g.a. vakans på controllertjänsten. Flyttas till hösten.",
             "EJ_GENOMFORD", ""),
            ("1.5", "Kundfordringar",
             "Kontroll av kundfordringar äldre än 90 dagar och att påminnelserutinen följs",
             "Utdrag ur reskontra", "En gång per år (T1)", "Redovisningschef",
             "G", None, None, None,
             "GENOMFORD", ""),
        ]),
        ("HR och lön", [
            ("2.1", "Anställning",
             "Kontroll av att nyanställda registreras med korrekt lön enligt anställningsbeslut",
             "Stickprov 15 nyanställningar", "Per tertial", "HR-chef",
             "G", "G", "Nej", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2.2", "Bisysslor",
             "Bisysslor redovisas och prövas årligen för samtliga medarbetare",
             "Enkät via medarbetarportalen", "Årligen", "HR-chef",
             "P", "P", None,
             "Enkät utskickad i april, 64 % har svarat. Påminnelse skickas i september.",
             "DELVIS", ""),
            ("2.3", "Lön",
             "Kontroll av att löneutbetalningar inte sker efter avslutad anställning",
             "Avstämning avslutade anställningar mot lönekörning", "Per tertial", "Lönechef",
             None, "G", "Ja",
             "En felaktig utbetalning (12 400 kr) upptäckt i maj, återkrav skickat.",
             "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet och dataskydd", [
            ("3.1", "Behörigheter",
             "Behörigheter i ekonomisystemet följs upp mot aktuell personal",
             "Behörighetslista mot personalregister", "Två ggr/år", "Systemförvaltare ekonomi",
             None, "P", None,
             "Behörighetslista uttagen 2025-08-20, genomgång pågår.",
             "DELVIS", ""),
            ("3.2", "Dataskydd",
             "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
             "Genomgång av registerförteckning", "Årligen", "Dataskyddssamordnare",
             "U", None, None,
             "Utgår – ersätts av kommunövergripande granskning, beslut KS 2025-03-12 § 48.",
             "UTGAR", ""),
            ("3.3", "Loggkontroll",
             "Loggkontroll i dokument- och ärendehanteringssystemet",
             "Stickprov loggar", "Två ggr/år", "Kanslichef",
             None, "EG", None, "Ej påbörjad.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Ärendehantering och styrning", [
            ("4.1", "Delegation",
             "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Jämförelse diarium – anmälningslistor", "Per tertial", "Kanslichef",
             "G", "G", "Nej", "Samtliga beslut jan–aug har anmälts.",
             "GENOMFORD", "nej"),
            ("4.2", "Diarieföring",
             "Inkomna handlingar diarieförs inom tre arbetsdagar",
             "Stickprov 30 handlingar", "Per tertial", "Registrator",
             "G", "Se bilaga 2", None, None,
             "OKLAR", ""),
            ("4.3", "Intern kontroll",
             "Uppföljning av att nämndernas internkontrollplaner antagits före 31 januari",
             "Genomgång av protokoll", "Årligen", "Controller",
             "G", "G", "Ja",
             "Bygg- och miljönämnden antog sin plan 2025-02-19, efter utsatt datum.",
             "GENOMFORD", "ja"),
            ("4.4", "Motioner",
             "Motioner besvaras inom ett år från att de väckts",
             "Genomgång av motionsförteckning", "Två ggr/år", "Kanslichef",
             None, None, None, None,
             "SAKNAS", ""),
            ("4.5", "Krisberedskap",
             "Kommunens krisledningsplan är reviderad och fastställd för mandatperioden",
             "Dokumentgranskning", "Helår", "Säkerhetssamordnare",
             None, None, None,
             "Genomförs inför helårsuppföljningen.",
             "EJ_GENOMFORD", ""),
        ]),
    ]

    row = 8
    n_controls = 0
    for gname, rows in groups:
        ws.cell(row=row, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        row += 1
        for (nr, proc, km, metod, frekv, ansv, t1, delar, avv, kom, est, eavv) in rows:
            vals = [nr, proc, km, metod, frekv, ansv, t1, delar, avv, kom]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=ci, value=v)
                c.alignment = wrap
                c.border = border
                if ci in (7, 8) and v in fills:
                    c.fill = fills[v]
                    c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N_KS, km, est, eavv)
            n_controls += 1
            row += 1

    row += 1
    ws.cell(row=row, column=2, value="Antal kontrollmoment")
    ws.cell(row=row, column=3, value=n_controls)
    ws.cell(row=row, column=2).font = Font(bold=True)
    row += 1
    ws.cell(row=row, column=2, value="varav genomförda (delår)")
    ws.cell(row=row, column=3, value=f'=COUNTIF(H8:H{row - 2},"G")')
    row += 2
    ws.cell(row=row, column=1, value="Teckenförklaring:").font = Font(bold=True)
    for code, text in (("G", "Genomförd"), ("P", "Pågår / delvis genomförd"),
                       ("EG", "Ej genomförd"), ("U", "Utgår")):
        row += 1
        c = ws.cell(row=row, column=1, value=code)
        c.fill = fills[code]
        ws.cell(row=row, column=2, value=text)
    row += 2
    ws.cell(row=row, column=1,
            value="Kontroller med frekvens Helår följs upp i årsbokslutet. Bilagor finns i ärendet KS 2025/388.")

    widths = [6, 20, 48, 28, 16, 20, 10, 12, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A8"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"

    # second sheet: risk analysis (no follow-up)
    ws2 = wb.create_sheet("Riskanalys")
    ws2.append(["Risk- och väsentlighetsanalys 2025 – Kommunstyrelsen"])
    ws2.append([])
    ws2.append(["Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Hantering"])
    for r in (
        ("Felaktiga utbetalningar till leverantörer", 2, 4, 8, "Internkontrollplan"),
        ("Inköp utanför avtal", 3, 3, 9, "Internkontrollplan"),
        ("Obehörig åtkomst till personuppgifter", 2, 4, 8, "Internkontrollplan"),
        ("Försenade motionssvar", 3, 2, 6, "Internkontrollplan"),
        ("Kompetensförsörjning inom IT", 3, 3, 9, "Verksamhetsplan"),
        ("Bristande krisberedskap", 1, 4, 4, "Internkontrollplan"),
    ):
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 45

    wb.properties.creator = "Ekonomiavdelningen Tallmo"
    import datetime
    wb.properties.created = datetime.datetime(2025, 9, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 8, 9, 0, 0)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_KS, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Överförmyndarnämnden - short Word with small table (easy)
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "ÖFN delårsuppföljning intern kontroll 2025.docx"
    doc = Document()
    fixed_core(doc, "Uppföljning intern kontroll delår 2025", "Lena Ekholm")
    p = doc.add_paragraph("Tallmo kommun\tTjänsteskrivelse")
    p = doc.add_paragraph("2025-09-10\tDnr ÖFN 2025/41")
    doc.add_heading("Överförmyndarnämnden – uppföljning av intern kontroll, delår januari–augusti 2025", level=1)
    doc.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplanen för 2025 den 5 december 2024. "
        "Planen omfattar fem kontrollmoment som valts utifrån nämndens risk- och väsentlighetsanalys. "
        "Nedan redovisas utfallet per den 31 augusti 2025.")
    doc.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig, men att "
        "handläggningstiden för granskning av årsräkningar behöver förbättras.")
    rows = [
        ("Granskning av årsräkningar sker inom fyra månader från inkomstdatum", "Delvis",
         "Av 212 inkomna årsräkningar var 168 granskade per 31/8. 31 årsräkningar har legat "
         "längre än fyra månader. Orsak: personalomsättning under våren.", "DELVIS", "ja"),
        ("Kontroll av att ställföreträdare har registerutdrag och kreditupplysning innan förordnande",
         "Ja", "Stickprov 10 av 10 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas och betalas ut enligt nämndens riktlinjer", "Ja",
         "Stickprov 15 ärenden. Två felaktigt beräknade arvoden har rättats.", "GENOMFORD", "ja"),
        ("Förteckningar inkommer inom två månader efter förordnande", "Nej",
         "Kontrollen planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Gallring av akter enligt informationshanteringsplanen", "Utgår",
         "Utgår enligt nämndens beslut 2025-04-10 § 22 i avvaktan på ny informationshanteringsplan.",
         "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Kontrollmoment", "Genomförd", "Resultat/kommentar")):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_fill(t.rows[0].cells[i], "D9E2F3")
    for km, st, kom, est, eavv in rows:
        cells = t.add_row().cells
        cell_text(cells[0], km)
        cell_text(cells[1], st)
        cell_text(cells[2], kom)
        exp(fil, N_OFN, km, est, eavv)
    doc.add_paragraph()
    doc.add_paragraph("Förslag till beslut: Överförmyndarnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.")
    doc.add_paragraph("Lena Ekholm\nEnhetschef, Överförmyndarenheten")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: Gemensam lönenämnd - Word, status only as cell fill, merged process cells
# ---------------------------------------------------------------------------
def build_lon():
    fil = "Gemensam lönenämnd Tallmo Björkvik - IK delår 2025.docx"
    doc = Document()
    fixed_core(doc, "Delårsrapport intern kontroll 2025", "Lönecentrum")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Lönenämnden Tallmo och Björkvik\tDelårsrapport 2025"
    doc.add_heading("Delårsrapport intern kontroll 2025", level=1)
    doc.add_paragraph("Lönenämnden Tallmo och Björkvik – gemensam nämnd med Tallmo kommun som värdkommun")
    doc.add_paragraph("Period: januari–augusti 2025")
    doc.add_paragraph(
        "Den gemensamma lönenämnden ansvarar för löneadministrationen åt Tallmo kommun och Björkviks kommun. "
        "Internkontrollplanen för 2025 antogs av nämnden 2025-01-22 § 4 och innehåller sju kontrollmoment. "
        "Kontrollerna avser båda kommunerna om inget annat anges.")
    doc.add_paragraph(
        "Bedömningen anges med färg i kolumnen Bedömning: grön = genomförd, gul = delvis genomförd/pågår, "
        "röd = ej genomförd, grå = utgår.")

    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    # (process, km, metod, resultat, fill, est, eavv)
    rows = [
        ("Löneutbetalning",
         "Manuella löneutbetalningar utanför ordinarie lönekörning attesteras av behörig chef",
         "Stickprov 25 utbetalningar", "Samtliga 25 utbetalningar var attesterade av behörig chef.",
         GREEN, "GENOMFORD", "nej"),
        ("Löneutbetalning",
         "Retroaktiva lönerevisioner har beräknats korrekt",
         "Stickprov 30 anställda per kommun",
         "Björkvik: 2 fel av 30 upptäckta och rättade i junilönen.\nTallmo: inga fel.",
         GREEN, "GENOMFORD", "ja"),
        ("Löneutbetalning",
         "Avstämning av löneskulder och semesterlöneskuld mot huvudboken",
         "Avstämning per 30 april och 31 augusti",
         "Tallmo avstämt utan differenser. Björkvik påbörjad, klar i september.",
         YELLOW, "DELVIS", ""),
        ("Behörigheter",
         "Behörigheter i lönesystemet stäms av mot aktuell personal",
         "Behörighetslista mot HR-register",
         "Ej genomförd under perioden på grund av byte av behörighetsmodul. Genomförs under hösten.",
         RED, "EJ_GENOMFORD", ""),
        ("Behörigheter",
         "Ändringar av kontouppgifter för löneutbetalning loggas och verifieras",
         "Loggkontroll, samtliga ändringar",
         "Samtliga 46 ändringar verifierade mot underlag från den anställde.",
         GREEN, "GENOMFORD", "nej"),
        ("Sjuklön och frånvaro",
         "Sjukfrånvaro över 14 dagar anmäls till Försäkringskassan i tid",
         "Stickprov 20 sjukfall",
         "Kontrollen utgår 2025, ersätts av automatisk bevakning i lönesystemet.",
         GREY, "UTGAR", ""),
        ("Sjuklön och frånvaro",
         "Frånvaro rapporteras och attesteras före lönekörning",
         "Rapport över sen rapportering", "",
         None, "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(("Process", "Kontrollmoment", "Kontrollmetod", "Resultat", "Bedömning")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    start = {}
    for idx, (proc, km, metod, res, fill, est, eavv) in enumerate(rows):
        r = t.add_row()
        cells = r.cells
        if proc not in start:
            start[proc] = idx + 1
            cell_text(cells[0], proc)
        cell_text(cells[1], km)
        cell_text(cells[2], metod)
        cell_text(cells[3], res)
        if fill:
            set_cell_fill(cells[4], fill)
        exp(fil, N_LON, km, est, eavv)
    # merge process cells vertically
    order = []
    for proc, *_ in rows:
        if proc not in order:
            order.append(proc)
    for proc in order:
        first = start[proc]
        last = first + sum(1 for r in rows if r[0] == proc) - 1
        if last > first:
            a = t.cell(first, 0)
            b = t.cell(last, 0)
            a.merge(b)
            cell_text(a, proc)
    widths = [Cm(3), Cm(5.5), Cm(3.5), Cm(6), Cm(2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Nämndens samlade bedömning: den interna kontrollen är i huvudsak tillräcklig. "
                      "Behörighetskontrollen ska genomföras under hösten och redovisas i årsrapporten.")
    doc.add_paragraph("Tallmo 2025-09-03\nMaria Lundqvist, lönechef Lönecentrum Tallmo Björkvik")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_LON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 4: Valnämnden - e-mail saved as .txt with follow-up inline
# ---------------------------------------------------------------------------
def build_vn():
    fil = "Valnämnden - uppföljning internkontroll delår 2025.txt"
    items = [
        ("Uppdatering av förteckning över vallokaler och röstningslokaler inklusive tillgänglighetsinventering",
         "Genomförd",
         "Samtliga 14 lokaler besöktes i maj. Två lokaler (Norrby bygdegård och Tallmo\n"
         "   sporthall) uppfyller inte tillgänglighetskraven, ersättningslokaler tas fram.",
         "GENOMFORD", "ja"),
        ("Register över tidigare röstmottagare är gallrat enligt dataskyddsförordningen",
         "Pågår",
         "Gallring av uppgifter från valen 2022 är gjord, uppgifter från EU-valet 2024\n"
         "   återstår.",
         "DELVIS", ""),
        ("Valmaterial (valsedlar, kuvert och förseglingar) förvaras i låst utrymme med behörighetskontroll",
         "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Utbildningsplan för röstmottagare inför valen 2026 är fastställd",
         "Ej påbörjad",
         "Valmyndighetens utbildningsmaterial kommer först i november.",
         "EJ_GENOMFORD", ""),
    ]
    lines = [
        "Från: Karin Sjöström <karin.sjostrom@tallmo.se>",
        "Skickat: den 5 september 2025 14:12",
        "Till: Ekonomi Tallmo <ekonomi@tallmo.se>",
        "Ämne: Valnämnden - uppföljning internkontroll delår 2025",
        "",
        "Hej!",
        "",
        "Valnämnden har ingen egen mall för uppföljningen så jag skickar den direkt i mejlet.",
        "Nämnden har fyra kontrollmoment 2025 (valfritt år, förberedelser inför valen 2026).",
        "Uppföljningen avser januari-augusti 2025.",
        "",
    ]
    for i, (km, st, kom, est, eavv) in enumerate(items, 1):
        lines.append(f"{i}. Kontrollmoment: {km}")
        lines.append(f"   Status: {st}")
        lines.append(f"   Kommentar: {kom}")
        lines.append("")
        exp(fil, N_VN, km, est, eavv)
    lines += [
        "Valnämnden behandlar uppföljningen på sitt sammanträde den 17 september.",
        "",
        "Hälsningar",
        "Karin Sjöström",
        "Valsamordnare, Kommunledningsförvaltningen",
        "Tallmo kommun",
        "",
    ]
    with open(os.path.join(HERE, fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", N_VN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 5: Krisledningsnämnden - no controls this year
# ---------------------------------------------------------------------------
def build_kln():
    fil = "Krisledningsnämnden uppföljning IK 2025 delår.docx"
    doc = Document()
    fixed_core(doc, "Uppföljning intern kontroll delår 2025", "Kansliet")
    doc.add_heading("Krisledningsnämnden – uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph("Period: januari–augusti 2025")
    doc.add_paragraph(
        "Krisledningsnämnden träder enbart i funktion vid extraordinära händelser i fredstid. "
        "Nämnden har inte sammanträtt under perioden och har ingen egen löpande verksamhet. "
        "Någon internkontrollplan har därför inte antagits för 2025 och det finns inga kontrollmoment att följa upp.")
    doc.add_paragraph(
        "Kontrollen av kommunens krisledningsplan ingår i kommunstyrelsens internkontrollplan och redovisas där.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Kontrollmoment", "Status", "Kommentar")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    cell_text(t.rows[1].cells[0], "Inga kontrollmoment 2025")
    cell_text(t.rows[1].cells[1], "–")
    cell_text(t.rows[1].cells[2], "Nämnden har ingen internkontrollplan för 2025.")
    doc.add_paragraph()
    doc.add_paragraph("Tallmo 2025-09-04\nPer Wallin, kanslichef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_KLN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: Gemensam IT-nämnd (hosted by Björkvik) - .doc, symbols with legend, T1 + T2
# ---------------------------------------------------------------------------
def build_it():
    base = "IT-nämnden Björkvik-Tallmo uppföljning IKP tertial 2 2025"
    fil = base + ".doc"
    doc = Document()
    fixed_core(doc, "Uppföljning internkontrollplan tertial 2 2025", "IT-förvaltningen")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Gemensamma IT-nämnden för Björkviks och Tallmo kommuner"
    sec.footer.paragraphs[0].text = "Björkviks kommun är värdkommun för den gemensamma IT-nämnden"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    doc.add_paragraph("Avser perioden 2025-01-01 – 2025-08-31. Dnr GITN 2025/19")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Av nämndens åtta kontrollmoment är fyra genomförda, två delvis genomförda, ett ej genomfört "
        "och ett har utgått. Kontroller som genomfördes redan under tertial 1 har inte följts upp på nytt.")
    doc.add_heading("Uppföljning per kontrollmoment", level=2)
    OK, HALF, NO = "\u2713", "\u25D0", "\u2717"
    # (nr, km, ansvarig, t1, t2, kommentar, est, eavv)
    rows = [
        ("1", "Behörighetsgranskning av administratörskonton i Active Directory", "IT-säkerhetsansvarig",
         OK, OK, "Två inaktuella administratörskonton hittades och spärrades.", "GENOMFORD", "ja"),
        ("2", "Återläsningstest av säkerhetskopior för verksamhetskritiska system", "Driftchef",
         HALF, OK, "Test genomfört för 6 av 6 system utan anmärkning.", "GENOMFORD", "nej"),
        ("3", "Licensfakturor stäms av mot licensförteckningen", "Licensansvarig",
         NO, HALF, "Microsoft-licenser avstämda: Björkvik betalar för 11 licenser för mycket. "
                   "Övriga leverantörer pågår.", "DELVIS", "ja"),
        ("4", "Personuppgiftsbiträdesavtal finns för samtliga molntjänster", "Dataskyddssamordnare",
         HALF, HALF, "18 av 23 avtal på plats, fem saknas fortfarande.", "DELVIS", "ja"),
        ("5", "Säkerhetsincidenter dokumenteras och rapporteras till nämnden", "IT-säkerhetsansvarig",
         OK, "", "", "GENOMFORD", ""),
        ("6", "Fakturering av IT-tjänster till Tallmo kommun sker enligt samverkansavtalet", "IT-controller",
         OK, OK, "Ingen avvikelse.", "GENOMFORD", "nej"),
        ("7", "Inventering av datorer och mobiltelefoner mot tillgångsregistret", "Driftchef",
         "", NO, "Flyttad till 2026 enligt nämndbeslut 2025-06-11 § 35.", "EJ_GENOMFORD", ""),
        ("8", "Kontinuitetsplanen för IT-driften testas", "IT-chef",
         "U", "", "Utgår, ingår i kommunernas gemensamma krisövning 2026.", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("Nr", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar")):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_fill(t.rows[0].cells[i], "E7E6E6")
    for nr, km, ansv, t1, t2, kom, est, eavv in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, (nr, km, ansv, t1, t2, kom)):
            cell_text(c, v)
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N_IT, km, est, eavv)
    p = doc.add_paragraph()
    r = p.add_run(f"Teckenförklaring: {OK} = genomförd, {HALF} = delvis genomförd, {NO} = ej genomförd, "
                  "U = utgår. Tom ruta = ingen ny uppföljning under tertialen.")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph("Beslutad av Gemensamma IT-nämnden 2025-09-24 § 52.")
    tmpd = tempfile.mkdtemp(prefix="r221_")
    src = os.path.join(tmpd, base + ".docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmpd)
    shutil.move(os.path.join(tmpd, base + ".doc"), os.path.join(HERE, fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", N_IT, "2025", "T2"))


# ---------------------------------------------------------------------------
# Reject: covering e-mail (.eml) whose attachment was not saved
# ---------------------------------------------------------------------------
def build_reject():
    fil = "VB_ Lönenämndens delårsuppföljning IK 2025.eml"
    body = (
        "Hej!\r\n\r\n"
        "Vidarebefordrar lönenämndens delårsuppföljning av internkontrollplanen 2025.\r\n"
        "Själva uppföljningen ligger i den bifogade Word-filen. Nämnden behandlar den\r\n"
        "den 24 september, så det kan bli smärre justeringar.\r\n\r\n"
        "Hör av dig om något saknas.\r\n\r\n"
        "Med vänliga hälsningar\r\n"
        "Maria Lundqvist\r\n"
        "Lönechef, Lönecentrum Tallmo Björkvik\r\n"
    )
    msg = (
        "From: Maria Lundqvist <maria.lundqvist@tallmo.se>\r\n"
        "To: Ekonomi Tallmo <ekonomi@tallmo.se>\r\n"
        "Subject: =?utf-8?q?VB=3A_L=C3=B6nen=C3=A4mndens_del=C3=A5rsuppf=C3=B6ljning_IK_2025?=\r\n"
        "Date: Wed, 03 Sep 2025 15:41:07 +0200\r\n"
        "Message-ID: <20250903134107.4711@tallmo.se>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n" + body)
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(msg.encode("utf-8"))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_ks()
    build_ofn()
    build_lon()
    build_vn()
    build_kln()
    build_it()
    build_reject()
    write_csvs()
    print(f"{len(FILES)} files rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
