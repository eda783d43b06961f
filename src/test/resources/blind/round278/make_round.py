#!/usr/bin/python3
"""Round 278 - theme "summary first, detail after". Tallmora kommun.

Builds 7 follow-up files + 1 file to reject, plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
from collections import Counter, OrderedDict

import openpyxl
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round278"
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Tallmora kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


def cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, summary sheet first, detail sheet second (T2)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_internkontroll_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        # nr, process, risk, kontrollmoment, metod, ansvarig, frekvens, status, avv, kommentar, exp_status, exp_avv
        ("1", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Redovisningsansvarig", "Tertial",
         "Genomförd", "Nej", "Stickprov om 40 fakturor, inga fel noterade.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Förtroendeskada",
         "Kontroll av representationsfakturor – syfte och deltagare angivna",
         "Samtliga representationsfakturor jan–aug", "Controller", "Tertial",
         "Genomförd", "Ja", "3 av 25 fakturor saknade deltagarlista. Återkopplat till berörda chefer.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Fel i redovisningen",
         "Avstämning av balanskonton per tertial",
         "Avstämningsmallar granskas", "Redovisningsansvarig", "Tertial",
         "Genomförd", "Nej", "Samtliga balanskonton avstämda per 31/8.", "GENOMFORD", "nej"),
        ("4", "Upphandling", "Köp utan avtal",
         "Köp utanför ramavtal (avtalstrohet)",
         "Analys av leverantörsreskontra", "Upphandlingschef", "Halvår",
         "Delvis genomförd", "Ja",
         "Analys av januari–april klar, maj–augusti pågår. 12 köp utan avtal identifierade hittills.",
         "DELVIS", "ja"),
        ("5", "Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Halvår",
         "Genomförd", "Nej", "Samtliga stickprov dokumenterade.", "GENOMFORD", "nej"),
        ("6", "Personal", "Felaktiga löner",
         "Lönekörning – kontroll av manuella lönetillägg",
         "Stickprov per lönekörning", "Lönechef", "Månad",
         "Genomförd", "Nej", "Inga felaktiga tillägg.", "GENOMFORD", "nej"),
        ("7", "Personal", "Bristande arbetsmiljö",
         "Rehabiliteringsärenden dokumenteras i Adato",
         "Genomgång av öppna ärenden", "HR-chef", "Halvår",
         "Ej genomförd", "", "Skjuts till T3 p.g.a. vakans som HR-konsult.", "EJ_GENOMFORD", ""),
        ("8", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet – avslutade anställda borttagna",
         "Jämförelse behörighetslista mot HR-systemet", "Systemförvaltare", "Tertial",
         "Genomförd", "Ja", "2 konton var aktiva efter avslutad anställning, spärrade 2025-06-12.",
         "GENOMFORD", "ja"),
        ("9", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Logguppföljning i ärendehanteringssystemet",
         "Loggkontroll stickprov", "Informationssäkerhetssamordnare", "Tertial",
         "Delvis genomförd", "Nej", "Uppföljning gjord för två av tre system.", "DELVIS", "nej"),
        ("10", "Dokumenthantering", "Handlingar registreras inte",
         "Diarieföring av inkomna handlingar inom fastställd tid",
         "Stickprov registratur", "Kanslichef", "Tertial",
         "Genomförd", "Nej", "Genomsnittlig registreringstid 1,4 dagar.", "GENOMFORD", "nej"),
        ("11", "Dokumenthantering", "Personuppgiftsincidenter",
         "Uppföljning av GDPR-incidentrapportering",
         "Genomgång incidentlogg", "Dataskyddssamordnare", "Halvår",
         "Utgår", "", "Utgår enligt KS beslut 2025-04-15 § 67, ersätts av kommungemensam kontroll.",
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    s = wb.active
    s.title = "Sammanfattning"
    s["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Tertial 2 (januari–augusti 2025). Sammanfattning – detaljerad redovisning finns på fliken ”Kontroller”."
    s["A2"].font = Font(italic=True)
    s["A4"] = "Läget i korthet"
    s["A4"].font = Font(bold=True, size=12)
    cnt = Counter(r[7] for r in rows)
    dash = [("Genomförda", cnt["Genomförd"]), ("Delvis genomförda", cnt["Delvis genomförd"]),
            ("Ej genomförda", cnt["Ej genomförd"]), ("Utgår", cnt["Utgår"])]
    fills = ["C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9"]
    # dashboard tiles: label row 5, big number row 6
    for i, ((lab, n), f) in enumerate(zip(dash, fills)):
        c = s.cell(row=5, column=1 + i, value=lab)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor=f)
        c.alignment = Alignment(horizontal="center")
        c2 = s.cell(row=6, column=1 + i, value=n)
        c2.font = Font(bold=True, size=20)
        c2.fill = PatternFill("solid", fgColor=f)
        c2.alignment = Alignment(horizontal="center")
    s.cell(row=5, column=5, value="Totalt").font = BOLD
    s.cell(row=6, column=5, value=len(rows)).font = Font(bold=True, size=20)
    s["A8"] = "Antal kontroller per process"
    s["A8"].font = Font(bold=True, size=12)
    hdr = ["Process", "Antal kontroller", "Genomförda", "Varav med avvikelse", "Ej klara/utgår"]
    for j, h in enumerate(hdr):
        c = s.cell(row=9, column=1 + j, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BORDER
    procs = OrderedDict()
    for r in rows:
        procs.setdefault(r[1], []).append(r)
    rr = 10
    for p, lst in procs.items():
        vals = [p, len(lst), sum(1 for x in lst if x[7] == "Genomförd"),
                sum(1 for x in lst if x[8] == "Ja"),
                sum(1 for x in lst if x[7] != "Genomförd")]
        for j, v in enumerate(vals):
            s.cell(row=rr, column=1 + j, value=v).border = BORDER
        rr += 1
    tot = ["Summa", len(rows), cnt["Genomförd"], sum(1 for x in rows if x[8] == "Ja"),
           len(rows) - cnt["Genomförd"]]
    for j, v in enumerate(tot):
        c = s.cell(row=rr, column=1 + j, value=v)
        c.font = BOLD
        c.border = BORDER
    rr += 2
    s.cell(row=rr, column=1, value="Kommentar").font = BOLD
    s.cell(row=rr + 1, column=1,
           value="Kontrollerna följer i huvudsak plan. Avvikelser har noterats inom representation, "
                 "avtalstrohet och behörigheter; åtgärder redovisas per kontroll.")
    # pie chart of the dashboard
    ch = PieChart()
    ch.title = "Status T2 2025"
    data = Reference(s, min_col=1, max_col=4, min_row=6, max_row=6)
    labels = Reference(s, min_col=1, max_col=4, min_row=5, max_row=5)
    ch.add_data(data, from_rows=True, titles_from_data=False)
    ch.set_categories(labels)
    s.add_chart(ch, "G4")
    for col, w in zip("ABCDE", (30, 18, 18, 20, 16)):
        s.column_dimensions[col].width = w

    d = wb.create_sheet("Kontroller")
    d["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen – uppföljning tertial 2"
    d["A1"].font = Font(bold=True, size=12)
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
             "Status T2", "Avvikelse (Ja/Nej)", "Kommentar"]
    for j, h in enumerate(heads):
        c = d.cell(row=3, column=1 + j, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BORDER
    for i, r in enumerate(rows):
        for j, v in enumerate(r[:10]):
            c = d.cell(row=4 + i, column=1 + j, value=int(v) if j == 0 else v)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, namnd, r[3], r[10], r[11])
    d.cell(row=5 + len(rows), column=1, value="Uppdaterad 2025-09-05 / Ekonomienheten, kommunledningsförvaltningen").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (5, 18, 22, 48, 30, 22, 10, 16, 12, 50)):
        d.column_dimensions[col].width = w
    d.freeze_panes = "A4"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx: bedömning + summary table + detail table (delår)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN intern kontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        # process, km, metod, ansvarig, status, kommentar, cat, exp_status, exp_avv
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande delegationsordning",
         "Stickprov 20 beslut", "Skolskjutssamordnare", "Genomförd",
         "Stickprov 20 beslut, samtliga fattade av rätt delegat.", "G", "GENOMFORD", "nej"),
        ("Skolskjuts", "Fakturakontroll mot avtal med skolskjutsentreprenör",
         "Fakturor jämförs med avtalade priser", "Controller", "Pågår",
         "Kontroll av vårterminens fakturor klar, höstterminen återstår. Inga avvikelser hittills.",
         "P", "DELVIS", "nej"),
        ("Elevhälsa", "Journalföring i elevhälsans medicinska insats sker enligt rutin",
         "Granskning 15 journaler", "Verksamhetschef elevhälsa", "Genomförd med anmärkning",
         "Två journaler saknade signering; åtgärdat i maj.", "G", "GENOMFORD", "ja"),
        ("Elevhälsa", "Logguppföljning i elevhälsojournalen",
         "Loggkontroll i PMO", "Verksamhetschef elevhälsa", "Ej påbörjad",
         "Planeras till oktober.", "E", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonom", "Genomförd", "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("Ekonomi", "Hantering av kontanta medel och handkassor på skolenheterna",
         "Kassainventering", "Rektorer", "",
         "Kontrollen genomförd på samtliga 14 enheter i maj, kassorna stämde.", "G", "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturering av interkommunal ersättning för elever från andra kommuner",
         "Avstämning elevregister mot fakturering", "Ekonom", "Pågår",
         "Underlag för vårterminen fakturerat; 3 elever saknade placeringsbeslut och har utretts.",
         "P", "DELVIS", "ja"),
        ("Kränkande behandling",
         "Anmälan till huvudman om kränkande behandling sker inom fastställd tid",
         "Uppföljning i DF Respons", "Kvalitetsstrateg", "Genomförd med avvikelse",
         "11 av 64 anmälningar inkom senare än 5 arbetsdagar. Påminnelse till rektorer.",
         "G", "GENOMFORD", "ja"),
        ("Kränkande behandling",
         "Uppföljning av plan mot diskriminering och kränkande behandling på varje enhet",
         "Granskning av planer", "Kvalitetsstrateg", "Ej aktuell",
         "Ny gemensam mall införs hösten 2025; kontrollen utgår för 2025.", "U", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_doc_props(d, "Barn- och utbildningsförvaltningen")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tallmora kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll – delårsrapport 2025")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Barn- och utbildningsnämnden\nPeriod: januari–augusti 2025\nDatum: 2025-09-18")
    d.add_heading("1. Sammanfattande bedömning", level=2)
    n = len(rows)
    g = sum(1 for r in rows if r[6] == "G")
    pg = sum(1 for r in rows if r[6] == "P")
    e = sum(1 for r in rows if r[6] == "E")
    u = sum(1 for r in rows if r[6] == "U")
    av = sum(1 for r in rows if r[8] == "ja")
    d.add_paragraph(
        f"Nämndens internkontrollplan för 2025 omfattar {n} kontrollmoment. Vid delårsuppföljningen har "
        f"{g} kontrollmoment genomförts, {pg} pågår, {e} har ännu inte påbörjats och {u} utgår. "
        f"I {av} kontrollmoment har avvikelser noterats, främst avseende tidsgränser för anmälan om "
        "kränkande behandling. Förvaltningen bedömer att den interna kontrollen i allt väsentligt är "
        "tillräcklig och att planerade åtgärder kommer att vidtas under hösten.")
    d.add_paragraph("Tabell 1. Sammanställning per process").runs[0].italic = True
    procs = OrderedDict()
    for r in rows:
        procs.setdefault(r[0], []).append(r)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Process", "Antal kontrollmoment", "Genomförda", "Pågående",
                           "Ej påbörjade", "Utgår", "Avvikelser"]):
        set_cell(t.rows[0].cells[j], h, bold=True, size=9)
        cell_shade(t.rows[0].cells[j], "DDEBF7")
    for p_, lst in procs.items():
        vals = [p_, len(lst)] + [sum(1 for x in lst if x[6] == k) for k in "GPEU"] + \
               [sum(1 for x in lst if x[8] == "ja")]
        cells = t.add_row().cells
        for j, v in enumerate(vals):
            set_cell(cells[j], v, size=9)
    cells = t.add_row().cells
    for j, v in enumerate(["Totalt", n, g, pg, e, u, av]):
        set_cell(cells[j], v, bold=True, size=9)

    d.add_heading("2. Redovisning per kontrollmoment", level=2)
    d.add_paragraph("Status anges som Genomförd, Pågår, Ej påbörjad eller Ej aktuell. "
                    "”Genomförd med anmärkning/avvikelse” innebär att kontrollen är utförd men att brister hittats.")
    d.add_paragraph("Tabell 2. Kontrollmoment delår 2025").runs[0].italic = True
    t2 = d.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for j, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                           "Status delår", "Resultat/kommentar"]):
        set_cell(t2.rows[0].cells[j], h, bold=True, size=9)
        cell_shade(t2.rows[0].cells[j], "DDEBF7")
    start = {}
    for r in rows:
        cells = t2.add_row().cells
        idx = len(t2.rows) - 1
        for j, v in enumerate(r[1:6]):
            set_cell(cells[j + 1], v, size=9)
        if r[0] not in start:
            start[r[0]] = idx
            set_cell(cells[0], r[0], bold=True, size=9)
        else:
            a = t2.cell(start[r[0]], 0)
            a.merge(t2.cell(idx, 0))
        exp(fil, namnd, r[1], r[7], r[8])
    d.add_paragraph()
    d.add_paragraph("Anna Berglund\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, one sheet: key figures + chart data + chart, then detail T1/T2/T3 (helår)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IK_helar_2025.xlsx"
    namnd = "Socialnämnden"
    rows = [
        # område, km, ansvarig, T1, T2, T3, avv, kommentar, exp_status, exp_avv
        ("Myndighetsutövning", "Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Enhetschef barn och unga", "G", "G", "G", "Nej", "Samtliga stickprov inom tidsgräns.",
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Enhetschef försörjningsstöd", "G", "D", "G", "Ja",
         "4 av 60 beslut under T2 fattade av fel delegat; rättat och utbildning genomförd i oktober.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning",
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut (dubbelutbetalning)",
         "Enhetschef försörjningsstöd", "G", "G", "D", "Nej",
         "December kontrolleras i januari 2026.", "DELVIS", "nej"),
        ("Ekonomi", "Fakturor för köpt placering (HVB, familjehem) kontrolleras mot avtal och beslut",
         "Controller", "E", "D", "E", "",
         "Kontrollen kunde inte slutföras p.g.a. byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Arvoden och omkostnadsersättningar till familjehem följer SKR:s riktlinjer",
         "Controller", "", "", "G", "Nej", "Årlig kontroll, 20 familjehem granskade.",
         "GENOMFORD", "nej"),
        ("Dokumentation",
         "Social dokumentation i verksamhetssystemet – aktualitet i genomförandeplaner",
         "Kvalitetsutvecklare", "D", "G", "", "Nej", "", "GENOMFORD", "nej"),
        ("Dokumentation", "Logguppföljning av behörigheter i Treserva",
         "Systemförvaltare", "", "", "", "", "Se bilaga 2.", "OKLAR", ""),
        ("Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid",
         "Medicinskt/socialt ansvarig", "G", "G", "G", "Ja",
         "1 rapport anmäldes till IVO efter 3 veckor (riktvärde 2 veckor).", "GENOMFORD", "ja"),
        ("Kvalitet",
         "Kontroll av att registerutdrag finns vid anställning inom barn- och ungdomsvård",
         "HR-specialist", "U", "U", "U", "",
         "Utgår – ingår i HR:s kommungemensamma kontroll.", "UTGAR", ""),
        ("Kvalitet", "Hantering av klienters privata medel på boenden",
         "Enhetschef boende", "", "", "", "", "", "SAKNAS", ""),
    ]
    fills = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    wb = openpyxl.Workbook()
    fix_props(wb)
    s = wb.active
    s.title = "IK 2025"
    s["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025, helår"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Socialförvaltningen, Tallmora kommun. Rapporteras till nämnden 2026-01-28."
    # key figures
    s["A4"] = "Nyckeltal helår"
    s["A4"].font = Font(bold=True, size=12)

    def final(r):
        for v in (r[5], r[4], r[3]):
            if v:
                return v
        return ""
    fin = Counter(final(r) for r in rows)
    kf = [("Antal kontrollmoment", len(rows)),
          ("Genomförda", fin["G"]),
          ("Andel genomförda", f"{round(100 * fin['G'] / len(rows))} %"),
          ("Antal avvikelser", sum(1 for r in rows if r[6] == "Ja")),
          ("Ej rapporterade", fin[""])]
    for i, (k, v) in enumerate(kf):
        s.cell(row=5 + i, column=1, value=k).border = BORDER
        c = s.cell(row=5 + i, column=2, value=v)
        c.border = BORDER
        c.font = BOLD
    # chart data table
    s["D4"] = "Diagramdata – antal per status och tertial"
    s["D4"].font = Font(bold=True, size=12)
    hdr = ["Status", "T1", "T2", "T3"]
    for j, h in enumerate(hdr):
        c = s.cell(row=5, column=4 + j, value=h)
        c.font = BOLD
        c.border = BORDER
    labels = [("G", "Genomförd"), ("D", "Delvis"), ("E", "Ej genomförd"), ("U", "Utgår"), ("", "Ej rapporterat")]
    for i, (code, lab) in enumerate(labels):
        s.cell(row=6 + i, column=4, value=lab).border = BORDER
        for t in range(3):
            c = s.cell(row=6 + i, column=5 + t, value=sum(1 for r in rows if r[3 + t] == code))
            c.border = BORDER
    ch = BarChart()
    ch.type = "col"
    ch.grouping = "stacked"
    ch.overlap = 100
    ch.title = "Status per tertial"
    data = Reference(s, min_col=4, max_col=7, min_row=6, max_row=10)
    ch.add_data(data, from_rows=True, titles_from_data=True)
    ch.set_categories(Reference(s, min_col=5, max_col=7, min_row=5, max_row=5))
    ch.height = 6
    ch.width = 12
    s.add_chart(ch, "I3")

    top = 15
    s.cell(row=top - 1, column=1, value="Redovisning per kontrollmoment").font = Font(bold=True, size=12)
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3",
             "Avvikelse", "Kommentar helår"]
    for j, h in enumerate(heads):
        c = s.cell(row=top, column=1 + j, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BORDER
    for i, r in enumerate(rows):
        rr = top + 1 + i
        vals = [i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]
        for j, v in enumerate(vals):
            c = s.cell(row=rr, column=1 + j, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
            if 4 <= j <= 6 and v:
                c.fill = PatternFill("solid", fgColor=fills[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, r[1], r[8], r[9])
    lg = top + len(rows) + 2
    s.cell(row=lg, column=1, value="Teckenförklaring:").font = BOLD
    for i, (code, lab) in enumerate([("G", "Genomförd"), ("D", "Delvis genomförd / pågår"),
                                     ("E", "Ej genomförd"), ("U", "Utgår")]):
        c = s.cell(row=lg + 1 + i, column=2, value=code)
        c.fill = PatternFill("solid", fgColor=fills[code])
        c.alignment = Alignment(horizontal="center")
        s.cell(row=lg + 1 + i, column=3, value=lab)
    s.cell(row=lg + 5, column=2, value="Tom ruta = ej rapporterat för tertialet / ej planerad kontroll.")
    for col, w in zip("ABCDEFGHI", (22, 20, 55, 26, 6, 6, 6, 10, 55)):
        s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Hypergene CSV export, two nämnder, totals section at end (T2)
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_export_internkontroll_2025T2.csv"
    tn, kfn = "Tekniska nämnden", "Kultur- och fritidsnämnden"
    rows = [
        # org, process, km, ansvarig, status, avv, kommentar, exp_status, exp_avv, namnd
        ("Tekniska nämnden", "Fastighet",
         "Kontroll av att hyresavtal för externa lokaler är uppdaterade i avtalsdatabasen",
         "Fastighetschef", "Klar", "Nej", "Alla 23 avtal uppdaterade.", "GENOMFORD", "nej", tn),
        ("Tekniska nämnden", "Fastighet", "Besiktning av lekplatser enligt SS-EN 1176",
         "Parkchef", "Klar", "Ja", "Två lekplatser hade brister i fallskydd, åtgärdade i juni.",
         "GENOMFORD", "ja", tn),
        ("Tekniska nämnden", "Gata och VA",
         "Debitering av VA-avgifter – stickprov av nya anslutningar", "VA-chef", "Pågår", "Nej",
         "Stickprov 15 av 30 klara.", "DELVIS", "nej", tn),
        ("Tekniska nämnden", "Gata och VA", "Kontroll av entreprenörers ÄTA-arbeten mot avtal",
         "Projektchef", "Ej startad", "", "Flyttas till T3 på grund av resursbrist.",
         "EJ_GENOMFORD", "", tn),
        ("Tekniska nämnden", "Fordon", "Körjournaler för kommunens fordon förs enligt riktlinje",
         "Fordonssamordnare", "Klar", "Ja", "6 av 40 körjournaler ofullständiga; påminnelse utskickad.",
         "GENOMFORD", "ja", tn),
        ("Tekniska nämnden", "Fordon", "Drivmedelskort – kontroll av tankningar mot körjournal",
         "Fordonssamordnare", "Utgår", "",
         "Utgår, ersatt av kontroll i nytt fordonssystem (beslut TN 2025-05-22 § 44).", "UTGAR", "", tn),
        ("Kultur- och fritidsnämnden", "Bidrag",
         "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Föreningskonsulent", "Klar",
         "Nej", "Inga avvikelser.", "GENOMFORD", "nej", kfn),
        ("Kultur- och fritidsnämnden", "Bidrag",
         "Kontroll av medlemsantal i ansökningar om aktivitetsstöd", "Föreningskonsulent", "Klar",
         "Ja", "Två föreningar redovisade fler deltagare än underlaget visar; återkrav skickat.",
         "GENOMFORD", "ja", kfn),
        ("Kultur- och fritidsnämnden", "Kassa och intäkter", "Kassahantering i simhallens reception",
         "Badchef", "Pågår", "Nej", "Kassaredovisning maj–juni kontrollerad, juli–aug återstår.",
         "DELVIS", "nej", kfn),
        ("Kultur- och fritidsnämnden", "Kassa och intäkter", "Uthyrning av lokaler debiteras enligt taxa",
         "Bokningsansvarig", "Klar", "Nej", "", "GENOMFORD", "nej", kfn),
        ("Kultur- och fritidsnämnden", "Inköp", "Inventering av bibliotekets medieinköp mot avtal",
         "Bibliotekschef", "Ej rapporterad", "", "", "SAKNAS", "", kfn),
    ]
    lines = []
    lines.append(["Rapport: Uppföljning intern kontroll", "", "", "", "", "", "", ""])
    lines.append(["Period: Tertial 2 2025", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2025-09-08 10:42 av ekonomikontoret", "", "", "", "", "", "", ""])
    lines.append([""] * 8)
    lines.append(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
                  "Avvikelse", "Kommentar"])
    for r in rows:
        lines.append([r[0], r[1], r[2], r[3], "T2 2025", r[4], r[5], r[6]])
        exp(fil, r[9], r[2], r[7], r[8])
    lines.append([""] * 8)
    lines.append(["Summering per status", "", "", "", "", "", "", ""])
    lines.append(["Organisation", "Status", "Antal", "", "", "", "", ""])
    for org in (tn, kfn):
        c = Counter(r[4] for r in rows if r[0] == org)
        for stt in ("Klar", "Pågår", "Ej startad", "Utgår", "Ej rapporterad"):
            if c[stt]:
                lines.append([org, stt, str(c[stt]), "", "", "", "", ""])
    c = Counter(r[4] for r in rows)
    for stt in ("Klar", "Pågår", "Ej startad", "Utgår", "Ej rapporterad"):
        lines.append(["Totalt", stt, str(c[stt]), "", "", "", "", ""])
    lines.append(["Totalt", "Alla", str(len(rows)), "", "", "", "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", tn, "2025", "T2"))
    FILES.append((fil, "INLAST", kfn, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden - odt: key figures table + bedömning + tick-column detail (T2)
# ---------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN_uppfoljning_IKP_T2_2025.odt"
    namnd = "Miljö- och byggnadsnämnden"
    rows = [
        # group, km, metod, tick (G/D/E/None), kommentar, exp_status, exp_avv
        ("Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 30 ärenden", "G",
         "2 av 30 ärenden överskred tiden; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Avgiftsuttag i bygglovsärenden följer gällande taxa",
         "Stickprov 20 beslut", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bygglov", "Delegationsbeslut anmäls till nämnden", "Avstämning mot ärendesystem", "G",
         "Alla delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
        ("Tillsyn", "Livsmedelskontroll genomförs enligt fastställd kontrollplan",
         "Uppföljning i Ecos", "D", "62 % av planerade kontroller genomförda t.o.m. augusti. Inga avvikelser i de genomförda.",
         "DELVIS", "nej"),
        ("Tillsyn", "Tillsynsavgifter enligt miljöbalken debiteras inom 30 dagar",
         "Stickprov 25 fakturor", "G", "Fyra fakturor skickades sent (ca 45 dagar).", "GENOMFORD", "ja"),
        ("Tillsyn",
         "Handläggning av klagomålsärenden – återkoppling till klagande inom 2 veckor",
         "Stickprov 15 ärenden", "E", "Kontrollen ej genomförd p.g.a. personalbrist; görs under T3.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi och administration", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi och administration",
         "Kontroll av förelägganden med vite – uppföljning av utdömande",
         "Genomgång av vitesärenden", None,
         "Ej aktuellt 2025, inga vitesförelägganden har meddelats.", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_doc_props(d, "Miljö- och byggförvaltningen")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].footer.paragraphs[0].text = "Miljö- och byggförvaltningen, Tallmora kommun – sida 1"
    p = d.add_paragraph()
    r = p.add_run("Miljö- och byggnadsnämnden")
    r.bold = True
    r.font.size = Pt(13)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Handläggare: Jonas Ekström, controller    Datum: 2025-09-11")
    d.add_heading("Nyckeltal", level=3)
    n = len(rows)
    c = Counter(r[3] for r in rows)
    av = sum(1 for r in rows if r[6] == "ja")
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("Antal kontrollmoment i planen", n), ("Genomförda", c["G"]),
                 ("Delvis genomförda", c["D"]), ("Ej genomförda", c["E"]),
                 ("Ej aktuella", c[None]), ("Antal avvikelser", av)]:
        cells = kt.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v, bold=True)
    d.add_heading("Sammanfattande bedömning", level=3)
    d.add_paragraph(
        f"Under tertial 2 har {c['G']} av {n} kontrollmoment genomförts. Livsmedelskontrollen ligger "
        "efter plan och kontrollen av återkoppling i klagomålsärenden har inte kunnat genomföras. "
        f"Avvikelser har noterats i {av} kontroller och gäller handläggningstider och sen fakturering. "
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att handläggningstiderna "
        "behöver följas upp särskilt under hösten.")
    d.add_heading("Redovisning av kontrollmoment", level=3)
    d.add_paragraph("Markera med X i den kolumn som gäller. Ej aktuella kontroller lämnas utan markering och förklaras i kommentaren.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Kontrollmoment", "Metod/omfattning", "Genomförd", "Delvis",
                           "Ej genomförd", "Kommentar"]):
        set_cell(t.rows[0].cells[j], h, bold=True, size=9)
        cell_shade(t.rows[0].cells[j], "E2EFD9")
    cur = None
    for r in rows:
        if r[0] != cur:
            cur = r[0]
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, r[0], bold=True, size=9)
            cell_shade(m, "F2F2F2")
        cells = t.add_row().cells
        set_cell(cells[0], r[1], size=9)
        set_cell(cells[1], r[2], size=9)
        for j, k in enumerate("GDE"):
            set_cell(cells[2 + j], "X" if r[3] == k else "", size=9)
            cells[2 + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cell(cells[5], r[4], size=9)
        exp(fil, namnd, r[1], r[5], r[6])
    d.add_paragraph()
    d.add_paragraph("Beslutad att överlämnas till nämnden av förvaltningschef Maria Holm.")
    src = os.path.join(tmp, "MBN_uppfoljning_IKP_T2_2025.docx")
    d.save(src)
    lo_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - xls, summary row above detail, plan + uppföljning columns,
#    nämnd only in print header and file name (delår)
# ---------------------------------------------------------------------------
def file_ofn(tmp):
    fil = "ÖFN_IK_delår_2025.xls"
    namnd = "Överförmyndarnämnden"
    rows = [
        # risk, km, riskvärde, metod, frekvens, ansvarig, status, avv, kommentar, exp_status, exp_avv
        ("Förskingring av huvudmans medel",
         "Granskning av årsräkningar – stickprov av verifikationer", 12, "Stickprov 25 akter",
         "Årligen", "Handläggare", "Genomförd", "Ja",
         "3 akter saknade underlag för uttag, kompletteringar begärda.", "GENOMFORD", "ja"),
        ("Felaktiga arvoden",
         "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 9, "Stickprov 20 beslut",
         "Årligen", "Handläggare", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Olämplig ställföreträdare",
         "Registerkontroll av nya ställföreträdare (belastningsregister och kreditupplysning)", 8,
         "Samtliga nya uppdrag", "Löpande", "Enhetschef", "Genomförd", "Nej",
         "Kontroll gjord för samtliga 14 nya uppdrag.", "GENOMFORD", "nej"),
        ("Förskingring av huvudmans medel", "Överförmyndarspärrar på bankkonton registrerade", 12,
         "Genomgång av akter", "Årligen", "Handläggare", "Delvis", "Nej",
         "Kontroll påbörjad, 40 av 80 akter granskade.", "DELVIS", "nej"),
        ("Långa handläggningstider", "Handläggningstid för förvaltarskapsärenden", 6,
         "Uttag ur Wärna", "Halvår", "Enhetschef", "Ej genomförd", "",
         "Ej genomförd under perioden, planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Bristande slutredovisning",
         "Aktgranskning av dödsbon – avslutande redovisning inkommen", 6, "Stickprov 10 akter",
         "Årligen", "Handläggare", "Genomförd", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    # xlwt cannot write non-ASCII print headers under Python 3: build xlsx, convert with LibreOffice
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Tallmora kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    head_fill = PatternFill("solid", fgColor="CCE5FF")
    ws["A1"] = "Uppföljning intern kontroll – delårsbokslut 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser perioden 2025-01-01 – 2025-08-31"
    ws["A4"] = "Sammanställning"
    ws["A4"].font = Font(bold=True, size=12)
    labs = ["Status", "Genomförda", "Delvis", "Ej genomförda", "Totalt"]
    c = Counter(r[6] for r in rows)
    vals = ["Antal kontrollmoment", c["Genomförd"], c["Delvis"], c["Ej genomförd"], len(rows)]
    for j, (l, v) in enumerate(zip(labs, vals)):
        x = ws.cell(row=5, column=1 + j, value=l)
        x.font = BOLD
        x.border = BORDER
        ws.cell(row=6, column=1 + j, value=v).border = BORDER
    ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=6)
    ws.cell(row=8, column=1, value="Plan 2025 (antagen av nämnden 2024-12-12)")
    ws.merge_cells(start_row=8, start_column=7, end_row=8, end_column=9)
    ws.cell(row=8, column=7, value="Uppföljning delår")
    heads = ["Risk", "Kontrollmoment", "Riskvärde (S×K)", "Metod", "Frekvens", "Ansvarig",
             "Status", "Avvikelse", "Kommentar"]
    for j, h in enumerate(heads):
        for rr, v in ((8, None), (9, h)):
            x = ws.cell(row=rr, column=1 + j)
            if v is not None:
                x.value = v
            x.font = BOLD
            x.fill = head_fill
            x.border = BORDER
            x.alignment = WRAP
    for i, r in enumerate(rows):
        for j, v in enumerate(r[:9]):
            x = ws.cell(row=10 + i, column=1 + j, value=v if v != "" else None)
            x.border = BORDER
            x.alignment = WRAP
        exp(fil, namnd, r[1], r[9], r[10])
    ws.cell(row=11 + len(rows), column=1, value="Upprättad 2025-09-15, Karin Lund")
    for col, w in zip("ABCDEFGHI", (30, 55, 10, 22, 10, 14, 14, 10, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "ÖFN_IK_delår_2025.xlsx")
    wb.save(src)
    lo_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden - docx: summary table with symbols/legend before detail table (T2)
# ---------------------------------------------------------------------------
def file_von():
    fil = "Vard_och_omsorg_IK_T2_2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    rows = [
        # km, ansvarig, sym, iakttagelser, åtgärd, exp_status, exp_avv
        ("Läkemedelshantering – signeringslistor kontrolleras månadsvis på särskilda boenden",
         "MAS", "✔", "Brister på 2 av 9 boenden (saknade signeringar).",
         "Handlingsplan upprättad, uppföljning i oktober.", "GENOMFORD", "ja"),
        ("Biståndsbeslut i hemtjänst följs upp inom 6 månader", "Enhetschef myndighet", "◐",
         "Uppföljning gjord för 70 % av besluten, inga avvikelser hittills; resterande under september.", "–", "DELVIS", "nej"),
        ("Avgifter för hemtjänst och särskilt boende debiteras enligt taxa (maxtaxa)",
         "Avgiftshandläggare", "✔", "Inga avvikelser.", "–", "GENOMFORD", "nej"),
        ("Nyckelhantering i hemtjänsten\n– kvittering av nycklar och loggar för digitala lås",
         "Enhetschefer hemtjänst", "✔",
         "Logg för digitala lås kontrollerad; 1 obehörig öppning har utretts.",
         "Behörigheten återkallad.", "GENOMFORD", "ja"),
        ("Avvikelserapportering enligt HSL – analys av fall och läkemedelsavvikelser", "MAS", "✔",
         "Analys genomförd, inga avvikelser i rapporteringen.", "Rapport till nämnden i oktober.", "GENOMFORD", "nej"),
        ("Bemanningsföretag – fakturor kontrolleras mot avrop och avtal", "Controller", "✘",
         "Ej genomförd, nytt avtal gäller från juli.", "Kontrolleras under T3.", "EJ_GENOMFORD", ""),
        ("Schemaläggning i Time Care – kontroll av övertid och mertid", "HR-konsult", "✔",
         "Inga avvikelser.", "–", "GENOMFORD", "nej"),
        ("Kontanthantering för boendes privata medel", "Enhetschefer SÄBO", "◐",
         "Genomförd på 5 av 9 boenden, inga differenser hittills.", "Resterande boenden i september.",
         "DELVIS", "nej"),
        ("Dokumentation av genomförandeplaner inom LSS", "Enhetschef LSS", "–",
         "Verksamheten flyttad till socialnämnden vid omorganisationen 2025-03-01.", "–",
         "UTGAR", ""),
    ]
    legend = [("✔", "Genomförd", "C6EFCE"), ("◐", "Pågår / delvis genomförd", "FFEB9C"),
              ("✘", "Ej genomförd", "FFC7CE"), ("–", "Utgår / ej aktuell", "E7E6E6")]
    d = docx.Document()
    fix_doc_props(d, "Vård- och omsorgsförvaltningen")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TALLMORA KOMMUN – Vård- och omsorgsförvaltningen"
    d.add_heading("Uppföljning intern kontroll tertial 2, 2025", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden · Ärende 9 · Sammanträde 2025-09-24")
    d.add_heading("Sammanfattning", level=2)
    c = Counter(r[2] for r in rows)
    st = d.add_table(rows=1, cols=3)
    st.style = "Table Grid"
    for j, h in enumerate(["Symbol", "Status", "Antal"]):
        set_cell(st.rows[0].cells[j], h, bold=True)
    for sym, lab, col in legend:
        cells = st.add_row().cells
        set_cell(cells[0], sym)
        set_cell(cells[1], lab)
        set_cell(cells[2], c[sym])
        cell_shade(cells[0], col)
    cells = st.add_row().cells
    set_cell(cells[1], "Summa kontrollmoment", bold=True)
    set_cell(cells[2], len(rows), bold=True)
    d.add_paragraph("Tabellen fungerar även som teckenförklaring för statuskolumnen i den detaljerade redovisningen.").runs[0].italic = True
    p = d.add_paragraph()
    p.add_run("Sammanfattande bedömning: ").bold = True
    p.add_run("Förvaltningen bedömer att den interna kontrollen fungerar i huvudsak väl. Två kontroller har "
              "visat brister (läkemedelssignering och digitala lås) och åtgärder pågår. Kontrollen av "
              "bemanningsföretagens fakturor har skjutits till tertial 3.")
    d.add_heading("Detaljerad redovisning", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "Iakttagelser", "Åtgärd"]):
        set_cell(t.rows[0].cells[j], h, bold=True, size=9)
        cell_shade(t.rows[0].cells[j], "D9E2F3")
    colmap = {s: col for s, _, col in legend}
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        set_cell(cells[0], i + 1, size=9)
        set_cell(cells[1], r[0], size=9)
        set_cell(cells[2], r[1], size=9)
        set_cell(cells[3], r[2], size=11)
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_shade(cells[3], colmap[r[2]])
        set_cell(cells[4], r[3], size=9)
        set_cell(cells[5], r[4], size=9)
        exp(fil, namnd, r[0], r[5], r[6])
    d.add_paragraph()
    d.add_paragraph("Eva Sandberg\nSocialchef / förvaltningschef vård och omsorg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter with only a summary (no controls)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev uppföljning intern kontroll T2 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Vård- och omsorgsförvaltningen")
    d.add_paragraph("Tallmora kommun\nVård- och omsorgsförvaltningen\n2025-09-12")
    d.add_paragraph("Till: Ekonomikontoret, kommunledningsförvaltningen")
    p = d.add_paragraph()
    r = p.add_run("Följebrev – uppföljning av intern kontroll tertial 2, 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Hej!\n\nHärmed översänds vård- och omsorgsnämndens uppföljning av internkontrollplanen "
                    "för tertial 2 2025. Den detaljerade redovisningen per kontrollmoment finns i den "
                    "bifogade filen ”Vard_och_omsorg_IK_T2_2025.docx”. Nedan en kort sammanfattning inför "
                    "sammanställningen till kommunstyrelsen.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Antal", bold=True)
    for k, v in [("Genomförda", 5), ("Pågår", 2), ("Ej genomförda", 1), ("Utgår", 1), ("Totalt", 9)]:
        cells = t.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
    d.add_paragraph("\nÄrendet behandlas av nämnden 2025-09-24. Protokollsutdrag skickas när det är justerat.")
    d.add_paragraph("Med vänlig hälsning\nLinnea Ståhl\nNämndsekreterare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Räddningstjänstförbundet Tallmora-Norrfors", "RTN|Räddningstjänsten|Räddningstjänstförbundet"),
]


def main():
    # clean previously generated outputs (only our own names)
    tmp = tempfile.mkdtemp(prefix="r278_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_csv()
        file_mbn(tmp)
        file_ofn(tmp)
        file_von()
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
