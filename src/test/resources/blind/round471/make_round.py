#!/usr/bin/python3
"""Blind round 471 - Aneby kommun, T2 2025 (maj-aug). Builds all files + CSVs deterministically."""
import os, csv, shutil, subprocess, tempfile
import openpyxl, xlwt
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round471"
expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def add(fil, namnd, rows):
    files.append((fil, "INLAST", namnd, "2025", "T2"))
    for km, st, av in rows:
        expected.append((fil, namnd, km, st, av))

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS xlsx (easy)
def f1():
    fil = "IK-uppföljning T2 2025 Kommunstyrelsen.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Aneby kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: tertial 2 (maj–augusti 2025)"
    ws["A4"] = "Upprättad av: Ekonomienheten, 2025-09-08"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar/resultat"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor maj–aug", "Ekonomichef", "Genomförd",
         "20 fakturor kontrollerade, samtliga attesterade av behörig attestant.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Representation redovisas med syfte och deltagare", "Stickprov 10 verifikationer", "Redovisningsekonom", "Genomförd med avvikelse",
         "3 av 10 verifikationer saknade deltagarförteckning. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
        (3, "Personal", "Ändringar av lön och anställning registreras korrekt i lönesystemet", "Stickprov 15 ändringar", "HR-chef", "Pågår",
         "Stickprov för maj–juni genomfört utan anmärkning. Juli–augusti kontrolleras i september.", "DELVIS", "nej"),
        (4, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjer", "Genomgång av samtliga direktupphandlingar", "Upphandlare", "Ej påbörjad",
         "Skjuts till tertial 3 på grund av vakans.", "EJ_GENOMFORD", ""),
        (5, "IT/informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "Avstämning av behörighetslista", "IT-samordnare", "Genomförd",
         "Två behörigheter för avslutade anställningar fanns kvar och har tagits bort.", "GENOMFORD", "ja"),
        (6, "Administration", "Inkomna handlingar diarieförs inom två arbetsdagar", "Stickprov 30 handlingar", "Kommunsekreterare", None, None, "SAKNAS", ""),
        (7, "Administration", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslistor mot protokoll", "Kommunsekreterare", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for i, r in enumerate(rows, r0 + 1):
        for c, v in enumerate(r[:7], 1):
            cell = ws.cell(i, c, v); cell.border = BOX; cell.alignment = WRAP
    n = r0 + len(rows) + 2
    ws.cell(n, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. Kontrollmoment 4 och 6 redovisas i helårsuppföljningen.")
    ws.cell(n + 2, 1, "Aneby 2025-09-08   Anna Sjöberg, ekonomichef")
    for col, w in zip("ABCDEFG", [5, 20, 45, 30, 18, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    add(fil, "Kommunstyrelsen", [(r[2], r[7], r[8]) for r in rows])

# ---------------------------------------------------------------- 2 BUN xls, column per tertial
def f2():
    fil = "BUN internkontroll 2025 T1 T2.xls"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cc = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Barn- och utbildningsnämnden – Internkontrollplan 2025 med uppföljning", title)
    ws.write(1, 0, "Statuskoder: G = genomförd, P = påbörjad, E = ej påbörjad, U = utgår. Fyll i kolumnen för aktuell tertial.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr): ws.write(3, c, h, hd)
    rows = [
        ("Ekonomi", "Fakturor för skolskjuts stäms av mot avtal och körlistor", "Varje tertial", "Controller", "G", "G", "",
         "Inga avvikelser T1 eller T2.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Elevakter förvaras enligt rutin (låst arkiv eller journalsystem)", "Två gånger per år", "Elevhälsochef", "G", "", "",
         "Genomförd i april utan anmärkning. Nästa kontroll i november.", "GENOMFORD", "nej"),
        ("Trygghet och studiero", "Anmälningar om kränkande behandling rapporteras till huvudmannen inom en vecka", "Varje tertial", "Rektorer", "E", "P", "",
         "Rutinen uppdaterad i maj, genomgång av anmälningar pågår.", "DELVIS", ""),
        ("Skolplikt", "Frånvaro över 10 % följs upp enligt rutin för problematisk skolfrånvaro", "Varje tertial", "Rektorer", "G", "G", "",
         "T2: vid två av fyra skolor saknades dokumenterad kontakt med vårdnadshavare i tre ärenden.", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret har visats vid nyanställning", "Varje tertial", "HR-konsult", "G", "E", "",
         "Kontroll av sommaranställda ej gjord, sker i september.", "EJ_GENOMFORD", ""),
        ("Måltider", "Specialkost hanteras enligt rutin med aktuellt intyg", "Årligen", "Kostchef", "U", "U", "",
         "Flyttad till kommunstyrelsens plan (kostenheten).", "UTGAR", ""),
        ("Inköp", "Avtalstrohet vid inköp av läromedel", "Årligen", "Controller", "", "", "", "", "SAKNAS", ""),
    ]
    for i, r in enumerate(rows, 4):
        for c, v in enumerate(r[:8]):
            ws.write(i, c, v, cc if c in (4, 5, 6) else cs)
    n = 4 + len(rows)
    ws.write(n, 3, "Antal G", bold)
    ws.write(n, 4, xlwt.Formula('COUNTIF(E5:E%d;"G")' % n))
    ws.write(n, 5, xlwt.Formula('COUNTIF(F5:F%d;"G")' % n))
    ws.write(n + 2, 0, "Behandlad i BUN:s arbetsutskott 2025-09-03")
    for c, w in enumerate([20, 50, 16, 16, 6, 6, 6, 55]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    add(fil, "Barn- och utbildningsnämnden", [(r[1], r[8], r[9]) for r in rows])

# ---------------------------------------------------------------- 3 SN e-mail-like letter docx
def f3():
    fil = "Socialnämnden - uppföljning intern kontroll tertial 2.docx"
    d = Document()
    for line in ["Från: Lena Karlsson, Socialförvaltningen", "Till: Ekonomienheten, Aneby kommun",
                 "Datum: 2025-09-05", "Ämne: Uppföljning internkontroll T2 2025 – Socialnämnden"]:
        d.add_paragraph(line)
    d.add_paragraph("Hej!")
    d.add_paragraph("Här kommer socialnämndens uppföljning av internkontrollplanen för andra tertialen (maj–augusti 2025). "
                    "Nämnden behandlar uppföljningen på sammanträdet den 24 september. Nedan följer kontrollmomenten ett och ett.")
    items = [
        ("Beslut om bistånd enligt SoL verkställs inom tre månader",
         "Kontrollen är genomförd. Två beslut om särskilt boende har inte verkställts inom tre månader och har rapporterats till IVO.",
         "GENOMFORD", "ja"),
        ("Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet",
         "Stickprov på 25 utbetalningar gjordes i juni. Inga felaktigheter hittades.", "GENOMFORD", "nej"),
        ("Loggkontroll i journalsystemet för att upptäcka otillåten åtkomst",
         "Loggkontrollen för maj och juni är gjord utan anmärkning. Juli och augusti är inte klara på grund av semestrar, det görs i september.",
         "DELVIS", "nej"),
        ("Hantering av privata medel för boende på särskilt boende",
         "Den här kontrollen har vi inte hunnit med under tertialen. Den flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Orosanmälningar förhandsbedöms inom 14 dagar",
         "Se bifogad sammanställning från IFO.", "OKLAR", ""),
    ]
    for km, txt, *_ in items:
        p = d.add_paragraph(); r = p.add_run(km); r.bold = True
        d.add_paragraph(txt)
    d.add_paragraph("Sammanställningen från IFO skickar jag i ett separat mejl när den är klar.")
    d.add_paragraph("Hör av dig om något är oklart!")
    d.add_paragraph("Hälsningar\nLena Karlsson\nFörvaltningsekonom, Socialförvaltningen\nAneby kommun")
    d.save(os.path.join(OUT, fil))
    add(fil, "Socialnämnden", [(k, s, a) for k, _, s, a in items])

# ---------------------------------------------------------------- 4 MBN odt, "Följer plan: Ja/Nej"
def f4(tmp):
    fil = "Uppföljning IKP 2025 MBN.odt"
    d = Document()
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Miljö- och byggnadsnämnden")
    d.add_paragraph("Uppföljningen avser perioden 1 maj – 31 augusti 2025. I kolumnen ”Följer plan” anges Ja om "
                    "kontrollen har genomförts enligt planen för perioden och Nej om den inte har det.")
    hdr = ["Process", "Risk", "Kontrollmoment", "Risk-värde", "Följer plan: Ja/Nej", "Kommentar"]
    rows = [
        ("Bygglov", "Handläggningstiden överskrids och avgiften ska reduceras",
         "Bygglovsbeslut fattas inom lagstadgad tid (10 veckor)", "9", "Ja",
         "Samtliga 38 beslut under perioden fattades inom tidsfristen.", "GENOMFORD", "nej"),
        ("Bygglov", "Felaktig avgift tas ut",
         "Avgifter för bygglov debiteras enligt gällande taxa", "6", "Ja",
         "Stickprov i 10 ärenden. I 2 ärenden hade fel taxa tillämpats, rättelse gjord.", "GENOMFORD", "ja"),
        ("Miljötillsyn", "Planerad tillsyn genomförs inte",
         "Avstämning av genomförda tillsynsbesök mot tillsynsplanen", "8", "Ja",
         "Avstämning gjord per 31 augusti: 58 % av årets planerade besök genomförda, vilket är i nivå med planen.", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Avgifter faktureras inte eller för sent",
         "Tillsynsavgifter faktureras inom en månad efter besök", "6", "Nej",
         "Stickprovet är inte gjort, planeras till oktober på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Registrering", "Handlingar registreras inte och kan inte återsökas",
         "Inkomna anmälningar och ansökningar registreras i ärendesystemet samma dag", "4", "",
         "Delvis – kontroll gjord för maj utan anmärkning, juni–augusti återstår.", "DELVIS", "nej"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=6); t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        for r in t.cell(0, c).paragraphs[0].runs: r.bold = True
    for i, r in enumerate(rows, 1):
        for c, v in enumerate(r[:6]):
            if c == 0 and i in (2, 4):
                continue
            t.cell(i, c).text = v
    # one process spans two risks: merge process cells
    t.cell(1, 0).merge(t.cell(2, 0)); t.cell(3, 0).merge(t.cell(4, 0))
    d.add_paragraph("")
    d.add_paragraph("Beslutad av miljö- och byggnadsnämnden 2025-09-18, § 87.")
    src = os.path.join(tmp, "Uppföljning IKP 2025 MBN.docx"); d.save(src)
    soffice(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    add(fil, "Miljö- och byggnadsnämnden", [(r[2], r[6], r[7]) for r in rows])

# ---------------------------------------------------------------- 5 KFN xlsx traffic lights, nämnd in print header
def f5():
    fil = "Kultur och fritid IK 2025 T2.xlsx"
    G = PatternFill("solid", fgColor="00B050"); Y = PatternFill("solid", fgColor="FFFF00"); R = PatternFill("solid", fgColor="FF0000")
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll – tertial 2 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Färgkod:"; ws["B3"] = "Genomförd"; ws["B3"].fill = G
    ws["C3"] = "Delvis/pågår"; ws["C3"].fill = Y
    ws["D3"] = "Ej genomförd"; ws["D3"].fill = R
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    rows = [
        ("Kontanthanteringen i simhallens kassa stäms av mot kassarapport", "Badmästare", G,
         "Stickprov 10 dagar i juni–juli, kassan stämde varje dag.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och riktlinjer", "Fritidskonsulent", G,
         "Kontroll gjord. En förening fick dubbel utbetalning av aktivitetsstöd, återkrav skickat.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt taxa", "Bokningsansvarig", Y,
         "Maj och juni kontrollerade utan anmärkning, juli–augusti återstår.", "DELVIS", "nej"),
        ("Inköp av biblioteksmedia sker enligt avtal", "Bibliotekschef", R,
         "Ej gjord, görs i oktober.", "EJ_GENOMFORD", ""),
        ("Utlån av utrustning från Fritidsbanken registreras", "Fritidsgårdsföreståndare", None, None, "SAKNAS", ""),
        ("Ledare vid sommarlovsaktiviteter har visat utdrag ur belastningsregistret", "Fritidskonsulent", G,
         "Se bilaga.", "GENOMFORD", ""),
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.border = BOX
    for i, r in enumerate(rows, 6):
        ws.cell(i, 1, r[0]); ws.cell(i, 2, r[1]); ws.cell(i, 4, r[3])
        if r[2] is not None: ws.cell(i, 3).fill = r[2]
        for c in range(1, 5):
            ws.cell(i, c).border = BOX; ws.cell(i, c).alignment = WRAP
    for col, w in zip("ABCD", [55, 24, 14, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    add(fil, "Kultur- och fritidsnämnden", [(r[0], r[4], r[5]) for r in rows])

# ---------------------------------------------------------------- 6 TN docx, process group rows merged
def f6():
    fil = "Tekniska nämnden uppf IK T2.docx"
    d = Document()
    d.add_heading("Tekniska nämnden – Internkontroll 2025", level=1)
    d.add_paragraph("Uppföljning tertial 2 (t.o.m. 31 augusti 2025)")
    d.add_paragraph("Status anges som Klar, Pågår, Ej startad eller Utgår.")
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    groups = [
        ("Process: Fastighet", [
            ("Hyresavtal för externa hyresgäster indexregleras årligen", "Genomgång av avtalsregistret", "Fastighetsförvaltare", "Klar",
             "Alla 14 avtal är indexreglerade.", "GENOMFORD", "nej"),
            ("Egenkontroll av lekplatser vid förskolor genomförs och dokumenteras", "Kontroll av besiktningsprotokoll", "Fastighetstekniker", "Klar",
             "Brister på två lekplatser upptäcktes och åtgärdades i juni.", "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter", "Genomgång av SBA-dokumentation", "Fastighetschef", "Pågår",
             "9 av 17 fastigheter kontrollerade.", "DELVIS", ""),
        ]),
        ("Process: VA och renhållning", [
            ("Debitering av vatten stämmer mot avläst mätarställning", "Stickprov 25 abonnenter", "VA-ingenjör", "Klar",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Provtagning av dricksvatten sker enligt kontrollprogrammet", "Jämförelse provtagningsplan mot analysprotokoll", "VA-chef", "Klar",
             "Samtliga prover under perioden tjänliga.", "GENOMFORD", "nej"),
            ("Ersättning till renhållningsentreprenören stäms av mot avtal", "Stickprov fakturor", "Renhållningsansvarig", "Ej startad",
             "", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Gata och park", [
            ("Fakturor för vinterväghållning stäms av mot körjournaler", "Stickprov fakturor", "Gatuchef", "Utgår",
             "Utgår enligt TN beslut 2025-05-14 § 41, ingen vintersäsong under perioden.", "UTGAR", ""),
            ("Skador på kommunens gator dokumenteras och åtgärdas inom fastställd tid", "Genomgång av felanmälningar", "Gatuchef", "",
             "Kontrollen genomfördes i augusti, inga ärenden överskred åtgärdstiden.", "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=5); t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    i = 1; exp = []
    for gname, rows in groups:
        m = t.cell(i, 0).merge(t.cell(i, 4)); m.text = gname; m.paragraphs[0].runs[0].bold = True
        i += 1
        for r in rows:
            for c, v in enumerate(r[:5]): t.cell(i, c).text = v
            exp.append((r[0], r[5], r[6])); i += 1
    d.add_paragraph("")
    d.add_paragraph("Aneby 2025-09-10")
    d.add_paragraph("Per Nilsson, teknisk chef")
    d.save(os.path.join(OUT, fil))
    add(fil, "Tekniska nämnden", exp)

# ---------------------------------------------------------------- 7 Aneby Bostäder AB ods, tick columns
def f7(tmp):
    fil = "Aneby Bostäder internkontroll 2025.ods"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "Aneby Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontroll 2025 – tertial 2"
    ws["A3"] = "Markera med X i den kolumn som stämmer."
    hdr = ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        (1, "Inbetalda hyror stäms av mot hyresreskontran", "X", "", "", "Inga differenser.", "GENOMFORD", "nej"),
        (2, "Kreditupplysning tas före tecknande av nytt hyresavtal", "X", "", "", "Ett av 12 nya avtal saknade kreditupplysning.", "GENOMFORD", "ja"),
        (3, "Besiktning vid avflyttning dokumenteras med protokoll", "", "X", "", "Påbörjad, 6 av 9 avflyttningar granskade hittills.", "DELVIS", ""),
        (4, "Attest av fakturor enligt bolagets attestordning", "X", "", "X", "", "OKLAR", ""),
        (5, "Felanmälningar åtgärdas inom 10 arbetsdagar", "", "", "X", "Ej gjord p.g.a. byte av fastighetssystem.", "EJ_GENOMFORD", ""),
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.border = BOX
    for i, r in enumerate(rows, 6):
        for c, v in enumerate(r[:6], 1):
            cell = ws.cell(i, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            if c in (3, 4, 5): cell.alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(13, 1, "Godkänd av VD 2025-09-04, Maria Ek")
    for col, w in zip("ABCDEF", [5, 52, 11, 9, 13, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Aneby Bostäder internkontroll 2025.xlsx"); wb.save(src)
    soffice(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    add(fil, "Aneby Bostäder AB", [(r[1], r[6], r[7]) for r in rows])

# ---------------------------------------------------------------- 8 reject: meeting invitation
def f8():
    fil = "Kallelse BUN 2025-09-17.docx"
    d = Document()
    d.add_heading("Kallelse", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden kallas till sammanträde")
    d.add_paragraph("Tid: onsdag 17 september 2025 kl. 13.30\nPlats: Sessionssalen, kommunhuset Aneby")
    d.add_paragraph("Ärenden")
    t = d.add_table(rows=7, cols=3); t.style = "Table Grid"
    items = [("Nr", "Ärende", "Dnr"),
             ("1", "Val av justerare", ""),
             ("2", "Delårsrapport per augusti 2025", "BUN 2025/45"),
             ("3", "Uppföljning av internkontrollplan 2025, tertial 2", "BUN 2025/12"),
             ("4", "Revidering av skolskjutsreglemente", "BUN 2025/38"),
             ("5", "Delegationsbeslut", ""),
             ("6", "Meddelanden", "")]
    for i, r in enumerate(items):
        for c, v in enumerate(r): t.cell(i, c).text = v
    d.add_paragraph("")
    d.add_paragraph("Förhinder anmäls till nämndsekreteraren senast måndag 15 september.")
    d.add_paragraph("Karin Lund, ordförande\nJohanna Berg, nämndsekreterare")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "AVVISAD", "", "", ""))

def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md" and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r471-")
    f1(); f2(); f3(); f4(tmp); f5(); f6(); f7(tmp); f8()
    shutil.rmtree(tmp, ignore_errors=True)
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Aneby Bostäder AB", "Aneby Bostäder|ABAB|Bostadsbolaget"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], expected)

if __name__ == "__main__":
    main()
