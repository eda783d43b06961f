#!/usr/bin/python3
"""Blind round r338 - Tallmora kommun, T1 2025 (older office software: .xls/.doc/.odt/.ods).

Run: /usr/bin/python3 make_round.py
Builds all files of the round plus namnder.csv, files.csv and expected.csv in this folder.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableCellProperties, TextProperties,
                       ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round338"
FIXED = dt.datetime(2025, 5, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain, easy .xlsx
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppföljning_internkontroll_T1_2025.xlsx"
    nm = "Kommunstyrelsen"
    rows = [
        # nr, process, risk, kontrollmoment, ansvarig, frekvens, status, kommentar, exp_status, exp_avv
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertialvis",
         "Genomförd", "Stickprov på 25 fakturor. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Dubbla utbetalningar",
         "Kontroll av dubbelbetalningar i leverantörsreskontran", "Redovisningsansvarig", "Månadsvis",
         "Genomförd med avvikelse",
         "En dubbelbetalning (12 400 kr) upptäcktes i februari. Beloppet återbetalt i mars.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Köp utanför avtal",
         "Stickprov av inköp för att kontrollera att ramavtal följs", "Upphandlingsansvarig",
         "Maj och oktober", "Ej påbörjad", "Planeras till maj enligt plan.", "EJ_GENOMFORD", ""),
        (4, "Personal", "Felaktig lön",
         "Kontroll av att löneutbetalningar överensstämmer med anställningsavtal", "HR-chef",
         "Tertialvis", "Pågår", "15 av 30 stickprov granskade, inga fel hittills.", "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Obehörig åtkomst till system",
         "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "IT-samordnare",
         "Halvår", "Delvis genomförd",
         "Behörighetslistan avstämd för ekonomisystemet, lönesystemet återstår.\n"
         "Två konton för avslutade anställningar hittades och har stängts.", "DELVIS", "ja"),
        (6, "Dokumenthantering", "Allmänna handlingar diarieförs inte",
         "Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar", "Registrator",
         "Tertialvis", "Genomförd",
         "Stickprov vecka 10: 38 av 40 handlingar diarieförda i tid. Två handlingar diarieförda efter 5 dagar.",
         "GENOMFORD", "ja"),
        (7, "Ekonomi", "Representation som inte följer riktlinjen",
         "Granskning av representationsfakturor mot riktlinje för representation", "Controller",
         "Helår", "", "", "SAKNAS", ""),
        (8, "Säkerhet", "Bristande krisberedskap",
         "Kontroll av att krisledningsplanen är uppdaterad och övad", "Säkerhetssamordnare",
         "Oktober", "Utgår",
         "Ersätts av länsövergripande övning, beslut KS 2025-02-05 § 23.", "UTGAR", ""),
        (9, "Avtal", "Avtal förlängs eller löper ut obevakat",
         "Genomgång av avtalsdatabasen avseende förlängningsoptioner", "Upphandlingsansvarig",
         "Tertialvis", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    bold = Font(bold=True)
    ws["A1"] = "Tallmora kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: tertial 1 (januari–april 2025)"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens/tidpunkt",
           "Status T1", "Kommentar/resultat"]
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = border
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        exp(fil, nm, row[3], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd, Genomförd med avvikelse, Pågår, "
                                   "Delvis genomförd, Ej påbörjad, Utgår")
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Lena Holm, controller, 2025-05-08")
    for col, w in zip("ABCDEFGH", [5, 18, 28, 48, 20, 16, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Lena Holm"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - .xls (xlwt), traffic-light fills only
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK uppföljning T1 2025.xls"
    nm = "Barn- och utbildningsnämnden"
    G, Y, R, N = "green", "yellow", "red", None
    data = [
        ("Ekonomi", None),
        ("Kontroll att barnomsorgsavgifter debiteras enligt gällande taxa",
         ("Stickprov 20 hushåll", "Controller", "April, oktober", G,
          "20 hushåll kontrollerade, korrekt debitering.", "GENOMFORD", "nej")),
        ("Uppföljning av att inköp görs från upphandlade leverantörer",
         ("Stickprov i e-handelssystemet", "Controller", "Oktober", N, "", "SAKNAS", "")),
        ("Kontroll av att attestordningen följs vid utbetalning av ersättning till fristående förskolor",
         ("Genomgång av utbetalningar jan–mars", "Ekonomichef", "April", R,
          "Ej genomförd p.g.a. vakans på ekonomienheten. Flyttas till T2.", "EJ_GENOMFORD", "")),
        ("Verksamhet", None),
        ("Kontroll att anmälningar om kränkande behandling rapporteras till huvudman inom föreskriven tid",
         ("Genomgång av anmälningar i systemet", "Verksamhetsutvecklare", "Tertialvis", Y,
          "3 av 41 anmälningar rapporterade senare än 5 dagar.\nPåminnelse till rektorer skickad.",
          "GENOMFORD", "ja")),
        ("Uppföljning av elevers frånvaro och att vårdnadshavare kontaktas vid ogiltig frånvaro",
         ("Stickprov på två skolor", "Rektorer", "Tertialvis", G, "", "GENOMFORD", "nej")),
        ("Kontroll av att registerutdrag finns för all nyanställd personal",
         ("Stickprov 10 anställningar", "HR-konsult", "Juni, december", N, "", "SAKNAS", "")),
        ("Kontroll att beslut om skolskjuts fattas enligt delegationsordningen",
         ("Genomgång av beslut", "Skolskjutssamordnare", "April", G, "Se bilaga 1.",
          "GENOMFORD", "nej")),
        ("Personal", None),
        ("Kontroll av sjukfrånvaro och att rehabiliteringsutredning påbörjas vid upprepad korttidsfrånvaro",
         ("Rapport ur HR-systemet", "HR-konsult", "Tertialvis", Y,
          "Rehabutredning saknades för 4 medarbetare. Åtgärd pågår.", "GENOMFORD", "ja")),
        ("Kontroll att systematiskt arbetsmiljöarbete (SAM) dokumenteras på alla enheter",
         ("Enkät till chefer", "Förvaltningschef", "November", N, "", "SAKNAS", "")),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: bold on, height 220;")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    grp = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour pale_blue; "
                      "borders: left thin, right thin, top thin, bottom thin;")
    txt = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    fills = {c: xlwt.easyxf(f"pattern: pattern solid, fore_colour {c}; "
                            "borders: left thin, right thin, top thin, bottom thin;")
             for c in ("green", "yellow", "red")}
    ws.write(0, 0, "Barn- och utbildningsförvaltningen", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning tertial 1", sub)
    ws.write(2, 0, "Rapporteras till nämnden 2025-05-21")
    heads = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "När", "Status", "Kommentar"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, hdr)
    r = 5
    area = None
    for km, info in data:
        if info is None:
            area = km
            ws.write_merge(r, r, 0, 6, km, grp)
            r += 1
            continue
        metod, ansv, nar, colour, komm, st, avv = info
        ws.write(r, 0, area, txt)
        ws.write(r, 1, km, txt)
        ws.write(r, 2, metod, txt)
        ws.write(r, 3, ansv, txt)
        ws.write(r, 4, nar, txt)
        ws.write(r, 5, "", fills[colour] if colour else txt)
        ws.write(r, 6, komm, txt)
        exp(fil, nm, km, st, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring status:", xlwt.easyxf("font: bold on;"))
    ws.write(r + 1, 0, "", fills["green"])
    ws.write(r + 1, 1, "Kontrollen genomförd utan avvikelse")
    ws.write(r + 2, 0, "", fills["yellow"])
    ws.write(r + 2, 1, "Kontrollen genomförd, avvikelse noterad (se kommentar)")
    ws.write(r + 3, 0, "", fills["red"])
    ws.write(r + 3, 1, "Kontrollen ej genomförd")
    ws.write(r + 4, 1, "Ingen färg = kontrollen ska rapporteras vid senare tillfälle")
    for c, w in enumerate([14, 50, 30, 20, 14, 9, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .docx with two tables, symbols with legend in text
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontrollplan T1 2025.docx"
    nm = "Socialnämnden"
    t1 = [
        ("1", "Kontroll att förhandsbedömning vid orosanmälan görs inom 14 dagar",
         "Orosanmälningar inte bedöms i tid", "Stickprov 20 anmälningar/månad", "Enhetschef IFO",
         "◐", "Stickprov jan–feb klart: 18 av 20 inom tid. Mars–april återstår.", "DELVIS", "ja"),
        ("2", "Kontroll att utredningar avslutas inom fyra månader",
         "Barn far illa under lång utredning", "Rapport ur verksamhetssystemet", "Enhetschef IFO",
         "●", "Samtliga 12 granskade utredningar avslutade inom tid.", "GENOMFORD", "nej"),
        ("3", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Beslut fattas utan delegation", "Stickprov 25 beslut", "Sektionschef ekonomiskt bistånd",
         "▲", "Två beslut fattade av handläggare utan delegation. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("4", "Kontroll att utbetalningar av ekonomiskt bistånd motsvarar beslut",
         "Felaktiga utbetalningar", "Avstämning utbetalningslista mot beslut", "Controller",
         "Se bilaga 2", "", "OKLAR", ""),
        ("5", "Kontroll av att placeringar på HVB följer upphandlade avtal",
         "Köp utanför avtal, höga kostnader", "Genomgång av placeringar", "Enhetschef IFO",
         "○", "Planeras till september.", "EJ_GENOMFORD", ""),
    ]
    t2 = [
        ("6", "Kontroll att genomförandeplaner upprättas inom 14 dagar från beslut",
         "Insatser utförs inte enligt beslut", "Stickprov 15 brukare", "Enhetschefer hemtjänst",
         "●", "", "GENOMFORD", "nej"),
        ("7", "Kontroll av avvikelsehantering enligt lex Sarah",
         "Missförhållanden utreds inte", "Genomgång av rapporter", "MAS/kvalitetsutvecklare",
         "◐", "Genomgång av första kvartalet klar. Inga brister.", "DELVIS", "nej"),
        ("8", "Kontroll av läkemedelshantering på särskilda boenden",
         "Felaktig läkemedelshantering", "Egenkontroll med checklista", "MAS",
         "○", "", "EJ_GENOMFORD", ""),
        ("9", "Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst",
         "Obehörig åtkomst till sekretessuppgifter", "Loggkontroll 10 personakter", "Systemförvaltare",
         "", "", "SAKNAS", ""),
        ("10", "Kontroll av att hyror och avgifter på särskilt boende debiteras korrekt",
         "Felaktig debitering", "Stickprov 20 brukare", "Avgiftshandläggare",
         "Utgår", "Kontrollen flyttad till kommunstyrelsens gemensamma plan, beslut SN 2025-03-19 § 41.",
         "UTGAR", ""),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Tallmora kommun\tSocialförvaltningen\tDnr SN 2025/0112"
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 148). "
        "I denna rapport redovisas uppföljningen per den 30 april 2025. Kontroller som enligt planen "
        "genomförs senare under året redovisas i delårsrapporten och i helårsuppföljningen.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("● Genomförd utan anmärkning   ▲ Genomförd med avvikelse (se kommentar)   "
              "◐ Påbörjad/delvis genomförd   ○ Ej påbörjad")
    hdr = ["Nr", "Kontrollmoment", "Risk", "Metod", "Ansvarig", "Status T1", "Kommentar"]

    def table(rows):
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell = t.rows[0].cells[i]
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:7]):
                cells[i].text = v
            exp(fil, nm, row[1], row[7], row[8])
        return t

    d.add_heading("Individ- och familjeomsorg", level=2)
    table(t1)
    d.add_paragraph()
    d.add_heading("Vård och omsorg", level=2)
    table(t2)
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
        "noterats har lett till förtydligade rutiner. Bilaga 2 redovisas muntligt på nämndens sammanträde.")
    d.add_paragraph("Tallmora 2025-05-07")
    d.add_paragraph("Anna Berg\nSocialchef")
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Anna Berg"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Överförmyndarnämnden - text-only .doc (made as .docx, converted)
# ---------------------------------------------------------------------------
def file_ofn(tmp):
    fil = "ÖFN uppföljning intern kontroll jan-apr 2025.doc"
    nm = "Överförmyndarnämnden"
    items = [
        ("Granskning av årsräkningar",
         "Kontroll att samtliga årsräkningar för 2024 har inkommit och granskats senast 30 juni.",
         "Av 212 årsräkningar har 187 inkommit. 25 årsräkningar har inte lämnats in trots att sista dag "
         "var 1 mars; påminnelser och förelägganden har skickats. Granskning pågår, 96 är granskade hittills.",
         "DELVIS", "ja"),
        ("Lämplighetsprövning av ställföreträdare",
         "Kontroll att utdrag ur belastningsregistret och kreditupplysning finns innan förordnande av god man.",
         "Genomförd. Samtliga 9 nya förordnanden under perioden kontrollerade utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Arvoden",
         "Stickprov av att arvodesbeslut överensstämmer med nämndens riktlinjer.",
         "Kontrollen är inte påbörjad. Den görs i samband med årsräkningsgranskningen och redovisas "
         "vid delårsbokslutet.",
         "EJ_GENOMFORD", ""),
        ("Spärrade konton",
         "Kontroll att uttag från spärrade konton har samtyckts av överförmyndaren.",
         "Genomförd med avvikelse. Ett uttag på 8 000 kr hade gjorts utan samtycke. Ärendet utreds och "
         "ställföreträdaren har anmodats att återföra beloppet.",
         "GENOMFORD", "ja"),
        ("Gallring",
         "Kontroll av att akter gallras enligt dokumenthanteringsplanen.",
         "–",
         "SAKNAS", ""),
        ("Handläggningstid byte av ställföreträdare",
         "Kontroll av att ärenden om byte av ställföreträdare handläggs inom tre månader.",
         "Utgår enligt beslut ÖFN 2025-02-20 § 8. Ersätts av löpande nyckeltal i månadsrapporten.",
         "UTGAR", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Tallmora kommun").runs[0].bold = True
    d.add_paragraph("Överförmyndarenheten")
    d.add_paragraph("TJÄNSTESKRIVELSE\t\t2025-05-06")
    d.add_heading("Uppföljning av intern kontroll, januari–april 2025", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden har antagit en plan för intern kontroll för 2025. Nedan redovisas "
        "utfallet av kontrollerna för årets första tertial. Flera kontroller följer årsräkningscykeln och "
        "kommer därför att redovisas mer utförligt i delårsrapporten per 31 augusti.")
    for i, (rubrik, km, res, stt, avv) in enumerate(items, 1):
        h = d.add_paragraph()
        h.add_run(f"{i}. {rubrik}").bold = True
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").italic = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Uppföljning T1: ").italic = True
        p.add_run(res)
        exp(fil, nm, km, stt, avv)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av intern kontroll för januari–april 2025.")
    d.add_paragraph("Karin Lund\nEnhetschef överförmyndarenheten")
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Karin Lund"
    src = os.path.join(tmp, fil[:-4] + ".docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .odt (odfpy), per-tertial code columns
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_IK-plan_2025_uppfoljning.odt"
    nm = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsbidrag", None),
        ("Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         ("Bidragshandläggare", "G", "Stickprov 10 föreningar.", "GENOMFORD", "nej")),
        ("Kontroll att föreningar som erhållit bidrag har lämnat verksamhetsberättelse och ekonomisk redovisning",
         ("Bidragshandläggare", "P", "7 av 34 föreningar saknar redovisning, påminnelse skickad.",
          "DELVIS", "ja")),
        ("Kassahantering", None),
        ("Kontroll av kassarapporter och dagskassor i simhallen",
         ("Badchef", "A", "Differens på 450 kr i februari, utredd och åtgärdad.", "GENOMFORD", "ja")),
        ("Inventering av kassa och växelkassa på biblioteken",
         ("Bibliotekschef", "", "", "SAKNAS", "")),
        ("Lokaler och säkerhet", None),
        ("Kontroll att systematiskt brandskyddsarbete (SBA) genomförs i samtliga anläggningar",
         ("Fritidschef", "E", "Planerad till augusti.", "EJ_GENOMFORD", "")),
        ("Kontroll av att uthyrning av lokaler faktureras enligt taxa",
         ("Bokningsansvarig", "G", "", "GENOMFORD", "nej")),
        ("Kontroll av att avtal med extern kioskverksamhet efterlevs",
         ("Fritidschef", "U", "Avtalet upphörde 2024-12-31.", "UTGAR", "")),
        ("Kontroll att ledare i lovverksamheten har lämnat utdrag ur belastningsregistret",
         ("Fritidsgårdssamordnare", "P",
          "Sportlovsledare kontrollerade utan anmärkning. Sommarlovsledare rekryteras i maj.",
          "DELVIS", "nej")),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cellst)
    grpst = Style(name="Grupp", family="table-cell")
    grpst.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#E2EFDA",
                                         padding="0.05cm"))
    doc.automaticstyles.addElement(grpst)
    widths = ["2.0cm", "6.5cm", "3.0cm", "1.1cm", "1.1cm", "1.1cm", "4.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Kol{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(text="Kultur- och fritidsförvaltningen", stylename=bold))
    doc.text.addElement(H(outlinelevel=1, text="Internkontrollplan 2025 med uppföljning"))
    doc.text.addElement(P(text="Uppföljning tertial 1 (t.o.m. 30 april 2025). Kolumnerna T2 och T3 "
                               "fylls i vid kommande uppföljningar."))
    tbl = Table(name="IK2025")
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def cell(text, style=cellst, bold_=False):
        tc = TableCell(stylename=style, valuetype="string")
        for line in (text.split("\n") if text else [""]):
            tc.addElement(P(text=line, stylename=bold if bold_ else None) if bold_ else P(text=line))
        return tc

    hr = TableRow()
    for h in ["Nr", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]:
        hr.addElement(cell(h, bold_=True))
    tbl.addElement(hr)
    n = 0
    for km, info in rows:
        tr = TableRow()
        if info is None:
            tc = TableCell(stylename=grpst, numbercolumnsspanned=7, valuetype="string")
            tc.addElement(P(text=km, stylename=bold))
            tr.addElement(tc)
            for _ in range(6):
                tr.addElement(CoveredTableCell())
            tbl.addElement(tr)
            continue
        n += 1
        ansv, code, komm, stt, avv = info
        for v in [f"{n}", km, ansv, code, "", "", komm]:
            tr.addElement(cell(v))
        tbl.addElement(tr)
        exp(fil, nm, km, stt, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Förklaring: G = Genomförd utan anmärkning, A = Genomförd med avvikelse, "
                               "P = Påbörjad, E = Ej påbörjad, U = Utgår.", stylename=small))
    doc.text.addElement(P(text="Uppföljningen behandlas av kultur- och fritidsnämnden 2025-05-20.",
                          stylename=small))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsförvaltningen - .ods with two nämnder (two sheets),
#    plan columns + T1/T2/Helår follow-up columns, two header rows
# ---------------------------------------------------------------------------
def file_sbf(tmp):
    fil = "SBF internkontroll T1 2025.ods"
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("Gata/park", "Felaktiga fakturor från entreprenörer", 3, 3,
             "Kontroll av att fakturor från driftentreprenörer stämmer mot avtalade á-priser",
             "Stickprov 15 fakturor", "Tertialvis", "Enhetschef gata/park",
             "Klar", "Två fakturor med felaktigt á-pris, kreditering begärd.", "GENOMFORD", "ja"),
            ("Fastighet", "Eftersatt underhåll", 3, 4,
             "Kontroll att underhållsplanen följs för kommunens fastigheter",
             "Genomgång av underhållsplan", "Halvår", "Fastighetschef",
             "Pågående", "", "DELVIS", ""),
            ("Upphandling", "Direktupphandlingar dokumenteras inte", 2, 3,
             "Kontroll att direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av inköp i e-handeln", "Tertialvis", "Förvaltningscontroller",
             "Klar", "Samtliga 6 direktupphandlingar dokumenterade.", "GENOMFORD", "nej"),
            ("Färdtjänst", "Resor utan giltigt tillstånd", 2, 2,
             "Kontroll av färdtjänstresor mot beviljade tillstånd",
             "Stickprov 50 resor", "Oktober", "Färdtjänsthandläggare",
             "", "", "SAKNAS", ""),
            ("Mark och exploatering", "Felaktig prissättning vid tomtförsäljning", 2, 3,
             "Kontroll att tomtpriser följer beslutad taxa",
             "Genomgång av köpeavtal", "Vid försäljning", "Exploateringsingenjör",
             "Ej startad", "Planeras till hösten.", "EJ_GENOMFORD", ""),
            ("Trafik", "Intäkter redovisas felaktigt", 2, 2,
             "Kontroll av att intäkter från parkeringsautomater redovisas korrekt",
             "Avstämning mot bank", "Tertialvis", "Trafikingenjör",
             "Utgår", "Parkeringsövervakningen övergick till extern part 1 jan 2025.", "UTGAR", ""),
        ]),
        ("MBN", "Miljö- och byggnämnden", [
            ("Bygglov", "Handläggningstid överskrids", 3, 3,
             "Kontroll att bygglov beslutas inom lagstadgad tid (10 veckor)",
             "Rapport ur ärendesystemet", "Tertialvis", "Bygglovschef",
             "Klar", "4 av 63 ärenden över 10 veckor, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
            ("Tillsyn", "Tillsynsplanen följs inte", 3, 3,
             "Kontroll att planerad livsmedelskontroll genomförs enligt kontrollplan",
             "Uppföljning mot kontrollplan", "Tertialvis", "Miljöchef",
             "Pågående", "28 % av årets planerade kontroller utförda, i fas med planen.", "DELVIS", "nej"),
            ("Avgifter", "Felaktig debitering", 2, 2,
             "Kontroll att timavgift för tillsyn debiteras enligt taxa",
             "Stickprov 10 ärenden", "Halvår", "Administratör",
             "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Delegation", "Beslut utan delegation", 2, 3,
             "Kontroll att delegationsbeslut anmäls till nämnden",
             "Jämförelse delegationslista/ärendesystem", "Tertialvis", "Nämndsekreterare",
             "Se separat rapport till MBN 2025-05-14", "", "OKLAR", ""),
            ("Arkiv", "Handlingar gallras felaktigt", 2, 2,
             "Kontroll att bygglovshandlingar arkiveras enligt dokumenthanteringsplanen",
             "Stickprov 20 akter", "November", "Registrator",
             "", "", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för uppföljning av internkontrollplan 2025"
    ins["A1"].font = Font(bold=True, size=12)
    ins["A3"] = "Fyll i kolumnen Status för aktuell period med något av: Klar / Pågående / Ej startad / Utgår."
    ins["A4"] = "Kommentera alltid avvikelser och kontroller som inte är klara."
    ins["A5"] = "Riskvärde = sannolikhet × konsekvens (skala 1–4)."
    ins["A6"] = "Uppföljningen lämnas till ekonomienheten senast 9 maj (T1), 15 september (delår) och 31 januari (helår)."
    ins.column_dimensions["A"].width = 100
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="FCE4D6")
    pfill = PatternFill("solid", fgColor="DDEBF7")
    for sname, nm, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = nm
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
        ws["A2"].font = Font(bold=True)
        # two header rows
        ws.merge_cells("A4:I4")
        ws["A4"] = "Plan (antagen av nämnden december 2024)"
        ws.merge_cells("J4:K4")
        ws["J4"] = "Uppföljning T1"
        ws.merge_cells("L4:M4")
        ws["L4"] = "Uppföljning T2"
        ws.merge_cells("N4:O4")
        ws["N4"] = "Helår"
        h2 = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
              "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar",
              "Status", "Kommentar"]
        for c, h in enumerate(h2, 1):
            for rr in (4, 5):
                cell = ws.cell(row=rr, column=c)
                cell.font = Font(bold=True)
                cell.fill = pfill if c <= 9 else hfill
                cell.border = border
            ws.cell(row=5, column=c, value=h)
        r = 6
        for row in rows:
            proc, risk, s, k, km, metod, frek, ansv, status, komm, est, eavv = row
            vals = [proc, risk, s, k, None, km, metod, frek, ansv, status or None, komm or None,
                    None, None, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = border
            ws.cell(row=r, column=5, value=f"=C{r}*D{r}")
            exp(fil, nm, km, est, eavv)
            r += 1
        ws.cell(row=r + 1, column=1, value="Status: Klar / Pågående / Ej startad / Utgår")
        for col, w in zip("ABCDEFGHIJKLMNO", [16, 26, 11, 11, 9, 45, 24, 12, 20, 14, 40, 10, 20, 10, 20]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", nm, "2025", "T1"))
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    src = os.path.join(tmp, fil[:-4] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)


# ---------------------------------------------------------------------------
# 7. Tallmora Bostäder AB - .xlsx, tick columns, company only in print header
# ---------------------------------------------------------------------------
def file_tbab():
    fil = "IK uppföljning jan-apr 2025.xlsx"
    nm = "Tallmora Bostäder AB"
    rows = [
        # kontrollpunkt, metod, ansvarig, gen, delvis, ej, avvikelse, notering, exp_st, exp_avv
        ("Kontroll att hyresavier stämmer mot gällande hyresavtal", "Stickprov 30 avtal",
         "Ekonomichef", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av kundreskontra och att inkassoärenden hanteras enligt rutin",
         "Genomgång av förfallna fordringar", "Ekonomiassistent", "X", "", "", "Ja",
         "3 ärenden lämnades till inkasso för sent. Rutinen genomgången med berörda.", "GENOMFORD", "ja"),
        ("Kontroll att lägenhetsbesiktning görs vid varje avflyttning",
         "Jämförelse uppsägningar/besiktningsprotokoll", "Förvaltare", "", "X", "", "Nej",
         "Januari–mars kontrollerade, april återstår.", "DELVIS", "nej"),
        ("Kontroll av att lägenhetsfördelning följer uthyrningspolicyn",
         "Stickprov 10 kontrakt", "Uthyrningschef", "X", "", "X", "", "", "OKLAR", ""),
        ("Kontroll av att ramavtal för underhållsentreprenader följs",
         "Genomgång av fakturor", "Teknisk chef", "", "", "X", "",
         "Skjuts till hösten p.g.a. upphandling av nytt ramavtal.", "EJ_GENOMFORD", ""),
        ("Kontroll av behörigheter i fastighetssystemet", "Behörighetslista mot personalförteckning",
         "IT-ansvarig", "", "", "", "", "", "SAKNAS", ""),
        ("Kontroll att attest av fakturor sker enligt attestinstruktionen", "Stickprov 20 fakturor",
         "Ekonomichef", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Perioden januari–april"
    ws["A4"] = "Kontrollpunkt"
    ws["B4"] = "Metod"
    ws["C4"] = "Ansvarig"
    ws.merge_cells("D3:F3")
    ws["D3"] = "Kontrollen är (markera med X)"
    ws["D4"] = "Genomförd"
    ws["E4"] = "Delvis genomförd"
    ws["F4"] = "Ej genomförd"
    ws["G4"] = "Avvikelse (ja/nej)"
    ws["H4"] = "Notering"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for rr in (3, 4):
        for c in range(1, 9):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, horizontal="center" if c in (4, 5, 6, 7) else None)
    for c in range(1, 9):
        ws.cell(row=4, column=c).border = border
    r = 5
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=(v or None))
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (4, 5, 6, 7) else None)
        exp(fil, nm, row[0], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av VD 2025-05-09")
    ws.cell(row=r + 2, column=1, value="Rapporteras till styrelsen 2025-05-22")
    for col, w in zip("ABCDEFGH", [50, 32, 18, 11, 11, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tallmora Bostäder AB"
    ws.oddHeader.right.text = "Intern kontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomi"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (.doc) from Socialförvaltningen
# ---------------------------------------------------------------------------
def file_reject(tmp):
    fil = "Följebrev IK T1 Socialnämnden.doc"
    d = docx.Document()
    d.add_paragraph("Tallmora kommun\nSocialförvaltningen")
    d.add_paragraph("2025-05-15")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, tertial 1 2025", level=2)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för tertial 1 2025. "
        "Uppföljningen behandlades av socialnämnden 2025-05-14, § 52, och nämnden beslutade att "
        "godkänna uppföljningen.")
    d.add_paragraph(
        "Av planens tio kontrollmoment har tre genomförts, två pågår och övriga genomförs senare under "
        "året enligt plan. Bilaga 2 (utbetalningar av ekonomiskt bistånd) eftersänds när den är klar.")
    d.add_paragraph("Bifogas: Uppföljning av internkontrollplan 2025 – tertial 1 (Word).")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Ek\nNämndsekreterare")
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    src = os.path.join(tmp, fil[:-4] + ".docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    register = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Tallmora Bostäder AB", "TBAB|Tallmorabostäder|Bostadsbolaget"),
        ("Tallmora Vatten AB", "TVAB|Tallmora Vatten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(register)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r338_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_ofn(tmp)
        file_kfn()
        file_sbf(tmp)
        file_tbab()
        file_reject(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
