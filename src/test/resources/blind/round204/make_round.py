#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r204 - Sörby kommun, helår 2025 (kommunala bolag, förbund och nämnder).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round204"
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, final_name):
    """Convert src with LibreOffice into HERE under final_name."""
    tmpdir = tempfile.mkdtemp(prefix="r204_")
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpdir)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpdir, produced[0]), out(final_name))
    shutil.rmtree(tmpdir, ignore_errors=True)


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.author = "Sörby kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Sörby kommun"
    cp.revision = 1


def fix_wb_props(wb):
    wb.properties.creator = "Sörby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


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


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def set_col_widths(table, widths):
    """Fixed column widths that both Word and LibreOffice respect."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.append(tcW)
            tcW.set(qn("w:w"), str(int(w.twips)))
            tcW.set(qn("w:type"), "dxa")


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Sörbyhem AB - styrelserapport (Word)
# ---------------------------------------------------------------------------
def make_sorbyhem():
    fil = "Sörbyhem AB styrelserapport intern kontroll 2025.docx"
    nm = "Sörbyhem AB"
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sörbyhem AB  •  Org.nr 556412-3380  •  Styrelsehandling"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Rapport till styrelsen – Uppföljning av intern kontroll 2025", level=1)
    p = doc.add_paragraph()
    p.add_run("Styrelsemöte: ").bold = True
    p.add_run("2026-02-12, ärende 7\n")
    p.add_run("Föredragande: ").bold = True
    p.add_run("Anna Lindqvist, VD\n")
    p.add_run("Avser: ").bold = True
    p.add_run("Verksamhetsåret 2025 (helår)")

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt ägardirektivet från Sörby kommun ska bolagets styrelse årligen anta en plan för intern "
        "kontroll och rapportera utfallet till kommunstyrelsen i samband med bokslutet. Styrelsen antog "
        "internkontrollplanen för 2025 den 13 februari 2025 (§ 9). Planen omfattar tio kontrollmoment "
        "inom hyresadministration, upphandling, underhåll, uthyrning, ekonomi, IT och brandskydd.")
    doc.add_paragraph(
        "Kontrollerna har utförts av bolagets ekonomifunktion och förvaltningsenheten. Resultatet redovisas "
        "i tabellen nedan tillsammans med styrelsens bedömning per kontrollmoment. I kolumnen Utfört anges "
        "Ja, Delvis, Nej eller Utgår.")

    doc.add_heading("2. Genomförda kontroller", level=2)
    rows = [
        # område, kontrollmoment, utfört, resultat, bedömning, status, avv
        ("Hyresadministration",
         "Kontroll att hyresavier baseras på gällande hyresavtal och förhandlad hyresnivå (stickprov 25 avtal)",
         "Ja", "25 avtal kontrollerade mot hyresförhandlingsprotokoll 2025. Inga avvikelser.",
         "Tillfredsställande", "GENOMFORD", "nej"),
        ("Hyresadministration",
         "Uppföljning av hyresfordringar och rutin för överlämning till inkasso",
         "Ja", "Två ärenden överlämnades till inkasso senare än 30 dagar efter förfallodag, vilket strider "
               "mot rutinen. Rutinen har förtydligats och ansvarig handläggare utsetts.",
         "Godtagbar med anmärkning", "GENOMFORD", "ja"),
        ("Upphandling och inköp",
         "Avtalstrohet vid inköp av material och hantverkstjänster inom ramavtal",
         "Delvis", "Analys genomförd för januari–september. Köp utanför avtal motsvarar 6 % av volymen, "
                   "främst el-material. Oktober–december analyseras i februari 2026.",
         "Åtgärder krävs", "DELVIS", "ja"),
        ("Upphandling och inköp",
         "Kontroll av nya leverantörers skatte- och registreringsstatus innan avtal tecknas",
         "Ja", "Samtliga 14 nya leverantörer kontrollerade i Skatteverkets tjänst och via kreditupplysning.",
         "Tillfredsställande", "GENOMFORD", "nej"),
        ("Underhåll",
         "Uppföljning av att planerat underhåll genomförs enligt fastställd underhållsplan 2025",
         "Nej", "Uppföljningen har skjutits upp till 2026 på grund av byte av fastighetssystem under hösten. "
                "Underhållsplanens utfall redovisas i stället i bokslutet.",
         "Ej bedömd", "EJ_GENOMFORD", ""),
        ("Uthyrning",
         "Bostadsförmedling sker enligt kötid och gällande uthyrningspolicy (stickprov 20 kontrakt)",
         "", "Stickprovet genomfördes i oktober. 19 av 20 kontrakt var förmedlade enligt policyn; ett "
             "förturskontrakt saknade dokumenterat förtursbeslut.",
         "Godtagbar med anmärkning", "GENOMFORD", "ja"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ja", "Stickprov om 40 fakturor. Inga avvikelser.",
         "Tillfredsställande", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Representation och andra förtroendekänsliga poster",
         "Ja", "Tre representationsfakturor saknade uppgift om deltagare och syfte. Återkopplat till "
               "berörda chefer.",
         "Godtagbar med anmärkning", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",
         "Behörighetsgenomgång i fastighetssystemet vid personalförändringar",
         "Utgår", "Kontrollen utgår och ersätts av behörighetsgranskning i samband med systembytet, "
                  "se rad 5.",
         "–", "UTGAR", ""),
        ("Brandskydd",
         "Systematiskt brandskyddsarbete i bostadsbeståndet (SBA-ronder i samtliga områden)",
         "Ja", "Ronder genomförda i 42 av 42 områden. Brister (blockerade utrymningsvägar) noterades i tre "
               "trapphus och har åtgärdats.",
         "Tillfredsställande", "GENOMFORD", "ja"),
    ]
    hdr = ["Nr", "Område", "Kontrollmoment", "Utfört", "Resultat och iakttagelser", "Styrelsens bedömning"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for n, (omr, km, utf, res, bed, st, av) in enumerate(rows, 1):
        c = t.add_row().cells
        cell_text(c[0], str(n))
        cell_text(c[1], omr)
        cell_text(c[2], km)
        cell_text(c[3], utf)
        cell_text(c[4], res)
        cell_text(c[5], bed)
        EXPECTED.append((fil, nm, km, st, av))
    # merge Område cells vertically where the same area repeats
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                a = t.cell(start, 1)
                b = t.cell(i - 1, 1)
                m = a.merge(b)
                cell_text(m, rows[start - 1][0])
            start = i
    set_col_widths(t, [Cm(0.8), Cm(3.1), Cm(4.3), Cm(1.4), Cm(4.6), Cm(2.8)])

    doc.add_heading("3. Styrelsens bedömning", level=2)
    doc.add_paragraph(
        "Styrelsen bedömer att den interna kontrollen i Sörbyhem AB under 2025 i allt väsentligt har varit "
        "tillräcklig. Av tio kontrollmoment har sju genomförts, ett har genomförts delvis, ett har inte "
        "genomförts och ett har utgått. Styrelsen noterar särskilt avvikelsen i avtalstrohet och ger VD i "
        "uppdrag att återrapportera åtgärder vid styrelsemötet i maj 2026. Uppföljningen av underhållsplanen "
        "ska ingå i internkontrollplanen för 2026.")
    doc.add_paragraph("\nSörby 2026-02-12\n")
    doc.add_paragraph("Per Håkansson\t\t\t\tAnna Lindqvist\nStyrelsens ordförande\t\t\tVerkställande direktör")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Sörby Energi AB - internrevisionens observationslista (xlsx)
# ---------------------------------------------------------------------------
def make_energi():
    fil = "SEAB Internrevision observationer 2025.xlsx"
    nm = "Sörby Energi AB"
    wb = Workbook()
    fix_wb_props(wb)
    ws0 = wb.active
    ws0.title = "Sammanfattning"
    ws = wb.create_sheet("Observationer 2025")

    ws["A1"] = "Sörby Energi AB – Uppföljning intern kontroll och internrevision 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering till ägaren Sörby kommun (via Sörby Stadshus AB) – helår 2025, status per 2025-12-31"
    ws["A3"] = ("Risknivå: Hög = väsentlig brist, åtgärdas omgående · Medel = brist, åtgärdas inom 6 mån · "
                "Låg = förbättringsförslag · Ingen anm. = inga observationer")
    ws["A4"] = ("Kontroll utförd: Ja / Delvis / Nej / Ej aktuell.  Åtgärdsstatus avser ledningens åtgärd "
                "(Öppen / Stängd), inte själva kontrollen.")
    ws["A3"].font = ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Process", "Granskat kontrollmoment", "Observation", "Risknivå", "Rekommendation",
           "Ledningens svar\n(management response)", "Ansvarig", "Klart senast", "Kontroll utförd",
           "Åtgärdsstatus"]
    HR = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00525E")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    rows = [
        ("IR-25-01", "Nätavräkning",
         "Avstämning av mätvärden mot fakturerad nätöverföring per månad",
         "Avstämning görs men har inte dokumenterats för juni–augusti.",
         "Medel", "Dokumentera avstämningen månadsvis med signatur.",
         "Accepteras. Checklista med signering införd från september.", "Controller elnät",
         "2025-09-30", "Ja", "Stängd", "GENOMFORD", "ja"),
        ("IR-25-02", "Inköp och betalning",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Urval om 60 fakturor. Inga avvikelser.",
         "Ingen anm.", "–", "–", "Ekonomichef", "", "Ja", "Stängd", "GENOMFORD", "nej"),
        ("IR-25-03", "IT/OT-säkerhet",
         "Behörigheter i driftövervakningssystemet (SCADA) följs upp halvårsvis",
         "Fem konton för konsulter vars uppdrag avslutats var fortfarande aktiva.",
         "Hög", "Inför kvartalsvis behörighetsgenomgång och koppla avslut av konton till "
                "avslutsrutinen för konsulter.",
         "Accepteras. Kontona spärrades 2025-10-14. Ny rutin tas fram och fastställs Q1 2026.",
         "IT-säkerhetschef", "2026-03-31", "Ja", "Öppen", "GENOMFORD", "ja"),
        ("IR-25-04", "Fjärrvärme",
         "Prisändringar för fjärrvärme beslutas och kommuniceras enligt Prisdialogens rutin",
         "Granskningen påbörjad i november; intervjuer med marknadsavdelningen kvarstår.",
         "", "", "Granskningen slutförs under Q1 2026.", "Marknadschef", "2026-03-31",
         "Delvis", "Öppen", "DELVIS", ""),
        ("IR-25-05", "Miljö och tillstånd",
         "Egenkontroll enligt miljötillstånd för kraftvärmeverket – utsläppsrapportering",
         "Emissionsdeklaration lämnad i tid till länsstyrelsen. Inga avvikelser.",
         "Ingen anm.", "–", "–", "Miljösamordnare", "", "Ja", "Stängd", "GENOMFORD", "nej"),
        ("IR-25-06", "Ekonomi",
         "Hantering av förtroendekänsliga poster (representation, resor)",
         "Två utlandsresor bokade i business class utan dokumenterat godkännande av VD.",
         "Låg", "Påminn om resepolicyn och krav på förhandsgodkännande.",
         "Accepteras. Information lämnad på ledningsgruppsmöte 2025-11-05.", "CFO", "2025-12-31",
         "Ja", "Stängd", "GENOMFORD", "ja"),
        ("IR-25-07", "Inköp och betalning",
         "Direktupphandlingar över 100 tkr dokumenteras enligt LUF och intern riktlinje",
         "Granskningen har inte genomförts 2025 på grund av vakans på upphandlingsfunktionen.",
         "", "", "Ledningen accepterar att granskningen flyttas till plan 2026.", "Upphandlingschef", "",
         "Nej", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("IR-25-08", "Elnät – drift",
         "Kontinuitetsplan för elnätet testas genom årlig krisövning",
         "Övning genomförd 2025-05-20. Brister i kommunikationsvägarna mot kommunens krisledning.",
         "Medel", "Uppdatera kontaktlista och samverkansrutin med Sörby kommun.",
         "Accepteras. Ny kontaktlista fastställd 2025-06-15.", "Driftchef elnät", "2025-06-30",
         "Ja", "Stängd", "GENOMFORD", "ja"),
        ("IR-25-09", "HR och lön",
         "Kontroll av manuellt registrerade lönetillägg (jour, beredskap, övertid)",
         "Kontroll utförd för kvartal 1–2. Kvartal 3–4 kvarstår på grund av lönesystembyte.",
         "", "", "Kvartal 3–4 kontrolleras i februari 2026.", "HR-chef", "2026-02-28",
         "Delvis", "Öppen", "DELVIS", ""),
        ("IR-25-10", "Elhandel",
         "Kundavtal som tecknas per telefon bekräftas skriftligt enligt distansavtalslagen",
         "Elhandelsverksamheten avyttrades 2025-04-01. Kontrollen utgår.",
         "", "", "", "Försäljningschef", "", "Ej aktuell", "–", "UTGAR", ""),
    ]
    riskfill = {"Hög": "FF0000", "Medel": "FFC000", "Låg": "FFFF00", "Ingen anm.": "92D050"}
    r = HR + 1
    for row in rows:
        vals = row[:11]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BORDER
        if vals[4] in riskfill:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=riskfill[vals[4]])
        EXPECTED.append((fil, nm, row[2], row[11], row[12]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställd av: Internrevisor Johan Berg, 2026-01-15. Granskad av revisionsutskottet 2026-01-22.")
    widths = [10, 16, 40, 42, 11, 30, 36, 16, 12, 11, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = "A6:K16"

    # summary sheet
    ws0["A1"] = "Sörby Energi AB – Sammanfattning internrevision 2025"
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A3"], ws0["B3"] = "Risknivå", "Antal observationer"
    ws0["A3"].font = ws0["B3"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Hög", 1), ("Medel", 2), ("Låg", 1), ("Ingen anm.", 2)], 4):
        ws0.cell(i, 1, k)
        ws0.cell(i, 2, n)
    ws0["A9"] = "Summa"
    ws0["B9"] = "=SUM(B4:B7)"
    ws0["A11"] = "Detaljer, se fliken Observationer 2025."
    ws0.column_dimensions["A"].width = 18
    ws0.column_dimensions["B"].width = 22
    wb.active = 1
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Räddningstjänstförbundet - Excel med egna processnamn och färgfyllning
# ---------------------------------------------------------------------------
def make_rtj():
    fil = "RSN Internkontroll 2025 T3.xlsx"
    nm = "Räddningstjänstförbundet Sörby-Norrvik"
    G, Y, R, S = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Räddningstjänsten Sörby–Norrvik"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – rapport till förbundsdirektionen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporttillfälle: T3 (helår 2025)"
    ws["E2"] = "Teckenförklaring"
    ws["E2"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"),
                                    (R, "Ej genomförd"), (S, "Utgår / ej aktuell")], 3):
        ws.cell(i, 5).fill = PatternFill("solid", fgColor=col)
        ws.cell(i, 5).border = BORDER
        ws.cell(i, 6, txt)
    ws["A5"] = "Status markeras med färg i kolumnerna T1–T3. Tom cell = ingen kontroll under tertialet."
    ws["A5"].font = Font(italic=True, size=9)

    HR = 8
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = Alignment(horizontal="center" if i >= 5 and i <= 7 else "left", vertical="center")

    data = [
        ("Förebyggande – Tillsyn och tillstånd (LSO/LBE)", [
            ("1.1", "Tillsynsplanen följs – andel genomförda tillsyner enligt LSO mot plan",
             "Uttag ur verksamhetssystemet", "Enhetschef förebyggande", Y, Y, G,
             "142 av 150 planerade tillsyner genomförda (95 %). Målnivån 90 % är uppnådd.",
             "GENOMFORD", "nej"),
            ("1.2", "Tillståndsärenden enligt LBE handläggs inom 30 dagar",
             "Genomgång av samtliga ärenden", "Enhetschef förebyggande", G, G, G,
             "3 av 41 ärenden överskred handläggningstiden under hösten på grund av vakans.",
             "GENOMFORD", "ja"),
        ]),
        ("Räddningsinsats – Larm och ledning", [
            ("2.1", "Larmbehandlingstid – tid från 112-samtal till utlarmning följs upp (stickprov 50 larm)",
             "Stickprov i SOS-statistik", "Stabschef", G, G, G,
             "Median 78 sekunder. Inga avvikelser mot avtalet med SOS Alarm.", "GENOMFORD", "nej"),
            ("2.2", "Insatsrapporter upprättas och godkänns inom 5 arbetsdagar",
             "Uttag ur verksamhetssystemet", "Stabschef", G, G, Y,
             "Eftersläpning i 18 rapporter från december; arbetas ikapp i januari 2026.", "DELVIS", "ja"),
        ]),
        ("Räddningsinsats – Beredskap och styrkeuppbyggnad", [
            ("3.1", "Anspänningstid för RiB-styrkor följs upp per station",
             "Rapport per station", "Operativ chef", G, G, R,
             "Ej genomförd T3 – det nya verksamhetssystemet saknar rapport för anspänningstid.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Övningsplan för heltid och RiB genomförs enligt fastställd plan",
             "Närvarolistor och övningsjournal", "Utbildningsansvarig", Y, Y, G,
             "Övningsplanen genomförd till 96 %. Inga avvikelser av betydelse.", "GENOMFORD", "nej"),
        ]),
        ("Stöd – Fordon och materiel", [
            ("4.1", "Årlig besiktning och service av höjdfordon och andningsskydd",
             "Besiktningsprotokoll", "Fordonsansvarig", None, G, None,
             "Besiktning och service genomförd i maj utan anmärkning.", "GENOMFORD", "nej"),
            ("4.2", "Inventering av materiel på stationerna (stickprov 3 stationer)",
             "Inventeringslista", "Materielansvarig", None, None, Y,
             "Sörby och Vikhamn inventerade; Norrvik kvarstår till februari.", "DELVIS", ""),
        ]),
        ("Stöd – Ekonomi och administration", [
            ("5.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor/tertial", "Ekonom", G, G, G, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("5.2", "Fakturering av tillsynsavgifter och onödiga automatlarm sker enligt taxa",
             "Stickprov 120 fakturor", "Ekonom", None, None, G,
             "12 av 120 fakturor hade fel taxenivå. Samtliga har krediterats och fakturerats om.",
             "GENOMFORD", "ja"),
            ("5.3", "Uppföljning av avtal om räddningstjänst med medlemskommunerna",
             "Genomgång av avtal", "Förbundsdirektör", None, None, S,
             "Utgår – hanteras i översynen av förbundsordningen 2026.", "UTGAR", ""),
        ]),
        ("Stöd – Personal (heltid och RiB)", [
            ("6.1", "Beredskapsersättning för RiB-personal stämmer med beredskapsschema (stickprov)",
             "Stickprov lön mot schema", "HR-specialist", None, None, None, "", "SAKNAS", ""),
            ("6.2", "Hälsoundersökning och arbetsprov för rökdykare genomförs årligen",
             "Sammanställning från företagshälsovården", "HR-specialist", None, Y, G,
             "Samtliga 64 rökdykare har genomfört och klarat arbetsprovet.", "GENOMFORD", "nej"),
        ]),
    ]
    r = HR + 1
    for proc, ctrls in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, proc)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        r += 1
        for (nr, km, met, ans, t1, t2, t3, kom, st, av) in ctrls:
            for i, v in enumerate([nr, km, met, ans, None, None, None, kom], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BORDER
            for i, col in zip((5, 6, 7), (t1, t2, t3)):
                if col:
                    ws.cell(r, i).fill = PatternFill("solid", fgColor=col)
            EXPECTED.append((fil, nm, km, st, av))
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning T3: 8 gröna, 2 gula, 1 röd, 1 grå, 1 ej rapporterad.")
    ws.cell(r + 1, 1, "Godkänd av förbundsdirektör Maria Ek 2026-01-20. Behandlas i förbundsdirektionen 2026-02-05.")
    for col, w in zip("ABCDEFGH", [6, 48, 26, 22, 6, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    ws.print_title_rows = "8:8"
    ws.oddHeader.center.text = "Räddningstjänsten Sörby–Norrvik – Internkontroll 2025"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Sörby Vatten AB - svensk/engelsk mall (xls via LibreOffice)
# ---------------------------------------------------------------------------
def make_vatten():
    fil = "SVAB Internal control follow-up 2025.xls"
    nm = "Sörby Vatten AB"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IC follow-up 2025"
    ws["A1"] = "Sörby Vatten AB"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Internkontrollplan 2025 – Uppföljning / Internal control plan 2025 – Follow-up"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår / Full year 2025"
    ws["A4"] = ("Status: C = Completed / Genomförd   P = In progress / Pågående   "
                "N = Not started / Ej påbörjad   X = Cancelled / Utgår")
    ws["A4"].font = Font(italic=True, size=9)
    HR = 6
    hdr = ["No.", "Process", "Risk", "Kontrollmoment /\nControl activity", "Frekvens /\nFrequency",
           "Ansvarig /\nOwner", "Status\nH1", "Status\nH2", "Kommentar / Comment"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E75B6")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    rows = [
        ("1", "Billing / Debitering", "Felaktig debitering av brukningsavgift",
         "Avstämning av debiterad brukningsavgift mot mätaravläsningar (stickprov 30 fastigheter)",
         "Yearly / Årligen", "Ekonomichef", "", "C",
         "No deviations found. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Billing / Debitering", "Anslutningsavgift enligt fel taxa",
         "Anläggningsavgifter debiteras enligt beslutad VA-taxa vid nyanslutning",
         "Per case / Löpande", "Ekonomichef", "C", "C",
         "2 of 17 connection fees were invoiced with the 2024 taxa – corrected and re-invoiced.",
         "GENOMFORD", "ja"),
        ("3", "Drinking water / Dricksvatten", "Otjänligt dricksvatten når abonnent",
         "Provtagningsprogram för dricksvatten följs enligt LIVSFS 2022:12",
         "Monthly / Månadsvis", "Produktionschef", "C", "C",
         "All samples taken according to plan. Ett prov med anmärkning (koliforma bakterier) i Norrvik "
         "i augusti – kokningsrekommendation i 3 dagar, åtgärdat.",
         "GENOMFORD", "ja"),
        ("4", "Procurement / Inköp", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Quarterly / Kvartalsvis", "Controller", "C", "P",
         "Q1–Q3 OK. Q4 control ongoing, to be finalised in January 2026.", "DELVIS", ""),
        ("5", "IT/OT", "Obehörig åtkomst till styrsystem",
         "Review of user access in SCADA / behörighetsöversyn i styrsystemet",
         "Semi-annual / Halvårsvis", "IT-ansvarig", "C", "N",
         "Not performed in H2 due to system upgrade. Flyttas till Q1 2026.", "EJ_GENOMFORD", ""),
        ("6", "Asset management / Anläggning", "Eftersatt förnyelse av ledningsnät",
         "Förnyelsetakt för ledningsnätet följs upp mot förnyelseplanen (km/år)",
         "Yearly / Årligen", "Anläggningschef", "", "C",
         "Förnyelse 4,1 km mot plan 5,0 km. Avvikelsen har redovisats för styrelsen.", "GENOMFORD", "ja"),
        ("7", "Environment / Miljö", "Utsläpp rapporteras inte i tid",
         "Bräddning vid avloppsreningsverk rapporteras till tillsynsmyndigheten inom föreskriven tid",
         "Per event / Per händelse", "Processingenjör ARV", "C", "C",
         "All 6 overflows reported on time. Samtliga 6 bräddningar rapporterade i tid.", "GENOMFORD", "nej"),
        ("8", "Finance / Ekonomi", "Felaktig särredovisning",
         "Särredovisning av VA-verksamheten och fondering av över-/underuttag enligt LAV",
         "Yearly / Årligen", "Ekonomichef", "", "C",
         "Särredovisning upprättad och granskad av revisor utan anmärkning.", "GENOMFORD", "nej"),
        ("9", "Security / Säkerhet", "Intrång i vattenverk",
         "Inspektion av skalskydd vid vattenverk och reservoarer",
         "Yearly / Årligen", "Säkerhetssamordnare", "X", "X",
         "Cancelled – covered by Länsstyrelsens tillsyn 2025. Utgår.", "UTGAR", ""),
        ("10", "HR", "Smitta via personal",
         "Personal med tillträde till dricksvattenanläggningar har genomgått hygienutbildning",
         "Yearly / Årligen", "HR-partner", "", "",
         "See attached training register / se bilaga 2.", "OKLAR", ""),
    ]
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
            if i in (7, 8):
                c.alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, nm, row[3], row[9], row[10]))
        r += 1
    r += 1
    ws.cell(r, 1, "Prepared by / Upprättad av: Karin Sjöström, Controller, 2026-01-19")
    ws.cell(r + 1, 1, "Approved by the Board / Fastställd av styrelsen: 2026-02-04")
    for col, w in zip("ABCDEFGHI", [5, 22, 26, 46, 16, 18, 8, 8, 50]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r204v_")
    src = os.path.join(tmp, "SVAB Internal control follow-up 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-export (CSV, cp1252) med två nämnder, delår + helår som rader
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Period",
           "Status", "Kommentar", "Senast ändrad"]
    BUN, KFN = "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"
    BUF, KFF = "Barn- och utbildningsförvaltningen", "Kultur- och fritidsförvaltningen"
    ctrls = [
        # org, nämnd, process, km, ansvarig, frekvens, [(period, status, kommentar, datum)], st, av
        (BUF, BUN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Halvår",
         [("Delår 2025", "Genomförd", "Inga avvikelser.", "2025-09-10"),
          ("Helår 2025", "Genomförd", "Stickprov 30 fakturor, inga avvikelser.", "2026-01-14")],
         "GENOMFORD", "nej"),
        (BUF, BUN, "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen och riktlinjerna",
         "Skolskjutssamordnare", "Halvår",
         [("Delår 2025", "Pågående", "Urval taget, granskning pågår.", "2025-09-12"),
          ("Helår 2025", "Genomförd", "25 beslut granskade. 2 beslut saknade motivering, återkopplat till "
                                      "handläggarna.", "2026-01-15")],
         "GENOMFORD", "ja"),
        (BUF, BUN, "Elevhälsa", "Dokumentation i elevhälsojournal sker enligt rutin",
         "Verksamhetschef elevhälsa", "Årligen",
         [("Delår 2025", "Ej påbörjad", "", "2025-09-12"),
          ("Helår 2025", "Delvis genomförd", "Granskning genomförd på 4 av 7 skolor. Resterande "
                                             "granskas under vårterminen 2026.", "2026-01-16")],
         "DELVIS", ""),
        (BUF, BUN, "Barn i behov av särskilt stöd",
         "Tilläggsbelopp till fristående förskolor beslutas med underlag enligt riktlinje",
         "Utredare", "Årligen",
         [("Delår 2025", "Genomförd", "Kontrollen genomförd i april på samtliga 12 beslut. Inga avvikelser.",
           "2025-05-02"),
          ("Helår 2025", "", "", "")],
         "GENOMFORD", "nej"),
        (BUF, BUN, "Trygghet och studiero",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt enligt skollagen 6 kap. 10 §",
         "Kvalitetsstrateg", "Halvår",
         [("Delår 2025", "Genomförd", "Samtliga anmälningar inkomna inom en vecka.", "2025-09-10"),
          ("Helår 2025", "Ej genomförd", "Kontrollen för hösten har inte genomförts på grund av "
                                         "sjukskrivning.", "2026-01-16")],
         "EJ_GENOMFORD", ""),
        (BUF, BUN, "Personal", "Kontroll av lärarlegitimation vid nyanställning",
         "HR-specialist", "Halvår",
         [("Delår 2025", "Genomförd", "Inga avvikelser.", "2025-09-08"),
          ("Helår 2025", "Utgår", "Kontrollen utgår från 2025-09-01 och ersätts av central HR-kontroll "
                                  "enligt beslut i KS.", "2026-01-12")],
         "UTGAR", ""),
        (KFF, KFN, "Föreningsbidrag",
         "Verksamhetsbidrag till föreningar betalas ut enligt bidragsreglerna (stickprov 15 ansökningar)",
         "Föreningskonsulent", "Årligen",
         [("Delår 2025", "Pågående", "", "2025-09-11"),
          ("Helår 2025", "Genomförd", "En förening fick bidrag utan inlämnad årsredovisning; återkrav har "
                                      "skickats.", "2026-01-13")],
         "GENOMFORD", "ja"),
        (KFF, KFN, "Kassahantering", "Kontanthantering på Sörbybadet – dagsavstämning av kassa",
         "Badchef", "Halvår",
         [("Delår 2025", "Genomförd", "Inga differenser över 100 kr.", "2025-09-11"),
          ("Helår 2025", "Genomförd", "Inga differenser över 100 kr.", "2026-01-13")],
         "GENOMFORD", "nej"),
        (KFF, KFN, "Lokaluthyrning", "Uthyrning av idrottslokaler faktureras enligt beslutad taxa",
         "Bokningsansvarig", "Årligen",
         [("Delår 2025", "Ej påbörjad", "", "2025-09-11"),
          ("Helår 2025", "Ej genomförd", "Skjuts till 2026 på grund av byte av bokningssystem.",
           "2026-01-13")],
         "EJ_GENOMFORD", ""),
        (KFF, KFN, "Bibliotek", "Inköp av media sker inom gällande ramavtal",
         "Bibliotekschef", "Årligen",
         [("Helår 2025", "Delvis genomförd", "Kontrollerat för januari–oktober, inga köp utanför avtal.",
           "2026-01-14")],
         "DELVIS", "nej"),
        (KFF, KFN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Årligen",
         [("Helår 2025", "Genomförd", "Inga avvikelser.", "2026-01-14")],
         "GENOMFORD", "nej"),
    ]
    path = out(fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, nm, proc, km, ans, frek, periods, st, av in ctrls:
            for per, s, k, d in periods:
                w.writerow([org, proc, km, ans, frek, per, s, k, d])
            EXPECTED.append((fil, nm, km, st, av))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Socialnämnden - text i resultatkolumn, nämnden bara i sidhuvudet (odt)
# ---------------------------------------------------------------------------
def make_soc():
    fil = "Uppföljning internkontrollplan helår 2025.odt"
    nm = "Socialnämnden"
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Socialförvaltningen\tSörby kommun\tDnr SN 2025/112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sörby kommun • Storgatan 12 • 745 80 Sörby"

    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Tjänsteskrivelse 2026-01-26. Handläggare: Lena Öberg, kvalitetsstrateg.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen omfattar åtta kontrollpunkter. "
        "Resultatet för delår redovisades i september och redovisas här tillsammans med helårsresultatet. "
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig, men att "
        "kontrollen av avgifter inom äldreomsorgen behöver genomföras under 2026.")
    doc.add_heading("Resultat per kontrollpunkt", level=2)
    rows = [
        ("1. Hot och våld",
         "Handlingsplanen mot hot och våld gås igenom på APT i samtliga verksamheter",
         "Enkät till enhetschefer",
         "Delår: Genomgång har skett i 11 av 18 enheter.\n"
         "Helår: Samtliga 18 enheter har gått igenom handlingsplanen på APT.",
         "GENOMFORD", "nej"),
        ("2. Felaktiga utbetalningar",
         "Utbetalning av ekonomiskt bistånd sker enligt fattat beslut",
         "Stickprov 40 utbetalningar per halvår",
         "Delår: Inga avvikelser.\n"
         "Helår: En dubbelutbetalning (4 850 kr) upptäcktes. Återkrav har beslutats och rutinen för "
         "manuella utbetalningar har skärpts.",
         "GENOMFORD", "ja"),
        ("3. Otillbörlig åtkomst",
         "Loggkontroll i verksamhetssystemet",
         "Slumpvis kontroll av loggar för 10 användare per månad",
         "Delår: Loggkontroller har inte genomförts på grund av vakans.\n"
         "Helår: Loggkontroller har genomförts för september–december. Januari–augusti har inte kontrollerats "
         "i efterhand. Ingen otillbörlig åtkomst har upptäckts.",
         "DELVIS", "nej"),
        ("4. Orosanmälningar",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar",
         "Delår: 91 % inom 14 dagar.\n"
         "Helår: 94 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %). Överskridandena beror "
         "på hög arbetsbelastning under sommaren.",
         "GENOMFORD", "ja"),
        ("5. Avgifter",
         "Avgifter inom äldreomsorgen debiteras enligt beslut",
         "Stickprov 25 brukare",
         "Helår: Kontrollen har inte genomförts under året. Den flyttas till internkontrollplanen 2026.",
         "EJ_GENOMFORD", ""),
        ("6. Placeringar",
         "Avtal och uppföljning för placeringar på HVB",
         "Genomgång av samtliga pågående placeringar",
         "Delår: Pågår.\n"
         "Helår: Pågår, 14 av 22 placeringar har gåtts igenom.",
         "DELVIS", ""),
        ("7. Lex Sarah",
         "Rapporter enligt lex Sarah hanteras enligt rutin",
         "Genomgång av samtliga rapporter",
         "Helår: Se bilaga 3.",
         "OKLAR", ""),
        ("8. Verkställighet",
         "Beslut enligt SoL verkställs inom tre månader",
         "Rapport ur verksamhetssystemet",
         "Delår: Genomfört. Två ej verkställda beslut har rapporterats till IVO.\n"
         "Helår:",
         "GENOMFORD", "ja"),
    ]
    hdr = ["Kontrollpunkt", "Kontrollmoment", "Metod", "Resultat"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for kp, km, met, res, st, av in rows:
        c = t.add_row().cells
        cell_text(c[0], kp, bold=True, size=10)
        cell_text(c[1], km, size=10)
        cell_text(c[2], met, size=10)
        cell_text(c[3], res, size=10)
        EXPECTED.append((fil, nm, km, st, av))
    set_col_widths(t, [Cm(3.0), Cm(4.5), Cm(3.5), Cm(6.5)])
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Nämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den "
                      "till kommunstyrelsen.")
    doc.add_paragraph("\nJonas Lilja\nSocialchef")
    tmp = tempfile.mkdtemp(prefix="r204s_")
    src = os.path.join(tmp, "Uppföljning internkontrollplan helår 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - enkel Excel med kryssrutor
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN IK-uppföljning helår 2025.xlsx"
    nm = "Tekniska nämnden"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsuppföljning. Markera med X om kontrollen är genomförd eller ej genomförd."
    HR = 4
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Genomförd", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
    rows = [
        ("Gata/park", "Vinterväghållning – entreprenörernas fakturor kontrolleras mot körjournaler",
         "Gatuchef", "X", "", "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Fastighet", "Inköp sker enligt ramavtal (avtalstrohet)", "Fastighetschef", "X", "",
         "Avtalstrohet 88 %. Köp utanför avtal hos två leverantörer, åtgärdat genom information till "
         "berörda arbetsledare.", "GENOMFORD", "ja"),
        ("Fastighet", "Lagstadgade besiktningar (OVK, hiss, lekplatser) genomförs i tid", "Fastighetschef",
         "X", "", "Samtliga besiktningar utförda i tid.", "GENOMFORD", "nej"),
        ("Måltid", "Egenkontroll av livsmedelshantering i tillagningskök", "Måltidschef", "X", "X", "",
         "OKLAR", ""),
        ("Gata/park", "Grävtillstånd följs upp med återställningsbesiktning", "Gatuchef", "", "X",
         "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "X", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler förs för samtliga tjänstebilar", "Fordonssamordnare", "", "",
         "Pågår – genomgång av 31 av 46 fordon klar, resten februari 2026.", "DELVIS", ""),
        ("Gata/park", "Kassatömning av parkeringsautomater sker med två personer närvarande", "Gatuchef",
         "", "", "Utgår – automaterna är avvecklade, betalning sker via app.", "UTGAR", ""),
    ]
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v if v else None)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (4, 5) else None)
        EXPECTED.append((fil, nm, row[1], row[6], row[7]))
        r += 1
    ws.cell(r, 3, "Antal").font = Font(bold=True)
    ws.cell(r, 4, '=COUNTIF(D5:D12,"X")')
    ws.cell(r, 5, '=COUNTIF(E5:E12,"X")')
    ws.cell(r + 2, 1, "Beslutad i tekniska nämnden 2026-02-10, § 12")
    for col, w in zip("ABCDEF", [12, 55, 18, 11, 13, 55]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Att avvisa: följebrev från Sörby Vatten AB (ingen uppföljning i sig)
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev Sörby Vatten AB intern kontroll 2025.docx"
    doc = Document()
    fix_docx_props(doc)
    doc.add_paragraph("Sörby Vatten AB\nBox 118\n745 21 Sörby")
    doc.add_paragraph("2026-02-05")
    doc.add_paragraph("Till: Sörby kommun, Kommunledningsförvaltningen, ekonomienheten")
    doc.add_heading("Följebrev – rapportering av intern kontroll 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds Sörby Vatten AB:s uppföljning av internkontrollplanen för verksamhetsåret 2025 "
        "i enlighet med ägardirektivet. Uppföljningen fastställdes av bolagets styrelse den 4 februari 2026.")
    doc.add_paragraph(
        "Uppföljningen är upprättad i den mall som används gemensamt med bolagets delägare och är därför "
        "delvis på engelska. Bolagets samlade bedömning är att den interna kontrollen har varit tillräcklig. "
        "Frågor om rapporten besvaras av undertecknad.")
    doc.add_paragraph("Bilagor:\n1. SVAB Internal control follow-up 2025.xls\n"
                      "2. Utbildningsregister hygienutbildning 2025 (pdf)")
    doc.add_paragraph("\nMed vänlig hälsning\n\nKarin Sjöström\nController, Sörby Vatten AB\n"
                      "karin.sjostrom@sorbyvatten.se, 0581-123 40")
    doc.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def make_register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Sörbyhem AB", "Sörbyhem|SHAB|Bostadsbolaget"),
        ("Sörby Energi AB", "SEAB|Sörby Energi|Energibolaget"),
        ("Sörby Vatten AB", "SVAB|Sörby Vatten|Vattenbolaget"),
        ("Räddningstjänstförbundet Sörby-Norrvik",
         "RSN|Räddningstjänsten Sörby-Norrvik|Räddningstjänsten Sörby–Norrvik|Räddningstjänstförbundet"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


def write_csvs():
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    make_register()
    make_sorbyhem()
    make_energi()
    make_rtj()
    make_vatten()
    make_stratsys()
    make_soc()
    make_tn()
    make_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
