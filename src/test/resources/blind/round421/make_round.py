#!/usr/bin/python3
"""Blind round r421 - Nordmaling kommun (fiktiv), uppföljning internkontrollplan helår 2025."""
import csv, datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round421"
EXP = []     # expected rows
FILES = []   # files rows

def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def fix_doc_props(doc, author):
    cp = doc.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor); tcPr.append(shd)

def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.font.size = Pt(size)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS docx
def f1_ks():
    fil = "Uppföljning IK 2025 helår KS.docx"
    N = "Kommunstyrelsen"
    doc = Document(); fix_doc_props(doc, "Lena Holmström")
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Nordmalings kommun\tKommunledningsförvaltningen\tDnr KS 2025/118"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    for t in ["Nämnd: Kommunstyrelsen", "Förvaltning: Kommunledningsförvaltningen",
              "Uppföljningsperiod: 2025-01-01 – 2025-12-31", "Datum: 2026-01-28"]:
        doc.add_paragraph(t)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 februari 2025 (KS § 19). "
        "Nedan redovisas resultatet av de kontroller som genomförts under året, uppdelat per process. "
        "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens / omfattning", "Ansvarig", "Resultat helår", "Status"]
    widths = [Cm(1.0), Cm(5.2), Cm(4.2), Cm(3.0), Cm(3.0), Cm(6.8), Cm(2.8)]
    blocks = [
        ("Process: Ekonomi och redovisning", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per kvartal ur Raindance", "Kvartalsvis, 80 st", "Redovisningsansvarig",
             "Samtliga 80 fakturor kontrollerade.\n3 fakturor (representation) saknade beslutsattest. Återkoppling till berörda chefer har skett.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att avstämning av balanskonton sker månadsvis",
             "Genomgång av avstämningspärmar och signaturer", "Månadsvis", "Controller",
             "Avstämningar gjorda och signerade för samtliga månader. Inga oförklarade differenser.",
             "Genomförd", "GENOMFORD", "nej"),
            ("1.3", "Representation – efterlevnad av riktlinjer för representation",
             "Granskning av samtliga representationsfakturor över 2 000 kr", "Halvår", "Ekonomichef",
             "14 fakturor granskade. 2 saknade deltagarlista och syfte med representationen.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Process: Upphandling och inköp", [
            ("2.1", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
             "Analys av leverantörsreskontra mot avtalsdatabasen", "Helår", "Upphandlare",
             "Analysen påbörjades i november och slutförs i februari 2026. Preliminär avtalstrohet 87 %.",
             "Delvis genomförd", "DELVIS", ""),
            ("2.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt LOU 19 kap. 30 §",
             "Stickprov 10 direktupphandlingar", "Helår", "Upphandlingschef",
             "Kontrollen har inte genomförts på grund av vakans på upphandlingsenheten. Flyttas till internkontrollplan 2026.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Personal och lön", [
            ("3.1", "Kontroll av att löneutbetalningar baseras på korrekta underlag för nyanställda",
             "Jämförelse anställningsavtal – lönesystem", "Halvår, samtliga nyanställda", "Lönechef",
             "25 nyanställningar kontrollerade. Inga fel.",
             "Genomförd", "GENOMFORD", "nej"),
            ("3.2", "Uppföljning av att medarbetarsamtal genomförts",
             "Enkät till samtliga chefer", "Helår", "HR-chef",
             "Kontrollen utgår – ersatt av frågor i medarbetarenkäten enligt beslut KS 2025-05-13 § 87.",
             "Utgår", "UTGAR", ""),
        ]),
        ("Process: Informationssäkerhet", [
            ("4.1", "Behörigheter i ekonomisystemet gås igenom och avslutade användare tas bort",
             "Systemutdrag jämförs med lista över avslutade anställningar", "Halvår", "Systemförvaltare ekonomi",
             "Genomgång gjord i juni och december.\n6 konton för avslutade medarbetare var fortfarande aktiva och har stängts.",
             "Genomförd", "GENOMFORD", "ja"),
            ("4.2", "Loggkontroll i dokument- och ärendehanteringssystemet",
             "Uttag av loggar för 5 slumpvis valda ärenden", "Helår", "Informationssäkerhetssamordnare",
             "", "", "SAKNAS", ""),
        ]),
    ]
    for head, rows in blocks:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "D9E2F3")
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r[:7]):
                set_cell(cells[i], v)
            exp(fil, N, r[1], r[7], r[8])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                      "Kontroll 2.2 och 4.2 förs över till internkontrollplan 2026.")
    doc.add_paragraph("Nordmaling 2026-01-28\n\nLena Holmström\nEkonomichef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. SN xlsx
def f2_sn():
    fil = "SN_internkontroll_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    wb.properties.creator = "Socialförvaltningen"; wb.properties.created = FIXED
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Uppföljning helår 2025 – rapporteras till socialnämnden 2026-02-18"
    ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(italic=True)
    # two-row header: period columns grouped under "Uppföljning"
    ws.merge_cells("H4:J4"); ws["H4"] = "Uppföljning (status)"
    ws["H4"].alignment = Alignment(horizontal="center"); ws["H4"].font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "T1", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="BDD7EE"); c.alignment = WRAP
    for col in range(1, 8):   # merge header cells vertically over rows 4-5 for non-period columns
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.cell(row=4, column=col, value=hdr[col - 1]).font = Font(bold=True)
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="BDD7EE")
        ws.cell(row=4, column=col).alignment = WRAP
    ws.merge_cells("K4:K5"); ws["K4"] = "Kommentar helår"; ws["K4"].font = Font(bold=True)
    ws["K4"].fill = PatternFill("solid", fgColor="BDD7EE")
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    groups = [
        ("Myndighetsutövning individ- och familjeomsorg", [
            ("Handläggning barn och unga", "Orosanmälningar bedöms inte i tid", "3×4=12",
             "Förhandsbedömning av orosanmälningar görs inom 14 dagar", "Uttag ur Treserva, samtliga anmälningar",
             "Enhetschef barn och unga", "G", "G", "G",
             "Samtliga 212 anmälningar bedömda inom 14 dagar.", "GENOMFORD", "nej"),
            ("Handläggning barn och unga", "Utredningstid överskrids", "3×3=9",
             "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "Stickprov 30 ärenden",
             "Enhetschef barn och unga", "D", "D", "D",
             "Stickprov 30 ärenden: 4 utredningar förlängda utan beslut om förlängning. Arbetet med rutinen fortsätter 2026.",
             "DELVIS", "ja"),
            ("Vuxen", "Beslut fattas av fel befattning", "2×3=6",
             "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 25 beslut",
             "Enhetschef vuxen", "G", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Utbetalning", "Dubbla utbetalningar", "3×3=9",
             "Kontroll mot Försäkringskassan och Arbetsförmedlingen (dubbelutbetalningar)",
             "Samkörning via SSBTEK månadsvis", "Handläggare försörjningsstöd", "G", "G", None, None,
             "GENOMFORD", ""),
            ("Utbetalning", "Oegentligheter vid utbetalning", "2×4=8",
             "Utbetalningar av ekonomiskt bistånd attesteras av två personer", "Stickprov 40 utbetalningar",
             "Enhetschef vuxen", "E", "D", "G",
             "Rutin med dubbel attest infördes i maj. Kontroll av 40 utbetalningar i december utan anmärkning.",
             "GENOMFORD", "nej"),
        ]),
        ("Placeringar och köpt verksamhet", [
            ("Placeringar", "Placering utan avtal", "2×4=8",
             "Avtal finns för samtliga placeringar i HVB och familjehem", "Genomgång av samtliga pågående placeringar",
             "Socialchef", None, None, "E", "Ej genomförd, planeras till första kvartalet 2026.",
             "EJ_GENOMFORD", ""),
            ("Placeringar", "Felaktiga fakturor", "3×3=9",
             "Fakturor från HVB-hem stäms av mot beslut och avtal", "Stickprov 15 fakturor per tertial",
             "Ekonom", "G", "G", "G",
             "2 fakturor med felaktigt dygnspris upptäcktes, kreditering har begärts.", "GENOMFORD", "ja"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Arbetsmiljö", "Hot och våld rapporteras inte", "3×3=9",
             "Rapportering av hot- och våldssituationer i avvikelsesystemet", "Uttag ur avvikelsesystemet",
             "HR-partner", "U", "U", "U",
             "Utgår enligt SN 2025-03-19 § 45 – hanteras inom det systematiska arbetsmiljöarbetet.", "UTGAR", ""),
            ("Kompetens", "Bristande introduktion", "2×3=6",
             "Introduktion av nyanställda socialsekreterare enligt introduktionsprogram",
             "Checklista introduktion, samtliga nyanställda", "Enhetschefer", None, None, None, None,
             "SAKNAS", ""),
            ("Kompetens", "Olämplig person anställs", "1×4=4",
             "Registerkontroll för personal som arbetar med barn", "Kontroll av utdrag vid anställning",
             "HR-partner", None, None, None, "Se bilaga 3.", "OKLAR", ""),
        ]),
    ]
    r = 6; nr = 0
    for g, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=g); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for row in rows:
            nr += 1
            vals = [nr] + list(row[:10])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
                if i in (8, 9, 10) and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v]); c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[3], row[10], row[11])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 10"); r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1, value="Teckenförklaring: G = Genomförd   D = Delvis genomförd/pågår   "
            "E = Ej genomförd   U = Utgår").font = Font(italic=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Kontroller med riskvärde ≥ 6 ingår i planen.")
    for col, w in zip(range(1, 12), [5, 22, 24, 10, 40, 28, 20, 6, 6, 7, 48]):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. BUN docx
def f3_bun():
    fil = "BUN uppföljning internkontroll helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document(); fix_doc_props(doc, "Maria Lundgren")
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph(); r = p.add_run("NORDMALINGS KOMMUN"); r.bold = True
    p = doc.add_paragraph("Barn- och utbildningsförvaltningen\tDnr BUN 2025/34")
    p = doc.add_paragraph(); r = p.add_run("Barn- och utbildningsnämnden\nUppföljning av intern kontroll 2025, helår")
    r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Förvaltningen har genomfört de kontroller som nämnden beslutade i internkontrollplanen "
                      "2025 (BUN 2025-01-22 § 6). Resultatet för helåret redovisas i tabell 1. I tabell 2 "
                      "redovisas de kommungemensamma kontrollmomenten som samtliga nämnder ska följa upp.")
    doc.add_paragraph().add_run("Tabell 1. Nämndspecifika kontrollmoment").bold = True
    hdr = ["Område", "Risk", "Kontrollmoment", "Metod", "Resultat", "Avvikelse"]
    areas = [
        ("Ekonomi", [
            ("Felaktig debitering av barnomsorgsavgifter",
             "Avgifter för förskola och fritidshem debiteras enligt maxtaxa och aktuella inkomstuppgifter",
             "Stickprov 25 hushåll, jämförelse mot inkomstuppgift",
             "Kontrollen genomförd i oktober. 2 hushåll hade inaktuell inkomstuppgift; rättelse gjord.",
             "Ja", "GENOMFORD", "ja"),
            ("Bristande budgetföljsamhet",
             "Månatlig uppföljning av utfall mot budget på enhetsnivå",
             "Genomgång av månadsrapporter från rektorer",
             "Genomförd. Samtliga rektorer har lämnat månadsrapport med analys.", "Nej", "GENOMFORD", "nej"),
        ]),
        ("Elevhälsa och trygghet", [
            ("Kränkande behandling anmäls inte till huvudman",
             "Anmälningar om kränkande behandling rapporteras till huvudmannen inom fem arbetsdagar",
             "Uttag ur anmälningssystemet per termin",
             "Delvis genomförd. Kontroll gjord för vårterminen; höstterminen kontrolleras i januari 2026.",
             "", "DELVIS", ""),
            ("Elever med hög frånvaro fångas inte upp",
             "Uppföljning av elever med hög frånvaro (över 15 %)",
             "Stickprov per skola",
             "Ej genomförd. Ny rutin för frånvarouppföljning införs 2026 och kontrollen skjuts upp.",
             "–", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Olämplig person anställs",
             "Kontroll av utdrag ur belastningsregistret vid nyanställning",
             "Genomgång av samtliga nyanställningar",
             "Genomförd. 41 nyanställda, utdrag saknades för 1 timvikarie – åtgärdat.",
             "Ja", "GENOMFORD", "ja"),
            ("Obehörig lärare undervisar och sätter betyg",
             "Legitimation och behörighet för lärare kontrolleras vid anställning",
             "Kontroll mot Skolverkets lärarregister",
             "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Skolskjuts", [
            ("Felaktiga beslut om skolskjuts",
             "Skolskjutsbeslut fattas enligt gällande riktlinjer och delegationsordning",
             "Stickprov 15 beslut",
             "Utgår. Handläggningen av skolskjuts flyttades till samhällsbyggnadsnämnden 2025-07-01.",
             "", "UTGAR", ""),
            ("Felaktig fakturering",
             "Fakturor från skolskjutsentreprenörer kontrolleras mot avtal",
             "Stickprov 10 fakturor",
             "Genomförd utan anmärkning.", "Nej", "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(len(a[1]) for a in areas)
    t = doc.add_table(rows=nrows, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True); shade(t.cell(0, i), "E2EFD9")
    ri = 1
    for area, rows in areas:
        start = ri
        for row in rows:
            for ci, v in enumerate(row[:5], 1):
                set_cell(t.cell(ri, ci), v)
            exp(fil, N, row[1], row[5], row[6])
            ri += 1
        m = t.cell(start, 0).merge(t.cell(ri - 1, 0))
        set_cell(m, area, bold=True)
    widths = [Cm(3.0), Cm(4.2), Cm(5.5), Cm(4.0), Cm(7.5), Cm(2.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph().add_run("Tabell 2. Kommungemensamma kontrollmoment").bold = True
    t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Resultat", "Status"]):
        set_cell(t2.cell(0, i), h, bold=True); shade(t2.cell(0, i), "E2EFD9")
    for km, res, stt, s, a in [
        ("Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov av 20 handlingar. 3 handlingar diarieförda efter 5–8 dagar.", "Genomförd med avvikelse",
         "GENOMFORD", "ja"),
        ("Efterlevnad av riktlinje mot mutor och jäv",
         "Riktlinjen gicks igenom på rektorsmötet i september. Inga jävssituationer rapporterade.", "Genomförd",
         "GENOMFORD", "nej"),
    ]:
        c = t2.add_row().cells
        set_cell(c[0], km); set_cell(c[1], res); set_cell(c[2], stt)
        exp(fil, N, km, s, a)
    doc.add_paragraph("")
    doc.add_paragraph("Bilagor: 1. Internkontrollplan 2025  2. Sammanställning behörighetskontroll")
    doc.add_paragraph("Maria Lundgren\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. VON xls (traffic lights)
def f4_von(tmp):
    fil = "VON_IK_2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.merge_cells("A1:G1"); ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2"); ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:G3")
    ws["A3"] = ("Status markeras med färg: grön = genomförd, gul = delvis genomförd/pågår, "
                "röd = ej genomförd, grå = utgår.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BORDER
    col = {"green": "00B050", "yellow": "FFFF00", "red": "FF0000", "grey": "A6A6A6", None: None}
    procs = [
        ("Läkemedelshantering", [
            ("Signeringslistor för läkemedel är kompletta", "Stickprov 3 enheter per kvartal", "MAS", "Kvartalsvis",
             "green", "Genomförd. Enstaka saknade signaturer på Solgården, åtgärdat genom utbildning.",
             "GENOMFORD", "ja"),
            ("Avvikelser inom läkemedelshantering rapporteras och analyseras", "Genomgång av avvikelserapporter",
             "MAS", "Tertialvis", "green", "Inga anmärkningar.", "GENOMFORD", "nej"),
        ]),
        ("Hemtjänst", [
            ("Utförd tid i hemtjänst stämmer mot beviljad tid", "Jämförelse planeringssystem – beslut",
             "Enhetschef hemtjänst", "Oktober", "yellow",
             "Jämförelse gjord för tre av fem hemtjänstgrupper.", "DELVIS", ""),
            ("Nyckelhantering i hemtjänsten sker enligt rutin", "Inventering av nyckelskåp och kvittenser",
             "Enhetschef hemtjänst", "Halvår", "red",
             "Ej genomförd pga. byte till digitalt låssystem under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Brukares privata medel (kontantkassor) stäms av månadsvis", "Kontroll av kassaböcker och kvitton",
             "Enhetschef särskilt boende", "Månadsvis", "green",
             "Kontroll gjord på samtliga särskilda boenden. En differens på 350 kr på Björkbacken utreds.",
             "GENOMFORD", "ja"),
            ("Fakturering av omsorgsavgifter sker enligt beslut", "Stickprov 20 brukare",
             "Avgiftshandläggare", "Helår", None, "", "SAKNAS", ""),
        ]),
        ("Bemanning", [
            ("Timanställda har genomgått introduktion före första arbetspass", "Stickprov i bemanningssystemet",
             "Bemanningsenheten", "Halvår", "grey", "Utgår enligt beslut VON 2025-06-10 § 52.", "UTGAR", ""),
            ("Sjukfrånvaro följs upp enligt rehabiliteringsrutin", "Uttag ur HR-systemet, upprepad korttidsfrånvaro",
             "HR-konsult", "Tertialvis", "green",
             "14 ärenden med upprepad korttidsfrånvaro följda enligt rutin.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for proc, rows in procs:
        start = r
        for row in rows:
            vals = [proc if r == start else None, row[0], row[1], row[2], row[3], None, row[5]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
            if col[row[4]]:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=col[row[4]])
            exp(fil, N, row[0], row[6], row[7])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställd av: Anna Sjödin, kvalitetsstrateg, 2026-01-30")
    for c_, w in zip("ABCDEFG", [20, 45, 32, 24, 12, 9, 50]):
        ws.column_dimensions[c_].width = w
    x = os.path.join(tmp, "VON_IK_2025.xlsx"); wb.save(x)
    soffice(x, "xls:MS Excel 97", tmp)
    shutil.copy(os.path.join(tmp, "VON_IK_2025.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. Stratsys CSV (two nämnder)
def f5_csv():
    fil = "Stratsys_export_IK_helar_2025.csv"
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Rapporteringsperiod",
           "Status", "Kommentar", "Rapporterad av", "Datum"]
    SBN, KFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    P = "Internkontrollplan 2025"
    ctrl = [
        (SBN, "Fastighetsförvaltning", "Felanmälningar i kommunens fastigheter åtgärdas inom avtalad tid",
         "Uttag ur felanmälningssystemet",
         [("Delår 2025", "Pågående", "Uttag gjort för jan–jun, analys pågår.", "Per Nilsson", "2025-09-05"),
          ("Helår 2025", "Genomförd", "91 % åtgärdade inom avtalad tid. Brister i åtgärdstid noterade på Tallbackaskolan, dialog med driftentreprenör.", "Per Nilsson", "2026-01-22")],
         "GENOMFORD", "ja"),
        (SBN, "Vatten och avlopp", "Vattenprover enligt kontrollprogram för dricksvatten tas och redovisas",
         "Jämförelse kontrollprogram – provsvar",
         [("Delår 2025", "Genomförd", "Alla prover tagna enligt program.", "Eva Berglund", "2025-09-03"),
          ("Helår 2025", "Genomförd", "Samtliga prover tagna, inga otjänliga prov.", "Eva Berglund", "2026-01-20")],
         "GENOMFORD", "nej"),
        (SBN, "Investeringar", "Investeringsprojekt över 5 mnkr följs upp mot beslutad budget",
         "Genomgång av projektredovisningar",
         [("Delår 2025", "Genomförd", "", "Jonas Holm", "2025-09-10"),
          ("Helår 2025", "Pågående", "Slutredovisning av reningsverket i Rundvik pågår och redovisas i mars 2026.", "Jonas Holm", "2026-01-25")],
         "DELVIS", ""),
        (SBN, "Fordon", "Kontroll av körjournaler för kommunens fordon",
         "Stickprov 10 fordon",
         [("Delår 2025", "Ej påbörjad", "", "Jonas Holm", "2025-09-10"),
          ("Helår 2025", "Ej påbörjad", "Prioriterades bort pga. personalbrist på enheten.", "Jonas Holm", "2026-01-25")],
         "EJ_GENOMFORD", ""),
        (SBN, "Gata och park", "Avtalsuppföljning vinterväghållning",
         "Uppföljningsmöten och kontroll av körrapporter",
         [("Delår 2025", "Pågående", "Uppföljningsmöte med entreprenören genomfört i mars.", "Per Nilsson", "2025-09-05"),
          ("Helår 2025", "", "", "", "")],
         "DELVIS", ""),
        (KFN, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt bidragsreglerna",
         "Stickprov 12 ansökningar",
         [("Delår 2025", "Genomförd", "Inga fel i vårens utbetalningar.", "Sara Lind", "2025-09-08"),
          ("Helår 2025", "Genomförd", "En förening hade fått dubbelt aktivitetsstöd för hösten, beloppet har återkrävts.", "Sara Lind", "2026-01-19")],
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering", "Kassan i simhallen stäms av dagligen",
         "Kontroll av dagskassarapporter, 2 veckor per tertial",
         [("Helår 2025", "Genomförd", "Inga differenser.", "Mats Forsberg", "2026-01-19")],
         "GENOMFORD", "nej"),
        (KFN, "Lokaluthyrning", "Uthyrning av lokaler faktureras korrekt",
         "Jämförelse bokningssystem – fakturor",
         [("Delår 2025", "Ej påbörjad", "", "Sara Lind", "2025-09-08"),
          ("Helår 2025", "Avbruten", "Kontrollen avbröts genom beslut KFN 2025-09-17 § 61 då bokningssystemet byts.", "Sara Lind", "2026-01-19")],
         "UTGAR", ""),
        (KFN, "Inventarier", "Inventarieförteckning för bibliotek och fritidsgårdar är uppdaterad",
         "Inventering på plats",
         [("Delår 2025", "Ej påbörjad", "", "Mats Forsberg", "2025-09-08"),
          ("Helår 2025", "Pågående", "Inventering klar för biblioteken, fritidsgårdarna återstår.", "Mats Forsberg", "2026-01-19")],
         "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for en, proc, km, met, reps, s, a in ctrl:
            for per, stt, kom, who, dat in reps:
                w.writerow([en, P, proc, km, met, per, stt, kom, who, dat])
            exp(fil, en, km, s, a)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. MBN .doc (nämnd only in page header)
def f6_mbn(tmp):
    fil = "Uppföljning internkontroll 2025 helår.doc"
    N = "Miljö- och byggnämnden"
    doc = Document(); fix_doc_props(doc, "Handläggare")
    doc.styles["Normal"].font.name = "Times New Roman"; doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Miljö- och byggnämnden, Nordmalings kommun\t\tSida 1"
    fp = sec.footer.paragraphs[0]; fp.text = "Miljö- och byggförvaltningen · 914 81 Nordmaling"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – årsbokslut", level=1)
    doc.add_paragraph("Enligt reglementet för intern kontroll ska nämnden årligen följa upp sin internkontrollplan. "
                      "Förvaltningen redovisar här resultatet för perioden januari–december 2025. "
                      "Bedömningen i sista kolumnen anges med symbol enligt teckenförklaringen under tabellen.")
    hdr = ["Process", "Risk", "Risk-\nbedömning", "Kontrollmoment", "Metod", "Resultat", "Bedöm-\nning"]
    rows = [
        ("Bygglov", "Handläggningstiden överskrids och avgiften måste reduceras", "Hög",
         "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur verksamhetssystemet, samtliga beslut",
         "187 beslut fattade. 9 ärenden överskred tiden och avgiften reducerades enligt PBL.", "✔", "GENOMFORD", "ja"),
        ("Bygglov", "Delegationsbeslut blir inte kända för nämnden", "Medel",
         "Beslut fattade på delegation anmäls till nämnden", "Jämförelse delegationslista – diarium",
         "Samtliga beslut har anmälts.", "✔", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Tillsynsskulden ökar", "Hög",
         "Tillsynsplanens planerade inspektioner genomförs", "Jämförelse plan – utfall",
         "78 % av planerade inspektioner genomförda. Resterande flyttas till 2026.", "◑", "DELVIS", ""),
        ("Miljötillsyn", "Intäktsbortfall", "Medel",
         "Tillsynsavgifter debiteras inom en månad efter inspektion", "Stickprov 20 ärenden",
         "Kontrollen har inte hunnits med under året.", "✖", "EJ_GENOMFORD", ""),
        ("Livsmedelskontroll", "Företagare får inte besked i tid", "Låg",
         "Kontrollrapporter skickas till företagaren inom två veckor", "Stickprov 15 kontroller",
         "", "", "SAKNAS", ""),
        ("Registrering och arkiv", "Allmänna handlingar registreras inte", "Medel",
         "Allmänna handlingar diarieförs enligt informationshanteringsplanen", "Stickprov 30 handlingar",
         "Ingår i den kommungemensamma kontroll som kommunstyrelsen genomför.", "—", "UTGAR", ""),
        ("Bostadsanpassning", "Bidrag beviljas felaktigt", "Medel",
         "Bostadsanpassningsbidrag beviljas enligt lag och riktlinjer", "Stickprov 10 ärenden",
         "Genomförd, inga avvikelser.", "✔", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True); shade(t.cell(0, i), "FCE4D6")
    prev = None; start = None
    for row in rows:
        c = t.add_row().cells
        for i, v in enumerate(row[:7]):
            set_cell(c[i], v if i != 0 else "")
        for par in c[6].paragraphs:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[3], row[7], row[8])
    # merge process cells vertically
    ri = 1
    while ri < len(t.rows):
        proc = rows[ri - 1][0]; end = ri
        while end + 1 < len(t.rows) and rows[end][0] == proc:
            end += 1
        m = t.cell(ri, 0).merge(t.cell(end, 0)) if end > ri else t.cell(ri, 0)
        set_cell(m, proc, bold=True)
        ri = end + 1
    widths = [Cm(3.0), Cm(4.0), Cm(2.0), Cm(5.5), Cm(4.0), Cm(6.5), Cm(1.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("Teckenförklaring: ✔ genomförd   ◑ delvis genomförd / pågår   ✖ ej genomförd   — utgår")
    doc.add_paragraph("Ärendet behandlas på nämndens sammanträde 2026-02-11.")
    d = os.path.join(tmp, "mbn.docx"); doc.save(d)
    soffice(d, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, "mbn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. ÖFN xlsx (plan + follow-up side by side)
def f7_ofn():
    fil = "Överförmyndaren IK 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
    wb.properties.creator = "Karin Öberg"; wb.properties.created = FIXED
    ws.merge_cells("A1:I1"); ws["A1"] = "Nordmalings kommun – Uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Överförmyndarnämnden"
    ws["A3"] = "År:"; ws["B3"] = 2025
    ws["A4"] = "Period:"; ws["B4"] = "Helår"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    ws.merge_cells("A6:E6"); ws["A6"] = "PLAN 2025"
    ws.merge_cells("F6:I6"); ws["F6"] = "UPPFÖLJNING HELÅR"
    for a, fc in (("A6", "D9E1F2"), ("F6", "FFF2CC")):
        ws[a].font = Font(bold=True); ws[a].alignment = Alignment(horizontal="center")
        ws[a].fill = PatternFill("solid", fgColor=fc)
    hdr = ["ID", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Utfört (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärd", "Datum"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = BORDER; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="D9E1F2" if i <= 5 else "FFF2CC")
    rows = [
        ("ÖF1", "Årsräkningar granskas inom fastställd tid (senast 30 juni)", "Uttag ur verksamhetssystemet",
         "Årligen", "Handläggare", "Ja",
         "312 av 320 årsräkningar granskade i tid. 8 blev sena på grund av kompletteringar.",
         "Påminnelserutin skärps 2026.", "2026-01-15", "GENOMFORD", "ja"),
        ("ÖF2", "Arvoden till ställföreträdare beräknas enligt arvodesriktlinjerna", "Stickprov 20 ärenden",
         "Årligen", "Handläggare", "Ja", "Inga fel.", "", "2026-01-15", "GENOMFORD", "nej"),
        ("ÖF3", "Kontroll att förvaltarkonton har överförmyndarspärr", "Bankbesked för samtliga konton",
         "Årligen", "Handläggare", "Delvis", "Kontroll gjord för ca 60 % av kontona.",
         "Resterande kontrolleras våren 2026.", "2026-01-15", "DELVIS", ""),
        ("ÖF4", "Lämplighetsprövning av nya gode män (kreditupplysning, belastningsregister)",
         "Genomgång av samtliga nya uppdrag", "Löpande", "Handläggare", "Ja", "Inga anmärkningar.", "",
         "2026-01-15", "GENOMFORD", "nej"),
        ("ÖF5", "Samtycken till uttag från spärrat konto dokumenteras i akten", "Stickprov 10 akter",
         "Halvår", "Handläggare", "Nej", "Ej genomförd under året.", "Genomförs Q1 2026.", "",
         "EJ_GENOMFORD", ""),
        ("ÖF6", "Förteckningar inkommer inom två månader från förordnande", "Uttag ur verksamhetssystemet",
         "Årligen", "Handläggare", None, None, None, None, "SAKNAS", ""),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Karin Öberg, handläggare, 2026-01-20")
    for c_, w in zip("ABCDEFGHI", [8, 45, 28, 10, 13, 12, 45, 28, 11]):
        ws.column_dimensions[c_].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8. reject: covering letter
def f8_reject():
    fil = "Följebrev SN internkontroll helår 2025.docx"
    doc = Document(); fix_doc_props(doc, "Socialförvaltningen")
    doc.add_paragraph("NORDMALINGS KOMMUN\nSocialförvaltningen")
    doc.add_paragraph("2026-02-19\t\tDnr SN 2025/12")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Överlämnande av uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph("Socialnämnden behandlade uppföljningen av 2025 års internkontrollplan vid sammanträdet "
                      "2026-02-18 (SN § 14). Nämnden beslutade att godkänna uppföljningen och att överlämna den "
                      "till kommunstyrelsen.")
    doc.add_paragraph("Uppföljningen bifogas i separat fil (SN_internkontroll_2025.xlsx). Av tio kontrollmoment "
                      "har fem genomförts, ett delvis och ett har utgått. Nämnden noterar särskilt avvikelserna "
                      "avseende fakturor från HVB-hem och utredningstider.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nHelena Wikström\nSocialchef\nhelena.wikstrom@nordmaling.example")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Nordmalingshus AB", "NHAB|Nordmalingshus|Bostadsbolaget"),
]

def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md":
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r421_")
    try:
        f1_ks(); f2_sn(); f3_bun(); f4_von(tmp); f5_csv(); f6_mbn(tmp); f7_ofn(); f8_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)

if __name__ == "__main__":
    main()
