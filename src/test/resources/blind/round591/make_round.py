#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 591 - Simrishamns kommun, delår 2025. Builds all files + CSVs deterministically."""
import os, shutil, subprocess, csv, zipfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round591-build"
LO_ENV = "-env:UserInstallation=file:///tmp/lo-round591"
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def fix_props(wb):
    import datetime
    wb.properties.creator = "Simrishamns kommun"
    wb.properties.created = datetime.datetime(2025, 9, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 10, 9, 0, 0)

def fix_zip_dates(path):
    """Rewrite zip with fixed timestamps so output is byte-stable."""
    tmp = path + ".tmpzip"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    os.replace(tmp, path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def setcell(ws, r, c, v, bold=False, fill=None, wrap=True, border=True):
    cell = ws.cell(row=r, column=c)
    cell.value = v
    if isinstance(v, str):
        cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)
    if wrap:
        cell.alignment = WRAP
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if border:
        cell.border = BORDER
    return cell

# ---------------------------------------------------------------- 1. KS xlsx (merged process cells)
def build_ks():
    fil = "KS_Internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Simrishamns kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Delårsbokslut januari–augusti 2025"
    ws["A4"] = "Statusalternativ: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status delår", "Kommentar / iakttagelser"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 6, i, h, bold=True, fill="DDEBF7")
    groups = [
        ("Ekonomiadministration", [
            ("Felaktiga utbetalningar, bristande attest", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Två ggr/år", "Ekonomichef", "Genomförd",
             "30 fakturor granskade. 2 fakturor attesterade av person utan attesträtt, rutin för delegering av attesträtt har förtydligats.",
             "GENOMFORD", "ja"),
            ("Felaktig redovisning", "Avstämning av kundreskontra mot huvudbok",
             "Månadsvis avstämning", "Månadsvis", "Redovisningsansvarig", "Genomförd",
             "Avstämning gjord varje månad jan–aug, inga differenser.", "GENOMFORD", "nej"),
            ("Representation i strid med riktlinjer", "Kontroll av representation och interna måltider mot riktlinjer",
             "Genomgång av konto 7xxx", "Årligen", "Controller", "Delvis genomförd",
             "Granskning av januari–april klar, inga avvikelser i granskat urval. Resterande månader granskas under hösten.",
             "DELVIS", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("Bristande avtalstrohet", "Inköp görs från avtalade leverantörer (avtalstrohet)",
             "Analys av leverantörsreskontra", "Årligen", "Upphandlingschef", "Ej genomförd",
             "Skjuts till hösten p.g.a. byte av e-handelssystem.", "EJ_GENOMFORD", ""),
            ("Otillåten direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
             "Genomgång av samtliga direktupphandlingar", "Två ggr/år", "Upphandlingschef", "Genomförd med avvikelse",
             "3 av 8 direktupphandlingar saknade dokumentation. Information till budgetansvariga i september.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("Obehörig åtkomst", "Behörigheter i lönesystemet Heroma stäms av mot aktuell befattning",
             "Behörighetslista mot HR-register", "Årligen", "HR-chef", "Genomförd", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Felaktiga ersättningar", "Kontroll av att utbetalda övertidsersättningar är beslutade av behörig chef",
             "Stickprov 30 utbetalningar", "Två ggr/år", "Lönechef", "Delvis genomförd",
             "Stickprov 15 av planerade 30 utförda. 1 utbetalning saknade beslut.", "DELVIS", "ja"),
            ("Ohälsa, långa sjukskrivningar", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Rapport ur Adato", "Tertialvis", "HR-chef", "Utgår",
             "Utgår enligt beslut KS 2025-04-09 § 87, hanteras i personalbokslutet.", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Brott mot dataskyddsförordningen", "Registerförteckning enligt GDPR är uppdaterad",
             "Genomgång med dataskyddsombud", "Årligen", "Kanslichef", "Genomförd", "Uppdaterad i maj 2025.",
             "GENOMFORD", "nej"),
            ("Incidenter rapporteras inte", "Rutin för hantering av personuppgiftsincidenter är känd hos chefer",
             "Enkät till chefer", "Årligen", "Kanslichef", None, None, "SAKNAS", ""),
        ]),
    ]
    r = 7
    for proc, rows in groups:
        start = r
        for (risk, km, met, frek, ans, st, kom, es, ea) in rows:
            setcell(ws, r, 2, risk); setcell(ws, r, 3, km); setcell(ws, r, 4, met)
            setcell(ws, r, 5, frek); setcell(ws, r, 6, ans)
            setcell(ws, r, 7, st); setcell(ws, r, 8, kom)
            exp(fil, N, km, es, ea)
            r += 1
        setcell(ws, start, 1, proc, bold=True)
        for rr in range(start, r):
            ws.cell(row=rr, column=1).border = BORDER
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen har godkänts av kommundirektören 2025-09-15.")
    ws.cell(row=r + 1, column=1, value="Rapporteras till kommunstyrelsen 2025-10-01.")
    for col, w in zip("ABCDEFGH", [22, 30, 45, 28, 12, 20, 20, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    fix_props(wb); p = os.path.join(OUT, fil); wb.save(p); fix_zip_dates(p)
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 2. BUN docx (codes with legend)
def shade(cell, hexcol):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def set_core(d, title):
    import datetime
    cp = d.core_properties
    cp.title = title; cp.author = "Simrishamns kommun"; cp.last_modified_by = "Simrishamns kommun"
    cp.created = datetime.datetime(2025, 9, 8, 9, 0, 0); cp.modified = datetime.datetime(2025, 9, 10, 9, 0, 0)
    cp.revision = 1

def build_bun():
    fil = "BUN uppföljning IK-plan 2025 delår.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    set_core(d, "Uppföljning internkontroll BUN delår 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SIMRISHAMNS KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"
    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden – perioden januari–augusti 2025")
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 12 februari 2025 (BUN § 9). "
                    "Nedan redovisas utfallet av de kontroller som ingår i planen per den 31 augusti. "
                    "Kontroller som ännu inte genomförts kommer att redovisas i helårsuppföljningen.")
    lp = d.add_paragraph()
    lp.add_run("Teckenförklaring status: ").bold = True
    lp.add_run("G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, P = Påbörjad/pågår, "
               "E = Ej påbörjad, U = Utgår")
    rows = [
        ("Område: Ekonomi", None),
        ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor\nper enhet och halvår",
         "Controller", "G", "25 fakturor kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Kontroll av att interkommunala ersättningar (IKE) faktureras för elever från andra kommuner",
         "Avstämning elevregister\nmot fakturor", "Assistent ekonomi", "GA",
         "Två elever folkbokförda i Tomelilla hade inte fakturerats för vårterminen 2025.\nFakturering gjord i juni.",
         "GENOMFORD", "ja"),
        ("1.3", "Inventering av stöldbegärliga inventarier (datorer, iPads)", "Inventering mot\ninventarieförteckning",
         "IT-samordnare", "P", "Inventering pågår, klar på tre av sju skolenheter.", "DELVIS", ""),
        ("Område: Verksamhet", None),
        ("2.1", "Registerkontroll ur belastningsregistret vid nyanställning", "Stickprov 20 anställningar",
         "HR-konsult", "G", "Samtliga 20 hade uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
        ("2.2", "Anmälan till huvudman om kränkande behandling sker inom fastställd tid",
         "Genomgång i DF Respons", "Kvalitetsstrateg", "GA",
         "Av 48 anmälningar vt 2025 gjordes 9 senare än fem arbetsdagar.\nPåminnelse om rutinen till samtliga rektorer.",
         "GENOMFORD", "ja"),
        ("2.3", "Frånvarouppföljning i grundskolan – kontakt med vårdnadshavare vid upprepad ogiltig frånvaro",
         "Stickprov 10 elever\nper skola", "Rektorer", "", "Se bilaga 2", "OKLAR", ""),
        ("2.4", "Handläggning av ansökningar om skolskjuts inom fyra veckor", "Genomgång av ärenden",
         "Skolskjutssamordnare", "E", "Planeras till oktober i samband med läsårsstarten.", "EJ_GENOMFORD", ""),
        ("Område: Systematiskt arbetsmiljöarbete", None),
        ("3.1", "Skyddsronder genomförs på samtliga enheter enligt årshjul", "Genomgång av protokoll",
         "Förvaltningschef", "G", "Skyddsronder genomförda på samtliga enheter under våren.", "GENOMFORD", "nej"),
        ("3.2", "Uppföljning av tillbud och arbetsskador i KIA", "Rapport ur KIA", "HR-konsult", "U",
         "Utgår, ingår i kommunövergripande kontroll under kommunstyrelsen.", "UTGAR", ""),
    ]
    hdr = ["Nr", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Status", "Resultat och åtgärder"]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if row[1] is None:
            m = cells[0].merge(cells[-1]); m.text = ""; m.paragraphs[0].add_run(row[0]).bold = True; shade(m, "F2F2F2")
            continue
        nr, km, met, ans, st, res, es, ea = row
        for i, v in enumerate([nr, km, met, ans, st, res]):
            cells[i].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning frånvarouppföljning per skola (separat dokument)")
    d.add_paragraph("Simrishamn 2025-09-10")
    d.add_paragraph("Anna Persson\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    p = os.path.join(OUT, fil); d.save(p); fix_zip_dates(p)
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 3. SN xlsx, delår + helår columns, only delår filled
def build_sn():
    fil = "Socialnämnden_IKP2025_uppfoljning.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active; ins.title = "Instruktion"
    ins["A1"] = "Instruktion"; ins["A1"].font = Font(bold=True)
    ins["A2"] = "Fyll i status och kommentar för aktuell period i fliken Uppföljning. Välj status i listan."
    ins["A3"] = "Delår avser perioden 1 januari–31 augusti. Helår fylls i vid bokslut."
    ins["A4"] = "Kolumnerna för helår lämnas tomma vid delårsuppföljningen."
    ws = wb.create_sheet("Uppföljning")
    wb.active = 1
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd: Socialnämnden"
    ws["A3"] = "Antagen: 2025-01-22 (SN § 12)"
    hdr = ["Process/rutin", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Tidpunkt",
           "Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 5, i, h, bold=True, fill="E2EFDA" if i <= 8 else "FCE4D6")
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Ej aktuell"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    data = [
        ("Myndighetsutövning", None),
        ("Utredningstider barn och unga", "Barn i behov av skydd får inte stöd i tid", "12",
         "Utredningar barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "Enhetschef IFO barn", "Jun, dec",
         "Delvis genomförd", "Stickprov gjort för jan–jun: 78 % av utredningarna avslutade inom fyra månader. Juli–aug följs upp i helår.",
         "DELVIS", "ja"),
        ("Delegation", "Beslut fattas utan behörighet", "8",
         "Beslut om bistånd enligt SoL är fattade enligt delegationsordningen", "Verksamhetschef IFO", "Maj",
         "Genomförd", "20 beslut granskade, samtliga fattade av behörig delegat.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", "9",
         "Utbetalning av ekonomiskt bistånd – kontroll av dubbelutbetalningar", "Enhetschef försörjningsstöd", "Tertialvis",
         "Genomförd med avvikelse", "En dubbelutbetalning (4 200 kr) upptäcktes, återkrav har upprättats.", "GENOMFORD", "ja"),
        ("Kvalitet i utförarverksamhet", None),
        ("Avvikelsehantering", "Missförhållanden utreds inte", "12",
         "Kontroll av att anmälan enligt lex Sarah utreds och rapporteras", "MAS/kvalitetsutvecklare", "Maj",
         None, "Kontrollen genomförd i maj. Samtliga 6 rapporter utredda och vid behov anmälda till IVO, inga brister.",
         "GENOMFORD", "nej"),
        ("Brukares medel", "Förskingring av brukares pengar", "9",
         "Hantering av brukares privata medel på särskilt boende", "Enhetschefer SÄBO", "Sep",
         "Ej genomförd", "Ej påbörjad, genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Läkemedel", "Fel läkemedel/dos ges", "16",
         "Läkemedelshantering – signeringslistor i hemsjukvården", "MAS", "Apr, okt",
         "Delvis genomförd", "Två av fyra hemsjukvårdsområden granskade. Inga avvikelser i granskade områden.", "DELVIS", "nej"),
        ("Ekonomi", None),
        ("Avgifter", "Felaktig avgift debiteras", "6",
         "Fakturering av hemtjänstavgifter stäms av mot utförd tid", "Avgiftshandläggare", "Okt",
         None, None, "SAKNAS", ""),
        ("Köpt verksamhet", "Brister i kvalitet hos köpta platser", "8",
         "Avtalsuppföljning av köpta platser (HVB)", "Enhetschef IFO barn", "Löpande",
         "Ej aktuell", "Ej aktuell 2025 – ingen placering på ramavtal under året.", "UTGAR", ""),
    ]
    r = 6
    for row in data:
        if row[1] is None:
            setcell(ws, r, 1, row[0], bold=True, fill="F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1; continue
        proc, risk, rv, km, ans, tid, st, kom, es, ea = row
        for i, v in enumerate([proc, risk, int(rv), km, ans, tid, st, kom, None, None], 1):
            setcell(ws, r, i, v)
        dv.add(f"G{r}"); dv.add(f"I{r}")
        exp(fil, N, km, es, ea)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [22, 30, 10, 48, 22, 11, 20, 50, 16, 40]):
        ws.column_dimensions[col].width = w
    fix_props(wb); p = os.path.join(OUT, fil); wb.save(p); fix_zip_dates(p)
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 4. Stratsys CSV with two nämnder, T1 + Delår
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    SBN = "Samhällsbyggnadsnämnden"; KFN = "Kultur- och fritidsnämnden"
    orgs = {SBN: "Simrishamns kommun > Samhällsbyggnadsnämnden",
            KFN: "Simrishamns kommun > Kultur- och fritidsnämnden"}
    rows = [
        (SBN, "Ekonomi", "Kontroll av att fakturor för gatubelysning stäms av mot avtal", "Gatuchef", "Tertialvis",
         "Klar", "Avstämt jan–apr.", "Klar", "Avstämning jan–aug utan anmärkning.", "GENOMFORD", "nej"),
        (SBN, "Fastighetsförvaltning", "Felanmälningar i fastighetsförvaltningen åtgärdas inom utlovad tid", "Fastighetschef", "Tertialvis",
         "Pågående", "", "Pågående", "71 % åtgärdade inom utlovad tid, målet är 90 %. Åtgärdsplan tas fram.", "DELVIS", "ja"),
        (SBN, "Säkerhet", "Tillsyn av lekplatser enligt SS-EN 1176", "Parkchef", "Årligen",
         "Ej påbörjad", "", "Klar", "Samtliga 24 lekplatser besiktigade, anmärkningar på 3 lekplatser har åtgärdats.", "GENOMFORD", "ja"),
        (SBN, "Intäkter", "Hamnavgifter i Simrishamns och Kiviks hamn debiteras enligt taxa", "Hamnchef", "Årligen",
         "Klar", "Stickprov 40 gästnätter, samtliga korrekt debiterade.", "", "", "GENOMFORD", "nej"),
        (SBN, "Investeringar", "Kontroll av ÄTA-arbeten i investeringsprojekt mot beslut", "Projektchef", "Två ggr/år",
         "Ej påbörjad", "", "Ej påbörjad", "Flyttas till T3 p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        (SBN, "Avfall", "Avfallstaxa – kontroll av att fritidshusabonnemang debiteras korrekt", "Avfallsingenjör", "Årligen",
         "Pågående", "", "Avbruten", "Avbruten genom beslut i SBN 2025-05-20 § 64.", "UTGAR", ""),
        (KFN, "Bidrag", "Föreningsbidrag betalas ut enligt riktlinjer och beslut", "Fritidskonsulent", "Tertialvis",
         "Klar", "", "Klar", "12 ansökningar granskade, 1 förening saknade årsmöteshandlingar – bidraget hålls inne.", "GENOMFORD", "ja"),
        (KFN, "Kontanthantering", "Kassahantering vid entréavgifter på Österlens museum", "Museichef", "Löpande",
         "Pågående", "", "Klar", "Kassaavstämning dagligen, inga differenser.", "GENOMFORD", "nej"),
        (KFN, "Intäkter", "Uthyrning av lokaler och anläggningar faktureras via bokningssystemet", "Bokningsansvarig", "Två ggr/år",
         "", "", "Pågående", "Stickprov för våren klart, sommarsäsongen återstår.", "DELVIS", ""),
        (KFN, "Avtal", "Bibliotekets utlån av medier till skolor – avtal och debitering", "Bibliotekschef", "Årligen",
         "", "", "", "", "SAKNAS", ""),
    ]
    lines = []
    lines.append("Internkontrollplan 2025 - uppföljning;;;;;;;;;")
    lines.append("Urval: Simrishamns kommun (samtliga nämnder med inrapportering);Period: Delår 2025;Utskriven: 2025-09-05 14:12;;;;;;;")
    lines.append(";;;;;;;;;")
    lines.append("Organisation;Kontrollområde;Kontrollmoment;Ansvarig;Frekvens;Status Tertial 1;Kommentar Tertial 1;Status Delår;Kommentar Delår;ID")
    for i, (n, omr, km, ans, frek, s1, k1, s2, k2, es, ea) in enumerate(rows, 1):
        cells = [orgs[n], omr, km, ans, frek, s1, k1, s2, k2, f"IK-{2025}-{i:03d}"]
        lines.append(";".join('"%s"' % c if (";" in c or '"' in c) else c for c in cells))
        exp(fil, n, km, es, ea)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", SBN, YEAR, "DELAR"))
    FILES.append((fil, "INLAST", KFN, YEAR, "DELAR"))

# ---------------------------------------------------------------- 5. YÖMF odt (tick columns)
def build_yomf():
    fil = "YÖMF Internkontroll delårsrapport 2025.odt"
    N = "Ystad-Österlenregionens miljöförbund"
    d = docx.Document()
    set_core(d, "Internkontroll delår 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ystad–Österlenregionens miljöförbund\tYstad · Simrishamn · Tomelilla"
    d.add_heading("Uppföljning av internkontrollplan – delårsrapport 2025", level=1)
    d.add_paragraph("Förbundsdirektionen, sammanträde 2025-09-25, ärende 7")
    d.add_paragraph("Direktionen fastställde internkontrollplanen för 2025 den 30 januari. Uppföljningen avser perioden "
                    "januari–augusti. Markera med X i den kolumn som motsvarar kontrollens status.")
    hdr = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        ("Debitering av timavgift för tillsyn sker enligt gällande taxa", "Administrativ chef", "X", "", "",
         "Stickprov 25 ärenden, två ärenden felaktigt debiterade (fel taxeklass). Rättat.", "GENOMFORD", "ja"),
        ("Årlig kontrollavgift för livsmedelsanläggningar faktureras senast i mars", "Ekonom", "X", "", "",
         "Fakturering genomförd 2025-03-14.", "GENOMFORD", "nej"),
        ("Handläggningstid för ansökan om enskilt avlopp (tillstånd inom 10 veckor)", "Enhetschef miljöskydd", "", "X", "",
         "Granskning av ärenden t.o.m. juni: 3 av 31 ärenden över 10 veckor.", "DELVIS", "ja"),
        ("Delegationsbeslut anmäls till direktionen", "Förbundschef", "X", "", "X", "", "OKLAR", ""),
        ("Kontroll av att medlemskommunernas bidrag (Ystad, Simrishamn, Tomelilla) stämmer mot budget", "Ekonom", "", "", "X",
         "Görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
        ("Sekretessmarkering av handlingar i ärendehanteringssystemet Ecos", "Registrator", "", "", "", "", "SAKNAS", ""),
        ("Tillsynsplan 2025 – uppföljning av planerade inspektioner", "Förbundschef", "X", "", "",
         "Uppföljning gjord per 31/8: 62 % av planerade inspektioner utförda, i nivå med plan.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for (km, ans, g, dl, ej, kom, es, ea) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, ans, g, dl, ej, kom]):
            cells[i].text = v
            if i in (2, 3, 4):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Ystad 2025-09-12")
    d.add_paragraph("Karin Holm, förbundschef")
    src = os.path.join(TMP, "yomf.docx"); d.save(src)
    soffice(src, "odt", TMP)
    shutil.move(os.path.join(TMP, "yomf.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 6. ÖFN ods (free-text status only)
def build_ofn():
    fil = "Överförmyndarnämnden delår 2025.ods"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Överförmyndarnämnden i Simrishamns kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontroll – delår 2025 (t.o.m. 31 augusti)"
    hdr = ["Kontrollområde", "Kontrollmoment", "Uppföljning delår 2025"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 4, i, h, bold=True, fill="FFF2CC")
    rows = [
        ("Granskning", "Granskning av årsräkningar – stickprov på verifikationer",
         "Genomförd. 30 årsräkningar granskade mot verifikat. I två fall saknades underlag för uttag, komplettering har begärts.",
         "GENOMFORD", "ja"),
        ("Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Handläggning", "Förteckningar inkommer inom två månader efter förordnande",
         "Pågår. Hittills har 14 av 22 ärenden kontrollerats.", "DELVIS", ""),
        ("Bankkonton", "Kontroll av att uttagsspärr finns på överförmyndarspärrade konton",
         "Inte påbörjad, planeras till november.", "EJ_GENOMFORD", ""),
        ("Lämplighet", "Registerkontroll av nya ställföreträdare (belastnings- och kronofogderegister)",
         None, "SAKNAS", ""),
        ("Klagomål", "Handläggning av klagomål på ställföreträdare inom 30 dagar",
         "Utgår ur planen enligt beslut ÖFN 2025-03-12 § 14.", "UTGAR", ""),
    ]
    r = 5
    for (omr, km, txt, es, ea) in rows:
        setcell(ws, r, 1, omr); setcell(ws, r, 2, km); setcell(ws, r, 3, txt)
        exp(fil, N, km, es, ea); r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av överförmyndarkansliet 2025-09-08")
    for col, w in zip("ABC", [18, 55, 70]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "ofn.xlsx"); wb.save(src)
    soffice(src, "ods", TMP)
    shutil.move(os.path.join(TMP, "ofn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 7. BN xls (traffic-light fills, nämnd in print header)
def build_bn():
    fil = "IK uppfoljning delar 2025 BN.xls"
    N = "Byggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&LByggnadsnämnden&CInternkontroll 2025&RSimrishamns kommun"  # xlwt py3 bug in set_header_str
    ws._Worksheet__footer_str = "&LUtskrivet &D&RSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280;")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    fills = {c: xlwt.easyxf(f"pattern: pattern solid, fore_colour {c}; borders: left thin, right thin, top thin, bottom thin;")
             for c in ("bright_green", "yellow", "red", "gray25")}
    ws.write(0, 0, "Internkontroll 2025 – uppföljning per 31 augusti", title)
    ws.write(1, 0, "Status markeras med färg enligt teckenförklaring nedan.")
    h = ["Nr", "Rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for i, x in enumerate(h):
        ws.write(3, i, x, hdr)
    rows = [
        ("1", "Avgifter", "Bygglovsavgifter debiteras enligt plan- och bygglovstaxan", "Stickprov 20 beslut", "Bygglovschef",
         "bright_green", "20 beslut granskade, 1 felaktig debitering har rättats.", "GENOMFORD", "ja"),
        ("2", "Handläggning", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)", "Rapport ur ByggR",
         "Bygglovschef", "yellow", "Granskning för januari–juni klar.", "DELVIS", ""),
        ("3", "Delegation", "Delegationsbeslut redovisas till nämnden månatligen", "Genomgång av protokoll",
         "Nämndsekreterare", "bright_green", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Tillsyn", "Slutbesked utfärdas innan byggnad tas i bruk – tillsyn av olovligt ibruktagande",
         "Stickprov 10 ärenden", "Byggnadsinspektör", "red",
         "Ej genomförd p.g.a. vakant tjänst som byggnadsinspektör.", "EJ_GENOMFORD", ""),
        ("5", "Diarieföring", "Diarieföring av inkomna handlingar i ByggR inom två arbetsdagar", "Stickprov",
         "Registrator", "gray25", "Ersätts av e-tjänst med automatisk registrering.", "UTGAR", ""),
        ("6", "Tillsyn", "OVK-protokoll (obligatorisk ventilationskontroll) följs upp", "Genomgång av register",
         "Byggnadsinspektör", "bright_green", "", "GENOMFORD", ""),
        ("7", "Strandskydd", "Strandskyddsdispenser – kontroll av att beslut skickas till Länsstyrelsen", "Genomgång av beslut",
         "Bygglovshandläggare", None, "", "SAKNAS", ""),
    ]
    r = 4
    for (nr, rut, km, met, ans, col, kom, es, ea) in rows:
        ws.write(r, 0, nr, norm); ws.write(r, 1, rut, norm); ws.write(r, 2, km, norm)
        ws.write(r, 3, met, norm); ws.write(r, 4, ans, norm)
        ws.write(r, 5, "", fills[col] if col else norm)
        ws.write(r, 6, kom, norm)
        exp(fil, N, km, es, ea); r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring:", xlwt.easyxf("font: bold on;")); r += 1
    for col, txt in (("bright_green", "Genomförd"), ("yellow", "Påbörjad / delvis genomförd"),
                     ("red", "Ej genomförd"), ("gray25", "Utgår")):
        ws.write(r, 0, "", fills[col]); ws.write(r, 1, txt); r += 1
    for i, w in enumerate([5, 14, 50, 24, 20, 10, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))

# ---------------------------------------------------------------- 8. Reject: covering letter
def build_reject():
    fil = "Följebrev delårsuppföljning internkontroll SN.docx"
    d = docx.Document()
    set_core(d, "Följebrev")
    d.add_paragraph("Simrishamns kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-11")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_heading("Följebrev – delårsuppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025 "
                    "i bifogad Excelfil. Uppföljningen behandlas av socialnämnden vid sammanträdet den 24 september.")
    d.add_paragraph("Av planens kontrollmoment har flera genomförts och några återstår till hösten. "
                    "Redovisningen per kontrollmoment framgår av bilagan. Vid frågor, kontakta verksamhetscontroller "
                    "Lars Nilsson, tfn 0414-81 90 00.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Lindqvist\nSocialchef")
    p = os.path.join(OUT, fil); d.save(p); fix_zip_dates(p)
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- register + CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Byggnadsnämnden", "BN|Bygglovsavdelningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
    ("Valnämnden", "VN"),
    ("Ystad-Österlenregionens miljöförbund", "YÖMF|Ystad–Österlenregionens miljöförbund|Miljöförbundet"),
    ("Simrishamnsbostäder AB", "SIBO|Simrishamnsbostäder"),
    ("Krisledningsnämnden", "KLN"),
]

def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header); wr.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)

def main():
    os.makedirs(TMP, exist_ok=True)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep:
            os.remove(os.path.join(OUT, f))
    build_ks(); build_bun(); build_sn(); build_stratsys(); build_yomf(); build_ofn(); build_bn(); build_reject()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
