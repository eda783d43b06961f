#!/usr/bin/python3
"""Blind round 312 - Ekträsk kommun, T2 2025 inbox. Builds all files + CSVs deterministically."""
import csv, datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)
LO = "-env:UserInstallation=file:///tmp/lo-round312"
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)

def new_wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekträsk kommun"
    return wb

def convert(src, fmt, filt=None):
    tmpd = os.path.dirname(src)
    target = fmt if filt is None else f"{fmt}:{filt}"
    subprocess.run(["soffice", "--headless", LO, "--convert-to", target, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(src)[0] + "." + fmt

def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXP.append((fil, namnd, " ".join(km.split()), st, av))

# ---------------------------------------------------------------- 1. KS (kommun template, easy)
def f1_ks():
    fil = "Internkontroll T2 2025 - Kommunstyrelsen.xlsx"
    wb = new_wb(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Ekträsk kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "Uppföljningsperiod:"; ws["C4"] = "Tertial 2 (jan–aug)"
    ws["A5"] = ("Instruktion: Ange status med listvalen Genomförd / Pågår / Ej påbörjad / Utgår. "
                "Beskriv resultat och eventuella avvikelser i kommentarsfältet. Skickas till ekonomiavdelningen senast 15 september.")
    ws.merge_cells("A5:J5"); ws["A5"].alignment = WRAP; ws.row_dimensions[5].height = 30
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Resultat/kommentar", "Avvikelse (Ja/Nej)"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = BOLD; x.fill = fill("D9E1F2"); x.border = BOX; x.alignment = WRAP
    data = [
        ("Ekonomiprocesser", None),
        ("1.1", ["Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Tertial", "Redovisningsansvarig", "Genomförd", "Genomförd", "20 fakturor granskade, samtliga korrekt attesterade.", "Nej"], ("GENOMFORD", "nej")),
        ("1.2", ["Representation", "Representation och förtroendekänsliga poster följer riktlinjen", "Genomgång av samtliga representationsfakturor", "Tertial", "Ekonomichef", "Genomförd", "Genomförd", "2 av 14 fakturor saknade uppgift om deltagare och syfte. Återkopplat till berörda chefer.", "Ja"], ("GENOMFORD", "ja")),
        ("1.3", ["Bokslut", "Avstämning av balanskonton vid periodbokslut", "Kontroll av avstämningsbilagor", "Tertial", "Redovisningsansvarig", "Genomförd", "Pågår", "Avstämning per augusti pågår, klar v. 39.", ""], ("DELVIS", "")),
        ("Personal", None),
        ("2.1", ["Lön", "Lönetillägg och ersättningar är korrekt registrerade", "Stickprov 15 lönespecifikationer", "Halvår", "HR-chef", "", "Genomförd", "Inga felaktigheter.", "Nej"], ("GENOMFORD", "nej")),
        ("2.2", ["Bisysslor", "Bisysslor är anmälda och prövade", "Enkät till chefer", "Årlig", "HR-chef", "Ej påbörjad", "Ej påbörjad", "Genomförs i oktober i samband med medarbetarsamtalen.", ""], ("EJ_GENOMFORD", "")),
        ("IT och informationssäkerhet", None),
        ("3.1", ["Behörigheter", "Behörigheter i ekonomisystemet tas bort när anställning upphör", "Jämförelse avslutade anställningar mot aktiva användare", "Tertial", "IT-chef", "Genomförd", "Genomförd", "3 konton för avslutade anställda var fortfarande aktiva. Spärrade 2025-08-20.", "Ja"], ("GENOMFORD", "ja")),
        ("3.2", ["Kontinuitet", "Säkerhetskopiering av verksamhetssystem och återläsningstest", "Återläsningstest", "Halvår", "IT-chef", "Utgår", "Utgår", "Utgår – ingår i driftleverantörens avtal och följs upp av avtalsansvarig.", ""], ("UTGAR", "")),
        ("Upphandling", None),
        ("4.1", ["Direktupphandling", "Direktupphandlingar över 100 tkr är dokumenterade", "Stickprov 10 direktupphandlingar", "Tertial", "Upphandlingschef", "Genomförd", "Genomförd", "Två av tio saknade dokumenterat tilldelningsbeslut.", "Ja"], ("GENOMFORD", "ja")),
    ]
    r = 8; rows = []
    for nr, d, *e in data:
        if d is None:
            ws.cell(r, 1, nr).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = fill("F2F2F2")
        else:
            ws.cell(r, 1, nr)
            for c, v in enumerate(d, 2):
                x = ws.cell(r, c, v if v != "" else None); x.alignment = WRAP; x.border = BOX
            rows.append((d[1], e[0][0], e[0][1]))
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen godkänd av kommundirektör Anna Lindqvist 2025-09-10")
    for col, w in zip("ABCDEFGHIJ", [6, 18, 42, 30, 10, 20, 12, 12, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    exp(fil, "Kommunstyrelsen", rows)

# ---------------------------------------------------------------- 2. BUN (template variant, traffic lights)
def f2_bun():
    fil = "BUN uppföljning IK tertial 2 2025.xlsx"
    G, Y, R, GR = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = new_wb(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["A3"] = "Period: T2"
    ws["E1"] = "Färgförklaring bedömning:"; ws["E1"].font = BOLD
    for i, (col, txt) in enumerate([(G, "Genomförd, inga avvikelser"), (Y, "Genomförd, avvikelser noterade"),
                                    (R, "Ej genomförd"), (GR, "Utgår")]):
        ws.cell(2 + i, 5).fill = fill(col); ws.cell(2 + i, 6, txt)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = BOLD; x.fill = fill("D9E1F2"); x.border = BOX
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Controller", G, None, "Stickprov 25 fakturor, inga fel.", "GENOMFORD", "nej"),
            ("Interkommunal ersättning (IKE) faktureras för elever folkbokförda i andra kommuner", "Avstämning elevregister mot fakturering", "Controller", Y, None, "4 elever saknade fakturering för vt 2025, fakturerat i juni.", "GENOMFORD", "ja"),
            ("Barnomsorgsavgifter debiteras enligt maxtaxan", "Stickprov 20 hushåll", "Avgiftshandläggare", G, "Genomförd", "", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Skolpliktsbevakning – rutin för elever som inte fullgör sin skolplikt följs", "Genomgång av frånvarorapporter", "Elevhälsochef", R, None, "Ej genomförd, ansvarig tjänst vakant under perioden. Flyttas till T3.", "EJ_GENOMFORD", ""),
            ("Kränkande behandling anmäls till huvudman inom fastställd tid", "Genomgång av anmälningar i DF Respons", "Kvalitetsstrateg", Y, None, "Genomgång av 42 anmälningar: 6 anmäldes senare än 5 arbetsdagar.", "GENOMFORD", "ja"),
            ("Utdrag ur belastningsregistret vid nyanställning", "Kontroll av samtliga nyanställningar", "HR-konsult", G, None, "Samtliga 31 nyanställda kontrollerade.", "GENOMFORD", "nej"),
            ("Skolskjuts – beslut fattas enligt gällande riktlinjer", "Stickprov 10 beslut", "Skolskjutssamordnare", GR, None, "Flyttad till Samhällsbyggnadsnämndens plan efter omorganisationen.", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Personuppgiftsincidenter rapporteras och dokumenteras", "Genomgång av incidentlogg", "Dataskyddssamordnare", None, None, "", "SAKNAS", ""),
            ("Behörigheter i elevdokumentationssystemet ses över", "Jämförelse behörighetslista mot personalregister", "Systemförvaltare", None, None, "Pågår, klart i oktober.", "DELVIS", ""),
        ]),
    ]
    r = 8; rows = []
    for proc, items in groups:
        start = r
        for km, met, ans, col, txt, kom, st, av in items:
            ws.cell(r, 2, km); ws.cell(r, 3, met); ws.cell(r, 4, ans)
            s = ws.cell(r, 5, txt)
            if col: s.fill = fill(col)
            if kom: ws.cell(r, 6, kom)
            for c in range(1, 7):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
            rows.append((km, st, av)); r += 1
        ws.cell(start, 1, proc).font = BOLD
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Sammanställt av: Jonas Berg, controller BUF, 2025-09-08")
    for col, w in zip("ABCDEF", [18, 48, 34, 20, 14, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))
    exp(fil, "Barn- och utbildningsnämnden", rows)

# ---------------------------------------------------------------- 3. SN (.xls, tick columns per tertial)
def f3_sn(tmp):
    fil = "SN_IK_T2_2025.xls"
    wb = new_wb(); ws = wb.active; ws.title = "Intern kontroll 2025"
    ws["A1"] = "Socialnämnden – Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (T2). Markera med X i kolumnen för den tertial kontrollen genomförts."
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd T1", "Genomförd T2", "Genomförd T3", "Avvikelse J/N", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = BOLD; x.border = BOX; x.alignment = WRAP
    data = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd", "X", "X", "", "N", "Stickprov 30 utbetalningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Barn och unga", "Förhandsbedömning av orosanmälningar inom 14 dagar\n(SoL 11 kap. 1 a §)", "Enhetschef barn och unga", "X", "X", "", "J", "92 % inom tidsgränsen. 7 ärenden överskred 14 dagar.", "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningstid för barnavårdsutredningar högst fyra månader", "Enhetschef barn och unga", "X", "", "", "", "Kontrollen pågår, uttag ur Treserva gjort, analys klar i september.", "DELVIS", ""),
        ("Kvalitet", "Lex Sarah-rapporter hanteras och utreds enligt rutin", "Kvalitetsutvecklare", "", "X", "", "N", "Fem rapporter inkomna, samtliga utredda inom rutinens tidsram.", "GENOMFORD", "nej"),
        ("LSS", "Genomförandeplaner inom LSS är upprättade och aktuella", "Enhetschef LSS", "", "", "", "", "Se bilaga 3", "OKLAR", ""),
        ("Avgifter", "Avgifter inom hemtjänst – beräkning enligt taxa", "Avgiftshandläggare", "", "Utgår", "", "", "Verksamheten överförd till Vård- och omsorgsnämnden 1 januari 2025.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "", "X", "", "N", "", "GENOMFORD", "nej"),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Förvaltningsekonom", "", "", "", "", "", "SAKNAS", ""),
        ("Placeringar", "Uppföljning av HVB-placeringar – avtal och kostnader", "Enhetschef vuxen", "", "", "", "", "Ej genomförd under perioden, planeras till T3.", "EJ_GENOMFORD", ""),
    ]
    rows = []
    for i, d in enumerate(data):
        r = 5 + i
        for c, v in enumerate(d[:8], 1):
            x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
        rows.append((d[1], d[8], d[9]))
    for col, w in zip("ABCDEFGH", [20, 50, 26, 12, 12, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för uppföljning av intern kontroll"
    ins["A3"] = "1. Markera med X när kontrollen är genomförd under tertialen."
    ins["A4"] = "2. Ange J om avvikelser har upptäckts, annars N."
    ins["A5"] = "3. Redogör kortfattat för resultat och åtgärder i kommentarsfältet."
    src = os.path.join(tmp, "SN_IK_T2_2025.xlsx"); wb.save(src)
    out = convert(src, "xls", "MS Excel 97")
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))
    exp(fil, "Socialnämnden", rows)

# ---------------------------------------------------------------- 4. VON (own Word report)
def f4_von():
    fil = "Vård- och omsorgsnämnden - uppföljning intern kontroll tertial 2 2025.docx"
    doc = Document()
    cp = doc.core_properties; cp.created = FIXED; cp.modified = FIXED; cp.author = "Vård- och omsorgsförvaltningen"
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    info = doc.add_table(rows=3, cols=2); info.style = "Table Grid"
    for i, (a, b) in enumerate([("Diarienummer", "VON 2025/118"), ("Datum", "2025-09-09"), ("Handläggare", "Maria Sundberg, kvalitetsstrateg")]):
        info.cell(i, 0).text = a; info.cell(i, 1).text = b
    doc.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=1)
    doc.add_paragraph("Vård- och omsorgsnämnden")
    doc.add_heading("1. Inledning", level=2)
    doc.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (VON § 112). Planen omfattar "
                      "åtta kontrollmoment. Denna rapport redovisar utfallet för perioden januari–augusti 2025.")
    doc.add_heading("2. Sammanfattning", level=2)
    doc.add_paragraph("Fem av åtta kontroller är genomförda. Avvikelser har noterats inom biståndshandläggning, avgifter "
                      "och hantering av brukares privata medel. En kontroll har utgått genom nämndens beslut.")
    doc.add_heading("3. Resultat av kontrollerna", level=2)
    tabs = [
        ("3.1 Myndighetsutövning och kvalitet", [
            ("Biståndsbeslut inom äldreomsorgen fattas inom tre månader från ansökan", "Uttag ur verksamhetssystemet för jan–aug: 412 beslut, varav 397 inom tre månader. Orsaker till fördröjning analyseras.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Hälso- och sjukvårdsdokumentation granskas genom egenkontroll", "Granskning genomförd på 3 av 6 särskilda boenden.\nResterande boenden granskas i oktober.", "Delvis genomförd", "DELVIS", ""),
            ("Avvikelser enligt HSL och SoL hanteras och återkopplas", "Samtliga 128 avvikelser hanterade och återkopplade till rapportören.", "Genomförd – inga avvikelser", "GENOMFORD", "nej"),
            ("Läkemedelshantering på särskilda boenden", "Kontrollen genomförs i november tillsammans med farmaceut.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("3.2 Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor, samtliga korrekt attesterade.", "Genomförd", "GENOMFORD", "nej"),
            ("Avgifter inom hemtjänst – beräkning enligt taxa", "Stickprov 25 avgiftsbeslut. Två felaktiga beräkningar har korrigerats och återbetalats.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("Tidrapportering för timanställda i bemanningssystemet", "Kontrollen ersätts av den kommungemensamma lönekontrollen, beslut VON 2025-05-21 § 48.", "Utgår", "UTGAR", ""),
            ("Redovisning av brukares kontanter och privata medel", "Inventering av handkassor på två boenden. På ett boende fanns en differens på 1 240 kr. Rutinen ses över.", "Genomförd", "GENOMFORD", "ja"),
        ]),
    ]
    rows = []
    for title, items in tabs:
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Genomförande och resultat", "Bedömning"]):
            t.rows[0].cells[c].text = h
            t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        for km, res, bed, s, av in items:
            cells = t.add_row().cells
            cells[0].text = km; cells[1].text = res; cells[2].text = bed
            rows.append((km, s, av))
        doc.add_paragraph("")
    doc.add_heading("4. Förslag till beslut", level=2)
    doc.add_paragraph("Vård- och omsorgsnämnden godkänner uppföljningen av intern kontroll för tertial 2 2025.")
    doc.add_paragraph("\nLena Holm\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T2"))
    exp(fil, "Vård- och omsorgsnämnden", rows)

# ---------------------------------------------------------------- 5. Stratsys export (two nämnder, period rows)
def f5_stratsys():
    fil = "Stratsys_Internkontroll_export_20250912.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Frekvens", "Kontrollansvarig", "Period", "Status", "Kommentar", "Avvikelse"]
    sbf = "Samhällsbyggnadsförvaltningen"; kff = "Kultur- och fritidsförvaltningen"
    # (org, process, km, frekv, ansv, [(T1 status, T1 komm, T1 avv), (T2 ...)], exp status, exp avv)
    ctrls = [
        (sbf, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Controller SBF",
         [("Klar", "Inga fel.", "Nej"), ("Klar", "Stickprov 15 fakturor utan anmärkning.", "Nej")], "GENOMFORD", "nej"),
        (sbf, "VA", "Debitering av VA-avgifter enligt taxa", "Halvår", "VA-chef",
         [("Ej påbörjad", "", ""), ("Klar", "Stickprov 40 fakturor, ett fel i debiterad tomtyta som har rättats.", "Ja")], "GENOMFORD", "ja"),
        (sbf, "Investeringar", "Investeringsprojekt följs upp mot beslutad budget", "Tertial", "Projektchef",
         [("Pågående", "", ""), ("Pågående", "Två av fem projekt uppföljda.", "")], "DELVIS", ""),
        (sbf, "Arbetsmiljö", "Skyddsronder genomförs på gata/park-enhetens arbetsplatser", "Årlig", "Enhetschef gata/park",
         [("Pågående", "Två av fyra ronder gjorda.", ""), ("", "", "")], "DELVIS", ""),
        (sbf, "Avtal", "Avtalsuppföljning av entreprenad för vinterväghållning", "Årlig", "Gatuchef",
         [("", "", ""), ("Avbruten", "Avbruten genom beslut SBN 2025-06-10 § 71, nytt avtal gäller från november.", "")], "UTGAR", ""),
        (sbf, "Lokaler", "Hyresavtal för externt inhyrda lokaler är aktuella", "Årlig", "Lokalstrateg",
         [("", "", ""), ("", "", "")], "SAKNAS", ""),
        (kff, "Bidrag", "Föreningsbidrag betalas ut enligt beslut och riktlinjer", "Tertial", "Föreningskonsulent",
         [("Klar", "", "Nej"), ("Klar", "20 utbetalningar kontrollerade, inga fel.", "Nej")], "GENOMFORD", "nej"),
        (kff, "Kontanthantering", "Kontanthantering i simhallens kassa", "Tertial", "Badchef",
         [("Klar", "", "Nej"), ("Klar", "Differens 600 kr vid en kassaavstämning i juli, redovisad till ekonomi.", "Ja")], "GENOMFORD", "ja"),
        (kff, "Lokaler", "Lokaluthyrning debiteras enligt taxa", "Halvår", "Bokningsansvarig",
         [("", "", ""), ("Ej påbörjad", "Skjuts till T3 på grund av nytt bokningssystem.", "")], "EJ_GENOMFORD", ""),
        (kff, "Inventarier", "Inventarieförteckning för bibliotekets utrustning är aktuell", "Årlig", "Bibliotekschef",
         [("", "", ""), ("Pågående", "", "")], "DELVIS", ""),
        (kff, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Controller KFF",
         [("Klar", "", "Nej"), ("Klar", "", "Nej")], "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, fr, ans, per, s, av in ctrls:
            for pname, (pst, pk, pa) in zip(["T1 2025", "T2 2025"], per):
                w.writerow([org, "Internkontrollplan 2025", proc, km, fr, ans, pname, pst, pk, pa])
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    exp(fil, "Samhällsbyggnadsnämnden", [(c[2], c[6], c[7]) for c in ctrls if c[0] == sbf])
    exp(fil, "Kultur- och fritidsnämnden", [(c[2], c[6], c[7]) for c in ctrls if c[0] == kff])

# ---------------------------------------------------------------- 6. Bolag (.ods, symbols)
def f6_bolag(tmp):
    fil = "Ekträsk Bostäder AB - IK 2025 uppföljning T2.ods"
    wb = new_wb(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Ekträsk Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A3"] = "Till styrelsemötet 2025-09-24"
    hdr = ["Område", "Kontrollpunkt", "Risk (S×K)", "Ansvarig", "Utfall T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(5, c, h); x.font = BOLD; x.fill = fill("FCE4D6"); x.border = BOX
    data = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 9, "Ekonomichef", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Hyresavisering – hyror debiteras enligt gällande hyresavtal", 12, "Ekonomichef", "✔*", "Stickprov 50 avtal. 3 felaktiga hyresnivåer efter årets hyresförhandling, rättade i augusti.", "GENOMFORD", "ja"),
        ("Förvaltning", "Besiktning av lekplatser på bostadsområdena", 8, "Förvaltningschef", "◐", "6 av 11 lekplatser besiktade.", "DELVIS", ""),
        ("Förvaltning", "OVK-besiktningar utförs enligt plan", 12, "Teknisk chef", "✖", "Upphandling av besiktningsman pågår.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn", 6, "Uthyrningschef", "✔", "", "GENOMFORD", "nej"),
        ("Uthyrning", "Kreditupplysning tas före tecknande av nytt hyresavtal", 4, "Uthyrningschef", "–", "Ersatt av ny uthyrningspolicy från mars.", "UTGAR", ""),
        ("IT", "Behörigheter i fastighetssystemet följer lösenords- och behörighetspolicyn", 9, "IT-samordnare", "", "", "SAKNAS", ""),
    ]
    rows = []
    for i, d in enumerate(data):
        r = 6 + i
        for c, v in enumerate(d[:6], 1):
            x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
        ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
        rows.append((d[1], d[6], d[7]))
    r = 6 + len(data) + 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    ws.cell(r + 1, 1, "✔ = Genomförd utan anmärkning   ✔* = Genomförd med anmärkning (se kommentar)   "
                      "◐ = Påbörjad   ✖ = Ej genomförd   – = Ej aktuell 2025")
    ws.cell(r + 3, 1, "Per Ekström, VD")
    for col, w in zip("ABCDEF", [14, 52, 10, 18, 10, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "bolag.xlsx"); wb.save(src)
    out = convert(src, "ods")
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Ekträsk Bostäder AB", "2025", "T2"))
    exp(fil, "Ekträsk Bostäder AB", rows)

# ---------------------------------------------------------------- 7. MBN (template, nämnd only in file name / print header, codes)
def f7_mbn():
    fil = "MBN_IK-plan_2025_uppf_T2.xlsx"
    wb = new_wb(); ws = wb.active; ws.title = "Internkontrollplan"
    ws.oddHeader.center.text = "Miljö- och byggnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd:"; ws["B2"] = "[Ange nämnd]"
    ws["A3"] = "Status anges med kod enligt fliken Statuskoder."
    ws["A5"] = "PLAN 2025"; ws.merge_cells("A5:F5")
    ws["G5"] = "UPPFÖLJNING T2"; ws.merge_cells("G5:H5")
    for c in ("A5", "G5"):
        ws[c].font = BOLD; ws[c].alignment = Alignment(horizontal="center"); ws[c].fill = fill("E2EFDA")
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Tidpunkt", "Status (kod)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(6, c, h); x.font = BOLD; x.border = BOX
    data = [
        ("Bygglov", "Lagstadgad tid överskrids, avgiftsreduktion", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystemet", "Bygglovschef", "T2", 2, "3 av 48 ärenden överskred tiden, avgiften reducerades.", "GENOMFORD", "ja"),
        ("Bygglov", "Felaktig avgift", "Bygglovsavgifter tas ut enligt gällande taxa", "Stickprov 20 ärenden", "Bygglovschef", "T2", 1, "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Livsmedel", "Kontrollskulden ökar", "Tillsyn av livsmedelsanläggningar enligt kontrollplan", "Avstämning mot kontrollplan", "Miljöchef", "T2, T3", 3, "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
        ("Miljö", "Uteblivna intäkter", "Miljötillsynsavgifter debiteras och följs upp", "Avstämning mot ekonomisystemet", "Miljöchef", "T2", 1, "", "GENOMFORD", "nej"),
        ("Administration", "Handlingar diarieförs inte", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Stickprov 30 handlingar", "Nämndsekreterare", "T2", 4, "Ej genomförd p.g.a. byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        ("Administration", "Jäv vid handläggning", "Jäv – handläggare och förtroendevalda anmäler jäv", "Genomgång av protokoll", "Nämndsekreterare", "T3", 5, "Utgår, ingår i kommunstyrelsens kommungemensamma kontroll.", "UTGAR", ""),
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Förvaltningsekonom", "T1, T2", 1, "", "GENOMFORD", "nej"),
    ]
    rows = []
    for i, d in enumerate(data):
        r = 7 + i
        for c, v in enumerate(d[:8], 1):
            x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
        rows.append((d[2], d[8], d[9]))
    r = 7 + len(data)
    ws.cell(r, 1, "Summa"); ws.cell(r, 1).font = BOLD
    ws.cell(r, 3, "Antal genomförda kontroller: 4 av 7")
    for col, w in zip("ABCDEFGH", [16, 30, 48, 28, 20, 10, 12, 50]):
        ws.column_dimensions[col].width = w
    leg = wb.create_sheet("Statuskoder")
    leg["A1"] = "Kod"; leg["B1"] = "Betydelse"
    for i, t in enumerate(["Genomförd utan avvikelse", "Genomförd med avvikelse", "Påbörjad/delvis genomförd",
                           "Ej genomförd", "Utgår"], 1):
        leg.cell(1 + i, 1, i); leg.cell(1 + i, 2, t)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))
    exp(fil, "Miljö- och byggnämnden", rows)

# ---------------------------------------------------------------- 8. rejected: Excel owner/lock file
def f8_lock():
    fil = "~$BUN uppföljning IK tertial 2 2025.xlsx"
    user = "Jonas Berg"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))

def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ekträsk Bostäder AB", "Ekträskbostäder|EBAB|Bostadsbolaget"),
    ]
    def wr(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wr("namnder.csv", ["nämnd", "alias"], reg)
    wr("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wr("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

def main():
    tmp = tempfile.mkdtemp(prefix="round312-")
    try:
        f1_ks(); f2_bun(); f3_sn(tmp); f4_von(); f5_stratsys(); f6_bolag(tmp); f7_mbn(); f8_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXP)} controls")

if __name__ == "__main__":
    main()
