#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r357 - Norrhede kommun, delår 2025 inbox.

Builds 7 follow-up files + 1 file to be rejected, and namnder.csv, files.csv, expected.csv.
Deterministic: fixed document properties and fixed zip timestamps.
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_wb_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def fix_doc_props(d, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.title = title


thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, classic title rows + group headings + status words
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning internkontrollplan KS delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Delårsrapport 1 januari – 31 augusti 2025"
    ws["A4"] = ("Statusalternativ: Genomförd / Pågår / Ej påbörjad / Utgår. "
                "Ange Ja i kolumn Avvikelse om kontrollen visat fel eller brister och beskriv i kommentaren.")
    ws["A4"].font = Font(italic=True, size=9, color="FF595959")
    ws.merge_cells("A4:H4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status delår", "Avvikelse (ja/nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("G", "Ekonomiprocesser"),
        ("1.1", "Inköp och betalning",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per kvartal", "Redovisningschef", "Genomförd", "Nej",
         "Stickprov om 50 fakturor januari–juni. Samtliga attesterade av behörig attestant.",
         "GENOMFORD", "nej"),
        ("1.2", "Inköp och betalning",
         "Inköp görs från avtalade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra, köp över 100 tkr", "Upphandlingschef", "Genomförd", "Ja",
         "Avtalstrohet 87 %. Tre inköp av konsulttjänster utan avtal har identifierats. "
         "Åtgärd: utbildning i direktupphandling för chefer i oktober.",
         "GENOMFORD", "ja"),
        ("1.3", "Representation",
         "Representation och övriga förtroendekänsliga poster följer riktlinjerna",
         "Granskning av samtliga representationsfakturor", "Controller", "Pågår", "Nej",
         "Januari–april granskad utan anmärkning. Maj–augusti granskas i september.",
         "DELVIS", "nej"),
        ("G", "Personal och HR"),
        ("2.1", "Lön",
         "Kontroll av att anställningar som upphört avslutas i lönesystemet",
         "Avstämning mot HR-systemet i mars och augusti", "Lönechef", "Genomförd", "Nej",
         "Båda avstämningarna gjorda. Ingen felaktig utbetalning efter avslutad anställning.",
         "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö",
         "Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) är genomförd",
         "Enkät till samtliga chefer", "HR-chef", "Ej påbörjad", "",
         "Enkäten skickas ut i oktober enligt årshjulet.",
         "EJ_GENOMFORD", ""),
        ("2.3", "Bisysslor",
         "Bisysslor är anmälda och prövade",
         "Stickprov 20 anställda", "HR-chef", "Utgår", "",
         "Utgår enligt KS beslut 2025-04-09 § 67, ersätts av kommungemensam granskning 2026.",
         "UTGAR", ""),
        ("G", "Informationssäkerhet och dokumenthantering"),
        ("3.1", "Behörigheter",
         "Behörigheter i ekonomisystemet motsvarar aktuell befattning",
         "Behörighetsgenomgång med systemförvaltare", "IT-säkerhetssamordnare", "Genomförd", "Ja",
         "Fem konton för personer som slutat var fortfarande aktiva. Kontona spärrades 2025-06-12 "
         "och rutinen för avslut har förtydligats.",
         "GENOMFORD", "ja"),
        ("3.2", "Diarieföring",
         "Allmänna handlingar diarieförs utan dröjsmål",
         "Stickprov 20 inkomna handlingar", "Registrator", "Pågår", "Nej",
         "Stickprov för första halvåret klart, inga avvikelser. Resterande stickprov görs i december.",
         "DELVIS", "nej"),
        ("3.3", "Dataskydd",
         "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
         "Genomgång av förteckningen", "Dataskyddsombud", "", "",
         "Klart. Registerförteckningen uppdaterades och fastställdes av förvaltningschefen i juni.",
         "GENOMFORD", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFDDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Anna Lindqvist, controller, 2025-09-10")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-23")
    for col, w in zip("ABCDEFGH", (6, 20, 45, 32, 20, 13, 11, 60)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    fix_wb_props(wb, "Anna Lindqvist")
    p = os.path.join(HERE, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table, symbols with legend, merged process cells
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)


def file_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    landscape(d)
    d.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tDnr BUN 2024/412"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsbokslut augusti 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 118). Planen omfattar nio "
        "kontrollmoment som följs upp vid delår och helår. Nedan redovisas utfallet för perioden "
        "januari–augusti 2025. Kontroller som inte genomförts under perioden genomförs under hösten och "
        "redovisas i helårsuppföljningen.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("●  Genomförd     ◐  Påbörjad/delvis genomförd     ○  Ej genomförd     ✕  Utgår")
    data = [
        # process, risk, km, resultat, symbol, status, avv
        ("Elevhälsa och särskilt stöd",
         "Elever får inte det stöd de har rätt till",
         "Åtgärdsprogram upprättas inom fyra veckor från att behov av särskilt stöd konstaterats",
         "Stickprov i 30 elevakter vid fyra skolor. 26 av 30 åtgärdsprogram upprättade inom fyra veckor, "
         "fyra ärenden tog upp till sju veckor. Rektorerna har fått återkoppling.",
         "●", "GENOMFORD", "ja"),
        ("Elevhälsa och särskilt stöd",
         "Kränkande behandling utreds inte",
         "Anmälan om kränkande behandling görs till huvudmannen samma dag som händelsen blivit känd",
         "Genomgång av anmälningar januari–juni pågår, sammanställs under september.",
         "◐", "DELVIS", ""),
        ("Skolskjuts",
         "Felaktiga beslut om skolskjuts",
         "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Samtliga 40 granskade beslut fattade av rätt delegat. Inga avvikelser.",
         "●", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Intäktsbortfall",
         "Avgifter i förskola och fritidshem debiteras enligt fastställd taxa",
         "Kontrollen senareläggs till hösten på grund av byte av verksamhetssystem för barnomsorgsavgifter.",
         "○", "EJ_GENOMFORD", ""),
        ("Ekonomi",
         "Obehöriga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor. Inga avvikelser.",
         "●", "GENOMFORD", "nej"),
        ("Personal",
         "Olämplig person anställs i verksamhet med barn",
         "Utdrag ur belastningsregistret har uppvisats före anställning",
         "45 nyanställningar kontrollerade. I två fall saknades registerutdrag i personalakten; "
         "utdragen har i efterhand visats upp. Rektorer påminda om rutinen.",
         "●", "GENOMFORD", "ja"),
        ("Informationssäkerhet",
         "Obehörig åtkomst till elevuppgifter",
         "Behörighet i elevdokumentationssystemet tas bort vid avslutad anställning",
         "Ej aktuell för nämnden 2025 – ingår i kommunstyrelsens kommungemensamma behörighetsgranskning.",
         "✕", "UTGAR", ""),
        ("Informationssäkerhet",
         "Skyddade personuppgifter röjs",
         "Rutinen för elever med skyddade personuppgifter följs",
         "Se bilaga 3.",
         "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Risk", "Kontrollmoment", "Resultat och kommentar", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    start = {}
    for k, row in enumerate(data):
        cells = t.add_row().cells
        set_cell(cells[1], row[1])
        set_cell(cells[2], row[2])
        set_cell(cells[3], row[3])
        set_cell(cells[4], row[4], size=12)
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[2], row[5], row[6])
    # merge process cells vertically
    r = 1
    while r <= len(data):
        proc = data[r - 1][0]
        end = r
        while end < len(data) and data[end][0] == proc:
            end += 1
        top = t.cell(r, 0)
        if end > r:
            top = top.merge(t.cell(end, 0))
        set_cell(top, proc, bold=True)
        r = end + 1
    widths = [Cm(3.5), Cm(4.5), Cm(6.5), Cm(9.5), Cm(1.8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. Åtgärder vidtas "
                    "för de brister som uppmärksammats inom särskilt stöd och registerkontroll.")
    d.add_paragraph("Norrhede 2025-09-08")
    d.add_paragraph("Eva Sandberg\nFörvaltningschef")
    fix_doc_props(d, "Eva Sandberg", "Uppföljning intern kontroll delår 2025")
    pth = os.path.join(HERE, fil)
    d.save(pth)
    normalize_zip(pth)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, traffic-light fills only, T1 / Delår / Helår columns, legend at the right
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN IK-plan 2025 uppföljning delår.xlsx"
    N = "Socialnämnden"
    GREEN = PatternFill("solid", fgColor="FF00B050")
    YELLOW = PatternFill("solid", fgColor="FFFFFF00")
    RED = PatternFill("solid", fgColor="FFFF0000")
    GREY = PatternFill("solid", fgColor="FFA6A6A6")
    F = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY, "": None}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämndens internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningen avser delår januari–augusti 2025. Status markeras med färg i periodkolumnen."
    ws["A2"].font = Font(italic=True)
    # legend at the right
    ws["N2"] = "Färgförklaring"
    ws["N2"].font = Font(bold=True)
    for i, (fill, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                     (RED, "Ej genomförd / ej påbörjad"), (GREY, "Utgår")]):
        ws.cell(row=3 + i, column=14).fill = fill
        ws.cell(row=3 + i, column=14).border = BORDER
        ws.cell(row=3 + i, column=15, value=txt)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "T1", "Delår", "Helår", "Kommentar/åtgärd"]
    HR = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med fattade beslut",
         "Stickprov 20 akter per tertial", "Enhetschef försörjningsstöd", "Tertial", "G", "G",
         "20 akter granskade maj–augusti. En dubbelutbetalning (4 200 kr) upptäcktes och har återkrävts.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Inkomster hos sökande kontrolleras inte", 9,
         "Kontroll mot Försäkringskassan, CSN och Arbetsförmedlingen via SSBTEK görs vid varje ansökan",
         "Stickprov 20 ärenden", "Enhetschef försörjningsstöd", "Tertial", "G", "Y",
         "Kontroll saknades i 3 av 20 ärenden. Åtgärdsplan tas fram, uppföljande stickprov pågår.",
         "DELVIS", "ja"),
        ("Barn och unga", "Utredningar överskrider lagstadgad tid", 16,
         "Barnavårdsutredningar avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "Enhetschef myndighet barn och unga", "Tertial", "Y", "G",
         "Uttag per 31/8: 71 % av utredningarna avslutade inom fyra månader. "
         "Avvikelsen har rapporterats till nämnden 2025-09-17.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Barn i akut behov av skydd uppmärksammas inte", 16,
         "Skyddsbedömning görs samma dag som orosanmälan inkommer",
         "Stickprov 25 orosanmälningar", "Enhetschef mottagning", "Tertial", "G", "G",
         "Samtliga granskade skyddsbedömningar gjorda samma dag.",
         "GENOMFORD", "nej"),
        ("Vuxna med missbruk", "Insatser följs inte upp", 8,
         "Placeringar på HVB följs upp enligt vårdplan",
         "Genomgång av samtliga pågående placeringar", "Enhetschef vuxen", "Årlig", "", "R",
         "Ej påbörjad på grund av vakans. Genomförs oktober–november.",
         "EJ_GENOMFORD", ""),
        ("Vuxna med missbruk", "Köp utanför avtal", 6,
         "Köpta platser följer ramavtal",
         "Kontroll av samtliga placeringsbeslut", "Enhetschef vuxen", "Årlig", "G", "",
         "Granskningen gjordes i april. Samtliga placeringar var gjorda inom ramavtal.",
         "GENOMFORD", "nej"),
        ("Dokumentation", "Obehörig åtkomst till personakter", 12,
         "Loggkontroll i verksamhetssystemet",
         "Stickprov 10 användare per månad", "Systemförvaltare", "Månadsvis", "X", "X",
         "Utgår – ersätts av ny kommungemensam rutin för loggkontroll (KS 2025-03-12 § 41).",
         "UTGAR", ""),
        ("Synpunkter och klagomål", "Klagomål tas inte om hand", 6,
         "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar",
         "Uttag ur synpunktshanteringen", "Kvalitetsutvecklare", "Tertial", "", "", "",
         "SAKNAS", ""),
    ]
    r = HR + 1
    first = {}
    for row in rows:
        proc = row[0]
        if proc not in first:
            first[proc] = [r, r]
            ws.cell(row=r, column=1, value=proc)
        else:
            first[proc][1] = r
        for c, v in enumerate(row[1:7], 2):
            ws.cell(row=r, column=c, value=v)
        for c, code in zip((8, 9), row[7:9]):
            if F[code]:
                ws.cell(row=r, column=c).fill = F[code]
        ws.cell(row=r, column=11, value=row[9] or None)
        for c in range(1, 12):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = WRAP
        exp(fil, N, row[3], row[10], row[11])
        r += 1
    for proc, (a, b) in first.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for col, w in zip("ABCDEFGHIJK", (18, 26, 9, 45, 26, 22, 11, 7, 7, 7, 55)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["O"].width = 26
    r += 1
    ws.cell(row=r, column=1, value="Ansvarig för sammanställning: Jonas Ek, kvalitetsutvecklare")
    fix_wb_props(wb, "Jonas Ek")
    p = os.path.join(HERE, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export - two nämnder, long format with one row per period
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    VON = "Vård- och omsorgsnämnden"
    MHN = "Miljö- och hälsoskyddsnämnden"
    plan = "Internkontrollplan 2025"
    T1, DEL = "Tertial 1 2025", "Delår 2025"
    # org, process, km, ansvarig, [(period, status, avvikelse, kommentar)], expected
    ctl = [
        (VON, "Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras",
         "MAS", [(T1, "Pågående", "", "Kontroll påbörjad på särskilda boenden."),
                 (DEL, "Klar", "Ja", "Brister i signering på två enheter (Björkgården, Solbacken).\n"
                                       "Åtgärdsplan upprättad och uppföljning sker i november.")],
         "GENOMFORD", "ja"),
        (VON, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Enhetschefer hemtjänst", [(T1, "Klar", "Nej", "Stickprov 15 ärenden, samtliga inom 14 dagar."),
                                    (DEL, "Klar", "Nej", "Stickprov 15 ärenden, samtliga inom 14 dagar.")],
         "GENOMFORD", "nej"),
        (VON, "Avgifter", "Fakturerade hemtjänstavgifter stämmer mot utförd tid",
         "Avgiftshandläggare", [(T1, "Ej påbörjad", "", ""),
                                (DEL, "Pågående", "", "Avstämning maj–juni klar, juli–augusti återstår.")],
         "DELVIS", ""),
        (VON, "Kvalitet och tillsyn",
         "Utredningar enligt lex Sarah rapporteras till IVO inom föreskriven tid",
         "Kvalitetsstrateg", [(T1, "Klar", "Nej", "Samtliga sex rapporter granskade, alla inom tid."),
                              (DEL, "", "", "")],
         "GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Nyckelhantering i hemtjänsten följer rutin",
         "Enhetschefer hemtjänst", [(DEL, "Ej aktuell", "", "Nycklar ersatta av digitala lås under våren. "
                                                         "Kontrollmomentet utgår.")],
         "UTGAR", ""),
        (VON, "Personal", "Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS",
         "HR-specialist", [(T1, "", "", ""), (DEL, "", "", "")],
         "SAKNAS", ""),
        (MHN, "Avgifter", "Tillsynsavgifter debiteras enligt taxa",
         "Administrativ chef", [(DEL, "Klar", "Nej", "30 fakturor kontrollerade mot taxa, inga fel.")],
         "GENOMFORD", "nej"),
        (MHN, "Tillsyn", "Planerad tillsyn genomförs enligt tillsynsplanen",
         "Miljöchef", [(DEL, "Pågående", "", "62 % av planerade tillsynsbesök genomförda per 31 augusti.")],
         "DELVIS", ""),
        (MHN, "Myndighetsutövning", "Delegationsbeslut fattas av handläggare utan jäv",
         "Miljöchef", [(DEL, "Ej påbörjad", "", "Granskas i samband med helårsuppföljningen.")],
         "EJ_GENOMFORD", ""),
        (MHN, "Registrering", "Inkomna klagomål diarieförs inom två arbetsdagar",
         "Registrator", [(DEL, "Klar", "Ja", "3 av 25 klagomål diarieförda först efter fem arbetsdagar "
                                              "under semesterperioden.")],
         "GENOMFORD", "ja"),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Rapporteringsperiod",
                "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
    for org, proc, km, ans, periods, st, avv in ctl:
        for per, status, a, kom in periods:
            changed = "2025-05-06" if per == T1 else "2025-09-04"
            if not status and not kom:
                changed = ""
            w.writerow([org, plan, proc, km, ans, per, status, a, kom, changed])
        exp(fil, org, km, st, avv)
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(out.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MHN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - docx, one small form table per control
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning internkontroll delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår januari–augusti", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden").runs[0].bold = True
    d.add_paragraph(
        "Kultur- och fritidsförvaltningen redovisar här uppföljningen av nämndens internkontrollplan per "
        "den 31 augusti 2025. Varje kontrollmoment redovisas i en egen tabell. Status anges som Genomförd, "
        "Genomförd med anmärkning, Delvis genomförd eller Ej genomförd.")
    items = [
        ("Kontanthantering", "Kassaavstämning av kontantkassor på bibliotek och simhall",
         "Enhetschef bibliotek / badmästare", "Oanmäld kassainventering två gånger per termin",
         "Differens om 340 kr i simhallens kassa i juni. Utredd, orsaken var felaktig växelkassa.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut i enlighet med beslut och bidragsregler",
         "Föreningshandläggare", "Kontroll av samtliga utbetalningar mot beslut",
         "Samtliga 18 utbetalningar kontrollerade mot beslut. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Intäkter", "Uthyrning av idrottshallar och lokaler faktureras korrekt",
         "Bokningsansvarig", "Avstämning bokningssystem mot fakturering",
         "Bokningar januari–april kontrollerade. Två bokningar var inte fakturerade, nu åtgärdat. "
         "Maj–augusti kontrolleras i oktober.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("Tillgångar", "Förteckning över kommunens konstsamling finns och är uppdaterad",
         "Kulturstrateg", "Inventering av placerad konst i kommunens lokaler",
         "Inventeringen flyttas till 2026 på grund av personalbrist.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Personal", "Utdrag ur belastningsregistret för ledare vid sommarlovsaktiviteter",
         "Fritidschef", "Kontroll av samtliga ledare anställda för sommaren",
         "Samtliga 27 ledare hade uppvisat registerutdrag före start.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Avgifter", "Avgifter för kulturskolan debiteras enligt fastställd taxa",
         "Kulturskolechef", "Stickprov 20 elever per termin",
         "", "", "SAKNAS", ""),
    ]
    for i, (omr, km, ans, met, res, st, exs, avv) in enumerate(items, 1):
        d.add_heading(f"{i}. {omr}", level=3)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Kontrollmoment", km), ("Ansvarig", ans), ("Metod", met),
                         ("Resultat", res), ("Status", st)]:
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True, size=10)
            set_cell(c[1], val, size=10)
            c[0].width = Cm(3.5)
            c[1].width = Cm(12.5)
        d.add_paragraph()
        exp(fil, N, km, exs, avv)
    d.add_paragraph("Kontrollerna redovisas i sin helhet vid helårsuppföljningen i februari 2026.")
    d.add_paragraph("Lars Forsberg, förvaltningschef kultur och fritid")
    fix_doc_props(d, "Maria Höglund", "IK uppföljning delår 2025 KFN")
    p = os.path.join(HERE, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - xlsx, nämnd only in file name + print header, tick columns, plan/uppföljning blocks
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK-uppföljning_delår_2025.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 2025-08-31"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med x i den kolumn som stämmer. Kommentera alltid avvikelser och ej genomförda kontroller."
    ws["A2"].font = Font(italic=True, size=9)
    ws["A4"] = "PLAN"
    ws.merge_cells("A4:E4")
    ws["F4"] = "UPPFÖLJNING DELÅR"
    ws.merge_cells("F4:I4")
    for c in ("A4", "F4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="FFE2EFDA" if c == "A4" else "FFFCE4D6")
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Frekvens", "Ansvarig",
           "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras",
         "Stickprov 10 fordon", "Halvår", "Fordonssamordnare", "x", "", "",
         "2 av 10 körjournaler saknade attest av chef. Påminnelse skickad.", "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Samtliga direktupphandlingar", "Halvår", "Administrativ chef", "x", "", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Avläsning av vattenmätare och debitering av förbrukning stämmer",
         "Avstämning mätarbestånd mot kundregister", "Årlig", "VA-chef", "", "x", "",
         "Avstämning klar för norra distriktet, södra distriktet görs under hösten.", "DELVIS", ""),
        ("Gata/park", "Besiktning av lekplatser genomförs enligt besiktningsplan",
         "Samtliga kommunala lekplatser", "Årlig", "Parkchef", "x", "", "",
         "Samtliga 34 lekplatser besiktigade. Tre anmärkningar på gungställningar, åtgärdade i juli.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Hyresavtal för externt förhyrda lokaler är registrerade i avtalsdatabasen",
         "Jämförelse hyresreskontra mot avtalsdatabas", "Årlig", "Fastighetschef", "", "", "x",
         "Skjuts till hösten på grund av rekrytering av ny fastighetsekonom.", "EJ_GENOMFORD", ""),
        ("Kost", "Livsmedelsinköp görs från upphandlade leverantörer",
         "Analys av leverantörsreskontra", "Årlig", "Kostchef", "x", "", "x",
         "", "OKLAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Halvår", "Ekonom", "x", "", "",
         "", "GENOMFORD", ""),
        ("Avfall", "Vågsedlar på återvinningscentralen stäms av mot fakturerade mängder",
         "Stickprov en vecka per kvartal", "Kvartal", "Avfallschef", "", "", "",
         "Utgår. Verksamheten överfördes till Norrhede Renhållning AB den 1 mars 2025.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if 6 <= c <= 8:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sign. Per Holm, teknisk chef")
    ws.cell(row=r + 1, column=1, value="Datum: 2025-09-05")
    for col, w in zip("ABCDEFGHI", (16, 46, 32, 10, 20, 11, 8, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Delårsuppföljning 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    fix_wb_props(wb, "Per Holm")
    p = os.path.join(HERE, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsnämnden - docx, "Nämnd/enhet:" title lines, ID table, Granskning-status words
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Uppföljning internkontrollplan 2025 SBN delår.docx"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    landscape(d)
    d.add_heading("Uppföljning internkontrollplan 2025", level=1)
    d.add_paragraph("Nämnd/enhet: Samhällsbyggnadsnämnden")
    d.add_paragraph("År: 2025")
    d.add_paragraph("Uppföljningstillfälle: Delår (januari–augusti)")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    rows = [
        ("1", "Bygglov",
         "Beslut om bygglov fattas inom lagstadgad handläggningstid (tio veckor)",
         "112 beslut granskade. 4 beslut överskred tidsfristen och bygglovsavgiften reducerades "
         "enligt PBL 12 kap. 8 a §.",
         "Veckovis bevakning av ärendelistan på enhetsmöte.", "Granskning genomförd", "Delår",
         "GENOMFORD", "ja"),
        ("2", "Avgifter",
         "Bygglovsavgifter debiteras enligt gällande plan- och bygglovstaxa",
         "Stickprov 25 ärenden. Ingen avvikelse.", "Ingen åtgärd", "Granskning genomförd", "Delår",
         "GENOMFORD", "nej"),
        ("3", "Delegation",
         "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "", "", "Granskning påbörjad", "Helår",
         "DELVIS", ""),
        ("4", "Planering",
         "Detaljplaner tas fram enligt tidplanen i planprioriteringen",
         "Se bilaga 2.", "", "", "Helår",
         "OKLAR", ""),
        ("5", "Lantmäteri",
         "Förrättningskostnader faktureras inom 30 dagar efter avslutad förrättning",
         "", "Granskas under fjärde kvartalet.", "Granskning ej genomförd", "Helår",
         "EJ_GENOMFORD", ""),
        ("6", "Bostadsanpassning",
         "Bostadsanpassningsbidrag beviljas enligt lag och kommunens riktlinjer",
         "Stickprov på 15 ärenden har genomförts. Samtliga beslut i enlighet med lagen och "
         "riktlinjerna, ingen avvikelse.",
         "Ingen åtgärd", "", "Delår",
         "GENOMFORD", "nej"),
        ("7", "Kart och GIS",
         "Avtal om försäljning av kartdata följs",
         "Granskningen avbröts enligt nämndens beslut 2025-05-21 § 48 då avtalet sagts upp.",
         "", "Avbruten", "",
         "UTGAR", ""),
        ("8", "Registratur",
         "Begäran om utlämnande av allmän handling hanteras skyndsamt",
         "", "", "", "Helår",
         "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            set_cell(cells[i], v)
        exp(fil, N, row[2], row[7], row[8])
    widths = [Cm(1.0), Cm(3.0), Cm(5.5), Cm(7.0), Cm(4.5), Cm(2.6), Cm(2.3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Tidplan detaljplaner 2025 (separat dokument)")
    d.add_paragraph("Karin Nyström, samhällsbyggnadschef")
    fix_doc_props(d, "Karin Nyström", "Uppföljning IKP 2025 SBN")
    p = os.path.join(HERE, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev delårsrapport 2025 KFN.docx"
    d = docx.Document()
    d.add_paragraph("Kultur- och fritidsförvaltningen").runs[0].bold = True
    d.add_paragraph("2025-09-09\tDnr KFN 2025/87")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Följebrev – delårsrapport 2025 för kultur- och fritidsnämnden", level=2)
    d.add_paragraph(
        "Härmed överlämnas kultur- och fritidsnämndens underlag till kommunens delårsrapport per den "
        "31 augusti 2025. Underlaget består av följande handlingar:")
    for s in ["Verksamhetsberättelse med måluppfyllelse januari–augusti",
              "Ekonomisk uppföljning och helårsprognos",
              "Uppföljning av internkontrollplan 2025 (separat fil)",
              "Personalnyckeltal"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "Nämnden behandlar delårsrapporten vid sammanträdet den 24 september. Eventuella ändringar efter "
        "nämndens beslut meddelas ekonomienheten senast den 26 september. Prognosen visar ett underskott "
        "om 1,2 mnkr, främst på grund av ökade energikostnader i simhallen.")
    d.add_paragraph(
        "Internkontrollplanens kontrollmoment redovisas i den separata uppföljningen. Frågor besvaras "
        "av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Höglund\nEkonom, kultur- och fritidsförvaltningen\n0571-123 45")
    fix_doc_props(d, "Maria Höglund", "Följebrev")
    p = os.path.join(HERE, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Plan- och byggenheten"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Norrhede Bostäder AB", "NBAB|Norrhedebostäder|Bostadsbolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_csv()
    file_kfn()
    file_tn()
    file_sbn()
    file_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
