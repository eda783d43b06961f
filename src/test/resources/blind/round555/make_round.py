#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r555 - Norrköpings kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r555_build"
LO_PROFILE = "file:///tmp/lo-round555"
FIXED_DT = datetime.datetime(2025, 9, 12, 8, 41, 0)

YEAR = "2025"
PERIOD = "DELAR"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")
INPUT = PatternFill("solid", fgColor="FFF2CC")


def fix_props(wb):
    wb.properties.creator = "Norrköpings kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "ekonomistyrning"


def soffice_convert(src, target_filter, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", target_filter, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen"]),
    ("Utbildningsnämnden", ["UN", "Utbildningskontoret"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgskontoret"]),
    ("Socialnämnden", ["SN", "Socialkontoret"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidskontoret"]),
    ("Stadsplaneringsnämnden", ["SPN", "Stadsplaneringskontoret"]),
    ("Byggnadsnämnden", ["BN", "Byggnadskontoret"]),
    ("Tekniska nämnden", ["TN", "Tekniska kontoret"]),
    ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljö- och hälsoskyddskontoret"]),
    ("Arbetsmarknads- och vuxenutbildningsnämnden", ["AVN", "Arbetsmarknads- och vuxenutbildningskontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarkontoret"]),
    ("Valnämnden", ["VN"]),
]


# ---------------------------------------------------------------------------
# File 1: Stratsys export, five nämnder, april + augusti columns
# ---------------------------------------------------------------------------
STRATSYS_FILE = "Stratsys_Internkontroll_uppfoljning_2025-08_export.xlsx"

# (nämnd label in file, register name, process, risk, riskvärde, kontrollmoment, ansvarig,
#  status april, kommentar april, status augusti, kommentar augusti, expected status, avvikelse)
STRATSYS_ROWS = [
    # Kommunstyrelsen
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Ekonomi – attest och utbetalning",
     "Felaktiga eller obehöriga utbetalningar", 12,
     "Attest av leverantörsfakturor enligt attestordningen – stickprov om 40 fakturor per tertial",
     "Redovisningschef",
     "Genomförd", "40 fakturor granskade. Två fakturor saknade beslutsattest, rättat i efterhand och återkopplat till berörda chefer.",
     "Genomförd", "40 fakturor granskade för maj–augusti. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Upphandling och inköp",
     "Inköp utanför avtal", 9,
     "Kontroll av avtalstrohet vid direktupphandling över 100 000 kr",
     "Upphandlingschef",
     "", "",
     "Pågående", "Stickprov på 25 inköp är påbörjat. Beräknas vara klart i oktober.",
     "DELVIS", ""),
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Personal och lön",
     "Otillåtna bisysslor", 8,
     "Kontroll att bisysslor är anmälda och prövade för samtliga chefer",
     "HR-direktör",
     "Ej påbörjad", "",
     "Genomförd", "Genomgång av 212 chefer. Tre chefer saknade registrerad bisyssla i HR-systemet; har kompletterats och prövats.",
     "GENOMFORD", "ja"),
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Informationssäkerhet",
     "Obehörig åtkomst till ekonomisystemet", 12,
     "Behörighetsgenomgång i ekonomisystemet Raindance",
     "Systemförvaltare ekonomi",
     "Ej påbörjad", "",
     "Ej påbörjad", "Flyttas till hösten med anledning av uppgradering av Raindance.",
     "EJ_GENOMFORD", ""),
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Delegation och beslut",
     "Beslut fattas utan delegation", 6,
     "Anmälan av delegationsbeslut till kommunstyrelsen",
     "Kanslichef",
     "Genomförd", "Beslut anmälda vid sammanträdena i februari och april.",
     "Genomförd", "Samtliga delegationsbeslut anmälda vid sammanträdena februari–juni.",
     "GENOMFORD", "nej"),
    ("Kommunstyrelsen (KS)", "Kommunstyrelsen", "Ekonomi – attest och utbetalning",
     "Felaktig hantering av förtroendekänsliga poster", 6,
     "Representation och förtroendekänsliga poster – stickprov 20 verifikationer",
     "Redovisningschef",
     "Avbruten", "Utgår ur planen enligt beslut i KS 2025-04-08 § 61. Området ingår i revisionens granskning 2025.",
     "Avbruten", "Utgår, se kommentar april.",
     "UTGAR", ""),
    # Utbildningsnämnden
    ("Utbildningsnämnden (UN)", "Utbildningsnämnden", "Skolskjuts",
     "Felaktiga beslut om skolskjuts", 8,
     "Kontroll att beslut om skolskjuts fattas enligt gällande riktlinjer",
     "Skolskjutshandläggare",
     "", "",
     "Genomförd", "20 beslut inför läsåret 2025/26 granskade, samtliga fattade enligt riktlinjerna.",
     "GENOMFORD", "nej"),
    ("Utbildningsnämnden (UN)", "Utbildningsnämnden", "Trygghet och studiero",
     "Kränkande behandling utreds inte skyndsamt", 16,
     "Kontroll av att anmälan om kränkande behandling utreds inom 14 dagar",
     "Biträdande skolchef",
     "Pågående", "Uppföljning per rektorsområde pågår, underlag från 24 av 41 enheter inkommet.",
     "", "",
     "DELVIS", ""),
    ("Utbildningsnämnden (UN)", "Utbildningsnämnden", "Ekonomi",
     "Felaktig fakturering av interkommunal ersättning", 9,
     "Kontroll av fakturering av interkommunal ersättning (IKE)",
     "Controller utbildningskontoret",
     "", "",
     "Genomförd", "Faktureringen för VT 2025 kontrollerad. Två felaktiga belopp har rättats via kreditfaktura.",
     "GENOMFORD", "ja"),
    ("Utbildningsnämnden (UN)", "Utbildningsnämnden", "Lokaler och säkerhet",
     "Brister i brandskyddet", 12,
     "Kontroll av systematiskt brandskyddsarbete (SBA) på skolenheterna",
     "Säkerhetssamordnare",
     "Pågående", "Genomfört på 9 enheter.",
     "Pågående", "Genomfört på 18 av 32 enheter. Resterande enheter under hösten.",
     "DELVIS", ""),
    ("Utbildningsnämnden (UN)", "Utbildningsnämnden", "Personal och rekrytering",
     "Anställning av olämplig person", 12,
     "Kontroll av registerutdrag för nyanställda inom förskola och skola",
     "HR-chef utbildningskontoret",
     "Genomförd", "Samtliga 64 nyanställda hade uppvisat registerutdrag.",
     "Genomförd", "Sommarens rekryteringar kontrollerade. Inga avvikelser.",
     "GENOMFORD", "nej"),
    # Kultur- och fritidsnämnden
    ("Kultur- och fritidsnämnden (KFN)", "Kultur- och fritidsnämnden", "Föreningsstöd",
     "Bidrag betalas ut på felaktiga grunder", 12,
     "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
     "Föreningskonsulent",
     "", "",
     "Genomförd", "15 ansökningar om aktivitetsstöd granskade. En förening fick för högt stöd, återkrav har skickats.",
     "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden (KFN)", "Kultur- och fritidsnämnden", "Kontanthantering",
     "Förlust eller stöld av kontanter", 6,
     "Kassahantering vid Himmelstalundshallen och Stadsbiblioteket – oanmäld kassainventering",
     "Enhetschef service",
     "Ej påbörjad", "",
     "Ej påbörjad", "",
     "EJ_GENOMFORD", ""),
    ("Kultur- och fritidsnämnden (KFN)", "Kultur- och fritidsnämnden", "Uthyrning av anläggningar",
     "Uteblivna hyresintäkter", 6,
     "Uppföljning av hyresavtal för föreningsuthyrning av idrottsanläggningar",
     "Bokningsansvarig",
     "", "",
     "", "",
     "SAKNAS", ""),
    ("Kultur- och fritidsnämnden (KFN)", "Kultur- och fritidsnämnden", "Tillgångar och inventarier",
     "Konst försvinner eller skadas", 8,
     "Kontroll av inventarieförteckning för konstsamlingen",
     "Konstintendent",
     "Pågående", "Inventering påbörjad i stadshuset.",
     "Pågående", "Inventering av konst i kommunens lokaler pågår, cirka 60 procent klart.",
     "DELVIS", ""),
    # Tekniska nämnden
    ("Tekniska nämnden (TN)", "Tekniska nämnden", "Drift och underhåll",
     "Felaktiga kostnader belastar nämnden", 9,
     "Kontroll av att arbetsorder för gatuunderhåll attesteras av behörig",
     "Driftchef gata/park",
     "", "",
     "Genomförd", "Stickprov på 30 arbetsorder. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Tekniska nämnden (TN)", "Tekniska nämnden", "Avtalsuppföljning",
     "Entreprenör levererar inte enligt avtal", 12,
     "Uppföljning av vitesklausuler i entreprenadavtal (vinterväghållning)",
     "Avtalsansvarig",
     "Genomförd", "Säsongen 2024/25 följd upp mot avtalen. Inga vitesgrundande brister.",
     "Genomförd", "Ingen ytterligare uppföljning under perioden, se april.",
     "GENOMFORD", "nej"),
    ("Tekniska nämnden (TN)", "Tekniska nämnden", "Fordon och drivmedel",
     "Privat användning av drivmedelskort", 8,
     "Kontroll av drivmedelskort – förbrukning per fordon",
     "Fordonssamordnare",
     "", "",
     "Genomförd", "Avvikande tankning på ett kort har upptäckts. Ärendet utreds tillsammans med HR.",
     "GENOMFORD", "ja"),
    ("Tekniska nämnden (TN)", "Tekniska nämnden", "Investeringar",
     "Bristande kostnadskontroll i projekt", 12,
     "Kontroll av egenkontroll vid bygg- och anläggningsprojekt över 5 mnkr",
     "Projektchef",
     "", "",
     "Försenad", "Projektredovisningarna är inte klara, kontrollen görs i oktober.",
     "EJ_GENOMFORD", ""),
    ("Tekniska nämnden (TN)", "Tekniska nämnden", "Drift och underhåll",
     "Felanmälningar åtgärdas inte i tid", 6,
     "Felanmälan i Infracontrol – åtgärdstider enligt servicenivå",
     "Enhetschef kundservice",
     "", "",
     "Pågående", "Data för januari–juni uttagen, analys pågår.",
     "DELVIS", ""),
    # Stadsplaneringsnämnden
    ("Stadsplaneringsnämnden (SPN)", "Stadsplaneringsnämnden", "Planläggning",
     "Planavgift debiteras inte", 8,
     "Kontroll av att planavgift debiteras enligt taxa vid planbesked",
     "Planchef",
     "", "",
     "Genomförd", "12 planbesked granskade, samtliga korrekt debiterade.",
     "GENOMFORD", "nej"),
    ("Stadsplaneringsnämnden (SPN)", "Stadsplaneringsnämnden", "Dokumenthantering",
     "Allmänna handlingar registreras inte", 6,
     "Kontroll av diarieföring av inkommande handlingar i planärenden",
     "Registrator",
     "", "",
     "Ej påbörjad", "Kontrollen genomförs under tertial 3.",
     "EJ_GENOMFORD", ""),
    ("Stadsplaneringsnämnden (SPN)", "Stadsplaneringsnämnden", "Mark och exploatering",
     "Markanvisning strider mot policy", 12,
     "Kontroll av att markanvisningar följer antagen markanvisningspolicy",
     "Mark- och exploateringschef",
     "", "",
     "Genomförd", "Tre markanvisningar granskade. I ett fall saknades dokumenterad värdering – rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("Stadsplaneringsnämnden (SPN)", "Stadsplaneringsnämnden", "Mark och exploatering",
     "Exploateringsbidrag faktureras inte", 9,
     "Uppföljning av exploateringsavtal – fakturering av exploateringsbidrag",
     "Exploateringsingenjör",
     "", "",
     "", "Se separat rapport till nämnden 2025-09-17.",
     "OKLAR", ""),
]

STATUS_FILL = {"Genomförd": GREEN, "Pågående": YELLOW, "Ej påbörjad": RED, "Försenad": RED,
               "Avbruten": GREY}


def build_stratsys():
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Organisation: Norrköpings kommun (urval: KS, UN, KFN, TN, SPN)"
    ws["A3"] = "Period: 2025 Augusti    Exporterad: 2025-09-12 08:41    Källa: Stratsys"
    ws["A3"].font = Font(italic=True, color="666666")
    headers = ["Organisation", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig",
               "Status april", "Kommentar april", "Status augusti", "Kommentar augusti"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    r = hr + 1
    for row in STRATSYS_ROWS:
        (org, reg, proc, risk, rv, km, ans, sa, ka, sg, kg, exp, avv) = row
        vals = [org, proc, risk, rv, km, ans, sa or None, ka or None, sg or None, kg or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for col, st in ((7, sa), (9, sg)):
            if st in STATUS_FILL:
                ws.cell(row=r, column=col).fill = STATUS_FILL[st]
        EXPECTED.append((STRATSYS_FILE, reg, km, exp, avv))
        r += 1
    widths = [28, 26, 30, 10, 48, 24, 13, 40, 13, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = "A%d:J%d" % (hr, r - 1)
    ws.oddFooter.left.text = "Stratsys – utskrift &D"
    seen = []
    for row in STRATSYS_ROWS:
        if row[1] not in seen:
            seen.append(row[1])
    for reg in seen:
        FILES.append((STRATSYS_FILE, "INLAST", reg, YEAR, PERIOD))
    wb.save(os.path.join(OUT, STRATSYS_FILE))


# ---------------------------------------------------------------------------
# File 2: Hypergene-like export, hierarchy levels in one column (.xls)
# ---------------------------------------------------------------------------
HYP_BASE = "Hypergene_rapport_IK_VON_2025-08"
HYP_FILE = HYP_BASE + ".xls"
HYP_NAMND = "Vård- och omsorgsnämnden"

# process -> list of (kontrollmoment, ansvarig, [ (period label, status, kommentar, avvikelse) ], exp, avv)
HYP_TREE = [
    ("Ekonomi och attest", [
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller Eva Lind", [
            ("Tertial 1 2025", "Genomförd", "Stickprov 25 fakturor, inga fel.", "Nej"),
            ("Delår 2025", "Genomförd", "Stickprov 25 fakturor. En faktura attesterad av person utan attesträtt, återkopplat till enhetschef.", "Ja"),
        ], "GENOMFORD", "ja"),
        ("Kontroll av avgiftsbeslut inom hemtjänst och särskilt boende (maxtaxa)", "Avgiftshandläggare", [
            ("Tertial 1 2025", "Pågående", "Granskning av 30 avgiftsbeslut påbörjad.", ""),
            ("Delår 2025", "Delvis genomförd", "30 beslut i hemtjänsten granskade utan anmärkning. Särskilt boende kvarstår.", ""),
        ], "DELVIS", ""),
    ]),
    ("Myndighetsutövning", [
        ("Uppföljning av att biståndsbeslut verkställs inom tre månader (ej verkställda beslut)", "Biståndschef", [
            ("Delår 2025", "Genomförd", "Rapportering till IVO och revisorer gjord kvartalsvis. 7 ej verkställda beslut, samtliga rapporterade i tid.", "Nej"),
        ], "GENOMFORD", "nej"),
        ("Granskning av dokumentation i social journal enligt SoL och HSL (journalgranskning)", "Kvalitetsutvecklare", [
            ("Tertial 1 2025", "Ej påbörjad", "Planeras till våren.", ""),
            ("Delår 2025", "", "", ""),
        ], "EJ_GENOMFORD", ""),
    ]),
    ("Läkemedel och hälso- och sjukvård", [
        ("Kontroll av läkemedelshantering – narkotikainventering på särskilda boenden", "MAS", [
            ("Delår 2025", "Genomförd", "Narkotikainventering genomförd på samtliga 21 boenden. Differens på två enheter, utredd och rapporterad i avvikelsesystemet.", "Ja"),
        ], "GENOMFORD", "ja"),
        ("Kontroll av delegeringar för hälso- och sjukvårdsuppgifter (giltighetstid)", "MAS", [
            ("Tertial 1 2025", "Ej påbörjad", "", ""),
            ("Delår 2025", "Ej genomförd", "Kontrollen har inte hunnit genomföras på grund av semesterperioden.", ""),
        ], "EJ_GENOMFORD", ""),
    ]),
    ("Personal och bemanning", [
        ("Kontroll av timanställdas arbetade timmar mot LAS-gränser", "HR-konsult", [
            ("Delår 2025", "Delvis genomförd", "Kontroll gjord för hemtjänstområde Nord och Syd, övriga områden under hösten.", ""),
        ], "DELVIS", ""),
        ("Kontroll av att introduktion dokumenteras för nyanställda undersköterskor", "HR-konsult", [
            ("Delår 2025", "Utgår", "Kontrollmomentet utgår – ersätts av kommungemensam kontroll i kommunstyrelsens plan.", ""),
        ], "UTGAR", ""),
    ]),
    ("Informationssäkerhet", [
        ("Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", [
            ("Delår 2025", "", "Loggkontroller har gjorts varje månad januari–augusti. Inga otillbörliga åtkomster upptäckta.", "Nej"),
        ], "GENOMFORD", "nej"),
    ]),
]


def build_hypergene():
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hypergene – Intern kontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapport: Uppföljning kontrollmoment    Period: 2025-08    Utskriven: 2025-09-10"
    heads = ["Nivå", "Benämning", "Ansvarig", "Status", "Kommentar", "Avvikelse"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = BLUE
        cell.border = BORDER
    r = 5

    def put(level, text, indent, ansvarig=None, status=None, komm=None, avv=None, bold=False):
        nonlocal r
        ws.cell(row=r, column=1, value=level)
        b = ws.cell(row=r, column=2, value=text)
        b.alignment = Alignment(indent=indent, wrap_text=True, vertical="top")
        if bold:
            ws.cell(row=r, column=1).font = BOLD
            b.font = BOLD
        ws.cell(row=r, column=3, value=ansvarig or None)
        ws.cell(row=r, column=4, value=status or None)
        k = ws.cell(row=r, column=5, value=komm or None)
        k.alignment = WRAP
        ws.cell(row=r, column=6, value=avv or None)
        for c in range(1, 7):
            ws.cell(row=r, column=c).border = BORDER
        r += 1

    put("Nämnd", "Vård- och omsorgskontoret", 0, bold=True)
    for proc, kms in HYP_TREE:
        put("Process", proc, 1, bold=True)
        for km, ans, fups, exp, avv in kms:
            put("Kontrollmoment", km, 2, ansvarig=ans)
            for lab, st, kom, av in fups:
                put("Uppföljning", lab, 3, status=st, komm=kom, avv=av)
            EXPECTED.append((HYP_FILE, HYP_NAMND, km, exp, avv))
    for i, w in enumerate([16, 60, 20, 18, 60, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(BUILD, HYP_BASE + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((HYP_FILE, "INLAST", HYP_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 3: Word, status as a bold word inside the comment
# ---------------------------------------------------------------------------
MHN_FILE = "MHN Uppföljning internkontroll delår 2025.docx"
MHN_NAMND = "Miljö- och hälsoskyddsnämnden"

# (nr, process, kontrollmoment, metod, [comment parts: str or ("B", bold)], exp, avv)
MHN_ROWS = [
    ("1", "Tillsyn och avgifter",
     "Kontroll att tillsynsavgifter debiteras enligt fastställd taxa för livsmedelskontroll",
     "Stickprov 20 ärenden, två gånger per år",
     ["Stickprov på 20 debiterade kontroller har jämförts med taxan. Status: ", ("B", "Genomförd"),
      ". Inga avvikelser noterades."], "GENOMFORD", "nej"),
    ("2", "Tillsyn och avgifter",
     "Kontroll av att tillsynsplanen för miljöfarlig verksamhet följs (andel genomförda besök)",
     "Uppföljning i Ecos per tertial",
     ["Per 31 augusti är 58 procent av planerade tillsynsbesök genomförda, vilket är i nivå med plan. Status: ",
      ("B", "Pågår"), ". Helårsbedömning görs i bokslutet."], "DELVIS", ""),
    ("3", "Myndighetsutövning",
     "Kommunicering innan beslut – kontroll av att parter fått yttra sig före beslut om föreläggande",
     "Genomgång av 12 beslut om föreläggande",
     ["Status: ", ("B", "Genomförd med avvikelse"),
      ". I 2 av 12 granskade ärenden saknades dokumenterad kommunicering. Handläggarna har fått påminnelse "
      "och beslutsmallen har kompletterats."], "GENOMFORD", "ja"),
    ("4", "Myndighetsutövning",
     "Handläggningstid för anmälningsärenden (värmepumpar, enskilda avlopp) – högst sex veckor",
     "Uttag ur Ecos, januari–augusti",
     ["Status: ", ("B", "Genomförd"),
      ". Medianhandläggningstiden var fyra veckor, men nio ärenden överskred sex veckor under sommaren. "
      "Bemanningen under semesterperioden ses över inför 2026."], "GENOMFORD", "ja"),
    ("5", "Ekonomi",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 15 fakturor",
     ["Kontrollen görs i samband med den kommungemensamma stickprovskontrollen under hösten. Status: ",
      ("B", "Ej påbörjad"), "."], "EJ_GENOMFORD", ""),
    ("6", "Dokumenthantering",
     "Diarieföring av klagomålsärenden inom hälsoskydd",
     "Jämförelse mellan inkomna klagomål och diariet",
     ["Kontrollen har inte genomförts under perioden på grund av vakans på registratorsfunktionen. "
      "Planeras till oktober."], "EJ_GENOMFORD", ""),
    ("7", "Personal",
     "Kontroll av att jäv och bisysslor har prövats för samtliga inspektörer",
     "Genomgång av bisyssleredovisningar",
     ["Samtliga 31 inspektörer har lämnat bisyssleredovisning och ingen bisyssla bedömdes som otillåten. Status: ",
      ("B", "Genomförd"), "."], "GENOMFORD", "nej"),
    ("8", "Provtagning",
     "Kontroll av provtagning vid badplatser enligt provtagningsprogrammet",
     "Avstämning mot provtagningsprogrammet",
     ["Status: ", ("B", "Utgår"),
      ". Provtagningen vid kommunens strandbad har från 2025 överförts till Kultur- och fritidsnämnden."],
     "UTGAR", ""),
]


def set_cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_mhn():
    d = docx.Document()
    d.core_properties.author = "Miljö- och hälsoskyddskontoret"
    d.core_properties.created = FIXED_DT
    d.core_properties.comments = ""
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "NORRKÖPINGS KOMMUN\tMiljö- och hälsoskyddskontoret\tDnr MHN 2025/0142"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=1)
    p = d.add_paragraph()
    p.add_run("Miljö- och hälsoskyddsnämnden").bold = True
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. I tabellen nedan redovisas "
        "resultatet av kontrollerna per den 31 augusti. Status för varje kontrollmoment anges i fetstil "
        "i uppföljningstexten. Avvikelser och åtgärder beskrivs i samma kolumn.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Process", "Kontrollmoment", "Metod/frekvens", "Uppföljning delår 2025"]):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
    for nr, proc, km, metod, parts, exp, avv in MHN_ROWS:
        cells = t.add_row().cells
        set_cell_text(cells[0], nr)
        set_cell_text(cells[1], proc)
        set_cell_text(cells[2], km)
        set_cell_text(cells[3], metod)
        cells[4].text = ""
        para = cells[4].paragraphs[0]
        for part in parts:
            if isinstance(part, tuple):
                run = para.add_run(part[1])
                run.bold = True
            else:
                run = para.add_run(part)
            run.font.size = Pt(9)
        EXPECTED.append((MHN_FILE, MHN_NAMND, km, exp, avv))
    widths = [Cm(1), Cm(3), Cm(5), Cm(3.5), Cm(6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen under perioden i huvudsak har varit "
        "tillräcklig. Två kontroller har flyttats till hösten.")
    d.add_paragraph("Norrköping 2025-09-15")
    d.add_paragraph("Anna Bergqvist\nMiljö- och hälsoskyddsdirektör")
    d.save(os.path.join(OUT, MHN_FILE))
    FILES.append((MHN_FILE, "INLAST", MHN_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 4: .xlsm template (Socialnämnden), T1 / delår / helår status columns
# ---------------------------------------------------------------------------
SN_FILE = "IK-uppföljning_mall_2025_Socialnämnden.xlsm"
SN_NAMND = "Socialnämnden"

# (nr, process, risk, kontrollmoment, metod, ansvarig, status T1, status delår, kommentar, avvikelse, åtgärd, exp, avv)
SN_ROWS = [
    ("1", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
     "Kontroll av att utbetalningar av ekonomiskt bistånd har beslut och två handläggares underskrift",
     "Stickprov 50 utbetalningar per tertial", "Enhetschef försörjningsstöd",
     "Genomförd", "Genomförd", "Stickprov 50 utbetalningar, inga avvikelser.", "Nej", "",
     "GENOMFORD", "nej"),
    ("2", "Ekonomiskt bistånd", "Bidragsbrott upptäcks inte",
     "Kontroll mot andra myndigheter (SSBTEK) vid nyansökan",
     "Stickprov 50 nyansökningar", "Enhetschef mottagning",
     "Delvis genomförd", "Genomförd", "Rutinen följdes i 47 av 50 fall. De tre fallen utan kontroll har följts upp i efterhand.",
     "Ja", "Påminnelse på APT, checklista uppdaterad.",
     "GENOMFORD", "ja"),
    ("3", "Barn och unga", "Barn far illa utan att åtgärder vidtas",
     "Förhandsbedömning av orosanmälan inom 14 dagar",
     "Uttag ur Treserva per tertial", "Enhetschef barn och unga",
     "Genomförd", "Delvis genomförd", "92 procent av förhandsbedömningarna klara inom 14 dagar. Brister under juli på grund av hög ärendemängd.",
     "Ja", "Förstärkt bemanning under semesterperioder 2026.",
     "DELVIS", "ja"),
    ("4", "Barn och unga", "Utredningar drar ut på tiden",
     "Utredningstid enligt 11 kap. 2 § SoL (fyra månader)",
     "Uttag ur Treserva", "Enhetschef barn och unga",
     "Ej genomförd", "Ej genomförd", "Kontrollen flyttad till hösten på grund av personalomsättning.", "", "",
     "EJ_GENOMFORD", ""),
    ("5", "Placeringar", "Placering hos ej upphandlad utförare",
     "Kontroll av att placeringar i HVB och familjehem sker hos upphandlade utförare",
     "Genomgång av samtliga nya placeringar", "Placeringssamordnare",
     "", "Genomförd", "Två placeringar utanför avtal på grund av akut behov, direktupphandlingen är dokumenterad.",
     "Ja", "",
     "GENOMFORD", "ja"),
    ("6", "Placeringar", "Felaktiga fakturor för köpta platser",
     "Fakturakontroll av köpta platser mot beslut (vårddygn och pris)",
     "Stickprov 20 fakturor", "Controller socialkontoret",
     "", "Delvis genomförd", "Kontroll klar för januari–april.", "", "",
     "DELVIS", ""),
    ("7", "Missbruk och beroende", "Insatser saknar planering",
     "Kontroll av att vårdplaner upprättas inom 30 dagar efter beslut om insats",
     "Journalgranskning 15 ärenden", "Enhetschef vuxen",
     "", "Genomförd", "", "Nej", "",
     "GENOMFORD", "nej"),
    ("8", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
     "Loggkontroll i verksamhetssystemet Treserva",
     "Månatlig loggkontroll", "Systemförvaltare",
     "Ej aktuell", "Ej aktuell", "Ersätts av kommunövergripande loggkontroll enligt beslut i SN 2025-03-19 § 34.", "", "",
     "UTGAR", ""),
    ("9", "Personal", "Anställning av olämplig person",
     "Kontroll av registerutdrag vid anställning inom barn- och ungdomsvården",
     "Samtliga nyanställningar", "HR-konsult",
     "Genomförd", "", "", "", "",
     "GENOMFORD", ""),
    ("10", "Ekonomi", "Felaktig hantering av förtroendekänsliga poster",
     "Kontroll av representation och förtroendekänsliga poster",
     "Stickprov 10 verifikationer", "Controller socialkontoret",
     "", "", "", "", "",
     "SAKNAS", ""),
]

ALL_STATUS = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Ej aktuell"]


def patch_to_xlsm(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zout.writestr(item, data)
    os.replace(tmp, path)


def build_sn():
    wb = Workbook()
    fix_props(wb)
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Mall för uppföljning av internkontrollplan 2025",
        "",
        "1. Välj nämnd i cell C3 på fliken Uppföljning.",
        "2. Fyll i status för aktuellt uppföljningstillfälle (T1, delår eller helår) i de gula cellerna. Välj värde i listan.",
        "3. Beskriv resultatet av kontrollen i kolumnen Resultat/kommentar. Ange Ja i kolumnen Avvikelse om brister har upptäckts.",
        "4. Tryck på knappen 'Skapa PDF' för att skapa en utskrift till nämndens handlingar (kräver att makron är aktiverade).",
        "5. Skicka den ifyllda filen till ekonomi- och styrningsavdelningen senast 15 september.",
        "",
        "Statusvärden: Genomförd – Delvis genomförd – Ej genomförd – Ej aktuell",
        "Mallversion 2025-01, ekonomi- och styrningsavdelningen",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Uppföljning")
    ws.merge_cells("A1:L1")
    ws["A1"] = "Uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=14)
    meta = [("Nämnd:", SN_NAMND), ("År:", 2025), ("Uppföljningstillfälle:", "Delår (januari–augusti)"),
            ("Ifylld av:", "Karin Holm, kvalitetsstrateg"), ("Datum:", "2025-09-08")]
    for i, (lab, val) in enumerate(meta, 3):
        ws.cell(row=i, column=2, value=lab).font = BOLD
        c = ws.cell(row=i, column=3, value=val)
        c.fill = INPUT
        c.border = BORDER
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Status T1", "Status delår", "Status helår", "Resultat/kommentar", "Avvikelse (Ja/Nej)", "Åtgärd"]
    hr = 9
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="375623")
        cell.alignment = WRAP
        cell.border = BORDER
    # example row of the template
    ex = ["Ex.", "Exempel: Inköp", "Exempel: Inköp utanför avtal",
          "Exempel – skriv kontrollmomentet här", "Exempel: stickprov 20 fakturor", "Exempel: controller",
          "Genomförd", "", "", "Exempel: 20 fakturor granskade, inga avvikelser.", "Nej", ""]
    r = hr + 1
    for c, v in enumerate(ex, 1):
        cell = ws.cell(row=r, column=c, value=v or None)
        cell.font = Font(italic=True, color="808080")
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    first = r
    for row in SN_ROWS:
        (nr, proc, risk, km, metod, ans, s1, s2, kom, avvk, atg, exp, avv) = row
        vals = [nr, proc, risk, km, metod, ans, s1, s2, None, kom, avvk, atg]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (7, 8, 9, 10, 11, 12):
                cell.fill = INPUT
        EXPECTED.append((SN_FILE, SN_NAMND, km, exp, avv))
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$5", allow_blank=True)
    dv.add("G%d:I%d" % (first, last))
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    dv2.add("K%d:K%d" % (first, last))
    ws.add_data_validation(dv2)
    dv3 = DataValidation(type="list", formula1="Listor!$C$2:$C$13", allow_blank=False)
    dv3.add("C3")
    ws.add_data_validation(dv3)
    r += 1
    ws.cell(row=r, column=2, value="Godkänd av förvaltningschef:").font = BOLD
    ws.cell(row=r, column=4, value="Maria Ek, socialdirektör")
    for i, w in enumerate([6, 18, 24, 44, 24, 20, 14, 14, 14, 48, 12, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E10"
    ws.print_title_rows = "9:9"

    li = wb.create_sheet("Listor")
    li["A1"] = "Status"
    for i, s in enumerate(ALL_STATUS, 2):
        li.cell(row=i, column=1, value=s)
    li["C1"] = "Nämnd"
    for i, (n, _) in enumerate(NAMNDER, 2):
        li.cell(row=i, column=3, value=n)
    li.sheet_state = "hidden"
    wb.active = 1
    path = os.path.join(OUT, SN_FILE)
    wb.save(path)
    patch_to_xlsm(path)
    FILES.append((SN_FILE, "INLAST", SN_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 5: two-level header (.ods), AVN via förvaltning name
# ---------------------------------------------------------------------------
AVN_BASE = "AVN IK-plan 2025 uppföljning delår"
AVN_FILE = AVN_BASE + ".ods"
AVN_NAMND = "Arbetsmarknads- och vuxenutbildningsnämnden"

# process -> [(nr, kontrollmoment, metod, ansvarig, status, kommentar, avvikelse, exp, avv)]
AVN_TREE = [
    ("Vuxenutbildning", [
        ("1", "Kontroll av att betyg i Komvux registreras och signeras inom fastställd tid",
         "Stickprov 40 kurser", "Rektor Komvux",
         "Genomförd", "Stickprov på 40 kurser, samtliga betyg signerade inom två veckor.", "Nej", "GENOMFORD", "nej"),
        ("2", "Kontroll av fakturor från externa utbildningsanordnare mot antal deltagare",
         "Avstämning mot deltagarlistor", "Controller",
         "Genomförd", "Avvikelse mot deltagarlistan hos en anordnare (tre deltagare för mycket). Kreditfaktura har begärts.",
         "Ja", "GENOMFORD", "ja"),
        ("3", "Uppföljning av avbrott inom SFI – registrering av avbrottsorsak",
         "Uttag ur elevsystemet", "Rektor SFI",
         "Pågår", "Statistik för vårterminen sammanställs.", "", "DELVIS", ""),
    ]),
    ("Arbetsmarknadsinsatser", [
        ("4", "Kontroll av att anställningsstöd i form av extratjänster har giltiga beslut från Arbetsförmedlingen",
         "Genomgång av samtliga extratjänster", "Enhetschef arbetsmarknad",
         "Genomförd", "Samtliga 112 extratjänster hade giltigt beslut.", "Nej", "GENOMFORD", "nej"),
        ("5", "Kontroll av utbetalning av ersättning till deltagare i arbetsmarknadsinsatser",
         "Stickprov 25 utbetalningar", "Controller",
         "Ej påbörjad", "Genomförs i oktober i samband med byte av lönesystem.", "", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av närvarorapportering i feriepraktiken",
         "Avstämning närvaro mot lönefil", "Samordnare feriepraktik",
         "Genomförd", "Närvaro saknades för 14 ungdomar, rättat före lönekörningen i juli.", "Ja", "GENOMFORD", "ja"),
    ]),
    ("Ekonomi", [
        ("7", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonomichef",
         "", "", "", "SAKNAS", ""),
        ("8", "Kontroll av statsbidrag för regionalt yrkesvux – rekvirerat belopp mot faktisk volym",
         "Avstämning mot Skolverkets beslut", "Controller",
         "Utgår", "Statsbidraget har inte beviljats för 2025, kontrollen utgår.", "", "UTGAR", ""),
        ("9", "Kontroll av att inköp sker hos avtalsleverantörer (avtalstrohet)",
         "Analys av leverantörsreskontran", "Ekonomichef",
         "Pågår", "Analys av inköp januari–juni pågår tillsammans med upphandlingsenheten.", "", "DELVIS", ""),
    ]),
]


def build_avn():
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Arbetsmarknads- och vuxenutbildningskontoret"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporteringstillfälle: delårsbokslut per 31 augusti 2025"
    # group header row 5
    groups = [("A5:E5", "Internkontrollplan 2025 (antagen 2024-12-11)", GREY),
              ("F5:H5", "Uppföljning delår", BLUE),
              ("I5:K5", "Uppföljning helår", BLUE)]
    for rng, text, fill in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
        c.font = BOLD
        c.fill = fill
        c.alignment = Alignment(horizontal="center")
    heads = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Status", "Kommentar", "Avvikelse", "Status", "Kommentar", "Avvikelse"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.fill = GREY if c <= 5 else BLUE
        cell.border = BORDER
        cell.alignment = WRAP
    for c in range(1, 12):
        ws.cell(row=5, column=c).border = BORDER
    r = 7
    for proc, rows in AVN_TREE:
        start = r
        for nr, km, metod, ans, st, kom, av, exp, avv in rows:
            vals = [int(nr), proc if r == start else None, km, metod, ans, st or None, kom or None, av or None,
                    None, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            EXPECTED.append((AVN_FILE, AVN_NAMND, km, exp, avv))
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Statusvärden: Genomförd / Pågår / Ej påbörjad / Utgår. "
                                   "Avvikelse: Ja om kontrollen visat brister.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for i, w in enumerate([5, 20, 46, 26, 22, 13, 46, 10, 13, 30, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(BUILD, AVN_BASE + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((AVN_FILE, "INLAST", AVN_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 6: easy xlsx, Överförmyndarnämnden (title uses förvaltning name)
# ---------------------------------------------------------------------------
OFN_FILE = "ÖFN internkontroll delår 2025.xlsx"
OFN_NAMND = "Överförmyndarnämnden"
OFN_ROWS = [
    ("Granskning", "Granskning av inkomna årsräkningar för 2024 senast 30 juni",
     "Ja", "97 procent granskade per 30 juni, resterande klara i juli.", "GENOMFORD", ""),
    ("Arvoden", "Kontroll av att arvoden till ställföreträdare betalas ut enligt arvodesreglerna",
     "Ja", "Stickprov på 25 arvoden, ett felaktigt belopp har korrigerats.", "GENOMFORD", "ja"),
    ("Rekrytering", "Kontroll av att ställföreträdare har registerkontroll innan förordnande",
     "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Tillgångar", "Kontroll av uttagsspärrar på överförmyndarspärrade konton",
     "Delvis", "Kontroll mot bankernas besked pågår, 40 av 70 konton klara.", "DELVIS", ""),
    ("Granskning", "Kontroll av att förteckningar inkommer inom två månader efter förordnande",
     "Nej", "Ej genomförd, planeras till tertial 3.", "EJ_GENOMFORD", ""),
    ("Informationssäkerhet", "Säker hantering av handlingar med personuppgifter (låsta skåp, rensning)",
     "Ja", "", "GENOMFORD", ""),
]


def build_ofn():
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Överförmyndarkontoret – uppföljning internkontroll delår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Kontrollområde", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = GREY
    r = 4
    for omr, km, st, kom, exp, avv in OFN_ROWS:
        for c, v in enumerate([omr, km, st, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        EXPECTED.append((OFN_FILE, OFN_NAMND, km, exp, avv))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 4 av 6 kontroller genomförda.").font = Font(italic=True)
    for i, w in enumerate([20, 62, 16, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, OFN_FILE))
    FILES.append((OFN_FILE, "INLAST", OFN_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 7: text-only Word 97 document (.doc), Byggnadsnämnden
# ---------------------------------------------------------------------------
BN_BASE = "Byggnadsnämnden - redovisning intern kontroll delår 2025"
BN_FILE = BN_BASE + ".doc"
BN_NAMND = "Byggnadsnämnden"
BN_ROWS = [
    ("Handläggningstid för bygglov",
     "Kontroll av att beslut om bygglov fattas inom lagstadgad handläggningstid (tio veckor)",
     "Av 412 beslut under perioden fattades 401 inom tiden. I 11 ärenden överskreds tiden och avgiften "
     "har reducerats enligt 12 kap. 8 a § PBL. Kontrollen är genomförd.", "GENOMFORD", "ja"),
    ("Avgifter",
     "Stickprov av debiterade bygglovsavgifter mot gällande taxa",
     "Stickprov på 30 ärenden visade att avgifterna debiterats korrekt. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Delegation",
     "Kontroll av att delegationsbeslut anmäls till nämnden",
     "Delegationsbeslut för januari–april har kontrollerats och anmälts. Kontrollen av perioden maj–augusti "
     "pågår och redovisas i november.", "DELVIS", ""),
    ("Tillsyn",
     "Tillsyn av ovårdade tomter – uppföljning av förelägganden",
     "Kontrollen har inte påbörjats.", "EJ_GENOMFORD", ""),
    ("Ventilation",
     "Kontroll av att OVK-protokoll (obligatorisk ventilationskontroll) registreras i ärendesystemet",
     "Se bilaga.", "OKLAR", ""),
    ("Jäv",
     "Kontroll av att jäv prövas i ärenden där handläggare har koppling till sökande",
     "Ej aktuell under 2025 då kontrollen ingår i kommunstyrelsens gemensamma kontroll av jäv och bisysslor.",
     "UTGAR", ""),
]


def build_bn():
    d = docx.Document()
    d.core_properties.author = "Byggnadskontoret"
    d.core_properties.created = FIXED_DT
    d.core_properties.comments = ""
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Norrköpings kommun – Byggnadskontoret"
    d.add_heading("Redovisning av intern kontroll – delårsrapport 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Byggnadsnämnden").bold = True
    d.add_paragraph("Ärende till nämndens sammanträde 2025-09-25. Uppföljningen avser perioden januari–augusti 2025.")
    d.add_paragraph(
        "Byggnadsnämndens internkontrollplan för 2025 innehåller sex kontrollmoment. Nedan redovisas resultatet "
        "för vart och ett av dem.")
    for i, (rub, km, res, exp, avv) in enumerate(BN_ROWS, 1):
        d.add_heading("%d. %s" % (i, rub), level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        EXPECTED.append((BN_FILE, BN_NAMND, km, exp, avv))
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Byggnadskontoret bedömer att den interna kontrollen är tillräcklig men att handläggningstiderna "
                    "under sommaren behöver följas särskilt.")
    d.add_paragraph("Erik Sandberg\nByggnadschef")
    src = os.path.join(BUILD, BN_BASE + ".docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((BN_FILE, "INLAST", BN_NAMND, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# File 8 (rejected): covering letter for Socialnämnden's follow-up
# ---------------------------------------------------------------------------
LETTER_FILE = "Följebrev uppföljning IK delår 2025 - Socialnämnden.docx"


def build_letter():
    d = docx.Document()
    d.core_properties.author = "Socialkontoret"
    d.core_properties.created = FIXED_DT
    d.core_properties.comments = ""
    d.core_properties.modified = FIXED_DT
    d.sections[0].header.paragraphs[0].text = "NORRKÖPINGS KOMMUN\tSocialkontoret\t2025-09-08"
    d.add_paragraph("Till: Ekonomi- och styrningsavdelningen, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025. "
        "Uppföljningen är gjord i den gemensamma mallen och bifogas som Excelfil "
        "(IK-uppföljning_mall_2025_Socialnämnden.xlsm).")
    d.add_paragraph(
        "Uppföljningen behandlas av nämnden vid sammanträdet den 24 september 2025. Eventuella ändringar efter "
        "nämndens behandling meddelas snarast. Observera att kontrollen av utredningstider har flyttats till "
        "hösten och redovisas i helårsuppföljningen.")
    d.add_paragraph("Frågor om uppföljningen besvaras av Karin Holm, kvalitetsstrateg, tel. 011-15 00 00.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Ek\nSocialdirektör")
    d.add_paragraph("Bilaga: IK-uppföljning_mall_2025_Socialnämnden.xlsm")
    d.save(os.path.join(OUT, LETTER_FILE))
    FILES.append((LETTER_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, al in NAMNDER:
            w.writerow([n, "|".join(al)])
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
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    build_stratsys()
    build_hypergene()
    build_mhn()
    build_sn()
    build_avn()
    build_ofn()
    build_bn()
    build_letter()
    write_csvs()
    shutil.rmtree(BUILD)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
