#!/usr/bin/python3
"""Blind round 380 - Sörby kommun, helår 2025.
Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv."""
import csv, datetime, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Sörbybostäder AB", "Sörbybostäder|SBAB|Sörby Bostäder"),
    ("Sörby Energi AB", "Sörby Energi|SEAB"),
    ("Räddningstjänstförbundet Sörby-Ålunda", "Räddningstjänstförbundet|RTF|Räddningstjänsten Sörby-Ålunda|Räddningstjänsten"),
]


# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_Uppfoljning_internkontrollplan_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Sörby kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Helår (januari–december) 2025"
    ws["A4"] = "Upprättad av: Anna Lindqvist, controller, 2026-01-20"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Status helår", "Kommentar / iakttagelser"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Ekonomiprocesser", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Redovisningsansvarig", "Två ggr/år",
             "Genomförd", "Stickprov 30 fakturor, 2 saknade andra attest. Återkoppling till berörda chefer.", "GENOMFORD", "ja"),
            ("Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer", "Controller", "Årligen",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Avstämning av balanskonton vid månadsbokslut", "Genomgång av avstämningsblanketter", "Redovisningschef", "Månadsvis",
             "Delvis genomförd", "Avstämning gjord för 9 av 12 månader, inga differenser i avstämda månader. Resterande görs i samband med bokslutet.", "DELVIS", "nej"),
        ]),
        ("HR / Personal", [
            ("Kontroll av att anställningsavtal är undertecknade innan första arbetsdag", "Stickprov 25 nyanställningar", "HR-chef", "Årligen",
             "Genomförd", "3 av 25 avtal signerades efter tillträdesdagen.", "GENOMFORD", "ja"),
            ("Kontroll av behörigheter i lönesystemet vid avslutad anställning", "Behörighetslista mot avslutslista", "Lönechef", "Två ggr/år",
             "Ej genomförd", "Ej genomförd p.g.a. byte av lönesystem under hösten. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Borttagning av användarkonton för avslutade medarbetare inom 30 dagar", "Uttag ur AD mot HR-systemet", "IT-chef", "Kvartalsvis",
             "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
            ("Kontroll av att säkerhetskopior av verksamhetssystem kan återläsas", "Provåterläsning", "IT-chef", "Årligen",
             "Utgår", "Utgår – kontrollen utförs av IT-leverantören enligt nytt driftavtal från 2025-04-01.", "UTGAR", ""),
        ]),
        ("Upphandling och inköp", [
            ("Köp över direktupphandlingsgränsen ska vara upphandlade", "Leverantörsanalys, 40 största leverantörer utan avtal", "Upphandlingschef", "Årligen",
             "Genomförd", "Två köp utan avtal identifierade (städmaterial, konsulttjänst). Upphandling av städmaterial påbörjad.", "GENOMFORD", "ja"),
            ("Dokumentation av direktupphandlingar över 100 000 kr", "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Årligen",
             None, None, "SAKNAS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for km, met, ans, frek, st, kom, es, ea in rows:
            vals = ["", km, met, ans, frek, st, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v else None)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, N, km, es, ea)
            r += 1
    r += 2
    ws.cell(r, 1, "Sörby 2026-01-20")
    ws.cell(r + 1, 1, "Karin Holm, kommundirektör")
    for i, w in enumerate([18, 48, 30, 20, 13, 16, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Anna Lindqvist"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. BUN docx, free-text results
def new_doc():
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Sörby kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    return d


def file_bun():
    fil = "BUN uppföljning intern kontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Diarienummer BUN 2025/14")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 18 februari 2025 (§ 9). "
        "Nedan redovisas resultatet av årets kontroller. Kontrollerna har utförts av förvaltningens "
        "ekonomer, rektorer och förvaltningens kvalitetsstrateg. Resultatet sammanfattas i tabellen.")
    rows = [
        ("1", "Ekonomi", "Attestering av fakturor sker enligt attestordningen", "Stickprov 25 fakturor",
         "Kontrollen genomförd. Inga avvikelser.", "–", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Inköp görs från avtalade leverantörer", "Leverantörsanalys",
         "Klart. 4 av 50 inköp utan avtal, främst livsmedel till förskolor.", "Information till förskolechefer om avtalskatalogen.", "GENOMFORD", "ja"),
        ("3", "Elevhälsa", "Anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar", "Genomgång av anmälningar i ärendesystemet",
         "Pågår – underlag från två rektorsområden saknas ännu.", "Slutförs i februari 2026.", "DELVIS", ""),
        ("4", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", "Stickprov 15 beslut",
         "Ej påbörjad", "Tas med i plan 2026.", "EJ_GENOMFORD", ""),
        ("5", "Personal", "Utdrag ur belastningsregistret uppvisas före anställning", "Stickprov 20 anställningar",
         "OK", "", "GENOMFORD", "nej"),
        ("6", "Frånvaro", "Vårdnadshavare meddelas om ogiltig frånvaro samma dag", "Kontroll i lärplattformen",
         "Se bilaga 2", "", "OKLAR", ""),
        ("7", "Förskola", "Debitering av barnomsorgsavgifter stäms av mot inkomstuppgifter", "Avstämning inkomstuppgifter",
         "Genomförd med anmärkning: 12 hushåll hade inte lämnat inkomstuppgift. Påminnelse skickad.", "Rutin för årlig påminnelse införs.", "GENOMFORD", "ja"),
        ("8", "Kvalitet", "Uppföljning av betygssättning mot nationella prov", "Jämförelse betyg/provresultat",
         "Utgår enligt beslut BUN 2025-03-18 § 22.", "", "UTGAR", ""),
        ("9", "Lokaler", "Systematiskt brandskyddsarbete dokumenteras på samtliga enheter", "Enkät till enhetschefer",
         "Ej gjord 2025.", "", "EJ_GENOMFORD", ""),
        ("10", "Läromedel", "Inventering av digitala licenser mot faktisk användning", "Licensrapport från leverantörer",
         "", "", "SAKNAS", ""),
    ]
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Resultat helår", "Åtgärd"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for nr, omr, km, met, res, atg, es, ea in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, omr, km, met, res, atg]):
            cells[i].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Frånvarorapportering per skolenhet (separat dokument).")
    d.add_paragraph("Sörby den 22 januari 2026")
    d.add_paragraph("Maria Sundberg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SN xlsx, T1/T2/Helår codes
def file_sn():
    fil = "Socialnamnden_IK_2025_T1_T2_helar.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen SN 2025-01-29 § 7. Uppföljning redovisas per tertial samt helår."
    # two header rows
    top = ["Id", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Uppföljning", None, None, "Kommentar helår"]
    sub = [None, None, None, None, None, None, "T1", "T2", "Helår", None]
    for c, v in enumerate(top, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(5, c, v)
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("G4:I4")
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=10):
        for cell in row:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    data = [
        ("SN1", "Myndighetsutövning IFO", "Felaktiga utbetalningar", "3×4=12",
         "Utbetalning av ekonomiskt bistånd sker efter beslut i verksamhetssystemet", "Enhetschef försörjningsstöd",
         "G", "G", "G", "Stickprov 40 utbetalningar, samtliga hade beslut.", "GENOMFORD", "nej"),
        ("SN2", "Myndighetsutövning IFO", "Placering utan aktuell vårdplan", "3×3=9",
         "Uppföljning av placeringar på HVB sker enligt vårdplan och avtal", "Enhetschef barn och unga",
         "D", "D", "A", "Två av 14 placeringar saknade aktuell vårdplan. Åtgärdat i december.", "GENOMFORD", "ja"),
        ("SN3", "Myndighetsutövning IFO", "Barn far illa", "2×4=8",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
         "D", "D", "D", "84 % inom 14 dagar (mål 100 %). Orsak: vakanser under sommaren.", "DELVIS", "ja"),
        ("SN4", "Vård och omsorg", "Insatser utförs inte enligt beslut", "3×3=9",
         "Genomförandeplaner inom hemtjänsten är aktuella och uppföljda", "Enhetschef hemtjänst",
         "E", "D", None, None, "DELVIS", ""),
        ("SN5", "Vård och omsorg", "Förskingring", "2×4=8",
         "Hantering av brukares privata medel i särskilt boende", "Enhetschef SÄBO",
         "G", "–", "G", "Inga avvikelser", "GENOMFORD", "nej"),
        ("SN6", "Vård och omsorg", "Felaktig läkemedelshantering", "3×4=12",
         "Avvikelser i läkemedelshanteringen rapporteras och analyseras", "MAS",
         None, None, "E", "Ej genomförd pga vakant tjänst som MAS under hösten.", "EJ_GENOMFORD", ""),
        ("SN7", "Kvalitet", "Missförhållanden utreds inte", "2×3=6",
         "Rapporter enligt lex Sarah utreds inom föreskriven tid", "Kvalitetsstrateg",
         "U", "U", "U", "Utgår – följs upp i ledningssystemet för kvalitet.", "UTGAR", ""),
        ("SN8", "Kvalitet", "Sanktionsavgift", "2×3=6",
         "Ej verkställda beslut rapporteras till IVO och nämnden kvartalsvis", "Nämndsekreterare",
         None, None, None, None, "SAKNAS", ""),
        ("SN9", "Administration", "Beslut fattas utan delegation", "2×2=4",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "G", "G", "G", "Anmäls löpande vid varje sammanträde.", "GENOMFORD", "nej"),
    ]
    r = 6
    start = {}
    for row in data:
        idv, proc, risk, rv, km, ans, t1, t2, hel, kom, es, ea = row
        vals = [idv, proc, risk, rv, km, ans, t1, t2, hel, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (7, 8, 9) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        start.setdefault(proc, []).append(r)
        exp(fil, N, km, es, ea)
        r += 1
    # merge process column vertically, keep value only in first cell
    for proc, rows_ in start.items():
        if len(rows_) > 1:
            ws.merge_cells(start_row=rows_[0], start_column=2, end_row=rows_[-1], end_column=2)
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    legend = [("G", "Genomförd utan avvikelse"), ("A", "Genomförd, avvikelse noterad"), ("D", "Delvis genomförd / pågår"),
              ("E", "Ej genomförd"), ("U", "Utgår"), ("–", "Ingen kontroll planerad för perioden")]
    for code, txt in legend:
        r += 1
        ws.cell(r, 1, code)
        ws.cell(r, 2, txt)
        if code in fills:
            ws.cell(r, 1).fill = PatternFill("solid", fgColor=fills[code])
    for i, w in enumerate([6, 20, 26, 11, 50, 24, 7, 7, 7, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # second sheet with the risk matrix (not follow-up)
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Sannolikhet × Konsekvens"
    for i in range(1, 5):
        ws2.cell(2, i + 1, i)
        ws2.cell(i + 2, 1, i)
        for j in range(1, 5):
            ws2.cell(i + 2, j + 1, i * j)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. Stratsys CSV, two bolag, free text
def file_bolag():
    fil = "Stratsys_export_bolagen_IK_2025.csv"
    data = [
        ("Sörbybostäder AB", "Hyresadministration", "Hyresdebitering stäms av mot gällande hyresavtal", "Ekonomichef", "Årligen",
         "Klar. Inga fel.", "", "GENOMFORD", "nej"),
        ("Sörbybostäder AB", "Hyresadministration", "Hyresfordringar äldre än 60 dagar hanteras enligt inkassorutinen", "Ekonomichef", "Kvartalsvis",
         "Ok", "", "GENOMFORD", "nej"),
        ("Sörbybostäder AB", "Inköp", "Fakturor från entreprenörer attesteras mot beställning", "Förvaltningschef", "Två ggr/år",
         "Klar, 3 fakturor saknade beställningsnummer", "Påminnelse till entreprenörerna om fakturakrav.", "GENOMFORD", "ja"),
        ("Sörbybostäder AB", "Uthyrning", "Uthyrning sker enligt bostadskön och uthyrningspolicyn", "Uthyrningschef", "Årligen",
         "Pågår", "Genomgång av 30 kontrakt,\nklart under mars 2026.", "DELVIS", ""),
        ("Sörbybostäder AB", "Fastighetsförvaltning", "Besiktning av bolagets lekplatser enligt besiktningsplan", "Fastighetschef", "Årligen",
         "Ej aktuellt 2025", "Lekplatserna byggs om, ny besiktning efter färdigställande.", "UTGAR", ""),
        ("Sörbybostäder AB", "Styrning", "Jävsdeklarationer upprättas för styrelse och ledning", "VD", "Årligen",
         "", "", "SAKNAS", ""),
        ("Sörby Energi AB", "Mätning och debitering", "Avvikande förbrukning vid mätaravläsning utreds", "Kundtjänstchef", "Månadsvis",
         "Genomförd utan anmärkning", "", "GENOMFORD", "nej"),
        ("Sörby Energi AB", "Ekonomi", "Ändring av bankuppgifter i leverantörsregistret verifieras före utbetalning", "Ekonomichef", "Två ggr/år",
         "Ej utförd", "Resursbrist vid bokslut.", "EJ_GENOMFORD", ""),
        ("Sörby Energi AB", "IT/OT-säkerhet", "Behörigheter i driftövervakningssystemet (SCADA) följs upp", "Driftchef", "Årligen",
         "Delvis", "Fjärrvärme klart, elnät återstår.", "DELVIS", ""),
        ("Sörby Energi AB", "Inköp", "Inköp följer LUF och bolagets inköpspolicy", "VD", "Årligen",
         "Klart – ett köp över gränsen utan upphandling, rapporterat till styrelsen", "", "GENOMFORD", "ja"),
        ("Sörby Energi AB", "Ekonomi", "Anläggningsregistret stäms av mot huvudboken", "Redovisningsansvarig", "Årligen",
         "Se separat rapport", "", "OKLAR", ""),
    ]
    lines = [
        ["Rapport: Internkontroll - uppföljning kontrollmoment", "", "", "", "", "", ""],
        ["Period: 2025-01-01 - 2025-12-31 (Helår)", "", "", "", "", "", ""],
        ["Urval: Koncernbolag", "Utskriven: 2026-01-27", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Uppföljning helår 2025", "Kommentar"],
    ]
    for org, proc, km, ans, frek, upp, kom, es, ea in data:
        lines.append([org, proc, km, ans, frek, upp, kom])
        exp(fil, org, km, es, ea)
    with open(out(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", "Sörbybostäder AB", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Sörby Energi AB", "2025", "HELAR"))


# ---------------------------------------------------------------- 5. RTF odt, text only
def file_rtf():
    fil = "RTF_Sorby-Alunda_uppfoljning_IK_2025.odt"
    N = "Räddningstjänstförbundet Sörby-Ålunda"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h2)
    doc.text.addElement(P(text="Räddningstjänstförbundet Sörby-Ålunda"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Avser helåret 2025. Behandlas av förbundsdirektionen 2026-02-11."))
    doc.text.addElement(P(text=(
        "Förbundsdirektionen fastställde internkontrollplanen för 2025 i december 2024. Planen omfattar sju "
        "kontrollmoment. Nedan redovisas resultatet för respektive kontrollmoment. Förbundets bedömning är att "
        "den interna kontrollen i huvudsak är tillräcklig.")))
    items = [
        ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Tillsynsingenjör", "Uttag ur verksamhetssystemet",
         "Delvis genomfört. 112 av 118 planerade tillsyner har utförts; resterande sex flyttas till 2026.", "DELVIS", ""),
        ("Personal i beredskap har giltigt körkort och behörighet för tunga fordon", "Stf räddningschef", "Kontroll mot körkortsregistret",
         "Kontrollen är gjord. Samtliga hade giltig behörighet.", "GENOMFORD", "nej"),
        ("Onödiga automatlarm faktureras enligt gällande taxa", "Administrativ chef", "Avstämning larmlogg mot fakturering",
         "Klar. Fem larm hade inte fakturerats; fakturor skickade i november.", "GENOMFORD", "ja"),
        ("Andningsskydd kontrolleras och underhålls enligt AFS och tillverkarens anvisningar", "Materialansvarig", "Granskning av serviceprotokoll",
         "Genomförd.", "GENOMFORD", ""),
        ("Rökdykare genomför årligt fysiskt arbetsprov", "Stf räddningschef", "Sammanställning av testresultat",
         "Ej genomfört 2025 – testbanan har varit under ombyggnad. Genomförs under våren 2026.", "EJ_GENOMFORD", ""),
        ("Kostnader för övningsverksamhet attesteras och konteras korrekt", "Ekonom", "Stickprov 20 verifikationer",
         "", "SAKNAS", ""),
        ("Insatsrapporter upprättas inom sju dagar efter insats", "Insatsledare", "Uttag ur insatsrapportsystemet",
         "Avbruten genom direktionsbeslut 2025-06-12 § 31, ersätts av MSB:s nationella insatsrapportering.", "UTGAR", ""),
    ]
    for i, (km, ans, met, res, es, ea) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"{i}. {km}"))
        doc.text.addElement(P(text=f"Ansvarig: {ans}. Metod: {met}."))
        doc.text.addElement(P(text=f"Resultat: {res}" if res else "Resultat:"))
        exp(fil, N, km, es, ea)
    doc.text.addElement(P(text="Sörby 2026-01-30"))
    doc.text.addElement(P(text="Lars Ek, förbundsdirektör"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. SBN xls, traffic lights only, nämnd in print header
def file_sbn(tmp):
    fil = "SBN_IK_helar_2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    ws["F1"] = "Färgförklaring"
    ws["F1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")], 2):
        ws.cell(i, 5).fill = PatternFill("solid", fgColor=col)
        ws.cell(i, 6, txt)
    hdr = ["Kontrollområde", "Kontrollmoment", "Risk (S/K)", "Metod", "Status", "Kommentar"]
    R = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(R, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
    data = [
        ("Gata/park", "Vinterväghållning faktureras enligt entreprenadavtal", "3/3", "Avstämning mot körjournaler",
         GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter sker enligt gällande taxa", "2/4", "Stickprov 30 fastigheter",
         GREEN, "Två fastigheter felaktigt debiterade, rättat i december.", "GENOMFORD", "ja"),
        ("Investeringar", "ÄTA-arbeten i entreprenader godkänns innan utförande", "3/4", "Granskning av ÄTA-listor",
         YELLOW, "Kontroll gjord i 2 av 4 projekt.", "DELVIS", ""),
        ("Fastighet", "Avtalstrohet vid inköp av material till fastighetsunderhåll", "3/2", "Leverantörsanalys",
         RED, "Ej genomförd pga personalbrist.", "EJ_GENOMFORD", ""),
        ("Gata/park", "Besiktning av kommunens lekplatser enligt SS-EN 1176", "2/4", "Besiktningsprotokoll",
         GREY, "Ansvaret flyttat till kultur- och fritidsnämnden 2025-03-01.", "UTGAR", ""),
        ("Trafik", "Färdtjänsttillstånd beslutas enligt delegationsordningen", "2/3", "Stickprov 20 beslut",
         None, "Se bilaga", "OKLAR", ""),
        ("Fordon", "Körjournaler förs för kommunens bilpool", "2/2", "Stickprov 3 månader",
         GREEN, None, "GENOMFORD", ""),
        ("VA", "Anläggningsregistret för VA-nätet stäms av mot redovisningen", "2/3", "Avstämning",
         None, None, "SAKNAS", ""),
    ]
    r = R + 1
    for omr, km, risk, met, col, kom, es, ea in data:
        vals = [omr, km, risk, met, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, es, ea)
        r += 1
    for i, w in enumerate([16, 50, 10, 28, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Sörby kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    src = os.path.join(tmp, "SBN_IK_helar_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round380",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "SBN_IK_helar_2025.xls"), out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. KFN docx, tick columns
def file_kfn():
    fil = "KFN_internkontroll_arsuppfoljning_2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = new_doc()
    info = d.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Nämnd:", "Kultur- och fritidsnämnden"), ("År:", "2025"),
                                ("Uppföljningsperiod:", "Helår")]):
        info.rows[i].cells[0].text = k
        info.rows[i].cells[1].text = v
    d.add_paragraph("")
    d.add_heading("Årsuppföljning intern kontroll", level=1)
    d.add_paragraph("Markera med X i den kolumn som stämmer. Avvikelser och åtgärder beskrivs i kommentarsfältet.")
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0 = t.rows[0].cells
    h0[0].text = "Kontrollmoment"
    h0[1].text = "Ansvarig"
    h0[5].text = "Kommentar"
    m = h0[2].merge(h0[4])
    m.text = "Uppföljning helår 2025"
    h1 = t.rows[1].cells
    h1[2].text = "Genomförd"
    h1[3].text = "Delvis"
    h1[4].text = "Ej genomförd"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 5).merge(t.cell(1, 5))
    data = [
        ("Kontantkassor på bibliotek och simhall stäms av månadsvis", "Enhetschef fritid", "X", "", "",
         "En differens på 350 kr i simhallens kassa i juli, utredd.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt beslut och bidragsregler", "Föreningskonsulent", "X", "", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras", "Bokningsansvarig", "", "X", "",
         "Sporthallar kontrollerade, kulturhuset återstår.", "DELVIS", ""),
        ("Inventering av kommunens konstsamling", "Kulturchef", "", "", "X",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Registerutdrag kontrolleras för sommarlovspersonal som arbetar med barn", "Enhetschef fritid", "X", "", "X",
         "", "OKLAR", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", "Kulturchef", "", "", "",
         "Genomförd, inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("Besiktning av kommunens lekplatser enligt SS-EN 1176", "Parkansvarig", "X", "", "",
         "Huvudbesiktning utförd i september. Tre anmärkningar, samtliga åtgärdade.", "GENOMFORD", "ja"),
        ("Personuppgifter i bokningssystemet gallras enligt gallringsplan", "Bokningsansvarig", "", "", "",
         "", "SAKNAS", ""),
    ]
    for km, ans, g, dl, ej, kom, es, ea in data:
        c = t.add_row().cells
        for i, v in enumerate([km, ans, g, dl, ej, kom]):
            c[i].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Beslutad av kultur- och fritidsnämnden 2026-02-04 § 6.")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. rejected: covering letter
def file_rejected():
    fil = "Foljebrev_Sorbybostader_IK_2025.docx"
    d = new_doc()
    d.add_paragraph("Sörbybostäder AB\nBox 112\n744 21 Sörby")
    d.add_paragraph("2026-01-28")
    d.add_paragraph("Till: Ekonomiavdelningen, Sörby kommun")
    d.add_heading("Följebrev – uppföljning av intern kontroll 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Sörbybostäder AB:s uppföljning av internkontrollplanen för 2025. Uppföljningen har "
        "tagits ut som en gemensam export ur Stratsys tillsammans med Sörby Energi AB och bifogas separat.")
    d.add_paragraph(
        "Styrelsen behandlar uppföljningen vid sitt sammanträde den 5 februari 2026. Protokollsutdrag skickas "
        "när protokollet är justerat. Kontrollmomentet om jävsdeklarationer rapporteras i samband med detta.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Eva Nyström\nVD, Sörbybostäder AB")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    tmp = tempfile.mkdtemp(prefix="r380_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_bolag()
        file_rtf()
        file_sbn(tmp)
        file_kfn()
        file_rejected()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
