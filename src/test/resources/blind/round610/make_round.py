#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r610 - Lillhärads kommun (invented), helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder of this script. Deterministic: no random, fixed document dates.
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import xlwt
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - tjänsteskrivelse (.docx) with the follow-up in Bilaga 1
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
KS_FILE = "KS 2026-0041 Tjänsteskrivelse uppföljning internkontrollplan 2025.docx"
KS_ROWS = [
    # nr, process, kontrollmoment, metod, ansvarig, resultat, status-text, exp status, avv
    ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 40 fakturor ur leverantörsreskontran, jämförelse mot attestförteckning",
     "Ekonomichef",
     "38 av 40 fakturor korrekt attesterade. 2 fakturor attesterade av ersättare som saknade beslut i attestförteckningen.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
     "Granskning av samtliga verifikat på konto 7610–7630 under oktober",
     "Redovisningsansvarig",
     "Samtliga 25 granskade verifikat hade angivet syfte och deltagarförteckning.",
     "Genomförd", "GENOMFORD", "nej"),
    ("3", "Upphandling", "Köp över direktupphandlingsgränsen sker mot avtal eller genom upphandling",
     "Analys av leverantörsreskontra per leverantör helår 2025",
     "Upphandlingschef",
     "3 leverantörer med sammanlagda köp över gränsen utan avtal (totalt 1,2 mnkr). Upphandling av två av områdena påbörjad.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("4", "Upphandling", "Avtalsuppföljning av ramavtal för konsulttjänster",
     "Uppföljning av avtalsvillkor och fakturerade timpriser",
     "Upphandlingschef",
     "Uppföljningen påbörjades i november och slutförs under första kvartalet 2026.",
     "Pågår", "DELVIS", ""),
    ("5", "Personal", "Kontroll av att anställningar registreras i HR-systemet innan första lönekörning",
     "Stickprov 30 nyanställningar",
     "HR-chef",
     "Inga avvikelser. Samtliga anställningar registrerade före första lönekörningen.",
     "Genomförd", "GENOMFORD", "nej"),
    ("6", "Personal", "Bisysslor hos chefer är anmälda och bedömda",
     "Enkät till samtliga chefer, jämförelse mot registrerade bisysslor",
     "HR-chef",
     "Enkäten har inte skickats ut på grund av byte av HR-system. Kontrollen flyttas till internkontrollplan 2026.",
     "Ej genomförd", "EJ_GENOMFORD", ""),
    ("7", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
     "Avstämning av avslutade anställningar mot behörighetslista",
     "IT-chef",
     "Genomgång av 18 avslutade anställningar: 4 personer hade kvar behörighet mer än 30 dagar efter avslut. Behörigheterna är nu borttagna.",
     "Genomförd – avvikelse", "GENOMFORD", "ja"),
    ("8", "IT och informationssäkerhet", "Kontroll av att kommunens webbplats uppfyller tillgänglighetskraven",
     "Extern granskning med automatiskt verktyg",
     "Kommunikationschef",
     "Kontrollmomentet utgår enligt KS beslut 2025-05-14 § 88. Frågan hanteras i digitaliseringsprojektet.",
     "Utgår", "UTGAR", ""),
    ("9", "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
     "Stickprov 25 handlingar per halvår",
     "Kanslichef",
     "Stickprov för första halvåret genomfört: 23 av 25 handlingar diarieförda inom tre arbetsdagar. Andra halvåret har inte granskats.",
     "Delvis genomförd", "DELVIS", "ja"),
    ("10", "Säkerhet och beredskap", "Krisledningsplanen är uppdaterad och övad",
     "Kontroll av revideringsdatum och genomförd övning",
     "Säkerhetssamordnare",
     "Planen reviderades i juni 2025. Övning genomförd 2025-10-09 tillsammans med länsstyrelsen.",
     "Genomförd", "GENOMFORD", "nej"),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx_props(d, title, author):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1


def make_ks():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LILLHÄRADS KOMMUN\tTJÄNSTESKRIVELSE\nKommunledningsförvaltningen\tDnr KS 2026/0041"

    d.add_paragraph("Datum: 2026-01-28")
    d.add_paragraph("Handläggare: Karin Lööf, controller")
    d.add_paragraph("Kommunstyrelsen")
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("1. Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("2. Kommunstyrelsen uppdrar åt kommundirektören att återrapportera vidtagna åtgärder "
                    "för de kontrollmoment där avvikelser har konstaterats i samband med delårsrapporten 2026.")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Kommunstyrelsen antog 2024-12-11 § 214 en internkontrollplan för 2025 med tio kontrollmoment. "
        "Kommunledningsförvaltningen har följt upp samtliga kontrollmoment. Sex kontrollmoment är genomförda, "
        "varav tre med konstaterade avvikelser. Två kontrollmoment är delvis genomförda eller pågår, ett har inte "
        "genomförts och ett har utgått efter beslut. Förvaltningens samlade bedömning är att den interna kontrollen "
        "i huvudsak är tillräcklig, men att rutinerna för attest och behörighetshantering behöver stärkas.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Enligt kommunens reglemente för intern kontroll (KF 2019-03-25 § 31) ska varje nämnd årligen anta en "
        "internkontrollplan och rapportera resultatet av uppföljningen till kommunstyrelsen i samband med "
        "årsredovisningen.")

    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Uppföljningen har genomförts av respektive kontrollansvarig under hösten 2025 och sammanställts av "
        "ekonomiavdelningen. Resultatet per kontrollmoment redovisas i bilaga 1. Nedan sammanfattas utfallet.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Utfall"
    t.rows[0].cells[1].text = "Antal kontrollmoment"
    for a, b in [("Genomförd", "3"), ("Genomförd med avvikelse", "3"), ("Delvis genomförd / pågår", "2"),
                 ("Ej genomförd", "1"), ("Utgår", "1"), ("Summa", "10")]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
    d.add_paragraph("")
    d.add_paragraph(
        "De avvikelser som konstaterats avser främst attest av fakturor, köp utan avtal och borttagning av "
        "behörigheter. Åtgärder har vidtagits eller planeras och kontrollerna återkommer i internkontrollplan 2026.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Beslutet medför inga direkta ekonomiska konsekvenser.")

    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2026-01-28")
    d.add_paragraph("Bilaga 1 Uppföljning av internkontrollplan 2025")
    d.add_paragraph("")
    d.add_paragraph("Per Sandell\nKommundirektör")
    d.add_paragraph("Karin Lööf\nController")
    d.add_paragraph("Skickas till: Kommunens revisorer, Ekonomiavdelningen")

    pb = d.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bilaga 1 – Uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph("Kommunstyrelsen, Dnr KS 2026/0041")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig",
           "Resultat och kommentar", "Status helår"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9E2F3")
    for row in KS_ROWS:
        cells = t.add_row().cells
        for i in range(7):
            cells[i].text = row[i]
        exp(KS_FILE, KS, row[2], row[7], row[8])
    d.add_paragraph("")
    d.add_paragraph("Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd/Pågår, Ej genomförd eller Utgår.")
    fix_docx_props(d, "Tjänsteskrivelse", "Karin Lööf")
    d.save(p(KS_FILE))
    FILES.append((KS_FILE, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, Plan / Utfall / Åtgärd rows per control
# ---------------------------------------------------------------------------
BUN = "Barn- och utbildningsnämnden"
BUN_FILE = "BUN uppföljning IK helår 2025.xlsx"
BUN_DATA = [
    ("Process: Elevhälsa och trygghet", None),
    ("1.1", dict(
        km="Anmälan om kränkande behandling skickas till huvudman inom fem arbetsdagar",
        plan=("Stickprov 10 ärenden per termin ur DF Respons", "Kvalitetsstrateg", "Juni och december"),
        utfall=("20 av 20 granskade ärenden anmälda till huvudman inom fem arbetsdagar.", "Genomförd"),
        atgard=("Ingen åtgärd krävs.", ""),
        exp=("GENOMFORD", "nej"))),
    ("1.2", dict(
        km="Elevhälsans journalföring sker i enlighet med patientdatalagen",
        plan=("Loggkontroll i journalsystemet vid samtliga sex skolenheter", "Verksamhetschef elevhälsa", "Oktober"),
        utfall=("Loggkontroll genomförd vid 3 av 6 enheter. Resterande enheter granskas i februari 2026.", "Delvis"),
        atgard=("Slutföra granskningen under kvartal 1 2026.", "2026-03-31"),
        exp=("DELVIS", ""))),
    ("1.3", dict(
        km="Vårdnadshavare informeras samma dag vid ogiltig frånvaro",
        plan=("Stickprov 30 frånvarotillfällen i Skolplattformen", "Kvalitetsstrateg", "November"),
        utfall=("Kontrollen har inte kunnat genomföras på grund av vakant tjänst som kvalitetsstrateg under hösten.", ""),
        atgard=("Kontrollen flyttas till internkontrollplan 2026.", ""),
        exp=("EJ_GENOMFORD", ""))),
    ("Process: Ekonomi och administration", None),
    ("2.1", dict(
        km="Skolskjutsbeslut fattas i enlighet med delegationsordningen",
        plan=("Granskning av 30 beslut om skolskjuts", "Nämndsekreterare", "September"),
        utfall=("30 beslut granskade. 2 beslut var fattade av handläggare utan delegation.", "Genomförd"),
        atgard=("Påminnelse om delegationsordningen till samtliga handläggare. Ny kontroll 2026.", "2026-02-15"),
        exp=("GENOMFORD", "ja"))),
    ("2.2", dict(
        km="Interkommunal ersättning faktureras för samtliga elever från andra kommuner",
        plan=("Avstämning elevregister mot kundreskontra per 15 oktober", "Controller", "Oktober"),
        utfall=("Samtliga 46 elever från andra kommuner har fakturerats.", "Genomförd"),
        atgard=("–", ""),
        exp=("GENOMFORD", "nej"))),
    ("2.3", dict(
        km="Avgifter för förskola och fritidshem debiteras utifrån aktuell inkomstuppgift",
        plan=("Inkomstkontroll mot Skatteverkets uppgifter för inkomstår 2023", "Placeringshandläggare", "Augusti"),
        utfall=("Inkomstkontrollen genomförd. 14 hushåll hade för låg avgift och efterdebiteras.", "Genomförd"),
        atgard=("Efterdebiteringar skickade i november 2025.", "2025-11-30"),
        exp=("GENOMFORD", "ja"))),
    ("Process: Personal och arbetsmiljö", None),
    ("3.1", dict(
        km="Utdrag ur belastningsregistret kontrolleras före anställning",
        plan=("Stickprov 25 anställningar i förskola och skola", "HR-konsult", "Maj"),
        utfall=("Samtliga 25 anställda hade uppvisat registerutdrag före anställning.", "Genomförd"),
        atgard=("", ""),
        exp=("GENOMFORD", "nej"))),
    ("3.2", dict(
        km="Skyddsronder genomförs på samtliga enheter enligt rutin för systematiskt arbetsmiljöarbete",
        plan=("Sammanställning av skyddsrondsprotokoll", "HR-konsult", "December"),
        utfall=("Kontrollmomentet utgår. Ersätts av kommungemensam uppföljning via HR enligt KS beslut 2025-04-09.", "Utgår"),
        atgard=("", ""),
        exp=("UTGAR", ""))),
    ("3.3", dict(
        km="Lärarlegitimation kontrolleras vid tillsvidareanställning",
        plan=("Stickprov 15 tillsvidareanställda lärare mot Skolverkets register", "Rektorer", "Oktober"),
        utfall=("", ""),
        atgard=("", ""),
        exp=("SAKNAS", ""))),
]


def make_bun():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Instruktion: Fyll i raden Utfall med resultat och status (Genomförd / Delvis / Ej genomförd / Utgår). "
                "Beskriv på raden Åtgärd vad som görs om avvikelse konstaterats.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:F3")
    ws.row_dimensions[3].height = 30
    hdr = ["Nr", "Kontrollmoment / del", "Beskrivning", "Ansvarig", "Tidpunkt / klart", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = box
    r = 6
    for key, data in BUN_DATA:
        if data is None:
            c = ws.cell(row=r, column=1, value=key)
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        ws.cell(row=r, column=1, value=key).font = bold
        c = ws.cell(row=r, column=2, value=data["km"])
        c.font = bold
        c.alignment = wrap
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        pl = data["plan"]
        for col, v in zip(range(2, 6), ["Plan", pl[0], pl[1], pl[2]]):
            ws.cell(row=r, column=col, value=v).alignment = wrap
        r += 1
        ut = data["utfall"]
        ws.cell(row=r, column=2, value="Utfall")
        ws.cell(row=r, column=3, value=ut[0] or None).alignment = wrap
        ws.cell(row=r, column=6, value=ut[1] or None)
        r += 1
        at = data["atgard"]
        ws.cell(row=r, column=2, value="Åtgärd")
        ws.cell(row=r, column=3, value=at[0] or None).alignment = wrap
        ws.cell(row=r, column=5, value=at[1] or None)
        r += 1
        exp(BUN_FILE, BUN, data["km"], *data["exp"])
    r += 1
    ws.cell(row=r, column=1, value="Fastställd av förvaltningschef 2026-01-20, Eva Lindqvist")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["D"].width = 24
    ws.column_dimensions["E"].width = 18
    ws.column_dimensions["F"].width = 14
    ws.freeze_panes = "A6"
    wb.properties.creator = "Eva Lindqvist"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(p(BUN_FILE))
    FILES.append((BUN_FILE, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ods, Status column + "Samlad bedömning" words
# ---------------------------------------------------------------------------
SN = "Socialnämnden"
SN_FILE = "Socialnämnden_IK_uppföljning_2025.ods"
SN_ROWS = [
    # nr, område, kontrollmoment, ansvarig, status, bedömning, kommentar, exp, avv
    ("1", "Myndighetsutövning barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
     "Enhetschef barn och unga", "Klar", "Delvis tillräcklig",
     "Av 60 granskade anmälningar bedömdes 52 inom 14 dagar. Överskridandena gällde främst sommarperioden.",
     "GENOMFORD", "ja"),
    ("2", "Myndighetsutövning barn och unga", "Utredning enligt 11 kap. 2 § SoL avslutas inom fyra månader",
     "Enhetschef barn och unga", "Klar", "Tillräcklig",
     "Samtliga 35 utredningar i stickprovet avslutade inom lagstadgad tid eller med beslut om förlängning.",
     "GENOMFORD", "nej"),
    ("3", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd överensstämmer med beslut",
     "Enhetschef försörjningsstöd", "Klar", "Ej tillräcklig",
     "8 av 40 utbetalningar avvek från beslutet (felaktig norm). Åtgärdsplan framtagen, utbildning för handläggare i januari.",
     "GENOMFORD", "ja"),
    ("4", "Ekonomiskt bistånd", "Kontroll mot andra myndigheter via SSBTEK görs vid nyansökan",
     "Enhetschef försörjningsstöd", "Pågående", "",
     "Stickprovet för tertial 3 pågår och beräknas klart i februari 2026.",
     "DELVIS", ""),
    ("5", "Vuxen och missbruk", "Placeringar på HVB följs upp minst var sjätte månad",
     "Enhetschef vuxen", "Ej påbörjad", "",
     "Kontrollen har inte genomförts på grund av hög personalomsättning.",
     "EJ_GENOMFORD", ""),
    ("6", "Vuxen och missbruk", "Avtalstrohet vid köp av HVB-platser",
     "Enhetschef vuxen", "Klar", "Tillräcklig",
     "Samtliga 12 placeringar under året gjordes hos ramavtalsleverantör.",
     "GENOMFORD", "nej"),
    ("7", "Dokumentation", "Akter gallras enligt dokumenthanteringsplanen",
     "Registrator", "Utgår", "",
     "Utgår – ingår i det kommunövergripande arkivprojektet.",
     "UTGAR", ""),
    ("8", "Dokumentation", "Behörighetsloggar i verksamhetssystemet kontrolleras",
     "Systemförvaltare", "", "",
     "Se bilaga 2.",
     "OKLAR", ""),
    ("9", "Ekonomi", "Privata medel för klienter hanteras enligt rutin",
     "Ekonom", "Klar", "Delvis tillräcklig",
     "Kvittens saknades i 2 av 15 granskade fall.",
     "GENOMFORD", "ja"),
    ("10", "Ekonomi", "Återsökning av statlig ersättning från Migrationsverket görs inom föreskriven tid",
     "Ekonom", "", "", "",
     "SAKNAS", ""),
]


def make_sn():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#DDDDDD", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(head)
    widths = ["1.0cm", "4.5cm", "7.5cm", "4.5cm", "2.5cm", "3.5cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    def row(tbl, vals, style=None):
        tr = TableRow()
        for v in vals:
            if style is not None:
                tc = TableCell(valuetype="string", stylename=style)
            else:
                tc = TableCell(valuetype="string") if v != "" else TableCell()
            if v != "":
                tc.addElement(P(text=v))
            tr.addElement(tc)
        tbl.addElement(tr)

    t = Table(name="Uppföljning 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    row(t, ["Lillhärads kommun – Socialnämnden"], bold)
    row(t, ["Uppföljning av internkontrollplan, helår 2025"], bold)
    row(t, ["Socialförvaltningen, uppdaterad 2026-01-19"])
    row(t, [""])
    row(t, ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Samlad bedömning", "Kommentar / åtgärd"], head)
    for r in SN_ROWS:
        row(t, list(r[:7]))
        exp(SN_FILE, SN, r[2], r[7], r[8])
    row(t, [""])
    row(t, ["", "", "Nämndens samlade bedömning av den interna kontrollen 2025", "", "", "Delvis tillräcklig", ""], bold)
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Anvisning")
    t2.addElement(TableColumn(stylename=colstyles[2]))
    t2.addElement(TableColumn(stylename=colstyles[6]))
    row(t2, ["Anvisning för uppföljningen"], bold)
    row(t2, ["Status", "Klar / Pågående / Ej påbörjad / Utgår"])
    row(t2, ["Samlad bedömning", "Tillräcklig = inga eller obetydliga brister; Delvis tillräcklig = brister som behöver åtgärdas; "
             "Ej tillräcklig = väsentliga brister"])
    row(t2, ["Kommentar", "Beskriv resultatet av kontrollen och beslutade åtgärder."])
    doc.spreadsheet.addElement(t2)
    doc.save(p(SN_FILE))
    FILES.append((SN_FILE, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - CSV export, English column names, one row per period
# ---------------------------------------------------------------------------
KFN = "Kultur- och fritidsnämnden"
KFN_FILE = "Export_KFN_internkontroll_2025.csv"
P1, P2, P3 = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
KFN_ROWS = [
    ("Bidrag till föreningar betalas ut enligt gällande bidragsregler", "Anna Berg (fritidschef)",
     [("In progress", "Granskning påbörjad."), ("In progress", "10 av 20 beslut granskade."),
      ("Completed", "Granskning av 20 bidragsbeslut, samtliga enligt bidragsreglerna.")],
     "GENOMFORD", "nej"),
    ("Kontanthantering i simhallens kassa stäms av dagligen", "Jonas Holm (badchef)",
     [("Completed", "Inga differenser."), ("Completed", "Differens 450 kr 2025-07-12, utredd och rapporterad."),
      ("Completed", "Två kassadifferenser under året, båda utredda. Rutinen för dagskassa har förtydligats.")],
     "GENOMFORD", "ja"),
    ("Förseningsavgifter i biblioteket debiteras enligt taxa", "Lena Sjöberg (bibliotekschef)",
     [("Not started", ""), ("In progress", "Stickprov påbörjat."),
      ("In progress", "Byte av bibliotekssystem har försenat kontrollen. Slutförs mars 2026.")],
     "DELVIS", ""),
    ("Hyresavtal för lokaler som hyrs ut till externa följer taxa", "Anna Berg (fritidschef)",
     [("", ""), ("Completed", "Samtliga 14 avtal kontrollerade mot taxa 2025, inga avvikelser."), ("", "")],
     "GENOMFORD", "nej"),
    ("Registerutdrag kontrolleras för ledare i lovverksamheten", "Anna Berg (fritidschef)",
     [("Not started", ""), ("Not started", ""),
      ("Cancelled", "Utgår – lovverksamheten drivs från 2025 av extern förening enligt avtal.")],
     "UTGAR", ""),
    ("Inventarieförteckning över konstsamlingen är uppdaterad", "Lena Sjöberg (bibliotekschef)",
     [("Not started", ""), ("Not started", ""),
      ("Not started", "Ej genomförd 2025, flyttas till 2026.")],
     "EJ_GENOMFORD", ""),
    ("Sponsringsavtal godkänns enligt kommunens riktlinje för sponsring", "Maria Dahl (förvaltningschef)",
     [("", ""), ("", ""), ("", "")],
     "SAKNAS", ""),
    ("Fakturor för evenemang attesteras av behörig attestant", "Maria Dahl (förvaltningschef)",
     [("", ""), ("", ""),
      ("Completed", "30 fakturor granskade, 1 faktura attesterad av fel person. Rättad, attestant informerad.")],
     "GENOMFORD", "ja"),
]


def make_kfn():
    with open(p(KFN_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Control", "Owner", "Status", "Comment", "Period"])
        for km, owner, periods, st, avv in KFN_ROWS:
            for per, (s, c) in zip([P1, P2, P3], periods):
                w.writerow([km, owner, s, c, per])
            exp(KFN_FILE, KFN, km, st, avv)
    FILES.append((KFN_FILE, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - xls, colour-only statuses, legend as coloured cells above
# ---------------------------------------------------------------------------
SBN = "Samhällsbyggnadsnämnden"
SBN_FILE = "Uppföljning internkontroll 2025 Samhällsbyggnad.xls"
G, Y, O, R, GR, N = "bright_green", "yellow", "orange", "red", "gray25", None
SBN_ROWS = [
    ("VA", "Faktureringsunderlag för VA-anslutningsavgifter är kompletta",
     "Stickprov 20 anslutningar mot fakturerat belopp", "VA-chef", G, G, G, "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Gata och park", "Beställningar från ramavtal för markentreprenad följer avtalade priser",
     "Jämförelse fakturerade à-priser mot avtal, 25 fakturor", "Gatuchef", N, Y, Y,
     "Prisavvikelse i 3 av 25 fakturor. Kreditering begärd och erhållen.",
     "GENOMFORD", "ja"),
    ("Gata och park", "Arbetsmiljöplan upprättas för samtliga investeringsprojekt över 1 mnkr",
     "Genomgång av projektpärmar", "Projektchef", O, O, O,
     "Genomgång gjord av 6 av 11 projekt, resterande gås igenom i januari.",
     "DELVIS", ""),
    ("Gata och park", "Kontroll av att felanmälningar om gatubelysning åtgärdas inom 14 dagar",
     "Uttag ur felanmälningssystemet", "Gatuchef", N, N, GR,
     "Utgår – belysningen sköts av entreprenör från 2025.",
     "UTGAR", ""),
    ("Mark och exploatering", "Markupplåtelseavtal faktureras enligt taxa",
     "Avstämning avtalsregister mot kundreskontra", "Markingenjör", N, N, R,
     "Ej genomförd på grund av långtidssjukskrivning.",
     "EJ_GENOMFORD", ""),
    ("Fastighet", "Hyresavtal för externt inhyrda lokaler sägs upp eller förlängs i tid",
     "Genomgång av avtalsdatabasen", "Fastighetschef", G, G, N, "",
     "GENOMFORD", "nej"),
    ("Fastighet", "Avstämning av anläggningsregistret mot genomförda investeringar",
     "Avstämning per 31 december", "Controller", N, N, N,
     "Redovisas i separat rapport till nämnden i februari 2026.",
     "OKLAR", ""),
    ("Fritidsanläggningar", "Lekplatser besiktigas årligen enligt SS-EN 1176",
     "Kontroll av besiktningsprotokoll", "Parkchef", N, N, G,
     "Samtliga 34 lekplatser besiktigade.",
     "GENOMFORD", "nej"),
    ("Administration", "Delegationsbeslut anmäls till nämnden",
     "Jämförelse delegationslistor mot protokoll", "Nämndsekreterare", G, Y, Y,
     "2 beslut anmäldes senare än närmast följande sammanträde.",
     "GENOMFORD", "ja"),
]


def make_sbn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on;")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")

    def fill(colour):
        if colour is None:
            return norm
        return xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                           "borders: left thin, right thin, top thin, bottom thin;" % colour)

    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning helår", title)
    ws.write(1, 0, "Förvaltning: Samhällsbyggnadsförvaltningen")
    ws.write(2, 0, "Teckenförklaring:", bold)
    legend = [(G, "Genomförd utan anmärkning"), (Y, "Genomförd med avvikelse"),
              (O, "Påbörjad / delvis genomförd"), (R, "Ej genomförd"), (GR, "Utgår")]
    for i, (c, t) in enumerate(legend):
        ws.write(3 + i, 0, "", fill(c))
        ws.write(3 + i, 1, t)
    hr = 9
    heads = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(heads):
        ws.write(hr, i, h, hdr)
    for j, row in enumerate(SBN_ROWS):
        r = hr + 1 + j
        for i in range(4):
            ws.write(r, i, row[i], norm)
        for i, col in enumerate(row[4:7]):
            ws.write(r, 4 + i, "", fill(col))
        ws.write(r, 7, row[7], norm)
        exp(SBN_FILE, SBN, row[1], row[8], row[9])
    r = hr + 2 + len(SBN_ROWS)
    ws.write(r, 0, "Uppföljningen sammanställd 2026-01-15 av Tomas Wall, controller")
    for i, w in enumerate([18, 50, 36, 18, 6, 6, 7, 55]):
        ws.col(i).width = w * 256
    wb.save(p(SBN_FILE))
    FILES.append((SBN_FILE, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - simple docx table
# ---------------------------------------------------------------------------
MBN = "Miljö- och byggnadsnämnden"
MBN_FILE = "MBN uppföljning internkontroll helår 2025.docx"
MBN_ROWS = [
    ("Handläggningstid för bygglov understiger tio veckor", "Bygglovschef", "Genomförd",
     "Samtliga 212 ärenden avgjorda inom tidsfristen.", "GENOMFORD", "nej"),
    ("Avgiftsbeslut i bygglovsärenden följer gällande taxa", "Bygglovschef", "Genomförd med avvikelse",
     "4 av 40 granskade beslut hade felaktigt antal timmar debiterade. Rättelse skickad.", "GENOMFORD", "ja"),
    ("Tillsyn enligt miljöbalken och livsmedelslagen följer fastställd tillsynsplan", "Miljöchef", "Delvis genomförd",
     "Genomgång gjord för livsmedelstillsynen. Miljötillsynen granskas i januari 2026.", "DELVIS", ""),
    ("Jäv och bisysslor hos inspektörer är dokumenterade", "Miljöchef", "Ej genomförd",
     "Skjuts till 2026.", "EJ_GENOMFORD", ""),
    ("Inkomna klagomål diarieförs inom två arbetsdagar", "Nämndsekreterare", "Genomförd",
     "Stickprov 30 ärenden utan anmärkning.", "GENOMFORD", "nej"),
    ("Bidrag till enskilda avlopp betalas ut enligt beslut", "Miljöchef", "Utgår",
     "Bidraget avskaffades från 2025.", "UTGAR", ""),
    ("Sanktionsavgifter beslutas i enlighet med delegationsordningen", "Miljöchef", "Genomförd",
     "Inga avvikelser.", "GENOMFORD", "nej"),
]


def make_mbn():
    d = docx.Document()
    d.add_heading("Miljö- och byggnadsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, helår")
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in MBN_ROWS:
        c = t.add_row().cells
        for i in range(4):
            c[i].text = row[i]
        exp(MBN_FILE, MBN, row[0], row[4], row[5])
    d.add_paragraph("")
    d.add_paragraph("Miljö- och byggförvaltningen 2026-01-22")
    fix_docx_props(d, "Uppföljning IK 2025", "Sofia Nyberg")
    d.save(p(MBN_FILE))
    FILES.append((MBN_FILE, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Lock file of Vård- och omsorgsnämnden's Word document -> AVVISAD
# ---------------------------------------------------------------------------
LOCK_FILE = "~$pföljning IK helår 2025 VON.docx"


def make_lock():
    user = "Maria Ek"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b"\x20")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(162, b"\x00")
    with open(p(LOCK_FILE), "wb") as f:
        f.write(b)
    FILES.append((LOCK_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
    ("Valnämnden", "VN"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_sn()
    make_kfn()
    make_sbn()
    make_mbn()
    make_lock()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
