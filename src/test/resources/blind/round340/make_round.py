#!/usr/bin/python3
"""Blind round r340 – Fjällnäs kommun, delår 2025 inbox.

Builds every file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r340_")
LO_PROFILE = "file:///tmp/lo-round340"
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_into_out(src, ext, fmt, final_name):
    soffice(src, fmt, TMP)
    produced = os.path.splitext(src)[0] + "." + ext
    shutil.move(produced, os.path.join(OUT, final_name))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb):
    wb.properties.creator = "Fjällnäs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – easy xlsx with an ordinary status column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontroll delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Internkontrollplanen fastställd av KS 2025-01-28 § 12"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 25 fakturor", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Redovisningsansvarig", "Stickprov 15 verifikationer", "Genomförd med avvikelse",
         "4 av 15 verifikationer saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Köp sker från upphandlade leverantörer (avtalstrohet)", "Upphandlingschef",
         "Analys i spendanalysverktyg", "Delvis genomförd",
         "Analys av januari–april klar. Maj–augusti analyseras i september.", "DELVIS", ""),
        (4, "Personal", "Rätt lön utbetalas vid nyanställning", "HR-chef", "Stickprov 10 nyanställda",
         "Genomförd", "Samtliga kontrollerade löner korrekta.", "GENOMFORD", "nej"),
        (5, "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet tas bort när anställning upphör", "IT-chef",
         "Jämförelse mot personalsystemet", "Ej genomförd",
         "Flyttad till hösten på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering",
         "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Kanslichef",
         "Stickprov 20 handlingar", "Genomförd",
         "2 av 20 handlingar diarieförda först efter fem arbetsdagar. Rutinen har gåtts igenom med registraturen.",
         "GENOMFORD", "ja"),
        (7, "Säkerhet", "Uppföljning av rutin för hot och våld mot förtroendevalda", "Säkerhetssamordnare",
         "Enkät", "Utgår",
         "Ersätts av kommungemensam kartläggning enligt KS beslut 2025-04-22 § 58.", "UTGAR", ""),
        (8, "Ekonomi", "Kontroll av användning av betalkort (kontokort)", "Ekonomichef",
         "Stickprov", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Anna Lindqvist, controller, 2025-09-10")
    for col, w in zip("ABCDEFG", [5, 18, 48, 20, 26, 22, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word, free-text results, group rows
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Karin Berg")
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delår 1 januari–31 augusti 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 119). Nedan redovisas "
        "resultatet av de kontroller som ingår i planen, iakttagelser och det fortsatta arbetet. "
        "Kontroller som enligt planen ska genomföras under hösten redovisas i helårsuppföljningen.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Resultat/iakttagelser", "Fortsatt arbete"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_shading(t.rows[0].cells[i], "D9E2F3")
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov på 30 fakturor från april och maj har granskats. Samtliga var attesterade av behörig attestant.",
             "Ingen åtgärd.", "GENOMFORD", "nej"),
            ("Hantering av barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
             "Kontroll har gjorts för förskoleområde Norr. Område Söder och Fjällby återstår och granskas under hösten.",
             "Slutförs under oktober.", "DELVIS", ""),
            ("Kontroll av att inköp av läromedel sker enligt avtal",
             "Granskningen av inköp januari–juni visade att tre skolor köpt läromedel utanför avtal till ett värde av ca 85 tkr.",
             "Information till rektorer på ledningsgruppen i september. Ny kontroll vid helår.",
             "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Elevers frånvaro följs upp enligt rutin för ökad närvaro",
             "Kontrollen har inte kunnat genomföras under våren på grund av vakans på tjänsten som närvarosamordnare.",
             "Genomförs när tjänsten är tillsatt, preliminärt i november.", "EJ_GENOMFORD", ""),
            ("Anmälan av kränkande behandling till huvudman sker utan dröjsmål",
             "Samtliga 42 anmälningar under perioden har granskats. I 6 fall gick det mer än fem arbetsdagar innan anmälan nådde huvudmannen.",
             "Rutinen förtydligas och skickas ut till rektorer.", "GENOMFORD", "ja"),
            ("Registerkontroll vid anställning av personal i förskola och skola", "", "",
             "SAKNAS", ""),
        ]),
        ("Personal och arbetsmiljö", [
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
             "Skyddsronder har genomförts på 14 av 19 enheter.\nResterande fem enheter är inbokade i september.",
             "", "DELVIS", ""),
            ("Kontroll av att semesterlöneskuld stämmer mot uttagna semesterdagar",
             "Kontrollmomentet har strukits efter beslut i nämnden 2025-05-14 § 48, då kontrollen görs centralt av lönecenter.",
             "–", "UTGAR", ""),
            ("Delegationsbeslut anmäls till nämnden",
             "Genomgång av delegationslistor januari–juni visar att samtliga beslut har anmälts. Inga avvikelser.",
             "", "GENOMFORD", "nej"),
        ]),
    ]
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[2])
        m.text = gname
        m.paragraphs[0].runs[0].bold = True
        set_cell_shading(m, "F2F2F2")
        for km, res, fort, st, av in items:
            row = t.add_row()
            row.cells[0].text = km
            row.cells[1].text = res
            row.cells[2].text = fort
            exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Fjällnäs 2025-09-08")
    d.add_paragraph("Karin Berg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – text only, converted to .odt
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll delår 2025.odt"
    N = "Socialnämnden"
    d = docx.Document()
    fix_doc_props(d, "Socialförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Socialnämnden").bold = True
    d.add_paragraph("Period: januari–augusti 2025 (delårsrapport)")
    d.add_paragraph("Diarienummer: SN 2025/0214")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Socialnämnden ansvarar enligt kommunens reglemente för intern kontroll för att den interna "
        "kontrollen inom nämndens verksamhetsområde är tillräcklig. I denna rapport redovisas resultatet "
        "av de kontrollmoment som ingår i nämndens internkontrollplan för 2025. För varje kontroll anges "
        "hur den genomförts, resultatet och vilka åtgärder som vidtas.")
    items = [
        ("Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker efter fattat beslut",
         "Stickprov av utbetalningar i verksamhetssystemet.",
         "Stickprov på 40 utbetalningar under mars–maj. Samtliga utbetalningar hade ett beslut som överensstämde med utbetalt belopp.",
         "Ingen åtgärd krävs.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll av att handläggare inte beviljar bistånd till närstående",
         "Samkörning av handläggare och sökande.",
         "Kontrollen har genomförts genom samkörning av handläggare och sökande i verksamhetssystemet. Inga jävssituationer upptäcktes.",
         "–", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet av samtliga anmälningar under perioden.",
         "Av 212 inkomna anmälningar under perioden gjordes förhandsbedömning inom 14 dagar i 188 fall (89 %). "
         "Förseningarna beror främst på hög arbetsbelastning under våren.",
         "Tillfällig förstärkning av mottagningsgruppen från september. Ny kontroll vid helår.",
         "GENOMFORD", "ja"),
        ("Barn och unga",
         "Uppföljning av placerade barn enligt SoL 6 kap. 7 b §",
         "Aktgranskning av samtliga placerade barn.",
         "Granskning av akter har påbörjats men är inte slutförd. Hittills har 11 av 30 akter granskats utan anmärkning.",
         "Resterande akter granskas under hösten.", "DELVIS", "nej"),
        ("Äldreomsorg",
         "Avvikelser enligt lex Sarah rapporteras och utreds enligt rutin",
         "Genomgång av inkomna rapporter.",
         "Ej genomförd under perioden. Kontrollen flyttas till hösten i samband med att det nya avvikelsesystemet införs.",
         "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg",
         "Debitering av omsorgsavgifter stämmer mot utförd tid",
         "Jämförelse mellan planerad, utförd och debiterad tid.",
         "Se bilaga 1.",
         "", "OKLAR", ""),
        ("Funktionsstöd",
         "Verkställighet av LSS-beslut inom tre månader",
         "Uttag av ej verkställda beslut.",
         "Kontrollen är genomförd. Två beslut om bostad med särskild service har inte verkställts inom tre månader och har rapporterats till IVO.",
         "Arbete pågår med att ta fram ytterligare en bostad.", "GENOMFORD", "ja"),
        ("Personal",
         "Kontroll av att anställda inom hemtjänsten har giltig körkortsbehörighet",
         "Stickprov.",
         "Kontrollmomentet utgår enligt nämndens beslut 2025-03-19 § 27 eftersom kontrollen numera ingår i bemanningsenhetens rutin.",
         "", "UTGAR", ""),
    ]
    d.add_heading("Resultat per kontrollmoment", level=2)
    last_area = None
    for area, km, metod, res, atg, st, av in items:
        if area != last_area:
            d.add_heading(area, level=3)
            last_area = area
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Metod: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if atg:
            p = d.add_paragraph()
            p.add_run("Åtgärd: ").bold = True
            p.add_run(atg)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De brister som har "
        "identifierats gäller handläggningstider inom barn och unga samt verkställighet av LSS-beslut. "
        "Kontroller som inte har genomförts under våren genomförs under hösten och redovisas i helårsuppföljningen.")
    d.add_paragraph("Lena Sjöberg, socialchef")
    src = os.path.join(TMP, "sn.docx")
    d.save(src)
    convert_into_out(src, "odt", "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – plan + T1 and delår comment columns
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Samhällsbyggnad IK-plan 2025 med uppföljning.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Samhällsbyggnadsnämnden"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Antagen SBN 2024-12-11 § 142. Uppföljning skrivs i kolumnerna för respektive period."
    ws["A3"].font = Font(italic=True)
    # two-level header rows 5-6
    ws.merge_cells("A5:I5")
    ws["A5"] = "Plan"
    ws.merge_cells("J5:K5")
    ws["J5"] = "Uppföljning 2025"
    sub = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Metod", "Frekvens", "Ansvarig", "T1 (jan–apr)", "Delår (jan–aug)"]
    for i, h in enumerate(sub, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    for ref in ("A5", "J5"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].fill = PatternFill("solid", fgColor="C6E0B4")
    data = [
        ("Bygglov", [
            ("Beslut fattas inte inom lagstadgad tid och avgiften måste reduceras", 3, 3,
             "Handläggningstid för bygglov hålls inom lagstadgade tio veckor",
             "Stickprov 20 ärenden per tertial", "Per tertial", "Bygglovschef",
             "Stickprov 20 ärenden, alla beslutade inom tidsfristen.",
             "Stickprov på ytterligare 20 ärenden maj–aug. 2 ärenden överskred tidsfristen och avgiften reducerades enligt PBL.",
             "GENOMFORD", "ja"),
            ("Felaktig debitering", 2, 2,
             "Avgifter för bygglov debiteras enligt gällande taxa",
             "Stickprov 15 beslut", "1 ggr/år", "Bygglovschef",
             "",
             "Kontrollerat 15 beslut, samtliga debiterade enligt taxa.",
             "GENOMFORD", "nej"),
        ]),
        ("Mark och exploatering", [
            ("Mark säljs under marknadsvärde", 2, 4,
             "Försäljning av kommunal mark sker till marknadsmässigt pris med värdering",
             "Granskning av samtliga försäljningar", "Löpande", "Mark- och exploateringsingenjör",
             "Ingen försäljning under perioden.",
             "Ej aktuellt under perioden – ingen markförsäljning har skett under januari–augusti.",
             "UTGAR", ""),
            ("Kostnader överskrider exploateringskalkyl", 3, 3,
             "Exploateringsavtal följs upp mot faktiska kostnader",
             "Avstämning per exploateringsområde", "2 ggr/år", "Exploateringschef",
             "Påbörjad för område Björkliden.",
             "Uppföljning av Björkliden klar utan avvikelse mot kalkyl. Sörmyren pågår.",
             "DELVIS", ""),
        ]),
        ("Bostadsanpassning", [
            ("Bidrag beviljas felaktigt", 2, 3,
             "Bostadsanpassningsbidrag beviljas enligt lag och riktlinjer",
             "Stickprov 10 ärenden", "1 ggr/år", "Handläggare BAB",
             "Genomförd. 10 ärenden granskade utan anmärkning.",
             "",
             "GENOMFORD", "nej"),
            ("Utbetalning för arbete som inte är utfört", 2, 3,
             "Slutbesiktning och attest av utfört arbete innan utbetalning",
             "Stickprov 10 utbetalningar", "1 ggr/år", "Handläggare BAB",
             "Ej påbörjad.",
             "Genomförs under september–oktober.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Planering", [
            ("Prioriterade detaljplaner blir försenade", 3, 2,
             "Detaljplaner följer antagen planprioritering",
             "Genomgång av planlistan", "2 ggr/år", "Planchef",
             "-",
             "Genomgång gjord i maj. Tre av fem prioriterade planer följer tidplanen, två är försenade på grund av överklagande.",
             "GENOMFORD", "ja"),
        ]),
        ("Trafik och parkering", [
            ("Intäkter redovisas inte fullständigt", 2, 3,
             "Kontroll av att parkeringsintäkter från automater redovisas fullständigt",
             "Avstämning automatrapporter mot bokföring", "Per tertial", "Trafikingenjör",
             "Avstämning jan–mar utan differens.",
             "Avstämning jan–aug gjord. Differens på 3 400 kr i juni har utretts – felaktig tömning av automat, rättad.",
             "GENOMFORD", "ja"),
            ("Dubbeldebitering från entreprenör", 2, 2,
             "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler",
             "Avstämning samtliga fakturor jan–mar", "1 ggr/år", "Gatuchef",
             "Genomförd för januari–mars.\n1 faktura avvek (dubbeldebitering 12 tkr), kreditfaktura erhållen.",
             "",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 7
    for proc, items in data:
        start = r
        for risk, s, k, km, metod, frek, ansv, t1, dl, st, av in items:
            vals = [proc if r == start else None, risk, s, k, s * k, km, metod, frek, ansv, t1, dl]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, N, km, st, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (skala 1–4). Riskvärde 9–16 = hög risk.")
    ws.cell(row=r + 1, column=1, value="Uppföljningen fastställd av nämnden 2025-09-17.")
    for col, w in zip("ABCDEFGHIJK", [18, 30, 11, 11, 10, 45, 28, 12, 22, 40, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export – two nämnder, free-text comments, Avvikelse Ja/Nej
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-15.csv"
    KFN = "Kultur- och fritidsnämnden"
    MBN = "Miljö- och byggnämnden"
    hdr = ["Organisation", "Plan", "Period", "Process", "Kontrollmoment", "Ansvarig",
           "Kommentar", "Avvikelse", "Åtgärd"]
    plan = "Internkontrollplan 2025"
    per = "Delår augusti 2025"
    rows = [
        (KFN, "Bidragshantering", "Föreningsbidrag betalas ut enligt beslut och riktlinjer", "Bidragshandläggare",
         "Samtliga 34 utbetalningar av aktivitetsbidrag under våren kontrollerade mot beslut. Inga fel.",
         "Nej", "", "GENOMFORD", "nej"),
        (KFN, "Bidragshantering",
         "Föreningar som får bidrag har lämnat in verksamhetsberättelse och ekonomisk redovisning",
         "Bidragshandläggare",
         "Kontroll påbörjad, 18 av 27 föreningar kontrollerade.\n3 föreningar saknar revisionsberättelse.",
         "Ja", "Föreningarna har fått påminnelse. Utbetalning av nästa bidrag hålls inne tills handlingar kommit in.",
         "DELVIS", "ja"),
        (KFN, "Kassahantering", "Kontanthantering i simhallens kassa – dagsavstämning", "Badchef",
         "Oanmäld kassainventering genomförd 2025-06-12 av controller. Kassan stämde.",
         "Nej", "", "GENOMFORD", "nej"),
        (KFN, "Bibliotek", "Inköp av medier sker inom ramavtal", "Bibliotekschef",
         "Kontrollen genomförs under hösten enligt plan.",
         "", "", "EJ_GENOMFORD", ""),
        (KFN, "Anläggningar", "Bokningar och debitering av idrottshallar stämmer överens", "Fritidschef",
         "", "", "", "SAKNAS", ""),
        (MBN, "Tillsyn", "Tillsynsavgifter debiteras enligt taxa och tillsynsplan", "Miljöchef",
         "Stickprov 25 livsmedelskontroller: 24 korrekt debiterade, 1 ej debiterad (rättad i juli).",
         "Ja", "Rutin för debitering efter kontroll ses över.", "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Planerad tillsyn genomförs enligt tillsynsplanen", "Miljöchef",
         "Avstämning mot tillsynsplanen görs kvartalsvis. Kvartal 1 och 2 är avstämda utan anmärkning, kvartal 3 stäms av i oktober.",
         "Nej", "", "DELVIS", "nej"),
        (MBN, "Handläggning", "Delegationsbeslut fattas av behörig delegat", "Nämndsekreterare",
         "Utgår – ersatt av kontrollmoment om digital signering enligt nämndbeslut 2025-02-20 § 9.",
         "", "", "UTGAR", ""),
        (MBN, "Registrering", "Registrering av inkomna ärenden i ärendesystemet inom två dagar", "Administratör",
         "Genomförd. Stickprov på 30 ärenden, samtliga registrerade inom två dagar.",
         "Nej", "", "GENOMFORD", "nej"),
        (MBN, "Miljöskydd", "Handläggning av klagomål på buller och lukt påbörjas inom en vecka", "Miljöchef",
         "Ej genomförd p.g.a. personalbrist under våren.",
         "", "Kontrollen görs i november.", "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ansv, kom, avv, atg, st, av in rows:
            w.writerow([org, plan, per, proc, km, ansv, kom, avv, atg])
            exp(fil, org, km, st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – .xls, status only as fill colour, nämnd in print header
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK_aug2025.xls"
    N = "Tekniska nämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Tekniska nämnden – internkontroll 2025"
    ws.oddFooter.left.text = "Tekniska förvaltningen, Fjällnäs kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delårsrapport augusti"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Iakttagelser"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Fastighet", "Felanmälningar åtgärdas inom avtalad tid", "Fastighetschef", GREEN,
         "Stickprov 50 felanmälningar, 47 åtgärdade inom avtalad tid. Tre åtgärdades för sent.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Hyresavtal för externa hyresgäster är uppdaterade och indexreglerade", "Fastighetschef",
         GREEN, "Samtliga 22 avtal genomgångna och korrekt indexerade.", "GENOMFORD", "nej"),
        ("Fastighet", "Energiuppföljning av kommunens fastigheter sker månadsvis", "Energistrateg", YELLOW,
         "Uppföljning sker för 30 av 41 fastigheter; mätare saknas i övriga.", "DELVIS", ""),
        ("VA", "Avläsning av vattenmätare och debitering av VA-avgifter", "VA-chef", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", RED,
         "Skjuts till hösten p.g.a. vakans på laboratoriet.", "EJ_GENOMFORD", ""),
        ("Gata", "Beställningar i gatudriftens inköpssystem attesteras av behörig", "Gatuchef", GREEN,
         "", "GENOMFORD", ""),
        ("Gata", "Besiktning av lekplatser enligt SS-EN 1176", "Gatuchef", GREY,
         "Ansvaret för lekplatser har flyttats till kultur- och fritidsnämnden.", "UTGAR", ""),
        ("Kost", "Livsmedelsinköp följer upphandlat avtal", "Kostchef", None,
         "Se bilaga.", "OKLAR", ""),
        ("Kost", "Egenkontroll enligt HACCP i kommunens tillagningskök", "Kostchef", None,
         "", "SAKNAS", ""),
        ("Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare", YELLOW,
         "Kontroll gjord för tekniska förvaltningens 14 fordon, hemtjänstens fordon återstår.",
         "DELVIS", ""),
    ]
    r = 4
    for omr, km, ansv, fill, txt, st, av in rows:
        vals = [omr, km, ansv, None, txt]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if fill:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring status:").font = Font(bold=True)
    for fill, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDE", [14, 55, 20, 9, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "TN_IK_aug2025.xlsx")
    wb.save(src)
    convert_into_out(src, "xls", "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – Word 97 .doc, one key/value table per control
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden internkontroll uppföljning 2025.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fix_doc_props(d, "Överförmyndarenheten")
    d.add_heading("Uppföljning internkontroll", level=1)
    meta = d.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([("Nämnd", "Överförmyndarnämnden"),
                                ("Period", "Delår 2025 (januari–augusti)"),
                                ("Upprättad av", "Maria Holm, enhetschef, 2025-09-04")]):
        meta.rows[i].cells[0].text = k
        meta.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        meta.rows[i].cells[1].text = v
    d.add_paragraph("")
    items = [
        ("Årsräkningar granskas inom fastställd tid",
         "Uttag ur verksamhetssystemet Wärna.",
         "Av 312 inkomna årsräkningar var 298 granskade per 31 augusti. Resterande 14 granskas under september.",
         "", "DELVIS", ""),
        ("Arvoden till ställföreträdare beräknas och betalas ut korrekt",
         "Stickprov 20 arvodesbeslut.",
         "Ett arvode var felberäknat (1 850 kr för högt) och har återkrävts. Övriga korrekta.",
         "Dubbelkontroll av arvodesberäkning införs.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare saknar betalningsanmärkningar vid nytt uppdrag",
         "Genomgång av samtliga nya uppdrag.",
         "Samtliga 17 nya ställföreträdare under perioden var kontrollerade mot kreditupplysning innan förordnande.",
         "", "GENOMFORD", "nej"),
        ("Överförmyndarspärr finns på konton för omyndiga barns medel",
         "Stickprov 15 ärenden.",
         "Kontrollen har inte påbörjats.",
         "Genomförs i november.", "EJ_GENOMFORD", ""),
        ("Förteckningar inkommer inom två månader från förordnande",
         "Bevakningslista.",
         "",
         "", "SAKNAS", ""),
        ("Avtalsuppföljning av samverkan med Fjällbygdens överförmyndarnämnd",
         "Avstämning mot avtal.",
         "Utgår. Avtalet upphörde 2024-12-31.",
         "", "UTGAR", ""),
    ]
    for n, (km, metod, utf, atg, st, av) in enumerate(items, 1):
        d.add_paragraph(f"Kontroll {n}").runs[0].bold = True
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Kontrollmoment", km), ("Metod", metod),
                                    ("Utfall delår", utf), ("Åtgärd", atg)]):
            t.rows[i].cells[0].text = k
            t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
            set_cell_shading(t.rows[i].cells[0], "EDEDED")
            t.rows[i].cells[1].text = v
        for row in t.rows:
            row.cells[0].width = Cm(4)
            row.cells[1].width = Cm(12)
        d.add_paragraph("")
        exp(fil, N, km, st, av)
    src = os.path.join(TMP, "ofn.docx")
    d.save(src)
    convert_into_out(src, "doc", "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from BUN (no follow-up in it)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK delår BUN.docx"
    d = docx.Document()
    fix_doc_props(d, "Karin Berg")
    d.add_paragraph("Fjällnäs kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2025-09-08")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, delår 2025", level=2)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen behandlas av nämnden den 24 september och protokollsutdrag "
        "skickas så snart protokollet är justerat.")
    d.add_paragraph(
        "Observera att kontrollen av registerutdrag vid anställning redovisas först i helårsuppföljningen, "
        "eftersom HR-avdelningen byter rutin under hösten.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Berg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Fjällnäs Energi AB", "Fjällnäs Energi|FEAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
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
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_stratsys()
    file_tn()
    file_ofn()
    file_reject()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
