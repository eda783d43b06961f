#!/usr/bin/python3
"""Round 282 - theme: actions beside controls. Kommun: Granhammars kommun. Year 2025."""
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round282"
expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

def exp(fil, n, k, s, a):
    expected.append((fil, n, k, s, a))

def convert(src, fmt, final_name):
    tmp = tempfile.mkdtemp(prefix="r282_")
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmp)
    os.remove(src)

thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True)

# ---------------------------------------------------------------- F1 KS xlsx helår, indented action rows
def f1():
    fil = "IK-uppföljning KS helår 2025.xlsx"; N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (januari–december) 2025"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Åtgärder som beslutats efter avvikelse redovisas på indragen rad under respektive kontrollmoment."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar/resultat", "Klart datum"]
    ws.append([]); ws.append(hdr)
    for c in ws[6]: c.font = bold; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = box
    rows = [
        ("C", 1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
         "Redovisningschef", "Genomförd", "Inga avvikelser noterade i något av de tre stickproven.", None, "GENOMFORD", "nej"),
        ("C", 2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer",
         "Controller", "Genomförd med avvikelse", "4 av 20 verifikationer saknade deltagarlista.", None, "GENOMFORD", "ja"),
        ("A", None, None, "Åtgärd: Påminnelse om regler för representation skickas till samtliga chefer", None,
         "Controller", "Genomförd", "Utskick gjort 2025-10-02.", "2025-10-31"),
        ("C", 3, "Upphandling", "Följsamhet mot ramavtal vid inköp av kontorsmaterial", "Analys av inköpsstatistik",
         "Upphandlingschef", "Delvis genomförd", "Analys för jan–sep klar, oktober–december återstår.", None, "DELVIS", ""),
        ("A", None, None, "Åtgärd: Utbildning i e-handelssystemet för beställare", None,
         "Upphandlingschef", "Pågår", "Två av fyra utbildningstillfällen hållna.", "2026-03-31"),
        ("C", 4, "IT", "Behörighetsgenomgång i ekonomisystemet", "Jämförelse behörighetslista mot personalregister",
         "IT-säkerhetssamordnare", "Ej genomförd", "Skjuts till 2026 på grund av byte av ekonomisystem.", None, "EJ_GENOMFORD", ""),
        ("A", None, None, "Åtgärd (från 2024): Rutin för borttag av behörigheter vid avslutad anställning", None,
         "IT-chef", "Genomförd", "Rutinen fastställd 2025-02-11.", "2025-03-31"),
        ("C", 5, "HR", "Kontroll av att löneutbetalningar stoppas i tid vid anställningens upphörande", "Uttag ur lönesystemet",
         "Lönechef", "Genomförd", "Inga felaktiga utbetalningar efter avslut.", None, "GENOMFORD", "nej"),
        ("C", 6, "Dokumenthantering", "Diarieföring av inkomna handlingar inom tre arbetsdagar", "Stickprov 50 handlingar",
         "Registrator", "Genomförd med anmärkning", "6 av 50 (12 %) registrerades senare än tre dagar.", None, "GENOMFORD", "ja"),
        ("A", None, None, "Åtgärd: Översyn av posthantering vid registrators frånvaro", None,
         "Kanslichef", "Ej påbörjad", "", "2026-02-28"),
        ("C", 7, "Säkerhet", "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet", "Granskning av planer",
         "Säkerhetschef", "Utgår", "Utgår enligt KS beslut 2025-05-14 § 88, ingår i ny krisberedskapsplan.", None, "UTGAR", ""),
        ("C", 8, "Ekonomi", "Uppföljning av hyresavtal för inhyrda lokaler", "Avstämning avtal mot fakturor",
         "Fastighetsstrateg", None, None, None, "SAKNAS", ""),
        ("A", None, None, "Åtgärd: Register över samtliga hyresavtal upprättas", None,
         "Fastighetsstrateg", "Genomförd", "Registret finns i avtalsdatabasen.", "2025-06-30"),
    ]
    for r in rows:
        if r[0] == "C":
            _, nr, proc, km, met, ans, st, kom, dat, es, ea = r
            ws.append([nr, proc, km, met, ans, st, kom, dat]); exp(fil, N, km, es, ea)
        else:
            _, nr, proc, km, met, ans, st, kom, dat = r
            ws.append([nr, proc, km, met, ans, st, kom, dat])
            cur = ws.max_row
            ws.cell(cur, 3).alignment = Alignment(indent=2, wrap_text=True)
            for c in ws[cur]: c.font = Font(italic=True, color="555555")
        for c in ws[ws.max_row]: c.border = box
    ws.append([])
    ws.append([None, "Sammanfattning: 4 av 8 kontrollmoment genomförda, 1 delvis, 1 ej genomförd, 1 utgår."])
    ws.append([None, "Upprättad av: Karin Holmqvist, controller, 2026-01-20"])
    for col, w in zip("ABCDEFGH", [5, 16, 55, 30, 22, 24, 50, 12]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F2 BUN docx delår, second table for last year's actions
def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs: r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v or ""
    return t

def f2():
    fil = "BUN delårsuppföljning IK 2025.docx"; N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Barn- och utbildningsnämnden", 1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport januari–augusti 2025")
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 141). Nedan redovisas "
                    "status per 31 augusti för planens kontrollmoment samt uppföljning av de åtgärder som beslutades "
                    "i helårsuppföljningen 2024.")
    d.add_heading("1. Kontrollmoment 2025", 2)
    rows = [
        ("Ekonomi", "Kontroll av att avgifter i fritidshem debiteras enligt taxa", "Två gånger per år", "Genomförd",
         "Stickprov 25 hushåll, inga felaktigheter.", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor för skolskjuts", "Tertialvis", "Pågående",
         "Tertial 1 kontrollerad, tertial 2 kontrolleras i september.", "DELVIS", ""),
        ("Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen", "Årligen", "Ej påbörjad",
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Systematiskt kvalitetsarbete", "Anmälan av kränkande behandling till huvudman inom fem dagar", "Tertialvis",
         "Genomförd med avvikelse", "9 av 41 anmälningar kom in senare än fem dagar. Se åtgärd i avsnitt 2.",
         "GENOMFORD", "ja"),
        ("Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "Löpande", "Genomförd",
         "Samtliga 38 nyanställda kontrollerade.", "GENOMFORD", "nej"),
        ("Lokaler", "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga förskolor", "Årligen", "Ej aktuell",
         "Ansvaret övergick till Tekniska förvaltningen 2025-01-01.", "UTGAR", ""),
        ("IT", "Hantering av elevers personuppgifter i lärplattformen", "Årligen", "",
         "Se bilaga 2.", "OKLAR", ""),
    ]
    table(d, ["Kontrollområde", "Kontrollmoment", "Frekvens", "Status 31/8", "Kommentar"], [r[:5] for r in rows])
    for r in rows: exp(fil, N, r[1], r[5], r[6])
    d.add_paragraph("")
    d.add_heading("2. Uppföljning av förra årets åtgärder (internkontroll 2024)", 2)
    table(d, ["Åtgärd", "Ursprungligt kontrollmoment", "Ansvarig", "Klart senast", "Status"], [
        ("Ny rutin för närvarorapportering i fritidshem", "Debitering av fritidshemsavgifter", "Rektorer", "2025-03-31", "Genomförd"),
        ("Utbildning för rektorer i attestreglementet", "Attest av fakturor", "Ekonomichef", "2025-06-30", "Genomförd"),
        ("Checklista för anmälan av kränkande behandling", "Anmälan av kränkande behandling till huvudman inom fem dagar",
         "Kvalitetsstrateg", "2025-12-31", "Pågående"),
        ("Gallring av elevakter i gamla lärplattformen", "Hantering av elevers personuppgifter", "Arkivarie", "2025-06-30", "Ej påbörjad"),
    ])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Rapport från dataskyddsombudet (skickas separat).")
    d.add_paragraph("Lena Sjöberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- F3 Stratsys csv T2, two nämnder, Åtgärd + Status åtgärd columns
def f3():
    fil = "Stratsys_export_internkontroll_T2_2025.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status T2",
           "Kommentar kontroll", "Åtgärd", "Status åtgärd", "Åtgärd klar senast"]
    SN, VON = "Socialnämnden", "Vård- och omsorgsnämnden"
    k1 = "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen"
    rows = [
        (SN, "Myndighetsutövning", k1, "Enhetschef försörjningsstöd", "Genomförd", "Genomförd med avvikelse",
         "2 av 25 beslut fattade av fel delegat.", "Genomgång av delegationsordningen på APT", "Påbörjad", "2025-11-30"),
        (SN, "Myndighetsutövning", k1, "Enhetschef försörjningsstöd", "Genomförd", "Genomförd med avvikelse",
         "2 av 25 beslut fattade av fel delegat.", "Behörighetsstyrning i verksamhetssystemet", "Ej påbörjad", "2026-01-31"),
        (SN, "Myndighetsutövning", "Utredningstid inom barn- och ungdomsvården (högst fyra månader)", "Enhetschef BoU",
         "Påbörjad", "Ej genomförd", "Kontrollen har inte utförts under T2 på grund av vakanser.", "", "", ""),
        (SN, "Ekonomi", "Utbetalning av försörjningsstöd kontrolleras mot underlag", "Controller", "Genomförd",
         "Genomförd", "Inga avvikelser.", "Dubbelattest av utbetalningar över 20 000 kr (från 2024)", "Genomförd", "2025-03-31"),
        (SN, "Placeringar", "Avtalstrohet vid köp av HVB-placeringar", "Placeringssamordnare", "Ej påbörjad", "",
         "", "Ny upphandling av HVB-platser", "Genomförd", "2025-06-30"),
        (SN, "Personal", "Kontroll av registerutdrag vid anställning inom LSS och barn- och ungdomsvård", "HR-specialist",
         "", "", "", "", "", ""),
        (VON, "Läkemedel", "Signeringslistor för läkemedelsdelegering följs upp månadsvis", "MAS", "Genomförd",
         "Påbörjad", "Två av fem enheter kontrollerade under T2.", "", "", ""),
        (VON, "Avgifter", "Beräkning av omsorgsavgift enligt maxtaxa", "Avgiftshandläggare", "Genomförd", "Genomförd",
         "Stickprov 30 beslut, en felaktig beräkning har rättats.", "", "", ""),
        (VON, "Informationssäkerhet", "Loggkontroll i journalsystemet", "Systemförvaltare", "Ej påbörjad", "Ej påbörjad",
         "Avvaktar nytt loggverktyg.", "Upphandla loggverktyg", "Påbörjad", "2025-12-31"),
        (VON, "Hemtjänst", "Planerad tid jämförs med utförd tid i hemtjänsten", "Enhetschef hemtjänst", "Stängd - utgår", "",
         "Utgår enligt VON beslut 2025-03-18 § 23.", "", "", ""),
        (VON, "Synpunkter", "Klagomål och synpunkter besvaras inom 14 dagar", "Kvalitetsutvecklare", "", "Genomförd",
         "Samtliga 17 synpunkter besvarade i tid.", "", "", ""),
    ]
    ex = {
        k1: ("GENOMFORD", "ja"),
        "Utredningstid inom barn- och ungdomsvården (högst fyra månader)": ("EJ_GENOMFORD", ""),
        "Utbetalning av försörjningsstöd kontrolleras mot underlag": ("GENOMFORD", "nej"),
        "Avtalstrohet vid köp av HVB-placeringar": ("EJ_GENOMFORD", ""),
        "Kontroll av registerutdrag vid anställning inom LSS och barn- och ungdomsvård": ("SAKNAS", ""),
        "Signeringslistor för läkemedelsdelegering följs upp månadsvis": ("DELVIS", ""),
        "Beräkning av omsorgsavgift enligt maxtaxa": ("GENOMFORD", "ja"),
        "Loggkontroll i journalsystemet": ("EJ_GENOMFORD", ""),
        "Planerad tid jämförs med utförd tid i hemtjänsten": ("UTGAR", ""),
        "Klagomål och synpunkter besvaras inom 14 dagar": ("GENOMFORD", "nej"),
    }
    seen = set()
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Rapport: Internkontroll 2025 - uppföljning tertial 2"])
        w.writerow(["Utskriven: 2025-09-16 08:42 av admin.stratsys"])
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
            if r[2] not in seen:
                seen.add(r[2]); exp(fil, r[0], r[2], *ex[r[2]])
    files.append((fil, "INLAST", SN, 2025, "T2"))
    files.append((fil, "INLAST", VON, 2025, "T2"))

# ---------------------------------------------------------------- F4 SBN xlsx helår, fill colours + separate Åtgärdsplan sheet
def f4():
    fil = "Samhällsbyggnadsnämnden IK helår 2025.xlsx"; N = "Samhällsbyggnadsnämnden"
    col = {"G": "92D050", "Y": "FFFF00", "O": "FFC000", "R": "FF0000", "GR": "BFBFBF"}
    wb = Workbook(); ws = wb.active; ws.title = "Kontroller"
    ws["A1"] = "Internkontroll 2025 – Samhällsbyggnadsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Uppföljning helår (rapporteras till nämnden 2026-02-10)"
    ws["H1"] = "Teckenförklaring status"; ws["H1"].font = bold
    for i, (k, t) in enumerate([("G", "Genomförd, inga avvikelser"), ("Y", "Genomförd med avvikelser"),
                                ("O", "Delvis genomförd"), ("R", "Ej genomförd"), ("GR", "Utgår")]):
        ws.cell(2 + i, 8).fill = PatternFill("solid", fgColor=col[k]); ws.cell(2 + i, 9, t)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat/kommentar"]
    hr = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h); c.font = bold; c.border = box; c.fill = PatternFill("solid", fgColor="DDEBF7")
    data = [
        ("P", "Process: Bygglov"),
        ("", "Långa handläggningstider leder till vite", 9, "Handläggningstid för bygglov inom tio veckor",
         "Bygglovschef", "G", "Samtliga 212 ärenden avgjorda inom tidsfristen.", "GENOMFORD", "nej"),
        ("", "Felaktig debitering", 6, "Debitering av bygglovsavgifter enligt taxa", "Bygglovschef", "Y",
         "3 av 40 ärenden felaktigt debiterade. Åtgärd, se flik Åtgärdsplan.", "GENOMFORD", "ja"),
        ("P", "Process: Plan och exploatering"),
        ("", "Åtaganden i avtal fullföljs inte", 8, "Exploateringsavtal följs upp mot avtalade åtaganden",
         "Exploateringschef", "O", "Två av fyra avtal granskade.", "DELVIS", ""),
        ("", "Intäktsbortfall", 6, "Fakturering av gatukostnadsersättning", "Exploateringsingenjör", "R",
         "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("P", "Process: Lantmäteri"),
        ("", "Fel i fastighetsregistret", 4, "Kontroll av att förrättningar registreras korrekt i fastighetsregistret",
         "Lantmäterichef", "G", "", "GENOMFORD", "nej"),
        ("", "Handlingar förkommer", 3, "Arkivering av förrättningsakter", "Lantmäterichef", "GR",
         "Flyttad till Kommunstyrelsens plan.", "UTGAR", ""),
        ("P", "Process: Ekonomi"),
        ("", "Oegentligheter", 8, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiassistent", None,
         "Se bilaga", "OKLAR", ""),
        ("", "Osäkra fordringar", 4, "Avskrivning av kundfordringar sker enligt beslut", "Controller", None,
         "", "SAKNAS", ""),
    ]
    r = hr + 1
    for d in data:
        if d[0] == "P":
            ws.cell(r, 1, d[1]).font = bold; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, risk, rv, km, ans, st, kom, es, ea = d
            for i, v in enumerate(["", risk, rv, km, ans, None, kom], 1):
                c = ws.cell(r, i, v if v != "" else None); c.border = box; c.alignment = Alignment(wrap_text=True, vertical="top")
            if st: ws.cell(r, 6).fill = PatternFill("solid", fgColor=col[st])
            exp(fil, N, km, es, ea)
        r += 1
    for c, w in zip("ABCDEFGHI", [12, 32, 10, 50, 20, 9, 45, 4, 28]): ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Åtgärdsplan")
    ws2["A1"] = "Åtgärdsplan – Samhällsbyggnadsnämnden 2025"; ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Nr", "Åtgärd", "Kopplad till kontrollmoment", "Ansvarig", "Klart senast", "Status"])
    for c in ws2[3]: c.font = bold
    ws2.append([1, "Rättelse av felaktiga debiteringar och kreditering av berörda sökande",
                "Debitering av bygglovsavgifter enligt taxa", "Bygglovschef", "2026-02-28", "Pågår"])
    ws2.append([2, "Rutin för fakturering av gatukostnadsersättning tas fram",
                "Fakturering av gatukostnadsersättning", "Exploateringsingenjör", "2026-06-30", "Ej påbörjad"])
    ws2.append([3, "Ny mall för exploateringsavtal (åtgärd från 2024)",
                "Exploateringsavtal följs upp mot avtalade åtaganden", "Exploateringschef", "2025-05-31", "Genomförd"])
    for c, w in zip("ABCDEF", [5, 60, 50, 22, 12, 14]): ws2.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F5 KFN odt T1, symbols for control and action
def f5():
    fil = "KFN uppföljning internkontroll tertial 1 2025.odt"; N = "Kultur- och fritidsnämnden"
    d = Document()
    d.add_heading("Kultur- och fritidsnämnden", 1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)")
    rows = [
        ("1", "Dagskassor i simhallen stäms av mot kassasystemet", "●", "Inga differenser.", "", "", "",
         "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag betalas ut enligt riktlinjer och med korrekt underlag", "●",
         "Två föreningar saknade verksamhetsberättelse; utbetalningen stoppades.",
         "Komplettering begärs från föreningarna", "◐", "Föreningskonsulent", "GENOMFORD", "ja"),
        ("3", "Uthyrning av lokaler faktureras enligt taxa", "◐", "Januari–februari kontrollerat, mars återstår.",
         "", "", "", "DELVIS", ""),
        ("4", "Inventering av kommunens konstsamling", "○", "Planeras till hösten.",
         "Ny inventarieförteckning upprättas (åtgärd från 2024)", "●", "Kultursekreterare", "EJ_GENOMFORD", ""),
        ("5", "Registrering och redovisning av lotteritillstånd", "–", "Ej aktuell 2025, inga ansökningar har kommit in.",
         "", "", "", "UTGAR", ""),
        ("6", "Bidrag till studieförbund följs upp mot rapporterad verksamhet", "",
         "Ej påbörjad – görs i samband med delårsbokslutet.", "Nya rapporteringsmallar till studieförbunden", "●",
         "Fritidschef", "EJ_GENOMFORD", ""),
        ("7", "Utdrag ur belastningsregistret för ledare i fritidsgårdsverksamheten", "●",
         "Samtliga 14 ledare kontrollerade.", "", "", "", "GENOMFORD", "nej"),
    ]
    table(d, ["Nr", "Kontrollmoment", "Utfall T1", "Kommentar", "Åtgärd", "Status åtgärd", "Ansvarig åtgärd"],
          [r[:7] for r in rows])
    for r in rows: exp(fil, N, r[1], r[7], r[8])
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = delvis genomförd   ○ = ej genomförd   – = utgår/ej aktuell")
    d.add_paragraph("Beslutad av Kultur- och fritidsnämnden 2025-05-21 § 47.")
    src = os.path.join(OUT, "_f5.docx"); d.save(src)
    convert(src, "odt", fil)
    files.append((fil, "INLAST", N, 2025, "T1"))

# ---------------------------------------------------------------- F6 MHN ods delår, T1/delår/helår columns, action block below
def f6():
    fil = "Miljö IKP 2025 delår.ods"; N = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.append(["Internkontrollplan 2025 med uppföljning"]); ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Nämnd: Miljö- och hälsoskyddsnämnden"])
    ws.append(["Uppföljningstillfälle: Delår (per 31 augusti 2025)"])
    ws.append([])
    hdr = ["Nr", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T1", "Status delår", "Status helår", "Kommentar"]
    ws.append(hdr)
    for c in ws[5]: c.font = bold; c.border = box
    rows = [
        (1, "Tillsynsavgifter debiteras enligt taxa och beslut", "Stickprov 20 ärenden", "Tertial", "Miljöchef",
         "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Handläggning av klagomål påbörjas inom två veckor", "Uttag ur ärendesystemet", "Tertial", "Enhetschef miljö",
         "D", "G", "", "Delår: 3 av 52 ärenden påbörjades för sent.", "GENOMFORD", "ja"),
        (3, "Livsmedelskontroller genomförs enligt kontrollplanen", "Avstämning mot plan", "Delår och helår",
         "Livsmedelsinspektör", "", "D", "", "58 % av planerade kontroller utförda per 31/8.", "DELVIS", ""),
        (4, "Jäv och bisysslor hos inspektörer redovisas årligen", "Genomgång av bisyssleregistret", "Årligen",
         "Miljöchef", "", "EG", "", "Genomförs i november.", "EJ_GENOMFORD", ""),
        (5, "Beslut om dispens från sotning följs upp", "Stickprov", "Årligen", "Miljöinspektör",
         "U", "", "", "Utgår – ansvaret flyttat till räddningstjänstförbundet.", "UTGAR", ""),
        (6, "Registrering av inkomna ärenden i Ecos inom två dagar", "Stickprov 30 handlingar", "Tertial",
         "Administratör", "G", "", "", "", "GENOMFORD", "nej"),
        (7, "Förelägganden följs upp inom angiven tid", "Stickprov 10 förelägganden", "Tertial", "Miljöinspektör",
         "EG", "D", "", "Uppföljning gjord av 4 av 10 förelägganden.", "DELVIS", ""),
    ]
    for r in rows:
        ws.append(list(r[:9])); exp(fil, N, r[1], r[9], r[10])
        for c in ws[ws.max_row]: c.border = box
    ws.append([])
    ws.append(["Åtgärder beslutade efter avvikelser samt kvarstående åtgärder från 2024"]); ws.cell(ws.max_row, 1).font = bold
    ws.append(["Nr", "Åtgärd", "Avser kontroll nr", "", "Ansvarig", "Status T1", "Status delår", "Status helår", "Kommentar"])
    for c in ws[ws.max_row]: c.font = bold; c.border = box
    for a in [("Å1", "Ny rutin för fördelning av klagomålsärenden", "2", "", "Enhetschef miljö", "", "G", "", "Rutin införd juni."),
              ("Å2", "Rekrytering av ytterligare livsmedelsinspektör", "3", "", "Miljöchef", "D", "D", "", "Tillträder 1 oktober."),
              ("Å3", "Digital bisyssleanmälan (från 2024)", "4", "", "HR-partner", "G", "G", "", "")]:
        ws.append(list(a))
        for c in ws[ws.max_row]: c.border = box
    ws.append([])
    ws.append(["Förklaring: G = genomförd, D = delvis genomförd, EG = ej genomförd, U = utgår"])
    for c, w in zip("ABCDEFGHI", [5, 52, 28, 14, 20, 10, 12, 12, 48]): ws.column_dimensions[c].width = w
    src = os.path.join(OUT, "_f6.xlsx"); wb.save(src)
    convert(src, "ods", fil)
    files.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- F7 ÖFN doc helår, prose only
def f7():
    fil = "Uppföljning intern kontroll 2025 ÖFN.doc"; N = "Överförmyndarnämnden"
    d = Document()
    d.add_heading("Överförmyndarnämnden", 1)
    d.add_paragraph("Uppföljning av intern kontroll 2025 – helår")
    d.add_paragraph("Överförmyndarenheten har följt upp nämndens internkontrollplan för 2025. Under varje "
                    "kontrollmoment redovisas resultat, bedömning och i förekommande fall beslutad åtgärd.")
    items = [
        ("Arvode till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Stickprov på 15 arvodesbeslut. Samtliga beslut följde riktlinjerna.", "Genomförd", None, "GENOMFORD", "nej"),
        ("Årsräkningar granskas senast 30 juni",
         "13 % av årsräkningarna granskades efter 30 juni på grund av sjukfrånvaro.", "Genomförd med avvikelse",
         ("Extra granskare tillsätts under granskningsperioden 2026.", "Beslutad, ej påbörjad"), "GENOMFORD", "ja"),
        ("Kontroll av att förvaltarkonton har överförmyndarspärr",
         "Kontrollen har inte hunnits med under året.", "Ej genomförd",
         ("Kontrollmomentet flyttas till internkontrollplan 2026.", "Genomförd"), "EJ_GENOMFORD", ""),
        ("Registerutdrag inhämtas innan ny god man förordnas",
         "Samtliga 22 nya gode män hade registerutdrag.", "Genomförd", None, "GENOMFORD", "nej"),
        ("Akter gallras enligt dokumenthanteringsplanen",
         "Kontrollen utfördes i december; gallring av 2019 års akter är gjord utan anmärkning.", None, None,
         "GENOMFORD", "nej"),
        ("Personuppgifter i e-post rensas enligt riktlinje",
         "", "Utgår (ersatt av kommungemensam kontroll i Kommunstyrelsens plan)", None, "UTGAR", ""),
    ]
    for i, (km, res, bed, atg, es, ea) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run(f"Kontrollmoment {i}: {km}"); r.bold = True
        if res: d.add_paragraph(f"Resultat: {res}")
        if bed: d.add_paragraph(f"Bedömning: {bed}")
        if atg: d.add_paragraph(f"Åtgärd: {atg[0]} Status åtgärd: {atg[1]}.")
        exp(fil, N, km, es, ea)
    d.add_heading("Uppföljning av åtgärder från 2024", 2)
    d.add_paragraph("Åtgärd: Ny checklista för granskning av förteckningar – Status: Genomförd (införd mars 2025).")
    d.add_paragraph("Åtgärd: Utbildning för nya ställföreträdare två gånger per år – Status: Pågår.")
    d.add_paragraph("Anna Berglund, enhetschef Överförmyndarenheten, 2026-01-28")
    src = os.path.join(OUT, "_f7.docx"); d.save(src)
    convert(src, "doc", fil)
    files.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- R covering letter (reject)
def rej():
    fil = "Följebrev återrapportering åtgärder Tekniska nämnden 2025.docx"
    d = Document()
    d.add_paragraph("Granhammars kommun\nTekniska förvaltningen\n2026-01-30")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Återrapportering av åtgärder – intern kontroll 2025", 2)
    d.add_paragraph("Härmed översänds Tekniska nämndens återrapportering av de åtgärder som beslutades efter "
                    "helårsuppföljningen 2024. Själva uppföljningen av internkontrollplanen 2025 behandlas av nämnden "
                    "den 18 februari och skickas därefter.")
    d.add_paragraph("Av de fem åtgärderna är tre genomförda och två pågår. Åtgärden rörande kontroll av "
                    "leverantörsfakturor för entreprenader har försenats och beräknas vara klar under våren 2026.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nPer Lindgren\nekonomichef, Tekniska förvaltningen")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "AVVISAD", "", "", ""))

def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljöförvaltningen|Miljö"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Granhammars Energi AB", "GEAB|Energibolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg: f.write(f"{n};{a}\n")

def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, rej): fn()
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in files: f.write(";".join(str(x) for x in r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in expected: f.write(";".join(r) + "\n")
    print(len(files), "file rows,", len(expected), "controls")

if __name__ == "__main__":
    main()
