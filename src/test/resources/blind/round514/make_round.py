#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r514 – Älvdalens kommun, helårsinkorg 2025 med flera år i filerna.

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Deterministic: no randomness, fixed dates in the metadata.
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round514"
FIXED = dt.datetime(2026, 1, 15, 9, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: %s -> %s" % (src, fmt))
    return out


def set_cell_bg(cell, hex6):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ----------------------------------------------------------------------------------------------
# 1. Tekniska nämnden – Status 2024 and Status 2025 side by side (xlsx)
# ----------------------------------------------------------------------------------------------
def file_tn():
    fil = "TN IK-uppföljning helår 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2024-2025"
    fix_wb_props(wb, "Anna Persson")

    ws["A1"] = "Älvdalens kommun"
    ws["A1"].font = Font(italic=True, size=9)
    ws["A2"] = "Tekniska nämnden – uppföljning av internkontrollplan, helår 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Internkontrollplanen 2025 är en fortsättning på 2024 års plan (TN 2024-11-21 § 88). "
                "Kolumnen Status 2024 avser bokslut 2024 och visas endast som jämförelse.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30

    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status 2024", "Status 2025", "Kommentar helår 2025"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    code_fill = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}

    # (nr, km, metod, frekvens, ansvarig, s2024, s2025, kommentar, exp_status, exp_avv)
    groups = [
        ("1. Ekonomi och inköp", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor per kvartal", "Kvartalsvis", "Controller TN",
             "G", "G", "Inga avvikelser i stickproven.", "GENOMFORD", "nej"),
            ("1.2", "Inköp följer ingångna ramavtal (avtalstrohet)",
             "Uttag ur e-handelssystemet, köp hos leverantörer utan avtal", "Halvår", "Inköpssamordnare",
             "D", "G", "Genomförd. Fyra inköp av entreprenadmaskiner gjordes utan avtal; "
             "direktupphandlingarna har dokumenterats i efterhand.", "GENOMFORD", "ja"),
            ("1.3", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
             "Genomgång av diariet och avtalsdatabasen", "Årligen", "Enhetschef gata/park",
             "E", "E", "Ej genomförd p.g.a. vakans på inköpsfunktionen. Flyttas till plan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("2. Fastighet, gata och VA", [
            ("2.1", "Lagstadgade besiktningar (OVK, hissar, lekplatser) utförs enligt besiktningsplan",
             "Avstämning besiktningsplan mot protokoll", "Årligen", "Fastighetschef",
             "G", "D", "OVK klar för fastigheterna i Älvdalen och Särna. Idre skola återstår, besiktning bokad februari 2026.",
             "DELVIS", "nej"),
            ("2.2", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram",
             "Genomgång av provsvar från ackrediterat lab", "Månadsvis", "VA-ingenjör",
             "G", "G", "Samtliga prover utan anmärkning utom ett prov i Idre (koliforma bakterier i juli); "
             "kokningsrekommendation under tre dagar.", "GENOMFORD", "ja"),
            ("2.3", "Uppföljning av åtgärdstid för felanmälningar i fastighetssystemet",
             "Rapport ur fastighetssystemet", "Tertialvis", "Driftchef fastighet",
             "–", "", "", "SAKNAS", ""),
            ("2.4", "Kontroll av nyckel- och passerkortshantering i kommunens lokaler",
             "Avstämning passersystem mot personalregister", "Årligen", "Säkerhetssamordnare",
             "G", "", "Kontrollen genomförd i oktober. Två passerkort som tillhörde avslutade anställningar var "
             "fortfarande aktiva och har spärrats.", "GENOMFORD", "ja"),
            ("2.5", "Avtal för snöröjning följs upp (entreprenörernas körtider och debitering)",
             "Jämförelse körjournal/GPS mot faktura", "Vintersäsong", "Enhetschef gata/park",
             "G", "", "", "SAKNAS", ""),
        ]),
        ("3. Personal och arbetsmiljö", [
            ("3.1", "Körjournaler förs för samtliga kommunens fordon",
             "Stickprov 5 fordon", "Halvår", "Fordonsansvarig",
             "D", "U", "Utgår – ersatt av elektronisk körjournal i fordonen från mars 2025 (TN 2025-02-20 § 14).",
             "UTGAR", ""),
            ("3.2", "Tillbud och arbetsskador rapporteras i KIA",
             "Jämförelse KIA mot incidentlogg", "Tertialvis", "HR-konsult",
             "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.3", "Skyddsronder genomförs på samtliga arbetsplatser (ÅVC, reningsverk, förråd)",
             "Kontroll av protokoll", "Årligen", "Teknisk chef",
             "G", "E", "Skyddsronderna har inte genomförts under 2025, planeras vecka 6 2026.",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (nr, km, met, frek, ansv, s24, s25, kom, est, eav) in rows:
            vals = [nr, km, met, frek, ansv, s24, s25 if s25 else None, kom if kom else None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, s in ((6, s24), (7, s25)):
                if s in code_fill:
                    ws.cell(row=r, column=c).fill = fill(code_fill[s])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
            exp(fil, namnd, km, est, eav)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    r += 1
    for code, text in (("G", "Genomförd"), ("D", "Delvis genomförd"), ("E", "Ej genomförd"),
                       ("U", "Utgår"), ("–", "Ingen kontroll detta år")):
        c = ws.cell(row=r, column=1, value=code)
        c.alignment = Alignment(horizontal="center")
        if code in code_fill:
            c.fill = fill(code_fill[code])
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen behandlad i tekniska nämnden 2026-01-22 § 3. "
                                   "Sammanställd av Anna Persson, controller.")
    widths = [6, 46, 30, 12, 20, 10, 10, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden – workbook with one sheet per year (ods)
# ----------------------------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN internkontroll 2023-2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Kultur och fritid")
    wb.remove(wb.active)

    st_fill = {"Klar": "A9D08E", "Klar med anmärkning": "FFD966", "Pågår": "FFE699",
               "Ej påbörjad": "F4B084", "Utgår": "BFBFBF", "Ej klar": "F4B084"}

    def sheet(year, rows, with_avv, subtitle, total_text=None):
        ws = wb.create_sheet(str(year))
        ws["A1"] = "Kultur- och fritidsnämnden"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning internkontrollplan %d" % year
        ws["A2"].font = Font(bold=True, size=11)
        ws["A3"] = subtitle
        if with_avv:
            hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Genomförande", "Status",
                   "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
        else:
            hdr = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
        hr = 5
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=hr, column=c, value=h)
            cell.font = BOLD
            cell.fill = fill("D9E1F2")
            cell.border = BOX
            cell.alignment = WRAP
        r = hr + 1
        prev_area = None
        for row in rows:
            vals = list(row)
            # area written only on first row of a group (as people do)
            if vals[0] == prev_area:
                shown = [None] + vals[1:]
            else:
                shown = vals
                prev_area = vals[0]
            for c, v in enumerate(shown, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = WRAP
                cell.border = BOX
            scol = 5 if with_avv else 4
            sv = vals[scol - 1]
            if sv in st_fill:
                ws.cell(row=r, column=scol).fill = fill(st_fill[sv])
            r += 1
        if total_text:
            r += 1
            ws.cell(row=r, column=1, value=total_text).font = Font(italic=True)
        widths = [16, 50, 20, 26, 16, 12, 55] if with_avv else [16, 50, 20, 14, 55]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return ws

    rows2023 = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Fritidskonsulent", "Klar",
         "Inga avvikelser."),
        ("Bidrag", "Hyresbidrag till samlingslokaler stäms av mot hyresavtal", "Fritidskonsulent", "Ej klar",
         "Skjuts till 2024."),
        ("Bibliotek", "Kontanthantering i biblioteken", "Bibliotekschef", "Klar",
         "Kassadifferens 120 kr i Särna, rutin förtydligad."),
        ("Anläggningar", "Säkerhetsbesiktning av badplatser", "Anläggningsansvarig", "Klar", ""),
    ]
    sheet(2023, rows2023, False, "Helårsuppföljning – bokslut 2023")

    rows2024 = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler och med rätt underlag",
         "Fritidskonsulent", "Stickprov 10 ansökningar", "Klar med anmärkning", "Ja",
         "Två föreningar saknade årsmötesprotokoll."),
        ("Bidrag", "Hyresbidrag till samlingslokaler stäms av mot hyresavtal", "Fritidskonsulent",
         "Samtliga bidrag", "Klar", "Nej", ""),
        ("Anläggningar", "Bokning och debitering av idrottshallar och Älvdalens simhall stämmer med bokningssystemet",
         "Anläggningsansvarig", "Jämförelse bokning/faktura 3 månader", "Ej påbörjad", "",
         "Nytt bokningssystem infördes i september."),
        ("Anläggningar", "Säkerhetsbesiktning av badplatser och friluftsbad inför säsong", "Anläggningsansvarig",
         "Besiktningsprotokoll", "Klar", "Nej", ""),
        ("Bibliotek", "Hantering av kontanter och kortbetalningar i biblioteken (Älvdalen, Idre, Särna)",
         "Bibliotekschef", "Oanmäld kassakontroll", "Klar", "Nej", "Inga differenser."),
    ]
    sheet(2024, rows2024, True, "Rapporteringstillfälle: helår (bokslut 2024)")

    rows2025 = [
        # (område, km, ansvarig, genomförande, status, avvikelse, kommentar, exp_status, exp_avv)
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler och med rätt underlag",
         "Fritidskonsulent", "Stickprov 10 ansökningar", "Klar", "Nej",
         "Samtliga 10 ansökningar hade fullständiga underlag.", "GENOMFORD", "nej"),
        ("Bidrag", "Återrapportering av verksamhetsbidrag från studieförbund", "Kultursekreterare",
         "Genomgång av samtliga verksamhetsberättelser", "Klar", "Ja",
         "Ett studieförbund har inte lämnat verksamhetsberättelse; utbetalning 2026 villkoras.",
         "GENOMFORD", "ja"),
        ("Anläggningar", "Bokning och debitering av idrottshallar och Älvdalens simhall stämmer med bokningssystemet",
         "Anläggningsansvarig", "Jämförelse bokning/faktura 3 månader", "Pågår", "",
         "Jämförelse gjord för januari–juni, resterande månader klara i februari 2026.", "DELVIS", "nej"),
        ("Anläggningar", "Säkerhetsbesiktning av badplatser och friluftsbad inför säsong", "Anläggningsansvarig",
         "Besiktningsprotokoll", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Anläggningar", "Uppföljning av driftsavtal för Älvdalens skidbacke", "Kultur- och fritidschef",
         "Avtalsuppföljningsmöte med entreprenören", "", "", "Se bilaga 3", "OKLAR", ""),
        ("Bibliotek", "Hantering av kontanter och kortbetalningar i biblioteken (Älvdalen, Idre, Särna)",
         "Bibliotekschef", "Oanmäld kassakontroll", "Ej påbörjad", "",
         "Prioriterades bort på grund av bemanningsläget under hösten.", "EJ_GENOMFORD", ""),
        ("Fritidsgårdar", "Utdrag ur belastningsregistret begärs för ledare i fritidsgårdsverksamheten",
         "Fritidsgårdsföreståndare", "Kontroll av personalakter", "Utgår", "",
         "Utgår – fritidsgården i Särna stängd enligt beslut KFN 2025-03-11 § 9; hanteras i ordinarie rekryteringsrutin.",
         "UTGAR", ""),
        ("Kultur", "Inventering av kommunens konstsamling", "Kultursekreterare", "Inventering mot konstregistret",
         "Klar", "", "12 konstverk kunde inte lokaliseras, efterforskning pågår.", "GENOMFORD", "ja"),
    ]
    sheet(2025, [r[:7] for r in rows2025], True, "Rapporteringstillfälle: helår (bokslut 2025)",
          total_text="Summa: 8 kontrollmoment, varav 4 klara, 1 pågår, 1 ej påbörjad, 1 utgår.")
    for r in rows2025:
        exp(fil, namnd, r[1], r[7], r[8])
    wb.active = wb.sheetnames.index("2025")
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = (ws.title == "2025")
    src = os.path.join(tmp, "KFN internkontroll 2023-2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "ods", tmp)
    shutil.copyfile(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 3. Socialnämnden – Word table with Delår 2025 and Helår 2025 columns (docx)
# ----------------------------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontrollplan helår 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    fix_doc_props(d, "Socialförvaltningen", "Uppföljning internkontrollplan 2025")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Älvdalens kommun\tSocialförvaltningen\tDnr SN 2025/112"

    p = d.add_paragraph()
    r = p.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (SN § 104). "
        "Planen följs upp två gånger per år: i samband med delårsrapporten per augusti och vid helår. "
        "I tabellen nedan redovisas status för båda tillfällena. Kolumnen Delår 2025 är oförändrad sedan "
        "nämndens sammanträde i september; kolumnen Helår 2025 avser läget per 31 december.")
    d.add_paragraph(
        "Statusbegrepp: Genomförd, Genomförd med avvikelse, Påbörjad, Ej genomförd, Utgår. "
        "Avvikelser och åtgärder beskrivs i kolumnen Kommentar.")

    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Delår 2025", "Helår 2025", "Kommentar"]
    groups = [
        ("Myndighetsutövning", [
            ("Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen", "Enhetschef IFO",
             "Genomförd", "Genomförd", "Stickprov 20 beslut per tillfälle, samtliga korrekt delegerade.",
             "GENOMFORD", "nej"),
            ("Barnavårdsutredningar avslutas inom fyra månader (11 kap. 2 § SoL)", "Enhetschef IFO",
             "Påbörjad", "Genomförd med avvikelse",
             "3 av 41 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
            ("Orosanmälningar förhandsbedöms inom 14 dagar", "1:e socialsekreterare barn och unga",
             "Genomförd", "", "Delår: samtliga 58 anmälningar bedömda inom 14 dagar.", "GENOMFORD", "nej"),
            ("Avgifter inom hemtjänst och särskilt boende debiteras enligt beslut", "Avgiftshandläggare",
             "Ej genomförd", "Påbörjad",
             "15 av 30 planerade avgiftsbeslut kontrollerade, inga fel hittills. Resten klart i mars.",
             "DELVIS", "nej"),
        ]),
        ("Vård och omsorg", [
            ("Läkemedelshantering i hemtjänsten – kontroll av signeringslistor", "MAS",
             "Genomförd", "Genomförd",
             "Brister i signeringen i hemtjänstgruppen i Idre; åtgärdsplan upprättad och uppföljd i november.",
             "GENOMFORD", "ja"),
            ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut (särskilt boende)",
             "Enhetschefer SÄBO", "Påbörjad", "Ej genomförd",
             "Kontrollen har inte kunnat slutföras på grund av byte av verksamhetssystem i oktober.",
             "EJ_GENOMFORD", ""),
            ("Loggkontroll i verksamhetssystemet avseende otillåten åtkomst", "Systemförvaltare",
             "–", "Genomförd", "Två slumpvisa loggkontroller per månad från september, ingen otillåten åtkomst.",
             "GENOMFORD", "nej"),
            ("Fakturor för externa placeringar (HVB, familjehem) stäms av mot beslut", "Ekonom SN",
             "", "", "", "SAKNAS", ""),
            ("Hantering av brukares privata medel på särskilda boenden", "Enhetschefer SÄBO",
             "Genomförd", "Utgår",
             "Utgår ur planen efter beslut SN 2025-09-24 § 71; hanteras i stället genom egen rutin med kvartalsvis avstämning.",
             "UTGAR", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret begärs vid anställning inom LSS och verksamhet för barn",
             "HR-partner", "Genomförd", "Genomförd", "", "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(3.2), Cm(6.5), Cm(3.3), Cm(2.6), Cm(3.0), Cm(7.4)]
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True)
        set_cell_bg(t.cell(0, i), "D9E2F3")
    repeat_header(t.rows[0])
    ri = 1
    for gname, rows in groups:
        start = ri
        for (km, ansv, dl, hl, kom, est, eav) in rows:
            cell_text(t.cell(ri, 1), km)
            cell_text(t.cell(ri, 2), ansv)
            cell_text(t.cell(ri, 3), dl)
            cell_text(t.cell(ri, 4), hl)
            cell_text(t.cell(ri, 5), kom)
            exp(fil, namnd, km, est, eav)
            ri += 1
        if ri - 1 > start:
            m = t.cell(start, 0).merge(t.cell(ri - 1, 0))
            cell_text(m, gname, bold=True)
        else:
            cell_text(t.cell(start, 0), gname, bold=True)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattning: Av nämndens tio kontrollmoment har sex genomförts, ett är påbörjat, ett har inte "
        "genomförts och ett har utgått efter beslut. För avstämningen av placeringsfakturor har ingen "
        "rapportering inkommit. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    d.add_paragraph("Älvdalen 2026-01-19")
    st = d.add_table(rows=2, cols=2)
    cell_text(st.cell(0, 0), "Karin Olsson", size=10)
    cell_text(st.cell(0, 1), "Mats Eriksson", size=10)
    cell_text(st.cell(1, 0), "Socialchef", size=10)
    cell_text(st.cell(1, 1), "Controller", size=10)
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden – adopted plan for 2026, sent by mistake (docx)
# ----------------------------------------------------------------------------------------------
def file_bun_plan():
    fil = "BUN Internkontrollplan 2026.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Barn- och utbildningsförvaltningen", "Internkontrollplan 2026")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = "Barn- och utbildningsförvaltningen, Älvdalens kommun"

    d.add_heading("Internkontrollplan 2026", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Antagen av barn- och utbildningsnämnden 2025-11-19, § 98. Dnr BUN 2025/241.")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Planen bygger på förvaltningens risk- och väsentlighetsanalys hösten 2025. Risker har bedömts utifrån "
        "sannolikhet (1–4) och konsekvens (1–4); risker med riskvärde 8 eller högre tas med i planen. "
        "Uppföljning rapporteras till nämnden vid delår (augusti) och helår.")
    d.add_heading("Kontrollmoment 2026", level=2)
    hdr = ["Process/rutin", "Risk", "Risk-värde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Rapport till nämnd"]
    rows = [
        ("Ekonomi", "Fakturor betalas utan korrekt attest", "9",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Halvår",
         "Controller BUF", "Delår, helår"),
        ("Ekonomi", "Felaktiga ersättningar till andra huvudmän", "8",
         "Interkommunala ersättningar och elevpeng faktureras och betalas korrekt", "Avstämning mot elevregister",
         "Halvår", "Skolassistent", "Helår"),
        ("Skolskjuts", "Fakturering av ej utförda turer", "8",
         "Skolskjutsar – kontroll av fakturerade körningar mot beställda turer", "Jämförelse turlista/faktura",
         "Per termin", "Skolskjutssamordnare", "Helår"),
        ("Skollagen", "Elevers frånvaro uppmärksammas inte", "12",
         "Frånvarouppföljning – elever med hög frånvaro (över 15 %) utreds", "Utdrag ur elevregister",
         "Per termin", "Rektorer", "Delår, helår"),
        ("Skollagen", "Kränkande behandling anmäls inte till huvudman", "12",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt (6 kap. 10 § skollagen)",
         "Genomgång av anmälningar", "Tertialvis", "Utvecklingsledare", "Delår, helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till elevuppgifter", "9",
         "Behörigheter i lärplattformen och elevregistret stäms av mot aktuella anställningar",
         "Behörighetslista mot HR-system", "Årligen", "Systemförvaltare", "Helår"),
        ("Kost", "Fel kost serveras elever med allergi", "8",
         "Specialkost – kontroll av att intyg finns och att rätt kost serveras", "Stickprov på tre kök",
         "Årligen", "Kostchef", "Helår"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True)
        set_cell_bg(t.cell(0, i), "E2EFD9")
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.cell(ri, ci), v)
        exp(fil, namnd, row[3], "SAKNAS", "")
    d.add_paragraph()
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens. 1–4 låg, 6–8 medel, 9–16 hög.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2026", ""))


# ----------------------------------------------------------------------------------------------
# 5. Barn- och utbildningsnämnden – 2025 follow-up with tick columns, nämnd in print header (xlsx)
# ----------------------------------------------------------------------------------------------
def file_bun_uppf():
    fil = "Uppföljning IKP 2025 BUN.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Controller BUF")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helårsrapport"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera med X i den kolumn som gäller. Beskriv iakttagelser och eventuella avvikelser."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod / omfattning", "Genomförd", "Delvis", "Ej genomförd",
           "Iakttagelser / avvikelser", "Åtgärd", "Ansvarig"]
    hr = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("FCE4D6")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   text_rotation=(90 if 4 <= c <= 6 else 0))
    ws.row_dimensions[hr].height = 75
    rows = [
        # område, km, metod, G, D, E, iakttagelse, åtgärd, ansvarig, exp status, exp avv
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "X", "", "", "Två fakturor saknade beställarattest.", "Påminnelse till rektorer om attestreglerna.",
         "Controller BUF", "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunala ersättningar och elevpeng faktureras och betalas korrekt",
         "Avstämning mot elevregister", "X", "", "", "Inga avvikelser.", "", "Skolassistent", "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjutsar – kontroll av fakturerade körningar mot beställda turer",
         "Jämförelse turlista/faktura", "", "X", "", "Vårterminen kontrollerad utan anmärkning, höstterminen återstår.",
         "Slutförs i februari 2026.", "Skolskjutssamordnare", "DELVIS", "nej"),
        ("Skollagen", "Anmälan om kränkande behandling till huvudman sker skyndsamt (6 kap. 10 § skollagen)",
         "Genomgång av anmälningar", "X", "", "",
         "Samtliga 47 anmälningar har kommit in till huvudman inom fem dagar.", "", "Utvecklingsledare",
         "GENOMFORD", "nej"),
        ("Skollagen", "Frånvarouppföljning – elever med hög frånvaro (över 15 %) utreds",
         "Utdrag ur elevregister", "", "", "X", "Ej genomförd, ny frånvarorutin införs vårterminen 2026.",
         "Flyttas till plan 2026.", "Rektorer", "EJ_GENOMFORD", ""),
        ("Personal", "Registerkontroll (belastningsregistret) vid anställning i förskola och skola",
         "Genomgång av 20 nyanställningar", "X", "", "X", "", "", "HR-partner", "OKLAR", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) på skolor och förskolor",
         "Kontroll av SBA-pärmar", "", "", "", "Se bilaga 2", "", "Lokalsamordnare", "OKLAR", ""),
        ("Skollagen", "Modersmålsundervisning erbjuds elever som har rätt till det",
         "Kontroll av erbjudandebrev", "X", "", "", "Erbjudande skickat till samtliga berättigade elever.", "",
         "Rektor Älvdalens skola", "GENOMFORD", "nej"),
        ("Personal", "Utbetalning av övertid och lönetillägg för lärare stäms av mot underlag",
         "Stickprov 15 utbetalningar", "", "", "", "", "", "Löneadministratör", "SAKNAS", ""),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BOX
            cell.alignment = WRAP if c not in (4, 5, 6) else Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    ws.cell(row=r, column=3, value="Antal markeringar").font = BOLD
    for c in (4, 5, 6):
        n = sum(1 for row in rows if row[c - 1] == "X")
        cell = ws.cell(row=r, column=c, value=n)
        cell.font = BOLD
        cell.alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(row=r, column=1, value="Bilaga 2: Sammanställning SBA-kontroller per enhet (separat dokument).")
    ws.cell(row=r + 1, column=1, value="Rapporten lämnas till ekonomienheten senast 2026-01-16.")
    widths = [14, 48, 26, 5, 5, 5, 45, 32, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Barn- och utbildningsnämnden"
    ws.oddHeader.right.text = "Älvdalens kommun"
    ws.oddFooter.left.text = "Barn- och utbildningsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 6. Export from the governance system – three years' rows, two nämnder (csv, cp1252)
# ----------------------------------------------------------------------------------------------
def file_export():
    fil = "export_internkontroll_20260114.csv"
    ks, rn = "Kommunstyrelsen", "Räddningsnämnden"
    hdr = ["Nämnd", "Enhet", "År", "Period", "Process", "Kontrollmoment", "Kontrollansvarig", "Status",
           "Avvikelse", "Kommentar", "Senast ändrad"]
    rows = []

    def add(n, enh, ar, per, proc, km, ansv, st, avv, kom, datum):
        rows.append([n, enh, str(ar), per, proc, km, ansv, st, avv, kom, datum])

    KLF = "Kommunledningsförvaltningen"
    RT = "Räddningstjänsten"
    # --- 2023 (helår only)
    add(ks, KLF, 2023, "Helår", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
        "Slutförd", "Ja", "Tre fakturor attesterade av fel person.", "2024-01-18")
    add(ks, KLF, 2023, "Helår", "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
        "Kanslichef", "Slutförd", "Nej", "", "2024-01-18")
    add(ks, KLF, 2023, "Helår", "Personal", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet",
        "Lönechef", "Ej påbörjad", "", "Skjuts till 2024.", "2024-01-19")
    add(ks, KLF, 2023, "Helår", "IT", "Informationssäkerhet – säkerhetskopiering och återläsningstest av verksamhetssystem",
        "IT-chef", "Pågående", "", "", "2024-01-19")
    add(rn, RT, 2023, "Helår", "Tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Räddningschef",
        "Pågående", "Ja", "21 av 30 tillsyner genomförda.", "2024-01-22")
    add(rn, RT, 2023, "Helår", "Sotning", "Sotning och brandskyddskontroll utförs enligt fastställda frister",
        "Brandingenjör", "Slutförd", "Nej", "", "2024-01-22")
    # --- 2024 (helår only)
    add(ks, KLF, 2024, "Helår", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
        "Slutförd", "Nej", "", "2025-01-20")
    add(ks, KLF, 2024, "Helår", "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
        "Kanslichef", "Slutförd", "Nej", "", "2025-01-20")
    add(ks, KLF, 2024, "Helår", "Personal", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet",
        "Lönechef", "Slutförd", "Ja", "En slutlön utbetald en månad för mycket, återkrävd.", "2025-01-21")
    add(ks, KLF, 2024, "Helår", "IT", "Informationssäkerhet – säkerhetskopiering och återläsningstest av verksamhetssystem",
        "IT-chef", "Ej påbörjad", "", "", "2025-01-21")
    add(ks, KLF, 2024, "Helår", "Ekonomi", "Förtroendekänsliga poster – representation, resor och gåvor", "Controller",
        "Slutförd", "Nej", "", "2025-01-21")
    add(rn, RT, 2024, "Helår", "Tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Räddningschef",
        "Slutförd", "Nej", "", "2025-01-23")
    add(rn, RT, 2024, "Helår", "Sotning", "Sotning och brandskyddskontroll utförs enligt fastställda frister",
        "Brandingenjör", "Slutförd", "Nej", "", "2025-01-23")
    add(rn, RT, 2024, "Helår", "Personal", "Övning och kompetens för deltidsbrandmän (RiB) dokumenteras",
        "Stf räddningschef", "Slutförd", "Ja", "Dokumentation saknades för Särna.", "2025-01-23")

    # --- 2025: delår + helår; expected built from these
    exp_ks = [
        # km, proc, ansv, (delår st, avv, kom, datum) or None, (helår ...) or None, exp st, exp avv
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Ekonomichef",
         ("Pågående", "", "Första stickprovet klart.", "2025-09-08"),
         ("Slutförd", "Nej", "Stickprov 40 fakturor utan anmärkning.", "2026-01-12"), "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Ärendehantering", "Kanslichef",
         ("Slutförd", "Nej", "", "2025-09-08"),
         ("Slutförd", "Ja", "Två beslut om tjänstledighet hade inte anmälts.", "2026-01-12"), "GENOMFORD", "ja"),
        ("Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet", "Personal", "Lönechef",
         ("Pågående", "", "", "2025-09-09"),
         ("", "", "Kontrollen slutförd i november, inga felaktiga utbetalningar.", "2026-01-13"), "GENOMFORD", "nej"),
        ("Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "IT", "Systemförvaltare ekonomi",
         ("Slutförd", "Nej", "Samtliga behörigheter stämde.", "2025-09-09"), None, "GENOMFORD", "nej"),
        ("Förtroendekänsliga poster – representation, resor och gåvor", "Ekonomi", "Controller",
         ("Ej påbörjad", "", "", "2025-09-09"),
         ("Avbruten", "", "Avbruten genom beslut KS 2025-10-07 § 142; granskas i stället av revisionen 2026.",
          "2026-01-13"), "UTGAR", ""),
        ("Informationssäkerhet – säkerhetskopiering och återläsningstest av verksamhetssystem", "IT", "IT-chef",
         ("Ej påbörjad", "", "", "2025-09-10"),
         ("Pågående", "Nej", "Återläsningstest gjort för 3 av 7 system.", "2026-01-13"), "DELVIS", "nej"),
        ("Diarieföring av inkomna handlingar sker inom en arbetsdag", "Ärendehantering", "Kanslichef",
         ("Ej påbörjad", "", "", "2025-09-10"),
         ("Ej påbörjad", "", "Flyttas till internkontrollplan 2026.", "2026-01-13"), "EJ_GENOMFORD", ""),
    ]
    exp_rn = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "Tillsyn", "Räddningschef",
         ("Pågående", "", "14 av 32 tillsyner.", "2025-09-11"),
         ("Slutförd", "Nej", "32 av 32 planerade tillsyner genomförda.", "2026-01-09"), "GENOMFORD", "nej"),
        ("Övning och kompetens för deltidsbrandmän (RiB) dokumenteras", "Personal", "Stf räddningschef",
         ("Pågående", "", "", "2025-09-11"),
         ("Pågående", "", "Dokumentationen klar för Älvdalen och Idre, Särna återstår.", "2026-01-09"),
         "DELVIS", "nej"),
        ("Sotning och brandskyddskontroll utförs enligt fastställda frister", "Sotning", "Brandingenjör",
         ("", "", "", "2025-09-11"),
         ("Slutförd", "Ja", "Eftersläpning om 48 objekt i Idrefjällsområdet; åtgärdsplan upprättad med entreprenören.",
          "2026-01-09"), "GENOMFORD", "ja"),
        ("Fakturering av onödiga automatlarm sker enligt taxa", "Ekonomi", "Administratör",
         ("Ej påbörjad", "", "", "2025-09-11"),
         ("", "", "", "2026-01-09"), "EJ_GENOMFORD", ""),
    ]
    for n, enh, lst in ((ks, KLF, exp_ks), (rn, RT, exp_rn)):
        for (km, proc, ansv, dl, hl, est, eav) in lst:
            if dl:
                add(n, enh, 2025, "Delår", proc, km, ansv, *dl)
            if hl:
                add(n, enh, 2025, "Helår", proc, km, ansv, *hl)
            exp(fil, n, km, est, eav)
    # sort as the system does: nämnd, år, kontrollmoment, period
    order = {"Delår": 0, "Helår": 1}
    rows.sort(key=lambda x: (x[0], x[2], x[5], order[x[3]]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(hdr)
    w.writerows(rows)
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", ks, "2025", "HELAR"))
    FILES.append((fil, "INLAST", rn, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 7. Miljö- och byggnämnden – colour-coded status, previous year's result beside (xls)
# ----------------------------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN årsuppföljning intern kontroll 2025.xls"
    namnd = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Miljö- och byggförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och byggnämnden, Älvdalens kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Årsuppföljning av intern kontroll 2025"
    ws["A2"].font = Font(bold=True, size=14)
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    ws["A4"] = "Färgkod i kolumnen Status:"
    ws["A4"].font = BOLD
    for i, (col, txt) in enumerate(((GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd – avvikelse noterad"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")), 5):
        ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=txt)
    hr = 10
    hdr = ["Nr", "Risk", "Kontrollmoment", "Kontrollant", "Status", "Resultat 2025", "Resultat 2024 (jämförelse)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("DEEAF6")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("1", "Lagstadgade tidsfrister överskrids",
         "Handläggningstid för bygglov – beslut inom 10 veckor (9 kap. 27 § PBL)", "Bygglovschef", GREEN,
         "Samtliga 126 ärenden avgjorda inom tidsfristen.", "Tre ärenden över tidsfrist, avgiften reducerad.",
         "GENOMFORD", "nej"),
        ("2", "Felaktig debitering",
         "Debitering av tillsynsavgifter enligt taxa (miljöbalken och livsmedelslagen)", "Miljöchef", YELLOW,
         "5 av 40 fakturor debiterade med fel timavgift; rättelse skickad.", "Inga avvikelser.",
         "GENOMFORD", "ja"),
        ("3", "Jäv i myndighetsutövning",
         "Dokumenterad jävsprövning i ärenden där handläggaren har anknytning till sökanden", "Förvaltningschef", RED,
         "Kontrollen har inte genomförts under året.", "Genomförd utan anmärkning.", "EJ_GENOMFORD", ""),
        ("4", "Kontrollskulden ökar",
         "Livsmedelskontroll utförs enligt fastställd kontrollplan", "Miljöchef", YELLOW,
         "Uppföljning gjord: 78 % av planerade kontroller utförda, eftersläpning i Idre under högsäsong.",
         "85 % av planerade kontroller utförda.", "GENOMFORD", "ja"),
        ("5", "Beslut fattas utan delegation",
         "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", GREEN, "", "Genomförd.",
         "GENOMFORD", "nej"),
        ("6", "Handlingar gallras eller försvinner",
         "Avslutade bygglovsärenden arkiveras i e-arkivet", "Registrator", GREY,
         "Ej aktuell 2025 – e-arkivet driftsätts först 2026.", "–", "UTGAR", ""),
        ("7", "Beslut överprövas inte",
         "Beslut om strandskyddsdispens skickas till Länsstyrelsen Dalarna inom tre veckor", "Miljöinspektör", None,
         "Påbörjad i november, slutförs i januari 2026.", "Genomförd, inga avvikelser.", "DELVIS", "nej"),
        ("8", "Bristande tillsyn av avlopp",
         "Tillsyn av enskilda avlopp enligt tillsynsplan", "Miljöinspektör", None, "",
         "Genomförd, 45 anläggningar inspekterade.", "SAKNAS", ""),
    ]
    r = hr + 1
    for (nr, risk, km, kontr, col, res25, res24, est, eav) in rows:
        vals = [nr, risk, km, kontr, None, res25 or None, res24]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).fill = fill(col)
        exp(fil, namnd, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av miljö- och byggnämnden 2026-01-28 § 5.")
    widths = [5, 28, 50, 18, 9, 50, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "MBN årsuppföljning intern kontroll 2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.copyfile(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ----------------------------------------------------------------------------------------------
# 8. Älvdalens Bostäder AB – truncated docx (must be rejected)
# ----------------------------------------------------------------------------------------------
def file_abab_truncated(tmp):
    fil = "ÄBAB uppföljning internkontroll 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Älvdalens Bostäder AB", "Uppföljning internkontroll 2025")
    d.add_heading("Älvdalens Bostäder AB – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Rapporten avser helår 2025 och lämnas till kommunstyrelsen enligt ägardirektivet.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        cell_text(t.cell(0, i), h, bold=True)
    for km, st in (("Hyresavisering och påminnelser sker enligt rutin", "Genomförd"),
                   ("Besiktning av lägenheter vid avflyttning dokumenteras", "Genomförd"),
                   ("Upphandling av underhållsentreprenader följer LOU", "Delvis"),
                   ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd"),
                   ("Systematiskt brandskyddsarbete i bostadsbeståndet", "Ej genomförd")):
        cells = t.add_row().cells
        cell_text(cells[0], km)
        cell_text(cells[1], "VD")
        cell_text(cells[2], st)
        cell_text(cells[3], "")
    src = os.path.join(tmp, "abab_full.docx")
    d.save(src)
    data = open(src, "rb").read()
    cut = int(len(data) * 0.55)
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(data[:cut])
    FILES.append((fil, "AVVISAD", "", "", ""))


# ----------------------------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunstyrelseförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Älvdalen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Älvdalens Bostäder AB", "ÄBAB|Bostadsbolaget|Älvdalens Bostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    # consistency
    names = {n for n, _ in namnder}
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, km, s, a in EXPECTED:
        assert (f, n) in inl, (f, n)
        assert n in names, n
        assert not km.startswith("="), km
    for f, u, n, ar, per in FILES:
        assert os.path.exists(os.path.join(HERE, f)), f
        if u == "INLAST":
            assert n in names, n


def main():
    tmp = tempfile.mkdtemp(prefix="round514-")
    try:
        file_tn()
        file_kfn(tmp)
        file_sn()
        file_bun_plan()
        file_bun_uppf()
        file_export()
        file_mbn(tmp)
        file_abab_truncated(tmp)
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files: %d rows, expected: %d rows" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
