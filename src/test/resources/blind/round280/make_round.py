#!/usr/bin/python3
"""Blind round 280 – theme: timing (delår/T2 2025), Hällebro kommun.

Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp")
LO_PROFILE = "file:///tmp/lo-round280"
FIXED = dt.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixprops(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Hällebro kommun"


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, status words, group headings, frequency/plan columns
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – delårsbokslut (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = ("Instruktion: Ange status för perioden januari–augusti. Kontroller som enligt planen ska "
                "genomföras senare under året markeras 'Ej aktuell denna period'.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A4:H4")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Frekvens", "Planerad tidpunkt", "Ansvarig",
           "Status delår", "Kommentar/resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    rows = [
        ("G", "Ekonomiprocesser"),
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Månadsvis",
         "jan–dec", "Redovisningschef", "Genomförd",
         "Stickprov 10 fakturor/månad jan–aug (80 st). 2 fakturor saknade andra attest; "
         "berörda attestanter har informerats.", "GENOMFORD", "ja"),
        (2, "Ekonomisystem", "Kontroll av behörigheter i ekonomisystemet", "Två gånger per år",
         "mars och september", "Systemförvaltare ekonomi", "Genomförd",
         "Vårens kontroll genomförd i mars utan anmärkning. Höstens kontroll planerad till september.",
         "GENOMFORD", "nej"),
        (3, "Kundfakturering", "Avstämning av kundreskontra mot huvudbok", "Kvartalsvis", "Q1–Q4",
         "Ekonom", "Pågår", "Q1 och Q2 avstämda utan differenser. Q3 stäms av i oktober.",
         "DELVIS", "nej"),
        (4, "Representation", "Kontroll av representation och förtroendekänsliga poster",
         "Två gånger per år", "april och oktober", "Controller", "Försenad",
         "Aprilkontrollen har inte utförts p.g.a. vakans på ekonomienheten. Flyttad till september.",
         "EJ_GENOMFORD", ""),
        ("G", "Inköp och avtal"),
        (5, "Inköp", "Stickprov av inköp mot gällande ramavtal (avtalstrohet)", "Kvartalsvis", "Q1–Q4",
         "Upphandlingschef", "Pågår",
         "Q1: 15 av 15 stickprov, Q2: 9 av 15 stickprov. 3 inköp gjorda utanför avtal (kontorsmaterial).",
         "DELVIS", "ja"),
        ("G", "Personal och lön"),
        (6, "Lön", "Kontroll av nyanställda i lönesystemet mot anställningsavtal", "Månadsvis", "jan–dec",
         "HR-chef", "Genomförd", "Samtliga 27 nyanställningar jan–aug kontrollerade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("G", "Styrning och ärendehantering"),
        (7, "Delegation", "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen", "Årligen",
         "november", "Kanslichef", "Ej aktuell denna period",
         "Genomförs i november inför sista sammanträdet.", "EJ_GENOMFORD", ""),
        (8, "Diarium", "Kontroll av att diarieförda ärenden avslutas", "Årligen", "juni", "Registrator",
         "Ej påbörjad", "Har inte hunnits med under våren.", "EJ_GENOMFORD", ""),
        (9, "Informationssäkerhet", "Uppföljning av genomförd utbildning i informationssäkerhet", "Årligen",
         "december", "Informationssäkerhetssamordnare", None, None, "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        vals = row[:8]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 3 av 9 kontroller genomförda, 2 pågår, 3 ej genomförda/ej aktuella.")
    ws.cell(r + 2, 1, "Upprättad av: Maria Lindqvist, controller, 2025-09-08")
    for col, w in zip("ABCDEFGH", [5, 20, 45, 16, 18, 22, 20, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, symbols with legend under the table
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK-uppföljning delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, Hällebro kommun")
    d.add_paragraph(
        "Uppföljningen avser perioden januari–augusti 2025. Nämnden antog internkontrollplanen "
        "2024-12-11 § 98. Planen innehåller åtta kontrollmoment med olika frekvens; flera kontroller "
        "är enligt planen förlagda till hösten och redovisas därför först i helårsuppföljningen.")
    hdr = ["Kontrollmoment", "Frekvens", "Planerad tidpunkt", "Genomförd (datum)", "Resultat", "Status"]
    rows = [
        ("Kontroll av att frånvaro registreras i skolans närvarosystem varje dag", "Månadsvis",
         "jan–jun, aug", "2025-06-13",
         "Stickprov på tre skolor varje månad. Inga brister i registreringen.", "✔", "GENOMFORD", "nej"),
        ("Uppföljning av att anmälningar om kränkande behandling utreds skyndsamt", "Kvartalsvis",
         "april, juli, oktober, januari", "2025-04-10\n2025-07-04",
         "Q1: 12 av 12 anmälningar utredda inom tid.\nQ2: 9 av 14 utredda inom tid, övriga pågår.",
         "◐", "DELVIS", "ja"),
        ("Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Årligen", "augusti", "",
         "Försenad – kontrollen skjuts till oktober på grund av ny skjutsupphandling.", "✘",
         "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor i förskoleverksamheten", "Två gånger per år", "maj och november",
         "2025-05-20", "Vårens stickprov: 20 fakturor, 1 saknade attest.", "✔", "GENOMFORD", "ja"),
        ("Kontroll av registerutdrag vid nyanställning i förskola och skola", "Månadsvis", "jan–dec",
         "löpande", "Samtliga 34 nyanställda kontrollerade mot registerutdrag.", "✔", "GENOMFORD", "nej"),
        ("Kontroll av att beslut om tilläggsbelopp följs upp", "Årligen", "november", "",
         "Planerad till november.", "○", "EJ_GENOMFORD", ""),
        ("Inventering av elevdatorer och annan IT-utrustning", "Årligen", "december", "", "", "○",
         "EJ_GENOMFORD", ""),
        ("Kontroll av barngruppernas storlek mot beslutad bemanning", "Två gånger per år",
         "mars och oktober", "2025-03-28", "Se bilaga 2.", "✔ ✘", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = row[i]
        exp(fil, N, row[0], row[6], row[7])
    d.add_paragraph("")
    p = d.add_paragraph("Teckenförklaring: ✔ = genomförd   ◐ = delvis genomförd   ✘ = ej genomförd   "
                        "○ = ej aktuell under perioden (planerad senare under året)")
    p.runs[0].font.size = Pt(9)
    d.add_paragraph("Bilaga 2: Sammanställning barngruppsstorlek per förskola (separat dokument).")
    d.add_paragraph("Hällebro 2025-09-10\nAnna Berg, förvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialförvaltningen – Stratsys CSV (cp1252) with two nämnder, T1 and T2 side by side
# ---------------------------------------------------------------------------
def file_soc():
    fil = "Stratsys_export_IK_SOC_VON_2025-09-04.csv"
    SN, VON = "Socialnämnden", "Vård- och omsorgsnämnden"
    hdr = ["Organisation", "Område", "Kontrollmoment", "Frekvens", "Planerad", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    rows = [
        (SN, "Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd har ett beslut",
         "Månadsvis", "jan-dec", "Enhetschef försörjningsstöd", "Klar", "Stickprov 10/mån, inga avvikelser.",
         "Klar", "Stickprov 10/mån. En utbetalning i juni saknade beslut, beloppet återkrävs.",
         "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Uppföljning av att förhandsbedömning görs inom 14 dagar", "Kvartalsvis",
         "mar, jun, sep, dec", "Enhetschef barn och unga", "Pågående", "Q1: 18 av 20 inom tid.",
         "Pågående", "Q2: 15 av 20 inom tid. Orsak: hög ärendebelastning.", "DELVIS", "ja"),
        (SN, "Informationssäkerhet", "Kontroll av loggar i verksamhetssystemet", "Två gånger per år",
         "apr, okt", "Systemförvaltare", "Ej påbörjad", "Planerad april.", "Försenad",
         "Aprilkontrollen ej genomförd p.g.a. systembyte. Görs tillsammans med oktoberkontrollen.",
         "EJ_GENOMFORD", ""),
        (SN, "Placeringar", "Avtalsuppföljning av HVB-placeringar", "Årligen", "okt",
         "Placeringssamordnare", "", "", "Ej aktuell", "Genomförs i oktober enligt plan.",
         "EJ_GENOMFORD", ""),
        (SN, "Barn och unga", "Kontroll av rutin för mottagande av orosanmälningar", "Årligen", "maj",
         "Enhetschef mottagning", "Utgår", "Utgår enligt beslut SN 2025-03-19 § 34, ersatt av "
         "länsgemensam granskning.", "Utgår", "", "UTGAR", ""),
        (SN, "Familjerätt", "Kontroll av att vårdnadshavare underrättas om beslut", "Årligen", "mar",
         "Familjerättssekreterare", "Klar", "Genomförd i mars utan anmärkning.", "", "",
         "GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Kvartalsvis",
         "mar, jun, sep, dec", "Enhetschef hemtjänst", "Klar", "Q1: 20 av 20 granskade, samtliga i tid.",
         "Pågående", "Q2: 12 av 20 granskade, resterande granskas i september.", "DELVIS", "nej"),
        (VON, "Hälso- och sjukvård", "Kontroll av läkemedelshantering (signeringslistor)", "Månadsvis",
         "jan-dec", "MAS", "Klar", "Inga avvikelser.", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Kontroll av fakturering av hemtjänstinsatser mot beviljad tid",
         "Två gånger per år", "maj, nov", "Avgiftshandläggare", "Ej påbörjad", "Planerad maj.", "Klar",
         "Majkontrollen genomförd: 4 av 30 fakturor avvek från beviljad tid, rättade.", "GENOMFORD", "ja"),
        (VON, "Kvalitet", "Kontroll av att rapporter enligt lex Sarah utreds inom fastställd tid",
         "Årligen", "jun", "Kvalitetsutvecklare", "", "", "Försenad",
         "Ej genomförd, flyttad till september.", "EJ_GENOMFORD", ""),
        (VON, "Hemtjänst", "Kontroll av att nyckelkvittenser finns för hemtjänstens nycklar", "Årligen",
         "maj", "Enhetschef hemtjänst", "Pågående", "Inventering påbörjad.", "Klar",
         "Samtliga 212 nycklar kvitterade.", "GENOMFORD", "nej"),
        (VON, "Personal", "Uppföljning av korttidsfrånvaro per enhet", "Månadsvis", "jan-dec",
         "HR-partner", "Klar", "Jan-apr uppföljd.", "Pågående",
         "Jan-jun uppföljd, juli-augusti rapporteras i september.", "DELVIS", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning;Utskriven 2025-09-04 08:12;Användare: ekojoha\r\n")
        f.write("Urval: Socialförvaltningen, plan 2025\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow(row[:10])
            exp(fil, row[0], row[2], row[10], row[11])
    FILES.append((fil, "INLAST", SN, "2025", "T2"))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – month grid (X/P/!) → .ods
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN uppföljning IKP 2025 per 31 augusti.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 2025-08-31 (tertial 2)"
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    hdr = ["Kontrollmoment", "Frekvens"] + months + ["Bedömning T2", "Kommentar"]
    r = 4
    ws.cell(r - 1, 3, "Planerad / utförd månad")
    ws.merge_cells(start_row=r - 1, start_column=3, end_row=r - 1, end_column=14)
    ws.cell(r - 1, 3).alignment = Alignment(horizontal="center")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")

    def grid(spec):
        g = [""] * 12
        for k, v in spec.items():
            g[months.index(k)] = v
        return g

    allx = {m: "X" for m in months[:8]}
    allx.update({m: "P" for m in months[8:]})
    rows = [
        ("G", "Myndighetsutövning"),
        ("Kontroll av att bygglov handläggs inom lagstadgad tid", "Månadsvis", grid(allx), "Enligt plan",
         "2 ärenden av 146 överskred 10 veckor.", "GENOMFORD", "ja"),
        ("Kontroll av avgifter för bygglov mot gällande taxa", "Två gånger per år",
         grid({"apr": "X", "okt": "P"}), "Avvikelse", "3 av 25 beslut debiterade enligt 2024 års taxa.",
         "GENOMFORD", "ja"),
        ("Kontroll av att lägenhetsregistret uppdateras", "Kvartalsvis",
         grid({"mar": "X", "jun": "!", "sep": "P", "dec": "P"}), "Delvis – juni försenad",
         "Marskontrollen utan anmärkning. Junikontrollen ej utförd (sjukskrivning).", "DELVIS", "nej"),
        ("G", "Ekonomi och avtal"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Kvartalsvis",
         grid({"mar": "X", "jun": "X", "sep": "P", "dec": "P"}), "Enligt plan", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Uppföljning av ramavtal för vinterväghållning", "Årligen", grid({"nov": "P"}), "Enligt plan",
         "Genomförs inför vintersäsongen.", "EJ_GENOMFORD", ""),
        ("G", "Drift och underhåll"),
        ("Kontroll av att felanmälningar om gatubelysning åtgärdas inom 14 dagar", "Månadsvis",
         grid({**{m: "X" for m in months[:6]}, "jul": "!", "aug": "!",
               **{m: "P" for m in months[8:]}}), "Avvikelse",
         "Kontroll ej gjord under semesterperioden juli–augusti.", "DELVIS", "nej"),
        ("G", "Ärendehantering"),
        ("Kontroll av att detaljplaneärenden diarieförs", "Årligen", grid({"maj": "!"}), "Ej genomförd",
         "Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", "Månadsvis",
         grid({**{m: "X" for m in ["jan", "feb", "mar", "apr", "maj", "jun", "aug"]},
               **{m: "P" for m in months[8:]}}), "Enligt plan",
         "Inget nämndsammanträde i juli.", "GENOMFORD", "nej"),
    ]
    r = 5
    fills = {"X": "C6EFCE", "!": "FFC7CE", "P": "FFFFFF"}
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            r += 1
            continue
        km, fr, g, bed, kom, st, av = row
        vals = [km, fr] + g + [bed, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 16) else Alignment(horizontal="center", vertical="top")
            if 3 <= c <= 14 and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring: X = utförd   P = planerad   ! = planerad men ej utförd   "
                  "tom ruta = ingen kontroll planerad")
    ws.cell(r + 1, 1, "Bedömning T2: Enligt plan / Delvis / Avvikelse / Ej genomförd")
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 16
    for i in range(3, 15):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = 5
    ws.column_dimensions["O"].width = 22
    ws.column_dimensions["P"].width = 50
    tmp = os.path.join(TMP, "sbn.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", TMP)
    shutil.move(os.path.join(TMP, "sbn.ods"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – text only, no table → .odt
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - uppföljning internkontroll tertial 2 2025.odt"
    N = "Kultur- och fritidsnämnden"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll, tertial 2 2025 (januari–augusti)")
    d.add_paragraph(
        "Nedan redovisas varje kontrollmoment i nämndens internkontrollplan för 2025 med frekvens, "
        "planerad tidpunkt och utfall hittills under året.")
    items = [
        ("Kontroll av kassahantering i simhallen och på biblioteken",
         ["Frekvens: kvartalsvis (mars, juni, september, december).",
          "Utfall: Q1: 5 av 5 stickprov, Q2: 3 av 5 stickprov. Inga kassadifferenser i de genomförda "
          "stickproven. Resterande två stickprov för Q2 görs i september."], "DELVIS", "nej"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut",
         ["Frekvens: årligen, efter ansökningsperioden i mars.",
          "Utfall: Kontrollen genomfördes i april. Samtliga 41 utbetalningar stämde mot beslut."],
         "GENOMFORD", "nej"),
        ("Kontroll av att hyresavtal för föreningslokaler är uppdaterade",
         ["Frekvens: årligen.",
          "Utfall: Kontrollen genomförs under hösten enligt planen."], "EJ_GENOMFORD", ""),
        ("Uppföljning av registerutdrag för ledare i sommarverksamheten",
         ["Frekvens: årligen, planerad till juni.",
          "Utfall: Genomförd i juni. Två ledare hade inte visat upp registerutdrag vid start; "
          "detta åtgärdades inom en vecka."], "GENOMFORD", "ja"),
        ("Inventering av utlånade instrument i kulturskolan",
         ["Frekvens: årligen, planerad till maj.",
          "Utfall: Inventeringen skulle ha genomförts i maj men har inte blivit av. Ny tidpunkt är oktober."],
         "EJ_GENOMFORD", ""),
        ("Kontroll av entréintäkter mot kassarapporter",
         ["Frekvens: månadsvis.", "Utfall: Se bilaga 3."], "OKLAR", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         ["Frekvens: två gånger per år.",
          "Utfall: Kontrollen utgår efter beslut i nämnden 2025-04-22 § 41 då inköpen numera görs via "
          "kommunens centrala e-handel."], "UTGAR", ""),
    ]
    for km, paras, st, av in items:
        d.add_heading(km, level=2)
        for p in paras:
            d.add_paragraph(p)
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Sammantaget bedömer förvaltningen att arbetet med intern kontroll i huvudsak följer "
                    "planen, men två kontroller ligger efter tidplanen.")
    d.add_paragraph("Jonas Ek, kultur- och fritidschef")
    tmp = os.path.join(TMP, "kfn.docx")
    d.save(tmp)
    soffice_convert(tmp, "odt", TMP)
    shutil.move(os.path.join(TMP, "kfn.odt"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – xls (xlwt), plan vs actual date, letter codes, nämnd in print header
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "IK 2025 T2 overformyndaren.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("T2 2025")
    # xlwt 1.3 cannot set a non-ASCII header through the property on Python 3
    ws._Worksheet__header_str = "&LÖverförmyndarnämnden&RHällebro kommun"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    datest = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: vert top",
                         num_format_str="YYYY-MM-DD")
    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning tertial 2", title)
    ws.write(1, 0, "Förvaltning: Överförmyndarenheten")
    ws.write(2, 0, "Uppföljningen avser 2025-01-01 – 2025-08-31")
    ws.write_merge(4, 4, 0, 4, "PLAN", bold)
    ws.write_merge(4, 4, 5, 9, "UPPFÖLJNING T2", bold)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Frekvens", "Planerat datum",
           "Faktiskt datum", "Resultat", "Avvikelse (Ja/Nej)", "Status", "Ansvarig"]
    for c, h in enumerate(hdr):
        ws.write(5, c, h, hdrst)
    D = dt.date
    rows = [
        ("Behörigheter", "Kontroll av behörigheter i verksamhetssystemet Wärna",
         "Genomgång av behörighetslista", "Årligen", D(2025, 2, 28), D(2025, 2, 20),
         "En handläggare som slutat hade kvar behörighet; borttagen.", "Ja", "G", "Enhetschef",
         "GENOMFORD", "ja"),
        ("Ställföreträdare", "Kontroll av att ställföreträdare har giltigt registerutdrag",
         "Stickprov 20 ärenden", "Årligen", D(2025, 3, 31), D(2025, 6, 16),
         "Genomförd sent p.g.a. personalbrist. 2 registerutdrag saknades och har begärts in.", "Ja", "G",
         "Handläggare", "GENOMFORD", "ja"),
        ("Årsräkningar", "Granskning av årsräkningar – stickprov av verifikationer", "Stickprov 30 årsräkningar",
         "Årligen", D(2025, 5, 31), D(2025, 5, 28), "30 av 30 granskade utan anmärkning.", "Nej", "G",
         "Granskare", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll av att arvoden beräknas enligt nämndens riktlinjer", "Stickprov 25 ärenden",
         "Årligen", D(2025, 6, 30), None, "Pågår, 12 av 25 ärenden granskade.", "", "D", "Handläggare",
         "DELVIS", ""),
        ("Handläggning", "Kontroll av handläggningstid för ansökan om god man", "Uttag ur Wärna",
         "Två gånger per år", D(2025, 4, 30), None, "Ej genomförd.", "", "E", "Enhetschef",
         "EJ_GENOMFORD", ""),
        ("Överförmyndarspärr", "Kontroll av att spärrade konton har överförmyndarspärr hos banken",
         "Stickprov 15 ärenden", "Årligen", D(2025, 9, 30), None, "Planeras till september.", "", "",
         "Handläggare", "EJ_GENOMFORD", ""),
        ("Förteckningar", "Kontroll av att förteckningar inkommer inom två månader", "Uttag ur Wärna",
         "Årligen", D(2025, 10, 31), None, "", "", "", "Handläggare", "SAKNAS", ""),
    ]
    for i, row in enumerate(rows):
        r = 6 + i
        for c in range(10):
            v = row[c]
            if isinstance(v, dt.date):
                ws.write(r, c, v, datest)
            else:
                ws.write(r, c, v if v is not None else "", cellst)
        exp(fil, N, row[1], row[10], row[11])
    r = 6 + len(rows) + 1
    ws.write(r, 0, "Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår", bold)
    ws.write(r + 2, 0, "Rapporterad av Karin Nyström 2025-09-09")
    for c, w in enumerate([18, 45, 24, 16, 13, 13, 45, 12, 8, 14]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Hällebro Energi AB – traffic-light fills only, T1/T2/Helår columns
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Hällebro Energi AB - uppföljning intern kontroll T2 2025.xlsx"
    N = "Hällebro Energi AB"
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Hällebro Energi AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (rapport till styrelsen 2025-09-18)"
    hdr = ["Risk/område", "Kontrollmoment", "Frekvens", "Planerat", "T1 2025", "T2 2025", "Helår 2025",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Månadsvis", "jan–dec", G, G,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fakturering", "Kontroll av mätaravläsningar mot fakturerad förbrukning", "Kvartalsvis", "Q1–Q4",
         G, Y, "Q1: 50 av 50 stickprov, Q2: 28 av 50 stickprov. Inga fel i kontrollerade avläsningar.",
         "DELVIS", "nej"),
        ("Prissättning", "Kontroll av elnätsavgifter mot beslutad tariff", "Årligen", "januari", G, GR,
         "Genomförd i januari; ett fel i tariffkod för 14 kunder rättat.", "GENOMFORD", "ja"),
        ("Avtal", "Uppföljning av leverantörsavtal för underhåll av fjärrvärmenätet", "Årligen", "oktober",
         GR, GR, "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("IT", "Kontroll av behörigheter i kundsystemet", "Årligen", "juni", GR, R,
         "Ej genomförd – skjuten till september p.g.a. systemuppgradering.", "EJ_GENOMFORD", ""),
        ("Investeringar", "Kontroll av att investeringsprojekt över 1 mnkr har styrelsebeslut", "Kvartalsvis",
         "Q1–Q4", G, G, "Två projekt saknade styrelsebeslut vid start, rapporterat till VD.",
         "GENOMFORD", "ja"),
        ("Kundtjänst", "Kontroll av kassa i kundtjänst", "Månadsvis", "jan–dec", Y, None, None,
         "DELVIS", ""),
    ]
    for i, row in enumerate(rows):
        r = 5 + i
        area, km, fr, pl, t1, t2, kom, st, av = row
        for c, v in enumerate([area, km, fr, pl, None, None, None, kom], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        for c, col in ((5, t1), (6, t2)):
            if col:
                ws.cell(r, c).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, st, av)
    r = 5 + len(rows) + 2
    ws.cell(r, 1, "Förklaring").font = BOLD
    for j, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Pågår / delvis genomförd"),
                                    (R, "Ej genomförd"), (GR, "Ej aktuell under perioden")]):
        ws.cell(r + 1 + j, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + 1 + j, 2, txt)
    for col, w in zip("ABCDEFGH", [16, 50, 14, 12, 10, 10, 10, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. To reject – ekonomikontorets påminnelse with a deadline table (no follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Påminnelse - inlämning uppföljning internkontroll T2 2025.docx"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Påminnelse: uppföljning av internkontrollplan, tertial 2 2025", level=1)
    d.add_paragraph("Till: nämndsekreterare och controllers")
    d.add_paragraph("Från: Ekonomikontoret, Kommunledningsförvaltningen")
    d.add_paragraph(
        "Vi påminner om att uppföljningen av nämndernas internkontrollplaner per 31 augusti ska lämnas "
        "till ekonomikontoret i samband med delårsrapporten. Använd gärna nämndens egen mall, men ange "
        "status för varje kontrollmoment (genomförd, delvis genomförd, ej genomförd, utgår). Kontroller "
        "som enligt planen ska genomföras senare under året ska redovisas med planerad tidpunkt.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Sista inlämningsdag", "Nämndsammanträde", "Status inlämning"]):
        t.rows[0].cells[i].text = h
    for row in [("Kommunstyrelsen", "2025-09-10", "2025-09-24", "Inkommen"),
                ("Barn- och utbildningsnämnden", "2025-09-12", "2025-09-25", "Inkommen"),
                ("Socialnämnden", "2025-09-12", "2025-09-23", "Ej inkommen"),
                ("Vård- och omsorgsnämnden", "2025-09-12", "2025-09-23", "Ej inkommen"),
                ("Samhällsbyggnadsnämnden", "2025-09-15", "2025-09-29", "Ej inkommen"),
                ("Kultur- och fritidsnämnden", "2025-09-15", "2025-09-30", "Ej inkommen"),
                ("Överförmyndarnämnden", "2025-09-15", "2025-10-02", "Ej inkommen"),
                ("Valnämnden", "–", "–", "Ingen plan 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Frågor besvaras av Maria Lindqvist, controller, tfn 0123-456 78.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Hällebro Energi AB", "HEAB|Hällebro Energi"),
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


def main():
    os.makedirs(TMP, exist_ok=True)
    try:
        file_ks()
        file_bun()
        file_soc()
        file_sbn()
        file_kfn()
        file_ofn()
        file_energi()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
