#!/usr/bin/python3
"""Blind round r495 - Örebro kommun, helår 2025 inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script (no subfolders). Run: /usr/bin/python3 make_round.py
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
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round495"
FIXED = dt.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def fix_props(wb, author="Ekonomiavdelningen"):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# --------------------------------------------------------------------------------------
# Register
# --------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|KSF"),
    ("Förskolenämnden", "FSN|Förskoleförvaltningen"),
    ("Grundskolenämnden", "GSN|Grundskoleförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Nämnden för funktionsstöd", "NFS|Funktionsstödsnämnden|Funktionsstödsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
    ("Örebrobostäder AB", "ÖBO|Örebrobostäder"),
    ("Valnämnden", "VN"),
]


# --------------------------------------------------------------------------------------
# F1  Stratsys export, eight nämnder, flat table
# --------------------------------------------------------------------------------------
def f1_export():
    fil = "Stratsys_export_IK_helar_2025.xlsx"
    K1 = "Attest av leverantörsfakturor enligt attestordningen"
    K2 = "Representation och förtroendekänsliga poster – stickprov på 20 verifikationer"
    K3 = "Inköp sker från avtalade leverantörer (avtalstrohet)"
    K4 = "Behörigheter i verksamhetssystem stäms av mot aktuell personal"
    # (export name, register name, område, km, status cell, avvikelse cell, åtgärd, exp status, exp avv)
    rows = [
        ("Kommunstyrelsen", "Kommunstyrelsen", "Ekonomi", K1, "Genomförd", "Nej",
         "Inga avvikelser i stickprovet (25 fakturor).", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Kommunstyrelsen", "Ekonomi", K2, "Genomförd med avvikelse", "Ja",
         "Två verifikationer saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer i oktober.",
         "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Kommunstyrelsen", "Upphandling", K3, "Delvis genomförd", "Ja",
         "Analys av köptrohet gjord för kvartal 1–3, kvartal 4 analyseras i februari 2026. Köp utanför avtal inom konsulttjänster.",
         "DELVIS", "ja"),
        ("Kommunstyrelsen", "Kommunstyrelsen", "Informationssäkerhet", K4, "Genomförd", "Nej",
         "Avstämning gjord i november.", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Kommunstyrelsen", "Styrning och ledning",
         "Uppföljning av delegationsbeslut –\nanmälan till kommunstyrelsen sker löpande", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),

        ("Förskolenämnden", "Förskolenämnden", "Ekonomi", K1, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Förskolenämnden", "Förskolenämnden", "Ekonomi", K2, "Genomförd", "Nej", "Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("Förskolenämnden", "Förskolenämnden", "Upphandling", K3, "Ej genomförd", "",
         "Kontrollen flyttas till internkontrollplan 2026 på grund av vakans på controllertjänsten.",
         "EJ_GENOMFORD", ""),
        ("Förskolenämnden", "Förskolenämnden", "Informationssäkerhet", K4, "Genomförd", "Ja",
         "Fem konton för avslutad personal var fortfarande aktiva och har stängts. Rutinen för avslut ses över.",
         "GENOMFORD", "ja"),
        ("Förskolenämnden", "Förskolenämnden", "Verksamhet",
         "Placering i förskola sker inom fyra månader från ansökan (garantitiden)", "Delvis genomförd", "Ja",
         "Kontroll gjord för vårterminen; 14 barn fick plats efter garantitiden. Höstterminen följs upp i mars.",
         "DELVIS", "ja"),

        ("Grundskolenämnden", "Grundskolenämnden", "Ekonomi", K1, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Grundskolenämnden", "Grundskolenämnden", "Ekonomi", K2, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Grundskolenämnden", "Grundskolenämnden", "Upphandling", K3, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Grundskolenämnden", "Grundskolenämnden", "Informationssäkerhet", K4, "", "",
         "Kontrollen är genomförd, inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Grundskolenämnden", "Grundskolenämnden", "Verksamhet",
         "Frånvarouppföljning – elever med hög frånvaro anmäls till rektor och elevhälsa", "Delvis genomförd", "Ja",
         "Rutinen följs på 9 av 12 granskade skolor. Övriga skolor följs upp under våren 2026.",
         "DELVIS", "ja"),

        ("Socialnämnden", "Socialnämnden", "Ekonomi", K1, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Socialnämnden", "Socialnämnden", "Ekonomi", K2, "Utgår", "",
         "Kontrollen ersattes av kommunstyrelsens centrala granskning av förtroendekänsliga poster.", "UTGAR", ""),
        ("Socialnämnden", "Socialnämnden", "Upphandling", K3, "Delvis genomförd", "Ja",
         "Köp av konsulter inom IFO utan avtal. Direktupphandlingar dokumenteras inte alltid.", "DELVIS", "ja"),
        ("Socialnämnden", "Socialnämnden", "Informationssäkerhet", K4, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Socialnämnden", "Socialnämnden", "Verksamhet",
         "Utbetalning av ekonomiskt bistånd görs på korrekt underlag", "Genomförd med avvikelse", "Ja",
         "Tre av 40 granskade akter saknade underskrivet ansökningsunderlag. Genomgång på APT.",
         "GENOMFORD", "ja"),

        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Ekonomi", K1, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Ekonomi", K2, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Upphandling", K3, "Ej påbörjad", "", "",
         "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Informationssäkerhet", K4, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),

        ("Funktionsstödsnämnden", "Nämnden för funktionsstöd", "Ekonomi", K1, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Funktionsstödsnämnden", "Nämnden för funktionsstöd", "Ekonomi", K2, "Genomförd", "Ja",
         "Alkohol vid en personalaktivitet bekostades av förvaltningen i strid med riktlinjen. Beloppet har återbetalats.",
         "GENOMFORD", "ja"),
        ("Funktionsstödsnämnden", "Nämnden för funktionsstöd", "Upphandling", K3, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Funktionsstödsnämnden", "Nämnden för funktionsstöd", "Informationssäkerhet", K4, "Delvis genomförd", "Nej",
         "Avstämning gjord i Lifecare, återstår i Procapita.", "DELVIS", "nej"),
        ("Funktionsstödsnämnden", "Nämnden för funktionsstöd", "Verksamhet",
         "Beslut om insatser enligt LSS verkställs inom tre månader", "Genomförd", "Ja",
         "Fyra ej verkställda beslut har rapporterats till IVO.", "GENOMFORD", "ja"),

        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Ekonomi", K1, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Ekonomi", K2, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Upphandling", K3, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Informationssäkerhet", K4, "", "", "",
         "SAKNAS", ""),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Verksamhet",
         "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Genomförd", "Nej", "", "GENOMFORD", "nej"),

        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Ekonomi", K1, "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Ekonomi", K2, "Utgår", "",
         "Ej aktuell – nämnden har ingen representation.", "UTGAR", ""),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Upphandling", K3, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Informationssäkerhet", K4, "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Örebro kommun  |  Period: Helår 2025  |  Urval: Samtliga nämnder, "
                "kommungemensamma och nämndspecifika kontroller")
    ws["A3"] = "Exporterad 2026-01-23 08:14 av ekonomiavdelningen (Stratsys)"
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nämnd", "Område", "Kontrollmoment", "Status", "Avvikelse (Ja/Nej)", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
    r = 6
    for (en, reg, omr, km, st, av, atg, est, eav) in rows:
        vals = [en, omr, km, st or None, av or None, atg or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, reg, km, est, eav)
        r += 1
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {len(rows)}").font = Font(italic=True)
    for col, w in zip("ABCDEF", [26, 20, 55, 22, 12, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fix_props(wb, "Stratsys")
    wb.save(os.path.join(OUT, fil))
    for reg in dict.fromkeys(x[1] for x in rows):
        FILES.append((fil, "INLAST", reg, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F2  Samhällsbyggnad workbook: summary sheet + one sheet per nämnd, hidden rows/cols, autofilter
# --------------------------------------------------------------------------------------
def f2_samhallsbyggnad():
    fil = "Samhallsbyggnad_IK_uppfoljning_2025_helar.xlsx"
    status_list = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd", "Utgår"]
    # nr, process, km, metod, ansvarig, riskvärde, T1, T2, helår, avvikelse, kommentar, hidden_row, exp_status, exp_avv
    tn = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
         "Controller", 6, "Genomförd", "Genomförd", "Genomförd", "Nej", "", True, "GENOMFORD", "nej"),
        ("2", "Upphandling och investeringar",
         "Kontroll av att entreprenader över 1 mnkr har skriftligt avtal och ekonomisk uppföljning",
         "Genomgång av samtliga pågående investeringsprojekt", "Projektchef", 12, None, "Delvis genomförd",
         "Delvis genomförd", "Ja", "Två projekt saknade slutkalkyl vid kontrolltillfället. Rutin för projektavslut tas fram.",
         False, "DELVIS", "ja"),
        ("3", "Park och lek", "Besiktning av lekplatser enligt SS-EN 1176",
         "Huvudbesiktning av samtliga kommunala lekplatser", "Enhetschef park", 9, None, None,
         "Genomförd med avvikelse", "Ja", "Sex lekredskap stängdes av vid besiktningen, samtliga åtgärdade i oktober.",
         True, "GENOMFORD", "ja"),
        ("4", "Gata", "Vinterväghållning – uppföljning av entreprenörens utryckningstider",
         "Jämförelse av GPS-loggar mot avtalade tider", "Driftchef gata", 8, "Genomförd", "Delvis genomförd", None,
         None, "Säsongen 2025/26 följs upp i april 2026.", False, "DELVIS", ""),
        ("5", "Taxor och avgifter", "Debitering av VA-anslutningsavgifter enligt gällande taxa",
         "Stickprov 15 anslutningar", "Ekonom VA", 9, None, None, "Ej genomförd", None,
         "Ej genomförd på grund av byte av debiteringssystem. Flyttas till 2026.", False, "EJ_GENOMFORD", ""),
        ("6", "Informationssäkerhet", "Behörigheter i verksamhetssystem stäms av mot aktuell personal",
         "Avstämning mot HR-systemet", "Systemförvaltare", 6, "Genomförd", None, "Genomförd", "Nej", "", True,
         "GENOMFORD", "nej"),
        ("7", "Avfall", "Kontroll av kundregistret för avfallsabonnemang mot folkbokföringen",
         "Registerjämförelse", "Enhetschef avfall", 4, None, None, "Utgår", None,
         "Utgår – verksamheten överfördes till avfallsbolaget den 1 juli 2025.", True, "UTGAR", ""),
        ("8", "Arbetsmiljö", "Skyddsronder genomförs på samtliga driftområden", "Sammanställning av protokoll",
         "Arbetsmiljösamordnare", 6, None, "Genomförd", "Genomförd", "Nej", "", True, "GENOMFORD", "nej"),
    ]
    bmn = [
        ("1", "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet", "Enhetschef bygglov", 12, "Genomförd", "Genomförd", "Genomförd med avvikelse", "Ja",
         "12 av 410 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", False, "GENOMFORD", "ja"),
        ("2", "Myndighetsutövning", "Tillsyn av livsmedelsanläggningar enligt tillsynsplanen",
         "Uppföljning mot tillsynsplan", "Enhetschef livsmedel", 9, None, "Delvis genomförd", "Delvis genomförd", "Ja",
         "84 % av planerade kontroller genomförda. Resterande flyttas till första kvartalet 2026.", False, "DELVIS", "ja"),
        ("3", "Ekonomi", "Fakturering av timavgift för tillsyn sker löpande", "Stickprov 20 ärenden",
         "Controller", 6, None, None, "Genomförd", "Nej", "", False, "GENOMFORD", "nej"),
        ("4", "Styrning", "Delegationsbeslut anmäls till nämnden", "Jämförelse beslutslistor mot protokoll",
         "Nämndsekreterare", 4, "Genomförd", "Genomförd", "Genomförd", "Nej", "", False, "GENOMFORD", "nej"),
        ("5", "Myndighetsutövning", "Handläggning av strandskyddsdispenser", "Aktgranskning 10 ärenden",
         "Enhetschef plan", 6, None, None, "Utgår", None, "Utgår enligt nämndbeslut 2025-03-20, § 41.", True,
         "UTGAR", ""),
        ("6", "Arkiv och registratur", "Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Stickprov i e-postlådan", "Registrator", 4, None, None, None, None, "Se bilaga 2", False, "OKLAR", ""),
        ("7", "Informationssäkerhet", "Behörigheter i verksamhetssystem stäms av mot aktuell personal",
         "Avstämning mot HR-systemet", "Systemförvaltare", 6, None, None, "Ej genomförd", None,
         "Har inte hunnits med under året.", False, "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Sammanställning"
    summ["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning av internkontrollplaner 2025, helår"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Sammanställning per nämnd. Detaljer finns på respektive nämnds flik."
    head = ["Nämnd", "Antal kontroller", "Genomförda", "Delvis genomförda", "Ej genomförda", "Utgår",
            "Ej rapporterade/oklara"]
    for c, h in enumerate(head, 1):
        cell = summ.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX

    def counts(rows):
        g = sum(1 for x in rows if x[12] == "GENOMFORD")
        d = sum(1 for x in rows if x[12] == "DELVIS")
        e = sum(1 for x in rows if x[12] == "EJ_GENOMFORD")
        u = sum(1 for x in rows if x[12] == "UTGAR")
        o = len(rows) - g - d - e - u
        return [len(rows), g, d, e, u, o]

    for i, (nm, rows) in enumerate([("Tekniska nämnden", tn), ("Bygg- och miljönämnden", bmn)]):
        vals = [nm] + counts(rows)
        for c, v in enumerate(vals, 1):
            summ.cell(row=5 + i, column=c, value=v).border = BOX
    tot = ["Totalt"] + [a + b for a, b in zip(counts(tn), counts(bmn))]
    for c, v in enumerate(tot, 1):
        cell = summ.cell(row=7, column=c, value=v)
        cell.font = BOLD
        cell.border = BOX
    summ["A9"] = "Förvaltningens bedömning: den interna kontrollen är i huvudsak tillräcklig."
    summ["A10"] = "Kontaktperson: Johan Sandberg, controller, 019-21 00 00"
    summ.column_dimensions["A"].width = 28
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 16

    lists = wb.create_sheet("Listor")
    for i, s in enumerate(status_list, 1):
        lists.cell(row=i, column=1, value=s)
    lists.cell(row=1, column=2, value="Ja")
    lists.cell(row=2, column=2, value="Nej")
    lists.sheet_state = "hidden"

    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Riskvärde", "Status T1", "Status T2",
           "Status helår", "Avvikelse", "Kommentar/åtgärd"]

    def nsheet(title, namnd, rows, filter_on):
        ws = wb.create_sheet(title)
        ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Nämnd:"
        ws["B2"] = namnd
        ws["B2"].font = BOLD
        ws["A3"] = "Förvaltning:"
        ws["B3"] = "Samhällsbyggnadsförvaltningen"
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.border = BOX
            cell.alignment = WRAP
        r = 6
        for x in rows:
            vals = list(x[:11])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            if x[11]:
                ws.row_dimensions[r].hidden = True
            exp(fil, namnd, x[2], x[12], x[13])
            r += 1
        last = r - 1
        ws.auto_filter.ref = f"A5:K{last}"
        if filter_on:
            ws.auto_filter.add_filter_column(8, ["Delvis genomförd", "Ej genomförd"], blank=True)
        dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"G6:I{last}")
        dv2 = DataValidation(type="list", formula1="=Listor!$B$1:$B$2", allow_blank=True)
        ws.add_data_validation(dv2)
        dv2.add(f"J6:J{last}")
        widths = {"A": 5, "B": 22, "C": 50, "D": 32, "E": 20, "F": 9, "G": 16, "H": 16, "I": 20, "J": 11, "K": 50}
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
        for col in ("F", "G", "H"):
            ws.column_dimensions[col].hidden = True
        ws.freeze_panes = "C6"
        ws.print_title_rows = "5:5"
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    nsheet("TN", "Tekniska nämnden", tn, True)
    nsheet("BMN", "Bygg- och miljönämnden", bmn, False)
    fix_props(wb, "Johan Sandberg")
    wb.save(os.path.join(OUT, fil))


# --------------------------------------------------------------------------------------
# F3  Vård- och omsorgsförvaltningen, 30 controls in outline groups, codes with legend, T1/T2/helår
# --------------------------------------------------------------------------------------
def f3_vof():
    fil = "VOF_Uppfoljning_internkontrollplan_2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    groups = [
        ("1. Ekonomi och administration", False, [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Tertialvis",
             "Controller", "G", "G", "G", "", "GENOMFORD", "nej"),
            ("1.2", "Hyresdebitering i särskilda boenden stämmer mot hyresavtal",
             "Avstämning av samtliga lägenheter", "1 ggr/år", "Boendesamordnare", "–", "–", "GA",
             "Fem hyresgäster debiterades fel hyra efter omflyttning, korrigerat i november.", "GENOMFORD", "ja"),
            ("1.3", "Avgifter för hemtjänst beräknas utifrån aktuella inkomstuppgifter",
             "Stickprov 30 avgiftsbeslut", "2 ggr/år", "Avgiftshandläggare", "–", "G", "P",
             "Andra stickprovet påbörjat i december, slutförs i januari 2026.", "DELVIS", ""),
            ("1.4", "Hantering av brukarnas privata medel (kontantkassor) enligt rutin",
             "Kassainventering på 10 enheter", "2 ggr/år", "Enhetschef", "G", "–", "GA",
             "Differens på två enheter (under 500 kr). Rutinen har förtydligats.", "GENOMFORD", "ja"),
            ("1.5", "Representation och förtroendekänsliga poster", "Stickprov 20 verifikationer", "1 ggr/år",
             "Controller", "–", "–", "G", "", "GENOMFORD", "nej"),
        ]),
        ("2. Myndighetsutövning och biståndsbeslut", False, [
            ("2.1", "Biståndsbeslut enligt SoL är dokumenterade och kommunicerade inom 14 dagar",
             "Journalgranskning 40 akter", "Tertialvis", "Enhetschef myndighet", "G", "GA", "GA",
             "7 av 40 akter överskred 14 dagar.", "GENOMFORD", "ja"),
            ("2.2", "Ej verkställda beslut rapporteras till IVO inom tre månader",
             "Kontroll mot verksamhetssystemet", "Kvartalsvis", "Systemförvaltare", "G", "G", "G", "",
             "GENOMFORD", "nej"),
            ("2.3", "Uppföljning av beviljade insatser sker minst en gång per år", "Stickprov 25 akter", "1 ggr/år",
             "Biståndshandläggare", "–", "–", "EG",
             "Ej genomförd på grund av hög personalomsättning, flyttas till plan 2026.", "EJ_GENOMFORD", ""),
            ("2.4", "Korrekt underlag för debitering av hemtjänsttimmar från externa utförare (LOV)",
             "Avstämning utförda timmar mot beställda", "Tertialvis", "Controller", "P", "G", "", "",
             "GENOMFORD", "nej"),
            ("2.5", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Genomgång av anmälningslistor", "2 ggr/år", "Nämndsekreterare", "–", "G", "G", "",
             "GENOMFORD", "nej"),
        ]),
        ("3. Vård och omsorg – kvalitet och patientsäkerhet", False, [
            ("3.1", "Läkemedelsavvikelser registreras och analyseras", "Genomgång i avvikelsesystemet",
             "Tertialvis", "MAS", "G", "G", "P", "Analysen av tertial 3 blir klar i februari 2026.", "DELVIS", ""),
            ("3.2", "Riskbedömningar (fall, trycksår, nutrition) görs vid inflyttning på särskilt boende",
             "Journalgranskning 30 brukare", "2 ggr/år", "MAS", "GA", "–", "GA",
             "Riskbedömning saknades för 6 av 30 brukare.", "GENOMFORD", "ja"),
            ("3.3", "Basala hygienrutiner och klädregler följs", "Observationsstudie (PPM-BHK)", "2 ggr/år",
             "Hygiensjuksköterska", "G", "–", "G", "", "GENOMFORD", "nej"),
            ("3.4", "Lex Sarah-rapporter utreds inom fastställd tid", "Genomgång av samtliga rapporter",
             "Tertialvis", "Kvalitetsutvecklare", "G", "G", "G", "", "GENOMFORD", "nej"),
            ("3.5", "Genomförandeplaner upprättas inom 14 dagar efter start av insats", "Stickprov 20 per område",
             "1 ggr/år", "Enhetschef", "–", "–", "", "", "SAKNAS", ""),
        ]),
        ("4. Personal och arbetsmiljö", True, [
            ("4.1", "Utdrag ur belastningsregistret kontrolleras vid nyanställning", "Stickprov 20 anställningar",
             "2 ggr/år", "HR-specialist", "G", "–", "G", "", "GENOMFORD", "nej"),
            ("4.2", "Timanställdas arbetade tid stämmer mot schema och lön", "Stickprov 30 lönespecifikationer",
             "2 ggr/år", "Lönekonsult", "–", "GA", "G", "Inga avvikelser i andra stickprovet.", "GENOMFORD", "nej"),
            ("4.3", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs på alla enheter",
             "Sammanställning av protokoll", "1 ggr/år", "Arbetsmiljösamordnare", "–", "–", "P",
             "Skyddsronder genomförda på 41 av 48 enheter.", "DELVIS", ""),
            ("4.4", "Rehabiliteringsärenden startas senast dag 15 i sjukperioden", "Uttag ur Adato", "Tertialvis",
             "HR-specialist", "G", "G", "G", "", "GENOMFORD", "nej"),
            ("4.5", "Andel heltidsanställda följs upp mot målet i heltidsresan", "Uttag ur HR-systemet",
             "1 ggr/år", "HR-chef", "–", "–", "U", "Utgår – följs upp inom personalbokslutet.", "UTGAR", ""),
        ]),
        ("5. Informationssäkerhet och dokumentation", False, [
            ("5.1", "Loggkontroller i verksamhetssystemet (Lifecare) genomförs",
             "Slumpvis loggkontroll 50 journaler", "Tertialvis", "Systemförvaltare", "G", "G", "GA",
             "En otillåten journalåtkomst upptäcktes, hanterad enligt rutin och anmäld till IMY.", "GENOMFORD", "ja"),
            ("5.2", "Behörigheter i verksamhetssystem stäms av mot aktuell personal", "Avstämning mot HR-system",
             "2 ggr/år", "Systemförvaltare", "G", "–", "G", "", "GENOMFORD", "nej"),
            ("5.3", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Genomgång av incidentlogg",
             "Tertialvis", "Dataskyddsombud", "G", "G", "G", "", "GENOMFORD", "nej"),
            ("5.4", "Arkivering och gallring av brukarakter enligt dokumenthanteringsplan", "Kontroll på 5 enheter",
             "1 ggr/år", "Arkivredogörare", "–", "–", "EG", "", "EJ_GENOMFORD", ""),
            ("5.5", "Nyckelhantering och passerkort i hemtjänsten", "Inventering av nyckelskåp",
             "1 ggr/år (vår)", "Enhetschef hemtjänst", "GA", "–", "–", "", "GENOMFORD", "ja"),
        ]),
        ("6. Inköp och avtal", False, [
            ("6.1", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys av inköpsstatistik", "2 ggr/år",
             "Inköpssamordnare", "–", "P", "P", "Köptroheten är 87 %, målet 95 % nås inte. Åtgärdsplan tas fram.",
             "DELVIS", "ja"),
            ("6.2", "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång av diariet", "1 ggr/år",
             "Inköpssamordnare", "–", "–", "G", "Samtliga 14 direktupphandlingar var dokumenterade.",
             "GENOMFORD", "nej"),
            ("6.3", "Hjälpmedel återlämnas och registreras när brukare avslutas", "Stickprov 20 avslut",
             "1 ggr/år", "Arbetsterapeut", "–", "–", "", "Se bilaga 3", "OKLAR", ""),
            ("6.4", "Fakturor från bemanningsföretag stäms av mot beställning", "Stickprov 15 fakturor",
             "Tertialvis", "Controller", "GA", "GA", "G", "Inga avvikelser tertial 3.", "GENOMFORD", "nej"),
            ("6.5", "Leasingbilar – körjournaler förs enligt rutin", "Stickprov 10 bilar", "1 ggr/år",
             "Fordonsansvarig", "–", "–", "GA", "Körjournal saknades för tre bilar.", "GENOMFORD", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vård- och omsorgsförvaltningen – rapport till Vård- och omsorgsnämnden, sammanträde 2026-02-12"
    ws["A3"] = ("Teckenförklaring:  G = Genomförd utan anmärkning   GA = Genomförd med anmärkning   "
                "P = Påbörjad/delvis genomförd   EG = Ej genomförd   U = Utgår   – = ingen kontroll planerad denna period")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Metod/omfattning", "Frekvens", "Ansvarig", "T1", "T2", "Helår",
           "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = BOX
    r = 6
    n = 0
    for gname, collapsed, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell = ws.cell(row=r, column=1, value=gname)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="548235")
        if collapsed:
            ws.row_dimensions[r].collapsed = True
        r += 1
        for it in items:
            vals = list(it[:9])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (6, 7, 8):
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].outline_level = 1
            if collapsed:
                ws.row_dimensions[r].hidden = True
            exp(fil, namnd, it[1], it[9], it[10])
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Antal kontrollmoment: {n}").font = BOLD
    ws.cell(row=r + 1, column=1, value="Samtliga kontroller har redovisats i förvaltningens ledningsgrupp 2026-01-27.")
    ws.cell(row=r + 3, column=1, value="Anna Lindqvist")
    ws.cell(row=r + 4, column=1, value="Förvaltningschef, Vård- och omsorgsförvaltningen")
    for col, w in zip("ABCDEFGHI", [6, 55, 32, 14, 22, 6, 6, 8, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    fix_props(wb, "Anna Lindqvist")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F4  Örebrobostäder AB, CSV in Windows-1252
# --------------------------------------------------------------------------------------
def f4_obo():
    fil = "OBO_internkontroll_2025_helar.csv"
    namnd = "Örebrobostäder AB"
    rows = [
        ("ÖBO-01", "Hyresadministration",
         "Hyresavier skapas för samtliga uthyrda lägenheter – avstämning mot objektsregistret", "Ekonomichef",
         "2025-11-30", "Utförd", "Nej", "Inga differenser.", "GENOMFORD", "nej"),
        ("ÖBO-02", "Hyresadministration", "Kreditprövning av nya hyresgäster enligt uthyrningspolicyn",
         "Uthyrningschef", "2025-10-15", "Utförd med avvikelse", "Ja",
         "3 av 50 kontrakt saknade dokumenterad kreditupplysning.", "GENOMFORD", "ja"),
        ("ÖBO-03", "Inköp", "Ramavtal för entreprenader följs – beställningar sker via avtalade entreprenörer",
         "Inköpschef", "", "Pågår", "", "Analys av beställningar Q4 pågår, klar i februari.", "DELVIS", ""),
        ("ÖBO-04", "Underhåll", "Planerat underhåll genomförs enligt underhållsplan (budget 212,5 mnkr)",
         "Fastighetschef", "2025-12-31", "Delvis utförd", "Ja",
         "Utfall 78 % av planerade åtgärder; stambyten i Vivalla senarelagda till 2026.", "DELVIS", "ja"),
        ("ÖBO-05", "Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktionen", "Redovisningschef",
         "2025-09-30", "Utförd", "Nej", "", "GENOMFORD", "nej"),
        ("ÖBO-06", "IT", "Behörighetsgenomgång i fastighetssystemet (Vitec)", "IT-chef", "", "Ej utförd", "",
         "Flyttad till 2026 på grund av systembyte.", "EJ_GENOMFORD", ""),
        ("ÖBO-07", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) – egenkontroller i flerbostadshus",
         "Säkerhetssamordnare", "2025-12-10", "Utförd", "Ja",
         "Brister i 12 trapphus (barnvagnar, ”kilade” branddörrar).\r\nÅtgärdat vid återbesök i december.",
         "GENOMFORD", "ja"),
        ("ÖBO-08", "Personal", "Löneutbetalningar – kontroll av nyupplagda anställda mot anställningsavtal",
         "HR-chef", "2025-06-30", "Utförd", "Nej", "", "GENOMFORD", "nej"),
        ("ÖBO-09", "Styrning", "Jäv – styrelseledamöters och ledningens intressedeklarationer är uppdaterade", "VD",
         "", "Ej aktuell", "", "Ej aktuell 2025 – ny rutin beslutas av styrelsen i mars 2026.", "UTGAR", ""),
        ("ÖBO-10", "Hyresadministration", "Vakanser och outhyrda lägenheter följs upp månadsvis", "Uthyrningschef",
         "", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Rapport", "Uppföljning internkontrollplan 2025"])
        w.writerow(["Bolag", "Örebrobostäder AB (ÖBO)"])
        w.writerow(["Period", "Januari–december 2025"])
        w.writerow(["Utskriftsdatum", "2026-01-28"])
        w.writerow([])
        w.writerow(["Id", "Process", "Kontrollpunkt", "Kontrollansvarig", "Genomförd datum", "Resultat",
                    "Avvikelse", "Kommentar/åtgärd"])
        for x in rows:
            w.writerow(list(x[:8]))
            exp(fil, namnd, x[2], x[8], x[9])
        w.writerow([])
        w.writerow([f"Antal kontrollpunkter: {len(rows)}"])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F5  Överförmyndarnämnden, Word document with one table and legend under it
# --------------------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def f5_ofn():
    fil = "Överförmyndarnämnden uppföljning IK helår 2025.docx"
    namnd = "Överförmyndarnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Örebro kommun\tTjänsteskrivelse\tDnr ÖFN 2026/00012"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = d.add_paragraph()
    p.add_run("Överförmyndarnämnden").bold = True
    d.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen omfattar sex "
        "kontrollmoment som har valts ut utifrån nämndens risk- och väsentlighetsanalys. I denna skrivelse "
        "redovisas resultatet av kontrollerna för hela året.")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Den interna kontrollen bedöms i huvudsak vara tillräcklig. Brister har noterats i handläggningstiden "
        "för granskning av årsräkningar, vilket har varit känt sedan tidigare och hanteras i verksamhetsplanen "
        "för 2026.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    rows = [
        ("Årsräkningar", "Granskning av årsräkningar sker inom sex månader från inlämning",
         "Uttag ur verksamhetssystemet Wärna, samtliga årsräkningar 2024 inlämnade 2025",
         "92 % granskade inom sex månader. 31 årsräkningar granskades senare på grund av vakanser.",
         "Anmärkning", "GENOMFORD", "ja"),
        ("Årsräkningar", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 25 arvodesbeslut", "Inga felaktigheter noterades.", "Godkänd", "GENOMFORD", "nej"),
        ("Tillstånd", "Uttagstillstånd från spärrade konton beslutas enligt delegationsordningen",
         "Stickprov 20 beslut", "Kontroll genomförd, inga avvikelser.", "Godkänd", "GENOMFORD", "nej"),
        ("Ställföreträdare",
         "Lämplighetsprövning av nya ställföreträdare (registerkontroll hos Kronofogden och polisen)",
         "Samtliga nyrekryterade ställföreträdare 2025",
         "Kontrollen har påbörjats men inte slutförts; 18 av 35 prövningar har granskats.", "", "DELVIS", ""),
        ("Informationssäkerhet", "Behörigheter i verksamhetssystem stäms av mot aktuell personal",
         "Avstämning mot personalförteckning", "Ej utförd under 2025 på grund av byte av verksamhetssystem.",
         "Ej utförd", "EJ_GENOMFORD", ""),
        ("Arkiv", "Akter för avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "–",
         "Kontrollen utgick genom nämndens beslut 2025-05-14, § 38.", "Utgår", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Metod och omfattning", "Resultat helår",
                           "Bedömning"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for x in rows:
        cells = t.add_row().cells
        for c in range(5):
            set_cell(cells[c], x[c])
        exp(fil, namnd, x[1], x[5], x[6])
    # merge the Kontrollområde cells of the two Årsräkningar rows (realistic vertical merge)
    a = t.cell(1, 0)
    b = t.cell(2, 0)
    m = a.merge(b)
    set_cell(m, "Årsräkningar")
    d.add_paragraph()
    lg = d.add_paragraph()
    lg.add_run("Bedömning: ").bold = True
    lg.add_run("Godkänd = kontrollen genomförd utan anmärkning. Anmärkning = kontrollen genomförd, brister "
               "noterade. Ej utförd = kontrollen har inte genomförts. Utgår = kontrollen har strukits ur planen.")
    for r in lg.runs:
        r.font.size = Pt(8)
    d.add_paragraph()
    d.add_paragraph("Örebro 2026-01-30")
    d.add_paragraph("Karin Ek\nOrdförande, Överförmyndarnämnden")
    d.add_paragraph("Per Nilsson\nEnhetschef, Överförmyndarenheten")
    fix_doc_props(d, "Per Nilsson")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden, text only, old .doc
# --------------------------------------------------------------------------------------
def f6_kfn(tmp):
    fil = "KFN_IK_helar_2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    items = [
        ("Kassahantering i bad- och sporthallar – dagskassor stäms av mot kassasystemet",
         "Oanmälda kontroller av dagskassor vid fyra tillfällen på Idrottshuset, Rynningeviksbadet och Eyravallen.",
         "Kontrollen är genomförd. Differenser noterades vid två tillfällen på Rynningeviksbadet (totalt 1 240 kr). "
         "Kassapersonalen har fått förnyad utbildning i kassarutinen.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler faktureras enligt fastställd taxa",
         "Stickprov på 30 bokningar i bokningssystemet jämfört med utställda fakturor.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Inventarieförteckning för den kommunala konstsamlingen är uppdaterad",
         "Fysisk inventering av konstverk placerade i kommunens lokaler.",
         "Inventeringen har påbörjats men är inte slutförd; cirka 60 % av verken är inventerade. "
         "Arbetet fortsätter under 2026.", "DELVIS", ""),
        ("Föreningsbidrag – kontroll av medlemsuppgifter i ansökningar om aktivitetsstöd",
         "Stickprov på 15 föreningar där medlemsregister begärs in.",
         "Kontrollen har inte genomförts under året på grund av omorganisation av föreningsenheten. "
         "Den flyttas till internkontrollplanen 2026.", "EJ_GENOMFORD", ""),
        ("Inköp av biblioteksmedia följer avtalet med medialeverantören",
         "Jämförelse av fakturerade priser mot avtalade rabatter.",
         "Kontrollen utgår eftersom avtalet har upphandlats på nytt under 2025 och det nya avtalet började gälla "
         "1 oktober.", "UTGAR", ""),
    ]
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "ÖREBRO KOMMUN – Kultur- och fritidsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden").runs[0].bold = True
    d.add_paragraph("Ärende till nämndens sammanträde 2026-02-05. Handläggare: Elin Berg, controller.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen och kommunens reglemente för intern kontroll ska nämnden varje år följa upp sin "
        "internkontrollplan. Nämnden fastställde planen för 2025 i december 2024. Utöver de kontrollmoment som "
        "redovisas nedan ingår de kommungemensamma kontrollerna, som rapporteras i Stratsys.")
    d.add_heading("Redovisning av kontrollmomenten", level=2)
    for i, (km, met, res, st, av) in enumerate(items, 1):
        h = d.add_paragraph()
        h.add_run(f"Kontrollmoment {i}: {km}").bold = True
        p = d.add_paragraph()
        p.add_run("Genomförande: ").italic = True
        p.add_run(met)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        exp(fil, namnd, km, st, av)
    d.add_heading("Förvaltningens bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig. Kontrollen av föreningsbidrag bör "
        "prioriteras under 2026.")
    d.add_paragraph("Lena Åström\nFörvaltningschef")
    fix_doc_props(d, "Elin Berg")
    src = os.path.join(tmp, "KFN_IK_helar_2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "KFN_IK_helar_2025.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F7  Socialnämnden, traffic-light fills only, 2024 + T2 + helår side by side, .ods
# --------------------------------------------------------------------------------------
def f7_sn(tmp):
    fil = "Socialnamnden_IK_2025_helar.ods"
    namnd = "Socialnämnden"
    GR, YE, RE, GY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen", GR, GR, GR,
         "Stickprov 30 beslut, samtliga korrekt fattade.", "GENOMFORD", "nej"),
        ("Barn och unga", "Barn far illa när orosanmälan inte bedöms i tid", 16,
         "Förhandsbedömningar av orosanmälningar görs inom 14 dagar", RE, YE, YE,
         "Andelen inom 14 dagar är 81 %. Brister i dokumentationen av skyddsbedömning.", "DELVIS", "ja"),
        ("Vuxna med missbruk", "Placeringar utan planering", 9,
         "Vårdplaner upprättas för samtliga placerade vuxna", YE, GR, GR, "Inga brister.", "GENOMFORD", "nej"),
        ("Placeringar", "Felaktiga fakturor betalas", 12,
         "Fakturor för externa placeringar stäms av mot beslut och avtal", GR, GR, RE,
         "Ej genomförd under hösten på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Familjerätt", "Långa utredningstider", 6,
         "Utredningar om vårdnad, boende och umgänge slutförs inom fyra månader", GR, GY, GY,
         "Utgår – kontrollen har flyttats till nämndens kvalitetsberättelse.", "UTGAR", ""),
        ("Försörjningsstöd", "Långa handläggningstider", 8,
         "Handläggningstid från ansökan till beslut understiger tio arbetsdagar", YE, YE, None, "",
         "DELVIS", ""),
        ("Dokumentation", "Obehörig åtkomst till personuppgifter", 12,
         "Loggkontroll av journalåtkomst i verksamhetssystemet", None, GR, GR,
         "En felaktig åtkomst upptäcktes och utreddes, arbetsrättslig åtgärd vidtagen.", "GENOMFORD", "ja"),
        ("Styrning", "Beslut fattas utan delegation", 4, "Delegationsbeslut anmäls till nämnden", GR, GR, GR,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialförvaltningen, Örebro kommun. Status anges med färg enligt teckenförklaringen nedan."
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Utfall 2024", "Status T2 2025",
           "Status helår 2025", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 5
    for x in rows:
        for c, v in enumerate(x[:4], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for c, col in zip((5, 6, 7), x[4:7]):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if col:
                cell.fill = PatternFill("solid", fgColor=col)
        cell = ws.cell(row=r, column=8, value=x[7] or None)
        cell.alignment = WRAP
        cell.border = BOX
        exp(fil, namnd, x[3], x[8], x[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = BOLD
    for i, (col, txt) in enumerate([(GR, "Genomförd"), (YE, "Delvis genomförd / pågår"),
                                    (RE, "Ej genomförd"), (GY, "Utgår")], 1):
        ws.cell(row=r + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + i, column=2, value=txt)
    ws.cell(row=r + 6, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16).").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [20, 30, 9, 50, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "Socialförvaltningen")
    src = os.path.join(tmp, "Socialnamnden_IK_2025_helar.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "Socialnamnden_IK_2025_helar.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F8  Förskolenämnden, .xls with tick columns, nämnd only in print header and file name
# --------------------------------------------------------------------------------------
def f8_fsn():
    fil = "FSN uppföljning internkontroll 2025.xls"
    namnd = "Förskolenämnden"
    rows = [
        ("Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "Stickprov 40 hushåll",
         "Avgiftshandläggare", "Oktober", "X", "", "", "Ja",
         "Två hushåll hade inaktuell inkomstuppgift, avgiften har korrigerats.", "GENOMFORD", "ja"),
        ("Placeringserbjudanden skickas i turordning enligt köregler", "Genomgång av kölistan",
         "Placeringsenheten", "Mars, september", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Uppgifter om barngruppernas storlek rapporteras korrekt till Skolverket", "Jämförelse mot närvarosystem",
         "Utvecklingsstrateg", "Maj, oktober", "", "X", "", "",
         "Rapporteringen för oktober är granskad, våren återstår.", "DELVIS", ""),
        ("Tillbud och skador registreras i IA-systemet", "Uttag ur IA", "HR-specialist", "Löpande", "X", "", "",
         "Nej", "", "GENOMFORD", "nej"),
        ("Livsmedelshantering i förskoleköken sker enligt egenkontrollprogrammet", "Kontroll på 8 kök",
         "Kostchef", "Hösten", "", "", "X", "", "Kostenheten har saknat resurser under hösten.",
         "EJ_GENOMFORD", ""),
        ("Rutin för hämtning av barn – behörig hämtare kontrolleras", "Intervjuer på 6 förskolor",
         "Förskolechef", "Våren", "X", "X", "", "", "", "OKLAR", ""),
        ("Inköp av förbrukningsmaterial sker via e-handelssystemet", "Uttag ur e-handeln", "Controller",
         "Helår", "", "", "", "", "Utgår enligt beslut i nämnden 2025-04-22.", "UTGAR", ""),
        ("Sjukfrånvaro bland medarbetare följs upp månadsvis på APT", "Genomgång av APT-protokoll",
         "Förskolechef", "Månadsvis", "", "", "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    ws._Worksheet__header_str = "&LFörskolenämnden&CInternkontroll 2025&R&D"  # xlwt/py3: setter is broken for non-ASCII
    ws._Worksheet__footer_str = "&LFörskoleförvaltningen, Örebro kommun&RSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, "
                       "bottom thin; pattern: pattern solid, fore_colour light_turquoise")
    cellst = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    tick = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Uppföljning internkontrollplan 2025", title)
    ws.write(1, 0, "Period: helår (januari–december)")
    ws.write(2, 0, "Markera med X i den kolumn som stämmer. Beskriv avvikelser och åtgärder i kommentaren.",
             xlwt.easyxf("font: italic on"))
    ws.write_merge(4, 5, 0, 0, "Kontrollmoment", bold)
    ws.write_merge(4, 4, 1, 3, "Plan", bold)
    ws.write_merge(4, 4, 4, 8, "Uppföljning helår", bold)
    for c, h in enumerate(["Metod", "Ansvarig", "När"], 1):
        ws.write(5, c, h, bold)
    for c, h in enumerate(["Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"], 4):
        ws.write(5, c, h, bold)
    r = 6
    for x in rows:
        ws.write(r, 0, x[0], cellst)
        for c in (1, 2, 3):
            ws.write(r, c, x[c], cellst)
        for c in (4, 5, 6):
            ws.write(r, c, x[c], tick)
        ws.write(r, 7, x[7], tick)
        ws.write(r, 8, x[8], cellst)
        exp(fil, namnd, x[0], x[9], x[10])
        r += 1
    ws.write(r + 1, 0, "Upprättad av: Maria Holm, controller, 2026-01-15")
    for c, w in enumerate([50, 26, 20, 14, 11, 9, 12, 10, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# --------------------------------------------------------------------------------------
# F9  rejected: Kommunstyrelsen's workbook, truncated during the e-mail transfer
# --------------------------------------------------------------------------------------
def f9_truncated(tmp):
    fil = "Kommunstyrelsen_IK_helar_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KS 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning internkontrollplan 2025, helår"
    ws.append([])
    ws.append(["Nr", "Kontrollmoment", "Status", "Kommentar"])
    texts = ["Löneutbetalningar till förtroendevalda stäms av mot beslut", "Kontroll av leasingavtal",
             "Avstämning av balanskonton vid bokslut", "Krisberedskap – övning av krisledningsstaben",
             "Hantering av allmänna handlingar och utlämnande", "Uppföljning av bidrag till föreningar",
             "Behörigheter i ekonomisystemet Raindance", "Lönerevision genomförs enligt avtal"]
    for i, t in enumerate(texts, 1):
        ws.append([i, t, "Genomförd", "Stickprov utan anmärkning. " * 6])
    fix_props(wb, "Kommunstyrelseförvaltningen")
    src = os.path.join(tmp, "ks_full.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) * 45 // 100])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # remove earlier outputs (not the script / README)
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        p = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r495build_")
    try:
        f1_export()
        f2_samhallsbyggnad()
        f3_vof()
        f4_obo()
        f5_ofn()
        f6_kfn(tmp)
        f7_sn(tmp)
        f8_fsn()
        f9_truncated(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

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
    print(f"{len(FILES)} rows in files.csv, {len(EXPECTED)} rows in expected.csv")


if __name__ == "__main__":
    main()
