#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r510 - Ovanåkers kommun, delårsuppföljning internkontroll 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round510"
FIXED = datetime.datetime(2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def norm(s):
    return " ".join(s.split())


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, norm(km), status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, Nr | Process | Kontrollmoment | Ansvarig | Status delår | Kommentar
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Internkontroll delår 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # nr, process, kontrollmoment, ansvarig, status, kommentar, exp_status, exp_avv
        ("1.1", "Inköp och upphandling",
         "Köp utanför ramavtal – stickprov på 20 leverantörsfakturor avseende följsamhet till ramavtal",
         "Upphandlare", "Genomförd",
         "3 av 20 fakturor avsåg köp utanför avtal (kontorsmaterial). Information har gått ut till beställarna via chefsforum.",
         "GENOMFORD", "ja"),
        ("1.2", "",
         "Attest av leverantörsfakturor enligt attestordningen\n(stickprov 25 fakturor per tertial)",
         "Ekonomichef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "",
         "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen för direktupphandling",
         "Upphandlare", "Pågår",
         "Stickprov för januari–juni klart utan anmärkning, juli–augusti granskas i september.",
         "DELVIS", "nej"),
        ("2.1", "Lön och personal",
         "Anställningsavtal är registrerade i lönesystemet före första löneutbetalning",
         "HR-chef", "Genomförd", "Stickprov på 15 nyanställningar, samtliga korrekta.",
         "GENOMFORD", "nej"),
        ("2.2", "",
         "Uppföljning av bisysslor – samtliga chefer har lämnat bisyssleredovisning",
         "HR-chef", "Ej påbörjad",
         "Genomförs i samband med medarbetarsamtalen under hösten.",
         "EJ_GENOMFORD", ""),
        ("3.1", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "IT-chef", "Genomförd med avvikelse",
         "4 konton tillhörande avslutade anställningar var fortfarande aktiva. Kontona stängdes 2025-06-12 och rutinen för avslut har förtydligats.",
         "GENOMFORD", "ja"),
        ("3.2", "",
         "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
         "IT-chef", "Genomförd", None, "GENOMFORD", "nej"),
        ("4.1", "Ärendehantering",
         "Inkomna handlingar diarieförs inom tre arbetsdagar",
         "Kommunsekreterare", None,
         "Kontrollen gjordes i maj. Samtliga 30 granskade handlingar var diarieförda inom tre arbetsdagar.",
         "GENOMFORD", "nej"),
        ("4.2", "",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Kommunsekreterare", "Pågår", None, "DELVIS", ""),
        ("4.3", "",
         "Synpunkter och klagomål via e-tjänsten besvaras inom tio arbetsdagar",
         "Kvalitetsstrateg", "Utgår",
         "Kontrollmomentet ströks genom KS beslut 2025-04-08 § 61, ersätts av ny rutin för synpunktshantering.",
         "UTGAR", ""),
        ("5.1", "Säkerhet och beredskap",
         "Kommunens krisledningsplan är uppdaterad och övad under året",
         "Säkerhetssamordnare", None, None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Ovanåkers kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Upprättad av: Anna Persson, controller, kommunledningsförvaltningen    Datum: 2025-09-05"
    ws["A6"] = ("Status anges som Genomförd, Pågår, Ej påbörjad eller Utgår. "
                "Eventuella avvikelser och åtgärder beskrivs i kolumnen Kommentar.")
    ws["A6"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"]
    hr = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    r = hr + 1
    for nr, proc, km, ans, st, kom, es, ea in rows:
        vals = [nr, proc or None, km, ans, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Totalt antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(rows)).font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="varav genomförda")
    ws.cell(row=r + 1, column=3, value=sum(1 for x in rows if x[6] == "GENOMFORD"))
    ws.cell(row=r + 3, column=1, value="Behandlas av kommunstyrelsen 2025-09-23 i samband med delårsrapporten.")
    for col, w in zip("ABCDEF", [6, 24, 55, 20, 16, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    ws.print_title_rows = "8:8"
    ws.oddHeader.center.text = "Intern kontroll 2025 – Kommunstyrelsen"
    wb.properties.creator = "Anna Persson"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table, G/D/E codes, legend under table,
#    nämnd only in page header (förvaltning name) and file name (BUN)
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_bun():
    fil = "IK delår 2025 - BUN.docx"
    N = "Barn- och utbildningsnämnden"
    rows = [
        ("1", "Skolskjuts",
         "Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
         "Stickprov 10 beslut", "Samtliga granskade beslut var korrekt fattade på delegation.",
         "G", "GENOMFORD", "nej"),
        ("2", "Elevhälsa",
         "Journalföring i elevhälsans journalsystem sker enligt rutin",
         "Stickprov 15 journaler",
         "12 av 15 journaler korrekta, 3 saknade signering. Påminnelse har skickats till berörda skolsköterskor.",
         "G", "GENOMFORD", "ja"),
        ("3", "Kränkande behandling",
         "Anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Genomgång av samtliga anmälningar",
         "Vårterminens anmälningar är genomgångna utan anmärkning. Höstterminen följs upp i december.",
         "D", "DELVIS", "nej"),
        ("4", "Närvaro",
         "Uppföljning av elever med hög frånvaro (över 15 %) sker varje månad",
         "Rapport per skola ur frånvarosystemet",
         "Ej genomförd på grund av byte av frånvarosystem under våren.",
         "E", "EJ_GENOMFORD", ""),
        ("5", "Ekonomi",
         "Interkommunala ersättningar faktureras korrekt",
         "Avstämning mot elevregistret", "Se bilaga 2.", "",
         "OKLAR", ""),
        ("6", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("7", "Förskola",
         "Plats i förskola erbjuds inom fyra månader från ansökan",
         "Uppföljning av köstatistik",
         "Samtliga placeringar inom garantitiden utom två i Alfta, där erbjudande lämnades efter 4,5 månader.",
         "G", "GENOMFORD", "ja"),
        ("8", "Personal",
         "Utdrag ur belastningsregistret uppvisas före anställning",
         "Stickprov 10 anställningar", "", "",
         "SAKNAS", ""),
        ("9", "Systematiskt kvalitetsarbete",
         "Rektorernas kvalitetsrapporter lämnas enligt årshjulet",
         "Kontroll mot årshjulet",
         "Rapporter från 5 av 7 enheter har lämnats in, återstående två väntas i september.",
         "D", "DELVIS", "nej"),
        ("10", "Gymnasieskola",
         "Betyg i Voxnadalens gymnasium rapporteras i betygskatalogen inom fastställd tid",
         "Avstämning mot betygskatalog",
         "Flyttas till 2026 enligt beslut i ledningsgruppen, då nytt studieadministrativt system införs.",
         "E", "EJ_GENOMFORD", ""),
    ]
    d = docx.Document()
    d.core_properties.author = "Maria Ek"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "OVANÅKERS KOMMUN\tBarn- och utbildningsförvaltningen\t2025-09-10"
    fp = sec.footer.paragraphs[0]
    fp.text = "Postadress: Box 37, 828 21 Edsbyn  ·  Telefon 0271-570 00"
    fp.runs[0].font.size = Pt(8)

    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    r = p.add_run("Delårsuppföljning per 31 augusti 2025")
    r.bold = True
    d.add_paragraph(
        "Nedan redovisas uppföljningen av förvaltningens internkontrollplan som nämnden antog "
        "2024-12-10 § 98. Kontrollerna har genomförts av respektive ansvarig chef och sammanställts "
        "av förvaltningens controller. Resultatet redovisas för perioden januari–augusti.")
    hdr = ["Nr", "Rutin/process", "Kontrollmoment", "Metod och omfattning", "Resultat delår", "Status"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "D9E2F3")
    for nr, proc, km, met, res, st, es, ea in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, proc, km, met, res, st]):
            cells[i].text = v
        cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, es, ea)
    widths = [Cm(1.0), Cm(3.5), Cm(7.0), Cm(4.0), Cm(8.0), Cm(1.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    p = d.add_paragraph()
    r = p.add_run("Förklaring status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd")
    r.italic = True
    r.font.size = Pt(9)
    p = d.add_paragraph()
    r = p.add_run("Bilaga 2 (avstämning interkommunala ersättningar) bifogas separat.")
    r.font.size = Pt(9)
    d.add_paragraph("")
    d.add_paragraph("Edsbyn den 10 september 2025")
    d.add_paragraph("Maria Ek\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 3. Stratsys export - CSV, two nämnder, one row per control and period (T1 + Delår)
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_IK_2025-09-15.csv"
    SN = "Socialnämnden"
    KFN = "Kultur- och fritidsnämnden"
    org_sn = "Ovanåkers kommun/Socialnämnden"
    org_kfn = "Ovanåkers kommun/Kultur- och fritidsnämnden"
    # each control: org, nämnd, område, kontrollaktivitet, ansvarig, [(period, status, kommentar, avvikelse)], exp
    controls = [
        (org_sn, SN, "Myndighetsutövning",
         "Beslut om bistånd enligt SoL är fattade i enlighet med delegationsordningen",
         "Enhetschef biståndsenheten",
         [("Tertial 1 2025", "Genomförd", "Stickprov på 10 beslut, inga avvikelser.", "Nej"),
          ("Delår 2025", "Genomförd",
           "Stickprov på 10 beslut. 1 beslut var fattat av fel delegat, beslutet har rättats och berörda handläggare har informerats.",
           "Ja")],
         "GENOMFORD", "ja"),
        (org_sn, SN, "Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut för att upptäcka dubbelutbetalningar",
         "Enhetschef IFO",
         [("Tertial 1 2025", "Pågående", "Avstämning januari–mars klar.", ""),
          ("Delår 2025", "Genomförd", "Avstämning januari–augusti klar utan anmärkning.", "Nej")],
         "GENOMFORD", "nej"),
        (org_sn, SN, "Arbetsmiljö",
         "Handlingsplan mot hot och våld är genomgången på APT i samtliga verksamheter",
         "Verksamhetschefer",
         [("Delår 2025", "Pågående", "Genomgången på APT i 9 av 14 verksamheter.\nResterande under september.", "Nej")],
         "DELVIS", "nej"),
        (org_sn, SN, "Hälso- och sjukvård",
         "Läkemedelsgenomgångar för brukare i särskilt boende genomförs enligt rutin",
         "MAS",
         [("Tertial 1 2025", "Pågående", "Genomgångar klara på Björkhaga, pågår på övriga boenden.", "Nej"),
          ("Delår 2025", "", "", "")],
         "DELVIS", "nej"),
        (org_sn, SN, "Kvalitet",
         "Lex Sarah-rapporter utreds och avslutas inom två månader",
         "Kvalitetsutvecklare",
         [("Delår 2025", "Ej genomförd",
           "Kontrollen har inte kunnat genomföras på grund av vakans på kvalitetsutvecklartjänsten. Genomförs under hösten.",
           "")],
         "EJ_GENOMFORD", ""),
        (org_sn, SN, "Dokumentation",
         "Genomförandeplaner i hemtjänsten upprättas och uppdateras inom 14 dagar",
         "Enhetschefer hemtjänst",
         [("Tertial 1 2025", "Ej påbörjad", "", ""),
          ("Delår 2025", "Genomförd med avvikelse",
           "Stickprov på 20 brukare: 6 genomförandeplaner var inte uppdaterade. En åtgärdsplan tas fram.",
           "Ja")],
         "GENOMFORD", "ja"),
        (org_sn, SN, "Avgifter",
         "Avgiftsbeslut inom äldreomsorgen stäms av mot aktuella inkomstuppgifter",
         "Avgiftshandläggare",
         [("Delår 2025", "Avbruten",
           "Kontrollmomentet avbröts genom nämndens beslut 2025-05-21 § 44 då en ny avgiftsmodul införs.",
           "")],
         "UTGAR", ""),
        (org_kfn, KFN, "Föreningsbidrag",
         "Utbetalda föreningsbidrag följer bidragsreglerna och fattade beslut",
         "Föreningskonsulent",
         [("Delår 2025", "Genomförd", "Kontroll av 12 utbetalningar, samtliga korrekta.", "Nej")],
         "GENOMFORD", "nej"),
        (org_kfn, KFN, "Uthyrning",
         "Uthyrning av lokaler och anläggningar faktureras enligt beslutad taxa",
         "Fritidschef",
         [("Tertial 1 2025", "Genomförd", "Inga avvikelser.", "Nej"),
          ("Delår 2025", "Genomförd",
           "Två bokningar i sporthallen i Alfta hade inte fakturerats. Fakturorna skickades i juli.", "Ja")],
         "GENOMFORD", "ja"),
        (org_kfn, KFN, "Kontanthantering",
         "Kontantkassor vid biblioteken i Edsbyn och Alfta stäms av mot kassarapport",
         "Bibliotekschef",
         [("Delår 2025", "Pågående", "Edsbyn avstämt utan anmärkning, Alfta återstår.", "Nej")],
         "DELVIS", "nej"),
        (org_kfn, KFN, "Kulturskola",
         "Avgifter i kulturskolan debiteras för samtliga inskrivna elever",
         "Kulturskolechef",
         [("Delår 2025", "Ej påbörjad", "Planeras till oktober.", "")],
         "EJ_GENOMFORD", ""),
        (org_kfn, KFN, "Anläggningar",
         "Säkerhetsbesiktning av lekplatser vid fritidsanläggningar och spontanidrottsplatser",
         "Anläggningsansvarig",
         [("Delår 2025", "", "", "")],
         "SAKNAS", ""),
    ]
    header = ["Organisation", "Kontrollområde", "Kontrollaktivitet", "Ansvarig",
              "Uppföljningsperiod", "Status", "Kommentar", "Avvikelse"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Export från Stratsys 2025-09-15 08:42", "", "", "", "", "", "", ""])
        w.writerow(header)
        for org, n, omr, km, ans, periods, es, ea in controls:
            for per, st, kom, avv in periods:
                w.writerow([org, omr, km, ans, per, st, kom, avv])
            exp(fil, n, km, es, ea)
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .ods with traffic-light fills (made as xlsx, converted by LibreOffice)
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"


def build_sbn(tmp):
    fil = "IK-uppföljning Samhällsbyggnad delår 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        ("Fastighetsförvaltning", "Eftersatt underhåll leder till skador och kostnader", 12,
         "Underhållsplanen för kommunens fastigheter följs upp mot budget", "Tertialvis", "Fastighetschef",
         GREEN, "Uppföljd i maj och augusti, inga avvikelser mot plan.", "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Felaktig debitering av internhyror", 9,
         "Internhyror debiteras enligt gällande hyresavtal", "Halvår", "Fastighetsekonom",
         GREEN, "Tre avtal hade felaktig indexuppräkning, justerat från och med juli.", "GENOMFORD", "ja"),
        ("Gata/park", "Vinterväghållning utförs inte enligt avtal", 8,
         "Entreprenörens snöröjningsinsatser stäms av mot avtal och faktura", "Säsong", "Gatuchef",
         GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Gata/park", "Olyckor på kommunala lekplatser", 12,
         "Årlig huvudbesiktning av kommunens lekplatser", "Årligen", "Parkingenjör",
         YELLOW, "Besiktning av 11 av 18 lekplatser utförd.", "DELVIS", "nej"),
        ("Kost", "Bristande livsmedelssäkerhet", 8,
         "Egenkontrollprogrammet följs i kommunens tillagningskök", "Tertialvis", "Kostchef",
         YELLOW, "Egenkontroll genomförd i 4 av 6 kök.", "DELVIS", "nej"),
        ("Lokalvård", "Avtalad städkvalitet uppnås inte", 6,
         "Kvalitetsuppföljning av lokalvård enligt INSTA 800", "Halvår", "Lokalvårdschef",
         RED, "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Inköp", "Beställningar görs utanför avtal", 6,
         "Beställningar av förbrukningsmaterial görs via e-handelssystemet", "Tertialvis", "Förvaltningsekonom",
         GREY, "Utgår – ersatt av kommungemensam kontroll under kommunstyrelsen.", "UTGAR", ""),
        ("Bostadsanpassning", "Lång handläggningstid", 6,
         "Ansökningar om bostadsanpassningsbidrag handläggs inom 8 veckor", "Årligen", "Handläggare BAB",
         None, "Kontrollen görs i november enligt plan.", "EJ_GENOMFORD", ""),
        ("Trafik", "Felaktigt utfärdade tillstånd", 4,
         "Parkeringstillstånd för rörelsehindrade hanteras enligt rutin", "Årligen", "Trafikhandläggare",
         None, None, "SAKNAS", ""),
        ("Fordon", "Privat användning av kommunens fordon", 6,
         "Körjournaler förs för samtliga fordon i förvaltningens fordonspool", "Halvår", "Fordonssamordnare",
         GREEN, None, "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    instr = [
        "Instruktion för uppföljning",
        "Fyll i status genom att färga cellen i kolumnen Status enligt teckenförklaringen på fliken Delår 2025.",
        "Kommentera alltid röd och gul status. Avvikelser beskrivs i kolumnen Kommentar.",
        "Filen skickas till ekonomiavdelningen senast 2025-09-08.",
    ]
    for i, t in enumerate(instr, 1):
        wi.cell(row=i, column=1, value=t)
    wi["A1"].font = Font(bold=True, size=12)
    wi.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Delår 2025")
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll 2025 – delår (t.o.m. augusti)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    hr = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BORDER
    r = hr + 1
    for proc, risk, rv, km, frek, ans, fill, kom, es, ea in rows:
        vals = [proc, risk, rv, km, frek, ans, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        if fill:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend, 1):
        ws.cell(row=r + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + i, column=1).border = BORDER
        ws.cell(row=r + i, column=2, value=txt)
    r += len(legend) + 2
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16)")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [22, 34, 10, 50, 12, 20, 9, 55]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    tmpx = os.path.join(tmp, "IK-uppföljning Samhällsbyggnad delår 2025.xlsx")
    wb.save(tmpx)
    soffice_convert(tmpx, "ods", OUT)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 5. Ovanåkers Bostäder AB - bolag's xlsx with Ja/Nej/Delvis columns
# ---------------------------------------------------------------------------
def build_obab():
    fil = "Ovanåkers Bostäder AB - intern kontroll 2025 delår.xlsx"
    N = "Ovanåkers Bostäder AB"
    rows = [
        ("Hyresadministration", "Hyresavier överensstämmer med gällande hyreskontrakt",
         "Stickprov 25 kontrakt", "Ekonomiansvarig", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Hyresadministration", "Obetalda hyror hanteras enligt kravrutinen",
         "Genomgång av kravlista månadsvis", "Ekonomiansvarig", "Ja", "Ja",
         "2 ärenden lämnades till inkasso senare än rutinen anger. Rutinen har gåtts igenom med personalen.",
         "GENOMFORD", "ja"),
        ("Underhåll", "Planerat underhåll genomförs enligt underhållsplanen",
         "Avstämning mot underhållsplan 2025", "Teknisk chef", "Delvis", "Nej",
         "Fönsterbyte Hagavägen 4–8 flyttat till 2026 p.g.a. leveransproblem, övriga åtgärder enligt plan.",
         "DELVIS", "nej"),
        ("Upphandling", "Inköp över direktupphandlingsgränsen föregås av upphandling enligt LOU",
         "Genomgång av leverantörsreskontra", "VD", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter",
         "Kontroll av SBA-pärmar", "Fastighetsansvarig", "Nej", None,
         "Genomförs under fjärde kvartalet.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonomiansvarig", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy",
         "Stickprov 10 uthyrningar", "Uthyrningsansvarig", "Delvis", "Nej",
         "5 av 10 uthyrningar kontrollerade, resten under hösten.", "DELVIS", "nej"),
        ("Dataskydd", "Personuppgifter i hyresgästregistret gallras enligt gallringsrutinen",
         "Kontroll av gallringslogg", "VD", None, None,
         "Ej aktuellt i år – gallring sker vartannat år, nästa gång 2026.", "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Ovanåkers Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14, color="2F5597")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 2025-08-31"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Behandlas av styrelsen 2025-09-18"
    hdr = ["Område", "Kontrollpunkt", "Kontrollmetod", "Ansvarig",
           "Utförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    dv1 = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)
    r = hr + 1
    for omr, km, met, ans, utf, avv, kom, es, ea in rows:
        for c, v in enumerate([omr, km, met, ans, utf, avv, kom], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, es, ea)
        r += 1
    dv1.add("E%d:E%d" % (hr + 1, r - 1))
    dv2.add("F%d:F%d" % (hr + 1, r - 1))
    r += 2
    ws.cell(row=r, column=1, value="Edsbyn 2025-09-03")
    ws.cell(row=r + 1, column=1, value="Per Olsson, VD")
    for col, w in zip("ABCDEFG", [20, 52, 30, 20, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Per Olsson"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - .xls (xlwt), merged process cells, T1 and delår columns
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "Internkontroll_MBN_delar2025.xls"
    N = "Miljö- och byggnadsnämnden"
    groups = [
        ("Bygglov", [
            ("Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "Stickprov 20 ärenden",
             "Tertialvis", "Bygglovschef", "Klar", "Klar",
             "Delår: 2 av 20 ärenden överskred handläggningstiden, avgiften reducerades enligt PBL.",
             "GENOMFORD", "ja"),
            ("Beslut fattade på delegation anmäls till nämnden", "Genomgång av delegationslistor",
             "Tertialvis", "Nämndsekreterare", "Klar", "Klar", "", "GENOMFORD", "nej"),
            ("Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 10 fakturor",
             "Halvår", "Bygglovschef", "", "Pågår", "Stickprov påbörjat i augusti.", "DELVIS", ""),
        ]),
        ("Miljötillsyn", [
            ("Tillsynsplanen enligt miljöbalken följs", "Uppföljning mot tillsynsplan",
             "Tertialvis", "Miljöchef", "Pågår", "Pågår",
             "62 % av planerade tillsynsbesök utförda per 31/8 (mål 67 %).", "DELVIS", "nej"),
            ("Årlig tillsynsavgift faktureras samtliga registrerade verksamheter",
             "Avstämning mot verksamhetsregistret", "Årligen", "Miljöchef", "Klar", "",
             "Faktureringen genomfördes i mars.", "GENOMFORD", "nej"),
            ("Livsmedelskontroll utförs enligt kontrollplan", "Uppföljning mot kontrollplan",
             "Tertialvis", "Livsmedelsinspektör", "Ej påbörjad", "Ej påbörjad",
             "Vakant tjänst, kontrollen skjuts till hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Administration", [
            ("Diarieföring och arkivering sker enligt dokumenthanteringsplanen", "Stickprov 15 ärenden",
             "Halvår", "Nämndsekreterare", "-", "Klar med anm.",
             "Tre handlingar saknade diarienummer, har kompletterats.", "GENOMFORD", "ja"),
            ("Begäran om allmän handling hanteras skyndsamt", "Genomgång av registrerade förfrågningar",
             "Årligen", "Nämndsekreterare", "", "Utgår",
             "Ströks vid revideringen av planen 2025-03-19 § 22.", "UTGAR", ""),
        ]),
        ("Alkohol och tobak", [
            ("Tillsyn av serveringstillstånd genomförs enligt tillsynsplan", "Uppföljning mot tillsynsplan",
             "Årligen", "Alkoholhandläggare", "", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: bold on, height 220;")
    hdr_st = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert centre;")
    cell_st = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: wrap on, vert top;")
    proc_st = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: wrap on, vert centre;")
    ws.write(0, 0, "MILJÖ- OCH BYGGNADSNÄMNDEN", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", sub)
    ws.write(2, 0, "Uppföljning: delår 2025 (januari–augusti). Antagen av nämnden 2024-12-11 § 105.")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Uppföljning T1", "Uppföljning delår", "Kommentar"]
    hr = 4
    for c, h in enumerate(hdr):
        ws.write(hr, c, h, hdr_st)
    r = hr + 1
    for proc, items in groups:
        start = r
        for km, met, frek, ans, t1, dl, kom, es, ea in items:
            for c, v in enumerate([km, met, frek, ans, t1, dl, kom], 1):
                ws.write(r, c, v, cell_st)
            exp(fil, N, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.write_merge(start, r - 1, 0, 0, proc, proc_st)
        else:
            ws.write(start, 0, proc, proc_st)
    r += 1
    ws.write(r, 0, "Statusvärden: Klar / Klar med anm. / Pågår / Ej påbörjad / Utgår")
    ws.write(r + 1, 0, "Sammanställt av miljö- och byggnadskontoret 2025-09-04, Lars Nilsson")
    for c, w in enumerate([18, 48, 30, 12, 20, 14, 16, 50]):
        ws.col(c).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(hr + 1)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - docx, text only (tjänsteskrivelse, one heading per control)
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Tjänsteskrivelse uppföljning internkontroll delår 2025 ÖFN.docx"
    N = "Överförmyndarnämnden"
    ctrls = [
        ("Årsräkningar granskas och arvoden beslutas senast den 30 juni",
         ["Av 186 inkomna årsräkningar var 171 granskade och arvodesbeslutade per den 30 juni. "
          "Resterande 15 granskades under juli och augusti på grund av sena kompletteringar.",
          "Kontrollen är genomförd. En avvikelse mot tidsmålet har noterats och rutinen för "
          "påminnelser ses över."],
         "GENOMFORD", "ja"),
        ("Lämplighetsprövning av nya ställföreträdare",
         ["Samtliga 9 nya gode män och förvaltare under perioden har lämplighetsprövats med utdrag "
          "ur belastningsregistret och kreditupplysning. Inga avvikelser har noterats."],
         "GENOMFORD", "nej"),
        ("Överförmyndarspärrade bankkonton stäms av mot nämndens beslut",
         ["Kontrollen har påbörjats men är inte slutförd. Hittills har 20 av planerade 40 konton "
          "stämts av utan anmärkning. Resterande konton stäms av under oktober."],
         "DELVIS", "nej"),
        ("Akter arkiveras enligt dokumenthanteringsplanen",
         ["Kontrollen har inte genomförts under perioden och planeras till november."],
         "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökan om god man följs upp",
         ["Kontrollmomentet utgår efter nämndens beslut 2025-04-15 § 18 eftersom handläggningstiderna "
          "följs upp i den nya verksamhetsuppföljningen."],
         "UTGAR", ""),
    ]
    d = docx.Document()
    d.core_properties.author = "Karin Sjöberg"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OVANÅKERS KOMMUN\tTJÄNSTESKRIVELSE\nÖverförmyndarenheten\t2025-09-08\tDnr ÖFN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen per den 31 augusti 2025.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplan för 2025 den 10 december 2024, § 52. "
        "Planen omfattar fem kontrollmoment. Enligt kommunens reglemente för intern kontroll ska "
        "nämnden följa upp planen i samband med delårsrapporten. Nedan redovisas resultatet "
        "för respektive kontrollmoment.")
    for km, paras, es, ea in ctrls:
        d.add_heading(km, level=3)
        for p in paras:
            d.add_paragraph(p)
        exp(fil, N, km, es, ea)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Den interna kontrollen bedöms i huvudsak vara tillräcklig. Arbetet med granskning av "
        "årsräkningar behöver fortsatt prioriteras under våren 2026.")
    d.add_paragraph("")
    d.add_paragraph("Karin Sjöberg\nEnhetschef överförmyndarenheten")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 8. Lock file left behind by Excel for the KS workbook -> AVVISAD
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$Internkontroll delår 2025 Kommunstyrelsen.xlsx"
    name = "Anna Persson"
    b = bytearray()
    b.append(len(name))
    b += name.encode("ascii")
    b += b" " * (54 - len(b))
    b += bytes([len(name), 0])
    b += name.encode("utf-16-le")
    b += b"\x20\x00" * ((165 - len(b)) // 2)
    b += b"\x00" * (165 - len(b))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(bytes(b[:165]))
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadskontoret|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Ovanåkers Bostäder AB", "OBAB|Ovanåkersbostäder|Bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for r in reg:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r510_")
    try:
        build_ks()
        build_bun()
        build_stratsys()
        build_sbn(tmp)
        build_obab()
        build_mbn()
        build_ofn()
        build_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
