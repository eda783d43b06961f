#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r566 - Nybro kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from any directory; files land next to this script)
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (ListLevelProperties, ParagraphProperties, Style,
                       TextProperties)
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnadsnämnden"
OFN = "Överförmyndarnämnden"
VAL = "Valnämnden"
NBAB = "Nybro Bostads AB"
NEAB = "Nybro Energi AB"
KSRR = "Kalmarsundsregionens Renhållare"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|SOC|Socialförvaltningen|SOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VAL, "VN"),
    (NBAB, "Nybrobo|NBAB|Nybrobostäder"),
    (NEAB, "NEAB|Nybro Energi|Nybro Elnät AB"),
    (KSRR, "KSRR|Kalmarsundsregionens Renhållare kommunalförbund"),
]


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (deterministic output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 10, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def wb_fixed(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Nybro kommun"
    wb.properties.lastModifiedBy = "Nybro kommun"


def doc_fixed(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen - xlsx, coded control texts, status column "Läge"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppföljning_delår_2025.xlsx"
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Uppföljningsperiod: januari–augusti 2025 (delårsrapport)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Ange Läge med något av alternativen Klar / Pågår / Ej påbörjad / Utgår. "
                "Beskriv eventuella avvikelser och vidtagna åtgärder i kolumnen Kommentar.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:F3")
    ws.row_dimensions[3].height = 30
    hdr = ["Kontrollmoment", "Process", "Ansvarig", "Kontrollfrekvens", "Läge",
           "Kommentar / avvikelse"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("KS-EK-01 Attest av leverantörsfakturor enligt attestordningen", "Ekonomi",
             "Ekonomichef", "Stickprov 2 ggr/år", "Klar",
             "Stickprov 40 fakturor i mars och juni. 2 fakturor attesterade av person utan "
             "attesträtt (vikarierande enhetschef). Attestförteckningen har uppdaterats.",
             "GENOMFORD", "ja"),
            ("KS-EK-02 Representation och förtroendekänsliga poster följer kommunens riktlinjer",
             "Ekonomi", "Redovisningsansvarig", "Halvår", "Pågår",
             "Stickprov för januari–juni genomfört utan avvikelser. Andra halvåret "
             "granskas i samband med bokslutet.", "DELVIS", "nej"),
            ("KS-EK-03 Avtalstrohet vid inköp – kontroll av 30 slumpvis valda inköp mot ramavtal",
             "Inköp", "Upphandlingschef", "Årligen", "Klar", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("KS-EK-04 Ändring av leverantörers bankgiro/kontonummer verifieras enligt rutin",
             "Ekonomi", "Ekonomichef", "Löpande", "Klar",
             "Samtliga 14 ändringar jan–aug kontrollerade. Verifiering med motringning "
             "har skett i alla fall, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("KS-HR-01 Löneutbetalningar – kontroll av att undertecknat anställningsavtal finns "
             "för nyanställda", "Lön", "HR-chef", "Årligen", "Ej påbörjad",
             "Planeras till oktober.", "EJ_GENOMFORD", ""),
            ("KS-HR-02 Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR",
             "HR-chef", "Kvartal", "Pågår",
             "Rehabärenden följs upp månadsvis. Rapport till KS i november.", "DELVIS", ""),
            ("KS-HR-03 Kontroll av att bisysslor är anmälda och bedömda", "HR", "HR-chef",
             "Årligen", "Utgår",
             "Utgår enligt KS beslut 2025-03-05 § 41, ingår i HR:s årliga process.",
             "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("KS-IT-01 Behörigheter i ekonomisystemet Raindance tas bort när anställning upphör",
             "IT", "IT-chef", "Halvår", "Klar",
             "Kontroll i maj: 6 av 52 avslutade anställningar hade kvar behörighet. "
             "Behörigheterna är borttagna och rutinen med HR har förtydligats.",
             "GENOMFORD", "ja"),
            ("KS-IT-02 Test av återläsning av säkerhetskopior", "IT", "IT-chef", "Årligen",
             "Pågår",
             "Återläsningstest för e-post genomfört i juni. Test för verksamhetssystemen "
             "planeras till hösten.", "DELVIS", ""),
        ]),
        ("Ärendehantering", [
            ("KS-ÄH-01 Delegationsbeslut anmäls till kommunstyrelsen", "Nämndadministration",
             "Kanslichef", "Varje sammanträde", "Klar",
             "Kontrolleras inför varje sammanträde. Inga avvikelser.", "GENOMFORD", "nej"),
            ("KS-ÄH-02 Diarieföring av inkommande handlingar sker inom en arbetsdag",
             "Nämndadministration", "Kanslichef", "Stickprov 2 ggr/år", None, "Se bilaga 2",
             "OKLAR", ""),
            ("KS-ÄH-03 Allmänna handlingar lämnas ut utan dröjsmål", "Nämndadministration",
             "Kanslichef", "Årligen", None, None, "SAKNAS", ""),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        for c in range(1, 7):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(r, c).border = BOX
        r += 1
        for km, proc, ansv, frek, lage, komm, st, av in rows:
            vals = [km, proc, ansv, frek, lage, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, KS, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Karin Lindqvist, controller, 2025-09-08")
    ws.cell(r + 1, 1, "Bilaga 2: Stickprovsprotokoll diarieföring (separat fil)")
    widths = [60, 20, 20, 18, 14, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb_fixed(wb)
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden - docx, T1 table then delår table
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = (text or "").split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def file_bun():
    fil = "BUN uppföljning internkontrollplan T1 och delår 2025.docx"
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))
    # (kontrollmoment, T1 status, T1 kommentar, delår status, delår kommentar, exp status, avv)
    ctrl = [
        ("Registerutdrag ur belastningsregistret har uppvisats före anställning inom förskola och skola",
         "Pågår", "Stickprov 15 anställningar under januari–april, inga avvikelser hittills.",
         "Genomförd",
         "Stickprov totalt 30 nyanställningar. 1 anställning saknade dokumenterat utdrag; "
         "utdraget har uppvisats i efterhand.", "GENOMFORD", "ja"),
        ("Ansökningar om skolskjuts handläggs enligt nämndens riktlinjer",
         "Ej påbörjad", "", "Genomförd", "Genomgång av 25 beslut. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Avgifter i förskola och fritidshem debiteras utifrån aktuell inkomstuppgift",
         "Genomförd",
         "Inkomstkontroll mot Skatteverket genomförd i mars. 12 hushåll hade lämnat för låg "
         "inkomstuppgift, efterdebitering sker.", "", "", "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling görs till huvudman skyndsamt",
         "Pågår", "", "Pågår",
         "Sammanställning till nämnden i oktober. Hittills har 3 av 41 anmälningar gjorts "
         "senare än fem dagar efter händelsen.", "DELVIS", "ja"),
        ("Elevers frånvaro följs upp enligt rutin för främjande av närvaro",
         "Ej påbörjad", "", "Ej genomförd",
         "Skjuts till hösten på grund av byte av lärplattform.", "EJ_GENOMFORD", ""),
        ("Inköp görs från upphandlade leverantörer (avtalstrohet)",
         "Pågår", "Läromedel granskas först.", "Delvis genomförd",
         "Kontroll genomförd för läromedel, övriga inköp återstår. Två inköp av möbler "
         "har gjorts utanför avtal.", "DELVIS", "ja"),
        ("Statsbidrag söks och återrapporteras inom angiven tid",
         "Genomförd", "Samtliga ansökningar inskickade i tid.", "Genomförd",
         "Återrapportering av statsbidraget för likvärdig skola klar. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Rutin för hantering av skyddade personuppgifter följs",
         "", "", "Utgår",
         "Kontrollen utgår och ersätts av kommungemensam granskning (KS beslut 2025-05-14 § 77).",
         "UTGAR", ""),
    ]
    d = docx.Document()
    doc_fixed(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Nybro kommun  •  Barn- och utbildningsförvaltningen"
    t = d.add_paragraph()
    run = t.add_run("Uppföljning av internkontrollplan 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_paragraph("Diarienummer: BUN 2024/312   Datum: 2025-09-10")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024, § 118. "
        "Planen följs upp i samband med tertialrapport 1 och delårsrapporten. Nedan redovisas först "
        "uppföljningen per den 30 april och därefter uppföljningen per den 31 augusti. "
        "Statusen bedöms som Genomförd, Delvis genomförd/Pågår, Ej påbörjad/Ej genomförd eller Utgår.")

    def table(title, status_head, idx_status, idx_comment):
        d.add_heading(title, level=2)
        tb = d.add_table(rows=1, cols=4)
        tb.style = "Table Grid"
        for i, h in enumerate(["Nr", "Kontrollmoment", status_head, "Kommentar"]):
            set_cell(tb.rows[0].cells[i], h, bold=True)
        for n, c in enumerate(ctrl, 1):
            row = tb.add_row().cells
            set_cell(row[0], str(n))
            set_cell(row[1], c[0])
            set_cell(row[2], c[idx_status])
            set_cell(row[3], c[idx_comment])
        for row in tb.rows:
            row.cells[0].width = Cm(1)
            row.cells[1].width = Cm(6.5)
            row.cells[2].width = Cm(3)
            row.cells[3].width = Cm(6.5)

    table("Uppföljning tertial 1 (januari–april 2025)", "Status T1", 1, 2)
    d.add_paragraph("")
    table("Uppföljning delår (januari–augusti 2025)", "Status delår", 3, 4)
    d.add_paragraph("")
    d.add_paragraph(
        "Samlad bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
        "De avvikelser som konstaterats har åtgärdats eller följs upp i helårsuppföljningen.")
    d.add_paragraph("Nybro 2025-09-10")
    d.add_paragraph("Anders Sjöberg\nFörvaltningschef")
    for c in ctrl:
        exp(fil, BUN, c[0], c[5], c[6])
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# C. Socialnämnden - xlsx with "Åtgärdad (J/N)" beside status
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_IK_delår2025.xlsx"
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Socialnämnden – Nybro kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Socialförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: Delår (januari–augusti)"
    ws["A3"] = "Uppdaterad: 2025-09-09 av Lena Ek, verksamhetscontroller"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Åtgärdad (J/N)", "Kommentar / åtgärd"]
    R = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(R, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Myndighetsutövning", "Beslut fattas utan delegation",
         "Delegationsbeslut inom försörjningsstöd fattas av behörig handläggare enligt delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef IFO", "Genomförd", "Ja", "J",
         "2 beslut fattade av vikarie utan delegation. Delegationsordningen kompletterades i maj.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av dubbelutbetalningar av ekonomiskt bistånd", "Systemrapport Viva",
         "Enhetschef IFO", "Genomförd", "Nej", "", "Inga dubbelutbetalningar identifierade.",
         "GENOMFORD", "nej"),
        ("LSS", "Beslut verkställs inte i tid",
         "Verkställighet av beslut enligt LSS inom tre månader", "Genomgång av ej verkställda beslut",
         "Verksamhetschef LSS", "Pågående", "Ja", "N",
         "4 ej verkställda beslut om bostad med särskild service, rapporterade till IVO. "
         "Kontrollen fortsätter under hösten.", "DELVIS", "ja"),
        ("Äldreomsorg", "Insatser utförs inte enligt beslut",
         "Genomförandeplaner finns och är uppdaterade inom hemtjänsten", "Stickprov 40 brukare",
         "Verksamhetschef äldreomsorg", "Genomförd", "Ja", "N",
         "9 genomförandeplaner var inte uppdaterade de senaste sex månaderna. "
         "Åtgärdsplan tas fram av enhetscheferna.", "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Brister i läkemedelshanteringen",
         "Avvikelser i läkemedelshanteringen rapporteras och åtgärdas", "Analys av avvikelserapporter",
         "MAS", "Pågående", "Nej", "", "Analys av avvikelserna görs kvartalsvis av MAS.",
         "DELVIS", "nej"),
        ("Personal", "Olämplig person anställs",
         "Registerkontroll vid anställning inom LSS-verksamhet", "Stickprov 20 anställningar",
         "HR-konsult", "Ej genomförd", "", "",
         "Ej genomförd på grund av vakans som HR-konsult. Genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Dokumentation", "Obehörig åtkomst till journaler",
         "Loggkontroll i verksamhetssystemet Lifecare", "20 slumpvisa loggar",
         "Systemförvaltare", "", "Nej", "",
         "Loggkontrollen genomfördes i juni, 20 slumpvisa loggar granskade utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Inköp", "Placeringar köps utanför avtal",
         "Avtalstrohet vid köp av placeringar på HVB", "Genomgång av placeringar",
         "Enhetschef IFO", "Ej aktuell", "", "",
         "Ingår i kommunstyrelsens kommungemensamma kontroll 2025.", "UTGAR", ""),
        ("Ekonomi", "Brukarnas medel hanteras felaktigt",
         "Kontanthantering på boenden (brukarnas medel) – kassaavstämning",
         "Oanmäld kassainventering", "Enhetschefer boende", "Genomförd", "Ja", "J",
         "Differens 350 kr på ett boende, utrett och reglerat.", "GENOMFORD", "ja"),
    ]
    R = 6
    for n, row in enumerate(rows, 1):
        vals = [n] + list(row[:9])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(R, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, SN, row[2], row[9], row[10])
        R += 1
    R += 1
    ws.cell(R, 1, "Åtgärdad (J/N) avser om en konstaterad avvikelse har åtgärdats per uppföljningsdatum.")
    ws.cell(R, 1).font = Font(italic=True, size=9)
    for i, w in enumerate([5, 18, 24, 45, 22, 20, 13, 11, 11, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    wb_fixed(wb)
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# D. Kultur- och fritidsnämnden - pivot-like summary + data sheet
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_internkontroll_2025_delar.xlsx"
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    data = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent",
         "Genomförd", "Ja",
         "Stickprov 12 föreningar. En förening fick aktivitetsstöd för deltagare över åldersgränsen, "
         "återkrav 4 200 kr.", "GENOMFORD", "ja"),
        ("Bidrag", "Redovisning av bidrag till studieförbund har kommit in", "Föreningskonsulent",
         "Genomförd", "Nej", "Samtliga tre studieförbund har redovisat.", "GENOMFORD", "nej"),
        ("Bibliotek", "Kontanthantering vid biblioteken – kassaredovisning och avstämning",
         "Bibliotekschef", "Genomförd", "Nej", "Avstämning sker månadsvis, inga differenser.",
         "GENOMFORD", "nej"),
        ("Anläggningar",
         "Bokning och fakturering av idrottsanläggningar stämmer mot faktiskt nyttjande",
         "Fritidschef", "Pågående", "",
         "Jämförelse för vårterminen klar, höstterminen återstår.", "DELVIS", ""),
        ("Anläggningar", "Egenkontroll av badvattenkvalitet i simhallen", "Badchef", "Genomförd",
         "Ja", "Ett prov i juli visade förhöjt bakterieantal, åtgärdat samma dag.",
         "GENOMFORD", "ja"),
        ("Kulturskola", "Avgifter för kulturskolan debiteras för samtliga inskrivna elever",
         "Kulturskolechef", "Ej påbörjad", "", "Görs i samband med höstterminens start.",
         "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid inköp av konst och offentlig gestaltning", "Kulturchef",
         "Pågående", "Nej", "Inga avvikelser hittills.", "DELVIS", "nej"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser", "Förvaltningschef",
         "Genomförd", "Nej", "Skyddsronder genomförda i april–maj.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ps = wb.active
    ps.title = "Sammanställning"
    ds = wb.create_sheet("Data")
    # data sheet
    hdr = ["ID", "Nämnd", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
           "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ds.cell(1, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    for i, row in enumerate(data, 1):
        vals = ["KFN-%02d" % i, KFN, row[0], row[1], row[2], "Delår 2025", row[3],
                row[4] or None, row[5]]
        for c, v in enumerate(vals, 1):
            ds.cell(i + 1, c, v).alignment = WRAP
        exp(fil, KFN, row[1], row[6], row[7])
    ds.auto_filter.ref = "A1:I%d" % (len(data) + 1)
    for i, w in enumerate([9, 26, 14, 55, 18, 12, 13, 10, 55], 1):
        ds.column_dimensions[get_column_letter(i)].width = w
    # pivot-like summary
    statuses = ["Genomförd", "Pågående", "Ej påbörjad"]
    procs = []
    for row in data:
        if row[0] not in procs:
            procs.append(row[0])
    ps["A1"] = "Nämnd"
    ps["B1"] = KFN
    ps["A2"] = "Period"
    ps["B2"] = "Delår 2025"
    ps["A4"] = "Antal av Kontrollmoment"
    ps["B4"] = "Kolumnetiketter"
    ps["A5"] = "Radetiketter"
    for j, s in enumerate(statuses, 2):
        ps.cell(5, j, s)
    ps.cell(5, len(statuses) + 2, "Totalsumma")
    for c in range(1, len(statuses) + 3):
        ps.cell(5, c).font = Font(bold=True)
        ps.cell(5, c).fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    for pr in sorted(procs):
        ps.cell(r, 1, pr)
        tot = 0
        for j, s in enumerate(statuses, 2):
            n = sum(1 for d in data if d[0] == pr and d[3] == s)
            tot += n
            ps.cell(r, j, n if n else None)
        ps.cell(r, len(statuses) + 2, tot)
        r += 1
    ps.cell(r, 1, "Totalsumma")
    for j, s in enumerate(statuses, 2):
        ps.cell(r, j, sum(1 for d in data if d[3] == s))
    ps.cell(r, len(statuses) + 2, len(data))
    for c in range(1, len(statuses) + 3):
        ps.cell(r, c).font = Font(bold=True)
        ps.cell(r, c).border = Border(top=THIN)
    ps.column_dimensions["A"].width = 26
    for col in "BCDE":
        ps.column_dimensions[col].width = 14
    ps.cell(r + 2, 1, "Underlag: flik Data. Uppdatera pivottabellen efter ändring.").font = Font(italic=True)
    wb_fixed(wb)
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# E. Miljö- och byggnadsnämnden - odt prose with bullet lists per status heading
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN Uppföljning intern kontroll delår 2025.odt"
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    body = Style(name="Body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(body)
    ls = ListStyle(name="Bullets")
    lvl = ListLevelStyleBullet(level=1, bulletchar="•")
    lvl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
    ls.addElement(lvl)
    doc.automaticstyles.addElement(ls)

    def para(text):
        doc.text.addElement(P(stylename=body, text=text))

    def bullets(items):
        lst = List(stylename=ls)
        for it in items:
            li = ListItem()
            li.addElement(P(stylename=body, text=it))
            lst.addElement(li)
        doc.text.addElement(lst)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll – delårsrapport 2025"))
    para("Miljö- och byggnadsnämnden, Nybro kommun")
    para("Nämnden antog internkontrollplanen för 2025 den 12 december 2024, § 143. Planen omfattar "
         "åtta kontrollmoment som valts ut efter förvaltningens risk- och väsentlighetsanalys. "
         "Nedan redovisas läget per den 31 augusti 2025. Kontrollmomenten redovisas utifrån om de "
         "är genomförda, pågående eller ännu inte påbörjade.")
    genomf = [
        "Handläggningstid för bygglov – kontroll att beslut fattas inom tio veckor från komplett ansökan",
        "Avgifter för tillsyn enligt miljöbalken debiteras enligt gällande taxa",
        "Delegationsbeslut anmäls till nämnden",
        "Nya livsmedelsanläggningar registreras inom två veckor från anmälan",
    ]
    pag = [
        "Planerad tillsyn av miljöfarliga verksamheter genomförs enligt tillsynsplanen",
        "Arkivering och gallring av avslutade ärenden i ärendehanteringssystemet",
    ]
    ej = [
        "Jäv och bisysslor bland inspektörer och bygglovshandläggare",
        "Uppföljning av villkor i beviljade strandskyddsdispenser",
    ]
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Genomförda"))
    bullets(genomf)
    para("Kontrollen av handläggningstider visade att 3 av 48 granskade bygglovsärenden överskred "
         "tio veckor utan att förlängd handläggningstid hade meddelats sökanden. Avgiften har "
         "reducerats enligt plan- och bygglagen och rutinen för tidsbevakning har skärpts. "
         "Övriga genomförda kontroller visade inga avvikelser.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Pågående"))
    bullets(pag)
    para("Tillsynen ligger något efter plan; 38 av 70 planerade besök var gjorda per den 31 augusti. "
         "Kontrollen av arkivering och gallring slutförs under hösten tillsammans med kommunarkivet.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Ej påbörjade"))
    bullets(ej)
    para("Kontrollerna har skjutits upp till hösten på grund av personalomsättning och kommer att "
         "redovisas i helårsuppföljningen.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Samlad bedömning"))
    para("Förvaltningen bedömer att den interna kontrollen är tillräcklig men att tidsbevakningen "
         "inom bygglov behöver förbättras.")
    para("Miljö- och byggförvaltningen 2025-09-04")
    para("Maria Holm, förvaltningschef")
    for km in genomf:
        exp(fil, MBN, km, "GENOMFORD", "ja" if km.startswith("Handläggningstid") else "nej")
    for km in pag:
        exp(fil, MBN, km, "DELVIS", "")
    for km in ej:
        exp(fil, MBN, km, "EJ_GENOMFORD", "")
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# F. Stratsys CSV export - two nämnder (SBN and ÖFN)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))
    rows = [
        (SBN, "VA", "Faktura för VA-anslutning skickas efter beslut om förbindelsepunkt",
         "VA-chef", "Slutförd", "Samtliga 11 anslutningar under perioden är fakturerade.",
         "GENOMFORD", "nej"),
        (SBN, "Investeringar", "Kontroll av ÄTA-arbeten i entreprenader mot avtal",
         "Projektchef", "Pågående",
         "Två projekt granskade, ett återstår. 1 ÄTA-arbete saknade skriftlig beställning.",
         "DELVIS", "ja"),
        (SBN, "Gata/park", "Lekplatser besiktigas enligt plan", "Parkchef", "Slutförd",
         "Huvudbesiktning av extern besiktningsman i maj. 7 anmärkningar, samtliga åtgärdade.",
         "GENOMFORD", "ja"),
        (SBN, "Gata/park", "Vinterväghållning – kontroll av entreprenörens utförande mot avtal",
         "Gatuchef", "Slutförd", "Inga avvikelser mot avtal.", "GENOMFORD", "nej"),
        (SBN, "Fastighet", "Hyresavtal för kommunens inhyrda lokaler omförhandlas i tid",
         "Fastighetschef", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        (SBN, "Fordon", "Kontroll av drivmedelskort", "Fordonssamordnare", "Avbruten",
         "Avbruten genom beslut i SBN 2025-04-22 § 58, ersätts av digital körjournal.",
         "UTGAR", ""),
        (SBN, "Ekonomi", "Attest av leverantörsfakturor inom gata/park", "Gatuchef", "Pågående",
         "", "DELVIS", ""),
        (OFN, "Tillsyn", "Årsräkningar granskas inom fastställd tid", "Enhetschef överförmyndare",
         "Pågående", "Granskning av 2024 års årsräkningar: 212 av 245 klara.", "DELVIS", ""),
        (OFN, "Arvoden", "Arvode till ställföreträdare beslutas enligt riktlinjer",
         "Enhetschef överförmyndare", "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (OFN, "Tillsyn", "Förteckningar över huvudmäns tillgångar inkommer inom två månader",
         "Handläggare", "Slutförd",
         "5 förteckningar inkom för sent, påminnelser har skickats och rutinen följs upp.",
         "GENOMFORD", "ja"),
    ]
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig",
           "Uppföljningsperiod", "Status", "Kommentar", "Senast ändrad"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for i, r in enumerate(rows):
        org = "Nybro kommun/" + r[0]
        w.writerow([org, "Internkontrollplan 2025", r[1], r[2], r[3], "Delår 2025", r[4], r[5],
                    "2025-09-0%d %02d:%02d" % (1 + i % 4, 8 + i % 7, (i * 13) % 60)])
        exp(fil, r[0], r[2], r[6], r[7])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# G. Nybro Bostads AB - docx, plan columns + Delår/Helår, symbol legend
# ---------------------------------------------------------------------------
def file_nybrobo():
    fil = "Nybrobo_IK-plan_2025_uppföljning delår.docx"
    FILES.append((fil, "INLAST", NBAB, "2025", "DELAR"))
    rows = [
        ("Hyresadministration", "Felaktig hyra debiteras",
         "Hyreshöjningar enligt 2025 års hyresförhandling har lagts in korrekt i hyressystemet",
         "6", "Ekonomichef", "●", "Stickprov 50 kontrakt.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Ökade kundförluster",
         "Uppföljning av hyresskulder och avhysningsärenden", "9", "Kundansvarig", "◐",
         "Rapporteras månadsvis till VD.", "DELVIS", ""),
        ("Inköp", "Köp utanför avtal",
         "Avrop från ramavtal för fastighetsunderhåll görs enligt avtal", "8", "Teknisk chef", "▲",
         "Två beställningar av målningsarbeten gjordes utan avrop från ramavtal.", "GENOMFORD", "ja"),
        ("Fastighetsunderhåll", "Bristande inomhusmiljö",
         "Obligatorisk ventilationskontroll (OVK) är genomförd och godkänd", "6", "Teknisk chef",
         "●", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor", "4", "Ekonomichef",
         "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("IT", "Obehörig åtkomst", "Behörigheter i fastighetssystemet ses över", "6", "IT-ansvarig",
         "○", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Förtur ges utan grund",
         "Uthyrning sker enligt bolagets uthyrningspolicy (kötid)", "9", "Uthyrningschef", "◐",
         "Stickprov av 20 av 40 kontrakt klart. Ett kontrakt hade tilldelats med förtur utan "
         "dokumenterat beslut.", "DELVIS", "ja"),
    ]
    d = docx.Document()
    doc_fixed(d, "Nybro Bostads AB")
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Nybro Bostads AB (Nybrobo)"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    r = p.add_run("Internkontrollplan 2025 med uppföljning")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Fastställd av styrelsen 2025-02-18. Uppföljning per 2025-08-31 (delår), "
                    "rapporteras till styrelsen 2025-09-23.")
    d.add_paragraph("Teckenförklaring: ● Genomförd utan anmärkning   ◐ Påbörjad   ○ Ej påbörjad   "
                    "▲ Genomförd, avvikelse noterad")
    tb = d.add_table(rows=2, cols=8)
    tb.style = "Table Grid"
    a = tb.cell(0, 0).merge(tb.cell(0, 4))
    set_cell(a, "Plan 2025", bold=True)
    b = tb.cell(0, 5).merge(tb.cell(0, 7))
    set_cell(b, "Uppföljning", bold=True)
    for i, h in enumerate(["Område", "Risk", "Kontrollmoment", "Risk-\nvärde", "Ansvarig",
                           "Delår", "Helår", "Kommentar"]):
        set_cell(tb.cell(1, i), h, bold=True)
    for row in rows:
        cells = tb.add_row().cells
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], "", row[6]]
        for i, v in enumerate(vals):
            set_cell(cells[i], v, size=11 if i == 5 else 9)
            if i == 5:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, NBAB, row[2], row[7], row[8])
    widths = [3, 3.5, 6.5, 1.4, 2.8, 1.4, 1.4, 6.5]
    for row in tb.rows:
        for i, wdt in enumerate(widths):
            row.cells[i].width = Cm(wdt)
    d.add_paragraph("")
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16).")
    d.add_paragraph("Sammanställt av Johan Berg, ekonomichef, 2025-09-02")
    pth = os.path.join(OUT, fil)
    d.save(pth)
    normalize_zip(pth)


# ---------------------------------------------------------------------------
# H. Nybro Energi AB - .xls with traffic-light fill only
# ---------------------------------------------------------------------------
def file_neab():
    fil = "Nybro Energi IK 2025 delår.xls"
    FILES.append((fil, "INLAST", NEAB, "2025", "DELAR"))
    rows = [
        ("Elnät", "Avläsning och debitering av elmätare – kontroll av avvikande förbrukning",
         "Nätchef", "green", "Avvikelselistan hanteras veckovis. Inga fel upptäckta.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestordning", "Ekonomichef",
         "green", "1 faktura attesterad av beställaren själv (jäv), har rättats.", "GENOMFORD", "ja"),
        ("Ekonomi", "Kundfordringar – påminnelse och inkasso enligt kreditpolicy", "Ekonomichef",
         "yellow", "Ny kreditpolicy håller på att implementeras.", "DELVIS", ""),
        ("Fjärrvärme", "Egenkontroll enligt miljötillstånd för värmeverket", "Driftchef värme",
         "green", "Miljörapport inlämnad i mars, inga anmärkningar från tillsynsmyndigheten.",
         "GENOMFORD", "nej"),
        ("IT/OT", "Informationssäkerhet i styrsystem – genomgång av behörigheter",
         "IT-samordnare", "red", "Skjuts till 2026 i avvaktan på ny cybersäkerhetslag.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att elsäkerhetsbehörighet finns för berörd personal",
         "HR-ansvarig", None, "", "SAKNAS", ""),
        ("Inköp", "Direktupphandlingar under gränsvärdet dokumenteras enligt LUF",
         "Inköpsansvarig", "yellow",
         "Genomgång av första halvåret klar, 2 direktupphandlingar saknade dokumentation.",
         "DELVIS", "ja"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    fills = {c: xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                            "borders: left thin, right thin, top thin, bottom thin" % c)
             for c in ("green", "yellow", "red")}
    ws.write(0, 0, "Nybro Energi AB – Internkontroll 2025", title)
    ws.write(1, 0, "Delårsuppföljning januari–augusti 2025")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, bold)
    for i, row in enumerate(rows):
        r = 4 + i
        ws.write(r, 0, i + 1, norm)
        ws.write(r, 1, row[0], norm)
        ws.write(r, 2, row[1], norm)
        ws.write(r, 3, row[2], norm)
        ws.write(r, 4, "", fills[row[3]] if row[3] else norm)
        ws.write(r, 5, row[4], norm)
        exp(fil, NEAB, row[1], row[5], row[6])
    r = 4 + len(rows) + 1
    ws.write(r, 0, "Färgmarkering i kolumnen Status:", xlwt.easyxf("font: bold on"))
    ws.write(r + 1, 0, "", fills["green"])
    ws.write(r + 1, 1, "Utförd")
    ws.write(r + 2, 0, "", fills["yellow"])
    ws.write(r + 2, 1, "Pågår / delvis utförd")
    ws.write(r + 3, 0, "", fills["red"])
    ws.write(r + 3, 1, "Ej utförd")
    ws.write(r + 5, 0, "Godkänd av VD Per Nilsson 2025-09-11")
    for i, wdt in enumerate([5, 16, 55, 18, 10, 55]):
        ws.col(i).width = wdt * 256
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# R. Covering letter (to be rejected)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev SN internkontroll delår 2025.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    d = docx.Document()
    doc_fixed(d, "Socialförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Nybro kommun  •  Socialförvaltningen"
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    p = d.add_paragraph()
    r = p.add_run("Översändande av Socialnämndens uppföljning av internkontrollplan, delår 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen finns i bifogad fil SN_IK_delår2025.xlsx och "
        "behandlades av nämnden den 17 september 2025, § 98.")
    d.add_paragraph(
        "Av nämndens nio kontrollmoment är fem genomförda, två pågående och ett ej genomfört. "
        "Ett kontrollmoment är inte aktuellt då det ingår i kommunstyrelsens kommungemensamma "
        "kontroll. De avvikelser som noterats redovisas tillsammans med vidtagna åtgärder i "
        "bilagan.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Ek\nVerksamhetscontroller, socialförvaltningen\n0481-450 00")
    pth = os.path.join(OUT, fil)
    d.save(pth)
    normalize_zip(pth)


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            f.write(";".join(row) + "\n")


def main():
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_mbn()
    file_stratsys()
    file_nybrobo()
    file_neab()
    file_reject()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
