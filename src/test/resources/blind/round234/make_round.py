#!/usr/bin/python3
"""Blind round r234 - 'Old formats and odd encodings' - Bergsjö kommun, T2 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile

import xlwt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # the follow-up files sit directly in the round folder
LO_PROFILE = "file:///tmp/lo-round234"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - .xls written with xlwt (BIFF8), two-row merged header,
#    process group rows, Status T1 / Status T2 / Kommentar, legend at the bottom
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_Internkontroll_2025_uppf_T2.xls"
    namnd = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK-plan 2025")

    title = xlwt.easyxf("font: bold on, height 320; align: horiz left")
    sub = xlwt.easyxf("font: italic on; align: horiz left")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "align: wrap on, vert centre, horiz centre")
    group = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "align: wrap on, vert top")
    small = xlwt.easyxf("font: height 180")

    widths = [6, 20, 45, 30, 18, 12, 16, 16, 50]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w

    ws.write_merge(0, 0, 0, 8, "Bergsjö kommun", title)
    ws.write_merge(1, 1, 0, 8, "Internkontrollplan 2025 med uppföljning – Kommunstyrelsen", title)
    ws.write_merge(2, 2, 0, 8, "Uppföljning per tertial 2 (januari–augusti 2025). "
                   "Planen fastställd av KS 2025-01-28 § 12.", sub)

    # two-row header with merges
    r = 4
    for c, lab in enumerate(["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod",
                             "Ansvarig", "Frekvens"]):
        ws.write_merge(r, r + 1, c, c, lab, head)
    ws.write_merge(r, r, 6, 8, "Uppföljning 2025", head)
    ws.write(r + 1, 6, "Status T1", head)
    ws.write(r + 1, 7, "Status T2", head)
    ws.write(r + 1, 8, "Kommentar/åtgärd", head)

    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Ekonomichef", "Tertialvis",
         "Genomförd", "Genomförd", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 20 verifikationer", "Redovisningsekonom", "Tertialvis",
         "Genomförd", "Genomförd med anmärkning",
         "3 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
         "Genomgång av samtliga balanskonton med saldo > 50 tkr", "Redovisningschef", "T2, helår",
         "–", "Pågår", "Avstämning klar för 14 av 19 konton, inga differenser hittills. "
         "Resterande klart v. 38.", "DELVIS", "nej"),
        ("G", "2. Personal"),
        ("2.1", "Lön", "Kontroll av att rätt lön betalas ut vid nyanställning",
         "Stickprov 10 nyanställda", "HR-chef", "Tertialvis",
         "Genomförd", "Genomförd",
         "En felaktig OB-ersättning upptäcktes och rättades i juli.", "GENOMFORD", "ja"),
        ("2.2", "Bisysslor", "Uppföljning av att bisysslor är anmälda och prövade",
         "Enkät till chefer", "HR-chef", "1 ggr/år",
         "Ej påbörjad", "Ej påbörjad",
         "Genomförs under hösten i samband med medarbetarsamtalen.", "EJ_GENOMFORD", ""),
        ("G", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Jämförelse avslutade anställningar mot behörighetslista", "Systemförvaltare", "Tertialvis",
         "Pågår", "", "", "DELVIS", ""),
        ("3.2", "Säkerhetskopiering", "Test av återläsning av säkerhetskopior",
         "Teståterläsning av ett system", "IT-chef", "1 ggr/år",
         "Utgår", "Utgår",
         "Utgår enligt KS beslut 2025-04-22 § 58, hanteras av IT-förbundet.", "UTGAR", ""),
        ("G", "4. Upphandling och inköp"),
        ("4.1", "Avtalstrohet", "Inköp görs från avtalade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra", "Upphandlare", "Tertialvis",
         "Genomförd", "Ej genomförd",
         "Analysverktyget ur drift sedan juni. Kontrollen flyttas till T3.", "EJ_GENOMFORD", ""),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av samtliga direktupphandlingar", "Upphandlare", "T2, helår",
         "", "Genomförd",
         "Två direktupphandlingar saknade dokumentation, se bilaga 2. Utbildning för "
         "beställare planeras i oktober.", "GENOMFORD", "ja"),
        ("4.3", "Leverantörskontroll", "Kontroll av leverantörers skatte- och avgiftsstatus (F-skatt)",
         "Kontroll via Skatteverket", "Upphandlare", "T2, helår",
         "", "", "Se bilaga 3.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.write_merge(r, r, 0, 8, row[1], group)
        else:
            for c in range(9):
                ws.write(r, c, row[c], cell)
            exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.write_merge(r, r, 0, 8, "Statusnivåer: Genomförd / Genomförd med anmärkning / Pågår / "
                   "Ej påbörjad / Ej genomförd / Utgår. \"–\" = ingen kontroll planerad för perioden.", small)
    ws.write_merge(r + 1, r + 1, 0, 8, "Antal kontrollmoment: 10. Sammanställt av "
                   "kommunledningsförvaltningen 2025-09-12, Maria Sundberg.", small)

    ins = wb.add_sheet("Instruktion")
    ins.col(0).width = 256 * 100
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan",
        "Fyll i status för aktuellt tertial i kolumn G (T1) eller H (T2).",
        "Kommentera alltid avvikelser och beskriv vilka åtgärder som vidtagits.",
        "Skicka filen till ekonomiavdelningen senast 2025-09-15.",
    ]):
        ins.write(i, 0, t)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word 97 .doc (docx -> LibreOffice),
#    intro prose, legend with letter codes, process column merged vertically
# ---------------------------------------------------------------------------
def make_bun(tmp):
    fil = "BUN IK-uppföljning tertial 2 2025.doc"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    cp = doc.core_properties
    cp.author = "Anna Lindqvist"
    cp.last_modified_by = "Anna Lindqvist"
    cp.comments = ""
    cp.title = "Uppföljning intern kontroll T2 2025"
    cp.created = cp.modified = datetime.datetime(2025, 9, 10, 9, 30)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Bergsjö kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/34"

    doc.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). "
        "Nedan redovisas resultatet av de kontroller som genomförts till och med augusti. "
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
        "rutinerna för anmälan av kränkande behandling behöver förstärkas.")
    p = doc.add_paragraph()
    p.add_run("Bedömning anges med kod: ").bold = True
    p.add_run("G = Genomförd utan anmärkning, GA = Genomförd med avvikelse, P = Pågår, "
              "EG = Ej genomförd, U = Utgår.")

    data = [
        ("Elevhälsa och trygghet",
         [("Kontroll av att anmälan om kränkande behandling görs till huvudman inom fem dagar",
           "Samtliga anmälningar jan–aug", "14 av 16 anmälningar inkom i tid. Rektorerna har påmints om rutinen.",
           "GA", "GENOMFORD", "ja"),
          ("Rutin för frånvarouppföljning följs på samtliga grundskolor",
           "Intervju rektor + stickprov", "Tre av fem skolor kontrollerade, resterande under oktober.",
           "P", "DELVIS", "")]),
        ("Ekonomi",
         [("Kontroll av barnomsorgsavgifter mot inkomstuppgifter",
           "Stickprov 30 hushåll", "Inga fel hittades.", "G", "GENOMFORD", "nej"),
          ("Attest av leverantörsfakturor enligt attestordningen",
           "Stickprov 20 fakturor", "Samtliga korrekt attesterade.", "G", "GENOMFORD", "nej"),
          ("Interkommunal ersättning faktureras för elever från andra kommuner",
           "Avstämning elevregister mot fakturering",
           "Kontrollen ej genomförd p.g.a. vakans på ekonomfunktionen. Planeras till november.",
           "EG", "EJ_GENOMFORD", "")]),
        ("Skolskjuts",
         [("Skolskjutsbeslut fattas enligt delegationsordningen",
           "Stickprov 10 beslut", "", "", "SAKNAS", ""),
          ("Kontroll av att skolskjutsentreprenör har giltigt tillstånd",
           "Begäran om intyg",
           "Avtalet överfördes till tekniska nämnden från 2025-03-01.", "U", "UTGAR", "")]),
        ("Personal",
         [("Registerkontroll (belastningsregister) innan anställning i förskola och skola",
           "Genomgång av samtliga nyanställningar",
           "40 anställningar kontrollerade. En anställning saknade utdrag vid start – åtgärdat i maj.",
           "GA", "GENOMFORD", "ja")]),
    ]
    nrows = 1 + sum(len(x[1]) for x in data)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Metod", "Resultat av kontrollen", "Bedömning"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    r = 1
    for proc, ctrls in data:
        start = r
        for km, met, res, code, st, avv in ctrls:
            cells = t.rows[r].cells
            cells[1].text = km
            cells[2].text = met
            cells[3].text = res
            cells[4].text = code
            exp(fil, namnd, km, st, avv)
            r += 1
        top = t.cell(start, 0)
        if r - 1 > start:
            top = top.merge(t.cell(r - 1, 0))
        top.text = proc
    widths = [Cm(3.5), Cm(7), Cm(4), Cm(8), Cm(2.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph("Bergsjö 2025-09-10")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    src = os.path.join(tmp, "BUN IK-uppföljning tertial 2 2025.docx")
    doc.save(src)
    soffice_convert(src, 'doc:MS Word 97', OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - hand-written RTF, ANSI cp1252 with \'xx escapes,
#    process heading rows spanning the table, Ja/Nej avvikelse column
# ---------------------------------------------------------------------------
def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            b = ch.encode("cp1252")
            out.append("\\'%02x" % b[0])
    return "".join(out)


def make_sn():
    fil = "Socialnamnden_IKP_2025_T2.rtf"
    namnd = "Socialnämnden"
    edges = [700, 4200, 5100, 6700, 7600, 10800]
    brd = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"

    def row(cells, bold=False, header=False):
        s = "\\trowd\\trgaph70\\trleft0" + ("\\trhdr" if header else "")
        for e in edges:
            s += brd + ("\\clcbpat2" if header else "") + "\\cellx%d" % e
        s += "\n"
        for c in cells:
            txt = rtf_esc(c)
            s += "\\pard\\intbl\\plain\\f0\\fs18" + ("\\b " if bold else " ") + txt + "\\cell\n"
        s += "\\row\n"
        return s

    def span(text):
        s = "\\trowd\\trgaph70\\trleft0" + brd + "\\clcbpat3\\cellx%d\n" % edges[-1]
        s += "\\pard\\intbl\\plain\\f0\\fs18\\b " + rtf_esc(text) + "\\cell\n\\row\n"
        return s

    parts = []
    parts.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1053"
                 "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n"
                 "{\\colortbl;\\red0\\green0\\blue0;\\red217\\green217\\blue217;\\red221\\green235\\blue247;}\n"
                 "{\\info{\\title Uppf\\'f6ljning IKP 2025}{\\author socadm}}\n"
                 "\\paperw16838\\paperh11906\\landscape\\margl1134\\margr1134\\margt1134\\margb1134\n")
    parts.append("{\\header\\pard\\plain\\f0\\fs16 " + rtf_esc("Bergsjö kommun – Socialförvaltningen") + "\\par}\n")
    parts.append("\\pard\\plain\\f0\\fs28\\b " + rtf_esc("Socialnämnden") + "\\par\n")
    parts.append("\\pard\\plain\\f0\\fs24\\b " + rtf_esc("Uppföljning av internkontrollplan 2025 – tertial 2") + "\\par\n")
    parts.append("\\pard\\plain\\f0\\fs20 " + rtf_esc(
        "Uppföljningen avser perioden januari–augusti 2025. Kontrollerna har genomförts av "
        "enhetschefer och förvaltningens controller. Resultatet redovisas per verksamhetsområde.") + "\\par\\par\n")
    parts.append(row(["Nr", "Kontrollmoment", "Riskvärde", "Utfall T2", "Avvikelse", "Kommentar/åtgärd"],
                     bold=True, header=True))
    data = [
        ("Individ- och familjeomsorg", [
            ("1", "Utredningar av barn och unga avslutas inom fyra månader", "12", "Genomförd", "Ja",
             "Granskat 25 utredningar, 3 överskred fyra månader.\nOrsak: hög arbetsbelastning under våren.",
             "GENOMFORD", "ja"),
            ("2", "Ekonomiskt bistånd – kontroll av att beslut fattas enligt delegationsordningen", "9",
             "Genomförd", "Nej", "Stickprov 30 beslut, inga avvikelser.", "GENOMFORD", "nej"),
            ("3", "Placeringar i HVB sker med avtalade leverantörer", "12", "Delvis genomförd", "",
             "Kontroll gjord för januari–juni, juli–augusti återstår.", "DELVIS", ""),
        ]),
        ("Äldreomsorg", [
            ("4", "Avvikelser enligt lex Sarah rapporteras och utreds", "16", "Genomförd", "Nej",
             "Samtliga 7 rapporter utredda inom föreskriven tid.", "GENOMFORD", "nej"),
            ("5", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "8", "Ej genomförd", "",
             "Flyttas till helårsuppföljningen – verksamhetssystemet byts i september.",
             "EJ_GENOMFORD", ""),
            ("6", "Läkemedelshantering – kontroll av signeringslistor", "12", "", "",
             "Kontrollen är genomförd av MAS i augusti. Två enheter hade ofullständiga signeringslistor,\n"
             "handlingsplan upprättad.", "GENOMFORD", "ja"),
        ]),
        ("Administration", [
            ("7", "Hantering av allmänna handlingar – diarieföring inom tre dagar", "6", "Ej aktuell", "",
             "Ersätts av ny kontroll i planen för 2026.", "UTGAR", ""),
            ("8", "Kontroll av kontantkassor på särskilda boenden", "9", "Genomförd", "Ja",
             "Kassadifferens 450 kr på Solgården, utredd och åtgärdad.", "GENOMFORD", "ja"),
        ]),
    ]
    for area, ctrls in data:
        parts.append(span(area))
        for nr, km, rv, st, av, kom, est, eavv in ctrls:
            parts.append(row([nr, km, rv, st, av, kom]))
            exp(fil, namnd, km, est, eavv)
    parts.append("\\pard\\plain\\f0\\fs20\\par " + rtf_esc(
        "Riskvärde = sannolikhet × konsekvens (1–16).") + "\\par\n")
    parts.append("\\pard\\plain\\f0\\fs20 " + rtf_esc(
        "Godkänd av socialnämnden 2025-09-24 § 87. Jan Berg, socialchef") + "\\par\n}")
    data_bytes = "".join(parts).encode("ascii")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data_bytes)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnadsnämnden - CSV saved by old Swedish Excel:
#    Windows-1252, ';', CRLF, padded title rows, quoted multi-line cells
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "MBN_intern_kontroll_T2.csv"
    namnd = "Miljö- och byggnadsnämnden"
    ncol = 7
    rows = [
        ["Miljö- och byggnadsnämnden"] + [""] * 6,
        ["Uppföljning av internkontrollplan 2025"] + [""] * 6,
        ["Period:", "Tertial 2 (jan–aug)"] + [""] * 5,
        [""] * 7,
        ["Nr", "Rutin/process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"],
    ]
    ctrls = [
        ("1", "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 20 ärenden", "Bygglovschef", "Genomförd med avvikelse",
         "Stickprov 20 ärenden:\n2 ärenden överskred 10 veckor.\nAvgiften reducerad enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("2", "Bygglov", "Avgifter debiteras enligt fastställd taxa", "Stickprov 15 ärenden",
         "Administratör", "Genomförd", "Inga fel.", "GENOMFORD", "nej"),
        ("3", "Miljötillsyn", "Tillsynsplanen följs – planerade inspektioner utförs",
         "Uttag ur ärendesystemet", "Miljöchef", "Pågår",
         "62 % av årets planerade inspektioner utförda per 31/8.\nBedöms vara klart vid årsskiftet.",
         "DELVIS", ""),
        ("4", "Miljötillsyn", "Timavgifter för extra offentlig kontroll faktureras",
         "Avstämning mot tidrapporter", "Miljöchef", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("5", "Livsmedelskontroll", "Jäv – handläggare har lämnat jävsdeklaration",
         "Genomgång av deklarationer", "Förvaltningschef", "Genomförd",
         "Samtliga 6 handläggare har lämnat deklaration.", "GENOMFORD", "nej"),
        ("6", "Informationssäkerhet", "Kontroll av behörigheter i ärendehanteringssystemet \"Castor\"",
         "Behörighetslista mot personalförteckning", "Systemansvarig", "", "", "SAKNAS", ""),
        ("7", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor", "Controller", "Avbruten",
         "Avbruten genom beslut MBN 2025-05-14 § 41 –\ningår i kommunstyrelsens kommunövergripande kontroll.",
         "UTGAR", ""),
    ]
    for c in ctrls:
        rows.append(list(c[:7]))
        exp(fil, namnd, c[2], c[7], c[8])
    rows.append([""] * 7)
    rows.append(["Upprättad av: Per Nilsson, 2025-09-08"] + [""] * 6)

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        assert len(r) == ncol
        w.writerow(r)
    # embedded newlines inside quoted cells are plain LF, as Excel writes them
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like export saved as Excel "Unicode text": UTF-16LE with BOM,
#    tab-separated, long format (one row per control and period), two nämnder
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_IK_20250915.txt"
    tn, kfn = "Tekniska nämnden", "Kultur- och fritidsnämnden"
    lines = [
        ["Rapport: Internkontroll – uppföljning kontrollmoment", "", "", "", "", "", "", ""],
        ["Urval: Plan 2025; Perioder: T1, T2; Organisation: Tekniska nämnden, Kultur- och fritidsnämnden",
         "", "", "", "", "", "", ""],
        ["Utskriven 2025-09-15 08:42", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Organisation", "ID", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Senast ändrad"],
    ]
    # (org, id, process, km, [(period, status, comment, date)], expected status, avv)
    ctrls = [
        (tn, "TN-01", "VA-taxa", "Kontroll av att fakturering av VA-avgifter sker enligt taxa",
         [("T1 2025", "Pågående", "Urval framtaget.", "2025-04-28"),
          ("T2 2025", "Slutförd", "Kontrollerat 50 abonnenter, 1 felaktig mätarställning rättad.", "2025-09-02")],
         "GENOMFORD", "ja"),
        (tn, "TN-02", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         [("T1 2025", "Ej påbörjad", "", "2025-04-30"),
          ("T2 2025", "Pågående", "8 av 15 lekplatser besiktigade.", "2025-09-05")],
         "DELVIS", ""),
        (tn, "TN-03", "Fordon", "Fordonsbokningar och körjournaler för kommunens bilar",
         [("T1 2025", "Slutförd", "Inga avvikelser.", "2025-04-22"),
          ("T2 2025", "Slutförd", "Inga avvikelser.", "2025-08-29")],
         "GENOMFORD", "nej"),
        (tn, "TN-04", "Upphandling", "Avtalsuppföljning vinterväghållning",
         [("T1 2025", "Ej påbörjad", "", "2025-04-30"),
          ("T2 2025", "Ej påbörjad", "Görs inför säsongen i november.", "2025-09-01")],
         "EJ_GENOMFORD", ""),
        (tn, "TN-05", "Skolskjuts", "Kontroll av att skolskjutsentreprenör har giltigt tillstånd",
         [("T2 2025", "Slutförd", "Alla tre entreprenörer har giltigt trafiktillstånd.", "2025-08-20")],
         "GENOMFORD", "nej"),
        (tn, "TN-06", "Förråd", "Inventering av verktyg och maskiner i förråd",
         [("T1 2025", "Avbruten", "Avbruten enligt beslut TN 2025-03-19 § 22.", "2025-03-20"),
          ("T2 2025", "Avbruten", "", "2025-03-20")],
         "UTGAR", ""),
        (kfn, "KFN-01", "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         [("T1 2025", "Slutförd", "Inga avvikelser.", "2025-04-25"),
          ("T2 2025", "Slutförd", "Granskat 12 ansökningar. En förening fick för högt aktivitetsstöd "
                                  "(3 200 kr), beloppet återkrävt.", "2025-09-03")],
         "GENOMFORD", "ja"),
        (kfn, "KFN-02", "Kassahantering", "Kontantkassan i simhallen stäms av dagligen",
         [("T1 2025", "Slutförd", "Inga differenser.", "2025-04-25"),
          ("T2 2025", "Slutförd", "Differens 1 150 kr 12 juli, utredd – felslag i kassan.", "2025-09-03")],
         "GENOMFORD", "ja"),
        (kfn, "KFN-03", "Lokaluthyrning", "Uthyrning av lokaler faktureras enligt taxa",
         [("T1 2025", "Pågående", "Genomgång av bokningssystemet pågår.", "2025-04-29"),
          ("T2 2025", "Pågående", "Genomgång av bokningssystemet pågår, 60 % klart.", "2025-09-04")],
         "DELVIS", ""),
        (kfn, "KFN-04", "Konst", "Inventering av konst i offentliga lokaler",
         [("T1 2025", "Ej rapporterad", "", ""),
          ("T2 2025", "Ej rapporterad", "", "")],
         "SAKNAS", ""),
        (kfn, "KFN-05", "Bibliotek", "Hantering av personuppgifter i bibliotekets lånesystem",
         [("T1 2025", "Ej påbörjad", "", "2025-04-29"),
          ("T2 2025", "Avbruten", "Avbruten – nytt lånesystem upphandlas gemensamt i länet, "
                                  "kontrollen ersätts 2026.", "2025-06-11")],
         "UTGAR", ""),
    ]
    for org, cid, proc, km, pers, st, avv in ctrls:
        for per, s, kom, d in pers:
            lines.append([org, cid, proc, km, per, s, kom, d])
        exp(fil, org, km, st, avv)
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", tn, "2025", "T2"))
    FILES.append((fil, "INLAST", kfn, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Bergsjö Bostäder AB - CSV UTF-8 with BOM, ',' separated, tick columns
#    (Utförd / Ej utförd / Avvikelse), "Delårsrapport per 2025-08-31"
# ---------------------------------------------------------------------------
def make_bbab():
    fil = "BBAB_internkontroll_delar_2025.csv"
    namnd = "Bergsjö Bostäder AB"
    rows = [
        ["Bergsjö Bostäder AB – Intern kontroll 2025", "", "", "", "", "", ""],
        ["Delårsrapport per 2025-08-31", "", "", "", "", "", ""],
        ["Markera med X", "", "", "", "", "", ""],
        ["Kontrollpunkt", "Område", "Ansvarig", "Utförd", "Ej utförd", "Avvikelse", "Kommentar"],
    ]
    ctrls = [
        ("Hyresavier skickas ut och inbetalningar stäms av mot hyresreskontran", "Ekonomi", "Ekonomichef",
         "X", "", "", "Avstämt jan–aug utan differens.", "GENOMFORD", "nej"),
        ("Nya hyror efter hyresförhandling läggs in i hyressystemet enligt överenskommelse", "Ekonomi",
         "Uthyrningschef", "X", "", "X", "12 lägenheter fick fel hyra i mars, korrigerat i april.",
         "GENOMFORD", "ja"),
        ("Besiktning av lekplatser på bostadsområdena", "Fastighet", "Fastighetschef",
         "", "X", "", "Flyttad till hösten, extern besiktningsman bokad v. 41.", "EJ_GENOMFORD", ""),
        ("Nyckelhantering – kvittens vid utlämning av huvudnycklar", "Fastighet", "Förvaltare",
         "", "", "", "Påbörjad på Norrgärdet, övriga områden återstår.", "DELVIS", ""),
        ("Upphandlingar över direktupphandlingsgränsen annonseras", "Inköp", "VD",
         "X", "", "", "Två upphandlingar under perioden, båda annonserade.", "GENOMFORD", "nej"),
        ("Kontroll av elförbrukning i allmänna utrymmen", "Energi", "Drifttekniker",
         "X", "X", "", "", "OKLAR", ""),
    ]
    for c in ctrls:
        rows.append(list(c[:7]))
        exp(fil, namnd, c[0], c[7], c[8])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Attesterad: Eva Holm, VD", "", "", "", "", "", ""])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("utf-8-sig"))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .xls converted by LibreOffice from xlsx; status is
#    only a traffic-light fill; the nämnd is only in the print header + file name
# ---------------------------------------------------------------------------
def make_ofn(tmp):
    fil = "OFN_IK_T2_2025.xls"
    namnd = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Lena Ek"
    wb.properties.lastModifiedBy = "Lena Ek"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 11, 14, 5)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Överförmyndarnämnden Bergsjö"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser perioden 2025-01-01 – 2025-08-31"
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = bd
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "A6A6A6"
    ctrls = [
        ("Årsräkningar för 2024 granskas inom fastställd tid", "Handläggare", "1 ggr/år", G,
         "Samtliga årsräkningar för 2024 granskade.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Enhetschef", "Tertialvis", G,
         "Stickprov 15 arvoden, 1 felberäknat – rättat.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare lämnat förteckning inom två månader", "Handläggare", "Tertialvis", Y,
         "Påminnelser skickade till 4 ställföreträdare.", "DELVIS", ""),
        ("Registerkontroll av nya ställföreträdare", "Enhetschef", "Löpande", R,
         "Ej genomförd p.g.a. sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade konton kontrolleras mot beslut", "Handläggare", "Tertialvis", GR,
         "Ingår från 2025 i granskningen av årsräkningar.", "UTGAR", ""),
        ("Gallring av akter enligt dokumenthanteringsplan", "Administratör", "1 ggr/år", None,
         "", "SAKNAS", ""),
    ]
    r = 5
    for km, ans, frek, fill, kom, st, avv in ctrls:
        vals = [km, ans, frek, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fill)
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = Font(bold=True)
    for color, txt in [(G, "Genomförd"), (Y, "Pågår / delvis genomförd"),
                       (R, "Ej genomförd"), (GR, "Utgår")]:
        r += 1
        ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=color)
        ws.cell(row=r, column=5, value=txt)
    for col, w in zip("ABCDE", [55, 18, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "OFN_IK_T2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, 'xls:MS Excel 97', OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: an Outlook meeting invitation saved as HTML but named .xls
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Kallelse_genomgang_internkontroll.xls"
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<title>Kallelse: Genomgång av internkontrollplaner 2026</title>
</head>
<body lang=SV>
<p><b>Från:</b> Maria Sundberg<br>
<b>Skickat:</b> den 1 september 2025 10:14<br>
<b>Till:</b> Förvaltningschefer; Controllers<br>
<b>Ämne:</b> Kallelse: Genomgång av internkontrollplaner 2026</p>
<table border=1 cellpadding=4>
<tr><td>Tid</td><td>torsdag 2 oktober 2025 13:00–15:00</td></tr>
<tr><td>Plats</td><td>Kommunhuset, sammanträdesrum Bergsjön</td></tr>
<tr><td>Dagordning</td><td>1. Erfarenheter från uppföljningen T2<br>2. Risk- och väsentlighetsanalys 2026<br>3. Övrigt</td></tr>
</table>
<p>Hej!<br>Välkomna till genomgång av arbetet med intern kontroll inför 2026. Ta gärna med nämndens
riskanalys. Uppföljningen för tertial 2 ska vara inlämnad senast 15 september.</p>
<p>Hälsningar<br>Maria Sundberg<br>Ekonomichef, Bergsjö kommun</p>
</body>
</html>
"""
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(html.replace("\n", "\r\n").encode("cp1252"))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Bergsjö Bostäder AB", "BBAB|Bergsjöbostäder|Bostadsbolaget"),
    ("Bergsjö Energi AB", "BEAB|Bergsjö Energi"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r234_")
    try:
        make_ks()
        make_bun(tmp)
        make_sn()
        make_mbn()
        make_stratsys()
        make_bbab()
        make_ofn(tmp)
        make_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
