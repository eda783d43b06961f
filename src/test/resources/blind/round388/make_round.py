#!/usr/bin/python3
"""Blind round 388 – Långviks kommun, delår 2025 (Ja/Nej/Delvis, tick boxes, comments)."""
import csv, os, shutil, subprocess, glob
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H
from odf.style import Style, TextProperties, TableCellProperties

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round388"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

BOLD = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- 1 KS xlsx
def ks():
    fn = "KS_IK_delar2025.xlsx"; N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Långviks kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Ifylld av: Maria Holm, controller Kommunledningsförvaltningen    Datum: 2025-09-12"
    ws["A6"] = ("Instruktion: Svara Ja, Nej eller Delvis i kolumn E och Ja eller Nej i kolumn F. "
                "Kommentera alltid svaren Nej och Delvis samt funna avvikelser.")
    ws["A6"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Genomförd enligt plan?\n(Ja/Nej/Delvis)",
           "Avvikelse?\n(Ja/Nej)", "Kommentar / åtgärd"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.alignment = Alignment(wrap_text=True, vertical="center"); cell.border = BOX
    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Ja", "Nej",
         "Stickprov 30 fakturor mars och juni, inga fel.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster – kontroll av syfte och deltagarförteckning",
         "Redovisningsansvarig", "Ja", "Ja", "3 av 20 verifikat saknade deltagarförteckning. Återkopplat till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton per 30 april och 31 augusti", "Redovisningsansvarig", "Delvis", "Nej",
         "April avstämd utan anmärkning, augusti pågår.", "DELVIS", "nej"),
        ("G", "2. Personal"),
        ("2.1", "Personal", "Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning inom berörda verksamheter",
         "HR-chef", "Nej", "", "Skjuts till hösten på grund av vakans på HR-avdelningen.", "EJ_GENOMFORD", ""),
        ("2.2", "Personal", "Behörigheter i lönesystemet – uppföljning av avslutade anställningar", "Lönechef", "", "",
         "Kontrollen genomförd i juni. Två konton stängdes för sent, åtgärdat.", "GENOMFORD", "ja"),
        ("G", "3. IT och informationssäkerhet"),
        ("3.1", "IT", "Loggkontroll av behörigheter i ekonomisystemet", "IT-säkerhetssamordnare", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("3.2", "IT", "Test av återläsning av säkerhetskopior", "IT-chef", "Delvis", "Nej",
         "Genomfört för ärendehanteringssystemet, övriga system testas i oktober.", "DELVIS", "nej"),
        ("G", "4. Upphandling och inköp"),
        ("4.1", "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinje", "Upphandlingschef",
         "Ja", "Ja", "Två av elva direktupphandlingar saknade dokumentation.", "GENOMFORD", "ja"),
        ("4.2", "Upphandling", "Avtalstrohet – inköp görs hos avtalade leverantörer", "Upphandlingschef", "", "", "",
         "SAKNAS", ""),
        ("4.3", "Upphandling", "Kontroll av jäv vid tilldelningsbeslut", "Upphandlingschef", "Utgår", "",
         "Utgår enligt KS beslut 2025-03-18 § 45, ingår numera i kontroll 4.1.", "UTGAR", ""),
    ]
    dv1 = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv1); ws.add_data_validation(dv2)
    for row in rows:
        r += 1
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="E7E6E6"); continue
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = BOX
        dv1.add(ws.cell(r, 5)); dv2.add(ws.cell(r, 6))
        EXP.append((fn, N, row[2], row[7], row[8]))
    r += 2
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                  "Avvikelser har återrapporterats till berörda chefer.")
    ws.cell(r + 2, 1, "Godkänd av kommundirektör Lars Eriksson, 2025-09-15")
    for col, w in zip("ABCDEFG", [6, 14, 55, 22, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2 BUN docx, tick boxes
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]; run = p.add_run(text); run.bold = bold; run.font.size = Pt(size)

def bun():
    fn = "BUN uppföljning internkontroll delår 2025.docx"; N = "Barn- och utbildningsnämnden"
    d = Document()
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_paragraph("LÅNGVIKS KOMMUN").runs[0].bold = True
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår 1 januari–31 augusti", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
                    "Nedan redovisas utfallet per kontrollmoment. Markera med ☒ om kontrollen genomförts enligt plan "
                    "och om avvikelse har konstaterats. Avvikelser ska kommenteras.")
    B, U = "☒", "☐"
    rows = [
        ("P", "Process: Avgifter och intäkter"),
        ("Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa", "J", "N",
         "Stickprov 25 hushåll, inga fel.", "GENOMFORD", "nej"),
        ("Statsbidrag – ansökan och återrapportering görs inom angivna tidsfrister", "J", "N", "", "GENOMFORD", "nej"),
        ("P", "Process: Elevhälsa och trygghet"),
        ("Uppföljning av skolpliktsbevakning och ogiltig frånvaro", "D", "N",
         "Genomförd på 4 av 7 grundskolor. Resterande under september.", "DELVIS", "nej"),
        ("Anmälan av kränkande behandling till huvudman inom föreskriven tid", "J", "J",
         "12 av 140 anmälningar inkom senare än fem arbetsdagar. Rutinen har förtydligats för rektorerna.",
         "GENOMFORD", "ja"),
        ("Hantering av elever med skyddade personuppgifter", "JD", "N", "", "OKLAR", "nej"),
        ("P", "Process: Inköp och skolskjuts"),
        ("Skolskjuts – kontroll av fakturor mot avtal", "N", "",
         "Ej påbörjad, ny handläggare från september.", "EJ_GENOMFORD", ""),
        ("Inventering av läromedel och digitala enheter", "", "", "Se bilaga 2.", "OKLAR", ""),
        ("P", "Process: Personal och ledning"),
        ("Kontroll av att legitimation finns för tillsvidareanställda lärare", "J", "N",
         "Kontroll mot Skolverkets lärarregister i maj.", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=2, cols=7); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    set_cell(h0[0], "Kontrollmoment", True); h0[0].merge(h1[0])
    m = h0[1].merge(h0[3]); set_cell(m, "Genomförd enligt plan?", True)
    m = h0[4].merge(h0[5]); set_cell(m, "Avvikelse?", True)
    set_cell(h0[6], "Kommentar", True); h0[6].merge(h1[6])
    for i, s in zip(range(1, 6), ["Ja", "Nej", "Delvis", "Ja", "Nej"]):
        set_cell(t.rows[1].cells[i], s, True)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "P":
            m = cells[0].merge(cells[6]); set_cell(m, row[1], True); continue
        txt, g, a, kom, st, av = row
        set_cell(cells[0], txt)
        for i, k in zip((1, 2, 3), "JND"):
            set_cell(cells[i], B if k in g else U, size=11)
        set_cell(cells[4], B if a == "J" else U, size=11)
        set_cell(cells[5], B if a == "N" else U, size=11)
        set_cell(cells[6], kom)
        EXP.append((fn, N, txt, st, av))
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Inventeringslista läromedel (separat fil, ej bifogad i denna sammanställning).")
    d.add_paragraph("Långvik 2025-09-10\n\nAnna Berg\nförvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 SN ods, T1 + Delår side by side, codes J/N/D
def ods_cell(v, span=None, style=None):
    kw = {}
    if span: kw["numbercolumnsspanned"] = span
    if style: kw["stylename"] = style
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        c = TableCell(valuetype="float", value=v, **kw)
    else:
        c = TableCell(valuetype="string", **kw) if v != "" else TableCell(**kw)
    if v != "":
        for line in str(v).split("\n"):
            c.addElement(P(text=line))
    return c

def sn():
    fn = "Socialnämnden_IKP_2025.ods"; N = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="b", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    hdr = Style(name="h", family="table-cell"); hdr.addElement(TextProperties(fontweight="bold"))
    hdr.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #808080"))
    doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(hdr)
    t = Table(name="IKP 2025")
    for _ in range(10): t.addElement(TableColumn())
    def row(vals, style=None, spans=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            sp = spans.get(i) if spans else None
            tr.addElement(ods_cell(v, sp, style))
            if sp:
                from odf.table import CoveredTableCell
                for _ in range(sp - 1): tr.addElement(CoveredTableCell())
        t.addElement(tr)
    row(["Socialnämnden – internkontrollplan 2025 med uppföljning"], "b")
    row(["Socialförvaltningen, Långviks kommun. Uppföljning per 31 augusti (delårsrapport)."])
    row(["Teckenförklaring: J = Ja, N = Nej, D = Delvis, – = kontrollen ej planerad för perioden. "
         "T1 avser januari–april, Delår avser januari–augusti."])
    row([""])
    row(["", "", "", "", "", "Tertial 1", "", "Delår", "", ""], "h", {5: 2, 7: 2})
    row(["Nr", "Process / risk", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Genomförd enligt plan",
         "Avvikelse", "Genomförd enligt plan", "Avvikelse", "Kommentar delår"], "h")
    data = [
        (1, "Ekonomiskt bistånd – felaktiga utbetalningar", "Utbetalning av ekonomiskt bistånd sker enligt beslut", 12,
         "Stickprov 20 akter per tertial", "J", "N", "J", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Barn och unga – sen handläggning", "Förhandsbedömning av orosanmälan görs inom 14 dagar", 16,
         "Uttag ur verksamhetssystemet", "D", "N", "J", "J",
         "6 av 40 förhandsbedömningar överskred 14 dagar. Åtgärdsplan tas fram.", "GENOMFORD", "ja"),
        (3, "Barn och unga – sen handläggning", "Utredning inleds och avslutas inom lagstadgad tid (4 månader)", 12,
         "Uttag ur verksamhetssystemet", "J", "N", "", "", "", "GENOMFORD", "nej"),
        (4, "Placeringar – avtal saknas", "Avtal och beslut finns för samtliga HVB-placeringar", 9,
         "Genomgång av samtliga placeringar", "N", "N", "D", "N",
         "Genomgång av 9 av 15 placeringar klar.", "DELVIS", "nej"),
        (5, "Köpt vård – felaktig fakturering", "Attest av fakturor för köpt vård mot beslut och avtal", 8,
         "Stickprov 15 fakturor", "J", "N", "J", "N", "", "GENOMFORD", "nej"),
        (6, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva", 9, "Loggutdrag 10 användare",
         "–", "–", "N", "", "Ej genomförd, systemuppgradering under våren. Görs i oktober.", "EJ_GENOMFORD", ""),
        (7, "Klientmedel", "Hantering och redovisning av klientmedel", 6, "Avstämning av kassabok",
         "–", "–", "Utgår", "",
         "Utgår – klientmedel hanteras av god man från 1 juni (SN 2025-05-20 § 61).", "UTGAR", ""),
        (8, "Kvalitet – lex Sarah", "Rapporter enligt lex Sarah utreds och anmäls inom föreskriven tid", 12,
         "Genomgång av samtliga rapporter", "J", "N", "J", "N", "", "GENOMFORD", "nej"),
        (9, "Verkställighet", "Beslut om kontaktperson verkställs inom tre månader", 8, "Uttag ur verksamhetssystemet",
         "", "", "", "", "", "SAKNAS", ""),
        (10, "Verkställighet", "Ej verkställda beslut rapporteras till IVO kvartalsvis", 6, "Kontroll av inrapportering",
         "J", "N", "D", "N", "Kvartal 1 rapporterat, kvartal 2 pågår.", "DELVIS", "nej"),
    ]
    for d in data:
        row(list(d[:10]))
        EXP.append((fn, N, d[2], d[10], d[11]))
    row([""])
    row(["Uppföljningen behandlad i socialnämndens arbetsutskott 2025-09-16."])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4 VON odt, vertical forms with [X]
def von():
    fn = "VON delårsuppföljning IK.odt"; N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentText()
    b = Style(name="bc", family="table-cell"); b.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(b)
    doc.text.addElement(H(outlinelevel=1, text="Vård- och omsorgsnämnden"))
    doc.text.addElement(H(outlinelevel=2, text="Delårsuppföljning av intern kontroll 2025 (januari–augusti)"))
    doc.text.addElement(P(text="Varje kontrollmoment i internkontrollplanen redovisas i en egen ruta. "
                               "Kryssa [X] i det alternativ som gäller för perioden."))
    def opts(labels, mark):
        return "  ".join(("[X] " if l in mark else "[ ] ") + l for l in labels)
    items = [
        ("Genomförandeplaner upprättas inom 14 dagar efter inflyttning på särskilt boende", "Enhetschefer SÄBO",
         "Ja", "Ja", "3 av 25 planer upprättades senare än 14 dagar.", "GENOMFORD", "ja"),
        ("Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS", "Delvis", "Nej",
         "Genomförd på fyra av sex boenden.", "DELVIS", "nej"),
        ("Debitering av omsorgsavgifter stämmer med beslut", "Avgiftshandläggare", "Ja", "Nej",
         "Stickprov 30 kunder.", "GENOMFORD", "nej"),
        ("Nyckelhantering i hemtjänsten – kvittenslistor är kompletta", "Enhetschefer hemtjänst", "Nej", "",
         "Flyttas till tertial 3 på grund av införande av digitala lås.", "EJ_GENOMFORD", ""),
        ("Tidrapporter för timanställda attesteras av ansvarig chef", "Enhetschefer", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Fallavvikelser följs upp i kvalitetsrådet", "Kvalitetsstrateg", "", "",
         "Kontrollen är genomförd, inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("Uppföljning av privata utförare i hemtjänsten enligt LOV-avtal", "Avtalsansvarig", "", "",
         "Ej aktuell 2025 – inga LOV-utförare finns efter 1 januari.", "UTGAR", ""),
    ]
    for i, (txt, ans, g, a, kom, st, av) in enumerate(items, 1):
        doc.text.addElement(P(text=""))
        doc.text.addElement(P(text=f"Kontroll {i}"))
        t = Table(name=f"Kontroll{i}")
        t.addElement(TableColumn()); t.addElement(TableColumn())
        for lab, val in [("Kontrollmoment", txt), ("Ansvarig", ans),
                         ("Genomförd enligt plan?", opts(["Ja", "Nej", "Delvis"], [g])),
                         ("Avvikelse?", opts(["Ja", "Nej"], [a])), ("Kommentar", kom)]:
            tr = TableRow()
            for v in (lab, val):
                c = TableCell(stylename=b, valuetype="string"); c.addElement(P(text=v)); tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)
        EXP.append((fn, N, txt, st, av))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Sammantagen bedömning: förvaltningen bedömer att den interna kontrollen är tillräcklig."))
    doc.text.addElement(P(text="Eva Lind, förvaltningschef Vård- och omsorgsförvaltningen, 2025-09-11"))
    doc.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 Stratsys-like export, two nämnder
def samhall():
    fn = "Uppföljning_intern_kontroll_TN_MBN_delar2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Stratsys – Internkontroll: Uppföljning av kontrollmoment"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Rapportperiod: Delår 2025 (augusti)"
    ws["A3"] = "Urval: Samhällsbyggnadsförvaltningen    Utskriven 2025-09-15 08:42"
    hdr = ["Enhet", "Process", "Risk", "Kontrollmoment", "Frekvens", "Genomförd enligt plan", "Avvikelse",
           "Kommentar", "Senast ändrad av"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = BOLD; ws.cell(5, c).fill = PatternFill("solid", fgColor="D9D9D9")
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnämnden"
    data = [
        ("Tekniska förvaltningen", TN, "Investeringar", "Felaktiga betalningar",
         "Fakturor för entreprenader stäms av mot ÄTA-beslut", "Två ggr/år", "Ja", "Nej", "", "P. Nordin", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Fordon", "Privat nyttjande",
         "Körjournal förs för kommunens fordon", "Tertial", "Delvis", "Ja",
         "Körjournal saknades för 2 fordon. Resterande fordonsgrupp kontrolleras i september.", "P. Nordin", "DELVIS", "ja"),
        ("Tekniska förvaltningen", TN, "Fastighet", "Obehörigt tillträde",
         "Kontroll av utlämnade nycklar och passerkort till kommunala fastigheter", "Årlig", "Nej", "",
         "Ej genomförd, planeras till november.", "K. Ström", "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", TN, "Gata/park", "Olycksrisk",
         "Egenkontroll av lekplatser enligt SS-EN 1176", "Årlig", "Ja", "Ja",
         "Brister på tre lekplatser, åtgärdade i juni.", "K. Ström", "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", TN, "VA", "Felaktig debitering",
         "VA-avgifter debiteras enligt gällande taxa", "Tertial", "Ja", "Nej", "Stickprov 40 abonnenter.", "L. Ek",
         "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Gata/park", "Felaktiga betalningar",
         "Vinterväghållning – utryckningar stäms av mot avtal", "Årlig", "Nej", "",
         "Planeras till tertial 3 (vintersäsong).", "L. Ek", "EJ_GENOMFORD", ""),
        ("Miljö- och byggnämnden (MBN)", MBN, "Bygglov", "Sen handläggning",
         "Beslut om bygglov fattas inom tio veckor från komplett ansökan", "Tertial", "Ja", "Ja",
         "4 av 112 ärenden överskred tidsfristen.", "S. Karlsson", "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden (MBN)", MBN, "Tillsyn", "Felaktig debitering",
         "Tillsynsavgifter debiteras enligt taxa", "Årlig", "Ja", "Nej", "", "S. Karlsson", "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden (MBN)", MBN, "Ärendehantering", "Bristande insyn",
         "Delegationsbeslut anmäls till nämnden", "Tertial", "Delvis", "Nej",
         "Januari–juni kontrollerat.", "J. Berg", "DELVIS", "nej"),
        ("Miljö- och byggnämnden (MBN)", MBN, "Ärendehantering", "Bristande diarieföring",
         "Inkomna handlingar registreras inom en arbetsdag", "Tertial", "", "", "", "", "SAKNAS", ""),
        ("Miljö- och byggnämnden (MBN)", MBN, "Tillsyn", "Jäv",
         "Handläggare har lämnat jävsdeklaration", "Årlig", "Utgår", "",
         "Utgår enligt MBN 2025-04-09 § 32, ersätts av ny rutin.", "J. Berg", "UTGAR", ""),
    ]
    r = 5
    for d in data:
        r += 1
        vals = [d[0]] + list(d[2:10])
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        EXP.append((fn, d[1], d[4], d[10], d[11]))
    for col, w in zip("ABCDEFGHI", [28, 16, 20, 55, 11, 12, 10, 50, 14]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A5:I{r}"
    s = wb.create_sheet("Sammanställning")
    s["A1"] = "Antal kontrollmoment per enhet och svar"; s["A1"].font = BOLD
    s.append([]); s.append(["Enhet", "Ja", "Delvis", "Nej", "Utgår", "Ej besvarad", "Totalt"])
    s.append(["Tekniska förvaltningen", 3, 1, 2, 0, 0, 6])
    s.append(["Miljö- och byggnämnden (MBN)", 2, 1, 0, 1, 1, 5])
    s.append(["Totalt", 5, 2, 2, 1, 1, 11])
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", TN, "2025", "DELAR")); FILES.append((fn, "INLAST", MBN, "2025", "DELAR"))

# ---------------------------------------------------------------- 6 KFN .doc, nämnd only in page header
def kfn(tmp):
    fn = "KFN_internkontroll_delar2025.doc"; N = "Kultur- och fritidsnämnden"
    d = Document()
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]; hp.text = "Långviks kommun · Kultur- och fritidsnämnden\tDnr KFN 2025/0117"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Delårsrapport per 31 augusti 2025")
    d.add_paragraph("Markera med X under Ja, Nej eller Delvis. Ange Ja eller Nej i kolumnen Avvikelse.")
    rows = [
        ("1", "Föreningsbidrag betalas ut enligt beslut och bidragsregler", "Stickprov 10 beslut", "Ja", "Nej",
         "", "GENOMFORD", "nej"),
        ("2", "Dagskassor i simhallen stäms av mot kassasystemet", "Månadsvis avstämning", "Ja", "Ja",
         "Differens 1 200 kr i mars, utredd och redovisad till förvaltningschef.", "GENOMFORD", "ja"),
        ("3", "Avgifter för uthyrning av lokaler debiteras enligt taxa", "Stickprov 20 bokningar", "Delvis", "Nej",
         "Halva urvalet kontrollerat, resten i oktober.", "DELVIS", "nej"),
        ("4", "Inventering av konst i offentliga lokaler", "Fysisk inventering", "Nej", "",
         "Skjuts upp till 2026 enligt beslut i KFN 2025-06-05 § 48.", "EJ_GENOMFORD", ""),
        ("5", "Gallring och avskrivning av biblioteksmedia dokumenteras", "Stickprov", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("6", "Ledare i sommarverksamheten har visat utdrag ur belastningsregistret", "Kontroll av samtliga", "",
         "Nej", "Genomförd i maj, samtliga 18 ledare hade visat utdrag.", "GENOMFORD", "nej"),
        ("7", "Uppföljning av driftavtal för Långviks sporthall", "Avtalsuppföljningsmöte", "Nej", "",
         "Ej påbörjad.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=2, cols=8); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, s in [(0, "Nr"), (1, "Kontrollmoment"), (2, "Kontrollmetod"), (6, "Avvikelse"), (7, "Kommentar")]:
        set_cell(h0[i], s, True); h0[i].merge(h1[i])
    m = h0[3].merge(h0[5]); set_cell(m, "Genomförd enligt plan?", True)
    for i, s in zip((3, 4, 5), ("Ja", "Nej", "Delvis")):
        set_cell(t.rows[1].cells[i], s, True)
    for nr, txt, met, g, a, kom, st, av in rows:
        c = t.add_row().cells
        set_cell(c[0], nr); set_cell(c[1], txt); set_cell(c[2], met)
        for i, k in zip((3, 4, 5), ("Ja", "Nej", "Delvis")):
            set_cell(c[i], "X" if g == k else "")
        set_cell(c[6], a); set_cell(c[7], kom)
        EXP.append((fn, N, txt, st, av))
    d.add_paragraph("")
    d.add_paragraph("Sammanställt av Johan Åberg, verksamhetscontroller, 2025-09-09.")
    src = os.path.join(tmp, "KFN_internkontroll_delar2025.docx"); d.save(src)
    soffice(src, "doc", OUT); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 Bolag .xls, 2024 helår beside 2025 jan–aug
def lbab(tmp):
    fn = "Långviksbostäder IK-uppföljning jan-aug 2025.xls"; N = "Långviks Bostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Långviks Bostäder AB – Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning januari–augusti 2025 till ägardialog. Föregående års utfall redovisas som jämförelse."
    ws.merge_cells("D4:E4"); ws["D4"] = "Helår 2024"
    ws.merge_cells("F4:G4"); ws["F4"] = "Jan–aug 2025"
    hdr = ["Område", "Kontrollmoment", "Planerad månad", "Utförd", "Avvikelse", "Utförd", "Avvikelse", "Kommentar 2025"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = BOLD
    for c in (4, 6): ws.cell(4, c).font = BOLD; ws.cell(4, c).alignment = Alignment(horizontal="center")
    data = [
        ("Ekonomi", "Hyror på hyresavier stäms av mot hyresavtal", "Mars, aug", "Ja", "Nej", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kundfordringar och inkassoärenden följs upp månadsvis", "Löpande", "Ja", "Ja", "Ja", "Nej",
         "Inga avvikelser 2025.", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor för underhållsentreprenader", "Kvartalsvis", "Nej", "", "Delvis", "Nej",
         "Stickprov kv 1–2 klart, kv 3 återstår.", "DELVIS", "nej"),
        ("Förvaltning", "Nycklar och passerbrickor återlämnas vid avflytt", "Maj", "Ja", "Nej", "Nej", "",
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Förvaltning", "Systematiskt brandskyddsarbete (SBA) i bostadsområdena", "April", "Ja", "Ja", "Ja", "Ja",
         "Brister i två trapphus på Sjövägen, åtgärdade.", "GENOMFORD", "ja"),
        ("Uthyrning", "Lägenheter hyrs ut enligt uthyrningspolicyn – kötid kontrolleras", "Juni", "Ja", "Nej",
         "", "", "", "SAKNAS", ""),
        ("Ekonomi", "Representation – attest och angivet syfte kontrolleras", "Aug", "Ja", "Nej", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Fastighet", "Energideklarationer är aktuella för samtliga fastigheter (ny kontroll 2025)", "Juni", "–", "–",
         "Ja", "Nej", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for d in data:
        r += 1
        for c, v in enumerate(d[:8], 1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        EXP.append((fn, N, d[1], d[8], d[9]))
    ws.cell(r + 2, 1, "Rapporteras till styrelsen 2025-09-22. Kontaktperson: ekonomichef Per Sandberg.")
    for col, w in zip("ABCDEFGH", [14, 55, 14, 9, 10, 9, 10, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Långviksbostäder IK-uppföljning jan-aug 2025.xlsx"); wb.save(src)
    soffice(src, "xls:MS Excel 97", OUT); FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def missiv():
    fn = "Missiv ÖFN delårsrapport 2025.docx"
    d = Document()
    d.add_paragraph("LÅNGVIKS KOMMUN\nÖverförmyndarnämnden")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen\nDatum: 2025-09-08\nDnr ÖFN 2025/031")
    d.add_heading("Översändande av delårsrapport 2025", level=1)
    d.add_paragraph("Härmed översänds Överförmyndarnämndens delårsrapport per 31 augusti 2025 enligt "
                    "anvisningarna för delårsbokslutet. Rapporten behandlas av nämnden den 24 september.")
    d.add_paragraph("Uppföljningen av nämndens internkontrollplan redovisas i samband med årsredovisningen, "
                    "eftersom samtliga kontroller i planen är planerade till hösten. Några avvikelser har hittills "
                    "inte rapporterats.")
    d.add_paragraph("Vid frågor, kontakta nämndsekreterare Karin Wall, tfn 0123-456 78.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Wall\nNämndsekreterare")
    d.save(os.path.join(OUT, fn)); FILES.append((fn, "AVVISAD", "", "", ""))

def normalise_zip(path):
    """Fixed zip timestamps and document dates so reruns give identical bytes (OOXML/ODF only)."""
    import zipfile, re, io
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>2025-09-15T08:00:00Z", t)
                t = re.sub(r"(<(?:meta:creation-date|dc:date)>)[^<]*", r"\g<1>2025-09-15T08:00:00", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())

def main():
    for pat in ("*.xlsx", "*.xls", "*.docx", "*.doc", "*.ods", "*.odt"):
        for f in glob.glob(os.path.join(OUT, pat)): os.remove(f)
    tmp = "/tmp/r388build"; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    ks(); bun(); sn(); von(); samhall(); kfn(tmp); lbab(tmp); missiv()
    for pat in ("*.xlsx", "*.docx", "*.ods", "*.odt"):
        for f in glob.glob(os.path.join(OUT, pat)): normalise_zip(f)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["nämnd", "alias"])
        for row in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Långviks Bostäder AB", "LBAB|Långviksbostäder|Långviks Bostäder"),
            ("Räddningstjänstförbundet Långvik-Norrå", "RTF|Räddningstjänsten"),
        ]:
            w.writerow(row)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)

if __name__ == "__main__":
    main()
