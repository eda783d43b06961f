#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 185 - Norrvik kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv into the folder of this script.  Run with
    /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round185"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def fix_wb(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(doc, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))
    s.top_margin = s.bottom_margin = Cm(1.8)
    return s


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put multi-line text in a docx cell, one paragraph per line."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows "Nämnd/enhet:", "År:", Status words
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS Uppföljning internkontrollplan 2025 helår.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        # id, process, kontrollmoment, konstaterad avvikelse, förslag, status(cell), återredovisas, expected status, avv
        (1, "Prognoser", "Är uppbokningar utförda inför månadsstängningar?",
         "Uppbokningar ska utföras för nämnderna inför månadsstängning mars till maj samt augusti till november "
         "om de utgör en betydande resultatpåverkan.\n\nUppbokningar har skett för samtliga angivna "
         "månadsstängningar och inga avvikelser har identifierats.",
         "Ingen åtgärd.", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (2, "Ekonomiska beslutsunderlag",
         "Kvalitetssäkra beslutsunderlag som kan innebära en ekonomisk påverkan – kontrollera att "
         "beslutsunderlag passerat ekonomienheten",
         "Handlingar som ej passerat ekonomienheten före beslut:\nLokalförsörjningsplan förskola, BUN 2025-03-18 §31\n"
         "Investering konstgräsplan Norrvallen, KFN 2025-05-07 §48\nOmbyggnad Norrviks bibliotek, KS 2025-09-02 §142",
         "Controllers bevakar ärenden till nämnderna och styrelsen i större utsträckning. Samarbetsformer med "
         "nämndsekreterarna ses över.", "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (3, "Riktlinjer finansverksamheten", "Rapportering enligt finanspolicyn sker vid varje prognostillfälle",
         "Rapportering sker enligt beslut, ingen identifierad avvikelse.", "Ingen åtgärd.",
         "Granskning\ngenomförd", "Bokslut", "GENOMFORD", "nej"),
        (4, "Intern kontroll", "Har nämnder/styrelser genomfört risk- och väsentlighetsanalys inför 2025",
         "Valnämnden har inte genomfört någon risk- och väsentlighetsanalys och antog samma "
         "internkontrollplan för 2025 som för 2024.\n\nÖvriga nämnder har genomfört en risk- och väsentlighetsanalys.",
         "Förtydligande i kommunledningsgruppen inför internkontrollplan 2026.", "Granskning genomförd",
         "Bokslut", "GENOMFORD", "ja"),
        (5, "Återsökning statsbidrag", "Att kommunen återsöker de statsbidrag och ersättningar vi har rätt till",
         "Ingen identifierad avvikelse men här finns en risk för framtida avvikelser. Idag utförs alla "
         "eftersökningar av ekonomienheten som är beroende av information från berörda enheter, vilket gör "
         "att informationen går i flera led.",
         "Enheterna föreslås själva ansöka för egen verksamhet. Ekonomienheten stöttar vid budget- och "
         "prognosarbetet.", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (6, "Systemförvaltarskapet", "Att systemförvaltare är utsedda och utför sina uppgifter enligt förvaltningsmodellen",
         "Inventeringen av kommunens 164 system och uppdateringen av systemlistan är genomförd till cirka 60 % "
         "och beräknas vara klar våren 2026. Flera brister i dokumentationen är konstaterade.",
         "Nya förvaltningsmöten med verksamheterna planeras under våren 2026.", "Granskning påbörjad",
         "Delår 2026", "DELVIS", "ja"),
        (7, "Kunskap om IT-säkerhet",
         "Alla anställda ska ha genomfört den obligatoriska webbutbildningen i informationssäkerhet",
         "Tjänsten som informationssäkerhetssamordnare har varit vakant under större delen av året och "
         "granskningen har därför inte genomförts.",
         "Arbetet är inte påbörjat. Kontrollen flyttas till internkontrollplan 2026.",
         "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        (8, "Sjukskrivningsprocessen", "Att rutin för rehabilitering finns och följs (stickprov 15 ärenden)",
         "Stickprov har gjorts i 15 ärenden. I fyra ärenden saknades dokumenterad rehabiliteringsplan inom "
         "föreskriven tid.",
         "HR genomför en utbildning för chefer avseende rutinen under våren 2026.", "Granskning genomförd",
         "Bokslut", "GENOMFORD", "ja"),
        (9, "IT-attacker", "Att tillräckliga skydd mot IT-attacker finns",
         "Extern penetrationstest har genomförts i oktober 2025.",
         "Information kring ärendet lämnas separat, sekretess.", "Granskning genomförd", "Bokslut\nsekretess",
         "GENOMFORD", ""),
        (10, "Riktlinjer för upphandling och inköp",
         "Direktupphandlingar görs enligt gällande beloppsgränser och dokumenteras",
         "Genomgång av 25 direktupphandlingar. Två direktupphandlingar över 100 tkr saknade dokumentation.",
         "Information till beställare. En mall för dokumentation av direktupphandling tas fram.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (11, "Riktlinjer för upphandling och inköp", "Att leverantörer håller det som står i avtalet",
         "Ramavtal städtjänster 2023. Stickprov 10 fakturor. Inga avvikelser noterade.", "", "", "",
         "GENOMFORD", "nej"),
        (12, "Riktlinjer för upphandling och inköp", "Att organisationen avropar de avtal som finns",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A3"] = "Nämnd/enhet: Kommunledningsförvaltningen"
    ws["A4"] = "År: 2025"
    ws["A5"] = "Uppföljningsperiod: Helår"
    for c in ("A3", "A4", "A5"):
        ws[c].font = BOLD
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status",
           "Åter-\nredovisas"]
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.alignment = WRAP
        c.border = BORDER
    r = r0
    for row in rows:
        r += 1
        vals = row[:7]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, namnd, row[2], row[7], row[8])
    r += 2
    ws.cell(r, 1, "Sammanställt av ekonomienheten, Kommunledningsförvaltningen 2026-01-20. "
                  "Behandlas i kommunstyrelsen 2026-02-03.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (5, 22, 34, 55, 40, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "7:7"
    ws.oddHeader.center.text = "Norrvik kommun"
    fix_wb(wb, "Uppföljning internkontrollplan 2025", "Ekonomienheten Norrvik")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, prose + risk table with "Följer plan:" Ja/Nej
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "Helårsuppföljning kritiska risker SN 2025.docx"
    namnd = "Socialnämnden"
    # process, [(risk, riskvärde, kontrollmoment, ställningstagande, följer plan, kommentar, exp, avv)]
    data = [
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Risk att skicka sekretessbelagda individhandlingar till fel person", "8",
             "Inom myndighetsområdet tas hantering av handlingar upp på APT två gånger per år.",
             "Hanteras genom aktivitet – fortsätta påminna på APT", "Ja",
             "Har tagits upp på APT i maj och november 2025 i samtliga arbetsgrupper på Myndighet.",
             "GENOMFORD", "nej"),
            ("Risk för felaktig hantering av personuppgifter för personer med skyddad identitet", "8",
             "Skriftlig rutin om begränsad åtkomst (chef + handläggare) i verksamhetssystemet för personer med "
             "skyddad identitet. Loggkontroll två gånger per år.",
             "Hanteras genom kontroll – logguppföljning i juni och december", "Ja",
             "Loggkontroll genomförd i juni och december. Vid decemberkontrollen upptäcktes en obehörig åtkomst. "
             "Ärendet är anmält till dataskyddsombudet och till IMY.",
             "GENOMFORD", "ja"),
        ]),
        ("Hantera klagomål/synpunkter", [
            ("Risk att enstaka klagomål och synpunkter inte tas tillvara och att återkoppling saknas", "9",
             "Övergripande riktlinje samt lokala rutiner för synpunktshantering finns och är kända.",
             "Hanteras genom granskning i internkontrollplanen 2025.", "",
             "Resultatet av granskningen redovisas separat i rapporten Granskning av synpunkter och klagomål 2025, "
             "se bilaga 2.",
             "OKLAR", ""),
        ]),
        ("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer, kontaktpersoner)", [
            ("Risk för låg kvalitet hos våra uppdragstagare, vilket medför att barn eller vuxna far illa eller "
             "får bristande stöd.", "8",
             "Gemensamt resursregister i verksamhetssystemet. Utpekade funktioner ansvarar för utredning och "
             "godkännande av uppdragstagare samt uppföljning gentemot dem.",
             "Hanteras 2025 genom genomlysning av processen för rekrytering och godkännande av uppdragstagare.",
             "Nej", "Arbetet är försenat på grund av vakanser och är framskjutet till våren 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Återsökning Migrationsverket", [
            ("Risk att socialnämnden går miste om statliga medel.", "9",
             "Rutin för återsökning finns och kvartalsvis avstämning av att ansökningar skickats in i tid.",
             "Hanteras genom kontroll varje kvartal av ekonom.", "Ja",
             "Rutinen är reviderad och kvartalsvis avstämning har gjorts. En ansökan för kvartal 2 skickades in "
             "för sent och cirka 180 tkr har gått förlorade.",
             "GENOMFORD", "ja"),
        ]),
        ("Hantering egenavgifter", [
            ("Socialnämnden går miste om intäkter inom IFO", "9",
             "Stickprovskontroll av debitering av egenavgifter, 20 ärenden per halvår.",
             "Hanteras genom kontroll och pågående utvecklingsarbete.", "Delvis",
             "Stickprovet för första halvåret är genomfört utan anmärkning. Höstens stickprov har inte hunnit "
             "genomföras och görs i januari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Följsamhet basal hygien", [
            ("Risk för låg följsamhet till basal hygien, vilket kan medföra smittorisker", "9",
             "Riktlinje och rutin för basal hygien finns. Observationsmätningar (PPM-BHK) genomförs två gånger "
             "per år.",
             "Hanteras genom utvecklingsarbete och fortsatta observationsmätningar.", "Ja",
             "Ja. Mätningarna i april och oktober är genomförda. Följsamheten till samtliga hygienrutiner var "
             "78 %, vilket är en förbättring men under målet 90 %. Brister noterades främst gällande arbetskläder "
             "och smycken.",
             "GENOMFORD", "ja"),
        ]),
    ]
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Norrvik kommun\tSocialförvaltningen\t2025-12-10"
    fix_doc(doc, "Helårsuppföljning av kritiska risker 2025", "Socialförvaltningen")
    doc.add_heading("Helårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025", level=1)
    doc.add_paragraph("Dnr SN 2025/0412")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kapitlet 6 § ska nämnderna se till att verksamheten bedrivs i enlighet med de mål "
        "och riktlinjer som fullmäktige har bestämt samt de bestämmelser i lag eller annan författning som gäller "
        "för verksamheten. De ska också se till att den interna kontrollen är tillräcklig och att verksamheten "
        "bedrivs på ett i övrigt tillfredsställande sätt.")
    doc.add_paragraph(
        "Nämnden har för 2025 antagit en internkontrollplan som anger sju kritiska risker som ska granskas "
        "och/eller hanteras på annat sätt. För att säkerställa ett systematiskt arbetssätt sker återkoppling dels "
        "av risker som ska granskas, dels av risker som bedömts som kritiska men där hanteringen sker i annan "
        "planering.")
    doc.add_heading("Uppföljning 2025", level=2)
    doc.add_paragraph(
        "I nämndens bruttolista har 22 risker tagits fram och bedömts. Sju av dessa har fått ett riskvärde som "
        "värderar risken som kritisk. Risker med lägre riskvärde omhändertas inom ramen för verksamhetens "
        "ordinarie systematiska förbättringsarbete. I tabellen nedan redovisas om den hantering som angivits i "
        "internkontrollplanen följts eller ej samt en beskrivning av genomförda och planerade aktiviteter.")
    doc.add_paragraph(
        "En av de kritiska riskerna hanteras genom granskning i internkontrollplanen. Resultatet av granskningen "
        "redovisas separat till nämnden i rapporten Granskning av synpunkter och klagomål 2025.")
    doc.add_page_break()
    hdr = ["Ansvarsområde/\nprocess", "Risk i verksamheten för att inte kunna säkerställa utförandet av "
           "ansvarsområde/process", "Risk-\nvärde", "Befintliga åtgärder/kontrollmoment",
           "Ställningstagande av hantering (planering)", "Följer plan:", "Kommentar:"]
    nrows = 1 + sum(len(x[1]) for x in data)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True, size=9)
        shade(t.rows[0].cells[j], "D9D9D9")
    repeat_header(t.rows[0])
    r = 1
    for proc, risks in data:
        first = r
        for (risk, rv, km, stall, foljer, komm, e, a) in risks:
            cells = t.rows[r].cells
            for j, v in enumerate((None, risk, rv, km, stall, foljer, komm)):
                if j:
                    set_cell(cells[j], v, size=9)
            exp(fil, namnd, km, e, a)
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, proc, size=9)
    widths = (Cm(3.2), Cm(4.2), Cm(1.3), Cm(5.2), Cm(4.6), Cm(1.6), Cm(5.9))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammanfattningsvis följer fem av sju kritiska risker beslutad planering. En risk följer planeringen "
        "delvis och en är försenad till 2026.")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - xlsx, group rows, risk matrix, T1/T2/Helår codes + legend
# ---------------------------------------------------------------------------
def f3_bun():
    fil = "BUN IK-plan 2025 uppföljning T3.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    groups = [
        ("1. Ekonomiadministration", [
            ("1.1", "Inköp", "Inköp görs utanför avtal", 3, 4,
             "Kontroll av avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
             "Stickprov 20 fakturor per tertial", "Tertial", "Controller", "G", "G", "GA",
             "Två av 20 fakturor i T3 avsåg inköp av kontorsmaterial från leverantör utan avtal. Berörd rektor "
             "är informerad.", "GENOMFORD", "ja"),
            ("1.2", "Attest", "Fakturor attesteras av fel person eller utan underlag", 2, 4,
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per tertial",
             "Tertial", "Ekonom", "G", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Representation", "Representation sker i strid med kommunens riktlinjer", 2, 3,
             "Kontroll av att representation och personalfester följer kommunens riktlinjer",
             "Genomgång av samtliga konteringar på konto 7610–7630", "Helår", "Controller", "–", "–", "", "",
             "SAKNAS", ""),
        ]),
        ("2. Personal", [
            ("2.1", "Rekrytering", "Anställning sker utan kontroll av belastningsregistret", 2, 5,
             "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning i förskola och skola",
             "Stickprov 15 anställningar per tertial", "Tertial", "HR-specialist", "G", "G", "P",
             "Stickprovet för T3 pågår och blir klart i januari 2026.", "DELVIS", ""),
            ("2.2", "Arbetsmiljö", "Brister i det systematiska arbetsmiljöarbetet", 3, 3,
             "Uppföljning av att skyddsronder genomförts på samtliga skolenheter",
             "Sammanställning av rektorernas rapportering", "Helår", "Förvaltningschef", "–", "–", "G",
             "Skyddsronder är genomförda på 14 av 14 enheter.", "GENOMFORD", "nej"),
            ("2.3", "Lönehantering", "Felaktiga löneutbetalningar till timavlönade", 3, 3,
             "Kontroll av tidrapporter för timavlönade mot schema", "Stickprov 20 tidrapporter", "Tertial",
             "Lönehandläggare", "G", "U", "U",
             "Utgår från T2. Kontrollen har flyttats till kommunstyrelsens plan (Lönecenter) enligt beslut "
             "BUN 2025-05-20 §58.", "UTGAR", ""),
        ]),
        ("3. Verksamhet och myndighetsutövning", [
            ("3.1", "Skolplikt", "Elever med problematisk frånvaro uppmärksammas inte i tid", 3, 5,
             "Kontroll av att rutin för anmälan och utredning av upprepad frånvaro följs",
             "Genomgång av frånvarorapporter i Skolplattformen", "Tertial", "Utvecklingsledare", "P", "P", "GA",
             "Rutinen följs på samtliga enheter utom Ängsskolan, där utredning inleddes för sent i tre fall. "
             "Rektor har upprättat en handlingsplan.", "GENOMFORD", "ja"),
            ("3.2", "Kränkande behandling", "Anmälningar om kränkande behandling utreds inte skyndsamt", 3, 4,
             "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt",
             "Stickprov 10 ärenden per tertial", "Tertial", "Kvalitetsstrateg", "G", "G", "",
             "Kontrollen för T3 är genomförd. 10 av 10 ärenden utreddes inom föreskriven tid.",
             "GENOMFORD", "nej"),
            ("3.3", "Modersmål", "Elever erbjuds inte modersmålsundervisning", 2, 3,
             "Kontroll av att beslut om modersmålsundervisning fattas och verkställs",
             "Genomgång av ansökningar och beslut", "Helår", "Verksamhetschef grundskola", "", "G", "",
             "Årlig kontroll genomförd i samband med T2, se tertialrapport 2.", "GENOMFORD", "nej"),
            ("3.4", "Skolskjuts", "Felaktiga beslut om skolskjuts", 2, 3,
             "Kontroll av att beslut om skolskjuts fattas enligt riktlinjerna", "Stickprov 20 beslut", "Helår",
             "Skolskjutssamordnare", "–", "–", "EG",
             "Ej genomförd på grund av sjukskrivning. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("4. Informationssäkerhet", [
            ("4.1", "Behörigheter", "Obehörig åtkomst till elevhälsans journaler", 3, 4,
             "Kontroll av behörigheter i elevhälsans journalsystem (PMO)", "Logguppföljning", "Tertial",
             "Verksamhetscontroller", "G", "G", "G", "Loggkontroller utan anmärkning.", "GENOMFORD", "nej"),
            ("4.2", "Dataskydd", "Personuppgifter behandlas utan rättslig grund eller sparas för länge", 2, 4,
             "Kontroll av att registerförteckningen över personuppgiftsbehandlingar är uppdaterad",
             "Genomgång av registerförteckningen", "Helår", "Dataskyddssamordnare", "–", "–", "GA",
             "Förteckningen är uppdaterad. Tre behandlingar saknade gallringsbeslut, åtgärdas under våren 2026.",
             "GENOMFORD", "ja"),
        ]),
    ]
    code_fill = {"G": "A9D08E", "GA": "E2EFDA", "P": "FFE699", "EG": "F4B084", "U": "D9D9D9"}
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ncol = 14
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    # two-level header
    top = {1: "Nr", 2: "Process/rutin", 3: "Risk", 4: "Riskbedömning", 7: "Kontrollmoment",
           8: "Metod/omfattning", 9: "Frekvens", 10: "Ansvarig", 11: "Uppföljning 2025", 14: "Kommentar/resultat helår"}
    sub = {4: "S", 5: "K", 6: "RV", 11: "T1", 12: "T2", 13: "Helår"}
    for j in range(1, ncol + 1):
        for rr in (4, 5):
            c = ws.cell(rr, j)
            c.font = BOLD
            c.fill = fill("BDD7EE")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for j, v in top.items():
        ws.cell(4, j, v)
    for j, v in sub.items():
        ws.cell(5, j, v)
    for j in (1, 2, 3, 7, 8, 9, 10, 14):
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    ws.merge_cells("D4:F4")
    ws.merge_cells("K4:M4")
    r = 5
    for gname, items in groups:
        r += 1
        c = ws.cell(r, 1, gname)
        c.font = BOLD
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("DDEBF7")
            ws.cell(r, j).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for it in items:
            r += 1
            nr, proc, risk, s, k, km, met, frekv, ans, t1, t2, hel, komm, e, a = it
            vals = [nr, proc, risk, s, k, s * k, km, met, frekv, ans, t1 or None, t2 or None, hel or None,
                    komm or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
            for j, v in ((11, t1), (12, t2), (13, hel)):
                if v in code_fill:
                    ws.cell(r, j).fill = fill(code_fill[v])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            rv = ws.cell(r, 6)
            rv.fill = fill("F8CBAD" if s * k >= 12 else ("FFE699" if s * k >= 8 else "C6EFCE"))
            exp(fil, namnd, km, e, a)
    r += 2
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    legend = [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning"), ("P", "Påbörjad/pågår"),
              ("EG", "Ej genomförd"), ("U", "Utgår"), ("–", "Ingen kontroll planerad för perioden")]
    for code, text in legend:
        r += 1
        c = ws.cell(r, 2, code)
        c.alignment = Alignment(horizontal="center")
        if code in code_fill:
            c.fill = fill(code_fill[code])
        ws.cell(r, 3, text)
    r += 1
    ws.cell(r, 1, "Riskbedömning: S = sannolikhet (1–4), K = konsekvens (1–5), RV = riskvärde (S × K).")
    r += 2
    ws.cell(r, 1, "Planen antagen av BUN 2025-01-28 §9. Helårsuppföljningen behandlas i BUN 2026-02-17.").font = \
        Font(italic=True)
    widths = (5, 16, 26, 4, 4, 5, 38, 24, 9, 16, 6, 6, 7, 48)
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.left.text = "Norrvik kommun – Barn- och utbildningsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    fix_wb(wb, "IKP 2025 BUN", "BUF Kvalitet")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - docx, Kontrollpunkt / Metod / Resultat with a) b) c), "Delår:" / "Helår:"
# ---------------------------------------------------------------------------
def f4_von():
    fil = "Uppföljning plan för intern kontroll 2025 - VON.docx"
    namnd = "Vård- och omsorgsnämnden"
    data = [
        ("1. Hot och våld", [
            ("a) Uppdatera handlingsplan vid hot och våld i samråd med säkerhetssamordnaren",
             "1 a) Resultat\nDelår: Arbetet är påbörjat.\nHelår: Handlingsplanen är uppdaterad och fastställd av "
             "förvaltningsledningen i oktober.", "GENOMFORD", "nej"),
            ("b) Ta upp handlingsplanen i samband med APT i samtliga verksamheter i förvaltningen.",
             "1 b) Resultat\nHelår: Hemtjänsten klart, särskilt boende ej klart.", "DELVIS", ""),
            ("c) Rapportera situationer då våld eller hot om våld har förekommit, vilka åtgärder som vidtogs "
             "omedelbart samt vilka åtgärder som vidtogs för att förebygga att situationen uppstår igen.",
             "1 c) Resultat\nDelår: Inga rapporter om hot och våld har inkommit.\nHelår: Elva händelser har "
             "rapporterats i KIA under hösten, varav två har polisanmälts. Handlingsplanen följdes och visade sig "
             "vara tillräcklig.", "GENOMFORD", "nej"),
        ]),
        ("2. Felaktiga utbetalningar", [
            ("Beloppskontroll av utbetalningar till externa utförare och uppdragstagare, attest. Rapportera om "
             "felaktiga utbetalningar upptäckts, vilka åtgärder som vidtogs omedelbart och vilka åtgärder som "
             "vidtogs för att förebygga att det uppstår igen.",
             "2) Resultat\nHelår: Beloppskontroll och attest görs löpande. En dubbelutbetalning till extern "
             "utförare (42 tkr) upptäcktes i september och har återkrävts. Attestrutinen har förtydligats.",
             "GENOMFORD", "ja"),
        ]),
        ("3. Otillbörlig åtkomst av enskilda ärenden/uppgifter", [
            ("a) Upprätta rutin för beställning av behörighet i verksamhetssystemet Treserva",
             "3 a) Resultat\nDelår: Rutin för beställning av behörighet har upprättats.", "GENOMFORD", "nej"),
            ("b) Kontroll av loggar i verksamhetssystemet, 20 slumpvis valda brukare per månad. Rapportera om "
             "otillbörlig åtkomst upptäcks och vilka åtgärder som vidtogs.",
             "3 b) Resultat\nHelår: Den planerade loggkontrollen har inte genomförts eftersom fokus har legat på "
             "att arbeta fram den nya rutinen. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("4. Läkemedelshantering", [
            ("a) Kontroll av att signeringslistor för läkemedel är fullständigt ifyllda (stickprov på samtliga "
             "särskilda boenden)",
             "4 a) Resultat\nDelår: Stickprov på 3 av 6 boenden, fyra osignerade administreringar.\nHelår: "
             "Stickprov genomfört på samtliga 6 boenden. Sammanlagt nio osignerade administreringar. "
             "Avvikelserna är rapporterade och åtgärdade av MAS.", "GENOMFORD", "ja"),
            ("b) Årlig kvalitetsgranskning av läkemedelshanteringen av farmaceut",
             "4 b) Resultat\nHelår: Se bilaga 3.", "OKLAR", ""),
        ]),
        ("5. Ej tillsatta vakanser/svårt att hitta vikarier, utbildad personal", [
            ("a) Upprätta plan för kompetensförsörjning tillsammans med HR.",
             "5 a) Resultat\nDelår: Planen är under framtagande tillsammans med HR och de fackliga "
             "organisationerna.\nHelår: Planen är klar och beslutades av nämnden i november "
             "(VON 2025-11-19 §121).", "GENOMFORD", "nej"),
            ("b) Redovisa antal vakanser som inte tillsatts utifrån kompetensbrist och vad det innebar för "
             "verksamheten.", "5 b) Resultat", "SAKNAS", ""),
            ("c) Kontroll av att introduktion enligt checklista genomförs för nyanställda och timvikarier.",
             "5 c) Resultat\nHelår: Utgår enligt beslut i nämnden 2025-06-11 §74, ersätts av ny "
             "introduktionsmodell.", "UTGAR", ""),
        ]),
    ]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen\tNorrvik kommun"
    sec.footer.paragraphs[0].text = "Dnr VON 2025/0033"
    fix_doc(doc, "Uppföljning av plan för intern kontroll 2025", "Vård- och omsorgsförvaltningen")
    p = doc.add_paragraph()
    rr = p.add_run("Uppföljning av Plan för intern kontroll 2025")
    rr.bold = True
    rr.font.size = Pt(16)
    doc.add_paragraph("Uppföljningsperiod: januari–december 2025")
    nrows = 1 + sum(len(x[1]) for x in data)
    t = doc.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Kontrollpunkt", "Metod", "Resultat")):
        set_cell(t.rows[0].cells[j], h, bold=True)
    repeat_header(t.rows[0])
    r = 1
    for kp, items in data:
        first = r
        for metod, res, e, a in items:
            set_cell(t.rows[r].cells[1], metod)
            set_cell(t.rows[r].cells[2], res)
            exp(fil, namnd, metod, e, a)
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, kp, bold=True)
    for row in t.rows:
        for j, w in enumerate((Cm(3.5), Cm(6.5), Cm(7.0))):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 3: Farmaceutisk granskning av läkemedelshantering 2025 (separat dokument).")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .ods, status only as a colour fill, legend on top
# ---------------------------------------------------------------------------
def f5_kfn(tmpdir):
    fil = "KFN uppföljning internkontroll 2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    data = [
        ("Förvaltning av lokala verksamhetssystem", [
            ("Om behov av IT-support för boknings- och kassasystemet inte kan tillgodoses kan konsekvensen bli "
             "störningar i verksamheten och intäktsförluster.",
             "Uppföljning av avtal och supportnivåer för boknings- och kassasystemet", GREEN,
             "Uppföljning på dialogmöte\n\nAvtalet med leverantören av bokningssystemet har följts upp vid "
             "dialogmöte i oktober. Supportnivåerna uppfylls enligt avtalet.", "", "2025-01-15", "2025-12-31",
             "GENOMFORD", "nej"),
        ]),
        ("Möten med kund/besökare", [
            ("Störande eller hotfullt beteende mot personal eller besökare emellan, i publik verksamhet "
             "(bibliotek, simhall, fritidsgårdar)",
             "Uppföljning av det förebyggande arbetet mot hot och våld", YELLOW,
             "Enkät om förebyggande arbete inom hot och våld\n\nKartläggning har genomförts under våren på "
             "biblioteken och i simhallen. Fritidsgårdarna återstår och kartläggs i februari 2026.",
             "Slutföra kartläggningen på fritidsgårdarna", "2025-02-01", "2026-02-28", "DELVIS", ""),
            (None,
             "Kontroll av att samtliga medarbetare i publik verksamhet genomgått utbildning i hot och våld",
             GREEN,
             "Utbildning och seminarier i hot och våld\n\nSeminarieserien om sex tillfällen har genomförts. "
             "Samtliga 101 medarbetare i publik verksamhet har deltagit.", "", "2025-02-01", "2025-11-30",
             "GENOMFORD", "nej"),
        ]),
        ("Skydd av tillgångar", [
            ("Utrustning/inventarier försvinner",
             "Kontrollera inventeringar på avdelningar och enheter", YELLOW,
             "Kontroller av inventarier\n\nStickprovskontroll har genomförts på 5 av 9 enheter. Brister i "
             "inventarieförteckningarna konstaterades på två enheter (Kulturskolan och Norrviks sporthall). "
             "Arbetet fortsätter under 2026.", "Fortsatta stickprovskontroller", "2025-01-01", "2025-12-31",
             "DELVIS", "ja"),
            (None, "Kontroll av att rutiner för utlåning av utrustning tillämpas och är ändamålsenliga", RED,
             "Kontroller av rutiner\n\nKontrollen har inte genomförts under 2025 på grund av omorganisationen av "
             "fritidsavdelningen.", "Genomförs 2026", "2025-01-01", "2025-12-31", "EJ_GENOMFORD", ""),
        ]),
        ("Säkerhetsarbete", [
            ("Delar av det systematiska brandskyddsarbetet genomförs ofullständigt och oregelbundet",
             "Uppföljning av att brandskyddskontroller dokumenteras enligt SBA-rutinen", GREEN,
             "Kontroll av att rapportering av brandskyddsarbetet sker\n\nDokumentation finns för samtliga "
             "anläggningar. Två anläggningar saknade dokumenterad kontroll för kvartal 2, vilket har åtgärdats.",
             "", "2025-01-01", "2025-12-31", "GENOMFORD", "ja"),
        ]),
        ("Upphandlade varor och tjänster", [
            ("Bristande avtalstrohet avseende ramavtal",
             "Kontroll av inköp över 100 tkr per leverantör mot avtalsdatabasen", GREEN,
             "Uppföljning av inköp\n\nKontroll av inköp över 100 tkr från en och samma leverantör har "
             "genomförts. Samtliga inköp fanns i avtalsdatabasen, inga avvikelser.", "", "2025-01-22",
             "2025-12-31", "GENOMFORD", "nej"),
        ]),
        ("Föreningsbidrag", [
            ("Bidrag betalas ut på felaktiga grunder",
             "Stickprovskontroll av att aktivitetsstöd till föreningar grundas på korrekta deltagarlistor", None,
             "Kontrollen har inte genomförts. Reglerna för föreningsbidrag revideras och kontrollen flyttas till "
             "2026 års plan.", "Ny kontroll i plan 2026", "2025-03-01", "2025-10-31", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhetsplanering", [
            ("Bristande verksamhetsplanering och schemaläggning (Kulturskolan)",
             "Kontrollera att inbyggda kontroller i schemaläggningen tillämpas", GREY,
             "Rutiner och kontroll\n\nUtgår. Kulturskolan har infört nytt schemasystem och kontrollmomentet har "
             "ersatts enligt beslut KFN 2025-04-09 §37.", "", "2025-08-10", "2025-10-31", "UTGAR", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplanen 2025 – årsbokslut"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status anges med färg i kolumnen Status:"
    for col, (hx, txt) in zip("BCDE", ((GREEN, "Grön = genomförd"), (YELLOW, "Gul = delvis genomförd"),
                                         (RED, "Röd = ej genomförd"), (GREY, "Grå = utgår"))):
        c = ws[col + "3"]
        c.value = txt
        c.fill = fill(hx)
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Status", "Resultat", "Förbättringsåtgärder",
           "Startdatum", "Slutdatum"]
    r = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        c.fill = fill("D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    for proc, items in data:
        first = r + 1
        last_risk_row = None
        for risk, km, colour, res, atg, start, slut, e, a in items:
            r += 1
            vals = [proc if r == first else None, risk, km, None, res, atg or None,
                    datetime.date.fromisoformat(start), datetime.date.fromisoformat(slut)]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if j in (7, 8):
                    c.number_format = "YYYY-MM-DD"
            if colour:
                ws.cell(r, 4).fill = fill(colour)
            if risk is None and last_risk_row is not None:
                ws.merge_cells(start_row=last_risk_row, start_column=2, end_row=r, end_column=2)
            elif risk is not None:
                last_risk_row = r
            exp(fil, namnd, km, e, a)
        if r > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    r += 2
    ws.cell(r, 1, "Kommentarer:").font = BOLD
    ws.cell(r + 1, 1, "De uppföljningar som visar gult (delvis genomfört) bedöms som inte helt tillfredsställande. "
                      "Inom processen Skydd av tillgångar har kontrollarbetet utförts i begränsad omfattning och "
                      "förbättringar av inventarieförteckningarna behöver ske. Kontrollerna finns med även i "
                      "internkontrollplanen 2026.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(r + 1, 1).alignment = WRAP
    ws.row_dimensions[r + 1].height = 45
    for col, w in zip("ABCDEFGH", (22, 32, 34, 8, 55, 24, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    fix_wb(wb, "Uppföljning internkontroll 2025", "KFF Administration")
    src = os.path.join(tmpdir, "KFN uppföljning internkontroll 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "ods",
                    "--outdir", OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil)), "ods conversion failed"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys-like export, two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def f6_export():
    fil = "Export_Internkontroll_Stratsys_20260114.xlsx"
    GUA, GMA, PAG, EP, EG, UT = ("Genomförd utan anmärkning", "Genomförd med anmärkning", "Pågående",
                                 "Ej påbörjad", "Ej genomförd", "Utgår")
    # (enhet, register name, område, kontrollmoment, ansvarig, frekvens, [(period, status, kommentar, ändrad)], exp, avv)
    data = [
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Bygglov",
         "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "Tertial", [("T1 2025", GUA, "Samtliga 48 beslut inom tidsfrist.", "2025-05-06"),
                     ("T2 2025", GUA, "Samtliga 61 beslut inom tidsfrist.", "2025-09-09"),
                     ("Helår 2025", GUA, "Samtliga 52 beslut under september–december inom tidsfrist.",
                      "2026-01-08")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Delegation",
         "Stickprov av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertial",
         [("T1 2025", GUA, "", "2025-05-02"), ("T2 2025", GUA, "", "2025-09-04"),
          ("Helår 2025", GMA, "Två beslut om strandskyddsdispens från oktober hade inte anmälts. Anmäls till "
                              "nämnden i januari 2026.", "2026-01-12")], "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Detaljplanering",
         "Kontroll av att planavtal tecknas innan planarbete påbörjas", "Planchef", "Årligen",
         [("Helår 2025", EG, "Kontrollen har inte hunnits med under året.", "2026-01-13")], "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Tillsyn",
         "Kontroll av att ärenden om olovligt byggande handläggs enligt tillsynsplanen", "Byggnadsinspektör",
         "Halvår", [("T2 2025", PAG, "Genomgång av öppna tillsynsärenden påbörjad, 23 av 57 ärenden granskade.",
                     "2025-09-10"),
                    ("Helår 2025", "", "", "")], "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Avgifter",
         "Kontroll av att debitering av plan- och bygglovsavgifter sker enligt taxan", "Ekonom", "Årligen",
         [("Helår 2025", GUA, "Stickprov 30 ärenden, samtliga korrekt debiterade.", "2026-01-09")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Kart och mät",
         "Kontroll av att nybyggnadskartor levereras inom avtalad tid", "Mätningschef", "Årligen",
         [("Helår 2025", UT, "Verksamheten har övergått till Lantmäteriet från 2025-03-01.", "2025-03-04")],
         "UTGAR", ""),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "Investeringar",
         "Uppföljning av att investeringsprojekt över 5 mnkr har slutredovisats till nämnden", "Controller",
         "Årligen", [("Helår 2025", GMA, "Fyra av sju avslutade projekt är slutredovisade. Rutinen för "
                                         "slutredovisning ska förtydligas.", "2026-01-11")], "GENOMFORD", "ja"),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "Fordon",
         "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare", "Tertial",
         [("T1 2025", GUA, "", "2025-05-05"), ("T2 2025", PAG, "Kontrollen pågår.", "2025-09-08"),
          ("Helår 2025", GUA, "Samtliga 38 fordon kontrollerade.", "2026-01-07")], "GENOMFORD", "nej"),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "VA-debitering",
         "Kontroll av att mätaravläsningar och VA-debitering stämmer mot kundregistret", "VA-ekonom", "Tertial",
         [("T1 2025", EP, "", "2025-05-05"),
          ("T2 2025", PAG, "Avstämning påbörjad för 200 kunder.", "2025-09-08"),
          ("Helår 2025", PAG, "Avstämning klar för 420 av 600 kunder. Hittills har sex felaktiga debiteringar "
                              "upptäckts och korrigerats.", "2026-01-13")], "DELVIS", "ja"),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "Kost",
         "Kontroll av att specialkost hanteras enligt rutin i skolkök och äldreboenden", "Kostchef", "Halvår",
         [("T2 2025", GUA, "", "2025-09-02"),
          ("Helår 2025", EG, "Ej genomförd p.g.a. personalbrist under hösten.", "2026-01-10")],
         "EJ_GENOMFORD", ""),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "Gata/park",
         "Kontroll av att entreprenörens fakturor för snöröjning stämmer mot utförda utryckningar", "Gatuchef",
         "Årligen", [("Helår 2025", UT, "Nytt avtal från 2025-11-01, kontrollen ingår i avtalsuppföljningen.",
                      "2025-11-20")], "UTGAR", ""),
        ("Teknik- och serviceförvaltningen", "Tekniska nämnden", "Lokalvård",
         "Kontroll av kvalitet i lokalvård enligt INSTA 800", "Servicechef", "Tertial",
         [("T1 2025", GUA, "", "2025-05-06"), ("T2 2025", GUA, "", "2025-09-09"),
          ("Helår 2025", GUA, "", "2026-01-09")], "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Utskriftsdatum: 2026-01-14 08:42"
    ws["A3"] = "Urval: Samhällsbyggnadsförvaltningen; Teknik- och serviceförvaltningen | Period: 2025"
    hdr = ["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Frekvens", "Period", "Status", "Kommentar",
           "Senast ändrad"]
    r = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        c.fill = fill("1F4E78")
        c.font = Font(bold=True, color="FFFFFF")
    for enh, reg, omr, km, ans, frek, periods, e, a in data:
        for per, status, komm, andrad in periods:
            r += 1
            vals = [enh, omr, km, ans, frek, per, status or None, komm or None,
                    datetime.date.fromisoformat(andrad) if andrad else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                if j == 9 and v:
                    c.number_format = "YYYY-MM-DD"
        exp(fil, reg, km, e, a)
    ws.auto_filter.ref = "A5:I%d" % r
    for col, w in zip("ABCDEFGHI", (30, 16, 60, 18, 9, 11, 26, 70, 13)):
        ws.column_dimensions[col].width = w
    fix_wb(wb, "Rapport", "Stratsys")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden - docx, assessment + "Process:" blocks with repeated header
# ---------------------------------------------------------------------------
def f7_mhn():
    fil = "Miljö- och hälsoskyddsnämnden - uppföljning intern kontroll 2025.docx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    blocks = [
        ("1.1 Norrvik har en god livsmiljö och säkra livsmedel", "Livsmedelskontroll",
         "Kontroll enligt fastställd kontrollplan", "Uppföljning av planerade livsmedelskontroller",
         "Enhetschef kontrollerar att planerade livsmedelskontroller genomförts enligt kontrollplanen varje tertial",
         "VB: 312 av 330 planerade kontroller har genomförts (95 %). De 18 kontroller som inte hunnits med avser "
         "lågriskobjekt och förs över till 2026.\nT2: 205 av 220 planerade kontroller genomförda.\nT1: Kontroller "
         "genomförda enligt plan.", "GENOMFORD", "ja"),
        (None, "Debitering av tillsynsavgifter", "Avstämning av fakturerade avgifter mot ärendesystemet",
         "Avstämning av debitering",
         "Miljöekonom stämmer av att samtliga tillsynsbesök har debiterats, två gånger per år",
         "VB: Avstämning genomförd i juni och december. Inga avvikelser har noterats.", "GENOMFORD", "nej"),
        ("2.1 Nämnden har en effektiv och rättssäker handläggning",
         "Delegationsbeslut anmäls till nämnden i enlighet med kommunallagens bestämmelser",
         "Löpande anmälan av delegationsbeslut inför nämndsammanträden",
         "Stickprovskontroller av delegationsbeslut vid T1, T2 och VB",
         "Nämndsekreterare stämmer av att delegationsbeslut i Ecos har rapporterats till nämnden",
         "VB: Stickprov för september–december. Två beslut om föreläggande hade inte rapporterats till nämnden; "
         "de rapporteras i februari 2026.\nT2: Ingen diskrepans mellan diariet och rapporten till nämnden.\nT1: "
         "Ingen diskrepans.", "GENOMFORD", "ja"),
        (None, "Handläggning av ansökningar om enskilda avlopp", "Handläggning enligt fastställd rutin",
         "Uppföljning av handläggningstider",
         "Enhetschef kontrollerar att tillstånd för enskilda avlopp beslutas inom 8 veckor från komplett ansökan",
         "VB: Uppföljningen har påbörjats men ärendesystemet saknar datum för komplett ansökan i en del ärenden. "
         "Hittills granskade 40 ärenden visar att 35 beslutades inom 8 veckor.", "DELVIS", "ja"),
        (None, "Förebygga jäv och otillåten påverkan", "Årlig jävsdeklaration för inspektörer",
         "Jävsdeklaration",
         "Förvaltningschef kontrollerar att samtliga inspektörer lämnat årlig jävsdeklaration",
         "VB: Kontrollen har inte genomförts under året.", "EJ_GENOMFORD", ""),
        ("3.1 Nämnden har ett systematiskt informationssäkerhetsarbete", "Behörighetsstyrning i Ecos",
         "Behörigheter beställs via rutin", "Behörighetsgenomgång",
         "Systemförvaltare kontrollerar att behörigheterna i Ecos motsvarar aktuella roller varje tertial",
         "T2: Genomgång gjord utan anmärkning.\nT1: Genomgång gjord, två konton för avslutade anställningar har "
         "spärrats.", "GENOMFORD", "nej"),
        (None, "Provtagning av dricksvatten vid små anläggningar", "Provtagning enligt provtagningsschema",
         "Uppföljning av provtagningsschemat",
         "Miljöinspektör kontrollerar att dricksvattenprover tagits enligt provtagningsschemat",
         "", "SAKNAS", ""),
    ]
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Miljöförvaltningen\tTjänsteutlåtande\tDnr MHN 2026/0007"
    sec.footer.paragraphs[0].text = "Norrvik kommun"
    fix_doc(doc, "Verksamhetsberättelse 2025 – intern kontroll", "Miljöförvaltningen")
    p = doc.add_paragraph()
    r_ = p.add_run("Miljö- och hälsoskyddsnämnden – verksamhetsberättelse 2025, bilaga 3")
    r_.bold = True
    r_.font.size = Pt(13)
    t0 = doc.add_table(rows=1, cols=2)
    t0.style = "Table Grid"
    set_cell(t0.rows[0].cells[0], "Bedömning av nämndens interna kontroll", bold=True)
    set_cell(t0.rows[0].cells[1], "Tillräcklig")
    shade(t0.rows[0].cells[1], "C6EFCE")
    doc.add_heading("Analys", level=3)
    doc.add_paragraph(
        "Miljö- och hälsoskyddsnämnden bedömer att den interna kontrollen under år 2025 har varit tillräcklig. "
        "Bedömningen grundar sig på att en väsentlighets- och riskanalys har tagits fram och att en "
        "internkontrollplan med kontrollaktiviteter har upprättats och följts upp. Vid avvikelser har dessa "
        "hanterats.")
    doc.add_paragraph("Nämnden fastställde sju kontrollaktiviteter i internkontrollplanen för år 2025 som omfattar:")
    for proc in ("Livsmedelskontroll", "Debitering av tillsynsavgifter", "Delegationsbeslut",
                 "Handläggning av enskilda avlopp", "Jäv och otillåten påverkan", "Behörighetsstyrning i Ecos",
                 "Provtagning av dricksvatten"):
        doc.add_paragraph(proc, style="List Bullet")
    doc.add_paragraph(
        "De avvikelser och förbättringsområden som uppmärksammats samt åtgärder som vidtas beskrivs nedan.")
    doc.add_heading("Uppföljning av nämndens internkontrollplan", level=2)
    doc.add_paragraph("Nämndens planerade uppföljning av den löpande kontrollen")
    for goal, proc, arb, syst, ka, res, e, a in blocks:
        if goal:
            pg = doc.add_paragraph()
            rg = pg.add_run(goal)
            rg.bold = True
        pp = doc.add_paragraph()
        rp = pp.add_run("Process: " + proc)
        rp.bold = True
        rp.italic = True
        t = doc.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet")):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "E7E6E6")
        set_cell(t.rows[1].cells[0], arb)
        set_cell(t.rows[1].cells[1], syst)
        set_cell(t.rows[1].cells[2], ka)
        m = t.rows[2].cells[0].merge(t.rows[2].cells[2])
        set_cell(m, "Beskrivning och resultat av kontrollaktivitet:" + ("\n" + res if res else ""))
        m.paragraphs[0].runs[0].bold = True
        for row in t.rows[:2]:
            for j, w in enumerate((Cm(5.0), Cm(5.0), Cm(15.5))):
                row.cells[j].width = w
        exp(fil, namnd, ka, e, a)
        doc.add_paragraph()
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Norrviks Bostads AB - xlsx, instruction sheet + tick columns
# ---------------------------------------------------------------------------
def f8_bolag():
    fil = "Norrvikshem internkontroll 2025 - rapport till styrelsen.xlsx"
    namnd = "Norrviks Bostads AB"
    rows = [
        ("Hyresadministration", "Kontroll av att hyresavier stämmer mot gällande hyresavtal (stickprov 30 lägenheter)",
         "Ekonomichef", "X", "", "Nej", "Inga felaktigheter.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Uppföljning av hyresfordringar och inkassoärenden", "Ekonomichef", "X", "", "Ja",
         "Två ärenden hade inte överlämnats till inkasso enligt rutin.", "GENOMFORD", "ja"),
        ("Uthyrning", "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Uthyrningschef",
         "X", "X", "", "", "OKLAR", ""),
        ("Fastighetsförvaltning", "Kontroll av att OVK-besiktningar är genomförda enligt besiktningsplan",
         "Förvaltningschef", "X", "", "Ja", "OVK ej godkänd i tre fastigheter, åtgärder är beställda.",
         "GENOMFORD", "ja"),
        ("Fastighetsförvaltning", "Kontroll av att lagstadgade hissbesiktningar är utförda", "Förvaltningschef",
         "X", "", "Nej", "", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av att inköp över direktupphandlingsgränsen har upphandlats enligt LOU",
         "Inköpsansvarig", "", "X", "", "Skjuts till kvartal 1 2026 på grund av byte av ekonomisystem.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsansvarig", "X", "", "Nej",
         "Stickprov 40 fakturor.", "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att bisysslor har redovisats av samtliga anställda", "HR-ansvarig", "", "", "",
         "Pågår, 38 av 52 redovisningar har kommit in.", "DELVIS", ""),
        ("IT", "Kontroll av behörigheter i fastighetssystemet", "IT-ansvarig", "", "", "", "", "SAKNAS", ""),
        ("Ekonomi", "Kontroll av representation mot bolagets riktlinjer", "VD", "X", "", "Nej",
         "Genomgång av samtliga representationsfakturor.", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    instr = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "1. Markera med X i kolumnen Genomförd eller Ej genomförd.",
        "2. Ange Ja eller Nej i kolumnen Avvikelse.",
        "3. Beskriv resultat och eventuella åtgärder i kolumnen Kommentar.",
        "4. Rapporten lämnas till VD senast 2026-01-23 och behandlas av styrelsen 2026-02-12.",
    ]
    for i, line in enumerate(instr, 1):
        wi.cell(i, 1, line)
    wi["A1"].font = Font(bold=True, size=12)
    wi.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Uppföljning 2025")
    ws["A1"] = "Norrviks Bostads AB (Norrvikshem)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Styrelsemöte 2026-02-12, ärende 6"
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)",
           "Kommentar"]
    r = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        c.fill = fill("FCE4D6")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    first = r + 1
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + [v or None for v in row[:7]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j in (1, 5, 6, 7) else None)
        exp(fil, namnd, row[1], row[7], row[8])
    r += 1
    ws.cell(r, 3, "Antal").font = BOLD
    ws.cell(r, 5, '=COUNTIF(E%d:E%d,"X")' % (first, r - 1)).font = BOLD
    ws.cell(r, 6, '=COUNTIF(F%d:F%d,"X")' % (first, r - 1)).font = BOLD
    ws.cell(r, 7, '=COUNTIF(G%d:G%d,"Ja")' % (first, r - 1)).font = BOLD
    r += 2
    ws.cell(r, 1, "Sammanställt av: Karin Holmqvist, ekonomichef, 2026-01-21")
    for col, w in zip("ABCDEFGH", (5, 20, 55, 18, 11, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_wb(wb, "Internkontroll 2025", "Norrvikshem")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. File to reject: covering letter (missiv) from Socialförvaltningen
# ---------------------------------------------------------------------------
def f9_missiv():
    fil = "Missiv IK helår 2025 Socialnämnden.docx"
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "Norrvik kommun\tSocialförvaltningen"
    fix_doc(doc, "Missiv", "Socialförvaltningen")
    doc.add_paragraph("2025-12-18")
    doc.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen\nFrån: Socialförvaltningen, "
                      "stab och administration")
    p = doc.add_paragraph()
    rr = p.add_run("Översändande av Socialnämndens helårsuppföljning av internkontrollplan 2025")
    rr.bold = True
    rr.font.size = Pt(13)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens helårsuppföljning av internkontrollplanen 2025. Nämnden behandlade "
        "ärendet vid sitt sammanträde 2025-12-17, § 148, och beslutade att godkänna uppföljningen samt att "
        "överlämna den till kommunstyrelsen.")
    doc.add_paragraph(
        "Uppföljningen omfattar nämndens sju kritiska risker. Resultatet av granskningen av synpunkter och "
        "klagomål redovisas i en separat rapport som skickas i samband med verksamhetsberättelsen.")
    doc.add_paragraph("Bilagor:")
    doc.add_paragraph("Helårsuppföljning kritiska risker SN 2025.docx", style="List Bullet")
    doc.add_paragraph("Protokollsutdrag SN 2025-12-17 § 148", style="List Bullet")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Mikael Berg\nNämndsekreterare, Socialförvaltningen\nmikael.berg@norrvik.se")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Teknik- och serviceförvaltningen|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Norrviks Bostads AB", "Norrvikshem|Norrvikshem AB|NBAB"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r185_")
    try:
        f1_ks()
        f2_sn()
        f3_bun()
        f4_von()
        f5_kfn(tmpdir)
        f6_export()
        f7_mhn()
        f8_bolag()
        f9_missiv()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
