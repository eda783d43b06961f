#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r584 - Sölvesborgs kommun, helår 2025.
Builds all follow-up files plus namnder.csv, files.csv and expected.csv
deterministically into the folder of this script."""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


def setcell(ws, ref, value, **kw):
    c = ws[ref] if isinstance(ref, str) else ws.cell(row=ref[0], column=ref[1])
    c.value = value
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def fix_wb(wb):
    wb.properties.creator = "Sölvesborgs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Sölvesborgs kommun"


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. KLK: one sheet, three small nämnder grouped by merged group rows
# ---------------------------------------------------------------------------
def file_klk():
    fn = "KLK_Uppföljning IK helår 2025_små nämnder.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    setcell(ws, "A1", "Sölvesborgs kommun – Kommunledningskontoret", font=Font(bold=True, size=14))
    setcell(ws, "A2", "Sammanställning av uppföljning av internkontrollplaner 2025 – helår (januari–december)",
            font=Font(bold=True, size=12))
    setcell(ws, "A3", "Avser nämnder utan egen förvaltning. Sammanställt av ekonomienheten 2026-01-19. "
                      "Status anges som Genomförd / Delvis genomförd / Pågår / Ej genomförd / Ej aktuellt.",
            font=Font(italic=True, size=9))
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår", "Kommentar / iakttagelser",
           "Avvikelse (Ja/Nej)"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, (5, i), h, font=Font(bold=True, color="FFFFFF"),
                fill=PatternFill("solid", fgColor="1F4E79"), border=BOX, alignment=WRAP)
    groups = [
        ("Överförmyndarnämnden", [
            ("Ställföreträdarskap", "Granskning av årsräkningar inom föreskriven tid",
             "Stickprov 20 akter", "Handläggare överförmyndarenheten", "Genomförd",
             "Samtliga 20 granskade årsräkningar var granskade inom fastställd tid.", "Nej",
             "GENOMFORD", "nej"),
            ("Arvoden", "Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
             "Stickprov 10 beslut", "Enhetschef", "Genomförd",
             "Två arvoden hade beräknats med fel schablon. Beloppen är rättade och handläggarna informerade.",
             "Ja", "GENOMFORD", "ja"),
            ("Register", "Kontroll av att registret över ställföreträdare är uppdaterat",
             "Avstämning mot Wärna", "Handläggare", "Delvis genomförd",
             "Avstämning klar för huvudmän A–L. Resterande stäms av i januari 2026.", "Nej",
             "DELVIS", "nej"),
            ("Lämplighet", "Lämplighetsprövning av nya gode män och förvaltare\n(belastningsregister, "
                           "kreditupplysning, Kronofogden)",
             "Samtliga nya uppdrag", "Handläggare", "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        ]),
        ("Valnämnden", [
            ("Valgenomförande", "Rutin för hantering av förtidsröster och budröster",
             "Genomgång av rutin", "Valsamordnare", "Ej aktuellt",
             "Inget allmänt val under 2025. Kontrollen görs inför valet 2026.", "", "UTGAR", ""),
            ("Valgenomförande", "Rekrytering och utbildning av röstmottagare inför valet 2026",
             "Uppföljning mot rekryteringsplan", "Valsamordnare", "Pågår",
             "Rekryteringen startade i november. Utbildningar planeras i april 2026.", "Nej", "DELVIS", "nej"),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 5 fakturor", "Valsamordnare", "Genomförd", "Inga avvikelser.", "Nej",
             "GENOMFORD", "nej"),
        ]),
        ("Krisledningsnämnden", [
            ("Krisberedskap", "Att kommunens plan för extraordinära händelser är reviderad och antagen för "
                              "mandatperioden",
             "Dokumentgranskning", "Säkerhetssamordnare", "Ej genomförd",
             "Revideringen skjuts till 2026 med anledning av nya krav inom civilt försvar.", "", "EJ_GENOMFORD", ""),
            ("Krisberedskap", "Att krisledningsstaben övas minst en gång per år",
             "Övningsrapport", "Säkerhetssamordnare", "Genomförd",
             "Övning genomförd 2025-10-08. Brister i sambandsplanen noterades, åtgärdsplan tas fram.", "Ja",
             "GENOMFORD", "ja"),
            ("Samband", "Funktionskontroll av RAKEL-terminaler", "Månadsvis provsamtal",
             "Säkerhetssamordnare", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        setcell(ws, (r, 1), gname, font=Font(bold=True, size=12),
                fill=PatternFill("solid", fgColor="D9E1F2"))
        r += 1
        for row in rows:
            vals = row[:7]
            for i, v in enumerate(vals, 1):
                setcell(ws, (r, i), v if v != "" else None, border=BOX, alignment=WRAP)
            ws.row_dimensions[r].outlineLevel = 1
            EXPECTED.append((fn, gname, row[1], row[7], row[8]))
            r += 1
        FILES.append((fn, "INLAST", gname, "2025", "HELAR"))
    r += 1
    setcell(ws, (r, 1), "Totalt antal kontroller: 10", font=Font(bold=True))
    setcell(ws, (r, 5), "Genomförda: 5", font=Font(bold=True))
    r += 2
    setcell(ws, (r, 1), "Uppföljningen redovisas för respektive nämnd vid första sammanträdet 2026.",
            font=Font(italic=True))
    widths = [18, 48, 22, 22, 16, 50, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    fix_wb(wb)
    wb.save(p(fn))


# ---------------------------------------------------------------------------
# 2. KFN: Word, table whose first row is a merged title cell
# ---------------------------------------------------------------------------
def file_kfn():
    fn = "Kultur- och fritid IK uppföljning 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("Bilaga 1 till tjänsteskrivelse KFN 2026/12")
    d.add_paragraph("Teckenförklaring kolumnen Utfört: Ja = genomförd utan anmärkning, "
                    "Ja* = genomförd, brister har noterats, Delvis = delvis genomförd, "
                    "Nej = ej genomförd, Utgår = strukits genom beslut.")
    rows = [
        ("1", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Fritidskonsulent",
         "Ja", "15 bidragsärenden granskade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Redovisning av kontanta intäkter vid Sölvesborgs simhall stäms av mot kassarapport",
         "Badchef", "Ja*", "Differens vid två tillfällen (totalt 340 kr) har utretts. Rutinen för dagskassa "
                           "har förtydligats.", "GENOMFORD", "ja"),
        ("3", "Uppföljning av att bibliotekets medieinköp sker enligt avtal", "Bibliotekschef", "Ja",
         "Inga inköp utanför avtal har noterats.", "GENOMFORD", "nej"),
        ("4", "Kontroll av att lokalbokningar debiteras enligt fastställd taxa", "Bokningsansvarig",
         "Delvis", "Kontroll gjord för vårterminen. Hösten kontrolleras i februari 2026.", "DELVIS", ""),
        ("5", "Registerutdrag för personal och ledare som arbetar med barn och unga (Kulturskolan, "
              "fritidsgårdar)", "Enhetschefer", "Nej",
         "Ej genomförd under året p.g.a. vakans. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("6", "Inventering av kommunens konstsamling", "Kultursekreterare", "Utgår",
         "Utgår enligt beslut KFN 2025-06-12 § 45.", "UTGAR", ""),
        ("7", "Kontroll av att representation och måltider följer kommunens riktlinjer", "Förvaltningschef",
         "Ja*", "Två fakturor saknade deltagarförteckning och syfte. Återkoppling till berörda chefer.",
         "GENOMFORD", "ja"),
        ("8", "Säkerhetsrutiner vid evenemang (Sölvesborgs sommarfest)", "Evenemangssamordnare", "",
         "Se separat rapport.", "OKLAR", ""),
    ]
    t = d.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    title = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    title.text = ""
    tp = title.paragraphs[0]
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = tp.add_run("KULTUR- OCH FRITIDSNÄMNDEN")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    tp2 = title.add_paragraph()
    tp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = tp2.add_run("Sölvesborgs kommun  ·  Internkontrollplan 2025  ·  Uppföljning helår")
    r2.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(title, "7B2C5E")
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Utfört", "Iakttagelser och åtgärder"]
    for i, h in enumerate(hdr):
        c = t.rows[1].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "E7D3DF")
    for ri, row in enumerate(rows, 2):
        for ci in range(5):
            t.rows[ri].cells[ci].text = row[ci]
        EXPECTED.append((fn, nm, row[1], row[5], row[6]))
    widths = [Cm(1), Cm(6), Cm(3), Cm(1.6), Cm(6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Sölvesborg 2026-01-22")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, kultur och fritid")
    fix_doc(d, "Anna Lindqvist")
    d.save(p(fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. BUN: Riskbedömning matrix + Uppföljning with T1/T2/Helår columns
# ---------------------------------------------------------------------------
def file_bun():
    fn = "BUN internkontrollplan 2025 uppföljning.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    rs = wb.active
    rs.title = "Riskbedömning"
    setcell(rs, "A1", "Barn- och utbildningsnämnden – Risk- och väsentlighetsanalys 2025", font=Font(bold=True, size=13))
    setcell(rs, "A3", "Riskmatris (sannolikhet × konsekvens)", font=Font(bold=True))
    setcell(rs, "A4", "Sannolikhet \\ Konsekvens", font=Font(bold=True))
    for k in range(1, 5):
        setcell(rs, (4, 1 + k), k, font=Font(bold=True), alignment=Alignment(horizontal="center"))
    placed = {
        (4, 4): "R3 Kränkande behandling",
        (3, 3): "R1 Frånvaro\nR5 Barngrupper",
        (3, 2): "R9 Inköp utanför avtal",
        (2, 4): "R4 Registerkontroll",
        (2, 3): "R6 Attest\nR7 Elevhälsans journaler",
        (2, 2): "R2 Skolskjuts",
        (1, 2): "R8 Maxtaxa",
    }
    for s in range(4, 0, -1):
        row = 5 + (4 - s)
        setcell(rs, (row, 1), s, font=Font(bold=True))
        for k in range(1, 5):
            v = s * k
            col = "C00000" if v >= 12 else "FFC000" if v >= 6 else "92D050"
            setcell(rs, (row, 1 + k), placed.get((s, k)), fill=PatternFill("solid", fgColor=col),
                    border=BOX, alignment=WRAP)
        rs.row_dimensions[row].height = 36
    setcell(rs, "A11", "Risklista", font=Font(bold=True))
    rhdr = ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Hantering"]
    for i, h in enumerate(rhdr, 1):
        setcell(rs, (12, i), h, font=Font(bold=True), border=BOX)
    risks = [
        ("R1", "Elevers frånvaro uppmärksammas inte i tid", 3, 3, "Kontroll i IKP"),
        ("R2", "Skolskjuts beviljas felaktigt", 2, 2, "Kontroll i IKP"),
        ("R3", "Kränkande behandling anmäls inte till huvudman", 4, 4, "Kontroll i IKP"),
        ("R4", "Anställning utan registerkontroll", 2, 4, "Kontroll i IKP"),
        ("R5", "För stora barngrupper i förskolan", 3, 3, "Kontroll i IKP"),
        ("R6", "Felaktig attest av fakturor", 2, 3, "Kontroll i IKP"),
        ("R7", "Bristande journalföring i elevhälsan", 2, 3, "Kontroll i IKP"),
        ("R8", "Felaktiga avgifter maxtaxa", 1, 2, "Kontroll i IKP"),
        ("R9", "Inköp utanför upphandlade avtal", 3, 2, "Kontroll i IKP"),
        ("R10", "Brand i skollokal", 1, 4, "Hanteras i SBA-arbetet"),
    ]
    for j, (n, risk, s, k, h) in enumerate(risks, 13):
        for i, v in enumerate((n, risk, s, k, s * k, h), 1):
            setcell(rs, (j, i), v, border=BOX)
    for col, w in zip("ABCDEF", (22, 44, 22, 22, 12, 24)):
        rs.column_dimensions[col].width = w

    ws = wb.create_sheet("Uppföljning")
    setcell(ws, "A1", "Barn- och utbildningsnämnden – Internkontrollplan 2025, uppföljning", font=Font(bold=True, size=13))
    setcell(ws, "A2", "Uppdaterad 2026-01-15 inför nämndens sammanträde 2026-02-05", font=Font(italic=True))
    hdr = ["Nr", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T1", "Status T2",
           "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, (4, i), h, font=Font(bold=True), fill=PatternFill("solid", fgColor="BDD7EE"),
                border=BOX, alignment=WRAP)
    fills = {"Klar": "C6EFCE", "Klar med avvikelse": "FFEB9C", "Pågår": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    rows = [
        ("1", "R1", "Kontroll av att elevers frånvaro rapporteras och följs upp enligt rutin",
         "Stickprov 3 skolor", "Per termin", "Rektorer", "Pågår", "Pågår", "Klar",
         "Samtliga tre skolor följer rutinen.", "GENOMFORD", "nej"),
        ("2", "R2", "Stickprov på att beslut om skolskjuts fattas enligt riktlinjerna",
         "Stickprov 20 beslut", "1 ggr/år", "Skolskjutshandläggare", "Klar", None, None,
         "Genomförd i april. 20 beslut granskade, inga fel.", "GENOMFORD", "nej"),
        ("3", "R3", "Anmälan om kränkande behandling rapporteras till huvudman inom fastställd tid",
         "Genomgång av samtliga anmälningar", "Löpande", "Kvalitetsutvecklare", "Klar",
         "Klar med avvikelse", "Klar med avvikelse",
         "3 av 41 anmälningar rapporterades senare än 5 arbetsdagar. Påminnelse till rektorer.",
         "GENOMFORD", "ja"),
        ("4", "R4", "Kontroll att utdrag ur belastningsregistret visas vid nyanställning i förskola och skola",
         "Stickprov 15 anställningar", "1 ggr/år", "HR-konsult", None, None, "Klar",
         "Utdrag fanns i samtliga 15 fall.", "GENOMFORD", "nej"),
        ("5", "R5", "Uppföljning av att barngruppernas storlek i förskolan följer Skolverkets riktmärke",
         "Statistik 15 oktober", "1 ggr/år", "Verksamhetschef förskola", None, "Pågår", "Pågår",
         "Underlag sammanställt, analys redovisas i mars 2026.", "DELVIS", ""),
        ("6", "R6", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "2 ggr/år", "Controller", "Klar", None, "Klar med avvikelse",
         "Två fakturor attesterade av person utan behörighet i attestförteckningen.", "GENOMFORD", "ja"),
        ("7", "R7", "Kontroll av att elevhälsans medicinska insats dokumenterar i journal enligt "
                    "patientdatalagen", "Journalgranskning", "1 ggr/år", "Verksamhetschef elevhälsa",
         None, None, "Ej påbörjad", "Flyttas till 2026 p.g.a. byte av journalsystem.", "EJ_GENOMFORD", ""),
        ("8", "R8", "Uppföljning av avgifter inom fritidshem och förskola (maxtaxa)",
         "Stickprov 30 fakturor", "1 ggr/år", "Avgiftshandläggare", None, None, "Utgår",
         "Ersatt av central kontroll i kommunstyrelsens plan.", "UTGAR", ""),
        ("9", "R9", "Kontroll av att inköp sker från upphandlade leverantörer",
         "Stickprov 30 inköp", "1 ggr/år", "Controller", None, None, None,
         "Stickprovet slutfört i december: 4 av 30 inköp gjordes utanför avtal. Information till "
         "beställare.", "GENOMFORD", "ja"),
    ]
    for j, row in enumerate(rows, 5):
        for i, v in enumerate(row[:10], 1):
            c = setcell(ws, (j, i), v, border=BOX, alignment=WRAP)
            if i in (7, 8, 9) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        EXPECTED.append((fn, nm, row[2], row[10], row[11]))
    # legend to the right
    setcell(ws, "L4", "Statusförklaring", font=Font(bold=True))
    for j, (k, v) in enumerate([("Klar", "Kontrollen genomförd utan avvikelse"),
                                ("Klar med avvikelse", "Kontrollen genomförd, avvikelse noterad"),
                                ("Pågår", "Kontrollen påbörjad men ej avslutad"),
                                ("Ej påbörjad", "Kontrollen har inte startat"),
                                ("Utgår", "Kontrollen stryks genom beslut")], 5):
        setcell(ws, (j, 12), k, fill=PatternFill("solid", fgColor=fills[k]), border=BOX)
        setcell(ws, (j, 13), v)
    for col, w in zip("ABCDEFGHIJKLM", (5, 6, 46, 22, 12, 20, 12, 16, 16, 48, 2, 18, 34)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_wb(wb)
    wb.save(p(fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export, two nämnder
# ---------------------------------------------------------------------------
def file_stratsys():
    fn = "Stratsys_export_Internkontroll_2025-12-31.csv"
    head = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period", "Status",
            "Kommentar", "Senast uppdaterad"]
    on = "Omsorgsnämnden"
    mb = "Miljö- och byggnadsnämnden"
    rows = [
        (on, "Omsorgsnämnden", "Vård och omsorg", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 20 ärenden", "Enhetschefer", "Genomförd", "", "GENOMFORD", "nej"),
        (on, "Omsorgsnämnden", "Kvalitet", "Kontroll av att rapporter enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "Genomförd med anmärkning",
         "2 av 9 utredningar överskred tidsgränsen.\nÅtgärd: påminnelse och ny bevakning i Treserva.",
         "GENOMFORD", "ja"),
        (on, "Omsorgsnämnden", "Hälso- och sjukvård", "Läkemedelshantering – kontroll av signeringslistor i hemtjänsten",
         "Stickprov 4 grupper", "MAS", "Påbörjad", "Två av fyra hemtjänstgrupper kontrollerade.", "DELVIS", ""),
        (on, "Omsorgsnämnden", "Myndighetsutövning", "Kontroll av att beslut om bistånd verkställs inom tre månader",
         "Uttag ur verksamhetssystem", "Biståndschef", "Genomförd", "Inga ej verkställda beslut äldre än tre månader.",
         "GENOMFORD", "nej"),
        (on, "Omsorgsnämnden", "Ekonomi", "Kontroll av att brukares privata medel på särskilt boende hanteras enligt rutin",
         "Stickprov 10 brukare", "Enhetschefer SÄBO", "Inte påbörjad", "", "EJ_GENOMFORD", ""),
        (on, "Omsorgsnämnden", "Ekonomi", "Uppföljning av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
         "Stickprov 25 beslut", "Avgiftshandläggare", "Genomförd med anmärkning",
         "Ett beslut hade fel bostadskostnad; rättat och återbetalt.", "GENOMFORD", "ja"),
        (on, "Omsorgsnämnden", "Informationssäkerhet", "Kontroll av att loggar i verksamhetssystemet följs upp",
         "Logguppföljning", "Systemförvaltare", "Utgått", "Ersatt av nämndens dataskyddskontroll 2025.",
         "UTGAR", ""),
        (on, "Omsorgsnämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (mb, "Miljö- och byggförvaltningen", "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystem", "Bygglovschef", "Genomförd med anmärkning",
         "6 % av ärendena överskred tidsfristen; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        (mb, "Miljö- och byggförvaltningen", "Tillsyn", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
         "Stickprov 15 fakturor", "Miljöchef", "Genomförd", "", "GENOMFORD", "nej"),
        (mb, "Miljö- och byggförvaltningen", "Delegation", "Uppföljning av att delegationsbeslut anmäls till nämnden",
         "Avstämning mot delegationslista", "Nämndsekreterare", "Genomförd", "Samtliga beslut anmälda.",
         "GENOMFORD", "nej"),
        (mb, "Miljö- och byggförvaltningen", "Livsmedel", "Kontroll av att livsmedelskontrollplanen följs",
         "Uppföljning av kontrollplan", "Miljöchef", "Påbörjad", "78 % av planerade kontroller utförda.",
         "DELVIS", ""),
        (mb, "Miljö- och byggförvaltningen", "Dokumenthantering", "Kontroll av att diarieföring sker enligt dokumenthanteringsplan",
         "Stickprov", "Registrator", "Inte påbörjad", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(head)
    for i, r in enumerate(rows):
        upd = "2025-12-%02d 14:%02d" % (10 + i, 5 + 3 * i)
        w.writerow([r[1], r[2], r[3], r[4], r[5], "Helår 2025", r[6], r[7], upd])
        EXPECTED.append((fn, r[0], r[3], r[8], r[9]))
    with open(p(fn), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fn, "INLAST", on, "2025", "HELAR"))
    FILES.append((fn, "INLAST", mb, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden: status cells hold a date (done) or a word
# ---------------------------------------------------------------------------
def file_tn():
    fn = "Tekniska förvaltningen IK 2025 helår.xlsx"
    nm = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – Sölvesborgs kommun"
    ws.oddHeader.right.text = "Utskrivet &D"
    ws.oddFooter.center.text = "Sida &P av &N"
    setcell(ws, "A1", "Internkontroll 2025 – uppföljning per 31 december", font=Font(bold=True, size=14))
    setcell(ws, "A2", "Instruktion: ange datum när kontrollen är utförd. Om den inte är utförd anges "
                      "Pågår, Ej utförd eller Utgår. Avvikelse anges J/N.", font=Font(italic=True, size=9))
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Ansvarig", "Utförd (datum) / status",
           "Avvikelse J/N", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, (4, i), h, font=Font(bold=True), fill=PatternFill("solid", fgColor="E2EFDA"),
                border=BOX, alignment=WRAP)
    D = dt.datetime
    rows = [
        ("Gata/park", "Kontroll av att vinterväghållning utförs enligt avtal med entreprenör",
         "Stickprov körjournaler", "5 snötillfällen", "Gatuchef", D(2025, 3, 28), "N", "",
         "GENOMFORD", "nej"),
        ("Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hissar, lekplatser) genomförs",
         "Genomgång besiktningsprotokoll", "Samtliga fastigheter", "Fastighetschef", D(2025, 11, 20), "J",
         "OVK saknades för två fastigheter. Besiktning beställd till februari 2026.", "GENOMFORD", "ja"),
        ("Kost", "Egenkontroll av livsmedelshantering i kommunens tillagningskök",
         "Checklista", "Samtliga kök", "Kostchef", D(2025, 6, 30), "N", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att fakturering av hyror sker enligt hyresavtal",
         "Avstämning hyresreskontra", "Samtliga avtal", "Controller", "Pågår", "",
         "Avstämningen är klar till ca 80 %.", "DELVIS", ""),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer",
         "Stickprov", "15 upphandlingar", "Upphandlare", "2025-12-12", "J",
         "3 av 15 saknade dokumentation av prisjämförelse.", "GENOMFORD", "ja"),
        ("Fordon", "Kontroll av att körjournaler förs för kommunens fordon", "Stickprov",
         "10 fordon", "Fordonssamordnare", "Ej utförd", "", "Ny rutin med elektronisk körjournal införs 2026.",
         "EJ_GENOMFORD", ""),
        ("Hamn", "Kontroll av att avgifter i gästhamnen redovisas korrekt", "Avstämning kassa/bokföring",
         "Säsongen 2025", "Hamnansvarig", "Utgår", "",
         "Gästhamnen drivs från 2025 av extern aktör enligt arrendeavtal.", "UTGAR", ""),
        ("Arbetsmiljö", "Skyddsronder genomförs i samtliga verksamheter", "Protokoll", "Samtliga enheter",
         "Förvaltningschef", None, "", "", "SAKNAS", ""),
        ("Säkerhet", "Kontroll av att nycklar och passerkort spärras vid avslutad anställning",
         "Avstämning mot HR-lista", "Samtliga avslut", "Säkerhetsansvarig", D(2025, 9, 15), "N", "",
         "GENOMFORD", "nej"),
    ]
    for j, row in enumerate(rows, 5):
        for i, v in enumerate(row[:8], 1):
            c = setcell(ws, (j, i), v if v != "" else None, border=BOX, alignment=WRAP)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd"
        EXPECTED.append((fn, nm, row[1], row[8], row[9]))
    setcell(ws, (16, 1), "Godkänd av förvaltningschef Per Nilsson 2026-01-20", font=Font(italic=True))
    for col, w in zip("ABCDEFGH", (14, 48, 24, 18, 18, 16, 10, 46)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "4:4"
    fix_wb(wb)
    wb.save(p(fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Sölvesborgshem AB: letter with a short table at the end
# ---------------------------------------------------------------------------
def file_hem():
    fn = "Sölvesborgshem - skrivelse uppföljning intern kontroll 2025.docx"
    nm = "Sölvesborgshem AB"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Sölvesborgshem AB  ·  Box 52  ·  294 21 Sölvesborg"
    h = d.add_paragraph()
    rr = h.add_run("SÖLVESBORGSHEM")
    rr.bold = True
    rr.font.size = Pt(18)
    d.add_paragraph("Kommunstyrelsen\nSölvesborgs kommun\n294 80 Sölvesborg")
    d.add_paragraph("Sölvesborg 2026-01-28\nVår referens: Ekonomichef Maria Håkansson")
    s = d.add_paragraph()
    s.add_run("Uppföljning av bolagets internkontrollplan för verksamhetsåret 2025").bold = True
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska de kommunala bolagen årligen rapportera "
        "resultatet av sin interna kontroll till kommunstyrelsen. Styrelsen för Sölvesborgshem AB antog "
        "bolagets internkontrollplan för 2025 den 12 februari 2025. Planen omfattade fem kontroller.")
    d.add_paragraph(
        "Vid helårsuppföljningen kan vi konstatera att merparten av kontrollerna har genomförts. I "
        "kontrollen av hyresfordringar noterades att rutinen för avskrivning av fordringar inte hade "
        "följts i ett ärende; rutinen har därefter gåtts igenom med berörda medarbetare. Underhållsplanen "
        "har följts upp för flerbostadshusen men inte för småhusbeståndet, vilket slutförs under våren 2026.")
    d.add_paragraph(
        "Styrelsen behandlade uppföljningen vid sitt sammanträde den 22 januari 2026 och bedömer att den "
        "interna kontrollen i bolaget i allt väsentligt är tillräcklig.")
    d.add_paragraph("Med vänliga hälsningar\n\nLars Bengtsson\nVD, Sölvesborgshem AB")
    d.add_paragraph("")
    d.add_paragraph("Sammanställning av kontrollerna 2025:")
    rows = [
        ("Kontroll av att hyresavisering sker enligt gällande hyresavtal", "Utan anmärkning",
         "Stickprov 30 avtal.", "GENOMFORD", "nej"),
        ("Uppföljning av hyresfordringar och inkassoärenden", "Med anmärkning",
         "Avskrivningsrutin ej följd i ett ärende.", "GENOMFORD", "ja"),
        ("Kontroll av att underhållsplanen följs", "Delvis", "Småhus återstår.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Utan anmärkning", "", "GENOMFORD", "nej"),
        ("Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras i bostadsbeståndet", "",
         "Har inte kunnat genomföras 2025 p.g.a. vakant tjänst. Görs kvartal 1 2026.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, hh in enumerate(["Kontroll", "Resultat", "Kommentar"]):
        t.rows[0].cells[i].text = hh
    for j, r in enumerate(rows, 1):
        for i in range(3):
            t.rows[j].cells[i].text = r[i]
        EXPECTED.append((fn, nm, r[0], r[3], r[4]))
    fix_doc(d, "Maria Håkansson")
    d.save(p(fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Rejected: a JPEG photo of a signed page, saved with .docx extension
# ---------------------------------------------------------------------------
def file_reject():
    fn = "Omsorgsnämnden protokollsutdrag IK 2025 underskrivet.docx"
    img = Image.new("RGB", (620, 877), (246, 244, 238))
    dr = ImageDraw.Draw(img)
    dr.text((40, 40), "Sölvesborgs kommun  PROTOKOLLSUTDRAG", fill=(30, 30, 30))
    dr.text((40, 70), "Omsorgsnämnden 2026-01-21  § 8", fill=(30, 30, 30))
    for k in range(14):
        y = 120 + k * 22
        dr.line((40, y, 560 - (k * 17) % 90, y), fill=(120, 120, 120), width=2)
    dr.line((60, 700, 260, 680), fill=(20, 20, 90), width=3)
    dr.text((60, 720), "Justerare", fill=(30, 30, 30))
    img.save(p(fn), format="JPEG", quality=80)
    FILES.append((fn, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Sölvesborgshem AB", "Sölvesborgshem|SBHem"),
        ("Sölvesborg Energi och Vatten AB", "Sölvesborg Energi|SEVAB"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in reg:
            f.write(f"{a};{b}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


if __name__ == "__main__":
    file_klk()
    file_kfn()
    file_bun()
    file_stratsys()
    file_tn()
    file_hem()
    file_reject()
    registers()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
