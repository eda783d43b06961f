#!/usr/bin/python3
"""Blind round r323 - Hällestad kommun, helår 2025, kommunkoncernens inkorg."""
import os, shutil, subprocess, tempfile, csv
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round323"]
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def convert(src, fmt, final_name):
    tmp = tempfile.mkdtemp(prefix="r323_")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmp)
    os.remove(src)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS (xlsx)
def f1_ks():
    fil = "Uppföljning IKP 2025 Kommunstyrelsen helår.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Hällestad kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning per 31 december 2025 (helår)"
    ws["A4"] = "Statusvärden: Genomförd / Delvis genomförd / Ej genomförd / Utgår. Kommentar ska alltid anges vid avvikelse."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status helår", "Kommentar helår"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX; cell.alignment = WRAP
    groups = [
        ("1. Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Redovisningschef", "Tertial",
             "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation är korrekt dokumenterad med syfte och deltagare",
             "Stickprov 15 verifikationer", "Controller", "Tertial",
             "Genomförd", "Genomförd", "Genomförd",
             "Två verifikationer saknade deltagarförteckning, komplettering har begärts. Påminnelse om riktlinjen har skickats till samtliga chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Moms", "Avstämning av ingående moms och momsredovisning mot huvudbok",
             "Månadsvis avstämning", "Redovisningsekonom", "Månad",
             "Genomförd", "Genomförd", "Genomförd", "", "GENOMFORD", ""),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Samkörning HR-system/lönesystem", "Lönechef", "Helår",
             "", "", "Delvis genomförd",
             "Kontroll gjord för perioden jan–sep. Resterande månader kontrolleras i februari 2026.", "DELVIS", ""),
            ("2.2", "Bisysslor", "Uppföljning av att anmälda bisysslor har prövats av chef",
             "Genomgång i medarbetarsamtal", "HR-chef", "Årlig",
             "", "Genomförd", "", "", "GENOMFORD", ""),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Granskning av behörigheter i ekonomisystemet Raindance",
             "Fullständig genomgång av behörighetslista", "Systemförvaltare", "Årlig",
             "", "", "Ej genomförd", "Ej genomförd p.g.a. byte av systemförvaltare. Flyttas till 2026.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Dataskydd", "Kontroll av att personuppgiftsincidenter rapporteras till IMY inom 72 timmar",
             "Samtliga incidenter", "Dataskyddsombud", "Tertial",
             "Genomförd", "Genomförd", "Genomförd",
             "1 incident rapporterades efter 5 dagar. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ]),
        ("4. Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
             "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Tertial",
             "Genomförd", "Delvis genomförd", "Genomförd", "Alla stickprov dokumenterade enligt riktlinjen.",
             "GENOMFORD", "nej"),
            ("4.2", "Avtalstrohet", "Avtalstrohet – inköp sker från avtalade leverantörer",
             "Analys av leverantörsreskontra", "Upphandlingschef", "Tertial",
             "Utgår", "Utgår", "Utgår",
             "Utgår enligt beslut KS 2025-03-12 § 45, ersätts av kommunövergripande spendanalys.", "UTGAR", ""),
            ("4.3", "Leverantörskontroll", "Kontroll av att leverantörer och underleverantörer har F-skatt och saknar skatteskulder vid avtalsstart",
             "Samtliga nya avtal", "Upphandlare", "Tertial",
             "Genomförd", "Genomförd", "Delvis genomförd", "Kontroll genomförd för 6 av 9 nya avtal.",
             "DELVIS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:10], 1):
                cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            exp(fil, N, row[2], row[10], row[11])
            r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 10"); r += 1
    ws.cell(r, 1, "Upprättad av: Karin Lund, ekonomichef, 2026-01-20"); r += 1
    ws.cell(r, 1, "Behandlad i kommunstyrelsens arbetsutskott 2026-02-03")
    for col, w in zip("ABCDEFGHIJ", [6, 18, 48, 28, 18, 10, 14, 14, 16, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN (docx, colour fills)
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor); tcPr.append(shd)

def f2_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Hällestad kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    d.add_heading("Uppföljning av intern kontroll – helår 2025", 1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Sammanfattning", 2)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). "
                    "Planen omfattar åtta kontrollmoment. Av dessa har fem genomförts, varav två med noterade avvikelser. "
                    "Ett kontrollmoment pågår, ett har inte genomförts och ett har utgått. Förvaltningen bedömer att den "
                    "interna kontrollen i huvudsak är tillräcklig.")
    d.add_heading("Resultat per kontrollmoment", 2)
    p = d.add_paragraph("Bedömning anges med färg i sista kolumnen: ")
    for txt, col in [("Grön", "00B050"), (" – genomförd utan avvikelse. ", None), ("Gul", "C09000"),
                     (" – genomförd, avvikelse noterad och åtgärd vidtagen. ", None), ("Röd", "FF0000"),
                     (" – ej genomförd. ", None), ("Grå", "808080"), (" – utgår.", None)]:
        run = p.add_run(txt)
        if col: run.font.color.rgb = RGBColor.from_string(col); run.bold = True
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    rows = [
        ("Elevhälsa", "Kontroll av att elevakter förs i Prorenata enligt rutin", "Stickprov 20 akter",
         "20 akter granskades, samtliga förda enligt rutin.", G, "GENOMFORD", "nej"),
        ("Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Samtliga beslut ht 2025", "Tre beslut saknade delegatens signatur. Rutinen har uppdaterats och handläggare informerats.",
         Y, "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Anmälan till huvudman om kränkande behandling sker skyndsamt",
         "Uttag ur DF Respons", "I 14 av 112 ärenden dröjde anmälan mer än fem arbetsdagar. Rektorerna har påmints om rutinen.",
         Y, "GENOMFORD", "ja"),
        ("Avgifter", "Avstämning av debiterade förskoleavgifter mot inkomstuppgifter",
         "Inkomstkontroll mot Skatteverket", "Inkomstkontroll genomförd, inga avvikelser.", G, "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Stickprov 25 nyanställningar", "Ej genomförd under året på grund av vakans på HR-enheten.", R, "EJ_GENOMFORD", ""),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Kontrollen påbörjades i november, 12 av 30 stickprov är granskade. Slutförs i februari 2026.",
         None, "DELVIS", ""),
        ("Närvaro", "Uppföljning av ogiltig frånvaro och kontakt med vårdnadshavare", "Uttag ur Skola24",
         "Ersätts av Skolinspektionens tillsyn hösten 2025, beslut BUN 2025-05-21 § 48.", GR, "UTGAR", ""),
        ("Lokaler", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
         "Egenkontroll två gånger per år", "Alla 31 enheter har dokumenterat SBA.", G, "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Resultat och iakttagelser", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for proc, km, met, res, col, st, av in rows:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = proc, km, met, res
        if col: shade(c[4], col)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_heading("Förslag till beslut", 2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplan 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Lena Strand\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN (xls via LO)
def f3_sn():
    fil = "Socialnämnden IK 2025 helår.xls"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd/enhet:"; ws["B2"] = "Socialnämnden"
    ws["A3"] = "År:"; ws["B3"] = 2025
    ws["A4"] = "Period:"; ws["B4"] = "Helår"
    for a in ("A2", "A3", "A4"): ws[a].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Återredovisas"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="E2EFDA"); cell.border = BOX
    rows = [
        ("SN1", "Biståndsbeslut", "Kontroll av att beslut om bistånd enligt SoL fattas av rätt delegat",
         "Inga avvikelser", "–", "Granskning genomförd", "Helår", "GENOMFORD", "nej"),
        ("SN2", "Ekonomiskt bistånd", "Stickprov av utbetalningar av ekonomiskt bistånd mot beslut (20 st/tertial)",
         "2 utbetalningar saknade underlag för hyreskostnad", "Genomgång med handläggare, checklista införs",
         "Granskning genomförd", "T1, T2, Helår", "GENOMFORD", "ja"),
        ("SN3", "Avgifter", "Kontroll av att avgiftsbeslut inom hemtjänsten är korrekta",
         "", "", "Granskning ej genomförd", "Helår", "EJ_GENOMFORD", ""),
        ("SN4", "Lex Sarah", "Uppföljning av att lex Sarah-rapporter utreds inom fastställd tid",
         "3 av 11 utredningar överskred fastställd tid", "Ny utredningsmall, uppföljning i ledningsgrupp",
         "Granskning delvis genomförd", "Helår", "DELVIS", "ja"),
        ("SN5", "Läkemedel", "Kontroll av läkemedelshantering på särskilda boenden",
         "Se bilaga 3 (MAS-rapport)", "", "", "Helår", "OKLAR", ""),
        ("SN6", "Dokumentation", "Kontroll av att genomförandeplaner upprättas inom 14 dagar från beslut",
         "Inga avvikelser", "–", "Granskning genomförd", "T2, Helår", "GENOMFORD", "nej"),
        ("SN7", "Köp av plats", "Kontroll av att placeringar på HVB sker hos avtalade leverantörer",
         "", "", "", "Helår", "SAKNAS", ""),
        ("SN8", "Kontanthantering", "Kontroll av handkassor på enheterna",
         "Handkassorna avvecklade 2025-05-01", "", "Utgår", "Helår", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8]); r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av socialchef Anders Ek 2026-01-28")
    for col, w in zip("ABCDEFG", [8, 20, 50, 40, 36, 26, 14]):
        ws.column_dimensions[col].width = w
    tmpx = os.path.join(OUT, "_sn_tmp.xlsx"); wb.save(tmpx)
    convert(tmpx, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 SBN (docx, table per process)
def f4_sbn():
    fil = "IK uppföljning 2025 SBF.docx"
    N = "Samhällsbyggnadsnämnden"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Samhällsbyggnadsförvaltningen, Hällestad kommun"
    d.add_heading("Uppföljning av internkontrollplan 2025 – Helårsrapport", 1)
    d.add_paragraph("Samhällsbyggnadsförvaltningen redovisar härmed resultatet av de kontroller som ingick i "
                    "internkontrollplanen för 2025. Uppföljningen avser hela året. Kontrollerna redovisas per process.")
    blocks = [
        ("Bygglov", [
            ("Handläggningstid för bygglov – kontroll att beslut fattas inom 10 veckor", "Bygglovschef",
             "Genomförd med avvikelse", "8 % av ärendena (17 st) överskred 10 veckor. Avgiften har reducerats enligt PBL.",
             "GENOMFORD", "ja"),
            ("Kontroll av att avgifter för bygglov debiteras enligt taxa", "Controller",
             "Genomförd", "Stickprov 25 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Gata och park", [
            ("Kontroll av att besiktning av lekplatser genomförs enligt plan", "Parkchef",
             "Delvis genomförd", "21 av 26 lekplatser besiktigade. Resterande besiktigas i april 2026.", "DELVIS", ""),
            ("Uppföljning av vinterväghållningsentreprenad mot avtal", "Gatuchef",
             "Genomförd", "", "GENOMFORD", ""),
        ]),
        ("Miljö och VA", [
            ("Kontroll av att tillsynsplanen enligt miljöbalken följs", "Miljöchef",
             "Ej genomförd", "Resursbrist under hösten, klagomålsärenden har prioriterats.", "EJ_GENOMFORD", ""),
            ("Kontroll av att dricksvattenprover tas enligt provtagningsplan", "VA-chef",
             "Se bilaga 2", "", "OKLAR", ""),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    for proc, rows in blocks:
        d.add_heading("Process: " + proc, 2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Utförd av", "Utfall helår", "Kommentar"]):
            t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for km, who, utf, kom, st, av in rows:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = km, who, utf, kom
            exp(fil, N, km, st, av)
        d.add_paragraph()
    d.add_heading("Samlad bedömning", 2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig men att tillsynen enligt "
                    "miljöbalken behöver prioriteras 2026. Ärendet behandlas i samhällsbyggnadsnämnden 2026-02-10.")
    d.add_paragraph("Johan Berg, samhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 Hällestadbostäder (xlsx, X columns)
def f5_hbab():
    fil = "HBAB Styrelsens internkontrollplan 2025 uppföljning.xlsx"
    N = "Hällestadbostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "Internkontroll 2025"
    ws["A1"] = "Hällestadbostäder AB"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Styrelsens internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljning per 2025-12-31 – rapport till styrelsen 2026-02-12"
    ws["A4"] = "Markera med X i kolumn Utfört eller Ej utfört."; ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Område", "Risk", "Kontrollaktivitet", "Kontrollansvarig", "Rapporteras", "Utfört", "Ej utfört", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="FCE4D6"); cell.border = BOX
    rows = [
        (1, "Hyresadministration", "Felaktiga hyresintäkter", "Avstämning av hyresreskontra mot huvudbok",
         "Ekonomichef", "Kvartalsvis", "X", "", "", "GENOMFORD", ""),
        (2, "Uthyrning", "Lägenheter fördelas utanför kön", "Kontroll att lägenheter fördelas enligt uthyrningspolicyn och bostadskön",
         "Uthyrningschef", "Halvår", "X", "", "Ett kontrakt saknade dokumenterat förtursbeslut, rättat.", "GENOMFORD", "ja"),
        (3, "Fastighetsunderhåll", "Eftersatt underhåll", "Uppföljning av underhållsplan – utfört planerat underhåll mot budget",
         "Fastighetschef", "Helår", "X", "", "Inga avvikelser mot plan.", "GENOMFORD", "nej"),
        (4, "Ledningssystem", "Bristande efterlevnad av ledningssystemet", "Internrevision av ledningssystemet enligt ISO 9001 och ISO 14001",
         "Kvalitetssamordnare", "Helår", "X", "", "Två mindre avvikelser (dokumentstyrning), åtgärdade.", "GENOMFORD", "ja"),
        (5, "Miljö", "Miljömål nås inte", "Uppföljning av energianvändning per fastighet (kWh/m²) mot miljömål",
         "Energiingenjör", "Helår", "X", "", "", "GENOMFORD", ""),
        (6, "Inköp", "Avrop utanför ramavtal", "Kontroll av att ramavtal följs vid beställning av entreprenader",
         "Inköpsansvarig", "Halvår", "", "X", "Genomförs Q1 2026.", "EJ_GENOMFORD", ""),
        (7, "Säkerhet", "Brand i allmänna utrymmen", "Brandskyddskontroll av allmänna utrymmen (SBA)",
         "Driftchef", "Kvartalsvis", "X", "X", "", "OKLAR", ""),
        (8, "Dataskydd", "Personuppgifter sparas för länge", "Gallring av personuppgifter för avflyttade hyresgäster enligt gallringsrutin",
         "Dataskyddssamordnare", "Helår", "", "", "", "SAKNAS", ""),
        (9, "Styrning", "Beslut fattas utan mandat", "Kontroll av att beslut fattas i enlighet med VD-instruktion och attestordning",
         "Styrelsens ordförande", "Helår", "X", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        (10, "Arbetsmiljö", "Olyckor vid fastighetsskötsel", "Skyddsronder enligt ISO 45001 – uppföljning av åtgärdslista",
         "VD", "Helår", "", "", "Ej aktuellt 2025 – certifiering enligt ISO 45001 påbörjas 2026.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            if c in (7, 8): cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[3], row[9], row[10]); r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Eva Nord, ekonomichef. Föredras för styrelsen av VD Per Holm.")
    for col, w in zip("ABCDEFGHI", [5, 20, 30, 50, 20, 12, 8, 9, 45]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Hällestadbostäder AB – Internkontroll 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 Hällestad Energi (docx)
def f6_energi():
    fil = "Hällestad Energi - Rapport internkontroll 2025.docx"
    N = "Hällestad Energi AB"
    d = Document()
    d.add_paragraph("Hällestad Energi AB (org.nr 556712-4480)").runs[0].bold = True
    d.add_heading("Styrelsens internkontrollplan – uppföljning verksamhetsåret 2025", 1)
    d.add_paragraph("Föredras på styrelsemöte 2026-02-18, ärende 7.")
    d.add_paragraph("Enligt ägardirektivet från Hällestad kommun ska bolagets styrelse årligen fastställa en "
                    "internkontrollplan och rapportera uppföljningen till kommunstyrelsen. Planen bygger på bolagets "
                    "riskanalys och på kraven i bolagets certifierade ledningssystem (ISO 9001, ISO 14001, ISO 45001).")
    d.add_paragraph("Status anges som Utfört, Utfört med anmärkning, Pågående eller Ej utfört.")
    rows = [
        ("E1", "Elnät", "Kontroll av att avbrottsrapportering till Energimarknadsinspektionen sker inom föreskriven tid",
         "Avstämning mot inlämnad rapport", "Utfört", "Rapport inlämnad 2025-02-28.", "GENOMFORD", "nej"),
        ("E2", "Fjärrvärme", "Avstämning av levererad energi mot fakturerad energi (mätvärdeskontroll)",
         "Månadsvis avstämning", "Utfört med anmärkning",
         "Differens 0,8 % i område Ekbacken p.g.a. felaktig mätare. Mätaren är utbytt och kunderna kreditfakturerade.",
         "GENOMFORD", "ja"),
        ("E3", "Ledningssystem", "Extern revision enligt ISO 9001/14001/45001 – uppföljning av avvikelser",
         "Genomgång av revisionsrapport", "Utfört", "Samtliga avvikelser från revisionen stängda.", "GENOMFORD", "nej"),
        ("E4", "Informationssäkerhet", "Årlig genomgång av behörigheter i driftövervakningssystemet (SCADA)",
         "Fullständig genomgång", "Pågående", "Genomgång påbörjad i december 2025, slutförs mars 2026.", "DELVIS", ""),
        ("E5", "Säkerhetsskydd", "Säkerhetsskyddsanalys enligt säkerhetsskyddslagen uppdateras",
         "Dokumentgranskning", "Ej utfört", "Skjuts till 2026 i avvaktan på ny vägledning från tillsynsmyndigheten.",
         "EJ_GENOMFORD", ""),
        ("E6", "Inköp", "Kontroll av att upphandlingar enligt LUF annonseras korrekt",
         "Samtliga upphandlingar", "Utfört", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("E7", "Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktion",
         "Stickprov 40 fakturor", "Utfört", "", "GENOMFORD", ""),
        ("E8", "Miljö", "Uppföljning av utsläppsvärden från biobränslepannan mot tillståndsvillkor",
         "Kontinuerlig mätning", "Utfört med anmärkning",
         "Överskridande av NOx-villkoret under två veckor i januari, anmält till tillsynsmyndigheten.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Id", "Process", "Kontrollaktivitet", "Metod", "Status", "Iakttagelser / åtgärd"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        c = t.add_row().cells
        for i in range(6): c[i].text = row[i]
        exp(fil, N, row[2], row[6], row[7])
    d.add_paragraph()
    d.add_paragraph("VD:s bedömning: Den interna kontrollen bedöms som god. Avvikelserna har hanterats inom "
                    "ledningssystemets avvikelseprocess.")
    d.add_paragraph("Hällestad 2026-02-05\nMaria Lindqvist, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 Gemensam ÖFN, värd Norrvik (.doc via LO)
def f7_ofn():
    fil = "Norrvik ÖFN uppföljning intern kontroll 2025.doc"
    N = "Överförmyndarnämnden Norrvik–Hällestad"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "NORRVIKS KOMMUN\tKommunledningsförvaltningen\tDnr ÖFN 2025/19"
    d.add_heading("Överförmyndarnämnden Norrvik–Hällestad", 1)
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", 2)
    d.add_paragraph("Överförmyndarnämnden är en gemensam nämnd för Norrviks kommun och Hällestad kommun med "
                    "Norrviks kommun som värdkommun. Uppföljningen lämnas till kommunstyrelsen i respektive kommun.")
    d.add_paragraph("Bedömning: Ingen avvikelse / Mindre avvikelse / Väsentlig avvikelse / Ej genomförd")
    rows = [
        ("Årsräkningar", "Granskning av årsräkningar inkomna senast 1 mars", "Samtliga",
         "Granskning klar för 412 av 438 årsräkningar per 31/12. Resterande granskas under januari 2026.",
         "Pågår", "DELVIS", ""),
        ("Arvoden", "Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 20",
         "Inga avvikelser.", "Ingen avvikelse", "GENOMFORD", "nej"),
        ("Spärrade medel", "Kontroll av att uttag från spärrade konton har beslut", "Stickprov 15",
         "Ett uttag saknade beslut; pengarna har återförts till kontot.", "Mindre avvikelse", "GENOMFORD", "ja"),
        ("Lämplighetsprövning", "Kontroll av att lämplighetsprövning (kreditupplysning, belastningsregister) görs före förordnande",
         "Samtliga nya förordnanden", "Två förordnanden saknade utdrag ur belastningsregistret. Utdrag har begärts in i efterhand.",
         "Väsentlig avvikelse", "GENOMFORD", "ja"),
        ("Akthantering", "Kontroll av att akter arkiveras enligt dokumenthanteringsplanen", "Stickprov 10 akter",
         "Kontrollen har inte genomförts.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Handläggning", "Uppföljning av handläggningstid för ansökan om god man", "Uttag ur Wärna",
         "Medianhandläggningstid 6 veckor, målet är högst 8 veckor.", "Ingen avvikelse", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Omfattning", "Resultat", "Bedömning"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        c = t.add_row().cells
        for i in range(5): c[i].text = row[i]
        exp(fil, N, row[1], row[5], row[6])
    d.add_paragraph()
    d.add_paragraph("Norrvik 2026-01-30\nSofia Åberg, nämndsekreterare")
    tmpd = os.path.join(OUT, "_ofn_tmp.docx"); d.save(tmpd)
    convert(tmpd, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def f8_missiv():
    fil = "Missiv HBAB internkontroll 2025.docx"
    d = Document()
    d.add_paragraph("Hällestadbostäder AB\t\t2026-02-13")
    d.add_paragraph("Till: Kommunstyrelsen, Hällestad kommun")
    d.add_heading("Missiv – Uppföljning av styrelsens internkontrollplan 2025", 1)
    d.add_paragraph("Härmed översänds Hällestadbostäder AB:s uppföljning av styrelsens internkontrollplan för 2025 "
                    "i enlighet med ägardirektivet punkt 4.3. Styrelsen behandlade uppföljningen vid sitt sammanträde "
                    "2026-02-12 (§ 8) och lade den till handlingarna.")
    d.add_paragraph("Uppföljningen bifogas som separat Excelfil. Vid frågor, kontakta ekonomichef Eva Nord, "
                    "tel. 0123-456 78.")
    d.add_paragraph("Med vänlig hälsning\n\nPer Holm\nVerkställande direktör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Hällestadbostäder AB", "Hällestadbostäder|HBAB|Hällestads Bostads AB"),
    ("Hällestad Energi AB", "Hällestad Energi|HEAB|Energibolaget"),
    ("Överförmyndarnämnden Norrvik–Hällestad", "Överförmyndarnämnden Norrvik-Hällestad|Gemensamma överförmyndarnämnden|Överförmyndarnämnden|ÖFN"),
]

def main():
    for f in (f1_ks, f2_bun, f3_sn, f4_sbn, f5_hbab, f6_energi, f7_ofn, f8_missiv):
        f()
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh, delimiter=";", lineterminator="\n")
            cw.writerow(header); cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
