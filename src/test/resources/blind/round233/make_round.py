#!/usr/bin/python3
"""Blind round 233 - Grönlida kommun, delår 2025.
Theme: plan and follow-up apart inside one workbook/document.
Run: /usr/bin/python3 make_round.py   (deterministic; builds into ./files)
"""
import csv
import io
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # follow-up files are written directly into the round folder
LO_PROFILE = "file:///tmp/lo-round233"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def fixed_props(wb):
    import datetime
    d = datetime.datetime(2025, 9, 5, 10, 0, 0)
    wb.properties.created = d
    wb.properties.modified = d
    wb.properties.creator = "Grönlida kommun"
    wb.properties.lastModifiedBy = "Grönlida kommun"


def fixed_docx(doc):
    import datetime
    d = datetime.datetime(2025, 9, 5, 10, 0, 0)
    cp = doc.core_properties
    cp.created = d
    cp.modified = d
    cp.author = "Grönlida kommun"
    cp.last_modified_by = "Grönlida kommun"
    cp.revision = 1


def hdr(ws, row, col, values, fill=HEADFILL):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=col + i, value=v)
        c.font = BOLD
        c.fill = fill
        c.border = BOX
        c.alignment = WRAP


def put_row(ws, row, col, values):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=col + i, value=(v if v != "" else None))
        c.alignment = WRAP
        c.border = BOX


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def instruktion(ws, lines):
    ws["A1"] = lines[0]
    ws["A1"].font = TITLE
    for i, t in enumerate(lines[1:], start=3):
        ws.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 110


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Instruktion / Plan 2025 / Uppföljning delår (by ID)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internkontroll_2025_uppföljning delår.xlsx"
    N = "Kommunstyrelsen"
    # (id, process, risk, kontrollmoment, metod, frekvens, ansvarig,
    #  kort, status, avv, kommentar, atgard, exp_status, exp_avv)
    groups = [
        ("1. Ekonomiadministration", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen – stickprov om 25 fakturor per månad",
             "Stickprov i Raindance", "Månadsvis", "Redovisningsansvarig",
             "Attest lev.fakturor", "Genomförd", "Nej",
             "200 fakturor granskade jan–aug. Samtliga attesterade av behörig attestant.", "",
             "GENOMFORD", "nej"),
            ("1.2", "Representation", "Representation utan tydligt syfte",
             "Kontroll av att representation redovisas med syfte och deltagare",
             "Granskning av samtliga verifikationer konto 7610–7630", "Tertialvis", "Controller",
             "Representation", "Genomförd", "Ja",
             "3 av 20 verifikationer saknade deltagarförteckning.",
             "Påminnelse till chefer, info på ledningsgrupp 2025-09-02.",
             "GENOMFORD", "ja"),
            ("1.3", "Kundfakturering", "Intäktsbortfall",
             "Avstämning av kundreskontra och påminnelserutiner",
             "Avstämning reskontra mot huvudbok", "Månadsvis", "Ekonomiassistent",
             "Kundreskontra", "Pågår", "Nej",
             "Avstämning klar t.o.m. juni utan differenser. Juli–augusti pågår.", "",
             "DELVIS", "nej"),
        ]),
        ("2. Personal och lön", [
            ("2.1", "Anställning", "Lön utbetalas utan giltigt avtal",
             "Kontroll av att anställningsavtal är underskrivna innan första lönetillfället",
             "Stickprov 15 nyanställningar", "Delår", "HR-specialist",
             "Anst.avtal", "Genomförd", "Nej",
             "15 av 15 avtal underskrivna före första lön.", "",
             "GENOMFORD", "nej"),
            ("2.2", "Lön", "Felaktig ersättning",
             "Uppföljning av att lönetillägg och övertid attesteras av behörig chef",
             "Rapport ur lönesystemet, stickprov", "Delår", "Lönechef",
             "Övertid/tillägg", "Ej påbörjad", "",
             "Planeras till oktober p.g.a. vakans på HR-avdelningen.", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Behörighetsadministration", "Obehörig åtkomst",
             "Behörighetsgenomgång i ekonomisystemet (Raindance) – avslutade anställningar",
             "Jämförelse användarlista mot personalsystem", "Halvår", "Systemförvaltare",
             "Behörigheter Raindance", "Genomförd", "Ja",
             "4 aktiva konton för avslutade medarbetare hittades och stängdes 2025-05-14.", "Rutin för avslut ses över.",
             "GENOMFORD", "ja"),
            ("3.2", "Drift", "Dataförlust",
             "Test av återläsning av säkerhetskopior för verksamhetssystem",
             "Återläsningstest", "Årligen", "IT-chef",
             "Backup-test", "Utgår", "",
             "Utgår enligt beslut KS 2025-04-09 § 61, hanteras av IT-förbundet.", "",
             "UTGAR", ""),
        ]),
        ("4. Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Brott mot LOU",
             "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av leverantörsreskontra", "Delår", "Upphandlare",
             "Dok. direktupphandl.", "", "", "", "",
             "SAKNAS", ""),
            ("4.2", "Avtalstrohet", "Inköp utanför avtal",
             "Avtalstrohet – stickprov på inköp inom avtalsområde kontorsmaterial",
             "Stickprov 30 inköp", "Delår", "Inköpssamordnare",
             "Avtalstrohet", "Genomförd", "",
             "Se bilaga 2.", "",
             "GENOMFORD", ""),
        ]),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Instruktion"
    instruktion(ws, [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "1. Planen finns på fliken \"Plan 2025\" och är antagen av kommunstyrelsen 2024-12-11 § 212.",
        "2. Fyll i fliken \"Uppföljning delår\" – en rad per kontroll-ID. Kontrollmomentet behöver inte skrivas om, ange ID.",
        "3. Status anges med något av: Genomförd, Pågår, Ej påbörjad, Utgår.",
        "4. Ange Ja i kolumnen \"Avvikelse upptäckt\" om kontrollen visat fel eller brister, och beskriv åtgärd.",
        "5. Skicka filen till ekonomienheten senast 2025-09-12 (ekonomi@gronlida.se).",
    ])
    wp = wb.create_sheet("Plan 2025")
    wp["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    wp["A1"].font = TITLE
    wp["A2"] = "Antagen av kommunstyrelsen 2024-12-11 § 212"
    hdr(wp, 4, 1, ["ID", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"])
    wu = wb.create_sheet("Uppföljning delår")
    wu["A1"] = "Uppföljning delår (januari–augusti) 2025"
    wu["A1"].font = TITLE
    hdr(wu, 3, 1, ["ID", "Kontroll (kort)", "Status", "Avvikelse upptäckt", "Kommentar/resultat", "Åtgärd"])
    r = 5
    ru = 4
    for gname, rows in groups:
        c = wp.cell(row=r, column=1, value=gname)
        c.font = BOLD
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for t in rows:
            put_row(wp, r, 1, list(t[0:7]))
            r += 1
            put_row(wu, ru, 1, [t[0], t[7], t[8], t[9], t[10], t[11]])
            ru += 1
            EXPECTED.append((fil, N, t[3], t[12], t[13]))
    wp.cell(row=r + 1, column=1, value="Kontrollerna rapporteras vid delår och helår enligt kommunens riktlinje för intern kontroll.")
    wu.cell(row=ru + 1, column=1, value="Uppgiftslämnare: Maria Lind, controller, 2025-09-08")
    widths(wp, {"A": 6, "B": 22, "C": 26, "D": 55, "E": 32, "F": 12, "G": 20})
    widths(wu, {"A": 6, "B": 22, "C": 14, "D": 12, "E": 60, "F": 40})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - plan (left) and follow-up (right) side by side on one sheet
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IKP 2025 med uppföljning.xlsx"
    N = "Barn- och utbildningsnämnden"
    # nr, process, kontrollmoment, metod, ansvarig | T1, Delår, kommentar, avv | exp, exp_avv
    rows = [
        ("1", "Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
         "Stickprov 15 beslut", "Skolskjutshandläggare",
         "G", "G", "Samtliga 14 beslut under perioden granskade, rätt delegat.", "N", "GENOMFORD", "nej"),
        ("2", "Elevhälsa/närvaro", "Stickprov på att frånvaroanmälan till vårdnadshavare sker samma dag",
         "Stickprov på 12 skolor", "Rektorer",
         "D", "G", "Rutinen följs på 11 av 12 skolor. En skola har fått påminnelse och ny rutin.", "J", "GENOMFORD", "ja"),
        ("3", "Rekrytering", "Kontroll av att registerkontroll (belastningsregister) finns för nyanställd personal",
         "Stickprov 20 anställningar", "HR-konsult",
         "G", "", "", "", "GENOMFORD", ""),
        ("4", "Kränkande behandling", "Uppföljning av kränkande behandling – anmälan till huvudman inom 2 dagar",
         "Genomgång i DF Respons", "Verksamhetsutvecklare",
         "D", "D", "Genomgång jan–jun klar: 9 av 61 anmälningar kom in senare än 2 dagar. Juli–aug återstår.", "J",
         "DELVIS", "ja"),
        ("5", "Interkommunal ersättning", "Interkommunal ersättning – kontroll av fakturering för elever från andra kommuner",
         "Avstämning elevregister mot fakturor", "Controller",
         "EP", "EP", "Flyttad till hösten p.g.a. byte av elevregister.", "", "EJ_GENOMFORD", ""),
        ("6", "Läromedel", "Inventering av digitala läromedelslicenser mot faktisk användning",
         "Licensrapporter", "IT-samordnare",
         "", "U", "Utgår – ersätts av central licensgenomgång (KS).", "", "UTGAR", ""),
        ("7", "Måltider", "Kontroll av att måltidsverksamhetens egenkontroll dokumenteras",
         "Granskning av egenkontrollpärmar", "Kostchef",
         "", "", "", "", "SAKNAS", ""),
        ("8", "Fristående verksamhet", "Attest av fakturor för köpta platser i fristående förskola",
         "Stickprov 20 fakturor", "Controller",
         "", "", "Se bifogad rapport (bilaga 3).", "", "OKLAR", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws["A2"] = "Internkontrollplan 2025 (antagen BUN 2024-12-17 § 98)"
    ws["A2"].font = BOLD
    ws.merge_cells("A2:E2")
    ws["G2"] = "Uppföljning 2025"
    ws["G2"].font = BOLD
    ws.merge_cells("G2:K2")
    hdr(ws, 4, 1, ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig"])
    hdr(ws, 4, 7, ["Nr", "T1", "Delår", "Kommentar delår", "Avvikelse (J/N)"])
    r = 5
    for t in rows:
        put_row(ws, r, 1, list(t[0:5]))
        put_row(ws, r, 7, [t[0], t[5], t[6], t[7], t[8]])
        EXPECTED.append((fil, N, t[2], t[9], t[10]))
        r += 1
    ws.cell(row=r + 1, column=7, value="Statuskoder:").font = BOLD
    for i, s in enumerate(["G = Genomförd", "D = Delvis genomförd / pågår",
                           "EP = Ej påbörjad", "U = Utgår"]):
        ws.cell(row=r + 2 + i, column=7, value=s)
    ws.cell(row=r + 7, column=1, value="Sammanställt av: Anders Holm, BUF stab")
    widths(ws, {"A": 5, "B": 20, "C": 55, "D": 28, "E": 20, "F": 3, "G": 5, "H": 6, "I": 7,
                "J": 55, "K": 14})
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. SN - Instruktion / Uppföljning (header row 6 after logo) / Plan; short repeated text
# ---------------------------------------------------------------------------
def logo_png():
    img = Image.new("RGB", (220, 80), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 72, 72), fill=(46, 125, 50))
    d.polygon([(40, 16), (60, 60), (20, 60)], fill=(255, 255, 255))
    d.text((84, 22), "GRÖNLIDA", fill=(46, 125, 50))
    d.text((84, 42), "KOMMUN", fill=(46, 125, 50))
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


def file_sn():
    fil = "Socialnämnden - uppföljning IKP delår 2025.xlsx"
    N = "Socialnämnden"
    # km, område, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig
    plan = [
        ("KM-01", "Ekonomi", "Utbetalning utan beslut", 12,
         "Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut i verksamhetssystemet",
         "Stickprov 40 utbetalningar", "Tertialvis", "Enhetschef försörjningsstöd"),
        ("KM-02", "Ekonomi", "Förskingring", 9,
         "Stickprov av att kontanta medel (handkassor) på boenden stäms av månadsvis",
         "Granskning av avstämningslistor", "Delår", "Controller"),
        ("KM-03", "Dokumentation", "Brister i planering av insatser", 12,
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Journalgranskning 30 ärenden", "Delår", "Kvalitetsstrateg"),
        ("KM-04", "Dokumentation", "Barn far illa", 16,
         "Granskning av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur Treserva", "Delår", "Enhetschef barn och unga"),
        ("KM-05", "Informationssäkerhet", "Obehörig åtkomst till journaler", 12,
         "Logguppföljning av åtkomst till journaler i Treserva",
         "Slumpvis logguttag", "Tertialvis", "Systemförvaltare"),
        ("KM-06", "Informationssäkerhet", "Obehörig åtkomst", 8,
         "Kontroll av att behörigheter i verksamhetssystemet tas bort vid avslutad anställning",
         "Jämförelse mot personalsystem", "Halvår", "Systemförvaltare"),
        ("KM-07", "Avtal", "Bristande kvalitet i köpta insatser", 9,
         "Uppföljning av avtalsvillkor hos köpta HVB-placeringar",
         "Avtalsuppföljning", "Delår", "Avtalscontroller"),
        ("KM-08", "Personal", "Felaktig sjuklön", 6,
         "Kontroll av att sjukfrånvaro över 14 dagar anmäls till Försäkringskassan",
         "Rapport ur lönesystemet", "Delår", "HR-specialist"),
    ]
    # follow-up rows (KM-08 missing): km, område, status, avv, resultat, åtgärd, klart
    fu = [
        ("KM-01", "Ekonomi", "Genomförd", "Nej", "Stickprov 40 utbetalningar jan–aug; samtliga hade beslut.", "", ""),
        ("KM-02", "Ekonomi", "Genomförd med avvikelse", "Ja", "Två boenden saknade avstämning för maj.",
         "Påminnelse och checklista till enhetschefer.", "2025-10-31"),
        ("KM-03", "Dokumentation", "Delvis genomförd", "Ja",
         "Hemtjänst granskad: 6 av 30 planer upprättade senare än 14 dagar. Särskilt boende återstår.",
         "Utbildning i dokumentation hösten 2025.", "2025-12-31"),
        ("KM-04", "Dokumentation", "", "Nej",
         "Granskningen är genomförd i juni. Samtliga 52 förhandsbedömningar gjordes inom 14 dagar.", "", ""),
        ("KM-05", "Informationssäkerhet", "Ej genomförd", "",
         "Loggverktyget har ännu inte levererats av leverantören.", "Genomförs när verktyget finns.", ""),
        ("KM-06", "Informationssäkerhet", "Genomförd", "Nej", "Inga aktiva behörigheter för avslutade.", "", ""),
        ("KM-07", "Avtal", "Ej aktuell", "",
         "Ej aktuell – avtal för HVB upphandlas och följs upp centralt av KS från 2025.", "", ""),
    ]
    exp = {"KM-01": ("GENOMFORD", "nej"), "KM-02": ("GENOMFORD", "ja"), "KM-03": ("DELVIS", "ja"),
           "KM-04": ("GENOMFORD", "nej"), "KM-05": ("EJ_GENOMFORD", ""), "KM-06": ("GENOMFORD", "nej"),
           "KM-07": ("UTGAR", ""), "KM-08": ("SAKNAS", "")}
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Instruktion"
    instruktion(ws, [
        "Så här fyller du i uppföljningen",
        "Fliken Uppföljning: välj status i rullistan (Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Ej aktuell).",
        "Kontrollområde fylls i automatiskt från planen. Hela kontrollmomentet finns på fliken Internkontrollplan (samma KM-nr).",
        "Avvikelse: Ja om kontrollen visat brister. Beskriv åtgärd och när den ska vara klar.",
        "Frågor: Lena Borg, kvalitetsstrateg, ankn. 4417.",
    ])
    wu = wb.create_sheet("Uppföljning")
    wu.add_image(XLImage(logo_png()), "A1")
    wu["C1"] = "Uppföljning av internkontrollplan 2025"
    wu["C1"].font = TITLE
    wu.merge_cells("C1:G1")
    wu["C2"] = "Socialnämnden"
    wu["C2"].font = Font(bold=True, size=12)
    wu.merge_cells("C2:G2")
    wu["C3"] = "Period: januari–augusti (delårsrapport)"
    wu.merge_cells("C3:G3")
    wu["C4"] = "Datum: 2025-09-05        Ansvarig: Lena Borg, kvalitetsstrateg"
    wu.merge_cells("C4:G4")
    for rr in range(1, 5):
        wu.row_dimensions[rr].height = 18
    hdr(wu, 6, 1, ["KM-nr", "Kontrollområde", "Status", "Avvikelse", "Resultat och analys", "Åtgärd", "Klart datum"])
    r = 7
    for t in fu:
        put_row(wu, r, 1, list(t))
        r += 1
    wu.cell(row=r + 1, column=1, value="Sammanfattande bedömning:").font = BOLD
    wu.cell(row=r + 1, column=3, value="Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    widths(wu, {"A": 10, "B": 20, "C": 22, "D": 11, "E": 60, "F": 38, "G": 12})
    wp = wb.create_sheet("Internkontrollplan")
    wp["A1"] = "Socialnämndens internkontrollplan 2025"
    wp["A1"].font = TITLE
    hdr(wp, 3, 1, ["KM-nr", "Kontrollområde", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"])
    r = 4
    for t in plan:
        put_row(wp, r, 1, list(t))
        EXPECTED.append((fil, N, t[4], *exp[t[0]]))
        r += 1
    wp.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens (1–4 × 1–4).")
    widths(wp, {"A": 8, "B": 20, "C": 30, "D": 9, "E": 60, "F": 28, "G": 11, "H": 26})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. SBN - plain Word table
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN uppföljning internkontroll delår 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        ("Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor, inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att egenkontroller av lekplatser genomförs och dokumenteras",
         "Samtliga 23 lekplatser besiktigade. Två lekplatser hade brister i fallunderlag som åtgärdats.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Avtal", "Uppföljning av entreprenörers avtalsvillkor vid vinterväghållning",
         "Säsongen avslutad, sammanställning av körjournaler pågår.", "Pågår", "DELVIS", ""),
        ("VA", "Kontroll av att VA-debitering överensstämmer med avläst förbrukning",
         "Påbörjas efter byte av debiteringssystem i september.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Intäkter", "Kontroll av att markupplåtelser (torghandel, uteserveringar) faktureras",
         "Tre uteserveringar hade inte fakturerats. Fakturor skickade i juni.", "Genomförd", "GENOMFORD", "ja"),
        ("Fordon", "Kontroll av fordonsloggar för kommunens tjänstebilar",
         "Utgår, ersatt av ny bilpoolsrutin (beslut SBN 2025-03-18 § 27).", "Utgår", "UTGAR", ""),
    ]
    d = docx.Document()
    fixed_docx(d)
    d.add_heading("Samhällsbyggnadsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 2025 (januari–augusti)")
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 10 december 2024. Nedan redovisas "
                    "resultatet av de kontroller som skulle genomföras till och med delårsbokslutet.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Resultat", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
        EXPECTED.append((fil, N, row[1], row[4], row[5]))
    d.add_paragraph("")
    d.add_paragraph("Grönlida 2025-09-03")
    d.add_paragraph("Jonas Ek, förvaltningschef samhällsbyggnadsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Plain export, two nämnder (KFN + MBN)
# ---------------------------------------------------------------------------
def file_export():
    fil = "IK-export_2025-08-31.xlsx"
    K = "Kultur- och fritidsnämnden"
    M = "Miljö- och byggnämnden"
    rows = [
        (K, "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Stickprov 20 ansökningar", "Föreningskonsulent", "Klar", "20 ansökningar granskade, utan anmärkning.",
         "GENOMFORD", "nej"),
        (K, "Kassahantering i simhallen – dagsavstämning mot kassaregister",
         "Granskning av dagsrapporter", "Badchef", "Klar med avvikelse", "Differens 1 240 kr i april, utredd och rättad.",
         "GENOMFORD", "ja"),
        (K, "Uppföljning av att hyresavtal för lokaler uthyrda till föreningar är aktuella",
         "Genomgång av avtalsregister", "Fritidschef", "Pågående", "Hälften av avtalen genomgångna.",
         "DELVIS", ""),
        (K, "Kontroll av att bibliotekets medieinköp sker inom ramavtal",
         "Stickprov 25 fakturor", "Bibliotekschef", "Ej startad", "",
         "EJ_GENOMFORD", ""),
        (M, "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur Castor", "Bygglovschef", "Klar", "94 % inom tid; 7 ärenden överskred 10 veckor.",
         "GENOMFORD", "ja"),
        (M, "Kontroll av att tillsynsavgifter för livsmedelskontroll debiteras enligt taxa",
         "Stickprov 15 debiteringar", "Miljöchef", "Klar", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (M, "Jävsprövning vid delegationsbeslut – stickprov",
         "Stickprov 10 beslut", "Nämndsekreterare", "Pågående", "",
         "DELVIS", ""),
        (M, "Kontroll av att ärenden i ärendehanteringssystemet avslutas och arkiveras",
         "Uttag ur Castor", "Registrator", "", "",
         "SAKNAS", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Export"
    cols = ["Organisation", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar", "Period"]
    for i, h in enumerate(cols, 1):
        ws.cell(row=1, column=i, value=h).font = BOLD
    for r, t in enumerate(rows, 2):
        for i, v in enumerate(list(t[:6]) + ["Delår 2025"], 1):
            ws.cell(row=r, column=i, value=(v if v != "" else None))
        EXPECTED.append((fil, t[0], t[1], t[6], t[7]))
    widths(ws, {"A": 28, "B": 70, "C": 26, "D": 20, "E": 18, "F": 50, "G": 12})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", K, "2025", "DELAR"))
    FILES.append((fil, "INLAST", M, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. ÖFN - ods, Plan / Uppföljning with traffic-light fills only
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden_IK_delår2025.ods"
    N = "Överförmyndarnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    plan = [
        ("1.1", "Granskning", "Granskning av årsräkningar – stickprov att underlag (kontoutdrag) bifogats",
         "Stickprov 25 akter", "Handläggare", GREEN, "Stickprov 25 årsräkningar, samtliga kompletta.",
         "GENOMFORD", "nej"),
        ("1.2", "Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 arvodesbeslut", "Enhetschef", YELLOW, "Hälften av urvalet granskat.",
         "DELVIS", ""),
        ("2.1", "Rekrytering", "Kontroll av att registerutdrag inhämtas innan förordnande av ny ställföreträdare",
         "Genomgång av nya förordnanden", "Rekryterare", GREEN,
         "Två fall där utdrag inhämtades efter förordnande. Rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("2.2", "Handläggning", "Uppföljning av att förteckningar lämnas inom två månader efter förordnande",
         "Bevakningslista", "Handläggare", RED, "Ej genomförd p.g.a. personalbrist under våren.",
         "EJ_GENOMFORD", ""),
        ("3.1", "Spärrade konton", "Kontroll av att uttagsbeslut från spärrade konton dokumenteras i akten",
         "Stickprov 10 beslut", "Enhetschef", GREY,
         "Utgår – kontrollen ingår i länsstyrelsens inspektion 2025.", "UTGAR", ""),
        ("3.2", "Arkiv", "Gallring av akter enligt dokumenthanteringsplan",
         "Genomgång arkiv", "Administratör", None, "", "SAKNAS", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Instruktion"
    instruktion(ws, [
        "Instruktion",
        "Fliken Plan innehåller nämndens internkontrollplan 2025 – ändra inte där.",
        "På fliken Uppföljning markeras varje kontroll med färg i kolumnen Bedömning (se färgförklaring överst på fliken).",
        "Kommentera alltid gul och röd markering.",
    ])
    wp = wb.create_sheet("Plan")
    wp["A1"] = "Överförmyndarnämnden – internkontrollplan 2025"
    wp["A1"].font = TITLE
    hdr(wp, 3, 1, ["ID", "Område", "Kontrollmoment", "Metod", "Ansvarig"])
    wu = wb.create_sheet("Uppföljning")
    wu["A1"] = "Uppföljning delår 2025"
    wu["A1"].font = TITLE
    wu["A2"] = "Färgförklaring:"
    wu["A2"].font = BOLD
    for col, (fill, txt) in zip("BDFH", [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd/pågår"),
                                         (RED, "Ej genomförd"), (GREY, "Utgår")]):
        wu[f"{col}2"].fill = fill
        wu[f"{chr(ord(col) + 1)}2"] = txt
    hdr(wu, 4, 1, ["ID", "Avser", "Bedömning", "Kommentar"])
    for i, t in enumerate(plan):
        put_row(wp, 4 + i, 1, list(t[:5]))
        put_row(wu, 5 + i, 1, [t[0], f"Kontroll enl. plan p. {t[0]}", "", t[6]])
        if t[5] is not None:
            wu.cell(row=5 + i, column=3).fill = t[5]
        EXPECTED.append((fil, N, t[2], t[7], t[8]))
    widths(wp, {"A": 6, "B": 18, "C": 70, "D": 28, "E": 16})
    widths(wu, {"A": 6, "B": 24, "C": 12, "D": 60, "E": 22, "F": 4, "G": 14, "H": 4, "I": 10})
    tmp = "/tmp/r233_build"
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, "Överförmyndarnämnden_IK_delår2025.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. VON - Word: plan table and separate follow-up table by Nr
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON Uppföljning internkontrollplan 2025 delår.docx"
    N = "Vård- och omsorgsnämnden"
    plan = [
        ("1.1", "Avgifter", "Kontroll av att avgiftsbeslut för hemtjänst fattas och debiteras från rätt datum",
         "Stickprov 30 beslut", "Avgiftshandläggare", "Aug"),
        ("1.2", "Privata medel", "Avstämning av brukarnas privata medel på särskilt boende",
         "Kontroll kvitton/kassabok", "Enhetschefer SÄBO", "Maj"),
        ("2.1", "Kvalitet", "Kontroll av att avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av utredningar", "Kvalitetsutvecklare", "Aug"),
        ("3.1", "Hälso- och sjukvård", "Uppföljning av att läkemedelsgenomgångar genomförs för boende på SÄBO",
         "Journalgranskning", "MAS", "Aug"),
        ("3.2", "Hälso- och sjukvård", "Kontroll av att delegeringar av hälso- och sjukvårdsuppgifter förnyas årligen",
         "Delegeringsregister", "MAS", "Jun"),
        ("4.1", "Personal", "Kontroll av att timanställda inte överskrider antalet LAS-dagar",
         "Rapport ur Heroma", "HR-konsult", "Aug"),
        ("4.2", "Inhyrd personal", "Kontroll av att bemanningsföretag anlitas enligt avtal",
         "Fakturagranskning", "Controller", "Aug"),
    ]
    fu = {
        "1.1": ("Genomförd", "Inga avvikelser i stickprov om 30 beslut.", "GENOMFORD", "nej"),
        "1.2": ("Genomförd", "Avvikelse på ett boende – kvitton saknades för två brukare. Åtgärdat.", "GENOMFORD", "ja"),
        "2.1": ("Pågår", "Genomgång av 8 av 15 utredningar klar.", "DELVIS", ""),
        "3.1": ("Ej genomförd", "Flyttas till hösten i samråd med MAS.", "EJ_GENOMFORD", ""),
        "3.2": ("Genomförd", "Delegeringar inom hemsjukvården granskade; 12 saknade förnyelse och har nu förnyats.",
                "GENOMFORD", "ja"),
        "4.1": ("", "", "SAKNAS", ""),
        "4.2": ("Utgår", "Avtalet har upphört och ingen inhyrning sker 2025.", "UTGAR", ""),
    }
    d = docx.Document()
    fixed_docx(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Grönlida kommun – Vård- och omsorgsförvaltningen"
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden antog internkontrollplanen 2024-12-12 § 141. "
                    "Planen återges i tabell 1. Resultatet per kontroll redovisas i tabell 2 med hänvisning till "
                    "kontrollens nummer.")
    d.add_heading("Tabell 1. Internkontrollplan 2025", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Rutin/process", "Kontrollmoment", "Metod", "Ansvarig", "Tidpunkt"]):
        t.rows[0].cells[i].text = h
    for p in plan:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = p[i]
    d.add_paragraph("")
    d.add_heading("Tabell 2. Uppföljning januari–augusti", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Status delår", "Kommentar"]):
        t2.rows[0].cells[i].text = h
    for p in plan:
        s = fu[p[0]]
        cells = t2.add_row().cells
        cells[0].text = p[0]
        cells[1].text = s[0]
        cells[2].text = s[1]
        EXPECTED.append((fil, N, p[2], s[2], s[3]))
    cells = t2.add_row().cells
    cells[0].text = "Övrigt"
    cells[2].text = "Inga övriga iakttagelser under perioden."
    d.add_paragraph("")
    d.add_paragraph("Eva Sandberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: budget workbook (Instruktion + Driftbudget) - no follow-up
# ---------------------------------------------------------------------------
def file_budget():
    fil = "KS Budgetunderlag 2026 och prognos delår 2025.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Instruktion"
    instruktion(ws, [
        "Instruktion – budgetunderlag 2026",
        "Fyll i prognos för helår 2025 utifrån delårsbokslutet samt förslag till budget 2026 per verksamhet.",
        "Avvikelse mot budget ska kommenteras om den överstiger 500 tkr.",
        "Lämnas till ekonomienheten senast 2025-09-19.",
    ])
    wd = wb.create_sheet("Driftbudget")
    wd["A1"] = "Kommunstyrelsen – driftbudget (tkr)"
    wd["A1"].font = TITLE
    hdr(wd, 3, 1, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår 2025",
                   "Avvikelse mot budget", "Kommentar", "Budget 2026"])
    rows = [
        ("Politisk verksamhet", 8200, 5310, 8100, "Inga större avvikelser.", 8400),
        ("Kommunledning", 24500, 16900, 25300, "Konsultkostnader utredning av IT-förbund.", 24900),
        ("Ekonomi", 15100, 9800, 14800, "", 15400),
        ("HR och lön", 18700, 12900, 19400, "Vakanser ersatta med inhyrd personal.", 19100),
        ("IT", 31200, 21000, 31000, "", 32500),
        ("Kommunikation", 6400, 4100, 6300, "", 6500),
    ]
    for i, t in enumerate(rows, 4):
        put_row(wd, i, 1, [t[0], t[1], t[2], t[3], None, t[4], t[5]])
        wd.cell(row=i, column=5, value=f"=B{i}-D{i}").border = BOX
    n = 4 + len(rows)
    put_row(wd, n, 1, ["Summa", f"=SUM(B4:B{n-1})", f"=SUM(C4:C{n-1})", f"=SUM(D4:D{n-1})",
                       f"=SUM(E4:E{n-1})", "", f"=SUM(G4:G{n-1})"])
    for c in range(1, 8):
        wd.cell(row=n, column=c).font = BOLD
    widths(wd, {"A": 24, "B": 12, "C": 14, "D": 16, "E": 18, "F": 45, "G": 12})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VAN"),
    ("Grönlida Bostäder AB", "GBAB|Grönlidabostäder"),
]


def main():
    keep = {"make_round.py", "README.md", "namnder.csv", "files.csv", "expected.csv"}
    for name in os.listdir(OUT):
        pth = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(pth) and name.lower().endswith((".xlsx", ".docx", ".ods")):
            os.remove(pth)
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_export()
    file_ofn()
    file_von()
    file_budget()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
