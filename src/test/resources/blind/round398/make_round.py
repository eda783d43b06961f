#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r398 - Stugun kommun, helårsuppföljning 2025 (mostly Word documents).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round398"
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------- helpers
def new_doc(landscape=False):
    d = Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Stugun kommun"
    cp.author = "Stugun kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, align=None):
    """Write text (with \n as separate paragraphs) into a cell."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def header_row(table, titles, fill="D9E2F3", size=9.5):
    for c, t in zip(table.rows[0].cells, titles):
        set_text(c, t, bold=True, size=size)
        shade(c, fill)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def fix_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is deterministic."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, name):
    path = os.path.join(HERE, name)
    doc.save(path)
    fix_zip(path)
    return path


def convert(doc, name, fmt):
    """Save doc as docx in a temp dir and convert it with LibreOffice to fmt into HERE under name."""
    tmpd = tempfile.mkdtemp(prefix="r398_")
    try:
        base = os.path.splitext(name)[0]
        src = os.path.join(tmpd, base + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                        "--convert-to", fmt, "--outdir", tmpd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ext = fmt.split(":")[0]
        out = os.path.join(tmpd, base + "." + ext)
        shutil.move(out, os.path.join(HERE, name))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


# ----------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Räddningsnämnden", "RN|Räddningstjänsten Stugun"),
    ("Valnämnden", "VN"),
    ("Stugunbostäder AB", "Stugunbostäder|SBAB|Bostadsbolaget"),
]


# ================================================================= file 1: KS
def file_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.docx"
    nd = "Kommunstyrelsen"
    d = new_doc(landscape=True)
    h = d.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025 – Kommunstyrelsen")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Period: Helår (januari–december) 2025")
    d.add_paragraph("Internkontrollplanen fastställdes av kommunstyrelsen 2025-02-11, § 23. "
                    "Uppföljningen har sammanställts av kommunledningsförvaltningen och redovisas "
                    "för kommunstyrelsen 2026-02-24.")
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Stickprov 40 fakturor (mars, juni, okt, dec).\nSamtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Ekonomichef",
         "Genomförd med anmärkning",
         "25 verifikat granskade. 3 saknade deltagarförteckning och syfte.\n"
         "Påminnelse om riktlinjerna har skickats till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Köp utanför ramavtal (avtalstrohet)", "Upphandlare",
         "Delvis genomförd",
         "Kvartal 1–2 granskade, 6 köp utanför avtal identifierades (kontorsmaterial, hotell). "
         "Kvartal 3–4 granskas i samband med bokslutet.",
         "DELVIS", "ja"),
        ("4", "Personal/lön", "Kontroll av att löneutbetalning inte sker efter avslutad anställning",
         "HR-chef", "Genomförd", "Avstämning mot avslutade anställningar varje månad. Inga felaktiga utbetalningar.",
         "GENOMFORD", "nej"),
        ("5", "IT och informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet", "IT-chef",
         "Ej genomförd", "Skjuts upp till 2026 på grund av byte av ekonomisystem (driftstart 2026-03-01).",
         "EJ_GENOMFORD", ""),
        ("6", "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Kanslichef", "Genomförd",
         "Stickprov 30 ärenden. 2 ärenden diarieförda efter 5 respektive 8 dagar.",
         "GENOMFORD", "ja"),
        ("7", "Säkerhet", "Revidering av kommunens krisledningsplan", "Säkerhetssamordnare",
         "Utgår", "Ersatt av plan för civilt försvar och krisberedskap, beslutad av KF 2025-05-26 § 41.",
         "UTGAR", ""),
        ("8", "Ekonomi", "Avstämning och specifikation av balanskonton vid bokslut", "Redovisningsansvarig",
         "", "", "SAKNAS", ""),
        ("9", "Dataskydd", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
         "Dataskyddssamordnare", "Delvis genomförd",
         "Uppdaterad för kommunledningsförvaltningen. Kost och lokalvård återstår.",
         "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Process/rutin", "Kontrollmoment", "Ansvarig", "Status helår", "Resultat/kommentar"])
    repeat_header(t.rows[0])
    for nr, proc, km, ans, st, kom, es, ea in rows:
        c = t.add_row().cells
        for cell, val in zip(c, [nr, proc, km, ans, st, kom]):
            set_text(cell, val, size=9.5)
        exp(fil, nd, km, es, ea)
    set_widths(t, [1.0, 3.5, 6.5, 3.2, 3.3, 8.5])
    d.add_paragraph("")
    d.add_paragraph("Stugun 2026-01-28")
    d.add_paragraph("Anna Berglund\nKommundirektör")
    save_docx(d, fil)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= file 2: BUN (report style)
def file_bun():
    fil = "BUN Uppföljning intern kontroll 2025.docx"
    nd = "Barn- och utbildningsnämnden"
    d = new_doc()
    p = d.add_paragraph("Barn- och utbildningsförvaltningen")
    p.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=0)
    d.add_paragraph("Barn- och utbildningsnämnden  |  Dnr BUN 2025/14  |  2026-02-05")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 18 februari 2025 (§ 12). "
        "Planen innehåller åtta kontrollmoment. Av dessa har fyra genomförts helt, ett delvis och ett har inte "
        "genomförts. För ett kontrollmoment redovisas resultatet i annan ordning och för ett saknas redovisning "
        "i dagsläget. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    d.add_heading("Redovisning per kontrollmoment", level=1)

    items = [
        ("Kontroll av att utdrag ur belastningsregistret finns för nyanställd personal",
         "Personal utan giltigt registerutdrag arbetar med barn.",
         "Samtliga nyanställningar under året jämförs mot registrerade utdrag i personalsystemet.",
         "42 nyanställningar har kontrollerats. Utdrag fanns i samtliga fall.",
         "Kontrollen är genomförd utan avvikelse.", "GENOMFORD", "nej"),
        ("Rutin för anmälan om kränkande behandling följs",
         "Anmälan till huvudman sker inte skyndsamt.",
         "Genomgång av anmälningar på fyra skolor (Stuguns skola, Bölens skola, Hammarstrands skola, Kullsta skola).",
         "På två av skolorna hade anmälan till huvudman i flera fall skett senare än vad rutinen föreskriver "
         "(upp till tre veckor). Rektorerna har fått återkoppling och rutinen har gåtts igenom på rektorsmöte i november.",
         "Genomförd, avvikelser noterade.", "GENOMFORD", "ja"),
        ("Hantering av skolskjutsbeslut enligt riktlinjer för skolskjuts",
         "Beslut fattas inte enligt riktlinjerna, likabehandling brister.",
         "Stickprov 40 beslut under läsåret.",
         "Kontrollen har påbörjats men inte slutförts under året på grund av vakans på tjänsten som "
         "skolskjutssamordnare. Hittills har 15 beslut granskats utan anmärkning.",
         None, "DELVIS", "nej"),
        ("Frånvarorapportering och uppföljning av elevers frånvaro",
         "Långvarig frånvaro uppmärksammas inte i tid.",
         "Uttag ur lärplattformen per tertial.",
         "Kontrollen har inte genomförts. En ny frånvaromodul införs under våren 2026 och kontrollmomentet "
         "flyttas till internkontrollplanen för 2026.",
         None, "EJ_GENOMFORD", ""),
        ("Attest av fakturor för inköp av läromedel",
         "Inköp attesteras av person utan behörighet.",
         "Stickprov 30 fakturor.",
         "Samtliga 30 fakturor var attesterade av behörig attestant enligt gällande attestförteckning.",
         "Kontrollen är genomförd.", "GENOMFORD", "nej"),
        ("Avgifter i förskola och fritidshem debiteras enligt inkomstuppgift",
         "Felaktiga avgifter debiteras.",
         "Inkomstuppgifter jämförs med uppgifter från Skatteverket (maxtaxa).",
         "Inkomstuppgifter har jämförts för 60 hushåll. Fyra hushåll hade debiterats för låg avgift. "
         "Korrigering och efterdebitering har skett.",
         None, "GENOMFORD", "ja"),
        ("Elevhälsans journalföring sker i enlighet med patientdatalagen",
         "Journalanteckningar saknas eller är bristfälliga.",
         "Journalgranskning av verksamhetschef för elevhälsans medicinska insats.",
         "Redovisas i elevhälsans patientsäkerhetsberättelse för 2025 som behandlas av nämnden i mars.",
         None, "OKLAR", ""),
        ("Loggkontroll i elevdokumentationssystemet",
         "Obehöriga tar del av sekretessuppgifter.",
         "Stickprov av loggar två gånger per år.",
         "", None, "SAKNAS", ""),
    ]
    for i, (km, risk, metod, res, bed, es, ea) in enumerate(items, 1):
        d.add_heading(km, level=2)
        p = d.add_paragraph()
        p.add_run("Risk: ").bold = True
        p.add_run(risk)
        p = d.add_paragraph()
        p.add_run("Kontrollmetod: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if bed:
            p = d.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
        exp(fil, nd, km, es, ea)
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen för 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Maria Lindqvist\nFörvaltningschef")
    save_docx(d, fil)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= file 3: SN (tertial columns, symbols)
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning helår.docx"
    nd = "Socialnämnden"
    d = new_doc(landscape=True)
    d.add_heading("Socialnämnden – internkontrollplan 2025 med uppföljning", level=1)
    d.add_paragraph("Uppföljningen avser helår 2025 (tertial 3). Tidigare tertialers markeringar står kvar.")
    # process, risk, riskvärde, km, metod, T1, T2, helår, kommentar, status, avv
    rows = [
        ("Myndighetsutövning IFO", "Utredning inleds inte inom lagstadgad tid", "9",
         "Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
         "Stickprov 20 ärenden/tertial", "●", "●", "●",
         "Helår: 58 av 60 inom tid. Två ärenden fördröjda p.g.a. sjukfrånvaro.", "GENOMFORD", "ja"),
        ("Myndighetsutövning IFO", "Beslut verkställs inte", "12",
         "Ej verkställda beslut rapporteras till IVO inom föreskriven tid",
         "Kvartalsvis", "●", "●", "●", "Rapportering har skett samtliga kvartal.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", "12",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 25 utbetalningar/tertial", "●", "◐", "◐",
         "T2 och T3: stickprovet ej slutfört, 10 av 25 kontrollerade utan anmärkning.", "DELVIS", "nej"),
        ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte", "8",
         "Kontroll mot Skatteverket och Försäkringskassan (SSBTEK) vid nybesök",
         "Stickprov helår", "–", "–", "○",
         "Ej genomförd p.g.a. personalomsättning. Läggs in i plan 2026.", "EJ_GENOMFORD", ""),
        ("Vård och omsorg", "Insatser utförs inte utifrån individens behov", "9",
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 20 planer/tertial", "●", "●", "",
         "T2: samtliga granskade planer upprättade i tid.", "GENOMFORD", "nej"),
        ("Vård och omsorg", "Missförhållanden rapporteras inte", "12",
         "Avvikelser enligt lex Sarah utreds och rapporteras",
         "Löpande, sammanställning per tertial", "●", "●", "●",
         "Fyra utredningar under året, samtliga avslutade inom rutinens tidsgränser.", "GENOMFORD", "nej"),
        ("Vård och omsorg", "Felaktig läkemedelshantering", "16",
         "Läkemedelshantering – signeringslistor kontrolleras",
         "Egenkontroll av MAS, två boenden/tertial", "●", "●", "◐",
         "Helår: brister i signering på Solgårdens boende, åtgärdsplan upprättad. "
         "Kontroll på Älvgården återstår.", "DELVIS", "ja"),
        ("LSS", "Felaktiga avgifter och ersättningar", "6",
         "Avgifter och ersättningar inom LSS debiteras korrekt",
         "En gång/år", "–", "–", "●",
         "Kontroll genomförd i december, 2 felaktiga debiteringar har korrigerats.", "GENOMFORD", "ja"),
        ("LSS", "Köpta platser motsvarar inte avtalad kvalitet", "8",
         "Uppföljning av avtal med privata utförare (HVB och familjehemsföretag)",
         "En gång/år", "–", "◐", "Utgår",
         "Utgår enligt beslut SN 2025-09-17 § 88, ersätts av gemensam avtalsuppföljning i länet.", "UTGAR", ""),
        ("Administration", "Obehörig åtkomst till personuppgifter", "12",
         "Kontroll av behörigheter och loggar i verksamhetssystemet Treserva",
         "Två gånger/år", "–", "–", "", "Se bilaga 2.", "OKLAR", ""),
    ]
    cols = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Metod/frekvens", "T1", "T2", "Helår",
            "Kommentar"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, fill="E2EFD9", size=9)
    repeat_header(t.rows[0])
    cells_by_row = []
    for r in rows:
        c = t.add_row().cells
        cells_by_row.append(c)
        for i, val in enumerate(r[1:9], 1):
            al = WD_ALIGN_PARAGRAPH.CENTER if i in (2, 5, 6, 7) else None
            set_text(c[i], val, size=9, align=al)
        exp(fil, nd, r[3], r[9], r[10])
    # merge process cells vertically
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start][0]:
            top = cells_by_row[start][0]
            if i - 1 > start:
                top = top.merge(cells_by_row[i - 1][0])
            set_text(top, rows[start][0], bold=True, size=9)
            start = i
    set_widths(t, [3.0, 3.6, 1.3, 5.2, 3.2, 1.0, 1.0, 1.3, 6.4])
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("● = Genomförd   ◐ = Delvis genomförd/pågår   ○ = Ej genomförd   – = Ej aktuell för perioden")
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16).")
    d.add_paragraph("Bilaga 2: Loggkontroll Treserva 2025 (sekretess, lämnas separat).")
    save_docx(d, fil)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= file 4: SBN (.doc, free text only)
def file_sbn():
    fil = "SBN_internkontroll_2025_helar.doc"
    nd = "Samhällsbyggnadsnämnden"
    d = new_doc(landscape=True)
    p = d.add_paragraph("Samhällsbyggnadsförvaltningen")
    p.runs[0].bold = True
    d.add_heading("Uppföljning internkontroll 2025 – Samhällsbyggnadsnämnden", level=1)
    d.add_paragraph("Rapport: helår 2025. Handläggare: Erik Nord, controller. Datum: 2026-01-30.")
    d.add_paragraph("Nedan redovisas resultatet av de kontroller som ingår i nämndens internkontrollplan för 2025. "
                    "Eventuella åtgärder redovisas i tabell 2.")
    p = d.add_paragraph()
    p.add_run("Tabell 1. Kontroller enligt plan").bold = True
    rows = [
        ("Ekonomi", "Fakturor från entreprenörer stäms av mot avtal och ÄTA-beslut", "Projektcontroller",
         "Kontroll gjord för tre investeringsprojekt (Stuguns reningsverk, GC-väg Böle, Kyrkbron). "
         "I ett projekt saknades skriftligt ÄTA-beslut för två fakturor. Se åtgärd 1.", "GENOMFORD", "ja"),
        ("Ekonomi", "Avslutade investeringsprojekt aktiveras i anläggningsregistret", "Ekonom",
         "Samtliga 11 avslutade projekt är aktiverade. Ingen avvikelse.", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter enligt gällande taxa", "VA-chef",
         "Stickprov på 50 abonnenter visade korrekt debitering.", "GENOMFORD", "nej"),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef",
         "Besiktning har skett av 9 av 14 lekplatser, utan allvarliga brister. "
         "Återstående lekplatser besiktigas våren 2026.", "DELVIS", "nej"),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens verksamhetslokaler",
         "Fastighetschef",
         "Kontrollen har inte kunnat genomföras under året på grund av vakant tjänst som fastighetstekniker.",
         "EJ_GENOMFORD", ""),
        ("Fastighet", "Hyresavtal för inhyrda lokaler är aktuella och registrerade i avtalsdatabasen",
         "Fastighetschef",
         "Genomgång gjord i oktober. 3 av 22 avtal saknades i avtalsdatabasen och har nu registrerats. Se åtgärd 2.",
         "GENOMFORD", "ja"),
        ("Plan", "Handläggningstider för detaljplaner följs upp mot plan- och bygglagen", "Planchef",
         "Ej aktuellt 2025, ingen detaljplan har antagits under året.", "UTGAR", ""),
        ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", "Förvaltningschef",
         "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Område", "Kontrollmoment", "Kontrollansvarig", "Resultat av kontroll"], fill="FFF2CC")
    for omr, km, ans, res, es, ea in rows:
        c = t.add_row().cells
        for cell, val in zip(c, [omr, km, ans, res]):
            set_text(cell, val, size=9.5)
        exp(fil, nd, km, es, ea)
    set_widths(t, [3.0, 7.5, 3.5, 11.0])
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Tabell 2. Åtgärder med anledning av kontrollerna").bold = True
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    header_row(t2, ["Nr", "Åtgärd", "Ansvarig", "Klart senast"], fill="FFF2CC")
    for r in [("1", "Rutin för skriftliga ÄTA-beslut förtydligas och kommuniceras till projektledare",
               "Projektchef", "2026-03-31"),
              ("2", "Nya hyresavtal registreras i avtalsdatabasen i samband med undertecknande",
               "Fastighetschef", "Löpande")]:
        c = t2.add_row().cells
        for cell, val in zip(c, r):
            set_text(cell, val, size=9.5)
    set_widths(t2, [1.0, 14.0, 4.0, 3.0])
    convert(d, fil, "doc:MS Word 97")
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= file 5: KFN (.odt)
def file_kfn():
    fil = "KFN uppföljning internkontrollplan 2025.odt"
    nd = "Kultur- och fritidsnämnden"
    d = new_doc()
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning internkontrollplan 2025 – helår")
    d.add_paragraph("Kolumnen Genomförd fylls i med Ja, Nej eller Delvis. Kolumnen Avvikelse anger om kontrollen "
                    "visat på fel eller brister.")
    rows = [
        ("Avstämning av dagskassor i simhallen och på biblioteket", "Månadsvis", "Ja", "Nej",
         "Avstämning gjord varje månad.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "En gång/år", "Ja", "Ja",
         "Två föreningar hade fått aktivitetsstöd för fel antal deltagartillfällen, återkrav skickat.",
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Två gånger/år", "Delvis", "Nej",
         "Vårens kontroll gjord utan anmärkning, höstens kontroll ej gjord.", "DELVIS", "nej"),
        ("Inventering av kommunens konstsamling", "Vart tredje år", "Nej", "",
         "Skjuts till 2026 i samband med flytt av konstmagasinet.", "EJ_GENOMFORD", ""),
        ("Registerutdrag finns för ledare i fritidsgårdsverksamheten", "Löpande", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Avtal med extern driftentreprenör för Stuguns skidanläggning följs upp", "En gång/år", "Ja", "Ja",
         "Brister i redovisningen av besöksstatistik. Dialog förd med entreprenören.", "GENOMFORD", "ja"),
        ("Behörigheter i bokningssystemet ses över", "En gång/år", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Kontrollmoment", "Frekvens", "Genomförd", "Avvikelse", "Kommentar"], fill="DEEAF6")
    for km, frek, gen, avv, kom, es, ea in rows:
        c = t.add_row().cells
        for i, val in enumerate([km, frek, gen, avv, kom]):
            set_text(c[i], val, size=10,
                     align=WD_ALIGN_PARAGRAPH.CENTER if i in (2, 3) else None)
        exp(fil, nd, km, es, ea)
    set_widths(t, [6.0, 2.5, 2.0, 2.0, 5.0])
    d.add_paragraph("")
    d.add_paragraph("Justerat av förvaltningschef Lars Persson 2026-02-03.")
    convert(d, fil, "odt")
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= file 6: MBN + ÖFN (tick columns)
def file_mbn_ofn():
    fil = "Miljö- och byggförvaltningen uppföljning IK helår 2025.docx"
    d = new_doc()
    d.add_heading("Miljö- och byggförvaltningen", level=0)
    d.add_paragraph("Uppföljning av intern kontroll helår 2025")
    d.add_paragraph("Förvaltningen är gemensam för Miljö- och byggnämnden och Överförmyndarnämnden. "
                    "Uppföljningen redovisas per nämnd nedan. Markera med X i den kolumn som gäller.")
    sections = [
        ("Miljö- och byggnämnden", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "X", "", "",
             "94 % inom tid. 6 ärenden överskred tiden, avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
            ("Avgifter för tillsyn enligt miljöbalken debiteras enligt taxa", "X", "", "",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Planerad kontroll av livsmedelsanläggningar genomförs enligt kontrollplan", "", "X", "",
             "78 av 95 planerade kontroller genomförda. Resterande flyttas till Q1 2026.", "DELVIS", ""),
            ("Delegationsbeslut anmäls till nämnden", "X", "X", "",
             "Anmälan sker månadsvis. Två månader anmäldes för sent.", "OKLAR", "ja"),
            ("Behörigheter i ärendesystemet Ecos tas bort vid avslutad anställning", "", "", "X",
             "Planeras till Q1 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Överförmyndarnämnden", [
            ("Årsräkningar granskas inom fastställd tid", "X", "", "",
             "Samtliga 187 årsräkningar granskade före 30 september.", "GENOMFORD", "nej"),
            ("Ställföreträdare har giltigt utdrag ur belastningsregistret", "X", "", "",
             "Två ställföreträdare saknade aktuellt utdrag, har kompletterats.", "GENOMFORD", "ja"),
            ("Arvoden till gode män och förvaltare betalas ut enligt beslutade riktlinjer", "", "X", "",
             "Stickprov påbörjat, slutförs i februari 2026.", "DELVIS", ""),
            ("Förteckning över huvudmannens tillgångar inkommer inom två månader", "", "", "",
             "", "SAKNAS", ""),
        ]),
    ]
    for nd, rows in sections:
        d.add_heading(nd, level=1)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Kontrollmoment", "Genomförd", "Pågår", "Ej påbörjad", "Kommentar"], fill="EDEDED")
        for km, g, pg, ej, kom, es, ea in rows:
            c = t.add_row().cells
            for i, val in enumerate([km, g, pg, ej, kom]):
                set_text(c[i], val, size=10,
                         align=WD_ALIGN_PARAGRAPH.CENTER if i in (1, 2, 3) else None)
            exp(fil, nd, km, es, ea)
        set_widths(t, [6.5, 2.0, 1.6, 2.0, 5.4])
        d.add_paragraph("")
        FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    d.add_paragraph("Stugun 2026-02-06\nKarin Sjöberg, förvaltningschef")
    save_docx(d, fil)


# ================================================================= file 7: Stugunbostäder (header only)
def file_sbab():
    fil = "Uppfoljning_IK_helar_2025.docx"
    nd = "Stugunbostäder AB"
    d = new_doc(landscape=True)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Stugunbostäder AB\tInternkontroll\t2026-02-10"
    d.add_heading("Uppföljning intern kontroll helår 2025", level=1)
    d.add_paragraph("Styrelsen fastställde internkontrollplanen 2025-03-04. Uppföljningen avser perioden "
                    "2025-01-01 – 2025-12-31 och redovisas för styrelsen 2026-02-19.")
    p = d.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run("G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår")
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestinstruktion", "Ekonomichef", "Två ggr/år",
             "Stickprov 2 × 20 fakturor utan anmärkning.", "G", "GENOMFORD", "nej"),
            ("Avstämning av hyresreskontra mot huvudbok", "Ekonomiassistent", "Månadsvis",
             "Avstämt samtliga månader.", "G", "GENOMFORD", "nej"),
            ("Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro)", "Ekonomichef", "Kvartalsvis",
             "Q1–Q3 kontrollerade utan anmärkning. Q4 ej genomförd.", "D", "DELVIS", "nej"),
        ]),
        ("Uthyrning", [
            ("Tilldelning av lägenheter sker enligt uthyrningspolicy", "Uthyrningschef", "En gång/år",
             "20 tilldelningar granskade, 1 avsteg från kön utan dokumenterad motivering.", "G", "GENOMFORD", "ja"),
            ("Hantering av hyresskulder och avhysningar enligt rutin", "Uthyrningschef", "Halvår",
             "Se bilaga 1 (kravrapport).", "", "OKLAR", ""),
            ("Andrahandsuthyrning har godkänts av bolaget", "Uthyrningschef", "En gång/år",
             "Ersätts av ny kontroll om besiktning vid avflytt 2026.", "U", "UTGAR", ""),
        ]),
        ("Fastighetsförvaltning", [
            ("OVK-besiktningar utförs enligt plan", "Fastighetschef", "En gång/år",
             "Utförd i 14 av 16 fastigheter, inga underkända. Övriga två beställda till mars 2026.",
             "D", "DELVIS", "nej"),
            ("Energideklarationer är giltiga för samtliga fastigheter", "Fastighetschef", "En gång/år",
             "Samtliga giltiga.", "G", "GENOMFORD", "nej"),
            ("Kvittens vid utlämning av nycklar och passerbrickor", "Förvaltare", "En gång/år",
             "", "E", "EJ_GENOMFORD", ""),
        ]),
    ]
    cols = ["Kontrollmoment", "Ansvarig", "När", "Utfall helår", "Status"]
    t = d.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
    set_text(top, "Internkontrollplan 2025 – uppföljning per 2025-12-31", bold=True, size=11)
    shade(top, "1F4E79")
    top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for c, txt in zip(t.rows[1].cells, cols):
        set_text(c, txt, bold=True, size=9.5)
        shade(c, "BDD7EE")
    for g, rows in groups:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        set_text(m, g, bold=True, size=9.5)
        shade(m, "F2F2F2")
        for km, ans, nar, utf, st, es, ea in rows:
            c = t.add_row().cells
            for i, val in enumerate([km, ans, nar, utf, st]):
                set_text(c[i], val, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if i == 4 else None)
            exp(fil, nd, km, es, ea)
    r = t.add_row()
    m = r.cells[0].merge(r.cells[-1])
    set_text(m, "Sammanställning: G 4 st, D 2 st, E 1 st, U 1 st, ej angiven 1 st", bold=True, size=9.5)
    set_widths(t, [8.0, 3.5, 2.8, 9.0, 1.6])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 1: Kravrapport hyresskulder 2025")
    d.add_paragraph("Peter Holm, VD")
    save_docx(d, fil)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ================================================================= rejected: missiv
def file_missiv():
    fil = "Missiv IK helår 2025 Räddningsnämnden.docx"
    d = new_doc()
    d.add_paragraph("Räddningstjänsten Stugun\t\t\t2026-02-13")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomienheten")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Räddningsnämnden behandlade uppföljningen av 2025 års internkontrollplan vid sitt "
                    "sammanträde 2026-02-12, § 9.")
    d.add_paragraph("Protokollsutdrag och själva uppföljningen skickas separat så snart protokollet är justerat, "
                    "senast 2026-02-20. Vi ber om överseende med att materialet kommer efter utsatt datum.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJonas Eriksson\nRäddningschef\njonas.eriksson@stugun.se")
    save_docx(d, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================= main
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_kfn()
    file_mbn_ofn()
    file_sbab()
    file_missiv()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    main()
