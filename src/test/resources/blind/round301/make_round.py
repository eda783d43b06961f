#!/usr/bin/python3
# Blind round r301 – Råneå-Bodträsk kommun, T2 and helår 2025.
# Theme: narrow columns and what people do to fit text.
import os, csv, io
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Cm, Pt
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
SHY = "\u00ad"
os.chdir(OUT)
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

def exp(fil, namnd, km, status, avv):
    # expected text = visible text: soft hyphens removed, manual hyphen+break joined, whitespace collapsed
    km = km.replace(SHY, "").replace("-\n", "")
    km = " ".join(km.split())
    EXP.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------- 1. KS xlsx
def f1():
    fil = "IK_uppfoljning_T2_2025_KS.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = "Kommunstyrelsen – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Kommunledningsförvaltningen"
    ws["A3"] = "Avstämd med ekonomichef 2025-09-15"
    hdr = ["Nr", "Pro" + SHY + "cess", "Kontr.moment", "Ansv.", "Kontr.-\nfrekv.", "Status T1", "Status T2", "Kommentar  "]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        if i in (6, 7):
            c.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
        else:
            c.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.row_dimensions[5].height = 62
    widths = [4, 11, 34, 8, 8, 5.5, 5.5, 38]
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    rows = [
        # process, km, ansv, frekv, T1, T2, komm, status, avv
        ("Ekonomi", "Attest av leverantörs" + SHY + "fakturor enligt attest" + SHY + "ordningen", "Ek.chef", "2 ggr/år",
         "Genom-\nförd", "Genom-\nförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Ek.chef", "Tertial",
         "Påb.", "Genomf.\nm. anm.", "3 av 20 underlag saknade deltagarlista. Återkopplat till berörda chefer.", "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av balanskonton per tertial", "Red.ek.", "1 ggr/år",
         "Ge" + SHY + "nom" + SHY + "förd", None, "Genomförd i april, inga differenser.", "GENOMFORD", "nej"),
        ("HR", "Kontroll av att lönebeslut överensstämmer med utbetald lön", "HR-chef", "1 ggr/år",
         None, "Ej ge" + SHY + "nom" + SHY + "förd", "Skjuts till T3 pga. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("HR", "Uppföljning av att arbetsmiljöronder genomförts  enligt  årshjulet ", "HR-chef", "1 ggr/år",
         None, "Del-\nvis", "4 av 6 enheter klara, övriga under hösten.", "DELVIS", ""),
        ("Upphandling", "Inköp görs från upphandlade avtalsleverantörer (avtalstrohet)", "Upph.", "Tertial",
         "Genom-\nförd", "Genom-\nförd", "Avtalstrohet 87 %. Köp utanför avtal hos två enheter, åtgärdas.", "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Upph.", "1 ggr/år",
         None, " Genomförd ", "Inga brister.", "GENOMFORD", "nej"),
        ("Informations-\nsäkerhet", "Behörigheter i ekonomisystemet gås igenom och avslutade anställningar tas bort", "IT-chef", "1 ggr/år",
         None, "Påb.", "Genomgång pågår, beräknas klar i oktober.", "DELVIS", ""),
        ("Informations-\nsäkerhet", "Registerförteckning enligt GDPR är uppdaterad", "DSO", "1 ggr/år",
         None, "Ut-\ngår", "Utgår enligt KS beslut 2025-05-12 § 88, ersätts av dataskyddsombudets granskning.", "UTGAR", ""),
        ("Säkerhet", "Kontroll av att krisledningsplanen är reviderad", "Säk.samordn.", "1 ggr/år",
         None, None, None, "SAKNAS", ""),
    ]
    r = 6
    for n, row in enumerate(rows, 1):
        proc, km, ansv, fr, t1, t2, komm, st, avv = row
        vals = [n, proc, km, ansv, fr, t1, t2, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (6, 7) else None)
            if i in (6, 7): c.font = Font(size=8)
        nl = max(len(km) // 30 + 1, len(komm or "") // 34 + 1, 3 if (t1 or t2 or "").count("\n") or len(t2 or "") > 8 else 1)
        ws.row_dimensions[r].height = 13 * nl + 2
        exp(fil, N, km, st, avv)
        r += 1
    # merge process cells vertically
    start = 6
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start - 6][0]:
            end = 5 + i
            if end > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
            start = end + 1
    r += 1
    ws.cell(r, 1, "Förkortningar: Påb. = påbörjad, Genomf. m. anm. = genomförd med anmärkning, Ansv. = ansvarig, "
                  "Ek.chef = ekonomichef, Red.ek. = redovisningsekonom, DSO = dataskyddsombud").font = Font(italic=True, size=8)
    ws.print_title_rows = "5:5"
    wb.save(fil)

# ---------------------------------------------------------------- helpers docx
def set_cell_width(cell, cm):
    cell.width = Cm(cm)

def text_dir(cell, val="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection"); td.set(qn("w:val"), val); tcPr.append(td)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)

def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(cm * 567))); h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)

def cell_lines(cell, parts, size=9, bold=False, br=False):
    """parts: list of lines. br=False -> one paragraph per line; br=True -> one paragraph with manual line breaks"""
    cell.text = ""
    p = cell.paragraphs[0]
    if br:
        for k, t in enumerate(parts):
            run = p.add_run(t); run.font.size = Pt(size); run.bold = bold
            if k < len(parts) - 1: run.add_break(WD_BREAK.LINE)
    else:
        for k, t in enumerate(parts):
            if k > 0: p = cell.add_paragraph()
            run = p.add_run(t); run.font.size = Pt(size); run.bold = bold
            p.paragraph_format.space_after = Pt(0)

# ---------------------------------------------------------------- 2. BUN docx
def f2():
    fil = "BUN helår 2025 uppföljning IK.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Råneå-Bodträsk kommun\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 2025-01-23 § 5. Nedan redovisas utfallet "
                    "för helåret. Kontrollerna har utförts av förvaltningens controller och rektorer enligt "
                    "planens metod. Statuskolumnen är smal för att tabellen ska rymmas i stående format.")
    heads = ["Process/\nrutin", "Kontrollmoment", "Metod", None, "Avv.", "Kommentar"]
    widths = [2.6, 5.2, 3.0, 1.1, 1.0, 4.6]
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer", "Stickprov",
         ["Genom-", "förd"], "Nej", "Stickprov 15 beslut, samtliga korrekta.", "GENOMFORD", "nej", False),
        ("Trygghet och studiero", "Kränkande behandling anmäls till huvudman inom en vecka", "Genomgång av anmälningar",
         ["Genom-", "förd"], "Ja", "I 4 av 30 ärenden anmäldes händelsen senare än en vecka. Påminnelse till rektorer.", "GENOMFORD", "ja", True),
        ("Trygghet och studiero", "Frånvarorapportering i skolans system sker dagligen", "Uttag ur systemet",
         ["Del-", "vis"], "", "Kontrollerat på 3 av 5 skolor. Resterande under våren 2026.", "DELVIS", "", False),
        ("Personal", "Registerkontroll i belastnings-\nregistret görs vid nyanställning", "Stickprov 10 anställningar",
         ["Genom-", "förd"], "Nej", "", "GENOMFORD", "nej", True),
        ("Elevhälsa", "Elevhälsans journaler förs enligt patientdatalagen", "Journalgranskning",
         ["Ej", "ge-", "nom-", "förd"], "", "Ej genomförd pga. vakant tjänst som verksamhetschef elevhälsa. Flyttas till IK-plan 2026.", "EJ_GENOMFORD", "", False),
        ("Ekonomi", "Avgifter i förskolan debiteras enligt fastställd taxa", "Stickprov 20 fakturor",
         ["Ge" + SHY + "nom" + SHY + "förd"], "Nej", "Inga fel.", "GENOMFORD", "nej", False),
        ("Ekonomi", "Inventering av datorer och läsplattor mot förteckning", "Inventering",
         ["Påb."], "", "Inventering påbörjad, 2 av 6 enheter klara.", "DELVIS", "", False),
        ("Betyg", "Betyg rapporteras in i tid i samband med terminsslut", "Uttag ur systemet",
         ["Ut-", "går"], "", "Kontrollmomentet utgick efter nämndbeslut 2025-03-20 § 31.", "UTGAR", "", True),
        ("Lokaler", "Lokalvård utförs enligt avtal", "Uppföljningsmöte med entreprenör",
         [], "", "Kontrollen är genomförd, inga avvikelser mot avtalet.", "GENOMFORD", "nej", False),
    ]
    t = d.add_table(rows=1 + len(rows), cols=6); t.style = "Table Grid"; t.autofit = False
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]; set_cell_width(c, widths[i]); shade(c, "D9D9D9")
        if h is None:
            cell_lines(c, list("Status"), size=8, bold=True)       # one letter per line
        else:
            cell_lines(c, h.split("\n"), size=9, bold=True, br=True)
    for r, row in enumerate(rows, 1):
        proc, km, met, st, avv, komm, S, A, br = row
        cells = t.rows[r].cells
        for i in range(6): set_cell_width(cells[i], widths[i])
        cell_lines(cells[0], [proc])
        cell_lines(cells[1], km.split("\n"), br=True)
        cell_lines(cells[2], [met])
        if st: cell_lines(cells[3], st, size=8, br=br)
        cell_lines(cells[4], [avv])
        cell_lines(cells[5], [komm])
        exp(fil, N, km, S, A)
    d.add_paragraph()
    d.add_paragraph("Avv. = avvikelse konstaterad (Ja/Nej). Påb. = påbörjad.").runs[0].font.size = Pt(8)
    d.add_paragraph("Anna Lindqvist, förvaltningschef\t2026-01-28")
    d.save(fil)

# ---------------------------------------------------------------- 3. SN xlsx
def f3():
    fil = "SN_IK_T2_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "T2"
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws["A1"] = "Socialnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll tertial 2 2025"
    for col, w in zip("ABCDEFGHI", [3.5, 30, 10, 10, 2.7, 20, 12, 12, 10]):
        ws.column_dimensions[col].width = w
    hdr = {1: "Nr", 2: "Kontrollmoment", 5: "St", 6: "Resultat / kommentar", 9: "Ansvarig"}
    for c, h in hdr.items():
        x = ws.cell(4, c, h); x.font = Font(bold=True)
    for c in range(1, 10):
        ws.cell(4, c).border = Border(bottom=Side(style="medium"))
    data = [
        ("Individ- och familjeomsorg",),
        ("Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare", "G", "Stickprov 30 utbetalningar, inga fel.", "EC IFO", "GENOMFORD", "nej"),
        ("Orosanmälningar förhandsbedöms inom 14 dagar", "D", "Kontroll av juni klar, augusti pågår.", "EC IFO", "DELVIS", ""),
        ("Uppföljning av placeringar HVB mot avtal", None, None, "EC IFO", "SAKNAS", ""),
        ("Äldreomsorg",),
        ("Genomförandeplaner upprättas inom 30 dagar efter beslut om insats", "G", "11 av 20 planer upprättades inte i tid – åtgärdsplan upprättad.", "EC ÄO", "GENOMFORD", "ja"),
        ("Fakturering av hemtjänst överensstämmer med utförd tid", "E", "Ej gjord, byte av planeringssystem.", "EC ÄO", "EJ_GENOMFORD", ""),
        ("Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", "G ", "Inga avvikelser.", "MAS", "GENOMFORD", "nej"),
        ("Hantering av brukarmedel på boenden enligt rutin", "D", "2 av 4 boenden granskade. Brister i kvittohanteringen på ett boende.", "EC ÄO", "DELVIS", "ja"),
        ("Funktionsstöd",),
        ("Kontroll av att LSS-beslut verkställs inom tre månader", "U", "Utgår – följs i IVO-rapporteringen.", "EC FS", "UTGAR", ""),
        ("Handläggningstid för ansökan om bostadsanpassning", "G", "Medel 12 dagar, mål 21 dagar.", "EC FS", "GENOMFORD", "nej"),
        ("Loggkontroll i verksamhetssystemet", "*", "Se bilaga 2", "Systemförv.", "OKLAR", ""),
    ]
    r = 5; n = 0
    for row in data:
        if len(row) == 1:
            ws.cell(r, 2, row[0]).font = Font(bold=True, italic=True)
        else:
            n += 1
            km, st, komm, ansv, S, A = row
            ws.cell(r, 1, n); ws.cell(r, 2, km)          # no wrap: text runs on over empty C and D
            c = ws.cell(r, 5, st); c.alignment = Alignment(horizontal="center"); c.font = Font(bold=True)
            ws.cell(r, 6, komm)                           # runs on over empty G and H
            ws.cell(r, 9, ansv)
            exp(fil, N, km, S, A)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:  G = Genomförd   D = Delvis genomförd / pågår   E = Ej genomförd   U = Utgår").font = Font(size=8)
    ws.cell(r + 1, 1, "Senast uppdaterad 2025-09-30 /AH").font = Font(size=8, italic=True)
    wb.save(fil)

# ---------------------------------------------------------------- 4. TN odt
def f4():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties, TableProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    from odf import teletype
    fil = "Tekniska nämnden - uppföljning internkontroll helår 2025.odt"
    N = "Tekniska nämnden"
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt")); doc.automaticstyles.addElement(small)
    hp = Style(name="HP", family="paragraph"); hp.addElement(TextProperties(fontsize="8pt", fontweight="bold")); doc.automaticstyles.addElement(hp)
    tp = Style(name="TP", family="paragraph"); tp.addElement(TextProperties(fontsize="9pt")); doc.automaticstyles.addElement(tp)
    ts = Style(name="Tbl", family="table"); ts.addElement(TableProperties(width="17cm", align="left")); doc.automaticstyles.addElement(ts)
    cellst = Style(name="C", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm")); doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HC", family="table-cell"); hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm", backgroundcolor="#E2EFD9")); doc.automaticstyles.addElement(hcell)
    widths = ["0.7cm", "5.6cm", "1.4cm", "1.4cm", "1.5cm", "1.5cm", "4.9cm"]
    colstyles = []
    for k, w in enumerate(widths):
        cs = Style(name="col%d" % k, family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs); colstyles.append(cs)
    def para(text, style):
        p = P(stylename=style); teletype.addTextToElement(p, text); return p
    doc.text.addElement(para("Råneå-Bodträsk kommun", tp))
    h = H(outlinelevel=1); teletype.addTextToElement(h, "Tekniska nämnden – uppföljning av intern kontroll, helår 2025"); doc.text.addElement(h)
    doc.text.addElement(para("Redovisningen avser helåret 2025. Kolumnen Status T2 är oförändrad från tertialrapporten "
                             "som nämnden tog del av 2025-10-16.", tp))
    t = Table(name="IK", stylename=ts)
    for cs in colstyles: t.addElement(TableColumn(stylename=cs))
    heads = ["Nr", "Kontroll" + SHY + "moment", "Ansv.", "Kontr.-\nfrekv.", "Status\nT2", "Status\nhel" + SHY + "år", "Resultat/komm."]
    tr = TableRow()
    for hh in heads:
        c = TableCell(stylename=hcell); c.addElement(para(hh, hp)); tr.addElement(c)
    t.addElement(tr)
    rows = [
        ("Kontroll av att fordonens körjournaler förs", "Fordons-\nsamordn.", "1 ggr/år", "Påb.", "Genomf.", "Samtliga 14 fordon kontrollerade.", "GENOMFORD", "nej"),
        ("Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "VA-chef", "Löp.", "Genomf.", "Genomf.", "Alla prover utan anmärkning.", "GENOMFORD", "nej"),
        ("Snöröjningsentreprenörernas fakturor stäms av mot körrapporter", "Gatuchef", "Säsong", "", "Genomf. m. anm.", "Två fakturor med dubbeldebitering, kreditering begärd.", "GENOMFORD", "ja"),
        ("Underhållsplan för gator och vägar följs upp", "Gatuchef", "2 ggr/år", "Påb.", "Påb.", "Uppföljning gjord för asfalt, ej för broar.", "DELVIS", ""),
        ("Kontroll av att arbete på väg har godkänd TA-plan", "Gatuchef", "Stickpr.", "Ej genomf.", "Ej genomf.", "Resursbrist, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Säkerhetsbesiktning av kommunens lekplatser", "Park-\ningenjör", "1 ggr/år", "Genomf.", "", "Besiktning utförd i juni, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Avfallstaxa debiteras korrekt för fritidshus", "Avfalls-\nchef", "1 ggr/år", "Ej aktuell", "Ej aktuell", "Ansvaret överfört till Råneå-Bodträsk Renhållning AB från 2025-01-01.", "UTGAR", ""),
        ("Kontroll av nyckel- och passerkortsregister", "Fastighets-\nchef", "1 ggr/år", "", "Genom-\nförd", "", "GENOMFORD", ""),
    ]
    for n, row in enumerate(rows, 1):
        km, ansv, fr, t2, hel, komm, S, A = row
        tr = TableRow()
        for v in [str(n), km, ansv, fr, t2, hel, komm]:
            c = TableCell(stylename=cellst, valuetype="string"); c.addElement(para(v, tp)); tr.addElement(c)
        t.addElement(tr)
        exp(fil, N, km, S, A)
    doc.text.addElement(t)
    doc.text.addElement(para("Förkortningar: Genomf. = genomförd, Ej genomf. = ej genomförd, Påb. = påbörjad, "
                             "m. anm. = med anmärkning, Ansv. = ansvarig, Löp. = löpande, Stickpr. = stickprov", small))
    doc.text.addElement(para("Teknisk chef Per-Olof Nyström, 2026-01-22", tp))
    doc.save(fil)

# ---------------------------------------------------------------- 5. Stratsys CSV, two nämnder
def f5():
    fil = "Stratsys_export_IK_2025-12.csv"
    S = "Samhällsbyggnadsnämnden"; K = "Kultur- och fritidsnämnden"
    head = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig", "Senast ändrad"]
    # (org as exported, nämnd, process, km, [(period, status, comment)], expS, expA)
    ctrls = [
        ("Samhällsbyggnadsnämnden", S, "Bostadsanpassning", "Bostadsanpassningsbidrag handläggs inom  8 veckor",
         [("T2 2025", "Delvis genomförd", "Två ärenden över tid."), ("Helår 2025", "  Genomförd", "Samtliga ärenden inom tid efter bemanningsförstärkning.")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", S, "Mark och exploatering", "Arrendeavtal och tomträtter faktureras enligt avtal ",
         [("T2 2025", "Ej påbörjad", ""), ("Helår 2025", "Ej  genomförd ", "Kontrollen hann inte  genomföras,\nläggs i plan 2026.")], "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", S, "Mark och exploatering", "Exploateringsavtal följs upp mot faktisk kostnad",
         [("T2 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "Två avtal saknade slutreglering; fakturerat i efterhand.")], "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", S, "Lantmäteri", "Lantmäteriförrättningar faktureras enligt taxa",
         [("T2 2025", "", ""), ("Helår 2025", "Delvis genomförd", "Stickprov på 10 av 25 förrättningar.")], "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", S, "Nämndadministration", "  Delegationsbeslut anmäls till nämnden",
         [("T2 2025", "Genomförd", "Inga avvikelser."), ("Helår 2025", "", "")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", S, "GIS", "Primärkartan uppdateras efter nybyggnation",
         [("T2 2025", "Utgår", "Utgår, ingår i lantmäteriets uppdrag."), ("Helår 2025", "Utgår", "")], "UTGAR", ""),
        ("Kultur- och fritidsförvaltningen", K, "Föreningsstöd", "Föreningsbidrag betalas ut enligt riktlinjer och efter redovisning",
         [("T2 2025", "Genomförd", ""), ("Helår 2025", "Genomförd ", "Inga avvikelser.")], "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", K, "Kassahantering", "Kassahantering i simhallen stäms av dagligen",
         [("T2 2025", "Delvis genomförd", ""), ("Helår 2025", "Genomförd", "Differens 450 kr i oktober,\nutredd och rapporterad.")], "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", K, "Bibliotek", "Utlåning av  medier – påminnelser och  räkningar skickas enligt rutin",
         [("T2 2025", "Ej påbörjad", ""), ("Helår 2025", "Ej genomförd", "Nytt bibliotekssystem, rutinen ej på plats.")], "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", K, "Lokaler", "Hyresavtal för föreningslokaler är uppdaterade",
         [("T2 2025", "", ""), ("Helår 2025", "Delvis  genomförd", "18 av 30 avtal genomgångna.")], "DELVIS", ""),
        ("Kultur- och fritidsförvaltningen", K, "Lovverksamhet", "Registerkontroll för ledare i kommunens lovverksamhet",
         [("T2 2025", "", ""), ("Helår 2025", "", "")], "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    day = 1
    for org, namnd, proc, km, periods, es, ea in ctrls:
        for per, st, komm in periods:
            date = "2025-09-%02d" % (10 + day % 15) if per.startswith("T2") else "2026-01-%02d" % (8 + day % 14)
            w.writerow([org, proc, km, per, st, komm, "", date if (st or komm) else ""])
            day += 1
        exp(fil, namnd, km, es, ea)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- 6. MBN xlsx (ordinary)
def f6():
    fil = "MBN_internkontroll_T2-2025.xlsx"
    N = "Miljö- och byggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och byggnadsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025, tertial 2 (jan–aug)"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for i, (h, wd) in enumerate(zip(hdr, [16, 42, 20, 16, 14, 44]), 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFF2CC"); c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = wd
    rows = [
        ("Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt kontrollplan", "Uttag ur ärendesystem", "Enhetschef miljö",
         "Delvis genomförd ", "68 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
        ("Livsmedelskontroll", "Avgifter för livsmedelskontroll debiteras enligt taxa", "Stickprov 15 ärenden", "Administratör",
         "Genomförd", "Inga fel i stickprovet.", "GENOMFORD", "nej"),
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystem", "Bygglovschef",
         "Genomförd med avvikelse", "3 ärenden över 10 veckor; avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Slutbesked utfärdas innan byggnad tas i bruk", "Stickprov 10 ärenden", "Bygglovschef",
         "Genomförd", "", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Tillsyn av enskilda avlopp enligt tillsynsplan", "Uppföljning mot plan", "Enhetschef miljö",
         "Ej  genomförd", "Prioriteras under tertial 3.", "EJ_GENOMFORD", ""),
        ("Miljötillsyn", "Klagomålsärenden diarieförs inom tre arbetsdagar", "Stickprov 20 ärenden", "Registrator",
         "Genomförd", "Samtliga diarieförda i tid.", "GENOMFORD", "nej"),
        ("Nämndadministration", "Delegationsbeslut återrapporteras till nämnden", "Jämförelse delegationslista/protokoll", "Nämndsekreterare",
         "Ej påbörjad", "Görs i november.", "EJ_GENOMFORD", ""),
        ("Strandskydd", "Handläggning av strandskyddsdispenser följer rutin", "Genomgång av beslut", "Bygglovschef",
         "Ej aktuell", "Inga ansökningar under perioden.", "UTGAR", ""),
    ]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[1], row[6], row[7])
    ws.cell(5 + len(rows) + 1, 1, "Redovisas för nämnden 2025-10-09.")
    ws.freeze_panes = "A5"
    wb.save(fil)

# ---------------------------------------------------------------- 7. ÖFN docx, tick columns with rotated headers
def f7():
    fil = "Överförmyndarnämnden uppföljning intern kontroll 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden", 1)
    d.add_paragraph("Uppföljning intern kontroll helår 2025")
    d.add_paragraph("Datum: 2026-01-20")
    heads = ["Nr", "Kontrollmoment", "Ge" + SHY + "nom" + SHY + "förd", "Del" + SHY + "vis", "Ej ge" + SHY + "nom" + SHY + "förd", "Ut" + SHY + "går", "Iakttagelser/åtgärder"]
    widths = [0.8, 6.5, 0.8, 0.8, 0.8, 0.8, 5.5]
    rows = [
        ("Årsräkningar granskas inom fastställd tid", 0, "Samtliga 212 årsräkningar granskade senast 30/9.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 0, "I 5 fall felaktig kostnadsersättning, justerat.", "GENOMFORD", "ja"),
        ("Uttag från spärrade konton sker endast efter nämndens samtycke", 1, "Granskning av 10 av planerade 20 akter.", "DELVIS", ""),
        ("Förteckningar över huvudmännens tillgångar inkommer inom två månader", 2, "Ej hunnits pga. personalbrist.", "EJ_GENOMFORD", ""),
        ("Utbildning av nya gode män genomförs", 3, "Utbildningen genomförs i länsgemensam regi.", "UTGAR", ""),
        ("Lämplighetsprövning av ställföreträdare (belastningsregister, kreditupplysning)", (0, 2), "", "OKLAR", ""),
        ("Akter arkiveras enligt dokumenthanteringsplan", None, "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=7); t.style = "Table Grid"; t.autofit = False
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    row_height(t.rows[0], 2.4)
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]; set_cell_width(c, widths[i]); shade(c, "DEEAF6")
        cell_lines(c, [h], size=8, bold=True)
        if 2 <= i <= 5: text_dir(c, "btLr")
    for r, (km, x, komm, S, A) in enumerate(rows, 1):
        cells = t.rows[r].cells
        for i in range(7): set_cell_width(cells[i], widths[i])
        cell_lines(cells[0], [str(r)]); cell_lines(cells[1], [km]); cell_lines(cells[6], [komm])
        marks = () if x is None else (x if isinstance(x, tuple) else (x,))
        for m in marks: cell_lines(cells[2 + m], ["X"])
        exp(fil, N, km, S, A)
    d.add_paragraph()
    d.add_paragraph("Kryssa i en kolumn per kontrollmoment.").runs[0].font.size = Pt(8)
    d.save(fil)

# ---------------------------------------------------------------- 8. reject: Word lock file
def f8():
    fil = "~$N helår 2025 uppföljning IK.docx"
    user = "Lindqvist Anna"
    b = bytes([len(user)]) + user.encode("cp1252")
    b = b.ljust(54, b"\x20")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(162, b"\x20")
    with open(fil, "wb") as f:
        f.write(b)

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    f()

with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nämnd;alias\n")
    for n, a in [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]:
        f.write(f"{n};{a}\n")

with open("files.csv", "w", encoding="utf-8", newline="") as f:
    f.write("fil;utfall;nämnd;år;period\n")
    for row in [
        ("IK_uppfoljning_T2_2025_KS.xlsx", "INLAST", "Kommunstyrelsen", "2025", "T2"),
        ("BUN helår 2025 uppföljning IK.docx", "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"),
        ("SN_IK_T2_2025.xlsx", "INLAST", "Socialnämnden", "2025", "T2"),
        ("Tekniska nämnden - uppföljning internkontroll helår 2025.odt", "INLAST", "Tekniska nämnden", "2025", "HELAR"),
        ("Stratsys_export_IK_2025-12.csv", "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"),
        ("Stratsys_export_IK_2025-12.csv", "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"),
        ("MBN_internkontroll_T2-2025.xlsx", "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"),
        ("Överförmyndarnämnden uppföljning intern kontroll 2025.docx", "INLAST", "Överförmyndarnämnden", "2025", "HELAR"),
        ("~$N helår 2025 uppföljning IK.docx", "AVVISAD", "", "", ""),
    ]:
        f.write(";".join(row) + "\n")

with open("expected.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
    for e in EXP:
        w.writerow(e)
print(len(EXP), "controls")
