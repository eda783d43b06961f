#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 165 - Byholms kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo-round165"
FIXED_DT = datetime.datetime(2025, 9, 8, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
def new_doc(author, title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.comments = ""
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def para(d, text, bold=False, size=None, italic=False, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def set_cell(cell, text, bold=False, size=None, shade=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def widths(table, cms):
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def header_text(section, text):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(text)
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def footer_text(section, text):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(8)


def normalize_zip(path):
    """Rewrite a zip (docx/odt) with fixed timestamps so the build is deterministic."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 8, 10, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            zout.writestr(ni, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== F1 KS
def build_ks():
    fil = "KS_uppfoljning_IK_delar_2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc("Maria Ekström", "Uppföljning intern kontroll delår 2025 KS")
    header_text(d.sections[0], "BYHOLMS KOMMUN\tKommunledningsförvaltningen\tDnr KS 2025/0112")
    footer_text(d.sections[0], "Uppföljning av internkontrollplan 2025 – delår")
    para(d, "Uppföljning av intern kontroll – delårsrapport 2025", bold=True, size=16)
    para(d, "Kommunstyrelsen, Byholms kommun", bold=True, size=12)
    para(d, "Period: 2025-01-01 – 2025-08-31", size=10)
    para(d, "Inledning", bold=True, size=12)
    para(d, "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 212). Planen omfattar "
            "tolv kontrollmoment inom fem processer. Uppföljningen per den 31 augusti redovisas i tabellen nedan. "
            "Kontrollerna har utförts av respektive ansvarig funktion inom kommunledningsförvaltningen och "
            "sammanställts av ekonomienheten. Kontroller som ännu inte har genomförts kommer att rapporteras "
            "i samband med årsbokslutet.")
    para(d, "Statusen anges som Genomförd, Genomförd med avvikelse, Delvis genomförd / Pågår, Ej påbörjad "
            "eller Utgår. Avvikelser beskrivs i kolumnen Kommentar/resultat.", italic=True, size=9.5)

    procs = [
        ("Ekonomi – inköp och attest", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial i ekonomisystemet Raindance",
             "Redovisningsansvarig",
             "Genomförd",
             "Stickprov om 30 fakturor för perioden januari–augusti. I två fall hade fakturan beslutsattesterats "
             "av en person som inte fanns upptagen i attestförteckningen (ersättare hade inte lagts upp i systemet). "
             "Attestförteckningen har uppdaterats och berörda chefer har informerats.",
             "GENOMFORD", "ja"),
            ("Avtalstrohet vid inköp av varor och tjänster",
             "Stickprov 20 inköp per halvår jämförs mot avtalsdatabasen",
             "Upphandlingsenheten",
             "Pågår",
             "Stickprov för januari–april är genomfört utan anmärkning. Inköp maj–augusti granskas under september.",
             "DELVIS", "nej"),
            ("Kontroll av representation och förtroendekänsliga poster",
             "Samtliga representationsfakturor granskas, två gånger per år",
             "Ekonomichef",
             "Genomförd",
             "Samtliga 14 representationstillfällen under perioden har granskats. Syfte och deltagare var angivna i "
             "alla fall och kostnaderna låg inom riktlinjerna. Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("Personal och lön", [
            ("Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Avstämning av avslutade anställningar mot lönelista, månadsvis",
             "HR-chef / lönekontor",
             "Genomförd med avvikelse",
             "En utbetalning i juni till en medarbetare som slutat i maj. Återkrav är skickat och beloppet har "
             "återbetalats i juli. Rutinen för avslutsblankett har skärpts.",
             "GENOMFORD", "ja"),
            ("Uppföljning av att anställningsavtal är undertecknade och arkiverade",
             "Stickprov 15 anställningar",
             "HR-chef",
             "Ej påbörjad",
             "Kontrollen skjuts till hösten på grund av införandet av nytt HR-system.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "Avstämning två gånger per år",
             "Systemförvaltare ekonomi",
             "Genomförd",
             "Avstämning gjord i maj. Tre behörigheter för personer som lämnat kommunen var fortfarande aktiva och "
             "har tagits bort.",
             "GENOMFORD", "ja"),
            ("Loggkontroll i ärendehanteringssystemet",
             "Kvartalsvis kontroll av åtkomstloggar",
             "Informationssäkerhetssamordnare",
             "Delvis genomförd",
             "Loggar för kvartal 1 är kontrollerade utan anmärkning. Kontrollen för kvartal 2 har inte kunnat "
             "genomföras på grund av vakans.",
             "DELVIS", "nej"),
            ("Säkerhetskopiering och återläsningstest av verksamhetskritiska system",
             "Årligt återläsningstest",
             "IT-chef",
             "Utgår",
             "Kontrollen utgår enligt kommunstyrelsens beslut 2025-03-12 § 41 då driften har övergått till den "
             "gemensamma IT-nämnden.",
             "UTGAR", ""),
        ]),
        ("Delegation och beslut", [
            ("Anmälan av delegationsbeslut till kommunstyrelsen",
             "Genomgång av delegationslistor inför varje sammanträde",
             "Kommunsekreterare",
             "Genomförd",
             "Samtliga delegationsbeslut har anmälts vid närmast följande sammanträde.",
             "GENOMFORD", "nej"),
            ("Diarieföring av inkomna handlingar inom fem arbetsdagar",
             "Stickprov 25 handlingar per halvår",
             "Registrator",
             "",
             "",
             "SAKNAS", ""),
            ("Uppföljning av motioner och medborgarförslag som inte besvarats inom ett år",
             "Redovisning till kommunfullmäktige två gånger per år",
             "Kanslichef",
             "Se bilaga 2",
             "",
             "OKLAR", ""),
        ]),
        ("Krisberedskap", [
            ("Aktuell krisledningsplan och larmlista",
             "Genomgång en gång per år",
             "Säkerhetssamordnare",
             "Genomförd",
             "Krisledningsplanen är reviderad och larmlistan uppdaterades 2025-05-20.",
             "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(len(c) for _, c in procs)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod och frekvens", "Ansvarig", "Status 31 aug",
           "Kommentar/resultat"]
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True, size=9.5, shade="1F4E79")
        t.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    r = 1
    for proc, ctrls in procs:
        top = r
        for (km, metod, ansv, status, komm, est, avv) in ctrls:
            set_cell(t.cell(r, 1), km, size=9.5)
            set_cell(t.cell(r, 2), metod, size=9)
            set_cell(t.cell(r, 3), ansv, size=9)
            set_cell(t.cell(r, 4), status, size=9.5, bold=bool(status))
            set_cell(t.cell(r, 5), komm, size=9)
            exp(fil, N, km, est, avv)
            r += 1
        c = t.cell(top, 0)
        if r - 1 > top:
            c = c.merge(t.cell(r - 1, 0))
        set_cell(c, proc, bold=True, size=9.5, shade="DEEAF6")
    widths(t, [2.6, 3.6, 3.0, 2.2, 2.0, 5.6])
    para(d, "")
    para(d, "Bilaga 2: Förteckning över obesvarade motioner och medborgarförslag per 2025-08-31 (separat dokument).",
         size=9, italic=True)
    para(d, "Byholm 2025-09-05")
    para(d, "Maria Ekström, ekonomichef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== F2 BUN
def build_bun():
    fil = "BUN Uppföljning internkontrollplan delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc("Johan Svedberg", "BUN uppföljning IKP delår 2025")
    header_text(d.sections[0], "Barn- och utbildningsförvaltningen\t\t2025-09-03")
    para(d, "Barn- och utbildningsnämnden", bold=True, size=14)
    para(d, "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", bold=True, size=13)
    para(d, "Nämnden beslutade om internkontrollplan för 2025 den 17 december 2024 (BUN § 143). "
            "Nedan redovisas utfallet av genomförda kontroller per den 31 augusti. Kontrollmomenten är "
            "grupperade per område.")

    part1 = [
        ("Ekonomi och administration", [
            ("Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)",
             "Stickprov 25 inköp", "Controller",
             "Genomförd",
             "Stickprov 25 inköp, varav 23 från avtalad leverantör. Två inköp av läromedel gjordes utanför avtal. "
             "Information har gått ut till rektorerna.", "GENOMFORD", "ja"),
            ("Hantering av elevpeng och tilläggsbelopp till fristående skolor",
             "Utbetalningar jämförs med beslut", "Skolskjuts- och elevpengshandläggare",
             "Genomförd",
             "Utbetalningar januari–augusti har kontrollerats mot beslut. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Avgifter i förskola och fritidshem debiteras enligt taxa",
             "Stickprov 30 fakturor", "Avgiftshandläggare",
             "Delvis genomförd",
             "Kontrollen av förskolan är klar utan anmärkning. Fritidshemmen kontrolleras under hösten.",
             "DELVIS", "nej"),
            ("Registerkontroll (belastningsregister) vid nyanställning",
             "Genomgång av samtliga nyanställningar", "HR-partner",
             "Genomförd – avvikelse",
             "I 2 av 18 nyanställningar saknades dokumentation om uppvisat registerutdrag. Rutinen har "
             "förtydligats för rektorerna.", "GENOMFORD", "ja"),
            ("Attestering av kostnader för läromedel och IT-utrustning",
             "Stickprov 20 fakturor", "Controller",
             "",
             "Kontrollen är genomförd, inga avvikelser noterades.", "GENOMFORD", "nej"),
        ]),
    ]
    part2 = [
        ("Elevhälsa och trygghet", [
            ("Anmälan av kränkande behandling till huvudman inom föreskriven tid",
             "Jämförelse incidentrapporter – anmälningar", "Verksamhetschef elevhälsa",
             "Ej genomförd",
             "Ej påbörjad på grund av omorganisation av elevhälsan. Genomförs under hösten.",
             "EJ_GENOMFORD", ""),
            ("Uppföljning av elevers frånvaro och kontakt med vårdnadshavare vid hög frånvaro",
             "Stickprov per skolenhet", "Rektorer",
             "Delvis genomförd",
             "Genomförd på högstadiet, inte på mellanstadiet.", "DELVIS", ""),
            ("Hantering av skyddade personuppgifter i elevregistret",
             "Kontroll av behörigheter", "Systemförvaltare",
             "Ej aktuell",
             "Det lokala elevregistret är avvecklat. Kontrollen ersätts av kommunstyrelsens centrala kontroll.",
             "UTGAR", ""),
            ("Systematiskt brandskyddsarbete (SBA) på samtliga skolenheter",
             "Egenkontroll enligt checklista", "Rektorer / säkerhetssamordnare",
             "Genomförd",
             "Egenkontroll genomförd på 11 av 11 enheter. Brister i utrymningsskyltning på Ängaskolan "
             "åtgärdades i juni.", "GENOMFORD", "ja"),
        ]),
    ]

    def mk_table(groups, with_header):
        n = sum(1 + len(c) for _, c in groups) + (2 if with_header else 0)
        t = d.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        r = 0
        if with_header:
            for col, h in [(0, "Kontrollmoment"), (1, "Kontrollmetod"), (2, "Ansvarig")]:
                c = t.cell(0, col).merge(t.cell(1, col))
                set_cell(c, h, bold=True, size=10, shade="D9E2F3")
            c = t.cell(0, 3).merge(t.cell(0, 4))
            set_cell(c, "Uppföljning", bold=True, size=10, shade="D9E2F3")
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(1, 3), "Status", bold=True, size=10, shade="D9E2F3")
            set_cell(t.cell(1, 4), "Kommentar", bold=True, size=10, shade="D9E2F3")
            repeat_header(t.rows[0])
            repeat_header(t.rows[1])
            r = 2
        for grp, ctrls in groups:
            c = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(c, grp, bold=True, size=10, shade="F2F2F2")
            r += 1
            for (km, metod, ansv, status, komm, est, avv) in ctrls:
                set_cell(t.cell(r, 0), km, size=9.5)
                set_cell(t.cell(r, 1), metod, size=9)
                set_cell(t.cell(r, 2), ansv, size=9)
                set_cell(t.cell(r, 3), status, size=9.5)
                set_cell(t.cell(r, 4), komm, size=9)
                exp(fil, N, km, est, avv)
                r += 1
        widths(t, [4.6, 3.0, 2.6, 2.4, 4.4])
        return t

    mk_table(part1, True)
    para(d, "Tabellen fortsätter på nästa sida.", italic=True, size=9)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    mk_table(part2, False)
    para(d, "")
    para(d, "Sammanfattande bedömning", bold=True, size=11)
    para(d, "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
            "noterats har åtgärdats eller kommer att följas upp i helårsrapporten.")
    para(d, "Johan Svedberg\nförvaltningschef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ====================================================================== F3 SN (.doc)
def build_sn():
    fil = "Socialnämnden IKP delår 2025.doc"
    N = "Socialnämnden"
    d = new_doc("Lena Åberg", "Socialnämnden IKP delår 2025")
    header_text(d.sections[0], "Socialförvaltningen\tByholms kommun")
    para(d, "Socialnämnden – uppföljning av internkontrollplan, delår 2025", bold=True, size=14)
    para(d, "Uppföljningen avser perioden januari–augusti 2025. Där flera kontrollmoment hör till samma "
            "process redovisas de på var sin rad i samma cell, och statusen anges i samma ordning.", size=10)
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         [("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "GENOMFORD", "nej"),
          ("Stickprov på utbetalningar jämfört med beslut", "GENOMFORD", "ja"),
          ("Återkrav registreras och bevakas", "DELVIS", "")],
         "Enhetschef försörjningsstöd",
         "Genomförd\nGenomförd\nPågår",
         "Stickprov på 20 akter: samtliga beslut var fattade på rätt delegationsnivå.\n"
         "En utbetalning avvek från beslutet (för högt belopp), återkrav har upprättats.\n"
         "Rutinen för bevakning av återkrav revideras och beräknas vara klar i oktober."),
        ("Myndighetsutövning barn och unga", "Utredningar överskrider lagstadgad tid",
         [("Utredningstiden i barnavårdsutredningar (fyra månader) följs", "EJ_GENOMFORD", "")],
         "Enhetschef barn och familj",
         "Ej genomförd",
         "Kontrollen har inte genomförts under perioden på grund av hög arbetsbelastning. Planeras till oktober."),
        ("Vård och omsorg – läkemedel", "Brister i läkemedelshanteringen",
         [("Avvikelser i läkemedelshanteringen rapporteras i avvikelsesystemet", "GENOMFORD", "nej"),
          ("Signering av läkemedelslistor kontrolleras genom stickprov", "GENOMFORD", "ja")],
         "MAS",
         "Genomförd",
         "Rapporteringen i avvikelsesystemet fungerar, inga anmärkningar. Vid stickprovet i maj saknades "
         "signering på två enheter; åtgärdsplan är upprättad."),
        ("LSS", "Felaktig debitering av avgifter",
         [("Avgifter för bostad med särskild service enligt LSS debiteras enligt beslutad taxa", "UTGAR", "")],
         "Avgiftshandläggare",
         "Utgår",
         "Utgår enligt SN beslut 2025-02-19 § 17, ingår i kommunövergripande kontroll."),
        ("Arbetsmiljö", "Medarbetare utsätts för hot och våld",
         [("Handlingsplan mot hot och våld är känd och uppdaterad på alla enheter", "DELVIS", ""),
          ("Incidenter rapporteras och följs upp på APT", "GENOMFORD", "nej")],
         "Förvaltningschef",
         "Delvis\nGenomförd",
         "Handlingsplanen är uppdaterad inom IFO, äldreomsorgen återstår.\n"
         "Incidentrapporter följs upp månadsvis på APT utan anmärkning."),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler",
         [("Loggkontroll i verksamhetssystemet Lifecare", "SAKNAS", "")],
         "Systemförvaltare", "", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        set_cell(t.cell(0, i), h, bold=True, size=10, shade="E2EFD9")
    for r, (proc, risk, ctrls, ansv, status, komm) in enumerate(rows, start=1):
        set_cell(t.cell(r, 0), proc, size=9.5)
        set_cell(t.cell(r, 1), risk, size=9)
        set_cell(t.cell(r, 2), "\n".join(c[0] for c in ctrls), size=9.5)
        set_cell(t.cell(r, 3), ansv, size=9)
        set_cell(t.cell(r, 4), status, size=9.5)
        set_cell(t.cell(r, 5), komm, size=9)
        for km, est, avv in ctrls:
            exp(fil, N, km, est, avv)
    widths(t, [2.6, 2.6, 4.4, 2.2, 2.0, 4.2])
    para(d, "")
    para(d, "Lena Åberg, kvalitetsstrateg, 2025-09-04")
    tmpdir = tempfile.mkdtemp(prefix="r165sn")
    src = os.path.join(tmpdir, "Socialnämnden IKP delår 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmpdir)
    shutil.copy(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmpdir)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== F4 SBN (landscape)
def build_sbn():
    fil = "SBN_internkontroll_2025_delar.docx"
    N = "Samhällsbyggnadsnämnden"
    d = new_doc("Per-Olof Nilsson", "Internkontroll SBN 2025 delår")
    header_text(d.sections[0], "Samhällsbyggnadsförvaltningen, Byholms kommun")
    para(d, "Samhällsbyggnadsnämnden", bold=True, size=16)
    para(d, "Uppföljning av internkontrollplan 2025", bold=True, size=14)
    para(d, "Rapport per 2025-08-31 (delårsrapport)", size=11)
    para(d, "Sammanfattning", bold=True, size=12)
    para(d, "Av nämndens nio kontrollmoment är fem genomförda per den 31 augusti. Ett kontrollmoment har utgått "
            "och tre är påbörjade eller ännu inte genomförda. Två av de genomförda kontrollerna visar avvikelser: "
            "brister på tre lekplatser och ett avvikande dricksvattenprov i Ljungsnäs. Åtgärder är vidtagna.")
    para(d, "Uppföljningen redovisas per tertial. Kolumnen T1 avser läget per 30 april och kolumnen Delår läget "
            "per 31 augusti. Riskvärdet är sannolikhet × konsekvens (1–4).")
    # landscape section
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width = Cm(29.7)
    s2.page_height = Cm(21.0)
    s2.left_margin = s2.right_margin = Cm(1.5)
    para(d, "Bilaga – Uppföljning per kontrollmoment", bold=True, size=12)
    para(d, "Status: G = Genomförd   P = Påbörjad/delvis genomförd   E = Ej påbörjad   U = Utgår", size=9,
         italic=True)
    rows = [
        ("VA", "Felaktig debitering av anslutningsavgifter", "9",
         "Fakturering av anslutningsavgifter för VA enligt taxa", "VA-chef", "P", "G",
         "Samtliga 31 nya anslutningar är fakturerade enligt gällande taxa.", "GENOMFORD", "nej"),
        ("Investeringar", "Kostnadsökningar genom ej godkända tilläggsarbeten", "12",
         "Uppföljning av entreprenadkontrakt – ÄTA-arbeten godkänns innan de utförs", "Projektchef", "G", "",
         "Kontrollerat vid T1: fyra ÄTA-beslut granskade utan anmärkning.", "GENOMFORD", "nej"),
        ("Fastighet", "Inaktuella hyresavtal ger felaktiga kostnader", "8",
         "Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade", "Fastighetschef", "E", "P",
         "12 av 20 avtal genomgångna.", "DELVIS", ""),
        ("Gata/park", "Olyckor på grund av bristande underhåll", "12",
         "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "–", "G",
         "Besiktning av 24 lekplatser. Brister på tre lekplatser, varav två har stängts av i väntan på åtgärd.",
         "GENOMFORD", "ja"),
        ("Gata/park", "Avtalad standard uppnås inte", "6",
         "Vinterväghållning – kontroll av utförande mot avtal med entreprenör", "Gatuchef", "G", "G",
         "Inga avvikelser under vintersäsongen.", "GENOMFORD", "nej"),
        ("Exploatering", "Exploateringsprojekt går med förlust", "16",
         "Exploateringsavtal följs upp ekonomiskt (intäkter och utgifter)", "Exploateringsingenjör", "E", "E",
         "Ej genomförd. Projektledare saknas sedan mars.", "EJ_GENOMFORD", ""),
        ("VA", "Otjänligt dricksvatten", "16",
         "Dricksvattenkontroll enligt kontrollprogram", "VA-chef", "G", "G",
         "Ett prov i juni visade förhöjda halter av koliforma bakterier i Ljungsnäs; kokningsrekommendation "
         "utfärdades under en vecka.", "GENOMFORD", "ja"),
        ("Fordon", "Svinn av maskiner och utrustning", "4",
         "Inventering av kommunens fordon och maskiner", "Driftchef", "U", "U",
         "Utgår – ersatt av central fordonsinventering.", "UTGAR", ""),
        ("Gata/park", "Bidrag betalas ut felaktigt", "6",
         "Hantering av bidrag till enskilda vägar", "Gatuchef", "", "E",
         "Utbetalningarna sker i oktober; kontrollen görs i samband med dessa.", "EJ_GENOMFORD", ""),
    ]
    ATGARD = {1: "Ingen åtgärd", 2: "Ingen åtgärd", 3: "Resterande avtal gås igenom under hösten",
              4: "Åtgärder beställda, följs upp vid helår", 5: "Ingen åtgärd",
              6: "Rekrytering pågår", 7: "Extra provtagning under sommaren, inga nya avvikelser",
              9: "Kontroll i oktober"}
    t = d.add_table(rows=1 + len(rows), cols=9)
    t.style = "Table Grid"
    hdr = ["Process", "Risk", "Risk-värde", "Kontrollmoment", "Ansvarig", "Status T1", "Status Delår",
           "Kommentar", "Åtgärd"]
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True, size=9, shade="FCE4D6")
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        proc, risk, rv, km, ansv, t1, dl, komm, est, avv = row
        for i, v in enumerate([proc, risk, rv, km, ansv, t1, dl, komm]):
            set_cell(t.cell(r, i), v, size=9, bold=(i in (5, 6)))
        atg = ATGARD.get(r, "")
        set_cell(t.cell(r, 8), atg, size=9)
        exp(fil, N, km, est, avv)
    widths(t, [2.2, 3.6, 1.3, 5.0, 2.6, 1.4, 1.4, 6.0, 3.2])
    # back to portrait for signature
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width = Cm(21.0)
    s3.page_height = Cm(29.7)
    s3.left_margin = s3.right_margin = Cm(2.0)
    para(d, "Förslag till beslut", bold=True, size=12)
    para(d, "Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025 per den 31 augusti.")
    para(d, "")
    para(d, "Per-Olof Nilsson\nförvaltningschef, samhällsbyggnadsförvaltningen")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== F5 KFN (.odt)
def build_kfn():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                           ParagraphProperties, TableProperties)
    from odf.text import P, H, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
    from odf import meta, dc

    fil = "KFN uppföljning IK 2025-08.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="KFN uppföljning IK 2025-08"))
    doc.meta.addElement(dc.Creator(text="Sofia Hammar"))
    doc.meta.addElement(dc.Date(text="2025-09-02T09:15:00"))

    s_title = Style(name="Titel", family="paragraph")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(s_title)
    s_bold = Style(name="Fet", family="paragraph")
    s_bold.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
    doc.automaticstyles.addElement(s_bold)
    s_small = Style(name="Liten", family="paragraph")
    s_small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(s_small)
    s_tab = Style(name="Tabell1", family="table")
    s_tab.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(s_tab)
    colw = ["1.0cm", "4.6cm", "2.4cm", "2.0cm", "1.6cm", "5.4cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="Tabell1.C%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    s_cell = Style(name="Tabell1.A1", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(s_cell)
    s_hcell = Style(name="Tabell1.H1", family="table-cell")
    s_hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                           backgroundcolor="#FFF2CC"))
    doc.automaticstyles.addElement(s_hcell)

    def p(text, style=None):
        el = P(stylename=style) if style else P()
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                el.addElement(LineBreak())
            el.addText(part)
        return el

    doc.text.addElement(p("Kultur- och fritidsnämnden", s_title))
    doc.text.addElement(p("Internkontroll 2025 – uppföljning per augusti", s_bold))
    doc.text.addElement(p("Kultur- och fritidsförvaltningen har följt upp nämndens internkontrollplan för "
                          "perioden januari–augusti 2025. Kolumnen ”Utfört” anges med Ja, Nej, Delvis eller "
                          "Utgår. Numreringen följer den antagna planen (KFN 2024-11-26 § 98)."))
    doc.text.addElement(p(""))
    rows = [
        ("Kassahantering i simhall och bibliotek – kassaavstämning mot dagsrapport",
         "Enhetschef fritid", "Månadsvis", "Ja",
         "Avstämning görs månadsvis. En kassadifferens på 340 kr i simhallen i mars har utretts och "
         "rutinen för dagsredovisning har förtydligats.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt riktlinjer och beslut",
         "Föreningshandläggare", "Två gånger/år", "Ja",
         "Samtliga 42 utbetalningar kontrollerade mot beslut, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler – bokning och fakturering stämmer överens",
         "Bokningsansvarig", "Per termin", "Delvis",
         "Stickprov för vårterminen gjort utan anmärkning. Höstterminen kontrolleras i december.",
         "DELVIS", "nej"),
        ("Inventering av konstsamlingen",
         "Kulturchef", "Vartannat år", "Nej",
         "Ej genomförd. Skjuts till 2026 på grund av flytt av konstmagasinet.", "EJ_GENOMFORD", ""),
        ("Registerkontroll för ledare i lovverksamhet med barn",
         "Enhetschef fritidsgårdar", "Inför sommarlov", "Ja",
         "Samtliga 27 sommarledare har visat utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
        ("Avtal med externa arrangörer är undertecknade före evenemang",
         "Evenemangssamordnare", "Löpande", "", "", "SAKNAS", ""),
        ("Efterlevnad av rutin för hyresgästanpassningar i fritidsanläggningar",
         "Fritidschef", "Årligen", "Utgår",
         "Utgår enligt beslut KFN 2025-03-11 § 22.", "UTGAR", ""),
        ("Kulturskolans avgifter debiteras enligt taxa",
         "Kulturskolechef", "Per termin", "Delvis",
         "Vårterminens fakturor kontrollerade. 14 elever med syskonrabatt hade fått fel avgift; rättat och "
         "mellanskillnaden återbetald. Hösten kontrolleras i november.", "DELVIS", "ja"),
    ]
    t = Table(name="Tabell1", stylename=s_tab)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hr = TableHeaderRows()
    tr = TableRow()
    for h in ["Nr", "Kontrollmoment", "Ansvar", "Frekvens", "Utfört", "Resultat/iakttagelser"]:
        tc = TableCell(stylename=s_hcell, valuetype="string")
        tc.addElement(p(h, s_bold))
        tr.addElement(tc)
    hr.addElement(tr)
    t.addElement(hr)
    for nr, row in enumerate(rows, start=1):
        km, ansv, frekv, utf, res, est, avv = row
        tr = TableRow()
        for v in [str(nr), km, ansv, frekv, utf, res]:
            tc = TableCell(stylename=s_cell, valuetype="string")
            tc.addElement(p(v, s_small))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, N, km, est, avv)
    doc.text.addElement(t)
    doc.text.addElement(p(""))
    doc.text.addElement(p("Sammanställt av: Sofia Hammar, controller, 2025-09-02", s_small))
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== F6 MBN (check marks)
def build_mbn():
    fil = "MBN_delarsuppfoljning_internkontroll_2025.docx"
    N = "Miljö- och byggnadsnämnden"
    d = new_doc("Karin Lund", "Delårsuppföljning internkontrollplan 2025")
    header_text(d.sections[0], "Miljö- och byggförvaltningen")
    para(d, "Miljö- och byggnadsnämnden", bold=True, size=14)
    para(d, "Delårsuppföljning av internkontrollplan 2025", bold=True, size=12)
    para(d, "Uppföljningsperiod: januari–augusti 2025", size=10)
    para(d, "Instruktion: Markera med ✓ eller X i den kolumn som stämmer. Beskriv avvikelser och åtgärder "
            "i kolumnen Kommentar.", italic=True, size=9)
    V = "✓"
    rows = [
        ("Handläggningstid för bygglov – beslut inom tio veckor", V, "", "",
         "Stickprov 40 ärenden. Tre ärenden överskred tidsfristen och avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa (miljöbalken)", V, "", "", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Diarieföring och arkivering av bygglovsärenden", "", "X", "",
         "Diarieföringen är kontrollerad, arkiveringen återstår.", "DELVIS", ""),
        ("Jäv – handläggare redovisar eventuella jävssituationer", "", "", "X", "Ej påbörjad.",
         "EJ_GENOMFORD", ""),
        ("Uppföljning av förelägganden förenade med vite", "X", "", "", "", "GENOMFORD", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", V, V, "", "", "OKLAR", ""),
        ("Livsmedelskontroll utförs enligt kontrollplanen (antal kontroller)", "", V, "",
         "62 av 95 planerade kontroller utförda till och med augusti.", "DELVIS", ""),
        ("Behörigheter i ärendesystemet Ecos stäms av mot personallista", "", "", "", "", "SAKNAS", ""),
        ("Avgiftsbeslut för enskilda avlopp", "", "", "",
         "Utgår, ingår i kontrollmomentet om tillsynsavgifter.", "UTGAR", ""),
        ("Uppföljning av villkor i beviljade strandskyddsdispenser", "", "", V,
         "Inte genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        set_cell(t.cell(0, i), h, bold=True, size=10, shade="E7E6E6")
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        km, g, dv, ej, komm, est, avv = row
        set_cell(t.cell(r, 0), km, size=10)
        for i, v in ((1, g), (2, dv), (3, ej)):
            set_cell(t.cell(r, i), v, size=11, bold=True)
            t.cell(r, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cell(t.cell(r, 4), komm, size=9.5)
        exp(fil, N, km, est, avv)
    widths(t, [6.0, 1.8, 1.5, 1.8, 5.9])
    para(d, "")
    para(d, "Uppföljningen har behandlats i förvaltningens ledningsgrupp 2025-09-01.", size=10)
    para(d, "Karin Lund, miljö- och byggchef", size=10)
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== F7 ÖFN (nämnd only in page header)
def build_ofn():
    fil = "Uppföljning internkontroll delår 2025.docx"
    N = "Överförmyndarnämnden"
    d = new_doc("Anders Roos", "Uppföljning internkontroll delår 2025")
    header_text(d.sections[0], "Överförmyndarnämnden i Byholms kommun\t\tDnr ÖFN 2025/14")
    para(d, "Uppföljning av intern kontroll, delår 2025", bold=True, size=14)
    para(d, "Redovisning av internkontrollplanens kontrollmoment för perioden 1 januari – 31 augusti 2025.")
    rows = [
        ("Granskning av årsräkningar inom fastställd tid",
         "Samtliga 212 årsräkningar har kommit in. 180 är granskade per den 31 augusti.", "Pågår",
         "DELVIS", ""),
        ("Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Kontroll gjord för samtliga nya ställföreträdare, inga anmärkningar.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov på 15 arvodesbeslut. I ett fall hade fel procentsats använts; beslutet är rättat.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Uttagsspärrar på omyndigas bankkonton är registrerade", "", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("Tillstånd inhämtas före försäljning av fast egendom i förvaltarskap",
         "Inga försäljningar har skett under perioden.", "Ej aktuell", "UTGAR", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Resultat", "Status"]):
        set_cell(t.cell(0, i), h, bold=True, size=10)
    for r, (km, res, st, est, avv) in enumerate(rows, start=1):
        set_cell(t.cell(r, 0), km, size=10)
        set_cell(t.cell(r, 1), res, size=10)
        set_cell(t.cell(r, 2), st, size=10)
        exp(fil, N, km, est, avv)
    widths(t, [6.5, 7.5, 3.0])
    para(d, "")
    para(d, "Anders Roos\nenhetschef överförmyndarenheten")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ===================================================================== reject: Word lock file
def build_lock():
    fil = "~$_uppfoljning_IK_delar_2025.docx"
    user = "Maria Ekström"
    a = user.encode("cp1252")
    b = bytes([len(a)]) + a
    b = b + b" " * (54 - len(b))
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b + b"\x00" * (162 - len(b))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ===================================================================== CSVs
def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
            ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnämnden"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
            ("Byholmsbostäder AB", "Byholmsbostäder|BBAB"),
        ]:
            w.writerow(row)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build_ks()
    build_bun()
    build_sn()
    build_sbn()
    build_kfn()
    build_mbn()
    build_ofn()
    build_lock()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
