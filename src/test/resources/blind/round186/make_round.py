#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r186 - Ålsta kommun, delår 2025.

Theme: follow-ups that went through copy and paste (PDF -> Excel, Word table with a
continuation row, an e-mail with a plain-text list, a tab-separated .txt pasted from a
system) plus three ordinary Excel/Word follow-ups and one file to reject.

Run:  /usr/bin/python3 make_round.py     (writes everything next to this script)
"""
import csv
import io
import os
import re
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
PERIOD = "DELAR"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def p(name):
    return os.path.join(OUT, name)


FIXED_ZIP_TIME = (2025, 9, 8, 10, 0, 0)
FIXED_ISO = "2025-09-08T10:00:00Z"


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_ISO, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden: table copied from a PDF into Excel
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN uppföljning IK delår 2025 (kopierat från pdf).xlsx"
    n = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"

    def put(row, col0, values):
        for i, v in enumerate(values):
            if v is not None and v != "":
                ws.cell(row=row, column=col0 + i, value=v)

    r = 1
    put(r, 1, ["Uppföljning av internkontrollplan 2025 – delårsbokslut"]); r += 1
    put(r, 1, ["Kultur- och fritidsnämnden"]); r += 1
    put(r, 1, ["Dnr KFN 2025/0142"]); r += 1
    r += 1
    # header broken over two rows, as the PDF header cells wrapped
    header1 = ["Process", "Kontrollmoment", "Metod/", "Ansvarig", "Status", "Kommentar/åtgärd"]
    header2 = ["", "", "omfattning", "", "delår", ""]
    put(r, 1, header1); r += 1
    put(r, 1, header2); r += 1

    # page 1, pasted at A1 -------------------------------------------------
    rows_p1 = [
        ["Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller", "Genomförd", "Inga avvikelser noterade."],
        ["", "Kontantkassor på bibliotek och simhall stäms av", "Genomgång av", "Ekonom", "Genomförd med", "Kassan på Ålsta simhall saknade"],
        ["", "månadsvis", "avstämningar mars–juni", "", "anmärkning", "avstämning för april. Rutinen har"],
        ["", "", "", "", "", "förtydligats för personalen."],
        ["Bidrag", "Kontroll av att bidrag till föreningar betalas ut", "10 utbetalningar", "Föreningskonsulent", "Genomförd", "Samtliga granskade utbetalningar"],
        ["", "enligt gällande bidragsregler och beslut", "granskas", "", "", "överensstämmer med beslut."],
        ["", "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "Stickprov 5 föreningar", "Föreningskonsulent", "Delvis genomförd", "Två av fem föreningar kontrollerade,"],
        ["", "", "", "", "", "inga fel. Resterande görs under hösten."],
    ]
    for row in rows_p1:
        put(r, 1, row); r += 1
    # control 5: the empty cell before the status was kept by the paste -> status lands in F, comment in G
    put(r, 1, ["Verksamhet", "Lokaluthyrning: fakturering sker för samtliga bokningar i bokningssystemet",
               "Jämförelse bokningar", "Fritidschef", "", "Ej genomförd", "Har inte hunnits med p.g.a. vakans."]); r += 1
    put(r, 1, ["", "", "och fakturor maj", "", "", "", "Flyttas till tertial 3."]); r += 1
    r += 1
    put(r, 1, ["Sida 1 av 2"]); r += 1
    r += 1
    # page 2, pasted one column to the right (at B) -------------------------
    put(r, 2, header1); r += 1
    put(r, 2, header2); r += 1
    rows_p2 = [
        ["", "Systematiskt brandskyddsarbete (SBA) genomförs i kulturhuset och sporthallarna", "Egenkontroll enligt", "Fastighetsansvarig", "Genomförd", "Brister i utrymningsskyltning i"],
        ["", "", "checklista", "", "", "Ålstahallen, åtgärdade i juni."],
    ]
    for row in rows_p2:
        put(r, 2, row); r += 1
    # control 7: Ansvarig was empty in the PDF and the paste dropped it -> status under Ansvarig
    put(r, 2, ["Personal", "Utdrag ur belastningsregistret kontrolleras vid anställning i verksamhet med barn",
               "Kontroll vid nyanställning", "Genomförd", "Kontrollerat för samtliga 14 sommarvikarier, inga anmärkningar."]); r += 1
    rows_p2b = [
        ["Information", "Diarieföring av inkomna handlingar sker inom fem arbetsdagar", "Stickprov 15 ärenden", "Nämndsekreterare", "Pågår", "Stickprovet påbörjades i augusti."],
        ["", "Hantering av personuppgifter i bokningssystemet enligt GDPR", "", "Dataskyddsombud", "Utgår", "Kontrollen utgår enligt nämndens beslut"],
        ["", "", "", "", "", "2025-04-22 § 31, ersätts av central"],
        ["", "", "", "", "", "granskning."],
    ]
    for row in rows_p2b:
        put(r, 2, row); r += 1
    r += 1
    put(r, 2, ["Godkänd av kultur- och fritidsnämnden 2025-09-17 § 64"]); r += 1
    put(r, 2, ["Sida 2 av 2"]); r += 1

    for col, w in zip("ABCDEFG", [12, 48, 22, 18, 16, 38, 38]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Ulrika Sandberg"
    wb.save(p(fil))
    normalize_zip(p(fil))

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Kontantkassor på bibliotek och simhall stäms av månadsvis", "GENOMFORD", "ja"),
        ("Kontroll av att bidrag till föreningar betalas ut enligt gällande bidragsregler och beslut", "GENOMFORD", "nej"),
        ("Redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "DELVIS", "nej"),
        ("Lokaluthyrning: fakturering sker för samtliga bokningar i bokningssystemet", "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete (SBA) genomförs i kulturhuset och sporthallarna", "GENOMFORD", "ja"),
        ("Utdrag ur belastningsregistret kontrolleras vid anställning i verksamhet med barn", "GENOMFORD", "nej"),
        ("Diarieföring av inkomna handlingar sker inom fem arbetsdagar", "DELVIS", ""),
        ("Hantering av personuppgifter i bokningssystemet enligt GDPR", "UTGAR", ""),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def set_cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))
    s.top_margin = s.bottom_margin = Cm(1.8)
    return s


def fixed_core(document, author):
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 9, 8, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 8, 10, 0, 0)
    cp.revision = 3


# ---------------------------------------------------------------------------
# 2. Socialnämnden: Word table, one control continues in the next row
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden - uppföljning internkontrollplan delår 2025.docx"
    n = "Socialnämnden"
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Ålsta kommun\tSocialförvaltningen\tDnr SN 2025/211"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Nedan redovisas "
        "uppföljningen av kontrollmomenten för perioden januari–augusti. Kontrollerna har genomförts av "
        "respektive ansvarig enhetschef tillsammans med förvaltningens controller. Avvikelser och vidtagna "
        "åtgärder framgår av kommentarskolumnen.")
    cols = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    rows = [
        ["1", "Ekonomiskt bistånd", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Enhetschef försörjningsstöd", "Genomförd",
         "Ett beslut hade fattats av handläggare utan delegation. Åtgärdat genom genomgång av delegationsordningen på APT."],
        ["2", "", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet",
         "Månadsvis avstämning", "Controller", "Genomförd", "Inga avvikelser."],
        ["3", "Barn och unga", "Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Delvis genomförd",
         "86 % av förhandsbedömningarna jan–juni gjordes inom 14 dagar. Juli–augusti tas fram i september."],
        ["4", "", "Utredningar avslutas inom fyra månader",
         "Genomgång av pågående utredningar", "Enhetschef barn och unga", "Ej genomförd",
         "Kontrollen flyttas till hösten på grund av byte av verksamhetssystem."],
        # continuation row: the rest of control 4's text landed in its own row when pasted
        ["", "", "eller beslut om förlängd utredningstid finns dokumenterat", "", "", "", ""],
        ["5", "Placeringar", "Avtal finns för samtliga externa placeringar (HVB och konsulentstödda familjehem)",
         "Genomgång av placeringslista", "Controller", "Genomförd",
         "Två placeringar saknade avtal. Avtal har upprättats i juni."],
        ["6", "Hot och våld", "Handlingsplan vid hot och våld är känd och genomgången på APT",
         "Enkät till enhetschefer", "Säkerhetssamordnare", "",
         "Genomgång har skett på samtliga enheters APT under våren."],
        ["7", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet genomförs månadsvis",
         "Logguppföljning", "Systemförvaltare", "Se bilaga 2", ""],
        ["8", "Delegation", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "Jämförelse beslutslistor/protokoll", "Nämndsekreterare", "", ""],
        ["9", "Synpunkter och klagomål", "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar",
         "Stickprov", "Kvalitetsutvecklare", "Ej aktuell",
         "Ingår i kommunstyrelsens granskning 2025 och följs därför inte upp av nämnden."],
    ]
    t = d.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        set_cell_text(t.cell(0, j), c, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell_text(t.cell(i, j), v)
    # vertical merge of the process cell for rows 1-2 and 3-4 (the continuation row stays empty)
    a = t.cell(1, 1).merge(t.cell(2, 1)); set_cell_text(a, "Ekonomiskt bistånd")
    b = t.cell(3, 1).merge(t.cell(4, 1)); set_cell_text(b, "Barn och unga")
    widths = [Cm(1.0), Cm(3.2), Cm(6.5), Cm(3.5), Cm(3.2), Cm(2.6), Cm(6.0)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning loggkontroller januari–augusti 2025 (lämnas separat).")
    d.add_paragraph("Ålsta 2025-09-10")
    d.add_paragraph("Anna Lind\nSocialchef")
    fixed_core(d, "Anna Lind")
    d.save(p(fil))
    normalize_zip(p(fil))

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "GENOMFORD", "ja"),
        ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet", "GENOMFORD", "nej"),
        ("Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar", "DELVIS", "ja"),
        ("Utredningar avslutas inom fyra månader eller beslut om förlängd utredningstid finns dokumenterat", "EJ_GENOMFORD", ""),
        ("Avtal finns för samtliga externa placeringar (HVB och konsulentstödda familjehem)", "GENOMFORD", "ja"),
        ("Handlingsplan vid hot och våld är känd och genomgången på APT", "GENOMFORD", "nej"),
        ("Loggkontroll i verksamhetssystemet genomförs månadsvis", "OKLAR", ""),
        ("Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "SAKNAS", ""),
        ("Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar", "UTGAR", ""),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# 3. Tekniska nämnden: saved e-mail, follow-up pasted as a plain-text list
# ---------------------------------------------------------------------------
def build_tn():
    fil = "SV Intern kontroll delår 2025 - Tekniska nämnden.eml"
    n = "Tekniska nämnden"
    body = """Hej Maria!

Mallen ville inte öppna sig hos mig (låst för redigering?) så jag klistrar in vår uppföljning direkt här i mejlet i stället. Den är genomgången med förvaltningschefen och går upp i tekniska nämnden den 23 september.

UPPFÖLJNING INTERNKONTROLLPLAN 2025 – DELÅR (JAN–AUG)
Tekniska nämnden / Teknik- och serviceförvaltningen

1. Attest av leverantörsfakturor enligt attestordningen
   Status: Genomförd
   Resultat: Stickprov på 25 fakturor, samtliga korrekt attesterade.

2. Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)
   Status: Genomförd med avvikelse
   Resultat: 3 av 30 granskade inköp gjordes utanför avtal (förbrukningsmaterial). Påminnelse om inköpsrutinen har skickats till arbetsledarna.

3. Drivmedelskort – kontroll av att tankning endast sker till kommunens fordon
   Status: Delvis
   Resultat: Kontrollerat för gatuenheten utan anmärkning, VA-enheten återstår.

4. Ombesiktning av lekplatser enligt besiktningsplan
   Status: Ej genomförd
   Resultat: Besiktningsfirman har inte kunnat utföra uppdraget. Ny tid bokad i oktober.

5. Egenkontroll av dricksvattenkvalitet enligt kontrollprogram
   Status: Genomförd
   Resultat: Samtliga prover utan anmärkning.

6. Hantering av nycklar och passerkort till kommunens fastigheter
   Status: Utgår – ersätts av nytt passersystem, beslut TN 2025-03-18 § 22

7. ÄTA-arbeten i entreprenader godkänns skriftligen innan de utförs
   Status: Pågår, slutredovisning i december
   Resultat: 4 av 9 projekt genomgångna hittills.

8. Skyddsronder genomförs på samtliga arbetsplatser enligt plan
   Status: Genomförd
   Resultat: Ronderna är genomförda. Brister i förrådet på Norrvägen (belysning, märkning av kemikalier) är åtgärdade.

Säg till om du vill ha det inlagt i mallen ändå så fixar jag det när den går att öppna.

Vänliga hälsningar
Jonas Berg
Förvaltningsekonom
Teknik- och serviceförvaltningen
Ålsta kommun
Tel. 0171-52 34 18
jonas.berg@alsta.se

-----Ursprungligt meddelande-----
Från: Maria Holm <maria.holm@alsta.se>
Skickat: den 18 augusti 2025 09:12
Till: Förvaltningsekonomer <forvaltningsekonomer@alsta.se>
Ämne: Intern kontroll delår 2025

Hej alla,

Påminner om att uppföljningen av nämndernas internkontrollplaner för delår 2025 (januari–augusti) ska vara ekonomikontoret tillhanda senast måndag 8 september. Använd gärna mallen på intranätet och ange för varje kontrollmoment:

- Status (Genomförd / Delvis genomförd / Ej genomförd / Utgår)
- Resultat och eventuella avvikelser
- Åtgärder vid avvikelse

Uppföljningen sammanställs i delårsrapporten till kommunstyrelsen.

Hälsningar
Maria Holm
Redovisningsansvarig, ekonomikontoret
"""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Jonas Berg <jonas.berg@alsta.se>"
    msg["To"] = "Maria Holm <maria.holm@alsta.se>"
    msg["Subject"] = "SV: Intern kontroll delår 2025 - Tekniska nämnden"
    msg["Date"] = "Mon, 08 Sep 2025 14:37:12 +0200"
    msg["Message-ID"] = "<AM0PR09MB4471C3A2E1F0B2D9@AM0PR09MB4471.eurprd09.prod.outlook.com>"
    msg["In-Reply-To"] = "<AM0PR09MB88120A7B9C@AM0PR09MB8812.eurprd09.prod.outlook.com>"
    msg["Thread-Topic"] = "Intern kontroll delår 2025"
    msg["Content-Language"] = "sv-SE"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    with open(p(fil), "wb") as f:
        f.write(msg.as_bytes())

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)", "GENOMFORD", "ja"),
        ("Drivmedelskort – kontroll av att tankning endast sker till kommunens fordon", "DELVIS", "nej"),
        ("Ombesiktning av lekplatser enligt besiktningsplan", "EJ_GENOMFORD", ""),
        ("Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "GENOMFORD", "nej"),
        ("Hantering av nycklar och passerkort till kommunens fastigheter", "UTGAR", ""),
        ("ÄTA-arbeten i entreprenader godkänns skriftligen innan de utförs", "DELVIS", ""),
        ("Skyddsronder genomförs på samtliga arbetsplatser enligt plan", "GENOMFORD", "ja"),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# 4. Miljö- och hälsoskyddsnämnden + Samhällsbyggnadsnämnden: tab-separated text
# ---------------------------------------------------------------------------
def build_txt():
    fil = "IK uppföljning delår 2025 MHN SBN - export.txt"
    mhn, sbn = "Miljö- och hälsoskyddsnämnden", "Samhällsbyggnadsnämnden"
    T = "\t"
    lines = [
        "Internkontroll 2025 - Uppföljning" + T + T + T + "Utskrivet: 2025-09-05 08:41" + T + "Användare: KARLJOH",
        "Period: Delår 2025 (jan-aug)",
        "",
        T.join(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status delår", "Kommentar delår"]),
        # Miljö- och hälsoskyddsnämnden
        T.join([mhn, "Tillsyn", "Planerad tillsyn genomförs enligt nämndens tillsynsplan", "Miljöchef",
                "Påbörjad", "Påbörjad", "62 % av planerade tillsynsbesök utförda t.o.m. augusti, i fas med planen."]),
        T.join([mhn, "Avgifter", "Tillsynsavgift debiteras efter varje tillsynsbesök", "Administratör",
                "Klar", "Klar", "Stickprov 15 ärenden: 2 besök var inte debiterade, fakturerade i juli."]),
        T.join([mhn, "Handläggning", "Beslut i ärenden om enskilda avlopp fattas inom tio veckor från komplett ansökan",
                "Miljöinspektör", "", "Ej påbörjad", "Kontrollen görs i oktober."]),
        T.join([mhn, "Delegation", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", "Klar"]),
        T.join([mhn, "Livsmedel", "Provtagning enligt kontrollplan för livsmedel", "Livsmedelsinspektör",
                "Påbörjad", "Klar", "Samtliga planerade provtagningar utförda utan anmärkning."]),
        T.join([mhn, "Arkiv", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "Registrator",
                "Avbruten", "Avbruten", "Utgår enligt beslut MHN 2025-05-14 § 48."]),
        # Samhällsbyggnadsnämnden
        T.join([sbn, "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid", "Bygglovschef",
                "Klar", "Klar", "97 % inom tid. 4 ärenden överskred tiden p.g.a. sjukfrånvaro, avgiften reducerades enligt PBL."]),
        T.join([sbn, "Bygglov", "Avgifter för bygglov tas ut enligt gällande taxa", "Bygglovsadministratör",
                "Klar", "Påbörjad", "Stickprov för maj-augusti pågår."]),
        T.join([sbn, "Planering", "Detaljplaner följer tidplanen i planprogrammet", "Planchef", "", "Ej påbörjad", ""]),
        T.join([sbn, "Mark och exploatering", "Fakturering enligt markanvisningsavtal följs upp", "Exploateringsingenjör",
                "", "", ""]),
        T.join([sbn, "Lantmäteri", "Förrättningar debiteras enligt taxa", "Lantmäterichef",
                "Klar", "Klar", "\"Inga avvikelser.\r\nKontrollen utökas till 20 ärenden under hösten.\""]),
        T.join([sbn, "GIS", "Behörigheter i kartsystemet gås igenom", "Systemförvaltare",
                "Ej påbörjad", "Klar", "Genomgång gjord i juni, 6 inaktuella konton togs bort."]),
        "",
        "Antal rader: 12",
    ]
    text = "\r\n".join(lines) + "\r\n"
    with open(p(fil), "wb") as f:
        f.write(text.encode("cp1252"))

    FILES.append((fil, "INLAST", mhn, YEAR, PERIOD))
    FILES.append((fil, "INLAST", sbn, YEAR, PERIOD))
    exp = [
        (mhn, "Planerad tillsyn genomförs enligt nämndens tillsynsplan", "DELVIS", "nej"),
        (mhn, "Tillsynsavgift debiteras efter varje tillsynsbesök", "GENOMFORD", "ja"),
        (mhn, "Beslut i ärenden om enskilda avlopp fattas inom tio veckor från komplett ansökan", "EJ_GENOMFORD", ""),
        (mhn, "Delegationsbeslut återrapporteras till nämnden", "GENOMFORD", ""),
        (mhn, "Provtagning enligt kontrollplan för livsmedel", "GENOMFORD", "nej"),
        (mhn, "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "UTGAR", ""),
        (sbn, "Bygglovsbeslut fattas inom lagstadgad handläggningstid", "GENOMFORD", "ja"),
        (sbn, "Avgifter för bygglov tas ut enligt gällande taxa", "DELVIS", ""),
        (sbn, "Detaljplaner följer tidplanen i planprogrammet", "EJ_GENOMFORD", ""),
        (sbn, "Fakturering enligt markanvisningsavtal följs upp", "SAKNAS", ""),
        (sbn, "Förrättningar debiteras enligt taxa", "GENOMFORD", "nej"),
        (sbn, "Behörigheter i kartsystemet gås igenom", "GENOMFORD", "ja"),
    ]
    for nm, km, st, av in exp:
        EXPECTED.append((fil, nm, km, st, av))


# ---------------------------------------------------------------------------
# 5. Barn- och utbildningsnämnden: ordinary Excel with traffic-light fills
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.xlsx"
    n = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=14)
    ins["A3"] = "Fyll i status för varje kontrollmoment i fliken Delår 2025 och markera cellen med färg enligt färgförklaringen."
    ins["A4"] = "Beskriv kortfattat resultatet och eventuella avvikelser. Ange Ja i kolumnen Avvikelse om fel har upptäckts."
    ins["A5"] = "Skicka filen till ekonomikontoret senast 8 september."
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Delår 2025")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["A3"] = "Period: Delår (januari–augusti)"
    ws["A2"].font = ws["A3"].font = Font(bold=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar", "Avvikelse (Ja/Nej)"]
    hr = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = wrap
        c.border = border
    GREEN, YELLOW, RED = "92D050", "FFFF00", "FF0000"
    fills = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej genomförd": RED}
    groups = [
        ("Ekonomi", [
            ["Leverantörsfakturor", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Controller", "Genomförd", "Inga fel i stickprovet.", "Nej"],
            ["Interkommunal ersättning", "Intäktsbortfall", "Kontroll av att interkommunala ersättningar faktureras korrekt",
             "Avstämning elevlistor/fakturor", "Ekonom", "Genomförd",
             "Två felaktiga fakturor till Norrby kommun har krediterats och fakturerats på nytt.", "Ja"],
            ["Skolskjuts", "Betalning för ej utförda turer", "Fakturor för skolskjuts stäms av mot beställda turer",
             "Avstämning per månad", "Skolskjutssamordnare", "Delvis genomförd",
             "Vårterminen är kontrollerad utan anmärkning. Höstterminen kontrolleras i december.", "Nej"],
        ]),
        ("Elevärenden", [
            ["Skolplikt", "Elever fullgör inte skolplikten", "Upprepad frånvaro anmäls till huvudmannen enligt rutin",
             "Genomgång av frånvarostatistik", "Rektorer", "Genomförd",
             "Rutinen följs inte fullt ut på två skolor. Uppföljning med rektorerna i september.", "Ja"],
            ["Kränkande behandling", "Anmälningar dröjer", "Kränkande behandling anmäls till huvudmannen utan dröjsmål",
             "Stickprov 20 anmälningar", "Kvalitetsstrateg", "Genomförd", "Samtliga anmälningar gjorda inom rutinens tid.", "Nej"],
            ["Tilläggsbelopp", "Felaktiga beslut", "Beslut om tilläggsbelopp dokumenteras enligt riktlinje",
             "Granskning av beslut", "Utredare", "Ej genomförd", "Skjuts till tertial 3 p.g.a. föräldraledighet.", ""],
        ]),
        ("Personal och säkerhet", [
            ["Rekrytering", "Olämplig person anställs", "Registerkontroll görs innan anställning i förskola och skola",
             "Stickprov 25 anställningar", "HR-specialist", "Genomförd", "Utdrag fanns för samtliga.", "Nej"],
            ["Krisberedskap", "Bristande beredskap", "Rutin för krisberedskap och utrymning är känd på samtliga enheter",
             "Enkät till rektorer och förskolechefer", "Säkerhetssamordnare", "Delvis genomförd",
             "14 av 18 enheter har genomfört utrymningsövning. Resterande fyra planeras i oktober.", "Nej"],
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.alignment = wrap
                c.border = border
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[row[5]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställning").font = Font(bold=True)
    ws.cell(row=r, column=3, value="Genomförda: 5   Delvis genomförda: 2   Ej genomförda: 1   Totalt: 8")
    r += 2
    ws.cell(row=r, column=1, value="Färgförklaring").font = Font(bold=True)
    for txt, col in (("Genomförd", GREEN), ("Delvis genomförd", YELLOW), ("Ej genomförd", RED)):
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Åberg, controller, Barn- och utbildningsförvaltningen, 2025-09-04")
    for j, w in enumerate([18, 24, 44, 26, 20, 16, 50, 12], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.properties.creator = "Karin Åberg"
    wb.save(p(fil))
    normalize_zip(p(fil))

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Kontroll av att interkommunala ersättningar faktureras korrekt", "GENOMFORD", "ja"),
        ("Fakturor för skolskjuts stäms av mot beställda turer", "DELVIS", "nej"),
        ("Upprepad frånvaro anmäls till huvudmannen enligt rutin", "GENOMFORD", "ja"),
        ("Kränkande behandling anmäls till huvudmannen utan dröjsmål", "GENOMFORD", "nej"),
        ("Beslut om tilläggsbelopp dokumenteras enligt riktlinje", "EJ_GENOMFORD", ""),
        ("Registerkontroll görs innan anställning i förskola och skola", "GENOMFORD", "nej"),
        ("Rutin för krisberedskap och utrymning är känd på samtliga enheter", "DELVIS", "nej"),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden: ordinary Word with tick columns
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON uppföljning IKP delår 2025.docx"
    n = "Vård- och omsorgsnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.0)
    hp = s.header.paragraphs[0]
    hp.text = "Vård- och omsorgsnämnden\t\t2025-09-08"
    fp = s.footer.paragraphs[0]
    fp.text = "Ålsta kommun – Vård- och omsorgsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph(
        "Vård- och omsorgsförvaltningen har följt upp nämndens internkontrollplan för perioden "
        "januari–augusti 2025. Markering med X visar kontrollmomentets status vid delåret.")
    cols = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        ["Avgifter inom äldreomsorgen debiteras enligt beslut och taxa", "X", "", "",
         "Stickprov 20 brukare. En felaktig avgift har korrigerats och återbetalats."],
        ["Genomförandeplaner upprättas inom 14 dagar från beslut", "", "X", "",
         "Hemtjänsten är kontrollerad. Särskilt boende kontrolleras under september."],
        ["Signeringslistor för läkemedel kontrolleras månadsvis", "X", "", "", "Inga avvikelser."],
        ["Hantering av brukares privata medel på särskilt boende", "", "", "X", "Planeras till oktober."],
        ["Anmälningar enligt lex Sarah utreds och återkopplas till nämnden", "X", "X", "", ""],
        ["Nattfasta mäts på samtliga särskilda boenden", "", "", "",
         "Ej aktuell 2025 – ersatt av uppföljning i kvalitetsregistret Senior alert."],
        ["Behörigheter i journalsystemet följs upp", "X", "", "",
         "Genomgång i maj, 12 behörigheter för personal som slutat togs bort."],
        ["Timanställda kontrolleras mot LAS-gränser", "", "", "", ""],
    ]
    t = d.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        set_cell_text(t.cell(0, j), c, bold=True, size=10)
        shade(t.cell(0, j), "E2EFDA")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell_text(t.cell(i, j), v, size=10)
            if j in (1, 2, 3):
                t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(6.0), Cm(1.9), Cm(1.6), Cm(1.9), Cm(5.6)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    d.add_paragraph("")
    d.add_paragraph("Ålsta den 8 september 2025")
    d.add_paragraph("Eva Ström\nFörvaltningschef")
    fixed_core(d, "Eva Ström")
    d.save(p(fil))
    normalize_zip(p(fil))

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Avgifter inom äldreomsorgen debiteras enligt beslut och taxa", "GENOMFORD", "ja"),
        ("Genomförandeplaner upprättas inom 14 dagar från beslut", "DELVIS", ""),
        ("Signeringslistor för läkemedel kontrolleras månadsvis", "GENOMFORD", "nej"),
        ("Hantering av brukares privata medel på särskilt boende", "EJ_GENOMFORD", ""),
        ("Anmälningar enligt lex Sarah utreds och återkopplas till nämnden", "OKLAR", ""),
        ("Nattfasta mäts på samtliga särskilda boenden", "UTGAR", ""),
        ("Behörigheter i journalsystemet följs upp", "GENOMFORD", "ja"),
        ("Timanställda kontrolleras mot LAS-gränser", "SAKNAS", ""),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# 7. Kommunstyrelsen: ordinary .xls, plan columns + T1 and delår side by side, codes
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_internkontroll_2025.xls"
    n = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("KLF")
    ws._Worksheet__header_str = "&CKommunstyrelsen – Internkontrollplan 2025"  # xlwt setter is broken on py3
    ws._Worksheet__footer_str = "&CSida &P av &N"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                      "borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Internkontrollplan 2025 med uppföljning", title)
    ws.write(1, 0, "Antagen 2024-12-11 § 212. Uppföljning per tertial 1 och delår.")
    # two-level header: plan block / T1 block / delår block
    ws.write_merge(3, 3, 0, 8, "Plan 2025", grp)
    ws.write_merge(3, 3, 9, 10, "Uppföljning T1", grp)
    ws.write_merge(3, 3, 11, 12, "Uppföljning delår", grp)
    cols = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
            "Rapporteras", "Status", "Kommentar", "Status", "Kommentar"]
    for j, c in enumerate(cols):
        ws.write(4, j, c, hdr)
    rows = [
        ["1", "Inköp och betalning", "Betalning utan behörig attest", "9",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Tertialvis",
         "Redovisningsansvarig", "T1, delår, helår", "1", "", "1", "Inga avvikelser."],
        ["2", "Inköp och betalning", "Otillåten representation", "8",
         "Kontroll av representationskostnader (syfte och deltagare anges)", "Stickprov 15 fakturor", "Tertialvis",
         "Controller", "T1, delår, helår", "2", "3 fakturor saknade deltagarförteckning.",
         "2", "1 faktura saknade angivet syfte, kompletterad."],
        ["3", "Lön", "Felaktig lön till nyanställda", "6",
         "Nyanställda i lönesystemet kontrolleras mot anställningsavtal", "Stickprov 10 nyanställda", "Tertialvis",
         "Lönechef", "T1, delår, helår", "3", "Påbörjad.", "1", "Inga avvikelser."],
        ["4", "Upphandling", "Inköp utanför avtal", "9",
         "Avtalstrohet vid inköp av IT-utrustning", "Analys av inköpsdata", "Delår, helår",
         "Upphandlingschef", "Delår, helår", "4", "", "3", "Analys av inköpsdata pågår."],
        ["5", "Upphandling", "Otillåten direktupphandling", "8",
         "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång av diariet", "Tertialvis",
         "Upphandlingschef", "T1, delår, helår", "4", "Ej påbörjad p.g.a. vakans.", "", ""],
        ["6", "Krisberedskap", "Bristande ledning vid kris", "6",
         "Kommunens krisledningsplan är uppdaterad och övad", "Dokumentgranskning", "Årligen",
         "Säkerhetschef", "T1", "U", "Utgår, ny plan antas av KF i oktober.", "", ""],
        ["7", "Dokumenthantering", "Handlingar diarieförs inte", "4",
         "Inkomna allmänna handlingar diarieförs inom fem arbetsdagar", "Stickprov 20 handlingar", "Årligen",
         "Registrator", "Helår", "", "", "", ""],
        ["8", "Informationssäkerhet", "Obehörig åtkomst", "9",
         "Behörigheter i ekonomisystemet avslutas när anställningen upphör", "Jämförelse HR-system/behörighetslista",
         "Tertialvis", "Systemförvaltare ekonomi", "T1, delår, helår", "1", "",
         "2", "Två konton för avslutade anställningar var fortfarande aktiva, nu spärrade."],
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row):
            if j in (0, 3) and v:
                ws.write(i, j, int(v), cell)
            else:
                ws.write(i, j, v, cell)
    r = 5 + len(rows) + 1
    ws.write(r, 0, "Statuskoder:", bold)
    legend = ["1 = Genomförd utan avvikelse", "2 = Genomförd med avvikelse", "3 = Påbörjad",
              "4 = Ej påbörjad", "U = Utgår"]
    for k, t in enumerate(legend):
        ws.write(r + 1 + k, 0, t)
    widths = [5, 18, 22, 9, 40, 22, 12, 18, 16, 8, 28, 8, 32]
    for j, w in enumerate(widths):
        ws.col(j).width = 256 * w
    wb.save(p(fil))

    FILES.append((fil, "INLAST", n, YEAR, PERIOD))
    exp = [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Kontroll av representationskostnader (syfte och deltagare anges)", "GENOMFORD", "ja"),
        ("Nyanställda i lönesystemet kontrolleras mot anställningsavtal", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av IT-utrustning", "DELVIS", ""),
        ("Direktupphandlingar över 100 tkr dokumenteras", "EJ_GENOMFORD", ""),
        ("Kommunens krisledningsplan är uppdaterad och övad", "UTGAR", ""),
        ("Inkomna allmänna handlingar diarieförs inom fem arbetsdagar", "SAKNAS", ""),
        ("Behörigheter i ekonomisystemet avslutas när anställningen upphör", "GENOMFORD", "ja"),
    ]
    for km, st, av in exp:
        EXPECTED.append((fil, n, km, st, av))


# ---------------------------------------------------------------------------
# 8. Reject: covering e-mail whose attachment was forgotten
# ---------------------------------------------------------------------------
def build_reject():
    fil = "SV Intern kontroll delår 2025 - Överförmyndarnämnden.eml"
    body = """Hej Maria,

Här kommer Överförmyndarnämndens uppföljning av internkontrollplanen för delåret, se bifogad fil. Den är inte behandlad i nämnden ännu, det sker den 25 september, så vi kan behöva komplettera efter det.

Hör av dig om något är oklart!

Med vänlig hälsning
Sara Nilsson
Handläggare, Överförmyndarenheten
Ålsta kommun
"""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Sara Nilsson <sara.nilsson@alsta.se>"
    msg["To"] = "Maria Holm <maria.holm@alsta.se>"
    msg["Subject"] = "SV: Intern kontroll delår 2025 - Överförmyndarnämnden"
    msg["Date"] = "Fri, 05 Sep 2025 16:02:45 +0200"
    msg["Message-ID"] = "<DB9PR09MB66010E4F2A7C@DB9PR09MB6601.eurprd09.prod.outlook.com>"
    msg["Content-Language"] = "sv-SE"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    with open(p(fil), "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Teknik- och serviceförvaltningen|TSF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Ålsta Bostäder AB", "Ålstabo|ÅBAB|Ålsta Bostäder"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_kfn()
    build_sn()
    build_tn()
    build_txt()
    build_bun()
    build_von()
    build_ks()
    build_reject()
    write_csvs()
    print("files:", len(FILES), "expected controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
