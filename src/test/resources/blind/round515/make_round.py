#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r515 - Mora kommun, gemensamma nämnder med Orsa, inkorg T2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round515"
FIXED_DT = datetime.datetime(2025, 9, 15, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

N_KS = "Kommunstyrelsen"
N_BUN = "Barn- och utbildningsnämnden"
N_SN = "Socialnämnden"
N_KFN = "Kultur- och fritidsnämnden"
N_TN = "Tekniska nämnden"
N_IT = "Gemensamma IT-nämnden Mora Orsa"
N_MBN = "Gemensamma miljö- och byggnämnden Mora Orsa"
N_LON = "Gemensamma lönenämnden Mora Orsa"
N_OFN = "Gemensamma överförmyndarnämnden Mora Orsa"
N_VAL = "Valnämnden"

REGISTER = [
    (N_KS, "KS|Kommunledningsförvaltningen|KLF|Kommunstyrelsens förvaltning"),
    (N_BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (N_SN, "SN|Socialförvaltningen|SOC"),
    (N_KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (N_TN, "TN|Tekniska förvaltningen"),
    (N_IT, "IT-nämnden|Gemensam IT-nämnd|Gemensam IT-nämnd Mora Orsa|IT-förvaltningen|IT-förvaltningen Mora Orsa"),
    (N_MBN, "MBN|Miljö- och byggnämnden|Gemensamma miljö- och byggnämnden|Miljö- och byggförvaltningen"),
    (N_LON, "Lönenämnden|Gemensam lönenämnd|Lönecenter Mora Orsa"),
    (N_OFN, "ÖFN|Överförmyndarnämnden|Överförmyndarnämnden Mora Orsa|Överförmyndarkansliet"),
    (N_VAL, "VN"),
]


def exp(fil, namnd, rows):
    for km, st, av in rows:
        assert st in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), st
        assert av in ("ja", "nej", ""), av
        EXPECTED.append((fil, namnd, km, st, av))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb_props(wb):
    wb.properties.creator = "Mora kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def fix_doc_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  IT-nämndens export ur Stratsys (CSV, Windows-1252, semikolon)
# ---------------------------------------------------------------------------
def f1_it_export():
    fil = "Stratsys_export_IK_20250912.csv"
    meta = [
        ["Rapport", "Internkontroll - uppföljning av kontrollmoment"],
        ["Organisation", "Gemensam IT-nämnd Mora Orsa"],
        ["Period", "2025 Tertial 2"],
        ["Utskriven", "2025-09-12 08:14 av lisa.morell"],
        [],
    ]
    head = ["Id", "Enhet", "Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig",
            "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    U = "IT-förvaltningen Mora Orsa"
    rows = [
        ["IT-01", U, "Behörighetshantering", "Obehöriga har kvar åtkomst till verksamhetssystem",
         "Kontroll av att behörigheter i AD för avslutade anställningar tagits bort inom 5 arbetsdagar",
         "Tertialvis", "Säkerhetssamordnare", "Slutförd", "Stickprov 20 avslut, inga avvikelser.",
         "Slutförd med avvikelse",
         "Stickprov 20 avslut (10 Mora, 10 Orsa).\n2 konton i Orsa var aktiva 12 dagar efter avslut. Rutin med HR Orsa förtydligad."],
        ["IT-02", U, "Backup och återläsning", "Data går förlorad vid haveri",
         "Test av återläsning av backup för ekonomisystem och ärendehanteringssystem",
         "Halvår", "Driftchef", "Ej påbörjad", "",
         "Slutförd", "Återläsningstest genomfört 2025-06-18, återställt inom 4 timmar. Inga avvikelser."],
        ["IT-03", U, "Licenshantering", "Kostnader för oanvända licenser",
         "Avstämning av Microsoft 365-licenser mot aktiva användare i Mora och Orsa",
         "Tertialvis", "IT-controller", "Slutförd", "Inga avvikelser.",
         "Pågår", "Mora avstämt utan anmärkning, Orsa återstår."],
        ["IT-04", U, "Inköp", "Inköp av IT-utrustning utanför avtal",
         "Granskning av att inköp av IT-utrustning sker via avtalad leverantör",
         "Tertialvis", "IT-chef", "Slutförd", "Samtliga 14 inköp via Atea enligt avtal.",
         "Ej påbörjad", "Skjuts till T3 pga semesterperioden."],
        ["IT-05", U, "Informationssäkerhet", "Medarbetare luras att lämna ut inloggningsuppgifter",
         "Genomförande av phishingtest för samtliga anställda",
         "Årlig", "Säkerhetssamordnare", "", "",
         "Utgår", "Ersätts av nationell övning, beslut IT-nämnden 2025-05-20 § 18."],
        ["IT-06", U, "Incidenthantering", "Säkerhetsincidenter hanteras inte",
         "Uppföljning av att säkerhetsincidenter rapporteras och åtgärdas enligt incidentrutinen",
         "Tertialvis", "Säkerhetssamordnare", "Slutförd", "3 incidenter, samtliga hanterade enligt rutin.",
         "Slutförd", "5 incidenter rapporterade. En incident (Orsa skolnät) åtgärdades inte inom fastställd tid."],
        ["IT-07", U, "Avtal", "Personuppgifter behandlas utan avtal",
         "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga molntjänster",
         "Årlig", "Dataskyddssamordnare", "Pågår", "Inventering av molntjänster påbörjad.",
         "", ""],
        ["IT-08", U, "Fakturering", "Felaktig internfakturering till Orsa kommun",
         "Avstämning av internfakturering av IT-tjänster till Orsa kommun enligt samverkansavtalet",
         "Tertialvis", "IT-controller", "Slutförd", "OK",
         "Slutförd", "Avstämt mot avtal, inga differenser."],
        ["IT-09", U, "Kontinuitet", "Verksamheten står still vid längre IT-avbrott",
         "Uppdatering av kontinuitetsplan för kritiska IT-system",
         "Årlig", "IT-chef", "", "", "", ""],
        ["IT-10", U, "Loggkontroll", "Otillbörlig åtkomst till känsliga uppgifter",
         "Stickprovskontroll av åtkomstloggar i verksamhetssystem för socialtjänsten",
         "Tertialvis", "Systemförvaltare", "Slutförd", "Inga avvikelser.",
         "Slutförd", "Se bifogad loggrapport."],
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for m in meta:
            w.writerow(m)
        w.writerow(head)
        for r in rows:
            w.writerow(r)
    FILES.append((fil, "INLAST", N_IT, "2025", "T2"))
    exp(fil, N_IT, [
        (rows[0][4], "GENOMFORD", "ja"),
        (rows[1][4], "GENOMFORD", "nej"),
        (rows[2][4], "DELVIS", "nej"),
        (rows[3][4], "EJ_GENOMFORD", ""),
        (rows[4][4], "UTGAR", ""),
        (rows[5][4], "GENOMFORD", "ja"),
        (rows[6][4], "DELVIS", ""),       # T2 blank -> T1 "Pågår" is the latest value
        (rows[7][4], "GENOMFORD", "nej"),
        (rows[8][4], "SAKNAS", ""),
        (rows[9][4], "GENOMFORD", ""),    # Slutförd, result only in attachment
    ])


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsförvaltningen - trafikljus (fyllnadsfärg), förklaring nederst
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
ORANGE = PatternFill("solid", fgColor="FFC000")
GREY = PatternFill("solid", fgColor="BFBFBF")
HEADFILL = PatternFill("solid", fgColor="DDEBF7")
GROUPFILL = PatternFill("solid", fgColor="F2F2F2")


def f2_buf():
    fil = "BUF uppföljning internkontroll T2 2025.xlsx"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Avser: tertial 2 (januari–augusti). Färgmarkera T-kolumnerna enligt teckenförklaringen längst ned."
    ws["A3"].font = Font(italic=True)
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    r = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HEADFILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("Ekonomi", None),
        ("1.1", "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Controller", GREEN, GREEN, None,
         "Stickprov 25 fakturor/tertial, inga fel.", None, "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor", "Controller", GREEN, ORANGE, None,
         "2 av 15 underlag saknade deltagarförteckning. Återkoppling till berörda rektorer.", None,
         "GENOMFORD", "ja"),
        ("1.3", "Elevpeng", "Avstämning av elevpeng till fristående skolor mot folkbokföring",
         "Månatlig avstämning mot Skatteverkets uppgifter", "Ekonom BUF", GREEN, YELLOW, None,
         "Januari–juli avstämt. Augusti ej avstämd pga byte av elevregister.", None, "DELVIS", ""),
        ("Personal", None),
        ("2.1", "Rekrytering", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
         "Stickprov 10 nyanställningar", "HR-konsult", GREEN, RED, None,
         "Ej genomförd, ansvarig HR-konsult sjukskriven. Genomförs T3.", None, "EJ_GENOMFORD", ""),
        ("2.2", "Arbetsmiljö", "Uppföljning av att rehabiliteringsutredning påbörjas vid upprepad korttidsfrånvaro",
         "Uttag ur HR-systemet, 6 tillfällen/12 mån", "HR-konsult", YELLOW, GREEN, None,
         "Samtliga 9 fall hanterade enligt rutin.", None, "GENOMFORD", "nej"),
        ("2.3", "Lön", "Kontroll av att lönetillägg och timanställdas tidrapporter attesteras av rätt chef",
         "Stickprov 20 tidrapporter", "Löneadministratör", None, None, None, "", None, "SAKNAS", ""),
        ("Verksamhet", None),
        ("3.1", "Kränkande behandling",
         "Kontroll av att anmälan om kränkande behandling lämnas till huvudman utan dröjsmål",
         "Jämförelse datum händelse/anmälan i ärendesystemet", "Kvalitetsstrateg", GREEN, GREEN, None,
         "Granskat 48 anmälningar. I 4 ärenden dröjde anmälan till huvudman mer än 5 arbetsdagar.", None,
         "GENOMFORD", "ja"),
        ("3.2", "Särskilt stöd",
         "Kontroll av att beslut om åtgärdsprogram fattas av rektor och dokumenteras",
         "Stickprov 5 elever per skola", "Kvalitetsstrateg", YELLOW, YELLOW, None,
         "Pågår, 3 av 7 skolor granskade.", None, "DELVIS", ""),
        ("3.3", "Skolskjuts", "Kontroll av skolskjutsbeslut mot gällande riktlinjer",
         "Stickprov 15 beslut", "Skolskjutshandläggare", GREY, GREY, None,
         "Utgår – handläggningen av skolskjuts flyttad till Tekniska förvaltningen.", None, "UTGAR", ""),
        ("3.4", "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationsbeslut/nämndprotokoll", "Nämndsekreterare", GREEN, None, None,
         "", "Se bilaga", "OKLAR", ""),
    ]
    rows_exp = []
    r = 6
    for d in data:
        if d[1] is None:
            ws.cell(row=r, column=1, value=d[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = GROUPFILL
            r += 1
            continue
        nr, proc, km, metod, ansv, t1, t2, t3, komm, t2text, st, av = d
        vals = [nr, proc, km, metod, ansv, None, t2text, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        for c, f in ((6, t1), (7, t2), (8, t3)):
            if f is not None:
                ws.cell(row=r, column=c).fill = f
        rows_exp.append((km, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    r += 1
    for f, txt in ((GREEN, "Genomförd utan anmärkning"),
                   (ORANGE, "Genomförd – avvikelse noterad"),
                   (YELLOW, "Påbörjad / delvis genomförd"),
                   (RED, "Ej genomförd"),
                   (GREY, "Utgår")):
        ws.cell(row=r, column=2).fill = f
        ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r, column=3, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Sammanställt av: Eva Björk, controller BUF, 2025-09-16")
    for col, wdt in zip("ABCDEFGHI", (6, 20, 48, 32, 18, 7, 7, 7, 50)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_BUN, "2025", "T2"))
    exp(fil, N_BUN, rows_exp)


# ---------------------------------------------------------------------------
# F3  Lönenämnden - nämnden står bara i sidfoten
# ---------------------------------------------------------------------------
def f3_lon():
    fil = "Internkontroll tertial 2 2025.xlsx"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertial 2"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Genomförd anges med Ja / Nej / Delvis. Avvikelse anges med Ja / Nej."
    ws["A3"].font = Font(italic=True, size=9)
    head = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Genomförd", "Avvikelse",
            "Åtgärd/kommentar", "Sign."]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = HEADFILL
    data = [
        ("Lön", "Kontroll av att nyanställningar registrerats i lönesystemet med korrekt lön enligt anställningsavtal",
         "Stickprov 30 st", "Ja", "Nej", "Inga fel.", "AL", "GENOMFORD", "nej"),
        ("Lön", "Kontroll av felaktiga löneutbetalningar och återkrav",
         "Samtliga", "Ja", "Ja", "14 felaktiga utbetalningar (9 Mora, 5 Orsa), återkrav skickade.", "AL",
         "GENOMFORD", "ja"),
        ("Skatt/avgifter", "Avstämning av skatteavdrag och arbetsgivaravgifter mot arbetsgivardeklaration",
         "Varje månad", "Ja", "Nej", "", "KE", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll av att utbetalda arvoden till förtroendevalda i Mora och Orsa överensstämmer med beslutade arvodesregler",
         "Stickprov 15 st per kommun", "Delvis", "Nej", "Mora kontrollerat, Orsa kontrolleras i oktober.", "KE",
         "DELVIS", "nej"),
        ("Behörigheter", "Granskning av behörigheter i lönesystemet Personec P",
         "Samtliga användare", "Nej", "", "Skjuts upp till T3 pga systemuppgradering.", "",
         "EJ_GENOMFORD", ""),
        ("Resor", "Kontroll av utlägg och reseräkningar mot underlag",
         "Stickprov 20 st", "Ja", "Ja", "Två reseräkningar utan kvitton, återbetalning begärd.", "AL",
         "GENOMFORD", "ja"),
        ("Pension", "Kontroll av att löneväxling till pension hanteras enligt avtal",
         "Samtliga", "Ej aktuell", "", "Ingen ny löneväxling under perioden.", "KE", "UTGAR", ""),
        ("Bokslut", "Kontroll av semesterlöneskuld per tertial",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    rows_exp = []
    for d in data:
        for c, v in enumerate(d[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        rows_exp.append((d[1], d[7], d[8]))
        r += 1
    for col, wdt in zip("ABCDEFG", (16, 55, 22, 11, 10, 45, 6)):
        ws.column_dimensions[col].width = wdt
    ws.oddFooter.left.text = "Gemensamma lönenämnden Mora Orsa"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.oddFooter.right.text = "2025-09-10"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_LON, "2025", "T2"))
    exp(fil, N_LON, rows_exp)


# ---------------------------------------------------------------------------
# F4  Tekniska förvaltningen - tjänsteskrivelse undertecknad av förvaltningschefen
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def f4_teknik():
    fil = "Tjänsteskrivelse uppföljning intern kontroll T2 2025.docx"
    doc = Document()
    fix_doc_props(doc, "Maria Hedlund")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "MORA KOMMUN\tTJÄNSTESKRIVELSE"
    p = doc.add_paragraph()
    p.add_run("Datum: 2025-09-19\nDnr: TN 2025/0143\nHandläggare: Jonas Ersson, verksamhetscontroller")
    p = doc.add_paragraph()
    p.add_run("Till Tekniska nämnden").bold = True
    doc.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Tekniska nämnden godkänner uppföljningen av internkontrollplanen för tertial 2 2025 "
                      "och lägger den till handlingarna.")
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 6). Planen innehåller nio "
        "kontrollmoment inom gata/park, fastighet, inköp och förråd. Nedan redovisas utfallet per den "
        "31 augusti 2025. Kontrollmoment som har avvikelser följs upp med åtgärder enligt tabellen.")
    doc.add_paragraph("Status anges med symbol: ● = genomförd, ◐ = delvis genomförd, ○ = ej genomförd, "
                      "– = utgår.")
    rows = [
        ("Gata/park", "Kontroll av att vinterväghållning utförs enligt upphandlade entreprenadavtal",
         "Stickprov på 12 utryckningar jan–mars, samtliga enligt avtal.", "●", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att lekplatser besiktigas enligt SS-EN 1176",
         "Huvudbesiktning klar för 18 av 31 lekplatser. Resterande besiktigas i september.", "◐",
         "DELVIS", ""),
        ("Fastighet", "Kontroll av att ÄTA-arbeten i byggprojekt beställs skriftligt av behörig person",
         "Granskat 3 projekt. I projekt Noretskolan saknades skriftlig beställning för två ÄTA-arbeten.\n"
         "Åtgärd: påminnelse till projektledare, rutinen gås igenom på APT.", "●", "GENOMFORD", "ja"),
        ("Fastighet", "Uppföljning av att obligatorisk ventilationskontroll (OVK) är genomförd och godkänd i kommunens lokaler",
         "Ej påbörjad, upphandling av besiktningsman pågår.", "○", "EJ_GENOMFORD", ""),
        ("Fastighet", "Kontroll av hyresavtal mot fakturerad hyra för externt förhyrda lokaler",
         "Samtliga 11 avtal avstämda. Inga avvikelser.", "●", "GENOMFORD", "nej"),
        ("Inköp", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
         "Genomförd. 1 av 6 direktupphandlingar saknade dokumentation.", "●", "GENOMFORD", "ja"),
        ("Inköp", "Kontroll av bränsleförbrukning och tankkort för kommunens fordon",
         "Utgår enligt beslut TN 2025-04-15 § 42, ersätts av elektroniska körjournaler.", "–", "UTGAR", ""),
        ("Förråd", "Inventering av verktyg och maskiner på gatuförrådet",
         "Inventeringen genomfördes i juni, inga differenser mot registret.", "", "GENOMFORD", "nej"),
        ("Förråd", "Kontroll av att felanmälningar åtgärdas inom utlovad tid",
         "Redovisas vid helår.", "", "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Område", "Kontrollmoment", "Resultat tertial 2", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for area, km, res, sym, s, a in rows:
        cells = t.add_row().cells
        set_cell(cells[0], area)
        set_cell(cells[1], km)
        set_cell(cells[2], res)
        set_cell(cells[3], sym, size=12)
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = (Cm(2.5), Cm(6.0), Cm(7.0), Cm(1.5))
    for row in t.rows:
        for c, wdt in enumerate(widths):
            row.cells[c].width = wdt
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelserna inom "
        "fastighet och inköp åtgärdas under hösten. Kontrollen av OVK genomförs så snart besiktningsman "
        "är upphandlad och redovisas i helårsuppföljningen.")
    doc.add_paragraph("Beslutet skickas till: Kommunstyrelsen, revisorerna")
    doc.add_paragraph("")
    doc.add_paragraph("Mora den 19 september 2025")
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Maria Hedlund").bold = True
    doc.add_paragraph("Förvaltningschef, Tekniska förvaltningen")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_TN, "2025", "T2"))
    exp(fil, N_TN, [(km, s, a) for _, km, _, _, s, a in rows])


# ---------------------------------------------------------------------------
# F5  Gemensamma miljö- och byggnämnden Mora-Orsa - .xls, koder G/D/E/U, Mora/Orsa-kolumner
# ---------------------------------------------------------------------------
def f5_mbn(tmp):
    fil = "MBN Mora-Orsa IK-uppföljning T2 2025.xls"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Gemensamma miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "för Mora kommun och Orsa kommun (värdkommun: Mora)"
    ws["A3"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "Planen fastställd av nämnden 2025-01-29 § 7"
    ws["F2"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["F2"].font = Font(italic=True, size=9)
    # two-row header
    ws["A6"] = "Process"
    ws["B6"] = "Kontrollmoment"
    ws["C6"] = "Kontrollansvarig"
    ws["D6"] = "Antal kontrollerade ärenden"
    ws["D7"] = "Mora"
    ws["E7"] = "Orsa"
    ws["F6"] = "Resultat/iakttagelser"
    ws["G6"] = "Status"
    for col in "ABCFG":
        ws.merge_cells(f"{col}6:{col}7")
    ws.merge_cells("D6:E6")
    for rr in (6, 7):
        for c in range(1, 8):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = HEADFILL
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("Bygglov", "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Bygglovschef", 40, 22,
         "3 ärenden i Mora överskred handläggningstiden utan att avgiften reducerades enligt PBL.",
         "G", "GENOMFORD", "ja"),
        ("Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa",
         "Bygglovschef", 20, 10, "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Kontroll av att planerad tillsyn enligt tillsynsplanen följs",
         "Miljöchef", "–", "–", "Per augusti utfört: Mora 58 %, Orsa 49 % av planerad tillsyn.",
         "D", "DELVIS", ""),
        ("Miljötillsyn", "Kontroll av att timavgift för tillsyn faktureras inom en månad",
         "Miljöchef", 15, 0, "Mora kontrollerat utan anmärkning. Orsa ej kontrollerat ännu.",
         "D", "DELVIS", "nej"),
        ("Livsmedel", "Kontroll av att livsmedelskontroll dokumenteras i Ecos",
         "Miljöchef", 25, 12, "", "G", "GENOMFORD", ""),
        ("Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", 30, 30, "Samtliga beslut anmälda.", "G", "GENOMFORD", "nej"),
        ("Nämndadministration", "Kontroll av att inkomna handlingar diarieförs inom 2 arbetsdagar",
         "Registrator", None, None, "Ej genomförd under perioden pga personalbrist på registraturen.",
         "E", "EJ_GENOMFORD", ""),
        ("Strandskydd", "Kontroll av strandskyddsdispenser mot länsstyrelsens överprövning",
         "Bygglovschef", None, None, "Utgår, ingår i länsstyrelsens egen tillsyn.", "U", "UTGAR", ""),
        ("Tillsyn PBL", "Kontroll av att ärenden om olovligt byggande handläggs och avslutas",
         "Byggnadsinspektör", 4, 0, "Påbörjad, 4 av 11 öppna ärenden genomgångna.", None, "DELVIS", ""),
    ]
    r = 8
    rows_exp = []
    for d in data:
        for c, v in enumerate(d[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        rows_exp.append((d[1], d[7], d[8]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Den interna kontrollen bedöms i huvudsak tillräcklig. Handläggningstider "
                                    "och tillsynstakt följs upp särskilt i helårsrapporten.")
    r += 2
    ws.cell(row=r, column=1, value="Mora 2025-09-17")
    ws.cell(row=r + 1, column=1, value="Anders Lund, miljö- och byggchef")
    for col, wdt in zip("ABCDEFG", (20, 50, 18, 9, 9, 50, 8)):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(tmp, "mbn.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", tmp)
    shutil.copyfile(os.path.join(tmp, "mbn.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_MBN, "2025", "T2"))
    exp(fil, N_MBN, rows_exp)


# ---------------------------------------------------------------------------
# F6  Socialförvaltningen - .odt, en lodrät tabell per kontrollmoment
# ---------------------------------------------------------------------------
def f6_soc(tmp):
    fil = "Socialförvaltningen tertialrapport 2 intern kontroll 2025.odt"
    doc = Document()
    fix_doc_props(doc, "Socialförvaltningen")
    doc.add_heading("Socialförvaltningen", level=1)
    doc.add_paragraph("Tertialrapport 2 2025 – uppföljning av intern kontroll")
    doc.add_paragraph(
        "I rapporten redovisas resultatet av de kontroller som ingår i 2025 års plan för intern kontroll. "
        "Varje kontrollmoment redovisas i en egen tabell med metod, ansvarig, resultat för perioden och status.")
    items = [
        ("1. Myndighetsutövning", "Kontroll av att beslut om bistånd enligt SoL verkställs inom tre månader",
         "Uttag ur Lifecare av ej verkställda beslut", "Enhetschef biståndsenheten",
         "2 beslut om särskilt boende ej verkställda inom tre månader, rapporterade till IVO.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2. Ekonomiskt bistånd", "Stickprovskontroll av utbetalt ekonomiskt bistånd mot beslut",
         "Stickprov 40 akter", "Enhetschef försörjningsstöd",
         "40 akter granskade, inga felaktiga utbetalningar.", "Genomförd", "GENOMFORD", "nej"),
        ("3. Barn och unga", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Genomgång av samtliga orosanmälningar", "Enhetschef barn och familj",
         "Granskning av januari–april klar utan anmärkning, maj–augusti pågår.", "Pågående", "DELVIS", "nej"),
        ("4. Hemtjänst",
         "Uppföljning av att genomförandeplaner inom hemtjänsten upprättas och uppdateras var sjätte månad",
         "Stickprov 10 brukare per område", "Enhetschefer hemtjänst",
         "Ej genomförd under tertialen.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("5. Avgifter", "Kontroll av att avgifter inom äldreomsorgen debiteras enligt beslut",
         "Jämförelse avgiftsbeslut/faktura, 20 st", "Avgiftshandläggare",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("6. Informationssäkerhet",
         "Kontroll av att loggar i Lifecare följs upp avseende otillbörlig åtkomst",
         "Månatlig loggkontroll", "Systemförvaltare",
         "Kontrollen ersatt av kommungemensam loggkontroll från 2025-05-01.", "Ej aktuell", "UTGAR", ""),
        ("7. Bemanning",
         "Kontroll av att avtal med bemanningsföretag följs vid inhyrning av sjuksköterskor",
         "Genomgång av fakturor mot avtal", "Verksamhetscontroller", "", "", "SAKNAS", ""),
        ("8. Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO vid behov",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         "3 rapporter inkomna, samtliga utredda inom föreskriven tid och en anmäld till IVO.",
         "Genomförd", "GENOMFORD", "nej"),
    ]
    for head, km, metod, ansv, res, status, s, a in items:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate((("Kontrollmoment", km), ("Metod", metod), ("Ansvarig", ansv),
                                    ("Resultat T2", res), ("Status", status))):
            set_cell(t.rows[i].cells[0], k, bold=True, size=10)
            set_cell(t.rows[i].cells[1], v, size=10)
            t.rows[i].cells[0].width = Cm(3.5)
            t.rows[i].cells[1].width = Cm(12.5)
        doc.add_paragraph("")
    doc.add_paragraph("Bilaga 2: Avgiftskontroll äldreomsorg (separat dokument)")
    doc.add_paragraph("Socialförvaltningen, september 2025")
    src = os.path.join(tmp, "soc.docx")
    doc.save(src)
    soffice(src, "odt", tmp)
    shutil.copyfile(os.path.join(tmp, "soc.odt"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_SN, "2025", "T2"))
    exp(fil, N_SN, [(km, s, a) for _, km, _, _, _, _, s, a in items])


# ---------------------------------------------------------------------------
# F7  Kommunledningsförvaltningen - två blad: KS och gemensamma överförmyndarnämnden
# ---------------------------------------------------------------------------
def f7_klf():
    fil = "KLF internkontroll T2 2025.xlsx"
    wb = Workbook()
    fix_wb_props(wb)
    head = ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Frekvens",
            "Ansvarig", "Uppföljning T1", "Uppföljning T2", "Status"]
    ks = [
        ("Fel i attest ger felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Ekonomichef",
         "Stickprov 30 fakturor, inga fel.", "Stickprov 30 fakturor, 1 faktura saknade beslutsattest.", "Klar",
         "GENOMFORD", "ja"),
        ("Inköp utanför avtal", 3, 2,
         "Kontroll av avtalstrohet vid inköp av kontorsmaterial", "Halvår", "Upphandlingschef",
         "", "Avtalstrohet 94 %, inga köp utanför avtal över 10 tkr.", "Klar", "GENOMFORD", "nej"),
        ("Handlingar kan inte återsökas", 3, 2,
         "Kontroll av att diarieföring sker enligt dokumenthanteringsplanen", "Årlig", "Kanslichef",
         "", "Stickprov påbörjat i augusti.", "Pågår", "DELVIS", ""),
        ("Förtroendeskada", 2, 4,
         "Uppföljning av att förtroendekänsliga poster (representation, resor) redovisas korrekt",
         "Tertial", "Ekonomichef", "Inga avvikelser.", "Inga avvikelser.", "Klar", "GENOMFORD", "nej"),
        ("Bristande krisberedskap", 2, 4,
         "Kontroll av att kommunens krisledningsplan är uppdaterad", "Årlig", "Säkerhetschef",
         "", "Planeras till november.", "Ej startad", "EJ_GENOMFORD", ""),
        ("Felaktiga föreningsbidrag", 2, 2,
         "Kontroll av att bidrag till föreningar betalas ut enligt beslut", "Årlig", "Kanslichef",
         "Flyttad till Kultur- och fritidsnämndens plan.", "", "Struken", "UTGAR", ""),
        ("Felaktigt momsavdrag", 2, 2,
         "Kontroll av att moms på representation redovisas korrekt", "Halvår", "Redovisningsansvarig",
         "Genomförd, inga fel.", "", "", "GENOMFORD", "nej"),
    ]
    ofn = [
        ("Huvudmän lider ekonomisk skada", 2, 4,
         "Granskning av årsräkningar för 2024 inom fastställd tid (senast 30 juni)", "Årlig",
         "Överförmyndarhandläggare", "Granskning pågår, 41 % klara.",
         "Per 30/6: Mora 212 av 215, Orsa 88 av 90 granskade. Resterande 5 granskade i juli, dvs efter fastställd tid.",
         "Klar", "GENOMFORD", "ja"),
        ("Olämpliga ställföreträdare", 2, 4,
         "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Tertial",
         "Överförmyndarhandläggare", "Inga avvikelser.", "Inga avvikelser.", "Klar", "GENOMFORD", "nej"),
        ("Felaktiga arvoden", 3, 2,
         "Kontroll av arvoden till gode män mot beslut", "Halvår", "Handläggare arvoden",
         "", "Mora klart utan anmärkning, Orsa påbörjat.", "Pågår", "DELVIS", "nej"),
        ("Omyndigas medel förbrukas", 2, 4,
         "Kontroll av att spärrade konton finns för omyndigas medel över 1,5 prisbasbelopp", "Tertial",
         "Överförmyndarhandläggare", "OK",
         "1 ärende i Orsa saknade överförmyndarspärr, åtgärdat i augusti.", "Klar", "GENOMFORD", "ja"),
        ("Förteckningar saknas", 3, 3,
         "Kontroll av att förteckningar inkommer inom två månader från förordnande", "Halvår",
         "Överförmyndarhandläggare", "", "", "Ej startad", "EJ_GENOMFORD", ""),
        ("Otillåtna uttag", 2, 4,
         "Stickprov på att uttag från spärrade konton har överförmyndarens samtycke", "Årlig",
         "Överförmyndarhandläggare", "", "", "", "SAKNAS", ""),
    ]

    def fill_sheet(ws, title1, title2, rows):
        ws["A1"] = title1
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = title2
        ws["A3"] = "Internkontrollplan 2025 – uppföljning tertial 2"
        ws["A3"].font = Font(bold=True)
        ws["A4"] = "Riskvärde = sannolikhet × konsekvens (1–4). Status väljs i listan: Klar, Pågår, Ej startad, Struken."
        ws["A4"].font = Font(italic=True, size=9)
        ws.merge_cells("A6:H6")
        ws["A6"] = "PLAN (antagen av nämnden)"
        ws.merge_cells("I6:K6")
        ws["I6"] = "UPPFÖLJNING 2025"
        for c in range(1, 12):
            ws.cell(row=6, column=c).fill = GROUPFILL
            ws.cell(row=6, column=c).font = Font(bold=True)
            cell = ws.cell(row=7, column=c, value=head[c - 1])
            cell.font = Font(bold=True)
            cell.fill = HEADFILL
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        dv = DataValidation(type="list", formula1='"Klar,Pågår,Ej startad,Struken"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 8
        out = []
        for i, d in enumerate(rows, 1):
            risk, sann, kons, km, frek, ansv, t1, t2, status, s, a = d
            vals = [i, risk, sann, kons, None, km, frek, ansv, t1, t2, status]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=5, value=f"=C{r}*D{r}").border = BOX
            dv.add(ws.cell(row=r, column=11))
            out.append((km, s, a))
            r += 1
        for col, wdt in zip("ABCDEFGHIJK", (5, 28, 11, 11, 9, 45, 9, 20, 32, 45, 11)):
            ws.column_dimensions[col].width = wdt
        ws.freeze_panes = "A8"
        return out

    ws1 = wb.active
    ws1.title = "KS"
    e1 = fill_sheet(ws1, "Kommunstyrelsen", "Ansvarig förvaltning: Kommunledningsförvaltningen", ks)
    ws2 = wb.create_sheet("ÖFN")
    e2 = fill_sheet(ws2, "Överförmyndarnämnden Mora Orsa",
                    "Gemensam nämnd för Mora och Orsa kommuner, värdkommun Mora. Kansli: Kommunledningsförvaltningen",
                    ofn)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N_KS, "2025", "T2"))
    FILES.append((fil, "INLAST", N_OFN, "2025", "T2"))
    exp(fil, N_KS, e1)
    exp(fil, N_OFN, e2)


# ---------------------------------------------------------------------------
# F8  Bild (PNG, "mobilfoto" av ett papper) omdöpt till .xlsx -> AVVISAD
# ---------------------------------------------------------------------------
def png_bytes(w, h):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            # greyish paper with darker "text lines"
            v = 236 - (x + y) // 40
            if 30 < x < w - 30 and y % 22 in (10, 11, 12) and (x // 7 + y) % 9 != 0 and y > 40:
                v = 70
            raw += bytes((v, v, max(v - 6, 0)))
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def f8_picture():
    fil = "Kultur och fritid IK T2 2025.xlsx"
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(png_bytes(480, 640))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            fh.write(";".join(row) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r515-")
    try:
        f1_it_export()
        f2_buf()
        f3_lon()
        f4_teknik()
        f5_mbn(tmp)
        f6_soc(tmp)
        f7_klf()
        f8_picture()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} rows in files.csv, {len(EXPECTED)} rows in expected.csv")


if __name__ == "__main__":
    main()
