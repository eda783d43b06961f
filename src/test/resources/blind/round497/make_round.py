#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r497 - Köping kommun, delår 2025.

Builds 7 follow-up/plan files + 1 covering letter (to be rejected) and the three
CSVs (namnder.csv, files.csv, expected.csv) deterministically.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import datetime as dt
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round497-work"
LO_PROFILE = "file:///tmp/lo-round497"
FIXED = dt.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def add_expected(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (determinism)."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    # LibreOffice writes a random revision-save id (Rsid) into settings.xml
    items = [(i, re.sub(rb'(config:name="(?:Rsid|RsidRoot)" config:type="int">)\d+',
                        rb'\g<1>1000000', d) if i.filename == "settings.xml" else d)
             for i, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 5, 10, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt, dest_name):
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(TMP, base + "." + ext)
    shutil.move(produced, out(dest_name))


def doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


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


def landscape(d):
    from docx.enum.section import WD_ORIENT
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def wb_props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ====================================================================
# 1. Kultur- och fritidsnämnden - adopted plan, no follow-up (.doc)
# ====================================================================
def build_kfn():
    fil = "KFN Internkontrollplan 2025 (antagen 2025-02-19).doc"
    d = docx.Document()
    landscape(d)
    doc_props(d, "Kultur- och fritidsförvaltningen", "Internkontrollplan 2025 KFN")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("KÖPINGS KOMMUN")
    r.bold = True
    r.font.size = Pt(9)
    p.add_run("\tKultur- och fritidsförvaltningen\tDnr KFN 2024/87").font.size = Pt(9)
    d.add_heading("Internkontrollplan 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_paragraph(
        "Beslutad av kultur- och fritidsnämnden 2025-02-19, § 14.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
        "tillräcklig. Planen har tagits fram utifrån förvaltningens risk- och väsentlighetsanalys "
        "där sannolikhet (S) och konsekvens (K) bedömts på en skala 1–4. Risker med riskvärde "
        "8 eller högre har förts in i planen. Planen följs upp i samband med delårsrapporten "
        "per 31 augusti och i årsredovisningen.")
    d.add_heading("Kontrollmoment 2025", level=2)
    rows = [
        ("Kassahantering", "Svinn eller förskingring av kontanta medel",
         "2", "4", "Kontanthantering och dagskassor i Köpings bad och sporthall stäms av mot kassasystemet",
         "Stickprov 10 dagskassor per tertial", "Enhetschef bad", "Delår, helår"),
        ("Föreningsbidrag", "Bidrag betalas ut till förening som inte uppfyller villkoren",
         "3", "3", "Utbetalning av föreningsbidrag sker enligt gällande bidragsregler",
         "Granskning av 15 ansökningar", "Fritidskonsulent", "Delår"),
        ("Lokaluthyrning", "Intäktsbortfall genom att bokningar inte faktureras",
         "3", "3", "Lokalbokningar i Interbook faktureras enligt taxa",
         "Avstämning bokning mot faktura, två månader", "Bokningsansvarig", "Helår"),
        ("Kulturskolan", "Instrument försvinner eller återlämnas inte",
         "3", "2", "Inventering av utlånade instrument i kulturskolan",
         "Fullständig inventering mot utlåningsregister", "Rektor kulturskolan", "Helår"),
        ("Barn och unga", "Personal med olämplig bakgrund arbetar med barn",
         "2", "4", "Registerutdrag ur belastningsregistret har uppvisats för personal på "
                   "fritidsgårdar och i sommarverksamhet",
         "Kontroll av samtliga nyanställda inför sommaren", "Enhetschef fritid", "Delår"),
        ("Inköp", "Inköp sker utanför avtal",
         "3", "3", "Avtalstrohet vid inköp av medier till biblioteket",
         "Spendanalys av leverantörsreskontran", "Bibliotekschef", "Helår"),
        ("Ekonomi", "Felaktiga utbetalningar",
         "2", "4", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Förvaltningsekonom", "Delår, helår"),
    ]
    hdr = ("Process", "Risk", "S", "K", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Rapportering")
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    d.add_paragraph()
    d.add_paragraph("Riskvärde = S × K. Planen ersätter internkontrollplan 2024.")
    d.add_paragraph()
    d.add_paragraph("Lena Sjöberg\t\t\t\tPeter Ahlgren")
    d.add_paragraph("Ordförande\t\t\t\tFörvaltningschef")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "KFN Internkontrollplan 2025 (antagen 2025-02-19).docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", ""))
    add_expected(fil, "Kultur- och fritidsnämnden", [(r[4], "SAKNAS", "") for r in rows])


# ====================================================================
# 2. Tekniska nämnden - plan with follow-up columns, partly empty (.xlsx)
# ====================================================================
def build_tn():
    fil = "TN_IK-plan_2025_uppfoljning_delar.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Tekniska kontoret", "Internkontrollplan 2025 TN")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Antagen av tekniska nämnden 2025-01-29, § 8. Grå kolumner fylls i av "
                "kontrollansvarig inför delårsrapport respektive årsredovisning. "
                "Status: Genomförd / Delvis genomförd / Ej genomförd / Ej aktuell.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:L3")
    ws.row_dimensions[3].height = 30
    # group header row
    ws["A5"] = "PLAN 2025"
    ws.merge_cells("A5:H5")
    ws["I5"] = "UPPFÖLJNING DELÅR (jan–aug)"
    ws.merge_cells("I5:J5")
    ws["K5"] = "UPPFÖLJNING HELÅR"
    ws.merge_cells("K5:L5")
    hdr = ["Nr", "Process/rutin", "Risk", "Risk-\nvärde", "Kontrollmoment", "Kontrollmetod",
           "Ansvarig", "Rapport-\neras", "Status", "Kommentar", "Status", "Kommentar"]
    grey = PatternFill("solid", fgColor="E7E6E6")
    blue = PatternFill("solid", fgColor="BDD7EE")
    for c in range(1, 13):
        for r in (5, 6):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r == 5 else "left")
            cell.fill = grey if c >= 9 else blue
        ws.cell(row=6, column=c, value=hdr[c - 1])
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar", 9,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor i maj", "Ekonom TK", "Delår",
             "Genomförd", "Stickprov 25 fakturor (maj). Samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("1.2", "Representation", "Representation utan tydligt syfte",
             6, "Kontroll av att representation och interna måltider redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Ekonom TK", "Delår",
             "Genomförd", "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse har "
                          "skickats till berörda enhetschefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Investeringar", "Felaktig redovisning av anläggningstillgångar", 8,
             "Avstämning av att projekt i investeringsbudgeten aktiveras löpande",
             "Avstämning projektredovisning mot anläggningsreskontra", "Controller", "Helår",
             None, None, "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Avtalstrohet", "Inköp utanför upphandlade avtal", 12,
             "Inköp görs från upphandlade leverantörer (avtalstrohet)",
             "Spendanalys jan–aug", "Upphandlare", "Delår",
             "Delvis genomförd", "Analys av januari–juni klar, ingen avvikelse hittills. "
                                 "Juli–augusti återstår.",
             "DELVIS", "nej"),
            ("2.2", "Direktupphandling", "Otillåten direktupphandling", 9,
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje",
             "Genomgång av samtliga direktupphandlingar", "Upphandlare", "Delår",
             "Ej genomförd", "Ej genomförd p.g.a. sjukskrivning. Görs under hösten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("3.1", "Lagstadgade besiktningar", "Personskada, vite", 12,
             "Kontroll att lagstadgade besiktningar (hiss, OVK, brandlarm) utförs i kommunens fastigheter",
             "Avstämning besiktningsprotokoll mot besiktningsplan", "Fastighetschef", "Delår",
             "Genomförd", "Samtliga hissbesiktningar utförda. OVK försenad i två fastigheter "
                          "(Ullvi förskola, Karlbergsskolan) – beställd till oktober.",
             "GENOMFORD", "ja"),
            ("3.2", "Nyckelhantering", "Obehörigt tillträde", 8,
             "Nycklar och passerbrickor återlämnas vid avslutad anställning",
             "Stickprov 10 avslutade anställningar", "Driftchef fastighet", "Delår",
             None, None, "SAKNAS", ""),
            ("3.3", "Felanmälan", "Fel åtgärdas inte i tid", 6,
             "Uppföljning av felanmälningar i fastighetssystemet – åtgärdstid",
             "Rapport ur fastighetssystemet", "Driftchef fastighet", "Delår",
             None, "Kontroll genomförd, inga avvikelser. Samtliga akuta felanmälningar "
                   "åtgärdade inom 24 timmar.",
             "GENOMFORD", "nej"),
        ]),
        ("Gata och park", [
            ("4.1", "Lekplatser", "Olycka på lekplats", 12,
             "Egenkontroll av lekplatser enligt SS-EN 1176",
             "Årlig huvudbesiktning + kvartalsvis funktionskontroll", "Parkchef", "Delår",
             "Genomförd", "Årlig huvudbesiktning utförd i maj av extern besiktningsman. "
                          "2 lekredskap avställda i väntan på reparation.",
             "GENOMFORD", "ja"),
            ("4.2", "Vinterväghållning", "Entreprenör uppfyller inte avtal", 8,
             "Vinterväghållning – uppföljning av entreprenörens utryckningstider mot avtal",
             "Jämförelse körjournaler mot väderdata", "Gatuchef", "Helår",
             "Ej aktuell", "Kontrollen utgår enligt beslut TN 2025-05-21 § 44 – ny "
                           "vinterentreprenad från 2025-10-01.",
             "UTGAR", ""),
        ]),
        ("Kost", [
            ("5.1", "Livsmedelssäkerhet", "Matförgiftning", 12,
             "Livsmedelshantering i tillagningskök enligt egenkontrollprogrammet",
             "Kontroll på plats i 8 kök", "Kostchef", "Delår",
             "Delvis genomförd", "5 av 8 kök kontrollerade. Inga avvikelser.",
             "DELVIS", "nej"),
        ]),
    ]
    r = 7
    exp = []
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1
        for it in items:
            vals = list(it[:10])
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c >= 9:
                    cell.fill = grey
            for c in (11, 12):
                ws.cell(row=r, column=c).border = BOX
                ws.cell(row=r, column=c).fill = grey
            exp.append((it[4], it[10], it[11]))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16). "
            "Uppföljningen redovisas för nämnden 2025-09-17.")
    widths = [6, 18, 26, 7, 42, 28, 16, 9, 16, 46, 14, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "5:6"
    ws.oddHeader.center.text = "Tekniska nämnden – IK 2025"
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))
    add_expected(fil, "Tekniska nämnden", exp)


# ====================================================================
# 3. Socialnämnden - only the deviations (.odt)
# ====================================================================
def build_sn():
    fil = "Socialnämnden uppföljning intern kontroll delår 2025.odt"
    d = docx.Document()
    doc_props(d, "Socialförvaltningen", "Uppföljning intern kontroll delår 2025")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph("KÖPINGS KOMMUN\nSocialförvaltningen")
    p.runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse\t\t2025-09-02\tDnr SN 2025/48")
    d.add_heading("Uppföljning av intern kontroll, delår 1 januari – 31 augusti 2025", level=1)
    d.add_paragraph("Förslag till beslut", style="Heading 3")
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025 för "
                    "perioden januari–augusti och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Ärendet", style="Heading 3")
    d.add_paragraph(
        "Socialnämnden antog 2024-12-12, § 141, internkontrollplan för 2025. Planen omfattar "
        "elva kontrollmoment inom ekonomiskt bistånd, barn och unga, vuxen och "
        "förvaltningsgemensamma processer. Av de elva kontrollmomenten har nio genomförts helt "
        "under perioden.")
    d.add_paragraph(
        "I sammanställningen nedan redovisas endast de kontrollmoment där avvikelser har "
        "noterats eller där kontrollen inte har kunnat genomföras fullt ut. Övriga "
        "kontrollmoment har genomförts utan avvikelse och redovisas inte i tabellen.")
    rows = [
        ("Kontroll att utbetalning av ekonomiskt bistånd sker enligt beslut i Viva",
         "Stickprov 20 ärenden (mars och juni). I 2 ärenden hade utbetalning skett innan "
         "beslutet var attesterat av behörig handläggare.",
         "Rutinen för attest i Viva har förtydligats. Ny kontroll i oktober.",
         "Enhetschef försörjningsstöd", "GENOMFORD", "ja"),
        ("Uppföljning av att utredningstiden i barnavårdsutredningar inte överskrider "
         "fyra månader (11 kap. 2 § SoL)",
         "Samtliga 48 avslutade utredningar granskade. 7 utredningar överskred fyra månader "
         "utan beslut om förlängning.",
         "Veckovis bevakningslista införs från september.",
         "Enhetschef barn och unga", "GENOMFORD", "ja"),
        ("Kontroll av att avtal finns för samtliga externa placeringar (HVB och "
         "konsulentstödda familjehem)",
         "Kontrollen har påbörjats men inte slutförts på grund av vakanser. Hittills har 9 av "
         "22 placeringar granskats; i 1 fall saknas undertecknat avtal.",
         "Resterande placeringar granskas under september–oktober.",
         "Enhetschef vuxen", "DELVIS", "ja"),
        ("Registerkontroll av behörigheter i verksamhetssystemet Viva",
         "Genomförd i april. 14 användare hade kvar behörighet trots avslutad anställning. "
         "Behörigheterna är borttagna.",
         "Avslut av behörighet läggs in i checklistan för avslutad anställning.",
         "Systemförvaltare", "GENOMFORD", "ja"),
        ("Rutin för hantering av synpunkter och klagomål följs",
         "Kontrollen har inte genomförts under perioden.",
         "Flyttas till hösten och redovisas i årsredovisningen.",
         "Kvalitetsutvecklare", "EJ_GENOMFORD", ""),
    ]
    hdr = ("Kontrollmoment", "Iakttagelse/avvikelse", "Åtgärd", "Ansvarig")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        set_cell_bg(t.rows[0].cells[i], "D0CECE")
    for row in rows:
        cells = t.add_row().cells
        for i in range(4):
            cell_text(cells[i], row[i], size=10)
    d.add_paragraph()
    d.add_paragraph("Bedömning", style="Heading 3")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
        "Avvikelserna inom barn och unga och ekonomiskt bistånd åtgärdas enligt ovan.")
    d.add_paragraph()
    d.add_paragraph("Karin Wallin\nSocialchef")
    src = os.path.join(TMP, "Socialnämnden uppföljning intern kontroll delår 2025.docx")
    os.makedirs(TMP, exist_ok=True)
    d.save(src)
    soffice_convert(src, "odt", fil)
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    add_expected(fil, "Socialnämnden", [(r[0], r[4], r[5]) for r in rows])


# ====================================================================
# 4. Vård- och omsorgsnämnden - one sentence + plan table (.docx)
# ====================================================================
def build_von():
    fil = "VON uppföljning IK delår 2025.docx"
    d = docx.Document()
    doc_props(d, "Vård- och omsorgsförvaltningen", "Uppföljning intern kontroll delår 2025")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Köpings kommun\tVård- och omsorgsnämnden\t2025-09-03"
    d.add_heading("Uppföljning av internkontrollplan – delår 2025", level=1)
    d.add_paragraph(
        "Samtliga kontrollmoment i internkontrollplanen för 2025 har genomförts under perioden "
        "januari–augusti och kontrollerna har inte föranlett några anmärkningar.")
    d.add_paragraph()
    d.add_paragraph("Bilaga: Internkontrollplan 2025 (antagen 2024-12-11, § 98)",
                    style="Heading 3")
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel är korrekt ifyllda i särskilt boende",
         "Stickprov 3 enheter", "MAS", "Tertialvis"),
        ("Avgifter", "Avgiftsbeslut för hemtjänst och särskilt boende stämmer med debiterat belopp",
         "Stickprov 20 kunder", "Avgiftshandläggare", "Två ggr/år"),
        ("Bemanning", "Kontroll av att timanställda som schemaläggs har giltigt anställningsavtal i Heroma",
         "Jämförelse schema – Heroma, en vecka", "Bemanningsenheten", "Två ggr/år"),
        ("Dokumentation", "Genomförandeplan finns och är upprättad inom 14 dagar från verkställighet",
         "Journalgranskning 15 ärenden", "Enhetschef hemtjänst", "Tertialvis"),
        ("Lex Sarah", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Tertialvis"),
        ("Informationssäkerhet", "Loggkontroll av åtkomst till journaler i Lifecare",
         "Slumpvis loggkontroll 10 användare", "Systemförvaltare", "Månadsvis"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", "Två ggr/år"),
        ("Hjälpmedel", "Förskrivna hjälpmedel registreras i hjälpmedelssystemet Sesam",
         "Stickprov 10 förskrivningar", "Arbetsterapeut/MAR", "Två ggr/år"),
    ]
    hdr = ("Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens")
    t = d.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Anna Lindqvist, controller vård och omsorg, 0221-250 00")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))
    add_expected(fil, "Vård- och omsorgsnämnden",
                 [(r[1], "GENOMFORD", "nej") for r in rows])


# ====================================================================
# 5. Köpings Bostads AB - bolag, Klar / Pågår / Ej påbörjad (.xls)
# ====================================================================
def build_kbab():
    fil = "KBAB Internkontroll 2025 rapport aug.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert centre")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    st_styles = {
        "Klar": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; "
                            "borders: left thin, right thin, top thin, bottom thin; alignment: vert top"),
        "Pågår": xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; "
                             "borders: left thin, right thin, top thin, bottom thin; alignment: vert top"),
        "Ej påbörjad": xlwt.easyxf("pattern: pattern solid, fore_colour rose; "
                                   "borders: left thin, right thin, top thin, bottom thin; alignment: vert top"),
        "Utgår": xlwt.easyxf("pattern: pattern solid, fore_colour gray25; "
                             "borders: left thin, right thin, top thin, bottom thin; alignment: vert top"),
    }
    ws.write(0, 0, "Köpings Bostads AB", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025", sub)
    ws.write(2, 0, "Rapport per 2025-08-31 till styrelsen och ägaren Köpings kommun")
    hdr = ["Nr", "Område", "Kontrollaktivitet", "Ansvarig", "Klart senast", "Status", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    rows = [
        ("Ekonomi", "Avstämning av hyresreskontra mot huvudbok", "Ekonomichef", "Månadsvis",
         "Klar", "Avstämt t.o.m. juli utan differenser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av attestflöde för leverantörsfakturor över 50 tkr", "Ekonomichef",
         "2025-06-30", "Klar",
         "Stickprov 20 fakturor. 1 faktura attesterad av fel person (jäv). Åtgärdat och "
         "rutinen förtydligad.", "GENOMFORD", "ja"),
        ("Uthyrning", "Bostadskön – lägenheter förmedlas i turordning enligt uthyrningspolicyn",
         "Uthyrningschef", "2025-09-30", "Pågår",
         "Stickprov 10 av 25 planerade förmedlingar gjort, inga avvikelser hittills.",
         "DELVIS", "nej"),
        ("Uthyrning", "Kreditprövning av nya hyresgäster dokumenteras", "Uthyrningschef",
         "2025-10-31", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) – brandskyddskontroller i samtliga "
         "bostadsområden", "Fastighetschef", "2025-08-31", "Klar",
         "Genomförd i alla 14 områden. Brister i 3 trapphus (belamrade), åtgärdade efter "
         "påpekande.", "GENOMFORD", "ja"),
        ("Fastighet", "Underhållsplanen följs – utfall mot budget för planerat underhåll",
         "Fastighetschef", "Tertialvis", "Pågår", "Utfall 48 % av årsbudget per augusti.",
         "DELVIS", ""),
        ("Upphandling", "Avrop sker från ramavtal vid köp av entreprenader", "VD", "2025-11-30",
         "Ej påbörjad", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("IT/GDPR", "Behörigheter i fastighetssystemet Vitec granskas", "IT-samordnare",
         "2025-05-31", "Klar", "Genomgång gjord, 6 inaktuella konton borttagna.",
         "GENOMFORD", "ja"),
        ("Personal", "Löneutbetalningar stäms av mot anställningsavtal", "HR-ansvarig",
         "2025-06-30", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Styrning", "Ägardirektivets rapporteringskrav till kommunen uppfylls", "VD", "Löpande",
         "Utgår", "Kontrollen utgår enligt styrelsebeslut 2025-03-18; hanteras i ägardialogen.",
         "UTGAR", ""),
    ]
    for i, r in enumerate(rows):
        rr = 5 + i
        ws.write(rr, 0, i + 1, body)
        for c in range(4):
            ws.write(rr, c + 1, r[c], body)
        ws.write(rr, 5, r[4], st_styles[r[4]])
        ws.write(rr, 6, r[5], body)
    rr = 5 + len(rows) + 1
    ws.write(rr, 0, "Statusförklaring:", xlwt.easyxf("font: bold on"))
    ws.write(rr + 1, 0, "Klar = kontrollen är genomförd. Pågår = kontrollen är påbörjad men inte "
                        "avslutad. Ej påbörjad = kontrollen har inte startat. Utgår = kontrollen "
                        "är struken efter beslut.")
    ws.write(rr + 3, 0, "Köping 2025-09-04")
    ws.write(rr + 4, 0, "Ulf Berggren, VD")
    for c, w in enumerate([5, 13, 48, 16, 12, 12, 50]):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Köpings Bostads AB", "2025", "DELAR"))
    add_expected(fil, "Köpings Bostads AB", [(r[1], r[6], r[7]) for r in rows])


# ====================================================================
# 6. Barn- och ungdomsnämnden - plan + follow-up as two sheets (.xlsx)
# ====================================================================
def build_bun():
    fil = "BUN internkontroll 2025 plan och uppföljning.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Barn- och ungdomsförvaltningen", "Internkontroll 2025 BUN")
    plan = wb.active
    plan.title = "Plan 2025"
    plan["A1"] = "Barn- och ungdomsnämndens internkontrollplan 2025"
    plan["A1"].font = Font(bold=True, size=13)
    plan["A2"] = "Antagen BUN 2024-12-10, § 112"
    controls = [
        ("Ekonomi", "Felaktiga utbetalningar", 2, 4,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Controller", "Delår"),
        ("Ekonomi", "Felaktig debitering av avgifter", 3, 3,
         "Barnomsorgsavgifter debiteras enligt maxtaxa och aktuella inkomstuppgifter",
         "Stickprov 25 hushåll", "Avgiftshandläggare", "Delår"),
        ("Skolskjuts", "Beslut fattas utan stöd i delegation", 2, 3,
         "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Granskning 15 beslut", "Skolskjutssamordnare", "Delår"),
        ("Trygghet och studiero", "Kränkningar utreds inte", 3, 4,
         "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
         "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "Delår"),
        ("Närvaro", "Elever med problematisk frånvaro uppmärksammas inte", 3, 4,
         "Uppföljning av elevers frånvaro – åtgärder vid problematisk frånvaro dokumenteras",
         "Stickprov 20 elever", "Elevhälsochef", "Delår"),
        ("Personal", "Obehöriga lärare anställs", 2, 3,
         "Legitimation och behörighet kontrolleras vid anställning av lärare",
         "Samtliga nyanställningar jan–jun", "HR-konsult", "Delår"),
        ("Personal", "Olämplig person arbetar med barn", 2, 4,
         "Utdrag ur belastningsregistret har visats vid anställning i förskola och skola",
         "Stickprov 4 enheter", "Rektorer", "Delår"),
        ("IT", "Förlust av elevdatorer", 3, 2,
         "Inventering av elevdatorer (1:1) och återlämning vid avslutad skolgång",
         "Inventering mot tillgångsregister", "IT-samordnare", "Delår"),
        ("Inköp", "Inköp utanför avtal", 3, 2,
         "Avtalstrohet vid inköp av läromedel", "Spendanalys", "Controller", "Delår"),
    ]
    hdr = ["Nr", "Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Ansvarig", "Rapportering"]
    hf = PatternFill("solid", fgColor="305496")
    for c, h in enumerate(hdr, start=1):
        cell = plan.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hf
        cell.border = BOX
    for i, ctl in enumerate(controls, start=1):
        r = 4 + i
        vals = [i, ctl[0], ctl[1], ctl[2], ctl[3], None, ctl[4], ctl[5], ctl[6], ctl[7]]
        for c, v in enumerate(vals, start=1):
            cell = plan.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        plan.cell(row=r, column=6, value="=D%d*E%d" % (r, r))
    for i, w in enumerate([5, 18, 30, 5, 5, 9, 48, 28, 22, 12], start=1):
        plan.column_dimensions[get_column_letter(i)].width = w

    fu = wb.create_sheet("Uppföljning delår")
    fu["A1"] = "Uppföljning internkontroll – delår 2025 (januari–augusti)"
    fu["A1"].font = Font(bold=True, size=13)
    green = PatternFill("solid", fgColor="00B050")
    yellow = PatternFill("solid", fgColor="FFFF00")
    red = PatternFill("solid", fgColor="FF0000")
    fu["B2"] = "Teckenförklaring status:"
    fu["B2"].font = Font(bold=True)
    fu["C2"].fill = green
    fu["D2"] = "Kontrollen genomförd"
    fu["C3"].fill = yellow
    fu["D3"] = "Kontrollen delvis genomförd / pågår"
    fu["C4"].fill = red
    fu["D4"] = "Kontrollen ej genomförd"
    hdr = ["Nr", "Kontrollmoment", "Resultat av kontrollen", "Status", "Avvikelse (Ja/Nej)",
           "Åtgärd"]
    for c, h in enumerate(hdr, start=1):
        cell = fu.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hf
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    results = [
        ("30 fakturor granskade, samtliga korrekt attesterade.", green, "Nej", "",
         "GENOMFORD", "nej"),
        ("Kontroll gjord för förskolorna; fritidshemmen återstår. 2 fel i inkomstuppgifter "
         "har rättats.", yellow, "Ja", "Kontroll av fritidshem i oktober.",
         "DELVIS", "ja"),
        ("15 beslut granskade. 1 beslut var fattat av fel delegat.", green, "Ja",
         "Delegationsordningen kommuniceras på nytt till handläggarna.", "GENOMFORD", "ja"),
        ("Samtliga 37 anmälningar har rapporterats till huvudman inom fem dagar.", green, "Nej",
         "", "GENOMFORD", "nej"),
        ("Ej genomförd. Kontrollen flyttas till hösten p.g.a. byte av närvarosystem.", red, "",
         "", "EJ_GENOMFORD", ""),
        ("Samtliga 11 nyanställda lärare hade legitimation med behörighet i anställningsämnet.",
         green, "Nej", "", "GENOMFORD", "nej"),
        ("Stickprov på 2 av 4 enheter genomfört; inga brister.", yellow, "Nej",
         "Resterande enheter under hösten.", "DELVIS", "nej"),
        ("Ej genomförd – kontrollen är planerad till oktober.", None, "", "",
         "EJ_GENOMFORD", ""),
        ("Redovisas i separat rapport till nämnden i september.", green, "", "",
         "GENOMFORD", ""),
    ]
    exp = []
    for i, (ctl, res) in enumerate(zip(controls, results), start=1):
        r = 6 + i
        vals = [i, ctl[4], res[0], None, res[2], res[3]]
        for c, v in enumerate(vals, start=1):
            cell = fu.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if res[1] is not None:
            fu.cell(row=r, column=4).fill = res[1]
        exp.append((ctl[4], res[4], res[5]))
    fu.cell(row=17, column=1, value="Sammanställt av: Johan Ek, controller BUF, 2025-09-01")
    for i, w in enumerate([5, 48, 52, 9, 12, 38], start=1):
        fu.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", "Barn- och ungdomsnämnden", "2025", "DELAR"))
    add_expected(fil, "Barn- och ungdomsnämnden", exp)


# ====================================================================
# 7. Kommunstyrelsen - Stratsys CSV export, T1 + Delår + Helår (cp1252)
# ====================================================================
def build_ks():
    fil = "Stratsys_export_internkontroll_KS_20250905.csv"
    org = "Köpings kommun/Kommunstyrelsen/Kommunledningsförvaltningen/"
    rows = [
        (org + "Ekonomiavdelningen", "Bokslut", "Avstämning av balanskonton inför bokslut",
         "Redovisningschef", "Tertialvis",
         "Genomförd", "Alla balanskonton avstämda per april.",
         "Genomförd", "Avstämt per augusti, inga differenser.", "", "",
         "GENOMFORD", "nej"),
        (org + "Ekonomiavdelningen", "Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsekonom",
         "Tertialvis", "Genomförd", "Stickprov 40 fakturor, inga avvikelser.",
         "Genomförd med avvikelse", "2 av 40 fakturor saknade andra attest (belopp > 1 mkr).",
         "", "", "GENOMFORD", "ja"),
        (org + "Ekonomiavdelningen", "Leverantörsregister",
         "Kontroll av ändrade bankuppgifter hos leverantörer (bedrägeriförsök)",
         "Redovisningsekonom", "Löpande", "Pågående", "Rutin under införande.",
         "Genomförd", "Samtliga 23 ändringar verifierade via telefon mot känt nummer.", "", "",
         "GENOMFORD", "nej"),
        (org + "HR-avdelningen", "Lön",
         "Löneutbetalningar – kontroll av nyupplagda anställda i Heroma mot anställningsbeslut",
         "Lönechef", "Månadsvis", "Genomförd", "Jan–april kontrollerade, inga avvikelser.",
         "Pågående", "Maj–juni kontrollerade utan anmärkning. Juli–augusti återstår p.g.a. "
         "semester.", "", "", "DELVIS", "nej"),
        (org + "HR-avdelningen", "Rehabilitering",
         "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato", "HR-chef",
         "Två ggr/år", "", "", "Ej genomförd",
         "Skjuts till helår – ny HR-specialist börjar i september.", "", "",
         "EJ_GENOMFORD", ""),
        (org + "IT-avdelningen", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet",
         "IT-säkerhetssamordnare", "Årligen (mars)", "Genomförd",
         "Genomgång gjord i mars. 4 konton för personer som slutat har avslutats.",
         "", "", "", "", "GENOMFORD", "ja"),
        (org + "IT-avdelningen", "Drift", "Test av återläsning av säkerhetskopior",
         "IT-driftchef", "Två ggr/år", "", "", "", "", "", "", "SAKNAS", ""),
        (org + "Kansliavdelningen", "Dokumenthantering",
         "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Registrator",
         "Tertialvis", "Genomförd", "Stickprov 50 handlingar, samtliga inom tre dagar.",
         "Genomförd", "Stickprov 50 handlingar, 6 registrerades senare än tre arbetsdagar "
         "(semesterperiod).", "", "", "GENOMFORD", "ja"),
        (org + "Kansliavdelningen", "Delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Tertialvis",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.", "", "",
         "GENOMFORD", "nej"),
        (org + "Kansliavdelningen", "Offentlighet",
         "Kontroll av att allmänna handlingar lämnas ut inom skälig tid", "Kanslichef",
         "Tertialvis", "Utgår",
         "Utgår – ersatt av kontrollmoment om diarieföring enligt KS 2025-03-03 § 41.",
         "", "", "", "", "UTGAR", ""),
        (org + "Säkerhetsavdelningen", "Krisberedskap",
         "Kontaktlistor för krisledningsstaben är uppdaterade", "Säkerhetssamordnare",
         "Tertialvis", "", "", "", "Se bilaga 3.", "", "", "OKLAR", ""),
    ]
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår",
           "Status Helår", "Kommentar Helår"]
    with open(out(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r[:11])
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    add_expected(fil, "Kommunstyrelsen", [(r[2], r[11], r[12]) for r in rows])


# ====================================================================
# 8. Covering letter from ekonomiavdelningen - must be rejected (.docx)
# ====================================================================
def build_letter():
    fil = "Följebrev intern kontroll delår 2025.docx"
    d = docx.Document()
    doc_props(d, "Ekonomiavdelningen", "Följebrev intern kontroll delår 2025")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run("KÖPINGS KOMMUN").bold = True
    p.add_run("\nKommunledningsförvaltningen, Ekonomiavdelningen")
    d.add_paragraph("2025-09-08\tDnr KS 2025/312").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Kommunstyrelsen\nKopia: Kommunens revisorer")
    d.add_heading("Följebrev – nämndernas och bolagens uppföljning av intern kontroll, "
                  "delårsrapport 2025", level=1)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnderna och de helägda bolagen "
        "rapportera uppföljningen av sina internkontrollplaner till kommunstyrelsen i samband "
        "med delårsrapporten. Bifogat finns de underlag som kommit in till ekonomiavdelningen "
        "per 2025-09-05. Underlagen har lämnats i nämndernas egna mallar och har inte "
        "bearbetats.")
    d.add_paragraph("Inkomna underlag:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Nämnd/bolag", "Underlag", "Kommentar")):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    rows = [
        ("Kommunstyrelsen", "Inkommit", "Export från Stratsys"),
        ("Barn- och ungdomsnämnden", "Inkommit", "Plan och uppföljning i samma fil"),
        ("Socialnämnden", "Inkommit", "Endast avvikelser redovisas"),
        ("Vård- och omsorgsnämnden", "Inkommit", "Samtliga kontroller genomförda utan anmärkning"),
        ("Kultur- och fritidsnämnden", "Endast antagen plan", "Uppföljning kompletteras"),
        ("Tekniska nämnden", "Inkommit", "Flera kontrollmoment saknar uppgift"),
        ("Köpings Bostads AB", "Inkommit", ""),
        ("Västra Mälardalens Energi och Miljö AB", "Ej inkommit", "Påminnelse skickad 2025-09-05"),
        ("Valnämnden", "–", "Ingen internkontrollplan 2025"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=10)
    d.add_paragraph()
    d.add_paragraph(
        "Ekonomiavdelningen sammanställer uppföljningen i delårsrapporten och återkommer till "
        "kommunstyrelsens arbetsutskott 2025-09-22 med en samlad bedömning av den interna "
        "kontrollen.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Holm\nRedovisningschef")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ====================================================================
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska kontoret|Tekniska förvaltningen"),
        ("Valnämnden", "VAL|Valnämnd"),
        ("Västra Mälardalens myndighetsförbund", "VMMF|Myndighetsförbundet|Bygg och miljö"),
        ("Köpings Bostads AB", "KBAB|Köpings Bostäder"),
        ("Västra Mälardalens Energi och Miljö AB", "VME|VME AB"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_kfn()
    build_tn()
    build_sn()
    build_von()
    build_kbab()
    build_bun()
    build_ks()
    build_letter()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
