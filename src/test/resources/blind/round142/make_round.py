#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 142 - Malmbergets kommun, helår 2025.

Builds the follow-up files in ./filer/ plus namnder.csv, files.csv and expected.csv.
Run with:  /usr/bin/python3 make_round.py
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
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "filer")
LO_PROFILE = "file:///tmp/lo-round142"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
TN = "Tekniska nämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
KLN = "Krisledningsnämnden"
MBAB = "Malmbergets Bostäder AB"
RTM = "Räddningstjänstförbundet Malmfälten"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOF"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (MHN, "MHN|Miljö- och hälsoskyddsförvaltningen|Miljökontoret"),
    (TN, "TN|Tekniska förvaltningen|TF"),
    (OFN, "ÖFN|Överförmyndarkontoret|Överförmyndaren"),
    (VN, "VN"),
    (KLN, "KLN"),
    (MBAB, "MBAB|Malmbergsbostäder|Malmbergets Bostäder"),
    (RTM, "RTM|Räddningstjänsten Malmfälten|Räddningstjänstförbundet"),
]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixprops_xlsx(wb):
    wb.properties.creator = "Malmbergets kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Malmbergets kommun"


def fixprops_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed timestamps so reruns are byte-identical."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                              b"<meta:creation-date>2026-01-30T09:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-01-30T09:00:00</dc:date>", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>",
                              b"<meta:editing-duration>PT0S</meta:editing-duration>", data)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 30, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    os.replace(tmp, path)


def lo_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.isfile(out):
        raise RuntimeError("LibreOffice conversion failed: " + out)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Stratsys CSV export, KS (KLF) + SBN (SBF), row per control and tertial
# ---------------------------------------------------------------------------
def f1():
    fil = "Stratsys_IK_export_2025-12-31.csv"
    header = ["Organisation", "Förvaltning", "Kontroll-ID", "Process", "Kontrollmoment",
              "Kontrollmetod", "Kontrollansvarig", "Period", "Status", "Avvikelse", "Kommentar"]
    # (fv, id, process, km, metod, ansvarig, [(period, status, avv, kommentar)], exp_status, exp_avv, namnd)
    C = [
        ("KLF", "KLF-IK-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Ekonomichef",
         [("T1 2025", "Genomförd", "Nej", "Stickprov 30 fakturor, inga avvikelser."),
          ("T2 2025", "Genomförd", "Nej", "Inga avvikelser."),
          ("T3 2025", "Genomförd med avvikelse", "Ja",
           "Stickprov 30 fakturor. 2 fakturor saknade andra attest (belopp över 50 tkr).\n"
           "Åtgärd: påminnelse till beslutsattestanter i december.")],
         "GENOMFORD", "ja", KS),
        ("KLF", "KLF-IK-02", "Styrning och ledning",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse diarium mot anmälningslistor", "Kanslichef",
         [("T2 2025", "Pågående", "", "Genomgång av maj–juni påbörjad."),
          ("T3 2025", "Genomförd", "Nej", "Samtliga beslut i stickprovet var anmälda.")],
         "GENOMFORD", "nej", KS),
        ("KLF", "KLF-IK-03", "Upphandling och inköp",
         "Avtalstrohet vid direktupphandling – stickprov 20 inköp",
         "Stickprov i e-handelssystemet", "Upphandlingschef",
         [("T1 2025", "Ej påbörjad", "", ""),
          ("T2 2025", "Pågående", "", "Urval gjort."),
          ("T3 2025", "Pågående", "Ja",
           "12 av 20 inköp granskade. 3 inköp gjorda utan avtal och utan dokumenterad direktupphandling. "
           "Resterande granskas i januari 2026.")],
         "DELVIS", "ja", KS),
        ("KLF", "KLF-IK-04", "IT och informationssäkerhet",
         "Behörighetskontroll i ekonomisystemet Raindance",
         "Behörighetslista mot personalregister", "IT-chef",
         [("T3 2025", "Ej påbörjad", "",
           "Skjuts till 2026 på grund av byte av ekonomisystem.")],
         "EJ_GENOMFORD", "", KS),
        ("KLF", "KLF-IK-05", "Ekonomi", "Representation och förtroendekänsliga poster",
         "Granskning av samtliga representationsfakturor", "Controller",
         [("T3 2025", "Genomförd", "Nej", "Granskat 14 fakturor, syfte och deltagare angivna.")],
         "GENOMFORD", "nej", KS),
        ("KLF", "KLF-IK-06", "IT och informationssäkerhet",
         "Uppföljning av informationssäkerhetsincidenter",
         "Genomgång av incidentloggen", "Informationssäkerhetssamordnare",
         [("T1 2025", "Genomförd", "Nej", "Inga allvarliga incidenter."),
          ("T2 2025", "Genomförd", "Nej", "Två incidenter, båda hanterade enligt rutin."),
          ("T3 2025", "", "", "")],
         "GENOMFORD", "nej", KS),
        ("KLF", "KLF-IK-07", "Personal",
         "Löneutbetalningar – kontroll av tillfälliga lönetillägg",
         "Stickprov i lönesystemet", "HR-chef",
         [("T3 2025", "Utgår", "",
           "Kontrollen ströks genom KS beslut 2025-05-20 § 88, ingår i lönecentrums egenkontroll.")],
         "UTGAR", "", KS),
        ("SBF", "SBF-IK-01", "Bygglov",
         "Handläggningstider för bygglov inom 10 veckor",
         "Uttag ur ärendehanteringssystemet", "Bygglovschef",
         [("T1 2025", "Genomförd", "Nej", ""),
          ("T2 2025", "Genomförd", "Nej", ""),
          ("T3 2025", "Genomförd med avvikelse", "Ja",
           "4 ärenden av 96 överskred 10 veckor, avgiften reducerades enligt PBL.")],
         "GENOMFORD", "ja", SBN),
        ("SBF", "SBF-IK-02", "Bygglov", "Debitering av bygglovsavgifter enligt taxa",
         "Stickprov 15 beslut", "Bygglovschef",
         [("T3 2025", "Genomförd", "Nej", "Samtliga 15 korrekt debiterade.")],
         "GENOMFORD", "nej", SBN),
        ("SBF", "SBF-IK-03", "Mark och exploatering",
         "Kontroll av att fakturor för markarbeten stämmer mot avtal",
         "Stickprov 10 fakturor", "Exploateringsingenjör",
         [("T2 2025", "Ej påbörjad", "", ""),
          ("T3 2025", "Pågående", "", "Hälften av stickprovet granskat, slutförs under T1 2026.")],
         "DELVIS", "", SBN),
        ("SBF", "SBF-IK-04", "Administration", "Diarieföring av inkomna handlingar",
         "Stickprov i registratorns brevlåda", "Nämndsekreterare",
         [("T3 2025", "Ej genomförd", "", "Ej genomförd på grund av vakans.")],
         "EJ_GENOMFORD", "", SBN),
        ("SBF", "SBF-IK-05", "Mark och exploatering", "Uppföljning av exploateringsavtal",
         "Avtalsregister mot utförda åtaganden", "Mark- och exploateringschef",
         [("T3 2025", "", "", "")],
         "SAKNAS", "", SBN),
        ("SBF", "SBF-IK-06", "Administration", "Hantering av GDPR-registerutdrag",
         "Genomgång av inkomna begäranden", "Dataskyddsombud",
         [("T3 2025", "", "", "Kontrollen är genomförd, inga avvikelser noterades.")],
         "GENOMFORD", "nej", SBN),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for fv, cid, proc, km, metod, ansv, rows, est, eav, namnd in C:
            for per, st, av, kom in rows:
                w.writerow(["Malmbergets kommun", fv, cid, proc, km, metod, ansv, per, st, av, kom])
            exp(fil, namnd, km, est, eav)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Hypergene xlsx export, BUF + SOF, rows per control and Delår/Helår,
#     colour names + fills in "Signal", legend at the bottom
# ---------------------------------------------------------------------------
COLOURS = {"Grön": "00B050", "Gul": "FFFF00", "Orange": "FFC000", "Röd": "FF0000", "Grå": "BFBFBF"}


def f2():
    fil = "Hypergene_IK_Delår_Helår_2025.xlsx"
    BUFN = "Barn- och utbildningsförvaltningen"
    SOFN = "Socialförvaltningen"
    C = [
        (BUFN, "Central förvaltning", "Trygghet och studiero",
         "Kontroll av att kränkningsanmälningar utreds skyndsamt",
         "Stickprov 10 anmälningar per period", "Verksamhetschef grundskola",
         [("Delår 2025", "Gul", "2 av 10 utredningar påbörjades efter mer än 5 dagar."),
          ("Helår 2025", "Grön", "Samtliga 10 utredningar påbörjade inom 5 dagar.")],
         "GENOMFORD", "nej", BUN),
        (BUFN, "Grundskola", "Elevhälsa och närvaro",
         "Stickprov av elevfrånvaro – rapportering till vårdnadshavare samma dag",
         "Uttag ur närvarosystemet", "Rektorer",
         [("Delår 2025", "Orange", "Kontroll påbörjad på två skolor."),
          ("Helår 2025", "Orange", "Kontroll gjord på 3 av 6 skolor.")],
         "DELVIS", "", BUN),
        (BUFN, "Central förvaltning", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Förvaltningsekonom",
         [("Helår 2025", "Gul", "2 av 25 fakturor attesterade av fel person. Rutinen har förtydligats.")],
         "GENOMFORD", "ja", BUN),
        (BUFN, "Central förvaltning", "Skolskjuts",
         "Skolskjutsar – kontroll av att fakturerade körningar motsvarar beställda",
         "Jämförelse faktura mot beställningslista", "Skolskjutssamordnare",
         [("Helår 2025", "Röd", "Ej genomförd, ansvarig slutade under hösten.")],
         "EJ_GENOMFORD", "", BUN),
        (BUFN, "Förskola", "Personal",
         "Registerkontroll ur belastningsregistret vid nyanställning",
         "Stickprov bland nyanställda", "HR-partner",
         [("Delår 2025", "Grön", "Utan anmärkning."),
          ("Helår 2025", "Grön", "Utan anmärkning.")],
         "GENOMFORD", "nej", BUN),
        (BUFN, "Förskola", "Avgifter",
         "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
         "Inkomstjämförelse", "Avgiftshandläggare",
         [("Helår 2025", "Grå", "Utgår – ersätts av det centrala maxtaxeprojektet.")],
         "UTGAR", "", BUN),
        (BUFN, "Central förvaltning", "IT",
         "Inventering av digitala läromedelslicenser",
         "Licenslista mot elevantal", "IT-samordnare",
         [("Helår 2025", "", "Se bilaga 3.")],
         "OKLAR", "", BUN),
        (SOFN, "Individ- och familjeomsorg", "Ekonomiskt bistånd",
         "Handläggning av ekonomiskt bistånd – stickprov av 20 beslut",
         "Aktgranskning", "Enhetschef försörjningsstöd",
         [("Delår 2025", "Grön", "Utan anmärkning."),
          ("Helår 2025", "Gul", "3 beslut saknade dokumenterad motivering. Genomgång på APT i januari.")],
         "GENOMFORD", "ja", SN),
        (SOFN, "Individ- och familjeomsorg", "Barn och unga",
         "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga",
         [("Delår 2025", "Gul", "6 av 48 förhandsbedömningar överskred 14 dagar."),
          ("Helår 2025", "Grön", "Samtliga inom 14 dagar under hösten.")],
         "GENOMFORD", "nej", SN),
        (SOFN, "Funktionsstöd", "LSS",
         "Verkställighet av LSS-beslut inom tre månader",
         "Uttag ej verkställda beslut", "Verksamhetschef funktionsstöd",
         [("Helår 2025", "Röd", "Kontrollen har inte genomförts under året.")],
         "EJ_GENOMFORD", "", SN),
        (SOFN, "Vård och omsorg", "Hemtjänst",
         "Kontroll av hemtjänstleverantörers fakturor mot utförd tid",
         "Jämförelse faktura mot tidsregistrering", "Avgiftshandläggare",
         [("Delår 2025", "Orange", "Två av fem leverantörer kontrollerade."),
          ("Helår 2025", "Orange", "Fyra av fem leverantörer kontrollerade.")],
         "DELVIS", "", SN),
        (SOFN, "Vård och omsorg", "Hälso- och sjukvård",
         "Läkemedelshantering – kontroll av signeringslistor på särskilt boende",
         "Stickprov signeringslistor", "MAS",
         [("Helår 2025", "Grön", "")],
         "GENOMFORD", "nej", SN),
        (SOFN, "Vård och omsorg", "Ekonomi",
         "Hantering av brukarmedel och kontanter",
         "Kassainventering", "Enhetschefer särskilt boende",
         [("Helår 2025", "Grön",
           "Genomförd. Brister i kvittohanteringen på ett boende, åtgärdat i november.")],
         "GENOMFORD", "ja", SN),
        (SOFN, "Individ- och familjeomsorg", "Dokumentation",
         "Journalföring inom IFO – aktualiseringar dokumenteras",
         "Aktgranskning", "Kvalitetsutvecklare",
         [("Delår 2025", "Grön", "Utan anmärkning.")],
         "GENOMFORD", "nej", SN),
        (SOFN, "Individ- och familjeomsorg", "Placeringar",
         "Avtalsuppföljning av HVB-placeringar",
         "Avtal mot placeringsbeslut", "Enhetschef barn och unga",
         [("Helår 2025", "Grå", "Ej aktuell 2025, inga nya avtal har tecknats.")],
         "UTGAR", "", SN),
    ]
    wb = openpyxl.Workbook()
    fixprops_xlsx(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hypergene – Rapport: Intern kontroll, uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Organisation: Malmbergets kommun"
    ws["A3"] = "Urval: Barn- och utbildningsförvaltningen, Socialförvaltningen   Perioder: Delår 2025, Helår 2025"
    ws["A4"] = "Utskriftsdatum: 2026-01-20  Användare: malm\\ekokon07"
    hdr = ["Förvaltning", "Verksamhet", "Process", "Kontrollmoment", "Kontrollmetod",
           "Ansvarig", "Period", "Signal", "Kommentar"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
    for fv, verks, proc, km, metod, ansv, rows, est, eav, namnd in C:
        for per, sig, kom in rows:
            r += 1
            vals = [fv, verks, proc, km, metod, ansv, per, sig, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if sig:
                ws.cell(r, 8).fill = PatternFill("solid", fgColor=COLOURS[sig])
        exp(fil, namnd, km, est, eav)
    r += 2
    ws.cell(r, 1, "Teckenförklaring signal").font = Font(bold=True)
    legend = [("Grön", "Kontrollen genomförd, inga avvikelser"),
              ("Gul", "Kontrollen genomförd, avvikelser noterade – åtgärder pågår"),
              ("Orange", "Kontrollen delvis genomförd/pågår"),
              ("Röd", "Kontrollen ej genomförd"),
              ("Grå", "Kontrollen utgår")]
    for name, txt in legend:
        r += 1
        c = ws.cell(r, 1, name)
        c.fill = PatternFill("solid", fgColor=COLOURS[name])
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Antal rader: %d" % sum(len(x[6]) for x in C))
    widths = [30, 22, 20, 55, 30, 26, 12, 10, 60]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = "A6:I%d" % (6 + sum(len(x[6]) for x in C))
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Controller's workbook: Sammanställning + KFN (fills only, T1-T3) + TN
#     (percent shares, status words) + Listor
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
FILLS = {"G": GREEN, "Y": YELLOW, "R": RED}


def f3():
    fil = "IK helår 2025 - controllerns arbetsbok.xlsx"
    wb = openpyxl.Workbook()
    fixprops_xlsx(wb)
    wb.properties.creator = "Controller Sara Nilsson"
    summ = wb.active
    summ.title = "Sammanställning"

    # ---- KFN sheet: fills only ------------------------------------------
    kfn = wb.create_sheet("KFN")
    kfn["A1"] = "Kultur- och fritidsnämnden"
    kfn["A1"].font = Font(bold=True, size=14)
    kfn["A2"] = "Uppföljning av internkontrollplan 2025 – T1, T2 och T3 (helår)"
    kfn["A3"] = "Färgmarkering:"
    kfn["B3"] = "genomförd utan anmärkning"
    kfn["B3"].fill = GREEN
    kfn["D3"] = "delvis genomförd / pågår"
    kfn["D3"].fill = YELLOW
    kfn["F3"] = "ej genomförd"
    kfn["F3"].fill = RED
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = kfn.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    K = [
        ("Ekonomi", None),
        ("1", "Föreningsbidrag – kontroll av att redovisning inkommit innan utbetalning",
         "Stickprov 10 föreningar", "Föreningshandläggare", "G", "G", "G", "",
         "GENOMFORD", "nej"),
        ("2", "Kassahantering i simhallen och på biblioteket", "Oanmäld kassainventering",
         "Enhetschef fritid", "Y", "Y", "R", "Ingen kontroll gjord under hösten.",
         "EJ_GENOMFORD", ""),
        ("3", "Uthyrning av lokaler – debitering enligt taxa", "Stickprov bokningar",
         "Bokningsansvarig", None, None, "Y", "Kontrollerat 8 av 15 bokningar.",
         "DELVIS", ""),
        ("4", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Förvaltningsekonom", None, "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Verksamhet", None),
        ("5", "Inventarieförteckning för bibliotek och fritidsgårdar", "Inventering på plats",
         "Bibliotekschef", None, None, "G", "Genomförd.", "GENOMFORD", "nej"),
        ("6", "Tillstånd för lotterier – handläggning inom 4 veckor", "Uttag ur diariet",
         "Handläggare", None, None, None,
         "Utgår, handläggningen är överförd till Kommunstyrelsen från 1 mars.", "UTGAR", ""),
        ("7", "Registerutdrag för ledare i bidragsberättigade föreningar",
         "Stickprov 5 föreningar", "Föreningshandläggare", "Y", "G", None, "",
         "GENOMFORD", "nej"),
    ]
    r = 5
    kfn_counts = {"G": 0, "D": 0, "E": 0, "U": 0}
    for row in K:
        r += 1
        if row[1] is None:
            kfn.cell(r, 1, row[0]).font = Font(bold=True, italic=True)
            kfn.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            kfn.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            continue
        nr, km, metod, ansv, t1, t2, t3, kom, est, eav = row
        for i, v in enumerate([int(nr), km, metod, ansv, None, None, None, kom or None], 1):
            c = kfn.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        for col, code in ((5, t1), (6, t2), (7, t3)):
            if code:
                kfn.cell(r, col).fill = FILLS[code]
        exp(fil, KFN, km, est, eav)
        kfn_counts[{"GENOMFORD": "G", "DELVIS": "D", "EJ_GENOMFORD": "E", "UTGAR": "U"}[est]] += 1
    r += 2
    kfn.cell(r, 1, "Sammanfattning: 7 kontrollmoment, varav 4 genomförda, 1 delvis, 1 ej genomförd och 1 utgår.")
    r += 2
    kfn.cell(r, 1, "Uppföljningen behandlad i kultur- och fritidsnämnden 2026-02-10.")
    for col, wdt in zip("ABCDEFGH", [5, 55, 26, 22, 6, 6, 6, 50]):
        kfn.column_dimensions[col].width = wdt
    kfn.oddHeader.right.text = "Kultur- och fritidsförvaltningen"
    kfn.oddFooter.left.text = "&F / &A"

    # ---- TN sheet: percent shares ----------------------------------------
    tn = wb.create_sheet("TN")
    tn["A1"] = "Tekniska nämnden – intern kontroll 2025, helårsuppföljning"
    tn["A1"].font = Font(bold=True, size=14)
    tn["A2"] = "Andel kontrollerat = kontrollerade poster i förhållande till planerat stickprov."
    hdr = ["Kontrollmoment", "Ansvarig", "Stickprov (antal)", "Kontrollerat (antal)",
           "Andel kontrollerat", "Avvikelser (antal)", "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = tn.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    T = [
        ("Kontroll av fordonsbokningar och körjournaler", "Fordonssamordnare", 20, 20, 0,
         "Genomförd", "", "GENOMFORD", "nej"),
        ("Fakturakontroll entreprenader gata/park mot avtal", "Gatuchef", 15, 10, 1,
         "Delvis", "En faktura med felaktigt á-pris, kreditering begärd. 5 fakturor kvar.",
         "DELVIS", "ja"),
        ("Kontroll av VA-debitering mot mätarställning", "VA-chef", 50, 50, 4,
         "Genomförd", "4 abonnenter feldebiterade, rättat på nästa faktura.", "GENOMFORD", "ja"),
        ("Säkerhetsbesiktning av lekplatser", "Parkchef", 32, 0, None,
         "Ej genomförd", "Besiktningsfirman upphandlas om, besiktning våren 2026.",
         "EJ_GENOMFORD", ""),
        ("Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare", 40, 40, 0,
         None, "Samtliga tankningar kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Snöröjning – kontroll av entreprenörens tidrapporter", "Gatuchef", None, None, None,
         "Utgår", "Entreprenaden avslutad, snöröjning i egen regi från 2025.", "UTGAR", ""),
        ("Kontroll av behörigheter i driftövervakningssystemet", "Driftchef", 25, 10, None,
         "Pågår", "", "DELVIS", ""),
    ]
    STFILL = {"Genomförd": GREEN, "Delvis": YELLOW, "Pågår": YELLOW, "Ej genomförd": RED}
    r = 4
    for km, ansv, plan, done, avv, st, kom, est, eav in T:
        r += 1
        andel = (done / plan) if plan else None
        vals = [km, ansv, plan, done, andel, avv, st, kom or None]
        for i, v in enumerate(vals, 1):
            c = tn.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        tn.cell(r, 5).number_format = "0%"
        if st in STFILL:
            tn.cell(r, 7).fill = STFILL[st]
        exp(fil, TN, km, est, eav)
    r += 1
    tn.cell(r, 1, "Totalt").font = Font(bold=True)
    tot_plan = sum(x[2] or 0 for x in T)
    tot_done = sum(x[3] or 0 for x in T)
    tn.cell(r, 3, tot_plan)
    tn.cell(r, 4, tot_done)
    tn.cell(r, 5, tot_done / tot_plan).number_format = "0%"
    tn.cell(r, 6, sum(x[4] or 0 for x in T))
    for i in range(1, 9):
        tn.cell(r, i).font = Font(bold=True)
        tn.cell(r, i).border = BOX
    r += 2
    tn.cell(r, 1, "Ansvarig controller: Sara Nilsson, ekonomiavdelningen")
    for col, wdt in zip("ABCDEFGH", [55, 20, 12, 12, 12, 12, 14, 55]):
        tn.column_dimensions[col].width = wdt

    # ---- Listor (dropdown source) ----------------------------------------
    li = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis", "Pågår", "Ej genomförd", "Utgår"], 1):
        li.cell(i, 1, v)
    li.sheet_state = "hidden"

    # ---- Sammanställning --------------------------------------------------
    summ["A1"] = "Intern kontroll 2025 – sammanställning helår"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Malmbergets kommun, ekonomiavdelningen. Underlag till kommunstyrelsens årsredovisning."
    hdr = ["Nämnd", "Antal kontrollmoment", "Genomförda", "Delvis", "Ej genomförda", "Utgår",
           "Andel genomförda", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = summ.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    tn_counts = {"G": 0, "D": 0, "E": 0, "U": 0}
    for x in T:
        tn_counts[{"GENOMFORD": "G", "DELVIS": "D", "EJ_GENOMFORD": "E", "UTGAR": "U"}[x[7]]] += 1
    rows = [
        ("Kultur- och fritidsnämnden", kfn_counts, "Se flik KFN"),
        ("Tekniska nämnden", tn_counts, "Se flik TN"),
    ]
    r = 4
    for name, cnt, kom in rows:
        r += 1
        tot = sum(cnt.values())
        vals = [name, tot, cnt["G"], cnt["D"], cnt["E"], cnt["U"], cnt["G"] / tot, kom]
        for i, v in enumerate(vals, 1):
            c = summ.cell(r, i, v)
            c.border = BOX
        summ.cell(r, 7).number_format = "0%"
    r += 1
    summ.cell(r, 1, "Miljö- och hälsoskyddsnämnden")
    summ.cell(r, 8, "Egen rapport inkommen som Word-dokument, ej inlagd i arbetsboken")
    r += 1
    tot = {k: kfn_counts[k] + tn_counts[k] for k in "GDEU"}
    t = sum(tot.values())
    vals = ["Summa", t, tot["G"], tot["D"], tot["E"], tot["U"], tot["G"] / t, None]
    for i, v in enumerate(vals, 1):
        c = summ.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.cell(r, 7).number_format = "0%"
    for col, wdt in zip("ABCDEFGH", [34, 12, 12, 10, 14, 10, 16, 60]):
        summ.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Överförmyndarnämnden, hand-made .xls, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def f4(tmp):
    fil = "IK-plan uppföljning 2025 ÖFN.xls"
    C = [
        ("Granskning", "Granskning av årsräkningar – stickprov på arvodesberäkning",
         "20 årsräkningar", "Ja", "Inga fel i arvodesberäkningen.", "", "GENOMFORD", "nej"),
        ("Ställföreträdare", "Kontroll av att ställföreträdare har aktuellt registerutdrag",
         "Samtliga nya", "Delvis", "Utdrag begärt för 34 av 41 ställföreträdare.",
         "Resterande begärs in under januari.", "DELVIS", ""),
        ("Förvaltning", "Förvaltarkonton – kontroll av uttagsspärr", "15 konton", "Ja",
         "Två konton saknade spärr.", "Spärr införd, bank kontaktad.", "GENOMFORD", "ja"),
        ("Handläggning", "Diarieföring av inkommande handlingar inom två arbetsdagar",
         "En vecka per kvartal", "Nej", "Hanns inte med pga hög arbetsbelastning.",
         "Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("Arvoden", "Arvoden utbetalas enligt beslut", "10 utbetalningar", "Ja",
         "Utan anmärkning.", "", "GENOMFORD", "nej"),
        ("Handläggning", "Handläggning av ansökan om god man inom 3 månader",
         "Samtliga ärenden", "", "", "", "SAKNAS", ""),
    ]
    # xlwt cannot write non-ASCII print headers under Python 3, so build an xlsx
    # and let LibreOffice write the .xls (print header/footer survive).
    wb = openpyxl.Workbook()
    fixprops_xlsx(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.center.text = "Intern kontroll"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.left.text = "Malmbergets kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser: helår, rapportering per 2025-12-31"
    hdr = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Kontroll utförd (Ja/Nej/Delvis)",
           "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 4
    for omr, km, omf, utf, iakt, atg, est, eav in C:
        r += 1
        for i, v in enumerate([omr, km, omf, utf, iakt, atg], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, OFN, km, est, eav)
    r += 2
    ws.cell(r, 1, "Upprättad av: Lena Berg, handläggare")
    ws.cell(r + 1, 1, "Datum: 2026-01-15")
    for col, wdt in zip("ABCDEF", [18, 55, 18, 14, 45, 35]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(tmp, fil[:-4] + ".xlsx")
    wb.save(src)
    lo_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  RTM: Stratsys report exported to Word, text blocks only (no table)
# ---------------------------------------------------------------------------
def f5():
    fil = "RTM Uppföljning internkontrollplan 2025 helår.docx"
    d = docx.Document()
    fixprops_docx(d, "Stratsys")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("Räddningstjänstförbundet Malmfälten").runs[0].bold = True
    d.add_heading("Uppföljning av internkontrollplan – Helår 2025", level=0)
    d.add_paragraph("Rapport genererad från Stratsys 2026-01-12 14:05. Period: T3 2025 (helår).")
    d.add_paragraph(
        "Förbundsdirektionen antog internkontrollplanen för 2025 den 12 december 2024. Nedan redovisas "
        "status för respektive kontrollmoment vid årets slut. Status anges för tertial 3, som "
        "motsvarar helår; för kontrollmoment som även följts upp under året visas tidigare tertial.")
    C = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertialvis",
             [("T3", "Genomförd")], "Nej",
             "Stickprov om 20 fakturor. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("Fakturering av automatlarm (onödiga larm)", "Administratör", "Helår",
             [("T3", "Genomförd med avvikelse")], "Ja",
             "Sex onödiga larm hade inte fakturerats. Fakturor skickade i december.",
             "GENOMFORD", "ja"),
        ]),
        ("Förebyggande verksamhet", [
            ("Tillsyn enligt LSO – planerade tillsyner genomförs enligt tillsynsplan",
             "Stf räddningschef", "Tertialvis",
             [("T1", "Pågående"), ("T2", "Pågående"), ("T3", "Delvis genomförd")], "Ja",
             "42 av 60 planerade tillsyner genomförda. Två inspektörer har varit tjänstlediga.",
             "DELVIS", "ja"),
        ]),
        ("Operativ verksamhet", [
            ("Kontroll av att larmoperatörer har giltig utbildning", "Insatschef", "Helår",
             [("T2", "Pågående"), ("T3", "Genomförd")], "Nej",
             "Samtliga 14 operatörer har giltig utbildning.", "GENOMFORD", "nej"),
            ("Övningsdokumentation för deltidsbrandmän", "Styrkeledare", "Helår",
             [("T3", "Ej genomförd")], "–",
             "Skjuts till 2026 i samband med nytt övningsregistreringssystem.",
             "EJ_GENOMFORD", ""),
            ("Underhåll av andningsskydd enligt serviceplan", "Verkstadsansvarig", "Helår",
             [("T3", "Utgår")], "–",
             "Utgår enligt direktionens beslut 2025-06-18 § 31, ingår i leverantörens serviceavtal.",
             "UTGAR", ""),
        ]),
    ]
    for proc, items in C:
        d.add_heading("Process: " + proc, level=1)
        for km, ansv, frekv, stats, avv, kom, est, eav in items:
            d.add_heading(km, level=2)
            d.add_paragraph("Ansvarig: %s    Frekvens: %s" % (ansv, frekv))
            for per, s in stats:
                p = d.add_paragraph()
                p.add_run("Status %s: " % per).bold = True
                p.add_run(s)
            p = d.add_paragraph()
            p.add_run("Avvikelse: ").bold = True
            p.add_run(avv)
            p = d.add_paragraph()
            p.add_run("Kommentar: ").bold = True
            p.add_run(kom)
            exp(fil, RTM, km, est, eav)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: 6 kontrollmoment, varav 3 genomförda, 1 delvis genomfört, "
                    "1 ej genomfört och 1 utgått.")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Stratsys – Räddningstjänstförbundet Malmfälten"
    sec.footer.paragraphs[0].text = "Utskrift 2026-01-12"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", RTM, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  MBAB: hand-made .ods with plan columns, 2024 result, tick columns 2025
# ---------------------------------------------------------------------------
def f6(tmp):
    fil = "MBAB internkontroll 2025.ods"
    C = [
        ("1", "Hyresadministration", "Hyresavier – kontroll att hyreshöjning 2025 debiterats korrekt",
         "2×3=6", "Ekonomichef", "Februari", "Genomförd", "X", "", "", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2", "Fastighetsförvaltning", "Kontroll av att felanmälningar åtgärdas inom 10 dagar",
         "3×3=9", "Förvaltningschef", "Löpande", "Delvis", "", "X", "",
         "Uttag för kvartal 3 och 4 kvarstår.", "DELVIS", ""),
        ("3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "2×4=8", "Ekonomichef", "Oktober", "Genomförd", "X", "", "",
         "1 faktura saknade attest – rättad.", "GENOMFORD", "ja"),
        ("4", "Säkerhet", "Nyckelhantering och passersystem – kvittens av nycklar",
         "3×2=6", "Driftchef", "September", "Ej genomförd", "", "", "X",
         "Ny rutin införs 2026.", "EJ_GENOMFORD", ""),
        ("5", "Uthyrning", "Kreditprövning av nya hyresgäster",
         "2×3=6", "Uthyrningschef", "Maj", "Genomförd", "X", "", "X", "",
         "OKLAR", ""),
        ("6", "Inköp", "Upphandling – avtalstrohet ramavtal hantverkare",
         "3×3=9", "VD", "November", "Genomförd", "", "", "",
         "Utgår 2025 enligt styrelsebeslut 2025-04-24.", "UTGAR", ""),
        ("7", "Ekonomi", "Kontroll av hyresförluster och avskrivningar",
         "2×2=4", "Ekonomichef", "December", "Genomförd", "", "", "", "",
         "SAKNAS", ""),
        ("8", "Fastighetsförvaltning", "Energiuppföljning per fastighet",
         "2×2=4", "Energisamordnare", "Kvartalsvis", "Ej genomförd", "X", "", "", "",
         "GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fixprops_xlsx(wb)
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Malmbergets Bostäder AB – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd av styrelsen 2025-01-30. Uppföljning till styrelsemötet 2026-02-12."
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–4). Markera utfall 2025 med X."
    # two header rows with merged group headings
    ws.merge_cells("A5:F5")
    ws["A5"] = "Plan 2025"
    ws["G5"] = "Föregående år"
    ws.merge_cells("H5:K5")
    ws["H5"] = "Uppföljning helår 2025"
    hdr = ["Nr", "Område", "Kontrollmoment", "Riskvärde", "Ansvarig", "När",
           "Utfall 2024", "Genomförd", "Delvis", "Ej genomförd", "Kommentar 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    for c in ("A5", "G5", "H5"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    for row in C:
        r += 1
        *vals, est, eav = row
        vals[0] = int(vals[0])
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP if i not in (8, 9, 10) else Alignment(horizontal="center", vertical="top")
        exp(fil, MBAB, row[2], est, eav)
    r += 2
    ws.cell(r, 1, "Antal")
    ws.cell(r, 8, "=COUNTIF(H7:H14,\"X\")")
    ws.cell(r, 9, "=COUNTIF(I7:I14,\"X\")")
    ws.cell(r, 10, "=COUNTIF(J7:J14,\"X\")")
    r += 2
    ws.cell(r, 1, "Malmberget 2026-02-02")
    ws.cell(r + 1, 1, "Per Håkansson, VD")
    for col, wdt in zip("ABCDEFGHIJK", [5, 20, 50, 10, 16, 12, 14, 11, 9, 11, 40]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(tmp, "MBAB internkontroll 2025.xlsx")
    wb.save(src)
    lo_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", MBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  MHN: hand-made Word document, table with code legend and group rows
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def f7():
    fil = "Miljö- och hälsoskyddsnämnden uppföljning IK 2025.docx"
    d = docx.Document()
    fixprops_docx(d, "Anna Lindqvist")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph("MALMBERGETS KOMMUN\nMiljökontoret")
    p.runs[0].bold = True
    p = d.add_paragraph("Tjänsteskrivelse\t\t\t\t2026-01-28\nDnr MHN 2025/112")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Miljö- och hälsoskyddsnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 97). "
        "Planen omfattar sju kontrollmoment. Uppföljningen vid delåret redovisades för nämnden i "
        "september. I tabellen nedan redovisas resultatet för helåret.")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig, men att "
        "handläggningstiderna för enskilda avlopp behöver följas upp även 2026.")
    rows = [
        ("Tillsyn", None),
        ("Tillsynsplanen följs – genomförda inspektioner i förhållande till plan",
         "Uttag ur Ecos", "45 % av planerade inspektioner", "88 % av planerade inspektioner", "D",
         "DELVIS", ""),
        ("Kommunicering innan beslut om sanktionsavgift", "Stickprov 10 beslut", "–",
         "Ett ärende saknade kommunicering. Rutinen har uppdaterats.", "G", "GENOMFORD", "ja"),
        ("Handläggningstid för enskilda avlopp inom 6 veckor", "Uttag ur Ecos",
         "Ej påbörjad", "Ej genomförd p.g.a. vakans under hösten.", "E", "EJ_GENOMFORD", ""),
        ("Registrering av livsmedelsanläggningar i verksamhetssystemet", "Stickprov 20 anläggningar",
         "Påbörjad", "Se bilaga 2.", "", "OKLAR", ""),
        ("Ekonomi och administration", None),
        ("Debitering av årlig tillsynsavgift enligt taxa", "Stickprov 15 ärenden", "–",
         "Stickprov 15 ärenden, samtliga korrekt debiterade.", "G", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor",
         "Inga avvikelser", "Inga avvikelser", "G", "GENOMFORD", "nej"),
        ("Jäv – kontroll av att inspektörer anmält bisysslor", "Genomgång av bisysslelista",
         "–", "Utgår enligt beslut MHN 2025-03-12 § 14.", "U", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Kontrollmetod", "Resultat delår", "Resultat helår", "Status"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "C6E0B4")
    for row in rows:
        cells = t.add_row().cells
        if row[1] is None:
            m = cells[0].merge(cells[4])
            m.text = row[0]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "EDEDED")
            continue
        km, metod, dl, hl, code, est, eav = row
        for i, v in enumerate([km, metod, dl, hl, code]):
            cells[i].text = v
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, MHN, km, est, eav)
    d.add_paragraph("")
    d.add_paragraph("Statuskoder: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår.")
    d.add_paragraph("Avvikelser som noterats redovisas i kolumnen Resultat helår.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nMiljöchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MHN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  rejected: budget follow-up from the controller, no internal control in it
# ---------------------------------------------------------------------------
def f8():
    fil = "Budgetuppföljning helår 2025 Tekniska nämnden.xlsx"
    wb = openpyxl.Workbook()
    fixprops_xlsx(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Tekniska nämnden – budgetuppföljning helår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utfall per 2025-12-31, bokslutsprognos från oktober inom parentes i kommentaren."
    hdr = ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse %", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [
        ("Nämnd och administration", 3200, 3105, "Lägre personalkostnader (prognos +50)."),
        ("Gator och vägar", 18400, 19620, "Hög snöröjningskostnad i januari–mars (prognos −900)."),
        ("Parker och lekplatser", 6100, 5870, "Besiktning av lekplatser senarelagd."),
        ("Fordonsförvaltning", 2500, 2610, "Reparationer av äldre fordon."),
        ("VA (avgiftsfinansierat)", 0, -420, "Överuttag avsätts till VA-fond."),
        ("Renhållning (avgiftsfinansierat)", 0, 180, "Underskott täcks av renhållningsfond."),
    ]
    r = 4
    for v, b, u, k in data:
        r += 1
        avv = b - u
        vals = [v, b, u, avv, (avv / b) if b else None, k]
        for i, x in enumerate(vals, 1):
            c = ws.cell(r, i, x)
            c.border = BOX
        ws.cell(r, 5).number_format = "0.0%"
        ws.cell(r, 4).font = Font(color="C00000" if avv < 0 else "00B050")
    r += 1
    tb = sum(x[1] for x in data)
    tu = sum(x[2] for x in data)
    for i, x in enumerate(["Summa", tb, tu, tb - tu, (tb - tu) / tb, None], 1):
        c = ws.cell(r, i, x)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(r, 5).number_format = "0.0%"
    r += 2
    ws.cell(r, 1, "Analys: Nämnden redovisar ett underskott mot budget som huvudsakligen förklaras av "
                  "vinterväghållningen. Åtgärder för budget i balans 2026 redovisas i separat ärende.")
    for col, wdt in zip("ABCDEF", [34, 13, 13, 12, 12, 60]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in REGISTER:
            w.writerow([n, a])
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="round142_")
    try:
        f1()
        f2()
        f3()
        f4(tmp)
        f5()
        f6(tmp)
        f7()
        f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name in sorted(os.listdir(OUT)):
        if name.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(OUT, name))
    write_csvs()
    print("files: %d, nämnd rows: %d, controls: %d" % (
        len(FILES and {f[0] for f in FILES}), sum(1 for f in FILES if f[1] == "INLAST"), len(EXPECTED)))


if __name__ == "__main__":
    main()
