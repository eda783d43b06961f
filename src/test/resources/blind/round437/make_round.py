#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r437 - Heby kommun 2025, T1 follow-ups with status codes/symbols and legends.

Builds every file of the round plus namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r437build"
LO_PROFILE = "file:///tmp/lo-round437"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="EDEDED")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src (in BUILD) to fmt, place result as OUT/outname."""
    tmpdir = os.path.join(BUILD, "conv_" + fmt)
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    if not os.path.exists(produced):
        raise SystemExit("conversion failed: " + src)
    shutil.move(produced, os.path.join(OUT, outname))


def header_row(ws, row, titles, widths=None):
    for i, t in enumerate(titles, start=1):
        c = ws.cell(row=row, column=i, value=t)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.alignment = CENTER
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


def data_row(ws, row, values, center_cols=()):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=(v if v != "" else None))
        c.alignment = CENTER if i in center_cols else WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, letters G/D/E/U, legend in merged header cell,
#    last year's status column beside this year's.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Heby_KS_internkontroll_T1-2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   "
                "U = Utgår (kontrollen struken genom beslut)\n"
                "Ange kod i kolumnen Status T1 2025 och kommentera alltid D, E och U.")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="center")
    ws["A3"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws.row_dimensions[3].height = 34
    header_row(ws, 5, ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                       "Status 2024", "Status T1 2025", "Kommentar T1"],
               [5, 18, 46, 26, 20, 11, 11, 50])
    rows = [
        # nr, process, kontrollmoment, metod, ansvarig, 2024, T1, kommentar, status, avv
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per månad", "Redovisningsansvarig", "G", "G",
         "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer", "Ekonomichef", "D", "D",
         "Granskning av jan–feb klar. 4 av 9 verifikationer saknade deltagarförteckning, "
         "återkoppling till berörda chefer. Mars–april återstår.", "DELVIS", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Genomgång av samtliga direktupphandlingar", "Upphandlingschef", "E", "",
         "Granskningen är inte påbörjad, genomförs under T2.", "EJ_GENOMFORD", ""),
        (4, "Personal", "Löneutbetalningar grundas på attesterade underlag",
         "Stickprov 10 anställda per månad", "HR-chef", "G", "G",
         "Genomförd. En felaktig OB-ersättning upptäcktes och har rättats.", "GENOMFORD", "ja"),
        (5, "Personal", "Uppföljning av sjukfrånvaro och påbörjade rehabiliteringsärenden",
         "Rapport ur HR-systemet", "HR-chef", "G", "X",
         "Se separat rapport till personalutskottet.", "OKLAR", ""),
        (6, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Avstämning av behörighetslista", "IT-chef", "D", "G",
         "Tre konton för slutade medarbetare var fortfarande aktiva och har avslutats.", "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom fastställd tid",
         "Stickprov 30 handlingar", "Kommunsekreterare", "G", "U",
         "Utgår enligt KS beslut 2025-02-11 § 23, ersätts av kontroll av e-arkivleveranser.", "UTGAR", ""),
        (8, "Säkerhet", "Kontroll av att kommunens krisledningsplan är uppdaterad och känd",
         "Genomgång av plan och utbildningslista", "Säkerhetssamordnare", "", "",
         "", "SAKNAS", ""),
        (9, "Ekonomi", "Avstämning av balanskonton vid månadsbokslut",
         "Kontroll av avstämningsunderlag", "Redovisningsansvarig", "G", "G",
         "Samtliga balanskonton avstämda jan–mars.", "GENOMFORD", "nej"),
        (10, "Upphandling", "Avtalstrohet vid inköp av kontorsmaterial",
         "Stickprov på inköp per förvaltning", "Upphandlare", "D", "D",
         "Stickprov klart för 2 av 4 förvaltningar.", "DELVIS", ""),
    ]
    r = 6
    for nr, proc, km, metod, ans, s24, t1, kom, st, avv in rows:
        data_row(ws, r, [nr, proc, km, metod, ans, s24, t1, kom], center_cols=(1, 6, 7))
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak "
                                     "fungera. Åtgärder har vidtagits där avvikelser noterats.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Controller, kommunledningsförvaltningen, 2025-05-08")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - .xls, numbers 1-4, legend in the footer
#    rows of the print area (and in the page footer); group heading rows.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning IKP 2025 T1.xls"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – Uppföljning tertial 1"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till nämndens sammanträde 2025-05-20"
    header_row(ws, 5, ["Process/rutin", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Metod",
                       "Bedömning T1", "Kommentar"],
               [20, 50, 10, 20, 24, 12, 50])
    groups = [
        ("Ekonomi och administration", [
            ("Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen", 9,
             "Controller", "Stickprov 25 fakturor", 1, "Stickprov 25 fakturor, inga fel.", "GENOMFORD", "nej"),
            ("Interkommunal ersättning", "Kontroll av att interkommunala ersättningar faktureras korrekt", 12,
             "Administrativ chef", "Avstämning mot elevregister", 3,
             "Vårterminens fakturering kontrollerad, höstterminen återstår.", "DELVIS", ""),
            ("Skolskjuts", "Korrekt underlag för skolskjuts – beslut finns för samtliga elever med skolskjuts", 8,
             "Skolskjutssamordnare", "Jämförelse körlistor/beslut", 2,
             "6 elever saknade aktuellt beslut, åtgärdat i mars.", "GENOMFORD", "ja"),
        ]),
        ("Elevhälsa och skolplikt", [
            ("Skolplikt", "Uppföljning av elevers frånvaro och anmälan till huvudman vid upprepad ogiltig frånvaro", 16,
             "Rektorer", "Genomgång frånvarostatistik", 4,
             "Ej genomförd p.g.a. byte av elevregistreringssystem.", "EJ_GENOMFORD", ""),
            ("Kränkande behandling", "Kränkningsanmälningar utreds och dokumenteras inom 14 dagar", 16,
             "Verksamhetschef grundskola", "Genomgång av samtliga anmälningar", 2,
             "12 av 40 ärenden utreddes senare än 14 dagar. Påminnelse till rektorer.", "GENOMFORD", "ja"),
            ("Elevhälsa", "Dokumentation i elevhälsans journalsystem (PMO) sker enligt rutin", 9,
             "Elevhälsochef", "Stickprov 15 journaler", "",
             "Kontrollen är genomförd utan anmärkning, resultat redovisat på ledningsgrupp 2025-04-22.",
             "GENOMFORD", "nej"),
        ]),
        ("Förskola", [
            ("Rekrytering", "Registerutdrag ur belastningsregistret har kontrollerats vid nyanställning i förskolan", 12,
             "HR-partner", "Stickprov nyanställda", 1, "", "GENOMFORD", "nej"),
            ("Kö och placering", "Köhantering och erbjudande om plats inom fyra månader enligt skollagen", 12,
             "Placeringsansvarig", "Genomgång kölista", 5, "Se bilaga 2.", "OKLAR", ""),
            ("Barngrupper", "Kontroll av att barngruppernas storlek följer Skolverkets riktmärke", 6,
             "Verksamhetschef förskola", "Statistik per avdelning", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = GROUP_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for proc, km, risk, ans, metod, bed, kom, st, avv in rows:
            data_row(ws, r, [proc, km, risk, ans, metod, bed, kom], center_cols=(3, 6))
            exp(fil, N, km, st, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring bedömning").font = Font(bold=True)
    legend = ["1 = Genomförd utan anmärkning",
              "2 = Genomförd med anmärkning (se kommentar)",
              "3 = Påbörjad / delvis genomförd",
              "4 = Ej genomförd"]
    for t in legend:
        r += 1
        ws.cell(row=r, column=1, value=t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 2
    ws.cell(row=r, column=1, value="Förvaltningschef: ______________________")
    ws.print_area = "A1:G%d" % r
    ws.page_setup.orientation = "landscape"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
    ws.oddFooter.left.text = ("Bedömning: 1 Genomförd utan anmärkning · 2 Genomförd med anmärkning · "
                              "3 Delvis · 4 Ej genomförd")
    ws.oddFooter.right.text = "Sida &P av &N"
    src = os.path.join(BUILD, "BUN uppföljning IKP 2025 T1.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .ods, symbols ✓ ◐ ✗ – , tick column per period T1/T2/T3,
#    only T1 filled.
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IKP_2025_uppföljning.ods"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Socialförvaltningen, Heby kommun"
    ws["A3"] = ("Teckenförklaring:  ✓ genomförd   ◐ delvis genomförd   ✗ ej genomförd   "
                "– utgår")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Nr", "Område", "Kontrollmoment", "Frekvens", "Ansvarig",
                       "T1", "T2", "T3", "Kommentar"],
               [5, 16, 50, 12, 24, 6, 6, 6, 50])
    rows = [
        ("IFO", "Utredningar om barn som kan vara i behov av skydd avslutas inom fyra månader",
         "Tertialvis", "Enhetschef IFO barn och unga", "✓",
         "18 av 18 avslutade utredningar inom lagstadgad tid.", "GENOMFORD", "nej"),
        ("IFO", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Tertialvis", "Enhetschef försörjningsstöd", "◐",
         "10 av planerade 20 akter granskade.", "DELVIS", ""),
        ("Äldreomsorg", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Tertialvis", "Enhetschefer hemtjänst", "✗",
         "Ej genomförd, flyttas till T2 på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Avvikelser enligt SoL och HSL (lex Sarah, lex Maria) rapporteras och utreds",
         "Tertialvis", "MAS / kvalitetsutvecklare", "✓",
         "Två utredningar har pågått längre än två månader, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("LSS", "Avgifter inom LSS-boende debiteras enligt beslutad taxa",
         "Årligen", "Avgiftshandläggare", "–",
         "Utgår, ingår i kommunstyrelsens kontroll av debitering.", "UTGAR", ""),
        ("LSS", "Åtgärder med anledning av IVO:s tillsynsbeslut genomförs och följs upp",
         "Tertialvis", "Verksamhetschef LSS", "",
         "Ingen kontroll gjord under tertialet.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Brukares privata medel hanteras enligt rutin (kassabok, kvitton, dubbelsignering)",
         "Tertialvis", "Enhetschefer särskilt boende", "?",
         "Inväntar svar från enhetscheferna.", "OKLAR", ""),
        ("Kvalitet", "Loggkontroll i verksamhetssystemet Treserva",
         "Tertialvis", "Systemförvaltare", "", "", "SAKNAS", ""),
        ("Personal", "Delegeringar av hälso- och sjukvårdsuppgifter är aktuella och signerade",
         "Tertialvis", "Sjuksköterskor / MAS", "✓", "", "GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Tertialvis", "Controller", "✓", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (omr, km, frek, ans, t1, kom, st, avv) in enumerate(rows, start=1):
        data_row(ws, r, [i, omr, km, frek, ans, t1, "", "", kom], center_cols=(1, 6, 7, 8))
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljning T1 redovisad för socialnämnden 2025-05-21.")
    src = os.path.join(BUILD, "Socialnämnden_IKP_2025_uppföljning.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .xlsx, ●/○ in two columns (Utförd, Avvikelse)
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN IK-uppföljning T1 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av intern kontroll 2025 – tertial 1 (jan–apr)"
    ws["A3"] = "Markering:  ● = Ja    ○ = Nej"
    ws["A3"].font = Font(bold=True, color="1F4E79")
    header_row(ws, 5, ["Process", "Kontrollmoment", "Ansvarig", "Kontroll utförd T1",
                       "Avvikelse", "Kommentar / åtgärd"],
               [18, 52, 22, 12, 11, 52])
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer och med fullständiga underlag",
         "Fritidskonsulent", "●", "●",
         "2 föreningar saknade årsmötesprotokoll, utbetalning stoppad tills underlag kommit in.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Föreningar som får aktivitetsstöd har uppdaterad medlemsförteckning",
         "Fritidskonsulent", "◐", "",
         "Hälften av urvalet granskat, resterande klart i juni.", "DELVIS", ""),
        ("Bibliotek", "Dagskassor i biblioteket stäms av och redovisas till ekonomi",
         "Bibliotekschef", "●", "○", "", "GENOMFORD", "nej"),
        ("Bibliotek", "Gallring av låntagaruppgifter i bibliotekssystemet enligt dokumenthanteringsplan",
         "Bibliotekschef", "○", "",
         "Ej genomförd, byte av systemleverantör pågår.", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Uthyrning av lokaler och idrottsanläggningar faktureras enligt taxa",
         "Bokningsansvarig", "●", "○", "Stickprov 20 bokningar.", "GENOMFORD", "nej"),
        ("Anläggningar", "Egenkontroll av kommunens badplatser enligt checklista",
         "Anläggningschef", "", "", "", "SAKNAS", ""),
        ("Kulturskola", "Avgifter i kulturskolan debiteras och obetalda avgifter går till påminnelse",
         "Kulturskolechef", "●", "●",
         "Sex obetalda avgifter hade inte gått till påminnelse, åtgärdat.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningsekonom", "●", "○", "Inga fel i stickprovet.", "GENOMFORD", "nej"),
    ]
    r = 6
    for proc, km, ans, utf, avv_mark, kom, st, avv in rows:
        data_row(ws, r, [proc, km, ans, utf, avv_mark, kom], center_cols=(4, 5))
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Ansvarig för sammanställning: Kultur- och fritidschef")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnad - .csv export (Stratsys-like), emoji status, two nämnder.
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2025T1_samhallsbyggnad.csv"
    TN = "Tekniska nämnden"
    MBN = "Miljö- och byggnadsnämnden"
    rows = [
        (TN, "Gata och park",
         "Entreprenörens fakturor för vinterväghållning stäms av mot körjournaler",
         "Gatuchef", "🟢", "Jan–mars kontrollerat, en dubbeldebitering har krediterats.",
         "GENOMFORD", "ja"),
        (TN, "VA", "Avläsning och debitering av vattenmätare sker enligt VA-taxan",
         "VA-chef", "🟡", "Pågår, ca 60 % av mätarna avstämda.", "DELVIS", ""),
        (TN, "Fastighet", "Lagstadgade besiktningar (hiss, OVK, brandlarm) genomförs i tid",
         "Fastighetschef", "🔴", "Ej genomförd. Sammanställning av protokoll påbörjas i maj.",
         "EJ_GENOMFORD", ""),
        (TN, "Fordon", "Körjournaler för kommunens fordon förs enligt rutin",
         "Fordonssamordnare", "⚫", "Avslutad enligt beslut TN 2025-03-18 § 14.", "UTGAR", ""),
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "🟢", "Inga avvikelser.", "GENOMFORD", "nej"),
        (TN, "Avfall", "Avfallsabonnemang faktureras enligt gällande renhållningstaxa",
         "Avfallssamordnare", "🔵", "Se kommentar i Stratsys.", "OKLAR", ""),
        (MBN, "Tillsyn", "Tillsynsplanen för livsmedelskontroll följs",
         "Miljöchef", "🟡", "28 av 65 planerade kontroller genomförda.", "DELVIS", ""),
        (MBN, "Bygglov", "Bygglovsärenden handläggs inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "🟢", "2 av 41 ärenden över tid, orsak kompletteringar.", "GENOMFORD", "ja"),
        (MBN, "Avgifter", "Timavgift för tillsyn debiteras enligt taxa",
         "Miljöchef", "", "", "SAKNAS", ""),
        (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "🟢", "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        (MBN, "Bostadsanpassning", "Bostadsanpassningsbidrag beviljas i enlighet med lagen",
         "Handläggare bostadsanpassning", "", "Kontrollen är genomförd, inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll – uppföljning", "", "", "", "", "", ""])
        w.writerow(["Organisation: Samhällsbyggnadsförvaltningen", "", "", "", "", "", ""])
        w.writerow(["Period: 2025 T1 (jan–apr)", "", "", "", "", "", ""])
        w.writerow(["Statusförklaring: 🟢 = Genomförd, 🟡 = Pågår/delvis, 🔴 = Ej genomförd, "
                    "⚫ = Avslutad/utgår", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Nämnd", "Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar",
                    "Senast uppdaterad"])
        for i, (n, omr, km, ans, stat, kom, st, avv) in enumerate(rows):
            w.writerow([n, omr, km, ans, stat, kom, "2025-05-%02d" % (5 + i % 4)])
            exp(fil, n, km, st, avv)
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Exporterad 2025-05-12 10:41", "", "", "", "", "", ""])
    FILES.append((fil, "INLAST", TN, "2025", "T1"))
    FILES.append((fil, "INLAST", MBN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Hebygårdar AB - .xls, J/N/P codes with J* footnote, legend box to the right
#    of the title, last year's column beside this year's.
# ---------------------------------------------------------------------------
def file_hebygardar():
    fil = "Hebygårdar internkontroll 2025 T1.xls"
    N = "Hebygårdar AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Hebygårdar AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – avrapportering tertial 1"
    ws["A3"] = "Till styrelsemöte 2025-05-15"
    ws["F1"] = "Koder:"
    ws["F1"].font = Font(bold=True)
    ws["F2"] = "J = Ja, kontrollen utförd"
    ws["F3"] = "N = Nej, ej utförd"
    ws["F4"] = "P = Pågår"
    for c in ("F1", "F2", "F3", "F4"):
        ws[c].fill = PatternFill("solid", fgColor="E2EFDA")
    header_row(ws, 6, ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                       "Utfall 2024", "T1 2025", "Kommentar"],
               [20, 50, 24, 18, 11, 10, 50])
    rows = [
        ("Hyresadministration", "Hyresavier och hyreshöjningar stäms av mot hyresavtal",
         "Stickprov 30 avtal", "Ekonomichef", "J", "J", "Stickprov 30 avtal, inga fel.",
         "GENOMFORD", "nej"),
        ("Hyresadministration", "Kravhantering av hyresfordringar sker enligt kravrutinen",
         "Genomgång reskontra", "Ekonomichef", "J", "J*",
         "4 ärenden hade inte lämnats till inkasso inom 30 dagar.", "GENOMFORD", "ja"),
        ("Fastighetsunderhåll", "Underhållsplanen följs upp och åtgärder prioriteras",
         "Genomgång med förvaltare", "Teknisk chef", "P", "P", "Revidering av planen pågår.",
         "DELVIS", ""),
        ("Inköp", "Inköp över direktupphandlingsgränsen föregås av upphandling",
         "Leverantörsanalys", "VD", "N", "N",
         "Ej genomförd under T1, görs i samband med delårsbokslut.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonomichef", "J", "J", "", "GENOMFORD", "nej"),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) – kontroll av trapphus och allmänna utrymmen",
         "Egenkontroll checklista", "Teknisk chef", "J", "",
         "Ej utförd ännu, sker i maj.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Lägenheter fördelas enligt bostadskön och uthyrningspolicyn",
         "Stickprov 10 kontrakt", "Uthyrningsansvarig", "J", "", "", "SAKNAS", ""),
        ("Fordon", "Tjänstebilar och drivmedelskort används enligt policy",
         "Genomgång drivmedelsrapport", "VD", "ny", "Ja", "", "GENOMFORD", "nej"),
        ("Dataskydd", "Personuppgifter om tidigare hyresgäster gallras enligt gallringsplan",
         "Kontroll i hyressystemet", "Ekonomichef", "P", "U", "", "OKLAR", ""),
    ]
    r = 7
    for omr, km, metod, ans, u24, t1, kom, st, avv in rows:
        data_row(ws, r, [omr, km, metod, ans, u24, t1, kom], center_cols=(5, 6))
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="*) Kontrollen utförd men avvikelse noterad, se kommentar.")
    r += 2
    ws.cell(row=r, column=1, value="Heby 2025-05-06, VD Hebygårdar AB")
    src = os.path.join(BUILD, "Hebygårdar internkontroll 2025 T1.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .ods, ☑ ☒ ☐ marks; nämnd only in file name and
#    print header.
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN_uppfoljning_T1_2025.ods"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll, tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: 2025-01-01 – 2025-04-30"
    ws["A3"] = ("☑ utförd utan anmärkning    ☒ utförd, brister noterade    ☐ ej utförd")
    header_row(ws, 5, ["Kontrollmoment", "Omfattning", "Resultat", "Iakttagelser"],
               [55, 22, 10, 55])
    rows = [
        ("Granskning av årsräkningar från gode män och förvaltare", "Samtliga inkomna", "☒",
         "Samtliga 140 inkomna årsräkningar granskade, 9 kompletteringar begärda.",
         "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 15 beslut",
         "☑", "", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret inhämtas för nya ställföreträdare", "Samtliga nya",
         "☑", "Kontrollerat för 12 nya ställföreträdare.", "GENOMFORD", "nej"),
        ("Förteckningar lämnas in inom två månader efter förordnande", "Samtliga nya ärenden",
         "☐", "Ej genomförd, handläggare sjukskriven.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade konton prövas och dokumenteras", "Stickprov 10 ärenden",
         "", "Påbörjad, 5 av 10 ärenden kontrollerade.", "DELVIS", ""),
        ("Behörigheter i verksamhetssystemet Wärna är korrekta", "Loggkontroll",
         "☑", "Loggkontroll genomförd, inga obehöriga åtkomster.", "GENOMFORD", "nej"),
    ]
    r = 6
    for km, omf, res, kom, st, avv in rows:
        data_row(ws, r, [km, omf, res, kom], center_cols=(3,))
        exp(fil, N, km, st, avv)
        r += 1
    ws.oddHeader.left.text = "Överförmyndarnämnden i samverkan"
    ws.oddHeader.right.text = "Internkontroll 2025"
    src = os.path.join(BUILD, "ÖFN_uppfoljning_T1_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Reject: Excel owner/lock file left behind next to the KS workbook.
# ---------------------------------------------------------------------------
def file_reject():
    fil = "~$Heby_KS_internkontroll_T1-2025.xlsx"
    user = "Anna Lindqvist"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    data += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    data = data.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i samverkan|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Hebygårdar AB", "Hebygårdar|HGAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_csv()
    file_hebygardar()
    file_ofn()
    file_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
