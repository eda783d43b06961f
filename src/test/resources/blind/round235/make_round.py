#!/usr/bin/python3
"""Blind round r235 - Kölviks kommun, helår 2025.
Theme: mixed language and consultants' templates (finskt förvaltningsområde).
Builds every follow-up file, the file to reject, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)

FIXED_DT = datetime.datetime(2026, 2, 12, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the output is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 12, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - consultancy common template (xlsx), English headings
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internal_control_follow-up_2025_full_year.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Follow-up"
    bold = Font(bold=True)
    ws["A1"] = "Kölviks kommun – Kölvin kunta"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal control follow-up 2025 – Full year (helår)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Committee / Nämnd:"
    ws["C3"] = "Kommunstyrelsen"
    ws["C3"].font = bold
    ws["A4"] = "Reporting date:"
    ws["C4"] = "2026-01-28"
    ws["H2"] = "Template v2.1 © Nordic Governance Partners"
    ws["H2"].font = Font(italic=True, size=8, color="808080")
    hdr = ["No.", "Process", "Risk", "Control activity", "Method", "Owner", "Status", "Outcome", "Comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Completed": "C6EFCE", "Partly": "FFEB9C", "Not started": "FFC7CE", "N/A": "D9D9D9"}
    rows = [
        ("1.1", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Redovisningschef",
         "Completed", "2 av 40 fakturor saknade andra attest.", "Påminnelse skickad till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Förtroendeskada",
         "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer",
         "Controller KLK", "Completed", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Intäktsbortfall",
         "Avstämning av kundreskontra och påminnelserutiner", "Månadsvis avstämning", "Ekonom",
         "Partly", "Inga avvikelser i granskade månader (jan–sep).",
         "Resterande månader stäms av i bokslutsarbetet.", "DELVIS", "nej"),
        ("2.1", "Personal", "Obehörig åtkomst",
         "Kontroll av att behörigheter i lönesystemet avslutas vid avslutad anställning",
         "Jämförelse avslutade anställningar/behörighetslista", "HR-chef", "Completed",
         "3 av 25 avslutade anställda hade kvar behörighet mer än 30 dagar.",
         "Rutin för avslut i Personec förtydligad.", "GENOMFORD", "ja"),
        ("2.2", "Personal", "Ohälsa/ökade kostnader",
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång av rehabärenden", "HR-chef",
         "Not started", "", "Skjuts till 2026 p.g.a. byte av HR-system.", "EJ_GENOMFORD", ""),
        ("3.1", "Upphandling", "Otillåten direktupphandling",
         "Kontroll av att direktupphandlingar över 100 tkr är dokumenterade", "Stickprov ur leverantörsreskontra",
         "Upphandlingschef", "Completed", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("3.2", "Upphandling", "Köp utanför avtal",
         "Avtalstrohet vid inköp av kontorsmaterial", "Analys av inköpsstatistik", "Upphandlingschef",
         "Partly", "Analys av kvartal 1–3 visar att 12 % av köpen gjorts utanför avtal.",
         "Kvartal 4 analyseras i februari 2026.", "DELVIS", "ja"),
        ("4.1", "Informationssäkerhet", "Dataintrång/integritetsbrott",
         "Loggkontroll av åtkomst till personakter", "Logguttag", "IT-säkerhetssamordnare",
         "N/A", "", "Utgår enligt beslut KS 2025-05-14 § 88, ersätts av central loggkontroll.", "UTGAR", ""),
        ("4.2", "Informationssäkerhet / Kansli", "Bristande offentlighetsprincip",
         "Registrering av allmänna handlingar i diariet inom föreskriven tid", "Stickprov i W3D3",
         "Kanslichef", "Completed", "Inga väsentliga avvikelser.",
         "95 % registrerades inom två arbetsdagar.", "GENOMFORD", "nej"),
    ]
    thin = Side(style="thin", color="999999")
    r = 7
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[row[6]])
        exp(fil, nm, row[3], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status legend: Completed = genomförd | Partly = delvis genomförd | "
                                   "Not started = ej påbörjad | N/A = utgår / ej aktuell").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Approved by / Godkänd av:")
    ws.cell(row=r, column=4, value="Eeva Lindqvist, kommundirektör, 2026-01-28")
    widths = [6, 18, 22, 45, 28, 20, 13, 40, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.properties.creator = "Nordic Governance Partners"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - bilingual Swedish/Finnish Word report
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IK_uppföljning_helår_2025.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "Socialförvaltningen"
    h = d.add_heading("Socialnämnden / Sosiaalilautakunta", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår\n"
                    "Sisäisen valvonnan suunnitelman seuranta 2025 – koko vuosi").runs[0].bold = True
    d.add_paragraph(
        "Kölviks kommun ingår i förvaltningsområdet för finska. Uppföljningen redovisas därför med tvåspråkiga "
        "rubriker. Statusen anges med något av: Genomförd, Genomförd med avvikelse, Delvis genomförd, Pågår, "
        "Ej genomförd, Utgår.")
    d.add_paragraph(
        "Kölvin kunta kuuluu suomen kielen hallintoalueeseen. Seuranta esitetään siksi kaksikielisin otsikoin.")
    hdr = ["Process / Prosessi", "Kontrollmoment / Valvontakohde", "Ansvarig / Vastuuhenkilö",
           "Status / Tila", "Kommentar / Kommentti"]
    rows = [
        ("Myndighetsutövning IFO / Viranomaistoiminta",
         "Utredningstid inom barn- och ungdomsvården (fyra månader enligt 11 kap. 2 § SoL)",
         "Enhetschef barn och unga", "Delvis genomförd",
         "30 av planerade 50 utredningar granskade; 4 överskred fyra månader utan beslut om förlängning.",
         "DELVIS", "ja"),
        (None, "Förhandsbedömning av orosanmälningar inom 14 dagar", "Enhetschef barn och unga", "Genomförd",
         "Samtliga 40 granskade anmälningar bedömda inom tidsgränsen.", "GENOMFORD", "nej"),
        (None, "Lex Sarah-rapporter utreds och anmäls till IVO i rätt tid", "Kvalitetsstrateg", "",
         "Se bilaga 2.", "OKLAR", ""),
        ("Vård och omsorg / Hoito ja hoiva",
         "Avvikelsehantering enligt SOSFS 2011:9 – avvikelser analyseras och åtgärdas", "MAS",
         "Genomförd med avvikelse", "Analys saknades i 6 av 20 granskade avvikelser.", "GENOMFORD", "ja"),
        (None, "Kontroll av läkemedelshantering på särskilda boenden", "MAS", "Genomförd",
         "Inga anmärkningar vid egenkontroll på tre boenden.", "GENOMFORD", "nej"),
        (None, "Verkställighet av gynnande beslut inom tre månader", "Biståndschef", "Ej genomförd",
         "Kontrollen hanns inte med på grund av personalbrist. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi / Talous", "Hantering av brukares kontanta medel (handkassor)", "Enhetschefer SÄBO",
         "Genomförd", "Två kassor saknade kvitton för mindre belopp. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        (None, "Fakturering av avgifter för hemtjänst enligt taxa", "Avgiftshandläggare", "Pågår",
         "Avstämning mot verkställda timmar pågår, beräknas klar i februari 2026.", "DELVIS", ""),
        ("Finskt förvaltningsområde / Suomen kielen hallintoalue",
         "Erbjudande om äldreomsorg på finska enligt 18 § minoritetsspråkslagen", "Biståndschef", "Genomförd",
         "Samtliga nya brukare har tillfrågats om finskspråkig service. 2 önskemål kunde inte tillgodoses "
         "på grund av brist på finsktalande personal.", "GENOMFORD", "ja"),
        (None, "Dokumentation av språkval i social journal", "Systemförvaltare", "Utgår",
         "Ingår i kontrollen ovan från och med juni 2025 (beslut SN 2025-06-11 § 72).", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    start = None
    spans = []
    for k, row in enumerate(rows):
        cells = t.add_row().cells
        if row[0] is not None:
            cells[0].text = row[0]
            if start is not None:
                spans.append((start, k))
            start = k + 1
        for i in range(1, 5):
            cells[i].text = row[i]
        exp(fil, nm, row[1], row[5], row[6])
    spans.append((start, len(rows)))
    for a, b in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning Lex Sarah 2025 (separat dokument, sekretess).")
    d.add_paragraph("Kölvik 2026-02-10")
    d.add_paragraph("Aino Virtanen\nSocialchef / Sosiaalijohtaja")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsnämnden - abbreviated headings, T1/T2/T3 side by side (xlsx)
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN IKP 2025 uppf T3.xlsx"
    nm = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppf. per T1, T2 och T3 (T3 = helår). Fylls i av KM-ansv., sammanställs av SBF stab."
    ws["A3"] = ("Uppf. status: Genomf. = genomförd, Delv. = delvis genomförd, Ej genomf. = ej genomförd, "
                "Utgår = struken ur planen. Avv.: Ja/Nej = avvikelse konstaterad.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "KM", "Ansv.", "Frekv.", "Uppf. status T1", "Uppf. status T2",
           "Uppf. status T3", "Avv.", "Komm."]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True)
    rows = [
        (1, "Bygglov", "Handläggningstid bygglov inom 10 veckor (9 kap. 27 § PBL)", "Bygglovschef", "Tertial",
         "Delv.", "Delv.", "Genomf.", "Ja", "3 av 112 ärenden överskred tiden, avgiften reducerad enl. PBL.",
         "GENOMFORD", "ja"),
        (2, "Bygglov", "Debitering av bygglovsavgifter enligt taxa", "Adm. chef", "Årligen",
         None, "Genomf.", None, "Nej", "Årlig kontroll, utförd i juni.", "GENOMFORD", "nej"),
        (3, "Bygglov", "Kontroll av jäv vid handläggning av bygglov", "Bygglovschef", "Årligen",
         None, None, "Genomf.", "Ja", "1 fall där jävsanmälan saknades, åtgärdat.", "GENOMFORD", "ja"),
        (4, "Tillsyn", "Tillsyn av OVK-protokoll (obligatorisk ventilationskontroll)", "Byggnadsinspektör",
         "Tertial", "Ej genomf.", "Ej genomf.", "Ej genomf.", None, "Resursbrist, prioriteras 2026.",
         "EJ_GENOMFORD", ""),
        (5, "Plan", "Planbesked lämnas inom fyra månader", "Planchef", "Tertial",
         None, "Delv.", "Delv.", "Nej", "2 av 5 planbesked granskade, övriga granskas 2026.", "DELVIS", "nej"),
        (6, "Mark och exploatering", "Markanvisningsavtal följer antagen markanvisningspolicy",
         "Exploateringschef", "Årligen", None, None, "Genomf.", "Nej", None, "GENOMFORD", "nej"),
        (7, "Lantmäteri/GIS", "Belägenhetsadresser uppdateras i adressregistret inom en månad",
         "GIS-samordnare", "Tertial", "Genomf.", "Genomf.", "Utgår", None,
         "Ansvaret flyttat till KS (GIS-enheten) fr.o.m. sept.", "UTGAR", ""),
        (8, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller SBF", "Tertial",
         "Genomf.", "Genomf.", "Genomf.", "Nej", None, "GENOMFORD", "nej"),
        (9, "Arkiv", "Arkivering av avslutade bygglovsärenden i e-arkivet", "Arkivredogörare", "Årligen",
         None, None, None, None, None, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, nm, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal Genomf. T3")
    ws.cell(row=r, column=8, value='=COUNTIF(H6:H14,"Genomf.")')
    ws.cell(row=r + 1, column=2, value="Antal KM totalt")
    ws.cell(row=r + 1, column=8, value="=COUNTA(C6:C14)")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 48, 18, 10, 12, 12, 12, 6, 45]):
        ws.column_dimensions[col].width = w
    # a second small sheet with abbreviations used
    ws2 = wb.create_sheet("Förkortn.")
    for i, (a, b) in enumerate([("KM", "Kontrollmoment"), ("Ansv.", "Ansvarig"), ("Frekv.", "Frekvens"),
                                ("Uppf.", "Uppföljning"), ("Avv.", "Avvikelse"), ("Komm.", "Kommentar"),
                                ("SBF", "Samhällsbyggnadsförvaltningen")], 1):
        ws2.cell(row=i, column=1, value=a)
        ws2.cell(row=i, column=2, value=b)
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden - ordinary Swedish, ODS
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontroll helår 2025.ods"
    nm = "Barn- och utbildningsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    doc.automaticstyles.addElement(wide)
    mid = Style(name="mid", family="table-column")
    mid.addElement(TableColumnProperties(columnwidth="3.5cm"))
    doc.automaticstyles.addElement(mid)

    def add_row(table, values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tr.addElement(TableCell())
                continue
            tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    # instruction sheet first
    ins = Table(name="Instruktion")
    ins.addElement(TableColumn(stylename=wide))
    for line in ["Instruktion för uppföljning av internkontrollplan",
                 "Fyll i kolumnerna Resultat, Status och Åtgärd på fliken Uppföljning.",
                 "Status anges som Klar, Klar med anmärkning, Pågår eller Ej påbörjad.",
                 "Skickas till ekonomienheten senast 2026-01-31."]:
        add_row(ins, [line])
    doc.spreadsheet.addElement(ins)

    t = Table(name="Uppföljning")
    for s in [mid, wide, mid, wide, mid, wide]:
        t.addElement(TableColumn(stylename=s))
    add_row(t, ["Uppföljning internkontroll 2025 – Barn- och utbildningsnämnden"], bold)
    add_row(t, ["Period: helår (januari–december 2025)"])
    add_row(t, [])
    add_row(t, ["Område", "Kontrollmoment", "Kontrollansvarig", "Resultat", "Status", "Åtgärd"], bold)
    rows = [
        ("Grundskola", "Rektors beslut om särskilt stöd dokumenteras i åtgärdsprogram", "Rektorer",
         "12 av 12 granskade åtgärdsprogram var korrekt dokumenterade.", "Klar", "", "GENOMFORD", "nej"),
        ("Grundskola", "Anmälan om kränkande behandling till huvudman utan dröjsmål", "Verksamhetschef grundskola",
         "I 5 av 31 fall tog anmälan till huvudman mer än en vecka.", "Klar med anmärkning",
         "Information till rektorer på ledningsgrupp i december.", "GENOMFORD", "ja"),
        ("Grundskola", "Frånvarouppföljning och kontakt med vårdnadshavare vid upprepad ogiltig frånvaro",
         "Elevhälsochef", "Granskningen av två av fyra skolor är klar.", "Pågår", "Övriga skolor våren 2026.",
         "DELVIS", ""),
        ("Grundskola", "Modersmålsundervisning i finska erbjuds elever med rätt till det",
         "Samordnare finskt förvaltningsområde",
         "Alla berättigade elever har fått erbjudande, 41 elever deltar.", "Klar", "", "GENOMFORD", "nej"),
        ("Skolskjuts", "Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Skolskjutshandläggare",
         "", "Ej påbörjad", "Riktlinjen revideras, kontrollen skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Förskola", "Placering i förskola inom fyra månader från ansökan", "Placeringsansvarig",
         "Samtliga barn placerades inom garantitiden.", "Klar", "", "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret vid nyanställning i skola och förskola", "HR-partner BUF",
         "Kontrollen är genomförd. 2 nyanställda saknade registerutdrag vid anställningens start.", "",
         "Rutinen i rekryteringsstödet har uppdaterats.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Behörighetskontroll av elevhälsans journaler i Prorenata", "Elevhälsochef",
         "Loggkontroll gjord i oktober, inga obehöriga åtkomster.", "Klar", "", "GENOMFORD", "nej"),
    ]
    for row in rows:
        add_row(t, row[:6])
        exp(fil, nm, row[1], row[6], row[7])
    add_row(t, [])
    add_row(t, ["Uppföljningen behandlad i BUN:s arbetsutskott 2026-02-03."])
    doc.spreadsheet.addElement(t)
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - consultancy Word template, nämnd only in page header
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Follow-up internal control 2025 - final.docx"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "NGP"
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\tKölviks kommun"
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Template © Nordic Governance Partners – v2.1"
    d.add_heading("Internal control – follow-up report 2025", level=1)
    meta = d.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (a, b) in enumerate([("Reporting period", "January–December 2025 (helår)"),
                                ("Prepared by", "Förvaltningen, kvalitetsutvecklare Mikael Heikkinen"),
                                ("Date", "2026-01-30")]):
        meta.cell(i, 0).text = a
        meta.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Status: Completed / Partly / Not started / Cancelled. "
                    "Outcome = resultat av kontrollen; Comment = åtgärder och övriga kommentarer.")
    hdr = ["#", "Control activity", "Owner", "Status", "Outcome", "Comment"]
    rows = [
        ("1", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningskonsulent",
         "Completed", "2 av 18 föreningar saknade godkänd verksamhetsberättelse vid utbetalning.",
         "Återkrav utrett, bidragsreglerna förtydligas.", "GENOMFORD", "ja"),
        ("2", "Uthyrning av lokaler och anläggningar faktureras enligt taxa", "Bokningsansvarig",
         "Partly", "Inga fel i granskad del.", "Bokningssystemet avstämt för idrottshallarna, ej för ishallen.",
         "DELVIS", "nej"),
        ("3", "Kassahantering i simhallens reception", "Badchef", "Completed", "Inga avvikelser.",
         "Oanmäld kassainventering i maj och november.", "GENOMFORD", "nej"),
        ("4", "Kulturskolans avgifter och syskonrabatt", "Kulturskolechef", "Completed",
         "Syskonrabatt hade inte tillämpats i 4 fall.", "Kreditering gjord i december.", "GENOMFORD", "ja"),
        ("5", "Inventering av bibliotekets medieinköp mot avtal", "Bibliotekschef", "Not started", "",
         "Ny upphandling av medier pågår; kontrollen görs 2026.", "EJ_GENOMFORD", ""),
        ("6", "Barnkonsekvensanalys inför beslut om ändrade öppettider", "Förvaltningschef", "Cancelled", "",
         "Avbruten genom nämndens beslut 2025-09-03 § 45 (öppettiderna ändras inte).", "UTGAR", ""),
        ("7", "Registerkontroll (belastningsregister) för ledare i lovverksamhet", "Fritidsgårdschef", "",
         "", "Genomförd i juni inför sommarlovet, samtliga ledare hade visat upp utdrag.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for row in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = row[i]
        exp(fil, nm, row[1], row[6], row[7])
    d.add_paragraph("")
    d.add_paragraph("Overall assessment / Samlad bedömning: Den interna kontrollen bedöms som i huvudsak "
                    "tillräcklig. Åtgärder enligt ovan följs upp i internkontrollplan 2026.")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys-type CSV export, two nämnder, T2 and Helår rows side by side
# ---------------------------------------------------------------------------
def file_export():
    fil = "Export_InternalControl_MHN_OFN_2025.csv"
    mhn = "Miljö- och hälsoskyddsnämnden"
    ofn = "Överförmyndarnämnden"
    controls = [
        (mhn, "Livsmedelskontroll", "Tillsynsplanen för livsmedelskontroll följs",
         "Livsmedelsinspektör", ("Partly", "Hälften av inspektionerna gjorda.", ""),
         ("Completed", "Samtliga 190 planerade inspektioner genomförda.", ""), "GENOMFORD", "nej"),
        (mhn, "Avgifter", "Debitering av årlig tillsynsavgift enligt taxa", "Miljöchef",
         ("Not started", "", "Görs under hösten."),
         ("Completed", "3 anläggningar hade felaktig riskklass.", "Avgifterna korrigerade."), "GENOMFORD", "ja"),
        (mhn, "Miljöskydd", "Handläggningstid för anmälan om värmepump (6 veckor)", "Miljöinspektör",
         ("Partly", "", ""),
         ("Partly", "20 av 40 ärenden granskade, inga överskridanden i urvalet.", "Resten granskas 2026."),
         "DELVIS", "nej"),
        (mhn, "Myndighetsutövning", "Jäv och bisysslor hos inspektörer", "Miljöchef",
         ("Completed", "Inga avvikelser.", ""), ("Completed", "Inga avvikelser.", ""), "GENOMFORD", "nej"),
        (mhn, "Registratur", "Diarieföring av klagomål inom 2 arbetsdagar", "Nämndsekreterare",
         ("Not started", "", ""), ("Not started", "", "Flyttas till internkontrollplan 2026."),
         "EJ_GENOMFORD", ""),
        (ofn, "Granskning", "Granskning av årsräkningar inom sex månader", "Handläggare ÖF",
         ("Partly", "", "Pågår enligt plan."),
         ("Completed", "94 % granskade i tid, 12 årsräkningar överskred sex månader.", ""), "GENOMFORD", "ja"),
        (ofn, "Ställföreträdare", "Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Enhetschef ÖF", ("Completed", "Inga avvikelser.", ""), ("Completed", "Inga avvikelser.", ""),
         "GENOMFORD", "nej"),
        (ofn, "Arvoden", "Arvoden till ställföreträdare beräknas enligt riktlinjer", "Handläggare ÖF",
         ("Not started", "", ""), ("Partly", "Stickprov 15 av 30 klart.", ""), "DELVIS", ""),
        (ofn, "Granskning", "Uttagsspärrade konton kontrolleras mot bankens underlag", "Handläggare ÖF",
         ("", "", ""), ("Cancelled", "", "Ersätts av digital kontroll via bankernas tjänst, beslut ÖFN § 31."),
         "UTGAR", ""),
    ]
    lines = []
    lines.append(["Export: Internal control – Kölviks kommun", "", "", "", "", "", "", ""])
    lines.append(["Generated 2026-01-15 08:42 by s.kallio", "", "", "", "", "", "", ""])
    lines.append(["Unit", "Process", "Control activity", "Responsible", "Period", "Status", "Outcome", "Comment"])
    for u, proc, km, resp, t2, hel, st, avv in controls:
        lines.append([u, proc, km, resp, "T2 2025", t2[0], t2[1], t2[2]])
        lines.append([u, proc, km, resp, "Helår 2025", hel[0], hel[1], hel[2]])
        EXPECTED.append((fil, u, km, st, avv))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - ordinary Swedish .xls, process heading rows, fills
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden internkontroll helår 2025.xls"
    nm = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    group = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue")
    norm = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    fill = {
        "Genomförd": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; align: vert top; "
                                 "borders: left thin, right thin, top thin, bottom thin"),
        "Genomförd med avvikelse": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; "
                                               "align: wrap on, vert top; "
                                               "borders: left thin, right thin, top thin, bottom thin"),
        "Delvis genomförd": xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; align: vert top; "
                                        "borders: left thin, right thin, top thin, bottom thin"),
        "Ej genomförd": xlwt.easyxf("pattern: pattern solid, fore_colour rose; align: vert top; "
                                    "borders: left thin, right thin, top thin, bottom thin"),
        "Ej aktuell": xlwt.easyxf("pattern: pattern solid, fore_colour gray25; align: vert top; "
                                  "borders: left thin, right thin, top thin, bottom thin"),
    }
    ws.write(0, 0, "Tekniska nämnden", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning helår")
    ws.write(2, 0, "Tekniska förvaltningen, Kölviks kommun. Rapporteras till nämnden 2026-02-19.")
    hdr = ["Kontrollmoment", "Risk (S×K)", "Planerad tidpunkt", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    groups = [
        ("VA-verksamhet", [
            ("Debitering av VA-avgifter enligt VA-taxan", "3×3=9", "Okt", "VA-chef", "Genomförd", "Nej",
             "Stickprov 50 abonnenter.", "GENOMFORD", "nej"),
            ("Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "2×4=8", "Löpande", "Driftchef VA",
             "Genomförd med avvikelse", "Ja", "Två prov togs för sent i juli (semesterperiod).",
             "GENOMFORD", "ja"),
        ]),
        ("Gata/park", [
            ("Besiktning av lekplatser enligt SS-EN 1176", "2×4=8", "Maj–sep", "Parkchef", "Delvis genomförd",
             "", "18 av 24 lekplatser besiktigade.\nResterande besiktigas våren 2026.", "DELVIS", ""),
            ("Vinterväghållning – kontroll av entreprenörens utryckningstider", "3×2=6", "Jan–mar, nov–dec",
             "Gatuchef", "Genomförd", "Nej", "Utryckning inom avtalad tid vid samtliga kontrollerade tillfällen.",
             "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter", "2×5=10", "Helår",
             "Fastighetschef", "Ej genomförd", "", "Ny fastighetsingenjör på plats först i november.\n"
             "Kontrollen läggs in i plan 2026.", "EJ_GENOMFORD", ""),
            ("Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade", "3×2=6", "Jun",
             "Fastighetschef", "Ej aktuell", "", "Hanteras av KS lokalstrateg från 2025.", "UTGAR", ""),
        ]),
        ("Måltidsverksamhet", [
            ("Egenkontroll av livsmedelshantering i tillagningskök", "2×3=6", "Vår och höst", "Kostchef",
             "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("Specialkost – rutin för allergener följs", "2×5=10", "Löpande", "Kostchef", "Genomförd", "Ja",
             "En incident med felmärkt portion i mars, rutinen uppdaterad.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 5
    for gname, rows in groups:
        ws.write_merge(r, r, 0, 6, gname, group)
        r += 1
        for row in rows:
            for c in range(7):
                st = fill[row[4]] if c == 4 else norm
                ws.write(r, c, row[c], st)
            exp(fil, nm, row[0], row[7], row[8])
            r += 1
    r += 1
    ws.write(r, 0, "Risk: S = sannolikhet (1–5), K = konsekvens (1–5).")
    ws.write(r + 1, 0, "Status: grönt = genomförd, gult = delvis, rött = ej genomförd, grått = ej aktuell.")
    for c, w in enumerate([50, 11, 16, 16, 22, 10, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: English consultancy invoice (docx)
# ---------------------------------------------------------------------------
def file_invoice():
    fil = "Invoice NGP-2025-0412 Kölvik internal control.docx"
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "Nordic Governance Partners"
    d.add_heading("INVOICE", level=1)
    d.add_paragraph("Nordic Governance Partners Oy Ab – Swedish branch\nOrg.nr 559912-4471\n"
                    "Strandvägen 12, 951 31 Luleå")
    d.add_paragraph("Bill to: Kölviks kommun, Ekonomienheten, Ref. 4410-KLK\n"
                    "Invoice no: NGP-2025-0412\nInvoice date: 2026-01-31\nDue date: 2026-03-02")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Activity", "Hours", "Rate (SEK)", "Amount (SEK)"]):
        t.rows[0].cells[i].text = h
    for a, h, rate in [
        ("Workshop: common internal control template (Control activity, Status, Outcome)", 6, 1450),
        ("Support to committees – follow-up full year 2025", 14, 1450),
        ("Translation of headings Swedish/Finnish (Kontrollmoment / Valvontakohde)", 3, 1150),
        ("Compilation of follow-up for Kommunstyrelsen", 8, 1450),
    ]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = a, str(h), f"{rate:,}".replace(",", " "), \
            f"{h * rate:,}".replace(",", " ")
    total = 6 * 1450 + 14 * 1450 + 3 * 1150 + 8 * 1450
    c = t.add_row().cells
    c[0].text = "Total excl. VAT"
    c[3].text = f"{total:,}".replace(",", " ")
    c = t.add_row().cells
    c[0].text = "VAT 25 %"
    c[3].text = f"{total * 0.25:,.0f}".replace(",", " ")
    d.add_paragraph("")
    d.add_paragraph("Payment to bankgiro 5123-8890. Please state the invoice number. "
                    "Late payment interest according to Räntelagen.")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    register = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK|Kunnanhallitus"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Sosiaalilautakunta"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Kölviks Energi AB", "KEAB|Kölvik Energi"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(register)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_sn()
    file_sbn()
    file_bun()
    file_kfn()
    file_export()
    file_tn()
    file_invoice()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")
