#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 570 - Mönsterås kommun, tertial 2 2025 (januari-augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import os
import csv
import datetime

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
FIXED = datetime.datetime(2025, 9, 8, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def setcell(ws, ref, value, **kw):
    c = ws[ref] if isinstance(ref, str) else ws.cell(row=ref[0], column=ref[1])
    c.value = value
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def fix_props(wb):
    wb.properties.creator = "Mönsterås kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel with symbols and a legend in a footnote row
# ---------------------------------------------------------------------------
def file_ks():
    fn = "KS_Internkontroll_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    setcell(ws, "A1", "Mönsterås kommun", font=Font(bold=True, size=14))
    setcell(ws, "A2", "Kommunstyrelsen – uppföljning av internkontrollplan 2025", font=Font(bold=True, size=12))
    setcell(ws, "A3", "Uppföljningsperiod: tertial 2 (januari–augusti 2025)")
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "T1", "T2", "Kommentar"]
    hr = 5
    for i, h in enumerate(headers, 1):
        setcell(ws, (hr, i), h, font=Font(bold=True, color="FFFFFF"),
                fill=PatternFill("solid", fgColor="1F4E78"), border=BORDER, alignment=WRAP)
    # (nr, text, metod, ansvarig, frekvens, T1, T2, kommentar, status, avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
             "Ekonomichef", "Tertial", "✓", "✓",
             "T2: 30 fakturor granskade, 2 saknade korrekt beslutsattest. Återkopplat till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av behörigheter i ekonomisystemet Raindance", "Genomgång av behörighetslista",
             "Systemförvaltare ekonomi", "1 ggr/år", "", "◐",
             "Genomgången påbörjad i augusti, beräknas klar i oktober.", "DELVIS", ""),
            ("1.3", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Stickprov 10 direktupphandlingar",
             "Upphandlare", "1 ggr/år", "", "✗",
             "Ej genomförd p.g.a. vakant tjänst. Skjuts till T3.", "EJ_GENOMFORD", ""),
            ("1.4", "Representation och gåvor hanteras enligt riktlinjen", "Genomgång av konto 7620/7630",
             "Controller", "1 ggr/år", "✓", "",
             "Kontrollen genomfördes under T1. Inga avvikelser noterades.", "GENOMFORD", "nej"),
            ("1.5", "Avtalstrohet vid inköp av kontorsmaterial", "Analys av leverantörsreskontra",
             "Inköpssamordnare", "Tertial", "◐", "◐",
             "Analys gjord för januari–maj, resterande månader återstår.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Löneutbetalningar – nyanställda kontrolleras mot anställningsavtal",
             "Stickprov 20 nyanställningar", "HR-chef", "Tertial", "✓", "✓",
             "20 anställningar kontrollerade, en felaktig lönenivå har rättats.", "GENOMFORD", "ja"),
            ("2.2", "Arvoden till förtroendevalda betalas ut enligt arvodesreglementet",
             "Stickprov 15 utbetalningar", "Nämndsekreterare", "Tertial", "◐", "✓",
             "Inga fel hittade.", "GENOMFORD", "nej"),
        ]),
        ("Administration och informationssäkerhet", [
            ("3.1", "Anmälan av delegationsbeslut till kommunstyrelsen", "Jämförelse delegationslista mot protokoll",
             "Kanslichef", "Tertial", "✓", "✓", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.2", "Loggkontroll av åtkomst i verksamhetssystem med personuppgifter",
             "Loggutdrag från IT", "Informationssäkerhetssamordnare", "Tertial", "", "?",
             "Se separat rapport från IT-enheten.", "OKLAR", ""),
            ("3.3", "Allmänna handlingar diarieförs inom föreskriven tid", "Stickprov 25 inkomna handlingar",
             "Registrator", "1 ggr/år", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        setcell(ws, (r, 1), gname, font=Font(bold=True), fill=PatternFill("solid", fgColor="D9E1F2"))
        r += 1
        for row in rows:
            vals = row[:8]
            for i, v in enumerate(vals, 1):
                c = setcell(ws, (r, i), v if v != "" else None, border=BORDER, alignment=WRAP)
                if i in (6, 7):
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(size=13)
            EXPECTED.append((fn, N, row[1], row[8], row[9]))
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    setcell(ws, (r, 1), "Teckenförklaring:  ✓ = Genomförd   ✗ = Ej genomförd   ◐ = Påbörjad/delvis genomförd   "
            "? = Kan ej bedömas", font=Font(italic=True, size=9))
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    setcell(ws, (r, 1), "Avvikelser beskrivs i kolumnen Kommentar. Sammanställt 2025-09-08, Anna Lindqvist, ekonomichef.",
            font=Font(italic=True, size=9))
    widths = [6, 48, 30, 22, 10, 6, 6, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word table, process vertically merged, Kommentar column
# ---------------------------------------------------------------------------
def file_sn():
    fn = "Socialnämnden uppföljning internkontrollplan tertial 2 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Socialförvaltningen"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Socialnämnden, Mönsterås kommun")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Nedan redovisas "
        "utfallet av kontrollerna för perioden januari–augusti 2025. Kontroller som inte har en angiven status "
        "förklaras i kommentarskolumnen. Avvikelser som kräver åtgärd redovisas även i nämndens delårsrapport.")
    procs = [
        ("Myndighetsutövning individ- och familjeomsorg", [
            ("Utredningar inom barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)", "Enhetschef IFO",
             "Delvis", "Stickprov 25 ärenden: 19 avslutade inom tidsgränsen, 6 förlängda utan dokumenterat beslut.",
             "DELVIS", "ja"),
            ("Beslut om bistånd fattas i enlighet med delegationsordningen", "Enhetschef IFO",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Utbetalningar av ekonomiskt bistånd kontrolleras mot dubbelutbetalningar", "Förste socialsekreterare",
             "", "Kontrollen är genomförd i augusti. 40 utbetalningar granskade utan anmärkning.",
             "GENOMFORD", "nej"),
        ]),
        ("Vård och omsorg", [
            ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Enhetschefer äldreomsorg",
             "Ej genomförd", "Skjuts till hösten på grund av sommarbemanning.", "EJ_GENOMFORD", ""),
            ("Läkemedelshantering – signeringslistor kontrolleras", "MAS",
             "Genomförd med avvikelse", "Brister i signering på två enheter. Handlingsplan upprättad.",
             "GENOMFORD", "ja"),
            ("Avvikelser enligt lex Sarah hanteras inom fastställd tid", "Kvalitetsutvecklare",
             "", "Kontrollen har inte genomförts under perioden.", "EJ_GENOMFORD", ""),
            ("Hemtjänstens registrerade tid i TES stämmer mot fakturerad tid", "Enhetschef hemtjänst",
             "", "", "SAKNAS", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Genomförd", "30 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Hantering av brukares privata medel på särskilda boenden", "Verksamhetschef vård och omsorg",
             "Pågår", "Inventering klar på 3 av 5 boenden.", "DELVIS", ""),
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS", "HR-konsult",
             "", "Se bilaga 2.", "OKLAR", ""),
            ("Köp av externa placeringar följer ramavtal", "Förvaltningschef",
             "Utgår", "Utgår enligt beslut SN 2025-04-23 § 57. Ersätts av ny kontroll i planen för 2026.",
             "UTGAR", ""),
        ]),
    ]
    nrows = 1 + sum(len(p[1]) for p in procs)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status T2", "Kommentar"]
    for i, h in enumerate(hdr):
        cell = t.cell(0, i)
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    r = 1
    for pname, rows in procs:
        top = r
        for (km, ans, st, kom, s, a) in rows:
            t.cell(r, 1).text = km
            t.cell(r, 2).text = ans
            t.cell(r, 3).text = st
            t.cell(r, 4).text = kom
            EXPECTED.append((fn, N, km, s, a))
            r += 1
        m = t.cell(top, 0).merge(t.cell(r - 1, 0))
        m.text = pname
    widths = [Cm(4.5), Cm(7.5), Cm(3.5), Cm(3), Cm(7.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Mönsterås 2025-09-10")
    d.add_paragraph("Karin Ek, förvaltningschef socialförvaltningen")
    d.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsförvaltningen - drop-down status + risk value
# ---------------------------------------------------------------------------
def file_bun():
    fn = "BUF_IK-plan_2025_uppfoljning_T2.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    lists = wb.create_sheet("Listor")
    opts = ["Genomförd", "Pågår", "Ej påbörjad", "Ej aktuell"]
    for i, o in enumerate(opts, 1):
        lists.cell(row=i, column=1, value=o)
    lists.sheet_state = "hidden"
    setcell(ws, "A1", "Barn- och utbildningsförvaltningen, Mönsterås kommun", font=Font(bold=True, size=13))
    setcell(ws, "A2", "Internkontrollplan 2025 med uppföljning tertial 2 (januari–augusti)", font=Font(bold=True))
    setcell(ws, "A3", "Instruktion: välj status i rullistan (Genomförd, Pågår, Ej påbörjad, Ej aktuell). "
                      "Riskvärde = sannolikhet × konsekvens (skala 1–4).", font=Font(italic=True, size=9))
    headers = ["Id", "Risk", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Ansvarig",
               "Status T1", "Status T2", "Resultat / kommentar"]
    hr = 5
    for i, h in enumerate(headers, 1):
        setcell(ws, (hr, i), h, font=Font(bold=True), fill=PatternFill("solid", fgColor="FCE4D6"),
                border=BORDER, alignment=WRAP)
    rows = [
        ("BUF-01", "Barn placeras i förskola i fel turordning",
         "Kontroll av att placering i förskola sker enligt kötur", 3, 2, "Rektor förskola",
         "Ej påbörjad", "Genomförd", "Stickprov 20 placeringar, samtliga enligt kötur.", "GENOMFORD", "nej"),
        ("BUF-02", "Skolskjuts beviljas felaktigt",
         "Kontroll av att skolskjuts beviljas enligt riktlinjer", 2, 3, "Skolskjutssamordnare",
         "Pågår", "Pågår", "Genomgång av beslut inför höstterminen pågår.", "DELVIS", ""),
        ("BUF-03", "Kränkande behandling anmäls inte till huvudman",
         "Anmälan av kränkande behandling till huvudman görs skyndsamt", 4, 4, "Rektorer",
         "Pågår", "Genomförd", "12 av 47 anmälningar inkom senare än fem arbetsdagar. Rektorerna har påmints om rutinen.",
         "GENOMFORD", "ja"),
        ("BUF-04", "Fakturor betalas utan behörig attest",
         "Attest av leverantörsfakturor enligt attestordningen", 3, 3, "Controller BUF",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("BUF-05", "Brister i brandskyddet på skolor",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på alla skolenheter", 2, 4, "Lokalsamordnare",
         "", "Ej påbörjad", "Planeras till oktober tillsammans med räddningstjänsten.", "EJ_GENOMFORD", ""),
        ("BUF-06", "Elever med hög frånvaro fångas inte upp",
         "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro", 3, 4, "Elevhälsochef",
         "Pågår", "Pågår", "", "DELVIS", ""),
        ("BUF-07", "Datorer och lärplattor försvinner",
         "Inventarieförteckning för datorer och lärplattor stäms av", 2, 2, "IT-samordnare",
         "Ej aktuell", "Ej aktuell", "Ersatt av central leasing via IT-enheten.", "UTGAR", ""),
        ("BUF-08", "Obehöriga lärare anställs",
         "Kontroll av lärarlegitimation vid nyanställning", 3, 3, "HR-partner",
         "Genomförd", "", "Genomförd under T1: 14 anställningar kontrollerade, samtliga legitimerade.",
         "GENOMFORD", "nej"),
        ("BUF-09", "Felaktig ersättning till fristående verksamheter",
         "Skolpeng till fristående förskolor och skolor betalas ut enligt beslutat belopp", 2, 3, "Controller BUF",
         "", "", "", "SAKNAS", ""),
    ]
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    r = hr + 1
    for row in rows:
        idn, risk, km, s, k, ans, t1, t2, kom, st, av = row
        vals = [idn, risk, km, s, k, s * k, ans, t1 or None, t2 or None, kom or None]
        for i, v in enumerate(vals, 1):
            setcell(ws, (r, i), v, border=BORDER, alignment=WRAP)
        rv = s * k
        color = "FF7C80" if rv >= 12 else ("FFEB9C" if rv >= 6 else "C6EFCE")
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=color)
        dv.add(f"H{r}:I{r}")
        EXPECTED.append((fn, N, km, st, av))
        r += 1
    widths = [8, 32, 48, 11, 11, 10, 20, 13, 13, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 4. Hypergene export - technical columns, two nämnder, one row per period
# ---------------------------------------------------------------------------
def file_hypergene():
    fn = "Hypergene_IK_export_20250905.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK_UPPF_EXPORT"
    cols = ["ORG_ID", "ORG_NAMN", "PLAN_AR", "KONTROLL_ID", "PROCESS_TXT", "KONTROLLMOMENT_TXT", "RISKVARDE",
            "PERIOD_KOD", "STATUS_KOD", "STATUS_TXT", "KOMMENTAR_TXT", "ANSVARIG_ANV", "UPPDATERAD_DAT"]
    for i, c in enumerate(cols, 1):
        setcell(ws, (1, i), c, font=Font(bold=True))
    SC = {"": (None, None), "1": (1, "Ej påbörjad"), "2": (2, "Pågår"), "3": (3, "Klar"),
          "4": (4, "Klar med avvikelse"), "9": (9, "Utgår")}
    data = [
        (410, "Samhällsbyggnadsnämnden", [
            ("IK25-410-01", "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", 12,
             ("2", "Stickprov påbörjat"), ("4", "4 av 38 ärenden överskred tidsfristen."), "GENOMFORD", "ja", "annlar"),
            ("IK25-410-02", "Miljötillsyn", "Tillsyn enligt miljöbalken följer fastställd tillsynsplan", 9,
             ("2", ""), ("2", "62 % av planerade tillsynsbesök genomförda t.o.m. augusti."), "DELVIS", "", "perjoh"),
            ("IK25-410-03", "Ekonomi", "Fakturering av taxor för bygglov och tillsyn sker korrekt", 8,
             ("1", ""), ("3", "Stickprov 20 fakturor utan anmärkning."), "GENOMFORD", "nej", "marsve"),
            ("IK25-410-04", "Administration", "Delegationsbeslut anmäls till nämnden", 6,
             ("3", "Inga avvikelser."), ("", ""), "GENOMFORD", "nej", "lenkar"),
            ("IK25-410-05", "Administration", "Redovisning av bisysslor för handläggare", 6,
             ("1", ""), ("1", "Flyttad till T3."), "EJ_GENOMFORD", "", "lenkar"),
            ("IK25-410-06", "Plan", "Planavgift tas ut enligt plan- och bygglovstaxan", 4,
             ("3", ""), ("9", "Utgår – ny taxa från 2025-07-01, kontrollen ersätts 2026."), "UTGAR", "", "annlar"),
        ]),
        (520, "Kultur- och fritidsnämnden", [
            ("IK25-520-01", "Föreningsstöd", "Bidrag till föreningar betalas ut enligt bidragsreglerna", 9,
             ("2", ""), ("3", "Samtliga 34 bidragsbeslut granskade."), "GENOMFORD", "nej", "sofnil"),
            ("IK25-520-02", "Kassahantering", "Kontantkassor i simhallen och biblioteket stäms av månadsvis", 8,
             ("3", ""), ("4", "Kassadifferens 1 240 kr i juni på simhallen, utredd och rapporterad."),
             "GENOMFORD", "ja", "sofnil"),
            ("IK25-520-03", "Lokaler", "Uthyrning av lokaler faktureras enligt taxa", 6,
             ("2", ""), ("2", ""), "DELVIS", "", "jonber"),
            ("IK25-520-04", "Lovverksamhet", "Utdrag ur belastningsregistret för ledare i lovverksamhet", 12,
             ("", ""), ("1", "Ej hunnits med före sommarlovet."), "EJ_GENOMFORD", "", "jonber"),
            ("IK25-520-05", "Avtal", "Avtal med entreprenör för drift av camping följs upp", 4,
             ("", ""), ("", ""), "SAKNAS", "", "sofnil"),
        ]),
    ]
    r = 2
    for org, name, ctrls in data:
        for (kid, proc, km, rv, p1, p2, st, av, user) in ctrls:
            for per, (code, kom) in (("2025T1", p1), ("2025T2", p2)):
                sk, stxt = SC[code]
                upd = "2025-05-12" if per == "2025T1" else "2025-09-04"
                if sk is None and not kom:
                    upd = None
                vals = [org, name, 2025, kid, proc, km, rv, per, sk, stxt, kom or None, user, upd]
                for i, v in enumerate(vals, 1):
                    setcell(ws, (r, i), v)
                r += 1
            EXPECTED.append((fn, name, km, st, av))
    for i, w in enumerate([8, 26, 9, 13, 16, 55, 10, 11, 11, 20, 55, 13, 14], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A1:M{r - 1}"
    wb.save(fn)
    FILES.append((fn, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))
    FILES.append((fn, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - .odt with a table
# ---------------------------------------------------------------------------
def file_tn():
    fn = "Tekniska_namnden_intern_kontroll_T2_2025.odt"
    N = "Tekniska nämnden"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hstyle = Style(name="Rubrik", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(hstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#E2EFDA"))
    doc.automaticstyles.addElement(hcell)
    hp = Style(name="HP", family="paragraph")
    hp.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(hp)
    widths = ["3.2cm", "5.5cm", "3.5cm", "2.2cm", "5.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=hstyle, text="Tekniska nämnden"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll – tertial 2 2025 (perioden januari–augusti)"))
    doc.text.addElement(P(text="Teknik- och serviceförvaltningen har genomfört kontrollerna enligt den av nämnden "
                               "antagna internkontrollplanen för 2025. I kolumnen Utfört anges Ja, Nej eller Delvis."))
    doc.text.addElement(P(text=""))
    t = Table(name="Internkontroll")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, header=False):
        tr = TableRow()
        for v in vals:
            tc = TableCell(stylename=hcell if header else cellst, valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=hp, text=line) if header else P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Kontrollområde", "Kontrollmoment", "Metod", "Utfört", "Resultat / åtgärd"], header=True)
    rows = [
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", "Stickprov 10 fordon", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Provtagning enligt program", "Ja",
         "Ett prov med förhöjda halter koliforma bakterier i Timmernabben.\nKokningsrekommendation utfärdades, "
         "åtgärdat inom en vecka.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Delvis",
         "Stickprov endast gjort för januari–april.", "DELVIS", ""),
        ("Förråd", "Lagerinventering av Kommunförrådet", "Inventering och avstämning mot lagersystem", "Nej",
         "Genomförs i samband med bokslut i december.", "EJ_GENOMFORD", ""),
        ("Investeringar", "ÄTA-arbeten godkänns skriftligt innan de utförs", "Genomgång av två projekt", "Ja",
         "I projekt Kyrkvägen beställdes två ÄTA muntligt. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Måltid", "Egenkontroll av livsmedelshantering i kommunens kök", "Granskning av egenkontrollprogram", "–",
         "Utgår, kontrollen har flyttats till barn- och utbildningsnämndens plan.", "UTGAR", ""),
        ("IT/drift", "Behörigheter i driftövervakningssystemet för VA ses över", "Genomgång av användarlista", "",
         "", "SAKNAS", ""),
    ]
    for omr, km, met, ut, res, st, av in rows:
        row([omr, km, met, ut, res])
        EXPECTED.append((fn, N, km, st, av))
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Mönsterås 2025-09-09"))
    doc.text.addElement(P(text="Johan Petersson, förvaltningschef teknik- och serviceförvaltningen"))
    doc.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 6. Mönsterås Bostäder AB - .xls with a second table of added controls
# ---------------------------------------------------------------------------
def file_mbab():
    fn = "MBAB Tertialrapport 2 2025 intern kontroll.xls"
    N = "Mönsterås Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Intern kontroll")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    sub = xlwt.easyxf("font: bold on, height 220")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ital = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Mönsterås Bostäder AB", title)
    ws.write(1, 0, "Tertialrapport 2 2025 – uppföljning av intern kontroll (status per 2025-08-31)")
    ws.write(2, 0, "Status: Klar / Klar – avvikelse / Pågår / Ej startad", ital)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status 31/8", "Kommentar"]
    A = [
        ("1", "Hyresintäkter stäms av mot hyresreskontran", "Ekonomiansvarig", "Klar",
         "Avstämning gjord månadsvis utan differenser.", "GENOMFORD", "nej"),
        ("2", "Vakanta lägenheter kontrolleras så att de inte nyttjas utan kontrakt", "Förvaltare",
         "Klar – avvikelse", "En lägenhet nyttjades utan kontrakt, åtgärdat och hyra fakturerad retroaktivt.",
         "GENOMFORD", "ja"),
        ("3", "Uthyrning sker i kötidsordning enligt uthyrningspolicyn", "Uthyrningsansvarig", "Pågår",
         "Stickprov på 15 av planerade 30 kontrakt klart.", "DELVIS", ""),
        ("4", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiansvarig", "Klar",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Underhållsplanen följs upp mot budget", "Fastighetschef", "Ej startad",
         "Görs i samband med budgetarbetet i oktober.", "EJ_GENOMFORD", ""),
        ("6", "OVK-besiktningar genomförs enligt plan", "Driftansvarig", "Klar",
         "8 av 8 planerade fastigheter besiktigade och godkända.", "GENOMFORD", "nej"),
    ]
    B = [
        ("B1", "Nyckelhantering och låsbyten efter inbrott i förråd", "Driftansvarig", "Klar",
         "Samtliga låscylindrar i Fågelvägens förråd bytta.", "GENOMFORD", "nej"),
        ("B2", "Elförbrukning i gemensamma utrymmen följs upp efter prishöjning", "Energisamordnare", "Pågår",
         "Mätdata insamlad för maj–augusti.", "DELVIS", ""),
        ("B3", "Andrahandsuthyrningar är godkända av bolaget", "Uthyrningsansvarig", "Ej startad",
         "Startar i september.", "EJ_GENOMFORD", ""),
    ]
    r = 4
    ws.write(r, 0, "A. Kontroller enligt internkontrollplan 2025 (styrelsebeslut 2024-12-12)", sub)
    r += 1
    for i, h in enumerate(hdr):
        ws.write(r, i, h, bold)
    r += 1
    for row in A:
        for i, v in enumerate(row[:5]):
            ws.write(r, i, v, cell)
        EXPECTED.append((fn, N, row[1], row[5], row[6]))
        r += 1
    r += 2
    ws.write(r, 0, "B. Tillkommande kontroller under året (styrelsebeslut 2025-05-20 § 18)", sub)
    r += 1
    for i, h in enumerate(hdr):
        ws.write(r, i, h, bold)
    r += 1
    for row in B:
        for i, v in enumerate(row[:5]):
            ws.write(r, i, v, cell)
        EXPECTED.append((fn, N, row[1], row[5], row[6]))
        r += 1
    r += 2
    ws.write(r, 0, "Rapporten föredras för styrelsen 2025-09-25. Lars Holm, VD", ital)
    for i, w in enumerate([6, 50, 20, 16, 55]):
        ws.col(i).width = w * 256
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    return fn


# ---------------------------------------------------------------------------
# 7. Rejected: Excel lock file left in the folder
# ---------------------------------------------------------------------------
def file_lock():
    fn = "~$KS_Internkontroll_uppfoljning_T2_2025.xlsx"
    owner = "Anna Lindqvist"
    b = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ")
    b += bytes([len(owner), 0]) + owner.encode("utf-16-le") + b"\x20\x00" * (54 - len(owner))
    b = b[:165].ljust(165, b"\x00")
    with open(fn, "wb") as f:
        f.write(b)
    FILES.append((fn, "AVVISAD", "", "", ""))
    return fn


def namnder():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Teknik- och serviceförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Mönsterås Bostäder AB", "MBAB|Mönsterås Bostäder"),
        ("Kalmarsunds gymnasieförbund", "KSGYF|Gymnasieförbundet"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


def main():
    for fnc in (file_ks, file_sn, file_bun, file_hypergene, file_tn, file_mbab, file_lock):
        fnc()
    namnder()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
