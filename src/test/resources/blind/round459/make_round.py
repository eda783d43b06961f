#!/usr/bin/python3
"""Blind round 459 - Vårgårda kommun, helår 2025, deviation-focused follow-ups.

Builds every follow-up file into ./files/ plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
BUILD = os.path.join(HERE, "_build")
LO_PROFILE = "file:///tmp/lo-round459"
FIXED = dt.datetime(2026, 1, 28, 9, 0, 0)

KS = "Kommunstyrelsen"
BN = "Bildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
VBAB = "Vårgårda Bostäder AB"
KLN = "Krisledningsnämnden"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    (BN, "BN|Bildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    (KFN, "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN"),
    (VBAB, "VBAB|Vårgårda Bostäder|Vårgårdabostäder"),
    (KLN, "KLN"),
]

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb(wb):
    wb.properties.creator = "Vårgårda kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Vårgårda kommun"


def fix_doc(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def grid_row(ws, r, values, bold=False, fill=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if fill:
            cell.fill = fill


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename == "settings.xml":   # LibreOffice writes a random Rsid
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1000000", data)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 28, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def doc_table(doc, header, rows, widths_cm=None, bold_header=True):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = bold_header
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            lines = str(v).split("\n")
            cells[i].text = lines[0]
            for extra in lines[1:]:
                cells[i].add_paragraph(extra)
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- file 1: KS xlsx
def file_ks():
    fil = "KS_uppfoljning_IK_helar_2025.xlsx"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Period: Helår (januari–december) 2025"
    ws["A5"] = ("Avvikelse anges Ja/Nej. Vid Ja ska iakttagelse och åtgärd beskrivas. "
                "Ej genomförda kontroller ska motiveras i kolumnen Iakttagelse.")
    ws["A5"].font = Font(italic=True)
    header = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod / urval", "Ansvarig",
              "Genomförd (Ja/Nej)", "Avvikelse (Ja/Nej)", "Iakttagelse", "Åtgärd", "Klart datum"]
    grid_row(ws, 7, header, bold=True, fill=PatternFill("solid", fgColor="D9E1F2"))
    grp_fill = PatternFill("solid", fgColor="EDEDED")
    data = [
        ("Ekonomi", None),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per kvartal", "Ekonomichef", "Ja", "Nej",
         "Samtliga 120 granskade fakturor var attesterade av behörig attestant.", "Ingen åtgärd.",
         "2026-01-15", ("GENOMFORD", "nej")),
        ("1.2", "Ekonomi", "Kontroll av att representation och förtroendekänsliga poster följer riktlinjerna",
         "Samtliga representationsfakturor okt–dec", "Redovisningsansvarig", "Ja", "Ja",
         "3 av 25 granskade representationsfakturor saknade deltagarförteckning och syfte.",
         "Påminnelse till samtliga chefer. Riktlinjen gås igenom i ledningsgruppen februari 2026.",
         "2026-02-28", ("GENOMFORD", "ja")),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid bokslut",
         "Samtliga balanskonton", "Redovisningsansvarig", "Ja", "Nej",
         "Samtliga balanskonton avstämda och dokumenterade i bokslutspärmen.", "", "2026-01-31",
         ("GENOMFORD", "nej")),
        ("HR / Personal", None),
        ("2.1", "Lön", "Kontroll av att anställningsavtal är korrekt registrerade i lönesystemet",
         "Stickprov 20 nya avtal", "HR-chef", "Ja", "Ja",
         "Två avtal hade registrerats med fel sysselsättningsgrad, vilket gav felaktig lön under en månad. Rättat i november.",
         "Dubbelkontroll (fyraögonsprincip) vid registrering av nya avtal införs från januari 2026.",
         "2026-01-31", ("GENOMFORD", "ja")),
        ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
         "Samtliga ärenden med >4 tillfällen/6 mån", "HR-specialist", "Nej", "–",
         "Kontrollen har inte genomförts på grund av vakans som HR-specialist under hösten.",
         "Kontrollen förs över till internkontrollplan 2026.", "", ("EJ_GENOMFORD", "")),
        ("Informationssäkerhet", None),
        ("3.1", "IT", "Behörigheter i ekonomisystemet och lönesystemet stäms av mot aktuell personal",
         "Fullständig avstämning", "IT-chef", "Ja", "Ja",
         "Fyra användare som avslutat sin anställning hade fortfarande aktiva behörigheter i ekonomisystemet.",
         "Behörigheterna avslutades 2025-11-14. Avslut av behörigheter läggs in i checklistan vid avslut av anställning.",
         "2025-11-14", ("GENOMFORD", "ja")),
        ("3.2", "IT", "Loggkontroll i dokument- och ärendehanteringssystemet",
         "Stickprov 15 ärenden", "Registrator", "Ja", "Nej",
         "Ingen otillbörlig åtkomst konstaterades.", "", "2025-12-12", ("GENOMFORD", "nej")),
        ("Upphandling och inköp", None),
        ("4.1", "Inköp", "Kontroll av avtalstrohet vid inköp över 100 000 kr",
         "Samtliga inköp > 100 tkr", "Upphandlingschef", "Delvis", "Ja",
         "Granskning gjord för januari–juni. Två inköp av konsulttjänster saknade avtal och dokumenterad direktupphandling. Andra halvåret har inte hunnit granskas.",
         "Utbildning i direktupphandling för beställare våren 2026. Andra halvåret granskas i mars 2026.",
         "2026-03-31", ("DELVIS", "ja")),
        ("4.2", "Inköp", "Dokumentation av direktupphandlingar över 100 000 kr",
         "", "Upphandlingschef", "Ej aktuell", "",
         "Kontrollen slogs ihop med kontroll 4.1 genom beslut i KS 2025-04-09 § 52.", "", "",
         ("UTGAR", "")),
    ]
    r = 8
    for d in data:
        if d[1] is None:
            ws.cell(row=r, column=1, value=d[0]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = grp_fill
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            grid_row(ws, r, list(d[:10]))
            exp(fil, KS, d[2], *d[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 7 av 9 kontroller genomförda helt eller delvis. Avvikelser konstaterade i 4 kontroller.").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Upprättad av: Anna Lindqvist, controller, 2026-01-20")
    ws.cell(row=r + 3, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2026-02-03")
    set_widths(ws, [6, 14, 42, 26, 18, 12, 12, 48, 44, 12])
    ws.freeze_panes = "A8"
    ws.oddHeader.center.text = "Vårgårda kommun"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------- file 2: BN docx
def file_bn():
    fil = "Bildningsnämnden IK 2025 helår.docx"
    doc = Document()
    fix_doc(doc, "Bildningsförvaltningen")
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Vårgårda kommun – Bildningsnämnden\tDnr BN 2025/14"
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024. I denna uppföljning redovisas "
        "resultatet av årets kontroller. För kontroller där avvikelse konstaterats beskrivs iakttagelsen och "
        "vilken åtgärd som vidtagits eller planeras.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring resultat: ").bold = True
    p.add_run("OK = inga avvikelser   |   Ej OK = avvikelse konstaterad   |   E = ej genomförd   |   U = utgår")
    header = ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig", "Resultat", "Iakttagelse / kommentar"]
    widths = [1.0, 8.0, 2.3, 3.0, 1.8, 9.5]

    doc.add_heading("Ekonomi och administration", level=2)
    rows1 = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen", "Kvartalsvis", "Ekonom", "OK",
         "Stickprov 40 fakturor, inga avvikelser.", ("GENOMFORD", "nej")),
        ("2", "Kontroll av att barnomsorgsavgifter debiteras korrekt utifrån inkomstuppgift", "Halvår", "Ekonom",
         "Ej OK", "Sex hushåll hade inte fått justerad avgift efter ny inkomstuppgift. Rättelse och återbetalning gjord i november.",
         ("GENOMFORD", "ja")),
        ("3", "Hantering av kontanta medel och handkassor på skolenheterna", "Årligen", "Rektorer", "E",
         "Ej genomförd p.g.a. byte av ekonomiassistent. Kontrollen flyttas till 2026.", ("EJ_GENOMFORD", "")),
        ("4", "Inköp sker från upphandlade leverantörer (avtalstrohet)", "Halvår", "Förvaltningschef", "",
         "Kontrollen genomfördes i december. Samtliga 25 granskade inköp var gjorda hos avtalsleverantör.",
         ("GENOMFORD", "nej")),
        ("5", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Kvartalsvis",
         "Nämndsekreterare", "OK", "", ("GENOMFORD", "nej")),
    ]
    doc_table(doc, header, [r[:6] for r in rows1], widths)
    doc.add_paragraph()
    doc.add_heading("Verksamhet", level=2)
    rows2 = [
        ("6", "Anmälningar om kränkande behandling utreds och rapporteras till huvudman inom fastställd tid",
         "Per termin", "Rektorer", "Ej OK",
         "8 av 52 anmälningar rapporterades till huvudman senare än 5 arbetsdagar.\nÅtgärd: rutinen har gåtts igenom i rektorsgruppen.",
         ("GENOMFORD", "ja")),
        ("7", "Elever med hög frånvaro har en påbörjad utredning och åtgärdsplan", "Per termin",
         "Elevhälsochef", "OK", "Samtliga elever med över 20 % frånvaro har påbörjad utredning.",
         ("GENOMFORD", "nej")),
        ("8", "Registerkontroll (belastningsregister) vid nyanställning inom förskola och skola", "Årligen", "HR",
         "Ej OK", "Stickprov 20 nyanställda: utdrag saknades för en vikarie i förskolan. Utdrag har därefter begärts och uppvisats.",
         ("GENOMFORD", "ja")),
        ("9", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjerna", "Årligen", "Skolskjutshandläggare", "U",
         "Ansvaret för skolskjuts har flyttats till Samhällsbyggnadsnämnden från 2025-03-01.", ("UTGAR", "")),
        ("10", "Behörigheter i lärplattformen avslutas för elever och personal som slutat", "Per termin",
         "IT-samordnare", "",
         "Påbörjad under hösten, hittills har F–6-skolorna kontrollerats. Slutförs under våren 2026.",
         ("DELVIS", "")),
    ]
    doc_table(doc, header, [r[:6] for r in rows2], widths)
    for r in rows1 + rows2:
        exp(fil, BN, r[1], *r[6])
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen under 2025 har varit tillräcklig, "
        "med förbättringsområden inom avgiftshantering och rapportering av kränkande behandling.")
    doc.add_paragraph("Vårgårda 2026-01-28")
    doc.add_paragraph("Lars Ek\nFörvaltningschef, Bildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BN, "2025", "HELAR"))


# ---------------------------------------------------------------- file 3: SN xlsx
def file_sn():
    fil = "SN_IK_uppfoljning_2025.xlsx"
    wb = Workbook()
    fix_wb(wb)
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av internkontrollplan",
        "",
        "Resultat anges per period i kolumnerna Tertial 1, Tertial 2 och Helår:",
        "OK = kontroll utförd utan avvikelse",
        "Ej OK = kontroll utförd, avvikelse konstaterad (beskriv i Iakttagelse)",
        "E = ej genomförd (motivera i Iakttagelse)",
        "U = utgår / ej aktuell",
        "Lämna cellen tom om kontrollen inte ska utföras under perioden.",
        "",
        "Uppföljningen lämnas till ekonomienheten senast 2026-01-23.",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 80

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Socialnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialförvaltningen, Vårgårda kommun. Status per 2025-12-31."
    h1 = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens",
          "Resultat OK / Ej OK", None, None, "Iakttagelse", "Åtgärd"]
    h2 = [None, None, None, None, None, None, "Tertial 1", "Tertial 2", "Helår", None, None]
    hfill = PatternFill("solid", fgColor="C6E0B4")
    grid_row(ws, 4, h1, bold=True, fill=hfill)
    grid_row(ws, 5, h2, bold=True, fill=hfill)
    ws.merge_cells("G4:I4")
    for col in "ABCDEFJK":
        ws.merge_cells(f"{col}4:{col}5")
    fills = {"OK": PatternFill("solid", fgColor="92D050"), "Ej OK": PatternFill("solid", fgColor="FF7C80"),
             "E": PatternFill("solid", fgColor="FFD966"), "U": PatternFill("solid", fgColor="BFBFBF")}
    rows = [
        ("Myndighetsutövning IFO", "Barn far illa p.g.a. för långa utredningstider", 12,
         "Utredningar av barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "Enhetschef IFO", "Tertial",
         "Ej OK", "OK", "OK",
         "Helår: samtliga 34 utredningar under T3 avslutades inom lagstadgad tid.",
         "", ("GENOMFORD", "nej")),
        ("", "Skyddsbehov upptäcks inte", 16,
         "Orosanmälningar skyddsbedöms inom 24 timmar", "Enhetschef IFO", "Tertial",
         "OK", "OK", "Ej OK",
         "3 av 40 granskade anmälningar under T3 saknade dokumenterad skyddsbedömning inom 24 timmar.",
         "Fältet för skyddsbedömning har gjorts obligatoriskt i verksamhetssystemet.", ("GENOMFORD", "ja")),
        ("", "Felaktiga beslut", 9,
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordning och riktlinjer", "Enhetschef försörjningsstöd",
         "Tertial", "OK", "OK", "OK", "", "", ("GENOMFORD", "nej")),
        ("", "Felaktiga utbetalningar", 12,
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut", "Enhetschef försörjningsstöd", "Tertial",
         "E", "Ej OK", "",
         "T2: en dubbelutbetalning om 8 400 kr upptäcktes, återkrav har upprättats.",
         "Spärr mot dubbelregistrering beställd av systemleverantören.", ("GENOMFORD", "ja")),
        ("Äldreomsorg", "Insatser utförs inte enligt beslut", 12,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Enhetschefer hemtjänst/SÄBO",
         "Tertial", "", "Ej OK", "Ej OK",
         "12 av 30 planer upprättades senare än 14 dagar, främst inom hemtjänsten.",
         "Uppföljning på varje enhetsmöte. Ny kontroll ingår i plan 2026.", ("GENOMFORD", "ja")),
        ("", "Missförhållanden åtgärdas inte", 16,
         "Rapporter enligt lex Sarah utreds och åtgärdas enligt rutin", "Kvalitetsstrateg", "Helår",
         "", "", "OK", "Fem rapporter under året, samtliga utredda inom rutinens tidsgräns.", "", ("GENOMFORD", "nej")),
        ("", "Fel läkemedel ges till brukare", 16,
         "Läkemedelshantering på särskilda boenden – signeringslistor kontrolleras", "MAS", "Tertial",
         "OK", "OK", "E",
         "Kontrollen för T3 kunde inte genomföras då MAS-tjänsten var vakant oktober–december.",
         "Ny MAS tillträder februari 2026.", ("EJ_GENOMFORD", "")),
        ("", "Intäktsbortfall", 8,
         "Debitering av omsorgsavgifter stäms av mot verkställda insatser", "Avgiftshandläggare", "Helår",
         "", "", "Ej OK", "Avgift för trygghetslarm saknades för 5 brukare.",
         "Avgifterna debiterade retroaktivt i december.", ("GENOMFORD", "ja")),
        ("LSS", "Brukare får inte beviljat stöd", 6,
         "Beslut om personlig assistans följs upp minst en gång per år", "Enhetschef LSS", "Helår",
         "", "", "U", "Utgår enligt nämndens beslut 2025-06-17 § 71 – ingår i ordinarie egenkontroll.", "",
         ("UTGAR", "")),
        ("", "Felaktig lön", 9,
         "Tidrapportering för timanställda inom personlig assistans attesteras av chef", "Enhetschef LSS",
         "Tertial", "OK", "OK", "OK", "", "", ("GENOMFORD", "nej")),
        ("Personal", "Bristande kompetens hos nyanställda", 6,
         "Introduktion av nyanställda genomförs enligt checklista", "Förvaltningens HR-partner", "Helår",
         "", "", "", "", "", ("SAKNAS", "")),
    ]
    r = 6
    for row in rows:
        grid_row(ws, r, list(row[:11]))
        for c in (7, 8, 9):
            v = row[c - 1]
            if v in fills:
                ws.cell(row=r, column=c).fill = fills[v]
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, SN, row[3], *row[11])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Socialnämndens bedömning: Den interna kontrollen bedöms som tillräcklig med förbättringsområden inom dokumentation.").font = Font(bold=True)
    set_widths(ws, [20, 28, 9, 46, 22, 9, 10, 10, 10, 50, 40])
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------- file 4: SBN odt
def file_sbn():
    fil = "Samhällsbyggnad_uppföljning_internkontroll_2025.odt"
    doc = Document()
    fix_doc(doc, "Samhällsbyggnadsförvaltningen")
    landscape(doc)
    t = doc.add_paragraph()
    r = t.add_run("Samhällsbyggnadsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Internkontroll 2025 – helårsuppföljning").runs[0].bold = True
    doc.add_paragraph("Beslutad i Samhällsbyggnadsnämnden 2026-01-29. Handläggare: Johan Bergström, verksamhetscontroller.")
    header = ["Process", "Risk", "Kontrollmoment", "Följer plan", "Iakttagelse", "Åtgärd"]
    rows = [
        ("Fastighetsförvaltning", "Personskador och driftstopp",
         "Kontroll av att lagstadgade besiktningar (OVK, hiss, brandlarm) genomförs i kommunens fastigheter",
         "Ja", "Samtliga besiktningar genomförda. OVK underkänd i två fastigheter (Tånga skola och Kullingsgården).",
         "Bristerna åtgärdas och ombesiktning sker senast mars 2026.", ("GENOMFORD", "ja")),
        ("", "Felaktiga betalningar",
         "Fakturor från entreprenörer kontrolleras mot avtal och à-prislista",
         "Ja", "Stickprov 20 fakturor. En faktura hade felaktigt timpris; kreditering har erhållits.",
         "Påminnelse till projektledare om kontroll mot à-prislista.", ("GENOMFORD", "ja")),
        ("VA", "Otjänligt dricksvatten",
         "Provtagning av dricksvatten enligt kontrollprogram",
         "Ja", "Samtliga 48 prover bedömdes tjänliga.", "–", ("GENOMFORD", "nej")),
        ("Gata/park", "Olyckor och skadeståndsanspråk",
         "Felanmälningar i gatuunderhållet åtgärdas inom fastställd tid",
         "Delvis", "Uppföljning gjord för maj–september. Övriga månader kunde inte kontrolleras p.g.a. byte av felanmälningssystem. Inga avvikelser i granskad period.",
         "Fullständig kontroll 2026 i det nya systemet.", ("DELVIS", "nej")),
        ("", "Avtalsbrott",
         "Avtalsuppföljning av entreprenaden för vinterväghållning",
         "Nej", "Ej genomförd – ny upphandling av vinterväghållning pågår.",
         "Kontrollen flyttas till 2026 och görs mot det nya avtalet.", ("EJ_GENOMFORD", "")),
        ("Skolskjuts", "Felaktiga beslut",
         "Kontroll av att beviljade skolskjutsar följer riktlinjerna",
         "Ja", "Stickprov 30 beslut. Två beslut saknade motivering vid avsteg från avståndsregeln.",
         "Mallen för skolskjutsbeslut har kompletterats med obligatoriskt motiveringsfält.", ("GENOMFORD", "ja")),
        ("Fordon", "Privat nyttjande av kommunens fordon",
         "Körjournaler för kommunens bilpool kontrolleras",
         "Ej aktuell", "Bilpoolen avvecklades i mars 2025. Kontrollen är inte längre aktuell.", "",
         ("UTGAR", "")),
        ("Ekonomi", "Förlust av tillgångar",
         "Inventering av maskiner och inventarier mot anläggningsregistret",
         "Ja", "Inventering genomförd i november, inga avvikelser mot registret.", "", ("GENOMFORD", "nej")),
    ]
    doc_table(doc, header, [r[:6] for r in rows], [3.0, 3.5, 6.5, 2.0, 7.5, 5.0])
    for r in rows:
        exp(fil, SBN, r[2], *r[6])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Förklaring kolumnen Följer plan: ").bold = True
    p.add_run("Ja = kontrollen genomförd enligt plan. Delvis = kontrollen delvis genomförd. "
              "Nej = kontrollen ej genomförd. Ej aktuell = kontrollen har utgått.")
    doc.add_paragraph("Konstaterade avvikelser framgår av kolumnen Iakttagelse.")
    src = os.path.join(BUILD, "sbn.docx")
    doc.save(src)
    soffice_convert(src, "odt", BUILD)
    shutil.move(os.path.join(BUILD, "sbn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------- file 5: MBN ods
def file_mbn():
    fil = "Miljö- och bygg IK helår 2025.ods"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll – uppföljning helår 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Status: Genomförd / Genomförd med anmärkning / Pågår / Ej genomförd / Ej aktuell. "
                "Avvikelse: Ja = avvikelse konstaterad, Nej = inga avvikelser.")
    ws["A3"].font = Font(italic=True, size=9)
    header = ["Id", "Kontrollmoment", "Status", "Avvikelse (Ja/Nej)", "Iakttagelse", "Åtgärd", "Ansvarig"]
    grid_row(ws, 5, header, bold=True, fill=PatternFill("solid", fgColor="FCE4D6"))
    rows = [
        ("MB1", "Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan",
         "Genomförd med anmärkning", "Ja",
         "4 av 112 ärenden överskred 10 veckor. Avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "Veckovis bevakning av ärendebalans införd.", "Bygglovschef", ("GENOMFORD", "ja")),
        ("MB2", "Debitering av tillsynsavgifter enligt taxa", "Genomförd", "Nej",
         "Stickprov 25 fakturor, samtliga enligt taxa.", "", "Miljöchef", ("GENOMFORD", "nej")),
        ("MB3", "Jäv – handläggare har inte handlagt ärenden där jäv föreligger", "Genomförd", "Nej",
         "Genomgång av 40 ärenden, ingen jävssituation identifierad.", "", "Förvaltningschef", ("GENOMFORD", "nej")),
        ("MB4", "Uppföljning av tillsynsplanen för livsmedelskontroll", "Pågår", "Ja",
         "82 % av planerade kontroller genomförda vid årsskiftet.",
         "Resterande kontroller genomförs under första kvartalet 2026.", "Miljöchef", ("DELVIS", "ja")),
        ("MB5", "Inkomna handlingar diarieförs inom två arbetsdagar", "Ej genomförd", "",
         "Kontrollen har inte kunnat genomföras, ny handläggare i registraturen från oktober.",
         "Genomförs T1 2026.", "Nämndsekreterare", ("EJ_GENOMFORD", "")),
        ("MB6", "Delegationsbeslut återrapporteras till nämnden enligt delegationsordningen", "Genomförd", "Nej",
         "", "", "Nämndsekreterare", ("GENOMFORD", "nej")),
        ("MB7", "Uppföljning av villkor i beviljade strandskyddsdispenser", "Ej aktuell", "",
         "Inga strandskyddsdispenser med villkor beviljades 2024–2025.", "", "Bygglovschef", ("UTGAR", "")),
        ("MB8", "Påminnelser skickas till fastighetsägare med underkända enskilda avlopp", "Genomförd", "",
         "Se bilaga 3.", "", "Miljöinspektör", ("GENOMFORD", "")),
    ]
    r = 6
    for row in rows:
        grid_row(ws, r, list(row[:7]))
        exp(fil, MBN, row[1], *row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summering")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Antal kontroller")
    ws.cell(row=r + 1, column=3, value=8)
    ws.cell(row=r + 2, column=1, value="varav genomförda")
    ws.cell(row=r + 2, column=3, value=5)
    ws.cell(row=r + 3, column=1, value="varav med avvikelse")
    ws.cell(row=r + 3, column=3, value=2)
    set_widths(ws, [7, 50, 24, 11, 50, 38, 18])
    src = os.path.join(BUILD, "mbn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", BUILD)
    shutil.move(os.path.join(BUILD, "mbn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------- file 6: Stratsys export (KFN + ÖFN)
def file_export():
    fil = "Export_internkontroll_20260122.xlsx"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Intern kontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Utskriven 2026-01-22 08:14 av Maria Holm"
    ws["A3"] = "Filter: År = 2025; Perioder = Tertial 2, Helår; Enheter = Kultur- och fritidsnämnden, Överförmyndarnämnden"
    header = ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse",
              "Kommentar", "Åtgärd", "Ansvarig"]
    grid_row(ws, 5, header, bold=True, fill=PatternFill("solid", fgColor="DDEBF7"))
    ko = "Vårgårda kommun > Kultur- och fritidsnämnden"
    of = "Vårgårda kommun > Överförmyndarnämnden"
    # (org, område, km, [(period, status, avv, kommentar, åtgärd)], ansvarig, expected, nämnd)
    ctrls = [
        (ko, "Ekonomi", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         [("Tertial 2", "Delvis genomförd", "", "Vårens aktivitetsstöd granskat.", ""),
          ("Helår", "Genomförd", "Ja",
           "Två föreningar hade fått aktivitetsstöd för deltagare som inte uppfyllde ålderskravet. Återkrav 3 200 kr.",
           "Förtydligande i ansökningsblanketten 2026.")],
         "Föreningskonsulent", ("GENOMFORD", "ja"), KFN),
        (ko, "Ekonomi", "Kassahantering i simhallen och på biblioteket",
         [("Tertial 2", "Genomförd", "Nej", "Kassaavstämning utan differenser.", ""),
          ("Helår", "Genomförd", "Nej", "Oanmäld kassainventering i december utan anmärkning.", "")],
         "Enhetschef fritid", ("GENOMFORD", "nej"), KFN),
        (ko, "Ekonomi", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         [("Helår", "Ej genomförd", "",
           "Byte av bokningssystem under hösten gjorde att kontrollen inte kunde utföras.",
           "Kontrollen görs T1 2026 i det nya systemet.")],
         "Bokningsansvarig", ("EJ_GENOMFORD", ""), KFN),
        (ko, "Informationssäkerhet", "Personuppgifter i bibliotekssystemet gallras enligt gallringsplanen",
         [("Tertial 2", "Ej genomförd", "", "Planeras till hösten.", ""),
          ("Helår", "Genomförd", "Nej", "Gallring genomförd 2025-11-20 enligt plan.", "")],
         "Bibliotekschef", ("GENOMFORD", "nej"), KFN),
        (ko, "Inköp", "Avtalstrohet vid inköp av material och tjänster",
         [("Tertial 2", "Genomförd", "Ja",
           "3 av 20 granskade inköp gjordes utanför avtal (idrottsmaterial).",
           "Information till beställare om avtalskatalogen."),
          ("Helår", "", "", "", "")],
         "Förvaltningschef", ("GENOMFORD", "ja"), KFN),
        (ko, "Verksamhet", "Registerkontroll av ledare inom feriearbete och fritidsgård",
         [("Helår", "Ej aktuell", "", "Feriearbetet administreras av Kommunstyrelsen från 2025.", "")],
         "Enhetschef fritid", ("UTGAR", ""), KFN),
        (of, "Tillsyn", "Årsräkningar granskas inom fastställd tid",
         [("Tertial 2", "Delvis genomförd", "Nej", "Granskning pågår.", ""),
          ("Helår", "Delvis genomförd", "Nej",
           "78 % av årsräkningarna för 2024 var granskade vid årsskiftet; resterande granskas januari–februari.",
           "")],
         "Överförmyndarhandläggare", ("DELVIS", "nej"), OFN),
        (of, "Tillsyn", "Ställföreträdare lämnar förteckning inom två månader från förordnandet",
         [("Helår", "Genomförd", "Ja", "Fem förteckningar inkom för sent.",
           "Påminnelser skickas nu automatiskt efter sex veckor.")],
         "Överförmyndarhandläggare", ("GENOMFORD", "ja"), OFN),
        (of, "Ekonomi", "Arvoden till ställföreträdare beräknas enligt riktlinje",
         [("Tertial 2", "Genomförd", "Nej", "", ""),
          ("Helår", "Genomförd", "Nej", "Stickprov 15 arvodesbeslut utan anmärkning.", "")],
         "Enhetschef", ("GENOMFORD", "nej"), OFN),
        (of, "Rekrytering", "Utdrag ur belastningsregistret inhämtas innan ny ställföreträdare förordnas",
         [("Helår", "Genomförd", "Nej", "Utdrag fanns för samtliga 11 nya ställföreträdare.", "")],
         "Överförmyndarhandläggare", ("GENOMFORD", "nej"), OFN),
        (of, "Informationssäkerhet", "Behörigheter i verksamhetssystemet Wärna stäms av mot aktuell personal",
         [("Tertial 2", "", "", "", ""),
          ("Helår", "", "", "Se separat rapport till nämnden 2026-02-12.", "")],
         "Enhetschef", ("OKLAR", ""), OFN),
    ]
    r = 6
    for org, omr, km, periods, ansv, ex, nm in ctrls:
        for per, st, av, kom, atg in periods:
            grid_row(ws, r, [org, omr, km, per, st, av, kom, atg, ansv])
            r += 1
        exp(fil, nm, km, *ex)
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {r - 6}")
    set_widths(ws, [40, 18, 50, 11, 18, 10, 55, 40, 22])
    ws.auto_filter.ref = f"A5:I{r - 1}"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------- file 7: Vårgårda Bostäder docx
def file_vbab():
    fil = "Vårgårda Bostäder - uppföljning internkontroll 2025.docx"
    doc = Document()
    fix_doc(doc, "Vårgårda Bostäder AB")
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Vårgårda Bostäder AB")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025").runs[0].bold = True
    doc.add_paragraph("Rapport till styrelsen 2026-02-05, ärende 6")
    doc.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas "
        "resultatet av årets kontroller. Kryss (X) i kolumnen OK eller Ej OK.")
    header = ["Kontrollområde", "Kontroll", "Utförd (datum)", "OK", "Ej OK", "Kommentar / åtgärd"]
    rows = [
        ("Hyresdebitering", "Hyresavier stäms av mot gällande hyreskontrakt", "2025-10-15", "X", "", "",
         ("GENOMFORD", "nej")),
        ("", "Hyresrabatter och avdrag är beslutade av behörig person", "2025-11-03", "", "X",
         "Två rabatter saknade dokumenterat beslut. Rutinen har förtydligats.", ("GENOMFORD", "ja")),
        ("Kundfordringar", "Inkassoärenden och kundförluster följs upp månadsvis", "2025-12-10", "X", "",
         "Uppföljning sker i månadsrapporten till VD.", ("GENOMFORD", "nej")),
        ("Underhåll", "Beställningar av underhållsarbeten över 50 000 kr är attesterade av VD", "2025-09-30", "X", "X",
         "", ("OKLAR", "")),
        ("", "Systematiskt brandskyddsarbete (SBA) kontrolleras i samtliga fastigheter", "–", "", "",
         "Ej utförd 2025. Görs när ny SBA-leverantör är upphandlad.", ("EJ_GENOMFORD", "")),
        ("Säkerhet", "Nyckel- och passerkortshantering kontrolleras mot nyckelregistret", "", "", "", "",
         ("SAKNAS", "")),
        ("Uthyrning", "Besiktning vid avflyttning dokumenteras i signerat protokoll", "2025-11-20", "", "X",
         "I 4 av 15 avflyttningar saknades signerat besiktningsprotokoll.", ("GENOMFORD", "ja")),
    ]
    doc_table(doc, header, [r[:6] for r in rows], [3.2, 7.5, 2.6, 1.2, 1.2, 8.0])
    for r in rows:
        exp(fil, VBAB, r[1], *r[6])
    doc.add_paragraph()
    doc.add_paragraph("OK = inga avvikelser. Ej OK = avvikelse konstaterad, se kommentar.").runs[0].italic = True
    doc.add_paragraph()
    doc.add_paragraph("Vårgårda 2026-01-26")
    doc.add_paragraph("Peter Nilsson\nVD, Vårgårda Bostäder AB")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VBAB, "2025", "HELAR"))


# ---------------------------------------------------------------- file 8: covering letter (reject)
def file_missiv():
    fil = "Missiv IK helår 2025 Socialnämnden.docx"
    doc = Document()
    fix_doc(doc, "Socialförvaltningen")
    doc.add_paragraph("Vårgårda kommun\nSocialförvaltningen")
    doc.add_paragraph("2026-01-28\nDnr SN 2025/9")
    doc.add_paragraph("Till: Kommunstyrelsen\nKopia: Ekonomienheten")
    doc.add_heading("Missiv – Uppföljning av Socialnämndens internkontrollplan 2025, helår", level=1)
    doc.add_paragraph(
        "Socialnämnden beslutade 2026-01-27 § 5 att godkänna uppföljningen av internkontrollplanen för 2025 "
        "och överlämna den till kommunstyrelsen.")
    doc.add_paragraph(
        "Av nämndens elva kontrollmoment har åtta genomförts under året, varav fyra med konstaterade avvikelser. "
        "En kontroll har inte kunnat genomföras, en har utgått genom beslut och för en saknas redovisning. "
        "Avvikelserna rör främst dokumentation av skyddsbedömningar och genomförandeplaner, och åtgärder "
        "har vidtagits eller planerats.")
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen har varit tillräcklig. Uppföljningen i sin helhet bifogas "
        "i separat fil (SN_IK_uppfoljning_2025.xlsx).")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Karin Sjöberg\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------- main
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for d in (OUT, BUILD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    file_ks()
    file_bn()
    file_sn()
    file_sbn()
    file_mbn()
    file_export()
    file_vbab()
    file_missiv()
    shutil.rmtree(BUILD)
    for f in sorted(os.listdir(OUT)):
        normalize_zip(os.path.join(OUT, f))
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(set(f[0] for f in FILES))} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
