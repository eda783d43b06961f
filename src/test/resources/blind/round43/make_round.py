#!/usr/bin/python3
# Blind round 43 - Sandsviks kommun (Halland), delårsuppföljning internkontroll per 31 augusti 2025.
import os, shutil, subprocess, csv, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Sandsviks kommun"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXP.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    prof = "file:///tmp/lo-round43"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="D9D9D9")

# ---------------------------------------------------------------- 1 KS (xlsx)
def ks():
    fil = "KS_uppfoljning_IK_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = KOMMUN + " – Uppföljning av internkontrollplan 2025"; ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Uppföljningstillfälle:"; ws["B3"] = "Delår, per 31 augusti 2025"
    # two header rows, merged period headings
    ws["A5"] = "Nr"; ws["B5"] = "Process"; ws["C5"] = "Kontrollmoment"
    ws["D5"] = "Delår 2025"; ws.merge_cells("D5:E5")
    ws["F5"] = "Helår 2025"; ws.merge_cells("F5:G5")
    ws["H5"] = "Avvikelse"
    for c, v in zip("DEFGH", ["Status", "Kommentar", "Status", "Kommentar", "(Ja/Nej)"]):
        ws[c + "6"] = v
    for r in (5, 6):
        for c in "ABCDEFGH":
            ws[f"{c}{r}"].font = BOLD; ws[f"{c}{r}"].fill = GREY
    rows = [
        ("G", "Ekonomi"),
        ("C", 1, "Attest", "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Genomförd", "Stickprov 40 fakturor. 2 fakturor saknade beslutsattest.", "Ja", "GENOMFORD", "ja"),
        ("C", 2, "Representation", "Kontroll av att representation och förtroendekänsliga poster följer riktlinjen",
         "Pågår", "Stickprov jan–jun klart, jul–aug påbörjas i september.", "Nej", "DELVIS", "nej"),
        ("C", 3, "Inköp", "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial",
         "Ej påbörjad", "Genomförs under Q4.", "", "EJ_GENOMFORD", "nej"),
        ("G", "Personal"),
        ("C", 4, "Lön", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Genomförd", "Inga felaktiga utbetalningar hittades.", "Nej", "GENOMFORD", "nej"),
        ("C", 5, "Lön", "Kontroll av att övertid och jour registreras korrekt i lönesystemet",
         "Planerad", "Planerad till oktober.", "", "EJ_GENOMFORD", "nej"),
        ("C", 6, "Bisysslor", "Uppföljning av att bisysslor är anmälda och prövade för samtliga chefer",
         "", "Påbörjad, 14 av 31 chefer har lämnat uppgift hittills.", "", "DELVIS", "nej"),
        ("G", "IT och informationssäkerhet"),
        ("C", 7, "Behörigheter", "Behörigheter i ekonomisystemet gås igenom två gånger per år",
         "Genomförd", "Genomgång i maj. 6 behörigheter för avslutade anställda togs bort.", "Ja", "GENOMFORD", "ja"),
        ("C", 8, "Loggkontroll", "Loggkontroll av åtkomst till personakter i HR-systemet",
         "Utgår", "Utgår efter beslut KS 2025-04-02 § 58, ersätts av central loggning.", "", "UTGAR", "nej"),
        ("G", "Kansli"),
        ("C", 9, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen inom föreskriven tid",
         "Delvis", "Kontroll gjord för perioden januari–april.", "Nej", "DELVIS", "nej"),
        ("C", 10, "Diarium", "Diarieföring av inkommande handlingar sker inom två arbetsdagar",
         "Genomförd", "Kontrollen är inte gjord pga personalbrist i registraturen, görs i november.", "", "GENOMFORD", "nej"),
        ("C", 11, "Allmänna handlingar", "Allmänna handlingar lämnas ut utan onödigt dröjsmål",
         "Se kommentar", "", "", "OKLAR", "nej"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = BOLD; ws.merge_cells(f"A{r}:H{r}")
        else:
            _, nr, proc, km, st, kom, avv, est, eavv = row
            ws[f"A{r}"] = nr; ws[f"B{r}"] = proc; ws[f"C{r}"] = km
            ws[f"D{r}"] = st or None; ws[f"E{r}"] = kom or None; ws[f"H{r}"] = avv or None
            exp(fil, N, km, est, eavv)
        r += 1
    r += 1
    ws[f"A{r}"] = "Antal kontrollmoment"; ws[f"C{r}"] = 11; r += 1
    ws[f"A{r}"] = "Antal genomförda per delår"; ws[f"C{r}"] = 4; r += 2
    ws[f"A{r}"] = "Upprättad av: Controller, kommunledningskontoret, 2025-09-12"
    for c, w in zip("ABCDEFGH", [6, 18, 60, 14, 50, 12, 30, 10]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 2 BUN (docx, one form per control)
def bun():
    fil = "BUF delårsuppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Barn- och utbildningsförvaltningen", level=1)
    d.add_paragraph("Internkontroll 2025 – delårsuppföljning per 31 augusti 2025")
    d.add_paragraph("Instruktion: fyll i en blankett per kontrollmoment. Ange hur stor del av kontrollen som "
                    "är genomförd (procent eller antal av totalt). Bifoga eventuella underlag.")
    forms = [
        ("Kontroll av att placering i förskola sker enligt kötidsregler och förturer", "Förskoleplacering",
         "Stickprov 25 placeringar", "100 %", "Samtliga 25 stickprov var korrekta.", "Nej", "GENOMFORD", "nej"),
        ("Uppföljning av att beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjuts",
         "Granskning av beslut", "4 av 10 ärenden", "Resterande ärenden granskas i september.", "Nej", "DELVIS", "nej"),
        ("Kontroll av att anmälan om kränkande behandling rapporteras till huvudman samma dag", "Elevhälsa",
         "Jämförelse datum anmälan/händelse", "0 %", "Påbörjas i september efter skolstart.", "", "EJ_GENOMFORD", "nej"),
        ("Registerkontroll ur belastningsregistret görs vid nyanställning av personal", "Rekrytering",
         "Genomgång av alla nyanställningar jan–aug", "12 av 12",
         "I två fall gjordes registerkontrollen först efter anställningsstart.", "Ja", "GENOMFORD", "ja"),
        ("Elevers frånvaro följs upp och anmäls till rektor enligt rutin", "Närvaro",
         "Stickprov per skola", "60 %", "Kontroll gjord på 3 av 5 grundskolor.", "Nej", "DELVIS", "nej"),
        ("Kontroll av att statsbidrag för mindre barngrupper återrapporteras korrekt", "Statsbidrag",
         "Avstämning mot ansökan", "Se bilaga", "", "", "OKLAR", "nej"),
        ("Inventarieförteckning över elevdatorer och surfplattor stäms av mot leverans", "Inventarier",
         "Avstämning mot följesedlar", "", "", "", "SAKNAS", "nej"),
        ("Attest av fakturor för köp av skolplatser hos andra huvudmän", "Interkommunal ersättning",
         "Stickprov fakturor", "Ej aktuell 2025",
         "Kontrollen utgår, hanteras genom ny rutin i ekonomisystemet.", "–", "UTGAR", "nej"),
    ]
    for i, (km, proc, metod, gen, res, avv, est, eavv) in enumerate(forms, 1):
        d.add_paragraph(f"Blankett {i}").runs[0].bold = True
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Kontrollmoment", km), ("Process", proc), ("Metod", metod),
                         ("Frekvens", "Årligen"), ("Genomfört", gen), ("Resultat/iakttagelser", res),
                         ("Avvikelse (Ja/Nej)", avv), ("Ansvarig", "Verksamhetscontroller")]:
            c = t.add_row().cells; c[0].text = lab; c[1].text = val
        d.add_paragraph("")
        exp(fil, N, km, est, eavv)
    d.add_paragraph("Sandsvik 2025-09-10")
    d.add_paragraph("Förvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 3 SN (xlsx, tertial, codes + legend beside)
def sn():
    fil = "Socialnämnden IK-plan 2025 T2.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – uppföljning internkontrollplan 2025"; ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti 2025)"
    hdr = ["Kontrollområde", "Vad kontrolleras", "Ansvarig", "T1", "T2", "T3", "Kommentar T2", "Avvikelse J/N"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h); c.font = BOLD; c.fill = GREY
    ws["J4"] = "Förklaring"; ws["J4"].font = BOLD
    for i, t in enumerate(["G = Genomförd", "P = Pågår / delvis genomförd", "E = Ej påbörjad", "U = Utgår ur planen"]):
        ws.cell(row=5 + i, column=10, value=t)
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet",
         "Enhetschef EB", "G", "G", "Stickprov 30 ärenden, inga fel.", "N", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att barnavårdsutredningar avslutas inom fyra månader",
         "Enhetschef BoU", "P", "P", "22 % av utredningarna överskred lagstadgad tid. Påminnelserutin införd.",
         "J", "DELVIS", "ja"),
        ("Barn och unga", "Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef mottagning", "E", "G", "Samtliga förhandsbedömningar inom tid.", "N", "GENOMFORD", "nej"),
        ("Placeringar", "Kontroll av att placeringar på HVB följer upphandlade ramavtal",
         "Placeringssamordnare", "E", "E", "Genomförs under Q4.", "", "EJ_GENOMFORD", "nej"),
        ("Funktionsstöd", "Beslut om insatser enligt LSS verkställs inom tre månader",
         "Enhetschef LSS", "P", "U", "Utgår – flyttad till VON:s plan efter omorganisationen 1 maj.", "",
         "UTGAR", "nej"),
        ("Informationssäkerhet", "Behörighetsuppföljning i verksamhetssystemet för individ- och familjeomsorgen",
         "Systemförvaltare", "", "", "", "", "SAKNAS", "nej"),
        ("Avgifter", "Kontroll av att egenavgifter för familjerådgivning debiteras",
         "Administratör", "", "P", "2 av 4 enheter kontrollerade.", "N", "DELVIS", "nej"),
    ]
    r = 5
    for area, km, ans, t1, t2, kom, avv, est, eavv in rows:
        for col, v in enumerate([area, km, ans, t1, t2, None, kom, avv], 1):
            ws.cell(row=r, column=col, value=(v or None))
        exp(fil, N, km, est, eavv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporterad till socialnämnden 2025-09-24")
    for c, w in zip("ABCDEFGHIJ", [20, 62, 20, 5, 5, 5, 55, 12, 3, 30]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 4 VON (ods via soffice; legend sentence; 2-row text)
def von(tmp):
    base = "VON internkontroll delår 2025"
    N = "Vård- och omsorgsnämnden"
    fil = base + ".ods"
    wb = Workbook(); ws = wb.active; ws.title = "Delår"
    ws["A1"] = "Vård- och omsorgsförvaltningen"; ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av intern kontroll, delår per 2025-08-31"
    ws["A3"] = "Kolumnen Utfört fylls i med J = genomförd, D = delvis genomförd, N = ej genomförd."
    hdr = ["Risk", "Kontrollmoment", "Metod", "Utfört", "Iakttagelser", "Åtgärd/planering"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=i + 1, value=h); c.font = BOLD; c.fill = GREY
    rows = [
        ("Brister i dokumentation", ["Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut"],
         "Stickprov 20 ärenden", "J", "Brister: 9 av 20 planer upprättades senare än 14 dagar.",
         "Påminnelse via verksamhetssystemet införs.", "GENOMFORD", "ja"),
        ("Felaktig läkemedelshantering", ["Läkemedelshantering: signeringslistor för delegerade",
                                          "insatser kontrolleras månadsvis på särskilda boenden"],
         "Granskning av signeringslistor", "D", "Kontroll gjord på 3 av 6 boenden.",
         "Resterande boenden påbörjas i september.", "DELVIS", "nej"),
        ("Felaktiga avgifter", ["Avgiftsbeslut för hemtjänst baseras på aktuell inkomstförfrågan"],
         "Stickprov 15 avgiftsbeslut", "N", "", "Genomförs under Q4.", "EJ_GENOMFORD", "nej"),
        ("Felaktig fakturering", ["Kontroll av att hemtjänsttimmar i tidsregistreringen stämmer mot beviljade beslut"],
         "Jämförelse utförd tid/beviljad tid", "J", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Bristande patientsäkerhet", ["Uppföljning av att rapporter enligt lex Sarah utreds och rapporteras"],
         "Genomgång av samtliga rapporter", "",
         "Kontrollen är genomförd. Två utredningar saknade beslut om anmälan till IVO.",
         "Rutin för beslut förtydligas.", "GENOMFORD", "ja"),
        ("Stöld/förlust av nycklar", ["Nyckelhantering i hemtjänsten: kvittens av nycklar och kodlås"],
         "Inventering per grupp", "?", "Osäkert om kontrollen gjorts i alla grupper.", "", "OKLAR", "nej"),
        ("Kostnadsökning", ["Kontroll av att bemanningsföretag anlitas enligt ramavtal"],
         "Genomgång av fakturor", "Utgår", "Utgår enligt beslut VON 2025-06-11 § 74.", "", "UTGAR", "nej"),
    ]
    r = 6
    for risk, kmrows, metod, utf, iakt, atg, est, eavv in rows:
        ws.cell(row=r, column=1, value=risk); ws.cell(row=r, column=2, value=kmrows[0])
        ws.cell(row=r, column=3, value=metod); ws.cell(row=r, column=4, value=utf or None)
        ws.cell(row=r, column=5, value=iakt or None); ws.cell(row=r, column=6, value=atg or None)
        for extra in kmrows[1:]:
            r += 1; ws.cell(row=r, column=2, value=extra)
        exp(fil, N, " ".join(kmrows), est, eavv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningsledningen 2025-09-08")
    for c, w in zip("ABCDEF", [28, 60, 30, 8, 55, 40]):
        ws.column_dimensions[c].width = w
    src = os.path.join(tmp, base + ".xlsx"); wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 5 CSV export, two förvaltningar
def csvexp():
    fil = "Stratsys_export_IK_SBF_TFF_20250915.csv"
    SBN, TN = "Samhällsbyggnadsnämnden", "Tekniska nämnden"
    SBF, TFF = "Samhällsbyggnadsförvaltningen", "Teknik- och fastighetsförvaltningen"
    lines = [["Rapport: Internkontroll – uppföljning", "", "", "", "", "", "", ""],
             ["Utskriven 2025-09-15 av ekonomienheten", "", "", "", "", "", "", ""],
             [],
             ["Förvaltning", "Process", "Kontrollmoment", "Period", "Status", "Andel klar (%)", "Kommentar", "Avvikelse"]]
    # (förv, nämnd, process, km, [(period, status, andel, kommentar, avv)], expected status, expected avv)
    data = [
        (SBF, SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid om tio veckor",
         [("Helår 2024", "Klar", "100", "Inga avvikelser", "Nej"),
          ("Delår 2025", "Klar", "100", "Stickprov 20 ärenden, 1 ärende överskred tiden", "Ja")], "GENOMFORD", "ja"),
        (SBF, SBN, "Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa",
         [("Delår 2025", "Pågående", "50", "Påbörjad, resterande ärenden kontrolleras i september", "Nej")],
         "DELVIS", "nej"),
        (SBF, SBN, "Tillsyn", "Tillsyn av ovårdade tomter dokumenteras i ärendesystemet",
         [("Helår 2024", "Klar", "100", "Dokumentation komplett", "Nej")], "SAKNAS", "nej"),
        (SBF, SBN, "Delegation", "Delegationsbeslut inom plan- och byggområdet anmäls till nämnden",
         [("Delår 2025", "Ej startad", "0", "Genomförs under Q4", "")], "EJ_GENOMFORD", "nej"),
        (SBF, SBN, "Fakturering", "Kontroll av att kartprodukter och nybyggnadskartor faktureras",
         [("Delår 2025", "Ej aktuell", "", "Tjänsten flyttad till Lantmäteriet 2025", "")], "UTGAR", "nej"),
        (TFF, TN, "Avtal", "Avtalsuppföljning av entreprenad för vinterväghållning",
         [("Helår 2024", "Pågående", "60", "", "Nej"),
          ("Delår 2025", "Klar", "100", "Inga avvikelser", "Nej")], "GENOMFORD", "nej"),
        (TFF, TN, "Hamnar", "Kontroll av att hamnavgifter för fritidsbåtar i gästhamnarna debiteras",
         [("Delår 2025", "Pågående", "60", "3 av 5 hamnar klara, norra hamnen och Skällvik påbörjas i september", "Nej")],
         "DELVIS", "nej"),
        (TFF, TN, "Badplatser", "Egenkontroll av badvattenprovtagning vid kommunala badplatser",
         [("Helår 2024", "Klar", "100", "", "Nej"),
          ("Delår 2025", "Klar", "100", "Två prover över gränsvärdet vid Strandbaden, avrådan skyltad", "Ja")],
         "GENOMFORD", "ja"),
        (TFF, TN, "Fordon", "Inventering av fordonsparkens körjournaler och drivmedelskort",
         [("Delår 2025", "", "", "Ej påbörjad, planeras till november", "")], "EJ_GENOMFORD", "nej"),
        (TFF, TN, "Investeringar", "Kontroll av att ÄTA-arbeten i byggprojekt godkänns före utförande",
         [("Delår 2025", "Klar", "100", "Se bilaga", "")], "GENOMFORD", "nej"),
    ]
    for forv, n, proc, km, periods, est, eavv in data:
        for per, st, andel, kom, avv in periods:
            lines.append([forv, proc, km, per, st, andel, kom, avv])
        exp(fil, n, km, est, eavv)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))


# ---------------------------------------------------------------- 6 KFN (docx, tables per process, nämnd in header)
def kfn():
    fil = "IK uppföljning delår 2025 kultur.docx"
    N = "Kultur- och fritidsnämnden"
    d = Document()
    hp = d.sections[0].header.paragraphs[0]; hp.text = "Kultur- och fritidsnämnden – " + KOMMUN
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Delårsuppföljning per 31 augusti 2025. Flera kontroller är planerade till hösten och "
                    "redovisas fullt ut i helårsuppföljningen.")
    procs = [
        ("Föreningsbidrag", [
            ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Stickprov 15 föreningar", "Genomförd",
             "En förening fick dubbelt lokalbidrag, återkrav har skickats.", "GENOMFORD", "ja"),
            ("Kontroll av att föreningar som får bidrag har lämnat in verksamhetsberättelse", "Avstämning register",
             "Genomförs under Q4", "", "EJ_GENOMFORD", "nej")]),
        ("Bibliotek och kulturhus", [
            ("Kassarutiner i kulturhusets reception: dagskassor stäms av mot kassasystemet", "Månadsvis avstämning",
             "Delvis genomförd", "Januari–maj klart, juni–augusti återstår.", "DELVIS", "nej"),
            ("Uthyrning av lokaler i kulturhuset debiteras enligt taxa", "Stickprov 10 bokningar", "",
             "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej")]),
        ("Fritidsanläggningar och bad", [
            ("Badvaktsschemat vid havsbadet följs under sommarsäsongen", "Genomgång av scheman",
             "Avbruten genom beslut", "KFN 2025-03-20 § 22 – badbevakningen upphandlas externt.", "UTGAR", "nej"),
            ("Kontroll av att bokningar i idrottshallar faktureras till rätt föreningstaxa", "Stickprov",
             "Påbörjas i september", "", "EJ_GENOMFORD", "nej"),
            ("Säkerhetsbesiktning av lekplatser och utegym dokumenteras", "Genomgång av protokoll",
             "Avbruten", "Avbröts i maj på grund av vakant tjänst.", "EJ_GENOMFORD", "nej"),
            ("Utdrag ur belastningsregistret kontrolleras för ledare i sommarlovsaktiviteter", "Genomgång",
             "Osäkert", "", "OKLAR", "nej")]),
    ]
    for proc, ctrls in procs:
        d.add_heading("Process: " + proc, level=2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Hur", "Status delår", "Kommentar"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for km, hur, st, kom, est, eavv in ctrls:
            c = t.add_row().cells; c[0].text = km; c[1].text = hur; c[2].text = st; c[3].text = kom
            exp(fil, N, km, est, eavv)
        d.add_paragraph("")
    d.add_paragraph("Sammanfattning: av 8 kontrollmoment är 2 genomförda, 1 delvis genomfört och resten "
                    "planeras till hösten eller har avbrutits.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 7 MHN (xls via soffice; tick columns; empty Helår sheet)
def mhn(tmp):
    base = "MHN_internkontroll_2025"
    fil = base + ".xls"
    N = "Miljö- och hälsoskyddsnämnden"
    ctrls = [
        ("Tillsynsavgifter för livsmedelskontroll faktureras enligt taxa", "Stickprov 20 fakturor",
         "X", "", "", "", "N", "GENOMFORD", "nej"),
        ("Kontroll av att tillsynsplanen för miljöfarlig verksamhet följs", "Uttag ur ärendesystemet",
         "", "X", "", "45 av 110 planerade besök utförda.", "N", "DELVIS", "nej"),
        ("Handläggningstid för ansökan om enskilt avlopp understiger åtta veckor", "Stickprov",
         "", "", "X", "Påbörjas i september.", "", "EJ_GENOMFORD", "nej"),
        ("Beslut om sanktionsavgifter fattas enligt delegationsordningen", "Genomgång av samtliga beslut",
         "X", "", "", "Ett beslut var fattat av fel delegat.", "J", "GENOMFORD", "ja"),
        ("Jäv och bisysslor hos inspektörer dokumenteras årligen", "Enkät till medarbetare",
         "X", "", "X", "", "", "OKLAR", "nej"),
        ("Uppföljning av klagomålsärenden om buller från hamnverksamheten", "Genomgång av klagomål",
         "", "", "", "", "", "SAKNAS", "nej"),
        ("Registrering av strandskyddsdispenser i ärendesystemet", "Avstämning",
         "", "", "", "Ej aktuell 2025, strandskyddet hanteras av samhällsbyggnadsnämnden.", "", "UTGAR", "nej"),
    ]
    wb = Workbook()
    for sheet, title, filled in [("Delår 2025", "Internkontrollplan 2025 – delårsuppföljning per 2025-08-31", True),
                                 ("Helår 2025", "Internkontrollplan 2025 – helårsuppföljning", False)]:
        ws = wb.active if filled else wb.create_sheet()
        ws.title = sheet
        ws["A1"] = title; ws["A1"].font = TITLE
        ws["A2"] = "Markera med X i en av kolumnerna Genomförd, Delvis eller Ej genomförd."
        hdr = ["Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd", "Kommentar", "Avvikelse (J/N)"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=4, column=i + 1, value=h); c.font = BOLD; c.fill = GREY
        for j, (km, met, g, dv, e, kom, avv, est, eavv) in enumerate(ctrls):
            vals = [km, met, g, dv, e, kom, avv] if filled else [km, met]
            for i, v in enumerate(vals):
                ws.cell(row=5 + j, column=i + 1, value=(v or None))
            if filled:
                exp(fil, N, km, est, eavv)
        for c, w in zip("ABCDEFG", [62, 28, 11, 9, 13, 55, 14]):
            ws.column_dimensions[c].width = w
    src = os.path.join(tmp, base + ".xlsx"); wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 8 broken xlsx
def broken(tmp):
    fil = "Kopia av IK-uppföljning (2).xlsx"
    wb = Workbook(); ws = wb.active
    ws["A1"] = "Uppföljning internkontroll 2025"
    for i in range(2, 40):
        ws.cell(row=i, column=1, value=f"Kontrollmoment {i} som kontrolleras under året")
    src = os.path.join(tmp, "b.xlsx"); wb.save(src)
    data = open(src, "rb").read()
    open(os.path.join(OUT, fil), "wb").write(data[: len(data) // 3])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md":
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r43-")
    ks(); bun(); sn(); von(tmp); csvexp(); kfn(); mhn(tmp); broken(tmp)
    shutil.rmtree(tmp)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Tekniska nämnden", "TN|Teknik- och fastighetsförvaltningen|TFF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
            ("Valnämnden", "VN"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXP:
            f.write(";".join(row) + "\n")
    print(len(FILES), "file rows,", len(EXP), "controls")


if __name__ == "__main__":
    main()
