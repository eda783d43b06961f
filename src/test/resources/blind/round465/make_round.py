#!/usr/bin/python3
"""Blind round 465 - Tibro kommun, helår 2025.
Theme: statuses written in unusual ways (J/N/D, G/EG/PG, percentages, dates in the
status cell, "Ja, med anmärkning", "OK*" with footnote, English system words, samples "18/20").
Run: /usr/bin/python3 make_round.py   (builds everything in this folder)
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r465build"
LO_PROFILE = "file:///tmp/lo-round465"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Tibro kommun"


def fix_doc(doc):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Tibro kommun"
    cp.author = "Tibro kommun"
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, J/N/D letters, T2 and Helår columns side by side
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Uppföljning internkontrollplan 2025 helår.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Tibro kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporttillfälle: Helår (T3) 2025. Kolumnen Status T2 är rapporterad per 2025-08-31 och lämnas orörd."
    ws["A4"] = "Fyll i status med J, N eller D enligt teckenförklaringen längst ned."
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod / frekvens", "Ansvarig",
           "Status T2", "Status helår", "Avvikelse (J/N)", "Kommentar helår"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Ekonomi", None),
        (("1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar",
          "Attest av leverantörsfakturor enligt attestordningen",
          "Stickprov 40 fakturor, två gånger per år", "Redovisningsansvarig",
          "D", "J", "N", "Stickprov 40 fakturor, samtliga korrekt attesterade."),
         ("GENOMFORD", "nej")),
        (("1.2", "Representation", "Representation utan tydligt syfte",
          "Kontroll av att representation redovisas med syfte och deltagare",
          "Genomgång av samtliga verifikationer konto 6071–6072, helår", "Controller",
          "D", "J", "J",
          "3 av 25 verifikationer saknade deltagarförteckning.\nPåminnelse om riktlinjerna skickad till samtliga chefer."),
         ("GENOMFORD", "ja")),
        (("1.3", "Kundfakturering", "Uteblivna intäkter",
          "Avstämning av kundreskontra och påminnelserutin",
          "Månadsvis avstämning", "Ekonomiassistent",
          "J", "J", "N", "Avstämt varje månad."),
         ("GENOMFORD", "nej")),
        ("Personal", None),
        (("2.1", "Lön", "Felaktig lön till nyanställda",
          "Kontroll av att löneutbetalningar sker enligt beslut (nyanställda)",
          "Stickprov 10 nyanställda per halvår", "HR-chef",
          "N", "D", "",
          "Kontroll genomförd för jan–juni, resterande månader görs i januari 2026."),
         ("DELVIS", "")),
        (("2.2", "Arbetsmiljö", "Långa sjukskrivningar utan rehabplan",
          "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
          "Genomgång av ärenden i Adato, två gånger per år", "HR-konsult",
          "D", "", "", ""),
         ("DELVIS", "")),
        ("IT och informationssäkerhet", None),
        (("3.1", "Behörigheter", "Obehörig åtkomst till ekonomisystemet",
          "Behörighetsgenomgång i ekonomisystemet",
          "Årlig genomgång av behörighetslista", "Systemförvaltare ekonomi",
          "N", "N", "",
          "Ej genomförd p.g.a. byte av ekonomisystem. Flyttas till IKP 2026."),
         ("EJ_GENOMFORD", "")),
        (("3.2", "Incidenthantering", "Incidenter rapporteras inte",
          "Kontroll av att informationssäkerhetsincidenter rapporteras och åtgärdas",
          "Genomgång av incidentloggen", "Informationssäkerhetssamordnare",
          "N", "N", "",
          "Rutin saknas fortfarande, arbete med ny rutin påbörjat hösten 2025."),
         ("EJ_GENOMFORD", "")),
        ("Upphandling och administration", None),
        (("4.1", "Direktupphandling", "Inköp utan avtal / otillåten direktupphandling",
          "Kontroll av att avtal finns vid inköp över direktupphandlingsgränsen",
          "Leverantörsanalys helår", "Upphandlare",
          "", "J", "J",
          "2 inköp utan avtal (konsulttjänster IT). Åtgärdas genom utbildning för beställare."),
         ("GENOMFORD", "ja")),
        (("4.2", "Diarieföring", "Handlingar diarieförs inte",
          "Diarieföring av inkommande handlingar inom föreskriven tid",
          "Stickprov 30 handlingar", "Registrator",
          "", "", "",
          "Kontrollen genomfördes i november. Inga avvikelser."),
         ("GENOMFORD", "nej")),
        (("4.3", "Delegation", "Delegationsbeslut anmäls inte",
          "Efterlevnad av delegationsordningen – anmälan av delegationsbeslut",
          "Jämförelse delegationslistor mot protokoll", "Kanslichef",
          "D", "J", "N", "Samtliga delegationsbeslut anmälda till KS."),
         ("GENOMFORD", "nej")),
    ]
    r = 7
    for item, res in rows:
        if res is None:
            ws.cell(row=r, column=1, value=item).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for c, v in enumerate(item, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, namnd, item[3], *res)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r + 1, column=1, value="J = Ja, kontrollen är genomförd")
    ws.cell(row=r + 2, column=1, value="N = Nej, kontrollen är inte genomförd")
    ws.cell(row=r + 3, column=1, value="D = Delvis genomförd")
    ws.cell(row=r + 4, column=1, value="Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse")
    ws.cell(row=r + 6, column=1, value="Upprättad av: Karin Ek, ekonomichef, 2026-01-20")
    widths = [6, 18, 26, 44, 28, 20, 10, 12, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, G/PG/EG/U codes, two tables
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning IKP helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_doc(doc)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Tibro kommun • Barn- och utbildningsförvaltningen • Dnr BUN 2025/12"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 februari 2025 (§ 9). Nedan redovisas "
        "resultatet av årets kontroller. Förvaltningens samlade bedömning är att den interna kontrollen "
        "i huvudsak har varit tillräcklig, men att arbetet med interkommunal ersättning behöver stärkas.")
    doc.add_heading("Nämndens egna kontrollmoment", level=2)
    hdr = ["Process", "Kontrollmoment", "Metod / frekvens", "Ansvarig", "Status", "Resultat / iakttagelser"]
    rows = [
        ("Ekonomi", "Kontroll av att fakturor för skolskjuts stämmer mot avtal",
         "Stickprov 15 fakturor, årligen", "Ekonom BUF", "G",
         "Stickprov 15 fakturor, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Ekonomi", "Kontroll av interkommunal ersättning (IKE) – fakturering mot andra kommuner",
         "Avstämning elevregister mot fakturerade belopp, per termin", "Ekonom BUF", "EG",
         "Ej genomförd p.g.a. personalomsättning på ekonomienheten.", ("EJ_GENOMFORD", "")),
        ("Ekonomi", "Kontroll av att beslut om tilläggsbelopp fattas enligt delegationsordningen",
         "Genomgång av samtliga beslut", "Verksamhetschef elevhälsa", "G",
         "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Elevhälsa och trygghet", "Uppföljning av elevfrånvaro – rutin för anmälan till rektor vid hög frånvaro",
         "Uppföljning på samtliga grundskolor, terminsvis", "Rektorer", "PG",
         "Rutinen är reviderad.\nImplementering pågår, klar på 2 av 4 skolor.", ("DELVIS", "")),
        ("Elevhälsa och trygghet", "Anmälan av kränkande behandling till huvudman inom föreskriven tid",
         "Genomgång av anmälningar i DF Respons", "Utvecklingsledare", "G",
         "Samtliga anmälningar (47 st) inkom inom föreskriven tid.", ("GENOMFORD", "nej")),
        ("Personal", "Kontroll av att registerutdrag från belastningsregistret uppvisats vid nyanställning",
         "Stickprov bland nyanställda 2025", "HR-partner", "G",
         "2 av 31 nyanställda saknade registerutdrag i personalakten; utdrag har därefter inhämtats.",
         ("GENOMFORD", "ja")),
        ("Kost och lokaler", "Kontroll av att måltider följer gällande riktlinjer för specialkost",
         "Egenkontroll i tillagningsköken", "Kostchef", "",
         "Se bilaga 3.", ("OKLAR", "")),
        ("Kost och lokaler", "Systematiskt brandskyddsarbete – dokumenterade kontroller på förskolorna",
         "Kontroll av SBA-pärmar, årligen", "Förskolechefer", "PG",
         "Genomfört på 9 av 12 förskolor.", ("DELVIS", "")),
        ("IT", "Inventering av digitala läromedelslicenser",
         "Jämförelse licenser mot elevantal", "IT-pedagog", "U",
         "Utgår – ansvaret flyttat till IT-enheten (beslut BUN 2025-03-18 § 22).", ("UTGAR", "")),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t.rows[0].cells[i], "DDEBF7")
    start = None
    prev = None
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row[:6]):
            cells[j].text = v if j != 0 or v != prev else ""
        exp(fil, namnd, row[1], *row[6])
        prev = row[0]
    # merge the process column vertically per group
    groups = {}
    for i, row in enumerate(rows, start=1):
        groups.setdefault(row[0], []).append(i)
    for g, idx in groups.items():
        if len(idx) > 1:
            top = t.cell(idx[0], 0)
            m = top.merge(t.cell(idx[-1], 0))
            # keep single text after merge
            for p in m.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            m.paragraphs[0].text = g
    doc.add_paragraph("")
    doc.add_heading("Kommungemensamma kontrollmoment (beslutade av kommunstyrelsen)", level=2)
    rows2 = [
        ("Kommungemensam: Efterlevnad av riktlinjer för representation",
         "Genomgång av verifikationer", "Controller", "G",
         "1 av 10 verifikationer saknade angivet syfte.", ("GENOMFORD", "ja")),
        ("Kommungemensam: Uppföljning av att inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys av inköpsdata helår", "Ekonom BUF", "PG",
         "Analys av inköpsdata påbörjad, slutförs Q1 2026.", ("DELVIS", "")),
    ]
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]):
        t2.rows[0].cells[i].text = h
        t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows2:
        cells = t2.add_row().cells
        for j, v in enumerate(row[:5]):
            cells[j].text = v
        exp(fil, namnd, row[0], *row[5])
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Statuskoder: ").bold = True
    p.add_run("G = Genomförd   PG = Påbörjad, ej avslutad   EG = Ej genomförd   U = Utgår")
    doc.add_paragraph("Bilaga 3: Kostenhetens egenkontrollrapport 2025 (separat dokument).")
    doc.add_paragraph("Tibro 2026-01-15\nMaria Lindqvist, förvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, percentage done (text "60 %" and numeric cells as %)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK 2025 helår.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialförvaltningen, Tibro kommun"
    ws["A3"] = "Andel genomfört avser hur stor del av den planerade kontrollen som utförts under 2025."
    ws["A3"].font = Font(italic=True)
    hdr = ["Område", "Kontrollaktivitet", "Omfattning", "Ansvarig", "Genomfört (%)",
           "Resultat / kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    rows = [
        ("Individ- och familjeomsorg", "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 30 ärenden", "Enhetschef försörjningsstöd", "100%",
         "Stickprov 30 ärenden. 2 felaktiga utbetalningar (dubbelutbetalning), återkrav upprättat.",
         "Kontroll i systemet före utbetalning införs.", ("GENOMFORD", "ja")),
        ("Individ- och familjeomsorg", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Samtliga anmälningar", "Enhetschef barn och unga", "85 %",
         "Kontrollen utförd för jan–okt; nov–dec återstår.", "", ("DELVIS", "")),
        ("Vård och omsorg", "Uppföljning av att genomförandeplaner upprättas inom 14 dagar (hemtjänst)",
         "Stickprov 20 brukare per område", "Enhetschefer hemtjänst", 0.6,
         "Granskning klar för hemtjänst norr och söder, särskilt boende kvar. Inga avvikelser i granskad del.",
         "", ("DELVIS", "nej")),
        ("Vård och omsorg", "Kontroll av att avvikelser enligt lex Sarah utreds och rapporteras till IVO",
         "Samtliga rapporter", "Kvalitetsutvecklare", "100 %",
         "Samtliga 6 rapporter hanterade inom tid. Inga avvikelser.", "", ("GENOMFORD", "nej")),
        ("Vård och omsorg", "Egenkontroll av läkemedelshantering på särskilda boenden",
         "Två boenden per år", "MAS", "0 %",
         "Ej genomförd, MAS-tjänsten vakant sedan maj.", "Läggs in i plan 2026.", ("EJ_GENOMFORD", "")),
        ("Vård och omsorg", "Kontroll av fakturering av avgifter för hemtjänst (maxtaxa)",
         "Samtliga brukare i december", "Avgiftshandläggare", 1,
         "3 brukare hade debiterats över maxtaxan, rättat och återbetalt.", "", ("GENOMFORD", "ja")),
        ("Myndighetsutövning", "Kontroll av att beslut om bistånd enligt SoL följer delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef myndighet", 1, "", "", ("GENOMFORD", "")),
        ("LSS", "Hantering av brukares privata medel på LSS-boenden",
         "Kassaräkning två gånger per år", "Enhetschef LSS", "–",
         "Utgår enligt beslut SN 2025-06-11 § 58, ersätts av ny rutin 2026.", "", ("UTGAR", "")),
        ("Administration", "Kontroll av att körjournaler förs för verksamhetsbilar",
         "Stickprov 5 bilar", "Administrativ chef", None, "", "", ("SAKNAS", "")),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BOX
            cell.alignment = WRAP
            if c == 5 and isinstance(v, (int, float)):
                cell.number_format = "0%"
            if c == 5:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[1], *row[7])
        r += 1
    ws.cell(row=r, column=4, value="Genomsnitt genomfört").font = BOLD
    ws.cell(row=r, column=5, value=0.72).number_format = "0%"
    ws.cell(row=r, column=5).font = BOLD
    ws.cell(row=r + 2, column=1, value="Rapporten behandlas av socialnämnden 2026-02-11.")
    for col, w in zip("ABCDEFG", [24, 48, 26, 24, 13, 55, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. SBN + MBN - CSV export from a governance system, English statuses,
#    one row per control and report period (T2 and Helår)
# ---------------------------------------------------------------------------
def file_csv():
    fil = "export_internkontroll_helar_2025.csv"
    sbn = "Samhällsbyggnadsnämnden"
    mbn = "Miljö- och byggnämnden"
    hdr = ["Organisation", "Plan", "Process", "Control activity", "Owner", "Report period",
           "Status", "Deviation", "Comment"]
    plan = "Internkontrollplan 2025"
    data = [
        # org, process, control, owner, [(period, status, deviation, comment)], expected
        (sbn, "VA-verksamhet", "Kontroll av att fakturor för VA-anslutningsavgifter skickas enligt taxa",
         "VA-chef", [("T2 2025", "In progress", "", ""),
                     ("Helår 2025", "Completed", "No", "Samtliga 12 anslutningar fakturerade enligt taxa.")],
         ("GENOMFORD", "nej")),
        (sbn, "Gata/park", "Uppföljning av entreprenörens egenkontroller vid vinterväghållning",
         "Gatuchef", [("T2 2025", "Not started", "", "Startar vid säsongens början."),
                      ("Helår 2025", "In progress", "", "Kontroll av 2 av 4 rotområden klar.")],
         ("DELVIS", "")),
        (sbn, "Fastighet", "Kontroll av att lokalhyror debiteras enligt hyresavtal",
         "Fastighetsekonom", [("T2 2025", "Completed", "Yes", "Ett avtal med felaktig indexuppräkning."),
                              ("Helår 2025", "Completed", "Yes",
                               "Ett avtal med felaktig indexuppräkning, korrigerat och\nmellanskillnad fakturerad.")],
         ("GENOMFORD", "ja")),
        (sbn, "Gata/park", "Besiktning av lekplatser enligt plan",
         "Parkingenjör", [("T2 2025", "In progress", "", ""),
                          ("Helår 2025", "Completed", "No", "")],
         ("GENOMFORD", "nej")),
        (sbn, "Investeringar", "Kontroll av att attest av investeringsprojekt sker mot beslutad budget",
         "Förvaltningsekonom", [("T2 2025", "Not started", "", ""),
                                ("Helår 2025", "Not started", "", "Flyttas till 2026 p.g.a. nytt projektsystem.")],
         ("EJ_GENOMFORD", "")),
        (sbn, "Fordon", "Uppföljning av fordonsflottans körjournaler",
         "Fordonssamordnare", [("T2 2025", "In progress", "", ""),
                               ("Helår 2025", "", "", "Klart i december, inga avvikelser.")],
         ("GENOMFORD", "nej")),
        (sbn, "Bostadsanpassning", "Kontroll av att bostadsanpassningsbidrag beslutas inom handläggningstid",
         "Handläggare BAB", [("T2 2025", "In progress", "", ""),
                             ("Helår 2025", "Cancelled", "",
                              "Utgår – uppdraget överfört till socialnämnden fr.o.m. 2025-07-01.")],
         ("UTGAR", "")),
        (mbn, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Bygglovschef", [("T2 2025", "In progress", "Yes", "2 ärenden över tid hittills."),
                          ("Helår 2025", "Completed", "Yes",
                           "4 av 96 ärenden över 10 veckor; avgiftsreduktion tillämpad.")],
         ("GENOMFORD", "ja")),
        (mbn, "Livsmedelskontroll", "Tillsyn enligt tillsynsplan för livsmedel",
         "Miljöchef", [("T2 2025", "In progress", "", ""),
                       ("Helår 2025", "In progress", "No", "Utfört 78 % av planerade kontroller.")],
         ("DELVIS", "nej")),
        (mbn, "Miljötillsyn", "Kontroll av att avgifter för miljötillsyn debiteras enligt taxa",
         "Miljöchef", [("T2 2025", "Not started", "", ""),
                       ("Helår 2025", "Completed", "No", "Stickprov 20 fakturor.")],
         ("GENOMFORD", "nej")),
        (mbn, "Rättssäkerhet", "Jävsprövning vid handläggning av ärenden",
         "Nämndsekreterare", [("T2 2025", "Not applicable", "", ""),
                              ("Helår 2025", "Not applicable", "",
                               "Ej aktuellt 2025, ingår i kommunövergripande granskning.")],
         ("UTGAR", "")),
        (mbn, "Arkiv", "Arkivering av avslutade ärenden i e-arkiv",
         "Registrator", [("T2 2025", "", "", ""), ("Helår 2025", "", "", "")],
         ("SAKNAS", "")),
        (mbn, "Delegation", "Kontroll av delegationsbeslut – anmälan till nämnd",
         "Nämndsekreterare", [("T2 2025", "Not started", "", ""),
                              ("Helår 2025", "Not started", "", "")],
         ("EJ_GENOMFORD", "")),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, ctrl, owner, periods, res in data:
            for per, st, dev, com in periods:
                w.writerow([org, plan, proc, ctrl, owner, per, st, dev, com])
            exp(fil, org, ctrl, *res)
    FILES.append((fil, "INLAST", sbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ods, dates in the status cell, "OK*" footnote
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - internkontroll 2025 uppföljning.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll 2025 – Kultur och fritid"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår (per 2025-12-31)"
    ws["E2"] = "Ange status som Klar/Påbörjad/Planerad + datum"
    ws["E2"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Id", "Rutin / system", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat / kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
    rows = [
        ("KF1", "Kassahantering", "Kontroll av kassarutiner i simhallens reception",
         "Oanmäld kassaräkning två gånger", "Badchef", "Klar 2025-10-12",
         "Kassadifferens 350 kr vid ett tillfälle, rutin förtydligad.", ("GENOMFORD", "ja")),
        ("KF2", "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer",
         "Stickprov 10 utbetalningar", "Fritidskonsulent", "Klar 2025-06-30",
         "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("KF3", "Inventarier", "Inventering av utrustning på fritidsgårdarna",
         "Inventering mot inventarieförteckning", "Fritidsgårdsföreståndare", "Planerad 2026-02",
         "Flyttad p.g.a. ombyggnad av fritidsgården.", ("EJ_GENOMFORD", "")),
        ("KF4", "Bokning", "Uppföljning av bokningar och debitering av idrottshallar",
         "Avstämning bokningssystem mot fakturering", "Bokningsansvarig", "Påbörjad 2025-11-03",
         "Avstämning av hösten pågår.", ("DELVIS", "")),
        ("KF5", "Bibliotek", "Kontroll av att gallring av låntagaruppgifter sker enligt GDPR",
         "Utdrag ur bibliotekssystemet", "Bibliotekschef", "OK*", "", ("GENOMFORD", "ja")),
        ("KF6", "Kulturskola", "Kontroll av att kulturskolans avgifter debiteras enligt taxa",
         "Stickprov 20 elever", "Kulturskolechef", "OK", "Stickprov 20 elever.", ("GENOMFORD", "nej")),
        ("KF7", "Evenemang", "Kontroll av att avtal med extern arrangör finns före evenemang",
         "Genomgång av årets evenemang", "Evenemangssamordnare", "Klar 2025-12-15",
         "2 evenemang saknade skriftligt avtal.", ("GENOMFORD", "ja")),
        ("KF8", "Konst", "Kontroll av att inköp av konst sker enligt riktlinjer",
         "Genomgång av konstinköp", "Kulturchef", "Ej aktuell 2025",
         "Inga konstinköp gjordes under året.", ("UTGAR", "")),
        ("KF9", "Säkerhet", "Brandskyddskontroll på Bibliotek och Kulturhus",
         "Egenkontroll enligt SBA", "Bibliotekschef", "Planerad 2025-09",
         "Ej genomförd, ny tidpunkt ej bestämd.", ("EJ_GENOMFORD", "")),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, namnd, row[2], *row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value="* Kontrollen är genomförd men med anmärkning som redovisas muntligt för nämnden.")
    ws.cell(row=r + 2, column=1, value="Sammanställt av Per Holm, kultur- och fritidschef")
    for col, w in zip("ABCDEFG", [6, 18, 50, 34, 24, 20, 50]):
        ws.column_dimensions[col].width = w
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "kfn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", TMP)
    shutil.copyfile(os.path.join(TMP, "kfn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - docx, "Ja", "Ja, med anmärkning", "Nej – se kommentar"
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndaren uppföljning intern kontroll 2025.docx"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    fix_doc(doc)
    doc.add_heading("Uppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Överförmyndaren i Tibro kommun – helårsuppföljning")
    doc.add_paragraph(
        "Överförmyndaren har under 2025 följt upp de kontrollmoment som fastställdes i "
        "internkontrollplanen. I tabellen anges om kontrollen genomförts enligt plan. Där svaret "
        "är nej eller med anmärkning redogörs för orsaken i kommentarskolumnen.")
    hdr = ["Kontrollmoment", "Hur kontrollen gjorts", "Genomförd enligt plan?", "Kommentar"]
    rows = [
        ("Granskning av årsräkningar – kontroll av att samtliga inkommit senast 1 mars",
         "Bevakning i Wärna", "Ja",
         "Samtliga årsräkningar inkomna i tid eller efter första påminnelse. Inga avvikelser.",
         ("GENOMFORD", "nej")),
        ("Kontroll av att ställföreträdare har uppvisat utdrag ur belastningsregistret",
         "Genomgång av nya förordnanden", "Ja, med anmärkning",
         "2 av 14 nya ställföreträdare saknade utdrag vid förordnandet. Utdrag har begärts in.",
         ("GENOMFORD", "ja")),
        ("Stickprovskontroll av uttag från spärrade konton",
         "Stickprov 10 akter", "Nej – se kommentar",
         "Kontrollen har inte genomförts under 2025 på grund av vakans. Läggs in i plan 2026.",
         ("EJ_GENOMFORD", "")),
        ("Kontroll av arvodesbeslut mot gällande riktlinjer",
         "Stickprov 20 beslut", "Ja", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Kontroll av handläggningstid för ansökan om ställföreträdare",
         "Uttag ur verksamhetssystemet", "Nej – se kommentar",
         "Delvis genomförd: ärenden jan–jun granskade (38 st), andra halvåret återstår.",
         ("DELVIS", "")),
        ("Uppföljning av att förteckningar lämnas inom två månader",
         "Bevakning i Wärna", "Ja, med anmärkning",
         "Kontrollen är genomförd. 3 förteckningar kom in efter fristen, vitesföreläggande i ett fall.",
         ("GENOMFORD", "ja")),
        ("Kontroll av behörigheter i verksamhetssystemet Wärna",
         "Behörighetslista mot personallista", "Nej",
         "Utgår – systembyte under hösten, behörigheterna sätts upp på nytt i det nya systemet.",
         ("UTGAR", "")),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row[:4]):
            cells[j].text = v
        exp(fil, namnd, row[0], *row[4])
    doc.add_paragraph("")
    doc.add_paragraph("Tibro 2026-01-22")
    doc.add_paragraph("Anna Berglund\nHandläggare, överförmyndarenheten")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tibrobyggen AB - ods, status only as samples checked / planned
# ---------------------------------------------------------------------------
def file_tibrobyggen():
    fil = "Tibrobyggen_IK_2025_stickprov.ods"
    namnd = "Tibrobyggen AB"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tibrobyggen AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – utfall per 2025-12-31"
    ws["A3"] = "Kolumn E anger antal genomförda stickprov av planerat antal för året."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Urval", "Kontrollerat/planerat", "Noteringar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    rows = [
        (1, "Uthyrning", "Kontroll av att hyresavtal är undertecknade och registrerade i hyressystemet",
         "20 nya avtal", "20/20", "", ("GENOMFORD", "")),
        (2, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "20 fakturor", "18/20", "Två fakturor kunde inte tas fram p.g.a. arkivbyte.", ("DELVIS", "")),
        (3, "Fastighetsskötsel", "Kontroll av att besiktning av hissar utförts enligt föreskrift",
         "Samtliga hissar", "14/14", "Samtliga hissar besiktigade, 1 anmärkning åtgärdad.", ("GENOMFORD", "ja")),
        (4, "Ekonomi", "Uppföljning av hyresfordringar och inkassoärenden",
         "Månadsvis", "12/12", "Månadsvis avstämning, inga avvikelser.", ("GENOMFORD", "nej")),
        (5, "Inköp", "Kontroll av att upphandlade ramavtal används vid beställning av underhållsarbeten",
         "15 beställningar", "0/15", "", ("EJ_GENOMFORD", "")),
        (6, "Uthyrning", "Kontroll av nyckelkvittenser vid in- och utflyttning",
         "30 flyttar", "25/30", "", ("DELVIS", "")),
        (7, "Säkerhet", "Brandskyddskontroll i trapphus (SBA)",
         "40 trapphus", "40/40", "Brandfarligt material i 3 trapphus, åtgärdat.", ("GENOMFORD", "ja")),
        (8, "Uthyrning", "Kontroll av att bostadskön hanteras enligt uthyrningspolicyn",
         "10 uthyrningar", "10/10", "Inga avvikelser.", ("GENOMFORD", "nej")),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BOX
            cell.alignment = WRAP
            if c == 5:
                cell.number_format = "@"
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[2], *row[6])
        r += 1
    ws.cell(row=r, column=4, value="Totalt").font = BOLD
    c = ws.cell(row=r, column=5, value="139/161")
    c.number_format = "@"
    c.font = BOLD
    ws.cell(row=r + 2, column=1, value="Redovisas för styrelsen 2026-02-05. Ansvarig: Lars Nyberg, VD")
    for col, w in zip("ABCDEF", [5, 18, 60, 18, 20, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tibrobyggen AB – intern kontroll"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "tbab.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", TMP)
    shutil.copyfile(os.path.join(TMP, "tbab.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) that accompanies the CSV export
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv internkontroll helår 2025 SBF.docx"
    doc = Document()
    fix_doc(doc)
    doc.add_paragraph("Tibro kommun\nSamhällsbyggnadsförvaltningen")
    doc.add_paragraph("2026-01-19")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Översändande av uppföljning av internkontrollplan 2025, helår", level=2)
    doc.add_paragraph(
        "Härmed översänds samhällsbyggnadsnämndens och miljö- och byggnämndens uppföljning av "
        "internkontrollplanerna för 2025 (helår). Uppföljningen bifogas som export från "
        "verksamhetssystemet (export_internkontroll_helar_2025.csv).")
    doc.add_paragraph(
        "Observera att statusarna i exporten visas på engelska eftersom systemets språkinställning "
        "inte kan ändras för exporter: Completed = Genomförd, In progress = Pågående, "
        "Not started = Ej påbörjad, Cancelled = Utgår, Not applicable = Ej aktuell.")
    doc.add_paragraph(
        "Uppföljningen behandlas av samhällsbyggnadsnämnden den 4 februari och av miljö- och "
        "byggnämnden den 10 februari 2026. Eventuella ändringar efter nämndbehandling meddelas separat.")
    doc.add_paragraph("Med vänlig hälsning\n\nJohan Sandberg\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggenheten"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Tibrobyggen AB", "Tibrobyggen|TBAB"),
    ("AB Tibro Energi", "Tibro Energi|TEAB"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP, exist_ok=True)
    file_ks()
    file_bun()
    file_sn()
    file_csv()
    file_kfn()
    file_ofn()
    file_tibrobyggen()
    file_missiv()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
