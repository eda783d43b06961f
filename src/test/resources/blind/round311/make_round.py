#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r311 - Vårby kommun, delår 2025, controls with several kontrollpunkter.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round311"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r311conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.author = "Vårby kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Vårby kommun"


def fix_xlsx_props(wb):
    wb.properties.creator = "Vårby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. BUN - Excel, control rows with numbered sub-rows per kontrollpunkt
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_Uppföljning_internkontroll_delår_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: januari–augusti (delårsuppföljning). Avrapporteras till nämnden 2025-09-24."
    ws["A3"] = ("Instruktion: Besvara varje kontrollpunkt med Ja, Nej eller Delvis i kolumnen Svar. "
                "Ange samlad status för kontrollmomentet på kontrollmomentets rad "
                "(Genomförd / Genomförd med avvikelse / Delvis genomförd / Pågår / Ej genomförd / Utgår).")
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 45
    hdr = ["Nr", "Process", "Kontrollmoment / kontrollpunkt", "Ansvarig", "Svar",
           "Samlad status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    controls = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd med avvikelse", "Stickprov 25 fakturor (mars och juni).",
         [("Är fakturan attesterad av behörig attestant?", "Ja", ""),
          ("Är beslutsattest och granskningsattest utförda av olika personer?", "Ja", ""),
          ("Finns underlag (beställning/avtal) som styrker fakturan?", "Delvis",
           "2 av 25 fakturor saknade beställning.")],
         "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Kontroll av representation och interna möten", "Controller",
         "Genomförd", "Samtliga 12 granskade verifikat korrekta.",
         [("Framgår syfte och deltagare av underlaget?", "Ja", ""),
          ("Följer kostnaden kommunens riktlinje för representation?", "Ja", "")],
         "GENOMFORD", "nej"),
        ("3", "Personal", "Registerkontroll av personal som anställs i förskola och skola", "HR-specialist",
         "Delvis genomförd", "",
         [("Har utdrag ur belastningsregistret visats före anställning?", "Ja", ""),
          ("Är uppvisandet dokumenterat i personalsystemet?", "Nej",
           "Dokumentation saknas för 4 av 30 anställningar."),
          ("Omfattar kontrollen även timvikarier?", "", "Timvikarier granskas i oktober.")],
         "DELVIS", "ja"),
        ("4", "Verksamhet", "Uppföljning av elever med hög frånvaro", "Rektorer",
         "", "3 av 4 punkter uppfyllda. Rektor informeras inte systematiskt – rutinen revideras under hösten.",
         [("Finns rutin för anmälan till elevhälsan vid 10 % frånvaro?", "Ja", ""),
          ("Har kontakt med vårdnadshavare dokumenterats?", "Ja", ""),
          ("Har elevhälsan påbörjat utredning inom 4 veckor?", "Ja", ""),
          ("Har rektor informerats om eleven?", "Nej", "")],
         "GENOMFORD", "ja"),
        ("5", "Verksamhet", "Handläggning av skolskjuts inom beslutad tid", "Skolskjutshandläggare",
         "Ej genomförd", "Kontrollen flyttas till tertial 3 på grund av vakans.",
         [("Har beslut fattats inom fyra veckor från ansökan?", "", ""),
          ("Är avslagsbeslut motiverade och försedda med besvärshänvisning?", "", "")],
         "EJ_GENOMFORD", ""),
        ("6", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet", "Systemförvaltare",
         "Pågår", "Genomgång av 3 av 8 enheter klar. Två användare hade för hög behörighet, justerat.",
         [("Har behörighet tagits bort för avslutade anställningar?", "Ja", ""),
          ("Motsvarar behörighetsnivån befattningen?", "Delvis", ""),
          ("Sker logguppföljning månadsvis?", "", "")],
         "DELVIS", "ja"),
        ("7", "Upphandling", "Inköp följer ingångna ramavtal", "Inköpssamordnare",
         "Utgår", "Utgår – ersätts av kommungemensam kontroll enligt KS beslut 2025-03-12 § 31.",
         [("Har inköp gjorts från avtalad leverantör?", "", ""),
          ("Finns dokumenterad direktupphandling där avtal saknas?", "", "")],
         "UTGAR", ""),
        ("8", "Ekonomi", "Hantering av kontanta medel och handkassor", "Controller",
         "", "",
         [("Stäms handkassan av månadsvis?", "", ""),
          ("Finns kvittens vid överlämning av kassan?", "", "")],
         "SAKNAS", ""),
        ("9", "Verksamhet", "Anmälan av kränkande behandling till huvudman", "Verksamhetschef",
         "Genomförd", "",
         [("Har anmälan till huvudman gjorts samma dag?", "Ja", ""),
          ("Har utredning påbörjats skyndsamt?", "Ja", ""),
          ("Har vidtagna åtgärder dokumenterats?", "Ja", "")],
         "GENOMFORD", "nej"),
    ]
    r = 6
    fill_ctrl = PatternFill("solid", fgColor="DDEBF7")
    for nr, proc, km, ansv, status, komm, pts, st, avv in controls:
        vals = [nr, proc, km, ansv, "", status, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.font = Font(bold=True)
            cell.fill = fill_ctrl
            cell.border = BORDER
            cell.alignment = WRAP
        r += 1
        for i, (pt, svar, k) in enumerate(pts, 1):
            vals = ["%s.%d" % (nr, i), None, pt, None, svar or None, None, k or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(row=r, column=3).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
            r += 1
        exp(fil, N, km, st, avv)
    r += 1
    ws.cell(row=r, column=1, value="Summering: 4 av 9 kontrollmoment genomförda under perioden.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Holm, controller, 2025-09-05")
    ws.cell(row=r + 1, column=1, value="Godkänd av: Per Lindqvist, förvaltningschef")
    for col, w in zip("ABCDEFG", [6, 18, 60, 20, 9, 24, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. SN - Word, one table per control, X in Ja/Nej/Delvis columns, "Resultat" row
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden delårsuppföljning internkontroll 2025.docx"
    N = "Socialnämnden"
    doc = Document()
    fix_docx_props(doc)
    doc.add_heading("Socialnämnden", level=1)
    doc.add_paragraph("Uppföljning av intern kontroll – delårsrapport januari–augusti 2025")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 2025-01-29 (§ 8). Varje kontrollmoment har "
        "delats upp i kontrollpunkter som besvarats med Ja (uppfyllt), Nej (ej uppfyllt) eller Delvis. "
        "Under respektive tabell redovisas resultatet samt eventuella åtgärder. Kontrollerna har "
        "genomförts av förvaltningens controller och enhetschefer.")
    controls = [
        ("Utbetalning av ekonomiskt bistånd sker enligt fattat beslut", "Enhetschef försörjningsstöd",
         [("Finns beslut som motsvarar utbetalt belopp?", "Nej", "Ett ärende saknade beslut, rättat 2025-06-12."),
          ("Är beslutet fattat av behörig delegat?", "Ja", ""),
          ("Är utbetalningen attesterad av två personer?", "Ja", ""),
          ("Är utbetalningen gjord till sökandens eget konto?", "Ja", "")],
         "3 av 4 punkter uppfyllda. Stickprov 20 utbetalningar. Avvikelsen har åtgärdats och rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Handläggningstid för förhandsbedömning av orosanmälningar (14 dagar)", "Enhetschef barn och unga",
         [("Har förhandsbedömningen gjorts inom 14 dagar?", "Ja", ""),
          ("Har skyddsbedömning gjorts samma dag?", "Ja", ""),
          ("Är beslutet dokumenterat i verksamhetssystemet?", "Ja", "")],
         "3 av 3 punkter uppfyllda. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Avtalstrohet vid köp av placeringar (HVB och familjehem)", "Controller",
         [("Finns ramavtal med anlitad utförare?", "Ja", ""),
          ("Har direktupphandling dokumenterats när ramavtal saknas?", "Delvis",
           "En placering utan ramavtal, direktupphandlingen ej dokumenterad."),
          ("Stämmer fakturerat dygnspris med avtalat pris?", "", ""),
          ("Har placeringen följts upp inom avtalad tid?", "", "")],
         "Granskningen pågår – 2 av 4 punkter bedömda hittills. Resterande bedöms i oktober.",
         "DELVIS", "ja"),
        ("Uppföljning av placerade barns vårdplaner", "Enhetschef barn och unga",
         [("Är vårdplanen upprättad inom sex veckor?", "Nej", ""),
          ("Har vårdplanen följts upp senast var sjätte månad?", "Nej", "")],
         "0 av 2 punkter uppfyllda. Ingen av de fem granskade vårdplanerna var aktuell. "
         "Åtgärdsplan tas fram och redovisas för nämnden i oktober.",
         "GENOMFORD", "ja"),
        ("Dokumentation av samtycke vid informationsutbyte med andra myndigheter", "Enhetschef vuxen",
         [("Finns samtycke dokumenterat i akten?", "", ""),
          ("Framgår vilka myndigheter samtycket omfattar?", "", "")],
         "Kontrollen har inte genomförts under perioden. Planeras till november.",
         "EJ_GENOMFORD", ""),
        ("Hantering av klienters privata medel", "Enhetschef boende",
         [("Finns fullmakt för hanteringen?", "Ja", ""),
          ("Förs kassabok för varje klient?", "Ja", ""),
          ("Finns kvitton för samtliga uttag?", "Ja", ""),
          ("Har kassan inventerats av två personer?", "Ja", ""),
          ("Förvaras kontanter i låst skåp?", "Ja", "")],
         "5 av 5 punkter uppfyllda.",
         "GENOMFORD", "nej"),
        ("Lex Sarah-rapporter utreds och anmäls till IVO i tid", "Kvalitetsstrateg",
         [("Har utredning påbörjats utan dröjsmål?", "", ""),
          ("Har allvarliga missförhållanden anmälts till IVO inom två veckor?", "", ""),
          ("Har åtgärder återkopplats till verksamheten?", "", "")],
         "Se bilaga 3.",
         "OKLAR", ""),
    ]
    for i, (km, ansv, pts, res, st, avv) in enumerate(controls, 1):
        doc.add_heading("Kontroll %d" % i, level=2)
        t = doc.add_table(rows=3 + len(pts) + 1, cols=5)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), "Kontrollmoment", bold=True)
        m = t.cell(0, 1).merge(t.cell(0, 4))
        set_cell(m, km)
        set_cell(t.cell(1, 0), "Ansvarig", bold=True)
        m = t.cell(1, 1).merge(t.cell(1, 4))
        set_cell(m, ansv)
        for c, h in enumerate(["Kontrollpunkt", "Ja", "Nej", "Delvis", "Kommentar"]):
            set_cell(t.cell(2, c), h, bold=True)
            shade(t.cell(2, c), "D9D9D9")
        for j, (pt, svar, k) in enumerate(pts):
            row = 3 + j
            set_cell(t.cell(row, 0), pt)
            for c, lab in ((1, "Ja"), (2, "Nej"), (3, "Delvis")):
                set_cell(t.cell(row, c), "X" if svar == lab else "", align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(t.cell(row, 4), k)
        last = 3 + len(pts)
        set_cell(t.cell(last, 0), "Resultat", bold=True)
        m = t.cell(last, 1).merge(t.cell(last, 4))
        set_cell(m, res)
        doc.add_paragraph()
        exp(fil, N, km, st, avv)
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Av sju kontrollmoment har fyra genomförts fullt ut, ett pågår och ett har inte genomförts. "
        "Resultatet för kontrollen av lex Sarah redovisas i separat bilaga.")
    doc.add_paragraph("Vårby 2025-09-09\nAnna Berg, socialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export, TN + MBN, one row per kontrollpunkt
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-09-10.csv"
    TN = "Tekniska nämnden"
    MBN = "Miljö- och byggnadsnämnden"
    data = [
        (TN, "Kontroll av att drivmedelskort används enligt riktlinje", "Klar med avvikelse",
         "Tre tankningar saknade registreringsnummer.", "Fordonssamordnare",
         [("Tankning sker enbart till kommunens fordon", "Ja"),
          ("Registreringsnummer anges vid varje tankning", "Delvis"),
          ("Förlorade kort spärras omgående", "Ja")], "GENOMFORD", "ja"),
        (TN, "Debitering av VA-avgifter enligt taxa", "Klar", "", "VA-chef",
         [("Brukningsavgift debiteras enligt gällande taxa", "Ja"),
          ("Anläggningsavgift debiteras vid ny anslutning", "Ja"),
          ("Mätarställning avläses minst en gång per år", "Ja")], "GENOMFORD", "nej"),
        (TN, "Besiktning av lekplatser enligt besiktningsplan", "Pågående",
         "Huvudbesiktning av 12 av 20 lekplatser klar, resterande i september. Anmärkningar på två lekplatser ej åtgärdade inom 30 dagar.",
         "Parkchef",
         [("Huvudbesiktning genomförd enligt plan", "Delvis"),
          ("Anmärkningar åtgärdade inom 30 dagar", "Nej")], "DELVIS", "ja"),
        (TN, "Vinterväghållning – entreprenörens fakturor stäms av mot körjournal", "Ej startad",
         "Genomförs under vintersäsongen och rapporteras i helårsuppföljningen.", "Gatuchef",
         [("Fakturerade timmar stämmer med körjournal", ""),
          ("Utryckning har beordrats av behörig person", "")], "EJ_GENOMFORD", ""),
        (TN, "Investeringsprojekt följer beslutad budget och tidplan", "", "", "Projektchef",
         [("Projektkalkyl finns beslutad", "Ja"),
          ("Prognos rapporteras månadsvis", "Ja"),
          ("Avvikelse över 10 % anmäls till nämnden", "Ja")], "GENOMFORD", "nej"),
        (MBN, "Handläggningstid för bygglov inom 10 veckor", "Klar",
         "2 av 40 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "Bygglovschef",
         [("Ärendet är komplett inom 3 veckor", "Ja"),
          ("Beslut fattat inom 10 veckor från komplett ansökan", "Nej"),
          ("Avgiftsreduktion tillämpad vid överskriden tid", "Ja")], "GENOMFORD", "ja"),
        (MBN, "Tillsynsavgifter debiteras enligt taxa", "Klar", "", "Miljöchef",
         [("Timavgift enligt gällande taxa", "Ja"),
          ("Faktura skickad inom en månad efter tillsyn", "Ja")], "GENOMFORD", "nej"),
        (MBN, "Jäv vid handläggning av ärenden", "Ej aktuell",
         "Utgår enligt nämndbeslut MBN 2025-04-15 § 42.", "Förvaltningschef",
         [("Jävsdeklaration finns för samtliga handläggare", ""),
          ("Jävsfrågan har prövats i ärenden med kända parter", "")], "UTGAR", ""),
        (MBN, "Diarieföring av inkommande handlingar", "", "", "Registrator",
         [("Handlingen är diarieförd inom två arbetsdagar", "Ja"),
          ("Handlingen är kopplad till rätt ärende", ""),
          ("Sekretessmarkering är korrekt", "")], "DELVIS", "nej"),
    ]
    header = ["Organisation", "Plan", "Kontrollmoment", "Kontrollpunkt", "Svar",
              "Status kontrollmoment", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Rapport: Uppföljning internkontroll;Period: Delår 2025 (jan-aug);Utskriven 2025-09-10\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for org, km, status, komm, ansv, pts, st, avv in data:
            for pt, svar in pts:
                w.writerow([org, "Internkontrollplan 2025", km, pt, svar, status, komm, ansv,
                            "2025-09-0%d" % (1 + len(km) % 8)])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. KFN - Excel -> .xls, merged kontrollmoment over "kontrollsteg", T1 and delår columns
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN internkontroll 2025 T1 och delår.xls"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1 och delår (jan–aug)"
    ws["A3"] = ("Ange för varje kontrollsteg om det är utfört: Ja / Nej / Delvis. "
                "Avvikelse: Ja om kontrollen visat fel eller brister.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollsteg", "Utfört T1", "Utfört delår",
           "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BORDER
        cell.alignment = WRAP
    controls = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         [("Stickprov 10 ansökningar uttaget", "Ja", "Ja"),
          ("Granskning mot bidragsreglerna", "Delvis", "Ja"),
          ("Resultat återrapporterat till förvaltningsledningen", "Nej", "Ja")],
         "Nej", "Samtliga granskade bidrag korrekta.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kassahantering i simhallen och på huvudbiblioteket",
         [("Oanmäld kassainventering simhallen", "Ja", "Ja"),
          ("Oanmäld kassainventering huvudbiblioteket", "Nej", "Nej")],
         "Ja", "Kassadifferens 350 kr i simhallen. Biblioteket inventeras i oktober.", "DELVIS", "ja"),
        ("Ekonomi", "Lokaluthyrning debiteras enligt taxa",
         [("Stickprov bokningar uttaget ur bokningssystemet", "", "Nej"),
          ("Jämförelse bokning – faktura", "", "Nej"),
          ("Rabatter kontrolleras mot beslut", "", "Nej")],
         "", "Ej påbörjad – nytt bokningssystem införs, kontrollen görs när data finns.", "EJ_GENOMFORD", ""),
        ("Tillgångar", "Inventering av konstsamlingen och inventarieförteckningen",
         [("Fysisk inventering av konstverk", "Ja", ""),
          ("Förteckningen uppdaterad i registret", "Ja", "")],
         "Nej", "Klar i april.", "GENOMFORD", "nej"),
        ("Säkerhet", "Säkerhetsrutiner vid evenemang (tillstånd och brandskydd)",
         [("Tillstånd från polisen finns inför evenemang", "", "Ja"),
          ("Brandskyddskontroll genomförd före evenemang", "", "Ja"),
          ("Utvärdering av säkerheten efter evenemang", "", "Delvis")],
         "Nej", "Utvärdering av sommarens evenemang pågår.", "DELVIS", "nej"),
        ("Bidrag", "Bidrag till studieförbund följs upp mot verksamhetsrapport",
         [("Verksamhetsrapporter inhämtade", "", ""),
          ("Bidrag jämfört med redovisade studietimmar", "", "")],
         "", "Utgår 2025, ersätts av kommungemensam uppföljning genom KS.", "UTGAR", ""),
    ]
    r = 6
    for omr, km, steps, avv_col, komm, st, avv in controls:
        first = r
        for step, t1, dl in steps:
            vals = [omr, km, step, t1 or None, dl or None, avv_col or None, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            r += 1
        last = r - 1
        if last > first:
            for col in ("A", "B", "F", "G"):
                ws.merge_cells("%s%d:%s%d" % (col, first, col, last))
        exp(fil, N, km, st, avv)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen är gjord av Lena Ström, controller, 2025-09-03.")
    for col, w in zip("ABCDEFG", [14, 42, 44, 11, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r311kfn")
    src = os.path.join(tmpd, "kfn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KS - text only (no tables), saved as .odt
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Kommunstyrelsen - uppföljning intern kontroll delår 2025.odt"
    N = "Kommunstyrelsen"
    doc = Document()
    fix_docx_props(doc)
    doc.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025 – delår (januari–augusti)", level=1)
    doc.add_paragraph("Kommunledningsförvaltningen, Vårby kommun. Dnr KS 2025/0112.")
    doc.add_paragraph(
        "I denna rapport redovisas resultatet av de kontroller som ingår i kommunstyrelsens "
        "internkontrollplan för 2025. För varje kontrollmoment har ett antal kontrollpunkter granskats. "
        "Varje kontrollpunkt besvaras med Ja, Nej eller Delvis, följt av förvaltningens bedömning.")
    controls = [
        ("Löneutbetalningar – kontroll av nyanställda och avslutade anställningar i lönesystemet",
         [("Nyanställda är registrerade med lön enligt anställningsavtal", "Ja"),
          ("Avslutade anställningar är avslutade i lönesystemet i tid", "Delvis"),
          ("Felaktiga utbetalningar har återkrävts", "Ja")],
         "Bedömning: Genomförd med avvikelse. Två anställningar avslutades för sent vilket gav "
         "felaktig utbetalning; återkrav pågår.", "GENOMFORD", "ja"),
        ("Efterlevnad av delegationsordningen – anmälan av delegationsbeslut",
         [("Delegationsbeslut har anmälts till kommunstyrelsen", "Ja"),
          ("Beslut har fattats av rätt delegat", "Ja")],
         "Bedömning: Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Uppföljning av avtal för IT-tjänster och licenser",
         [("Samtliga avtal finns registrerade i avtalsdatabasen", "Ja"),
          ("Avtalsansvarig är utsedd för samtliga avtal", "Nej"),
          ("Antal licenser motsvarar faktiskt behov", "Ej bedömd")],
         "Bedömning: Pågår. Licensinventeringen slutförs under hösten. Sex avtal saknar utsedd "
         "avtalsansvarig.", "DELVIS", "ja"),
        ("Hantering av allmänna handlingar och registrering i diariet",
         [("Inkomna handlingar registreras utan dröjsmål", "–"),
          ("Gallring sker enligt dokumenthanteringsplan", "–")],
         "Bedömning: Ej genomförd – kontrollen skjuts till 2026 på grund av byte av "
         "ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        ("Mutor och jäv – chefers kännedom om kommunens riktlinjer",
         [("Riktlinjen har gåtts igenom på ledningsgruppsmöte", "Ja"),
          ("Nya chefer har fått introduktion i riktlinjen", "Ja"),
          ("Bisysslor är anmälda och bedömda", "Ja"),
          ("Gåvor och förmåner har redovisats enligt rutin", "Ja")],
         "4 av 4 kontrollpunkter uppfyllda.", "GENOMFORD", "nej"),
        ("Krisberedskap – krisledningsplanen är uppdaterad och övad",
         [("Krisledningsplanen är reviderad under mandatperioden", "Nej"),
          ("Kontaktlistor är aktuella", "Nej"),
          ("Krisledningsövning har genomförts det senaste året", "Nej")],
         "Bedömning: Genomförd. Kontrollen visar att planen inte har uppdaterats sedan 2021. "
         "Åtgärd: revidering och övning beslutas av kommunstyrelsen i december.", "GENOMFORD", "ja"),
    ]
    for i, (km, pts, bed, st, avv) in enumerate(controls, 1):
        p = doc.add_paragraph()
        r = p.add_run("Kontrollmoment %d: " % i)
        r.bold = True
        r2 = p.add_run(km)
        r2.bold = True
        doc.add_paragraph("Kontrollpunkter:")
        for pt, svar in pts:
            doc.add_paragraph("%s: %s" % (pt, svar), style="List Bullet")
        doc.add_paragraph(bed)
        exp(fil, N, km, st, avv)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Fyra av sex "
        "kontrollmoment är genomförda. Avvikelserna inom lön och krisberedskap åtgärdas enligt ovan.")
    doc.add_paragraph("Vårby 2025-09-08")
    doc.add_paragraph("Maria Ek\nKommundirektör")
    tmpd = tempfile.mkdtemp(prefix="r311ks")
    src = os.path.join(tmpd, "ks.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. ÖFN - one Word table, shaded control rows, symbols, legend; nämnd only in page header -> .doc
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN IK delår 2025.doc"
    N = "Överförmyndarnämnden"
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Vårby kommun\tDelårsrapport 2025"
    doc.add_heading("Uppföljning internkontrollplan – delår 2025", level=1)
    doc.add_paragraph("Uppföljningsperiod 2025-01-01 – 2025-08-31. Föredragande: enhetschef överförmyndarenheten.")
    colors = {"Grön": "92D050", "Gul": "FFFF00", "Orange": "FFC000", "Röd": "FF0000", "Grå": "BFBFBF", "": None}
    controls = [
        ("Granskning av årsräkningar inom föreskriven tid", "Gul",
         "12 årsräkningar granskades efter 1 juli på grund av hög ärendemängd.",
         [("Årsräkningen har granskats före 30 juni", "◐"),
          ("Arvodesbeslut har fattats i samband med granskning", "✓"),
          ("Anmärkningar har kommunicerats med ställföreträdaren", "✓")], "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Grön", "",
         [("Arvodet följer riktlinjens nivåer", "✓"),
          ("Kostnadsersättning styrks med kvitton", "✓")], "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya gode män (belastningsregister och kreditupplysning)", "Orange",
         "Kreditupplysning saknades för 3 av 15 nya gode män. Kontroll av introduktionsutbildning görs i oktober.",
         [("Utdrag ur belastningsregistret finns", "✓"),
          ("Kreditupplysning har tagits", "✗"),
          ("Introduktionsutbildning genomförd", "")], "DELVIS", "ja"),
        ("Uttag från spärrade konton – kontroll av samtycke", "Röd",
         "Ej påbörjad på grund av personalbrist under våren.",
         [("Samtycke finns för varje uttag", ""),
          ("Uttaget är förenligt med huvudmannens behov", "")], "EJ_GENOMFORD", ""),
        ("Förteckningar inkomna inom två månader efter förordnande", "", "",
         [("Förteckning inkommen i tid", "✓"),
          ("Påminnelse skickad vid försening", "✓"),
          ("Förteckningen är granskad", "✓")], "GENOMFORD", "nej"),
        ("Digital arkivering av akter", "Grå",
         "Utgår – ingår i kommunens e-arkivprojekt, beslut ÖFN 2025-03-18 § 15.",
         [("Avslutade akter är skannade", ""),
          ("Akter är överförda till e-arkivet", "")], "UTGAR", ""),
    ]
    nrows = 1 + sum(1 + len(c[3]) for c in controls)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment / kontrollpunkt", "Resultat", "Samlad bedömning", "Kommentar"]):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "1F3864")
        for run in t.cell(0, c).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    for km, col, komm, pts, st, avv in controls:
        set_cell(t.cell(r, 0), km, bold=True)
        shade(t.cell(r, 0), "DEEAF6")
        shade(t.cell(r, 1), "DEEAF6")
        set_cell(t.cell(r, 2), col)
        if colors[col]:
            shade(t.cell(r, 2), colors[col])
        set_cell(t.cell(r, 3), komm)
        r += 1
        for pt, sym in pts:
            set_cell(t.cell(r, 0), "    " + pt, size=9)
            set_cell(t.cell(r, 1), sym, align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
        exp(fil, N, km, st, avv)
    doc.add_paragraph()
    doc.add_paragraph("Teckenförklaring kontrollpunkter: ✓ = Ja, uppfyllt   ✗ = Nej, ej uppfyllt   ◐ = Delvis uppfyllt")
    doc.add_paragraph("Samlad bedömning: Grön = genomförd utan avvikelse, Gul = genomförd med avvikelse, "
                      "Orange = delvis genomförd, Röd = ej genomförd, Grå = utgår.")
    tmpd = tempfile.mkdtemp(prefix="r311ofn")
    src = os.path.join(tmpd, "ofn.docx")
    doc.save(src)
    soffice_convert(src, "doc", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. VON - Excel, one row per control, Kp1..Kp5 as columns, second sheet with point texts,
#    nämnd only in print header and file name
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IK_delar25.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden – internkontroll delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Delår (januari–augusti)"
    ws["A3"] = ("Kontrollpunkterna (Kp) beskrivs på bladet Kontrollpunkter. Svar: Ja / Nej / Delvis, "
                "– = ej tillämplig. Status: grönt = Genomförd, gult = Delvis / med avvikelse, rött = Ej genomförd, grått = Utgår.")
    hdr = ["ID", "Kontrollmoment", "Kp 1", "Kp 2", "Kp 3", "Kp 4", "Kp 5", "Uppfyllda", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Delvis": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9", "": None}
    controls = [
        ("V1", "Läkemedelshantering – signeringslistor kontrolleras",
         [("Signeringslista finns för varje brukare", "Ja"),
          ("Samtliga administrerade doser är signerade", "Ja"),
          ("Delegering finns för den som signerat", "Ja"),
          ("Avvikelse skrivs vid utebliven signering", "Nej"),
          ("Narkotikaklassade läkemedel räknas veckovis", "–")],
         "3 av 4", "Genomförd", "Signering saknades vid 6 tillfällen på Solgården, avvikelse ej skriven.",
         "GENOMFORD", "ja"),
        ("V2", "Avgifter inom hemtjänst debiteras enligt beslut och utförd tid",
         [("Avgiftsbeslut finns", "Ja"), ("Debiterad tid motsvarar registrerad tid", "Ja"),
          ("Maxtaxa tillämpas", "Ja")],
         "3 av 3", "Genomförd", "", "GENOMFORD", "nej"),
        ("V3", "Genomförandeplaner upprättas inom 14 dagar",
         [("Genomförandeplan finns", "Ja"), ("Planen är upprättad inom 14 dagar", "Delvis")],
         "1 av 2", "", "", "GENOMFORD", "ja"),
        ("V4", "Brandskyddskontroll på särskilda boenden",
         [("Systematiskt brandskyddsarbete dokumenterat", "Ja"),
          ("Utrymningsvägar fria", ""), ("Brandlarm provat kvartalsvis", ""),
          ("Personal har genomgått brandutbildning", "")],
         "1 av 4", "Delvis", "Två av fem boenden kontrollerade hittills.", "DELVIS", "nej"),
        ("V5", "Hantering av brukares privata medel på boenden",
         [("Fullmakt finns", ""), ("Kassabok förs", ""), ("Kvitton finns för uttag", ""),
          ("Kassan inventeras kvartalsvis", "")],
         "", "", "", "SAKNAS", ""),
        ("V6", "Ensamarbete i hemtjänsten – riskbedömning finns",
         [("Riskbedömning dokumenterad för varje grupp", "–"), ("Åtgärder följs upp", "–")],
         "", "Utgår", "Ersätts av Arbetsmiljöverkets inspektion, beslut VON 2025-05-20 § 54.",
         "UTGAR", ""),
        ("V7", "Delegering av hälso- och sjukvårdsuppgifter är aktuell",
         [("Delegeringsbeslut finns", "Ja"), ("Delegeringen är högst ett år gammal", "Ja"),
          ("Kunskapstest genomfört", "Nej"), ("Delegeringen är registrerad i systemet", "Ja"),
          ("Sjuksköterska har följt upp delegeringen", "Ja")],
         "4 av 5", "Genomförd med avvikelse", "Kunskapstest saknades för 3 vikarier, åtgärdat i juni.",
         "GENOMFORD", "ja"),
        ("V8", "Avvikelserapportering i verksamhetssystemet",
         [("Avvikelser registreras inom 24 timmar", ""), ("Avvikelser analyseras av enhetschef", "")],
         "", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for cid, km, pts, upp, status, komm, st, avv in controls:
        vals = [cid, km] + [p[1] or None for p in pts] + [None] * (5 - len(pts)) + [upp or None, status or None, komm or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if fills[status]:
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fills[status])
        r += 1
        exp(fil, N, km, st, avv)
    r += 1
    ws.cell(row=r, column=1, value="Ansvarig för sammanställning: Jonas Wik, kvalitetscontroller")
    for col, w in zip("ABCDEFGHIJ", [6, 50, 7, 7, 7, 7, 7, 10, 22, 55]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Kontrollpunkter")
    for c, h in enumerate(["ID", "Kp", "Kontrollpunkt"], 1):
        ws2.cell(row=1, column=c, value=h).font = Font(bold=True)
    r = 2
    for cid, km, pts, *_ in controls:
        for i, (pt, _s) in enumerate(pts, 1):
            ws2.cell(row=r, column=1, value=cid)
            ws2.cell(row=r, column=2, value="Kp %d" % i)
            ws2.cell(row=r, column=3, value=pt)
            r += 1
    ws2.column_dimensions["C"].width = 55
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) from Gymnasienämnden, no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK delår 2025 Gymnasienämnden.docx"
    doc = Document()
    fix_docx_props(doc)
    doc.add_paragraph("Gymnasieförvaltningen\t2025-09-11")
    doc.add_paragraph("Till: Ekonomiavdelningen, Vårby kommun")
    doc.add_heading("Följebrev – uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph(
        "Hej! Gymnasienämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025 "
        "har registrerats direkt i Stratsys och behandlas av nämnden den 2025-09-25. Samtliga "
        "kontrollmoment med tillhörande kontrollpunkter finns att läsa där. Protokollsutdrag skickas "
        "när det är justerat.")
    doc.add_paragraph("Hör av er om ni har frågor.")
    doc.add_paragraph("Med vänlig hälsning\nSara Nyberg\nNämndsekreterare, Gymnasieförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasienämnden", "GyN|GN|Gymnasieförvaltningen"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|VoN|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|MoB|Miljö- och byggförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Vårby Energi AB", "VEAB|Vårby Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    file_bun()
    file_sn()
    file_stratsys()
    file_kfn()
    file_ks()
    file_ofn()
    file_von()
    file_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
