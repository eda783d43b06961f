#!/usr/bin/python3
"""Blind round r615 - Stenbacka kommun, helår 2025.
Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; writes into this folder)
"""
import csv
import os
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_zip_times(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps so that output is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 8, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def fix_props(wb, who):
    import datetime
    wb.properties.creator = who
    wb.properties.lastModifiedBy = who
    wb.properties.created = datetime.datetime(2026, 1, 12, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel table (ListObject) with style, filter buttons, totals row
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Stenbacka kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (jan–dec)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Kommunledningsförvaltningen, ekonomienheten. Filtrera på Process eller Status med knapparna i rubrikraden."
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
               "Status helår", "Avvikelse (Ja/Nej)", "Kommentar"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per halvår", "Ekonomichef", "Genomförd", "Nej",
         "40 fakturor kontrollerade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av representation och förtroendekänsliga poster",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", "Genomförd med anmärkning", "Ja",
         "3 av 15 verifikationer saknade deltagarförteckning och syfte. Information har gått ut till chefer.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget", "Upphandlingschef", "Delvis genomförd", "Ja",
         "Analysen gjord för januari–september. Avtalstroheten var 82 %, målet är 90 %.", "DELVIS", "ja"),
        (4, "Personal", "Behörigheter i lönesystemet tas bort vid avslutad anställning",
         "Jämförelse avslutade anställningar mot behörighetslista", "HR-chef", "Genomförd", "Nej",
         "Inga kvarvarande behörigheter hittades.", "GENOMFORD", "nej"),
        (5, "IT och informationssäkerhet", "Loggkontroll av åtkomst till personalakter",
         "Granskning av loggar en gång per kvartal", "IT-säkerhetssamordnare", "Ej genomförd", None,
         "Skjuts till 2026 på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
         "Stickprov 30 ärenden", "Registrator", "Genomförd", "Ja",
         "4 av 30 handlingar diarieförda senare än tre arbetsdagar.", "GENOMFORD", "ja"),
        (7, "Ledning och styrning", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av anmälda delegationsbeslut mot beslutsförteckning", "Kanslichef", "Genomförd", "Nej",
         None, "GENOMFORD", "nej"),
        (8, "Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Kontroll av revideringsdatum och övningsrapport", "Säkerhetssamordnare", "Utgår", None,
         "Ersätts av ny kontroll i plan 2026, beslut KS 2025-06-11 § 88.", "UTGAR", ""),
        (9, "Ekonomi", "Avstämning av balanskonton vid bokslut",
         "Kontroll att samtliga balanskonton har avstämningsunderlag", "Redovisningsansvarig", "Pågår", None,
         "Avstämningar klara för ca 80 % av kontona, resterande klara i samband med bokslutet i februari 2026.",
         "DELVIS", ""),
        (10, "Lön", "Utbetalda arvoden till förtroendevalda är korrekta",
         "Stickprov 10 arvodesutbetalningar", "Lönechef", None, None, None, "SAKNAS", ""),
        (11, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av direktupphandlingsregistret", "Upphandlingschef", "Genomförd", "Nej",
         "12 direktupphandlingar, samtliga dokumenterade.", "GENOMFORD", "nej"),
    ]
    top = 5
    for c, h in enumerate(headers, 1):
        ws.cell(row=top, column=c, value=h)
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:8], 1):
            cell = ws.cell(row=top + 1 + i, column=c, value=v)
            cell.alignment = WRAP
        exp(fil, N, r[2], r[8], r[9])
    last = top + len(rows)
    tot = last + 1
    ws.cell(row=tot, column=1, value="Summa")
    ws.cell(row=tot, column=3, value="=SUBTOTAL(103,IK_KS_2025[Kontrollmoment])")
    ws.cell(row=tot, column=6, value="=SUBTOTAL(103,IK_KS_2025[Status helår])")
    t = Table(displayName="IK_KS_2025", ref=f"A{top}:H{tot}", totalsRowCount=1)
    cols = []
    for i, h in enumerate(headers, 1):
        tc = TableColumn(id=i, name=h)
        if h == "Nr":
            tc.totalsRowLabel = "Summa"
        if h in ("Kontrollmoment", "Status helår"):
            tc.totalsRowFunction = "count"
        cols.append(tc)
    t.tableColumns = cols
    t.autoFilter = AutoFilter(ref=f"A{top}:H{last}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True,
                                      showColumnStripes=False, showFirstColumn=False, showLastColumn=False)
    ws.add_table(t)
    for col, w in zip("ABCDEFGH", (5, 20, 48, 36, 22, 22, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.cell(row=tot + 2, column=1, value="Statusvärden: Genomförd, Genomförd med anmärkning, Delvis genomförd, Pågår, Ej genomförd, Utgår.").font = Font(italic=True, size=9)
    ws.cell(row=tot + 3, column=1, value="Uppföljningen behandlas av kommunstyrelsen 2026-02-04.").font = Font(italic=True, size=9)
    fix_props(wb, "Ekonomienheten KLF")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - pivot-like summary first, data second,
#    status from a data-validation list on a hidden sheet, comments in cell notes
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Internkontroll 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    statuses = ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"]
    # id, process, risk, kontrollmoment, riskvärde, ansvarig, status, comment, note, exp_status, exp_avv
    rows = [
        ("BUN-01", "Ekonomi", "Felaktig ersättning till andra huvudmän",
         "Kontroll av att fakturerad interkommunal ersättning stämmer mot elevregistret", 12, "Controller",
         "Genomförd", "25 fakturor kontrollerade, inga fel.", None, "GENOMFORD", "nej"),
        ("BUN-02", "Ekonomi", "Felaktiga avgifter",
         "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift", 9, "Avgiftshandläggare",
         "Genomförd med avvikelse", None,
         "8 av 40 hushåll saknade aktuell inkomstuppgift för 2025. Påminnelser har skickats och avgifterna justeras retroaktivt.",
         "GENOMFORD", "ja"),
        ("BUN-03", "Elevhälsa och trygghet", "Kränkningar utreds inte",
         "Anmälan om kränkande behandling utreds och dokumenteras inom föreskriven tid", 16,
         "Verksamhetschef grundskola", "Pågår", "Genomgång klar för 2 av 4 rektorsområden.", None, "DELVIS", ""),
        ("BUN-04", "Skolskjuts", "Felaktiga beslut",
         "Beslut om skolskjuts fattas enligt gällande riktlinjer", 6, "Skolskjutshandläggare",
         "Genomförd", None, "Stickprov 20 beslut – samtliga enligt riktlinjerna.", "GENOMFORD", "nej"),
        ("BUN-05", "Personal", "Olämplig person anställs",
         "Registerutdrag ur belastningsregistret har kontrollerats vid nyanställning", 16, "HR-specialist",
         "Genomförd med avvikelse", "2 av 30 nyanställningar saknade dokumenterat registerutdrag.", None,
         "GENOMFORD", "ja"),
        ("BUN-06", "Kvalitet", "Skolfrånvaro fångas inte upp",
         "Frånvarorapportering och uppföljning av problematisk skolfrånvaro", 12, "Rektorer",
         "Ej påbörjad", None, "Flyttas till plan 2026 – nytt frånvarosystem införs under våren.",
         "EJ_GENOMFORD", ""),
        ("BUN-07", "Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras", 9, "Förvaltningsekonom",
         "Genomförd", "Inga avvikelser.", None, "GENOMFORD", "nej"),
        ("BUN-08", "Informationssäkerhet", "Obehörig åtkomst till elevuppgifter",
         "Behörigheter i elevdokumentationssystemet är aktuella", 12, "Systemförvaltare",
         None, None,
         "Kontrollen genomförd i november. 14 inaktuella behörigheter hittades och har avslutats.",
         "GENOMFORD", "ja"),
        ("BUN-09", "Kost", "Bristande livsmedelshygien",
         "Egenkontroll av livsmedelshantering i skolkök", 8, "Kostchef",
         "Utgår", "Utgår – kontrolleras av miljö- och byggförvaltningen genom ordinarie tillsyn.", None,
         "UTGAR", ""),
        ("BUN-10", "Ekonomi", "Statsbidrag återkrävs",
         "Statsbidrag återrapporteras i rätt tid till Skolverket", 12, "Controller",
         "Genomförd", None, "Samtliga återrapporteringar gjorda i tid.", "GENOMFORD", "nej"),
        ("BUN-11", "Fritidshem", "Felaktiga placeringar",
         "Placeringar i fritidshem avslutas när barnet slutar", 6, "Placeringsadministratör",
         None, None, None, "SAKNAS", ""),
    ]
    wb = Workbook()
    piv = wb.active
    piv.title = "Sammanställning"
    data = wb.create_sheet("Kontroller")
    lst = wb.create_sheet("Listor")
    lst.sheet_state = "hidden"
    lst["A1"] = "Status"
    for i, s in enumerate(statuses, 2):
        lst.cell(row=i, column=1, value=s)
    lst["C1"] = "Riskvärde"
    for i, s in enumerate(["1–4 Låg", "5–9 Medel", "10–16 Hög"], 2):
        lst.cell(row=i, column=3, value=s)

    # data sheet
    data["A1"] = "Barn- och utbildningsförvaltningen – Internkontrollplan 2025"
    data["A1"].font = Font(bold=True, size=13)
    data["A2"] = "Uppföljningsperiod: Helår 2025"
    data["A2"].font = BOLD
    data["A3"] = "Välj status i listan. Kommentar skrivs i kolumn H eller som anteckning i statuscellen."
    data["A3"].font = Font(italic=True, size=9)
    hdr = ["ID", "Process", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = data.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
    for i, r in enumerate(rows):
        rr = 6 + i
        for c, v in enumerate(r[:8], 1):
            cell = data.cell(row=rr, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if r[8]:
            cm = Comment(r[8], "Anna Berg")
            cm.width = 300
            cm.height = 110
            data.cell(row=rr, column=7).comment = cm
        exp(fil, N, r[3], r[9], r[10])
    last = 5 + len(rows)
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$6", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltig status",
                        error="Välj ett värde i listan.")
    data.add_data_validation(dv)
    dv.add(f"G6:G{last + 10}")
    data.auto_filter.ref = f"A5:H{last}"
    data.freeze_panes = "A6"
    for col, w in zip("ABCDEFGH", (9, 20, 28, 50, 10, 22, 24, 50)):
        data.column_dimensions[col].width = w

    # pivot-like summary
    piv["A1"] = "Sammanställning internkontroll helår 2025 – Barn- och utbildningsnämnden"
    piv["A1"].font = Font(bold=True, size=13)
    piv["A3"] = "Antal av Kontrollmoment"
    piv["B3"] = "Kolumnetiketter"
    piv["A4"] = "Radetiketter"
    cols = statuses + ["(tom)"]
    for c, s in enumerate(cols + ["Totalsumma"], 2):
        piv.cell(row=4, column=c, value=s).font = BOLD
    procs = []
    for r in rows:
        if r[1] not in procs:
            procs.append(r[1])
    procs.sort()
    for i, p in enumerate(procs):
        rr = 5 + i
        piv.cell(row=rr, column=1, value=p)
        tot = 0
        for c, s in enumerate(cols, 2):
            n = sum(1 for r in rows if r[1] == p and (r[6] or "(tom)") == s)
            if n:
                piv.cell(row=rr, column=c, value=n)
            tot += n
        piv.cell(row=rr, column=len(cols) + 2, value=tot)
    rr = 5 + len(procs)
    piv.cell(row=rr, column=1, value="Totalsumma").font = BOLD
    for c, s in enumerate(cols, 2):
        n = sum(1 for r in rows if (r[6] or "(tom)") == s)
        piv.cell(row=rr, column=c, value=n).font = BOLD
    piv.cell(row=rr, column=len(cols) + 2, value=len(rows)).font = BOLD
    for c in range(1, len(cols) + 3):
        piv.cell(row=4, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        piv.cell(row=rr, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
    piv.column_dimensions["A"].width = 26
    for col in "BCDEFGH":
        piv.column_dimensions[col].width = 14
    piv.cell(row=rr + 2, column=1, value="Källa: bladet Kontroller. Uppdatera sammanställningen efter ändring.").font = Font(italic=True, size=9)
    fix_props(wb, "Anna Berg")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - frozen panes, T1/T2/Helår side by side, grouped + collapsed
#    rows with last year's (2024) controls at the bottom
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden uppföljning internkontroll 2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning T1, T2 och helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status: Klar / Pågår / Ej påbörjad / Ej aktuell. Fyll i kolumnen för aktuell period."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Status helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("1", "Myndighetsutövning barn och unga",
         "Utredningar inom barn och unga avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga",
         "Pågår", "Pågår", "Klar",
         "Samtliga 212 avslutade utredningar granskade; 19 överskred fyra månader utan beslut om förlängning.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd",
         "Utbetalt ekonomiskt bistånd grundar sig på fattade beslut",
         "Stickprov 25 utbetalningar", "Tertial", "Enhetschef försörjningsstöd",
         "Klar", "Klar", "Klar", "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
        ("3", "Myndighetsutövning barn och unga",
         "Skyddsbedömning görs samma dag som orosanmälan inkommer",
         "Stickprov 20 anmälningar per tertial", "Tertial", "Enhetschef mottagning",
         None, "Pågår", "Pågår", "Kontroll av perioden september–december återstår.", "DELVIS", ""),
        ("4", "Köpt verksamhet",
         "Placeringar på HVB sker hos upphandlade leverantörer",
         "Jämförelse placeringslista mot avtalsdatabas", "Halvår", "Placeringssamordnare",
         None, "Klar", None, None, "GENOMFORD", ""),
        ("5", "Arbetsmiljö",
         "Skyddsronder genomförs på samtliga enheter",
         "Kontroll av protokoll", "Årligen", "Avdelningschefer",
         None, None, "Ej påbörjad", "Har inte genomförts på grund av vakanser inom HR-stödet.",
         "EJ_GENOMFORD", ""),
        ("6", "Dokumentation",
         "Journalanteckningar förs utan dröjsmål",
         "Stickprov 30 journaler", "Halvår", "Kvalitetsutvecklare",
         None, "Klar", "Klar",
         "6 av 30 anteckningar fördes mer än fem dagar efter händelsen. Åtgärdsplan är framtagen.",
         "GENOMFORD", "ja"),
        ("7", "Ekonomi",
         "Ersättning till familjehem betalas ut enligt SKR:s riktlinjer",
         "Stickprov 15 uppdragsavtal", "Årligen", "Ekonom",
         None, None, "Ej aktuell", "Kontrollen ströks av nämnden 2025-05-20 § 54.", "UTGAR", ""),
        ("8", "Informationssäkerhet",
         "Loggkontroller i verksamhetssystemet genomförs månadsvis",
         "Loggutdrag, genomgång av slumpvis valda användare", "Månadsvis", "Systemförvaltare",
         "Klar", "Klar", "Se bilaga 2", None, "OKLAR", ""),
        ("9", "Vuxen missbruk",
         "Beslutade insatser enligt SoL följs upp inom sex månader",
         "Uttag ur verksamhetssystemet", "Halvår", "Enhetschef vuxen",
         None, None, None, None, "SAKNAS", ""),
    ]
    r0 = 6
    fills = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Ej aktuell": "D9D9D9"}
    for i, r in enumerate(rows):
        rr = r0 + i
        for c, v in enumerate(r[:10], 1):
            cell = ws.cell(row=rr, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (7, 8, 9) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, r[2], r[10], r[11])
    rr = r0 + len(rows) + 1
    ws.cell(row=rr, column=1, value="Kontroller i 2024 års plan (avslutade, för jämförelse)").font = Font(bold=True, italic=True)
    head = rr
    old = [
        ("2024:1", "Ekonomiskt bistånd", "Kontroll av att hushållens inkomster stäms av mot Försäkringskassan",
         "Stickprov", "Halvår", "Enhetschef försörjningsstöd", "Klar", "Klar", "Klar", "Avslutad 2024."),
        ("2024:2", "Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef mottagning", "Pågår", "Klar", "Klar",
         "Avslutad 2024, övergår i kontroll 3 i plan 2025."),
        ("2024:3", "Personal", "Registerutdrag vid anställning inom barn och unga",
         "Stickprov", "Årligen", "HR-konsult", None, None, "Klar", "Inga avvikelser 2024."),
        ("2024:4", "Ekonomi", "Attest av fakturor för köpt vård",
         "Stickprov", "Halvår", "Ekonom", "Klar", "Klar", "Klar", "Inga avvikelser 2024."),
    ]
    for i, r in enumerate(old):
        x = head + 1 + i
        for c, v in enumerate(r, 1):
            cell = ws.cell(row=x, column=c, value=v)
            cell.alignment = WRAP
            cell.font = Font(color="808080")
        ws.row_dimensions[x].outline_level = 1
        ws.row_dimensions[x].hidden = True
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.row_dimensions[head].collapsed = True
    x = head + len(old) + 2
    ws.cell(row=x, column=1, value="Uppföljningen redovisas för socialnämnden 2026-01-28. Sammanställd av kvalitetsenheten.").font = Font(italic=True, size=9)
    ws.freeze_panes = "D6"
    for col, w in zip("ABCDEFGHIJ", (6, 24, 46, 30, 11, 24, 12, 12, 13, 55)):
        ws.column_dimensions[col].width = w
    fix_props(wb, "Kvalitetsenheten SOF")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .ods, status computed by formula from a percentage
# ---------------------------------------------------------------------------
def build_von():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.number import PercentageStyle, Number, Text as NText
    from odf.table import Table as OTable, TableColumn as OCol, TableRow, TableCell
    from odf.text import P

    fil = "VON_uppfoljning_IK_helar_2025.ods"
    N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    pst = PercentageStyle(name="pct0")
    pst.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pst.addElement(NText(text="%"))
    doc.automaticstyles.addElement(pst)
    pcell = Style(name="cePct", family="table-cell", datastylename="pct0")
    doc.automaticstyles.addElement(pcell)
    bold = Style(name="ceBold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="ceTitle", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="ceHead", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#DDEBF7", wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    wrap = Style(name="ceWrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(wrap)
    widths = ["1.2cm", "8.5cm", "4cm", "2.2cm", "2.2cm", "2.2cm", "3.6cm", "2.2cm", "8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = OTable(name="Uppföljning helår")
    for cs in colstyles:
        t.addElement(OCol(stylename=cs))

    def srow(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None:
                tr.addElement(TableCell())
            elif isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v, stylename=style)
                c.addElement(P(text=str(v)))
                tr.addElement(c)
            else:
                c = TableCell(valuetype="string", stylename=style)
                for line in str(v).split("\n"):
                    c.addElement(P(text=line))
                tr.addElement(c)
        t.addElement(tr)

    srow(["Vård- och omsorgsnämnden – uppföljning av intern kontroll, helår 2025"], "ceTitle")
    srow(["Andel kontrollerade = antal kontrollerade / antal i urvalet. Status räknas fram automatiskt: 100 % = Genomförd, 1–99 % = Delvis genomförd, 0 % = Ej genomförd."])
    srow([None])
    srow(["Nr", "Kontrollmoment", "Kontrollansvarig", "Antal i urval", "Antal kontrollerade",
          "Andel kontrollerade", "Status", "Antal avvikelser", "Kommentar"], "ceHead")
    # nr, km, ansvarig, urval, kontrollerade, antal avv, kommentar, override-status, exp, avv
    rows = [
        (1, "Biståndsbeslut inom hemtjänsten följs upp minst en gång per år", "Enhetschef myndighet",
         40, 40, 3, "3 uppföljningar gjordes senare än planerat.", None, "GENOMFORD", "ja"),
        (2, "Signeringslistor för läkemedel är fullständigt ifyllda", "MAS",
         30, 30, 0, None, None, "GENOMFORD", "nej"),
        (3, "Debiterad omsorgsavgift överensstämmer med beviljade insatser", "Avgiftshandläggare",
         50, 35, 2, "Två felaktiga debiteringar har rättats. Resterande 15 kontrolleras i januari.",
         None, "DELVIS", "ja"),
        (4, "Basala hygienrutiner följs (egenkontroll på särskilda boenden)", "Hygiensjuksköterska",
         12, 0, None, "Egenkontrollen ställdes in under hösten på grund av bemanningsläget.",
         None, "EJ_GENOMFORD", ""),
        (5, "Händelser enligt lex Sarah utreds och anmäls till IVO vid behov", "Kvalitetsutvecklare",
         8, 8, 1, "En utredning anmäldes till IVO senare än två veckor.", None, "GENOMFORD", "ja"),
        (6, "Kvittenslistor för nycklar i hemtjänsten är aktuella", "Enhetschefer hemtjänst",
         None, None, None, None, None, "SAKNAS", ""),
        (7, "Planerad och utförd tid i hemtjänsten stäms av månadsvis", "Verksamhetscontroller",
         None, None, None, "Kontrollen utgick då nytt planeringssystem infördes, beslut VON 2025-03-18 § 22.",
         "Utgår", "UTGAR", ""),
        (8, "Genomförandeplaner upprättas inom 14 dagar efter ny insats", "Enhetschefer SÄBO",
         25, 25, 0, None, None, "GENOMFORD", "nej"),
        (9, "Ersättning till privata utförare inom LOV stäms av mot utförd tid", "Verksamhetscontroller",
         12, 6, 0, "Avstämning gjord för januari–juni utan anmärkning.", None, "DELVIS", "nej"),
    ]
    first = 5  # spreadsheet row number of first data row
    for i, r in enumerate(rows):
        n = first + i
        tr = TableRow()
        c = TableCell(valuetype="float", value=r[0]); c.addElement(P(text=str(r[0]))); tr.addElement(c)
        c = TableCell(valuetype="string", stylename="ceWrap"); c.addElement(P(text=r[1])); tr.addElement(c)
        c = TableCell(valuetype="string"); c.addElement(P(text=r[2])); tr.addElement(c)
        for v in (r[3], r[4]):
            if v is None:
                tr.addElement(TableCell())
            else:
                c = TableCell(valuetype="float", value=v); c.addElement(P(text=str(v))); tr.addElement(c)
        # Andel (formula with cached value)
        fa = f"of:=IF(OR([.D{n}]=\"\";[.E{n}]=\"\");\"\";[.E{n}]/[.D{n}])"
        if r[3] is None or r[4] is None:
            c = TableCell(formula=fa, valuetype="string", stringvalue="", stylename="cePct")
            c.addElement(P(text=""))
            pct = None
        else:
            pct = r[4] / r[3]
            c = TableCell(formula=fa, valuetype="percentage", value=repr(pct), stylename="cePct")
            c.addElement(P(text=f"{round(pct * 100)} %".replace(" %", "%")))
        tr.addElement(c)
        # Status (formula with cached value, or typed override)
        if r[7]:
            c = TableCell(valuetype="string"); c.addElement(P(text=r[7]))
        else:
            fs = (f"of:=IF([.F{n}]=\"\";\"\";IF([.F{n}]>=1;\"Genomförd\";"
                  f"IF([.F{n}]>0;\"Delvis genomförd\";\"Ej genomförd\")))")
            if pct is None:
                sv = ""
            elif pct >= 1:
                sv = "Genomförd"
            elif pct > 0:
                sv = "Delvis genomförd"
            else:
                sv = "Ej genomförd"
            c = TableCell(formula=fs, valuetype="string", stringvalue=sv)
            c.addElement(P(text=sv))
        tr.addElement(c)
        if r[5] is None:
            tr.addElement(TableCell())
        else:
            c = TableCell(valuetype="float", value=r[5]); c.addElement(P(text=str(r[5]))); tr.addElement(c)
        if r[6] is None:
            tr.addElement(TableCell())
        else:
            c = TableCell(valuetype="string", stylename="ceWrap"); c.addElement(P(text=r[6])); tr.addElement(c)
        t.addElement(tr)
        exp(fil, N, r[1], r[8], r[9])
    srow([None])
    srow([None, "Beslutad av vård- och omsorgsnämnden 2026-01-27 § 5"])
    doc.spreadsheet.addElement(t)

    t2 = OTable(name="Instruktion")
    for line in ["Instruktion",
                 "Fyll i antal i urval och antal kontrollerade. Ändra inte formlerna i kolumn F och G.",
                 "Om en kontroll utgår, skriv Utgår i kolumn G och ange beslut i kommentaren.",
                 "Kontaktperson: Maria Holm, kvalitetsstrateg"]:
        tr = TableRow(); c = TableCell(valuetype="string"); c.addElement(P(text=line)); tr.addElement(c); t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. CSV export (semicolon, decimal comma) - Miljö- och byggnämnden + Tekniska nämnden
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Hypergene_IK_export_20260114.csv"
    MBN = "Miljö- och byggnämnden"
    TN = "Tekniska nämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Status",
           "Uppfyllelse (%)", "Antal avvikelser", "Kommentar", "Ansvarig", "Senast ändrad"]
    # rows: org, område, km, period, status, uppf, antal, kommentar, ansvarig, ändrad
    MB = "Miljö- och byggnämnden"
    TE = "Tekniska nämnden"
    lines = [
        (MB, "Handläggning", "Bygglovsansökningar handläggs inom lagstadgad tid (10 veckor)", "T2 2025",
         "Pågående", "88,0", "5", "", "Bygglovschef", "2025-09-15"),
        (MB, "Handläggning", "Bygglovsansökningar handläggs inom lagstadgad tid (10 veckor)", "Helår 2025",
         "Genomförd", "91,5", "7", "7 ärenden överskred tidsfristen; avgiften reducerades enligt PBL.",
         "Bygglovschef", "2026-01-09"),
        (MB, "Tillsyn", "Tillsynsplanen för livsmedelskontroll följs", "T2 2025",
         "Pågående", "58,0", "0", "", "Miljöchef", "2025-09-12"),
        (MB, "Tillsyn", "Tillsynsplanen för livsmedelskontroll följs", "Helår 2025",
         "Delvis genomförd", "87,5", "0",
         "Samtliga högriskobjekt besökta. 12 lågriskobjekt flyttade till 2026.", "Miljöchef", "2026-01-10"),
        (MB, "Ekonomi", "Debitering av tillsynsavgifter sker enligt taxa", "Helår 2025",
         "Genomförd", "100,0", "0", "Stickprov 20 fakturor, inga fel.", "Administrativ chef", "2026-01-08"),
        (MB, "Delegation", "Delegationsbeslut anmäls till nämnden", "T2 2025",
         "Genomförd", "100,0", "0", "Samtliga beslut anmälda.", "Nämndsekreterare", "2025-09-02"),
        (MB, "Delegation", "Delegationsbeslut anmäls till nämnden", "Helår 2025",
         "", "", "", "", "Nämndsekreterare", ""),
        (MB, "Arkiv", "Bygglovshandlingar arkiveras enligt dokumenthanteringsplanen", "Helår 2025",
         "Ej genomförd", "0,0", "", "Ej genomförd på grund av resursbrist; planeras till våren 2026.",
         "Arkivansvarig", "2026-01-12"),
        (MB, "Tillsyn", "Klagomål inom miljö- och hälsoskydd registreras och besvaras inom två veckor",
         "Helår 2025", "Genomförd med avvikelse", "94,2", "3",
         "3 klagomål besvarades efter mer än två veckor.\nRutinen för bevakning har skärpts.",
         "Miljöchef", "2026-01-10"),
        (TE, "Gata och park", "Vinterväghållning utförs enligt entreprenadavtal (stickprov)", "Helår 2025",
         "Genomförd", "100,0", "0", "", "Gatuchef", "2026-01-07"),
        (TE, "Fastighet", "Lagstadgade besiktningar (hiss, OVK) genomförs i tid", "T2 2025",
         "Pågående", "61,0", "4", "", "Fastighetschef", "2025-09-18"),
        (TE, "Fastighet", "Lagstadgade besiktningar (hiss, OVK) genomförs i tid", "Helår 2025",
         "Delvis genomförd", "76,3", "4", "OVK försenad i 4 fastigheter; beställd till mars 2026.",
         "Fastighetschef", "2026-01-11"),
        (TE, "Ekonomi", "Fakturor från entreprenörer attesteras mot beslutade ÄTA-arbeten", "Helår 2025",
         "Genomförd", "100,0", "1", "En faktura betald utan dokumenterat ÄTA-beslut; rutinen förtydligad.",
         "Förvaltningsekonom", "2026-01-09"),
        (TE, "VA", "Egenkontrollprogrammet för dricksvatten följs", "Helår 2025",
         "Utgår", "", "", "Utgår – VA-verksamheten överfördes till Stenbacka Vatten AB 2025-01-01.",
         "VA-chef", "2025-02-03"),
        (TE, "Fordon", "Körjournaler förs för kommunens fordon", "Helår 2025",
         "Ej påbörjad", "0,0", "", "", "Fordonssamordnare", "2026-01-05"),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for ln in lines:
            w.writerow(ln)
    ex = [
        (MBN, "Bygglovsansökningar handläggs inom lagstadgad tid (10 veckor)", "GENOMFORD", "ja"),
        (MBN, "Tillsynsplanen för livsmedelskontroll följs", "DELVIS", "nej"),
        (MBN, "Debitering av tillsynsavgifter sker enligt taxa", "GENOMFORD", "nej"),
        (MBN, "Delegationsbeslut anmäls till nämnden", "GENOMFORD", "nej"),
        (MBN, "Bygglovshandlingar arkiveras enligt dokumenthanteringsplanen", "EJ_GENOMFORD", ""),
        (MBN, "Klagomål inom miljö- och hälsoskydd registreras och besvaras inom två veckor", "GENOMFORD", "ja"),
        (TN, "Vinterväghållning utförs enligt entreprenadavtal (stickprov)", "GENOMFORD", "nej"),
        (TN, "Lagstadgade besiktningar (hiss, OVK) genomförs i tid", "DELVIS", "ja"),
        (TN, "Fakturor från entreprenörer attesteras mot beslutade ÄTA-arbeten", "GENOMFORD", "ja"),
        (TN, "Egenkontrollprogrammet för dricksvatten följs", "UTGAR", ""),
        (TN, "Körjournaler förs för kommunens fordon", "EJ_GENOMFORD", ""),
    ]
    for n, km, s, a in ex:
        exp(fil, n, km, s, a)
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - Word table, merged process rows, symbol statuses + legend
# ---------------------------------------------------------------------------
def build_kfn():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    fil = "KFN uppföljning internkontrollplan helår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    d.core_properties.author = "Kultur- och fritidsförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 13, 10, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)
    d.core_properties.last_modified_by = "Eva Lindqvist"
    sec.header.paragraphs[0].text = "STENBACKA KOMMUN\tKultur- och fritidsförvaltningen\tDnr KFN 2025/112"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Förvaltningen har följt upp nämndens internkontrollplan för 2025. Av åtta kontrollmoment har fem "
        "genomförts, ett delvis, ett har inte genomförts och ett har utgått efter beslut i nämnden. "
        "Avvikelser har noterats i redovisningen av aktivitetsstöd, där återkrav har gjorts.")
    d.add_heading("Resultat per kontrollmoment", level=2)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat helår", "Status"]
    # process, km, metod, ansvarig, resultat, symbol, exp, avv
    groups = [
        ("Föreningsbidrag", [
            ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Stickprov 10 ansökningar",
             "Fritidskonsulent", "Samtliga 10 kontrollerade utbetalningar var korrekta.", "✔", "GENOMFORD", "nej"),
            ("Redovisat aktivitetsstöd kontrolleras mot närvarolistor", "Stickprov 8 föreningar",
             "Fritidskonsulent",
             "2 föreningar hade redovisat fler deltagartillfällen än närvarolistorna visade. Återkrav har gjorts.",
             "✔", "GENOMFORD", "ja"),
        ]),
        ("Kassa och intäkter", [
            ("Kontanthanteringen i simhallens kassa stäms av dagligen", "Genomgång av dagskassarapporter",
             "Badchef",
             "Kontrollen genomförd för augusti–december, inga differenser. Januari–juli kontrolleras i januari 2026.",
             "◐", "DELVIS", "nej"),
            ("Uthyrning av lokaler faktureras enligt taxa", "Jämförelse bokningssystem mot fakturor",
             "Bokningsansvarig", "Kontrollen har inte genomförts under året.", "✖", "EJ_GENOMFORD", ""),
        ]),
        ("Bibliotek", [
            ("Personuppgifter i bibliotekssystemet gallras enligt gallringsbeslut", "Kontroll av gallringslogg",
             "Bibliotekschef", "Gallring genomförd i oktober enligt beslut.", "✔", "GENOMFORD", "nej"),
        ]),
        ("Personal och upphandling", [
            ("Semesteruttag planeras och följs upp så att sparade dagar inte överstiger avtalet",
             "Uttag ur personalsystemet", "Förvaltningschef",
             "Utgår enligt beslut KFN 2025-09-10 § 71.", "–", "UTGAR", ""),
            ("Inköp av evenemangstjänster görs enligt riktlinjerna för direktupphandling",
             "Genomgång av inköp över 50 000 kr", "Kultursamordnare",
             "Se separat rapport, bilaga 3.", "", "OKLAR", ""),
            ("Registerutdrag kontrolleras för ledare som arbetar med barn och unga",
             "Kontroll av samtliga lovledare", "Fritidsgårdschef",
             "Samtliga 18 ledare hade visat giltigt registerutdrag.", "✔", "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    tbl = d.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    for c, h in enumerate(hdr):
        cell = tbl.rows[0].cells[c]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, "BDD7EE")
    r = 1
    for proc, items in groups:
        a = tbl.rows[r].cells[0]
        b = tbl.rows[r].cells[4]
        m = a.merge(b)
        m.text = ""
        run = m.paragraphs[0].add_run("Process: " + proc)
        run.bold = True
        run.italic = True
        shade(m, "F2F2F2")
        r += 1
        for km, metod, ans, res, sym, es, ea in items:
            cells = tbl.rows[r].cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = ans
            cells[3].text = res
            cells[4].text = sym
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, km, es, ea)
            r += 1
    widths = [Cm(6.5), Cm(4.5), Cm(3.5), Cm(9), Cm(2)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("✔ = Genomförd   ◐ = Delvis genomförd   ✖ = Ej genomförd   – = Utgår")
    d.add_paragraph("")
    d.add_paragraph("Stenbacka 2026-01-20")
    d.add_paragraph("Eva Lindqvist\nFörvaltningschef, kultur- och fritidsförvaltningen")
    d.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - simple sheet, tick columns, nämnd only in print header / file name
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Uppföljning IK 2025 helår ÖFN.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Frekvens", "Genomförd", "Ej genomförd", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Löpande", "x", None, "Nej", None,
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Halvår", "x", None, "Ja",
         "2 arvoden var felberäknade och har rättats.", "GENOMFORD", "ja"),
        ("Registerutdrag kontrolleras innan ny ställföreträdare förordnas", "Löpande", "x", None, "Nej", None,
         "GENOMFORD", "nej"),
        ("Förteckningar över huvudmannens tillgångar kommer in inom två månader", "Löpande", "x", None, "Ja",
         "11 förteckningar kom in för sent, påminnelser har skickats.", "GENOMFORD", "ja"),
        ("Överförmyndarspärr är registrerad på huvudmännens bankkonton", "Årligen", None, "x", None,
         "Har inte hunnits med under 2025.", "EJ_GENOMFORD", ""),
        ("Samtycke till uttag från spärrat konto dokumenteras i akten", "Stickprov", "x", "x", None, None,
         "OKLAR", ""),
        ("Behörigheter i ärendesystemet ses över", "Årligen", None, None, None, None, "SAKNAS", ""),
    ]
    for i, r in enumerate(rows):
        rr = 4 + i
        for c, v in enumerate(r[:6], 1):
            cell = ws.cell(row=rr, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (3, 4, 5) else None)
        exp(fil, N, r[0], r[6], r[7])
    ws.cell(row=4 + len(rows) + 1, column=1, value="Markera med x i Genomförd eller Ej genomförd.").font = Font(italic=True, size=9)
    ws.oddHeader.center.text = "Överförmyndarnämnden Stenbacka kommun"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    for col, w in zip("ABCDEF", (55, 12, 11, 13, 11, 45)):
        ws.column_dimensions[col].width = w
    fix_props(wb, "Överförmyndarenheten")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Zero-byte file - rejected
# ---------------------------------------------------------------------------
def build_zero():
    fil = "Valnämnden IK-uppföljning 2025.xlsx"
    open(fil, "wb").close()
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Stenbacka Bostäder AB", "Stenbackabostäder|SBO"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_csv()
    build_kfn()
    build_ofn()
    build_zero()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
