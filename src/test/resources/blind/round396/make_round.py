#!/usr/bin/python3
"""Blind round r396 – Österfärnebo kommun, delårsuppföljning internkontroll 2025 (jan–aug)."""
import csv, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def p(name): return os.path.join(OUT, name)
B = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)

def fix_props(wb):
    wb.properties.creator = "Österfärnebo kommun"
    import datetime
    d = datetime.datetime(2025, 9, 10, 9, 0, 0)
    wb.properties.created = d; wb.properties.modified = d

# ---------------------------------------------------------------- 1 KS (easy)
def f1():
    fn = "KS_Uppföljning_internkontroll_delår_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Österfärnebo kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: Delår januari–augusti 2025"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar/resultat"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial", "Redovisningsekonom", "Genomförd",
         "Stickprov 60 fakturor jan–aug. 2 fakturor attesterade av fel beslutsattestant, åtgärdat och information given till berörda chefer.", "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att momsavdrag görs korrekt på representationsfakturor", "Stickprov 20 fakturor", "Redovisningsekonom", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys i inköpsanalysverktyget", "Upphandlingschef", "Pågår",
         "Analys för jan–jun klar, avtalstrohet 87 %. Inga köp utanför avtal över direktupphandlingsgränsen hittills. Juli–aug analyseras i september.", "DELVIS", "nej"),
        (4, "Personal", "Lönerevision och lönetillägg har beslutats av behörig chef enligt delegationsordningen", "Stickprov 15 lönebeslut", "HR-chef", "Genomförd",
         "Samtliga kontrollerade beslut korrekt fattade.", "GENOMFORD", "nej"),
        (5, "Personal", "Borttag av behörigheter i verksamhetssystem när anställning upphör", "Jämförelse avslutade anställningar mot AD", "IT-chef", "Ej påbörjad",
         "Flyttas till hösten p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        (6, "Informationssäkerhet", "Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Genomgång av förteckningen", "Dataskyddsombud", "Genomförd med anmärkning",
         "Förteckningen saknade tre behandlingar inom kommunikationsenheten, kompletterad i juni.", "GENOMFORD", "ja"),
        (7, "Diarieföring", "Inkommande handlingar diarieförs inom tre arbetsdagar", "Stickprov 35 handlingar", "Registrator", "Genomförd",
         "32 av 35 diarieförda inom tre dagar. Påminnelse om rutinen skickad till förvaltningens handläggare.", "GENOMFORD", "ja"),
        (8, "Säkerhet", "Kontinuitetsplaner för samhällsviktig verksamhet är aktuella", "Genomgång av planerna", "Säkerhetssamordnare", "Pågår",
         "Två av fem planer reviderade.", "DELVIS", ""),
        (9, "Ekonomi", "Kontroll av representation och andra förtroendekänsliga poster", "Stickprov 20 verifikationer", "Ekonomichef", "",
         "", "SAKNAS", ""),
    ]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = B; cell.fill = fill("D9E1F2"); cell.border = BOX
    for i, row in enumerate(rows, r0 + 1):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(i, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fn, N, row[2], row[7], row[8]))
    last = r0 + len(rows) + 2
    ws.cell(last, 1, "Upprättad av: Karin Lindqvist, ekonomichef, 2025-09-10")
    for col, w in zip("ABCDEFG", [5, 18, 45, 30, 20, 22, 60]):
        ws.column_dimensions[col].width = w
    fix_props(wb); wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2 BUN (colour only, T1 + delår)
def f2():
    fn = "BUN IKP 2025 T1+delår.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A3"] = "Teckenförklaring:"
    for col, (t, c) in zip("BCDE", [("Genomförd", G), ("Påbörjad/delvis", Y), ("Ej genomförd", R), ("Utgår", GR)]):
        ws[f"{col}3"] = t; ws[f"{col}3"].fill = fill(c)
    hdr = ["Område", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "T1", "Delår", "Kommentar delår"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = B; cell.border = BOX; cell.fill = fill("DDEBF7")
    groups = [
        ("Ekonomi", [
            ("Felaktig ersättning till fristående huvudmän", "Kontroll av att bidrag till fristående förskolor och skolor beräknas enligt beslutat grundbelopp", 9, "Controller", G, G,
             "Kontrollerat i februari och augusti, beräkningarna korrekta.", "GENOMFORD", "nej"),
            ("Felaktiga avgifter", "Barnomsorgsavgifter debiteras enligt inkomstuppgifter", 6, "Avgiftshandläggare", Y, G,
             "Inkomstkontroll mot Skatteverket för 2024 klar. 14 hushåll efterdebiterade.", "GENOMFORD", "ja"),
            ("Otillåtna direktupphandlingar", "Inköp under 100 tkr görs enligt riktlinjer för direktupphandling", 6, "Controller", None, Y,
             "Stickprov gjort på 3 av 6 enheter, övriga under hösten.", "DELVIS", ""),
            ("Avtal följs inte", "Uppföljning av avtal för skolskjuts", 4, "Skolskjutssamordnare", None, GR,
             "Utgår – ny upphandling av skolskjuts pågår, kontrolleras 2026.", "UTGAR", ""),
        ]),
        ("Verksamhet", [
            ("Elever skyddas inte mot kränkningar", "Anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar", 12, "Verksamhetschef grundskola", G, G,
             "Genomgång av 41 anmälningar, 6 rapporterade senare än fem dagar. Påminnelse till rektorer.", "GENOMFORD", "ja"),
            ("Hög frånvaro upptäcks inte", "Frånvarouppföljning av elever med hög frånvaro (över 15 %)", 9, "Elevhälsochef", Y, R,
             "Rutinen är inte införd i nya elevsystemet, kontrollen kunde inte göras.", "EJ_GENOMFORD", ""),
            ("Olämplig person anställs", "Registerkontroll av personal i förskola och skola (belastningsregister)", 8, "HR-konsult", G, None,
             "", "GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Långa sjukskrivningar", "Sjukfrånvaro följs upp med rehabiliteringsplan inom 30 dagar", 6, "HR-konsult", None, Y,
             "Uppföljt på F–6-skolorna, övriga enheter i oktober.", "DELVIS", ""),
        ]),
    ]
    r += 1
    for g, items in groups:
        ws.cell(r, 1, g).font = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = fill("F2F2F2")
        r += 1
        for risk, km, rv, ans, t1, dl, kom, st, av in items:
            vals = [g, risk, km, rv, ans, None, None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            if t1: ws.cell(r, 6).fill = fill(t1)
            if dl: ws.cell(r, 7).fill = fill(dl)
            EXP.append((fn, N, km, st, av))
            r += 1
    ws.cell(r + 1, 1, "Beslutad i BUN 2025-02-12 § 14. Uppföljning delår redovisas för nämnden 2025-09-24.")
    for col, w in zip("ABCDEFGH", [14, 30, 48, 10, 24, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb); wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 SN (Word, one table, merged process cells)
def f3():
    fn = "Socialnämnden uppföljning internkontrollplan delår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.add_heading("Socialnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti").runs[0].bold = True
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 8). Planen omfattar sju "
                    "kontrollmoment inom ekonomiskt bistånd, barn och unga samt vuxenenheten. Nedan redovisas resultatet "
                    "av de kontroller som genomförts under perioden januari–augusti. Avvikelser har återkopplats till "
                    "berörda enhetschefer.")
    hdr = ["Process", "Kontrollmoment", "Metod/omfattning", "Resultat delår", "Bedömning", "Avvikelse"]
    rows = [
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen", "Stickprov 25 beslut",
         "Samtliga kontrollerade beslut fattade av behörig delegat.", "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och arbetslöshetskassa (SSBTEK) görs före utbetalning", "Stickprov 25 akter",
         "I 3 av 25 akter saknades dokumenterad kontroll. Rutinen har gåtts igenom på APT.", "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Återkrav vid felaktigt utbetalt bistånd handläggs enligt riktlinjen", "Genomgång av samtliga ärenden",
         "Genomgången är påbörjad och slutförs under hösten.", "Delvis genomförd", "", "DELVIS", ""),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Uttag ur verksamhetssystemet",
         "92 % av förhandsbedömningarna gjordes inom 14 dagar, 11 ärenden överskred tidsgränsen.", "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningar avslutas inom fyra månader", "Uttag ur verksamhetssystemet",
         "Kontrollen har inte genomförts på grund av hög personalomsättning. Flyttas till tertial 3.", "Ej genomförd", "", "EJ_GENOMFORD", ""),
        ("Vuxenenheten", "Journalföring sker löpande och utan dröjsmål", "Stickprov 10 akter",
         "Kontrollen utgår enligt nämndens beslut 2025-04-23 § 41 och ersätts av extern granskning.", "Utgår", "", "UTGAR", ""),
        ("Vuxenenheten", "Avtal för placeringar på HVB följs upp", "Genomgång av avtal och fakturor",
         "Se bilaga 2.", "", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    start = {}
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
        EXP.append((fn, N, row[1], row[6], row[7]))
    # merge process column vertically
    proc = [r[0] for r in rows]
    i = 0
    while i < len(proc):
        j = i
        while j + 1 < len(proc) and proc[j + 1] == proc[i]: j += 1
        if j > i:
            a = t.cell(i + 1, 0); b = t.cell(j + 1, 0)
            m = a.merge(b)
            for par in m.paragraphs[1:]:
                par._element.getparent().remove(par._element)
            m.paragraphs[0].text = proc[i]
        i = j + 1
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Uppföljning av HVB-avtal (separat dokument).")
    d.add_paragraph("Östen Berg\nSocialchef")
    d.core_properties.author = "Socialförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(2025, 9, 9, 8, 0); d.core_properties.modified = datetime.datetime(2025, 9, 9, 8, 0)
    d.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4 VON (tick columns, nämnd only in print header)
def f4():
    fn = "IKP uppföljning aug 2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ins = wb.active; ins.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontroll",
        "Markera med X i den kolumn som stämmer för respektive kontrollmoment.",
        "Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem i kommentaren.",
        "Skicka ifylld fil till ekonomienheten senast 12 september.",
    ], 1):
        ins.cell(i, 1, t)
    ins["A1"].font = B
    ws = wb.create_sheet("Uppföljning")
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.left.text = "Vård- och omsorgsförvaltningen, kvalitet och utveckling"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: januari–augusti"
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (ja/nej)", "Kommentar"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = B; cell.border = BOX; cell.alignment = Alignment(wrap_text=True)
    rows = [
        ("Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS", "X", "", "", "Ja",
         "Osignerade doser på två boenden. Åtgärdsplan upprättad tillsammans med enhetscheferna.", "GENOMFORD", "ja"),
        ("Avvikelser enligt HSL och SoL (lex Sarah) utreds och återkopplas inom 30 dagar", "Kvalitetsutvecklare", "", "X", "", "Ja",
         "Uppföljt för jan–jun: 78 % återkopplade inom 30 dagar.", "DELVIS", "ja"),
        ("Genomförandeplaner upprättas inom 14 dagar från verkställighet i hemtjänst", "Enhetschef hemtjänst", "x", "", "", "Nej",
         "Stickprov 20 brukare, samtliga inom tid.", "GENOMFORD", "nej"),
        ("Kvittering och förvaring av brukares nycklar i hemtjänsten", "Enhetschef hemtjänst", "", "", "X", "",
         "Skjuts till hösten när nytt digitalt låssystem är infört.", "EJ_GENOMFORD", ""),
        ("Hantering av brukares privata medel på särskilt boende", "Enhetschef SÄBO", "X", "X", "", "",
         "Kontroll gjord på Solgården och Björkbacken.", "OKLAR", ""),
        ("Utförd tid i hemtjänst jämförs mot beviljade insatser", "Biståndschef", "", "X", "", "Nej",
         "Jan–maj jämfört, inga större avvikelser. Juni–aug görs i september.", "DELVIS", "nej"),
        ("Timanställdas arbetstid följs upp mot arbetstidslagen", "HR-konsult", "", "", "", "",
         "", "SAKNAS", ""),
        ("Omsorgsavgifter debiteras enligt fattat avgiftsbeslut", "Avgiftshandläggare", "X", "", "", "Ja",
         "Fyra felaktiga avgiftsbeslut upptäckta och korrigerade.", "GENOMFORD", "ja"),
    ]
    for i, row in enumerate(rows, 1):
        r = r0 + i
        vals = [i] + list(row[:7])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            if 4 <= c <= 6: cell.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fn, N, row[0], row[7], row[8]))
    r = r0 + len(rows) + 1
    ws.cell(r, 2, "Summa").font = B
    ws.cell(r, 4, 4); ws.cell(r, 5, 3); ws.cell(r, 6, 1)
    for col, w in zip("ABCDEFGH", [5, 55, 22, 11, 9, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_props(wb); wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 Stratsys .xls, two nämnder
def f5():
    fn = "Samhällsbyggnad_Stratsys_export_2025-09-08.xls"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Rapport")
    bold = xlwt.easyxf("font: bold on"); hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Rapport: Delårsuppföljning internkontroll 2025", bold)
    ws.write(1, 0, "Period: Augusti 2025")
    ws.write(2, 0, "Utskriven: 2025-09-08 14:22 av Per Sandström")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr): ws.write(4, c, h, hb)
    data = [
        ("Tekniska nämnden", [
            ("Gata/park", "Kontroll av att entreprenörers fakturor för vinterväghållning stämmer mot avtal och körjournaler", "Stickprov", "Tertial", "Gatuchef", "Slutförd",
             "Fakturor dec–mars granskade. En felaktig debitering av timpris, krediterad i april.", "GENOMFORD", "ja"),
            ("Fastighet", "Lagstadgade besiktningar (hiss, OVK, brand) utförs enligt plan", "Genomgång av besiktningsplan", "Helår", "Fastighetschef", "Pågående",
             "OVK klar på 11 av 17 objekt, hissbesiktningar klara.", "DELVIS", ""),
            ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "Jämförelse mot kontrollprogram", "Tertial", "VA-chef", "Slutförd",
             "Samtliga prover tagna enligt plan, inga anmärkningar.", "GENOMFORD", "nej"),
            ("Fordon", "Körjournaler för kommunens fordon förs och attesteras", "Stickprov 10 fordon", "Helår", "Fordonssamordnare", "Ej påbörjad",
             "", "EJ_GENOMFORD", ""),
            ("Måltid", "Livsmedelsinköp sker enligt upphandlat avtal", "Analys av inköp", "Tertial", "Kostchef", "Slutförd",
             "Avtalstrohet 94 %. Inköp utanför avtal hos lokal handlare från Skogsvallens kök, påtalat för enhetschef.", "GENOMFORD", "ja"),
            ("Fastighet", "Inventering av nycklar och passerkort till kommunala lokaler", "Inventering", "Helår", "Fastighetschef", "Ej aktuell",
             "Utgår, ersätts av nytt passersystem under hösten 2025.", "UTGAR", ""),
        ]),
        ("Miljö- och byggnadsnämnden", [
            ("Tillsyn", "Tillsynsbesök enligt tillsynsplan för miljöfarlig verksamhet", "Uttag ur ärendesystemet", "Tertial", "Miljöchef", "Pågående",
             "46 av 80 planerade besök genomförda.", "DELVIS", ""),
            ("Bygglov", "Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "Uttag ur ärendesystemet", "Tertial", "Bygglovschef", "Slutförd",
             "Samtliga 64 beslutade ärenden inom tid.", "GENOMFORD", "nej"),
            ("Avgifter", "Timavgifter för tillsyn debiteras enligt taxa", "Stickprov 20 ärenden", "Helår", "Administratör", "Slutförd",
             "2 av 20 ärenden var inte debiterade, nu fakturerade.", "GENOMFORD", "ja"),
            ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse diarium mot protokoll", "Tertial", "Nämndsekreterare", "Slutförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Arkiv", "Handlingar i avslutade bygglovsärenden arkiveras enligt dokumenthanteringsplanen", "Stickprov", "Helår", "Arkivansvarig", "",
             "", "SAKNAS", ""),
        ]),
    ]
    r = 5
    for org, items in data:
        ws.write(r, 0, "Organisation: " + org, bold); r += 1
        for it in items:
            for c, v in enumerate(it[:7]):
                if v != "": ws.write(r, c, v, wrap)
            EXP.append((fn, org, it[1], it[7], it[8]))
            r += 1
        FILES.append((fn, "INLAST", org, "2025", "DELAR"))
    for c, w in enumerate([14, 50, 28, 10, 18, 12, 55]):
        ws.col(c).width = w * 256
    wb.save(p(fn))

# ---------------------------------------------------------------- 6 KFN (symbols, legend below)
def f6():
    fn = "KFN_internkontroll_2025_uppf_aug.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 augusti"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Kontrolltidpunkt", "Status", "Resultat/kommentar"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = B; cell.border = BOX; cell.fill = fill("E2EFDA")
    rows = [
        ("Kontanthantering", "Kontanthantering i simhallens kassa – dagsavstämning mot kassarapport", "Badchef", "April, augusti", "●",
         "Stickprov 10 dagar. Differens på 120 kr en dag, utredd och förklarad.", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsregler och med fullständig ansökan", "Föreningskonsulent", "April", "●",
         "30 ansökningar kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Intäkter", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig", "Augusti, december", "◐",
         "Bokningssystemet jämfört mot fakturering för jan–apr.", "DELVIS", ""),
        ("Tillgångar", "Inventering av utrustning och instrument i kulturskolan", "Kulturskolechef", "December", "○",
         "Planeras till december.", "EJ_GENOMFORD", ""),
        ("Avtal", "Avtal med studieförbund följs upp mot överenskommelse", "Kulturchef", "Augusti", "–",
         "Utgår, ny överenskommelse tecknas 2026.", "UTGAR", ""),
        ("Inköp", "Biblioteksmedier köps enligt upphandlat avtal", "Bibliotekschef", "Augusti", "",
         "Se bilaga", "OKLAR", ""),
        ("Personal", "Lönesättning för timanställda badvärdar följer kollektivavtal", "Badchef", "April", "●",
         "", "GENOMFORD", ""),
    ]
    for i, row in enumerate(rows, r0 + 1):
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(i, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            if c == 5: cell.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fn, N, row[1], row[6], row[7]))
    r = r0 + len(rows) + 2
    ws.cell(r, 1, "Förklaring:").font = B
    ws.cell(r + 1, 1, "● = Genomförd   ◐ = Påbörjad   ○ = Ej påbörjad   – = Utgår")
    ws.cell(r + 3, 1, "Kontaktperson: Lena Hedström, kultur- och fritidschef")
    for col, w in zip("ABCDEF", [18, 52, 20, 18, 8, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb); wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 ÖFN (Word, prose only)
def f7():
    fn = "Överförmyndarnämnden delårsuppföljning IK 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden i Österfärnebo", level=1)
    d.add_paragraph("Delårsuppföljning av intern kontroll 2025").runs[0].bold = True
    d.add_paragraph("Avser perioden januari–augusti 2025. Nämnden har i internkontrollplanen för 2025 fem kontrollmoment. "
                    "Resultatet av kontrollerna redovisas nedan.")
    items = [
        ("Årsräkningar för 2024 granskas senast den 30 juni",
         "Av 212 inkomna årsräkningar var 204 granskade per den 30 juni. Resterande åtta granskades i juli. "
         "Kontrollen är genomförd, men målet nåddes inte fullt ut.", "GENOMFORD", "ja"),
        ("Nya ställföreträdare har fått introduktionsutbildning",
         "Samtliga nio ställföreträdare som förordnats under perioden har genomgått utbildningen. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uttag från spärrade konton sker med överförmyndarens samtycke",
         "Kontrollen är påbörjad genom stickprov hos två banker. Återstående del görs under hösten.", "DELVIS", ""),
        ("Lämplighetsprövning görs innan ny ställföreträdare förordnas",
         "Kontrollen har inte genomförts under perioden på grund av vakans på en handläggartjänst. Den genomförs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Genomförd utan anmärkning. 25 arvodesbeslut kontrollerades.", "GENOMFORD", "nej"),
    ]
    for i, (km, res, st, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {km}", level=2)
        d.add_paragraph(res)
        EXP.append((fn, N, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Österfärnebo 2025-09-05\nMaria Ek, ordförande överförmyndarnämnden")
    import datetime
    d.core_properties.author = "Överförmyndarenheten"
    d.core_properties.created = datetime.datetime(2025, 9, 5, 8, 0); d.core_properties.modified = datetime.datetime(2025, 9, 5, 8, 0)
    d.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 8 rejected: economic follow-up, no controls
def f8():
    fn = "BUN_Ekonomisk_uppföljning_aug_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Ekonomi aug"
    ws["A1"] = "Barn- och utbildningsnämnden – ekonomisk uppföljning augusti 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget"]
    for c, h in enumerate(hdr, 1): ws.cell(4, c, h).font = B
    rows = [("Förskola", 58400, 38950, 58900), ("Grundskola F–9", 121300, 80420, 122600), ("Fritidshem", 14200, 9210, 14000),
            ("Gymnasieskola (interkommunal)", 46800, 31900, 48100), ("Elevhälsa", 9700, 6300, 9600), ("Skolskjuts", 11200, 6900, 11800),
            ("Nämnd och administration", 6100, 3950, 6000)]
    for i, (v, b, u, pr) in enumerate(rows, 5):
        ws.cell(i, 1, v); ws.cell(i, 2, b); ws.cell(i, 3, u); ws.cell(i, 4, pr); ws.cell(i, 5, b - pr)
    t = 5 + len(rows)
    ws.cell(t, 1, "Summa").font = B
    for c in (2, 3, 4):
        ws.cell(t, c, sum(r[c - 1] for r in rows)).font = B
    ws.cell(t, 5, sum(r[1] - r[3] for r in rows)).font = B
    ws.cell(t + 2, 1, "Kommentar: Underskottet beror främst på fler elever i interkommunal gymnasieskola och ökade skolskjutskostnader.")
    for col, w in zip("ABCDE", [32, 14, 16, 15, 20]):
        ws.column_dimensions[col].width = w
    fix_props(wb); wb.save(p(fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-for-byte deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def main():
    for f in (f1, f2, f3, f4, f5, f6, f7, f8): f()
    for fn in sorted({r[0] for r in FILES}):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(p(fn))
    def w(name, hdr, rows):
        with open(p(name), "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh, delimiter=";", lineterminator="\n")
            cw.writerow(hdr); cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

if __name__ == "__main__":
    main()
