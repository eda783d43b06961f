#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r538 - Stenungsunds kommun, delår 2025 (with a kommunalförbund and a bolag).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
directly in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round538"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    assert not km.startswith("=")
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb_props(wb):
    wb.properties.creator = "Stenungsunds kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Stenungsunds kommun"


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def hdr_row(ws, row, values, fill="FFD9E1F2"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def data_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER


def shade_cell(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 1. Utbildningsnämnden - xlsx with drop-down status, default "Välj status"
# ---------------------------------------------------------------------------
def file_un():
    fil = "UN Uppföljning internkontrollplan delår 2025.xlsx"
    N = "Utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    lists = wb.create_sheet("Listor")
    choices = ["Välj status", "Genomförd utan anmärkning", "Genomförd med anmärkning",
               "Pågående", "Ej genomförd", "Utgår"]
    for i, v in enumerate(choices, start=1):
        lists.cell(row=i, column=1, value=v)
    lists.sheet_state = "hidden"

    ws["A1"] = "Utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sektor utbildning"
    ws["A3"] = "Uppföljningstillfälle: Delår (januari–augusti 2025)"
    ws["A4"] = ("Instruktion: Välj status i rullistan i kolumn G för varje kontrollmoment och beskriv "
                "resultatet av kontrollen i kolumn H. Vid anmärkning ska åtgärd anges.")
    ws["A4"].font = Font(italic=True, color="FF595959")
    ws.merge_cells("A4:H4")
    ws.row_dimensions[4].height = 30
    ws["A4"].alignment = Alignment(wrap_text=True)

    header = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Status", "Resultat/kommentar"]
    hdr_row(ws, 6, header)

    V = "Välj status"
    rows = [
        # nr, process, risk, km, metod, ansvarig, status, kommentar, exp_status, exp_avv
        (1, "Ekonomi – inköp", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per halvår", "Controller",
         "Genomförd utan anmärkning", "25 fakturor granskade, samtliga korrekt attesterade av behörig attestant.",
         "GENOMFORD", "nej"),
        (2, "Personal", "Personer med olämplig bakgrund anställs",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning i förskola och skola",
         "Genomgång av samtliga nyanställningar jan–jun", "HR-specialist",
         "Genomförd med anmärkning",
         "I 2 av 31 anställningar saknades dokumentation av uppvisat registerutdrag. Rutinen har förtydligats för rektorer.",
         "GENOMFORD", "ja"),
        (3, "Elevhälsa och trygghet", "Kränkande behandling anmäls inte till huvudman",
         "Anmälan av kränkande behandling till huvudmannen sker skyndsamt enligt skollagen 6 kap. 10 §",
         "Jämförelse av anmälningar i DF Respons mot rektorernas rapporter", "Kvalitetsstrateg",
         "Pågående", "Vårterminens anmälningar är genomgångna utan avvikelse. Höstterminen följs upp i december.",
         "DELVIS", "nej"),
        (4, "Elevhälsa och trygghet", "Upprepad frånvaro uppmärksammas inte",
         "Upprepad ogiltig frånvaro anmäls till rektor och utreds enligt rutin",
         "Stickprov 3 skolenheter", "Rektor F–9",
         V, None,
         "SAKNAS", ""),
        (5, "Myndighetsutövning", "Felaktiga beslut om skolskjuts",
         "Beslut om skolskjuts fattas enligt gällande riktlinjer",
         "Granskning av 20 beslut", "Skolskjutshandläggare",
         "Ej genomförd", "Kontrollen har skjutits upp till hösten på grund av byte av handläggare.",
         "EJ_GENOMFORD", ""),
        (6, "Ekonomi – intäkter", "Intäkter uteblir",
         "Fakturering av interkommunal ersättning (IKE) för elever från andra kommuner",
         "Avstämning elevregister mot kundfakturor, vårterminen", "Ekonom",
         "Genomförd utan anmärkning", "Samtliga 47 elever från annan kommun var fakturerade.",
         "GENOMFORD", "nej"),
        (7, "Delegation", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till nämnden",
         "Stickprov 12 beslut", "Nämndsekreterare",
         V, "Kontrollen är genomförd i maj. Samtliga 12 granskade beslut var korrekt anmälda till nämnden.",
         "GENOMFORD", "nej"),
        (8, "Undervisning", "Elever får inte modersmålsundervisning",
         "Modersmålsundervisning erbjuds till elever som har rätt till det",
         "Jämförelse ansökningar mot schema", "Verksamhetschef",
         "Utgår", "Utgår enligt beslut UN 2025-03-18 § 34, ingår i kvalitetsrapporten.",
         "UTGAR", ""),
        (9, "Säkerhet", "Brister i brandskydd",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolenheter",
         "Kontroll av SBA-pärm/egenkontroll", "Säkerhetssamordnare",
         V, None,
         "SAKNAS", ""),
        (10, "Informationssäkerhet", "Obehörig åtkomst till elevuppgifter",
         "Genomgång av behörigheter i elevadministrativt system (IST)",
         "Behörighetslistor per enhet jämförs mot personallistor", "Systemförvaltare",
         "Pågående", "8 av 14 enheter kontrollerade. Inga felaktiga behörigheter hittills.",
         "DELVIS", "nej"),
    ]
    r = 7
    for row in rows:
        data_row(ws, r, list(row[:8]))
        exp(fil, N, row[3], row[8], row[9])
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$6", allow_blank=False,
                        showDropDown=False)
    dv.error = "Välj ett värde i listan"
    dv.errorTitle = "Ogiltig status"
    dv.prompt = "Välj status för kontrollen"
    dv.promptTitle = "Status"
    ws.add_data_validation(dv)
    dv.add(f"G7:G{last}")
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisas för Utbildningsnämnden 2025-09-23.")
    ws.cell(row=r + 1, column=1, value="Sammanställd av: Maria Höglund, kvalitetsstrateg, Sektor utbildning")
    set_widths(ws, {"A": 5, "B": 20, "C": 26, "D": 42, "E": 30, "F": 18, "G": 26, "H": 55})
    ws.freeze_panes = "A7"
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - xlsx, "Planerad tidpunkt" (month) + status column
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning delår.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Socialnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Sektor socialtjänst"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status: Klar / Klar med avvikelse / Pågår / Ej påbörjad / Ej aktuell"
    ws["A3"].font = Font(italic=True)
    header = ["Område", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Planerad tidpunkt",
              "Ansvarig", "Status", "Resultat / kommentar"]
    hdr_row(ws, 5, header, fill="FFE2EFDA")
    groups = [
        ("Myndighetsutövning", [
            ("Utredningstid för barnavårdsutredningar överstiger inte fyra månader (11 kap. 2 § SoL)",
             "Uttag ur Treserva, samtliga avslutade utredningar", "Årligen", "Mars",
             "Enhetschef barn och unga", "Klar med avvikelse",
             "Av 40 avslutade utredningar överskred 6 fyramånadersgränsen utan beslut om förlängning. "
             "Åtgärdsplan tas fram under hösten.", "GENOMFORD", "ja"),
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Stickprov 50 anmälningar", "Årligen", "April",
             "Enhetschef mottagning", "Klar",
             "Samtliga 50 granskade anmälningar förhandsbedömdes inom 14 dagar.", "GENOMFORD", "nej"),
            ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
             "Stickprov 30 akter", "Årligen", "Juni",
             "Enhetschef försörjningsstöd", "Pågår",
             "Stickprov påbörjat, 15 av 30 akter granskade.", "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Kontroll av felaktiga utbetalningar av ekonomiskt bistånd",
             "Avstämning mot Försäkringskassan och CSN via SSBTEK", "Löpande", "Löpande",
             "Socialsekreterare", "Klar",
             "Inga felaktiga utbetalningar upptäckta under januari–augusti.", "GENOMFORD", "nej"),
            ("Fakturering av hemtjänst stämmer mot beviljade och utförda timmar",
             "Jämförelse beslut – TES – faktura, 2 enheter", "Årligen", "September",
             "Ekonom", "Ej påbörjad",
             "Genomförs i september efter sommarperioden.", "EJ_GENOMFORD", ""),
            ("Avgifter inom äldreomsorgen debiteras enligt fastställd taxa",
             "Stickprov 20 avgiftsbeslut", "Årligen", "Oktober",
             "Avgiftshandläggare", None, None, "SAKNAS", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret visas upp vid anställning inom LSS-verksamhet för barn",
             "Genomgång av samtliga anställningar", "Årligen", "Maj",
             "HR-konsult", "Klar",
             "Samtliga 9 nyanställda hade uppvisat utdrag.", "GENOMFORD", "nej"),
            ("Tillbud avseende hot och våld rapporteras i KIA och åtgärdas",
             "Uttag ur KIA", "Tertialvis", "April, augusti",
             "Sektorchef", "Pågår",
             "14 tillbud rapporterade, samtliga hanterade enligt rutin. Uppföljning av vidtagna åtgärder pågår.",
             "DELVIS", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet Treserva",
             "Slumpvis loggkontroll 10 användare", "Tertialvis", "April, augusti",
             "Systemförvaltare", "Klar med avvikelse",
             "Vid loggkontrollen i augusti upptäcktes en otillbörlig åtkomst. Ärendet är anmält till IMY och "
             "hanteras arbetsrättsligt.", "GENOMFORD", "ja"),
            ("Behörigheter i Treserva avslutas när anställning upphör",
             "Jämförelse behörighetslista mot avslutade anställningar", "Årligen", "November",
             "Systemförvaltare", "Ej påbörjad", "Planerad till november.", "EJ_GENOMFORD", ""),
            ("Avtalstrohet vid köp av placeringar (HVB)",
             "Genomgång av placeringar utan ramavtal", "Årligen", "Maj",
             "Enhetschef", "Ej aktuell",
             "Ej aktuell 2025 – kontrollen har flyttats till kommunstyrelsens plan.", "UTGAR", ""),
        ]),
    ]
    r = 6
    for name, ctrls in groups:
        ws.cell(row=r, column=1, value=name).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFF2F2F2")
        r += 1
        for c in ctrls:
            data_row(ws, r, [name] + list(c[:7]))
            exp(fil, N, c[0], c[7], c[8])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Anna Lindqvist, kvalitetsstrateg, 2025-09-15")
    set_widths(ws, {"A": 20, "B": 48, "C": 34, "D": 12, "E": 16, "F": 24, "G": 20, "H": 60})
    ws.print_title_rows = "5:5"
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - docx, kontrollmoment cell = control + method (two paragraphs)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS intern kontroll delårsuppföljning 2025.docx"
    N = "Kommunstyrelsen"
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Stenungsunds kommun\tKommunledningsstaben\t2025-09-10"
    d.add_heading("Kommunstyrelsen – uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 december 2024 (KS 2024/512). "
        "Nedan redovisas utfallet av de kontroller som var planerade att genomföras under perioden "
        "januari–augusti. Kontrollmomentet och den metod som använts anges i samma kolumn. "
        "Kontroller som genomförs under hösten redovisas i samband med årsbokslutet.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Metod: Stickprov om 30 fakturor ur Raindance, januari–juni.",
         "Controller", "Samtliga 30 fakturor korrekt attesterade. Inga avvikelser.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Representation och förtroendekänsliga poster hanteras enligt riktlinjer",
         "Metod: Granskning av samtliga verifikationer på representationskonton 7110–7150.",
         "Controller",
         "I 4 av 22 fall saknades deltagarförteckning och syfte. Information har gått ut till samtliga chefer.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet vid inköp",
         "Metod: Leverantörsanalys av inköp över 100 tkr hos leverantörer utan avtal.",
         "Upphandlingschef",
         "Analysen av första halvåret är klar. Inköp för 1,2 mnkr utan avtal har identifierats. "
         "Uppföljning av åtgärder kvarstår.", "Delvis genomförd", "DELVIS", "ja"),
        ("Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt LOU 19 kap. 30 §",
         "Metod: Stickprov om 15 direktupphandlingar.",
         "Upphandlare", "10 av 15 direktupphandlingar granskade, samtliga dokumenterade.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Dataskydd", "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Metod: Genomgång av registerförteckningen tillsammans med sektorernas kontaktpersoner.",
         "Dataskyddssamordnare",
         "Kontrollen skjuts till hösten på grund av vakans som dataskyddssamordnare.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Lön", "Tillfälliga lönetillägg betalas ut med korrekt belopp och underlag",
         "Metod: Stickprov om 40 lönetransaktioner i Personec.",
         "Lönechef", "Inga felaktigheter noterades.", "Genomförd", "GENOMFORD", "nej"),
        ("Administration", "Diarieföring och registrering av allmänna handlingar",
         "Metod: Kontroll av inkommande e-post i kommunens funktionsbrevlådor under två veckor i mars.",
         "Kommunsekreterare",
         "Tre handlingar hade inte diarieförts inom rimlig tid. Påminnelse om rutinen har skickats ut.",
         "Genomförd", "GENOMFORD", "ja"),
        ("IT", "Behörigheter i ekonomisystemet motsvarar befattning",
         "Metod: Behörighetslista från Raindance jämförs mot aktuell personallista.",
         "Systemförvaltare ekonomi", "Se bilaga 2.", "", "OKLAR", ""),
        ("Säkerhet", "Krisledningsplanen är uppdaterad och känd i krisledningsgruppen",
         "Metod: Dokumentgranskning och avstämning med säkerhetschef.",
         "Säkerhetschef",
         "Ersätts av ny kontroll i planen för 2026 med anledning av arbetet med civilt försvar.",
         "Utgår", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["Process", "Kontrollmoment och metod", "Ansvarig", "Utfall delår 2025", "Status"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade_cell(c, "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        cells[0].text = row[0]
        cells[1].text = row[1]
        p = cells[1].add_paragraph()
        run = p.add_run(row[2])
        run.italic = True
        cells[2].text = row[3]
        cells[3].text = row[4]
        cells[4].text = row[5]
        exp(fil, N, row[1] + " " + row[2], row[6], row[7])
    widths = [Cm(3), Cm(8.5), Cm(3.5), Cm(8.5), Cm(3)]
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Behörighetsgenomgång Raindance (separat dokument)")
    d.add_paragraph("Stenungsund 2025-09-10")
    d.add_paragraph("Per Olsson, controller, Kommunledningsstaben")
    fix_doc_props(d, "Per Olsson")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Sektor samhällsbyggnad - xlsx, two sheets (SBN + BMN); colour fill in the
#    kontrollmoment cell only, legend above, results in "Iakttagelser"
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED = "FF92D050", "FFFFFF00", "FFFF0000"


def colour_sheet(ws, fil, N, title, rows):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Färgförklaring (kontrollmomentets cell):"
    ws["A2"].font = BOLD
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"),
                                    (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd")]):
        c = ws.cell(row=3 + i, column=1, value="")
        c.fill = PatternFill("solid", fgColor=col)
        c.border = BORDER
        ws.cell(row=3 + i, column=2, value=txt)
    header = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Iakttagelser", "Åtgärd"]
    hdr_row(ws, 7, header, fill="FFDDEBF7")
    r = 8
    for row in rows:
        proc, km, metod, ansv, iakt, atg, col, st, avv = row
        data_row(ws, r, [proc, km, metod, ansv, iakt, atg])
        if col:
            ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, st, avv)
        r += 1
    set_widths(ws, {"A": 18, "B": 46, "C": 30, "D": 18, "E": 55, "F": 35})
    return r


def file_samhallsbyggnad():
    fil = "Sektor samhällsbyggnad IK 2025 delår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SBN"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonom", "30 fakturor granskade, inga avvikelser.", None,
         GREEN, "GENOMFORD", "nej"),
        ("VA", "Anläggningsavgift för VA debiteras vid nyanslutning enligt VA-taxan",
         "Samtliga nyanslutningar jan–jun", "VA-chef",
         "12 av 12 nyanslutningar korrekt debiterade.", None, GREEN, "GENOMFORD", "nej"),
        ("Investeringar", "Investeringsprojekt följs upp mot beslutad budget",
         "Avstämning projektbudget mot utfall", "Projektchef",
         "Uppföljning gjord för 5 av 9 projekt. Resterande följs upp inför helår.", None,
         YELLOW, "DELVIS", ""),
        ("Upphandling", "Avrop från ramavtal för mark- och anläggningsarbeten följer avtalets villkor",
         "Stickprov 10 avrop", "Upphandlare", "Ej genomförd under perioden på grund av resursbrist.",
         "Genomförs under hösten.", RED, "EJ_GENOMFORD", ""),
        ("Fastighet", "Obligatorisk ventilationskontroll (OVK) genomförs i kommunens lokaler enligt plan",
         "Genomgång av besiktningsprotokoll", "Fastighetschef",
         "OVK genomförd i 6 av 6 planerade byggnader. I två byggnader fick besiktningen anmärkning.",
         "Anmärkningarna åtgärdas under hösten.", GREEN, "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av lekplatser enligt SS-EN 1176",
         "Besiktningsprotokoll", "Parkchef",
         "Utgår – ingår från 2025 i entreprenörens egenkontroll enligt driftavtal.", None,
         None, "UTGAR", ""),
        ("Gata/park", "Vinterväghållning utförs enligt avtal med entreprenör",
         "Jämförelse körjournaler mot väderdata", "Gatuchef", None, None,
         None, "SAKNAS", ""),
    ]
    r = colour_sheet(ws, fil, N,
                     "Samhällsbyggnadsnämnden – Internkontroll 2025, uppföljning delår (jan–aug)", rows)
    ws.cell(row=r + 1, column=1, value="Uppdaterad 2025-09-08 / Jonas Berg, controller")

    ws2 = wb.create_sheet("BMN")
    N2 = "Bygg- och miljönämnden"
    rows2 = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor (PBL 9 kap. 27 §)",
         "Uttag ur ärendesystemet", "Bygglovschef",
         "7 av 112 ärenden överskred tidsfristen. Avgiften reducerades enligt PBL i samtliga fall.",
         "Översyn av ärendefördelningen.", GREEN, "GENOMFORD", "ja"),
        ("Miljötillsyn", "Avgift för tillsyn enligt miljöbalken tas ut enligt taxa",
         "Stickprov 20 fakturor", "Miljöchef", "Inga avvikelser.", None, GREEN, "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse diarium mot protokoll", "Nämndsekreterare", "Samtliga beslut anmälda.", None,
         GREEN, "GENOMFORD", "nej"),
        ("Livsmedel", "Planerade livsmedelskontroller genomförs enligt kontrollplan",
         "Uttag ur ärendesystemet", "Miljöchef",
         "58 % av planerade kontroller utförda t.o.m. augusti.", None, YELLOW, "DELVIS", ""),
        ("Myndighetsutövning", "Handläggare deklarerar eventuellt jäv i ärenden",
         "Stickprov 15 ärenden", "Förvaltningschef",
         "Ej påbörjad, genomförs i samband med helårsuppföljningen.", None, RED, "EJ_GENOMFORD", ""),
    ]
    colour_sheet(ws2, fil, N2,
                 "Bygg- och miljönämnden – Internkontroll 2025, uppföljning delår (jan–aug)", rows2)
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    FILES.append((fil, "INLAST", N2, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - docx, one table per process, each with header row
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - uppföljning internkontroll augusti 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden, Sektor kultur och fritid").runs[0].bold = True
    d.add_paragraph(
        "Nämnden följer upp internkontrollplanen två gånger per år, i samband med delårsrapporten "
        "och årsredovisningen. Denna rapport avser perioden januari–augusti 2025. Kontrollerna "
        "redovisas per process.")
    processes = [
        ("Föreningsbidrag", [
            ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Stickprov 10 föreningar",
             "Föreningskonsulent", "Genomförd", "Samtliga underlag var korrekta.", "GENOMFORD", "nej"),
            ("Föreningar som får bidrag har lämnat årsmöteshandlingar och revisionsberättelse",
             "Genomgång av samtliga bidragsmottagare", "Föreningskonsulent",
             "Genomförd med anmärkning",
             "3 föreningar hade inte lämnat revisionsberättelse. Utbetalningen har hållits inne tills "
             "handlingarna kommit in.", "GENOMFORD", "ja"),
        ]),
        ("Kulturskola", [
            ("Avgifter i kulturskolan debiteras enligt fastställd taxa", "Avstämning elevregister mot fakturering",
             "Kulturskolechef", "Pågår", "Vårterminen kontrollerad utan anmärkning, höstterminen kvarstår.",
             "DELVIS", "nej"),
            ("Registerutdrag uppvisas av personal som arbetar med barn", "Genomgång av nyanställningar",
             "Kulturskolechef", "Genomförd", "Samtliga 4 nyanställda hade uppvisat utdrag.",
             "GENOMFORD", "nej"),
        ]),
        ("Bibliotek", [
            ("Låntagaruppgifter gallras i bibliotekssystemet enligt informationshanteringsplanen",
             "Kontroll av gallringskörning", "Bibliotekschef", "Ej genomförd",
             "Gallringsrutinen inväntar ny systemversion av bibliotekssystemet.", "EJ_GENOMFORD", ""),
            ("Dagskassor redovisas och stäms av mot kassasystemet", "Stickprov 10 dagar",
             "Bibliotekschef", "Genomförd", "Inga differenser.", "GENOMFORD", "nej"),
        ]),
        ("Anläggningar", [
            ("Hyra för idrottshallar debiteras enligt bokning", "Avstämning mot bokningssystemet",
             "Fritidschef", "Pågår", "Avstämning gjord för januari–juni, juli–augusti kvarstår.",
             "DELVIS", ""),
            ("Säkerhetsbesiktning av badplatser och bryggor före badsäsongen", "Besiktningsprotokoll",
             "Anläggningsansvarig", "Genomförd",
             "Besiktningen genomfördes i maj. En trasig badstege vid Hallerna badplats upptäcktes och byttes ut.",
             "GENOMFORD", "ja"),
            ("Driftavtalet för ishallen följs upp med entreprenören", "Uppföljningsmöte och protokoll",
             "Fritidschef", "Ej aktuell", "Avtalet upphörde vid årsskiftet, driften sköts i egen regi.",
             "UTGAR", ""),
        ]),
    ]
    heads = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    for proc, ctrls in processes:
        d.add_heading("Process: " + proc, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade_cell(c, "E2EFDA")
        for c in ctrls:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = c[i]
            exp(fil, N, c[0], c[5], c[6])
        d.add_paragraph()
    d.add_paragraph("Stenungsund den 5 september 2025")
    d.add_paragraph("Lena Carlsson, sektorchef kultur och fritid")
    fix_doc_props(d, "Lena Carlsson")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Räddningstjänstförbundet - xlsx with sheets Plan / Uppföljning delår / Uppföljning helår
# ---------------------------------------------------------------------------
def file_forbund():
    fil = "SBRF Internkontrollplan 2025.xlsx"
    N = "Södra Bohusläns räddningstjänstförbund"
    ctrls = [
        # nr, process, risk, s, k, km, metod, frekvens, ansvarig, status, resultat, avv_text, atgard, exp, exp_avv
        (1, "Förebyggande", "Tillsyn uteblir i objekt med hög risk", 3, 3,
         "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Uttag ur verksamhetssystemet",
         "Delår, helår", "Chef förebyggande", "D", "42 av 75 planerade tillsyner genomförda (56 %).", "Nej",
         "Prioritering av objekt med hög risk under hösten.", "DELVIS", "nej"),
        (2, "Förebyggande", "Brandskyddskontroll utförs inte inom frist", 2, 3,
         "Brandskyddskontroll utförs inom föreskrivna frister", "Entreprenörens rapport",
         "Delår, helår", "Chef förebyggande", "G", "Entreprenörens rapport visar att fristerna hålls.", "Nej",
         None, "GENOMFORD", "nej"),
        (3, "Räddningsinsats", "Brister i dokumentation av insatser", 3, 2,
         "Insatsrapporter upprättas och kvalitetsgranskas inom 14 dagar", "Stickprov 60 rapporter",
         "Delår, helår", "Räddningschef", "G", "9 av 60 rapporter granskades senare än 14 dagar.", "Ja",
         "Påminnelse till styrkeledare.", "GENOMFORD", "ja"),
        (4, "Räddningsinsats", "Otillräcklig förmåga hos deltidsbrandmän", 3, 4,
         "Övningsplan för räddningspersonal i beredskap (RiB) följs", "Närvarolistor per station",
         "Delår, helår", "Stationschefer", "D",
         "Övningar genomförda enligt plan i Stenungsund och på Tjörn. Stationen på Orust har eftersläpning.",
         "Ja", "Extra övningstillfällen i september.", "DELVIS", "ja"),
        (5, "Ekonomi", "Intäkter för onödiga larm uteblir", 2, 2,
         "Fakturering av onödiga automatlarm sker enligt taxa", "Avstämning larmlogg mot fakturor",
         "Delår, helår", "Ekonom", "G", "Samtliga 31 debiterbara larm fakturerade.", "Nej", None,
         "GENOMFORD", "nej"),
        (6, "Arbetsmiljö", "Bristande funktion hos andningsskydd", 2, 4,
         "Andningsskydd och rökdykarutrustning kontrolleras enligt AFS", "Genomgång av kontrollprotokoll",
         "Delår, helår", "Andningsskyddsansvarig", "G", "Protokoll kompletta för samtliga stationer.", "Nej",
         None, "GENOMFORD", "nej"),
        (7, "Ekonomi", "Felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Helår", "Förbundsekonom", "E",
         "Ej genomförd, genomförs i oktober i samband med byte av ekonomisystem.", None, None,
         "EJ_GENOMFORD", ""),
        (8, "Styrning", "Otydlig ansvarsfördelning mot medlemskommunerna", 2, 2,
         "Avtalen med medlemskommunerna om sotning följs upp", "Dokumentgranskning",
         "Delår", "Förbundsdirektör", "U", "Utgår enligt direktionsbeslut 2025-04-24 § 12.", None, None,
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Södra Bohusläns räddningstjänstförbund – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd av direktionen 2024-12-05 § 41"
    ph = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
          "Kontrollmoment", "Metod", "Uppföljning", "Ansvarig"]
    hdr_row(ws, 4, ph, fill="FFFCE4D6")
    r = 5
    for c in ctrls:
        data_row(ws, r, [c[0], c[1], c[2], c[3], c[4], None, c[5], c[6], c[7], c[8]])
        ws.cell(row=r, column=6, value=f"=D{r}*E{r}")
        r += 1
    set_widths(ws, {"A": 5, "B": 16, "C": 34, "D": 12, "E": 12, "F": 10, "G": 50, "H": 30,
                    "I": 14, "J": 22})

    def follow_sheet(title, period_txt, filled):
        s = wb.create_sheet(title)
        s["A1"] = f"Uppföljning internkontrollplan 2025 – {period_txt}"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = "Södra Bohusläns räddningstjänstförbund"
        fh = ["Nr", "Kontrollmoment", "Status", "Resultat av kontrollen", "Avvikelse (Ja/Nej)",
              "Åtgärd"]
        hdr_row(s, 4, fh, fill="FFFCE4D6")
        rr = 5
        for c in ctrls:
            if filled:
                data_row(s, rr, [c[0], c[5], c[9], c[10], c[11], c[12]])
            else:
                data_row(s, rr, [c[0], c[5], None, None, None, None])
            rr += 1
        rr += 1
        s.cell(row=rr, column=1, value="Statuskoder: G = Genomförd, D = Delvis genomförd, "
                                       "E = Ej genomförd, U = Utgår")
        s.cell(row=rr, column=1).font = Font(italic=True)
        if filled:
            s.cell(row=rr + 1, column=1, value="Rapporterad till direktionen 2025-09-25. "
                                               "Kontaktperson: Erik Johansson, förbundsekonom")
        set_widths(s, {"A": 5, "B": 50, "C": 9, "D": 60, "E": 12, "F": 38})
        return s

    follow_sheet("Uppföljning delår", "delår (jan–aug)", True)
    follow_sheet("Uppföljning helår", "helår", False)
    for c in ctrls:
        exp(fil, N, c[5], c[13], c[14])
    wb.active = 1
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Stenungsundshem AB - .ods, T1 and delår columns side by side, symbols + legend
# ---------------------------------------------------------------------------
def file_bolag(tmpdir):
    fil = "Stenungsundshem IK-uppföljning delår 2025.ods"
    N = "Stenungsundshem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Bolag: Stenungsundshem AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A3"] = "Rapporttillfälle: Delår (per 31 augusti 2025)"
    hdr_row(ws, 5, ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Utfall T1",
                    "Utfall delår", "Kommentar"], fill="FFD9D9D9")
    rows = [
        ("Uthyrning", "Hyror debiteras enligt gällande hyresavtal", "Ekonomichef", "●", "●",
         "Stickprov 40 avtal. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning", "Kreditkontroll görs vid nyuthyrning enligt uthyrningspolicyn", "Uthyrningschef", "◐", "●",
         "I 2 av 25 fall saknades dokumenterad kreditupplysning. Rutinen har gåtts igenom med uthyrarna.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktionen", "Ekonomichef", "●", None,
         "Kontroll utförd i april, inga avvikelser.", "GENOMFORD", "nej"),
        ("Upphandling", "Avrop på ramavtal för underhållsarbeten följer LOU och avtalsvillkor", "VD", "○", "◐",
         "Genomgång av 2 av 4 ramavtal klar.", "DELVIS", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete dokumenteras i bostadsbeståndet", "Fastighetschef", "○", "○",
         "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Otillåten andrahandsuthyrning upptäcks och åtgärdas", "Uthyrningschef", None, None,
         None, "SAKNAS", ""),
        ("Säkerhet", "Behörigheter i nyckel- och passersystemet är aktuella", "Fastighetschef", None, "–",
         "Utgår, nytt passersystem installeras 2026.", "UTGAR", ""),
        ("Styrning", "Jäv och bisysslor för styrelse och ledande befattningshavare redovisas", "VD", None, "●",
         "Jävsdeklarationer inhämtade från samtliga.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        data_row(ws, r, list(row[:6]))
        for col in (4, 5):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r + 1, column=1, value="●  Genomförd")
    ws.cell(row=r + 2, column=1, value="◐  Påbörjad / delvis genomförd")
    ws.cell(row=r + 3, column=1, value="○  Ej påbörjad")
    ws.cell(row=r + 4, column=1, value="–  Utgår")
    ws.cell(row=r + 6, column=1, value="Avvikelser beskrivs i kolumnen Kommentar.")
    set_widths(ws, {"A": 16, "B": 55, "C": 20, "D": 11, "E": 12, "F": 55})
    fix_wb_props(wb)
    src = os.path.join(tmpdir, "Stenungsundshem IK-uppföljning delår 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "ods", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering e-mail as .txt, no controls
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Sv Internkontroll delår 2025 Stenungsundshem.txt"
    text = (
        "Från: Karin Ek <karin.ek@stenungsundshem.se>\n"
        "Skickat: den 12 september 2025 14:07\n"
        "Till: Ekonomienheten <ekonomi@stenungsund.se>\n"
        "Ämne: SV: Internkontroll delår 2025\n"
        "\n"
        "Hej!\n"
        "\n"
        "Bifogar uppföljningen av bolagets internkontrollplan för delåret 2025.\n"
        "Styrelsen behandlar den på sitt möte den 18 september, så hör av er om något behöver\n"
        "kompletteras innan dess.\n"
        "\n"
        "Med vänlig hälsning\n"
        "Karin Ek\n"
        "Ekonomichef, Stenungsundshem AB\n"
        "\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Ekonomienheten\n"
        "Skickat: den 1 september 2025 08:30\n"
        "Ämne: Internkontroll delår 2025\n"
        "\n"
        "Hej,\n"
        "Påminnelse om att uppföljningen av internkontrollplanen för delår ska vara ekonomienheten\n"
        "tillhanda senast den 15 september.\n"
        "Vänliga hälsningar, Ekonomienheten, Stenungsunds kommun\n"
    )
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-for-byte repeatable."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 9, 0, 0))
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsstaben|Sektor verksamhetsstöd"),
        ("Utbildningsnämnden", "UN|Sektor utbildning"),
        ("Socialnämnden", "SN|Sektor socialtjänst"),
        ("Samhällsbyggnadsnämnden", "SBN|Sektor samhällsbyggnad"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggnadsnämnden"),
        ("Kultur- och fritidsnämnden", "KFN|Sektor kultur och fritid"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Södra Bohusläns räddningstjänstförbund", "SBRF|Räddningstjänstförbundet|Räddningstjänsten"),
        ("Stenungsundshem AB", "Stenungsundshem|SHAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r538-")
    try:
        file_un()
        file_sn()
        file_ks()
        file_samhallsbyggnad()
        file_kfn()
        file_forbund()
        file_bolag(tmpdir)
        file_reject()
        for fil, *_ in FILES:
            if fil.endswith((".xlsx", ".docx", ".ods")) and os.path.exists(os.path.join(OUT, fil)):
                normalize_zip(os.path.join(OUT, fil))
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
