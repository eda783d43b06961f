#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 143 - Gräsö-Ängby kommun, uppföljning internkontroll tertial 2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
Deterministic: fixed texts, fixed document properties, zip entries re-written with a fixed timestamp.
"""
import csv
import datetime as dt
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
FIXED_DT = dt.datetime(2025, 9, 12, 8, 0, 0)
ZIP_DT = (2025, 9, 12, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path, first=None):
    """Rewrite a zip container with fixed timestamps (keeps entry order; 'first' stored uncompressed first)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda t: 0 if t[0].filename == first else 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_text(name, text, encoding="utf-8", newline="\r\n", bom=False):
    data = text.replace("\r\n", "\n").replace("\n", newline)
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(raw)


# ---------------------------------------------------------------------------
# 1. KS (+ Valnämnden) - plain-text e-mail saved from Outlook as .txt
# ---------------------------------------------------------------------------
def file_ks():
    fil = "SV Uppföljning internkontroll T2 2025 - KS.txt"
    ks = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "G. Stickprov 25 fakturor, 1 saknade andra attest (åtgärdat).", "GENOMFORD", "ja"),
        ("Representation och förtroendekänsliga poster, kontroll mot riktlinjen",
         "G, inga avvikelser", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp (stickprov 20 inköp)",
         "D, 12 av 20 klara, resten görs i sept", "DELVIS", ""),
        ("Behörigheter i ekonomisystemet (Raindance) stäms av mot anställningar",
         "G", "GENOMFORD", ""),
        ("Delegationsbeslut anmäls till KS",
         "E. Ej hunnit pga vakans på kansliet, görs T3", "EJ_GENOMFORD", ""),
        ("Lönekontroll, nyanställda och avslutade anställningar",
         "G, 2 felaktiga utbet. upptäckta och återkrävda", "GENOMFORD", "ja"),
        ("Uppföljning av KS beslut (verkställighet)",
         "utgår, ersätts av ny rutin enl. KS beslut 2025-04-15 § 62", "UTGAR", ""),
        ("Informationssäkerhet, loggkontroll i HR-systemet",
         "", "SAKNAS", ""),
    ]
    vn = [
        ("Arkivering av röstlängder och valmaterial enligt arkivreglementet",
         "G, klart i maj", "GENOMFORD", ""),
        ("Utbildning av röstmottagare inför valet 2026",
         "E, planeras till våren 2026", "EJ_GENOMFORD", ""),
    ]
    lines = [
        "Från:\tLena Holmqvist <lena.holmqvist@grasoangby.se>",
        "Skickat:\tden 9 september 2025 14:12",
        "Till:\tEkonomikontoret <ekonomikontoret@grasoangby.se>",
        "Kopia:\tPer Sandin <per.sandin@grasoangby.se>",
        "Ämne:\tSV: Uppföljning internkontroll T2 2025",
        "",
        "Hej!",
        "",
        "Här kommer KS uppföljning av internkontrollplanen för T2 (jan-aug). Jag har skrivit status efter",
        "varje punkt, G = genomförd, D = delvis, E = ej genomförd. Sorry att det blev lite kortfattat,",
        "vi har haft en rörig höst på kansliet.",
        "",
        "Kommunstyrelsen",
    ]
    for i, (km, st, _, _) in enumerate(ks, 1):
        lines.append(f"{i}. {km} - {st}".rstrip() if st else f"{i}. {km} - ")
    lines += [
        "",
        "Valnämnden (vi på kansliet sköter den, den har bara två punkter i år)",
    ]
    for i, (km, st, _, _) in enumerate(vn, 1):
        lines.append(f"{i}. {km} - {st}")
    lines += [
        "",
        "Punkt 8 har IT inte återkommit om, jag skickar den när jag får svar.",
        "",
        "Mvh",
        "Lena",
        "",
        "Lena Holmqvist",
        "Controller",
        "Kommunledningsförvaltningen",
        "Gräsö-Ängby kommun",
        "Tfn 0173-123 45",
        "",
        "",
        "Från: Ekonomikontoret",
        "Skickat: den 18 augusti 2025 09:03",
        "Till: Förvaltningschefer; Controllers",
        "Ämne: Uppföljning internkontroll T2 2025",
        "",
        "Hej alla!",
        "",
        "Nu är det dags att följa upp internkontrollplanerna för tertial 2. Skicka er uppföljning till",
        "ekonomikontoret senast den 12 september. Ange för varje kontrollmoment status (Genomförd /",
        "Delvis genomförd / Ej genomförd / Utgår) och en kort kommentar om ni hittat avvikelser.",
        "Ni får gärna använda er egen mall.",
        "",
        "Tack på förhand!",
        "Ekonomikontoret",
    ]
    write_text(fil, "\n".join(lines) + "\n")
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "T2"))
    for km, _, s, a in ks:
        exp(fil, "Kommunstyrelsen", km, s, a)
    for km, _, s, a in vn:
        exp(fil, "Valnämnden", km, s, a)


# ---------------------------------------------------------------------------
# 2. MBN - .eml, prose e-mail, one control per paragraph with "Status:" line
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "Internkontroll MBN tertial 2.eml"
    ctrl = [
        ("Handläggningstid bygglov (10 veckor enl. PBL), stickprov 15 ärenden",
         "Genomförd. 2 ärenden låg över 10 veckor, avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa",
         "Delvis genomförd – livsmedel klart, miljöskydd återstår.", "DELVIS", ""),
        ("Diarieföring av inkomna handlingar inom en arbetsdag",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Jäv och bisysslor - inhämta redovisning från samtliga handläggare",
         "Ej genomförd. Flyttas till hösten p.g.a. sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Uppföljning av förelägganden med vite",
         "Se bilaga.", "OKLAR", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden",
         "Ej aktuell i år, ingår i KS granskning.", "UTGAR", ""),
    ]
    body = [
        "Hej Karin,",
        "",
        "Sorry för sent svar. Här är läget för Miljö- och byggnämndens internkontroll efter andra",
        "tertialet. Vi hann inte få in allt i mallen så jag skriver det här istället.",
        "",
    ]
    for km, st, _, _ in ctrl:
        body += [km, "Status: " + st, ""]
    body += [
        "Bilagan om vitesärendena kommer från Johanna när hon är tillbaka på måndag.",
        "",
        "Hälsningar",
        "Ahmed Karimi",
        "Bygglovschef",
        "Miljö- och byggförvaltningen",
        "Gräsö-Ängby kommun",
    ]
    headers = [
        "Return-Path: <ahmed.karimi@grasoangby.se>",
        "From: Ahmed Karimi <ahmed.karimi@grasoangby.se>",
        "To: Karin Wester <karin.wester@grasoangby.se>",
        "Subject: =?utf-8?Q?SV:_Uppf=C3=B6ljning_internkontroll_T2_2025?=",
        "Date: Thu, 11 Sep 2025 16:47:03 +0200",
        "Message-ID: <AM0PR07MB4417C2A1@grasoangby.se>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "Content-Language: sv-SE",
        "",
    ]
    write_text(fil, "\n".join(headers + body) + "\n")
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))
    for km, _, s, a in ctrl:
        exp(fil, "Miljö- och byggnämnden", km, s, a)


# ---------------------------------------------------------------------------
# 3. VON - CSV saved from Swedish Excel: cp1252, ';', title rows, legend row,
#    Helår 2024 / T1 2025 / T2 2025 side by side
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK 2025 tert2.csv"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Helår 2024", "T1 2025", "T2 2025", "Kommentar"]
    rows = [
        ("1", "Ekonomi", "Attest av fakturor inom hemtjänsten", "Enhetschefer", "G", "G", "G", "",
         "GENOMFORD", ""),
        ("2", "Ekonomi", "Fakturering av omsorgsavgifter (avgiftsberäkning stämmer mot beslut)", "Avgiftshandläggare",
         "D", "D", "G", "Stickprov 30 st.\nEn felaktig avgift hittad och korrigerad, återbetalning gjord i juli.",
         "GENOMFORD", "ja"),
        ("3", "Verksamhet", "Genomförandeplaner upprättade inom 14 dagar efter beslut", "Enhetschefer SÄBO",
         "E", "D", "D", "8 av 12 enheter klara", "DELVIS", ""),
        ("4", "Verksamhet", "Avvikelser enl. Lex Sarah rapporteras och utreds", "MAS",
         "G", "G", "", "", "GENOMFORD", ""),
        ("5", "Verksamhet", "Läkemedelshantering – signeringslistor kontrolleras", "MAS",
         "G", "", "E", "Ej gjort pga semesterperioden, tas i oktober", "EJ_GENOMFORD", ""),
        ("6", "Personal", "Kontroll av timanställdas tidrapporter", "HR/enhetschef",
         "", "G", "G", "Inga avvikelser", "GENOMFORD", "nej"),
        ("7", "Personal", "Registerkontroll vid nyanställning (belastningsregistret)", "HR",
         "G", "G", "D", "Gjort för 14 av 18 nyanställda", "DELVIS", ""),
        ("8", "Ekonomi", "Kontanthantering, brukarnas fickpengar", "Enhetschefer",
         "G", "E", "", "", "EJ_GENOMFORD", ""),
        ("9", "IT", "Loggkontroll journalsystemet (Treserva)", "Systemförvaltare",
         "G", "U", "U", "Utgår - kontrolleras centralt av KS fr.o.m. 2025", "UTGAR", ""),
        ("10", "Verksamhet", "Trygghetslarm – svarstider mot avtal", "Larmcentralen",
         "", "", "", "", "SAKNAS", ""),
    ]
    n = len(hdr)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Internkontrollplan 2025 - uppföljning tertial 2"] + [""] * (n - 1))
    w.writerow(["Vård- och omsorgsnämnden"] + [""] * (n - 1))
    w.writerow(["Förklaring: G=genomförd  D=delvis genomförd  E=ej genomförd  U=utgår"]
               + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(hdr)
    for r in rows:
        w.writerow(list(r[:8]))
    w.writerow([""] * n)
    w.writerow(["", "", "Sammanställt av: Maria Ek, kvalitetsutvecklare 2025-09-08"] + [""] * (n - 3))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T2"))
    for r in rows:
        exp(fil, "Vård- och omsorgsnämnden", r[2], r[8], r[9])


# ---------------------------------------------------------------------------
# 4. TN - tab-separated text saved with .csv extension (UTF-8 BOM),
#    status and comment in one cell
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK_T2_2025.csv"
    rows = [
        ("Fastighet", "Kontroll av att ramavtal används vid beställning av entreprenader", "Fastighetschef",
         "2 ggr/år",
         "Genomförd - 18 av 20 beställn. enl. avtal, 2 direktupphandlingar utan dokumentation -> rutinen ses över",
         "GENOMFORD", "ja"),
        ("Fastighet", "Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör", "1 ggr/år",
         "Klar i juni, inga anm.", "GENOMFORD", "nej"),
        ("Gata", "Vinterväghållning - entreprenörens fakturor kontrolleras mot körjournaler", "Gatuchef", "T1",
         "Genomförd (T1), 4 fakturor stämde ej mot körjournal - krediterade", "GENOMFORD", "ja"),
        ("VA", "Egenkontroll dricksvatten enligt kontrollprogram", "VA-chef", "löpande",
         "Pågår, provtagning sker enl plan, sammanställning i dec.", "DELVIS", ""),
        ("VA", "Debitering av VA-avgifter för nya abonnenter", "Ekonom VA", "2 ggr/år",
         "ej genomförd – personalbrist på ekonomi", "EJ_GENOMFORD", ""),
        ("Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare", "2 ggr/år",
         "Delvis (3 av 5 enheter har lämnat in)", "DELVIS", ""),
        ("Avfall", "Hantering av farligt avfall på återvinningscentralen", "Avfallsansvarig", "1 ggr/år",
         "Genomförd", "GENOMFORD", ""),
        ("Gemensamt", "Attest av leverantörsfakturor", "Förvaltningschef", "2 ggr/år",
         "ok inga avvikelser", "GENOMFORD", "nej"),
        ("Gemensamt", "Inköp under 100 tkr – tre offerter inhämtas", "Förvaltningschef", "1 ggr/år",
         "", "SAKNAS", ""),
    ]
    lines = [
        "Tekniska nämnden – uppföljning internkontroll tertial 2 2025\t\t\t\t",
        "(Tekniska förvaltningen: fastighet, gata/park, VA, avfall)\t\t\t\t",
        "\t\t\t\t",
        "Område\tKontrollmoment\tKontrollansvarig\tFrekvens\tStatus/kommentar T2",
    ]
    for r in rows:
        lines.append("\t".join(r[:5]))
    lines.append("\t\t\t\t")
    lines.append("Godkänd av förvaltningschef Mats Öberg 2025-09-04\t\t\t\t")
    write_text(fil, "\n".join(lines) + "\n", bom=True)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T2"))
    for r in rows:
        exp(fil, "Tekniska nämnden", r[1], r[5], r[6])


# ---------------------------------------------------------------------------
# 5. BUN - simple xlsx, two sheets (T1 copied to T2), typos, group rows, total
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN internkontroll 2025.xlsx"
    # (group or None, kontrollmoment, ansv, T1 status, T1 komm, T2 status, T2 komm, expected, avv)
    rows = [
        ("EKONOMI",),
        ("Attest lev.fakturor enl. attestordning", "Ek.adm", "Genomförd", "", "Genomförd",
         "25 st stickprov, ok", "GENOMFORD", "nej"),
        ("Kontroll av skolskjutsfakturor mot beställda resor", "Skolskjutssamordn.", "ej påb.", "",
         "genomförd", "2 felaktiga fakt. reklamerade till bussbolaget", "GENOMFORD", "ja"),
        ("Interkommunala ersättningar (IKE) debiteras korrekt", "Ekonom", "ej påb.", "", "Delvis",
         "gymn. klart, grundsk. kvar", "DELVIS", ""),
        ("Inköp enl. ramavtal (läromedel)", "Rektorer", "", "", "Genomörd", "", "GENOMFORD", ""),
        ("VERKSAMHET",),
        ("Frånvarorapportering elever, anmälan till huvudman vid hög frånvaro", "Rektorer", "ej påb.", "",
         "påbörjad", "4 av 7 skolor har rapp.", "DELVIS", ""),
        ("Kränkande behandling anmäls till huvudman inom 1 vecka (skollagen 6 kap 10§)", "Rektorer",
         "Genomförd", "", "Genomförd m. avvikelse", "3 anm. kom in för sent", "GENOMFORD", "ja"),
        ("Placering i förskola inom 4 mån från ansökan", "Förskolechef/placeringsansv.", "Pågår", "",
         "Klart", "Alla plac. inom 4 mån", "GENOMFORD", "nej"),
        ("Registerutdrag vid anställning av personal i förskola/skola", "HR", "ej påb.", "", "Ej genomf.",
         "Görs i okt", "EJ_GENOMFORD", ""),
        ("PERSONAL",),
        ("Sjukfrånvaro - rehabutredning påbörjas senast dag 15", "HR", "", "", "",
         "Inte gjort än, HR har inte tagit fram lista", "EJ_GENOMFORD", ""),
        ("Arbetsmiljöronder genomförda på samtliga enheter", "Förv.chef", "ej aktuellt", "ingår i SAM",
         "ej aktuellt", "ingår i SAM-arbetet, stryks ur planen", "UTGAR", ""),
        ("Lönekontroll vikarier (timlön)", "Lönekontor", "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for sheetname, period in (("T1", "T1"), ("T2", "T2")):
        ws = wb.active if sheetname == "T1" else wb.create_sheet(sheetname)
        ws.title = sheetname
        ws["A1"] = "BUN - Intern kontroll 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = f"Uppföljning {period} (jan-{'apr' if period == 'T1' else 'aug'})"
        ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "Kontrollmoment", "Ansv.", "Status", "Kommentar"
        for c in "ABCD":
            ws[c + "4"].font = bold
            ws[c + "4"].fill = grey
        r = 5
        done = 0
        total = 0
        for row in rows:
            if len(row) == 1:
                ws.cell(r, 1, row[0]).font = bold
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            else:
                km, ansv, s1, k1, s2, k2 = row[:6]
                st, kom = (s1, k1) if period == "T1" else (s2, k2)
                ws.cell(r, 1, km)
                ws.cell(r, 2, ansv)
                if st:
                    ws.cell(r, 3, st)
                if kom:
                    ws.cell(r, 4, kom)
                total += 1
                if st.lower().startswith(("genomf", "genomö", "klart")):
                    done += 1
            r += 1
        r += 1
        ws.cell(r, 1, f"Antal genomförda: {done} av {total}").font = Font(italic=True)
        if period == "T2":
            ws.cell(r + 1, 1, "Uppdaterad 2025-09-05 /Jenny")
        ws.column_dimensions["A"].width = 62
        ws.column_dimensions["B"].width = 22
        ws.column_dimensions["C"].width = 22
        ws.column_dimensions["D"].width = 45
        for row_cells in ws.iter_rows(min_row=5, max_row=r):
            for cell in row_cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.active = 1
    wb.properties.creator = "Jenny Ström"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))
    for row in rows:
        if len(row) > 1:
            exp(fil, "Barn- och utbildningsnämnden", row[0], row[6], row[7])


# ---------------------------------------------------------------------------
# 6. KFN - .ods written with odfpy, numeric status codes with legend line
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur o fritid uppföljn IK T2.ods"
    # (kontrollmoment, ansvarig, när, status code or None or text, kommentar, expected, avv)
    rows = [
        ("Bibliotek",),
        ("Kassahantering i bibliotekets reception (dagskassa stäms av)", "Bibl.chef", "maj, aug", 1,
         "Stämt. En differens på 50 kr, utredd", "GENOMFORD", "ja"),
        ("Inköp av medier enligt avtal med leverantör", "Bibl.chef", "aug", 1, "ok", "GENOMFORD", "nej"),
        ("Fritid/anläggningar",),
        ("Bokning och debitering av lokaler och idrottshallar (Interbook)", "Fritidschef", "jun, aug", 2,
         "Jan–jun klart, jul–aug granskas i sept", "DELVIS", ""),
        ("Föreningsbidrag betalas ut enligt riktlinjer och beslut", "Föreningshandläggare", "apr", 1,
         "3 föreningar hade inte lämnat verksamhetsberättelse men fick bidrag ändå – rutinen skärps",
         "GENOMFORD", "ja"),
        ("Badhusets säkerhetsrutiner (livräddning, tillsyn)", "Badmästare", "jun", 3,
         "Flyttat till T3 pga renoveringen av Ängbybadet", "EJ_GENOMFORD", ""),
        ("Kultur/ekonomi",),
        ("Avtal med externa arrangörer diarieförs", "Kultursekr.", "löpande", 0,
         "Struket enl. beslut KFN 2025-03-20 § 14", "UTGAR", ""),
        ("Representation vid evenemang och utställningar", "Kulturchef", "aug", 1,
         "Ej påbörjad", "OKLAR", ""),
        ("Attest av fakturor inom kultur och fritid", "Förv.chef", "aug", None, "", "SAKNAS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    st_bold = Style(name="bold", family="table-cell")
    st_bold.addElement(TextProperties(fontweight="bold"))
    st_title = Style(name="title", family="table-cell")
    st_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    st_head = Style(name="head", family="table-cell")
    st_head.addElement(TextProperties(fontweight="bold"))
    st_head.addElement(TableCellProperties(backgroundcolor="#c6e0b4", border="0.5pt solid #000000"))
    st_grp = Style(name="grp", family="table-cell")
    st_grp.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    st_grp.addElement(TableCellProperties(backgroundcolor="#eeeeee"))
    st_wrap = Style(name="wrap", family="table-cell")
    st_wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    st_center = Style(name="center", family="table-cell")
    st_center.addElement(TableCellProperties(verticalalign="top"))
    st_center.addElement(ParagraphProperties(textalign="center"))
    for s in (st_bold, st_title, st_head, st_grp, st_wrap, st_center):
        doc.automaticstyles.addElement(s)
    widths = ["9cm", "4cm", "2.5cm", "2cm", "9cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    table = Table(name="Uppföljning")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def txt_cell(text, style=None, span=None):
        kw = {"valuetype": "string"}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        for part in str(text).split("\n"):
            c.addElement(P(text=part))
        return c

    def num_cell(v, style=None):
        kw = {"valuetype": "float", "value": v}
        if style is not None:
            kw["stylename"] = style
        c = TableCell(**kw)
        c.addElement(P(text=str(v)))
        return c

    def add_row(cells, ncols=5):
        tr = TableRow()
        used = 0
        for c in cells:
            tr.addElement(c)
            span = int(c.getAttribute("numbercolumnsspanned") or 1)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
            used += span
        for _ in range(ncols - used):
            tr.addElement(TableCell())
        table.addElement(tr)

    add_row([txt_cell("Kultur- o fritidsnämnden", st_title, 5)])
    add_row([txt_cell("Uppföljning internkontrollplan 2025, tertial 2", st_bold, 5)])
    add_row([txt_cell("Statuskoder:  1 = klart   2 = pågår   3 = ej påbörjat   0 = utgår/struket", None, 5)])
    add_row([])
    add_row([txt_cell(h, st_head) for h in ("Kontrollmoment", "Ansvarig", "När", "Status", "Resultat/kommentar")])
    for row in rows:
        if len(row) == 1:
            add_row([txt_cell(row[0], st_grp, 5)])
            continue
        km, ansv, nar, code, kom = row[:5]
        cells = [txt_cell(km, st_wrap), txt_cell(ansv, st_wrap), txt_cell(nar, st_wrap)]
        cells.append(num_cell(code, st_center) if code is not None else TableCell())
        cells.append(txt_cell(kom, st_wrap) if kom else TableCell())
        add_row(cells)
    add_row([])
    add_row([txt_cell("Ifylld av: Sofia Berg, förvaltningssekreterare, 2025-09-03")])
    doc.spreadsheet.addElement(table)
    doc.meta.addElement(__import__("odf.dc", fromlist=["Creator"]).Creator(text="Sofia Berg"))
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p, first="mimetype")
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    for row in rows:
        if len(row) > 1:
            exp(fil, "Kultur- och fritidsnämnden", row[0], row[5], row[6])


# ---------------------------------------------------------------------------
# 7. SN - Word checklist with ☐/☒
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def file_sn():
    fil = "Checklista internkontroll SN T2 2025.docx"
    X, O = "☒", "☐"
    # marks for (Genomförd, Delvis, Ej genomförd)
    rows = [
        ("Ekonomiskt bistånd",),
        ("1.1", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", (1, 0, 0),
         "Stickprov 20 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Kontroll mot andra myndigheter (Försäkringskassan, CSN) görs innan utbetalning", (0, 1, 0),
         "Rutinen följdes i 15 av 20 granskade ärenden. Påminnelse till handläggarna på APT.", "DELVIS", "ja"),
        ("1.3", "Utbetalningar till annan än den sökande", (0, 0, 0),
         "Klar 12/6, inget att anmärka.", "GENOMFORD", "nej"),
        ("Barn och unga",),
        ("2.1", "Orosanmälningar – förhandsbedömning inom 14 dagar", (1, 0, 0),
         "3 av 40 överskred 14 dagar, orsaken dokumenterad i akten.", "GENOMFORD", "ja"),
        ("2.2", "Utredningstid max 4 månader (SoL 11 kap. 2 §)", (0, 0, 1),
         "Skjuts till T3 p.g.a. hög personalomsättning.", "EJ_GENOMFORD", ""),
        ("2.3", "Uppföljning av placerade barn – samtal med barnet enskilt", (1, 1, 0),
         "", "OKLAR", ""),
        ("Ekonomi/administration",),
        ("3.1", "Attest av fakturor för köpt vård (HVB, familjehem)", (1, 0, 0), "", "GENOMFORD", ""),
        ("3.2", "Arvoden och omkostnadsersättningar till familjehem", (0, 0, 0), "", "SAKNAS", ""),
        ("3.3", "Hantering av sekretessbelagda handlingar vid utskick", (0, 0, 0),
         "Utgår enl. SN beslut 2025-05-22 § 48, ersatt av ny rutin för digital post.", "UTGAR", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Gräsö-Ängby kommun\tSocialförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Checklista – uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(f"Period:   {O} T1 (jan–apr)     {X} T2 (jan–aug)     {O} Helår")
    d.add_paragraph("Markera med ☒ i den ruta som gäller. Vid avvikelse ska den beskrivas i kommentarsfältet "
                    "tillsammans med vilken åtgärd som vidtagits. Checklistan lämnas till ekonomikontoret "
                    "senast 12 september.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Status", "Kommentar / avvikelse"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[3])
            m.text = ""
            m.paragraphs[0].add_run(row[0]).bold = True
            shade(m, "F2F2F2")
            continue
        nr, km, marks, kom = row[:4]
        cells[0].text = nr
        cells[1].text = km
        labels = ("Genomförd", "Delvis", "Ej genomförd")
        cells[2].text = f"{X if marks[0] else O} {labels[0]}"
        for k in (1, 2):
            cells[2].add_paragraph(f"{X if marks[k] else O} {labels[k]}")
        cells[3].text = kom
    widths = [Cm(1.2), Cm(7.0), Cm(3.4), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Datum: 2025-09-10")
    d.add_paragraph("Ansvarig: Eva Lind, verksamhetschef IFO")
    d.core_properties.author = "Eva Lind"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "Eva Lind"
    d.core_properties.revision = 3
    pth = os.path.join(OUT, fil)
    d.save(pth)
    normalize_zip(pth)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))
    for row in rows:
        if len(row) > 1:
            exp(fil, "Socialnämnden", row[1], row[4], row[5])


# ---------------------------------------------------------------------------
# 8. GÄBO - bolag, xlsx "Blad1", company only in file name; plan/utfört columns,
#    status + comment in one cell
# ---------------------------------------------------------------------------
def file_gabo():
    fil = "GÄBO IK 2025 T2.xlsx"
    rows = [
        ("Hyresavisering – nya hyror efter hyresförhandlingen rätt inlagda", "feb", dt.date(2025, 3, 12), "OK",
         "GENOMFORD", "nej"),
        ("Hyresfordringar – påminnelse och inkasso enligt rutin", "apr", dt.date(2025, 5, 20),
         "Klart. 4 ärenden hade inte gått till inkasso i tid", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor", "löpande", dt.date(2025, 8, 29), "OK inga avvik.",
         "GENOMFORD", "nej"),
        ("Felanmälan – återkoppling till hyresgäst inom 5 arbetsdagar", "jun", None,
         "Pågår, systemrapport saknas fortf.", "DELVIS", ""),
        ("Upphandling av ramavtal måleri enl. LOU", "maj", None,
         "Ej gjort, upphandlingen skjuten till 2026", "EJ_GENOMFORD", ""),
        ("Brandskyddskontroll (SBA) i trapphus och källare", "aug", dt.date(2025, 8, 15),
         "Klar, brister i 2 fastigheter (Ängbyvägen 4, Storgatan 11) åtgärdade", "GENOMFORD", "ja"),
        ("Nyckelhantering och behörigheter i passersystemet", "okt", None, "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontroll 2025 - uppföljning t.o.m. aug"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Kontroll", "Planerad", "Utfört", "Status/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for j, (km, plan, utf, st, _, _) in enumerate(rows, 4):
        ws.cell(j, 1, km)
        ws.cell(j, 2, plan)
        if utf:
            c = ws.cell(j, 3, utf)
            c.number_format = "yyyy-mm-dd"
        if st:
            ws.cell(j, 4, st)
    ws.cell(4 + len(rows) + 1, 1, "/Anders VD-assistent")
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 60
    ws.oddHeader.center.text = "&F"
    wb.properties.creator = "Anders Lund"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", "Gräsö-Ängby Bostäder AB", "2025", "T2"))
    for km, _, _, _, s, a in rows:
        exp(fil, "Gräsö-Ängby Bostäder AB", km, s, a)


# ---------------------------------------------------------------------------
# 9. Rejected: Excel owner lock file left next to the BUN workbook
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$BUN internkontroll 2025.xlsx"
    name = "Jenny Ström"
    a = name.encode("cp1252")
    raw = bytes([len(a)]) + a + b" " * (53 - len(a))
    u = name.encode("utf-16-le")
    raw += bytes([len(name), 0]) + u + " ".encode("utf-16-le") * ((165 - len(raw) - 2 - len(u)) // 2)
    raw = raw[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(raw)
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|Kansliet"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Gräsö-Ängby Bostäder AB", "GÄBO|Bostadsbolaget|Gräsö-Ängbybostäder"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    file_ks()
    file_mbn()
    file_von()
    file_tn()
    file_bun()
    file_kfn()
    file_sn()
    file_gabo()
    file_lock()
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    # consistency
    inl = {f for f, u, *_ in FILES if u == "INLAST"}
    reg = {n for n, _ in REGISTER}
    for f, n, *_ in EXPECTED:
        assert f in inl, f
        assert n in reg, n
        assert (f, "INLAST", n) in {(a, b, c) for a, b, c, *_ in FILES}, (f, n)
    print(f"{len(FILES)} rows in files.csv ({len(set(f for f, *_ in FILES))} files), "
          f"{len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
