#!/usr/bin/python3
"""Blind round r300 - Stensele kommun 2025 - theme: check logs (several entries per control)."""
import csv, datetime, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round300"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r300conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmp)


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Stensele kommun"


BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen, helår 2025: Sammanställning + Kontrollogg (xlsx)
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "Kontrollogg IK 2025 KS helår.xlsx"
    N = "Kommunstyrelsen"
    controls = [
        # nr, process, text, frekvens, planerade, comment, status, avv
        (1, "Inköp och betalning", "Attest av leverantörsfakturor enligt attestordningen",
         "Kvartalsvis", 4, "", "GENOMFORD", "nej"),
        (2, "IT och informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet Raindance – avslutade anställningar ska vara borttagna",
         "Halvårsvis", 2, "Se logg 2025-12-10. Behörigheterna togs bort 2025-12-12.", "GENOMFORD", "ja"),
        (3, "Redovisning", "Avstämning av balanskonton mot underlag (specifikation finns och är attesterad)",
         "Kvartalsvis", 4, "", "DELVIS", "nej"),
        (4, "Inköp och betalning", "Representationsfakturor – kontroll att deltagarförteckning och syfte finns bifogat",
         "Tertialvis", 3, "", "GENOMFORD", "ja"),
        (5, "Ärendehantering", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Kvartalsvis", 4, "Ej genomförd under året p.g.a. vakant tjänst som nämndsekreterare.", "EJ_GENOMFORD", ""),
        (6, "Inköp och betalning", "Kontroll av ändrade bankuppgifter i leverantörsregistret (bedrägeriförsök)",
         "Kvartalsvis", 4, "", "DELVIS", "nej"),
        (7, "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
         "Halvårsvis", 2, "", "GENOMFORD", "nej"),
        (8, "Inköp och betalning", "Kontroll av inköp med betalkort – kvitto och syfte finns",
         "Kvartalsvis", 4, "Kontrollmomentet utgår fr.o.m. kvartal 2 – betalkorten avvecklades enligt KS beslut 2025-04-08 § 61.",
         "UTGAR", "nej"),
    ]
    text = {c[0]: c[2] for c in controls}
    log = [
        # date, nr, who, result, status
        ("2025-03-27", 1, "Anna Lindqvist", "Stickprov 25 fakturor, samtliga korrekt attesterade.", "OK"),
        ("2025-03-31", 3, "Per Öhman", "Samtliga balanskonton specificerade per 2025-03-31.", "OK"),
        ("2025-04-02", 6, "Anna Lindqvist", "6 ändringar kontrollerade via återringning, inga avvikelser.", "OK"),
        ("2025-04-03", 8, "Per Öhman", "12 betalkortsköp granskade, kvitton finns.", "OK"),
        ("2025-04-30", 4, "Karin Sundberg", "8 fakturor, deltagarförteckning och syfte finns.", "OK"),
        ("2025-06-13", 2, "Jonas Berglund (IT)", "Behörighetslista jämförd mot HR-systemet, inga kvarvarande konton.", "OK"),
        ("2025-06-24", 1, "Anna Lindqvist", "Stickprov 25 fakturor, inga avvikelser.", "OK"),
        ("2025-06-30", 3, "Per Öhman", "Avstämt i samband med delårsbokslut.", "OK"),
        ("2025-06-30", 7, "Lars Nyström", "4 direktupphandlingar > 100 tkr, samtliga dokumenterade.", "OK"),
        ("2025-07-02", 6, "Anna Lindqvist", "4 ändringar kontrollerade, inga avvikelser.", "OK"),
        ("2025-08-29", 4, "Karin Sundberg", "2 av 11 fakturor saknade deltagarförteckning – kompletterat i efterhand.", "Avvikelse"),
        ("2025-09-26", 1, "Anna Lindqvist", "Stickprov 25 fakturor, inga avvikelser.", "OK"),
        ("2025-09-30", 3, "Per Öhman", "Samtliga konton avstämda.", "OK"),
        ("2025-12-10", 2, "Jonas Berglund (IT)", "Två konsulter med avslutat uppdrag hade kvar behörighet (attesträtt).", "Avvikelse"),
        ("2025-12-12", 1, "Anna Lindqvist", "Stickprov 25 fakturor, inga avvikelser.", "OK"),
        ("2025-12-15", 4, "Karin Sundberg", "7 fakturor, inga avvikelser.", "OK"),
        ("2025-12-17", 7, "Lars Nyström", "3 direktupphandlingar, samtliga dokumenterade.", "OK"),
        ("2025-12-19", 3, "Per Öhman", "Ej utförd – bokslutsarbete, flyttas till januari 2026.", "Ej utförd"),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: helår (januari–december 2025). Underlag: fliken Kontrollogg."
    ws["A3"] = "Upprättad av: Per Öhman, ekonomichef, 2026-01-20"
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Planerade kontroller",
           "Utförda kontroller", "Varav med avvikelse", "Kommentar"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    sum_p = sum_u = sum_a = 0
    for nr, proc, km, frek, plan, kom, st, avv in controls:
        r += 1
        done = sum(1 for e in log if e[1] == nr and e[4] in ("OK", "Avvikelse"))
        dev = sum(1 for e in log if e[1] == nr and e[4] == "Avvikelse")
        sum_p += plan; sum_u += done; sum_a += dev
        for i, v in enumerate([nr, proc, km, frek, plan, done, dev, kom], 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, N, km, st, avv)
    r += 1
    ws.cell(r, 3, "Summa").font = BOLD
    ws.cell(r, 5, sum_p).font = BOLD
    ws.cell(r, 6, sum_u).font = BOLD
    ws.cell(r, 7, sum_a).font = BOLD
    for col, w in zip("ABCDEFGH", [5, 22, 60, 13, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w

    wl = wb.create_sheet("Kontrollogg")
    wl["A1"] = "Kontrollogg – en rad per genomförd/planerad kontroll"
    wl["A1"].font = BOLD
    hdr = ["Datum", "Nr", "Kontrollmoment", "Kontrollant", "Resultat / iakttagelse", "Status"]
    for i, h in enumerate(hdr, 1):
        c = wl.cell(3, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
    rr = 3
    for d, nr, who, res, st in log:
        rr += 1
        wl.cell(rr, 1, datetime.datetime.strptime(d, "%Y-%m-%d")).number_format = "yyyy-mm-dd"
        wl.cell(rr, 2, nr)
        wl.cell(rr, 3, text[nr])
        wl.cell(rr, 4, who)
        wl.cell(rr, 5, res)
        wl.cell(rr, 6, st)
        if st == "Avvikelse":
            wl.cell(rr, 6).fill = PatternFill("solid", fgColor="FFC7CE")
        elif st == "Ej utförd":
            wl.cell(rr, 6).fill = PatternFill("solid", fgColor="FFEB9C")
    wl.auto_filter.ref = "A3:F%d" % rr
    for col, w in zip("ABCDEF", [12, 5, 60, 22, 60, 12]):
        wl.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F2  Socialnämnden, delår 2025: Word table, control cell merged down over entries
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "SN uppföljning intern kontroll delår 2025.docx"
    N = "Socialnämnden"
    controls = [
        ("Stickprov av beslut om ekonomiskt bistånd – 10 akter kontrolleras mot riktlinjerna",
         "Varannan månad (feb, apr, jun, aug)",
         [("2025-02-21", "Maria Holm", "10 akter, samtliga enligt riktlinjerna.", "Genomförd"),
          ("2025-04-24", "Maria Holm", "10 akter, inga avvikelser.", "Genomförd"),
          ("2025-06-19", "Maria Holm", "10 akter, inga avvikelser.", "Genomförd"),
          ("2025-08-28", "Maria Holm", "2 av 10 akter saknade aktuell planering. Återkopplat till handläggargruppen.",
           "Genomförd med avvikelse")],
         "GENOMFORD", "ja"),
        ("Kontroll av att utredningar efter orosanmälan (barn och unga) avslutas inom fyra månader",
         "Tertialvis (apr, aug, dec)",
         [("2025-04-29", "Eva Strand", "Samtliga 23 utredningar avslutade inom lagstadgad tid.", "Genomförd"),
          ("2025-08", "Eva Strand", "Kontrollen kunde inte göras p.g.a. byte av verksamhetssystem. Görs i september.",
           "Ej genomförd")],
         "DELVIS", "nej"),
        ("Kontroll av att genomförandeplaner inom hemtjänsten upprättas och följs upp var sjätte månad",
         "Kvartalsvis (mar, jun, sep, dec)",
         [("2025-03-26", "Jenny Wallin", "20 planer granskade, samtliga uppföljda.", "Genomförd"),
          ("2025-06-17", "Jenny Wallin", "20 planer granskade, inga avvikelser.", "Genomförd")],
         "GENOMFORD", "nej"),
        ("Loggkontroll i verksamhetssystemet Lifecare – otillbörlig åtkomst till personuppgifter",
         "Kvartalsvis (mar, jun, sep, dec)",
         [("2025-03-14", "Eva Strand", "Slumpvis loggkontroll av 15 användare, ingen otillbörlig åtkomst.", "Genomförd"),
          ("2025-06-11", "Eva Strand", "En medarbetare hade öppnat en journal utan tjänstebehov. Ärendet hanteras av HR, anmält till DSO.",
           "Genomförd med avvikelse")],
         "GENOMFORD", "ja"),
        ("Avgiftsdebitering inom äldreomsorgen – kontroll att beslutad avgift debiteras",
         "Två gånger per år (maj, nov)",
         [("2025-05-22", "Ulf Sandberg", "30 avgiftsbeslut jämförda mot debitering, samtliga korrekta.", "Genomförd"),
          ("2025-11", "Ulf Sandberg", "", "Planerad")],
         "GENOMFORD", "nej"),
        ("Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO inom tidsgräns",
         "Tertialvis (apr, aug, dec)",
         [("2025-04", "Kvalitetsutvecklare", "Ej utförd p.g.a. sjukskrivning.", ""),
          ("2025-08", "Kvalitetsutvecklare", "Ej utförd, vakant tjänst sedan juni.", "")],
         "EJ_GENOMFORD", ""),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Socialförvaltningen"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Socialnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 1 januari–31 augusti 2025").runs[0].bold = True
    d.add_paragraph(
        "Kontrollerna i nämndens internkontrollplan 2025 redovisas nedan per kontrolltillfälle. "
        "Kontrollmoment som genomförs flera gånger per år har en rad per tillfälle. "
        "Tillfällen efter 31 augusti redovisas i helårsuppföljningen.")
    rows = 1 + sum(len(c[2]) for c in controls)
    t = d.add_table(rows=rows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Frekvens", "Datum", "Kontrollant", "Resultat / iakttagelse", "Status"]):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    r = 1
    for km, frek, entries, st, avv in controls:
        r0 = r
        for dt, who, res, s in entries:
            t.cell(r, 2).text = dt
            t.cell(r, 3).text = who
            t.cell(r, 4).text = res
            t.cell(r, 5).text = s
            r += 1
        t.cell(r0, 0).text = km
        t.cell(r0, 1).text = frek
        if r - 1 > r0:
            t.cell(r0, 0).merge(t.cell(r - 1, 0))
            t.cell(r0, 1).merge(t.cell(r - 1, 1))
        exp(fil, N, km, st, avv)
    widths = [Cm(6.5), Cm(3.5), Cm(2.2), Cm(3.2), Cm(8), Cm(3)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. "
                    "Avvikelserna inom ekonomiskt bistånd och loggkontroll har åtgärdats.")
    d.add_paragraph("Stensele 2025-09-10\nLena Forsberg, socialchef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Barn- och utbildningsnämnden, helår: monthly tick rows under each control (.ods)
# ---------------------------------------------------------------------------
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
          "September", "Oktober", "November", "December"]


def f3_bun():
    fil = "BUF internkontroll 2025 månadslogg.ods"
    N = "Barn- och utbildningsnämnden"
    X = ["x"] * 12
    controls = [
        ("1", "Kontroll av närvarorapportering i fritidshem mot debiterad avgift", "Administrativ chef", "Månadsvis",
         MONTHS, X, {}, "", "GENOMFORD", "nej"),
        ("2", "Avstämning av barnomsorgsavgifter mot inkomstuppgifter", "Avgiftshandläggare", "Månadsvis (ej juli)",
         MONTHS, ["x"] * 6 + ["–"] + ["x"] * 5, {6: "Sommarstängt, ingen debitering i juli"}, "", "GENOMFORD", "nej"),
        ("3", "Kontroll av interkommunal ersättning – elever folkbokförda i annan kommun", "Controller", "Månadsvis",
         MONTHS, ["x"] * 4 + ["A"] + ["x"] * 7,
         {4: "2 elever debiterades felaktig kommun, kreditering skickad"}, "", "GENOMFORD", "ja"),
        ("4", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutssamordnare",
         "Per termin", ["Vårtermin", "Hösttermin"], ["x", ""],
         {1: "Ej hunnen p.g.a. ny upphandling av skolskjuts"}, "", "DELVIS", "nej"),
        ("5", "Uppföljning av elevfrånvaro – anmälan till rektor vid upprepad frånvaro", "Rektorer", "Månadsvis",
         MONTHS, ["x"] * 9 + ["", "", ""], {}, "", "DELVIS", "nej"),
        ("6", "Kontroll att tillbud och arbetsskador registreras i KIA inom en vecka", "HR-specialist", "Kvartalsvis",
         ["Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4"], ["", "", "", ""], {},
         "Ej påbörjad – ansvaret oklart efter omorganisationen av HR", "EJ_GENOMFORD", ""),
        ("7", "Kontroll av kostnader för vikarier mot bemanningsavtalet", "Controller", "Månadsvis",
         MONTHS, ["x"] * 11 + ["A"],
         {11: "Fakturerat timpris över avtalat pris för 36 timmar, reklamation skickad"}, "", "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Kontrollogg 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – kontrollogg per månad, helårsuppföljning"
    ws["A2"].font = BOLD
    ws["A3"] = "Teckenförklaring: x = kontroll utförd utan anmärkning   A = utförd, avvikelse (se anmärkning)   – = ej aktuell period   tom ruta = ej utförd"
    ws["A3"].font = Font(italic=True)
    r = 5
    for i, h in enumerate(["Kontrollmoment / period", "Ansvarig", "Frekvens", "Utförd", "Signatur", "Anmärkning"], 1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    sig = {"Administrativ chef": "SL", "Avgiftshandläggare": "MB", "Controller": "JE",
           "Skolskjutssamordnare": "TK", "Rektorer": "rekt.", "HR-specialist": ""}
    for nr, km, ans, frek, periods, ticks, notes, ctrl_comment, st, avv in controls:
        r += 1
        ws.cell(r, 1, nr + ". " + km).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        ws.cell(r, 2, ans)
        ws.cell(r, 3, frek)
        if ctrl_comment:
            ws.cell(r, 6, ctrl_comment)
        for p, tk in zip(periods, ticks):
            r += 1
            ws.cell(r, 1, "    " + p)
            c = ws.cell(r, 4, tk)
            c.alignment = Alignment(horizontal="center")
            if tk in ("x", "A"):
                ws.cell(r, 5, sig[ans])
            if tk == "A":
                c.fill = PatternFill("solid", fgColor="FFC7CE")
        for idx, note in notes.items():
            ws.cell(r - len(periods) + 1 + idx, 6, note)
        exp(fil, N, nr + ". " + km, st, avv)
    r += 2
    ws.cell(r, 1, "Kontrolloggen fastställd av förvaltningschef Sofia Lundmark 2026-01-22.")
    for col, w in zip("ABCDEF", [66, 22, 20, 9, 10, 60]):
        ws.column_dimensions[col].width = w
    tmpx = os.path.join(tempfile.mkdtemp(prefix="r300x"), "BUF internkontroll 2025 månadslogg.xlsx")
    wb.save(tmpx)
    soffice_convert(tmpx, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Case-system CSV export, one line per check, two nämnder (TN + MBN), helår
# ---------------------------------------------------------------------------
def f4_csv():
    fil = "export_kontrollarenden_2025-12-31.csv"
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnämnden"
    tn = [
        ("Kontroll av fakturor för entreprenader mot avtal och ÄTA-beslut", "GENOMFORD", "nej",
         [("Q1", "2025-03-31", "2025-03-28", "Avslutad", "Utan anmärkning", "8 fakturor kontrollerade"),
          ("Q2", "2025-06-30", "2025-06-26", "Avslutad", "Utan anmärkning", ""),
          ("Q3", "2025-09-30", "2025-10-03", "Avslutad", "Utan anmärkning", ""),
          ("Q4", "2025-12-31", "2025-12-18", "Avslutad", "Utan anmärkning", "")]),
        ("Kontroll av körjournaler för kommunens fordon", "DELVIS", "nej",
         [("Q1", "2025-03-31", "2025-04-07", "Avslutad", "Utan anmärkning", ""),
          ("Q2", "2025-06-30", "2025-06-30", "Avslutad", "Utan anmärkning", ""),
          ("Q3", "2025-09-30", "2025-09-29", "Avslutad", "Utan anmärkning", ""),
          ("Q4", "2025-12-31", "", "Pågående", "", "Underlag inhämtat från 14 av 22 fordon")]),
        ("Inventering av förrådets lagersaldo mot lagerredovisningen", "GENOMFORD", "ja",
         [("Halvår 1", "2025-06-30", "2025-06-24", "Avslutad", "Utan anmärkning", ""),
          ("Halvår 2", "2025-12-31", "2025-12-16", "Avslutad", "Avvikelse",
           "Inventeringsdifferens 14 tkr (el-material). Rutin för uttag skärps.")]),
        ("Uppföljning av VA-abonnenter utan debitering", "UTGAR", "",
         [("Helår", "2025-10-31", "", "Makulerad", "", "Utgår enligt beslut TN 2025-03-12 § 22, ingår i VA-bolagets plan")]),
        ("Kontroll att skyddsronder genomförts på samtliga arbetsplatser", "DELVIS", "nej",
         [("Q1", "2025-03-31", "2025-03-20", "Avslutad", "Utan anmärkning", ""),
          ("Q2", "2025-06-30", "2025-06-12", "Avslutad", "Utan anmärkning", ""),
          ("Q3", "2025-09-30", "", "Ej påbörjad", "", ""),
          ("Q4", "2025-12-31", "", "Ej påbörjad", "", "")]),
    ]
    mbn = [
        ("Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "GENOMFORD", "ja",
         [("Q1", "2025-03-31", "2025-04-02", "Avslutad", "Utan anmärkning", ""),
          ("Q2", "2025-06-30", "2025-07-01", "Avslutad", "Utan anmärkning", ""),
          ("Q3", "2025-09-30", "2025-10-06", "Avslutad", "Avvikelse", "3 ärenden över 10 veckor, avgiften reducerad enligt PBL"),
          ("Q4", "2025-12-31", "2025-12-19", "Avslutad", "Utan anmärkning", "")]),
        ("Debitering av tillsynsavgifter enligt taxa", "GENOMFORD", "nej",
         [("Halvår 1", "2025-06-30", "2025-06-18", "Avslutad", "Utan anmärkning", "20 objekt"),
          ("Halvår 2", "2025-12-31", "2025-12-11", "Avslutad", "Utan anmärkning", "20 objekt")]),
        ("Diarieföring av inkommande handlingar inom tre arbetsdagar", "EJ_GENOMFORD", "",
         [("Q1", "2025-03-31", "", "Ej påbörjad", "", ""),
          ("Q2", "2025-06-30", "", "Ej påbörjad", "", ""),
          ("Q3", "2025-09-30", "", "Ej påbörjad", "", ""),
          ("Q4", "2025-12-31", "", "Ej påbörjad", "", "")]),
        ("Kontroll av att delegationsbeslut återrapporteras till nämnden", "OKLAR", "",
         [("Halvår 1", "2025-06-30", "", "Registrerad", "", "Se bifogad rapport"),
          ("Halvår 2", "2025-12-31", "", "Registrerad", "", "Se bifogad rapport")]),
    ]
    who = {TN: ["Erik Johansson", "Malin Forsgren"], MBN: ["Sara Nilsson", "Olof Brännström"]}
    lines = []
    case = 1100
    for namnd, forv, lst in ((TN, "Tekniska förvaltningen", tn), (MBN, "Miljö- och byggförvaltningen", mbn)):
        for ci, (km, st, avv, entries) in enumerate(lst):
            case += 1
            exp(fil, namnd, km, st, avv)
            for ei, (tf, plan, utf, status, utfall, kom) in enumerate(entries):
                lines.append((plan, "IK-2025-%04d.%d" % (case, ei + 1), forv, namnd, km, tf, plan, utf,
                              who[namnd][ci % 2] if utf else "", status, utfall, kom))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write("Export från Castor ärendehantering;Kontrollärenden internkontroll;Urval: 2025-01-01--2025-12-31;Exporterad 2026-01-14 08:12\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Ärende-ID", "Förvaltning", "Nämnd", "Kontrollmoment", "Kontrolltillfälle",
                    "Planerat datum", "Utfört datum", "Handläggare", "Ärendestatus", "Utfall", "Kommentar"])
        for ln in lines:
            w.writerow(ln[1:])
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Överförmyndarnämnden, delår: ordinary one-row-per-control table (.odt), nämnd in page header
# ---------------------------------------------------------------------------
def f5_ofn():
    fil = "Uppföljning internkontrollplan delår 2025 ÖFN.odt"
    N = "Överförmyndarnämnden"
    rows = [
        ("1", "Granskning av årsräkningar – stickprov av verifikationer", "Stickprov 15 akter", "Handläggare",
         "Genomförd", "Två årsräkningar saknade kontoutdrag, kompletterade efter begäran.", "GENOMFORD", "ja"),
        ("2", "Kontroll av att registerutdrag finns för samtliga ställföreträdare innan förordnande",
         "Genomgång av nya förordnanden", "Handläggare", "Genomförd", "Samtliga 12 förordnanden hade utdrag.",
         "GENOMFORD", "nej"),
        ("3", "Kontroll av överförmyndarspärrade konton", "Stickprov 10 konton mot bankbesked", "Samordnare",
         "Pågår", "5 av 10 kontrollerade, resterande under hösten.", "DELVIS", "nej"),
        ("4", "Arvodesbeslut – kontroll mot nämndens riktlinjer för arvode", "Stickprov 10 beslut", "Samordnare",
         "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("5", "Handläggningstid för nya ärenden om godmanskap", "Uttag ur Wärna", "Samordnare",
         "", "Kontrollen genomförd i juni, samtliga ärenden avgjorda inom tre månader.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Stensele\tDnr ÖFN 2025/14"
    d.add_heading("Uppföljning internkontrollplan – delårsrapport 2025", level=1)
    d.add_paragraph("Avser perioden januari–augusti 2025. Status anges per den 31 augusti.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Status 31/8", "Kommentar"]):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for nr, km, met, ans, status, kom, st, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, ans, status, kom]):
            cells[i].text = v
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Behandlad av överförmyndarnämnden 2025-09-17 § 41.")
    tmpd = os.path.join(tempfile.mkdtemp(prefix="r300d"), "Uppföljning internkontrollplan delår 2025 ÖFN.docx")
    d.save(tmpd)
    soffice_convert(tmpd, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden, delår: Sammanfattning with formulas over a Kontrollogg (xlsx via LO)
# ---------------------------------------------------------------------------
def f6_kfn():
    fil = "Internkontroll_KoF_delar2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    controls = [
        ("K1", "Kontanthantering i simhallens kassa – dagskassa stäms av mot kassarapport", "Månadsvis", 8,
         "Kassadifferens i juni, se logg.", "GENOMFORD", "ja"),
        ("K2", "Föreningsbidrag – kontroll att utbetalt bidrag stämmer med beslut och redovisning", "Mars och juni", 2,
         "", "GENOMFORD", "nej"),
        ("K3", "Uthyrning av lokaler – kontroll att bokningar i bokningssystemet faktureras", "Kvartalsvis", 2,
         "", "DELVIS", "nej"),
        ("K4", "Inventering av utlåningsbar utrustning och biblioteksmedier", "1 gång/år (maj)", 1,
         "", "EJ_GENOMFORD", ""),
        ("K5", "Kontroll att utdrag ur belastningsregistret finns för ledare på sommarlovsaktiviteter", "Juni", 1,
         "", "GENOMFORD", "nej"),
        ("K6", "Attest av leverantörsfakturor enligt attestordningen", "1 gång/år (november)", 0,
         "Kontrollen genomförs i november.", "EJ_GENOMFORD", ""),
    ]
    log = []
    for m in range(1, 9):
        dd = "2025-%02d-%02d" % (m, 28 if m != 2 else 27)
        if m == 6:
            log.append((dd, "K1", "Kassaansvarig simhall", "Kassadifferens -450 kr 14/6, ej utredd. Rapporterat till enhetschef.", "Utförd – avvikelse"))
        else:
            log.append((dd, "K1", "Kassaansvarig simhall", "Dagskassor avstämda, ingen differens.", "Utförd"))
    log += [
        ("2025-03-20", "K2", "Fritidskonsulent", "11 bidrag kontrollerade mot beslut.", "Utförd"),
        ("2025-06-16", "K2", "Fritidskonsulent", "9 bidrag kontrollerade, redovisning finns.", "Utförd"),
        ("2025-04-04", "K3", "Bokningsansvarig", "Samtliga bokningar Q1 fakturerade.", "Utförd"),
        ("2025-07-10", "K3", "Bokningsansvarig", "Semester – görs i samband med Q3.", "Ej utförd"),
        ("2025-05-28", "K4", "Bibliotekschef", "Flyttad till oktober p.g.a. personalbrist.", "Ej utförd"),
        ("2025-06-10", "K5", "Fritidsgårdsföreståndare", "Utdrag finns för samtliga 14 ledare.", "Utförd"),
    ]
    log.sort()
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Sammanfattning"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – delårsuppföljning t.o.m. 31 augusti"
    ws["A2"].font = BOLD
    ws["A3"] = "Utfört och avvikelser räknas automatiskt från fliken Kontrollogg."
    ws["A3"].font = Font(italic=True)
    hdr = ["ID", "Kontrollmoment", "Frekvens", "Planerat t.o.m. 31/8", "Utfört t.o.m. 31/8",
           "Andel utfört", "Varav avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = WRAP
    r = 5
    for cid, km, frek, plan, kom, st, avv in controls:
        r += 1
        ws.cell(r, 1, cid)
        ws.cell(r, 2, km).alignment = WRAP
        ws.cell(r, 3, frek)
        ws.cell(r, 4, plan)
        ws.cell(r, 5, '=COUNTIFS(Kontrollogg!$B:$B,A%d,Kontrollogg!$E:$E,"Utförd*")' % r)
        ws.cell(r, 6, '=IF(D%d=0,"–",E%d/D%d)' % (r, r, r)).number_format = "0%"
        ws.cell(r, 7, '=COUNTIFS(Kontrollogg!$B:$B,A%d,Kontrollogg!$E:$E,"*avvikelse")' % r)
        ws.cell(r, 8, kom).alignment = WRAP
        exp(fil, N, km, st, avv)
    for col, w in zip("ABCDEFGH", [5, 62, 18, 12, 12, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    wl = wb.create_sheet("Kontrollogg")
    for i, h in enumerate(["Datum", "ID", "Utförd av", "Resultat", "Status"], 1):
        wl.cell(1, i, h).font = BOLD
    for i, (dd, cid, who, res, st) in enumerate(log, 2):
        wl.cell(i, 1, datetime.datetime.strptime(dd, "%Y-%m-%d")).number_format = "yyyy-mm-dd"
        wl.cell(i, 2, cid)
        wl.cell(i, 3, who)
        wl.cell(i, 4, res)
        wl.cell(i, 5, st)
    for col, w in zip("ABCDE", [12, 6, 24, 60, 20]):
        wl.column_dimensions[col].width = w
    tmpx = os.path.join(tempfile.mkdtemp(prefix="r300k"), fil)
    wb.save(tmpx)
    # Round-trip through LibreOffice so the formulas carry cached values, as a file saved by Excel would.
    soffice_convert(tmpx, 'xlsx:Calc MS Excel 2007 XML', fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  Stensele Bostäder AB, helår: ordinary .xls with letter codes and legend
# ---------------------------------------------------------------------------
def f7_sbab():
    fil = "Stensele Bostäder IK-uppföljning 2025.xls"
    N = "Stensele Bostäder AB"
    rows = [
        ("Hyresadministration", "Kontroll att hyreshöjningen 2025 debiterats korrekt på samtliga kontrakt", "Ekonomiansvarig",
         "G", "Stickprov 40 kontrakt utan fel.", "GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (turordning i bostadskön)", "Uthyrningschef",
         "G", "20 uthyrningar granskade. 2 avsteg från kön utan dokumenterat skäl – rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av hyresfordringar och beslut om avskrivning", "Ekonomiansvarig",
         "D", "Avstämt per 30/6, helårsavstämning görs i bokslutet.", "DELVIS", "nej"),
        ("Fastighetsförvaltning", "Nyckelhantering och låsbyte vid avflyttning", "Förvaltare",
         "E", "Ej genomförd, nytt låssystem installeras 2026.", "EJ_GENOMFORD", ""),
        ("Fastighetsförvaltning", "Energideklarationer – giltighet för samtliga fastigheter", "Teknisk chef",
         "U", "Utgår, samtliga deklarationer förnyades 2024.", "UTGAR", ""),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "VD",
         "", "Se bilaga 2", "OKLAR", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) – kontroll av allmänna utrymmen", "Teknisk chef",
         "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    b = xlwt.easyxf("font: bold on")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Stensele Bostäder AB", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Internkontroll 2025 – helårsuppföljning till styrelsen", b)
    ws.write(2, 0, "Status: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår")
    for i, t in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        ws.write(4, i, t, h)
    for r, (omr, km, ans, s, kom, st, avv) in enumerate(rows, 5):
        for i, v in enumerate([omr, km, ans, s, kom]):
            ws.write(r, i, v, wrap)
        exp(fil, N, km, st, avv)
    ws.write(5 + len(rows) + 1, 0, "Godkänd av styrelsen 2026-02-05")
    for i, w in enumerate([22, 60, 18, 8, 55]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# R   Rejected: Excel lock file of the KS log
# ---------------------------------------------------------------------------
def reject_lock(ks_name):
    fil = "~$" + ks_name
    user = "Per Öhman"
    data = bytearray(165)
    u8 = user.encode("latin-1")
    data[0] = len(u8)
    data[1:1 + len(u8)] = u8
    u16 = user.encode("utf-16-le")
    data[54] = len(user)
    data[56:56 + len(u16)] = u16
    with open(fil, "wb") as f:
        f.write(bytes(data))
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljökontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Stensele Bostäder AB", "Stensele Bostäder|SBAB|Bostadsbolaget"),
        ("Stensele Vatten AB", "Stensele Vatten|SVAB|VA-bolaget"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def main():
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, f)
            if os.path.isfile(p):
                os.remove(p)
    ks = f1_ks()
    f2_sn()
    f3_bun()
    f4_csv()
    f5_ofn()
    f6_kfn()
    f7_sbab()
    reject_lock(ks)
    register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
