#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 377 - Mörsil kommun, helår 2025 (verksamhetsberättelse) follow-ups.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round377"
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------- helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Ekonomienheten"
    cp.author = "Mörsil kommun"
    cp.revision = 1
    return d


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def group_row(table, text, ncols, fill="D9E2F3"):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[ncols - 1])
    set_cell(c, text, bold=True)
    shade(c, fill)


def header_footer(doc, header_text=None, footer_text=None):
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- 1. KS docx
def file_ks():
    fil = "KS_Uppföljning_internkontroll_helår_2025.docx"
    nm = "Kommunstyrelsen"
    d = new_doc()
    header_footer(d, "Mörsil kommun\tKommunledningsförvaltningen", "Dnr KS 2025/0412")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 231). "
        "Planen omfattar nio kontrollmoment inom fyra processer. Nedan redovisas utfallet för helåret "
        "2025 som underlag till verksamhetsberättelsen. Kontrollerna har utförts av respektive "
        "kontrollansvarig och sammanställts av ekonomienheten.")
    cols = ["Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Metod och omfattning",
            "Status helår", "Kommentar/åtgärd"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")

    rows = [
        ("G", "Ekonomiprocesser"),
        ("Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Stickprov 30 fakturor per tertial", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Redovisning",
         "Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
         "Redovisningsansvarig", "Stickprov 20 verifikat", "Genomförd med anmärkning",
         "I 4 av 20 verifikat saknades deltagarförteckning. Information har gått ut till samtliga "
         "budgetansvariga chefer.", "GENOMFORD", "ja"),
        ("Bokslut",
         "Avstämning av balanskonton vid månadsbokslut",
         "Controller", "Samtliga balanskonton i april, augusti och december", "Genomförd",
         "Avstämning klar utan anmärkning.", "GENOMFORD", "nej"),
        ("G", "Personal och lön"),
        ("Lön",
         "Kontroll av löneutbetalningar till personer som avslutat sin anställning",
         "HR-chef", "Kontroll av samtliga avslut", "Delvis genomförd",
         "Kontroll gjord för januari–augusti, inga felaktiga utbetalningar hittades. "
         "September–december kontrolleras i februari 2026.", "DELVIS", "nej"),
        ("Bisysslor",
         "Bisysslor är anmälda och prövade för samtliga chefer",
         "HR-chef", "Enkät till chefer, genomgång av anmälningar", "Ej genomförd",
         "Skjuts till 2026 på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
        ("G", "IT och informationssäkerhet"),
        ("Behörigheter",
         "Behörigheter i ekonomisystemet motsvarar\naktuella befattningar och delegationer",
         "IT-säkerhetssamordnare", "Genomgång av behörighetslista per 30/9", "Genomförd",
         "Sju behörigheter för personer som slutat har tagits bort. Rutin för avslut ses över.",
         "GENOMFORD", "ja"),
        ("Loggning",
         "Loggkontroll av åtkomst till personakter i HR-systemet",
         "Systemförvaltare HR", "Stickprov 10 loggar", "", "", "SAKNAS", ""),
        ("G", "Upphandling och inköp"),
        ("Direktupphandling",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Upphandlare", "Stickprov 15 direktupphandlingar", "Utgår",
         "Ersätts av kommungemensam kontroll av avtalstrohet enligt KS beslut 2025-04-09 § 58.",
         "UTGAR", ""),
        ("Avtalstrohet",
         "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Upphandlingschef", "Spendanalys helår", "",
         "Spendanalysen för helåret är genomförd och visar 87 % avtalstrohet. Köp utanför avtal inom "
         "kontorsmaterial har påtalats för berörda enheter.", "GENOMFORD", "ja"),
    ]
    for r in rows:
        if r[0] == "G":
            group_row(t, r[1], len(cols))
            continue
        row = t.add_row()
        for i in range(6):
            set_cell(row.cells[i], r[i])
        exp(fil, nm, r[1], r[6], r[7])
    d.add_paragraph()
    d.add_paragraph("Sammanfattning: av nio kontrollmoment är fem genomförda, ett delvis genomfört, ett ej "
                    "genomfört och ett har utgått. För ett kontrollmoment saknas rapportering.")
    d.add_paragraph("Mörsil 2026-02-03")
    d.add_paragraph("Anna Lindqvist\nKommundirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. BUN docx
def file_bun():
    fil = "BUN IK helår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = new_doc()
    header_footer(d, "Barn- och utbildningsförvaltningen", "Verksamhetsberättelse 2025 – bilaga 4")
    d.add_heading("Uppföljning intern kontroll 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden – helårsuppföljning").bold = True
    d.add_paragraph(
        "Nämndens internkontrollplan reviderades 2025-06-12 (§ 71). Varje kontroll redovisas nedan i en "
        "egen tabell med resultat och bedömning per helår. Bedömningen anges som Genomförd, Genomförd med "
        "avvikelse, Pågår, Ej genomförd eller Ej aktuell.")
    controls = [
        ("Skolpliktsbevakning – elever med hög frånvaro anmäls enligt rutin",
         "Elever med omfattande frånvaro uppmärksammas inte", "Rektorer",
         "Samtliga 14 ärenden med hög frånvaro har hanterats enligt rutin.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Huvudmannen får inte kännedom och kan inte utreda", "Verksamhetschef grundskola",
         "23 av 31 anmälningar inkom inom tidsgränsen. Påminnelse har gått ut till rektorerna.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Lagkrav om placering inom garantitid uppfylls inte", "Placeringsansvarig",
         "Samtliga placeringar skedde inom garantitiden.", "Genomförd", "GENOMFORD", "nej"),
        ("Registerkontroll av personal i förskola och skola (utdrag ur belastningsregistret)",
         "Olämplig person anställs", "HR-konsult",
         "Kontrollen är utförd på 6 av 11 enheter, utan brister. Resterande enheter kontrolleras under "
         "första kvartalet 2026.", "Pågår", "DELVIS", "nej"),
        ("Skolskjuts – fakturor från entreprenör stäms av mot beställda turer",
         "Betalning för turer som inte körts", "Skolskjutssamordnare",
         "Se bilaga 2.", "Se bilaga 2", "OKLAR", ""),
        ("Interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
         "Intäktsbortfall", "Förvaltningsekonom",
         "Kontrollen har inte kunnat genomföras på grund av vakans på ekonomfunktionen under hösten.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Systematiskt kvalitetsarbete dokumenteras enligt nämndens årshjul",
         "Brister i måluppfyllelse upptäcks inte", "Kvalitetsutvecklare",
         "Kontrollen ströks vid nämndens revidering av planen i juni 2025.", "Ej aktuell",
         "UTGAR", ""),
        ("Livsmedelshantering i skolkök – egenkontrollprogrammet följs",
         "Matförgiftning", "Kostchef",
         "Egenkontroll genomförd i alla 9 kök. Två kök hade bristande temperaturloggning, vilket har "
         "åtgärdats.", "Genomförd", "GENOMFORD", "ja"),
    ]
    for n, (km, risk, ans, res, bed, st, av) in enumerate(controls, 1):
        d.add_heading("Kontroll %d" % n, level=3)
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Kontrollmoment", km), ("Risk", risk), ("Ansvarig", ans),
                                    ("Resultat helår", res), ("Bedömning", bed)]):
            set_cell(t.rows[i].cells[0], k, bold=True)
            shade(t.rows[i].cells[0], "EDEDED")
            set_cell(t.rows[i].cells[1], v)
        t.columns[0].width = Cm(4)
        exp(fil, nm, km, st, av)
        d.add_paragraph()
    d.add_heading("Nämndens samlade bedömning", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden bedömer att den interna kontrollen under 2025 i huvudsak "
                    "har varit tillräcklig. Avvikelserna inom kränkande behandling och skolkök har "
                    "föranlett åtgärder.")
    d.add_paragraph("Erik Sandberg, förvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SN .doc
def file_sn(tmp):
    fil = "Socialnämnden uppföljning internkontrollplan 2025.doc"
    nm = "Socialnämnden"
    d = new_doc()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_footer(d, "Socialförvaltningen, Mörsil kommun")
    t0 = d.add_paragraph()
    r = t0.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Internkontrollplan 2025 – uppföljning helår (tertial 3)")
    d.add_paragraph("Teckenförklaring:  ● Genomförd   ◐ Påbörjad/delvis genomförd   ○ Ej påbörjad   "
                    "✕ Utgår.  Kolumnen Avvikelse anger om kontrollen visat brister.")
    cols = ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "T2", "Helår", "Avvikelse", "Kommentar helår"]
    t = d.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    # two-level header: "Status 2025" over T2 + Helår
    for i, c in enumerate(cols):
        if i in (4, 5):
            continue
        a = t.rows[0].cells[i].merge(t.rows[1].cells[i])
        set_cell(a, c, bold=True)
    st = t.rows[0].cells[4].merge(t.rows[0].cells[5])
    set_cell(st, "Status 2025", bold=True)
    set_cell(t.rows[1].cells[4], "T2", bold=True)
    set_cell(t.rows[1].cells[5], "Helår", bold=True)
    for row in t.rows[:2]:
        for c in row.cells:
            shade(c, "C6E0B4")
    data = [
        ("G", "1. Barn och familj"),
        ("1.1", "Utredningstid för barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
         "Uttag ur verksamhetssystemet", "Enhetschef BoF", "◐", "●", "Ja",
         "8 % av utredningarna överskred fyra månader, orsak personalomsättning.", "GENOMFORD", "ja"),
        ("1.2", "Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef BoF", "●", "●", "Nej", "", "GENOMFORD", "nej"),
        ("1.3", "Uppföljning av placerade barn genom regelbundna besök",
         "Genomgång av journaler", "Socialsekreterare", "◐", "◐", "Ja",
         "Besök genomförda för 41 av 48 placerade barn.", "DELVIS", "ja"),
        ("G", "2. Ekonomiskt bistånd"),
        ("2.1", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef IFO vuxen", "●", "", "Nej",
         "Kontrollerad vid T2, ingen ytterligare kontroll planerad.", "GENOMFORD", "nej"),
        ("2.2", "Dubbelutbetalningar av ekonomiskt bistånd kontrolleras mot Försäkringskassan (SSBTEK)",
         "Maskinell kontroll", "Systemförvaltare", "○", "●", "Nej", "", "GENOMFORD", "nej"),
        ("2.3", "Återsökning av statlig ersättning för nyanlända och ensamkommande",
         "Avstämning mot Migrationsverkets beslut", "Förvaltningsekonom", "○", "○", "",
         "Ej påbörjad, prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("G", "3. Vård och omsorg"),
        ("3.1", "Avgifter inom hemtjänst debiteras enligt beslutad taxa",
         "Stickprov 40 brukare", "Avgiftshandläggare", "●", "●", "Ja",
         "Felaktig taxa för 3 brukare, rättat och återbetalt.", "GENOMFORD", "ja"),
        ("3.2", "Läkemedelshantering i särskilt boende sker enligt MAS rutin",
         "Egenkontroll och MAS-granskning", "MAS", "◐", "● ◐", "", "", "OKLAR", ""),
        ("3.3", "Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "●", "●", "Nej", "", "GENOMFORD", "nej"),
        ("3.4", "Hantering av brukares privata medel på särskilda boenden",
         "Stickprov kassaböcker", "Enhetschefer SÄBO", "✕", "✕", "",
         "Utgår, ersatt av ny rutin för kontanthantering.", "UTGAR", ""),
    ]
    for r in data:
        if r[0] == "G":
            group_row(t, r[1], len(cols), fill="E2EFDA")
            continue
        row = t.add_row()
        for i in range(8):
            set_cell(row.cells[i], r[i])
            if i in (4, 5):
                row.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, nm, r[1], r[8], r[9])
    d.add_paragraph()
    d.add_paragraph("Uppföljningen behandlas av socialnämnden 2026-02-18.")
    src = os.path.join(tmp, "sn.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, "sn.doc"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. SBN .odt (traffic lights)
def file_sbn(tmp):
    fil = "Verksamhetsberättelse 2025 SBN bilaga 3.odt"
    nm = "Samhällsbyggnadsnämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "A6A6A6"
    d = new_doc()
    header_footer(d, "Samhällsbyggnadsförvaltningen", "Sida 1")
    d.add_heading("Samhällsbyggnadsnämnden – Verksamhetsberättelse 2025", level=1)
    d.add_heading("Bilaga 3. Intern kontroll", level=2)
    d.add_paragraph(
        "Nämndens internkontrollplan 2025 innehåller åtta kontrollmoment. Status för helåret anges med "
        "färg i kolumnen Status enligt teckenförklaringen nedan. Riskvärde = sannolikhet × konsekvens "
        "(plan 2025).")
    leg = d.add_table(rows=4, cols=2)
    leg.style = "Table Grid"
    for i, (f, txt) in enumerate([(GREEN, "Genomförd utan anmärkning"),
                                  (YELLOW, "Genomförd med anmärkning eller delvis genomförd"),
                                  (RED, "Ej genomförd"), (GREY, "Utgår")]):
        shade(leg.rows[i].cells[0], f)
        set_cell(leg.rows[i].cells[0], "")
        set_cell(leg.rows[i].cells[1], txt)
    leg.columns[0].width = Cm(1.5)
    d.add_paragraph()
    cols = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Riskvärde", "Status", "Kommentar"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
    data = [
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Bygglovschef",
         "12", GREEN, "Alla 212 ärenden avgjorda inom tid.", "GENOMFORD", "nej"),
        ("Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 25 ärenden", "Administratör",
         "9", YELLOW, "Två fel i debiteringen upptäcktes och har rättats.", "GENOMFORD", "ja"),
        ("VA-anslutningsavgifter stäms av mot fastighetsregistret", "Avstämning nya anslutningar",
         "VA-ingenjör", "8", YELLOW,
         "Hälften av anslutningarna kontrollerade utan fel, resterande klart i mars 2026.", "DELVIS", "nej"),
        ("Egenkontroll av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll", "Parkchef", "12", GREEN,
         "Samtliga 34 lekplatser besiktigade.", "GENOMFORD", "nej"),
        ("Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler",
         "Avstämning per månad", "Gatuchef", "6", RED,
         "Ej genomförd, ny entreprenör från november.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljörond genomförs på samtliga driftenheter", "Protokoll från skyddsronder",
         "Förvaltningschef", "4", GREEN, "", "GENOMFORD", "nej"),
        ("Hyresavtal för kommunens lokaler är uppdaterade i avtalsdatabasen", "Genomgång av avtal",
         "Fastighetschef", "6", GREY, "Flyttad till kommunstyrelsens plan.", "UTGAR", ""),
        ("Kartläggning av klimatrisker för kommunala fastigheter", "Riskinventering", "Miljöstrateg",
         "9", None, "", "SAKNAS", ""),
    ]
    for r in data:
        row = t.add_row()
        for i, v in enumerate((r[0], r[1], r[2], r[3], "", r[5])):
            set_cell(row.cells[i], v)
        if r[4]:
            shade(row.cells[4], r[4])
        exp(fil, nm, r[0], r[6], r[7])
    d.add_paragraph()
    d.add_paragraph("Nämnden bedömer att den interna kontrollen har varit tillräcklig under 2025.")
    src = os.path.join(tmp, "sbn.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, "sbn.odt"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. Stratsys-like export, two nämnder
def file_export():
    fil = "Stratsys_export_internkontroll_2025.xlsx"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Stratsys"
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    ws["A1"] = "Internkontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Period: Helår 2025"
    ws["A3"] = "Urval: Kultur- och fritidsnämnden, Miljö- och byggförvaltningen"
    ws["A4"] = "Utskriven 2026-01-22 09:14 av ekonomienheten"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T2", "Status Helår",
           "Analys/kommentar helår"]
    ws.append([])
    ws.append(hdr)
    hrow = ws.max_row
    fill = PatternFill("solid", fgColor="1F4E78")
    for c in ws[hrow]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    kfn, mbn = "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"
    data = [
        ("Kultur- och fritidsnämnden", "Bidrag",
         "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidschef", 3, 1,
         "Samtliga 38 ansökningar kontrollerade mot bidragsreglerna.", kfn, "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kontanthantering",
         "Dagskassor i simhallen och biblioteket stäms av", "Enhetschef bad", 1, 2,
         "Differens vid 3 tillfällen i simhallen, rutinen har skärpts.", kfn, "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Intäkter",
         "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig", 3, 3,
         "Stickprov påbörjat, 12 av 30 bokningar kontrollerade.", kfn, "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Tillgångar",
         "Inventarieförteckning för kulturskolans instrument är aktuell", "Kulturskolechef", 4, None,
         None, kfn, "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Bidrag",
         "Registerutdrag för ledare i bidragsberättigade barn- och ungdomsföreningar", "Fritidskonsulent",
         5, 5, "Utgår enligt beslut KFN 2025-03-18 § 22.", kfn, "UTGAR", ""),
        ("Kultur- och fritidsnämnden", "Avtal",
         "Avtal med driftentreprenör för skidspår följs upp", "Fritidschef", None, 1,
         "Uppföljningsmöte 2025-10-14, inga avvikelser.", kfn, "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Tillsyn",
         "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef", 3, 2,
         "92 % av planerade kontroller genomförda, resterande flyttade till 2026.", mbn, "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", "Avgifter",
         "Debitering av timavgift för tillsyn sker enligt taxa", "Administratör", 1, 1, None, mbn,
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Ärendehantering",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", 1, 1,
         "Samtliga delegationsbeslut anmälda.", mbn, "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Ärendehantering",
         "Handläggningstid för ansökan om enskilt avlopp", "Miljöinspektör", 4, 3,
         "Kontroll pågår, 30 av 56 ärenden granskade.", mbn, "DELVIS", ""),
        ("Miljö- och byggförvaltningen", "Dokumenthantering",
         "Inkommande handlingar diarieförs inom två arbetsdagar", "Registrator", None, None, None, mbn,
         "SAKNAS", ""),
    ]
    for r in data:
        ws.append(list(r[:7]))
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, r[7], r[2], r[8], r[9])
    ws.append([])
    ws.append(["Statuskoder:"])
    ws.cell(ws.max_row, 1).font = bold
    for code, txt in [(1, "Genomförd"), (2, "Genomförd med avvikelse"), (3, "Pågående"),
                      (4, "Ej genomförd"), (5, "Utgår")]:
        ws.append([code, txt])
    for col, w in zip("ABCDEFG", (28, 18, 50, 20, 10, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hrow + 1, 1)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", kfn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. ÖFN prose docx
def file_ofn():
    fil = "Överförmyndarnämnden helårsuppföljning IKP 2025.docx"
    nm = "Överförmyndarnämnden"
    d = new_doc()
    header_footer(d, "Överförmyndarenheten")
    d.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Överförmyndarnämnden, sammanträde 2026-01-27")
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 i december 2024. Planen innehåller fem "
        "kontrollmoment. Nedan redogörs för vad som gjorts under året för varje kontrollmoment.")
    items = [
        ("Årsräkningar granskas och arvoden beslutas senast den 30 juni",
         "Kontrollen är genomförd. 142 av 148 årsräkningar var granskade per den 30 juni; de sex "
         "återstående var försenade på grund av kompletteringar från ställföreträdarna. Avvikelsen har "
         "rapporterats till nämnden i september.", "GENOMFORD", "ja"),
        ("Förteckningar lämnas in inom två månader från förordnande",
         "Kontrollen har genomförts genom genomgång av samtliga nya ärenden. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke",
         "Kontrollen har påbörjats genom stickprov hos två banker men kunde inte slutföras under året. "
         "Den slutförs under våren 2026.", "DELVIS", ""),
        ("Lämplighetsprövning av nya ställföreträdare mot belastningsregistret och Kronofogden",
         "Kontrollen har inte genomförts under 2025 på grund av hög arbetsbelastning i samband med "
         "byte av verksamhetssystem. Den flyttas till planen för 2026.", "EJ_GENOMFORD", ""),
        ("Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Nämnden beslutade 2025-05-20 att avbryta kontrollen eftersom arkivet flyttas till kommunens "
         "e-arkiv under 2026.", "UTGAR", ""),
    ]
    for n, (km, txt, st, av) in enumerate(items, 1):
        p = d.add_paragraph()
        p.add_run("%d. %s" % (n, km)).bold = True
        d.add_paragraph(txt)
        exp(fil, nm, km, st, av)
    d.add_paragraph("Sammantaget bedömer nämnden att den interna kontrollen har varit godtagbar men att "
                    "lämplighetsprövningen måste prioriteras 2026.")
    d.add_paragraph("Karin Öberg\nOrdförande")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Bolag xlsx, name only in print header
def file_bolag():
    fil = "Bilaga 5 Internkontroll 2025.xlsx"
    nm = "Mörsils Bostäder AB"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Per Ström"
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Mörsils Bostäder AB – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera utfallet med X i en av kolumnerna Genomförd / Delvis / Ej genomförd."
    ws["A2"].font = Font(italic=True)
    ws.append([])
    # two header rows: "Riskbedömning (plan)" and "Utfall helår" merged
    ws.append(["Nr", "Process", "Kontrollmoment", "Riskbedömning (plan)", None, None, "Kontrollansvarig",
               "Utfall helår", None, None, "Kommentar"])
    ws.append([None, None, None, "Sannolikhet", "Konsekvens", "Riskvärde", None, "Genomförd", "Delvis",
               "Ej genomförd", None])
    h1, h2 = 4, 5
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=10)
    for col in (1, 2, 3, 7, 11):
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
    for r in (h1, h2):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = border
    risk_fill = {"hög": "FF7C80", "medel": "FFE699", "låg": "C6EFCE"}
    data = [
        (1, "Hyresintäkter", "Hyresavier stäms av mot hyresreskontran varje månad", 2, 4, "X", "", "",
         "Ekonomiansvarig", "Inga differenser.", "GENOMFORD", "nej"),
        (2, "Hyresintäkter", "Kravrutin – påminnelse och inkasso hanteras enligt fastställd rutin", 3, 3,
         "", "X", "", "Ekonomiansvarig",
         "Rutinen följd t.o.m. september, därefter eftersläpning i utskick av påminnelser.", "DELVIS", "ja"),
        (3, "Underhåll", "Beställningar av underhållsarbeten över 50 tkr attesteras av VD", 3, 4, "X", "",
         "", "Teknisk chef", "Två beställningar saknade VD-attest.", "GENOMFORD", "ja"),
        (4, "Underhåll", "Besiktning av hissar och OVK genomförs enligt plan", 2, 5, "x", "", "",
         "Teknisk chef", "", "GENOMFORD", "nej"),
        (5, "Uthyrning", "Lägenhetsfördelning sker enligt uthyrningspolicyn (kötid)", 2, 4, "", "", "X",
         "Uthyrningschef", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (6, "Säkerhet", "Kvittens finns för utlämnade nycklar och passerbrickor", 3, 3, "", "", "",
         "Förvaltare", "Se separat rapport från förvaltarna.", "OKLAR", ""),
        (7, "Skatter", "Momsredovisning vid frivillig skattskyldighet för lokaler", 2, 3, "X", "", "",
         "Ekonomiansvarig", "Kontroll utförd av revisionsbyrå utan anmärkning.", "GENOMFORD", "nej"),
        (8, "Betalningar", "Ändrade bankuppgifter i leverantörsregistret verifieras mot leverantören", 4, 4,
         "", "X", "", "Ekonomiansvarig",
         "Kontrollen infördes i oktober. Ett bedrägeriförsök med falsk bankgiroändring stoppades.",
         "DELVIS", "ja"),
    ]
    for (nr, proc, km, s, k, g, dl, ej, ans, kom, st, av) in data:
        rv = s * k
        ws.append([nr, proc, km, s, k, rv, ans, g, dl, ej, kom])
        r = ws.max_row
        lvl = "hög" if rv >= 12 else ("medel" if rv >= 8 else "låg")
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=risk_fill[lvl])
        for c in range(1, 12):
            ws.cell(r, c).border = border
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="center" if c in (1, 4, 5, 6, 8, 9, 10) else None)
        exp(fil, nm, km, st, av)
    ws.append([])
    ws.append([None, "Antal kontrollmoment: 8"])
    ws.append([None, "Riskvärde: 1–7 låg (grön), 8–11 medel (gul), 12–25 hög (röd)"])
    ws.append([])
    ws.append([None, "Upprättad 2026-01-28", None, "Per Ström, ekonomichef"])
    for col, w in zip("ABCDEFGHIJK", (5, 15, 48, 11, 11, 10, 18, 11, 9, 12, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. reject: covering letter
def file_reject():
    fil = "Följebrev verksamhetsberättelse 2025 RVJ.docx"
    d = new_doc()
    header_footer(d, "Räddningstjänstförbundet Västjämtland")
    d.add_paragraph("Till: Mörsil kommun, ekonomienheten")
    d.add_paragraph("Datum: 2026-01-30")
    d.add_heading("Följebrev – verksamhetsberättelse 2025", level=1)
    d.add_paragraph(
        "Härmed översänds förbundets verksamhetsberättelse för 2025 med årsredovisning enligt "
        "förbundsordningen. Förbundsdirektionen behandlar årsredovisningen den 12 mars 2026.")
    d.add_paragraph(
        "Uppföljningen av förbundets internkontrollplan 2025 är ännu inte färdigställd. Den skickas "
        "separat efter direktionens sammanträde. Preliminärt har samtliga kontrollmoment genomförts.")
    d.add_paragraph("Bilagor:\n1. Verksamhetsberättelse 2025 (separat fil)\n2. Revisionsberättelse (kommer)")
    d.add_paragraph("Med vänlig hälsning\nLars Hedin\nFörbundsdirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------- register and CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Mörsils Bostäder AB", "Mörsilsbostäder|MBAB|Bostadsbolaget"),
    ("Räddningstjänstförbundet Västjämtland", "RVJ|Räddningstjänsten Västjämtland"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    # remove previous outputs (keep script and README)
    for fn in os.listdir(HERE):
        if fn in ("make_round.py", "README.md"):
            continue
        p = os.path.join(HERE, fn)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r377_")
    try:
        file_ks()
        file_bun()
        file_sn(tmp)
        file_sbn(tmp)
        file_export()
        file_ofn()
        file_bolag()
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
