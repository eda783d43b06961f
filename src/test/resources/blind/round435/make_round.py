#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 435 - Skinnskatteberg kommun, helår 2025 (plan + uppföljning i samma fil).

Run:  /usr/bin/python3 make_round.py
Builds every file of the round plus namnder.csv, files.csv, expected.csv in this folder.
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

files_rows = []      # fil;utfall;nämnd;år;period
expected_rows = []   # fil;nämnd;kontrollmoment;status;avvikelse


def p(name):
    return os.path.join(OUT, name)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_wb(wb, name):
    wb.properties.creator = "Skinnskattebergs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(p(name))
    normalize_zip(p(name))


def save_doc(d, name, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    d.save(p(name))
    normalize_zip(p(name))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- namnder.csv
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|SBF|Teknik och fastighet"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndare i samverkan"),
    ("Skinnskattebergs Bostads AB", "SkiBo|Bostadsbolaget"),
]


# ======================================================================
# 1. Kommunstyrelsen - plan + T1/delår/helår in one sheet (xlsx)
# ======================================================================
def file_ks():
    name = "KS_Internkontrollplan_2025_med_uppfoljning.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Skinnskattebergs kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning (antagen av KS 2024-12-10 § 187)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Instruktion: Ansvarig fyller i status och kommentar vid T1, delår och helår. "
                "Status anges som Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                "Riskvärde = sannolikhet × konsekvens (skala 1–4).")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:Q3")
    ws.row_dimensions[3].height = 30

    # group header row 5
    groups = [("A5:K5", "PLAN 2025"), ("L5:M5", "UPPFÖLJNING T1 (jan–apr)"),
              ("N5:O5", "UPPFÖLJNING DELÅR (jan–aug)"), ("P5:Q5", "UPPFÖLJNING HELÅR")]
    gfills = ["D9E1F2", "FCE4D6", "FFF2CC", "E2EFDA"]
    for (rng, txt), fc in zip(groups, gfills):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
        for row in ws[rng]:
            for cell in row:
                cell.fill = fill(fc)
                cell.border = BORDER
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)",
           "Riskvärde", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        c.fill = fill(gfills[0] if i <= 11 else gfills[1] if i <= 13 else gfills[2] if i <= 15 else gfills[3])

    # (nr, process, kontrollmoment, risk, S, K, metod, frekvens, ansvarig, rapp,
    #  t1s, t1k, ds, dk, hs, hk, expected_status, avvikelse)
    sections = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Felaktiga eller obehöriga utbetalningar", 2, 3, "Stickprov 25 fakturor per tertial",
             "Tertialvis", "Ekonomichef", "KS",
             "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
             "Genomförd", "2 av 25 fakturor saknade beslutsattest. Påtalat till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Representation som inte är förenlig med riktlinjen", 2, 2, "Stickprov 20 verifikationer",
             "Helår", "Redovisningsekonom", "KS",
             "", "", "Ej påbörjad", "Görs under hösten.",
             "Delvis genomförd", "Stickprov gjort på 10 av planerade 20 verifikationer. 3 saknade deltagarförteckning.",
             "DELVIS", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
             "Felaktig redovisning i delårsrapporten", 1, 3, "Genomgång av avstämningsunderlag",
             "1 gång/år", "Ekonomichef", "KS",
             "–", "", "Genomförd", "Samtliga balanskonton avstämda per 31/8. Inga differenser.",
             "", "",
             "GENOMFORD", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Kontroll att lönerevision och lönetillägg är beslutade enligt delegationsordningen",
             "Löneändringar utan behörigt beslut", 2, 3, "Stickprov 15 löneändringar",
             "Helår", "HR-chef", "KS",
             "", "", "", "", "Genomförd", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2.2", "Arbetsmiljö", "Uppföljning av att rehabiliteringsutredning påbörjas senast dag 28 vid sjukfrånvaro",
             "Långa sjukskrivningar utan aktiv rehabilitering", 3, 3, "Uttag ur HR-systemet, genomgång per ärende",
             "Tertialvis", "HR-konsult", "KS",
             "Delvis genomförd", "Halva förvaltningen kontrollerad.", "Delvis genomförd", "Resten görs T3.",
             "", "Kontrollen har inte kunnat genomföras under hösten på grund av vakans som HR-konsult. Flyttas till plan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Brott mot LOU, otillåten direktupphandling", 3, 3, "Genomgång av samtliga direktupphandlingar",
             "Helår", "Upphandlare", "KS",
             "", "", "", "", "Genomförd",
             "Av 8 direktupphandlingar saknade 2 dokumentation. Utbildning för chefer planeras feb 2026.",
             "GENOMFORD", "ja"),
            ("3.2", "Avtalstrohet", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Inköp utanför avtal, högre kostnader", 3, 2, "Leverantörsreskontra mot avtalsdatabas",
             "Delår, helår", "Upphandlare", "KS",
             "", "", "Ej genomförd", "",
             "Utgår", "Utgår enligt beslut KS 2025-06-03 § 88, ersätts av regiongemensam uppföljning.",
             "UTGAR", ""),
        ]),
        ("4. Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörigheter", "Behörigheter i ekonomisystemet och lönesystemet stäms av mot aktuella anställningar",
             "Obehörig åtkomst efter avslutad anställning", 2, 4, "Behörighetslista mot anställningsregister",
             "Tertialvis", "Systemförvaltare", "KS",
             "Genomförd", "", "Genomförd", "",
             "Genomförd", "Tre konton för avslutade anställda var fortfarande aktiva och har inaktiverats.",
             "GENOMFORD", "ja"),
            ("4.2", "GDPR", "Registerförteckning enligt GDPR är uppdaterad",
             "Sanktionsavgift, bristande kontroll över personuppgifter", 2, 3, "Genomgång med dataskyddsombud",
             "Helår", "Kanslichef", "KS",
             "", "", "", "", "Se bilaga 3", "",
             "OKLAR", ""),
            ("4.3", "Diarieföring", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
             "Handlingar kan inte lämnas ut, brister i offentlighetsprincipen", 2, 2, "Stickprov en vecka per halvår",
             "Halvår", "Registrator", "KS",
             "", "", "Genomförd", "Stickprov v. 14, inga avvikelser.",
             "Delvis genomförd", "Stickprov v. 42 visar att 70 % diarieförts inom tre dagar. Kontrollen för december kvarstår.",
             "DELVIS", "ja"),
        ]),
    ]
    r = 7
    for title, rows in sections:
        ws.cell(row=r, column=1, value=title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
        ws.cell(row=r, column=1).fill = fill("EDEDED")
        r += 1
        for row in rows:
            (nr, proc, km, risk, s, k, met, frek, ans, rapp, t1s, t1k, ds, dk, hs, hk, st, av) = row
            vals = [nr, proc, km, risk, s, k, None, met, frek, ans, rapp, t1s, t1k, ds, dk, hs, hk]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=(v if v != "" else None))
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=7, value="=E%d*F%d" % (r, r))
            expected_rows.append((name, nm, km, st, av))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen sammanställd 2026-01-22. Anna Lindqvist, ekonomichef")
    ws.cell(row=r + 1, column=1, value="Bilaga 3: Registerförteckning GDPR (separat dokument)")
    widths = [5, 16, 38, 28, 10, 10, 9, 24, 11, 16, 11, 14, 26, 14, 26, 16, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D7"
    ws.page_setup.orientation = "landscape"
    save_wb(wb, name)
    files_rows.append((name, "INLAST", nm, "2025", "HELAR"))


# ======================================================================
# 2. Kommunstyrelsen - adopted plan 2026, Word table, no follow-up
# ======================================================================
def file_ks_plan2026():
    name = "Internkontrollplan_2026_Kommunstyrelsen.docx"
    nm = "Kommunstyrelsen"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Skinnskattebergs kommun\tKommunstyrelseförvaltningen\tDnr KS 2025/412"
    d.add_heading("Internkontrollplan 2026 – Kommunstyrelsen", level=1)
    d.add_paragraph("Antagen av kommunstyrelsen 2025-12-09 § 201.")
    d.add_paragraph(
        "Planen bygger på den risk- och väsentlighetsanalys som förvaltningen genomförde under hösten 2025. "
        "Risker har bedömts utifrån sannolikhet och konsekvens på en skala 1–4. Risker med riskvärde 6 eller "
        "högre har förts in i planen. Uppföljning sker till kommunstyrelsen i samband med delårsrapport och "
        "årsredovisning.")
    d.add_heading("Kontrollmoment 2026", level=2)
    hdr = ["Process", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till"]
    rows = [
        ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Felaktiga eller obehöriga utbetalningar", "2", "3", "6", "Stickprov 25 fakturor per tertial",
         "Tertialvis", "Ekonomichef", "KS"),
        ("Arbetsmiljö", "Uppföljning av att rehabiliteringsutredning påbörjas senast dag 28 vid sjukfrånvaro",
         "Långa sjukskrivningar utan aktiv rehabilitering", "3", "3", "9",
         "Uttag ur HR-systemet, genomgång per ärende", "Delår, helår", "HR-chef", "KS"),
        ("Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Brott mot LOU, otillåten direktupphandling", "3", "3", "9",
         "Genomgång av samtliga direktupphandlingar", "Helår", "Upphandlare", "KS"),
        ("Behörigheter", "Behörigheter i ekonomisystemet och lönesystemet stäms av mot aktuella anställningar",
         "Obehörig åtkomst efter avslutad anställning", "2", "4", "8",
         "Behörighetslista mot anställningsregister", "Tertialvis", "Systemförvaltare", "KS"),
        ("Förtroendekänsliga poster", "Kontroll av att kostnader för resor, kurser och konferenser följer resepolicyn",
         "Kostnader som inte är förenliga med policyn, förtroendeskada", "3", "2", "6",
         "Stickprov 20 verifikationer", "Helår", "Redovisningsekonom", "KS"),
        ("Krisberedskap", "Krisledningsplanen är uppdaterad och övad under året",
         "Bristande förmåga att leda vid samhällsstörning", "2", "4", "8",
         "Genomgång av plan och övningsrapport", "Helår", "Säkerhetssamordnare", "KS"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        expected_rows.append((name, nm, row[1], "SAKNAS", ""))
    for row in t.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    d.add_paragraph("")
    d.add_paragraph("Riskvärde: 1–4 låg, 6–8 medel, 9–16 hög.")
    d.add_paragraph("Skinnskatteberg 2025-12-09")
    d.add_paragraph("Per Andersson, kommundirektör")
    save_doc(d, name, "Per Andersson")
    files_rows.append((name, "INLAST", nm, "2026", ""))


# ======================================================================
# 3. Barn- och utbildningsnämnden - plan sheet + separate result sheet
# ======================================================================
def file_bun():
    name = "BUN_IK2025_helar.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Internkontroll 2025 – Barn- och utbildningsförvaltningen"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Flik 'Plan 2025' = av nämnden antagen plan (BUN 2024-12-12 § 96)."
    ins["A4"] = "Flik 'Resultat helår' = uppföljning per kontrollmoment, rapporteras till BUN februari 2026."
    ins["A5"] = "Riskvärde RV = S × K. S = sannolikhet, K = konsekvens (1–4)."
    ins.column_dimensions["A"].width = 95

    plan = wb.create_sheet("Plan 2025")
    res = wb.create_sheet("Resultat helår")
    plan["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025"
    plan["A1"].font = Font(bold=True, size=13)
    phdr = ["ID", "Område", "Kontrollmoment", "Risk", "S", "K", "RV", "Metod", "Frekvens",
            "Ansvarig", "Rapporteras till"]
    for i, h in enumerate(phdr, 1):
        c = plan.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.fill = fill("BDD7EE")
        c.border = BORDER
    # id, område, km, risk, S, K, metod, frekvens, ansvarig, rapp, resultat(code, avv, text) or None, exp status, exp avv
    ctrls = [
        ("BU1", "Elevhälsa/närvaro", "Närvaro i skolan registreras dagligen i Skola24",
         "Ogiltig frånvaro upptäcks inte", 2, 3, "Uttag ur Skola24, jämförelse med schema", "Tertialvis",
         "Rektor", "BUN", ("G", "Nej", "Registrering sker dagligen på samtliga enheter."), "GENOMFORD", "nej"),
        ("BU2", "Kränkande behandling",
         "Anmälan till huvudman vid kränkande behandling sker inom en vecka",
         "Brister i skolans skyldighet att utreda", 3, 4, "Genomgång av samtliga anmälningar", "Tertialvis",
         "Förvaltningschef", "BUN",
         ("G", "Ja", "4 av 31 anmälningar gjordes senare än en vecka. Rutinen har förtydligats för rektorerna."),
         "GENOMFORD", "ja"),
        ("BU3", "Skolskjuts", "Ansökningar om skolskjuts handläggs enligt riktlinjerna",
         "Felaktiga beslut, ökade kostnader", 2, 2, "Stickprov 30 ärenden", "Helår",
         "Skolskjutssamordnare", "BUN",
         ("D", "Nej", "15 av 30 ärenden granskade, inga fel. Resterande granskas januari 2026."),
         "DELVIS", "nej"),
        ("BU4", "Förskola", "Barngruppernas storlek i förskolan följs upp två gånger per år",
         "För stora barngrupper, försämrad kvalitet", 3, 2, "Statistik från placeringssystemet",
         "Halvår", "Förskolechef", "BUN", ("G", "Nej", "Uppföljt mars och oktober."), "GENOMFORD", "nej"),
        ("BU5", "Betyg", "Tillgång till legitimerade lärare vid betygssättning",
         "Felaktigt satta betyg", 2, 4, "Kontroll av legitimation mot betygskatalog", "Helår",
         "Rektor", "BUN", ("E", "", "Ej genomförd p.g.a. långtidssjukskrivning rektor. Förs över till 2026."),
         "EJ_GENOMFORD", ""),
        ("BU6", "Ekonomi", "Kontanthantering i skolkafé och vid skolresor",
         "Förskingring, svinn", 2, 2, "Avstämning av kassor", "Tertialvis", "Administratör", "BUN",
         ("U", "", "Ingen kontanthantering förekommer längre, Swish infört från mars."), "UTGAR", ""),
        ("BU7", "Särskilt stöd", "Extra anpassningar och särskilt stöd dokumenteras i åtgärdsprogram",
         "Elever får inte det stöd de har rätt till", 3, 3, "Stickprov 10 elevakter per skola", "Helår",
         "Elevhälsochef", "BUN", None, "SAKNAS", ""),
        ("BU8", "Avgifter", "Fakturering av barnomsorgsavgifter stäms av mot placeringsregistret",
         "Felaktiga avgifter, intäktsbortfall", 2, 3, "Avstämning månadsvis", "Månadsvis",
         "Ekonom BoU", "BUN",
         ("D", "Ja", "Avstämning gjord jan–okt. Två felaktiga avgifter rättade. Nov–dec görs i samband med bokslut."),
         "DELVIS", "ja"),
    ]
    r = 4
    for (cid, omr, km, risk, s, k, met, frek, ans, rapp, result, st, av) in ctrls:
        vals = [cid, omr, km, risk, s, k, s * k, met, frek, ans, rapp]
        for i, v in enumerate(vals, 1):
            c = plan.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        r += 1
        expected_rows.append((name, nm, km, st, av))
    for col, w in zip("ABCDEFGHIJK", [6, 18, 45, 30, 4, 4, 5, 30, 11, 18, 10]):
        plan.column_dimensions[col].width = w

    res["A1"] = "Barn- och utbildningsnämnden – Uppföljning internkontroll helår 2025"
    res["A1"].font = Font(bold=True, size=13)
    res["A2"] = "Utfall: G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår"
    res["A2"].font = Font(italic=True)
    rhdr = ["ID", "Kontrollmoment", "Utfall", "Avvikelse (Ja/Nej)", "Beskrivning av resultat / åtgärd"]
    for i, h in enumerate(rhdr, 1):
        c = res.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = fill("C6E0B4")
        c.border = BORDER
    r = 5
    for (cid, omr, km, risk, s, k, met, frek, ans, rapp, result, st, av) in ctrls:
        if result is None:
            continue  # BU7 missing from the result sheet
        code, avv, txt = result
        for i, v in enumerate([cid, km, code, avv or None, txt], 1):
            c = res.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        r += 1
    res.cell(row=r + 1, column=1, value="Sammanställt av Karin Holm, förvaltningschef, 2026-01-26")
    for col, w in zip("ABCDE", [6, 50, 8, 12, 60]):
        res.column_dimensions[col].width = w
    wb.active = 2
    save_wb(wb, name)
    files_rows.append((name, "INLAST", nm, "2025", "HELAR"))


# ======================================================================
# 4. Socialnämnden - short Word letter with numbered list
# ======================================================================
def file_sn():
    name = "Socialnämnden uppföljning internkontroll 2025.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "SKINNSKATTEBERGS KOMMUN\nSocialförvaltningen"
    par = d.add_paragraph("2026-01-28")
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Kommunstyrelsen, ekonomienheten\nDnr SN 2024/118")
    d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("Uppföljning av socialnämndens internkontrollplan 2025 – helår").bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 104). Nedan redovisas "
        "resultatet av årets kontroller. Uppföljningen behandlades av socialnämnden 2026-01-21 § 7.")
    items = [
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Genomförd. Stickprov på 20 beslut, samtliga fattade av behörig handläggare.", "GENOMFORD", "nej"),
        ("Utredningstiden för barnavårdsutredningar överstiger inte fyra månader",
         "Genomförd med avvikelse. 5 av 38 utredningar förlängdes utan beslut om förlängning. "
         "Rutinen har gåtts igenom på APT.", "GENOMFORD", "ja"),
        ("Genomförandeplaner inom äldreomsorgen är upprättade och följs upp inom sex månader",
         "Kontrollen pågår. Granskningen av särskilt boende är klar, hemtjänsten granskas under februari 2026.",
         "DELVIS", ""),
        ("Avvikelser i läkemedelshanteringen på särskilt boende rapporteras och följs upp",
         "Kontrollen har inte genomförts. Den skjuts upp till 2026 då tjänsten som medicinskt ansvarig "
         "sjuksköterska varit vakant sedan maj.", "EJ_GENOMFORD", ""),
        ("Fakturering av hemtjänstavgifter stäms av mot beviljade och utförda timmar",
         "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Loggkontroll i verksamhetssystemet",
         "Utgår – ersätts av gemensam loggkontroll i länet enligt nämndens beslut 2025-05-14 § 42.",
         "UTGAR", ""),
    ]
    for km, res, stt, av in items:
        li = d.add_paragraph(style="List Number")
        li.add_run(km).bold = True
        rp = d.add_paragraph(res)
        rp.paragraph_format.left_indent = Cm(0.63)
        expected_rows.append((name, nm, km, stt, av))
    d.add_paragraph(
        "Förvaltningen bedömer sammantaget att den interna kontrollen under 2025 varit tillräcklig, "
        "men att de kontroller som inte kunnat genomföras ska prioriteras 2026.")
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Ek\nSocialchef")
    save_doc(d, name, "Maria Ek")
    files_rows.append((name, "INLAST", nm, "2025", "HELAR"))


# ======================================================================
# 5. Tekniska nämnden (Samhällsbyggnadsförvaltningen) - .xls with codes
# ======================================================================
def file_tn():
    name = "SBF_internkontroll_2025_helar.xls"
    nm = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    ws._Worksheet__header_str = "&LTekniska nämnden&RSkinnskattebergs kommun"  # xlwt setter breaks on non-ASCII under py3
    ws.footer_str = b"&LSida &P av &N&RUtskrivet &D"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Samhällsbyggnadsförvaltningen – Intern kontroll 2025", title)
    ws.write(1, 0, "Plan och uppföljning. Uppdaterad 2026-01-19 / Lars Berg")
    hdr = ["Nr", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Metod",
           "Frekvens", "Ansvarig", "Rapporteras till", "T1", "Delår", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
    rows = [
        ("Egenkontroll av dricksvattenkvalitet enligt provtagningsprogrammet",
         "Otjänligt dricksvatten", 2, 4, "Provtagningsprotokoll", "Månadsvis", "VA-chef", "TN",
         "X", "X", "X", "Ett prov med anmärkning (koliforma bakterier) i Färna, åtgärdat med spolning och omprov.",
         "GENOMFORD", "ja"),
        ("Kontroll av att fakturering av VA-avgifter stämmer mot mätaravläsningar",
         "Felaktig debitering, intäktsbortfall", 2, 3, "Stickprov 30 abonnenter", "Halvår", "VA-ingenjör", "TN",
         "–", "D", "X", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Besiktning av lekplatser enligt SS-EN 1176",
         "Olycksrisk för barn", 2, 4, "Extern huvudbesiktning", "1 gång/år", "Gatuchef", "TN",
         "–", "X", "–", "Årlig huvudbesiktning utförd i juni, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Arbetsorder i fastighetssystemet avslutas och faktureras inom 30 dagar",
         "Intäktsbortfall, ej fakturerat arbete", 3, 2, "Uttag ur fastighetssystemet", "Tertialvis",
         "Fastighetschef", "TN",
         "D", "D", "D", "Ca 20 % av arbetsordrarna avslutas senare än 30 dagar. Påminnelserutin införd.",
         "DELVIS", "ja"),
        ("Vinterväghållning utförs enligt entreprenadavtalets utlösningskriterier",
         "Betalning för ej utfört arbete, halkolyckor", 3, 3, "Jämförelse väderdata mot utryckningsrapporter",
         "Vintersäsong", "Gatuchef", "TN",
         "X", "–", "E", "Kontroll av utryckningar nov–dec ej genomförd p.g.a. personalbrist.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Avgiftsreduktion enligt PBL, missnöjda sökande", 3, 2, "Uttag ur ärendesystemet", "Helår",
         "Bygglovshandläggare", "TN",
         "", "", "X", "2 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Drivmedelskort och fordonsjournaler stäms av",
         "Privat nyttjande av kommunens fordon", 2, 2, "Stickprov 3 fordon", "Halvår", "Förrådsansvarig", "TN",
         "", "", "", "", "SAKNAS", ""),
        ("Systematiskt brandskyddsarbete (SBA) i kommunens fastigheter dokumenteras",
         "Brand, personskador, bristande dokumentation vid tillsyn", 2, 4, "Genomgång av SBA-pärmar",
         "Tertialvis", "Fastighetschef", "TN",
         "X", "X", "X", "Ej påbörjad. Skjuts till 2026 på grund av vakans som fastighetschef.", "OKLAR", ""),
    ]
    r = 4
    for n, row in enumerate(rows, 1):
        (km, risk, s, k, met, frek, ans, rapp, t1, dl, hl, kom, st, av) = row
        vals = [n, km, risk, s, k, s * k, met, frek, ans, rapp, t1, dl, hl, kom]
        for i, v in enumerate(vals):
            ws.write(r, i, v, ctr if i in (0, 3, 4, 5, 10, 11, 12) else cell)
        expected_rows.append((name, nm, km, st, av))
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring:", xlwt.easyxf("font: bold on"))
    ws.write(r + 1, 0, "X = genomförd    D = delvis genomförd    E = ej genomförd    – = ej aktuellt under perioden",
             ital)
    for i, w in enumerate([4, 45, 30, 11, 11, 9, 28, 12, 18, 10, 5, 6, 6, 50]):
        ws.col(i).width = w * 256
    wb.save(p(name))
    files_rows.append((name, "INLAST", nm, "2025", "HELAR"))


# ======================================================================
# 6. Kultur- och fritidsnämnden - traffic-light fills only (xlsx)
# ======================================================================
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


def file_kfn():
    name = "KFN uppföljning IK helår 2025.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Färgkod status:"
    ws["A4"].font = BOLD
    legend = [(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd med avvikelse / delvis genomförd"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(row=4, column=2 + 2 * i).fill = fill(col)
        ws.cell(row=4, column=3 + 2 * i, value=txt)
    hdr = ["Kontrollområde", "Kontrollmoment", "Risk", "Riskvärde (S×K)", "Metod", "Frekvens", "Ansvarig",
           "Rapporteras till", "T1", "Delår", "Helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = fill("DDEBF7")
        c.alignment = Alignment(wrap_text=True)
    # område, km, risk, rv, metod, frekvens, ansvarig, rapp, t1, delår, helår fills, kommentar, st, av
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Felaktiga utbetalningar till föreningar", "2×3=6", "Stickprov 10 ansökningar", "Delår, helår",
         "Fritidschef", "KFN", None, GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Lokaler", "Uthyrning av lokaler (Folkets hus, sporthallen) faktureras korrekt",
         "Intäktsbortfall", "3×2=6", "Bokningssystem mot fakturor", "Tertialvis", "Fritidsassistent", "KFN",
         GREEN, GREEN, YELLOW, "Genomförd. Tre bokningar i sporthallen hade inte fakturerats, nu åtgärdat.",
         "GENOMFORD", "ja"),
        ("Kontanter", "Bibliotekets kontanthantering stäms av månadsvis",
         "Svinn, förskingring", "2×2=4", "Kassaavstämning mot dagrapporter", "Månadsvis", "Bibliotekschef",
         "KFN", GREEN, GREEN, YELLOW, "Avstämning gjord för 8 av 12 månader.", "DELVIS", ""),
        ("Avtal", "Avtal med studieförbund följs upp mot redovisad verksamhet",
         "Bidrag utan motprestation", "2×3=6", "Genomgång av verksamhetsberättelser", "Helår",
         "Kulturchef", "KFN", None, None, RED, "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Nyckel- och larmkortshantering i kulturhuset",
         "Obehörigt tillträde", "2×2=4", "Nyckellista mot personal", "Halvår", "Vaktmästare", "KFN",
         GREEN, None, GREY, "Nytt passersystem installerat i september.", "UTGAR", ""),
        ("Bidrag", "Bidrag till evenemang redovisas inom tre månader efter genomfört evenemang",
         "Bidrag används inte för avsett ändamål", "2×2=4", "Genomgång av redovisningar", "Delår",
         "Kulturchef", "KFN", GREEN, GREEN, None, "", "GENOMFORD", "nej"),
        ("Inköp", "Ungdomsgårdens inköp görs via avtalade leverantörer",
         "Inköp utanför avtal", "3×2=6", "Leverantörsreskontra", "Helår", "Fritidsledare", "KFN",
         None, None, GREEN, "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        (omr, km, risk, rv, met, frek, ans, rapp, t1, dl, hl, kom, st, av) = row
        vals = [omr, km, risk, rv, met, frek, ans, rapp, None, None, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col, f in ((9, t1), (10, dl), (11, hl)):
            if f:
                ws.cell(row=r, column=col).fill = fill(f)
        expected_rows.append((name, nm, km, st, av))
        r += 1
    ws.cell(row=r + 1, column=1, value="Ansvarig för sammanställning: Eva Sundberg, kultur- och fritidschef")
    for col, w in zip("ABCDEFGHIJKL", [14, 44, 28, 10, 28, 11, 15, 10, 7, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    save_wb(wb, name)
    files_rows.append((name, "INLAST", nm, "2025", "HELAR"))


# ======================================================================
# 7. Kultur- och fritidsnämnden - adopted plan 2026, empty follow-up columns
# ======================================================================
def file_kfn_plan2026():
    name = "KFN Internkontrollplan 2026 antagen.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2026"
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av kultur- och fritidsnämnden 2025-11-20 § 58"
    hdr = ["Nr", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Metod", "Frekvens",
           "Ansvarig", "Rapporteras till", "Status T1", "Status delår", "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = fill("FCE4D6" if i > 10 else "DDEBF7")
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Felaktiga utbetalningar till föreningar",
         2, 3, "Stickprov 10 ansökningar", "Delår, helår", "Fritidschef", "KFN"),
        ("Avtal med studieförbund följs upp mot redovisad verksamhet", "Bidrag utan motprestation",
         2, 3, "Genomgång av verksamhetsberättelser", "Helår", "Kulturchef", "KFN"),
        ("Bibliotekets kontanthantering stäms av månadsvis", "Svinn, förskingring",
         2, 2, "Kassaavstämning mot dagrapporter", "Månadsvis", "Bibliotekschef", "KFN"),
        ("Registerutdrag ur belastningsregistret kontrolleras för ledare i ungdomsverksamhet",
         "Barn utsätts för risk", 1, 4, "Genomgång av personalakter", "Helår", "Fritidschef", "KFN"),
        ("Upphandlade entreprenörer för badets drift följer avtalets skötselkrav",
         "Bristande kvalitet, säkerhetsrisker vid badet", 2, 3, "Egenkontroll och platsbesök", "Tertialvis",
         "Fritidschef", "KFN"),
    ]
    r = 5
    for n, (km, risk, s, k, met, frek, ans, rapp) in enumerate(rows, 1):
        vals = [n, km, risk, s, k, None, met, frek, ans, rapp, None, None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=6, value="=D%d*E%d" % (r, r))
        expected_rows.append((name, nm, km, "SAKNAS", ""))
        r += 1
    ws.cell(row=r + 1, column=1, value="Kolumnerna för status fylls i vid uppföljning T1, delår och helår 2026.")
    for col, w in zip("ABCDEFGHIJKLMN", [4, 46, 30, 11, 11, 9, 30, 11, 15, 10, 9, 9, 9, 30]):
        ws.column_dimensions[col].width = w
    save_wb(wb, name)
    files_rows.append((name, "INLAST", nm, "2026", ""))


# ======================================================================
# 8. To reject - covering letter (följebrev) from the economy office
# ======================================================================
def file_reject():
    name = "Följebrev uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "SKINNSKATTEBERGS KOMMUN\nKommunstyrelseförvaltningen, ekonomienheten"
    par = d.add_paragraph("2026-01-30")
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    h = d.add_paragraph()
    h.add_run("Följebrev – nämndernas uppföljning av intern kontroll helår 2025").bold = True
    d.add_paragraph(
        "Härmed överlämnas nämndernas uppföljningar av internkontrollplanerna för 2025 till kommunstyrelsen. "
        "Enligt reglementet för intern kontroll ska kommunstyrelsen utvärdera kommunens samlade system för "
        "intern kontroll och vid behov ta initiativ till förbättringar.")
    d.add_paragraph("Följande handlingar bifogas:")
    for t in ["Kommunstyrelsens internkontrollplan 2025 med uppföljning",
              "Barn- och utbildningsnämndens uppföljning helår 2025",
              "Socialnämndens uppföljning helår 2025 (skrivelse)",
              "Tekniska nämndens uppföljning helår 2025",
              "Kultur- och fritidsnämndens uppföljning helår 2025",
              "Antagna internkontrollplaner 2026 för kommunstyrelsen och kultur- och fritidsnämnden"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Valnämnden, krisledningsnämnden och överförmyndarnämnden har inte antagit några egna "
        "internkontrollplaner för 2025. Skinnskattebergs Bostads AB redovisar sin interna kontroll till "
        "bolagets styrelse.")
    d.add_paragraph("Ärendet föreslås behandlas av kommunstyrelsen 2026-02-10.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nEkonomichef")
    save_doc(d, name, "Anna Lindqvist")
    files_rows.append((name, "AVVISAD", "", "", ""))


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files_rows)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(expected_rows)


if __name__ == "__main__":
    file_ks()
    file_ks_plan2026()
    file_bun()
    file_sn()
    file_tn()
    file_kfn()
    file_kfn_plan2026()
    file_reject()
    write_csvs()
    print("files:", len(files_rows), "expected rows:", len(expected_rows))
