#!/usr/bin/python3
"""Blind round 236 - "Spreadsheet furniture" - Sandmarks kommun, delår 2025."""
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.formatting.rule import CellIsRule

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADFILL = PatternFill("solid", fgColor="1F4E78")
HEADFONT = Font(bold=True, color="FFFFFF")
GROUPFILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def header_row(ws, r, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(r, c, v)
        cell.font = HEADFONT
        cell.fill = HEADFILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def fix_props(wb):
    wb.properties.creator = "Sandmarks kommun"
    import datetime
    wb.properties.created = datetime.datetime(2025, 9, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 8, 9, 0, 0)


# ---------------------------------------------------------------- F1 BUN
def f1_bun():
    fil = "IK_uppfoljning_delar2025_BUN.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ins = wb.create_sheet("Instruktion")
    lst = wb.create_sheet("Listor"); lst.sheet_state = "hidden"
    statuses = ["Genomförd", "Genomförd med avvikelse", "Pågående", "Ej påbörjad", "Utgår"]
    for i, s in enumerate(statuses, 1):
        lst.cell(i, 1, s)
    lst.cell(1, 3, "Ansvariga")
    for i, s in enumerate(["Förvaltningschef", "Ekonomichef", "HR-chef", "Verksamhetschef grundskola",
                           "Verksamhetschef förskola", "Elevhälsochef"], 2):
        lst.cell(i, 3, s)
    wb.defined_names.append(DefinedName("StatusLista", attr_text="Listor!$A$1:$A$5"))

    ins["A1"] = "Instruktion"; ins["A1"].font = TITLE
    ins["A3"] = "Välj status för delår 2025 i rullistan i kolumn G. Förklaringar kan skrivas i kolumn H eller som anteckning i cellen."
    ins["A4"] = "Kolumnen med helårsstatus 2024 är dold och används bara för jämförelse."
    ins["A5"] = "Lämnas till ekonomienheten senast 2025-09-10."
    ins.column_dimensions["A"].width = 110

    ws["A1"] = f"{nm} – uppföljning av internkontrollplan 2025"; ws["A1"].font = TITLE
    ws["A2"] = "Period: Delår (januari–augusti) 2025        Upprättad av: controller BUF, 2025-09-08"
    cols = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Status helår 2024",
            "Status delår 2025", "Kommentar / åtgärd"]
    header_row(ws, 4, cols)
    ws["G4"].comment = Comment("Välj i listan: Genomförd, Genomförd med avvikelse, Pågående, Ej påbörjad, Utgår.", "Ekonomienheten")
    # nr, process, risk, moment, ansvarig, 2024, delår, kommentar, note on status cell, exp status, exp avv
    rows = [
        ("1.1", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen – stickprov 20 fakturor",
         "Ekonomichef", "Genomförd", "Genomförd", "Inga avvikelser.", None, "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Representation utan tydligt syfte",
         "Kontroll av att representation redovisas med syfte och deltagarförteckning",
         "Ekonomichef", "Genomförd med avvikelse", "Genomförd med avvikelse", None,
         "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till rektorerna 2025-05-20.",
         "GENOMFORD", "ja"),
        ("1.3", "Inköp", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Ekonomichef", "Pågående", "Pågående", "Stickprov påbörjat, 4 av 10 granskade – hittills utan anmärkning.",
         None, "DELVIS", "nej"),
        ("2.1", "Grundskola", "Kränkande behandling anmäls inte i tid",
         "Rutin för anmälan av kränkande behandling till huvudman följs",
         "Verksamhetschef grundskola", "Genomförd med avvikelse", "Genomförd med avvikelse",
         "Anmälan gjordes i 9 fall senare än fem arbetsdagar efter händelsen.", None, "GENOMFORD", "ja"),
        ("2.2", "Grundskola", "Problematisk skolfrånvaro upptäcks sent",
         "Frånvarouppföljning – kontakt med vårdnadshavare vid upprepad ogiltig frånvaro",
         "Verksamhetschef grundskola", "Genomförd", "Ej påbörjad", None,
         "Flyttas till hösten på grund av byte av lärplattform.", "EJ_GENOMFORD", ""),
        ("2.3", "Grundskola", "Elev fullgör inte skolplikten",
         "Skolpliktsbevakning för elever folkbokförda i kommunen",
         "Elevhälsochef", "Genomförd", None, None, None, "SAKNAS", ""),
        ("3.1", "Förskola", "Garantitiden överskrids",
         "Placering i förskola erbjuds inom fyra månader från ansökan",
         "Verksamhetschef förskola", "Genomförd", "Klar i juni", "Samtliga 212 placeringar inom garantitiden.",
         None, "GENOMFORD", "nej"),
        ("3.2", "Förskola", "Felaktig avgift",
         "Debitering av barnomsorgsavgift stäms av mot inkomstuppgifter",
         "Verksamhetschef förskola", "Genomförd med avvikelse", "Utgår", None,
         "Ersätts av central kontroll i kommunstyrelsens plan, beslut BUN 2025-02-11 § 12.", "UTGAR", ""),
        ("4.1", "Personal", "Olämplig person anställs",
         "Registerutdrag från belastningsregistret har begärts vid nyanställning",
         "HR-chef", "Genomförd", "Genomförd",
         "Kontrollerat 30 nyanställningar, registerutdrag fanns i samtliga.", None, "GENOMFORD", "nej"),
        ("4.2", "Personal", "Brister i arbetsmiljön",
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
         "Förvaltningschef", "Genomförd", "Pågående",
         "18 av 24 enheter klara. Brister i ventilationen på Norrskolan har rapporterats till fastighetsavdelningen.",
         None, "DELVIS", "ja"),
    ]
    r = 5
    for (nr, proc, risk, km, ans, s24, s25, kom, note, es, ea) in rows:
        vals = [nr, proc, risk, km, ans, s24, s25, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        if note:
            cm = Comment(note, "Anna Lindqvist"); cm.width = 300; cm.height = 120
            ws.cell(r, 7).comment = cm
        EXPECTED.append((fil, nm, km, es, ea))
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=StatusLista", allow_blank=True,
                        errorStyle="warning", showErrorMessage=True,
                        errorTitle="Status", error="Välj ett värde i listan.",
                        promptTitle="Status delår", prompt="Välj status i listan", showInputMessage=True)
    dv.add(f"G5:G{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "E5"
    ws.auto_filter.ref = f"A4:H{last}"
    for col, w in zip("ABCDEFGH", [6, 14, 28, 55, 24, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["F"].hidden = True
    ws.cell(last + 2, 1, "Beslutad av barn- och utbildningsnämnden 2025-09-24 § 87 (utkast)").font = Font(italic=True)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F2 SN
def f2_sn():
    fil = "Uppfoljning_IK_delar_2025_v2.xlsx"
    nm = "Socialnämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = TITLE
    ws["A2"] = "Uppföljningstillfällen: T1 (april) och delår (augusti). T3 redovisas i årsbokslutet."
    header_row(ws, 4, ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "Delår", "Kommentar delår"])
    groups = [
        ("Process: Ekonomiskt bistånd", False, [
            ("Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare", "Stickprov 25 ärenden",
             "Tertial", "Enhetschef IFO vuxen", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och CSN (SSBTEK) görs innan beslut om bistånd", "Stickprov 25 ärenden",
             "Tertial", "Enhetschef IFO vuxen", "Genomförd med avvikelse", "Genomförd",
             "Vid T1 saknades dokumenterad kontroll i 2 ärenden, åtgärdat med ny checklista. Delår utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Återkrav vid felaktigt utbetalt bistånd handläggs enligt riktlinje", "Genomgång av samtliga återkrav",
             "Halvår", "Enhetschef IFO vuxen", "Pågår", None, None, "DELVIS", ""),
        ]),
        ("Process: Barn och unga", False, [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar", "Uttag ur Treserva", "Tertial",
             "Enhetschef barn och unga", "Genomförd med avvikelse", "Genomförd med avvikelse",
             "12 % av bedömningarna överskred 14 dagar (T1: 18 %).", "GENOMFORD", "ja"),
            ("Utredningstid om högst fyra månader enligt 11 kap. 2 § SoL", "Uttag ur Treserva", "Tertial",
             "Enhetschef barn och unga", "Ej påbörjad", "Pågår", "Mätning pågår, resultat till T3.", "DELVIS", ""),
            ("Uppföljning av placerade barn – besök av socialsekreterare minst fyra gånger per år",
             "Stickprov 10 akter", "Halvår", "Enhetschef barn och unga", "–", "Ej genomförd",
             "Personalbrist under sommaren, skjuts till T3.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Upphandling och avtal", True, [
            ("Köp av HVB-placeringar sker från upphandlade leverantörer", "Genomgång av samtliga placeringar",
             "Tertial", "Socialchef", "Genomförd", "Genomförd med avvikelse",
             "1 placering utan avtal (akut), direktupphandlingen dokumenterades i efterhand.", "GENOMFORD", "ja"),
            ("Avtalsuppföljning av köpt öppenvård", "Avtalsgenomgång", "Årlig", "Socialchef", "–", "Utgår",
             "Avtalet avslutades 2025-03-31.", "UTGAR", ""),
        ]),
        ("Process: Dokumentation och informationssäkerhet", False, [
            ("Loggkontroll i verksamhetssystemet Treserva", "Slumpvis loggutdrag 20 användare", "Tertial",
             "Systemförvaltare", "Genomförd", "Se bilaga 2", None, "OKLAR", ""),
        ]),
    ]
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    r = 5
    for title, collapsed, items in groups:
        ws.cell(r, 1, title).font = BOLD
        for c in range(1, 8):
            ws.cell(r, c).fill = GROUPFILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        if collapsed:
            ws.row_dimensions[r].collapsed = True
        r += 1
        start = r
        for (km, met, frek, ans, t1, dl, kom, es, ea) in items:
            for c, v in enumerate([km, met, frek, ans, t1, dl, kom], 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            EXPECTED.append((fil, nm, km, es, ea))
            r += 1
        for rr in range(start, r):
            ws.row_dimensions[rr].outline_level = 1
            if collapsed:
                ws.row_dimensions[rr].hidden = True
    ws.cell(r + 1, 1, "Bilaga 2: Loggkontroll Treserva (separat dokument, sekretess)").font = Font(italic=True)
    ws.freeze_panes = "B5"
    for col, w in zip("ABCDEFG", [60, 28, 10, 24, 20, 20, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.center.text = "Internkontroll 2025 – uppföljning delår"
    ws.oddHeader.right.text = "Utskrivet &D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F3 TN (formulas, totals)
def f3_tn(tmpdir):
    fil = "Tekniska_namnden_IK_2025_delar.xlsx"
    nm = "Tekniska nämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Tekniska nämnden"; ws["A1"].font = TITLE
    ws["A2"] = "Internkontroll 2025 – uppföljning delår (t.o.m. 31 augusti)"
    ws["A3"] = "Status räknas fram automatiskt ur andelen kontrollerade (100 % = Genomförd, 1–99 % = Delvis genomförd, 0 % = Ej påbörjad)."
    ws["A3"].font = Font(italic=True, color="666666")
    header_row(ws, 5, ["Nr", "Kontrollområde", "Kontrollmoment", "Urval (st)", "Kontrollerat (st)",
                       "Andel kontrollerad", "Status", "Avvikelser (st)", "Kommentar"])
    rows = [
        ("1", "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen", 40, 40, 0,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Fakturahantering", "Kontroll av dubbelbetalningar i leverantörsreskontran", 8, 8, 1,
         "En dubbelbetalning på 48 500 kr upptäcktes, återbetald i maj.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Avrop från ramavtal för entreprenader sker enligt avropsordning", 15, 9, 0,
         "Resterande avrop granskas under hösten.", "DELVIS", "nej"),
        ("4", "Upphandling", "Kontroll att leverantörer har F-skatt och inga skulder hos Kronofogden", 20, 0, None,
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("5", "Fastighet", "Lagstadgade besiktningar (hissar, OVK, brandlarm) utförda i tid", 64, 64, 3,
         "3 OVK-besiktningar med anmärkning, åtgärdade i juni.", "GENOMFORD", "ja"),
        ("6", "Fastighet", "Nyckel- och passerkortshantering – kvittens vid utlämning", None, None, None,
         "Utgår enligt beslut TN 2025-03-18 § 34, ersätts av nytt passersystem.", "UTGAR", ""),
        ("7", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", 38, 25, 2,
         "2 lekredskap avstängda i väntan på reparation.", "DELVIS", "ja"),
        ("8", "Vatten och avlopp", "Provtagning av dricksvatten enligt kontrollprogram", 120, 120, 0,
         None, "GENOMFORD", "nej"),
        ("9", "Fordon", "Körjournaler förs för förmånsbilar och tjänstefordon", 10, 10, 0,
         None, "GENOMFORD", "nej"),
    ]
    r = 6
    for (nr, omr, km, urv, kon, avv, kom, es, ea) in rows:
        ws.cell(r, 1, nr); ws.cell(r, 2, omr); ws.cell(r, 3, km)
        ws.cell(r, 4, urv); ws.cell(r, 5, kon)
        ws.cell(r, 6, f'=IF(D{r}="","",E{r}/D{r})')
        ws.cell(r, 7, f'=IF(F{r}="","",IF(F{r}>=1,"Genomförd",IF(F{r}>0,"Delvis genomförd","Ej påbörjad")))')
        ws.cell(r, 8, avv); ws.cell(r, 9, kom)
        ws.cell(r, 6).number_format = "0%"
        for c in range(1, 10):
            ws.cell(r, c).alignment = WRAP; ws.cell(r, c).border = BOX
        EXPECTED.append((fil, nm, km, es, ea))
        r += 1
    last = r - 1
    t = r
    ws.cell(t, 1, "Totalt").font = BOLD
    ws.cell(t, 4, f"=SUM(D6:D{last})"); ws.cell(t, 5, f"=SUM(E6:E{last})")
    ws.cell(t, 6, f"=E{t}/D{t}"); ws.cell(t, 6).number_format = "0%"
    ws.cell(t, 7, f'=COUNTIF(G6:G{last},"Genomförd")&" av "&COUNTA(C6:C{last})&" genomförda"')
    ws.cell(t, 8, f"=SUM(H6:H{last})")
    for c in range(1, 10):
        ws.cell(t, c).font = BOLD
        ws.cell(t, c).border = Border(top=Side(style="double"))
    ws.cell(t + 2, 1, "Ansvarig: Förvaltningschef tekniska förvaltningen, Per Ekström")
    green = PatternFill("solid", fgColor="C6EFCE"); yellow = PatternFill("solid", fgColor="FFEB9C")
    red = PatternFill("solid", fgColor="FFC7CE")
    ws.conditional_formatting.add(f"G6:G{last}", CellIsRule(operator="equal", formula=['"Genomförd"'], fill=green))
    ws.conditional_formatting.add(f"G6:G{last}", CellIsRule(operator="equal", formula=['"Delvis genomförd"'], fill=yellow))
    ws.conditional_formatting.add(f"G6:G{last}", CellIsRule(operator="equal", formula=['"Ej påbörjad"'], fill=red))
    ws.freeze_panes = "D6"
    ws.auto_filter.ref = f"A5:I{last}"
    for col, w in zip("ABCDEFGHI", [5, 18, 55, 10, 12, 12, 18, 12, 55]):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(tmpdir, fil)
    wb.save(tmp)
    # recalc with LibreOffice so cached values exist
    outdir = os.path.join(tmpdir, "out"); os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round236",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # LibreOffice drops the frozen pane on conversion: put it back in the sheet XML
    import zipfile, re
    src = os.path.join(outdir, fil); dst = os.path.join(OUT, fil)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                x = data.decode("utf-8")
                x = re.sub(r'<selection pane="topLeft"[^>]*/>',
                           '<pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomRight" state="frozen"/>'
                           '<selection pane="topRight"/><selection pane="bottomLeft"/>'
                           '<selection pane="bottomRight" activeCell="D6" sqref="D6"/>', x, count=1)
                data = x.encode("utf-8")
            zout.writestr(item, data)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F4 KS (simple)
def f4_ks():
    fil = "KS_internkontroll_delar_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Nämnd:"; ws["B1"] = "Kommunstyrelsen"
    ws["A2"] = "År:"; ws["B2"] = 2025
    ws["A3"] = "Uppföljning:"; ws["B3"] = "Delår (jan–aug)"
    for a in ("A1", "A2", "A3"):
        ws[a].font = BOLD
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, v in enumerate(hdr, 1):
        ws.cell(5, c, v).font = BOLD
    rows = [
        ("KS1", "Löner", "Kontroll av att löneutbetalningar stäms av mot personalregistret (nyanställda och avslutade)",
         "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("KS2", "Löner", "Kontroll av behörigheter i lönesystemet Heroma", "Ja", "Ja",
         "Två konton för avslutade medarbetare var aktiva, spärrade 2025-04-03.", "GENOMFORD", "ja"),
        ("KS3", "Ekonomi", "Avstämning av balanskonton varje månad", "Delvis", "Nej",
         "Juni och juli ej avstämda på grund av semester.", "DELVIS", "nej"),
        ("KS4", "IT", "Återläsningstest av säkerhetskopior", "Nej", None, "Flyttas till november.",
         "EJ_GENOMFORD", ""),
        ("KS5", "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Ja", "Nej",
         None, "GENOMFORD", "nej"),
        ("KS6", "Krisberedskap", "Uppdatering av kommunens krisledningsplan", "Ej aktuell", None,
         "Ny plan antas av kommunfullmäktige i december.", "UTGAR", ""),
        ("KS7", "Personal", "Bisysslor – årlig redovisning från samtliga chefer", None, None, None, "SAKNAS", ""),
    ]
    r = 6
    for (i, proc, km, g, a, kom, es, ea) in rows:
        for c, v in enumerate([i, proc, km, g, a, kom], 1):
            ws.cell(r, c, v)
        EXPECTED.append((fil, nm, km, es, ea))
        r += 1
    for col, w in zip("ABCDEF", [6, 18, 70, 14, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F5 KFN (codes, grouped cols)
def f5_kfn():
    fil = "Kultur och fritid - uppföljning IKP delår 2025.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Internkontroll"
    kod = wb.create_sheet("Koder"); kod.sheet_state = "hidden"
    legend = [("G", "Genomförd"), ("P", "Pågår"), ("E", "Ej påbörjad"), ("U", "Utgår")]
    kod["A1"] = "Kod"; kod["B1"] = "Betydelse"
    for i, (k, b) in enumerate(legend, 2):
        kod.cell(i, 1, k); kod.cell(i, 2, b)
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = TITLE
    ws.merge_cells("A1:J1")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport augusti"
    ws.merge_cells("A2:J2")
    hdr = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Kontrollant", "Tidpunkt", "Status (kod)",
           "Resultat / kommentar"]
    header_row(ws, 4, hdr)
    ws["I4"].comment = Comment("Koder: G = Genomförd, P = Pågår, E = Ej påbörjad, U = Utgår", "Kultur- och fritidsförvaltningen")
    rows = [
        ("Bidrag", "Bidrag betalas ut på felaktiga grunder", 3, 3,
         "Föreningsbidrag betalas ut enligt beslutade bidragsregler och efter kontroll av medlemsantal",
         "Föreningskonsulent", "Mars", "G",
         "15 föreningar kontrollerade. 1 förening hade redovisat fel medlemsantal, bidraget har justerats.",
         "GENOMFORD", "ja"),
        ("Bidrag", "Bidrag används inte enligt syftet", 2, 3,
         "Återrapportering av verksamhetsbidrag från studieförbund", "Föreningskonsulent", "Juni", "P",
         "Inväntar redovisning från två studieförbund.", "DELVIS", ""),
        ("Kassahantering", "Stöld eller svinn", 2, 2,
         "Kontanthantering i simhallens kassa – dagskassor stäms av mot kassasystemet",
         "Badchef", "Löpande", "G", "Utan anmärkning.", "GENOMFORD", "nej"),
        ("Kassahantering", "Svinn i lager", 2, 2,
         "Inventering av biljettlager och presentkort på Kulturhuset", "Kulturhuschef", "Augusti", "E",
         None, "EJ_GENOMFORD", ""),
        ("Bibliotek", "Felaktigt bestånd", 1, 2,
         "Gallring och inventering av mediebestånd enligt plan", "Bibliotekschef", "Maj", "U",
         "Ingår i den nya biblioteksplanen.", "UTGAR", ""),
        ("Anläggningar", "Felaktig debitering", 2, 3,
         "Bokningar av idrottshallar debiteras enligt taxa", "Bokningsansvarig", "April", "G",
         "Stickprov 30 bokningar, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("Anläggningar", "Smittrisk för badande", 2, 4,
         "Tillsyn av badvattenkvalitet vid friluftsbaden", "Fritidschef", "Juni–augusti", "G",
         "2 prov över gränsvärdet för E. coli i juli, Långsjöbadet stängdes tillfälligt.", "GENOMFORD", "ja"),
        ("Personal", "Felaktig lön", 2, 2,
         "Timanställdas arbetstid attesteras av närmaste chef", "HR-konsult", "Augusti", None,
         "Ej påbörjad – ny rutin införs i september.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for (proc, risk, s, k, km, kontr, tid, st, kom, es, ea) in rows:
        vals = [proc, risk, s, k, f"=C{r}*D{r}", km, kontr, tid, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        ws.cell(r, 5).value = s * k  # keep a plain value (no cache problem)
        EXPECTED.append((fil, nm, km, es, ea))
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=Koder!$A$2:$A$5", allow_blank=True)
    dv.add(f"I5:I{last}"); ws.add_data_validation(dv)
    ws.cell(r + 1, 1, "Summering delår: G = 4, P = 1, E = 2, U = 1 (totalt 8 kontrollmoment)").font = BOLD
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [16, 30, 4, 4, 5, 55, 18, 12, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions.group("B", "E", hidden=True, outline_level=1)
    ws.freeze_panes = "G5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F6 Hypergene CSV (two nämnder)
def f6_csv():
    fil = "Hypergene_IK_export_20250905.csv"
    hdr = ["Enhet", "Plan", "Kontrollmoment", "Rapporteringsperiod", "Status", "Kommentar", "Rapporterad av", "Datum"]
    von = "Vård- och omsorgsnämnden"; ofn = "Överförmyndarnämnden"
    rows = [
        (von, "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden", "Genomförd med avvikelse",
         "Osignerade doser på 2 av 7 boenden. Utbildning genomförd för berörd personal.", "Maria Holm", "GENOMFORD", "ja"),
        (von, "Avgiftsbeslut för hemtjänst grundas på aktuella inkomstuppgifter", "Genomförd", "Inga avvikelser.",
         "Maria Holm", "GENOMFORD", "nej"),
        (von, "Hantering av brukares privata medel (kontantkassor) på boenden", "Pågående", "", "Jonas Berg", "DELVIS", ""),
        (von, "Bemanningsföretag anlitas endast via upphandlat avtal", "Ej påbörjad", "", "Jonas Berg", "EJ_GENOMFORD", ""),
        (von, "Lex Sarah-rapporter utreds inom fastställd tid", "Genomförd", "Samtliga 11 utredningar avslutade inom tid.",
         "Maria Holm", "GENOMFORD", "nej"),
        (von, "Uppföljning av genomförandeplaner inom LSS", "", "", "", "SAKNAS", ""),
        (ofn, "Granskning av årsräkningar inom sex månader", "Pågående", "78 % granskade per 31 augusti.",
         "Eva Sund", "DELVIS", ""),
        (ofn, "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Genomförd", "",
         "Eva Sund", "GENOMFORD", "nej"),
        (ofn, "Arvoden till ställföreträdare beräknas enligt beslutade grunder", "Genomförd med avvikelse",
         "Felaktigt arvode i 2 ärenden, rättat.", "Eva Sund", "GENOMFORD", "ja"),
        (ofn, "Förteckningar över huvudmannens tillgångar inkommer inom två månader", "Utgår",
         "Ingår i kontrollen av årsräkningar.", "Eva Sund", "UTGAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for (enh, km, st, kom, who, es, ea) in rows:
            w.writerow([enh, "Internkontrollplan 2025", km, "Delår 2025", st, kom, who,
                        "2025-09-0" + ("3" if enh == von else "4") if who else ""])
            EXPECTED.append((fil, enh, km, es, ea))
    FILES.append((fil, "INLAST", von, "2025", "DELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "DELAR"))


# ---------------------------------------------------------------- F7 SEAB (simple bolag)
def f7_seab():
    fil = "Sandmark Energi AB - intern kontroll 2025.xlsx"
    nm = "Sandmark Energi AB"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Sandmark Energi AB"; ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av intern kontroll per 2025-08-31"
    header_row(ws, 4, ["Kontrollpunkt", "Ansvarig", "Status", "Kommentar"])
    rows = [
        ("Attest av leverantörsfakturor enligt attestinstruktion", "Ekonomichef", "Klar",
         "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Avläsning och debitering av fjärrvärme – avstämning av mätvärden mot fakturering", "Kundtjänstchef", "Klar",
         "4 mätare med skattad förbrukning i mer än tre månader, åtgärdat.", "GENOMFORD", "ja"),
        ("Behörighetsgranskning i kundsystemet", "IT-ansvarig", "Pågår", None, "DELVIS", ""),
        ("Uppföljning av ramavtal för entreprenadtjänster", "Inköpsansvarig", "Ej startad", "Görs under Q4.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av elsäkerhetsbesiktningar enligt ELSÄK-FS", "Elsäkerhetsansvarig", "Klar", None, "GENOMFORD", "nej"),
        ("Styrelsens arbetsordning och VD-instruktion har fastställts", "VD", "Klar",
         "Fastställda vid konstituerande styrelsemöte 2025-04-24.", "GENOMFORD", "nej"),
    ]
    fills = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej startad": "FFC7CE"}
    r = 5
    for (km, ans, st, kom, es, ea) in rows:
        for c, v in enumerate([km, ans, st, kom], 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        ws.cell(r, 3).fill = PatternFill("solid", fgColor=fills[st])
        EXPECTED.append((fil, nm, km, es, ea))
        r += 1
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:D{r-1}"
    for col, w in zip("ABCD", [65, 20, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- F8 reject: Excel lock file
def f8_lock():
    fil = "~$IK_uppfoljning_delar2025_BUN.xlsx"
    user = "Anna Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le").ljust(108, b"\x00")
    b = b[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # remove earlier outputs (keep script/README)
    for fn in os.listdir(OUT):
        if fn.endswith((".xlsx", ".csv")):
            os.remove(os.path.join(OUT, fn))
    tmpdir = tempfile.mkdtemp(prefix="r236_")
    f1_bun(); f2_sn(); f3_tn(tmpdir); f4_ks(); f5_kfn(); f6_csv(); f7_seab(); f8_lock()
    shutil.rmtree(tmpdir, ignore_errors=True)
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VoO"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Sandmark Energi AB", "SEAB|Sandmarks Energi|Sandmark Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
