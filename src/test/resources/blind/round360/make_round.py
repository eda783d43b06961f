#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r360 - Ekeby kommun, delår 2025.
Builds every follow-up file plus namnder.csv, files.csv, expected.csv in this folder."""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 8, 30, 0)
LO_PROFILE = "file:///tmp/lo-round360"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöenheten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ekeby Energi AB", "Ekeby Energi|EEAB"),
]


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, process heading rows, free-text result
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS internkontroll delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Uppföljningsperiod: 2025-01-01 – 2025-08-31"
    ws["E2"] = "Upprättad av: Johan Ek, controller"
    ws["E3"] = "Datum: 2025-09-08"
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och omfattning",
            "Ansvarig", "Resultat/kommentar delår 2025", "Åtgärd"]
    r = 6
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = border
        cell.alignment = wrap
    rows = [
        ("H", "1. Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor, jan–jun", "Redovisningsansvarig",
         "Stickprov på 40 fakturor genomfört i juni. Två fakturor saknade beslutsattest; berörda attestanter har informerats.",
         "Påminnelse om attestordningen på chefsforum i september.",
         "GENOMFORD", "ja"),
        ("1.2", "Förtroendekänsliga poster", "Kontroll av representationskostnader och förtroendekänsliga poster",
         "Samtliga representationsfakturor", "Controller",
         "Samtliga 18 representationsfakturor jan–jun granskade. Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
         "Avstämning av samtliga balanskonton", "Redovisningsansvarig",
         "Pågår. Avstämningar klara för konto 1510–1790, resterande konton stäms av i samband med delårsbokslutet i september.",
         "", "DELVIS", ""),
        ("H", "2. Personal"),
        ("2.1", "Lön", "Löneutbetalningar – kontroll av att nyanställda har korrekt lön enligt anställningsavtal",
         "Stickprov 20 nyanställningar", "HR-chef",
         "Kontrollen flyttas till hösten på grund av byte av lönesystem. Ej genomförd under perioden.",
         "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("2.2", "Rekrytering", "Uppföljning av att registerutdrag begärts vid anställning i verksamheter där det krävs",
         "Stickprov 10 anställningar", "HR-specialist", "", "", "SAKNAS", ""),
        ("H", "3. Upphandling och inköp"),
        ("3.1", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av e-handelsstatistik", "Upphandlingschef",
         "Analys av inköp jan–jun i e-handelssystemet: 87 % av inköpen gjordes hos avtalsleverantör. Två enheter har köpt kontorsmaterial utanför avtal.",
         "Information till enhetscheferna på ledningsgruppen 2025-09-18.", "GENOMFORD", "ja"),
        ("3.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga direktupphandlingar", "Upphandlingschef",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("H", "4. Informationssäkerhet"),
        ("4.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Avstämning mot personalregister", "Systemförvaltare",
         "Utgår ur planen enligt KS beslut 2025-04-02 § 61, ersätts av kommunövergripande behörighetsgranskning.",
         "", "UTGAR", ""),
        ("4.2", "Loggkontroll", "Logguppföljning i diariesystemet",
         "Månadsvis granskning av loggar", "Registrator",
         "Loggar för mars och maj har granskats, juni–augusti återstår. Hittills ingen otillbörlig åtkomst.",
         "", "DELVIS", "nej"),
    ]
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = bold
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
            continue
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = wrap
            cell.border = border
        exp(fil, N, row[2], row[7], row[8])
    r += 2
    ws.cell(row=r, column=1, value="Uppföljningen behandlad i kommunstyrelsens arbetsutskott 2025-09-23.")
    r += 1
    ws.cell(row=r, column=1, value="Anna Lindqvist, kommundirektör")
    for col, w in zip("ABCDEFG", (6, 22, 42, 28, 20, 60, 36)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Ekeby kommun – Kommunstyrelsen"
    wb.properties.creator = "Johan Ek"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - old .xls (xlwt), T1 and delår columns
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_uppfoljning_IKP_2025_delar.xls"
    N = "Barn- och utbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    area = xlwt.easyxf("font: bold on, italic on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Barn- och utbildningsförvaltningen – Internkontroll 2025", title)
    ws.write(1, 0, "Uppföljning tertial 1 och delår (per 31 augusti)")
    ws.write(2, 0, "Riskvärde = sannolikhet × konsekvens (1–4 låg, 5–9 medel, 10–16 hög)")
    head = ["Område", "Risk", "Kontrollmoment", "Riskvärde", "Kontrollansvarig",
            "Uppföljning T1 (april)", "Uppföljning delår (augusti)"]
    r = 4
    for c, h in enumerate(head):
        ws.write(r, c, h, bold)
    data = [
        ("Elevhälsa",),
        ("Elevhälsa", "Journaler förs inte enligt lag", "Kontroll att elevhälsans journaler förs enligt patientdatalagen",
         8, "Verksamhetschef elevhälsa", "Planerad till maj.",
         "Genomförd i maj, 15 journaler granskade utan anmärkning.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Kränkningar anmäls inte till huvudman", "Anmälan om kränkande behandling till huvudman inom utsatt tid",
         12, "Skolchef", "Genomgång av anmälningar jan–mars: 41 av 44 anmälda inom fem dagar, tre anmälningar kom in för sent.",
         "Genomgång april–juni: samtliga 38 anmälningar inkomna i tid.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Elever med hög frånvaro fångas inte upp", "Frånvarouppföljning – elever med hög frånvaro utreds",
         9, "Rektorer", "Påbörjad.", "", "DELVIS", ""),
        ("Myndighetsutövning",),
        ("Myndighetsutövning", "Beslut fattas utan delegation", "Skolskjutsbeslut fattas enligt delegationsordningen",
         6, "Handläggare skolskjuts", "", "Stickprov 20 beslut, alla korrekt delegerade.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Placering sker inte enligt köregler", "Inskrivning i förskola – köregler följs vid placering",
         6, "Placeringsansvarig", "Ej påbörjad.",
         "Ej genomförd, resursbrist under våren. Flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("Ekonomi",),
        ("Ekonomi", "Kostnadsökningar i måltidsverksamheten", "Måltider – livsmedelskostnad per portion följs upp mot budget",
         8, "Kostchef", "Uppföljt jan–mars, ok.",
         "Uppföljt t.o.m. juni. Kostnaden per portion ligger 3 % över budget på grund av prisökningar.", "GENOMFORD", "ja"),
        ("Kvalitet",),
        ("Kvalitet", "Brister i det systematiska kvalitetsarbetet", "Systematiskt kvalitetsarbete – huvudmannens uppföljning av rektorernas analyser",
         10, "Kvalitetsstrateg", "", "", "SAKNAS", ""),
        ("Kvalitet", "Felaktiga betyg registreras", "Registrering av betyg i elevregistret kontrolleras mot betygskataloger",
         4, "Skoladministratör", "-",
         "Avbruten enligt nämndbeslut 2025-05-20 § 34 (hanteras i nytt elevregister).", "UTGAR", ""),
    ]
    for row in data:
        r += 1
        if len(row) == 1:
            ws.write(r, 0, row[0], area)
            continue
        for c, v in enumerate(row[:7]):
            ws.write(r, c, v, cellst)
        exp(fil, N, row[2], row[7], row[8])
    r += 2
    ws.write(r, 0, "Behandlad i barn- och utbildningsnämnden 2025-09-17 § 52")
    for c, w in enumerate((16, 30, 44, 10, 22, 44, 50)):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word table with sub-items, converted to .doc
# ---------------------------------------------------------------------------
def set_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def soffice_convert(src, fmt, dest_name):
    tmp = tempfile.mkdtemp(prefix="r360_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    shutil.move(produced, out(dest_name))
    shutil.rmtree(tmp, ignore_errors=True)


def make_sn():
    fil = "Socialnämnden uppföljning internkontroll jan-aug 2025.doc"
    N = "Socialnämnden"
    d = docx.Document()
    set_core(d, "Maria Holm")
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Socialnämnden, Ekeby kommun")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Planen omfattar fem "
        "kontrollpunkter med sammanlagt nio kontrollmoment. I denna rapport redovisas resultatet av de kontroller "
        "som genomförts under perioden januari–augusti. Resterande kontroller redovisas i helårsuppföljningen.")
    d.add_heading("Resultat per kontrollpunkt", level=2)
    rows = [
        ("1. Ekonomiskt bistånd", [
            ("a) Kontroll att utbetalningar av ekonomiskt bistånd överensstämmer med beslut",
             "Delår: 30 slumpvis utvalda utbetalningar kontrollerade. En utbetalning avvek från beslutet (dubbel hyra), återkrav har upprättats.",
             "GENOMFORD", "ja"),
            ("b) Kontroll att beslut om avslag innehåller besvärshänvisning",
             "Delår: Genomgång av 15 avslagsbeslut, samtliga med korrekt besvärshänvisning.",
             "GENOMFORD", "nej"),
        ]),
        ("2. Hot och våld", [
            ("a) Handlingsplan vid hot och våld gås igenom på APT i samtliga verksamheter",
             "Delår: IFO klart, äldreomsorgen återstår under hösten.", "DELVIS", ""),
            ("b) Rapportering av hot- och våldssituationer i avvikelsesystemet",
             "Delår: Avvikelsesystemet genomgånget för januari–augusti, inga rapporter om hot eller våld.",
             "GENOMFORD", "nej"),
        ]),
        ("3. Myndighetsutövning barn och unga", [
            ("a) Utredningar inom barn och unga avslutas inom fyra månader",
             "Delår: 52 av 61 utredningar avslutade inom lagstadgad tid. Nio utredningar överskred tiden på grund av vakanser.",
             "GENOMFORD", "ja"),
            ("b) Orosanmälningar – skyddsbedömning görs inom 14 dagar",
             "Delår: Kontrollen har inte kunnat genomföras då underlag inte kunnat tas ut ur verksamhetssystemet. Görs till helår.",
             "EJ_GENOMFORD", ""),
        ]),
        ("4. Äldreomsorg", [
            ("a) Genomförandeplaner upprättas inom 14 dagar från beslut",
             "Delår: Stickprov pågår i hemtjänsten, särskilt boende granskas i oktober.", "DELVIS", ""),
            ("b) Läkemedelshantering – signeringslistor kontrolleras",
             "", "SAKNAS", ""),
        ]),
        ("5. Personal", [
            ("a) Timanställda – kontroll av att arbetad tid attesteras innan lön utbetalas",
             "Delår: Ej aktuell för 2025, timanställdas tid hanteras numera i bemanningsenhetens system och följs upp av kommunstyrelsen.",
             "UTGAR", ""),
        ]),
    ]
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for c, t in zip(hdr, ("Kontrollpunkt", "Kontrollmoment/metod", "Resultat")):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
    for punkt, subs in rows:
        first = None
        for i, (km, res, st, av) in enumerate(subs):
            cells = table.add_row().cells
            if i == 0:
                first = cells[0]
                cells[0].text = punkt
            else:
                merged = first.merge(cells[0])
                first = merged
            cells[1].text = km
            cells[2].text = res
            exp(fil, N, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Brister har identifierats inom "
        "handläggningstider för barnavårdsutredningar, vilket hänger samman med vakanser under våren.")
    d.add_paragraph("Maria Holm\nSocialchef")
    tmp = tempfile.mkdtemp(prefix="r360_src_")
    src = os.path.join(tmp, "Socialnämnden uppföljning internkontroll jan-aug 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .odt, free text only (no table)
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "kfn-ik-2025-delar.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan per 31 augusti 2025"))
    doc.text.addElement(P(text="Diarienummer KFN 2025/48"))
    doc.text.addElement(P(text=(
        "Nämnden beslutade om internkontrollplan 2025 den 12 februari. Nedan redovisas utfallet för respektive "
        "kontrollmoment under januari–augusti. Ansvarig för sammanställningen är förvaltningens controller.")))
    items = [
        ("Föreningsbidrag",
         "Bidrag till föreningar betalas ut enligt beslutade bidragsregler",
         "Samtliga 23 aktivitetsbidrag för vårterminen har stämts av mot medlemsförteckningar. En förening hade "
         "redovisat deltagare som inte var medlemmar; bidraget har justerats med 4 200 kr.",
         "GENOMFORD", "ja"),
        ("Kassahantering",
         "Kassahantering i simhallen – dagliga kassaavstämningar",
         "Avstämningarna fungerar enligt rutin, stickprov i april och juni utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Lokaluthyrning",
         "Uthyrning av lokaler faktureras enligt taxa",
         "Kontrollen påbörjades i juni men har inte slutförts. Hittills granskade 12 bokningar var korrekt fakturerade.",
         "DELVIS", "nej"),
        ("Inventarier",
         "Inventarieförteckning för bibliotekets utrustning hålls uppdaterad",
         "Ingen kontroll har genomförts ännu, planeras till november.",
         "EJ_GENOMFORD", ""),
        ("Avtal",
         "Avtal med externa arrangörer undertecknas av behörig person",
         "Resultatet redovisas i bilaga till nämndens sammanträde 2025-09-25.",
         "OKLAR", ""),
        ("Lotterier",
         "Lotteritillstånd – kontroll av redovisning från registrerade lotterier",
         "Utgår, registrering av lotterier handläggs från 2025 av samhällsbyggnadsnämnden.",
         "UTGAR", ""),
        ("Arbetsmiljö",
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförs i fritidsanläggningar",
         "Skyddsronder genomförda i sporthallen, ishallen och simhallen. Brister i nödutgångsskyltningen i ishallen "
         "har åtgärdats.",
         "GENOMFORD", "ja"),
    ]
    for i, (rub, km, res, st, av) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="%d. %s" % (i, rub)))
        p = P()
        p.addElement(Span(stylename=bold, text="Kontrollmoment: "))
        p.addText(km)
        doc.text.addElement(p)
        p = P()
        p.addElement(Span(stylename=bold, text="Resultat: "))
        p.addText(res)
        doc.text.addElement(p)
        exp(fil, N, km, st, av)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Lena Sjöberg"))
    doc.text.addElement(P(text="Kultur- och fritidschef"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_IK_2025-09-10.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MHN = "Miljö- och hälsoskyddsnämnden"
    T1 = "Tertial 1 2025"
    DL = "Delår 2025"
    # (enhet label, nämnd, process, km, ansvarig, [(period, status, kommentar)], exp status, avv)
    ctrl = [
        ("Samhällsbyggnadsförvaltningen", SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid", "Bygglovschef",
         [(T1, "", "Mätning jan–apr: 94 % inom 10 veckor."),
          (DL, "", "Mätning jan–aug: 91 % inom tiden, 7 ärenden överskred tiden och reducerad avgift har tillämpats.")],
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", SBN, "Plan", "Fakturering av planavgifter enligt taxa", "Planchef",
         [(T1, "Ej påbörjad", ""),
          (DL, "", "Granskning av 10 planärenden genomförd, faktureringen var korrekt i samtliga.")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", SBN, "Administration", "Dokumenthantering – beslut diarieförs inom en vecka",
         "Nämndsekreterare",
         [(T1, "", "Påbörjad, stickprov för januari och februari gjorda.")],
         "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", SBN, "Gata", "Avtalsuppföljning av vinterväghållning", "Gatuingenjör",
         [(DL, "Pågående", "Uppföljning av säsongen 2024/25 pågår, slutrapport i oktober.")],
         "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", SBN, "Bygglov", "Tillsyn av OVK-protokoll (obligatorisk ventilationskontroll)",
         "Byggnadsinspektör",
         [(T1, "", ""),
          (DL, "", "Kontrollen har skjutits upp till 2026 på grund av personalbrist.")],
         "EJ_GENOMFORD", ""),
        ("Miljö- och hälsoskyddsnämnden", MHN, "Taxa", "Tillsynsavgifter debiteras enligt fastställd tillsynsplan",
         "Miljöchef",
         [(DL, "Klar", "Alla 312 fasta årsavgifter debiterade i mars.")],
         "GENOMFORD", "nej"),
        ("Miljö- och hälsoskyddsnämnden", MHN, "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplan",
         "Livsmedelsinspektör",
         [(T1, "", "48 av 160 planerade kontroller utförda."),
          (DL, "", "Kontrollen pågår: 104 av 160 planerade livsmedelskontroller utförda t.o.m. augusti.")],
         "DELVIS", ""),
        ("Miljö- och hälsoskyddsnämnden", MHN, "Administration", "Jäv och delegation – stickprov på delegationsbeslut",
         "Nämndsekreterare",
         [(T1, "", ""), (DL, "", "")],
         "SAKNAS", ""),
        ("Miljö- och hälsoskyddsnämnden", MHN, "Hälsoskydd",
         "Handläggning av klagomål på inomhusmiljö påbörjas inom två veckor", "Miljöinspektör",
         [(DL, "", "Stickprov 12 ärenden: 10 påbörjade i tid, 2 försenade.")],
         "GENOMFORD", "ja"),
    ]
    lines = [["Rapport: Internkontroll 2025 – uppföljning", "", "", "", "", "", ""],
             ["Enhet", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]]
    for enhet, namnd, proc, km, ans, pers, st, av in ctrl:
        for per, s, k in pers:
            lines.append([enhet, proc, km, ans, per, s, k])
        exp(fil, namnd, km, st, av)
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MHN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - docx, nämnd only in page header / file name, two tables
# ---------------------------------------------------------------------------
def make_tn():
    fil = "IK-uppfoljning_delar_2025_TF.docx"
    N = "Tekniska nämnden"
    d = docx.Document()
    set_core(d, "Per Nyström")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ekeby kommun · Tekniska förvaltningen\tDnr TN 2025/112"
    sec.footer.paragraphs[0].text = "Sida 1"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Period: januari–augusti 2025. Status anges där kontrollansvarig fyllt i den; i övrigt framgår "
                    "utfallet av kolumnen Resultat.")
    tables = [
        ("Gata och park", [
            ("Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "1 ggr/år",
             "Huvudbesiktning av samtliga 34 lekplatser utförd i maj. Tre lekredskap har tagits bort på grund av brister.",
             "Klar", "GENOMFORD", "ja"),
            ("Fakturor från entreprenörer för snöröjning kontrolleras mot körjournaler", "Driftchef gata", "Säsong",
             "Kontrollerat januari–mars, inga avvikelser.", "", "GENOMFORD", "nej"),
            ("Skadeanmälningar från medborgare registreras och besvaras inom 10 dagar", "Kundtjänst", "Tertial",
             "Genomgång pågår.", "Pågår", "DELVIS", ""),
        ]),
        ("VA och avfall", [
            ("Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande",
             "Alla planerade prover tagna. Ett prov i Norrby visade förhöjda halter av koliforma bakterier; "
             "kokningsrekommendation utfärdades under tre dagar.", "Klar", "GENOMFORD", "ja"),
            ("Debitering av VA-avgifter stäms av mot mätarställningar", "VA-ekonom", "Halvår",
             "", "Ej påbörjad", "EJ_GENOMFORD", ""),
            ("Avfallstaxa – kontroll att abonnemang matchar faktiska kärl", "Avfallsingenjör", "1 ggr/år",
             "Stickprov 50 abonnemang, 4 felaktiga abonnemang har korrigerats.", "", "GENOMFORD", "ja"),
            ("Arbetsmiljö – riskbedömning inför arbete i ledningsgrav", "Arbetsledare VA", "Löpande",
             "Riskbedömningar finns för samtliga arbeten i juni.", "Ej genomförd", "OKLAR", ""),
            ("Fordonsregister – körjournaler för förmånsbilar", "Fordonssamordnare", "Tertial",
             "Utgår, inga förmånsbilar finns kvar i förvaltningen.", "", "UTGAR", ""),
        ]),
    ]
    for rub, rows in tables:
        d.add_heading(rub, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Kontrollmoment", "Ansvarig", "Frekvens", "Resultat", "Status")):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for km, ans, frek, res, stat, st, av in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, (km, ans, frek, res, stat)):
                c.text = v
            exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Per Nyström, teknisk chef, 2025-09-05")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Ekeby Energi AB - xlsx with traffic-light fill column + legend
# ---------------------------------------------------------------------------
def make_energi():
    fil = "Ekeby Energi AB - intern kontroll 2025 aug.xlsx"
    N = "Ekeby Energi AB"
    GREEN, YELLOW, RED, BLUE = "FF00B050", "FFFFFF00", "FFFF0000", "FF9BC2E6"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Ekeby Energi AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning januari–augusti"
    ws["A3"] = "Rapporteras till styrelsen 2025-09-19 och till kommunstyrelsen i samband med delårsrapporten."
    ws["F1"] = "Teckenförklaring bedömning"
    ws["F1"].font = bold
    legend = [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
              (BLUE, "Pågår"), (RED, "Ej genomförd")]
    for i, (col, txt) in enumerate(legend, 2):
        ws.cell(row=i, column=6).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=i, column=7, value=txt)
    head = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar"]
    r = 7
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.border = border
        cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonomichef",
         GREEN, "Stickprov 25 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        (2, "Kund", "Avläsning av fjärrvärmemätare – avvikande förbrukning utreds", "Avvikelselista ur mätsystemet",
         "Kundservicechef", YELLOW, "Tio kunder med avvikande förbrukning utredda; två felaktiga mätare har bytts.",
         "GENOMFORD", "ja"),
        (3, "Finans", "Elhandelsavtal – säkring av inköpspris enligt finanspolicyn", "Avstämning mot finanspolicy",
         "VD", GREEN, "Säkringsgrad 78 % i juni, inom policyns intervall.", "GENOMFORD", "nej"),
        (4, "IT", "Behörigheter i kundsystemet granskas halvårsvis", "Behörighetslista mot personalförteckning",
         "IT-ansvarig", RED, "Granskning ej gjord på grund av systembyte.", "EJ_GENOMFORD", ""),
        (5, "Inköp", "Kontroll av leverantörers F-skatt och skatteskulder", "Kontroll i Creditsafe",
         "Inköpsansvarig", BLUE, "Nya leverantörer kontrolleras löpande, befintliga leverantörer återstår.",
         "DELVIS", ""),
        (6, "IT", "Incidentrapportering IT/OT-säkerhet", "Genomgång av incidentloggen", "IT-ansvarig",
         None, "", "SAKNAS", ""),
        (7, "Styrning", "Styrelseprotokoll justeras och publiceras inom två veckor", "Genomgång av protokoll",
         "Styrelsesekreterare", GREEN, "", "GENOMFORD", "nej"),
    ]
    for row in rows:
        r += 1
        vals = list(row[:5]) + [None, row[6] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = border
        if row[5]:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=row[5])
        exp(fil, N, row[2], row[7], row[8])
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Berg, ekonomichef")
    for col, w in zip("ABCDEFG", (5, 16, 46, 32, 20, 14, 56)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.right.text = "Ekeby Energi AB"
    wb.properties.creator = "Karin Berg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) from Socialförvaltningen
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev internkontroll delår 2025 SN.docx"
    d = docx.Document()
    set_core(d, "Maria Holm")
    d.add_paragraph("Ekeby kommun\nSocialförvaltningen\n2025-09-09")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025 "
        "(bifogad fil \"Socialnämnden uppföljning internkontroll jan-aug 2025.doc\").")
    d.add_paragraph(
        "Ärendet behandlas av socialnämnden den 24 september 2025. Eventuella ändringar efter nämndens beslut "
        "meddelas snarast. Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Holm\nSocialchef\nmaria.holm@ekeby.se")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_sn()
    make_kfn()
    make_stratsys()
    make_tn()
    make_energi()
    make_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
