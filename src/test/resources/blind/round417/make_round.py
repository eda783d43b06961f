#!/usr/bin/python3
"""Blind round r417 - Åmsele kommun, delårsuppföljning 2025.
Theme: statuses as codes, symbols and colours explained by legends in varied places,
plus traffic-light fills without any text.
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
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round417"

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r417conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Åmsele kommun"


def fix_doc_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Åmsele kommun"
    cp.last_modified_by = "Åmsele kommun"
    cp.revision = 1


def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - numeric codes, legend on a separate sheet
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_IKP_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Åmsele kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Delårsbokslut per 2025-08-31 (januari–augusti)"
    ws["A4"] = "Status anges med sifferkod – se fliken Teckenförklaring."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
           "Metod / frekvens", "Status (kod)", "Resultat / kommentar", "Åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar, jäv",
             "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Stickprov 40 fakturor, halvår", 1,
             "Stickprov på 40 fakturor januari–juni. Samtliga korrekt attesterade av behörig attestant.",
             "", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Förtroendeskada",
             "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", "Redovisningsansvarig",
             "Samtliga poster > 2 000 kr", 2,
             "25 underlag granskade. 3 underlag saknade deltagarförteckning och syfte.",
             "Påminnelse om riktlinjer för representation skickad till chefer.", "GENOMFORD", "ja"),
            ("1.3", "Inköp", "Avtalsbrott, högre kostnader",
             "Avtalstrohet vid inköp av förbrukningsmaterial och kontorsmaterial", "Upphandlare",
             "Analys av leverantörsreskontra, helår", 3,
             "Uttag ur leverantörsreskontran gjort. Analysen pågår och redovisas till helår.",
             "", "DELVIS", ""),
        ]),
        ("Personal och lön", [
            ("2.1", "Lön", "Felaktig lön",
             "Korrekt löneutbetalning vid nyanställning och ändrad sysselsättningsgrad", "HR-chef",
             "Stickprov 20 anställningar", 2,
             "Två felaktiga lönetillägg upptäcktes och har korrigerats i augustilönen.",
             "Checklista för lönehandläggare uppdateras.", "GENOMFORD", "ja"),
            ("2.2", "Behörigheter", "Obehörig åtkomst",
             "Kontroll av att avslutade anställningar avregistreras i verksamhetssystemen", "IT-chef",
             "Avstämning mot personalsystem", 4,
             "Ej påbörjad på grund av byte av personalsystem under våren.",
             "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Administration och IT", [
            ("3.1", "Delegation", "Beslut fattas utan mandat",
             "Uppföljning av att beslut fattade med stöd av delegation anmäls till kommunstyrelsen",
             "Kommunsekreterare", "Genomgång av delegationslistor, tertial", 1,
             "Alla delegationsbeslut för januari–juni har anmälts. Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("3.2", "Ekonomisystem", "Obehörig åtkomst",
             "Kontroll av behörigheter i ekonomisystemet", "Systemförvaltare",
             "Årlig genomgång", 5,
             "Utgår – ersätts av kommunövergripande granskning av behörigheter (KS 2025-03-11 § 42).",
             "", "UTGAR", ""),
            ("3.3", "Diarieföring", "Handlingar kommer bort, bristande insyn",
             "Diarieföring av inkommande handlingar inom fem arbetsdagar", "Registrator",
             "Stickprov maj och augusti", 3,
             "Stickprov för maj genomfört (48 handlingar). Stickprov för augusti återstår.",
             "", "DELVIS", ""),
            ("3.4", "Krisberedskap", "Verksamheten kan inte upprätthållas vid kris",
             "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet", "Säkerhetssamordnare",
             "Genomgång av planer, årlig", None, "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            vals = row[:9]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[3], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig.")
    ws.cell(r + 1, 1, "Upprättad 2025-09-10 av Lena Wikström, ekonomichef")
    widths = [6, 18, 22, 45, 18, 24, 10, 50, 35]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring – statuskoder"
    lg["A1"].font = Font(bold=True, size=12)
    lg.append([])
    lg.append(["Kod", "Betydelse", "Förklaring"])
    for c in range(1, 4):
        lg.cell(3, c).font = Font(bold=True)
    for row in [
        (1, "Genomförd utan anmärkning", "Kontrollen är utförd och inga fel har hittats"),
        (2, "Genomförd med anmärkning", "Kontrollen är utförd och avvikelser har konstaterats"),
        (3, "Pågående", "Kontrollen är påbörjad men inte avslutad"),
        (4, "Ej påbörjad", "Kontrollen har inte påbörjats under perioden"),
        (5, "Utgår", "Kontrollen har strukits ur planen genom beslut"),
    ]:
        lg.append(list(row))
    lg.column_dimensions["A"].width = 6
    lg.column_dimensions["B"].width = 28
    lg.column_dimensions["C"].width = 52
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - symbols, legend in a row directly above the header, T1 + Delår columns
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN delårsuppföljning internkontroll 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och delår (t.o.m. augusti)"
    ws["A3"] = ("Teckenförklaring:   ● = genomförd     ◑ = delvis genomförd / pågår     "
                "○ = ej genomförd     ✕ = utgår     ! efter symbolen = avvikelse noterad")
    ws["A3"].font = Font(size=9, italic=True)
    ws.merge_cells("A3:G3")
    hdr = ["Område", "Kontrollmoment", "Omfattning", "Ansvarig", "T1", "Delår", "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("Elevärenden", [
            ("Handläggning av ansökningar om skolskjuts enligt riktlinjer", "Samtliga ansökningar",
             "Skolskjutssamordnare", "◑", "●",
             "Samtliga 34 ansökningar handlagda inom fyra veckor.", "GENOMFORD", "nej"),
            ("Anmälan om kränkande behandling till huvudman enligt rutin", "Alla enheter",
             "Verksamhetschefer", "◑", "◑",
             "Rutinen reviderad i april. Uppföljning av ärendehanteringen pågår.", "DELVIS", ""),
            ("Uppföljning av problematisk skolfrånvaro enligt rutin", "Grundskola åk 7–9",
             "Elevhälsochef", "○", "○",
             "Ej genomförd på grund av vakans som elevhälsochef.", "EJ_GENOMFORD", ""),
            ("Dokumentation av extra anpassningar i lärplattformen", "Stickprov 3 klasser",
             "Rektorer", "◑", "", "", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning", "Alla nyanställda",
             "HR-konsult", "●", "●!",
             "2 av 18 nyanställda saknade dokumenterad registerkontroll i personakten. Kompletterat.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Debitering av barnomsorgsavgifter enligt maxtaxa", "Stickprov 30 hushåll",
             "Avgiftshandläggare", "●", "●",
             "Inkomstuppgifter kontrollerade mot debitering, inga fel.", "GENOMFORD", "nej"),
            ("Fakturering av interkommunal ersättning för elever från andra kommuner", "Samtliga elever",
             "Controller", "", "●!",
             "Fakturering vt 2025 kontrollerad. En faktura till Vindelns kommun saknades och har skickats.",
             "GENOMFORD", "ja"),
            ("Inventarieförteckning över elevdatorer och surfplattor", "Samtliga skolor",
             "IT-samordnare", "", "✕",
             "Utgår enligt beslut BUN 2025-04-15 § 38.", "UTGAR", ""),
            ("Delegationsbeslut anmäls till nämnden", "Samtliga beslut",
             "Nämndsekreterare", "●", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for omr, rows in data:
        start = r
        for km, omf, ans, t1, dl, kom, st, av in rows:
            vals = [omr if r == start else None, km, omf, ans, t1, dl, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (5, 6):
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, c).font = Font(size=13)
            exp(fil, N, km, st, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for i, w in enumerate([16, 50, 20, 20, 7, 7, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word, colour-shaded status cells, legend in a paragraph
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK delår 2025.docx"
    N = "Socialnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    d = docx.Document()
    fix_doc_props(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Åmsele kommun – Socialförvaltningen"
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Socialnämnden").runs[0].bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 23 januari 2025 (§ 8). Nedan redovisas "
        "utfallet av kontrollerna för perioden januari–augusti 2025. Kontroller som ska genomföras under "
        "hösten redovisas i helårsuppföljningen.")
    d.add_paragraph(
        "Status redovisas med färg i kolumnen Status: grön = kontrollen är genomförd, gul = kontrollen är "
        "påbörjad eller delvis genomförd, röd = kontrollen är inte genomförd. Grå markering innebär att "
        "kontrollen har utgått ur planen. Eventuella avvikelser framgår av kolumnen Kommentar.")
    rows = [
        ("Myndighetsutövning", "Utbetalning av ekonomiskt bistånd sker enligt fattat beslut",
         "Stickprov 30 akter", GREEN, "Stickprov på 30 akter, inga avvikelser.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", YELLOW,
         "Mätning januari–juni klar; 7 av 52 utredningar överskred fyra månader. Fortsatt uppföljning under hösten.",
         "DELVIS", "ja"),
        ("Myndighetsutövning", "Verkställighet av beslut enligt LSS inom tre månader",
         "Samtliga gynnande beslut", GREEN, "Samtliga beslut verkställda inom tre månader.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
         "Slumpvis urval 20 användare", RED,
         "Ej genomförd. Loggverktyget levereras först i oktober.", "EJ_GENOMFORD", ""),
        ("Avgifter", "Avgiftsdebitering inom hemtjänst enligt beslutade insatser",
         "Stickprov 25 brukare", GREEN,
         "Kontrollen genomförd. Två felaktiga debiteringar upptäcktes och har rättats.", "GENOMFORD", "ja"),
        ("Vård och omsorg", "Läkemedelshantering – kontroll av signeringslistor",
         "Samtliga särskilda boenden", YELLOW, "Fyra av sex enheter granskade.", "DELVIS", ""),
        ("Vård och omsorg", "Lex Sarah-rapporter utreds och anmäls inom fastställd tid",
         "Samtliga rapporter", GREY,
         "Kontrollen utgår och ersätts av egenkontroll i ledningssystemet (SN 2025-03-20 § 41).", "UTGAR", ""),
        ("Familjehemsvård", "Ersättning till familjehem enligt SKR:s riktlinjer",
         "Stickprov 10 uppdrag", None,
         "Kontrollen är planerad till oktober och har ännu inte påbörjats.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Metod", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    first_of_group = {}
    for proc, km, met, col, kom, st, av in rows:
        cells = t.add_row().cells
        if proc not in first_of_group:
            first_of_group[proc] = len(t.rows) - 1
            cells[0].text = proc
        cells[1].text = km
        cells[2].text = met
        if col:
            shade(cells[3], col)
        cells[4].text = kom
        exp(fil, N, km, st, av)
    # merge the process cells vertically
    procs = [r[0] for r in rows]
    for proc, start in first_of_group.items():
        n = procs.count(proc)
        if n > 1:
            a = t.cell(start, 0)
            b = t.cell(start + n - 1, 0)
            a.merge(b)
            # merged cell keeps the texts of all cells -> keep only the first paragraph
            for p in a.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    widths = [Cm(3.2), Cm(5.5), Cm(3.2), Cm(1.5), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bedömning: Den interna kontrollen bedöms vara tillräcklig men förbättringar behövs "
                    "inom handläggningstider för barnavårdsutredningar.")
    d.add_paragraph("Åmsele 2025-09-08")
    d.add_paragraph("Maria Holmgren, socialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. MBN - letter codes explained in a footnote below the table, delivered as .ods
# ---------------------------------------------------------------------------
def file_mbn(tmpdir):
    fil = "MBN_internkontroll_2025-08-31.ods"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan – läge per 2025-08-31"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Utförd datum", "Status*", "Iakttagelser"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor från komplett ansökan", "Bygglovschef",
         "2025-07-01", "GA", "3 av 41 ärenden överskred tio veckor. Avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Expediering av beslut till sakägare och kungörelse i PoIT", "Administratör",
         "2025-06-15", "G", "Stickprov 15 beslut – samtliga korrekt expedierade.", "GENOMFORD", "nej"),
        ("Miljö och hälsa", "Debitering av årliga tillsynsavgifter för livsmedelsanläggningar", "Miljöchef",
         "2025-05-20", "G", "Samtliga 68 anläggningar debiterade enligt taxa.", "GENOMFORD", "nej"),
        ("Miljö och hälsa", "Uppföljning av förelägganden om enskilda avlopp", "Miljöinspektör",
         "", "U", "Utgår 2025 – ingår i ordinarie tillsynsplan.", "UTGAR", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "", "P", "Anmälan för januari–juni klar, juli–augusti återstår.", "DELVIS", ""),
        ("Administration", "Arkivering av avslutade ärenden i e-arkivet", "Arkivansvarig",
         "", "EP", "Väntar på kommunens e-arkivlösning.", "EJ_GENOMFORD", ""),
        ("Administration", "Kontroll av att jävsdeklarationer finns för samtliga inspektörer och handläggare",
         "Miljö- och byggchef", "2025-02-28", "G", "", "GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(r, 1, "*) Status: G = genomförd utan anmärkning, GA = genomförd med anmärkning, "
                  "P = påbörjad, EP = ej påbörjad, U = utgår")
    ws.cell(r, 1).font = Font(size=8, italic=True)
    ws.cell(r + 2, 1, "Upprättad av: Karin Lindqvist, miljö- och byggchef, 2025-09-12")
    for i, w in enumerate([18, 55, 20, 13, 9, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb)
    src = os.path.join(tmpdir, "MBN_internkontroll_2025-08-31.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KFN - traffic-light fills without text; legend in a merged "text box" to the right;
#    nämnd only in the print header
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "IKP2025_uppfoljning_aug.xlsx"
    N = "Kultur- och fritidsnämnden"
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFFF00")
    R = PatternFill("solid", fgColor="FF0000")
    S = PatternFill("solid", fgColor="BFBFBF")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Internkontrollplan 2025"
    ws.oddFooter.left.text = "Utskrift &D"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning delår"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Process", "Kontrollmoment", "Frekvens", "T1", "Delår", "Helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("Bidrag", "Utbetalning av föreningsbidrag enligt kommunens bidragsregler", "Två gånger per år",
         Y, G, "Samtliga 27 ansökningar kontrollerade mot bidragsreglerna. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering", "Kontroll av dagskassor i simhallen och på biblioteket", "Månadsvis",
         G, Y, "Kassadifferens på 450 kr i juni som utreds. Kontroll av juli–augusti pågår.", "DELVIS", "ja"),
        ("Uthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Tertial",
         R, R, "Ej genomförd – bokningssystemet byts under året.", "EJ_GENOMFORD", ""),
        ("Inköp", "Bibliotekets medieinköp sker enligt avtal", "Årlig",
         None, G, "Inga avvikelser mot avtalet.", "GENOMFORD", "nej"),
        ("Säkerhet", "Riskbedömning görs inför större arrangemang och evenemang", "Vid varje arrangemang",
         None, None, "Se bilaga 2", "OKLAR", ""),
        ("Säkerhet", "Registerkontroll för ledare i lovverksamhet", "Inför sommarlovet",
         None, S, "Ej aktuell 2025, lovverksamheten drivs av föreningar.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor", "Tertial",
         G, G, "", "GENOMFORD", ""),
        ("Personal", "Lönebidragsanställningar rapporteras korrekt till Arbetsförmedlingen", "Månadsvis",
         Y, Y, "Rapporteringen för januari–maj kontrollerad. Fel i en period har rättats.", "DELVIS", "ja"),
    ]
    r = 4
    for proc, km, frek, t1, dl, kom, st, av in rows:
        vals = [proc, km, frek, None, None, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        if t1:
            ws.cell(r, 4).fill = t1
        if dl:
            ws.cell(r, 5).fill = dl
        exp(fil, N, km, st, av)
        r += 1
    # text box-like merged cell to the right
    ws["I3"] = ("Förklaring färgmarkering\n\n"
                "Grön = kontrollen är genomförd\n"
                "Gul = kontrollen är påbörjad/delvis genomförd\n"
                "Röd = kontrollen är inte genomförd\n"
                "Grå = kontrollen utgår\n\n"
                "Avvikelser beskrivs i kolumnen Kommentar.")
    ws.merge_cells("I3:K10")
    ws["I3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["I3"].fill = PatternFill("solid", fgColor="FFF2CC")
    thick = Side(style="medium", color="7F6000")
    for rr in range(3, 11):
        for cc in range(9, 12):
            ws.cell(rr, cc).border = Border(
                left=thick if cc == 9 else None, right=thick if cc == 11 else None,
                top=thick if rr == 3 else None, bottom=thick if rr == 10 else None)
    for i, w in enumerate([16, 50, 20, 7, 7, 7, 55, 3, 14, 14, 14], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. ÖFN - Word (.doc), tick symbols explained in a paragraph
# ---------------------------------------------------------------------------
def file_ofn(tmpdir):
    fil = "ÖFN delårsrapport internkontroll 2025.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fix_doc_props(d)
    p = d.add_paragraph("ÅMSELE KOMMUN")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(9)
    d.add_paragraph("Överförmyndarnämnden").runs[0].font.size = Pt(12)
    d.add_heading("Delårsrapport internkontroll januari–augusti 2025", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden har i sin internkontrollplan för 2025 beslutat om sex kontrollmoment. "
        "Kontrollerna utförs av överförmyndarenhetens handläggare och redovisas till nämnden i samband "
        "med delårsrapport och årsredovisning.")
    p = d.add_paragraph()
    r1 = p.add_run("Förklaring till kolumnen Bedömning: ")
    r1.bold = True
    p.add_run("✔ = kontrollen är genomförd, (✔) = kontrollen är delvis genomförd, "
              "✘ = kontrollen är inte genomförd, – = kontrollen utgår. "
              "Bokstaven A efter symbolen betyder att avvikelse har noterats.")
    rows = [
        ("1", "Granskning av årsräkningar inom fastställd tid", "Uttag ur verksamhetssystemet Wärna",
         "(✔)", "212 av 260 årsräkningar granskade per den 31 augusti.", "DELVIS", ""),
        ("2", "Kontroll av att ställföreträdare har registerkontroll innan förordnande",
         "Samtliga nya ställföreträdare", "✔", "Samtliga 14 nya ställföreträdare kontrollerade.",
         "GENOMFORD", "nej"),
        ("3", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 20 arvoden",
         "✔ A", "Två arvoden var felberäknade och har rättats.", "GENOMFORD", "ja"),
        ("4", "Uttag från konton med överförmyndarspärr prövas enligt rutin", "Stickprov 15 ärenden",
         "✘", "Ej genomförd under perioden, flyttad till hösten.", "EJ_GENOMFORD", ""),
        ("5", "Gallring av akter enligt dokumenthanteringsplanen", "Årlig genomgång",
         "–", "Utgår, ersätts av länsgemensam översyn av dokumenthanteringsplanen.", "UTGAR", ""),
        ("6", "Förteckningar inkommer inom två månader efter förordnande", "Samtliga nya ärenden",
         "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Bedömning", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for nr, km, met, bed, kom, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, bed, kom]):
            cells[i].text = v
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, st, av)
    widths = [Cm(1.0), Cm(5.5), Cm(3.5), Cm(2.0), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Kontroll nr 6 redovisas i årsredovisningen.")
    d.add_paragraph("Anna-Karin Berglund\nEnhetschef, överförmyndarenheten")
    src = os.path.join(tmpdir, "ofn.docx")
    d.save(src)
    soffice_convert(src, "doc", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Stratsys-like CSV export, two organisations, numeric scale in a header line
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_IK_export_20250915.csv"
    SBN = "Samhällsbyggnadsnämnden"
    AB = "Åmsele Bostäder AB"
    lines = [
        ["Rapport: Internkontroll – uppföljning", "", "", "", "", "", ""],
        ["Period: Delår 2025 (t.o.m. 2025-08-31)", "", "", "", "", "", ""],
        ["Statusskala: 0 = Ej aktuell, 1 = Ej påbörjad, 2 = Påbörjad, 3 = Genomförd, "
         "4 = Genomförd med avvikelse", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status delår",
         "Kommentar"],
    ]
    rows = [
        ("Samhällsbyggnadsnämnden", "Upphandling", "Direktupphandlingar dokumenteras enligt riktlinje",
         "Upphandlingssamordnare", "2", "4", "3 av 20 direktupphandlingar saknade dokumentation.",
         SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", "Gata/park", "Felanmälningar om gatubelysning åtgärdas inom avtalad tid",
         "Gatuchef", "3", "3", "Inga avvikelser.", SBN, "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "VA", "Kontroll av momsredovisning för VA-verksamheten",
         "Controller", "2", "2", "Första halvåret kontrollerat, juli–augusti återstår.", SBN, "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", "Gata/park",
         "Entreprenörens fakturor för vinterväghållning kontrolleras mot körjournaler",
         "Driftledare", "3", "", "Kontrollerat för januari–mars.", SBN, "GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", "Ekonomi", "Aktivering av investeringar i anläggningsregistret",
         "Ekonom", "1", "1", "Ej påbörjad, resursbrist på ekonomienheten.", SBN, "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", "VA", "Vattenprover tas enligt kontrollprogram",
         "VA-ingenjör", "0", "0", "Kontrollen flyttad till Vindelälvens Vatten AB.", SBN, "UTGAR", ""),
        ("Åmsele Bostäder AB", "Hyresadministration", "Hyresavier debiteras enligt hyresavtal",
         "Ekonomiansvarig", "3", "3", "Stickprov 30 avtal, inga avvikelser.", AB, "GENOMFORD", "nej"),
        ("Åmsele Bostäder AB", "Hyresadministration", "Kontroll av kundfordringar och inkassoåtgärder",
         "Ekonomiansvarig", "2", "3", "Samtliga fordringar äldre än 60 dagar hanterade.", AB, "GENOMFORD", "nej"),
        ("Åmsele Bostäder AB", "Fastighetsskötsel", "Besiktning av lekplatser enligt besiktningsplan",
         "Fastighetschef", "2", "2", "Besiktning av 9 av 14 lekplatser genomförd.", AB, "DELVIS", ""),
        ("Åmsele Bostäder AB", "Fastighetsskötsel", "Nyckelkvittenser vid in- och utflyttning",
         "Förvaltare", "4", "4", "Två utlämnade nycklar saknade kvittens.", AB, "GENOMFORD", "ja"),
        ("Åmsele Bostäder AB", "Ekonomi", "Attest av fakturor för underhållsarbeten",
         "VD", "", "", "", AB, "SAKNAS", ""),
    ]
    for row in rows:
        lines.append(list(row[:7]))
        exp(fil, row[7], row[2], row[8], row[9])
    lines.append(["", "", "", "", "", "", ""])
    lines.append(["Antal rader: %d" % len(rows), "", "", "", "", "", ""])
    lines.append(["Exporterad 2025-09-15 09:42 av ekonomiavdelningen", "", "", "", "", "", ""])
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", AB, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: instruction sheet about the colour legend, no follow-up in it
# ---------------------------------------------------------------------------
def file_rejected():
    fil = "Teckenförklaring statusfärger internkontroll.docx"
    d = docx.Document()
    fix_doc_props(d)
    d.add_heading("Anvisning – markering av status i uppföljningen av internkontrollplan 2025", level=1)
    d.add_paragraph("Från: Ekonomiavdelningen, Åmsele kommun")
    d.add_paragraph(
        "Inför delårsuppföljningen per 31 augusti ska samtliga nämnder och bolag redovisa status för varje "
        "kontrollmoment. För att underlaget ska kunna sammanställas till kommunstyrelsen ber vi er använda "
        "följande färger eller motsvarande koder. Om egen mall används ska en teckenförklaring finnas med i "
        "dokumentet.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Färg", "Betydelse", "Exempel på kommentar"]):
        t.rows[0].cells[i].text = h
    for col, bet, ex in [
        ("00B050", "Genomförd", "Stickprov på 20 fakturor, inga avvikelser."),
        ("FFFF00", "Påbörjad / delvis genomförd", "Halva urvalet granskat, resterande under hösten."),
        ("FF0000", "Ej genomförd", "Kontrollen har inte kunnat genomföras på grund av vakans."),
        ("BFBFBF", "Utgår", "Kontrollen har strukits genom beslut i nämnden."),
    ]:
        cells = t.add_row().cells
        shade(cells[0], col)
        cells[1].text = bet
        cells[2].text = ex
    d.add_paragraph()
    d.add_paragraph("Uppföljningen skickas till ekonomiavdelningen senast den 15 september 2025.")
    d.add_paragraph("Frågor besvaras av Lena Wikström, ekonomichef.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggkontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Åmsele Bostäder AB", "ÅBAB|Åmselebostäder"),
        ("Räddningstjänstförbundet Vindelälven", "RTV|Räddningstjänsten"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r417src")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_mbn(tmpdir)
        file_kfn()
        file_ofn(tmpdir)
        file_csv()
        file_rejected()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
