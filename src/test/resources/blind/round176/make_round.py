#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 176 - Skärholms kommun, T1 2026.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py   (from any directory; output goes beside this script)
"""
import csv
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round176"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Stratsys export (CSV), two nämnder, only T1 rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_IK_2026-05-08.csv"
    header = ["Organisation", "Nämnd", "Plan", "Process", "Risk", "Kontrollmoment",
              "Kontrollansvarig", "Frekvens", "Period", "Status", "Kommentar",
              "Avvikelse", "Senast uppdaterad", "Uppdaterad av"]
    ks = "Kommunstyrelsen"
    tn = "Tekniska nämnden"
    rows = [
        # org, nämnd, process, risk, km, ansvarig, frekvens, status, kommentar, avvikelse, datum, av, (exp status, exp avv)
        ("Kommunledningskontoret", ks, "Ekonomiadministration",
         "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Redovisningschef", "Tertialvis", "Genomförd",
         "Stickprov på 40 fakturor jan–mars. Två fakturor var attesterade av person med jäv (egen resa). Åtgärdat, attestanterna har informerats.",
         "Ja", "2026-05-04", "Maria Holm", "GENOMFORD", "ja"),
        ("Kommunledningskontoret", ks, "Ärendehantering",
         "Beslut fattas utan delegation eller anmäls inte",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Kommunsekreterare", "Tertialvis", "Genomförd",
         "Samtliga 57 delegationsbeslut under perioden har anmälts.",
         "Nej", "2026-04-29", "Erik Sand", "GENOMFORD", "nej"),
        ("Kommunledningskontoret", ks, "Inköp",
         "Inköp görs utanför avtal",
         "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial",
         "Upphandlingschef", "Helår", "",
         "Planeras T2 när inköpsanalysen för 2025 är färdig.",
         "", "2026-04-30", "Lina Ek", "EJ_GENOMFORD", ""),
        ("Kommunledningskontoret", ks, "IT och informationssäkerhet",
         "Obehörig åtkomst till ekonomisystemet",
         "Kontroll av behörigheter i ekonomisystemet Raindance vid avslutad anställning",
         "Systemförvaltare ekonomi", "Tertialvis", "Delvis genomförd",
         "Behörighetsgenomgång klar för två av fyra avdelningar.\nInga felaktiga behörigheter hittills. Resterande avdelningar klara i juni.",
         "Nej", "2026-05-06", "Maria Holm", "DELVIS", "nej"),
        ("Kommunledningskontoret", ks, "Ekonomiadministration",
         "Förtroendeskada vid felaktig representation",
         "Representation och förtroendekänsliga poster följer riktlinjen",
         "Controller KLK", "Tertialvis", "Genomförd",
         "25 poster granskade. 3 poster saknade deltagarförteckning och syfte.",
         "Ja", "2026-05-05", "Maria Holm", "GENOMFORD", "ja"),
        ("Kommunledningskontoret", ks, "Lön och personal",
         "Felaktiga löneutbetalningar",
         "Löneutbetalningar – kontroll av nyanställda och ändrade lönearter",
         "Lönechef", "Tertialvis", "", "", "", "2026-01-15", "System", "SAKNAS", ""),
        ("Kommunledningskontoret", ks, "Ärendehantering",
         "Allmänna handlingar registreras inte i tid",
         "Efterlevnad av riktlinje för hantering av allmänna handlingar (diarieföring inom 3 dagar)",
         "Registrator", "Helår", "Ej aktuell",
         "Ej aktuellt under T1 – stickprovet görs i samband med T2 enligt planen.",
         "", "2026-04-22", "Erik Sand", "UTGAR", ""),
        ("Kommunledningskontoret", ks, "Krisberedskap",
         "Bristande förmåga vid samhällsstörning",
         "Säkerställa att kommunens krisledningsplan är uppdaterad",
         "Säkerhetssamordnare", "Helår", "Ej påbörjad",
         "Revideringen skjuts upp till efter valet i september.",
         "", "2026-05-02", "Johan Ruuth", "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", tn, "Investeringar",
         "Betalning för arbeten som inte är beställda",
         "Kontroll av att entreprenadfakturor stämmer mot avtal och ÄTA-beslut",
         "Projektcontroller", "Tertialvis", "Genomförd",
         "10 fakturor granskade mot avtal och ÄTA-beslut utan anmärkning.",
         "Nej", "2026-05-03", "Sara Lind", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", tn, "Vatten och avlopp",
         "Driftstörning i vattenverket upptäcks inte",
         "Egenkontroll av vattenverkets driftjournal",
         "Driftchef VA", "Månadsvis", "Genomförd",
         "Driftjournalen kontrollerad för januari–april, komplett.",
         "Nej", "2026-05-03", "Sara Lind", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", tn, "Anläggningstillgångar",
         "Anläggningsregistret stämmer inte med verkligheten",
         "Inventering av fordon och maskiner mot anläggningsregistret",
         "Fordonssamordnare", "Helår", "",
         "Görs under hösten i samband med bokslutsinventeringen.",
         "", "2026-04-18", "Peter Ström", "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", tn, "Gata och park",
         "Medborgare får inte service i tid",
         "Uppföljning av att felanmälningar åtgärdas inom utlovad tid",
         "Enhetschef gata", "Tertialvis", "Delvis genomförd",
         "Januari–februari kontrollerade, mars återstår. 14 % av ärendena åtgärdades efter utlovad tid.",
         "Ja", "2026-05-07", "Peter Ström", "DELVIS", "ja"),
        ("Tekniska förvaltningen", tn, "Gata och park",
         "Schakt i allmän mark utan tillstånd",
         "Kontroll av tillstånd för grävning i allmän mark",
         "Trafikingenjör", "Tertialvis", "Utgår",
         "Kontrollmomentet utgår enligt nämndens beslut 2026-02-18 § 12 och ersätts av ny rutin i e-tjänsten.",
         "", "2026-02-20", "Peter Ström", "UTGAR", ""),
        ("Tekniska förvaltningen", tn, "Vatten och avlopp",
         "Uteblivna intäkter",
         "Fakturering av anslutningsavgifter VA",
         "Ekonom VA", "Tertialvis", "Genomförd",
         "Kontrollen genomförd. Två nya anslutningar hade inte fakturerats – fakturor skickades i april.",
         "", "2026-05-06", "Sara Lind", "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            org, nm, proc, risk, km, ans, frek, st, kom, avv, dat, av, es, ea = r
            w.writerow([org, nm, "Internkontrollplan 2026", proc, risk, km, ans, frek,
                        "T1 2026", st, kom, avv, dat, av])
            exp(fil, nm, km, es, ea)
    FILES.append((fil, "INLAST", ks, "2026", "T1"))
    FILES.append((fil, "INLAST", tn, "2026", "T1"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word, each control a small two-column table
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_sn_docx():
    fil = "SN_uppfoljning_internkontroll_T1_2026.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skärholms kommun\tSocialförvaltningen\tDnr SN 2026/41"
    sec.footer.paragraphs[0].text = "Tjänsteskrivelse – uppföljning intern kontroll T1 2026"

    d.add_heading("Uppföljning av internkontrollplan 2026 – tertial 1", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden")
    p = d.add_paragraph()
    p.add_run("Period: ").bold = True
    p.add_run("1 januari – 30 april 2026")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2026 den 28 januari 2026 (§ 9). Planen omfattar nio "
        "kontrollmoment. Enligt planen genomförs vissa kontroller först under tertial 2 eller 3; för dessa "
        "redovisas i denna uppföljning endast när kontrollen är planerad. Kontrollerna redovisas nedan per "
        "process. Resultat av genomförda stickprov finns hos respektive kontrollansvarig.")

    controls = [
        ("Ekonomiskt bistånd", [
            ("Kontroll av att utbetalningar av ekonomiskt bistånd har stöd i beslut",
             "Felaktiga utbetalningar", "Stickprov 30 ärenden per tertial", "Enhetschef försörjningsstöd",
             "T1, T2, T3", "Genomförd",
             "Stickprov på 30 ärenden. I ett ärende saknades beslut för utbetald hyra (6 800 kr). Återkrav utreds.",
             "GENOMFORD", "ja"),
            ("Granskning av fakturor från HVB-hem mot beslut och avtal",
             "Betalning för insatser som inte beviljats", "Samtliga fakturor en månad", "Controller",
             "T1", "Ej genomförd",
             "Kontrollen har inte kunnat genomföras på grund av vakans på ekonomfunktionen. Flyttas till T2.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Barn och unga", [
            ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
             "Barn far illa när bedömning dröjer", "Uttag ur verksamhetssystemet", "Enhetschef mottagning",
             "T1, T2, T3", "Genomförd",
             "Samtliga 112 anmälningar under perioden förhandsbedömdes inom lagstadgad tid.",
             "GENOMFORD", "nej"),
            ("Kontroll av att utredningar avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Utredningstid överskrids", "Uttag ur verksamhetssystemet", "Enhetschefer utredning",
             "T1, T3", "Delvis genomförd",
             "Uppföljningen är gjord för barn och unga; vuxenenheten redovisas i T2. 4 av 38 utredningar överskred fyra månader utan beslut om förlängning.",
             "DELVIS", "ja"),
            ("Kontroll av att vårdnadshavares samtycke dokumenteras vid insatser",
             "Insats utan samtycke", "Stickprov 15 akter", "Enhetschef öppenvård",
             "T1", "Se bilaga 2", "",
             "OKLAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av loggar i verksamhetssystemet Lifecare",
             "Obehörig åtkomst till personuppgifter", "Slumpvis loggkontroll 20 användare", "Systemförvaltare",
             "T3", "", "Görs under hösten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Placeringar och inköp", [
            ("Uppföljning av att placeringar sker på ramavtal",
             "Dyra placeringar utanför avtal", "Genomgång av placeringar", "Verksamhetschef IFO",
             "T1, T2", "", "",
             "SAKNAS", ""),
        ]),
        ("Arbetsmiljö", [
            ("Kontroll av att hot- och våldssituationer rapporteras i KIA",
             "Händelser rapporteras inte och åtgärder uteblir", "Genomgång av KIA-rapporter", "HR-partner",
             "T1, T2, T3", "Genomförd",
             "Åtta incidenter rapporterade under perioden, samtliga hanterade enligt rutin.",
             "GENOMFORD", "nej"),
            ("Kontroll av att handlingsplan för hot och våld är känd på APT",
             "Personal vet inte hur de ska agera", "Protokoll från APT", "Enhetschefer",
             "T2", "Ej aktuellt under T1", "Genomgång sker på APT i september.",
             "UTGAR", ""),
        ]),
    ]
    labels = ["Kontrollmoment:", "Risk:", "Metod:", "Ansvarig:", "Planerad tidpunkt:", "Status T1:", "Kommentar:"]
    for proc, items in controls:
        d.add_heading(proc, level=2)
        for (km, risk, metod, ans, tid, status, kom, es, ea) in items:
            t = d.add_table(rows=len(labels), cols=2)
            t.style = "Table Grid"
            vals = [km, risk, metod, ans, tid, status, kom]
            for i, (lab, val) in enumerate(zip(labels, vals)):
                c0, c1 = t.rows[i].cells
                c0.text = lab
                c0.paragraphs[0].runs[0].bold = True
                set_cell_bg(c0, "DCE6F1")
                c1.text = val
                c0.width = Cm(4.0)
                c1.width = Cm(12.0)
            d.add_paragraph()
            exp(fil, nm, km, es, ea)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under tertial 1 i huvudsak är tillräcklig. "
        "Avvikelserna inom ekonomiskt bistånd och utredningstider åtgärdas och följs upp i tertial 2.")
    d.add_paragraph("Skärholm 2026-05-11")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - Excel, whole-year plan T1/T2/T3, drop-down + legend
# ---------------------------------------------------------------------------
def make_bun_xlsx():
    fil = "BUN_Internkontrollplan_2026_uppfoljning.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2026"
    lists = wb.create_sheet("Listor")
    status_list = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd",
                   "Planeras T2", "Planeras T3", "Utgår"]
    lists["A1"] = "Statusval"
    for i, s in enumerate(status_list, start=2):
        lists.cell(row=i, column=1, value=s)
    lists.sheet_state = "hidden"

    ws["A1"] = "Internkontrollplan 2026 med uppföljning – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen BUN 2026-01-22 § 7. Uppföljning T1 (jan–apr) redovisas för nämnden 2026-05-21."
    ws["A3"] = "Välj status i rullistan för aktuellt tertial. Se förklaring under tabellen."
    ws["A3"].font = Font(italic=True, color="666666")

    hdr = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig",
           "Kontrolltidpunkt", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2",
           "Status T3", "Kommentar T3"]
    HR = 5
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [6, 18, 28, 9, 42, 26, 18, 13, 20, 42, 14, 24, 14, 24]
    for j, wdt in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = wdt

    groups = [
        ("1. Ekonomi", [
            ("1.1", "Fakturahantering", "Felaktig attest", 9,
             "Kontroll av att fakturor attesteras av behörig attestant", "Stickprov 25 fakturor",
             "Ekonom", "T1", "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Skolskjuts", "Betalning utöver avtal", 8,
             "Kontroll av att skolskjutsar faktureras enligt avtal", "Fakturor jämförs med körlistor",
             "Skolskjutssamordnare", "T1, T3", "Genomförd med avvikelse",
             "Dubbelfakturering för februari upptäckt (42 000 kr). Kreditfaktura erhållen i april.",
             "GENOMFORD", "ja"),
            ("1.3", "Avgifter", "Felaktiga barnomsorgsavgifter", 6,
             "Uppföljning av barnomsorgsavgifter – inkomstuppgifter", "Stickprov 20 hushåll",
             "Handläggare avgifter", "T2", "Planeras T2", "", "EJ_GENOMFORD", ""),
        ]),
        ("2. Elevhälsa och trygghet", [
            ("2.1", "Kränkande behandling", "Anmälan till huvudman sker inte", 12,
             "Kontroll av att kränkande behandling anmäls till huvudman", "Genomgång per skola",
             "Verksamhetschef grundskola", "T1, T2, T3", "Delvis genomförd",
             "Genomgång gjord på 9 av 14 skolor. Två anmälningar gjordes senare än rutinen anger.",
             "DELVIS", "ja"),
            ("2.2", "Närvaro", "Frånvaro uppmärksammas inte", 12,
             "Kontroll av att elever med frånvaro över 20 % följs upp", "Uttag ur närvarosystemet",
             "Rektorer", "T1, T3", "Genomförd", "Rutinen följs på samtliga enheter.",
             "GENOMFORD", "nej"),
            ("2.3", "Särskilt stöd", "Stöd ges inte i tid", 9,
             "Uppföljning av att åtgärdsprogram upprättas och utvärderas", "Stickprov 3 elever per skola",
             "Elevhälsochef", "T3", "Planeras T3", "Görs i samband med läsårsslut.",
             "EJ_GENOMFORD", ""),
        ]),
        ("3. Personal", [
            ("3.1", "Rekrytering", "Olämplig person anställs", 16,
             "Kontroll av att registerutdrag begärs vid nyanställning", "Stickprov 10 anställningar",
             "HR-specialist", "T1, T2, T3", None, None, "SAKNAS", ""),
            ("3.2", "Rekrytering", "Obehöriga lärare", 12,
             "Kontroll av behörighet och legitimation hos nyanställda lärare", "Kontroll mot Skolverkets register",
             "HR-specialist", "T1", "Ej genomförd",
             "Ej genomförd på grund av byte av HR-system. Görs T2.", "EJ_GENOMFORD", ""),
        ]),
        ("4. Lokaler och inventarier", [
            ("4.1", "Inventarier", "Stöld och svinn", 4,
             "Inventering av datorer och surfplattor för elever", "Inventering mot förteckning",
             "IT-samordnare", "T2", "Utgår",
             "Utgår – ersätts av central inventering via IT-avdelningen (BUN 2026-03-12 § 31).",
             "UTGAR", ""),
            ("4.2", "Brandskydd", "Brand i skollokal", 8,
             "Kontroll av att brandskyddskontroller (SBA) genomförs på samtliga enheter",
             "Egenkontrollprotokoll", "Fastighetssamordnare", "T1", "Genomförd", None,
             "GENOMFORD", "nej"),
        ]),
    ]
    r = HR + 1
    first_data = r
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for it in items:
            nr, proc, risk, rv, km, metod, ans, tid, s1, k1, es, ea = it
            vals = [nr, proc, risk, rv, km, metod, ans, tid, s1, k1, None, None, None, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, nm, km, es, ea)
            r += 1
    last_data = r - 1
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$8", allow_blank=True,
                        showDropDown=False)
    dv.error = "Välj ett värde i listan"
    dv.prompt = "Välj status"
    ws.add_data_validation(dv)
    for col in ("I", "K", "M"):
        dv.add(f"{col}{first_data}:{col}{last_data}")
    rng = f"I{first_data}:I{last_data} K{first_data}:K{last_data} M{first_data}:M{last_data}"
    for val, colr in (("Genomförd", "C6EFCE"), ("Genomförd med avvikelse", "FFEB9C"),
                      ("Delvis genomförd", "FFEB9C"), ("Ej genomförd", "FFC7CE")):
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{val}"'],
                                                      fill=PatternFill("solid", fgColor=colr)))
    r += 2
    ws.cell(row=r, column=1, value="Förklaring statusval").font = Font(bold=True)
    legend = [
        ("Genomförd", "Kontrollen är utförd, inga avvikelser."),
        ("Genomförd med avvikelse", "Kontrollen är utförd, avvikelse har noterats – beskriv i kommentar."),
        ("Delvis genomförd", "Kontrollen är påbörjad men inte klar för hela urvalet."),
        ("Ej genomförd", "Kontrollen skulle ha utförts men har inte gjorts – ange orsak."),
        ("Planeras T2 / Planeras T3", "Kontrollen är enligt planen schemalagd till ett senare tertial och har ännu inte utförts."),
        ("Utgår", "Kontrollmomentet har strukits genom beslut."),
    ]
    for a, b in legend:
        r += 1
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=b)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Karin Nyström, controller BUF, 2026-05-06")
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    ws.print_title_rows = f"{HR}:{HR}"
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - adopted plan 2026, no follow-up (ODT)
# ---------------------------------------------------------------------------
def make_kfn_plan(tmp):
    fil = "KFN_Internkontrollplan_2026_antagen.odt"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kultur- och fritidsförvaltningen\tBilaga 1 till KFN 2026-01-27 § 8"
    d.add_heading("Internkontrollplan 2026", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden, Skärholms kommun")
    d.add_paragraph("Antagen av kultur- och fritidsnämnden 2026-01-27, § 8. Dnr KFN 2025/212.")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Nämnden ansvarar enligt kommunallagen 6 kap. 6 § för att den interna kontrollen är tillräcklig. "
        "Planen bygger på förvaltningens risk- och väsentlighetsanalys hösten 2025. Risker med riskvärde 9 "
        "eller högre har lyfts in i planen som kontrollmoment. Uppföljning redovisas för nämnden i samband "
        "med tertialrapporterna enligt kolumnen ”Rapporteras”.")
    d.add_heading("Kontrollmoment 2026", level=2)
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    rows = [
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov 10 ansökningar", "Två gånger per år", "Föreningskonsulent", "T1, T3"),
        ("Kassahantering", "Förlust av kontanter",
         "Avstämning av kassor i simhallen och på biblioteken", "Oanmäld kassainventering",
         "Tertialvis", "Enhetschef bad", "T1, T2, T3"),
        ("Lokaluthyrning", "Uteblivna intäkter",
         "Kontroll av att uthyrning av idrottshallar faktureras enligt bokningssystemet",
         "Jämförelse bokning–faktura en månad", "Två gånger per år", "Bokningsansvarig", "T2, T3"),
        ("Barn och unga", "Olämplig person arbetar med barn",
         "Kontroll av att registerutdrag finns för personal på fritidsgårdar och sommarlovsaktiviteter",
         "Genomgång av personalakter", "Årligen", "Enhetschef fritid", "T2"),
        ("Upphandling", "Köp utanför avtal",
         "Uppföljning av direktupphandlingar över 100 000 kr dokumenteras",
         "Uttag ur e-handelssystemet", "Årligen", "Förvaltningsekonom", "Helår"),
        ("Konst och kultur", "Konst försvinner eller skadas",
         "Inventering av den offentliga konstsamlingen",
         "Inventering av 20 % av samlingen", "Årligen", "Konstintendent", "Helår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.rows[0].cells[j].text = h
        t.rows[0].cells[j].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
        exp(fil, nm, row[2], "SAKNAS", "")
    d.add_paragraph()
    d.add_heading("Risker som hanteras på annat sätt", level=2)
    d.add_paragraph("Följande risker har bedömts men hanteras inom ordinarie verksamhet och ingår inte som kontrollmoment.")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for j, h in enumerate(["Risk", "Riskvärde", "Hantering"]):
        t2.rows[0].cells[j].text = h
        t2.rows[0].cells[j].paragraphs[0].runs[0].bold = True
    for row in [("Hot och våld mot personal i publik verksamhet", "6", "Hanteras i det systematiska arbetsmiljöarbetet"),
                ("Felaktig hantering av personuppgifter i bokningssystemet", "6", "Hanteras av dataskyddsombudet"),
                ("Bristande tillgänglighet i lokaler", "4", "Ingår i lokalförsörjningsplanen")]:
        cells = t2.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
    d.add_paragraph()
    d.add_paragraph("Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")
    src = os.path.join(tmp, "KFN_Internkontrollplan_2026_antagen.docx")
    d.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", nm, "2026", ""))


# ---------------------------------------------------------------------------
# 5. Skärholmshem AB - kommunalt bolag, per quarter (Q1 -> T1), codes + fills
# ---------------------------------------------------------------------------
def make_bolag():
    fil = "Skarholmshem_internkontroll_Q1_2026.xlsx"
    nm = "Skärholmshem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2026"
    ws["A1"] = "Skärholmshem AB – Intern kontroll 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering per kvartal till styrelsen och ägaren. Aktuell rapport: Q1 (januari–mars 2026)."
    ws["A3"] = "Rapportör: Jonas Berg, ekonomichef. Datum: 2026-04-15"
    fills = {
        "OK": PatternFill("solid", fgColor="92D050"),
        "A": PatternFill("solid", fgColor="FFFF00"),
        "P": PatternFill("solid", fgColor="9BC2E6"),
        "E": PatternFill("solid", fgColor="FF0000"),
        "–": PatternFill("solid", fgColor="BFBFBF"),
    }
    # legend top right
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = Font(bold=True)
    leg = [("OK", "Kontroll utförd utan anmärkning"),
           ("A", "Kontroll utförd – avvikelse noterad"),
           ("P", "Kontroll påbörjad, pågår"),
           ("E", "Kontroll ej utförd"),
           ("–", "Ej aktuellt detta kvartal")]
    for i, (code, txt) in enumerate(leg, start=2):
        c = ws.cell(row=i, column=8, value=code)
        c.fill = fills[code]
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        ws.cell(row=i, column=9, value=txt)
    HR = 8
    hdr = ["Id", "Område", "Kontrollmoment", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Kommentar"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    for col, wdt in zip("ABCDEFGHI", [6, 18, 55, 18, 7, 7, 7, 7, 60]):
        ws.column_dimensions[col].width = wdt
    rows = [
        ("IK1", "Hyresadministration",
         "Hyresavisering – kontroll att samtliga kontrakt aviseras med rätt hyra efter 2026 års hyresförhandling",
         "Hyresadministratör", "OK", "Stickprov 50 kontrakt, samtliga korrekta.", "GENOMFORD", "nej"),
        ("IK2", "Ekonomi",
         "Kontroll av att leverantörsfakturor över 100 tkr attesteras av VD",
         "Ekonomichef", "A", "En faktura (156 tkr) attesterad av förvaltningschef i stället för VD. Rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("IK3", "Ekonomi",
         "Avstämning av hyresfordringar och avskrivning av osäkra fordringar",
         "Redovisningsekonom", "OK", "", "GENOMFORD", "nej"),
        ("IK4", "Inköp",
         "Kontroll av att upphandlade ramavtal används vid felanmälan och underhåll",
         "Inköpare", "E", "Ej utförd – ansvarig inköpare föräldraledig. Utförs Q2.", "EJ_GENOMFORD", ""),
        ("IK5", "Uthyrning",
         "Kontroll av kötid och förmedling av lägenheter enligt uthyrningspolicyn",
         "Uthyrningschef", "–", "", "UTGAR", ""),
        ("IK6", "Fastighetsdrift",
         "Brandskyddskontroll i gemensamma utrymmen (SBA)",
         "Driftchef", "A", "Samtliga 12 områden kontrollerade. Brister i två trapphus (belamrade utrymningsvägar), åtgärdade.",
         "GENOMFORD", "ja"),
        ("IK7", "Styrning",
         "Kontroll av närståendetransaktioner och jäv vid upphandling",
         "VD", None, None, "SAKNAS", ""),
        ("IK8", "Fastighetsdrift",
         "Uppföljning av att energideklarationer är giltiga",
         "Energisamordnare", "P", "31 av 48 fastigheter kontrollerade hittills. Två deklarationer har gått ut och nya är beställda.",
         "DELVIS", "ja"),
        ("IK9", "Finans",
         "Kontroll av kassaflödesprognos och likviditetsplanering mot ägardirektiv",
         "Ekonomichef", "OK", "Avrapporterad till styrelsen 2026-04-08.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for (iid, omr, km, ans, q1, kom, es, ea) in rows:
        vals = [iid, omr, km, ans, q1, None, None, None, kom]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        if q1:
            ws.cell(row=r, column=5).fill = fills[q1]
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av VD Helena Rask 2026-04-16. Redovisas för styrelsen 2026-04-24.")
    ws.oddHeader.left.text = "Skärholmshem AB"
    ws.oddHeader.right.text = "Q1 2026"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - .xls, tick columns per tertial (merged headers)
# ---------------------------------------------------------------------------
def make_von_xls():
    fil = "VON_IK-plan_2026_med_uppfoljning.xls"
    nm = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2026")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour light_turquoise")
    cellf = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    tick = xlwt.easyxf("align: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Vård- och omsorgsförvaltningen", title)
    ws.write(1, 0, "Internkontrollplan 2026 inklusive uppföljning per tertial")
    ws.write(2, 0, "Markera med x under Utfört eller Ej utfört. Kommentera avvikelser och orsak om kontrollen inte utförts.")
    # two header rows
    ws.write_merge(4, 5, 0, 0, "Nr", bold)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", bold)
    ws.write_merge(4, 5, 2, 2, "Ansvarig", bold)
    ws.write_merge(4, 5, 3, 3, "Planerad tertial", bold)
    col = 4
    for t in ("T1", "T2", "T3"):
        ws.write_merge(4, 4, col, col + 2, "Uppföljning " + t, bold)
        ws.write(5, col, "Utfört", bold)
        ws.write(5, col + 1, "Ej utfört", bold)
        ws.write(5, col + 2, "Kommentar", bold)
        col += 3
    widths = [5, 50, 18, 10, 8, 8, 45, 8, 8, 25, 8, 8, 25]
    for j, wdt in enumerate(widths):
        ws.col(j).width = wdt * 256
    rows = [
        ("1", "Kontroll av att beslut om hemtjänst verkställs inom tre veckor", "Enhetschef biståndsenheten",
         "T1, T2, T3", "x", "", "3 av 60 beslut verkställdes efter mer än tre veckor.", "GENOMFORD", "ja"),
        ("2", "Kontroll av att avvikelser enligt Lex Sarah utreds och rapporteras", "Kvalitetsstrateg",
         "T1, T3", "x", "", "Fyra rapporter under perioden, samtliga utredda inom tidsramen.", "GENOMFORD", "nej"),
        ("3", "Granskning av att läkemedelsgenomgångar genomförs på särskilda boenden", "MAS",
         "T1", "", "x", "Påbörjas i maj tillsammans med MAS.", "EJ_GENOMFORD", ""),
        ("4", "Kontroll av att brukarnas kontanta medel hanteras enligt rutin", "Enhetschefer SÄBO",
         "T1, T3", "x", "x", "", "OKLAR", ""),
        ("5", "Kontroll av timrapportering i TES mot faktisk tid hos brukare", "Controller",
         "T2", "", "", "Planeras T2", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av att fakturering av omsorgsavgifter är korrekt", "Avgiftshandläggare",
         "T1, T3", "x", "", "", "GENOMFORD", ""),
        ("7", "Uppföljning av nattbemanning på särskilt boende mot beslutad nivå", "Verksamhetschef SÄBO",
         "T1, T2, T3", "", "", "", "SAKNAS", ""),
        ("8", "Kontroll av att delegering av hälso- och sjukvårdsuppgifter är aktuell", "Enhetschef HSL",
         "T3", "", "", "Ej aktuellt under T1, delegeringarna förnyas i oktober.", "UTGAR", ""),
    ]
    r = 6
    for (nr, km, ans, tert, u, e, kom, es, ea) in rows:
        ws.write(r, 0, nr, cellf)
        ws.write(r, 1, km, cellf)
        ws.write(r, 2, ans, cellf)
        ws.write(r, 3, tert, cellf)
        ws.write(r, 4, u, tick)
        ws.write(r, 5, e, tick)
        ws.write(r, 6, kom, cellf)
        for j in range(7, 13):
            ws.write(r, j, "", tick if j % 3 != 0 else cellf)
        exp(fil, nm, km, es, ea)
        r += 1
    r += 1
    ws.write(r, 0, "Uppföljning T1 sammanställd 2026-05-05 av Lars Wikström, kvalitetsstrateg.")
    ws.header_str = b"&CIKP 2026"
    ws.footer_str = b"&CSida &P av &N"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsnämnden - simple ODS table (easy case)
# ---------------------------------------------------------------------------
def make_sbn_ods(tmp):
    fil = "SBF_uppfoljning_IK_tertial1_2026.ods"
    nm = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tertial 1"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning intern kontroll, tertial 1 2026"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförs", "Status", "Resultat T1"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for col, wdt in zip("ABCDE", [20, 55, 14, 18, 60]):
        ws.column_dimensions[col].width = wdt
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Tertialvis",
         "Klar", "Samtliga 84 ärenden beslutades inom tidsfristen.", "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa", "Tertialvis",
         "Klar", "2 av 20 ärenden debiterades enligt 2025 års taxa. Rättat och mellanskillnad fakturerad.",
         "GENOMFORD", "ja"),
        ("Administration", "Diarieföring av inkommande handlingar i Castor", "Tertialvis",
         "Pågår", "Stickprov för januari–februari klart, mars återstår.", "DELVIS", ""),
        ("Exploatering", "Kontroll av att exploateringsavtal följs upp ekonomiskt", "Helår",
         "Senare under året", "", "EJ_GENOMFORD", ""),
        ("Tillsyn", "Tillsyn av ovårdade tomter – ärenden följs upp inom 6 månader", "Tertialvis",
         "Ej startad", "Resursbrist under perioden, startar i maj.", "EJ_GENOMFORD", ""),
        ("IT", "Kontroll av GIS-licenser och avtal", "Årligen", None, None, "SAKNAS", ""),
        ("Lantmäteri", "Lantmäteriförrättningar – kontroll av debitering", "Tertialvis",
         "Utgår", "Ej aktuell 2026 – förrättningsverksamheten har överförts till Lantmäteriet.",
         "UTGAR", ""),
    ]
    r = 4
    for (omr, km, gen, st, res, es, ea) in rows:
        for j, v in enumerate([omr, km, gen, st, res], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, nm, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Kontaktperson: Nils Åberg, förvaltningscontroller")
    src = os.path.join(tmp, "SBF_uppfoljning_IK_tertial1_2026.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------
# 8. File to reject - a covering letter (följebrev) without any controls
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Foljebrev_SN_IK_T1_2026.docx"
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.sections[0].header.paragraphs[0].text = "Skärholms kommun – Socialförvaltningen"
    d.add_paragraph("2026-05-11")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_paragraph("Från: Socialförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan tertial 1 2026", level=2)
    d.add_paragraph(
        "Hej! Bifogat översänds socialnämndens uppföljning av internkontrollplanen för 2026, tertial 1, "
        "i filen SN_uppfoljning_internkontroll_T1_2026.docx. Ärendet behandlas av socialnämnden den 27 maj 2026.")
    d.add_paragraph(
        "Av nämndens nio kontrollmoment har fyra genomförts helt eller delvis under perioden. Övriga "
        "kontroller är enligt planen schemalagda till tertial 2 och 3. Bilaga 2 (samtyckesgranskningen) "
        "skickas separat när den är färdigställd.")
    d.add_paragraph("Hör av dig om något saknas.")
    d.add_paragraph("Med vänlig hälsning\nAnna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def make_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
        ("Valnämnden", "VN"),
        ("Skärholmshem AB", "Skärholmshem|Skärholms Bostäder|Skärholmshem Aktiebolag"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for r in reg:
            w.writerow(r)
    return {r[0] for r in reg}


def main():
    for old in os.listdir(OUT):
        if old.endswith((".csv", ".xlsx", ".xls", ".docx", ".odt", ".ods")):
            os.remove(os.path.join(OUT, old))
    tmp = tempfile.mkdtemp(prefix="r176_")
    try:
        make_stratsys()
        make_sn_docx()
        make_bun_xlsx()
        make_kfn_plan(tmp)
        make_bolag()
        make_von_xls()
        make_sbn_ods(tmp)
        make_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    names = make_register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    # consistency checks
    inlast = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    for r in EXPECTED:
        assert (r[0], r[1]) in inlast, r
        assert r[1] in names, r
        assert r[3] in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), r
        assert r[4] in ("ja", "nej", ""), r
    for r in FILES:
        assert os.path.exists(os.path.join(OUT, r[0])), r
    print(f"{len(set(r[0] for r in FILES))} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
