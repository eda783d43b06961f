#!/usr/bin/python3
"""Round 587 – Hörby kommun, uppföljning intern kontroll helår 2025."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r587-")
LO_PROFILE = "file:///tmp/lo-round587"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def S(c, v):
    """Set a cell value as text (never a formula)."""
    c.value = v
    if isinstance(v, str):
        c.data_type = "s"
    return c

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------- 1. KS xlsx
def ks():
    fn = "IKP uppföljning helår 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    S(ws["A1"], "Hörby kommun – Kommunstyrelsen").font = Font(bold=True, size=14)
    S(ws["A2"], "Internkontrollplan 2025 – uppföljning T1, T2 och T3 (helår)").font = Font(bold=True, size=12)
    S(ws["A3"], "Statusvärden: Genomförd / Genomförd med anmärkning / Delvis genomförd / Pågår / Ej påbörjad / Utgår. "
                "Fyll i status för aktuell tertial, tidigare tertialer låses inte.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:J3")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod / omfattning", "Ansvarig",
           "Status T1\n(30 apr)", "Status T2\n(31 aug)", "Status T3\n(31 dec)", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(5, i), h); c.font = BOLD; c.fill = PatternFill("solid", fgColor="BDD7EE"); c.alignment = WRAP; c.border = BOX
    groups = [
        ("1. Ekonomi och inköp", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor per år", "Redovisningsansvarig", "Pågår", "Pågår", "Genomförd",
             "Stickprov 40 fakturor. 2 fakturor saknade attest av behörig beslutsattestant. Attestordningen har påmints på ledningsgruppen.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Förtroendeskada", "Kontroll av att representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Samtliga konteringar konto 7610–7690", "Controller", None, "Genomförd", "Genomförd",
             "Inga avvikelser noterade.", "GENOMFORD", "nej"),
            ("1.3", "Bokslut", "Felaktig redovisning", "Avstämning av balanskonton vid månadsbokslut",
             "Månadsvis", "Redovisningsansvarig", "Pågår", "Pågår", "Delvis genomförd",
             "Avstämning klar för januari–oktober. November–december avstäms i bokslutsarbetet i februari. Inga differenser hittills.",
             "DELVIS", "nej"),
            ("1.4", "Inköp", "Avtalsotrohet", "Köptrohet mot ramavtal vid direktupphandling",
             "Genomgång av 50 fakturor utan avtalsnummer", "Upphandlare", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
             "Ej genomförd p.g.a. vakans på upphandlingsfunktionen. Flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("2. Personal och lön", [
            ("2.1", "Lön", "Felaktiga löneutbetalningar", "Kontroll av att lönetillägg och retroaktiva lönejusteringar är beslutade av behörig chef",
             "Stickprov 20 lönetillägg", "HR-chef", "Genomförd", None, None, None, "GENOMFORD", ""),
            ("2.2", "Rehabilitering", "Brister i arbetsgivaransvar", "Uppföljning av rehabiliteringsärenden enligt rutin för rehabilitering",
             "Genomgång av samtliga ärenden >60 dagar", "HR-konsult", "Pågår", "Genomförd", "Genomförd med anmärkning",
             "3 av 12 ärenden saknade upprättad rehabiliteringsplan inom 30 dagar. Chefer har fått riktad utbildning.",
             "GENOMFORD", "ja"),
            ("2.3", "Bisysslor", "Jäv och förtroendeskada", "Kontroll av att bisysslor har registrerats och prövats",
             "Enkät till chefer", "HR-chef", "Ej påbörjad", "Utgår", "Utgår",
             "Utgår enligt beslut i KS 2025-05-14 § 88. Ingår fortsättningsvis i HR:s årshjul.", "UTGAR", ""),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Obehörig åtkomst", "Behörighetskontroll i ekonomisystemet – avslutade anställningar har tagits bort",
             "Avstämning mot personalsystemet", "IT-chef", "Ej påbörjad", "Pågår", "Se bilaga 3", None, "OKLAR", ""),
            ("3.2", "Dataskydd", "Sanktionsavgift", "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Genomgång av incidentloggen", "Dataskyddsombud", None, None, None, None, "SAKNAS", ""),
            ("3.3", "Drift", "Dataförlust", "Test av återläsning av säkerhetskopior",
             "Ett återläsningstest per år", "IT-chef", None, "Ej påbörjad", "Genomförd",
             "Återläsningstest utfört 2025-10-22 utan anmärkning.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        c = S(ws.cell(r, 1), gname); c.font = BOLD; c.fill = PatternFill("solid", fgColor="E7E6E6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:10], 1):
                c = ws.cell(r, i)
                if v is not None:
                    S(c, v)
                c.alignment = WRAP; c.border = BOX
            EXPECTED.append((fn, N, row[3], row[10], row[11]))
            r += 1
    r += 1
    S(ws.cell(r, 1), "Godkänd av kommundirektör 2026-01-30"); ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [5, 16, 18, 45, 28, 18, 13, 13, 16, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. BUN docx, colour fills
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"

def bun():
    fn = "BUN_internkontroll_2025_helar.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph("Diarienummer BUN 2025/0412. Barn- och utbildningsförvaltningen har följt upp de kontrollmoment som "
                    "nämnden beslutade om i internkontrollplan 2025 (BUN 2024-12-11 § 142). Nedan redovisas resultatet per "
                    "kontrollmoment. Status anges med färg i kolumnen längst till höger.")
    p = d.add_paragraph(); p.add_run("Teckenförklaring: ").bold = True
    p.add_run("Grön = Genomförd   Gul = Delvis genomförd / pågår   Röd = Ej genomförd   Grå = Utgår")
    legend = d.add_table(rows=1, cols=4); legend.style = "Table Grid"
    for cell, (txt, col) in zip(legend.rows[0].cells, [("Genomförd", GREEN), ("Delvis genomförd", YELLOW),
                                                       ("Ej genomförd", RED), ("Utgår", GREY)]):
        cell.text = txt; shade(cell, col)
    blocks = [
        ("Ekonomi och administration", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per halvår",
             "Inga avvikelser noterades.", GREEN, "GENOMFORD", "nej"),
            ("Ekonomi", "Kontroll av att avgifter för förskola och fritidshem debiteras enligt beslutad taxa",
             "Stickprov 30 hushåll", "Två hushåll hade debiterats fel taxa efter inkomständring. Felen är rättade och mellanskillnaden återbetald.",
             GREEN, "GENOMFORD", "ja"),
            ("Inköp", "Inköp sker från avtalade leverantörer", "Genomgång av 50 fakturor",
             "Granskningen påbörjades under hösten och slutförs under första kvartalet 2026.", YELLOW, "DELVIS", ""),
            ("Dokumenthantering", "Diarieföring av inkomna handlingar sker utan dröjsmål", "Stickprov 20 handlingar",
             "Har inte genomförts på grund av byte av ärendehanteringssystem.", RED, "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Trygghet och studiero", "Anmälan till huvudman om kränkande behandling sker skyndsamt",
             "Samtliga anmälningar under perioden", "14 av 16 anmälningar inkom inom fem arbetsdagar, två inkom för sent. Rektorerna har informerats.",
             GREEN, "GENOMFORD", "ja"),
            ("Närvaro", "Uppföljning av elevers frånvaro enligt frånvarotrappan", "Genomgång på samtliga grundskolor",
             "Kontroll gjord på 3 av 5 grundskolor.", YELLOW, "DELVIS", ""),
            ("Tilläggsbelopp", "Kontroll av att beslut om tilläggsbelopp fattas av behörig delegat", "Samtliga beslut",
             "Ej aktuell – beslutanderätten har flyttats till central elevhälsa och ingår i dess plan.", GREY, "UTGAR", ""),
            ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt gällande riktlinjer", "Stickprov 15 beslut",
             "", None, "SAKNAS", ""),
            ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
             "Stickprov 20 nyanställda", "Samtliga hade uppvisat utdrag före anställning.", GREEN, "GENOMFORD", "nej"),
        ]),
    ]
    for title, rows in blocks:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, ["Process", "Kontrollmoment", "Kontrollmetod", "Resultat / iakttagelser", "Status"]):
            cell.text = ""; cell.paragraphs[0].add_run(h).bold = True; shade(cell, "D9E2F3")
        for proc, km, met, res, col, st, av in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = proc, km, met, res
            cells[4].text = ""
            if col:
                shade(cells[4], col)
            EXPECTED.append((fn, N, km, st, av))
    d.add_paragraph()
    d.add_paragraph("Hörby 2026-01-28")
    d.add_paragraph("Anna Lindqvist, förvaltningschef Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. VON odt verksamhetsberättelse
def von():
    fn = "Verksamhetsberättelse 2025 VON (utdrag).odt"
    N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(cellst)
    doc.text.addElement(H(outlinelevel=1, text="Verksamhetsberättelse 2025 – Vård- och omsorgsnämnden"))
    doc.text.addElement(P(text="Utdrag: avsnitt 5 Ekonomi och avsnitt 7 Intern kontroll. Fullständig verksamhetsberättelse "
                              "behandlas av nämnden 2026-02-18."))
    doc.text.addElement(H(outlinelevel=2, text="5 Ekonomi"))
    doc.text.addElement(P(text="Nämnden redovisar ett underskott om 4,2 mnkr mot budget för 2025. Underskottet förklaras "
                              "främst av ökade kostnader för köpt hemtjänst under första halvåret och höga kostnader för "
                              "bemanningssjuksköterskor. Under hösten har åtgärdsplanen gett effekt och prognosen har förbättrats."))
    doc.text.addElement(H(outlinelevel=2, text="7 Intern kontroll"))
    doc.text.addElement(P(text="Nämnden antog internkontrollplan 2025 den 11 december 2024. Planen omfattar sju kontrollmoment. "
                              "Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig, men att "
                              "genomförandeplaner och läkemedelsdelegeringar behöver fortsatt uppmärksamhet. Resultatet per "
                              "kontrollmoment framgår av tabellen."))
    rows = [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Ja", "Ja",
         "78 % upprättade inom tid (mål 95 %). Åtgärdsplan framtagen för hemtjänsten.", "GENOMFORD", "ja"),
        ("Hantering av brukares privata medel enligt rutin", "Ja", "Nej",
         "Kontroll genomförd på samtliga fyra särskilda boenden.", "GENOMFORD", "nej"),
        ("Avvikelser enligt SOSFS 2011:9 analyseras och återkopplas till verksamheten", "Delvis", "–",
         "Sammanställning klar för hemtjänsten, inte för särskilt boende.", "DELVIS", ""),
        ("Läkemedelshantering – delegeringar för läkemedelsöverlämning är giltiga", "Ja", "Ja",
         "Sex delegeringar hade gått ut; samtliga har förnyats.", "GENOMFORD", "ja"),
        ("Loggkontroll i verksamhetssystemet för dokumentation", "Nej", "",
         "Ej genomförd på grund av systembyte under året. Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Avtalsuppföljning av extern utförare av hemtjänst (LOV)", "Utgår", "",
         "Avtalet med utföraren upphörde 2025-03-31.", "UTGAR", ""),
        ("Kontroll av att bemanning följer beslutad budget och schema", "Ja", "Nej",
         "Månatlig uppföljning i ledningsgruppen.", "GENOMFORD", "nej"),
    ]
    t = Table(name="IK2025")
    for _ in range(4):
        t.addElement(TableColumn())
    tr = TableRow(); t.addElement(tr)
    for h in ["Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar"]:
        tc = TableCell(stylename=cellst); p = P(); p.addElement(Span(stylename=bold, text=h)); tc.addElement(p); tr.addElement(tc)
    for km, g, a, k, st, av in rows:
        tr = TableRow(); t.addElement(tr)
        for v in (km, g, a, k):
            tc = TableCell(stylename=cellst); tc.addElement(P(text=v)); tr.addElement(tc)
        EXPECTED.append((fn, N, km, st, av))
    doc.text.addElement(t)
    doc.text.addElement(P(text="Förvaltningen föreslår att kontrollmomenten om genomförandeplaner och loggkontroll "
                              "återkommer i internkontrollplan 2026."))
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. Stratsys CSV, two nämnder, long format
def stratsys():
    fn = "stratsys_export_internkontroll_20260120.csv"
    SN, KFN = "Socialnämnden", "Kultur- och fritidsnämnden"
    orgs = {SN: "Hörby kommun/Socialnämnden", KFN: "Hörby kommun/Kultur- och fritidsnämnden"}
    data = [
        (SN, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd",
         ("Genomförd", "Inga avvikelser i stickprov 15 ärenden."),
         ("Genomförd", "Stickprov 30 utbetalningar. En felaktig utbetalning upptäcktes och har återkrävts."), "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och familj",
         ("Pågående", "Uppföljning pågår."),
         ("Genomförd", "92 % av förhandsbedömningarna gjordes inom 14 dagar. Avvikelsen har rapporterats till nämnden."), "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "Enhetschef barn och familj",
         ("Pågående", ""), ("Pågående", "Granskning av utredningar avslutade under hösten pågår."), "DELVIS", ""),
        (SN, "Placeringar", "Placeringar på HVB görs hos leverantör med ramavtal", "Verksamhetschef IFO",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Ej genomförd, har prioriterats bort under året."), "EJ_GENOMFORD", ""),
        (SN, "Delegation", "Beslut fattas enligt gällande delegationsordning", "Nämndsekreterare",
         ("Genomförd", "Genomgång av 40 delegationsbeslut, inga avvikelser."), ("", ""), "GENOMFORD", "nej"),
        (SN, "Dödsbo", "Handläggning av dödsboanmälningar sker enligt rutin", "Enhetschef försörjningsstöd",
         ("Avbruten", "Avbruten genom beslut SN 2025-06-11 § 54. Uppgiften har flyttats till kommunstyrelsen."),
         ("Avbruten", ""), "UTGAR", ""),
        (KFN, "Föreningsstöd", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent",
         ("", ""), ("Genomförd", "Kontroll av 12 ansökningar. En förening hade fått bidrag baserat på felaktigt medlemsantal; återkrav skickat."),
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering", "Dagskassor i simhallen stäms av mot kassasystemet", "Badmästare",
         ("Genomförd", "Inga differenser."), ("Genomförd", "Inga differenser."), "GENOMFORD", "nej"),
        (KFN, "Lokaluthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         ("Ej påbörjad", ""), ("Delvis genomförd", "Genomgång gjord för idrottshallar, ej för samlingslokaler."), "DELVIS", ""),
        (KFN, "Inventarier", "Inventarieförteckning för bibliotekets utrustning är uppdaterad", "Bibliotekschef",
         ("", ""), ("", ""), "SAKNAS", ""),
    ]
    lines = [["Rapport: Internkontroll – uppföljning kontrollmoment", "", "", "", "", "", ""],
             ["Urval: Hörby kommun; Delår 2025, Helår 2025", "", "", "", "", "", ""],
             ["Utskriven: 2026-01-20 09:14 av ekonomiavdelningen", "", "", "", "", "", ""],
             [],
             ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar"]]
    for n, proc, km, resp, dl, hl, st, av in data:
        lines.append([orgs[n], proc, km, resp, "Delår 2025", dl[0], dl[1]])
        lines.append([orgs[n], proc, km, resp, "Helår 2025", hl[0], hl[1]])
        EXPECTED.append((fn, n, km, st, av))
    with open(os.path.join(OUT, fn), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fn, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fn, "INLAST", KFN, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. SBN ods (nämnd only in print header + file name)
def sbn():
    fn = "SBN IK helår 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden, Hörby kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    S(ws["A1"], "Uppföljning intern kontroll 2025 – helårsrapport").font = Font(bold=True, size=13)
    S(ws["A2"], "Riskvärde = sannolikhet × konsekvens (1–4). Status anges med kod, se teckenförklaring under tabellen.")
    hdr = ["Verksamhet", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Status", "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(4, i), h); c.font = BOLD; c.alignment = WRAP; c.border = BOX; c.fill = PatternFill("solid", fgColor="DDEBF7")
    fills = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    rows = [
        ("Gata/park", "Felaktig fakturering från entreprenör", 3, 3, "Kontroll att fakturor för vinterväghållning stämmer mot avtalade á-priser",
         "G", "J", "Entreprenören debiterade fel timpris i februari. Kreditering har erhållits.", "GENOMFORD", "ja"),
        ("Fastighet", "Brister i systematiskt brandskyddsarbete", 2, 4, "Kontroll av att SBA-dokumentation finns för kommunens verksamhetslokaler",
         "D", "N", "Genomgång klar för 18 av 31 fastigheter.", "DELVIS", "nej"),
        ("Fastighet", "Obehörig tillgång till lokaler", 2, 3, "Kvittenser finns för utlämnade nycklar och passerkort",
         "G", "N", "Stickprov 25 kvittenser utan anmärkning.", "GENOMFORD", "nej"),
        ("Mark och exploatering", "Försäljning i strid med beslut", 1, 4, "Försäljning av kommunala villatomter sker enligt tomtkö och fastställd prislista",
         "G", "N", "", "GENOMFORD", "nej"),
        ("Kost", "Bristande livsmedelssäkerhet", 2, 4, "Egenkontroll enligt HACCP genomförs och dokumenteras i tillagningskök",
         "E", "", "Ej genomförd p.g.a. personalbrist i kostenheten under hösten.", "EJ_GENOMFORD", ""),
        ("Upphandling", "Avtalsotrohet", 3, 2, "Beställningar av mindre entreprenader görs mot ramavtal",
         "U", "", "Utgår – ingår i kommunstyrelsens kontroll av köptrohet.", "UTGAR", ""),
        ("Fordon", "Felaktig användning av fordon", 2, 2, "Körjournaler för kommunens fordon förs och granskas",
         "", "", "", "SAKNAS", ""),
        ("Gata/park", "Personskada på lekplats", 2, 4, "Kontroll av att besiktning av lekplatser utförs enligt plan",
         "G", "J", "Huvudbesiktning utförd. Två lekredskap stängdes av och har bytts ut.", "GENOMFORD", "ja"),
    ]
    r = 5
    for verk, risk, s, k, km, st, av, kom, est, eav in rows:
        vals = [verk, risk, s, k, s * k, km, st, av, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i)
            if v != "":
                S(c, v)
            c.alignment = WRAP; c.border = BOX
        if st:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[st])
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, N, km, est, eav))
        r += 1
    r += 1
    S(ws.cell(r, 1), "Teckenförklaring").font = BOLD
    for code, txt in [("G", "Genomförd"), ("D", "Delvis genomförd"), ("E", "Ej genomförd"), ("U", "Utgår")]:
        r += 1
        c = S(ws.cell(r, 1), code); c.fill = PatternFill("solid", fgColor=fills[code]); c.alignment = Alignment(horizontal="center")
        S(ws.cell(r, 2), txt)
    for col, w in zip("ABCDEFGHI", [18, 28, 11, 11, 10, 50, 8, 11, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "SBN IK helår 2025.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. MBN doc, free text
def mbn():
    fn = "MBN uppföljning intern kontroll 2025.doc"
    N = "Miljö- och byggnadsnämnden"
    d = Document()
    d.add_heading("Uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph("Miljö- och byggnadsnämnden, Hörby kommun").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse 2026-01-22, dnr MBN 2026/14. Handläggare: Erik Nilsson, utvecklingsstrateg.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Nämnden fastställde den 12 december 2024 internkontrollplan för 2025 med fem kontrollmoment. "
                    "Förvaltningen redovisar här resultatet av kontrollerna för helåret. Där avvikelser har noterats "
                    "föreslås åtgärder.")
    items = [
        ("Handläggningstid för bygglov",
         "Kontroll av att beslut i bygglovsärenden fattas inom tio veckor från komplett ansökan",
         "Samtliga 212 beslut under året har gåtts igenom. Fyra ärenden överskred tio veckor och avgiften reducerades enligt plan- och bygglagen.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Avgifter inom miljöbalkens område",
         "Debitering av årliga tillsynsavgifter sker enligt nämndens taxa",
         "Kontrollen är påbörjad men inte slutförd. Hittills har 60 av 140 objekt kontrollerats.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Delegation",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Stickprov av 30 delegationsbeslut visar att samtliga har anmälts till nämnd.",
         "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Tillsyn",
         "Uppföljning av förelägganden sker inom angiven tid",
         "Kontrollen har inte genomförts under 2025 på grund av långtidsfrånvaro på tillsynsenheten. Kontrollen förs över till 2026.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Jäv",
         "Handläggare dokumenterar jävsbedömning i ärendet",
         "Se bilaga 2.",
         "", "OKLAR", ""),
    ]
    for i, (rub, km, res, bed, st, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {rub}", level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if bed:
            p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(bed)
        EXPECTED.append((fn, N, km, st, av))
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Miljö- och byggnadsnämnden godkänner uppföljningen av intern kontroll för 2025 och överlämnar den "
                    "till kommunstyrelsen.")
    src = os.path.join(TMP, "MBN uppföljning intern kontroll 2025.docx")
    d.save(src)
    soffice(src, "doc", OUT)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. Hörbyhem AB xls, tick columns
def horbyhem():
    fn = "Hörbyhem AB internkontroll 2025.xls"
    N = "Hörbyhem AB"
    wb = Workbook(); ws = wb.active; ws.title = "Internkontroll 2025"
    S(ws["A1"], "Hörbyhem AB").font = Font(bold=True, size=14)
    S(ws["A2"], "Internkontrollplan 2025 – uppföljning per 2025-12-31").font = Font(bold=True)
    S(ws["A3"], "Rapporteras till styrelsen 2026-02-10 och till kommunstyrelsen enligt ägardirektiv. Markera med X.")
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(5, i), h); c.font = BOLD; c.alignment = WRAP; c.border = BOX; c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        (1, "Hyresdebitering", "Hyresavier överensstämmer med gällande hyresavtal och 2025 års hyresförhandling", "Ekonomichef",
         "X", "", "", "Ja", "Två lägenheter hade fel hyra efter förhandlingen; rättat i mars.", "GENOMFORD", "ja"),
        (2, "Kundfordringar", "Påminnelse och inkasso av hyresfordringar sker enligt rutin", "Ekonomiassistent",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        (3, "Upphandling", "Underhållsentreprenader över direktupphandlingsgränsen upphandlas enligt LOU", "VD",
         "", "X", "", "", "Granskning gjord av 3 av 5 entreprenader.", "DELVIS", ""),
        (4, "Uthyrning", "Uthyrning av lägenheter sker enligt bolagets uthyrningspolicy och bostadskö", "Uthyrningsansvarig",
         "X", "", "", "Nej", "Stickprov 20 kontrakt.", "GENOMFORD", "nej"),
        (5, "Nycklar", "Kvittenser finns för samtliga utlämnade huvudnycklar", "Fastighetschef",
         "", "", "X", "", "Ej genomförd – nytt elektroniskt låssystem installeras 2026.", "EJ_GENOMFORD", ""),
        (6, "Attest", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Ekonomichef",
         "X", "", "X", "Nej", "", "OKLAR", "nej"),
        (7, "Ägarstyrning", "Ägardirektivets krav på rapportering till kommunen uppfylls", "VD",
         "X", "", "", "Nej", "Delårsrapport och årsprognos lämnade i tid.", "GENOMFORD", "nej"),
        (8, "Arbetsmiljö", "Skyddsronder genomförs på samtliga förvaltningsområden", "Fastighetschef",
         "", "", "", "", "Utgår – hanteras i bolagets arbetsmiljöplan.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(r, i)
            if v != "":
                S(c, v)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="top") if 5 <= i <= 8 else WRAP
        EXPECTED.append((fn, N, row[2], row[9], row[10]))
        r += 1
    r += 1
    S(ws.cell(r, 1), "Sammanfattning: Styrelsen informeras om avvikelsen i hyresdebiteringen.")
    r += 2
    S(ws.cell(r, 1), "Hörby 2026-01-26   Lars Persson, VD")
    for col, w in zip("ABCDEFGHI", [5, 18, 50, 18, 11, 9, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Hörbyhem AB internkontroll 2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8. ÖFN simple xlsx
def ofn():
    fn = "ÖFN uppföljning IKP helår 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    S(ws["A1"], "Överförmyndarnämnden – uppföljning internkontrollplan helår 2025").font = Font(bold=True, size=12)
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"], 1):
        c = S(ws.cell(3, i), h); c.font = BOLD; c.border = BOX
    rows = [
        ("Granskning av årsräkningar sker senast 30 september", "Genomförd", "Samtliga 186 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Registerkontroll (UC och belastningsregister) görs innan ställföreträdare förordnas", "Genomförd",
         "En gode man förordnades utan UC-kontroll. Rutinen har uppdaterats.", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Pågår", "Stickprov pågår, klart i februari.", "DELVIS", ""),
        ("Förteckningar inkommer inom två månader från förordnande", "Ej genomförd", "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Gallring av akter i pappersarkiv enligt dokumenthanteringsplan", "Utgår", "Arkivet digitaliseras, kontrollen ej aktuell.", "UTGAR", ""),
    ]
    r = 4
    for km, st, kom, est, eav in rows:
        for i, v in enumerate([km, st, kom], 1):
            c = S(ws.cell(r, i), v); c.alignment = WRAP; c.border = BOX
        EXPECTED.append((fn, N, km, est, eav))
        r += 1
    S(ws.cell(r + 1, 1), "Uppföljningen godkändes av nämnden 2026-01-21 § 4.")
    ws.column_dimensions["A"].width = 60; ws.column_dimensions["B"].width = 14; ws.column_dimensions["C"].width = 55
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 9. rejected: covering letter
def missiv():
    fn = "Följebrev uppföljning intern kontroll 2025.docx"
    d = Document()
    d.add_paragraph("Hörby kommun\nKommunledningsförvaltningen, ekonomiavdelningen")
    d.add_paragraph("2026-02-02")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Till kommunstyrelsens arbetsutskott")
    d.add_paragraph("Härmed överlämnas nämndernas och Hörbyhem AB:s uppföljningar av internkontrollplanerna för helåret 2025. "
                    "Samtliga nämnder utom valnämnden och krisledningsnämnden har lämnat uppföljning. Socialnämnden och "
                    "kultur- och fritidsnämnden har rapporterat i Stratsys; övriga har använt egna mallar.")
    d.add_paragraph("Ekonomiavdelningen kommer att sammanställa resultatet i en samlad rapport till kommunstyrelsen i mars. "
                    "Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nMaria Holm\nEkonomichef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Hörbyhem AB", "Hörbyhem|AB Hörbyhem"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)


def main():
    ks(); bun(); von(); stratsys(); sbn(); mbn(); horbyhem(); ofn(); missiv(); register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
