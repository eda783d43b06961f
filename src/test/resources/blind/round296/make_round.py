#!/usr/bin/python3
# Round 296 - Vallsjö kommun, helår 2025. Theme: tables without (meaningful) headers.
import csv, datetime, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
import docx
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO = "-env:UserInstallation=file:///tmp/lo-round296"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def fixwb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Vallsjö kommun"


def fixdoc(d):
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Vallsjö kommun"
    d.core_properties.last_modified_by = "Vallsjö kommun"
    d.core_properties.revision = 1


def soffice_convert(src, fmt, outname):
    tmpd = tempfile.mkdtemp(prefix="r296conv")
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VoO"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Vallsjö Bostäder AB", "Vallsjöbostäder|VBAB|Vallsjö Bostäder"),
    ("Räddningstjänstförbundet Vallsjö-Norrdal", "RTF|Räddningstjänsten Vallsjö-Norrdal"),
]


# ---------------------------------------------------------------- 1. KS: Excel Table with Kolumn1..Kolumn6
def file_ks():
    fn = "KS_IK_uppfoljning_2025.xlsx"
    nm = "Kommunstyrelsen"
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd",
         "Stickprov 40 fakturor oktober. Två fakturor attesterade av fel person, åtgärdat genom information till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig",
         "Genomförd", "20 verifikat granskade, samtliga korrekta.", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsansvarig", "Delvis",
         "Avstämning gjord för april, augusti och december. Övriga månader ej dokumenterade.", "DELVIS", ""),
        ("2.1", "Upphandling", "Kontroll av att inköp över direktupphandlingsgränsen föregåtts av upphandling",
         "Upphandlingschef", "Genomförd med avvikelse",
         "Ett köp av konsulttjänster (ca 780 tkr) saknade upphandling. Rutinen för direktupphandling är uppdaterad.",
         "GENOMFORD", "ja"),
        ("2.2", "Upphandling", "Dokumentation av direktupphandlingar över 100 tkr", "Upphandlingschef",
         "Ej genomförd", "Skjuts till 2026 på grund av vakans.", "EJ_GENOMFORD", ""),
        ("3.1", "IT och informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet Raindance", "IT-chef",
         "Genomförd", "Genomgång gjord i maj. Sex konton för avslutade anställda var fortfarande aktiva och har stängts.",
         "GENOMFORD", "ja"),
        ("3.2", "IT och informationssäkerhet",
         "Uppföljning av att informationsklassning genomförts för verksamhetssystem",
         "Informationssäkerhetssamordnare", "Pågår", "Klassning klar för 9 av 14 system.", "DELVIS", ""),
        ("4.1", "Personal", "Kontroll av att bisysslor anmälts och prövats", "HR-chef", "Utgår",
         "Utgår enligt KS beslut 2025-04-09 § 63, ersätts av kommungemensam kontroll.", "UTGAR", ""),
        ("4.2", "Personal", "Stickprov av löneutbetalningar mot underlag (tillägg och avdrag)", "Lönechef", None, None,
         "SAKNAS", ""),
        ("5.1", "Diarieföring", "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar",
         "Kommunsekreterare", "Genomförd",
         "Stickprov 30 handlingar, 27 registrerade inom två dagar. Påminnelse skickad till registratorerna.",
         "GENOMFORD", "ja"),
    ]
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Vallsjö kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025 (helår)"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppdaterad 2026-01-20 av controller Maria Lind"; ws["A3"].font = Font(italic=True)
    hdr = 5
    for i in range(6):
        ws.cell(hdr, i + 1, f"Kolumn{i + 1}")
    for r, row in enumerate(rows):
        for c in range(6):
            v = row[c]
            cell = ws.cell(hdr + 1 + r, c + 1, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fn, nm, row[2], row[6], row[7]))
    last = hdr + len(rows)
    t = Table(displayName="Tabell1", ref=f"A{hdr}:F{last}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    ws.cell(last + 2, 1, "Uppföljningen behandlad av kommunstyrelsen 2026-02-04 § 12.")
    for col, w in zip("ABCDEF", (9, 24, 55, 24, 22, 60)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. SN: no header row at all, .xls
def file_sn():
    fn = "SN_IK_helar_2025.xls"
    nm = "Socialnämnden"
    content = [
        ("GROUP", "Myndighetsutövning"),
        ("Kontroll att utredningar inom barn och unga avslutas inom fyra månader", "Enhetschef IFO", "genomförd",
         "18 av 20 utredningar avslutade i tid. Två överskred p.g.a. sjukskrivning, åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("Stickprov av att beslut om bistånd är fattade enligt delegationsordningen", "Avdelningschef", "genomförd",
         "25 beslut granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef mottagning", "delvis",
         "Kontroll gjord för första halvåret, andra halvåret granskas i januari 2026.", "DELVIS", ""),
        ("Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", None,
         "Ej genomförd, systembyte under hösten.", "EJ_GENOMFORD", ""),
        ("GROUP", "Ekonomi"),
        ("Kontroll av utbetalningar av ekonomiskt bistånd mot beslut", "Enhetschef försörjningsstöd", "genomförd",
         "Två felaktiga utbetalningar (dubbla hyror) upptäcktes och återkrävs.", "GENOMFORD", "ja"),
        ("Kontroll av fakturor för köpta platser (HVB) mot avtal och placeringsbeslut", "Controller", "ej genomförd",
         "Prioriterades bort under året.", "EJ_GENOMFORD", ""),
        ("Hantering av klientmedel – avstämning av kassor", "Enhetschef", "genomförd", None, "GENOMFORD", ""),
        ("GROUP", "Arbetsmiljö"),
        ("Uppföljning av att hot- och våldssituationer rapporteras i KIA", "HR-konsult", "utgår",
         "Ingår i det systematiska arbetsmiljöarbetet, stryks ur planen.", "UTGAR", ""),
        ("Kontroll att introduktion genomförts för nyanställda socialsekreterare", "Enhetschef", "se bilaga", None,
         "OKLAR", ""),
    ]
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Socialnämnden"
    ws.oddHeader.center.text = "Socialnämnden – Internkontroll 2025, helårsuppföljning"
    ws.oddFooter.right.text = "Sida &P"
    r = 1
    for item in content:
        if item[0] == "GROUP":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
        else:
            for c in range(4):
                cell = ws.cell(r, c + 1, item[c])
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            EXPECTED.append((fn, nm, item[0], item[4], item[5]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt 2026-01-15 /Anna Berg, kvalitetsstrateg")
    for col, w in zip("ABCD", (60, 26, 14, 60)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(tempfile.mkdtemp(prefix="r296sn"), "SN_IK_helar_2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", fn)
    shutil.rmtree(os.path.dirname(tmp))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. BUN + KFN: CSV export with Fält/Attribut names
def file_export():
    fn = "ik_export_20260112.csv"
    data = [
        ("Barn- och utbildningsnämnden", [
            ("IK-BUN-01", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjer", "Skolskjutshandläggare",
             ("Pågående", "Halva urvalet granskat."),
             ("Klar", "30 beslut granskade, 2 saknade motivering – återkoppling till handläggare."), "GENOMFORD", "ja"),
            ("IK-BUN-02", "Attest av leverantörsfakturor i förskoleverksamheten", "Verksamhetschef förskola",
             ("Ej påbörjad", ""), ("Klar", "Inga avvikelser."), "GENOMFORD", "nej"),
            ("IK-BUN-03", "Uppföljning av frånvarorapportering i elevregistret", "Rektor",
             ("Pågående", ""), ("", ""), "DELVIS", ""),
            ("IK-BUN-04", "Kontroll av att kränkande behandling anmäls till huvudman", "Utvecklingsstrateg",
             ("Klar", "Inga avvikelser under vårterminen."),
             ("Pågående", "Granskning av höstterminen pågår, slutrapport februari 2026."), "DELVIS", ""),
            ("IK-BUN-05", "Registerkontroll vid nyanställning (belastningsregister)", "HR-specialist",
             ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till 2026."), "EJ_GENOMFORD", ""),
            ("IK-BUN-06", "Kontroll av inventarieförteckning på skolenheter", "Controller",
             ("", ""), ("Avbruten", "Utgår enligt nämndbeslut 2025-06-12 § 48."), "UTGAR", ""),
        ]),
        ("Kultur- och fritidsnämnden", [
            ("IK-KFN-01", "Kontroll av föreningsbidrag mot ansökan och medlemsregister", "Föreningskonsulent",
             ("Pågående", ""),
             ("Klar", "Ett bidrag återkrävt, föreningen hade redovisat fel antal medlemmar."), "GENOMFORD", "ja"),
            ("IK-KFN-02", "Kassahantering i simhallen – dagliga avstämningar", "Badchef",
             ("Klar", "Inga differenser."), ("Klar", "Inga differenser."), "GENOMFORD", "nej"),
            ("IK-KFN-03", "Uthyrning av lokaler – fakturering mot bokningssystem", "Bokningsansvarig",
             ("Ej påbörjad", ""), ("Pågående", "Nytt bokningssystem, kontrollen slutförs kvartal 1 2026."),
             "DELVIS", ""),
            ("IK-KFN-04", "Efterlevnad av avtal för konstinköp", "Kulturchef", ("", ""), ("", ""), "SAKNAS", ""),
        ]),
    ]
    lines = [["Fält1", "Fält2", "Fält3", "Fält4", "Attribut 3", "Attribut 4", "Fält7"]]
    for nm, ctrls in data:
        for (cid, txt, ansv, dl, hl, st, av) in ctrls:
            lines.append([nm, cid, txt, ansv, "Delår 2025", dl[0], dl[1]])
            lines.append([nm, cid, txt, ansv, "Helår 2025", hl[0], hl[1]])
            EXPECTED.append((fn, nm, txt, st, av))
        FILES.append((fn, "INLAST", nm, "2025", "HELAR"))
    with open(os.path.join(OUT, fn), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)


# ---------------------------------------------------------------- 4. TN: Word table without header row
def file_tn():
    fn = "Tekniska_uppfoljning_IK.docx"
    nm = "Tekniska nämnden"
    rows = [
        ("Kontroll av att entreprenadfakturor stämmer mot avtal och ÄTA-beslut", "Ja",
         "Sex fakturor granskade. En ÄTA saknade skriftligt beslut; rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Kontroll av fordonsbränsle – tankkort mot körjournal", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av egenkontroll i kommunens tillagningskök", "Delvis", "Genomfört i 5 av 9 kök.", "DELVIS", ""),
        ("Kontroll av att arbetsmiljöronder genomförts på VA-verket", "Nej",
         "Ej genomförd på grund av personalbrist, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Avstämning av anläggningsregister mot aktiverade projekt", "Ja",
         "Två projekt var felaktigt aktiverade i förtid, rättade i bokslutet.", "GENOMFORD", "ja"),
        ("Kontroll av vattenmätaravläsningar och fakturering", "", "Se bilaga 2.", "OKLAR", ""),
        ("Behörigheter i driftövervakningssystemet (SCADA)", "Utgår",
         "Ersatt av kommunövergripande kontroll av IT-behörigheter.", "UTGAR", ""),
        ("Kontroll av att snöröjningsentreprenörer rapporterar utförda pass enligt avtal", "Ja", "", "GENOMFORD", ""),
    ]
    d = docx.Document(); fixdoc(d)
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vallsjö kommun\tTekniska förvaltningen\tDnr TN 2025/112"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Tekniska nämnden")
    d.add_paragraph(
        "Nedan redovisas uppföljningen av de kontrollmoment som ingick i nämndens internkontrollplan för 2025. "
        "I tabellen anges i första kolumnen kontrollmomentet, i andra kolumnen om kontrollen är utförd "
        "(Ja, Nej eller Delvis) och i tredje kolumnen iakttagelser och eventuella åtgärder.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for i in range(3):
            cells[i].text = row[i]
        EXPECTED.append((fn, nm, row[0], row[3], row[4]))
    for row in t.rows:
        row.cells[0].width = Cm(7.5); row.cells[1].width = Cm(2); row.cells[2].width = Cm(7.5)
    d.add_paragraph("")
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i huvudsak är tillräcklig. "
                    "De avvikelser som noterats har åtgärdats eller ingår i planen för 2026.")
    s = d.add_table(rows=1, cols=2)
    s.rows[0].cells[0].text = "Vallsjö 2026-01-28"
    s.rows[0].cells[1].text = "Per Ek\nFörvaltningschef, Tekniska förvaltningen"
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. MBN: headers only numbers, symbols with legend, T2 + helår
def file_mbn():
    fn = "MBN IK 2025 helar.xlsx"
    nm = "Miljö- och byggnämnden"
    rows = [
        (1, "Bygglov", "Stickprov av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "✔", "✔",
         "Helår: 3 av 40 ärenden överskred tiden, avgiftsreduktion tillämpad.", "GENOMFORD", "ja"),
        (2, "Bygglov", "Kontroll av att avgifter debiteras enligt taxa", "◑", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Tillsyn", "Uppföljning av att planerad tillsyn enligt tillsynsplanen genomförs", "◑", "◑",
         "85 % av planerad tillsyn genomförd.", "DELVIS", ""),
        (4, "Tillsyn", "Kontroll av att årliga kontrollavgifter för livsmedel faktureras", "✘", "✘",
         "Ej genomförd, kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        (5, "Delegation", "Anmälan av delegationsbeslut till nämnden", "✔", None, None, "GENOMFORD", ""),
        (6, "Arkiv", "Kontroll av att ärenden avslutas och arkiveras i ärendesystemet", "—", "—",
         "Utgår efter beslut MBN 2025-03-20 § 31.", "UTGAR", ""),
        (7, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "✔", "✘",
         "Kontroll genomförd i december, inga avvikelser.", "OKLAR", ""),
        (8, "Ekonomi", "Kontroll av att förtroendekänsliga poster (resor, representation) följer riktlinjer",
         None, None, None, "SAKNAS", ""),
    ]
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Miljö- och byggnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning T2 och helår"; ws["A2"].font = Font(bold=True)
    hdr = 4
    grey = PatternFill("solid", fgColor="D9D9D9")
    for i in range(6):
        c = ws.cell(hdr, i + 1, i + 1)
        c.font = Font(bold=True); c.fill = grey; c.alignment = Alignment(horizontal="center")
    for r, row in enumerate(rows):
        for c in range(6):
            cell = ws.cell(hdr + 1 + r, c + 1, row[c])
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (0, 3, 4) else "left")
        EXPECTED.append((fn, nm, row[2], row[6], row[7]))
    lr = hdr + len(rows) + 2
    ws.cell(lr, 1, "Teckenförklaring: ✔ = genomförd   ◑ = delvis genomförd   ✘ = ej genomförd   — = utgår")
    ws.cell(lr + 1, 1, "Kolumn 4 avser uppföljning T2 (jan–aug), kolumn 5 avser helår.")
    for col, w in zip("ABCDEF", (5, 14, 60, 6, 6, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. Vallsjö Bostäder: abbreviated headers, codes, ODS
def file_vbab():
    fn = "Vallsjobostader_IK_2025.ods"
    nm = "Vallsjö Bostäder AB"
    rows = [
        ("1", "Hyresavisering – kontroll av att hyreshöjningen 2025 lagts in korrekt för samtliga kontrakt",
         "Ekonomichef", "G", "Stickprov 50 kontrakt, inga fel.", "GENOMFORD", "nej"),
        ("2", "Avstämning av vakansrapport mot hyresreskontra månadsvis", "Uthyrningschef", "G",
         "Två lägenheter felaktigt markerade som vakanta i oktober, rättat.", "GENOMFORD", "ja"),
        ("3", "Attest av fakturor för underhållsprojekt enligt attestinstruktion", "VD", "P",
         "Granskning av kvartal 4 pågår.", "DELVIS", ""),
        ("4", "Uppföljning av obetalda hyror och inkassoärenden", "Ekonomichef", "G", None, "GENOMFORD", ""),
        ("5", "Kontroll av brandskyddsdokumentation i fastigheterna (SBA)", "Fastighetschef", "E",
         "Ej påbörjad, resursbrist.", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av nyckel- och passerkortsregister", "Fastighetschef", "U",
         "Utgår, nytt passersystem upphandlat.", "UTGAR", ""),
        ("7", "Efterlevnad av LOU vid avrop från ramavtal", "Inköpsansvarig", "G",
         "Ett avrop gjordes utan förnyad konkurrensutsättning, rapporterat till styrelsen.", "GENOMFORD", "ja"),
    ]
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Vallsjö Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll – årsuppföljning 2025"; ws["A2"].font = Font(bold=True)
    hdr = 4
    for i, h in enumerate(("Nr", "Km", "Ansv.", "St", "Komm.")):
        ws.cell(hdr, i + 1, h).font = Font(bold=True)
    for r, row in enumerate(rows):
        for c in range(5):
            cell = ws.cell(hdr + 1 + r, c + 1, row[c])
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fn, nm, row[1], row[5], row[6]))
    lr = hdr + len(rows) + 2
    ws.cell(lr, 1, "St: G = genomförd, P = pågår, E = ej påbörjad, U = utgår")
    ws.cell(lr + 1, 1, "Redovisad för styrelsen 2026-02-10.")
    for col, w in zip("ABCDE", (5, 60, 18, 5, 55)):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r296vb")
    tmp = os.path.join(tmpd, "Vallsjobostader_IK_2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", fn)
    shutil.rmtree(tmpd)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. VON: normal Word table with header row
def file_von():
    fn = "VON uppföljning internkontroll helår 2025.docx"
    nm = "Vård- och omsorgsnämnden"
    rows = [
        ("Läkemedelshantering", "Kontroll av att signeringslistor för läkemedel är korrekt ifyllda",
         "Stickprov på 3 enheter", "Genomförd med avvikelse",
         "Ofullständig signering på en enhet, handlingsplan upprättad.", "GENOMFORD", "ja"),
        ("Avgifter", "Kontroll av att omsorgsavgifter beräknas utifrån aktuella inkomstuppgifter",
         "Stickprov 20 ärenden", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bemanning", "Uppföljning av timanställdas arbetade tid mot schema", "Avstämning i Medvind",
         "Delvis genomförd", "Kontrollen gjord för hemtjänsten, särskilt boende återstår.", "DELVIS", ""),
        ("Dokumentation", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Journalgranskning",
         "Ej genomförd", "Har inte hunnits med, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Hantering av brukares privata medel på särskilt boende", "Avstämning kvitton mot kassa",
         "Genomförd", "Ett kvitto saknades, beloppet 240 kr har återbetalats till brukaren.", "GENOMFORD", "ja"),
        ("Avtal", "Uppföljning av avtal med extern utförare av hemtjänst (LOV)", "Avtalsuppföljning", "Utgår",
         "LOV-utföraren har avslutat sitt avtal under våren.", "UTGAR", ""),
        ("Informationssäkerhet", "Loggkontroll i journalsystemet", "Loggutdrag", "Genomförd", "", "GENOMFORD", ""),
    ]
    d = docx.Document(); fixdoc(d)
    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    d.add_paragraph("Uppföljningen omfattar samtliga kontrollmoment i internkontrollplanen för 2025 "
                    "som antogs av nämnden 2024-12-11 § 142.")
    hdrs = ("Process", "Kontrollmoment", "Kontrollmetod", "Utfall helår 2025", "Kommentar/åtgärd")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdrs):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        EXPECTED.append((fn, nm, row[1], row[5], row[6]))
    d.add_paragraph("")
    d.add_paragraph("Lena Sjöholm, förvaltningschef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. reject: budget report in an Excel Table with Kolumn1..
def file_reject():
    fn = "KS_driftuppfoljning_dec_2025.xlsx"
    rows = [
        ("1100", "Politisk verksamhet", 8450, 8112, 338),
        ("1200", "Kommunledning och administration", 42300, 43985, -1685),
        ("1300", "Ekonomi och upphandling", 18900, 18410, 490),
        ("1400", "HR och lön", 21750, 22230, -480),
        ("1500", "IT och digitalisering", 31200, 30405, 795),
        ("1600", "Kommunikation", 6800, 6655, 145),
        ("1700", "Näringsliv och turism", 5400, 5920, -520),
    ]
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Drift"
    ws["A1"] = "Kommunstyrelsen – driftredovisning per verksamhet, december 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Prognos och utfall ackumulerat jan–dec. Preliminärt före bokslut."
    hdr = 4
    for i in range(5):
        ws.cell(hdr, i + 1, f"Kolumn{i + 1}")
    for r, row in enumerate(rows):
        for c in range(5):
            ws.cell(hdr + 1 + r, c + 1, row[c])
    last = hdr + len(rows)
    t = Table(displayName="Tabell1", ref=f"A{hdr}:E{last}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(t)
    ws.cell(last + 2, 2, "Summa")
    for c, col in ((3, "C"), (4, "D"), (5, "E")):
        ws.cell(last + 2, c, sum(r[c - 1] for r in rows))
    for col, w in zip("ABCDE", (10, 36, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file_ks(); file_sn(); file_export(); file_tn(); file_mbn(); file_vbab(); file_von(); file_reject()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
