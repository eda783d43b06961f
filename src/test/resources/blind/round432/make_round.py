#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r432 - Ludvika kommun, delår (jan-aug) 2025.

Builds every file of the round plus namnder.csv, files.csv, expected.csv
in the folder this script lives in. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round432"
FIXED_DATE = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------- docx helpers
def new_doc(landscape=False, author="Ludvika kommun"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def make_table(d, header, rows, widths, header_fill="D9E2F3", repeat=False,
               size=9.5, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True, size=size)
        shade(c, header_fill)
    if repeat:
        repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def para(d, text, bold=False, italic=False, size=None, align=None, space_after=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_text(d, left, right=""):
    sec = d.sections[0]
    p = sec.header.paragraphs[0]
    p.text = left + ("\t\t" + right if right else "")
    for r in p.runs:
        r.font.size = Pt(8.5)


# ======================================================= 1. Kommunstyrelsen docx
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_delar_2025.docx"
    namnd = "Kommunstyrelsen"
    d = new_doc(author="Maria Eklund")
    header_text(d, "LUDVIKA KOMMUN\nKommunledningsförvaltningen", "Dnr KS 2024/0412")
    para(d, "Tjänsteskrivelse", italic=True, size=9)
    d.add_heading("Uppföljning av intern kontroll – delår januari–augusti 2025", level=1)
    para(d, "Kommunstyrelsen", bold=True, size=12)
    para(d, "Datum: 2025-09-16\nHandläggare: Maria Eklund, controller", size=9.5)
    d.add_heading("1. Inledning", level=2)
    para(d, "Kommunstyrelsen ansvarar enligt kommunallagen 6 kap. 6 § för att verksamheten bedrivs "
            "på ett tillfredsställande sätt och att det finns en tillräcklig intern kontroll. "
            "Kommunstyrelsen fastställde internkontrollplanen för 2025 den 3 december 2024, § 214. "
            "I denna rapport redovisas uppföljningen av planens kontrollmoment per den 31 augusti 2025. "
            "Uppföljningen är sorterad per process. För varje kontrollmoment anges status enligt "
            "skalan Genomförd, Delvis genomförd, Pågår, Ej påbörjad och Utgår samt en kommentar.")
    d.add_heading("2. Uppföljning per process", level=2)
    hdr = ["Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig", "Status", "Kommentar"]
    w = [4.2, 3.2, 2.3, 2.2, 5.1]

    sections = [
        ("2.1 Ekonomi och redovisning", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov om 30 fakturor från perioden januari–juni.", "Redovisningschef", "Genomförd",
             "Stickprov om 30 fakturor har granskats. 2 fakturor saknade beslutsattest och var endast "
             "mottagningsattesterade. Berörda chefer har informerats och påminnelse om attestordningen "
             "har skickats ut till samtliga beslutsattestanter.", "GENOMFORD", "ja"),
            ("Kontroll av att representation och förtroendekänsliga poster redovisas enligt riktlinje",
             "Genomgång av samtliga fakturor på konto 7610–7690 jan–jun.", "Controller", "Genomförd",
             "Samtliga 41 verifikationer har granskats. Syfte och deltagare fanns angivna. "
             "Inga avvikelser noterades.", "GENOMFORD", "nej"),
            ("Avstämning av balanskonton i samband med delårsbokslut",
             "Avstämningsmall per balanskonto.", "Redovisningsekonom", "Pågår",
             "Avstämning av balanskonton per 31 augusti pågår och slutförs i samband med att "
             "delårsbokslutet fastställs i oktober.", "DELVIS", ""),
            ("Kontroll av behörigheter i ekonomisystemet Raindance",
             "Utdrag ur behörighetslista jämförs med aktuella anställningar.", "Systemförvaltare ekonomi",
             "Delvis genomförd",
             "Behörighetslistan är genomgången för kommunledningsförvaltningen. Fyra användare som "
             "avslutat sin anställning hade fortfarande behörighet; dessa är nu borttagna. "
             "Genomgång för övriga förvaltningar återstår.", "DELVIS", "ja"),
            ("Kontroll av att kundfordringar äldre än 90 dagar hanteras enligt rutin för inkasso",
             "Åldersanalys av kundreskontran.", "Ekonomichef", "Ej påbörjad",
             "Kontrollen genomförs under hösten i samband med kundreskontrans årsgenomgång.",
             "EJ_GENOMFORD", ""),
        ]),
        ("2.2 Upphandling och inköp", [
            ("Avtalstrohet vid inköp av varor och tjänster",
             "Analys i inköpsanalysverktyget av de 10 största leverantörerna utan avtal.",
             "Upphandlingschef", "Genomförd",
             "Köp utanför avtal har identifierats hos tre leverantörer till ett sammanlagt värde av "
             "ca 410 tkr. En åtgärdsplan tas fram tillsammans med berörda verksamheter.",
             "GENOMFORD", "ja"),
            ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer för direktupphandling",
             "Stickprov om 10 direktupphandlingar.", "Upphandlare", "Delvis genomförd",
             "Stickprov har gjorts på 6 av 10 planerade direktupphandlingar. Dokumentation saknades "
             "i ett fall. Resterande stickprov görs i oktober.", "DELVIS", "ja"),
        ]),
        ("2.3 Personal och lön", [
            ("Kontroll av att löneutbetalningar efter avslutad anställning inte sker",
             "Körning av kontrollista i lönesystemet varje månad.", "Lönechef", "Genomförd",
             "Kontrollistan har körts varje månad. Inga felaktiga utbetalningar efter avslutad "
             "anställning har upptäckts under perioden.", "GENOMFORD", "nej"),
            ("Uppföljning av att rehabiliteringsutredning påbörjas vid upprepad korttidsfrånvaro",
             "Stickprov i HR-systemet.", "HR-chef", "Utgår",
             "Kontrollen utgår enligt beslut i kommunstyrelsen 2025-05-06, § 87, då motsvarande "
             "kontroll ingår i den kommungemensamma HR-uppföljningen.", "UTGAR", ""),
        ]),
        ("2.4 Informationssäkerhet och dataskydd", [
            ("Loggkontroll i ärendehanteringssystemet Public 360",
             "Stickprov av loggar för 10 sekretessmarkerade ärenden.", "Arkivarie", "Genomförd",
             "Loggkontroll genomförd i juni. Ingen otillbörlig åtkomst konstaterades.",
             "GENOMFORD", "nej"),
            ("Registrering av personuppgiftsbehandlingar i registerförteckningen enligt GDPR",
             "Genomgång av registerförteckningen per avdelning.", "Dataskyddsombud", "Pågår",
             "Genomgång pågår tillsammans med avdelningarna. Hittills har 5 av 8 avdelningar "
             "uppdaterat sina behandlingar.", "DELVIS", ""),
        ]),
    ]
    rows_exp = []
    for title, rows in sections:
        d.add_heading(title, level=3)
        make_table(d, hdr, [r[:5] for r in rows], w, repeat=True)
        para(d, "")
        rows_exp += [(r[0], r[5], r[6]) for r in rows]
    d.add_heading("3. Sammanfattande bedömning", level=2)
    para(d, "Av planens elva kontrollmoment är fem genomförda, fyra delvis genomförda eller pågående, "
            "ett ej påbörjat och ett har utgått. Vid kontrollerna har brister noterats främst inom "
            "attest, behörigheter och avtalstrohet. Förvaltningen bedömer att den interna kontrollen "
            "i huvudsak är tillräcklig men att arbetet med avtalstrohet behöver förstärkas. "
            "Återstående kontroller redovisas i helårsuppföljningen.")
    para(d, "")
    para(d, "Ludvika den 16 september 2025")
    para(d, "")
    para(d, "Karin Holm\nKommundirektör", space_after=12)
    para(d, "Maria Eklund\nController")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ============================================ 2. Barn- och utbildningsnämnden docx
def file_bun():
    fil = "BUN delårsuppföljning IK 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = new_doc(landscape=True, author="Sofia Wallin")
    header_text(d, "Barn- och utbildningsförvaltningen", "Delårsrapport 2025")
    d.add_heading("Uppföljning internkontrollplan 2025 – delårsrapport januari–augusti", level=1)
    para(d, "Barn- och utbildningsnämnden", bold=True, size=12)
    d.add_heading("Bakgrund", level=2)
    para(d, "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024, § 142. "
            "Planen bygger på förvaltningens risk- och väsentlighetsanalys där varje risk har värderats "
            "utifrån sannolikhet och konsekvens (riskvärde 1–16). Nedan redovisas kontrollmomenten per "
            "riskområde med status per den 31 augusti 2025 samt resultat och eventuella åtgärder.")
    hdr = ["Nr", "Risk", "Kontrollmoment", "Riskvärde", "Status", "Resultat och åtgärder"]
    w = [1.2, 4.5, 6.0, 1.8, 2.6, 9.6]

    areas = [
        ("Riskområde 1: Ekonomi", [
            ("1.1", "Felaktiga ersättningar till fristående förskolor och skolor",
             "Kontroll av att elevpeng till fristående skolor baseras på korrekt elevantal", "12",
             "Genomförd",
             "Avstämning mot folkbokföringen och skolornas elevlistor har gjorts i mars och augusti. "
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Inköp görs utanför avtal",
             "Stickprovskontroll av inköp av läromedel mot gällande avtal", "9", "Delvis genomförd",
             "Kontroll gjord på 4 av 8 skolenheter. Två skolor hade köpt läromedel från leverantör "
             "utan avtal. Rektorerna har fått information om avtalen.", "DELVIS", "ja"),
            ("1.3", "Inköp görs utanför avtal",
             "Kontroll av att förbrukningsinventarier och surfplattor inventeras och registreras", "6",
             "Ej påbörjad", "Planeras till oktober 2025.", "EJ_GENOMFORD", ""),
        ]),
        ("Riskområde 2: Elevhälsa och trygghet", [
            ("2.1", "Kränkande behandling anmäls inte till huvudmannen",
             "Kontroll av att anmälningar om kränkande behandling anmäls till huvudmannen inom fastställd tid",
             "16", "Genomförd",
             "Genomgång av 45 anmälningar under vårterminen 2025. I 7 fall anmäldes händelsen inte "
             "till huvudmannen inom fem arbetsdagar. Rektorerna har påmints om rutinen och frågan "
             "följs upp på rektorsmöte i september.", "GENOMFORD", "ja"),
            ("2.2", "Hög frånvaro uppmärksammas inte i tid",
             "Uppföljning av att rutin för frånvarohantering vid upprepad och längre frånvaro följs",
             "12", "Pågår",
             "Uppföljning pågår på de tre högstadieskolorna. Resultatet redovisas i helårsrapporten.",
             "DELVIS", ""),
            ("2.3", "Brister i dokumentation i elevhälsans journaler",
             "Granskning av journalföring i elevhälsans medicinska insats (PMO)", "8", "Genomförd",
             "Medicinskt ledningsansvarig skolsköterska har granskat 20 journaler. Journalföringen "
             "bedöms korrekt och inga brister noterades.", "GENOMFORD", "nej"),
        ]),
        ("Riskområde 3: Systematiskt kvalitetsarbete", [
            ("3.1", "Beslut om särskilt stöd fattas inte",
             "Kontroll av att åtgärdsprogram upprättas när behov av särskilt stöd har konstaterats",
             "12", "Delvis genomförd",
             "Kontrollen är genomförd i grundskolan F–6. Årskurs 7–9 kvarstår och görs under "
             "höstterminen.", "DELVIS", ""),
            ("3.2", "Skollagens krav på placering i förskola uppfylls inte",
             "Kontroll av att placering i förskola erbjuds inom fyra månader enligt skollagen", "9",
             "Genomförd", "Samtliga placeringar har erbjudits inom lagstadgad tid.", "GENOMFORD", "nej"),
        ]),
        ("Riskområde 4: Personal och kompetens", [
            ("4.1", "Obehöriga lärare undervisar och sätter betyg",
             "Kontroll av legitimation och behörighet vid nyanställning av lärare", "12", "Genomförd",
             "Samtliga 23 nyanställda lärare har kontrollerats mot Skolverkets lärarlegitimationsregister. "
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("4.2", "Utdrag ur belastningsregistret saknas",
             "Kontroll av att utdrag ur belastningsregistret har uppvisats vid anställning", "16", "Utgår",
             "Utgår – kontrollen genomförs centralt av HR-avdelningen från 2025 enligt beslut i "
             "kommunstyrelsen.", "UTGAR", ""),
        ]),
    ]
    rows_exp = []
    for title, rows in areas:
        d.add_heading(title, level=2)
        t = make_table(d, hdr, [r[:6] for r in rows], w, header_fill="E2EFD9", repeat=True)
        # merge Risk cells for identical consecutive risks (vertical merge)
        for i in range(1, len(rows)):
            if rows[i][1] == rows[i - 1][1]:
                a = t.rows[i].cells[1]
                b = t.rows[i + 1].cells[1]
                m = a.merge(b)
                set_cell(m, rows[i][1], size=9.5)
        para(d, "")
        rows_exp += [(r[2], r[6], r[7]) for r in rows]
    d.add_heading("Sammanfattande bedömning", level=2)
    para(d, "Förvaltningen bedömer att den interna kontrollen inom nämndens ansvarsområde i huvudsak "
            "fungerar. Den mest allvarliga iakttagelsen gäller anmälan av kränkande behandling till "
            "huvudmannen, där rutinen inte har följts fullt ut. Åtgärder har vidtagits och området "
            "föreslås ingå även i internkontrollplanen för 2026.")
    para(d, "")
    para(d, "Ludvika 2025-09-12")
    para(d, "Per Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen", space_after=10)
    para(d, "Sofia Wallin\nKvalitetsstrateg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ========================================================= 3. Socialnämnden .doc
def file_sn(tmpdir):
    fil = "Socialnämnden IK uppföljning jan-aug 2025.doc"
    namnd = "Socialnämnden"
    d = new_doc(author="Jonas Berglund")
    header_text(d, "Ludvika kommun – Socialförvaltningen")
    para(d, "Socialnämnden", bold=True, size=14)
    para(d, "Uppföljning av internkontrollplan 2025", bold=True, size=16)
    para(d, "Delår 1 januari – 31 augusti 2025", size=12)
    para(d, "")
    para(d, "Inledning", bold=True, size=12)
    para(d, "Socialnämnden beslutade om internkontrollplan för 2025 den 18 december 2024, § 201. "
            "Uppföljningen nedan redovisar resultatet av de kontroller som genomförts under perioden "
            "januari–augusti. Bedömningen anges som Genomförd, Genomförd med anmärkning, Delvis "
            "genomförd, Pågår, Ej påbörjad eller Utgår. Kontroller som inte är avslutade redovisas "
            "på nytt i helårsuppföljningen.")
    hdr = ["Kontrollmoment", "Omfattning", "Bedömning", "Kommentar"]
    w = [5.5, 3.0, 2.6, 5.9]
    procs = [
        ("Process: Myndighetsutövning individ- och familjeomsorg", [
            ("Kontroll av att förhandsbedömning vid orosanmälan görs inom 14 dagar",
             "20 slumpvis valda anmälningar", "Genomförd med anmärkning",
             "I 3 av 20 ärenden överskreds 14-dagarsgränsen. Orsaken är hög arbetsbelastning och "
             "vakanser under våren. Åtgärd: veckovis bevakning av inkomna anmälningar.",
             "GENOMFORD", "ja"),
            ("Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
             "Samtliga utredningar avslutade jan–jun", "Genomförd",
             "Samtliga utredningar har avslutats inom lagstadgad tid eller med beslut om förlängning.",
             "GENOMFORD", "nej"),
            ("Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
             "25 beslut", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            None,  # literal repeated header row (table continued on next page)
            ("Uppföljning av att vårdplan upprättas för placerade barn och unga",
             "Samtliga pågående placeringar", "Pågår",
             "Genomgång av akterna pågår och beräknas vara klar i oktober.", "DELVIS", ""),
            ("Kontroll av att dubbelutbetalning av ekonomiskt bistånd inte sker (kontroll mot "
             "Försäkringskassan via SSBTEK)",
             "Utbetalningar jan–apr", "Delvis genomförd",
             "Kontrollen är gjord för januari–april. En dubbelutbetalning har upptäckts och beslut "
             "om återkrav har fattats. Maj–augusti kontrolleras i september.", "DELVIS", "ja"),
        ]),
        ("Process: Vård och omsorg", [
            ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst",
             "40 ärenden", "Genomförd",
             "I 12 av 40 ärenden fanns ingen genomförandeplan upprättad inom 14 dagar. "
             "Enhetscheferna har fått i uppdrag att ta fram en åtgärdsplan.", "GENOMFORD", "ja"),
            ("Kontroll av att rapporter enligt lex Sarah utreds och avslutas inom fastställd tid",
             "Samtliga rapporter", "Genomförd",
             "Samtliga sex rapporter under perioden har utretts och avslutats inom fastställd tid.",
             "GENOMFORD", "nej"),
            ("Kontroll av att läkemedelshantering på särskilda boenden följer gällande rutin",
             "2 boenden", "Ej påbörjad",
             "Kontrollen skjuts upp till hösten på grund av vakant tjänst som medicinskt ansvarig "
             "sjuksköterska (MAS).", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Ekonomi", [
            ("Kontroll av hanteringen av brukares privata medel på särskilda boenden",
             "Kassabok på 5 boenden", "Genomförd",
             "Kontroll av kassaböcker har gjorts på fem boenden. På ett boende saknades kvitton för "
             "två uttag. Rutinen har förtydligats för personalen.", "GENOMFORD", "ja"),
            ("Kontroll av debitering av avgifter för hemtjänst och särskilt boende",
             "Stickprov 20 fakturor", "Utgår",
             "Ej aktuell – kontrollen har flyttats till avgiftshandläggningens egenkontroll.",
             "UTGAR", ""),
        ]),
    ]
    rows_exp = []
    for title, rows in procs:
        para(d, title, bold=True, size=11.5)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9.5)
            shade(t.rows[0].cells[i], "F2F2F2")
        for r in rows:
            cells = t.add_row().cells
            if r is None:
                for i, h in enumerate(hdr):
                    set_cell(cells[i], h, bold=True, size=9.5)
                    shade(cells[i], "F2F2F2")
                continue
            for i in range(4):
                set_cell(cells[i], r[i], size=9.5)
            rows_exp.append((r[0], r[4], r[5]))
        for row in t.rows:
            for i, ww in enumerate(w):
                row.cells[i].width = Cm(ww)
        para(d, "")
    para(d, "Sammanfattande bedömning", bold=True, size=12)
    para(d, "Av tio kontrollmoment är sex genomförda (varav flera med iakttagelser), två delvis "
            "genomförda eller pågående, ett ej påbörjat och ett har utgått. Förvaltningens samlade "
            "bedömning är att den interna kontrollen är godtagbar men att handläggningstider inom "
            "barn och unga samt genomförandeplaner inom hemtjänsten behöver förbättras.")
    para(d, "")
    para(d, "Ludvika 2025-09-10")
    para(d, "Jonas Berglund\nSocialchef")
    src = os.path.join(tmpdir, "Socialnämnden IK uppföljning jan-aug 2025.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc:MS Word 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# =========================== 4. Samhällsbyggnadsförvaltningen docx (status only in text)
def file_sbf():
    fil = "SBF Intern kontroll uppföljning 2025-08-31.docx"
    namnd = "Samhällsbyggnadsnämnden"
    d = new_doc(author="Henrik Dahl")
    header_text(d, "Samhällsbyggnadsförvaltningen", "2025-09-08")
    para(d, "LUDVIKA KOMMUN", bold=True, size=9)
    para(d, "Samhällsbyggnadsförvaltningen", size=9)
    d.add_heading("Intern kontroll 2025 – uppföljning per 31 augusti", level=1)
    para(d, "Nämnden antog internkontrollplanen för 2025 i januari. Av planen framgår vilka kontroller "
            "som ska göras, vem som ansvarar och hur ofta kontrollen ska utföras. Förvaltningen "
            "redovisar här resultatet av kontrollerna för perioden januari–augusti 2025. Resultatet "
            "beskrivs i löptext i kolumnen Uppföljning för varje kontrollmoment.")
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Frekvens", "Uppföljning jan–aug 2025"]
    w = [5.6, 2.8, 1.8, 6.8]
    procs = [
        ("Fastighetsförvaltning", [
            ("Kontroll av att hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen",
             "Fastighetschef", "Årligen",
             "Kontrollen är genomförd i maj. Samtliga 34 hyresavtal finns registrerade med rätt "
             "löptid och uppsägningstid. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att lagstadgade besiktningar (OVK, hissar, brandlarm) utförs i kommunens fastigheter",
             "Driftchef", "Halvår",
             "Genomgången har påbörjats. OVK är kontrollerad för 18 av 42 byggnader, varav 3 har "
             "anmärkningar som inte åtgärdats. Hissar och brandlarm återstår.", "DELVIS", "ja"),
            ("Kontroll av attest av fakturor för ramavtalsentreprenader mot beställning",
             "Ekonom", "Tertial",
             "Stickprov om 15 fakturor är gjort. Två fakturor saknade beställningsnummer men beloppen "
             "stämde mot avtalade priser. Kontrollen är därmed genomförd med mindre anmärkning.",
             "GENOMFORD", "ja"),
        ]),
        ("Gata, park och trafik", [
            ("Kontroll av att skadeanmälningar och ersättningsanspråk hanteras inom fyra veckor",
             "Gatuchef", "Tertial",
             "Kontrollen har inte kunnat utföras under perioden på grund av byte av ärendesystem. "
             "Den planeras till november.", "EJ_GENOMFORD", ""),
            ("Uppföljning av vinterväghållningsentreprenörens rapportering mot avtal",
             "Gatuchef", "Årligen", "Se bilaga 3.", "OKLAR", ""),
            ("Kontroll av att grävtillstånd har beviljats innan schaktarbeten påbörjas",
             "Trafikingenjör", "Tertial",
             "Kontrollen pågår. Hittills har 22 grävärenden granskats och i 2 fall har arbetet "
             "påbörjats utan tillstånd. Ledningsägarna har kontaktats.", "DELVIS", "ja"),
        ]),
        ("Plan och exploatering", [
            ("Kontroll av att exploateringsavtal följs upp mot fakturering av gatukostnader",
             "Exploateringsingenjör", "Årligen", "", "SAKNAS", ""),
            ("Kontroll av att detaljplaner handläggs enligt tidsplanen i planprioriteringen",
             "Planchef", "Halvår",
             "Genomförd. 5 av 7 planer följer tidsplanen. 2 planer är försenade på grund av "
             "överklaganden, vilket inte beror på brister i handläggningen.", "GENOMFORD", "nej"),
            ("Stickprovskontroll av delegationsbeslut inom bostadsanpassning",
             "Handläggare bostadsanpassning", "Tertial",
             "Kontrollen utgår eftersom bostadsanpassningen flyttades till socialnämnden den 1 maj 2025.",
             "UTGAR", ""),
        ]),
    ]
    rows_exp = []
    for title, rows in procs:
        d.add_heading(title, level=2)
        make_table(d, hdr, [r[:4] for r in rows], w, header_fill="FBE4D5")
        para(d, "")
        rows_exp += [(r[0], r[4], r[5]) for r in rows]
    d.add_heading("Sammanfattande bedömning", level=2)
    para(d, "Tre kontroller är helt genomförda, två pågår och övriga återstår eller har utgått. "
            "Brister har noterats när det gäller lagstadgade besiktningar och grävtillstånd. "
            "Förvaltningen bedömer att de planerade kontrollerna kommer att kunna slutföras under "
            "hösten, med undantag för kontrollen av skadeanmälningar som är beroende av det nya "
            "ärendesystemet.")
    para(d, "")
    para(d, "Henrik Dahl\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ====================================== 5. Kultur- och fritidsnämnden docx (split table)
def file_kfn():
    fil = "KFN uppföljning internkontrollplan 2025 delår.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = new_doc(landscape=True, author="Eva Nyström")
    header_text(d, "Kultur- och fritidsförvaltningen, Ludvika kommun")
    d.add_heading("Kultur- och fritidsnämndens internkontrollplan 2025 – uppföljning delår", level=1)
    para(d, "Period: januari–augusti 2025. Kolumnen Helår 2025 fylls i vid årsbokslutet.", italic=True)
    d.add_heading("Inledning", level=2)
    para(d, "Kultur- och fritidsnämnden har det övergripande ansvaret för den interna kontrollen inom "
            "nämndens verksamheter. Internkontrollplanen för 2025 innehåller åtta kontrollmoment "
            "fördelade på tre områden. Uppföljningen görs två gånger per år, vid delår och helår.")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Delår 2025", "Helår 2025", "Kommentar"]
    w = [1.0, 7.5, 3.2, 2.8, 2.4, 8.8]
    blocks = [
        ("Område 1: Bidrag till föreningar", [
            ("1", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
             "Föreningskonsulent", "Genomförd", "",
             "Stickprov på 12 ansökningar om verksamhetsbidrag. Inga avvikelser.", "GENOMFORD", "nej"),
            ("2", "Kontroll av att föreningar som erhåller aktivitetsstöd redovisar korrekt antal "
                  "deltagartillfällen",
             "Föreningskonsulent", "Genomförd", "",
             "Närvarolistor från 10 föreningar har jämförts med ansökningarna. Två föreningar hade "
             "redovisat för många deltagartillfällen; återkrav om totalt 8 400 kr har beslutats.",
             "GENOMFORD", "ja"),
        ]),
        ("Område 1: Bidrag till föreningar (forts.)", [
            ("3", "Uppföljning av att föreningar med driftbidrag har lämnat verksamhetsberättelse och "
                  "revisionsberättelse",
             "Fritidschef", "Delvis genomförd", "",
             "Genomgången är påbörjad; 11 av 21 föreningars handlingar är granskade.", "DELVIS", ""),
        ]),
        ("Område 2: Bibliotek och kultur", [
            ("4", "Kontroll av att medieinköp görs från upphandlad leverantör",
             "Bibliotekschef", "Genomförd", "",
             "Samtliga medieinköp under perioden har gjorts via avtalsleverantören.", "GENOMFORD", "nej"),
            ("5", "Inventering av kassahantering och dagskassor vid Ludvika stadsbibliotek",
             "Bibliotekschef", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Område 3: Anläggningar", [
            ("6", "Kontroll av att bokningar och debitering av idrottshallar överensstämmer i "
                  "bokningssystemet",
             "Fritidschef", "Pågår", "", "Avstämning för vårsäsongen pågår.", "DELVIS", ""),
            ("7", "Kontroll av säkerhetsbesiktning av lekplatser och utegym",
             "Anläggningschef", "Utgår", "",
             "Ansvaret för lekplatser och utegym överfördes till samhällsbyggnadsnämnden 2025.",
             "UTGAR", ""),
            ("8", "Kontroll av att egenkontroll av bassängvatten genomförs och dokumenteras vid simhallen",
             "Anläggningschef", "Genomförd", "",
             "Egenkontrollen dokumenteras veckovis. Vid ett provtillfälle i maj var klorhalten för låg; "
             "detta åtgärdades samma dag.", "GENOMFORD", "ja"),
        ]),
    ]
    rows_exp = []
    for bi, (title, rows) in enumerate(blocks):
        if bi == 1:
            page_break(d)
        d.add_heading(title, level=2)
        make_table(d, hdr, [r[:6] for r in rows], w, header_fill="DEEAF6")
        para(d, "")
        rows_exp += [(r[1], r[6], r[7]) for r in rows]
    d.add_heading("Sammanfattande bedömning", level=2)
    para(d, "Fyra av åtta kontrollmoment är genomförda vid delåret. Iakttagelser har gjorts avseende "
            "redovisning av aktivitetsstöd och egenkontroll i simhallen, där åtgärder har vidtagits. "
            "Förvaltningen bedömer att den interna kontrollen är tillräcklig.")
    para(d, "")
    para(d, "Ludvika den 9 september 2025")
    para(d, "Eva Nyström\nKultur- och fritidschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ========================================================= 6. Miljö- och bygg xlsx
def file_mbn():
    fil = "Miljö- och bygg IK delår 2025.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Miljö- och byggnämnden"
    ws["A3"] = "Period: Delår (januari–augusti 2025)"
    ws["A4"] = "Upprättad av: Lena Berg, nämndsekreterare, 2025-09-10"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(size=10)
    hdr = ["ID", "Process", "Kontrollmoment", "Kontrollmetod", "Status", "Avvikelse", "Kommentar"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="center")
    groups = [
        ("Myndighetsutövning – bygg", [
            ("MB1", "Bygglov", "Kontroll av att bygglov handläggs inom 10 veckor enligt PBL",
             "Uttag ur ärendesystemet", "Genomförd", "Ja",
             "4 av 58 ärenden överskred tidsfristen; avgiften har reducerats enligt PBL 12 kap. 8 a §.",
             "GENOMFORD", "ja"),
            ("MB2", "Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa",
             "Stickprov 15 ärenden", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("MB3", "Slutbesked", "Kontroll av att slutbesked utfärdas innan byggnad tas i bruk",
             "Stickprov 10 ärenden", "Pågår", "", "Pågår, redovisas vid helår.", "DELVIS", ""),
        ]),
        ("Myndighetsutövning – miljö och livsmedel", [
            ("MB4", "Livsmedelskontroll", "Kontroll av att tillsynsplanen för livsmedelskontroll följs",
             "Uppföljning mot plan", "Delvis genomförd", "Nej",
             "62 % av planerade kontroller är genomförda, vilket följer tidsplanen.", "DELVIS", "nej"),
            ("MB5", "Miljötillsyn", "Kontroll av att timavgift för miljötillsyn debiteras enligt nedlagd tid",
             "Jämförelse tidrapport/faktura", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
            ("MB6", "Handläggning", "Kontroll av att jävsprövning dokumenteras i ärenden",
             "Stickprov 15 ärenden", "Genomförd", "Nej", "Inga jävssituationer noterades.",
             "GENOMFORD", "nej"),
        ]),
        ("Administration", [
            ("MB7", "Diarieföring", "Kontroll av att inkomna handlingar diarieförs inom 2 arbetsdagar",
             "Stickprov", "Utgår", "", "Ersätts av kommungemensam kontroll (KS).", "UTGAR", ""),
            ("MB8", "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Jämförelse protokoll/beslutslista", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ]),
    ]
    rows_exp = []
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
            rows_exp.append((row[2], row[7], row[8]))
            r += 1
    r += 1
    ws.cell(r, 3, "Antal genomförda kontroller: 4 av 8").font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Förklaring status:").font = Font(italic=True, bold=True)
    for txt in ["Genomförd = kontrollen är utförd under perioden",
                "Delvis genomförd / Pågår = kontrollen är påbörjad men inte slutförd",
                "Ej påbörjad = kontrollen har inte startat",
                "Utgår = kontrollen utgår efter beslut",
                "Avvikelse: Ja = brist har konstaterats vid kontrollen"]:
        r += 1
        ws.cell(r, 1, txt).font = Font(italic=True, size=9)
    for col, wd in zip("ABCDEFG", [6, 16, 48, 24, 16, 10, 50]):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A7"
    wb.properties.creator = "Lena Berg"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ============================================ 7. Ludvikahem AB xlsx (T1 + delår side by side)
def file_lhem():
    fil = "Ludvikahem_IK_uppf_2025.xlsx"
    namnd = "Ludvikahem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws.oddHeader.center.text = "Ludvikahem AB – Internkontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd av styrelsen 2025-02-20. Uppföljning T1 (jan–apr) och delår (jan–aug)."
    hdr = ["Område", "Risk", "Kontrollmoment", "Ansvarig", "Uppföljning T1 (april)",
           "Uppföljning delår (augusti)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.border = bd
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Hyror", "Felaktiga hyror debiteras",
         "Kontroll av hyresavisering och att hyreshöjningar enligt förhandling har lagts in korrekt",
         "Ekonomichef", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter fördelas i strid med policy",
         "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn (bostadskö)",
         "Uthyrningschef", "Pågår", "Genomförd",
         "Stickprov 20 uthyrningar; i 1 fall avsteg från kön utan dokumenterad motivering.",
         "GENOMFORD", "ja"),
        ("Hyror", "Osäkra fordringar",
         "Uppföljning av hyresfordringar och inkassoärenden",
         "Ekonomichef", "Genomförd", "", "Kontrollen görs en gång per år.", "GENOMFORD", ""),
        ("Fastighet", "Eftersatt underhåll",
         "Kontroll av att underhållsplanen följs och avvikelser rapporteras till styrelsen",
         "Fastighetschef", "Ej påbörjad", "Delvis genomförd",
         "Rapport till styrelsen i oktober.", "DELVIS", ""),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Kontroll av att leverantörsfakturor attesteras enligt attestordning",
         "Redovisningsansvarig", "Genomförd", "Genomförd med anmärkning",
         "Tre fakturor attesterades av person utan attesträtt.", "GENOMFORD", "ja"),
        ("Säkerhet", "Brand i bostadsområde",
         "Kontroll av systematiskt brandskyddsarbete (SBA) i bostadsområdena",
         "Driftchef", "", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Obehöriga får tillträde",
         "Kontroll av nyckel- och passersystem (spärrade taggar vid avflytt)",
         "Driftchef", "", "", "", "SAKNAS", ""),
        ("Ekonomi", "Mutor och jäv",
         "Kontroll av representation och gåvor i förhållande till policy",
         "VD", "Utgår", "Utgår", "Ingår i kommunens gemensamma kontroll.", "UTGAR", ""),
    ]
    rows_exp = []
    r = 5
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        rows_exp.append((row[2], row[7], row[8]))
        r += 1
    for col, wd in zip("ABCDEFG", [12, 28, 50, 18, 16, 20, 46]):
        ws.column_dimensions[col].width = wd
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    wb.properties.creator = "Ludvikahem"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp(fil, namnd, rows_exp)


# ============================================ 8. reject: covering letter (missiv)
def file_missiv():
    fil = "Missiv SN delårsuppföljning internkontroll 2025.docx"
    d = new_doc(author="Jonas Berglund")
    header_text(d, "LUDVIKA KOMMUN\nSocialförvaltningen", "2025-09-25")
    para(d, "Till: Kommunstyrelsen\nEkonomiavdelningen, att. Maria Eklund")
    para(d, "")
    d.add_heading("Översändande av Socialnämndens uppföljning av internkontrollplan, delår 2025", level=1)
    para(d, "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden "
            "januari–augusti 2025. Nämnden behandlade uppföljningen vid sitt sammanträde "
            "2025-09-24, § 112, och beslutade att lägga den till handlingarna.")
    para(d, "Uppföljningen redovisas i sin helhet i bifogat dokument. Frågor om innehållet besvaras av "
            "undertecknad.")
    para(d, "Bilagor:", bold=True)
    para(d, "1. Socialnämnden IK uppföljning jan-aug 2025.doc\n2. Protokollsutdrag SN 2025-09-24 § 112")
    para(d, "")
    para(d, "Med vänlig hälsning")
    para(d, "Jonas Berglund\nSocialchef\n0240-860 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden Västerbergslagen", "ÖFN|Överförmyndarnämnden|Överförmyndarkansliet"),
    ("Valnämnden", "VN"),
    ("Ludvikahem AB", "Ludvikahem|LHEM"),
    ("Västerbergslagens utbildningscentrum", "VBU|Västerbergslagens utbildningsförbund"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r432build-")
    try:
        file_ks()
        file_bun()
        file_sn(tmpdir)
        file_sbf()
        file_kfn()
        file_mbn()
        file_lhem()
        file_missiv()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
