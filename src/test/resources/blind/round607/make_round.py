#!/usr/bin/python3
"""Blind round r607 - Jönköpings kommun, tertial 2 2025 (governance-system heavy inbox)."""
import csv, io, os, zipfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.style import Style, TableColumnProperties, TextProperties

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []     # (fil, utfall, nämnd, år, period)
EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)


def normalize_zip(path_or_bytes):
    """Rewrite a zip package with fixed timestamps and fixed document dates (determinism)."""
    import re
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else open(path_or_bytes, "rb")
    zin = zipfile.ZipFile(src)
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w")
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename in ("docProps/core.xml", "meta.xml"):
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-09-10T08:00:00Z", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 8, 0, 0))
        zi.compress_type = info.compress_type
        zi.external_attr = info.external_attr
        zout.writestr(zi, data)
    zout.close()
    zin.close()
    if isinstance(path_or_bytes, bytes):
        return out.getvalue()
    with open(path_or_bytes, "wb") as f:
        f.write(out.getvalue())


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- register
REGISTER = [
    ("Kommunstyrelsen", "KS|Stadskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Utbildningsförvaltningen"),
    ("Socialnämnden", "SOCN|SN|Socialförvaltningen"),
    ("Äldrenämnden", "ÄN|ÄLN|Äldreförvaltningen"),
    ("Kulturnämnden", "KN|KUN|Kulturförvaltningen"),
    ("Fritidsnämnden", "FRN|Fritid Jönköping|Fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska kontoret"),
    ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
    ("Bostads AB Vätterhem", "Vätterhem|Vätterhem AB"),
    ("Samordningsförbundet Jönköpings län", "Samordningsförbundet|FINSAM Jönköping"),
]

# ====================================================================== 1
# Stratsys xlsx: one sheet per nämnd (sheet names = abbreviations)
F1 = "Stratsys_Rapport_Internkontroll_T2_2025.xlsx"
FILL = {
    "Grön": PatternFill("solid", fgColor="92D050"),
    "Gul": PatternFill("solid", fgColor="FFEB3B"),
    "Röd": PatternFill("solid", fgColor="FF5B5B"),
    "Ej bedömd": PatternFill("solid", fgColor="D9D9D9"),
}
# rows: ("P", process) or (risk, kontrollmoment, metod, ansvarig, status, kommentar, exp_status, exp_avv)
STRATSYS = {
    "KS": ("Kommunstyrelsen", "Enhet: Kommunstyrelsen", [
        ("P", "Process: Ekonomi och redovisning"),
        ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Redovisningschef", "Grön",
         "Stickprov på 30 fakturor maj–juni. Samtliga attesterade av behörig attestant.", "GENOMFORD", "nej"),
        ("Förtroendeskada", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Genomgång av 20 verifikationer", "Controller", "Grön",
         "Genomförd. 4 av 20 granskade representationsfakturor saknade deltagarförteckning. "
         "Återkoppling har skett till berörda chefer.", "GENOMFORD", "ja"),
        ("Fel i bokslut", "Avstämning av balanskonton inför tertialbokslut",
         "Avstämning mot underlag", "Redovisningsekonom", "Gul",
         "Avstämning klar för 12 av 15 konton, resterande stäms av i september. Inga differenser i de avstämda kontona.",
         "DELVIS", "nej"),
        ("P", "Process: Inköp och upphandling"),
        ("Köp utanför avtal", "Köp utanför avtal – uppföljning av avtalstrohet",
         "Analys av leverantörsreskontra", "Upphandlingschef", "Röd",
         "Ej genomförd under perioden på grund av byte av e-handelssystem. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Otillåten direktupphandling", "Direktupphandlingar över 100 tkr är dokumenterade",
         "Kontroll mot diarium", "Upphandlingschef", "Grön",
         "Samtliga 9 direktupphandlingar dokumenterade i diariet. Inga avvikelser.", "GENOMFORD", "nej"),
        ("P", "Process: Personal"),
        ("Obehörig åtkomst", "Behörigheter i lönesystemet tas bort när anställning upphör",
         "Jämförelse avslutade anställningar/behörighetslista", "HR-chef", "Ej bedömd", "", "SAKNAS", ""),
        ("Jäv och förtroendeskada", "Rutin för hantering av bisysslor följs",
         "Enkät till chefer", "HR-chef", "Ej bedömd",
         "Kontrollen har utgått enligt beslut KS 2025-04-02 § 87.", "UTGAR", ""),
        ("P", "Process: Informationssäkerhet"),
        ("Brott mot GDPR", "Registerförteckning enligt GDPR är uppdaterad",
         "Genomgång av förteckning", "Dataskyddssamordnare", "Gul",
         "Förteckningen uppdaterad för stadskontorets avdelningar utom Kommunikation.", "DELVIS", "nej"),
    ]),
    "TN": ("Tekniska nämnden", "Enhet: Tekniska nämnden", [
        ("P", "Process: Fordon och drivmedel"),
        ("Oegentligheter", "Drivmedelskort används enligt riktlinje",
         "Kontroll av 40 transaktioner", "Fordonssamordnare", "Grön",
         "Kontroll av 40 transaktioner. 2 tankningar utanför arbetstid utan förklaring – utreds vidare.",
         "GENOMFORD", "ja"),
        ("Privat användning av fordon", "Körjournaler förs för samtliga tjänstefordon",
         "Stickprov per avdelning", "Fordonssamordnare", "Gul",
         "Körjournaler granskade för gatuavdelningen. Park och natur återstår.", "DELVIS", "nej"),
        ("P", "Process: Investeringar"),
        ("Budgetöverskridande", "Investeringsprojekt över 5 mnkr har beslutad projektbudget",
         "Genomgång av projektportfölj", "Ekonomichef", "Grön",
         "Samtliga 14 projekt har beslutad budget.", "GENOMFORD", "nej"),
        ("Felaktig aktivering", "Slutredovisning av avslutade investeringsprojekt inom 6 månader",
         "Kontroll mot anläggningsregister", "Ekonomichef", "Röd", "", "EJ_GENOMFORD", ""),
        ("P", "Process: Avtal och entreprenader"),
        ("Felaktig fakturering", "Entreprenörers fakturering stäms av mot avtal (à-priser)",
         "Stickprov 15 fakturor", "Avtalsansvarig", "Grön",
         "Genomförd med anmärkning: felaktiga à-priser på 3 fakturor från vinterväghållningen, kreditering begärd.",
         "GENOMFORD", "ja"),
        ("Uteblivet vite", "Vite vid försenade entreprenader tas ut enligt avtal",
         "Genomgång av slutbesiktningar", "Projektledare", "Ej bedömd",
         "Ingen entreprenad har försenats under perioden – ej aktuellt T2.", "UTGAR", ""),
    ]),
    "SBN": ("Stadsbyggnadsnämnden", None, [
        ("P", "Process: Bygglov"),
        ("Överskriden handläggningstid", "Handläggningstid för bygglov följer PBL (10 veckor)",
         "Stickprov 25 ärenden", "Bygglovschef", "Grön",
         "Stickprov 25 ärenden: 21 inom tid, 4 överskred tidsfristen. Avgiftsreduktion har tillämpats.",
         "GENOMFORD", "ja"),
        ("Felaktig debitering", "Avgifter för bygglov debiteras enligt taxa",
         "Stickprov 20 ärenden", "Administrativ chef", "Gul",
         "Kontroll påbörjad, 10 av planerade 20 ärenden granskade. Inga fel hittills.", "DELVIS", "nej"),
        ("P", "Process: Lantmäteri"),
        ("Felaktig debitering", "Förrättningar debiteras korrekt",
         "Stickprov 10 förrättningar", "Lantmäterichef", "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("P", "Process: Registratur och delegation"),
        ("Bristande offentlighet", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov i diariet", "Registrator", "Röd",
         "Ej genomförd – resursbrist i registraturen. Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Beslut utan mandat", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslistor/protokoll", "Nämndsekreterare", "Grön",
         "Genomförd. Alla delegationsbeslut januari–juni är anmälda.", "GENOMFORD", "nej"),
    ]),
}


def build_stratsys():
    wb = Workbook()
    wb.remove(wb.active)
    hdr = ["Process/Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for abbr, (namnd, enhet, rows) in STRATSYS.items():
        ws = wb.create_sheet(abbr)
        ws["A1"] = "Rapport: Uppföljning internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Period: Tertial 2 (januari–augusti) 2025"
        r = 3
        if enhet:
            ws.cell(r, 1, enhet)
            r += 1
        ws.cell(r, 1, "Utskriven 2025-09-12 från Stratsys")
        ws.cell(r, 1).font = Font(italic=True, size=8)
        r += 2
        for c, h in enumerate(hdr, 1):
            ws.cell(r, c, h).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="BDD7EE")
        r += 1
        n = 0
        for row in rows:
            if row[0] == "P":
                ws.cell(r, 1, row[1]).font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            else:
                risk, km, metod, ans, st, kom, es, ea = row
                vals = [risk, km, metod, ans, st, kom]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v if v != "" else None)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(r, 5).fill = FILL[st]
                exp(F1, namnd, km, es, ea)
                n += 1
            r += 1
        r += 1
        ws.cell(r, 1, f"Antal kontrollmoment: {n}").font = Font(italic=True)
        for col, w in zip("ABCDEF", (28, 45, 30, 20, 12, 60)):
            ws.column_dimensions[col].width = w
        ws.oddHeader.center.text = "Stratsys – " + abbr
        FILES.append((F1, "INLAST", namnd, "2025", "T2"))
    ws = wb.create_sheet("Teckenförklaring")
    ws["A1"] = "Teckenförklaring status"
    ws["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Grön", "Kontrollen är genomförd"),
                                ("Gul", "Kontrollen pågår / är delvis genomförd"),
                                ("Röd", "Kontrollen är inte genomförd"),
                                ("Ej bedömd", "Ingen bedömning gjord för perioden")], 3):
        ws.cell(i, 1, k).fill = FILL[k]
        ws.cell(i, 2, v)
    ws["A8"] = "Avvikelser som upptäckts vid kontrollen anges i kommentarsfältet."
    wb.save(F1)


# ====================================================================== 2
# Hypergene CSV (Windows-1252), one row per control and tertial, four nämnder
F2 = "Hypergene_export_kontrollaktiviteter_2025.csv"
# (org, kontrollaktivitet, (T1 status, T1 komm), (T2 status, T2 komm), exp_status, exp_avv)
HYP = [
    ("Socialnämnden", "Beslut om bistånd fattas enligt delegationsordningen",
     ("Genomförd", "Stickprov 20 beslut, inga avvikelser."),
     ("Genomförd", "Stickprov 20 beslut; 1 beslut fattat av fel delegat. Åtgärdat och återkopplat."), "GENOMFORD", "ja"),
    ("Socialnämnden", "Utbetalning av ekonomiskt bistånd stäms av mot beslut",
     ("Pågår", ""), ("Genomförd", "Samtliga utbetalningar i stickprovet överensstämmer med beslut."), "GENOMFORD", "nej"),
    ("Socialnämnden", "Uppföljning av placeringar på HVB enligt avtal",
     ("Ej påbörjad", "Planerad till T2"), ("Pågår", "7 av 12 placeringar följda."), "DELVIS", "nej"),
    ("Socialnämnden", "Anmälan enligt lex Sarah sker inom tidsfrist",
     ("Genomförd", "Två anmälningar under perioden, båda inom tid."), ("", ""), "GENOMFORD", "nej"),
    ("Socialnämnden", "Orosanmälningar förhandsbedöms inom 14 dagar",
     ("Ej genomförd", ""), ("Ej genomförd", "Skjuts upp till 2026 p.g.a. byte av verksamhetssystem."),
     "EJ_GENOMFORD", ""),
    ("Äldrenämnden", "Läkemedelshantering – signeringslistor är kompletta",
     ("Pågår", ""), ("Genomförd med avvikelse",
                     "Brister i signering på 2 av 9 enheter.\nHandlingsplan upprättad med enhetscheferna."),
     "GENOMFORD", "ja"),
    ("Äldrenämnden", "Hantering av brukarnas privata medel",
     ("Genomförd", "Inga avvikelser."), ("Genomförd", "Inga avvikelser."), "GENOMFORD", "nej"),
    ("Äldrenämnden", "Timanställdas arbetstid registreras korrekt i Time Care",
     ("Utgår", "Ersätts av central kontroll i kommunstyrelsens plan."), ("Utgår", ""), "UTGAR", ""),
    ("Äldrenämnden", "Avgiftsbeslut för hemtjänst följer taxa",
     ("Ej påbörjad", ""), ("", "Se bifogad rapport."), "OKLAR", ""),
    ("Barn- och utbildningsnämnden", "Skolskjuts – beslut följer riktlinjer",
     ("Genomförd", ""), ("Genomförd", ""), "GENOMFORD", "nej"),
    ("Barn- och utbildningsnämnden", "Inventarieförteckning i förskolor och skolor är uppdaterad",
     ("Pågår", "Hälften av enheterna klara."), ("Pågår", "32 av 48 enheter klara."), "DELVIS", "nej"),
    ("Barn- och utbildningsnämnden", "Kränkande behandling anmäls till huvudman inom rutinens tidsgräns",
     ("Ej påbörjad", ""), ("Genomförd", "12 av 60 anmälningar inkom senare än 5 arbetsdagar. Påminnelse till rektorer."),
     "GENOMFORD", "ja"),
    ("Barn- och utbildningsnämnden", "Elevregistrering i skoladministrativt system stäms av mot folkbokföring",
     ("", ""), ("", ""), "SAKNAS", ""),
    ("Miljö- och hälsoskyddsnämnden", "Tillsynsavgifter debiteras enligt fastställd taxa",
     ("Genomförd", ""), ("Genomförd", "Inga avvikelser"), "GENOMFORD", "nej"),
    ("Miljö- och hälsoskyddsnämnden", "Tillsynsplanen följs – planerade inspektioner genomförs",
     ("Pågår", "38 %"), ("Pågår", "61 % av planerade inspektioner genomförda"), "DELVIS", "nej"),
    ("Miljö- och hälsoskyddsnämnden", "Handläggare dokumenterar jävsprövning i ärendet",
     ("Ej påbörjad", ""), ("Avbruten", "Avbruten enligt nämndbeslut 2025-06-17 § 54."), "UTGAR", ""),
]


def build_hypergene():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Kontrollaktivitet", "Period", "Status", "Kommentar"])
    orgs = []
    for h in HYP:
        if h[0] not in orgs:
            orgs.append(h[0])
    for org in orgs:
        for pi, per in ((2, "T1 2025"), (3, "T2 2025")):
            for h in HYP:
                if h[0] == org:
                    st, kom = h[pi]
                    w.writerow([org, h[1], per, st, kom])
    for h in HYP:
        exp(F2, h[0], h[1], h[4], h[5])
    for org in orgs:
        FILES.append((F2, "INLAST", org, "2025", "T2"))
    with open(F2, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# ====================================================================== 3
# Bolag's own xlsx: Status T1 / T2 / T3 columns
F3 = "Vätterhem IK-uppföljning 2025.xlsx"
VH = [
    (1, "Hyresdebitering", "Hyresavier stämmer mot hyresavtal vid nyuthyrning", "Kundservicechef", "Tertialvis",
     "Klar", "Klar", "Stickprov 15 avtal, inga fel.", "GENOMFORD", "nej"),
    (2, "Hyresdebitering", "Avskrivning av hyresfordringar beslutas enligt attestordning", "Ekonomichef",
     "En gång/år (T1)", "Klar", "", "", "GENOMFORD", "nej"),
    (3, "Inköp", "Ramavtal används vid beställning av underhållsarbeten", "Inköpsansvarig", "Tertialvis",
     "Pågår", "Klar med avvikelse", "3 beställningar hos målerifirma utan avtal. Information till förvaltare.",
     "GENOMFORD", "ja"),
    (4, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertialvis",
     "Klar", "Klar", "", "GENOMFORD", "nej"),
    (5, "Fastighetsförvaltning", "Besiktningsprotokoll upprättas vid avflyttning", "Förvaltningschef", "Halvår",
     "Ej startad", "Pågår", "Rutin införd i juni, kontroll av 10 avflyttningar pågår.", "DELVIS", "nej"),
    (6, "IT", "Behörigheter i fastighetssystemet ses över", "IT-ansvarig", "Årlig",
     "Ej startad", "Ej startad", "Förskjuts till T3.", "EJ_GENOMFORD", ""),
    (7, "Ekonomi", "Kontroll av förtroendekänsliga poster", "VD-assistent", "Tertialvis",
     "Klar", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
    (8, "Miljö och energi", "Energideklarationer är aktuella", "Energiingenjör", "Årlig",
     "Ej aktuell", "Ej aktuell", "Utgår 2025, samtliga deklarationer förnyades 2024.", "UTGAR", ""),
]
VHFILL = {"Klar": "C6EFCE", "Klar med avvikelse": "FFEB9C", "Pågår": "FFEB9C", "Ej startad": "FFC7CE",
          "Ej aktuell": "D9D9D9"}


def build_vatterhem():
    wb = Workbook()
    ws = wb.active
    ws.title = "Intern kontroll 2025"
    ws["A1"] = "Bostads AB Vätterhem"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A3"] = "Rapporteras till styrelsen 2025-09-25. Uppföljning per tertial 2."
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Frekvens", "Status T1", "Status T2", "Status T3",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(5, c).fill = PatternFill("solid", fgColor="1F4E78")
    r = 6
    for (nr, omr, km, ans, frek, t1, t2, kom, es, ea) in VH:
        vals = [nr, omr, km, ans, frek, t1 or None, t2 or None, None, kom or None]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        for c, v in ((6, t1), (7, t2)):
            if v:
                ws.cell(r, c).fill = PatternFill("solid", fgColor=VHFILL[v])
        exp(F3, "Bostads AB Vätterhem", km, es, ea)
        r += 1
    r += 1
    ws.cell(r, 1, "Statusvärden: Klar / Klar med avvikelse / Pågår / Ej startad / Ej aktuell")
    ws.cell(r + 2, 1, "Upprättad av: Ekonomiavdelningen, Vätterhem")
    for col, wdt in zip("ABCDEFGHI", (5, 20, 48, 18, 16, 14, 18, 12, 55)):
        ws.column_dimensions[col].width = wdt
    wb.save(F3)
    FILES.append((F3, "INLAST", "Bostads AB Vätterhem", "2025", "T2"))


# ====================================================================== 4
# Word report from the förbund: prose, a risk table (no controls) and the control table
F4 = "Samordningsförbundet_uppföljning_IK_tertial2_2025.docx"
SF = [
    ("Utbetalningar till insatser sker enligt beslut i förbundsstyrelsen", "Stickprov 10 utbetalningar",
     "Samtliga kontrollerade utbetalningar var korrekta.", "Genomförd", "GENOMFORD", "nej"),
    ("Medlemsavgifter har fakturerats och betalats av samtliga medlemmar", "Avstämning mot kundreskontra",
     "En medlem hade inte betalat avgiften för kvartal 2. Påminnelse skickad 2025-08-20.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("Insatsernas slutrapporter har inkommit inom avtalad tid", "Genomgång av insatsregistret",
     "Tre av fem slutrapporter har inkommit, två återstår.", "Delvis genomförd", "DELVIS", "nej"),
    ("Protokoll justeras och publiceras inom 14 dagar", "Jämförelse sammanträdesdatum/publiceringsdatum",
     "", "Ej genomförd", "EJ_GENOMFORD", ""),
    ("Arkivering sker enligt dokumenthanteringsplanen", "Genomgång av arkivet",
     "Kontrollen stryks ur planen och ersätts av länsgemensam granskning (beslut FS 2025-05-09 § 22).",
     "Utgår", "UTGAR", ""),
    ("Attest av leverantörsfakturor enligt attestordningen", "Genomgång av samtliga fakturor över 20 000 kr",
     "Fakturor januari–april: inga avvikelser.\nFakturor maj–augusti: granskning pågår.", "Pågår", "DELVIS", "nej"),
]


def build_forbund():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("Samordningsförbundet Jönköpings län").runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll – tertialrapport 2 2025", level=1)
    d.add_paragraph("Dnr SFJ 2025/14")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Förbundsstyrelsen fastställde internkontrollplanen för 2025 den 14 februari 2025. Planen bygger på "
        "en risk- och väsentlighetsanalys som genomfördes av kansliet i december 2024. Nedan redovisas "
        "utfallet av kontrollerna per den 31 augusti 2025. Rapporten lämnas till medlemmarna för kännedom.")
    d.add_heading("Risk- och väsentlighetsanalys", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde"]):
        t.rows[0].cells[c].text = h
    for risk, s, k in [("Felaktiga utbetalningar till insatser", 2, 4), ("Utebliven medlemsavgift", 2, 3),
                       ("Bristande dokumentation och arkivering", 3, 2)]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = risk, str(s), str(k), str(s * k)
    d.add_paragraph("")
    d.add_heading("Resultat av kontrollerna", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Så här har kontrollen gjorts", "Resultat/iakttagelser", "Status"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for km, metod, res, st, es, ea in SF:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = metod
        lines = res.split("\n")
        cells[2].text = lines[0]
        for ln in lines[1:]:
            cells[2].add_paragraph(ln)
        cells[3].text = st
        exp(F4, "Samordningsförbundet Jönköpings län", km, es, ea)
    d.add_paragraph("")
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Kansliet bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelsen gällande "
        "medlemsavgifter följs upp i helårsrapporten.")
    d.add_paragraph("Jönköping den 18 september 2025")
    d.add_paragraph("Karin Ljung\nFörbundschef")
    d.save(F4)
    FILES.append((F4, "INLAST", "Samordningsförbundet Jönköpings län", "2025", "T2"))


# ====================================================================== 5
# Kulturnämnden .ods with emoji statuses, T1 and T2 columns
F5 = "KN_internkontroll_T2_2025.ods"
KN = [
    ("Bibliotek", "Kassahantering vid bibliotekens disk stäms av dagligen", "Biblioteksansvarig",
     "✅", "✅", "Inga differenser.", "GENOMFORD", "nej"),
    ("Bibliotek", "Medieinköp görs från upphandlad leverantör", "Biblioteksansvarig",
     "🟡", "✅", "1 inköp utanför avtal (antikvariat), dokumenterat och kommunicerat.", "GENOMFORD", "ja"),
    ("Evenemang", "Avtal med externa arrangörer är undertecknade innan evenemang", "Evenemangschef",
     "✅", "🟡", "Vårens evenemang genomgångna, höstens pågår.", "DELVIS", "nej"),
    ("Bidrag", "Kulturbidrag beslutas enligt delegationsordning och riktlinjer", "Bidragshandläggare",
     "✅", "✅ ❌", "", "OKLAR", ""),
    ("Bidrag", "Återrapportering av beviljade kulturbidrag följs upp", "Bidragshandläggare",
     "❌", "", "Se bilaga 2", "OKLAR", ""),
    ("Konst", "Inventering av konstsamlingen (stickprov 50 verk)", "Konstintendent",
     "", "❌", "Skjuts till 2026 p.g.a. flytt av konstmagasinet.", "EJ_GENOMFORD", ""),
    ("Konst", "Depositioner av konst i kommunens lokaler är registrerade", "Konstintendent",
     "⛔", "⛔", "Utgår efter beslut KN 2025-03-20 § 31.", "UTGAR", ""),
    ("Administration", "Arvoden till föreläsare betalas ut via lön med korrekt skatteavdrag", "Administratör",
     "✅", "", "", "GENOMFORD", "nej"),
]


def build_kn():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    widths = ["3cm", "9cm", "4cm", "1.6cm", "1.6cm", "9cm"]
    cstyles = []
    for i, w in enumerate(widths):
        s = Style(name=f"co{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        cstyles.append(s)
    tbl = Table(name="Uppföljning")
    for s in cstyles:
        tbl.addElement(TableColumn(stylename=s))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for part in str(v).split("\n"):
                    tc.addElement(P(text=part))
                tr.addElement(tc)
        tbl.addElement(tr)

    row(["Kulturnämnden – uppföljning internkontrollplan 2025"], bold)
    row(["Uppföljning tertial 2 (jan–aug)"])
    row([])
    row(["Teckenförklaring:", "✅ Genomförd   🟡 Pågår/delvis genomförd   ❌ Ej genomförd   ⛔ Utgår"])
    row([])
    row(["Område", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "Kommentar"], bold)
    for omr, km, ans, t1, t2, kom, es, ea in KN:
        row([omr, km, ans, t1, t2, kom])
        exp(F5, "Kulturnämnden", km, es, ea)
    row([])
    row(["Kulturförvaltningen 2025-09-08"])
    doc.spreadsheet.addElement(tbl)
    doc.save(F5)
    FILES.append((F5, "INLAST", "Kulturnämnden", "2025", "T2"))


# ====================================================================== 6
# UTF-16 tab export (Arbetsmarknadsförvaltningen), numeric status codes with legend at the end
F6 = "AMN_export_20250910.txt"
AMN = [
    ("Anställningsstöd betalas ut enligt beslut från Arbetsförmedlingen", "Stickprov 20 ärenden", "Enhetschef ekonomi",
     "3", "20 ärenden granskade, inga avvikelser.", "GENOMFORD", "nej"),
    ("Deltagarersättning i kommunala arbetsmarknadsinsatser stäms av mot närvaro", "Stickprov 25 utbetalningar",
     "Controller", "3", "Avvikelse: 3 av 25 utbetalningar avsåg dagar med frånvaro. Återkrav initierat.",
     "GENOMFORD", "ja"),
    ("Samverkansavtal med externa utförare följs upp", "Uppföljningsmöte per utförare", "Verksamhetsutvecklare",
     "2", "Två av fyra utförare uppföljda.", "DELVIS", "nej"),
    ("Loggkontroll i verksamhetssystemet", "Stickprov på loggar", "Systemförvaltare",
     "1", "Ny rutin för loggkontroll tas fram, kontrollen har inte påbörjats.", "EJ_GENOMFORD", ""),
    ("Handläggning av ansökan om arbetsmarknadsanställning sker inom 10 arbetsdagar", "Stickprov 15 ärenden",
     "Enhetschef", "4", "Ansvaret flyttat till annan enhet från 1 maj.", "UTGAR", ""),
    ("Praktikplatser har tecknat överenskommelse innan praktik påbörjas", "Stickprov 10 praktikanter",
     "Arbetskonsulent", "", "", "SAKNAS", ""),
]


def build_amn():
    lines = ["Rapport: Internkontroll – uppföljning kontrollmoment",
             "Urval: Arbetsmarknadsförvaltningen, 2025",
             "",
             "\t".join(["Organisationsenhet", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Uppföljningsperiod",
                        "Status", "Kommentar"])]
    for km, metod, ans, st, kom, es, ea in AMN:
        lines.append("\t".join(["Arbetsmarknadsförvaltningen", km, metod, ans, "2025-T2", st, kom]))
        exp(F6, "Arbetsmarknadsnämnden", km, es, ea)
    lines += ["", "Statuskoder: 1 = Ej påbörjad; 2 = Pågående; 3 = Genomförd; 4 = Utgår",
              "Exporterad 2025-09-10 08:42"]
    with open(F6, "w", encoding="utf-16", newline="") as f:   # utf-16 writes a BOM (LE)
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((F6, "INLAST", "Arbetsmarknadsnämnden", "2025", "T2"))


# ====================================================================== 7
# Truncated docx (Fritidsnämnden) -> AVVISAD
F7 = "Fritidsnämnden uppföljning internkontroll T2 2025.docx"


def build_truncated():
    d = docx.Document()
    d.add_heading("Fritidsnämnden – uppföljning internkontrollplan, tertial 2 2025", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[c].text = h
    for km, st in [("Bokningsavgifter för idrottshallar debiteras enligt taxa", "Genomförd"),
                   ("Föreningsbidrag betalas ut enligt beslut", "Pågår"),
                   ("Kassahantering i simhallarna stäms av", "Genomförd")]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = km, st, ""
    tmp = io.BytesIO()
    d.save(tmp)
    data = normalize_zip(tmp.getvalue())
    with open(F7, "wb") as f:
        f.write(data[: int(len(data) * 0.55)])
    FILES.append((F7, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_stratsys()
    build_hypergene()
    build_vatterhem()
    build_forbund()
    build_kn()
    build_amn()
    build_truncated()
    write_csvs()
    for f in (F1, F3, F4, F5):
        normalize_zip(f)
    names = {n for n, _ in REGISTER}
    assert all(r[2] in names for r in FILES if r[1] == "INLAST")
    assert all(e[1] in names for e in EXPECTED)
    inl = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    assert all((e[0], e[1]) in inl for e in EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
