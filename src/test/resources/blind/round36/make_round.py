#!/usr/bin/python3
# Blind round 36 - Stålberga kommun (Dalarna), internkontroll 2025, helår.
# The economy office sends one Excel template; each nämnd adapts it in its own way.
import os, shutil, subprocess, tempfile, codecs
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.comments import Comment
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r36-")
KOMMUN = "Stålberga kommun"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="BFBFBF")
GROUP_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)
readme = []


def head_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w


def status_cf(ws, rng):
    """Conditional formatting of the template: colours the status cell."""
    first = rng.split(":")[0]
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f'ISNUMBER(SEARCH("Delvis",{first}))'], fill=YELLOW, stopIfTrue=True))
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f'ISNUMBER(SEARCH("Ej genomförd",{first}))'], fill=RED, stopIfTrue=True))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd"'], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Utgår"'], fill=GREY))


def listor_sheet(wb):
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(STATUS_LIST, 1):
        ls.cell(row=i, column=1, value=v)
    ls.cell(row=1, column=3, value="Ja")
    ls.cell(row=2, column=3, value="Nej")
    for i, v in enumerate(["Delår 2025", "Helår 2025"], 1):
        ls.cell(row=i, column=5, value=v)
    ls.sheet_state = "hidden"
    return ls


def instruktion_sheet(wb):
    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion till nämnderna – uppföljning av internkontrollplan 2025",
        "1. Fyll i nämndens namn och period högst upp på fliken Uppföljning.",
        "2. Välj status för varje kontrollmoment i rullgardinslistan (Genomförd, Delvis genomförd, Ej genomförd, Utgår).",
        "3. Ange Ja i kolumnen Avvikelse om kontrollen visat brister, och beskriv dem i kommentarsfältet.",
        "4. Skicka filen till ekonomi@stalberga.se senast den 16 januari 2026.",
        "Frågor besvaras av Ekonomiavdelningen, Kommunledningsförvaltningen.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t).font = BOLD if i == 1 else Font()
    ins.column_dimensions["A"].width = 110


TEMPLATE_HEAD = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                 "Status", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
TEMPLATE_W = [5, 18, 26, 48, 24, 16, 18, 12, 48]


def template_top(ws, namnd, period):
    ws["A1"] = KOMMUN
    ws["A1"].font = BOLD
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = TITLE
    ws["A4"] = "Nämnd:"
    ws["B4"] = namnd
    ws["A5"] = "Period:"
    ws["B5"] = period
    ws["A6"] = "Upprättad av:"
    for r in (4, 5, 6):
        ws.cell(row=r, column=1).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)


# ---------------------------------------------------------------- 1. KS (template nearly as sent)
def file_ks():
    fn = "Uppföljning IKP 2025 Kommunstyrelsen.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_top(ws, "Kommunstyrelsen", "Helår 2025")
    ws["B6"] = "Anna Lindqvist, controller"
    head_row(ws, 8, TEMPLATE_HEAD, TEMPLATE_W)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar", "Kontroll att attest av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 40 fakturor", "Ekonomichef", "Genomförd", "Nej", "Stickprov på 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegation", "Beslut fattas utan mandat", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av protokoll", "Kanslichef", "Genomförd", "Ja", "Tre beslut anmäldes för sent. Rutinen har förtydligats för handläggarna.", "GENOMFORD", "ja"),
        ("IT", "Obehörig åtkomst", "Kontroll av behörigheter i ekonomisystemet Raindance vid avslutad anställning",
         "Jämförelse mot HR-systemet", "IT-chef", "Delvis genomförd", "Ja", "Två konton fanns kvar aktiva efter avslutad anställning. Fortsatt kontroll Q1 2026.", "DELVIS", "ja"),
        ("Upphandling", "Otillåten direktupphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Stickprov i e-handeln", "Upphandlingschef", "Ej genomförd", "Nej", "Hann inte genomföras p.g.a. vakans under hösten.", "EJ_GENOMFORD", "nej"),
        ("Lön", "Felaktiga löneutbetalningar", "Stickprovskontroll av manuella löneutbetalningar och löneändringar",
         "Stickprov 25 ändringar", "Lönechef", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Förtroendeskada", "Kontroll av att representation och förtroendekänsliga poster följer riktlinjer",
         "Genomgång konto 7610–7690", "Controller", "Genomförd", "Ja", "Två fakturor saknade syfte och deltagarförteckning.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Bristande kunskap", "Uppföljning av att informationssäkerhetsutbildning genomförts av alla anställda",
         "Utdrag ur lärplattformen", "Säkerhetssamordnare", "Utgår", "Nej", "Utgår enligt KS beslut 2025-05-20 § 87, ersätts av länsgemensam utbildning.", "UTGAR", "nej"),
        ("Arkiv", "Handlingar gallras felaktigt", "Kontroll att dokumenthanteringsplanen är uppdaterad och följs",
         "Intervju med registratorer", "Arkivarie", None, None, None, "SAKNAS", "nej"),
        ("Krisberedskap", "Bristande förmåga vid kris", "Kontroll att kommunens krisledningsplan har övats under året",
         "Dokumentation av övning", "Beredskapssamordnare", None, None, "Övningen är genomförd 2025-10-08 tillsammans med länsstyrelsen i Dalarna.", "GENOMFORD", "nej"),
    ]
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:8])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        expected.append((fn, "Kommunstyrelsen", row[2], row[8], row[9]))
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G9:G{last}")
    dv2 = DataValidation(type="list", formula1="=Listor!$C$1:$C$2", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"H9:H{last}")
    status_cf(ws, f"G9:G{last}")
    r += 1
    ws.cell(row=r, column=4, value="Antal kontrollmoment").font = BOLD
    ws.cell(row=r, column=7, value=f"=COUNTA(D9:D{last})")
    ws.cell(row=r + 1, column=4, value="Varav genomförda").font = BOLD
    ws.cell(row=r + 1, column=7, value=f'=COUNTIF(G9:G{last},"Genomförd")')
    ws.cell(row=r + 3, column=1, value="Stålberga 2026-01-14")
    ws.cell(row=r + 4, column=1, value="Anna Lindqvist, controller, Kommunledningsförvaltningen")
    ws.oddHeader.center.text = "Kommunstyrelsen – internkontroll 2025"
    listor_sheet(wb)
    instruktion_sheet(wb)
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    readme.append(f"- `{fn}` — the economy office's template almost as sent (drop-down status, conditional fill, hidden Listor sheet, Instruktion sheet); traps: blank status row (SAKNAS), blank status with clear comment (done), Utgår, formula totals rows and signature below.")


# ---------------------------------------------------------------- 2. BUN (columns removed/renamed, Delår + Helår columns, hand-typed)
def file_bun():
    fn = "BUN_internkontroll_2025_delår+helår.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "BUN 2025"
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = TITLE
    ws["A4"] = "Nämnd:"
    ws["B4"] = "BUN"
    ws["A5"] = "Period:"
    ws["B5"] = "Delår (aug) och helår 2025"
    ws["A4"].font = ws["A5"].font = BOLD
    heads = ["Nr", "Process", "Vad kontrolleras", "Status delår (aug)", "Status helår", "Iakttagelser", "Åtgärd"]
    head_row(ws, 7, heads, [5, 20, 52, 16, 16, 48, 36])
    rows = [
        ("Elevhälsa", "Kontroll att elevers frånvaro över 10 % utreds och dokumenteras", "Pågår", "Genomförd",
         "Utredning saknades för 4 av 25 elever med hög frånvaro.", "Rektorerna påminda, ny uppföljning VT 2026.", "GENOMFORD", "ja"),
        ("Förskola", "Kontroll av att placering i förskola erbjuds inom fyra månader", "Genomförd", "genomförd",
         "Samtliga erbjudna plats i tid.", "", "GENOMFORD", "nej"),
        ("Personal", "Kontroll att registerkontroll (belastningsregister) görs vid nyanställning", "delvis", "Delvis",
         "3 av 30 personalakter saknade utdrag ur belastningsregistret.", "Checklista för rekrytering revideras.", "DELVIS", "ja"),
        ("Skolskjuts", "Stickprov på att skolskjutsbeslut fattas enligt gällande riktlinjer", "Ej påbörjad", "Ej genomförd",
         "", "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        ("Trygghet", "Kontroll att anmälan om kränkande behandling rapporteras till huvudman", "Klar", None,
         "Kontrollen slutfördes redan vid delåret, inga brister.", "", "GENOMFORD", "nej"),
        ("Grundskola", "Kontroll att modersmålsundervisning erbjuds alla berättigade elever", None, "Ej aktuell",
         "Ingår i revisionens granskning 2025 i stället.", "", "UTGAR", "nej"),
        ("Inköp", "Kontroll av att inköp av läromedel görs från upphandlade leverantörer", "Pågår", "Se kommentar",
         "", "", "OKLAR", "nej"),
        ("Ekonomi", "Uppföljning av att tilläggsbelopp för barn i behov av särskilt stöd beslutas korrekt", None, None,
         "", "", "SAKNAS", "nej"),
    ]
    r = 8
    for i, row in enumerate(rows, 1):
        for c, v in enumerate([i] + list(row[:6]), 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        expected.append((fn, "Barn- och utbildningsnämnden", row[1], row[6], row[7]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Kolumnerna Risk, Kontrollmetod och Avvikelse i ekonomiavdelningens mall har tagits bort. Status skrivs för hand.")
    ws.cell(row=r + 2, column=1, value="Behandlad i barn- och utbildningsnämnden 2026-01-20 § 4.")
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    readme.append(f"- `{fn}` — template cut down (no Risk/Metod/Avvikelse), 'Vad kontrolleras', two status columns Delår/Helår typed by hand; nämnd only as alias BUN; traps: helår blank but text says finished at delår (done), 'Ej aktuell' (UTGAR), 'Se kommentar' with empty comment (OKLAR), both blank (SAKNAS), deviation only from Iakttagelser text.")


# ---------------------------------------------------------------- 3. SN (Delår + Helår sheets, group headings, two-row control)
SN_ROWS = [
    # group, text-part-1, text-part-2, delår status, helår status, helår avv, helår comment, exp status, exp avv
    ("Individ- och familjeomsorg", None, None, None, None, None, None, None, None),
    (None, "Kontroll att utredningar av barn som far illa avslutas inom fyra månader", None,
     "Delvis genomförd", "Delvis genomförd", "Ja", "78 % av utredningarna avslutades inom lagstadgad tid.", "DELVIS", "ja"),
    (None, "Stickprov av beslut om ekonomiskt bistånd mot gällande riktlinjer och norm", None,
     "Ej genomförd", "Genomförd", "Nej", "20 ärenden granskade utan anmärkning.", "GENOMFORD", "nej"),
    (None, "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", None,
     "Genomförd", "Genomförd", "Ja", "2 av 40 förhandsbedömningar gjordes efter 16 dagar.", "GENOMFORD", "ja"),
    ("Vård och omsorg", None, None, None, None, None, None, None, None),
    (None, "Kontroll av att avgiftsbeslut inom hemtjänst är korrekta och", "baseras på aktuella inkomstuppgifter",
     "Delvis genomförd", "Genomförd", "Nej", "Stickprov 30 avgiftsbeslut, samtliga korrekta.", "GENOMFORD", "nej"),
    (None, "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas", None,
     "Ej genomförd", "Pågår", "Nej", "Genomgång av avvikelser i Lifecare pågår, slutförs i februari.", "DELVIS", "nej"),
    (None, "Kontroll av att genomförandeplaner finns och är aktuella i särskilt boende", None,
     "Ej genomförd", "Ej genomförd", "Nej", "Prioriterades bort under hösten på grund av bemanningsläget.", "EJ_GENOMFORD", "nej"),
    ("LSS", None, None, None, None, None, None, None, None),
    (None, "Kontroll att beslut om personlig assistans verkställs inom tre månader", None,
     "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
    (None, "Granskning av att tidsredovisning från assistansanordnare stämmer mot beviljade timmar", None,
     "Delvis genomförd", "Avbruten", "", "", "EJ_GENOMFORD", "nej"),
    (None, "Kontroll av loggar i verksamhetssystemet Lifecare för otillbörlig åtkomst", None,
     "Delvis genomförd", "Genomförd", "Ja", "En otillbörlig åtkomst upptäcktes och har anmälts till IMY.", "GENOMFORD", "ja"),
]


def sn_sheet(ws, helar):
    per = "helår 2025" if helar else "delår (januari–augusti) 2025"
    ws["A1"] = f"Socialförvaltningen – uppföljning internkontrollplan, {per}"
    ws["A1"].font = TITLE
    ws["A2"] = KOMMUN
    heads = ["Verksamhet", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse?", "Kommentar"]
    head_row(ws, 4, heads, [24, 60, 18, 18, 12, 52])
    r = 5
    first = r
    for g, t1, t2, sd, sh, av, com, es, ea in SN_ROWS:
        if g:
            ws.cell(row=r, column=1, value=g).font = BOLD
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = GROUP_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        st = sh if helar else sd
        vals = [None, t1, "Enhetschef", st, (av if helar else "-") or None, (com if helar else None) or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
        if t2:
            cell = ws.cell(row=r, column=2, value=t2)
            cell.alignment = WRAP
            r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"D{first}:D{last}")
    status_cf(ws, f"D{first}:D{last}")
    ws.cell(row=last + 2, column=1, value="Avvikelse? = Ja om kontrollen visat brister. '-' = ej bedömt vid delår.")


def file_sn():
    fn = "Socialnämnden IK-uppföljning 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    sn_sheet(ws, False)
    ws2 = wb.create_sheet("Helår 2025")
    sn_sheet(ws2, True)
    wb.active = 0
    wb.save(os.path.join(OUT, fn))
    for g, t1, t2, sd, sh, av, com, es, ea in SN_ROWS:
        if g:
            continue
        text = t1 + (" " + t2 if t2 else "")
        expected.append((fn, "Socialnämnden", text, es, ea))
    files.append((fn, "INLAST", "Socialnämnden", "2025", "HELAR"))
    readme.append(f"- `{fn}` — template reshaped with a Verksamhet column, merged group headings (IFO / Vård och omsorg / LSS), sheets 'Delår 2025' (first, active) and 'Helår 2025'; title says Socialförvaltningen; traps: Helår sheet decides, one control text continues on a second physical row, 'Pågår' and 'Avbruten' typed outside the drop-down, '-' in Avvikelse on Delår.")


# ---------------------------------------------------------------- 4. TN (.xls, status codes 1-4 with legend, Status 2024 | Status 2025)
def file_tn():
    fn = "TN IK 2025.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Ekonomiavdelningens mall, anpassad av Tekniska förvaltningen. Status anges med kod, se förklaring under tabellen."
    heads = ["Nr", "Vad kontrolleras", "Hur", "Status 2024", "Status 2025", "Avvikelse", "Kommentar"]
    head_row(ws, 4, heads, [5, 60, 28, 12, 12, 11, 50])
    rows = [
        ("Kontroll av att fakturor för VA-anslutningsavgifter debiteras korrekt", "Stickprov 15 fastigheter", 1, 1, "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av att ramavtal för entreprenader följs vid avrop", "Genomgång av avrop > 50 tkr", 2, 2, "Ja", "Två avrop gjordes utanför ramavtalet.", "DELVIS", "ja"),
        ("Kontroll av att besiktning av lekplatser utförs enligt plan", "Besiktningsprotokoll", 1, 3, "Nej", "Besiktningsfirma upphandlades inte i tid.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att drivmedelskort för kommunens fordon enbart används i tjänsten", "Stickprov transaktionslistor", None, 1, "Ja", "Ett kort har använts privat, ärendet är polisanmält.", "GENOMFORD", "ja"),
        ("Kontroll att snöröjningsentreprenörers tidrapporter stäms av mot GPS-data", "Avstämning mot GPS", 3, None, None, "", "SAKNAS", "nej"),
        ("Kontroll av att inventering av förråd och verktyg genomförts", "Inventeringslistor", 1, 4, "Nej", "", "UTGAR", "nej"),
        ("Kontroll av att egenkontroll av dricksvatten sker enligt Livsmedelsverkets föreskrifter", "Provtagningsplan", 1, "1", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll att arbetsmiljöronder genomförs på alla driftsenheter", "Protokoll skyddsronder", 2, 2, "Nej", "Återstår avloppsreningsverket, genomförs i januari.", "DELVIS", "nej"),
    ]
    r = 5
    for i, row in enumerate(rows, 1):
        for c, v in enumerate([i] + list(row[:6]), 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        expected.append((fn, "Tekniska nämnden", row[0], row[6], row[7]))
        r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment").font = BOLD
    ws.cell(row=r, column=5, value=len(rows))
    r += 2
    ws.cell(row=r, column=2, value="Förklaring statuskod").font = BOLD
    for k, t in [(1, "Genomförd"), (2, "Delvis genomförd"), (3, "Ej genomförd"), (4, "Utgår")]:
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=t)
    ws.oddFooter.left.text = "Tekniska förvaltningen"
    src = os.path.join(TMP, "TN IK 2025.xlsx")
    wb.save(src)
    convert(src, "xls", fn)
    files.append((fn, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    readme.append(f"- `{fn}` — legacy .xls (soffice) with 'Vad kontrolleras', status codes 1–4 explained by a legend below the table, 'Status 2024 | Status 2025'; traps: 2025 column decides, one control with a 2024 code only (SAKNAS), code 4 = Utgår, one code typed as text, 'Antal kontrollmoment' totals row and legend rows.")


# ---------------------------------------------------------------- 5. KFN (.ods, status only as cell fill)
def file_kfn():
    fn = "KFN helår 2025.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning internkontroll helår 2025"
    ws["A2"].font = BOLD
    # legend top right
    ws["G1"] = "Färgförklaring bedömning:"
    ws["G1"].font = BOLD
    for i, (fill, txt) in enumerate([(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Delvis genomförd"),
                                     (RED, "Ej genomförd"), (GREY, "Utgår")], 2):
        ws.cell(row=i, column=7).fill = fill
        ws.cell(row=i, column=8, value=txt)
    heads = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Bedömning", "Avvikelse (Ja/Nej)", "", "Kommentar"]
    head_row(ws, 7, heads, [5, 18, 58, 18, 12, 12, 4, 50])
    ws.cell(row=7, column=7).fill = PatternFill(None)
    rows = [
        ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", GREEN, "Nej", "", "GENOMFORD", "nej"),
        ("Fakturering", "Kontroll att uthyrning av idrottshallar faktureras enligt taxa", YELLOW, "Ja", "Fem bokningar hade inte fakturerats, åtgärdat i december.", "DELVIS", "ja"),
        ("Kontanthantering", "Kontroll av kontanthantering i simhallens kassa och kiosk", GREEN, "Ja", "Kassadifferens på 1 200 kr upptäcktes i juni.", "GENOMFORD", "ja"),
        ("Inköp", "Kontroll att bibliotekets medieinköp görs inom upphandlat avtal", RED, "Nej", "Har inte hunnits med under året.", "EJ_GENOMFORD", "nej"),
        ("Personal", "Kontroll av att ledare i lovverksamhet för barn visat utdrag ur belastningsregistret", GREY, "Nej", "Ersatt av ny rutin från HR-avdelningen.", "UTGAR", "nej"),
        ("Tillgångar", "Kontroll av att konstinventarier finns registrerade och på plats", None, None, "", "SAKNAS", "nej"),
        ("Avtal", "Uppföljning av att avtal med studieförbund följs upp årligen", GREEN, "Nej", "", "GENOMFORD", "nej"),
    ]
    r = 8
    for i, (proc, text, fill, av, com, es, ea) in enumerate(rows, 1):
        vals = [i, proc, text, "Kultur- och fritidschef", None, av, None, com or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if c != 7:
                cell.border = BOX
        if fill:
            ws.cell(row=r, column=5).fill = fill
        expected.append((fn, "Kultur- och fritidsnämnden", text, es, ea))
        r += 1
    ws.cell(row=r + 1, column=1, value="Bedömningen markeras med färg i kolumn E enligt färgförklaringen ovan.")
    src = os.path.join(TMP, "KFN helår 2025.xlsx")
    wb.save(src)
    convert(src, "ods", fn)
    files.append((fn, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    readme.append(f"- `{fn}` — OpenDocument sheet (soffice); the status text was removed and 'Bedömning' is only a cell fill (green/yellow/red/grey) with a colour legend at the top right; traps: legend cells are not controls, one uncoloured cell (SAKNAS), green + Avvikelse Ja.")


# ---------------------------------------------------------------- 6. BMN Word letter
def file_bmn():
    fn = "Svar från Bygg- och miljönämnden - internkontroll 2025.docx"
    d = Document()
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.core_properties.author = "Lars Ersson"
    p = d.add_paragraph()
    run = p.add_run("STÅLBERGA KOMMUN\nBygg- och miljöförvaltningen")
    run.bold = True
    d.add_paragraph("Datum: 2026-01-12\nDnr BMN 2025/214")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    h = d.add_paragraph()
    r = h.add_run("Uppföljning av Bygg- och miljönämndens internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Hej! Vi återkommer här med nämndens uppföljning för helåret 2025. Vi har inte använt den utsända "
        "Excelmallen eftersom vårt ärendesystem inte kan exportera till den, utan redovisar i stället "
        "respektive kontrollmoment nedan. Nämnden behandlade uppföljningen vid sammanträdet den 10 december.")
    items = [
        ("Kontroll att bygglovsbeslut fattas inom tio veckor från komplett ansökan",
         "Kontrollen är genomförd. Av 112 ärenden beslutades 104 inom tio veckor; åtta ärenden överskred "
         "tidsfristen och avgiften reducerades enligt plan- och bygglagen.", "GENOMFORD", "ja"),
        ("Kontroll av att tillsynsavgifter för miljöfarlig verksamhet debiteras",
         "Kontrollen är genomförd utan anmärkning. Samtliga 46 anläggningar har debiterats årlig avgift.", "GENOMFORD", "nej"),
        ("Kontroll att delegationsbeslut redovisas till nämnden vid nästkommande sammanträde",
         "Kontrollen har påbörjats men inte slutförts. Genomgången av besluten för januari–juni visade inga "
         "brister; andra halvåret återstår och gås igenom i februari.", "DELVIS", "nej"),
        ("Kontroll av att livsmedelskontrollens planerade inspektioner genomförs",
         "Se bilaga 2.", "OKLAR", "nej"),
        ("Kontroll av att strandskyddsdispenser skickas till länsstyrelsen inom en vecka",
         "Kontrollen har inte genomförts under året på grund av vakanser på enheten. Den flyttas till planen för 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av att ärenden om ovårdade tomter hanteras enligt fastställd rutin",
         "Utgår ur planen enligt nämndens beslut 2025-06-11 § 64.", "UTGAR", "nej"),
    ]
    for i, (t, res, es, ea) in enumerate(items, 1):
        p = d.add_paragraph()
        p.add_run(f"{i}. {t}").bold = True
        d.add_paragraph(res)
        expected.append((fn, "Bygg- och miljönämnden", t, es, ea))
    d.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig, "
                    "men att arbetet med handläggningstider behöver fortsätta.")
    d.add_paragraph("Med vänlig hälsning\n\nLars Ersson\nFörvaltningschef, för Bygg- och miljönämnden")
    d.add_paragraph("Bilaga 1: Protokollsutdrag BMN 2025-12-10 § 132\nBilaga 2: Sammanställning livsmedelskontroll 2025")
    d.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", "Bygg- och miljönämnden", "2025", "HELAR"))
    readme.append(f"- `{fn}` — Word letter instead of the template: no table, numbered bold control headings each followed by a prose result; traps: status only in prose (done / started not finished / not done / utgår), 'Se bilaga 2.' alone (OKLAR), deviation only when 8 of 112 exceeded time, letter head, summary, signature and attachment list are not controls.")


# ---------------------------------------------------------------- 7. Hypergene export (UTF-16 tab text, two nämnder, one row per period)
def file_export():
    fn = "Hypergene_export_IK_2025_20260115.txt"
    head = ["Organisation", "Nämnd", "Plan", "År", "Period", "Kontrollmoment", "Status", "Avvikelse", "Kommentar"]
    O1, N1 = "Överförmyndarenheten", "Överförmyndarnämnden"
    O2, N2 = "Räddningstjänsten", "Räddningsnämnden"
    P = "Internkontrollplan"
    c1 = "Granskning av att årsräkningar från ställföreträdare granskas inom sex månader"
    c2 = "Kontroll att arvoden till gode män beslutas enligt nämndens riktlinjer"
    c3 = "Kontroll av att lämplighetsprövning görs innan ny god man förordnas"
    c4 = "Kontroll av att förvaltarskap omprövas årligen enligt föräldrabalken"
    c5 = "Kontroll av att tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplan"
    c6 = "Kontroll av att utryckningstider registreras korrekt i insatsrapporter"
    c7 = "Kontroll att sotning och brandskyddskontroll utförs enligt fastställda frister"
    c8 = "Kontroll av att fakturering av automatlarm (onödiga larm) sker enligt taxa"
    rows = [
        (O1, N1, P + " 2024", "2024", "Helår", c1, "Klar", "Nej", ""),
        (O1, N1, P + " 2024", "2024", "Helår", c4, "Ej påbörjad", "", "Flyttas till 2025"),
        (O1, N1, P + " 2025", "2025", "Delår", c1, "Pågående", "", ""),
        (O1, N1, P + " 2025", "2025", "Delår", c2, "Klar", "Nej", ""),
        (O1, N1, P + " 2025", "2025", "Delår", c3, "Ej påbörjad", "", ""),
        (O1, N1, P + " 2025", "2025", "Delår", c4, "", "", ""),
        (O1, N1, P + " 2025", "2025", "Helår", c1, "Klar", "Ja", "17 årsräkningar granskades först efter den 30 juni."),
        (O1, N1, P + " 2025", "2025", "Helår", c2, "Klar", "Nej", "Inga avvikelser."),
        (O1, N1, P + " 2025", "2025", "Helår", c3, "Pågående", "Nej", "Rutin för lämplighetsprövning under revidering."),
        (O1, N1, P + " 2025", "2025", "Helår", c4, "", "", ""),
        (O2, N2, P + " 2025", "2025", "Delår", c5, "Pågående", "", ""),
        (O2, N2, P + " 2025", "2025", "Delår", c6, "Ej påbörjad", "", ""),
        (O2, N2, P + " 2025", "2025", "Delår", c7, "Pågående", "Ja", "Eftersläpning i cirka 90 objekt."),
        (O2, N2, P + " 2025", "2025", "Delår", c8, "Klar", "Nej", ""),
        (O2, N2, P + " 2025", "2025", "Helår", c5, "Klar", "Nej", "Tillsynsplanen uppfylld till 96 %, resterande objekt bokade."),
        (O2, N2, P + " 2025", "2025", "Helår", c6, "Ej påbörjad", "", ""),
        (O2, N2, P + " 2025", "2025", "Helår", c7, "Pågående", "Ja", "Eftersläpning i 140 objekt, extra sotare anlitad."),
        (O2, N2, P + " 2025", "2025", "Helår", c8, "Utgått", "", "Avbruten genom beslut i Räddningsnämnden 2025-09-02 § 41."),
    ]
    lines = ["\t".join(head)] + ["\t".join(r) for r in rows]
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(codecs.BOM_UTF16_LE)
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    for n, c, s, a in [(N1, c1, "GENOMFORD", "ja"), (N1, c2, "GENOMFORD", "nej"), (N1, c3, "DELVIS", "nej"),
                       (N1, c4, "SAKNAS", "nej"), (N2, c5, "GENOMFORD", "nej"), (N2, c6, "EJ_GENOMFORD", "nej"),
                       (N2, c7, "DELVIS", "ja"), (N2, c8, "UTGAR", "nej")]:
        expected.append((fn, n, c, s, a))
    files.append((fn, "INLAST", N1, "2025", "HELAR"))
    files.append((fn, "INLAST", N2, "2025", "HELAR"))
    readme.append(f"- `{fn}` — governance-system export (Excel 'Unicode text': UTF-16LE, BOM, tabs, CRLF), one row per control and period, two nämnder in a Nämnd column; traps: 2024 rows, Delår vs Helår rows (Helår decides), one control with a value only in 2024 (SAKNAS), 'Utgått' + 'Avbruten genom beslut' (UTGAR), 'Pågående'/'Ej påbörjad' vocabulary.")


# ---------------------------------------------------------------- 8. the blank template itself (non-follow-up)
def file_template():
    fn = "Mall_uppfoljning_internkontrollplan_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_top(ws, None, None)
    head_row(ws, 8, TEMPLATE_HEAD, TEMPLATE_W)
    for r in range(9, 24):
        for c in range(1, 10):
            ws.cell(row=r, column=c).border = BOX
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G9:G23")
    status_cf(ws, "G9:G23")
    listor_sheet(wb)
    instruktion_sheet(wb)
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "AVVISAD", "", "", ""))
    readme.append(f"- `{fn}` — the economy office's empty template forwarded into the inbox (no nämnd, no rows; only the hidden status list and instructions) — must be rejected.")


def convert(src, fmt, final_name):
    prof = "file:///tmp/lo-r36-profile"
    outdir = os.path.join(TMP, "conv-" + fmt)
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    shutil.move(os.path.join(outdir, base), os.path.join(OUT, final_name))


def main():
    file_ks()
    file_bun()
    file_sn()
    file_tn()
    file_kfn()
    file_bmn()
    file_export()
    file_template()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
            ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Räddningsnämnden", "RN|Räddningstjänsten"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", ""),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected:
            assert not any(";" in x or "\n" in x for x in row), row
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Round 36 — Stålberga kommun (Dalarna), internkontroll 2025 helår\n\n")
        f.write("The economy office sent one Excel template (Nämnd/Period cells, drop-down status, conditional fill); every nämnd adapted it differently. Valnämnden and Krisledningsnämnden sent nothing.\n\n")
        f.write("\n".join(readme) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
