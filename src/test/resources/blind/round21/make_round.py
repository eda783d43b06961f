#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 21 - Hultaryds kommun (Kronobergs län), internkontroll 2025."""
import os, shutil, subprocess, csv

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r21build"
shutil.rmtree(TMP, ignore_errors=True)
os.makedirs(TMP)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
GVN = "Gymnasie- och vuxenutbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
BMN = "Bygg- och miljönämnden"
TN = "Tekniska nämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
KLN = "Krisledningsnämnden"

REGISTER = [
    (KS, "KS|100 KS|Kommunledningsförvaltningen"),
    (BUN, "BUN|200 BUN|Barn- och utbildningsförvaltningen"),
    (GVN, "GVN|210 GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    (SN, "SN|300 SN|Socialförvaltningen"),
    (VON, "VON|310 VON|Vård- och omsorgsförvaltningen"),
    (KFN, "KFN|400 KFN|Kultur- och fritidsförvaltningen"),
    (SBN, "SBN|500 SBN|Samhällsbyggnadsförvaltningen"),
    (BMN, "BMN|510 BMN|Miljö- och byggkontoret"),
    (TN, "TN|600 TN|Tekniska förvaltningen"),
    (OFN, "ÖFN|910 ÖFN"),
    (VN, "VN|900 VN"),
    (KLN, "KLN|920 KLN"),
]


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r21", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, plan columns + Genomförd (Ja/Nej) + Avvikelse (Ja/Nej)
# ---------------------------------------------------------------------------
f1 = "Hultaryd KS internkontroll helår 2025.xlsx"
ks_rows = [
    ("Ekonomi", None),
    (1, "Ekonomi", "Felaktiga utbetalningar till leverantörer", 2, 4,
     "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt gällande attestförteckning",
     "Stickprov 30 fakturor", "Två gånger per år", "Redovisningsekonom", "Delår och helår",
     "Ja", "Nej", "Inga avvikelser. 30 av 30 fakturor korrekt attesterade.", "GENOMFORD", "nej"),
    (2, "Ekonomi", "Otillåten representation", 3, 2,
     "Kontroll av att representationsfakturor har syfte och deltagarförteckning bifogade",
     "Stickprov 20 fakturor", "Årligen", "Controller", "Helår",
     "Ja", "Ja", "3 av 20 saknade deltagarförteckning. Samma brist som 2024, se även kontroll 1 om attest.",
     "GENOMFORD", "ja"),
    (3, "Ekonomi", "Fel i redovisningen", 2, 3,
     "Avstämning av kommunens bankkonton mot huvudboken vid varje månadsbokslut",
     "Avstämning", "Månadsvis", "Redovisningschef", "Helår",
     "Ja", "Nej", "Genomförd varje månad utan differenser.", "GENOMFORD", "nej"),
    ("Personal", None),
    (4, "Personal", "Brister i arbetsmiljöansvaret", 3, 3,
     "Kontroll att nyanställda chefer har genomgått utbildning i arbetsmiljöansvar inom sex månader",
     "Utdrag ur HR-systemet", "Årligen", "HR-chef", "Helår",
     "Nej", "", "Kontrollen har inte genomförts p.g.a. vakans på HR. Flyttas till plan 2026, jfr kontroll 5.",
     "EJ_GENOMFORD", "nej"),
    (5, "Personal", "Felaktiga löneutbetalningar", 3, 3,
     "Stickprovskontroll av att löneutbetalningar till timanställda grundar sig på attesterade tidrapporter",
     "Stickprov 25 utbetalningar", "Årligen", "Lönechef", "Helår",
     "", "", "Kontrollen är genomförd i november, 25 stickprov utan anmärkning.", "GENOMFORD", "nej"),
    (6, "Personal", "Beslut fattas utan delegation", 2, 3,
     "Kontroll att delegationsbeslut inom personalområdet anmäls till kommunstyrelsen enligt delegationsordningen",
     "Genomgång av anmälningslistor", "Två gånger per år", "Kanslichef", "Delår och helår",
     "Ja", "Ja", "Två beslut om tillsvidareanställning anmäldes inte. Rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("IT, informationssäkerhet och upphandling", None),
    (7, "IT", "Obehörig åtkomst till system", 3, 4,
     "Kontroll av att behörigheter i ekonomisystemet avslutas när anställning upphör",
     "Jämförelse avslutade anställningar mot behörighetslista", "Två gånger per år", "IT-chef", "Delår och helår",
     "Ja", "Nej", "Delvis – endast ekonomisystemet kontrollerat, lönesystemet återstår till 2026.",
     "GENOMFORD", "nej"),
    (8, "IT", "Personuppgiftsincidenter rapporteras inte", 2, 4,
     "Uppföljning av att personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
     "Genomgång incidentlogg", "Årligen", "Dataskyddsombud", "Helår",
     "Utgår", "", "Kontrollen ersatt av regiongemensam granskning, beslut KS 2025-04-09 § 61.",
     "UTGAR", "nej"),
    (9, "Upphandling", "Otillåtna direktupphandlingar", 3, 3,
     "Kontroll att direktupphandlingar över 100 000 kronor dokumenteras enligt riktlinjen för inköp",
     "Stickprov i inköpssystemet", "Årligen", "Upphandlingschef", "Helår",
     "", "", "", "SAKNAS", "nej"),
    (10, "IT", "Personuppgifter hanteras utan avtal", 2, 3,
     "Stickprov av att avtal med IT-leverantörer innehåller personuppgiftsbiträdesavtal",
     "Genomgång av 12 avtal", "Årligen", "IT-chef", "Helår",
     "Nej", "Ja", "Påbörjad, 4 av 12 avtal granskade. Ett avtal saknade PUB-avtal. Fortsätter 2026.",
     "EJ_GENOMFORD", "ja"),
]


def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Hultaryds kommun – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025 (januari–december)"
    hdr = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Återrapportering",
           "Genomförd (Ja/Nej)", "Avvikelse (Ja/Nej)", "Kommentar"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.alignment = WRAP
    r += 1
    for row in ks_rows:
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            ws.cell(r, 1).fill = fill("F2F2F2")
            r += 1
            continue
        nr, proc, risk, s, k, km, met, frek, ans, ater, gen, avv, kom, st, ex = row
        vals = [nr, proc, risk, s, k, None, km, met, frek, ans, ater, gen or None, avv or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
        ws.cell(r, 6, s * k)
        exp(f1, KS, km, st, ex)
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontroller:")
    ws.cell(r, 2, 10)
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens. Genomförd: Ja = kontrollen utförd enligt plan. "
                  "Avvikelse: Ja = brist konstaterad vid kontrollen.")
    r += 2
    ws.cell(r, 1, "Sammanställt av: Controller, kommunledningsförvaltningen 2026-01-20")
    for col, w in zip("ABCDEFGHIJKLMN", [5, 12, 26, 11, 11, 9, 50, 26, 16, 18, 16, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f1))
    FILES.append((f1, "INLAST", KS, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F2  BUN - docx, tables per process, Status + Bedömning, numbered BUN 1..9
# ---------------------------------------------------------------------------
f2 = "BUN_Uppföljning_intern_kontroll_2025.docx"
bun = [
    ("Skolplikt och elevhälsa", [
        ("BUN 1", "Kontroll att elever med upprepad ogiltig frånvaro anmäls till huvudmannen enligt skolpliktsrutinen",
         "3×4=12", "Stickprov 10 elevärenden per skola", "Per termin", "Rektor",
         "Genomförd", "Gul", "Två skolor anmälde för sent. Jfr BUN 4 om dokumentation.", "GENOMFORD", "ja"),
        ("BUN 3", "Kontroll att kränkande behandling anmäls till rektor och huvudman samma dag",
         "3×3=9", "Genomgång av anmälningar i systemet", "Per termin", "Verksamhetschef grundskola",
         "Pågår", "", "Sammanställning av vårterminen klar, hösten redovisas i februari 2026.", "DELVIS", "nej"),
        ("BUN 4", "Kontroll av att åtgärdsprogram upprättas och dokumenteras i elevhälsans journalsystem",
         "2×3=6", "Stickprov 15 elever", "Årligen", "Elevhälsochef",
         "Ej påbörjad", "", "Skjuts till 2026 på grund av systembyte, se BUN 6.", "EJ_GENOMFORD", "nej"),
        ("BUN 8", "Kontroll av att legitimation och behörighet finns för lärare som sätter betyg",
         "2×4=8", "Avstämning mot Skolverkets register", "Årligen", "HR-specialist",
         "", "", "Se bilaga.", "OKLAR", "nej"),
    ]),
    ("Förskola och avgifter", [
        ("BUN 2", "Kontroll att beslut om placering i förskola fattas enligt delegationsordningen",
         "2×2=4", "Stickprov 20 beslut", "Årligen", "Placeringshandläggare",
         "Genomförd", "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("BUN 7", "Avstämning av barnomsorgsavgifter mot inkomstuppgifter för stickprov av vårdnadshavare",
         "3×2=6", "Stickprov 30 hushåll", "Årligen", "Avgiftshandläggare",
         "Genomförd", "Grön", "Se bilaga 2.", "GENOMFORD", "nej"),
    ]),
    ("Skolskjuts, IT och inköp", [
        ("BUN 5", "Uppföljning av att skolskjutsbeslut fattas inom två veckor från ansökan",
         "3×3=9", "Genomgång av samtliga ansökningar aug–sep", "Årligen", "Skolskjutssamordnare",
         "Genomförd", "Röd", "Handläggningstiden överskreds i 14 av 40 ärenden. Samma brist noterades 2024.",
         "GENOMFORD", "ja"),
        ("BUN 6", "Kontroll att behörigheter i lärplattformen tas bort när personal slutar",
         "2×3=6", "Jämförelse mot personalsystemet", "Två gånger per år", "IT-samordnare",
         "Utgår", "–", "Ersätts av kommungemensam kontroll i KS plan (kontroll 7).", "UTGAR", "nej"),
        ("BUN 9", "Kontroll av att inköp av läromedel görs från upphandlade avtal (avtalstrohet)",
         "3×2=6", "Leverantörsreskontra, analys", "Årligen", "Controller",
         "Genomförd", "Gul", "Avtalstroheten 87 %, målet är 95 %.", "GENOMFORD", "ja"),
    ]),
]
BED_FILL = {"Grön": "C6EFCE", "Gul": "FFEB9C", "Röd": "FFC7CE"}


def make_f2():
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen 2024-12-11 § 142. Planen innehåller nio kontrollmoment som är "
        "numrerade BUN 1–BUN 9. I tabellerna nedan redovisas status för respektive kontroll samt förvaltningens "
        "bedömning av resultatet. Riskbedömningen anges som sannolikhet × konsekvens.")
    hdr = ["Nr", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Bedömning", "Kommentar"]
    for proc, rows in bun:
        d.add_heading("Process: " + proc, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "BDD7EE")
        for nr, km, risk, met, frek, ans, status, bed, kom, stx, ex in rows:
            cells = t.add_row().cells
            for i, v in enumerate([nr, km, risk, met, frek, ans, status, bed, kom]):
                cells[i].text = v
            if bed in BED_FILL:
                shade(cells[7], BED_FILL[bed])
            exp(f2, BUN, km, stx, ex)
        d.add_paragraph()
    d.add_paragraph("Teckenförklaring bedömning: Grön = utan anmärkning. Gul = mindre brister har konstaterats. "
                    "Röd = allvarliga brister har konstaterats. Status anges som Genomförd, Pågår, Ej påbörjad "
                    "eller Utgår.")
    d.add_paragraph("Hultaryd 2026-01-19")
    d.add_paragraph("Karin Lindqvist, förvaltningschef")
    d.save(os.path.join(OUT, f2))
    FILES.append((f2, "INLAST", BUN, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F3  System export CSV (cp1252, ;) with org codes 300 SN / 310 VON, row per control and period
# ---------------------------------------------------------------------------
f3 = "IK_export_uppfoljning_20260114.csv"
# (org, id, km, S, K, [(period, status, avv, kommentar)...], expected status, avv)
exp3 = [
    ("300 SN", "SN-01", "Kontroll att utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader", 3, 4,
     [("Delår 2025", "Pågår", "N", "Första stickprovet klart."),
      ("Helår 2025", "Klar", "J", "12 av 60 utredningar förlängda utan beslut. Jfr SN-03.")], "GENOMFORD", "ja"),
    ("300 SN", "SN-02", "Stickprov av utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet", 3, 3,
     [("Delår 2025", "Klar", "N", "Inga felaktiga utbetalningar."),
      ("Helår 2025", "Klar", "N", "Inga felaktiga utbetalningar; 40 stickprov totalt under året.")],
     "GENOMFORD", "nej"),
    ("300 SN", "SN-03", "Kontroll att förlängning av utredningstid beslutas av behörig delegat", 2, 3,
     [("Delår 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Pågår", "N", "Genomförs tillsammans med SN-01, slutredovisas T1 2026.")], "DELVIS", "nej"),
    ("300 SN", "SN-04", "Kontroll att orosanmälningar skyddsbedöms inom 24 timmar", 2, 4,
     [("Delår 2025", "Klar", "N", "Samtliga 112 anmälningar skyddsbedömda inom 24 timmar.")], "GENOMFORD", "nej"),
    ("300 SN", "SN-05", "Kontroll av loggar för åtkomst till skyddade personuppgifter i verksamhetssystemet", 2, 4,
     [("Helår 2024", "Klar", "N", "Loggkontroll utan anmärkning.")], "SAKNAS", "nej"),
    ("300 SN", "SN-06", "Kontroll att familjehem har aktuella utdrag ur belastningsregistret", 2, 4,
     [("Delår 2025", "Pågår", "", ""),
      ("Helår 2025", "", "", "Ej genomförd, prioriterades bort under hösten.")], "EJ_GENOMFORD", "nej"),
    ("300 SN", "SN-07", "Kontroll av att avgiftsbeslut för placeringar enligt SoL är korrekt beräknade", 2, 2,
     [("Delår 2025", "Ej påbörjad", "N", ""),
      ("Helår 2025", "Utgår", "", "Utgår enligt beslut SN 2025-09-17 § 102, ingår i 310 VON kontroll VON-04.")],
     "UTGAR", "nej"),
    ("310 VON", "VON-01", "Kontroll att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut i hemtjänsten",
     3, 3,
     [("Delår 2025", "Pågår", "N", ""),
      ("Helår 2025", "Klar", "J", "Genomförandeplan saknades i 9 av 50 ärenden.")], "GENOMFORD", "ja"),
    ("310 VON", "VON-02", "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas enligt rutin", 3, 4,
     [("Helår 2025", "Klar", "N", "Rutinen följs; MAS har gått igenom samtliga avvikelser.")], "GENOMFORD", "nej"),
    ("310 VON", "VON-03",
     "Stickprov av att fakturerad hemtjänsttid från externa utförare överensstämmer med registrerad tid", 3, 3,
     [("Delår 2025", "Klar", "N", ""),
      ("Helår 2025", "Klar", "J", "Utförare B fakturerade 38 timmar för mycket i oktober; återkrav gjort.")],
     "GENOMFORD", "ja"),
    ("310 VON", "VON-04", "Kontroll att avgifter för vård och omsorg debiteras enligt gällande taxa", 2, 3,
     [("Delår 2025", "Pågår", "", ""),
      ("Helår 2025", "Pågår", "N", "Klar för särskilt boende, hemtjänsten återstår.")], "DELVIS", "nej"),
    ("310 VON", "VON-05", "Kontroll av att LSS-beslut om personlig assistans omprövas vartannat år", 2, 3,
     [("Delår 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Ej påbörjad", "N", "Ej genomförd p.g.a. hög arbetsbelastning. Flyttas till 2026 (var även med 2024).")],
     "EJ_GENOMFORD", "nej"),
    ("310 VON", "VON-06",
     "Kontroll att basala hygienrutiner följs genom observationsmätningar på särskilda boenden", 3, 3,
     [("Delår 2025", "Klar", "N", "Vårens mätning: följsamhet 88 %."),
      ("Helår 2025", "Klar", "", "Mätningar genomförda vår och höst, följsamhet 91 %.")], "GENOMFORD", "nej"),
]


def make_f3():
    lines = [["Org.enhet", "Kontroll-ID", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
              "Period", "Status", "Avvikelse (J/N)", "Kommentar"]]
    for org, kid, km, s, k, per, stx, ex in exp3:
        for p, status, avv, kom in per:
            lines.append([org, kid, km, s, k, s * k, p, status, avv, kom])
        exp(f3, SN if org.startswith("300") else VON, km, stx, ex)
    with open(os.path.join(OUT, f3), "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((f3, "INLAST", SN, 2025, "HELAR"))
    FILES.append((f3, "INLAST", VON, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F4  KFN - odt (via docx), symbol column Utfall with legend sentence below
# ---------------------------------------------------------------------------
f4 = "KFN uppföljning internkontrollplan 2025.odt"
kfn = [
    ("1", "Kontroll att föreningsbidrag betalas ut enligt beslut och att redovisning inkommit",
     "3 / 3 / 9", "Stickprov 15 föreningar", "Årligen", "Föreningskonsulent", "Helår", "✔", "",
     "GENOMFORD", "nej"),
    ("2", "Kontroll av att kassaredovisning i simhallen stäms av dagligen mot kassasystemet",
     "2 / 3 / 6", "Genomgång av dagskassor", "Två gånger per år", "Badchef", "Delår, helår", "⚠",
     "Differenser vid 4 tillfällen utan förklaring. Kontrollen upprepas 2026, se även nr 5.",
     "GENOMFORD", "ja"),
    ("3", "Kontroll att bokningar av idrottshallar debiteras enligt taxa",
     "2 / 2 / 4", "Stickprov i bokningssystemet", "Årligen", "Bokningsansvarig", "Helår", "◐",
     "Genomgång av vårterminen klar, hösten återstår.", "DELVIS", "nej"),
    ("4", "Kontroll av att registerutdrag finns för ledare i kommunens lovverksamhet för barn",
     "2 / 4 / 8", "Genomgång av personalakter", "Årligen", "Fritidschef", "Helår", "✖",
     "Ej genomförd 2025, genomfördes senast 2023.", "EJ_GENOMFORD", "nej"),
    ("5", "Inventering av konstsamlingen mot kommunens konstregister",
     "2 / 2 / 4", "Fysisk inventering", "Vartannat år", "Konstintendent", "Helår", "—",
     "Utgår enligt beslut KFN 2025-05-20 § 45.", "UTGAR", "nej"),
    ("6", "Kontroll att arvoden till kulturskolans timlärare attesteras innan utbetalning",
     "2 / 3 / 6", "Stickprov 20 utbetalningar", "Årligen", "Kulturskolechef", "Helår", "✔",
     "Se bilaga.", "GENOMFORD", "nej"),
    ("7", "Kontroll att bidrag till studieförbund följer fastställda fördelningsregler",
     "1 / 3 / 3", "Avstämning mot fördelningsbeslut", "Årligen", "Kulturchef", "Helår", "", "",
     "SAKNAS", "nej"),
]


def make_f4():
    d = Document()
    d.styles["Normal"].font.size = Pt(9)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Internkontroll 2025 – uppföljning helår")
    hdr = ["Nr", "Kontrollmoment", "Riskbedömning (S / K / RV)", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Återrapportering", "Utfall", "Kommentar"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for nr, km, risk, met, frek, ans, ater, utf, kom, stx, ex in kfn:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, risk, met, frek, ans, ater, utf, kom]):
            cells[i].text = v
        exp(f4, KFN, km, stx, ex)
    d.add_paragraph()
    d.add_paragraph("Utfall anges med symbol: ✔ betyder att kontrollen är genomförd utan anmärkning, ⚠ att den är "
                    "genomförd men att avvikelse har konstaterats, ◐ att den är delvis genomförd, ✖ att den inte "
                    "är genomförd och — att kontrollen utgår ur planen.")
    d.add_paragraph("Hultaryd 2026-01-22. Fredrik Holm, förvaltningschef kultur och fritid")
    src = os.path.join(TMP, "kfn.docx")
    d.save(src)
    soffice(src, "odt", TMP)
    shutil.move(os.path.join(TMP, "kfn.odt"), os.path.join(OUT, f4))
    FILES.append((f4, "INLAST", KFN, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F5  SBN - xls (via xlsx), sheets Delår 2025 / Helår 2025, Status + Bedömning, two-row control text
# ---------------------------------------------------------------------------
f5 = "SBN IK-uppföljning 2025.xls"
# nr, km (tuple if split over two rows), S, K, metod, frekvens, ansvarig, återrapp,
# delår (status, bedömning, kommentar), helår (status, bedömning, kommentar), exp status, avv
sbn = [
    (1, "Kontroll att detaljplaner handläggs enligt fastställd tidplan i planprogrammet", 2, 3,
     "Genomgång av planlista", "Två gånger per år", "Planchef", "Delår, helår",
     ("Genomförd", "Utan anmärkning", ""), ("Genomförd", "Utan anmärkning", "Samtliga planer i fas."),
     "GENOMFORD", "nej"),
    (2, "Kontroll att exploateringsavtal undertecknas innan detaljplan antas", 2, 4,
     "Genomgång av antagna planer", "Årligen", "Exploateringsingenjör", "Helår",
     ("Ej påbörjad", "", ""),
     ("Genomförd", "Avvikelse", "Ett avtal (Norra Hultaryd etapp 2) undertecknades efter antagandet. Jfr nr 1."),
     "GENOMFORD", "ja"),
    (3, "Kontroll att bostadsanpassningsbidrag beslutas enligt delegationsordningen och att intyg finns", 3, 2,
     "Stickprov 15 ärenden", "Årligen", "Enhetschef bostadsanpassning", "Helår",
     ("Påbörjad", "", ""), ("Påbörjad", "Ej bedömd", "Stickproven klara, analys pågår."),
     "DELVIS", "nej"),
    (4, ("Stickprovskontroll av markupplåtelser på allmän plats", "och att avgift debiteras enligt gällande taxa"),
     2, 2, "Stickprov 10 upplåtelser", "Årligen", "Gatuchef", "Helår",
     ("Ej påbörjad", "", ""), ("Genomförd", "Utan anmärkning", ""), "GENOMFORD", "nej"),
    (5, "Kontroll att försäljning av kommunal mark sker till marknadsvärde med extern värdering", 1, 4,
     "Genomgång av köpeavtal", "Årligen", "Mark- och exploateringschef", "Helår",
     ("Ej påbörjad", "", ""),
     ("Ej genomförd", "Ej bedömd", "Ingen försäljning under året, kontrollen kunde inte utföras. Görs igen 2026."),
     "EJ_GENOMFORD", "nej"),
    (6, "Kontroll av att lokala trafikföreskrifter kungörs i Svensk trafikföreskriftssamling", 2, 2,
     "Avstämning mot beslutslista", "Årligen", "Trafikingenjör", "Delår",
     ("Genomförd", "Utan anmärkning", "Samtliga 23 föreskrifter kungjorda."),
     ("", "", "Genomförd i delår, se delårsrapporten."), "GENOMFORD", "nej"),
    (7, "Kontroll att adressättning och lägenhetsregister uppdateras inom en månad efter slutbesked", 2, 2,
     "Stickprov 20 slutbesked", "Årligen", "GIS-ingenjör", "Helår",
     ("Ej påbörjad", "", ""),
     ("Utgår", "", "Utgår, ansvaret flyttat till BMN enligt nytt reglemente 2025."), "UTGAR", "nej"),
    (8, "Kontroll av att fakturor för konsulttjänster stämmer mot avtalade timpriser", 3, 2,
     "Stickprov 20 fakturor", "Två gånger per år", "Controller", "Delår, helår",
     ("Genomförd", "Utan anmärkning", "10 fakturor kontrollerade."),
     ("Genomförd", "Avvikelse", "2 fakturor med högre timpris än avtalat, se även KS kontroll 1 om attest."),
     "GENOMFORD", "ja"),
]


def make_f5():
    wb = Workbook()
    hdr = ["Nr", "Kontrollmoment", "S", "K", "RV", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Återrapportering", "Status", "Bedömning", "Kommentar"]
    for idx, (title, per) in enumerate([("Delår 2025", "delår (jan–aug)"), ("Helår 2025", "helår")]):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = title
        ws["A1"] = "Samhällsbyggnadsnämnden"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning internkontrollplan 2025 – %s" % per
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h)
            c.font = BOLD
            c.fill = fill("E2EFDA")
        r = 5
        for row in sbn:
            nr, km, s, k, met, frek, ans, ater, de, he, stx, ex = row
            vals = de if idx == 0 else he
            km1 = km[0] if isinstance(km, tuple) else km
            data = [nr, km1, s, k, s * k, met, frek, ans, ater] + [v or None for v in vals]
            for i, v in enumerate(data, 1):
                ws.cell(r, i, v).alignment = WRAP
            if vals[1] == "Avvikelse":
                ws.cell(r, 11).fill = fill("FFC7CE")
            r += 1
            if isinstance(km, tuple):
                ws.cell(r, 2, km[1]).alignment = WRAP
                r += 1
            if idx == 1:
                exp(f5, SBN, km if isinstance(km, str) else km[0] + " " + km[1], stx, ex)
        r += 1
        ws.cell(r, 1, "RV = S × K (sannolikhet × konsekvens, skala 1–4). RV 9 eller högre = hög risk.")
        ws.cell(r + 1, 1, "Status: Genomförd / Påbörjad / Ej genomförd / Utgår. "
                          "Bedömning: Utan anmärkning / Avvikelse / Ej bedömd.")
        for col, w in zip("ABCDEFGHIJKL", [5, 55, 4, 4, 4, 26, 16, 22, 16, 13, 16, 50]):
            ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "sbn.xlsx")
    wb.save(src)
    soffice(src, "xls", TMP)
    shutil.move(os.path.join(TMP, "sbn.xls"), os.path.join(OUT, f5))
    FILES.append((f5, "INLAST", SBN, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F6  BMN - ods (via xlsx), T1/T2/T3 code columns, legend on another sheet
# ---------------------------------------------------------------------------
f6 = "BMN_internkontroll_T3_2025.ods"
bmn = [
    ("K1", "Bygglov", "Kontroll att bygglov beslutas inom lagstadgad handläggningstid om tio veckor", 12,
     "Bygglovschef", "2", "2", "1", "J",
     "7 ärenden över tidsgränsen, avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
    ("K2", "Miljö", "Kontroll av att tillsynsavgifter för miljöfarlig verksamhet debiteras enligt taxa", 6,
     "Miljöchef", "1", "1", "1", "N", "", "GENOMFORD", "nej"),
    ("K3", "Bygglov", "Kontroll att slutbesked inte lämnas utan att kontrollplanen är uppfylld", 9,
     "Bygglovschef", "", "2", "3", "",
     "Kontrollen avbröts under hösten p.g.a. personalbrist, jfr K5.", "EJ_GENOMFORD", "nej"),
    ("K4", "Livsmedel", "Stickprov av att livsmedelskontroller genomförs enligt fastställd kontrollplan", 8,
     "Livsmedelsinspektör", "1", "1", "2", "N", "Höstens kontroller försenade, 80 % utförda.", "DELVIS", "nej"),
    ("K5", "Miljö", "Kontroll att delegationsbeslut om strandskyddsdispens anmäls till nämnden", 4,
     "Nämndsekreterare", "", "", "0", "", "Utgår enligt beslut BMN 2025-06-11 § 74.", "UTGAR", "nej"),
    ("K6", "Tillsyn", "Kontroll av att ovårdade tomter och byggnader följs upp enligt tillsynsplanen", 6,
     "Byggnadsinspektör", "", "", "", "", "", "SAKNAS", "nej"),
    ("K7", "IT", "Kontroll av att behörigheter i ärendehanteringssystemet stäms av två gånger per år", 8,
     "Systemförvaltare", "", "1", "1", "J",
     "En tidigare anställd hade kvar behörighet. Samma iakttagelse 2024 (dåvarande kontroll 6).",
     "GENOMFORD", "ja"),
    ("K8", "Miljö", "Kontroll att miljösanktionsavgifter beslutas i enlighet med delegationsordningen", 6,
     "Miljöchef", "", "1", "?", "", "Osäkert om alla beslut kommit med i urvalet.", "OKLAR", "nej"),
]


def make_f6():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Bygg- och miljönämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertialuppföljning T1, T2 och T3 (T3 = helår). Koder förklaras på fliken Förklaring."
    hdr = ["Kontroll nr", "Område", "Kontrollmoment", "Riskvärde", "Ansvarig", "T1", "T2", "T3",
           "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    r = 5
    for nr, omr, km, rv, ans, t1, t2, t3, avv, kom, stx, ex in bmn:
        def num(v):
            return int(v) if v.isdigit() else (v or None)
        for i, v in enumerate([nr, omr, km, rv, ans, num(t1), num(t2), num(t3), avv or None, kom or None], 1):
            ws.cell(r, i, v).alignment = WRAP
        exp(f6, BMN, km, stx, ex)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [10, 12, 60, 10, 20, 5, 5, 5, 12, 55]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Kod"
    lg["B1"] = "Betydelse"
    for i, (k, b) in enumerate([(1, "Genomförd"), (2, "Delvis genomförd / pågår"), (3, "Ej genomförd"),
                                (0, "Utgår ur planen")], 2):
        lg.cell(i, 1, k)
        lg.cell(i, 2, b)
    lg["A8"] = "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse."
    src = os.path.join(TMP, "bmn.xlsx")
    wb.save(src)
    soffice(src, "ods", TMP)
    shutil.move(os.path.join(TMP, "bmn.ods"), os.path.join(OUT, f6))
    FILES.append((f6, "INLAST", BMN, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F7  TN - docx, one form-like table per control
# ---------------------------------------------------------------------------
f7 = "Tekniska nämnden IKP uppföljning 2025.docx"
tn = [
    ("Kontroll att VA-anslutningsavgifter debiteras enligt gällande VA-taxa vid nyanslutning",
     (2, 3), "Stickprov 10 nyanslutningar", "Årligen", "VA-chef", "Helår", "Ja", "Nej",
     "Samtliga avgifter korrekt debiterade.", "GENOMFORD", "nej"),
    ("Kontroll av att entreprenörers fakturor för vinterväghållning stämmer mot körjournaler",
     (3, 3), "Stickprov 15 fakturor", "Årligen", "Gatuchef", "Helår", "Ja", "Ja",
     "Felaktig debitering i 2 fall, kreditering erhållen. Se även kontroll 4.", "GENOMFORD", "ja"),
    ("Kontroll av att kommunens fordon har giltig besiktning och att körjournaler förs",
     (2, 2), "Genomgång av fordonsregister", "Årligen", "Fordonssamordnare", "Helår", "Nej", "–",
     "Ej utförd. Kontrollen var planerad till kvartal 4 men sköts upp. Genomfördes senast 2023.",
     "EJ_GENOMFORD", "nej"),
    ("Kontroll att avrop från ramavtal för mark- och anläggningsarbeten sker enligt fördelningsnyckel",
     (3, 2), "Genomgång av avrop", "Två gånger per år", "Upphandlare", "Delår och helår", "Delvis", "Nej",
     "Avrop under första halvåret granskat, andra halvåret återstår.", "DELVIS", "nej"),
    ("Kontroll att egenkontroller av dricksvattenkvalitet utförs enligt provtagningsplan",
     (2, 4), "Avstämning mot provtagningsplan", "Kvartalsvis", "Driftchef VA", "Helår", "Ja", "Nej",
     "Samtliga prover tagna enligt plan.", "GENOMFORD", "nej"),
    ("Kontroll att nycklar och passerkort till kommunens fastigheter kvitteras och återlämnas vid avslut",
     (2, 3), "Stickprov mot personalsystemet", "Årligen", "Fastighetschef", "Helår", "", "",
     "Redovisas i bilaga 3.", "OKLAR", "nej"),
    ("Stickprov av att avfallstaxan debiteras korrekt för fritidshus och permanentboende",
     (3, 2), "Stickprov 40 abonnemang", "Årligen", "Avfallschef", "Helår", "Ja", "Ja",
     "Felaktig abonnemangstyp hos 5 av 40 kunder, rättat i kundregistret.", "GENOMFORD", "ja"),
]


def make_f7():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Hultaryds kommun – Tekniska nämnden"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Tekniska nämnden. Varje kontroll redovisas i en egen tabell. Riskvärdet är sannolikhet "
                    "multiplicerat med konsekvens (skala 1–4).")
    for n, (km, (s, k), met, frek, ans, ater, gen, avv, kom, stx, ex) in enumerate(tn, 1):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Kontroll %d" % n, ""),
                ("Kontrollmoment", km),
                ("Risk", "Sannolikhet %d – Konsekvens %d – Riskvärde %d" % (s, k, s * k)),
                ("Kontrollmetod", met), ("Frekvens", frek), ("Ansvarig", ans), ("Återrapportering", ater),
                ("Genomförd (Ja/Nej)", gen), ("Avvikelse (Ja/Nej)", avv), ("Kommentar", kom)]
        for a, b in rows:
            c = t.add_row().cells
            c[0].text = a
            c[1].text = b
        hdr = t.rows[0].cells
        m = hdr[0].merge(hdr[1])
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].runs[0].bold = True
        shade(m, "D9D9D9")
        exp(f7, TN, km, stx, ex)
        d.add_paragraph()
    d.add_paragraph("Justerat av nämndens presidium 2026-01-27.")
    d.save(os.path.join(OUT, f7))
    FILES.append((f7, "INLAST", TN, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# F8  ÖFN - truncated xlsx (to be rejected)
# ---------------------------------------------------------------------------
f8 = "Överförmyndarnämnden uppföljning IK 2025.xlsx"


def make_f8():
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll 2025"
    for i in range(3, 12):
        ws.cell(i, 1, i - 2)
        ws.cell(i, 2, "Kontroll att årsräkningar granskas inom fastställd tid, ärende %d" % i)
        ws.cell(i, 3, "Genomförd")
    src = os.path.join(TMP, "ofn.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    open(os.path.join(OUT, f8), "wb").write(data[: len(data) // 2])
    FILES.append((f8, "AVVISAD", OFN, 2025, ""))


# ---------------------------------------------------------------------------
# F9  GVN - Stratsys-like xlsx export, org code "210 GVN", Status + Bedömning (emoji)
# ---------------------------------------------------------------------------
f9 = "Stratsys_rapport_internkontroll.xlsx"
gvn = [
    ("210-1", "Kontroll att betyg i gymnasieskolan beslutas av behörig lärare och registreras korrekt i elevregistret",
     "Rektor Hultarydsgymnasiet", "Klar", "🟢 Inga avvikelser", "", "GENOMFORD", "nej"),
    ("210-2", "Kontroll att interkommunala ersättningar faktureras andra kommuner enligt gällande prislista",
     "Controller", "Klar", "🔴 Avvikelser",
     "Fakturering för höstterminen saknades för 6 elever, jfr 210-4.", "GENOMFORD", "ja"),
    ("210-3", "Uppföljning av att studieplaner upprättas för elever inom kommunal vuxenutbildning",
     "Rektor vuxenutbildningen", "Pågår", "⚪ Ej bedömd", "Slutförs i mars 2026.", "DELVIS", "nej"),
    ("210-4", "Kontroll av att elevregistret stämmer mot rapporteringen till CSN",
     "Studie- och yrkesvägledare", "Klar", "🟡 Avvikelser, åtgärdade",
     "Tre elever felaktigt rapporterade som heltidsstuderande, rättat i oktober.", "GENOMFORD", "ja"),
    ("210-5", "Kontroll att lärlingsavtal med arbetsplatser är undertecknade före praktikstart",
     "APL-samordnare", "Ej startad", "⚪ Ej bedömd",
     "Flyttas till internkontrollplan 2026 enligt nämndens beslut i oktober.", "EJ_GENOMFORD", "nej"),
    ("210-6", "Kontroll av att delegationsbeslut om mottagande av elever anmäls till nämnden",
     "Nämndsekreterare", "", "", "Osäkert om kontrollen hunnits med, återkommer.", "OKLAR", "nej"),
]


def make_f9():
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Organisation: 210 GVN"
    ws["A3"] = "Period: Helår 2025"
    ws["A4"] = "Utskriven: 2026-01-12 08:41"
    hdr = ["ID", "Kontrollmoment", "Kontrollansvarig", "Status", "Bedömning", "Analys/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
    r = 7
    for kid, km, ans, st, bed, kom, stx, ex in gvn:
        for i, v in enumerate([kid, km, ans, st or None, bed or None, kom or None], 1):
            ws.cell(r, i, v).alignment = WRAP
        exp(f9, GVN, km, stx, ex)
        r += 1
    ws.cell(r + 1, 1, "Antal kontroller: 6")
    for col, w in zip("ABCDEF", [8, 60, 26, 12, 24, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f9))
    FILES.append((f9, "INLAST", GVN, 2025, "HELAR"))


if __name__ == "__main__":
    for fn in (make_f1, make_f2, make_f3, make_f4, make_f5, make_f6, make_f7, make_f8, make_f9):
        fn()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for f, u, n, y, p in FILES:
            fh.write("%s;%s;%s;%s;%s\n" % (f, u, n, y, p))
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("files", len(FILES), "controls", len(EXPECTED))
