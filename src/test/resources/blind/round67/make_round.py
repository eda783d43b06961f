#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 67 – Sollefteå kommun (Ångermanland), uppföljning av internkontrollplaner per T2 2025.

Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

GEN, DEL, EJ, UTG, SAK, OKL = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km
    EXPECTED.append((fil, namnd, km, status, "ja" if avv else "nej"))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "Barn och utbildning"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "Individ- och familjeomsorg samt vård och omsorg"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "Samhällsbyggnad"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur och fritid", "Kultur- och fritidsförvaltningen"]),
    ("Överförmyndarnämnden i Ådalen", ["ÖFN", "ÖFN Ådalen", "Gemensamma överförmyndarnämnden i Ådalen",
                                       "Överförmyndarenheten Ådalen"]),
    ("Valnämnden", ["VN"]),
    ("Sollefteå Stadshus AB", ["Stadshus AB", "Stadshuskoncernen"]),
    ("Sollefteåhem AB", ["Sollefteåhem", "Sollefteåhem AB styrelse"]),
    ("Sollefteå Vatten AB", ["Sollefteå Vatten", "SVAB"]),
    ("Sollefteå Energi AB", ["Sollefteå Energi", "SEAB", "Sollefteå Energi AB (koncern)"]),
]


def clean():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f in keep:
            continue
        p = os.path.join(HERE, f)
        if os.path.isfile(p):
            os.remove(p)


# ---------------------------------------------------------------------------
# 1. Stratsys-like export, several senders, one row per control and period (cp1252, ;)
# ---------------------------------------------------------------------------
def f1_export():
    fil = "Stratsys_IKP_koncern_export_2025-09-19.csv"
    hdr = ["Organisation", "Org-id", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Period", "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"]
    # each control: org, orgid, process, risk, km, metod, ansvarig, periods{period: (status, avv, kommentar, datum)},
    # expected status, expected avvikelse
    C = []
    ks, sbn, sv = "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Sollefteå Vatten AB"
    C += [
        (ks, "1000", "Inköp och upphandling", "Inköp sker utanför avtal",
         "Stickprov av 25 leverantörsfakturor över 50 000 kr mot gällande ramavtal",
         "Stickprov ur Raindance, jämförelse mot avtalsdatabasen", "Upphandlingschef",
         {"2025 T1": ("Pågår", "", "10 av 25 fakturor granskade.", "2025-05-09"),
          "2025 T2": ("Genomförd", "Ja", "Samtliga 25 granskade. 2 fakturor avvek från avtalat pris (städtjänster), kreditering begärd och erhållen.", "2025-09-03")},
         GEN, True),
        (ks, "1000", "Ärendehantering", "Beslut fattade på delegation anmäls inte",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Avstämning mot diariet", "Kanslichef",
         {"2025 T1": ("Genomförd", "Nej", "Kontroll av januari–april, samtliga beslut anmälda.", "2025-05-12"),
          "2025 T2": ("", "", "", "")},
         GEN, False),
        (ks, "1000", "Informationssäkerhet", "Obehöriga har kvar behörighet efter avslutad anställning",
         "Kontroll av behörigheter i ekonomisystemet för avslutade anställningar",
         "Lista ur HR-systemet jämförs mot behörighetslista", "Ekonomichef",
         {"2025 T1": ("", "", "", ""),
          "2025 T2": ("Ej genomförd", "Nej", "Planerad till oktober på grund av byte av ekonomisystem.", "2025-09-01")},
         EJ, False),
        (ks, "1000", "Lön", "Felaktiga löneutbetalningar",
         "Stickprov 15 löneutbetalningar mot beslut om ny lön och tjänstgöringsgrad",
         "Stickprov, jämförelse mot lönebeslut i Personec", "HR-chef",
         {"2025 T1": ("", "", "", ""),
          "2025 T2": ("", "", "Stickprovet är genomfört i juni, samtliga 15 stämde mot underlag.", "2025-08-28")},
         GEN, False),
        (ks, "1000", "Representation", "Representation strider mot riktlinjer",
         "Granskning av representationsfakturor avseende syfte, deltagare och moms",
         "Samtliga fakturor konto 7610", "Controller KLF",
         {"2024 T3": ("Genomförd", "Nej", "Inga avvikelser 2024.", "2025-01-20"),
          "2025 T1": ("", "", "", ""),
          "2025 T2": ("", "", "", "")},
         SAK, False),
        (ks, "1000", "Krisberedskap", "Bristande krisledningsförmåga",
         "Kontroll att krisledningsplan och kontaktlistor är uppdaterade",
         "Genomgång av dokument", "Säkerhetssamordnare",
         {"2025 T2": ("Utgår", "", "Ersätts av kontroll i plan för civilt försvar enligt KS 2025-05-12 § 88.", "2025-06-02")},
         UTG, False),
        (sbn, "3000", "Myndighetsutövning bygglov", "Handläggningstider överskrids",
         "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet", "Bygglovschef",
         {"2025 T1": ("Delvis genomförd", "Ja", "Januari–mars kontrollerat, 2 ärenden över tiden.", "2025-05-06"),
          "2025 T2": ("Delvis genomförd", "Ja", "Januari–juni kontrollerat: 4 av 38 ärenden överskred 10 veckor. Juli–augusti återstår.", "2025-09-05")},
         DEL, True),
        (sbn, "3000", "Avgifter", "Felaktig debitering av avgifter",
         "Avstämning av fakturerade bygglovsavgifter mot beslutade taxor, stickprov 20 ärenden",
         "Stickprov", "Administrativ chef",
         {"2025 T2": ("Genomförd", "Nej", "20 ärenden kontrollerade, samtliga korrekt debiterade.", "2025-08-29")},
         GEN, False),
        (sbn, "3000", "Gata och park", "Entreprenör uppfyller inte avtal",
         "Uppföljning av entreprenörens utryckningstider vid snöröjning mot avtal",
         "Jämförelse körjournal/väderdata", "Gatuchef",
         {"2025 T1": ("", "", "", ""),
          "2025 T2": ("Ej påbörjad", "", "Genomförs under vintersäsongen november–mars.", "2025-09-02")},
         EJ, False),
        (sbn, "3000", "Planering", "Planarbete utan kostnadstäckning",
         "Kontroll att planavtal tecknats innan planarbete påbörjas",
         "Genomgång av samtliga planuppdrag", "Planchef",
         {"2025 T1": ("", "", "", ""),
          "2025 T2": ("", "", "Se bifogad fil.", "2025-09-10")},
         OKL, False),
        (sbn, "3000", "Miljötillsyn", "Uteblivna intäkter",
         "Stickprov av 10 tillsynsärenden avseende debitering av timavgift",
         "Stickprov", "Miljöchef",
         {"2025 T1": ("Genomförd", "Nej", "5 ärenden, inga fel.", "2025-05-08"),
          "2025 T2": ("Genomförd", "Ja", "Timavgift ej debiterad i 2 av 10 ärenden, fakturor skickade i efterhand.", "2025-09-04")},
         GEN, True),
        (sv, "8200", "Dricksvatten", "Otjänligt dricksvatten",
         "Kontroll av att provtagning av dricksvatten sker enligt fastställt provtagningsprogram",
         "Jämförelse labbsvar mot provtagningsprogram", "VA-chef",
         {"2025 T2": ("Genomförd", "Nej", "Alla planerade prover tagna, inga otjänliga.", "2025-08-27")},
         GEN, False),
        (sv, "8200", "Debitering", "Felaktiga anläggningsavgifter",
         "Avstämning av debiterade anslutningsavgifter mot VA-taxan",
         "Stickprov 12 nya anslutningar", "Ekonom SVAB",
         {"2025 T1": ("Påbörjad", "", "", "2025-05-02"),
          "2025 T2": ("Pågår", "Nej", "Halva urvalet granskat, inga fel hittills.", "2025-09-08")},
         DEL, False),
        (sv, "8200", "Ekonomi", "Attest av obehörig",
         "Kontroll av att attestlistan är uppdaterad efter organisationsförändring",
         "Genomgång attestlista", "VD",
         {"2025 T2": ("Genomförd", "Ja", "Attestlistan har ännu inte uppdaterats efter omorganisationen i april, kontrollen kunde inte slutföras.", "2025-09-09")},
         GEN, True),
        (sv, "8200", "Drift", "Larm missas vid reningsverk",
         "Uppföljning av larmhantering vid reningsverk, stickprov av 10 larm",
         "Stickprov ur driftsystemet", "Driftchef",
         {"2025 T1": ("", "", "", ""),
          "2025 T2": ("Avbruten", "", "", "2025-06-19")},
         EJ, False),
    ]
    lines = []
    lines.append(["Rapport: Uppföljning internkontrollplan", "Urval: Sollefteå kommunkoncern", "Perioder: 2024 T3 – 2025 T2",
                  "Utskriven 2025-09-19 08:42 av ekonomienheten"])
    lines.append([])
    lines.append(hdr)
    for org, oid, proc, risk, km, metod, ansv, per, st, avv in C:
        for p, (s, a, k, d) in per.items():
            lines.append([org, oid, proc, risk, km, metod, ansv, p, s, a, k, d])
        exp(fil, org, km, st, avv)
    with open(fil, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    for n in (ks, sbn, sv):
        FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. BUN – Word document, heading per process, one label/value table per control, ☒/☐ status
# ---------------------------------------------------------------------------
def f2_bun_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    fil = "BUN Uppföljning internkontroll T2 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = d.add_paragraph()
    r = p.add_run("SOLLEFTEÅ KOMMUN\nBarn- och utbildningsförvaltningen")
    r.bold = True
    d.add_paragraph("Tjänsteskrivelse 2025-09-15\t\tDnr BUN 2025/118")
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). "
        "Planen omfattar åtta kontrollmoment fördelade på fem processer. I denna skrivelse redovisas "
        "utfallet per den 31 augusti. Statusmarkeringarna avser läget vid tertialets slut. "
        "Kontroller som inte är slutförda återrapporteras i helårsuppföljningen.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplan 2025 per tertial 2.")

    BOX = {"G": "Genomförd", "D": "Delvis genomförd", "E": "Ej genomförd", "U": "Utgår"}

    def boxes(ticked):
        return "   ".join(("☒ " if k in ticked else "☐ ") + v for k, v in BOX.items())

    procs = [
        ("1. Skolskjuts", [
            ("1.1", "Kontroll av att skolskjutsbeslut är fattade enligt riktlinjer, stickprov 15 beslut",
             "Stickprov av 15 beslut fattade vt 2025", "Skolskjutshandläggare",
             "15 beslut granskade, samtliga fattade enligt gällande riktlinjer.", "G", "Ingen åtgärd.", GEN, False),
            ("1.2", "Uppföljning av skolskjutsentreprenörens fakturor mot körjournal",
             "Månadsvis avstämning", "Ekonom BUF",
             "Fakturor för januari–april är avstämda. Ett fel om 4 200 kr upptäcktes och har krediterats. Maj–juni återstår.",
             "D", "Rutin för avstämning förtydligad med entreprenören.", DEL, True),
        ]),
        ("2. Elevhälsa och trygghet", [
            ("2.1", "Kontroll att anmälningar om kränkande behandling utreds inom 14 dagar",
             "Uttag ur DF Respons", "Kvalitetsutvecklare",
             "Av 42 anmälningar har 35 utretts inom 14 dagar. Sju utredningar tog längre tid.",
             "GD", "Påminnelsefunktion i systemet aktiveras.", OKL, True),
            ("2.2", "Stickprov av 10 elevakter avseende dokumentation enligt patientdatalagen",
             "Stickprov", "Verksamhetschef elevhälsa",
             "Kontrollen har inte genomförts under perioden på grund av vakans som skolsköterskesamordnare.",
             "", "Genomförs under hösten.", EJ, False),
        ]),
        ("3. Inköp och ekonomi", [
            ("3.1", "Granskning av att inköp av läromedel sker från upphandlad leverantör",
             "Uttag leverantörsreskontra konto 6470", "Controller",
             "Två skolor har köpt läromedel utanför avtal för sammanlagt ca 38 000 kr.",
             "G", "Rektorerna informerade om avtalet. Uppföljning sker vid helår.", GEN, True),
            ("3.2", "Kontroll av att statsbidrag rekvireras och återredovisas i tid",
             "Genomgång av Skolverkets bidragsförteckning", "Ekonom BUF",
             "", "", "", SAK, False),
        ]),
        ("4. Personal", [
            ("4.1", "Kontroll av att registerutdrag från belastningsregistret uppvisats vid nyanställning, stickprov 20",
             "Stickprov nyanställda jan–aug", "HR-konsult",
             "Stickprovet genomfört i augusti, 19 av 20 hade uppvisat registerutdrag.",
             "E", "Rutin vid introduktion ses över.", EJ, True),
        ]),
        ("5. Förskola", [
            ("5.1", "Kontroll av att barnomsorgsavgift debiteras enligt aktuell inkomstuppgift",
             "Stickprov 25 hushåll", "Avgiftshandläggare",
             "Utgår enligt nämndens beslut 2025-04-23 § 41, ersätts av central kontroll hos kommunstyrelsen.",
             "U", "–", UTG, False),
        ]),
    ]
    labels = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Resultat T2", "Status", "Åtgärd"]
    for head, ctrls in procs:
        d.add_heading(head, level=2)
        for nr, km, metod, ansv, res, tick, atg, est, avv in ctrls:
            d.add_paragraph().add_run("Kontroll " + nr).italic = True
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in zip(labels, [km, metod, ansv, res, boxes(tick), atg]):
                row = t.add_row().cells
                row[0].text = lab
                row[0].paragraphs[0].runs[0].bold = True
                row[1].text = val
                row[0].width = Cm(4)
                row[1].width = Cm(12)
            d.add_paragraph()
            exp(fil, namnd, km, est, avv)
    d.add_paragraph("Sollefteå 2025-09-15")
    d.add_paragraph("Maria Strand\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. SN – transposed "kontrollkort" xlsx: one column per control, fields as rows, code legend
# ---------------------------------------------------------------------------
def f3_sn_xlsx():
    fil = "SN_kontrollkort_T2-2025.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontrollkort"
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 2 (jan–aug). Ifylld av socialförvaltningens ledningsgrupp 2025-09-12. En kolumn per kontroll."
    ws["A2"].font = Font(italic=True)
    fields = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
              "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Avvikelse (J/N)"]
    K = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov av 20 beslut om ekonomiskt bistånd avseende kontroll mot SSBTEK",
         "Stickprov i Lifecare", "Per tertial", "Enhetschef försörjningsstöd",
         "D", "10 av 20 kontrollerade.", "G", "Samtliga 20 beslut hade kontroll mot SSBTEK.", "N", GEN, False),
        ("Barn och unga", "Barn far illa utan att åtgärd vidtas",
         "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Per tertial", "Enhetschef barn och unga",
         "G", "Inga överskridanden.", "G", "3 av 112 anmälningar förhandsbedömdes efter mer än 14 dagar.", "J", GEN, True),
        ("Hemtjänst", "Insatser utförs inte enligt beslut",
         "Uppföljning av att genomförandeplaner i hemtjänsten är upprättade och aktuella",
         "Granskning 10 planer per grupp", "Två gånger per år", "Enhetschefer hemtjänst",
         "D", "2 av 5 hemtjänstgrupper granskade, 6 planer var inte aktuella.", "", "", "J", DEL, True),
        ("Placeringar", "Betalning för ej beställd vård",
         "Kontroll av fakturor från externa placeringar (HVB) mot beslut och avtal",
         "Samtliga fakturor maj–aug", "Per tertial", "Controller SOC",
         "", "", "X", "Ny controller sedan juni.", "", OKL, False),
        ("Informationssäkerhet", "Otillåten åtkomst till personuppgifter",
         "Kontroll av loggar i verksamhetssystemet för otillåten åtkomst",
         "Slumpvis loggkontroll 30 användare", "Per tertial", "Systemförvaltare",
         "E", "", "E", "Loggverktyget har inte levererats av leverantören.", "N", EJ, False),
        ("Avgifter", "Felaktiga avgifter",
         "Avstämning av att avgifter för äldreomsorg debiteras enligt maxtaxa",
         "Stickprov 15 brukare", "Per tertial", "Avgiftshandläggare",
         "", "", "G", "15 brukare kontrollerade, inga fel.", "N", GEN, False),
        ("Kvalitet", "Missförhållanden anmäls inte",
         "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom tidsgräns",
         "Genomgång av samtliga rapporter", "Per tertial", "Kvalitetsstrateg",
         "", "", "", "Ej genomförd ännu, planeras till oktober.", "", EJ, False),
        ("Bemanning", "Felaktig debitering från bemanningsföretag",
         "Uppföljning av bemanningsföretagens timdebitering mot avtal",
         "Stickprov 10 fakturor", "Per tertial", "HR-specialist",
         "G", "Inga avvikelser.", "U", "Avtalet med bemanningsföretaget avslutades i mars, kontrollen struken.", "", UTG, False),
    ]
    hr = 4
    ws.cell(hr, 1, "Fält").font = Font(bold=True)
    ws.cell(hr, 1).fill = PatternFill("solid", fgColor="1F4E78")
    ws.cell(hr, 1).font = Font(bold=True, color="FFFFFF")
    for j, k in enumerate(K):
        c = ws.cell(hr, 2 + j, f"K{j + 1}")
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center")
        c.border = bd
    for i, f in enumerate(fields):
        c = ws.cell(hr + 1 + i, 1, f)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = bd
        for j, k in enumerate(K):
            v = k[i]
            c = ws.cell(hr + 1 + i, 2 + j, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if f.startswith("Status") or f.startswith("Avv") else "left")
            c.border = bd
    for j, k in enumerate(K):
        exp(fil, namnd, k[2], k[11], k[12])
    lr = hr + len(fields) + 2
    ws.cell(lr, 1, "Statuskoder").font = Font(bold=True)
    for i, t in enumerate(["G = Genomförd", "D = Delvis genomförd / pågår", "E = Ej genomförd", "U = Utgår (beslut om att stryka kontrollen)"]):
        ws.cell(lr + 1 + i, 1, t)
    ws.cell(lr + 6, 1, "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse")
    ws.column_dimensions["A"].width = 18
    for j in range(len(K)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 30
    for i in range(len(fields)):
        ws.row_dimensions[hr + 1 + i].height = 45
    ws.freeze_panes = "B5"
    ws2 = wb.create_sheet("Underlag")
    ws2["A1"] = "Underlag och stickprovslistor förvaras hos respektive ansvarig chef."
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Sollefteåhem AB – colour-only status with legend, group heading rows, saved as .xls via soffice
# ---------------------------------------------------------------------------
def f4_hem_xls():
    fil = "Sollefteåhem IK-uppföljning T2 2025.xls"
    namnd = "Sollefteåhem AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    GREEN, YELLOW, RED, GREY, BLUE = "00B050", "FFFF00", "FF0000", "C0C0C0", "CCECFF"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Sollefteåhem AB – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Uppföljning per 31 augusti (T2) – rapport till styrelsens sammanträde 2025-09-24"
    hdr = ["Nr", "Område / kontrollmoment", "Frekvens", "Ansvarig", "Status", "Iakttagelse", "Åtgärd / kommentar"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, 1 + j, h)
        c.font = Font(bold=True)
        c.border = bd
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    groups = [
        ("Hyresadministration", [
            ("1.1", "Kontroll av att hyresavtal tecknas enligt uthyrningspolicyn, stickprov 10 nya avtal", "Tertial", "Uthyrningschef",
             GREEN, "Inga avvikelser.", "", GEN, False),
            ("1.2", "Avstämning av hyresreskontra mot huvudbok per månadsskifte", "Månad", "Ekonomichef",
             GREEN, "Differens 12 400 kr i maj.", "Utredd och rättad i juni.", GEN, True),
            ("1.3", "Uppföljning av kundfordringar äldre än 90 dagar och påminnelserutin", "Tertial", "Ekonomichef",
             YELLOW, "Genomgång gjord för januari–april.", "Rutinen ses över, klart i oktober.", DEL, False),
        ]),
        ("Fastighetsunderhåll", [
            ("2.1", "Kontroll att OVK-besiktningar är utförda enligt besiktningsplan", "År", "Fastighetschef",
             RED, "", "Kontrollen flyttad till hösten på grund av sjukskrivning.", EJ, False),
            ("2.2", "Stickprov av 15 felanmälningar avseende åtgärdstid enligt servicegaranti", "Tertial", "Förvaltare",
             None, "", "", SAK, False),
        ]),
        ("Ekonomi", [
            ("3.1", "Kontroll av att attest sker enligt attestordning, stickprov 25 leverantörsfakturor", "Tertial", "Ekonomichef",
             GREEN, "1 faktura attesterad av person utan behörighet.", "Attestordningen kommunicerad på nytt.", GEN, True),
        ]),
        ("Upphandling", [
            ("4.1", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Tertial", "VD",
             GREY, "", "Utgår – hanteras av kommunens upphandlingsenhet från 2025.", UTG, False),
            ("4.2", "Uppföljning av avtalstrohet för ramavtal måleri och golv", "Tertial", "Fastighetschef",
             None, "Se kommentar", "", OKL, False),
        ]),
    ]
    r = 5
    for g, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, g)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=BLUE)
        r += 1
        for nr, km, fr, an, col, iak, atg, est, avv in rows:
            vals = [nr, km, fr, an, None, iak or None, atg or None]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if col:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=col)
            exp(fil, namnd, km, est, avv)
            r += 1
    r += 1
    ws.cell(r, 2, "Teckenförklaring status").font = Font(bold=True)
    for col, t in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"),
                   (GREY, "Utgår")]:
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2, t)
    r += 2
    ws.cell(r, 2, "Sammanställt av: Erik Nordin, ekonomichef")
    for col, w in zip("ABCDEFG", [6, 55, 10, 16, 9, 38, 40]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "Sollefteåhem IK-uppföljning T2 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden i Ådalen (gemensam nämnd) – ODS, one sheet per tertial, Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def f5_ofn_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf.text import P
    from odf.style import Style, TextProperties, TableColumnProperties

    fil = "ÖFN Ådalen internkontroll 2025.ods"
    namnd = "Överförmyndarnämnden i Ådalen"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    wide = Style(name="bred", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="9cm"))
    doc.automaticstyles.addElement(wide)
    mid = Style(name="mellan", family="table-column")
    mid.addElement(TableColumnProperties(columnwidth="3.5cm"))
    doc.automaticstyles.addElement(mid)

    def cell(v):
        c = TableCell()
        if v is None or v == "":
            return c
        if isinstance(v, int):
            c = TableCell(valuetype="float", value=v)
            c.addElement(P(text=str(v)))
        else:
            c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
        return c

    def sheet(name, rows, widths=None):
        t = Table(name=name)
        if widths:
            for w in widths:
                t.addElement(TableColumn(stylename=w))
        for r in rows:
            tr = TableRow()
            for v in r:
                tr.addElement(cell(v))
            t.addElement(tr)
        doc.spreadsheet.addElement(t)

    sheet("Instruktion", [
        ["Överförmyndarnämnden i Ådalen – gemensam nämnd för Sollefteå, Kramfors och Härnösand (värdkommun Sollefteå)"],
        [""],
        ["Fyll i en flik per tertial. Kolumnen Utförd fylls i med Ja, Nej eller Delvis."],
        ["Antal avvikelser anges som siffra. Kommentar ska alltid lämnas vid Nej eller Delvis."],
        ["Fliken skickas till ekonomienheten i Sollefteå senast 15 dagar efter tertialets slut."],
    ], ["bred"])
    hdr = ["Id", "Kontrollområde", "Kontrollmoment", "Utförd (Ja/Nej/Delvis)", "Antal granskade", "Antal avvikelser", "Kommentar"]
    K = [
        ("ÖF1", "Redovisning", "Granskning av årsräkningar – stickprov 10 % av inkomna redovisningar",
         ("Delvis", 40, 1, "Granskning pågår, 40 av ca 95."), ("Ja", 95, 3, "3 årsräkningar återsända för komplettering."), GEN, True),
        ("ÖF2", "Arvoden", "Kontroll att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         ("Ja", 30, 0, "Samtliga enligt riktlinjer."), ("", "", "", ""), GEN, False),
        ("ÖF3", "Handläggning", "Kontroll av att förteckningar inkommer inom två månader från förordnande",
         ("Nej", "", "", "Hinns inte med under T1."), ("Nej", "", "", "Kontrollen ej påbörjad på grund av hög ärendebelastning."), EJ, False),
        ("ÖF4", "Rekrytering av ställföreträdare", "Uppföljning av att lämplighetsprövning (belastningsregister, kreditupplysning) görs före förordnande",
         ("", "", "", ""), ("Ja", 18, 0, ""), GEN, False),
        ("ÖF5", "Förvaltning av medel", "Kontroll av överförmyndarspärr på bankkonton för omyndiga",
         ("", "", "", ""), ("Osäkert", 12, "", "Bankernas svar inväntas."), OKL, False),
        ("ÖF6", "Samverkan", "Avstämning av fakturering av kostnader mellan samverkanskommunerna",
         ("", "", "", ""), ("Delvis", "", "", "Kramfors avstämt, Härnösand återstår."), DEL, False),
    ]
    for ti, (tname, per) in enumerate([("T1 2025", "Tertial 1 (jan–apr) 2025"), ("T2 2025", "Tertial 2 (maj–aug) 2025")]):
        rows = [["Uppföljning internkontrollplan – Överförmyndarnämnden i Ådalen"], [per], [""], hdr]
        for k in K:
            v = k[3 + ti]
            rows.append([k[0], k[1], k[2], v[0], v[1], v[2], v[3]])
        rows.append([""])
        rows.append(["", "", "Rapporterat av: Lena Öberg, enhetschef överförmyndarenheten"])
        sheet(tname, rows, ["mellan", "mellan", "bred", "mellan", "mellan", "mellan", "bred"])
    for k in K:
        exp(fil, namnd, k[2], k[5], k[6])
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Sollefteå Energi AB – tick columns (X) with merged header, group rows, count row
# ---------------------------------------------------------------------------
def f6_energi_xlsx():
    fil = "Sollefteå Energi - IKP 2025 avrapportering T2.xlsx"
    namnd = "Sollefteå Energi AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Sollefteå Energi AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – avrapportering tertial 2 (per 2025-08-31)"
    ws["A3"] = "Beslutad av styrelsen 2025-02-20. Markera utfall med X i en kolumn."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("D5:G5")
    ws["D5"] = "Utfall T2 (markera med X)"
    ws["D5"].alignment = Alignment(horizontal="center")
    ws["D5"].font = Font(bold=True)
    h = ["Risk / process", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Kommentar"]
    for j, t in enumerate(h):
        c = ws.cell(6, 1 + j, t)
        c.font = Font(bold=True)
        c.border = bd
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    groups = [
        ("ELHANDEL OCH NÄT", [
            ("Ofullständiga mätvärden", "Kontroll av mätvärdesinsamling – andel timmätare med fullständiga värden", "Nätchef",
             "G", "99,2 % fullständiga värden, under målet 99,5 %. Åtgärdsplan för 140 mätare tas fram.", GEN, True),
            ("Felaktig nätavgift", "Avstämning av nätavgifter fakturerade kunder mot tariff, stickprov 30 kunder", "Kundtjänstchef",
             "G", "Inga avvikelser.", GEN, False),
            ("Leverantörsbyte", "Kontroll av att leverantörsbyten hanteras inom lagstadgad tid", "Kundtjänstchef",
             "D", "Januari–maj kontrollerat. Juni–augusti återstår.", DEL, False),
        ]),
        ("EKONOMI", [
            ("Bokslut", "Kontroll att bokslutsrutiner följs vid tertialbokslut", "Redovisningsansvarig",
             "GD", "Periodiseringar klara, avstämning av anläggningsregister kvar.", OKL, False),
            ("Inköp", "Granskning av leverantörsfakturor utan order – stickprov 20", "Ekonomichef",
             "", "Ej genomförd – bokslutsarbetet prioriterades.", EJ, False),
        ]),
        ("IT OCH SÄKERHET", [
            ("Obehörig åtkomst", "Genomgång av behörigheter i driftövervakningssystemet (SCADA)", "IT-säkerhetsansvarig",
             "E", "Planerad till november.", EJ, False),
            ("Incidenthantering", "Kontroll av att incidentrapportering enligt NIS-direktivet sker inom föreskriven tid", "IT-säkerhetsansvarig",
             "A", "Inga rapporteringspliktiga incidenter under perioden.", UTG, False),
            ("Mutor och jäv", "Kontroll av efterlevnad av policy för mutor och jäv – genomgång av jävsdeklarationer", "VD",
             "", "", SAK, False),
        ]),
    ]
    col_of = {"G": 4, "D": 5, "E": 6, "A": 7}
    counts = {k: 0 for k in col_of}
    r = 7
    for g, rows in groups:
        c = ws.cell(r, 1, g)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = PatternFill("solid", fgColor="EDEDED")
            ws.cell(r, j).border = bd
        r += 1
        for risk, km, ans, ticks, kom, est, avv in rows:
            ws.cell(r, 1, risk)
            ws.cell(r, 2, km)
            ws.cell(r, 3, ans)
            for t in ticks:
                ws.cell(r, col_of[t], "X")
                counts[t] += 1
            ws.cell(r, 8, kom or None)
            for j in range(1, 9):
                ws.cell(r, j).border = bd
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top",
                                                    horizontal="center" if 4 <= j <= 7 else "left")
            exp(fil, namnd, km, est, avv)
            r += 1
    ws.cell(r, 2, "Antal markeringar").font = Font(bold=True)
    for k, cidx in col_of.items():
        ws.cell(r, cidx, counts[k]).font = Font(bold=True)
        ws.cell(r, cidx).alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(r, 1, "Godkänd av VD Anders Sjölund 2025-09-16")
    for col, w in zip("ABCDEFGH", [22, 58, 20, 11, 9, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. KFN – ODT with emoji legend and one table per process
# ---------------------------------------------------------------------------
def f7_kfn_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, Span

    fil = "KFN_uppfoljning_internkontroll_T2.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    cs = Style(name="cellram", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cs)
    cw = {}
    for n, w in [("c1", "8cm"), ("c2", "2cm"), ("c3", "7cm")]:
        s = Style(name=n, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        cw[n] = s

    doc.text.addElement(P(text="Sollefteå kommun · Kultur och fritid"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Internkontroll 2025 – uppföljning tertial 2"))
    doc.text.addElement(P(text="Kultur- och fritidsnämnden, sammanträde 2025-09-23. Handläggare: Johan Kallin, verksamhetsutvecklare."))
    doc.text.addElement(P(text=
        "Nedan redovisas status för nämndens kontrollmoment per den 31 augusti 2025. Kontrollmoment som inte "
        "är slutförda följs upp i årsredovisningen."))
    p = P()
    p.addElement(Span(stylename=bold, text="Symbolförklaring: "))
    p.addText("🟢 Genomförd utan anmärkning   🟠 Genomförd med anmärkning   🟡 Pågår   🔴 Ej genomförd   ⚪ Utgår")
    doc.text.addElement(p)

    procs = [
        ("Bidrag till föreningar", [
            ("Kontroll av att utbetalda aktivitetsstöd stämmer mot inrapporterade deltagartillfällen, stickprov 8 föreningar",
             "🟠", "En förening hade rapporterat 46 tillfällen för mycket. Återkrav skickat.", GEN, True),
            ("Kontroll av att föreningar som fått verksamhetsbidrag lämnat verksamhetsberättelse och årsbokslut",
             "🟡", "Inlämning pågår, sista dag förlängd till 30 september.", DEL, False),
        ]),
        ("Anläggningar och bokning", [
            ("Stickprov av 20 bokningar i bokningssystemet mot fakturerad avgift", "🟢", "", GEN, False),
            ("Kontroll av att nycklar och passerkort till sporthallen är kvitterade", "🔴",
             "Nyckelsystemet byts ut hösten 2025, kontrollen görs efter bytet.", EJ, False),
        ]),
        ("Bibliotek", [
            ("Kontroll av att kassahantering vid biblioteken (kontant och Swish) stäms av dagligen", "🔵",
             "Diskuteras med ekonomienheten.", OKL, False),
            ("Kontroll av att gallring av medier sker enligt gallringsplan", "⚪",
             "Utgår enligt KFN 2025-03-18 § 22.", UTG, False),
        ]),
        ("Kulturskolan", [
            ("Kontroll av att avgifter för kulturskolan debiteras samtliga inskrivna elever", "🟢",
             "Samtliga 212 inskrivna elever debiterade för vårterminen.", GEN, False),
        ]),
    ]
    for pi, (proc, rows) in enumerate(procs, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"{pi}. {proc}"))
        t = Table(name=f"Process{pi}")
        for n in ("c1", "c2", "c3"):
            t.addElement(TableColumn(stylename=cw[n]))
        tr = TableRow()
        for h in ("Kontrollmoment", "Status", "Kommentar"):
            c = TableCell(stylename=cs, valuetype="string")
            pp = P()
            pp.addElement(Span(stylename=bold, text=h))
            c.addElement(pp)
            tr.addElement(c)
        t.addElement(tr)
        for km, sym, kom, est, avv in rows:
            tr = TableRow()
            for v in (km, sym, kom):
                c = TableCell(stylename=cs, valuetype="string")
                c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
            exp(fil, namnd, km, est, avv)
        doc.text.addElement(t)
        doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Annika Berg, kultur- och fritidschef"))
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Sollefteå Stadshus AB – covering letter without controls → AVVISAD
# ---------------------------------------------------------------------------
def f8_stadshus_letter():
    from docx import Document
    fil = "Sollefteå Stadshus AB - missiv internkontroll T2.docx"
    d = Document()
    d.add_paragraph("Sollefteå Stadshus AB\nBox 186, 881 25 Sollefteå")
    d.add_paragraph("2025-09-26")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Angående uppföljning av intern kontroll per tertial 2 2025", level=2)
    d.add_paragraph(
        "Sollefteå Stadshus AB har som moderbolag ingen egen internkontrollplan för 2025. Dotterbolagen "
        "Sollefteåhem AB, Sollefteå Vatten AB och Sollefteå Energi AB rapporterar sina uppföljningar direkt till "
        "ekonomienheten, respektive via kommunens styrsystem.")
    d.add_paragraph(
        "Moderbolagets styrelse tog del av dotterbolagens uppföljningar vid sammanträdet 2025-09-25, § 14, "
        "och hade inget att tillägga.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Westman\nVD, Sollefteå Stadshus AB")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in NAMNDER:
            fh.write(f"{n};{'|'.join(a)}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            fh.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            fh.write(";".join(r) + "\n")


def main():
    clean()
    f1_export()
    f2_bun_docx()
    f3_sn_xlsx()
    f4_hem_xls()
    f5_ofn_ods()
    f6_energi_xlsx()
    f7_kfn_odt()
    f8_stadshus_letter()
    write_csvs()
    reg = {n for n, _ in NAMNDER}
    for f in FILES:
        assert f[2] == "" or f[2] in reg, f
    for e in EXPECTED:
        assert e[1] in reg, e
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
