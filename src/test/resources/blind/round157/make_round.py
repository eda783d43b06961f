#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 157 - Älvsby kommun, helår 2025, kommun i samverkan.

Builds every inbox file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round157"
FIXED = dt.datetime(2026, 2, 3, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def cell_table(doc, rows, widths=None, header_bold=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = str(v).split("\n")
            for k, line in enumerate(lines):
                run = p.add_run(line)
                run.font.size = Pt(9)
                if i == 0 and header_bold:
                    run.bold = True
                if k < len(lines) - 1:
                    run.add_break()
            if widths:
                c.width = widths[j]
    return t


# ---------------------------------------------------------------------------
# 1. Älvsbybostäder AB - board report (docx), control table between risk analysis and ekonomi
# ---------------------------------------------------------------------------
def f_bostader():
    fil = "Älvsbybostäder AB - Styrelserapport internkontroll helår 2025.docx"
    N = "Älvsbybostäder AB"
    doc = Document()
    fix_doc(doc, "Anna Lindqvist")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Älvsbybostäder AB  |  Org.nr 556412-3381  |  Styrelsemöte 2026-02-19, ärende 6"
    sec.footer.paragraphs[0].text = "Älvsbybostäder AB, Storgatan 14, 942 31 Älvsby  •  www.alvsbybostader.se"

    p = doc.add_paragraph()
    r = p.add_run("RAPPORT TILL STYRELSEN")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph("Datum: 2026-02-05\nHandläggare: Anna Lindqvist, VD, och Tomas Berg, ekonomichef")

    doc.add_heading("1. Sammanfattning", level=2)
    doc.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 den 12 december 2024. Planen omfattar åtta "
        "kontrollmoment som valts ut utifrån bolagets risk- och väsentlighetsanalys (avsnitt 2). "
        "Av de åtta kontrollmomenten har fyra genomförts (varav två med avvikelse), två har genomförts delvis, "
        "ett har inte genomförts och ett har utgått efter beslut i styrelsen. Sammantaget bedömer VD att den "
        "interna kontrollen under 2025 har varit tillräcklig, men att rutinerna för dokumentation av "
        "direktupphandlingar behöver förstärkas.")

    doc.add_heading("2. Risk- och väsentlighetsanalys 2025", level=2)
    doc.add_paragraph(
        "Riskerna har bedömts utifrån sannolikhet (1–4) och konsekvens (1–4). Risker med riskvärde 8 eller "
        "högre hanteras antingen genom kontrollmoment i internkontrollplanen eller genom andra åtgärder.")
    risk = [
        ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Hantering"],
        ["Felaktiga hyresdebiteringar efter årets hyresförhandling", "3", "3", "9", "Kontrollmoment i IK-plan (nr 1)"],
        ["Mutor och jäv vid upphandling av entreprenader", "2", "4", "8", "Kontrollmoment i IK-plan (nr 3–4)"],
        ["Bristande brandskydd i trapphus och källarförråd", "2", "4", "8", "Hanteras i det systematiska brandskyddsarbetet (SBA)"],
        ["Obehörig åtkomst till hyresgästregistret", "2", "3", "6", "Kontrollmoment i IK-plan (nr 6)"],
        ["Kostnadsöverskridande i ROT-projektet Backen 2", "3", "3", "9", "Månadsvis projektuppföljning till styrelsen"],
        ["Ökade kundförluster till följd av hyresskulder", "3", "2", "6", "Kontrollmoment i IK-plan (nr 2)"],
    ]
    cell_table(doc, risk, widths=[Cm(6.5), Cm(2), Cm(2), Cm(2), Cm(5)])

    doc.add_heading("3. Uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph("Tabellen redovisar utfallet per kontrollmoment för perioden januari–december 2025.")
    ctrl = [
        ("Hyresadministration",
         "Kontroll att hyreshöjning enligt 2025 års förhandling lagts in korrekt i hyressystemet",
         "Ekonomichef",
         "Stickprov 30 kontrakt. Två kontrakt hade fel hyra, rättat och kreditering gjord i april.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Hyresadministration",
         "Uppföljning av hyresfordringar och avhysningsärenden",
         "Uthyrningschef",
         "Kvartalsvis genomgång gjord tillsammans med inkassobolaget. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Inköp",
         "Kontroll av att inköp över 100 tkr föregås av upphandling eller avrop från ramavtal",
         "VD",
         "Granskning av 15 leverantörer med inköp över 100 tkr. 2 direktupphandlingar saknade dokumentation.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Inköp",
         "Jävsdeklarationer från styrelse och ledande befattningshavare",
         "VD",
         "Deklarationer inhämtade från styrelsens ledamöter. Inga jävssituationer har framkommit. "
         "Ledningsgruppens deklarationer inhämtas i mars 2026.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Fastighetsförvaltning",
         "Kontroll av att lagstadgade besiktningar (OVK, hiss, lekplatser) är utförda och anmärkningar åtgärdade",
         "Fastighetschef",
         "Hiss- och lekplatsbesiktningar utförda. OVK utförd i 11 av 14 fastigheter, resterande tre bokade till april 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("IT och informationssäkerhet",
         "Behörighetsgenomgång i hyressystemet",
         "IT-samordnare",
         "Ej genomförd på grund av systembyte hösten 2025. Flyttas till 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef",
         "Stickprov 40 fakturor, samtliga korrekt attesterade.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Kontroll av representation och förtroendekänsliga poster",
         "Ekonomichef",
         "Utgår enligt styrelsebeslut 2025-04-24 § 18. Ingår i lekmannarevisorernas granskning 2025.",
         "Utgår", "UTGAR", ""),
    ]
    rows = [["Nr", "Process", "Kontrollmoment", "Ansvarig", "Resultat / kommentar", "Status helår"]]
    for i, c in enumerate(ctrl, 1):
        rows.append([str(i), c[0], c[1], c[2], c[3], c[4]])
        exp(fil, N, c[1], c[5], c[6])
    cell_table(doc, rows, widths=[Cm(0.8), Cm(2.6), Cm(4.8), Cm(2.2), Cm(5), Cm(2.2)])

    doc.add_heading("4. Ekonomi", level=2)
    doc.add_paragraph(
        "Bolagets resultat för 2025 uppgår till 3,1 mnkr, vilket är 0,6 mnkr bättre än budget. "
        "Avvikelsen förklaras främst av lägre underhållskostnader och högre hyresintäkter.")
    eko = [
        ["Resultaträkning (tkr)", "Budget 2025", "Utfall 2025", "Avvikelse"],
        ["Hyresintäkter", "84 200", "84 650", "450"],
        ["Drift- och förvaltningskostnader", "-38 900", "-40 120", "-1 220"],
        ["Planerat underhåll", "-12 500", "-11 870", "630"],
        ["Fastighetsskatt och avgifter", "-2 150", "-2 140", "10"],
        ["Avskrivningar", "-17 600", "-17 420", "180"],
        ["Finansnetto", "-10 550", "-10 000", "550"],
        ["Resultat efter finansiella poster", "2 500", "3 100", "600"],
    ]
    cell_table(doc, eko, widths=[Cm(7), Cm(3), Cm(3), Cm(3)])

    doc.add_heading("5. Förslag till beslut", level=2)
    doc.add_paragraph(
        "Styrelsen godkänner uppföljningen av intern kontroll för helår 2025 och uppdrar åt VD att "
        "återrapportera de kontrollmoment som inte slutförts vid styrelsemötet i maj 2026.")
    doc.add_paragraph("\nAnna Lindqvist\nVerkställande direktör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Räddningstjänstförbundet - English/Swedish headings, T1/T2/Year-end columns
# ---------------------------------------------------------------------------
def f_ran():
    fil = "RÄN internal control uppföljning 2025.xlsx"
    N = "Räddningstjänstförbundet Älvsby Norrå"
    wb = Workbook()
    fix_wb(wb, "Jonas Nyström")
    ins = wb.active
    ins.title = "Instructions"
    txt = [
        "Instructions / Instruktioner",
        "",
        "1. Fill in the status for each control activity per reporting period (T1, T2, Year-end).",
        "   Fyll i status för varje kontrollmoment per rapporteringsperiod (T1, T2, helår).",
        "2. Use the status codes from the drop-down list: Done, Ongoing, Not started, N/A.",
        "   Använd statuskoderna i listan. Se teckenförklaringen nedanför tabellen på bladet 'IC 2025'.",
        "3. Mark Y/Ja in the column Deviation if the control found errors, and describe them in Comment.",
        "4. The follow-up is reported to direktionen in February and sent to the member municipalities",
        "   Älvsby kommun and Norrå kommun together with the annual report.",
    ]
    for i, t in enumerate(txt, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("IC 2025")
    ws["A1"] = "Räddningstjänstförbundet Älvsby Norrå"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Internal control – follow-up / Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period / Period:"
    ws["C3"] = "Year-end (helår) 2025"
    ws["E3"] = "Updated / Uppdaterad:"
    ws["F3"] = "2026-01-28"
    ws["A3"].font = ws["E3"].font = Font(italic=True)
    hdr = ["ID", "Area / Område", "Control activity / Kontrollmoment", "Method / Metod", "Owner / Ansvarig",
           "Status T1", "Status T2", "Status Year-end / Helår", "Deviation / Avvikelse (Y/N)",
           "Comment / Kommentar"]
    HR = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7F1D1D")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [6, 18, 48, 28, 18, 11, 11, 14, 14, 52]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    data = [
        ("G", "A. Operativ verksamhet / Operations"),
        ("A1", "Tillsyn", "Genomförande av planerad tillsyn enligt LSO och LBE enligt tillsynsplanen",
         "Uppföljning i Daedalos mot tillsynsplan", "Stf förbundschef", "Ongoing", "Ongoing", "Ongoing", "N",
         "87 av 104 planerade tillsyner genomförda. Resterande flyttas till Q1 2026.", "DELVIS", "nej"),
        ("A2", "Insatsberedskap", "Kontroll att anspänningstider för deltidsstyrkan följer handlingsprogrammet",
         "Stickprov larmloggar (60 larm)", "Insatschef", "Done", "Done", "Done", "Y",
         "3 av 60 larm i stickprovet överskred 5 min (Norrå station). Åtgärd: rekryteringsinsats RIB.",
         "GENOMFORD", "ja"),
        ("A3", "Utbildning", "Kontroll att samtliga RIB-anställda genomfört årlig övningsplikt",
         "Genomgång av övningsregister", "Utbildningsansvarig", "Ongoing", "Done", None, None, None,
         "GENOMFORD", ""),
        ("A4", "Fordon och materiel", "Besiktning och funktionskontroll av andningsskydd enligt AFS",
         "Protokoll från serviceverkstad", "Materielansvarig", "Not started", "Ongoing", "Done", "N",
         "All equipment checked in November 2025, no remarks.", "GENOMFORD", "nej"),
        ("A5", "Sotning", "Uppföljning av att sotning och brandskyddskontroll utförs enligt fastställda frister",
         "Rapport från entreprenör", "Brandingenjör", "Ongoing", "N/A", "N/A", None,
         "Utgår – ansvaret för sotningsentreprenaden överfördes till medlemskommunerna fr.o.m. 2025-07-01 "
         "(direktionen 2025-06-12 § 22).", "UTGAR", ""),
        ("G", "B. Ekonomi och administration / Finance & administration"),
        ("B1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per halvår", "Ekonomiansvarig", "Done", "Done", "Done", "N",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("B2", "Ekonomi", "Kontroll av fakturering av tillsynsavgifter och tillstånd (LBE)",
         "Avstämning Daedalos mot ekonomisystemet", "Ekonomiansvarig", "Not started", "Ongoing", "Genomförd",
         "Ja", "4 tillsyner var inte fakturerade, fakturerades i december.", "GENOMFORD", "ja"),
        ("B3", "Löner", "Kontroll av beredskapsersättning och övertid för deltidsbrandmän",
         "Stickprov lönelistor", "HR-ansvarig", "Not started", "Not started", "Not started", None,
         "Ej genomförd – resursbrist på HR under hösten. Läggs in i planen för 2026.", "EJ_GENOMFORD", ""),
        ("B4", "Informationssäkerhet", "Behörighetskontroll i ärendesystem och larmsystem (Rakel)",
         "Genomgång av behörighetslistor", "IT-ansvarig", None, None, None, None, None, "SAKNAS", ""),
        ("B5", "Avtal", "Uppföljning av samverkansavtal med medlemskommunerna (Älvsby, Norrå) avseende ersättning",
         "Avstämning mot förbundsordning och budget", "Förbundschef", "–", "–", "Done", "N",
         "Avstämt mot förbundsordningen, medlemsbidragen enligt budget.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for d in data:
        if d[0] == "G":
            ws.cell(r, 1, d[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2DCDB")
            r += 1
            continue
        for j, v in enumerate(d[:10], 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, N, d[2], d[10], d[11])
        r += 1
    dv = DataValidation(type="list", formula1='"Done,Ongoing,Not started,N/A"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{HR+1}:H{r-1}")
    r += 1
    ws.cell(r, 1, "Legend / Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Done = Genomförd  ·  Ongoing = Pågår / delvis genomförd  ·  Not started = Ej påbörjad  ·  "
                      "N/A = Utgår / ej aktuell  ·  – = ingen kontroll planerad för perioden")
    ws.cell(r + 2, 1, "Deviation: Y/Ja = avvikelse konstaterad, N/Nej = ingen avvikelse")
    ws.cell(r + 4, 1, "Godkänd av direktionen 2026-02-11 § 5. Jonas Nyström, förbundschef")
    ws.freeze_panes = "D6"
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - sheet 1 = last year's (2024) follow-up, sheet 2 = this year's (2025)
# ---------------------------------------------------------------------------
def f_sn():
    fil = "SN uppföljning internkontroll helår 2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    fix_wb(wb, "Karin Öberg")
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Genomförd\n(Ja/Nej/Delvis)",
           "Iakttagelser / resultat", "Åtgärd"]
    widths = [18, 30, 44, 24, 20, 13, 50, 30]

    def sheet(ws, year, rows, footer):
        ws["A1"] = f"Socialnämnden – uppföljning av internkontrollplan {year} (helår)"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["A2"] = "Förvaltning: Socialförvaltningen, Älvsby kommun"
        ws["A3"] = f"Dnr SN {year}/{112 if year == 2025 else 97}"
        for j, h in enumerate(hdr, 1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
            ws.column_dimensions[chr(64 + j)].width = widths[j - 1]
        r = 6
        for row in rows:
            for j, v in enumerate(row[:8], 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        ws.cell(r + 1, 1, footer)
        ws.print_title_rows = "5:5"

    old = [
        ("Myndighetsutövning IFO", "Beslut fattas utan stöd i delegationsordningen",
         "Kontroll att beslut inom försörjningsstöd fattats i enlighet med delegationsordningen",
         "Stickprov 20 beslut/halvår", "Enhetschef IFO", "Nej",
         "Kontrollen genomfördes inte under 2024 på grund av byte av enhetschef.", "Kvarstår i plan 2025"),
        ("Myndighetsutövning IFO", "Barn som far illa uppmärksammas inte i tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar", "Uttag ur Treserva",
         "Enhetschef barn och familj", "Ja", "Samtliga 131 förhandsbedömningar inom 14 dagar.", ""),
        ("Äldreomsorg", "Insatser utförs inte enligt beslut",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut i hemtjänst",
         "Stickprov 15 brukare per område", "Enhetschefer hemtjänst", "Ja",
         "Genomförandeplan saknades för 6 av 45 brukare.", "Påminnelse i Treserva införs"),
        ("Ekonomi", "Felaktiga utbetalningar", "Kontroll av utbetalningar av försörjningsstöd mot beslut",
         "Stickprov 30 utbetalningar", "Ekonomihandläggare", "Ja", "Inga felaktiga utbetalningar.", ""),
        ("Ekonomi", "Fakturor betalas utan korrekt attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller", "Delvis", "Endast första halvåret kontrollerat.", ""),
        ("Personal", "Olämplig person anställs",
         "Kontroll av att registerutdrag ur belastningsregistret begärs in vid nyanställning inom LSS och barn- och ungdomsvård",
         "Stickprov 10 anställningar", "HR-konsult", "Ja", "Registerutdrag fanns i samtliga fall.", ""),
        ("Hot och våld", "Medarbetare utsätts för hot och våld",
         "Uppföljning av att handlingsplan mot hot och våld är känd på samtliga arbetsplatser (APT)",
         "Enkät till enhetschefer", "Förvaltningschef", "Ja",
         "Handlingsplanen genomgången på APT på 17 av 17 arbetsplatser.", ""),
    ]
    new = [
        ("Myndighetsutövning IFO", "Beslut fattas utan stöd i delegationsordningen",
         "Kontroll att beslut inom försörjningsstöd fattats i enlighet med delegationsordningen",
         "Stickprov 20 beslut/halvår", "Enhetschef IFO", "Ja",
         "40 beslut granskade, samtliga fattade av behörig delegat.", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning IFO", "Barn som far illa uppmärksammas inte i tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar", "Uttag ur Treserva",
         "Enhetschef barn och familj", "Ja",
         "12 av 148 anmälningar (8 %) överskred 14 dagar. Orsak: hög arbetsbelastning under sommaren.",
         "Bemanningsplan inför sommaren 2026", "GENOMFORD", "ja"),
        ("Äldreomsorg", "Insatser utförs inte enligt beslut",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut i hemtjänst",
         "Stickprov 15 brukare per område", "Enhetschefer hemtjänst", "Delvis",
         "Kontroll gjord i Norra området och Centrum, ej i Södra området.\n"
         "Genomförandeplan saknades för 3 av 30 kontrollerade brukare.",
         "Södra området kontrolleras T1 2026", "DELVIS", "ja"),
        ("Äldreomsorg", "Avvikelser rapporteras inte och leder inte till förbättringar",
         "Avvikelserapportering enligt SoL och HSL följs upp i kvalitetsrådet", "Protokoll kvalitetsråd", "MAS",
         "Ja", "Uppföljning sker månadsvis. Inga avvikelser från rutinen.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar", "Kontroll av utbetalningar av försörjningsstöd mot beslut",
         "Stickprov 30 utbetalningar", "Ekonomihandläggare", None,
         "Kontrollen har inte genomförts på grund av vakans på ekonomfunktionen under hösten.",
         "Genomförs T1 2026", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Fakturor betalas utan korrekt attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller", "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("LSS", "Beslut verkställs inte inom skälig tid",
         "Kontroll att beslut om insatser enligt LSS verkställs inom tre månader", "Uttag ur verksamhetssystem",
         "Enhetschef LSS", "Nej", "Kontrollen ej utförd, systemuttaget har inte kunnat tas fram.",
         "Beställning hos systemförvaltningen", "EJ_GENOMFORD", ""),
        ("Personal", "Olämplig person anställs",
         "Kontroll av att registerutdrag ur belastningsregistret begärs in vid nyanställning inom LSS och barn- och ungdomsvård",
         "Stickprov 10 anställningar", "HR-konsult", None, "Se bilaga 2.", "", "OKLAR", ""),
        ("Hot och våld", "Medarbetare utsätts för hot och våld",
         "Uppföljning av att handlingsplan mot hot och våld är känd på samtliga arbetsplatser (APT)",
         "Enkät till enhetschefer", "Förvaltningschef", "Utgår",
         "Ersatt av förvaltningsövergripande säkerhetsrutin, beslut SN 2025-05-20 § 48.", "", "UTGAR", ""),
    ]
    ws1 = wb.active
    ws1.title = "Helår 2024"
    sheet(ws1, 2024, old, "Sammanställt av: Karin Öberg, kvalitetsutvecklare, 2025-01-29")
    ws2 = wb.create_sheet("Helår 2025")
    sheet(ws2, 2025, new, "Sammanställt av: Karin Öberg, kvalitetsutvecklare, 2026-01-30")
    for row in new:
        exp(fil, N, row[2], row[8], row[9])
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen - PDF layout pasted into Excel, each control over 2-3 physical rows
# ---------------------------------------------------------------------------
def f_ks():
    fil = "Kommunstyrelsen uppföljning internkontrollplan 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fix_wb(wb, "Eva Strand")
    ws = wb.active
    ws.title = "Blad1"
    for col, w in zip("ABCDEF", [5, 20, 42, 22, 16, 30]):
        ws.column_dimensions[col].width = w
    r = [1]

    def line(*vals):
        for j, v in enumerate(vals, 1):
            if v not in (None, ""):
                ws.cell(r[0], j, v)
        r[0] += 1

    def page_head(page):
        line("Älvsby kommun", None, None, None, None, f"Sida {page} (2)")
        line("Kommunstyrelsen")
        line("Uppföljning av internkontrollplan 2025 – helår")
        line()
        line("Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")

    def page_foot(page):
        line()
        line("Älvsby kommun – Kommunstyrelsen", None, "Diarienummer KS 2025/48", None, "2026-02-03",
             f"Sida {page} (2)")

    # each control: list of physical lines (nr, process, km, ansvarig, status, kommentar), status, avvikelse
    controls = [
        ([("1", "Ekonomi / attest", "Attest av leverantörsfakturor enligt", "Ekonomichef", "Genomförd",
           "Inga avvikelser noterade."),
          (None, None, "attestordningen, stickprov 40 fakturor", None, None, None)], "GENOMFORD", "nej"),
        ([("2", "Ekonomi / bokslut", "Avstämning av balanskonton vid", "Redovisnings-", "Genomförd med",
           "Två konton ej avstämda i"),
          (None, None, "månadsbokslut", "ansvarig", "avvikelse", "juni, åtgärdat i augusti.")],
         "GENOMFORD", "ja"),
        ([("3", "Upphandling", "Kontroll att direktupphandlingar över", "Upphandlare", "Delvis",
           "Granskning gjord för"),
          (None, None, "100 tkr dokumenteras enligt riktlinjen", None, None, "första halvåret.")],
         "DELVIS", ""),
        ([("4", "Personal", "Kontroll av att lönetillägg och", "HR-chef", "Genomförd", "Stickprov 20 st, inga"),
          (None, None, "engångsbelopp har beslutats enligt", None, None, "avvikelser."),
          (None, None, "delegationsordningen", None, None, None)], "GENOMFORD", "nej"),
        ([("5", "IT", "Behörighetsgenomgång i ekonomisystemet", "IT-chef", None, "Skjuts till 2026 p.g.a."),
          (None, None, "och lönesystemet", None, "Ej genomförd", "byte av lönesystem.")],
         "EJ_GENOMFORD", ""),
        "PAGEBREAK",
        ([("6", "Säkerhet", "Uppföljning av att kommunens", "Säkerhets-", "Genomförd", "Övning genomförd"),
          (None, None, "krisledningsplan är uppdaterad och", "samordnare", None, "2025-10-15 med"),
          (None, None, "övad", None, None, "krisledningsstaben.")], "GENOMFORD", ""),
        ([("7", "Dokumenthantering", "Kontroll att allmänna handlingar", "Kanslichef", "Delvis", "Stickprov på"),
          (None, None, "diarieförs utan dröjsmål", None, "genomförd", "kommunledningskontoret,"),
          (None, None, None, None, None, "ej övriga enheter.")], "DELVIS", ""),
        ([("8", "Ekonomi / kund", "Kontroll av att kundfakturor", "Ekonomichef", "Utgår", "Ersatt av automatisk"),
          (None, None, "skickas inom 30 dagar efter", None, None, "bevakning i systemet."),
          (None, None, "utförd tjänst", None, None, None)], "UTGAR", ""),
        ([("9", "Mutor och jäv", "Uppföljning av att förtroendevalda och", "Kommun-", "Genomförd",
           "3 chefer saknade"),
          (None, None, "chefer lämnat jävsdeklaration", "sekreterare", None, "deklaration, inkommit"),
          (None, None, None, None, None, "efter påminnelse.")], "GENOMFORD", "ja"),
    ]
    page_head(1)
    for c in controls:
        if c == "PAGEBREAK":
            page_foot(1)
            page_head(2)
            continue
        lines, status, avv = c
        for ln in lines:
            line(*ln)
        km = " ".join(ln[2] for ln in lines if ln[2])
        exp(fil, N, km, status, avv)
    line()
    line("Sammanfattande bedömning: Kommunstyrelsen bedömer att den interna kontrollen 2025 har varit tillräcklig.")
    page_foot(2)
    for row in ws.iter_rows():
        for c in row:
            c.font = Font(name="Arial", size=9, bold=(c.value in ("Nr", "Process", "Kontrollmoment", "Ansvarig",
                                                                   "Status", "Kommentar")))
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - plain xlsx, nämnd only in file/sheet name
# ---------------------------------------------------------------------------
def f_sbn():
    fil = "SBN IK helår 2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    fix_wb(wb, "Per Holmgren")
    ws = wb.active
    ws.title = "SBN 2025"
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Kommentar"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = [
        ("Bygglov", "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Bygglovschef", "Tertialvis", "Genomförd",
         "96 % inom tid. 4 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Miljötillsyn", "Uppföljning av att planerad tillsyn enligt tillsynsplanen genomförs", "Miljöchef",
         "Helår", "Delvis genomförd", "78 % av planerade tillsynsbesök genomförda.", "DELVIS", ""),
        ("Livsmedel",
         "Kontroll av att debitering av årlig kontrollavgift sker för samtliga livsmedelsanläggningar",
         "Miljöchef", "Helår", "Genomförd", "Samtliga 64 anläggningar debiterade.", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att egenkontroll av lekplatser utförs och dokumenteras", "Gatuchef", "Halvår",
         "Genomförd", None, "GENOMFORD", ""),
        ("VA", "Avstämning av VA-taxa mot debiterade brukningsavgifter\nStickprov 20 fastigheter", "VA-chef",
         "Helår", "Ej genomförd", "Ej hunnits med p.g.a. vattenläckan i augusti och omprioriteringar.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Tertialvis",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fastighet",
         "Kontroll av att hyresavtal för inhyrda lokaler är uppdaterade i avtalsregistret", "Fastighetschef",
         "Helår", "Ej aktuell", "Avtalsregistret flyttat till KS, kontrollen ingår i KS plan.", "UTGAR", ""),
        ("Kart och mät", "Kontroll av att avgifter för nybyggnadskartor tas ut enligt taxa", "GIS-ingenjör",
         "Helår", None, None, "SAKNAS", ""),
    ]
    for row in rows:
        ws.append(list(row[:6]))
        exp(fil, N, row[1], row[6], row[7])
    for col, w in zip("ABCDEF", [14, 60, 18, 11, 16, 60]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = WRAP
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Gemensamma överförmyndarnämnden Älvsby och Norrå - odt, symbols with legend
# ---------------------------------------------------------------------------
def f_ofn(tmp):
    base = "Uppföljning intern kontroll 2025 - Gemensamma överförmyndarnämnden Älvsby och Norrå"
    fil = base + ".odt"
    N = "Gemensamma överförmyndarnämnden"
    doc = Document()
    fix_doc(doc, "Lena Sjöberg")
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Gemensamma överförmyndarnämnden\nför Älvsby kommun och Norrå kommun")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Värdkommun: Älvsby kommun\nDnr ÖFN 2025/9")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Överförmyndarnämnden är sedan 2019 gemensam för Älvsby och Norrå kommuner och ingår i Älvsby kommuns "
        "organisation. Internkontrollplanen för 2025 antogs av nämnden 2025-01-22. Uppföljningen avser perioden "
        "1 januari – 31 december 2025 och redovisas till nämnden samt till kommunstyrelserna i båda kommunerna.")
    doc.add_paragraph(
        "Teckenförklaring:   ✔ = Genomförd utan anmärkning    ⚠ = Genomförd med anmärkning    "
        "◐ = Delvis genomförd    ✖ = Ej genomförd    — = Utgår")
    rows = [["Kontrollområde", "Kontrollmoment", "Omfattning", "Resultat", "Bedömning"]]
    ctrl = [
        ("Årsräkningar",
         "Granskning av årsräkningar inkomna senast 1 mars är slutförd före 30 september",
         "Samtliga 412 årsräkningar",
         "398 granskade före 30/9, 14 (3 %) granskades först i oktober.", "⚠", "GENOMFORD", "ja"),
        ("Ställföreträdare",
         "Kontroll av att nya ställföreträdare är lämplighetsprövade (belastnings- och kreditupplysning) före förordnande",
         "Stickprov 15 av 38 nya", "Samtliga 15 korrekt prövade.", "✔", "GENOMFORD", "nej"),
        ("Arvoden",
         "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 beslut", "Kontroll genomförd för Älvsby (10 beslut), Norrå återstår.", "◐", "DELVIS", ""),
        ("Förvaltning",
         "Uppföljning av att överförmyndarspärr finns på konton för omyndigas medel",
         "Samtliga nya ärenden", "Spärr saknades på 2 konton, åtgärdat efter kontakt med banken.", "⚠",
         "GENOMFORD", "ja"),
        ("Handläggning",
         "Kontroll av handläggningstid för ansökan om uttag från spärrat konto",
         "Uttag ur Wärna", "Kontrollen flyttas till 2026 efter byte av verksamhetssystem.", "", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",
         "Behörighetskontroll i verksamhetssystemet för båda kommunernas handläggare",
         "Samtliga behörigheter",
         "Ej aktuell 2025 – genomförs av Norrå kommuns IT-enhet som systemägare.", "—", "UTGAR", ""),
    ]
    for c in ctrl:
        rows.append(list(c[:5]))
        exp(fil, N, c[1], c[5], c[6])
    cell_table(doc, rows, widths=[Cm(2.8), Cm(5.5), Cm(3), Cm(5), Cm(1.8)])
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammantaget bedöms den interna kontrollen vara tillräcklig. Handläggningstiderna för årsräkningar "
        "följs upp särskilt under 2026.")
    doc.add_paragraph("Älvsby 2026-02-05\n\nLena Sjöberg\nHandläggare, överförmyndarenheten")
    src = os.path.join(tmp, base + ".docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Stratsys export - two nämnder, long format (one row per control and period)
# ---------------------------------------------------------------------------
def f_stratsys():
    fil = "stratsys_export_20260122.csv"
    BUN = "Barn- och utbildningsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
           "Senast ändrad"]
    # (org, process, km, ansvarig, [(period, status, kommentar, datum)], expected, avv)
    ctrl = [
        (BUN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         [("Delår 2025", "Genomförd", "Stickprov 20 fakturor, inga avvikelser.", "2025-09-10"),
          ("Helår 2025", "Genomförd",
           "Stickprov 20 fakturor; en faktura attesterad av fel person, rutinen påmind på ledningsgruppen.",
           "2026-01-15")], "GENOMFORD", "ja"),
        (BUN, "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjerna",
         "Skolskjutssamordnare",
         [("Delår 2025", "Pågående", "", "2025-09-02"),
          ("Helår 2025", "Genomförd", "Inga avvikelser.", "2026-01-12")], "GENOMFORD", "nej"),
        (BUN, "Elevhälsa",
         "Kontroll av att anmälningar om kränkande behandling anmäls till huvudmannen utan dröjsmål",
         "Verksamhetschef grundskola",
         [("Delår 2025", "Genomförd", "Genomgång av vårterminens anmälningar.", "2025-09-05"),
          ("Helår 2025", "Genomförd",
           "Genomgång av 46 anmälningar.\n5 anmäldes senare än en vecka efter händelsen.", "2026-01-19")],
         "GENOMFORD", "ja"),
        (BUN, "Förskola", "Kontroll av att barngruppernas storlek följer Skolverkets riktmärken",
         "Verksamhetschef förskola",
         [("Delår 2025", "Pågående", "Uppgifter samlas in från förskolorna.", "2025-09-08"),
          ("Helår 2025", "", "", "")], "DELVIS", ""),
        (BUN, "Personal", "Kontroll av registerutdrag vid nyanställning inom förskola och skola", "HR-partner",
         [("Delår 2025", "Ej påbörjad", "", "2025-09-01"),
          ("Helår 2025", "Ej genomförd", "Skjuts till 2026.", "2026-01-20")], "EJ_GENOMFORD", ""),
        (BUN, "Ekonomi", "Kontroll av interkommunala ersättningar (IKE) mot elevregister", "Förvaltningsekonom",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "Avbruten",
           "Avbruten enligt beslut BUN 2025-09-18 § 71, ersätts av ny rutin för IKE.", "2025-10-02")],
         "UTGAR", ""),
        (BUN, "Gymnasium", "Uppföljning av att CSN-rapportering av frånvaro sker månadsvis", "Rektor gymnasiet",
         [("Delår 2025", "", "", ""), ("Helår 2025", "", "", "")], "SAKNAS", ""),
        (KFN, "Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsnormerna",
         "Fritidschef",
         [("Delår 2025", "Pågående", "", "2025-09-11"),
          ("Helår 2025", "Genomförd",
           "Stickprov 10 föreningar. En förening fick för högt aktivitetsstöd; återkrav gjort.", "2026-01-14")],
         "GENOMFORD", "ja"),
        (KFN, "Bibliotek", "Inventering av medieinköp mot avtal med leverantör", "Bibliotekschef",
         [("Delår 2025", "Ej påbörjad", "", "2025-09-11"),
          ("Helår 2025", "Genomförd", "Inga avvikelser.", "2026-01-09")], "GENOMFORD", "nej"),
        (KFN, "Anläggningar", "Kontroll av att bokningar och uthyrning av anläggningar faktureras",
         "Fritidskonsulent",
         [("Delår 2025", "Genomförd", "Sporthallen och simhallen avstämda.", "2025-09-11"),
          ("Helår 2025", "Pågående", "Avstämning av ishallen för hösten återstår.", "2026-01-21")],
         "DELVIS", ""),
        (KFN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         [("Delår 2025", "Genomförd", "", "2025-09-10"),
          ("Helår 2025", "Genomförd", "", "2026-01-15")], "GENOMFORD", ""),
        (KFN, "Kulturskola", "Kontroll av att avgifter i kulturskolan debiteras enligt taxa", "Kulturskolechef",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "Ej genomförd", "Ej genomförd, kulturskolechef vakant aug–dec.", "2026-01-21")],
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for org, proc, km, ans, per, st, avv in ctrl:
            for p in per:
                w.writerow([f"Älvsby kommun/{org}", "Internkontrollplan 2025", proc, km, ans, p[0], p[1], p[2], p[3]])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Älvsby Energi AB - .xls, status as traffic-light fill only, legend at the top right
# ---------------------------------------------------------------------------
def f_energi(tmp):
    base = "Älvsby Energi AB IK 2025"
    fil = base + ".xls"
    N = "Älvsby Energi AB"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = Workbook()
    fix_wb(wb, "Mikael Forsberg")
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Älvsby Energi AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 2025-12-31"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till styrelsen 2026-02-12"
    ws["I1"] = "Färgförklaring status"
    ws["I1"].font = Font(bold=True)
    for i, (col, t) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                  (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")], 2):
        ws.cell(i, 9).fill = PatternFill("solid", fgColor=col)
        ws.cell(i, 9).border = BOX
        ws.cell(i, 10, t)
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Status", "Kommentar"]
    HR = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
    rows = [
        ("Elnät", "Kontroll av att mätarvärden från elmätare överförs korrekt till debiteringssystemet", "Nätchef",
         "Månadsvis", GREEN, None, "Avstämning varje månad, inga differenser över toleransgränsen.",
         "GENOMFORD", "nej"),
        ("Fjärrvärme", "Kontroll av att prisändring för fjärrvärme 2025 lagts in korrekt i kundsystemet",
         "Marknadschef", "Januari", GREEN, None, "Stickprov 25 kunder, 1 felaktig prislista som rättats.",
         "GENOMFORD", "ja"),
        ("Inköp", "Kontroll av att upphandling sker enligt LUF vid inköp över direktupphandlingsgränsen", "VD",
         "Helår", YELLOW, None, "Granskning av första halvåret klar, andra halvåret pågår.", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Kvartalsvis", GREEN,
         None, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll av behörigheter i driftövervakningssystemet (SCADA)", "Drift- och IT-ansvarig",
         "Halvår", RED, None, "Ej genomförd p.g.a. leverantörsbyte.", "EJ_GENOMFORD", ""),
        ("Miljö", "Uppföljning av egenkontroll enligt miljötillstånd för värmeverket", "Driftchef", "Helår", GREY,
         None, "Ingår fr.o.m. 2025 i det certifierade ledningssystemet, kontrollen utgår.", "UTGAR", ""),
        ("Personal", "Kontroll av att övertid och jourersättning attesteras av närmaste chef", "Ekonomichef",
         "Kvartalsvis", None, None, None, "SAKNAS", ""),
        ("Kundtjänst", "Kontroll av kreditprövning vid nya avtal för företagskunder", "Marknadschef", "Halvår",
         GREEN, "Delvis", "Kreditupplysning saknades för 2 av 12 nya kunder.", "OKLAR", "ja"),
    ]
    r = HR + 1
    for i, row in enumerate(rows, 1):
        vals = [i, row[0], row[1], row[2], row[3], row[5], row[6]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        if row[4]:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=row[4])
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Mikael Forsberg, VD")
    for col, w in zip("ABCDEFGHIJ", [5, 13, 55, 20, 12, 10, 50, 3, 6, 26]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: Protokollsutdrag (protocol extract) - no follow-up table
# ---------------------------------------------------------------------------
def f_protokoll():
    fil = "Protokollsutdrag SN 2026-02-17 § 14.docx"
    doc = Document()
    fix_doc(doc, "Sofia Lund")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ÄLVSBY KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (1)"
    sec.footer.paragraphs[0].text = "Justerandes sign: ______   ______        Utdragsbestyrkande: ______"
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Socialnämnden"
    t.cell(0, 1).text = "Sammanträdesdatum"
    t.cell(1, 0).text = ""
    t.cell(1, 1).text = "2026-02-17"
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("§ 14\t\t\t\t\t\tDnr SN 2025/112").bold = True
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph().add_run("Beslut").bold = True
    doc.add_paragraph(
        "Socialnämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den till "
        "kommunstyrelsen.")
    doc.add_paragraph().add_run("Ärendebeskrivning").bold = True
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 131). "
        "Förvaltningen har följt upp planens nio kontrollmoment. Av dessa har fyra genomförts, ett genomförts "
        "delvis, två har inte genomförts och ett har utgått. För ett kontrollmoment redovisas resultatet i "
        "särskild bilaga. De kontrollmoment som inte genomförts förs över till 2026 års plan.")
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig.")
    doc.add_paragraph().add_run("Beslutsunderlag").bold = True
    doc.add_paragraph("Tjänsteskrivelse 2026-01-30\nUppföljning internkontrollplan 2025, helår")
    doc.add_paragraph().add_run("Expedieras till").bold = True
    doc.add_paragraph("Kommunstyrelsen\nKommunens revisorer\nEkonomiavdelningen")
    doc.add_paragraph("\nRätt utdraget betygar\n\nSofia Lund, nämndsekreterare")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Valnämnden", "VN"),
    ("Gemensamma överförmyndarnämnden",
     "ÖFN|Överförmyndarnämnden|Gemensamma överförmyndarnämnden Älvsby och Norrå|"
     "Överförmyndarnämnden Älvsby-Norrå|Överförmyndarenheten"),
    ("Gemensamma lönenämnden", "GLN|Lönenämnden|Lönenämnden Älvsby-Norrå|Lönecenter Älvsby Norrå"),
    ("Räddningstjänstförbundet Älvsby Norrå",
     "RÄN|Räddningstjänsten Älvsby Norrå|Räddningstjänsten|Kommunalförbundet Räddningstjänsten Älvsby Norrå|"
     "Räddningstjänstförbundet"),
    ("Älvsbybostäder AB", "Älvsbybostäder|ÄBO|Bostadsbolaget"),
    ("Älvsby Energi AB", "Älvsby Energi|ÄEAB|Energibolaget"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r157build_")
    try:
        f_bostader()
        f_ran()
        f_sn()
        f_ks()
        f_sbn()
        f_ofn(tmp)
        f_stratsys()
        f_energi(tmp)
        f_protokoll()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
