#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r189 - Furuby kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fix_xlsx_props(wb, title):
    import datetime
    wb.properties.creator = "Furuby kommun"
    wb.properties.lastModifiedBy = "Furuby kommun"
    wb.properties.title = title
    wb.properties.created = datetime.datetime(*FIXED_DT)
    wb.properties.modified = datetime.datetime(*FIXED_DT)


def fix_docx_props(doc, title):
    import datetime
    cp = doc.core_properties
    cp.author = "Furuby kommun"
    cp.last_modified_by = "Furuby kommun"
    cp.title = title
    cp.created = datetime.datetime(*FIXED_DT)
    cp.modified = datetime.datetime(*FIXED_DT)
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def docx_table(doc, header, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9)
        set_cell_shading(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            lines = str(v).split("\n")
            p = cells[i].paragraphs[0]
            for j, line in enumerate(lines):
                if j:
                    p = cells[i].add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(9)
    return t


# ================================================================ 1. KS (easy xlsx)
def build_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (januari–december) 2025"
    ws["A4"] = "Upprättad av: Kommunledningsförvaltningen, ekonomiavdelningen. Datum: 2026-01-20"
    for r in (2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    header = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Resultat",
              "Avvikelse (Ja/Nej)", "Status", "Åtgärd", "Ansvarig", "Klart datum"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per halvår",
         "60 fakturor granskade. 2 fakturor attesterade av person utan behörighet (vikarie under semesterperioden).",
         "Ja", "Genomförd", "Attestförteckningen uppdateras i Raindance vid varje vikariat.", "Ekonomichef", "2026-03-31",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av representation och förtroendekänsliga poster",
         "Samtliga representationsfakturor över 5 000 kr",
         "Samtliga 14 fakturor har angivet syfte och deltagarförteckning.",
         "Nej", "Genomförd", "–", "", "",
         "GENOMFORD", "nej"),
        (3, "HR/lön", "Nyanställda i lönesystemet kontrolleras mot anställningsavtal",
         "Stickprov 20 nyanställningar",
         "Kontroll utförd för 12 av 20 nyanställningar, inga fel hittills. Resterande kontrolleras i januari 2026.",
         "Nej", "Delvis genomförd", "Slutföra stickprovet.", "HR-chef", "2026-02-28",
         "DELVIS", "nej"),
        (4, "Upphandling", "Dokumentation av direktupphandlingar över 100 000 kr enligt riktlinje för direktupphandling",
         "Stickprov 15 direktupphandlingar",
         "5 av 15 direktupphandlingar saknar dokumentation av konkurrensutsättning.",
         "Ja", "Genomförd med avvikelse",
         "Utbildning för beställare samt ny mall för dokumentation i e-handelssystemet.", "Upphandlingschef", "2026-05-31",
         "GENOMFORD", "ja"),
        (5, "Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet",
         "Genomgång av samtliga användare en gång per år",
         "Genomgången har inte gjorts på grund av byte av ekonomisystem under hösten.",
         "", "Ej genomförd", "Genomförs efter driftsättning av nytt system.", "IT-chef", "2026-06-30",
         "EJ_GENOMFORD", ""),
        (6, "Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor mot diariet",
         "Samtliga delegationsbeslut har anmälts löpande.",
         "Nej", "Genomförd", "", "", "",
         "GENOMFORD", "nej"),
        (7, "Säkerhet", "Kommunens krisledningsplan är uppdaterad och övad",
         "Kontroll av revideringsdatum och övningsrapport",
         "Planen reviderad i maj 2025, krisledningsövning genomförd 15 oktober 2025.",
         "Nej", "Genomförd", "", "", "",
         "GENOMFORD", "nej"),
        (8, "Ekonomi", "Kundfakturor skickas inom 30 dagar efter leverans",
         "Stickprov 25 kundfakturor",
         "Kontrollen utgår enligt beslut KS 2025-06-11 § 98 och ersätts av ny kontroll 2026.",
         "", "Utgår", "", "", "",
         "UTGAR", ""),
    ]
    hr = 6
    for i, h in enumerate(header, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Kommunstyrelsens samlade bedömning").font = BOLD
    r += 1
    ws.cell(row=r, column=1, value=(
        "Kommunstyrelsen bedömer att den interna kontrollen under 2025 har varit tillräcklig. "
        "De avvikelser som konstaterats under kontroll 1 och 4 är av begränsad omfattning och åtgärder är beslutade. "
        "Kontroll 5 genomförs under 2026."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 45
    r += 2
    ws.cell(row=r, column=1, value="Anna Lindqvist, ekonomichef")
    widths = [5, 16, 40, 28, 48, 12, 18, 40, 16, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A1"].font = BOLD
    ins["A2"] = "Fyll i Resultat, Avvikelse (Ja/Nej) och Status för varje kontrollmoment."
    ins["A3"] = "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår."
    ins["A4"] = "Vid avvikelse ska åtgärd, ansvarig och datum när åtgärden ska vara klar anges."
    ins.column_dimensions["A"].width = 100
    fix_xlsx_props(wb, "Uppföljning internkontrollplan 2025 KS")
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 2. BUN (docx, deviations in 2nd table)
def build_bun():
    fil = "BUN Uppföljning internkontrollplan helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "FURUBY KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/412"
    fp = sec.footer.paragraphs[0]
    fp.text = "Postadress: Furuby kommun, 571 80 Furuby   Telefon: 0380-12 34 00"

    doc.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    doc.add_paragraph("Datum: 2026-01-22\nHandläggare: Erik Sandberg, kvalitetsstrateg")

    doc.add_heading("1. Sammanfattning och nämndens samlade bedömning", level=2)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). "
        "Planen omfattar tio kontrollmoment. Nio kontroller har genomförts helt eller delvis, en kontroll har utgått "
        "och en kontroll kunde inte genomföras på grund av byte av placeringssystem.")
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "För kontrollerna av interkommunala ersättningar, anmälan av kränkande behandling och registerkontroll "
        "vid anställning (kontroll 3, 4 och 6) bedöms den interna kontrollen inte vara tillräcklig. "
        "Avvikelserna redovisas i tabell 2 tillsammans med beslutade åtgärder.")

    doc.add_heading("2. Genomförda kontroller", level=2)
    doc.add_paragraph("Tabell 1. Kontrollmoment enligt internkontrollplan 2025 och resultat helår").runs[0].italic = True
    ctrls = [
        # nr, process, kontrollmoment, metod, utfört, resultat, bedömning, status, avv
        ("1", "Elevhälsa", "Dokumentation i elevhälsans journalsystem sker enligt rutin",
         "Stickprov 20 journaler", "Ja",
         "Samtliga 20 journaler dokumenterade enligt rutin.", "Tillräcklig intern kontroll", "GENOMFORD", "nej"),
        ("2", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 25 beslut", "Ja",
         "24 av 25 beslut korrekt fattade. Se tabell 2.", "Tillräcklig intern kontroll", "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Interkommunala ersättningar faktureras och betalas korrekt",
         "Avstämning mot elevregistret per termin", "Ja",
         "Avstämning gjord för vt och ht. Se tabell 2.", "Ej tillräcklig intern kontroll", "GENOMFORD", "ja"),
        ("4", "Trygghet och studiero", "Anmälan om kränkande behandling till huvudmannen sker inom en vecka",
         "Uttag ur anmälningssystemet", "Ja",
         "Uttag gjort för hela året. Se tabell 2.", "Ej tillräcklig intern kontroll", "GENOMFORD", "ja"),
        ("5", "Närvaro", "Uppföljning av elever med frånvaro över 15 procent",
         "Genomgång av frånvarorapporter", "Delvis",
         "Genomförd på 4 av 6 grundskolor. Inga brister i de genomgångna skolorna; två skolor rapporterar i februari 2026.",
         "Tillräcklig intern kontroll", "DELVIS", "nej"),
        ("6", "Personal", "Utdrag ur belastningsregistret kontrolleras före anställning",
         "Stickprov 30 nyanställda", "Ja",
         "Se tabell 2.", "Ej tillräcklig intern kontroll", "GENOMFORD", "ja"),
        ("7", "Förskola", "Plats i förskola erbjuds inom fyra månader från ansökan",
         "Uttag ur placeringssystemet", "Nej",
         "Kontrollen har inte kunnat genomföras eftersom uttag inte varit möjligt under bytet av placeringssystem.",
         "Kan inte bedömas", "EJ_GENOMFORD", ""),
        ("8", "Inköp", "Läromedel köps in från upphandlade leverantörer",
         "Stickprov 40 fakturor", "Ja",
         "Samtliga inköp gjorda från avtalade leverantörer.", "Tillräcklig intern kontroll", "GENOMFORD", "nej"),
        ("9", "Systematiskt kvalitetsarbete", "Rektorernas kvalitetsrapporter lämnas enligt årshjulet",
         "Kontroll av inkomna rapporter", "Ja",
         "Samtliga 11 rapporter inkomna i tid.", "Tillräcklig intern kontroll", "GENOMFORD", "nej"),
        ("10", "Informationssäkerhet", "Behörigheter i lärplattformen avslutas när personal slutar",
         "Avstämning mot personalsystemet", "Utgår",
         "Kontrollen utgår – ersatt av kommungemensam behörighetskontroll hos kommunstyrelsen.",
         "–", "UTGAR", ""),
    ]
    docx_table(doc, ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Utfört", "Resultat", "Nämndens bedömning"],
               [c[:7] for c in ctrls])
    for c in ctrls:
        exp(fil, namnd, c[2], c[7], c[8])

    doc.add_paragraph("")
    doc.add_heading("3. Avvikelser och åtgärder", level=2)
    doc.add_paragraph(
        "I tabellen nedan redovisas de avvikelser som konstaterats vid kontrollerna. "
        "Kontrollnumret hänvisar till tabell 1.")
    doc.add_paragraph("Tabell 2. Konstaterade avvikelser").runs[0].italic = True
    devs = [
        ("2", "Ett beslut om skolskjuts har fattats av rektor som saknar delegation.",
         "Information om delegationsordningen till samtliga rektorer.", "Skolchef", "2026-02-28"),
        ("3", "Fakturering till tre kommuner saknades för sju elever under vårterminen 2025.",
         "Fakturor skickade i efterhand (412 tkr).", "Controller", "Klart"),
        ("3", "Rutin för avstämning mellan elevregister och ekonomisystem saknas.",
         "Ny rutin med månatlig avstämning.", "Ekonomichef BUF", "2026-04-30"),
        ("4", "19 av 142 anmälningar om kränkande behandling har kommit till huvudmannen senare än en vecka.",
         "Påminnelse i rektorsgrupp; automatisk bevakning i anmälningssystemet.", "Verksamhetschef grundskola",
         "2026-03-31"),
        ("6", "2 av 30 nyanställda saknade dokumenterad kontroll av registerutdrag.",
         "Checklista vid anställning kompletteras; kontroll i efterhand gjord utan anmärkning.", "HR-specialist",
         "2026-01-31"),
    ]
    docx_table(doc, ["Kontroll nr", "Konstaterad avvikelse", "Åtgärd", "Ansvarig", "Klart datum"], devs,
               header_fill="FCE4D6")
    doc.add_paragraph("")
    doc.add_paragraph("Erik Sandberg\nKvalitetsstrateg\n\nMaria Holm\nFörvaltningschef")
    fix_docx_props(doc, "Uppföljning internkontrollplan 2025 BUN")
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 3. SN (hard xlsx: symbols, periods, action rows)
def build_sn():
    fil = "Socialnämnden IKP 2025 uppföljning helår.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Teckenförklaring:  ● = Genomförd   ◐ = Delvis genomförd/pågår   ○ = Ej genomförd   "
                "✕ = Utgår.  Avvikelse anges Ja/Nej. Åtgärder redovisas på egen rad under kontrollmomentet.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:L2")
    ws["G3"] = "Uppföljning 2025"
    ws["G3"].font = BOLD
    ws["G3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("G3:I3")
    header = ["Process", "Risk", "Kontrollmoment", "Riskvärde", "Frekvens", "Ansvarig",
              "T1", "T2", "Helår", "Avvikelse", "Kommentar / åtgärd", "Klart datum"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    G = "G"  # group row
    C = "C"  # control
    A = "A"  # action row
    data = [
        (G, "Myndighetsutövning"),
        (C, "", "Barn far illa på grund av sena utredningar",
         "Utredningar inom barn och unga slutförs inom fyra månader (11 kap. 2 § SoL)", 12, "Kvartalsvis",
         "Enhetschef barn och unga", "◐", "◐", "●", "Ja",
         "Helår: 88 % av utredningarna avslutade inom lagstadgad tid. 14 utredningar förlängda utan dokumenterat beslut om förlängning.",
         "", "GENOMFORD", "ja"),
        (A, "Åtgärd: Mall för beslut om förlängd utredningstid införs i Treserva", "Enhetschef barn och unga", "2026-03-31"),
        (A, "Åtgärd: Veckovis bevakningslista till arbetsledare", "Biträdande enhetschef", "2026-02-15"),
        (C, "", "Skyddsbehov bedöms inte i tid",
         "Orosanmälningar skyddsbedöms inom 24 timmar", 12, "Tertialvis",
         "Enhetschef mottagning", "●", "●", "●", "Nej",
         "Samtliga 611 anmälningar skyddsbedömda inom 24 timmar.", "", "GENOMFORD", "nej"),
        (C, "", "Felaktiga beslut",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", 9, "Halvår",
         "Enhetschef försörjningsstöd", "", "●", "●", "Ja",
         "Helår: 2 beslut över handläggarens delegationsgräns. Åtgärd: genomgång av delegationsordningen på APT.",
         "2026-01-31", "GENOMFORD", "ja"),
        (C, "", "Insatser genomförs inte enligt beslut",
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut (äldreomsorg)", 8, "Årsvis",
         "Verksamhetschef äldreomsorg", "", "", "◐", "Ja",
         "Kontroll gjord i hemtjänsten men inte i särskilt boende. I hemtjänsten saknades genomförandeplan i 9 av 40 ärenden.",
         "", "DELVIS", "ja"),
        (A, "Åtgärd: Kontrollen slutförs i särskilt boende", "Verksamhetschef äldreomsorg", "2026-04-30"),
        (G, "Ekonomi"),
        (C, "", "Felaktiga utbetalningar",
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet", 12, "Månadsvis",
         "Controller", "●", "●", "●", "Nej",
         "Inga felaktiga utbetalningar upptäckta.", "", "GENOMFORD", "nej"),
        (C, "", "Intäktsbortfall",
         "Avgifter inom äldreomsorgen stäms av mot beslutade insatser", 8, "Tertialvis",
         "Avgiftshandläggare", "●", "◐", "", "",
         "T2: avstämning gjord för maj–juni, juli–augusti pågår.", "", "DELVIS", ""),
        (C, "", "Kommunen går miste om statliga medel",
         "Återsökning av statliga ersättningar från Migrationsverket", 6, "Årsvis",
         "Controller", "", "", "○", "",
         "Ej genomförd på grund av vakans. Flyttas till internkontrollplan 2026.", "", "EJ_GENOMFORD", ""),
        (G, "Personal"),
        (C, "", "Olämplig person anställs",
         "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS", 9, "Årsvis",
         "HR-konsult", "", "", "●", "Nej",
         "Stickprov 25 anställningar, samtliga med kontrollerat utdrag.", "", "GENOMFORD", "nej"),
        (C, "", "Kostnadsökning",
         "Bemanningsföretag anlitas enligt gällande ramavtal", 4, "Årsvis",
         "Förvaltningschef", "", "", "✕", "",
         "Utgår – inga bemanningsföretag har anlitats under 2025.", "", "UTGAR", ""),
        (G, "Informationshantering"),
        (C, "", "Otillbörlig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst", 12, "Tertialvis",
         "Systemförvaltare", "●", "●", "◐", "Ja",
         "Helår: loggkontroll genomförd för IFO men inte för funktionsstöd. En otillbörlig åtkomst konstaterad och anmäld till IMY.",
         "", "DELVIS", "ja"),
        (A, "Åtgärd: Loggkontroll funktionsstöd genomförs", "Systemförvaltare", "2026-02-28"),
        (A, "Åtgärd: Påminnelse om regler för åtkomst i samtliga arbetsgrupper", "Enhetschefer", "2026-03-31"),
        (C, "", "Sekretessbelagda uppgifter röjs",
         "Sekretessbelagda handlingar skickas via säker e-post", 9, "Årsvis",
         "Dataskyddssamordnare", "", "", "Se bilaga 3", "",
         "", "", "OKLAR", ""),
    ]
    r = 5
    grey = PatternFill("solid", fgColor="D9D9D9")
    for d in data:
        if d[0] == G:
            c = ws.cell(row=r, column=1, value=d[1])
            c.font = BOLD
            for col in range(1, 13):
                ws.cell(row=r, column=col).fill = grey
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        elif d[0] == A:
            ws.cell(row=r, column=3, value=d[1]).font = Font(italic=True)
            ws.cell(row=r, column=6, value=d[2])
            ws.cell(row=r, column=12, value=d[3])
            for col in range(1, 13):
                ws.cell(row=r, column=col).border = BORDER
                ws.cell(row=r, column=col).alignment = WRAP
        else:
            vals = d[1:13]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
                if i in (7, 8, 9):
                    c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            exp(fil, namnd, d[3], d[13], d[14])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Socialnämndens bedömning av den interna kontrollen 2025").font = BOLD
    r += 1
    ws.cell(row=r, column=1, value=(
        "Socialnämnden bedömer att den interna kontrollen inom myndighetsutövningen för barn och unga inte har varit "
        "tillräcklig under 2025 (ej tillräcklig intern kontroll), eftersom förlängda utredningar saknat beslut. "
        "För övriga processer bedöms den interna kontrollen som tillräcklig. Beslutade åtgärder följs upp i T1 2026."))
    ws.cell(row=r, column=1).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    ws.row_dimensions[r].height = 48
    widths = [14, 26, 44, 9, 11, 22, 6, 6, 11, 10, 50, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    ws.oddFooter.center.text = "Socialförvaltningen, Furuby kommun – sida &P av &N"
    fix_xlsx_props(wb, "IKP 2025 Socialnämnden")
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 4. TN (easy docx)
def build_tn():
    fil = "Tekniska nämnden - uppföljning intern kontroll 2025.docx"
    namnd = "Tekniska nämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Tekniska nämnden", level=1)
    doc.add_paragraph("Uppföljning av intern kontroll, helår 2025").runs[0].bold = True
    doc.add_paragraph("Tekniska förvaltningen, 2026-01-19")
    doc.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingår i tekniska nämndens internkontrollplan för 2025.")
    ctrls = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej",
         "Stickprov 40 fakturor utan anmärkning.", "–", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av entreprenadtjänster", "Ja", "Ja",
         "3 av 25 inköp gjorda utanför avtal (maskintjänster).",
         "Information till arbetsledare om avtalade leverantörer.\nAnsvarig: driftchef gata/park\nKlart: 2026-03-31",
         "GENOMFORD", "ja"),
        ("Tankningar med drivmedelskort kontrolleras mot körjournal", "Delvis", "Ja",
         "Kontroll gjord för 2 av 3 verksamhetsområden. Ett drivmedelskort har använts till privat fordon, ärendet är polisanmält.",
         "Kontroll av VA-verksamheten slutförs. Kort spärras vid avslutad anställning.\nAnsvarig: fordonssamordnare\nKlart: 2026-02-28",
         "DELVIS", "ja"),
        ("Egenkontroll av lekplatser\n(säkerhetsbesiktning enligt SS-EN 1176)", "Ja", "Nej",
         "Samtliga 34 lekplatser besiktigade, anmärkningar åtgärdade.", "–", "GENOMFORD", "nej"),
        ("VA-avgifter debiteras enligt beslutad VA-taxa", "Ja", "Nej",
         "Stickprov 30 abonnenter, korrekt debitering.", "–", "GENOMFORD", "nej"),
        ("Inventering av maskiner och verktyg mot anläggningsregistret", "Nej", "–",
         "Ej genomförd, skjuts till 2026 på grund av personalbrist.", "Genomförs under våren 2026.\nAnsvarig: förrådsansvarig",
         "EJ_GENOMFORD", ""),
        ("Uppföljning av vinterväghållningsentreprenörernas utryckningstider", "Utgår", "",
         "Kontrollen utgår, ingår i den ordinarie avtalsuppföljningen.", "", "UTGAR", ""),
    ]
    docx_table(doc, ["Kontrollmoment", "Genomförd", "Avvikelse", "Resultat/kommentar", "Åtgärd (ansvarig, klart)"],
               [c[:5] for c in ctrls], header_fill="FFF2CC")
    for c in ctrls:
        exp(fil, namnd, c[0], c[5], c[6])
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Samlad bedömning: ").bold = True
    p.add_run("Tekniska nämnden bedömer att den interna kontrollen under 2025 har varit tillräcklig.")
    doc.add_paragraph("Per Ekström, förvaltningschef")
    fix_docx_props(doc, "Uppföljning intern kontroll 2025 TN")
    pth = os.path.join(OUT, fil)
    doc.save(pth)
    normalize_zip(pth)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 5. Stratsys export (2 nämnder, period rows)
def build_stratsys():
    fil = "Stratsys_rapport_internkontroll_helar_2025.xlsx"
    kfn = "Kultur- och fritidsnämnden"
    mbn = "Miljö- och byggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Utskriven 2026-01-27 10:42 av anna.berg"
    ws["A3"] = "Urval: Kultur- och fritidsnämnden, Miljö- och byggnadsnämnden | Perioder: Delår 2025, Helår 2025"
    header = ["Enhet", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse",
              "Kommentar", "Åtgärd", "Ansvarig", "Slutdatum"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    fills = {"Genomförd": "C6EFCE", "Pågående": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgått": "D9D9D9"}
    # (enhet, område, km, [(period, status, avv, kommentar, åtgärd, ansvarig, slut)], expected status, avv)
    ctrls = [
        (kfn, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", [
            ("Delår 2025", "Genomförd", "Nej", "Vårens bidrag kontrollerade utan anmärkning.", "", "", ""),
            ("Helår 2025", "Genomförd", "Ja", "Två föreningar har fått bidrag utan inlämnad verksamhetsberättelse.",
             "Bidragen återkrävs. Krav på verksamhetsberättelse läggs in i e-tjänsten.", "Föreningskonsulent",
             "2026-03-31"),
        ], "GENOMFORD", "ja"),
        (kfn, "Kontanthantering", "Dagskassor i simhallen och biblioteken stäms av mot kassasystemet", [
            ("Delår 2025", "Genomförd", "Nej", "", "", "", ""),
            ("Helår 2025", "Genomförd", "Nej", "Inga differenser över 50 kr.", "", "", ""),
        ], "GENOMFORD", "nej"),
        (kfn, "Intäkter", "Uthyrning av lokaler faktureras enligt taxa", [
            ("Delår 2025", "Pågående", "", "Stickprov påbörjat.", "", "", ""),
            ("Helår 2025", "Genomförd", "Ja", "Fyra bokningar av Furubyhallen har inte fakturerats.",
             "Fakturering i efterhand, koppling bokningssystem–ekonomisystem ses över.", "Fritidschef", "2026-04-30"),
        ], "GENOMFORD", "ja"),
        (kfn, "Personal", "Registerkontroll av ledare i verksamhet med barn (fritidsgårdar)", [
            ("Delår 2025", "Pågående", "", "", "", "", ""),
            ("Helår 2025", "Pågående", "Ja", "Kontroll gjord för 11 av 16 ledare. En ledare saknade utdrag och har stängts av tills utdrag visats.",
             "Kontroll av resterande fem ledare.", "Enhetschef fritidsgårdar", "2026-02-15"),
        ], "DELVIS", "ja"),
        (kfn, "Tillgångar", "Inventering av kommunens konstsamling", [
            ("Delår 2025", "Ej påbörjad", "", "", "", "", ""),
            ("Helår 2025", "Ej påbörjad", "", "Ej genomförd på grund av sjukskrivning. Flyttas till 2026.", "", "Kulturchef",
             ""),
        ], "EJ_GENOMFORD", ""),
        (kfn, "Bibliotek", "Inköp av medier sker enligt antagen medieplan", [
            ("Delår 2025", "Genomförd", "Nej", "Årlig kontroll genomförd i juni utan anmärkning.", "", "", ""),
            ("Helår 2025", "", "", "", "", "", ""),
        ], "GENOMFORD", "nej"),
        (mbn, "Myndighetsutövning", "Handläggningstiden för bygglov understiger tio veckor enligt PBL", [
            ("Delår 2025", "Genomförd", "Ja", "5 % av ärendena över tio veckor.", "", "", ""),
            ("Helår 2025", "Genomförd", "Ja", "7 % av ärendena överskred tio veckor, avgiften har reducerats enligt 12 kap. 8 a § PBL.",
             "Ny ärendefördelning och veckovis bevakning.", "Bygglovschef", "2026-06-30"),
        ], "GENOMFORD", "ja"),
        (mbn, "Avgifter", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", [
            ("Delår 2025", "Pågående", "", "", "", "", ""),
            ("Helår 2025", "Genomförd", "Nej", "Stickprov 20 fakturor, korrekt debitering.", "", "", ""),
        ], "GENOMFORD", "nej"),
        (mbn, "Delegation", "Delegationsbeslut anmäls till nämnden", [
            ("Helår 2025", "Genomförd", "Nej", "Samtliga beslut anmälda.", "", "", ""),
        ], "GENOMFORD", "nej"),
        (mbn, "Opartiskhet", "Jävsdeklarationer för inspektörer finns och är aktuella", [
            ("Delår 2025", "Ej påbörjad", "", "", "", "", ""),
            ("Helår 2025", "Utgått", "", "Utgår enligt beslut MBN 2025-09-17 § 112, hanteras i kommunens gemensamma rutin.",
             "", "", ""),
        ], "UTGAR", ""),
        (mbn, "Ärendehantering", "Inkomna klagomål registreras i diariet inom tre arbetsdagar", [
            ("Delår 2025", "Ej påbörjad", "", "", "", "", ""),
            ("Helår 2025", "Pågående", "", "Stickprov påbörjat i december, redovisas i T1 2026.", "", "Registrator", ""),
        ], "DELVIS", ""),
    ]
    r = 6
    for enhet, omr, km, periods, st, avv in ctrls:
        for per in periods:
            vals = [enhet, omr, km] + list(per)
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = Alignment(vertical="top", wrap_text=(i in (3, 7, 8)))
            if per[1] in fills:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[per[1]])
            r += 1
        exp(fil, enhet, km, st, avv)
    ws.auto_filter.ref = "A5:J%d" % (r - 1)
    widths = [26, 18, 46, 12, 13, 10, 50, 40, 22, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "Stratsys rapport")
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", kfn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))


# ================================================================ 6. ÖFN (docx, text only)
def build_ofn():
    fil = "Överförmyndarnämnden uppföljning IK 2025.docx"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Överförmyndarnämnden i Furuby kommun\nÖverförmyndarenheten, 2026-01-15")
    doc.add_heading("Nämndens bedömning", level=2)
    doc.add_paragraph(
        "Överförmyndarnämnden bedömer att den interna kontrollen under 2025 har varit tillräcklig. "
        "Granskningen av årsräkningar har tagit längre tid än målet, vilket beror på ett ökat antal ärenden. "
        "Åtgärder har beslutats och följs upp under 2026. Nämnden konstaterar att kontrollen av beslut om uttag "
        "från spärrat konto inte har genomförts och att den flyttas till 2026 års plan.")
    doc.add_heading("Redovisning per kontrollmoment", level=2)
    items = [
        ("Kontrollmoment 1: Årsräkningar granskas inom fyra månader från inlämning",
         [("Metod: ", "Uttag ur Wärna över granskningstider för samtliga årsräkningar."),
          ("Resultat: ", "312 årsräkningar granskades. 41 (13 %) granskades senare än fyra månader från inlämning."),
          ("Avvikelse: ", "Ja."),
          ("Åtgärd: ", "Tillfällig förstärkning med en granskare under mars–maj 2026. Ansvarig: enhetschef. Klart: 2026-05-31."),
          ("Status: ", "Genomförd med avvikelse.")],
         "Årsräkningar granskas inom fyra månader från inlämning", "GENOMFORD", "ja"),
        ("Kontrollmoment 2: Ställföreträdare kontrolleras mot belastningsregistret och Kronofogden före förordnande",
         [("Metod: ", "Stickprov 15 nya förordnanden."),
          ("Resultat: ", "Kontroll fanns dokumenterad i samtliga 15 ärenden. Ingen avvikelse."),
          ("Status: ", "Genomförd.")],
         "Ställföreträdare kontrolleras mot belastningsregistret och Kronofogden före förordnande", "GENOMFORD", "nej"),
        ("Kontrollmoment 3: Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         [("Metod: ", "Stickprov 25 arvodesbeslut."),
          ("Resultat: ", "Kontrollen har påbörjats men omfattar hittills 10 av planerade 25 ärenden. "
                         "I de granskade ärendena har arvodet beräknats korrekt. Resterande ärenden granskas i februari.")],
         "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "DELVIS", "nej"),
        ("Kontrollmoment 4: Beslut om uttag från spärrat konto dokumenteras i akten",
         [("Metod: ", "Stickprov 20 beslut."),
          ("Resultat: ", "Kontrollen har inte genomförts under året på grund av hög arbetsbelastning."),
          ("Status: ", "Ej genomförd.")],
         "Beslut om uttag från spärrat konto dokumenteras i akten", "EJ_GENOMFORD", ""),
        ("Kontrollmoment 5: Behörigheter i verksamhetssystemet Wärna stäms av mot bemanningslistan",
         [("Metod: ", "Genomgång av behörighetslistan två gånger per år."),
          ("Resultat: ", ""),
          ("Status: ", "")],
         "Behörigheter i verksamhetssystemet Wärna stäms av mot bemanningslistan", "SAKNAS", ""),
    ]
    for head, paras, km, st, avv in items:
        doc.add_heading(head, level=3)
        for lab, txt in paras:
            p = doc.add_paragraph()
            p.add_run(lab).bold = True
            if txt:
                p.add_run(txt)
        exp(fil, namnd, km, st, avv)
    doc.add_paragraph("")
    doc.add_paragraph("Lena Åberg\nOrdförande, Överförmyndarnämnden")
    fix_docx_props(doc, "Uppföljning IK 2025 ÖFN")
    pth = os.path.join(OUT, fil)
    doc.save(pth)
    normalize_zip(pth)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 7. Furuby Bostäder AB (tick columns, name only in print header + file name)
def build_fbab():
    fil = "FBAB_IK_helar_2025.xlsx"
    namnd = "Furuby Bostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontroller 2025"
    ws.oddHeader.center.text = "Furuby Bostäder AB – Intern kontroll 2025"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P"
    ws["A1"] = "Uppföljning intern kontroll – helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera utförandet med x i en av kolumnerna Ja / Delvis / Nej."
    ws["A2"].font = Font(italic=True, size=9)
    ws["C3"] = "Utförd"
    ws["C3"].font = BOLD
    ws["C3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("C3:E3")
    header = ["Kontrollmoment", "Kontrollansvarig", "Ja", "Delvis", "Nej", "Avvikelse",
              "Kommentar", "Åtgärd", "Klart datum"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    # km, ansv, ja, delvis, nej, avv, kommentar, åtgärd, klart, status, avv
    rows = [
        ("Hyresavier skickas enligt hyresavtal och gällande hyresnivå", "Ekonomichef", "x", "", "", "Nej",
         "Stickprov 30 avtal, korrekta hyror.", "", "", "GENOMFORD", "nej"),
        ("Hyresfordringar bevakas och kundförluster skrivs av enligt beslut", "Ekonomichef", "x", "", "", "Ja",
         "Två fordringar har skrivits av utan beslut av VD.",
         "Attestinstruktionen förtydligas, avskrivning kräver VD-beslut.", "2026-03-31", "GENOMFORD", "ja"),
        ("Fakturor för underhållsarbeten attesteras enligt attestinstruktion", "Förvaltningschef", "x", "", "", "Nej",
         "", "", "", "GENOMFORD", "nej"),
        ("Förlorade nyckelbrickor och passerkort spärras i passersystemet", "Områdeschef", "", "x", "", "Ja",
         "Spärr kontrollerad i 3 av 5 bostadsområden. 2 anmälda brickor var inte spärrade.",
         "Kontroll i Norra och Södra området, rutin för spärr ses över.", "2026-02-28", "DELVIS", "ja"),
        ("Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Uthyrningschef", "x", "", "", "Nej",
         "Stickprov 20 uthyrningar, samtliga enligt kötid.", "", "", "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete (SBA) i bostadsområdena", "Fastighetschef", "", "", "x", "",
         "Ej utfört. Ny SBA-samordnare anställd i november.", "Kontrollen görs under T1 2026.", "2026-04-30",
         "EJ_GENOMFORD", ""),
        ("Jävsdeklarationer för styrelse och ledning är inlämnade", "VD", "x", "", "x", "",
         "", "", "", "OKLAR", ""),
        ("Momsavdrag vid ombyggnad av lokaler görs korrekt", "Redovisningsekonom", "x", "", "", "Nej",
         "Granskat av revisor i samband med bokslut.", "", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = Alignment(vertical="top", wrap_text=True,
                                    horizontal="center" if i in (3, 4, 5, 6) else None)
        exp(fil, namnd, row[0], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bolagets bedömning:").font = BOLD
    ws.cell(row=r, column=2, value="Styrelsen bedömer att bolagets interna kontroll under 2025 har varit tillräcklig.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    r += 1
    ws.cell(row=r, column=1, value="Fastställd av styrelsen 2026-02-12")
    widths = [48, 18, 6, 7, 6, 10, 44, 40, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "Intern kontroll 2025")
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 8. Räddningstjänstförbundet (traffic lights, plan + follow-up columns)
def build_rtf():
    fil = "Räddningstjänstförbundet uppföljning IKP 2025.xlsx"
    namnd = "Räddningstjänstförbundet Furuby-Åsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Räddningstjänstförbundet Furuby-Åsen – Internkontrollplan 2025 och uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    # legend top right
    green = PatternFill("solid", fgColor="00B050")
    yellow = PatternFill("solid", fgColor="FFFF00")
    red = PatternFill("solid", fgColor="FF0000")
    grey = PatternFill("solid", fgColor="A6A6A6")
    ws["M2"] = "Förklaring status"
    ws["M2"].font = BOLD
    for i, (f, t) in enumerate([(green, "Genomförd utan avvikelse"), (yellow, "Genomförd med avvikelse"),
                                (red, "Ej genomförd"), (grey, "Utgår")]):
        ws.cell(row=3 + i, column=13).fill = f
        ws.cell(row=3 + i, column=14, value=t)
    ws["B3"] = "PLAN 2025"
    ws.merge_cells("B3:G3")
    ws["H3"] = "UPPFÖLJNING HELÅR 2025"
    ws.merge_cells("H3:K3")
    for a in ("B3", "H3"):
        ws[a].font = BOLD
        ws[a].alignment = Alignment(horizontal="center")
        ws[a].fill = PatternFill("solid", fgColor="F2F2F2")
    header = ["Nr", "Process", "Kontrollmoment", "Risk (S×K)", "Metod", "Frekvens", "Ansvarig",
              "Status", "Resultat", "Åtgärd", "Klart datum"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        (1, "Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "3×4=12",
         "Avstämning mot tillsynsregistret", "Årsvis", "Enhetschef förebyggande", green,
         "62 av 62 planerade tillsyner genomförda.", "", "", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Onödiga automatlarm faktureras enligt taxa", "3×3=9",
         "Avstämning larmrapporter mot fakturor", "Halvår", "Controller", yellow,
         "12 onödiga larm har inte fakturerats (ca 58 tkr).",
         "Fakturering i efterhand. Larmrapport skickas automatiskt till ekonomi.", "2026-03-31", "GENOMFORD", "ja"),
        (3, "Kompetens", "Räddningspersonal i beredskap uppfyller kompetenskraven enligt utbildningsregistret", "2×5=10",
         "Genomgång av utbildningsregistret", "Årsvis", "Utbildningsansvarig", yellow,
         "4 av 86 RIB-anställda saknar giltig utbildning i höjdräddning.",
         "Utbildning bokad februari 2026; personerna placeras inte i ledande roll tills vidare.", "2026-02-28",
         "GENOMFORD", "ja"),
        (4, "Teknik", "Andningsskydd underhålls enligt tillverkarens intervall", "2×5=10",
         "Kontroll av serviceprotokoll", "Årsvis", "Verkstadsansvarig", green,
         "Samtliga 48 andningsskydd servade i tid.", "", "", "GENOMFORD", "nej"),
        (5, "Ekonomi", "Tankningar med drivmedelskort kontrolleras mot fordonsloggen", "2×3=6",
         "Stickprov 2 månader", "Årsvis", "Controller", red,
         "Kontrollen har inte genomförts.", "Genomförs i T1 2026.", "2026-04-30", "EJ_GENOMFORD", ""),
        (6, "Förebyggande", "Sotning och brandskyddskontroll utförs inom fastställda frister", "3×3=9",
         "Uppföljning av entreprenörens rapport", "Årsvis", "Enhetschef förebyggande", None,
         "Pågår – rapport från entreprenören i Åsens kommun återstår.", "", "", "DELVIS", ""),
        (7, "Operativ", "Tid från larm till utalarmering understiger 90 sekunder", "2×4=8",
         "Uttag ur larmstatistik", "Tertialvis", "Insatsledare", grey,
         "Utgår – mäts och följs upp av SOS Alarm enligt avtal.", "", "", "UTGAR", ""),
        (8, "Ekonomi", "Attest av leverantörsfakturor enligt förbundets attestordning", "2×3=6",
         "Stickprov 30 fakturor", "Årsvis", "Förbundsekonom", green,
         "Utan anmärkning.", "", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:11], 1):
            if i == 8:
                c = ws.cell(row=r, column=i)
                if v is not None:
                    c.fill = v
            else:
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[11], row[12])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Direktionens bedömning").font = BOLD
    r += 1
    ws.cell(row=r, column=1, value=(
        "Direktionen bedömer att förbundets interna kontroll 2025 är tillräcklig. Avvikelserna i kontroll 2 och 3 "
        "har åtgärdats eller har beslutade åtgärder med tidplan."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 32
    widths = [5, 14, 44, 10, 28, 11, 22, 9, 46, 40, 12, 2, 5, 26]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "IKP 2025 RTFÅ")
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ 9. reject: covering letter (tjänsteskrivelse) from MBN
def build_reject():
    fil = "Tjänsteskrivelse uppföljning internkontroll helår 2025 MBN.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "FURUBY KOMMUN\tSamhällsbyggnadsförvaltningen\tTJÄNSTESKRIVELSE"
    doc.add_paragraph("Datum: 2026-01-28\nDnr: MBN 2025/88\nHandläggare: Jonas Ek, nämndsekreterare")
    doc.add_heading("Uppföljning av internkontrollplan 2025, helår", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Miljö- och byggnadsnämnden godkänner uppföljningen av internkontrollplan 2025 och "
                      "överlämnar den till kommunstyrelsen.")
    doc.add_heading("Sammanfattning av ärendet", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025. Planen omfattar fem kontrollmoment. "
        "Resultatet av kontrollerna redovisas i bilagd rapport ur Stratsys. Förvaltningen bedömer att den interna "
        "kontrollen har varit tillräcklig. Avvikelsen avseende handläggningstider för bygglov har lett till beslut om "
        "ny ärendefördelning.")
    doc.add_heading("Ekonomiska konsekvenser", level=2)
    doc.add_paragraph("Beslutet medför inga ekonomiska konsekvenser.")
    doc.add_heading("Bilagor", level=2)
    doc.add_paragraph("Stratsys rapport – Internkontroll uppföljning helår 2025")
    doc.add_paragraph("")
    doc.add_paragraph("Samhällsbyggnadsförvaltningen\n\nKarin Nyström\nFörvaltningschef")
    doc.add_paragraph("Beslutet skickas till: Kommunstyrelsen, ekonomiavdelningen")
    fix_docx_props(doc, "Tjänsteskrivelse")
    pth = os.path.join(OUT, fil)
    doc.save(pth)
    normalize_zip(pth)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ register + CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggnämnden"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Furuby Bostäder AB", "FBAB|Furubybostäder"),
    ("Räddningstjänstförbundet Furuby-Åsen", "RTFÅ|Räddningstjänsten Furuby-Åsen|Räddningstjänstförbundet"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_ks()
    build_bun()
    build_sn()
    build_tn()
    build_stratsys()
    build_ofn()
    build_fbab()
    build_rtf()
    build_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
