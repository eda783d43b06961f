#!/usr/bin/python3
"""Blind round r482 – Askersund kommun, uppföljning av internkontrollplaner tertial 2 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv in the folder of
this script. Run:  /usr/bin/python3 make_round.py
"""
import datetime
import os
import subprocess
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)
LO_PROFILE = "file:///tmp/lo-round482"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "yellow": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "light": PatternFill("solid", fgColor="DDEBF7"),
    "orange": PatternFill("solid", fgColor="F8CBAD"),
}
HEAD_FONT = Font(bold=True, color="FFFFFF")


def out(name):
    return os.path.join(OUT, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Askersunds kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Askersunds kommun"
    return wb


def save_wb(wb, name):
    p = out(name)
    wb.save(p)
    normalize_zip(p)


def header_row(ws, row, values, fill="head", font=HEAD_FONT):
    for c, v in enumerate(values, 1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = font
        cell.fill = FILL[fill]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER


def body_row(ws, row, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# 1. Socialnämnden – Sammanställning + one sheet per process + empty Blad3
# ======================================================================
def file_sn():
    fil = "SN Uppföljning internkontroll T2 2025.xlsx"
    N = "Socialnämnden"
    # nr, process, kontrollmoment, ansvarig, status(sheet), avvikelse col, risk, metod, urval, resultat, åtgärd, expected
    C = [
        ("1.1", "Myndighetsutövning",
         "Utredningstid inom barn- och ungdomsvården – kontroll att utredningar avslutas inom fyra månader",
         "Enhetschef IFO barn och unga", "Pågår", "Ja",
         "Utredningar drar ut på tiden och barn riskerar att inte få stöd i tid",
         "Stickprov i Lifecare", "20 avslutade utredningar jan–aug",
         "Stickprov av 10 av planerade 20 utredningar genomfört. 2 av 10 utredningar överskred fyra månader utan beslut om förlängning. Resterande stickprov görs i september.",
         "Veckovis bevakning av utredningstider på arbetsplatsträff.", ("DELVIS", "ja")),
        ("1.2", "Myndighetsutövning",
         "Handläggning av orosanmälningar – skyddsbedömning dokumenterad inom 24 timmar",
         "Enhetschef IFO barn och unga", "Genomförd", "Nej",
         "Barn i akut behov av skydd uppmärksammas inte",
         "Genomgång av inkomna anmälningar", "15 anmälningar maj–juni",
         "Samtliga 15 granskade anmälningar hade dokumenterad skyddsbedömning inom 24 timmar.",
         "–", ("GENOMFORD", "nej")),
        ("1.3", "Myndighetsutövning",
         "Verkställighet av beslut enligt SoL och LSS – rapportering av ej verkställda beslut till IVO",
         "Verksamhetschef myndighet", "Genomförd med anmärkning", "Ja",
         "Sanktionsavgift vid utebliven rapportering",
         "Avstämning av beslutslista mot rapporter", "Samtliga ej verkställda beslut kv 1–2",
         "Rapportering har skett för kvartal 1 och 2. Ett beslut om bostad med särskild service (LSS) rapporterades 12 dagar för sent.",
         "Rutinen för kvartalsrapportering har förtydligats.", ("GENOMFORD", "ja")),
        ("2.1", "Ekonomi",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd", "Genomförd", "Nej",
         "Felaktiga eller otillåtna utbetalningar",
         "Stickprov utbetalningslistor mot beslut", "30 utbetalningar",
         "30 utbetalningar kontrollerade mot beslut. Inga avvikelser.", "–", ("GENOMFORD", "nej")),
        ("2.2", "Ekonomi",
         "Avgiftsdebitering inom hemtjänst – kontroll att avgiftsbeslut finns och är uppdaterade",
         "Avgiftshandläggare", "Ej påbörjad", "",
         "Felaktiga avgifter och intäktsbortfall",
         "Jämförelse av debiteringslista mot avgiftsbeslut", "25 brukare",
         "Kontrollen har inte påbörjats på grund av byte av verksamhetssystem. Flyttas till tertial 3.",
         "", ("EJ_GENOMFORD", "")),
        ("2.3", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Genomförd", "Nej",
         "Fakturor attesteras av fel person eller utan underlag",
         "Stickprov i ekonomisystemet", "40 fakturor",
         "40 fakturor granskade. Samtliga attesterade av behörig attestant enligt attestordningen.", "–",
         ("GENOMFORD", "nej")),
        ("3.1", "Personal",
         "Kontroll av att utdrag ur belastningsregistret begärts vid nyanställning inom LSS och barnboenden",
         "HR-specialist", "Genomförd", "Ja",
         "Olämplig person anställs i verksamhet med barn",
         "Genomgång av anställningsakter", "12 nyanställda jan–jul",
         "2 av 12 anställningsakter saknade dokumentation om uppvisat registerutdrag.",
         "Checklista vid nyanställning kompletteras; enhetscheferna informerade.", ("GENOMFORD", "ja")),
        ("3.2", "Personal",
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "HR-chef", "Utgår", "",
         "Ökad sjukfrånvaro och brister i rehabiliteringsansvaret",
         "Rapport ur personalsystemet", "–",
         "Utgår enligt beslut SN 2025-04-23 § 45. Hanteras inom HR:s ordinarie uppföljning.", "",
         ("UTGAR", "")),
        ("4.1", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet Lifecare – otillbörlig åtkomst till personuppgifter",
         "Systemförvaltare", "Genomförd", "Nej",
         "Obehöriga tar del av sekretessbelagda uppgifter",
         "Slumpvis loggkontroll", "20 användare",
         "Loggar för 20 slumpvis utvalda användare granskade. Ingen otillbörlig åtkomst upptäcktes.", "–",
         ("GENOMFORD", "nej")),
        ("4.2", "Informationssäkerhet",
         "Behörighetsgranskning – avslutade medarbetares konton inaktiverade",
         "Systemförvaltare", "", "",
         "Avslutade medarbetare har kvar åtkomst till system",
         "Jämförelse personalsystem mot behörighetslista", "Samtliga avslutade jan–jun",
         "Kontrollen genomfördes i juni. Samtliga konton för medarbetare som slutat var inaktiverade.", "",
         ("GENOMFORD", "nej")),
        ("4.3", "Informationssäkerhet",
         "Rutin för hantering av personuppgiftsincidenter är känd i verksamheterna",
         "Dataskyddssamordnare", "", "",
         "Incidenter anmäls inte till IMY inom 72 timmar",
         "Enkät till enhetschefer", "Samtliga enheter",
         "", "", ("SAKNAS", "")),
    ]
    fillmap = {"Genomförd": "green", "Genomförd med anmärkning": "yellow", "Pågår": "yellow",
               "Ej påbörjad": "red", "Utgår": "grey"}
    wb = new_wb()
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 2 (januari–augusti), ställd per 2025-08-31"
    ws["A3"] = "Sammanställning av samtliga kontrollmoment. Resultat och kommentarer redovisas per process på respektive flik."
    ws.merge_cells("A3:G3")
    header_row(ws, 5, ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status T2", "Avvikelse", "Se flik"])
    r = 6
    for c in C:
        body_row(ws, r, [c[0], c[1], c[2], c[3], c[4] or None, c[5] or None, c[1]])
        if c[4]:
            ws.cell(row=r, column=5).fill = FILL[fillmap[c[4]]]
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summering").font = BOLD
    summ = [("Genomförd", 6), ("Pågår", 1), ("Ej påbörjad", 1), ("Utgår", 1), ("Ej rapporterad", 2),
            ("Totalt antal kontrollmoment", 11)]
    for k, v in summ:
        r += 1
        ws.cell(row=r, column=2, value=k)
        ws.cell(row=r, column=3, value=v).alignment = Alignment(horizontal="left")
    r += 2
    ws.cell(row=r, column=1, value="Statusförklaring: Genomförd = kontrollen är utförd. Pågår = kontrollen är påbörjad men inte klar. "
            "Ej påbörjad = kontrollen har inte startat. Utgår = kontrollmomentet är struket genom nämndbeslut.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    widths(ws, [6, 20, 60, 28, 22, 11, 20])
    ws.freeze_panes = "A6"

    for proc in ["Myndighetsutövning", "Ekonomi", "Personal", "Informationssäkerhet"]:
        wp = wb.create_sheet(proc)
        wp["A1"] = "Process: " + proc
        wp["A1"].font = Font(bold=True, size=13)
        wp["A2"] = "Socialnämnden – internkontrollplan 2025, uppföljning tertial 2"
        header_row(wp, 4, ["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Omfattning/urval", "Ansvarig",
                           "Status", "Resultat och kommentar", "Åtgärd vid avvikelse"])
        r = 5
        for c in C:
            if c[1] != proc:
                continue
            body_row(wp, r, [c[0], c[2], c[6], c[7], c[8], c[3], c[4] or None, c[9] or None, c[10] or None])
            if c[4]:
                wp.cell(row=r, column=7).fill = FILL[fillmap[c[4]]]
            wp.row_dimensions[r].height = 60
            r += 1
        widths(wp, [6, 45, 32, 26, 20, 22, 16, 55, 35])
    wb.create_sheet("Blad3")
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c in C:
        exp(fil, N, c[2], *c[11])


# ======================================================================
# 2. Barn- och utbildningsnämnden – sheets T1, T2, T3 (T3 prepared, empty)
# ======================================================================
def file_bun():
    fil = "BUN internkontrollplan 2025 uppföljning.xlsx"
    N = "Barn- och utbildningsnämnden"
    groups = [
        ("Verksamhet", [
            ("V1", "Kontroll av att skolpliktsbevakning sker enligt rutin för elever med hög frånvaro",
             "Rektor", "Genomgång av frånvarorapporter i Skola24",
             ("P", "Frånvarorapporter för mars granskade på två av fyra skolor."),
             ("G", "Samtliga skolor granskade. Rutinen följs, elever med mer än 10 % frånvaro har anmälts till elevhälsan."),
             ("GENOMFORD", "nej")),
            ("V2", "Registrering och handläggning av anmälningar om kränkande behandling till huvudman",
             "Förvaltningschef", "Genomgång av anmälningar i DF Respons",
             ("G", "Inga avvikelser."),
             ("G", "Två anmälningar saknade återkoppling till huvudman inom utsatt tid. Rektorerna påminda om rutinen."),
             ("GENOMFORD", "ja")),
            ("V3", "Dokumentation av extra anpassningar och åtgärdsprogram i Unikum",
             "Verksamhetschef grundskola", "Stickprov 5 elever per skola",
             ("", ""),
             ("Se bilaga 2", ""),
             ("OKLAR", "")),
        ]),
        ("Ekonomi", [
            ("E1", "Kontroll av barnomsorgsavgifter – inkomstuppgifter stäms av mot Skatteverket",
             "Administratör barnomsorg", "Avstämning mot inkomstuppgifter",
             ("E", "Startar i maj."),
             ("P", "Avstämning av 40 av 120 hushåll klar. Hittills inga avvikelser."),
             ("DELVIS", "nej")),
            ("E2", "Attest av leverantörsfakturor enligt attestordningen",
             "Controller", "Stickprov 25 fakturor",
             ("G", "Stickprov 25 fakturor utan anmärkning."),
             ("G", "Stickprov 25 fakturor utan anmärkning."),
             ("GENOMFORD", "nej")),
            ("E3", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Controller", "Leverantörsanalys i ekonomisystemet",
             ("", ""),
             ("E", "Ej genomförd under perioden, skjuts till T3."),
             ("EJ_GENOMFORD", "")),
            ("E4", "Skolskjuts – kontroll av att beslut om skolskjuts följer riktlinjerna",
             "Skolskjutshandläggare", "Genomgång av beslut inför läsår",
             ("G", "Kontrollen genomförd inför läsåret 2025/26; samtliga 30 granskade beslut följer riktlinjerna."),
             ("", ""),
             ("GENOMFORD", "nej")),
        ]),
        ("Personal och säkerhet", [
            ("P1", "Systematiskt brandskyddsarbete – dokumenterade brandskyddskontroller på samtliga enheter",
             "Rektor/förskolechef", "Genomgång av kontrollprotokoll",
             ("P", "Protokoll inhämtade från 6 av 11 enheter."),
             ("U", "Utgår – ansvaret ligger hos Samhällsbyggnadsförvaltningen som fastighetsägare enligt ny ansvarsfördelning."),
             ("UTGAR", "")),
            ("P2", "Registerutdrag för personal i förskola och skola kontrolleras före anställning",
             "HR-konsult", "Stickprov anställningsakter",
             ("", ""),
             ("", ""),
             ("SAKNAS", "")),
        ]),
    ]
    fills = {"G": "green", "P": "yellow", "E": "red", "U": "grey"}
    periods = [("T1", "Uppföljning tertial 1 (januari–april) 2025", 4),
               ("T2", "Uppföljning tertial 2 (maj–augusti) 2025", 5),
               ("T3", "Uppföljning tertial 3 (september–december) 2025", None)]
    wb = new_wb()
    first = True
    for sheet, label, idx in periods:
        ws = wb.active if first else wb.create_sheet(sheet)
        ws.title = sheet
        first = False
        ws["A1"] = "Barn- och utbildningsnämnden – Internkontroll 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = label
        ws["A2"].font = BOLD
        ws["A3"] = "Lämnas till förvaltningens controller senast 15:e dagen efter tertialets slut."
        header_row(ws, 5, ["Id", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar"])
        r = 6
        for gname, rows in groups:
            ws.cell(row=r, column=1, value=gname).font = BOLD
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = FILL["light"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for row in rows:
                if idx is None:
                    st, kom = "", ""
                else:
                    st, kom = row[idx]
                body_row(ws, r, [row[0], row[1], row[2], row[3], st or None, kom or None])
                ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
                if st in fills:
                    ws.cell(row=r, column=5).fill = FILL[fills[st]]
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Teckenförklaring status:").font = BOLD
        for code, txt in [("G", "Genomförd"), ("P", "Påbörjad / pågår"), ("E", "Ej påbörjad"),
                          ("U", "Utgår (struken)")]:
            r += 1
            c = ws.cell(row=r, column=1, value=code)
            c.fill = FILL[fills[code]]
            c.alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=2, value=txt)
        widths(ws, [6, 60, 24, 32, 10, 60])
        ws.freeze_panes = "A6"
    wb.active = 1  # T2 is the active sheet when opened
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws.title == "T2"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for gname, rows in groups:
        for row in rows:
            exp(fil, N, row[1], *row[6])


# ======================================================================
# 3. Samhällsbyggnadsnämnden – "Plan 2025" + "Uppföljning"
# ======================================================================
def file_sbn():
    fil = "Samhällsbyggnadsnämnden IKP 2025 T2.xlsx"
    N = "Samhällsbyggnadsnämnden"
    # nr, process, risk, S, K, km, metod, frekvens, ansvarig, rapport, datum, resultat, status, avv, åtgärd, expected
    C = [
        (1, "VA-verksamhet", "Felaktig debitering ger intäktsbortfall och förtroendeskada", 2, 3,
         "Fakturering av VA-avgifter sker enligt gällande VA-taxa", "Stickprov 20 kunder", "Årligen",
         "VA-ingenjör", "T2", "2025-06-12",
         "20 kunder kontrollerade mot taxa och mätarställning. Samtliga fakturor korrekta.",
         "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        (2, "Fastighetsförvaltning", "Eftersatt underhåll ger kapitalförstöring", 3, 3,
         "Underhållsplan för kommunens fastigheter följs upp och uppdateras årligen", "Genomgång av underhållsplan",
         "Årligen", "Fastighetschef", "T2", "2025-05-28",
         "Underhållsplanen är uppdaterad. Tre objekt (Sjöängsskolan, Hembygdsgården, förråd Åmmeberg) saknade aktuell statusbesiktning.",
         "Genomförd", "Ja", "Statusbesiktning beställd hösten 2025.", ("GENOMFORD", "ja")),
        (3, "Gata/park", "Olycksrisk för barn vid bristfälligt underhåll", 2, 4,
         "Tillsyn av kommunala lekplatser enligt plan för besiktning", "Besiktningsprotokoll", "Årligen",
         "Parkchef", "T2, T3", "",
         "14 av 22 lekplatser besiktigade. Inga allvarliga brister hittills. Resterande besiktigas i september.",
         "Pågående", "Nej", "", ("DELVIS", "nej")),
        (4, "Gata/park", "Entreprenören utför inte vinterväghållning enligt avtal", 3, 2,
         "Vinterväghållning – uppföljning av entreprenörens utförande mot avtal", "Jämförelse körjournaler mot avtal",
         "Säsong", "Gatuchef", "T1, T2", "2025-04-15",
         "Körjournaler jan–mars stämda mot avtal och väderdata. Utförandet följer avtalet.",
         "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        (5, "VA-verksamhet", "Bristande kunskap om ledningsnätet vid drift och planering", 3, 3,
         "Ajourhållning av anläggningsregister för VA-ledningsnätet", "Avstämning ritningar mot register",
         "Årligen", "VA-chef", "T2", "",
         "Ej genomförd på grund av resursbrist (vakant GIS-tjänst). Flyttas till 2026.",
         "Ej genomförd", "", "", ("EJ_GENOMFORD", "")),
        (6, "Inköp", "Inköp utanför avtal ger dyrare inköp och brott mot LOU", 3, 3,
         "Avtalstrohet vid inköp av entreprenadtjänster", "Leverantörsreskontra mot avtalsdatabas",
         "Tertialvis", "Controller", "T1, T2", "2025-08-20",
         "Två inköp av markarbeten (totalt 186 tkr) gjordes från leverantör utan avtal.",
         "Genomförd med avvikelse", "Ja", "Information till beställare; ramavtal för markarbeten upphandlas.",
         ("GENOMFORD", "ja")),
        (7, "Nämndadministration", "Beslut fattas utan giltig delegation", 1, 3,
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Jämförelse diarium mot anmälningslistor",
         "Tertialvis", "Nämndsekreterare", "T1, T2", "",
         "Ersatt av digital anmälan i Ciceron som kontrolleras av kansliet. Struken ur planen genom beslut SBN 2025-03-25 § 27.",
         "Utgår", "", "", ("UTGAR", "")),
        (8, "Fastighetsförvaltning", "Fel i lokaler åtgärdas inte och verksamheten störs", 3, 2,
         "Felanmälningar i kommunens lokaler åtgärdas inom avtalad tid", "Rapport ur felanmälningssystemet",
         "Tertialvis", "Driftchef", "T2", "",
         "Kontrollen pågår – stickprov för maj–juni klart, juli–augusti återstår. Slutrapport i oktober.",
         "", "", "", ("DELVIS", "")),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av Samhällsbyggnadsnämnden 2025-01-28, § 8"
    ws["A3"] = "Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–4."
    header_row(ws, 5, ["Nr", "Process/rutin", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
                       "Frekvens", "Ansvarig", "Rapporteras"])
    for i, c in enumerate(C):
        r = 6 + i
        body_row(ws, r, [c[0], c[1], c[2], c[3], c[4], None, c[5], c[6], c[7], c[8], c[9]])
        ws.cell(row=r, column=6, value="=D%d*E%d" % (r, r)).border = BORDER
    widths(ws, [5, 20, 40, 5, 5, 10, 50, 30, 12, 18, 12])
    ws.freeze_panes = "A6"

    wu = wb.create_sheet("Uppföljning")
    wu["A1"] = "Uppföljning internkontrollplan 2025 – tertial 2"
    wu["A1"].font = Font(bold=True, size=14)
    wu["A2"] = "Samhällsbyggnadsförvaltningen, redovisas för Samhällsbyggnadsnämnden 2025-09-23"
    wu["A3"] = "Status: Genomförd / Genomförd med avvikelse / Pågående / Ej genomförd / Utgår"
    header_row(wu, 5, ["Nr", "Process/rutin", "Kontrollmoment", "Kontroll utförd (datum)", "Resultat/iakttagelser",
                       "Status", "Avvikelse (Ja/Nej)", "Åtgärd"])
    fm = {"Genomförd": "green", "Genomförd med avvikelse": "yellow", "Pågående": "yellow",
          "Ej genomförd": "red", "Utgår": "grey"}
    for i, c in enumerate(C):
        r = 6 + i
        body_row(wu, r, [c[0], c[1], c[5], c[10] or None, c[11], c[12] or None, c[13] or None, c[14] or None])
        if c[12]:
            wu.cell(row=r, column=6).fill = FILL[fm[c[12]]]
        wu.row_dimensions[r].height = 58
    r = 6 + len(C) + 1
    wu.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
            "Avvikelser har hanterats enligt åtgärdskolumnen.")
    wu.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths(wu, [5, 20, 48, 14, 60, 20, 11, 40])
    wu.freeze_panes = "A6"
    wb.active = 1
    for s in wb.worksheets:
        s.sheet_view.tabSelected = s.title == "Uppföljning"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c in C:
        exp(fil, N, c[5], *c[15])


# ======================================================================
# 4. Kultur- och fritidsnämnden – .ods with "Uppföljning 2024" and "Uppföljning 2025", tick columns
# ======================================================================
def file_kfn():
    fil = "KFN intern kontroll 2024-2025.ods"
    N = "Kultur- och fritidsnämnden"
    # kontrollområde, km, ansvarig, tick (G/D/E/U or combination), kommentar, expected
    C25 = [
        ("Bidrag", "Föreningsbidrag – kontroll att utbetalda bidrag följer bidragsreglerna och att redovisning inkommit",
         "Föreningskonsulent", "G",
         "Stickprov 10 föreningar. En förening saknade verksamhetsberättelse för 2024; bidraget hålls inne tills redovisning inkommit.",
         ("GENOMFORD", "ja")),
        ("Intäkter", "Uthyrning av lokaler och anläggningar – kontroll att bokningar faktureras",
         "Bokningsansvarig", "D",
         "Avstämning bokningssystem mot fakturering klar för januari–juni, inga avvikelser. Juli–augusti pågår.",
         ("DELVIS", "nej")),
        ("Kontanthantering", "Kassahantering i simhallen Sjöängsbadet – kassaavstämning mot kassaregister",
         "Badchef", "G", "Avstämning vid fyra oanmälda tillfällen. Inga differenser.", ("GENOMFORD", "nej")),
        ("Informationssäkerhet", "Biblioteket – hantering av låntagaruppgifter enligt GDPR",
         "Bibliotekschef", "E", "Ej påbörjad. Genomförs när nytt bibliotekssystem är infört.",
         ("EJ_GENOMFORD", "")),
        ("Tillgångar", "Inventering av konst och inventarier",
         "Kulturutvecklare", "U", "Avbruten genom beslut KFN 2025-05-14 § 31; ny konstpolicy tas fram.",
         ("UTGAR", "")),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonom", "GE", "", ("OKLAR", "")),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Ekonom", "", "", ("SAKNAS", "")),
    ]
    C24 = [
        ("Bidrag", "Föreningsbidrag – kontroll att utbetalda bidrag följer bidragsreglerna och att redovisning inkommit",
         "Föreningskonsulent", "G", "12 föreningar granskade, inga avvikelser."),
        ("Intäkter", "Uthyrning av lokaler och anläggningar – kontroll att bokningar faktureras",
         "Bokningsansvarig", "G", "Helår avstämt. Tre bokningar hade inte fakturerats, nu åtgärdat."),
        ("Kontanthantering", "Kassahantering i simhallen Sjöängsbadet – kassaavstämning mot kassaregister",
         "Badchef", "D", "Två av fyra planerade avstämningar gjorda."),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "G", "Inga avvikelser."),
        ("Ekonomi", "Representation och personalfester – kontroll mot riktlinjer", "Förvaltningschef", "E",
         "Hanns inte med under året."),
        ("Tillgångar", "Kontroll av inventarieförteckning i fritidsgårdar", "Fritidsledare", "U",
         "Utgår – fritidsgården Tingshuset stängd."),
    ]

    def sheet(ws, title, sub, rows):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = sub
        ws["A3"] = "Markera status med X i en av kolumnerna G–J."
        ws.merge_cells("A5:C5")
        ws["A5"] = "Kontroll"
        ws.merge_cells("D5:G5")
        ws["D5"] = "Status"
        for col in range(1, 9):
            ws.cell(row=5, column=col).fill = FILL["light"]
            ws.cell(row=5, column=col).font = BOLD
            ws.cell(row=5, column=col).border = BORDER
        ws["D5"].alignment = Alignment(horizontal="center")
        header_row(ws, 6, ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd",
                           "Ej genomförd", "Utgår", "Kommentar"])
        r = 7
        for row in rows:
            ticks = row[3]
            body_row(ws, r, [row[0], row[1], row[2],
                             "X" if "G" in ticks else None, "X" if "D" in ticks else None,
                             "X" if "E" in ticks else None, "X" if "U" in ticks else None, row[4] or None])
            for col in range(4, 8):
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        widths(ws, [18, 55, 20, 11, 11, 11, 9, 55])
        ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
        ws.oddFooter.right.text = "Sida &P av &N"
        ws.page_setup.orientation = "landscape"

    wb = new_wb()
    w24 = wb.active
    w24.title = "Uppföljning 2024"
    sheet(w24, "Kultur- och fritidsnämnden – uppföljning intern kontroll 2024",
          "Helårsuppföljning, beslutad KFN 2025-02-12 § 9", C24)
    w25 = wb.create_sheet("Uppföljning 2025")
    sheet(w25, "Kultur och fritid – intern kontroll 2025",
          "Uppföljning tertial 2 (per 31 augusti 2025)", C25)
    tmp = out("_tmp_kfn_r482.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods")
    os.remove(tmp)
    os.replace(out("_tmp_kfn_r482.ods"), out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for row in C25:
        exp(fil, N, row[1], *row[5])


# ======================================================================
# 5. Stratsys-like export (.xls) – KS (as Kommunledningsförvaltningen) + Miljö- och byggnämnden,
#    one row per control and period, Period "2025 T1" / "2025 T2"
# ======================================================================
def file_stratsys():
    fil = "Stratsys_Rapport_Internkontroll_2025-09-12.xls"
    KS, MBN = "Kommunstyrelsen", "Miljö- och byggnämnden"
    # org (as in file), register name, process, km, ansvarig, {period: (status, avvikelse, kommentar)}, expected
    C = [
        ("Kommunledningsförvaltningen", KS, "Ekonomiadministration",
         "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsekonom",
         {"2025 T1": ("Slutförd", "Nej", "Stickprov 30 fakturor, inga avvikelser."),
          "2025 T2": ("Slutförd", "Nej", "Stickprov 30 fakturor, inga avvikelser.")}, ("GENOMFORD", "nej")),
        ("Kommunledningsförvaltningen", KS, "Upphandling",
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlare",
         {"2025 T1": ("Pågående", "", "Urval framtaget."),
          "2025 T2": ("Slutförd", "Ja", "2 av 14 direktupphandlingar saknade dokumentation enligt riktlinjen.")},
         ("GENOMFORD", "ja")),
        ("Kommunledningsförvaltningen", KS, "IT och informationssäkerhet",
         "Kontroll av behörigheter i ekonomisystemet Raindance", "Systemförvaltare ekonomi",
         {"2025 T1": ("Ej påbörjad", "", ""),
          "2025 T2": ("Pågående", "", "Behörighetslista uttagen, avstämning mot personalregister pågår.")},
         ("DELVIS", "")),
        ("Kommunledningsförvaltningen", KS, "Styrning och ledning",
         "Uppföljning av att politiska beslut verkställs", "Kanslichef",
         {"2025 T1": ("Pågående", "", "Beslut från KS 2024 gås igenom."),
          "2025 T2": ("", "", "")}, ("DELVIS", "")),
        ("Kommunledningsförvaltningen", KS, "Lön och personal",
         "Löneutbetalningar – kontroll av att nyanställda registreras med korrekt lön", "Lönechef",
         {"2025 T2": ("Försenad", "", "Kontrollen har inte kunnat genomföras på grund av vakans på löneenheten. Planeras till oktober.")},
         ("EJ_GENOMFORD", "")),
        ("Kommunledningsförvaltningen", KS, "Ekonomiadministration",
         "Representation – kontroll av att reglerna för representation följs", "Controller",
         {"2025 T1": ("Slutförd", "Nej", "20 verifikationer granskade."),
          "2025 T2": ("Slutförd", "Nej", "20 verifikationer granskade, samtliga följer reglerna.")},
         ("GENOMFORD", "nej")),
        ("Kommunledningsförvaltningen", KS, "Dokumenthantering",
         "Diarieföring av inkommande handlingar", "Registrator",
         {"2025 T1": ("Ej påbörjad", "", ""),
          "2025 T2": ("Avbruten", "", "Utgår enligt KS beslut 2025-06-10 § 102; ersätts av granskning av e-arkiv 2026.")},
         ("UTGAR", "")),
        ("Miljö- och byggnämnden", MBN, "Livsmedelskontroll",
         "Livsmedelskontroll – kontroll av att planerade kontroller genomförs enligt kontrollplan", "Miljöchef",
         {"2025 T1": ("Pågående", "", "31 % av planerade kontroller genomförda."),
          "2025 T2": ("Pågående", "", "62 % av planerade kontroller genomförda. Bedöms nå 100 % vid årets slut.")},
         ("DELVIS", "")),
        ("Miljö- och byggnämnden", MBN, "Taxor och avgifter",
         "Debitering av årlig tillsynsavgift enligt taxa", "Administratör",
         {"2025 T1": ("Slutförd", "Nej", "Samtliga årsavgifter debiterade i mars enligt taxa.")},
         ("GENOMFORD", "nej")),
        ("Miljö- och byggnämnden", MBN, "Bygglov och strandskydd",
         "Handläggningstid för strandskyddsdispenser", "Byggchef",
         {"2025 T2": ("Slutförd", "Ja", "3 av 17 ärenden överskred handläggningstiden på 8 veckor.")},
         ("GENOMFORD", "ja")),
        ("Miljö- och byggnämnden", MBN, "Myndighetsutövning",
         "Jäv – kontroll av att jävsförklaringar finns för handläggare", "Förvaltningschef",
         {"2025 T1": ("", "", ""), "2025 T2": ("", "", "")}, ("SAKNAS", "")),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Rapport")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: bottom thin")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Internkontroll – uppföljning kontrollmoment", bold)
    ws.write(1, 0, "Askersunds kommun")
    ws.write(2, 0, "Utskriven 2025-09-12 14:37 av ekonomienheten")
    cols = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
            "Avvikelse", "Kommentar"]
    for i, h in enumerate(cols):
        ws.write(4, i, h, head)
    r = 5
    for c in C:
        for per in ("2025 T1", "2025 T2"):
            if per not in c[5]:
                continue
            st, av, kom = c[5][per]
            vals = [c[0], "Internkontrollplan 2025", c[2], c[3], c[4], per, st, av, kom]
            for i, v in enumerate(vals):
                ws.write(r, i, v, wrap)
            r += 1
    for i, w in enumerate([28, 22, 24, 60, 24, 10, 12, 10, 60]):
        ws.col(i).width = w * 256
    ws2 = wb.add_sheet("Urval")
    params = [("Rapport", "IK uppföljning kontrollmoment (tabell)"), ("Organisation", "Askersunds kommun, alla nivåer"),
              ("Plan", "Internkontrollplan 2025"), ("Perioder", "2025 T1; 2025 T2"),
              ("Visa tomma perioder", "Ja"), ("Användare", "ekonomienheten")]
    for i, (k, v) in enumerate(params):
        ws2.write(i, 0, k, bold)
        ws2.write(i, 1, v)
    ws2.col(0).width = 22 * 256
    ws2.col(1).width = 45 * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))
    for c in C:
        exp(fil, c[1], c[3], *c[6])


# ======================================================================
# 6. Sydnärkes utbildningsförbund – Word, risk table (no status) then follow-up table
# ======================================================================
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_suf():
    fil = "SUF Uppföljning internkontroll T2 2025.docx"
    N = "Sydnärkes utbildningsförbund"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sydnärkes utbildningsförbund"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Förbundskansliet"
    cp.title = "Uppföljning internkontroll T2 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Sydnärkes utbildningsförbund\tTjänsteskrivelse\tDnr SUF 2025/41"
    p = d.add_paragraph()
    p.add_run("Sydnärkes utbildningsförbund").bold = True
    d.add_paragraph("Förbundsdirektionen\n2025-09-18")
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph(
        "Förbundsdirektionen antog internkontrollplan för 2025 den 12 december 2024. Planen bygger på en risk- "
        "och väsentlighetsanalys där förbundets processer har bedömts utifrån sannolikhet och konsekvens. "
        "I denna rapport redovisas först riskanalysen som ligger till grund för planen och därefter "
        "uppföljningen av kontrollmomenten per den 31 augusti 2025 (tertial 2).")
    d.add_heading("1. Risk- och väsentlighetsanalys", level=2)
    risks = [
        ("Betyg och examen", "Felaktiga betyg eller examensbevis utfärdas", "2", "4", "8", "Kontrollmoment i plan"),
        ("Betyg och examen", "Frånvaro rapporteras inte till CSN", "3", "3", "9", "Kontrollmoment i plan"),
        ("Ekonomi", "Felaktig fakturering av interkommunal ersättning", "2", "3", "6", "Kontrollmoment i plan"),
        ("Ekonomi", "Inköp görs utanför avtal", "3", "2", "6", "Kontrollmoment i plan"),
        ("Ekonomi", "Fakturor attesteras av obehörig", "1", "3", "3", "Kontrollmoment i plan"),
        ("Vuxenutbildning", "Brister i kvalitet på APL/lärlingsplatser", "3", "3", "9", "Kontrollmoment i plan"),
        ("Arbetsmiljö", "Hot och våld mot personal", "2", "3", "6", "Hanteras i det systematiska arbetsmiljöarbetet"),
    ]
    t1 = d.add_table(rows=1, cols=6)
    t1.style = "Table Grid"
    for i, h in enumerate(["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Hantering"]):
        t1.rows[0].cells[i].text = h
        t1.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t1.rows[0].cells[i], "D9E2F3")
    for rr in risks:
        cells = t1.add_row().cells
        for i, v in enumerate(rr):
            cells[i].text = v
    # merge process cells that repeat (row index = risk index + 1)
    i = 0
    while i < len(risks):
        j = i
        while j + 1 < len(risks) and risks[j + 1][0] == risks[i][0]:
            j += 1
        if j > i:
            merged = t1.rows[i + 1].cells[0].merge(t1.rows[j + 1].cells[0])
            merged.text = risks[i][0]
        i = j + 1
    d.add_paragraph()
    d.add_heading("2. Uppföljning av kontrollmoment per 2025-08-31", level=2)
    d.add_paragraph("Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    C = [
        ("1", "Kontroll av att betygsdokumentation och examensbevis utfärdas korrekt",
         "Stickprov 15 examensbevis mot betygskatalog", "Rektor gymnasiet", "Genomförd",
         "15 examensbevis från vårterminen kontrollerade mot betygskatalogen. Inga fel.", ("GENOMFORD", "nej")),
        ("2", "Kontroll av att elevers frånvaro rapporteras till CSN enligt regelverk",
         "Jämförelse frånvarorapporter mot CSN-rapportering", "Studie- och yrkesvägledare",
         "Genomförd med avvikelse",
         "Fyra elever med ogiltig frånvaro över gränsen hade inte rapporterats till CSN i tid.\n"
         "Åtgärd: månatlig påminnelse till mentorer.", ("GENOMFORD", "ja")),
        ("3", "Interkommunal ersättning – fakturering till medlemskommunerna stäms av mot elevregistret",
         "Avstämning fakturaunderlag mot Extens", "Förbundsekonom", "Delvis genomförd",
         "Avstämning gjord för Askersund och Laxå. Lekeberg återstår.", ("DELVIS", "")),
        ("4", "Inköp och avtalstrohet – stickprov av fakturor",
         "Stickprov 20 fakturor mot avtalskatalog", "Förbundsekonom", "Ej genomförd",
         "Ej genomförd under perioden på grund av vakans. Genomförs under hösten.", ("EJ_GENOMFORD", "")),
        ("5", "Uppföljning av lärlingsavtal och APL-platser inom vuxenutbildningen",
         "Genomgång av avtal och närvarorapporter", "Rektor vuxenutbildningen", "Se bilaga",
         "", ("OKLAR", "")),
        ("6", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Förbundsekonom", "Genomförd",
         "Samtliga 20 fakturor korrekt attesterade.", ("GENOMFORD", "nej")),
    ]
    t2 = d.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Kommentar"]):
        t2.rows[0].cells[i].text = h
        t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t2.rows[0].cells[i], "D9E2F3")
    colors = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Delvis genomförd": "FFEB9C",
              "Ej genomförd": "FFC7CE"}
    for c in C:
        cells = t2.add_row().cells
        for i, v in enumerate(c[:6]):
            cells[i].text = v
        if c[4] in colors:
            set_cell_bg(cells[4], colors[c[4]])
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning APL-uppföljning vuxenutbildningen (separat dokument).")
    d.add_paragraph("Förbundets samlade bedömning är att den interna kontrollen fungerar tillfredsställande "
                    "men att rutinen för CSN-rapportering behöver förstärkas.")
    d.add_paragraph("\nAnna Lindqvist\nFörbundschef")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c in C:
        exp(fil, N, c[1], *c[6])


# ======================================================================
# 7. Askersundsbostäder AB – instructions sheet with example rows, main sheet, chart sheet
# ======================================================================
def file_abab():
    fil = "ABAB internkontroll 2025 T2.xlsx"
    N = "Askersundsbostäder AB"
    C = [
        ("Hyresadministration",
         "Hyresavisering – kontroll att hyreshöjning 2025 lagts in korrekt för samtliga kontrakt",
         "Uthyrningschef", "Februari", "Genomförd", "Genomförd",
         "50 kontrakt stämda mot förhandlingsprotokoll, samtliga korrekta.", ("GENOMFORD", "nej")),
        ("Hyresadministration", "Kravhantering – uppföljning av hyresfordringar äldre än 60 dagar",
         "Ekonomichef", "Tertialvis", "Pågår", "Genomförd med avvikelse",
         "Sex fordringar hade inte lämnats till inkasso enligt kravrutinen. Åtgärdat i augusti.",
         ("GENOMFORD", "ja")),
        ("Säkerhet", "Nyckel- och tagghantering – inventering av utlämnade nycklar",
         "Förvaltare", "Löpande", "Ej påbörjad", "Pågår",
         "Inventering klar för Norra Bergsnäs, övriga områden återstår.", ("DELVIS", "")),
        ("Inköp", "Ramavtal – kontroll av att beställningar av underhållsarbeten görs inom ramavtal",
         "Teknisk chef", "Augusti", "", "Ej påbörjad", "", ("EJ_GENOMFORD", "")),
        ("Säkerhet", "Brandskydd – systematiskt brandskyddsarbete (SBA) i flerbostadshus",
         "Teknisk chef", "April", "Genomförd", "",
         "Egenkontroll brand genomförd i april i samtliga 28 trapphus utan anmärkning.", ("GENOMFORD", "nej")),
        ("Bolagsstyrning", "Styrelsearvoden – kontroll mot bolagsstämmans beslut",
         "VD", "Augusti", "", "Ej aktuell", "Arvoden betalas från 2025 ut av kommunen.", ("UTGAR", "")),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Tertialvis", "", "", "", ("SAKNAS", "")),
    ]
    wb = new_wb()
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        ("Instruktion för uppföljning av internkontroll", True),
        ("", False),
        ("1. Fyll i status för aktuell period i kolumnen Status T1 eller Status T2 på fliken 'Internkontroll 2025'.", False),
        ("2. Välj status i listan: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Ej aktuell.", False),
        ("3. Beskriv kortfattat resultat och eventuella åtgärder i kolumnen Kommentar.", False),
        ("4. Diagrammet på fliken 'Diagram' uppdateras automatiskt.", False),
        ("", False),
        ("Exempel på ifyllda rader:", True),
    ]
    for i, (t, b) in enumerate(lines, 1):
        wi.cell(row=i, column=1, value=t).font = Font(bold=b, size=13 if i == 1 else 11)
    header_row(wi, 10, ["Kontrollmoment", "Status", "Kommentar"], fill="grey", font=BOLD)
    body_row(wi, 11, ["Exempel: Attest av fakturor – Genomförd", "Genomförd", "20 fakturor kontrollerade, inga fel"])
    body_row(wi, 12, ["Exempel: Kontroll av kassa – Pågår", "Pågår", "Halva urvalet kontrollerat"])
    body_row(wi, 13, ["Exempel: Uppföljning av avtal", "Ej aktuell", "Ange skäl, t.ex. beslut i styrelsen"])
    for r in range(11, 14):
        for col in range(1, 4):
            wi.cell(row=r, column=col).font = Font(italic=True, color="7F7F7F")
    widths(wi, [55, 22, 45])

    ws = wb.create_sheet("Internkontroll 2025")
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status per 2025-08-31. Rapporteras till styrelsen 2025-09-25."
    header_row(ws, 4, ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Kontrolltidpunkt", "Status T1", "Status T2",
                       "Kommentar"])
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Ej aktuell"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    fm = {"Genomförd": "green", "Genomförd med avvikelse": "yellow", "Pågår": "yellow", "Ej påbörjad": "red",
          "Ej aktuell": "grey"}
    r = 5
    for c in C:
        body_row(ws, r, [c[0], c[1], c[2], c[3], c[4] or None, c[5] or None, c[6] or None])
        for col, v in ((5, c[4]), (6, c[5])):
            if v:
                ws.cell(row=r, column=col).fill = FILL[fm[v]]
        r += 1
    dv.add("E5:F%d" % (r - 1))
    last = r - 1
    r += 1
    ws.cell(row=r, column=5, value="Antal per status T2").font = BOLD
    stat_first = r + 1
    for s in ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell"]:
        r += 1
        ws.cell(row=r, column=5, value=s)
        ws.cell(row=r, column=6, value='=COUNTIF($F$5:$F$%d,E%d)' % (last, r))
    stat_last = r
    r += 1
    ws.cell(row=r, column=5, value="Summa").font = BOLD
    ws.cell(row=r, column=6, value="=SUM(F%d:F%d)" % (stat_first, stat_last)).font = BOLD
    widths(ws, [20, 60, 16, 16, 22, 22, 55])
    ws.oddHeader.left.text = "Askersundsbostäder AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "&F – &A"
    ws.freeze_panes = "A5"

    cs = wb.create_chartsheet("Diagram")
    ch = BarChart()
    ch.title = "Status kontrollmoment T2 2025"
    ch.y_axis.title = "Antal"
    data = Reference(ws, min_col=6, min_row=stat_first, max_row=stat_last)
    cats = Reference(ws, min_col=5, min_row=stat_first, max_row=stat_last)
    ch.add_data(data, titles_from_data=False)
    ch.set_categories(cats)
    ch.legend = None
    cs.add_chart(ch)
    wb.active = 1
    for s in wb.worksheets:
        s.sheet_view.tabSelected = s.title == "Internkontroll 2025"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c in C:
        exp(fil, N, c[1], *c[7])


# ======================================================================
# 8. Rejected: BUN economic follow-up workbook (no internal-control follow-up)
# ======================================================================
def file_reject():
    fil = "BUN Ekonomisk uppföljning T2 2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Resultaträkning"
    ws["A1"] = "Barn- och utbildningsnämnden – ekonomisk uppföljning tertial 2 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr"
    header_row(ws, 4, ["Post", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget"])
    rows = [("Intäkter", 48200, 33950, 49100), ("Personalkostnader", -262400, -176300, -264900),
            ("Lokalkostnader", -41800, -27950, -42300), ("Skolskjuts", -14300, -9100, -14900),
            ("Övriga kostnader", -38700, -24600, -38900)]
    r = 5
    for name, b, u, p in rows:
        body_row(ws, r, [name, b, u, p, None])
        ws.cell(row=r, column=5, value="=D%d-B%d" % (r, r)).border = BORDER
        r += 1
    body_row(ws, r, ["Nettokostnad", "=SUM(B5:B9)", "=SUM(C5:C9)", "=SUM(D5:D9)", "=SUM(E5:E9)"])
    for col in range(1, 6):
        ws.cell(row=r, column=col).font = BOLD
    widths(ws, [26, 14, 16, 16, 20])
    wv = wb.create_sheet("Verksamheter")
    header_row(wv, 1, ["Verksamhet", "Budget 2025", "Prognos helår", "Avvikelse"])
    for i, (n, b, p) in enumerate([("Förskola", 98500, 99200), ("Grundskola F–9", 171300, 173800),
                                   ("Fritidshem", 18400, 18100), ("Gemensamt/elevhälsa", 20300, 20900)], 2):
        body_row(wv, i, [n, b, p, "=B%d-C%d" % (i, i)])
    widths(wv, [26, 14, 16, 14])
    wi = wb.create_sheet("Investeringar")
    header_row(wi, 1, ["Projekt", "Budget", "Utfall jan–aug", "Kommentar"])
    body_row(wi, 2, ["Inventarier ny förskola Åmmeberg", 1200, 340, "Leverans oktober"])
    body_row(wi, 3, ["IT-utrustning elever 1:1", 2500, 1900, ""])
    widths(wi, [36, 10, 16, 30])
    wk = wb.create_sheet("Kommentarer")
    texts = ["Nämnden prognostiserar ett underskott om 3,4 mnkr, främst inom grundskolan (fler elever i behov av stöd) "
             "och skolskjuts (nytt avtal).",
             "Åtgärder: översyn av bemanning inom fritidshem och samordning av skolskjutslinjer till vårterminen 2026.",
             "Uppföljning av internkontrollplanen redovisas i separat ärende."]
    for i, t in enumerate(texts, 1):
        wk.cell(row=i, column=1, value=t).alignment = WRAP
    widths(wk, [100])
    save_wb(wb, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ======================================================================
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Sydnärkes överförmyndarnämnd", "Överförmyndarnämnden|ÖFN|Överförmyndarenheten"),
        ("Askersundsbostäder AB", "ABAB|Askersundsbostäder|AB Askersundsbostäder"),
        ("Sydnärkes utbildningsförbund", "SUF|Utbildningsförbundet|Sydnärkes utbildningsförbund gymnasium och vux"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write("%s;%s\n" % (n, a))
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            for v in row:
                assert ";" not in v and "\n" not in v, v
            f.write(";".join(row) + "\n")
    names = {n for n, _ in namnder}
    for row in FILES + [(e[0], "INLAST", e[1]) for e in EXPECTED]:
        assert row[1] == "AVVISAD" or row[2] in names, row


if __name__ == "__main__":
    file_sn()
    file_bun()
    file_sbn()
    file_kfn()
    file_stratsys()
    file_suf()
    file_abab()
    file_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
