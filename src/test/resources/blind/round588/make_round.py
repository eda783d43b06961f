#!/usr/bin/python3
"""Round 588 – Eslövs kommun, tertial 1 2025. Builds all files + CSVs deterministically."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r588_")
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round588"]

files_rows = []   # fil;utfall;nämnd;år;period
exp_rows = []     # fil;nämnd;kontrollmoment;status;avvikelse

def convert(src, fmt, final_name):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), os.path.join(OUT, final_name))

def sval(cell, v):
    cell.value = v
    if isinstance(v, str) and v.startswith("="):
        cell.data_type = "s"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------- 1. KS (xlsx)
def f_ks():
    fn = "KS_Uppföljning internkontrollplan T1 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning T1"
    ws["A1"] = "Eslövs kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: Tertial 1 (januari–april 2025)"
    ws["A4"] = "Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår"
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar / iakttagelser"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = BOLD; c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BORDER
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Redovisningschef", "Genomförd",
             "30 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation och förtroendekänsliga poster har syfte och deltagare angivna",
             "Stickprov 20 verifikationer", "Controller", "Genomförd med avvikelse",
             "3 av 20 verifikationer saknade deltagarförteckning.\nPåminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
            ("1.3", "Inköp", "Kontroll av att inköp över 100 000 kr sker mot avtal eller efter dokumenterad direktupphandling",
             "Uttag ur e-handelssystemet", "Upphandlingschef", "Pågår",
             "Uttag gjort, analys pågår. Slutförs under T2.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll av att löneförändringar registreras med korrekt underlag och attest",
             "Stickprov 25 löneändringar", "HR-chef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Medarbetarskap", "Uppföljning av att medarbetarsamtal genomförts och dokumenterats",
             "Enkät till chefer", "HR-chef", "Ej påbörjad", "Genomförs under hösten enligt plan.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörighetskontroll i ekonomisystemet Raindance –\navslutade anställningar ska ha spärrade konton",
             "Jämförelse mot HR-systemet", "Systemförvaltare", "Genomförd med avvikelse",
             "Två konton för avslutade medarbetare var fortfarande aktiva; spärrade 2025-03-14.", "GENOMFORD", "ja"),
            ("3.2", "Dataskydd", "Kontroll av att registerförteckning enligt GDPR är uppdaterad",
             "Genomgång av förteckning", "Dataskyddssamordnare", "Utgår",
             "Utgår enligt beslut KS 2025-02-05 § 21, ersätts av dataskyddsombudets granskning.", "UTGAR", ""),
        ]),
        ("Styrning och ledning", [
            ("4.1", "Verkställighet", "Verkställighet av kommunstyrelsens beslut – uppföljning av beslutslogg",
             "Genomgång av beslutslogg", "Kanslichef", None,
             "Beslutsloggen genomgången för januari–april. Samtliga beslut är verkställda eller under verkställighet inom tidsplan.",
             "GENOMFORD", "nej"),
            ("4.2", "Diarium", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
             "Stickprov 40 handlingar", "Registrator", None, None, "SAKNAS", ""),
            ("4.3", "Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             "Avstämning mot delegationsordning", "Kanslichef", "Genomförd", None, "GENOMFORD", "nej"),
        ]),
    ]
    r = 7
    for g, rows in groups:
        ws.cell(r, 1, g).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E7E6E6")
        r += 1
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(r, i); sval(c, v); c.alignment = WRAP; c.border = BORDER
            exp_rows.append((fn, N, row[2], row[7], row[8]))
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 10 kontrollmoment, varav 6 genomförda, 1 pågår, 1 ej påbörjad, 1 utgår, 1 ej rapporterad.")
    ws.cell(r + 2, 1, "Upprättad av: Anna Lindqvist, controller, kommunledningsförvaltningen, 2025-05-08")
    for col, w in zip("ABCDEFG", [6, 20, 50, 26, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 2. VON (xlsx, risk matrix, plan cols, fills)
def f_von():
    fn = "VON intern kontroll 2025 uppföljning tertial 1.xlsx"
    N = "Vård- och omsorgsnämnden"
    GREEN, ORANGE, YELLOW, RED, GREY = "00B050", "F4B183", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vård- och omsorgsnämnden"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–4. 1–4 låg, 6–8 medel, 9–16 hög risk."
    # two-level header
    ws.cell(5, 1, "PLAN"); ws.merge_cells("A5:J5")
    ws.cell(5, 11, "UPPFÖLJNING"); ws.merge_cells("K5:P5")
    ws.cell(6, 11, "Tertial 1"); ws.merge_cells("K6:L6")
    ws.cell(6, 13, "Tertial 2"); ws.merge_cells("M6:N6")
    ws.cell(6, 15, "Helår"); ws.merge_cells("O6:P6")
    hdr = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Rapporteras till", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = BOLD; c.border = BORDER; c.alignment = WRAP
    for rr in (5, 6):
        for i in range(1, 17):
            ws.cell(rr, i).font = BOLD
            ws.cell(rr, i).alignment = Alignment(horizontal="center")
    ctrls = [
        ("Läkemedelshantering", "Medarbetare administrerar läkemedel utan giltig delegering", 3, 4,
         "Kontroll av att samtliga medarbetare som administrerar läkemedel har giltig delegering",
         "Stickprov i Treserva, 3 enheter", "Tertial", "MAS", "Nämnden", GREEN,
         "Samtliga 45 kontrollerade medarbetare hade giltig delegering.", "GENOMFORD", "nej"),
        (None, "Utebliven signering av given läkemedelsdos", 3, 3,
         "Granskning av signeringslistor för läkemedel på särskilda boenden",
         "Genomgång av signeringslistor, en vecka per boende", "Tertial", "Enhetschefer SÄBO", "Förvaltningsledning", ORANGE,
         "7 osignerade doser på Ölyckegården. Avvikelse rapporterad, utbildning planerad i maj.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Beslut fattas utan stöd i delegationsordningen", 2, 3,
         "Kontroll av att biståndsbeslut fattas i enlighet med delegationsordningen",
         "Stickprov 20 beslut", "Tertial", "Enhetschef biståndsenheten", "Nämnden", GREEN,
         "20 beslut granskade, inga avvikelser.", "GENOMFORD", "nej"),
        (None, "Beslut verkställs inte inom tre månader", 3, 3,
         "Uppföljning av ej verkställda beslut enligt SoL och rapportering till IVO",
         "Sammanställning ur verksamhetssystem", "Kvartal", "Kvalitetsstrateg", "Nämnden", YELLOW,
         "Rapportering för kvartal 1 klar. Genomgång av orsaker pågår.", "DELVIS", ""),
        ("Ekonomi", "Felaktig debitering av omsorgsavgifter", 2, 2,
         "Kontroll av avgiftsberäkning för hemtjänst – stickprov 15 ärenden",
         "Stickprov", "Halvår", "Avgiftshandläggare", "Förvaltningsledning", None, None, "SAKNAS", ""),
        (None, "Ersättning till privata utförare betalas ut utan underlag", 2, 4,
         "Avstämning av utbetald LOV-ersättning mot registrerad tid",
         "Avstämning mot tidsregistrering", "Tertial", "Controller", "Nämnden", RED,
         "Ej genomförd p.g.a. vakans controller. Flyttas till T2.", "EJ_GENOMFORD", ""),
        ("Personal", "Anställning utan kontroll av belastningsregister", 2, 4,
         "Kontroll av att utdrag ur belastningsregistret finns vid nyanställning inom LSS",
         "Stickprov nyanställda jan–apr", "Tertial", "HR-konsult", "Förvaltningsledning", GREEN,
         None, "GENOMFORD", "nej"),
        (None, "Hög korttidssjukfrånvaro påverkar kontinuiteten", 3, 2,
         "Uppföljning av korttidssjukfrånvaro och rehabiliteringsärenden per enhet",
         "Rapport ur HR-systemet", "Tertial", "HR-konsult", "Förvaltningsledning", GREY,
         "Utgår – hanteras i ordinarie HR-uppföljning, beslut VON 2025-03-19 § 27.", "UTGAR", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler", 2, 4,
         "Loggkontroll i verksamhetssystemet Treserva – 10 slumpvis utvalda journaler per månad",
         "Loggutdrag", "Månad", "Systemförvaltare", "MAS", YELLOW,
         "Loggkontroll gjord för januari och februari, mars–april återstår.", "DELVIS", ""),
    ]
    r = 8
    start = {}
    last_proc_row = None
    for c in ctrls:
        proc, risk, s, k, km, met, frek, ans, rapp, fill, kom, st, av = c
        if proc:
            ws.cell(r, 1, proc); last_proc_row = r
        else:
            # extend merged process cell
            if (last_proc_row, ) not in start:
                start[(last_proc_row,)] = r
            start[(last_proc_row,)] = r
        vals = [None, risk, s, k, s * k, km, met, frek, ans, rapp]
        for i, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(r, i, v)
        for i in range(1, 17):
            ws.cell(r, i).border = BORDER; ws.cell(r, i).alignment = WRAP
        rv = s * k
        ws.cell(r, 5).fill = PatternFill("solid", fgColor=("FF7C80" if rv >= 9 else "FFE699" if rv >= 6 else "C6EFCE"))
        if fill:
            ws.cell(r, 11).fill = PatternFill("solid", fgColor=fill)
        if kom:
            ws.cell(r, 12, kom)
        exp_rows.append((fn, N, km, st, av))
        r += 1
    for top, end in start.items():
        ws.merge_cells(start_row=top[0], start_column=1, end_row=end, end_column=1)
    r += 1
    ws.cell(r, 1, "Teckenförklaring status (färg i statuskolumnen):").font = BOLD
    legend = [(GREEN, "Genomförd utan anmärkning"), (ORANGE, "Genomförd med anmärkning/avvikelse – se kommentar"),
              (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend, 1):
        ws.cell(r + i, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + i, 2, txt)
    ws.cell(r + 7, 1, "Riskmatris").font = BOLD
    ws.cell(r + 8, 1, "K \\ S")
    for s in range(1, 5):
        ws.cell(r + 8, 1 + s, s)
    for k in range(4, 0, -1):
        rr = r + 9 + (4 - k)
        ws.cell(rr, 1, k)
        for s in range(1, 5):
            v = s * k; c = ws.cell(rr, 1 + s, v)
            c.fill = PatternFill("solid", fgColor=("FF7C80" if v >= 9 else "FFE699" if v >= 6 else "C6EFCE"))
    for col, w in zip("ABCDEFGHIJKLMNOP", [20, 32, 4, 4, 9, 48, 28, 10, 20, 18, 9, 45, 9, 30, 9, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "F8"
    wb.save(os.path.join(OUT, fn))
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 3. BFN (docx, several tables)
def f_bfn():
    fn = "Barn- och familjenämnden uppföljning IK T1 2025.docx"
    N = "Barn- och familjenämnden"
    d = Document()
    d.add_heading("Barn- och familjenämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)").runs[0].bold = True
    d.add_paragraph("Dnr BFN 2024/0312")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 16 december 2024. Nedan redovisas resultatet av "
        "kontrollerna per tertial 1. Kontrollmomenten är indelade i ekonomiska processer, verksamhetsprocesser "
        "samt personal och arbetsmiljö. Statusbegreppen förklaras i tabell 4.")
    def table(title, hdr, rows, keycol, stcol):
        d.add_paragraph(title).runs[0].bold = True
        t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:len(hdr)]):
                cells[i].text = v
            exp_rows.append((fn, N, row[keycol], row[-2], row[-1]))
        d.add_paragraph("")
    table("Tabell 1. Ekonomiska processer",
          ["Kontrollmoment", "Ansvarig", "Resultat T1", "Status"], [
        ("Kontroll av att barnomsorgsavgifter debiteras enligt gällande maxtaxa", "Avgiftshandläggare",
         "Stickprov 25 hushåll. En felaktig debitering upptäcktes och har rättats.", "Klar – avvikelse", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Stickprov 20 fakturor utan anmärkning.", "Klar", "GENOMFORD", "nej"),
        ("Kontroll av skolskjutsavtal och fakturering mot avtal", "Ekonom",
         "Avtalsgenomgång klar, fakturagranskning återstår.", "Pågår", "DELVIS", ""),
    ], 0, 3)
    table("Tabell 2. Verksamhetsprocesser",
          ["Risk", "Kontrollmoment", "Ansvarig", "Resultat T1", "Status"], [
        ("Kränkande behandling utreds inte", "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem dagar",
         "Rektorer", "42 anmälningar, varav 38 inom fem dagar. Fyra sena anmälningar har följts upp med berörda rektorer.",
         "Klar – avvikelse", "GENOMFORD", "ja"),
        ("Hög frånvaro upptäcks inte", "Uppföljning av elevers frånvaro – rutin för hög frånvaro följs", "Elevhälsochef",
         "", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Barn far illa utan att anmälan görs", "Kontroll av att orosanmälningar från förskola och skola görs enligt rutin",
         "Verksamhetschef", "Se bilaga 3.", "", "OKLAR", ""),
        ("Olämplig person anställs", "Registerkontroll för personal i förskola och skola", "HR",
         "Utgår enligt nämndbeslut 2025-02-24 § 14, ingår i kommunstyrelsens kontroll.", "Utgår", "UTGAR", ""),
    ], 1, 4)
    table("Tabell 3. Personal och arbetsmiljö",
          ["Kontrollmoment", "Ansvarig", "Resultat T1", "Status"], [
        ("Kontroll av att skyddsronder genomförts på samtliga enheter", "Förvaltningschef",
         "14 av 22 enheter har genomfört skyddsrond, övriga planerade maj–juni.", "Pågår", "DELVIS", ""),
        ("Kontroll av att timanställda vikarier har godkänd tidrapport före löneutbetalning", "Lönekonsult",
         "Genomförd utan anmärkning.", "Klar", "GENOMFORD", "nej"),
    ], 0, 3)
    d.add_paragraph("Tabell 4. Statusförklaring").runs[0].bold = True
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Status"; t.rows[0].cells[1].text = "Förklaring"
    for a, b in [("Klar", "Kontrollen är genomförd utan avvikelser"),
                 ("Klar – avvikelse", "Kontrollen är genomförd, avvikelse har noterats"),
                 ("Pågår", "Kontrollen är påbörjad men inte avslutad"),
                 ("Ej påbörjad", "Kontrollen har inte påbörjats"),
                 ("Utgår", "Kontrollen har strukits genom beslut")]:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    d.add_paragraph("")
    d.add_paragraph("Eslöv 2025-05-12\nMaria Holm, förvaltningschef, Barn- och familjeförvaltningen")
    d.save(os.path.join(OUT, fn))
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 4. Stratsys CSV (AFN + GVN)
def f_stratsys():
    fn = "Stratsys_export_internkontroll_2025-05-12.csv"
    AFN, GVN = "Arbete och försörjningsnämnden", "Gymnasie- och vuxenutbildningsnämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Frekvens", "Period", "Status", "Kommentar", "Avvikelse"]
    rows = [
        (AFN, "Ekonomiskt bistånd", "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut och attest",
         "Enhetschef försörjningsstöd", "Tertial", "Genomförd", "30 utbetalningar kontrollerade.", "Nej", "GENOMFORD", "nej"),
        (AFN, "Ekonomiskt bistånd", "Kontroll av dubbelutbetalningar genom avstämning mot Försäkringskassan (SSBTEK)",
         "Controller", "Tertial", "Genomförd",
         "Två felaktiga utbetalningar identifierades.\nÅterkrav har upprättats i båda ärendena.", "Ja", "GENOMFORD", "ja"),
        (AFN, "Arbetsmarknad", "Kontroll av närvarorapportering för deltagare i arbetsmarknadsinsatser",
         "Enhetschef Jobbcenter", "Tertial", "Delvis genomförd",
         "Kontroll gjord för Jobbcenter, återstår för Kompetenscenter.", "", "DELVIS", ""),
        (AFN, "Arbetsmarknad", "Uppföljning av anställningsstöd – underlag för lönebidrag finns",
         "Arbetsmarknadskonsulent", "Halvår", "Ej genomförd", "Skjuts till T2 pga omorganisation.", "", "EJ_GENOMFORD", ""),
        (AFN, "Integration", "Kontroll av statsbidragsansökningar för mottagande av nyanlända",
         "Integrationssamordnare", "Tertial", "Ej aktuell", "Inga ansökningar under perioden.", "", "UTGAR", ""),
        (AFN, "Informationssäkerhet", "Behörighetsgenomgång i verksamhetssystemet Viva",
         "Systemförvaltare", "Tertial", "", "", "", "SAKNAS", ""),
        (GVN, "Vuxenutbildning", "Kontroll av att betyg i vuxenutbildningen registreras och signeras inom föreskriven tid",
         "Rektor Komvux", "Tertial", "Genomförd", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        (GVN, "Gymnasieskola", "Kontroll av interkommunal ersättning – fakturering mot elevregister",
         "Ekonom", "Tertial", "Genomförd", "Fyra elever felaktigt fakturerade av annan kommun; kreditering begärd och mottagen.",
         "Ja", "GENOMFORD", "ja"),
        (GVN, "Gymnasieskola", "Kontroll av att elevernas individuella studieplaner är upprättade och uppdaterade",
         "Rektor Bergagymnasiet", "Tertial", "Delvis genomförd", "Stickprov klart på två av tre program.", "", "DELVIS", ""),
        (GVN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Tertial", "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        (GVN, "Personal", "Kontroll av lärarlegitimation vid nyanställning",
         "HR-konsult", "Tertial", "",
         "Kontrollen har genomförts för samtliga sex nyanställda lärare; alla hade legitimation.", "", "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fn)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Internkontroll 2025 – uppföljning;Export 2025-05-12 10:42;Eslövs kommun\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], r[4], "Tertial 1 2025", r[5], r[6], r[7]])
            exp_rows.append((fn, r[0], r[2], r[8], r[9]))
    files_rows.append((fn, "INLAST", AFN, "2025", "T1"))
    files_rows.append((fn, "INLAST", GVN, "2025", "T1"))

# ---------------------------------------------------------------- 5. KFN (ods, nämnd only in file name)
def f_kfn():
    fn = "KFN_IK-uppföljning_T1_2025.ods"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "T1"
    ws["A1"] = "Uppföljning intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: T1 (jan–apr)"
    ws["A3"] = "Markera med X i Utförd eller Ej utförd. Avvikelse anges J/N."
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Utförd", "Ej utförd", "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = BOLD; c.border = BORDER
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna och fattade beslut", "Föreningskonsulent",
         "X", "", "N", "10 ärenden kontrollerade.", "GENOMFORD", "nej"),
        ("Inventering av kassor i simhallen och på biblioteken", "Enhetschef bibliotek",
         "X", "", "J", "Kassadifferens 350 kr på Stadsbiblioteket, utredd och rapporterad.", "GENOMFORD", "ja"),
        ("Kontroll av hyresavtal för föreningar i kommunala lokaler (Eslövs sporthall, Trollsjöområdet)", "Fritidschef",
         "", "X", "", "Genomförs i höst.", "EJ_GENOMFORD", ""),
        ("Kontroll av att kulturskolans undervisningsgrupper har aktuella närvarolistor", "Kulturskolechef",
         "X", "X", "", "", "OKLAR", ""),
        ("Kontroll av att utlåning av utrustning via Fritidsbanken dokumenteras", "Fritidsledare",
         "", "", "", "", "SAKNAS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "X", "", "N", "", "GENOMFORD", "nej"),
        ("Kontroll av att evenemangsavtal för Eslövs stadsfest har godkänts av behörig person", "Evenemangssamordnare",
         "", "", "", "Utgår – stadsfesten 2025 ställs in enligt beslut i nämnden 2025-01-29.", "UTGAR", ""),
        ("Uppföljning av säkerhetsrutiner vid bad- och simverksamhet", "Badchef",
         "X", "", "N", "Livräddningsutbildning genomförd för all personal.", "GENOMFORD", "nej"),
    ]
    for n, row in enumerate(rows, 1):
        r = 5 + n
        vals = [n] + list(row[:6])
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i); sval(c, v if v != "" else None); c.border = BORDER; c.alignment = WRAP
        exp_rows.append((fn, N, row[0], row[6], row[7]))
    ws.cell(16, 1, "Uppgiftslämnare: Johan Nilsson, 2025-05-09")
    for col, w in zip("ABCDEFG", [5, 60, 22, 8, 9, 14, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "KFN_IK-uppföljning_T1_2025.xlsx")
    wb.save(src)
    convert(src, "ods", fn)
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 6. MSN (odt, symbols with legend)
def f_msn():
    fn = "MSN Internkontroll 2025 T1.odt"
    N = "Miljö- och samhällsbyggnadsnämnden"
    d = Document()
    d.add_heading("Miljö- och samhällsbyggnadsnämnden", level=1)
    d.add_paragraph("Internkontroll 2025 – uppföljning tertial 1").runs[0].bold = True
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = pågår   ○ = ej påbörjad   – = utgår")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Resultat/kommentar"]
    rows = [
        ("Bygglov", "Kontroll av att beslut om bygglov fattas inom tio veckor från komplett ansökan", "Bygglovschef", "◐",
         "Januari–mars kontrollerat: fyra ärenden över tio veckor, avgiftsreduktion tillämpad. April återstår.", "DELVIS", "ja"),
        ("Bygglov", "Kontroll av att bygglovsavgifter debiteras enligt taxa", "Bygglovschef", "●",
         "15 ärenden granskade, inga fel.", "GENOMFORD", "nej"),
        ("Miljö- och livsmedelstillsyn", "Uppföljning av tillsynsplan – planerade livsmedelsinspektioner genomförs", "Miljöchef", "●",
         "31 av 34 planerade inspektioner genomförda. Avvikelse mot plan, tre inspektioner flyttade till maj.", "GENOMFORD", "ja"),
        ("Miljö- och livsmedelstillsyn", "Kontroll av att tillsynsavgifter faktureras inom en månad efter inspektion", "Administratör", "○",
         "", "EJ_GENOMFORD", ""),
        ("Gata och park", "Kontroll av att grävtillstånd beviljats före schaktarbete i allmän mark", "Gatuchef", "●",
         "Inga otillåtna schakter upptäckta.", "GENOMFORD", "nej"),
        ("Planering", "Kontroll av att planavtal tecknas innan planarbete påbörjas", "Planchef", "–",
         "Utgår, ingen ny detaljplan har påbörjats 2025.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "●", "", "GENOMFORD", "nej"),
        ("Administration", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        c = t.add_row().cells
        for i in range(5):
            c[i].text = row[i]
        exp_rows.append((fn, N, row[1], row[5], row[6]))
    d.add_paragraph("")
    d.add_paragraph("Samhällsbyggnadsförvaltningen, 2025-05-07")
    src = os.path.join(TMP, "MSN Internkontroll 2025 T1.docx")
    d.save(src)
    convert(src, "odt", fn)
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 7. Servicenämnden (xls, codes, prior year column)
def f_sn():
    fn = "Servicenämnden_IKP_2025_tertial1.xls"
    N = "Servicenämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Servicenämnden – Internkontrollplan 2025, uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertialuppföljning 1, per 2025-04-30"
    ws["A3"] = "Statuskoder: G = Genomförd, GA = Genomförd med avvikelse, P = Påbörjad, EP = Ej påbörjad, U = Utgår"
    hdr = ["Område", "Kontrollmoment", "Kontrollansvar", "Status helår 2024", "Status T1 2025", "Status T2 2025", "Kommentar T1 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = BOLD; c.border = BORDER; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        ("Kost", "Kontroll av att livsmedelsinköp görs från upphandlade leverantörer (avtalstrohet)", "Kostchef",
         "GA", "G", "", "Avtalstrohet 96 %, i nivå med målet.", "GENOMFORD", "nej"),
        ("Kost", "Egenkontroll enligt livsmedelslagstiftningen i tillagningskök", "Kostchef",
         "G", "GA", "", "Temperaturloggning saknades två dagar i Marieholms kök.", "GENOMFORD", "ja"),
        ("Lokalvård", "Kontroll av att städning utförs enligt städprogram (kvalitetsmätning INSTA 800)", "Lokalvårdschef",
         "G", "P", "", "Mätning utförd på 5 av 12 enheter.", "DELVIS", ""),
        ("Fastighet", "Kontroll av att besiktningar av lekplatser och idrottsanläggningar genomförs", "Fastighetschef",
         "G", "EP", "", "Planerad till maj.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Kontroll av nyckel- och passerkortshantering – spärr vid avslutad anställning", "Säkerhetssamordnare",
         "–", "G", "", "", "GENOMFORD", "nej"),
        ("Fordon", "Kontroll av körjournaler för kommunens leasingbilar", "Fordonssamordnare",
         "G", "", "", "", "SAKNAS", ""),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "G", "G", "", "Stickprov 25 fakturor.", "GENOMFORD", "nej"),
        ("IT", "Kontroll av säkerhetskopiering och återläsningstest av kritiska system", "IT-samordnare",
         "EP", "U", "", "Utgår, ansvaret flyttat till kommunledningsförvaltningens IT-enhet.", "UTGAR", ""),
    ]
    for n, row in enumerate(rows):
        r = 6 + n
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i); sval(c, v if v != "" else None); c.border = BORDER; c.alignment = WRAP
        exp_rows.append((fn, N, row[1], row[7], row[8]))
    ws.cell(15, 1, "Antal kontrollmoment: 8").font = BOLD
    ws.cell(16, 1, "Sammanställt av Serviceförvaltningen, 2025-05-06")
    for col, w in zip("ABCDEFG", [12, 60, 20, 11, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Servicenämnden_IKP_2025_tertial1.xlsx")
    wb.save(src)
    convert(src, 'xls:MS Excel 97', fn)
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 8. ESBO (doc, text only)
def f_esbo():
    fn = "ESBO uppföljning intern kontroll april 2025.doc"
    N = "Eslövs Bostads AB"
    d = Document()
    d.add_heading("Eslövs Bostads AB (ESBO)", level=1)
    d.add_paragraph("Rapport om intern kontroll – uppföljning per 30 april 2025 (tertial 1)").runs[0].bold = True
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 11 december 2024. Nedan redovisas "
        "genomförda kontroller under årets första tertial. Uppföljningen lämnas till kommunstyrelsen enligt ägardirektivet.")
    items = [
        ("Hyresavisering", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal och 2025 års hyresförhandling.",
         "Stickprov 40 avtal, samtliga korrekta. Kontrollen är genomförd.", "GENOMFORD", "nej"),
        ("Kundfordringar", "Uppföljning av hyresfordringar äldre än 60 dagar och att inkassorutinen följs.",
         "Kontrollen är genomförd. I två fall hade påminnelse inte skickats enligt rutin; detta är åtgärdat.", "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att ramavtal för underhållsentreprenader avropas enligt avtalsvillkoren.",
         "Pågår, avslutas under tertial 2.", "DELVIS", ""),
        ("Attest", "Attest av leverantörsfakturor enligt bolagets attestinstruktion.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Uthyrning", "Kontroll av att lägenheter förmedlas enligt bolagets uthyrningspolicy och kötid.",
         "Ej påbörjad. Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Jäv", "Kontroll av att jävsdeklarationer upprättats av styrelse och ledande befattningshavare.",
         "Genomförd. Samtliga deklarationer har kommit in.", "GENOMFORD", "nej"),
    ]
    for i, (h, km, res, st, av) in enumerate(items, 1):
        d.add_paragraph(f"{i}. {h}").runs[0].bold = True
        d.add_paragraph(f"Kontrollmoment: {km}")
        d.add_paragraph(f"Resultat: {res}")
        exp_rows.append((fn, N, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Eslöv 2025-05-14")
    d.add_paragraph("Per Åkesson, VD")
    src = os.path.join(TMP, "ESBO uppföljning intern kontroll april 2025.docx")
    d.save(src)
    convert(src, 'doc:MS Word 97', fn)
    files_rows.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 9. rejected: covering letter
def f_missiv():
    fn = "Missiv uppföljning intern kontroll T1 2025 VON.docx"
    d = Document()
    d.add_paragraph("Vård- och omsorgsförvaltningen\nEslövs kommun")
    d.add_paragraph("2025-05-22")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan, tertial 1 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Vård- och omsorgsnämndens uppföljning av internkontrollplanen för tertial 1 2025. "
        "Nämnden behandlade uppföljningen vid sammanträdet den 21 maj 2025, § 45, och lade den till handlingarna.")
    d.add_paragraph(
        "Av planens nio kontrollmoment redovisas resultat för åtta. En kontroll visade avvikelse som föranlett "
        "åtgärder. Uppföljningen i sin helhet finns i bifogad fil.")
    d.add_paragraph("Bilaga: VON intern kontroll 2025 uppföljning tertial 1.xlsx")
    d.add_paragraph("Med vänlig hälsning\nLena Bergström\nNämndsekreterare")
    d.save(os.path.join(OUT, fn))
    files_rows.append((fn, "AVVISAD", "", "", ""))

def namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och familjenämnden", "BFN|Barn- och familjeförvaltningen"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Arbete och försörjningsnämnden", "AFN|Arbete och försörjningsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och samhällsbyggnadsnämnden", "MSN|Samhällsbyggnadsförvaltningen"),
        ("Servicenämnden", "SN|Serviceförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN"),
        ("Eslövs Bostads AB", "ESBO|Eslövs Bostads Aktiebolag"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in reg:
            f.write(f"{a};{b}\n")

def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files_rows)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in exp_rows:
            w.writerow([r[0], r[1], r[2].replace("\n", " "), r[3], r[4]])

if __name__ == "__main__":
    for fn in (f_ks, f_von, f_bfn, f_stratsys, f_kfn, f_msn, f_sn, f_esbo, f_missiv):
        fn()
    namnder()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(files_rows), "file rows,", len(exp_rows), "controls")
