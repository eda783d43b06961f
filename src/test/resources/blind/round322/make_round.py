#!/usr/bin/python3
"""Blind round r322 – Bjurholmen kommun, T1 2025 (plain inbox of a small kommun).
Builds every follow-up file plus namnder.csv, files.csv, expected.csv deterministically."""
import os, shutil, subprocess, datetime, csv, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 7, 9, 30, 0)
LO_PROFILE = "file:///tmp/lo-round322"
BUILD = "/tmp/lo-round322-build"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Bjurholmens kommun"
    wb.properties.lastModifiedBy = "Bjurholmens kommun"

def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – plain xlsx, word statuses
# ---------------------------------------------------------------------------
def f_ks():
    fil = "IK uppföljning T1 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "T1 2025"
    ws["A1"] = "Bjurholmens kommun"; ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Tertial 1 (januari–april)"
    ws["A4"] = "Uppdaterad 2025-05-06 av ekonomienheten"; ws["A4"].font = Font(italic=True, size=9)
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status T1", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF"); cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER; cell.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertialvis",
         "Genomförd", "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Ekonomichef", "Tertialvis",
         "Genomförd", "2 av 12 saknade deltagarlista, återkopplat till berörda chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlare", "Halvår",
         "Planeras till hösten", None, "EJ_GENOMFORD", ""),
        (4, "HR", "Lönetillägg har beslut enligt delegationsordningen", "HR-chef", "Tertialvis",
         "Pågår", "Halva urvalet kontrollerat", "DELVIS", ""),
        (5, "Informationssäkerhet", "Behörigheter i ekonomisystemet ses över för personal som slutat", "IT-samordnare", "2 ggr/år",
         "Genomförd", "Tre konton som borde stängts tidigare avslutades.", "GENOMFORD", "ja"),
        (6, "Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen", "Nämndsekreterare", "Tertialvis",
         None, None, "SAKNAS", ""),
        (7, "Nämndadministration", "Diarieföring av inkommande handlingar sker inom 2 arbetsdagar", "Registrator", "Helår",
         "Genomförs i T3", None, "EJ_GENOMFORD", ""),
        (8, "Ekonomi", "Avstämning av kundfordringar och påminnelser", "Redovisningsekonom", "Tertialvis",
         "Ok", "inga avvikelser", "GENOMFORD", "nej"),
        (9, "Säkerhet", "Systematiskt brandskyddsarbete i kommunhuset", "Säkerhetssamordnare", "Årlig",
         "Utgår", "Flyttad till tekniska nämndens plan, beslut KS 2025-02-11 § 14", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BORDER; cell.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Maria Öhman, ekonomichef")
    ws.cell(row=r + 2, column=1, value="Redovisas för kommunstyrelsen 2025-05-20")
    for col, w in zip("ABCDEFG", (5, 20, 48, 20, 12, 20, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word table with group rows, free-text results
# ---------------------------------------------------------------------------
def f_bun():
    fil = "Uppföljning internkontroll BUN T1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fix_doc(d, "Anna Lindqvist")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Bjurholmens kommun – Barn- och utbildningsförvaltningen"
    p = d.add_paragraph(); r = p.add_run("Barn- och utbildningsnämnden"); r.bold = True; r.font.size = Pt(11)
    d.add_heading("Internkontrollplan 2025 – uppföljning tertial 1", level=1)
    d.add_paragraph("Nedan redovisas uppföljningen av nämndens internkontrollplan för perioden januari–april 2025. "
                    "Flera kontroller är enligt planen schemalagda senare under året och redovisas då.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt", "Uppföljning T1"]):
        c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Controller", "April",
             "Klart. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Avgifter i förskola och fritidshem debiteras enligt gällande taxa", "Stickprov 10 barn", "Förvaltningsekonom", "April",
             "Klart – 1 faktura med fel inkomstuppgift, rättad.", "GENOMFORD", "ja"),
            ("Skolskjuts beviljas enligt riktlinjer", "Genomgång av beslut", "Skolskjutshandläggare", "Maj",
             "Genomförs i T2", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Anmälan om kränkande behandling rapporteras till huvudman", "Jämförelse av anmälningar mot rektorernas loggar",
             "Rektorer", "Löpande", "Påbörjad, Bjurholmsskolan klar, Norrbyskolan kvar.", "DELVIS", ""),
            ("Frånvaro följs upp enligt rutin för problematisk skolfrånvaro", "Stickprov elever med mer än 15 % frånvaro",
             "Elevhälsan", "Oktober", "", "SAKNAS", ""),
            ("Registerutdrag kontrolleras vid nyanställning", "Stickprov nyanställda", "Rektorer", "April",
             "Ja, samtliga 6 hade visat upp utdrag.", "GENOMFORD", "nej"),
            ("Systematiskt brandskyddsarbete på skolor och förskolor", "Egenkontroll enligt checklista", "Rektorer", "Hösten",
             "Planeras till hösten", "EJ_GENOMFORD", ""),
            ("Delegationsbeslut anmäls till nämnden", "Jämförelse av beslut mot anmälningslista", "Nämndsekreterare", "Tertialvis",
             "Ej gjort pga sjukskrivning, tas i T2", "EJ_GENOMFORD", ""),
        ]),
    ]
    for g, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = ""
        rr = m.paragraphs[0].add_run(g); rr.bold = True; rr.italic = True
        for it in items:
            row = t.add_row()
            for i in range(5):
                row.cells[i].text = it[i]
            exp(fil, N, it[0], it[5], it[6])
    d.add_paragraph("")
    d.add_paragraph("Bjurholmen 2025-05-08")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 3. Socialnämnden – xlsx with letter codes + legend, process group rows, avvikelse column
# ---------------------------------------------------------------------------
SN_FIL = "SN IK-uppföljning tertial 1.xlsx"
def f_sn():
    fil = SN_FIL
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – uppföljning intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertial 1"; ws["A2"].font = Font(bold=True)
    hdr = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9"); cell.border = BORDER
    fills = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    groups = [
        ("Individ- och familjeomsorg", [
            ("Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 10 akter", "Enhetschef IFO", "G", "Nej", None, "GENOMFORD", "nej"),
            ("Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur verksamhetssystemet", "Enhetschef IFO", "G", "Ja",
             "3 av 21 bedömdes efter 16–18 dagar", "GENOMFORD", "ja"),
            ("Kontroll av loggar i verksamhetssystemet", "Logguttag för 5 handläggare", "Systemförvaltare", "P", None,
             "Påbörjad i april", "DELVIS", ""),
        ]),
        ("Äldreomsorg", [
            ("Avvikelser enligt lex Sarah utreds och rapporteras", "Genomgång av avvikelserapporter", "MAS", "E", None,
             "Görs i T2", "EJ_GENOMFORD", ""),
            ("Genomförandeplaner upprättas inom 2 veckor efter beslut", "Stickprov 10 brukare", "Enhetschef hemtjänst", "G", "Ja",
             "4 av 10 saknade aktuell plan. Åtgärdsplan tas fram.", "GENOMFORD", "ja"),
            ("Läkemedelshantering på särskilt boende", "Egenkontroll enligt checklista", "MAS", None, None, None, "SAKNAS", ""),
        ]),
        ("LSS", [
            ("Beslut om personlig assistans verkställs inom 3 månader", "Uppföljning av ej verkställda beslut", "Enhetschef LSS", "G", "Nej",
             None, "GENOMFORD", "nej"),
            ("Hantering av brukarmedel på gruppbostad", "Inventering av kassa och kvitton", "Enhetschef LSS", "P", None,
             "Två av tre boenden klara", "DELVIS", ""),
        ]),
        ("Ekonomi och administration", [
            ("Fakturering av avgifter inom äldreomsorgen", "Stickprov mot beslut", "Avgiftshandläggare", "U", None,
             "Ersätts av ny kontroll efter systembytet", "UTGAR", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Controller", "G", "Nej",
             None, "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for g, items in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for it in items:
            vals = [None] + list(it[:6])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v); cell.border = BORDER; cell.alignment = WRAP
            if it[3]:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[it[3]])
                ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, it[0], it[6], it[7])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = Font(bold=True)
    for i, (k, v) in enumerate([("G", "Genomförd"), ("P", "Påbörjad"), ("E", "Ej påbörjad"), ("U", "Utgår")]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = PatternFill("solid", fgColor=fills[k])
        ws.cell(row=r + 1 + i, column=2, value=v)
    for col, w in zip("ABCDEFG", (14, 46, 30, 20, 8, 10, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen – one ODS for two nämnder (block headings)
# ---------------------------------------------------------------------------
def f_sbf():
    fil = "Samhällsbyggnad IK T1 2025.ods"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "IK T1"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning T1 (jan–apr)"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Förvaltningen redovisar för Tekniska nämnden och Bygg- och miljönämnden i samma fil."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Planerad", "Utfört T1 (Ja/Nej/Delvis)", "Noteringar"]
    blocks = [
        ("Tekniska nämnden", [
            ("Ekonomi", "Fakturor för entreprenader stäms av mot avtal", "Driftchef", "Löpande", "Ja", "Inga avvikelser", "GENOMFORD", "nej"),
            ("Park", "Tillsyn av lekplatser enligt egenkontrollprogram", "Parkförman", "Maj–juni", None, "Planeras till försommaren",
             "EJ_GENOMFORD", ""),
            ("Fordon", "Drivmedelskort – tankningar stäms av mot körjournal", "Fordonsansvarig", "Tertialvis", "Delvis",
             "Körjournal saknas för två fordon, utreds", "DELVIS", "ja"),
            ("VA", "Vattenprover tas enligt kontrollprogram för dricksvatten", "VA-ingenjör", "Enligt program", "Ja",
             "Samtliga prover utan anmärkning", "GENOMFORD", "nej"),
            ("Fastighet", "Felanmälningar i fastighetssystemet åtgärdas inom utlovad tid", "Fastighetsförvaltare", "Tertialvis", "Nej",
             "Systembyte i mars, görs efter sommaren", "EJ_GENOMFORD", ""),
        ]),
        ("Bygg- och miljönämnden", [
            ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Tertialvis", "Ja",
             "1 ärende av 23 över tiden", "GENOMFORD", "ja"),
            ("Miljö", "Avgifter för tillsyn debiteras enligt taxa", "Miljöchef", "Halvår", None, None, "SAKNAS", ""),
            ("Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertialvis", "Ja", None, "GENOMFORD", ""),
            ("Administration", "Handläggare med jäv handlägger inte ärendet", "Miljöchef", "Årlig", "Planeras",
             "Görs i samband med medarbetarsamtal i höst", "EJ_GENOMFORD", ""),
            ("Livsmedel", "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef", "Tertialvis", "Delvis",
             "14 av 22 planerade kontroller gjorda", "DELVIS", ""),
        ]),
    ]
    r = 5
    for namnd, items in blocks:
        c = ws.cell(row=r, column=1, value=namnd); c.font = Font(bold=True, size=12, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="548235")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for i, h in enumerate(hdr, 1):
            cell = ws.cell(row=r, column=i, value=h); cell.font = Font(bold=True); cell.border = BORDER
            cell.fill = PatternFill("solid", fgColor="E2EFDA"); cell.alignment = WRAP
        r += 1
        for it in items:
            for i, v in enumerate(it[:6], 1):
                cell = ws.cell(row=r, column=i, value=v); cell.border = BORDER; cell.alignment = WRAP
            exp(fil, namnd, it[1], it[6], it[7])
            r += 1
        r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "T1"))
    ws.cell(row=r, column=1, value="Kontaktperson: Lars Berglund, samhällsbyggnadschef")
    for col, w in zip("ABCDEF", (14, 48, 20, 14, 14, 42)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(BUILD, "Samhällsbyggnad IK T1 2025.xlsx")
    wb.save(tmp)
    soffice(tmp, "ods", BUILD)
    shutil.move(os.path.join(BUILD, fil), os.path.join(HERE, fil))

# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – old .doc, simple table
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "Kultur o fritid IK T1.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document(); fix_doc(d, "Kultur och fritid")
    p = d.add_paragraph(); r = p.add_run("Kultur- och fritidsnämnden"); r.bold = True; r.font.size = Pt(14)
    p = d.add_paragraph(); r = p.add_run("Uppföljning av intern kontroll – tertial 1 2025"); r.bold = True
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True
    items = [
        ("Kontanthantering i simhallens kassa stäms av mot kassarapport", "Badmästare", "Klar",
         "Avstämt jan–april. En kassadifferens på 200 kr i februari.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt regler och beslut", "Fritidskonsulent", "Klar", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras", "Fritidskonsulent", "Pågående", "Mars och april kvar att stämma av", "DELVIS", ""),
        ("Inventering av bibliotekets medier", "Bibliotekschef", "Ej påbörjad", "Planeras till hösten", "EJ_GENOMFORD", ""),
        ("Avtal med studieförbund följs upp", "Kultursamordnare", "", "Tas i T2", "EJ_GENOMFORD", ""),
        ("Statsbidrag för sommarlovsaktiviteter redovisas", "Kultursamordnare", "Ej aktuell",
         "Statsbidraget har upphört 2025", "UTGAR", ""),
        ("Registerutdrag för ledare på fritidsgården", "Fritidsgårdsföreståndare", "Klar",
         "Alla ledare hade giltiga utdrag", "GENOMFORD", "nej"),
    ]
    for it in items:
        row = t.add_row()
        for i in range(4):
            row.cells[i].text = it[i]
        exp(fil, N, it[0], it[4], it[5])
    d.add_paragraph("")
    d.add_paragraph("Nästa uppföljning sker i september (T2).")
    d.add_paragraph("/Eva Sandström, kultur- och fritidschef")
    tmp = os.path.join(BUILD, "Kultur o fritid IK T1.docx")
    d.save(tmp)
    soffice(tmp, "doc", BUILD)
    shutil.move(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – .xls with T1/T2/T3 columns side by side, only T1 filled
# ---------------------------------------------------------------------------
def f_ofn():
    fil = "ÖFN_IK_2025.xls"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = "Överförmyndarnämnden Bjurholmen"
    ws.oddFooter.right.text = "Sida &P"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Överförmyndaren i Bjurholmen"
    ws["A3"] = "Uppföljning per 30 april (T1). T2 och T3 fylls i senare."
    heads = ["Kontrollmoment", "Metod", "Uppföljning T1", "Uppföljning T2", "Uppföljning T3", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = Font(bold=True); cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="C0C0C0"); cell.alignment = WRAP
    items = [
        ("Årsräkningar granskas inom fastställd tid", "Uttag ur verksamhetssystemet", "OK",
         "Samtliga inkomna årsräkningar granskade per 30/4", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt riktlinjer", "Stickprov 10 ärenden", "OK",
         "Ett arvode felberäknat, korrigerat", "GENOMFORD", "ja"),
        ("Förteckningar inkommer inom två månader från förordnande", "Bevakningslista", "Pågår",
         "Genomgång påbörjad", "DELVIS", ""),
        ("Registerutdrag och kreditupplysning inhämtas före förordnande av ställföreträdare", "Stickprov nya ärenden", "OK",
         None, "GENOMFORD", ""),
        ("Uttag från överförmyndarspärrade konton har samtycke", "Stickprov 5 uttag", None, None, "SAKNAS", ""),
        ("Handlingar gallras enligt dokumenthanteringsplan", "Genomgång av arkiv", "Ej påbörjad",
         "Görs i december", "EJ_GENOMFORD", ""),
    ]
    for i, it in enumerate(items):
        r = 6 + i
        vals = [it[0], it[1], it[2], None, None, it[3]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BORDER; cell.alignment = WRAP
        exp(fil, N, it[0], it[4], it[5])
    for col, w in zip("ABCDEF", (50, 26, 14, 14, 14, 44)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(BUILD, "ÖFN_IK_2025.xlsx")
    wb.save(tmp)
    soffice(tmp, "xls:MS Excel 97", BUILD)
    shutil.move(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 7. Bjurholmens Bostäder AB – ODT, text only (heading per control)
# ---------------------------------------------------------------------------
def f_bbab():
    fil = "Bjurholmens Bostäder intern kontroll T1 2025.odt"
    N = "Bjurholmens Bostäder AB"
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph")
    hs.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    hs.addElement(ParagraphProperties(margintop="0.3cm"))
    ts = Style(name="Title1", family="paragraph"); ts.addElement(TextProperties(fontweight="bold", fontsize="15pt"))
    doc.styles.addElement(hs); doc.styles.addElement(ts)
    doc.text.addElement(P(stylename=ts, text="Bjurholmens Bostäder AB"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll, första tertialet 2025"))
    doc.text.addElement(P(text="Bolagets internkontrollplan 2025 antogs av styrelsen i februari. Nedan redovisas läget per den 30 april."))
    items = [
        ("Avstämning av hyresreskontra mot huvudbok", "Ekonomiansvarig",
         "Genomförd för januari–april. Inga differenser.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "VD",
         "Stickprov på 10 fakturor gjort. En faktura saknade andra attest, rättat.", "GENOMFORD", "ja"),
        ("Besiktning av lekplatser på bostadsområdena", "Fastighetschef",
         "Planeras till maj–juni.", "EJ_GENOMFORD", ""),
        ("Uppföljning av hyresförluster och avskrivningar", "Ekonomiansvarig",
         "Görs vid halvår.", "EJ_GENOMFORD", ""),
        ("Kvittenser för utlämnade nycklar", "Fastighetschef",
         "Påbörjad. Genomgången av huvudnyckelsystemet på Storgatan pågår.", "DELVIS", ""),
    ]
    for it in items:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=it[0]))
        doc.text.addElement(P(text="Ansvarig: " + it[1]))
        doc.text.addElement(P(text="Uppföljning: " + it[2]))
        exp(fil, N, it[0], it[3], it[4])
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Bjurholmen 2025-05-05"))
    doc.text.addElement(P(text="Johan Nyström, VD"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 8. Rejected: Office lock file left beside the SN workbook
# ---------------------------------------------------------------------------
def f_lock():
    fil = "~$" + SN_FIL
    name = "Karin Holmgren"
    b = bytes([len(name)]) + name.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x20\x00"[:1])
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(b[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggnämnden"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur o fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndaren i Bjurholmen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Bjurholmens Bostäder AB", "Bjurholmens Bostäder|BBAB|Bostadsbolaget"),
]

def main():
    # remove earlier output (only this round's own files)
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, f)
            if os.path.isfile(p):
                os.remove(p)
    shutil.rmtree(BUILD, ignore_errors=True); os.makedirs(BUILD)
    f_ks(); f_bun(); f_sn(); f_sbf(); f_kfn(); f_ofn(); f_bbab(); f_lock()
    shutil.rmtree(BUILD, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
