#!/usr/bin/python3
# Blind round 31 - Åmänningsbro kommun (Västmanland), internkontroll 2025, januari-inkorg
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r31build-")
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)

def convert(src, fmt, outname):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-r31",
                    "--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(TMP, base + "." + fmt), os.path.join(OUT, outname))

B = Font(bold=True)

# ---------- F1 Kommunstyrelsen, xlsx, Delår/Helår columns, group rows, wrapped text over two rows
def f1():
    fn = "KS_internkontroll_helar_2025.xlsx"; N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Åmänningsbro kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["B3"] = "Kommunstyrelsen"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Status helår",
           "Avvikelse (Ja/Nej)", "Kommentar helår"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]: c.font = B; c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        ("G", "Ekonomi och upphandling"),
        ("C", "Ekonomi", "Kontroll att leverantörsfakturor är attesterade enligt gällande attestordning",
         "Stickprov 40 fakturor", "Redovisningschef", "Genomförd", "Genomförd", "Nej",
         "Stickprov 40 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("C", "Upphandling", "Kontroll att direktupphandlingar över 100 000 kr är dokumenterade",
         "Genomgång av samtliga", "Upphandlingschef", "Pågår", "Delvis genomförd", "Ja",
         "3 av 12 direktupphandlingar saknade dokumentation.", "DELVIS", "ja"),
        ("C2", "Ärendehantering", ("Kontroll av att anmälan av delegationsbeslut sker till kommunstyrelsen",
         "enligt delegationsordningen"), "Jämförelse diarium/protokoll", "Kanslichef", "Ej påbörjad",
         "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("G", "Personal"),
        ("C", "Lön", "Kontroll att löneutbetalningar till avslutade anställningar har upphört",
         "Registerkontroll dec", "HR-chef", "Genomförd", "Genomförd", "Ja",
         "Två felaktiga utbetalningar upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("C", "Personal", "Uppföljning av att medarbetarsamtal genomförts för samtliga tillsvidareanställda",
         "Enkät till chefer", "HR-chef", "Pågår", "Utgår", "Nej",
         "Utgår enligt beslut KS 2025-09-03 § 112, ersätts av ny medarbetarenkät.", "UTGAR", "nej"),
        ("G", "IT och informationssäkerhet"),
        ("C", "IT", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
         "Avstämning mot HR-system", "IT-chef", None, None, None, "", "SAKNAS", "nej"),
        ("C", "Dataskydd", "Kontroll att personuppgiftsincidenter rapporterats till dataskyddsombudet inom 72 timmar",
         "Genomgång incidentlogg", "Dataskyddsombud", "Genomförd", "Ej genomförd", "Nej",
         "Kontrollen hanns inte med p.g.a. vakans.", "EJ_GENOMFORD", "nej"),
    ]
    for r in rows:
        if r[0] == "G":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
            ws.cell(rr, 1).font = B; ws.cell(rr, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        elif r[0] == "C":
            ws.append(list(r[1:9])); EXP.append((fn, N, r[2], r[9], r[10]))
        else:  # control text spills over to next physical row
            ws.append([r[1], r[2][0]] + list(r[3:9]))
            ws.append([None, r[2][1]])
            EXP.append((fn, N, r[2][0] + " " + r[2][1], r[9], r[10]))
    ws.append([]); ws.append(["Sammanställt av: Karin Ekholm, controller, 2026-01-12"])
    for col, w in zip("ABCDEFGH", [16, 60, 28, 18, 14, 16, 12, 50]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F2 BUN, docx, one table per process, symbols with legend sentence at end
def f2():
    fn = "BUN uppföljning internkontroll 2025.docx"; N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Barn- och utbildningsnämnden", 1)
    d.add_paragraph("Uppföljning av intern kontroll – helår 2025").runs[0].bold = True
    d.add_paragraph("Nedan redovisas uppföljningen av de kontrollmoment som nämnden beslutade om i "
                    "internkontrollplanen för 2025 (BUN 2024/187). Uppföljningen har gjorts av förvaltningens "
                    "ekonom och verksamhetsutvecklare under november–december.")
    procs = [
        ("Skolskjuts", [
            ("Kontroll att beslut om skolskjuts fattas i enlighet med gällande riktlinjer", "Stickprov 25 beslut",
             "✔", "Nej", "Granskat 25 beslut, samtliga korrekta.", "GENOMFORD", "nej"),
            ("Kontroll att fakturor från skolskjutsentreprenören stämmer mot avtal", "Avstämning mot avtal kvartalsvis",
             "◐", "Ja", "Felaktig indexuppräkning i två fakturor, kreditering begärd. Resterande granskning slutförs feb 2026.",
             "DELVIS", "ja")]),
        ("Elevhälsa och dokumentation", [
            ("Kontroll att anmälningar om kränkande behandling utreds skyndsamt", "Genomgång av ärenden i Draftit",
             "✔", "Ja", "I 4 av 30 ärenden dröjde utredningen mer än två veckor.", "GENOMFORD", "ja"),
            ("Kontroll att elevhälsans journaler förs enligt patientdatalagen", "Journalgranskning, 10 journaler",
             "", "", "Se bilaga", "OKLAR", "nej")]),
        ("Ekonomi", [
            ("Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "Stickprov 30 hushåll",
             "✖", "Nej", "Ej genomförd – systembyte i förskoleadministrationen.", "EJ_GENOMFORD", "nej"),
            ("Kontroll att inköp sker från upphandlade leverantörer inom förskolan", "Leverantörsanalys",
             "✔", "Nej", "", "GENOMFORD", "nej")]),
    ]
    for pname, ctrls in procs:
        d.add_paragraph().add_run("Process: " + pname).bold = True
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Vad kontrolleras", "Metod", "Bedömning", "Avvikelse", "Kommentar"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for c in ctrls:
            cells = t.add_row().cells
            for i in range(5): cells[i].text = c[i]
            EXP.append((fn, N, c[0], c[5], c[6]))
        d.add_paragraph()
    d.add_paragraph("Teckenförklaring bedömning: ✔ = genomförd, ◐ = delvis genomförd, ✖ = ej genomförd.")
    d.add_paragraph("Åmänningsbro 2026-01-09\nAnna Vikström, förvaltningschef")
    d.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F3 Socialnämnden, ods, T1/T2/T3 codes, legend on another sheet
def f3():
    fn = "Socialnämnden_IKP_2025_T3.ods"; N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 3 (helår). Statuskoder, se flik Förklaring."
    ws.append([])
    ws.append(["Nr", "Kontrollområde", "Kontrollmoment", "Frekvens", "T1", "T2", "T3", "Avvikelse noterad (X)", "Kommentar"])
    for c in ws[4]: c.font = B
    rows = [
        (1, "LSS", "Kontroll att utredningar enligt LSS avslutas inom fyra månader", "Tertialvis", 2, 2, 1, "X",
         "3 utredningar överskred tiden.", "GENOMFORD", "ja"),
        (2, "Försörjningsstöd", "Kontroll av att beslut om försörjningsstöd är fattade enligt delegationsordningen",
         "Tertialvis", 1, 1, 1, None, "", "GENOMFORD", "nej"),
        (3, "Barn och unga", "Kontroll att orosanmälningar rörande barn förhandsbedöms inom 14 dagar", "Tertialvis",
         2, 2, 2, "X", "Förhandsbedömning försenad i 11 % av ärendena, åtgärdsplan tas fram.", "DELVIS", "ja"),
        (4, "Informationssäkerhet", "Stickprovskontroll av loggar i verksamhetssystemet Lifecare", "Halvår",
         3, 3, 3, None, "Ej genomförd p.g.a. personalbrist.", "EJ_GENOMFORD", "nej"),
        (5, "Avgifter", "Kontroll av att avgifter inom hemtjänsten debiteras korrekt", "Tertialvis",
         1, "U", "U", None, "Flyttad till Vård- och omsorgsnämnden efter omorganisation 1 maj.", "UTGAR", "nej"),
        (6, "Ekonomi", "Kontroll att kontanthantering på boenden sker enligt rutin", "Helår",
         None, None, None, None, "", "SAKNAS", "nej"),
    ]
    for r in rows:
        ws.append(list(r[:9])); EXP.append((fn, N, r[2], r[9], r[10]))
    for col, w in zip("ABCDEFGHI", [5, 20, 62, 12, 6, 6, 6, 20, 55]): ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    for line in [("Statuskoder",), (1, "Genomförd"), (2, "Påbörjad / delvis genomförd"), (3, "Ej genomförd"),
                 ("U", "Utgår ur planen")]:
        lg.append(list(line))
    lg["A1"].font = B
    src = os.path.join(TMP, "sn.xlsx"); wb.save(src); convert(src, "ods", fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F4 Hypergene export, cp1252 ';', two nämnder (förvaltning names), one row per control and period
def f4():
    fn = "Hypergene_export_IK_2026-01-14.csv"
    TN, BMN = "Tekniska nämnden", "Bygg- och miljönämnden"
    data = [
        ("Tekniska förvaltningen", TN, "Kontroll att egenkontroller av dricksvattenanläggningar utförs enligt plan",
         ("Pågår", "", ""), ("Genomförd", "Nej", "Samtliga egenkontroller utförda."), "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Kontroll av att tillfälliga markupplåtelser faktureras",
         ("Pågår", "", ""), ("Delvis genomförd", "Ja", "Sex upplåtelser hade inte fakturerats, fakturering sker jan 2026."),
         "DELVIS", "ja"),
        ("Tekniska förvaltningen", TN, "Kontroll att arbetsmiljörond genomförs på samtliga driftenheter",
         ("Ej påbörjad", "", ""), ("Ej genomförd", "Nej", "Skjuts till våren 2026."), "EJ_GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Kontroll av att leasade fordon används enligt körjournal",
         ("Genomförd", "Nej", "Stickprov 5 fordon."), ("", "", "Kontrollen är genomförd, inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Kontroll att avtalstrohet följs vid inköp av material till gatuenheten",
         ("Pågår", "", ""), ("Genomförd", "Ja", "Inköp utanför avtal motsvarande 48 tkr."), "GENOMFORD", "ja"),
        ("Bygg- och miljöförvaltningen", BMN, "Kontroll att bygglov handläggs inom lagstadgad tid om tio veckor",
         ("Pågår", "", ""), ("Genomförd", "Ja", "7 ärenden överskred tiden, avgiften reducerades enligt PBL."),
         "GENOMFORD", "ja"),
        ("Bygg- och miljöförvaltningen", BMN, "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
         ("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""), "GENOMFORD", "nej"),
        ("Bygg- och miljöförvaltningen", BMN, "Kontroll att delegationsbeslut inom miljö anmäls till nämnden",
         ("Pågår", "", ""), ("Avbruten", "", ""), "EJ_GENOMFORD", "nej"),
        ("Bygg- och miljöförvaltningen", BMN, "Kontroll av att diarieföring av inkomna handlingar sker inom två arbetsdagar",
         ("Ej påbörjad", "", ""), ("Pågår", "Nej", "Påbörjad i november."), "DELVIS", "nej"),
    ]
    lines = [["Organisation", "Plan", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar"]]
    for per, idx in (("Delår 2025", 3), ("Helår 2025", 4)):
        for d in data:
            lines.append([d[0], "Internkontrollplan 2025", d[2], per, d[idx][0], d[idx][1], d[idx][2]])
    for d in data: EXP.append((fn, d[1], d[2], d[5], d[6]))
    with open(os.path.join(OUT, fn), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fn, "INLAST", BMN, "2025", "HELAR")); FILES.append((fn, "INLAST", TN, "2025", "HELAR"))

# ---------- F5 KFN, odt, form-like: one small label/value table per control
def f5():
    fn = "Kultur- och fritidsnämnden IK helår 2025.odt"; N = "Kultur- och fritidsnämnden"
    d = Document()
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", 1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_paragraph("Fyll i ett formulär per kontrollmoment. Genomförd anges med Ja, Nej eller Delvis.").runs[0].italic = True
    ctrls = [
        ("Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Stickprov 15 utbetalningar",
         "Ja", "Nej", "Inga fel hittades.", "GENOMFORD", "nej"),
        ("Kontroll av kassahantering vid entréer till simhallen", "Oanmälda kassainventeringar",
         "Delvis", "Ja", "Differenser i kassaredovisningen vid tre tillfällen, ny rutin infördes i oktober.", "DELVIS", "ja"),
        ("Kontroll att lån och avgifter i bibliotekssystemet hanteras enligt dataskyddsregler", "Loggkontroll",
         "Ej aktuell", "", "Utgår – kontrollen ersatt efter nämndbeslut 2025-05-20 § 34.", "UTGAR", "nej"),
        ("Kontroll av att lokalbokningar för ungdomsverksamhet debiteras korrekt", "Avstämning bokning/faktura",
         "Nej", "Nej", "Ej genomförd på grund av byte av bokningssystem.", "EJ_GENOMFORD", "nej"),
    ]
    for i, c in enumerate(ctrls, 1):
        d.add_paragraph().add_run(f"Kontrollmoment {i}").bold = True
        t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
        for r, (lab, val) in enumerate(zip(["Kontrollmoment", "Kontrollmetod", "Genomförd (Ja/Nej/Delvis)",
                                            "Avvikelse", "Kommentar"], c[:5])):
            t.rows[r].cells[0].text = lab; t.rows[r].cells[1].text = val
        d.add_paragraph()
        EXP.append((fn, N, c[0], c[5], c[6]))
    d.add_paragraph("Åmänningsbro 2026-01-13")
    d.add_paragraph("Jonas Berglund, kultur- och fritidschef")
    src = os.path.join(TMP, "kfn.docx"); d.save(src); convert(src, "odt", fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F6 VON, xls, status only as fill colour, Delår + Helår sheets, nämnd only in file name
def f6():
    fn = "VON_IK_2025.xls"; N = "Vård- och omsorgsnämnden"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    ctrls = [
        ("Dokumentation", "Kontroll att genomförandeplaner finns och är uppdaterade inom särskilt boende",
         Y, G, "Ja", "Genomförandeplan saknades för 5 brukare, åtgärdat.", "GENOMFORD", "ja"),
        ("Patientsäkerhet", "Kontroll av att läkemedelsavvikelser rapporteras i avvikelsesystemet",
         Y, Y, "Nej", "Pågår, slutförs i februari.", "DELVIS", "nej"),
        ("Avgifter", "Kontroll att hemtjänstens avgifter debiteras enligt beslutad tid",
         None, G, "Nej", "", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll att tilldelade nycklar och taggar till brukares bostäder redovisas",
         R, R, "Nej", "Planeras till Q1 2026.", "EJ_GENOMFORD", "nej"),
        ("Personal", "Kontroll av att timanställdas tidrapporter attesteras av ansvarig chef",
         None, None, "", "", "SAKNAS", "nej"),
        ("Lex Sarah", "Kontroll att Lex Sarah-rapporter utreds och anmäls till IVO vid behov",
         G, G, "Ja", "En utredning anmäldes för sent till IVO.", "GENOMFORD", "ja"),
    ]
    wb = Workbook(); wb.remove(wb.active)
    for sheet, ci, title in (("Delår", 2, "Internkontroll 2025 – uppföljning delår (aug)"),
                             ("Helår", 3, "Internkontroll 2025 – uppföljning helår")):
        ws = wb.create_sheet(sheet)
        ws["A1"] = title; ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(["Risk", "Kontrollmoment", "Ansvar", "Status", "Avvikelse", "Kommentar"])
        for c in ws[3]: c.font = B
        for c in ctrls:
            ws.append([c[0], c[1], "Enhetschef" if c[0] != "Avgifter" else "Avgiftshandläggare", None,
                       c[4] if sheet == "Helår" else "", c[5] if sheet == "Helår" else ""])
            if c[ci]: ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=c[ci])
        ws.append([])
        ws.append([None, "Färgförklaring status:"])
        for col, txt in ((G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd")):
            ws.append([None, None, None, None, txt]); ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=col)
        for col, w in zip("ABCDEF", [16, 70, 18, 10, 24, 45]): ws.column_dimensions[col].width = w
    for c in ctrls: EXP.append((fn, N, c[1], c[6], c[7]))
    src = os.path.join(TMP, "VON_IK_2025.xlsx"); wb.save(src); convert(src, "xls", fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F7 ÖFN, xlsx, tick columns, Antal row, nämnd only in sheet name + print header
def f7():
    fn = "Uppföljning internkontroll helår 2025.xlsx"; N = "Överförmyndarnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "ÖFN 2025"
    ws.oddHeader.left.text = "Överförmyndarnämnden"; ws.oddHeader.right.text = "Internkontroll 2025"
    ws["A1"] = "Uppföljning internkontrollplan helår 2025"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Markera med X i rätt kolumn."
    ws.append(["Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"])
    for c in ws[3]: c.font = B
    ctrls = [
        ("Granskning av årsräkningar för ställföreträdare inom lagstadgad tid", "Statistik ur Wärna",
         "X", None, None, "Ja", "12 årsräkningar granskades först efter 30 juni.", "GENOMFORD", "ja"),
        ("Kontroll att arvoden till gode män beräknas enligt nämndens riktlinjer", "Stickprov 20 arvoden",
         "X", None, "X", None, "", "OKLAR", "nej"),
        ("Kontroll av att lämplighetsprövning av nya gode män dokumenteras", "Genomgång av akter",
         None, "X", None, "Nej", "8 av 14 akter granskade.", "DELVIS", "nej"),
        ("Kontroll att uttag från överförmyndarspärrade konton har samtycke", "Stickprov",
         None, None, "X", "Nej", "Prioriterades bort under hösten.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att registerutdrag ur belastningsregistret inhämtas vid förordnande", "Genomgång av akter",
         "X", None, None, "Nej", "", "GENOMFORD", "nej"),
    ]
    for c in ctrls:
        ws.append(list(c[:7])); EXP.append((fn, N, c[0], c[7], c[8]))
        for col in (3, 4, 5): ws.cell(ws.max_row, col).alignment = Alignment(horizontal="center")
    ws.append(["Antal", None, '=COUNTIF(C4:C8,"X")', '=COUNTIF(D4:D8,"X")', '=COUNTIF(E4:E8,"X")'])
    ws.cell(ws.max_row, 1).font = B
    for col, w in zip("ABCDEFG", [66, 24, 11, 9, 13, 11, 48]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn)); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------- F8 Excel owner lock file copied along -> reject
def f8():
    fn = "~$KS_internkontroll_helar_2025.xlsx"
    user = "Karin Ekholm"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + "".join(ch + "\x00" for ch in user).encode("latin-1").ljust(108, b"\x20\x00"[:1])
    with open(os.path.join(OUT, fn), "wb") as f: f.write(b[:165])
    FILES.append((fn, "AVVISAD", "", "", ""))

for fx in (f1, f2, f3, f4, f5, f6, f7, f8): fx()
shutil.rmtree(TMP, ignore_errors=True)

with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
    f.write("nämnd;alias\n")
    for n, a in [("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
                 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
                 ("Socialnämnden", "SN|Socialförvaltningen"),
                 ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
                 ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
                 ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
                 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
                 ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
                 ("Valnämnden", "VN"),
                 ("Krisledningsnämnden", "KLN")]:
        f.write(f"{n};{a}\n")
with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
    f.write("fil;utfall;nämnd;år;period\n")
    for r in FILES: f.write(";".join(r) + "\n")
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
    f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
    for r in EXP:
        assert ";" not in r[2] and "\n" not in r[2]
        f.write(";".join(r) + "\n")
print(len(FILES), "file rows,", len(EXP), "controls")
