#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 168 – Vikhammars kommun, helår 2025: exports and lists from systems.

Builds every file of the round into ./files plus namnder.csv, files.csv, expected.csv.
Deterministic: fixed dates, no randomness.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # follow-up files live directly in the round folder, next to the CSVs

OWN_FILES = [
    "IK-lista 2025 export.xlsx",
    "Rapport_Internkontrollplan_20260114.xlsx",
    "Stratsys_export_Internkontroll_2025.csv",
    "data.csv",
    "Uppföljning gemensamma kontrollmoment bolagen 2025(1-3).xlsx",
    "IK uppföljning helår 2025 MBN.xlsx",
    "Internkontroll ÖFN.csv",
    "Fakturalista_stickprov_T3_KS.csv",
    "namnder.csv", "files.csv", "expected.csv",
]
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_times(wb):
    """Make the workbook metadata deterministic."""
    t = dt.datetime(2026, 1, 15, 8, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "Vikhammars kommun"
    wb.properties.lastModifiedBy = "Vikhammars kommun"


def save_wb(wb, path):
    fix_times(wb)
    wb.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite the zip with fixed entry timestamps and a fixed core.xml date (deterministic bytes)."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2026-01-15T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. SharePoint list exported to Excel – Kommunstyrelsen
# ---------------------------------------------------------------------------
def f_sharepoint():
    fil = "IK-lista 2025 export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "query"
    head = ["ID", "Rubrik", "Nämnd", "Process", "Kontrollmetod", "Ansvarig", "Period",
            "Status (val)", "Resultat / kommentar", "Avvikelse", "Modifierad", "Skapad av",
            "Objekttyp", "Sökväg"]
    ws.append(head)
    path = "sites/Ekonomiavdelningen/Lists/Internkontroll"
    D = dt.datetime
    # (ID, Rubrik, Process, Metod, Ansvarig, Period, Status, Kommentar, Avvikelse, Modifierad, Skapad av, expected)
    rows = [
        (14, "Kontroll av leasingavtal för fordon", "Ekonomi", "Genomgång av samtliga leasingavtal mot fordonsregister",
         "Controller", "Helår 2024", "Genomförd", "Samtliga avtal återfanns i registret.", "Nej",
         D(2025, 1, 20, 10, 14), "Anna Berglund", None),
        (15, "Uppföljning av kommunens borgensåtaganden", "Finans", "Avstämning borgensförteckning mot bolagens årsredovisningar",
         "Finanschef", "Helår 2024", "Genomförd", "Ingen avvikelse.", "Nej",
         D(2025, 1, 22, 13, 2), "Anna Berglund", None),
        (31, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomi",
         "Stickprov 25 fakturor per tertial", "Redovisningsansvarig", "Helår 2025", "Genomförd",
         "Stickprov om 25 fakturor okt–nov. Samtliga korrekt attesterade av behörig attestant.", "Nej",
         D(2025, 12, 9, 14, 31), "Anna Berglund", ("GENOMFORD", "nej")),
        (32, "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Styrning och ledning",
         "Jämförelse beslutsloggar mot anmälningslistor", "Kommunsekreterare", "Helår 2025",
         "Genomförd med avvikelse",
         "3 av 40 granskade beslut (personalbeslut) var inte anmälda i tid. Rutinen har förtydligats för HR-avdelningen.",
         "Ja", D(2026, 1, 8, 9, 5), "Johan Ekström", ("GENOMFORD", "ja")),
        (33, "Efterlevnad av riktlinjer för representation", "Ekonomi",
         "Stickprov 15 representationsfakturor", "Controller", "Helår 2025", "Genomförd",
         "Inga avvikelser. Syfte och deltagare angivna i samtliga fall.", "Nej",
         D(2025, 12, 11, 8, 47), "Anna Berglund", ("GENOMFORD", "nej")),
        (34, "Avtalstrohet vid inköp – stickprov mot ramavtal", "Inköp",
         "Analys av inköpsdata från e-handelssystemet", "Upphandlingschef", "Helår 2025", "Pågår",
         "Analys av inköpsdata för T3 pågår, beräknas klar i februari 2026.", "",
         D(2026, 1, 12, 15, 20), "Maria Holm", ("DELVIS", "")),
        (35, "Behörighetsgenomgång i ekonomisystemet (Raindance)", "Ekonomi",
         "Behörighetslista jämförs med personalregister", "Systemförvaltare ekonomi", "Helår 2025",
         "Genomförd med avvikelse",
         "5 konton tillhörande avslutade anställda var fortfarande aktiva. Kontona är inaktiverade och rutin för avslut ses över.",
         "Ja", D(2025, 11, 28, 11, 0), "Maria Holm", ("GENOMFORD", "ja")),
        (36, "Uppföljning av lönerevision – korrekt inlagda löner", "Personal",
         "Stickprov 30 anställda mot lönebesked", "HR-chef", "Helår 2025", "Genomförd",
         "Inga fel upptäckta.", "Nej", D(2025, 10, 2, 16, 40), "Johan Ekström", ("GENOMFORD", "nej")),
        (37, "Informationssäkerhet: genomförd klassning av verksamhetssystem", "IT och informationssäkerhet",
         "Kontroll att samtliga system har informationsklassning", "Informationssäkerhetssamordnare",
         "Helår 2025", "Ej påbörjad",
         "Skjuts till 2026 på grund av vakans som informationssäkerhetssamordnare.", "",
         D(2025, 12, 15, 10, 2), "Maria Holm", ("EJ_GENOMFORD", "")),
        (38, "Diarieföring av inkommande handlingar inom fem arbetsdagar", "Ärendehantering",
         "Stickprov 30 handlingar i W3D3", "Registrator", "Helår 2025", "",
         "Kontrollen genomförd i december. 30 handlingar granskade, samtliga diarieförda inom fem arbetsdagar.",
         "", D(2026, 1, 9, 13, 55), "Johan Ekström", ("GENOMFORD", "nej")),
        (39, "Hantering av kommunens inköpskort", "Ekonomi",
         "Genomgång av transaktioner och kvitton", "Redovisningsansvarig", "Helår 2025", "Utgår",
         "Kontrollen utgår – inköpskorten avvecklades i mars 2025 (KS 2025-03-12 § 42).", "",
         D(2025, 4, 1, 9, 12), "Anna Berglund", ("UTGAR", "")),
        (40, "Rutin för anmälan och prövning av bisysslor", "Personal",
         "Enkät till samtliga chefer", "HR-chef", "Helår 2025", "Genomförd",
         "Enkät besvarad av alla chefer. 4 kända bisysslor saknades i Heroma och har kompletterats.",
         "Ja", D(2025, 12, 18, 14, 8), "Johan Ekström", ("GENOMFORD", "ja")),
        (41, "Kontroll av att arvoden till förtroendevalda betalas ut korrekt", "Personal",
         "Stickprov närvarolistor mot utbetalda arvoden", "Nämndsekreterare", "Helår 2025", "",
         "", "", D(2025, 2, 3, 8, 30), "Anna Berglund", ("SAKNAS", "")),
    ]
    for r in rows:
        ws.append([r[0], r[1], "Kommunstyrelsen", r[2], r[3], r[4], r[5], r[6], r[7] or None,
                   r[8] or None, r[9], r[10], "Objekt", path])
    n = len(rows) + 1
    for row in ws.iter_rows(min_row=2, max_row=n):
        row[10].number_format = "yyyy-mm-dd hh:mm"
        for c in row:
            c.alignment = Alignment(vertical="top", wrap_text=(c.column in (2, 5, 9)))
    widths = [6, 55, 18, 24, 40, 26, 12, 24, 70, 10, 17, 16, 9, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tab = Table(displayName="Tabell1", ref="A1:%s%d" % (get_column_letter(len(head)), n))
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    save_wb(wb, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    for r in rows:
        if r[11]:
            exp(fil, "Kommunstyrelsen", r[1], r[11][0], r[11][1])


# ---------------------------------------------------------------------------
# 2. Hypergene-like export – Socialnämnden, T1/T2/T3 columns, codes + fills
# ---------------------------------------------------------------------------
def f_hypergene():
    fil = "Rapport_Internkontrollplan_20260114.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    fills = {
        "G": PatternFill("solid", fgColor="63BE7B"),
        "GA": PatternFill("solid", fgColor="C6E0B4"),
        "D": PatternFill("solid", fgColor="FFEB84"),
        "E": PatternFill("solid", fgColor="F8696B"),
        "U": PatternFill("solid", fgColor="BFBFBF"),
    }
    ws["A1"] = "Internkontrollplan – uppföljning per kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Enhet: Socialförvaltningen"
    ws["A3"] = "Planår: 2025    Perioder: T1, T2, T3"
    ws["A4"] = "Utskriven 2026-01-14 09:12 av Karin Lund"
    ws["A4"].font = Font(italic=True, color="666666")
    ws["A6"] = ("Teckenförklaring: G = Genomförd utan avvikelse   GA = Genomförd med avvikelse   "
                "D = Delvis genomförd / pågår   E = Ej genomförd   U = Utgår")
    ws["A6"].font = Font(size=9)
    for r in (1, 2, 3, 4, 6):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    head = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
            "T1", "T2", "T3", "Kommentar"]
    hr = 8
    for i, h in enumerate(head, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    groups = [
        ("Myndighetsutövning – individ- och familjeomsorg", [
            ("Risk att barn far illa när utredningar drar ut på tiden", 12,
             "Utredningstid för barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
             "Enhetschef barn och unga", "Tertial", "D", "D", "GA",
             "92 % av utredningarna avslutade inom tid under året. 6 utredningar förlängdes utan formellt beslut om förlängning.",
             ("GENOMFORD", "ja")),
            ("Risk att skyddsbedömning inte görs", 9,
             "Förhandsbedömning av orosanmälningar inom 14 dagar",
             "Enhetschef barn och unga", "Tertial", "G", "G", "G",
             "Samtliga förhandsbedömningar gjorda inom 14 dagar.", ("GENOMFORD", "nej")),
            ("Risk för felaktiga utbetalningar", 12,
             "Kontroll av utbetalt ekonomiskt bistånd mot beslut (stickprov 20 ärenden)",
             "Enhetschef försörjningsstöd", "Tertial", "G", "G", "D",
             "T3-stickprovet påbörjat, 12 av 20 ärenden granskade vid rapporttillfället. Inga fel i granskade ärenden.",
             ("DELVIS", "nej")),
        ]),
        ("Vård och omsorg", [
            ("Risk för felaktig läkemedelshantering", 16,
             "Läkemedelshantering – kontroll av signeringslistor på särskilt boende",
             "MAS", "Tertial", None, "GA", "G",
             "Brister på två boenden i T2 åtgärdades. Uppföljande kontroll i T3 utan anmärkning.",
             ("GENOMFORD", "nej")),
            ("Risk att missförhållanden inte rapporteras", 8,
             "Avvikelsehantering enligt lex Sarah – rapporter utreds och återkopplas",
             "Kvalitetsutvecklare", "Helår", None, None, "G",
             "Samtliga 14 rapporter utredda och återkopplade till rapportören.", ("GENOMFORD", "nej")),
            ("Risk att insatser inte utförs enligt beslut", 9,
             "Kontroll av att genomförandeplaner upprättas inom 14 dagar i hemtjänsten",
             "Enhetschef hemtjänst", "Helår", None, None, "E",
             "Ej genomförd – verksamhetssystemet kan inte ta fram underlaget. Ny rutin införs 2026.",
             ("EJ_GENOMFORD", "")),
            ("Risk för felaktiga avgifter", 6,
             "Korrekt debitering av avgifter inom äldreomsorgen (maxtaxa)",
             "Avgiftshandläggare", "1 gång/år", "G", None, None,
             "Genomförd i april, 25 avgiftsbeslut kontrollerade utan fel.", ("GENOMFORD", "nej")),
        ]),
        ("Funktionsstöd", [
            ("Risk för sanktionsavgift", 12,
             "Verkställighet av gynnande beslut inom tre månader – rapportering till IVO",
             "Avdelningschef funktionsstöd", "Tertial", "G", "G", "G",
             "Rapportering gjord varje kvartal.", ("GENOMFORD", "nej")),
            ("Risk för felaktig fakturering", 8,
             "Kontroll av fakturor från externa utförare av personlig assistans",
             "Controller", "Tertial", "G", None, "U",
             "Utgår från T2 – kommunen har inte längre några ärenden med extern utförare.",
             ("UTGAR", "")),
        ]),
        ("Administration och ekonomi", [
            ("Risk för oegentligheter", 8,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Controller", "Tertial", "G", "G", "G", None, ("GENOMFORD", "nej")),
            ("Risk för obehörig åtkomst till personuppgifter", 12,
             "Loggkontroll i journalsystemet (obehörig åtkomst)",
             "Systemförvaltare", "Tertial", "D", "D", None, None, ("DELVIS", "")),
            ("Risk för hot och våld mot personal", 9,
             "Riskbedömningar avseende hot och våld på samtliga enheter",
             "Avdelningschefer", "Helår", None, None, None, None, ("SAKNAS", "")),
            ("Risk att beslut fattas utan delegation", 6,
             "Delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", "Helår", None, None, None, "Se bilaga 3.", ("OKLAR", "")),
        ]),
    ]
    r = hr + 1
    for gname, items in groups:
        c = ws.cell(r, 1, gname)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for it in items:
            vals = [gname.split(" – ")[0], it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7], it[8]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
                if i in (7, 8, 9):
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if v in fills:
                        c.fill = fills[v]
            exp(fil, "Socialnämnden", it[2], it[9][0], it[9][1])
            r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 13").font = Font(italic=True)
    ws.cell(r + 1, 1, "Källa: Hypergene – Rapport IK-uppföljning v2.3").font = Font(italic=True, size=8)
    for i, w in enumerate([22, 36, 9, 52, 24, 11, 6, 6, 6, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A9"
    save_wb(wb, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys-like semicolon CSV – two nämnder
# ---------------------------------------------------------------------------
def f_stratsys():
    fil = "Stratsys_export_Internkontroll_2025.csv"
    head = ["Organisation", "Plan", "Process", "Risk", "Kontrollaktivitet", "Beskrivning", "Ansvarig",
            "Uppföljningsperiod", "Status", "Kommentar", "Senast ändrad"]
    BUN = "BUN - Barn- och utbildningsnämnden"
    SBN = "SBN - Samhällsbyggnadsnämnden"
    plan = "Internkontrollplan 2025"
    per = "Helår 2025"
    rows = [
        (BUN, "Elevhälsa och närvaro", "Risk att elever med hög frånvaro inte uppmärksammas",
         "Skolpliktsbevakning – rutin för elever med hög frånvaro",
         "Kontroll att rutinen för frånvarouppföljning tillämpas på samtliga grundskolor",
         "Skolchef", "Klar", "Rutinen följs på samtliga skolor. Inga avvikelser.", "2025-12-04",
         ("GENOMFORD", "nej")),
        (BUN, "Trygghet och studiero", "Risk att kränkningar inte utreds",
         "Kränkande behandling anmäls till huvudman samma dag",
         "Stickprov 30 anmälningar i DF Respons", "Kvalitetsstrateg", "Klar",
         "Stickprov 30 anmälningar: 7 anmäldes senare än samma dag (som mest 4 dagar).\nPåminnelse skickad till samtliga rektorer.",
         "2025-12-10", ("GENOMFORD", "ja")),
        (BUN, "Förskola", "Risk att lagkrav på plats inom fyra månader inte uppfylls",
         "Placering i förskola inom fyra månader", "Uttag ur e-tjänsten för platsansökan",
         "Placeringsansvarig", "Klar", "Samtliga erbjudanden lämnade inom lagstadgad tid.", "2025-11-21",
         ("GENOMFORD", "nej")),
        (BUN, "Ekonomi", "Risk för felaktiga utbetalningar",
         "Tilläggsbelopp – beslut och utbetalning stämmer överens",
         "Stickprov 15 beslut om tilläggsbelopp mot utbetalningar", "Controller", "Pågående",
         "Granskning av höstterminens beslut pågår, beräknas klar i februari.", "2026-01-13",
         ("DELVIS", "")),
        (BUN, "Skolskjuts", "Risk för felaktiga skolskjutsbeslut",
         "Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Stickprov 20 beslut",
         "Skolskjutshandläggare", "Ej påbörjad", "Kontrollen flyttas till 2026 års plan.", "2025-10-30",
         ("EJ_GENOMFORD", "")),
        (BUN, "Styrning och ledning", "Risk att barnets bästa inte beaktas",
         "Barnkonsekvensanalys i ärenden till nämnden", "Genomgång av nämndens ärenden",
         "Nämndsekreterare", "Avbruten",
         "Avbruten genom beslut BUN 2025-06-11 § 58 – ingår nu i ordinarie ärendeprocess.", "2025-06-16",
         ("UTGAR", "")),
        (BUN, "Ekonomi", "Risk för oegentligheter",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Controller", "Klar", "Inga avvikelser.", "2025-12-02", ("GENOMFORD", "nej")),
        (BUN, "Säkerhet", "Risk för brand i skollokaler",
         "Systematiskt brandskyddsarbete på skolor (SBA)", "Kontroll att brandskyddsronder genomförts",
         "Säkerhetssamordnare", "Försenad",
         "Brandskyddsronder genomförda på 9 av 14 enheter. Resterande genomförs i januari.", "2026-01-08",
         ("DELVIS", "")),
        (BUN, "Personal", "Risk att olämpliga personer anställs",
         "Registerutdrag ur belastningsregistret vid nyanställning", "Stickprov 20 nyanställningar",
         "HR-specialist", "", "", "2025-02-14", ("SAKNAS", "")),
        (SBN, "Investeringar", "Risk för felaktiga betalningar i entreprenader",
         "Kontroll av entreprenadfakturor mot avtal och ÄTA-beslut", "Stickprov 10 fakturor i pågående projekt",
         "Projektchef", "Klar",
         "Två ÄTA-fakturor saknade skriftligt beslut; återkoppling till ansvariga projektledare.",
         "2025-12-12", ("GENOMFORD", "ja")),
        (SBN, "Fastighet", "Risk för eftersatt underhåll",
         "Felanmälningar i kommunens fastigheter åtgärdas inom avtalad tid", "Uttag ur felanmälningssystemet",
         "Fastighetschef", "Klar", "86 % åtgärdade inom avtalad tid, målet 85 % uppnått.", "2026-01-07",
         ("GENOMFORD", "nej")),
        (SBN, "Måltid", "Risk för matförgiftning",
         "Egenkontroll enligt livsmedelslagstiftningen i kommunens kök",
         "Genomgång av egenkontrollprogram i 12 kök", "Kostchef", "Pågående",
         "8 av 12 kök granskade.", "2025-12-19", ("DELVIS", "")),
        (SBN, "Inköp", "Risk för otillåten direktupphandling",
         "Upphandling över direktupphandlingsgränsen sker enligt LOU", "Analys av leverantörsreskontra",
         "Upphandlare", "Klar", "Inga köp över gränsen utan upphandling identifierades.", "2025-11-27",
         ("GENOMFORD", "nej")),
        (SBN, "Gata och park", "Risk för olyckor på lekplatser",
         "Besiktning av lekplatser enligt SS-EN 1176", "Huvudbesiktning av samtliga lekplatser",
         "Parkingenjör", "Klar",
         "Huvudbesiktning genomförd på samtliga 23 lekplatser. 4 anmärkningar med hög risk – åtgärdade i oktober.",
         "2025-10-24", ("GENOMFORD", "ja")),
        (SBN, "Gata och park", "Risk att entreprenören inte utför avtalad snöröjning",
         "Vinterväghållning – uppföljning av entreprenörens rapporter", "Stickprov 10 utryckningar",
         "Gatuchef", "Ej påbörjad", "Kontrollen har inte genomförts under året.", "2025-12-30",
         ("EJ_GENOMFORD", "")),
        (SBN, "Ärendehantering", "Risk att ärenden blir liggande",
         "Dokumenthantering i Public 360 – ärenden avslutas", "Uttag av öppna ärenden äldre än 1 år",
         "Registrator", "Klar", "Se bifogad rapport.", "2026-01-10", ("GENOMFORD", "")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow([r[0], plan, r[1], r[2], r[3], r[4], r[5], per, r[6], r[7], r[8]])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))
    for r in rows:
        nm = "Barn- och utbildningsnämnden" if r[0] == BUN else "Samhällsbyggnadsnämnden"
        exp(fil, nm, r[3], r[9][0], r[9][1])


# ---------------------------------------------------------------------------
# 4. Power BI "Export data" CSV – Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def f_powerbi():
    fil = "data.csv"
    head = ["Committee", "Year", "Period", "Process", "Control", "Owner", "Status", "Deviation", "Comment"]
    C = "Kultur och fritid"
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningskonsulent",
         "Genomförd", "Ja",
         "Två föreningar fick aktivitetsstöd för fel antal sammankomster, återkrav skickat.", ("GENOMFORD", "ja")),
        ("Kontanthantering", "Kassahantering i simhallen och på biblioteket", "Enhetschef fritid",
         "Genomförd", "Nej", "Oanmäld kassainventering i september och december, inga differenser.",
         ("GENOMFORD", "nej")),
        ("Uthyrning", "Bokning och debitering av lokaler och anläggningar", "Bokningsansvarig",
         "Delvis genomförd", "", "Kontroll av 2 av 4 anläggningar klar.", ("DELVIS", "")),
        ("Tillgångar", "Inventering av konstsamlingen", "Kulturstrateg",
         "Ej genomförd", "", "Skjuts upp till 2026 på grund av flytt av konstdepån.", ("EJ_GENOMFORD", "")),
        ("Personal", "Registerutdrag vid anställning av feriearbetare och fritidsledare", "Enhetschef fritid",
         "Genomförd", "Nej", "Utdrag fanns för samtliga 46 anställda.", ("GENOMFORD", "nej")),
        ("Evenemang", "Säkerhetsrutiner vid arrangemang (Vikhammarsdagarna)", "Evenemangssamordnare",
         "Ej aktuell", "", "Vikhammarsdagarna ställdes in 2025.", ("UTGAR", "")),
        ("Inköp", "Avtalstrohet vid inköp av material", "Controller",
         "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("Anläggningar", "Uppföljning av skötselavtal för elljusspår", "Anläggningschef",
         "", "", "", ("SAKNAS", "")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow([C, 2025, "Helår", r[0], r[1], r[2], r[3], r[4], r[5]])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    for r in rows:
        exp(fil, "Kultur- och fritidsnämnden", r[1], r[6][0], r[6][1])


# ---------------------------------------------------------------------------
# 5. Microsoft Forms response export – the two bolag, common controls as questions
# ---------------------------------------------------------------------------
def f_forms():
    fil = "Uppföljning gemensamma kontrollmoment bolagen 2025(1-3).xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    controls = [
        "Attest av leverantörsfakturor enligt attestordningen",
        "Delegationsordningen följs och beslut anmäls till styrelsen",
        "Representation och gåvor följer kommunkoncernens riktlinjer",
        "Avtalstrohet – inköp sker från upphandlade leverantörer",
        "Behörigheter i ekonomisystemet är aktuella",
        "Mutor och jäv – årlig genomgång av jävsdeklarationer",
    ]
    comm_heads = [
        "Kommentar/iakttagelser – attest",
        "Kommentar/iakttagelser – delegation",
        "Kommentar/iakttagelser – representation",
        "Kommentar/iakttagelser – avtalstrohet",
        "Kommentar/iakttagelser – behörigheter",
        "Kommentar/iakttagelser – jäv",
    ]
    head = ["ID", "Starttid", "Tid för slutförande", "E-post", "Namn", "Senaste ändringstid",
            "Vilket bolag svarar du för?", "Vilken period avser uppföljningen?"]
    for c, k in zip(controls, comm_heads):
        head += [c, k]
    head += ["Övriga synpunkter på årets internkontroll"]
    ws.append(head)
    GI = "Genomförd – inga avvikelser"
    GA = "Genomförd – avvikelser noterade"
    DG = "Delvis genomförd"
    EG = "Ej genomförd"
    EA = "Ej aktuellt för vårt bolag"
    D = dt.datetime
    resp = [
        (1, D(2026, 1, 9, 13, 2, 11), D(2026, 1, 9, 13, 19, 45), "lena.sjoberg@vibo.vikhammar.se", "Lena Sjöberg",
         "Vikhammars Bostäder AB", "Helår 2025",
         [(GI, "Stickprov 20 fakturor, samtliga korrekt attesterade."),
          (GA, "Två hyresrabatter beslutades av förvaltare utan delegation. Delegationsordningen har förtydligats."),
          (GI, ""),
          (DG, "Analys av köp av fastighetsskötseltjänster pågår."),
          (GI, "Behörighetslistan gick igenom med ekonomichefen i november."),
          (EG, "Jävsdeklarationer inhämtas vid styrelsens konstituerande möte i mars 2026.")],
         ""),
        (2, D(2026, 1, 12, 8, 40, 2), D(2026, 1, 12, 8, 47, 30), "per.nyman@vikhammarenergi.se", "Per Nyman",
         "Vikhammar Energi AB", "Helår 2025",
         [(GI, ""), (None, ""), (None, ""), (None, ""), (None, ""), (None, "")],
         "Fyller i resten när ekonomichefen är tillbaka."),
        (3, D(2026, 1, 20, 10, 5, 18), D(2026, 1, 20, 10, 31, 2), "per.nyman@vikhammarenergi.se", "Per Nyman",
         "Vikhammar Energi AB", "Helår 2025",
         [(GI, "Stickprov 15 fakturor utan anmärkning."),
          (GI, ""),
          (EA, "Ingen representation har förekommit under året."),
          (GA, "3 inköp av konsulttjänster gjordes utanför avtal. Direktupphandlingarna har inte dokumenterats."),
          (GI, ""),
          (None, "Genomgång gjord på styrelsemötet 2025-11-18, inga jävssituationer.")],
         "Detta svar ersätter vårt svar från 12 januari."),
    ]
    for rid, st, sl, mail, name, bolag, per, ans, other in resp:
        row = [rid, st, sl, mail, name, None, bolag, per]
        for s, k in ans:
            row += [s, k or None]
        row += [other or None]
        ws.append(row)
    for row in ws.iter_rows(min_row=2, max_row=4):
        for c in row[1:3]:
            c.number_format = "yyyy-mm-dd hh:mm:ss"
    for i in range(1, len(head) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 22
    for c in ws[1]:
        c.font = Font(bold=True)
    save_wb(wb, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Vikhammars Bostäder AB", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Vikhammars Energi AB", "2025", "HELAR"))
    vibo = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", ""),
            ("GENOMFORD", "nej"), ("EJ_GENOMFORD", "")]
    veab = [("GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("UTGAR", ""), ("GENOMFORD", "ja"),
            ("GENOMFORD", "nej"), ("GENOMFORD", "nej")]
    for c, e in zip(controls, vibo):
        exp(fil, "Vikhammars Bostäder AB", c, e[0], e[1])
    for c, e in zip(controls, veab):
        exp(fil, "Vikhammars Energi AB", c, e[0], e[1])


# ---------------------------------------------------------------------------
# 6. Plain Excel with autofilter + frozen header – Miljö- och byggnadsnämnden
#    nämnd only in file name and print header
# ---------------------------------------------------------------------------
def f_autofilter():
    fil = "IK uppföljning helår 2025 MBN.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Status delår", "Kommentar delår", "Status helår", "Avvikelse?", "Kommentar helår"]
    ws.append(head)
    rows = [
        (1, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet ByggR", "Bygglovschef",
         "Delvis", "Kontroll av T1-ärenden klar.", "Genomförd", "Ja",
         "4 av 212 ärenden överskred tidsfristen, avgiften har satts ned enligt PBL.", ("GENOMFORD", "ja")),
        (2, "Bygglov", "Avgiftsuttag för bygglov enligt gällande taxa",
         "Stickprov 20 beslut", "Bygglovschef",
         None, None, "Genomförd", "Nej", "Samtliga avgifter korrekt beräknade.", ("GENOMFORD", "nej")),
        (3, "Miljötillsyn", "Tillsynsplanen enligt miljöbalken följs",
         "Jämförelse tillsynsplan mot utförda besök", "Miljöchef",
         "Delvis", "45 % utfört.", "Delvis", None,
         "82 % av planerade tillsynsbesök genomförda. Resterande flyttas till 2026.", ("DELVIS", "")),
        (4, "Livsmedel", "Livsmedelskontroll – planerade kontroller genomförs",
         "Uttag ur EDP Vision", "Miljöchef",
         "Delvis", None, "Genomförd", "Nej", "Kontrollplanen uppfylld till 100 %.", ("GENOMFORD", "nej")),
        (5, "Miljötillsyn", "Debitering av årlig tillsynsavgift",
         "Stickprov 25 fakturor", "Administratör",
         "Genomförd", "Kontrollerad i maj, inga fel.", None, "Nej", None, ("GENOMFORD", "nej")),
        (6, "Bygglov", "Ärenden om olovligt byggande handläggs skyndsamt",
         "Genomgång av öppna tillsynsärenden", "Bygglovschef",
         None, None, "Ej genomförd", None, "Kontrollen hann inte genomföras under året.", ("EJ_GENOMFORD", "")),
        (7, "Styrning", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslistor mot protokoll", "Nämndsekreterare",
         "Genomförd", None, "Genomförd", "Nej", None, ("GENOMFORD", "nej")),
        (8, "Styrning", "Jäv – handläggare deklarerar jäv i ärenden",
         "Enkät till handläggare", "Förvaltningschef",
         None, None, "Utgår", None,
         "Utgår enligt beslut MBN 2025-09-17 § 88, ersätts av obligatorisk e-utbildning.", ("UTGAR", "")),
        (9, "Arkiv", "Arkivering av avslutade bygglovsärenden",
         "Stickprov 20 avslutade ärenden", "Arkivansvarig",
         None, None, None, None, "Ej genomförd p.g.a. långtidssjukskrivning.", ("EJ_GENOMFORD", "")),
        (10, "Strandskydd", "Kontroll av strandskyddsdispenser mot länsstyrelsens överprövning",
         "Genomgång av länsstyrelsens beslut", "Miljöchef",
         None, None, None, None, None, ("SAKNAS", "")),
    ]
    for r in rows:
        ws.append(list(r[:10]))
    n = len(rows) + 1
    ws.cell(n + 2, 2, "Antal kontrollmoment")
    ws.cell(n + 2, 3, "=COUNTA(C2:C%d)" % n)
    ws.cell(n + 3, 2, "Varav genomförda helår")
    ws.cell(n + 3, 3, '=COUNTIF(H2:H%d,"Genomförd")' % n)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for row in ws.iter_rows(min_row=2, max_row=n):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    for i, w in enumerate([5, 14, 48, 32, 18, 12, 30, 13, 11, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:J%d" % n
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F2:F%d" % n)
    dv.add("H2:H%d" % n)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("I2:I%d" % n)
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden – internkontrollplan 2025, uppföljning"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "1:1"
    save_wb(wb, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))
    for r in rows:
        exp(fil, "Miljö- och byggnadsnämnden", r[2], r[10][0], r[10][1])


# ---------------------------------------------------------------------------
# 7. SharePoint "Export to CSV" – Överförmyndarnämnden (comma CSV)
# ---------------------------------------------------------------------------
def f_sharepoint_csv():
    fil = "Internkontroll ÖFN.csv"
    head = ["Rubrik", "År", "Uppföljningstillfälle", "Status", "Uppföljning/kommentar", "Modifierad", "Modifierad av"]
    rows = [
        ("Granskning av årsräkningar inom fastställd tid", "Genomförd",
         "98 % av årsräkningarna granskade före 31 augusti.", "2025-12-03T10:21:44Z", "Sofia Åberg",
         ("GENOMFORD", "nej")),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Genomförd med avvikelse",
         "Stickprov 30 arvoden: 2 felberäknade, har korrigerats.", "2025-12-05T14:02:10Z", "Sofia Åberg",
         ("GENOMFORD", "ja")),
        ("Registerkontroll av nya ställföreträdare (belastningsregister och kreditupplysning)", "Genomförd",
         "Kontroll gjord för samtliga 17 nya ställföreträdare.", "2025-11-18T08:55:00Z", "Erik Lindqvist",
         ("GENOMFORD", "nej")),
        ("Spärr på huvudmännens bankkonton", "Pågår",
         "Kontakt med bankerna pågår för 6 konton.", "2026-01-12T09:40:31Z", "Erik Lindqvist",
         ("DELVIS", "")),
        ("Digital akthantering – skanning av akter", "Ej påbörjad",
         "Avvaktar beslut om nytt verksamhetssystem.", "2025-09-30T12:00:00Z", "Sofia Åberg",
         ("EJ_GENOMFORD", "")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(head)
    for r in rows:
        w.writerow([r[0], "2025", "Helår", r[1], r[2], r[3], r[4]])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    for r in rows:
        exp(fil, "Överförmyndarnämnden", r[0], r[5][0], r[5][1])


# ---------------------------------------------------------------------------
# 8. Reject: invoice list (stickprov data), not a follow-up
# ---------------------------------------------------------------------------
def f_reject():
    fil = "Fakturalista_stickprov_T3_KS.csv"
    head = ["Verifikationsnr", "Fakturanr", "Leverantör", "Fakturadatum", "Förfallodatum", "Belopp inkl moms",
            "Konto", "Ansvar", "Attestant", "Attestdatum"]
    rows = [
        ("LF25-08812", "202510-4471", "Office Depot Svenska AB", "2025-10-02", "2025-11-01", "4 812,50", "6410", "1100", "Anna Berglund", "2025-10-06"),
        ("LF25-08901", "88123", "Vikhammars Bygg & Måleri AB", "2025-10-07", "2025-11-06", "128 750,00", "5170", "1420", "Johan Ekström", "2025-10-09"),
        ("LF25-09017", "SE-55120", "Atea Sverige AB", "2025-10-14", "2025-11-13", "23 460,00", "5420", "1310", "Maria Holm", "2025-10-15"),
        ("LF25-09122", "1004577", "Hotell Vänerport", "2025-10-20", "2025-11-19", "6 380,00", "6071", "1100", "Anna Berglund", "2025-10-23"),
        ("LF25-09340", "77-2231", "Ricoh Sverige AB", "2025-10-31", "2025-11-30", "2 145,00", "5610", "1100", "Anna Berglund", "2025-11-03"),
        ("LF25-09488", "INV-33091", "Visma Enterprise AB", "2025-11-05", "2025-12-05", "41 250,00", "5420", "1310", "Maria Holm", "2025-11-06"),
        ("LF25-09601", "20251112", "Karlstads Taxi AB", "2025-11-12", "2025-12-12", "1 284,00", "5810", "1200", "Johan Ekström", "2025-11-14"),
        ("LF25-09777", "5521", "Konferens Hammarö Udde", "2025-11-19", "2025-12-19", "18 900,00", "6071", "1000", "Kommundirektör", "2025-11-21"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    w.writerow(["", "", "Summa", "", "", "226 981,50", "", "", "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KRN"),
        ("Vikhammars Bostäder AB", "VIBO|Vikhammarsbostäder|Vikhammars Bostäder"),
        ("Vikhammars Energi AB", "VEAB|Vikhammar Energi AB|Vikhammar Energi"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    # remove earlier builds of this script's own outputs only
    for name in OWN_FILES:
        p = os.path.join(OUT, name)
        if os.path.exists(p):
            os.remove(p)
    f_sharepoint()
    f_hypergene()
    f_stratsys()
    f_powerbi()
    f_forms()
    f_autofilter()
    f_sharepoint_csv()
    f_reject()
    registers()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
