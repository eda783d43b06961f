#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r557 - Västerviks kommun, tertial 2 (T2) 2025, incl. bolagskoncernen.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
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
import xlwt
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round557"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
OFN = "Överförmyndarnämnden"
VKFAB = "Västerviks Kommunala Förvaltnings AB"
VBAB = "Västerviks Bostads AB"
VMEAB = "Västervik Miljö & Energi AB"
FRAMAT = "Västervik Framåt AB"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    (VKFAB, "VKFAB|VKF AB|Moderbolaget|Västerviks Kommunala Förvaltnings Aktiebolag"),
    (VBAB, "Västerviksbostäder|VBAB|Västerviks Bostäder"),
    (VMEAB, "VMEAB|Västervik Miljö och Energi AB|Miljö & Energi"),
    (FRAMAT, "Framåt|VFAB|Västervik Framåt"),
]


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props_xlsx(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fixed_props_docx(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, dest):
    """Convert src with LibreOffice to format fmt, move the result to dest."""
    tmpd = tempfile.mkdtemp(prefix="r557-")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    base = os.path.splitext(os.path.basename(src))[0] + "." + ext
    shutil.move(os.path.join(tmpd, base), dest)
    shutil.rmtree(tmpd, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, results written as counts beside a status column
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_Uppfoljning_internkontroll_T2_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Västerviks kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["D3"] = "Förvaltning:"
    ws["E3"] = "Kommunledningsförvaltningen"
    ws["A4"] = "Uppföljningsdatum:"
    ws["B4"] = "2025-09-15"
    ws["D4"] = "Sammanställd av:"
    ws["E4"] = "Lena Holmgren, controller"
    for c in ("A3", "A4", "D3", "D4"):
        ws[c].font = BOLD
    ws["A5"] = ("Resultat anges som antal kontrollerade poster och antal fel. Status anges som "
                "Genomförd, Delvis genomförd, Ej genomförd eller Utgår.")
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Ansvarig",
           "Resultat", "Status", "Kommentar/åtgärd"]
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov i ekonomisystemet Raindance", "20 fakturor per tertial", "Redovisningschef",
             "2 av 20 stickprov med fel", "Genomförd",
             "Två fakturor attesterade av ersättare utan gällande delegation. Attestantlistan uppdaterad 2025-09-01.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av att representation och förtroendekänsliga poster redovisas enligt riktlinje",
             "Stickprov på verifikationer", "15 verifikationer", "Controller",
             "1 av 15 med fel", "Genomförd",
             "Deltagarförteckning saknades vid en extern representation. Återkoppling till berörd chef.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton per 31 augusti",
             "Avstämning mot underlag", "Samtliga balanskonton", "Redovisningsekonom",
             "0 fel", "Genomförd", "", "GENOMFORD", "nej"),
            ("1.4", "Utbetalningar", "Kontroll av att ändring av leverantörers bankkontonummer sker enligt rutin",
             "Genomgång av ändringslogg", "Samtliga ändringar jan–aug", "Ekonomichef",
             "0 fel av 7 ändringar", "Genomförd", "Samtliga ändringar verifierade via motringning.",
             "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll av att felaktigt utbetalda löner återkrävs",
             "Genomgång av ärenden i lönesystemet", "Samtliga ärenden jan–aug", "HR-chef",
             "3 av 12 ärenden saknar återkravsbeslut", "Delvis genomförd",
             "Resterande ärenden för juli–augusti kontrolleras i oktober.", "DELVIS", "ja"),
            ("2.2", "Anställning", "Kontroll av att anställningsavtal finns för samtliga nyanställda",
             "Stickprov i personalsystemet", "10 anställningar", "HR-specialist",
             "0 fel", "Genomförd", "", "GENOMFORD", "nej"),
            ("2.3", "Bisysslor", "Kontroll av att bisysslor anmälts och prövats",
             "Enkät till chefer", "Samtliga chefer", "HR-chef",
             "–", "Ej genomförd", "Genomförs under T3 i samband med medarbetarsamtalen.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("3.1", "Inköp", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
             "Stickprov på fakturor", "25 inköp", "Upphandlingschef",
             "4 av 25 köp utanför avtal", "Genomförd",
             "Information om avtalskatalogen skickad till berörda enheter.", "GENOMFORD", "ja"),
            ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
             "Genomgång av upphandlingsverktyget", "Samtliga direktupphandlingar", "Upphandlare",
             "0 fel (6 upphandlingar)", None,
             "Kontrollen genomförd i augusti, samtliga sex direktupphandlingar är dokumenterade.",
             "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet och krisberedskap", [
            ("4.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
             "Behörighetslista mot personalregister", "Samtliga behörigheter", "Systemförvaltare",
             "5 av 140 behörigheter borde ha avslutats", "Genomförd",
             "Behörigheterna avslutade 2025-08-28.", "GENOMFORD", "ja"),
            ("4.2", "Krisberedskap", "Kontroll av att kommunens krisledningsplan är uppdaterad",
             "Dokumentgranskning", "1 plan", "Säkerhetschef",
             "", "Utgår",
             "Ersatt av ny plan för civilt försvar och krisberedskap, KS 2025-04-09 § 88.", "UTGAR", ""),
        ]),
    ]
    r = HR + 1
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for row in rows:
            vals = row[:9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, KS, row[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Summering:").font = BOLD
    ws.cell(r, 3, "Genomförda kontroller: 7 av 11. Delvis: 1. Ej genomförda: 1. Utgår: 1. Ej angiven status: 1.")
    r += 2
    ws.cell(r, 1, "Godkänd av förvaltningschef")
    ws.cell(r + 1, 1, "Västervik 2025-09-15, Mats Åberg, kommundirektör")
    widths = [6, 18, 44, 28, 22, 18, 28, 16, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"
    fixed_props_xlsx(wb, "Lena Holmgren")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, long table breaking over pages,
#    header row repeated on every page
# ---------------------------------------------------------------------------
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def build_bun():
    fil = "BUN Uppföljning intern kontroll T2 2025.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "VÄSTERVIKS KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0412"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 142). Planen omfattar 14 "
        "kontrollmoment inom ekonomi, skola och förskola, personal och arbetsmiljö samt informationssäkerhet. "
        "Denna rapport redovisar utfallet av kontrollerna till och med den 31 augusti 2025 (tertial 2). "
        "Kontroller som inte har kunnat genomföras flyttas till tertial 3 och redovisas i helårsuppföljningen.")
    p = d.add_paragraph()
    p.add_run("Bedömning: ").bold = True
    p.add_run("Genomförd = kontrollen är utförd för perioden. Pågår = kontrollen är påbörjad men inte avslutad. "
              "Ej påbörjad = kontrollen har inte startat. Utgår = kontrollen stryks ur planen.")

    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig",
           "Bedömning", "Iakttagelser och åtgärder"]
    widths = [Cm(1.0), Cm(3.0), Cm(5.2), Cm(4.4), Cm(2.8), Cm(2.4), Cm(6.9)]
    sections = [
        ("Ekonomi", [
            ("1", "Inköp och betalning", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov om 25 fakturor ur leverantörsreskontran, fördelade på samtliga skolområden.",
             "Ekonomichef", "Genomförd",
             "Samtliga 25 fakturor var attesterade av behörig attestant enligt gällande attestordning. "
             "Inga avvikelser noterades.\nKontrollen upprepas under tertial 3 med fokus på fakturor under 5 000 kr.",
             "GENOMFORD", "nej"),
            ("2", "Bidrag till fristående verksamhet",
             "Kontroll av att barn- och elevpeng till fristående verksamheter beräknas enligt beslutad modell",
             "Avstämning av utbetalningar januari–juni mot beslutad ersättningsmodell och barnregistret.",
             "Controller", "Genomförd",
             "Kontrollen visade att en fristående förskola fick ersättning för fel antal barn i april "
             "(tre barn för mycket). Felet berodde på en sen registrering av uppsägning av plats. "
             "Mellanskillnaden har reglerats i juniutbetalningen och rutinen för avstämning mot barnregistret "
             "har förtydligats.",
             "GENOMFORD", "ja"),
            ("3", "Läromedel",
             "Kontroll av att läromedelsinköp görs från upphandlade leverantörer",
             "Stickprov om 20 inköp av läromedel och digitala licenser.",
             "Upphandlare", "Genomförd",
             "3 av 20 inköp var gjorda utanför avtal (digitala licenser köpta direkt från förlag). "
             "Rektorerna på berörda skolor har informerats och avtalskatalogen har kompletterats.",
             "GENOMFORD", "ja"),
        ]),
        ("Skola och förskola", [
            ("4", "Närvaro",
             "Kontroll av att frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Genomgång av frånvarouppföljning på samtliga nio grundskolor, stickprov om fem elever per skola.",
             "Verksamhetschef grundskola", "Pågår",
             "Kontrollen är genomförd på 4 av 9 grundskolor. Hittills har inga avvikelser noterats; "
             "samtliga granskade elever med hög frånvaro hade dokumenterad kontakt med vårdnadshavare. "
             "Resterande skolor granskas under september–oktober.",
             "DELVIS", "nej"),
            ("5", "Kränkande behandling",
             "Anmälan om kränkande behandling rapporteras till huvudman inom fastställd tid",
             "Uppföljning av samtliga anmälningar i anmälningssystemet januari–juni.",
             "Kvalitetsstrateg", "Genomförd",
             "Genomförd med anmärkning. 12 av 87 anmälningar rapporterades till huvudmannen senare än fem "
             "arbetsdagar efter händelsen. Förseningarna är koncentrerade till två enheter. Information om "
             "rutinen har lämnats på rektorsmöte i augusti.",
             "GENOMFORD", "ja"),
            ("6", "Elevhälsa",
             "Kontroll av att åtgärdsprogram upprättas och följs upp enligt skollagen",
             "Stickprov om 30 elever med beslut om särskilt stöd.",
             "Elevhälsochef", "Ej påbörjad",
             "Kontrollen har inte kunnat genomföras på grund av vakanser inom elevhälsan under våren. "
             "Kontrollen flyttas till tertial 3.",
             "EJ_GENOMFORD", ""),
            ("7", "Skolskjuts",
             "Kontroll av att beslut om skolskjuts fattas enligt riktlinje",
             "Stickprov om 30 beslut om skolskjuts inför läsåret 2025/26.",
             "Skolskjutshandläggare", "Genomförd",
             "0 fel av 30 beslut. Samtliga beslut var fattade enligt riktlinjen och på rätt delegation.",
             "GENOMFORD", "nej"),
            ("8", "Förskola",
             "Kontroll av barngruppernas storlek i förskolan mot Skolverkets riktmärken",
             "Genomgång av barngruppernas storlek per 15 mars och 15 september.",
             "Verksamhetschef förskola", "Pågår",
             "Mätningen per 15 mars är sammanställd. Mätningen per 15 september återstår och redovisas i "
             "helårsuppföljningen.",
             "DELVIS", ""),
            ("9", "Måltider",
             "Egenkontroll av livsmedelshantering i skolkök",
             "Genomgång av egenkontrollprogram i tre tillagningskök.",
             "Kostchef", "Utgår",
             "Ansvaret för måltidsverksamheten har förts över till kostenheten under kommunstyrelsen från "
             "den 1 mars 2025. Kontrollen utgår ur nämndens plan.",
             "UTGAR", ""),
        ]),
        ("Personal och arbetsmiljö", [
            ("10", "Rekrytering",
             "Kontroll av att utdrag ur belastningsregistret visas före anställning i förskola och skola",
             "Stickprov om 25 anställningar januari–augusti.",
             "HR-partner", "Genomförd",
             "Utdrag fanns dokumenterat för samtliga 25 anställningar. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("11", "Arbetsmiljö",
             "Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
             "Sammanställning av protokoll från skyddsronder.",
             "Förvaltningschef", "Pågår",
             "Skyddsronder är genomförda på 18 av 26 enheter. Resterande enheter har planerade skyddsronder "
             "under oktober. Brister som framkommit åtgärdas enligt handlingsplan.",
             "DELVIS", ""),
        ]),
        ("Informationssäkerhet och administration", [
            ("12", "Behörigheter",
             "Behörigheter i elevdokumentationssystemet avslutas när personal slutar",
             "Avstämning av aktiva konton mot listan över avslutade anställningar.",
             "Systemförvaltare", "Genomförd",
             "Två konton var fortfarande aktiva för personal som slutat i juni. Kontona stängdes "
             "2025-08-20. Rutinen för avslut av behörigheter ses över tillsammans med HR.",
             "GENOMFORD", "ja"),
            ("13", "Dataskydd",
             "Hantering av personuppgiftsincidenter enligt rutin",
             "Genomgång av anmälda incidenter januari–augusti.",
             "Dataskyddssamordnare", "",
             "Se bilaga 2.",
             "OKLAR", ""),
            ("14", "Synpunkter och klagomål",
             "Kontroll av att synpunkter och klagomål diarieförs och besvaras inom tre veckor",
             "Stickprov om 15 ärenden i diariet.",
             "Nämndsekreterare", "", "",
             "SAKNAS", ""),
        ]),
    ]
    ncontrols = sum(len(s[1]) for s in sections)
    tbl = d.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    tbl.autofit = False
    hrow = tbl.rows[0]
    set_repeat_header(hrow)
    for i, h in enumerate(hdr):
        cell_text(hrow.cells[i], h, bold=True)
        shade(hrow.cells[i], "BDD7EE")
    for sname, rows in sections:
        r = tbl.add_row()
        m = r.cells[0].merge(r.cells[len(hdr) - 1])
        cell_text(m, sname, bold=True)
        shade(m, "F2F2F2")
        for row in rows:
            r = tbl.add_row()
            for i, v in enumerate(row[:7]):
                cell_text(r.cells[i], v)
            exp(fil, BUN, row[2], row[7], row[8])
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    assert ncontrols == 14
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning av personuppgiftsincidenter (lämnas separat).")
    d.add_paragraph("Västervik den 16 september 2025")
    d.add_paragraph("Annika Sjöberg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    fixed_props_docx(d, "Annika Sjöberg", "Uppföljning intern kontroll T2 2025")
    d.save(out(fil))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ods (built as xlsx, converted by LibreOffice).
#    Two-level header: "Tertial 1" / "Tertial 2", each with "Resultat (G/D/E)" + Kommentar
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN_internkontroll_tertial2_2025.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (per 31 augusti 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Socialförvaltningen, Västerviks kommun"
    top = ["Område", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig"]
    for i, h in enumerate(top, 1):
        ws.cell(5, i, h)
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    ws.cell(5, 7, "Tertial 1")
    ws.merge_cells("G5:H5")
    ws.cell(5, 9, "Tertial 2")
    ws.merge_cells("I5:J5")
    ws.cell(6, 7, "Resultat (G/D/E)")
    ws.cell(6, 8, "Kommentar")
    ws.cell(6, 9, "Resultat (G/D/E)")
    ws.cell(6, 10, "Kommentar")
    for r in (5, 6):
        for cidx in range(1, 11):
            c = ws.cell(r, cidx)
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX
    # (område, risk, km, metod, frekvens, ansvarig, t1, k1, t2, k2, status, avv)
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 20 ärenden", "Varje tertial", "Enhetschef försörjningsstöd",
         "G", "Inga felaktiga utbetalningar.", "G", "Stickprov 20 ärenden, inga felaktiga utbetalningar.",
         "GENOMFORD", "nej"),
        ("Barn och unga", "Rättsosäkerhet",
         "Kontroll av att utredningstiden om fyra månader hålls inom barn och unga",
         "Uttag ur verksamhetssystemet", "T1, T2", "Enhetschef barn och unga",
         "E", "Planerad till T2.", "D",
         "Kontrollerat januari–juni. 6 av 41 utredningar överskred fyra månader utan beslut om förlängning. "
         "Juli–augusti kontrolleras i september.",
         "DELVIS", "ja"),
        ("Äldreomsorg", "Felaktig debitering",
         "Debiterad tid i hemtjänsten stäms av mot beviljad tid",
         "Avstämning 2 enheter/tertial", "T2", "Verksamhetschef hemtjänst",
         "", "", "G",
         "Avvikelse på två enheter där debiterad tid översteg beviljad tid. Åtgärdsplan upprättad.",
         "GENOMFORD", "ja"),
        ("Kvalitet", "Brister i utredning av missförhållanden",
         "Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid",
         "Genomgång av samtliga rapporter", "1 gång/år (T1)", "Kvalitetsutvecklare",
         "G", "0 fel. Samtliga 9 rapporter utredda inom tid.", "", "",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Felaktig läkemedelshantering",
         "Egenkontroll av läkemedelshantering på särskilda boenden",
         "Kvalitetsgranskning av MAS", "T1, T2", "MAS",
         "E", "MAS-tjänsten vakant.", "E", "Ej genomförd, MAS-tjänsten vakant sedan maj. Rekrytering pågår.",
         "EJ_GENOMFORD", ""),
        ("Funktionsnedsättning", "Insatser utförs inte enligt beslut",
         "Kontroll av att genomförandeplaner enligt LSS upprättas inom 14 dagar",
         "Stickprov 15 ärenden", "T2", "Enhetschef LSS",
         "", "", "D", "Granskning av 8 av 15 ärenden klar, resterande i september.",
         "DELVIS", ""),
        ("Äldreomsorg", "Felaktiga avgifter",
         "Avgiftsberäkning inom äldreomsorgen enligt taxa",
         "Stickprov 30 avgiftsbeslut", "T2", "Avgiftshandläggare",
         "", "", "G", "3 av 30 avgiftsbeslut var felaktiga och har rättats.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Otillbörlig åtkomst",
         "Loggkontroll i verksamhetssystemet",
         "Slumpvis loggkontroll", "Varje tertial", "Systemförvaltare",
         "-", "Utgår enligt beslut SN 2025-05-21 § 48, ersätts av automatiserad loggkontroll.", "", "",
         "UTGAR", ""),
        ("Placeringar", "Kostnader utanför avtal",
         "Kontroll av att placeringar på HVB följer ramavtal",
         "Genomgång av samtliga nya placeringar", "T2", "Enhetschef barn och unga",
         "", "", "", "",
         "SAKNAS", ""),
        ("Nämndadministration", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till nämnden",
         "Avstämning mot delegationslistor", "Varje tertial", "Nämndsekreterare",
         "G", "Samtliga anmälda.", "G", "Samtliga delegationsbeslut anmälda vid sammanträdena i juni och augusti.",
         "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, SN, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    ws.cell(r + 1, 1, "G = Genomförd")
    ws.cell(r + 2, 1, "D = Delvis genomförd")
    ws.cell(r + 3, 1, "E = Ej genomförd")
    widths = [18, 22, 40, 22, 14, 22, 10, 30, 10, 42]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed_props_xlsx(wb, "Socialförvaltningen")
    tmpd = tempfile.mkdtemp(prefix="r557sn-")
    src = os.path.join(tmpd, "SN_internkontroll_tertial2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", out(fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - xlsx, one comment cell per control with
#    per-period lines "T1: ..." newline "T2: ..."; no status column
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN IK-uppföljning 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteringstillfälle: tertial 2 (per 31 augusti)"
    ws["A3"] = "Uppföljningen skrivs löpande i kolumnen Uppföljning, en rad per tertial (T1, T2, T3)."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt", "Uppföljning"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BOX
    data = [
        ("Bidrag", [
            ("Kontroll av att föreningsbidrag betalas ut enligt bidragsregler och beslut",
             "Stickprov 10 utbetalningar per tertial", "Föreningskonsulent", "T1, T2, T3",
             "T1: Stickprov på 10 utbetalda aktivitetsstöd, inga fel.\n"
             "T2: Stickprov på 10 lokalbidrag. En förening hade fått bidrag för fel antal timmar, återkrav skickat.",
             "GENOMFORD", "ja"),
            ("Kontroll av att utbetalda arrangemangsbidrag redovisas av mottagaren",
             "Genomgång av samtliga arrangemangsbidrag", "Kultursekreterare", "T2",
             "T1: \nT2: Genomförd. 14 av 14 bidrag redovisade.",
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Kontantkassor i simhall och bibliotek stäms av månadsvis",
             "Avstämning kassarapport mot bank", "Enhetschef anläggningar", "T1, T2, T3",
             "T1: Genomförd, kassorna stämmer.\n"
             "T2: Genomförd. Differens på 350 kr i simhallens kassa i juli, utredd och rapporterad.",
             "GENOMFORD", "ja"),
            ("Kontroll av att uthyrning av lokaler och anläggningar faktureras",
             "Avstämning bokningssystem mot fakturering", "Bokningsansvarig", "T1, T2",
             "T1: Ej påbörjad.\n"
             "T2: Påbörjad. Genomgång av januari–juni klar, juli–augusti återstår.",
             "DELVIS", ""),
            ("Kontroll av att biblioteksmedier köps in enligt avtal",
             "Stickprov 15 fakturor", "Bibliotekschef", "T1, T2",
             "T1: Genomförd, 0 fel.\nT2: Genomförd, 0 fel.",
             "GENOMFORD", "nej"),
        ]),
        ("Tillgångar", [
            ("Kontroll av att utlåning av konst ur kommunens konstsamling registreras",
             "Inventering mot konstregistret", "Konstintendent", "T1",
             "T1: Inventering av utlånad konst i förvaltningens lokaler klar, inga avvikelser.\nT2: –",
             "GENOMFORD", "nej"),
        ]),
        ("Personal och säkerhet", [
            ("Registerkontroll av ledare i feriearbete och sommarverksamhet",
             "Kontroll av utdrag ur belastningsregistret", "Fritidschef", "T2",
             "T1: Planerad till maj.\n"
             "T2: Genomförd för samtliga 42 sommarledare, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Uppföljning av driftavtal med föreningar för kommunens anläggningar",
             "Avtalsgenomgång och platsbesök", "Enhetschef anläggningar", "T1, T2",
             "T1: Ej genomförd.\n"
             "T2: Ej genomförd, skjuts till 2026 på grund av omorganisationen.",
             "EJ_GENOMFORD", ""),
            ("Systematiskt brandskyddsarbete i publika lokaler",
             "Brandskyddsronder i 9 publika lokaler", "Säkerhetssamordnare", "T1, T2",
             "T1: Brandskyddsronder gjorda i 5 av 9 lokaler.\n"
             "T2: Ytterligare 2 lokaler klara, 7 av 9. På Stadsbiblioteket saknades skylt vid nödutgång, åtgärdat.",
             "DELVIS", "ja"),
            ("Kontroll av diarieföring av inkomna handlingar",
             "Stickprov 10 handlingar", "Registrator", "T2",
             "T1: \nT2: ",
             "SAKNAS", ""),
        ]),
    ]
    r = 6
    for area, rows in data:
        start = r
        for km, metod, ansv, tid, upp, status, avv in rows:
            vals = [area if r == start else None, km, metod, ansv, tid, upp]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.row_dimensions[r].height = 48
            exp(fil, KFN, km, status, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Ansvarig för sammanställning: Karin Lund, nämndsekreterare")
    for i, w in enumerate([18, 46, 30, 22, 12, 70], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed_props_xlsx(wb, "Karin Lund")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden - .xls from an older template (xlwt / BIFF8),
#    tick columns Utförd Ja/Nej and Brister Ja/Nej
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "IK uppf MBN T2 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blankett IK3")
    b = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                    "borders: left thin, right thin, top thin, bottom thin; "
                    "alignment: wrap on, horiz center, vert center")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cx = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    small = xlwt.easyxf("font: italic on, height 160")
    ws.write(0, 0, "VÄSTERVIKS KOMMUN", b)
    ws.write(0, 6, "Blankett IK 3 (rev. 2016-11)", small)
    ws.write(1, 0, "UPPFÖLJNING AV INTERN KONTROLL", title)
    ws.write(3, 0, "Nämnd:", b)
    ws.write(3, 1, "Miljö- och byggnadsnämnden")
    ws.write(4, 0, "År:", b)
    ws.write(4, 1, 2025)
    ws.write(5, 0, "Uppföljningsperiod:", b)
    ws.write(5, 1, "Tertial 2")
    ws.write(6, 0, "Ifylld av:", b)
    ws.write(6, 1, "Per Nilsson, administrativ chef")
    # two-level header
    ws.write_merge(8, 9, 0, 0, "Nr", h)
    ws.write_merge(8, 9, 1, 1, "Kontrollmoment", h)
    ws.write_merge(8, 9, 2, 2, "Kontrollansvarig", h)
    ws.write_merge(8, 8, 3, 4, "Kontrollen utförd", h)
    ws.write(9, 3, "Ja", h)
    ws.write(9, 4, "Nej", h)
    ws.write_merge(8, 8, 5, 6, "Brister noterade", h)
    ws.write(9, 5, "Ja", h)
    ws.write(9, 6, "Nej", h)
    ws.write_merge(8, 9, 7, 7, "Kommentar / åtgärd", h)
    rows = [
        ("Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef",
         "X", "", "X", "", "7 av 112 ärenden överskred tio veckor. Avgiften har reducerats enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa för miljöbalkens område", "Miljöchef",
         "X", "", "", "X", "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Administrativ chef",
         "X", "", "", "X", "", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "", "X", "", "", "Görs i oktober.", "EJ_GENOMFORD", ""),
        ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Livsmedelsinspektör",
         "X", "X", "", "", "", "OKLAR", ""),
        ("Beslut om strandskyddsdispens skickas till Länsstyrelsen inom tre veckor", "Bygglovschef",
         "X", "", "X", "", "1 av 14 beslut skickades för sent.", "GENOMFORD", "ja"),
        ("Arkivering av avslutade bygglovsärenden i e-arkivet", "Arkivredogörare",
         "", "", "", "", "Pågår, ca 60 % av 2024 års ärenden arkiverade.", "DELVIS", ""),
        ("Uppföljning av anmärkningar från obligatorisk ventilationskontroll (OVK)", "Byggnadsinspektör",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 10
    for n, row in enumerate(rows, 1):
        ws.write(r, 0, n, cx)
        ws.write(r, 1, row[0], cs)
        ws.write(r, 2, row[1], cs)
        for k in range(4):
            ws.write(r, 3 + k, row[2 + k], cx)
        ws.write(r, 7, row[6], cs)
        exp(fil, MBN, row[0], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Markera med X. Brister ska kommenteras och åtgärd anges.", small)
    ws.write(r + 2, 0, "Underskrift kontrollansvarig:", b)
    ws.write(r + 2, 3, "Datum:", b)
    ws.write(r + 2, 4, "2025-09-10")
    for i, w in enumerate([6, 48, 20, 6, 6, 6, 6, 50]):
        ws.col(i).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Bolagskoncernen - xlsx, three bolag in one sheet, many plan columns
#    (risk matrix, planned T1/T2/T3 ticks) before the status far to the right
# ---------------------------------------------------------------------------
def build_bolag():
    fil = "Bolagskoncernen_internkontroll_T2_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP bolag 2025"
    ws["A1"] = "Västerviks Kommunala Förvaltnings AB – koncernens internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2, rapporteras till VKFAB:s styrelse 2025-09-24"
    ws["A3"] = ("Planen omfattar moderbolaget och dotterbolagen. Riskvärde = sannolikhet × konsekvens. "
                "Status: Klar / Pågår / Ej påbörjad / Ej aktuell.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Id", "Bolag", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Kontrollmetod", "Omfattning", "Frekvens", "Ansvarig", "Rapporteras till",
           "Planerad T1", "Planerad T2", "Planerad T3", "Status T2", "Kommentar T2"]
    ws.cell(5, 1, "PLAN")
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=16)
    ws.cell(5, 17, "UPPFÖLJNING")
    ws.merge_cells(start_row=5, start_column=17, end_row=5, end_column=18)
    for cidx in (1, 17):
        ws.cell(5, cidx).font = BOLD
        ws.cell(5, cidx).alignment = Alignment(horizontal="center")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9D9D9" if i < 17 else "FFF2CC")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    fills = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Ej aktuell": "EDEDED"}
    # id, bolag, process, risk, s, k, km, metod, omf, frekv, ansv, rapp, t1, t2, t3, status, komm, namnd, exp, avv
    rows = [
        ("K1", "VKFAB", "Koncernredovisning", "Felaktig redovisning av koncernbidrag", 2, 3,
         "Koncernbidrag och ägartillskott beslutas och bokförs korrekt",
         "Avstämning mot styrelsebeslut och bokslut", "Samtliga transaktioner", "1 gång/år", "Ekonomichef",
         "Styrelsen", "", "x", "", "Klar", "Avstämt mot bokslut 2024, inga avvikelser.", VKFAB, "GENOMFORD", "nej"),
        ("K2", "VKFAB", "Styrning", "Ägardirektiv följs inte i dotterbolagen", 2, 4,
         "Kontroll av att dotterbolagen följer ägardirektiv och bolagsordning",
         "Genomgång av styrelseprotokoll", "Samtliga dotterbolag", "1 gång/år", "VD",
         "Styrelsen", "", "x", "x", "Pågår", "Protokoll för VMEAB och Västerviksbostäder genomgångna.",
         VKFAB, "DELVIS", ""),
        ("K3", "VKFAB", "Inköp", "Fakturor betalas utan behörig attest", 2, 2,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "15 fakturor", "Tertial", "Ekonomichef", "VD", "x", "x", "x", "Klar",
         "1 av 15 stickprov saknade attest av behörig attestant. Attestordningen kommunicerad på nytt.",
         VKFAB, "GENOMFORD", "ja"),
        ("B1", "Västerviksbostäder", "Hyresadministration", "Felaktig hyresdebitering", 2, 3,
         "Hyror debiteras enligt gällande hyresavtal",
         "Stickprov hyresavtal mot avier", "40 avtal", "Tertial", "Förvaltningschef", "VD",
         "x", "x", "x", "Klar", "0 fel av 40 kontrollerade avtal.", VBAB, "GENOMFORD", "nej"),
        ("B2", "Västerviksbostäder", "Uthyrning", "Lägenheter fördelas utanför kön", 2, 4,
         "Kontroll av att köregler för lägenhetsuthyrning följs vid tilldelning",
         "Stickprov tilldelningar", "25 tilldelningar", "Tertial", "Uthyrningschef", "VD",
         "x", "x", "x", "Klar",
         "2 av 25 tilldelningar avvek från kön utan dokumenterat skäl. Rutinen för dokumentation skärps.",
         VBAB, "GENOMFORD", "ja"),
        ("B3", "Västerviksbostäder", "Fastighetsskötsel", "Felanmälningar åtgärdas inte i tid", 3, 2,
         "Uppföljning av felanmälningar och åtgärdstider",
         "Uttag ur felanmälanssystemet", "Samtliga felanmälningar", "Halvår", "Driftchef", "VD",
         "", "x", "x", "Ej påbörjad", "Systembyte i juni, uttag möjligt först under T3.", VBAB,
         "EJ_GENOMFORD", ""),
        ("B4", "Västerviksbostäder", "Upphandling", "Otillåten direktupphandling", 2, 3,
         "Upphandling av ramavtal för entreprenader följer LOU",
         "Granskning av upphandlingsdokument", "Samtliga upphandlingar", "Tertial", "Inköpsansvarig", "VD",
         "x", "x", "x", "Ej aktuell", "Ingen upphandling av ramavtal genomförd under perioden.", VBAB,
         "UTGAR", ""),
        ("M1", "VMEAB", "Fakturering", "Felaktig fakturering av fjärrvärme", 2, 3,
         "Avläsning och fakturering av fjärrvärme stäms av mot mätvärden",
         "Avstämning mätdatasystem mot kundsystem", "Samtliga kunder", "Tertial", "Kundtjänstchef", "VD",
         "x", "x", "x", "Klar", "Inga differenser.", VMEAB, "GENOMFORD", "nej"),
        ("M2", "VMEAB", "Vatten och avlopp", "Bristande kontroll av dricksvatten", 1, 4,
         "Egenkontroll på vattenverk utförs enligt kontrollprogram",
         "Genomgång av provtagningsprotokoll", "Samtliga vattenverk", "Tertial", "VA-chef", "VD",
         "x", "x", "x", "Klar",
         "Ett provtagningstillfälle i juli missades på ett av vattenverken. Rutin för semesterbemanning justerad.",
         VMEAB, "GENOMFORD", "ja"),
        ("M3", "VMEAB", "IT och driftsäkerhet", "Obehörig åtkomst till styrsystem", 2, 4,
         "Behörigheter i SCADA-systemet stäms av mot personal",
         "Behörighetslista mot personalregister", "Samtliga konton", "Halvår", "IT-ansvarig", "VD",
         "", "x", "", "Pågår", "Genomgång påbörjad, klar i oktober.", VMEAB, "DELVIS", ""),
        ("M4", "VMEAB", "Kundfordringar", "Kundförluster", 2, 2,
         "Påminnelse och inkasso sker enligt kreditpolicy",
         "Stickprov förfallna fakturor", "20 fakturor", "Tertial", "Ekonomichef", "VD",
         "x", "x", "x", None, "Kontrollen är genomförd, inga avvikelser.", VMEAB, "GENOMFORD", "nej"),
        ("M5", "VMEAB", "Informationssäkerhet", "Incidenter rapporteras inte", 2, 3,
         "Rapportering av säkerhetsincidenter enligt cybersäkerhetslagen",
         "Genomgång av incidentlogg", "Samtliga incidenter", "Halvår", "Säkerhetsansvarig", "VD",
         "", "", "x", None, None, VMEAB, "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        (rid, bol, proc, risk, s, k, km, metod, omf, frekv, ansv, rapp,
         t1, t2, t3, status, komm, namnd, est, avv) = row
        vals = [rid, bol, proc, risk, s, k, None, km, metod, omf, frekv, ansv, rapp,
                t1 or None, t2 or None, t3 or None, status, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 7).value = "=E%d*F%d" % (r, r)
        if status in fills:
            ws.cell(r, 17).fill = PatternFill("solid", fgColor=fills[status])
        exp(fil, namnd, km, est, avv)
        r += 1
    widths = [5, 18, 18, 26, 10, 10, 9, 40, 26, 18, 10, 16, 14, 9, 9, 9, 12, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    # bolag list sheet
    ws2 = wb.create_sheet("Bolag")
    ws2["A1"] = "Förkortning"
    ws2["B1"] = "Bolag"
    for i, (a, n) in enumerate([("VKFAB", VKFAB), ("Västerviksbostäder", VBAB), ("VMEAB", VMEAB)], 2):
        ws2.cell(i, 1, a)
        ws2.cell(i, 2, n)
    fixed_props_xlsx(wb, "VKFAB ekonomi")
    wb.save(out(fil))
    for n in (VKFAB, VBAB, VMEAB):
        FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Västervik Framåt AB - docx, text only (no table)
# ---------------------------------------------------------------------------
def build_framat():
    fil = "Västervik Framåt AB - intern kontroll tertial 2 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Västervik Framåt AB | Org.nr 556000-0000 | Box 0, 593 80 Västervik"
    d.add_heading("Rapport intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph("Västervik Framåt AB").runs[0].bold = True
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 vid sammanträdet den 12 februari. "
        "Nedan redovisas genomförda kontroller under perioden januari–augusti 2025. Rapporten har "
        "sammanställts av bolagets ekonomiansvarig och föredras för styrelsen den 25 september.")
    items = [
        ("Kontroll av att sponsrings- och marknadsföringsavtal följer bolagets policy",
         "Samtliga sex avtal som tecknats under året har granskats mot sponsringspolicyn.",
         "Alla avtal innehåller motprestation och är undertecknade av behörig firmatecknare.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov om 15 fakturor från perioden.",
         "En faktura avseende VD:s egen resa hade attesterats av VD själv. Fakturan har i efterhand "
         "attesterats av styrelsens ordförande.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Kontroll av att representation redovisas med syfte och deltagare",
         "Genomgång av representationskonton januari–augusti.",
         "Januari–maj är granskat utan anmärkning. Juni–augusti granskas i oktober.",
         "Delvis genomförd", "DELVIS", ""),
        ("Evenemangsbidrag till externa arrangörer redovisas enligt villkor",
         "Genomgång av redovisningar från arrangörer som fått bidrag.",
         "Kontrollen har inte hunnits med under perioden på grund av sommarens evenemang. Görs under T3.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Firmateckning och delegationsordning är aktuell efter VD-byte",
         "Kontroll av registrering hos Bolagsverket och av delegationsordningen.",
         "Ny firmateckning registrerad 2025-03-03 och delegationsordningen reviderad av styrelsen i april.",
         "Genomförd", "GENOMFORD", "nej"),
    ]
    for km, metod, res, status, est, avv in items:
        d.add_heading(km, level=2)
        p = d.add_paragraph()
        p.add_run("Genomförande: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(status)
        exp(fil, FRAMAT, km, est, avv)
    d.add_paragraph()
    d.add_paragraph("Västervik 2025-09-12")
    d.add_paragraph("Jonas Ek, ekonomiansvarig")
    fixed_props_docx(d, "Jonas Ek", "Intern kontroll T2 2025")
    d.save(out(fil))
    FILES.append((fil, "INLAST", FRAMAT, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden - Stratsys CSV export, one row per control and period
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Stratsys_export_ÖFN_2025-09-12.csv"
    hdr = ["Organisation", "Id", "Kontrollmoment", "Beskrivning", "Ansvarig", "Frekvens",
           "Period", "Status", "Kommentar", "Senast ändrad"]
    # (id, km, beskr, ansv, frekv, [(period, status, komm, datum)], expected, avv)
    items = [
        ("IK-01", "Granskning av årsräkningar inom fastställd tid",
         "Samtliga årsräkningar ska vara granskade senast 31 augusti", "Enhetschef", "Tertial",
         [("2025 Tertial 1", "Delvis genomförd", "65 % av årsräkningarna granskade.", "2025-05-06"),
          ("2025 Tertial 2", "Genomförd",
           "Samtliga 312 årsräkningar granskade per 31 augusti. 4 med anmärkning som föranlett åtgärd.",
           "2025-09-08")],
         "GENOMFORD", "ja"),
        ("IK-02", "Arvoden till ställföreträdare beräknas enligt riktlinje",
         "Stickprov 20 arvodesbeslut", "Handläggare", "Tertial",
         [("2025 Tertial 1", "Genomförd", "0 fel.", "2025-05-06"),
          ("2025 Tertial 2", "Genomförd", "Stickprov 20, 1 arvode felberäknat och rättat.", "2025-09-08")],
         "GENOMFORD", "ja"),
        ("IK-03", "Uttagstillstånd från spärrat konto handläggs korrekt",
         "Stickprov 10 beslut om uttag", "Handläggare", "Tertial",
         [("2025 Tertial 1", "Ej påbörjad", "", "2025-05-06"),
          ("2025 Tertial 2", "Delvis genomförd", "5 av 10 beslut granskade, inga fel hittills.", "2025-09-10")],
         "DELVIS", "nej"),
        ("IK-04", "Registerkontroll av nya ställföreträdare",
         "Utdrag ur belastningsregistret och kreditupplysning före förordnande", "Enhetschef", "Halvår",
         [("2025 Tertial 1", "Genomförd",
           "Samtliga 18 nya ställföreträdare kontrollerade, inga träffar.", "2025-05-06"),
          ("2025 Tertial 2", "", "", "")],
         "GENOMFORD", "nej"),
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for iid, km, beskr, ansv, frekv, periods, est, avv in items:
            for per, status, komm, dat in periods:
                w.writerow(["Överförmyndarnämnden", iid, km, beskr, ansv, frekv, per, status, komm, dat])
            exp(fil, OFN, km, est, avv)
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. To be rejected - covering letter (missiv) from the bolag group, no controls
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv intern kontroll bolagen T2 2025.docx"
    d = docx.Document()
    d.add_paragraph("Västerviks Kommunala Förvaltnings AB").runs[0].bold = True
    d.add_paragraph("2025-09-25")
    d.add_paragraph("Till: Kommunstyrelsen, Västerviks kommun\nKopia: Ekonomikontoret")
    d.add_heading("Överlämnande av bolagskoncernens uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph(
        "Härmed överlämnas koncernens uppföljning av internkontrollplanen för 2025 per tertial 2. "
        "Uppföljningen omfattar moderbolaget Västerviks Kommunala Förvaltnings AB samt dotterbolagen "
        "Västerviks Bostads AB och Västervik Miljö & Energi AB. Västervik Framåt AB redovisar sin "
        "uppföljning separat.")
    d.add_paragraph(
        "Styrelsen i VKFAB behandlade uppföljningen vid sammanträdet den 24 september 2025 och lade den "
        "till handlingarna. Av koncernens tolv kontrollmoment är sex klara, två pågår och övriga redovisas "
        "i bifogad sammanställning. De avvikelser som noterats bedöms inte som väsentliga, och åtgärder "
        "har vidtagits i respektive bolag.")
    d.add_paragraph("Bilaga: Bolagskoncernen_internkontroll_T2_2025.xlsx")
    d.add_paragraph()
    d.add_paragraph("Med vänliga hälsningar")
    d.add_paragraph("Eva Stenberg\nVD, Västerviks Kommunala Förvaltnings AB")
    fixed_props_docx(d, "Eva Stenberg", "Missiv intern kontroll T2")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in REGISTER:
            w.writerow([n, a])
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    build_ks()
    build_bun()
    build_sn()
    build_kfn()
    build_mbn()
    build_bolag()
    build_framat()
    build_ofn()
    build_missiv()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
