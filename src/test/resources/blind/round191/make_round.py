#!/usr/bin/python3
"""Blind round r191 - Ljungsby kommun, delår 2025.
One standard Excel template from the economy office, altered by every nämnd.
Run: /usr/bin/python3 make_round.py  (builds all files + namnder.csv, files.csv, expected.csv)"""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-round191"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="1F4E78")
HEADFONT = Font(bold=True, color="FFFFFF")
GROUPFILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

LEGEND = ["Teckenförklaring status:", "G = Genomförd", "D = Delvis genomförd / pågår",
          "E = Ej genomförd", "U = Utgår"]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def header_row(ws, r, heads, widths=None):
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = HEADFONT
        cell.fill = HEADFILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    if widths:
        for c, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + c)].width = w


def data_row(ws, r, vals, border=True):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v if v != "" else None)
        cell.alignment = WRAP
        if border:
            cell.border = BOX


def group_row(ws, r, text, ncols):
    ws.cell(r, 1, text).font = BOLD
    for c in range(1, ncols + 1):
        ws.cell(r, c).fill = GROUPFILL
        ws.cell(r, c).border = BOX
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - the standard template, essentially unchanged
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppfoljning_IK_delar2025_KS.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"; ws["B3"] = "Delår 2025 (januari–augusti)"
    ws["A4"] = "Fyll i status och kommentar för varje kontrollmoment. Skickas till ekonomiavdelningen senast 15 september."
    ws["A4"].font = Font(italic=True, size=9)
    for i, t in enumerate(LEGEND):
        ws.cell(1 + i, 10, t).font = BOLD if i == 0 else Font(size=9)
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Status (G/D/E/U)", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    header_row(ws, 6, heads, [5, 16, 28, 40, 22, 12, 16, 10, 11, 45])
    rows = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Felaktiga eller obehöriga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Tertial",
         "Controller", "G", "Nej", "Stickprov 30 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Förtroendeskada",
         "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer",
         "Delår", "Redovisningsansvarig", "G", "Ja",
         "3 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Felaktig redovisning i bokslut",
         "Avstämning av balanskonton inför delårsbokslut", "Genomgång av avstämningar", "Delår",
         "Redovisningsansvarig", "D", "Nej", "Klart för 14 av 18 konton, resterande klart i september.",
         "DELVIS", "nej"),
        ("G", "Upphandling"),
        ("4", "Upphandling", "Avtalstrohet brister",
         "Inköp sker från upphandlade avtalsleverantörer", "Analys av leverantörsreskontra", "Helår",
         "Upphandlingschef", "E", "", "Ej genomförd p.g.a. vakans inköpssamordnare. Flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("5", "Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 tkr dokumenteras", "Stickprov", "Delår", "Upphandlingschef",
         "G", "Nej", "10 direktupphandlingar granskade, samtliga dokumenterade i diariet.", "GENOMFORD", "nej"),
        ("G", "Personal/HR"),
        ("6", "Personal/HR", "Obehörig åtkomst",
         "Behörigheter i lönesystemet tas bort vid avslutad anställning", "Jämförelse avslutade anst. mot behörighetslista",
         "Tertial", "HR-chef", "G", "Ja", "2 konton var aktiva efter avslutad anställning, åtgärdat 2025-06-12.",
         "GENOMFORD", "ja"),
        ("7", "Personal/HR", "Ohälsa och höga kostnader",
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Rapport ur Heroma", "Tertial", "HR-chef",
         "", "", "", "SAKNAS", ""),
        ("G", "IT/Informationssäkerhet"),
        ("8", "IT/Informationssäkerhet", "Brott mot dataskyddsförordningen",
         "Registerförteckning enligt GDPR är uppdaterad", "Genomgång", "Helår", "Dataskyddssamordnare",
         "U", "", "Utgår, ingår i kommunövergripande granskning hösten 2025.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            group_row(ws, r, row[1], len(heads))
        else:
            data_row(ws, r, row[:10])
            exp(fil, nm, row[3], row[10], row[11])
        r += 1
    r += 2
    ws.cell(r, 1, "Uppföljningen är gjord av: Karin Svensson, controller, 2025-09-08")
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - columns added (Status T1, Åtgärd), headings renamed, legend moved
#    below the table, row inserted inside a group
# ---------------------------------------------------------------------------
def file_bun():
    fil = "Uppföljning IK delår 2025 BUN.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Barn- och utbildningsnämnden"
    ws["A3"] = "Period:"; ws["B3"] = "Delår 2025 (januari–augusti)"
    heads = ["Nr", "Process", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig",
             "Status T1", "Bedömning delår", "Avvikelse", "Kommentar", "Åtgärd"]
    header_row(ws, 5, heads, [5, 16, 42, 26, 22, 16, 9, 11, 10, 45, 30])
    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Felaktiga utbetalningar",
         "Stickprov 25 fakturor", "Förvaltningsekonom", "G", "G", "Nej", "Inga avvikelser.", "",
         "GENOMFORD", "nej", False),
        ("1.2", "Ekonomi", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter", "Felaktiga avgifter",
         "Stickprov 40 hushåll", "Avgiftshandläggare", "D", "D", "Ja",
         "Felaktig debitering i 6 av 40 ärenden, inkomstuppgift ej uppdaterad.",
         "Påminnelse till vårdnadshavare via e-tjänst i oktober.", "DELVIS", "ja", False),
        # inserted row - no borders, no Nr-style numbering, as someone inserted it afterwards
        ("1.2b", "Ekonomi",
         "Kontroll av att fakturering av interkommunal ersättning sker för elever från andra kommuner",
         "Uteblivna intäkter", "Avstämning elevregister", "Skolassistent", "", "E", "",
         "Hanns inte före sommaren.", "Görs i oktober.", "EJ_GENOMFORD", "", True),
        ("G", "2. Elevhälsa och trygghet"),
        ("2.1", "Elevhälsa", "Registrering av kränkande behandling i DF Respons inom 3 dagar",
         "Ärenden utreds inte", "Uttag ur DF Respons", "Rektorer", "D", "G", "Ja",
         "I 11 av 60 ärenden registrerades anmälan senare än tre dagar.", "Information på rektorsmöte 2025-08-20.",
         "GENOMFORD", "ja", False),
        ("2.2", "Elevhälsa", "Anmälan till huvudman om kränkande behandling", "Ärenden utreds inte",
         "Jämförelse DF Respons mot huvudmannens diarium", "Verksamhetschef", "G", "", "Nej",
         "", "", "GENOMFORD", "nej", False),
        ("2.3", "Elevhälsa", "Frånvarouppföljning, kontakt med vårdnadshavare vid upprepad frånvaro",
         "Elever förlorar undervisning", "Stickprov Skola24", "Rektorer", "E", "D", "Nej",
         "Genomfört på 4 av 7 grundskolor.", "", "DELVIS", "nej", False),
        ("G", "3. Verksamhetsstöd"),
        ("3.1", "Verksamhetsstöd", "Skolskjuts beviljas enligt gällande riktlinjer", "Felaktiga beslut",
         "Stickprov beslut", "Skolskjutshandläggare", "G", "U", "",
         "Avbruten genom beslut i BUN 2025-05-14 § 48, ny riktlinje tas fram.", "", "UTGAR", "", False),
        ("3.2", "Verksamhetsstöd",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter", "Brand, personskada",
         "Genomgång av SBA-pärmar", "Förvaltningens säkerhetssamordnare", "", "", "", "Se bilaga 2.", "",
         "OKLAR", "", False),
        ("3.3", "Verksamhetsstöd", "Lärarlegitimation kontrolleras vid nyanställning",
         "Obehörig personal", "Stickprov nyanställda", "HR-konsult", "", "G", "Nej",
         "12 nyanställningar kontrollerade.", "", "GENOMFORD", "nej", False),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            group_row(ws, r, row[1], len(heads))
        else:
            data_row(ws, r, row[:11], border=not row[13])
            exp(fil, nm, row[2], row[11], row[12])
        r += 1
    r += 1
    for t in LEGEND:
        ws.cell(r, 3, t).font = Font(size=9, bold=(t == LEGEND[0]))
        r += 1
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Omsorgsnämnden - status column deleted, status written in the comment;
#    the orphaned legend is still there
# ---------------------------------------------------------------------------
def file_on():
    fil = "ON_uppfoljning_internkontroll_delar_2025.xlsx"
    nm = "Omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Omsorgsnämnden"
    ws["A3"] = "Period:"; ws["B3"] = "Delår 2025 (januari–augusti)"
    ws["A4"] = "Fyll i status och kommentar för varje kontrollmoment. Skickas till ekonomiavdelningen senast 15 september."
    ws["A4"].font = Font(italic=True, size=9)
    for i, t in enumerate(LEGEND):
        ws.cell(1 + i, 9, t).font = BOLD if i == 0 else Font(size=9)
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    header_row(ws, 6, heads, [5, 16, 28, 42, 22, 12, 18, 11, 55])
    rows = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "Tertial", "Förvaltningsekonom", "Nej",
         "Genomförd. Stickprov om 25 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Förskingring", "Hantering av brukarmedel och kontanter på särskilda boenden",
         "Kontroll av kassaböcker", "Delår", "Enhetschefer", "Ja",
         "Genomförd med anmärkning: kassaboken ej signerad vid två tillfällen på Ekbacken.",
         "GENOMFORD", "ja"),
        ("G", "Vård och omsorg"),
        ("3", "Vård och omsorg", "Felmedicinering",
         "Läkemedelshantering, avvikelser rapporteras i Lifecare", "Genomgång av avvikelserapporter",
         "Delår", "MAS", "Nej",
         "Delvis genomförd. Hemtjänsten klar, särskilt boende återstår.", "DELVIS", "nej"),
        ("4", "Vård och omsorg", "Missförhållanden åtgärdas inte",
         "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Genomgång av samtliga rapporter",
         "Tertial", "Kvalitetsutvecklare", "Ja",
         "Klar. 1 av 7 utredningar anmäldes för sent till IVO.", "GENOMFORD", "ja"),
        ("5", "Vård och omsorg", "Insatser utförs inte enligt beslut",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 30 brukare", "Delår",
         "Enhetschefer", "", "Pågår, resultat redovisas i helårsuppföljningen.", "DELVIS", ""),
        ("6", "Myndighetsutövning", "Felaktiga insatser",
         "Kontroll av att beslut om hemtjänst följs upp minst en gång per år", "Uttag ur Lifecare",
         "Helår", "Biståndshandläggare", "", "Ej påbörjad, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("G", "Informationssäkerhet"),
        ("7", "Informationssäkerhet", "Obehörig läsning av journaler",
         "Loggkontroller i journalsystemet", "Loggutdrag", "Tertial", "Systemförvaltare", "Nej",
         "Utförd enligt plan, inga obehöriga slagningar.", "GENOMFORD", "nej"),
        ("G", "Hjälpmedel och personal"),
        ("8", "Hjälpmedel", "Kapitalförstöring", "Inventering av hjälpmedel", "Inventering", "Helår",
         "Arbetsterapeut", "", "", "SAKNAS", ""),
        ("9", "Personal", "Brott mot arbetstidslagen",
         "Bemanningsplanering och timanställdas arbetstid enligt arbetstidslagen", "Rapport Time Care",
         "Tertial", "HR-konsult", "", "Utgår ur planen enligt beslut ON 2025-03-26 § 31.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            group_row(ws, r, row[1], len(heads))
        else:
            data_row(ws, r, row[:9])
            exp(fil, nm, row[3], row[9], row[10])
        r += 1
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - saved as .ods, cover sheet inserted before and a risk
#    matrix after, legend removed, process as a column (no group rows)
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN delårsuppföljning IK 2025.ods"
    nm = "Tekniska nämnden"
    wb = Workbook()
    cov = wb.active
    cov.title = "Försättsblad"
    cov["A1"] = "Tekniska förvaltningen"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Delårsuppföljning internkontroll 2025"
    cov["A4"] = "Dnr TN 2025/0123"
    cov["A5"] = "Handläggare: Per Nilsson, verksamhetscontroller"
    cov["A6"] = "Behandlas i Tekniska nämnden 2025-09-24"
    cov.column_dimensions["A"].width = 60
    ws = wb.create_sheet("IK-uppföljning")
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – delår jan–aug"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd: Tekniska nämnden"
    heads = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    header_row(ws, 4, heads, [18, 45, 20, 9, 10, 55])
    rows = [
        ("Gata/park", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "G", "Nej",
         "Stickprov 20 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att entreprenörers fakturor stämmer mot avtalade á-priser", "Gatuchef",
         "D", "Ja", "Avvikelse i två fakturor från vinterväghållningen, krediterade. Sommarentreprenader återstår.",
         "DELVIS", "ja"),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "G", "Nej",
         "Samtliga 34 lekplatser besiktade i maj.", "GENOMFORD", "nej"),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "G", "Nej", "",
         "GENOMFORD", "nej"),
        ("VA", "Fakturering av VA-avgifter för nya anslutningar", "VA-ekonom", "E", "",
         "Ej hunnit på grund av byte av debiteringssystem.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Nyckel- och passerkortshantering i kommunens fastigheter", "Fastighetschef", "D", "Ja",
         "Kontrollerat på 5 av 12 skolor, 17 nycklar kunde inte redovisas.", "DELVIS", "ja"),
        ("Fastighet", "Energiuppföljning per fastighet", "Energistrateg", "U", "",
         "Ersätts av uppföljning i nya energistrategin.", "UTGAR", ""),
        ("Kost", "Hantering av specialkost enligt rutin", "Kostchef", "G", "Nej", "", "GENOMFORD", "nej"),
        ("Kost", "Kontroll av livsmedelssvinn", "Kostchef", "", "",
         "Mätning genomförd vecka 10 och 20, svinnet har minskat till 38 g/portion.", "GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        data_row(ws, r, row[:6])
        exp(fil, nm, row[1], row[6], row[7])
        r += 1
    rm = wb.create_sheet("Riskmatris")
    rm["A1"] = "Riskbedömning inför internkontrollplan 2026"
    rm["A1"].font = BOLD
    header_row(rm, 3, ["Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde"], [45, 16, 16, 10])
    for i, (risk, s, k) in enumerate([("Bristande underhåll av broar", 2, 4),
                                      ("Läckage i VA-nätet", 3, 3),
                                      ("Felaktig fakturering av hyror", 2, 2),
                                      ("Kompetensförsörjning driftpersonal", 3, 2)]):
        rm.cell(4 + i, 1, risk); rm.cell(4 + i, 2, s); rm.cell(4 + i, 3, k)
        rm.cell(4 + i, 4, "=B%d*C%d" % (4 + i, 4 + i))
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "TN delårsuppföljning IK 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "ods", "--outdir", HERE, src],
                   check=True, capture_output=True)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - the template pasted into Word
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_Uppföljning internkontrollplan delår 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Kultur- och fritidsnämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025, delår (januari–augusti)")
    doc.add_paragraph("Förvaltningen har följt upp nämndens internkontrollplan enligt den mall som "
                      "ekonomiavdelningen skickat ut. Tabellen nedan är kopierad från mallen.")
    heads = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "G", "Nej",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Hantering av kontanter och kassor i receptionen på Ljungsby arena och badhuset",
         "Anläggningschef", "G", "Ja", "Kassadifferens om 450 kr i maj, utredd och rapporterad.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag",
         "Föreningsbidrag betalas ut enligt bidragsreglerna och med fullständigt underlag",
         "Föreningskonsulent", "D", "Nej", "Aktivitetsbidrag kontrollerat, lokalbidrag återstår.",
         "DELVIS", "nej"),
        ("Föreningsbidrag", "Kontroll av föreningars redovisade deltagartal mot närvarokort",
         "Föreningskonsulent", "E", "", "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        ("Bibliotek", "Gallring och inventering av mediebestånd", "Bibliotekschef", "G", "",
         "Inventering ej påbörjad, planeras v. 40.", "OKLAR", ""),
        ("Fritidsgårdar",
         "Registerkontroll (utdrag ur belastningsregistret) vid anställning av personal som arbetar med barn",
         "Fritidschef", "G", "Nej", "Samtliga 9 sommaranställda kontrollerade.", "GENOMFORD", "nej"),
        ("Kulturskola", "Fakturering av elevavgifter i kulturskolan", "Kulturskolechef", "U", "",
         "Avgifterna slopade från VT 2025 enligt KF-beslut.", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for i, row in enumerate(rows, 1):
        for c in range(6):
            if c == 0 and i > 1 and rows[i - 2][0] == row[0]:
                continue
            t.cell(i, c).text = row[c]
        exp(fil, nm, row[1], row[6], row[7])
    # merge process cells vertically like in the Excel template
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                t.cell(start, 0).merge(t.cell(i - 1, 0))
            start = i
    doc.add_paragraph("")
    p = doc.add_paragraph("Status: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår")
    p.runs[0].font.size = Pt(8)
    doc.add_paragraph("Ljungsby 2025-09-05\nAnna Bergström, förvaltningschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - columns deleted and renamed, status as traffic-light
#    fills only, legend on its own sheet, nämnd only in print header and file name
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_IK_delar_2025.xlsx"
    nm = "Miljö- och byggnämnden"
    wb = Workbook()
    lg = wb.active
    lg.title = "Förklaring"
    lg["A1"] = "Förklaring till kolumnen Läge"
    lg["A1"].font = BOLD
    colors = {"grön": "00B050", "gul": "FFFF00", "röd": "FF0000", "grå": "BFBFBF"}
    for i, (k, txt) in enumerate([("grön", "Genomförd"), ("gul", "Påbörjad / delvis genomförd"),
                                  ("röd", "Ej genomförd"), ("grå", "Utgår")]):
        lg.cell(3 + i, 1).fill = PatternFill("solid", fgColor=colors[k])
        lg.cell(3 + i, 2, txt)
    lg.column_dimensions["B"].width = 30
    ws = wb.create_sheet("Delår 2025")
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll – uppföljning delår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Kontrollområde", "Vad ska kontrolleras", "Ansv.", "Läge", "Avvikelse?", "Kommentar"]
    header_row(ws, 3, heads, [18, 45, 14, 8, 11, 55])
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Adm. chef", "grön", "Nej", "",
         "GENOMFORD", "nej"),
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", "gul", "Ja",
         "8 av 112 ärenden överskred tiden. Uppföljning av resterande ärenden pågår.", "DELVIS", "ja"),
        ("Tillsyn", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef", "grön", "Ja",
         "Två fakturor med fel timavgift, rättade.", "GENOMFORD", "ja"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "grön", "Nej", "",
         "GENOMFORD", "nej"),
        ("Tillsyn", "Planerad tillsyn av livsmedelsanläggningar enligt tillsynsplan", "Miljöchef", "röd", "",
         "Ej genomförd enligt plan p.g.a. vakanser, prioriteras under hösten.", "EJ_GENOMFORD", ""),
        ("Arkiv", "Arkivering av avslutade bygglovsärenden i e-arkivet", "Registrator", "grå", "",
         "Ej aktuell 2025.", "UTGAR", ""),
        ("Tillsyn", "Kontroll av OVK-protokoll (obligatorisk ventilationskontroll)", "Byggnadsinspektör",
         None, "", "", "SAKNAS", ""),
    ]
    r = 4
    for row in rows:
        data_row(ws, r, [row[0], row[1], row[2], "", row[4], row[5]])
        if row[3]:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=colors[row[3]])
        exp(fil, nm, row[1], row[6], row[7])
        r += 1
    wb.active = 1
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknads- och integrationsnämnden - saved as .xls, Avvikelse column
#    deleted, status heading renamed, empty T2 column added, row inserted in a
#    group, legend squeezed into one line under the title, extra sheet after
# ---------------------------------------------------------------------------
def file_ain():
    fil = "AIN_IK_uppfoljning_delar2025.xls"
    nm = "Arbetsmarknads- och integrationsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Arbetsmarknads- och integrationsnämnden (AIN)"
    ws["A3"] = "Period:"; ws["B3"] = "Delår 2025 (januari–augusti)"
    ws["A4"] = "G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår"
    ws["A4"].font = Font(size=9)
    heads = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status delår (G/D/E/U)",
             "Status T2", "Iakttagelser / kommentar"]
    header_row(ws, 6, heads, [5, 18, 45, 22, 18, 12, 10, 55])
    rows = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Enhetschef",
         "G", "", "Inga avvikelser.", "GENOMFORD", "nej", False),
        ("2", "Ekonomi",
         "Utbetalning av ekonomiskt bistånd sker efter beslut och med två i förening", "Stickprov 20 utbetalningar",
         "Enhetschef IFO vuxen", "G", "",
         "Stickprov 20 utbetalningar, en utbetalning saknade kontrasignering.", "GENOMFORD", "ja", False),
        ("3", "Ekonomi",
         "Kontroll av att statlig ersättning för anställningsstöd rekvireras från Arbetsförmedlingen",
         "Avstämning mot rekvisitioner", "Ekonom", "D", "", "Rekvirerat för jan–jun, juli–aug pågår.",
         "DELVIS", "", False),
        ("3b", "Ekonomi", "Kontroll av att hyra för sociala kontrakt faktureras hyresgästen",
         "Avstämning kontraktslista", "Boendesamordnare", "G", "", "Inga avvikelser.", "GENOMFORD", "nej", True),
        ("G", "Myndighetsutövning"),
        ("4", "Myndighetsutövning", "Handläggningstid för nyansökan om ekonomiskt bistånd",
         "Uttag ur Viva", "Enhetschef IFO vuxen", "E", "", "Ej genomförd.", "EJ_GENOMFORD", "", False),
        ("5", "Myndighetsutövning", "Dokumentation i verksamhetssystemet Viva sker inom två veckor",
         "Stickprov akter", "Enhetschef IFO vuxen", "", "", "Genomförs i oktober.", "EJ_GENOMFORD", "", False),
        ("G", "Integration"),
        ("6", "Integration", "Etableringsplaner för nyanlända följs upp", "Stickprov", "Integrationssamordnare",
         "D", "", "Uppföljt för 9 av 15 hushåll.", "DELVIS", "", False),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            group_row(ws, r, row[1], len(heads))
        else:
            data_row(ws, r, row[:8], border=not row[10])
            exp(fil, nm, row[2], row[8], row[9])
        r += 1
    hp = wb.create_sheet("Handlingsplan")
    hp["A1"] = "Handlingsplan efter delårsuppföljning"
    hp["A1"].font = BOLD
    header_row(hp, 3, ["Åtgärd", "Ansvarig", "Klart senast"], [55, 22, 14])
    hp["A4"] = "Påminnelse om kontrasignering till samtliga handläggare"; hp["B4"] = "Enhetschef IFO vuxen"
    hp["C4"] = "2025-10-01"
    hp["A5"] = "Genomgång av dokumentationsrutin i Viva"; hp["B5"] = "Enhetschef IFO vuxen"
    hp["C5"] = "2025-10-31"
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "AIN_IK_uppfoljning_delar2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "xls:MS Excel 97", "--outdir", HERE, src],
                   check=True, capture_output=True)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: Excel lock file left in the folder while BUN's file was open
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$Uppföljning IK delår 2025 BUN.xlsx"
    name = "Maria Lindqvist"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (53 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (53 - len(name))
    with open(fil, "wb") as f:
        f.write(data[:165].ljust(165, b"\x00"))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknads- och integrationsförvaltningen|Arbetsmarknadsenheten"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
]


def write_csv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    for fn in (file_ks, file_bun, file_on, file_tn, file_kfn, file_mbn, file_ain, file_lock):
        fn()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")
