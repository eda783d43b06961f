#!/usr/bin/python3
"""Round 73 – Borås stad, delår 2025.  Builds all follow-up files and the three CSVs from scratch."""
import csv
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H, Span
from odf.number import DateStyle, Year, Month, Day, Text as NText

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


def add_expected(fil, namnd, controls):
    for c in controls:
        EXPECTED.append((fil, namnd, c["km"], c["exp"], c["avv"]))


# ---------------------------------------------------------------------------
# 1. Förskolenämnden – Word, one small table per control, status row with
#    checkbox content controls (w14:checkbox, ☐/☒).
# ---------------------------------------------------------------------------
FSN = [
    dict(proc="Ekonomi – attest och utbetalning",
         km="Kontroll att attest av leverantörsfakturor sker enligt attestordningen – stickprov av 25 fakturor",
         ansv="Controller", boxes=(1, 0, 0),
         res="Stickprov av 25 fakturor från mars–juni. 2 fakturor hade attesterats av ersättare som inte fanns med i "
             "gällande attestförteckning.",
         atg="Attestförteckningen uppdateras och skickas ut till samtliga rektorer. Ny kontroll vid helår.",
         exp="GENOMFORD", avv="ja"),
    dict(proc="Ekonomi – avgifter",
         km="Stickprov av 15 placeringar: barnomsorgsavgift debiterad enligt aktuell inkomstuppgift",
         ansv="Enhetschef placering och avgifter", boxes=(0, 1, 0),
         res="8 av 15 placeringar är kontrollerade, samtliga korrekt debiterade. Resterande kontrolleras i september.",
         atg="", exp="DELVIS", avv="nej"),
    dict(proc="Trygghet och studiero",
         km="Kontroll att anmälningar om kränkande behandling rapporterats till huvudman inom fem arbetsdagar",
         ansv="Kvalitetsstrateg", boxes=(0, 0, 1),
         res="Kontrollen har inte hunnits med under våren. Planeras till oktober.",
         atg="", exp="EJ_GENOMFORD", avv="nej"),
    dict(proc="Informationssäkerhet",
         km="Kontroll av behörigheter i IST Förskola: avslutade anställningar ska vara borttagna",
         ansv="Systemförvaltare", boxes=(1, 1, 0),
         res="Behörighetslistan gicks igenom i maj. Fyra konton för avslutade vikarier låg kvar och har tagits bort.",
         atg="Påminnelse till förskolecheferna om rutinen vid avslut av anställning.",
         exp="OKLAR", avv="ja"),
    dict(proc="Kost och allergier",
         km="Kontroll att rutinen för specialkost följs på sex slumpvis valda förskolor",
         ansv="Verksamhetsutvecklare", boxes=(0, 0, 0),
         res="Kontrollen har genomförts på samtliga sex förskolor (bl.a. Sjöbo, Norrby och Hässleholmen) utan anmärkning.",
         atg="", exp="GENOMFORD", avv="nej"),
    dict(proc="Säkerhet",
         km="Kontroll att egenkontroll av systematiskt brandskyddsarbete (SBA) dokumenterats kvartalsvis",
         ansv="Säkerhetssamordnare", boxes=(0, 0, 0),
         res="", atg="", exp="SAKNAS", avv="nej"),
    dict(proc="Inköp och upphandling",
         km="Avtalstrohet: stickprov av 20 direktupphandlingar under 100 tkr mot riktlinjen för direktupphandling",
         ansv="Ekonomichef", boxes=(1, 0, 0),
         res="Av 20 granskade direktupphandlingar saknade 3 dokumentation av jämförelse mellan leverantörer.",
         atg="Utbildning i direktupphandling för administratörer hösten 2025.",
         exp="GENOMFORD", avv="ja"),
    dict(proc="Personal",
         km="Kontroll att utdrag ur belastningsregistret uppvisats före anställning",
         ansv="HR-specialist", boxes=(0, 1, 0),
         res="Kontrollen är påbörjad, 12 av 30 nyanställningar granskade – samtliga hade uppvisat utdrag.",
         atg="", exp="DELVIS", avv="nej"),
]


def checkbox_sdt(checked, sdt_id):
    glyph = "☒" if checked else "☐"
    xml = (
        f'<w:sdt {nsdecls("w", "w14")}>'
        f'<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:id w:val="{sdt_id}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
        f'w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    return parse_xml(xml)


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def build_fsn():
    fil = "Förskolenämnden uppföljning IKP delår 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Förskolenämnden – delårsuppföljning per 31 augusti 2025").bold = True
    d.add_paragraph("Diarienummer: FSN 2024-00312")
    d.add_paragraph(
        "Förskolenämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen omfattar åtta "
        "kontrollmoment. Nedan redovisas status för respektive kontrollmoment per den 31 augusti. "
        "Kontrollmoment som inte är slutförda följs upp på nytt i samband med årsredovisningen.")
    ip = d.add_paragraph()
    r = ip.add_run("Instruktion: Markera status genom att klicka i rätt ruta. Beskriv resultatet och eventuella "
                   "åtgärder i fälten nedanför.")
    r.italic = True
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    sdt_id = 1207001
    for i, c in enumerate(FSN, 1):
        d.add_heading(f"{i}. {c['proc']}", level=2)
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        labels = ["Kontrollmoment", "Ansvarig", "Status delår", "Resultat/iakttagelser", "Åtgärd"]
        for ri, lab in enumerate(labels):
            lc = t.rows[ri].cells[0]
            lc.text = ""
            lc.paragraphs[0].add_run(lab).bold = True
            set_cell_bg(lc, "DEEAF6")
            lc.width = Cm(4.2)
            t.rows[ri].cells[1].width = Cm(12)
        t.rows[0].cells[1].text = c["km"]
        t.rows[1].cells[1].text = c["ansv"]
        sp = t.rows[2].cells[1].paragraphs[0]
        for checked, label in zip(c["boxes"], ["Genomförd", "Delvis", "Ej genomförd"]):
            sp._p.append(checkbox_sdt(checked, sdt_id))
            sdt_id += 1
            sp.add_run(f" {label}      ")
        t.rows[3].cells[1].text = c["res"]
        t.rows[4].cells[1].text = c["atg"]
        d.add_paragraph()
    d.add_paragraph("Borås 2025-09-08")
    d.add_paragraph("Karin Ek, förvaltningschef Förskoleförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Förskolenämnden", "2025", "DELAR"))
    add_expected(fil, "Förskolenämnden", FSN)


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden – xlsx; one control removed by strikethrough only,
#    one partial strikethrough (rich text) in the Frekvens column.
# ---------------------------------------------------------------------------
TN = [
    ("Ekonomi", None),
    dict(nr="1", proc="Fakturahantering", risk="Felaktiga priser debiteras",
         km="Stickprov av 20 leverantörsfakturor mot avtalade á-priser (entreprenad gatudrift)",
         frek="Halvår", ansv="Controller", status="Genomförd",
         kom="Två fakturor med felaktigt á-pris för asfaltslagning, kreditering begärd och mottagen.",
         exp="GENOMFORD", avv="ja"),
    dict(nr="2", proc="Representation", risk="Representation utan tydligt syfte",
         km="Kontroll att representation redovisas med deltagare och syfte",
         frek="Tertial", ansv="Ekonom", status="Genomförd", kom="Inga avvikelser.",
         exp="GENOMFORD", avv="nej"),
    dict(nr="3", proc="Entreprenaduppföljning", risk="Betalning för ej utförda tjänster",
         km="Uppföljning av vinterväghållningsentreprenad – utförda plogningar mot beställning",
         frek="Vintersäsong", ansv="Driftchef", status="", kom="",
         exp="UTGAR", avv="nej", strike=True),
    dict(nr="4", proc="Kontanthantering", risk="Svinn vid tömning av parkeringsautomater",
         km="Kontroll av tömningslistor för parkeringsautomater mot redovisade intäkter",
         frek="Månad", ansv="Parkeringschef", status="Pågår",
         kom="Tömningslistor för januari–juni kontrollerade utan anmärkning, juli–augusti återstår.",
         exp="DELVIS", avv="nej"),
    dict(nr="5", proc="Avtal", risk="Inhyrning utan avtal",
         km="Genomgång av att avtal finns för samtliga inhyrda maskiner och fordon",
         frek="År", ansv="Fordonssamordnare", status="Ej påbörjad",
         kom="Skjuts till hösten på grund av vakans.", exp="EJ_GENOMFORD", avv="nej"),
    ("Verksamhet", None),
    dict(nr="6", proc="Felanmälan", risk="Brister i gatumiljön åtgärdas inte i tid",
         km="Kontroll att felanmälningar i Infracontrol åtgärdas inom utlovad tid (stickprov 30 ärenden)",
         frek="RICH", ansv="Gatuchef", status="Genomförd",
         kom="22 av 30 ärenden åtgärdade inom utlovad tid, 8 försenade (främst belysning).",
         exp="GENOMFORD", avv="ja"),
    dict(nr="7", proc="Schaktarbeten", risk="Olycksrisk vid schakter",
         km="Kontroll att schaktanmälan och godkänd TA-plan finns för pågående schakter",
         frek="Tertial", ansv="Trafikingenjör", status="?", kom="",
         exp="OKLAR", avv="nej"),
    ("Personal och arbetsmiljö", None),
    dict(nr="8", proc="Arbetsmiljö", risk="Olyckor på depåerna",
         km="Kontroll att skyddsrond genomförts på samtliga depåer (Getängen, Sandared, Dalsjöfors)",
         frek="År", ansv="Avdelningschef drift", status="Genomförd",
         kom="Skyddsronder genomförda i april. Åtgärdslistor upprättade.", exp="GENOMFORD", avv="nej"),
    dict(nr="9", proc="Arbetsmiljö", risk="Ensamarbete utan larm",
         km="Kontroll att personlarm finns och testas för medarbetare i ensamarbete",
         frek="Halvår", ansv="Avdelningschef drift", status="Delvis",
         kom="Larm finns för alla, testrutin inte dokumenterad på Sandared.", exp="DELVIS", avv="ja"),
]
RICH_MARK = "@@RICHFREK@@"


def build_tn():
    fil = "TN Internkontroll 2025 uppf delår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Sammanställd av: Ekonomienheten, Tekniska förvaltningen 2025-09-04"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar/resultat"]
    ws.append([])
    ws.append(hdr)
    hrow = ws.max_row
    thin = Side(style="thin", color="999999")
    for c in ws[hrow]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for item in TN:
        if isinstance(item, tuple):
            ws.append([item[0]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            continue
        frek = RICH_MARK if item["frek"] == "RICH" else item["frek"]
        ws.append([item["nr"], item["proc"], item["risk"], item["km"], frek, item["ansv"],
                   item["status"] or None, item["kom"] or None])
        r = ws.max_row
        for ci in range(1, 9):
            cell = ws.cell(r, ci)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if item.get("strike"):
                cell.font = Font(strike=True, color="7F7F7F")
    for col, w in zip("ABCDEFGH", [5, 20, 26, 50, 14, 18, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hrow + 1, 1)
    path = os.path.join(OUT, fil)
    wb.save(path)
    # Patch in rich text: "Kvartal" struck through, followed by " Halvår" (edited frequency, not a removal).
    # openpyxl here writes inline strings; handle shared strings too in case another version is used.
    runs = ('<r><rPr><strike/><sz val="11"/><color rgb="FF7F7F7F"/><rFont val="Calibri"/></rPr>'
            '<t>Kvartal</t></r><r><rPr><sz val="11"/><rFont val="Calibri"/></rPr>'
            '<t xml:space="preserve"> Halvår</t></r>')
    tmp = path + ".tmp"
    patched = 0
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"):
                s = data.decode("utf-8")
                s2, n1 = re.subn(r"<si><t>" + re.escape(RICH_MARK) + r"</t></si>", "<si>" + runs + "</si>", s)
                s2, n2 = re.subn(r"<is><t>" + re.escape(RICH_MARK) + r"</t></is>", "<is>" + runs + "</is>", s2)
                patched += n1 + n2
                data = s2.encode("utf-8")
            zout.writestr(info, data)
    assert patched == 1, patched
    os.replace(tmp, path)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))
    add_expected(fil, "Tekniska nämnden", [i for i in TN if isinstance(i, dict)])


# ---------------------------------------------------------------------------
# 3. Vård- och äldrenämnden – .xls, status codes 1–3, legend row above header.
# ---------------------------------------------------------------------------
VAN = [
    ("Myndighetsutövning och genomförande", None),
    dict(km="Kontroll att genomförandeplaner upprättats inom 14 dagar efter verkställt beslut (stickprov 20 brukare)",
         met="Stickprov i Lifecare", ansv="Enhetschefer hemtjänst", code=1,
         res="17 av 20 genomförandeplaner upprättade inom 14 dagar, 3 upprättades efter 3–5 veckor.",
         atg="Påminnelse i ledningsgrupp, ny kontroll T3.", exp="GENOMFORD", avv="ja"),
    dict(km="Kontroll att avvikelser enligt lex Sarah utreds och vid behov anmäls till IVO inom föreskriven tid",
         met="Genomgång av samtliga rapporter", ansv="Kvalitetsutvecklare", code=3,
         res="Ej genomförd på grund av byte av kvalitetsutvecklare under våren.", atg="Genomförs under hösten.",
         exp="EJ_GENOMFORD", avv="nej"),
    dict(km="Kontroll av hemtjänstens tidsregistrering i TES mot beviljade timmar",
         met="Jämförelse utförd/beviljad tid per område", ansv="Verksamhetscontroller", code=4,
         res="Avvaktar ny rapport från systemförvaltningen.", atg="",
         exp="OKLAR", avv="nej"),
    ("Hälso- och sjukvård", None),
    dict(km="Kontroll av läkemedelshantering – signeringslistor på tre vård- och omsorgsboenden",
         met="Granskning av signeringslistor april", ansv="MAS", code="2",
         res="Kristinegården och Sjöbogården kontrollerade utan anmärkning, Druvefors återstår.", atg="",
         exp="DELVIS", avv="nej"),
    dict(km="Kontroll att delegeringar för läkemedelsöverlämning är aktuella och förnyade inom ett år",
         met="Utdrag ur delegeringsregistret", ansv="MAS", code=1,
         res="Samtliga delegeringar aktuella.", atg="", exp="GENOMFORD", avv="nej"),
    dict(km="Loggkontroll i Lifecare: otillåten åtkomst till journaler",
         met="Slumpvis loggkontroll 30 användare", ansv="Systemförvaltare", code=1,
         res="Ingen otillåten åtkomst upptäckt.", atg="", exp="GENOMFORD", avv="nej"),
    ("Ekonomi", None),
    dict(km="Kontroll att brukarnas privata medel hanteras enligt rutin (kassabok, kvitton, två signaturer)",
         met="Stickprov på boenden", ansv="Enhetschefer VoB", code=None,
         res="Kontrollen är genomförd på samtliga boenden, inga anmärkningar.", atg="",
         exp="GENOMFORD", avv="nej"),
    dict(km="Kontroll av debiterade omsorgsavgifter mot beslut (stickprov 15 brukare)",
         met="Stickprov i avgiftssystemet", ansv="Avgiftshandläggare", code=2,
         res="9 av 15 kontrollerade. Ett fel i avgiftsberäkningen (bostadstillägg ej beaktat) upptäckt och rättat.",
         atg="", exp="DELVIS", avv="ja"),
    dict(km="Kontroll av nyckelhantering i hemtjänsten – kvittenser för utlämnade nycklar",
         met="Inventering nyckelskåp", ansv="Enhetschefer hemtjänst", code=None, res="", atg="",
         exp="SAKNAS", avv="nej"),
]


def build_van():
    fil = "VÄN uppföljning internkontroll aug 2025.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och äldrenämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: Tertial 2 (januari–augusti) 2025"
    ws["A3"] = "Statuskod:  1 = Genomförd   2 = Delvis genomförd/pågår   3 = Ej genomförd"
    ws["A3"].font = Font(italic=True, color="C00000")
    ws.merge_cells("A3:G3")
    hdr = ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Status (1-3)", "Resultat", "Åtgärd"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(4, ci, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 5
    area = ""
    for item in VAN:
        if isinstance(item, tuple):
            area = item[0]
            ws.cell(r, 1, area).font = Font(bold=True)
            r += 1
            continue
        vals = [None, item["km"], item["met"], item["ansv"], item["code"], item["res"] or None, item["atg"] or None]
        for ci, v in enumerate(vals, 1):
            ws.cell(r, ci, v).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFG", [22, 55, 28, 20, 11, 55, 30]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", "Vård- och äldrenämnden", "2025", "T2"))
    add_expected(fil, "Vård- och äldrenämnden", [i for i in VAN if isinstance(i, dict)])


# ---------------------------------------------------------------------------
# 4. Stadsledningskansliet.xlsx – Kommunstyrelsen only in the sheet (tab) name;
#    tick columns Genomförd / Delvis / Ej genomförd.
# ---------------------------------------------------------------------------
KS = [
    ("Styrning och ledning", None),
    dict(omr="Delegation", km="Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         tick=0, iakt="Samtliga delegationsbeslut januari–juni anmälda. Inga avvikelser.", atg="",
         exp="GENOMFORD", avv="nej"),
    dict(omr="Beslutsuppföljning", km="Uppföljning av att beslut i kommunfullmäktige verkställs",
         tick=1, iakt="Genomgång av beslut från 2024 klar, 2025 års beslut följs upp vid helår.", atg="",
         exp="DELVIS", avv="nej"),
    dict(omr="Krisberedskap", km="Kontroll att krisledningsplanen är uppdaterad och övad under året",
         tick=2, iakt="Planen är uppdaterad men övningen har flyttats till november.", atg="Övning 2025-11-13.",
         exp="EJ_GENOMFORD", avv="nej"),
    ("Ekonomi", None),
    dict(omr="Förtroendekänsliga poster",
         km="Stickprov av förtroendekänsliga poster (representation, resor, konferenser) – 30 verifikationer",
         tick=0, iakt="4 verifikationer saknade deltagarförteckning, 1 saknade syfte.",
         atg="Information till budgetansvariga om regler för representation.", exp="GENOMFORD", avv="ja"),
    dict(omr="Upphandling", km="Kontroll att upphandlingar över direktupphandlingsgränsen har annonserats",
         tick=None, iakt="", atg="", exp="SAKNAS", avv="nej"),
    ("HR och informationssäkerhet", None),
    dict(omr="Lön", km="Kontroll att lönetillägg och ersättningar utbetalas enligt beslut (stickprov 25)",
         tick=0, iakt="En felaktigt utbetald OB-ersättning (1 850 kr) upptäcktes och har återkrävts.", atg="",
         exp="GENOMFORD", avv="ja"),
    dict(omr="Bisysslor", km="Kontroll att samtliga chefer har lämnat uppgift om eventuella bisysslor",
         tick=1, iakt="Inventering pågår, 80 % av cheferna har svarat.", atg="", exp="DELVIS", avv="nej"),
    dict(omr="Dataskydd",
         km="Kontroll att personuppgiftsbiträdesavtal finns för samtliga system som behandlar personuppgifter",
         tick=None, iakt="Pågår – 14 av 22 system är genomgångna, avtal finns för dessa.", atg="",
         exp="DELVIS", avv="nej"),
]


def build_ks():
    fil = "Stadsledningskansliet.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kommunstyrelsen"
    ws["A1"] = "Uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsrapport per 31 augusti"
    ws["A3"] = "Markera med X i den kolumn som stämmer."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Iakttagelser",
           "Förbättringsåtgärder"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(5, ci, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 6
    for item in KS:
        if isinstance(item, tuple):
            ws.cell(r, 1, item[0]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ws.cell(r, 1, item["omr"])
        ws.cell(r, 2, item["km"]).alignment = Alignment(wrap_text=True, vertical="top")
        if item["tick"] is not None:
            c = ws.cell(r, 3 + item["tick"], "X")
            c.alignment = Alignment(horizontal="center")
        if item["iakt"]:
            ws.cell(r, 6, item["iakt"]).alignment = Alignment(wrap_text=True, vertical="top")
        if item["atg"]:
            ws.cell(r, 7, item["atg"]).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEFG", [24, 55, 11, 9, 13, 50, 35]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    add_expected(fil, "Kommunstyrelsen", [i for i in KS if isinstance(i, dict)])


# ---------------------------------------------------------------------------
# 5. Miljöförvaltningen.ods – nämnd in the title row, status words with a
#    trailing date; one status cell is a bare date.
# ---------------------------------------------------------------------------
MKN = [
    dict(nr="1", risk="Felaktig debitering av tillsynsavgifter",
         km="Kontroll att tillsynsavgift debiterats enligt taxa för genomförda inspektioner (stickprov 20)",
         metod="Stickprov Ecos mot Raindance", status="Genomförd 2025-06-12",
         kom="2 inspektioner hade inte debiterats. Fakturor skickade i efterhand.", exp="GENOMFORD", avv="ja"),
    dict(nr="2", risk="Beslut fattas utan delegation",
         km="Kontroll att beslut om föreläggande fattas enligt delegationsordningen",
         metod="Genomgång av 15 beslut", status="Genomförd 2025-05-08", kom="Inga avvikelser.",
         exp="GENOMFORD", avv="nej"),
    dict(nr="3", risk="Livsmedelskontrollen når inte planerad omfattning",
         km="Uppföljning av att livsmedelskontrollplanen följs – planerade mot utförda kontroller",
         metod="Rapport ur Ecos", status="Pågår 2025-08-20",
         kom="58 % av årets planerade kontroller utförda per 20 augusti.", exp="DELVIS", avv="nej"),
    dict(nr="4", risk="Långa handläggningstider",
         km="Kontroll av handläggningstider för ansökan om enskilt avlopp (mål: högst 6 veckor)",
         metod="Rapport ur Ecos", status="Delvis 2025-05-30",
         kom="Ärenden t.o.m. april kontrollerade: mediantid 8 veckor, dvs. över målet.", exp="DELVIS", avv="ja"),
    dict(nr="5", risk="Klagomål registreras inte",
         km="Kontroll av diarieföring av inkomna klagomål och anmälningar i Ecos",
         metod="Stickprov 20 ärenden", status="Ej påbörjad", kom="Planerad till hösten.",
         exp="EJ_GENOMFORD", avv="nej"),
    dict(nr="6", risk="Jäv vid tillsyn",
         km="Kontroll att jävsdeklaration finns för samtliga handläggare",
         metod="Genomgång personalakter", status="Utgår 2025-03-19",
         kom="Ersätts av stadsövergripande kontroll enligt beslut MKN 2025-03-19 § 34.",
         exp="UTGAR", avv="nej"),
    dict(nr="7", risk="Konsumenter får inte svar",
         km="Kontroll att konsumentvägledningens ärenden avslutas med återkoppling till konsumenten",
         metod="Stickprov 10 ärenden", status="DATE:2025-07-01", kom="", exp="OKLAR", avv="nej"),
    dict(nr="8", risk="Svinn i kontanthantering",
         km="Kontroll av kassa vid försäljning av provtagningskit för enskilda brunnar",
         metod="Kassainventering", status="Genomförd 2025-04-02", kom="Kassan stämde mot kassarapporten.",
         exp="GENOMFORD", avv="nej"),
]


def build_mkn():
    fil = "Miljöförvaltningen.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdrs = Style(name="hdr", family="table-cell")
    hdrs.addElement(TextProperties(fontweight="bold"))
    hdrs.addElement(TableCellProperties(backgroundcolor="#C6E0B4", wrapoption="wrap"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    ds = DateStyle(name="N37")
    ds.addElement(Year(style="long"))
    ds.addElement(NText(text="-"))
    ds.addElement(Month(style="long"))
    ds.addElement(NText(text="-"))
    ds.addElement(Day(style="long"))
    doc.automaticstyles.addElement(ds)
    datec = Style(name="datec", family="table-cell", datastylename="N37")
    datec.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    for s in (bold, big, hdrs, wrap, datec):
        doc.automaticstyles.addElement(s)
    widths = ["1.0cm", "5.5cm", "9.5cm", "4.5cm", "4.0cm", "8.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="Uppföljning delår")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tr.addElement(TableCell())
            elif isinstance(v, str) and v.startswith("DATE:"):
                dv = v[5:]
                tc = TableCell(valuetype="date", datevalue=dv, stylename=datec)
                tc.addElement(P(text=dv))
                tr.addElement(tc)
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
        t.addElement(tr)

    row(["Miljö- och konsumentnämnden"], big)
    row(["Uppföljning av internkontrollplan 2025 – delårsrapport augusti"], bold)
    row(["Status anges med datum för senaste uppdatering."])
    row([])
    row(["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"], hdrs)
    for c in MKN:
        row([c["nr"], c["risk"], c["km"], c["metod"], c["status"], c["kom"]], wrap)
    row([])
    row(["", "Uppdaterad av: Lena Sandberg, miljöcontroller"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och konsumentnämnden", "2025", "DELAR"))
    add_expected(fil, "Miljö- och konsumentnämnden", MKN)


# ---------------------------------------------------------------------------
# 6. Stratsys-like CSV export (Windows-1252, ;), two nämnder, row per control
#    and period (Tertial 1 2025, Delår 2025).
# ---------------------------------------------------------------------------
STRAT = {
    "Kulturnämnden": [
        dict(proc="Skydd av tillgångar",
             km="Inventering av konstsamlingen – stickprov av 40 verk mot konstregistret",
             t1=("Påbörjad", "Stickprov påbörjat på Borås Konstmuseum."),
             d=("Genomförd", "3 verk kunde inte lokaliseras vid inventeringen, eftersökning pågår."),
             exp="GENOMFORD", avv="ja"),
        dict(proc="Intäkter",
             km="Kontroll av entréintäkter på Textilmuseet – kassarapport mot bokföring",
             t1=("Genomförd", "Kassarapporter jan–mars stämmer mot bokföringen."), d=("", ""),
             exp="GENOMFORD", avv="nej"),
        dict(proc="Bidrag",
             km="Kontroll att kulturföreningar som fått verksamhetsbidrag har redovisat enligt villkoren",
             t1=("Ej påbörjad", ""), d=("Delvis genomförd", "12 av 19 redovisningar inkomna och granskade."),
             exp="DELVIS", avv="nej"),
        dict(proc="Bibliotek",
             km="Kontroll av ersättningsfakturor för förkomna medier i bibliotekssystemet",
             t1=("", ""), d=("", ""), exp="SAKNAS", avv="nej"),
        dict(proc="Avtal",
             km="Kontroll att avtal med artister och föreläsare är undertecknade före evenemanget",
             t1=("Ej genomförd", ""), d=("Ej genomförd", "Kontrollen planeras till tertial 3."),
             exp="EJ_GENOMFORD", avv="nej"),
    ],
    "Fritids- och folkhälsonämnden": [
        dict(proc="Intäkter",
             km="Kontroll av bokningar och fakturering av idrottshallar (Boråshallen, Ryahallen)",
             t1=("Delvis genomförd", "Kontroll av januari–februari klar."),
             d=("Genomförd", "Sju bokningar hade inte fakturerats (totalt 14 tkr). Fakturerat i efterhand."),
             exp="GENOMFORD", avv="ja"),
        dict(proc="Bidrag",
             km="Kontroll att aktivitetsstöd till föreningar baseras på korrekta deltagarlistor",
             t1=("Pågående", "Stickprov i 5 föreningar."), d=("Pågående", "8 av 12 föreningar kontrollerade."),
             exp="DELVIS", avv="nej"),
        dict(proc="Kontanthantering",
             km="Kassaavstämning av badavgifter på Alidebergsbadet",
             t1=("Genomförd", "Inga differenser."),
             d=("Avbruten", "Kontrollen avbröts när kassasystemet byttes i juni."),
             exp="EJ_GENOMFORD", avv="nej"),
        dict(proc="Personal",
             km="Kontroll att registerutdrag har uppvisats för fritidsledare som arbetar med barn",
             t1=("", ""), d=("Utgår", "Utgår enligt nämndbeslut 2025-05-22 § 61."),
             exp="UTGAR", avv="nej"),
        dict(proc="Anläggningar",
             km="Kontroll att skadeanmälningar på idrottsanläggningar åtgärdas",
             t1=("", ""), d=("", "Samtliga 11 skadeanmälningar är åtgärdade, kontrollen är genomförd."),
             exp="GENOMFORD", avv="nej"),
    ],
}


def build_strat():
    fil = "Stratsys_export_internkontroll_20250905.csv"
    rows = [["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
             "Senast ändrad av"]]
    editors = {"Kulturnämnden": "Maria Holm", "Fritids- och folkhälsonämnden": "Johan Åkesson"}
    for namnd, ctrls in STRAT.items():
        for c in ctrls:
            for per, (st, kom) in (("Tertial 1 2025", c["t1"]), ("Delår 2025", c["d"])):
                rows.append([namnd, "Internkontrollplan 2025", c["proc"], c["km"], per, st, kom,
                             editors[namnd] if (st or kom) else ""])
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(rows)
    for namnd, ctrls in STRAT.items():
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
        add_expected(fil, namnd, ctrls)


# ---------------------------------------------------------------------------
# 7. Individ- och familjeomsorgsnämnden – .odt, headings per process and
#    label paragraphs ("Kontrollmoment:", "Status:", "Resultat:").
# ---------------------------------------------------------------------------
IFN = [
    ("Ekonomiskt bistånd", [
        dict(km="Stickprov av 20 utbetalningar av ekonomiskt bistånd – beslut och utbetalning överensstämmer",
             status="Utförd", res="En dubbelutbetalning (4 300 kr) identifierades och har återkrävts.",
             exp="GENOMFORD", avv="ja"),
        dict(km="Kontroll att beslut om ekonomiskt bistånd delges med besvärshänvisning",
             status="Ej aktuell", res="Ingår i den kommunövergripande granskningen av beslutsmallar 2025.",
             exp="UTGAR", avv="nej"),
    ]),
    ("Barn och unga", [
        dict(km="Kontroll att utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader",
             status="Delvis",
             res="Genomgång gjord för barn 0–12 år: av 64 utredningar överskred 9 fyramånadersgränsen. "
                 "Ungdomsenheten återstår.", exp="DELVIS", avv="ja"),
        dict(km="Kontroll att skyddsbedömning görs samma dag som orosanmälan inkommer",
             status="Klar", res="Samtliga 40 granskade orosanmälningar hade skyddsbedömning samma dag.",
             exp="GENOMFORD", avv="nej"),
        dict(km="Kontroll av placeringskostnader på HVB – fakturor mot avtal och beslut",
             status="Se bilaga", res="", exp="OKLAR", avv="nej"),
        dict(km="Kontroll att familjehem och kontaktpersoner har lämnat aktuellt registerutdrag",
             status="", res="Kontrollen har inte genomförts under perioden.", exp="EJ_GENOMFORD", avv="nej"),
    ]),
    ("Informationssäkerhet", [
        dict(km="Kontroll av behörigheter i Viva – att konton för avslutade medarbetare är spärrade",
             status="Genomförd med anmärkning", res="Tre konton för medarbetare som slutat i våras var inte spärrade. "
                                                     "Spärrade 2025-06-03.", exp="GENOMFORD", avv="ja"),
    ]),
]


def build_ifn():
    fil = "IFN uppföljning internkontrollplan delår 2025.odt"
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1F4E78"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Individ- och familjeomsorgsnämnden"))
    doc.text.addElement(P(text="Delårsuppföljning, perioden januari–augusti 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Nämnden har i internkontrollplanen för 2025 beslutat om sju kontrollmoment inom "
                               "tre processer. Nedan redovisas hur långt arbetet kommit per den 31 augusti. "
                               "Bilagor redovisas separat till nämnden."))
    for proc, ctrls in IFN:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"Process: {proc}"))
        for c in ctrls:
            for lab, val in (("Kontrollmoment: ", c["km"]), ("Status: ", c["status"]),
                             ("Resultat: ", c["res"])):
                p = P()
                p.addElement(Span(stylename=bold, text=lab))
                if val:
                    p.addText(val)
                doc.text.addElement(p)
            doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Borås 2025-09-10"))
    doc.text.addElement(P(text="Anders Lind, kvalitetsstrateg"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Individ- och familjeomsorgsnämnden", "2025", "DELAR"))
    add_expected(fil, "Individ- och familjeomsorgsnämnden", [c for _, cs in IFN for c in cs])


# ---------------------------------------------------------------------------
# 8. Grundskolenämnden – Hypergene-like TXT (UTF-16, tab) for helår 2024,
#    sent instead of the 2025 delår; colour words without legend.
# ---------------------------------------------------------------------------
GSN = [
    dict(omr="Skolskjuts", km="Kontroll av skolskjutsbeslut mot gällande riktlinjer (stickprov 25 beslut)",
         farg="Grön", kom="Inga avvikelser.", exp="GENOMFORD", avv="nej"),
    dict(omr="Närvaro", km="Kontroll att hög frånvaro följs upp enligt rutin för närvarofrämjande arbete",
         farg="Gul", kom="Rutinen följs delvis – 3 av 8 granskade skolor saknade dokumenterad uppföljning.",
         exp="DELVIS", avv="ja"),
    dict(omr="Ekonomi", km="Kontroll att tilläggsbelopp används för avsett ändamål",
         farg="Röd", kom="Ej genomförd på grund av resursbrist på ekonomienheten.", exp="EJ_GENOMFORD", avv="nej"),
    dict(omr="Tillgångar", km="Kontroll av inventarieförteckning över elevdatorer (Chromebooks)",
         farg="Grön", kom="Inventering genomförd. 41 enheter kunde inte återfinnas.", exp="GENOMFORD", avv="ja"),
    dict(omr="Trygghet", km="Kontroll att anmälningar om kränkande behandling hanteras enligt rutin",
         farg="Grön", kom="Rutinen följs.", exp="GENOMFORD", avv="nej"),
    dict(omr="Måltider", km="Kontroll att specialkost beställs utifrån aktuellt läkarintyg",
         farg="", kom="", exp="SAKNAS", avv="nej"),
]


def build_gsn():
    fil = "Hypergene_IK_export_GSN.txt"
    lines = ["Rapport: Internkontroll – uppföljning\tUtskriven: 2025-01-27 14:02", "",
             "Enhet\tPeriod\tKontrollområde\tKontrollmoment\tBedömning\tKommentar"]
    for c in GSN:
        lines.append("\t".join(["Grundskolenämnden", "Helår 2024", c["omr"], c["km"], c["farg"], c["kom"]]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-16", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", "Grundskolenämnden", "2024", "HELAR"))
    add_expected(fil, "Grundskolenämnden", GSN)


# ---------------------------------------------------------------------------
# 9. Word lock file left in the mail attachment folder.
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$rskolenämnden uppföljning IKP delår 2025.docx"
    name = "Karin Ek"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b"\x00")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(162, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Stadsledningskansliet"),
    ("Förskolenämnden", "FSN|Förskoleförvaltningen"),
    ("Grundskolenämnden", "GSN|Grundskoleförvaltningen"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Vård- och äldrenämnden", "VÄN|Vård- och äldreförvaltningen"),
    ("Individ- och familjeomsorgsnämnden", "IFN|IFO-nämnden|Individ- och familjeomsorgsförvaltningen"),
    ("Sociala omsorgsnämnden", "SON|Sociala omsorgsförvaltningen"),
    ("Kulturnämnden", "KN|Kulturförvaltningen"),
    ("Fritids- och folkhälsonämnden", "FOFN|Fritids- och folkhälsoförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och konsumentnämnden", "MKN|Miljöförvaltningen"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2]
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    clean_old()
    build_fsn()
    build_tn()
    build_van()
    build_ks()
    build_mkn()
    build_strat()
    build_ifn()
    build_gsn()
    build_lock()
    write_csvs()
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")
