#!/usr/bin/python3
"""Blind round r328 - Hedemyra kommun, T2 2025 inbox.

Most nämnder use the kommun's shared Word template
(Kontrollmoment | Utfört (Ja/Nej/Delvis) | Iakttagelser | Åtgärder), each in its own way;
two nämnder use their own Excel templates; one lock file must be rejected.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlwt
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round328"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
]

TEMPLATE_HEAD = ["Kontrollmoment", "Utfört (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärder"]
TEMPLATE_INSTR = ("Instruktion: Fyll i en rad per kontrollmoment i nämndens antagna internkontrollplan. "
                  "Ange i kolumnen Utfört Ja, Nej eller Delvis. Beskriv iakttagelser (vad kontrollen visat, "
                  "eventuella avvikelser) och vilka åtgärder som vidtagits eller planeras. "
                  "Skickas till ekonomiavdelningen senast 15 september.")


# ---------------------------------------------------------------- helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def base_doc(landscape=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    return doc


def template_header_block(doc, namnd_text, period_text, datum, ansvarig):
    """The kommun's shared template: logo text, title, fields, instruction."""
    p = doc.add_paragraph()
    r = p.add_run("HEDEMYRA KOMMUN")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    for lab, val in (("Nämnd: ", namnd_text), ("Period: ", period_text),
                     ("Datum: ", datum), ("Ansvarig tjänsteperson: ", ansvarig)):
        p = doc.add_paragraph()
        r = p.add_run(lab)
        r.bold = True
        p.add_run(val)
    p = doc.add_paragraph()
    r = p.add_run(TEMPLATE_INSTR)
    r.italic = True
    r.font.size = Pt(8)


def template_table(doc, rows, widths=(7.5, 3.0, 8.5, 6.0)):
    """rows: list of tuples; a tuple ('#HEAD', text) is a merged group heading."""
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(TEMPLATE_HEAD):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "#HEAD":
            m = cells[0].merge(cells[3])
            set_cell(m, row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        for i in range(4):
            set_cell(cells[i], row[i])
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def add_expected(fil, namnd, controls):
    """controls: list of (km, status, avv)."""
    for km, st, av in controls:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------- 1 KS (template, clean)
def make_ks():
    fil = "Uppföljning IK T2 2025 KS.docx"
    namnd = "Kommunstyrelsen"
    C = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ja",
         "Stickprov 25 fakturor maj–juni. 2 fakturor attesterade av person utan attesträtt (vikarierande chef).",
         "Attestförteckningen uppdaterad 2025-06-30. Påminnelse till samtliga chefer.", "GENOMFORD", "ja"),
        ("Kontroll av att representation redovisas med syfte och deltagare", "Ja",
         "Samtliga 14 representationstillfällen under perioden kontrollerade. Inga avvikelser.", "–",
         "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av kontorsmaterial", "Delvis",
         "Uttag ur e-handelssystemet gjort för januari–april. Analys av maj–augusti återstår.",
         "Slutförs under tertial 3.", "DELVIS", ""),
        ("Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Ja",
         "Avstämning gjord 2025-04-15. Tre konton för avslutade anställda var fortfarande aktiva.",
         "Kontona avslutade. Rutin för avslut av behörigheter ses över tillsammans med HR.",
         "GENOMFORD", "ja"),
        ("Löneutbetalningar – kontroll av manuellt inlagda tillägg", "Ja",
         "Stickprov 20 manuella tillägg. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Diarieföring av inkomna handlingar sker utan dröjsmål", "Nej",
         "Kontrollen har inte hunnit genomföras på grund av byte av ärendehanteringssystem i maj.",
         "Genomförs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till kommunstyrelsen", "Ja",
         "Samtliga delegationsbeslut har anmälts. Två beslut anmäldes med mer än två månaders fördröjning.",
         "Påminnelse om rutinen till beslutsfattare.", "GENOMFORD", "ja"),
        ("Efterlevnad av informationssäkerhetspolicyn – genomförd e-utbildning", "Delvis",
         "68 % av medarbetarna har genomfört e-utbildningen per 31 augusti.",
         "Påminnelse via chefer i september.", "DELVIS", ""),
    ]
    doc = base_doc()
    template_header_block(doc, "Kommunstyrelsen", "Tertial 2 (januari–augusti) 2025", "2025-09-12",
                          "Lena Berglund, controller")
    rows = [c[:4] for c in C] + [("", "", "", ""), ("", "", "", "")]   # two empty template rows left
    template_table(doc, rows)
    doc.add_paragraph()
    doc.add_paragraph("Kommunledningsförvaltningen, 2025-09-12")
    doc.add_paragraph("Lena Berglund\nController")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[0], c[4], c[5]) for c in C])


# ---------------------------------------------------------------- 2 BUN (template, headings, wrong columns, added rows)
def make_bun():
    fil = "BUN uppföljning IK tertial 2 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    # (km, utfört, iakttagelser, åtgärder, status, avv) ; ('#HEAD', text) ; ('#SKIP', row) not a control
    C = [
        ("#HEAD", "Ekonomi"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ja",
         "Stickprov 30 fakturor. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Debitering av avgifter för förskola och fritidshem (maxtaxa)", "Delvis",
         "Kontroll gjord för förskolorna i norra området, södra området återstår. "
         "4 felaktiga avgifter upptäcktes och har rättats.",
         "Resterande kontroll i oktober.", "DELVIS", "ja"),
        ("Interkommunal ersättning – fakturering av elever från andra kommuner", "",
         "Ja, samtliga 41 elever från andra kommuner fakturerade för vårterminen. Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("#HEAD", "Verksamhet"),
        ("Anmälan om kränkande behandling till huvudman", "Ja",
         "22 anmälningar granskade. I 5 fall anmäldes händelsen till huvudman senare än rutinen anger (5 dagar).",
         "Information till rektorer på rektorsmötet 2025-08-20.", "GENOMFORD", "ja"),
        ("Uppföljning av elevfrånvaro – rutinen vid hög frånvaro följs", "Nej",
         "Uppföljningen skjuts upp till hösten då nytt frånvarosystem införs.", "Genomförs T3.",
         "EJ_GENOMFORD", ""),
        ("Registerkontroll vid anställning i förskola och skola", "Ja",
         "Samtliga 37 nyanställda har visat utdrag ur belastningsregistret.", "", "GENOMFORD", "nej"),
        ("#HEAD", "Personal"),
        ("Timanställdas tidrapporter attesteras av chef före löneutbetalning", "Delvis",
         "Stickprov gjort på två av fem skolor. Inga fel hittills.", "Resterande skolor under hösten.",
         "DELVIS", "nej"),
        ("Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete", "",
         "Skyddsronder genomförda på samtliga 24 enheter.", "Ja", "GENOMFORD", ""),
        ("Tillkommande kontroll (beslut BUN 2025-04-22 § 41): Skolskjutsbeslut fattas enligt riktlinjerna", "Ja",
         "10 beslut granskade. Ett beslut saknade motivering.", "Handläggaren informerad.",
         "GENOMFORD", "ja"),
        ("#SKIP", ("Övrigt", "",
                   "Förvaltningen har under perioden bytt controller, vilket har försenat delar av uppföljningen.",
                   "")),
    ]
    doc = base_doc()
    template_header_block(doc, "BUN", "T2 2025", "2025-09-15", "Johan Ekström, förvaltningsekonom")
    rows = []
    for c in C:
        if c[0] == "#HEAD":
            rows.append(c)
        elif c[0] == "#SKIP":
            rows.append(c[1])
        else:
            rows.append(c[:4])
    template_table(doc, rows)
    doc.add_paragraph()
    doc.add_paragraph("Behandlad i förvaltningens ledningsgrupp 2025-09-09.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[0], c[4], c[5]) for c in C if c[0] not in ("#HEAD", "#SKIP")])


# ---------------------------------------------------------------- 3 SN (template converted to Excel)
def make_sn():
    fil = "SN_uppföljning IK T2-2025.xlsx"
    namnd = "Socialnämnden"
    C = [
        ("1. Utbetalning av ekonomiskt bistånd överensstämmer med beslut", "Ja",
         "Stickprov 40 ärenden.\n2 utbetalningar avvek från beslut (fel månad). Återkrav initierat.",
         "Genomgång av rutinen med handläggarna.", "Maria Sund", "GENOMFORD", "ja"),
        ("2. Orosanmälningar – förhandsbedömning görs inom 14 dagar", "Delvis",
         "Kontroll genomförd för januari–juni. 88 % av förhandsbedömningarna gjordes inom 14 dagar.",
         "Fortsatt uppföljning T3.", "Maria Sund", "DELVIS", "ja"),
        ("3. Loggkontroll i verksamhetssystemet", "nej",
         "Ej genomförd, systemleverantören har ännu inte levererat loggfunktionen.",
         "Ny tidplan begärd av leverantören.", "Per Olofsson", "EJ_GENOMFORD", ""),
        ("4. Fakturering av avgifter inom LSS-boende", "JA", "Inga avvikelser.", "", "Karin Wallin",
         "GENOMFORD", "nej"),
        ("5. Hantering av brukares privata medel inom LSS-boenden", "Ja*",
         "Kontroll genomförd på samtliga 7 boenden.\nPå ett boende saknades kvitton för 1 240 kr.",
         "Rutinen gås igenom med personalen på boendet.", "Karin Wallin", "GENOMFORD", "ja"),
        ("6. Avtalsuppföljning köpta platser HVB", "Delvis", "2 av 4 avtal uppföljda.",
         "Återstående avtal följs upp i oktober.", "Per Olofsson", "DELVIS", ""),
        ("7. Ej verkställda beslut rapporteras till IVO inom föreskriven tid", "Ja ",
         "Samtliga ej verkställda beslut rapporterade i tid.", "", "Maria Sund", "GENOMFORD", "nej"),
        ("8. Delegationsbeslut anmäls till nämnden", "", "", "", "Per Olofsson", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "HEDEMYRA KOMMUN"
    ws["A1"].font = Font(bold=True, size=9, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:E2")
    ws["A3"] = "Nämnd: Socialnämnden"
    ws["A4"] = "Period: Tertial 2"
    ws["A5"] = "Datum: 2025-09-11"
    head = TEMPLATE_HEAD + ["Ansvarig"]
    hr = 7
    for i, h in enumerate(head, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E2F3")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = hr + 1
    for c in C:
        for i, v in enumerate(c[:5], 1):
            cell = ws.cell(r, i, v if v != "" else None)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(r + 1, 1, "* Genomförd med anmärkning, se iakttagelser.").font = Font(italic=True, size=9)
    ws.cell(r + 3, 1, "Upprättad av: Sara Holm, verksamhetscontroller socialförvaltningen")
    for col, w in zip("ABCDE", (48, 14, 55, 40, 16)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[0], c[5], c[6]) for c in C])


# ---------------------------------------------------------------- 4 SBN (template, T1 table + T2 table pasted)
def make_sbn():
    fil = "Samhällsbyggnadsnämnden IK T2 2025.docx"
    namnd = "Samhällsbyggnadsnämnden"
    # km, (T1 utf, iakt, åtg), (T2 utf, iakt, åtg) or None, status, avv
    C = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         ("Ja", "Stickprov 20 fakturor. Inga avvikelser.", ""),
         ("Ja", "Stickprov 20 fakturor maj–augusti. 1 faktura saknade beställarreferens.",
          "Påminnelse till beställare."), "GENOMFORD", "ja"),
        ("Debitering av VA-anslutningsavgifter enligt VA-taxan",
         ("Delvis", "Kontroll påbörjad.", ""),
         ("Ja", "Samtliga 12 nya anslutningar kontrollerade. Inga avvikelser.", ""), "GENOMFORD", "nej"),
        ("ÄTA-arbeten i entreprenader beställs skriftligt enligt avtal",
         ("Nej", "Planeras till T2.", ""),
         ("Delvis", "Två av tre större entreprenader granskade. I projekt Storgatan saknades "
                    "skriftlig beställning av ÄTA-arbeten i 3 fall.",
          "Projektledarna informerade. Sista entreprenaden granskas i oktober."), "DELVIS", "ja"),
        ("Underhållsplanen för kommunens fastigheter följs",
         ("Ja", "Genomgång gjord i mars, planen följs.", ""),
         ("", "Årlig kontroll, genomfördes under tertial 1.", ""), "GENOMFORD", "nej"),
        ("Besiktning av lekplatser enligt SS-EN 1176",
         ("Nej", "Besiktning planerad i maj.", ""),
         ("Ja", "Samtliga 18 lekplatser besiktade. Brister på 3 lekplatser.", "Bristerna åtgärdade i juli."),
         "GENOMFORD", "ja"),
        ("Felanmälningar inom gata/park återkopplas inom 5 arbetsdagar",
         ("Delvis", "Mätning saknas för februari.", ""),
         ("Delvis", "Ny rutin införd i juni, mätning pågår.", ""), "DELVIS", ""),
        ("Körjournaler förs för kommunens tjänstebilar",
         ("Ja", "Inga avvikelser.", ""),
         ("Nej", "Kontrollen har inte gjorts under T2 p.g.a. semesterperioden.", "Görs i september."),
         "EJ_GENOMFORD", ""),
        ("Inventering av utlämnade nycklar och passerkort",
         None,
         ("Ja", "Nyckelinventering genomförd. 7 nycklar till förrådet på Industrigatan saknas.",
          "Låscylindrar byts."), "GENOMFORD", "ja"),
    ]
    doc = base_doc()
    template_header_block(doc, "Samhällsbyggnadsnämnden", "Tertial 2 2025", "2025-09-10",
                          "Eva Nordin, administrativ chef")
    doc.add_heading("Tertial 1 (januari–april)", level=2)
    doc.add_paragraph("Redovisad för nämnden 2025-05-21 § 52.")
    template_table(doc, [(c[0],) + c[1] for c in C if c[1] is not None])
    doc.add_paragraph()
    doc.add_heading("Tertial 2 (maj–augusti)", level=2)
    template_table(doc, [(c[0],) + c[2] for c in C])
    doc.add_paragraph()
    doc.add_paragraph("Eva Nordin\nAdministrativ chef, samhällsbyggnadsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[0], c[3], c[4]) for c in C])


# ---------------------------------------------------------------- 5 KFN (template as .doc, nämnd only in page header)
def make_kfn(tmp):
    fil = "IK uppföljning T2 2025 kultur.doc"
    namnd = "Kultur- och fritidsnämnden"
    C = [
        ("Kontantkassor i bibliotek och simhall stäms av månadsvis", "Ja",
         "Avstämning gjord varje månad. Differens på 350 kr i simhallens kassa i juni, utredd.",
         "Kassarutinen genomgången med personalen.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt gällande riktlinjer", "Ja, utan anm.",
         "15 bidragsbeslut granskade.", "", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler – samtliga bokningar faktureras", "Delvis",
         "Jämförelse bokningssystem/fakturering gjord för januari–maj. 6 bokningar hade inte fakturerats.",
         "Fakturerat i efterhand.", "DELVIS", "ja"),
        ("#SKIP", ("", "", "Forts. Rutinen för fakturering ses över tillsammans med ekonomienheten.", "")),
        ("Inventering av kommunens konstsamling", "Utgår",
         "Utgår enligt beslut KFN 2025-03-12 § 18. Inventeringen görs i samband med flytt av konstförrådet 2026.",
         "", "UTGAR", ""),
        ("Behörigheter i bokningssystemet stäms av", "Nej", "", "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("Registerkontroll för ledare i sommarlovsverksamheten", "Ja",
         "Samtliga 42 ledare har visat utdrag ur belastningsregistret före anställning.", "",
         "GENOMFORD", "nej"),
    ]
    doc = base_doc()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Kultur- och fritidsförvaltningen\tUppföljning intern kontroll\t2025-09-08"
    p = doc.add_paragraph()
    r = p.add_run("HEDEMYRA KOMMUN")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-08")
    rows = [c[1] if c[0] == "#SKIP" else c[:4] for c in C]
    template_table(doc, rows)
    doc.add_paragraph()
    doc.add_paragraph("Uppföljningen är gjord av förvaltningens ledningsgrupp. Frågor: Anders Pihl, kvalitetssamordnare.")
    src = os.path.join(tmp, "kfn.docx")
    doc.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, "kfn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[0], c[4], c[5]) for c in C if c[0] != "#SKIP"])


# ---------------------------------------------------------------- 6 VON (own Excel template, codes + fills, T1/T2/T3)
def make_von():
    fil = "VON Internkontroll 2025 uppföljning T2.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    # nr, process, risk, riskvärde, km, metod, frekvens, ansvarig, T1, T2, T3, avv-col, kommentar, status, avv
    C = [
        ("1", "Ekonomi", "Felaktiga avgifter debiteras brukare", 9,
         "Avgiftsbeslut och fakturerade omsorgsavgifter stämmer överens", "Stickprov 30 brukare",
         "Per tertial", "Avgiftshandläggare", "G", "G", "", "J",
         "T2: 2 av 30 avgifter felaktiga (inkomstuppgift ej uppdaterad). Rättat.", "GENOMFORD", "ja"),
        ("2", "", "Brukares pengar hanteras felaktigt", 12,
         "Brukarnas privata medel på särskilt boende hanteras enligt rutin", "Kontroll av kassabok och kvitton",
         "Per tertial", "Enhetschefer", "P", "G", "", "N", "Samtliga 9 boenden kontrollerade.",
         "GENOMFORD", "nej"),
        ("3", "", "Fakturor attesteras utan behörighet", 6,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Årligen",
         "Controller", "G", "", "", "N", "", "GENOMFORD", "nej"),
        ("4", "Verksamhet", "Insatser genomförs inte enligt beslut", 12,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Uttag ur verksamhetssystem",
         "Per tertial", "MAS / enhetschefer", "P", "P", "", "J",
         "76 % av genomförandeplanerna upprättade i tid. Uppföljning fortsätter.", "DELVIS", "ja"),
        ("5", "", "Missförhållanden rapporteras inte", 16,
         "Avvikelser enligt SoL och HSL (lex Sarah/lex Maria) rapporteras och utreds", "Genomgång av avvikelserapporter",
         "Per tertial", "Kvalitetsstrateg", "G", "G", "", "N", "", "GENOMFORD", "nej"),
        ("6", "", "Felaktig läkemedelshantering", 12,
         "Läkemedelshantering – signeringslistor kontrolleras", "Stickprov signeringslistor",
         "Per tertial", "MAS", "E", "E", "", "",
         "Försenat p.g.a. införande av digital signering.", "EJ_GENOMFORD", ""),
        ("7", "", "Otillräcklig bemanning nattetid", 8,
         "Nattbemanning enligt fastställd bemanningsplan", "Jämförelse schema/bemanningsplan",
         "Per tertial", "Verksamhetschef", "U", "U", "", "",
         "Utgår, följs upp i ordinarie verksamhetsuppföljning.", "UTGAR", ""),
        ("8", "Personal", "Rehabilitering påbörjas för sent", 9,
         "Rehabiliteringsärenden påbörjas senast dag 14 i sjukperioden", "Uttag ur HR-systemet",
         "Per tertial", "HR-konsult", "G", "P", "", "J",
         "T2: 12 ärenden kontrollerade, 3 påbörjades för sent. Resterande kontroll i september.",
         "DELVIS", "ja"),
        ("9", "", "Felaktig lön till timanställda", 6,
         "Timanställdas arbetade tid stämmer med schema", "Stickprov 20 timanställda",
         "Per tertial", "Enhetschefer", "", "G", "", "N", "", "GENOMFORD", "nej"),
        ("10", "", "Obehöriga har åtkomst till journaler", 12,
         "Behörigheter i verksamhetssystemet avslutas när anställning upphör", "Avstämning mot HR-systemet",
         "Per tertial", "Systemförvaltare", "E", "Se bilaga 2", "", "", "", "OKLAR", ""),
    ]
    fills = {"G": "92D050", "P": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Vård- och omsorgsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Status: G = Genomförd   P = Pågår/delvis genomförd   E = Ej påbörjad   U = Utgår.   "
                "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:M2")
    ws["A3"] = "Antagen VON 2024-12-11 § 121. Uppföljning per 2025-08-31."
    ws["A3"].font = Font(size=9)
    head = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
            "Status T1", "Status T2", "Status T3", "Avvikelse (J/N)", "Kommentar"]
    hr = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    r = hr + 1
    groups = []
    start = None
    for c in C:
        vals = list(c[:13])
        for i, v in enumerate(vals, 1):
            cell = ws.cell(r, i, v if v != "" else None)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i in (9, 10, 11) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if c[1]:
            if start:
                groups.append((start, r - 1))
            start = r
        r += 1
    groups.append((start, r - 1))
    for a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Sammanställning T2:").font = Font(bold=True)
    ws.cell(r, 5, "Genomförda 5 av 10, pågående 2, ej påbörjade 1, utgår 1")
    ws.cell(r + 2, 1, "Upprättad 2025-09-10 av Anna Lind, kvalitetsstrateg")
    for col, w in zip("ABCDEFGHIJKLM", (5, 12, 28, 10, 45, 28, 12, 18, 9, 9, 9, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Vård- och omsorgsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[4], c[13], c[14]) for c in C])


# ---------------------------------------------------------------- 7 MBN (own Excel .xls, tick columns)
def make_mbn():
    fil = "MBN uppföljning internkontroll 2025.xls"
    namnd = "Miljö- och byggnadsnämnden"
    C = [
        ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt tillsynsplanen", "Uttag ur Ecos",
         "Miljöchef", "", "", "Pågår enligt plan, 62 % av årets planerade kontroller utförda.", "DELVIS", ""),
        ("", "Timavgift för tillsyn debiteras enligt taxa", "Stickprov 25 ärenden", "Administratör",
         "X", "", "1 felaktig timdebitering upptäckt och rättad.", "GENOMFORD", "ja"),
        ("Bygglov", "Beslut om bygglov fattas inom 10 veckor från komplett ansökan", "Uttag ur ärendesystemet",
         "Bygglovschef", "X", "", "Samtliga beslut inom lagstadgad tid.", "GENOMFORD", "nej"),
        ("", "Expediering och kungörelse av beslut sker korrekt", "Stickprov 15 ärenden", "Bygglovschef",
         "", "X", "Ej hunnits med under perioden.", "EJ_GENOMFORD", ""),
        ("Myndighetsutövning", "Jävsdeklarationer finns för samtliga inspektörer och handläggare",
         "Genomgång av deklarationer", "Förvaltningschef", "X", "X", "", "OKLAR", ""),
        ("", "Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista/protokoll",
         "Nämndsekreterare", "X", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("", "Avslutade ärenden arkiveras i e-arkivet", "Stickprov 20 ärenden", "Registrator",
         "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on, height 280")
    hstyle = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                         "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cstyle = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    xstyle = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on, height 180")
    ws.write_merge(0, 0, 0, 6, "Miljö- och byggnadsnämnden", bold)
    ws.write_merge(1, 1, 0, 6, "Uppföljning internkontroll per 31 augusti 2025 (T2)")
    ws.write_merge(2, 2, 0, 6, "Markera med X om kontrollen är genomförd eller ej genomförd. "
                               "Kommentera resultat och eventuella avvikelser.", ital)
    head = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd", "Ej genomförd",
            "Resultat / kommentar"]
    for i, h in enumerate(head):
        ws.write(4, i, h, hstyle)
    r = 5
    for c in C:
        for i, v in enumerate(c[:7]):
            ws.write(r, i, v, xstyle if i in (4, 5) else cstyle)
        r += 1
    ws.write(r + 1, 0, "Miljö och bygg, 2025-09-05. Kontaktperson: Henrik Dahl")
    for i, w in enumerate((18, 50, 28, 18, 11, 13, 50)):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    add_expected(fil, namnd, [(c[1], c[7], c[8]) for c in C])


# ---------------------------------------------------------------- 8 rejected: Word owner/lock file
def make_lock():
    fil = "~$N uppföljning IK tertial 2 2025.docx"
    user = "Johan Ekström"
    data = bytearray(162)
    u8 = user.encode("latin-1")
    data[0] = len(user)
    data[1:1 + len(u8)] = u8
    u16 = user.encode("utf-16-le")
    data[54] = len(user)
    data[56:56 + len(u16)] = u16
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(bytes(data))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r328_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_sbn()
        make_kfn(tmp)
        make_von()
        make_mbn()
        make_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
