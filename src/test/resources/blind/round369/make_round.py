#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r369 - Ramsele kommun, helår 2025 inbox.
Builds 7 follow-up files + 1 file to reject, plus namnder.csv, files.csv, expected.csv."""
import csv
import os
import io

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_core(doc_or_wb, title):
    """Fixed metadata for determinism."""
    import datetime
    d = datetime.datetime(2026, 1, 30, 9, 0, 0)
    if isinstance(doc_or_wb, openpyxl.Workbook):
        p = doc_or_wb.properties
        p.creator = "Ramsele kommun"
        p.created = d
        p.modified = d
        p.title = title
    else:
        p = doc_or_wb.core_properties
        p.author = "Ramsele kommun"
        p.created = d
        p.modified = d
        p.last_modified_by = "Ramsele kommun"
        p.title = title
        p.revision = 1


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, title rows, group rows, delår + helår status
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fixed_core(wb, "Uppföljning internkontrollplan 2025")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Nämnd/styrelse:"
    ws["C2"] = "Kommunstyrelsen"
    ws["A3"] = "Uppföljningsperiod:"
    ws["C3"] = "Helår 2025 (1 januari – 31 december)"
    ws["A4"] = "Handläggare:"
    ws["C4"] = "Jonas Berg, controller, Kommunledningsförvaltningen"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status delår", "Status helår", "Kommentar/resultat helår",
           "Avvikelse (Ja/Nej)"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertialvis", "Redovisningsansvarig",
         "Genomförd", "Genomförd",
         "60 fakturor granskade under året. 2 fakturor saknade beslutsattest; "
         "berörda chefer har informerats om attestordningen.", "Ja",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation följer riktlinjer för representation och gåvor",
         "Genomgång av samtliga konterade representationsfakturor", "Helår", "Ekonomichef",
         "", "Genomförd",
         "Samtliga 14 representationstillfällen kontrollerade. Syfte och deltagare "
         "fanns angivet i alla fall.", "Nej", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut",
         "Kontroll av avstämningsunderlag i Raindance", "Månadsvis", "Redovisningsansvarig",
         "Delvis genomförd", "Delvis genomförd",
         "Avstämning dokumenterad för 9 av 12 månader. Juni–augusti saknas "
         "p.g.a. vakans under sommaren.", "Nej", "DELVIS", "nej"),
        ("G", "Upphandling och inköp"),
        ("2.1", "Upphandling", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra, inköp över 100 tkr", "Helår", "Upphandlingschef",
         "", "Genomförd",
         "Avtalstroheten uppgick till 91 %. Tre inköp gjordes utanför avtal "
         "utan dokumenterad direktupphandling.", "Ja", "GENOMFORD", "ja"),
        ("2.2", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Stickprov 10 direktupphandlingar", "Helår", "Upphandlingschef",
         "Ej påbörjad", "Ej genomförd",
         "Kontrollen skjuts till 2026 på grund av byte av e-handelssystem.", "",
         "EJ_GENOMFORD", ""),
        ("G", "Personal och lön"),
        ("3.1", "Lön", "Kontroll av att löneutbetalningar baseras på korrekta anställningsavtal",
         "Stickprov 30 anställningar mot avtal i Personec", "Helår", "HR-chef",
         "", "Genomförd",
         "Ett felaktigt lönetillägg upptäcktes och har korrigerats i decemberlönen.",
         "Ja", "GENOMFORD", "ja"),
        ("3.2", "Personal", "Rehabiliteringsärenden dokumenteras i Adato",
         "Uttag ur Adato jämfört med sjukfrånvarostatistik", "Tertialvis", "HR-chef",
         "Utgår", "Utgår",
         "Utgår enligt KS beslut 2025-06-10 § 112. Ersätts av ny rehabiliteringsrutin 2026.",
         "", "UTGAR", ""),
        ("G", "Informationssäkerhet och administration"),
        ("4.1", "IT", "Behörigheter i ekonomisystemet gås igenom och avslutas för personer som slutat",
         "Jämförelse behörighetslista mot personalregister", "Helår", "IT-chef",
         "", "Genomförd",
         "Genomgång i oktober. 7 behörigheter som borde ha avslutats tidigare "
         "togs bort.", "Ja", "GENOMFORD", "ja"),
        ("4.2", "Administration", "Diarieföring av inkommande handlingar sker inom fastställd tid",
         "Stickprov i Ciceron", "Delår/helår", "Kanslichef",
         "Delvis genomförd", "", "", "", "DELVIS", ""),
        ("4.3", "Administration", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Kontroll av anmälda delegationsbeslut mot beslutsförteckning", "Helår", "Kanslichef",
         "Genomförd", "Genomförd", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for col in range(1, 11):
                ws.cell(r, col).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for i, v in enumerate(row[:10], 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, N, row[2], row[10], row[11])
        r += 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Delvis genomförd,Ej påbörjad,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G7:H{r-1}")
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"J7:J{r-1}")
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning").font = Font(bold=True)
    ws.cell(r + 1, 1, "Kommunstyrelsens interna kontroll bedöms som i huvudsak tillräcklig. "
            "Åtgärder för konstaterade avvikelser redovisas i årsredovisningen.")
    ws.cell(r + 3, 1, "Statusalternativ: Genomförd / Delvis genomförd / Ej påbörjad / Ej genomförd / Utgår")
    ws.cell(r + 3, 1).font = Font(italic=True, size=9)
    widths = [6, 16, 42, 30, 12, 20, 14, 14, 50, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, one table, status by cell colour
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.docx"
    N = "Barn- och utbildningsnämnden"
    doc = docx.Document()
    fixed_core(doc, "Uppföljning internkontrollplan 2025")
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "RAMSELE KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025, § 9. "
        "Planen innehåller åtta kontrollmoment. Nedan redovisas resultatet av "
        "helårsuppföljningen. Förvaltningens samlade bedömning är att den interna "
        "kontrollen i huvudsak har fungerat, men att rutinerna för skolskjuts och "
        "avgifter behöver förtydligas.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring bedömning: ").bold = True
    p.add_run("Grön = kontrollen genomförd.  Gul = kontrollen delvis genomförd/pågår.  "
              "Röd = kontrollen ej genomförd.  Grå = kontrollmomentet utgår. "
              "Eventuella avvikelser framgår av kolumnen Resultat.")
    cols = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat helår", "Bedömning"]
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "A6A6A6"
    data = [
        ("Elevhälsa", "Elevhälsans journaler förs enligt patientdatalagen",
         "Stickprov 10 journaler per enhet", "Verksamhetschef elevhälsa",
         "20 journaler granskade. Samtliga var korrekt förda och signerade.", G, "GENOMFORD", "nej"),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
         "Stickprov 15 beslut", "Skolskjutssamordnare",
         "Kontrollen genomförd. Två beslut hade fattats av fel delegat och har "
         "tagits om av behörig delegat.", G, "GENOMFORD", "ja"),
        ("Ekonomi", "Avgifter i förskola och fritidshem debiteras enligt maxtaxa utifrån aktuella inkomstuppgifter",
         "Inkomstkontroll mot Skatteverkets uppgifter", "Avgiftshandläggare",
         "Inkomstkontroll genomförd för 2024 års inkomster. 23 hushåll hade "
         "lämnat för låg inkomst och har efterdebiterats.", G, "GENOMFORD", "ja"),
        ("Närvaro", "Upprepad eller längre ogiltig frånvaro anmäls till huvudmannen",
         "Jämförelse frånvarorapporter i lärplattformen mot anmälningar", "Rektorer",
         "Kontrollen har inte genomförts under året p.g.a. byte av lärplattform. "
         "Flyttas till internkontrollplan 2026.", R, "EJ_GENOMFORD", ""),
        ("Kränkande behandling", "Anmälan om kränkande behandling lämnas till huvudmannen utan dröjsmål",
         "Genomgång av samtliga anmälningar i DF Respons", "Kvalitetsstrateg",
         "112 anmälningar granskade. Samtliga hade anmälts till huvudmannen inom fem dagar.",
         G, "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret uppvisas vid nyanställning",
         "Stickprov nyanställda per enhet", "HR-partner",
         "Kontroll genomförd på 4 av 9 enheter, inga brister på granskade enheter. "
         "Resterande enheter kontrolleras under våren 2026.", Y, "DELVIS", "nej"),
        ("Administration", "Delegationsbeslut anmäls till nämnden",
         "Avstämning av delegationslistor", "Nämndsekreterare",
         "Delegationsbeslut har anmälts vid samtliga sammanträden.", G, "GENOMFORD", "nej"),
        ("IT", "Förteckning över elevdatorer och lärplattor hålls aktuell",
         "Inventering mot förteckning", "IT-samordnare",
         "Ansvaret för förteckningen flyttades till IT-enheten under kommunstyrelsen "
         "från 2025-03-01.", GR, "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for d in data:
        cells = t.add_row().cells
        for i in range(5):
            set_cell(cells[i], d[i])
        set_cell(cells[5], "")
        shade(cells[5], d[5])
        exp(fil, N, d[1], d[6], d[7])
    widths = [Cm(3), Cm(6), Cm(4.5), Cm(3.5), Cm(7.5), Cm(2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Ramsele 2026-01-26")
    doc.add_paragraph("Anna Sundqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys export - CSV, two nämnder, T1/T2/Helår side by side
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2026-02-03.csv"
    MBN, TN = "Miljö- och byggnämnden", "Tekniska nämnden"
    hdr = ["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2",
           "Status Helår", "Kommentar Helår", "Avvikelse"]
    rows = [
        (MBN, "Tillsyn", "Planerad tillsyn enligt tillsynsplan för miljöbalken genomförs",
         "Miljöchef", "Tertial", "Pågår", "", "Pågår", "62 % av planerade besök utförda.",
         "Pågår", "92 % av planerade tillsynsbesök genomförda. Resterande 14 objekt\nflyttas till tillsynsplan 2026.",
         "Nej", "DELVIS", "nej"),
        (MBN, "Bygglov", "Handläggningstid för bygglov understiger tio veckor från komplett ansökan",
         "Bygglovschef", "Helår", "", "", "", "",
         "Genomförd", "Stickprov 25 ärenden. 2 ärenden överskred tio veckor; avgiften\nreducerades enligt PBL 12 kap. 8 a §.",
         "Ja", "GENOMFORD", "ja"),
        (MBN, "Avgifter", "Debitering av årliga tillsynsavgifter sker enligt taxa",
         "Administratör", "Helår", "", "", "Genomförd",
         "Kontrollerat i samband med årsdebiteringen i maj. Inga fel.",
         "", "", "Nej", "GENOMFORD", "nej"),
        (MBN, "Delegation", "Delegationsbeslut redovisas till nämnden",
         "Nämndsekreterare", "Tertial", "Genomförd", "", "Genomförd", "",
         "Genomförd", "Redovisas vid varje sammanträde.", "Nej", "GENOMFORD", "nej"),
        (MBN, "Livsmedel", "Livsmedelskontroll utförs enligt nämndens kontrollplan",
         "Miljöchef", "Tertial", "Ej påbörjad", "", "Ej påbörjad", "",
         "Ej påbörjad", "Kontrollen har inte prioriterats; tjänsten som livsmedelsinspektör\nhar varit vakant sedan april.",
         "", "EJ_GENOMFORD", ""),
        (MBN, "Arkiv", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Registrator", "Helår", "", "", "", "", "", "", "", "SAKNAS", ""),
        (TN, "Investeringar", "Fakturor för entreprenader kontrolleras mot avtal och ÄTA-beslut",
         "Projektledare", "Tertial", "Genomförd", "", "Genomförd", "",
         "Genomförd", "10 fakturor kontrollerade. En ÄTA-faktura saknade skriftligt beslut.",
         "Ja", "GENOMFORD", "ja"),
        (TN, "VA", "Egenkontroll av dricksvatten utförs enligt kontrollprogram",
         "VA-chef", "Månad", "Genomförd", "", "Genomförd", "",
         "Genomförd", "Samtliga provtagningar utförda enligt programmet. Inga otjänliga prov.",
         "Nej", "GENOMFORD", "nej"),
        (TN, "Fordon", "Körjournaler förs för kommunens fordon",
         "Fordonssamordnare", "Helår", "", "", "Pågår", "",
         "Pågår", "Körjournaler kontrollerade för 18 av 40 fordon; brister i 3 journaler.",
         "Ja", "DELVIS", "ja"),
        (TN, "Lekplatser", "Årlig huvudbesiktning av lekplatser enligt SS-EN 1176",
         "Parkchef", "Helår", "Ej påbörjad", "", "Avbruten",
         "Avbruten genom beslut TN 2025-05-14 § 41; besiktningen upphandlas externt.",
         "Avbruten", "", "", "UTGAR", ""),
        (TN, "Lager", "Inventering av förråd och lager vid årsskiftet",
         "Driftchef", "Helår", "", "", "", "",
         "Genomförd", "Inventering genomförd 2025-12-30. Ingen väsentlig differens.",
         "Nej", "GENOMFORD", "nej"),
        (TN, "Gata/park", "Vinterväghållning utförs enligt avtalad beredskap och kvalitetskrav",
         "Gatuchef", "Säsong", "Genomförd", "Säsongen jan–mars kontrollerad, inga avvikelser.",
         "", "", "", "", "Nej", "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll 2025 – uppföljning"] + [""] * (len(hdr) - 1))
    w.writerow(["Utdrag: 2026-02-03 08:14, användare: ekonomi_jb"] + [""] * (len(hdr) - 1))
    w.writerow(hdr)
    for r in rows:
        w.writerow(r[:12])
        exp(fil, r[0], r[2], r[12], r[13])
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden - Word, one table per verksamhetsområde, Delår/Helår text
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden - uppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    doc = docx.Document()
    fixed_core(doc, "Uppföljning intern kontroll 2025")
    doc.sections[0].header.paragraphs[0].text = "Socialförvaltningen\t\t2026-01-28"
    doc.add_heading("Socialnämndens internkontrollplan 2025 – uppföljning helår", level=1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
        "tillräcklig. Internkontrollplanen för 2025 antogs av socialnämnden 2025-01-22 § 6. "
        "Uppföljning har skett vid delår (januari–augusti) och helår. Resultatet redovisas "
        "nedan per verksamhetsområde.")
    sections = [
        ("Individ- och familjeomsorg", [
            ("Utredningar av barn som far illa avslutas inom fyra månader enligt SoL",
             "Stickprov 20 utredningar per halvår",
             "Delår: 4 av 20 utredningar överskred fyra månader utan beslut om förlängning.\n"
             "Helår: Kontrollen genomförd. 3 av 20 utredningar överskred tiden. Handlingsplan har upprättats.",
             "GENOMFORD", "ja"),
            ("Utbetalning av ekonomiskt bistånd sker mot underlag och beslut",
             "Månatlig stickprovskontroll av 10 utbetalningar",
             "Delår: Inga avvikelser.\n"
             "Helår: Genomförd. Inga felaktiga utbetalningar har upptäckts.",
             "GENOMFORD", "nej"),
            ("Orosanmälningar förhandsbedöms inom 14 dagar",
             "Uttag ur Treserva",
             "Delår: Uttaget har inte kunnat göras på grund av systemfel.\n"
             "Helår: Uttag gjort för september–december. Fem förhandsbedömningar tog längre tid "
             "än 14 dagar. Januari–augusti har inte kontrollerats.",
             "DELVIS", "ja"),
        ]),
        ("Vård och omsorg", [
            ("Genomförandeplaner upprättas inom 14 dagar från verkställt beslut i hemtjänsten",
             "Stickprov 5 brukare per hemtjänstgrupp",
             "Delår: Pågår.\n"
             "Helår: Ej genomförd. Kontrollen sköts upp på grund av införandet av ny planeringsapp.",
             "EJ_GENOMFORD", ""),
            ("Läkemedelshantering på särskilda boenden följer rutinen för signeringslistor",
             "Egenkontroll av MAS",
             "Helår: Se bilaga 2, MAS patientsäkerhetsberättelse.",
             "OKLAR", ""),
            ("Avgifter inom vård och omsorg beräknas utifrån aktuella inkomstuppgifter",
             "Årlig inkomstförfrågan och stickprov 25 avgiftsbeslut",
             "Delår: Inkomstförfrågan skickad i mars.\n"
             "Helår: Klart. Sex avgifter hade beräknats felaktigt och har rättats.",
             "GENOMFORD", "ja"),
            ("Avvikelser och rapporter enligt lex Sarah utreds och åtgärdas",
             "Genomgång av avvikelsesystemet",
             "Delår: Genomförd, alla rapporter utredda inom rutinens tidsgränser.\n"
             "Helår:",
             "GENOMFORD", "nej"),
        ]),
        ("Förvaltningsgemensamt", [
            ("Kontroll av loggar i verksamhetssystemet Treserva",
             "Loggkontroll två gånger per år",
             "Delår: Loggkontroll genomförd i april, ingen otillbörlig åtkomst.\n"
             "Helår: Loggkontrollen i oktober visade två fall av otillbörlig åtkomst. "
             "Ärendena har hanterats av HR.",
             "GENOMFORD", "ja"),
            ("Brukares kontanta medel redovisas månadsvis",
             "Inventering av handkassor på boenden",
             "Helår: Utgår enligt beslut SN 2025-04-23 § 58, kontanthanteringen är avvecklad.",
             "UTGAR", ""),
        ]),
    ]
    for title, ctrls in sections:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod och omfattning", "Resultat"]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=10)
            shade(t.rows[0].cells[i], "C6E0B4")
        for km, metod, res, st, av in ctrls:
            cells = t.add_row().cells
            set_cell(cells[0], km, size=10)
            set_cell(cells[1], metod, size=10)
            set_cell(cells[2], res, size=10)
            exp(fil, N, km, st, av)
        for row in t.rows:
            for i, wdt in enumerate([Cm(5.5), Cm(4), Cm(7)]):
                row.cells[i].width = wdt
        doc.add_paragraph()
    doc.add_heading("Samlad bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 delvis har varit "
        "tillräcklig. Kontrollen av genomförandeplaner förs över till 2026 års plan.")
    doc.add_paragraph("Maria Ek\nSocialchef")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - Excel, tick columns, nämnd only in print header/file name
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Internkontroll KFN 2025 helår.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fixed_core(wb, "Intern kontroll 2025")
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll 2025 – uppföljning per 31 december"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med x i den kolumn som stämmer. Kommentera avvikelser och åtgärder."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center" if 4 <= i <= 6 else "left")
    data = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna och efter beslut",
         "Fritidskonsulent", "x", "", "", "Stickprov 12 bidrag, inga avvikelser.", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningarnas redovisning av erhållna bidrag följs upp",
         "Fritidskonsulent", "", "x", "",
         "Uppföljningen pågår. 9 av 14 redovisningar granskade hittills, utan anmärkning.",
         "DELVIS", "nej"),
        ("Kassa", "Kassan i simhallen stäms av dagligen mot kassaregister",
         "Badchef", "x", "", "",
         "Två kassadifferenser över 500 kr under året. Utredda, rutinen har skärpts.",
         "GENOMFORD", "ja"),
        ("Bibliotek", "Mediebeståndet inventeras", "Bibliotekschef", "", "", "x",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Lokaler", "Uthyrning av idrottshallar och lokaler faktureras enligt bokning",
         "Bokningsansvarig", "x", "x", "",
         "Avstämning bokningssystem mot fakturering.", "OKLAR", ""),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga anläggningar",
         "Fritidschef", "", "", "", "", "SAKNAS", ""),
        ("Anläggningar", "Driftavtal med föreningar om anläggningar följs upp",
         "Fritidschef", "", "", "",
         "Genomfört vid de årliga dialogmötena i november. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 5
    for d in data:
        for i, v in enumerate(d[:7], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= i <= 6 else "left")
        exp(fil, N, d[1], d[7], d[8])
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen redovisas för nämnden 2026-02-17.").font = Font(size=9)
    for col, w in zip("ABCDEFG", [14, 48, 18, 11, 9, 12, 52]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden - old .xls template, codes with legend at bottom
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "IK-plan SBN 2025 uppfoljning.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: horiz center, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "INTERNKONTROLLPLAN 2025", title)
    ws.write(1, 0, "Samhällsbyggnadsnämnden", bold)
    ws.write(2, 0, "Antagen SBN 2025-02-20 § 15. Uppföljning delår och helår.")
    hdr = ["Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Metod", "Frekvens",
           "Rapport till", "Delår", "Helår", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, head)
    data = [
        ("Bostadsanpassning", "Beslut om bostadsanpassningsbidrag fattas enligt lag och delegationsordning",
         "Handläggare BAB", "Stickprov 10 beslut", "2 ggr/år", "Nämnd", "G", "G", "",
         "GENOMFORD", "nej"),
        ("Bostadsanpassning", "Slutbesiktning görs av utförda bostadsanpassningar",
         "Handläggare BAB", "Stickprov 10 ärenden", "1 gång/år", "Nämnd", "", "GA",
         "Tre av tio ärenden saknade slutbesiktningsprotokoll.", "GENOMFORD", "ja"),
        ("Detaljplaner", "Planavgift tas ut i samband med bygglov enligt taxa",
         "Planchef", "Stickprov 20 bygglov", "2 ggr/år", "Nämnd", "D", "GA",
         "I två ärenden hade planavgift inte tagits ut; efterdebiterat i november.",
         "GENOMFORD", "ja"),
        ("Mark och exploatering", "Försäljning av kommunal mark sker till marknadsvärde enligt riktlinjer",
         "Mark- och exploateringsingenjör", "Genomgång av samtliga försäljningar", "1 gång/år",
         "Nämnd", "-", "G", "Fyra försäljningar, samtliga med värdering.", "GENOMFORD", "nej"),
        ("Lantmäteri", "Förrättningar faktureras löpande efter avslut",
         "Lantmäterichef", "Avstämning ärendesystem mot fakturering", "Kvartal", "Förvaltningschef",
         "G", "D", "Kvartal 1–3 kontrollerade. Kvartal 4 kontrolleras i februari.",
         "DELVIS", ""),
        ("Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt rutin",
         "Trafikhandläggare", "Stickprov 10 ärenden", "1 gång/år", "Nämnd", "", "EG",
         "Ej genomförd p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        ("Avtal", "Arrendeavtal indexregleras och faktureras enligt avtal",
         "Mark- och exploateringsingenjör", "Genomgång av avtalsregister", "1 gång/år", "Nämnd",
         "G", "U", "Ansvaret överfört till KS fastighetsenhet från 1 oktober.",
         "UTGAR", ""),
        ("GIS/adress", "Belägenhetsadresser registreras i adressregistret inom föreskriven tid",
         "GIS-ingenjör", "Uttag ur adressregistret", "1 gång/år", "Nämnd", "", "", "",
         "SAKNAS", ""),
    ]
    r = 5
    for d in data:
        for i, v in enumerate(d[:9]):
            ws.write(r, i, v, code if i in (6, 7) else cell)
        exp(fil, N, d[1], d[9], d[10])
        r += 1
    r += 1
    ws.write(r, 0, "Förklaring till kolumnerna Delår och Helår:", bold)
    ws.write(r + 1, 0, "G = genomförd utan anmärkning", small)
    ws.write(r + 2, 0, "GA = genomförd med anmärkning (se kommentar)", small)
    ws.write(r + 3, 0, "D = delvis genomförd", small)
    ws.write(r + 4, 0, "EG = ej genomförd", small)
    ws.write(r + 5, 0, "U = utgår", small)
    for i, w in enumerate([18, 45, 20, 24, 10, 14, 7, 7, 45]):
        ws.col(i).width = w * 256
    ws.header_str = b"&RMall IK v.2016"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - Word, text only, no table
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning internkontroll 2025.docx"
    N = "Överförmyndarnämnden"
    doc = docx.Document()
    fixed_core(doc, "Uppföljning intern kontroll 2025")
    doc.add_heading("Överförmyndarnämnden", level=1)
    doc.add_paragraph("Uppföljning av intern kontroll för år 2025").runs[0].bold = True
    doc.add_paragraph(
        "Överförmyndarnämndens internkontrollplan 2025 omfattar fem kontrollmoment. "
        "Nedan redovisas utfallet för helåret. Nämndens kansli har genomfört kontrollerna.")
    ctrls = [
        ("1. Årsräkningar",
         "Samtliga årsräkningar för 2024 granskas och arvodesbeslut fattas senast 30 juni 2025",
         "Genomförd med avvikelse. Granskningen blev klar 2025-08-15, tolv årsräkningar "
         "granskades efter den 30 juni.", "GENOMFORD", "ja"),
        ("2. Lämplighetsprövning",
         "Kontroll att ställföreträdare saknar anteckning i belastningsregistret och hos "
         "Kronofogden innan förordnande",
         "Genomförd. Samtliga 17 nya ställföreträdare kontrollerade, inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("3. Spärrade konton",
         "Överförmyndarspärr på omyndigas bankkonton kontrolleras mot bankens besked",
         "Kontrollen har påbörjats men inte slutförts. 40 av 65 konton kontrollerade, "
         "inga avvikelser hittills.", "DELVIS", "nej"),
        ("4. Förteckningar",
         "Förteckning över huvudmannens tillgångar inkommer inom två månader från förordnande",
         "Ej genomförd under året.", "EJ_GENOMFORD", ""),
        ("5. Arvoden",
         "Utbetalning av arvoden till ställföreträdare via kommunens lönesystem stäms av",
         "Ej aktuell 2025 – arvodena betalas av huvudmännen sedan 2025-01-01.",
         "UTGAR", ""),
    ]
    for head, km, res, st, av in ctrls:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, av)
    doc.add_paragraph()
    doc.add_paragraph("Ramsele den 20 januari 2026")
    doc.add_paragraph("Lena Holm, ordförande")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. REJECT: covering letter (missiv) from Socialförvaltningen
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv SN internkontroll helår 2025.docx"
    doc = docx.Document()
    fixed_core(doc, "Missiv")
    doc.sections[0].header.paragraphs[0].text = "RAMSELE KOMMUN\tSocialförvaltningen\t2026-02-19"
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    doc.add_paragraph("Från: Socialförvaltningen")
    doc.add_heading("Översändande av uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplan för helår 2025. "
        "Uppföljningen behandlades av socialnämnden 2026-02-18 § 14 och nämnden beslutade "
        "att godkänna uppföljningen och överlämna den till kommunstyrelsen.")
    doc.add_paragraph(
        "Uppföljningen skickades i förväg till ekonomiavdelningen den 28 januari. Inga "
        "ändringar gjordes vid nämndens behandling.")
    doc.add_paragraph("Bilagor:")
    doc.add_paragraph("Socialnämnden - uppföljning intern kontroll 2025.docx", style="List Bullet")
    doc.add_paragraph("Protokollsutdrag SN 2026-02-18 § 14", style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Karin Nordin\nNämndsekreterare, socialförvaltningen")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Revisionen", "Kommunens revisorer|Revisorerna"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_stratsys()
    file_sn()
    file_kfn()
    file_sbn()
    file_ofn()
    file_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
