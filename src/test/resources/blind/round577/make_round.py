#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r577 - Motala kommun, tertial 1 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 make_round.py (from any directory; output lands beside this script).
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                       ParagraphProperties, TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell, TableHeaderRows

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def sval(cell, value):
    """Write value as a plain string cell (never a formula)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden - Excel, process groups, Status T1 + Avvikelse Ja/Nej
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN Uppföljning internkontrollplan T1 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    groups = [
        ("Process: Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen\n(gäller även e-handelsorder)",
             "Stickprov i Raindance", "30 fakturor/tertial", "Ekonomichef",
             "Genomförd", "Nej", "Samtliga fakturor i urvalet var attesterade av behörig attestant.",
             "GENOMFORD", "nej"),
            ("Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Uttag ur inköpsanalysverktyget", "Samtliga inköp > 10 000 kr", "Upphandlingssamordnare",
             "Genomförd", "Ja", "4 av 52 inköp gjordes utanför avtal (förbrukningsmaterial och läromedel). "
             "Berörda rektorer har informerats om avtalen.", "GENOMFORD", "ja"),
            ("Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Stickprov", "15 verifikationer", "Controller",
             "Delvis genomförd", "Ja", "10 av 15 verifikationer granskade. Två saknade deltagarförteckning.",
             "DELVIS", "ja"),
            ("Direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av dokumentation", "Samtliga", "Upphandlingssamordnare",
             "Ej påbörjad", "", "Planeras till tertial 2.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Personal och arbetsmiljö", [
            ("Utdrag ur belastningsregistret har kontrollerats vid nyanställning",
             "Stickprov i HR-systemet", "20 nyanställningar", "HR-specialist",
             "Genomförd", "Nej", "Samtliga nyanställda i urvalet hade uppvisat utdrag före anställningens start.",
             "GENOMFORD", "nej"),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt årshjul",
             "Enkät till rektorer och förskolechefer", "Samtliga enheter", "HR-chef",
             "Pågår", "Nej", "14 av 22 enheter har rapporterat genomförd skyddsrond. Inga avvikelser hittills.",
             "DELVIS", "nej"),
            ("Rehabiliteringsärenden dokumenteras i Adato",
             "Stickprov", "10 ärenden", "HR-specialist",
             "Genomförd", "Ja", "Tre ärenden saknade rehabiliteringsplan inom 30 dagar.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Elevhälsa och trygghet", [
            ("Anmälan om kränkande behandling till huvudman sker skyndsamt",
             "Uttag ur DF Respons", "Samtliga anmälningar", "Verksamhetsutvecklare",
             "Genomförd", "Ja", "11 % av anmälningarna inkom till huvudmannen senare än fem arbetsdagar.",
             "GENOMFORD", "ja"),
            ("Rutin för orosanmälan till socialtjänsten följs",
             "Intervju med rektorer", "5 enheter", "Elevhälsochef",
             "Genomförd", "Nej", "Rutinen är känd och tillämpas på samtliga intervjuade enheter.",
             "GENOMFORD", "nej"),
            ("Hög frånvaro utreds enligt rutin för frånvarouppföljning",
             "Stickprov i elevregistret", "3 skolor", "Elevhälsochef",
             "", "", "Kontrollen är genomförd på tre skolor. Samtliga elever med mer än 20 % frånvaro "
             "hade en påbörjad utredning.", "GENOMFORD", "nej"),
            ("Åtgärdsprogram upprättas för elever med beslut om särskilt stöd",
             "Stickprov", "20 elever", "Elevhälsochef",
             "Ej genomförd", "", "Personalbrist inom elevhälsan. Kontrollen flyttas till tertial 2.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Process: Informationssäkerhet och verksamhetssystem", [
            ("Behörigheter i elevdokumentationssystemet (IST) stäms av mot personalregistret",
             "Avstämning mot personalregister", "Samtliga användare", "Systemförvaltare",
             "Genomförd", "Ja", "12 konton tillhörande avslutad personal var fortfarande aktiva och har inaktiverats.",
             "GENOMFORD", "ja"),
            ("Personuppgiftsincidenter rapporteras till IMY inom 72 timmar",
             "Genomgång av incidentlogg", "Samtliga incidenter", "Dataskyddssamordnare",
             "Genomförd", "Nej", "Två incidenter under perioden, båda rapporterade i tid.",
             "GENOMFORD", "nej"),
            ("Utlånade elevdatorer återlämnas vid avslutad skolgång",
             "Inventering", "Åk 9", "IT-samordnare",
             "Utgår", "", "Kontrollen utgår enligt nämndens beslut 2025-03-18 § 22.",
             "UTGAR", ""),
        ]),
        ("Process: Skolskjuts och måltider", [
            ("Skolskjutsbeslut fattas enligt gällande riktlinjer",
             "Stickprov", "20 beslut", "Skolskjutshandläggare",
             "Delvis genomförd", "Nej", "12 av 20 beslut granskade, inga avvikelser hittills.",
             "DELVIS", "nej"),
            ("Läkarintyg finns för beställd specialkost",
             "Stickprov", "2 skolor", "Kostchef",
             "Se bilaga 2", "", "", "OKLAR", ""),
            ("Egenkontrollprogram i tillagningskök följs",
             "Genomgång av egenkontroll", "6 kök", "Kostchef",
             "Genomförd med anmärkning", "Ja", "I två kök saknades temperaturloggar för mars.",
             "GENOMFORD", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Barn- och utbildningsförvaltningen"
    ws = wb.active
    ws.title = "Uppföljning T1"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sval(ws["A1"], "Uppföljning av internkontrollplan 2025 – tertial 1 (jan–apr)")
    ws["A1"].font = Font(bold=True, size=14)
    sval(ws["A2"], "Nämnd: Barn- och utbildningsnämnden")
    ws["A2"].font = bold
    sval(ws["A3"], "Status anges som Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår. "
                   "Avvikelse anges Ja/Nej.")
    ws["A3"].font = Font(italic=True, color="666666")
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Ansvarig", "Status T1", "Avvikelse",
               "Kommentar"]
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c)
        sval(cell, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    nr = 0
    for gname, rows in groups:
        sval(ws.cell(row=r, column=1), gname)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = bold
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for (km, metod, omf, ansv, status, avv, komm, es, ea) in rows:
            nr += 1
            vals = [nr, km, metod, omf, ansv, status, avv, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v != "":
                    sval(cell, v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, km, es, ea)
            r += 1
    r += 1
    sval(ws.cell(row=r, column=1), "Sammanställt av: Lena Forsberg, controller, 2025-05-06")
    sval(ws.cell(row=r + 1, column=1), "Bilaga 2: Specialkost – stickprov Ekenäs- och Smedsby skola (separat fil)")
    for col, w in zip("ABCDEFGH", [5, 48, 28, 22, 22, 20, 11, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Motala kommun – Barn- och utbildningsförvaltningen"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Kommunstyrelsen - Word, two-column table, bold status word + sentence
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS uppföljning intern kontroll tertial 1 2025.docx"
    N = "Kommunstyrelsen"
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd.",
         "Stickprov om 40 fakturor visade inga avvikelser.", "GENOMFORD", "nej"),
        ("Beslut fattade på delegation anmäls till kommunstyrelsen", "Genomförd.",
         "Två delegationsbeslut från ekonomienheten hade inte anmälts. Dessa anmäls vid sammanträdet i juni.",
         "GENOMFORD", "ja"),
        ("Löneutbetalningar – nyupplagda anställningar kontrolleras mot underlag", "Delvis genomförd.",
         "Januari och februari är kontrollerade utan anmärkning, mars och april återstår.", "DELVIS", "nej"),
        ("Avtalstrohet vid inköp av IT-utrustning", "Ej genomförd.",
         "Kontrollen har skjutits upp till tertial 2 på grund av byte av e-handelssystem.", "EJ_GENOMFORD", ""),
        ("Bisysslor har anmälts och prövats av närmaste chef", "Pågår.",
         "Enkäten till chefer har skickats ut och svar inväntas.", "DELVIS", ""),
        ("Allmänna handlingar diarieförs inom föreskriven tid", "Genomförd med avvikelse.",
         "18 % av inkomna handlingar i stickprovet diariefördes senare än tre arbetsdagar efter ankomst.",
         "GENOMFORD", "ja"),
        ("Efterlevnad av riktlinjer för representation och gåvor", "Genomförd.",
         "Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Kommunens krisledningsplan är uppdaterad och känd av krisledningsgruppen", "Utgår.",
         "Ersätts av kontroll inom ramen för arbetet med civilt försvar, se beslut KS 2025-02-11 § 19.",
         "UTGAR", ""),
        ("Kommunens webbplats uppfyller kraven i lagen om tillgänglighet till digital offentlig service",
         "", "", "SAKNAS", ""),
        ("Leverantörskontroll – F-skatt och skulder hos Skatteverket kontrolleras före betalning", "Genomförd.",
         "En leverantör saknade F-skattsedel. Utbetalningen stoppades och ärendet utreds.", "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Kommunledningsförvaltningen"
    d.core_properties.title = "Uppföljning intern kontroll T1 2025"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "MOTALA KOMMUN\tKommunledningsförvaltningen\t2025-05-07"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    para = d.add_paragraph()
    para.add_run("Nämnd: ").bold = True
    para.add_run("Kommunstyrelsen")
    para = d.add_paragraph()
    para.add_run("Diarienummer: ").bold = True
    para.add_run("KS 2024/318")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 10 december 2024. Nedan redovisas "
        "uppföljningen av planens kontrollmoment för perioden januari–april 2025. Status anges först i "
        "fetstil, därefter en kort kommentar om resultatet.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for i, h in enumerate(["Kontrollmoment", "Uppföljning T1"]):
        hdr[i].text = ""
        hdr[i].paragraphs[0].add_run(h).bold = True
    for km, st, txt, es, ea in rows:
        c = t.add_row().cells
        c[0].text = km
        par = c[1].paragraphs[0]
        if st:
            par.add_run(st).bold = True
            par.add_run(" " + txt)
        exp(fil, N, km, es, ea)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(9.5)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Av tio kontrollmoment är sex genomförda, två pågår eller är delvis genomförda och ett har skjutits upp. "
        "Ett kontrollmoment har utgått. Förvaltningen bedömer att den interna kontrollen är i huvudsak "
        "tillräcklig, men att rutinen för anmälan av delegationsbeslut behöver förtydligas.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nKommundirektör")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Hypergene export - CSV, four nämnder
# ---------------------------------------------------------------------------
def make_hypergene():
    fil = "Hypergene_export_Internkontroll_2025-05-12.csv"
    data = {
        "Socialnämnden": [
            ("Myndighetsutövning", "Beslut om ekonomiskt bistånd fattas inom fyra veckor från komplett ansökan",
             "Stickprov 30 ärenden", "Genomförd med anmärkning",
             "Av 30 granskade ärenden fattades 6 beslut senare än fyra veckor.\nOrsaken är vakanser "
             "under februari. Bemanningen är nu återställd.", "Enhetschef försörjningsstöd", "GENOMFORD", "ja"),
            ("Myndighetsutövning", "Utredningar inom barn och unga avslutas inom fyra månader",
             "Uttag ur Treserva", "Delvis genomförd",
             "Hittills har 15 av 25 ärenden granskats. Två utredningar överskred fyra månader utan beslut om "
             "förlängning.", "Enhetschef barn och unga", "DELVIS", "ja"),
            ("Myndighetsutövning", "Ej verkställda beslut rapporteras till IVO inom tre månader",
             "Genomgång av rapporteringslista", "Genomförd",
             "Samtliga ej verkställda beslut har rapporterats inom föreskriven tid.", "Kvalitetsstrateg",
             "GENOMFORD", "nej"),
            ("Ekonomi", "Hantering av klienters kontanta medel sker enligt rutin",
             "Kassainventering", "Ej genomförd",
             "Kontrollen kunde inte genomföras under perioden. Genomförs i maj.", "Controller",
             "EJ_GENOMFORD", ""),
            ("Personal", "Registerkontroll vid anställning i verksamhet med barn",
             "Stickprov", "", "", "HR-specialist", "SAKNAS", ""),
        ],
        "Samhällsbyggnadsnämnden": [
            ("Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid",
             "Uttag ur ärendesystemet", "Genomförd",
             "Av 84 beslut fattades 3 efter lagstadgad tid. Avgiften reducerades enligt plan- och bygglagen.",
             "Bygglovschef", "GENOMFORD", "ja"),
            ("Ekonomi", "Avgifter debiteras enligt gällande taxa",
             "Stickprov 20 ärenden", "Genomförd utan anmärkning",
             "Samtliga ärenden i stickprovet var korrekt debiterade.", "Controller", "GENOMFORD", "nej"),
            ("Styrning", "Delegationsbeslut anmäls till nämnden",
             "Avstämning mot delegationslista", "Genomförd", "Inga avvikelser.", "Nämndsekreterare",
             "GENOMFORD", "nej"),
            ("Miljö och hälsoskydd", "Tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
             "Uppföljning mot tillsynsplan", "Delvis genomförd",
             "28 % av planerad tillsyn är utförd efter tertial 1, vilket är i nivå med planen.",
             "Miljöchef", "DELVIS", "nej"),
        ],
        "Kultur- och fritidsnämnden": [
            ("Bidrag", "Föreningsbidrag betalas ut enligt gällande regelverk",
             "Stickprov 10 föreningar", "Genomförd",
             "Två föreningar saknade årsmöteshandlingar. Bidraget hålls inne tills handlingarna inkommit.",
             "Föreningskonsulent", "GENOMFORD", "ja"),
            ("Ekonomi", "Kassahantering i Motala simhall och på stadsbiblioteket",
             "Kassaavstämning", "Genomförd",
             "Kassaavstämningar har gjorts dagligen utan differenser.", "Enhetschef", "GENOMFORD", "nej"),
            ("Ekonomi", "Uthyrning av lokaler och anläggningar debiteras korrekt",
             "Stickprov", "Ej aktuell",
             "Kontrollen utgår då bokningssystemet byts ut under 2025.", "Bokningsansvarig", "UTGAR", ""),
            ("Tillgångar", "Inventering av den kommunala konstsamlingen",
             "Inventering", "Ej påbörjad", "Planeras till hösten 2025.", "Kulturchef",
             "EJ_GENOMFORD", ""),
        ],
        "Tekniska nämnden": [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Genomförd", "Inga avvikelser.", "Controller", "GENOMFORD", "nej"),
            ("Fastighet", "Arbetsordrar i fastighetssystemet avslutas och faktureras",
             "Uttag ur fastighetssystemet", "Delvis genomförd",
             "Kontrollen är gjord för januari och februari. 37 arbetsordrar var inte avslutade och har "
             "följts upp med respektive förvaltare.", "Fastighetschef", "DELVIS", "ja"),
            ("Fordon", "Tankningar med drivmedelskort stäms av mot fordon",
             "Avstämning mot fordonsregister", "Genomförd med anmärkning",
             "Två tankningar av fel drivmedel och en tankning på kort kopplat till avyttrat fordon.",
             "Fordonssamordnare", "GENOMFORD", "ja"),
            ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
             "Besiktning", "", "Se bifogad besiktningsrapport.", "Parkchef", "OKLAR", ""),
            ("Avfall", "Avfallsabonnemang stäms av mot hämtregistret",
             "Avstämning", "Ej genomförd",
             "Resursbrist på renhållningsenheten. Genomförs under tertial 2.", "Renhållningschef",
             "EJ_GENOMFORD", ""),
        ],
    }
    header = ["Organisation", "Nämnd", "Period", "Process", "Kontrollmoment", "Kontrollmetod", "Bedömning",
              "Analys", "Ansvarig", "Senast ändrad"]
    day = 2
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for N, rows in data.items():
            for proc, km, metod, bed, analys, ansv, es, ea in rows:
                day = day % 9 + 1
                w.writerow(["Motala kommun", N, "2025 Tertial 1", proc, km, metod, bed, analys, ansv,
                            "2025-05-%02d" % day])
                exp(fil, N, km, es, ea)
    for N in data:
        FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - Excel, symbols 🟢🟡🔴⚪ with legend, T1/T2/T3 columns
# ---------------------------------------------------------------------------
def make_von():
    fil = "VON internkontroll 2025 uppföljning.xlsx"
    N = "Vård- och omsorgsnämnden"
    G, Y, R, W = "🟢", "🟡", "🔴", "⚪"
    groups = [
        ("Myndighetsutövning", [
            ("Biståndsbeslut inom äldreomsorgen är dokumenterade enligt socialtjänstlagen", "Aktgranskning",
             "Tertialvis", "Biståndschef", G,
             "Granskning av 20 akter, samtliga beslut korrekt dokumenterade.", "GENOMFORD", "nej"),
            ("Genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov", "Tertialvis",
             "Enhetschefer hemtjänst", Y,
             "Hälften av enheterna är granskade. Hittills saknade 4 av 30 brukare genomförandeplan.",
             "DELVIS", "ja"),
            ("Avgiftsberäkning för hemtjänst och särskilt boende är korrekt", "Stickprov 25 beslut",
             "Två ggr/år", "Avgiftshandläggare", G,
             "Fel i 2 av 25 avgiftsbeslut (felaktigt förbehållsbelopp). Rättat och återbetalt.",
             "GENOMFORD", "ja"),
        ]),
        ("Hälso- och sjukvård", [
            ("Avvikelser i läkemedelshanteringen rapporteras i avvikelsesystemet", "Journalgranskning",
             "Tertialvis", "MAS", G, "Inga avvikelser i kontrollen.", "GENOMFORD", "nej"),
            ("Signeringslistor för delegerade HSL-insatser är kompletta", "Stickprov", "Tertialvis", "MAS", R,
             "Ej genomförd p.g.a. sjukskrivning. Flyttas till T2.", "EJ_GENOMFORD", ""),
            ("Riskbedömningar (fall, trycksår, nutrition) registreras i Senior Alert", "Uttag Senior Alert",
             "Tertialvis", "Sjuksköterskor", Y, "Pågår, beräknas klart i juni.", "DELVIS", ""),
        ]),
        ("Ekonomi och personal", [
            ("Brukares privata medel på särskilda boenden hanteras enligt rutin", "Kassainventering",
             "Tertialvis", "Enhetschefer SÄBO", G + R, "", "OKLAR", ""),
            ("Timanställdas tidrapporter attesteras av chef", "Stickprov 30 rapporter", "Tertialvis",
             "Controller", G, "En tidrapport saknade attest. Chefen har påmints.", "GENOMFORD", "ja"),
            ("Bemanningsföretag anlitas endast enligt avtal", "Fakturagranskning", "Tertialvis", "HR-chef", W,
             "Utgår – inga inhyrda sjuksköterskor efter beslut om stopp för inhyrning 2025.", "UTGAR", ""),
            ("Nyckelhantering i hemtjänsten (digitala lås) följer rutin", "Loggkontroll", "Tertialvis",
             "Enhetschefer hemtjänst", "", "", "SAKNAS", ""),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet Lifecare", "Loggkontroll 50 användare", "Tertialvis",
             "Systemförvaltare", G, "Inga obehöriga åtkomster upptäcktes.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sval(ws["A1"], "Vård- och omsorgsnämnden")
    ws["A1"].font = Font(bold=True, size=14)
    sval(ws["A2"], "Internkontrollplan 2025 med uppföljning")
    ws["A2"].font = Font(bold=True, size=12)
    sval(ws["A3"], "Reviderad 2025-05-09 efter tertial 1")
    ws["A3"].font = Font(italic=True)
    # two header rows: Status merged over T1/T2/T3
    r1, r2 = 5, 6
    singles = [(1, "Område"), (2, "Kontrollmoment"), (3, "Kontrollmetod"), (4, "Frekvens"), (5, "Ansvarig"),
               (9, "Iakttagelser / kommentar")]
    hfill = PatternFill("solid", fgColor="C6E0B4")
    for c, h in singles:
        sval(ws.cell(row=r1, column=c), h)
        ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    sval(ws.cell(row=r1, column=6), "Status")
    ws.merge_cells(start_row=r1, start_column=6, end_row=r1, end_column=8)
    for c, h in zip((6, 7, 8), ("T1", "T2", "T3")):
        sval(ws.cell(row=r2, column=c), h)
    for rr in (r1, r2):
        for c in range(1, 10):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = hfill
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = r2 + 1
    for gname, rows in groups:
        start = r
        for km, metod, frek, ansv, sym, komm, es, ea in rows:
            vals = [gname if r == start else None, km, metod, frek, ansv, sym, None, None, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v not in (None, ""):
                    sval(cell, v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if c in (6, 7, 8) else None)
            exp(fil, N, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    sval(ws.cell(row=r, column=2), "Teckenförklaring status")
    ws.cell(row=r, column=2).font = Font(bold=True)
    legend = [(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"),
              (W, "Utgår / ej aktuell")]
    for i, (s, t) in enumerate(legend, 1):
        sval(ws.cell(row=r + i, column=2), s + "  " + t)
    sval(ws.cell(row=r + 6, column=2), "Avvikelser som upptäcks beskrivs i kolumnen Iakttagelser / kommentar.")
    for col, wdt in zip("ABCDEFGHI", [18, 50, 24, 12, 22, 7, 7, 7, 55]):
        ws.column_dimensions[col].width = wdt
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden - ODT, table with a two-row header
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden intern kontroll T1 2025.odt"
    N = "Överförmyndarnämnden"
    rows = [
        ("1", "Årsräkningar granskas inom fastställd tid (senast 30 juni)", "Uttag ur Wärna", "Löpande",
         "Pågår", "62 % av inkomna årsräkningar är granskade per 30 april, vilket följer planen.",
         "DELVIS", "nej"),
        ("2", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 20 beslut", "Mars",
         "Utförd", "Ett arvode var beräknat på fel grund och har korrigerats.", "GENOMFORD", "ja"),
        ("3", "Kontroll i belastnings- och kreditupplysningsregister av nya ställföreträdare",
         "Samtliga nya ställföreträdare", "Löpande",
         "Utförd", "Samtliga 14 nya ställföreträdare kontrollerade utan anmärkning.", "GENOMFORD", "nej"),
        ("4", "Uttagsmedgivanden från spärrade konton dokumenteras i akten", "Stickprov 10 ärenden", "April",
         "Ej utförd", "Skjuts till tertial 2 på grund av hög ärendebelastning.", "EJ_GENOMFORD", ""),
        ("5", "Förteckningar inkommer inom två månader från förordnande", "Uttag ur Wärna", "Tertialvis",
         "", "", "SAKNAS", ""),
        ("6", "Gallring av akter enligt dokumenthanteringsplanen", "Genomgång av arkiv", "Hösten",
         "Utgår", "Ersätts av övergång till e-arkiv, beslut ÖFN 2025-02-20 § 9.", "UTGAR", ""),
    ]
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hp = Style(name="HeadPara", family="paragraph")
    hp.addElement(TextProperties(fontweight="bold"))
    hp.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(hp)
    tstyle = Style(name="Tabell1", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    hcellst = Style(name="HCell", family="table-cell")
    hcellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#D9D9D9"))
    doc.automaticstyles.addElement(hcellst)
    widths = ["1cm", "5cm", "3cm", "1.8cm", "2cm", "4.2cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=h1, text="Överförmyndarnämnden i Motala kommun"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Period: tertial 1 (januari–april 2025)"))
    doc.text.addElement(P(text="Handläggare: Maria Ekström, Överförmyndarenheten   Datum: 2025-05-05"))
    doc.text.addElement(P(text=""))

    table = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def hcell(text, **kw):
        c = TableCell(stylename=hcellst, valuetype="string", **kw)
        c.addElement(P(stylename=hp, text=text))
        return c

    hrows = TableHeaderRows()
    tr1 = TableRow()
    tr1.addElement(hcell("Nr", numberrowsspanned=2))
    tr1.addElement(hcell("Kontrollmoment", numberrowsspanned=2))
    tr1.addElement(hcell("Plan 2025", numbercolumnsspanned=2))
    tr1.addElement(CoveredTableCell())
    tr1.addElement(hcell("Uppföljning tertial 1", numbercolumnsspanned=2))
    tr1.addElement(CoveredTableCell())
    tr2 = TableRow()
    tr2.addElement(CoveredTableCell())
    tr2.addElement(CoveredTableCell())
    for t in ("Kontrollmetod", "Tidpunkt", "Status", "Kommentar"):
        tr2.addElement(hcell(t))
    hrows.addElement(tr1)
    hrows.addElement(tr2)
    table.addElement(hrows)
    for nr, km, metod, tid, st, komm, es, ea in rows:
        tr = TableRow()
        for v in (nr, km, metod, tid, st, komm):
            c = TableCell(stylename=cellst, valuetype="string")
            c.addElement(P(text=v))
            tr.addElement(c)
        table.addElement(tr)
        exp(fil, N, km, es, ea)
    doc.text.addElement(table)
    doc.text.addElement(P(text=""))
    pp = P()
    pp.addElement(Span(stylename=bold, text="Bedömning: "))
    pp.addText("Den interna kontrollen bedöms vara tillräcklig. Kontrollmoment 4 genomförs under tertial 2.")
    doc.text.addElement(pp)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Motala Energi AB - .xls, simple table
# ---------------------------------------------------------------------------
def make_energi():
    fil = "Motala Energi AB - intern kontroll jan-apr 2025.xls"
    N = "Motala Energi AB"
    rows = [
        ("Attest av leverantörsfakturor enligt bolagets attestinstruktion", "OK",
         "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Fakturering av fjärrvärme stäms av mot mätdata", "OK med anmärkning",
         "Tre kunder hade felaktigt fakturerats på schablon. Fakturorna är krediterade och rättade.",
         "GENOMFORD", "ja"),
        ("Påminnelse- och inkassorutin för kundfordringar följs", "Pågår",
         "Genomgång av förfallna fordringar äldre än 60 dagar pågår.", "DELVIS", ""),
        ("Behörigheter i driftövervakningssystemet (SCADA) stäms av", "Ej utförd",
         "Görs i samband med systembytet i september.", "EJ_GENOMFORD", ""),
        ("Upphandlingar över tröskelvärdet genomförs enligt LUF", "OK",
         "Två upphandlingar granskade utan anmärkning.", "GENOMFORD", "nej"),
        ("Avbrottsrapportering till Energimarknadsinspektionen", "Ej aktuell",
         "Rapporteringen sköts av dotterbolaget Motala Elnät AB. Kontrollen flyttas dit.", "UTGAR", ""),
        ("Säkerhetsprövning av personal placerad i säkerhetsklass", "OK",
         "Samtliga nio befattningar har aktuell säkerhetsprövning.", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Intern kontroll")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25")
    body = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Motala Energi AB", title)
    ws.write(1, 0, "Uppföljning intern kontroll, januari–april 2025")
    ws.write(3, 0, "Nr", bold)
    ws.write(3, 1, "Kontroll", bold)
    ws.write(3, 2, "Resultat", bold)
    ws.write(3, 3, "Kommentar", bold)
    for i, (km, res, komm, es, ea) in enumerate(rows, 1):
        ws.write(3 + i, 0, i, body)
        ws.write(3 + i, 1, km, body)
        ws.write(3 + i, 2, res, body)
        ws.write(3 + i, 3, komm, body)
        exp(fil, N, km, es, ea)
    ws.write(5 + len(rows), 0, "Motala 2025-05-09, Johan Berg, ekonomichef")
    for c, wdt in enumerate([5, 55, 18, 60]):
        ws.col(c).width = wdt * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Rejected: Protokollsutdrag (only mentions the follow-up)
# ---------------------------------------------------------------------------
def make_protokoll():
    fil = "Protokollsutdrag KS 2025-06-03 § 112.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Kansliavdelningen"
    d.sections[0].header.paragraphs[0].text = "MOTALA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1(1)"
    para = d.add_paragraph()
    para.add_run("Kommunstyrelsen\t\t2025-06-03").bold = True
    d.add_paragraph("")
    para = d.add_paragraph()
    para.add_run("§ 112\tDnr KS 2024/318").bold = True
    d.add_heading("Uppföljning av nämndernas internkontrollplaner, tertial 1 2025", level=2)
    para = d.add_paragraph()
    para.add_run("Sammanfattning").bold = True
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska nämnderna och de helägda bolagen rapportera uppföljningen "
        "av sina internkontrollplaner till kommunstyrelsen efter varje tertial. Samtliga nämnder utom "
        "valnämnden och krisledningsnämnden, som saknar kontrollplan för 2025, har inkommit med uppföljning. "
        "Kommunledningsförvaltningen har sammanställt rapporterna och bedömer att den interna kontrollen i "
        "huvudsak är tillräcklig. Brister har noterats bland annat vid diarieföring och avtalstrohet.")
    para = d.add_paragraph()
    para.add_run("Beslutsunderlag").bold = True
    d.add_paragraph("Tjänsteskrivelse 2025-05-20\nNämndernas uppföljningar av internkontrollplan tertial 1 2025")
    para = d.add_paragraph()
    para.add_run("Kommunstyrelsens beslut").bold = True
    d.add_paragraph("1. Kommunstyrelsen godkänner uppföljningen av nämndernas internkontrollplaner för "
                    "tertial 1 2025 och lägger den till handlingarna.")
    d.add_paragraph("2. Barn- och utbildningsnämnden och Tekniska nämnden uppmanas att vid uppföljningen för "
                    "tertial 2 redovisa de kontrollmoment som skjutits upp.")
    d.add_paragraph("")
    d.add_paragraph("Expedieras till: Samtliga nämnder, Motala Energi AB, Revisorerna")
    d.add_paragraph("Justerandes sign: ______    ______\t\tUtdragsbestyrkande: ______")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Motala Energi AB", "MEAB|Motala Energi"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    make_bun()
    make_ks()
    make_hypergene()
    make_von()
    make_ofn()
    make_energi()
    make_protokoll()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))
