#!/usr/bin/python3
"""Blind round r560 – Ljungby kommun, uppföljning av internkontrollplan tertial 1 (T1) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
directly in the folder of this script. Run: /usr/bin/python3 make_round.py
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
from docx.shared import Pt, Cm, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 5, 12, 9, 0, 0)
YEAR = "2025"
PERIOD = "T1"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Socialnämnden – Word, numbered sections 1.1, 1.2 … with bold labels
# ---------------------------------------------------------------------------
def build_sn_docx():
    fil = "SN uppföljning internkontroll T1 2025.docx"
    namnd = "Socialnämnden"
    sections = [
        ("1", "Ekonomi och administration", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonomisamordnare", "Stickprov om 20 leverantörsfakturor januari–april.",
             "Samtliga 20 fakturor var attesterade av behörig attestant enligt gällande attestordning. "
             "Beloppsgränser har följts.",
             "Genomförd utan avvikelse.", "GENOMFORD", "nej"),
            ("1.2", "Utbetalning av ekonomiskt bistånd sker i enlighet med fattat beslut",
             "Enhetschef försörjningsstöd", "Stickprov om 30 utbetalningar jämförs mot beslut i Viva.",
             "Av 30 granskade utbetalningar avvek två från beslutat belopp (hyra utbetald två gånger "
             "för samma månad). Återkrav har upprättats i båda ärendena.",
             "Genomförd med avvikelse. Rutinen för kontroll före utbetalning förtydligas.",
             "GENOMFORD", "ja"),
            ("1.3", "Kontroll av förtroendekänsliga poster (representation, gåvor och resor)",
             "Controller", "Genomgång av samtliga förtroendekänsliga poster under perioden.",
             "Underlag för januari och februari är genomgångna utan anmärkning. "
             "Mars och april återstår och granskas i maj.",
             "Delvis genomförd. Inga avvikelser hittills.", "DELVIS", "nej"),
        ]),
        ("2", "Myndighetsutövning", [
            ("2.1", "Skyddsbedömning görs inom 24 timmar efter inkommen orosanmälan",
             "Enhetschef barn och familj", "Uttag ur verksamhetssystemet av samtliga orosanmälningar under perioden.",
             "112 orosanmälningar har inkommit under perioden. 109 skyddsbedömdes inom 24 timmar. "
             "Tre anmälningar som kom in på fredagskvällar skyddsbedömdes först på måndagen.",
             "Genomförd med avvikelse. Rutinen för socialjouren vid helger ses över.",
             "GENOMFORD", "ja"),
            ("2.2", "Beslut om att inleda eller inte inleda utredning fattas inom 14 dagar",
             "Enhetschef barn och familj", "Stickprov om 25 ärenden.",
             "Kontrollen är planerad till tertial 2 och har inte påbörjats.",
             "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
            ("2.3", "Vårdplan och genomförandeplan finns för samtliga placeringar på HVB",
             "Enhetschef barn och familj", "Genomgång av samtliga pågående HVB-placeringar.",
             "", "", "SAKNAS", ""),
        ]),
        ("3", "Personal och informationssäkerhet", [
            ("3.1", "Utdrag ur belastningsregistret uppvisas vid nyanställning inom HVB och stödboende",
             "HR-konsult", "Kontroll av samtliga nyanställningar under perioden.",
             "Åtta personer har nyanställts under perioden. Utdrag har uppvisats och noterats för samtliga.",
             "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
            ("3.2", "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
             "Systemförvaltare", "Loggkontroll av 15 slumpvis utvalda akter.",
             "Kontrollmomentet har utgått ur nämndens plan enligt beslut 2025-03-19 § 41. "
             "Loggkontroller görs från 2025 centralt av kommunens informationssäkerhetssamordnare.",
             "Utgår.", "UTGAR", ""),
        ]),
    ]

    d = docx.Document()
    fix_doc_props(d, "Anna Berglund")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungby kommun\tSocialförvaltningen\tDnr SN 2025/0112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning internkontrollplan 2025 – tertial 1"

    d.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    p = d.add_paragraph()
    r = p.add_run("Socialnämnden – tertial 1 (januari–april 2025)")
    r.bold = True
    r.font.size = Pt(13)
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 8). Planen omfattar "
        "åtta kontrollmoment inom tre områden. Enligt kommunens riktlinjer för intern kontroll ska "
        "nämnden följa upp planen per tertial. Nedan redovisas resultatet för tertial 1. För varje "
        "kontrollmoment anges ansvarig, metod, resultat och förvaltningens bedömning.")
    d.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak fungerar, men "
        "att rutinerna för utbetalning av ekonomiskt bistånd och för skyddsbedömningar under helger "
        "behöver stärkas.")

    for num, title, ctrls in sections:
        d.add_heading(f"{num} {title}", level=1)
        for cnum, km, ansv, metod, res, bed, status, avv in ctrls:
            d.add_heading(f"{cnum} {km}", level=2)
            for label, text in (("Ansvarig:", ansv), ("Metod:", metod),
                                ("Resultat:", res), ("Bedömning:", bed)):
                p = d.add_paragraph()
                r = p.add_run(label)
                r.bold = True
                if text:
                    p.add_run(" " + text)
            exp(fil, namnd, km, status, avv)

    d.add_heading("4 Förslag till beslut", level=1)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen för tertial 1 2025.")
    d.add_paragraph("")
    d.add_paragraph("Ljungby 2025-05-12")
    d.add_paragraph("Anna Berglund\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – xlsx with hand-written status words
# ---------------------------------------------------------------------------
def build_bun_xlsx():
    fil = "BUN_IK-plan_2025_uppfoljning_T1.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Maria Sjöstrand")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Ljungby kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Status skrivs som Genomfört / Delvis genomfört / Ej genomfört. Kommentera alltid avvikelser."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status T1", "Kommentar T1"]
    hr = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonom BUF", "Tertial", "Genomfört",
             "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("2", "Avgifter", "Avgifter i förskola och fritidshem debiteras enligt fastställd taxa",
             "Administratör barnomsorgsavgifter", "Tertial", "genomförs",
             "Kontroll av 40 debiteringar pågår, blir klar i juni.", "DELVIS", ""),
            ("3", "Inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Controller", "Halvår", "Ej genomfört",
             "Har inte hunnits med p.g.a. byte av e-handelssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("4", "Närvaro", "Skolans rutin vid upprepad frånvaro följs",
             "Rektorer grundskola", "Tertial", "delvis genomfört",
             "Genomfört på 4 av 7 grundskolor. På två skolor saknades dokumenterad kontakt med "
             "vårdnadshavare vid upprepad ogiltig frånvaro.", "DELVIS", "ja"),
            ("5", "Kränkande behandling",
             "Anmälan om kränkande behandling görs till huvudman enligt rutin",
             "Kvalitetsutvecklare", "Tertial", "Klart!",
             "Alla anmälningar registrerade i DF Respons inom rätt tid.", "GENOMFORD", "nej"),
            ("6", "Skolskjuts", "Beslut om skolskjuts fattas enligt kommunens riktlinjer",
             "Skolskjutshandläggare", "Tertial", "Genomfört",
             "15 beslut granskade. Tre beslut avvek från riktlinjerna (avståndsberäkning) och har rättats.",
             "GENOMFORD", "ja"),
            ("7", "Modersmål", "Elevers rätt till modersmålsundervisning tillgodoses",
             "Verksamhetschef grundskola", "Helår", None,
             "Kontrollen är klar. Samtliga elever som ansökt har fått undervisning, inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("Personal och IT", [
            ("8", "Rekrytering", "Registerkontroll vid anställning i förskola och skola",
             "HR-partner", "Tertial", "genomfört",
             "25 anställningar kontrollerade, ok.", "GENOMFORD", "nej"),
            ("9", "Arbetsmiljö", "Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Förvaltningschef", "Halvår", "ej genomfört",
             "Flyttas till T2.", "EJ_GENOMFORD", ""),
            ("10", "Behörigheter", "Behörighet i lärplattformen Unikum tas bort när anställning avslutas",
             "Systemförvaltare", "Tertial", None, None, "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    for gname, ctrls in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for nr, proc, km, ansv, frek, status_txt, kom, status, avv in ctrls:
            vals = [int(nr), proc, km, ansv, frek, status_txt, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            r += 1
            exp(fil, namnd, km, status, avv)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2025-05-09 / MS")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [5, 20, 48, 24, 10, 16, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 3. Tekniska nämnden – question headers, .xls, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def build_tn_xls(tmp):
    fil = "IK-uppföljning T1 2025 Tekniska.xls"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Johan Ek")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av intern kontroll – tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Svara kort på frågorna. Bifoga underlag vid behov."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Vad kontrolleras?", "Varför? (risk)", "Vem ansvarar?", "Hur gick det?",
           "Vad behöver göras?", "Klart när?"]
    hr = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Att fakturor för VA-anslutningsavgifter skickas ut enligt VA-taxan",
         "Uteblivna intäkter", "Ekonom VA",
         "Alla 12 anslutningar under perioden har fakturerats med rätt belopp. Kontrollen genomförd.",
         "Inget.", "", "GENOMFORD", "nej"),
        ("Att beställningar i e-handelssystemet görs mot upphandlade avtal",
         "Otillåten direktupphandling", "Controller",
         "Stickprov 30 beställningar. 4 beställningar utan avtal (förbrukningsmaterial till verkstaden). "
         "Kontrollen genomförd.",
         "Informera verkstaden om ramavtalet för förbrukningsmaterial.", "2025-06-30",
         "GENOMFORD", "ja"),
        ("Att körjournaler för kommunens fordon fylls i",
         "Otillåtet privat nyttjande,\nförmånsbeskattning", "Fordonssamordnare",
         "Halva fordonsparken är kontrollerad, resten görs i maj.",
         "Slutföra kontrollen.", "maj 2025", "DELVIS", ""),
        ("Att besiktning av lekplatser görs enligt plan",
         "Olyckor, skadeståndskrav", "Parkchef",
         "Vårbesiktningen är inte påbörjad. Den görs i maj–juni enligt avtal med besiktningsföretaget.",
         "", "juni 2025", "EJ_GENOMFORD", ""),
        ("Att vinterväghållningen utförs enligt avtal med entreprenörerna",
         "Bristande framkomlighet, felaktig ersättning", "Gatuchef",
         "Se bilaga 2.", "", "", "OKLAR", ""),
        ("Att matsvinnet i kostverksamheten mäts och rapporteras",
         "Ökade kostnader, miljömål nås inte", "Kostchef",
         "Mätning gjord vecka 10–12 i samtliga kök. Svinnet ligger under målvärdet 35 g/portion.",
         "Fortsätta mäta enligt plan.", "", "GENOMFORD", "nej"),
        ("Att avtal för externt inhyrda lokaler förlängs eller sägs upp i tid",
         "Oönskade avtalsförlängningar", "Lokalstrateg",
         "Ej aktuellt längre – ansvaret för inhyrda lokaler har flyttats till kommunstyrelsen från 1 januari 2025.",
         "Stryks ur planen.", "", "UTGAR", ""),
        ("Att farligt avfall på återvinningscentralen hanteras enligt miljötillståndet",
         "Miljöskada, sanktionsavgift", "Avfallschef",
         "Genomfört. Inga anmärkningar vid egenkontrollen i mars.",
         "", "", "GENOMFORD", "nej"),
        ("Att reservkraften på vattenverken provkörs",
         "Avbrott i vattenförsörjningen", "VA-chef",
         "Provkörning gjord på Ljungby och Lagan vattenverk. Ryssby vattenverk är inte provkört – "
         "aggregatet är trasigt.",
         "Reparera aggregatet i Ryssby och provköra.", "2025-06-15", "DELVIS", "ja"),
    ]
    r = hr + 1
    for n, (km, risk, ansv, hur, vad, klart, status, avv) in enumerate(rows, 1):
        vals = [n, km, risk, ansv, hur, vad, klart]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        r += 1
        exp(fil, namnd, km, status, avv)
    r += 1
    ws.cell(row=r, column=2, value="Uppgiftslämnare: Johan Ek, förvaltningscontroller, 2025-05-07")
    widths = [5, 45, 28, 18, 55, 35, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    src = os.path.join(tmp, "tn_src.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.move(os.path.join(tmp, "tn_src.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 4. Omsorgsnämnden – one control per sheet, each sheet a small form
# ---------------------------------------------------------------------------
def build_on_xlsx():
    fil = "Omsorgsnämnden IK 2025 T1 blanketter.xlsx"
    namnd = "Omsorgsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Karin Holm")
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av intern kontroll 2025",
        "",
        "Varje flik motsvarar ett kontrollmoment i Omsorgsnämndens internkontrollplan 2025.",
        "Fyll i resultat och markera status med X i rätt ruta. Endast ett alternativ ska markeras.",
        "Ange om avvikelse har upptäckts (ja/nej) och vilken åtgärd som vidtas.",
        "Blanketterna skickas till ekonomienheten senast 2025-05-09.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90

    forms = [
        ("1 Avgifter", "Debitering av omsorgsavgifter sker enligt taxa och beslut",
         "Felaktiga avgifter, förtroendeskada", "Avgiftshandläggare",
         "Stickprov om 25 avgiftsbeslut jämförs mot fakturering.",
         "G", "Två av 25 hade fel avgift eftersom inkomstuppgiften inte var uppdaterad. Rättat och "
         "mellanskillnaden återbetald.", "ja", "Årlig inkomstförfrågan skickas ut i tid.",
         "GENOMFORD", "ja"),
        ("2 Läkemedel", "Signeringslistor för läkemedel kontrolleras på särskilt boende",
         "Felaktig läkemedelsbehandling", "MAS",
         "Genomgång av signeringslistor för en vecka på samtliga sex boenden.",
         "D", "Kontrollen gjord på tre av sex boenden (Bolmens, Ågårdens och Lagagårdens). "
         "Inga brister noterade hittills.", "nej", "Resterande boenden kontrolleras i maj.",
         "DELVIS", "nej"),
        ("3 Genomförandeplaner", "Genomförandeplan upprättas inom 14 dagar efter beslut i hemtjänsten",
         "Insatser utförs inte enligt beslut", "Enhetschefer hemtjänst",
         "Uttag ur verksamhetssystemet för nya beslut januari–april.",
         "E", "Har inte genomförts på grund av personalbrist under perioden.", "", "Görs i tertial 2.",
         "EJ_GENOMFORD", ""),
        ("4 Registerkontroll", "Utdrag ur belastningsregistret begärs vid anställning inom LSS",
         "Olämplig personal i verksamheten", "HR-konsult",
         "Kontroll av samtliga anställningar inom LSS under perioden.",
         "G", "Elva anställningar, utdrag finns för samtliga.", "nej", "",
         "GENOMFORD", "nej"),
        ("5 Lex Sarah", "Rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
         "Missförhållanden åtgärdas inte", "Kvalitetsstrateg",
         "Genomgång av samtliga lex Sarah-rapporter.",
         "GD", "Se bifogad rapport.", "", "",
         "OKLAR", ""),
        ("6 Privata medel", "Hantering av brukares privata medel på gruppbostäder",
         "Förskingring, förtroendeskada", "Enhetschefer LSS",
         "Kassainventering på tre gruppbostäder.",
         "", "", "", "",
         "SAKNAS", ""),
        ("7 Nyckelhantering", "Nyckelhantering i hemtjänsten (digitala lås och nyckelkvittens)",
         "Obehörigt tillträde till brukares bostad", "Enhetschefer hemtjänst",
         "Stickprov av nyckelkvittenser.",
         "U", "Utgår enligt beslut i Omsorgsnämnden 2025-02-20 § 12. Ersatt av kontroll av "
         "behörigheter i låssystemet i IK-plan 2026.", "", "",
         "UTGAR", ""),
    ]
    bold = Font(bold=True)
    for sheet, km, risk, ansv, metod, mark, res, avv_txt, atg, status, avv in forms:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Uppföljning intern kontroll 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Nämnd:"
        ws["B2"] = "Omsorgsnämnden"
        ws["A3"] = "Period:"
        ws["B3"] = "Tertial 1 (jan–apr)"
        for rr, lab, val in ((5, "Kontrollmoment", km), (6, "Risk", risk),
                             (7, "Kontrollansvarig", ansv), (8, "Metod/omfattning", metod)):
            ws.cell(row=rr, column=1, value=lab).font = bold
            ws.cell(row=rr, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=5)
            for cc in range(1, 6):
                ws.cell(row=rr, column=cc).border = BOX
        ws.row_dimensions[5].height = 30
        ws.cell(row=10, column=1, value="Status (markera med X)").font = bold
        opts = [("G", "Genomförd"), ("D", "Delvis genomförd"), ("E", "Ej genomförd"), ("U", "Utgår")]
        for j, (code, lab) in enumerate(opts, 2):
            c = ws.cell(row=10, column=j, value=lab)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
            c.border = BOX
            m = ws.cell(row=11, column=j, value="X" if code in mark else None)
            m.alignment = Alignment(horizontal="center")
            m.border = BOX
        for rr, lab, val in ((13, "Resultat/iakttagelser", res), (14, "Avvikelse (ja/nej)", avv_txt),
                             (15, "Åtgärd", atg)):
            ws.cell(row=rr, column=1, value=lab).font = bold
            ws.cell(row=rr, column=2, value=val if val else None).alignment = WRAP
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=5)
            for cc in range(1, 6):
                ws.cell(row=rr, column=cc).border = BOX
        ws.row_dimensions[13].height = 45
        ws["A17"] = "Datum:"
        ws["B17"] = "2025-05-08" if status != "SAKNAS" else None
        ws["C17"] = "Signatur:"
        ws.column_dimensions["A"].width = 24
        for col in "BCDE":
            ws.column_dimensions[col].width = 18
        exp(fil, namnd, km, status, avv)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden – .ods, plan with T1/T2/T3 columns and code legend
# ---------------------------------------------------------------------------
def build_mbn_ods():
    fil = "MBN internkontrollplan 2025 med uppföljning.ods"
    namnd = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    doc.automaticstyles.addElement(cellst)
    grp = Style(name="grp", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    grp.addElement(TableCellProperties(backgroundcolor="#FFF2CC", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(grp)
    colstyles = []
    for i, w in enumerate(["4.5cm", "7cm", "2cm", "5cm", "3.5cm", "1.5cm", "1.5cm", "1.5cm", "8cm"]):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    ncol = 9

    def add_row(values, style=None, span_first=False):
        tr = TableRow()
        if span_first:
            tc = TableCell(stylename=style, numbercolumnsspanned=ncol, valuetype="string")
            tc.addElement(P(text=values[0]))
            tr.addElement(tc)
            for _ in range(ncol - 1):
                tr.addElement(CoveredTableCell())
        else:
            for v in values:
                kw = {"stylename": style} if style else {}
                if v is None or v == "":
                    tc = TableCell(**kw)
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v, **kw)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    for line in str(v).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
        t.addElement(tr)

    add_row(["Miljö- och byggnadsnämnden"], title)
    add_row(["Internkontrollplan 2025 med uppföljning"], bold)
    add_row(["Antagen av nämnden 2025-01-15 § 4. Uppföljning per tertial."])
    add_row([])
    add_row(["Teckenförklaring status: G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, "
             "P = Påbörjad, EG = Ej genomförd, U = Utgår"])
    add_row([])
    add_row(["Process", "Kontrollmoment", "Risk-värde", "Kontrollmetod", "Ansvarig",
             "Status T1", "Status T2", "Status T3", "Kommentar"], head)
    groups = [
        ("Bygglov och anmälan", [
            ("Bygglov", "Handläggningstid för bygglov inom 10 veckor (PBL 9 kap. 27 §)", 12,
             "Uttag ur ärendesystemet, samtliga beslut", "Bygglovschef", "GA",
             "3 av 48 ärenden överskred 10 veckor. Avgiften har reducerats enligt PBL.",
             "GENOMFORD", "ja"),
            ("Bygglov", "Avgift för bygglov debiteras enligt gällande taxa", 9,
             "Stickprov 15 ärenden", "Administratör", "G",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Tillsyn", [
            ("Livsmedel", "Kontrollplanen för livsmedelskontroll följs", 12,
             "Avstämning mot kontrollplan", "Miljöchef", "P",
             "35 % av planerade kontroller utförda per 30 april (plan 33 %).", "DELVIS", ""),
            ("Miljö", "Förelägganden om enskilda avlopp följs upp", 8,
             "Genomgång av förelägganden äldre än 2 år", "Miljöinspektör", "",
             "", "SAKNAS", ""),
            ("Ovårdade tomter", "Ärenden om ovårdade tomter följs upp enligt rutin", 6,
             "Genomgång av öppna ärenden", "Byggnadsinspektör", "U",
             "Utgår enligt beslut MBN 2025-03-12 § 28.", "UTGAR", ""),
        ]),
        ("Administration", [
            ("Delegation", "Delegationsbeslut anmäls till nämnden", 9,
             "Jämförelse beslutslista – ärendesystem", "Nämndsekreterare", "G",
             "", "GENOMFORD", "nej"),
            ("Diarieföring", "Inkomna handlingar diarieförs inom två arbetsdagar", 6,
             "Stickprov 30 handlingar", "Registrator", "EG",
             "Flyttad till T2 på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
            ("Jäv", "Jäv beaktas vid handläggning av ärenden", 8,
             "Intervju med handläggare, genomgång av jävsanmälningar", "Förvaltningschef", "G",
             "En handläggare anmälde jäv, ärendet omfördelades. Rutinen fungerar.",
             "GENOMFORD", "nej"),
        ]),
    ]
    for gname, ctrls in groups:
        add_row([gname], grp, span_first=True)
        for proc, km, rv, metod, ansv, t1, kom, status, avv in ctrls:
            add_row([proc, km, rv, metod, ansv, t1, "", "", kom], cellst)
            exp(fil, namnd, km, status, avv)
    add_row([])
    add_row(["Uppföljning T1 sammanställd 2025-05-06 av Erik Lind, miljö- och byggchef"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 6. Stratsys export – CSV with Kommunstyrelsen and Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def build_stratsys_csv():
    fil = "Stratsys_export_internkontroll_20250508.csv"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
           "Avvikelse", "Kommentar"]
    rows = [
        ("Ljungby kommun/Kommunstyrelsen", "Kommunstyrelsen", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
             "Slutförd", "Nej", "Stickprov 40 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Ekonomi", "Ändring av bankkontonummer i leverantörsregistret verifieras",
             "Redovisningschef", "Slutförd", "Ja",
             "Ett bedrägeriförsök med falsk begäran om ändrat bankgiro upptäcktes och stoppades. "
             "Rutinen med återringning fungerade men begäran registrerades innan verifiering.",
             "GENOMFORD", "ja"),
            ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
             "Upphandlingschef", "Pågående", "",
             "Genomgång av Q1 klar, april återstår.", "DELVIS", ""),
            ("Lön", "Nyinlagda anställningar i lönesystemet stäms av mot anställningsavtal",
             "Lönechef", "Slutförd", "Nej", "30 anställningar kontrollerade.", "GENOMFORD", "nej"),
            ("Styrning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
             "Ej påbörjad", "", "Planeras till september.", "EJ_GENOMFORD", ""),
            ("IT", "Behörigheter i ekonomisystemet avslutas när anställning upphör", "IT-chef",
             "Slutförd", "Ja", "Tre konton för avslutade anställningar var fortfarande aktiva. Spärrade.",
             "GENOMFORD", "ja"),
        ]),
        ("Ljungby kommun/Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", [
            ("Kassahantering", "Kontantkassor på bibliotek och badhus stäms av månadsvis",
             "Enhetschef", "Slutförd", "Nej", "Avstämt jan–apr, inga differenser.", "GENOMFORD", "nej"),
            ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningskonsulent",
             "Pågående", "", "Aktivitetsstöd vår kontrolleras i maj.", "DELVIS", ""),
            ("Uthyrning", "Bokade lokaler och anläggningar faktureras", "Bokningsansvarig",
             "Slutförd", "Ja", "Sex bokningar i idrottshallarna var inte fakturerade. Fakturerade i april.",
             "GENOMFORD", "ja"),
            ("Intäkter", "Entréavgifter i badhuset redovisas korrekt", "Badhuschef",
             "", "", "", "SAKNAS", ""),
            ("Personal", "Registerkontroll för ledare i fritidsgårdsverksamheten", "Enhetschef fritid",
             "Ej aktuell", "", "Ingen nyrekrytering under perioden.", "UTGAR", ""),
        ]),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, namnd, ctrls in rows:
            for omr, km, ansv, st, avtxt, kom, status, avv in ctrls:
                w.writerow([org, omr, km, ansv, "Tertial 1 2025", st, avtxt, kom])
                exp(fil, namnd, km, status, avv)
            FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 7. Ljungbybostäder AB – simple Word table (easy)
# ---------------------------------------------------------------------------
def build_lbab_docx():
    fil = "Ljungbybostäder internkontroll T1 2025.docx"
    namnd = "Ljungbybostäder AB"
    d = docx.Document()
    fix_doc_props(d, "Per Nilsson")
    p = d.add_paragraph()
    r = p.add_run("LJUNGBYBOSTÄDER AB")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan – tertial 1 2025").runs[0].bold = True
    d.add_paragraph("Rapport till styrelsen 2025-05-20, ärende 6.")
    rows = [
        ("Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Ekonomichef", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresavier stämmer mot gällande hyresavtal", "Uthyrningschef", "Ja",
         "Stickprov 30 avtal. En avi hade fel parkeringshyra, rättad.", "GENOMFORD", "ja"),
        ("Kravrutin för hyresfordringar följs", "Ekonomichef", "Ja", "OK", "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete (SBA) i flerbostadshus", "Fastighetschef", "Delvis",
         "Genomfört i 14 av 22 fastigheter.", "DELVIS", ""),
        ("Besiktning av lekplatser på bostadsområdena", "Fastighetschef", "Nej",
         "Görs i maj.", "EJ_GENOMFORD", ""),
        ("Behörigheter i fastighetssystemet ses över", "IT-ansvarig", "Ja",
         "Två konsulter hade kvar behörighet trots avslutat uppdrag, borttagna.", "GENOMFORD", "ja"),
    ]
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Utfört", "Kommentar"]):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for km, ansv, utf, kom, status, avv in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate([km, ansv, utf, kom]):
            cells[i].text = v
        exp(fil, namnd, km, status, avv)
    d.add_paragraph("")
    d.add_paragraph("Ljungby den 14 maj 2025")
    d.add_paragraph("Per Nilsson, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) from Omsorgsförvaltningen
# ---------------------------------------------------------------------------
def build_rejected_letter():
    fil = "Följebrev uppföljning IK T1 2025 Omsorg.docx"
    d = docx.Document()
    fix_doc_props(d, "Karin Holm")
    d.add_paragraph("Ljungby kommun\nOmsorgsförvaltningen")
    d.add_paragraph("2025-05-08")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Översändande av uppföljning av intern kontroll, tertial 1 2025").bold = True
    d.add_paragraph(
        "Hej!\n\nHärmed översänds Omsorgsnämndens uppföljning av internkontrollplanen för tertial 1 2025 "
        "i form av ifyllda blanketter, en flik per kontrollmoment. Uppföljningen behandlas av "
        "Omsorgsnämnden vid sammanträdet den 21 maj 2025.")
    d.add_paragraph(
        "Observera att rapporten om lex Sarah som det hänvisas till i blanketten skickas separat "
        "efter att den har avidentifierats. Hör av er om något är oklart.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Holm\nKvalitetsstrateg, Omsorgsförvaltningen\n"
                    "0372-78 xx xx")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round560",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ljungbybostäder AB", "LBAB|Ljungbybostäder"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row) and "\n" not in "".join(row), row
            f.write(";".join(row) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r560_")
    try:
        build_sn_docx()
        build_bun_xlsx()
        build_tn_xls(tmp)
        build_on_xlsx()
        build_mbn_ods()
        build_stratsys_csv()
        build_lbab_docx()
        build_rejected_letter()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
