#!/usr/bin/python3
"""Blind round r227 - Älvsta kommun, T2 2025.
Prose follow-ups (Word/ODT/DOC) plus two ordinary spreadsheets and one file to reject.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round227"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r227_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


def bold_lead(doc, lead, rest, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(lead)
    r.bold = True
    if rest:
        p.add_run(" " + rest)
    return p


# ---------------------------------------------------------------------------
# 1. Socialnämnden – Word, one heading per control, prose paragraphs
# ---------------------------------------------------------------------------
def file_soc():
    fil = "IK-uppföljning T2 2025 Socialnämnden.docx"
    N = "Socialnämnden"
    doc = Document()
    doc.add_heading("Uppföljning av internkontrollplan 2025 – Socialnämnden", 0)
    doc.add_paragraph("Uppföljning per tertial 2, 2025. Dnr SN 2025/118")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 201). Planen omfattar "
        "åtta kontrollmoment. Nedan redovisas för varje kontrollmoment hur kontrollen har genomförts under "
        "perioden, vad den har visat och vilka åtgärder som vidtagits. Uppföljningen har sammanställts av "
        "förvaltningens controller tillsammans med respektive enhetschef.")

    doc.add_heading("Attest av leverantörsfakturor enligt attestordningen", 1)
    doc.add_paragraph(
        "Kontrollen har genomförts genom stickprov av 20 fakturor från perioden maj–augusti. Två avvikelser "
        "noterades: i båda fallen hade beställaren själv attesterat fakturan, vilket strider mot "
        "attestordningen. Berörda chefer har informerats och rutinen har gåtts igenom på ledningsgruppen "
        "den 2 september.")
    exp(fil, N, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja")

    doc.add_heading("Handläggningstid för utredningar enligt 11 kap. 2 § SoL", 1)
    doc.add_paragraph(
        "Samtliga 46 barnavårdsutredningar som avslutades under perioden har granskats. 41 utredningar "
        "avslutades inom fyra månader. I fem fall överskreds tiden utan att beslut om förlängning hade "
        "fattats.")
    doc.add_paragraph("Åtgärder:", style=None)
    doc.add_paragraph("bevakning av utredningstid läggs in i verksamhetssystemet,", style="List Bullet")
    doc.add_paragraph("enhetschef går igenom pågående utredningar varannan vecka,", style="List Bullet")
    doc.add_paragraph("mall för beslut om förlängd utredningstid tas fram.", style="List Bullet")
    exp(fil, N, "Handläggningstid för utredningar enligt 11 kap. 2 § SoL", "GENOMFORD", "ja")

    doc.add_heading("Kontroll av att beslut om bistånd verkställs inom tre månader", 1)
    doc.add_paragraph(
        "Kontrollen har påbörjats men har inte kunnat slutföras under tertialet på grund av sjukfrånvaro hos "
        "ansvarig handläggare. Hittills har 8 av planerade 15 beslut kontrollerats, samtliga utan anmärkning. "
        "Resterande del genomförs under september och redovisas i årsuppföljningen.")
    exp(fil, N, "Kontroll av att beslut om bistånd verkställs inom tre månader", "DELVIS", "nej")

    doc.add_heading("Registerkontroll av utdrag ur belastningsregistret vid nyanställning", 1)
    doc.add_paragraph(
        "Kontrollen har inte genomförts under tertialet. Eftersom kommunens HR-system byts i augusti "
        "har kontrollen flyttats till tertial 3.")
    exp(fil, N, "Registerkontroll av utdrag ur belastningsregistret vid nyanställning", "EJ_GENOMFORD", "")

    doc.add_heading("Utbetalning av ekonomiskt bistånd – kontroll mot beslut", 1)
    doc.add_paragraph(
        "Ett stickprov om 30 utbetalningar har jämförts med underliggande beslut i verksamhetssystemet. "
        "Belopp och mottagare stämde i samtliga fall. Inga avvikelser.")
    exp(fil, N, "Utbetalning av ekonomiskt bistånd – kontroll mot beslut", "GENOMFORD", "nej")

    doc.add_heading("Hantering av privata medel på boenden", 1)
    doc.add_paragraph(
        "Kontrollmomentet utgår enligt nämndens beslut 2025-04-16 § 42, eftersom boendena för personer med "
        "missbruk har överförts till vård- och omsorgsnämnden från och med 1 maj.")
    exp(fil, N, "Hantering av privata medel på boenden", "UTGAR", "")

    doc.add_heading("Uppföljning av avtal med externa placeringar (HVB)", 1)
    doc.add_paragraph("Se bilaga 2.")
    exp(fil, N, "Uppföljning av avtal med externa placeringar (HVB)", "OKLAR", "")

    doc.add_heading("Dokumentation av samtycke vid informationsöverföring", 1)
    # nothing written under this heading
    exp(fil, N, "Dokumentation av samtycke vid informationsöverföring", "SAKNAS", "")

    doc.add_heading("Sammanfattande bedömning", 1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De avvikelser som har "
        "noterats gäller attest och utredningstider och åtgärder har vidtagits. Två kontrollmoment "
        "återstår helt eller delvis och redovisas i årsuppföljningen.")
    doc.add_paragraph("Älvsta den 10 september 2025")
    doc.add_paragraph("Anna Berg\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – heading per process, bold lead-ins,
#    nämnd only in the page header, summary table at the end
# ---------------------------------------------------------------------------
def file_bun():
    fil = "Uppföljning intern kontroll tertial 2.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Barn- och utbildningsnämnden\tÄlvsta kommun\tDnr BUN 2025/77"
    fp = sec.footer.paragraphs[0]
    fp.text = "Barn- och utbildningsförvaltningen, Storgatan 12, 873 30 Älvsta"

    doc.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", 0)
    doc.add_paragraph(
        "Denna rapport redovisar resultatet av de kontroller i nämndens internkontrollplan som skulle "
        "genomföras till och med tertial 2. Kontrollerna redovisas per process. En sammanställning finns "
        "sist i dokumentet.")

    rows = []

    doc.add_heading("Process: Ekonomi och inköp", 1)
    km = "Avtalstrohet vid inköp av läromedel"
    bold_lead(doc, km + ".",
              "Kontrollen har genomförts genom stickprov av 25 fakturor från fyra skolor. Tre inköp hade gjorts "
              "utanför ramavtal:")
    doc.add_paragraph("Norrbyskolan – skönlitteratur från bokhandel (4 200 kr),", style="List Bullet")
    doc.add_paragraph("Älvsta centralskola – digitala läromedel via enskild licens (11 900 kr),",
                      style="List Bullet")
    doc.add_paragraph("Åsens skola – arbetsböcker från förlag utan avtal (2 650 kr).", style="List Bullet")
    doc.add_paragraph("Rektorerna har påmints om avtalen och inköpsrutinen.")
    exp(fil, N, km, "GENOMFORD", "ja")
    rows.append((km, "Genomförd", "Ja"))

    km = "Kontroll av representation och förtroendekänsliga poster"
    bold_lead(doc, km + ".",
              "Samtliga 12 fakturor avseende representation under maj–augusti har granskats mot "
              "kommunens riktlinjer. Syfte och deltagare fanns angivna i samtliga fall. Inga avvikelser.")
    exp(fil, N, km, "GENOMFORD", "nej")
    rows.append((km, "Genomförd", "Nej"))

    km = "Avstämning av barnomsorgsavgifter mot placeringar"
    bold_lead(doc, km + ".",
              "Avstämningen är genomförd för förskolorna i norra området men återstår för södra området. "
              "Arbetet fortsätter under hösten.")
    exp(fil, N, km, "DELVIS", "")
    rows.append((km, "Delvis", "–"))

    doc.add_heading("Process: Personal", 1)
    km = "Registerutdrag för personal i förskola och skola"
    bold_lead(doc, km + ".",
              "Kontrollen genomfördes i juni. Av 40 nyanställda under perioden saknades uppvisat registerutdrag "
              "för två personer. Utdragen har därefter begärts in och visats upp.")
    exp(fil, N, km, "GENOMFORD", "ja")
    rows.append((km, "Genomförd", "Ja"))

    km = "Tidrapportering och övertid för timanställda"
    bold_lead(doc, km + ".",
              "Kontrollen har inte genomförts under perioden på grund av semesterperioden och flyttas till "
              "tertial 3.")
    exp(fil, N, km, "EJ_GENOMFORD", "")
    rows.append((km, "Ej genomförd", "–"))

    doc.add_heading("Process: Elevhälsa och skolplikt", 1)
    km = "Uppföljning av ogiltig frånvaro och skolpliktsbevakning"
    bold_lead(doc, km + ".",
              "Stickprov av 15 elever med ogiltig frånvaro. I samtliga fall hade vårdnadshavare kontaktats "
              "samma dag och frånvaron hade anmälts till rektor enligt rutin. Kontrollen är genomförd utan "
              "anmärkning.")
    exp(fil, N, km, "GENOMFORD", "nej")
    rows.append((km, "Genomförd", "Nej"))

    km = "Journalföring i elevhälsans medicinska insats (EMI)"
    bold_lead(doc, km + ".",
              "Kontrollmomentet utgår ur planen, eftersom verksamhetschefen för EMI från och med vårterminen "
              "granskar journalföringen enligt en ny rutin inom ledningssystemet för kvalitet.")
    exp(fil, N, km, "UTGAR", "")
    rows.append((km, "Utgår", "–"))

    doc.add_heading("Sammanställning", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Kontrollmoment", "Status T2", "Avvikelse")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    doc.add_paragraph("")
    doc.add_paragraph("Maria Lind, förvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen – prose with bullet lists grouped by status, saved as .doc
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontroll T2 2025.doc"
    N = "Kommunstyrelsen"
    doc = Document()
    doc.add_heading("Kommunstyrelsen – uppföljning av internkontrollplan 2025, tertial 2", 0)
    doc.add_paragraph("Kommunledningsförvaltningen, ekonomiavdelningen. Handläggare: Per Ström")
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph(
        "Kommunstyrelsens internkontrollplan för 2025 innehåller nio kontrollmoment. Till och med tertial 2 "
        "har fem kontrollmoment genomförts, två pågår, ett har inte påbörjats och ett utgår. Avvikelser har "
        "noterats i tre kontroller och redovisas nedan.")

    doc.add_heading("Genomförda kontroller", 1)
    items = [
        ("Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Avstämning gjord i juni. Fyra behörigheter för personer som slutat var fortfarande aktiva och har "
         "stängts.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov av 20 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Stickprov av 50 handlingar; 47 var diarieförda inom två arbetsdagar, tre dröjde upp till en vecka.",
         "GENOMFORD", "ja"),
        ("Dokumentation av direktupphandlingar över 100 000 kronor",
         "Nio direktupphandlingar under perioden, samtliga dokumenterade enligt riktlinjen.", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor för januari–juni. Samtliga beslut var anmälda.", "GENOMFORD", "nej"),
    ]
    for km, txt, st, av in items:
        bold_lead(doc, km + ".", txt, style="List Bullet")
        exp(fil, N, km, st, av)

    doc.add_heading("Pågående kontroller", 1)
    items = [
        ("Informationssäkerhet – personuppgiftsbiträdesavtal finns för samtliga IT-leverantörer",
         "12 av 31 leverantörsavtal är genomgångna. Två leverantörer saknar biträdesavtal; avtal har begärts in.",
         "DELVIS", "ja"),
        ("Löneutbetalningar stäms av mot anställningsavtal",
         "Kontrollen är påbörjad och beräknas vara klar i oktober.", "DELVIS", ""),
    ]
    for km, txt, st, av in items:
        bold_lead(doc, km + ".", txt, style="List Bullet")
        exp(fil, N, km, st, av)

    doc.add_heading("Ej påbörjade kontroller", 1)
    km = "Inventering av stöldbegärlig utrustning (datorer och mobiltelefoner)"
    bold_lead(doc, km + ".", "Inventeringen har inte påbörjats. Den samordnas med IT-avdelningens byte av "
              "inventariesystem och görs i november.", style="List Bullet")
    exp(fil, N, km, "EJ_GENOMFORD", "")

    doc.add_heading("Utgår", 1)
    km = "Kontroll av bisysslor hos chefer"
    bold_lead(doc, km + ".", "Kontrollen utgår ur kommunstyrelsens plan eftersom HR-avdelningen genomför en "
              "kommungemensam kartläggning av bisysslor under hösten (KS 2025-05-20 § 88).", style="List Bullet")
    exp(fil, N, km, "UTGAR", "")

    doc.add_heading("Förslag till beslut", 1)
    doc.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplanen per tertial 2 2025.")

    tmpd = tempfile.mkdtemp(prefix="r227src_")
    src = os.path.join(tmpd, "KS uppföljning internkontroll T2 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – ordinary xlsx, T1 and T2 columns side by side
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK-plan 2025 uppföljning T2.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Nämnd: Vård- och omsorgsnämnden"
    ws["A3"] = "Uppföljning per 2025-08-31 (tertial 2)"
    headers = ["Nr", "Process", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Ansvarig", "Frekvens",
               "Status T1", "Status T2", "Kommentar"]
    HR = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "C6EFCE", "Pågår": "FFEB9C",
             "Påbörjad": "FFEB9C", "Ej genomförd": "FFC7CE", "Ej påbörjad": "FFC7CE"}
    data = [
        ("Läkemedelshantering", None),
        (1, "Läkemedelshantering",
         "Avvikelser i läkemedelshanteringen sammanställs och analyseras", 12,
         "Genomgång av avvikelserapporter", "MAS", "Tertialvis", "Genomförd", "Genomförd",
         "T2: 12 avvikelser maj–aug (missade doser). Åtgärdsplan upprättad med enhetscheferna.",
         "GENOMFORD", "ja"),
        (2, "Läkemedelshantering",
         "Kontroll av narkotikaklassade läkemedel (kvartalsvis inventering)", 9,
         "Inventering av förråd", "Sjuksköterska", "Kvartalsvis", "Genomförd", "Genomförd med avvikelse",
         "Differens på Björkgårdens förråd i juli, anmäld till MAS och utredd.", "GENOMFORD", "ja"),
        ("Ekonomi", None),
        (3, "Ekonomi", "Hantering av brukares privata medel", 8,
         "Stickprov 10 brukare", "Enhetschef", "1 gång/år", "Genomförd", None,
         "T1: Stickprov 10 brukare, kvitton och kassabok stämde. Inga avvikelser.", "GENOMFORD", "nej"),
        (4, "Ekonomi", "Fakturering av omsorgsavgifter stäms av mot beslut", 8,
         "Avstämning avgiftssystem/beslut", "Avgiftshandläggare", "Tertialvis", "Påbörjad", "Pågår",
         "Klar för hemtjänst, återstår för särskilt boende.", "DELVIS", ""),
        ("Personal och kompetens", None),
        (5, "Personal och kompetens", "Introduktion av nyanställda enligt checklista", 6,
         "Stickprov 15 nyanställda", "Enhetschef", "2 gånger/år", "Ej påbörjad", "Genomförd",
         "Checklista saknades för 3 av 15 nyanställda sommarvikarier.", "GENOMFORD", "ja"),
        (6, "Personal och kompetens", "Kontroll av legitimation i HOSP vid anställning av sjuksköterskor", 12,
         "Kontroll i HOSP", "HR-konsult", "Tertialvis", "Genomförd", "Genomförd",
         "Samtliga nyanställda kontrollerade.", "GENOMFORD", "nej"),
        ("Dokumentation", None),
        (7, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från verkställighet", 9,
         "Stickprov i verksamhetssystemet", "Enhetschef", "2 gånger/år", "–", "Ej genomförd",
         "Flyttas till T3 på grund av semesterperioden.", "EJ_GENOMFORD", ""),
        (8, "Dokumentation", "Loggkontroll i journalsystemet", 6,
         "Slumpvis loggkontroll", "Systemförvaltare", "Tertialvis", "Ej aktuell", "Ej aktuell",
         "Utgår – ersatt av regionens samordnade loggkontroll.", "UTGAR", ""),
        (9, "Dokumentation", "Synpunkter och klagomål registreras och besvaras", 4,
         "Genomgång av registret", "Kvalitetsutvecklare", "Tertialvis", None, None, None, "SAKNAS", ""),
        ("Kvalitet och patientsäkerhet", None),
        (10, "Kvalitet och patientsäkerhet", "Lex Sarah-rapporter utreds inom fastställd tid", 12,
         "Genomgång av ärenden", "Kvalitetsutvecklare", "Tertialvis", None, "Se kommentar",
         "Se separat rapport till nämnden i september.", "OKLAR", ""),
    ]
    r = HR + 1
    for row in data:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        vals = row[:10]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
            if i in (8, 9) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Karin Ek, kvalitetsutvecklare, 2025-09-05")
    ws.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16)")
    widths = [5, 22, 48, 9, 28, 18, 13, 14, 22, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – .xls with status codes and a legend at the bottom
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_internkontroll_tertial2_2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Kultur- och fritidsnämnden", title)
    ws.write(1, 0, "Uppföljning intern kontroll 2025 – tertial 2 (jan–aug)", bold)
    ws.write(2, 0, "Kod enligt teckenförklaring nedanför tabellen.")
    headers = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall T2", "Kommentar"]
    for i, h in enumerate(headers):
        ws.write(4, i, h, hdr)
    data = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag stäms av mot beslut och ansökan",
         "Stickprov 10 utbetalningar", "Föreningskonsulent", "G", "", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Föreningar har lämnat verksamhetsberättelse och revisionsberättelse",
         "Genomgång av samtliga bidragsberättigade föreningar", "Föreningskonsulent", "GA",
         "4 av 38 föreningar saknade revisionsberättelse – påminnelse skickad, bidrag hålls inne.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Kassaavstämning i simhallens kassa", "Oanmäld kassainventering",
         "Badchef", "GA", "Differens 350 kr i juli, rutin för dagsavslut skärpt.", "GENOMFORD", "ja"),
        ("Kassahantering", "Kontanthantering av avgifter på biblioteken", "Avstämning kassa/bokföring",
         "Bibliotekschef", "U", "Biblioteken är kontantfria sedan 2025-03-01.", "UTGAR", ""),
        ("Uthyrning", "Debitering av lokaluthyrning stäms av mot bokningssystemet",
         "Avstämning per månad", "Bokningsansvarig", "P", "Juni och juli avstämda, augusti återstår.",
         "DELVIS", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) i kulturhuset", "Egenkontroll enligt checklista",
         "Fastighetsansvarig", "EG", "Ny brandskyddsansvarig utses i september.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Registerutdrag för ledare i sommarlovsverksamheten", "Kontroll före anställning",
         "Fritidschef", "G", "Samtliga 22 ledare har visat utdrag.", "GENOMFORD", "nej"),
        ("Konst", "Inventering av kommunens konstsamling", "Fysisk inventering mot konstregistret",
         "Kulturstrateg", "", "Ej påbörjad – planeras till oktober.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for d in data:
        for i, v in enumerate(d[:6]):
            ws.write(r, i, v, cell)
        exp(fil, N, d[1], d[6], d[7])
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring:", bold)
    legend = ["G = Genomförd utan anmärkning", "GA = Genomförd med anmärkning", "P = Pågår",
              "EG = Ej genomförd", "U = Utgår"]
    for i, l in enumerate(legend):
        ws.write(r + 1 + i, 0, l)
    ws.write(r + 7, 0, "Ansvarig för sammanställning: Jonas Holm, controller")
    for i, w in enumerate([16, 50, 34, 20, 10, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsförvaltningen – two nämnder in one ODT, heading per control,
#    summary table with symbols + legend
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK T2 2025.odt"
    doc = Document()
    doc.add_heading("Samhällsbyggnadsförvaltningen – uppföljning av intern kontroll, tertial 2 2025", 0)
    doc.add_paragraph(
        "Samhällsbyggnadsförvaltningen är förvaltning åt både samhällsbyggnadsnämnden och tekniska nämnden. "
        "Uppföljningen redovisas därför i två delar, en för varje nämnd. Varje kontrollmoment har en egen "
        "rubrik med en kort redogörelse för genomförande och resultat.")

    summary = []
    N1 = "Samhällsbyggnadsnämnden"
    doc.add_heading("Del 1. Samhällsbyggnadsnämnden", 1)
    part1 = [
        ("Handläggningstid för bygglov inom lagstadgad tid",
         ["Samtliga 64 bygglovsbeslut under maj–augusti har kontrollerats. I tre ärenden överskreds tio veckor "
          "och avgiften reducerades enligt plan- och bygglagen. Orsaken var vakans på en handläggartjänst."],
         "GENOMFORD", "ja", "●"),
        ("Avgiftsdebitering enligt plan- och bygglovstaxan",
         ["Stickprov av 15 ärenden. Rätt avgift hade debiterats i samtliga fall."],
         "GENOMFORD", "nej", "●"),
        ("Delegationsbeslut anmäls till nämnden",
         ["Kontrollen pågår. Besluten för maj och juni är genomgångna och var anmälda; juli och augusti "
          "återstår."],
         "DELVIS", "nej", "◐"),
        ("Arkivering av avslutade detaljplaneärenden",
         ["Kontrollen har inte genomförts. Arkivarien har varit tjänstledig och kontrollen görs under tertial 3."],
         "EJ_GENOMFORD", "", "○"),
    ]
    for km, paras, st, av, sym in part1:
        doc.add_heading(km, 2)
        for p in paras:
            doc.add_paragraph(p)
        exp(fil, N1, km, st, av)
        summary.append(("SBN", km, sym))

    N2 = "Tekniska nämnden"
    doc.add_heading("Del 2. Tekniska nämnden", 1)
    part2 = [
        ("Entreprenadfakturor kontrolleras mot avtal och ÄTA-beslut",
         ["Tio fakturor från tre entreprenader har granskats. En faktura innehöll ÄTA-arbeten för 86 000 kr "
          "utan skriftligt beslut. Beslutet har i efterhand dokumenterats av projektledaren."],
         "GENOMFORD", "ja", "●"),
        ("Drivmedelskort – kontroll av tankning mot körjournal",
         ["Genomförd för samtliga 24 fordon. Inga avvikelser."],
         "GENOMFORD", "nej", "●"),
        ("Egenkontroll av dricksvattenanläggningar",
         ["Utgår ur tekniska nämndens internkontrollplan. Verksamheten har från 1 januari 2025 överförts till "
          "Älvsta Vatten AB, som redovisar egenkontrollen till sin styrelse."],
         "UTGAR", "", "–"),
        ("Skyddsronder på arbetsplatser inom gata och park",
         ["Skyddsronder har genomförts på två av fyra arbetsplatser. Brister i förvaring av kemikalier "
          "noterades på parkförrådet och åtgärdades omgående.",
          "De två återstående skyddsronderna görs i september."],
         "DELVIS", "ja", "◐"),
    ]
    for km, paras, st, av, sym in part2:
        doc.add_heading(km, 2)
        for p in paras:
            doc.add_paragraph(p)
        exp(fil, N2, km, st, av)
        summary.append(("TN", km, sym))

    doc.add_heading("Sammanställning", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Nämnd", "Kontrollmoment", "T2")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for s in summary:
        cells = t.add_row().cells
        for c, txt in zip(cells, s):
            c.text = txt
    doc.add_paragraph("● = genomförd   ◐ = delvis genomförd/pågår   ○ = ej genomförd   – = utgår")
    doc.add_paragraph("Erik Sand, förvaltningschef, 2025-09-08")

    tmpd = tempfile.mkdtemp(prefix="r227src_")
    src = os.path.join(tmpd, "Samhällsbyggnadsförvaltningen IK T2 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N1, "2025", "T2"))
    FILES.append((fil, "INLAST", N2, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Reject: covering letter (no follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev uppföljning intern kontroll T2 socialnämnden.docx"
    doc = Document()
    doc.add_paragraph("Älvsta kommun\nSocialförvaltningen")
    doc.add_paragraph("2025-09-10")
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    doc.add_heading("Följebrev – uppföljning av intern kontroll tertial 2 2025", 1)
    doc.add_paragraph(
        "Hej! Härmed översänds socialnämndens uppföljning av internkontrollplanen per tertial 2 2025 "
        "(separat fil). Uppföljningen behandlas på nämndens sammanträde den 24 september, så protokollsutdrag "
        "skickas efter det.")
    doc.add_paragraph(
        "Observera att bilaga 2 om uppföljning av HVB-avtal ännu inte är klar. Den skickas senast den "
        "30 september.")
    doc.add_paragraph("Hör av er om något är oklart.")
    doc.add_paragraph("Med vänlig hälsning\nLena Ahl\nController, socialförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljökontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
        ("Älvsta Bostäder AB", "ÄBO|Älvstabostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_soc()
    file_bun()
    file_ks()
    file_von()
    file_kfn()
    file_sbf()
    file_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
