#!/usr/bin/python3
"""Blind round 384 - Ödeby kommun, T1 2025, mostly exports from governance/case systems.
Run: /usr/bin/python3 make_round.py   (builds all files + namnder.csv, files.csv, expected.csv)"""
import csv, datetime, io, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 9, 13, 42, 0)
LO_PROFILE = "file:///tmp/lo-round384"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

KS, TN, MBN = "Kommunstyrelsen", "Tekniska nämnden", "Miljö- och byggnämnden"
BUN, SN, VON = "Barn- och utbildningsnämnden", "Socialnämnden", "Vård- och omsorgsnämnden"
SBN, KFN, OFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Överförmyndarnämnden"
ENERGI = "Ödeby Energi AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (TN, "TN|Tekniska förvaltningen|TF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|MBF"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    (ENERGI, "Ödeby Energi|ÖEAB|Energibolaget"),
    ("Ödeby Bostäder AB", "Ödebybostäder|ÖBAB"),
]


def fil(name, namnder, period="T1", year="2025"):
    for n in namnder:
        FILES.append((name, "INLAST", n, year, period))


def exp(name, namnd, km, status, avv):
    EXPECTED.append((name, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Stratsys"


# ---------------------------------------------------------------- F1
def f1():
    """Stratsys CSV, ';', Windows-1252, three förvaltningar, one row per control and period."""
    name = "Stratsys_IK_uppfoljning_T1_2025.csv"
    plan = "Internkontrollplan 2025"
    # org, nämnd, process, kontrollmoment, metod, status, kommentar, ansvarig, exp status, avv, periods
    rows = [
        ("Kommunledningsförvaltningen", KS, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor/tertial", "Genomförd med avvikelse",
         "3 av 30 fakturor attesterade av person utan giltig delegation; attestantlistan i Raindance har uppdaterats 2025-04-22.",
         "Controller Maria Ek", "GENOMFORD", "ja"),
        ("Kommunledningsförvaltningen", KS, "Upphandling", "Efterlevnad av ramavtal vid inköp av konsulttjänster",
         "Stickprov 20 inköp", "Genomförd", "Inga avvikelser. Samtliga 20 granskade inköp gjorda mot ramavtal.",
         "Upphandlingschef", "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", KS, "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet avslutas när anställning upphör",
         "Avstämning HR-lista mot behörighetsregister", "Pågår",
         "Listor från HR inhämtade; avstämning mot behörighetsregistret pågår och beräknas klar i maj.",
         "IT-säkerhetssamordnare", "DELVIS", ""),
        ("Kommunledningsförvaltningen", KS, "Personal", "Bisysslor – årlig redovisning från samtliga chefer",
         "Enkät i HR-systemet", "Ej påbörjad", "Enkäten skickas ut i maj.", "HR-chef", "EJ_GENOMFORD", ""),
        ("Kommunledningsförvaltningen", KS, "Dokumenthantering",
         "Diarieföring av inkommande allmänna handlingar inom två arbetsdagar",
         "Stickprov 25 handlingar", "Genomförd",
         "Stickprov 25 handlingar; 21 diarieförda i tid (84 %). Rutinen har påmints om på ledningsgruppens möte 2025-04-15.",
         "Registrator", "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", TN, "Fordon", "Körjournaler för kommunens tjänstefordon förs enligt riktlinje",
         "Genomgång av 10 fordon", "Genomförd", "Inga avvikelser.", "Fordonssamordnare", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Inköp",
         "Beställningar över 100 tkr har skriftligt avtal eller avrop",
         "Uttag ur e-handelssystemet", "Ej genomförd",
         "Ej genomförd på grund av vakans; kontrollen flyttas till T2.", "Förvaltningsekonom",
         "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", TN, "Fastighet",
         "Felanmälningar i fastighetssystemet åtgärdas inom 14 dagar",
         "Stickprov per månad", "Pågår", "Januari och februari kontrollerade utan anmärkning, mars återstår.",
         "Driftchef fastighet", "DELVIS", "nej"),
        ("Tekniska förvaltningen", TN, "VA",
         "Egenkontroll av dricksvattenprovtagning enligt provtagningsplan",
         "Genomgång av provprotokoll", "Utgår",
         "Utgår – ansvaret överfört till Ödeby Vatten AB från 2025-01-01 (KF 2024-11-25 § 112).",
         "VA-chef", "UTGAR", ""),
        ("Tekniska förvaltningen", TN, "Gata/park",
         "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter",
         "Avstämning faktura/körrapport", "", "", "Gatuchef", "SAKNAS", ""),
        ("Miljö- och byggförvaltningen", MBN, "Bygglov", "Handläggningstid för bygglov inom 10 veckor",
         "Uttag ur ärendesystemet", "Genomförd med avvikelse",
         "2 av 48 ärenden överskred 10 veckor; avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "Bygglovschef", "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", MBN, "Miljötillsyn", "Debitering av tillsynsavgifter enligt taxa",
         "Stickprov 15 ärenden", "Genomförd", "Stickprov 15 ärenden utan anmärkning.", "Miljöchef",
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MBN, "Delegation", "Återrapportering av delegationsbeslut till nämnden",
         "Jämförelse delegationslista/ärendesystem", "Pågår", "", "Nämndsekreterare", "DELVIS", ""),
        ("Miljö- och byggförvaltningen", MBN, "Livsmedelskontroll",
         "Planerad livsmedelskontroll utförs enligt kontrollplan",
         "Uppföljning mot kontrollplan", "",
         "Kontrollen är genomförd: 14 av 14 planerade kontroller utförda under tertialet. Inga avvikelser.",
         "Livsmedelsinspektör", "GENOMFORD", "nej"),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
                "Kommentar", "Ansvarig", "Senast uppdaterad"])
    for org, n, proc, km, metod, st, kom, ansv, es, ea in rows:
        for per in ("T1 2025", "T2 2025", "T3 2025"):
            if per == "T1 2025":
                w.writerow([org, plan, proc, km, metod, per, st, kom, ansv, "2025-05-0%d" % (2 + len(km) % 5) if (st or kom) else ""])
            else:
                w.writerow([org, plan, proc, km, metod, per, "", "", ansv, ""])
        exp(name, n, km, es, ea)
    with open(os.path.join(OUT, name), "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())
    fil(name, [KS, TN, MBN])


# ---------------------------------------------------------------- F2
def f2():
    """Hypergene CSV, ',' quoted, UTF-8 with BOM, report header lines, colour words with legend at the bottom."""
    name = "hypergene_rapport_IK_BUF_2025-04.csv"
    rows = [
        ("BUN-01", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 10 beslut",
         "Handläggare skolskjuts", "Grön", "", "", "GENOMFORD", "nej"),
        ("BUN-02", "Elevhälsa", "Loggkontroll i elevhälsans journalsystem", "Logguttag 2 veckor",
         "Verksamhetschef elevhälsa", "Gul",
         "Loggkontrollen visade 2 åtkomster utan vårdrelation.\nBåda ärendena har utretts och åtgärdats av verksamhetschef.",
         "Information till all personal om journalåtkomst", "GENOMFORD", "ja"),
        ("BUN-03", "Ekonomi", "Hantering av kontanter och kassor i förskola och skola", "Kassainventering",
         "Förvaltningsekonom", "Orange", "4 av 9 enheter kontrollerade, resterande i maj.", "", "DELVIS", ""),
        ("BUN-04", "Personal", "Utdrag ur belastningsregistret för nyanställd personal i förskola och skola",
         "Stickprov 20 anställningar", "HR-partner", "Grön", "20 av 20 utdrag fanns, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("BUN-05", "Kränkande behandling",
         "Anmälan till huvudman om kränkande behandling görs inom fem dagar", "Statistik ur DF Respons",
         "Kvalitetsstrateg", "Röd",
         "Kontrollen har inte kunnat genomföras då statistikuttaget ur DF Respons inte fungerat, ärende hos leverantören.",
         "Genomförs T2", "EJ_GENOMFORD", ""),
        ("BUN-06", "Avgifter", "Avgifter i förskola och fritidshem – kontroll av inkomstuppgifter",
         "Stickprov 30 hushåll", "Avgiftshandläggare", "Grå", "Planerad till september.", "", "EJ_GENOMFORD", ""),
        ("BUN-07", "Lokaler", "Systematiskt brandskyddsarbete – egenkontroller genomförs", "Genomgång av protokoll",
         "Rektorer", "", "", "", "SAKNAS", ""),
        ("BUN-08", "Upphandling", "Direktupphandlingar dokumenteras enligt riktlinje", "Stickprov 10 inköp",
         "Förvaltningsekonom", "", "Se bilaga 2.", "", "OKLAR", ""),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Hypergene Styrning – Rapport: Intern kontroll, uppföljning"])
    w.writerow(["Organisation:", "Barn- och utbildningsförvaltningen"])
    w.writerow(["Plan:", "Internkontrollplan 2025"])
    w.writerow(["Period:", "Januari–april 2025"])
    w.writerow(["Utskriftsdatum:", "2025-05-07 08:14"])
    w.writerow([])
    w.writerow(["Id", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Bedömning", "Kommentar",
                "Åtgärd"])
    for r in rows:
        w.writerow(r[:8])
        exp(name, BUN, r[2], r[8], r[9])
    w.writerow([])
    w.writerow(["Teckenförklaring bedömning:"])
    w.writerow(["Grön = Kontrollen genomförd utan anmärkning"])
    w.writerow(["Gul = Kontrollen genomförd, avvikelse noterad"])
    w.writerow(["Orange = Kontrollen påbörjad men ej slutförd"])
    w.writerow(["Röd = Kontrollen ej genomförd"])
    w.writerow(["Grå = Kontrollen ej påbörjad (planerad senare period)"])
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    fil(name, [BUN])


# ---------------------------------------------------------------- F3
def f3():
    """Stratsys Excel export, system header rows, SN + VON in one sheet, one row per control and period."""
    name = "Export_Stratsys_Internkontroll_SOC_VOF.xlsx"
    rows = [
        ("Socialförvaltningen", SN, "Myndighetsutövning barn och unga", "Barn far illa p.g.a. långa utredningstider", 12,
         "Barnavårdsutredningar avslutas inom fyra månader", "Klar med avvikelse",
         "6 av 40 utredningar överskred fyra månader utan beslut om förlängning.",
         "Veckovis bevakning av utredningstider i ledningsgruppen", "Enhetschef BoU", "GENOMFORD", "ja"),
        ("Socialförvaltningen", SN, "Ekonomiskt bistånd", "Felaktiga utbetalningar", 9,
         "Utbetalning av ekonomiskt bistånd stäms av mot beslut (stickprov 25 ärenden)", "Klar",
         "Inga avvikelser.", "", "Enhetschef försörjningsstöd", "GENOMFORD", "nej"),
        ("Socialförvaltningen", SN, "Placeringar", "Placering utan giltigt avtal", 8,
         "Avtal finns för samtliga externa placeringar (HVB och familjehem)", "Pågående",
         "Genomgång av HVB-placeringar klar, familjehemsavtalen återstår.", "", "Placeringssamordnare",
         "DELVIS", ""),
        ("Socialförvaltningen", SN, "Dokumentation", "Uppgifter lämnas ut utan samtycke", 6,
         "Samtycke dokumenteras vid informationsutbyte med andra myndigheter", "",
         "Se bifogad rapport.", "", "Kvalitetsutvecklare", "OKLAR", ""),
        ("Socialförvaltningen", SN, "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 12,
         "Loggkontroll i verksamhetssystemet Treserva", "Avbruten",
         "Avbruten enligt socialnämndens beslut 2025-03-26 § 41; ersätts av förvaltningsövergripande loggkontroll.",
         "", "Systemförvaltare", "UTGAR", ""),
        ("Vård- och omsorgsförvaltningen", VON, "Hälso- och sjukvård", "Felaktig läkemedelshantering", 12,
         "Läkemedelshantering – signeringslistor i hemtjänsten", "Klar",
         "Stickprov på tre enheter, signering komplett.", "", "MAS", "GENOMFORD", "nej"),
        ("Vård- och omsorgsförvaltningen", VON, "Avgifter", "Felaktiga avgifter", 6,
         "Omsorgsavgifter debiteras enligt beslut", "Klar med avvikelse",
         "2 felaktiga avgiftsbeslut har rättats och återbetalning gjorts.", "Dubbelkontroll vid nya beslut",
         "Avgiftshandläggare", "GENOMFORD", "ja"),
        ("Vård- och omsorgsförvaltningen", VON, "Bemanning", "Felaktiga löneutbetalningar", 8,
         "Timanställdas arbetade tid stäms av mot schema i Time Care", "Ej startad", "Startar i maj.", "",
         "Enhetschef bemanning", "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsförvaltningen", VON, "Kvalitet", "Avvikelser hanteras inte", 9,
         "Avvikelser enligt SOSFS 2011:9 hanteras inom 14 dagar", "", "", "", "Kvalitetssamordnare",
         "SAKNAS", ""),
        ("Vård- och omsorgsförvaltningen", VON, "Inköp", "Inköp utanför avtal", 4,
         "Inköp av förbrukningsmaterial görs via e-handel", "Klar", "", "", "Förvaltningsekonom",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Stratsys"
    ws["A1"].font = Font(size=16, bold=True, color="1F4E79")
    ws["A2"] = "Rapport: Internkontroll – uppföljning per period"
    ws["A3"] = ("Filter: Organisation = Socialförvaltningen, Vård- och omsorgsförvaltningen; "
                "Plan = Internkontrollplan 2025; Perioder = T1 2025, T2 2025, Helår 2025")
    ws["A4"] = "Exporterad 2025-05-09 13:42 av anna.berg"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(italic=True, color="595959")
    hdr = ["Organisation", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Period", "Status", "Kommentar",
           "Åtgärd vid avvikelse", "Ansvarig"]
    ws.append([])
    ws.append(hdr)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
    for org, n, proc, risk, rv, km, st, kom, atg, ansv, es, ea in rows:
        for per in ("T1 2025", "T2 2025", "Helår 2025"):
            if per == "T1 2025":
                ws.append([org, proc, risk, rv, km, per, st, kom, atg, ansv])
            else:
                ws.append([org, proc, risk, rv, km, per, None, None, None, ansv])
        exp(name, n, km, es, ea)
    widths = [28, 26, 30, 10, 50, 12, 18, 50, 34, 24]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    for row in ws.iter_rows(min_row=7):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = f"A6:J{ws.max_row}"
    wb.save(os.path.join(OUT, name))
    fil(name, [SN, VON])


# ---------------------------------------------------------------- F4
def f4():
    """Hypergene .xls export (via LibreOffice), status codes with legend in header rows,
    periods side by side incl. previous year's Helår; totals row."""
    name = "SBF_IK_export_2025T1.xls"
    # nr, km, ansvarig, h24, t1 status, t1 komm, exp, avv
    rows = [
        (1, "Markanvisningar – beslut enligt riktlinjer för markanvisning", "Mark- och exploateringschef",
         1, 1, "Två markanvisningar under perioden, båda enligt riktlinjen.", "GENOMFORD", "nej"),
        (2, "Arrendeavtal – indexuppräkning och fakturering", "Markhandläggare", 4, 4,
         "Ett arrende har inte räknats upp sedan 2022; faktura korrigerad och efterdebiterad.", "GENOMFORD", "ja"),
        (3, "Planavgifter debiteras enligt plantaxa", "Planchef", 1, None, None, "SAKNAS", ""),
        (4, "Lantmäteriförrättningar – handläggningstid enligt servicedeklaration", "Stadsmätningschef", None, 2,
         "12 av 20 ärenden kontrollerade.", "DELVIS", ""),
        (5, "Exploateringsredovisning – aktivering av investeringsutgifter", "Controller SBF", 2, 3,
         "Ej genomförd, ny exploateringsingenjör tillträder i juni.", "EJ_GENOMFORD", ""),
        (6, "Kontroll av GIS-licenser mot faktiska användare", "GIS-samordnare", 1, 9,
         "Licenserna hanteras av IT-enheten från 2025.", "UTGAR", ""),
        (7, "Bostadsanpassningsbidrag – beslut inom åtta veckor från komplett ansökan", "BAB-handläggare", 4, 1,
         "Samtliga 17 beslut inom åtta veckor.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hypergene Styrning – Export internkontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisationsenhet: Samhällsbyggnadsförvaltningen (SBF)    Plan: Internkontrollplan 2025"
    ws["A3"] = ("Statuskod: 1 = Genomförd   2 = Delvis genomförd   3 = Ej genomförd   "
                "4 = Genomförd med avvikelse   9 = Utgår")
    ws["A3"].font = Font(italic=True)
    # two-level header row 5/6
    grp = [("A5", "Nr"), ("B5", "Kontrollmoment"), ("C5", "Ansvarig"), ("D5", "Helår 2024"),
           ("E5", "T1 2025"), ("G5", "T2 2025"), ("I5", "Helår 2025")]
    for ref, v in grp:
        ws[ref] = v
    ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:C6")
    ws.merge_cells("E5:F5"); ws.merge_cells("G5:H5"); ws.merge_cells("I5:J5")
    for col, v in zip("DEFGHIJ", ["Status", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]):
        ws[f"{col}6"] = v
    thin = Side(style="thin", color="808080")
    for r in (5, 6):
        for col in "ABCDEFGHIJ":
            c = ws[f"{col}{r}"]
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.alignment = Alignment(horizontal="center", vertical="center")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 7
    for nr, km, ansv, h24, t1, kom, es, ea in rows:
        vals = [nr, km, ansv, h24, t1, kom, None, None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(name, SBN, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=2, value="Summa genomförda kontroller T1 2025 (kod 1 och 4)")
    ws.cell(row=r + 1, column=5, value=f'=COUNTIF(E7:E{r-1},1)+COUNTIF(E7:E{r-1},4)')
    ws.cell(row=r + 1, column=2).font = Font(bold=True)
    ws.cell(row=r + 2, column=2, value="Antal kontrollmoment")
    ws.cell(row=r + 2, column=5, value=len(rows))
    for col, wdt in zip("ABCDEFGHIJ", [5, 55, 26, 11, 9, 45, 9, 30, 9, 30]):
        ws.column_dimensions[col].width = wdt
    tmp = tempfile.mkdtemp(prefix="r384_")
    src = os.path.join(tmp, name.replace(".xls", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, name), os.path.join(OUT, name))
    shutil.rmtree(tmp)
    fil(name, [SBN])


# ---------------------------------------------------------------- F5
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def f5():
    """KFN own Word template; nämnd only in the page header; process group rows merged; symbols with legend."""
    name = "Uppföljning internkontroll tertial 1 2025.docx"
    groups = [
        ("Ekonomi", [
            ("Representation och övriga förtroendekänsliga poster", "Stickprov 15 verifikat", "● !",
             "2 av 15 verifikat saknade deltagarförteckning och syfte. Berörda chefer har informerats.",
             "GENOMFORD", "ja"),
            ("Kassahantering i simhallen och på biblioteken", "Oanmäld kassainventering", "●",
             "Kassaavstämning utan differenser.", "GENOMFORD", "nej"),
        ]),
        ("Föreningsstöd och bokning", [
            ("Föreningsbidrag – kontroll av underlag (medlemsförteckning, årsmöteshandlingar)",
             "Granskning av 12 föreningar", "◐", "8 av 12 föreningar granskade, hittills utan anmärkning.",
             "DELVIS", "nej"),
            ("Lokalbokning – debitering enligt fastställd taxa", "Stickprov i bokningssystemet", "○",
             "Genomförs under T2.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Barnrättsprövning dokumenteras i ärenden som rör barn", "Genomgång av nämndärenden", "–",
             "Kontrollmomentet utgår enligt nämndens beslut 2025-02-12 § 9.", "UTGAR", ""),
            ("Registerkontroll för ledare i feriepraktik och sommarläger", "Stickprov", "", "",
             "SAKNAS", ""),
            ("Utlåning av utrustning registreras i utlåningssystemet", "Inventering av fritidsbanken", "●",
             "Kontrollerat 2025-03-28.\nAll utrustning återfanns.", "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Karin Lind"
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\tÖdeby kommun\tDnr KFN 2025/14"
    hp.runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Uppföljningen avser perioden 1 januari – 30 april 2025. Förvaltningen redovisar nedan "
                    "status för samtliga kontrollmoment i internkontrollplanen som antogs i december 2024. "
                    "Avvikelser som noterats har hanterats i linjen.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["Process/rutin", "Kontrollmoment", "Metod och omfattning", "Status", "Resultat och kommentar"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "C6E0B4")
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = g
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EDEDED")
        for km, met, st, kom, es, ea in items:
            row = t.add_row().cells
            row[0].text = g
            row[1].text = km
            row[2].text = met
            row[3].text = st
            row[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            row[4].text = kom
            exp(name, KFN, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = pågår/delvis genomförd   ○ = ej påbörjad   "
                    "– = utgår   ! = avvikelse konstaterad").runs[0].italic = True
    d.add_paragraph()
    d.add_paragraph("Ödeby 2025-05-05")
    d.add_paragraph("Karin Lind\nFörvaltningschef, kultur- och fritidsförvaltningen")
    d.save(os.path.join(OUT, name))
    fil(name, [KFN])


# ---------------------------------------------------------------- F6
def f6():
    """ÖFN own OpenDocument spreadsheet with tick columns (X)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf.text import P
    from odf.style import Style, TableColumnProperties, TextProperties
    name = "ÖFN_internkontroll_2025_april.ods"
    rows = [
        ("Granskning av årsräkningar – stickprov 10 %", "Handläggare", "X", "", "", "Ja",
         "3 årsräkningar återremitterade p.g.a. saknade verifikat.", "GENOMFORD", "ja"),
        ("Arvodesbeslut till ställföreträdare följer arvodesreglementet", "Enhetschef", "X", "", "", "Nej",
         "", "GENOMFORD", "nej"),
        ("Överförmyndarspärr finns på huvudmännens bankkonton", "Handläggare", "", "X", "", "",
         "Kontrollerat för 40 av 85 huvudmän.", "DELVIS", ""),
        ("Utdrag ur belastningsregistret för nya gode män", "Handläggare", "", "", "X", "",
         "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
        ("Handläggningstid vid byte av god man", "Enhetschef", "X", "", "X", "", "", "OKLAR", ""),
        ("Tillsynsbesök hos förvaltare", "Enhetschef", "", "", "", "", "Se bilaga 1", "OKLAR", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    widths = ["8cm", "3cm", "2.2cm", "2.2cm", "2.6cm", "2.6cm", "8cm"]
    colstyles = []
    for i, wd in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    tab = Table(name="Uppföljning")
    for cs in colstyles:
        tab.addElement(TableColumn(stylename=cs))

    def addrow(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tc = TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        tab.addElement(tr)

    addrow(["Överförmyndarnämnden i Ödeby – intern kontroll 2025"], bold)
    addrow(["Uppföljning per 30 april (tertial 1)"])
    addrow(["Markera med X i den kolumn som stämmer. Ange i kolumn Avvikelse om fel har upptäckts."])
    addrow([])
    addrow(["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (ja/nej)",
            "Kommentar"], bold)
    for km, ansv, g, dl, ej, av, kom, es, ea in rows:
        addrow([km, ansv, g, dl, ej, av, kom])
        exp(name, OFN, km, es, ea)
    addrow([])
    addrow(["Upprättad av: Lena Holm, enhetschef överförmyndarenheten, 2025-05-06"])
    doc.spreadsheet.addElement(tab)
    doc.save(os.path.join(OUT, name))
    fil(name, [OFN])


# ---------------------------------------------------------------- F7
def f7():
    """Ödeby Energi AB: 'Unicode text' (UTF-16LE, tab) export from the bolag's ledningssystem,
    includes history rows for 2024 T3; codes J/N/P/U explained in a last line."""
    name = "OEAB_kontrollplan_export.txt"
    hist = [
        ("2024 T3", "E-01", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "J", "N", "", "Ekonomichef", "2025-01-20"),
        ("2024 T3", "E-02", "Avläsning och debitering av fjärrvärmemätare", "J", "J", "4 mätare felaktigt avlästa, rättade i januari.", "Kundtjänstchef", "2025-01-22"),
        ("2024 T3", "E-04", "Behörighet till styrsystemet SCADA (drift)", "J", "N", "", "Driftchef", "2025-01-15"),
        ("2024 T3", "E-06", "Miljörapport – utsläppsvärden rapporterade till tillsynsmyndigheten", "J", "N", "", "Miljösamordnare", "2025-01-30"),
    ]
    cur = [
        ("2025 T1", "E-01", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "J", "N",
         "Stickprov 40 fakturor utan anmärkning.", "Ekonomichef", "2025-04-28", "GENOMFORD", "nej"),
        ("2025 T1", "E-02", "Avläsning och debitering av fjärrvärmemätare", "P", "",
         "Avläsning för mars pågår.", "Kundtjänstchef", "2025-04-29", "DELVIS", ""),
        ("2025 T1", "E-03", "Kundfordringar äldre än 90 dagar – påminnelse och inkasso", "J", "J",
         "12 fordringar saknade påminnelse; överlämnade till inkasso 2025-04-10.", "Ekonomichef", "2025-04-28",
         "GENOMFORD", "ja"),
        ("2025 T1", "E-04", "Behörighet till styrsystemet SCADA (drift)", "N", "",
         "Leverantören har ännu inte levererat behörighetslista.", "Driftchef", "2025-04-30",
         "EJ_GENOMFORD", ""),
        ("2025 T1", "E-05", "Leverantörskontroll – F-skatt och skulder hos Kronofogden", "U", "",
         "Ersätts av automatisk kontroll i inköpssystemet.", "Inköpare", "2025-04-30", "UTGAR", ""),
        ("2025 T1", "E-06", "Miljörapport – utsläppsvärden rapporterade till tillsynsmyndigheten", "", "",
         "", "Miljösamordnare", "", "SAKNAS", ""),
    ]
    lines = ["Period\tBolag\tKontroll-ID\tKontrollmoment\tUtförd (J/N/P/U)\tAvvikelse (J/N)\tKommentar\tKontrollant\tDatum"]
    for p, i, km, u, a, k, ans, dt in hist:
        lines.append("\t".join([p, "Ödeby Energi AB", i, km, u, a, k, ans, dt]))
    for p, i, km, u, a, k, ans, dt, es, ea in cur:
        lines.append("\t".join([p, "Ödeby Energi AB", i, km, u, a, k, ans, dt]))
        exp(name, ENERGI, km, es, ea)
    lines.append("")
    lines.append("Förklaring: J = utförd, N = ej utförd, P = påbörjad, U = utgår. Avvikelse J = fel har konstaterats.")
    with open(os.path.join(OUT, name), "w", encoding="utf-16", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    fil(name, [ENERGI])


# ---------------------------------------------------------------- Reject
def reject():
    """A Stratsys budget follow-up export (driftredovisning T1) - not an internal-control follow-up."""
    name = "Stratsys_export_Driftredovisning_T1_2025.csv"
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Organisation", "Verksamhet", "Period", "Budget 2025 (tkr)", "Utfall T1 (tkr)",
                "Prognos helår (tkr)", "Avvikelse mot budget (tkr)", "Kommentar"])
    data = [
        ("Kommunledningsförvaltningen", "Central administration", 98400, 31250, 97900,
         "Vakanser inom HR ger överskott."),
        ("Tekniska förvaltningen", "Gata/park", 41200, 18900, 43600, "Hög kostnad för vinterväghållning."),
        ("Tekniska förvaltningen", "Fastighet", 12300, 3800, 12300, ""),
        ("Miljö- och byggförvaltningen", "Bygglov", -1500, -900, -2100, "Fler bygglovsintäkter än budgeterat."),
        ("Barn- och utbildningsförvaltningen", "Grundskola", 412000, 139800, 418500,
         "Ökade kostnader för tilläggsbelopp."),
        ("Socialförvaltningen", "Institutionsvård barn och unga", 38000, 16200, 46500,
         "Fler externa placeringar, åtgärdsplan tas fram."),
        ("Vård- och omsorgsförvaltningen", "Hemtjänst", 164000, 55100, 166200, ""),
    ]
    for org, vht, b, u, p, k in data:
        w.writerow([org, vht, "T1 2025", b, u, p, b - p, k])
    with open(os.path.join(OUT, name), "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())
    FILES.append((name, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected rows")
