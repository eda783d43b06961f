#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 77 – Sundsvalls kommun, delår 2025.

Ekonomiavdelningen (Kommunstyrelsekontoret) sent out one standard Excel template
"Uppföljning av internkontrollplan 2025"; every nämnd has modified it in its own way.
Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch.
"""
import os
import shutil
import subprocess
import tempfile
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN = "C6EFCE"
YELLOW = "FFEB9C"
RED = "FFC7CE"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="A6A6A6")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def fill(color):
    return PatternFill("solid", start_color=color, end_color=color)


def expect(fil, namnd, km, status, avv):
    km = km.replace(";", ",").replace("\n", " ").strip()
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# The economy office's standard template pieces
# ---------------------------------------------------------------------------
STD_COLS = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status",
            "Resultat/kommentar", "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse"]
STD_WIDTH = {"Nr": 6, "Process": 22, "Risk": 30, "Kontrollmoment": 48, "Kontrollansvarig": 20,
             "Status": 18, "Resultat/kommentar": 50, "Avvikelse (Ja/Nej)": 12,
             "Åtgärd vid avvikelse": 34}
STATUS_LIST = '"Genomförd,Delvis genomförd,Ej påbörjad,Ej genomförd,Utgår"'

TEMPLATE_EXAMPLES = [
    {"Nr": "Ex 1", "Process": "Exempel: Inköp", "Risk": "Exempel: Inköp sker utanför avtal",
     "Kontrollmoment": "Exempel: Stickprov av 20 leverantörsfakturor mot avtal",
     "Kontrollansvarig": "Exempel: Controller", "Status": "Genomförd",
     "Resultat/kommentar": "Exempel: 20 fakturor kontrollerade, 2 saknade giltigt avtal",
     "Avvikelse (Ja/Nej)": "Ja", "Åtgärd vid avvikelse": "Exempel: Information till beställare"},
    {"Nr": "Ex 2", "Process": "Exempel: Attest", "Risk": "Exempel: Attest av obehörig",
     "Kontrollmoment": "Exempel: Kontroll av att attestförteckningen är uppdaterad",
     "Kontrollansvarig": "Exempel: Ekonomichef", "Status": "Delvis genomförd",
     "Resultat/kommentar": "Exempel: Två av fyra avdelningar kontrollerade",
     "Avvikelse (Ja/Nej)": "Nej", "Åtgärd vid avvikelse": ""},
]


def add_forklaring(wb, title="Förklaring"):
    ws = wb.create_sheet(title)
    ws["A1"] = "Förklaring till statuskolumnen"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Status", "Färg", "Betydelse"])
    for c in ws[3]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
    rows = [
        ("Genomförd", GREEN, "Grön", "Kontrollen är utförd enligt plan (även om avvikelser har hittats)"),
        ("Delvis genomförd", YELLOW, "Gul", "Kontrollen är påbörjad men inte slutförd vid uppföljningstillfället"),
        ("Ej påbörjad", RED, "Röd", "Kontrollen har inte påbörjats"),
        ("Ej genomförd", RED, "Röd", "Kontrollen har inte utförts och kommer inte att utföras under perioden"),
        ("Utgår", GREY, "Grå", "Kontrollen har strukits genom beslut i nämnden"),
    ]
    for st, col, colname, txt in rows:
        ws.append([st, colname, txt])
        ws.cell(ws.max_row, 2).fill = fill(col)
    ws.append([])
    ws.append(["Avvikelse (Ja/Nej): ange Ja om kontrollen visat fel eller brister, annars Nej."])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 70
    return ws


def add_instruktion(wb):
    ws = wb.create_sheet("Instruktion", 0)
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Fyll i nämnd, uppföljningstillfälle och ansvarig tjänsteperson överst på fliken Uppföljning.",
        "2. För in nämndens kontrollmoment enligt beslutad internkontrollplan 2025, en rad per kontrollmoment.",
        "3. Välj status i rullistan (se fliken Förklaring).",
        "4. Beskriv resultatet av kontrollen och om avvikelser har upptäckts. Ange åtgärd vid avvikelse.",
        "5. Ta bort exempelraderna innan filen skickas.",
        "6. Skicka filen till ekonomiavdelningen, Kommunstyrelsekontoret, senast 15 september 2025 (delår)",
        "   respektive 31 januari 2026 (helår).",
        "",
        "Frågor: Ekonomiavdelningen, Sundsvalls kommun",
    ]
    for i, l in enumerate(lines, 1):
        ws.cell(i, 1, l)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110
    return ws


def write_head(ws, head_rows, ncols, title):
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    r = 2
    for label, value in head_rows:
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.cell(r, 3, value)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    return r + 1  # blank row, then header


def write_table(ws, start, cols, rows, widths=None, status_col=None, italic_rows=(),
                status_fills=None):
    """Write header row at `start` and data rows. rows: list of dicts keyed by header."""
    for j, h in enumerate(cols, 1):
        c = ws.cell(start, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        if widths:
            ws.column_dimensions[get_column_letter(j)].width = widths.get(h, 16)
    r = start + 1
    for i, row in enumerate(rows):
        for j, h in enumerate(cols, 1):
            v = row.get(h, None)
            if v == "":
                v = None
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BORDER
            if i in italic_rows:
                c.font = Font(italic=True, color="808080")
        if status_fills and row.get("_fill"):
            ws.cell(r, cols.index(status_fills) + 1).fill = fill(row["_fill"])
        r += 1
    ws.freeze_panes = ws.cell(start + 1, 1)
    return r


def std_row(nr, process, risk, km, ansv, status, res, avv, atg=""):
    return {"Nr": nr, "Process": process, "Risk": risk, "Kontrollmoment": km,
            "Kontrollansvarig": ansv, "Status": status, "Resultat/kommentar": res,
            "Avvikelse (Ja/Nej)": avv, "Åtgärd vid avvikelse": atg}


def summary_block(ws, r, status_letter, first, last):
    ws.cell(r + 1, 1, "Sammanställning").font = Font(bold=True)
    items = [("Antal kontrollmoment", f"=COUNTA(D{first}:D{last})"),
             ("Antal genomförda", f'=COUNTIF({status_letter}{first}:{status_letter}{last},"Genomförd*")'),
             ("Antal delvis genomförda", f'=COUNTIF({status_letter}{first}:{status_letter}{last},"Delvis*")'),
             ("Antal ej genomförda/ej påbörjade", f'=COUNTIF({status_letter}{first}:{status_letter}{last},"Ej*")'),
             ("Antal utgår", f'=COUNTIF({status_letter}{first}:{status_letter}{last},"Utgår*")')]
    rr = r + 2
    for lab, f in items:
        ws.cell(rr, 2, lab)
        ws.cell(rr, 4, f)
        rr += 1
    return rr


def convert(src, fmt, dest):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    shutil.move(os.path.join(tmp, base), dest)
    shutil.rmtree(tmp, ignore_errors=True)


def save_recalculated(wb, fil):
    """Save via LibreOffice so the summary formulas carry cached values, as an office-saved file does."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, fil)
    wb.save(src)
    convert(src, "xlsx", os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – the template almost as intended
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_uppfoljning_IKP_delar2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    start = write_head(ws, [("Nämnd:", "Kommunstyrelsen"),
                            ("Uppföljningstillfälle:", "Delår (per 31 augusti)"),
                            ("Ansvarig tjänsteperson:", "Maria Sjölund, controller"),
                            ("Datum:", datetime.date(2025, 9, 12))],
                       len(STD_COLS), "Uppföljning av internkontrollplan 2025")
    ws.cell(5, 3).number_format = "yyyy-mm-dd"
    rows = [
        (std_row(1, "Ekonomi – attest", "Fakturor attesteras av person utan behörighet",
                 "Stickprov av 20 leverantörsfakturor avseende att attest skett av behörig attestant enligt attestförteckning",
                 "Controller", "Genomförd",
                 "20 fakturor granskade. 1 faktura attesterad av ersättare som inte fanns med i gällande attestförteckning.",
                 "Ja", "Attestförteckningen kompletterad, påminnelse till chefer om rutin för ersättare."),
         "GENOMFORD", "ja"),
        (std_row(2, "Ekonomi – attest", "Attestförteckningar är inte uppdaterade",
                 "Kontroll av att attestförteckningar är uppdaterade efter organisationsförändringen 1 april",
                 "Ekonomichef", "Genomförd ",
                 "Samtliga förteckningar uppdaterade i maj. Inga avvikelser.", "Nej"),
         "GENOMFORD", "nej"),
        (std_row(3, "Upphandling och inköp", "Direktupphandlingar dokumenteras inte",
                 "Kontroll av direktupphandlingar över 100 tkr avseende dokumentation enligt riktlinje",
                 "Upphandlingschef", "Delvis genomförd",
                 "Uttag gjort för första halvåret, 6 av 14 direktupphandlingar genomgångna. Två saknar dokumentation av konkurrensutsättning.",
                 "Ja", "Resterande genomgås till helår. Utbildning för beställare planeras i november."),
         "DELVIS", "ja"),
        (std_row(4, "Upphandling och inköp", "Inköp görs utanför avtal",
                 "Avtalstrohet – stickprov av 25 inköp gjorda med inköpskort",
                 "Inköpssamordnare", "Ej påbörjad", "Planeras till oktober.", "Nej"),
         "EJ_GENOMFORD", "nej"),
        (std_row(5, "Löner och HR", "Felaktig övertidsersättning",
                 "Kontroll av att registrerad övertid i Heroma är beslutad av behörig chef (stickprov 15 st)",
                 "HR-konsult", "Genomförd", "Stickprov 15 st, inga avvikelser.", "Nej"),
         "GENOMFORD", "nej"),
        (std_row(6, "Löner och HR", "Behörigheter ligger kvar efter avslutad anställning",
                 "Uppföljning av att avslutade anställningar har stängts i Heroma och AD inom 5 arbetsdagar",
                 "HR-chef", "Utgår",
                 "Kontrollen flyttas till IT-avdelningens kontrollplan enligt KS beslut 2025-03-04 § 41.", "Nej"),
         "UTGAR", "nej"),
        (std_row(7, "Informationssäkerhet", "Obehörig åtkomst i ekonomisystemet",
                 "Kontroll av behörigheter i Raindance – genomgång av användare med utökad behörighet",
                 "Systemförvaltare Raindance", "", "", ""),
         "SAKNAS", "nej"),
        (std_row(8, "Förtroendekänsliga poster", "Representation utan koppling till verksamheten",
                 "Granskning av representation samt kurser och konferenser för kommunledningen (samtliga poster jan–jun)",
                 "Redovisningsansvarig", "Genomförd",
                 "Samtliga 37 poster granskade. Två fakturor för extern representation saknade deltagarförteckning och syfte, kompletterat i efterhand.",
                 "Ja", "Påminnelse om riktlinje för representation."),
         "GENOMFORD", "ja"),
        (std_row(9, "Dokument- och ärendehantering", "Inkomna handlingar registreras inte",
                 "Stickprov av 10 inkomna handlingar per månad: registrerade i Public 360 inom 2 arbetsdagar",
                 "Registrator", "Delvis genomförd",
                 "Stickprov gjort för januari–april, inga avvikelser hittills. Maj–augusti görs till helår.", "Nej"),
         "DELVIS", "nej"),
    ]
    first = start + 1
    end = write_table(ws, start, STD_COLS, [r[0] for r in rows], STD_WIDTH)
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{first}:F{end - 1}")
    rr = summary_block(ws, end, "F", first, end - 1)
    ws.cell(rr + 1, 1, "Nämndens samlade bedömning:").font = Font(bold=True)
    ws.cell(rr + 1, 4, "Den interna kontrollen bedöms hittills som tillräcklig. Uppföljningen fortsätter enligt plan till helår.")
    ws.cell(rr + 3, 1, "Ifylld av: Maria Sjölund, 2025-09-12")
    add_instruktion(wb)
    add_forklaring(wb)
    wb.active = 1
    save_recalculated(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – reordered/renamed columns, CAPS, no legend
# ---------------------------------------------------------------------------
def f2_bou():
    fil = "BoU IKP uppföljning aug 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    cols = ["Nr", "Kontrollmoment", "Läge", "Process", "Skolområde", "Kontrollerad av",
            "Datum för kontroll", "Kommentar", "Avvikelse?", "Åtgärd"]
    widths = {"Nr": 5, "Kontrollmoment": 50, "Läge": 16, "Process": 22, "Skolområde": 16,
              "Kontrollerad av": 18, "Datum för kontroll": 14, "Kommentar": 50, "Avvikelse?": 11,
              "Åtgärd": 30}
    data = [
        ("Elevadministration", [
            ("1.1", "Kontroll av att elevers frånvaro registreras i Skola24 samma dag (stickprov 3 skolor)",
             "GENOMFÖRD", "Norra", "Rektor Haga", datetime.date(2025, 5, 14),
             "Kontroll på Haga, Sköns och Njurunda skola. Samtliga registrerade korrekt samma dag.", "NEJ", "",
             "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att anmälningar om kränkande behandling anmälts till huvudman inom 5 dagar",
             "GENOMF.", "Alla", "Kvalitetsutvecklare", datetime.date(2025, 6, 10),
             "32 anmälningar kontrollerade, 7 anmälda för sent (6–14 dagar).", "JA",
             "Påminnelse till rektorer, tas upp på rektorsmöte i september.", "GENOMFORD", "ja"),
            ("1.3", "Kontroll av att betyg i Skola24 är signerade av behörig lärare (åk 9 vt 2025)",
             "GENOMF", "Alla", "Skoladministratör", datetime.date(2025, 6, 19),
             "Kontroll gjord. Ett betyg satt av obehörig lärare utan medbedömning, rättat.", "JA",
             "Rutin för medbedömning förtydligad.", "GENOMFORD", "ja"),
        ]),
        ("Skolskjuts och myndighetsutövning", [
            ("2.1", "Uppföljning av att beslut om skolskjuts fattas enligt delegationsordningen",
             "DELVIS", "Alla", "Skolskjutshandläggare", None,
             "Beslut för vårterminen kontrollerade utan anmärkning, höstterminens beslut kontrolleras i oktober.",
             "NEJ", "", "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("3.1", "Stickprov av 20 utbetalningar till fristående förskolor – korrekt barnpeng och antal barn",
             "EJ GENOMFÖRD", "Alla", "Controller", None,
             "Ej hunnit pga byte av handläggare. Görs inför helår.", "", "", "EJ_GENOMFORD", "nej"),
            ("3.2", "Kontroll av att statsbidrag från Skolverket återrapporterats i tid",
             "EJ GENOMF", "Alla", "Controller", None, "Flyttas till helår.", "", "", "EJ_GENOMFORD", "nej"),
            ("3.3", "Inventering av elevdatorer (Chromebooks) mot tillgångsregistret",
             "EJ AKTUELL", "Alla", "IT-samordnare", None,
             "Datorerna leasas fr.o.m. 2025, leverantören ansvarar för inventering.", "", "", "UTGAR", "nej"),
        ]),
        ("Personal och säkerhet", [
            ("4.1", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
             "GENOMFÖRD", "Alla", "HR-specialist", datetime.date(2025, 8, 22),
             "40 nyanställningar kontrollerade. 2 saknade dokumenterat registerutdrag i personalakten, åtgärdat.",
             "JA", "Checklista vid nyanställning uppdaterad.", "GENOMFORD", "ja"),
            ("4.2", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenterats på samtliga förskolor",
             "DELVIS ", "Förskola", "Säkerhetssamordnare", None,
             "18 av 31 förskolor har lämnat dokumentation, övriga påminda.", "NEJ", "", "DELVIS", "nej"),
            ("4.3", "Kontroll av att specialkost hanteras och dokumenteras enligt rutin i skolrestaurangerna",
             "GENOMFÖRD", "Alla", "Kostchef", datetime.date(2025, 4, 30), "Inga avvikelser.", "NEJ", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "BoU delår"
    ws["A1"] = "BARN- OCH UTBILDNINGSNÄMNDEN – UPPFÖLJNING INTERNKONTROLL DELÅR 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Uppföljningstillfälle: Delår (per 31 augusti)"
    ws["A3"] = "Ansvarig: Johan Hedlund, verksamhetscontroller"
    start = 5
    for j, h in enumerate(cols, 1):
        c = ws.cell(start, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("833C0B")
        c.alignment = Alignment(wrap_text=True)
        c.border = BORDER
        ws.column_dimensions[get_column_letter(j)].width = widths[h]
    r = start + 1
    for process, items in data:
        top = r
        for (nr, km, lage, omr, ansv, dat, kom, avv, atg, st, ex) in items:
            vals = {"Nr": nr, "Kontrollmoment": km, "Läge": lage, "Process": process if r == top else None,
                    "Skolområde": omr, "Kontrollerad av": ansv, "Datum för kontroll": dat,
                    "Kommentar": kom, "Avvikelse?": avv or None, "Åtgärd": atg or None}
            for j, h in enumerate(cols, 1):
                c = ws.cell(r, j, vals[h])
                c.alignment = WRAP
                c.border = BORDER
                if h == "Datum för kontroll" and dat:
                    c.number_format = "yyyy-mm-dd"
            expect(fil, N, km, st, ex)
            r += 1
        if r - 1 > top:
            pc = cols.index("Process") + 1
            ws.merge_cells(start_row=top, start_column=pc, end_row=r - 1, end_column=pc)
    ws.cell(r + 1, 1, "Underlaget har stämts av med förvaltningens ledningsgrupp 2025-09-09.")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Individ- och arbetsmarknadsnämnden – .xls, "Klart?" with Ja/Nej/Delv./Pågår
# ---------------------------------------------------------------------------
def f3_ian(tmpdir):
    fil = "IAN_delar_IK_2025.xls"
    N = "Individ- och arbetsmarknadsnämnden"
    cols = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Klart?", "Resultat",
            "Avvikelse", "Åtgärd"]
    widths = {"Nr": 5, "Process": 22, "Kontrollmoment": 48, "Metod": 28, "Frekvens": 12, "Klart?": 9,
              "Resultat": 50, "Avvikelse": 10, "Åtgärd": 30}
    rows = [
        ({"Nr": 1, "Process": "Ekonomiskt bistånd",
          "Kontrollmoment": "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut (stickprov 25 ärenden)",
          "Metod": "Stickprov i Procapita", "Frekvens": "Halvår", "Klart?": "Ja",
          "Resultat": "25 ärenden granskade, 1 dubbelutbetalning om 3 200 kr. Återkrav har gjorts.",
          "Avvikelse": "Ja", "Åtgärd": "Genomgång av rutin för manuella utbetalningar."}, "GENOMFORD", "ja"),
        ({"Nr": 2, "Process": "Ekonomiskt bistånd",
          "Kontrollmoment": "Avstämning av att utbetalt försörjningsstöd inte sammanfaller med lön eller a-kassa (SSBTEK)",
          "Metod": "Registerkontroll", "Frekvens": "Månad", "Klart?": "JA ",
          "Resultat": "Inga avvikelser januari–juli.", "Avvikelse": "Nej"}, "GENOMFORD", "nej"),
        ({"Nr": 3, "Process": "Barn och unga",
          "Kontrollmoment": "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
          "Metod": "Uttag ur verksamhetssystem", "Frekvens": "Tertial", "Klart?": "Ja",
          "Resultat": "96 % inom 14 dagar. 4 anmälningar överskred tiden.", "Avvikelse": "Ja",
          "Åtgärd": "Veckovis bevakningslista införd."}, "GENOMFORD", "ja"),
        ({"Nr": 4, "Process": "Barn och unga",
          "Kontrollmoment": "Kontroll av att utredningar avslutas inom 4 månader",
          "Metod": "Uttag ur verksamhetssystem", "Frekvens": "Tertial", "Klart?": "Delv.",
          "Resultat": "Kontrollerat t.o.m. juni.", "Avvikelse": ""}, "DELVIS", "nej"),
        ({"Nr": 5, "Process": "Informationssäkerhet",
          "Kontrollmoment": "Loggkontroll i Procapita – otillbörlig åtkomst till personer med skyddade personuppgifter",
          "Metod": "Logguttag", "Frekvens": "Kvartal", "Klart?": "Pågår",
          "Resultat": "Loggar för maj–juli uttagna, analys pågår.", "Avvikelse": ""}, "DELVIS", "nej"),
        ({"Nr": 6, "Process": "Placeringar",
          "Kontrollmoment": "Kontroll av att avtal finns innan placering på HVB eller konsulentstött familjehem (samtliga nya placeringar)",
          "Metod": "Genomgång av placeringar", "Frekvens": "Halvår", "Klart?": "Ej genomf",
          "Resultat": "Ingen tid avsatt under våren.", "Avvikelse": ""}, "EJ_GENOMFORD", "nej"),
        ({"Nr": 7, "Process": "Arbetsmarknad",
          "Kontrollmoment": "Kontroll av att lönebidrag och anställningsstöd rekvireras från Arbetsförmedlingen varje månad",
          "Metod": "Avstämning mot reskontra", "Frekvens": "Månad", "Klart?": "Nej",
          "Resultat": "Inte gjort, handläggaren sjukskriven. Görs i september.", "Avvikelse": ""},
         "EJ_GENOMFORD", "nej"),
        ({"Nr": 8, "Process": "Delegation",
          "Kontrollmoment": "Kontroll av att delegationsbeslut anmäls till nämnden",
          "Metod": "Jämförelse beslutslista/protokoll", "Frekvens": "Halvår", "Klart?": "?",
          "Resultat": "", "Avvikelse": ""}, "OKLAR", "nej"),
        ({"Nr": 9, "Process": "Vuxenutbildning",
          "Kontrollmoment": "Stickprov av 10 fakturor från externa utbildningsanordnare mot antal deltagare",
          "Metod": "Stickprov", "Frekvens": "Halvår", "Klart?": "Ja",
          "Resultat": "Fakturorna stämmer mot närvarorapporterna.", "Avvikelse": "Nej"}, "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Individ- och arbetsmarknadsnämnden"
    ws["A3"] = "Förvaltning:"
    ws["C3"] = "Individ- och arbetsmarknadsförvaltningen"
    ws["A4"] = "Uppföljningstillfälle:"
    ws["C4"] = "Delår 2025"
    ws["A5"] = "Ansvarig:"
    ws["C5"] = "Sara Wikström, kvalitetsstrateg"
    for rr in range(2, 6):
        ws.cell(rr, 1).font = Font(bold=True)
    write_table(ws, 7, cols, [r[0] for r in rows], widths)
    src = os.path.join(tmpdir, "IAN_delar_IK_2025.xlsx")
    wb.save(src)
    convert(src, "xls", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – status written in the comment column
# ---------------------------------------------------------------------------
def f4_von():
    fil = "VON uppföljning internkontroll per 31 aug 2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    rows = [
        (std_row(1, "Myndighetsutövning hemtjänst", "Insatser startar utan genomförandeplan",
                 "Kontroll av att genomförandeplan upprättas inom 14 dagar efter verkställt beslut (hemtjänst)",
                 "Enhetschef hemtjänst", "",
                 "Genomförd. 30 ärenden granskade, 24 inom tid och 6 försenade.", "Ja",
                 "Påminnelse till enhetschefer, ny kontroll i november."),
         "GENOMFORD", "ja"),
        (std_row(2, "Hälso- och sjukvård", "Läkemedelsavvikelser följs inte upp",
                 "Kontroll av att läkemedelsavvikelser rapporteras och följs upp i avvikelsemodulen",
                 "MAS", "", "Genomförd, inga avvikelser.", "Nej"),
         "GENOMFORD", "nej"),
        (std_row(3, "Ekonomi", "Fakturerade hemtjänsttimmar stämmer inte med utförd tid",
                 "Kontroll av att fakturering från externa hemtjänstutförare stämmer mot registrerad tid i TES",
                 "Controller", "",
                 "Delvis genomförd – januari–april klart utan anmärkning, resterande månader under hösten.", ""),
         "DELVIS", "nej"),
        (std_row(4, "Ekonomi", "Brukares privata medel hanteras felaktigt",
                 "Kontroll av att brukares privata medel hanteras enligt rutin på särskilt boende (stickprov 4 boenden)",
                 "Enhetschef SÄBO", "",
                 "Ej genomförd. Skjuts till hösten på grund av sommarbemanningen.", ""),
         "EJ_GENOMFORD", "nej"),
        (std_row(5, "Personal", "Bemanningsföretag anlitas utanför avtal",
                 "Kontroll av att bemanningssjuksköterskor anlitas enligt ramavtal",
                 "HR-strateg", "", "Pågår, 3 av 8 enheter kontrollerade.", ""),
         "DELVIS", "nej"),
        (std_row(6, "Informationssäkerhet", "Uppgifter om personer med skyddad identitet röjs",
                 "Kontroll av att vårdtagare med skyddad identitet hanteras enligt rutin",
                 "Verksamhetsutvecklare", "", "Se bilaga", ""),
         "OKLAR", "nej"),
        (std_row(7, "Bemanning", "Underbemanning nattetid",
                 "Uppföljning av att nattbemanning följer fastställt schema (stickprov 4 veckor)",
                 "Enhetschef SÄBO", "",
                 "Klar. Stickprov v. 10, 18, 24 och 31 – bemanning enligt schema utom en natt v. 31 på Bredsand där en tjänst var obesatt.",
                 "Ja", "Rutin för inringning av vikarie nattetid ses över."),
         "GENOMFORD", "ja"),
        (std_row(8, "Kvalitet", "Lex Sarah-rapporter utreds inte i tid",
                 "Kontroll av att lex Sarah-rapporter utreds inom 2 månader",
                 "Kvalitetsstrateg", "", "", ""),
         "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    start = write_head(ws, [("Nämnd:", "Vård- och omsorgsförvaltningen"),
                            ("Uppföljningstillfälle:", "Uppföljning per 31 augusti 2025"),
                            ("Ansvarig tjänsteperson:", "Anders Nyberg"),
                            ("Datum:", "2025-09-15")],
                       len(STD_COLS), "Uppföljning av internkontrollplan 2025")
    first = start + 1
    end = write_table(ws, start, STD_COLS, [r[0] for r in rows], STD_WIDTH)
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{first}:F{end - 1}")
    add_instruktion(wb)
    add_forklaring(wb)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – .ods, "Utfört? (1=ja)" with 1/0, period not filled in
# ---------------------------------------------------------------------------
def f5_kfn(tmpdir):
    fil = "KFN internkontroll 2025.ods"
    N = "Kultur- och fritidsnämnden"
    cols = ["Nr", "Process", "Kontrollmoment", "Anläggning/enhet", "Kontrollansvarig",
            "Utfört? (1=ja)", "Resultat/kommentar", "Avvikelse (Ja/Nej)"]
    widths = {"Nr": 5, "Process": 22, "Kontrollmoment": 50, "Anläggning/enhet": 20,
              "Kontrollansvarig": 20, "Utfört? (1=ja)": 11, "Resultat/kommentar": 52,
              "Avvikelse (Ja/Nej)": 12}
    rows = [
        ({"Nr": 1, "Process": "Kontanthantering",
          "Kontrollmoment": "Kontroll av kassaavstämning i entré- och kioskkassor (stickprov 10 dagar)",
          "Anläggning/enhet": "Himlabadet, Gärdehov", "Kontrollansvarig": "Ekonom", "Utfört? (1=ja)": 1,
          "Resultat/kommentar": "Kassadifferens 1 450 kr den 12 juni på Himlabadet, utredd och rapporterad.",
          "Avvikelse (Ja/Nej)": "Ja"}, "GENOMFORD", "ja"),
        ({"Nr": 2, "Process": "Föreningsbidrag",
          "Kontrollmoment": "Kontroll av att bidrag till föreningar betalats ut enligt beslut och riktlinjer (stickprov 15)",
          "Anläggning/enhet": "Föreningsservice", "Kontrollansvarig": "Bidragshandläggare",
          "Utfört? (1=ja)": 1, "Resultat/kommentar": "Inga avvikelser.", "Avvikelse (Ja/Nej)": "Nej"},
         "GENOMFORD", "nej"),
        ({"Nr": 3, "Process": "Föreningsbidrag",
          "Kontrollmoment": "Kontroll av att föreningar som fått verksamhetsbidrag lämnat redovisning",
          "Anläggning/enhet": "Föreningsservice", "Kontrollansvarig": "Bidragshandläggare",
          "Utfört? (1=ja)": 0,
          "Resultat/kommentar": "Görs efter 30/9 då redovisningarna ska vara inne.", "Avvikelse (Ja/Nej)": ""},
         "EJ_GENOMFORD", "nej"),
        ({"Nr": 4, "Process": "Säkerhet",
          "Kontrollmoment": "Kontroll av nyckel- och passerkortshantering på anläggningarna",
          "Anläggning/enhet": "Samtliga", "Kontrollansvarig": "Driftchef", "Utfört? (1=ja)": None,
          "Resultat/kommentar": "Pågår. Nordichallen och Sporthallen klara, övriga anläggningar återstår.",
          "Avvikelse (Ja/Nej)": ""}, "DELVIS", "nej"),
        ({"Nr": 5, "Process": "Uthyrning",
          "Kontrollmoment": "Stickprov av 10 uthyrningar av idrottshallar – bokning i Interbook mot fakturering",
          "Anläggning/enhet": "Bokningen", "Kontrollansvarig": "Ekonom", "Utfört? (1=ja)": 1,
          "Resultat/kommentar": "2 av 10 bokningar var inte fakturerade (totalt 3 600 kr). Fakturerat i efterhand.",
          "Avvikelse (Ja/Nej)": "Ja"}, "GENOMFORD", "ja"),
        ({"Nr": 6, "Process": "Inköp",
          "Kontrollmoment": "Kontroll av att bibliotekens medieinköp görs enligt avtal",
          "Anläggning/enhet": "Stadsbiblioteket", "Kontrollansvarig": "Bibliotekschef",
          "Utfört? (1=ja)": 0, "Resultat/kommentar": "", "Avvikelse (Ja/Nej)": ""}, "EJ_GENOMFORD", "nej"),
        ({"Nr": 7, "Process": "Personal",
          "Kontrollmoment": "Kontroll av att registerutdrag begärts för personal och ledare i sommarlovsverksamheten",
          "Anläggning/enhet": "Fritid", "Kontrollansvarig": "Fritidschef", "Utfört? (1=ja)": 2,
          "Resultat/kommentar": "", "Avvikelse (Ja/Nej)": ""}, "OKLAR", "nej"),
        ({"Nr": 8, "Process": "Skydd av tillgångar",
          "Kontrollmoment": "Uppföljning av att konstverk finns på registrerad plats (stickprov 30 verk)",
          "Anläggning/enhet": "Konsten", "Kontrollansvarig": "Konstintendent", "Utfört? (1=ja)": None,
          "Resultat/kommentar": "", "Avvikelse (Ja/Nej)": ""}, "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    start = write_head(ws, [("Nämnd:", "Kultur och fritid"),
                            ("Uppföljningstillfälle:", ""),
                            ("Ansvarig tjänsteperson:", "Lena Forsberg, ekonom")],
                       len(cols), "Uppföljning av internkontrollplan 2025")
    write_table(ws, start, cols, [r[0] for r in rows], widths)
    src = os.path.join(tmpdir, "KFN internkontroll 2025.xlsx")
    wb.save(src)
    convert(src, "ods", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", ""))
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)


# ---------------------------------------------------------------------------
# 6. Stadsbyggnadsnämnden – template example rows and empty numbered rows left in
# ---------------------------------------------------------------------------
def f6_sbn():
    fil = "Stadsbyggnadsnämnden_IKP_uppfoljning_delar_2025.xlsx"
    N = "Stadsbyggnadsnämnden"
    rows = [
        (std_row(1, "Bygglov", "Handläggningstiden överskrids",
                 "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor) – stickprov 20 ärenden",
                 "Bygglovschef", "Genomförd",
                 "18 av 20 inom tid. 2 ärenden överskred tiden, avgiften reducerad enligt PBL 12 kap. 8 a §.",
                 "Ja", "Veckovis genomgång av ärendebalans."),
         "GENOMFORD", "ja"),
        (std_row(2, "Bygglov", "Felaktig debitering",
                 "Kontroll av att debitering av bygglovsavgifter följer gällande taxa (stickprov 15)",
                 "Administratör", "Genomförd", "Inga avvikelser.", "Nej"),
         "GENOMFORD", "nej"),
        (std_row(3, "Tillsyn", "Tillsynsärenden blir liggande",
                 "Kontroll av att tillsynsärenden om olovligt byggande påbörjas inom 4 veckor",
                 "Byggnadsinspektör", "Delvis genomförd",
                 "Kontroll gjord för första kvartalet. Andra kvartalet pågår.", "Nej"),
         "DELVIS", "nej"),
        (std_row(4, "Nämndadministration", "Delegationsbeslut anmäls inte",
                 "Kontroll av att beslut fattade på delegation anmäls till nämnden",
                 "Nämndsekreterare", "Genomförd", "Samtliga beslut anmälda. Inga avvikelser.", "Nej"),
         "GENOMFORD", "nej"),
        (std_row(5, "Planering", "Planavgift debiteras inte",
                 "Kontroll av att planavgift debiteras enligt tecknade planavtal",
                 "Planchef", "Ej genomförd", "Görs under hösten tillsammans med ekonomienheten.", "Nej"),
         "EJ_GENOMFORD", "nej"),
        (std_row(6, "Gata och park – inköp", "Inköp görs utanför ramavtal",
                 "Stickprov av 10 inköp inom gatuunderhåll mot ramavtal",
                 "Enhetschef gata", "Genomförd",
                 "1 inköp av asfaltsarbeten (180 tkr) gjort utanför ramavtal utan dokumenterad direktupphandling.",
                 "Ja", "Ärendet har rapporterats till upphandlingsenheten."),
         "GENOMFORD", "ja"),
        (std_row(7, "Adressregister", "Belägenhetsadresser registreras inte",
                 "Kontroll av att nya belägenhetsadresser registreras i adressregistret inom 1 vecka",
                 "GIS-ingenjör", "Utgår",
                 "Utgår – ansvaret flyttat till Lantmäterinämnden enligt beslut SBN 2025-02-19 § 22.", "Nej"),
         "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    start = write_head(ws, [("Nämnd:", "Stadsbyggnadsnämnden"),
                            ("Uppföljningstillfälle:", "Delår (per 31 augusti)"),
                            ("Ansvarig tjänsteperson:", "Karin Öberg"),
                            ("Datum:", datetime.date(2025, 9, 10))],
                       len(STD_COLS), "Uppföljning av internkontrollplan 2025")
    ws.cell(5, 3).number_format = "yyyy-mm-dd"
    table = [dict(e) for e in TEMPLATE_EXAMPLES] + [r[0] for r in rows]
    for nr in range(8, 16):
        table.append({"Nr": nr})
    first = start + 1
    end = write_table(ws, start, STD_COLS, table, STD_WIDTH, italic_rows=(0, 1))
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{first}:F{end - 1}")
    summary_block(ws, end, "F", first, end - 1)
    add_instruktion(wb)
    add_forklaring(wb)
    wb.active = 1
    save_recalculated(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – template sheet saved as CSV (Windows-1252, ;)
# ---------------------------------------------------------------------------
def f7_ofn():
    fil = "ÖFN_IKP_delår_2025.csv"
    N = "Överförmyndarnämnden"
    cols = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status",
            "Resultat/kommentar", "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse", "Berör kommun"]
    rows = [
        (["1", "Granskning", "Årsräkningar granskas inte i tid",
          "Kontroll av att samtliga inkomna årsräkningar för 2024 granskats senast 30 juni",
          "Enhetschef", "Genomförd med anmärkning",
          "94 % granskade per 30/6. Resterande 41 granskades i juli.", "Ja",
          "Extra granskningsresurs under våren 2026.", "Alla"], "GENOMFORD", "ja"),
        (["2", "Arvoden", "Felaktiga arvoden till ställföreträdare",
          "Stickprov av 15 ärenden: arvode till ställföreträdare beräknat enligt nämndens riktlinjer",
          "Handläggare", "genomförd", "Inga avvikelser.", "Nej", "", "Sundsvall"], "GENOMFORD", "nej"),
        (["3", "Arvoden", "Kontrolluppgifter saknas",
          "Kontroll av att arvodesutbetalningar rapporterats till Skatteverket (arbetsgivardeklaration)",
          "Administratör", "Genomförd ", "Avstämt mot lönesystemet, inga differenser.", "Nej", "", "Alla"],
         "GENOMFORD", "nej"),
        (["4", "Tillgångar", "Huvudmannens medel tas ut utan samtycke",
          "Kontroll av att uttagsspärr finns på överförmyndarspärrade konton (stickprov 20)",
          "Handläggare", "Pågår ", "12 av 20 kontrollerade mot bankernas besked.", "", "", "Alla"],
         "DELVIS", "nej"),
        (["5", "Registrering", "Förordnanden registreras sent",
          "Kontroll av att förordnanden registreras i Wärna inom 1 vecka från tingsrättens beslut",
          "Administratör", "Påbörjad", "", "", "", "Alla"], "DELVIS", "nej"),
        (["6", "Lämplighet", "Olämplig ställföreträdare förordnas",
          "Kontroll av att lämplighetsprövning (kreditupplysning och belastningsregister) gjorts före förordnande",
          "Enhetschef", "Ej genomförd", "Görs under oktober.", "", "", "Alla"], "EJ_GENOMFORD", "nej"),
        (["7", "Samverkan", "Samverkanskommunerna faktureras felaktigt",
          "Kontroll av att samverkanskommunerna faktureras enligt avtal",
          "Controller", "Ej aktuell",
          "Samverkansavtalet omförhandlas, kontrollen struken för 2025.", "", "", "Timrå, Ånge, Nordanstig"],
         "UTGAR", "nej"),
    ]
    W = len(cols)

    def line(vals):
        vals = list(vals) + [""] * (W - len(vals))
        out = []
        for v in vals:
            v = str(v)
            if any(ch in v for ch in ';"\n'):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return ";".join(out)

    lines = [line(["Uppföljning av internkontrollplan 2025"]),
             line(["Nämnd:", "", "Överförmyndarnämnden i Sundsvall"]),
             line(["Uppföljningstillfälle:", "", "Delår (per 31 augusti)"]),
             line(["Ansvarig tjänsteperson:", "", "Eva Lindqvist"]),
             line(["Datum:", "", "2025-09-11"]),
             line([]),
             line(cols)]
    for r, st, av in rows:
        lines.append(line(r))
        expect(fil, N, r[3], st, av)
    lines.append(line([]))
    lines.append(line(["Sammanställning"]))
    lines.append(line(["", "Antal kontrollmoment", "", "7"]))
    lines.append(line(["", "Antal genomförda", "", "3"]))
    lines.append(line(["", "Antal delvis genomförda", "", "0"]))
    lines.append(line(["", "Antal ej genomförda/ej påbörjade", "", "2"]))
    lines.append(line(["", "Antal utgår", "", "0"]))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Miljönämnden + Lantmäterinämnden – one workbook, a sheet per nämnd
# ---------------------------------------------------------------------------
def f8_miljo_lm():
    fil = "Miljö och Lantmäteri - IKP delår 2025.xlsx"
    wb = Workbook()

    # --- Miljönämnden: last year's file reused, status per year side by side
    N = "Miljönämnden"
    ws = wb.active
    ws.title = "Miljönämnden"
    cols = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Status helår 2024",
            "Status delår 2025", "Kommentar delår 2025", "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse"]
    widths = {"Nr": 5, "Process": 22, "Kontrollmoment": 50, "Kontrollansvarig": 20,
              "Status helår 2024": 16, "Status delår 2025": 16, "Kommentar delår 2025": 50,
              "Avvikelse (Ja/Nej)": 12, "Åtgärd vid avvikelse": 30}
    rows = [
        ({"Nr": 1, "Process": "Avgifter",
          "Kontrollmoment": "Kontroll av att tillsynsavgifter debiteras enligt taxa (stickprov 15 ärenden)",
          "Kontrollansvarig": "Miljöchef", "Status helår 2024": "Genomförd", "Status delår 2025": "Genomförd",
          "Kommentar delår 2025": "1 ärende debiterat med fel riskklass, rättat och ny faktura skickad.",
          "Avvikelse (Ja/Nej)": "Ja", "Åtgärd vid avvikelse": "Genomgång av riskklassning på APT."},
         "GENOMFORD", "ja"),
        ({"Nr": 2, "Process": "Livsmedelskontroll",
          "Kontrollmoment": "Kontroll av att livsmedelskontroller genomförs enligt fastställd kontrollplan",
          "Kontrollansvarig": "Enhetschef livsmedel", "Status helår 2024": "Delvis genomförd",
          "Status delår 2025": "Delvis genomförd",
          "Kommentar delår 2025": "62 % av årets planerade kontroller utförda per 31/8, i fas med planen.",
          "Avvikelse (Ja/Nej)": "Nej"}, "DELVIS", "nej"),
        ({"Nr": 3, "Process": "Klagomål",
          "Kontrollmoment": "Kontroll av att klagomålsärenden återkopplas till klaganden inom 2 veckor",
          "Kontrollansvarig": "Administratör", "Status helår 2024": "Genomförd", "Status delår 2025": "",
          "Kommentar delår 2025": "", "Avvikelse (Ja/Nej)": ""}, "SAKNAS", "nej"),
        ({"Nr": 4, "Process": "Nämndadministration",
          "Kontrollmoment": "Kontroll av att delegationsbeslut anmäls till nämnden",
          "Kontrollansvarig": "Nämndsekreterare", "Status helår 2024": "Ej genomförd",
          "Status delår 2025": "Genomförd", "Kommentar delår 2025": "Inga avvikelser.",
          "Avvikelse (Ja/Nej)": "Nej"}, "GENOMFORD", "nej"),
        ({"Nr": 5, "Process": "Jäv och bisysslor",
          "Kontrollmoment": "Kontroll av att handläggare med anmälda bisysslor inte handlagt jävsituationer",
          "Kontrollansvarig": "Miljöchef", "Status helår 2024": "", "Status delår 2025": "Ej påbörjad",
          "Kommentar delår 2025": "Ny kontroll 2025. Planerad till oktober.", "Avvikelse (Ja/Nej)": ""},
         "EJ_GENOMFORD", "nej"),
        ({"Nr": 6, "Process": "Tillsyn",
          "Kontrollmoment": "Uppföljning av att förelägganden med vite följs upp inom angiven tid",
          "Kontrollansvarig": "Enhetschef miljöskydd", "Status helår 2024": "Genomförd",
          "Status delår 2025": "Utgår",
          "Kommentar delår 2025": "Ingår i tillsynsplanens ordinarie uppföljning fr.o.m. 2025 (MN 2025-01-29 § 5).",
          "Avvikelse (Ja/Nej)": ""}, "UTGAR", "nej"),
        ({"Nr": 7, "Process": "Informationssäkerhet",
          "Kontrollmoment": "Kontroll av att sekretessmarkerade handlingar hanteras enligt rutin i Ecos",
          "Kontrollansvarig": "Registrator", "Status helår 2024": "Genomförd", "Status delår 2025": "Pågår",
          "Kommentar delår 2025": "Stickprov för första halvåret klart, inga fel hittills.",
          "Avvikelse (Ja/Nej)": ""}, "DELVIS", "nej"),
    ]
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Miljönämnden"
    ws["A3"] = "Uppföljningstillfälle:"
    ws["C3"] = "Delår (per 31 augusti)"
    ws["A4"] = "Ansvarig tjänsteperson:"
    ws["C4"] = "Per Ågren, miljöchef"
    for rr in range(2, 5):
        ws.cell(rr, 1).font = Font(bold=True)
    write_table(ws, 6, cols, [r[0] for r in rows], widths)
    for c in range(1, 10):
        if cols[c - 1] == "Status helår 2024":
            for rr in range(7, 7 + len(rows)):
                ws.cell(rr, c).font = Font(color="808080")
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

    # --- Lantmäterinämnden: traffic-light fills, some without words
    N = "Lantmäterinämnden"
    ws = wb.create_sheet("Lantmäterinämnden")
    rows = [
        (dict(std_row(1, "Förrättningar", "Felaktig debitering",
                      "Kontroll av att förrättningar debiteras enligt taxa (stickprov 10)",
                      "Förrättningslantmätare", "Genomförd", "Inga avvikelser.", "Nej"), _fill=GREEN),
         "GENOMFORD", "nej"),
        (dict(std_row(2, "Förrättningar", "Långa handläggningstider",
                      "Kontroll av handläggningstider för fastighetsbildning (mål: 80 % inom 6 månader)",
                      "Enhetschef", "",
                      "Januari–juni kontrollerat, juli–augusti återstår. Hittills 71 % inom 6 månader, under målet.",
                      "Ja", "Prioritering av äldre ärenden."), _fill=YELLOW),
         "DELVIS", "ja"),
        (dict(std_row(3, "Fastighetsregister", "Registret uppdateras inte i tid",
                      "Kontroll av att fastighetsregistret ajourförs inom 2 dagar efter beslut",
                      "Registreringsansvarig", "", "Inga avvikelser.", "Nej"), _fill=GREEN),
         "GENOMFORD", "nej"),
        (dict(std_row(4, "Informationssäkerhet", "Obehöriga har kvar behörighet",
                      "Kontroll av behörigheter i fastighetsregistret (LM-konton) efter avslutade anställningar",
                      "Systemansvarig", "Ej genomförd", "", ""), _fill=RED),
         "EJ_GENOMFORD", "nej"),
        (std_row(5, "Arkiv", "Förrättningsakter arkiveras inte korrekt",
                 "Kontroll av att förrättningsakter arkiveras enligt dokumenthanteringsplanen",
                 "Arkivansvarig", "", "", ""),
         "SAKNAS", "nej"),
    ]
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Lantmäterinämnden"
    ws["A3"] = "Uppföljningstillfälle:"
    ws["C3"] = "Delår (per 31 augusti)"
    ws["A4"] = "Ansvarig tjänsteperson:"
    ws["C4"] = "Elin Sundberg"
    for rr in range(2, 5):
        ws.cell(rr, 1).font = Font(bold=True)
    write_table(ws, 6, STD_COLS, [r[0] for r in rows], STD_WIDTH, status_fills="Status")
    ws.cell(13, 1, "Status markerad med färg enligt fliken Förklaring.")
    for r, st, av in rows:
        expect(fil, N, r["Kontrollmoment"], st, av)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

    add_forklaring(wb)
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 9. Reject: Excel lock file left in the shared folder
# ---------------------------------------------------------------------------
def f9_lock():
    fil = "~$BoU IKP uppföljning aug 2025.xlsx"
    name = "Johan Hedlund"
    b = bytes([len(name)]) + name.encode("latin-1") + b" " * (53 - len(name))
    b += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (54 - len(name))
    b = b[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelsekontoret|KSK"),
    ("Barn- och utbildningsnämnden", "BoU|BUN|Barn- och utbildningsförvaltningen|BoUF"),
    ("Individ- och arbetsmarknadsnämnden", "IAN|Individ- och arbetsmarknadsförvaltningen|IAF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen|KFF"),
    ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret|SBK"),
    ("Miljönämnden", "MN|Miljökontoret"),
    ("Lantmäterinämnden", "LMN|Lantmäteriet Sundsvall|Lantmäterikontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i Sundsvall|Överförmyndarkontoret"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep:
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmpdir = tempfile.mkdtemp()
    f1_ks()
    f2_bou()
    f3_ian(tmpdir)
    f4_von()
    f5_kfn(tmpdir)
    f6_sbn()
    f7_ofn()
    f8_miljo_lm()
    f9_lock()
    shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
