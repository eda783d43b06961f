#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r440 - Älvkarleby kommun 2025.
Theme: T2 follow-ups where status is a YES/NO question per control/period or tick columns.
Builds all files of the round plus namnder.csv, files.csv, expected.csv (deterministic)."""
import os, csv, shutil, subprocess, tempfile, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round440"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="BDD7EE")
GROUPFILL = PatternFill("solid", fgColor="E7E6E6")

CHK, UNCHK = "\u2612", "\u2610"   # ☒ ☐


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def to_ods(wb, final_name):
    """Save openpyxl workbook in a temp dir and convert to .ods with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="r440_")
    base = os.path.splitext(final_name)[0]
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, base + ".ods"), os.path.join(HERE, final_name))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# F1 Kommunstyrelsen - xlsx, question columns "Har kontrollen genomförts? Ja/Nej/Delvis"
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_uppfoljning_IKP_2025_T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: Tertial 2 (maj–augusti 2025)"
    ws["A3"] = ("Instruktion: Besvara frågorna med Ja, Nej eller Delvis. Vid avvikelse – beskriv vad som "
                "upptäckts och vilka åtgärder som vidtagits i kommentarsfältet.")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
            "Har kontrollen genomförts?\nJa/Nej/Delvis", "Avvikelse upptäckt?\nJa/Nej",
            "Kommentar / vidtagna åtgärder"]
    r = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD; cell.fill = HEADFILL; cell.alignment = CENTER; cell.border = BORDER
    ws.row_dimensions[r].height = 45
    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Tertialvis", "Ja", "Nej", "Stickprov 25 fakturor maj–aug, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representation följer riktlinjen (syfte, deltagare, moms)",
         "Controller", "Tertialvis", "Ja", "Ja",
         "3 av 15 underlag saknade deltagarförteckning. Påminnelse om riktlinjen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Kundfordringar", "Avstämning av kundfordringar äldre än 90 dagar", "Redovisningsekonom",
         "Tertialvis", "Delvis", "Nej", "Avstämning gjord för juni och juli, augusti återstår.", "DELVIS", "nej"),
        ("G", "2. Personal och lön"),
        ("2.1", "Lön", "Behörigheter i lönesystemet – uttag av användarlista och jämförelse mot anställda",
         "HR-chef", "Halvår", "Nej", "",
         "Uttag ej gjort p.g.a. byte av lönesystem. Flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ("2.2", "Lön", "Utbetalning av lön till avslutade anställningar", "Lönechef", "Tertialvis", "Ja", "Nej",
         "Inga felaktiga utbetalningar efter avslutsdatum.", "GENOMFORD", "nej"),
        ("2.3", "Arbetsmiljö", "Uppföljning av att medarbetarsamtal genomförts", "HR-chef", "Årligen", "", "",
         "Kontrollen genomförd i juni. 92 % av medarbetarna har haft medarbetarsamtal, vilket motsvarar målet.",
         "GENOMFORD", "nej"),
        ("G", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Borttagning av behörigheter vid avslutad anställning", "IT-chef", "Tertialvis",
         "Ja", "Ja", "Två konton var fortfarande aktiva 30 dagar efter avslutad anställning. Rutinen förtydligad "
         "och konton spärrade.", "GENOMFORD", "ja"),
        ("3.2", "Drift", "Test av återläsning av säkerhetskopior", "IT-chef", "Årligen", "Ej aktuell", "",
         "Utgår 2025 – driften hanteras av extern leverantör enligt nytt avtal.", "UTGAR", ""),
        ("G", "4. Upphandling"),
        ("4.1", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Upphandlare", "Tertialvis", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("4.2", "Avtalstrohet", "Avtalstrohet – inköp från leverantörer utan avtal", "Upphandlingschef",
         "Tertialvis", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(r, c).fill = GROUPFILL
            r += 1
            continue
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = CENTER if c in (1, 5, 6, 7) else WRAP
            cell.border = BORDER
        EXPECTED.append((fil, namnd, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 6 av 10 kontroller genomförda, 2 med avvikelse.")
    ws.cell(r + 2, 1, "Upprättad av: Anna Lindqvist, controller, 2025-09-15")
    widths(ws, [6, 18, 48, 18, 12, 16, 14, 55])
    ws.freeze_panes = "A6"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2 Socialnämnden - xlsx, T1 and T2 tick columns side by side (Utförd | Ej utförd | Pågår), T2 decides
# ---------------------------------------------------------------------------
def f2():
    fil = "Socialnamnden IK 2025 tertial.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Uppföljning tertial 2, 2025. Markera med x i den kolumn som gäller. "
                "Kolumnerna för tertial 2 avser läget per 31 augusti.")
    ws.merge_cells("A2:L2")
    # two-row header
    top = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig"]
    for c, h in enumerate(top, 1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(4, 5, "Tertial 1 (jan–apr)"); ws.merge_cells("E4:G4")
    ws.cell(4, 8, "Tertial 2 (maj–aug)"); ws.merge_cells("H4:J4")
    ws.cell(4, 11, "Avvikelse?"); ws.cell(5, 11, "Ja/Nej")
    ws.cell(4, 12, "Kommentar T2"); ws.merge_cells("L4:L5")
    for c, h in enumerate(["Utförd", "Ej utförd", "Pågår", "Utförd", "Ej utförd", "Pågår"], 5):
        ws.cell(5, c, h)
    for rr in (4, 5):
        for c in range(1, 13):
            cell = ws.cell(rr, c)
            cell.font = BOLD; cell.fill = HEADFILL; cell.alignment = CENTER; cell.border = BORDER
    U, E, P = 0, 1, 2
    rows = [
        ("Myndighetsutövning", "Utredningar inom barn och unga avslutas inom fyra månader",
         "Stickprov 20 akter", "Enhetschef IFO", P, U, "Ja",
         "4 av 20 utredningar överskred fyra månader utan beslut om förlängning. Åtgärdsplan tas fram.",
         "GENOMFORD", "ja"),
        ("", "Beslut om bistånd enligt SoL är dokumenterade och kommunicerade till den enskilde",
         "Stickprov 15 ärenden", "Enhetschef biståndsenheten", U, U, "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Hantering av brukares privata medel på särskilt boende",
         "Genomgång av kassaböcker och kvitton", "Verksamhetschef äldreomsorg", U, P, "",
         "Granskning klar för två av fyra boenden.", "DELVIS", ""),
        ("", "Fakturering av avgifter inom hemtjänst stämmer mot utförd tid",
         "Jämförelse mellan planeringssystem och avgiftsdebitering", "Avgiftshandläggare", E, E, "",
         "Byte av verksamhetssystem har försenat kontrollen, genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
         "Uttag ur avvikelsesystemet", "Kvalitetsstrateg", U, None, "Nej",
         "Årlig kontroll, genomförd under tertial 1.", "GENOMFORD", "nej"),
        ("", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 10 brukare per enhet", "Enhetschefer hemtjänst", P, U, "Ja",
         "7 av 30 genomförandeplaner upprättades senare än 14 dagar.", "GENOMFORD", "ja"),
        ("Personal", "Kontroll av utdrag ur belastningsregistret vid anställning inom LSS",
         "Stickprov nyanställda", "HR-specialist", U, U, "Nej", "", "GENOMFORD", "nej"),
        ("", "Läkemedelshantering – signeringslistor är kompletta",
         "Stickprov signeringslistor", "MAS", E, P, "Ja",
         "Brister funna på ett boende, granskningen fortsätter i september.", "DELVIS", "ja"),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet",
         "Slumpvis uttag av loggar", "Systemförvaltare", None, None, "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3]]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v or None)
        for c in range(5, 11):
            ws.cell(r, c, None)
        if row[4] is not None:
            ws.cell(r, 5 + row[4], "x")
        if row[5] is not None:
            ws.cell(r, 8 + row[5], "x")
        ws.cell(r, 11, row[6] or None)
        ws.cell(r, 12, row[7] or None)
        for c in range(1, 13):
            cell = ws.cell(r, c)
            cell.border = BORDER
            cell.alignment = CENTER if 5 <= c <= 11 else WRAP
        if row[0]:
            ws.cell(r, 1).font = BOLD
        EXPECTED.append((fil, namnd, row[1], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(r, 1, "x = markera ett alternativ per tertial. Avvikelse anges för senaste tertialen.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.cell(r + 1, 1, "Redovisas för socialnämnden 2025-09-24.")
    widths(ws, [20, 45, 28, 22, 8, 9, 8, 8, 9, 8, 11, 50])
    ws.freeze_panes = "C6"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3 Barn- och utbildningsnämnden - docx, one small 2-col form per control, checkboxes, delår
# ---------------------------------------------------------------------------
def box(yes):
    """yes: True -> ☒ Ja ☐ Nej ; False -> ☐ Ja ☒ Nej ; None -> ☐ Ja ☐ Nej"""
    return "%s Ja   %s Nej" % (CHK if yes is True else UNCHK, CHK if yes is False else UNCHK)


def f3():
    fil = "BUN_uppfoljning_internkontroll_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph(); p.add_run("Nämnd: ").bold = True; p.add_run("Barn- och utbildningsnämnden")
    p = d.add_paragraph(); p.add_run("Period: ").bold = True; p.add_run("1 januari – 31 augusti 2025 (delår)")
    d.add_paragraph("Varje kontrollmoment i nämndens internkontrollplan redovisas på en egen blankett nedan. "
                    "Kryssa i om kontrollen är genomförd och om avvikelse har upptäckts. Beskriv resultat och "
                    "eventuella åtgärder under Kommentar.")
    forms = [
        ("Kontroll av att anmälningar om kränkande behandling utreds skyndsamt",
         "Trygghet och studiero", "Rektorer grundskola", True, True,
         "Stickprov 18 anmälningar. 3 av 18 anmälningar utreddes först efter mer än två veckor. "
         "Rektorerna har fått förtydligad rutin.", "GENOMFORD", "ja"),
        ("Närvarouppföljning – upprepad frånvaro anmäls till huvudmannen",
         "Elevhälsa", "Rektorer grundskola", True, False,
         "Genomgång av frånvarorapporter vårterminen 2025. Samtliga fall anmälda.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomi", "Förvaltningsekonom", False, None,
         "Ej genomförd under perioden, planeras till november.", "EJ_GENOMFORD", ""),
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Förskola", "Placeringshandläggare", None, None,
         "Påbörjad – uttag gjort för januari–april, resterande månader granskas i september.", "DELVIS", ""),
        ("Registerkontroll av personal i förskola och skola vid anställning",
         "Personal", "HR-konsult", True, False, "", "GENOMFORD", "nej"),
        ("Skolskjuts – beslut fattas enligt kommunens riktlinjer för skolskjuts",
         "Skolskjuts", "Skolskjutshandläggare", None, None, "", "SAKNAS", ""),
        ("Betygsunderlag dokumenteras i lärplattformen",
         "Undervisning", "Rektor Lindbacka/Skutskär högstadium", None, None,
         "Kontrollmomentet utgår enligt nämndens beslut 2025-04-22 § 31.", "UTGAR", ""),
    ]
    for i, f in enumerate(forms, 1):
        d.add_heading("Kontroll %d" % i, level=2)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        cells = [("Kontrollmoment:", f[0]), ("Process:", f[1]), ("Ansvarig:", f[2]),
                 ("Genomförd:", box(f[3])), ("Avvikelse upptäckt:", box(f[4])), ("Kommentar:", f[5])]
        for ri, (a, b) in enumerate(cells):
            t.cell(ri, 0).text = a
            t.cell(ri, 0).paragraphs[0].runs[0].bold = True
            t.cell(ri, 1).text = b
            t.cell(ri, 0).width = Cm(4.5); t.cell(ri, 1).width = Cm(11.5)
        d.add_paragraph()
        EXPECTED.append((fil, namnd, f[0], f[6], f[7]))
    d.add_paragraph("Lindbacka 2025-09-10")
    d.add_paragraph("Maria Ek\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4 Miljö- och byggnadsnämnden - docx, one table with "Klar" x column, tertial 1
# ---------------------------------------------------------------------------
def f4():
    fil = "MBN internkontroll T1 2025.docx"
    namnd = "Miljö- och byggnadsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("ÄLVKARLEBY KOMMUN").runs[0].bold = True
    d.add_heading("Miljö- och byggnadsnämnden", level=1)
    d.add_paragraph("Uppföljning internkontroll – tertial 1 2025 (januari–april)")
    d.add_paragraph("Markera med x i kolumnen Klar när kontrollen är genomförd. Redovisa resultatet och "
                    "eventuella brister i kolumnen Resultat/kommentar.")
    groups = [
        ("Bygglov", [
            ("1", "Handläggningstid för bygglov – beslut inom tio veckor enligt PBL", "Bygglovschef", "x",
             "40 ärenden granskade. 2 av 40 ärenden över tio veckor, avgiften reducerad enligt "
             "PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("2", "Obligatorisk ventilationskontroll (OVK) – förelägganden följs upp", "Byggnadsinspektör", "",
             "", "SAKNAS", ""),
            ("3", "Strandskyddsdispenser – stickprov av beslutsmotivering", "Planarkitekt", "",
             "Utgår – ersätts av Länsstyrelsens överprövning, beslut MBN 2025-02-12 § 9.", "UTGAR", ""),
        ]),
        ("Miljötillsyn", [
            ("4", "Tillsynsplanen följs – planerade inspektioner genomförda", "Miljöchef", "",
             "Påbörjad.\n35 % av årets planerade inspektioner genomförda per 30 april.", "DELVIS", ""),
            ("5", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef/administratör", "x", "",
             "GENOMFORD", ""),
        ]),
        ("Administration", [
            ("6", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "x",
             "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
            ("7", "Diarieföring av inkomna handlingar inom en arbetsdag", "Registrator", "",
             "Ej genomförd p.g.a. vakans på registratorstjänsten.", "EJ_GENOMFORD", ""),
            ("8", "Jäv anmäls och protokollförs vid nämndens sammanträden", "Nämndsekreterare", "X",
             "Inga jävssituationer noterade under perioden.", "GENOMFORD", "nej"),
        ]),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Klar", "Resultat/kommentar"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = g
        m.paragraphs[0].runs[0].bold = True
        for it in items:
            row = t.add_row()
            for c, v in enumerate(it[:5]):
                row.cells[c].text = v
            EXPECTED.append((fil, namnd, it[1], it[5], it[6]))
    wid = [Cm(1.2), Cm(9), Cm(4.5), Cm(1.6), Cm(9)]
    for row in t.rows:
        for c, w in enumerate(wid):
            row.cells[c].width = w
    d.add_paragraph()
    d.add_paragraph("Behandlad av miljö- och byggnadsnämnden 2025-05-21.")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F5 Tekniska nämnden - ods, Utförd | Ej utförd | Pågår with x; one control with two boxes ticked
# ---------------------------------------------------------------------------
def f5():
    fil = "TF_IK_uppfoljning_2025.ods"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True)
    ws["F2"] = "Riskvärde = sannolikhet × konsekvens (1–16)"
    ws["F2"].font = Font(italic=True, size=9)
    head = ["Process", "Kontrollmoment", "Riskvärde", "Ansvarig", "Utförd", "Ej utförd", "Pågår",
            "Iakttagelser / avvikelser"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD; cell.fill = HEADFILL; cell.alignment = CENTER; cell.border = BORDER
    rows = [
        ("Gata/park", "Vinterväghållning – entreprenörens körjournaler stäms av mot fakturor", 12, "Gatuchef",
         "x", "", "", "Stickprov februari–mars: två fakturor avsåg fler timmar än körjournalen, kreditering "
         "begärd.", "GENOMFORD", "ja"),
        ("", "Lekplatsbesiktningar genomförs enligt plan", 9, "Parkingenjör", "x", "", "",
         "Samtliga 14 lekplatser besiktigade, inga allvarliga anmärkningar.", "GENOMFORD", "nej"),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) – egenkontroller i kommunens fastigheter", 12,
         "Fastighetschef", "", "", "x", "11 av 19 fastigheter kontrollerade.", "DELVIS", ""),
        ("", "Energiuppföljning – månadsavläsning av förbrukning", 6, "Driftingenjör", "x", "", "x",
         "Se bilaga energirapport.", "OKLAR", ""),
        ("Kost", "Egenkontroll livsmedelshantering i tillagningskök", 8, "Kostchef", "x", "", "", "",
         "GENOMFORD", ""),
        ("", "Inköp av livsmedel sker från avtalade leverantörer", 6, "Kostchef", "", "x", "",
         "Kontrollen har inte hunnits med, görs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 9, "Förvaltningsekonom", "x", "", "",
         "Stickprov 20 fakturor, en faktura saknade andra attest.", "GENOMFORD", "ja"),
        ("", "Uppföljning av investeringsprojekt mot budget", 8, "Teknisk chef", "", "", "", "", "SAKNAS", ""),
        ("", "Indexuppräkning av externa hyresavtal", 4, "Fastighetsförvaltare", "", "", "",
         "Utgår – hanteras av Älvkarlebyhus AB från 2025.", "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = CENTER if 3 <= c <= 7 else WRAP
        if row[0]:
            ws.cell(r, 1).font = BOLD
        EXPECTED.append((fil, namnd, row[1], row[8], row[9]))
        r += 1
    ws.cell(r + 1, 1, "Godkänd av teknisk chef 2025-09-12, Per Nordin")
    widths(ws, [14, 50, 10, 20, 8, 9, 8, 55])
    to_ods(wb, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F6 Bolagen - ods, two bolag as group rows, "Genomförd T1/T2 (Ja/Nej/Delvis)" + "Avvikelse T2"
# ---------------------------------------------------------------------------
def f6():
    fil = "Bolagen_internkontroll_T2_2025.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Bolagen"
    ws["A1"] = "Internkontroll 2025 – kommunala bolag"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Sammanställning per tertial 2 (31 augusti 2025). Ange Ja, Nej eller Delvis per tertial."
    head = ["Kontrollmoment", "Ansvarig", "Genomförd T1?\n(Ja/Nej/Delvis)", "Genomförd T2?\n(Ja/Nej/Delvis)",
            "Avvikelse T2?\n(Ja/Nej)", "Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD; cell.fill = HEADFILL; cell.alignment = CENTER; cell.border = BORDER
    ws.row_dimensions[4].height = 45
    groups = [
        ("Älvkarlebyhus AB", [
            ("Hyresaviseringar – kontroll att hyreshöjningen 2025 införts korrekt", "Ekonomiansvarig",
             "Ja", "", "Nej", "Genomförd i januari, samtliga avier korrekta.", "GENOMFORD", "nej"),
            ("Besiktning av gemensamma utrymmen utförs enligt underhållsplan", "Förvaltare",
             "Nej", "Ja", "Ja", "Brister i två tvättstugor, åtgärdade i juli.", "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen", "VD", "Ja", "Ja", "Nej", "",
             "GENOMFORD", "nej"),
            ("Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningsansvarig", "Delvis", "Delvis", "Nej",
             "Stickprov pågår, hälften av ärendena granskade utan anmärkning.", "DELVIS", "nej"),
            ("Jävsförhållanden dokumenteras vid upphandling", "VD", "Nej", "Nej", "",
             "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Älvkarleby Vatten AB", [
            ("Provtagning av dricksvatten enligt kontrollprogram", "Driftchef", "Ja", "Ja", "Ja",
             "Ett prov med anmärkning (koliforma bakterier) i Skutskär, omprov utan anmärkning.",
             "GENOMFORD", "ja"),
            ("Debitering av VA-avgifter enligt taxa", "Kundtjänst", "Ja", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Behörigheter i styr- och övervakningssystemet (SCADA)", "IT-ansvarig", "Nej", "Delvis", "",
             "Genomgång pågår tillsammans med leverantören.", "DELVIS", ""),
            ("Kundreskontra – påminnelser och inkasso hanteras enligt rutin", "Ekonomiansvarig", "Ja",
             "Ej aktuell", "", "Hanteras av Gästrike Vatten AB från 1 maj.", "UTGAR", ""),
            ("Reservvattenförsörjning – övning enligt beredskapsplan", "VA-chef", "", "", "", "",
             "SAKNAS", ""),
        ]),
    ]
    r = 5
    for g, items in groups:
        ws.cell(r, 1, g).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for c in range(1, 7):
            ws.cell(r, c).fill = GROUPFILL
        r += 1
        for it in items:
            for c, v in enumerate(it[:6], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BORDER
                cell.alignment = CENTER if 3 <= c <= 5 else WRAP
            EXPECTED.append((fil, g, it[0], it[6], it[7]))
            r += 1
        FILES.append((fil, "INLAST", g, "2025", "T2"))
    widths(ws, [52, 18, 15, 15, 13, 55])
    to_ods(wb, fil)


# ---------------------------------------------------------------------------
# F7 Kultur- och fritidsnämnden - docx, nämnd only in page header; question columns
# ---------------------------------------------------------------------------
def f7():
    fil = "IK uppföljning T2 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\tInternkontroll 2025"
    d.add_heading("Uppföljning av intern kontroll – tertial 2", level=1)
    d.add_paragraph("Nedan redovisas resultatet av kontrollerna i internkontrollplanen för perioden "
                    "maj–augusti 2025. Bilagor finns hos kultur- och fritidsförvaltningen.")
    rows = [
        ("Kassahantering i simhallen – dagskassor stäms av mot kassasystemet", "Ja", "Ja",
         "Differens på 450 kr vid ett tillfälle. Rutinen för kassaavstämning har förtydligats.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Ja", "Nej",
         "Stickprov 10 ansökningar.", "GENOMFORD", "nej"),
        ("Biblioteken: fakturering av ej återlämnade medier", "Delvis", "Nej",
         "Rutinen på Skutskärs bibliotek kontrollerad, Älvkarleby bibliotek återstår.", "DELVIS", "nej"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Nej", "–",
         "Kontrollen skjuts upp till 2026 på grund av nytt bokningssystem.", "EJ_GENOMFORD", ""),
        ("Utdrag ur belastningsregistret för personal i sommarlovsaktiviteter för barn", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Inventering av kommunens konstsamling", "Ja, med anmärkning", "Ja",
         "Två verk kunde inte lokaliseras vid inventeringen. Polisanmälan upprättad.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen", "", "", "Se bilaga 3.", "OKLAR", ""),
        ("Bidrag till studieförbund följs upp mot verksamhetsredovisning", "Ej aktuell", "",
         "Bidragsreglerna ses över, kontrollen utgår 2025.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Har kontrollen genomförts? (Ja/Nej/Delvis)",
                           "Avvikelse upptäckt? (Ja/Nej)", "Kommentar och åtgärd"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for rw in rows:
        cells = t.add_row().cells
        for c, v in enumerate(rw[:4]):
            cells[c].text = v
        EXPECTED.append((fil, namnd, rw[0], rw[4], rw[5]))
    wid = [Cm(6), Cm(3), Cm(2.6), Cm(5.5)]
    for row in t.rows:
        for c, w in enumerate(wid):
            row.cells[c].width = w
    d.add_paragraph()
    d.add_paragraph("Skutskär 2025-09-08\nLena Holm, kultur- och fritidschef")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# R  reject: Word owner/lock file left next to the BUN form document
# ---------------------------------------------------------------------------
def reject():
    fil = "~$N_uppfoljning_internkontroll_2025.docx"
    user = "Maria Ek"
    data = bytes([len(user)]) + user.encode("latin-1")
    data = data.ljust(54, b"\x00")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(162, b"\x20")
    with open(fil, "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelseförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsnämnden"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljönämnden"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Älvkarlebyhus AB", "ÄHAB|Älvkarlebyhus|Bostadsbolaget"),
    ("Älvkarleby Vatten AB", "ÄVAB|Älvkarleby Vatten|VA-bolaget"),
]


def write_csv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, reject):
        fn()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
