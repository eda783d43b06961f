#!/usr/bin/python3
# Blind round r362 - Rosendal kommun, T2 2025, statuses as codes/symbols with legends.
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-round362"
BOLD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r362_")
    stem = os.path.splitext(outname)[0]
    ext = os.path.splitext(src)[1]
    s2 = os.path.join(tmp, stem + ext)
    shutil.copy(src, s2)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", tmp, s2],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, outname), os.path.join(HERE, outname))
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- F1 KS xlsx, letter codes G/D/E/U, T1+T2 columns
def f1():
    fil = "KS_IK_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "T2 2025"
    ws["A1"] = "Rosendal kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Tertial 2 (januari–augusti) 2025"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Kommentar/resultat T2"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("Ekonomi", None),
        (("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
          "Stickprov 20 fakturor per tertial", "Ekonomichef", "Tertial", "G", "G",
          "20 fakturor kontrollerade, inga avvikelser."), ("GENOMFORD", "nej")),
        (("1.2", "Kundfakturering", "Kontroll av att kundfakturor skickas inom 30 dagar efter leverans",
          "Uttag ur ekonomisystemet", "Redovisningsansvarig", "Tertial", "G", "D",
          "Kontroll av maj–juni gjord, juli–augusti återstår p.g.a. semester."), ("DELVIS", "")),
        (("1.3", "Representation", "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
          "Granskning av samtliga representationsfakturor", "Controller", "Tertial", "G", "G",
          "Genomförd. 3 av 25 fakturor saknade deltagarförteckning och syfte, återkopplat till berörda chefer."),
         ("GENOMFORD", "ja")),
        ("HR/Personal", None),
        (("2.1", "Lön", "Kontroll av att behörigheter i lönesystemet är aktuella",
          "Avstämning mot personalregistret", "HR-chef", "Halvår", "", "G",
          "Behörighetsgenomgång genomförd i juni. 4 konton för avslutade anställda var fortfarande aktiva och har spärrats."),
         ("GENOMFORD", "ja")),
        (("2.2", "Lön", "Manuella löneutbetalningar är attesterade av behörig chef",
          "Stickprov 15 utbetalningar", "Lönechef", "Tertial", "G", "G", "Inga avvikelser."),
         ("GENOMFORD", "nej")),
        (("2.3", "Rekrytering", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
          "Stickprov nyanställda", "HR-chef", "Tertial", "D", "E",
          "Ej genomförd under T2 på grund av sjukskrivning, flyttas till T3."), ("EJ_GENOMFORD", "")),
        ("Upphandling och inköp", None),
        (("3.1", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
          "Granskning av direktupphandlingsregistret", "Upphandlingschef", "Årligen", "G", "",
          ""), ("GENOMFORD", "")),
        (("3.2", "Avtalstrohet", "Inköp sker från avtalade leverantörer (avtalstrohet)",
          "Spendanalys", "Upphandlingschef", "Halvår", "–", "U",
          "Utgår – ersätts av kommungemensam spendanalys enligt KS beslut 2025-05-14 § 87."), ("UTGAR", "")),
        ("IT och informationssäkerhet", None),
        (("4.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet Raindance",
          "Utdrag behörighetslista", "Systemförvaltare ekonomi", "Årligen", "", "", ""), ("SAKNAS", "")),
        (("4.2", "Dataskydd", "Registerförteckning enligt GDPR är uppdaterad",
          "Genomgång av förteckningen", "Dataskyddsombud", "Årligen", "D", "D",
          "Förteckningen uppdaterad för kommunledningsförvaltningen, återstår kommunikationsenheten och överförmyndarenheten."),
         ("DELVIS", "")),
    ]
    for data, ex in rows:
        if ex is None:
            ws.append([data]); r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).font = BOLD; ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            ws.append(list(data)); r = ws.max_row
            for c in ws[r]:
                c.border = BOX; c.alignment = WRAP
            exp(fil, N, data[2], *ex)
    ws.append([])
    ws.append(["Förklaring statuskoder:"]); ws.cell(ws.max_row, 1).font = BOLD
    ws.append(["G = Genomförd", None, "D = Delvis genomförd/pågår", None, "E = Ej genomförd", None, "U = Utgår"])
    ws.append([])
    ws.append(["Sammanställt av: Karin Ek, controller, 2025-09-12"])
    for col, w in zip("ABCDEFGHI", [6, 20, 45, 30, 22, 10, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F2 BUN docx, ✓ ◐ ✗ — with legend paragraph
def f2():
    fil = "BUN Tertialuppföljning internkontroll T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2")
    d.add_paragraph("Dnr BUN 2025/0112")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 9). "
        "Nedan redovisas utfallet av kontrollerna till och med 31 augusti. Kontroller med avvikelse "
        "åtgärdas enligt kommentar och följs upp i helårsrapporten.")
    p = d.add_paragraph(); r = p.add_run("Teckenförklaring: "); r.bold = True
    p.add_run("✓ = kontrollen genomförd   ◐ = kontrollen påbörjad/delvis genomförd   "
              "✗ = kontrollen ej genomförd   — = kontrollen utgår/ej aktuell")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "✓", "Nej",
         "Stickprov om 25 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av barnomsorgsavgifter (maxtaxa) mot inkomstuppgifter", "Avgiftshandläggare", "✓", "Ja",
         "12 av 60 hushåll hade inte lämnat aktuell inkomstuppgift. Påminnelse skickad, avgift justeras retroaktivt.",
         "GENOMFORD", "ja"),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutshandläggare", "◐", "",
         "Granskning av vårterminens beslut klar, höstterminens beslut granskas i oktober.", "DELVIS", ""),
        ("Elevhälsa", "Dokumentation i elevhälsojournal sker enligt rutin", "Elevhälsochef", "✗", "",
         "Ej genomförd, skolsköterskebrist under våren.", "EJ_GENOMFORD", ""),
        ("Trygghet och studiero", "Anmälan om kränkande behandling till huvudman sker inom fem arbetsdagar",
         "Utvecklingsstrateg", "✓", "Ja", "7 av 48 anmälningar inkom senare än fem arbetsdagar.", "GENOMFORD", "ja"),
        ("Närvaro", "Närvarorapportering i Skola24 sker dagligen", "Rektorer", "—", "",
         "Kontrollen utgår enligt beslut BUN 2025-04-22 § 38, ersätts av ny frånvarorutin.", "UTGAR", ""),
        ("Personal", "Registerkontroll av personal i förskola och skola", "HR-konsult", "✓ ✗", "",
         "Se bilaga 2.", "OKLAR", ""),
        ("Inköp", "Inköp av läromedel sker via avtalad leverantör", "Förvaltningsekonom", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Status T2", "Avvikelse (Ja/Nej)", "Kommentar"]):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = row[i]
        exp(fil, N, row[1], row[6], row[7])
    d.add_paragraph("")
    d.add_paragraph("Rosendal 2025-09-15")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F3 SOC ods, number codes 1-5, legend on 2nd sheet
def f3():
    fil = "Socialnamnden_T2_2025.ods"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialförvaltningen – Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (tertial 2)"
    ws["A3"] = "Bedömning enligt skala 1–5, se flik Instruktion"
    ws.append([])
    hdr = ["Id", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Bedömning T2", "Iakttagelser", "Åtgärd"]
    ws.append(hdr)
    for c in ws[5]: c.font = BOLD; c.border = BOX
    rows = [
        ("S1", "Felaktiga utbetalningar av ekonomiskt bistånd", 12,
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet", "Enhetschef försörjningsstöd",
         1, "30 akter granskade, inga fel.", "", "GENOMFORD", "nej"),
        ("S2", "Barn far illa när orosanmälan inte hanteras i tid", 16,
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
         2, "88 % inom 14 dagar. Överskridanden beror på hög arbetsbelastning i juni.",
         "Extra resurs under semesterperioden 2026.", "GENOMFORD", "ja"),
        ("S3", "Dubbla utbetalningar", 9,
         "Kontroll av att ekonomiskt bistånd inte betalas ut dubbelt (CSN, Försäkringskassan)", "Controller",
         3, "Stickprov för januari–april genomfört, resterande månader pågår.", "", "DELVIS", ""),
        ("S4", "Placeringar utan avtal", 12,
         "Avtal finns för samtliga externa placeringar (HVB, familjehem)", "Placeringssamordnare",
         4, "Ej genomförd p.g.a. byte av verksamhetssystem.", "Genomförs under T3.", "EJ_GENOMFORD", ""),
        ("S5", "Ej verkställda beslut", 8,
         "Beslut enligt LSS verkställs inom tre månader", "Enhetschef LSS", 1, "", "", "GENOMFORD", "nej"),
        ("S6", "Beslut fattas utan delegation", 6,
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         5, "Utgår, ingår i kommunstyrelsens kommungemensamma kontroll.", "", "UTGAR", ""),
        ("S7", "Sekretessbelagda uppgifter lämnas ut felaktigt", 12,
         "Utlämnande av sekretessbelagda handlingar sker enligt rutin", "Registrator", None, "Se bilaga 3", "",
         "OKLAR", ""),
        ("S8", "Bristfälliga familjehemsutredningar", 9,
         "Utredning av familjehem är komplett innan placering", "Familjehemssekreterare",
         2, "2 av 10 utredningar saknade referenstagning.", "Checklista införs.", "GENOMFORD", "ja"),
        ("S9", "Hot och våld mot personal", 6,
         "Riskbedömning görs inför hembesök", "Enhetschefer", None, "Kontrollen har inte påbörjats.", "",
         "EJ_GENOMFORD", ""),
    ]
    for r in rows:
        ws.append(list(r[:8]))
        for c in ws[ws.max_row]: c.border = BOX; c.alignment = WRAP
        exp(fil, N, r[3], r[8], r[9])
    for col, w in zip("ABCDEFGH", [5, 35, 9, 50, 25, 12, 45, 30]):
        ws.column_dimensions[col].width = w
    ins = wb.create_sheet("Instruktion")
    for line in ["Instruktion för uppföljning", "",
                 "Fyll i kolumnen Bedömning med en siffra enligt nedan:",
                 "1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning",
                 "3 = Delvis genomförd / pågår", "4 = Ej genomförd", "5 = Utgår",
                 "", "Iakttagelser: beskriv kortfattat resultatet av kontrollen.",
                 "Åtgärd: ange åtgärd om anmärkning har noterats."]:
        ins.append([line])
    ins["A1"].font = BOLD
    tmp = tempfile.mkdtemp(prefix="r362x_"); src = os.path.join(tmp, "Socialnamnden_T2_2025.xlsx")
    wb.save(src); convert(src, "ods", fil); shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F4 Stratsys csv, two nämnder, T1+T2 rows, plain words
def f4():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    VON, KFN = "Vård- och omsorgsnämnden", "Kultur- och fritidsnämnden"
    hdr = ["Enhet", "Styrdokument", "Process", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
           "Avvikelse", "Kommentar", "Ansvarig"]
    ctrls = [
        (VON, "Läkemedelshantering", "Signeringslistor för läkemedel är kompletta", "Stickprov två enheter/månad",
         ("Pågående", "", "Stickprov jan–apr klart."),
         ("Genomförd", "Ja", "Brister på två enheter (Solbacken, Ekgården), åtgärdsplan upprättad."), "Medicinskt ansvarig sjuksköterska",
         "GENOMFORD", "ja"),
        (VON, "Avgifter", "Omsorgsavgifter debiteras enligt beslut", "Stickprov 20 brukare",
         ("Genomförd", "Nej", "Stickprov 20 brukare, korrekt debiterat."),
         ("Genomförd", "Nej", "Stickprov 20 brukare, korrekt debiterat."), "Avgiftshandläggare", "GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Utförd tid i hemtjänst stäms av mot beviljad tid", "Avstämning TES mot beslut",
         ("Ej påbörjad", "", ""), ("Pågående", "", "Analys pågår, beräknas klar i oktober."), "Verksamhetscontroller",
         "DELVIS", ""),
        (VON, "Bemanning", "Timanställda har giltigt anställningsavtal innan första arbetspass", "Stickprov i Heroma",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", ""), "HR-specialist", "EJ_GENOMFORD", ""),
        (VON, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", "Journalgranskning",
         ("", "", ""), ("Genomförd med avvikelse", "Ja", "Genomförandeplan saknades för 6 av 40 granskade brukare."),
         "Enhetschefer", "GENOMFORD", "ja"),
        (VON, "Fallprevention", "Riskbedömning enligt Senior alert görs vid inflyttning på särskilt boende",
         "Uttag ur kvalitetsregister", ("", "", ""), ("", "", ""), "Sjuksköterskor", "SAKNAS", ""),
        (KFN, "Föreningsbidrag", "Utbetalning av föreningsbidrag sker enligt beslut och bidragsregler",
         "Granskning av samtliga utbetalningar", ("Genomförd", "Nej", ""),
         ("Genomförd", "Nej", "Samtliga 34 utbetalningar korrekta."), "Föreningskonsulent", "GENOMFORD", "nej"),
        (KFN, "Kassahantering", "Kassahantering i simhallen och biblioteket stäms av dagligen", "Avstämning kassarapporter",
         ("Genomförd", "Nej", ""), ("Genomförd", "Ja", "Kassadifferens på 1 200 kr i simhallen i juli, utredd och rapporterad."),
         "Enhetschef fritid", "GENOMFORD", "ja"),
        (KFN, "Lokaluthyrning", "Uthyrning av lokaler faktureras enligt taxa", "Stickprov bokningssystemet",
         ("", "", ""), ("Delvis genomförd", "", "Idrottshallarna kontrollerade, samlingslokaler kvar."),
         "Bokningsansvarig", "DELVIS", ""),
        (KFN, "Bibliotek", "Inventering av mediebeståndet", "Inventering",
         ("Utgår", "", "Ej aktuellt efter nämndbeslut 2025-03-18 § 22."), ("Utgår", "", "Ej aktuellt efter nämndbeslut 2025-03-18 § 22."),
         "Bibliotekschef", "UTGAR", ""),
        (KFN, "Avtal", "Avtal med studieförbund följs upp", "Genomgång av avtal och redovisningar",
         ("Ej påbörjad", "", ""), ("Ej genomförd", "", "Flyttas till T3."), "Kultursekreterare", "EJ_GENOMFORD", ""),
    ]
    out = [hdr]
    for per_i, per in enumerate(["T1 2025", "T2 2025"]):
        for c in ctrls:
            st = c[4 + per_i]
            out.append([c[0], "Internkontrollplan 2025", c[1], c[2], c[3], per, st[0], st[1], st[2], c[6]])
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(out)
    for c in ctrls:
        exp(fil, c[0], c[2], c[7], c[8])
    FILES.append((fil, "INLAST", VON, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))

# ---------------------------------------------------------------- F5 SBN xls, coloured ● dots, nämnd only in print header/filename
def f5():
    fil = "SBN IKP 2025 uppföljning T2.xls"
    N = "Samhällsbyggnadsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "808080"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Rosendal kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avrapportering tertial 2, per 2025-08-31"
    # legend top right
    ws["G1"] = "Teckenförklaring"; ws["G1"].font = BOLD
    leg = [(GREEN, "●", "Genomförd"), (YELLOW, "●", "Delvis genomförd / pågår"),
           (RED, "●", "Ej genomförd"), (GREY, "○", "Ej aktuell")]
    for i, (col, sym, txt) in enumerate(leg):
        c = ws.cell(2 + i, 7, sym); c.font = Font(color=col, size=14, bold=True); c.alignment = Alignment(horizontal="center")
        ws.cell(2 + i, 8, txt)
    hr = 7
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h); c.font = BOLD; c.border = BOX; c.fill = PatternFill("solid", fgColor="DDEBF7")
    col = {"g": (GREEN, "●"), "y": (YELLOW, "●"), "r": (RED, "●"), "n": (GREY, "○"), "": None}
    rows = [
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Bygglovschef",
         "g", "y", "Handläggningstiden överskreds i 9 ärenden under sommaren p.g.a. vakanser.", "DELVIS", "ja"),
        ("Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa", "Stickprov 15 ärenden", "Administratör",
         "g", "g", "Stickprov 15 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsyn av ovårdade tomter enligt tillsynsplan", "Genomgång tillsynsplan", "Byggnadsinspektör",
         "r", "r", "Ej prioriterat p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        ("Lantmäteri", "Fastighetsregistret uppdateras inom fem arbetsdagar efter förrättning", "Stickprov",
         "Kart- och mätchef", "", "g", "", "GENOMFORD", ""),
        ("Mark och exploatering", "Exploateringsavtal följs upp mot faktiska kostnader", "Avstämning projektredovisning",
         "Exploateringsingenjör", "y", "y", "Två av fyra avtal uppföljda.", "DELVIS", ""),
        ("Detaljplan", "Planavgift tas ut enligt planavtal", "Granskning av planavtal", "Planchef",
         "n", "n", "Inga planavtal tecknade under perioden.", "UTGAR", ""),
        ("GIS", "Behörigheter i GIS-systemet ses över", "Behörighetslista", "GIS-samordnare",
         "", "", "", "SAKNAS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor/tertial",
         "Förvaltningsekonom", "g", "g", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = hr
    for row in rows:
        r += 1
        vals = [row[0], row[1], row[2], row[3], None, None, None, row[6]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        for ci, key in ((5, row[4]), (6, row[5])):
            if col[key]:
                colr, sym = col[key]
                c = ws.cell(r, ci, sym); c.font = Font(color=colr, size=14, bold=True)
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[7], row[8])
    for c_, w in zip("ABCDEFGH", [20, 48, 26, 22, 6, 6, 8, 50]):
        ws.column_dimensions[c_].width = w
    tmp = tempfile.mkdtemp(prefix="r362x_"); src = os.path.join(tmp, "a.xlsx")
    wb.save(src); convert(src, "xls:MS Excel 97", fil); shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F6 TN docx, text only, plain status words
def f6():
    fil = "Tekniska nämnden - uppföljning intern kontroll tertial 2 2025.docx"
    N = "Tekniska nämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Tekniska nämnden, Rosendal kommun")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Tekniska förvaltningen har följt upp sex kontrollmoment i internkontrollplanen 2025. "
                    "Två kontroller har genomförts, en med avvikelse. En kontroll pågår och två har inte genomförts. "
                    "En kontroll är inte aktuell under perioden.")
    d.add_heading("Kontrollmoment", level=2)
    items = [
        ("Fordonsbesiktning och service av kommunens fordon sker enligt plan", "Fordonssamordnare", "Genomförd",
         "Samtliga 42 fordon besiktigade i tid. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att drivmedelskort används enligt riktlinje", "Förvaltningsekonom", "Genomförd med avvikelse",
         "Två kort har använts för tankning utanför tjänsten. Ärendet utreds av HR.", "GENOMFORD", "ja"),
        ("Egenkontroll av dricksvatten enligt kontrollprogram", "VA-chef", "Pågår",
         "Provtagning enligt plan jan–jun klar, provtagning för juli–aug analyseras.", "DELVIS", ""),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "",
         "Kontrollen har inte genomförts under perioden på grund av vakant tjänst som lekplatsansvarig. "
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Avtalsuppföljning av vinterväghållning", "Gatuchef", "Ej aktuell",
         "Avtalet har upphört och ny upphandling pågår, ingen avtalsuppföljning att göra 2025.", "UTGAR", ""),
        ("Attest och kontering av leverantörsfakturor inom VA-verksamheten", "VA-ekonom", "Ej genomförd",
         "Flyttas till tertial 3.", "EJ_GENOMFORD", ""),
    ]
    for km, ans, st, res, es, ea in items:
        d.add_heading(km, level=3)
        d.add_paragraph(f"Ansvarig: {ans}")
        d.add_paragraph(f"Status: {st}")
        d.add_paragraph(f"Resultat: {res}")
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Rosendal den 10 september 2025")
    d.add_paragraph("Per Holm, teknisk chef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F7 MHN xlsx, X tick columns with two-row header
def f7():
    fil = "MHN_uppf_IK_2025-T2.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Miljö- och hälsoskyddsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A3"] = "Markera med X i den kolumn som stämmer för perioden. Avvikelse anges Ja/Nej."
    ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["Kontrollmoment", "Ansvarig", "Utfall T2", None, None, None, "Avvikelse", "Kommentar"])
    ws.append([None, None, "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", None, None])
    ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:F5")
    ws.merge_cells("G5:G6"); ws.merge_cells("H5:H6")
    for rr in (5, 6):
        for c in ws[rr]: c.font = BOLD; c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Debitering av tillsynsavgifter enligt taxa", "Administratör", "X", "", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Handläggningstid för ansökan om enskilt avlopp överstiger inte sex veckor", "Miljöinspektör", "", "X", "", "", "",
         "Kontroll gjord för januari–juni.", "DELVIS", ""),
        ("Livsmedelskontroller genomförs enligt kontrollplan", "Livsmedelsinspektör", "", "", "x", "", "",
         "Kontrollen av planuppfyllelsen görs inför årsskiftet.", "EJ_GENOMFORD", ""),
        ("Jäv – handläggare anmäler jäv enligt rutin", "Miljöchef", "", "", "", "X", "",
         "Kontrollen ingår först från 2026.", "UTGAR", ""),
        ("Diarieföring av inkomna klagomål sker inom två arbetsdagar", "Registrator", "X", "", "X", "", "", "",
         "OKLAR", ""),
        ("Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", "", "", "", "", "", "", "SAKNAS", ""),
        ("Sanktionsavgifter beslutas enligt miljöbalken och förordningen om miljösanktionsavgifter", "Miljöchef",
         "X", "", "", "", "Ja", "Ett beslut saknade kommunicering före beslut.", "GENOMFORD", "ja"),
        ("Fakturering av timavgift för extra offentlig kontroll", "Administratör", "", "", "", "", "",
         "Genomförd i juni, inga fel hittades.", "GENOMFORD", "nej"),
    ]
    for row in rows:
        ws.append(list(row[:8]))
        for c in ws[ws.max_row]: c.border = BOX; c.alignment = WRAP
        for ci in range(3, 7): ws.cell(ws.max_row, ci).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[0], row[8], row[9])
    ws.append([])
    ws.append(["Godkänd av miljöchef Lena Strand 2025-09-08"])
    for c_, w in zip("ABCDEFGH", [55, 20, 11, 9, 12, 11, 11, 45]):
        ws.column_dimensions[c_].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F8 reject: Excel lock file
def f8():
    fil = "~$KS_IK_uppfoljning_T2_2025.xlsx"
    user = "Karin Ek"
    b = bytes([len(user)]) + user.encode("latin-1") + b" " * (54 - len(user)) + b"\x08\x00" + \
        "Karin Ek".encode("utf-16-le") + b"\x00" * (165 - 56 - 16 - 2 + 2)
    b = b[:165].ljust(165, b"\x00")
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
]

def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER: f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES: f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in "".join(r)
            f.write(";".join(r) + "\n")
    print(len(FILES), "file rows,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
