#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 47 – Uppvidinge kommun (Småland), helår 2025.
Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    km = km.replace(";", ",").replace("\n", " ")
    EXPECTED.append((fil, namnd, km, status, avv))


def clean():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, Delår | Helår columns, free-text statuses, typo,
#    group rows, control over two rows, totals row.
# ---------------------------------------------------------------------------
def ks_xlsx():
    fil = "KS uppföljning internkontroll 2025 helår.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (delår ifyllt i sept)"
    ws["A4"] = "Senast uppdaterad 2026-01-14 / A. Lund"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Delår 31/8", "Helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = bold
        c.fill = grey
    for col, w in zip("ABCDEFG", (6, 18, 60, 16, 16, 26, 55)):
        ws.column_dimensions[col].width = w

    # (nr, process, km, ansvarig, delår, helår, kommentar, status, avv, [continuation row])
    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Leverantörsfakturor",
         "Stickprov 20 leverantörsfakturor/kvartal – kontroll mot avtal och att attest skett enligt attestordning",
         "Ekonomichef", "Klar Q1+Q2", "klart",
         "2 fakturor saknade beställarreferens, återkopplat till enheterna.", "GENOMFORD", "ja", None),
        ("1.2", "Representation",
         "Kontroll av samtliga representationsfakturor över 2 000 kr avseende syfte och deltagarförteckning",
         "Redovisningsekonom", "Pågår", "Delvis, Q4 återstår",
         "Inga avvikelser t.o.m. september.", "DELVIS", "nej", None),
        ("1.3", "Kontanthantering",
         "Oanmäld kassainventering av handkassor (minst 2 per år)",
         "Redovisningsekonom", "1 av 2 gjord", None,
         "Kassan på turistbyrån i Åseda inventerad i maj, stämde.", "DELVIS", "nej", None),
        ("1.4", "Avtalstrohet",
         "Uppföljning av inköp utanför avtal – genomgång av de 30 största leverantörerna",
         "Upphandlare", "Ej påb.", "Genomförd", None, "GENOMFORD", "ja",
         ("utan ramavtal under perioden jan–okt",
          "Tre leverantörer (städmaterial, hyrbilar, tryck) saknar avtal. Upphandling startas 2026.")),
        ("G", "2. Personal och lön"),
        ("2.1", "Lön",
         "Kontroll att nyanställda i Heroma har korrekt lön enligt anställningsavtal, stickprov 15 st",
         "Lönechef", None, "OK", "Inga fel hittade.", "GENOMFORD", "nej", None),
        ("2.2", "Lön",
         "Uppföljning att löneutbetalning inte sker efter avslutad anställning",
         "Lönechef", "Ok", "Ok – 1 felaktig utbet. återkrävd", None, "GENOMFORD", "ja", None),
        ("2.3", "Rehabilitering",
         "Rehabiliteringsärenden – kontroll att rehabplan upprättats inom 30 dagar",
         "HR-chef", "Ej påbörjad", "Planerad till våren 2026",
         "HR underbemannat hösten 2025.", "EJ_GENOMFORD", "nej", None),
        ("G", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter",
         "Kontroll av behörigheter i ekonomisystemet Raindance – avslutade anställningar ska vara borttagna",
         "IT-samordnare", "Pågår", "Genomörd",
         "4 konton låg kvar, borttagna i nov.", "GENOMFORD", "ja", None),
        ("3.2", "Informationssäkerhet",
         "Informationsklassning av kommunens verksamhetssystem i KLASSA – kontroll att klassning är gjord",
         "IT-samordnare", "45 %", "78 %", "Återstående system klassas under våren 2026.", "DELVIS", "nej", None),
        ("G", "4. Ärendehantering"),
        ("4.1", "Delegation",
         "Delegationsbeslut anmäls till KS – stickprov mot diariet (Platina)",
         "Kommunsekreterare", None, None, None, "SAKNAS", "nej", None),
        ("4.2", "Diarieföring",
         "Diarieföring av inkomna handlingar inom 2 dagar, stickprov 25 handlingar",
         "Registrator", "Se kommentar", None, None, "OKLAR", "nej", None),
        ("4.3", "Synpunkter",
         "Kontroll av att allmänhetens synpunkter besvaras inom 10 arbetsdagar",
         "Kommunsekreterare", "Utgår – ersatt av ny e-tjänst (KS § 87)", None, None, "UTGAR", "nej", None),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = bold
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = grey
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        nr, proc, km, ansv, d, h, kom, st, avv, cont = row
        for i, v in enumerate((nr, proc, km, ansv, d, h, kom), 1):
            if v is not None:
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        if cont:
            ws.cell(row=r, column=3, value=cont[0]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=7, value=cont[1]).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        exp(fil, nm, km, st, avv)
    r += 1
    ws.cell(row=r, column=2, value="Antal klara helår").font = bold
    ws.cell(row=r, column=6, value="5 av 12").font = bold
    r += 2
    ws.cell(row=r, column=1, value="Status skrivs med egna ord, t.ex. klar / pågår / ej påbörjad. Kommentera avvikelser.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – .xls via soffice; sheet copied from 2024,
#    Status 2024 | Kommentar 2024 | Status 2025 | Kommentar 2025.
# ---------------------------------------------------------------------------
def bun_xls():
    fil = "BUN IK-uppföljning 2025.xls"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2024"   # never renamed when the sheet was copied
    bold = Font(bold=True)
    ws["A1"] = "Barn- och utbildningsnämnden – internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Barn- och utbildningsförvaltningen, Åseda"
    hdr = ["Process", "Risk", "Kontrollmoment", "Frekvens", "Status 2024", "Kommentar 2024",
           "Status 2025", "Kommentar 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    for col, w in zip("ABCDEFGH", (18, 30, 60, 12, 14, 30, 16, 50)):
        ws.column_dimensions[col].width = w
    rows = [
        ("Ekonomi", "Felaktiga fakturor från skolskjutsentreprenör",
         "Kontroll av att skolskjutsfakturor stämmer mot avtalade turer (stickprov 2 månader)", "2 ggr/år",
         "Genomförd", "Inga avvikelser", "Genomförd",
         "Faktura för sept. innehöll 3 turer för mycket, kreditering erhållen.", "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktiga avgifter",
         "Förskolans barnomsorgsavgifter – kontroll av inkomstuppgifter, stickprov 30 hushåll", "1 ggr/år",
         "Delvis", "15 av 30 hushåll", "Ej genomförd", None, "EJ_GENOMFORD", "nej"),
        ("Elevhälsa", "Frånvaro upptäcks inte",
         "Registrering av frånvaro i Skola24 – kontroll att ogiltig frånvaro rapporteras till rektor", "Termin",
         "Genomförd", "Ok på alla skolor", None, "Pratat med rektorerna, återkommer", "OKLAR", "nej"),
        ("Trygghet", "Anmälan om kränkande behandling sker inte",
         "Kränkande behandling – anmälan till huvudman inom 5 dagar, genomgång av samtliga anmälningar", "1 ggr/år",
         "Genomförd med anm.", "Flera sena anmälningar", None,
         "Genomgång gjord dec -25. 11 av 64 anmälningar kom in senare än 5 dagar.", "GENOMFORD", "ja"),
        ("Säkerhet", "Brister i brandskydd",
         "Systematiskt brandskyddsarbete – egenkontroll på samtliga förskolor och skolor", "1 ggr/år",
         "Ej genomförd", None, "Påbörjad", "Klart på 4 av 7 enheter", "DELVIS", "nej"),
        ("Personal", "Obehöriga lärare anställs",
         "Behörighet för lärare – kontroll att legitimation finns vid tillsvidareanställning", "Löpande",
         "Genomförd", None, "Genomföd", "Samtliga 9 nyanställda hade legitimation", "GENOMFORD", "nej"),
        ("Skolskjuts", "Beslut fattas utan delegation",
         "Skolskjuts – kontroll att beslut om skolskjuts är fattade enligt delegationsordningen", "1 ggr/år",
         "Genomförd", None, "Utgår", "Flyttad till KS tekniska enhet från 2025", "UTGAR", "nej"),
        ("Arbetsmiljö", "Tillbud åtgärdas inte",
         "Tillbudsrapportering i KIA – uppföljning att tillbud och arbetsskador åtgärdas", "Termin",
         "Delvis", "Rutin ses över", "?", None, "OKLAR", "nej"),
        ("Ekonomi", "Statsbidrag återbetalas",
         "Statsbidrag – kontroll att återrapportering till Skolverket sker i tid", "1 ggr/år",
         "Genomförd", None, "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Skydd av tillgångar", "Datorer och iPads försvinner",
         "Inventarier – inventering av datorer och iPads mot inventarieförteckning", "1 ggr/år",
         "Ej genomförd", "Flyttas till 2025", None, None, "SAKNAS", "nej"),
    ]
    r = 5
    for row in rows:
        vals = row[:8]
        for i, v in enumerate(vals, 1):
            if v is not None:
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, nm, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisas för nämnden i februari. Kontaktperson: Jonas Berg, controller.")
    tmp = tempfile.mkdtemp(prefix="r47_")
    src = os.path.join(tmp, fil[:-4] + ".xlsx")
    wb.save(src)
    prof = "file://" + os.path.join(tmp, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "xls",
                    "--outdir", OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
    assert os.path.exists(os.path.join(OUT, fil)), "xls conversion failed"
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 3. Socialnämnden – docx, heading per process, table per process,
#    status column with short sentences, status+comment in one cell.
# ---------------------------------------------------------------------------
def sn_docx():
    fil = "Uppföljning internkontroll SN helår 2025.docx"
    nm = "Socialnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, helår", level=1)
    doc.add_paragraph(
        "Nedan redovisas socialförvaltningens uppföljning av de kontrollmoment som nämnden beslutade om i "
        "internkontrollplanen för 2025 (SN 2024-12-10 § 141). Uppföljningen avser helåret. Kontrollerna har "
        "utförts av enhetschefer och 1:e socialsekreterare. Bilaga 2 (familjehem) skickas separat.")
    procs = [
        ("Ekonomiskt bistånd", [
            ("Stickprov 25 ärenden: kontroll att utbetalning av ekonomiskt bistånd har beslut och attest",
             "Ja, gjort i okt", "2 ärenden saknade attest av 1:e socialsekreterare. Rutinen påmind på APT.",
             "GENOMFORD", "ja"),
            ("Kontroll mot Inkomstregistret/SSBTEK vid nybesök",
             "Delvis", "Görs i flertalet ärenden. Kontrollen av sommarens ärenden hann inte göras.",
             "DELVIS", "nej"),
        ]),
        ("Myndighetsutövning barn och unga", [
            ("Utredningstid barnavårdsutredningar – andel avslutade inom 4 månader",
             "Klar. 87 % inom tid (mål 95 %)", "", "GENOMFORD", "ja"),
            ("Skyddsbedömning inom 24 timmar vid inkommen anmälan, stickprov 20",
             "", "Kontrollen har inte genomförts under året p.g.a. vakanser.", "EJ_GENOMFORD", "nej"),
            ("Kontroll att familjehem har aktuell utredning och avtal",
             "Se bilaga 2", "", "OKLAR", "nej"),
        ]),
        ("Dokumentation och informationssäkerhet", [
            ("Loggkontroll i Treserva – 10 slumpvis utvalda användare per halvår",
             "Delvis, endast VT", "Loggkontroll HT ej gjord, systemförvaltaren slutade i aug.",
             "DELVIS", "nej"),
            ("Sekretessmarkering av personer med skyddad identitet",
             "Ok", "Inga brister.", "GENOMFORD", "nej"),
        ]),
        ("Avgifter och ersättningar", [
            ("Egenavgifter familjerätt/öppenvård – kontroll att avgift debiteras",
             "Nej", "Nej. Ingen har haft tid. Flyttas till IKP 2026.", "EJ_GENOMFORD", "nej"),
            ("Ersättning för kontaktpersoner – kontroll av timrapporter mot beslut",
             "Avbruten", "", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    for pname, ctrls in procs:
        doc.add_heading("Process: " + pname, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(("Kontrollmoment", "Genomförd?", "Resultat och kommentar")):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for km, st_txt, kom, st, avv in ctrls:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = st_txt
            cells[2].text = kom
            exp(fil, nm, km, st, avv)
        doc.add_paragraph("")
    doc.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak är "
                      "tillräcklig, men att bemanningsläget under hösten påverkat genomförandet.")
    doc.add_paragraph("Maria Lindqvist\nSocialchef\n2026-01-19")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# helpers for odf
# ---------------------------------------------------------------------------
def ods_cell(text=None, span=None, style=None):
    kw = {}
    if span:
        kw["numbercolumnsspanned"] = span
    if style is not None:
        kw["stylename"] = style
    if text is None or text == "":
        return TableCell(**kw)
    kw["valuetype"] = "string"
    c = TableCell(**kw)
    for line in str(text).split("\n"):
        c.addElement(P(text=line))
    return c


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – .ods, T1|T2|T3 codes with legend, partly filled,
#    lowercase code, two codes, code not in legend, control over two rows.
# ---------------------------------------------------------------------------
def von_ods():
    fil = "VON_IK_2025_T3.ods"
    nm = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    bst = Style(name="bold", family="table-cell")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)
    widths = ("1.2cm", "11cm", "3.5cm", "1.5cm", "1.5cm", "1.5cm", "9cm")
    t = Table(name="IK 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            tr.addElement(ods_cell(v, style=style))
        t.addElement(tr)

    def group(text):
        tr = TableRow()
        tr.addElement(ods_cell(text, style=bst))
        for _ in range(6):
            tr.addElement(TableCell())
        t.addElement(tr)

    row(["Vård- och omsorgsnämnden"], style=bst)
    row(["Internkontroll 2025 – uppföljning T1, T2 och T3 (helår)"])
    row(["Teckenförklaring: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"])
    row([])
    row(["Nr", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"], style=bst)
    data = [
        ("G", "Hälso- och sjukvård"),
        ("1", "Läkemedelshantering – avvikelserapportering kontrolleras av MAS varje tertial", "MAS",
         "G", "G", "G", "Fler avvikelser i hemtjänsten under hösten, åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("2", "Basal hygien – observationsmätning på alla särskilda boenden", "Hygiensjuksköterska",
         "D", "D", None, "Mätning våren klar, höstmätningen flyttad", "DELVIS", "nej"),
        ("3", "Delegering av hälso- och sjukvårdsuppgifter – kontroll att delegeringar är aktuella", "MAS",
         "D", "D", "D – 70 %", None, "DELVIS", "nej"),
        ("G", "Hemtjänst"),
        ("4", "Hemtjänst – kontroll av att utförd tid i TES stämmer med beviljad tid", "Enhetschef hemtjänst",
         "E", "D", "g", "Avvikelse >20 % på 3 av 40 brukare, utreds.", "GENOMFORD", "ja"),
        ("5", "Kontroll av att genomförandeplan upprättas inom 14 dagar efter", "Enhetschef hemtjänst",
         None, None, "E", None, "EJ_GENOMFORD", "nej",
         ("beslut om insats (stickprov 15 brukare)", "Ingen tid avsatt i år")),
        ("6", "Nyckelhantering hemtjänst – kvittens av nycklar och digitala lås", "Enhetschef hemtjänst",
         "D", "G", "P", None, "OKLAR", "nej"),
        ("G", "Särskilt boende"),
        ("7", "Fallprevention – riskbedömning enl. Senior Alert vid inflyttning", "Sjuksköterska",
         "U", None, None, "Utgår enl. beslut VON 2025-03-18 § 22", "UTGAR", "nej"),
        ("8", "Matdistribution – temperaturkontroll vid leverans till avdelningarna", "Kostchef",
         None, None, None, None, "SAKNAS", "nej"),
        ("G", "Personal och ekonomi"),
        ("9", "Bemanning – kontroll att timanställda inte överskrider LAS-dagar", "HR-konsult",
         "G", None, "G/D", None, "OKLAR", "nej"),
        ("10", "Avgifter äldreomsorg – kontroll av avgiftsbeslut mot inkomstuppgifter, stickprov 20",
         "Avgiftshandläggare", None, "E", "G", "2 felaktiga avgifter, rättade", "GENOMFORD", "ja"),
    ]
    for d in data:
        if d[0] == "G":
            group(d[1])
            continue
        nr, km, ansv, t1, t2, t3, kom, st, avv = d[:9]
        row([nr, km, ansv, t1, t2, t3, kom])
        if len(d) > 9:
            cont = d[9]
            row([None, cont[0], None, None, None, None, cont[1]])
        exp(fil, nm, km, st, avv)
    row([])
    row([None, "Sammanställt av: Eva Nyberg, kvalitetsutvecklare, 2026-01-12"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 5. UTF-16 tab-separated export (Hypergene-like), two förvaltningar/nämnder,
#    row per control and period, some periods missing.
# ---------------------------------------------------------------------------
def tsv_export():
    fil = "IK_uppfoljning_export_20260115.txt"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse",
           "Ansvarig", "Senast ändrad"]
    lines = []
    # (org, nämnd, process, km, ansvarig, [(period, status, kommentar, avv, date)], exp status, exp avv)
    ctrls = [
        ("Tekniska förvaltningen", "Tekniska nämnden", "VA-taxa",
         "Kontroll av att fakturor för VA-anslutningsavgifter skickas enligt taxa", "Per Ek",
         [("Delår 2025", "Delvis genomförd", "Jan-juni kollat", "Nej", "2025-09-03"),
          ("Helår 2025", "Genomförd", "Två fastigheter i Norrhult hade inte debiterats, fakturerade i nov.",
           "Ja", "2026-01-09")], "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Fordon",
         "Fordonsregister – kontroll av körjournaler för kommunens bilar", "Per Ek",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-03"),
          ("Helår 2025", "", "inte gjord i år heller", "", "2026-01-09")], "EJ_GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "VA – dricksvatten",
         "Egenkontroll dricksvatten – provtagning enligt kontrollprogram", "Linda Sjö",
         [("Delår 2025", "Genomförd", "", "Nej", "2025-08-29"),
          ("Helår 2025", "Genomförd", "Ett prov med anmärkning (Älghult vv), åtgärdat och omprovat.", "Ja",
           "2026-01-12")], "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Gata/park",
         "Snöröjning – kontroll av entreprenörers tidrapporter mot utförda insatser", "Per Ek",
         [("Delår 2025", "Delvis genomförd", "Jan–mars kontrollerat", "Nej", "2025-09-03")], "DELVIS", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Lokalvård",
         "Lokalvård – kvalitetsuppföljning enligt INSTA 800 på 5 objekt", "Anna Kron",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-01"),
          ("Helår 2025", "Ej genomförd", "Prioriterades bort pga sjukskrivningar", "Nej", "2026-01-14")],
         "EJ_GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Arbetsmiljö",
         "Arbetsmiljö – skyddsronder på reningsverk och återvinningscentral", "Linda Sjö",
         [("Delår 2025", "", "", "", ""),
          ("Helår 2025", "Genomförd", "", "Nej", "2026-01-12")], "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden", "Bygglov",
         "Bygglov – handläggningstid inom 10 veckor, stickprov 20 ärenden", "Omar Haddad",
         [("Delår 2025", "Genomförd", "10 av 10 inom tid", "Nej", "2025-09-05"),
          ("Helår 2025", "Genomförd", "19 av 20 inom tid, ett ärende 12 v (komplettering saknades)", "Ja",
           "2026-01-13")], "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden", "Livsmedelskontroll",
         "Tillsynsavgifter livsmedel – kontroll att årlig avgift debiterats alla objekt", "Sara Holm",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-05"),
          ("Helår 2025", "Delvis genomförd", "Restaurangerna klara, ej skolköken", "Nej", "2026-01-13")],
         "DELVIS", "nej"),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden", "Delegation",
         "Delegationsbeslut – kontroll att samtliga beslut anmäls till nämnd", "Omar Haddad",
         [("Delår 2025", "Genomförd", "", "Nej", "2025-09-05"),
          ("Helår 2025", "Utgår", "Struken i reviderad plan", "", "2026-01-13")], "UTGAR", "nej"),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden", "Miljötillsyn",
         "Diarieföring av inkomna klagomål på miljöområdet", "Sara Holm",
         [("Delår 2025", "", "", "", ""),
          ("Helår 2025", "", "", "", "")], "SAKNAS", "nej"),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden", "Sanktionsavgifter",
         "Kontroll av att beslut om sanktionsavgifter är kommunicerade före beslut", "Omar Haddad",
         [("Helår 2025", "", "Osäkert om detta har gjorts, handläggaren har slutat", "", "2026-01-14")],
         "OKLAR", "nej"),
    ]
    lines.append("\t".join(hdr))
    for org, nm, proc, km, ansv, pers, st, avv in ctrls:
        for per, s, kom, a, dt in pers:
            lines.append("\t".join([org, proc, km, per, s, kom, a, ansv, dt]))
        exp(fil, nm, km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-16", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – .odt, one label/value table per control,
#    ☒/☐ boxes, none ticked, two ticked.
# ---------------------------------------------------------------------------
def kfn_odt():
    fil = "Kultur och fritid - uppföljning IK helår 2025.odt"
    nm = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    bst = Style(name="boldp", family="paragraph")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)
    c1 = Style(name="c1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4cm"))
    c2 = Style(name="c2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12cm"))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2,
                          text="Uppföljning av internkontrollplan 2025 – helår"))
    doc.text.addElement(P(text="Kryssa i en ruta per kontrollmoment och beskriv resultatet. "
                               "Lämnas till ekonomiavdelningen senast 16 januari 2026."))

    def box(flag):
        return "☒" if flag else "☐"

    ctrls = [
        ("Föreningsbidrag",
         "Kontroll att föreningsbidrag betalats ut enligt beslut och att redovisning inkommit",
         (1, 0, 0, 0), "3 föreningar hade inte lämnat verksamhetsberättelse, bidrag för 2026 vilande.",
         "Fritidskonsulent", "GENOMFORD", "ja"),
        ("Kontanthantering",
         "Entréavgifter simhallen – dagskassa stäms av mot kassasystem",
         (0, 1, 0, 0), "Avstämning gjord feb–juni, sen byte av kassasystem.",
         "Badchef", "DELVIS", "nej"),
        ("Bibliotek",
         "Bibliotek – inventering av mediebestånd (stickprov två hyllor per filial)",
         (0, 0, 0, 0), "", "Bibliotekschef", "SAKNAS", "nej"),
        ("Lokaluthyrning",
         "Uthyrning av lokaler – kontroll att bokningar i Interbook faktureras",
         (0, 0, 0, 0), "Kontrollen är inte gjord.", "Bokningsansvarig", "EJ_GENOMFORD", "nej"),
        ("Bidrag",
         "Bidrag till studieförbund – kontroll av redovisade studietimmar",
         (1, 0, 1, 0), "Stickprov av 2 förbund.", "Kultursekreterare", "OKLAR", "nej"),
        ("Säkerhet",
         "Brandövning i kulturhuset och sporthallen i Åseda",
         (0, 0, 1, 0), "Övningen ställdes in två gånger.", "Fastighetsansvarig", "EJ_GENOMFORD", "nej"),
        ("Fritidsgård",
         "Fritidsgården – kontroll att incidentrapporter om hot och våld följs upp",
         (1, 0, 0, 0), "OK, 4 incidenter, alla uppföljda.", "Fritidsledare", "GENOMFORD", "nej"),
        ("Konst",
         "Konstinventering – kontroll av konstverk i kommunens lokaler mot konstregistret",
         (0, 0, 0, 1), "Beslut KFN 2025-05-20 § 31, flyttas till 2026.", "Kultursekreterare", "UTGAR", "nej"),
    ]
    for i, (proc, km, boxes, res, ansv, st, avv) in enumerate(ctrls, 1):
        doc.text.addElement(P(stylename=bst, text="Kontrollmoment %d" % i))
        t = Table(name="Kontroll%d" % i)
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        ticks = "%s Ja   %s Delvis   %s Nej   %s Utgår" % tuple(box(b) for b in boxes)
        for lab, val in (("Process", proc), ("Kontrollmoment", km), ("Ansvarig", ansv),
                         ("Genomförd", ticks), ("Resultat/kommentar", res)):
            tr = TableRow()
            tr.addElement(ods_cell(lab))
            tr.addElement(ods_cell(val))
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(text=""))
        exp(fil, nm, km, st, avv)
    doc.text.addElement(P(text="Åseda 2026-01-15"))
    doc.text.addElement(P(text="Henrik Ståhl, kultur- och fritidschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – plain-text e-mail export.
# ---------------------------------------------------------------------------
def ofn_mail():
    fil = "SV Uppföljning internkontroll helår 2025 - Överförmyndarnämnden.txt"
    nm = "Överförmyndarnämnden"
    ctrls = [
        ("Granskning av årsräkningar – stickprov 10 % av årsräkningarna granskas av två handläggare",
         "Klart. 2 årsräkningar hade uttag utan verifikation, ärendena utreds vidare.", "GENOMFORD", "ja"),
        ("Kontroll att ställföreträdare har giltigt registerutdrag vid förordnande",
         "ok, inga avvikelser", "GENOMFORD", "nej"),
        ("Bevakning av att förvaltarskap omprövas årligen",
         "delvis - vi har gått igenom ca hälften, resten i feb", "DELVIS", "nej"),
        ("Arvoden – kontroll att arvode till gode män beräknats enligt nämndens riktlinjer",
         "inte gjord, har legat efter med årsräkningarna hela hösten", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att nya ärenden registreras i Wärna inom 3 dagar",
         "", "SAKNAS", "nej"),
    ]
    L = [
        "Från:\tKarin Svensson <karin.svensson@uppvidinge.se>",
        "Skickat:\tden 16 januari 2026 09:42",
        "Till:\tEkonomiavdelningen <ekonomi@uppvidinge.se>",
        "Kopia:\tLars Holmgren <lars.holmgren@uppvidinge.se>",
        "Ämne:\tSV: Uppföljning internkontroll helår 2025 - Överförmyndarnämnden",
        "",
        "Hej!",
        "",
        "Här kommer överförmyndarens uppföljning av internkontrollplanen för helåret 2025, förlåt att det "
        "dröjde. Hade inte Excelmallen på den här datorn så jag skriver direkt i mejlet.",
        "",
    ]
    for i, (km, st_txt, st, avv) in enumerate(ctrls, 1):
        L.append("%d. %s" % (i, km))
        L.append("Status: %s" % st_txt)
        L.append("")
        exp(fil, nm, km, st, avv)
    L += [
        "Hör av dig om något är oklart.",
        "",
        "Mvh",
        "Karin",
        "",
        "Karin Svensson",
        "Handläggare, Överförmyndarenheten",
        "Uppvidinge kommun",
        "Tfn 0474-470 00",
        "",
        "Från: Ekonomiavdelningen",
        "Skickat: den 8 december 2025 14:05",
        "Till: Nämndsekreterare; Förvaltningschefer",
        "Ämne: Uppföljning internkontroll helår 2025",
        "",
        "Hej alla!",
        "Nu är det dags för helårsuppföljningen av internkontrollplanerna 2025. Fyll i mallen för er nämnd "
        "och skicka till ekonomi@uppvidinge.se senast fredag 16 januari.",
        "",
        "Tack på förhand!",
        "Ekonomiavdelningen",
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 8. Räddningsnämnden – Excel "CSV (semikolonavgränsad)" in Windows-1252,
#    title lines, Delår;Helår only partly filled, status+comment in one cell,
#    a control spread over two rows (merged cells flattened by the export).
# ---------------------------------------------------------------------------
def rn_csv():
    fil = "Räddningstjänsten IK 2025.csv"
    nm = "Räddningsnämnden"
    L = [
        "Räddningsnämnden;;;;",
        "Internkontroll 2025 - uppföljning helår;;;;",
        ";;;;",
        "Kontrollmoment;Ansvarig;Delår;Helår;Kommentar",
    ]
    ctrls = [
        ("Kontroll av att insatsrapporter är kompletta och attesterade inom 14 dagar", "Stf räddningschef",
         "ok", "Ok, 3 rapp. sena", "", "GENOMFORD", "ja", None),
        ("Tillsyn enligt LSO – kontroll av genomförda tillsynsbesök jämfört med", "Brandinspektör",
         "Pågår", "", "", "DELVIS", "nej", ("tillsynsplanen (antal)", "", "", "12 av 18",
                                              "Resterande 6 flyttas till 2026")),
        ("Brandposter – kontroll av att samtliga brandposter är funktionstestade", "Styrkeledare Åseda",
         "ej påbörjat", "", "", "EJ_GENOMFORD", "nej", None),
        ("Andningsskydd – kontroll av att rökdykarutrustning testats enligt tillverkarens intervall",
         "Andningsskyddsansvarig", "Klart", "Klart", "", "GENOMFORD", "nej", None),
        ("Timrapportering RiB-personal – stickprov av beredskapsersättning mot schema", "Räddningschef",
         "", "Genomförd, 1 felaktig ersättning (dubbelregistrerad) rättad i dec", "", "GENOMFORD", "ja", None),
        ("Sotning och brandskyddskontroll – uppföljning av avtal med skorstensfejarentreprenör",
         "Räddningschef", "", "Osäkert – avtalet ligger hos KS", "", "OKLAR", "nej", None),
        ("Övningsverksamhet – kontroll att varje RiB-styrka genomfört minst 10 övningar", "Stf räddningschef",
         "6-7 st per styrka", "Delvis, sammanställning för Älghult saknas", "", "DELVIS", "nej", None),
    ]
    for km, ansv, d, h, kom, st, avv, cont in ctrls:
        L.append(";".join([km, ansv, d, h, kom]))
        if cont:
            L.append(";".join(cont))
        exp(fil, nm, km, st, avv)
    L.append(";;;;")
    L.append("Ifylld av: Mikael Fransson 2026-01-13;;;;")
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 9. Rejected: Excel lock file left on the shared drive.
# ---------------------------------------------------------------------------
def lock_file():
    fil = "~$KS uppföljning internkontroll 2025 helår.xlsx"
    user = "Anna Lund"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b[:165].ljust(165, b"\x00"))
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Uppvidinge"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN|Krisledning"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            f.write(";".join(r) + "\n")
    names = {n for n, _ in reg}
    for r in FILES:
        assert r[2] == "" or r[2] in names, r
    for r in EXPECTED:
        assert r[1] in names, r


def main():
    clean()
    ks_xlsx()
    bun_xls()
    sn_docx()
    von_ods()
    tsv_export()
    kfn_odt()
    ofn_mail()
    rn_csv()
    lock_file()
    write_csvs()
    print("files:", len({r[0] for r in FILES}), "file rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
