#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 88 – Motala kommun (Östergötland), helår 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.utils import get_column_letter

import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round88"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, dest_path):
    tmpd = tempfile.mkdtemp(prefix="r88conv")
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), dest_path)
    shutil.rmtree(tmpd, ignore_errors=True)


thin = Side(style="thin", color="BFBFBF")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {
    "grön": PatternFill("solid", fgColor="92D050"),
    "gul": PatternFill("solid", fgColor="FFD966"),
    "röd": PatternFill("solid", fgColor="FF6B6B"),
    "grå": PatternFill("solid", fgColor="BFBFBF"),
    "rubrik": PatternFill("solid", fgColor="1F4E78"),
    "niva1": PatternFill("solid", fgColor="DDEBF7"),
    "niva2": PatternFill("solid", fgColor="F2F2F2"),
}


# ---------------------------------------------------------------------------
# 1. Stratsys-like report, Vård- och omsorgsnämnden
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Uppföljning internkontrollplan VON helår 2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws.sheet_view.showGridLines = False

    ws.merge_cells("A1:F1")
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(size=16, bold=True, color="1F4E78")
    ws.merge_cells("A2:F2")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(size=13, bold=True)
    ws.merge_cells("A3:F3")
    ws["A3"] = "Rapportperiod: Helår 2025 (jan–dec)    Utskrift: 2026-01-21 14:07    Källa: Stratsys"
    ws["A3"].font = Font(size=9, italic=True, color="595959")

    head = ["Nr", "Namn", "Ansvarig", "Bedömning aug", "Bedömning dec", "Analys och kommentar (dec)"]
    r = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["rubrik"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER

    statusfill = {"Genomförd": "grön", "Pågående": "gul", "Ej genomförd": "röd", "Ej påbörjad": "röd",
                  "Utgår": "grå"}

    # (level, nr, name, ansvarig, aug, dec, comment, expected_status, avvikelse)
    rows = [
        (1, "1", "Ekonomi och administration", "", "Pågående", "Pågående", "", None, None),
        (2, "1.1", "Risk: Felaktiga utbetalningar till leverantörer", "", "", "", "", None, None),
        (3, "1.1.1", "Stickprovskontroll av leverantörsfakturor – attest enligt attestordning",
         "Ekonomichef", "Genomförd", "Genomförd",
         "40 fakturor kontrollerade (20 per halvår). 2 fakturor saknade beslutsattest. "
         "Påminnelse om attestordningen har gått ut till samtliga enhetschefer.", "GENOMFORD", "ja"),
        (3, "1.1.2", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial och inkontinensskydd",
         "Verksamhetscontroller", "Pågående", "Pågående",
         "Inköpen jan–jun är kontrollerade; 3 av 25 inköp gjordes utanför avtal. Kontrollen av jul–dec "
         "pågår och redovisas i mars 2026.", "DELVIS", "ja"),
        (2, "1.2", "Risk: Felaktig debitering av avgifter", "", "", "", "", None, None),
        (3, "1.2.1", "Kontroll av att avgiftsbeslut för hemtjänst och särskilt boende debiteras korrekt",
         "Avgiftshandläggare", "Ej påbörjad", "Ej genomförd",
         "Kontrollen har skjutits till 2026 på grund av bytet av verksamhetssystem.", "EJ_GENOMFORD", "nej"),
        (1, "2", "Myndighetsutövning", "", "Pågående", "Genomförd", "", None, None),
        (2, "2.1", "Risk: Beslut fattas utan stöd i delegationsordningen", "", "", "", "", None, None),
        (3, "2.1.1", "Kontroll av att delegationsbeslut enligt SoL anmäls till nämnden",
         "Nämndsekreterare", "Genomförd", "Genomförd",
         "Samtliga delegationslistor har anmälts. Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "2.1.2", "Kontroll av att gynnande LSS-beslut verkställs inom tre månader",
         "Myndighetschef", "Pågående", "",
         "Kontrollen är slutförd för hela året. 4 beslut har inte verkställts inom tre månader; "
         "samtliga har rapporterats till IVO och nämnden.", "GENOMFORD", "ja"),
        (1, "3", "Personal och arbetsmiljö", "", "Genomförd", "Pågående", "", None, None),
        (2, "3.1", "Risk: Felaktiga löneutbetalningar", "", "", "", "", None, None),
        (3, "3.1.1", "Kontroll av timanställdas tidrapporter mot schema i Time Care",
         "HR-specialist", "Genomförd", "Genomförd",
         "Stickprov 30 tidrapporter. 5 differenser, varav felaktigt utbetalt OB-tillägg i 2 fall "
         "– rättat på decemberlönen.", "GENOMFORD", "ja"),
        (3, "3.1.2", "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
         "HR-specialist", "Genomförd", "Utgår",
         "Utgår enligt nämndbeslut 2025-06-11 § 74. Ersätts av en central kontroll i kommunstyrelsens plan.",
         "UTGAR", "nej"),
        (1, "4", "Informationssäkerhet", "", "Pågående", "Pågående", "", None, None),
        (2, "4.1", "Risk: Obehörig åtkomst till journaler och personakter", "", "", "", "", None, None),
        (3, "4.1.1", "Loggkontroll i journalsystemet (stickprov per enhet)",
         "Systemförvaltare", "Pågående", "Pågående",
         "Loggkontroller genomförda inom hemtjänsten utan anmärkning. Särskilt boende återstår.",
         "DELVIS", "nej"),
        (3, "4.1.2", "Översyn av IT-behörigheter vid byte av tjänst eller avslutad anställning",
         "Systemförvaltare", "", "", "", "SAKNAS", "nej"),
    ]
    r = 6
    for lvl, nr, name, ansv, aug, dec, com, st, avv in rows:
        vals = [nr, name, ansv, aug, dec, com]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       indent=(lvl - 1) * 2 if c == 2 else 0)
            if lvl == 1:
                cell.font = Font(bold=True)
                cell.fill = FILL["niva1"]
            elif lvl == 2:
                cell.font = Font(italic=True)
                cell.fill = FILL["niva2"]
        for c, v in ((4, aug), (5, dec)):
            if v:
                cell = ws.cell(row=r, column=c)
                if lvl == 3:
                    cell.fill = FILL[statusfill[v]]
                else:   # roll-up shown in Stratsys as a lighter font colour
                    cell.font = Font(bold=True, italic=True, color="7F7F7F")
        if st:
            exp(fil, namnd, name, st, avv)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True, size=9)
    r += 1
    for txt, f in (("Genomförd", "grön"), ("Pågående", "gul"), ("Ej påbörjad / Ej genomförd", "röd"),
                   ("Utgår", "grå")):
        ws.cell(row=r, column=1).fill = FILL[f]
        ws.cell(row=r, column=2, value=txt).font = Font(size=9)
        r += 1
    ws.cell(row=r, column=2, value="Status på nivå 1 (kursiv grå) är en sammanvägning av underliggande "
                                    "kontrollmoment.").font = Font(size=9, italic=True)

    for col, w in zip("ABCDEF", (8, 62, 20, 15, 15, 70)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.properties.creator = "Stratsys"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 2. Hypergene-like CSV export, one column per period, two förvaltningar
# ---------------------------------------------------------------------------
def file_hypergene():
    fil = "Hypergene_IK_uppfoljning_2025_T3.csv"
    head = ["Organisation", "Id", "Område", "Kontrollmoment", "Frekvens", "Ansvarig",
            "2024 T3", "2025 T1", "2025 T2", "2025 T3", "Kommentar senaste period"]
    KLF = "Kommunledningsförvaltningen"
    TF = "Tekniska förvaltningen"
    # org, id, område, km, frekvens, ansvarig, 2024T3, T1, T2, T3, kommentar, status, avv
    data = [
        (KLF, "KS-01", "Ekonomi", "Attestförteckningar är uppdaterade för samtliga ansvar", "Årligen",
         "Redovisningschef", "Grön", "", "", "Grön", "Samtliga förteckningar uppdaterade per 2025-10-31.",
         "GENOMFORD", "nej"),
        (KLF, "KS-02", "Ekonomi", "Stickprov på representationsfakturor (syfte, deltagare, moms)", "Per tertial",
         "Controller", "Gul", "Grön", "Gul", "Grön",
         "12 fakturor granskade under T3, 2 saknade deltagarförteckning – kompletterat i efterhand.",
         "GENOMFORD", "ja"),
        (KLF, "KS-03", "Upphandling", "Avtalstrohet – inköp över 100 tkr kontrolleras mot avtalsdatabasen",
         "T2, T3", "Upphandlingschef", "", "", "Gul", "Röd",
         "Kontrollen kunde inte slutföras p.g.a. vakans på upphandlingsenheten.", "EJ_GENOMFORD", "nej"),
        (KLF, "KS-04", "Informationssäkerhet",
         "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "Per tertial",
         "Systemförvaltare ekonomi", "Grön", "Grön", "Grön", "", "", "SAKNAS", "nej"),
        (KLF, "KS-05", "Dataskydd", "Registerförteckningen enligt art. 30 GDPR är aktuell", "T1",
         "Dataskyddssamordnare", "Röd", "Grön", "", "", "Registerförteckningen reviderad i mars 2025.",
         "GENOMFORD", "nej"),
        (KLF, "KS-06", "Personal", "Lönetillägg och engångsbelopp stäms av mot fattade beslut", "Per tertial",
         "HR-chef", "Grön", "Grön", "Grön", "Blå", "Se bilaga 3.", "OKLAR", "nej"),
        (TF, "TN-01", "Gata/park", "Entreprenörens fakturor för vinterväghållning kontrolleras mot körjournaler",
         "Per tertial", "Gatuchef", "Grön", "Grön", "", "Gul",
         "Jan–mars kontrollerat utan anmärkning. Kontroll av nov–dec pågår.", "DELVIS", "nej"),
        (TF, "TN-02", "Delegation", "Delegationsbeslut anmäls till nämnden", "Per tertial",
         "Nämndsekreterare", "Grön", "Grön", "Grön", "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        (TF, "TN-03", "Ekonomi", "Internhyror debiteras enligt beslutade hyresavtal", "Årligen",
         "Fastighetsekonom", "Gul", "", "", "Röd", "Ej genomförd 2025, prioriteras i början av 2026.",
         "EJ_GENOMFORD", "nej"),
        (TF, "TN-04", "Mark", "Uppföljning av markupplåtelseavtal (tidplan och betalning)", "Årligen",
         "Mark- och exploateringsingenjör", "Grön", "", "", "Grå",
         "Ej aktuell 2025 – inga nya avtal har tecknats.", "UTGAR", "nej"),
        (TF, "TN-05", "Upphandling", "Avtalstrohet vid avrop av entreprenader (ramavtal mark och anläggning)",
         "Per tertial", "Teknisk chef", "Röd", "Grön", "Grön", "Grön",
         "Stickprov 15 avrop, 1 avrop gjordes utanför ramavtal. Återkoppling till ansvarig chef.",
         "GENOMFORD", "ja"),
        (TF, "TN-06", "Arbetsmiljö", "Skyddsronder genomförda på samtliga arbetsplatser inkl. förråd",
         "Årligen", "Teknisk chef", "Röd", "", "", "Grön", "Genomförda i oktober.", "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Hypergene – Rapport: Internkontroll, uppföljning per period"])
        w.writerow(["Urval", "År: 2025", "Period: T1–T3 (helår)",
                    "Organisation: " + KLF + ", " + TF])
        w.writerow(["Exporterad", "2026-01-19 07:42", "Användare: MOTALA\\ekonomi.ik"])
        w.writerow([])
        w.writerow(head)
        for row in data:
            w.writerow(row[:11])
        w.writerow([])
        w.writerow(["Teckenförklaring: Grön = Genomförd", "Gul = Delvis genomförd/pågår",
                    "Röd = Ej genomförd", "Grå = Utgår/ej aktuell", "Tom = ej rapporterad"])
        w.writerow(["Antal rader: %d" % len(data)])
    for row in data:
        namnd = "Kommunstyrelsen" if row[0] == KLF else "Tekniska nämnden"
        exp(fil, namnd, row[3], row[11], row[12])
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 3. SharePoint list export, Barn- och utbildningsnämnden
# ---------------------------------------------------------------------------
def file_sharepoint():
    fil = "Internkontroll_uppfoljning_UF.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "query"
    head = ["ID", "Rubrik", "Kontrollområde", "Förvaltning", "Uppföljningsperiod", "Status",
            "Avvikelse upptäckt", "Kommentar", "Ansvarig", "Ändrad", "Ändrad av", "Objekttyp", "Sökväg"]
    ws.append(head)
    UF = "Utbildningsförvaltningen"
    path = "sites/UF-ledning/Lists/Internkontroll"
    A = "Skolskjutsbeslut fattas enligt delegationsordningen"
    B = "Stickprov leverantörsfakturor – attest och kontering"
    C = "Anmälan om kränkande behandling hanteras enligt rutin"
    D = "Utdrag ur belastningsregistret finns vid nyanställning"
    E = "Interkommunala ersättningar (IKE) faktureras korrekt"
    G = "Avtalstrohet vid inköp av läromedel"
    F = "Behörigheter i elevdokumentationssystemet ses över"
    items = [
        (3, A, "Myndighetsutövning", "Helår 2024", "Ej genomförd", "Nej",
         "Ej hunnits med 2024, flyttas till plan 2025.", "Lena Ek", "2025-01-14 09:12"),
        (21, A, "Myndighetsutövning", "Delår 2025", "Pågår", "Nej",
         "Stickprov av vårterminens beslut klart.", "Lena Ek", "2025-08-28 15:40"),
        (22, B, "Ekonomi", "Delår 2025", "Genomförd", "Ja",
         "1 faktura saknade beslutsattest.", "Johan Berg", "2025-08-29 10:05"),
        (23, C, "Elevhälsa", "Delår 2025", "Pågår", "Nej", "", "Maria Holm", "2025-09-01 08:31"),
        (24, D, "Personal", "Delår 2025", "Ej påbörjad", "Nej", "", "HR-partner UF", "2025-09-01 11:17"),
        (25, E, "Ekonomi", "Delår 2025", "Pågår", "Nej", "Fakturering vt 2025 kontrollerad.",
         "Johan Berg", "2025-09-02 13:50"),
        (26, G, "Inköp", "Delår 2025", "Genomförd", "Nej", "", "Johan Berg", "2025-09-02 14:02"),
        (41, A, "Myndighetsutövning", "Helår 2025", "Genomförd", "Nej",
         "Samtliga 38 stickprov följde delegationsordningen.", "Lena Ek", "2026-01-12 10:22"),
        (42, B, "Ekonomi", "Helår 2025", "Genomförd", "Ja",
         "Totalt 3 avvikelser under året (2 felkonterade, 1 utan beslutsattest). Rutin förtydligad.",
         "Johan Berg", "2026-01-12 10:40"),
        (43, C, "Elevhälsa", "Helår 2025", "Delvis genomförd", "Ja",
         "Granskning gjord för grundskolan; 6 anmälningar hade inte gått vidare till huvudman inom en vecka. "
         "Gymnasiet återstår.", "Maria Holm", "2026-01-13 16:03"),
        (44, D, "Personal", "Helår 2025", "Ej genomförd", "Nej",
         "Flyttad till 2026 på grund av personalbrist på HR.", "HR-partner UF", "2026-01-14 09:00"),
        (45, E, "Ekonomi", "Helår 2025", "", "Nej",
         "Kontrollen genomförd i november. Samtliga fakturor mot Linköping och Mjölby stämde mot elevlistor.",
         "Johan Berg", "2026-01-14 09:45"),
        (46, F, "Informationssäkerhet", "Helår 2025", "Utgår", "Nej",
         "Ej aktuell – systemet avvecklades i juni 2025.", "IT-samordnare UF", "2026-01-14 13:20"),
        (47, G, "Inköp", "Helår 2025", "Genomförd", "Ja",
         "Inköp hos ej avtalad leverantör vid 4 tillfällen (digitala läromedel).", "Johan Berg",
         "2026-01-15 08:12"),
    ]
    for it in items:
        iid, rub, omr, per, st, avv, kom, ansv, andr = it
        ws.append([iid, rub, omr, UF, per, st if st else None, avv, kom if kom else None, ansv, andr,
                   ansv if "UF" not in ansv else "Anna Karlsson", "Objekt", path])
    ref = "A1:%s%d" % (get_column_letter(len(head)), len(items) + 1)
    t = Table(displayName="Tabell1", ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    wb.properties.creator = "Microsoft SharePoint"
    for i, w in enumerate((6, 52, 20, 24, 18, 18, 12, 70, 18, 18, 18, 10, 38), 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))

    exp(fil, namnd, A, "GENOMFORD", "nej")
    exp(fil, namnd, B, "GENOMFORD", "ja")
    exp(fil, namnd, C, "DELVIS", "ja")
    exp(fil, namnd, D, "EJ_GENOMFORD", "nej")
    exp(fil, namnd, E, "GENOMFORD", "nej")
    exp(fil, namnd, G, "GENOMFORD", "ja")
    exp(fil, namnd, F, "UTGAR", "nej")
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 4. Power BI table exported to Excel, Socialnämnden (name only in filter footer)
# ---------------------------------------------------------------------------
def file_powerbi():
    fil = "data (3).xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    head = ["Process", "Kontrollmoment", "Kontrollmetod", "Utfall", "Antal avvikelser", "Kommentar",
            "Senast uppdaterad"]
    ws.append(head)
    for c in range(1, len(head) + 1):
        ws.cell(row=1, column=c).font = Font(bold=True)
    data = [
        ("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd har beslut och dubbelattest",
         "Stickprov 25 utbetalningar per tertial", "Genomförd", 0, "", "2026-01-09", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot SSBTEK/Inkomstregistret vid nyansökan",
         "Stickprov 20 nyansökningar", "Genomförd med avvikelse", 3,
         "3 ärenden saknade dokumenterad kontroll. Genomgång på APT i december.", "2026-01-09",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Pågår", None,
         "Mätningen för okt–dec är inte klar, jan–sep 96 % inom tid.", "2026-01-12", "DELVIS", "nej"),
        ("Barn och unga", "Placerade barn har aktuell vårdplan och genomförandeplan",
         "Genomgång av samtliga placeringar", "Ej genomförd", None,
         "Inte genomförd p.g.a. hög arbetsbelastning och vakanser.", "2026-01-12", "EJ_GENOMFORD", "nej"),
        ("Familjehem", "Registerutdrag inhämtas innan uppdragstagare anlitas",
         "Stickprov 10 nya uppdrag", "Genomförd", 1, "1 kontaktperson anlitad innan utdrag kommit in.",
         "2026-01-13", "GENOMFORD", "ja"),
        ("Vuxna/missbruk", "Externa placeringar köps enligt ramavtal (avtalstrohet)",
         "Genomgång av fakturor HVB", "Genomförd", 0, "", "2026-01-13", "GENOMFORD", "nej"),
        ("Dataskydd", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen", "Avbruten", None,
         "Avbruten genom beslut SN 2025-09-17 § 112, följs upp centralt av dataskyddsombudet.",
         "2026-01-14", "UTGAR", "nej"),
        ("Administration", "Avslutade akter arkiveras enligt dokumenthanteringsplanen",
         "Stickprov i närarkivet", None, None, "Se bilaga", "2026-01-14", "OKLAR", "nej"),
    ]
    for row in data:
        ws.append(list(row[:7]))
        exp(fil, namnd, row[1], row[7], row[8])
    ws.append(["Totalt", None, None, None, 4, None, None])
    for c in range(1, 8):
        ws.cell(row=ws.max_row, column=c).font = Font(bold=True)
    ws.append([])
    ws.append(["Tillämpade filter:"])
    ws.append(["Nämnd är Socialnämnden"])
    ws.append(["År är 2025"])
    ws.append(["Period är Helår"])
    for i, w in enumerate((20, 62, 34, 24, 16, 70, 17), 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "Microsoft Power BI"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 5. Memo (.docx) by the förvaltningschef, Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def file_memo():
    fil = "PM uppföljning intern kontroll 2025 KFN.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)

    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "MOTALA KOMMUN\nKultur- och fritidsförvaltningen"
    t.cell(0, 1).text = "PM\nDatum: 2026-01-27\nDnr: KFN 2026/14"
    t.cell(1, 0).text = "Till: Kultur- och fritidsnämnden"
    t.cell(1, 1).text = "Från: Karin Sjöberg, förvaltningschef"
    d.add_paragraph()
    d.add_heading("Uppföljning av internkontrollplanen 2025 – helår", level=1)

    d.add_paragraph(
        "Nämnden antog i december 2024 en internkontrollplan med sju kontrollmoment för 2025. "
        "I delårsrapporten per 31 augusti redovisades att arbetet låg i fas, med undantag för "
        "kontrollen av behörigheter. I detta PM redovisar jag resultatet för hela året. "
        "Underlagen finns hos förvaltningens controller för den som vill ta del av dem.")

    d.add_heading("Kontroller som genomförts utan anmärkning", level=2)
    d.add_paragraph(
        "Attest av leverantörsfakturor – stickprov på 30 fakturor fördelade över året. "
        "Samtliga var attesterade av behörig attestant enligt gällande attestförteckning.",
        style="List Bullet")
    d.add_paragraph(
        "Anmälan av delegationsbeslut – samtliga delegationsbeslut har anmälts till nämnden "
        "vid närmast följande sammanträde.", style="List Bullet")

    d.add_heading("Kontroller där brister har konstaterats", level=2)
    d.add_paragraph(
        "Kontrollerna nedan har genomförts, men granskningen visade på fel som vi behöver rätta till:")
    d.add_paragraph(
        "Representation och interna möten – av 18 granskade fakturor saknade 5 uppgift om syfte "
        "eller deltagare. Berörda chefer har fått återkoppling.", style="List Bullet")
    d.add_paragraph(
        "Utbetalning och redovisning av föreningsbidrag – bidragen har betalats ut enligt beslut, "
        "men två föreningar har ännu inte lämnat in sin verksamhetsredovisning. Nästa utbetalning "
        "hålls inne tills redovisningen har kommit in.", style="List Bullet")

    d.add_heading("Kontroller som inte har slutförts", level=2)
    d.add_paragraph(
        "Kontanthantering i kassor på simhallen och biblioteken – kassorna på simhallen är "
        "kontrollerade utan anmärkning. Biblioteken hann vi inte med före årsskiftet, de kontrolleras "
        "under februari.", style="List Bullet")
    d.add_paragraph(
        "Behörigheter i bokningssystemet – kontrollen är inte genomförd. Systemförvaltaren har varit "
        "föräldraledig och kontrollen flyttas till planen för 2026.", style="List Bullet")

    d.add_paragraph(
        "Den sjunde kontrollen, uthyrning av lokaler enligt fastställd taxa, utgår. Nämnden beslutade "
        "den 14 maj 2025 (§ 41) att uthyrningen av lokaler ska föras över till tekniska förvaltningen, "
        "som tar över kontrollen.")

    d.add_heading("Min bedömning", level=2)
    d.add_paragraph(
        "Sammantaget bedömer jag att den interna kontrollen har varit tillräcklig, men att rutinerna kring "
        "representation och föreningsbidrag behöver förtydligas. Jag föreslår följande inför 2026:")
    for s in ("Utbildning i attest- och representationsregler för nya chefer under våren.",
              "Kontrollen av kassor på biblioteken slutförs i februari och redovisas för nämnden i mars.",
              "Kontrollen av behörigheter förs in i internkontrollplanen 2026."):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Karin Sjöberg\nFörvaltningschef")

    d.core_properties.author = "Karin Sjöberg"
    d.core_properties.title = "PM uppföljning intern kontroll 2025"
    d.save(os.path.join(OUT, fil))

    exp(fil, namnd, "Attest av leverantörsfakturor", "GENOMFORD", "nej")
    exp(fil, namnd, "Anmälan av delegationsbeslut", "GENOMFORD", "nej")
    exp(fil, namnd, "Representation och interna möten", "GENOMFORD", "ja")
    exp(fil, namnd, "Utbetalning och redovisning av föreningsbidrag", "GENOMFORD", "ja")
    exp(fil, namnd, "Kontanthantering i kassor på simhallen och biblioteken", "DELVIS", "nej")
    exp(fil, namnd, "Behörigheter i bokningssystemet", "EJ_GENOMFORD", "nej")
    exp(fil, namnd, "uthyrning av lokaler enligt fastställd taxa", "UTGAR", "nej")
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 6. .ods from a small nämnd, Överförmyndarnämnden – tick boxes
# ---------------------------------------------------------------------------
def file_ods(tmpdir):
    fil = "ÖFN internkontroll 2025.ods"
    namnd = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Överförmyndarnämnden i Motala"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (per 31 december)"
    ws["A2"].font = Font(size=12, bold=True)
    ws.merge_cells("A3:G3")
    ws["A3"] = "Markera med X i en av rutorna per kontroll."
    ws["A3"].font = Font(italic=True, size=9)
    head = ["Nr", "Kontrollmoment", "Hur kontrolleras det", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center" if 4 <= c <= 6 else "left")
    data = [
        (1, "Arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Stickprov 15 årsräkningar", "X", "", "", "Inga fel.", "GENOMFORD", "nej"),
        (2, "Ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Genomgång av nya ställföreträdare", "X", "", "",
         "2 saknade aktuellt utdrag – har nu kommit in.", "GENOMFORD", "ja"),
        (3, "Förteckningar kommer in inom två månader",
         "Bevakningslista i Wärna", "", "X", "",
         "Påminnelser skickade i 14 ärenden, 3 förelägganden.", "DELVIS", "ja"),
        (4, "Överförmyndarspärr finns på konton med omyndigas medel",
         "Stickprov 10 ärenden", "X", "X", "", "", "OKLAR", "nej"),
        (5, "Utbetalning av arvoden attesteras av behörig attestant",
         "Attestlista mot utbetalningar", "", "", "", "", "SAKNAS", "nej"),
        (6, "Ansökan om uttag från spärrat konto handläggs inom 4 veckor",
         "Uttag ur diariet", "", "", "X", "Ej hunnits med p.g.a. sjukskrivning.", "EJ_GENOMFORD", "nej"),
        (7, "Gallring av akter enligt dokumenthanteringsplanen",
         "Kontroll i arkivet", "", "", "", "Utgår – ej aktuellt 2025, gallring sker 2026.", "UTGAR", "nej"),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 4 <= c <= 6 else "left")
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Justeras: Bengt Almqvist, ordförande")
    ws.cell(row=r + 1, column=2, value="Motala 2026-01-20")
    for col, w in zip("ABCDEFG", (5, 55, 30, 11, 9, 13, 45)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Birgitta Ståhl"
    src = os.path.join(tmpdir, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 7. Real .xls, Miljö- och byggnadsnämnden – LAST YEAR's report sent by mistake
# ---------------------------------------------------------------------------
def file_xls_2024(tmpdir):
    fil = "MBN uppföljning IK helår.xls"
    namnd = "Miljö- och byggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontroll 2024 – uppföljning helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Behandlad i nämnden 2025-02-19 § 12"
    head = ["Process", "Kontrollmoment", "Ansvar", "Utfört (Ja/Nej/Delvis)", "Avvikelse", "Åtgärd"]
    for c, h in enumerate(head, 1):
        ws.cell(row=5, column=c, value=h).font = Font(bold=True)
    data = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (stickprov 30 ärenden)",
         "Bygglovschef", "Delvis", "Ja, 5 ärenden över 10 veckor", "Ny rutin för kompletteringar",
         "DELVIS", "ja"),
        ("Tillsyn", "Miljötillsyn genomförs enligt tillsynsplanen", "Miljöchef", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Avgifter", "Timavgift för tillsyn debiteras enligt taxa", "Miljöchef", "Ja",
         "Ja – 4 fakturor med fel timtaxa", "Rättade, ny mall i ärendesystemet", "GENOMFORD", "ja"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Sanktioner", "Byggsanktionsavgift tas ut vid olovligt byggande", "Bygglovschef", "Nej", "",
         "Flyttas till 2025", "EJ_GENOMFORD", "nej"),
        ("Diarieföring", "Inkomna handlingar diarieförs inom två arbetsdagar", "Registrator", "Ja", "Nej",
         "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attestförteckningen är uppdaterad", "Förvaltningsekonom", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row[:6], 1):
            ws.cell(row=r, column=c, value=v if v != "" else None)
        exp(fil, namnd, row[1], row[6], row[7])
        r += 1
    for col, w in zip("ABCDEF", (14, 60, 18, 20, 32, 34)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Per Nilsson"
    src = os.path.join(tmpdir, "mbn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 8. Excel owner/lock file – must be rejected
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$Uppföljning internkontrollplan VON helår 2025.xlsx"
    user = "Eva Lundgren"
    b = bytearray()
    b.append(len(user))
    b += user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0])
    b += user.encode("utf-16-le")
    while len(b) < 165:
        b += b"\x20\x00"
    b = b[:165]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(bytes(b))
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunstyrelsens förvaltning"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Vård och omsorg"),
        ("Barn- och utbildningsnämnden", "BUN|Utbildningsförvaltningen|UF|Barn- och utbildningsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljö|Miljö- och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarkansliet|Överförmyndaren"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsförvaltningen|AMF|Arbetsmarknad och integration"),
        ("Valnämnden", "VN|Valkansliet"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def main():
    # remove previous output files (keep scripts and README)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(OUT):
        if fn not in keep and os.path.isfile(os.path.join(OUT, fn)):
            os.remove(os.path.join(OUT, fn))
    tmpdir = tempfile.mkdtemp(prefix="r88src")
    file_stratsys()
    file_hypergene()
    file_sharepoint()
    file_powerbi()
    file_memo()
    file_ods(tmpdir)
    file_xls_2024(tmpdir)
    file_lock()
    shutil.rmtree(tmpdir, ignore_errors=True)
    registers()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
