#!/usr/bin/python3
# Blind round 19 — Vendelbo kommun (Uppland), internkontroll 2025
import os, shutil, subprocess, zipfile, io
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
KOMMUN = "Vendelbo kommun"
LO = "-env:UserInstallation=file:///tmp/lo-round19"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)
README = []

def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))

def soffice(src, fmt):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)

# ---------------------------------------------------------------- F1 BUN
def f1():
    fil = "BUN_IK_uppfoljning_helar_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["B2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["B2"].font = TITLE
    ws["B3"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["B4"] = "Upprättad av: förvaltningsekonom, 2026-01-19"
    hdr = ["Bedömning", "Avvikelse (Ja/Nej)", "Kommentar", "Process", "Kontrollmoment"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=3 + i, value=h); c.font = BOLD
    rows = [
        ("Bra", "Nej", "Stickprov på 20 fakturor, samtliga korrekt attesterade.", "Ekonomi",
         "Kontroll att fakturor attesteras enligt gällande attestordning", "GENOMFORD", "nej"),
        ("Mindre bra", "Ja", "Granskning gjord för elevhälsan men inte för modersmålsenheten. 3 av 15 beslut saknade anmälan.",
         "Delegation", "Delegationsbeslut inom elevhälsan anmäls till nämnden enligt delegationsordningen", "DELVIS", "ja"),
        ("Dålig", "Nej", "Ej genomförd på grund av vakans på controllertjänsten.", "Upphandling",
         "Uppföljning av avtalstrohet vid inköp av läromedel och förbrukningsmaterial", "EJ_GENOMFORD", "nej"),
        ("Bra", "Ja", "Kontroll genomförd. Två skolor hade inte registrerat anmälningar inom en vecka.", "Elevärenden",
         "Anmälningar om kränkande behandling registreras och utreds skyndsamt", "GENOMFORD", "ja"),
        (None, None, None, "Personal",
         "Kontroll att utdrag ur belastningsregistret har uppvisats vid nyanställning", "SAKNAS", "nej"),
        ("Utgår", None, "Utgår enligt beslut BUN 2025-06-11 § 58, ersätts av kommungemensam kontroll.", "Löner",
         "Kontroll av att timanställdas tidrapporter attesteras av behörig chef", "UTGAR", "nej"),
        ("Bra", "Nej", "Samtliga 12 skolenheter kontrollerade.", "Skolskjuts",
         "Beslut om skolskjuts fattas av behörig handläggare och är dokumenterade", "GENOMFORD", "nej"),
        ("Mindre bra", "Nej", "Rutin för logguppföljning klar, loggkontroll i Unikum återstår.", "Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet följs upp två gånger per år", "DELVIS", "nej"),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:5]):
            ws.cell(row=r, column=3 + i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[4], row[5], row[6]); r += 1
    ws.cell(row=r + 1, column=3, value="Förklaring bedömning: Bra = kontrollen är genomförd enligt plan. "
            "Mindre bra = kontrollen är delvis genomförd. Dålig = kontrollen är inte genomförd.")
    ws.cell(row=r + 3, column=3, value="Godkänd av förvaltningschef Lars Ekholm, 2026-01-21")
    for col, w in zip("CDEFG", (12, 12, 50, 18, 60)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — BUN, Excel; table starts at C6 under title rows; column order Bedömning (status) first, "
                  "kontrollmoment last; status as ratings Bra/Mindre bra/Dålig explained by a legend sentence below the "
                  "table; one 'Utgår' rating, one blank row (SAKNAS); signature row.")

# ---------------------------------------------------------------- F2 SN docx
def f2():
    fil = "Socialnamnden_internkontroll_2025.docx"
    N = "Socialnämnden"
    d = Document()
    d.add_heading("Socialnämnden – helårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(f"{KOMMUN}, Socialförvaltningen. Dnr SN 2025/0187")
    d.add_paragraph("Nämnden antog i december 2024 en internkontrollplan för 2025 med kontroller inom två processer: "
                    "ekonomiskt bistånd och myndighetsutövning för barn och unga. Nedan redovisas resultatet per process. "
                    "Konstaterade brister har rapporterats till ansvarig enhetschef.")
    d.add_heading("Process 1: Ekonomiskt bistånd", level=2)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod", "Resultat", "Status"]):
        t.rows[0].cells[i].text = h
    A = [
        ("Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen", "Stickprov 25 akter",
         "Samtliga beslut fattade av behörig delegat.", "Genomförd", "GENOMFORD", "nej"),
        ("Utbetalningar av ekonomiskt bistånd överensstämmer med beviljat belopp", "Jämförelse beslut mot utbetalning",
         "Två felaktiga utbetalningar upptäcktes och återkrävs.", "Genomförd", "GENOMFORD", "ja"),
        ("Kontroll att hembesök genomförs vid långvarigt biståndsberoende", "Genomgång av akter",
         "Kontrollen hann inte genomföras under året.", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Återkrav av felaktigt utbetalt bistånd bevakas och följs upp", "Avstämning mot kundreskontra",
         "Se bilaga 2", "", "OKLAR", "nej"),
    ]
    for a in A:
        c = t.add_row().cells
        for i in range(4):
            c[i].text = a[i]
        exp(fil, N, a[0], a[4], a[5])
    d.add_paragraph("")
    d.add_heading("Process 2: Myndighetsutövning barn och unga", level=2)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Vad har granskats", "Delår 2025", "Helår 2025", "Avvikelse"]):
        t.rows[0].cells[i].text = h
    B = [
        ("1", "Orosanmälningar förhandsbedöms inom 14 dagar enligt socialtjänstlagen", "Pågår", "Genomförd",
         "Ja, 6 av 40 bedömdes efter mer än 14 dagar", "GENOMFORD", "ja"),
        ("2", "Utredningar om barn och unga avslutas inom fyra månader", "Ej påbörjad", "Delvis genomförd",
         "Nej", "DELVIS", "nej"),
        ("3", "Vårdplaner och genomförandeplaner upprättas för placerade barn", "Genomförd", "Genomförd",
         "Nej", "GENOMFORD", "nej"),
        ("4", "Uppföljning av att familjehem har aktuella utredningar och avtal", "–",
         "Utgår (beslut SN 2025-09-17 § 102)", "", "UTGAR", "nej"),
        ("5", "Kontroll av att samtycke finns vid informationsutbyte med skolan", "", "", "", "SAKNAS", "nej"),
    ]
    for b in B:
        c = t.add_row().cells
        for i in range(5):
            c[i].text = b[i]
        exp(fil, N, b[1], b[5], b[6])
    d.add_paragraph("")
    d.add_paragraph("Vendelbo 2026-01-22")
    d.add_paragraph("Anna Berglund, socialchef")
    d.core_properties.title = "Helårsuppföljning internkontroll 2025"
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — SN, Word; prose intro, then two tables of different layout for two processes: "
                  "(Kontrollmoment|Metod|Resultat|Status) and (Nr|Vad har granskats|Delår|Helår|Avvikelse); Helår decides "
                  "over Delår; blank status with only 'Se bilaga 2' (OKLAR); 'Utgår (beslut…)'; empty row (SAKNAS); signature.")

# ---------------------------------------------------------------- F3 VON
def f3():
    fil = "VON_internkontroll_T3_2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"; ws["A1"].font = TITLE
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial, T3 (helår)"
    h1 = ["Nr", "Kontroll-", "Status", None, None, "Avvikelse", "Kommentar / åtgärd"]
    h2 = [None, "moment", "T1", "T2", "T3", "upptäckt?", None]
    for i, (a, b) in enumerate(zip(h1, h2)):
        ws.cell(row=4, column=1 + i, value=a).font = BOLD
        ws.cell(row=5, column=1 + i, value=b).font = BOLD
    rows = [
        (1, "Kontroll av att genomförandeplaner inom hemtjänsten är aktuella och signerade", "Pågår", "Pågår", "Klar",
         "Nej", None, "GENOMFORD", "nej"),
        (2, "Läkemedelshantering på särskilda boenden följer lokal rutin", "Klar", "Klar", "Klar", "Ja",
         "Avvikelser vid två boenden, signeringslistor saknades.", "GENOMFORD", "ja"),
        (3, "Avgiftsbeslut inom äldreomsorgen är korrekt beräknade och debiterade", "Ej påbörjad", "Pågår", "Pågår",
         "Nej", "Ungefär hälften av stickproven granskade.", "DELVIS", "nej"),
        (4, "Fallriskbedömningar genomförs för nyinflyttade på vård- och omsorgsboende", "Ej påbörjad", "Ej påbörjad",
         "Ej påbörjad", "Nej", "Prioriterades bort på grund av hög sjukfrånvaro.", "EJ_GENOMFORD", "nej"),
        (5, "Beslut enligt LSS verkställs inom tre månader från beslutsdatum", "Klar", "Pågår", "Se kommentar",
         None, None, "OKLAR", "nej"),
        (6, "Nyckelhantering i hemtjänsten följer rutinen för nyckelkvittens", None, None, None, None, None,
         "SAKNAS", "nej"),
        (7, "Rapportering av Lex Sarah-ärenden sker till IVO inom föreskriven tid", "Klar", "Klar", "Klar", "Nej",
         None, "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7]):
            ws.cell(row=r, column=1 + i, value=v)
        exp(fil, N, row[1], row[7], row[8]); r += 1
    # control text over two physical rows
    ws.cell(row=r, column=1, value=8)
    ws.cell(row=r, column=2, value="Kontroll att tillfälliga behörigheter i verksamhetssystemet")
    for i, v in enumerate(["Klar", "Klar", "Pågår", "Nej", "Två av fem enheter kvar."]):
        ws.cell(row=r, column=3 + i, value=v)
    ws.cell(row=r + 1, column=2, value="avslutas när uppdraget upphör")
    exp(fil, N, "Kontroll att tillfälliga behörigheter i verksamhetssystemet avslutas när uppdraget upphör",
        "DELVIS", "nej")
    r += 3
    ws.cell(row=r, column=1, value="Status anges per tertial: Klar / Pågår / Ej påbörjad. T3 motsvarar helårsuppföljningen.")
    for col, w in zip("ABCDEFG", (5, 62, 13, 13, 13, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — VON, Excel; header split over two rows without merges ('Kontroll-'/'moment', "
                  "'Status'/'T1 T2 T3', 'Avvikelse'/'upptäckt?'); T3 (=helår) decides; 'Se kommentar' with empty comment "
                  "(OKLAR); empty row (SAKNAS); control text continued on a second physical row (one control); note row.")

# ---------------------------------------------------------------- F4 TSV export (BMN + GAN)
def f4():
    fil = "Stratsys_export_internkontroll_2025.txt"
    B = "Bygg- och miljönämnden"; G = "Gymnasie- och arbetsmarknadsnämnden"
    hdr = ["Unit", "Control activity", "Period", "Status", "Deviation", "Kommentar"]
    rows = []
    def add(unit, km, per, st, dev, kom):
        rows.append([unit, km, per, st, dev, kom])
    u1 = "Bygg- och miljönämnden"; u2 = "Gymnasie- och arbetsmarknadsförvaltningen"
    k = "Bygglovsbeslut fattas inom lagstadgad handläggningstid om tio veckor"
    add(u1, k, "Delår 2025", "In progress", "No", "Mätning pågår")
    add(u1, k, "Helår 2025", "Completed", "Yes", "4 ärenden överskred tiden, återbetalning av avgift gjord")
    exp(fil, B, k, "GENOMFORD", "ja")
    k = "Avgifter för tillsyn enligt miljöbalken debiteras enligt gällande taxa"
    add(u1, k, "Delår 2025", "Not started", "", "")
    add(u1, k, "Helår 2025", "In progress", "No", "Stickprov för första halvåret klart")
    exp(fil, B, k, "DELVIS", "nej")
    k = "Delegationsbeslut inom miljö- och byggområdet anmäls till nämnden"
    add(u1, k, "Delår 2025", "Completed", "No", "")
    add(u1, k, "Helår 2025", "Genomförd", "Nej", "")
    exp(fil, B, k, "GENOMFORD", "nej")
    k = "Kontroll att strandskyddsdispenser handläggs enligt delegationsordningen"
    add(u1, k, "Helår 2024", "Completed", "No", "Kontrollen gjordes 2024")
    exp(fil, B, k, "SAKNAS", "nej")
    k = "Förelägganden och tillsynsbeslut diarieförs inom två arbetsdagar"
    add(u1, k, "Delår 2025", "Not started", "", "")
    add(u1, k, "Helår 2025", "Ej aktuell", "", "Utgår ur planen enligt beslut BMN 2025-10-08 § 87")
    exp(fil, B, k, "UTGAR", "nej")
    k = "CSN-rapportering av elevers ogiltiga frånvaro sker varje månad"
    add(u2, k, "Delår 2025", "Completed", "No", "")
    add(u2, k, "Helår 2025", "Completed", "No", "")
    exp(fil, G, k, "GENOMFORD", "nej")
    k = "Beslut om inackorderingstillägg fattas enligt nämndens riktlinjer"
    add(u2, k, "Delår 2025", "Not started", "", "")
    add(u2, k, "Helår 2025", "Not started", "", "Skjuts till 2026 på grund av systembyte")
    exp(fil, G, k, "EJ_GENOMFORD", "nej")
    k = "Leverantörsfakturor inom arbetsmarknadsenheten attesteras av behörig attestant"
    add(u2, k, "Delår 2025", "Completed", "No", "")
    add(u2, k, "Helår 2025", "", "", "Genomförd, inga avvikelser")
    exp(fil, G, k, "GENOMFORD", "nej")
    k = "Anvisade deltagare i arbetsmarknadsinsatser har en aktuell handlingsplan"
    add(u2, k, "Delår 2025", "In progress", "No", "")
    add(u2, k, "Helår 2025", "In progress", "Yes", "12 % av deltagarna saknade handlingsplan")
    exp(fil, G, k, "DELVIS", "ja")
    text = "\r\n".join("\t".join(x) for x in [hdr] + rows) + "\r\n"
    with open(fil, "wb") as f:
        f.write(text.encode("utf-16"))   # BOM + UTF-16LE, like Excel "Unicode text"
    FILES.append((fil, "INLAST", B, "2025", "HELAR"))
    FILES.append((fil, "INLAST", G, "2025", "HELAR"))
    README.append(f"- `{fil}` — system export, tab-separated UTF-16LE with BOM and CRLF; English/Swedish mixed headers and "
                  "values (Completed/In progress/Not started/Genomförd/Ej aktuell, Yes/No/Nej); two nämnder (one by "
                  "förvaltning alias); one row per control and period, Helår decides; a control with only a 2024 row "
                  "(SAKNAS); blank Helår status with comment 'Genomförd, inga avvikelser'.")

# ---------------------------------------------------------------- F5 KS .xls
def f5():
    base = "KS_uppfoljning_internkontrollplan_2025"
    fil = base + ".xls"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Helår"
    ws["A1"] = "Helårsuppföljning av kritiska risker i Kommunstyrelsens internkontrollplan 2025"; ws["A1"].font = TITLE
    ws["A2"] = ("Kommunstyrelsen har för 2025 antagit en internkontrollplan. I tabellen redovisas om den hantering som "
                "angetts i planen har följts eller ej, samt en kommentar.")
    hdr = ["Ansvarsområde/process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan:", "Kommentar:"]
    for i, h in enumerate(hdr):
        ws.cell(row=4, column=1 + i, value=h).font = BOLD
    rows = [
        ("Lönehantering", "Risk för felaktiga löneutbetalningar", 9,
         "Avstämning av bruttolönelista mot beslutade lönerevisioner", "Ja",
         "Avstämning gjord i oktober, inga differenser.", "GENOMFORD", "nej"),
        (None, "Risk för utbetalning till avslutade anställningar", 8,
         "Kontroll att avslutade anställningar avregistreras i lönesystemet före nästa löneutbetalning", "Ja",
         "Två sent registrerade avslut hittades, felaktigt utbetald lön har återkrävts.", "GENOMFORD", "ja"),
        ("Upphandling och inköp", "Risk för direktupphandlingar över gränsvärdet", 12,
         "Stickprov av direktupphandlingar över 100 000 kr avseende dokumentation", "Nej",
         "Stickprovet har inte genomförts, flyttas till planen för 2026.", "EJ_GENOMFORD", "nej"),
        (None, "Risk för bristande avtalstrohet", 9,
         "Analys av inköp hos leverantörer utan avtal via e-handelssystemet", "Ja",
         "Analysen visade att 6 % av inköpen gjordes utanför avtal, över målet på 3 %.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Risk för obehörig åtkomst till ekonomisystemet", 8,
         "Årlig genomgång av behörigheter i ekonomisystemet Raindance", "Nej",
         "Genomgången har inte gjorts under året.", "EJ_GENOMFORD", "nej"),
        (None, "Risk att e-post med personuppgifter skickas okrypterat", 6,
         "Kontroll att rutinen för säker e-post är känd på kommunledningsförvaltningens enheter", None, None,
         "SAKNAS", "nej"),
        ("Diarieföring", "Risk att allmänna handlingar inte registreras", 6,
         "Stickprov på inkommande handlingar till kommunstyrelsen avseende registrering inom en dag", "Ja",
         "30 handlingar kontrollerade, samtliga registrerade i tid.", "GENOMFORD", "nej"),
        ("Förtroendekänsliga poster", "Risk för otillåtna representationskostnader", 6,
         "Granskning av representationsfakturor avseende syfte och deltagarförteckning", "Utgår",
         "Ersatt av kommunrevisionens granskning, beslut KS 2025-04-02 § 61.", "UTGAR", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:6]):
            ws.cell(row=r, column=1 + i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[3], row[6], row[7]); r += 1
    ws.cell(row=r + 1, column=1, value="Sammanfattning: fyra av åtta kontrollmoment följer plan, ett har utgått.")
    ws.cell(row=r + 2, column=1, value="2025-12-10  Kommunledningsförvaltningen")
    for col, w in zip("ABCDEF", (22, 40, 9, 55, 11, 55)):
        ws.column_dimensions[col].width = w
    wb.save("/tmp/" + base + ".xlsx")
    soffice("/tmp/" + base + ".xlsx", "xls")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — KS, legacy .xls (via soffice); seed-001 style Process/Risk/Riskvärde/Kontrollmoment/"
                  "'Följer plan:' Ja/Nej/Utgår/Kommentar; process cell only on first row of each group; deviations only "
                  "in comments; one blank 'Följer plan' (SAKNAS); summary and date rows.")

# ---------------------------------------------------------------- F6 KFN odt list
def f6():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.text import ListStyle, ListLevelStyleBullet
    from odf.style import ListLevelProperties
    fil = "KFN_delarsrapport_internkontroll_2025.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    ls = ListStyle(name="Bullets")
    for lvl, ch in ((1, "•"), (2, "–")):
        b = ListLevelStyleBullet(level=lvl, bulletchar=ch)
        b.addElement(ListLevelProperties(spacebefore=f"{0.6*lvl}cm", minlabelwidth="0.6cm"))
        ls.addElement(b)
    doc.automaticstyles.addElement(ls)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Delårsuppföljning av internkontrollplan 2025 (januari–augusti)"))
    doc.text.addElement(P(text=f"{KOMMUN}. Uppföljningen redovisar läget för varje kontrollmoment i nämndens plan. "
                               "Läget anges i procent av planerad kontroll."))
    items = [
        ("Kassaredovisning i simhallen och på biblioteken stäms av mot kassasystemet",
         "Läge: ca 80 % klart, avstämning för två bibliotek återstår. Inga differenser hittills.", "DELVIS", "nej"),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsregler och med korrekt underlag",
         "Läge: 100 % genomfört. Två föreningar hade fått bidrag utan inlämnad verksamhetsberättelse, bidragen återkrävs.",
         "GENOMFORD", "ja"),
        ("Inventering av utrustning och inventarier på fritidsgårdarna",
         "Läge: 0 % – ej påbörjat, planeras till hösten.", "EJ_GENOMFORD", "nej"),
        ("Uthyrning av idrottshallar faktureras enligt gällande taxa",
         "Läge: ca 50 % klart. Stickproven hittills visar att tre bokningar inte har fakturerats.", "DELVIS", "ja"),
        ("Kontroll av att ledare i lovverksamheten har lämnat registerutdrag",
         "Läge: Utgår – hanteras av HR-avdelningen från 2025.", "UTGAR", "nej"),
        ("Konstnärliga inköp dokumenteras i konstregistret med beslut och pris",
         "Läge: Osäkert.", "OKLAR", "nej"),
    ]
    lst = List(stylename=ls)
    for km, lage, st, av in items:
        li = ListItem(); li.addElement(P(text=km))
        sub = List(); sli = ListItem(); sli.addElement(P(text=lage)); sub.addElement(sli)
        li.addElement(sub); lst.addElement(li)
        exp(fil, N, km, st, av)
    doc.text.addElement(lst)
    doc.text.addElement(P(text="Helårsuppföljningen lämnas i januari 2026."))
    doc.text.addElement(P(text="Maria Lund, förvaltningschef kultur och fritid"))
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    README.append(f"- `{fil}` — KFN, OpenDocument text made with odfpy; no table, a bulleted list with the control as "
                  "item and a nested 'Läge:' sub-item; status only as text with percentages ('ca 80 % klart', '100 % "
                  "genomfört', '0 % – ej påbörjat'), 'Utgår', 'Osäkert' (OKLAR); deviations only in the text; delår.")

# ---------------------------------------------------------------- F7 TN: nämnd only in title property
def f7():
    fil = "Uppfoljning_internkontroll_helar_2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
    wb.properties.title = "Tekniska nämnden – uppföljning internkontrollplan helår 2025"
    wb.properties.creator = "Förvaltningsekonom"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A1"].font = TITLE
    ws["A2"] = "Markera med X. Avvikelse noterad = en brist har upptäckts vid kontrollen."
    hdr = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.cell(row=4, column=1 + i, value=h).font = BOLD
    grp = PatternFill("solid", fgColor="D9E1F2")
    data = [
        ("Gata och park", None),
        (("Vinterväghållningsentreprenörens fakturor stäms av mot körjournaler", "Gatuchef", "X", None, None, None,
          "Stickprov november–december."), ("GENOMFORD", "nej")),
        (("Besiktning av lekplatser utförs enligt SS-EN 1176 och dokumenteras", "Parkingenjör", None, "X", None, "X",
          "8 av 14 lekplatser besiktigade, brister på två."), ("DELVIS", "ja")),
        ("Vatten och avlopp", None),
        (("Avläsning och debitering av vattenmätare sker enligt VA-taxan", "VA-chef", "X", None, None, "X",
          "Felaktig debitering hos 11 abonnenter har rättats."), ("GENOMFORD", "ja")),
        (("Egenkontroll av dricksvattenkvalitet sker enligt kontrollprogrammet", "Driftchef VA", "X", None, "X", None,
          None), ("OKLAR", "nej")),
        ("Fastighet", None),
        (("Systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter", "Fastighetschef", None, None, "X", None,
          "Ej genomfört på grund av resursbrist."), ("EJ_GENOMFORD", "nej")),
        (("Hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen", "Fastighetschef", None, None, None,
          None, None), ("SAKNAS", "nej")),
        (("Passerkort till förråd och verkstäder återlämnas vid avslutad anställning", "Förrådschef", "X", None, None,
          None, None), ("GENOMFORD", "nej")),
    ]
    r = 5
    for row, res in data:
        if res is None:
            c = ws.cell(row=r, column=1, value=row); c.font = BOLD
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = grp
        else:
            for i, v in enumerate(row):
                ws.cell(row=r, column=1 + i, value=v).alignment = Alignment(wrap_text=True, vertical="top",
                                                                           horizontal="center" if 2 <= i <= 5 else None)
            exp(fil, N, row[0], res[0], res[1])
        r += 1
    ws.cell(row=r, column=1, value="Antal").font = BOLD
    for col, n in zip("CDEF", (4, 1, 2, 2)):   # static counts, as pasted values
        ws[f"{col}{r}"] = n
    for col, w in zip("ABCDEFG", (62, 16, 11, 9, 13, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — TN, Excel; nämnd appears only in the workbook title property (not in file name, sheet or "
                  "cells); tick columns X under Genomförd/Delvis/Ej genomförd plus 'Avvikelse noterad' X; group heading "
                  "rows with fill; contradictory ticks (OKLAR); no ticks (SAKNAS); 'Antal' totals row.")

# ---------------------------------------------------------------- F8 Servicenämnden ods
def f8():
    base = "Servicenamnden_IK_2025"
    fil = base + ".ods"
    N = "Servicenämnden"
    wb = Workbook()
    ctrl = [
        "Måltidsverksamhetens livsmedelsinköp görs från upphandlade leverantörer",
        "Lokalvårdens kvalitetskontroller genomförs enligt INSTA 800",
        "Körjournaler för kommunens leasingbilar förs och granskas månadsvis",
        "Behörigheter i kommunens IT-miljö tas bort senast dagen efter avslutad anställning",
        "Drivmedelskort används endast för tjänsteresor och kvitton redovisas",
        "Kontroll att telefoniabonnemang sägs upp vid avslutad anställning",
    ]
    delar = [("Stickprov 15 fakturor", 2, "Nej"), ("Påbörjad i maj", 2, "Nej"), ("", 3, "Nej"),
             ("Genomförd för april", 2, "Nej"), ("", None, ""), ("Kontroll planerad till hösten", 3, "")]
    helar = [("Stickprov 30 fakturor, 2 utanför avtal", 1, "Ja"), ("Halva året genomfört", 2, "Nej"),
             ("", 3, "Nej"), ("Se kommentar", None, None), ("", None, None),
             ("Ej aktuell efter byte av operatör i mars", None, None)]
    res = [("GENOMFORD", "ja"), ("DELVIS", "nej"), ("EJ_GENOMFORD", "nej"), ("OKLAR", "nej"), ("SAKNAS", "nej"),
           ("UTGAR", "nej")]
    for idx, (title, vals) in enumerate((("Delår 2025", delar), ("Helår 2025", helar))):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = title
        ws["B2"] = f"Servicenämnden – internkontroll {title.lower()}"; ws["B2"].font = TITLE
        for i, h in enumerate(["Aktivitet", "Utfall", "Bedömning 1–3", "Avvikelse"]):
            ws.cell(row=4, column=2 + i, value=h).font = BOLD
        for j, (c, v) in enumerate(zip(ctrl, vals)):
            ws.cell(row=5 + j, column=2, value=c)
            ws.cell(row=5 + j, column=3, value=v[0] or None)
            ws.cell(row=5 + j, column=4, value=v[1])
            ws.cell(row=5 + j, column=5, value=v[2] or None)
        ws["G4"] = "Bedömning"; ws["G4"].font = BOLD
        ws["G5"] = "1 = genomförd"; ws["G6"] = "2 = delvis genomförd"; ws["G7"] = "3 = ej genomförd"
        for col, w in zip("BCDEG", (70, 40, 14, 10, 22)):
            ws.column_dimensions[col].width = w
    for c, (st, av) in zip(ctrl, res):
        exp(fil, N, c, st, av)
    wb.save("/tmp/" + base + ".xlsx")
    soffice("/tmp/" + base + ".xlsx", "ods")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — Servicenämnden, OpenDocument spreadsheet (via soffice); sheets 'Delår 2025' and "
                  "'Helår 2025' with the same controls, Helår decides; table starts at B4; status as codes 1–3 with the "
                  "legend beside the table; 'Se kommentar' with no comment (OKLAR); 'Ej aktuell…' in Utfall (UTGAR); "
                  "empty row (SAKNAS).")

# ---------------------------------------------------------------- F9 ÖFN truncated xlsx (rejected)
def f9():
    fil = "OFN_uppfoljning_internkontroll_2025.xlsx"
    wb = Workbook(); ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll 2025"
    ws["A3"] = "Kontrollmoment"; ws["B3"] = "Status"
    ws["A4"] = "Årsräkningar granskas inom sex månader från inlämning"; ws["B4"] = "Genomförd"
    buf = io.BytesIO(); wb.save(buf); data = buf.getvalue()
    with open(fil, "wb") as f:
        f.write(data[: len(data) * 2 // 5])
    FILES.append((fil, "AVVISAD", "Överförmyndarnämnden", "2025", ""))
    README.append(f"- `{fil}` — ÖFN, truncated .xlsx (zip cut at 40 %, broken central directory); must be rejected.")

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Omsorgsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Gymnasie- och arbetsmarknadsnämnden", "GAN|Gymnasie- och arbetsmarknadsförvaltningen"),
    ("Servicenämnden", "SEN|Serviceförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        f()
    with open("namnder.csv", "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(f"# Round 19 — {KOMMUN} (Uppland), internkontroll 2025\n\n")
        f.write("Register: 12 nämnder; Valnämnden and Krisledningsnämnden send nothing; Överförmyndarnämnden sends only "
                "a broken file.\n\n")
        f.write("\n".join(README) + "\n")
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
