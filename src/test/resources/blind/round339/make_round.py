#!/usr/bin/python3
"""Blind round r339 – Åsbro kommun, kommunkoncernens inkorg helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, in the folder of this script.
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round339"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"
BLUE = "8DB4E2"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(color):
    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def fixed_props(wb, title=""):
    import datetime
    wb.properties.creator = "Åsbro kommun"
    wb.properties.lastModifiedBy = "Åsbro kommun"
    wb.properties.title = title
    dt = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.created = dt
    wb.properties.modified = dt


def fixed_docprops(d):
    import datetime
    cp = d.core_properties
    cp.author = "Åsbro kommun"
    cp.last_modified_by = "Åsbro kommun"
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed timestamps, same order."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
ABAB = "Åsbro Bostäder AB"
AEAB = "Åsbro Energi AB"
RTJ = "Räddningstjänstförbundet Åsbro–Hallstena"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KoF"),
    (MBN, "MBN|Miljö- och byggförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten"),
    (ABAB, "Åsbrobostäder|ÅBAB|Åsbro Bostäder"),
    (AEAB, "ÅEAB|Åsbro Energi"),
    (RTJ, "RÅH|Räddningstjänsten Åsbro–Hallstena|Räddningstjänstförbundet|Räddningstjänsten"),
]


# ---------------------------------------------------------------------------
# 1. Stratsys-export (CSV, cp1252) – Kommunstyrelsen + Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2026-01-26.csv"
    T2, HA = "Tertial 2 2025", "Helår 2025"
    # (org, process, kontrollmoment, ansvarig, [(period, status, kommentar)], exp_status, exp_avv)
    rows = [
        (KS, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         [(T2, "Pågående", "Stickprov 25 fakturor för jan–apr granskade, inga avvikelser hittills."),
          (HA, "Genomförd", "Stickprov om totalt 50 fakturor. 3 fakturor saknade beslutsattest; återkoppling har skett till berörda chefer.")],
         "GENOMFORD", "ja"),
        (KS, "Styrning och ledning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare",
         [(T2, "Ej påbörjad", ""),
          (HA, "Genomförd", "Samtliga 40 delegationsbeslut i stickprovet har anmälts. Inga avvikelser.")],
         "GENOMFORD", "nej"),
        (KS, "Inköp", "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingschef",
         [(T2, "Pågående", "Analys påbörjad."),
          (HA, "Delvis genomförd", "Analys av inköp jan–sep klar, okt–dec återstår p.g.a. byte av e-handelssystem. 13 % av inköpen under perioden gjordes utanför avtal.")],
         "DELVIS", "ja"),
        (KS, "IT och informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet Raindance", "Systemförvaltare ekonomi",
         [(T2, "", ""),
          (HA, "Genomförd", "Behörighetsgenomgång gjord i november. 6 konton för medarbetare som slutat låg kvar och har nu stängts.")],
         "GENOMFORD", "ja"),
        (KS, "Ekonomi", "Representation och interna konferenser följer riktlinjerna för representation", "Controller",
         [(T2, "", ""),
          (HA, "Ej genomförd", "Kontrollen har inte hunnit genomföras under året. Flyttas till internkontrollplan 2026.")],
         "EJ_GENOMFORD", ""),
        (KS, "IT och informationssäkerhet", "Uppföljning av genomförd grundutbildning i informationssäkerhet", "Informationssäkerhetssamordnare",
         [(T2, "Pågående", "62 % av medarbetarna har genomfört utbildningen per 31 augusti."),
          (HA, "", "")],
         "DELVIS", ""),
        (KS, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom fem arbetsdagar", "Registrator",
         [(T2, "Pågående", ""),
          (HA, "Utgår", "Kontrollen utgår enligt beslut KS 2025-05-14 § 87; ersätts av revisionens granskning av ärendehanteringen.")],
         "UTGAR", ""),
        (KFN, "Ekonomi", "Kontroll av kontanthantering i kassor på simhall och bibliotek", "Ekonom",
         [(T2, "Pågående", "Två oanmälda kassainventeringar gjorda."),
          (HA, "Genomförd", "Oanmälda kassainventeringar vid fyra tillfällen. Inga differenser.")],
         "GENOMFORD", "nej"),
        (KFN, "Bidrag", "Handläggning av föreningsbidrag sker enligt riktlinjer för föreningsstöd", "Föreningskonsulent",
         [(T2, "Genomförd", "20 ansökningar om verksamhetsbidrag granskade. Inga avvikelser."),
          (HA, "Genomförd", "Genomförd under tertial 2, se kommentar där.")],
         "GENOMFORD", "nej"),
        (KFN, "Ekonomi", "Uthyrning av lokaler och anläggningar faktureras enligt fastställd taxa", "Bokningsansvarig",
         [(T2, "Ej påbörjad", ""),
          (HA, "Pågående", "Jämförelse mellan bokningssystemet och fakturering pågår, beräknas klar i februari 2026.")],
         "DELVIS", ""),
        (KFN, "Personal", "Utdrag ur belastningsregistret har uppvisats vid anställning inom fritidsgårdsverksamheten", "Enhetschef fritid",
         [(T2, "Pågående", ""),
          (HA, "Genomförd", "Samtliga 14 nyanställda har visat utdrag före anställning. Inga avvikelser.")],
         "GENOMFORD", "nej"),
        (KFN, "Kultur", "Inventering av kommunens konstsamling", "Kulturstrateg",
         [(T2, "Ej påbörjad", ""),
          (HA, "Ej påbörjad", "Skjuts till 2026 på grund av personalbrist.")],
         "EJ_GENOMFORD", ""),
        (KFN, "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Förvaltningschef",
         [(T2, "", ""),
          (HA, "", "")],
         "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig",
                "Period", "Status", "Kommentar", "Senast ändrad"])
    for i, (org, proc, km, ans, periods, st, avv) in enumerate(rows):
        for j, (per, pst, kom) in enumerate(periods):
            date = "2025-09-1%d" % (i % 9) if per == T2 else "2026-01-%02d" % (12 + i % 9)
            if not pst and not kom:
                date = ""
            w.writerow([org, "Internkontrollplan 2025", proc, km, ans, per, pst, kom, date])
        EXPECTED.append((fil, org, km, st, avv))
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN – xlsx, traffic-light fills Delår + Helår, legend at the bottom
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN uppföljning IK-plan helår 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Metod", "Delår", "Helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Stickprov 40 fakturor",
             GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att fakturor för skolskjuts överensstämmer med avtal", "Transportsamordnare",
             "Avstämning faktura mot avtal och körlistor", YELLOW, RED,
             "Avstämning mot avtal kunde inte göras då det nya avtalet saknade prisbilaga. Kontrollen görs om 2026.",
             "EJ_GENOMFORD", ""),
            ("1.3", "Interkommunala ersättningar och skolpeng faktureras korrekt", "Controller",
             "Avstämning mot elevregister", YELLOW, GREEN,
             "Tre felaktiga fakturor till andra kommuner identifierades och har krediterats.", "GENOMFORD", "ja"),
        ]),
        ("2. Personal", [
            ("2.1", "Utdrag ur belastningsregistret har uppvisats vid nyanställning", "HR-specialist",
             "Stickprov 20 anställningar", GREEN, YELLOW,
             "Kontroll genomförd för förskolan; grundskolan återstår.", "DELVIS", ""),
            ("2.2", "Löneutbetalningar till timanställda stämmer med attesterade tidrapporter", "Lönecontroller",
             "Stickprov 30 utbetalningar", None, None,
             "Kontrollen har inte genomförts under året på grund av vakans på lönecontrollertjänsten.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Skyddsronder genomförs på samtliga enheter enligt årshjulet för arbetsmiljö", "Rektorer/förskolechefer",
             "Enkät till enheterna", YELLOW, None, "", "DELVIS", ""),
        ]),
        ("3. Verksamhet och systematiskt kvalitetsarbete", [
            ("3.1", "Anmälan till huvudman om kränkande behandling görs skyndsamt", "Kvalitetsutvecklare",
             "Stickprov 30 anmälningar i DF Respons", GREEN, GREEN,
             "27 av 30 anmälningar gjordes inom fem dagar; tre var fördröjda upp till tre veckor.", "GENOMFORD", "ja"),
            ("3.2", "Uppföljning av elever med hög frånvaro enligt frånvarorutinen", "Elevhälsochef",
             "Genomgång av frånvarorapporter", GREY, GREY,
             "Ersätts av den nationella frånvaroregistreringen från ht 2025.", "UTGAR", ""),
            ("3.3", "Dokumentation av extra anpassningar och åtgärdsprogram", "Rektorer", "Stickprov 5 elever per skola",
             None, None, "", "SAKNAS", ""),
        ]),
    ]
    r = 5
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")
        r += 1
        for nr, km, ans, met, d, h, kom, st, avv in items:
            vals = [nr, km, ans, met, None, None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            if d:
                ws.cell(row=r, column=5).fill = fill(d)
            if h:
                ws.cell(row=r, column=6).fill = fill(h)
            EXPECTED.append((fil, BUN, km, st, avv))
            r += 1
    r += 2
    ws.cell(row=r, column=2, value="Färgförklaring").font = Font(bold=True)
    r += 1
    for color, text in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                        (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.cell(row=r, column=1).fill = fill(color)
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Ifylld av: Erik Nordström, controller, 2026-01-22")
    for col, wdt in zip("ABCDEFG", [6, 48, 20, 28, 9, 9, 55]):
        ws.column_dimensions[col].width = wdt
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – docx, symbols, legend above the tables, two tables
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Socialnämnden uppföljning internkontroll 2025 helår.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "ÅSBRO KOMMUN\tSocialförvaltningen\tDnr SN 2025/118"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden, sammanträde 2026-02-18")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 i december 2024 (SN 2024 § 201). "
        "Nedan redovisas resultatet av årets kontroller. Kontrollerna har genomförts av respektive "
        "kontrollansvarig och sammanställts av förvaltningens kvalitetsstrateg. Avvikelser som "
        "noterats har återkopplats till berörda enhetschefer och åtgärder redovisas i kommentarsfältet.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("✔ = Genomförd utan anmärkning    (✔) = Genomförd med anmärkning    "
              "◐ = Delvis genomförd/pågår    ✖ = Ej genomförd    – = Utgår")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat och kommentar"]
    tables = [
        ("Myndighetsutövning", [
            ("Utredningstid barn och unga",
             "Utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Uttag ur Treserva, samtliga avslutade utredningar", "Enhetschef barn och unga", "(✔)",
             "212 utredningar avslutades under året. 19 (9 %) överskred fyra månader utan beslut om förlängd utredningstid.",
             "GENOMFORD", "ja"),
            ("Utredningstid barn och unga",
             "Beslut om förlängd utredningstid är fattade och dokumenterade",
             "Stickprov 15 akter", "Enhetschef barn och unga", "✔", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Informationssäkerhet",
             "Kontroll av loggar i verksamhetssystemet Treserva",
             "Slumpvis loggkontroll av 10 användare per månad", "Systemförvaltare", "",
             "Se bilaga 2, Rapport loggkontroll 2025.",
             "OKLAR", ""),
            ("Lex Sarah",
             "Rapporter enligt lex Sarah utreds och åtgärdas inom fastställd tid",
             "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "◐",
             "Genomgången av rapporterna för januari–juni är klar. Juli–december pågår och redovisas i mars.",
             "DELVIS", ""),
            ("Ej verkställda beslut",
             "Rapportering av ej verkställda beslut till IVO sker kvartalsvis",
             "Kontroll mot IVO:s e-tjänst", "Verksamhetschef vård och omsorg", "✔",
             "Samtliga fyra kvartalsrapporter har lämnats i tid.",
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("Ekonomiskt bistånd",
             "Utbetalningar av ekonomiskt bistånd är korrekt beslutade och attesterade",
             "Stickprov 30 utbetalningar per halvår", "Enhetschef försörjningsstöd", "✔",
             "60 utbetalningar granskade, samtliga korrekta.",
             "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd",
             "Kontroll av dubbelutbetalningar mot Försäkringskassan via SSBTEK",
             "Månadsvis avstämning", "Controller", "✖",
             "Kontrollen har inte genomförts då förvaltningen saknat behörighet till SSBTEK under året.",
             "EJ_GENOMFORD", ""),
            ("Avgifter",
             "Avgiftsbeslut inom hemtjänsten stämmer med beviljad och utförd tid",
             "Stickprov 20 brukare", "Avgiftshandläggare", "(✔)",
             "3 av 20 avgiftsbeslut byggde på inaktuella inkomstuppgifter. Besluten är rättade och brukarna har fått återbetalning.",
             "GENOMFORD", "ja"),
            ("Inköp",
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av inköpsregister", "Controller", "–",
             "Utgår, kontrollen har flyttats till kommunstyrelsens plan.",
             "UTGAR", ""),
        ]),
    ]
    for heading, rows in tables:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = ""
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        for proc, km, met, ans, sym, kom, st, avv in rows:
            cells = t.add_row().cells
            for i, v in enumerate([proc, km, met, ans, sym, kom]):
                cells[i].text = v
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            EXPECTED.append((fil, SN, km, st, avv))
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    fixed_docprops(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – ods (via xlsx), codes 1–5, legend on top,
#    T2 and Helår columns side by side, merged process cells
# ---------------------------------------------------------------------------
def make_sbn(tmp):
    fil = "SBN_Internkontroll_2025_uppfoljning.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning tertial 2 och helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Bedömning: 1 = Genomförd utan avvikelse, 2 = Genomförd med avvikelse, "
                "3 = Delvis genomförd, 4 = Ej genomförd, 5 = Utgår")
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Risk (S×K)", "Metod", "Frekvens", "Ansvarig",
           "Bedömning T2", "Bedömning helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    procs = [
        ("Bygglov", [
            ("Handläggningstid för bygglov understiger tio veckor från komplett ansökan", 12,
             "Uttag ur ärendesystemet", "Tertial", "Bygglovschef", 3, 2,
             "8 av 143 ärenden överskred tio veckor; avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
            ("Avgifter för bygglov debiteras enligt gällande taxa", 9,
             "Stickprov 20 ärenden", "Halvår", "Administratör", 1, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Gata/park", [
            ("Fakturor från entreprenören för vinterväghållning stämmer mot körjournaler", 12,
             "Stickprov", "2 ggr/år", "Gatuchef", 3, 3,
             "Första stickprovet klart utan anmärkning. Det andra har inte gjorts p.g.a. sen leverans av körjournaler.",
             "DELVIS", ""),
            ("Besiktning av lekplatser enligt SS-EN 1176", 16,
             "Besiktningsprotokoll", "År", "Parkingenjör", None, 4,
             "Upphandlingen av besiktningsman överprövades; besiktningen flyttas till våren 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("Lagstadgade besiktningar (OVK, hissar, lekutrustning i förskolor) är utförda i kommunens fastigheter", 16,
             "Genomgång i fastighetssystemet", "År", "Fastighetschef", None, None, None, "SAKNAS", ""),
            ("Attest av fakturor för drift och underhåll enligt attestordningen", 8,
             "Stickprov 25 fakturor", "Halvår", "Controller", 1, 2,
             "50 fakturor granskade, en faktura var attesterad av person utan attesträtt.", "GENOMFORD", "ja"),
        ]),
        ("Mark och exploatering", [
            ("Exploateringsavtal följs upp avseende kostnadsfördelning", 9,
             "Genomgång av avtal", "År", "Exploateringschef", 5, 5,
             "Utgår – inga exploateringsavtal med kostnadsfördelning har löpt under 2025.", "UTGAR", ""),
            ("Markanvisningar sker enligt antagen markanvisningspolicy", 6,
             "Genomgång av beslut", "År", "Exploateringschef", 3, None,
             "Genomgången av årets fyra markanvisningar pågår och slutförs i januari 2026.", "DELVIS", ""),
        ]),
    ]
    r = 6
    for proc, items in procs:
        start = r
        for km, risk, met, frek, ans, t2, ha, kom, st, avv in items:
            vals = [proc if r == start else None, km, risk, met, frek, ans, t2, ha, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            EXPECTED.append((fil, SBN, km, st, avv))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 8")
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad av samhällsbyggnadsnämnden 2026-02-12 § 14.")
    for col, wdt in zip("ABCDEFGHI", [16, 50, 10, 24, 10, 18, 12, 12, 55]):
        ws.column_dimensions[col].width = wdt
    fixed_props(wb)
    src = os.path.join(tmp, "SBN_Internkontroll_2025_uppfoljning.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Åsbro Bostäder AB – .doc (via docx), coloured ● glyphs, legend at the bottom
# ---------------------------------------------------------------------------
def make_abab(tmp):
    fil = "Rapport internkontroll 2025 - Åsbro Bostäder.doc"
    d = docx.Document()
    d.add_heading("Åsbro Bostäder AB", level=1)
    d.add_paragraph("Rapport intern kontroll 2025").runs[0].bold = True
    d.add_paragraph("Till styrelsen, sammanträde 2026-02-10, ärende 7")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 12 februari 2025. Planen "
        "omfattar åtta kontroller inom hyresadministration, fastighetsförvaltning, inköp och styrning. "
        "Nedan redovisas utfallet för helåret 2025 med VD:s bedömning.")
    hdr = ["Kontrollområde", "Kontroll", "Utfall 2025", "Bedömning", "Åtgärd"]
    C = {"g": RGBColor(0x00, 0xB0, 0x50), "y": RGBColor(0xFF, 0xC0, 0x00), "r": RGBColor(0xFF, 0x00, 0x00)}
    rows = [
        ("Hyresavisering", "Hyror aviseras enligt gällande hyresavtal och förhandlade hyreshöjningar",
         "Stickprov 50 hyresavier mot avtal. Samtliga korrekta.", "g", "–", "GENOMFORD", "nej"),
        ("Kundfordringar", "Påminnelser och inkasso av hyresfordringar sker enligt kravrutinen",
         "Genomgång av 30 ärenden. I 4 ärenden hade påminnelse inte skickats inom angiven tid.", "y",
         "Kravrutinen har förtydligats och gåtts igenom med kundservice.", "GENOMFORD", "ja"),
        ("Underhåll", "Planerat underhåll genomförs enligt beslutad underhållsplan",
         "78 % av de planerade åtgärderna genomfördes. Fönsterbyte Norrgärdet senarelagt till 2026.", "y",
         "Underhållsplanen revideras.", "GENOMFORD", "ja"),
        ("Uthyrning", "Uthyrning av lägenheter sker enligt bolagets uthyrningspolicy och kötid",
         "Stickprov 25 uthyrningar; samtliga erbjudna enligt kö.", "g", "–", "GENOMFORD", "nej"),
        ("Inköp", "Ramavtal används vid beställning av entreprenader och konsulttjänster",
         "Kontrollen har inte genomförts.", "r", "Genomförs första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) är dokumenterat för samtliga fastigheter",
         "SBA dokumenterat för 41 av 46 fastigheter.", "y",
         "Resterande fem fastigheter dokumenteras senast april 2026.", "GENOMFORD", "ja"),
        ("Energi", "Energideklarationer är giltiga för samtliga byggnader",
         "", "Ej aktuell", "Kontrollen har ersatts av energikartläggningen enligt EKL.", "UTGAR", ""),
        ("Styrning", "Styrelsens beslut verkställs och återrapporteras",
         "Samtliga 22 beslut under året har verkställts och återrapporterats.", "g", "–", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for omr, km, utf, bed, atg, st, avv in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = utf
        cells[4].text = atg
        p = cells[3].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if bed in C:
            run = p.add_run("●")
            run.font.size = Pt(16)
            run.font.color.rgb = C[bed]
        else:
            p.add_run(bed)
        EXPECTED.append((fil, ABAB, km, st, avv))
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Bedömning").bold = True
    for key, text in [("g", "Kontrollen genomförd utan anmärkning"),
                      ("y", "Kontrollen genomförd, brister har noterats"),
                      ("r", "Kontrollen har inte genomförts")]:
        p = d.add_paragraph()
        run = p.add_run("●")
        run.font.size = Pt(14)
        run.font.color.rgb = C[key]
        p.add_run("  " + text)
    d.add_paragraph()
    d.add_paragraph("Åsbro 2026-01-27\n\nMaria Holm\nVerkställande direktör")
    fixed_docprops(d)
    src = os.path.join(tmp, "Rapport internkontroll 2025 - Åsbro Bostäder.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", ABAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Åsbro Energi AB – xlsx, fills, legend beside the table, company only in
#    print header and (abbreviated) file name
# ---------------------------------------------------------------------------
def make_aeab():
    fil = "ÅEAB IK 2025 uppföljning helår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Åsbro Energi AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 december"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Planen fastställd av styrelsen 2025-02-18"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordning och firmateckning", "Ekonomichef", "Halvår",
         GREEN, None, "Stickprov 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktig fakturering",
         "Avstämning av mätvärden mot fakturerad energi för elnätskunder", "Chef kundservice", "Månadsvis",
         GREEN, None,
         "Avstämning görs månadsvis. I mars upptäcktes 112 kunder med felaktiga schablonvärden; rättat och krediterat.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Otillåten direktupphandling",
         "Inköp över direktupphandlingsgränsen har föregåtts av upphandling enligt LUF", "Inköpsansvarig", "År",
         YELLOW, None, "Genomgång av leverantörsreskontran pågår, klar i februari 2026.", "DELVIS", ""),
        ("IT/OT-säkerhet", "Obehörig åtkomst till styrsystem",
         "Behörighetsgenomgång i SCADA-systemet för fjärrvärme", "IT-chef", "Halvår",
         RED, None, "Ej genomförd p.g.a. byte av styrsystem under hösten.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Olycksfall vid arbete i elanläggning",
         "Tillbud och arbetsskador vid arbete i högspänningsanläggning utreds och åtgärdas", "Elsäkerhetsansvarig",
         "Kvartal", GREEN, None, "Samtliga fyra rapporterade tillbud har utretts och åtgärdats inom fastställd tid.",
         "GENOMFORD", "nej"),
        ("Miljö", "Överskridande av villkor",
         "Egenkontroll av utsläpp från fjärrvärmeverket enligt miljötillståndet", "Miljösamordnare", "Månadsvis",
         GREEN, None, "Inga överskridanden av villkor under året.", "GENOMFORD", "nej"),
        ("Stadsnät", "Intäktsbortfall",
         "Kommunikationsoperatörer faktureras enligt avtal", "Affärsområdeschef stadsnät", "Halvår",
         BLUE, None, "Ej aktuell 2025 – stadsnätet såldes till extern aktör per 2025-04-01.", "UTGAR", ""),
        ("Personal", "Jäv och otillåtna bisysslor",
         "Bisysslor och jäv redovisas årligen av samtliga chefer", "HR-chef", "År",
         YELLOW, "Pågår", "11 av 14 chefer har redovisat.", "DELVIS", ""),
        ("Dataskydd", "Brister i hanteringen av personuppgifter",
         "Registerförteckningen enligt GDPR är uppdaterad", "Dataskyddsombud", "År",
         None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for i, (proc, risk, km, ans, frek, color, stext, kom, st, avv) in enumerate(rows, 1):
        vals = [i, proc, risk, km, ans, frek, stext, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        if color:
            ws.cell(row=r, column=7).fill = fill(color)
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="center")
        EXPECTED.append((fil, AEAB, km, st, avv))
        r += 1
    ws.cell(row=r + 1, column=2, value="Sammanställt av ekonomiavdelningen 2026-01-28")
    # legend beside the table
    ws.cell(row=4, column=10, value="Statusförklaring").font = Font(bold=True)
    for j, (color, text) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår"),
                                       (RED, "Ej genomförd / försenad"), (BLUE, "Utgår / ej aktuell")]):
        ws.cell(row=5 + j, column=10).fill = fill(color)
        ws.cell(row=5 + j, column=10).border = BORDER
        ws.cell(row=5 + j, column=11, value=text)
    for col, wdt in zip("ABCDEFGHIJK", [5, 14, 24, 46, 20, 11, 9, 50, 3, 5, 24]):
        ws.column_dimensions[col].width = wdt
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", AEAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet – xlsx, legend on a separate instruction sheet,
#    T1/T2/T3 fill columns, X-column for avvikelse
# ---------------------------------------------------------------------------
def make_rtj():
    fil = "RTJ Internkontroll 2025.xlsx"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Räddningstjänstförbundet Åsbro–Hallstena"
    ins["A1"].font = Font(bold=True, size=14)
    ins["A2"] = "Uppföljning av internkontrollplan 2025"
    ins["A4"] = ("Instruktion: Markera status per tertial genom att färga cellen enligt nedan. "
                 "Kommentera alltid gult och rött. Markera med X i kolumnen Avvikelse om brister har noterats.")
    ins["A4"].alignment = WRAP
    ins.merge_cells("A4:F5")
    ins["A7"] = "Status"
    ins["A7"].font = Font(bold=True)
    for j, (color, text) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                       (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ins.cell(row=8 + j, column=1).fill = fill(color)
        ins.cell(row=8 + j, column=1).border = BORDER
        ins.cell(row=8 + j, column=2, value=text)
    ins["A13"] = "Tertial 3 (T3) avser september–december och utgör helårsuppföljning."
    ins.column_dimensions["A"].width = 8
    ins.column_dimensions["B"].width = 32

    ws = wb.create_sheet("Plan och uppföljning")
    ws["A1"] = "Internkontrollplan 2025 – plan och uppföljning"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "T3", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
    rows = [
        ("Myndighetsutövning", "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
         "Uttag ur Daedalos", "Tillsynsansvarig", (YELLOW, YELLOW, GREEN), None, "X",
         "142 av 150 planerade tillsyner genomförda; 8 tillsyner flyttade till 2026.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Förelägganden följs upp inom angiven tid",
         "Stickprov 10 ärenden", "Tillsynsansvarig", (None, YELLOW, GREEN), None, None,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Operativ verksamhet", "Insatsrapporter upprättas inom fem dagar efter insats",
         "Uttag ur insatsrapportsystemet", "Insatsledare", (GREEN, GREEN, YELLOW), None, "X",
         "Under tertial 3 upprättades 12 % av rapporterna för sent, uppföljning med styrkeledarna pågår.",
         "DELVIS", "ja"),
        ("Operativ verksamhet", "Rökdykarutrustning är besiktigad enligt tillverkarens anvisningar",
         "Genomgång av besiktningsprotokoll", "Verkstadsansvarig", (GREEN, GREEN, GREEN), None, None,
         None, "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt förbundets attestordning",
         "Stickprov 30 fakturor", "Ekonom", (None, GREEN, None), None, None,
         "Stickprovet gjordes i augusti, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Debitering av onödiga automatlarm sker enligt taxa",
         "Avstämning larmlogg mot fakturering", "Ekonom", (RED, RED, RED), None, None,
         "Kontrollen ej genomförd; ny rutin för debitering tas fram 2026.", "EJ_GENOMFORD", ""),
        ("Personal", "Övningsplan för deltidsbrandmän följs",
         "Genomgång av övningsregister", "Styrkeledare", (None, None, None), None, None,
         None, "SAKNAS", ""),
        ("Personal", "Hälsokontroller och arbetsprov för rökdykare genomförs årligen",
         "Genomgång av register", "HR-konsult", (GREY, GREY, GREY), None, None,
         "Utgår – hanteras av företagshälsovården enligt nytt avtal.", "UTGAR", ""),
        ("Informationssäkerhet", "Behörigheter i ärendesystemet Daedalos följs upp",
         "Behörighetslista mot personalförteckning", "Systemansvarig", (None, None, GREEN), "Ej genomförd", None,
         None, "OKLAR", ""),
    ]
    r = 4
    for i, (omr, km, met, ans, fills, t3text, x, kom, st, avv) in enumerate(rows, 1):
        vals = [i, omr, km, met, ans, None, None, t3text, x, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for k, color in enumerate(fills):
            if color:
                ws.cell(row=r, column=6 + k).fill = fill(color)
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, RTJ, km, st, avv))
        r += 1
    for col, wdt in zip("ABCDEFGHIJ", [5, 20, 46, 28, 18, 6, 6, 12, 10, 50]):
        ws.column_dimensions[col].width = wdt
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", RTJ, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) from kommunledningsförvaltningen
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev helårsuppföljning internkontroll 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "ÅSBRO KOMMUN\tKommunledningsförvaltningen\t2026-01-30"
    d.add_paragraph("Till: Kommunstyrelsen\nFrån: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Följebrev – nämndernas och bolagens uppföljning av internkontrollplaner 2025", level=1)
    d.add_paragraph(
        "Härmed översänds nämndernas, de kommunala bolagens och räddningstjänstförbundets uppföljningar "
        "av internkontrollplanerna för 2025. Uppföljningarna har inkommit till ekonomienheten under januari "
        "2026 och bifogas i sin helhet.")
    d.add_paragraph(
        "Miljö- och byggnämnden och överförmyndarnämnden har ännu inte lämnat någon uppföljning. "
        "Dessa kommer att redovisas vid kommunstyrelsens sammanträde i mars.")
    d.add_paragraph(
        "Kommunstyrelsen ska enligt kommunallagen 6 kap. 1 § ha uppsikt över övriga nämnder och de "
        "kommunala bolagen. Ekonomienheten föreslår att kommunstyrelsen noterar informationen och "
        "överlämnar uppföljningarna till kommunrevisionen.")
    d.add_paragraph("Bilagor:")
    for b in ["Kommunstyrelsen och kultur- och fritidsnämnden (export från Stratsys)",
              "Barn- och utbildningsnämnden", "Socialnämnden", "Samhällsbyggnadsnämnden",
              "Åsbro Bostäder AB", "Åsbro Energi AB", "Räddningstjänstförbundet Åsbro–Hallstena"]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("\nLena Sjöberg\nEkonomichef")
    fixed_docprops(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmp = tempfile.mkdtemp(prefix="r339build_")
    try:
        make_stratsys()
        make_bun()
        make_sn()
        make_sbn(tmp)
        make_abab(tmp)
        make_aeab()
        make_rtj()
        make_reject()
        write_csvs()
        for f in os.listdir(OUT):
            if f.endswith((".xlsx", ".docx", ".ods")):
                normalize_zip(os.path.join(OUT, f))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
