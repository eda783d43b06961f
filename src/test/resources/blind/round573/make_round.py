#!/usr/bin/python3
"""Builds round r573: Olofströms kommun, delår 2025 (augusti)."""
import csv, io, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round573"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def s(cell, value):
    """Write a value as plain text (never a formula)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


# ---------------------------------------------------------------- 1. KS xlsx
def make_ks():
    fil = "KS_uppfoljning_IKP_delar_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    s(ws["A1"], "Olofströms kommun").font = Font(bold=True, size=14)
    s(ws["A2"], "Internkontrollplan 2025 – Kommunstyrelsen").font = Font(bold=True, size=12)
    s(ws["A3"], "Uppföljning delår (januari–augusti 2025). Fyll i status och kommentar i kolumnerna för delår. "
                "Helårsuppföljningen görs i januari 2026. Status anges som Genomförd / Genomförd med avvikelse / "
                "Pågår / Ej påbörjad / Utgår.")
    ws.merge_cells("A3:J3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 32
    # two-level header
    s(ws["A5"], "Internkontrollplan 2025 (antagen KS 2025-02-11 § 21)")
    ws.merge_cells("A5:F5")
    s(ws["G5"], "Uppföljning delår")
    ws.merge_cells("G5:H5")
    s(ws["I5"], "Uppföljning helår")
    ws.merge_cells("I5:J5")
    heads = ["Nr", "Kontrollmoment", "Risk", "Metod", "Frekvens", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = s(ws.cell(6, i), h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for col in ("A", "G", "I"):
        ws[col + "5"].font = BOLD
        ws[col + "5"].alignment = Alignment(horizontal="center")
    ws["G5"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["I5"].fill = PatternFill("solid", fgColor="E2EFDA")

    rows = [
        ("H", "1. Ekonomiprocesser"),
        ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Felaktiga utbetalningar, jäv", "Stickprov 20 fakturor per kvartal", "Kvartalsvis", "Ekonomichef",
         "Genomförd", "Stickprov på 40 fakturor (kvartal 1–2). Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Förtroendeskada, felaktig momshantering", "Genomgång av samtliga representationsfakturor", "Halvår",
         "Redovisningsansvarig",
         "Genomförd med avvikelse",
         "3 av 25 representationsfakturor saknade deltagarförteckning och syfte. Påminnelse om riktlinjen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Avstämning av balanskonton vid månadsbokslut",
         "Felaktig redovisning", "Kontroll av avstämningsunderlag", "Månadsvis", "Controller",
         "Pågår", "Avstämning gjord för januari–juni, juli–augusti återstår.", "DELVIS", ""),
        ("H", "2. Personal och lön"),
        ("2.1", "Kontroll av att nyanställda registreras i lönesystemet enligt anställningsbeslut",
         "Felaktiga löneutbetalningar", "Stickprov mot anställningsavtal", "Årligen", "HR-chef",
         "", "Kontrollen genomförd i maj. 15 nyanställningar kontrollerade mot anställningsavtal, inga fel hittades.",
         "GENOMFORD", "nej"),
        ("2.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Bristande arbetsgivaransvar", "Genomgång av rehabiliteringsärenden i Adato", "Årligen", "HR-chef",
         "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("H", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter i ekonomisystemet avslutas vid avslutad anställning",
         "Obehörig åtkomst", "Jämförelse behörighetslista mot avslutade anställningar", "Halvår", "IT-chef",
         "Genomförd", "Två konton för avslutade anställda var fortfarande aktiva. Kontona har spärrats.",
         "GENOMFORD", "ja"),
        ("3.2", "Lösenords- och åtkomstrutiner för verksamhetssystem",
         "Informationsläckage", "Intervju och stickprov", "Årligen", "Informationssäkerhetssamordnare",
         "", "", "SAKNAS", ""),
        ("H", "4. Upphandling"),
        ("4.1", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Otillåten direktupphandling", "Stickprov 10 direktupphandlingar", "Halvår", "Upphandlingschef",
         "Genomförd", "", "GENOMFORD", ""),
        ("4.2", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Inköp utanför avtal, högre kostnader", "Analys av leverantörsreskontra", "Årligen", "Upphandlingschef",
         "Utgår", "Utgår enligt KS beslut 2025-04-02 § 58, ersätts av central inköpsanalys.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "H":
            s(ws.cell(r, 1), row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        else:
            for i, v in enumerate(row[:8], 1):
                c = s(ws.cell(r, i), v)
                c.alignment = WRAP
                c.border = BOX
            for i in (9, 10):
                ws.cell(r, i).border = BOX
            EXPECTED.append((fil, namnd, row[1], row[8], row[9]))
        r += 1
    r += 1
    s(ws.cell(r, 1), "Sammanfattande bedömning delår: Kontrollarbetet följer i huvudsak planen. "
                     "Avvikelser har hanterats enligt ovan.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    s(ws.cell(r + 2, 1), "Upprättad av: Ekonomienheten, kommunledningsförvaltningen   Datum: 2025-09-05")
    widths = [6, 45, 28, 30, 12, 20, 20, 50, 12, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 2. BUN docx (checkboxes)
def set_cell_shading(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def make_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Olofströms kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delår 2025 (januari–augusti)", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Nedan redovisas resultatet av "
        "kontrollerna till och med augusti. Markera status med kryss i rutan. Avvikelser ska kommenteras "
        "tillsammans med vidtagna eller planerade åtgärder.")
    G = "☒ Genomförd ☐ Delvis ☐ Ej genomförd"
    D = "☐ Genomförd ☒ Delvis ☐ Ej genomförd"
    E = "☐ Genomförd ☐ Delvis ☒ Ej genomförd"
    GD = "☒ Genomförd ☒ Delvis ☐ Ej genomförd"
    N = "☐ Genomförd ☐ Delvis ☐ Ej genomförd"
    rows = [
        ("1", "Handläggning av ansökningar om skolskjuts sker inom fastställd tid",
         "Genomgång av samtliga ansökningar inför läsåret 2025/26", G,
         "Samtliga 42 ansökningar handlagda inom fyra veckor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Anmälan av kränkande behandling till huvudman sker skyndsamt",
         "Kontroll av datum i anmälningssystemet", D,
         "Vårterminen granskad, höstterminen återstår. 4 av 31 anmälningar inkom till huvudman senare än fem dagar.",
         "DELVIS", "ja"),
        ("3", "Rutin för uppföljning av hög elevfrånvaro följs",
         "Stickprov 5 elever per skola", G,
         "Rutinen följs på Vilboksskolan, Jämshögsskolan, Kyrkhultsskolan och Gränums skola.", "GENOMFORD", "nej"),
        ("4", "Utdrag ur belastningsregistret finns för all nyanställd personal i förskola och skola",
         "Kontroll av personalakter för nyanställda jan–aug", G,
         "2 av 18 nyanställda saknade registerutdrag vid anställningstillfället. Utdrag har nu inhämtats och rutinen har förtydligats för rektorerna.",
         "GENOMFORD", "ja"),
        ("5", "Rätt debitering av avgifter inom förskola och fritidshem (maxtaxa)",
         "Stickprov 25 hushåll mot inkomstuppgift", E,
         "Kontrollen skjuts till hösten på grund av byte av verksamhetssystem för barnomsorg.",
         "EJ_GENOMFORD", ""),
        ("6", "Inventering av digitala enheter (elevdatorer och lärplattor)",
         "Inventering mot inventarieregister", GD,
         "Redovisas muntligt på nämndens sammanträde i september.", "OKLAR", ""),
        ("7", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse av beslutslistor mot protokoll", N, "", "SAKNAS", ""),
        ("8", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", G, "Stickprov på 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod/omfattning", "Status delår", "Resultat och åtgärder"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "BDD7EE")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        EXPECTED.append((fil, namnd, row[1], row[5], row[6]))
    widths = [Cm(1), Cm(5), Cm(4), Cm(3.2), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammanfattning: Av åtta kontroller är fyra genomförda, en delvis genomförd och en ej genomförd. "
                    "Förvaltningen bedömer att den interna kontrollen är tillräcklig.")
    d.add_paragraph("Olofström 2025-09-10")
    d.add_paragraph("Förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. TN xlsx (traffic lights)
def make_tn():
    fil = "Tekniska_namnden_internkontroll_delar_2025.xlsx"
    namnd = "Tekniska nämnden"
    fills = {"Grön": "00B050", "Gul": "FFFF00", "Röd": "FF0000"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    s(ws["A1"], "Tekniska förvaltningen – uppföljning av internkontrollplan 2025").font = Font(bold=True, size=13)
    s(ws["A2"], "Nämnd: Tekniska nämnden")
    s(ws["A3"], "Period: Delår, per 2025-08-31")
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = s(ws.cell(5, i), h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="BFBFBF")
    rows = [
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) i kommunens fastigheter", "Fastighetschef", "Grön",
         "Egenkontroller genomförda i samtliga skolor och förskolor.", "GENOMFORD", "nej"),
        ("Fastighet", "Felanmälningar åtgärdas inom fastställd tid", "Driftchef fastighet", "Gul",
         "Uppföljning av januari–juni klar, resterande månader görs i oktober.", "DELVIS", ""),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogrammet", "VA-chef", "Grön",
         "Alla prover tagna enligt plan. Inga otjänliga prover.", "GENOMFORD", "nej"),
        ("VA", "Mätaravläsning och debitering av VA-avgifter", "VA-chef", "Röd",
         "Ej genomförd på grund av vakans på VA-ekonomtjänsten. Planeras till fjärde kvartalet.",
         "EJ_GENOMFORD", ""),
        ("Gata/park", "Huvudbesiktning av kommunala lekplatser", "Gatu- och parkchef", "Grön",
         "Huvudbesiktning utförd i maj av extern besiktningsman.", "GENOMFORD", "nej"),
        ("Gata/park", "Vinterväghållning – entreprenörens tidsrapporter stäms av mot faktura",
         "Gatu- och parkchef", "Gul",
         "Januari–mars kontrollerad. Avvikelse på 2 fakturor (för många debiterade timmar), kreditering begärd. "
         "November–december kontrolleras efter säsongen.", "DELVIS", "ja"),
        ("Kost", "Egenkontroll av livsmedelshantering i tillagningskök", "Kostchef", "Grön",
         "", "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", "Fordonssamordnare", "",
         "Utgår 2025 – ersätts av elektronisk körjournal i samtliga fordon.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Röd",
         "Ej utförd under perioden, görs i samband med helårsuppföljningen.", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:5], 1):
            c = s(ws.cell(r, i), v)
            c.alignment = WRAP
            c.border = BOX
        if row[3]:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=fills[row[3]])
        EXPECTED.append((fil, namnd, row[1], row[5], row[6]))
        r += 1
    r += 1
    s(ws.cell(r, 1), "Teckenförklaring status").font = BOLD
    legend = [("Grön", "Kontrollen är genomförd och inga avvikelser har noterats"),
              ("Gul", "Kontrollen är påbörjad men inte slutförd (delvis genomförd)"),
              ("Röd", "Kontrollen är inte genomförd")]
    for k, (w, txt) in enumerate(legend, 1):
        c = s(ws.cell(r + k, 1), w)
        c.fill = PatternFill("solid", fgColor=fills[w])
        s(ws.cell(r + k, 2), txt)
    s(ws.cell(r + 5, 1), "Avvikelser i genomförda kontroller beskrivs i kommentarskolumnen.")
    for i, w in enumerate([14, 55, 22, 10, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 4. MBN docx, table split by page break
def make_mbn():
    fil = "Miljö- och byggnadsnämnden uppföljning internkontroll augusti 2025.docx"
    namnd = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = "Miljö- och byggförvaltningen, Olofströms kommun"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Miljö- och byggnadsnämnden – rapport per 31 augusti 2025 (delårsbokslut)")
    d.add_paragraph("Statusbeteckningar: Klar, Klar – avvikelse, Pågående, Ej utförd, Utgår.")
    heads = ["Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"]
    part1 = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef", "Klar – avvikelse",
         "Stickprov 30 ärenden, 3 överskred tidsfristen. Avgiften har reducerats enligt 12 kap. 8 a § PBL.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Debitering av bygglovsavgift enligt gällande taxa", "Bygglovschef", "Klar",
         "Stickprov 20 ärenden. Inga fel.", "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef", "Pågående",
         "58 % av planerade kontroller utförda per augusti.", "DELVIS", ""),
        ("Tillsyn", "Timavgift för miljötillsyn debiteras efter avslutat tillsynsbesök", "Miljöchef", "Ej utförd",
         "", "EJ_GENOMFORD", ""),
        ("Tillsyn", "Jäv och bisysslor hos inspektörer dokumenteras", "Förvaltningschef", "Klar",
         "Samtliga inspektörer har lämnat redovisning av bisysslor. Inga jävssituationer noterade.",
         "GENOMFORD", "nej"),
    ]
    part2 = [
        ("Registratur", "Inkomna handlingar diarieförs inom tre arbetsdagar", "Nämndsekreterare", "Pågående",
         "Mätning genomförd för våren, höstens mätning görs i november.", "DELVIS", ""),
        ("Registratur", "Allmänna handlingar lämnas ut skyndsamt", "Nämndsekreterare", "Klar", "",
         "GENOMFORD", ""),
        ("Kart/GIS", "Ajourhållning av primärkartan", "GIS-ingenjör", "Utgår",
         "Uppgiften hanteras av tekniska förvaltningen fr.o.m. 2025.", "UTGAR", ""),
        ("Strandskydd", "Strandskyddsdispenser prövas enligt delegationsordningen", "Miljöchef", "",
         "Se bilaga 2.", "OKLAR", ""),
    ]

    def table(rows):
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            set_cell_shading(c, "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                cells[i].text = v
            EXPECTED.append((fil, namnd, row[1], row[5], row[6]))

    table(part1)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    table(part2)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Förteckning över strandskyddsärenden jan–aug 2025 (separat dokument).")
    d.add_paragraph("Beslutad av miljö- och byggnadsnämnden 2025-09-17.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. SN xlsx, hidden cols + filter
def make_sn():
    fil = "Socialförvaltningen IKP 2025 uppföljning.xlsx"
    namnd = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SN IKP 2025"
    s(ws["B1"], "Internkontrollplan 2025 med uppföljning").font = Font(bold=True, size=13)
    s(ws["B2"], "Socialförvaltningen Olofström")
    s(ws["B3"], "Uppdaterad 2025-09-03 inför delårsrapport")
    hdr = ["Löpnr", "Verksamhet", "Kontrollmoment", "Kontrollmetod", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Ansvarig", "Status T1", "Kommentar T1", "Status delår", "Kommentar delår"]
    for i, h in enumerate(hdr, 1):
        c = s(ws.cell(5, i), h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        (1, "Individ- och familjeomsorg", "Barnavårdsutredningar slutförs inom fyra månader",
         "Genomgång av avslutade utredningar", 3, 4, "Enhetschef IFO barn och unga",
         "Pågår", "Halva urvalet granskat.",
         "Genomförd med avvikelse",
         "2 av 24 utredningar överskred fyra månader; beslut om förlängning saknades i ett fall.",
         "GENOMFORD", "ja"),
        (2, "Individ- och familjeomsorg",
         "Ekonomiskt bistånd – kontroll mot Försäkringskassan och Arbetsförmedlingen via SSBTEK",
         "Stickprov 20 akter", 3, 3, "Enhetschef försörjningsstöd",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Nytt stickprov i juni. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (3, "Individ- och familjeomsorg", "Återsökning av statsbidrag från Migrationsverket",
         "Avstämning ansökt mot beviljat", 2, 3, "Controller",
         "", "", "Ej genomförd", "Handläggare har slutat, kontrollen skjuts till hösten.",
         "EJ_GENOMFORD", ""),
        (4, "Vård och omsorg", "Avvikelser i läkemedelshanteringen rapporteras och analyseras",
         "Genomgång av avvikelserapporter", 4, 4, "MAS",
         "Pågår", "", "Delvis genomförd", "Särskilda boenden klara, hemtjänsten återstår.",
         "DELVIS", ""),
        (5, "Vård och omsorg", "Debitering av omsorgsavgifter enligt taxa",
         "Stickprov 30 brukare", 3, 2, "Avgiftshandläggare",
         "", "", "Genomförd", "En felaktig debitering upptäcktes och har rättats.",
         "GENOMFORD", "ja"),
        (6, "Vård och omsorg", "Schemaläggning följer arbetstidsavtal och vilotidsregler",
         "Kontroll i Time Care Planering", 3, 3, "Bemanningsenheten",
         "", "", "Se bilaga 3", "",
         "OKLAR", ""),
        (7, "LSS", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 10 brukare", 2, 3, "Enhetschef LSS",
         "Ej påbörjad", "", "Pågår", "6 av 10 planer kontrollerade hittills.",
         "DELVIS", ""),
        (8, "LSS", "Ersättning för personlig assistans stäms av mot utförda timmar",
         "Avstämning tidrapporter mot Försäkringskassans beslut", 3, 4, "Enhetschef LSS",
         "Genomförd", "Januari–mars avstämd.", "Genomförd", "Januari–juni avstämd. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (9, "Hälso- och sjukvård", "Signeringslistor för delegerade insatser är kompletta",
         "Stickprov 15 brukare", 3, 4, "MAS",
         "", "", "Utgår", "Ersatt av digital signering i MCSS från mars 2025.",
         "UTGAR", ""),
        (10, "Gemensamt", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 15 fakturor", 2, 2, "Förvaltningsekonom",
         "", "", "Genomförd", "Stickprov på 15 fakturor, inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        vals = list(row[:6]) + [row[4] * row[5]] + list(row[6:11])
        for i, v in enumerate(vals, 1):
            c = s(ws.cell(r, i), v)
            c.alignment = WRAP
            c.border = BOX
        EXPECTED.append((fil, namnd, row[2], row[11], row[12]))
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A5:L{last}"
    for col in ("A", "E", "F", "G", "I", "J"):
        ws.column_dimensions[col].hidden = True
    for col, w in zip("BCDHKL", [24, 50, 30, 24, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. KFN CSV export
def make_kfn():
    fil = "kfn_internkontroll_export_2025-08-31.csv"
    namnd = "Kultur- och fritidsnämnden"
    org = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Period",
           "Status", "Datum genomförd", "Kommentar"]
    rows = [
        ("Bidrag till föreningar betalas ut enligt gällande bidragsregler", "Stickprov 10 föreningar",
         "Årligen", "Fritidschef", "Genomförd", "2025-04-30", "Stickprov 10 föreningar, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Kontanthantering och dagskassor i badhuset", "Oanmäld kassainventering", "Halvår",
         "Badhuschef", "", "2025-06-12", "", "GENOMFORD", ""),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Stickprov 25 bokningar", "Halvår",
         "Bokningsansvarig", "", "2025-05-20", "2 bokningar fakturerades med fel taxa, rättat.",
         "GENOMFORD", "ja"),
        ("Inköp av medier till biblioteket följer upphandlat avtal", "Genomgång av fakturor", "Årligen",
         "Bibliotekschef", "Pågående", "", "Halva året genomgånget.", "DELVIS", ""),
        ("Inventering av utrustning på fritidsgårdarna", "Inventering mot förteckning", "Årligen",
         "Fritidsgårdsföreståndare", "", "", "", "SAKNAS", ""),
        ("Redovisade deltagartillfällen för LOK-stöd är korrekta", "Stickprov närvarolistor", "Årligen",
         "Fritidschef", "Ej påbörjad", "", "Görs efter höstens ansökningsomgång.", "EJ_GENOMFORD", ""),
        ("Kulturskolans avgifter debiteras enligt beslutad taxa", "Avstämning elevregister mot fakturering",
         "Terminsvis", "Kulturskolechef", "Genomförd", "2025-03-15", "", "GENOMFORD", ""),
        ("Skyddsronder genomförs i nämndens anläggningar", "Skyddsrond med skyddsombud", "Årligen",
         "Kultur- och fritidschef", "", "2025-08-21",
         "Skyddsrond genomförd i ishallen och badhuset. Brister i ventilationen i badhuset, felanmält.",
         "GENOMFORD", "ja"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(hdr)
    for row in rows:
        w.writerow([org, row[0], row[1], row[2], row[3], "Delår 2025", row[4], row[5], row[6]])
        EXPECTED.append((fil, namnd, row[0], row[7], row[8]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. Olofströmshus AB ods (codes, tertials)
def make_ohab(tmp):
    fil = "Olofströmshus AB internkontroll T2 2025.ods"
    namnd = "Olofströmshus AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    s(ws["A1"], "Olofströmshus AB – Internkontrollplan 2025").font = Font(bold=True, size=13)
    s(ws["A2"], "Uppföljning tertial 2 (per 31 augusti 2025)")
    s(ws["A3"], "Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår")
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = s(ws.cell(5, i), h)
        c.font = BOLD
        c.border = BOX
    rows = [
        ("Hyresadministration", "Hyresavier och hyreshöjningar registreras korrekt i hyressystemet",
         "Ekonomichef", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kravhantering och avhysningsärenden följer fastställd rutin",
         "Uthyrningschef", "D", "", "Vårens ärenden kontrollerade.", "DELVIS", ""),
        ("Fastighetsförvaltning", "Besiktning av lägenheter vid avflyttning dokumenteras",
         "Förvaltare", "E", "G", "Samtliga avflyttningar maj–augusti kontrollerade.", "GENOMFORD", ""),
        ("Fastighetsförvaltning", "OVK-besiktningar genomförs enligt plan",
         "Teknisk förvaltare", "", "D", "12 av 20 fastigheter besiktade.", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktion",
         "Ekonomichef", "G", "G", "En faktura attesterad av fel person, rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Upphandling av ramavtal för snöröjning sker enligt LOU",
         "VD", "", "E", "Upphandlingen är överprövad, nytt beslut väntas i höst.", "EJ_GENOMFORD", ""),
        ("IT", "Behörighetskontroll i fastighetssystemet",
         "IT-samordnare", "", "U", "Ingår i koncernens gemensamma IT-kontroll.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], "", row[5]]
        for i, v in enumerate(vals, 1):
            c = s(ws.cell(r, i), v)
            c.alignment = WRAP
            c.border = BOX
        EXPECTED.append((fil, namnd, row[1], row[6], row[7]))
        r += 1
    s(ws.cell(r + 1, 1), "Rapporteras till styrelsen 2025-09-24 och till kommunstyrelsen i delårsrapporten.")
    for i, w in enumerate([22, 55, 18, 6, 6, 6, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "ohab.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "ods", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "ohab.ods"), os.path.join(OUT, fil))
    # the file says "tertial 2 (per 31 augusti)" -> period T2
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------- 8. rejected: truncated xlsx
def make_truncated():
    fil = "BUN_bilaga_stickprov_skolskjuts_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Stickprov"
    s(ws["A1"], "Bilaga – stickprov skolskjutsansökningar 2025")
    for i in range(2, 44):
        ws.cell(i, 1).value = f"Ansökan {i - 1:03d}"
        ws.cell(i, 2).value = "Beviljad"
        ws.cell(i, 3).value = f"2025-0{3 + i % 5}-{10 + i % 18}"
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) // 2])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    tmp = tempfile.mkdtemp(prefix="r573_")
    make_ks()
    make_bun()
    make_tn()
    make_mbn()
    make_sn()
    make_kfn()
    make_ohab(tmp)
    make_truncated()
    shutil.rmtree(tmp, ignore_errors=True)

    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnämnden"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Olofströmshus AB", "Olofströmshus|OHAB|AB Olofströmshus"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    main()
