#!/usr/bin/python3
"""Blind round r216 - Fjällnäs kommun, helår 2025. Builds all files + CSVs deterministically."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="r216_")
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-round216", "--headless"]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def convert(src, fmt, final_name):
    """Convert src with LibreOffice to fmt, then move to round folder as final_name."""
    outdir = os.path.join(BUILD, "conv")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(outdir, base + "." + ext), out(final_name))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_props_xlsx(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Fjällnäs kommun"


def fix_props_docx(d, author):
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = author
    d.core_properties.last_modified_by = author


# ---------------------------------------------------------------------------------------------
# 1. KS - xlsx, title rows, group rows, Delår + Helår status columns
# ---------------------------------------------------------------------------------------------
def make_ks():
    fil = "KS uppföljning IKP 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=11)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Delår", "Helår", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
    rows = [
        ("G", "Ekonomi"),
        (1, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "ok", "ok",
         "Stickprov 40 fakturor, inga fel", "GENOMFORD", "nej"),
        (2, "Inköp", "Inköp görs mot gällande ramavtal", "Ekonomichef", "delvis", "delvis",
         "2 av 15 köp utanför avtal (hotell, kaffe)", "DELVIS", "ja"),
        (3, "Lön", "Kontroll av behörigheter i lönesystemet", "HR-chef", "–", "klart", None, "GENOMFORD", ""),
        (4, "Representation", "Representation och förtroendekänsliga poster",
         "Ekonomichef", "nej", "klart", "Kontrollerat i nov. 1 faktura saknade deltagarlista", "GENOMFORD", "ja"),
        (5, "Kontanthantering", "Kontroll av kontantkassor", "Ekonomichef", "–", "utgår",
         "Inga kontantkassor kvar", "UTGAR", ""),
        ("G", "Kansli och IT"),
        (6, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "ok", "ok",
         "Anmäls löpande", "GENOMFORD", "nej"),
        (7, "Dataskydd", "Registerförteckning enligt GDPR är uppdaterad", "Kanslichef", "ok", None,
         None, "GENOMFORD", ""),
        (8, "IT", "Uppföljning av lokala administratörsbehörigheter", "IT-samordnare", "pågår",
         "pågår fortf.", "Ny IT-konsult sedan sept", "DELVIS", ""),
        (9, "Säkerhet", "Krisledningsplanen revideras", "Säkerhetssamordnare", "–", "nej",
         "Flyttas till 2026", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = Alignment(wrap_text=True, vertical="top")
            EXPECTED.append((fil, N, row[2], row[7], row[8]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt 2026-01-20 / Kerstin Öberg")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [5, 18, 48, 20, 9, 12, 42]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Fjällnäs kommun"
    fix_props_xlsx(wb)
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. SBN + MBN combined - xls, column "Nämnd"
# ---------------------------------------------------------------------------------------------
def make_sbn_mbn():
    fil = "SBN+MBN IK helår 2025.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Uppföljning internkontroll 2025, helår"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Samhällsbyggnadsförvaltningen – gemensam uppföljning för båda nämnderna"
    hdr = ["Nämnd", "Område", "Kontrollmoment", "Hur", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BORDER
    SB, MB = "Samhällsbyggnad", "Miljö- och bygg"
    NS, NM = "Samhällsbyggnadsnämnden", "Miljö- och byggnämnden"
    rows = [
        (SB, "VA", "Avläsning av vattenmätare och debitering av VA-avgifter", "Stickprov 20 abonnenter",
         "klart", "inga avvikelser", NS, "GENOMFORD", "nej"),
        (SB, "VA", "Debitering av anslutningsavgifter vid nya anslutningar", "Stickprov",
         "se ovan", "samma stickprov", NS, "GENOMFORD", "nej"),
        (SB, "Fastighet", "Besiktning av lekplatser enligt plan", "Besiktningsprotokoll",
         "delvis", "4 av 7 lekplatser", NS, "DELVIS", ""),
        (SB, "Fastighet", "Hyresavtal för kommunens lokaler är aktuella", "Genomgång avtalsregister",
         "nej", "hann inte", NS, "EJ_GENOMFORD", ""),
        (SB, "Gata", "Vinterväghållning följer upphandlat avtal", "Uppföljningsmöten entreprenör",
         "ok", "1 reklamation (plogning Övre byn)", NS, "GENOMFORD", "ja"),
        (SB, "Renhållning", "Avfallstaxan debiteras enligt rätt abonnemang", "Stickprov 15 fakturor",
         "–", None, NS, "SAKNAS", ""),
        (MB, "Bygglov", "Handläggningstid för bygglov inom lagstadgad tid", "Stickprov 20 ärenden",
         "delvis", "2 av 20 över 10 v", NM, "DELVIS", "ja"),
        (MB, "Bygglov", "Avgift för bygglov tas ut enligt taxa", "Stickprov 10 ärenden",
         "ok", None, NM, "GENOMFORD", ""),
        (MB, "Tillsyn", "Tillsynsplan livsmedel följs", "Uppföljning mot plan",
         "pågår fortf.", "38 av 52 besök", NM, "DELVIS", ""),
        (MB, "Tillsyn", "Delegationsbeslut anmäls till nämnden", "Genomgång protokoll",
         "klart", "anmäls varje sammanträde", NM, "GENOMFORD", "nej"),
        (MB, "Tillsyn", "Återkommande tillsyn av enskilda avlopp", "Uppföljning mot plan",
         "utgår", "Beslut i nämnden 2025-03-12 § 18, görs 2026", NM, "UTGAR", ""),
    ]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fil, row[6], row[2], row[7], row[8]))
    ws.cell(5 + len(rows) + 1, 1, "/Per, 2026-01-16")
    for col, w in zip("ABCDEF", [17, 12, 46, 26, 12, 40]):
        ws.column_dimensions[col].width = w
    fix_props_xlsx(wb)
    src = os.path.join(BUILD, "SBN+MBN IK helår 2025.xlsx")
    wb.save(src)
    convert(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", NS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", NM, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. BoU - docx, table WITHOUT header row, nämnd only in the file name
# ---------------------------------------------------------------------------------------------
def make_bou():
    fil = "BoU IK helår 25.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_props_docx(d, "Anna Berg")
    d.add_heading("Uppföljning internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Kontrollerna har följts upp av förvaltningens controller i december. "
                    "Korta svar nedan, fråga om något är oklart.")
    rows = [
        ("1", "Rektorernas attest av fakturor följer attestordningen", "klart",
         "Stickprov 25 fakturor, 1 saknade attest", "GENOMFORD", "ja"),
        ("2", "Elevantal i elevregistret stämmer mot underlag för skolpeng", "klart",
         "inga differenser", "GENOMFORD", "nej"),
        ("3", "Ansökningar om statsbidrag görs i tid", "ok", "", "GENOMFORD", ""),
        ("4", "Skolskjutsbeslut fattas enligt riktlinjerna", "delvis", "bara ht kontrollerad",
         "DELVIS", ""),
        ("5", "Anmälan om kränkande behandling rapporteras till huvudman", "nej",
         "rutinen ses över, kontroll görs 2026", "EJ_GENOMFORD", ""),
        ("6", "Utdrag ur belastningsregistret vid anställning i förskola och skola", "ok",
         "1 vikarie utan utdrag, åtgärdat", "GENOMFORD", "ja"),
        ("7", "Frånvarorapportering i fritidshem", "–", "", "SAKNAS", ""),
        ("8", "Kostnader för skolmåltider följs upp mot budget per kök", "se bilaga", "",
         "OKLAR", ""),
    ]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
        EXPECTED.append((fil, N, row[1], row[4], row[5]))
    widths = [Cm(1.0), Cm(8.0), Cm(2.2), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Anna Berg, controller\n2026-01-12")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Omsorg - plain text pasted into a .txt (cp1252, CRLF)
# ---------------------------------------------------------------------------------------------
def make_omsorg():
    fil = "Omsorg IK helår.txt"
    N = "Omsorgsnämnden"
    items = [
        ("Avgifter inom hemtjänsten debiteras enligt beslut och taxa", "klart",
         "Stickprov 20 brukare, 2 felaktiga avgifter rättade i oktober.", "GENOMFORD", "ja"),
        ("Läkemedelshantering på särskilda boenden följer rutin", "delvis",
         "Två av tre boenden granskade. Tallbacken kvar.", "DELVIS", ""),
        ("Avvikelser enligt SoL och HSL rapporteras och åtgärdas", "ok",
         "Inga lex Sarah-ärenden under året.", "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 14 dagar efter beslut", "nej",
         "Ej gjord pga personalbrist. Förs över till planen 2026.", "EJ_GENOMFORD", ""),
        ("Utbetalt försörjningsstöd stäms av mot beslut", "klart",
         "inga avvikelser", "GENOMFORD", "nej"),
        ("Behörigheter i verksamhetssystemet följs upp", "pågår fortf.", None, "DELVIS", ""),
        ("Körjournal förs för hemtjänstens bilar", "",
         "Alla körjournaler kontrollerade i december, inga brister.", "GENOMFORD", "nej"),
    ]
    lines = [
        "Uppföljning internkontroll Omsorgsnämnden, helår 2025",
        "(klistrat ur mallen, Excel-filen gick inte att spara)",
        "",
    ]
    for i, (k, s, c, st, av) in enumerate(items, 1):
        lines.append(f"{i}. {k}")
        lines.append(f"Status: {s}".rstrip() if s else "Status:")
        if c:
            lines.append(f"Kommentar: {c}")
        lines.append("")
        EXPECTED.append((fil, N, k, st, av))
    lines += ["Mvh", "Lena Holm", "förvaltningschef, Omsorgsförvaltningen", ""]
    with open(out(fil), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Överförmyndarnämnden - odt (docx -> odt), Ja/Nej/Delvis column
# ---------------------------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndaren IK 2025.odt"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fix_props_docx(d, "Överförmyndarenheten")
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarnämnden")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Uppföljning av intern kontroll, helår 2025")
    rows = [
        ("Granskning av årsräkningar inom fastställd tid", "Ja", "Alla granskade", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt riktlinje", "Ja",
         "1 arvode felberäknat, rättat", "GENOMFORD", "ja"),
        ("Uttagsspärr på överförmyndarspärrade konton kontrolleras", "Delvis",
         "Stickprov på hälften av kontona", "DELVIS", ""),
        ("Belastningsregistret kontrolleras innan förordnande av god man", "Ja", "", "GENOMFORD", ""),
        ("Akter gallras enligt dokumenthanteringsplanen", "Nej", "", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(3):
            cells[i].text = row[i]
        EXPECTED.append((fil, N, row[0], row[3], row[4]))
    d.add_paragraph("")
    d.add_paragraph("Fjällnäs 2026-01-09\nMaria Lind, handläggare")
    src = os.path.join(BUILD, "Överförmyndaren IK 2025.docx")
    d.save(src)
    convert(src, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Kultur och fritid - Stratsys-like CSV export, long format (one row per control and period)
# ---------------------------------------------------------------------------------------------
def make_kof():
    fil = "KoF_export_20260114.csv"
    N = "Kultur- och fritidsnämnden"
    ENH = "Kultur- och fritidsnämnden"
    T1, T2, HA = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    # control, responsible, [(period, status, comment)], expected status, avvikelse
    ctrls = [
        ("Föreningsbidrag betalas ut enligt beslut och riktlinjer", "Fritidschef",
         [(T1, "", ""), (T2, "Klar", ""), (HA, "Klar", "Inga avvikelser")], "GENOMFORD", "nej"),
        ("Kassaredovisning i simhallen stäms av mot kassasystemet", "Badchef",
         [(T1, "Pågår", ""), (T2, "Pågår", ""), (HA, "Klar", "1 differens 340 kr, utredd")],
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler debiteras enligt taxa", "Fritidschef",
         [(T1, "", ""), (T2, "Pågår", "ca hälften kontrollerat"), (HA, "", "")], "DELVIS", ""),
        ("Bibliotekets medieinköp görs enligt avtal", "Bibliotekschef",
         [(T1, "", ""), (T2, "", ""), (HA, "Ej påbörjad", "")], "EJ_GENOMFORD", ""),
        ("Bidrag till studieförbund följs upp mot redovisning", "Kulturchef",
         [(T1, "", ""), (T2, "", ""), (HA, "Utgår", "Studieförbunden har gått samman, nytt avtal 2026")],
         "UTGAR", ""),
        ("Behörigheter i bokningssystemet följs upp", "Fritidschef",
         [(T1, "", ""), (T2, "", ""), (HA, "Klar", "2 konton för slutad personal avslutade")],
         "GENOMFORD", "ja"),
        ("Tillsyn av kommunens badplatser", "Fritidschef",
         [(T1, "", ""), (T2, "Klar", "Alla 4 badplatser besiktigade i juni"), (HA, "", "")],
         "GENOMFORD", "nej"),
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Plan", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for k, ans, pers, st, av in ctrls:
            for per, s, c in pers:
                w.writerow([ENH, "Internkontrollplan 2025", k, ans, per, s, c])
            EXPECTED.append((fil, N, k, st, av))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Fjällnäs Bostäder AB - ods (xlsx -> ods), tick columns with x
# ---------------------------------------------------------------------------------------------
def make_fbab():
    fil = "FBAB IK 2025.ods"
    N = "Fjällnäs Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Fjällnäs Bostäder AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll – uppföljning 2025 (helår)"
    ws["A3"] = "Markera med x"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Notering"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = Alignment(horizontal="center" if 1 < i < 5 else "left")
    rows = [
        ("Hyresavisering stäms av mot hyreslängd", "x", "", "", "", "GENOMFORD", ""),
        ("Hyresfordringar följs upp och lämnas till inkasso enligt rutin", "x", "", "",
         "3 ärenden lämnades sent till inkasso", "GENOMFORD", "ja"),
        ("Felanmälningar åtgärdas inom utlovad tid", "", "x", "", "", "DELVIS", ""),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras i alla fastigheter", "x", "", "x", "",
         "OKLAR", ""),
        ("Upphandling av snöröjning följer LOU", "", "", "x",
         "Avtalet förlängt, ny upphandling 2026", "EJ_GENOMFORD", ""),
        ("Nyckelhantering och låssystem kontrolleras", "", "", "", "", "SAKNAS", ""),
    ]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row[:5], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 1 < i < 5 else "left")
        EXPECTED.append((fil, N, row[0], row[5], row[6]))
    ws.cell(6 + len(rows) + 1, 1, "Ekonomiansvarig, januari 2026")
    for col, w in zip("ABCDE", [55, 11, 9, 13, 40]):
        ws.column_dimensions[col].width = w
    fix_props_xlsx(wb)
    src = os.path.join(BUILD, "FBAB IK 2025.xlsx")
    wb.save(src)
    convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Reject: BoU covering letter (missiv), no follow-up in it
# ---------------------------------------------------------------------------------------------
def make_missiv():
    fil = "BoU missiv IK 2025.docx"
    d = docx.Document()
    fix_props_docx(d, "Anna Berg")
    d.add_paragraph("Fjällnäs kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-12")
    d.add_paragraph("Till: Ekonomienheten")
    p = d.add_paragraph()
    p.add_run("Missiv – uppföljning av internkontrollplan 2025").bold = True
    d.add_paragraph("Barn- och utbildningsnämnden översänder härmed uppföljningen av "
                    "internkontrollplanen för helåret 2025. Uppföljningen finns i bifogad fil. "
                    "Nämnden behandlar uppföljningen på sammanträdet 2026-01-28.")
    d.add_paragraph("Två kontroller har inte genomförts fullt ut och förs över till planen för 2026.")
    d.add_paragraph("Med vänlig hälsning\nAnna Berg\nController")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunkansliet"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnad|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och bygg|Miljö och bygg"),
    ("Barn- och utbildningsnämnden", "BoU|BUN|Barn och utbildning|Barn- och utbildningsförvaltningen"),
    ("Omsorgsnämnden", "Omsorg|ON|Omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KoF|KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Fjällnäs Bostäder AB", "FBAB|Fjällnäsbostäder|Fjällnäs Bostäder"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for fn in (make_ks, make_sbn_mbn, make_bou, make_omsorg, make_ofn, make_kof, make_fbab, make_missiv):
        fn()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
