#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r581 – Åstorps kommun, helår 2025.  Builds every file of the round plus
namnder.csv, files.csv and expected.csv.  Run: /usr/bin/python3 make_round.py"""
import csv
import datetime as dt
import glob
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = dt.datetime(2026, 2, 3, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round581"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def s(cell, value):
    """write text that must never become a formula"""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Bildningsnämnden – verksamhetsberättelse (Word) with "Intern kontroll" table
# ---------------------------------------------------------------------------
F1 = "Verksamhetsberättelse 2025 Bildningsnämnden.docx"
BIN = "Bildningsnämnden"
BIN_ROWS = [
    # område, kontrollmoment, resultat, bedömning, status, avvikelse
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov på 40 fakturor från oktober månad. Samtliga fakturor var attesterade av behörig attestant.",
     "Tillfredsställande", "GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av att representation och förtroendekänsliga poster följer kommunens riktlinjer",
     "25 verifikationer granskades. I 4 fall saknades deltagarförteckning och syfte. Rektorerna har påmints om riktlinjen vid rektorsmöte i november.",
     "Delvis tillfredsställande", "GENOMFORD", "ja"),
    ("Elevhälsa och trygghet", "Uppföljning av att anmälningar om kränkande behandling utreds inom 14 dagar",
     "Av 112 anmälningar under året hade 71 utretts inom 14 dagar. Rutinen och mallen i Draftit ses över inför 2026.",
     "Ej tillfredsställande", "GENOMFORD", "ja"),
    ("Elevhälsa och trygghet", "Kontroll av att rutin för frånvarohantering och skolpliktsbevakning följs",
     "Kontrollen har inte genomförts under året på grund av vakans på tjänsten som utvecklingsledare. Kontrollen flyttas till internkontrollplan 2026.",
     "Ej genomförd", "EJ_GENOMFORD", ""),
    ("Upphandling", "Kontroll av att inköp görs från avtalade leverantörer (avtalstrohet)",
     "Avtalstroheten uppgick till 91 procent (målvärde 90 procent).",
     "Tillfredsställande", "GENOMFORD", "nej"),
    ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
     "Kontrollen är påbörjad. Stickprov för vårterminens 21 nyanställningar är klart utan brister; höstterminens anställningar granskas i januari 2026.",
     "–", "DELVIS", "nej"),
    ("Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
     "Samtliga 56 beslut läsåret 2025/26 var fattade av behörig delegat.",
     "Tillfredsställande", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Kontroll av behörigheter i lärplattformen (Unikum) vid avslutad anställning",
     "Kontrollen utgår enligt beslut i Bildningsnämnden 2025-05-20 § 48, då behörighetsstyrningen har flyttats till IT-förvaltningen.",
     "Ej genomförd", "UTGAR", ""),
    ("Lokaler och säkerhet", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
     "14 av 16 enheter hade aktuell dokumentation. Två förskolor har åtgärdat bristerna under december.",
     "Delvis tillfredsställande", "GENOMFORD", "ja"),
]


def make_f1():
    d = docx.Document()
    doc_props(d, "Bildningsförvaltningen Åstorp", "Verksamhetsberättelse 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Åstorps kommun\tVerksamhetsberättelse 2025"
    sec.footer.paragraphs[0].text = "Dnr BIN 2026/14"

    t = d.add_paragraph()
    r = t.add_run("Verksamhetsberättelse 2025")
    r.bold = True
    r.font.size = Pt(26)
    p = d.add_paragraph()
    r = p.add_run("Bildningsnämnden")
    r.font.size = Pt(18)
    d.add_paragraph("Beslutad av Bildningsnämnden 2026-02-17 § 12")
    d.add_page_break()

    d.add_heading("1 Ordförande har ordet", level=1)
    d.add_paragraph(
        "2025 har varit ett år med fortsatt fokus på läsning och trygghet i Åstorps förskolor och skolor. "
        "Den nya Haganässkolan har tagits i bruk och andelen elever i årskurs 9 som är behöriga till "
        "gymnasiet har ökat jämfört med föregående år. Samtidigt har nämnden haft en ansträngd ekonomi "
        "till följd av ökade kostnader för tilläggsbelopp och skolskjuts.")
    d.add_paragraph("Lena Holmberg (S), ordförande")

    d.add_heading("2 Ekonomi", level=1)
    d.add_paragraph("Nämnden redovisar ett underskott om 3,2 mnkr mot budget. Tabellen visar utfall per verksamhet (tkr).")
    eco = [("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),
           ("Förskola", "98 400", "99 950", "-1 550"),
           ("Grundskola och fritidshem", "231 700", "234 120", "-2 420"),
           ("Gymnasieskola", "82 300", "81 640", "660"),
           ("Vuxenutbildning och SFI", "18 900", "18 790", "110"),
           ("Nämnd och förvaltning", "12 600", "12 600", "0"),
           ("Totalt", "443 900", "447 100", "-3 200")]
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(eco):
        cells = tb.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
            if i in (0, len(eco) - 1):
                cells[j].paragraphs[0].runs[0].bold = True

    d.add_heading("3 Måluppfyllelse", level=1)
    d.add_paragraph("Nämndens mål följs upp med indikatorer. Bedömningen görs i tre steg: uppfyllt, delvis uppfyllt, ej uppfyllt.")
    goals = [("Mål", "Indikator", "Utfall 2025", "Bedömning"),
             ("Alla barn och elever ska känna sig trygga", "Andel elever åk 5 som känner sig trygga", "86 %", "Delvis uppfyllt"),
             ("Fler elever ska nå gymnasiebehörighet", "Andel behöriga till yrkesprogram åk 9", "82,4 %", "Uppfyllt"),
             ("Ökad läsförmåga", "Andel elever åk 3 med godkänt nationellt prov i svenska", "74 %", "Ej uppfyllt")]
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(goals):
        cells = tb.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True

    d.add_heading("4 Intern kontroll", level=1)
    d.add_paragraph(
        "Bildningsnämnden antog internkontrollplanen för 2025 den 2025-01-21 § 7. Planen omfattar nio "
        "kontrollmoment. Nedan redovisas resultatet av helårsuppföljningen. Bedömningen anger hur "
        "resultatet av kontrollen bedöms: Tillfredsställande, Delvis tillfredsställande, Ej tillfredsställande "
        "eller Ej genomförd.")
    hdr = ("Kontrollområde", "Kontrollmoment", "Resultat", "Bedömning")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for j, v in enumerate(hdr):
        c = tb.rows[0].cells[j]
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    fills = {"Tillfredsställande": "C6EFCE", "Delvis tillfredsställande": "FFEB9C",
             "Ej tillfredsställande": "FFC7CE", "Ej genomförd": "D9D9D9"}
    prev_area, first_cell = None, None
    for area, km, res, bed, stt, avv in BIN_ROWS:
        cells = tb.add_row().cells
        if area == prev_area:
            first_cell = first_cell.merge(cells[0])
        else:
            cells[0].text = area
            first_cell = cells[0]
        prev_area = area
        cells[1].text = km
        cells[2].text = res
        cells[3].text = bed
        if bed in fills:
            set_cell_shading(cells[3], fills[bed])
        exp(F1, BIN, km, stt, avv)
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning av den interna kontrollen", level=2)
    d.add_paragraph(
        "Av nio kontrollmoment har sex genomförts fullt ut, ett är påbörjat, ett har inte genomförts och ett "
        "har utgått efter beslut. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig, "
        "men att rutinen för utredning av kränkande behandling behöver stärkas.")

    d.add_heading("5 Personal", level=1)
    d.add_paragraph("Antalet tillsvidareanställda uppgick till 612 (598). Sjukfrånvaron minskade till 6,1 procent (6,8).")
    d.save(F1)
    FILES.append((F1, "INLAST", BIN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Vård- och omsorgsnämnden – quarterly tick columns Q1–Q4
# ---------------------------------------------------------------------------
F2 = "Uppföljning internkontrollplan 2025 VON.xlsx"
VON = "Vård- och omsorgsnämnden"
TICK = "✓"
VON_ROWS = [
    ("Myndighetsutövning", [
        ("1.1", "Kontroll av att biståndsbeslut enligt SoL är fattade av behörig delegat", "Stickprov 20 beslut", "Kvartal",
         "Enhetschef myndighet", "XXXX", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 15 brukare per hemtjänstgrupp", "Kvartal", "Enhetschefer hemtjänst", "XXX.",
         "Q4 ej utförd p.g.a. införandet av nytt verksamhetssystem.\nQ1–Q3: 8 av 45 planer upprättade för sent.",
         "DELVIS", "ja"),
        ("1.3", "Uppföljning av att omsorgsavgifter debiteras enligt gällande taxa", "Avstämning debitering mot beslut",
         "Halvår", "Avgiftshandläggare", ".X.X",
         "Felaktig debitering för 3 brukare upptäcktes i Q2, rättat och återbetalt.", "GENOMFORD", "ja"),
    ]),
    ("Hälso- och sjukvård", [
        ("2.1", "Kontroll av läkemedelshantering på särskilda boenden (kvalitetsgranskning av farmaceut)",
         "Extern granskning", "År", "MAS", "..X.",
         "Granskning i september. Brister i signeringslistor på ett boende, handlingsplan upprättad.", "GENOMFORD", "ja"),
        ("2.2", "Kontroll av att avvikelser i verksamhetssystemet hanteras och avslutas inom 30 dagar",
         "Rapport ur systemet", "Kvartal", "MAS", "XXXX", "", "GENOMFORD", "nej"),
    ]),
    ("Ekonomi och personal", [
        ("3.1", "Kontroll av att schemalagd tid stämmer mot utbetald lön för timavlönade", "Stickprov 10 per enhet",
         "Kvartal", "HR-konsult", "XXXX", "Q3: 2 felaktiga utbetalningar har korrigerats.", "GENOMFORD", "ja"),
        ("3.2", "Kontroll av att brukarnas privata medel hanteras enligt rutin", "Inventering av kassor", "Halvår",
         "Enhetschefer SÄBO", "....",
         "Utgår enligt beslut VON 2025-03-19 § 22 – hanteras inom kommunövergripande kontroll.", "UTGAR", ""),
        ("3.3", "Kontroll av att inköp av förbrukningsmaterial sker via avtalad leverantör", "Rapport från e-handel",
         "Halvår", "Controller", "....", "", "SAKNAS", ""),
        ("3.4", "Kontroll av att utdrag ur belastningsregistret finns för personal i LSS-verksamhet",
         "Genomgång av personalakter", "År", "Enhetschef LSS", "....",
         "Ej genomförd under 2025, flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]),
]


def make_f2():
    wb = openpyxl.Workbook()
    wb_props(wb, "Vård- och omsorgsförvaltningen")
    ws = wb.active
    ws.title = "IKP 2025"
    s(ws["A1"], "Vård- och omsorgsnämnden – uppföljning av internkontrollplan 2025")
    ws["A1"].font = Font(bold=True, size=14)
    s(ws["A2"], "Markera med ✓ när kontrollen är utförd för kvartalet. Avvikelser och åtgärder beskrivs i kolumnen Kommentar.")
    ws["A2"].font = Font(italic=True)
    s(ws["A3"], "Uppföljningen avser: Helår 2025 (rapporteras till nämnden 2026-02-18)")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for proc, rows in VON_ROWS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        c = ws.cell(row=r, column=1, value=proc)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for nr, km, met, frek, ans, ticks, kom, stt, avv in rows:
            vals = [nr, proc, km, met, frek, ans] + [TICK if t == "X" else None for t in ticks] + [kom or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP if j not in (7, 8, 9, 10) else Alignment(horizontal="center", vertical="top")
            exp(F2, VON, km, stt, avv)
            r += 1
    r += 1
    s(ws.cell(row=r, column=1), "Antal kontrollmoment: 9")
    s(ws.cell(row=r + 1, column=1), "Signerat: Anna Persson, förvaltningschef, 2026-01-30")
    widths = [6, 20, 48, 26, 9, 20, 5, 5, 5, 5, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Åstorps kommun – Vård- och omsorgsförvaltningen"
    wb.save(F2)
    FILES.append((F2, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3 + 4. Försättsblad template (cover sheet + Kontroller sheet + Listor)
# ---------------------------------------------------------------------------
STATUS_LIST = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Pågår", "Ej genomförd", "Utgår"]


def make_cover_template(fname, namnd_text, forv, dnr, signer, datum, rows, register_name, save_as_xls=False):
    wb = openpyxl.Workbook()
    wb_props(wb, forv)
    fs = wb.active
    fs.title = "Försättsblad"
    s(fs["A1"], "Uppföljning av internkontrollplan")
    fs["A1"].font = Font(bold=True, size=16)
    s(fs["A2"], "Åstorps kommun")
    lab = [("Nämnd:", namnd_text), ("Förvaltning:", forv), ("Period:", "Helår 2025"),
           ("Diarienummer:", dnr), (None, None), ("Underskrift förvaltningschef:", signer), ("Datum:", datum)]
    for i, (a, b) in enumerate(lab, 4):
        if a:
            s(fs.cell(row=i, column=1), a)
            fs.cell(row=i, column=1).font = Font(bold=True)
            c = fs.cell(row=i, column=2, value=b)
            c.border = Border(bottom=THIN)
            if isinstance(b, dt.date):
                c.number_format = "yyyy-mm-dd"
    s(fs["A13"], "Instruktion: Fyll i bladet ”Kontroller”. Status väljs i listan: " + " / ".join(STATUS_LIST) +
      ". Beskriv iakttagelser och eventuella åtgärder. Skicka till ekonomiavdelningen senast 2026-02-06.")
    fs["A13"].alignment = WRAP
    fs.merge_cells("A13:D16")
    fs.column_dimensions["A"].width = 30
    fs.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Kontroller")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Ansvarig", "Status",
           "Resultat / iakttagelser", "Åtgärd"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = WRAP
    for i, (omr, km, risk, met, ans, stat, res, atg, stt, avv) in enumerate(rows, 2):
        vals = [i - 1, omr, km, risk, met, ans, stat or None, res or None, atg or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fname, register_name, km, stt, avv)
    for j, w in enumerate([5, 20, 50, 11, 28, 22, 24, 50, 35], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ls = wb.create_sheet("Listor")
    s(ls["A1"], "Status")
    for i, v in enumerate(STATUS_LIST, 2):
        ls.cell(row=i, column=1, value=v)
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$%d" % (len(STATUS_LIST) + 1), allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G2:G%d" % (len(rows) + 1))
    if save_as_xls:
        tmpdir = tempfile.mkdtemp(prefix="r581_")
        tmp = os.path.join(tmpdir, os.path.splitext(fname)[0] + ".xlsx")
        wb.save(tmp)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "xls",
                        "--outdir", tmpdir, tmp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmpdir, fname), fname)
        shutil.rmtree(tmpdir)
    else:
        wb.save(fname)
    FILES.append((fname, "INLAST", register_name, "2025", "HELAR"))


F3 = "SBN uppföljning intern kontroll helår 2025.xlsx"
SBN = "Samhällsbyggnadsnämnden"
SBN_ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "2×3", "Stickprov 30 fakturor",
     "Controller", "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Myndighetsutövning", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "3×3",
     "Rapport ur ärendesystemet", "Bygglovschef", "Genomförd med avvikelse",
     "9 av 148 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.",
     "Ny bevakningsrutin i ärendesystemet från november.", "GENOMFORD", "ja"),
    ("Myndighetsutövning", "Kontroll av att bygglovsavgifter debiteras enligt gällande taxa", "2×2",
     "Stickprov 20 ärenden", "Administratör bygglov", "Genomförd", "Samtliga 20 ärenden korrekt debiterade.", "",
     "GENOMFORD", "nej"),
    ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "3×2",
     "Genomgång av inköp i e-handelssystemet", "Upphandlare", "Delvis genomförd",
     "Genomgång av första halvåret klar, inga brister. Andra halvåret pågår.", "", "DELVIS", "nej"),
    ("Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hissar, lekplatser) utförs enligt plan", "2×4",
     "Avstämning mot besiktningsplan", "Fastighetschef", "Ej genomförd",
     "Besiktningsplanen har inte uppdaterats på grund av vakanser.", "Genomförs Q1 2026.", "EJ_GENOMFORD", ""),
    ("Gata/park", "Kontroll av att grävtillstånd i allmän mark följs upp med slutbesiktning", "2×2",
     "Genomgång av tillstånd", "Gatuingenjör", "",
     "Kontrollen genomförd i november. Samtliga 12 tillstånd slutbesiktigade utan anmärkning.", "",
     "GENOMFORD", "nej"),
    ("Avtal", "Kontroll av att avtal med entreprenörer för vinterväghållning följs", "2×3",
     "Uppföljningsmöten och fakturagranskning", "Driftchef gata", "Utgår",
     "Avtalet upphandlas om inför säsongen 2026/27; kontrollen ersätts i plan 2026.", "", "UTGAR", ""),
    ("Informationssäkerhet", "Kontroll av att personuppgiftsbehandlingar finns registrerade i registerförteckningen",
     "2×3", "Genomgång med dataskyddssamordnare", "Förvaltningschef", "Genomförd",
     "Två behandlingar (felanmälan via app, parkeringstillstånd) saknades och har lagts till.", "",
     "GENOMFORD", "ja"),
]

F4 = "Överförmyndarnämnden IK-uppföljning 2025.xls"
OFN = "Överförmyndarnämnden"
OFN_ROWS = [
    ("Tillsyn", "Granskning av årsräkningar inom sex månader efter inlämning", "3×3", "Rapport ur Wärna",
     "Handläggare", "Genomförd med avvikelse", "12 av 198 årsräkningar granskades senare än sex månader.",
     "Extra granskningsresurs under våren 2026.", "GENOMFORD", "ja"),
    ("Förordnande", "Kontroll av att nya ställföreträdare är lämplighetsprövade (kreditupplysning, belastningsregister)",
     "2×4", "Genomgång av samtliga nya uppdrag", "Samordnare", "Genomförd",
     "Samtliga 17 nya ställföreträdare kontrollerade utan anmärkning.", "", "GENOMFORD", "nej"),
    ("Arvoden", "Kontroll av att arvode till ställföreträdare beräknas enligt nämndens riktlinjer", "2×2",
     "Stickprov 25 arvodesbeslut", "Handläggare", "Genomförd", "Stickprov 25 beslut, inga fel.", "",
     "GENOMFORD", "nej"),
    ("Handläggning", "Kontroll av att förteckningar inkommer inom två månader efter förordnande", "2×2",
     "Bevakning i Wärna", "Handläggare", "Pågår", "Uppföljning av påminnelser pågår.", "", "DELVIS", ""),
    ("Arkiv", "Kontroll av att akter gallras enligt dokumenthanteringsplanen", "1×2", "Stickprov i arkivet",
     "Registrator", "Ej genomförd", "", "", "EJ_GENOMFORD", ""),
    ("Handläggning", "Kontroll av att överförmyndarspärrade bankkonton hanteras enligt rutin", "2×3",
     "Stickprov 15 ärenden", "Samordnare", "", "Se bilaga 2.", "", "OKLAR", ""),
]


def make_f3_f4():
    make_cover_template(F3, "Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "SBN 2025/112",
                        "Johan Lindqvist", dt.date(2026, 2, 5), SBN_ROWS, SBN)
    make_cover_template(F4, "Överförmyndarnämnden", "Överförmyndarkansliet", "ÖFN 2025/31",
                        "Maria Ek, överförmyndarhandläggare", dt.date(2026, 1, 29), OFN_ROWS, OFN, save_as_xls=True)


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export – KS + IFN, one row per control and period
# ---------------------------------------------------------------------------
F5 = "Stratsys_export_internkontroll_2026-02-03.csv"
KS = "Kommunstyrelsen"
IFN = "Individ- och familjeomsorgsnämnden"
# each: enhet, km, ansvarig, [(period, status, kommentar)], exp_status, avv
CSV_ROWS = [
    ("Kommunstyrelsen", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
     [("Tertial 1 2025", "Genomförd", "Stickprov 20 fakturor, inga avvikelser."),
      ("Delår 2025", "Genomförd", ""),
      ("Helår 2025", "Genomförd", "Stickprov 50 fakturor. Inga avvikelser.")], "GENOMFORD", "nej"),
    ("Kommunstyrelsen", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
     [("Tertial 1 2025", "Pågående", ""),
      ("Delår 2025", "Genomförd med avvikelse", "Beslut om tjänsteresor anmäldes inte under våren."),
      ("Helår 2025", "Genomförd", "Efter påminnelse i augusti anmäls samtliga beslut. Inga avvikelser under tertial 3.")],
     "GENOMFORD", "nej"),
    ("Kommunstyrelsen", "Kontroll av att löneutbetalningar överensstämmer med beslutad lönerevision", "HR-chef",
     [("Delår 2025", "Ej påbörjad", ""),
      ("Helår 2025", "Delvis genomförd", "Kontrollen klar för kommunledningsförvaltningen,\növriga förvaltningar återstår.")],
     "DELVIS", ""),
    ("Kommunstyrelsen", "Kontroll av att behörigheter i ekonomisystemet avslutas vid avslutad anställning", "Ekonomichef",
     [("Tertial 1 2025", "Ej påbörjad", ""), ("Delår 2025", "Ej påbörjad", ""),
      ("Helår 2025", "Ej genomförd", "Skjuts till 2026 på grund av byte av ekonomisystem.")], "EJ_GENOMFORD", ""),
    ("Kommunstyrelsen", "Kontroll av att diarieföring sker enligt dokumenthanteringsplanen", "Registrator",
     [("Delår 2025", "Pågående", ""),
      ("Helår 2025", "Utgår", "Avbruten genom beslut KS 2025-09-10 § 134.")], "UTGAR", ""),
    ("Kommunstyrelsen", "Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro) för att förhindra bedrägerier",
     "Redovisningsansvarig",
     [("Delår 2025", "Pågående", "Första kontrollen gjord i juni."),
      ("Helår 2025", "", "Genomförd i december. En felaktig ändring upptäcktes och stoppades före utbetalning.")],
     "GENOMFORD", "ja"),
    ("Individ- och familjeomsorgsnämnden",
     "Kontroll av att utredningstiden för barnavårdsutredningar inte överskrider fyra månader", "Enhetschef barn och unga",
     [("Tertial 1 2025", "Genomförd", ""), ("Delår 2025", "Genomförd", ""),
      ("Helår 2025", "Genomförd med avvikelse", "7 av 64 utredningar förlängdes utan dokumenterat beslut.")],
     "GENOMFORD", "ja"),
    ("Individ- och familjeomsorgsnämnden", "Kontroll av att ekonomiskt bistånd utbetalas enligt beslut",
     "Enhetschef försörjningsstöd",
     [("Delår 2025", "Genomförd", ""),
      ("Helår 2025", "Genomförd", "Stickprov 30 ärenden utan anmärkning.")], "GENOMFORD", "nej"),
    ("Individ- och familjeomsorgsnämnden", "Kontroll av att placeringar på HVB sker hos ramavtalade utförare",
     "Enhetschef vuxen",
     [("Delår 2025", "Ej påbörjad", ""),
      ("Helår 2025", "Delvis genomförd", "Kontrollen har endast omfattat placeringar av barn och unga; vuxenplaceringar återstår.")],
     "DELVIS", ""),
    ("Individ- och familjeomsorgsnämnden",
     "Kontroll av att förhandsbedömning av orosanmälningar görs inom 14 dagar", "Enhetschef barn och unga",
     [("Tertial 1 2025", "Genomförd", ""), ("Delår 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "")],
     "GENOMFORD", "nej"),
    ("Individ- och familjeomsorgsnämnden", "Kontroll av att journalanteckningar förs löpande i verksamhetssystemet",
     "Verksamhetschef IFO",
     [("Delår 2025", "Ej påbörjad", ""),
      ("Helår 2025", "Ej genomförd", "Ej påbörjad på grund av hög arbetsbelastning.")], "EJ_GENOMFORD", ""),
]


def make_f5():
    with open(F5, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
                    "Senast ändrad"])
        dates = {"Tertial 1 2025": "2025-05-12", "Delår 2025": "2025-09-18", "Helår 2025": "2026-01-27"}
        for enhet, km, ans, periods, stt, avv in CSV_ROWS:
            for per, stat, kom in periods:
                w.writerow([enhet, "Internkontrollplan 2025", km, ans, per, stat, kom, dates[per]])
            exp(F5, enhet, km, stt, avv)
    FILES.append((F5, "INLAST", KS, "2025", "HELAR"))
    FILES.append((F5, "INLAST", IFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – Word numbered list, "Status: … Kommentar: …"
# ---------------------------------------------------------------------------
F6 = "Uppföljning intern kontroll 2025 helår.docx"
KFN = "Kultur- och fritidsnämnden"
KFN_ROWS = [
    ("Kontroll av att bidrag till föreningar betalas ut enligt bidragsreglerna",
     "Genomförd.", "Samtliga 34 aktivitetsstöd kontrollerade mot närvarolistor, inga avvikelser.", "GENOMFORD", "nej"),
    ("Kontroll av att kassahanteringen i simhallen sker enligt kassarutinen",
     "Genomförd med avvikelse.", "Kassadifferenser vid två tillfällen utan förklaring; rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("Kontroll av att uthyrning av lokaler och idrottshallar debiteras enligt taxa",
     "Delvis genomförd.", "Idrottshallarna är kontrollerade, Kulturhuset återstår.", "DELVIS", ""),
    ("Kontroll av att ersättningskrav för förkomna medier i biblioteket hanteras enligt rutin",
     "Ej genomförd.", "Kontrollen prioriterades bort under året.", "EJ_GENOMFORD", ""),
    ("Kontroll av att skötselavtal med föreningar för anläggningar följs upp",
     "Utgår.", "Avtalen sades upp och driften övertogs av kommunen 2025-07-01.", "UTGAR", ""),
    ("Kontroll av att inköp över 50 tkr föregås av prisjämförelse",
     "", "Se bilaga 1.", "OKLAR", ""),
    ("Kontroll av att behörigheter i bokningssystemet hålls uppdaterade",
     "Genomförd.", "–", "GENOMFORD", "nej"),
]


def make_f6():
    d = docx.Document()
    doc_props(d, "Kultur och fritid", "Uppföljning intern kontroll 2025")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "ÅSTORPS KOMMUN\nKultur- och fritidsnämnden\tTjänsteskrivelse\tDnr KFN 2026/8"
    fp = sec.footer.paragraphs[0]
    fp.text = "Kultur och fritid, Box 14, 265 21 Åstorp"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph(
        "Nämnden antog i februari 2025 en internkontrollplan med sju kontrollmoment. Förvaltningen redovisar "
        "här resultatet för helåret. Varje kontroll redovisas med status och kommentar.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    for km, stat, kom, stt, avv in KFN_ROWS:
        d.add_paragraph(km, style="List Number")
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.27)
        r = p.add_run("Status: ")
        r.bold = True
        p.add_run((stat + " ") if stat else "")
        r = p.add_run("Kommentar: ")
        r.bold = True
        p.add_run(kom)
        exp(F6, KFN, km, stt, avv)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Tre av sju kontroller har genomförts, en delvis. Förvaltningen föreslår att kontrollen av "
        "ersättningskrav i biblioteket flyttas till internkontrollplan 2026.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("\nPeter Nilsson\nKultur- och fritidschef")
    d.save(F6)
    FILES.append((F6, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Gemensam IT-nämnd Bjuv–Åstorp – codes + traffic light, T2 and helår side by side
# ---------------------------------------------------------------------------
F7 = "IKP 2025 uppföljning Gemensam IT-nämnd Bjuv-Åstorp.xlsx"
ITN = "Gemensamma IT-nämnden Bjuv-Åstorp"
CODEFILL = {"G": "92D050", "GA": "FFFF00", "P": "FFC000", "EG": "FF0000", "U": "BFBFBF"}
IT_ROWS = [
    ("Drift och kontinuitet", [
        ("Kontroll av att säkerhetskopiering av verksamhetssystem sker dagligen och att återläsning testas", "Båda",
         "Driftchef", "Kvartalsvis", "G", "", "G", "Återläsningstest genomfört i oktober utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kontroll av att kritiska säkerhetsuppdateringar installeras inom 30 dagar", "Båda", "Driftchef",
         "Månadsvis", "GA", "Tre servrar låg efter i juni.", "GA",
         "14 servrar låg efter i oktober efter leveransproblem; åtgärdat i november.", "GENOMFORD", "ja"),
    ]),
    ("Behörigheter", [
        ("Kontroll av att konton för avslutade anställda inaktiveras inom fem arbetsdagar", "Båda",
         "IT-säkerhetssamordnare", "Tertialvis", "P", "", "P", "Kontroll för Åstorp klar, Bjuv återstår.",
         "DELVIS", ""),
        ("Kontroll av administratörsbehörigheter i Active Directory", "Båda", "IT-säkerhetssamordnare", "Årligen",
         "", "", "EG", "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
    ]),
    ("Ekonomi och avtal", [
        ("Kontroll av att licenskostnader faktureras Bjuvs kommun enligt samverkansavtalet", "Bjuv", "Controller",
         "Halvårsvis", "G", "", "G", "", "GENOMFORD", "nej"),
        ("Kontroll av att IT-inköp görs via avtalade leverantörer", "Båda", "IT-chef", "Halvårsvis", "P",
         "Genomgång av första halvåret pågår.", "", "", "DELVIS", ""),
        ("Kontroll av att personuppgiftsbiträdesavtal finns för samtliga molntjänster", "Båda", "Dataskyddsombud",
         "Årligen", "G", "", "GA", "Avtal saknades för två skolappar; avtal tecknade i december.",
         "GENOMFORD", "ja"),
    ]),
    ("Incidenthantering", [
        ("Kontroll av att IT-incidenter rapporteras och följs upp enligt incidentrutinen", "Båda",
         "IT-säkerhetssamordnare", "Tertialvis", "G", "", "U",
         "Ersätts av kontroll inom NIS2-arbetet enligt beslut i IT-nämnden 2025-10-22 § 31.", "UTGAR", ""),
    ]),
]


def make_f7():
    wb = openpyxl.Workbook()
    wb_props(wb, "IT-förvaltningen Åstorp")
    ws = wb.active
    ws.title = "Uppföljning"
    s(ws["A1"], "Internkontrollplan 2025 – uppföljning")
    ws["A1"].font = Font(bold=True, size=14)
    s(ws["A2"], "Gemensamma IT-nämnden för Bjuvs och Åstorps kommuner (värdkommun: Åstorps kommun)")
    ws["A2"].font = Font(bold=True)
    hdr1 = ["Process", "Kontrollmoment", "Berör kommun", "Ansvarig", "Planerad frekvens",
            "Uppföljning T2 (jan–aug)", None, "Uppföljning helår (jan–dec)", None]
    hdr2 = [None, None, None, None, None, "Status", "Kommentar", "Status", "Kommentar"]
    for j, h in enumerate(hdr1, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j, h in enumerate(hdr2, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:I4")
    for col in "ABCDE":
        ws.merge_cells("%s4:%s5" % (col, col))
    r = 6
    for proc, rows in IT_ROWS:
        start = r
        for km, kom_, ans, frek, st2, k2, sth, kh, stt, avv in rows:
            vals = [proc if r == start else None, km, kom_, ans, frek, st2 or None, k2 or None, sth or None, kh or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            for col, code in ((6, st2), (8, sth)):
                c = ws.cell(row=r, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if code in CODEFILL:
                    c.fill = PatternFill("solid", fgColor=CODEFILL[code])
            exp(F7, ITN, km, stt, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    s(ws.cell(row=r, column=1), "Teckenförklaring")
    ws.cell(row=r, column=1).font = Font(bold=True)
    legend = [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"), ("P", "Påbörjad / pågår"),
              ("EG", "Ej genomförd"), ("U", "Utgår")]
    for i, (code, txt) in enumerate(legend, r + 1):
        c = ws.cell(row=i, column=1, value=code)
        c.fill = PatternFill("solid", fgColor=CODEFILL[code])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=2, value=txt)
    r = r + len(legend) + 2
    s(ws.cell(row=r, column=1), "Godkänd av Gemensamma IT-nämnden 2026-02-10 § 5. Ordförande: Kent Sjöberg")
    for j, w in enumerate([20, 55, 12, 22, 14, 8, 35, 8, 45], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.oddHeader.right.text = "Dnr ITN 2026/3"
    wb.save(F7)
    FILES.append((F7, "INLAST", ITN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: truncated docx from Söderåsens miljöförbund
# ---------------------------------------------------------------------------
F8 = "Söderåsens miljöförbund uppföljning internkontroll 2025.docx"


def make_f8():
    d = docx.Document()
    doc_props(d, "Söderåsens miljöförbund", "Uppföljning internkontroll 2025")
    d.add_heading("Söderåsens miljöförbund – uppföljning av internkontrollplan 2025", level=1)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for j, v in enumerate(("Kontrollmoment", "Status", "Kommentar")):
        tb.rows[0].cells[j].text = v
    for km, st, ko in [
        ("Kontroll av att tillsynsavgifter debiteras enligt taxa", "Genomförd", "Inga avvikelser."),
        ("Kontroll av att tillsynsplanen följs", "Delvis genomförd", "85 % av planerade besök utförda."),
        ("Attest av leverantörsfakturor", "Genomförd", "")]:
        c = tb.add_row().cells
        c[0].text, c[1].text, c[2].text = km, st, ko
    tmp = tempfile.mktemp(suffix=".docx")
    d.save(tmp)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    with open(F8, "wb") as f:
        f.write(data[: int(len(data) * 0.55)])   # cut: central directory missing
    FILES.append((F8, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BIN, "BIN|Bildningsförvaltningen|Barn- och utbildningsnämnden"),
    (VON, "VON|Vård- och omsorgsförvaltningen|Omsorgsnämnden"),
    (IFN, "IFN|IFO|Individ- och familjeomsorgsförvaltningen"),
    (KFN, "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (OFN, "ÖFN|Överförmyndarkansliet|Överförmyndarenheten"),
    (ITN, "Gemensam IT-nämnd|Gemensamma IT-nämnden för Bjuvs och Åstorps kommuner|IT-nämnden|ITN|IT-förvaltningen"),
    ("Valnämnden", "VN"),
    ("Söderåsens miljöförbund", "SMF|Miljöförbundet|Förbundsdirektionen Söderåsens miljöförbund"),
]


def main():
    for pat in ("*.docx", "*.xlsx", "*.xls", "*.csv"):
        for fn in glob.glob(pat):
            os.remove(fn)
    make_f1()
    make_f2()
    make_f3_f4()
    make_f5()
    make_f6()
    make_f7()
    make_f8()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    main()
