#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r449 - Eda kommun, delår 2025 from small nämnder with handmade files.

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file of the round, the rejected file, and namnder.csv / files.csv / expected.csv
in the folder of this script. Deterministic (same content on every run).
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round449"
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def set_core(doc_or_wb, author, title):
    if hasattr(doc_or_wb, "core_properties"):
        p = doc_or_wb.core_properties
        p.author = author
    else:
        p = doc_or_wb.properties
        p.creator = author
    p.title = title
    p.created = FIXED_DT
    p.modified = FIXED_DT


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------------------------
# 1. Valnämnden - easy xlsx, Ja/Nej column "Genomförd enligt plan?"
# ---------------------------------------------------------------------------------------------
def file_valnamnden():
    fil = "IK-uppföljning delår 2025 Valnämnden.xlsx"
    N = "Valnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Eda kommun – Valnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår (januari–augusti)"
    ws["A2"].font = Font(italic=True, size=11)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd enligt plan? (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Kontroll av att förtroendevalda röstmottagare har genomgått obligatorisk utbildning inför valet 2026",
         "Valsamordnare", "Nej",
         "Utbildningarna planeras till våren 2026. Kontrollen flyttas till helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
        (2, "Inventering av valmateriel (valsedelsställ, valskärmar, valurnor) mot förteckning",
         "Valsamordnare", "Ja",
         "Inventering gjord 2025-05-12. Två valskärmar saknades och har beställts.",
         "GENOMFORD", "ja"),
        (3, "Kontroll av att vallokaler och förtidsröstningslokaler uppfyller kraven på tillgänglighet",
         "Kanslichef", "Ja",
         "Samtliga nio lokaler besökta under juni, inga brister.",
         "GENOMFORD", "nej"),
        (4, "Attest av fakturor enligt attestordningen (stickprov)",
         "Ordförande", "ja", None, "GENOMFORD", "nej"),
        (5, "Kontroll av att uppgifter om röstmottagare hanteras enligt rutin för personuppgifter",
         "Kanslichef", None,
         "Ej aktuellt före valåret – inga röstmottagare är rekryterade ännu.",
         "UTGAR", ""),
    ]
    r = 5
    for nr, km, ans, ja, kom, st, av in rows:
        vals = [nr, km, ans, ja, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av valnämnden 2025-09-10, § 12")
    ws.cell(row=r + 2, column=1, value="Uppföljningen sammanställd av: Kerstin Olsson, nämndsekreterare")
    for col, w in zip("ABCDE", (6, 60, 16, 18, 55)):
        ws.column_dimensions[col].width = w
    set_core(wb, "Kerstin Olsson", "IK valnämnden delår 2025")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Överförmyndarnämnden - docx, table with real Word check-box content controls
# ---------------------------------------------------------------------------------------------
_sdt_id = [100200]


def add_checkbox(cell, checked):
    _sdt_id[0] += 1
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sym = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w", "w14"), _sdt_id[0], 1 if checked else 0, sym))
    p._p.append(parse_xml(xml))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcol)))


def file_overformyndare():
    fil = "Överförmyndarnämnden uppföljning IK jan-aug 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    p = d.add_paragraph()
    run = p.add_run("Överförmyndarnämnden i Eda kommun")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport januari–augusti 2025").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024. Nedan redovisas hur "
        "kontrollmomenten har genomförts under perioden januari–augusti. Markera med kryss i den ruta "
        "som stämmer och kommentera resultatet. Eventuella avvikelser ska beskrivas i kommentaren.")
    rows = [
        ("Granskning av samtliga inkomna årsräkningar senast 30 juni", (1, 0, 0),
         "142 av 142 årsräkningar granskade. Tre ställföreträdare har fått anmärkning och i ett fall har "
         "återbetalning till huvudmannen begärts.", "GENOMFORD", "ja"),
        ("Kontroll av att förteckning över huvudmannens tillgångar kommer in inom två månader från förordnandet",
         (0, 1, 0), "11 av 14 förteckningar kom in i tid. Påminnelser har skickats, två är fortfarande ute.",
         "DELVIS", "ja"),
        ("Stickprov på uttag från konton med överförmyndarspärr", (0, 0, 1),
         "Har ej genomförts på grund av sjukskrivning på enheten.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nya gode män och förvaltare har gått introduktionsutbildningen", (1, 0, 1),
         "Utbildningstillfälle hölls 2025-04-08.", "OKLAR", ""),
        ("Registerkontroll i Wärna: att alla pågående ärenden har en förordnad ställföreträdare", (0, 0, 0),
         "Se bilaga 2.", "OKLAR", ""),
        ("Attest av arvoden och kostnadsersättningar till ställföreträdare", (1, 0, 0),
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att beslut om arvode fattas av behörig delegat", (0, 0, 0), "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar / resultat"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "DDEBF7")
    for i, (km, marks, kom, st, av) in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = str(i)
        cells[1].text = km
        for j, m in enumerate(marks):
            add_checkbox(cells[2 + j], m)
        cells[5].text = kom
        exp(fil, N, km, st, av)
    widths = [Cm(1), Cm(9), Cm(2.3), Cm(2.3), Cm(2.3), Cm(8.5)]
    for row in t.rows:
        for w, c in zip(widths, row.cells):
            c.width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Utdrag ur Wärna, lämnas separat.")
    d.add_paragraph("Eda 2025-09-03")
    d.add_paragraph("Maria Lind, handläggare, överförmyndarenheten")
    set_core(d, "Maria Lind", "Uppföljning intern kontroll ÖFN")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 3. Miljö- och byggnadsnämnden - xlsx, status ONLY in free-text comments, process heading rows,
#    coloured risk-value cells (not statuses)
# ---------------------------------------------------------------------------------------------
def file_mbn():
    fil = "MBN delår 2025 internkontroll.xlsx"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (delår)"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16). Grönt 1–4, gult 6–8, rött 9–16."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Riskvärde",
           "Kommentar/uppföljning delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    fills = {"g": "C6EFCE", "y": "FFEB9C", "r": "FFC7CE"}

    def riskfill(v):
        return fills["g"] if v <= 4 else fills["y"] if v <= 8 else fills["r"]

    groups = [
        ("Bygglov", [
            ("Bygglov beviljas på ofullständigt underlag",
             "Stickprov av beviljade bygglov avseende att underlaget är fullständigt",
             "Stickprov 10 ärenden", "1 ggr/år", "Bygglovschef", 9,
             "Utförd i juni. 10 ärenden granskade, samtliga hade fullständigt underlag.", "GENOMFORD", "nej"),
            ("Lagstadgad handläggningstid överskrids",
             "Kontroll av att handläggningstiden på tio veckor för bygglov hålls",
             "Uttag ur Castor", "Tertial", "Bygglovschef", 12,
             "Uppföljning gjord för januari–juni: 4 av 61 ärenden överskred tio veckor och avgiften har "
             "reducerats. Åtgärd: ny bevakningslista i Castor.", "GENOMFORD", "ja"),
            ("Byggnad tas i bruk utan slutbesked",
             "Kontroll av att slutbesked har getts innan byggnaden tagits i bruk (stickprov)",
             "Stickprov 15 ärenden", "1 ggr/år", "Byggnadsinspektör", 6,
             "Påbörjad, 5 av planerade 15 ärenden kontrollerade hittills. Resterande görs under hösten.",
             "DELVIS", ""),
        ]),
        ("Miljö- och hälsoskyddstillsyn", [
            ("Planerad tillsyn genomförs inte",
             "Uppföljning av att planerad tillsyn enligt tillsynsplanen genomförs",
             "Avstämning mot tillsynsplan", "Tertial", "Miljöchef", 8,
             "Pågår. 48 av 90 planerade inspektioner utförda per 31/8.", "DELVIS", ""),
            ("Intäkter uteblir",
             "Kontroll av att tillsynsavgift debiteras för samtliga genomförda inspektioner",
             "Avstämning mot fakturering", "2 ggr/år", "Administratör", 9,
             "Har inte hunnits med på grund av vakans som miljöinspektör.", "EJ_GENOMFORD", ""),
            ("Klagomål hanteras inte",
             "Kontroll av att klagomålsärenden registreras i diariet inom en vecka",
             "Stickprov 10 ärenden", "1 ggr/år", "Administratör", 4, None, "SAKNAS", ""),
        ]),
        ("Ekonomi och administration", [
            ("Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor", "2 ggr/år", "Förvaltningschef", 6,
             "Genomförd, 25 fakturor granskade. 2 saknade beslutsattest – berörda attestanter har informerats.",
             "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls inte",
             "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Jämförelse diarium/protokoll", "Tertial", "Nämndsekreterare", 4,
             "Utgår enligt beslut MBN 2025-03-19 § 27, ingår i stället i kommunstyrelsens plan.",
             "UTGAR", ""),
            ("Allmänna handlingar lämnas inte ut skyndsamt",
             "Kontroll av att begärda allmänna handlingar lämnas ut utan dröjsmål",
             "Stickprov 10 begäranden", "1 ggr/år", "Nämndsekreterare", 3,
             "Klart – inga avvikelser noterade.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
        r += 1
        for risk, km, metod, frek, ans, rv, kom, st, av in items:
            vals = [gname, risk, km, metod, frek, ans, rv, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=riskfill(rv))
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, km, st, av)
            r += 1
    for col, w in zip("ABCDEFGH", (18, 28, 45, 20, 10, 18, 9, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    set_core(wb, "Lena Åberg", "Internkontroll MBN")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - ODS, mixed statuses (OK, Klart, Pågår, Ej startad, Stryks),
#    T1 and delår side by side, nämnd only in print header + file name alias
# ---------------------------------------------------------------------------------------------
def file_kfn(tmp):
    base = "Kultur och fritid - IK 2025"
    fil = base + ".ods"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fyll i status per uppföljningstillfälle. Status: OK/Klart = genomförd, Pågår, Ej startad, Stryks = utgår"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Status T1 (april)", "Status delår (aug)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Fritidskonsulent", "Pågår", "OK", "12 ansökningar kontrollerade mot reglerna.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Kontroll av att föreningar som får aktivitetsstöd har lämnat in närvarokort",
         "Fritidskonsulent", "Ej startad", "Pågår", None, "DELVIS", ""),
        ("Bibliotek", "Uppföljning av att bibliotekets medieinköp görs enligt avtal",
         "Bibliotekschef", "Klart", None, "Gjordes i mars.", "GENOMFORD", "nej"),
        ("Bibliotek", "Kontroll av kontanthantering i bibliotekets reception (dagskassor)",
         "Bibliotekschef", "OK", "Klart", "Differens på 150 kr i mars, utredd och rapporterad till ekonomi.",
         "GENOMFORD", "ja"),
        ("Anläggningar", "Kontroll av att samtliga bokningar av sporthallen faktureras",
         "Fritidschef", "Ej startad", "Ej startad", "Nytt bokningssystem införs hösten 2025, kontrollen görs därefter.",
         "EJ_GENOMFORD", ""),
        ("Anläggningar", "Kontroll av säkerhetsutrustning vid kommunens badplatser (livbojar, skyltning)",
         "Fritidschef", None, "se kommentar",
         "Alla sju badplatser besiktigade i juni. En livboj saknades och är ersatt.", "GENOMFORD", "ja"),
        ("Kulturskola", "Kontroll av att kulturskolans avgifter debiteras enligt taxa",
         "Kulturskolechef", "Stryks", "Stryks", "Avgiften är slopad från vårterminen 2025.", "UTGAR", ""),
        ("Konst", "Inventering av kommunens konstsamling",
         "Kultursekreterare", None, "Planeras till oktober", None, "EJ_GENOMFORD", ""),
    ]
    r = 5
    for omr, km, ans, t1, dl, kom, st, av in rows:
        for c, v in enumerate([omr, km, ans, t1, dl, kom], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppdaterad 2025-09-05 / AS")
    for col, w in zip("ABCDEF", (16, 55, 18, 14, 18, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Eda kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    set_core(wb, "Anna Svensson", "IK KoF")
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Tekniska nämnden - docx with text only (no table), label paragraphs, nämnd only in page header
# ---------------------------------------------------------------------------------------------
def file_tn():
    fil = "Delårsuppföljning IK 2025 TF.docx"
    N = "Tekniska nämnden"
    d = docx.Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tekniska nämnden\tEda kommun\tDnr TN 2024/118"
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_paragraph(
        "Förvaltningen redovisar här resultatet av de kontroller som ingår i nämndens "
        "internkontrollplan för 2025. Varje kontrollmoment redovisas med bedömning av om kontrollen "
        "genomförts enligt plan samt resultat och eventuella åtgärder.")
    items = [
        ("Fastighetsförvaltning",
         "Kontroll av att lagstadgade besiktningar (OVK, hissar, lekplatser) är utförda i kommunens fastigheter",
         "Ja",
         "OVK utförd i 14 av 14 objekt. Anmärkning på ventilationen i en skola, åtgärdas under hösten.",
         "GENOMFORD", "ja"),
        ("Fastighetsförvaltning",
         "Kontroll av nyckel- och passerkortshantering i kommunens lokaler",
         "Nej",
         "Inventering av passerkort har påbörjats men är inte slutförd, ungefär hälften av enheterna är klara.",
         "DELVIS", ""),
        ("Inköp",
         "Avtalstrohet vid inköp av varor och tjänster (stickprov 20 fakturor)",
         "Ja",
         "17 av 20 fakturor mot avtalad leverantör. Tre köp utanför avtal, återkopplat till enhetscheferna.",
         "GENOMFORD", "ja"),
        ("Vatten och avlopp",
         "Kontroll av att provtagning av dricksvatten följer provtagningsprogrammet",
         "Ja",
         "Samtliga prover tagna enligt programmet, inga otjänliga prov.",
         "GENOMFORD", "nej"),
        ("Gata och park",
         "Kontroll av att vinterväghållningsentreprenörens fakturor stäms av mot körjournaler",
         "Nej",
         "Kontrollen skjuts till helår eftersom säsongen 2024/25 fakturerades sent.",
         "EJ_GENOMFORD", ""),
        ("Renhållning",
         "Kontroll av att avfallstaxan debiteras samtliga abonnenter",
         "",
         "Arbetet pågår tillsammans med ekonomiavdelningen, avstämning mot fastighetsregistret har påbörjats.",
         "DELVIS", ""),
    ]
    for i, (proc, km, ja, res, st, av) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, proc), level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Genomförd enligt plan? ").bold = True
        p.add_run(ja if ja else "")
        p = d.add_paragraph()
        p.add_run("Resultat/kommentar: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Eda i september 2025")
    d.add_paragraph("Per Nilsson, förvaltningschef teknisk förvaltning")
    set_core(d, "Per Nilsson", "Delårsuppföljning IK 2025")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Stratsys export - CSV (cp1252, ;), two nämnder, T1 and delår rows per control
# ---------------------------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_delar2025.csv"
    SN, BUN = "Socialnämnden", "Barn- och utbildningsnämnden"
    head = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Uppföljningsperiod", "Status", "Kommentar"]
    T1, DL = "Tertial 1 2025", "Delår 2025"
    ctrl = [
        (SN, "Socialförvaltningen", "Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef IFO",
         [(T1, "Genomförd", "Stickprov 15 ärenden, inga avvikelser."),
          (DL, "Genomförd", "Stickprov 15 ärenden, ett beslut fattat av fel delegat. Rättat och rutinen förtydligad.")],
         "GENOMFORD", "ja"),
        (SN, "Socialförvaltningen", "Ekonomiskt bistånd",
         "Kontroll av dubbelutbetalningar av försörjningsstöd", "Controller",
         [(T1, "Pågående", ""),
          (DL, "Genomförd med avvikelse", "En dubbelutbetalning upptäckt, återkrav upprättat.")],
         "GENOMFORD", "ja"),
        (SN, "Socialförvaltningen", "Äldreomsorg",
         "Kontroll av att utförda hemtjänsttimmar debiteras enligt beslut", "Enhetschef hemtjänst",
         [(T1, "Ej påbörjad", ""), (DL, "Pågående", "Två av fyra hemtjänstgrupper kontrollerade.")],
         "DELVIS", ""),
        (SN, "Socialförvaltningen", "LSS",
         "Uppföljning av att beslut om LSS-insatser verkställs inom tre månader", "Enhetschef LSS",
         [(T1, "Genomförd", "Samtliga beslut verkställda inom tre månader."), (DL, "", "")],
         "GENOMFORD", "nej"),
        (SN, "Socialförvaltningen", "Personal",
         "Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning inom LSS", "HR-partner",
         [(T1, "Ej aktuell", ""), (DL, "Ej aktuell", "Inga nyanställningar inom LSS under perioden.")],
         "UTGAR", ""),
        (BUN, "Barn- och utbildningsförvaltningen", "Skolskjuts",
         "Kontroll av att beslut om skolskjuts följer skolskjutsreglementet", "Skolskjutssamordnare",
         [(DL, "Genomförd", "Stickprov 10 beslut utan anmärkning.")], "GENOMFORD", "nej"),
        (BUN, "Barn- och utbildningsförvaltningen", "Förskola",
         "Kontroll av att inkomstuppgifter för maxtaxa har lämnats in", "Administratör förskola",
         [(DL, "Ej påbörjad", "Flyttas till hösten.")], "EJ_GENOMFORD", ""),
        (BUN, "Barn- och utbildningsförvaltningen", "Elevhälsa",
         "Kontroll av att journalföring i elevhälsans journalsystem sker enligt rutin", "Elevhälsochef",
         [(DL, "Delvis genomförd", "Två av fyra skolor kontrollerade.")], "DELVIS", ""),
        (BUN, "Barn- och utbildningsförvaltningen", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         [(DL, "Genomförd", "")], "GENOMFORD", "nej"),
        (BUN, "Barn- och utbildningsförvaltningen", "Kränkande behandling",
         "Kontroll av att anmälningar om kränkande behandling skickas till huvudmannen samma dag", "Skolchef",
         [(DL, "Avbruten", "Avbruten genom beslut BUN 2025-05-20 § 41, ingår i ny rutin.")], "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(head)
        for namnd, org, proc, km, ans, periods, st, av in ctrl:
            for per, s, k in periods:
                w.writerow([org, proc, km, ans, per, s, k])
            exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Kommunstyrelsen - legacy .xls (xlwt), two-row header with Ja/Nej per period, merged groups,
#    notes instead of status, totals row, signature
# ---------------------------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan 2025.xls"
    N = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    b = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                    "align: wrap on, vert top, horiz center; pattern: pattern solid, fore_colour gray25")
    t = xlwt.easyxf("font: bold on, height 280")
    n = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top, horiz center")
    g = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert center")
    ws.write(0, 0, "Kommunstyrelsen, Eda kommun", t)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning")
    ws.write(2, 0, "Uppföljning delår 2025 (t.o.m. augusti). Helår fylls i vid bokslut.")
    # header rows 4-5 (0-based 4,5)
    ws.write_merge(4, 5, 0, 0, "Kontrollområde", b)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", b)
    ws.write_merge(4, 5, 2, 2, "Frekvens", b)
    ws.write_merge(4, 5, 3, 3, "Ansvarig", b)
    ws.write_merge(4, 4, 4, 6, "Genomförd enligt plan?", b)
    ws.write(5, 4, "T1", b)
    ws.write(5, 5, "Delår", b)
    ws.write(5, 6, "Helår", b)
    ws.write_merge(4, 5, 7, 7, "Kommentar", b)
    groups = [
        ("Ekonomi", [
            ("Kontroll av att representation redovisas med syfte och deltagare", "2 ggr/år", "Redovisningsekonom",
             "Ja", "Ja", "Stickprov 20 verifikationer, 3 saknade deltagarförteckning – har kompletterats.",
             "GENOMFORD", "ja"),
            ("Avstämning av balanskonton per tertial", "Tertial", "Redovisningschef", "Ja", "Nej",
             "Avstämningen per augusti är inte gjord, görs i september.", "EJ_GENOMFORD", ""),
            ("Kontroll av att ändring av leverantörers bankkonto görs först efter verifiering", "Löpande",
             "Ekonomichef", "Ja", "Ja", "", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Kontroll av att lön inte betalas ut efter avslutad anställning", "Månadsvis", "HR-chef",
             "Ja", "Ja", "En felaktig utbetalning i maj (slutlön utbetald två gånger), återkrävd.",
             "GENOMFORD", "ja"),
            ("Uppföljning av sjukfrånvaro och pågående rehabiliteringsärenden", "Tertial", "HR-chef",
             "Nej", "Delvis", "Statistik tas fram, rehabärendena följs upp under hösten.", "DELVIS", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Kontroll av behörigheter i ekonomisystemet", "1 ggr/år", "IT-chef",
             "", "Ej aktuellt i år", "Görs vartannat år, nästa gång 2026.", "UTGAR", ""),
            ("Kontroll av att säkerhetskopiering av verksamhetssystem fungerar (återläsningstest)", "2 ggr/år",
             "IT-chef", "Nej", "Ja", "Återläsningstest gjort i juni, fungerade utan problem.", "GENOMFORD", "nej"),
        ]),
        ("Upphandling och kansli", [
            ("Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Tertial", "Upphandlare",
             "Ja", "se kommentar", "Delår: tre direktupphandlingar granskade, en saknade dokumentation.",
             "GENOMFORD", "ja"),
            ("Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar", "Tertial", "Kanslichef",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for gname, items in groups:
        ws.write_merge(r, r + len(items) - 1, 0, 0, gname, g)
        for km, frek, ans, t1, dl, kom, st, av in items:
            ws.write(r, 1, km, n)
            ws.write(r, 2, frek, c)
            ws.write(r, 3, ans, n)
            ws.write(r, 4, t1, c)
            ws.write(r, 5, dl, c)
            ws.write(r, 6, "", c)
            ws.write(r, 7, kom, n)
            exp(fil, N, km, st, av)
            r += 1
    ws.write(r, 1, "Antal genomförda enligt plan (Ja)", xlwt.easyxf("font: bold on"))
    ws.write(r, 4, 5)
    ws.write(r, 5, 4)
    ws.write(r + 2, 0, "Eda 2025-09-15")
    ws.write(r + 3, 0, "Lars Johansson, kommundirektör")
    for col, w in enumerate((20, 55, 11, 18, 8, 14, 8, 55)):
        ws.col(col).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------------------------
def file_lock():
    fil = "~$MBN delår 2025 internkontroll.xlsx"
    owner = "Lena Åberg"
    data = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ")
    data += owner.encode("utf-16-le").ljust(110, b"\x00")
    data = data[:165]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Tekniska nämnden", "TN|Teknisk förvaltning|TF|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Krisledningsnämnden", "KLN"),
        ("Eda Bostadsbolag AB", "EBAB|Edabostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r449-")
    try:
        file_valnamnden()
        file_overformyndare()
        file_mbn()
        file_kfn(tmp)
        file_tn()
        file_stratsys()
        file_ks()
        file_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
