#!/usr/bin/python3
"""Blind round r606 - Vetlanda kommun, helår 2025. Builds all files + namnder.csv, files.csv, expected.csv."""
import os, csv, zipfile
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill, Alignment
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def fixed_core(doc):
    import datetime
    cp = doc.core_properties
    cp.author = "Vetlanda kommun"
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = "Vetlanda kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. BUN - verksamhetsberättelse chapter, heading per control, prose only
# ---------------------------------------------------------------------------
def f1():
    fil = "BUN Verksamhetsberättelse 2025 kap 8 Intern kontroll.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    fixed_core(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen – Verksamhetsberättelse 2025"
    sec.footer.paragraphs[0].text = "Vetlanda kommun"
    doc.add_heading("8 Intern kontroll", level=1)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). "
        "Planen omfattar sju kontrollmoment som valts ut utifrån nämndens risk- och väsentlighetsanalys. "
        "Nedan redovisas hur respektive kontroll har genomförts under året och vad kontrollerna visat.")
    items = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomienheten har under oktober gjort ett stickprov om 40 leverantörsfakturor fördelade på samtliga "
         "rektorsområden. Samtliga fakturor var attesterade av behörig attestant och ingen faktura hade attesterats "
         "av samma person som beställt varan. Kontrollen har därmed genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Registerutdrag ur belastningsregistret vid nyanställning",
         "Personalenheten har kontrollerat samtliga 63 tillsvidare- och visstidsanställningar inom förskola och skola "
         "under perioden januari–november. I fyra fall hade anställningen påbörjats innan registerutdraget visats upp. "
         "Rutinen har förtydligats för rekryterande chefer och en påminnelse har lagts in i rekryteringssystemet.",
         "GENOMFORD", "ja"),
        ("Handläggning av skolskjuts inom fastställd tid",
         "Genomgången av ansökningar om skolskjuts inför höstterminen har påbörjats men har inte kunnat slutföras "
         "eftersom handläggaren varit sjukskriven under hösten. Hittills granskade ärenden (ungefär hälften) har "
         "handlagts inom tre veckor. Resterande ärenden granskas under första kvartalet 2026.",
         "DELVIS", "nej"),
        ("Anmälan till huvudman om kränkande behandling",
         "Kontrollen av att rektorer anmäler kränkande behandling till huvudmannen utan dröjsmål har inte "
         "genomförts under 2025. Arbetet prioriterades ned i samband med införandet av det nya "
         "ärendehanteringssystemet och kontrollen flyttas till internkontrollplanen 2026.",
         "EJ_GENOMFORD", ""),
        ("Uppföljning av frånvaro och ogiltig frånvaro i grundskolan",
         "Samtliga grundskolor har redovisat elevfrånvaron per månad till förvaltningen. Uppföljningen visar att "
         "rutinen för kontakt med vårdnadshavare följs, men att två skolor inte har anmält upprepad ogiltig "
         "frånvaro till elevhälsan inom den tid som rutinen anger. Skolorna har fått återkoppling.",
         "GENOMFORD", "ja"),
        ("Inventering av elevdatorer",
         "Nämnden beslutade den 15 maj 2025 (§ 52) att kontrollmomentet utgår, eftersom inventeringen av "
         "elevdatorer från och med i år görs av IT-avdelningen inom ramen för kommunens gemensamma "
         "IT-inventering.",
         "UTGAR", ""),
        ("Korrekt underlag för interkommunal ersättning",
         "Resultatet av kontrollen redovisas i bilaga 4 till verksamhetsberättelsen.",
         "OKLAR", ""),
    ]
    for head, text, st, av in items:
        doc.add_heading(head, level=2)
        doc.add_paragraph(text)
        EXPECTED.append((fil, nm, head, st, av))
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningens samlade bedömning är att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "De brister som noterats har åtgärdats eller kommer att följas upp i 2026 års plan.")
    doc.add_heading("Förslag till kontrollområden 2026", level=2)
    for t in ["Anmälan till huvudman om kränkande behandling (flyttas från 2025)",
              "Hantering av allmänna handlingar i skolornas e-post",
              "Avtalstrohet vid inköp av läromedel"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("9 Framtid", level=1)
    doc.add_paragraph("Elevantalet i kommunen väntas minska något de kommande åren, vilket ställer krav på "
                      "anpassning av lokaler och organisation.")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. SN - Word table, control row + merged "Kommentar:" row, process headings
# ---------------------------------------------------------------------------
def f2():
    fil = "Uppföljning IK helår 2025 SN.docx"
    nm = "Socialnämnden"
    doc = Document()
    fixed_core(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "VETLANDA KOMMUN\tSocialförvaltningen"
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Nämnd: Socialnämnden")
    doc.add_paragraph("Uppföljningsperiod: 2025-01-01 – 2025-12-31")
    doc.add_paragraph("Status anges som Genomförd, Genomförd med avvikelse, Pågår, Ej genomförd eller Utgår. "
                      "Kommentar lämnas på raden under respektive kontroll.")
    rows = [
        ("H", "Process: Myndighetsutövning"),
        ("1", "Utredningstider inom barn- och ungdomsvården, fyra månader enligt SoL 11 kap. 2 §", "Enhetschef IFO barn", "Halvår", "Genomförd med avvikelse",
         "Stickprov 30 utredningar. 5 utredningar överskred fyramånadersgränsen utan beslut om förlängning.", "GENOMFORD", "ja"),
        ("2", "Verkställighet av beslut om bistånd inom tre månader (rapportering till IVO)", "Biståndsenhetschef", "Kvartal", "Genomförd",
         "Samtliga ej verkställda beslut har rapporterats till IVO och nämnden i rätt tid.", "GENOMFORD", "nej"),
        ("3", "Kontroll av att dokumentation i Lifecare följer gällande rutin", "Verksamhetsutvecklare", "Helår", "Pågår",
         "Granskningen av 20 akter är gjord inom SÄBO, hemtjänsten återstår och görs i januari 2026.", "DELVIS", ""),
        ("H", "Process: Ekonomi"),
        ("4", "Hantering av brukarnas privata medel inom särskilt boende", "Enhetschefer SÄBO", "Halvår", "Genomförd med avvikelse",
         "På två av nio boenden saknades kvittenser för uttag. Rutinen har gåtts igenom på APT.", "GENOMFORD", "ja"),
        ("5", "Debitering av avgifter inom hemtjänst enligt taxa", "Avgiftshandläggare", "Kvartal", "",
         "Kontrollen är genomförd utan anmärkning – samtliga 25 kontrollerade fakturor var korrekta.", "GENOMFORD", "nej"),
        ("6", "Utbetalning av ekonomiskt bistånd – kontroll mot attestlista", "Enhetschef försörjningsstöd", "Månad", "Genomförd",
         "", "GENOMFORD", ""),
        ("H", "Process: Personal och arbetsmiljö"),
        ("7", "Timanställdas arbetade tid stämmer med schema och lönerapportering", "HR-konsult", "Halvår", "Ej genomförd",
         "Kontrollen har inte hunnits med på grund av byte av schemasystem.", "EJ_GENOMFORD", ""),
        ("8", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Nämndsekreterare", "Kvartal", "Utgår",
         "Ersätts av automatisk anmälan i ärendesystemet från mars 2025, beslut SN § 33/2025.", "UTGAR", ""),
        ("9", "Introduktion av nyanställda inom hemtjänsten enligt checklista", "Enhetschefer hemtjänst", "Helår", "",
         "", "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "Status"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        if row[0] == "H":
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            m.text = ""
            m.paragraphs[0].add_run(row[1]).bold = True
            continue
        nr, km, ans, frek, st_txt, kom, st, av = row
        cells = t.add_row().cells
        for c, v in zip(cells, [nr, km, ans, frek, st_txt]):
            c.text = v
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = ("Kommentar: " + kom) if kom else "Kommentar:"
        EXPECTED.append((fil, nm, km, st, av))
    doc.add_paragraph("")
    doc.add_paragraph("Vetlanda 2026-01-22")
    doc.add_paragraph("Anna Lindqvist, socialchef")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. TN - two tables: plan (risk values) then follow-up (status), join by Nr
# ---------------------------------------------------------------------------
def f3():
    fil = "Tekniska nämnden internkontroll 2025 plan och uppföljning.docx"
    nm = "Tekniska nämnden"
    doc = Document()
    fixed_core(doc)
    doc.add_heading("Internkontrollplan 2025 med uppföljning helår", level=1)
    doc.add_paragraph("Tekniska nämnden, Vetlanda kommun. Planen antogs av nämnden 2025-01-29, § 8. "
                      "Riskvärde = sannolikhet × konsekvens (1–4). Kontroller med riskvärde 9 eller högre ingår i planen.")
    doc.add_heading("1. Internkontrollplan 2025", level=2)
    plan = [
        ("1.1", "Upphandling", "Köp utanför avtal", 3, 3, "Avtalstrohet vid inköp av förbrukningsmaterial – stickprov på 30 fakturor", "Gatuchef"),
        ("1.2", "Upphandling", "Direktupphandling utan dokumentation", 3, 4, "Dokumentation av direktupphandlingar över 100 000 kr", "Upphandlare"),
        ("2.1", "Fastighet", "Eftersatt underhåll", 3, 3, "Uppföljning av underhållsplan för kommunens fastigheter", "Fastighetschef"),
        ("2.2", "Fastighet", "Brister i brandskydd", 2, 4, "Systematiskt brandskyddsarbete (SBA) dokumenterat i samtliga verksamhetslokaler", "Driftchef fastighet"),
        ("3.1", "Gata/park", "Olycksrisk på lekplatser", 3, 4, "Årlig besiktning av kommunala lekplatser", "Parkchef"),
        ("3.2", "Gata/park", "Felaktig debitering", 3, 3, "Debitering av upplåtelse av offentlig plats enligt taxa", "Handläggare gata"),
        ("4.1", "VA", "Otjänligt dricksvatten", 2, 4, "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef"),
        ("4.2", "Kost", "Allergener i måltider", 3, 4, "Märkning och hantering av specialkost i kommunens kök", "Kostchef"),
        ("5.1", "Ekonomi", "Felaktiga avskrivningar", 3, 3, "Aktivering av investeringsprojekt vid färdigställande", "Controller"),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for nr, pr, risk, s, k, km, ans in plan:
        cells = t.add_row().cells
        for c, v in zip(cells, [nr, pr, risk, str(s), str(k), str(s * k), km]):
            c.text = v
    doc.add_paragraph("")
    doc.add_heading("2. Uppföljning helår 2025", level=2)
    doc.add_paragraph("Uppföljningen redovisas per kontrollnummer enligt planen ovan.")
    fu = {
        "1.1": ("Klar – avvikelse", "7 av 30 fakturor avsåg köp utanför avtal, främst arbetskläder. Information till beställare.", "GENOMFORD", "ja"),
        "1.2": ("Klar", "Samtliga 11 direktupphandlingar var dokumenterade.", "GENOMFORD", "nej"),
        "2.2": ("Delvis", "SBA-dokumentation kontrollerad i 14 av 22 lokaler, inga brister i de kontrollerade.", "DELVIS", "nej"),
        "2.1": ("Ej påbörjad", "Ny underhållsplan tas fram under 2026, kontrollen görs därefter.", "EJ_GENOMFORD", ""),
        "3.1": ("Klar", "Besiktning utförd av extern besiktningsman i juni. Två lekredskap togs bort.", "GENOMFORD", "ja"),
        "4.1": ("Klar", "Alla prover enligt programmet tagna, inga otjänliga prover.", "GENOMFORD", "nej"),
        "3.2": ("Ej aktuell", "Taxan har inte debiterats under 2025 (beslut om nollavgift för uteserveringar).", "UTGAR", ""),
        "5.1": ("Klar", "", "GENOMFORD", ""),
    }
    order = ["1.1", "1.2", "2.2", "2.1", "3.1", "4.1", "3.2", "5.1"]  # 4.2 missing
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Kontroll nr", "Ansvarig", "Status", "Resultat/kommentar"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    ansv = {p[0]: p[6] for p in plan}
    for nr in order:
        st_txt, kom, _, _ = fu[nr]
        cells = t2.add_row().cells
        for c, v in zip(cells, [nr, ansv[nr], st_txt, kom]):
            c.text = v
    for nr, pr, risk, s, k, km, ans in plan:
        if nr in fu:
            EXPECTED.append((fil, nm, km, fu[nr][2], fu[nr][3]))
        else:
            EXPECTED.append((fil, nm, km, "SAKNAS", ""))
    doc.add_paragraph("")
    doc.add_paragraph("Kontroll 4.2 redovisas av kostenheten vid nämndens sammanträde i februari 2026.")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. MBN - .odt with form tables (label / value)
# ---------------------------------------------------------------------------
def f4():
    fil = "MBF uppföljning internkontroll 2025.odt"
    nm = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="Rubrik", family="paragraph")
    big.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    lab = Style(name="Etikett", family="paragraph")
    lab.addElement(TextProperties(fontweight="bold"))
    c1 = Style(name="Kol1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4.5cm"))
    c2 = Style(name="Kol2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12cm"))
    for s in (big, lab):
        doc.styles.addElement(s)
    for s in (bold, c1, c2):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=big, text="Miljö- och byggförvaltningen"))
    doc.text.addElement(P(text="Redovisning av intern kontroll, helår 2025"))
    doc.text.addElement(P(text="Varje kontrollmoment redovisas i ett eget formulär. Fyll i samtliga fält."))
    forms = [
        ("Handläggningstid för bygglov – beslut inom tio veckor från komplett ansökan",
         "Bygglovsarkitekt", "2025-11-14",
         "Samtliga 142 beslut under jan–okt kontrollerade. 6 beslut fattades efter tio veckor utan förlängning.",
         "Uppföljning av ärendebalans varje vecka.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa inom livsmedelskontrollen",
         "Miljöinspektör", "2025-10-02",
         "Stickprov 20 debiteringar – alla korrekta.", "Ingen åtgärd.", "GENOMFORD", "nej"),
        ("Tillsynsplanen för miljöskydd följs",
         "Miljöchef", "",
         "Ej utförd. Kontrollen skjuts till 2026 på grund av personalbrist.", "Tas med i plan 2026.", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "2025-12-10",
         "Kontroll gjord för perioden jan–sep. Oktober–december kontrolleras i januari.", "", "DELVIS", ""),
        ("Arkivering av avslutade ärenden i e-arkivet",
         "Registrator", "", "", "", "SAKNAS", ""),
        ("Strandskyddsdispenser – kontroll av att beslut skickats till Länsstyrelsen",
         "Miljö- och byggchef", "2025-09-30",
         "Se bilaga.", "", "OKLAR", ""),
    ]
    for km, av_, dat, res, atg, st, avv in forms:
        doc.text.addElement(P(text=""))
        tb = Table(name="Formular%d" % (len([e for e in EXPECTED if e[0] == fil]) + 1))
        tb.addElement(TableColumn(stylename=c1))
        tb.addElement(TableColumn(stylename=c2))
        for label, val in [("Kontrollmoment", km), ("Utfört av", av_), ("Datum", dat),
                           ("Resultat", res), ("Åtgärd", atg)]:
            tr = TableRow()
            a = TableCell(valuetype="string"); a.addElement(P(stylename=lab, text=label))
            b = TableCell(valuetype="string"); b.addElement(P(text=val))
            tr.addElement(a); tr.addElement(b)
            tb.addElement(tr)
        doc.text.addElement(tb)
        EXPECTED.append((fil, nm, km, st, avv))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Sammanställt av: Erik Johansson, förvaltningschef, 2026-01-15"))
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. KS - xlsx, J/N/D codes, legend in cell comment on header
# ---------------------------------------------------------------------------
def f5():
    fil = "KS IK-plan 2025 uppföljning.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår, per 2025-12-31"
    ws["A3"] = "Kommunledningsförvaltningen"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Riskvärde", "Utfört", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.cell(row=5, column=7).comment = Comment(
        "Förklaring:\nJ = Ja, kontrollen är genomförd\nN = Nej, kontrollen är inte genomförd\n"
        "D = Delvis genomförd\n(Avvikelse: J/N)", "Ekonomiavdelningen")
    data = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor", "Redovisningsansvarig", 12, "J", "N", "", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation – syfte och deltagare dokumenterade", "Samtliga representationsfakturor", "Redovisningsansvarig", 9, "J", "J", "3 fakturor saknade deltagarförteckning.", "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Granskning av avstämningar apr, aug, nov", "Redovisningschef", 8, "D", "N", "Augusti och november klara, april ej avstämd i tid.", "DELVIS", "nej"),
        ("G", "Personal"),
        ("4", "Personal", "Löneutbetalningar till avslutade anställningar", "Körning mot HR-systemet", "Lönechef", 12, "J", "N", "", "GENOMFORD", "nej"),
        ("5", "Personal", "Bisysslor – årlig inventering hos chefer", "Enkät till chefer", "HR-chef", 9, "N", "", "Flyttas till 2026 pga nytt HR-system.", "EJ_GENOMFORD", ""),
        ("G", "Upphandling och IT"),
        ("6", "Upphandling", "Avtalstrohet – inköp från avtalade leverantörer", "Spendanalys helår", "Upphandlingschef", 12, "J", "J", "Avtalstrohet 86 %, mål 90 %.", "GENOMFORD", "ja"),
        ("7", "IT", "Behörigheter i ekonomisystemet stäms av mot anställningar", "Uttag behörighetslista", "Systemförvaltare", 9, "", "", "", "SAKNAS", ""),
        ("8", "IT", "Informationssäkerhet – årlig klassning av verksamhetssystem", "Genomgång med systemägare", "Informationssäkerhetssamordnare", 6, "D", "", "Klassning klar för 9 av 15 system.", "DELVIS", ""),
        ("9", "Kansli", "Diarieföring av inkommande handlingar inom fem dagar", "Stickprov 40 handlingar", "Registrator", 8, "–", "", "Utgår enligt KS beslut 2025-04-08 § 61, ersätts av e-tjänst.", "UTGAR", ""),
    ]
    r = 6
    for row in data:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        nr, pr, km, met, ans, rv, ut, av, kom, st, avv = row
        for i, v in enumerate([int(nr), pr, km, met, ans, rv, ut, av, kom], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fil, nm, km, st, avv))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljd av: Maria Sandberg, ekonomichef, 2026-01-19")
    for col, w in zip("ABCDEFGHI", [5, 14, 45, 30, 22, 10, 8, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Kommunstyrelsen"
    import datetime
    wb.properties.creator = "Vetlanda kommun"
    wb.properties.created = datetime.datetime(2026, 1, 19, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 19, 10, 0, 0)
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. UTF-8 CSV export (Stratsys-like), two nämnder, T1/T2/Helår columns
# ---------------------------------------------------------------------------
def f6():
    fil = "stratsys_export_internkontroll_2025.csv"
    rows = [
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Ekonomi", "Hantering av kontanta medel i bibliotekets kassa", "Kassaavstämning varje månad",
         "Genomförd", "Genomförd", "Genomförd", "Inga differenser.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Bidrag", "Föreningsbidrag betalas ut enligt bidragsregler", "Stickprov 15 ansökningar",
         "", "Pågående", "Genomförd med avvikelse", "2 föreningar hade fått bidrag utan inlämnad årsredovisning.", "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Fritid", "Bokning och debitering av idrottsanläggningar", "Jämförelse bokningssystem – faktura",
         "Ej påbörjad", "Pågående", "", "", "DELVIS", ""),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Säkerhet", "Säkerhetsrutiner vid badhuset – livräddningsprov för personal", "Kontroll av intyg",
         "Genomförd", "", "", "Alla badvakter har giltigt prov.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Kultur", "Konstinventering av kommunens konstsamling", "Inventering på plats",
         "Ej påbörjad", "Ej påbörjad", "Ej genomförd", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Ekonomi", "Entréavgifter redovisas korrekt vid evenemang", "Avstämning kassa – bokföring",
         "", "", "Avbruten", "Avbruten genom beslut KFN 2025-09-17 § 71 (kontantfri hantering infördes).", "UTGAR", ""),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Tillsyn", "Granskning av årsräkningar inom lagstadgad tid", "Uppföljning i Wärna",
         "Pågående", "Pågående", "Genomförd", "Samtliga årsräkningar granskade inom tid.", "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Tillsyn", "Kontroll av att ställföreträdare har registerutdrag", "Stickprov 20 nya ställföreträdare",
         "", "Genomförd", "Genomförd", "1 saknade utdrag vid förordnandet, kompletterat.", "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Arvoden", "Arvoden till ställföreträdare beräknas enligt riktlinjer", "Stickprov 25 beslut",
         "", "", "", "", "SAKNAS", ""),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Handläggning", "Handläggningstid för ansökan om godmanskap", "Statistik ur verksamhetssystemet",
         "Pågående", "Pågående", "Pågående", "Statistik finns t.o.m. oktober.", "DELVIS", ""),
    ]
    with open(fil, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Process", "Kontrollmoment", "Kontrollmetod", "Status T1 2025", "Status T2 2025",
                    "Status Helår 2025", "Kommentar"])
        for enh, nm, pr, km, met, t1, t2, h, kom, st, av in rows:
            w.writerow([enh, pr, km, met, t1, t2, h, kom])
            EXPECTED.append((fil, nm, km, st, av))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Reject - meeting minutes mentioning internkontroll in passing
# ---------------------------------------------------------------------------
def f7():
    fil = "Protokoll KFN 2025-12-10.docx"
    doc = Document()
    fixed_core(doc)
    doc.add_heading("PROTOKOLL", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden\nSammanträdesdatum 2025-12-10")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Nässjövägen, kl. 13.30–16.05")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Beslutande"
    t.rows[0].cells[1].text = "Funktion"
    for n, fn in [("Karin Ek (C)", "Ordförande"), ("Lars Holm (S)", "Vice ordförande"),
                  ("Sofia Berg (M)", "Ledamot"), ("Johan Nyberg (KD)", "Ledamot"), ("Eva Strand (SD)", "Ledamot")]:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fn
    doc.add_paragraph("")
    doc.add_paragraph("Utses att justera: Lars Holm\nJusteringens plats och tid: Kultur- och fritidsförvaltningen 2025-12-15")
    paras = [
        ("§ 84 Val av justerare", "Lars Holm (S) utses att jämte ordföranden justera dagens protokoll."),
        ("§ 85 Ekonomisk uppföljning per november 2025",
         "Förvaltningen redovisar en prognos för helåret med ett överskott om 0,8 mnkr, främst beroende på vakanser. "
         "Nämnden beslutar att lägga informationen till handlingarna."),
        ("§ 86 Föreningsbidrag 2026", "Nämnden beslutar att fastställa bidragsnivåerna för 2026 enligt förvaltningens förslag."),
        ("§ 87 Information från förvaltningen",
         "Förvaltningschefen informerar om öppettider under jul och nyår, läget i renoveringen av simhallen samt att "
         "uppföljningen av internkontrollplanen 2025 kommer att redovisas för nämnden i februari 2026."),
        ("§ 88 Delegationsbeslut", "Redovisade delegationsbeslut för perioden 2025-10-15 – 2025-11-30 läggs till handlingarna."),
    ]
    for h, tx in paras:
        doc.add_heading(h, level=2)
        doc.add_paragraph(tx)
    doc.add_paragraph("")
    doc.add_paragraph("Ordförande ____________________   Justerare ____________________")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Samhällsbyggnad teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnd|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Vetlandabostäder AB", "Vetlanda Bostads AB|VBAB"),
        ("Vetlanda Energi och Teknik AB", "VETAB|Vetlanda Energi"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7):
        fn()
    register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
