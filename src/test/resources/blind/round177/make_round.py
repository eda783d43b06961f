#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r177 - Ekby kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
directly in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def norm(s):
    return " ".join(s.split())


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, norm(km), status, avv))


def fix_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def wb_fixed(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fit_rows(ws, first_row, last_row=None):
    """Set row heights from wrapped text length (LibreOffice/Excel do not always auto-fit)."""
    import math
    last_row = last_row or ws.max_row
    merged = set()
    for rng in ws.merged_cells.ranges:
        for row in range(rng.min_row, rng.max_row + 1):
            merged.add(row)
    for r in range(first_row, last_row + 1):
        if r in merged:
            continue
        lines = 1
        for c in ws[r]:
            if c.value is None or not isinstance(c.value, str):
                continue
            w = ws.column_dimensions[c.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / max(1.0, w * 1.05))) for part in c.value.split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 15 * lines + 2
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain xlsx, title block, process group rows, status words
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Uppföljning IKP 2025 Kommunstyrelsen helår.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        ("G", "Ekonomi"),
        ("C", "1.1", "Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per kvartal", "Kvartalsvis", "Redovisningsansvarig",
         "Genomförd",
         "120 fakturor granskade under året. I 2 fall hade fakturan attesterats av ersättare som inte var anmäld i attestantförteckningen.",
         "Attestantförteckningen uppdaterad i oktober.", "GENOMFORD", "ja"),
        ("C", "1.2", "Representation",
         "Kontroll att representation följer riktlinjer för representation (syfte, deltagare, alkohol)",
         "Granskning av samtliga verifikationer på konto 7631/7632", "Halvår", "Controller",
         "Genomförd med avvikelse",
         "24 verifikationer granskade. Deltagarförteckning saknades i 3 fall, i ett fall saknades syfte.",
         "Påminnelse till chefer via chefsforum. Ny blankett i e-handeln.", "GENOMFORD", "ja"),
        ("C", "1.3", "Inköp",
         "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Spendanalys", "Halvår", "Upphandlingschef",
         "Delvis genomförd",
         "Analys jan–jun klar: avtalstrohet 91 %, inga köp utanför avtal över direktupphandlingsgränsen. Andra halvåret analyseras i februari 2026 p.g.a. byte av e-handelssystem.",
         "", "DELVIS", "nej"),
        ("C", "1.4", "Kundfakturor",
         "Avstämning av kundreskontra och bevakning av obetalda kundfakturor",
         "Månadsavstämning", "Månadsvis", "Redovisningsansvarig",
         "Genomförd",
         "Avstämning gjord varje månad. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("G", "Personal och lön"),
        ("C", "2.1", "Lön",
         "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Körning av lista avslutade/utbetalda", "Månadsvis", "Lönechef",
         "Genomförd med avvikelse",
         "En felaktig utbetalning i juni (semesterersättning utbetald två gånger). Återkrav gjort och beloppet återbetalt i augusti.",
         "Dubbelkontroll av slutlöner införd.", "GENOMFORD", "ja"),
        ("C", "2.2", "Bisysslor",
         "Uppföljning av att bisysslor anmäls och prövas enligt riktlinjen",
         "Enkät till chefer + stickprov", "Årligen", "HR-chef",
         "Ej genomförd",
         "Ej genomförd p.g.a. vakans på HR-avdelningen under hösten.",
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("G", "Informationssäkerhet"),
        ("C", "3.1", "Behörigheter",
         "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
         "Behörighetslista mot HR-system", "Halvår", "Systemförvaltare ekonomi",
         "Genomförd",
         "Två aktiva konton för avslutade konsulter hittades och spärrades i november.",
         "Rutin för avslut av konsultkonton ses över.", "GENOMFORD", "ja"),
        ("C", "3.2", "IT-kontinuitet",
         "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
         "Återläsningstest", "Årligen", "IT-chef",
         "Delvis genomförd",
         "Test gjort utan anmärkning för ekonomisystemet och ärendehanteringssystemet. Lönesystemet kvarstår och testas i mars 2026.",
         "", "DELVIS", "nej"),
        ("G", "Styrning och ärendehantering"),
        ("C", "4.1", "Delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 20 beslut", "Årligen", "Kommunsekreterare",
         "Genomförd",
         "Stickprov 20 beslut: samtliga anmälda till KS.", "", "GENOMFORD", "nej"),
        ("C", "4.2", "Motioner",
         "Uppföljning av att motioner och medborgarförslag besvaras inom ett år",
         "Genomgång av diariet", "Årligen", "Kanslichef",
         None,
         "Redovisas till KF i april 2026 enligt årshjulet – uppföljningen för 2025 är inte gjord ännu.",
         "", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    wb_fixed(wb, "Maria Lindqvist")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd/styrelse:"
    ws["C2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["C3"] = "Helår (1 januari – 31 december 2025)"
    ws["A4"] = "Upprättad av:"
    ws["C4"] = "Maria Lindqvist, controller"
    ws["F4"] = "Datum:"
    ws["G4"] = "2026-01-19"
    for c in ("A2", "A3", "A4", "F4"):
        ws[c].font = Font(bold=True)
    heads = ["Nr", "Process/rutin", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Status", "Iakttagelser/kommentar", "Åtgärd"]
    r = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r += 1
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFD9D9D9")
            r += 1
            continue
        _, nr, proc, km, metod, frek, ansv, status, komm, atg, est, eav = row
        vals = [nr, proc, km, metod, frek, ansv, status, komm, atg]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        expect(fil, N, km, est, eav)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Kommunledningsförvaltningen bedömer att den interna kontrollen inom kommunstyrelsens "
                      "ansvarsområde i huvudsak har varit tillräcklig under 2025. Avvikelserna har åtgärdats.")
    ws.cell(r + 3, 1, "Anders Holm, kommundirektör")
    widths = [6, 18, 40, 24, 12, 20, 20, 55, 35]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.page_setup.orientation = "landscape"
    fit_rows(ws, 7, r - 2)
    wb.save(p(fil))
    fix_zip(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - traffic-light fills per tertial, legend below
# ---------------------------------------------------------------------------
GREEN = "FF00B050"
YELLOW = "FFFFFF00"
RED = "FFFF0000"
GREY = "FFBFBFBF"


def build_bun():
    fil = "BUN internkontroll helår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    # (nr, område, kontrollmoment, ansvarig, frekvens, T1, T2, H (colour, text), avv, kommentar, exp, expavv)
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningsekonom", "Per tertial", (GREEN, None), (GREEN, None), (GREEN, None), "N",
         "Stickprov 25 fakturor per tertial, inga fel.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att elevpeng till fristående skolor betalas ut med rätt belopp",
         "Förvaltningsekonom", "Per tertial", (GREEN, None), (YELLOW, None), (GREEN, None), "J",
         "Fel skolform registrerad för 3 elever i augusti, rättat och efterreglerat i september.",
         "GENOMFORD", "ja"),
        (3, "Skolplikt", "Uppföljning av elevers frånvaro och att skolpliktsbevakning sker",
         "Rektorer / elevhälsochef", "Per tertial", (YELLOW, None), (YELLOW, None), (YELLOW, None), "J",
         "Rutinen tillämpas på 6 av 8 skolor. Två skolor saknar dokumenterad uppföljning av långvarig frånvaro. "
         "Arbetet fortsätter vt 2026.", "DELVIS", "ja"),
        (4, "Trygghet och studiero",
         "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
         "Utvecklingsledare", "Per tertial", (GREEN, None), (GREEN, None), (RED, None), None,
         "Helårskontrollen är inte genomförd p.g.a. byte av system för anmälningar i november.",
         "EJ_GENOMFORD", ""),
        (5, "Förskola",
         "Kontroll av att avgifter i förskola debiteras utifrån aktuella inkomstuppgifter",
         "Handläggare barnomsorg", "Årligen", (None, None), (None, None), (GREEN, None), "N",
         "Inkomstkontroll mot Skatteverket gjord i oktober, 3 % av hushållen fick justerad avgift enligt rutin.",
         "GENOMFORD", "nej"),
        (6, "Personal",
         "Registerutdrag ur belastningsregistret kontrolleras vid nyanställning",
         "HR-konsult", "Per tertial", (GREEN, None), (GREEN, None), (GREEN, None), "J",
         "1 av 40 nyanställda saknade registerkontroll i personalakten, utdrag inhämtat i efterhand.",
         "GENOMFORD", "ja"),
        (7, "Skolskjuts",
         "Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
         "Skolskjutssamordnare", "Årligen", (None, None), (None, None), (GREY, None), None,
         "Utgår – ansvaret för skolskjuts flyttades till samhällsbyggnadsnämnden fr.o.m. 2025-07-01 (KF § 45).",
         "UTGAR", ""),
        (8, "Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet ses över två gånger per år",
         "Systemförvaltare", "2 ggr/år", (None, None), (GREEN, None), (None, None), None,
         None, "GENOMFORD", ""),
        (9, "Systematiskt kvalitetsarbete",
         "Uppföljning av att åtgärder i enheternas kvalitetsrapporter genomförs",
         "Kvalitetsstrateg", "Årligen", (None, None), (None, None), (YELLOW, "Pågår"), "N",
         "Dialoger med samtliga rektorer genomförda, sammanställning färdigställs i februari.",
         "DELVIS", "nej"),
    ]
    wb = openpyxl.Workbook()
    wb_fixed(wb, "Johan Sjöberg")
    ws = wb.active
    ws.title = "IKP 2025 BUN"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1, tertial 2 och helår"
    ws["A2"].font = Font(italic=True)
    heads = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "T1", "T2", "Helår",
             "Avvikelse noterad (J/N)", "Kommentar helår"]
    r = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFDDEBF7")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r += 1
    for (nr, omr, km, ansv, frek, t1, t2, h, avv, komm, est, eav) in rows:
        vals = [nr, omr, km, ansv, frek]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        for j, (col, txt) in enumerate((t1, t2, h)):
            c = ws.cell(r, 6 + j, txt)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center")
            if col:
                c.fill = PatternFill("solid", fgColor=col)
        c = ws.cell(r, 9, avv)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="top")
        c = ws.cell(r, 10, komm)
        c.border = BOX
        c.alignment = WRAP
        expect(fil, N, km, est, eav)
        r += 1
    r += 1
    ws.cell(r, 2, "Antal kontrollmoment: 9").font = Font(italic=True)
    r += 2
    ws.cell(r, 2, "Färgförklaring").font = Font(bold=True)
    for col, txt in ((GREEN, "Genomförd utan anmärkning"),
                     (YELLOW, "Delvis genomförd / pågår"),
                     (RED, "Ej genomförd"),
                     (GREY, "Utgår")):
        r += 1
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2).border = BOX
        ws.cell(r, 3, txt)
    r += 2
    ws.cell(r, 2, "Tomt fält = ingen kontroll planerad för perioden.").font = Font(italic=True)
    widths = [5, 20, 45, 20, 12, 7, 7, 7, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    fit_rows(ws, 5, 13)
    wb.save(p(fil))
    fix_zip(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    # the file the rejected lock file belongs to
    build_lock("~$" + fil, "Johan Sjöberg")


def build_lock(name, user):
    """Office owner/lock file as left behind when someone has the workbook open."""
    u = user.encode("cp1252")
    data = bytes([len(u)]) + u + b" " * (53 - len(u))
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data += b"\x20\x00" * ((162 - len(data)) // 2)
    data = data[:162].ljust(162, b"\x00")
    with open(p(name), "wb") as f:
        f.write(data)
    FILES.append((name, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word report, one long table over several pages, repeated header row
# ---------------------------------------------------------------------------
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_sn():
    fil = "Socialnämnden uppföljning internkontrollplan 2025.docx"
    N = "Socialnämnden"
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut och med rätt belopp",
         "Stickprov 20 akter per halvår. Jämförelse beslut – utbetalning i Procapita.",
         "40 akter har granskats (20 i maj, 20 i november). I 38 akter överensstämde utbetalning med beslut. "
         "I 2 fall hade utbetalning skett innan beslutet var signerat av handläggare med delegation. "
         "Beloppen var korrekta. Påminnelse om rutinen har gjorts på APT och i handläggarforum.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd",
         "Kontroll mot Försäkringskassan, CSN och Skatteverket (SSBTEK) vid nyansökan",
         "Stickprov 15 akter, nyansökningar.",
         "Kontroll via SSBTEK har gjorts i samtliga 15 granskade nyansökningar. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3", "Barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Systemuttag ur verksamhetssystemet per tertial.",
         "Under året inkom 612 orosanmälningar. 94 % av förhandsbedömningarna gjordes inom 14 dagar. "
         "Förseningarna var koncentrerade till juli–augusti då bemanningen var låg. "
         "Åtgärd: förstärkt mottagningsgrupp under sommaren 2026, schemat läggs redan i mars.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("4", "Barn och unga",
         "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Systemuttag, samtliga avslutade utredningar.",
         "Kontrollen är genomförd för första halvåret: 81 % av utredningarna avslutades inom fyra månader, "
         "19 % var förlängda och i några fall saknades beslut om förlängning. "
         "Uppföljningen av andra halvåret pågår, eftersom uttagen från det nya verksamhetssystemet ännu inte "
         "är validerade.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("5", "Barn och unga",
         "Uppföljning av att placerade barn har utsedd socialsekreterare och besöks enligt 11 kap. 3 a § SoL",
         "Genomgång av samtliga placeringar.",
         "Se bilaga 2.",
         "", "OKLAR", ""),
        ("6", "Vuxen",
         "Kontroll av att avgifter för boende debiteras enligt beslut",
         "Avstämning avgiftsbeslut mot fakturering, stickprov 10.",
         "Kontrollen har inte genomförts under året. Ansvarig enhetschef slutade i maj och tjänsten har "
         "varit vakant sedan dess. Kontrollmomentet förs över till internkontrollplan 2026.",
         "", "EJ_GENOMFORD", ""),
        ("7", "Personal",
         "Registerkontroll vid anställning inom barn- och ungdomsvården",
         "Genomgång av personalakter för nyanställda.",
         "23 nyanställningar under året. Utdrag ur belastningsregistret fanns dokumenterat för samtliga "
         "före anställningens start.",
         "Genomförd", "GENOMFORD", "nej"),
        ("8", "Dokumentation och sekretess",
         "Loggkontroll i verksamhetssystemet (stickprov avseende otillbörlig åtkomst)",
         "Loggkontroll tre gånger per år, 10 slumpvis valda personer per tillfälle.",
         "Loggkontroll genomförd i mars, juni och oktober. Ingen otillbörlig åtkomst har upptäckts. "
         "Rutinen för loggkontroll har reviderats och beslutats av förvaltningschef i september.",
         "Genomförd", "GENOMFORD", "nej"),
        ("9", "Avtal och uppföljning",
         "Uppföljning av avtal med externa utförare av HVB och konsulentstödda familjehem",
         "Avtalsuppföljning enligt mall, samtliga avtal under året.",
         "Uppföljning har gjorts av 4 av 9 avtal. Inga brister i de avtal som följts upp. "
         "Resterande fem avtal följs upp under första kvartalet 2026.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("10", "Synpunkter och klagomål",
         "Synpunkter och klagomål registreras och besvaras inom 10 arbetsdagar",
         "Uttag ur synpunktssystemet.",
         "Kontrollmomentet ersätts av den granskning som kommunledningsförvaltningen gör av kommunens "
         "gemensamma synpunktshantering, enligt beslut SN 2025-03-19 § 34.",
         "Utgår", "UTGAR", ""),
        ("11", "Arbetsmiljö",
         "Rapportering och uppföljning av hot- och våldssituationer enligt handlingsplanen",
         "Genomgång av tillbudsrapporter i KIA.",
         "17 händelser har rapporterats i KIA under året, varav 3 polisanmälda. Samtliga har följts upp "
         "av närmaste chef och skyddsombud. Handlingsplanen för hot och våld reviderades i september och "
         "har gåtts igenom på APT i alla arbetsgrupper.",
         "Genomförd", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sara Nyström"
    cp.last_modified_by = "Sara Nyström"
    cp.created = FIXED
    cp.modified = FIXED
    cp.title = "Uppföljning av internkontrollplan 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Ekby kommun\tSocialförvaltningen\tDnr SN 2025/112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Tjänsteskrivelse 2026-01-22"

    h = d.add_paragraph()
    run = h.add_run("Uppföljning av internkontrollplan 2025 – helår")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Socialnämnden").runs[0].bold = True
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplan för 2025 den 18 december 2024 (§ 152). Planen omfattar elva "
        "kontrollmoment som valts ut utifrån förvaltningens risk- och väsentlighetsanalys. Resultatet av "
        "kontrollerna redovisas i tabellen nedan. Avvikelser och föreslagna åtgärder beskrivs i kolumnen Resultat.")
    d.add_paragraph(
        "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår. "
        "Uppföljningen vid delåret redovisades för nämnden i september (SN 2025-09-24 § 101).")
    d.add_heading("Resultat av kontrollerna", level=2)
    heads = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Resultat helår 2025", "Status"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    widths = [Cm(1.0), Cm(2.6), Cm(3.7), Cm(2.6), Cm(4.4), Cm(2.3)]
    for i, txt in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(c, "D9E2F3")
        c.width = widths[i]
    set_repeat_header(t.rows[0])
    t.autofit = False
    for i, wd in enumerate(widths):
        t.columns[i].width = wd
    for (nr, proc, km, metod, res, status, est, eav) in rows:
        cells = t.add_row().cells
        for i, v in enumerate((nr, proc, km, metod, res, status)):
            cells[i].text = v
            cells[i].width = widths[i]
            for para in cells[i].paragraphs:
                for rn in para.runs:
                    rn.font.size = Pt(9.5)
        expect(fil, N, km, est, eav)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i allt väsentligt har varit tillräcklig. "
        "Två kontrollmoment har inte kunnat genomföras fullt ut och förs över till 2026 års plan.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den "
                    "till kommunstyrelsen.")
    d.add_paragraph("")
    d.add_paragraph("Karin Wallin\nSocialchef")
    d.add_paragraph("Sara Nyström\nKvalitetsutvecklare")
    d.save(p(fil))
    fix_zip(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - old .xls (BIFF8), PLAN/UPPFÖLJNING two-level header, letter codes
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON IK uppföljning 2025.xls"
    N = "Vård- och omsorgsnämnden"
    rows = [
        ("Hemtjänst", "Beviljade timmar i hemtjänst stäms av mot utförda timmar",
         "Månadsvis avstämning i planeringssystemet", "Enhetschef hemtjänst", "Löpande",
         "D", "G", "Ja", "Avvikelse >10 % i två arbetsgrupper under våren, åtgärdat med ny planering från sept.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Fakturering av omsorgsavgifter sker enligt beslut och aktuellt avgiftsunderlag",
         "Stickprov 20 brukare", "Avgiftshandläggare", "Oktober",
         "", "G", "Nej", "", "GENOMFORD", "nej"),
        ("Särskilt boende", "Läkemedelshantering:\nkontroll av signeringslistor och narkotikaförråd",
         "Kvalitetsgranskning", "MAS", "Kvartal",
         "D", "D", "Ja", "Genomfört på 4 av 6 boenden. Brister i kvittens av narkotikaklassade läkemedel på Björkgården.",
         "DELVIS", "ja"),
        ("Särskilt boende", "Uppföljning av att genomförandeplaner är upprättade och aktuella",
         "Journalgranskning 30 brukare", "Enhetschefer SÄBO", "Aug + dec",
         "D", "", "", "Slutförd i november, samtliga granskade brukare har aktuell genomförandeplan.",
         "GENOMFORD", "nej"),
        ("LSS", "Beslut enligt LSS verkställs inom tre månader (ej verkställda beslut rapporteras till IVO)",
         "Uttag ur verksamhetssystemet", "Enhetschef LSS", "Kvartal",
         "G", "G", "Nej", "", "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att timanställda inte överskrider LAS-gränser (företrädesrätt/konvertering)",
         "Rapport ur lönesystemet", "HR-konsult", "Halvår",
         "E", "E", "", "Ej genomförd, systemrapport saknas i nya lönesystemet.",
         "EJ_GENOMFORD", ""),
        ("Bemanning", "Inhyrd personal från bemanningsföretag avropas enligt ramavtal",
         "Genomgång av fakturor", "Controller", "Halvår",
         "G", "U", "", "Utgår – avtalet upphörde 2025-09-30 och ingen inhyrning har skett under hösten.",
         "UTGAR", ""),
        ("Informationssäkerhet", "Loggkontroller i journalsystemet",
         "Slumpvis 10 medarbetare/månad", "Systemförvaltare", "Månadsvis",
         "G", "G", "Ja", "3 fall av otillbörlig åtkomst, hanterade enligt rutin. Ett fall anmält till IMY.",
         "GENOMFORD", "ja"),
        ("Kvalitet", "Avvikelser och lex Sarah-rapporter utreds och återkopplas inom fastställd tid",
         "Genomgång av samtliga ärenden", "Kvalitetsstrateg", "Halvår",
         "D", "G", "Nej", "12 lex Sarah-rapporter under året, samtliga utredda inom tid.",
         "GENOMFORD", "nej"),
        ("Kost", "Kontroll av att specialkost levereras enligt beställning",
         "Stickprov vid leverans", "Kostchef", "Halvår",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: vert top, horiz centre")
    it = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "VÅRD- OCH OMSORGSNÄMNDEN", bold)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", b)
    ws.write(2, 0, "Statuskoder:  G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår", it)
    ws.write_merge(4, 4, 0, 4, "PLAN (fastställd VON 2024-12-11 § 118)", hdr)
    ws.write_merge(4, 4, 5, 8, "UPPFÖLJNING", hdr)
    heads = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "När",
             "Status delår (aug)", "Status helår", "Avvikelse", "Kommentar"]
    for i, h in enumerate(heads):
        ws.write(5, i, h, hdr)
    r = 6
    for (proc, km, metod, ansv, nar, dl, hl, avv, komm, est, eav) in rows:
        for i, v in enumerate((proc, km, metod, ansv, nar)):
            ws.write(r, i, v, cell)
        ws.write(r, 5, dl, code)
        ws.write(r, 6, hl, code)
        ws.write(r, 7, avv, code)
        ws.write(r, 8, komm, cell)
        import math
        lines = max(math.ceil(len(km) / 40) + km.count("\n"), math.ceil(len(komm) / 52), math.ceil(len(metod) / 25), 1)
        ws.row(r).height_mismatch = True
        ws.row(r).height = 260 * lines + 40
        expect(fil, N, km, est, eav)
        r += 1
    r += 1
    ws.write(r, 0, "Sammanställt av: Eva Berg, kvalitetsstrateg, 2026-01-16", it)
    ws.write(r + 1, 0, "Uppföljningen behandlas av VON 2026-02-11.", it)
    for i, w in enumerate([18, 42, 26, 20, 10, 11, 11, 10, 55]):
        ws.col(i).width = w * 256
    ws.row(5).height_mismatch = True
    ws.row(5).height = 560
    ws.portrait = False
    ws.fit_width_to_pages = 1
    ws.fit_height_to_pages = 0
    ws.fit_num_pages = 1
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen - CSV export (cp1252, ;), long format, two nämnder
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Export_internkontroll_SBF_2025.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnämnden"
    # each control: (enhet, område, km, ansvarig, [(period, status, kommentar, avvikelse)], exp, expavv)
    T2 = "2025 Tertial 2"
    H = "2025 Helår"
    ctrls = [
        (SBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom SBF",
         [(T2, "Slutförd", "Stickprov 20 fakturor, inga fel.", "Nej"),
          (H, "Slutförd", "Stickprov 40 fakturor totalt under året, inga fel.", "Nej")], "GENOMFORD", "nej"),
        (SBN, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlare",
         [(T2, "Pågående", "Genomgång påbörjad.", ""),
          (H, "Slutförd", "12 direktupphandlingar granskade, 5 saknade dokumentation av konkurrensutsättning.",
           "Ja")], "GENOMFORD", "ja"),
        (SBN, "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef",
         [(H, "Slutförd", "22 lekplatser besiktigade. 3 anmärkningar (lösa fästen, fallskydd) åtgärdade i oktober.",
           "Ja")], "GENOMFORD", "ja"),
        (SBN, "VA", "Kontroll av att VA-taxa debiteras korrekt vid nyanslutning", "VA-ekonom",
         [(T2, "Ej påbörjad", "", ""),
          (H, "Pågående", "Hälften av urvalet (8 av 16 anslutningar) kontrollerat, inga fel hittills.", "Nej")],
         "DELVIS", "nej"),
        (SBN, "Fastighet",
         "Uppföljning av att lagstadgade besiktningar (OVK, hissar) utförs i kommunens fastigheter",
         "Fastighetschef",
         [(T2, "Pågående", "Sammanställning av besiktningsprotokoll pågår.", ""),
          (H, "", "Kontrollen har inte hunnit genomföras under året, flyttas till 2026 års plan.", "")],
         "EJ_GENOMFORD", ""),
        (SBN, "Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
         "Trafikhandläggare",
         [(H, "Slutförd", "Ansvaret övertogs 1 juli. Stickprov 15 beslut, inga avvikelser.", "Nej")],
         "GENOMFORD", "nej"),
        (SBN, "Mark och exploatering",
         "Avtal vid markförsäljning följer KF:s riktlinjer för markanvisning", "Exploateringsingenjör",
         [(H, "Utgår", "Ej aktuellt – ingen markförsäljning har skett under 2025.", "")], "UTGAR", ""),
        (MBN, "Bygglov", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Bygglovschef",
         [(T2, "Slutförd", "Inga överskridanden jan–aug.", "Nej"),
          (H, "Slutförd", "4 av 212 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.", "Ja")],
         "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Tillsynsplan för livsmedelskontroll följs (planerade kontroller genomförda)",
         "Miljöchef",
         [(H, "Pågående", "78 % av planerade kontroller genomförda. Resterande läggs först i planen för 2026.",
           "Ja")], "DELVIS", "ja"),
        (MBN, "Avgifter", "Timavgifter för tillsyn debiteras enligt taxa", "Administratör",
         [(H, "Slutförd", "Stickprov 25 debiteringar, samtliga enligt taxa.", "Nej")], "GENOMFORD", "nej"),
        (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(T2, "Slutförd", "Samtliga beslut jan–aug anmälda.", "Nej"),
          (H, "Ej påbörjad", "Stickprov för sep–dec görs i januari 2026.", "")], "EJ_GENOMFORD", ""),
        (MBN, "Arkiv", "Ärenden avslutas och arkiveras i ärendesystemet", "Registrator",
         [(H, "", "", "")], "SAKNAS", ""),
    ]
    lines = ["Internkontroll – uppföljning 2025;;;;;;;;",
             "Enhet;Kontrollområde;Kontrollmoment;Ansvarig;Period;Status;Kommentar;Avvikelse;Senast ändrad"]
    stamp = ["2025-09-12", "2026-01-13"]

    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    for enhet, omr, km, ansv, pers, est, eav in ctrls:
        for per, stt, komm, avv in pers:
            ts = stamp[0] if per == T2 else stamp[1]
            lines.append(";".join(q(x) for x in (enhet, omr, km, ansv, per, stt, komm, avv, ts)))
        expect(fil, enhet, km, est, eav)
    with open(p(fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - tick columns, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_IK_helar_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    X = "x"
    rows = [
        ("G", "Ekonomi"),
        ("C", "Kontantkassor i bibliotek och simhall inventeras och stäms av",
         "Oanmäld kassainventering", "Administrativ chef", X, "", "",
         "4 oanmälda inventeringar. Differens 120 kr i simhallens kassa, rutin för dagskassa förtydligad.",
         "GENOMFORD", "ja"),
        ("C", "Föreningsbidrag betalas ut enligt beslut och regler för föreningsbidrag",
         "Stickprov 10 föreningar", "Föreningskonsulent", X, "", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "Uthyrning av lokaler och anläggningar faktureras",
         "Bokningssystem mot fakturering", "Bokningsansvarig", "", X, "",
         "Avstämt för jan–jun utan fel. Andra halvåret ej klart p.g.a. sjukskrivning.", "DELVIS", "nej"),
        ("C", "Bidrag till studieförbund följs upp mot redovisad verksamhet",
         "Granskning av verksamhetsredovisning", "Föreningskonsulent", X, "", "",
         "Genomförd. Ett studieförbund har återbetalat 18 000 kr för ej genomförd verksamhet.",
         "GENOMFORD", "ja"),
        ("G", "Verksamhet"),
        ("C", "Inventarieförteckning för musikskolans instrument är aktuell",
         "Inventering", "Musikskolechef", "", "", X,
         "Inventeringen flyttad till vårterminen 2026.", "EJ_GENOMFORD", ""),
        ("C", "Registerutdrag kontrolleras för ledare i feriepraktik och lovverksamhet",
         "Genomgång av anställningar sommar", "Fritidschef", X, "", X,
         "Gäller sommarlovet.", "OKLAR", ""),
        ("C", "Avtal med extern caféentreprenör i kulturhuset följs upp",
         "Avtalsuppföljning", "Kulturchef", "", "", "",
         "Ej aktuellt – avtalet upphörde 2025-03-31.", "UTGAR", ""),
        ("G", "Säkerhet"),
        ("C", "Brandskyddskontroller (SBA) genomförs i kulturhuset och på fritidsgårdarna",
         "Egenkontroll enligt checklista", "Säkerhetsombud", "", "", "",
         "Klart, protokoll finns hos fastighetsansvarig. Inga brister.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    wb_fixed(wb, "Lena Persson")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontroll 2025 – helårsrapport"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med x i den kolumn som stämmer. Kommentera alltid avvikelser."
    ws["A2"].font = Font(italic=True, color="FF595959")
    heads = ["Kontrollmoment", "Hur", "Vem", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    r = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FFFCE4D6")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r += 1
    for row in rows:
        if row[0] == "G":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, italic=True)
            r += 1
            continue
        _, km, hur, vem, g, dv, ej, komm, est, eav = row
        for i, v in enumerate((km, hur, vem, g, dv, ej, komm), 1):
            c = ws.cell(r, i, v if v else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= i <= 6 else None)
        expect(fil, N, km, est, eav)
        r += 1
    for i, w in enumerate([48, 28, 20, 11, 9, 12, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fit_rows(ws, 5)
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Helår 2025"
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.save(p(fil))
    fix_zip(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Ekby Bostäder AB - bolag template, risk matrix plan columns beside follow-up, Klart Ja/Nej
# ---------------------------------------------------------------------------
def build_bolag():
    fil = "Ekby Bostäder AB - Internkontroll 2025.xlsx"
    N = "Ekby Bostäder AB"
    rows = [
        ("Hyresadministration", "Felaktiga hyresdebiteringar", 2, 3,
         "Avstämning av hyresavier mot hyreskontrakt (stickprov 25 kontrakt)", "Ekonomichef",
         "2025-10-15", "Inga avvikelser.", "Ja", "GENOMFORD", "nej"),
        ("Hyresfordringar", "Kundförluster", 3, 2,
         "Kontroll av hyresskulder och att kravrutinen följs", "Ekonomiassistent",
         "2025-11-20", "Kravrutinen följs. 3 ärenden lämnade till Kronofogden enligt rutin.", "Ja",
         "GENOMFORD", "nej"),
        ("Inköp", "Oegentligheter vid inköp", 2, 4,
         "Attest av leverantörsfakturor enligt attestinstruktion", "Ekonomichef",
         "2025-12-05", "2 fakturor över 100 tkr saknade andra attest. Rättat, påminnelse till förvaltare.", "Ja",
         "GENOMFORD", "ja"),
        ("Upphandling", "Otillåten direktupphandling", 2, 4,
         "Avrop från ramavtal för entreprenader följer LOU", "Inköpsansvarig",
         "", "Pågår. 6 av 10 avrop granskade, inga fel hittills.", "Nej", "DELVIS", "nej"),
        ("Fastighetsunderhåll", "Eftersatt underhåll", 3, 3,
         "Underhållsplan uppdateras och följs upp mot budget", "Teknisk chef",
         "", "Görs i samband med bokslutet i februari 2026.", "", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Brand i bostadsområde", 2, 4,
         "Systematiskt brandskyddsarbete (SBA) i bostadsområden dokumenteras", "Områdeschefer",
         "2025-11-30", "Egenkontroller genomförda i samtliga 14 områden. Brister i 2 områden (belamrade "
         "trapphus), åtgärdade efter påpekande.", "Ja", "GENOMFORD", "ja"),
        ("Nyckelhantering", "Obehörigt tillträde", 2, 3,
         "Inventering av huvudnycklar och passersystem", "Säkerhetsansvarig",
         "", "Ej genomförd p.g.a. byte av låssystem. Flyttas till 2026.", "Nej", "EJ_GENOMFORD", ""),
        ("GDPR", "Personuppgifter sparas för länge", 2, 2,
         "Gallring av personuppgifter för avflyttade hyresgäster och bostadssökande", "Dataskyddsombud",
         "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    wb_fixed(wb, "Lars Ekström")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "EKBY BOSTÄDER AB"
    ws["A1"].font = Font(bold=True, size=14, color="FF7B2C0E")
    ws["A2"] = "Internkontrollplan 2025 inkl. uppföljning per 2025-12-31"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Plan fastställd av styrelsen 2025-02-20. Uppföljning redovisas för styrelsen 2026-02-19."
    ws.merge_cells("A5:E5")
    ws["A5"] = "RISKBEDÖMNING"
    ws.merge_cells("F5:G5")
    ws["F5"] = "KONTROLL"
    ws.merge_cells("H5:J5")
    ws["H5"] = "UPPFÖLJNING"
    for c in ("A5", "F5", "H5"):
        ws[c].font = Font(bold=True, color="FFFFFFFF")
        ws[c].fill = PatternFill("solid", fgColor="FF7B2C0E")
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["Process", "Risk", "S", "K", "RV", "Kontroll", "Ansvarig", "Utfört (datum)",
             "Resultat/iakttagelse", "Klart (Ja/Nej)"]
    r = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FFF2DCDB")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r += 1
    for (proc, risk, s, k, km, ansv, dat, res, klart, est, eav) in rows:
        rv = s * k
        vals = [proc, risk, s, k, rv, km, ansv, dat, res, klart]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        rvc = ws.cell(r, 5)
        rvc.fill = PatternFill("solid", fgColor="FFFFC7CE" if rv >= 8 else ("FFFFEB9C" if rv >= 5 else "FFC6EFCE"))
        expect(fil, N, km, est, eav)
        r += 1
    r += 1
    ws.cell(r, 1, "S = sannolikhet (1–4), K = konsekvens (1–4), RV = riskvärde S×K").font = Font(italic=True)
    ws.cell(r + 2, 1, "Lars Ekström, VD")
    for i, w in enumerate([20, 26, 4, 4, 5, 45, 18, 13, 55, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    fit_rows(ws, 7, 14)
    wb.save(p(fil))
    fix_zip(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljönämnden"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ekby Bostäder AB", "Ekbybostäder|EBAB|Ekby Bostads AB|Bostadsbolaget"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    # consistency
    names = {n for n, _ in namnder}
    inlast = {(fi, n) for fi, u, n, _, _ in FILES if u == "INLAST"}
    for fi, n, *_ in EXPECTED:
        assert (fi, n) in inlast, (fi, n)
        assert n in names, n
    for fi, u, n, *_ in FILES:
        assert os.path.exists(p(fi)), fi
        assert u == "AVVISAD" or n in names


def main():
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_csv()
    build_kfn()
    build_bolag()
    write_csvs()
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
