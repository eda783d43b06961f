#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r347 - Vallberga kommun, helår 2025.

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
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round347"
FIXED_DT = datetime.datetime(2026, 1, 27, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
GVN = "Gymnasie- och vuxenutbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"
VALN = "Valnämnden"
VBAB = "Vallberga Bostäder AB"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (GVN, "GVN|Gymnasie- och vuxenutbildningsförvaltningen|Gymnasie- och vuxenutbildningsnämnd"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF|Vård och omsorg"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (TN, "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
    (MHN, "MHN|Miljö- och hälsoskyddsförvaltningen|Miljönämnden"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VALN, "VN|Valnämnd"),
    (VBAB, "VBAB|Vallbergabostäder|Bostadsbolaget"),
]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props(wb):
    wb.properties.creator = "Vallberga kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. KS - kommun-wide template used as delivered (easy)
# ---------------------------------------------------------------------------
def make_ks():
    fil = "IK-uppföljning helår 2025 KS.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vallberga kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Uppföljningsperiod:"
    ws["B4"] = "Helår 2025"
    ws["A5"] = "Ifylld av:"
    ws["B5"] = "Karin Lövgren, controller"
    ws["F5"] = "Datum:"
    ws["G5"] = datetime.date(2026, 1, 23)
    ws["G5"].number_format = "yyyy-mm-dd"
    for c in ("A3", "A4", "A5", "F5"):
        ws[c].font = BOLD
    ws["A7"] = ("Status väljs i listan: Genomförd utan avvikelse / Genomförd med avvikelse / "
                "Delvis genomförd / Ej genomförd / Utgår. Ange Ja/Nej i kolumnen Avvikelse. "
                "Mallversion 2025-01 (Ekonomiavdelningen).")
    ws["A7"].font = Font(italic=True, size=9)
    ws.merge_cells("A7:K7")
    head = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Resultat och kommentar",
            "Åtgärd vid avvikelse"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Inköp", "Inköp sker utanför avtal",
         "Avtalstrohet vid inköp av varor och tjänster",
         "Stickprov 30 fakturor från leverantörer utan avtal", "2 ggr/år", "Upphandlingschef",
         "Genomförd med avvikelse", "Ja",
         "4 av 30 granskade inköp saknade avtal. Direktupphandlingarna hade inte dokumenterats.",
         "Utbildning i direktupphandling för beställare kv 1 2026.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktig eller obehörig attest",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "1 g/år", "Ekonomichef",
         "Genomförd utan avvikelse", "Nej",
         "Samtliga 40 fakturor var attesterade av behörig attestant.", "",
         "GENOMFORD", "nej"),
        ("Lön", "Felaktiga löneutbetalningar",
         "Kontroll av att chefer attesterar löneunderlag och förändringar i lönesystemet",
         "Stickprov 25 lönetransaktioner/månad i 3 månader", "Kvartal", "HR-chef",
         "Genomförd utan avvikelse", "Nej",
         "Inga avvikelser i urvalet.", "",
         "GENOMFORD", "nej"),
        ("Delegation", "Beslut fattas utan delegation",
         "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "2 ggr/år", "Kanslichef",
         "Delvis genomförd", "Nej",
         "Kontroll gjord för perioden januari–juni, inga brister i det granskade urvalet. "
         "Andra halvåret har inte granskats.", "",
         "DELVIS", "nej"),
        ("Informationssäkerhet", "Obehöriga har kvar behörighet",
         "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Avstämning behörighetslista mot avslutade anställningar", "1 g/år", "IT-chef",
         "", "",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på tjänsten som "
         "informationssäkerhetssamordnare. Flyttas till plan 2026.", "",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Representation strider mot riktlinjerna",
         "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Granskning av 25 verifikationer", "1 g/år", "Ekonomichef",
         "Genomförd med avvikelse", "Ja",
         "3 av 25 verifikationer saknade deltagarförteckning och syfte.",
         "Påminnelse till samtliga chefer, ny blankett i e-tjänsten.",
         "GENOMFORD", "ja"),
        ("Dokumenthantering", "Handlingar diarieförs inte",
         "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
         "Stickprov i diariet", "2 ggr/år", "Registrator",
         "Utgår", "",
         "Utgår enligt beslut KS 2025-05-14 § 88. Ersätts av granskning i nytt ärendehanteringssystem 2026.",
         "", "UTGAR", ""),
        ("Säkerhet och beredskap", "Bristande krisberedskap",
         "Kommunens krisledningsplan är uppdaterad och övad",
         "Kontroll av revideringsdatum och övningsrapport", "1 g/år", "Säkerhetschef",
         "Ej genomförd", "",
         "Planen är reviderad men övningen har flyttats till mars 2026.", "",
         "EJ_GENOMFORD", ""),
    ]
    dv = DataValidation(type="list", formula1='"Genomförd utan avvikelse,Genomförd med avvikelse,'
                        'Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 9
    for n, row in enumerate(rows, 1):
        vals = [n] + list(row[:10])
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        dv.add(ws.cell(row=r, column=8))
        exp(fil, KS, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef:").font = BOLD
    ws.cell(row=r, column=4, value="Anders Ek, kommundirektör, 2026-01-26")
    widths = [5, 18, 24, 40, 30, 11, 16, 22, 11, 50, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - template adapted: renamed headings, T1/T2/helår side by side,
#    own status words, group heading rows, legend to the right, total row
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_IKP_uppfoljning_2025_helar.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen – Internkontrollplan 2025, uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 1, tertial 2 och helår. Helårsuppföljningen rapporteras till nämnden i februari 2026."
    ws["A2"].font = Font(italic=True)
    head = ["Område", "Kontrollaktivitet", "Hur kontrolleras", "Ansvarig",
            "Status T1", "Status T2", "Status helår", "Brister noterade?", "Kommentar helår"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    # legend to the right
    ws["K4"] = "Förklaring status"
    ws["K4"].font = BOLD
    legend = ["Klar = kontrollen är utförd", "Klar – brister = utförd, brister hittade",
              "Pågår = delvis utförd", "Ej påbörjad = inte utförd",
              "Stryks = utgår efter beslut i nämnden"]
    for i, t in enumerate(legend):
        ws.cell(row=5 + i, column=11, value=t)

    groups = [
        ("Ekonomi", [
            ("Kontroll av att intäkter för barnomsorgsavgifter debiteras korrekt",
             "Avstämning placeringar mot debitering, 2 förskoleområden", "Ekonom BUF",
             "Pågår", "Pågår", "Klar", "Nej", "Avstämning gjord för okt–nov, inga differenser.",
             "GENOMFORD", "nej"),
            ("Inköp sker via upphandlade avtal (avtalstrohet), stickprov 20 fakturor per skolområde",
             "Stickprov i e-handelssystemet", "Rektorer / ekonom",
             "", "Pågår", "Klar – brister", "Ja",
             "Skolområde Norr: 6 av 20 köp utan avtal (läromedel och möbler).\n"
             "Övriga områden utan anmärkning. Åtgärd: genomgång med rektorerna i januari.",
             "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Ekonom BUF",
             "Klar", "Klar", "Klar", "Nej", "Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling – anmälan till huvudman görs skyndsamt enligt skollagen 6 kap. 10 §",
             "Genomgång av anmälningar i DF Respons", "Utvecklingsledare",
             "Pågår", "Pågår", "", "", "",
             "DELVIS", ""),
            ("Elever med frånvaro över 20 % uppmärksammas och utreds",
             "Uttag ur frånvarosystemet, kontroll av utredningar", "Elevhälsochef",
             "", "Ej påbörjad", "Pågår", "Nej",
             "Kontroll gjord på 4 av 7 skolor, resterande skolor under vt 2026.",
             "DELVIS", "nej"),
            ("Skolpliktsbevakning för elever folkbokförda i kommunen",
             "Avstämning mot folkbokföring", "Antagningshandläggare",
             "", "", "Stryks", "",
             "Stryks – kontrollen flyttad till GVN:s plan enligt BUN 2025-09-17 § 102.",
             "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter i elevdokumentationssystemet ses över vid personalförändringar",
             "Avstämning behörigheter mot personalförändringar", "Systemförvaltare",
             "", "Ej påbörjad", "Ej påbörjad", "",
             "Prioriterades bort på grund av byte av lärplattform hösten 2025.",
             "EJ_GENOMFORD", ""),
            ("Loggkontroll i elevhälsans journalsystem",
             "Slumpvis loggkontroll 10 journaler/månad", "Verksamhetschef elevhälsa",
             "Klar", "Klar", "Klar", "Ja",
             "Två otillbörliga åtkomster upptäckta i november; utreds av HR och har anmälts till IMY.",
             "GENOMFORD", "ja"),
            ("Registerförteckning enligt dataskyddsförordningen är uppdaterad",
             "Genomgång av förteckningen", "Dataskyddssamordnare",
             "Klar", "", "", "", "",
             "GENOMFORD", ""),
        ]),
    ]
    r = 5
    ncol = len(head)
    done = 0
    total = 0
    for gname, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, color="FFFFFF")
        for col in range(1, ncol + 1):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="C65911")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for it in items:
            vals = ["", it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            if it[5].startswith("Klar"):
                done += 1
            total += 1
            exp(fil, BUN, it[0], it[8], it[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    ws.cell(row=r, column=2, value=f"{done} av {total} kontrollaktiviteter klara vid helår").font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Ansvarig: Helena Strand, förvaltningschef BUF")
    widths = [14, 46, 34, 20, 12, 12, 14, 12, 60, 3, 38]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. VON - traffic-light fills, nämnd only in print header and file name
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"


def make_von():
    fil = "VON internkontroll helår 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.left.text = "Vallberga kommun"
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helårsrapport"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bedömningen markeras med färg i kolumn H enligt förklaringen under tabellen."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Nr", "Process", "Risk", "Riskvärde (S x K)", "Kontrollmoment", "Metod/urval",
            "Ansvarig", "Bedömning", "Resultat", "Åtgärder"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Myndighetsutövning", "Beslut fattas inte inom rimlig tid", 9,
         "Utredningstider för ansökan om bistånd enligt SoL följs (beslut inom 4 veckor)",
         "Uttag ur verksamhetssystemet helår", "Enhetschef biståndsenheten",
         GREEN, "", "92 % av besluten fattades inom 4 veckor, i nivå med målet.", "",
         "GENOMFORD", "nej"),
        ("Hemtjänst", "Insatser utförs inte enligt beslut", 12,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 20 ärenden per hemtjänstområde", "Enhetschefer hemtjänst",
         YELLOW, "", "Granskning genomförd i 3 av 6 hemtjänstområden. I granskade områden saknades "
         "genomförandeplan i 11 av 60 ärenden.\nResterande områden granskas i februari 2026.",
         "Handlingsplan tas fram per område.",
         "DELVIS", "ja"),
        ("Kvalitet", "Missförhållanden utreds inte", 8,
         "Avvikelser enligt lex Sarah rapporteras och utreds",
         "Genomgång av samtliga rapporter", "Medicinskt ansvarig / kvalitetsstrateg",
         GREEN, "", "Samtliga 14 rapporter har utretts inom fastställd tid.", "",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Fel läkemedel ges till brukare", 16,
         "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden",
         "Kontroll av signeringslistor 1 vecka/boende", "MAS",
         RED, "", "Ej genomförd på grund av brist på sjuksköterskor under hösten.",
         "Kontrollen läggs in i plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Fakturering för ej utförd tid", 12,
         "Kontroll av fakturering från externa utförare inom hemtjänst (LOV)",
         "Stickprov 25 fakturor mot registrerad tid", "Avtalsuppföljare",
         GREEN, "Grön", "Stickprov 25 fakturor: 2 fakturor avsåg tid som inte var beviljad. "
         "Återkrav har gjorts.", "Uppföljningsmöte med utföraren.",
         "GENOMFORD", "ja"),
        ("Säkerhet", "Brand på särskilt boende", 10,
         "Brandskyddskontroll (SBA) på särskilda boenden",
         "Egenkontroll enligt checklista", "Enhetschefer SÄBO",
         GREY, "", "Utgår – ansvaret överfördes till Tekniska nämnden från 2025-03-01.", "",
         "UTGAR", ""),
        ("Ekonomi", "Brukares pengar hanteras felaktigt", 9,
         "Hantering av brukares privata medel på särskilt boende",
         "Kontroll av kassabok och kvitton, 10 brukare", "Enhetschefer SÄBO",
         None, "", "Se bilaga 3.", "",
         "OKLAR", ""),
        ("Personal", "Dyra inhyrningar utanför avtal", 6,
         "Kontroll av att bemanningsföretag anlitas enligt avtal",
         "Genomgång av fakturor från bemanningsföretag", "HR-strateg",
         None, "", "", "",
         "SAKNAS", ""),
        ("Arbetsmiljö", "Tillbud rapporteras inte", 6,
         "Tillbud och arbetsskador rapporteras i KIA",
         "Uttag ur KIA, jämförelse med föregående år", "HR-strateg",
         GREEN, "", "Genomförd. Rapporteringsgraden har ökat jämfört med 2024.", "",
         "GENOMFORD", "nej"),
    ]
    r = 5
    for n, row in enumerate(rows, 1):
        vals = [n, row[0], row[1], row[2], row[3], row[4], row[5], row[7], row[8], row[9]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        if row[6]:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=row[6])
        exp(fil, VON, row[3], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring bedömning").font = BOLD
    r += 1
    for color, text in ((GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                        (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")):
        ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=color)
        ws.cell(row=r, column=3, value=text)
        r += 1
    widths = [5, 18, 26, 10, 44, 30, 20, 12, 56, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. SN - Word report with prose and one table, process merged vertically
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def make_sn():
    fil = "Socialnämnden uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    d.core_properties.author = "Socialförvaltningen"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vallberga kommun\tSocialförvaltningen\tDnr SN 2025/0142"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
        "tillräcklig. Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 201). "
        "Planen omfattar nio kontrollmoment inom fem processer. I denna rapport redovisas resultatet "
        "för helåret 2025.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Sex av nio kontrollmoment har genomförts helt eller delvis. Avvikelser har noterats inom "
        "ekonomiskt bistånd och handläggningen av orosanmälningar. Ett kontrollmoment har skjutits "
        "upp och ett har strukits ur planen under året.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    rows = [
        ("Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Ja", "Nej", "Stickprov 50 beslut, samtliga fattade enligt delegation.",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll mot Försäkringskassan och CSN (dubbelutbetalningar) innan utbetalning",
         "Ja", "Ja", "Tre fall av dubbla utbetalningar har upptäckts. Återkrav är beslutat.\n"
         "Åtgärd: kontroll i SSBTEK görs nu vid varje nyansökan.",
         "GENOMFORD", "ja"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Delvis", "Ja", "Granskning av januari–september: 81 % inom tid. "
         "Oktober–december har inte granskats på grund av systembyte.",
         "DELVIS", "ja"),
        ("Barn och unga",
         "Utredningar avslutas inom fyra månader",
         "Ja", "Nej", "12 utredningar förlängdes med beslut enligt 11 kap. 2 § SoL. Inga utredningar "
         "pågick över tid utan beslut.",
         "GENOMFORD", "nej"),
        ("Placeringar",
         "Avtal finns för samtliga externa placeringar (HVB och familjehem via konsulentföretag)",
         "Nej", "", "Kontrollen har skjutits upp till 2026 på grund av hög arbetsbelastning.",
         "EJ_GENOMFORD", ""),
        ("Placeringar",
         "Registerutdrag ur belastningsregistret inhämtas för nya familjehem",
         "Ja", "Nej", "Samtliga 23 nya familjehem har kontrollerats.",
         "GENOMFORD", "nej"),
        ("Dokumentation",
         "Loggkontroll i verksamhetssystemet",
         "", "", "Se bilaga.",
         "OKLAR", ""),
        ("Dokumentation",
         "Journalföring sker löpande enligt 11 kap. 5 § SoL",
         "Utgår", "", "Ingår i kvalitetsledningssystemet från 2025 och stryks ur planen "
         "(SN 2025-04-23 § 61).",
         "UTGAR", ""),
        ("Hot och våld",
         "Handlingsplan vid hot och våld är känd på samtliga enheter (APT)",
         "", "", "Handlingsplanen har tagits upp på APT på samtliga enheter under hösten.",
         "GENOMFORD", ""),
    ]
    head = ["Process", "Kontrollmoment", "Genomförd\n(Ja/Nej/Delvis)", "Avvikelse", "Iakttagelser och åtgärder"]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for k, row in enumerate(rows, 1):
        for i in range(5):
            set_cell(t.rows[k].cells[i], row[i])
        exp(fil, SN, row[1], row[5], row[6])
    # merge process cells vertically
    k = 1
    while k <= len(rows):
        j = k
        while j + 1 <= len(rows) and rows[j][0] == rows[k - 1][0]:
            j += 1
        if j > k:
            top = t.cell(k, 0)
            merged = top.merge(t.cell(j, 0))
            set_cell(merged, rows[k - 1][0])
        k = j + 1
    widths = [Cm(3), Cm(5.5), Cm(2.2), Cm(1.8), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga: Loggkontroll 2025 (separat dokument)")
    d.add_paragraph("Vallberga den 20 januari 2026")
    d.add_paragraph("Maria Holm\nsocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. SBF - Word text-only report (.doc) covering two nämnder
# ---------------------------------------------------------------------------
def make_sbf(tmpdir):
    fil = "Samhällsbyggnadsförvaltningen IK helår 2025.doc"
    d = docx.Document()
    d.core_properties.author = "Samhällsbyggnadsförvaltningen"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    d.add_paragraph("Samhällsbyggnadsförvaltningen, Vallberga kommun")
    d.add_paragraph(
        "Förvaltningen arbetar på uppdrag av två nämnder. Rapporten avser Samhällsbyggnadsnämnden (SBN) "
        "och Miljö- och hälsoskyddsnämnden (MHN) och redovisar resultatet av kontrollerna i respektive "
        "nämnds internkontrollplan för 2025. Varje kontrollmoment redovisas med metod, resultat och "
        "bedömning.")
    sbn = [
        ("Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet för samtliga beslut 2025.",
         "Av 412 beslut fattades 396 inom tiden. I 16 ärenden överskreds tiden och avgiften "
         "reducerades enligt 12 kap. 8 a § PBL.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Bygglov", "Debitering av bygglovsavgifter enligt fastställd taxa",
         "Stickprov 30 ärenden.",
         "Samtliga granskade ärenden var debiterade enligt taxan.",
         "Genomförd utan avvikelse", "GENOMFORD", "nej"),
        ("Detaljplanering", "Planavtal tecknas innan planarbete påbörjas",
         "Genomgång av samtliga pågående planer.",
         "Granskningen har påbörjats; 8 av 15 planer är kontrollerade och inga brister har hittats hittills.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Ekonomi", "Fakturor för lantmäteriförrättningar attesteras enligt attestordningen",
         "Stickprov 20 fakturor.",
         "Kontrollen har inte hunnits med under året.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Beslut om bostadsanpassningsbidrag följer delegationsordningen",
         "Stickprov 30 beslut.",
         "Kontrollen genomfördes i november. Samtliga 30 granskade beslut var fattade av behörig handläggare.",
         None, "GENOMFORD", "nej"),
    ]
    mhn = [
        ("Tillsyn", "Planerad tillsyn enligt tillsynsplanen genomförs",
         "Jämförelse tillsynsplan – utförda besök.",
         "78 % av planerade tillsynsbesök har hunnits med. Resterande besök genomförs under första "
         "kvartalet 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("Avgifter", "Timavgifter för tillsyn debiteras enligt taxan",
         "Stickprov 40 ärenden.",
         "I 5 av 40 ärenden hade fel timtaxa använts. Rättelse har skickats till berörda.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Kontrollrapporter skickas till verksamhetsutövaren inom tre veckor",
         "Stickprov 25 kontroller.",
         "Samtliga rapporter skickades inom tre veckor.",
         "Genomförd utan avvikelse", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Handläggare som anmält jäv har inte handlagt ärendet",
         "Genomgång av jävsanmälningar mot handläggare i ärendesystemet.",
         "Kontrollen utgår enligt beslut MHN 2025-06-11 § 45 då jävsfrågan granskas av revisionen.",
         "Utgår", "UTGAR", ""),
    ]
    for num, (namn, ctrls) in enumerate(((SBN, sbn), (MHN, mhn)), 1):
        d.add_heading(f"{num}. {namn}", level=1)
        for proc, km, metod, res, bed, st, av in ctrls:
            d.add_heading(proc, level=2)
            p = d.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            p = d.add_paragraph()
            p.add_run("Metod: ").bold = True
            p.add_run(metod)
            p = d.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
            if bed:
                p = d.add_paragraph()
                p.add_run("Bedömning: ").bold = True
                p.add_run(bed)
            exp(fil, namn, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Linnea Sjöberg\nFörvaltningschef, Samhällsbyggnadsförvaltningen")
    src = os.path.join(tmpdir, "Samhällsbyggnadsförvaltningen IK helår 2025.docx")
    d.save(src)
    convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MHN, "2025", "HELAR"))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 6. Stratsys CSV export - two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "stratsys_internkontroll_export_20260127.csv"
    P1, P2, PH = "2025 Tertial 1", "2025 Tertial 2", "2025 Helår"
    # (enhet, km, process, metod, ansvarig, {period: (status, avv, kommentar)}, exp_status, exp_avv)
    data = [
        (KFN, "Bidrag till föreningar betalas ut enligt bidragsreglerna", "Föreningsbidrag",
         "Stickprov 15 bidragsbeslut", "Fritidschef",
         {P1: ("Pågående", "", "Vårens bidrag granskade."), P2: ("Pågående", "Nej", ""),
          PH: ("Genomförd", "Nej", "Samtliga 15 granskade beslut följde bidragsreglerna.")},
         "GENOMFORD", "nej"),
        (KFN, "Kontantkassor på bibliotek och simhall stäms av månatligen", "Kontanthantering",
         "Avstämning kassarapporter", "Enhetschef bad / bibliotek",
         {P1: ("Genomförd", "Nej", ""), P2: ("Genomförd", "Nej", ""),
          PH: ("Genomförd", "Ja", "Kassadifferens på 1 240 kr i simhallen i oktober; polisanmäld.\n"
               "Rutin för dubbelkontroll vid kassaavslut införd.")},
         "GENOMFORD", "ja"),
        (KFN, "Uthyrning av lokaler faktureras enligt taxa", "Lokaluthyrning",
         "Jämförelse bokningssystem – fakturering", "Bokningsansvarig",
         {P1: ("", "", ""), P2: ("Ej påbörjad", "", "Planeras till hösten."), PH: ("", "", "")},
         "EJ_GENOMFORD", ""),
        (KFN, "Konstinventarier – inventering av konstsamlingen", "Inventarier",
         "Inventering mot konstregistret", "Kulturstrateg",
         {PH: ("Ej aktuell", "", "Inventeringen görs vartannat år; nästa gång 2026.")},
         "UTGAR", ""),
        (KFN, "Tillstånd och avtal finns för evenemang i kommunens lokaler", "Evenemang",
         "Genomgång av evenemangslistan", "Evenemangssamordnare",
         {P2: ("Ej påbörjad", "", ""), PH: ("Pågående", "", "Hälften av evenemangen genomgångna.")},
         "DELVIS", ""),
        (GVN, "Betygsrätt – endast legitimerade lärare sätter betyg", "Betyg och bedömning",
         "Avstämning betygsättande lärare mot legitimationsregistret", "Rektorer",
         {P1: ("Pågående", "", ""), P2: ("Pågående", "", ""),
          PH: ("Genomförd", "Nej", "Samtliga betyg satta av legitimerade lärare.")},
         "GENOMFORD", "nej"),
        (GVN, "Interkommunal ersättning faktureras för elever från andra kommuner", "Ekonomi",
         "Avstämning elevregister mot fakturering", "Ekonom GVF",
         {P2: ("Pågående", "", ""),
          PH: ("Genomförd", "Ja", "Fakturering saknades för 4 elever ht 2025; korrigerat i december.")},
         "GENOMFORD", "ja"),
        (GVN, "Närvarorapportering till CSN för studiehjälpsberättigade elever", "Elevadministration",
         "Stickprov rapporter till CSN", "Studie- och yrkesvägledare",
         {P1: ("Ej påbörjad", "", ""), P2: ("Ej påbörjad", "", ""),
          PH: ("Ej påbörjad", "", "Ej genomförd på grund av sjukskrivning.")},
         "EJ_GENOMFORD", ""),
        (GVN, "Avtal med externa utbildningsanordnare inom vuxenutbildningen följs upp", "Vuxenutbildning",
         "Uppföljningsmöten och granskning av resultatrapporter", "Verksamhetschef Komvux",
         {PH: ("Pågående", "Nej", "Två av fem anordnare uppföljda, inga avvikelser mot avtal.")},
         "DELVIS", "nej"),
        (GVN, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomi",
         "Stickprov 20 fakturor", "Ekonom GVF",
         {P1: ("", "", ""), P2: ("", "", ""), PH: ("", "", "")},
         "SAKNAS", ""),
    ]
    header = ["Enhet", "Kontrollmoment", "Process", "Kontrollmetod", "Ansvarig", "Period",
              "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"]
    upd = {P1: "2025-05-08", P2: "2025-09-22", PH: "2026-01-19"}
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll 2025 – uppföljning, samtliga perioder"] + [""] * 9)
        w.writerow(header)
        for enh, km, proc, metod, ans, per, st, av in data:
            for p in (P1, P2, PH):
                if p in per:
                    s, a, k = per[p]
                    w.writerow([enh, km, proc, metod, ans, p, s, a, k, upd[p] if (s or k) else ""])
            exp(fil, enh, km, st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", GVN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. ÖFN - older template version as .xls, tick columns
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden IK 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: horiz centre, vert top")
    ws.write(0, 0, "Internkontrollplan – uppföljning (mall 2023)", title)
    ws.write(2, 0, "Nämnd:", bold)
    ws.write(2, 1, "Överförmyndarnämnden")
    ws.write(3, 0, "År:", bold)
    ws.write(3, 1, 2025)
    ws.write(4, 0, "Period:", bold)
    ws.write(4, 1, "T1")
    ws.write(4, 2, "Delår")
    ws.write(4, 3, "Helår")
    ws.write(5, 3, "X", xlwt.easyxf("alignment: horiz centre"))
    ws.write(6, 0, "Markera med x i en av kolumnerna Genomförd / Delvis / Ej genomförd.",
             xlwt.easyxf("font: italic on"))
    head = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse",
            "Kommentar"]
    for i, h in enumerate(head):
        ws.write(8, i, h, hdr)
    rows = [
        ("Granskning av årsräkningar inom föreskriven tid", "Handläggare",
         "x", "", "", "Ja", "35 årsräkningar granskades först efter 30 september.",
         "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har lämnat utdrag ur belastningsregistret före förordnande",
         "Handläggare", "x", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Enhetschef",
         "", "x", "", "Nej", "Stickprov endast för första halvåret, inga fel.",
         "DELVIS", "nej"),
        ("Uttag från spärrade konton sker med överförmyndarens samtycke", "Handläggare",
         "x", "", "x", "", "", "OKLAR", ""),
        ("Tillsyn av ekonomisk redovisning vid byte av ställföreträdare", "Enhetschef",
         "", "", "x", "", "Ingen kapacitet under året.", "EJ_GENOMFORD", ""),
        ("Arkivering av akter enligt dokumenthanteringsplanen", "Administratör",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 9
    for row in rows:
        for i, v in enumerate(row[:7]):
            ws.write(r, i, v, tick if i in (2, 3, 4, 5) else cell)
        exp(fil, OFN, row[0], row[7], row[8])
        r += 1
    r += 2
    ws.write(r, 0, "Ordförande: Per-Olof Nyström", bold)
    ws.write(r + 1, 0, "Justerat 2026-01-21")
    for i, w in enumerate([60, 16, 11, 9, 13, 11, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner lock file for the KS workbook
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$IK-uppföljning helår 2025 KS.xlsx"
    name = "Karin Lövgren"
    b = bytes([len(name)]) + name.encode("latin-1")
    b = b + b" " * (54 - len(b))
    u = bytes([len(name), 0]) + name.encode("utf-16-le")
    data = b + u + b"\x20\x00" * ((165 - len(b) - len(u)) // 2)
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r347-")
    try:
        make_ks()
        make_bun()
        make_von()
        make_sn()
        make_sbf(tmpdir)
        make_stratsys()
        make_ofn()
        make_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
