#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 117 - Norrfjärdens kommun, helår 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km.replace("\n", " "), status, avv))


# ---------------------------------------------------------------------------
# 1. Samhällsbyggnadsnämnden - PDF exported to Excel (Adobe-style "Table 1")
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN Uppföljning internkontrollplan 2025 helår (från PDF).xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    # columns: A Nr, B (empty spacer from the converter), C Process, D Kontrollmoment,
    # E Metod, F Status delår, G Status helår, H Resultat/kommentar
    widths = {"A": 5, "B": 2, "C": 16, "D": 42, "E": 24, "F": 12, "G": 12, "H": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    rows = []

    def add(vals):
        rows.append(vals)

    def page_header(n):
        add(["Norrfjärdens kommun", None, None, None, None, None, None, "Sida %d av 3" % n])
        add(["Samhällsbyggnadsförvaltningen", None, None, None, None, None, None, "2026-01-26"])

    def col_heading():
        # headings wrapped over two lines in the PDF -> two rows after conversion
        add(["Nr", None, "Process", "Kontrollmoment", "Metod /", "Status", "Status", "Resultat /"])
        add([None, None, None, None, "omfattning", "delår", "helår", "kommentar"])

    page_header(1)
    add([None] * 8)
    add(["Samhällsbyggnadsnämnden"] + [None] * 7)
    add(["Uppföljning av internkontrollplan 2025 – helårsrapport"] + [None] * 7)
    add(["Dnr SBN 2025/0412. Behandlad i nämnden 2026-02-10 § 9."] + [None] * 7)
    add([None] * 8)
    col_heading()

    data = [
        # nr, process, km (list of parts over rows), metod, delår, helår, resultat (list of parts), status, avv
        ("1", "Ekonomi", ["Kontroll att leverantörsfakturor är attesterade av behörig attestant enligt attestförteckningen"],
         "Stickprov 25 fakturor per halvår", "Pågår", "Genomförd",
         ["Samtliga 50 granskade fakturor var attesterade av behörig attestant. Inga avvikelser."],
         "GENOMFORD", "nej"),
        ("2", "Inköp", ["Kontroll att inköp av entreprenadtjänster görs från upphandlade leverantörer (avtalstrohet)"],
         "Stickprov 20 inköp", "Pågår", "Genomförd med avvikelse",
         ["3 av 20 inköp (snöröjning, akuta VA-reparationer) saknade avtal. Inköpsrutinen har förtydligats på APT i november."],
         "GENOMFORD", "ja"),
        ("3", "Bygglov", ["Kontroll att bygglovsavgifter debiteras enligt", "gällande taxa"],
         "Stickprov 15 ärenden", "Ej påbörjad", "Genomförd",
         ["Två ärenden hade debiterats enligt 2024 års taxa.", "Mellanskillnaden har fakturerats."],
         "GENOMFORD", "ja"),
        ("4", "Nämndadministration", ["Kontroll att delegationsbeslut anmäls till nämnden"],
         "Genomgång av delegationslistor", "Ej påbörjad", "Delvis genomförd",
         ["Genomgång gjord för januari–juni. Andra halvåret kvarstår och slutförs i februari 2026."],
         "DELVIS", "nej"),
        ("5", "Fordon", ["Kontroll av körjournaler för kommunens tjänstefordon"],
         "Samtliga fordon, tre månader", "Pågår", "Genomförd",
         ["Körjournaler saknades för 4 av 12 fordon under perioden mars–maj, vilket"],   # continues on page 2
         "GENOMFORD", "ja"),
    ]
    data_p2 = [
        ("6", "Gata/park", ["Kontroll att besiktning av kommunens lekplatser genomförts enligt besiktningsplan"],
         "Protokoll från huvudbesiktning", "Ej påbörjad", "Ej genomförd",
         ["Huvudbesiktningen har skjutits till april 2026 på grund av vakans som lekplatsansvarig."],
         "EJ_GENOMFORD", "nej"),
        ("7", "IT", ["Kontroll av behörigheter i verksamhetssystemet för VA-abonnenter"],
         "Behörighetslista mot personallista", "Utgår", "Utgår",
         ["Systembyte under hösten 2025. Kontrollen flyttas till internkontrollplan 2026."],
         "UTGAR", "nej"),
    ]
    data_p3 = [
        ("8", "Dataskydd", ["Kontroll att nämndens personuppgiftsbehandlingar finns i registerförteckningen"],
         "Jämförelse mot systemförteckning", "Pågår", "Genomförd",
         ["Registerförteckningen uppdaterad, två behandlingar lades till.", "Inga övriga avvikelser."],
         "GENOMFORD", "nej"),
    ]

    def put(block):
        for nr, proc, km, metod, dl, hl, res, st, avv in block:
            n = max(len(km), len(res))
            for i in range(n):
                if i == 0:
                    add([nr, None, proc, km[0], metod, dl, hl, res[0]])
                else:
                    add([None, None, None, km[i] if i < len(km) else None, None, None, None,
                         res[i] if i < len(res) else None])
            exp(fil, namnd, " ".join(km), st, avv)

    put(data)
    add([None] * 8)
    page_header(2)
    add([None] * 8)
    col_heading()
    # continuation of nr 5's result (text of one cell split by the page break)
    add([None, None, None, None, None, None, None, "åtgärdas genom digitala körjournaler från 2026."])
    put(data_p2)
    add([None] * 8)
    page_header(3)
    add([None] * 8)
    col_heading()
    put(data_p3)
    add([None] * 8)
    add(["Sammanfattning: 8 kontrollmoment, varav 5 genomförda, 1 delvis genomfört, 1 ej genomfört och 1 utgår."] + [None] * 7)
    add([None] * 8)
    add(["Norrfjärden 2026-01-26", None, None, "Per-Erik Lundmark, förvaltningschef"] + [None] * 4)

    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = WRAP
            c.font = Font(name="Arial", size=9)
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(name="Arial", size=12, bold=True)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - one row per risk, several controls per cell (.xls)
# ---------------------------------------------------------------------------
def file_bun(tmp):
    fil = "BUF uppföljning intern kontroll T3 2025.xls"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: tertial 3 (helår) 2025"
    ws["A4"] = "Upprättad 2026-01-19 av Lina Öberg, controller"
    ws["A6"] = ("Instruktion: ange status per kontrollmoment i samma ordning som kontrollmomenten är "
                "uppräknade (Genomförd / Delvis / Ej genomförd / Utgår).")
    ws["A6"].font = Font(italic=True, size=9)
    hdr = ["Risk nr", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP

    risks = [
        ("R1", "Felaktig handläggning av skolskjutsbeslut", 9,
         [("1. ", "Stickprov på 10 skolskjutsbeslut avseende korrekt handläggning och motivering", "1. Genomförd", "GENOMFORD", "nej"),
          ("2. ", "Kontroll att beslut om skolskjuts är fattade enligt delegationsordningen", "2. Genomförd", "GENOMFORD", "nej")],
         "Skolskjutssamordnare", "Inga avvikelser.", "\n"),
        ("R2", "Bristande attest och fakturahantering", 12,
         [("1) ", "Kontroll att leverantörsfakturor attesteras före förfallodatum", "1) Genomförd", "GENOMFORD", "nej"),
          ("2) ", "Stickprov av representationsfakturor (syfte och deltagare angivna)", "2) Genomförd med anmärkning", "GENOMFORD", "ja"),
          ("3) ", "Kontroll att beslutsattestanter är uppdaterade efter omorganisationen", "3) Delvis", "DELVIS", "nej")],
         "Controller",
         "2) 4 av 15 fakturor saknade deltagarförteckning, återkopplat till rektorerna.\n"
         "3) Attestförteckningen är uppdaterad för grundskolan, förskolan återstår.", "\n"),
        ("R3", "Otillbörlig åtkomst till elevuppgifter", 8,
         [("", "Kontroll av behörigheter i elevdokumentationssystemet (Unikum)", "Pågår", "DELVIS", "nej"),
          ("", "Loggkontroll av åtkomst till elever med skyddade personuppgifter", "Ej genomförd", "EJ_GENOMFORD", "nej")],
         "IT-samordnare",
         "Behörighetsgenomgång påbörjad i november.\nLoggkontroll ej utförd – funktionen saknas i nuvarande version.", "\n"),
        ("R4", "Kränkande behandling anmäls inte till huvudman", 12,
         [("1. ", "Kontroll att anmälningar om kränkande behandling når huvudman inom fem arbetsdagar", "1. Genomförd", "GENOMFORD", "ja"),
          ("2. ", "Uppföljning att utredning påbörjats samma vecka som anmälan", "2. Genomförd", "GENOMFORD", "ja")],
         "Kvalitetsstrateg",
         "1. 6 av 52 anmälningar kom in senare än fem dagar. 2. Utredning påbörjades i tid i 41 av 52 ärenden. "
         "Påminnelse till samtliga rektorer.", " "),   # statuses on one line
        ("R5", "Felaktig debitering av barnomsorgsavgift", 6,
         [("", "Kontroll att maxtaxa tillämpas korrekt vid årlig inkomstjämförelse", "Utgår", "UTGAR", "nej")],
         "Avgiftshandläggare",
         "Utgår – inkomstjämförelsen görs från 2025 av kommunens centrala avgiftsenhet (KS).", "\n"),
        ("R6", "Felaktiga löneutbetalningar", 9,
         [("1. ", "Kontroll av timanställdas tidrapporter mot bemanningsschema", "1. Ej påbörjad", "EJ_GENOMFORD", "nej"),
          ("2. ", "Kontroll att avslutade anställningar avslutas i lönesystemet i rätt tid", "2. Se bilaga", "OKLAR", "nej")],
         "HR-konsult", "Se bilaga 2 (lönekontroll).", "\n"),
    ]
    for nr, risk, rv, kms, ansv, komm, sep in risks:
        km_cell = "\n".join(p + t for p, t, _, _, _ in kms)
        st_cell = sep.join(s for _, _, s, _, _ in kms)
        ws.append([nr, risk, rv, km_cell, ansv, st_cell, komm])
        r = ws.max_row
        for c in range(1, 8):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        for p, t, s, st, avv in kms:
            exp(fil, namnd, t, st, avv)
    ws.append([])
    ws.append(["", "Antal kontrollmoment", 12])
    ws.append(["", "Varav genomförda", 6])
    for col, w in zip("ABCDEFG", (8, 28, 10, 55, 18, 24, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "bun.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round117", "--headless",
                    "--convert-to", "xls", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "bun.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - plan on one sheet, statuses on a summary sheet keyed by ID
# ---------------------------------------------------------------------------
SN_FIL = "Socialnämnden IKP 2025 bokslut.xlsx"


def file_sn():
    fil = SN_FIL
    namnd = "Socialnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Flik 'Kontrollplan 2025' innehåller nämndens antagna internkontrollplan."
    ins["A4"] = "Flik 'Sammanställning' fylls i av respektive ansvarig vid T2 och helår. Ange Kontroll-ID enligt planen."
    ins["A5"] = "Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår."
    ins.column_dimensions["A"].width = 100

    plan = wb.create_sheet("Kontrollplan 2025")
    plan["A1"] = "Socialnämnden – Internkontrollplan 2025"
    plan["A1"].font = Font(bold=True, size=14)
    plan["A2"] = "Antagen av socialnämnden 2024-12-10 § 112"
    hdr = ["ID", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]
    plan.append([])
    plan.append(hdr)
    for i in range(1, 8):
        c = plan.cell(row=4, column=i)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BOX
    P = [
        ("SN-01", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut", "Stickprov", "Tertial", "Enhetschef försörjningsstöd"),
        ("SN-02", "Ekonomiskt bistånd", "Beslut fattas av fel delegat",
         "Kontroll att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 15 beslut", "Halvår", "Nämndsekreterare"),
        ("SN-03", "Barn och unga", "Barn far illa när orosanmälan inte hanteras i tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar", "Utdrag ur Lifecare", "Tertial", "Enhetschef barn och unga"),
        ("SN-04", "LSS", "Beslut verkställs inte",
         "Kontroll att LSS-beslut verkställs inom tre månader och att ej verkställda beslut rapporteras till IVO",
         "Genomgång av rapportering", "Kvartal", "Verksamhetschef LSS"),
        ("SN-05", "Familjehemsvård", "Barn placeras i ej utredda hem",
         "Kontroll att familjehemsutredning finns för samtliga placerade barn", "Genomgång av akter", "Helår", "Familjehemssekreterare"),
        ("SN-06", "Informationssäkerhet", "Otillåten åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet Lifecare avseende otillåten åtkomst", "Slumpvis logguttag", "Tertial", "Systemförvaltare"),
        ("SN-07", "Inköp", "Bristande avtalstrohet",
         "Kontroll av avtalstrohet vid köp av HVB-placeringar", "Fakturagenomgång", "Halvår", "Controller"),
        ("SN-08", "Ekonomi", "Felaktig representation",
         "Kontroll att representation redovisas med syfte och deltagare", "Stickprov 10 fakturor", "Helår", "Controller"),
        ("SN-09", "Kontanthantering", "Förskingring",
         "Kontroll av handkassor på boenden genom inventering", "Inventering", "Helår", "Enhetschefer boenden"),
    ]
    for row in P:
        plan.append(list(row))
        r = plan.max_row
        for c in range(1, 8):
            plan.cell(row=r, column=c).alignment = WRAP
            plan.cell(row=r, column=c).border = BOX
    for col, w in zip("ABCDEFG", (8, 20, 30, 60, 22, 10, 26)):
        plan.column_dimensions[col].width = w

    sm = wb.create_sheet("Sammanställning")
    sm["A1"] = "Uppföljning helår 2025 – sammanställning per kontrollmoment"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Socialförvaltningen, underlag till verksamhetsberättelse 2025"
    sm.append([])
    shdr = ["Kontroll-ID", "Status T2", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar"]
    sm.append(shdr)
    for i in range(1, 6):
        c = sm.cell(row=4, column=i)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BOX
    # order as filled in by the unit managers - not plan order; SN-08 missing
    S = [
        ("SN-03", "D", "D", "Ja", "82 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %). Arbetet fortsätter."),
        ("SN-01", "G", "G", "Nej", "Inga avvikelser vid något av stickproven."),
        ("SN-02", "D", "G", "Ja", "2 av 15 beslut fattade av fel delegat (handläggare i stället för 1:e socialsekreterare)."),
        ("SN 04", "G", "G", "Nej", ""),
        ("SN-07", "U", "U", "", "Utgår enligt beslut SN 2025-04-15 § 38 – HVB köps via ny regional ramavtalsmodell."),
        ("SN-05", "E", "E", "Nej", "Ej genomförd p.g.a. personalbrist. Flyttas till plan 2026."),
        ("SN-06", "G", "X", "", ""),
        ("SN-09", "", "", "Ja", "Inventering av samtliga handkassor genomförd 2025-11-20. En kassadifferens om 350 kr."),
    ]
    for row in S:
        sm.append(list(row))
        r = sm.max_row
        for c in range(1, 6):
            sm.cell(row=r, column=c).alignment = WRAP
            sm.cell(row=r, column=c).border = BOX
    sm.append([])
    sm.append(["Teckenförklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår"])
    for col, w in zip("ABCDE", (12, 10, 12, 18, 80)):
        sm.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))

    res = {
        "SN-01": ("GENOMFORD", "nej"), "SN-02": ("GENOMFORD", "ja"), "SN-03": ("DELVIS", "ja"),
        "SN-04": ("GENOMFORD", "nej"), "SN-05": ("EJ_GENOMFORD", "nej"), "SN-06": ("OKLAR", "nej"),
        "SN-07": ("UTGAR", "nej"), "SN-08": ("SAKNAS", "nej"), "SN-09": ("GENOMFORD", "ja"),
    }
    for row in P:
        st, avv = res[row[0]]
        exp(fil, namnd, row[3], st, avv)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - Word, merged Nr column, statuses as sentences
# ---------------------------------------------------------------------------
def file_kfn():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    fil = "KFN uppföljning intern kontroll 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Norrfjärdens kommun – Kultur- och fritidsförvaltningen\tDnr KFN 2026/7"
    d.add_heading("Uppföljning av intern kontroll – verksamhetsåret 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 104). Planen omfattar fem "
        "kontrollområden och åtta kontrollmoment. Delårsuppföljningen redovisades för nämnden i september. "
        "Nedan redovisas resultatet för hela året. Förvaltningens samlade bedömning är att den interna "
        "kontrollen har varit tillräcklig, med undantag för kontanthanteringen i simhallen där arbete pågår.")
    rows = [
        ("1", "Föreningsbidrag",
         "Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Kontrollen är genomförd. Stickprov på 12 utbetalda bidrag visade inga avvikelser.", "GENOMFORD", "nej"),
        ("1", "Föreningsbidrag",
         "Kontroll att redovisning av projektbidrag inkommit inom föreskriven tid",
         "Kontrollen är genomförd. Tre föreningar hade inte lämnat redovisning i tid; påminnelser har skickats "
         "och ingen ny utbetalning sker innan redovisning inkommit.", "GENOMFORD", "ja"),
        ("2", "Kontanthantering",
         "Kontroll av dagskassor och kassarapporter i Norrfjärdsbadets kassa",
         "Kontrollen har påbörjats men har inte kunnat slutföras eftersom kassasystemet byttes i oktober. "
         "Resterande del görs i mars 2026.", "DELVIS", "nej"),
        ("3", "Personal och lön",
         "Kontroll att timanställda på fritidsgårdarna rapporterar arbetad tid korrekt",
         "Kontrollen har inte genomförts under året.", "EJ_GENOMFORD", "nej"),
        ("3", "Personal och lön",
         "Kontroll att bisysslor är anmälda och bedömda av närmaste chef",
         "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
        ("3", "Personal och lön",
         "Kontroll av utbetald övertidsersättning mot attesterade underlag",
         "Nämnden beslutade 2025-06-11 § 52 att kontrollmomentet ska utgå eftersom det ingår i "
         "kommunstyrelsens centrala löneuppföljning.", "UTGAR", "nej"),
        ("4", "Uthyrning av lokaler",
         "Kontroll att uthyrning av idrottshallar faktureras i enlighet med bokningssystemet",
         "Kontrollen är genomförd. Två uthyrningar hade inte fakturerats; fakturor har skickats i efterhand.",
         "GENOMFORD", "ja"),
        ("5", "Dataskydd",
         "Kontroll att biblioteket gallrar låneuppgifter enligt dokumenthanteringsplanen",
         "Se bilaga 3.", "OKLAR", "nej"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollområde", "Kontrollmoment", "Resultat och bedömning"]):
        t.cell(0, i).text = h
        for r in t.cell(0, i).paragraphs[0].runs:
            r.bold = True
    for i, (nr, omr, km, res, st, avv) in enumerate(rows, 1):
        prev = rows[i - 2] if i > 1 else None
        if not prev or prev[0] != nr:
            t.cell(i, 0).text = nr
            t.cell(i, 1).text = omr
        t.cell(i, 2).text = km
        t.cell(i, 3).text = res
        exp(fil, namnd, km, st, avv)
    # merge Nr and Kontrollområde cells vertically within each group
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            t.cell(i, 0).merge(t.cell(j, 0))
            t.cell(i, 1).merge(t.cell(j, 1))
        i = j + 1
    for row in t.rows:
        for ci, w in enumerate((Cm(1.2), Cm(4), Cm(8), Cm(11))):
            row.cells[ci].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Gallringsrapport bibliotek (levereras separat)")
    d.add_paragraph("Norrfjärden den 28 januari 2026")
    d.add_paragraph("Anna Sjödin\nkultur- och fritidschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Norrfjärdens Bostäder AB - municipal company, ODS with J/N columns
# ---------------------------------------------------------------------------
def file_nbab():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "NBAB Rapport internkontroll 2025.ods"
    namnd = "Norrfjärdens Bostäder AB"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000", verticalalign="top"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(title)
    doc.automaticstyles.addElement(wrap)
    widths = ["3.5cm", "9cm", "3.5cm", "2.2cm", "2.2cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)

    tab = Table(name="Internkontroll 2025")
    for s in colstyles:
        tab.addElement(TableColumn(stylename=s))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tr.addElement(TableCell())
                continue
            kw = {"valuetype": "string"}
            if style is not None:
                kw["stylename"] = style
            tc = TableCell(**kw)
            for line in str(v).split("\n"):
                tc.addElement(P(text=line))
            tr.addElement(tc)
        tab.addElement(tr)

    row(["Norrfjärdens Bostäder AB"], title)
    row(["Rapport avseende intern kontroll för räkenskapsåret 2025"])
    row(["Rapporteras till bolagets styrelse 2026-02-12 samt till kommunstyrelsen enligt ägardirektivet p. 7."])
    row([])
    hdr = ["Område", "Kontroll", "Kontrollant", "Utförd (J/N)", "Avvikelse (J/N)", "Kommentar / åtgärd"]
    row(hdr, bold)
    data = [
        ("Hyresdebitering", "Kontroll att hyror debiteras enligt gällande hyreslista efter årets hyresförhandling",
         "Ekonomichef", "J", "N", "Stickprov 30 lägenheter, korrekt.", "GENOMFORD", "nej"),
        ("Hyresfordringar", "Uppföljning av kundfordringar äldre än 60 dagar och att inkassorutinen följs",
         "Kundreskontra", "J", "J", "Två ärenden hade inte överlämnats till inkasso. Rutinen genomgången med personalen.",
         "GENOMFORD", "ja"),
        ("Inköp", "Kontroll att avrop från ramavtal för måleri och golv följer avtalade priser",
         "Inköpsansvarig", "J", "N", "", "GENOMFORD", "nej"),
        ("Attest", "Kontroll att VD:s kostnader och utlägg attesteras av styrelsens ordförande",
         "Styrelsens ordförande", "J", "N", "", "GENOMFORD", "nej"),
        ("IT-säkerhet", "Kontroll av behörigheter i fastighetssystemet (Vitec) vid avslutad anställning",
         "IT-ansvarig", "N", "", "Genomförs under första kvartalet 2026.", "EJ_GENOMFORD", "nej"),
        ("Lås och nycklar", "Kontroll att nyckel- och taggregistret stämmer mot utlämnade nycklar",
         "Förvaltare", "Delvis", "N", "Område Centrum och Hamnen kontrollerade, Stationsområdet återstår.",
         "DELVIS", "nej"),
        ("Fastighetsunderhåll", "Kontroll att lagstadgade besiktningar (OVK, hiss) utförts enligt underhållsplanen",
         "Teknisk chef", "J", "J", "OVK saknades för två fastigheter, beställd och utförd i december.",
         "GENOMFORD", "ja"),
    ]
    for omr, km, kontr, utf, avv, komm, st, a in data:
        row([omr, km, kontr, utf, avv, komm], wrap)
        exp(fil, namnd, km, st, a)
    row([])
    row(["Styrelsen har tagit del av rapporten. Ordförande: Göran Westberg   VD: Malin Håkansson"])
    doc.spreadsheet.addElement(tab)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Omsorgsnämnden - adopted plan only, no follow-up
# ---------------------------------------------------------------------------
def file_on():
    fil = "Internkontrollplan 2025 Omsorgsnämnden (antagen).xlsx"
    namnd = "Omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Omsorgsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av omsorgsnämnden 2024-12-12 § 98. Uppföljning rapporteras vid delår och helår."
    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    ws.append([])
    ws.append(hdr)
    for i in range(1, len(hdr) + 1):
        c = ws.cell(row=4, column=i)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    data = [
        (1, "Hemtjänst", "Fakturerad tid avviker från utförd tid", 3, 3,
         "Kontroll att utförd tid i hemtjänsten stämmer mot beviljad tid", "Stickprov 20 brukare", "Tertial",
         "Enhetschef hemtjänst", "Delår, helår"),
        (2, "Läkemedel", "Felaktig läkemedelshantering", 2, 4,
         "Kontroll av signeringslistor för läkemedel på särskilda boenden", "Genomgång av signeringslistor", "Kvartal",
         "MAS", "Delår, helår"),
        (3, "Avgifter", "Felaktiga omsorgsavgifter", 3, 2,
         "Kontroll att omsorgsavgifter beräknas enligt gällande taxa och inkomstuppgifter", "Stickprov 15 beslut",
         "Halvår", "Avgiftshandläggare", "Helår"),
        (4, "Inköp", "Bemanningsföretag anlitas utan avtal", 2, 2,
         "Kontroll att bemanningsföretag används enligt avtal", "Fakturagenomgång", "Halvår", "Controller", "Helår"),
        (5, "Brukarmedel", "Förskingring av brukares medel", 2, 4,
         "Kontroll av förvaltade brukarmedel (kontantkassor för boende)", "Inventering", "Helår",
         "Enhetschefer särskilt boende", "Helår"),
        (6, "Informationssäkerhet", "Obehöriga har åtkomst till journaler", 4, 4,
         "Kontroll av behörigheter i journalsystemet vid avslutade anställningar", "Behörighetslista mot HR-system",
         "Tertial", "Systemförvaltare", "Delår, helår"),
        (7, "Kvalitet", "Missförhållanden utreds inte", 2, 4,
         "Kontroll att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO", "Genomgång av utredningar",
         "Halvår", "Kvalitetsutvecklare", "Delår, helår"),
    ]
    fills = {"g": "C6EFCE", "y": "FFEB9C", "r": "FFC7CE"}
    for nr, proc, risk, s, k, km, metod, frek, ansv, rapp in data:
        rv = s * k
        ws.append([nr, proc, risk, s, k, rv, km, metod, frek, ansv, rapp])
        r = ws.max_row
        for c in range(1, 12):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        col = "g" if rv <= 4 else ("y" if rv <= 9 else "r")
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[col])
        exp(fil, namnd, km, "SAKNAS", "nej")
    ws.append([])
    ws.append(["Riskvärde = sannolikhet × konsekvens. Grön 1–4, gul 6–9, röd 12–16."])
    for col, w in zip("ABCDEFGHIJK", (5, 18, 30, 11, 11, 10, 55, 28, 10, 24, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", ""))


# ---------------------------------------------------------------------------
# 7. Stratsys export - Kommunstyrelsen + Miljö- och byggnämnden, delår and helår rows
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2026-01-22.csv"
    hdr = ["Organisation", "Nämnd", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse identifierad"]
    ks = ("Kommunledningsförvaltningen", "Kommunstyrelsen")
    mbn = ("Miljö- och byggförvaltningen", "Miljö- och byggnämnden")
    C = [
        (ks, "Kontroll att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgiron",
         ("Pågår", "Halva registret genomgånget.", "Nej"),
         ("Slutförd", "Hela registret kontrollerat, 14 inaktuella leverantörer spärrade.", "Nej"), "GENOMFORD", "nej"),
        (ks, "Kontroll att lön inte betalas ut efter avslutad anställning",
         ("Slutförd", "Inga avvikelser jan–jul.", "Nej"),
         ("Slutförd", "En felaktig utbetalning om 12 400 kr i oktober, återkrävd.", "Ja"), "GENOMFORD", "ja"),
        (ks, "Kontroll att diarieförda ärenden avslutas och arkiveras enligt dokumenthanteringsplanen",
         ("Ej påbörjad", "", "Nej"),
         ("", "Kontrollen genomförd i december utan anmärkning.", "Nej"), "GENOMFORD", "nej"),
        (ks, "Kontroll av IT-behörigheter i ekonomisystemet Raindance",
         ("Pågår", "", "Nej"),
         ("Pågår", "Behörighetsgenomgång klar för ekonomienheten, övriga förvaltningar återstår.", "Nej"), "DELVIS", "nej"),
        (ks, "Kontroll av efterlevnad av riktlinjer för representation och gåvor",
         ("Avbruten", "Avbruten genom beslut i KS 2025-06-03 § 97 – ingår i revisionens granskning.", "Nej"),
         ("Avbruten", "Avbruten genom beslut i KS 2025-06-03 § 97.", "Nej"), "UTGAR", "nej"),
        (mbn, "Kontroll att tillsynsavgifter debiteras enligt taxa",
         ("Pågår", "", "Nej"),
         ("Slutförd", "Stickprov 20 ärenden, inga fel.", "Nej"), "GENOMFORD", "nej"),
        (mbn, "Kontroll att delegationsbeslut anmäls till nämnden",
         ("Slutförd", "", "Nej"),
         ("Slutförd", "", "Nej"), "GENOMFORD", "nej"),
        (mbn, "Kontroll att handläggningstiden för bygglov (10 veckor) hålls",
         ("Ej påbörjad", "", "Nej"),
         ("Ej påbörjad", "Ej genomförd på grund av byte av ärendesystem. Flyttas till 2026.", "Nej"), "EJ_GENOMFORD", "nej"),
        (mbn, "Kontroll att jäv beaktas vid tilldelning av tillsynsärenden",
         ("Pågår", "", "Nej"),
         ("Slutförd", "Ett fall av jäv upptäcktes, ärendet har omfördelats.", "Ja"), "GENOMFORD", "ja"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, nmd), km, dl, hl, st, avv in C:
            w.writerow([org, nmd, km, "Delår 2025", dl[0], dl[1], dl[2]])
            w.writerow([org, nmd, km, "Helår 2025", hl[0], hl[1], hl[2]])
            exp(fil, nmd, km, st, avv)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Excel owner/lock file left next to the SN workbook -> reject
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$" + SN_FIL
    user = "Karin Nyström"
    b = bytes([len(user)]) + user.encode("cp1252").ljust(53, b" ")
    u = user.encode("utf-16-le")
    b += u + b" \x00" * ((110 - len(u)) // 2)
    b = b[:165].ljust(165, b"\x00")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Norrfjärdens Bostäder AB", "NBAB|Norrfjärdensbostäder|Bostadsbolaget|Norrfjärdens Bostads AB"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(HERE):
        if name not in keep:
            p = os.path.join(HERE, name)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r117_")
    try:
        file_sbn()
        file_bun(tmp)
        file_sn()
        file_kfn()
        file_nbab()
        file_on()
        file_stratsys()
        file_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
