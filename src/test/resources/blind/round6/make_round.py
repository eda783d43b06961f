#!/usr/bin/python3
"""Build blind round 6: Granhöjden kommun, follow-ups of internkontrollplaner 2025.

Run:  /usr/bin/python3 make_round.py      (needs openpyxl, python-docx, Pillow, soffice)
Writes the follow-up files plus namnder.csv, files.csv, expected.csv into this folder.
"""
import csv
import io
import os
import random
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="round6_")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, dev):
    text = " ".join(text.split()).replace(";", ",")
    EXPECTED.append((fil, namnd, text, status, dev))


def soffice_convert(src, fmt, final_name):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(src)[0] + "." + fmt.split(":")[0]
    shutil.move(produced, os.path.join(OUT, final_name))


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Socialnämnden – long Excel template, merged process column, group rows,
#    word statuses, Kommentar/åtgärd column, signatures.
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Uppföljning IKP 2025 Socialnämnden helår.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    wb.properties.creator = "Granhöjden kommun"
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Granhöjden kommun"
    ws["A1"].font = Font(size=9, italic=True)
    ws["A2"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Uppföljningsperiod: Helår (januari–december 2025). Plan beslutad i SN 2025-02-19 § 14."
    ws.merge_cells("A3:I3")
    ws["A4"] = ("Ansvarig för sammanställning: kvalitetsstrateg, Socialförvaltningen. "
                "Rapporteras till nämnden 2026-02-18.")
    ws.merge_cells("A4:I4")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod / frekvens", "Ansvarig",
           "Resultat helår", "Status", "Kommentar/åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A7"

    # (group, process, [(nr, risk, ctrl, metod, ansv, resultat, status, kommentar, EXP, DEV)])
    data = [
        ("Område: Ekonomi", [
            ("Ekonomiskt bistånd", [
                ("1.1", "Felaktiga utbetalningar av ekonomiskt bistånd",
                 "Stickprov av utbetalningar avseende korrekt underlag och beslut",
                 "20 ärenden per kvartal", "Enhetschef försörjningsstöd",
                 "80 ärenden granskade. I 3 ärenden saknades komplett underlag (hyreskontrakt).",
                 "Utförd enl. plan", "Påminnelse om rutin för underlag given på APT i november.",
                 "GENOMFORD", "ja"),
                ("1.2", "Dubbelutbetalning när annan ersättning beviljats",
                 "Avstämning mot Försäkringskassan och a-kassa via SSBTEK före utbetalning",
                 "Månadsvis", "Ekonomiassistent",
                 "Avstämning gjord varje månad. Inga dubbelutbetalningar har upptäckts.",
                 "Utförd enl. plan", "", "GENOMFORD", "nej"),
                ("1.3", "Återkrav bevakas inte och preskriberas",
                 "Uppföljning av att beslutade återkrav registreras och bevakas",
                 "Helårsgenomgång", "Enhetschef försörjningsstöd",
                 "Genomgång påbörjad i oktober. 12 av 31 återkrav genomgångna, hittills inga brister.",
                 "Pågående", "Slutförs februari 2026.", "DELVIS", "nej"),
            ]),
            ("Inköp och avtal", [
                ("1.4", "Inköp utan avtal (bristande avtalstrohet)",
                 "Kontroll av avtalstrohet vid inköp över 100 tkr",
                 "Stickprov 10 fakturor, september", "Controller",
                 "Stickprov genomfört i september. 4 av 10 fakturor avsåg leverantör utan avtal "
                 "(konsultstöd HVB-placeringar).",
                 "Ej tillfredsställande",
                 "Direktupphandlingsrutinen ses över. Utbildning för chefer Q1 2026.",
                 "GENOMFORD", "ja"),
                ("1.5", "Attest i strid med attestordningen",
                 "Kontroll att attest sker enligt attestordning (jäv, beloppsgränser)",
                 "Stickprov 25 verifikationer", "Controller",
                 "Se bilaga 2.", "Se bilaga", "", "OKLAR", "nej"),
            ]),
        ]),
        ("Område: Myndighetsutövning", [
            ("Barn och unga", [
                ("2.1", "Barn far illa när anmälan inte bedöms i tid",
                 "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
                 "Samtliga anmälningar, kvartalsvis", "Enhetschef mottagning",
                 "412 anmälningar kontrollerade. 96 % bedömda inom 14 dagar, 17 överskred tiden.",
                 "Utförd", "Bemanningen i mottagningsgruppen förstärkt från oktober.",
                 "GENOMFORD", "ja"),
                ("2.2", "Utredningstid överskrids",
                 "Kontroll att utredningar avslutas inom fyra månader (11 kap. 2 § SoL)",
                 "Lista ur verksamhetssystemet, T2 och helår", "Enhetschef utredning",
                 "Vid T2 konstaterades 9 utredningar över tidsgränsen utan förlängningsbeslut. "
                 "Beslut har fattats i efterhand och bevakning i Lifecare har införts. "
                 "Vid helårskontrollen inga nya fall.",
                 "Åtgärdad", "", "GENOMFORD", "ja"),
                ("2.3", "Placerade barn saknar aktuell vårdplan",
                 "Uppföljning av att vårdplan upprättas för placerade barn",
                 "Genomgång av samtliga placeringar", "Gruppledare familjehem",
                 "Kontrollen har inte gjorts på grund av vakanser bland gruppledarna.",
                 "Ej påbörjad", "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
            ]),
            ("Vuxen och beroende", [
                ("2.4", "Beviljade insatser verkställs inte",
                 "Kontroll av att beslut om insats verkställs inom tre månader",
                 "Kvartalsvis rapport", "Enhetschef vuxen",
                 "Kontroll gjord varje kvartal. Två beslut ej verkställda inom tre månader, "
                 "rapporterade till IVO i tid.",
                 "Utförd enl. plan", "", "GENOMFORD", "ja"),
            ]),
        ]),
        ("Område: Informationssäkerhet", [
            ("Dokumentation och behörigheter", [
                ("3.1", "Obehörig åtkomst till personakter",
                 "Loggkontroll i verksamhetssystemet – stickprov 5 användare per månad",
                 "Månadsvis", "Systemförvaltare",
                 "Genomförd januari–juni utan anmärkning. Under hösten har loggkontroll inte skett "
                 "på grund av byte av verksamhetssystem.",
                 "Delvis", "Återupptas mars 2026 i nya systemet.", "DELVIS", "nej"),
                ("3.2", "Behörigheter ligger kvar efter avslutad anställning",
                 "Kontroll att behörigheter avslutas när anställning upphör",
                 "Halvårsvis", "Systemförvaltare",
                 "", "Avbruten genom beslut",
                 "SN 2025-06-11 § 72: kontrollen övertas av kommunstyrelsens centrala IT-kontroll.",
                 "UTGAR", "nej"),
            ]),
        ]),
        ("Område: Personal och arbetsmiljö", [
            ("Arbetsmiljö", [
                ("4.1", "Hot och våld mot medarbetare följs inte upp",
                 "Kontroll att hot- och våldsincidenter rapporteras i KIA och följs upp",
                 "Halvårsvis", "HR-partner",
                 "23 incidenter rapporterade under året, samtliga uppföljda av närmaste chef.",
                 "", "", "GENOMFORD", "nej"),
                ("4.2", "Olämplig person anställs i arbete med barn",
                 "Kontroll att registerutdrag begärs vid nyanställning inom barn och unga",
                 "Stickprov 10 anställningar", "HR-partner",
                 "", "", "", "SAKNAS", "nej"),
            ]),
        ]),
    ]

    r = 7
    grey = PatternFill("solid", fgColor="D9D9D9")
    for group, procs in data:
        ws.cell(r, 1, group).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for proc, rows in procs:
            start = r
            for (nr, risk, ctrl, metod, ansv, res, status, komm, E, D) in rows:
                vals = [nr, proc if r == start else None, risk, ctrl, metod, ansv, res, status, komm]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                exp(fil, N, ctrl, E, D)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(start, 2).alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    ws.cell(r, 1, "Summa").font = Font(bold=True)
    ws.cell(r, 4, "12 kontrollmoment i planen")
    r += 3
    ws.cell(r, 1, "Granhöjden 2026-01-22")
    r += 2
    ws.cell(r, 1, "______________________________")
    ws.cell(r + 1, 1, "Anna Lindqvist, förvaltningschef")
    widths = [6, 18, 28, 40, 20, 18, 48, 16, 36]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.oddHeader.right.text = "Socialförvaltningen"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "6:6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word, one table per process with headings,
#    "Bedömning 1–3" codes with the legend in the prose, summary table at end.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.core_properties.author = "Granhöjden kommun"
    doc.add_paragraph("Granhöjden kommun\nBarn- och utbildningsförvaltningen").runs[0].italic = True
    doc.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    doc.add_paragraph("Dnr BUN 2025/0112. Till Barn- och utbildningsnämnden, sammanträde 2026-02-11.")
    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025. "
        "Planen omfattar nio granskningsområden fördelade på fem processer. Förvaltningen bedömer "
        "att den interna kontrollen i huvudsak har varit tillräcklig, men att kontrollen av "
        "skolskjutsbeslut behöver prioriteras 2026.")
    doc.add_paragraph(
        "I tabellerna nedan anges förvaltningens bedömning med följande skala: "
        "1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd, U = Utgår (ej aktuell). "
        "Eventuella brister som kontrollen visat redovisas under Iakttagelser.")

    procs = [
        ("1. Skolplikt och frånvaro", [
            ("Kontroll att hög frånvaro (över 15 %) anmäls till rektor och utreds",
             "Genomgång av frånvarostatistik i mars och oktober",
             "Genomgång gjord på samtliga grundskolor. På två skolor saknades dokumenterad "
             "utredning för sammanlagt 6 elever. Rektorerna har åtgärdat.", "1", "GENOMFORD", "ja"),
            ("Kontroll att skolpliktsbevakning sker för elever folkbokförda i kommunen",
             "Avstämning mot folkbokföringen varje termin",
             "Utförd vårtermin och hösttermin. Inga elever utan skolplacering.", "1", "GENOMFORD", "nej"),
        ]),
        ("2. Kränkande behandling", [
            ("Kontroll att anmälan om kränkande behandling görs till huvudman inom fem dagar",
             "Stickprov 15 anmälningar per termin",
             "Stickprov vårtermin: 3 av 15 anmälningar gjordes för sent. Stickprovet för "
             "hösttermin har inte gjorts på grund av sjukskrivning.", "2", "DELVIS", "ja"),
            ("Kontroll att utredning och åtgärder dokumenteras i DF Respons",
             "Genomgång av samtliga ärenden på fyra skolor",
             "Dokumentationen var komplett i de granskade ärendena.", "1", "GENOMFORD", "nej"),
        ]),
        ("3. Skolskjuts", [
            ("Kontroll att beslut om skolskjuts fattas enligt riktlinje och delegationsordning",
             "Stickprov 20 beslut",
             "Kontrollen har inte genomförts. Handläggaren slutade i maj och tjänsten "
             "återbesattes först i november.", "3", "EJ_GENOMFORD", "nej"),
            ("Kontroll av fakturor från skolskjutsentreprenör mot körda turer",
             "Jämförelse faktura mot turlista april och oktober",
             "Kontroll gjord för april och oktober. Överdebitering om 42 tkr i april, "
             "kreditfaktura har erhållits.", "1", "GENOMFORD", "ja"),
        ]),
        ("4. Rekrytering", [
            ("Kontroll att utdrag ur belastningsregistret visats vid anställning",
             "Stickprov 25 nyanställningar",
             "Utdrag fanns i samtliga 25 granskade anställningar.", "1", "GENOMFORD", "nej"),
            ("Kontroll att lärare som sätter betyg har legitimation",
             "Avstämning mot Skolverkets lärarregister",
             "Kontrollen utgår enligt beslut BUN 2025-04-09 § 38, ersatt av central "
             "registerkontroll hos HR.", "U", "UTGAR", "nej"),
        ]),
        ("5. Informationssäkerhet", [
            ("Kontroll att elevers personuppgifter i lärplattformen gallras enligt dokumenthanteringsplan",
             "Genomgång av gallringslogg",
             "Se bilaga 3.", "", "OKLAR", "nej"),
        ]),
    ]
    for heading, rows in procs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        h = t.rows[0]
        for c, txt in enumerate(["Granskningsområde", "Hur", "Iakttagelser", "Bedömning 1–3"]):
            bold_cell(h.cells[c], txt)
            shade(h.cells[c], "BDD7EE")
        repeat_header(h)
        for (ctrl, hur, iakt, bed, E, D) in rows:
            cells = t.add_row().cells
            cells[0].text = ctrl
            cells[1].text = hur
            cells[2].text = iakt
            cells[3].text = bed
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, ctrl, E, D)
        for row in t.rows:
            for c, w in enumerate([Cm(5.5), Cm(3.5), Cm(6.5), Cm(2)]):
                row.cells[c].width = w
        doc.add_paragraph()

    doc.add_heading("Sammanställning", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Bedömning")
    bold_cell(t.rows[0].cells[1], "Antal")
    for a, b in [("1 – Genomförd", "5"), ("2 – Delvis genomförd", "1"), ("3 – Ej genomförd", "1"),
                 ("U – Utgår", "1"), ("Ej bedömd", "1"), ("Totalt", "9")]:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph()
    doc.add_paragraph("Granhöjden den 20 januari 2026")
    doc.add_paragraph("Maria Ek\nSkolchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. System export, two nämnder, English headings and English status values,
#    T2 and Helår rows for the same controls (Tekniska nämnden), comma-separated.
# ---------------------------------------------------------------------------
def file_export():
    fil = "ik_export_20260114.csv"
    TN = "Tekniska nämnden"
    SBN = "Samhällsbyggnadsnämnden"
    cols = ["Organisation", "Plan", "Period", "Process", "Risk", "Control activity",
            "Status", "Deviation found", "Comment", "Updated by", "Updated"]
    # (org, process, risk, ctrl, [(period, status, dev, comment, who, date)], EXP, DEV)
    data = [
        (TN, "Investeringsprojekt", "Oreglerade tilläggsbeställningar",
         "Kontroll av att ÄTA-arbeten beställs skriftligt av behörig beställare",
         [("2025 Delår 2", "Ongoing", "", "Genomgång av två projekt påbörjad.", "jsv", "2025-09-05"),
          ("2025 Helår", "Completed", "Yes",
           "3 av 18 ÄTA saknade skriftlig beställning (Granhöjdsskolan etapp 2). Rutin förtydligad.",
           "jsv", "2026-01-09")], "GENOMFORD", "ja"),
        (TN, "VA-taxa", "Felaktig debitering av anslutningsavgift",
         "Stickprov på att fakturor för VA-anslutning debiteras enligt taxa",
         [("2025 Delår 2", "Completed", "No", "10 fakturor kontrollerade.", "lnd", "2025-09-02"),
          ("2025 Helår", "Completed", "No", "Ytterligare 10 fakturor kontrollerade, inga avvikelser.",
           "lnd", "2026-01-08")], "GENOMFORD", "nej"),
        (TN, "Fordon", "Privat användning av kommunens fordon",
         "Kontroll att körjournaler förs för kommunens bilar",
         [("2025 Delår 2", "Not started", "", "", "akr", "2025-09-01"),
          ("2025 Helår", "Partially completed", "No",
           "Kontroll gjord för hemtjänstens bilar. Övriga förvaltningars bilar återstår.",
           "akr", "2026-01-12")], "DELVIS", "nej"),
        (TN, "Gata och park", "Olyckor på grund av bristande lekutrustning",
         "Kontroll att lekplatsbesiktning utförs årligen",
         [("2025 Delår 2", "Completed", "Yes",
           "2 lekplatser med allvarliga anmärkningar, avstängda i väntan på åtgärd.", "mhb", "2025-08-29"),
          ("2025 Helår", "Completed", "Yes",
           "Anmärkningarna åtgärdade, båda lekplatserna öppnade igen i oktober.", "mhb", "2026-01-07")],
         "GENOMFORD", "ja"),
        (TN, "Gata och park", "Entreprenör utför inte vinterväghållning enligt avtal",
         "Kontroll av vinterväghållning enligt avtal (stickprov GPS-data)",
         [("2025 Delår 2", "Not applicable", "", "Säsongen inte påbörjad.", "mhb", "2025-08-29"),
          ("2025 Helår", "Not completed", "",
           "Kontrollen har inte gjorts. GPS-data kunde inte tas fram i tid p.g.a. systembyte, kontrollen görs Q1 2026.",
           "mhb", "2026-01-07")], "EJ_GENOMFORD", "nej"),
        (SBN, "Bygglov", "Handläggningstiden överskrids",
         "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)",
         [("2025 Helår", "Completed", "Yes",
           "Fyra ärenden överskred tiden, avgiften reducerad enligt PBL 12 kap. 8 a §.", "ebo", "2026-01-13")],
         "GENOMFORD", "ja"),
        (SBN, "Nämndadministration", "Beslut fattas utan delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         [("2025 Helår", "Completed", "No", "Samtliga delegationsbeslut anmälda.", "ebo", "2026-01-13")],
         "GENOMFORD", "nej"),
        (SBN, "Planering", "Planavgift debiteras inte",
         "Stickprov av debitering av planavgift",
         [("2025 Helår", "Ongoing", "No", "Påbörjad i december, klar februari 2026.", "tfa", "2026-01-13")],
         "DELVIS", "nej"),
        (SBN, "Tillsyn", "Tillsynsärenden blir liggande",
         "Kontroll att tillsynsärenden prioriteras enligt tillsynsplan",
         [("2025 Helår", "Not started", "No", "Resursbrist, flyttas till 2026.", "tfa", "2026-01-13")],
         "EJ_GENOMFORD", "nej"),
        (SBN, "Lantmäteri", "Förrättningar faktureras inte",
         "Kontroll av att lantmäteriförrättningar debiteras",
         [("2025 Helår", "Not applicable", "No",
           "Utgår efter KF:s beslut om ny taxa 2025-03-24, kontrollen ersatt av automatisk debitering.",
           "tfa", "2026-01-13")], "UTGAR", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(cols)
    for org, proc, risk, ctrl, periods, E, D in data:
        plan = "Internkontrollplan 2025"
        for (per, st, dev, com, who, dt) in periods:
            w.writerow([org, plan, per, proc, risk, ctrl, st, dev, com, who, dt])
        exp(fil, org, ctrl, E, D)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – delår 2, status only as cell fill, legend below,
#    saved as .ods via LibreOffice.
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="A6A6A6")


def file_von():
    fil = "VON IK delår 2 2025.ods"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    wb.properties.creator = "Granhöjden kommun"
    ws = wb.active
    ws.title = "Delår 2"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Uppföljning intern kontroll per 31 augusti 2025 (delår 2)"
    ws["A2"].font = Font(size=11, bold=True)
    ws["A3"] = "Statusen markeras med färg i kolumn E, se förklaring under tabellen."
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Kontrollaktivitet", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
    rows = [
        ("Hemtjänst", "Kontroll att utförd tid i TES stämmer mot beviljad tid (stickprov 10 brukare/mån)",
         "Enhetschef hemtjänst", "Månadsvis", GREEN,
         "Genomförd jan–aug. Avvikelse över 20 % hos 4 brukare, biståndshandläggare informerade.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Kontroll av nyckelhantering (kvittenslistor för brukarnycklar)",
         "Enhetschef hemtjänst", "Halvår", YELLOW,
         "Kvittenslistor inventerade i två av tre hemtjänstområden.", "DELVIS", "nej"),
        ("Särskilt boende", "Kontroll att läkemedelsavvikelser rapporteras och analyseras",
         "MAS", "Tertial", GREEN, "Samtliga avvikelser analyserade av MAS.", "GENOMFORD", "nej"),
        ("Särskilt boende", "Kontroll av fallriskbedömning i Senior alert vid inflyttning",
         "Sjuksköterska", "Halvår", RED, "Ej genomförd. Planeras till oktober.", "EJ_GENOMFORD", "nej"),
        ("Särskilt boende", "Kontroll av brukarnas privata medel (kassabok och kvitton)",
         "Enhetschef SÄBO", "Tertial", GREEN,
         "Stickprov på 3 boenden. På ett boende saknades kvitton för 1 850 kr, utreds.",
         "GENOMFORD", "ja"),
        ("LSS", "Kontroll att genomförandeplan upprättas inom 4 veckor från verkställighet",
         "Enhetschef LSS", "Tertial", None, "", "SAKNAS", "nej"),
        ("LSS", "Kontroll av timredovisning personlig assistans mot underlag till Försäkringskassan",
         "Enhetschef LSS", "Månadsvis", GREY,
         "Utgår – ingen egen assistansverksamhet efter 1 maj (överlåten till extern utförare).",
         "UTGAR", "nej"),
        ("Bemanning", "Kontroll att timanställda inte överskrider LAS-dagar",
         "HR-konsult", "Månadsvis", YELLOW, "Kontroll gjord för maj. Juni–augusti återstår.",
         "DELVIS", "nej"),
    ]
    r = 6
    for proc, ctrl, ansv, frek, fill, kom, E, D in rows:
        vals = [proc, ctrl, ansv, frek, None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        if fill is not None:
            ws.cell(r, 5).fill = fill
        exp(fil, N, ctrl, E, D)
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring:").font = Font(bold=True)
    for fill, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(r, 1).fill = fill
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Uppföljningen redovisas för nämnden 2025-09-24. Helårsuppföljning lämnas i januari 2026.")
    for col, wdt in zip("ABCDEF", [16, 55, 20, 12, 9, 55]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(TMP, "von_delar2.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden – Word, one two-column table per control,
#    nämnd only in the file name.
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN helår 2025.docx"
    N = "Överförmyndarnämnden"
    doc = Document()
    doc.core_properties.author = "Granhöjden kommun"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Helårsrapport")
    doc.add_paragraph(
        "Nedan redovisas resultatet för vart och ett av kontrollmomenten i 2025 års plan. "
        "Rapporten har stämts av med nämndens ordförande.")
    items = [
        ("Granskning av årsräkningar – stickprov av 15 % av inkomna redovisningar mot underlag",
         "Felaktiga uttag ur huvudmannens medel upptäcks inte",
         "Handläggare, granskning",
         "Stickprov på 48 årsräkningar. 5 ställföreträdare hade inte redovisat uttag korrekt, "
         "kompletteringar har begärts och två ärenden har gått vidare till utredning.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Kontroll att förvaltarkonton har överförmyndarspärr",
         "Huvudmannens kapital förbrukas utan samtycke",
         "Handläggare",
         "Samtliga nya ärenden 2025 kontrollerade. Spärr finns på alla konton.",
         "Slutförd", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Olika arvodering för likartade uppdrag",
         "Enhetschef",
         "Arbetet har startat men stickprovet har inte hunnit avslutas under året.",
         "Påbörjad", "DELVIS", "nej"),
        ("Kontroll att lämplighetsprövning görs före förordnande (belastningsregister, Kronofogden)",
         "Olämplig ställföreträdare förordnas",
         "Handläggare",
         "Kontrollen har enligt handläggarna gjorts löpande men har inte dokumenterats, "
         "varför det inte går att bekräfta.",
         "Osäkert", "OKLAR", "nej"),
        ("Kontroll av gallring av akter enligt informationshanteringsplanen",
         "Uppgifter sparas längre än tillåtet",
         "Registrator",
         "Gallring sker vart tredje år, nästa gång 2026.",
         "Ej aktuell 2025", "UTGAR", "nej"),
    ]
    for i, (ctrl, risk, who, res, status, E, D) in enumerate(items, 1):
        doc.add_paragraph().add_run(f"Kontroll {i}").bold = True
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for j, (k, v) in enumerate([("Kontrollmoment:", ctrl), ("Risk:", risk), ("Utförs av:", who),
                                    ("Resultat:", res), ("Status:", status)]):
            bold_cell(t.rows[j].cells[0], k)
            shade(t.rows[j].cells[0], "F2F2F2")
            t.rows[j].cells[1].text = v
            t.rows[j].cells[0].width = Cm(3.5)
            t.rows[j].cells[1].width = Cm(12.5)
        doc.add_paragraph()
        exp(fil, N, ctrl, E, D)
    doc.add_paragraph("Granhöjden 2026-01-15")
    doc.add_paragraph("Karin Berg\nEnhetschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kommunstyrelsen – nämnd only in the print header; symbols ● ◐ ○ – with
#    legend; T2 and Helår status columns; one symbol contradicted by the text.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Intern kontroll 2025 - uppföljning.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    wb.properties.creator = "Granhöjden kommun"
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av intern kontroll 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Teckenförklaring:  ● Genomförd   ◐ Delvis / pågår   ○ Ej genomförd   – Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["ID", "Område", "Vad kontrolleras", "Kontrollant", "T2", "Helår",
           "Kommentar T2", "Kommentar helår"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("K1", "Löner", "Kontroll av att löneutbetalningar till avslutade anställda stoppas",
         "Lönechef", "●", "●", "Inga felaktiga utbetalningar.", "Inga felaktiga utbetalningar.",
         "GENOMFORD", "nej"),
        ("K2", "Löner", "Stickprov av manuella lönetillägg mot underlag",
         "Lönechef", "◐", "●", "Första stickprovet klart.",
         "40 stickprov. 2 tillägg saknade attest, beloppen har återkrävts.", "GENOMFORD", "ja"),
        ("K3", "Inköp", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Upphandlingschef", "○", "◐", "Ej påbörjad.",
         "Andra halvåret granskat utan anmärkning. Första halvåret har inte granskats.",
         "DELVIS", "nej"),
        ("K4", "Inköp", "Kontroll av köp med inköpskort (ändamål och kvitto)",
         "Ekonomichef", "●", "●", "",
         "Kvitton saknades för 3 köp, kortinnehavarna har påmints.", "GENOMFORD", "ja"),
        ("K5", "IT", "Kontroll av att behörigheter i ekonomisystemet är aktuella",
         "IT-chef", "○", "○", "", "Flyttad till 2026 på grund av systembyte.", "EJ_GENOMFORD", "nej"),
        ("K6", "IT", "Test av återläsning av säkerhetskopior för kritiska system",
         "IT-chef", "◐", "●", "Test planerat till november.",
         "Återläsning testad i november, lyckad.", "GENOMFORD", "nej"),
        ("K7", "Styrning", "Kontroll att motioner besvaras inom ett år",
         "Kanslichef", "●", "●", "",
         "2 motioner äldre än ett år, redovisade för KF i december.", "GENOMFORD", "ja"),
        ("K8", "Styrning", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Kanslichef", "", "–", "",
         "Utgår enligt KS 2025-09-03 § 145, ersätts av digital anmälan i ärendesystemet.",
         "UTGAR", "nej"),
        ("K9", "Ekonomi", "Avstämning av balanskonton vid bokslut",
         "Redovisningschef", "◐", "●", "Avstämning per augusti gjord.",
         "Avstämning av 3 konton återstår, klart i februari.", "DELVIS", "nej"),
        ("K10", "Säkerhet", "Kontroll att krisledningsplanen är uppdaterad och övad",
         "Säkerhetssamordnare", "○", "●", "Revidering pågår.",
         "Planen uppdaterad i maj, övning genomförd 12 november.", "GENOMFORD", "nej"),
    ]
    r = 5
    for (i, omr, ctrl, who, t2, hel, k2, kh, E, D) in rows:
        for c, v in enumerate([i, omr, ctrl, who, t2 or None, hel or None, k2 or None, kh or None], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP if c not in (5, 6) else Alignment(horizontal="center", vertical="top")
            cell.border = BOX
        exp(fil, N, ctrl, E, D)
        r += 1
    ws.cell(r, 4, "Antal ● helår:").font = Font(bold=True)
    ws.cell(r, 6, 7)
    for col, wdt in zip("ABCDEFGH", [5, 11, 50, 18, 6, 7, 30, 50]):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.left.text = "Kommunstyrelsen"
    ws.oddHeader.right.text = "Granhöjden kommun"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – J/N columns, "Nämnd:" cell, control text over
#    two rows, totals row; saved as .xls via LibreOffice.
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN_IK_helar2025.xls"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook()
    wb.properties.creator = "Granhöjden kommun"
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontroll – återrapportering"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Miljö- och hälsoskyddsnämnden"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["C3"] = "Period:"
    ws["D3"] = "Helår"
    hdr = ["Nr", "Kontroll", "Frekvens", "Utförd (J/N)", "Avvikelse (J/N)", "Notering"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        (1, ["Kontroll att livsmedelskontroller utförs enligt fastställd kontrollplan"], "Helår", "J", "J",
         "91 % av planerade kontroller utförda, 14 objekt flyttade till 2026.", "GENOMFORD", "ja"),
        (2, ["Kontroll att avgifter för tillsyn debiteras",
             "(stickprov 20 ärenden, timavgift enligt taxa)"], "Helår", "J", "N", "", "GENOMFORD", "nej"),
        (3, ["Kontroll av handläggningstid för klagomålsärenden (buller, fukt)"], "Halvår", "N", "N",
         "Ej utförd p.g.a. vakans.", "EJ_GENOMFORD", "nej"),
        (4, ["Kontroll att delegationsbeslut anmäls till nämnden"], "Månadsvis", "J", "N", "",
         "GENOMFORD", "nej"),
        (5, ["Kontroll av att inspektörer följer jävsrutinen"], "Helår", "J", "J",
         "1 fall där inspektör handlagt ärende för närstående, ärendet omfördelat.", "GENOMFORD", "ja"),
        (6, ["Kontroll att förelägganden följs upp inom angiven tid"], "Halvår", "Delvis", "N",
         "Uppföljning gjord för miljöskydd, ej för hälsoskydd.", "DELVIS", "nej"),
        (7, ["Kontroll av registrering av enskilda avlopp i EDP"], "Helår", "", "",
         "Kontrollen stryks enligt beslut MHN 2025-05-14 § 41.", "UTGAR", "nej"),
        (8, ["Kontroll att provtagning av badvatten sker enligt program"], "Säsong", "J", "N",
         "Samtliga 6 badplatser provtagna.", "GENOMFORD", "nej"),
    ]
    r = 6
    for nr, texts, frek, utf, avv, note, E, D in rows:
        vals = [nr, texts[0], frek, utf or None, avv or None, note or None]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v).border = BOX
        for extra in texts[1:]:
            r += 1
            ws.cell(r, 2, extra)
            for c in range(1, 7):
                ws.cell(r, c).border = BOX
        exp(fil, N, texts[0], E, D)
        r += 1
    ws.cell(r, 2, "Antal utförda: 5 av 8").font = Font(bold=True)
    r += 3
    ws.cell(r, 1, "Sammanställt av: Per Ahlgren, miljöchef, 2026-01-12")
    for col, wdt in zip("ABCDEF", [5, 62, 11, 13, 15, 55]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(TMP, "mhn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Arbetsmarknadsnämnden – status only in free text; .doc via LibreOffice.
# ---------------------------------------------------------------------------
def file_amn():
    fil = "Arbetsmarknadsnämnden återrapportering intern kontroll 2025.doc"
    N = "Arbetsmarknadsnämnden"
    doc = Document()
    doc.core_properties.author = "Granhöjden kommun"
    doc.add_heading("Arbetsmarknadsnämnden", level=1)
    doc.add_heading("Återrapportering av internkontrollplan 2025 (helår)", level=2)
    doc.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden årligen följa upp sin "
        "internkontrollplan. Nedan redovisas de sex kontrollaktiviteter som ingick i planen för 2025 "
        "och vad kontrollerna har visat. Förvaltningen bedömer att den interna kontrollen i allt "
        "väsentligt har fungerat, men att samverkan med socialförvaltningen kring informationsutbyte "
        "behöver förbättras.")
    rows = [
        ("Statliga ersättningar",
         "Kontroll att lönebidrag och nystartsjobb-ersättning från Arbetsförmedlingen återsöks varje månad",
         "Återsökning har gjorts varje månad under året. Avstämning i december visade att samtliga "
         "ersättningar har inkommit.", "GENOMFORD", "nej"),
        ("Arbetsmarknadsinsatser",
         "Kontroll av deltagares närvarorapportering i arbetsmarknadsinsatser",
         "Kontrollen har genomförts vid två tillfällen. Vid kontrollen i oktober upptäcktes att närvaro "
         "rapporterats för två deltagare som inte deltagit. Ärendena har utretts och återkrav har gjorts.",
         "GENOMFORD", "ja"),
        ("Arbetsmarknadsinsatser",
         "Uppföljning av att handlingsplaner upprättas för alla deltagare inom 30 dagar",
         "Arbetet har påbörjats men genomgången har hittills endast omfattat Jobbtorget Norr. "
         "Genomgången fortsätter under våren 2026.", "DELVIS", "nej"),
        ("Informationsutbyte",
         "Kontroll av att försörjningsstöd och arbetsmarknadsanställning inte betalas ut samtidigt",
         "Kontrollen har inte kunnat genomföras under året eftersom förvaltningen saknat behörighet "
         "till socialtjänstens verksamhetssystem.", "EJ_GENOMFORD", "nej"),
        ("Upphandlade tjänster",
         "Kontroll av avtal med externa kompletterande aktörer",
         "Kontrollen har inte varit aktuell 2025 eftersom samtliga avtal med externa aktörer avslutades "
         "i januari genom nämndens beslut 2025-01-15 § 3.", "UTGAR", "nej"),
        ("Feriearbete",
         "Kontroll att ersättning till feriearbetande ungdomar stämmer mot tidrapporter",
         "Kontrollen genomfördes i augusti efter sommarens feriearbeten. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollområde", "Kontrollaktivitet", "Resultat och analys"]):
        bold_cell(t.rows[0].cells[c], h)
    for omr, ctrl, res, E, D in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = ctrl
        cells[2].text = res
        exp(fil, N, ctrl, E, D)
    doc.add_paragraph()
    doc.add_paragraph("Förslag till beslut: Arbetsmarknadsnämnden godkänner återrapporteringen och "
                      "överlämnar den till kommunstyrelsen.")
    doc.add_paragraph("Jonas Holm, förvaltningschef, 2026-01-19")
    src = os.path.join(TMP, "amn.docx")
    doc.save(src)
    soffice_convert(src, "doc", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Kultur- och fritidsnämnden – Excel "Unicode text": UTF-16LE, tab-separated,
#    X marks in tick columns, group rows, "Se bilaga", totals row.
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid IK 2025.txt"
    N = "Kultur- och fritidsnämnden"
    lines = [
        ["Kultur- och fritidsnämnden - uppföljning intern kontroll 2025"],
        ["Period: Helår 2025"],
        [],
        ["Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Kommentar"],
    ]
    groups = [
        ("Område: Föreningsbidrag", [
            ("Aktivitetsstöd",
             "Kontroll att föreningar som får aktivitetsstöd redovisat korrekta deltagarlistor (stickprov 10 föreningar)",
             0, "2 föreningar hade dubbelregistrerade deltagare, bidraget justerat.", "GENOMFORD", "ja"),
            ("Aktivitetsstöd", "Kontroll att bidrag beslutats enligt delegationsordningen",
             0, "", "GENOMFORD", "nej"),
        ]),
        ("Område: Anläggningar", [
            ("Simhallen", "Kontroll av kassahantering i simhallen (dagskassor mot kassasystem)",
             1, "Kontroll gjord vårterminen. Hösten ej p.g.a. nytt kassasystem.", "DELVIS", "nej"),
            ("Idrottshallar", "Kontroll av bokningar av idrottshallar mot fakturering",
             2, "Ej hunnits med.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Område: Bibliotek och kulturskola", [
            ("Kulturskolan", "Kontroll att avgifter för kulturskolan faktureras alla inskrivna elever",
             0, "12 elever saknade faktura för hösten, fakturerade i efterhand.", "GENOMFORD", "ja"),
            ("Kulturskolan", "Kontroll av inventarieförteckning för musikinstrument",
             3, "Utgår enligt beslut KFN 2025-03-12 § 22.", "UTGAR", "nej"),
            ("Biblioteket", "Kontroll att bibliotekets lånehistorik gallras enligt dataskyddsförordningen",
             None, "Se bilaga", "OKLAR", "nej"),
        ]),
    ]
    for g, rows in groups:
        lines.append([g])
        for proc, ctrl, mark, kom, E, D in rows:
            ticks = ["", "", "", ""]
            if mark is not None:
                ticks[mark] = "X"
            lines.append([proc, ctrl] + ticks + [kom])
            exp(fil, N, ctrl, E, D)
    lines.append(["Summa", "", "3", "1", "1", "1", ""])
    lines.append([])
    lines.append(["Ansvarig: Lena Sjöberg, kultur- och fritidschef", "", "", "", "", "", ""])
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 10. Rejected: a scanned, image-only PDF (BUN delår 2).
# ---------------------------------------------------------------------------
def file_scan():
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    fil = "BUN IK delår 2 2025 (skannad).pdf"
    N = "Barn- och utbildningsnämnden"
    rnd = random.Random(6)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 20)
    d.text((110, 120), "Barn- och utbildningsnämnden", font=fb, fill=30)
    d.text((110, 170), "Uppföljning intern kontroll, delår 2 2025", font=f, fill=40)
    y = 260
    cols = [110, 520, 900, 1130]
    d.rectangle([100, y - 10, 1140, y + 600], outline=60, width=2)
    for x in cols[1:-1]:
        d.line([x - 10, y - 10, x - 10, y + 600], fill=60, width=2)
    d.text((cols[0], y), "Kontroll", font=f, fill=30)
    d.text((cols[1], y), "Iakttagelse", font=f, fill=30)
    d.text((cols[2], y), "Bedömning", font=f, fill=30)
    for i in range(7):
        yy = y + 60 + i * 75
        d.line([100, yy - 15, 1140, yy - 15], fill=90, width=1)
        d.text((cols[0], yy), "Kontroll av ........ " + str(i + 1), font=f, fill=60)
        d.text((cols[1], yy), "......................", font=f, fill=80)
        d.text((cols[2], yy + 5), rnd.choice(["1", "2", "1", "3"]), font=f, fill=50)
    d.text((110, 1000), "Granhöjden 2025-09-10", font=f, fill=50)
    d.line([110, 1100, 450, 1090], fill=40, width=3)
    img = img.rotate(1.3, fillcolor=200, resample=Image.BICUBIC)
    px = img.load()
    for _ in range(60000):
        x, yv = rnd.randrange(W), rnd.randrange(H)
        px[x, yv] = max(0, min(255, px[x, yv] + rnd.randint(-70, 40)))
    img = img.filter(ImageFilter.GaussianBlur(1.1))
    img.save(os.path.join(OUT, fil), "PDF", resolution=150)
    FILES.append((fil, "AVVISAD", N, "2025", "T2"))


def write_meta():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            assert not any(";" in x for x in row)
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x for x in row)
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file_sn()
    file_bun()
    file_export()
    file_von()
    file_ofn()
    file_ks()
    file_mhn()
    file_amn()
    file_kfn()
    file_scan()
    write_meta()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file lines,", len(EXPECTED), "expected controls")
