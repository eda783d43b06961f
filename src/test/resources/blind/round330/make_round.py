#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r330 - Lunnarp kommun, T1 2025.

Builds the follow-up files of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 5, 12, 9, 30, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
PLANFILL = PatternFill("solid", fgColor="EDEDED")


def fix_props(wb):
    wb.properties.creator = "Ekonomikontoret Lunnarps kommun"
    wb.properties.lastModifiedBy = "Ekonomikontoret"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ----------------------------------------------------------------------------
# Economy office's workbook template (one workbook per förvaltning)
# ----------------------------------------------------------------------------
STATUS_CHOICES = ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell"]


def cover_sheet(ws, forv, namnder_txt, filled_by, date, extra=None):
    ws.title = "Försättsblad"
    ws["A1"] = "Lunnarps kommun"
    ws["A1"].font = Font(bold=True, size=16, color="1F4E78")
    ws["A3"] = "Uppföljning av internkontrollplaner 2025"
    ws["A3"].font = Font(bold=True, size=14)
    rows = [
        ("Förvaltning:", forv),
        ("Uppföljningsperiod:", "Tertial 1 (januari–april) 2025"),
        ("Nämnder i arbetsboken:", namnder_txt),
        ("Ifylld av:", filled_by),
        ("Datum:", date),
    ]
    r = 5
    for k, v in rows:
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = WRAP
        if isinstance(v, dt.date):
            c.number_format = "yyyy-mm-dd"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Arbetsboken skickas till ekonomikontoret senast 2025-05-16 "
                                   "(ekonomikontoret@lunnarp.se). Nämndernas beslut om uppföljningen "
                                   "bifogas när protokollet är justerat.")
    if extra:
        r += 2
        for line in extra:
            ws.cell(row=r, column=1, value=line)
            r += 1
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 80


def instruction_sheet(ws, status_list_note):
    ws.title = "Instruktion"
    ws["A1"] = "Instruktion – uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=13)
    lines = [
        "1. Varje nämnd har en egen flik. Kolumnerna A–G (plan) är förifyllda från nämndens antagna internkontrollplan 2025 och ska inte ändras.",
        "2. Fyll i kolumnen \"Status\" för aktuell period med ett av alternativen i rullistan: " + ", ".join(STATUS_CHOICES) + ".",
        "3. Kontroller som enligt planen genomförs senare under året markeras \"Ej påbörjad\" med en kommentar om när kontrollen görs.",
        "4. Beskriv resultatet i kommentarskolumnen: omfattning/urval, vad som har konstaterats och vilka åtgärder som vidtas vid avvikelse.",
        "5. Kolumnerna för T2 och helår fylls i vid kommande uppföljningar – lämna dem tomma nu.",
        "6. " + status_list_note,
    ]
    r = 3
    for ln in lines:
        ws.cell(row=r, column=1, value=ln).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Exempel på ifylld rad:").font = Font(italic=True, bold=True)
    r += 1
    for i, h in enumerate(["Kontrollmoment", "Status T1", "Kommentar T1"], start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BORDER
    r += 1
    for i, v in enumerate(["Exempel: Attest av leverantörsfakturor enligt attestordningen", "Genomförd med avvikelse",
                           "Stickprov 20 fakturor. 1 faktura saknade attest, rättad. Information till berörd chef."],
                          start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = Font(italic=True, color="7F7F7F")
        c.alignment = WRAP
        c.border = BORDER
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["D"].width = 20


def namnd_sheet(ws, title, namnd_full, forv, rows, validation, sign=None, count_row=True):
    """rows: list of (nr, process, risk, kontrollmoment, metod, tidpunkt, ansvarig, status, kommentar)
    process None => merge with the one above."""
    ws.title = title
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = "Nämnd:"
    ws["A2"].font = BOLD
    ws["B2"] = namnd_full
    ws["A3"] = "Förvaltning:"
    ws["A3"].font = BOLD
    ws["B3"] = forv
    # two-level header
    groups = [("Plan 2025", 1, 7), ("Uppföljning T1 (jan–apr)", 8, 9), ("Uppföljning T2 (maj–aug)", 10, 11),
              ("Uppföljning helår", 12, 13)]
    for text, c1, c2 in groups:
        ws.cell(row=5, column=c1, value=text).font = BOLD
        ws.cell(row=5, column=c1).fill = HEADFILL if c1 > 1 else PLANFILL
        ws.cell(row=5, column=c1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
    heads = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Tidpunkt", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.fill = PLANFILL if i <= 7 else HEADFILL
        c.border = BORDER
        c.alignment = WRAP
    r = 7
    merge_start = None
    for row in rows:
        nr, proc, risk, km, metod, tid, ansv, status, komm = row
        vals = [nr, proc, risk, km, metod, tid, ansv, status, komm, None, None, None, None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if proc is None and merge_start is not None:
            pass
        else:
            if merge_start is not None and r - 1 > merge_start:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
            merge_start = r
        r += 1
    if merge_start is not None and r - 1 > merge_start:
        ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    validation.add(f"H7:H{last}")
    validation.add(f"J7:J{last}")
    validation.add(f"L7:L{last}")
    r += 1
    if count_row:
        ws.cell(row=r, column=3, value="Antal kontrollmoment:").font = BOLD
        ws.cell(row=r, column=4, value=f"=COUNTA(D7:D{last})")
        r += 1
    if sign:
        r += 1
        ws.cell(row=r, column=1, value=sign)
    widths = [5, 18, 28, 45, 30, 12, 18, 16, 50, 12, 30, 12, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "D7"
    ws.page_setup.orientation = "landscape"
    ws.oddHeader.center.text = namnd_full + " – IKP 2025"


# ----------------------------------------------------------------------------
# File 1: Samhällsbyggnadsförvaltningen workbook (BN, MHN, TN)
# ----------------------------------------------------------------------------
def file_sbf():
    fil = "IK uppföljning T1 2025 Samhällsbyggnadsförvaltningen.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    cover_sheet(wb.active, "Samhällsbyggnadsförvaltningen",
                "Byggnadsnämnden (flik BN), Miljö- och hälsoskyddsnämnden (flik MHN), Tekniska nämnden (flik TN)",
                "Karin Sjöholm, controller", dt.date(2025, 5, 13))
    instruction_sheet(wb.create_sheet(), "Rullistan finns i statuskolumnerna. Kontakta ekonomikontoret om ett alternativ saknas.")

    BN = "Byggnadsnämnden"
    bn = [
        (1, "Bygglov", "Beslut fattas inte inom lagstadgad tid, avgiften ska reduceras",
         "Kontroll att beslut i bygglovsärenden fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet, samtliga beslut jan–apr", "Tertialvis", "Bygglovschef",
         "Genomförd med avvikelse",
         "Av 112 beslut fattades 7 efter 10 veckor utan beslut om förlängning. Avgiftsreduktion har tillämpats i samtliga fall. Rutinen för förlängningsbeslut ses över."),
        (2, "Delegation", "Beslut fattade på delegation anmäls inte till nämnden",
         "Anmälan av delegationsbeslut till nämnden sker månadsvis",
         "Jämförelse delegationslista mot protokoll", "Tertialvis", "Nämndsekreterare",
         "Genomförd", "Delegationsbeslut har anmälts vid samtliga sammanträden jan–apr."),
        (3, "Avgifter", "Felaktig debitering av bygglovsavgift",
         "Stickprov på 15 ärenden att bygglovsavgift debiterats enligt gällande taxa",
         "Stickprov 15 ärenden", "T1", "Administratör",
         "Pågår", "8 av 15 ärenden kontrollerade, inga fel hittills. Resterande ärenden kontrolleras i maj."),
        (4, "Tillsyn", "Ärenden om olovligt byggande blir liggande",
         "Uppföljning av att ärenden om olovligt byggande påbörjas inom 4 veckor från anmälan",
         "Genomgång av samtliga tillsynsärenden", "Augusti", "Byggnadsinspektör",
         "Ej påbörjad", "Genomförs i augusti enligt plan."),
        (5, "Arkiv", "Handlingar gallras eller förkommer felaktigt",
         "Kontroll att handlingar i avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Stickprov 10 avslutade ärenden", "Helår", "Registrator",
         None, None),
    ]
    exp(fil, BN, bn[0][3], "GENOMFORD", "ja")
    exp(fil, BN, bn[1][3], "GENOMFORD", "nej")
    exp(fil, BN, bn[2][3], "DELVIS", "nej")
    exp(fil, BN, bn[3][3], "EJ_GENOMFORD", "nej")
    exp(fil, BN, bn[4][3], "SAKNAS", "")

    MHN = "Miljö- och hälsoskyddsnämnden"
    mhn = [
        (1, "Livsmedelskontroll", "Planerade kontroller genomförs inte, brister i kontrollskuld",
         "Genomförande av planerade livsmedelskontroller enligt kontrollplan 2025",
         "Uppföljning i verksamhetssystemet", "Tertialvis", "Enhetschef livsmedel",
         "Pågår", "Ca 31 % av årets planerade kontroller genomförda per 30/4, i takt med planen."),
        (2, None, "Kontrollavgift debiteras inte",
         "Kontroll att årlig kontrollavgift fakturerats samtliga registrerade livsmedelsanläggningar",
         "Avstämning anläggningsregister mot fakturering", "Mars", "Administratör",
         "Genomförd", "Samtliga 214 anläggningar fakturerade i mars."),
        (3, "Myndighetsutövning", "Beslut fattas utan att den enskilde fått yttra sig",
         "Stickprov 10 tillsynsärenden: kommunicering innan beslut enligt 25 § förvaltningslagen",
         "Stickprov 10 ärenden", "T1", "Miljöchef",
         "Genomförd med avvikelse", "I 2 av 10 ärenden saknades dokumenterad kommunicering. Genomgång med inspektörerna på APT 2025-04-22."),
        (4, None, "Jäv hos inspektörer",
         "Kontroll att jävsdeklarationer för inspektörer är uppdaterade",
         "Genomgång av jävsdeklarationer", "T1", "Miljöchef",
         "Ej aktuell", "Utgår – hanteras i förvaltningens gemensamma HR-rutin från 2025, beslut MHN 2025-02-19 § 12."),
        (5, "Miljötillsyn", "Förelägganden följs inte upp",
         "Uppföljning av att förelägganden med vite följs upp inom utsatt tid",
         "Genomgång av samtliga förelägganden 2025", "Oktober", "Miljöinspektör",
         "Ej påbörjad", "Planerad till oktober."),
    ]
    exp(fil, MHN, mhn[0][3], "DELVIS", "nej")
    exp(fil, MHN, mhn[1][3], "GENOMFORD", "nej")
    exp(fil, MHN, mhn[2][3], "GENOMFORD", "ja")
    exp(fil, MHN, mhn[3][3], "UTGAR", "nej")
    exp(fil, MHN, mhn[4][3], "EJ_GENOMFORD", "nej")

    TN = "Tekniska nämnden"
    tn = [
        (1, "Upphandling och inköp", "Inköp görs utanför ramavtal",
         "Avtalstrohet – stickprov 25 inköp över 10 000 kr mot gällande ramavtal",
         "Stickprov i ekonomisystemet", "T1", "Inköpssamordnare",
         "Genomförd med avvikelse", "3 av 25 inköp gjordes utanför avtal (verktyg, arbetskläder). Berörda enheter har informerats."),
        (2, None, "Direktupphandlingar dokumenteras inte",
         "Kontroll att direktupphandlingar över 100 000 kr är dokumenterade",
         "Genomgång av samtliga direktupphandlingar", "T1", "Inköpssamordnare",
         "Genomförd", "4 direktupphandlingar, samtliga dokumenterade i upphandlingsverktyget."),
        (3, "Fordon och maskiner", "Privat användning av kommunens fordon",
         "Körjournaler för kommunens fordon förs och attesteras månadsvis",
         "Genomgång av körjournaler", "Tertialvis", "Fordonssamordnare",
         "Pågår", "Kontrollerat jan–mars för 18 av 31 fordon.\nTvå körjournaler saknade attest för februari – påminnelse skickad."),
        (4, "VA", "Otjänligt dricksvatten upptäcks inte",
         "Kontroll av att provtagning av dricksvatten sker enligt provtagningsplan",
         "Avstämning provtagningsplan mot labbsvar", "Tertialvis", "VA-chef",
         "Genomförd", "Samtliga prover tagna enligt plan, inga otjänliga prov."),
        (5, "Gata/park", "Entreprenören uppfyller inte avtalade utryckningstider",
         "Uppföljning av vinterväghållning mot avtal med entreprenör (utryckningstider)",
         "Jämförelse GPS-loggar mot avtal", "T1", "Gatuchef",
         "Genomförd", None),
        (6, "Fastighet", "Lagstadgade besiktningar missas",
         "Kontroll att lagstadgade besiktningar (hiss, brandlarm, OVK) utförs enligt besiktningsplan",
         "Avstämning mot besiktningsplan", "T2", "Fastighetschef",
         "Ej påbörjad", "Görs i september."),
        (7, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen – stickprov 30 fakturor",
         "Stickprov 30 fakturor", "Tertialvis", "Controller",
         "Genomförd", "Inga avvikelser."),
    ]
    exp(fil, TN, tn[0][3], "GENOMFORD", "ja")
    exp(fil, TN, tn[1][3], "GENOMFORD", "nej")
    exp(fil, TN, tn[2][3], "DELVIS", "ja")
    exp(fil, TN, tn[3][3], "GENOMFORD", "nej")
    exp(fil, TN, tn[4][3], "GENOMFORD", "nej")
    exp(fil, TN, tn[5][3], "EJ_GENOMFORD", "nej")
    exp(fil, TN, tn[6][3], "GENOMFORD", "nej")

    for sheetname, full, rows, sign in [
        ("BN", BN, bn, None),
        ("MHN", MHN, mhn, "Avstämt med miljöchef Jonas Ek 2025-05-08"),
        ("TN", TN, tn, "Godkänd av förvaltningschef Per Ahlqvist 2025-05-12"),
    ]:
        ws = wb.create_sheet()
        dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True)
        ws.add_data_validation(dv)
        namnd_sheet(ws, sheetname, full, "Samhällsbyggnadsförvaltningen", rows, dv, sign=sign)
        FILES.append((fil, "INLAST", full, "2025", "T1"))
    wb.active = 2
    wb.save(out(fil))
    return fil


# ----------------------------------------------------------------------------
# File 2: Kommunledningsförvaltningen workbook (KS, Valnämnden) with hidden list sheet
# ----------------------------------------------------------------------------
def file_klf():
    fil = "IK uppföljning T1 2025 Kommunledningsförvaltningen.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    cover_sheet(wb.active, "Kommunledningsförvaltningen",
                "Kommunstyrelsen (flik KS), Valnämnden (flik Valnämnden)",
                "Henrik Nyström, ekonom", dt.date(2025, 5, 14),
                extra=["Överförmyndarnämnden lämnar egen uppföljning (Word) direkt till ekonomikontoret.",
                       "Krisledningsnämnden har ingen egen internkontrollplan."])
    instruction_sheet(wb.create_sheet(), "Alternativen i rullistan hämtas från fliken Listor (dold).")
    lst = wb.create_sheet("Listor")
    for i, v in enumerate(STATUS_CHOICES, start=1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"

    KS = "Kommunstyrelsen"
    ks = [
        ("KS1", "Ekonomi", "Felaktiga utbetalningar, oegentligheter",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Tertialvis", "Redovisningschef",
         "Genomförd med avvikelse",
         "40 fakturor granskade.\n1 faktura attesterad av person utan attesträtt (vikarierande enhetschef, behörigheten var inte registrerad). Attestförteckningen har uppdaterats."),
        ("KS2", None, "Förtroendeskada",
         "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Samtliga representationsfakturor", "Tertialvis", "Redovisningschef",
         "Genomförd", "Samtliga representationsfakturor jan–april granskade. Syfte och deltagare angivna i samtliga fall."),
        ("KS3", "Lön", "Lön betalas ut efter avslutad anställning",
         "Kontroll att avslutade anställningar avslutas i lönesystemet i tid (inga felaktiga utbetalningar)",
         "Avstämning avslutade anställningar mot utbetalningar", "Månadsvis", "Lönechef",
         "Genomförd med avvikelse", "2 felaktiga löneutbetalningar efter avslutad anställning, totalt 38 400 kr. Återkrav har skickats."),
        ("KS4", "IT och informationssäkerhet", "Obehöriga har åtkomst till ekonomisystemet",
         "Behörighetskontroll i ekonomisystemet – behörigheter för personer som slutat tas bort",
         "Jämförelse behörighetslista mot HR-lista", "T1", "Systemförvaltare ekonomi",
         "Pågår", "Listor från HR hämtade, genomgången pågår och slutförs i maj."),
        ("KS5", "Upphandling", "Avtal saknas eller är okända för verksamheten",
         "Kontroll att avtal finns registrerade i avtalsdatabasen",
         "Stickprov 20 leverantörer", "T2", "Upphandlingschef",
         "Ej påbörjad", "Genomförs under T2."),
        ("KS6", "Dokumenthantering", "Allmänna handlingar registreras inte",
         "Diarieföring av inkomna handlingar sker inom 3 arbetsdagar",
         "Stickprov 50 handlingar", "T1", "Kanslichef",
         "Genomförd", "Stickprov 50 handlingar, 48 registrerade inom tidsgränsen. Två handlingar registrerades efter 5 respektive 7 dagar."),
        ("KS7", "Säkerhet och beredskap", "Kommunen kan inte leda vid en kris",
         "Krisledningsplan och kontaktlistor är uppdaterade",
         "Genomgång av plan och kontaktlistor", "November", "Säkerhetssamordnare",
         None, "Enligt plan i november."),
        ("KS8", "Styrdokument", "Inaktuella styrdokument tillämpas",
         "Kontroll att styrdokument har revideringsdatum som inte passerats",
         "Genomgång av styrdokumentregistret", "T1", "Kanslichef",
         "Ej aktuell", "Utgår enligt KS beslut 2025-03-05 § 41, ersätts av ny riktlinje för styrdokument."),
    ]
    for row, (st, av) in zip(ks, [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("GENOMFORD", "ja"),
                                  ("DELVIS", "nej"), ("EJ_GENOMFORD", "nej"), ("GENOMFORD", "ja"),
                                  ("EJ_GENOMFORD", "nej"), ("UTGAR", "nej")]):
        exp(fil, KS, row[3], st, av)

    VN = "Valnämnden"
    vn = [
        ("VN1", "Valadministration", "Brist på utbildade röstmottagare 2026",
         "Rutin för rekrytering och utbildning av röstmottagare inför valet 2026 är uppdaterad",
         "Granskning av rutin", "September", "Valsamordnare",
         "Ej påbörjad", "Påbörjas efter sommaren."),
        ("VN2", None, "Valmaterial förvaras eller gallras felaktigt",
         "Kontroll att valmaterial från tidigare val förvaras/gallras enligt dokumenthanteringsplan",
         "Genomgång av arkiv", "T1", "Valsamordnare",
         "Genomförd", "Gallring av valsedlar från EU-valet 2024 genomförd 2025-03-18, protokoll upprättat."),
        ("VN3", "Vallokaler", "Vallokaler är inte tillgängliga",
         "Inventering av vallokalernas tillgänglighet",
         "Besök i samtliga vallokaler", "T1–T2", "Valsamordnare",
         "Pågår", "Besök gjorda i 9 av 16 vallokaler."),
    ]
    for row, (st, av) in zip(vn, [("EJ_GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("DELVIS", "nej")]):
        exp(fil, VN, row[3], st, av)

    for sheetname, full, rows, sign in [
        ("KS", KS, ks, "Godkänd av kommundirektör Eva Strand 2025-05-13"),
        ("Valnämnden", VN, vn, None),
    ]:
        ws = wb.create_sheet()
        dv = DataValidation(type="list", formula1="Listor!$A$1:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        namnd_sheet(ws, sheetname, full, "Kommunledningsförvaltningen", rows, dv, sign=sign,
                    count_row=(sheetname == "KS"))
        FILES.append((fil, "INLAST", full, "2025", "T1"))
    # move hidden list sheet to the end
    wb.move_sheet("Listor", offset=len(wb.sheetnames))
    wb.active = 0
    wb.save(out(fil))
    return fil


# ----------------------------------------------------------------------------
# File 3: BUN own Excel, status by colour with legend at bottom
# ----------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontroll T1 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1 (per 30 april)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Bedömning anges med färg i kolumn H, se förklaring under tabellen."
    ws["A3"].font = Font(italic=True)
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Frekvens", "Ansvarig",
             "Bedömning T1", "Resultat/kommentar", "Åtgärd"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.border = BORDER
        c.alignment = WRAP
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    data = [
        ("1. Ekonomi och administration", [
            ("1.1", "Attest", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "25 fakturor", "Tertialvis", "Controller",
             GREEN, None, "25 fakturor kontrollerade utan anmärkning.", "", "GENOMFORD", "nej"),
            ("1.2", "Intäkter", "Kontroll av att interkommunala ersättningar (IKE) faktureras för elever från andra kommuner", "Genomgång av elevlistor mot fakturering", "Samtliga", "Per termin", "Ekonom",
             RED, None, "4 elever folkbokförda i Hörby hade inte fakturerats för ht 2024.", "Fakturering gjord i april. Rutin för avstämning vid terminsstart.", "GENOMFORD", "ja"),
            ("1.3", "Inköp", "Inköp av läromedel sker från upphandlad leverantör", "Stickprov i ekonomisystemet", "Samtliga skolor", "T1", "Controller",
             YELLOW, None, "Kontroll gjord för 5 av 11 skolor, inga avvikelser hittills. Resterande skolor under maj.", "", "DELVIS", "nej"),
        ]),
        ("2. Elevärenden", [
            ("2.1", "Kränkande behandling", "Anmälan om kränkande behandling anmäls till huvudman skyndsamt", "Uttag ur anmälningssystemet", "Samtliga anmälningar", "Tertialvis", "Kvalitetsstrateg",
             GREEN, None, "47 anmälningar, samtliga anmälda till huvudman inom 5 dagar.", "", "GENOMFORD", "nej"),
            ("2.2", "Frånvaro", "Uppföljning av elevers frånvaro – kontakt med vårdnadshavare vid upprepad ogiltig frånvaro", "Stickprov elevakter", "3 skolor", "T1", "Rektorer",
             RED, None, "På två skolor saknades dokumentation av kontakt med vårdnadshavare i 6 ärenden.", "Rektorerna har fått i uppdrag att dokumentera enligt rutin. Ny kontroll T2.", "GENOMFORD", "ja"),
            ("2.3", "Skolskjuts", "Kontroll att beslut om skolskjuts fattas enligt riktlinjer", "Stickprov 20 beslut", "20 beslut", "Inför ht", "Skolskjutshandläggare",
             None, None, "Genomförs inför ht 2025 (juni–augusti).", "", "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Personal", [
            ("3.1", "Rekrytering", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "Genomgång av personalakter", "Samtliga nyanställda", "Tertialvis", "HR-partner",
             GREEN, None, "Samtliga 23 nyanställningar kontrollerade, utdrag fanns i alla fall.", "", "GENOMFORD", "nej"),
            ("3.2", "Behörighet", "Legitimation och behörighet för lärare som sätter betyg", "Kontroll mot Skolverkets lärarregister", "Samtliga betygssättande lärare", "T1/T2", "HR-partner",
             YELLOW, None, "Grundskolan klar utan anmärkning. Gymnasiet kontrolleras i samband med betygssättningen i juni.", "", "DELVIS", "nej"),
        ]),
        ("4. Säkerhet", [
            ("4.1", "Brandskydd", "Brandskyddskontroller (SBA) genomförs och dokumenteras på samtliga enheter", "Genomgång av SBA-dokumentation", "Samtliga enheter", "T1", "Säkerhetssamordnare",
             GREEN, None, "Dokumentation finns för samtliga 19 enheter.", "", "GENOMFORD", "nej"),
            ("4.2", "Krisberedskap", "Utrymningsövning genomförs på varje skola minst en gång per termin", "Intyg från rektor", "Samtliga skolor", "Per termin", "Säkerhetssamordnare",
             None, "Se bilaga 3", None, "", "OKLAR", ""),
        ]),
    ]
    r = 6
    for group, rows in data:
        c = ws.cell(row=r, column=1, value=group)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (nr, omr, km, met, omf, frek, ansv, fill, btext, res, atg, st, av) in rows:
            vals = [nr, omr, km, met, omf, frek, ansv, btext, res, atg or None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if fill is not None:
                ws.cell(row=r, column=8).fill = fill
            exp(fil, N, km, st, av)
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring bedömning:").font = BOLD
    r += 1
    for fill, txt in [(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Påbörjad / delvis genomförd"),
                      (RED, "Genomförd – avvikelse konstaterad, åtgärd krävs"),
                      (None, "Ingen färg = ej påbörjad / genomförs senare under året")]:
        c = ws.cell(row=r, column=2)
        c.border = BORDER
        if fill is not None:
            c.fill = fill
        ws.cell(row=r, column=3, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av Lena Berg, controller Barn- och utbildningsförvaltningen, 2025-05-09")
    widths = [6, 18, 45, 28, 18, 12, 18, 14, 50, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ----------------------------------------------------------------------------
# Word helpers
# ----------------------------------------------------------------------------
def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Lunnarps kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold


# ----------------------------------------------------------------------------
# File 4: Socialnämnden Word, one table with merged area column and a)/b) items
# ----------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK-uppföljning T1 2025.docx"
    N = "Socialnämnden"
    d = new_doc()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Lunnarps kommun\tSocialförvaltningen\tDnr SN 2024/187"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). Planen omfattar åtta "
        "kontrollmoment inom fyra kontrollområden. I tabellen nedan redovisas resultatet av de kontroller som "
        "skulle genomföras under perioden januari–april 2025. Kontroller som enligt planen görs senare under året "
        "redovisas i tertial 2 respektive helårsuppföljningen.")
    d.add_paragraph(
        "Förvaltningens samlade bedömning är att den interna kontrollen i huvudsak fungerar, men att "
        "dokumentationen av kontroller mot andra myndigheter inom ekonomiskt bistånd behöver förbättras.")
    rows = [
        ("Ekonomiskt bistånd", "Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut",
         "Stickprov 30 utbetalningar", "Samtliga 30 utbetalningar hade ett beslut.", "Genomförd", "GENOMFORD", "nej"),
        (None, "Kontroll mot Försäkringskassan, CSN m.fl. via SSBTEK innan beslut",
         "Stickprov 20 ärenden", "I 3 av 20 ärenden saknades dokumenterad SSBTEK-kontroll. Påminnelse till samtliga handläggare på APT.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "91 % inom 14 dagar (128 av 141). Förseningarna beror på hög arbetsbelastning i februari.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        (None, "Utredningstiden är högst fyra månader (11 kap. 2 § SoL)",
         "Uttag ur verksamhetssystemet", "Uttaget görs efter tertialbokslutet och redovisas i T2.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Hot och våld", "a) Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnare",
         "Dokumentgranskning", "Reviderad handlingsplan fastställd av socialchef 2025-03-04.",
         "Genomförd", "GENOMFORD", "nej"),
        (None, "b) Handlingsplanen gås igenom på APT i samtliga verksamheter",
         "Kontroll av APT-protokoll", "IFO klart, Barn och familj kvar (planerat i maj).",
         "Delvis", "DELVIS", "nej"),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet – otillbörlig åtkomst till personakter",
         "Loggkontroll för 10 slumpvis valda personakter", "Ingen strukturerad loggkontroll har gjorts under T1 på grund av byte av verksamhetssystem.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Avtal", "Avtalsuppföljning av köpta platser (HVB) – placering sker hos upphandlad leverantör",
         "Genomgång av samtliga placeringar", "Genomförs under hösten.", "–", "EJ_GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Resultat T1", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    start = None
    for area, km, met, res, status, st, av in rows:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if area is not None:
            set_cell(cells[0], area, bold=True)
            start = idx
        else:
            t.cell(start, 0).merge(t.cell(idx, 0))
        set_cell(cells[1], km)
        set_cell(cells[2], met)
        set_cell(cells[3], res)
        set_cell(cells[4], status)
        exp(fil, N, km, st, av)
    widths = [Cm(3.5), Cm(7), Cm(4.5), Cm(8), Cm(3)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    d.add_paragraph("Lunnarp 2025-05-08")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ----------------------------------------------------------------------------
# File 5: VON text-only deviation report, .doc (via LibreOffice)
# ----------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round330",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def file_von():
    fil = "VON avvikelser IK T1 2025.doc"
    N = "Vård- och omsorgsnämnden"
    d = new_doc()
    d.add_paragraph("Vård- och omsorgsförvaltningen").runs[0].bold = True
    d.add_paragraph("Till: Ekonomikontoret, för vidare rapportering till kommunstyrelsen")
    d.add_heading("Vård- och omsorgsnämnden – avvikelser i intern kontroll, tertial 1 2025", level=1)
    d.add_paragraph(
        "Vård- och omsorgsnämndens internkontrollplan för 2025 (VON 2024/212, § 98) innehåller nio kontrollmoment. "
        "Av dessa har fyra genomförts under tertial 1 utan anmärkning och två är enligt planen förlagda till hösten. "
        "I enlighet med ekonomikontorets anvisning redovisas nedan endast de kontrollmoment där avvikelser har "
        "konstaterats eller som inte kunnat genomföras som planerat. Fullständig uppföljning redovisas i delårsrapporten.")
    items = [
        ("Kontroll av att hemtjänsttimmar som faktureras brukare överensstämmer med utförd tid",
         ["Kontrollen har genomförts genom stickprov av 40 brukare i mars. I 6 fall avvek fakturerad tid med mer än "
          "10 % från registrerad tid i planeringssystemet. Orsaken är manuella korrigeringar som inte förts över till "
          "faktureringsunderlaget.",
          "Åtgärd: ny rutin för överföring av korrigeringar, ansvarig enhetschef hemtjänst. Felaktiga fakturor krediteras i maj.",
          "Status: genomförd med avvikelse."], "GENOMFORD", "ja"),
        ("Läkemedelshantering – signering av överlämnade läkemedel på särskilda boenden",
         ["Granskningen har påbörjats på tre av sex boenden. På Solgårdens boende saknades signatur vid 14 % av "
          "administrationstillfällena under granskningsveckan. Medicinskt ansvarig sjuksköterska har följt upp med "
          "berörd personal. Resterande tre boenden granskas i maj–juni."], "DELVIS", "ja"),
        ("Kontroll av att samtliga vikarier genomgått introduktion i basala hygienrutiner",
         ["Kontrollen har inte kunnat genomföras under tertialet på grund av vakans på tjänsten som "
          "hygiensjuksköterska. Kontrollen flyttas till tertial 2."], "EJ_GENOMFORD", "nej"),
    ]
    for km, paras, st, av in items:
        d.add_heading(km, level=2)
        for p in paras:
            d.add_paragraph(p)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Lunnarp den 9 maj 2025")
    d.add_paragraph("Maria Holm\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    tmp = tempfile.mkdtemp(prefix="r330_")
    src = os.path.join(tmp, "VON avvikelser IK T1 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, "VON avvikelser IK T1 2025.doc"), out(fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ----------------------------------------------------------------------------
# File 6: KFN legacy .xls with tick columns (xlwt)
# ----------------------------------------------------------------------------
def file_kfn():
    import xlwt
    fil = "KFN_IKP_2025_T1.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws.header_str = b"&CKFN - Internkontrollplan 2025"
    ws.footer_str = "&CSida &P av &N".encode("utf-8")
    big = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Kultur- och fritidsförvaltningen", big)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", bold)
    ws.write(2, 0, "Uppföljningsperiod: jan–apr 2025 (T1)")
    ws.write_merge(4, 4, 0, 8, "Plan", head)
    ws.write_merge(4, 4, 9, 12, "Uppföljning T1 (markera med x)", head)
    heads = ["Nr", "Process", "Kontrollmoment", "S", "K", "Riskvärde", "Kontrollmetod", "Tidpunkt", "Ansvarig",
             "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(heads):
        ws.write(5, i, h, head)
    rows = [
        (1, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade regler och med korrekt underlag", 3, 3,
         "Stickprov 10 ansökningar", "Mars", "Bidragshandläggare", "x", "", "", "10 ansökningar granskade, samtliga korrekta.", "GENOMFORD", "nej"),
        (2, "Kassahantering", "Kassahantering i simhallen och biblioteket – dagsavstämning mot kassarapport", 2, 3,
         "Stickprov 10 dagar per kassa", "T1", "Enhetschef", "x", "", "",
         "Differens på 1 250 kr i simhallens kassa 14 februari, utredd och rättad. Rutin med dubbelkontroll vid dagsavslut införd.", "GENOMFORD", "ja"),
        (3, "Uthyrning", "Bokning och debitering av lokaler och anläggningar sker enligt taxa", 3, 2,
         "Stickprov 20 bokningar", "T1", "Bokningsansvarig", "", "x", "",
         "Kontrollerat för idrottshallarna utan anmärkning, möteslokalerna återstår.", "DELVIS", "nej"),
        (4, "Bibliotek", "Inventering av datorer och surfplattor för utlåning", 2, 2,
         "Inventering mot förteckning", "Oktober", "Bibliotekschef", "", "", "x",
         "Planerad till oktober.", "EJ_GENOMFORD", "nej"),
        (5, "Fritidsgårdar", "Kontroll av registerutdrag för personal och ideella i verksamhet med barn", 2, 4,
         "Genomgång av samtliga", "T1", "Fritidschef", "x", "", "x", "", "OKLAR", ""),
        (6, "Konstsamling", "Inventering av kommunens konstsamling (stickprov 30 verk)", 2, 2,
         "Stickprov 30 verk", "T1", "Kultursekreterare", "", "", "",
         "Utgår 2025 – beslut KFN 2025-02-13 § 9. Inventeringen görs i samband med flytten av konsthallen 2026.", "UTGAR", "nej"),
        (7, "Personal", "Kontroll att timavlönade har korrekt timlön enligt avtal", 2, 2,
         "Stickprov 15 timavlönade", "T1", "HR-partner", "x", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 6
    for (nr, proc, km, s, k, met, tid, ansv, g, dl, ej, komm, st, av) in rows:
        ws.write(r, 0, nr, cell)
        ws.write(r, 1, proc, cell)
        ws.write(r, 2, km, cell)
        ws.write(r, 3, s, tick)
        ws.write(r, 4, k, tick)
        ws.write(r, 5, xlwt.Formula(f"D{r+1}*E{r+1}"), tick)
        ws.write(r, 6, met, cell)
        ws.write(r, 7, tid, cell)
        ws.write(r, 8, ansv, cell)
        ws.write(r, 9, g, tick)
        ws.write(r, 10, dl, tick)
        ws.write(r, 11, ej, tick)
        ws.write(r, 12, komm, cell)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.write(r, 0, "Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–4. Riskvärde 8 eller högre = hög risk.")
    ws.write(r + 1, 0, "Uppgiftslämnare: Sofia Åberg, administrativ chef, 2025-05-07")
    for i, w in enumerate([5, 16, 48, 4, 4, 9, 24, 10, 18, 10, 8, 11, 55]):
        ws.col(i).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ----------------------------------------------------------------------------
# File 7: Överförmyndarnämnden Word, one key/value table per control
# ----------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden uppföljning intern kontroll 2025 T1.docx"
    N = "Överförmyndarnämnden"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Lunnarps kommun – Överförmyndarenheten"
    d.add_heading("Överförmyndarnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll 2025, tertial 1 (januari–april)").runs[0].bold = True
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan 2025 den 28 november 2024. Nedan redovisas varje kontrollmoment "
        "med resultat och nämndens bedömning för perioden.")
    items = [
        ("Granskning av årsräkningar för 2024 – stickprov att verifikationer finns för uttag över 5 000 kr",
         "Ställföreträdare förbrukar huvudmannens medel felaktigt", "Handläggare", "Jan–jun",
         "Pågår. 210 av 342 årsräkningar granskade per 30 april (61 %). I stickprovet saknades verifikationer i 4 ärenden, kompletteringar har begärts in.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("Kontroll att nya ställföreträdare har genomgått grundutbildning",
         "Ställföreträdare saknar kunskap om uppdraget", "Utbildningsansvarig", "Tertialvis",
         "Samtliga 12 nya gode män och förvaltare har genomgått grundutbildningen.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Felaktiga arvoden betalas ut", "Enhetschef", "Juni",
         "Kontrolleras i samband med arvodesbesluten för årsräkningarna i juni.",
         "Ej påbörjad – planerad T2", "EJ_GENOMFORD", "nej"),
        ("Lämplighetskontroll (belastningsregistret och Kronofogden) av nya ställföreträdare före förordnande",
         "Olämpliga personer förordnas", "Handläggare", "Löpande",
         "I ett ärende saknades dokumenterad kontroll hos Kronofogden. Kontrollen har gjorts i efterhand utan anmärkning.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Uppföljning av behörigheter i verksamhetssystemet för överförmyndarärenden",
         "Obehöriga får tillgång till sekretessuppgifter", "Systemförvaltare", "T1",
         "", "", "SAKNAS", ""),
    ]
    for n, (km, risk, ansv, tid, res, bed, st, av) in enumerate(items, start=1):
        d.add_paragraph(f"Kontroll {n}").runs[0].bold = True
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Kontrollmoment", km), ("Risk", risk), ("Ansvarig", ansv),
                                    ("Tidpunkt", tid), ("Resultat T1", res), ("Bedömning", bed)]):
            set_cell(t.cell(i, 0), k, bold=True)
            shade(t.cell(i, 0), "E2EFDA")
            set_cell(t.cell(i, 1), v)
            t.cell(i, 0).width = Cm(4)
            t.cell(i, 1).width = Cm(12)
        d.add_paragraph()
        exp(fil, N, km, st, av)
    d.add_paragraph("Redovisningen har behandlats av Överförmyndarnämnden 2025-05-06, § 31.")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ----------------------------------------------------------------------------
# Rejected: Excel owner/lock file left by the controller who has the workbook open
# ----------------------------------------------------------------------------
def file_lock():
    fil = "~$IK uppföljning T1 2025 Samhällsbyggnadsförvaltningen.xlsx"
    user = "Karin Sjöholm"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(out(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Valnämnden", "VN|Valnämnd"),
    ("Krisledningsnämnden", "KLN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Byggnadsnämnden", "BN|Bygglovsenheten"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsenheten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska enheten"),
    ("Lunnarps Bostäder AB", "LBAB|Lunnarpsbostäder|Lunnarps Bostäder"),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_sbf()
    file_klf()
    file_bun()
    file_sn()
    file_von()
    file_kfn()
    file_ofn()
    file_lock()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
