#!/usr/bin/python3
# Blind round 35 - Kvarneviks kommun (Västra Götaland), internkontroll 2025.
# Builds the inbox files plus namnder.csv, files.csv, expected.csv.
import csv, io, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r35build-")
LO = "file:///tmp/lo-r35-profile"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)


def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO,
                    "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(TMP, base + "." + fmt)


def exp(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text and len(text) >= 25, text
    expected.append((fil, namnd, text, status, avv))


BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# F1  Stratsys export, Samhällsbyggnadsförvaltningen (SBN, MBN, TN), ; cp1252,
#     one row per control and period (Delår 2025 / Helår 2025), sorted by period
# ---------------------------------------------------------------------------
F1 = "Stratsys_export_IK2025_Samhallsbyggnadsforvaltningen.csv"
f1 = [
    # nämnd-kod, nämnd, process, kontrollmoment, (delår status), (helår status), avvikelse helår, kommentar helår, expected status, exp avv
    ("SBN", "Samhällsbyggnadsnämnden", "Planprocessen",
     "Kontroll att detaljplaner antas inom beslutad tidsplan",
     "Pågående", "Genomförd", "Nej", "Samtliga planer enligt tidsplan utom en som pausats av KS", "GENOMFORD", "nej"),
    ("SBN", "Samhällsbyggnadsnämnden", "Mark och exploatering",
     "Stickprov på att markanvisningsavtal följer riktlinjer för markanvisning",
     "Ej påbörjad", "Genomförd", "Ja", "Två av åtta avtal saknade krav på säkerhet; rutinen har uppdaterats", "GENOMFORD", "ja"),
    ("SBN", "Samhällsbyggnadsnämnden", "Mark och exploatering",
     "Uppföljning av exploateringskalkyler mot utfall i pågående projekt",
     "Pågående", "Pågående", "Nej", "Tre av fem projekt avstämda, resterande klart under Q1 2026", "DELVIS", "nej"),
    ("SBN", "Samhällsbyggnadsnämnden", "Planprocessen",
     "Kontroll av att beslut om planbesked fattas inom fyra månader",
     "Genomförd", "", "", "", "GENOMFORD", "nej"),
    ("SBN", "Samhällsbyggnadsnämnden", "Ekonomi",
     "Avstämning av debiterade planavgifter mot antagna planer",
     "", "Utgår", "", "Utgår efter beslut i SBN 2025-05-20 § 61", "UTGAR", "nej"),
    ("MBN", "Miljö- och byggnadsnämnden", "Bygglov",
     "Handläggningstid för bygglov inom tio veckor enligt PBL",
     "Pågående", "Genomförd", "Ja", "12 % av ärendena överskred tio veckor; avgiften reducerades i 9 ärenden", "GENOMFORD", "ja"),
    ("MBN", "Miljö- och byggnadsnämnden", "Miljötillsyn",
     "Stickprov av delegationsbeslut inom miljöbalkens område",
     "Genomförd", "Genomförd", "Nej", "20 beslut granskade utan anmärkning", "GENOMFORD", "nej"),
    ("MBN", "Miljö- och byggnadsnämnden", "Miljötillsyn",
     "Kontroll att tillsynsavgifter debiteras enligt gällande taxa",
     "Ej påbörjad", "Ej påbörjad", "", "Resursbrist under hösten", "EJ_GENOMFORD", "nej"),
    ("MBN", "Miljö- och byggnadsnämnden", "Livsmedelskontroll",
     "Uppföljning av att livsmedelskontroller genomförs enligt kontrollplan",
     "Pågående", "Pågående", "Nej", "Se bilaga", "DELVIS", "nej"),
    ("MBN", "Miljö- och byggnadsnämnden", "Registratur",
     "Registrering av inkomna ärenden i diariet inom tre arbetsdagar",
     "", "", "", "", "SAKNAS", "nej"),
    ("TN", "Tekniska nämnden", "Upphandling",
     "Kontroll av avtalstrohet vid inköp av entreprenadtjänster",
     "Pågående", "Genomförd", "Ja", "Tre inköp gjordes utan avtal; påtalat för berörda enhetschefer", "GENOMFORD", "ja"),
    ("TN", "Tekniska nämnden", "Park och natur",
     "Uppföljning av besiktningar av lekplatser enligt SS-EN 1176",
     "Genomförd", "Genomförd", "Nej", "Samtliga 64 lekplatser besiktade", "GENOMFORD", "nej"),
    ("TN", "Tekniska nämnden", "VA-verksamheten",
     "Attest av leverantörsfakturor för VA-verksamheten",
     "Pågående", "Avbruten", "", "Kontrollen avbröts p.g.a. vakans på controllertjänsten", "EJ_GENOMFORD", "nej"),
    ("TN", "Tekniska nämnden", "Gata och trafik",
     "Kontroll av att vinterväghållning utförs enligt avtalad standard",
     "Ej påbörjad", "Delvis genomförd", "Ja", "Två entreprenörer höll inte utryckningstiden vid snöfallet i november", "DELVIS", "ja"),
    ("TN", "Tekniska nämnden", "Fordon",
     "Inventering av fordonsparkens körjournaler och drivmedelskort",
     "Pågående", "Genomförd", "Nej", "Inga avvikelser", "GENOMFORD", "nej"),
]


def make_f1():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Förvaltning", "Nämnd", "Process", "Kontrollmoment", "Period", "Status",
                "Avvikelse", "Kommentar", "Ansvarig"])
    ansv = {"SBN": "Plan- och exploateringschef", "MBN": "Miljö- och byggchef", "TN": "Teknisk chef"}
    for period in ("Delår 2025", "Helår 2025"):
        for (kod, namnd, proc, text, d, h, avv, kom, st, ea) in f1:
            if period.startswith("Delår"):
                row = ["Samhällsbyggnadsförvaltningen", kod, proc, text, period, d, "",
                       "" if d == "" else ("Arbetet pågår" if d == "Pågående" else ""), ansv[kod]]
            else:
                row = ["Samhällsbyggnadsförvaltningen", kod, proc, text, period, h, avv, kom, ansv[kod]]
            w.writerow(row)
    with open(os.path.join(OUT, F1), "w", encoding="cp1252", newline="") as fh:
        fh.write(buf.getvalue())
    for namnd in ("Samhällsbyggnadsnämnden", "Miljö- och byggnadsnämnden", "Tekniska nämnden"):
        files.append((F1, "INLAST", namnd, "2025", "HELAR"))
    for (kod, namnd, proc, text, d, h, avv, kom, st, ea) in f1:
        exp(F1, namnd, text, st, ea)


# ---------------------------------------------------------------------------
# F2  Utbildningsförvaltningen workbook, one sheet per nämnd (BUN, GVN),
#     codes 1/2/3/– in Delår and Helår columns, legend below + on Instruktion
# ---------------------------------------------------------------------------
F2 = "IK-uppföljning 2025 Utbildningsförvaltningen.xlsx"
LEGEND = "Bedömning: 1 = Genomförd   2 = Påbörjad/delvis genomförd   3 = Ej genomförd   – = Utgår ur planen"

bun = [
    # group heading or (nr, process, text, [continuation], metod, delår, helår, avv, kommentar, exp status, exp avv)
    "Förskola och grundskola",
    ("1.1", "Placering", "Kontroll av att placeringsbeslut i förskola fattas enligt delegationsordningen", None,
     "Stickprov 15 beslut", 2, 1, "Nej", "", "GENOMFORD", "nej"),
    ("1.2", "Närvaro", "Stickprov på att elevers frånvaro rapporteras till vårdnadshavare samma dag", None,
     "Stickprov per rektorsområde", 2, 2, "Ja", "Fyra enheter saknade fungerande rutin för frånvaroanmälan", "DELVIS", "ja"),
    ("1.3", "Trygghet", "Uppföljning av att anmälningar om kränkande behandling utreds",
     "skyndsamt och dokumenteras i DF Respons",
     "Genomgång av samtliga ärenden T2", "", 1, "Ja", "I 6 av 40 ärenden påbörjades utredningen senare än två veckor", "GENOMFORD", "ja"),
    ("1.4", "Skolskjuts", "Kontroll av att skolskjutsbeslut följer kommunens riktlinjer", None,
     "Stickprov 10 beslut", 1, "Se kommentar", "", "", "OKLAR", "nej"),
    "Ekonomi och administration",
    ("2.1", "Interkommunal ersättning", "Attest av fakturor för köp av skolplatser i fristående verksamhet", None,
     "Granskning av attestflöde", 3, 1, "Nej", "", "GENOMFORD", "nej"),
    ("2.2", "IT och informationssäkerhet", "Kontroll av behörigheter i elevdokumentationssystemet vid personalförändring", None,
     "Loggkontroll", "–", "–", "", "Utgår, ersätts av central loggkontroll från KLK", "UTGAR", "nej"),
    ("2.3", "Säkerhet", "Uppföljning av att det systematiska brandskyddsarbetet dokumenteras på alla skolor", None,
     "Enkät till rektorer", 2, 3, "Nej", "Enkäten skickades inte ut", "EJ_GENOMFORD", "nej"),
]
gvn = [
    "Gymnasieskola",
    ("1", "Betyg", "Kontroll av att betyg i gymnasieskolan registreras och signeras i tid", None,
     "Utdrag ur Procapita/Extens", 1, 1, "Nej", "", "GENOMFORD", "nej"),
    ("2", "Personal", "Uppföljning av att lärare har legitimation och behörighet för undervisning", None,
     "Avstämning mot Skolverkets register", 2, "", "", "Arbetet pågår och beräknas vara klart under våren 2026", "DELVIS", "nej"),
    ("3", "Elevekonomi", "Uppföljning av studiestöd och APL-ersättningar utbetalda till elever", None,
     "Stickprov 20 utbetalningar", 3, 2, "Nej", "", "DELVIS", "nej"),
    "Vuxenutbildning",
    ("4", "Antagning", "Stickprov av antagningsbeslut till vuxenutbildningen mot regelverket", None,
     "Stickprov 25 beslut", 2, 1, "Ja", "Två beslut saknade motivering till avslag", "GENOMFORD", "ja"),
    ("5", "Inköp", "Kontroll av att inköp av läromedel sker från upphandlade leverantörer", None,
     "Fakturagranskning", "", "", "", "", "SAKNAS", "nej"),
]


def f2_sheet(ws, namnd, rows, legend_below):
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Nämnd:"; ws["B2"] = namnd
    ws["A3"] = "Förvaltning:"; ws["B3"] = "Utbildningsförvaltningen"
    hdr = ["Nr", "Process", "Vad kontrolleras", "Metod/frekvens", "Bedömning delår (aug)",
           "Bedömning helår", "Avvikelse upptäckt?", "Åtgärd/kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = BOLD
    r += 1
    n = 0
    for item in rows:
        if isinstance(item, str):
            ws.cell(r, 1, item).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        nr, proc, text, cont, metod, d, h, avv, kom, st, ea = item
        vals = [nr, proc, text, metod, d, h, avv, kom]
        for c, v in enumerate(vals, 1):
            if v != "" and v is not None:
                ws.cell(r, c, v)
        r += 1
        n += 1
        if cont:
            ws.cell(r, 3, cont)
            r += 1
        full = text + (" " + cont if cont else "")
        exp(F2, namnd, full, st, ea)
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment")
    ws.cell(r, 3, n)
    r += 1
    if legend_below:
        r += 1
        ws.cell(r, 1, LEGEND).font = Font(italic=True)
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["H"].width = 50


def make_f2():
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = ["Instruktion för uppföljning av internkontrollplan 2025",
             "",
             "Fyll i bedömning för varje kontrollmoment vid delår (augusti) och helår.",
             LEGEND,
             "Ange Ja i kolumnen Avvikelse upptäckt? om kontrollen visat på fel eller brister.",
             "Varje nämnd redovisas på egen flik. Skicka till ekonomiavdelningen senast 2026-01-16."]
    for i, l in enumerate(lines, 1):
        ins.cell(i, 1, l)
    ins["A1"].font = Font(bold=True, size=13)
    f2_sheet(wb.create_sheet("BUN"), "Barn- och utbildningsnämnden", bun, True)
    f2_sheet(wb.create_sheet("GVN"), "Gymnasie- och vuxenutbildningsnämnden", gvn, False)
    wb.save(os.path.join(OUT, F2))
    files.append((F2, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    files.append((F2, "INLAST", "Gymnasie- och vuxenutbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Word, Social- och omsorgsförvaltningen, delår 2025, section per nämnd:
#     SN = status words, VON = tick columns, NFS = one small table per control
# ---------------------------------------------------------------------------
F3 = "Delårsuppföljning internkontroll 2025 Social- och omsorgsförvaltningen.docx"
sn = [
    ("Barn och unga", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "Genomförd",
     "Avvikelse: 14 av 60 utredningar förlängdes utan dokumenterat beslut.", "GENOMFORD", "ja"),
    ("Ekonomiskt bistånd", "Stickprov av beslut om ekonomiskt bistånd mot gällande riktlinjer", "Pågår",
     "Stickprov för januari–juni genomförda, inga fel funna hittills.", "DELVIS", "nej"),
    ("Barn och unga", "Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar", "Ej påbörjad",
     "Planeras till oktober.", "EJ_GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av utbetalningar till familjehem och kontaktpersoner", "",
     "Kontrollen är genomförd i juni. Två dubbelutbetalningar upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
    ("Delegation", "Granskning av att delegationsbeslut anmäls till nämnden", "Genomförd",
     "Inga avvikelser.", "GENOMFORD", "nej"),
]
von = [
    # text, ticks (G, D, E), kommentar
    ("Kontroll av att genomförandeplaner upprättas inom 14 dagar i hemtjänsten", ("", "X", ""),
     "Avvikelse: genomförandeplan saknades för 9 av 45 brukare.", "DELVIS", "ja"),
    ("Uppföljning av att avvikelser enligt lex Sarah rapporteras och utreds", ("X", "", ""),
     "Inga brister.", "GENOMFORD", "nej"),
    ("Kontroll av läkemedelshantering på särskilda boenden", ("X", "", "X"),
     "", "OKLAR", "nej"),
    ("Stickprov av hemtjänsttimmar fakturerade av externa utförare", ("", "", ""),
     "", "SAKNAS", "nej"),
]
nfs = [
    ("Kontroll av att beslut enligt LSS verkställs inom tre månader", "Enhetschef myndighet",
     "Genomförd. Tre beslut har inte verkställts inom tre månader och rapporteras till IVO.", "Ja", "GENOMFORD", "ja"),
    ("Uppföljning av att assistansersättning återsöks korrekt från Försäkringskassan", "Ekonom",
     "Delvis genomförd – granskning av första halvåret är klar, andra halvåret återstår.", "Nej", "DELVIS", "nej"),
    ("Kontroll av behörigheter i verksamhetssystemet Lifecare för funktionsstöd", "Systemförvaltare",
     "Utgår enligt beslut i nämnden 2025-04-17, ersätts av gemensam loggkontroll.", "Nej", "UTGAR", "nej"),
]


def make_f3():
    doc = Document()
    doc.add_heading("Uppföljning av internkontrollplaner – delår 2025", 0)
    doc.add_paragraph("Kvarneviks kommun, Social- och omsorgsförvaltningen. Period januari–augusti 2025.")
    doc.add_paragraph("Förvaltningen bereder ärenden åt tre nämnder. Nedan redovisas uppföljningen av respektive "
                      "nämnds internkontrollplan per den 31 augusti. Helårsuppföljningen redovisas i februari 2026.")
    # Socialnämnden
    doc.add_heading("Socialnämnden", 1)
    doc.add_paragraph("Nämnden antog sin internkontrollplan 2024-12-12 § 201 med fem kontrollmoment.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[c].text = h
    for proc, text, st, kom, es, ea in sn:
        cells = t.add_row().cells
        cells[0].text = proc; cells[1].text = text; cells[2].text = st; cells[3].text = kom
        exp(F3, "Socialnämnden", text, es, ea)
    # VON
    doc.add_heading("Vård- och omsorgsnämnden", 1)
    doc.add_paragraph("Markera med X i den kolumn som stämmer.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse/kommentar"]):
        t.rows[0].cells[c].text = h
    for text, ticks, kom, es, ea in von:
        cells = t.add_row().cells
        cells[0].text = text
        for i, x in enumerate(ticks):
            cells[1 + i].text = x
        cells[4].text = kom
        exp(F3, "Vård- och omsorgsnämnden", text, es, ea)
    # NFS
    doc.add_heading("Nämnden för funktionsstöd", 1)
    doc.add_paragraph("Varje kontrollmoment redovisas i en egen tabell.")
    for i, (text, ansv, res, avv, es, ea) in enumerate(nfs, 1):
        doc.add_paragraph("Kontroll %d" % i).runs[0].bold = True
        t = doc.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate([("Kontrollmoment", text), ("Ansvarig", ansv),
                                    ("Resultat delår", res), ("Avvikelse", avv)]):
            t.rows[r].cells[0].text = k
            t.rows[r].cells[1].text = v
        doc.add_paragraph("")
        exp(F3, "Nämnden för funktionsstöd", text, es, ea)
    doc.add_paragraph("Kvarnevik 2025-09-22")
    doc.add_paragraph("Göran Lindqvist, förvaltningschef")
    doc.core_properties.title = "Delårsuppföljning internkontroll 2025"
    doc.save(os.path.join(OUT, F3))
    for n in ("Socialnämnden", "Vård- och omsorgsnämnden", "Nämnden för funktionsstöd"):
        files.append((F3, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  ODS, Kulturnämnden: Delår 2025 / Helår 2025 sheets, status only as fill
#     colour, legend on sheet Förklaring
# ---------------------------------------------------------------------------
F4 = "Kulturnämnden IK 2025.ods"
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
kn = [
    ("Bidrag", "Kontroll av att föreningsbidrag till kulturföreningar beslutas enligt riktlinjer",
     "Stickprov 10 ärenden", YELLOW, "", GREEN, "Inga brister", "GENOMFORD", "nej"),
    ("Konst", "Inventering av konstsamlingen och placerade konstverk i kommunens lokaler",
     "Fysisk inventering", YELLOW, "Inventering pågår", YELLOW, "12 verk kunde inte lokaliseras, eftersökning pågår",
     "DELVIS", "ja"),
    ("Kassor", "Stickprov av kassahantering i bibliotekens självbetjäning och kaféer",
     "Oanmäld kassakontroll", RED, "", GREEN, "Kassadifferens på 2 400 kr i ett kafé, polisanmäld", "GENOMFORD", "ja"),
    ("Inköp", "Kontroll av att upphandlade avtal används vid inköp av scenteknik",
     "Fakturagranskning", RED, "", RED, "Kontrollen har inte genomförts", "EJ_GENOMFORD", "nej"),
    ("GDPR", "Uppföljning av att personuppgifter i låntagarregistret gallras enligt plan",
     "Systemuttag", GREY, "Ströks ur planen", GREY, "", "UTGAR", "nej"),
    ("Kulturskolan", "Kontroll av att arvoden till kulturskolans timanställda attesteras korrekt",
     "Stickprov lönelistor", None, "", None, "", "SAKNAS", "nej"),
    ("Lokaler", "Kontroll av att hyresavtal för externa lokaler i kulturhuset är aktuella",
     "Genomgång av avtalsregister", GREEN, "", GREEN, "Inga avvikelser", "GENOMFORD", "nej"),
]


def make_f4():
    wb = Workbook()
    first = True
    for title, di, ci in (("Delår 2025", 3, 4), ("Helår 2025", 5, 6)):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws["A1"] = "Kulturnämnden – uppföljning intern kontroll, %s" % title.lower()
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Kultur- och fritidsförvaltningen, Kvarneviks kommun"
        hdr = ["Område", "Aktivitet", "Kontrollmetod", "Status", "Iakttagelser"]
        for c, h in enumerate(hdr, 1):
            ws.cell(4, c, h).font = BOLD
        r = 5
        for item in kn:
            area, text, metod = item[0], item[1], item[2]
            colour, obs = item[di], item[ci]
            ws.cell(r, 1, area); ws.cell(r, 2, text); ws.cell(r, 3, metod)
            if colour:
                ws.cell(r, 4).fill = PatternFill("solid", start_color=colour, end_color=colour)
            if obs:
                ws.cell(r, 5, obs)
            r += 1
        ws.column_dimensions["B"].width = 65
        ws.column_dimensions["D"].width = 10
        ws.column_dimensions["E"].width = 50
    leg = wb.create_sheet("Förklaring")
    leg["A1"] = "Färgförklaring för kolumnen Status"
    leg["A1"].font = BOLD
    for r, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")], 3):
        leg.cell(r, 1).fill = PatternFill("solid", start_color=col, end_color=col)
        leg.cell(r, 2, txt)
    leg["A8"] = "Brister som upptäckts beskrivs i kolumnen Iakttagelser."
    src = os.path.join(TMP, "Kulturnämnden IK 2025.xlsx")
    wb.save(src)
    shutil.move(soffice(src, "ods"), os.path.join(OUT, F4))
    files.append((F4, "INLAST", "Kulturnämnden", "2025", "HELAR"))
    for item in kn:
        exp(F4, "Kulturnämnden", item[1], item[7], item[8])


# ---------------------------------------------------------------------------
# F5  ODT, Idrotts- och fritidsnämnden, tertial T1/T2/T3 as label lines, no table
# ---------------------------------------------------------------------------
F5 = "IFN uppföljning internkontroll T3 2025.odt"
ifn = [
    ("Bokning och debitering", "Kontroll av att bokningar av idrottshallar debiteras enligt taxa",
     "Ej påbörjad", "Pågår", "Genomförd", "Ja", "34 bokningar hade inte fakturerats, åtgärdat i oktober.",
     "GENOMFORD", "ja"),
    ("Föreningsstöd", "Stickprov av aktivitetsstöd till föreningar mot inrapporterade deltagartillfällen",
     "Pågår", "Pågår", "Delvis genomförd", "Nej", "Stickprov gjort för vårterminen, hösten granskas i februari.",
     "DELVIS", "nej"),
    ("Säkerhet", "Kontroll av att säkerhetsbesiktning av badplatser utförs före säsong",
     "Ej påbörjad", "Genomförd", "Genomförd", "Nej", "Samtliga nio badplatser besiktades i maj.",
     "GENOMFORD", "nej"),
    ("Föreningsregister", "Uppföljning av att föreningsregistret uppdateras årligen med styrelseuppgifter",
     "–", "–", "Osäkert, uppgifter saknas från föreningsenheten", "", "",
     "OKLAR", "nej"),
    ("Kassahantering", "Kontroll av att entréavgifter på simhallen redovisas dagligen",
     "Pågår", "Ej genomförd", "Avbruten genom beslut i nämnden 2025-10-09", "Nej",
     "Ny kassalösning med kortbetalning infördes i september.", "UTGAR", "nej"),
]


def make_f5():
    doc = Document()
    doc.add_heading("Idrotts- och fritidsnämnden", 0)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 3 (helår)")
    doc.add_paragraph("Nedan redovisas status per tertial för varje kontrollmoment i nämndens "
                      "internkontrollplan. Status T3 avser läget per den 31 december 2025.")
    for i, (rubrik, text, t1, t2, t3, avv, kom, es, ea) in enumerate(ifn, 1):
        doc.add_heading("%d. %s" % (i, rubrik), 2)
        for lab, val in (("Kontrollmoment", text), ("Status T1", t1), ("Status T2", t2),
                         ("Status T3", t3), ("Avvikelse", avv), ("Kommentar", kom)):
            p = doc.add_paragraph()
            p.add_run(lab + ": ").bold = True
            if val:
                p.add_run(val)
        exp(F5, "Idrotts- och fritidsnämnden", text, es, ea)
    doc.add_paragraph("")
    doc.add_paragraph("Beslutad av Idrotts- och fritidsnämnden 2026-01-28 § 4. Justerat.")
    src = os.path.join(TMP, "IFN uppföljning internkontroll T3 2025.docx")
    doc.save(src)
    shutil.move(soffice(src, "odt"), os.path.join(OUT, F5))
    files.append((F5, "INLAST", "Idrotts- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  XLS, Kommunstyrelsen (Nämnd/enhet: Kommunledningskontoret), Status 2024 |
#     Status 2025, "Granskning genomförd" words, signature row
# ---------------------------------------------------------------------------
F6 = "KS Helårsuppföljning internkontroll 2025.xls"
ks = [
    (1, "Prognoser", "Kontroll att uppbokningar är utförda inför månadsstängning",
     "Inga avvikelser identifierade.", "Ingen åtgärd", "Granskning genomförd", "Granskning genomförd",
     "GENOMFORD", "nej"),
    (2, "Beslutsunderlag", "Kvalitetssäkra att beslutsunderlag med ekonomisk påverkan passerat ekonomi",
     "Tre ärenden till KS saknade ekonomisk konsekvensbeskrivning.", "Controllers bevakar KS-ärenden",
     "Granskning genomförd", "Granskning genomförd", "GENOMFORD", "ja"),
    (3, "Leverantörsreskontra", "Kontroll av att leverantörsregistret saknar dubbletter och vilande bankkonton",
     "", "", "Granskning ej genomförd", "Granskning ej genomförd", "EJ_GENOMFORD", "nej"),
    (4, "Finansverksamhet", "Rapportering av finansverksamheten sker enligt finanspolicyn",
     "Ingen identifierad avvikelse.", "", "Granskning genomförd", "", "SAKNAS", "nej"),
    (5, "Förtroendekänsliga poster", "Uppföljning av att representation och förtroendekänsliga poster följer riktlinjer",
     "Två fakturor för representation saknade deltagarförteckning.", "Påminnelse till chefer om riktlinjerna",
     "", "Granskning genomförd", "GENOMFORD", "ja"),
    (6, "Systemförvaltning", "Kontroll av att systemförvaltare är utsedda för samtliga verksamhetssystem",
     "", "Inventering slutförs under 2026", "", "Granskning påbörjad", "DELVIS", "nej"),
    (7, "Löner", "Granskning av att arvoden till förtroendevalda betalas ut korrekt",
     "", "", "", "Utgår – granskas av revisionen 2025", "UTGAR", "nej"),
]


def make_f6():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Helårsuppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet: Kommunledningskontoret"
    ws["A4"] = "År: 2025"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
           "Status 2024", "Status 2025", "Återredovisas"]
    for c, h in enumerate(hdr, 1):
        ws.cell(6, c, h).font = BOLD
    r = 7
    for (i, proc, text, avv, atg, s24, s25, es, ea) in ks:
        for c, v in enumerate([i, proc, text, avv, atg, s24, s25, "Bokslut"], 1):
            if v != "":
                ws.cell(r, c, v)
        r += 1
        exp(F6, "Kommunstyrelsen", text, es, ea)
    r += 1
    ws.cell(r, 1, "Statusalternativ: Granskning genomförd / Granskning påbörjad / Granskning ej genomförd")
    r += 2
    ws.cell(r, 1, "Upprättad av: Anna Berg, controller, 2026-01-15")
    ws.cell(r + 1, 1, "Godkänd av: Per Ekström, kommundirektör")
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 45
    src = os.path.join(TMP, "KS Helårsuppföljning internkontroll 2025.xlsx")
    wb.save(src)
    shutil.move(soffice(src, "xls"), os.path.join(OUT, F6))
    files.append((F6, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Hypergene "Unicode text" export, UTF-16LE tab, AMN + Servicenämnden,
#     emoji status for T2 and helår, legend as last line
# ---------------------------------------------------------------------------
F7 = "Hypergene_IK_export_2025.txt"
G, Y, R, W = "🟢", "🟡", "🔴", "⚪"
hyp = [
    ("Arbetsmarknadsnämnden", "Kontroll av att anvisningar till arbetsmarknadsinsatser dokumenteras",
     Y, G, "Nej", "", "GENOMFORD", "nej"),
    ("Arbetsmarknadsnämnden", "Stickprov av utbetalda anställningsstöd mot underlag från arbetsgivare",
     G, G, "Ja", "En utbetalning saknade tidrapport och har återkrävts", "GENOMFORD", "ja"),
    ("Arbetsmarknadsnämnden", "Uppföljning av att deltagare i feriearbete har giltiga anställningsavtal",
     R, R, "Nej", "Hanns inte med under sommaren", "EJ_GENOMFORD", "nej"),
    ("Arbetsmarknadsnämnden", "Kontroll av att SFI-elevers närvaro registreras och följs upp",
     Y, Y, "Nej", "Rutin under införande", "DELVIS", "nej"),
    ("Arbetsmarknadsnämnden", "Kontroll av fakturering till Arbetsförmedlingen för extratjänster",
     W, W, "", "Extratjänster avvecklade", "UTGAR", "nej"),
    ("Servicenämnden", "Kontroll av att måltidsverksamhetens livsmedelsinköp följer ramavtal",
     G, G, "Nej", "Avtalstrohet 97 %", "GENOMFORD", "nej"),
    ("Servicenämnden", "Behörighetskontroll i lönesystemet Heroma vid avslutad anställning",
     Y, G, "Ja", "Åtta avslutade medarbetare hade kvar behörighet, borttaget", "GENOMFORD", "ja"),
    ("Servicenämnden", "Kontroll av att felanmälningar i lokalvården åtgärdas inom avtalad tid",
     "", "Se bilaga", "", "", "OKLAR", "nej"),
    ("Servicenämnden", "Stickprov av att lönetillägg och OB-ersättning utbetalas enligt avtal",
     R, Y, "Nej", "", "DELVIS", "nej"),
    ("Servicenämnden", "Uppföljning av att IT-utrustning inventeras och återlämnas vid avslut",
     "", "", "", "", "SAKNAS", "nej"),
]


def make_f7():
    lines = ["Intern kontroll 2025 – helårsuppföljning\t\t\t\t\t\t",
             "Organisation\tNämnd\tKontrollaktivitet\tUtfall T2\tUtfall helår\tAvvikelse\tKommentar"]
    for (namnd, text, t2, hel, avv, kom, es, ea) in hyp:
        org = "Arbetsmarknadsförvaltningen" if namnd.startswith("Arbets") else "Serviceförvaltningen"
        lines.append("\t".join([org, namnd, text, t2, hel, avv, kom]))
        exp(F7, namnd, text, es, ea)
    lines.append("")
    lines.append("Teckenförklaring: %s = Genomförd, %s = Pågår/delvis genomförd, %s = Ej genomförd, %s = Utgår" % (G, Y, R, W))
    with open(os.path.join(OUT, F7), "w", encoding="utf-16", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    files.append((F7, "INLAST", "Arbetsmarknadsnämnden", "2025", "HELAR"))
    files.append((F7, "INLAST", "Servicenämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  truncated xlsx (Överförmyndarnämnden) -> AVVISAD
# ---------------------------------------------------------------------------
F8 = "Överförmyndarnämnden IK-uppföljning 2025.xlsx"


def make_f8():
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll 2025"
    ws["A3"] = "Kontroll av att årsräkningar granskas inom sex månader"
    ws["B3"] = "Genomförd"
    src = os.path.join(TMP, "ofn.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, F8), "wb") as fh:
        fh.write(data[: len(data) // 3])
    files.append((F8, "AVVISAD", "Överförmyndarnämnden", "2025", ""))


# ---------------------------------------------------------------------------
# F9  Fastighetsnämnden, comma CSV UTF-8 with BOM, "Utförd (J/N)", no period
# ---------------------------------------------------------------------------
F9 = "fastighetsnamnden_internkontroll_2025.csv"
fn = [
    ("Kontroll av att hyresavtal med externa hyresvärdar indexuppräknas korrekt", "J", "Nej",
     "Alla 23 avtal kontrollerade", "GENOMFORD", "nej"),
    ("Stickprov av att ÄTA-arbeten i byggprojekt är beställda skriftligt", "J", "Ja",
     "Två ÄTA saknade skriftlig beställning, sammanlagt 310 tkr", "GENOMFORD", "ja"),
    ("Uppföljning av att lagstadgade OVK-besiktningar utförs i skolor och förskolor", "N", "Nej",
     "Ej hunnit, flyttas till 2026", "EJ_GENOMFORD", "nej"),
    ("Kontroll av nyckel- och passerkortshantering i kommunens fastigheter", "Delvis", "Nej",
     "Passerkort klart, nycklar återstår", "DELVIS", "nej"),
    ("Uppföljning av att energideklarationer är aktuella för alla fastigheter", "", "Nej",
     "Kontrollen är genomförd, alla deklarationer är aktuella", "GENOMFORD", "nej"),
]


def make_f9():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n")
    w.writerow(["Nr", "Kontrollmoment", "Utförd (J/N)", "Avvikelse", "Kommentar", "Ansvarig"])
    for i, (text, u, avv, kom, es, ea) in enumerate(fn, 1):
        w.writerow([i, text, u, avv, kom, "Fastighetschef"])
        exp(F9, "Fastighetsnämnden", text, es, ea)
    with open(os.path.join(OUT, F9), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    files.append((F9, "INLAST", "Fastighetsnämnden", "2025", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN"),
    ("Socialnämnden", "SN"),
    ("Vård- och omsorgsnämnden", "VON"),
    ("Nämnden för funktionsstöd", "NFS|Funktionsstödsnämnden"),
    ("Samhällsbyggnadsnämnden", "SBN"),
    ("Miljö- och byggnadsnämnden", "MBN|Bygg- och miljönämnden"),
    ("Tekniska nämnden", "TN"),
    ("Fastighetsnämnden", "FN"),
    ("Kulturnämnden", "KN"),
    ("Idrotts- och fritidsnämnden", "IFN|Fritidsnämnden"),
    ("Arbetsmarknadsnämnden", "AMN"),
    ("Servicenämnden", "SEN"),
    ("Överförmyndarnämnden", "ÖFN"),
    ("Valnämnden", ""),
    ("Krisledningsnämnden", ""),
]


def main():
    make_f1(); make_f2(); make_f3(); make_f4(); make_f5(); make_f6(); make_f7(); make_f8(); make_f9()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected:
            fh.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(set(f[0] for f in files)), "files,", len(files), "nämnd rows,", len(expected), "controls")


if __name__ == "__main__":
    main()
