#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r349 - Rimforsa-Ed kommun, plain T2 2025 inbox (per 31 augusti).

Builds every file of the round plus namnder.csv, files.csv, expected.csv
deterministically into this script's folder.  Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round349"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_docx_core(doc, author):
    cp = doc.core_properties
    import datetime
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 9, 8, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 10, 14, 30, 0)
    cp.revision = 3
    cp.comments = ""


def fix_wb_props(wb, author):
    import datetime
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 9, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 11, 15, 0, 0)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so output is byte-stable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 10, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain xlsx, status as words (easy)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen (Kommunledningsförvaltningen)"
    ws["A3"] = "Uppföljningsperiod: 2025-01-01 – 2025-08-31"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod",
           "Ansvarig", "Status T2", "Kommentar/resultat"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
    rows = [
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Redovisningschef",
         "Genomförd", "20 fakturor granskade, samtliga korrekt attesterade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Otillåten representation",
         "Kontroll av att representation följer kommunens riktlinje för representation",
         "Stickprov 15 verifikationer konto 7610-7630", "Ekonomichef",
         "Genomförd med avvikelse",
         "3 av 15 verifikationer saknade deltagarförteckning och syfte. Påminnelse om riktlinjen skickad till samtliga budgetansvariga.",
         "GENOMFORD", "ja"),
        (3, "Ekonomi", "Felaktig momsredovisning",
         "Avstämning av ingående moms och momsredovisning till Skatteverket",
         "Avstämning per kvartal", "Redovisningsekonom",
         "Pågår", "Kvartal 1 avstämt utan anmärkning. Kvartal 2 avstäms i september.",
         "DELVIS", "nej"),
        (4, "Upphandling", "Bristande avtalstrohet",
         "Kontroll av köp utanför ramavtal (avtalstrohet)",
         "Analys av leverantörsreskontran", "Upphandlingschef",
         "Delvis genomförd",
         "Analysen av januari–april är klar. Maj–augusti analyseras under hösten.",
         "DELVIS", ""),
        (5, "HR/Lön", "Felaktiga löneutbetalningar",
         "Kontroll av att anställningsavtal är registrerat innan första löneutbetalning",
         "Stickprov 10 nyanställda", "HR-chef",
         "Ej påbörjad",
         "Skjuts upp till tertial 3 på grund av byte av lönesystem.",
         "EJ_GENOMFORD", ""),
        (6, "Informationssäkerhet", "Obehörig åtkomst",
         "Behörighetsgenomgång i ekonomisystemet – konton för avslutade anställningar stängs",
         "Jämförelse behörighetslista mot personalsystem", "IT-chef",
         "Genomförd",
         "4 konton tillhörande avslutade anställda var fortfarande aktiva och har nu stängts.",
         "GENOMFORD", "ja"),
        (7, "Kansli", "Handlingar diarieförs inte",
         "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 25 handlingar", "Kanslichef",
         "Genomförd", "Samtliga 25 handlingar diarieförda inom tre dagar.",
         "GENOMFORD", "nej"),
        (8, "Kansli", "Beslut fattas utan stöd i delegation",
         "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Genomgång av delegationslistor", "Kanslichef",
         "Utgår",
         "Kontrollen utgår enligt KS beslut 2025-05-14 § 87 då anmälan numera sker automatiskt i ärendehanteringssystemet.",
         "UTGAR", ""),
        (9, "Säkerhet och beredskap", "Bristande krisberedskap",
         "Kontroll av att kommunens krisledningsplan och larmlistor är uppdaterade",
         "Dokumentgranskning", "Säkerhetssamordnare",
         "", "", "SAKNAS", ""),
    ]
    for r in rows:
        ws.append(list(r[:8]))
        exp(fil, N, r[3], r[8], r[9])
    for row in ws.iter_rows(min_row=6, max_row=ws.max_row):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    ws.append([])
    ws.append(["", "Upprättad av: Lena Holmqvist, controller, 2025-09-12"])
    for col, w in zip("ABCDEFGH", [5, 18, 24, 48, 30, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb, "Lena Holmqvist")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, traffic-light fills, T1/T2/T3 columns
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK_uppfoljning_T2_2025_BUN.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – per 31 augusti (tertial 2)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Färgförklaring:"
    ws["A4"].font = BOLD
    legend = [(G, "Genomförd"), (Y, "Pågår / delvis genomförd"),
              (R, "Ej genomförd"), (GR, "Utgår")]
    col = 2
    for colr, txt in legend:
        c = ws.cell(row=4, column=col)
        c.fill = PatternFill("solid", fgColor=colr)
        c.border = BORDER
        ws.cell(row=4, column=col + 1, value=txt)
        col += 2
    ws["A5"] = "Markera statusen med färg i kolumnen för aktuellt tertial. Kommentera alltid avvikelser."
    ws["A5"].font = Font(italic=True, color="595959")
    hdr = ["Process", "Kontrollmoment", "Frekvens", "Ansvarig",
           "T1", "T2", "T3", "Iakttagelser/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    groups = [
        ("Ekonomi", [
            ("Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa",
             "Per tertial", "Avgiftshandläggare", G, G, None,
             "Stickprov 25 hushåll, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Per tertial", "Förvaltningsekonom", Y, G, None,
             "30 fakturor kontrollerade. 2 fakturor var attesterade av fel attestant, rättat och berörda chefer informerade.",
             "GENOMFORD", "ja"),
            ("Ekonomi", "Kontroll av att skolskjutsar faktureras enligt avtal med entreprenör",
             "Per tertial", "Skolskjutssamordnare", Y, Y, None,
             "Fakturor jan–jun kontrollerade mot körlistor. Augusti återstår.",
             "DELVIS", "nej"),
        ]),
        ("Elevhälsa och myndighetsutövning", [
            ("Elevhälsa", "Anmälan till huvudman om kränkande behandling görs samma dag som händelsen",
             "Per tertial", "Verksamhetschef grundskola", R, R, None,
             "Ny rutin i Draftit ej klar. Kontrollen flyttas till T3.",
             "EJ_GENOMFORD", ""),
            ("Elevhälsa", "Kontroll av att beslut om åtgärdsprogram dokumenteras och följs upp",
             "1 gång/år", "Rektorer", G, None, None,
             "Kontrollen genomfördes i april (T1). Inga brister.", "GENOMFORD", "nej"),
            ("Personal", "Utdrag ur belastningsregistret visas före anställning i skola och förskola",
             "Per tertial", "HR-konsult", None, G, None,
             "Samtliga 42 nyanställningar maj–augusti kontrollerade.", "GENOMFORD", "nej"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Per tertial", "HR-chef", GR, GR, None,
             "Utgår enligt BUN beslut 2025-03-20 § 31, hanteras i HR:s ordinarie uppföljning.",
             "UTGAR", ""),
            ("Personal", "Kontroll av att timanställda vikarier har attesterad tid i lönesystemet",
             "Per tertial", "Förskolechefer", None, None, None, "", "SAKNAS", ""),
            ("Arbetsmiljö", "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga förskolor",
             "1 gång/år", "Lokalsamordnare", None, Y, None,
             "8 av 14 förskolor kontrollerade, övriga under september.", "DELVIS", "nej"),
        ]),
    ]
    r = 8
    for gname, items in groups:
        ws.cell(row=r, column=1, value="Process: " + gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            vals = [it[0], it[1], it[2], it[3], None, None, None, it[7]]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BORDER
                c.alignment = WRAP
            for ci, colr in zip((5, 6, 7), it[4:7]):
                if colr:
                    ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor=colr)
            exp(fil, N, it[1], it[8], it[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporterat till nämnden 2025-09-25. Kontaktperson: Johan Strand, förvaltningsekonom BUF.")
    for col, w in zip("ABCDEFGH", [14, 55, 12, 24, 7, 7, 7, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fix_wb_props(wb, "Johan Strand")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, one table, status codes with legend under table,
#    process cell vertically merged
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IK_tertial2_2025.docx"
    N = "Socialnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Rimforsa-Ed kommun · Socialförvaltningen\tDnr SN 2025/112"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Socialnämnden – tertial 2 (perioden januari–augusti, per 31 augusti 2025)").runs[0].bold = True
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 141). I tabellen nedan "
        "redovisas status för respektive kontrollmoment per 31 augusti. Avvikelser som noterats "
        "beskrivs i kommentarskolumnen tillsammans med vidtagna eller planerade åtgärder.")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"]
    groups = [
        ("Myndighetsutövning individ- och familjeomsorg", [
            ("Utredningar gällande barn och unga avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet, samtliga avslutade utredningar", "GA",
             "12 av 40 utredningar överskred fyra månader, främst på grund av vakanser. Bemanningsplan tas fram.",
             "GENOMFORD", "ja"),
            ("Skyddsbedömning görs samma dag som orosanmälan inkommer",
             "Stickprov 30 anmälningar", "G",
             "Samtliga 30 anmälningar hade skyddsbedömning samma dag.", "GENOMFORD", "nej"),
            ("Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
             "Stickprov 20 beslut per månad (maj och augusti)", "P",
             "Stickprovet för maj är genomfört utan anmärkning, augusti pågår.", "DELVIS", "nej"),
        ]),
        ("Äldreomsorg och funktionsstöd", [
            ("Genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst",
             "Stickprov 15 brukare", "EG",
             "Ej genomförd på grund av vakans som kvalitetsutvecklare. Planeras till oktober.",
             "EJ_GENOMFORD", ""),
            ("Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
             "Genomgång av samtliga rapporter", "G",
             "Två rapporter under perioden, båda utredda och anmälda inom tid.", "GENOMFORD", "nej"),
            ("Inventering av läkemedelsförråd på särskilda boenden",
             "Inventeringsprotokoll", "U",
             "Utgår – ersätts av MAS egengranskning enligt beslut SN 2025-04-24 § 48.", "UTGAR", ""),
        ]),
        ("Ekonomi", [
            ("Fakturerade hemtjänstavgifter stäms av mot utförd tid",
             "Avstämning per hemtjänstområde", "P",
             "Avstämning gjord för två av fyra hemtjänstområden.", "DELVIS", "nej"),
            ("Kontroll av utbetalningar av arvoden och omkostnadsersättningar till familjehem och kontaktpersoner",
             "Stickprov 10 uppdragstagare", "",
             "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.cell(0, i)
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    r = 1
    for proc, items in groups:
        start = r
        for km, met, code, kom, status, avv in items:
            t.cell(r, 1).text = km
            t.cell(r, 2).text = met
            t.cell(r, 3).text = code
            t.cell(r, 3).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            t.cell(r, 4).text = kom
            exp(fil, N, km, status, avv)
            r += 1
        m = t.cell(start, 0).merge(t.cell(r - 1, 0))
        m.text = proc
    widths = [Cm(3.5), Cm(5.0), Cm(3.5), Cm(1.4), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    p = doc.add_paragraph()
    p.add_run("Statuskoder: ").bold = True
    p.add_run("G = genomförd utan avvikelse, GA = genomförd med avvikelse, P = pågår, "
              "EG = ej genomförd, U = utgår.")
    doc.add_paragraph("Bilaga 2: Granskning av uppdragstagarutbetalningar (separat dokument).")
    doc.add_paragraph("")
    doc.add_paragraph("Anna-Karin Björk\nSocialchef")
    fix_docx_core(doc, "Anna-Karin Björk")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen - Hypergene-like CSV export (cp1252),
#    two nämnder, long format (one row per control and period)
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Export_Internkontroll_SBF_20250908.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnadsnämnden"
    lines = []
    lines.append(["Rapport: Internkontroll - uppföljning kontrollmoment", "", "", "", "", "", "", ""])
    lines.append(["Urval: Samhällsbyggnadsförvaltningen, 2025, T1-T2", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2025-09-08 10:42 av peter.lind", "", "", "", "", "", "", ""])
    lines.append(["Organisation", "Process", "Kontrollmoment", "Period", "Status",
                  "Kommentar", "Ansvarig", "Senast ändrad"])
    # (org, process, km, [(period, status, comment, date)], ansvarig, expected, avv)
    ctrls = [
        (SBN, "Investeringar", "Kontroll av att entreprenadfakturor stäms av mot avtal och ÄTA-beslut",
         [("2025 T1", "Pågående", "Två projekt av tre genomgångna.", "2025-05-06"),
          ("2025 T2", "Klar", "Genomgång av tre projekt klar. ÄTA-arbete i projekt Storgatan etapp 2 saknade skriftligt beslut, rutinen har skärpts.", "2025-09-03")],
         "Projektchef", "GENOMFORD", "ja"),
        (SBN, "Fastighetsförvaltning", "Felanmälningar i kommunens fastigheter åtgärdas inom utlovad tid",
         [("2025 T1", "Klar", "89 % inom tid.", "2025-05-02"),
          ("2025 T2", "Klar", "92 % åtgärdade inom utlovad tid, målet 90 % uppnått.", "2025-09-01")],
         "Fastighetschef", "GENOMFORD", "nej"),
        (SBN, "Gata/park", "Besiktning av vägbelysning sker enligt underhållsplan",
         [("2025 T1", "Ej påbörjad", "", "2025-04-30"),
          ("2025 T2", "Ej påbörjad", "Besiktningen flyttad till oktober på grund av sen leverans av mätutrustning.", "2025-08-29")],
         "Gatuchef", "EJ_GENOMFORD", ""),
        (SBN, "Inköp", "Avtalstrohet vid inköp av material till gatuenheten",
         [("2025 T1", "", "", ""),
          ("2025 T2", "", "Kontrollen genomförd i juni. 40 inköp granskade, samtliga från avtalade leverantörer.", "2025-09-04")],
         "Gatuchef", "GENOMFORD", "nej"),
        (SBN, "VA", "Anläggningsavgifter för VA debiteras enligt VA-taxan",
         [("2025 T1", "Pågående", "", "2025-05-05"),
          ("2025 T2", "Avbruten", "Avbruten genom beslut SBN 2025-06-11 § 64, VA-verksamheten överförs till Rimforsa-Ed Vatten AB.", "2025-06-12")],
         "VA-chef", "UTGAR", ""),
        (MBN, "Bygglov", "Handläggningstiden för bygglov understiger tio veckor från komplett ansökan",
         [("2025 T1", "Klar", "Stickprov jan–apr: 19 av 20 inom tid.", "2025-05-07"),
          ("2025 T2", "Pågående", "Stickprov maj–aug pågår.", "2025-09-05")],
         "Bygglovschef", "DELVIS", ""),
        (MBN, "Miljötillsyn", "Tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
         [("2025 T1", "Ej påbörjad", "", "2025-04-28"),
          ("2025 T2", "Klar", "30 ärenden kontrollerade, 4 debiterade med fel timavgift. Kreditering och rättelse gjord.", "2025-09-02")],
         "Miljöchef", "GENOMFORD", "ja"),
        (MBN, "Nämndadministration", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         [("2025 T1", "Klar", "Samtliga delegationsbeslut jan–apr anmälda, inga avvikelser.", "2025-05-02"),
          ("2025 T2", "", "", "")],
         "Nämndsekreterare", "GENOMFORD", "nej"),
        (MBN, "Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt nämndens kontrollplan",
         [("2025 T1", "", "", ""),
          ("2025 T2", "", "", "")],
         "Miljöchef", "SAKNAS", ""),
    ]
    for org, proc, km, pers, ansv, st, avv in ctrls:
        for per, s, kom, d in pers:
            lines.append([org, proc, km, per, s, kom, ansv, d])
        exp(fil, org, km, st, avv)
    lines.append(["Antal rader: %d" % (len(lines) - 4), "", "", "", "", "", "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .ods, symbols with legend under the table
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN_Internkontroll_2025.ods"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden · Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 2 – läge per 2025-08-31"
    hdr = ["Område", "Kontrollmoment", "Kontrollant", "Jan–apr", "Maj–aug", "Sep–dec", "Notering"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
    rows = [
        ("Kassa", "Kontanthantering och kassaredovisning i bibliotekens och simhallens kassor",
         "Enhetschef bibliotek", "●", "●", "",
         "Oanmäld kassainventering i maj och augusti, inga differenser.", "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrning av lokaler och idrottsanläggningar debiteras enligt fastställd taxa",
         "Bokningsansvarig", "◐", "●", "",
         "2 bokningar i Edshallen var inte fakturerade. Fakturor skickade i juli.", "GENOMFORD", "ja"),
        ("Föreningsstöd", "Föreningsbidrag betalas ut enligt riktlinjer och mot redovisade underlag",
         "Föreningskonsulent", "○", "◐", "",
         "Aktivitetsbidrag för våren granskat. Lokalbidrag granskas i september.", "DELVIS", "nej"),
        ("Konst", "Inventering av kommunens konstsamling",
         "Kulturstrateg", "○", "○", "",
         "Skjuts till 2026 i samband med ny konstdatabas.", "EJ_GENOMFORD", ""),
        ("Fritid", "Registerkontroll av feriearbetare och ledare i sommarlovsverksamheten",
         "Fritidschef", "", "●", "",
         "Samtliga 64 ledare kontrollerade före anställning.", "GENOMFORD", "nej"),
        ("Fritid", "Uppföljning av besöksstatistik i fritidsgårdarna",
         "Fritidschef", "–", "–", "",
         "Utgår enligt KFN 2025-02-18 § 12.", "UTGAR", ""),
        ("Inköp", "Avtalstrohet vid inköp av medier till biblioteken",
         "Enhetschef bibliotek", "", "◐", "",
         "Inköp januari–juni granskade utan anmärkning, juli–augusti återstår.", "DELVIS", "nej"),
    ]
    r = 5
    for row in rows:
        for ci, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=ci, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
            if ci in (4, 5, 6):
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(size=13)
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r, column=2, value="● = genomförd   ◐ = delvis genomförd/pågår   ○ = ej genomförd   – = utgår")
    ws.cell(row=r + 2, column=1, value="Sammanställt av Sara Nyberg, kultur- och fritidsförvaltningen")
    for col, w in zip("ABCDEFG", [14, 55, 22, 9, 9, 9, 55]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb, "Sara Nyberg")
    src = os.path.join(tmp, "KFN_Internkontroll_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - .doc, free text only (no table)
# ---------------------------------------------------------------------------
def file_ofn(tmp):
    fil = "OFN_uppfoljning_IK_T2_2025.doc"
    N = "Överförmyndarnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("RIMFORSA-ED KOMMUN\nÖverförmyndarenheten")
    p.runs[0].bold = True
    doc.add_paragraph("Tjänsteskrivelse\t\t\t2025-09-10\nDnr ÖFN 2025/14")
    doc.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen för perioden "
                      "januari–augusti 2025 och lägger den till handlingarna.")
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph("Nämnden fastställde i december 2024 fem kontrollmoment för 2025. Nedan redovisas "
                      "resultatet av kontrollerna till och med den 31 augusti 2025.")
    items = [
        ("1. Granskning av årsräkningar för 2024 inom föreskriven tid",
         "Samtliga inkomna årsräkningar ska vara granskade senast den 30 juni.",
         "312 av 318 årsräkningar granskades före den 30 juni. De resterande sex granskades i juli på grund av "
         "sena kompletteringar. Kontrollen är genomförd, men förseningen noteras som en avvikelse.",
         "GENOMFORD", "ja"),
        ("2. Förteckning över huvudmannens tillgångar lämnas inom två månader från förordnandet",
         "Genomgång av samtliga nya förordnanden januari–juni.",
         "Kontrollen har påbörjats och ungefär hälften av ärendena är genomgångna. Den slutförs under tertial 3.",
         "DELVIS", ""),
        ("3. Lämplighetsprövning av nya gode män och förvaltare",
         "Kontroll mot belastningsregistret och Kronofogdemyndigheten innan förordnande.",
         "Samtliga elva nya ställföreträdare har kontrollerats före förordnande. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("4. Arvodesbeslut fattas i enlighet med nämndens riktlinjer",
         "Stickprov om 15 arvodesbeslut.",
         "Kontrollen har inte genomförts under perioden på grund av hög arbetsbelastning i samband med "
         "granskningen av årsräkningar. Den planeras till november.",
         "EJ_GENOMFORD", ""),
        ("5. Uttag från spärrade konton sker endast efter uttagstillstånd",
         "Jämförelse av kontoutdrag mot beviljade uttagstillstånd.",
         "Kontrollmomentet utgår. Nämnden beslutade 2025-04-09 § 22 att i stället delta i länsstyrelsens "
         "tillsyn av samma område.",
         "UTGAR", ""),
    ]
    for head, met, res, status, avv in items:
        doc.add_heading(head, level=3)
        p = doc.add_paragraph()
        p.add_run("Metod: ").italic = True
        p.add_run(met)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        km = head.split(". ", 1)[1]
        exp(fil, N, km, status, avv)
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                      "De kontroller som inte slutförts redovisas i helårsuppföljningen.")
    doc.add_paragraph("\nMaria Ekdahl\nEnhetschef, överförmyndarenheten")
    fix_docx_core(doc, "Maria Ekdahl")
    src = os.path.join(tmp, "OFN_uppfoljning_IK_T2_2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Rimforsa-Ed Bostäder AB - xlsx, tick columns; company only in print
#    header and file name (alias REBO)
# ---------------------------------------------------------------------------
def file_rebo():
    fil = "Internkontroll_2025_uppf_T2_REBO.xlsx"
    N = "Rimforsa-Ed Bostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Rimforsa-Ed Bostäder AB"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning per 2025-08-31 (T2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med x i den kolumn som stämmer."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse (ja/nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    rows = [
        (1, "Hyror", "Hyreshöjning 2025 har debiterats enligt förhandlingsöverenskommelsen med Hyresgästföreningen",
         "x", "", "", "Nej", "Stickprov 30 lägenheter, korrekt.", "GENOMFORD", "nej"),
        (2, "Hyror", "Kundfordringar äldre än 60 dagar har överlämnats till inkasso",
         "", "x", "", "", "Januari–maj kontrollerat, juni–augusti återstår.", "DELVIS", ""),
        (3, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "x", "", "", "Ja", "1 faktura attesterad av beställaren själv. Attestordningen förtydligad.",
         "GENOMFORD", "ja"),
        (4, "Fastighet", "Besiktning vid avflyttning dokumenteras i fastighetssystemet",
         "x", "x", "", "", "", "OKLAR", ""),
        (5, "Fastighet", "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan",
         "", "", "x", "", "Upphandling av ny besiktningsman pågår.", "EJ_GENOMFORD", ""),
        (6, "Uthyrning", "Lägenheter förmedlas enligt bolagets uthyrningspolicy (kötid)",
         "", "", "", "", "", "SAKNAS", ""),
        (7, "Säkerhet", "Nyckel- och passerkortsregistret stäms av mot hyresgästförteckningen",
         "x", "", "", "Nej", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for ci, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=ci, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
            if ci in (4, 5, 6, 7):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=2, value="Granskat av: Erik Sandell, ekonomichef")
    ws.cell(row=r + 2, column=2, value="Datum: 2025-09-09")
    for col, w in zip("ABCDEFGH", [5, 16, 60, 11, 9, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    fix_wb_props(wb, "Erik Sandell")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file of the BUN workbook
# ---------------------------------------------------------------------------
def file_lock(bun_fil):
    fil = "~$" + bun_fil
    user = "Johan Strand"
    data = bytes([len(user)]) + user.encode("ascii") + b" " * (53 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def namnder():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden|Miljö- och byggenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Rimforsa-Ed"),
        ("Rimforsa-Ed Bostäder AB", "REBO|Bostadsbolaget|Rimforsa-Ed Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r349_")
    try:
        file_ks()
        bun = file_bun()
        file_sn()
        file_sbf()
        file_kfn(tmp)
        file_ofn(tmp)
        file_rebo()
        file_lock(bun)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith((".xlsx", ".docx")) and not fn.startswith("~$"):
            normalize_zip(os.path.join(OUT, fn))
    namnder()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
