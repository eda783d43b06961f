#!/usr/bin/python3
"""Round r229 - Rödby kommun, T2 2025. Economy office collection workbooks/exports + single-nämnd files."""
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-round229"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

BOLD = Font(bold=True)
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Rödby Bostäder AB", "RBAB|Rödbybostäder|Rödby Bostäder"),
    ("Rödby Energi AB", "REAB|Rödby Energi"),
]

# ---------------------------------------------------------------------------
# File 1: collection workbook, sheet per nämnd + summary + hidden lists
F1 = "IK_sammanstallning_T2_2025.xlsx"
STAT = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
COLL = {
    "BUN": ("Barn- och utbildningsnämnden", "Nämnd: Barn- och utbildningsnämnden", "Anna Lindqvist, controller", [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor/tertial", "Ekonom",
         "Genomförd", "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)", "Stickprov 30 inköp", "Ekonom",
         "", "Genomförd", "Stickprov 30 inköp; 4 inköp utanför avtal (förbrukningsmaterial). Återkopplat till rektorerna.", "GENOMFORD", "ja"),
        ("Verksamhet", "Uppföljning av frånvaroanmälan och hantering av långvarig frånvaro", "Genomgång per skola", "Verksamhetschef grundskola",
         "Delvis genomförd", "Delvis genomförd", "Kontroll gjord på 4 av 7 grundskolor, resterande skolor under hösten.", "DELVIS", ""),
        ("Personal", "Registerkontroll i belastningsregistret vid nyanställning", "Samtliga nyanställda", "HR-partner",
         "Genomförd", "Ej genomförd", "Kontrollen har skjutits upp p.g.a. vakans på HR.", "EJ_GENOMFORD", ""),
        ("Verksamhet", "Skolskjuts – kontroll av att beslut finns för samtliga elever med skolskjuts", "Avstämning mot skjutslistor", "Skolskjutssamordnare",
         "Delvis genomförd", "", "", "DELVIS", ""),
    ]),
    "SN": ("Socialnämnden", "Nämnd: Socialnämnden", "Jonas Berg, controller", [
        ("Ekonomi", "Utbetalning av ekonomiskt bistånd – kontroll av beslut och underlag", "Stickprov 20 akter", "Enhetschef försörjningsstöd",
         "Genomförd", "Genomförd", "Stickprov 20 akter. 2 utbetalningar saknade attest i verksamhetssystemet.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Uppföljning av handläggningstider för utredningar inom barn och unga (4 månader)", "Uttag ur verksamhetssystemet", "Enhetschef barn och unga",
         "Delvis genomförd", "Delvis genomförd", "Mätning gjord för maj–juni; juli–augusti återstår.", "DELVIS", ""),
        ("Upphandling", "Kontroll av att placeringar sker enligt ramavtal", "Samtliga nya placeringar", "Placeringssamordnare",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Verksamhet", "Hantering av synpunkter och klagomål", "Genomgång av diarium", "Kvalitetsutvecklare",
         "", "Utgår", "Utgår enligt beslut SN 2025-05-20 § 48, ersätts av ny rutin.", "UTGAR", ""),
        ("Informationssäkerhet", "Kontroll av behörigheter i verksamhetssystemet Lifecare", "Behörighetslista", "Systemförvaltare",
         "", "", "", "SAKNAS", ""),
    ]),
    "VON": ("Vård- och omsorgsnämnden", "Nämnd: Vård- och omsorgsförvaltningen", "Maria Sundin, controller", [
        ("Hälso- och sjukvård", "Läkemedelshantering – kontroll av signeringslistor", "Genomgång per enhet", "MAS",
         "Genomförd", "Genomförd", "Avvikelser i 3 av 12 enheter, handlingsplan upprättad.", "GENOMFORD", "ja"),
        ("Verksamhet", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Stickprov 30 brukare", "Enhetschefer",
         "Ej genomförd", "Delvis genomförd", "Hemtjänsten klar, särskilt boende återstår.", "DELVIS", ""),
        ("Ekonomi", "Fakturering av avgifter för hemtjänst – avstämning mot beviljade timmar", "Avstämning månadsvis", "Avgiftshandläggare",
         "Genomförd", "Genomförd", "Ingen avvikelse.", "GENOMFORD", "nej"),
        ("Personal", "Bemanning – kontroll av timanställdas arbetade tid mot schema", "Stickprov 2 månader", "HR-partner",
         "", "Ej genomförd", "Ej påbörjad, planeras till T3.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Representation och förtroendekänsliga poster", "Samtliga verifikationer konto 6071–6072", "Controller",
         "", "", "Kontrollen är genomförd, inga avvikelser noterade.", "GENOMFORD", "nej"),
    ]),
}

def build_f1():
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Sammanfattning"
    summ["A1"] = "Rödby kommun – sammanställning internkontroll tertial 2 2025"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Ekonomikontoret, 2025-09-18. Antal kontrollmoment per nämnd och status (T2)."
    hdr = ["Nämnd", "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår", "Ej rapporterad", "Totalt"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(row=4, column=c, value=h); cell.font = BOLD; cell.border = BORDER
    r = 5
    tot = [0] * 6
    for key, (namn, _, _, rows) in COLL.items():
        counts = [sum(1 for x in rows if x[5] == s) for s in STAT]
        counts.append(sum(1 for x in rows if x[5] == ""))
        counts.append(len(rows))
        summ.cell(row=r, column=1, value=namn).border = BORDER
        for c, v in enumerate(counts, 2):
            summ.cell(row=r, column=c, value=v).border = BORDER
            tot[c - 2] += v
        r += 1
    summ.cell(row=r, column=1, value="Totalt").font = BOLD
    for c, v in enumerate(tot, 2):
        summ.cell(row=r, column=c, value=v).font = BOLD
    summ.cell(row=r + 2, column=1, value="Kommentar: Status avser nämndens bedömning per 31 augusti. Ej rapporterad = status T2 saknas i nämndens flik.")
    summ.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 15

    for key, (namn, nline, lamnare, rows) in COLL.items():
        ws = wb.create_sheet(key)
        ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = nline
        ws["A2"].font = BOLD
        ws["A3"] = "Uppgiftslämnare: " + lamnare
        ws["E3"] = "Välj status i listan. Kommentar ska alltid lämnas vid avvikelse."
        ws["E3"].font = Font(italic=True, color="808080")
        hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2", "Kommentar T2"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = BOLD; cell.border = BORDER
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
        for i, (proc, km, metod, ansv, t1, t2, kom, st, avv) in enumerate(rows, 1):
            rr = 5 + i
            vals = [i, proc, km, metod, ansv, t1 or None, t2 or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=rr, column=c, value=v)
                cell.alignment = WRAP; cell.border = BORDER
            exp(F1, namn, km, st, avv)
        dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"F6:G{5 + len(rows)}")
        for col, w in zip("ABCDEFGH", [5, 18, 48, 26, 22, 16, 16, 50]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A6"

    lst = wb.create_sheet("Listor")
    lst["A1"] = "Status"; lst["B1"] = "Nämnd"; lst["C1"] = "Förkortning"
    for i, s in enumerate(STAT, 2):
        lst.cell(row=i, column=1, value=s)
    for i, (n, a) in enumerate(NAMNDER, 2):
        lst.cell(row=i, column=2, value=n)
        lst.cell(row=i, column=3, value=a.split("|")[0])
    lst.sheet_state = "hidden"
    wb.save(F1)
    for key, (namn, *_r) in COLL.items():
        FILES.append((F1, "INLAST", namn, "2025", "T2"))

# ---------------------------------------------------------------------------
# File 2: Stratsys CSV export, nämnd column with aliases, one row per period
F2 = "Stratsys_export_IK_2025-09-15.csv"
# (enhet, nämnd-as-written, process, km, ansvarig, period, status, kommentar, uppdaterad)
F2ROWS = [
    ("Tekniska förvaltningen", "Tekniska nämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller TF", "T2 2025", "Genomförd", "Stickprov 40 fakturor utan anmärkning.", "2025-09-02"),
    ("Gata/park", "Tekniska förvaltningen", "Fordon", "Kontroll av fordonsregister och körjournaler", "Fordonssamordnare", "T1 2025", "Pågående", "Genomgång av körjournaler påbörjad.", "2025-04-28"),
    ("Gata/park", "TN", "Fordon", "Kontroll av fordonsregister och körjournaler", "Fordonssamordnare", "T2 2025", "Genomförd med avvikelse", "Körjournal saknades för 2 fordon. Påminnelse skickad till arbetsledare.", "2025-09-05"),
    ("VA-avdelningen", "TN", "VA", "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "Driftchef VA", "T2 2025", "Genomförd", "Samtliga prover tjänliga.", "2025-09-01"),
    ("Projektavdelningen", "Tekniska förvaltningen", "Investeringar", "Uppföljning av entreprenadavtal – ÄTA-arbeten beställs skriftligt", "Projektchef", "T2 2025", "Pågående", "Granskning av 3 projekt påbörjad.", "2025-09-10"),
    ("Tekniska förvaltningen", "Tekniska nämnden", "Tillgångar", "Inventering av verktyg och maskiner i förråd", "Förrådsansvarig", "T2 2025", "Ej påbörjad", "Flyttas till hösten efter omorganisation.", "2025-08-29"),
    ("Gata/park", "TN", "Upphandling", "Kontroll av vinterväghållningsentreprenörens tidrapporter", "Arbetsledare gata", "T2 2025", "Avbruten", "Avbruten genom beslut TN 2025-04-10 § 33.", "2025-04-15"),
    ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Bidrag", "Kontroll av föreningsbidrag – att beviljade bidrag följer bidragsreglerna", "Föreningskonsulent", "T2 2025", "Genomförd med avvikelse", "En förening hade inte lämnat verksamhetsberättelse; utbetalning stoppad.", "2025-09-08"),
    ("Bad och idrott", "KFN", "Ekonomi", "Kassahantering i simhall och bibliotek – dagliga kassaavstämningar", "Enhetschef bad", "T2 2025", "Genomförd", "Inga differenser.", "2025-09-03"),
    ("Bad och idrott", "KFN", "Intäkter", "Uthyrning av lokaler – kontroll att debitering sker enligt taxa", "Bokningsansvarig", "T1 2025", "Ej påbörjad", "", "2025-04-30"),
    ("Bad och idrott", "Kultur- och fritidsförvaltningen", "Intäkter", "Uthyrning av lokaler – kontroll att debitering sker enligt taxa", "Bokningsansvarig", "T2 2025", "Pågående", "Stickprov görs under september.", "2025-09-11"),
    ("Fritid", "Kultur- och fritidsförvaltningen", "Informationssäkerhet", "Kontroll av att register över deltagare i fritidsverksamhet hålls uppdaterat (GDPR)", "Fritidschef", "T2 2025", "", "Se bilaga", "2025-09-12"),
    ("Kultur", "Kultur- och fritidsnämnden", "Inköp", "Inköp av konst – kontroll mot inköpsrutin", "Kulturchef", "T2 2025", "Genomförd", "Inga inköp över 50 tkr under perioden; rutinen följd.", "2025-09-04"),
]
F2EXP = [
    ("Tekniska nämnden", "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
    ("Tekniska nämnden", "Kontroll av fordonsregister och körjournaler", "GENOMFORD", "ja"),
    ("Tekniska nämnden", "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "GENOMFORD", "nej"),
    ("Tekniska nämnden", "Uppföljning av entreprenadavtal – ÄTA-arbeten beställs skriftligt", "DELVIS", ""),
    ("Tekniska nämnden", "Inventering av verktyg och maskiner i förråd", "EJ_GENOMFORD", ""),
    ("Tekniska nämnden", "Kontroll av vinterväghållningsentreprenörens tidrapporter", "UTGAR", ""),
    ("Kultur- och fritidsnämnden", "Kontroll av föreningsbidrag – att beviljade bidrag följer bidragsreglerna", "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden", "Kassahantering i simhall och bibliotek – dagliga kassaavstämningar", "GENOMFORD", "nej"),
    ("Kultur- och fritidsnämnden", "Uthyrning av lokaler – kontroll att debitering sker enligt taxa", "DELVIS", ""),
    ("Kultur- och fritidsnämnden", "Kontroll av att register över deltagare i fritidsverksamhet hålls uppdaterat (GDPR)", "OKLAR", ""),
    ("Kultur- och fritidsnämnden", "Inköp av konst – kontroll mot inköpsrutin", "GENOMFORD", "nej"),
]

def build_f2():
    with open(F2, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Nämnd", "Internkontrollplan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast uppdaterad"])
        for (enh, nm, proc, km, ansv, per, st, kom, upd) in F2ROWS:
            w.writerow([enh, nm, "Internkontrollplan 2025", proc, km, ansv, per, st, kom, upd])
    for n, km, st, avv in F2EXP:
        exp(F2, n, km, st, avv)
    FILES.append((F2, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((F2, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))

# ---------------------------------------------------------------------------
# File 3: workbook with nämnd only in the sheet name, fill colours with legend
F3 = "Uppfoljning_IK_tertial2.xlsx"
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
F3SHEETS = [
    ("MBN", "Miljö- och byggnämnden", [
        ("Försenade beslut", "Handläggningstid för bygglov – beslut inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Samtliga ärenden", GREEN, "Samtliga 112 ärenden beslutade inom tid.", "", "GENOMFORD", "nej"),
        ("Felaktiga intäkter", "Debitering av tillsynsavgifter enligt taxa", "Stickprov", "30 fakturor", GREEN, "2 felaktiga debiteringar av 30, rättade.", "Genomgång av taxan med handläggarna.", "GENOMFORD", "ja"),
        ("Jäv", "Jäv – kontroll av jävsdeklarationer för inspektörer", "Genomgång", "Samtliga inspektörer", YELLOW, "Hälften av inspektörerna har lämnat deklaration, resterande påminda.", "", "DELVIS", ""),
        ("Brister i delegation", "Delegationsbeslut anmäls till nämnd", "Avstämning mot protokoll", "Maj–augusti", RED, "Ej genomförd p.g.a. byte av ärendesystem.", "Genomförs T3.", "EJ_GENOMFORD", ""),
        ("Informationsförlust", "Arkivering av avslutade ärenden enligt dokumenthanteringsplan", "Stickprov", "20 ärenden", GREY, "Ej aktuell 2025, ingår i kommunövergripande granskning.", "", "UTGAR", ""),
    ]),
    ("Överförmyndarnämnden", "Överförmyndarnämnden", [
        ("Förskingring", "Granskning av årsräkningar inom 6 månader", "Uttag ur Wärna", "Samtliga", GREEN, "Samtliga årsräkningar granskade inom tid.", "", "GENOMFORD", "nej"),
        ("Olämpliga ställföreträdare", "Kontroll av att ställföreträdare har aktuellt registerutdrag", "Genomgång", "Samtliga nya uppdrag", YELLOW, "Kontroll pågår, ca 60 % klart.", "", "DELVIS", ""),
        ("Felaktiga arvoden", "Arvodesberäkning – stickprov mot beslut", "Stickprov", "15 beslut", None, "", "", "SAKNAS", ""),
        ("Förskingring", "Kontroll av uttag från spärrade konton", "Bankutdrag", "Samtliga uttag", GREEN, "1 uttag utan överförmyndarens samtycke, ärendet utreds.", "Kontakt med banken.", "GENOMFORD", "ja"),
    ]),
]

def build_f3():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sname, namn, rows in F3SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = "Uppföljning av internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Period: Tertial 2 (maj–augusti) 2025"
        ws["A3"] = "Teckenförklaring bedömning:"
        ws["A3"].font = BOLD
        for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")]):
            ws.cell(row=3, column=2 + 2 * i).fill = PatternFill("solid", fgColor=col)
            ws.cell(row=3, column=3 + 2 * i, value=txt)
        hdr = ["Risk", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Bedömning T2", "Iakttagelser / kommentar", "Åtgärd vid avvikelse"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h); cell.font = BOLD; cell.border = BORDER
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for i, (risk, km, met, omf, fill, kom, atg, st, avv) in enumerate(rows):
            rr = 6 + i
            for c, v in enumerate([risk, km, met, omf, None, kom or None, atg or None], 1):
                cell = ws.cell(row=rr, column=c, value=v); cell.alignment = WRAP; cell.border = BORDER
            if fill:
                ws.cell(row=rr, column=5).fill = PatternFill("solid", fgColor=fill)
            exp(F3, namn, km, st, avv)
        last = 6 + len(rows)
        ws.cell(row=last + 1, column=1, value="Uppföljningen lämnas till ekonomikontoret senast 15 september.").font = Font(italic=True)
        for col, w in zip("ABCDEFGHI", [22, 46, 22, 18, 14, 46, 28, 4, 26]):
            ws.column_dimensions[col].width = w
        FILES.append((F3, "INLAST", namn, "2025", "T2"))
    wb.save(F3)

# ---------------------------------------------------------------------------
# File 4: Kommunstyrelsen, Word with symbols and legend under the table
F4 = "KS_uppfoljning_internkontroll_T2_2025.docx"
F4ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov på 50 fakturor.\n1 faktura attesterad av person utan behörighet, attestlistan uppdaterad.", "✔", "GENOMFORD", "ja"),
    ("Ekonomi", "Kontroll av representationskostnader mot riktlinjer", "Samtliga verifikationer jan–aug granskade. Inga avvikelser.", "✔", "GENOMFORD", "nej"),
    ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Påbörjad, stickprov klart för januari–april.", "◐", "DELVIS", ""),
    ("IT", "Behörighetsgenomgång i ekonomisystemet", "Genomgången flyttad till november på grund av systemuppgradering.", "✖", "EJ_GENOMFORD", ""),
    ("Personal", "Lönekontroll – utbetalda löner mot anställningsavtal", "Se bilaga 3.", "", "OKLAR", ""),
    ("Säkerhet", "Uppföljning av krisledningsplan", "Utgår – ersatt av ny plan för civilt försvar (KS 2025-03-12 § 41).", "–", "UTGAR", ""),
    ("Nämndadministration", "Kontroll av att beslut expedieras inom en vecka", "Kontroll av 40 beslut, 38 expedierade i tid, 2 försenade.", "✔", "GENOMFORD", "ja"),
]

def build_f4():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Rödby kommun")
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=2)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (KS 2024-12-11 § 212). "
                    "Uppföljningen avser perioden januari–augusti och redovisas till kommunstyrelsen i oktober. "
                    "Kontrollerna har genomförts av kommunledningsförvaltningens respektive ansvariga.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Genomförande och resultat", "Status"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for proc, km, res, sym, st, avv in F4ROWS:
        cells = t.add_row().cells
        cells[0].text = proc
        cells[1].text = km
        cells[2].text = res
        cells[3].text = sym
        exp(F4, "Kommunstyrelsen", km, st, avv)
    # merge the two Ekonomi process cells
    a = t.cell(1, 0); b = t.cell(2, 0)
    m = a.merge(b)
    m.text = "Ekonomi"
    d.add_paragraph("Teckenförklaring: ✔ = genomförd   ◐ = påbörjad/delvis genomförd   ✖ = ej genomförd   – = utgår")
    d.add_paragraph("Samlad bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. Avvikelserna inom attest och "
                    "expediering har åtgärdats. Lönekontrollen redovisas i separat bilaga.")
    d.add_paragraph("Rödby 2025-09-12")
    d.add_paragraph("Karin Ek\nKommundirektör")
    d.save(F4)
    FILES.append((F4, "INLAST", "Kommunstyrelsen", "2025", "T2"))

# ---------------------------------------------------------------------------
# File 5: Rödby Bostäder AB, ODS with tick columns
F5 = "Rödby Bostäder AB - intern kontroll T2 2025.ods"
F5ROWS = [
    ("Ekonomi", "Avstämning av hyresreskontra mot huvudbok", "Ekonomichef", "X", "", "Nej", "", "GENOMFORD", "nej"),
    ("Uthyrning", "Kontroll av att hyresavtal är undertecknade innan inflyttning", "Uthyrningschef", "X", "", "Ja", "2 avtal av 40 saknade hyresgästens underskrift vid inflyttning.", "GENOMFORD", "ja"),
    ("Förvaltning", "Uppföljning av felanmälningar – åtgärdstid", "Förvaltningschef", "", "X", "", "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
    ("Fastighet", "Brandskyddskontroll (SBA) i samtliga fastigheter", "Fastighetschef", "X", "X", "", "", "OKLAR", ""),
    ("Ekonomi", "Attest av fakturor för underhållsentreprenader", "Ekonomichef", "X", "", "Nej", "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
    ("Säkerhet", "Kontroll av nyckelkvittenser", "Områdeschefer", "", "", "", "Pågår, ca hälften av områdena klara.", "DELVIS", ""),
]

def build_f5(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Rödby Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning per 31 augusti (T2)"
    ws["A3"] = "Markera med X i kolumnen Utförd eller Ej utförd."
    hdr = ["Område", "Kontroll", "Ansvarig", "Utförd", "Ej utförd", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = BOLD; cell.border = BORDER
    for i, (omr, km, ansv, u, eu, avv_txt, kom, st, avv) in enumerate(F5ROWS):
        rr = 6 + i
        for c, v in enumerate([omr, km, ansv, u or None, eu or None, avv_txt or None, kom or None], 1):
            cell = ws.cell(row=rr, column=c, value=v); cell.border = BORDER; cell.alignment = WRAP
        exp(F5, "Rödby Bostäder AB", km, st, avv)
    ws.cell(row=13, column=1, value="Godkänd av VD 2025-09-09, Per Åström")
    for col, w in zip("ABCDEFG", [14, 52, 18, 9, 10, 14, 46]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "rbab.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "ods", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "rbab.ods"), F5)
    FILES.append((F5, "INLAST", "Rödby Bostäder AB", "2025", "T2"))

# ---------------------------------------------------------------------------
# File 6: GVN, .xls with the nämnd only in print header (and file name abbreviation), T1/T2/T3 codes
F6 = "GVN IK 2025 uppföljning.xls"
F6ROWS = [
    ("Kontroll av elevers närvaro som underlag för CSN-rapportering", "3x4=12", "Rektor", "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Avtalstrohet vid köp av läromedel", "3x3=9", "Ekonom", "D", "G", "", "3 av 25 köp utanför avtal, återkopplat.", "GENOMFORD", "ja"),
    ("Betygsrapportering – kontroll av att betyg registreras i tid", "2x4=8", "Studie- och yrkesvägledare", "", "D", "", "VT-betyg kontrollerade, HT återstår.", "DELVIS", ""),
    ("Kontroll av interkommunala ersättningar mot elevregister", "3x3=9", "Controller", "E", "E", "", "Ej påbörjad p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
    ("Uppföljning av lärlingsersättning till arbetsgivare", "2x3=6", "Vuxenutbildningschef", "U", "U", "", "Utgår, statsbidraget har upphört.", "UTGAR", ""),
    ("Registerkontroll av personal inom vuxenutbildningen", "2x4=8", "HR-partner", "", "", "", "", "SAKNAS", ""),
]

def build_f6(tmp):
    # built with openpyxl (xlwt cannot write non-ASCII print headers under Python 3) and converted to .xls by LibreOffice
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Gymnasie- och vuxenutbildningsnämnden – Internkontrollplan 2025"
    ws.oddFooter.left.text = "Rödby kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen 2024-12-05. Uppföljning tertialvis; T2 ifylld 2025-09-10."
    hdr = ["Kontrollmoment", "Risk (S x K)", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = BOLD; cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="CCFFFF")
    for i, (km, risk, ansv, t1, t2, t3, kom, st, avv) in enumerate(F6ROWS):
        r = 5 + i
        for c, v in enumerate([km, risk, ansv, t1 or None, t2 or None, t3 or None, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.alignment = WRAP; cell.border = BORDER
        exp(F6, "Gymnasie- och vuxenutbildningsnämnden", km, st, avv)
    r = 5 + len(F6ROWS) + 1
    ws.cell(row=r, column=1, value="Förklaring: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår").font = BOLD
    for col, w in zip("ABCDEFG", [50, 12, 24, 6, 6, 6, 44]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "gvn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "gvn.xls"), F6)
    FILES.append((F6, "INLAST", "Gymnasie- och vuxenutbildningsnämnden", "2025", "T2"))

# ---------------------------------------------------------------------------
# File 7 (reject): covering letter from the economy office
F7 = "Missiv_IK_sammanstallning_T2_2025.docx"

def build_f7():
    d = docx.Document()
    d.add_paragraph("Rödby kommun\nEkonomikontoret\n2025-09-18")
    d.add_paragraph("Till: Kommunstyrelsens arbetsutskott")
    d.add_heading("Överlämnande av nämndernas uppföljning av internkontroll, tertial 2 2025", level=1)
    d.add_paragraph("Härmed överlämnas sammanställningen av nämndernas och bolagens uppföljning av internkontrollplanerna "
                    "för tertial 2 2025. Uppföljningarna finns i bifogade filer (IK_sammanstallning_T2_2025.xlsx, export ur "
                    "Stratsys samt nämndernas egna rapporter).")
    d.add_paragraph("Valnämnden och Rödby Energi AB har inte lämnat någon uppföljning för perioden. Överförmyndarnämnden har "
                    "ännu inte redovisat arvodeskontrollen.")
    d.add_paragraph("Ekonomikontoret föreslår att arbetsutskottet noterar informationen och att avvikelserna följs upp i helårsrapporten.")
    d.add_paragraph("Med vänlig hälsning\nLena Håkansson\nEkonomichef")
    d.save(F7)
    FILES.append((F7, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
def main():
    outputs = [F1, F2, F3, F4, F5, F6, F7, "namnder.csv", "files.csv", "expected.csv"]
    for f in outputs:
        if os.path.exists(f):
            os.remove(f)
    tmp = tempfile.mkdtemp(prefix="r229_")
    build_f1(); build_f2(); build_f3(); build_f4(); build_f5(tmp); build_f6(tmp); build_f7()
    shutil.rmtree(tmp, ignore_errors=True)
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(EXPECTED), "controls,", len(FILES), "file rows")

if __name__ == "__main__":
    main()
