# -*- coding: utf-8 -*-
"""Blind round r452 - Årjäng kommun, T1 2025, kommunala bolag och förbund.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round452-work"
LO_PROFILE = "file:///tmp/lo-round452"
FIXED = dt.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


# ---------------------------------------------------------------------------
# 1. Årjängsbostäder AB - xlsx, follow-up sheet + risk matrix sheet.
#    Organisation ONLY in print header and in the Company document property.
# ---------------------------------------------------------------------------
def file1():
    fil = "IK_uppfoljning_T1_2025_v2.xlsx"
    N = "Årjängsbostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Follow-up T1"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Internal Control Follow-up / Uppföljning intern kontroll"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Period: Tertial 1 (jan–apr) 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    ws["A3"] = ("Status: OK = kontrollen utförd, inga avvikelser  ·  Ej OK = kontrollen utförd, "
                "avvikelse noterad (se kommentar)  ·  Pågår = kontrollen ej slutförd")
    ws["A3"].font = Font(size=9, color="555555")
    hdr = ["ID", "Risk (ref. Riskmatris)", "Control activity / Kontrollmoment", "Method / Metod",
           "Owner / Ansvarig", "Status T1", "Comment / Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    rows = [
        ("G", "1. Hyresadministration / Rental administration"),
        ("1.1", "R1", "Kontroll att hyreshöjning 2025 debiterats enligt förhandlingsprotokoll",
         "Stickprov 20 kontrakt", "Ekonomichef", "OK", "20 av 20 kontrakt korrekt debiterade.", "GENOMFORD", "nej"),
        ("1.2", "R2", "Uppföljning av hyresfordringar äldre än 60 dagar och att påminnelse/inkassokrav skickats enligt rutin",
         "Utdrag reskontra 2025-03-31", "Hyresadministratör", "Ej OK",
         "3 ärenden saknade inkassokrav. Åtgärdat 2025-04-22.", "GENOMFORD", "ja"),
        ("1.3", "R3", "Kontroll att andrahandsuthyrning har godkänts skriftligen",
         "Genomgång av samtliga kontrakt med andrahandsuthyrning", "Uthyrningschef", "Pågår",
         "Genomgång av 45 av ca 120 kontrakt klar.", "DELVIS", ""),
        ("G", "2. Inköp och avtal / Procurement"),
        ("2.1", "R4", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Ekonomichef", "OK", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2.2", "R5", "Kontroll att inköp över direktupphandlingsgränsen har föregåtts av upphandling",
         "Leverantörsanalys jan–apr", "VD", None,
         "Genomförd. Inga inköp över gränsen utan avtal noterades.", "GENOMFORD", "nej"),
        ("2.3", "R6", "Kontroll av ramavtalstrohet vid köp av hantverkstjänster", "Stickprov 15 beställningar",
         "Förvaltningschef", "Ej OK",
         "Två beställningar av måleritjänster hos leverantör utan avtal.\nInformation till förvaltarna given 2025-04-10.",
         "GENOMFORD", "ja"),
        ("G", "3. Fastighetsförvaltning / Property management"),
        ("3.1", "R7", "Uppföljning av att OVK (obligatorisk ventilationskontroll) genomförts enligt plan",
         "Jämförelse besiktningsplan/protokoll", "Teknisk chef", "Pågår",
         "Besiktning av kv. Lärkan flyttad till maj.", "DELVIS", ""),
        ("3.2", "R8", "Kontroll att systematiskt brandskyddsarbete (SBA) dokumenterats för samtliga fastigheter",
         "Genomgång av SBA-pärmar", "Teknisk chef", "Utgår",
         "Utgår enligt styrelsebeslut 2025-02-18, ingår i räddningstjänstens tillsyn.", "UTGAR", ""),
        ("3.3", "R9", "Kontroll av nyckel- och taggsystem: spärr av taggar vid avflyttning",
         "Stickprov 10 avflyttningar", "Kundcenter", None, None, "SAKNAS", ""),
        ("G", "4. IT & GDPR"),
        ("4.1", "R10", "Behörighetsgenomgång i fastighetssystemet", "Lista behörigheter mot personalförteckning",
         "IT-ansvarig", "OK", "Genomförd 2025-03-12. Inga inaktuella behörigheter.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            for ci, v in enumerate(row[:7], 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            st = row[5]
            if st == "OK":
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor="C6EFCE")
            elif st == "Ej OK":
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor="FFC7CE")
            elif st == "Pågår":
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor="FFEB9C")
            exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Redovisad för styrelsen 2025-05-20. Sammanställd av: Karin Dahl, ekonomichef")
    for col, w in zip("ABCDEFG", [6, 10, 48, 28, 18, 10, 48]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Årjängsbostäder AB"
    ws.oddHeader.right.text = "Styrelsemöte 2025-05-20"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"

    # risk matrix sheet beside the follow-up
    rm = wb.create_sheet("Riskmatris")
    rm["A1"] = "Risk matrix / Riskmatris 2025"
    rm["A1"].font = Font(size=14, bold=True)
    rm["A3"] = "ID"; rm["B3"] = "Risk"; rm["C3"] = "Sannolikhet (1–4)"; rm["D3"] = "Konsekvens (1–4)"; rm["E3"] = "Riskvärde"
    for c in "ABCDE":
        rm[c + "3"].font = Font(bold=True)
    risks = [("R1", "Felaktig hyresdebitering efter hyresförhandling", 2, 3),
             ("R2", "Kundförluster på grund av utebliven inkassohantering", 3, 3),
             ("R3", "Otillåten andrahandsuthyrning", 3, 2),
             ("R4", "Felaktiga utbetalningar till leverantörer", 2, 4),
             ("R5", "Otillåten direktupphandling", 2, 3),
             ("R6", "Köp utanför ramavtal", 3, 2),
             ("R7", "Bristande inomhusmiljö / ej godkänd OVK", 2, 3),
             ("R8", "Brand i bostadsfastighet", 1, 4),
             ("R9", "Obehörigt tillträde till lägenheter och förråd", 2, 3),
             ("R10", "Obehörig åtkomst till personuppgifter", 2, 4)]
    for i, (rid, txt, s, k) in enumerate(risks, 4):
        rm.cell(row=i, column=1, value=rid)
        rm.cell(row=i, column=2, value=txt)
        rm.cell(row=i, column=3, value=s)
        rm.cell(row=i, column=4, value=k)
        rm.cell(row=i, column=5, value="=C%d*D%d" % (i, i))
    base = 16
    rm.cell(row=base, column=1, value="Konsekvens →  /  Sannolikhet ↓").font = Font(italic=True)
    for k in range(1, 5):
        rm.cell(row=base, column=1 + k, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        rr = base + (5 - s)
        rm.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            ids = ", ".join(rid for rid, _, ss, kk in risks if ss == s and kk == k)
            c = rm.cell(row=rr, column=1 + k, value=ids or None)
            v = s * k
            color = "C6EFCE" if v <= 3 else ("FFEB9C" if v <= 7 else "FFC7CE")
            c.fill = PatternFill("solid", fgColor=color)
            c.border = BOX
    rm.column_dimensions["A"].width = 26
    rm.column_dimensions["B"].width = 50
    rm.oddHeader.left.text = "Årjängsbostäder AB"

    wb.properties.creator = "Karin Dahl"
    wb.properties.title = "Uppföljning intern kontroll T1 2025"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(OUT, fil)
    wb.save(path)
    # add <Company> to docProps/app.xml
    add_company(path, "Årjängsbostäder AB")
    FILES.append((fil, "INLAST", N, "2025", "T1"))


def add_company(path, company):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                s = data.decode("utf-8")
                if "<Company>" not in s:
                    s = s.replace("</Properties>", "<Company>%s</Company></Properties>" % company)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def set_cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + b)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def core(d, author, title):
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = author


# ---------------------------------------------------------------------------
# 2. Årjängs Energi AB - "PDF-like" Word memo; no control table, controls as
#    paragraphs with hard line breaks, "Status:<tab>…" lines.
# ---------------------------------------------------------------------------
def file2():
    fil = "AEAB_PM_internkontroll_tertial1_2025.docx"
    N = "Årjängs Energi AB"
    d = docx.Document()
    core(d, "Anna Lindqvist", "PM")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "ÅRJÄNGS ENERGI AB\tPM\t2025-05-14"
    fp = sec.footer.paragraphs[0]
    fp.text = "Årjängs Energi AB · Box 63 · 672 21 Årjäng · Org.nr 556xxx-xxxx"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = d.add_paragraph()
    r = p.add_run("PM – Uppföljning av internkontroll, tertial 1 2025")
    r.bold = True; r.font.size = Pt(15)
    t = d.add_table(rows=4, cols=2)
    no_borders(t)
    for i, (a, b) in enumerate([("Till:", "Styrelsen"), ("Från:", "VD och ekonomichef"),
                                ("Datum:", "2025-05-14"), ("Dnr:", "ÅEAB 2025/07")]):
        set_cell_text(t.cell(i, 0), a, bold=True)
        set_cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    h = d.add_paragraph(); h.add_run("Summary / Sammanfattning").bold = True
    d.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 den 12 december 2024. Planen omfattar nio kontroller. "
        "Av dessa har fem utförts under tertial 1 (varav en med anmärkning), en pågår, en har inte genomförts "
        "och en redovisas i bilaga. För en kontroll finns ännu inget att rapportera.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph()
    r = p.add_run("Statusbeteckningar: OK = utförd utan anmärkning, Ej OK = utförd med anmärkning, "
                  "Pågår = påbörjad men ej slutförd.")
    r.italic = True; r.font.size = Pt(9)
    h = d.add_paragraph(); h.add_run("Controls / Kontroller").bold = True

    ctrls = [
        ("K1", ["Kontroll av avvikande förbrukning (±40 % mot föregående år)", "före fakturering av elkunder"],
         "OK", "142 avvikelser utreddes och hanterades före fakturering. Inga felaktiga fakturor skickades.",
         "GENOMFORD", "nej"),
        ("K2", ["Attest av leverantörsfakturor enligt attestordningen"], "OK",
         "Stickprov om 30 fakturor. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("K3", ["Avstämning av fjärrvärmeleveranser mot debiterad energi per", "månad"], "Ej OK",
         "Avstämningen för februari visade en differens på 3,1 % i nätet Sifferbol. Mätaren var felkalibrerad "
         "och byttes 2025-04-03. Kunderna har kreditfakturerats.", "GENOMFORD", "ja"),
        ("K4", ["Kontroll av att elhandelsavtal med privatkunder tecknats med korrekt", "information om ångerrätt"],
         "Pågår", "Stickprov påbörjat, 10 av 30 avtal granskade. Inga fel hittills.", "DELVIS", "nej"),
        ("K5", ["Uppföljning av bränsleinköp (flis) mot ramavtal och prisindex"], "OK",
         "Samtliga leveranser fakturerade enligt avtal och indexreglering.", "GENOMFORD", "nej"),
        ("K6", ["Behörighetskontroll i kundsystemet och driftövervakningssystemet", "(SCADA)"], "Se bilaga 2",
         "", "OKLAR", ""),
        ("K7", ["Kontroll av representation och förtroendekänsliga poster"], "Ej genomförd",
         "Kontrollen har inte kunnat genomföras p.g.a. sjukskrivning. Flyttas till tertial 2.", "EJ_GENOMFORD", ""),
        ("K8", ["Uppföljning av kundklagomål och att svar lämnats inom 14 dagar"], "OK",
         "Samtliga 23 ärenden besvarade inom tidsgränsen.", "GENOMFORD", "nej"),
        ("K9", ["Kontroll av momshantering vid fakturering av anslutningsavgifter"], "", "", "SAKNAS", ""),
    ]
    for kid, lines, status, res, es, ea in ctrls:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(kid + "\t"); r.bold = True
        for i, ln in enumerate(lines):
            r = p.add_run(ln); r.bold = True
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        p2 = d.add_paragraph()
        p2.paragraph_format.space_after = Pt(0)
        p2.paragraph_format.left_indent = Cm(1.25)
        p2.add_run("Status:\t" + status)
        if res:
            p3 = d.add_paragraph()
            p3.paragraph_format.left_indent = Cm(1.25)
            p3.add_run("Findings / Iakttagelser:\t" + res)
        exp(fil, N, " ".join(lines), es, ea)

    d.add_paragraph()
    h = d.add_paragraph(); h.add_run("Förslag till beslut").bold = True
    d.add_paragraph("Styrelsen godkänner uppföljningen av internkontrollplanen för tertial 1 2025.")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nVD")
    d.add_paragraph("Bilaga 2: Behörighetsrapport (lämnas på mötet)").runs[0].italic = True
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Räddningstjänstförbundet Västra Värmland - ODS (via xlsx + LibreOffice).
#    T1 / T2 / Helår columns side by side; only T1 filled. Letter codes with
#    legend above the table. Process merged vertically. Riskmatris sheet.
# ---------------------------------------------------------------------------
def file3():
    fil = "RVV_Internkontrollplan_2025_uppf.ods"
    N = "Räddningstjänstförbundet Västra Värmland"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Räddningstjänstförbundet Västra Värmland"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – Direktionen"
    ws["A2"].font = Font(size=12)
    ws.merge_cells("A3:K3")
    ws["A3"] = ("Teckenförklaring:  G = Genomförd   |   D = Delvis genomförd / pågår   |   "
                "E = Ej genomförd   |   U = Utgår   |   (!) = avvikelse noterad, se kommentar")
    ws["A3"].font = Font(size=9, italic=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Riskvärde",
           "Uppf. T1", "Uppf. T2", "Uppf. helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F4B183")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    data = [
        ("Ekonomi", [
            (1, "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor/tertial", "Ekonomichef", 8, "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            (2, "Felaktig ersättning", "Kontroll av löneutbetalningar till personal i beredskap (RiB) mot tidrapporter",
             "Stickprov 2 stationer", "HR-controller", 9, "G (!)",
             "Två felaktiga beredskapsersättningar, korrigerade i aprillönen.", "GENOMFORD", "ja"),
            (3, "Uteblivna intäkter", "Kontroll att medlemskommunernas bidrag fakturerats enligt förbundsordningen",
             "Avstämning mot budget", "Ekonomichef", 4, "G", "", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            (4, "Brister i tillsyn", "Uppföljning av att tillsyn enligt LSO genomförts enligt tillsynsplan",
             "Uttag ur verksamhetssystem", "Stf. förbundschef", 12, "D",
             "31 av 80 planerade tillsyner utförda.", "DELVIS", ""),
            (5, "Bristande dokumentation", "Kontroll av att insatsrapporter upprättats och godkänts inom 14 dagar",
             "Stickprov 15 insatser", "Insatsledare", 6, "E",
             "Ej genomförd p.g.a. byte av rapportsystem. Görs T2.", "EJ_GENOMFORD", ""),
            (6, "Skada på personal", "Kontroll av rökdykarutrustning och andningsskydd enligt gällande föreskrifter",
             "Protokoll från andningsskyddsverkstad", "Materialansvarig", 12, "G", "Samtliga stationer kontrollerade.",
             "GENOMFORD", "nej"),
            (7, "Driftstopp fordon", "Uppföljning av att fordon besiktigats och servats enligt plan",
             "Fordonsregister", "Fordonsansvarig", 6, "D", "Servicen av höjdfordon i Säffle pågår.", "DELVIS", ""),
        ]),
        ("Personal", [
            (8, "Skada på personal", "Kontroll att läkarundersökning och arbetsprov för rökdykare genomförts",
             "Register över rökdykare", "HR-controller", 8, None, None, "SAKNAS", ""),
            (9, "Olämplig rekrytering", "Kontroll av registerutdrag vid nyanställning av RiB-personal",
             "Stickprov samtliga nyanställda", "HR-controller", 4, "U",
             "Utgår – ersätts av gemensam regional rutin (direktionsbeslut 2025-02-27).", "UTGAR", ""),
        ]),
        ("Information och IT", [
            (10, "Röjande av sekretess",
             "Kontroll av att sekretessbelagda handlingar i ärendesystemet hanteras enligt rutin",
             "Stickprov 10 ärenden", "Registrator", 9, "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for proc, items in data:
        start = r
        for (nr, risk, km, met, ans, rv, t1, kom, es, ea) in items:
            vals = [nr, proc if r == start else None, risk, km, met, ans, rv, t1, None, None, kom]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Uppföljning T1 behandlad av direktionen 2025-05-22, § 18.")
    for col, w in zip("ABCDEFGHIJK", [5, 14, 20, 46, 26, 16, 9, 9, 9, 9, 40]):
        ws.column_dimensions[col].width = w

    rm = wb.create_sheet("Riskmatris")
    rm["A1"] = "Riskmatris – sannolikhet × konsekvens"
    rm["A1"].font = Font(bold=True)
    rm["A3"] = "Sannolikhet \\ Konsekvens"
    labels = ["1 Försumbar", "2 Lindrig", "3 Kännbar", "4 Allvarlig"]
    for k, lab in enumerate(labels, 2):
        rm.cell(row=3, column=k, value=lab).font = Font(bold=True)
    slabels = ["4 Mycket sannolik", "3 Möjlig", "2 Mindre sannolik", "1 Osannolik"]
    placement = {(3, 4): "4, 6", (3, 3): "2, 10", (2, 4): "1, 8", (3, 2): "5, 7", (2, 2): "3, 9"}
    for i, lab in enumerate(slabels):
        s = 4 - i
        rm.cell(row=4 + i, column=1, value=lab).font = Font(bold=True)
        for k in range(1, 5):
            c = rm.cell(row=4 + i, column=1 + k, value=placement.get((s, k)))
            v = s * k
            c.fill = PatternFill("solid", fgColor="92D050" if v <= 3 else ("FFFF00" if v <= 8 else "FF0000"))
            c.border = BOX
    rm["A10"] = "Siffrorna i matrisen avser kontrollnummer på bladet IKP 2025."
    rm.column_dimensions["A"].width = 24
    for col in "BCDE":
        rm.column_dimensions[col].width = 14

    src = os.path.join(TMP, "RVV_Internkontrollplan_2025_uppf.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export: Gemensam IT-nämnd + Kommunstyrelsen.
# ---------------------------------------------------------------------------
def file4():
    fil = "Stratsys_export_20250512.csv"
    IT = "Gemensamma IT-nämnden"
    KS = "Kommunstyrelsen"
    hdr = ["Organisation", "Styrdokument", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Rapporteringsperiod", "Status", "Kommentar", "Senast ändrad"]
    org_it = "Gemensam IT-nämnd"
    org_ks = "Kommunstyrelsen"
    doc_it = "Internkontrollplan 2025 Gemensam IT-nämnd"
    doc_ks = "Internkontrollplan 2025 Kommunstyrelsen"
    rows = [
        (org_ks, doc_ks, "Ekonomi", "Avstämning av kommunens borgensåtaganden mot bolagens lån", "Ekonomichef",
         "Tertial", "Klar", "Avstämt mot bankernas engagemangsbesked per 2025-03-31.", "2025-04-28",
         KS, "GENOMFORD", "nej"),
        (org_it, doc_it, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "IT-chef",
         "Tertial", "", "", "2025-01-15", IT, "SAKNAS", ""),
        (org_ks, doc_ks, "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Controller",
         "Tertial", "Ej påbörjad", "Planeras till maj.", "2025-04-30", KS, "EJ_GENOMFORD", ""),
        (org_it, doc_it, "Informationssäkerhet", "Behörighetsgenomgång av administratörskonton i AD",
         "Säkerhetssamordnare", "Tertial", "Klar", "Genomförd 2025-03-20, inga avvikelser.", "2025-03-21",
         IT, "GENOMFORD", "nej"),
        (org_it, doc_it, "Informationssäkerhet",
         "Kontroll att säkerhetskopiering och återläsningstest av verksamhetssystem genomförts",
         "Driftchef", "Tertial", "Klar med avvikelse",
         "Återläsningstest av ekonomisystemet misslyckades vid första försöket.\nOrsak: felaktig lagringspolicy. Åtgärdat och nytt test godkänt 2025-04-15.",
         "2025-04-16", IT, "GENOMFORD", "ja"),
        (org_it, doc_it, "Informationssäkerhet",
         "Kontroll av att avslutade medarbetares konton inaktiveras inom 5 arbetsdagar", "IT-chef", "Tertial",
         "Avbruten", "Avbruten genom beslut i IT-nämnden 2025-03-05 § 12 – ersätts av automatiserat flöde.",
         "2025-03-06", IT, "UTGAR", ""),
        (org_it, doc_it, "Drift", "Kontroll av att säkerhetsuppdateringar installerats på servrar inom 30 dagar",
         "Driftchef", "Tertial", "Ej påbörjad", "Skjuts till T2 på grund av servermigrering.", "2025-04-29",
         IT, "EJ_GENOMFORD", ""),
        (org_ks, doc_ks, "Administration", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Kommunsekreterare", "Tertial", "Klar", "Inga avvikelser.", "2025-04-22", KS, "GENOMFORD", "nej"),
        (org_ks, doc_ks, "Administration", "Kontroll av att diarieföring sker inom tre arbetsdagar",
         "Registrator", "Tertial", "Pågående", "Stickprov för januari–februari klart, mars–april återstår.",
         "2025-04-30", KS, "DELVIS", ""),
        (org_it, doc_it, "Avtal och licenser", "Uppföljning av licenser mot faktiskt antal användare (Microsoft 365)",
         "IT-strateg", "Årlig", "Klar",
         "Genomförd. 40 licenser för mycket betalades, de har sagts upp från 1 april.", "2025-03-28",
         IT, "GENOMFORD", "ja"),
        (org_it, doc_it, "Avtal och licenser",
         "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga molntjänster", "Dataskyddssamordnare",
         "Årlig", "Pågående", "12 av 19 tjänster kontrollerade.", "2025-04-25", IT, "DELVIS", ""),
        (org_ks, doc_ks, "Upphandling", "Uppföljning av direktupphandlingar över 100 tkr – dokumentation",
         "Upphandlare", "Tertial", "Klar med avvikelse", "2 av 10 direktupphandlingar saknade dokumentation.",
         "2025-04-24", KS, "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for row in rows:
            org, doc, proc, km, ans, frek, st, kom, sen, nm, es, ea = row
            w.writerow([org, doc, proc, km, ans, frek, "Tertial 1 2025", st, kom, sen])
            exp(fil, nm, km, es, ea)
    FILES.append((fil, "INLAST", IT, "2025", "T1"))
    FILES.append((fil, "INLAST", KS, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Årjängs Stadshus AB - easy .xls (xlwt).
# ---------------------------------------------------------------------------
def file5():
    fil = "Stadshus_AB_IK_T1_2025.xls"
    N = "Årjängs Stadshus AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Årjängs Stadshus AB", big)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – tertial 1", bold)
    for c, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Status (OK / Ej OK / Pågår)", "Kommentar"]):
        ws.write(3, c, h, hdr)
    rows = [
        (1, "Kontroll att dotterbolagens ägardirektiv 2025 fastställts på respektive årsstämma", "VD", "Pågår",
         "Årsstämmorna hålls i maj–juni. Ägardirektiv fastställt för Årjängs Energi AB.", "DELVIS", ""),
        (2, "Uppföljning av koncernbidrag och skattemässig utjämning", "Ekonomichef", "OK", "", "GENOMFORD", "nej"),
        (3, "Kontroll att styrelseprotokoll justerats och arkiverats", "Styrelsens sekreterare", "OK",
         "Samtliga protokoll jan–apr justerade och arkiverade.", "GENOMFORD", "nej"),
        (4, "Avstämning av koncernkontot mot bankens saldobesked", "Ekonomichef", "Ej OK",
         "Kontrollen har inte genomförts under perioden – vakant tjänst. Görs i juni.", "EJ_GENOMFORD", ""),
        (5, "Attest av leverantörsfakturor enligt attestordningen", "VD", "OK", "Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    for i, (nr, km, ans, st, kom, es, ea) in enumerate(rows, 4):
        for c, v in enumerate([nr, km, ans, st, kom]):
            ws.write(i, c, v, wrap)
        exp(fil, N, km, es, ea)
    ws.write(11, 0, "Datum: 2025-05-08")
    ws.write(12, 0, "Per Berglund, VD")
    ws.col(0).width = 1500
    ws.col(1).width = 16000
    ws.col(2).width = 6000
    ws.col(3).width = 7000
    ws.col(4).width = 16000
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Årjängs Elnät AB - ODT (docx -> LibreOffice), English/Swedish headings,
#    period only as "January–April / jan–apr".
# ---------------------------------------------------------------------------
def file6():
    fil = "Elnat_uppfoljning_IK_jan-apr_2025.odt"
    N = "Årjängs Elnät AB"
    d = docx.Document()
    core(d, "Lars Nilsson", "Internal control report")
    d.add_heading("Årjängs Elnät AB", level=1)
    p = d.add_paragraph()
    p.add_run("Internal control report January–April 2025 / Uppföljning intern kontroll jan–apr 2025").bold = True
    d.add_paragraph("Rapporten redovisas för styrelsen 2025-05-21. Kontrollerna följer den av styrelsen "
                    "fastställda internkontrollplanen för 2025.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Control / Kontroll", "Responsible / Ansvarig", "Status", "Comments / Kommentarer"]):
        set_cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    rows = [
        ("1", "Kontroll att elsäkerhetsbesiktning av nätstationer utförts enligt underhållsplan", "Nätchef", "OK",
         "18 av 18 planerade stationer besiktigade.", "GENOMFORD", "nej"),
        ("2", "Avstämning av nätavgifter mot intäktsramen", "Ekonomichef", "OK", "", "GENOMFORD", "nej"),
        ("3", "Kontroll av avbrottsersättning till kunder vid avbrott över 12 timmar", "Kundtjänstchef", "Ej OK",
         "Ersättning till 7 kunder efter stormen i januari betalades ut för sent.\nRutinen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("4", "Uppföljning av mätvärdesinsamling – andel timmätare med saknade värden", "Mätansvarig", "Pågår",
         "Analys av mars–april pågår.", "DELVIS", ""),
        ("5", "Kontroll av att schaktanmälningar hanterats inom 5 arbetsdagar", "Nätchef", "OK",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("6", "Kontroll av leverantörsreskontra avseende dubbla betalningar", "Ekonomichef", "Ej aktuell",
         "Ingår från 2025 i koncernens gemensamma kontroll.", "UTGAR", ""),
    ]
    for nr, km, ans, st, kom, es, ea in rows:
        cells = t.add_row().cells
        for c, v in enumerate([nr, km, ans, st, kom]):
            set_cell_text(cells[c], v)
        exp(fil, N, km, es, ea)
    p = d.add_paragraph()
    r = p.add_run("Status: OK = performed, no remarks / utförd utan anmärkning · Ej OK = deviation found / "
                  "avvikelse konstaterad · Pågår = in progress / pågår · Ej aktuell = not applicable / utgår")
    r.italic = True; r.font.size = Pt(8)
    d.add_paragraph("Lars Nilsson, VD")
    src = os.path.join(TMP, "Elnat_uppfoljning_IK_jan-apr_2025.docx")
    d.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Samordningsförbundet Västra Värmland - .doc (docx -> LibreOffice) with a
#    risk-assessment table first and the follow-up table second.
# ---------------------------------------------------------------------------
def file7():
    fil = "Finsam_IK_2025_T1.doc"
    N = "Samordningsförbundet Västra Värmland"
    d = docx.Document()
    core(d, "Maria Ek", "Uppföljning internkontrollplan")
    d.add_heading("Samordningsförbundet Västra Värmland", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, tertial 1").runs[0].bold = True
    d.add_paragraph("Dnr 2025/04. Till styrelsens sammanträde 2025-05-16.")
    d.add_heading("1. Riskbedömning", level=2)
    t1 = d.add_table(rows=1, cols=4)
    t1.style = "Table Grid"
    for c, h in enumerate(["Risk", "Sannolikhet", "Konsekvens", "Riskvärde"]):
        set_cell_text(t1.rows[0].cells[c], h, bold=True)
    for risk, s, k in [("Medel används till insatser utanför förbundets uppdrag", 2, 4),
                       ("Felaktiga utbetalningar", 2, 3),
                       ("Uteblivna medlemsbidrag", 1, 3),
                       ("Personuppgifter sparas för länge", 3, 3),
                       ("Styrelsebeslut verkställs inte", 2, 2)]:
        cells = t1.add_row().cells
        for c, v in enumerate([risk, str(s), str(k), str(s * k)]):
            set_cell_text(cells[c], v)
    d.add_paragraph()
    d.add_heading("2. Uppföljning av kontrollmoment", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T1", "Kommentar"]):
        set_cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    groups = [
        ("Verksamhet", [
            ("Kontroll att insatser finansierade av förbundet följs upp i SUS", "Uttag ur SUS", "Tertial",
             "Förbundschef", "Genomförd", "Samtliga 9 insatser rapporterade.", "GENOMFORD", "nej"),
            ("Kontroll av att projektmedel används enligt beviljad ansökan", "Granskning av projektredovisningar",
             "Halvår", "Förbundschef", "Pågår", "2 av 5 projekt granskade.", "DELVIS", ""),
            ("Kontroll av att beslut i styrelsen verkställts", "Genomgång av beslutslogg", "Tertial",
             "Förbundschef", "",
             "Kontrollen genomförd 2025-04-10. Samtliga beslut är verkställda.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor", "Tertial",
             "Ekonom", "Genomförd med anmärkning", "En faktura attesterad av fel person. Rättad.",
             "GENOMFORD", "ja"),
            ("Avstämning av medlemsbidrag från Försäkringskassan, Arbetsförmedlingen, Region Värmland och kommunerna",
             "Avstämning mot huvudbok", "Tertial", "Ekonom", "Genomförd", "", "GENOMFORD", "nej"),
            ("Uppföljning av att personuppgifter i deltagarregister gallras enligt gallringsplan",
             "Kontroll i register", "Årlig", "Verksamhetsutvecklare", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    for g, items in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell_text(m, g, bold=True)
        shade(m, "F2F2F2")
        for km, met, fr, ans, st, kom, es, ea in items:
            cells = t.add_row().cells
            for c, v in enumerate([km, met, fr, ans, st, kom]):
                set_cell_text(cells[c], v, size=9)
            exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Maria Ek\nFörbundschef")
    src = os.path.join(TMP, "Finsam_IK_2025_T1.docx")
    d.save(src)
    soffice(src, "doc", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. REJECTED: covering letter (missiv) from the housing company - no follow-up.
# ---------------------------------------------------------------------------
def file8():
    fil = "Missiv_styrelsen_IK_T1.docx"
    d = docx.Document()
    core(d, "Karin Dahl", "Missiv")
    d.add_paragraph("Årjängsbostäder AB").runs[0].bold = True
    d.add_paragraph("2025-05-21")
    d.add_paragraph("Till: Årjängs kommun, ekonomiavdelningen")
    d.add_heading("Överlämnande av uppföljning av intern kontroll, tertial 1 2025", level=2)
    d.add_paragraph(
        "Härmed överlämnas Årjängsbostäder AB:s uppföljning av internkontrollplanen för tertial 1 2025, "
        "som behandlades av styrelsen den 20 maj 2025. Uppföljningen bifogas som separat Excelfil "
        "(IK_uppfoljning_T1_2025_v2.xlsx) tillsammans med bolagets riskmatris.")
    d.add_paragraph(
        "Styrelsen noterade att två kontroller visat avvikelser och att åtgärder har vidtagits. "
        "En kontroll har utgått efter styrelsebeslut i februari. Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Dahl\nEkonomichef, Årjängsbostäder AB\n0573-xx xx xx")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Gemensamma IT-nämnden", "Gemensam IT-nämnd|IT-nämnden|Gemensamma IT-nämnden Årjäng–Eda|IT-förvaltningen"),
    ("Årjängsbostäder AB", "ÅBAB|Årjängsbostäder|Bostadsbolaget"),
    ("Årjängs Energi AB", "ÅEAB|Årjäng Energi|Energibolaget"),
    ("Årjängs Elnät AB", "Årjäng Elnät|Elnätsbolaget"),
    ("Årjängs Stadshus AB", "Stadshus AB|Moderbolaget|Stadshuskoncernen"),
    ("Räddningstjänstförbundet Västra Värmland", "RVV|Räddningstjänsten Västra Värmland|Räddningstjänsten|Direktionen för Räddningstjänstförbundet"),
    ("Samordningsförbundet Västra Värmland", "Finsam Västra Värmland|Finsam|Samordningsförbundet"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
]


def main():
    os.makedirs(TMP, exist_ok=True)
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file1(); file2(); file3(); file4(); file5(); file6(); file7(); file8()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
