#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r198 – Bruksviks kommun, helår 2025.

Theme: plans and follow-ups travel together.  Builds every file of the round
plus namnder.csv, files.csv and expected.csv, deterministically.
Run with:  /usr/bin/python3 make_round.py
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
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round198"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "yellow": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "head2": PatternFill("solid", fgColor="DDEBF7"),
    "plan": PatternFill("solid", fgColor="E2EFDA"),
    "uppf": PatternFill("solid", fgColor="FCE4D6"),
}


def fix_props(wb):
    wb.properties.creator = "Bruksviks kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))
    s.top_margin = Cm(1.8)
    s.bottom_margin = Cm(1.8)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def doc_fixed(doc, title):
    cp = doc.core_properties
    cp.author = "Bruksviks kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Bruksviks kommun"
    cp.revision = 1


# =============================================================== 1. KS plan
KS_CONTROLS = [
    # nr, process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, rapportering
    ("1", "Ekonomi – leverantörsfakturor",
     "Felaktiga utbetalningar; fakturor attesteras av obehörig", 2, 4,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 30 fakturor per tertial i ekonomisystemet", "Tertial",
     "Redovisningschef", "T1, T2, helår"),
    ("2", "Inköp och upphandling",
     "Inköp sker utanför avtal, risk för otillåten direktupphandling", 3, 3,
     "Kontroll av avtalstrohet vid inköp av varor och tjänster",
     "Spendanalys av inköpsdata samt stickprov 20 inköp", "Halvår",
     "Upphandlingschef", "T2, helår"),
    ("3", "Lön",
     "Lön betalas ut efter avslutad anställning", 2, 3,
     "Kontroll av att löneutbetalningar till avslutade anställningar inte sker",
     "Avstämning av utbetalningslista mot avslut i HR-systemet", "Månadsvis",
     "Lönechef", "T1, T2, helår"),
    ("4", "Förtroendekänsliga poster",
     "Kostnader för representation, resor och konferenser strider mot riktlinjer", 3, 3,
     "Förtroendekänsliga poster – representation, resor och konferenser följer riktlinjer",
     "Stickprov 20 verifikationer", "Årligen",
     "Ekonomichef", "Helår"),
    ("5", "Nämndadministration",
     "Delegationsbeslut anmäls inte, beslut vinner inte laga kraft", 2, 3,
     "Anmälan av delegationsbeslut till kommunstyrelsen",
     "Jämförelse mellan diariet och anmälningslistor", "Tertial",
     "Kanslichef", "T1, T2, helår"),
    ("6", "Informationssäkerhet",
     "Otillåtna eller inaktuella behörigheter i ekonomisystemet", 3, 4,
     "Behörigheter i ekonomisystemet är aktuella och följer rollbeskrivning",
     "Genomgång av behörighetslista med respektive chef", "Årligen",
     "Systemförvaltare ekonomisystem", "Helår"),
    ("7", "Dataskydd",
     "Personuppgiftsbehandlingar saknas i registerförteckningen", 2, 3,
     "Registerförteckning enligt GDPR är uppdaterad",
     "Genomgång av registerförteckningen per avdelning", "Årligen",
     "Dataskyddssamordnare", "Helår"),
    ("8", "Krisberedskap",
     "Kommunen kan inte leda verksamheten vid en samhällsstörning", 2, 4,
     "Krisledningsplanen är reviderad och övad",
     "Kontroll av revideringsdatum och genomförd övning", "Årligen",
     "Säkerhetssamordnare", "Helår"),
    ("9", "Dokumenthantering",
     "Allmänna handlingar registreras inte i tid, offentlighetsprincipen åsidosätts", 3, 2,
     "Allmänna handlingar diarieförs inom fastställd tid",
     "Stickprov 25 inkomna ärenden per tertial", "Tertial",
     "Registrator", "T1, T2, helår"),
]


def build_ks_plan():
    fil = "KS Internkontrollplan 2025 antagen.docx"
    doc = Document()
    landscape(doc)
    doc_fixed(doc, "Internkontrollplan 2025 Kommunstyrelsen")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "BRUKSVIKS KOMMUN\tKommunledningskontoret\tDnr KS 2024/0587"
    doc.add_heading("Internkontrollplan 2025 – Kommunstyrelsen", level=1)
    doc.add_paragraph("Antagen av kommunstyrelsen 2025-02-11, § 19")
    doc.add_heading("Inledning", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är "
        "tillräcklig. Kommunstyrelsens internkontrollplan för 2025 bygger på den risk- och "
        "väsentlighetsanalys som kommunledningskontoret genomförde under hösten 2024. Risker har "
        "bedömts utifrån sannolikhet (1–4) och konsekvens (1–4). Risker med riskvärde 6 eller högre "
        "har förts in i planen som kontrollmoment.")
    doc.add_paragraph(
        "Uppföljning av planen sker i kommunens styrsystem Stratsys i samband med tertialrapport 1, "
        "delårsrapporten (tertial 2) och årsredovisningen. Resultatet av helårsuppföljningen "
        "rapporteras till kommunstyrelsen i februari 2026.")
    doc.add_heading("Kontrollmoment 2025", level=2)
    heads = ["Nr", "Process/rutin", "Risk", "Riskvärde\n(S×K)", "Kontrollmoment",
             "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for c in KS_CONTROLS:
        nr, proc, risk, s, k, km, metod, frek, ansv, rapp = c
        cells = t.add_row().cells
        vals = [nr, proc, risk, f"{s}×{k} = {s*k}", km, metod, frek, ansv, rapp]
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
    widths = [1.0, 3.2, 4.6, 1.8, 5.2, 4.2, 1.9, 2.8, 2.2]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph(
        "Riskvärde: 1–4 låg risk, 5–8 medelhög risk, 9–16 hög risk. S = sannolikhet, K = konsekvens.")
    doc.add_paragraph("Bruksvik 2025-02-11")
    doc.add_paragraph("Lena Hammarström\nKommundirektör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", ""))


# ===================================================== 2. KS Stratsys export
# per control: list of (period, status, avvikelse, kommentar, åtgärd); expected
KS_FOLLOW = {
    "1": ([("Tertial 1", "Genomförd", "Nej", "30 fakturor granskade. Samtliga attesterade av behörig attestant.", ""),
           ("Tertial 2", "Genomförd", "Ja", "30 fakturor granskade. 2 fakturor attesterade av ersättare som saknade beslut i attestförteckningen.", "Attestförteckningen uppdaterad i juni."),
           ("Helår", "Genomförd", "Ja", "30 fakturor granskade under T3. 3 fakturor saknade attest av behörig attestant (beslutsattest gjord av person utan delegation).\nTotalt för året: 5 av 90 granskade fakturor med avvikelse.", "Påminnelse till budgetansvariga, attestutbildning planeras mars 2026.")],
          "GENOMFORD", "ja"),
    "2": ([("Tertial 2", "Pågående", "", "Spendanalys för jan–jun påbörjad.", ""),
           ("Helår", "Genomförd", "Ja", "Avtalstroheten uppgick till 84 % (målvärde 90 %). Störst avvikelse inom konsulttjänster och kontorsmaterial.", "Riktade insatser mot inköpare inom konsulttjänster.")],
          "GENOMFORD", "ja"),
    "3": ([("Tertial 1", "Genomförd", "Nej", "Avstämning gjord varje månad, inga felaktiga utbetalningar.", ""),
           ("Tertial 2", "Genomförd", "Nej", "Inga avvikelser.", ""),
           ("Helår", "Genomförd", "Nej", "Avstämning genomförd månadsvis under hela året. Inga utbetalningar till avslutade anställningar har upptäckts.", "")],
          "GENOMFORD", "nej"),
    "4": ([("Helår", "Pågående", "", "12 av 20 verifikationer granskade. Resterande 8 granskas i samband med bokslutet, klart i februari 2026.", "")],
          "DELVIS", ""),
    "5": ([("Tertial 1", "Genomförd", "Nej", "Samtliga delegationsbeslut i diariet återfinns på anmälningslistorna.", ""),
           ("Tertial 2", "Genomförd", "Nej", "Inga avvikelser.", ""),
           ("Helår", "", "", "", "")],
          "GENOMFORD", "nej"),
    "6": ([("Helår", "Ej påbörjad", "", "Genomgången har flyttats till kvartal 1 2026 på grund av byte av ekonomisystem den 1 januari 2026.", "Genomförs i det nya systemet.")],
          "EJ_GENOMFORD", ""),
    "7": ([("Helår", "Genomförd", "Nej", "Registerförteckningen har gåtts igenom med samtliga avdelningar. 6 nya behandlingar har lagts till.", "")],
          "GENOMFORD", "nej"),
    "8": ([("Helår", "Ej aktuell", "", "Kontrollmomentet utgår enligt beslut i kommunstyrelsen 2025-06-10 § 98. Krisledningsplanen ersätts av ny plan i samverkan med länets kommuner under 2026.", "")],
          "UTGAR", ""),
    "9": ([("Tertial 1", "Genomförd", "Nej", "25 ärenden kontrollerade, samtliga diarieförda inom 3 arbetsdagar.", ""),
           ("Tertial 2", "Genomförd", "Ja", "4 av 25 ärenden diarieförda senare än 3 arbetsdagar (semesterperioden).", "Översyn av bemanning i registraturen under sommaren."),
           ("Helår", "Genomförd", "Ja", "3 av 25 ärenden diarieförda för sent. Samtliga gällde e-post inkommen till funktionsbrevlåda.", "Rutin för funktionsbrevlådor ses över.")],
          "GENOMFORD", "ja"),
}


def build_ks_export():
    fil = "Stratsys_export_internkontroll_KS_2025.csv"
    header = ["Organisation", "Nämnd", "Process", "Kontrollmoment", "Ansvarig",
              "Period", "Status", "Avvikelse", "Kommentar", "Åtgärd", "Senast ändrad"]
    rows = []
    for c in KS_CONTROLS:
        nr, proc, risk, s, k, km, metod, frek, ansv, rapp = c
        periods, st, avv = KS_FOLLOW[nr]
        for (per, status, a, komm, atg) in periods:
            changed = {"Tertial 1": "2025-05-08", "Tertial 2": "2025-09-12",
                       "Helår": "2026-01-16"}[per]
            if per == "Helår" and not status and not komm:
                changed = ""
            rows.append(["Kommunledningskontoret", "Kommunstyrelsen", proc, km, ansv,
                         per, status, a, komm, atg, changed])
        exp(fil, KS, km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ================================================ 3. BUN – Plan + Uppföljning
BUN_CONTROLS = [
    # nr, process, risk, S, K, km, metod, frekvens, ansvarig, rapport,
    # res_T2, res_helår, status code, avv (J/N/""), åtgärd, expected status, exp avv
    ("1", "Elevhälsa och närvaro", "Elevers frånvaro uppmärksammas inte i tid", 3, 3,
     "Kontroll av att elevers frånvaro registreras dagligen i Skolplattformen",
     "Uttag ur Skolplattformen, 5 slumpvis valda dagar per skola", "Tertial", "Verksamhetschef grundskola", "T2, helår",
     "Registrering sker i 97 % av lektionerna.", "Registrering sker i 98 % av lektionerna. Samtliga skolor når målet om 95 %.",
     "G", "N", "", "GENOMFORD", "nej"),
    ("2", "Trygghet och studiero", "Kränkande behandling anmäls inte till huvudman", 3, 4,
     "Anmälan av kränkande behandling till huvudman inom fastställd tid",
     "Genomgång av samtliga anmälningar i DF Respons", "Tertial", "Kvalitetsstrateg", "T2, helår",
     "Genomförd. 5 av 31 anmälningar inkom senare än 5 arbetsdagar.",
     "8 av 40 anmälningar under hösten inkom till huvudman senare än 5 arbetsdagar efter händelsen.",
     "G", "J", "Påminnelse till rektorer, rutinen gås igenom på rektorsmöte i februari.", "GENOMFORD", "ja"),
    ("3", "Personal", "Personer med olämplig bakgrund anställs i verksamheten", 2, 4,
     "Registerkontroll ur belastningsregistret vid nyanställning",
     "Stickprov 20 nyanställningar i personalsystemet", "Helår", "HR-specialist", "Helår",
     "", "20 nyanställningar kontrollerade, registerutdrag fanns för samtliga.",
     "G", "N", "", "GENOMFORD", "nej"),
    ("4", "Skolskjuts", "Skolskjuts beviljas i strid med riktlinjerna", 2, 3,
     "Uppföljning av beslut om skolskjuts enligt riktlinjer",
     "Stickprov 15 beslut per skolform", "Helår", "Skolskjutshandläggare", "Helår",
     "", "Kontrollen genomförd för grundskolan (15 beslut, inga avvikelser). Gymnasiesärskolan kvarstår och kontrolleras i januari 2026.",
     "D", "", "", "DELVIS", "nej"),
    ("5", "Ekonomi", "Felaktiga utbetalningar", 2, 4,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor", "Tertial", "Controller", "T2, helår",
     "25 fakturor granskade, inga avvikelser.", "25 fakturor granskade, inga avvikelser.",
     "G", "N", "", "GENOMFORD", "nej"),
    ("6", "Avgifter förskola och fritidshem", "Felaktiga avgifter debiteras vårdnadshavare", 3, 2,
     "Kontroll av barnomsorgsavgifter – inkomstuppgifter stämmer mot debitering",
     "Stickprov 30 hushåll mot inkomstuppgift", "Helår", "Avgiftshandläggare", "Helår",
     "", "Kontrollen har inte genomförts på grund av vakans som avgiftshandläggare under hösten.",
     "E", "", "Kontrollen flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
    ("7", "Säkerhet", "Brister i brandskyddet på skolor och förskolor", 2, 4,
     "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolor och förskolor",
     "Enkät till rektorer samt kontroll av pärm/digital dokumentation", "Helår", "Säkerhetssamordnare", "Helår",
     "", "Dokumentation finns för 14 av 19 enheter. Fem förskolor har inte inkommit med underlag.",
     "D", "J", "Berörda förskolechefer har fått påminnelse.", "DELVIS", "ja"),
    ("8", "Dataskydd", "Skyddade personuppgifter röjs", 1, 4,
     "Hantering av skyddade personuppgifter i elevregister",
     "Kontroll av markering i elevregister mot Navet", "Helår", "Systemförvaltare", "Helår",
     "", "Samtliga 11 elever med skyddade personuppgifter är korrekt markerade.",
     "G", "N", "", "GENOMFORD", "nej"),
    ("9", "Särskilt stöd", "Tilläggsbelopp beslutas utan stöd i delegationsordningen", 2, 3,
     "Tilläggsbelopp för elever i behov av särskilt stöd – beslut fattade enligt delegation",
     "Stickprov 10 beslut", "Helår", "Grundskolechef", "Helår",
     "", "Utgår enligt beslut i BUN 2025-09-17 § 88. Följs upp i den ordinarie verksamhetsuppföljningen.",
     "U", "", "", "UTGAR", ""),
    ("10", "Inköp", "Inköp sker utanför upphandlade avtal", 3, 3,
     "Inköp sker från upphandlade leverantörer (avtalstrohet)",
     "Stickprov 20 inköp från leverantörsreskontran", "Helår", "Controller", "Helår",
     "", "", "", "", "", "SAKNAS", ""),
]
BUN_CODE = {"G": ("Genomförd", "green"), "D": ("Delvis genomförd", "yellow"),
            "E": ("Ej genomförd", "red"), "U": ("Utgår", "grey")}


def build_bun():
    fil = "BUN IKP 2025 plan och uppföljning.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    # --- Plan sheet
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Antagen av barn- och utbildningsnämnden 2025-01-22 § 7"
    heads = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
             "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till nämnd"]
    r0 = 5
    for i, h in enumerate(heads, 1):
        c = ws.cell(r0, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    for j, c in enumerate(BUN_CONTROLS):
        r = r0 + 1 + j
        vals = [int(c[0]), c[1], c[2], c[3], c[4], None, c[5], c[6], c[7], c[8], c[9]]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(r, 6, c[3] * c[4])
    widths = [5, 20, 34, 12, 12, 10, 44, 34, 10, 22, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    last = r0 + len(BUN_CONTROLS)
    ws.cell(last + 2, 1, "Riskvärde = sannolikhet × konsekvens. 1–4 låg, 5–8 medel, 9–16 hög.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    # --- Uppföljning sheet
    wu = wb.create_sheet("Uppföljning")
    wu["A1"] = "Uppföljning av internkontrollplan 2025 – Barn- och utbildningsnämnden"
    wu["A1"].font = Font(bold=True, size=14)
    wu["A2"] = "Period: Helår 2025 (resultat vid delårsrapport T2 redovisas för jämförelse)"
    wu["A3"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    wu["A3"].font = Font(italic=True)
    heads = ["Nr", "Kontrollmoment", "Resultat T2 (delår)", "Resultat helår", "Status helår",
             "Avvikelse (J/N)", "Åtgärd"]
    r0 = 5
    for i, h in enumerate(heads, 1):
        c = wu.cell(r0, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    for j, c in enumerate(BUN_CONTROLS):
        r = r0 + 1 + j
        vals = [int(c[0]), c[5], c[10] or None, c[11] or None, c[12] or None, c[13] or None, c[14] or None]
        for i, v in enumerate(vals, 1):
            cell = wu.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BORDER
        if c[12]:
            wu.cell(r, 5).fill = FILL[BUN_CODE[c[12]][1]]
            wu.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, BUN, c[5], c[15], c[16])
    last = r0 + len(BUN_CONTROLS)
    wu.cell(last + 2, 1, "Sammanfattande bedömning").font = Font(bold=True)
    wu.cell(last + 3, 1,
            "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Av tio "
            "kontrollmoment har fem genomförts i sin helhet. Brister avseende anmälan av kränkande "
            "behandling och dokumentation av brandskyddsarbetet åtgärdas under våren 2026.")
    wu.merge_cells(start_row=last + 3, start_column=1, end_row=last + 3, end_column=7)
    wu.row_dimensions[last + 3].height = 45
    wu.cell(last + 3, 1).alignment = WRAP
    wu.cell(last + 5, 1, "Bruksvik 2026-01-28")
    wu.cell(last + 6, 1, "Anders Widén, förvaltningschef")
    widths = [5, 46, 38, 50, 10, 11, 40]
    for i, w in enumerate(widths, 1):
        wu.column_dimensions[get_column_letter(i)].width = w
    wu.freeze_panes = "A6"
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ======================================== 4. SN – plan + follow-up side by side
SN_GROUPS = [
    ("Ekonomiskt bistånd", [
        ("Utbetalning sker utan beslut eller med fel belopp", 3, 4,
         "Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut",
         "Stickprov 25 akter per tertial i Treserva", "Tertial", "Enhetschef försörjningsstöd", "T1, T2, helår",
         "75 akter granskade under året. 2 utbetalningar saknade signerat beslut.",
         "Genomförd med avvikelse", "yellow",
         "Båda fallen gällde akuta utbetalningar under jourtid.", "Rutin för akuta utbetalningar förtydligad.",
         "GENOMFORD", "ja"),
        ("Bistånd utgår trots att den sökande har andra inkomster", 3, 3,
         "Kontroll mot Arbetsförmedlingen och Försäkringskassan (SSBTEK) vid nybesök",
         "Stickprov 20 nybesök", "Halvår", "Enhetschef försörjningsstöd", "T2, helår",
         "40 nybesök kontrollerade, SSBTEK-kontroll dokumenterad i samtliga.",
         "Genomförd", "green", "", "",
         "GENOMFORD", "nej"),
    ]),
    ("Barn och unga", [
        ("Barn som far illa uppmärksammas inte i tid", 3, 4,
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Månadsvis uttag ur verksamhetssystemet", "Månadsvis", "Enhetschef barn och unga", "T1, T2, helår",
         "91 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %).",
         "Genomförd med avvikelse", "yellow",
         "Hög arbetsbelastning under sommaren, 23 bedömningar försenade.", "Mottagningsgruppen förstärkt med en tjänst från oktober.",
         "GENOMFORD", "ja"),
        ("Utredningar drar ut på tiden", 2, 3,
         "Utredningstiden för barnavårdsutredningar överstiger inte fyra månader",
         "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga", "T1, T2, helår",
         "Samtliga utredningar avslutade inom fyra månader eller förlängda genom beslut enligt 11 kap. 2 § SoL (3 st).",
         "Genomförd", "green", "", "",
         "GENOMFORD", "nej"),
        ("Placerade barn får inte sina behov tillgodosedda", 2, 4,
         "Uppföljning av placerade barn – vårdplan och genomförandeplan finns",
         "Aktgranskning 20 akter", "Årligen", "Kvalitetsutvecklare", "Helår",
         "10 av 20 planerade akter granskade. 2 akter saknade aktuell genomförandeplan.",
         "Delvis", "yellow",
         "Resterande 10 akter granskas i kvartal 1 2026.", "Genomförandeplaner upprättade för de två barnen.",
         "DELVIS", "ja"),
    ]),
    ("Personal och säkerhet", [
        ("Personer med olämplig bakgrund arbetar med barn", 2, 4,
         "Registerutdrag ur belastningsregistret inför anställning på HVB och stödboende",
         "Stickprov 15 anställningar", "Årligen", "HR-partner", "Helår",
         "15 anställningar kontrollerade, utdrag fanns i samtliga fall.",
         "Genomförd", "green", "", "",
         "GENOMFORD", "nej"),
        ("Obehörig åtkomst till sekretessuppgifter", 3, 4,
         "Loggkontroll i verksamhetssystemet Treserva",
         "Stickprov 10 användare per tertial", "Tertial", "Systemförvaltare", "T1, T2, helår",
         "Loggkontroll har inte kunnat genomföras.",
         "Ej genomförd", "red",
         "Loggverktyget har ännu inte levererats av systemleverantören.", "Eskalerat till leverantören, beräknad leverans mars 2026.",
         "EJ_GENOMFORD", ""),
        ("Medarbetare utsätts för hot och våld", 3, 3,
         "Hot och våld – riskbedömning och handlingsplan finns för varje enhet",
         "Inventering hos enhetscheferna", "Årligen", "Säkerhetssamordnare", "Helår",
         "",
         "", None,
         "Klart. Riskbedömning och handlingsplan finns för samtliga 12 enheter.", "",
         "GENOMFORD", "nej"),
    ]),
    ("Ekonomi och inköp", [
        ("Felaktiga utbetalningar", 2, 4,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Tertial", "Controller", "T1, T2, helår",
         "75 fakturor granskade, samtliga korrekt attesterade.",
         "Genomförd", "green", "", "",
         "GENOMFORD", "nej"),
        ("Placeringar köps utan avtal, otillåten direktupphandling", 3, 4,
         "Köp av externa placeringar sker enligt ramavtal eller med direktupphandlingsprotokoll",
         "Genomgång av samtliga externa placeringar", "Halvår", "Enhetschef barn och unga", "T2, helår",
         "4 av 16 placeringar saknade både ramavtal och dokumenterad direktupphandling.",
         "Genomförd med avvikelse", "yellow",
         "Gäller akuta placeringar där ramavtalsleverantör saknade plats.", "Mall för direktupphandlingsprotokoll införd.",
         "GENOMFORD", "ja"),
    ]),
]


def build_sn():
    fil = "SN_IKP2025_helarsuppfoljning.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med helårsuppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Plan antagen SN 2025-01-28 § 6. Helårsuppföljning till SN 2026-02-24."
    ws.merge_cells("A4:J4")
    ws.merge_cells("K4:N4")
    ws["A4"] = "PLAN 2025"
    ws["K4"] = "UPPFÖLJNING HELÅR 2025"
    for ref, fill in (("A4", "plan"), ("K4", "uppf")):
        ws[ref].font = Font(bold=True, size=12)
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].fill = FILL[fill]
    heads = ["Process", "Risk", "S", "K", "Riskvärde (S×K)", "Kontrollmoment", "Metod",
             "Frekvens", "Ansvarig", "Tidpunkt", "Utfall", "Status", "Kommentar", "Åtgärd"]
    r0 = 5
    for i, h in enumerate(heads, 1):
        c = ws.cell(r0, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["plan"] if i <= 10 else FILL["uppf"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    r = r0 + 1
    for proc, ctrls in SN_GROUPS:
        start = r
        for (risk, s, k, km, metod, frek, ansv, tid, utfall, status, color, komm, atg, est, eavv) in ctrls:
            vals = [proc if r == start else None, risk, s, k, s * k, km, metod, frek, ansv, tid,
                    utfall or None, status or None, komm or None, atg or None]
            for i, v in enumerate(vals, 1):
                cell = ws.cell(r, i, v)
                cell.alignment = WRAP
                cell.border = BORDER
            if color:
                ws.cell(r, 12).fill = FILL[color]
            exp(fil, SN, km, est, eavv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).font = Font(bold=True)
    ws.cell(r + 1, 1, "S = sannolikhet, K = konsekvens (skala 1–4). Riskvärde 1–4 låg, 5–8 medel, 9–16 hög.").font = Font(italic=True)
    ws.cell(r + 2, 1, "Status: Genomförd / Genomförd med avvikelse / Delvis / Ej genomförd").font = Font(italic=True)
    widths = [16, 28, 4, 4, 9, 38, 26, 10, 20, 12, 40, 14, 36, 32]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.page_setup.orientation = "landscape"
    ws.oddHeader.center.text = "Socialförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ================================================== 5. VON – Word, side by side
VON_LEGEND = [("✔", "Genomförd utan avvikelse", "C6EFCE"), ("!", "Genomförd med avvikelse", "FFEB9C"),
              ("◐", "Delvis genomförd", "FFEB9C"), ("✖", "Ej genomförd", "FFC7CE"), ("–", "Utgår", "D9D9D9")]
VON_CONTROLS = [
    # km, S, K, metod/frekvens, ansvarig, tidpunkt, utfall, symbol, exp status, exp avv
    ("Avvikelser enligt SoL och HSL (lex Sarah) rapporteras och utreds",
     2, 4, "Genomgång av avvikelsesystemet, tertialvis", "MAS/kvalitetsstrateg", "T2, helår",
     "142 avvikelser rapporterade 2025. Samtliga lex Sarah-rapporter utredda, 2 anmälda till IVO.",
     "✔", "GENOMFORD", "nej"),
    ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut i hemtjänsten",
     3, 3, "Uttag ur verksamhetssystemet, halvårsvis", "Enhetschefer hemtjänst", "T2, helår",
     "78 % av genomförandeplanerna upprättades inom 14 dagar (mål 90 %). Störst brister i Södra hemtjänstgruppen.",
     "!", "GENOMFORD", "ja"),
    ("Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden",
     2, 4, "Stickprov två veckor per boende, helår", "MAS", "Helår",
     "Signeringslistor kontrollerade på samtliga fem boenden. Inga osignerade doser.",
     "✔", "GENOMFORD", "nej"),
    ("Kontroll av fakturering av hemtjänstavgifter mot utförd tid",
     3, 2, "Avstämning planerad/utförd tid mot faktura, helår", "Avgiftshandläggare", "Helår",
     "Kontrollen har genomförts för oktober–december. Underlag för januari–september kunde inte tas fram efter byte av planeringssystem. Inga felaktiga debiteringar för oktober–december.",
     "◐", "DELVIS", "nej"),
    ("Bemanningsbeslut och timanställningar följer beslutad bemanningsplan",
     3, 3, "Jämförelse schema/utfall, halvårsvis", "Verksamhetschef", "Helår",
     "Ej genomförd på grund av sjukskrivning hos ansvarig controller.",
     "✖", "EJ_GENOMFORD", ""),
    ("Nyckelhantering i hemtjänsten – kvittens av nycklar och digitala lås",
     2, 4, "Inventering av nyckelskåp och behörigheter, helår", "Enhetschefer hemtjänst", "Helår",
     "Inventering genomförd i alla fyra grupper. Tre nycklar saknades i Norra hemtjänstgruppen. Låsbyte genomfört hos berörda brukare.",
     "!", "GENOMFORD", "ja"),
    ("Fallriskbedömning enligt Senior alert vid inflyttning på särskilt boende",
     3, 3, "Uttag ur Senior alert, helår", "Sjuksköterskor SÄBO", "Helår",
     "Fallriskbedömning gjord för samtliga 63 inflyttade under året.",
     "✔", "GENOMFORD", "nej"),
    ("Brukarmedel – kontanthantering för boende med förvaltaruppdrag",
     2, 3, "Stickprov kassabok och kvitton, helår", "Enhetschefer SÄBO", "Helår",
     "",
     "Se bilaga 3", "OKLAR", ""),
    ("Övergång till nytt verksamhetssystem – behörighetsstyrning",
     3, 4, "Kontroll av behörighetsprofiler vid driftstart", "Systemförvaltare", "Helår",
     "Utgår. Systembytet är framflyttat till 2026 enligt beslut VON 2025-05-21 § 54.",
     "–", "UTGAR", ""),
]


def build_von():
    fil = "VON uppföljning internkontrollplan 2025 helår.docx"
    doc = Document()
    landscape(doc)
    doc_fixed(doc, "Uppföljning internkontrollplan 2025")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Vård- och omsorgsförvaltningen\tBruksviks kommun\tDnr VON 2024/312"
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Tjänsteskrivelse 2026-01-30"
    doc.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Internkontrollplanen för 2025 antogs av nämnden 2025-01-29 § 9 och omfattar nio "
        "kontrollmoment. Planens kolumner för risk, metod och ansvar redovisas nedan tillsammans "
        "med utfallet för helåret, så att nämnden kan se både vad som skulle kontrolleras och vad "
        "som har framkommit.")
    doc.add_paragraph(
        "Fem av nio kontroller har genomförts fullt ut, varav två med avvikelser. En kontroll har "
        "genomförts delvis, en har inte genomförts och en har utgått. Kontrollen av brukarmedel "
        "redovisas i separat bilaga.")
    doc.add_heading("Statusförklaring", level=2)
    lt = doc.add_table(rows=0, cols=2)
    lt.style = "Table Grid"
    for sym, txt, col in VON_LEGEND:
        cells = lt.add_row().cells
        set_cell(cells[0], sym, bold=True, size=10)
        shade(cells[0], col)
        set_cell(cells[1], txt, size=10)
        cells[0].width = Cm(1.2)
        cells[1].width = Cm(6.0)
    doc.add_paragraph()
    doc.add_heading("Kontrollmoment och utfall", level=2)
    heads = ["Kontrollmoment", "Risk\n(S × K)", "Metod och frekvens", "Ansvarig", "Tidpunkt",
             "Utfall helår 2025", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    colmap = {s: c for s, _, c in VON_LEGEND}
    for (km, s, k, metod, ansv, tid, utfall, sym, est, eavv) in VON_CONTROLS:
        cells = t.add_row().cells
        vals = [km, f"{s} × {k} = {s*k}", metod, ansv, tid, utfall, sym]
        for i, v in enumerate(vals):
            set_cell(cells[i], v, size=9)
        cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if sym in colmap:
            shade(cells[6], colmap[sym])
        exp(fil, VON, km, est, eavv)
    widths = [6.0, 1.8, 4.2, 3.2, 1.8, 7.5, 1.6]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Vård- och omsorgsnämnden godkänner helårsuppföljningen av internkontrollplan 2025.")
    doc.add_paragraph()
    doc.add_paragraph("Karin Sjöberg\nFörvaltningschef\n\nPer Lundqvist\nKvalitetsstrateg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ============================= 6. KFN – plan 2026 + follow-up 2025 (.ods)
KFN_FOLLOW = [
    # område, km, genomförd, avvikelse, kommentar, åtgärd, med i 2026, exp status, exp avv
    ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Ja", "Ja",
     "Stickprov 15 föreningar. Två föreningar hade fått aktivitetsstöd för deltagartillfällen som inte var bidragsberättigade.",
     "Återkrav gjort (18 400 kr). Information till föreningarna i januari.", "Ja", "GENOMFORD", "ja"),
    ("Kontanthantering", "Kassahantering i simhall och bibliotek – dagsavstämning", "Ja", "Nej",
     "Dagsavstämningar kontrollerade för tre slumpvis valda veckor, inga differenser.", "", "Nej", "GENOMFORD", "nej"),
    ("Intäkter", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Delvis", "Nej",
     "Kontrollen har gjorts för idrottshallarna (40 bokningar, korrekt debiterade). Kulturhusets lokaler har inte kontrollerats.",
     "Kulturhuset kontrolleras 2026.", "Ja", "DELVIS", "nej"),
    ("Inköp", "Inköp av konst till offentlig miljö följer riktlinjer och beslut", "Ja", "Nej",
     "Fyra inköp under året, samtliga med beslut av konstnärligt råd.", "", "Nej", "GENOMFORD", "nej"),
    ("Inköp", "Biblioteksmedia – inköp sker mot avtal med medieleverantör", "Ja", "Nej",
     "Samtliga fakturor för medieinköp från avtalad leverantör.", "", "Nej", "GENOMFORD", "nej"),
    ("Säkerhet", "Säkerhetsrutiner vid evenemang (tillstånd, utrymningsplan) följs", "Nej", "",
     "Kontrollen hann inte genomföras under sommarens evenemang på grund av personalbrist.",
     "Flyttas till plan 2026.", "Ja", "EJ_GENOMFORD", ""),
    ("Personal", "Registerkontroll av ledare på fritidsgårdar", "Ja", "Nej",
     "Registerutdrag finns för samtliga 22 ledare och timanställda.", "", "Nej", "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej",
     "20 fakturor granskade, inga avvikelser.", "", "Ja", "GENOMFORD", "nej"),
]
KFN_PLAN26 = [
    ("Bidrag", "Felaktiga utbetalningar av föreningsbidrag", 3, 3,
     "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Stickprov 15 föreningar", "Årligen", "Föreningskonsulent", "Helår"),
    ("Intäkter", "Uteblivna intäkter, felaktig debitering", 3, 2,
     "Uthyrning av lokaler i kulturhuset debiteras enligt taxa", "Stickprov 30 bokningar i Interbook", "Halvår", "Administrativ chef", "T2, helår"),
    ("Säkerhet", "Olycka eller brand vid evenemang", 2, 4,
     "Säkerhetsrutiner vid evenemang (tillstånd, utrymningsplan) följs", "Kontroll av tre evenemang", "Årligen", "Evenemangssamordnare", "Helår"),
    ("Dataskydd", "Personuppgifter i bokningssystemet sparas för länge", 3, 3,
     "Gallring av personuppgifter i bokningssystemet Interbook", "Kontroll av gallringslogg", "Årligen", "Systemförvaltare", "Helår"),
    ("Inköp", "Inköp sker utanför avtal", 3, 3,
     "Avtalstrohet vid inköp av förbrukningsmaterial", "Stickprov 20 inköp", "Årligen", "Controller", "Helår"),
    ("Ekonomi", "Felaktiga utbetalningar", 2, 4,
     "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Årligen", "Controller", "Helår"),
]


def build_kfn(tmp):
    fil = "KFN IK-plan 2026 samt uppföljning 2025.ods"
    wb = openpyxl.Workbook()
    fix_props(wb)
    # sheet 1: plan 2026 (the decision the nämnd took last, first in the workbook)
    wp = wb.active
    wp.title = "Internkontrollplan 2026"
    wp["A1"] = "Internkontrollplan 2026 – Kultur- och fritidsnämnden"
    wp["A1"].font = Font(bold=True, size=14)
    wp["A2"] = "Antagen av kultur- och fritidsnämnden 2025-12-09 § 112"
    heads = ["Kontrollområde", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
             "Metod", "Frekvens", "Ansvarig", "Rapportering"]
    r0 = 4
    for i, h in enumerate(heads, 1):
        c = wp.cell(r0, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head2"]
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True)
    for j, (omr, risk, s, k, km, metod, frek, ansv, rapp) in enumerate(KFN_PLAN26):
        r = r0 + 1 + j
        for i, v in enumerate([omr, risk, s, k, s * k, km, metod, frek, ansv, rapp], 1):
            cell = wp.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BORDER
    for i, w in enumerate([16, 32, 11, 11, 10, 44, 30, 10, 22, 12], 1):
        wp.column_dimensions[get_column_letter(i)].width = w
    # sheet 2: follow-up 2025
    wu = wb.create_sheet("Uppföljning 2025")
    wu["A1"] = "Kultur- och fritidsnämnden"
    wu["A1"].font = Font(bold=True, size=14)
    wu["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    wu["A2"].font = Font(bold=True, size=12)
    wu["A3"] = "Kolumn Genomförd: Ja / Delvis / Nej.  Kolumn Avvikelse: Ja = brist har konstaterats vid kontrollen."
    wu["A3"].font = Font(italic=True, size=9)
    heads = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar",
             "Förslag till åtgärd", "Med i plan 2026"]
    r0 = 5
    for i, h in enumerate(heads, 1):
        c = wu.cell(r0, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head2"]
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True)
    for j, (omr, km, gen, avv, komm, atg, med, est, eavv) in enumerate(KFN_FOLLOW):
        r = r0 + 1 + j
        for i, v in enumerate([omr, km, gen, avv or None, komm, atg or None, med], 1):
            cell = wu.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, KFN, km, est, eavv)
    last = r0 + len(KFN_FOLLOW)
    wu.cell(last + 2, 1, "Uppföljningen behandlades av nämnden 2026-02-10.")
    wu.cell(last + 3, 1, "Maria Ekholm, kultur- och fritidschef")
    for i, w in enumerate([16, 46, 11, 10, 52, 36, 12], 1):
        wu.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "KFN IK-plan 2026 samt uppföljning 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ====================================== 7/8. TN – plan (.odt) + follow-up (.xls)
TN_CONTROLS = [
    # process, risk, S, K, km, metod, frekvens, ansvarig, tidpunkt, T1, T2, T3, kommentar, åtgärd, exp st, exp avv
    ("Ekonomi", "Felaktiga utbetalningar", 2, 4,
     "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Tertial",
     "Ekonom", "T1, T2, T3", "OK", "OK", "OK", "Inga avvikelser under året.", "", "GENOMFORD", "nej"),
    ("VA", "Förorenat dricksvatten når abonnenterna", 2, 4,
     "Egenkontroll av dricksvatten enligt kontrollprogram", "Provtagningsprotokoll mot kontrollprogram", "Tertial",
     "VA-chef", "T1, T2, T3", "OK", "OK", "AVV",
     "T3: Prov i Norrby vattenverk 2025-11-04 visade förhöjd halt koliforma bakterier. Kokningsrekommendation i 3 dygn.",
     "UV-aggregat byttes ut i november.", "GENOMFORD", "ja"),
    ("Fordon", "Tankkort används för privat bruk", 2, 3,
     "Kontroll av fordonsbränsle – tankkort stäms av mot körjournal", "Stickprov 10 fordon", "Halvår",
     "Fordonssamordnare", "T2, T3", "–", "PÅG", "OK", "10 fordon kontrollerade under hösten, inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Gata/park", "Barn skadas på lekplats", 2, 4,
     "Besiktning av lekplatser enligt SS-EN 1176", "Huvudbesiktning av samtliga 34 lekplatser", "Årligen",
     "Parkchef", "T2", "–", "OK", "–", "Huvudbesiktning av samtliga 34 lekplatser utförd i maj av certifierad besiktningsman, inga avvikelser.", "", "GENOMFORD", "nej"),
    ("VA", "Felaktig debitering av VA-avgifter", 3, 2,
     "Debitering av VA-avgifter – mätarställningar stäms av mot fakturering", "Avstämning mätarställning/faktura 50 abonnenter", "Tertial",
     "Kundtjänstchef", "T1, T2, T3", "OK", "OK", "PÅG", "T3: Avstämning för kvartal 4 pågår, beräknas klar i februari.", "", "DELVIS", ""),
    ("Arbetsmiljö", "Olyckor och arbetsskador i yttre verksamhet", 3, 3,
     "Arbetsmiljö – skyddsronder genomförs på samtliga arbetsplatser", "Kontroll av protokoll från skyddsronder", "Årligen",
     "Avdelningschefer", "T3", "–", "–", "EJ", "Kontrollen av skyddsrondsprotokollen har inte hunnits med under året.", "Görs i kvartal 1 2026.", "EJ_GENOMFORD", ""),
    ("Investeringar", "Kostnadsökningar i entreprenader utan beslut", 3, 4,
     "Kontroll av att entreprenader följer avtal (ÄTA-arbeten godkända före utförande)", "Genomgång av ÄTA-listor i tre projekt", "Halvår",
     "Projektchef", "T2, T3", "–", "AVV", "AVV", "ÄTA-arbeten för 340 tkr i projekt Hamngatan utfördes utan skriftlig beställning.", "Rutin för ÄTA-beställning kommuniceras till projektledare.", "GENOMFORD", "ja"),
    ("Gata/park", "Brister i vinterväghållningen, olyckor", 3, 3,
     "Vinterväghållning – utryckningstider enligt avtal", "Kontroll av entreprenörens körjournaler (GPS)", "Tertial",
     "Gatuchef", "T1, T3", "OK", "–", "OK", "Utryckningstider inom avtal vid samtliga snöfall.", "", "GENOMFORD", "nej"),
    ("Fastighet", "Obehöriga får tillträde till kommunens lokaler", 2, 3,
     "Kontroll av att utlämnade nycklar och passerkort till kommunens fastigheter är registrerade", "Inventering mot nyckelregister", "Årligen",
     "Fastighetschef", "T3", "–", "–", "Utgår", "Ersatt av nytt passagesystem, beslut TN 2025-10-15 § 77.", "", "UTGAR", ""),
]


def build_tn_plan(tmp):
    fil = "TN Internkontrollplan 2025.odt"
    doc = Document()
    landscape(doc)
    doc_fixed(doc, "Tekniska nämnden internkontrollplan 2025")
    doc.sections[0].header.paragraphs[0].text = "Tekniska förvaltningen – Bruksviks kommun"
    doc.add_heading("Tekniska nämndens internkontrollplan 2025", level=1)
    doc.add_paragraph("Beslutad av tekniska nämnden 2025-02-19, § 14. Dnr TN 2025/041.")
    doc.add_paragraph(
        "Planen har tagits fram utifrån förvaltningens riskanalys. Varje risk har bedömts med "
        "avseende på sannolikhet (S) och konsekvens (K) på en skala 1–4. Uppföljning rapporteras "
        "till nämnden per tertial enligt kolumnen Tidpunkt.")
    heads = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Tidpunkt"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E2EFDA")
    repeat_header(t.rows[0])
    for c in TN_CONTROLS:
        proc, risk, s, k, km, metod, frek, ansv, tid = c[:9]
        cells = t.add_row().cells
        for i, v in enumerate([proc, risk, str(s), str(k), str(s * k), km, metod, frek, ansv, tid]):
            set_cell(cells[i], v)
    widths = [2.4, 4.2, 0.8, 0.8, 0.9, 6.0, 4.6, 1.8, 2.6, 1.9]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("RV = riskvärde (S × K). Risker med RV 6 eller högre ingår i planen.")
    doc.add_paragraph("Justerat 2025-02-24\nTomas Berg, ordförande tekniska nämnden")
    src = os.path.join(tmp, "TN Internkontrollplan 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", TN, "2025", ""))


def build_tn_follow(tmp):
    fil = "Teknik_uppfoljning_IKP_2025_T3.xls"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 3 / helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Teckenförklaring: OK = genomförd utan anmärkning, AVV = genomförd, avvikelse noterad, "
                "PÅG = pågår, EJ = ej genomförd, – = ingen kontroll planerad under perioden")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")
    r0 = 5
    ws.merge_cells(start_row=r0, start_column=3, end_row=r0, end_column=5)
    ws.cell(r0, 3, "Status per tertial").alignment = Alignment(horizontal="center")
    heads = ["Nr", "Kontrollmoment", "T1", "T2", "T3", "Kommentar", "Åtgärd"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(r0 + 1, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head2"]
        c.border = BORDER
    ws.cell(r0, 3).font = Font(bold=True)
    ws.cell(r0, 3).fill = FILL["head2"]
    fills = {"OK": "green", "AVV": "yellow", "PÅG": "yellow", "EJ": "red", "Utgår": "grey"}
    for j, c in enumerate(TN_CONTROLS):
        r = r0 + 2 + j
        km, t1, t2, t3, komm, atg, est, eavv = c[4], c[9], c[10], c[11], c[12], c[13], c[14], c[15]
        for i, v in enumerate([j + 1, km, t1, t2, t3, komm, atg or None], 1):
            cell = ws.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BORDER
        for col, v in ((3, t1), (4, t2), (5, t3)):
            ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
            if v in fills:
                ws.cell(r, col).fill = FILL[fills[v]]
        exp(fil, TN, km, est, eavv)
    last = r0 + 1 + len(TN_CONTROLS)
    ws.cell(last + 2, 1, "Sammanställt av: Jonas Ek, controller, 2026-01-19")
    for i, w in enumerate([5, 52, 7, 7, 7, 55, 38], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Bilaga till TN 2026-02-18"
    src = os.path.join(tmp, "Teknik_uppfoljning_IKP_2025_T3.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# =========================================== 9. rejected: covering letter
def build_missiv():
    fil = "Missiv MHN intern kontroll 2025.docx"
    doc = Document()
    doc_fixed(doc, "Missiv")
    doc.sections[0].header.paragraphs[0].text = "Miljöförvaltningen\tBruksviks kommun\t2026-01-27"
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningskontoret")
    doc.add_paragraph("Från: Miljöförvaltningen")
    doc.add_heading("Angående uppföljning av intern kontroll 2025 – Miljö- och hälsoskyddsnämnden", level=2)
    doc.add_paragraph(
        "Hej! Miljö- och hälsoskyddsnämndens helårsuppföljning av internkontrollplan 2025 kommer "
        "att behandlas på nämndens sammanträde 2026-02-26. Eftersom sammanträdet ligger efter "
        "ekonomiavdelningens sista inlämningsdag den 6 februari skickar vi uppföljningen direkt "
        "efter att protokollet har justerats, senast 2026-03-04.")
    doc.add_paragraph(
        "Internkontrollplanen för 2026 antogs av nämnden 2025-12-11 § 131 och finns tillgänglig i "
        "diariet (Dnr MHN 2025/219). Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänliga hälsningar")
    doc.add_paragraph("Sofia Larsson\nNämndsekreterare, miljöförvaltningen\n0570-38 12 40")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ registers
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljönämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def write_csvs():
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


def main():
    # remove earlier outputs (deliverables only)
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        p = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r198_")
    try:
        build_ks_plan()
        build_ks_export()
        build_bun()
        build_sn()
        build_von()
        build_kfn(tmp)
        build_tn_plan(tmp)
        build_tn_follow(tmp)
        build_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
