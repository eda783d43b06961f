#!/usr/bin/python3
"""Blind round r212 - Åsbacka kommun, delår 2025 - results as numbers.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
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
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round212"
FIXED = datetime.datetime(2025, 9, 8, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
ABAB = "Åsbacka Bostäder AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (TN, "TN|Tekniska förvaltningen|Teknik"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|MBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    (ABAB, "ÅBAB|Åsbackabostäder|Bostadsbolaget"),
]


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Åsbacka kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------- 1. KS xlsx
def make_ks():
    fil = "KS_uppfoljning_internkontroll_delar_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Åsbacka kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Upprättad av: Lena Holmqvist, controller     Datum: 2025-09-08"
    head = ["Nr", "Process", "Kontrollmoment", "Urval/metod", "Antal granskade",
            "Antal fel", "Felprocent", "Status", "Kommentar", "Ansvarig"]
    ws.append([])
    ws.append(head)
    for c in ws[6]:
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor jan–jun", 40, 0, 0.0, "Genomförd",
         "Inga avvikelser.", "Ekonomichef", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Samtliga representationsfakturor > 2 000 kr", 18, 3, 3 / 18, "Genomförd med avvikelse",
         "Tre fakturor saknade deltagarförteckning. Påminnelse skickad till berörda chefer.",
         "Redovisningsansvarig", "GENOMFORD", "ja"),
        (3, "Ekonomi", "Kontroll av leverantörsregistret – ändringar av bankgiro/plusgiro",
         "Samtliga ändringar jan–aug", 26, 0, 0.0, "Genomförd",
         "Alla ändringar verifierade mot leverantörens underlag (återringning).",
         "Redovisningsansvarig", "GENOMFORD", "nej"),
        (4, "Upphandling", "Inköp följer ingångna ramavtal (avtalstrohet)",
         "Stickprov 50 inköp", 20, 2, 0.10, "Pågår",
         "20 av 50 inköp granskade per 31/8. Två köp utanför avtal (kontorsmaterial).",
         "Upphandlingschef", "DELVIS", "ja"),
        (5, "Personal", "Lönetillägg och engångsbelopp är beslutade av behörig chef",
         "Stickprov 30 utbetalningar", 0, None, None, "Ej påbörjad",
         "Urval dras i oktober i samband med lönerevisionen.", "HR-chef",
         "EJ_GENOMFORD", ""),
        (6, "IT/informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "Samtliga 112 behörigheter", 112, 7, 7 / 112, "Genomförd",
         "Sju behörigheter för avslutade anställningar togs bort 2025-06-12.",
         "IT-chef", "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkomna handlingar inom tre arbetsdagar",
         "Stickprov 25 handlingar", None, None, None, "Se bilaga 3", None,
         "Kanslichef", "OKLAR", ""),
        (8, "Ekonomi", "Indexuppräkning av hyresavtal för externt inhyrda lokaler",
         "–", None, None, None, "Utgår",
         "Kontrollen utgår enligt KS beslut 2025-03-04 § 41, ansvaret flyttat till Tekniska nämnden.",
         "Ekonomichef", "UTGAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:10]))
        expect(fil, KS, r[2], r[10], r[11])
        row = ws.max_row
        for c in ws[row]:
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=row, column=7).number_format = "0.0%"
    ws.append(["", "Summa", "", "", 216, 12, 12 / 216, "", "", ""])
    row = ws.max_row
    for c in ws[row]:
        c.font = BOLD
    ws.cell(row=row, column=7).number_format = "0.0%"
    ws.append([])
    ws.append(["Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår"])
    ws.append(["Felprocent = Antal fel / Antal granskade."])
    widths = [5, 18, 48, 28, 11, 9, 10, 22, 55, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))


# ---------------------------------------------------------------- 2. BUN docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def fix_doc(d):
    d.core_properties.author = "Åsbacka kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED


def make_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    d = docx.Document()
    fix_doc(d)
    p = d.add_paragraph()
    r = p.add_run("ÅSBACKA KOMMUN\nBarn- och utbildningsförvaltningen")
    r.bold = True
    d.add_paragraph("Dnr BUN 2025/112")
    d.add_heading("Uppföljning av intern kontroll – delårsbokslut 31 augusti 2025", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 148). "
        "Nedan redovisas utfallet av kontrollerna per den 31 augusti 2025. För varje kontrollmoment anges "
        "nämndens mål och det uppmätta utfallet. Kontroller som enligt planen görs under hösten redovisas "
        "i sin helhet i årsbokslutet.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Mål", "Utfall 31/8", "Kommentar"]):
        set_cell(c, h, bold=True)
    data = [
        ("Ekonomi", None),
        (("Attest av leverantörsfakturor enligt attestordningen",
          "100 % korrekt attesterade", "58 av 60 (97 %)",
          "Två fakturor attesterade av ersättare utan giltig delegation. Attestförteckningen uppdaterades i juni."),
         ("GENOMFORD", "ja")),
        (("Interkommunal ersättning – fakturerade elever stäms av mot folkbokföring",
          "Inga felaktiga fakturor", "", ""),
         ("SAKNAS", "")),
        ("Personal", None),
        (("Utdrag ur belastningsregistret har uppvisats vid nyanställning",
          "100 %", "12 av 40 anställningar granskade",
          "Granskningen fortsätter under september–oktober. Inga brister hittills."),
         ("DELVIS", "nej")),
        ("Verksamhet", None),
        (("Ogiltig frånvaro meddelas vårdnadshavare samma dag",
          "95 %", "–", "Stickprov dras i november enligt plan."),
         ("EJ_GENOMFORD", "")),
        (("Beviljad skolskjuts överensstämmer med gällande riktlinjer",
          "0 felaktiga beslut", "0 fel av 35 granskade beslut", "Kontrollen är klar."),
         ("GENOMFORD", "nej")),
        (("Anmälan om kränkande behandling till huvudman inom fem dagar",
          "100 % inom fem dagar", "84 % (107 av 127)",
          "20 anmälningar kom in för sent, främst från två enheter. Åtgärdsplan tas fram tillsammans med rektorerna."),
         ("GENOMFORD", "ja")),
        (("Specialkost dokumenteras enligt rutin",
          "100 %", "Ej aktuell",
          "Kontrollen utgår 2025 – rutinen ersatt av det centrala kostdatasystemet (beslut BUN 2025-03-20 § 31)."),
         ("UTGAR", "")),
    ]
    for row, exp in data:
        cells = t.add_row().cells
        if exp is None:
            m = cells[0].merge(cells[3])
            set_cell(m, row, bold=True)
            continue
        for c, v in zip(cells, row):
            set_cell(c, v)
        expect(fil, BUN, row[0], exp[0], exp[1])
    for row in t.rows:
        for c, w in zip(row.cells, (Cm(5.5), Cm(3.0), Cm(3.2), Cm(6.3))):
            c.width = w
    d.add_paragraph()
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen i huvudsak fungerar. "
        "Avvikelserna inom attest och anmälan av kränkande behandling följs upp särskilt i årsbokslutet.")
    d.add_paragraph("Åsbacka den 4 september 2025")
    d.add_paragraph("Maria Söderberg\nFörvaltningschef")
    d.save(out(fil))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. SN xlsx
def make_sn():
    fil = "Socialnämnden IK 2025 uppföljning T1 och delår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 1 och delår. Delårskolumnerna avser ackumulerat januari–augusti."
    ws["A2"].font = Font(italic=True)
    # two header rows with merged group cells
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "Process", "Kontrollmoment", "Frekvens", "Planerat urval"
    ws["E4"] = "Tertial 1 (jan–apr)"
    ws["G4"] = "Delår (jan–aug)"
    ws["I4"] = "Kommentar delår"
    ws["J4"] = "Kontrollansvarig"
    ws.merge_cells("E4:F4")
    ws.merge_cells("G4:H4")
    for col in "ABCDIJ":
        ws.merge_cells(f"{col}4:{col}5")
    ws["E5"], ws["F5"], ws["G5"], ws["H5"] = "Antal granskade", "Antal fel", "Antal granskade", "Antal fel"
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(row=r, column=c)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    data = [
        ("Myndighetsutövning", None),
        (("", "Utredningar inom barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)",
          "Tertialvis", "20 ärenden per tertial", 20, 2, 40, 5,
          "Fem utredningar överskred fyra månader. Beslut om förlängning saknades i två av dem.",
          "Enhetschef BoU"), ("GENOMFORD", "ja")),
        (("", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
          "Två gånger per år", "25 ärenden", None, None, 12, 0,
          "12 av 25 ärenden granskade, resterande granskas i september.",
          "Enhetschef försörjningsstöd"), ("DELVIS", "nej")),
        (("", "Vårdplan finns och är aktuell för samtliga placerade barn och unga",
          "En gång per år (T1)", "Samtliga placeringar (31)", 31, 1, None, None, None,
          "Enhetschef BoU"), ("GENOMFORD", "ja")),
        ("Ekonomi", None),
        (("", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet",
          "Månadsvis", "10 utbetalningar per månad", 40, 0, 80, 1,
          "En dubbelutbetalning (4 350 kr) upptäcktes i juni, återkrav är gjort.",
          "Controller"), ("GENOMFORD", "ja")),
        (("", "Ersättning till familjehem följer SKR:s riktlinjer",
          "En gång per år", "15 uppdrag", 0, None, 0, None,
          "Ej påbörjad, görs under hösten.",
          "Enhetschef familjehem"), ("EJ_GENOMFORD", "")),
        (("", "Avstämning av klientmedel – kassa och bankkonto",
          "Tertialvis", "Samtliga kassor (4)", 4, 0, 8, 0, None,
          "Controller"), ("GENOMFORD", "nej")),
        ("Personal", None),
        (("", "Utdrag ur belastningsregistret har begärts vid anställning på HVB",
          "Två gånger per år", "Samtliga nyanställda", None, None, None, None, None,
          "HR-partner"), ("SAKNAS", "")),
        (("", "Rehabiliteringsplan upprättas senast dag 30 vid sjukfrånvaro",
          "En gång per år", "Samtliga ärenden", None, None, None, None,
          "Utgår ur planen enligt beslut SN 2025-05-20 § 62 – ersätts av HR:s centrala uppföljning.",
          "HR-partner"), ("UTGAR", "")),
    ]
    r = 6
    for row, exp in data:
        if exp is None:
            ws.cell(row=r, column=1, value=row).font = BOLD
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        expect(fil, SN, row[1], exp[0], exp[1])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Fastställd av Socialnämnden 2024-12-10 § 201. Uppföljning behandlad i nämnden 2025-09-23.")
    widths = [20, 55, 18, 24, 11, 9, 11, 9, 55, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    fix_props(wb)
    wb.save(out(fil))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))


# ---------------------------------------------------------------- 4. Stratsys CSV (VON + TN)
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-10.csv"
    head = ["Organisation", "Plan", "Kontrollmoment", "Kontrollansvarig", "Period",
            "Antal kontrollerade", "Antal avvikelser", "Målvärde", "Utfall", "Status", "Kommentar"]
    org_v = "Åsbacka kommun > Vård- och omsorgsnämnden"
    org_t = "Åsbacka kommun > Tekniska nämnden"
    plan = "Internkontrollplan 2025"
    rows = []
    # VON: stacked periods T1 2025 and Delår 2025
    von = [
        ("Läkemedelshantering – signeringslistor kontrolleras mot ordination", "MAS",
         ("30", "2", "100 %", "93 %", "Klar med avvikelse", "Två missade signeringar, avvikelse registrerad."),
         ("60", "3", "100 %", "95 %", "Klar med avvikelse",
          "Totalt tre missade signeringar jan–aug; samtliga registrerade i avvikelsesystemet och åtgärdade på enheten."),
         ("GENOMFORD", "ja")),
        ("Genomförandeplan upprättas inom 14 dagar för nya brukare i hemtjänsten", "Enhetschef hemtjänst",
         ("0", "", "100 %", "", "Ej startad", ""),
         ("15", "0", "100 %", "15 av 45", "Pågående",
          "15 av 45 planerade ärenden granskade, inga avvikelser hittills."),
         ("DELVIS", "nej")),
        ("Avgiftsbeslut inom äldreomsorgen stäms av mot inkomstuppgifter", "Avgiftshandläggare",
         ("20", "0", "0 fel", "0 fel", "Klar", "Årlig kontroll, genomförd i mars."),
         ("", "", "", "", "", ""),
         ("GENOMFORD", "nej")),
        ("Inhyrd personal från bemanningsföretag avropas enligt avtal", "Verksamhetschef",
         ("", "", "", "", "", ""),
         ("", "", "", "", "Utgår", "Avtalet upphandlas om, kontrollen utgår 2025."),
         ("UTGAR", "")),
        ("Nyckelhantering i hemtjänsten – kvittenslistor stäms av", "Enhetschef hemtjänst",
         ("0", "", "", "", "Ej startad", ""),
         ("0", "", "", "", "Ej startad", "Flyttas till hösten på grund av införandet av digitala lås."),
         ("EJ_GENOMFORD", "")),
        ("Fakturerade hemtjänsttimmar stäms av mot utförd tid i planeringssystemet", "Controller",
         None,
         ("200", "14", "< 2 %", "7 %", "",
          "Kontrollen genomförd i juni: 14 av 200 besök felaktigt fakturerade (7 %), över målvärdet.\n"
          "Rättelse gjord i juli; rutin för tidrapportering ses över."),
         ("GENOMFORD", "ja")),
    ]
    for km, ansv, t1, dl, exp in von:
        if t1 is not None:
            rows.append([org_v, plan, km, ansv, "T1 2025", *t1])
        rows.append([org_v, plan, km, ansv, "Delår 2025", *dl])
        expect(fil, VON, km, exp[0], exp[1])
    tn = [
        ("Byggprojekt över 5 mnkr har godkänd projektkalkyl före byggstart", "Projektchef",
         ("6", "0", "100 %", "100 %", "Klar", "Samtliga sex projekt hade godkänd kalkyl."),
         ("GENOMFORD", "nej")),
        ("Egenkontroll av lekplatser – årlig huvudbesiktning", "Parkchef",
         ("12", "3", "", "", "Pågående", "12 av 34 lekplatser besiktigade; 3 med anmärkning på fallskydd."),
         ("DELVIS", "ja")),
        ("Drivmedelskort – stickprov på tankningar mot körjournal", "Fordonssamordnare",
         ("0", "", "", "", "Ej startad", "Stickprov dras i oktober."),
         ("EJ_GENOMFORD", "")),
        ("VA-debitering – mätaravläsningar stäms av mot fakturerad förbrukning", "VA-chef",
         ("50", "1", "max 2 %", "2 %", "Klar", ""),
         ("GENOMFORD", "ja")),
        ("Vinterväghållning – utförda insatser stäms av mot entreprenörens fakturor", "Gatuchef",
         ("", "", "", "", "", "Se separat rapport till TN 2025-09-25."),
         ("OKLAR", "")),
    ]
    for km, ansv, dl, exp in tn:
        rows.append([org_t, plan, km, ansv, "Delår 2025", *dl])
        expect(fil, TN, km, exp[0], exp[1])
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        w.writerows(rows)
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. KFN ods (via LibreOffice)
def make_kfn(tmp):
    fil = "KFN uppföljning IK augusti 2025.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – avrapportering per 2025-08-31 (delår)"
    ws["A2"].font = Font(bold=True)
    ws.append([])
    ws.append(["Kontrollområde", "Kontrollmoment", "Kontrollerade (X av Y)", "Resultat", "Bedömning"])
    for c in ws[4]:
        c.font = BOLD
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        ("Kassahantering", "Kassaavstämning i badhusets kassa görs dagligen och attesteras",
         "20 av 20 dagar kontrollerade", "Inga differenser över 50 kr.", "●", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Utbetalda aktivitetsbidrag stäms av mot inrapporterade deltagarlistor",
         "12 av 40 ärenden granskade",
         "Två föreningar har redovisat sammankomster med färre än tre deltagare; återkrav utreds.",
         "◔", "DELVIS", "ja"),
        ("Föreningsbidrag",
         "Bidragsberättigade föreningar har lämnat årsredovisning och verksamhetsberättelse",
         "55 av 55", "Tre föreningar lämnade handlingarna först efter påminnelse.", "◑",
         "GENOMFORD", "ja"),
        ("Lokaluthyrning", "Debitering av lokalhyra stäms av mot bokningssystemet",
         "0 av 30", "Urvalet dras när det nya bokningssystemet är i drift (oktober).", "○",
         "EJ_GENOMFORD", ""),
        ("Bibliotek", "Inventering av mediebeståndet genom stickprov på hyllorna",
         "", "Ersätts av RFID-inventering, beslut KFN 2025-02-12 § 9.", "–", "UTGAR", ""),
        ("Inköp", "Direktupphandlingar över 100 000 kr är dokumenterade",
         "8 av 8", "", "●", "GENOMFORD", "nej"),
        ("Personal", "Timanställda i simhallen har giltigt livräddarprov",
         "14 av 22", "Inga brister bland de kontrollerade. Resterande kontrolleras före höstterminen.",
         "", "DELVIS", "nej"),
    ]
    for row in data:
        ws.append(list(row[:5]))
        for c in ws[ws.max_row]:
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=ws.max_row, column=5).alignment = Alignment(horizontal="center", vertical="top")
        expect(fil, KFN, row[1], row[5], row[6])
    ws.append([])
    ws.append(["Teckenförklaring bedömning:"])
    ws.append(["●  genomförd utan anmärkning"])
    ws.append(["◑  genomförd med anmärkning"])
    ws.append(["◔  påbörjad"])
    ws.append(["○  ej påbörjad"])
    ws.append(["–  utgår"])
    ws.append([])
    ws.append(["Rapporteras till Kultur- och fritidsnämnden 2025-09-17. Kontaktperson: Jonas Berg, nämndsekreterare."])
    for i, w in enumerate([18, 55, 26, 60, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    src = os.path.join(tmp, "KFN uppföljning IK augusti 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. MBN xls (via LibreOffice)
def make_mbn(tmp):
    fil = "MBN IK delår 2025.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Kontrollmoment", "Kontrollmetod", "Antal ärenden (population)",
               "Antal kontrollerade", "Varav med fel", "Felprocent", "Kommentar"])
    for c in ws[3]:
        c.font = BOLD
        c.border = BORDER
        c.alignment = WRAP
    data = [
        ("Bygglov – beslut fattas inom lagstadgad handläggningstid (tio veckor)",
         "Uttag ur ärendesystemet", 142, 142, 9, 9 / 142,
         "Nio ärenden överskred tio veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Stickprov", 40, 12, 0, 0.0,
         "12 av 40 ärenden granskade, resterande granskas i september.", "DELVIS", "nej"),
        ("Timavgift för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Stickprov", 25, 25, 2, 0.08, "Två ärenden debiterades med fel timtaxa, rättat.",
         "GENOMFORD", "ja"),
        ("Avgifter för bygglov debiteras enligt gällande taxa",
         "–", None, None, None, None,
         "Utgår enligt nämndbeslut 2025-04-15 § 38 (ny plan- och bygglovstaxa).", "UTGAR", ""),
        ("Jävsdeklarationer finns för samtliga inspektörer och handläggare",
         "Genomgång", 11, 0, None, None, "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna anmälningar inom två arbetsdagar",
         "Stickprov", 30, 30, 0, 0.0, None, "GENOMFORD", "nej"),
    ]
    for row in data:
        ws.append(list(row[:7]))
        for c in ws[ws.max_row]:
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=ws.max_row, column=6).number_format = "0.0%"
        expect(fil, MBN, row[0], row[7], row[8])
    ws.append(["Totalt", "", 248, 209, 11, 11 / 209, ""])
    for c in ws[ws.max_row]:
        c.font = BOLD
    ws.cell(row=ws.max_row, column=6).number_format = "0.0%"
    ws.append([])
    ws.append(["Åsbacka 2025-09-05"])
    ws.append(["Karin Lund, förvaltningschef"])
    for i, w in enumerate([52, 22, 14, 13, 11, 10, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    src = os.path.join(tmp, "MBN IK delår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. ÅBAB docx, text only
def make_abab():
    fil = "Åsbacka Bostäder AB intern kontroll jan-aug 2025.docx"
    d = docx.Document()
    fix_doc(d)
    p = d.add_paragraph()
    p.add_run("Åsbacka Bostäder AB").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till styrelsen, sammanträde 2025-09-18, ärende 6").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Rapport intern kontroll januari–augusti 2025", level=1)
    d.add_paragraph(
        "Styrelsen fastställde bolagets plan för intern kontroll 2025 den 13 februari 2025. Planen omfattar "
        "fem kontrollmoment. Nedan redovisas resultatet för perioden januari–augusti. Kontrollerna har "
        "genomförts av ekonomiavdelningen och förvaltningsenheten genom stickprov.")
    items = [
        ("Hyresavtal upprättas enligt gällande hyresnivå",
         "Resultat: 25 av 25 nya hyresavtal under perioden granskade. Samtliga avtal hade korrekt hyra enligt "
         "gällande hyresförhandling. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresfordringar – påminnelser och inkasso hanteras enligt rutin",
         "Urval 30 fordringar. Per den 31 augusti har 18 granskats; i två fall skickades påminnelse för sent. "
         "Granskningen slutförs i oktober.", "DELVIS", "ja"),
        ("Attest av fakturor för underhållsarbeten",
         "Genomförd. 45 fakturor granskade, en faktura över 50 000 kr saknade andra attest. "
         "Berörd förvaltare har informerats om attestreglerna.", "GENOMFORD", "ja"),
        ("Nyckel- och passerbrickor – avstämning av utlämnade brickor mot hyresgästregistret",
         "Kontrollen har inte påbörjats. Den planeras till november i samband med bytet av låssystem.",
         "EJ_GENOMFORD", ""),
        ("Besiktning av lekplatser i bostadsområdena",
         "Ej aktuell för bolaget 2025 – besiktningen utförs av Tekniska förvaltningen enligt avtal "
         "och har strukits ur bolagets plan.", "UTGAR", ""),
    ]
    for title, text, st, av in items:
        d.add_heading(title, level=2)
        d.add_paragraph(text)
        expect(fil, ABAB, title, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Vd bedömer att bolagets interna kontroll är tillräcklig. De avvikelser som noterats är av begränsad "
        "omfattning och åtgärder har vidtagits.")
    d.add_paragraph("Per Ekström\nVerkställande direktör")
    d.save(out(fil))
    FILES.append((fil, "INLAST", ABAB, "2025", "DELAR"))


# ---------------------------------------------------------------- 8. reject: budget follow-up
def make_reject():
    fil = "Driftredovisning KS delår 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift"
    ws["A1"] = "Kommunstyrelsen – driftredovisning delår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utfall januari–augusti jämfört med periodiserad budget"
    ws.append([])
    ws.append(["Verksamhet", "Budget helår", "Budget jan–aug", "Utfall jan–aug", "Avvikelse",
               "Prognos helår", "Kommentar"])
    for c in ws[4]:
        c.font = BOLD
        c.border = BORDER
    data = [
        ("Politisk verksamhet", 9800, 6533, 6210, "Lägre kostnader för arvoden."),
        ("Kommunledning och kansli", 31200, 20800, 21450, "Rekryteringskostnader kanslichef."),
        ("Ekonomiavdelningen", 18400, 12267, 11980, ""),
        ("HR-avdelningen", 22100, 14733, 15390, "Ökade kostnader för företagshälsovård."),
        ("IT och digitalisering", 27500, 18333, 19870, "Licenskostnader högre än budgeterat."),
        ("Näringsliv och turism", 6300, 4200, 3890, ""),
    ]
    r0 = ws.max_row + 1
    for name, bh, bp, utf, kom in data:
        ws.append([name, bh, bp, utf, bp - utf, bh - round((bp - utf) * 1.2), kom])
    ws.append(["Summa kommunstyrelsen", sum(x[1] for x in data), sum(x[2] for x in data),
               sum(x[3] for x in data), sum(x[2] - x[3] for x in data), None, ""])
    for c in ws[ws.max_row]:
        c.font = BOLD
    ws.append([])
    ws.append(["Positiv avvikelse = överskott mot budget."])
    for i, w in enumerate([30, 14, 15, 15, 12, 14, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


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
    tmp = tempfile.mkdtemp(prefix="r212_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_stratsys()
        make_kfn(tmp)
        make_mbn(tmp)
        make_abab()
        make_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
