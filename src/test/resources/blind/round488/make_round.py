#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r488 - Surahammars kommun, uppföljning av internkontrollplaner T2 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv in the folder of
this script. Deterministic: zip containers (xlsx/docx/odt) get fixed timestamps and fixed
document properties.

    /usr/bin/python3 make_round.py            # build
    /usr/bin/python3 make_round.py --check    # build, then read every file back (python + LibreOffice)
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 10, 12, 0, 0)
YEAR = "2025"
PERIOD = "T2"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps, same order and compression."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 12, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def xlsx_props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden - Word table "Kontrollmoment | Iakttagelser och resultat"
# ---------------------------------------------------------------------------
BUN_FILE = "BUN uppföljning internkontroll T2 2025.docx"
BUN = "Barn- och utbildningsnämnden"
BUN_ROWS = [
    ("Ekonomi", None, None, None),
    ("Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov genomfört i juni på 40 fakturor från samtliga rektorsområden, inga fel.",
     "GENOMFORD", "nej"),
    ("Kontroll av representation och interna möten enligt kommunens riktlinjer",
     "Kontroll gjord i maj av 15 verifikationer. Deltagarförteckning saknades i fyra fall, "
     "i övrigt var kostnaderna förenliga med riktlinjerna. Information har gått ut till rektorerna.",
     "GENOMFORD", "ja"),
    ("Kontroll av interkommunal ersättning och bidrag till fristående förskolor",
     "Kontrollen utgår då verksamheten flyttats till annan nämnd. Handläggningen av "
     "interkommunala ersättningar ligger sedan 1 maj hos kommunstyrelsen (kommunledningskontoret).",
     "UTGAR", ""),
    ("Myndighetsutövning", None, None, None),
    ("Beslut om skolskjuts fattas enligt delegationsordningen",
     "Vi har gått igenom samtliga beslut om skolskjuts för vårterminen (62 st). Tre beslut var "
     "fattade av skolskjutssamordnaren utan att delegation fanns. Delegationsordningen revideras "
     "till nämndens sammanträde i oktober.",
     "GENOMFORD", "ja"),
    ("Rutinen för anmälan vid upprepad ogiltig frånvaro följs på skolorna",
     "Påbörjat men ej slutfört p.g.a. sjukskrivning. Två av fem skolor (Nytorpsskolan och "
     "Tuppkärrsskolan) är granskade, hittills inga avvikelser.",
     "DELVIS", "nej"),
    ("Kränkande behandling anmäls till huvudman inom fem arbetsdagar",
     "Se separat rapport.",
     "OKLAR", ""),
    ("Personal och arbetsmiljö", None, None, None),
    ("Utdrag ur belastningsregistret har uppvisats vid nyanställning",
     "Har inte hunnits med.",
     "EJ_GENOMFORD", ""),
    ("Uppföljning av sjukfrånvaro per enhet och åtgärder vid upprepad korttidsfrånvaro",
     "",
     "SAKNAS", ""),
    ("Informationssäkerhet och tillgångar", None, None, None),
    ("Loggkontroll i elevhälsans journalsystem",
     "Genomförd. Loggarna för maj har granskats för tre skolor. Två åtkomster utan "
     "vårdrelation upptäcktes och har hanterats med berörd personal och med HR.",
     "GENOMFORD", "ja"),
    ("Inventering av elevdatorer och surfplattor mot inventarieförteckningen",
     "Planerat till oktober.",
     "EJ_GENOMFORD", ""),
]


def make_bun():
    d = docx.Document()
    docx_props(d, "Maria Engström", "Uppföljning internkontrollplan 2025 T2")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "SURAHAMMARS KOMMUN\tBarn- och utbildningsförvaltningen\t2025-09-08"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr BUN 2025/14"

    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsnämnden – tertial 2 (januari–augusti)")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari (§ 9). Nedan redovisas "
        "förvaltningens iakttagelser för de kontrollmoment som ingår i planen. Kontrollerna "
        "har genomförts av ekonom, rektorer och verksamhetsutvecklare enligt planens fördelning.")

    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text = "Kontrollmoment"
    hdr[1].text = "Iakttagelser och resultat"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    for km, text, status, avv in BUN_ROWS:
        row = t.add_row()
        if text is None:  # group heading, merged across
            m = row.cells[0].merge(row.cells[1])
            m.text = km
            m.paragraphs[0].runs[0].bold = True
            m.paragraphs[0].runs[0].italic = True
            set_cell_shading(m, "F2F2F2")
            continue
        row.cells[0].text = km
        row.cells[1].text = text
        exp(BUN_FILE, BUN, km, status, avv)
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.5)

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Sammanfattande bedömning").bold = True
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De kontroller "
        "som inte har slutförts under tertialet kommer att redovisas i helårsuppföljningen.")
    d.add_paragraph("Surahammar 2025-09-08")
    d.add_paragraph("Maria Engström\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    path = os.path.join(OUT, BUN_FILE)
    d.save(path)
    normalize_zip(path)
    FILES.append((BUN_FILE, "INLAST", BUN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - email pasted into Word, one paragraph per control
# ---------------------------------------------------------------------------
SN_FILE = "SV Uppföljning internkontroll T2 - Socialnämnden.docx"
SN = "Socialnämnden"
SN_ROWS = [
    ("Handläggningstid för utredningar om barn och unga (fyra månader)",
     "Vi har följt upp samtliga utredningar som avslutades under perioden (48 st). 44 avslutades "
     "inom fyra månader, fyra överskred tiden p.g.a. svårigheter att få in underlag från andra "
     "myndigheter. Överskridandena är anmälda till nämnden i augusti.",
     "GENOMFORD", "ja"),
    ("Dubbelutbetalningar av ekonomiskt bistånd",
     "Stickprov genomfört i juni, 30 ärenden, inga fel.",
     "GENOMFORD", "nej"),
    ("Avtal för köpta platser (HVB och konsulentstödda familjehem)",
     "Vi har gått igenom samtliga avtal och hittade två som saknade underskrift. Båda är nu "
     "kompletterade.",
     "GENOMFORD", "ja"),
    ("Lex Sarah-rapporter utreds och anmäls till IVO i tid",
     "Påbörjat men ej slutfört p.g.a. sjukskrivning hos vår kvalitetsutvecklare. Vi räknar med "
     "att vara klara till helårsuppföljningen.",
     "DELVIS", ""),
    ("Genomförandeplaner inom hemtjänsten är upprättade och uppföljda",
     "Har inte hunnits med under tertialet, vi flyttar den till hösten.",
     "EJ_GENOMFORD", ""),
    ("Avgifter inom äldreomsorgen debiteras enligt beslut",
     "Kontrollen gjordes redan under våren och redovisades i T1-uppföljningen, inga fel då. "
     "Ingen ny kontroll är planerad i år.",
     "GENOMFORD", "nej"),
    ("Delegationsbeslut inom LSS",
     "Vi har gjort ett urval av 20 beslut, hittills har 12 granskats utan anmärkning.",
     "DELVIS", "nej"),
    ("Behörigheter i verksamhetssystemet Lifecare",
     "Se bifogad loggrapport.",
     "OKLAR", ""),
    ("Hantering av brukarmedel (kontanter) på särskilda boenden",
     "Utgår enligt nämndens beslut 2025-04-23 § 41, boendena har gått över till kontantfria "
     "lösningar så det finns inga kassor kvar att kontrollera.",
     "UTGAR", ""),
]


def make_sn():
    d = docx.Document()
    docx_props(d, "Anna Lindqvist", "")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    head = [
        ("Från:", " Anna Lindqvist <anna.lindqvist@surahammar.se>"),
        ("Skickat:", " den 9 september 2025 14:12"),
        ("Till:", " Ekonomikontoret <ekonomi@surahammar.se>"),
        ("Kopia:", " Jonas Berg <jonas.berg@surahammar.se>"),
        ("Ämne:", " SV: Uppföljning internkontroll T2 – Socialnämnden"),
    ]
    for a, b in head:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(a).bold = True
        p.add_run(b)
    d.add_paragraph()
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Här kommer socialförvaltningens lägesrapport för Socialnämndens internkontrollplan 2025, "
        "andra tertialet (januari–augusti). Vi har inte använt mallen den här gången eftersom flera "
        "kontroller inte riktigt passar i den, så jag tar dem en i taget:")
    for km, text, status, avv in SN_ROWS:
        p = d.add_paragraph()
        p.add_run(km).bold = True
        p.add_run(" – " + text)
        exp(SN_FILE, SN, km, status, avv)
    d.add_paragraph(
        "Uppföljningen tas upp på nämndens sammanträde den 24 september. Hör av dig om något är "
        "oklart eller om du behöver underlagen!")
    d.add_paragraph("Med vänlig hälsning")
    p = d.add_paragraph("Anna Lindqvist\nKvalitetsstrateg\nSocialförvaltningen, Surahammars kommun\n"
                        "Tfn 0220-391 00")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Från:").bold = True
    p.add_run(" Ekonomikontoret <ekonomi@surahammar.se>\n")
    p.add_run("Skickat:").bold = True
    p.add_run(" den 25 augusti 2025 08:30\n")
    p.add_run("Ämne:").bold = True
    p.add_run(" Uppföljning internkontroll T2")
    d.add_paragraph(
        "Hej alla! Påminnelse om att uppföljningen av internkontrollplanerna för tertial 2 ska vara "
        "ekonomikontoret tillhanda senast den 12 september. Använd gärna mallen, ange status för "
        "varje kontrollmoment (genomförd, delvis genomförd, ej genomförd, utgår) och beskriv "
        "eventuella avvikelser. /Ekonomikontoret")
    path = os.path.join(OUT, SN_FILE)
    d.save(path)
    normalize_zip(path)
    FILES.append((SN_FILE, "INLAST", SN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - Excel, only a "Kommentar T2" column
# ---------------------------------------------------------------------------
KFN_FILE = "KoF internkontroll 2025 uppf T2.xlsx"
KFN = "Kultur- och fritidsnämnden"
# (process, risk, kontrollmoment, metod, ansvarig, frekvens, kommentar, status, avv)
KFN_ROWS = [
    ("Kassa och intäkter", "Svinn eller felaktig redovisning av kontanta medel",
     "Dagskassor i simhallen stäms av mot kassasystemet",
     "Stickprov 10 dagar", "Badchef", "2 ggr/år",
     "Stickprov 12 dagar i juni, kassan stämde alla dagar.", "GENOMFORD", "nej"),
    ("Kassa och intäkter", "Intäkter uteblir",
     "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
     "Jämförelse bokningssystem/fakturering", "Fritidskonsulent", "1 ggr/år",
     "Påbörjad. Bokningarna jan–april är kontrollerade, resten görs i september.", "DELVIS", ""),
    ("Bidrag", "Bidrag betalas ut på felaktiga grunder",
     "Aktivitetsstöd till föreningar betalas ut enligt bidragsreglerna",
     "Granskning av ansökningar mot närvarolistor", "Föreningskonsulent", "Per ansökningsomgång",
     "Samtliga ansökningar för vårterminen kontrollerade mot närvarolistor. En förening hade "
     "rapporterat samma deltagare två gånger, återkrav har skickats.", "GENOMFORD", "ja"),
    ("Bidrag", "Avtal följs inte",
     "Uppföljning av avtal om driftbidrag till Folkets park",
     "Genomgång av verksamhetsberättelse", "Kultur- och fritidschef", "1 ggr/år",
     "Kontrollen utgår – avtalet har sagts upp och upphörde 2025-06-30.", "UTGAR", ""),
    ("Ekonomi", "Felaktiga utbetalningar",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor", "Ekonom", "2 ggr/år",
     "Ok, inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Felaktiga löneutbetalningar",
     "Timanställdas löner stämmer mot tidrapporter",
     "Stickprov 10 timanställda", "Enhetschef fritid", "1 ggr/år",
     "Klar i maj, se rapport till nämnden 2025-06-12.", "GENOMFORD", ""),
    ("Tillgångar", "Stöld eller förlust av konst",
     "Inventering av kommunens konstsamling",
     "Fysisk inventering mot konstregister", "Kulturutvecklare", "Vart annat år",
     "Planerat till oktober", "EJ_GENOMFORD", ""),
    ("Säkerhet", "Olyckor på anläggningar",
     "Säkerhetsbesiktning av idrottsanläggningar och utegym genomförs",
     "Kontroll av besiktningsprotokoll", "Anläggningsansvarig", "1 ggr/år",
     "Ej gjord p.g.a. vakans, ny anläggningsansvarig börjar 1 oktober.", "EJ_GENOMFORD", ""),
    ("Information", "Personuppgifter hanteras felaktigt",
     "Låntagaruppgifter på biblioteket hanteras enligt GDPR",
     "Genomgång av gallringsrutin i bibliotekssystemet", "Bibliotekschef", "1 ggr/år",
     "", "SAKNAS", ""),
    ("Information", "Allmänna handlingar diarieförs inte",
     "Diarieföring av inkomna synpunkter och klagomål",
     "Stickprov i e-post och diarium", "Nämndsekreterare", "2 ggr/år",
     "Pågår", "DELVIS", ""),
]


def make_kfn():
    wb = openpyxl.Workbook()
    xlsx_props(wb, "Lena Holm", "Internkontroll KoF 2025")
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fyll i kommentar för varje kontrollmoment. Beskriv vad som kontrollerats och eventuella avvikelser."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
               "Kommentar T2"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    r = 6
    proc_start = {}
    for n, (proc, risk, km, metod, ansv, frek, kom, status, avv) in enumerate(KFN_ROWS, 1):
        vals = [n, proc, risk, km, metod, ansv, frek, kom if kom else None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        proc_start.setdefault(proc, []).append(r)
        exp(KFN_FILE, KFN, km, status, avv)
        r += 1
    # merge the process column over consecutive rows (value only in first cell)
    for proc, rows in proc_start.items():
        if len(rows) > 1:
            for rr in rows[1:]:
                ws.cell(row=rr, column=2).value = None
            ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen sammanställd 2025-09-10 av Lena Holm, kultur- och fritidschef").font = Font(italic=True)
    widths = [5, 18, 28, 42, 30, 20, 14, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.right.text = "Surahammars kommun"
    path = os.path.join(OUT, KFN_FILE)
    wb.save(path)
    normalize_zip(path)
    FILES.append((KFN_FILE, "INLAST", KFN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - OpenDocument text, one heading per control, prose below
# ---------------------------------------------------------------------------
TN_FILE = "Tekniska nämnden IK-uppföljning tertial 2 2025.odt"
TN = "Tekniska nämnden"
# (process heading or None, control heading, [paragraphs], status, avv)
TN_ROWS = [
    ("Inköp och ekonomi",
     "Avtalstrohet vid inköp av förbrukningsmaterial och arbetskläder",
     ["Vi har gått igenom samtliga fakturor över 10 000 kronor under maj och juni, totalt 86 "
      "fakturor. Sju köp gjordes utanför ramavtal, främst arbetskläder från en lokal leverantör.",
      "Berörda arbetsledare har informerats om gällande avtal och inköpsrutinen har gåtts igenom "
      "på arbetsplatsträffen i juni."],
     "GENOMFORD", "ja"),
    (None,
     "Investeringsprojekt följs upp mot beslutad budget",
     ["Uppföljning har gjorts för samtliga pågående investeringsprojekt per 30 juni. Inget projekt "
      "avviker mer än 10 procent från budget. Resultatet har redovisats för nämnden i samband med "
      "delårsrapporten."],
     "GENOMFORD", "nej"),
    (None,
     "Debitering av internhyror stäms av mot hyresavtal",
     ["Planeras till november i samband med budgetarbetet för 2026."],
     "EJ_GENOMFORD", ""),
    ("Fordon och fastigheter",
     "Körjournaler för kommunens fordon förs och stäms av",
     ["Påbörjat men ej slutfört. Körjournalerna för tre av kommunens nio fordon är genomgångna "
      "och hittills har inga brister hittats. Resterande fordon gås igenom under september."],
     "DELVIS", "nej"),
    (None,
     "Systematiskt brandskyddsarbete (SBA) i kommunens verksamhetslokaler",
     ["Har inte hunnits med. Fastighetsenheten har haft två vakanta tjänster under våren och "
      "kontrollen skjuts till nästa år."],
     "EJ_GENOMFORD", ""),
    (None,
     "Nyckel- och passerkortshantering",
     ["En genomgång av passersystemet gjordes i juni. 38 aktiva kort tillhörde personer som har "
      "slutat sin anställning. Korten är spärrade och rutinen för avslut av anställning ska ses "
      "över tillsammans med HR."],
     "GENOMFORD", "ja"),
    ("Gata och park",
     "Besiktning av kommunens lekplatser",
     ["Extern besiktning av samtliga 14 lekplatser gjordes i maj. Besiktningsmannen hade "
      "anmärkningar på två lekplatser (Centrumparken och Lunden), bristerna åtgärdades i juni."],
     "GENOMFORD", "ja"),
    (None,
     "Vinterväghållning utförs enligt avtal med entreprenör",
     ["Kontrollen utgår. Gatuverksamheten och avtalet om vinterväghållning har från 1 mars förts "
      "över till Surahammars Kommunalteknik AB och följs upp av bolaget."],
     "UTGAR", ""),
    ("Arbetsmiljö",
     "Skyddsronder genomförs enligt plan",
     [],
     "SAKNAS", ""),
]


def make_tn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, Span
    from odf import meta, dc

    doc = OpenDocumentText()
    doc.meta.addElement(meta.InitialCreator(text="Per Karlsson"))
    doc.meta.addElement(dc.Creator(text="Per Karlsson"))
    doc.meta.addElement(meta.CreationDate(text="2025-09-05T10:00:00"))
    doc.meta.addElement(dc.Date(text="2025-09-05T10:00:00"))

    def pstyle(name, size, bold=False, italic=False, space="0.2cm", disp=None, level=None):
        s = Style(name=name, family="paragraph")
        if disp:
            s.setAttribute("displayname", disp)
        if level:
            s.setAttribute("defaultoutlinelevel", str(level))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom=space))
        tp = {"fontsize": size}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        s.addElement(TextProperties(**tp))
        doc.styles.addElement(s)
        return s

    title = pstyle("Title", "18pt", bold=True, disp="Title")
    h1 = pstyle("Heading_20_1", "14pt", bold=True, disp="Heading 1", level=1)
    h2 = pstyle("Heading_20_2", "12pt", bold=True, disp="Heading 2", level=2)
    body = pstyle("Text_20_body", "11pt", disp="Text body")
    small = pstyle("Small", "9pt", italic=True, disp="Small")
    boldspan = Style(name="Stark", family="text")
    boldspan.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldspan)

    doc.text.addElement(P(stylename=small, text="Surahammars kommun · Tekniska förvaltningen · Dnr TN 2025/31"))
    doc.text.addElement(P(stylename=title, text="Uppföljning av intern kontroll 2025"))
    doc.text.addElement(P(stylename=body, text="Tekniska nämnden – uppföljning per 31 augusti 2025 (tertial 2)"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Inledning"))
    doc.text.addElement(P(stylename=body, text=(
        "Tekniska nämnden fastställde internkontrollplanen för 2025 den 19 februari. Planen omfattar "
        "nio kontrollmoment. Nedan redovisas resultatet av varje kontroll under respektive process. "
        "Där kontrollen inte är slutförd anges när den beräknas vara klar.")))
    for proc, km, paras, status, avv in TN_ROWS:
        if proc:
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=proc))
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        if paras:
            for ptxt in paras:
                doc.text.addElement(P(stylename=body, text=ptxt))
        else:
            doc.text.addElement(P(stylename=body, text=""))
        exp(TN_FILE, TN, km, status, avv)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Förvaltningens bedömning"))
    doc.text.addElement(P(stylename=body, text=(
        "Förvaltningen bedömer att de avvikelser som har upptäckts är av mindre omfattning och att "
        "åtgärder har vidtagits. Kontroller som inte har slutförts redovisas i årsuppföljningen.")))
    doc.text.addElement(P(stylename=body, text="Per Karlsson, teknisk chef"))
    path = os.path.join(OUT, TN_FILE)
    doc.save(path)
    normalize_zip(path)
    FILES.append((TN_FILE, "INLAST", TN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen - Excel with Status/Kommentar for T1 and T2 side by side, colour fills
# ---------------------------------------------------------------------------
KS_FILE = "KS_Internkontrollplan_2025_uppföljning.xlsx"
KS = "Kommunstyrelsen"
# (id, process, kontrollmoment, metod, ansvarig, planerad, st1, kom1, st2, kom2, status, avv)
KS_ROWS = [
    ("KS1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor/tertial", "Redovisningsansvarig", "T1, T2, T3",
     "Genomförd", "Inga fel.", "Genomförd", "Stickprov 25 fakturor, en faktura saknade beslutsattest. Attestanten påmind.",
     "GENOMFORD", "ja"),
    ("KS2", "Ekonomi", "Leverantörers skatte- och registreringsstatus kontrolleras vid nya leverantörer",
     "Kontroll i Creditsafe av nya leverantörer", "Ekonom", "T1, T2",
     "Pågår", "", "Genomförd", "Samtliga 31 nya leverantörer kontrollerade, inga anmärkningar.",
     "GENOMFORD", "nej"),
    ("KS3", "Lön", "Nyanställda registreras i lönesystemet enligt anställningsbeslut",
     "Stickprov 15 anställningar", "Lönechef", "T1",
     "Genomförd", "Stickprov 15 anställningar, inga fel.", None, None,
     "GENOMFORD", "nej"),
    ("KS4", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
     "Genomgång av samtliga direktupphandlingar", "Upphandlare", "T2, T3",
     "Ej påbörjad", "", "Pågår", "10 av 25 direktupphandlingar granskade hittills.",
     "DELVIS", ""),
    ("KS5", "Styrning", "Delegationsbeslut anmäls till kommunstyrelsen",
     "Jämförelse diarium/anmälda beslut", "Kommunsekreterare", "T2",
     None, None, "Genomförd med avvikelse", "Två beslut om tillfälliga bidrag var inte anmälda. Anmäls i oktober.",
     "GENOMFORD", "ja"),
    ("KS6", "IT", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
     "Behörighetslista mot personalregister", "Systemförvaltare", "T1, T2",
     "Ej påbörjad", "", "Ej påbörjad", "Har inte hunnits med.",
     "EJ_GENOMFORD", ""),
    ("KS7", "Styrning", "Inkomna handlingar diarieförs utan dröjsmål",
     "Stickprov funktionsbrevlådor", "Registrator", "T1, T2",
     "Pågår", "Första stickprovet gjort i april.", None, "Klart i juni, inga avvikelser.",
     "GENOMFORD", "nej"),
    ("KS8", "Ekonomi", "Interkommunal ersättning för förskola och skola faktureras och betalas enligt avtal",
     "Avstämning mot elevregister", "Controller", "T2, T3",
     None, None, "Pågår", "Övertagen från BUN 1 maj. Första avstämningen pågår.",
     "DELVIS", ""),
    ("KS9", "Säkerhet", "Krisledningsnämnden övas enligt plan för extraordinära händelser",
     "Övning genomförs och utvärderas", "Säkerhetssamordnare", "T2",
     "Utgår", "Kommunen deltar i länsövningen 2026 i stället.", None, None,
     "UTGAR", ""),
    ("KS10", "Personal", "Bisysslor redovisas och bedöms för chefer",
     "Genomgång av bisyssleblanketter", "HR-chef", "T2",
     None, None, None, None,
     "SAKNAS", ""),
    ("KS11", "Ekonomi", "Representation följer kommunens riktlinjer",
     "Stickprov 10 verifikationer", "Controller", "T2",
     None, None, "Genomförd", "Ej påbörjad, flyttas till hösten.",
     "OKLAR", ""),
]
KS_FILLS = {
    "Genomförd": "92D050", "Genomförd med avvikelse": "92D050", "Pågår": "FFC000",
    "Ej påbörjad": "FF5050", "Utgår": "BFBFBF",
}


def make_ks():
    wb = openpyxl.Workbook()
    xlsx_props(wb, "Ekonomikontoret", "Internkontrollplan 2025 KS")
    ws = wb.active
    ws.title = "KS 2025"
    thin = Side(style="thin", color="7F7F7F")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kommunstyrelsen – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppdaterad 2025-09-05"
    ws["A3"] = "Statusalternativ: Genomförd (grön) · Genomförd med avvikelse · Pågår (gul) · Ej påbörjad (röd) · Utgår (grå)"
    ws["A3"].font = Font(italic=True, size=9)
    top = ["Id", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Planerad period",
           "Uppföljning T1", None, "Uppföljning T2", None]
    sub = [None, None, None, None, None, None, "Status", "Kommentar", "Status", "Kommentar"]
    hfill = PatternFill("solid", fgColor="DDEBF7")
    for i, h in enumerate(top, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, h in enumerate(sub, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col in range(1, 7):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells("G5:H5")
    ws.merge_cells("I5:J5")
    r = 7
    for (kid, proc, km, metod, ansv, plan, st1, k1, st2, k2, status, avv) in KS_ROWS:
        vals = [kid, proc, km, metod, ansv, plan, st1, k1, st2, k2]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        for col, st in ((7, st1), (9, st2)):
            if st:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=KS_FILLS[st])
        exp(KS_FILE, KS, km, status, avv)
        r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G7:G{r-1}")
    dv.add(f"I7:I{r-1}")
    widths = [6, 13, 45, 30, 20, 11, 14, 32, 14, 42]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "D7"
    # a second sheet with the risk analysis (no follow-up in it)
    ws2 = wb.create_sheet("Riskanalys")
    ws2.append(["Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde"])
    for row in [["Felaktiga utbetalningar", 2, 3, 6], ["Brister i upphandling", 3, 3, 9],
                ["Obehörig åtkomst till system", 2, 4, 8], ["Bristande krisberedskap", 2, 4, 8]]:
        ws2.append(row)
    path = os.path.join(OUT, KS_FILE)
    wb.save(path)
    normalize_zip(path)
    FILES.append((KS_FILE, "INLAST", KS, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 6. Bygg- och miljönämnden - legacy .xls, status codes with legend at bottom,
#    nämnd only in print header and file name
# ---------------------------------------------------------------------------
BMN_FILE = "BMN_IK_T2_2025.xls"
BMN = "Bygg- och miljönämnden"
# (nr, område, kontrollmoment, omfattning, ansvarig, kod, avvikelse, kommentar, status, avv)
BMN_ROWS = [
    (1, "Bygglov", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
     "Samtliga beslut jan–aug", "Bygglovschef", "G", "Ja",
     "3 av 112 ärenden överskred 10 veckor, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
    (2, "Taxor", "Tillsynsavgifter debiteras enligt taxa",
     "Stickprov 20 fakturor", "Administratör", "G", "Nej", "", "GENOMFORD", "nej"),
    (3, "Miljötillsyn", "Tillsyn av enskilda avlopp enligt tillsynsplan",
     "Planerade besök 2025", "Miljöinspektör", "D", "Nej",
     "45 av 80 planerade tillsynsbesök gjorda.", "DELVIS", "nej"),
    (4, "Livsmedel", "Livsmedelskontroll genomförs enligt kontrollplan",
     "Kontrollplan 2025", "Livsmedelsinspektör", "E", "",
     "Inspektör saknas sedan mars, rekrytering pågår.", "EJ_GENOMFORD", ""),
    (5, "Delegation", "Delegationsbeslut anmäls till nämnden",
     "Samtliga beslut", "Nämndsekreterare", "G", "Nej", "", "GENOMFORD", "nej"),
    (6, "Arkiv", "Avslutade ärenden arkiveras i e-arkivet",
     "Stickprov 15 ärenden", "Registrator", "U", "",
     "Ersätts av kommungemensam kontroll under kommunstyrelsen.", "UTGAR", ""),
    (7, "Jäv", "Handläggare med jäv deltar inte i handläggningen",
     "Genomgång av jävsdeklarationer", "Förvaltningschef", "", "", "", "SAKNAS", ""),
    (8, "Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom föreskriven tid",
     "Samtliga beslut", "Miljöinspektör", "E", "", "Planerat till oktober", "EJ_GENOMFORD", ""),
]


def make_bmn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    # xlwt header setter breaks on non-ASCII under Python 3; set the stored str directly
    ws._Worksheet__header_str = "&LSurahammars kommun&CBygg- och miljönämnden&R&D"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    code = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Uppföljning av internkontrollplan 2025 – tertial 2", title)
    ws.write(1, 0, "Uppföljningsdatum: 2025-09-03", ital)
    hdr = ["Nr", "Område", "Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Avvikelse (Ja/Nej)",
           "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
    r = 4
    for (nr, omr, km, omf, ansv, kod, av, kom, status, avv) in BMN_ROWS:
        vals = [nr, omr, km, omf, ansv, kod, av, kom]
        for i, v in enumerate(vals):
            ws.write(r, i, v, code if i in (5, 6) else cell)
        exp(BMN_FILE, BMN, km, status, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Förklaring status:", xlwt.easyxf("font: bold on"))
    ws.write(r + 1, 0, "G = Genomförd")
    ws.write(r + 2, 0, "D = Delvis genomförd")
    ws.write(r + 3, 0, "E = Ej genomförd")
    ws.write(r + 4, 0, "U = Utgår")
    widths = [5, 14, 48, 26, 20, 8, 12, 50]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    path = os.path.join(OUT, BMN_FILE)
    wb.save(path)
    FILES.append((BMN_FILE, "INLAST", BMN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 7. Stratsys CSV export with the two kommunala bolagen, one row per control and period
# ---------------------------------------------------------------------------
STR_FILE = "Stratsys_export_internkontroll_bolag_20250905.csv"
SKTAB = "Surahammars Kommunalteknik AB"
SBAB = "Surahammars Bostads AB"
# (enhet, område, kontrollmoment, ansvarig, [(period, status, kommentar, uppdaterad)], status, avv)
STR_ROWS = [
    ("Surahammars Kommunalteknik AB", "VA", "Avläsning av vattenmätare och debitering av VA-avgifter",
     "Kundtjänstchef",
     [("Tertial 1 2025", "Pågående", "Avläsning pågår", "2025-04-28"),
      ("Tertial 2 2025", "Klar", "Samtliga mätare avlästa. 14 felaktiga debiteringar har rättats.", "2025-09-02")],
     "GENOMFORD", "ja"),
    ("Surahammars Kommunalteknik AB", "VA", "Egenkontroll av dricksvatten enligt kontrollprogram",
     "Driftchef VA",
     [("Tertial 1 2025", "Klar", "Inga anmärkningar", "2025-04-25"),
      ("Tertial 2 2025", "Klar", "Inga anmärkningar", "2025-08-29")],
     "GENOMFORD", "nej"),
    ("Surahammars Kommunalteknik AB", "Inköp", "Avtalstrohet vid inköp",
     "Ekonomichef",
     [("Tertial 1 2025", "Ej påbörjad", "", "2025-04-25"),
      ("Tertial 2 2025", "Ej påbörjad", "Har inte hunnits med", "2025-09-01")],
     "EJ_GENOMFORD", ""),
    ("Surahammars Kommunalteknik AB", "IT", "Behörigheter i driftövervakningssystemet",
     "IT-samordnare",
     [("Tertial 1 2025", "Klar", "Genomgång gjord i mars, inga avvikelser", "2025-04-20"),
      ("Tertial 2 2025", "", "", "")],
     "GENOMFORD", "nej"),
    ("Surahammars Kommunalteknik AB", "Avfall", "Avfallsabonnemang debiteras enligt taxa",
     "Kundtjänstchef",
     [("Tertial 2 2025", "Pågående", "Stickprov påbörjat i augusti", "2025-09-02")],
     "DELVIS", ""),
    ("Surahammars Bostads AB", "Uthyrning", "Hyresavier stämmer med gällande hyresavtal",
     "Uthyrningschef",
     [("Tertial 2 2025", "Klar", "Stickprov 30 lägenheter, en felaktig hyra har rättats.", "2025-09-03")],
     "GENOMFORD", "ja"),
    ("Surahammars Bostads AB", "Ekonomi", "Kundfordringar bevakas och skickas till inkasso enligt rutin",
     "Ekonom",
     [("Tertial 1 2025", "Klar", "", "2025-04-29"),
      ("Tertial 2 2025", "Klar", "Inga avvikelser", "2025-09-03")],
     "GENOMFORD", "nej"),
    ("Surahammars Bostads AB", "Fastighet", "Uppföljning av OVK-besiktningar",
     "Fastighetschef",
     [("Tertial 1 2025", "Avbruten", "Avbruten genom styrelsebeslut 2025-03-18, ingår i ny underhållsplan", "2025-03-20")],
     "UTGAR", ""),
    ("Surahammars Bostads AB", "Ekonomi", "Attest av leverantörsfakturor",
     "VD",
     [("Tertial 2 2025", "Klar", "Se bilaga", "2025-09-03")],
     "GENOMFORD", ""),
    ("Surahammars Bostads AB", "Säkerhet", "Brandskyddsrond i trapphus och källarförråd",
     "Fastighetschef",
     [("Tertial 1 2025", "", "", ""),
      ("Tertial 2 2025", "", "Planerat till oktober", "2025-09-03")],
     "EJ_GENOMFORD", ""),
]


def make_stratsys():
    lines = []
    lines.append(["Internkontroll 2025 - Uppföljning kontrollmoment", "", "", "", "", "", "", ""])
    lines.append(["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
                  "Kommentar", "Senast uppdaterad"])
    for enhet, omr, km, ansv, periods, status, avv in STR_ROWS:
        for per, st, kom, upd in periods:
            lines.append([enhet, omr, km, ansv, per, st, kom, upd])
        exp(STR_FILE, enhet, km, status, avv)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    with open(os.path.join(OUT, STR_FILE), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    FILES.append((STR_FILE, "INLAST", SKTAB, YEAR, PERIOD))
    FILES.append((STR_FILE, "INLAST", SBAB, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (tjänsteskrivelse) without any follow-up in it
# ---------------------------------------------------------------------------
REJ_FILE = "Tjänsteskrivelse uppföljning IK T2 TN.docx"


def make_reject():
    d = docx.Document()
    docx_props(d, "Per Karlsson", "Tjänsteskrivelse")
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SURAHAMMARS KOMMUN\tTJÄNSTESKRIVELSE\t2025-09-05"
    d.add_paragraph("Tekniska förvaltningen\nPer Karlsson, teknisk chef\nDnr TN 2025/31")
    d.add_paragraph("Tekniska nämnden")
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll, tertial 2 2025")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.add_run("Förslag till beslut").bold = True
    d.add_paragraph("Tekniska nämnden godkänner uppföljningen av internkontrollplanen per den 31 augusti "
                    "2025 och överlämnar den till kommunstyrelsen.")
    p = d.add_paragraph()
    p.add_run("Ärendebeskrivning").bold = True
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan "
        "i samband med delårs- och årsbokslut. Förvaltningen har sammanställt resultatet av de kontroller "
        "som ingår i nämndens plan för 2025. Uppföljningen redovisas i sin helhet i bilaga 1.")
    d.add_paragraph(
        "De avvikelser som har upptäckts bedöms vara av mindre omfattning och åtgärder har vidtagits "
        "eller planeras. Kontroller som inte har slutförts kommer att redovisas i årsuppföljningen.")
    p = d.add_paragraph()
    p.add_run("Ekonomiska konsekvenser").bold = True
    d.add_paragraph("Ärendet har inga ekonomiska konsekvenser.")
    p = d.add_paragraph()
    p.add_run("Bilagor").bold = True
    d.add_paragraph("1. Uppföljning av intern kontroll 2025, tertial 2")
    d.add_paragraph("\nPer Karlsson\nTeknisk chef")
    d.add_paragraph("Beslutet skickas till: Kommunstyrelsen, Ekonomikontoret")
    path = os.path.join(OUT, REJ_FILE)
    d.save(path)
    normalize_zip(path)
    FILES.append((REJ_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Bygg och miljö"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Surahammars Kommunalteknik AB", "SKTAB|Kommunalteknik"),
    ("Surahammars Bostads AB", "SBAB|Bostadsbolaget"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def check():
    """Read every file back and convert with LibreOffice; check CSV consistency."""
    ok = True
    reg = {n for n, _ in NAMNDER}
    inlast = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, km, s, a in EXPECTED:
        if (f, n) not in inlast:
            print("NOT IN files.csv:", f, n); ok = False
        if n not in reg:
            print("NOT IN REGISTER:", n); ok = False
    for f, u, n, _, _ in FILES:
        if u == "INLAST" and not any(e[0] == f and e[1] == n for e in EXPECTED):
            print("NO CONTROLS FOR", f, n); ok = False
    tmp = "/tmp/r488-check"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for f, *_ in dict.fromkeys((x[0],) for x in FILES):
        p = os.path.join(OUT, f)
        ext = f.rsplit(".", 1)[1]
        target = {"xlsx": "csv", "xls": "csv", "docx": "txt", "odt": "txt", "csv": None}[ext]
        if target:
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round488",
                            "--convert-to", (target + ":Text - txt - csv (StarCalc):59,34,76" if target == "csv" else target + ":Text (encoded):UTF8"), "--outdir", tmp, p],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            outp = os.path.join(tmp, f.rsplit(".", 1)[0] + "." + target)
            if not os.path.exists(outp) or os.path.getsize(outp) == 0:
                print("LibreOffice could not convert", f); ok = False
                continue
            text = open(outp, encoding="utf-8", errors="replace").read()
        else:
            text = open(p, encoding="utf-8-sig").read()
        import re
        norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
        ntext = norm(text)
        for e in EXPECTED:
            if e[0] == f and norm(e[2]) not in ntext:
                print("control text not found in", f, ":", e[2]); ok = False
        print("opened", f, len(text), "chars")
    shutil.rmtree(tmp, ignore_errors=True)
    print("CHECK", "OK" if ok else "FAILED")


def main():
    make_bun()
    make_sn()
    make_kfn()
    make_tn()
    make_ks()
    make_bmn()
    make_stratsys()
    make_reject()
    write_csvs()
    if "--check" in sys.argv:
        check()


if __name__ == "__main__":
    main()
