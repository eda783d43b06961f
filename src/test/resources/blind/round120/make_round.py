#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 120 – Skogsviks kommun, helår 2025: reports written by people, not systems.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TableColumnProperties, TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


# ---------------------------------------------------------------------------------------------
# 1. Socialnämnden – Word, numbered heading per control, status only in the prose
# ---------------------------------------------------------------------------------------------
def file1():
    fil = "SN_Uppföljning_internkontroll_helår_2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    hp = sec.header.paragraphs[0]
    hp.text = "Socialförvaltningen\tTjänsteskrivelse\tDnr SN 2025/214"
    fp = sec.footer.paragraphs[0]
    fp.text = "Skogsviks kommun – Socialförvaltningen, 791 80 Skogsvik"

    doc.add_paragraph("2026-01-26").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – helår", level=1)

    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Socialnämnden antog i december 2024 en internkontrollplan för 2025 med åtta kontrollmoment. "
        "Förvaltningen har nu följt upp samtliga moment för hela året. Flertalet kontroller har gjorts "
        "och i några fall har brister hittats som förvaltningen redan har åtgärdat eller planerar att åtgärda "
        "under 2026. Nedan redovisas varje kontrollmoment för sig.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den "
                      "till kommunstyrelsen.")

    doc.add_heading("Redovisning per kontrollmoment", level=2)

    controls = [
        ("Utbetalningar av ekonomiskt bistånd attesteras enligt attestordningen",
         "Vi har tagit ett stickprov på 40 utbetalningar från oktober månad. Samtliga var attesterade av en "
         "behörig attestant och beloppen stämde mot besluten. Vi har inte hittat några fel.",
         "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden",
         "Genomgången gjordes både inför delåret och efter årets slut. I december upptäcktes att elva beslut om "
         "bistånd som fattades under semesterperioden i juli aldrig hade anmälts till nämnden. Besluten "
         "anmäldes i efterhand på decembersammanträdet och rutinen för sommarvikarier har setts över.",
         "GENOMFORD", "ja"),
        ("Barnavårdsutredningar avslutas inom fyra månader",
         "Granskningen av utredningar som avslutats under året har påbörjats, men hittills har bara första "
         "halvåret hunnit gås igenom. Av dessa 58 utredningar hade 6 överskridit fyra månader utan att beslut "
         "om förlängning fattats. Andra halvåret gås igenom i januari–februari 2026 och redovisas då.",
         "DELVIS", "ja"),
        ("Loggkontroll i verksamhetssystemet Treserva",
         "Loggkontrollen har tyvärr inte blivit av under 2025. Systemförvaltaren har varit tjänstledig sedan "
         "mars och någon ersättare har inte kunnat rekryteras. Momentet flyttas över till planen för 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Avgiftsbeslut för placeringar på HVB och familjehem fattas",
         "Nämnden beslutade 2025-05-21 (§ 48) att lyfta ur detta moment ur planen, eftersom handläggningen "
         "av avgifter flyttades till Vård- och omsorgsförvaltningens avgiftsenhet den 1 juni. Någon kontroll "
         "har därför inte gjorts av Socialförvaltningen.",
         "UTGAR", "nej"),
        ("Representation och andra förtroendekänsliga poster",
         "Samtliga 22 fakturor som konterats på representation under året har gåtts igenom. Två av dem saknade "
         "uppgift om deltagare och syfte. Komplettering har begärts och ansvariga chefer har fått en påminnelse "
         "om riktlinjen. I övrigt följs riktlinjen för representation.",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid köp av HVB-placeringar",
         "Vi kan konstatera att alla placeringar under året har gjorts hos leverantörer med ramavtal eller efter "
         "en direktupphandling med dokumenterat beslut. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Personuppgiftsincidenter rapporteras till IMY inom 72 timmar",
         "Arbetet med kontrollen pågår fortfarande. Incidenterna från första halvåret är genomgångna, men "
         "sammanställningen för hela året är inte klar och redovisas för nämnden i februari.",
         "DELVIS", "nej"),
    ]
    for i, (km, text, status, avv) in enumerate(controls, 1):
        doc.add_heading(f"{i}. {km}", level=3)
        doc.add_paragraph(text)
        exp(fil, namnd, km, status, avv)

    doc.add_heading("Förvaltningens bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Fyra av åtta moment har genomförts, två är påbörjade, ett har inte genomförts och ett har utgått. "
        "Loggkontrollen och personuppgiftsincidenterna tas med i internkontrollplanen för 2026.")
    doc.add_paragraph("")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.add_paragraph("Mikael Berg\nControllerenheten")
    doc.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word table, status column in sentences
# ---------------------------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file2():
    fil = "BUN IK-uppföljning 2025 helår.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "SKOGSVIKS KOMMUN"
    sec.footer.paragraphs[0].text = "Sida 1"

    doc.add_heading("Uppföljning av intern kontroll", level=1)

    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for r, (k, v) in enumerate([("Förvaltning", "Barn- och utbildningsförvaltningen"),
                                ("Period", "Januari–december 2025"),
                                ("Upprättad av", "Sara Nyström, verksamhetscontroller"),
                                ("Datum", "2026-01-28")]):
        meta.cell(r, 0).text = k
        meta.cell(r, 1).text = v
        meta.cell(r, 0).paragraphs[0].runs[0].bold = True

    doc.add_paragraph("")
    doc.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingår i nämndens internkontrollplan för året. "
        "Kolumnen Status anger om kontrollen har genomförts. Brister som upptäckts beskrivs under "
        "Resultat/iakttagelser tillsammans med vidtagna åtgärder.")

    rows = [
        ("H", "Ekonomiadministration"),
        ("1", "Attest av leverantörsfakturor",
         "Stickprov 30 fakturor (mars och oktober). Attest och kontering korrekt i samtliga fall.",
         "Kontrollen är genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("2", "Inköp av läromedel görs hos avtalad leverantör",
         "Av 45 granskade inköp gjordes 7 utanför avtal, främst digitala läromedel som köpts direkt av lärare. "
         "Information har gått ut till rektorerna.",
         "Kontrollen är genomförd med anmärkning", "GENOMFORD", "ja"),
        ("3", "Inkomstuppgifter för barnomsorgsavgift (maxtaxa) stäms av mot Skatteverket",
         "Inkomstjämförelse gjord för 150 slumpvis valda hushåll. 12 hushåll hade uppgett för låg inkomst "
         "och har efterdebiterats. Kontrollen är klar.",
         "", "GENOMFORD", "ja"),
        ("H", "Skoladministration och elevhälsa"),
        ("4", "Frånvarorapportering till CSN sker inom föreskriven tid",
         "Genomgång av rapporteringen för vårterminen och höstterminen. 4 av 30 rapporter hade skickats "
         "för sent.",
         "Kontrollen är genomförd med anmärkning", "GENOMFORD", "ja"),
        ("5", "Anmälan om kränkande behandling till huvudman utreds",
         "Vårterminens anmälningar är genomgångna; 3 anmälningar saknade dokumenterad utredning. "
         "Höstterminen återstår.",
         "Kontrollen är påbörjad men inte slutförd", "DELVIS", "ja"),
        ("6", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "–",
         "Har ej hunnits med", "EJ_GENOMFORD", "nej"),
        ("7", "Behörigheter i elevregistret (IST) motsvarar befattning",
         "Behörighetslista granskad tillsammans med systemförvaltare i november. Inga felaktiga behörigheter.",
         "Kontrollen är genomförd", "GENOMFORD", "nej"),
        ("H", "Personal"),
        ("8", "Utdrag ur belastningsregistret har visats vid anställning",
         "Kontrollen ersattes under våren av en kommungemensam kontroll som HR-avdelningen gör.",
         "Utgår – ersatt av central kontroll", "UTGAR", "nej"),
        ("9", "Timanställdas lönerapporter stäms av mot schema",
         "Kontrollen flyttas till internkontrollplanen 2026.",
         "Har ej hunnits med", "EJ_GENOMFORD", "nej"),
    ]
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Resultat/iakttagelser", "Status"]
    hc = t.rows[0].cells
    hc[0].text = "Nr"
    hc[1].text = "Kontrollmoment"
    hc[2].text = "Resultat/iakttagelser"
    hc[3].text = "Status"
    hc[4].text = "Ansvarig"
    for c in hc:
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    ansvar = ["Ekonomichef", "Inköpssamordnare", "Avgiftshandläggare", "Skolchef", "Rektorer",
              "Skolskjutssamordnare", "Systemförvaltare", "HR-partner", "Löneadministratör"]
    k = 0
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[4])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            set_cell_shading(m, "EDEDED")
            continue
        nr, km, res, status_txt, status, avv = row
        cells[0].text = nr
        cells[1].text = km
        cells[2].text = res
        cells[3].text = status_txt
        cells[4].text = ansvar[k]
        k += 1
        exp(fil, namnd, km, status, avv)
    widths = [Cm(1.0), Cm(4.2), Cm(5.8), Cm(3.2), Cm(2.8)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for r in t.rows:
        for i, w in enumerate(widths):
            if i < len(r.cells):
                r.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph("Uppföljningen behandlas av barn- och utbildningsnämnden den 11 februari 2026.")
    doc.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# 3. Tekniska nämnden – Excel, status only as fill colour, comments only in cell notes
# ---------------------------------------------------------------------------------------------
def file3():
    fil = "Tekniska_IK2025_uppföljning.xlsx"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning efter årets slut (helår)"
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:F2")
    ws["A3"] = "Kommentarer finns som anteckningar i statuscellerna (håll musen över cellen)."
    ws["A3"].font = Font(size=9, color="595959")

    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    BLUE = PatternFill("solid", fgColor="5B9BD5")

    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor", "Stickprov 25 fakturor/halvår", "Ekonomichef",
         GREEN, "Stickprov på 25 fakturor i maj och 25 i november. Allt ok.", "GENOMFORD", "nej"),
        ("Inköp", "Avtalstrohet vid köp av entreprenadtjänster", "Genomgång av leverantörsreskontra",
         "Inköpsansvarig",
         GREEN, "Tre inköp utanför avtal hittades (snöröjning i februari och inhyrd grävmaskin). "
                "Återkoppling till arbetsledarna är gjord.", "GENOMFORD", "ja"),
        ("Fastighet", "Felanmälningar åtgärdas inom utlovad tid", "Uttag ur felanmälningssystemet per kvartal",
         "Driftchef fastighet",
         YELLOW, "Mätt för kvartal 1–3, kvartal 4 är inte sammanställt ännu.", "DELVIS", "nej"),
        ("Fordon", "Drivmedelskort – tankningar stäms av mot körjournal", "Stickprov 10 kort", "Fordonssamordnare",
         RED, "Inte gjort på grund av personalbrist på fordonsenheten.", "EJ_GENOMFORD", "nej"),
        ("Fastighet", "Indexuppräkning av externa lokalhyror", "Kontroll av hyresavi mot avtal",
         "Förvaltningsekonom",
         GREY, "Lyftes ur planen i april – lokalförsörjningen ligger numera hos kommunstyrelsen.", "UTGAR", "nej"),
        ("VA", "Skyddsronder genomförs på Skogsviks vattenverk", "Protokoll från skyddsrond", "VA-chef",
         None, "Skyddsrond genomförd 2025-09-18 tillsammans med skyddsombud. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("IT", "Behörigheter i fastighetssystemet granskas", "Behörighetslista granskas av chefer",
         "Systemförvaltare",
         BLUE, "Se mejl från Jonas 12/12.", "OKLAR", "nej"),
        ("VA", "Debitering av VA-anslutningsavgifter", "Avstämning anslutningar mot fakturor", "VA-ekonom",
         None, None, "SAKNAS", "nej"),
    ]
    r = 6
    for i, (proc, km, metod, ansv, fill, note, status, avv) in enumerate(rows, 1):
        vals = [i, proc, km, metod, ansv, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sc = ws.cell(row=r, column=6)
        if fill is not None:
            sc.fill = fill
        if note:
            cm = Comment(note, "Tekniska förvaltningen")
            cm.width = 300
            cm.height = 110
            sc.comment = cm
        exp(fil, namnd, km, status, avv)
        r += 1

    # legend, off to the right
    ws["H5"] = "Färgförklaring"
    ws["H5"].font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad/delvis genomförd"), (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for j, (f, txt) in enumerate(legend):
        ws.cell(row=6 + j, column=8).fill = f
        ws.cell(row=6 + j, column=8).border = border
        ws.cell(row=6 + j, column=9, value=txt)

    ws.cell(row=r + 2, column=1, value="Sammanställt av: Lena Holm, ekonom, 2026-01-22")
    ws.cell(row=r + 2, column=1).font = Font(italic=True, size=9)

    for col, w in zip("ABCDEFGHI", [5, 12, 44, 34, 20, 10, 3, 4, 26]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["G"].width = 3
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – .odt, landscape, summary count table + control table
# ---------------------------------------------------------------------------------------------
def file4():
    fil = "VON uppföljning intern kontroll 2025.odt"
    namnd = "Vård- och omsorgsnämnden"
    doc = OpenDocumentText()

    pl = PageLayout(name="Landscape")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                       margintop="1.5cm", marginbottom="1.5cm", marginleft="1.8cm",
                                       marginright="1.8cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)

    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    boldp = Style(name="BoldP", family="paragraph")
    boldp.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
    doc.automaticstyles.addElement(boldp)

    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#DDE8CB"))
    doc.automaticstyles.addElement(hcell)
    pcell = Style(name="PCell", family="table-cell")
    pcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#F2F2F2"))
    doc.automaticstyles.addElement(pcell)

    def para(text, style=None):
        return P(text=text, stylename=style) if style else P(text=text)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Vård- och omsorgsnämnden"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2,
                          text="Uppföljning av intern kontroll 2025 – helår"))
    doc.text.addElement(para(
        "Vård- och omsorgsförvaltningen har följt upp nämndens internkontrollplan för 2025. Planen omfattar åtta "
        "kontrollmoment inom myndighetsutövning, hälso- och sjukvård samt ekonomi. Delårsstatus per 31 augusti "
        "redovisades för nämnden i september och visas nedan tillsammans med status vid årets slut."))
    doc.text.addElement(para(""))

    # summary table (counts) – NOT a control table
    doc.text.addElement(para("Sammanställning av status vid helår", "BoldP"))
    ts = Style(name="TSum", family="table")
    ts.addElement(TableProperties(width="9cm", align="left"))
    doc.automaticstyles.addElement(ts)
    st = Table(name="Sammanstallning", stylename=ts)
    for w in ("6cm", "3cm"):
        cs = Style(name=f"SumCol{w}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        st.addElement(TableColumn(stylename=cs))
    for i, (a, b) in enumerate([("Status", "Antal kontrollmoment"), ("Genomförd", "5"),
                                ("Delvis genomförd", "1"), ("Ej genomförd", "1"), ("Utgått", "1"),
                                ("Totalt", "8")]):
        tr = TableRow()
        for v in (a, b):
            tc = TableCell(stylename=hcell if i in (0, 5) else cellst, valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        st.addElement(tr)
    doc.text.addElement(st)
    doc.text.addElement(para(""))
    doc.text.addElement(para("Redovisning per kontrollmoment", "BoldP"))

    tstyle = Style(name="TMain", family="table")
    tstyle.addElement(TableProperties(width="26cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    t = Table(name="Kontrollmoment", stylename=tstyle)
    widths = ["3.2cm", "6cm", "4.6cm", "2.4cm", "2.4cm", "7.4cm"]
    for j, w in enumerate(widths):
        cs = Style(name=f"MainCol{j}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    header = ["Process", "Kontrollmoment", "Metod / omfattning", "Status delår 31/8", "Status helår",
              "Kommentar / åtgärd"]
    tr = TableRow()
    for h in header:
        tc = TableCell(stylename=hcell, valuetype="string")
        tc.addElement(P(text=h, stylename="BoldP"))
        tr.addElement(tc)
    t.addElement(tr)

    rows = [
        ("P", "Myndighetsutövning"),
        ("Biståndsbeslut", "Beslut om hemtjänst fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Pågår", "Genomförd",
         "20 beslut granskade. Ett beslut var fattat av handläggare utan delegation; beslutet har fattats om "
         "av rätt delegat.", "GENOMFORD", "ja"),
        ("Biståndsbeslut", "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Journalgranskning 35 ärenden", "Genomförd", "Genomförd",
         "Samtliga 35 granskade planer var upprättade inom tid.", "GENOMFORD", "nej"),
        ("Avgifter", "Avgiftsbeslut enligt maxtaxan i äldreomsorgen är korrekta",
         "Omräkning av 15 avgiftsbeslut", "Genomförd", "",
         "Genomförd i maj, se delårsrapporten. Inga felaktiga beslut.", "GENOMFORD", "nej"),
        ("P", "Hälso- och sjukvård"),
        ("Läkemedel", "Signeringslistor för läkemedel är fullständiga",
         "Granskning på fyra särskilda boenden", "Ej påbörjad", "Delvis",
         "Granskat på två av fyra boenden. Brister i signering på Björkgården; MAS har gjort en "
         "handlingsplan. Resterande boenden granskas i mars 2026.", "DELVIS", "ja"),
        ("Lex Sarah", "Lex Sarah-utredningar avslutas inom två månader",
         "Genomgång av årets utredningar", "Pågår", "Genomförd",
         "11 utredningar under året, varav två tog längre tid än två månader.", "GENOMFORD", "ja"),
        ("P", "Ekonomi"),
        ("Externa utförare", "Registrerad tid i TES stämmer mot fakturerad tid från externa utförare",
         "Avstämning två månader", "Pågår", "Ej genomförd",
         "Kontrollen kunde inte slutföras eftersom bytet av planeringssystem försenades. Tas med i 2026 års plan.",
         "EJ_GENOMFORD", "nej"),
        ("Externa utförare", "Attest av fakturor från externa utförare",
         "Stickprov 15 fakturor", "–", "Genomförd",
         "Attest korrekt på samtliga fakturor.", "GENOMFORD", "nej"),
        ("Brukarmedel", "Hantering av brukares kontanta medel på särskilt boende",
         "Kassainventering", "–", "Utgår",
         "Utgår enligt beslut i VON 2025-09-17 § 88 – kontanthanteringen har avvecklats.", "UTGAR", "nej"),
    ]
    for row in rows:
        tr = TableRow()
        if row[0] == "P":
            tc = TableCell(stylename=pcell, valuetype="string", numbercolumnsspanned=6)
            tc.addElement(P(text=row[1], stylename="BoldP"))
            tr.addElement(tc)
            for _ in range(5):
                tr.addElement(CoveredTableCell())
            t.addElement(tr)
            continue
        proc, km, metod, sd, sh, kom, status, avv = row
        for v in (proc, km, metod, sd, sh, kom):
            tc = TableCell(stylename=cellst, valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, namnd, km, status, avv)
    doc.text.addElement(t)
    doc.text.addElement(para(""))
    doc.text.addElement(para("Skogsvik 2026-01-30", "Small"))
    doc.text.addElement(para("Per Åkesson, förvaltningschef, Vård- och omsorgsförvaltningen", "Small"))
    doc.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# 5. Kommunstyrelsen – .xlsx with one sheet per process + overview with totals
# ---------------------------------------------------------------------------------------------
def file5():
    fil = "KS_internkontroll_2025_per_process.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ov = wb.active
    ov.title = "Översikt"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    HFILL = PatternFill("solid", fgColor="DCE6F1")

    ov["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Kommunledningsförvaltningen"
    ov["A3"] = "Period: Helår (1 januari – 31 december 2025)"
    ov["A5"] = "Sammanställning per process (se respektive flik för detaljer)"
    ov["A5"].font = Font(bold=True)
    oh = ["Process", "Antal kontrollmoment", "Genomförda", "Delvis/pågår", "Ej genomförda", "Utgår",
          "Ej rapporterat"]
    for c, h in enumerate(oh, 1):
        cell = ov.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HFILL
        cell.border = border

    sheets = {
        "Ekonomi": [
            ("E1", "Attest – ingen attesterar egna kostnader (jäv)", "Uttag ur ekonomisystemet, 60 transaktioner",
             "Två ggr/år", "Redovisningschef", None, "Genomförd", "Genomförd",
             "Kontroll av 60 transaktioner, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
            ("E2", "Avstämning av balanskonton vid bokslut", "Kontroll av specifikationer", "Vid bokslut",
             "Redovisningschef", None, "Pågår", "Genomförd med avvikelse",
             "Två konton saknade specifikation per 31/12, åtgärdat 2026-01-15.", "Ja", "GENOMFORD", "ja"),
            ("E3", "Ändringar av bankgiro i leverantörsregistret är behöriga",
             "Logg över ändringar i leverantörsregistret", "Kvartalsvis", "Ekonomienheten", None,
             "Ej påbörjad", "Delvis",
             "Ändringar jan–sep kontrollerade utan anmärkning. Okt–dec återstår.", "Nej", "DELVIS", "nej"),
        ],
        "Personal & lön": [
            ("P1", "Löneutbetalning efter avslutad anställning", "Avstämning avslutade mot lönefil",
             "Månadsvis", "Lönechef", None, "Genomförd", "Genomförd",
             "En felaktig utbetalning i juni upptäcktes och har återkrävts.", "Ja", "GENOMFORD", "ja"),
            ("P2", "Chefers attesträtt i lönesystemet stämmer mot delegationsordningen",
             "Registeruttag", "1 ggr/år", "HR-chef", None, "Pågår", None,
             "Klart i december, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ],
        "IT och informationssäkerhet": [
            ("I1", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
             "Jämförelse behörighetslista/personalregister", "Halvår", "IT-chef", None, "Ej påbörjad",
             "Ej genomförd", "Skjuts till 2026 på grund av byte av ekonomisystem.", None, "EJ_GENOMFORD", "nej"),
            ("I2", "Återläsningstest av säkerhetskopior", "Test av återläsning", "1 ggr/år", "IT-chef", None,
             None, "Genomförd", "Återläsningstest i november utan problem.", "Nej", "GENOMFORD", "nej"),
        ],
        "Upphandling": [
            ("U1", "Avtalstrohet – köp över 100 tkr utan avtal", "Analys leverantörsreskontra",
             "Halvår", "Upphandlingschef", None, "Genomförd", "Genomförd",
             "11 köp utan avtal identifierade, fördelade på fyra enheter. Dialog med cheferna.", "Ja",
             "GENOMFORD", "ja"),
            ("U2", "Direktupphandlingar över 100 tkr dokumenteras", "Stickprov", "Halvår", "Upphandlingschef",
             None, "Utgår", "Utgår", "Slås ihop med U1 enligt KS beslut 2025-06-10 § 112.", None, "UTGAR", "nej"),
        ],
        "Ärendehantering": [
            ("Ä1", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse diarium/anmälningslistor",
             "Halvår", "Kanslichef", "Ej genomförd", None, "Genomförd",
             "Samtliga beslut anmälda.", "Nej", "GENOMFORD", "nej"),
            ("Ä2", "Inkomna handlingar diarieförs inom tre arbetsdagar", "Stickprov 30 handlingar",
             "Halvår", "Registrator", "Genomförd", None, None, None, None, "SAKNAS", "nej"),
        ],
    }
    ovrow = 7
    tot = [0] * 6
    for sname, ctrls in sheets.items():
        ws = wb.create_sheet(sname)
        has_2024 = sname == "Ärendehantering"
        ws["A1"] = f"Process: {sname}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = ("Instruktion: Ange utfall med Genomförd, Delvis, Ej genomförd eller Utgår. "
                    "Kommentera alltid avvikelser.")
        ws["A2"].font = Font(italic=True, size=9, color="7F7F7F")
        cols = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig"]
        if has_2024:
            cols.append("Utfall 2024")
        cols += ["Utfall T2", "Utfall helår", "Kommentar", "Avvikelse (Ja/Nej)"]
        for c, h in enumerate(cols, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = HFILL
            cell.border = border
            cell.alignment = Alignment(wrap_text=True)
        counts = {"GENOMFORD": 0, "DELVIS": 0, "EJ_GENOMFORD": 0, "UTGAR": 0, "SAKNAS": 0}
        for r, ctrl in enumerate(ctrls, 5):
            nr, km, metod, frek, ansv, u24, t2, hel, kom, avvtxt, status, avv = ctrl
            vals = [nr, km, metod, frek, ansv]
            if has_2024:
                vals.append(u24)
            vals += [t2, hel, kom, avvtxt]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            counts[status] += 1
            exp(fil, namnd, km, status, avv)
        widths = [5, 42, 30, 12, 18] + ([12] if has_2024 else []) + [13, 16, 45, 12]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        line = [sname, len(ctrls), counts["GENOMFORD"], counts["DELVIS"], counts["EJ_GENOMFORD"],
                counts["UTGAR"], counts["SAKNAS"]]
        for c, v in enumerate(line, 1):
            ov.cell(row=ovrow, column=c, value=v).border = border
        for i in range(6):
            tot[i] += line[i + 1]
        ovrow += 1
    ov.cell(row=ovrow, column=1, value="Summa").font = Font(bold=True)
    for i, v in enumerate(tot):
        cell = ov.cell(row=ovrow, column=i + 2, value=v)
        cell.font = Font(bold=True)
    for c in range(1, 8):
        ov.cell(row=ovrow, column=c).border = border
    ov.cell(row=ovrow + 2, column=1, value="Kontaktperson: Johan Ek, controller, kommunledningsförvaltningen")
    for col, w in zip("ABCDEFG", [30, 20, 12, 13, 14, 8, 14]):
        ov.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", namnd, "2025", "HELAR"])


# ---------------------------------------------------------------------------------------------
# 6. CSV export, two nämnder, status code column, legend as the last rows
# ---------------------------------------------------------------------------------------------
def file6():
    fil = "IK_export_KFN_MBN_20260119.csv"
    kfn = "Kultur- och fritidsnämnden"
    mbn = "Miljö- och byggnadsnämnden"
    header = ["Organisation", "Rapporteringsperiod", "Process", "Kontrollmoment", "Kontrollansvarig",
              "Statuskod", "Kommentar", "Avvikelse identifierad"]
    rows = [
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "Kassahantering",
         "Dagskassor i Skogsviks simhall stäms av mot kassarapport", "Anläggningschef", "1",
         "Stickprov 10 dagar. En dag med kassadifferens på -200 kr.", "Ja", kfn, "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "Bidrag",
         "Underlag för föreningsbidrag kontrolleras före utbetalning", "Föreningskonsulent", "2",
         "Hälften av ansökningarna granskade, resten under Q1 2026.", "Nej", kfn, "DELVIS", "nej"),
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "Intäkter",
         "Uthyrning av lokaler och hallar faktureras", "Bokningsansvarig", "1", "", "Nej", kfn,
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "Ekonomi",
         "Representation följer kommunens riktlinjer", "Förvaltningsekonom", "3",
         "Inte genomförd under året.", "", kfn, "EJ_GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "Inköp",
         "Avtalstrohet e-medier på biblioteket", "Bibliotekschef", "4",
         "Avtalet upphandlas centralt från 2025.", "", kfn, "UTGAR", "nej"),
        ("Kultur- och fritidsförvaltningen", "Helår 2025", "IT",
         "Behörigheter i bokningssystemet Interbook", "Systemförvaltare", "7", "", "", kfn, "OKLAR", "nej"),
        ("Miljö- och byggnadsnämnden", "Helår 2025", "Myndighetsutövning",
         "Bygglov beslutas inom tio veckor", "Bygglovschef", "1",
         "3 ärenden över tidsfristen, avgiften reducerad enligt PBL.", "Ja", mbn, "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", "Helår 2025", "Avgifter",
         "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "1", "Stickprov 20 ärenden, ok.", "Nej", mbn,
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Helår 2025", "Delegation",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "2",
         "Kontrollerat t.o.m. oktober.", "Nej", mbn, "DELVIS", "nej"),
        ("Miljö- och byggnadsnämnden", "Helår 2025", "Myndighetsutövning",
         "Jäv – handläggare har inte handlagt ärenden där jäv föreligger", "Förvaltningschef", "0", "", "",
         mbn, "SAKNAS", "nej"),
        ("Miljö- och byggnadsnämnden", "Helår 2025", "Dokumenthantering",
         "Avslutade ärenden arkiveras enligt dokumenthanteringsplan", "Registrator", "3",
         "Ej genomförd, arkivarietjänsten har varit vakant.", "Nej", mbn, "EJ_GENOMFORD", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Internkontroll – uppföljning", "Export 2026-01-19 08:42", "", "", "", "", "", ""])
        w.writerow(header)
        for row in rows:
            w.writerow(row[:8])
            exp(fil, row[8], row[3], row[9], row[10])
        w.writerow([""] * 8)
        w.writerow(["Teckenförklaring statuskod"] + [""] * 7)
        for lg in ["0 = Ej rapporterad", "1 = Genomförd", "2 = Delvis genomförd/pågår", "3 = Ej genomförd",
                   "4 = Utgår"]:
            w.writerow([lg] + [""] * 7)
    FILES.append([fil, "INLAST", kfn, "2025", "HELAR"])
    FILES.append([fil, "INLAST", mbn, "2025", "HELAR"])


def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen|Miljö- och byggförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


def main():
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    register()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(set(r[0] for r in FILES))} files, {len(FILES)} files.csv rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
