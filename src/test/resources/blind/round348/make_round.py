#!/usr/bin/python3
"""Blind round r348 - Kvarnby kommun, delår 2025 inbox. Deterministic."""
import csv, os, shutil, subprocess, glob
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)
LO = "-env:UserInstallation=file:///tmp/lo-round348"

def fixed_props(wb):
    import datetime
    d = datetime.datetime(2025, 9, 12, 10, 0, 0)
    wb.properties.created = d; wb.properties.modified = d
    wb.properties.creator = "Kvarnby kommun"

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS xlsx (neat)
def f1():
    fil = "KS_uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Kvarnby kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Delår (januari–augusti 2025)"
    ws["A4"] = "Uppdaterad 2025-09-12 av Lena Holm, nämndsekreterare"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status delår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = bold; c.border = box
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Två gånger/år", "Genomförd",
         "Stickprov på 25 fakturor i mars och juni. Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsekonom", "Tertialvis",
         "Genomförd med avvikelse", "3 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer i juni.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingschef", "Årligen", "Pågår",
         "Analys av inköpsdata januari–juni pågår, beräknas klar i oktober.", "DELVIS", ""),
        (4, "IT och informationssäkerhet", "Översyn av behörigheter i ekonomisystemet vid personalförändringar", "IT-chef", "Tertialvis",
         "Ej påbörjad", "Flyttas till hösten på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        (5, "Personal", "Kontroll av att lönetillägg och engångsbelopp är beslutade enligt delegationsordningen", "HR-chef", "Månadsvis",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (6, "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Tertialvis", "Genomförd", None, "GENOMFORD", "nej"),
        (7, "Säkerhet", "Krisledningsplanen är uppdaterad och övad", "Säkerhetssamordnare", "Årligen", "Utgår",
         "Ersätts av kommunövergripande övning 2026, beslut KS 2025-04-08 § 61.", "UTGAR", ""),
        (8, "Ekonomi", "Kontroll av utbetalda föreningsbidrag mot beslut", "Ekonomichef", "Årligen", None, None, "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = box; c.alignment = wrap
        EXP.append((fil, N, row[2], row[7], row[8])); r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"', allow_blank=True)
    ws.add_data_validation(dv); dv.add(f"F7:F{r-1}")
    ws.cell(row=r + 1, column=1, value="Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår").font = Font(italic=True)
    # notes beside the table
    ws["I6"] = "Att notera:"; ws["I6"].font = bold
    ws["I7"] = "Kontroll 8 görs i samband med bokslutet."
    ws["I8"] = "Nytt ekonomisystem driftsätts 1 okt."
    ws["I9"] = "Redovisas för KS 2025-10-07."
    for col, w in zip("ABCDEFGHI", [5, 22, 55, 20, 14, 22, 55, 3, 38]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:6"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2 BUN docx (symbols, 2nd table)
def f2():
    fil = "BUN IK-uppföljning delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(2025, 9, 8); d.core_properties.modified = datetime.datetime(2025, 9, 8)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 2025").runs[0].bold = True
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 2024-12-11 (§ 118). "
                    "Nedan redovisas uppföljningen per den 31 augusti 2025. Kontrollerna har genomförts av "
                    "förvaltningens controller och berörda verksamhetschefer.")
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = delvis genomförd/pågår   ○ = ej genomförd   – = utgår")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Process", "Kontrollmoment", "Metod", "Status", "Resultat/kommentar"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    data = [
        ("Skolskjuts", [
            ("Kontroll att beslut om skolskjuts fattas enligt riktlinjerna", "Stickprov 15 beslut", "●",
             "15 beslut granskade, samtliga enligt riktlinjerna.", "GENOMFORD", "nej"),
            ("Fakturor från skolskjutsentreprenören stäms av mot körda turer", "Avstämning mot körlistor", "◐",
             "Avstämt januari–april. Maj och juni återstår.", "DELVIS", ""),
        ]),
        ("Elevhälsa", [
            ("Journalföring i elevhälsans medicinska insats sker enligt patientdatalagen", "Loggkontroll i journalsystemet", "●",
             "Loggkontroll genomförd i maj. Två obehöriga åtkomster upptäcktes och har rapporterats till verksamhetschef.", "GENOMFORD", "ja"),
            ("Anmälan om kränkande behandling hanteras inom fastställd tid", "Genomgång av samtliga anmälningar vt 2025", "○",
             "Ej genomförd under våren på grund av vakans som kuratorssamordnare. Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Interkommunal ersättning faktureras för samtliga elever från andra kommuner", "Avstämning elevregister mot fakturering", "●",
             "Tre elever hade inte fakturerats för vt 2025. Fakturor skickade i juni.", "GENOMFORD", "ja"),
            ("Inköp görs från upphandlade leverantörer", "Stickprov i e-handelssystemet", "◐",
             "Stickprov gjort på två av fem enheter.", "DELVIS", ""),
        ]),
        ("Förskola", [
            ("Förskoleavgifter debiteras enligt maxtaxa och aktuella inkomstuppgifter", "Stickprov 20 hushåll", "●",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Köhantering – placering erbjuds inom fyra månader", "Uttag ur kösystemet", "–",
             "Kontrollen flyttad till verksamhetsuppföljningen enligt beslut BUN 2025-03-19 § 22.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Registerkontroll (utdrag ur belastningsregistret) vid nyanställning", "Stickprov nyanställda", "",
             "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    for proc, items in data:
        first = None
        for km, met, st, kom, s, a in items:
            cells = t.add_row().cells
            cells[1].text = km; cells[2].text = met; cells[3].text = st; cells[4].text = kom
            if first is None:
                cells[0].text = proc; first = cells[0]
            else:
                first = first.merge(cells[0])
            EXP.append((fil, N, km, s, a))
    d.add_paragraph("")
    d.add_paragraph("Kommentar från förvaltningen: Sammantaget bedöms den interna kontrollen vara tillräcklig. "
                    "De avvikelser som noterats åtgärdas enligt tabellen nedan. Bilaga 2 (registerkontroller) "
                    "redovisas muntligt på nämndens sammanträde.")
    d.add_paragraph("Åtgärder med anledning av avvikelser").runs[0].bold = True
    t2 = d.add_table(rows=1, cols=4); t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Nr", "Åtgärd", "Ansvarig", "Klart senast"]):
        c.text = h
    for row in [("1", "Påminnelse om rutin för behörigheter i elevhälsans journalsystem", "Verksamhetschef elevhälsa", "2025-10-31"),
                ("2", "Rutin för fakturering av interkommunal ersättning kompletteras med kontroll vid terminsstart", "Controller", "2025-12-31"),
                ("3", "Rekrytering av kuratorssamordnare", "Förvaltningschef", "2025-11-30")]:
        cs = t2.add_row().cells
        for c, v in zip(cs, row): c.text = v
    d.add_paragraph("")
    d.add_paragraph("Kvarnby 2025-09-08\nMaria Ek, förvaltningschef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 SN xlsx (fills, T1+delår, margin notes)
def f3():
    fil = "Socialnämnden_internkontroll_2025_T1_delår.xlsx"
    N = "Socialnämnden"
    G = PatternFill("solid", fgColor="00B050"); O = PatternFill("solid", fgColor="FFC000")
    Y = PatternFill("solid", fgColor="FFFF00"); R = PatternFill("solid", fgColor="FF0000")
    GR = PatternFill("solid", fgColor="A6A6A6")
    FILL = {"G": G, "O": O, "Y": Y, "R": R, "GR": GR, "": None}
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och delår (t.o.m. augusti)"
    ws["A3"] = "Socialförvaltningen, Kvarnby kommun"
    # legend top right
    ws["G1"] = "Färgförklaring"; ws["G1"].font = bold
    leg = [("G", "Genomförd – inga avvikelser"), ("O", "Genomförd – avvikelse noterad"), ("Y", "Pågår / delvis genomförd"),
           ("R", "Ej genomförd"), ("GR", "Utgår")]
    for i, (k, txt) in enumerate(leg):
        ws.cell(row=2 + i, column=7).fill = FILL[k]
        ws.cell(row=2 + i, column=8, value=txt)
    hr = 8
    for i, h in enumerate(["Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "Delår", "Kommentar delår"], 1):
        c = ws.cell(row=hr, column=i, value=h); c.font = bold; c.border = box
    groups = [
        ("Individ- och familjeomsorg", [
            ("Ekonomiskt bistånd", "Felaktiga utbetalningar", "Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med beslut",
             "Enhetschef försörjningsstöd", "G", "G", "Stickprov 30 ärenden, inga avvikelser.", "Anna H: siffran från verksamhetssystemet, kolla igen", "GENOMFORD", "nej"),
            ("Barn och unga", "Barn far illa", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Enhetschef barn och unga", "Y", "O", "82 % inom tid. Överskridanden beror på hög arbetsbelastning i maj.", "Till AU 23/9", "GENOMFORD", "ja"),
            ("Placeringar", "Bristande uppföljning", "Uppföljning av HVB-placeringar – att vårdplan finns och följs upp",
             "Enhetschef barn och unga", "Y", "Y", "Genomgång av 12 av 20 placeringar klar.", None, "DELVIS", ""),
            ("Placeringar", "Felaktig fakturering", "Kontroll av att externa placeringar faktureras enligt avtal",
             "Controller", "R", "R", "Ej genomförd, controllertjänsten vakant sedan mars.", None, "EJ_GENOMFORD", ""),
        ]),
        ("Äldreomsorg", [
            ("Avgifter", "Felaktig debitering", "Avgifter inom hemtjänsten debiteras enligt beslut och taxa",
             "Avgiftshandläggare", "G", "", "Årlig kontroll, utförd i april.", None, "GENOMFORD", "nej"),
            ("Läkemedel", "Felmedicinering", "Signeringslistor för läkemedel kontrolleras månadsvis",
             "MAS", "Y", "Y", "Två av fyra särskilda boenden har rapporterat.", "påminnelse MAS", "DELVIS", ""),
            ("Kvalitet", "Missförhållanden utreds inte", "Rapporter enligt lex Sarah utreds och rapporteras",
             "Kvalitetsutvecklare", "", "G", None, None, "GENOMFORD", "nej"),
            ("Bemanning", "Brott mot arbetstidslagen", "Kontroll av övertid och mertid mot arbetstidslagen",
             "Enhetschef bemanning", "R", "R", "Ej genomförd, ansvarig enhetschef har slutat.", None, "EJ_GENOMFORD", ""),
        ]),
        ("Funktionsstöd (LSS)", [
            ("Personlig assistans", "Beslut verkställs inte", "Beslut om personlig assistans verkställs inom tre månader",
             "Enhetschef LSS", "GR", "GR", "Utgår – hanteras i kvalitetsledningssystemet.", None, "UTGAR", ""),
            ("Personlig assistans", "Felaktiga ersättningar", "Granskning av assistansanordnares tidsredovisningar",
             "Controller", "", "", None, "Påminnelse skickad 2/9", "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    for g, items in groups:
        ws.cell(row=r, column=1, value=g).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7"); r += 1
        for p, risk, km, ans, t1, dl, kom, note, s, a in items:
            for i, v in enumerate([p, risk, km, ans, None, None, kom], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = box; c.alignment = wrap
            if FILL[t1]: ws.cell(row=r, column=5).fill = FILL[t1]
            if FILL[dl]: ws.cell(row=r, column=6).fill = FILL[dl]
            if note: ws.cell(row=r, column=9, value=note).font = Font(italic=True, color="C00000")
            EXP.append((fil, N, km, s, a)); r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Anna Hedlund, kvalitetsutvecklare, 2025-09-04")
    for col, w in zip("ABCDEFGHI", [22, 24, 50, 24, 8, 8, 50, 30, 36]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4 Stratsys-like CSV, two nämnder
def f4():
    fil = "Stratsys_export_IK_samhallsbyggnad_2025-09-15.csv"
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnämnden"
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    plan = "Internkontrollplan 2025"
    T1, DL = "Tertial 1 2025", "Delår 2025"
    ctrls = [
        (TN, "Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler", "Gatuchef",
         [(T1, "Slutförd", "Kontrollerat januari–mars, inga fel."), (DL, "Slutförd", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (TN, "Fastighet", "Lagstadgade besiktningar (OVK, hissar) utförs i tid", "Fastighetschef",
         [(T1, "Pågående", ""), (DL, "Slutförd", "Två OVK-besiktningar var försenade.\nBåda är nu utförda och godkända.")], "GENOMFORD", "ja"),
        (TN, "VA", "Debitering av VA-avgifter enligt gällande taxa", "VA-chef",
         [(T1, "Ej påbörjad", ""), (DL, "Pågående", "Avstämning gjord för 50 av 200 utvalda abonnemang.")], "DELVIS", ""),
        (TN, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", "Förvaltningsekonom",
         [(T1, "Pågående", "Genomgång av första kvartalet pågår."), (DL, "", "")], "DELVIS", ""),
        (TN, "Kost", "Livsmedelsinköp görs enligt upphandlat avtal", "Kostchef",
         [(T1, "", ""), (DL, "Avbruten", "Avbruten genom beslut TN 2025-05-20 § 45, ny upphandling pågår.")], "UTGAR", ""),
        (TN, "Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare",
         [(DL, "Ej påbörjad", "Planeras till oktober.")], "EJ_GENOMFORD", ""),
        (MBN, "Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef",
         [(T1, "Slutförd", "Inga överskridanden."), (DL, "Slutförd", "94 % inom tid; 6 ärenden överskred tidsfristen och avgiften reducerades.")], "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Debitering av tillsynsavgifter inom miljöbalkens område", "Miljöchef",
         [(DL, "Pågående", "Fakturering för 2025 pågår, avstämning mot tillsynsregistret i september.")], "DELVIS", ""),
        (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(T1, "Slutförd", ""), (DL, "Slutförd", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (MBN, "Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef",
         [(T1, "Pågående", "28 % utförda."), (DL, "Pågående", "58 % av planerade kontroller utförda, två inspektörstjänster vakanta.")], "DELVIS", ""),
        (MBN, "Arkiv", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Registrator",
         [(DL, "Ej påbörjad", "")], "EJ_GENOMFORD", ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for n, proc, km, ans, per, s, a in ctrls:
            for p, st, kom in per:
                w.writerow([n, plan, proc, km, p, st, kom, ans, "2025-09-15" if p == DL else "2025-05-06"])
            EXP.append((fil, n, km, s, a))
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 KFN scanned->text
def f5():
    fil = "KFN_IK_delar2025_skannad.txt"
    N = "Kultur- och fritidsnämnden"
    txt = """Kvarnby kommun                                              Sida 1 (2)
Kultur- och fritidsförvaltningen
                                                            2025-09-10

UPPFÖLJNING INTERNKONTROLLPLAN 2025 - DELÅR

Kontrollmoment                      Ansvarig        Status          Kommentar
-------------------------------------------------------------------------------------
1. Kontantkassor på bibliotek       Bibl.chef       Genomförd       Inventering av 4 kassor.
   och simhall inventeras                                           Differens 120 kr i simhallens
                                                                    kassa, utredd och rapporterad.

2. Föreningsbidrag betalas ut        Fritidschef     Genomförd       12 ärenden granskade, inga
   enligt beslut och fastställda                                    avvikelser.
   regler

3. Uthyrning av lokaler -            Bokningsansv.   Delvis          Januari-april avstämt mot
   debitering stäms av mot                                          bokningssystemet.
   bokningssystemet

4. Registerutdrag finns för          Fritidschef     Ej genom-       Skjuts till 2026, rutin
   ledare i sommarverksam-                           förd            saknas.
   heten
-------------------------------------------------------------------------------------
Kvarnby kommun                                              Sida 2 (2)
Kultur- och fritidsförvaltningen

Kontrollmoment                      Ansvarig        Status          Kommentar
-------------------------------------------------------------------------------------
5. Inventarieförteckning för        Kulturchef      Utgår           Beslut KFN 2025-02-13 § 18.
   konstsamlingen uppdateras

6. Avtalstrohet vid inköp av        Förv.ekonom
   tjänster

7. Entréavgifter i simhallen        Badchef         Genomförd       Stickprov 10 dagar, OK.
   redovisas dagligen
-------------------------------------------------------------------------------------
Totalt genomförda: 3 av 7

Justerat för nämnden:  ....P. Lind.......        (handskrivet: ok /PL 11/9)
Per Lind, ordförande kultur- och fritidsnämnden
"""
    with open(fil, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)
    for km, s, a in [
        ("Kontantkassor på bibliotek och simhall inventeras", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt beslut och fastställda regler", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler - debitering stäms av mot bokningssystemet", "DELVIS", ""),
        ("Registerutdrag finns för ledare i sommarverksamheten", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning för konstsamlingen uppdateras", "UTGAR", ""),
        ("Avtalstrohet vid inköp av tjänster", "SAKNAS", ""),
        ("Entréavgifter i simhallen redovisas dagligen", "GENOMFORD", "nej"),
    ]:
        EXP.append((fil, N, km, s, a))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 6 ÖFN xls (tick columns, totals row, nämnd in print header)
def f6():
    fil = "Överförmyndarnämnden IK delår 2025.xls"
    N = "Överförmyndarnämnden"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll 2025 – delår"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med X. Avvikelse anges Ja/Nej."
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = bold; c.border = box
    rows = [
        ("Årsräkningar", "Samtliga årsräkningar för 2024 är granskade senast 30 juni", "X", "", "", "Nej", "412 av 412 granskade.", "GENOMFORD", "nej"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt fastställda riktlinjer", "X", "", "", "Ja",
         "Två felaktigt beräknade arvoden har korrigerats.", "GENOMFORD", "ja"),
        ("Förteckningar", "Förteckningar inkommer inom två månader från förordnande", "", "X", "", "",
         "Påminnelserutinen ses över.", "DELVIS", ""),
        ("Lämplighet", "Lämplighetsprövning (kontroll mot belastnings- och kronofogderegister) av nya ställföreträdare",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Spärrade konton", "Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "", "", "X", "",
         "Bankernas underlag har inte inkommit.", "EJ_GENOMFORD", ""),
        ("Digitalisering", "Behörigheter i verksamhetssystemet följs upp", "X", "X", "", "", "", "OKLAR", ""),
        ("Arkiv", "Akter för avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "", "", "", "",
         "Ej aktuellt 2025 på grund av arkivflytten.", "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = box; c.alignment = wrap
            if i in (3, 4, 5): c.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fil, N, row[1], row[7], row[8])); r += 1
    ws.cell(row=r, column=2, value="Summa").font = bold
    for col in "CDE":
        ws[f"{col}{r}"] = f'=COUNTIF({col}5:{col}{r-1};"X")'.replace(";", ",")
        ws[f"{col}{r}"].font = bold
    ws.oddHeader.left.text = "Överförmyndarnämnden i Kvarnby"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    for col, w in zip("ABCDEFG", [18, 55, 11, 8, 13, 10, 45]):
        ws.column_dimensions[col].width = w
    tmp = "_tmp_ofn.xlsx"; wb.save(tmp)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "xls:MS Excel 97", "--outdir", OUT, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace("_tmp_ofn.xls", fil); os.remove(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 KBAB odt, text only
def f7():
    fil = "KBAB_internkontroll_rapport_aug2025.odt"
    N = "Kvarnby Bostäder AB"
    doc = OpenDocumentText()
    b = Style(name="Bold", family="paragraph"); b.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(b)
    doc.text.addElement(H(outlinelevel=1, text="Kvarnby Bostäder AB"))
    doc.text.addElement(P(text="Rapport intern kontroll januari–augusti 2025"))
    doc.text.addElement(P(text="Styrelsen fastställde bolagets internkontrollplan 2025-02-20. Nedan redovisas utfallet "
                               "av kontrollerna till och med augusti. Rapporten behandlas av styrelsen 2025-09-25."))
    items = [
        ("1. Hyresadministration", "Hyresdebitering stäms av mot hyreskontrakt vid nyuthyrning",
         "Status: Genomförd. Stickprov på 20 nya kontrakt, inga avvikelser.", "GENOMFORD", "nej"),
        ("2. Ekonomi", "Attest av fakturor för underhållsarbeten enligt attestordningen",
         "Status: Genomförd. En faktura hade attesterats av fel person; rättat och rutinen förtydligad.", "GENOMFORD", "ja"),
        ("3. Nyckelhantering", "Nycklar och passerbrickor kvitteras ut och återlämnas enligt rutin",
         "Status: Pågår. Inventering gjord i två av fem bostadsområden.", "DELVIS", ""),
        ("4. Brandskydd", "Brandskyddskontroller (SBA) i bostadsområdena genomförs enligt plan",
         "Status: Ej påbörjad – flyttad till hösten.", "EJ_GENOMFORD", ""),
        ("5. Upphandling", "Kontroll av att jäv inte föreligger vid upphandling av entreprenörer",
         "Status: –", "SAKNAS", ""),
    ]
    for h, km, st, s, a in items:
        doc.text.addElement(H(outlinelevel=2, text=h))
        doc.text.addElement(P(text="Kontrollmoment: " + km))
        doc.text.addElement(P(text=st))
        EXP.append((fil, N, km, s, a))
    doc.text.addElement(P(text="Kvarnby 2025-09-05"))
    doc.text.addElement(P(text="Jonas Berg, vd"))
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- R covering letter (reject)
def frej():
    fil = "Följebrev_IK_delår_2025_samhällsbyggnad.docx"
    d = docx.Document()
    import datetime
    d.core_properties.created = datetime.datetime(2025, 9, 15); d.core_properties.modified = datetime.datetime(2025, 9, 15)
    d.add_paragraph("Samhällsbyggnadsförvaltningen\t\t\t2025-09-15")
    d.add_paragraph("Till: Ekonomienheten, Kvarnby kommun")
    d.add_heading("Uppföljning av internkontrollplan – delår 2025", level=2)
    d.add_paragraph("Hej!")
    d.add_paragraph("Här kommer tekniska nämndens och miljö- och byggnämndens uppföljning av internkontrollplanerna "
                    "för delår 2025. Uppföljningen är gjord i Stratsys och bifogas som export (csv). Nämnderna behandlar "
                    "uppföljningen på sina sammanträden i oktober, så vissa kommentarer kan komma att kompletteras.")
    d.add_paragraph("Observera att kontrollen av livsmedelsinköp har avbrutits genom beslut i tekniska nämnden i maj. "
                    "Hör av er om ni har frågor.")
    d.add_paragraph("Med vänlig hälsning\nKarin Sjöberg\nNämndsekreterare, samhällsbyggnadsförvaltningen")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Kvarnby Bostäder AB", "KBAB|Kvarnbybostäder"),
]

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, frej):
        f()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")
