#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 458 - Lilla Edets kommun, delår (jan-aug) 2025.
Theme: exports from governance systems (CSV/text/Excel).
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Deterministic: no timestamps, no randomness."""
import csv
import datetime
import io
import os

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
os.makedirs(OUT, exist_ok=True)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def write_csv(name, rows, delimiter, encoding, bom=False, lineterminator="\r\n",
              quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=quoting)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps (deterministic output)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 10, 14, 32, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - Stratsys-like export, ';' UTF-8 with BOM, all fields quoted,
#     multi-line cells, "Bedömning delår"
# ---------------------------------------------------------------------------
F1 = "Stratsys_IK_Kommunstyrelsen_delar_2025.csv"
KS = "Kommunstyrelsen"
f1_rows = [
    ("Ekonomi", "Felaktiga utbetalningar till leverantörer",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 40 fakturor i Raindance", "Redovisningsansvarig",
     "Genomförd", "Stickprov på 40 fakturor (jan–jun). Samtliga korrekt attesterade av behörig attestant.",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Oegentligheter; förtroendeskada",
     "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
     "Genomgång av 25 fakturor konto 7110–7190", "Controller KLF",
     "Genomförd med avvikelse",
     "Två av 25 representationsfakturor saknade deltagarförteckning och syfte.\nÅterkoppling har skett till berörda chefer; rutinen påminns om på chefsforum i september.",
     "GENOMFORD", "ja"),
    ("Ekonomi", "Bedrägeri via falska ändringar av betalningsmottagare",
     "Kontroll att ändring av bankgiro/kontonummer i leverantörsregistret verifierats mot leverantören",
     "Stickprov två gånger per år", "Ekonomichef",
     "Pågår", "Första stickprovet (maj, 12 ändringar) utan anmärkning.\nAndra stickprovet görs i oktober.",
     "DELVIS", "nej"),
    ("Upphandling och inköp", "Bristande avtalstrohet",
     "Köp utanför avtal – analys av inköp hos de 20 största leverantörerna utan avtal",
     "Leverantörsanalys i Raindance/Inköpsanalys", "Upphandlingssamordnare",
     "Genomförd",
     "Köp utan giltigt avtal konstaterades hos 3 leverantörer (totalt ca 1,2 mnkr). Dokumentation av direktupphandling saknades i två fall. Åtgärdsplan tas fram tillsammans med upphandlingsenheten.",
     "GENOMFORD", "ja"),
    ("Personal och lön", "Felaktiga löneutbetalningar",
     "Kontroll att lönerevision och lönetillägg registrerats i enlighet med beslut",
     "Stickprov 20 anställda", "HR-chef",
     "Ej påbörjad", "Planeras till oktober, efter att lönerevisionen 2025 slutförts.",
     "EJ_GENOMFORD", ""),
    ("Delegation och beslut", "Beslut fattas utan behörighet",
     "Kontroll av att beslut fattade på delegation anmäls till kommunstyrelsen.\nStickprov 10 beslut per förvaltningsområde.",
     "Jämförelse delegationsförteckning/protokoll", "Kommunsekreterare",
     "Genomförd", "Samtliga 30 granskade beslut var anmälda till KS eller KSAU.",
     "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Obehörig åtkomst till system",
     "Behörigheter i ekonomisystemet – kontroll att konton för avslutade anställningar stängts",
     "Avstämning behörighetslista mot personalsystemet", "Systemförvaltare ekonomi",
     "",
     "Kontrollen genomfördes i juni. Fyra konton tillhörande personer som slutat var fortfarande aktiva; dessa har nu stängts och rutinen för avslut ses över.",
     "GENOMFORD", "ja"),
    ("Informationssäkerhet", "Personuppgifter hanteras i strid med GDPR",
     "Kontroll av att registerförteckningen enligt GDPR är uppdaterad",
     "Genomgång av förteckning", "Dataskyddsombud",
     "Utgår", "Utgår enligt KS beslut 2025-04-09 § 62. Ersätts av dataskyddsombudets årliga granskning.",
     "UTGAR", ""),
    ("Säkerhet och beredskap", "Verksamheten kan inte upprätthållas vid IT-avbrott",
     "Test av kontinuitetsplan vid längre IT-avbrott",
     "Skrivbordsövning", "Säkerhetssamordnare",
     "", "",
     "SAKNAS", ""),
]
rows = [["Nämnd", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
         "Bedömning delår", "Kommentar delår"]]
for p, r, km, met, ans, st, kom, es, ea in f1_rows:
    rows.append([KS, p, r, km, met, ans, st, kom])
    exp(F1, KS, km, es, ea)
write_csv(F1, rows, ";", "utf-8", bom=True, quoting=csv.QUOTE_ALL)
FILES.append((F1, "INLAST", KS, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F2  One export holding two nämnder (förvaltning names), ',' Windows-1252,
#     "Uppföljningsstatus", period column, quoted cells with commas / line breaks
# ---------------------------------------------------------------------------
F2 = "IK_uppfoljning_export_2025-09-12.csv"
BUN = "Barn- och utbildningsnämnden"
KFN = "Kultur- och fritidsnämnden"
f2_rows = [
    ("Barn- och utbildningsförvaltningen", BUN, "Elevhälsa och skolplikt",
     "Kontroll av att skolpliktsbevakning sker enligt rutin för ogiltig frånvaro",
     "Terminsvis", "Verksamhetschef grundskola", "Klar",
     "Rutinen följs på samtliga grundskolor. Frånvaro över 10 % har anmälts till rektor.",
     "2025-08-28", "GENOMFORD", "nej"),
    ("Barn- och utbildningsförvaltningen", BUN, "Kränkande behandling",
     "Kontroll av att kränkande behandling anmäls till huvudman inom fastställd tid",
     "Tertial", "Kvalitetsstrateg", "Klar med avvikelse",
     "12 av 58 anmälningar inkom senare än 5 arbetsdagar.\nInformation till rektorer på ledningsgrupp 2025-09-03.",
     "2025-09-04", "GENOMFORD", "ja"),
    ("Barn- och utbildningsförvaltningen", BUN, "Ekonomi",
     "Interkommunal ersättning – kontroll att fakturerade elever är folkbokförda i kommunen",
     "Halvår", "Ekonom BUF", "Pågående",
     "Fakturor för vårterminen granskade, inga fel. Höstterminen återstår.",
     "2025-06-30", "DELVIS", "nej"),
    ("Barn- och utbildningsförvaltningen", BUN, "Ekonomi",
     "Avgifter i förskola och fritidshem – kontroll av inkomstuppgifter, stickprov 30 hushåll",
     "Årligen", "Handläggare barnomsorgsavgifter", "Ej påbörjad",
     "", "2025-03-14", "EJ_GENOMFORD", ""),
    ("Barn- och utbildningsförvaltningen", BUN, "Personal",
     "Registerkontroll i belastningsregistret vid nyanställning",
     "Tertial", "HR-partner", "Klar",
     "Stickprov 15 nyanställda, utdrag fanns för samtliga.",
     "2025-08-20", "GENOMFORD", "nej"),
    ("Barn- och utbildningsförvaltningen", BUN, "Skolskjuts",
     "Skolskjuts – kontroll av att beslut fattats enligt riktlinjer, ålder och avstånd",
     "Årligen", "Skolskjutshandläggare", "Ej rapporterad",
     "", "", "SAKNAS", ""),
    ("Kultur och fritid", KFN, "Bidrag",
     "Föreningsbidrag – kontroll att utbetalda bidrag motsvarar beslut",
     "Halvår", "Fritidskonsulent", "Klar",
     "Samtliga 34 utbetalningar stämmer mot beslut. Inga avvikelser.",
     "2025-08-15", "GENOMFORD", "nej"),
    ("Kultur och fritid", KFN, "Kontanthantering",
     "Kassahantering vid bibliotekets och fritidsgårdens försäljning, dagsavstämning",
     "Tertial", "Enhetschef bibliotek", "Klar med avvikelse",
     "Differens på 340 kr vid två tillfällen (mars, juni). Rutinen för dagsavstämning har förtydligats.",
     "2025-08-30", "GENOMFORD", "ja"),
    ("Kultur och fritid", KFN, "Lokaler",
     "Uthyrning av lokaler och idrottshallar – kontroll att samtliga bokningar faktureras",
     "Tertial", "Bokningsansvarig", "Pågående",
     "Januari–april kontrollerat utan anmärkning. Maj–augusti kontrolleras i september.",
     "2025-05-22", "DELVIS", "nej"),
    ("Kultur och fritid", KFN, "Tillstånd",
     "Kontroll av att lotteritillstånd registreras och att redovisning följs upp",
     "Årligen", "Nämndsekreterare", "Avbruten",
     "Avbruten enligt beslut KFN 2025-05-20 § 31, lotteriärenden har flyttats till Miljö- och byggnämnden.",
     "2025-05-21", "UTGAR", ""),
    ("Kultur och fritid", KFN, "Inventarier",
     "Inventering av stöldbegärlig utrustning på fritidsgårdarna",
     "Årligen", "Enhetschef fritid", "Klar",
     "", "2025-06-12", "GENOMFORD", "nej"),
]
rows = [["Organisation", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Period",
         "Uppföljningsstatus", "Uppföljningskommentar", "Senast ändrad"]]
for org, nmd, p, km, fr, ans, st, kom, dat, es, ea in f2_rows:
    rows.append([org, p, km, fr, ans, "Delår 2025", st, kom, dat])
    exp(F2, nmd, km, es, ea)
write_csv(F2, rows, ",", "cp1252")
FILES.append((F2, "INLAST", BUN, "2025", "DELAR"))
FILES.append((F2, "INLAST", KFN, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F3  Samhällsbyggnadsnämnden - Excel export with report header block,
#     hierarchy columns only on first row of group, "Statusikon" symbols + legend
# ---------------------------------------------------------------------------
F3 = "Rapport_Internkontroll_uppfoljning_20250910.xlsx"
SBN = "Samhällsbyggnadsnämnden"
ICON = {  # symbol, colour
    "ok": ("✔", "00A651"),
    "avv": ("!", "F7941D"),
    "pag": ("◐", "FFC000"),
    "ej": ("✖", "E3001B"),
    "utg": ("—", "808080"),
}
f3_rows = [
    ("Ekonomi", "Felaktiga utbetalningar",
     "Attest av leverantörsfakturor enligt attestordningen", "Ekonom SBF", "ok",
     "40 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
    (None, "Projekt startar utan finansiering",
     "Kontroll av att investeringsprojekt har beslut och budget innan start", "Förvaltningschef", "avv",
     "Två projekt (GC-väg längs Göta älv, pumpstation Hjärtum) startade innan investeringsbeslut fanns. Åtgärd: checklista vid projektstart.",
     "GENOMFORD", "ja"),
    ("Gata, park och fastighet", "Brister i skötsel och säkerhet",
     "Kontroll av att felanmälningar åtgärdas inom avtalad tid", "Enhetschef gata/park", "pag",
     "Kontroll genomförd för januari–juni, juli–augusti återstår.", "DELVIS", ""),
    (None, None,
     "Lekplatsbesiktning – kontroll att årlig huvudbesiktning genomförts och anmärkningar åtgärdats",
     "Parkingenjör", "ok", "", "GENOMFORD", "nej"),
    ("Vatten och avlopp", "Otjänligt dricksvatten",
     "Kontroll av att provtagning av dricksvatten sker enligt kontrollprogram", "VA-chef", "ok",
     "Samtliga prover tagna enligt plan, inga otjänliga prover.", "GENOMFORD", "nej"),
    (None, "Felaktig debitering",
     "Debitering av VA-avgifter – avstämning mellan mätarbyten och fakturering", "VA-ekonom", "ej",
     "Ej genomförd på grund av byte av debiteringssystem. Flyttas till helårsuppföljningen.",
     "EJ_GENOMFORD", ""),
    ("Myndighetsutövning", "Felaktiga eller sena beslut",
     "Bostadsanpassningsbidrag – stickprov av 10 beslut avseende handläggningstid och motivering",
     "Handläggare BAB", "pag", "5 av 10 ärenden granskade, hittills utan anmärkning.", "DELVIS", "nej"),
    ("Upphandling och inköp", "Bristande avtalstrohet",
     "Avtalstrohet vid inköp av entreprenadtjänster", "Upphandlare", "utg",
     "Utgår – ingår i kommunstyrelsens kontroll av köp utanför avtal.", "UTGAR", ""),
    ("Arbetsmiljö", "Olyckor och ohälsa",
     "Kontroll av att skyddsronder genomförs på samtliga arbetsplatser", "Förvaltningschef", "ok",
     "Skyddsronder genomförda på samtliga sex arbetsplatser.", "GENOMFORD", "nej"),
    (None, None,
     "Kontroll av att arbetsmiljöuppgifter fördelats skriftligt till samtliga chefer", "HR-partner", None,
     "", "SAKNAS", ""),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Rapport"
bold = Font(bold=True)
ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
ws["A1"].font = Font(bold=True, size=14)
hdr = [("Organisation:", SBN), ("Plan:", "Internkontrollplan 2025"),
       ("Period:", "Delår (januari–augusti) 2025"), ("Rapporttyp:", "Kontrollmoment med bedömning"),
       ("Urval:", "Alla processer, alla ansvariga"),
       ("Utskriven:", "2025-09-10 14:32 av Anna Bergqvist")]
for i, (k, v) in enumerate(hdr, start=2):
    ws.cell(row=i, column=1, value=k).font = bold
    ws.cell(row=i, column=2, value=v)
HR = 9
heads = ["Nämnd", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Statusikon", "Kommentar"]
hfill = PatternFill("solid", fgColor="1F4E79")
for c, h in enumerate(heads, start=1):
    cell = ws.cell(row=HR, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = hfill
r = HR + 1
first = True
for proc, risk, km, ans, icon, kom, es, ea in f3_rows:
    if first:
        ws.cell(row=r, column=1, value=SBN)
        first = False
    if proc:
        ws.cell(row=r, column=2, value=proc)
    if risk:
        ws.cell(row=r, column=3, value=risk)
    ws.cell(row=r, column=4, value=km)
    ws.cell(row=r, column=5, value=ans)
    if icon:
        sym, col = ICON[icon]
        c = ws.cell(row=r, column=6, value=sym)
        c.font = Font(bold=True, color=col, size=12)
        c.alignment = Alignment(horizontal="center")
    if kom:
        ws.cell(row=r, column=7, value=kom)
    for cc in (3, 4, 7):
        ws.cell(row=r, column=cc).alignment = Alignment(wrap_text=True, vertical="top")
    exp(F3, SBN, km, es, ea)
    r += 1
ws.cell(row=r, column=4, value="Antal kontrollmoment: 10").font = Font(italic=True)
r += 2
ws.cell(row=r, column=1, value="Teckenförklaring statusikon").font = bold
legend = [("ok", "Genomförd – inga avvikelser"), ("avv", "Genomförd – avvikelse konstaterad"),
          ("pag", "Pågående / delvis genomförd"), ("ej", "Ej genomförd"), ("utg", "Utgår")]
for key, text in legend:
    r += 1
    sym, col = ICON[key]
    c = ws.cell(row=r, column=1, value=sym)
    c.font = Font(bold=True, color=col, size=12)
    ws.cell(row=r, column=2, value=text)
for col, wdt in zip("ABCDEFG", (24, 24, 30, 55, 20, 11, 60)):
    ws.column_dimensions[col].width = wdt
FIXED = datetime.datetime(2025, 9, 10, 14, 32, 0)
wb.properties.creator = "Stratsys"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.save(os.path.join(OUT, F3))
normalize_zip(os.path.join(OUT, F3))
FILES.append((F3, "INLAST", SBN, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F4  Socialnämnden - tab separated .txt, UTF-8 (no BOM), report lines on top,
#     T1 and Delår side by side; latest period with a value decides
# ---------------------------------------------------------------------------
F4 = "Hypergene_export_SN_IK2025.txt"
SN = "Socialnämnden"
f4_rows = [
    ("Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd grundar sig på beslut",
     "Enhetschef försörjningsstöd",
     "Genomförd", "Stickprov 20 utbetalningar, utan anmärkning.",
     "Genomförd", "Stickprov 20 utbetalningar (maj–aug), utan anmärkning.", "GENOMFORD", "nej"),
    ("Barn och familj", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
     "Enhetschef barn och familj",
     "Delvis genomförd", "Januari–februari granskat.",
     "Genomförd med avvikelse", "3 av 45 förhandsbedömningar tog längre tid än 14 dagar.\nOrsak: hög arbetsbelastning under sommaren.",
     "GENOMFORD", "ja"),
    ("Äldreomsorg", "Kontroll av avgiftsbeslut inom äldreomsorgen (maxtaxa, förbehållsbelopp)",
     "Avgiftshandläggare",
     "Genomförd", "15 beslut granskade, inga fel.",
     "", "", "GENOMFORD", "nej"),
    ("Äldreomsorg", "Hemtjänst – kontroll att utförd tid i planeringssystemet överensstämmer med beviljad tid",
     "Verksamhetschef hemtjänst",
     "Ej genomförd", "Startar i maj.",
     "Delvis genomförd", "Genomfört för hemtjänstgrupp Lilla Edet centrum, Lödöse och Nygård återstår.",
     "DELVIS", ""),
    ("Äldreomsorg", "Läkemedelshantering – egenkontroll enligt rutin på särskilda boenden",
     "MAS",
     "Genomförd", "Egenkontroll genomförd på samtliga tre boenden.",
     "Ej genomförd", "Egenkontrollen för perioden maj–augusti uteblev på grund av semesterperioden.",
     "EJ_GENOMFORD", ""),
    ("Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och vid behov anmäls till IVO",
     "Kvalitetsutvecklare",
     "", "",
     "Ej aktuell", "Kontrollen har flyttats till kvalitetsledningssystemet enligt beslut SN 2025-03-18 § 22.",
     "UTGAR", ""),
    ("Individ- och familjeomsorg", "Avtalsuppföljning av placeringar på HVB (köpt vård)",
     "Enhetschef IFO",
     "Ej genomförd", "Planeras till andra tertialen.",
     "", "", "EJ_GENOMFORD", ""),
    ("Informationssäkerhet", "Behörighetskontroll och logguppföljning i verksamhetssystemet Treserva",
     "Systemförvaltare",
     "", "",
     "", "", "SAKNAS", ""),
]
lines = [["Rapport", "Internkontrollplan 2025 – uppföljning"],
         ["Organisation", "Socialnämnden"],
         ["Perioder", "T1 2025; Delår 2025"],
         ["Exportdatum", "2025-09-11"],
         [],
         ["Process", "Kontrollmoment", "Ansvarig", "Status T1", "Kommentar T1",
          "Status Delår", "Kommentar Delår"]]
for p, km, ans, s1, k1, s2, k2, es, ea in f4_rows:
    lines.append([p, km, ans, s1, k1, s2, k2])
    exp(F4, SN, km, es, ea)
write_csv(F4, lines, "\t", "utf-8")
FILES.append((F4, "INLAST", SN, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F5  Miljö- och byggnämnden - ';' Windows-1252, nämnd only in file name (MBN),
#     numeric "Uppföljningsstatus" codes with legend lines after the data
# ---------------------------------------------------------------------------
F5 = "MBN_IK_delar2025.csv"
MBN = "Miljö- och byggnämnden"
f5_rows = [
    ("MB-01", "Taxor och avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
     "Administratör", "1", "Stickprov 15 ärenden.", "GENOMFORD", "nej"),
    ("MB-02", "Bygglov", "Handläggningstid för bygglov – kontroll att beslut fattas inom 10 veckor",
     "Bygglovschef", "2", "4 av 32 ärenden överskred 10 veckor, avgiften har reducerats enligt PBL.",
     "GENOMFORD", "ja"),
    ("MB-03", "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
     "Nämndsekreterare", "1", "", "GENOMFORD", "nej"),
    ("MB-04", "Livsmedelskontroll", "Livsmedelskontroll – uppföljning av att kontrollplanen följs",
     "Miljöchef", "3", "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
    ("MB-05", "Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen inom tre veckor",
     "Miljöinspektör", "5", "Utgår, rutinen är automatiserad i ärendesystemet.", "UTGAR", ""),
    ("MB-06", "Arkiv", "Arkivering av avslutade byggärenden i e-arkivet",
     "Registrator", "4", "Resursbrist under våren, görs under hösten.", "EJ_GENOMFORD", ""),
    ("MB-07", "Jäv", "Kontroll av att jäv hanteras och dokumenteras i ärenden",
     "Bygglovschef", "", "Se protokoll MBN 2025-09-02 § 48.", "OKLAR", ""),
]
rows = [["Id", "Process", "Kontrollmoment", "Kontrollansvarig", "Uppföljningsstatus", "Kommentar"]]
for i, p, km, ans, st, kom, es, ea in f5_rows:
    rows.append([i, p, km, ans, st, kom])
    exp(F5, MBN, km, es, ea)
rows += [[""] * 6,
         ["Förklaring uppföljningsstatus", "", "", "", "", ""],
         ["1 = Genomförd utan avvikelse", "", "", "", "", ""],
         ["2 = Genomförd med avvikelse", "", "", "", "", ""],
         ["3 = Påbörjad", "", "", "", "", ""],
         ["4 = Ej påbörjad", "", "", "", "", ""],
         ["5 = Utgår", "", "", "", "", ""]]
write_csv(F5, rows, ";", "cp1252")
FILES.append((F5, "INLAST", MBN, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F6  Lilla Edets Fastighets AB - .xls export (xlwt), title row, "Bolag" column = LEFAB
# ---------------------------------------------------------------------------
F6 = "LEFAB_internkontroll_export.xls"
LEFAB = "Lilla Edets Fastighets AB"
f6_rows = [
    ("Ekonomi", "Felaktiga utbetalningar",
     "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
     "Genomförd", "Utan anmärkning.", "GENOMFORD", "nej"),
    ("Uthyrning", "Intäktsbortfall",
     "Hyresavtal – kontroll att hyror indexuppräknats enligt avtal",
     "Genomförd", "Två lokalavtal hade inte räknats upp. Rättat från 1 juli och retroaktiv debitering skickad.",
     "GENOMFORD", "ja"),
    ("Fastighetsdrift", "Brister i inomhusmiljö",
     "Kontroll av att obligatorisk ventilationskontroll (OVK) är utförd och godkänd",
     "Pågår", "18 av 27 fastigheter klara.", "DELVIS", ""),
    ("Fastighetsdrift", "Eftersatt underhåll",
     "Uppföljning av underhållsplan mot budget",
     "Ej påbörjad", "Görs i samband med helårsbokslutet.", "EJ_GENOMFORD", ""),
    ("Fastighetsdrift", "Brand",
     "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
     "Genomförd", "Dokumentation finns för samtliga fastigheter.", "GENOMFORD", "nej"),
    ("Upphandling", "Otillåten direktupphandling",
     "Kontroll av att upphandlingar över tröskelvärdet annonseras",
     "Ej aktuell", "Ingen upphandling över tröskelvärdet under perioden.", "UTGAR", ""),
]
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("Export")
tstyle = xlwt.easyxf("font: bold on, height 280")
hstyle = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25")
wrap = xlwt.easyxf("alignment: wrap on, vert top")
sh.write(0, 0, "Internkontroll 2025 – uppföljning delår (jan–aug)", tstyle)
sh.write(1, 0, "Export från Stratsys 2025-09-08")
heads = ["Bolag", "Process", "Risk", "Kontrollmoment", "Bedömning delår", "Kommentar"]
for c, h in enumerate(heads):
    sh.write(3, c, h, hstyle)
for i, (p, risk, km, st, kom, es, ea) in enumerate(f6_rows, start=4):
    for c, v in enumerate(["LEFAB", p, risk, km, st, kom]):
        sh.write(i, c, v, wrap)
    exp(F6, LEFAB, km, es, ea)
for c, wdt in enumerate((10, 18, 24, 55, 16, 55)):
    sh.col(c).width = wdt * 256
wbx.save(os.path.join(OUT, F6))
FILES.append((F6, "INLAST", LEFAB, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F7  Överförmyndarnämnden - outline/tree export, ',' UTF-8 no BOM,
#     one row per level (Nämnd/Process/Risk/Kontrollmoment), indentation in "Rubrik"
# ---------------------------------------------------------------------------
F7 = "Tradexport_IK_2025_delar.csv"
OFN = "Överförmyndarnämnden"
tree = [
    ("Granskning av redovisningar", "Ställföreträdares förvaltning granskas inte i tid", [
        ("Kontroll av att samtliga årsräkningar granskats senast 31 augusti", "Pågår",
         "Ca 85 % av årsräkningarna granskade, resterande klart i oktober.", "DELVIS", ""),
    ]),
    ("Arvoden", "Felaktiga arvoden", [
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt riktlinjer", "Genomförd",
         "Stickprov 10 arvodesbeslut, inga avvikelser.", "GENOMFORD", "nej"),
    ]),
    ("Rekrytering av ställföreträdare", "Olämpliga ställföreträdare förordnas", [
        ("Kontroll av att utdrag ur belastningsregistret och kreditupplysning inhämtas innan ny ställföreträdare förordnas",
         "Genomförd", "I ett av åtta ärenden saknades utdrag ur belastningsregistret; kompletterat i efterhand.",
         "GENOMFORD", "ja"),
        ("Kontroll av överförmyndarspärr på omyndigas bankkonton", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
    ]),
    ("Informationshantering", "Handlingar gallras eller arkiveras felaktigt", [
        ("Uppföljning av att akter arkiveras enligt informationshanteringsplan", "Utgår",
         "Utgår 2025 – ny informationshanteringsplan beslutas i höst.", "UTGAR", ""),
    ]),
]
rows = [["Export: Internkontrollplan 2025 - Delårsuppföljning jan-aug", "", "", "", ""],
        ["Nivå", "Typ", "Rubrik", "Uppföljningsstatus", "Kommentar"],
        ["1", "Nämnd", OFN, "", ""]]
for proc, risk, kms in tree:
    rows.append(["2", "Process", "  " + proc, "", ""])
    rows.append(["3", "Risk", "    " + risk, "", ""])
    for km, st, kom, es, ea in kms:
        rows.append(["4", "Kontrollmoment", "      " + km, st, kom])
        exp(F7, OFN, km, es, ea)
write_csv(F7, rows, ",", "utf-8")
FILES.append((F7, "INLAST", OFN, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# R   Rejected: empty system export (only the header row) for Valnämnden
# ---------------------------------------------------------------------------
FR = "Stratsys_IK_Valnamnden_delar_2025.csv"
write_csv(FR, [["Nämnd", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                "Bedömning delår", "Kommentar delår"]], ";", "utf-8", bom=True,
          quoting=csv.QUOTE_ALL)
FILES.append((FR, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
# Register and answer CSVs
# ---------------------------------------------------------------------------
register = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarverksamheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Lilla Edets Fastighets AB", "LEFAB|Fastighetsbolaget"),
]


def write_plain(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


write_plain("namnder.csv", ["nämnd", "alias"], register)
write_plain("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
write_plain("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)

print("files:", len(FILES), "controls:", len(EXPECTED))
