#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r246 - theme: dates and hand-typed shorthand as status.
Kommun: Lerviken, year 2025, helår.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round246"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)
D = dt.date

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb_props(wb):
    wb.properties.creator = "Lervikens kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Lervikens kommun"


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, status column with hand-typed shorthand + date column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("grp", "Ekonomi"),
        ("1", "Ekonomiprocessen", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         D(2025, 11, 14), "Genomförd!", "Stickprov 40 fakturor, 2 saknade andra attest – åtgärdat och återkopplat.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomiprocessen", "Kontroll av att representation redovisas med syfte och deltagare", "Controller",
         D(2025, 10, 2), "genomford", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Redovisning", "Avstämning av anläggningsregistret mot huvudboken", "Redovisningsansvarig",
         D(2025, 12, 19), "G", None, "GENOMFORD", ""),
        ("grp", "Personal"),
        ("4", "Lön", "Kontroll av att löneutbetalningar till avslutade anställningar har stoppats", "HR-chef",
         None, "Ej g.", "Hann inte p.g.a. byte av lönesystem. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("5", "Arbetsmiljö", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato", "HR-specialist",
         D(2025, 6, 10), "delv", "Kontrollerat för 1 av 3 förvaltningar, resterande under 2026.", "DELVIS", ""),
        ("grp", "IT och informationssäkerhet"),
        ("6", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet Raindance", "Systemförvaltare",
         None, "Utförd 2025-03-12", "3 aktiva konton för slutade medarbetare – avslutade.", "GENOMFORD", "ja"),
        ("7", "Dataskydd", "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Dataskyddsombud", D(2025, 9, 22), "ok", "Samtliga 5 incidenter anmälda i tid.", "GENOMFORD", "nej"),
        ("grp", "Upphandling och styrning"),
        ("8", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingschef",
         None, "pågår", "Analys av inköpsdata pågår, beräknas klar feb 2026.", "DELVIS", ""),
        ("9", "Ärendehantering", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         D(2025, 5, 20), "Genomförd", "Två beslut anmäldes mer än två månader efter beslutsdatum.",
         "GENOMFORD", "ja"),
        ("10", "Ärendehantering", "Uppföljning av att firmatecknare och behörigheter hos bank är aktuella",
         "Ekonomichef", None, "?", None, "OKLAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Lervikens kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Fyll i datum när kontrollen senast genomfördes samt status. Kommentera avvikelser."
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Senast genomförd", "Status", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    for row in rows:
        r += 1
        if row[0] == "grp":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            continue
        nr, proc, km, ansv, datum, st, kom, es, ea = row
        vals = [int(nr), proc, km, ansv, datum, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if datum:
            ws.cell(r, 5).number_format = "yyyy-mm-dd"
        exp(fil, N, km, es, ea)
    r += 2
    ws.cell(r, 1, "Lerviken 2026-01-20")
    ws.cell(r + 1, 1, "Anna Berglund, kommundirektör")
    for col, w in zip("ABCDEFG", [5, 18, 55, 20, 16, 18, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, date phrases in "Tidpunkt/status"
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUF_Uppfoljning_IK_helar_2025.docx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "Stickprov 20 beslut",
         "Skolskjutssamordnare", "Klar v. 14", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Registerkontroll ur belastningsregistret vid nyanställning", "Stickprov 25 anställningar",
         "HR-partner", "Klar v. 48", "1 av 25 saknade registerutdrag i personakten. Rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("Uppföljning av elevfrånvaro och rutin för kontakt med vårdnadshavare",
         "Genomgång av frånvarorapporter", "Rektorer", "Planeras okt", "", "EJ_GENOMFORD", ""),
        ("Kontroll av att kränkande behandling anmäls till huvudmannen", "Avstämning mot DF Respons",
         "Kvalitetsstrateg", "Flyttas till 2026", "Ny rutin för anmälan införs jan 2026.", "EJ_GENOMFORD", ""),
        ("Avstämning av barnomsorgsavgifter mot inkomstuppgifter", "Stickprov 50 hushåll",
         "Avgiftshandläggare", "2025-11-30 (prel.)", "", "OKLAR", ""),
        ("Kontroll av att läromedel köps från upphandlad leverantör", "Stickprov 30 fakturor",
         "Controller", "Utförd 2025-06-05", "Två köp utanför avtal, återkopplat till berörda rektorer.",
         "GENOMFORD", "ja"),
        ("Uppföljning av att beslut om särskilt stöd dokumenteras i åtgärdsprogram",
         "Genomgång av åtgärdsprogram", "Elevhälsochef", "Pågår, klart mars 2026",
         "Hälften av skolorna granskade. Brister i dokumentationen på två skolor.", "DELVIS", "ja"),
        ("Kontroll av att skolplaceringar sker enligt placeringsreglerna", "–", "Antagningshandläggare",
         "Utgår", "Utgår enligt BUN beslut 2025-04-22 § 38 (nya regler).", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_doc_props(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lervikens kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Barn- och utbildningsförvaltningen redovisar här uppföljningen av nämndens "
                    "internkontrollplan för 2025. Kolumnen Tidpunkt/status anger när kontrollen genomfördes "
                    "eller är planerad. Resultatet redovisas i sista kolumnen.")
    d.add_paragraph("Dnr BUN 2025/112")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt/status", "Resultat"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for km, met, ansv, st, res, es, ea in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, met, ansv, st, res]):
            cells[i].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: Av åtta kontrollmoment har tre genomförts under året. "
                    "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    d.add_paragraph("Maria Holm, förvaltningschef")
    d.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .xls (xlwt), only dates: Planerat / Genomförd datum + J/N
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IKP2025_uppfoljning.xls"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("grp", "Ekonomiskt bistånd"),
        ("Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut", "Stickprov 30 akter",
         "mars", D(2025, 3, 28), "N", "", "GENOMFORD", "nej"),
        ("Kontroll av dubbelutbetalningar mot Försäkringskassan via SSBTEK", "Samtliga nya ärenden",
         "löpande", D(2025, 12, 15), "J", "Två dubbla utbetalningar upptäckta, återkrav upprättat.",
         "GENOMFORD", "ja"),
        ("Genomgång av delegationsbeslut inom ekonomiskt bistånd", "Samtliga beslut maj",
         "maj", D(2025, 5, 16), "N", "", "GENOMFORD", "nej"),
        ("grp", "Barn och unga"),
        ("Förhandsbedömning av orosanmälningar görs inom 14 dagar", "Uttag ur Treserva",
         "april, okt", "30/4 (okt ej gjord)", "J", "Vårens mätning: 88 % inom 14 dagar.", "DELVIS", "ja"),
        ("Kontroll av att utredningar avslutas inom fyra månader", "Uttag ur Treserva",
         "sept", None, "", "Ej genomförd p.g.a. vakanser i utredningsgruppen.", "EJ_GENOMFORD", ""),
        ("Uppföljning av att vårdnadshavare informeras vid placering", "Stickprov 10 akter",
         "nov", "Flyttas till 2026", "", "", "EJ_GENOMFORD", ""),
        ("grp", "Vuxen / missbruk"),
        ("Kontroll av att SIP upprättas i LVM-ärenden", "Samtliga ärenden",
         "juni", "N/A", "", "Inga LVM-ärenden under 2025.", "UTGAR", ""),
        ("Granskning av köpta platser mot avtal och fakturor", "10 fakturor",
         "okt", "?", "", "", "OKLAR", ""),
        ("grp", "Gemensamt"),
        ("Kontroll av att hot- och våldsincidenter rapporteras i KIA", "Avstämning mot skyddsombud",
         "dec", None, "", "", "SAKNAS", ""),
        ("Uppföljning av loggkontroller i Treserva", "10 loggar per kvartal",
         "kvartalsvis", "2025-03-31, 2025-06-30, 2025-09-30", "N", "Q4 görs i januari.", "DELVIS", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    datest = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: vert top",
                         num_format_str="YYYY-MM-DD")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow")
    ws.write(0, 0, "Socialnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning helår", bold)
    ws.write(2, 0, "Ange datum då kontrollen genomfördes. Avvikelse: J = ja, N = nej.")
    heads = ["Process", "Kontrollmoment", "Metod/omfattning", "Planerat (månad)", "Genomförd datum",
             "Avvikelse (J/N)", "Kommentar"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, hdr)
    r = 5
    proc = ""
    for row in rows:
        if row[0] == "grp":
            proc = row[1]
            ws.write_merge(r, r, 0, 6, proc, grp)
            r += 1
            continue
        km, met, plan, gd, avv, kom, es, ea = row
        ws.write(r, 0, proc, cellst)
        ws.write(r, 1, km, cellst)
        ws.write(r, 2, met, cellst)
        ws.write(r, 3, plan, cellst)
        if isinstance(gd, dt.date):
            ws.write(r, 4, gd, datest)
        else:
            ws.write(r, 4, gd or "", cellst)
        ws.write(r, 5, avv, cellst)
        ws.write(r, 6, kom, cellst)
        exp(fil, N, km, es, ea)
        r += 1
    for c, w in enumerate([20, 55, 25, 14, 22, 10, 45]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 4. MHN + SBN - one CSV export (cp1252), shorthand status + "Senast genomförd"
# ---------------------------------------------------------------------------
def file_csv():
    fil = "export_internkontroll_MHN_SBN_2025.csv"
    NM = "Miljö- och hälsoskyddsnämnden"
    NS = "Samhällsbyggnadsnämnden"
    FILES.append((fil, "INLAST", NM, "2025", "HELAR"))
    FILES.append((fil, "INLAST", NS, "2025", "HELAR"))
    rows = [
        ("MHN", "1", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Miljöchef", "2025-10-15", "ok",
         "20 ärenden granskade, inga fel", NM, "GENOMFORD", "nej"),
        ("MHN", "2", "Uppföljning av att livsmedelskontroller genomförs enligt kontrollplanen",
         "Livsmedelsinspektör", "", "pågår", "78 % av planerade kontroller utförda", NM, "DELVIS", ""),
        ("MHN", "3", "Kontroll av handläggningstider för anmälningsärenden (6 veckor)", "Miljöchef",
         "2025-06-02", "G", "", NM, "GENOMFORD", ""),
        ("MHN", "4", "Kontroll av att jäv dokumenteras i ärenden", "Nämndsekreterare", "", "ej påbörj.", "",
         NM, "EJ_GENOMFORD", ""),
        ("MHN", "5", "Stickprov av att delegationsbeslut är korrekt undertecknade", "Nämndsekreterare",
         "2025-11-20", "Genomförd, 1 avv.", "Ett beslut saknade underskrift", NM, "GENOMFORD", "ja"),
        ("SBN", "1", "Kontroll av att bygglov handläggs inom tio veckor", "Bygglovschef", "2025-09-30", "G",
         "94 % inom tid, 6 ärenden överskred", NS, "GENOMFORD", "ja"),
        ("SBN", "2", "Kontroll av att planavgifter faktureras", "Planchef", "", "Ej g.",
         "Hann ej, görs Q1 2026", NS, "EJ_GENOMFORD", ""),
        ("SBN", "3", "Avstämning av arrendeavtal mot fakturering", "Mark- och exploateringsingenjör",
         "2025-04-11", "delv", "Jordbruksarrenden klara, bostadsarrenden kvar", NS, "DELVIS", ""),
        ("SBN", "4", "Kontroll av att lantmäteriförrättningar debiteras enligt taxa", "Lantmäterichef", "",
         "N/A", "Ingen kommunal lantmäterimyndighet sedan 2024 - utgår", NS, "UTGAR", ""),
        ("SBN", "5", "Kontroll av att villkor i strandskyddsdispenser följs upp", "Bygglovschef", "", "?", "",
         NS, "OKLAR", ""),
        ("SBN", "6", "Uppföljning av att OVK-protokoll registreras i ärendesystemet", "Byggnadsinspektör",
         "2025-12-03", "ok", "", NS, "GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Uppföljning intern kontroll 2025 helår – Samhällsbyggnadsförvaltningen", "", "", "", "",
                    "", ""])
        w.writerow(["Nämnd", "Nr", "Kontrollmoment", "Ansvarig", "Senast genomförd", "Status", "Notering"])
        for nm, nr, km, ansv, sg, st, note, N, es, ea in rows:
            w.writerow([nm, nr, km, ansv, sg, st, note])
            exp(fil, N, km, es, ea)


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - .ods (via xlsx), T1 / T2 / Helår side by side
# ---------------------------------------------------------------------------
def file_tn(tmp):
    fil = "Tekniska_namnden_IK_2025.ods"
    N = "Tekniska nämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("Kontroll av att fakturor för entreprenader stäms av mot kontrakt och ÄTA-beslut", "Projektchef",
         "Planeras maj", "Klar v. 22", "", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Kontroll av drivmedelskort – stickprov mot körjournal", "Fordonssamordnare",
         "", "Planeras okt", "Klar v. 43", "2 kort saknade körjournal, spärrade", "GENOMFORD", "ja"),
        ("Uppföljning av egenkontroll vid Lervikens vattenverk", "VA-chef",
         "Utförd 2025-03-12", "Utförd 2025-07-01", "Utförd 2025-11-18", "", "GENOMFORD", ""),
        ("Kontroll av att snöröjningsentreprenörers tidrapporter attesteras", "Gatuchef",
         "pågår", "pågår", "delv", "Vintern 24/25 kontrollerad, vintern 25/26 ej påbörjad", "DELVIS", ""),
        ("Besiktning av kommunens lekplatser enligt SS-EN 1176", "Parkchef",
         "", "", "Flyttas till 2026", "Budget saknades 2025", "EJ_GENOMFORD", ""),
        ("Kontroll av att avfallsabonnemang faktureras korrekt", "Renhållningschef",
         "Planeras sept", "Planeras sept", "", "", "EJ_GENOMFORD", ""),
        ("Kontroll av nyckel- och passerkortsregister", "Fastighetschef",
         "", "", D(2025, 12, 10), "", "GENOMFORD", ""),
        ("Uppföljning av att skyddsronder genomförs på samtliga enheter", "Teknisk chef",
         "ej påbörj.", "ej påbörj.", "Ej aktuell", "Ersatt av kommungemensam skyddsrond (KS)", "UTGAR", ""),
        ("Kontroll av att tömning av fettavskiljare debiteras", "VA-chef",
         "", "", D(2026, 2, 15), "", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska förvaltningen – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Instruktion: skriv datum eller vecka när kontrollen är utförd, annars planerad tidpunkt. "
                "Fyll i kolumnen för aktuell uppföljning (T1, T2, Helår).")
    ws["A2"].font = Font(italic=True)
    ws["C3"] = "Uppföljning"
    ws.merge_cells("C3:E3")
    ws["C3"].alignment = Alignment(horizontal="center")
    ws["C3"].font = Font(bold=True)
    hdr = ["Kontrollmoment", "Ansvarig", "T1 (jan–apr)", "T2 (maj–aug)", "Helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
    r = 4
    for km, ansv, t1, t2, hel, kom, es, ea in rows:
        r += 1
        for c, v in enumerate([km, ansv, t1 or None, t2 or None, hel or None, kom or None], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
        exp(fil, N, km, es, ea)
    ws.cell(r + 2, 1, "Rapporterat till tekniska nämnden 2026-01-27")
    for col, w in zip("ABCDEF", [60, 18, 18, 18, 18, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Tekniska_namnden_IK_2025.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - .doc (via docx), free text with "Senast genomförd:" lines
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN_uppfoljning_internkontroll_helar_2025.doc"
    N = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "2025-04-09",
         "15 ansökningar granskade, samtliga enligt reglerna.", "GENOMFORD", "nej"),
        ("Kontroll av kassahantering i simhallens reception", "2025-10-21",
         "Kassadifferens på 340 kr vid ett tillfälle. Rutinen för dagskassa har förtydligats.",
         "GENOMFORD", "ja"),
        ("Kontroll av att uthyrning av idrottshallar faktureras", "2024-11-20",
         "Ingen ny kontroll under året, se föregående års uppföljning.", "EJ_GENOMFORD", ""),
        ("Inventering av den kommunala konstsamlingen", "–",
         "Påbörjad i september, ca 60 % av verken inventerade.", "DELVIS", ""),
        ("Kontroll av att bibliotekets medieinköp följer avtal", "Klar v. 37", "OK.", "GENOMFORD", "nej"),
        ("Kontroll av registerutdrag för handledare inom feriepraktiken", "", "", "SAKNAS", ""),
        ("Kontroll av att avgifter för kulturskolan debiteras korrekt", "ht 2025", "Genomförd!",
         "GENOMFORD", ""),
    ]
    d = docx.Document()
    fix_doc_props(d, "Kultur- och fritidsförvaltningen")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll, helår 2025", level=2)
    d.add_paragraph("Nedan redovisas varje kontrollmoment i nämndens internkontrollplan 2025 med datum då "
                    "kontrollen senast genomfördes och resultatet av kontrollen.")
    for i, (km, sg, res, es, ea) in enumerate(rows, 1):
        p = d.add_paragraph()
        run = p.add_run(f"{i}. {km}")
        run.bold = True
        d.add_paragraph(f"Senast genomförd: {sg}")
        d.add_paragraph(f"Resultat: {res}")
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Lerviken den 15 januari 2026")
    d.add_paragraph("Per Lindqvist, förvaltningschef")
    src = os.path.join(tmp, "KFN_uppfoljning_internkontroll_helar_2025.docx")
    d.save(src)
    soffice(src, "doc", OUT)


# ---------------------------------------------------------------------------
# 7. Lervikens Bostäder AB - xlsx, company only in print header, "Utförd" column only
# ---------------------------------------------------------------------------
def file_lbab():
    fil = "IK_2025_arsuppfoljning.xlsx"
    N = "Lervikens Bostäder AB"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse lagts in korrekt",
         D(2025, 2, 14), "EK", "20 st stickprov ok", "GENOMFORD", "nej"),
        ("Hyresadministration", "Avstämning av hyresreskontra mot huvudbok", "12/3", "EK", None,
         "GENOMFORD", ""),
        ("Uthyrning", "Kontroll av att vakanta lägenheter förmedlas enligt uthyrningspolicyn", "v. 14", "MS",
         "1 lgh förmedlad utanför kön – dokumenterat skäl saknades", "GENOMFORD", "ja"),
        ("Inköp", "Kontroll av att underhållsarbeten upphandlas enligt LOU", "Q2 (Q4 kvar)", "JL", None,
         "DELVIS", ""),
        ("Ekonomi", "Kontroll av attest av leverantörsfakturor över 100 tkr", "ej utförd", None,
         "Flyttad till 2026", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Uppföljning av hyresfordringar äldre än 90 dagar", None, None, None, "SAKNAS", ""),
        ("Fastighet", "Kontroll av systematiskt brandskyddsarbete (SBA) i samtliga fastigheter",
         D(2025, 9, 30), "JL", "Brister i 3 trapphus, åtgärdade okt", "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Lervikens Bostäder AB"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll – årsuppföljning 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Område", "Kontroll", "Utförd", "Sign", "Notering"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    r = 3
    for omr, km, utf, sign, note, es, ea in rows:
        r += 1
        for c, v in enumerate([omr, km, utf, sign, note], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
        exp(fil, N, km, es, ea)
    ws.cell(r + 2, 1, "Godkänd av styrelsen 2026-02-05")
    for col, w in zip("ABCDE", [20, 65, 14, 8, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 8. Reject: the economy office's submission schedule (no controls at all)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Tidplan_inlamning_IK_2025.xlsx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Tidplan"
    ws["A1"] = "Tidplan och inlämningsstatus – uppföljning av intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ekonomiavdelningen, Lervikens kommun. Underlag till KS arbetsutskott."
    hdr = ["Nämnd/bolag", "Sista dag delår", "Delår inlämnad", "Sista dag helår", "Helår status", "Handläggare"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    data = [
        ("Kommunstyrelsen", D(2025, 9, 5), "Inlämnad 2025-09-04", D(2026, 1, 23), "Inlämnad 2026-01-20", "LK"),
        ("Barn- och utbildningsnämnden", D(2025, 9, 5), "Inlämnad 2025-09-10", D(2026, 1, 23), "ok", "LK"),
        ("Socialnämnden", D(2025, 9, 5), "Inlämnad 2025-09-05", D(2026, 1, 23), "Inlämnad", "SJ"),
        ("Vård- och omsorgsnämnden", D(2025, 9, 5), "Ej inkommen", D(2026, 1, 23),
         "Påminnelse skickad 2026-01-26", "SJ"),
        ("Samhällsbyggnadsnämnden", D(2025, 9, 5), "Inlämnad 2025-09-03", D(2026, 1, 23), "G", "MN"),
        ("Miljö- och hälsoskyddsnämnden", D(2025, 9, 5), "Inlämnad 2025-09-03", D(2026, 1, 23), "G", "MN"),
        ("Tekniska nämnden", D(2025, 9, 5), "delv", D(2026, 1, 23), "Klar v. 5", "MN"),
        ("Kultur- och fritidsnämnden", D(2025, 9, 5), "Inlämnad 2025-09-08", D(2026, 1, 23), "ok", "LK"),
        ("Överförmyndarnämnden", D(2025, 9, 5), "?", D(2026, 1, 23), "Ej inkommen", "SJ"),
        ("Lervikens Bostäder AB", None, "N/A", D(2026, 2, 6), "Planeras v. 6", "MN"),
    ]
    r = 4
    for row in data:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
    ws.cell(r + 2, 1, "Sammanställningen av samtliga nämnders uppföljningar redovisas för KS 2026-02-17.")
    for col, w in zip("ABCDEF", [32, 16, 22, 16, 30, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Lervikens Bostäder AB", "LBAB|Lerviken Bostäder|Bostadsbolaget"),
]


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r246_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_csv()
        file_tn(tmp)
        file_kfn(tmp)
        file_lbab()
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
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
    print(len(FILES), "file rows;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
