#!/usr/bin/python3
"""Blind round r336 - Älvsbacka kommun, helår 2025 (reported February 2026).

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import docx
import openpyxl
import xlwt
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 10, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round336"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------- helpers
def new_doc(landscape=False):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Älvsbacka kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)
    return d


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, names, fill="D9E2F3"):
    for c, n in zip(table.rows[0].cells, names):
        set_cell(c, n, bold=True)
        shade(c, fill)


# ========================================================= 1. KS (bare table)
def make_ks():
    fil = "Uppföljning IK helår 2025 KLF.docx"
    nd = "Kommunstyrelsen"
    d = new_doc(landscape=True)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Älvsbacka kommun\tKommunstyrelsen\tInternkontrollplan 2025 – uppföljning helår"
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.text = "Kommunledningsförvaltningen, ekonomiavdelningen  |  Dnr KS 2026/0031"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "Två gånger per år", "Genomförd",
         "Stickprov 40 fakturor. Två fakturor saknade beslutsattest.\nRutinen har förtydligats för budgetansvariga.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Controller",
         "Årligen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Upphandling", "Avtalstrohet vid inköp av kontorsmaterial och IT-utrustning", "Upphandlingschef",
         "Årligen", "Delvis genomförd",
         "Kontroll av kontorsmaterial genomförd. IT-utrustning flyttas till 2026.", "DELVIS", ""),
        ("Personal", "Löneutbetalningar till personer som avslutat sin anställning", "HR-chef",
         "Kvartalsvis", "Genomförd",
         "En felaktig utbetalning upptäcktes i augusti och har återkrävts.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
         "IT-chef", "Två gånger per år", "Ej genomförd",
         "Byte av ekonomisystem under hösten. Kontrollen görs kvartal 1 2026.", "EJ_GENOMFORD", ""),
        ("Delegering", "Anmälan av delegationsbeslut till kommunstyrelsen", "Nämndsekreterare",
         "Löpande", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Diarieföring", "Allmänna handlingar registreras inom föreskriven tid", "Registrator",
         "Två gånger per år", "Genomförd",
         "Stickprov visar att 8 av 30 handlingar registrerats senare än tre arbetsdagar.",
         "GENOMFORD", "ja"),
        ("Säkerhet", "Krisledningsplanens kontaktlistor är uppdaterade", "Säkerhetssamordnare",
         "Årligen", "Utgår", "Ersatt av ny kontroll enligt beslut KS 2025-04-09 § 57.", "UTGAR", ""),
        ("Ekonomi", "Kontroll av leasingavtal för fordon mot anläggningsregistret", "Redovisningschef",
         "Årligen", "", "", "SAKNAS", ""),
    ]
    cols = ["Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
            "Status 2025-12-31", "Kommentar/åtgärd"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r[:6]):
            set_cell(c, v)
        exp(fil, nd, r[1], r[6], r[7])
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ============================================ 2. BUN (report, table per area)
def make_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    nd = "Barn- och utbildningsnämnden"
    d = new_doc()
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Tjänsteskrivelse  2026-02-10   Dnr BUN 2026/14\nHandläggare: Johan Berglund, controller")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 131). "
        "Planen omfattar tio kontrollmoment inom tre processområden. Av dessa har fem genomförts, "
        "två genomförts delvis och två har inte genomförts. Ett kontrollmoment utgår.")
    d.add_paragraph(
        "Förvaltningens bedömning är att den interna kontrollen i allt väsentligt är tillräcklig, men att "
        "rutinerna för anmälan av kränkande behandling och avtalstrohet behöver stärkas under 2026.")
    d.add_heading("Resultat per processområde", level=1)
    d.add_paragraph(
        "Statusen anges med färg: Grön = kontrollen genomförd utan anmärkning. "
        "Gul = kontrollen delvis genomförd eller genomförd med avvikelser. "
        "Röd = kontrollen har inte genomförts. Grå = kontrollmomentet utgår.")
    fills = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000", "Grå": "BFBFBF", "": None}
    areas = [
        ("Ekonomi och inköp",
         "Inom området har tre kontroller genomförts. Avtalstroheten har förbättrats jämfört med 2024 men "
         "är fortfarande inte tillfredsställande inom hemkunskap.",
         [
             ("Inköp görs från upphandlade leverantörer (avtalstrohet)",
              "Stickprov 25 fakturor per skolområde",
              "6 av 75 inköp gjordes utanför avtal, främst livsmedel till hemkunskap. Information har gått ut till rektorer.",
              "Gul", "GENOMFORD", "ja"),
             ("Kontroll av att elevpeng och tilläggsbelopp betalas ut enligt beslut",
              "Avstämning mot elevregistret per 15 oktober",
              "Avstämning gjord, inga avvikelser.", "Grön", "GENOMFORD", "nej"),
             ("Kontroll av fakturering av interkommunal ersättning",
              "Avstämning av samtliga IKE-fakturor vår och höst",
              "Vårterminen avstämd utan avvikelser. Höstterminen pågår och är klar i mars 2026.",
              "Gul", "DELVIS", "nej"),
         ]),
        ("Personal och arbetsmiljö",
         "Kontrollerna inom personalområdet har delvis försenats på grund av vakans på HR-enheten.",
         [
             ("Registerutdrag ur belastningsregistret har kontrollerats före anställning",
              "Stickprov 20 nyanställningar", "Samtliga 20 hade uppvisat utdrag.", "Grön", "GENOMFORD", "nej"),
             ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
              "Genomgång av skyddsrondsprotokoll",
              "Protokoll har granskats för 9 av 17 enheter, inga brister hittills. Övriga granskas i mars 2026.",
              "Gul", "DELVIS", "nej"),
             ("Sjukfrånvaro följs upp och rehabiliteringsärenden dokumenteras i Adato",
              "Stickprov 10 ärenden",
              "Kontrollen har inte genomförts då HR-konsult saknats under hösten. Flyttas till plan 2026.",
              "", "EJ_GENOMFORD", ""),
         ]),
        ("Elevhälsa och trygghet",
         "Antalet anmälningar om kränkande behandling har ökat med 18 procent jämfört med föregående år.",
         [
             ("Anmälan om kränkande behandling till huvudman sker skyndsamt",
              "Genomgång av samtliga anmälningar i DF Respons",
              "212 anmälningar, varav 31 anmäldes senare än fem dagar. Ny rutin för påminnelser infördes i november.",
              "Gul", "GENOMFORD", "ja"),
             ("Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
              "Stickprov per skolområde", "Rutinen följs på samtliga skolor.", "Grön", "GENOMFORD", "nej"),
             ("Journalföring inom elevhälsans medicinska insats",
              "Egenkontroll av skolsköterskornas journaler", "Ingen kontroll genomförd.", "Röd",
              "EJ_GENOMFORD", ""),
             ("Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
              "Genomgång av beslut",
              "Utgår – ansvaret för skolskjuts flyttades till tekniska nämnden 2025-07-01.", "Grå",
              "UTGAR", ""),
         ]),
    ]
    cols = ["Kontrollmoment", "Metod och omfattning", "Resultat helår", "Status"]
    for title, intro, rows in areas:
        d.add_heading(title, level=2)
        d.add_paragraph(intro)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        header_row(t, cols, fill="DEEAF6")
        for km, met, res, col, st, avv in rows:
            cells = t.add_row().cells
            set_cell(cells[0], km)
            set_cell(cells[1], met)
            set_cell(cells[2], res)
            set_cell(cells[3], col)
            if fills[col]:
                shade(cells[3], fills[col])
            exp(fil, nd, km, st, avv)
        d.add_paragraph()
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen 2025.")
    d.add_paragraph("\nAnna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ========================================= 3. SN (only text per control)
def make_sn():
    fil = "Socialnämnden - uppföljning internkontroll 2025.docx"
    nd = "Socialnämnden"
    d = new_doc()
    d.add_paragraph("Älvsbacka kommun\nSocialförvaltningen")
    d.add_paragraph("Tjänsteskrivelse 2026-02-12\nDnr SN 2026/21")
    d.add_heading("Uppföljning av internkontrollplan 2025 (helår)", level=1)
    d.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 18 december 2024. "
        "Nedan redovisas resultatet av respektive kontrollmoment för helåret. "
        "Avvikelser och åtgärder beskrivs under respektive kontroll.")
    controls = [
        ("Utbetalning av ekonomiskt bistånd sker enligt beslut",
         ["Kontrollmetod: Stickprov om 30 utbetalningar per halvår jämförs med beslut i Viva.",
          "Resultat: 60 utbetalningar har granskats. Två utbetalningar avvek från beslutet (felaktigt belopp "
          "för hyra). Återkrav har upprättats.",
          "Status: Genomförd med avvikelse."], "GENOMFORD", "ja"),
        ("Handläggningstid för utredning av barn och unga överstiger inte fyra månader",
         ["Kontrollmetod: Uttag ur verksamhetssystemet för samtliga avslutade utredningar.",
          "Resultat: 88 procent av utredningarna avslutades inom fyra månader. 14 utredningar förlängdes utan "
          "att beslut om förlängning fattats. Enhetschef har gått igenom rutinen med utredarna.",
          "Status: Genomförd."], "GENOMFORD", "ja"),
        ("Orosanmälningar förhandsbedöms inom 14 dagar",
         ["Kontrollen har genomförts för första halvåret 2025; samtliga anmälningar förhandsbedömdes inom "
          "14 dagar. Andra halvårets genomgång har inte hunnits med och görs i samband med uppföljningen av "
          "tertial 1 2026."], "DELVIS", "nej"),
        ("Kontroll av att avgifter för familjerådgivning och boende debiteras korrekt",
         ["Status: Ej genomförd.",
          "Kontrollen har inte kunnat genomföras på grund av byte av verksamhetssystem under hösten. "
          "Kontrollmomentet förs över till internkontrollplanen 2026."], "EJ_GENOMFORD", ""),
        ("Dokumentation av genomförandeplaner inom LSS-boende",
         ["Kontrollmomentet utgår enligt nämndens beslut 2025-06-18 § 84 då verksamheten har flyttats till "
          "vård- och omsorgsnämnden."], "UTGAR", ""),
        ("Avtalsuppföljning av externa placeringar (HVB och familjehem)",
         ["Resultat: Se bilaga 2, Avtalsuppföljning HVB 2025."], "OKLAR", ""),
        ("Hot och våld – incidentrapportering i KIA",
         ["Genomgång av samtliga rapporterade händelser har skett kvartalsvis tillsammans med skyddsombud. "
          "Inga avvikelser från rutinen noterades. Kontrollen är genomförd."], "GENOMFORD", "nej"),
    ]
    for km, paras, st, avv in controls:
        d.add_heading(km, level=2)
        for t in paras:
            d.add_paragraph(t)
        exp(fil, nd, km, st, avv)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen inom socialnämndens område är tillräcklig men att "
        "handläggningstiderna inom barn och unga behöver fortsatt bevakning.")
    d.add_paragraph("Karin Sundberg\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ======================================= 4. VON (xlsx, T1/T2/Helår codes)
def make_von():
    fil = "VON uppföljning IKP 2025.xlsx"
    nd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning T1, T2 och helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Planen beslutad i VON 2024-12-11 § 142. Uppföljning helår rapporteras till nämnden 2026-02-18."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Metod", "Ansvarig",
           "T1", "T2", "Helår", "Kommentar"]
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = bd
    fills = {"G": "C6EFCE", "G*": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    rows = [
        # process, risk, rv, km, metod, ansv, t1, t2, hel, komm, status, avv
        ("Myndighetsutövning", "Beslut fattas utan delegation", "2×4=8",
         "Beslut om hemtjänst fattas av behörig handläggare enligt delegationsordning",
         "Stickprov 15 beslut per tertial", "Enhetschef myndighet", "G", "G", "G", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (None, "Beslut verkställs inte i tid", "3×3=9",
         "Verkställighet av beslut inom tre månader (ej verkställda beslut rapporteras till IVO)",
         "Uttag ur Lifecare", "Enhetschef myndighet", "G", "G*", "G*",
         "Ett beslut om särskilt boende verkställdes efter mer än tre månader och rapporterades till IVO i augusti.",
         "GENOMFORD", "ja"),
        (None, "Felaktiga avgifter", "3×2=6",
         "Avgiftsbeslut för hemtjänst är korrekt beräknade",
         "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", "", "D", "G",
         "Hela stickprovet granskat under hösten, inga fel.", "GENOMFORD", "nej"),
        ("Läkemedelshantering", "Läkemedel ges utan signering", "3×4=12",
         "Signeringslistor för läkemedel är fullständigt ifyllda",
         "Egenkontroll varje tertial", "MAS", "G*", "G*", "D",
         "T3: egenkontroll inlämnad från 4 av 7 boenden. Brister i signering på två boenden.",
         "DELVIS", "ja"),
        (None, "Svinn av narkotikaklassade läkemedel", "2×4=8",
         "Förvaring av narkotikaklassade läkemedel kontrolleras (inventering)",
         "Årlig inventering", "MAS", "", "G", "",
         "Inventering genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", "Olämplig person anställs", "2×4=8",
         "Timanställda har giltigt registerutdrag och introduktion dokumenterad",
         "Stickprov 10 timanställda", "Enhetschefer", "E", "E", "E",
         "Kontrollen har inte genomförts, flyttas till 2026.", "EJ_GENOMFORD", ""),
        (None, "Felaktig lön", "2×3=6",
         "Kontroll av att schemalagd tid överensstämmer med utbetald lön",
         "Avstämning Medvind/Heroma", "Verksamhetscontroller", "", "", "U",
         "Utgår enligt beslut VON 2025-09-17 § 101, ersätts av central kontroll i KS plan.",
         "UTGAR", ""),
        ("Ekonomi", "Betalning för ej utförd tid", "3×3=9",
         "Kontroll av att fakturor från privata utförare stäms av mot registrerad tid i TES",
         "Avstämning per månad", "Verksamhetscontroller", "G", "G", "G", "Avstämt utan differenser.",
         "GENOMFORD", "nej"),
        ("Dokumentation", "Insatser genomförs inte enligt plan", "3×3=9",
         "Social dokumentation av genomförandeplaner uppdateras var sjätte månad",
         "Stickprov 5 planer per enhet", "Enhetschefer", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = 6
    merge_start = None
    nr = 0
    for row in rows:
        nr += 1
        proc = row[0]
        vals = [nr, proc] + list(row[1:10])
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=(v if v not in ("", None) else None))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = bd
            if ci in (8, 9, 10) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        if proc is not None:
            if merge_start is not None and r - 1 > merge_start:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
            merge_start = r
        exp(fil, nd, row[3], row[10], row[11])
        r += 1
    if r - 1 > merge_start:
        ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="G = genomförd, D = delvis genomförd/pågår, E = ej genomförd, U = utgår")
    ws.cell(row=r + 2, column=1, value="* = avvikelse har noterats, se kommentar")
    ws.cell(row=r + 4, column=1, value="Sammanställt 2026-02-04 av Eva Nyström, kvalitetsstrateg")
    widths = [5, 20, 28, 10, 45, 26, 20, 7, 7, 8, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Vård- och omsorgsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ============================ 5. TN (xls, process rows, Ja/Nej columns)
def make_tn():
    fil = "Tekniska nämnden IK 2025 helår.xls"
    nd = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    proc = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour light_turquoise")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "ÄLVSBACKA KOMMUN", bold)
    ws.write(1, 0, "Tekniska förvaltningen")
    ws.write_merge(2, 2, 0, 7, "Uppföljning internkontroll helår 2025", title)
    cols = ["Process", "Kontrollmoment", "Kontrollmetod", "Planerad tidpunkt", "Ansvarig",
            "Genomförd", "Avvikelse", "Kommentar / åtgärd"]
    for i, h in enumerate(cols):
        ws.write(4, i, h, head)
    groups = [
        ("Upphandling och inköp", [
            ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar", "December", "Inköpssamordnare", "Ja", "Ja",
             "3 av 11 direktupphandlingar saknade dokumenterad jämförelse av leverantörer.",
             "GENOMFORD", "ja"),
            ("Fakturor från entreprenörer kontrolleras mot avtalade à-priser", "Stickprov 20 fakturor",
             "Oktober", "Projektledare", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Fastighetsförvaltning", [
            ("Lagstadgade besiktningar (OVK, hissar, brandlarm) utförs enligt plan",
             "Avstämning mot besiktningsplan", "Löpande", "Fastighetschef", "Delvis", "Ja",
             "OVK på fyra objekt försenad på grund av resursbrist, beställd till mars 2026.",
             "DELVIS", "ja"),
            ("Nycklar och passerbrickor återlämnas vid avslutad anställning",
             "Avstämning mot personalregister", "November", "Driftchef", "Nej", "",
             "Ej genomförd, passagesystemet byts under 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Gata/park och fordon", [
            ("Körjournaler förs för kommunens fordon", "Stickprov 10 fordon", "September",
             "Fordonssamordnare", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Drivmedelskort används enligt riktlinje", "Avstämning av kortutdrag mot körjournal",
             "September", "Fordonssamordnare", "Ja", "Ja",
             "Två tankningar av privat fordon upptäcktes, ärendet hanterat av HR.", "GENOMFORD", "ja"),
        ]),
        ("VA och renhållning", [
            ("Debitering av VA-avgifter stäms av mot mätarställning", "Stickprov 50 abonnenter", "Juni",
             "VA-ekonom", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Kundfordringar renhållning – påminnelse och inkasso skickas enligt rutin",
             "Genomgång av reskontra", "Augusti", "Kundtjänst", "Utgår", "",
             "Ansvaret överfört till Älvsbacka Vatten AB från 2025-05-01.", "UTGAR", ""),
        ]),
    ]
    r = 5
    for g, rows in groups:
        ws.write_merge(r, r, 0, 7, "Process: " + g, proc)
        r += 1
        for km, met, tid, ansv, gen, avv, kom, st, ex in rows:
            for ci, v in enumerate([g, km, met, tid, ansv, gen, avv, kom]):
                ws.write(r, ci, v, cell)
            exp(fil, nd, km, st, ex)
            r += 1
    r += 1
    ws.write(r, 0, "Totalt genomförda kontroller: 5 av 8", bold)
    ws.write(r + 2, 0, "Sammanställt av: Per Holm, controller   2026-02-06")
    for i, w in enumerate([22, 45, 32, 14, 18, 11, 11, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ==================== 6. KFN (bare table, title inside, symbols + legend)
def make_kfn():
    fil = "KFN_internkontroll_2025.docx"
    nd = "Kultur- och fritidsnämnden"
    d = new_doc(landscape=True)
    rows = [
        ("Föreningsbidrag", [
            ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "3×4=12", "✔",
             "Stickprov 15 ansökningar. En förening fick för högt aktivitetsstöd, beloppet har återkrävts.",
             "GENOMFORD", "ja"),
            ("Redovisning av verksamhetsbidrag inkommer inom föreskriven tid", "2×3=6", "◐",
             "Granskningen pågår, klar i mars 2026.", "DELVIS", ""),
        ]),
        ("Kassahantering", [
            ("Kontanthantering i entrékassor på badhuset stäms av dagligen", "3×3=9", "✔",
             "Inga differenser.", "GENOMFORD", "nej"),
            ("Försäljning i bibliotekets kassa redovisas månadsvis", "2×2=4", "✘",
             "Ej genomförd p.g.a. personalbrist under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Lokaler och bokning", [
            ("Uthyrning av idrottshallar faktureras enligt taxa", "2×3=6", "✔ ✘", "", "OKLAR", ""),
            ("Nyckelkvittenser för föreningar som hyr lokaler finns", "2×2=4", "–",
             "Utgår, ersatt av digitala lås (beslut KFN 2025-03-20 § 18).", "UTGAR", ""),
        ]),
        ("Bibliotek", [
            ("Personuppgifter i lånesystemet gallras enligt dokumenthanteringsplanen", "2×3=6", "✔",
             "Gallring genomförd i oktober.", "GENOMFORD", "nej"),
        ]),
    ]
    n = sum(len(x[1]) for x in rows)
    t = d.add_table(rows=2 + n + 1, cols=5)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4))
    set_cell(top, "Kultur- och fritidsnämnden – Internkontrollplan 2025, uppföljning helår", bold=True, size=13)
    shade(top, "C5E0B3")
    for c, h in zip(t.rows[1].cells, ["Område", "Kontrollmoment", "Risk (sannolikhet × konsekvens)",
                                      "Utfall", "Kommentar"]):
        set_cell(c, h, bold=True)
        shade(c, "E2EFD9")
    r = 2
    for area, ctrls in rows:
        first = r
        for km, risk, sym, kom, st, avv in ctrls:
            cells = t.rows[r].cells
            set_cell(cells[1], km)
            set_cell(cells[2], risk)
            set_cell(cells[3], sym, size=13)
            set_cell(cells[4], kom)
            exp(fil, nd, km, st, avv)
            r += 1
        if r - 1 > first:
            m = t.cell(first, 0).merge(t.cell(r - 1, 0))
        else:
            m = t.cell(first, 0)
        set_cell(m, area, bold=True)
    leg = t.cell(r, 0).merge(t.cell(r, 4))
    set_cell(leg, "Teckenförklaring: ✔ = genomförd   ◐ = delvis genomförd/pågår   ✘ = ej genomförd   – = utgår",
             size=9)
    d.add_paragraph()
    d.add_paragraph("Älvsbacka 2026-02-09\nMaria Ek, kultur- och fritidschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# =========== 7. SBN + MHN (one .doc report from a shared förvaltning)
def make_sbf(tmp):
    fil = "Samhällsbyggnadsförvaltningen IK helår 2025.doc"
    d = new_doc()
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", level=0)
    d.add_paragraph("Samhällsbyggnadsförvaltningen\n2026-02-11")
    d.add_paragraph(
        "Samhällsbyggnadsförvaltningen arbetar på uppdrag av två nämnder: samhällsbyggnadsnämnden och "
        "miljö- och hälsoskyddsnämnden. Uppföljningen av respektive nämnds internkontrollplan för 2025 "
        "redovisas nedan per nämnd. Status anges som Klar, Klar med avvikelse, Pågår, Ej påbörjad eller Utgår.")
    parts = [
        ("Samhällsbyggnadsnämnden", [
            ("Bygglov", "Handläggningen har under året präglats av ett högt ärendeinflöde under våren.", [
                ("Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
                 "Genomgång av samtliga beslut i Castor", "Klar med avvikelse",
                 "9 av 214 ärenden överskred tiden; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
                ("Bygglovsavgifter debiteras enligt gällande taxa", "Bygglovschef", "Stickprov 20 ärenden",
                 "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
                ("Delegationsbeslut inom bygglov anmäls till nämnden", "Nämndsekreterare",
                 "Avstämning mot delegationslista", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ]),
            ("Mark och exploatering", "Två nya exploateringsavtal har tecknats under 2025.", [
                ("Exploateringsavtal följs upp avseende erlagda exploateringsavgifter",
                 "Mark- och exploateringschef", "Genomgång av samtliga avtal", "Pågår",
                 "Fyra av sju avtal genomgångna.", "DELVIS", ""),
                ("Arrendeavgifter faktureras enligt avtal", "Mark- och exploateringschef",
                 "Avstämning arrendeavtal mot fakturering", "Ej påbörjad",
                 "Flyttas till 2026 på grund av vakans.", "EJ_GENOMFORD", ""),
            ]),
        ]),
        ("Miljö- och hälsoskyddsnämnden", [
            ("Tillsyn", "Tillsynen har bedrivits enligt nämndens tillsynsplan med vissa förseningar.", [
                ("Tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
                 "Avstämning planerade mot utförda kontroller", "Klar med avvikelse",
                 "82 % av planerade kontroller utförda. Resterande läggs först i planen för 2026.",
                 "GENOMFORD", "ja"),
                ("Jäv och bisysslor hos inspektörer dokumenteras", "Miljöchef",
                 "Genomgång av jävsdeklarationer", "Klar", "Samtliga inspektörer har lämnat deklaration.",
                 "GENOMFORD", "nej"),
            ]),
            ("Avgifter", "", [
                ("Timavgifter för tillsyn debiteras enligt taxa", "Administratör", "Stickprov 25 ärenden",
                 "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
                ("Årliga tillsynsavgifter för miljöfarlig verksamhet faktureras", "Administratör",
                 "Avstämning mot register", "Utgår",
                 "Kontrollen ingår i kommunstyrelsens plan för 2025.", "UTGAR", ""),
                ("Ansökningar om enskilda avlopp handläggs inom två månader", "Miljöinspektör",
                 "Uttag ur Ecos", "", "", "SAKNAS", ""),
            ]),
        ]),
    ]
    cols = ["Kontrollmoment", "Kontrollansvarig", "Genomförande", "Status helår", "Avvikelse/åtgärd"]
    for nd, areas in parts:
        d.add_heading(nd, level=1)
        for area, intro, rows in areas:
            d.add_heading(area, level=2)
            if intro:
                d.add_paragraph(intro)
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            header_row(t, cols, fill="FBE4D5")
            for km, ansv, gen, st_txt, kom, st, avv in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [km, ansv, gen, st_txt, kom]):
                    set_cell(c, v)
                exp(fil, nd, km, st, avv)
            d.add_paragraph()
        FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    d.add_paragraph("Lars Åberg\nSamhällsbyggnadschef")
    src = os.path.join(tmp, "Samhällsbyggnadsförvaltningen IK helår 2025.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc:MS Word 97", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))


# ================================== 8. reject: covering letter from ÖFN
def make_letter():
    fil = "Följebrev uppföljning internkontroll ÖFN 2025.docx"
    d = new_doc()
    d.add_paragraph("Älvsbacka kommun\nÖverförmyndarenheten")
    d.add_paragraph("2026-02-13")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Angående uppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Hej!\n\nÖverförmyndarnämnden har inte hunnit sammanställa uppföljningen av internkontrollplanen för "
        "2025. Uppföljningen behandlas på nämndens sammanträde den 12 mars 2026 och skickas till er direkt "
        "efter justering av protokollet.")
    d.add_paragraph(
        "Vi ber om överseende med förseningen, som beror på att enheten saknat handläggare under januari. "
        "Hör gärna av er om ni har frågor.")
    d.add_paragraph("Med vänlig hälsning\n\nSofia Lund\nEnhetschef, överförmyndarenheten\n0521-72 45 10")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljö- och hälsoskyddsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TEK"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Älvsbacka Bostäder AB", "ÄBAB|Älvsbackahem"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    tmp = tempfile.mkdtemp(prefix="r336_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_von()
        make_tn()
        make_kfn()
        make_sbf(tmp)
        make_letter()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
