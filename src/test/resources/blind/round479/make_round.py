#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r479 - Ljusnarsbergs kommun, tertial 1 2025 (jan-april).

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv, deterministically, into the folder of this script.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path, first=None):
    """Rewrite a zip container with fixed timestamps so the output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda t: 0 if t[0].filename == first else 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 12, 9, 0, 0))
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, everything typed in one column
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_IK_uppfoljning_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.column_dimensions["A"].width = 120
    # (cell text, kontrollmoment or None, status, avvikelse)
    rows = [
        ("Ljusnarsbergs kommun", None),
        ("Kommunstyrelsen - uppföljning av internkontrollplan 2025, tertial 1", None),
        ("Skriv kontrollen, sedan status (klar/pågår/ej påbörjad) och ev. kommentar inom parentes", None),
        ("", None),
        ("EKONOMI", None),
        ("Attestkontroll lev.fakturor enl. attestordn. – klar (inga avvikelser)",
         ("Attestkontroll lev.fakturor enl. attestordn.", "GENOMFORD", "nej")),
        ("Representation, stickprov 10 st mot riktlinjer – klar (2 st saknade deltagarförteckning, återkopplat till berörda chefer)",
         ("Representation, stickprov 10 st mot riktlinjer", "GENOMFORD", "ja")),
        ("Avtalstrohet vid inköp, stickprov – pågår (jan–feb klart, mars–april återstår)",
         ("Avtalstrohet vid inköp, stickprov", "DELVIS", "")),
        ("", None),
        ("PERSONAL", None),
        ("Behörigheter i lönesystemet, kontroll mot aktuella anställn. – ej påbörjad (görs under T2)",
         ("Behörigheter i lönesystemet, kontroll mot aktuella anställn.", "EJ_GENOMFORD", "")),
        ("Uppföljn. sjukfrånvaro per enhet - klar (inga avvikelser)",
         ("Uppföljn. sjukfrånvaro per enhet", "GENOMFORD", "nej")),
        ("", None),
        ("ÄRENDEHANTERING", None),
        ("Diarieföring av inkomna handlingar inom 3 dgr – genomföt (ok)",
         ("Diarieföring av inkomna handlingar inom 3 dgr", "GENOMFORD", "nej")),
        ("Delegationsbeslut anmälda till KS – utgår (flyttas till 2026 års plan enl. beslut KS 2025-03-18 § 41)",
         ("Delegationsbeslut anmälda till KS", "UTGAR", "")),
        ("", None),
        ("Övrigt: inget att rapportera", None),
        ("", None),
        ("Sammanställt 2025-05-06 av Anna Lindqvist, ekonom", None),
    ]
    for r, (text, e) in enumerate(rows, start=1):
        c = ws.cell(row=r, column=1, value=text if text else None)
        if r == 2:
            c.font = Font(bold=True, size=14)
        elif r == 3:
            c.font = Font(italic=True, color="808080")
        elif text.isupper() and text:
            c.font = Font(bold=True)
        if e:
            exp(fil, N, e[0], e[1], e[2])
    wb.properties.creator = "Anna Lindqvist"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word letter, bullet list, one sentence per control
# ---------------------------------------------------------------------------
def _doc_fixed(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def f2_sn():
    fil = "Brev_ekonomi_IK_jan-april.docx"
    N = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LJUSNARSBERGS KOMMUN\tSocialförvaltningen"
    p = d.add_paragraph("Kopparberg 2025-05-07")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomienheten\nAtt: Controller")
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll jan–april 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Hej! Här kommer förvaltningens uppföljning av nämndens internkontrollplan för "
        "perioden januari–april. Vi har inte haft möjlighet att använda den nya mallen "
        "så jag skriver det i ett brev i stället. Uppföljningen behandlas på nämndens "
        "sammanträde den 21 maj.")
    items = [
        ("Utbetalning av ekonomiskt bistånd mot beslut",
         "Stickprov på 20 utbetalningar i februari och mars är genomfört; en utbetalning "
         "saknade underskrivet beslut, det är nu rättat och handläggaren har fått information.",
         "GENOMFORD", "ja"),
        ("Handläggningstid för förhandsbedömning av orosanmälan (14 dagar)",
         "Kontrollen pågår – januari och februari är granskade och där hölls tidsgränsen i "
         "27 av 29 ärenden, mars och april redovisas till delåret.",
         "DELVIS", "ja"),
        ("Loggkontroll i verksamhetssystemet",
         "Har inte gjorts under perioden på grund av vakans på systemförvaltartjänsten.",
         "EJ_GENOMFORD", ""),
        ("Rapportering av ej verkställda beslut till IVO",
         "Rapporteringen för kvartal 1 är gjord i tid och utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Läkemedelshantering på särskilt boende",
         "Egenkontroll gjord på båda avdelningarna i mars, brister i signeringslistorna "
         "hittades och har åtgärdats av ansvarig sjuksköterska.",
         "GENOMFORD", "ja"),
        ("Kontroll av avgifter inom hemtjänsten",
         "Kontrollen utgår för 2025 enligt nämndens beslut 2025-02-19 § 9 eftersom ny taxa "
         "införs först 1 juli.",
         "UTGAR", ""),
    ]
    for km, sentence, status, avv in items:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(km + ": ")
        r.bold = True
        p.add_run(sentence)
        exp(fil, N, km, status, avv)
    d.add_paragraph(
        "Hör gärna av er om ni behöver mer underlag. Protokoll från stickproven finns hos "
        "förvaltningens administratör.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Eriksson\nSocialchef")
    _doc_fixed(d, "Maria Eriksson")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - Word table, status as Grön/Gul/Röd words
# ---------------------------------------------------------------------------
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def f3_bun():
    fil = "BUN IK T1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\t\tDnr BUN 2025/14"
    h = d.add_paragraph()
    r = h.add_run("Uppföljning intern kontroll BUN – T1 2025")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Period: 2025-01-01 – 2025-04-30. Ansvarig för sammanställning: "
                    "förvaltningens administrativa chef.")
    rows = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen", "Adm. chef", "Grön",
         "Stickprov 15 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("2", "Kontroll av barnomsorgsavgifter (inkomstuppgifter)", "Avgiftshandläggare", "Gul",
         "Inkomstkontroll påbörjad, ungefär hälften av hushållen kontrollerade.", "DELVIS", ""),
        ("3", "Skolskjuts – fakturor mot beställda resor", "Skolskjutssamordnare", "Gul",
         "Kontrollen klar. Två fakturor från entreprenören avsåg resor som inte beställts, "
         "kreditering begärd.", "GENOMFORD", "ja"),
        ("4", "Anmälan om kränkande behandling till huvudman", "Rektorer", "Grön",
         "Alla 12 anmälningar under perioden har gått till huvudman inom rätt tid.",
         "GENOMFORD", "nej"),
        ("5", "Registerkontroll vid nyanställning (belastningsregistret)", "HR-konsult", "Röd",
         "Ej genomförd under T1 p.g.a. byte av HR-system.", "EJ_GENOMFORD", ""),
        ("6", "Ogiltig frånvaro – kontroll att vårdnadshavare kontaktas samma dag",
         "Rektorer", "", "Görs i samband med T2.", "EJ_GENOMFORD", ""),
        ("7", "Handlingsplan hot och våld finns på alla enheter", "Förvaltningschef", "Grön",
         "Finns på samtliga förskolor och skolor, reviderad i februari.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h_ in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h_)
        rr.bold = True
        _shade(c, "D9D9D9")
    fills = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000"}
    for nr, km, ans, status, kom, s, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, ans, status, kom]):
            cells[i].text = v
        if status:
            _shade(cells[3], fills[status])
        exp(fil, N, km, s, avv)
    widths = [Cm(1), Cm(6), Cm(3), Cm(2), Cm(6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    p = d.add_paragraph()
    r = p.add_run("Förklaring status: ")
    r.bold = True
    p.add_run("Grön = genomförd utan anmärkning. Gul = pågår eller genomförd med anmärkning. "
              "Röd = ej genomförd.")
    d.add_paragraph("Uppföljningen redovisas för barn- och utbildningsnämnden 2025-05-27.")
    _doc_fixed(d, "BUF Administration")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - xlsx with "Klar datum" + Kommentar, no status column
# ---------------------------------------------------------------------------
def f4_tn():
    fil = "TN_internkontroll_2025_T1.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T1"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning jan–april"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fyll i datum när kontrollen är klar. Kommentera avvikelser."
    ws["A3"].font = Font(italic=True, color="808080")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "Klar datum", "Kommentar"]
    thin = Side(style="thin", color="000000")
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    D = dt.datetime
    rows = [
        (1, "Attest av leverantörsfakturor, stickprov 10 st/mån", "Ekonom", "Månadsvis",
         D(2025, 4, 30), "Inga avvikelser", "GENOMFORD", "nej"),
        (2, "VA-debitering mot mätarställning", "VA-chef", "Tertial",
         D(2025, 4, 15), "3 abonnenter felaktigt debiterade, rättat", "GENOMFORD", "ja"),
        (3, "Egenkontroll dricksvatten enl. kontrollprogram", "VA-ingenjör", "Löpande",
         None, "Påbörjad, aprilprovtagningen ej klar – slutförs i maj", "DELVIS", ""),
        (4, "Körjournaler kommunens fordon", "Fordonsansvarig", "Tertial",
         None, "Genomförd 28/4, inga anmärkningar", "GENOMFORD", "nej"),
        (5, "Avtalstrohet ramavtal entreprenader", "Teknisk chef", "Helår",
         None, None, "SAKNAS", ""),
        (6, "Besiktning av lekplatser", "Parkchef", "1 ggr/år",
         D(2025, 9, 30), "Planerad till hösten", "EJ_GENOMFORD", ""),
        (7, "Nyckelkvittenser kommunens fastigheter", "Fastighetsförvaltare", "Halvår",
         None, "Ej gjord", "EJ_GENOMFORD", ""),
        (8, "Snöröjning – entreprenörens tidrapporter mot faktura", "Gatuchef", "Vintersäsong",
         "31/3", "Klar. Se bilaga", "GENOMFORD", ""),
    ]
    r = 6
    for nr, km, ans, frek, datum, kom, s, avv in rows:
        vals = [nr, km, ans, frek, datum, kom]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 5 and isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd"
        exp(fil, N, km, s, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporteras till tekniska nämnden 2025-05-20")
    for col, w in zip("ABCDEF", [5, 48, 20, 14, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.properties.creator = "Tekniska förvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .xls from an older template
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "KFN_Internkontrollplan_2025_uppf_T1.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontrollplan")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                        "borders: left thin, right thin, top thin, bottom thin; "
                        "alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    grp = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: wrap on, vert top")
    ws.write(0, 0, "INTERNKONTROLLPLAN 2025", title)
    ws.write(1, 0, "Nämnd:", bold)
    ws.write(1, 1, "Kultur- och fritidsnämnden")
    ws.write(2, 0, "Uppföljning:", bold)
    ws.write(2, 1, "Tertial 1")
    ws.write(3, 0, "Antagen:", bold)
    ws.write(3, 1, "KFN 2024-12-10 § 58")
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "Utfall T1", "Utfall T2", "Utfall helår", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(5, i, h, hdrst)
    rows = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor", "Stickprov 10 fakturor", "Förvaltningschef",
             "T1, T2, T3", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
            ("Föreningsbidrag – underlag mot riktlinjer", "Granskning av samtliga ansökningar",
             "Fritidssamordnare", "1 ggr/år", "", "", "SAKNAS", ""),
            ("Kassaavstämning bibliotek och simhall", "Oanmäld kassainventering",
             "Enhetschef", "T1, T2", "Genomförd",
             "Differens 150 kr i simhallens kassa, utredd och rapporterad.", "GENOMFORD", "ja"),
        ]),
        ("Lokaluthyrning", [
            ("Fakturering av bokade lokaler", "Jämförelse bokningssystem mot fakturor",
             "Administratör", "T1, T2, T3", "Delvis", "Jan–feb kontrollerat, resten i maj",
             "DELVIS", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret för ledare i lovverksamhet",
             "Kontroll av samtliga ledare", "Fritidssamordnare", "T1", "Ej genomförd",
             "Flyttas till T2, görs inför sommarlovet", "EJ_GENOMFORD", ""),
        ]),
        ("Säkerhet", [
            ("Systematiskt brandskyddsarbete Folkets hus/bibliotek", "Egenkontroll enl. checklista",
             "Fastighetsansvarig", "T1, T3", "genomförd",
             "Nödutgångsskylt i biblioteket trasig – felanmäld", "GENOMFORD", "ja"),
            ("Uppföljning av caféavtal i simhallen", "Avtalsuppföljning", "Förvaltningschef",
             "T1", "Utgår", "Avtalet upphörde 2024-12-31", "UTGAR", ""),
        ]),
    ]
    r = 6
    for omr, ctrls in rows:
        start = r
        for km, metod, ans, frek, utf, kom, s, avv in ctrls:
            for i, v in enumerate([km, metod, ans, frek, utf, "", "", kom], start=1):
                ws.write(r, i, v, cell)
            exp(fil, N, km, s, avv)
            r += 1
        if r - 1 > start:
            ws.write_merge(start, r - 1, 0, 0, omr, grp)
        else:
            ws.write(start, 0, omr, grp)
    ws.write(r + 1, 0, "Utfall anges som: Genomförd / Delvis / Ej genomförd / Utgår")
    for i, w in enumerate([18, 40, 30, 18, 12, 14, 14, 14, 40]):
        ws.col(i).width = w * 256
    p = os.path.join(OUT, fil)
    wb.save(p)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Export from the governance system - tab separated, two nämnder
# ---------------------------------------------------------------------------
def f6_export():
    fil = "Export_internkontroll_2025-05-08.csv"
    OFN = "Överförmyndarnämnden"
    BMN = "Bygg- och miljönämnden"
    org_ofn = "Ljusnarsbergs kommun / Överförmyndarnämnden"
    org_bmn = "Ljusnarsbergs kommun / Bygg- och miljönämnden"
    nfd_genomford = unicodedata.normalize("NFD", "genomförd")  # pasted from a Mac
    hdr = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse",
           "Kommentar", "Ansvarig", "Senast ändrad"]
    per = "Tertial 1 2025"
    rows = [
        (org_ofn, OFN, "Tillsyn", "Granskning av årsräkningar", per, "Pågående", "",
         "142 av 198 årsräkningar granskade per 30 april.", "Handläggare ÖF", "2025-05-02",
         "DELVIS", ""),
        (org_ofn, OFN, "Tillsyn", "Lämplighetsprövning av nya ställföreträdare (registerutdrag, UC)",
         per, "Genomförd", "Nej", "8 nya ställföreträdare, samtliga kontrollerade.",
         "Handläggare ÖF", "2025-04-29", "GENOMFORD", "nej"),
        (org_ofn, OFN, "Ekonomi", "Stickprov arvodesutbetalningar", per,
         "Genomförd med avvikelse", "Ja",
         "Ett arvode utbetalt två gånger.\nÅterkrav skickat 2025-04-22.", "Handläggare ÖF",
         "2025-04-30", "GENOMFORD", "ja"),
        (org_ofn, OFN, "Tillsyn", "Överförmyndarspärr på bankkonton", per, "Ej påbörjad", "",
         "Planeras till T2.", "Handläggare ÖF", "2025-05-02", "EJ_GENOMFORD", ""),
        (org_bmn, BMN, "Myndighetsutövning", "Handläggningstid bygglov (10 veckor)", per,
         "Genomförd", "Ja", "2 av 31 ärenden överskred 10 veckor.", "Bygglovschef",
         "2025-05-05", "GENOMFORD", "ja"),
        (org_bmn, BMN, "Ekonomi", "Debitering av tillsynsavgifter enligt taxa", per,
         nfd_genomford, "Nej", "", "Miljöchef", "2025-05-06", "GENOMFORD", "nej"),
        (org_bmn, BMN, "Myndighetsutövning", "Uppföljning av tillsynsplan livsmedel", per,
         "Pågående", "", "31 % av planerade inspektioner utförda.\nEnligt plan.", "Miljöchef",
         "2025-05-06", "DELVIS", ""),
        (org_bmn, BMN, "Ärendehantering", "Diarieföring av inkomna ärenden", per, "", "", "",
         "Nämndsekreterare", "2025-01-15", "SAKNAS", ""),
        (org_bmn, BMN, "Ärendehantering", "Delegationsbeslut anmälda till nämnden", per,
         "Avbruten", "",
         "Avbruten genom beslut BMN 2025-02-26 § 12, ingår i ny kontroll av ärendehantering.",
         "Nämndsekreterare", "2025-03-03", "UTGAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", quotechar='"', lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for org, namnd, proc, km, period, status, avv, kom, ans, andr, s, eavv in rows:
        w.writerow([org, proc, km, period, status, avv, kom, ans, andr])
        exp(fil, namnd, km, s, eavv)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    FILES.append((fil, "INLAST", OFN, "2025", "T1"))
    FILES.append((fil, "INLAST", BMN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Ljusnarsbergs Kommunfastigheter AB - .odt report with a table
# ---------------------------------------------------------------------------
def f7_lkf():
    fil = "LKF_internkontroll_jan-april_2025.odt"
    N = "Ljusnarsbergs Kommunfastigheter AB"
    doc = OpenDocumentText()
    s_title = Style(name="Titel", family="paragraph")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s_title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.automaticstyles.addElement(s_title)
    s_bold = Style(name="Fet", family="paragraph")
    s_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s_bold)
    s_tab = Style(name="Tabell", family="table")
    doc.automaticstyles.addElement(s_tab)
    widths = ["7cm", "2.5cm", "7.5cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="Kol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    s_cell = Style(name="Cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(s_cell)
    s_hcell = Style(name="HCell", family="table-cell")
    s_hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#DDDDDD"))
    doc.automaticstyles.addElement(s_hcell)

    doc.text.addElement(P(stylename=s_bold, text="Ljusnarsbergs Kommunfastigheter AB"))
    doc.text.addElement(P(text="Org.nr 556xxx-xxxx"))
    doc.text.addElement(P(stylename=s_title, text="Rapport intern kontroll jan–april 2025"))
    doc.text.addElement(P(text=(
        "Enligt ägardirektivet ska bolaget rapportera sin interna kontroll till kommunstyrelsen "
        "i samband med kommunens tertialuppföljning. Styrelsen fastställde bolagets "
        "internkontrollplan 2025-01-28. Nedan redovisas utfallet för första tertialet.")))
    tbl = Table(name="Internkontroll", stylename=s_tab)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def row(vals, header=False):
        tr = TableRow()
        for v in vals:
            tc = TableCell(stylename=s_hcell if header else s_cell, valuetype="string")
            for line in v.split("\n") if v else [""]:
                tc.addElement(P(stylename=s_bold if header else None, text=line)
                              if header else P(text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    row(["Kontrollpunkt", "Utfört (Ja/Nej/Delvis)", "Resultat / kommentar"], header=True)
    items = [
        ("Attest av fakturor enligt attestinstruktionen", "Ja", "Inga fel hittade.",
         "GENOMFORD", "nej"),
        ("Hyresavisering – alla kontrakt aviseras", "Ja",
         "En lokal har inte aviserats sedan januari, rättat och fakturerat i april.",
         "GENOMFORD", "ja"),
        ("Uppföljning av obetalda hyror", "Delvis",
         "Påminnelser skickade. Överlämning till inkasso ej hanterad ännu.", "DELVIS", ""),
        ("OVK-besiktningar enligt plan", "Nej", "Upphandling av besiktningsman pågår.",
         "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete i flerbostadshusen", "", "Se bilaga", "OKLAR", ""),
    ]
    for km, utf, kom, s, avv in items:
        row([km, utf, kom])
        exp(fil, N, km, s, avv)
    row(["Övrigt", "", "Inget att rapportera"])
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Kopparberg 2025-05-12"))
    doc.text.addElement(P(text="Per Andersson, VD"))
    doc.meta.childNodes[:] = []
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p, first="mimetype")
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel lock file left in the folder
# ---------------------------------------------------------------------------
def f8_lock():
    fil = "~$KS_IK_uppfoljning_T1_2025.xlsx"
    user = "Anna Lindqvist"
    data = bytes([len(user)]) + user.encode("latin-1")
    data = data.ljust(54, b" ")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Ljusnarsbergs Kommunfastigheter AB", "LKF|LKF AB|Kommunfastigheter"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]

    def out(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    out("namnder.csv", ["nämnd", "alias"], reg)
    out("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    out("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    f1_ks()
    f2_sn()
    f3_bun()
    f4_tn()
    f5_kfn()
    f6_export()
    f7_lkf()
    f8_lock()
    write_csvs()
    print("%d files, %d controls" % (len(set(f[0] for f in FILES)), len(EXPECTED)))


if __name__ == "__main__":
    main()
