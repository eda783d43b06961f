#!/usr/bin/python3
"""Blind round r365 - Edsbro kommun, delår 2025.

Theme: a plain delår 2025 inbox where several follow-ups are chapters or
appendices of larger documents (Word delårsrapport, Excel workbook with several
sheets), mixed with ordinary templates. 7 follow-up files + 1 file to reject.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r365build"
LO_PROFILE = "file:///tmp/lo-round365"
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv

G, D, E, U, S, O = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(d, title, author="Edsbro kommun"):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def fix_xlsx_props(wb, title, author="Edsbro kommun"):
    wb.properties.creator = author
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def add_table(d, header, rows, style="Table Grid", fill="D9E2F3"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# ---------------------------------------------------------------------------
# 1. BUN – Word delårsrapport, internal control is chapter 5 among other tables
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN Delårsrapport januari-augusti 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_props(d, "Delårsrapport januari-augusti 2025", "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Edsbro kommun\tBarn- och utbildningsnämnden\tDnr BUN 2025/214"
    sec.footer.paragraphs[0].text = "Delårsrapport jan–aug 2025"

    d.add_heading("Delårsrapport januari–augusti 2025", 0)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Beslutad av nämnden 2025-09-24 § 88")

    d.add_heading("1. Sammanfattning", 1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden redovisar ett resultat för perioden januari–augusti 2025 "
        "på +3,2 mnkr. Helårsprognosen pekar mot ett underskott på 4,1 mnkr, främst beroende på "
        "ökade kostnader för tilläggsbelopp och skolskjuts. Måluppfyllelsen bedöms som delvis god. "
        "Arbetet med nämndens internkontrollplan redovisas i avsnitt 5.")

    d.add_heading("2. Måluppfyllelse", 1)
    d.add_paragraph("Tabellen visar nämndens indikatorer och bedömd måluppfyllelse per augusti.")
    add_table(d, ["Mål", "Indikator", "Utfall 2024", "Utfall delår 2025", "Målvärde 2025", "Bedömning"], [
        ["Alla elever ska nå kunskapskraven", "Andel elever i åk 9 behöriga till gymnasiet", "84 %", "86 %", "90 %", "Uppfylls delvis"],
        ["Trygg och säker skolmiljö", "Andel elever som känner sig trygga (åk 5 och 8)", "88 %", "91 %", "90 %", "Uppfylls"],
        ["Attraktiv arbetsgivare", "Andel legitimerade lärare", "71 %", "69 %", "75 %", "Uppfylls inte"],
        ["God tillgång till förskola", "Andel placerade inom garantitiden", "97 %", "98 %", "100 %", "Uppfylls delvis"],
    ])

    d.add_heading("3. Ekonomi", 1)
    d.add_paragraph("Driftredovisning per verksamhet (tkr).")
    add_table(d, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"], [
        ["Nämnd och förvaltningsledning", "14 200", "9 050", "14 000", "200"],
        ["Förskola", "118 400", "77 900", "119 600", "-1 200"],
        ["Grundskola och fritidshem", "246 300", "162 100", "249 100", "-2 800"],
        ["Gymnasieskola", "88 900", "58 700", "89 200", "-300"],
        ["Summa", "467 800", "307 750", "471 900", "-4 100"],
    ])

    d.add_heading("4. Personal", 1)
    add_table(d, ["Nyckeltal", "Delår 2024", "Delår 2025"], [
        ["Antal tillsvidareanställda", "842", "836"],
        ["Sjukfrånvaro totalt", "6,9 %", "6,4 %"],
        ["Andel heltidsanställda", "91 %", "92 %"],
    ])

    d.add_heading("5. Intern kontroll", 1)
    d.add_paragraph(
        "Nämnden antog internkontrollplan 2025 den 29 januari 2025 (§ 8). Planen omfattar nio "
        "kontrollmoment. Nedan redovisas uppföljningen per 31 augusti. Kontroller som enligt planen "
        "ska göras under hösten redovisas i årsredovisningen.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ja",
         "Stickprov på 30 fakturor. Samtliga attesterade av behörig attestant. Inga avvikelser.", G, "nej"),
        ("Ekonomi", "Kontroll av att representation och andra förtroendekänsliga poster redovisas med syfte och deltagare", "Ja, med avvikelse",
         "4 av 25 granskade underlag saknade deltagarförteckning. Rektorerna har påmints om rutinen.", G, "ja"),
        ("Elevhälsa och trygghet", "Anmälningar om kränkande behandling rapporteras till huvudmannen inom fem arbetsdagar", "Delvis",
         "Vårterminens anmälningar är granskade, höstterminen följs upp till helår. 12 % av anmälningarna under våren kom in senare än fem arbetsdagar.", D, "ja"),
        ("Skolplikt", "Uppföljning av elever med hög frånvaro enligt rutin för frånvarohantering", "Ja",
         "Samtliga grundskolor tillämpar rutinen. Inga avvikelser noterade.", G, "nej"),
        ("Personal", "Utdrag ur belastningsregistret kontrolleras före anställning", "Nej",
         "Kontrollen har inte genomförts på grund av vakans inom HR. Flyttas till hösten.", E, ""),
        ("Förskola", "Placering i förskola erbjuds inom fyra månader enligt riktlinjer för köhantering", "Ja",
         "Två placeringar erbjöds senare än garantitiden på grund av platsbrist i Edsbro centrum.", G, "ja"),
        ("Informationssäkerhet", "Behörigheter i lärplattformen tas bort vid avslutad anställning", "",
         "Planeras till oktober 2025 tillsammans med IT-enheten.", E, ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Utgår",
         "Utgår enligt nämndens beslut 2025-04-23 § 41. Skolskjutshandläggningen har flyttats till samhällsbyggnadsförvaltningen.", U, ""),
        ("Inköp", "Avtalstrohet vid inköp av läromedel", "Se bilaga 2", "", O, ""),
    ]
    t = add_table(d, ["Process", "Kontrollmoment", "Genomförd", "Iakttagelser och kommentarer"],
                  [r[:4] for r in rows], fill="C6E0B4")
    for r in rows:
        exp(fil, namnd, r[1], r[4], r[5])
    d.add_paragraph("")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen i huvudsak fungerar. "
        "Åtgärder för de avvikelser som noterats redovisas i årsredovisningen.")

    d.add_heading("6. Investeringar", 1)
    add_table(d, ["Projekt", "Budget 2025 (tkr)", "Utfall jan–aug (tkr)", "Status"], [
        ["Inventarier ny förskola Norrbacka", "3 500", "2 950", "Pågår"],
        ["Digitala lärverktyg (1:1)", "2 000", "1 210", "Pågår"],
        ["Utemiljö Edsbroskolan", "1 200", "1 180", "Avslutat"],
    ])
    d.add_heading("7. Framtid", 1)
    d.add_paragraph("Elevantalet i grundskolan väntas minska med cirka 3 % till 2027, medan "
                    "gymnasieskolan växer. Nämnden ser över lokalbehovet under hösten.")
    d.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 2. SBN – Excel delårsbokslut workbook, only sheet "4 Intern kontroll" counts
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "SBN delårsbokslut 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Delårsbokslut 2025", "Samhällsbyggnadsförvaltningen")
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.active
    ws.title = "Info"
    ws["A1"] = "Delårsbokslut per 31 augusti 2025 – Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    for i, line in enumerate([
        "Instruktion från ekonomiavdelningen:",
        "Flik 1 Drift – fyll i prognos per verksamhet.",
        "Flik 2 Investeringar – ange utfall och status per projekt.",
        "Flik 3 Prognos – kommentera avvikelser större än 500 tkr.",
        "Flik 4 Intern kontroll – ange status för varje kontrollmoment med kod enligt förklaring på fliken.",
        "Arbetsboken skickas till ekonomi@edsbro.se senast 2025-09-10.",
    ], start=3):
        ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("1 Drift")
    ws.append(["Driftredovisning (tkr)", None, None, None, None])
    ws.append([])
    ws.append(["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"])
    for r in [["Nämnd och administration", 6200, 3900, 6100, 100],
              ["Gata och park", 41800, 29500, 43100, -1300],
              ["Fastighet", 12500, 7100, 12300, 200],
              ["Kollektivtrafik", 22300, 14900, 22300, 0],
              ["Plan och exploatering", 5400, 2200, 4800, 600],
              ["Summa", 88200, 57600, 88600, -400]]:
        ws.append(r)
    for c in ws[3]:
        c.font = bold
    ws.column_dimensions["A"].width = 32

    ws = wb.create_sheet("2 Investeringar")
    ws.append(["Investeringsprojekt", "Budget 2025 (tkr)", "Utfall jan–aug", "Prognos", "Status", "Kommentar"])
    for r in [["Ombyggnad Storgatan etapp 2", 18000, 11200, 18500, "Pågår", "Etapp 2 klar i november"],
              ["GC-väg Edsbro–Hallsta", 7500, 300, 2000, "Försenad", "Överklagad upphandling"],
              ["Lekplats Parkvägen", 1200, 1150, 1150, "Avslutat", ""],
              ["Energieffektivisering kommunhuset", 4000, 0, 0, "Ej påbörjat", "Skjuts till 2026"]]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["F"].width = 30

    ws = wb.create_sheet("3 Prognos")
    ws["A1"] = "Kommentarer till prognos"
    ws["A1"].font = bold
    ws["A3"] = ("Gata och park prognostiserar ett underskott på 1,3 mnkr till följd av höga kostnader för "
                "vinterväghållning under januari–mars samt akuta beläggningsarbeten.")
    ws["A4"] = "Plan och exploatering visar överskott på grund av vakanta tjänster."
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("4 Intern kontroll")
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – delårsbokslut 31 augusti"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statuskod: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt",
           "Status T1", "Status delår", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = box
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    blocks = [
        ("Ekonomiprocesser", [
            ("Leverantörsfakturor", "Leverantörsfakturor attesteras av behörig attestant enligt attestlista",
             "Stickprov 40 fakturor", "Controller", "Mars, aug", "G", "G", "Nej", "Inga avvikelser.", G, "nej"),
            ("Debitering", "Gatukostnadsersättning och VA-anslutningsavgifter debiteras enligt gällande taxa",
             "Stickprov 15 debiteringar", "Ekonom", "Löpande", "D", "G", "Ja",
             "Två felaktiga debiteringar har rättats och kreditfakturor skickats.", G, "ja"),
            ("Inköp", "Ramavtal används vid beställning av entreprenadtjänster",
             "Granskning av 20 beställningar", "Inköpssamordnare", "Aug, dec", "", "D", "",
             "Halva urvalet granskat, resterande granskas i november.", D, ""),
        ]),
        ("Myndighetsutövning", [
            ("Parkeringstillstånd", "Ansökningar om parkeringstillstånd för rörelsehindrade handläggs inom fyra veckor",
             "Uttag ur ärendesystemet", "Handläggare trafik", "T1, T2", "D", "", "", "", D, ""),
            ("Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Jämförelse diarium–protokoll", "Nämndsekreterare", "Varje tertial", "G", "G", "Nej", "", G, "nej"),
        ]),
        ("Fastighet och gata", [
            ("Besiktningar", "Lagstadgade besiktningar (hiss, OVK, lekplatser) utförs enligt besiktningsplan",
             "Genomgång av besiktningsprotokoll", "Fastighetschef", "T1, T2", "D", "D", "Ja",
             "OVK på Edsbroskolan är försenad. Lekplatsbesiktningen är klar.", D, "ja"),
            ("Felanmälan", "Felanmälningar i fastighetssystemet åtgärdas inom avtalad tid",
             "Statistik ur fastighetssystemet", "Driftchef", "Delår", "", "E", "",
             "Systembyte i maj – statistik för perioden saknas.", E, ""),
            ("Vinterväghållning", "Kontroll av entreprenörens utryckningstider vid snöröjning",
             "Loggar från entreprenör", "Gatuchef", "Jan–mars", "U", "U", "",
             "Ej aktuellt 2025 – nytt avtal med ny entreprenör från 1 november.", U, ""),
            ("Mark", "Kommunens markinnehav stäms av mot fastighetsregistret",
             "Avstämning", "Mark- och exploateringsingenjör", "Delår", "", "", "", "", S, ""),
            ("Investeringar", "Investeringsprojekt över 5 mnkr har en beslutad projektplan",
             "Genomgång av projektportfölj", "Projektchef", "Delår", "", "D", "Ja",
             "Tre av fem projekt har beslutad projektplan.", D, "ja"),
        ]),
    ]
    row = 5
    for group, items in blocks:
        ws.cell(row=row, column=1, value=group).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        row += 1
        for it in items:
            for i, v in enumerate(it[:9], 1):
                c = ws.cell(row=row, column=i, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
                if i in (6, 7) and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, it[1], it[9], it[10])
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Sammanställning delår").font = bold
    for label, n in [("Genomförd", 3), ("Delvis genomförd", 3), ("Ej genomförd", 1), ("Utgår", 1)]:
        row += 1
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=n)
    row += 2
    ws.cell(row=row, column=1, value="Uppföljningen är redovisad för nämnden 2025-09-17 § 102.")
    for col, w in zip("ABCDEFGHI", [20, 48, 26, 20, 12, 10, 10, 12, 46]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Delårsbokslut 2025"
    wb.active = 4
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export – two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
              "Period", "Status", "Avvikelse", "Kommentar"]
    T1, DL = "Tertial 1 2025", "Delår augusti 2025"
    von, sn = "Vård- och omsorgsnämnden", "Socialnämnden"
    plan = "Internkontrollplan 2025"
    controls = [
        # org, process, km, ansvarig, frekvens, [(period, status, avv, kommentar)], expected
        (von, "Myndighetsutövning", "Genomförandeplaner upprättas inom 14 dagar efter beslut om insats",
         "Enhetschef hemtjänst", "Varje tertial",
         [(T1, "Pågående", "", "Urval taget, granskning pågår."),
          (DL, "Genomförd med avvikelse", "Ja", "8 av 40 genomförandeplaner upprättades senare än 14 dagar.")], G, "ja"),
        (von, "Hälso- och sjukvård", "Avvikelser i läkemedelshanteringen rapporteras enligt rutin",
         "MAS", "Två gånger per år",
         [(T1, "", "", ""), (DL, "Genomförd", "Nej", "Rutinen följs. Inga avvikelser i granskningen.")], G, "nej"),
        (von, "Avgifter", "Fakturerade hemtjänstavgifter stäms av mot registrerad utförd tid",
         "Avgiftshandläggare", "Varje tertial",
         [(T1, "Genomförd", "Nej", "Januari–april avstämd."),
          (DL, "Pågående", "", "Avstämning för maj–augusti pågår.")], D, ""),
        (von, "Hemtjänst", "Nyckelhantering i hemtjänsten följer rutin för kvittens",
         "Enhetschef hemtjänst", "Två gånger per år",
         [(T1, "Ej påbörjad", "", "Genomförs efter sommaren.")], E, ""),
        (von, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet",
         "Systemförvaltare", "Varje tertial",
         [(T1, "Ej aktuell", "", ""),
          (DL, "Ej aktuell", "", "Utgår – ersätts av central loggkontroll enligt KS beslut 2025-02-11.")], U, ""),
        (von, "Bemanning", "Bemanning nattetid på särskilda boenden motsvarar beslutad nivå",
         "Verksamhetschef SÄBO", "Delår",
         [(DL, "", "", "")], S, ""),
        (sn, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd överensstämmer med beslut (stickprov)",
         "Enhetschef försörjningsstöd", "Varje tertial",
         [(T1, "Genomförd", "Nej", "Inga avvikelser."),
          (DL, "Genomförd", "Ja", "En felaktig utbetalning upptäcktes och har återkrävts.")], G, "ja"),
        (sn, "Barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och unga", "Varje tertial",
         [(T1, "Pågående", "", ""),
          (DL, "Pågående", "Ja", "91 % av anmälningarna förhandsbedömda inom 14 dagar. Granskning fortsätter.")], D, "ja"),
        (sn, "Placeringar", "Placeringar på HVB görs inom ramavtal",
         "Enhetschef barn och unga", "Delår",
         [(DL, "Ej påbörjad", "", "Skjuts till tertial 3 på grund av personalbrist.")], E, ""),
        (sn, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Varje tertial",
         [(T1, "Genomförd", "Nej", ""), (DL, "Genomförd", "Nej", "")], G, "nej"),
        (sn, "Informationshantering", "Samtycke dokumenteras vid informationsutbyte med andra myndigheter",
         "Enhetschef vuxen", "Delår",
         [(DL, "", "", "Genomfört i juni. Inga brister funna i granskade akter.")], G, "nej"),
    ]
    rows = []
    for org, proc, km, ans, frek, periods, st, avv in controls:
        for per, status, a, kom in periods:
            rows.append([org, plan, proc, km, ans, frek, per, status, a, kom])
        exp(fil, org, km, st, avv)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    FILES.append([fil, "INLAST", von, "2025", "DELAR"])
    FILES.append([fil, "INLAST", sn, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 4. KS – ODT appendix "Bilaga 4" to the delårsrapport, symbol legend
# ---------------------------------------------------------------------------
def make_ks():
    fil = "Bilaga 4 Uppföljning internkontrollplan KS delår 2025.odt"
    namnd = "Kommunstyrelsen"
    d = docx.Document()
    fix_docx_props(d, "Bilaga 4", "Kommunledningsförvaltningen")
    d.sections[0].header.paragraphs[0].text = "EDSBRO KOMMUN\tKommunledningsförvaltningen\t2025-09-15"
    p = d.add_paragraph("Bilaga 4 till Kommunstyrelsens delårsrapport januari–augusti 2025")
    p.runs[0].italic = True
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025", 1)
    d.add_paragraph(
        "Kommunstyrelsen fastställde internkontrollplan 2025 den 4 februari 2025 (KS § 17). Planen "
        "innehåller åtta kontrollmoment. Uppföljningen per 31 augusti har sammanställts av "
        "kommunledningsförvaltningens controllers. Bedömningen anges med symbol enligt förklaringen "
        "under tabellen.")
    rows = [
        ("1", "Lön", "Nyanställda registreras i lönesystemet med lön enligt anställningsavtal",
         "Stickprov 20 nyanställningar", "Stickprovet visade inga fel.", "●", G, "nej"),
        ("2", "Lön", "Avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Uttag ur HR-systemet jan–juni", "Två utbetalningar gjordes efter anställningens slut. Återkrav har skickats.", "◐", G, "ja"),
        ("3", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av 10 direktupphandlingar", "Genomförs under hösten.", "○", E, ""),
        ("4", "IT", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Avstämning behörighetslista", "Avstämning gjord i juni. Inga avvikelser.", "●", G, "nej"),
        ("5", "Ekonomi", "Moms på representation redovisas korrekt",
         "Stickprov 15 verifikationer", "Felaktigt avdragen moms i 3 av 15 fall, rättat i bokföringen.", "◐", G, "ja"),
        ("6", "Dokumenthantering", "Inkommande allmänna handlingar diarieförs utan dröjsmål",
         "Stickprov i e-post och post", "Utgår enligt KS beslut 2025-03-11 § 52, ingår i digitaliseringsprojektet.", "–", U, ""),
        ("7", "Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Genomgång av plan och övningsrapport", "", "", S, ""),
        ("8", "Ekonomi", "Kundreskontran stäms av och påminnelserutinen följs",
         "Avstämning per månad", "Avstämning klar för januari–maj.", "Pågår", D, ""),
    ]
    add_table(d, ["Nr", "Kontrollområde", "Kontrollmoment", "Metod och omfattning", "Resultat delår", "Bedömning"],
              [r[:6] for r in rows], fill="FCE4D6")
    for r in rows:
        exp(fil, namnd, r[2], r[6], r[7])
    d.add_paragraph("")
    d.add_paragraph("Förklaring bedömning:")
    for s in ["●  Genomförd utan anmärkning", "◐  Genomförd med anmärkning", "○  Ej genomförd", "–  Utgår"]:
        d.add_paragraph(s)
    d.add_paragraph("")
    d.add_paragraph("Kontrollmoment 7 följs upp i samband med höstens krisledningsövning.")
    src = os.path.join(TMP, "ks_bilaga4.docx")
    d.save(src)
    soffice(src, "odt", TMP)
    shutil.copyfile(os.path.join(TMP, "ks_bilaga4.odt"), os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 5. KFN – .xls workbook with several sheets, tick columns on sheet "IKP 2025"
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN delår 2025 arbetsbok.xls"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "KFN delår 2025", "Kultur- och fritidsförvaltningen")
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Verksamhetsberättelse"
    ws["A1"] = "Kultur- och fritidsnämnden – verksamhetsberättelse januari–augusti 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = ("Sommarens aktiviteter för barn och unga lockade över 2 300 deltagare. Biblioteket i "
                "Edsbro har haft utökade öppettider sedan mars.")
    ws["A4"] = "Simhallen var stängd för renovering vecka 24–30."
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Besöksstatistik")
    ws.append(["Anläggning", "Jan–aug 2024", "Jan–aug 2025", "Förändring"])
    for r in [["Edsbro bibliotek", 48210, 51032, "6 %"], ["Simhallen", 61400, 49870, "-19 %"],
              ["Fritidsgården Tornet", 6120, 6540, "7 %"], ["Konsthallen", 3300, 3950, "20 %"]]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold
    ws.column_dimensions["A"].width = 26

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 2025-08-31 (delår). Markera med X."
    hdr = ["Rutin", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = bold
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna och efter inlämnad redovisning",
         "Föreningskonsulent", "X", "", "", "X",
         "Två föreningar fick bidrag utan komplett verksamhetsredovisning.", G, "ja"),
        ("Kassahantering", "Dagsavstämning av kassor i simhallen och på biblioteket",
         "Enhetschefer", "X", "", "", "", "Inga differenser.", G, "nej"),
        ("Lokaluthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Bokningsansvarig", "", "X", "", "X",
         "Ny taxa är inte inlagd i bokningssystemet för alla objekt.", D, "ja"),
        ("Bibliotek", "Låntagarregistret gallras enligt informationshanteringsplanen",
         "Bibliotekschef", "", "", "X", "", "Skjuts till hösten.", E, ""),
        ("Evenemang", "Avtal med artister och arrangörer undertecknas av behörig person",
         "Kulturchef", "X", "", "X", "", "", O, ""),
        ("Anläggningar", "Säkerhetsbesiktning av badplatser och motionsspår",
         "Anläggningschef", "", "", "", "", "Klar i juni, inga anmärkningar.", G, "nej"),
        ("Inventarier", "Inventering av stöldbegärlig utrustning (IT, ljud och ljus)",
         "Teknisk samordnare", "", "", "", "", "Se bilaga", O, ""),
        ("Fritidsgårdar", "Närvaro och öppettider på fritidsgårdarna rapporteras månadsvis",
         "Fritidsgårdschef", "", "", "", "", "", S, ""),
    ]
    for j, r in enumerate(rows, 5):
        for i, v in enumerate(r[:8], 1):
            c = ws.cell(row=j, column=i, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= i <= 7 else None)
        exp(fil, namnd, r[1], r[8], r[9])
    n = 5 + len(rows) + 1
    ws.cell(row=n, column=1, value="Godkänt av förvaltningschef: Maria Lindqvist, 2025-09-05")
    for col, w in zip("ABCDEFGH", [18, 52, 20, 11, 9, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "KFN"

    ws = wb.create_sheet("Ekonomi")
    ws.append(["Verksamhet", "Budget 2025 (tkr)", "Utfall jan–aug", "Prognos", "Avvikelse"])
    for r in [["Kulturverksamhet", 21400, 13900, 21500, -100], ["Fritidsverksamhet", 34800, 24200, 35600, -800],
              ["Bibliotek", 15200, 9800, 15000, 200]]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold
    src = os.path.join(TMP, "kfn.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", TMP)
    shutil.copyfile(os.path.join(TMP, "kfn.xls"), os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 6. Edsbro Bostäder AB – plan + follow-up columns, status only as fill colour,
#    company only in print header and file name (EBAB)
# ---------------------------------------------------------------------------
def make_ebab():
    fil = "EBAB internkontroll 2025 uppf aug.xlsx"
    namnd = "Edsbro Bostäder AB"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Internkontroll 2025", "Ekonomiavdelningen")
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Edsbro Bostäder AB"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "Styrelsemöte 2025-09-26, ärende 7"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    ws["I1"] = "Färgförklaring:"
    ws["I1"].font = Font(bold=True)
    for k, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")], start=2):
        ws.cell(row=k, column=9).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=k, column=10, value=txt)
    ws["A7"] = "Riskbedömning (plan)"
    ws["I7"] = "Uppföljning"
    ws.merge_cells("A7:H7")
    ws.merge_cells("I7:K7")
    for c in ("A7", "I7"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    hdr = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Ansvarig", "April", "Augusti", "December"]
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = box
    rows = [
        (1, "Hyresavisering", "Felaktig hyra debiteras efter årets hyresförhandling", 2, 3,
         "Hyreshöjningen 2025 har aviserats korrekt till samtliga hyresgäster", "Ekonomichef",
         (GREEN, "Kontrollerat."), (GREEN, "Inga fel."), G, "nej"),
        (2, "Hyresfordringar", "Kundförluster ökar när krav inte drivs", 3, 3,
         "Hyresfordringar äldre än 60 dagar lämnas till inkasso enligt rutin", "Kundreskontra",
         None, (YELLOW, "Rutinen följs i huvudsak, sex ärenden hanterades för sent."), D, "ja"),
        (3, "Upphandling", "Inköp görs utanför avtal", 3, 2,
         "Ramavtal för underhållsentreprenader används vid beställning", "Förvaltningschef",
         None, (RED, "Ej kontrollerat på grund av resursbrist."), E, ""),
        (4, "Avflyttning", "Skador debiteras inte avflyttande hyresgäst", 2, 2,
         "Besiktning vid avflyttning genomförs och skador debiteras", "Uthyrningschef",
         (GREEN, ""), (GREEN, "Genomförd. Debitering uteblev i två fall."), G, "ja"),
        (5, "Brandskydd", "Bristande brandskydd i trapphus", 2, 4,
         "Egenkontroller i trapphus enligt systematiskt brandskyddsarbete (SBA)", "Fastighetschef",
         None, (GREY, "Utgår 2025 – hanteras av extern konsult."), U, ""),
        (6, "Bostadskö", "Lägenheter förmedlas utanför kön", 1, 4,
         "Lägenheter förmedlas i turordning enligt uthyrningspolicyn", "Uthyrningschef",
         (YELLOW, "Pågår."), None, D, ""),
        (7, "Attest", "Obehöriga utbetalningar", 1, 4,
         "Attest av leverantörsfakturor enligt attestinstruktion", "VD",
         None, (GREEN, ""), G, ""),
        (8, "Avtal", "Avtal tecknas av obehörig", 1, 3,
         "Hyreskontrakt undertecknas av behörig firmatecknare", "VD",
         None, (None, "Genomförd i juni, inga avvikelser."), G, "nej"),
    ]
    for j, r in enumerate(rows, 9):
        vals = [r[0], r[1], r[2], r[3], r[4], r[3] * r[4], r[5], r[6]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=j, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
        for i, fu in ((9, r[7]), (10, r[8]), (11, None)):
            c = ws.cell(row=j, column=i)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if fu:
                col, txt = fu
                if txt:
                    c.value = txt
                if col:
                    c.fill = PatternFill("solid", fgColor=col)
        exp(fil, namnd, r[5], r[9], r[10])
    for col, w in zip("ABCDEFGHIJK", [5, 16, 30, 11, 11, 9, 46, 16, 22, 36, 14]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 7. MBN – kommun's standard Word template: metadata table + one table per process
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "Uppföljning IKP 2025 delår - Miljö- och byggnämnden.docx"
    namnd = "Miljö- och byggnämnden"
    d = docx.Document()
    fix_docx_props(d, "Uppföljning internkontrollplan", "Miljö- och byggförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Edsbro kommun"
    d.add_heading("Uppföljning av internkontrollplan", 1)
    meta = d.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Nämnd", "Miljö- och byggnämnden"), ("Period", "Delår 1 januari – 31 augusti 2025"),
                 ("Upprättad av", "Anna Berg, verksamhetscontroller"), ("Datum", "2025-09-09")]:
        c = meta.add_row().cells
        c[0].text = k
        c[1].text = v
        shade(c[0], "F2F2F2")
    d.add_paragraph("")
    d.add_paragraph("Status anges som Genomförd, Genomförd – avvikelse, Delvis genomförd, "
                    "Ej påbörjad, Ej genomförd eller Avbruten.")
    blocks = [
        ("Bygglov", [
            ("Bygglovsavgifter debiteras enligt gällande plan- och bygglovstaxa", "Genomförd",
             "Stickprov 25 ärenden, inga avvikelser.", G, "nej"),
            ("Beslut om bygglov fattas inom tio veckor från komplett ansökan", "Genomförd – avvikelse",
             "Tre ärenden överskred tidsfristen. Avgiften har reducerats enligt PBL.", G, "ja"),
        ]),
        ("Miljötillsyn", [
            ("Tillsynsplanens planerade inspektioner genomförs", "Delvis genomförd",
             "58 % av årets planerade inspektioner är utförda per augusti.", D, ""),
            ("Timavgifter för tillsyn faktureras inom en månad", "Ej genomförd", "", E, ""),
        ]),
        ("Livsmedelskontroll", [
            ("Kontrollrapporter skickas till livsmedelsföretagaren inom två veckor", "Genomförd",
             "Inga avvikelser.", G, "nej"),
            ("Nya livsmedelsanläggningar registreras i tillsynssystemet", "Avbruten",
             "Avbruten genom nämndbeslut 2025-05-20 § 63, ersätts av central kontroll.", U, ""),
        ]),
        ("Ärendehantering", [
            ("Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "Ej påbörjad",
             "Ska genomföras under tertial 3.", E, ""),
        ]),
    ]
    for proc, items in blocks:
        d.add_heading("Process: " + proc, 2)
        add_table(d, ["Kontrollmoment", "Status", "Kommentar/åtgärd"], [i[:3] for i in items], fill="DEEAF6")
        for i in items:
            exp(fil, namnd, i[0], i[3], i[4])
        d.add_paragraph("")
    d.add_paragraph("Uppföljningen anmäls till Miljö- och byggnämnden 2025-09-25.")
    d.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "DELAR"])


# ---------------------------------------------------------------------------
# 8. Reject: KS economic delårsrapport workbook – no internal-control sheet
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Delårsrapport 2025 ekonomisk sammanställning.xlsx"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Delårsrapport 2025 – ekonomi", "Ekonomiavdelningen")
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Resultaträkning"
    ws.append(["Edsbro kommun – resultaträkning januari–augusti 2025 (mnkr)"])
    ws.append([])
    ws.append(["Post", "Utfall jan–aug 2024", "Utfall jan–aug 2025", "Budget 2025", "Prognos 2025"])
    for r in [["Verksamhetens intäkter", 212.4, 224.9, 318.0, 330.5],
              ["Verksamhetens kostnader", -1105.2, -1161.7, -1720.4, -1741.0],
              ["Avskrivningar", -38.1, -40.6, -61.0, -61.5],
              ["Skatteintäkter", 842.0, 879.3, 1310.2, 1318.8],
              ["Generella statsbidrag", 118.6, 121.4, 182.0, 182.1],
              ["Finansnetto", -3.2, -4.1, -8.0, -6.9],
              ["Periodens resultat", 26.5, 19.2, 20.8, 22.0]]:
        ws.append(r)
    for c in ws[3]:
        c.font = bold
    ws.column_dimensions["A"].width = 30

    ws = wb.create_sheet("Driftredovisning nämnder")
    ws.append(["Nämnd", "Budget 2025 (mnkr)", "Utfall jan–aug", "Prognos helår", "Avvikelse", "Kommentar"])
    for r in [["Kommunstyrelsen", 142.0, 90.1, 140.5, 1.5, "Vakanser"],
              ["Barn- och utbildningsnämnden", 467.8, 307.8, 471.9, -4.1, "Tilläggsbelopp, skolskjuts"],
              ["Socialnämnden", 188.3, 131.0, 194.9, -6.6, "Externa placeringar"],
              ["Vård- och omsorgsnämnden", 512.6, 339.4, 515.0, -2.4, "Hemtjänsttimmar"],
              ["Samhällsbyggnadsnämnden", 88.2, 57.6, 88.6, -0.4, "Vinterväghållning"],
              ["Kultur- och fritidsnämnden", 71.4, 47.9, 72.1, -0.7, "Simhallen"],
              ["Miljö- och byggnämnden", 18.9, 11.6, 18.4, 0.5, "Högre bygglovsintäkter"],
              ["Överförmyndarnämnden", 4.1, 2.8, 4.3, -0.2, ""],
              ["Summa nämnder", 1493.3, 988.2, 1505.7, -12.4, ""]]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["F"].width = 30

    ws = wb.create_sheet("Investeringar")
    ws.append(["Projekt", "Nämnd", "Budget 2025", "Utfall jan–aug", "Status"])
    for r in [["Ny förskola Norrbacka", "BUN", 38.0, 24.5, "Pågår"],
              ["Ombyggnad Storgatan etapp 2", "SBN", 18.0, 11.2, "Pågår"],
              ["Lekplats Parkvägen", "SBN", 1.2, 1.15, "Avslutat"],
              ["Nytt verksamhetssystem omsorg", "VON", 3.5, 0.0, "Ej påbörjat"]]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold
    ws.column_dimensions["A"].width = 34
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Edsbro Bostäder AB", "EBAB|Edsbrohem"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    make_bun()
    make_sbn()
    make_stratsys()
    make_ks()
    make_kfn()
    make_ebab()
    make_mbn()
    make_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
