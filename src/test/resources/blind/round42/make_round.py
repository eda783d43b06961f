#!/usr/bin/python3
# Blind round 42 – Strömsala kommun, januari-inkorgen för helår 2025
import csv, io, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r42-")
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F4E78")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def soffice(src, fmt, outdir):
    prof = "file:///tmp/lo-r42-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- 1 Stratsys CSV
def stratsys():
    fn = "Stratsys_Internkontroll_export_20260112.csv"
    N_KS, N_SBN, N_OFN = "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Överförmyndarnämnden"
    # org label in export, nämnd, process, control, method, {period: (status, avv, comment)}, expected
    C = [
     ("Kommunledningsförvaltningen", N_KS, "Ekonomi", "Kontroll av att attest av leverantörsfakturor sker enligt gällande attestordning",
      "Stickprov 30 fakturor per halvår",
      {"Delår 2025": ("Genomförd", "Nej", "Inga avvikelser."), "Helår 2025": ("Genomförd", "Nej", "Stickprov 60 fakturor, samtliga korrekt attesterade.")},
      "GENOMFORD", "nej"),
     ("Kommunledningsförvaltningen", N_KS, "Delegation", "Stickprov på att delegationsbeslut anmäls till kommunstyrelsen inom föreskriven tid",
      "Genomgång av 25 beslut",
      {"Delår 2025": ("Pågående", "", "Genomgång påbörjad."), "Helår 2025": ("Genomförd", "Ja", "Tre av 25 beslut anmäldes först efter två månader. Påminnelse skickad till samtliga delegater.")},
      "GENOMFORD", "ja"),
     ("Kommunledningsförvaltningen", N_KS, "Upphandling", "Uppföljning av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
      "Genomgång av inköp i e-handelssystemet",
      {"Delår 2025": ("Pågående", "", ""), "Helår 2025": ("Ej genomförd", "Nej", "Kontrollen hann inte genomföras på grund av vakans på upphandlingsenheten; flyttas till 2026.")},
      "EJ_GENOMFORD", "nej"),
     ("Kommunledningsförvaltningen", N_KS, "IT och behörigheter", "Kontroll av behörigheter i ekonomisystemet Raindance för avslutade anställningar",
      "Avstämning mot HR-systemets avslutslista",
      {"Delår 2025": ("Genomförd", "Nej", ""), "Helår 2025": ("Genomförd", "Ja", "Två konton för avslutade anställningar var fortfarande aktiva; stängda 2025-11-04.")},
      "GENOMFORD", "ja"),
     ("Kommunledningsförvaltningen", N_KS, "Ekonomi", "Representation och förtroendekänsliga poster – stickprov på 20 verifikationer",
      "Stickprov 20 verifikationer",
      {"Delår 2025": ("Ej påbörjad", "", ""), "Helår 2025": ("Pågående", "Nej", "12 av 20 verifikationer granskade; återstående granskas i januari.")},
      "DELVIS", "nej"),
     ("Kommunledningsförvaltningen", N_KS, "Löner", "Kontroll av att löneutbetalningar till förtroendevalda stämmer mot beslutade arvoden",
      "Avstämning arvodesregister mot lönelista december",
      {"Helår 2025": ("Genomförd", "Nej", "Avstämt utan anmärkning.")},
      "GENOMFORD", "nej"),
     ("Kommunledningsförvaltningen", N_KS, "Informationssäkerhet", "Informationssäkerhet – uppföljning av att incidentrapportering sker enligt rutin",
      "Genomgång av incidentloggen",
      {"Delår 2025": ("Pågående", "", ""), "Helår 2025": ("Utgår", "", "Utgår enligt beslut KS 2025-09-17 § 142; ersätts av ny rutin för incidenthantering.")},
      "UTGAR", "nej"),
     ("Samhällsbyggnadsförvaltningen", N_SBN, "Bygglov", "Handläggningstid för bygglov – kontroll att beslut fattas inom tio veckor",
      "Uttag ur ärendesystemet, 30 ärenden",
      {"Delår 2025": ("Pågående", "", ""), "Helår 2025": ("Genomförd", "Ja", "4 av 30 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.")},
      "GENOMFORD", "ja"),
     ("Samhällsbyggnadsförvaltningen", N_SBN, "Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa",
      "Stickprov 20 beslut",
      {"Delår 2025": ("Genomförd", "Nej", ""), "Helår 2025": ("Genomförd", "Nej", "Inga avvikelser.")},
      "GENOMFORD", "nej"),
     ("Samhällsbyggnadsförvaltningen", N_SBN, "Strandskydd", "Stickprov på att strandskyddsdispenser är korrekt motiverade och diarieförda",
      "Stickprov 10 beslut",
      {"Delår 2025": ("Ej påbörjad", "", ""), "Helår 2025": ("", "", "Genomförd i november, inga avvikelser noterades.")},
      "GENOMFORD", "nej"),
     ("Samhällsbyggnadsförvaltningen", N_SBN, "Exploatering", "Uppföljning av att exploateringsavtal följs upp mot ekonomisk kalkyl",
      "Avstämning per exploateringsområde",
      {"Helår 2025": ("Pågående", "Nej", "Avstämning gjord för två av fyra områden.\nResterande slutförs under första kvartalet 2026.")},
      "DELVIS", "nej"),
     ("Samhällsbyggnadsförvaltningen", N_SBN, "Lantmäteri", "Kontroll av att lantmäteriförrättningar faktureras inom 30 dagar",
      "Uttag ur faktureringssystemet",
      {"Delår 2025": ("Genomförd", "Nej", ""), "Helår 2025": ("Delvis genomförd", "Nej", "Kontrollerat för perioden jan–okt; nov–dec återstår.")},
      "DELVIS", "nej"),
     ("Överförmyndarnämnden", N_OFN, "Tillsyn", "Granskning av årsräkningar – andel granskade senast 30 juni",
      "Uttag ur Wärna",
      {"Helår 2025": ("Genomförd", "Nej", "94 % granskade senast 30 juni (mål 90 %).")},
      "GENOMFORD", "nej"),
     ("Överförmyndarnämnden", N_OFN, "Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas enligt SKR:s riktlinjer",
      "Stickprov 15 arvodesbeslut",
      {"Delår 2025": ("Genomförd", "Nej", ""), "Helår 2025": ("Genomförd", "Ja", "Felaktig kostnadsersättning i två ärenden; korrigerat och återbetalning begärd.")},
      "GENOMFORD", "ja"),
     ("Överförmyndarnämnden", N_OFN, "Tillsyn", "Stickprov på att förvaltarskap och godmanskap har aktuella förteckningar",
      "Stickprov 10 akter",
      {"Delår 2025": ("Pågående", "Nej", "Sex av tio akter granskade.")},
      "DELVIS", "nej"),
    ]
    rows = [["Organisation", "Område", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
             "Avvikelse", "Kommentar", "Ansvarig", "Senast ändrad"]]
    resp = {"Kommunledningsförvaltningen": "Karin Sjöberg", "Samhällsbyggnadsförvaltningen": "Jonas Falk",
            "Överförmyndarnämnden": "Lena Åhman"}
    for org in ["Kommunledningsförvaltningen", "Samhällsbyggnadsförvaltningen", "Överförmyndarnämnden"]:
        for per in ["Delår 2025", "Helår 2025"]:
            for (o, n, proc, km, met, pp, st, av) in C:
                if o == org and per in pp:
                    s, a, k = pp[per]
                    d = "2025-08-29" if per.startswith("Delår") else "2026-01-09"
                    rows.append([o, proc, km, met, per, s, a, k, resp[o], d])
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for n in [N_KS, N_SBN, N_OFN]:
        FILES.append((fn, "INLAST", n, "2025", "HELAR"))
    for (o, n, proc, km, met, pp, st, av) in C:
        EXP.append((fn, n, km, st, av))

# ---------------------------------------------------------------- 2 Hypergene XLSX
def hypergene():
    fn = "Hypergene_IK_uppfoljning_helar2025.xlsx"
    FILLS = {"Grön": PatternFill("solid", fgColor="00B050"), "Gul": PatternFill("solid", fgColor="FFC000"),
             "Röd": PatternFill("solid", fgColor="FF0000"), "Grå": PatternFill("solid", fgColor="A6A6A6")}
    MAP = {"Grön": "GENOMFORD", "Gul": "DELVIS", "Röd": "EJ_GENOMFORD", "Grå": "UTGAR"}
    VON, FSN = "Vård- och omsorgsnämnden", "Funktionsstödsnämnden"
    C = {VON: [
        ("Hemtjänst", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst", "Kvartalsvis", "Gul", "Ja", "Andel upprättade i tid 78 %, målet är 90 %.", "Påminnelse i verksamhetssystemet införs.", None),
        ("Avgifter", "Stickprov på att avgiftsbeslut inom äldreomsorgen baseras på aktuell inkomstförfrågan", "Halvår", "Grön", "Nej", "20 beslut granskade utan anmärkning.", "", None),
        ("Kvalitet", "Uppföljning av att avvikelser enligt Lex Sarah utreds och rapporteras till IVO i tid", "Löpande", "Grön", "Ja", "En anmälan till IVO skickades tre veckor för sent.", "Rutinen har förtydligats.", None),
        ("Hälso- och sjukvård", "Kontroll av att läkemedelsgenomgångar genomförs på särskilda boenden", "Årlig", "Röd", "Nej", "Ej genomförd på grund av vakant MAS-tjänst under hösten.", "Genomförs våren 2026.", None),
        ("Säkerhet", "Kontroll av nyckelhantering och låsbricksregister inom hemtjänsten", "Halvår", "", "", "Se bilaga 3.", "", "OKLAR"),
        ("Fakturering", "Uppföljning av att fakturering från privata utförare motsvarar utförd tid", "Kvartalsvis", "Grå", "", "Utgår – ersatt av kommungemensam granskning av LOV-utförare.", "", None),
      ], FSN: [
        ("LSS", "Kontroll av att beslut om insatser enligt LSS verkställs inom tre månader", "Kvartalsvis", "Gul", "Ja", "Sex ej verkställda beslut har rapporterats till IVO.", "Översyn av bostadsplaneringen.", None),
        ("Personlig assistans", "Stickprov på att assistansersättning återsöks korrekt från Försäkringskassan", "Halvår", "Grön", "Nej", "Samtliga 15 stickprov korrekta.", "", None),
        ("Gruppbostäder", "Kontroll av att hantering av brukarnas privata medel följer rutin på gruppbostäder", "Halvår", "Grön", "Ja", "Kvitton saknades för två uttag på en gruppbostad.", "Utbildning för personal genomförd i december.", None),
        ("Daglig verksamhet", "Uppföljning av att daglig verksamhet har aktuella genomförandeplaner", "Årlig", "Röd", "Nej", "Kontrollen kunde inte genomföras under året.", "Flyttas till 2026.", None),
        ("Personal", "Kontroll av att timanställda inom personlig assistans har registerutdrag", "Halvår", "Grön", "Nej", "Registerutdrag fanns för samtliga 40 kontrollerade.", "", None),
      ]}
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollaktiviteter"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår 2025 (januari–december)"
    ws["A3"] = f"Urval: {VON}, {FSN}"
    ws["A4"] = "Utskriftsdatum: 2026-01-13 08:42   Användare: ekonomi\\malin.berg"
    hdr = ["Organisation", "Process", "Kontrollaktivitet", "Frekvens", "Bedömning", "Avvikelse", "Analys/kommentar", "Åtgärd"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = HEAD; c.border = BOX
    r += 1
    cnt = {}
    for n in [VON, FSN]:
        start = r
        for (proc, km, fr, b, av, kom, atg, forced) in C[n]:
            vals = [n if r == start else None, proc, km, fr, b, av, kom, atg]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if b:
                ws.cell(r, 5).fill = FILLS[b]; cnt[b] = cnt.get(b, 0) + 1
            st = forced or MAP[b]
            EXP.append((fn, n, km, st, "ja" if av == "Ja" else "nej"))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Antal kontrollaktiviteter: 11").font = Font(bold=True)
    ws.cell(r + 1, 1, "Varav " + ", ".join(f"{k.lower()}: {v}" for k, v in cnt.items()) + ", ej bedömda: 1")
    for col, w in zip("ABCDEFGH", [26, 20, 60, 12, 12, 11, 50, 40]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Bedömning av kontrollaktivitet"; lg["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("Grön", "Kontrollen är genomförd"), ("Gul", "Kontrollen är delvis genomförd / pågår"),
                                ("Röd", "Kontrollen är inte genomförd"), ("Grå", "Utgår / ej aktuell under perioden")], 3):
        lg.cell(i, 1, k).fill = FILLS[k]; lg.cell(i, 2, t)
    lg["A8"] = "Avvikelse = brist som upptäckts vid kontrollen (Ja/Nej)."
    lg.column_dimensions["B"].width = 45
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", VON, "2025", "HELAR"))
    FILES.append((fn, "INLAST", FSN, "2025", "HELAR"))

# ---------------------------------------------------------------- kommunens mall (xlsx)
STAT = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
def template(path, namnd, period, controls, signer, manual_fill=None, max_rules=4):
    """controls: (process, km, metod, ansvarig, st_delar, st_helar, avv, kommentar)"""
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    li = wb.create_sheet("Listor")
    for i, v in enumerate(STAT, 1): li.cell(i, 1, v)
    li["B1"], li["B2"] = "Ja", "Nej"
    li["C1"], li["C2"] = "Delår", "Helår"
    li.sheet_state = "hidden"
    ws["A1"] = "Strömsala kommun"; ws["A1"].font = Font(bold=True, size=9, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"; ws["C3"] = namnd; ws["C3"].font = Font(bold=True)
    ws["A4"] = "Uppföljningsperiod:"; ws["C4"] = period; ws["C4"].font = Font(bold=True)
    ws["A5"] = ("Instruktion: Välj status i rullistan för respektive period. Cellen färgas automatiskt "
                "(grönt = Genomförd, gult = Delvis genomförd, rött = Ej genomförd, grått = Utgår). "
                "Avvikelse = brist som upptäckts vid kontrollen.")
    ws.merge_cells("A5:I5"); ws["A5"].alignment = Alignment(wrap_text=True); ws.row_dimensions[5].height = 32
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig",
           "Status delår", "Status helår", "Avvikelse", "Kommentar/åtgärder"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = HEAD; c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 8
    for nr, (proc, km, met, ans, sd, sh, av, kom) in enumerate(controls, 1):
        for i, v in enumerate([nr, proc, km, met, ans, sd or None, sh or None, av or None, kom or None], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        if manual_fill and nr in manual_fill:
            ws.cell(r, 7).fill = manual_fill[nr]
        r += 1
    last = r - 1
    # empty template rows kept (as in the real template)
    for rr in range(r, r + 4):
        ws.cell(rr, 1, None)
        for i in range(1, 10): ws.cell(rr, i).border = BOX
    endrow = r + 3
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    dv.add(f"F8:G{endrow}"); ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1="=Listor!$B$1:$B$2", allow_blank=True)
    dv2.add(f"H8:H{endrow}"); ws.add_data_validation(dv2)
    dv3 = DataValidation(type="list", formula1="=Listor!$C$1:$C$2", allow_blank=False)
    dv3.add("C4"); ws.add_data_validation(dv3)
    rng = f"F8:G{endrow}"
    # .xls (BIFF8) keeps at most three conditions per range, as in Excel 97-2003
    for val, fill in [("Genomförd", GREEN), ("Delvis genomförd", YELLOW), ("Ej genomförd", RED), ("Utgår", GREY)][:max_rules]:
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{val}"'], fill=fill))
    ws.conditional_formatting.add(f"H8:H{endrow}", CellIsRule(operator="equal", formula=['"Ja"'], fill=RED))
    ws.cell(endrow + 2, 1, f"Sammanställt av: {signer}")
    ws.cell(endrow + 3, 1, "Uppföljningen redovisas för nämnden och lämnas till ekonomienheten senast 2026-01-16.")
    for col, w in zip("ABCDEFGHI", [5, 18, 55, 32, 16, 16, 16, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    ws.oddFooter.center.text = f"{namnd} – internkontroll 2025"
    wb.save(path)

def bun():
    fn = "IKP uppföljning helår 2025 - BUN.xlsx"
    n = "Barn- och utbildningsnämnden"
    C = [
     ("Skolskjuts", "Kontroll av att elevresor och skolskjuts beviljas enligt gällande riktlinjer", "Stickprov 25 beslut", "Handläggare skolskjuts", "Delvis genomförd", "Genomförd", "Nej", "Samtliga beslut följde riktlinjen.", "GENOMFORD", "nej"),
     ("Elevhälsa/trygghet", "Stickprov på att tillbud och kränkande behandling anmäls till huvudmannen samma dag", "Uttag ur DF Respons, 40 ärenden", "Kvalitetsstrateg", "Genomförd", "Genomförd", "Ja", "Anmälan dröjde mer än en dag i 7 av 40 fall. Rektorer informerade på rektorsmöte.", "GENOMFORD", "ja"),
     ("Avgifter", "Uppföljning av att barnomsorgsavgifter debiteras utifrån inkomstuppgift", "Avstämning mot inkomstuppgifter", "Avgiftshandläggare", "Ej genomförd", "Delvis genomförd", "Nej", "Halva urvalet kontrollerat, resten under februari.", "DELVIS", "nej"),
     ("Personal", "Kontroll av att registerutdrag begärs in vid nyanställning i förskola och skola", "Stickprov 30 anställningar", "HR-partner", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
     ("Skolplikt", "Kontroll av att skolpliktsbevakning sker för elever med hög frånvaro", "Genomgång av frånvarorapporter", "Elevhälsochef", "Delvis genomförd", "Ej genomförd", "Nej", "Nytt frånvarosystem försenat, kontrollen kunde inte slutföras.", "EJ_GENOMFORD", "nej"),
     ("Inköp", "Uppföljning av att inköp av läromedel sker från upphandlade leverantörer", "Analys av leverantörsreskontra", "Controller", "Genomförd", "Utgår", "", "Ingår från hösten i kommunens gemensamma granskning av avtalstrohet.", "UTGAR", "nej"),
     ("IT/behörigheter", "Kontroll av att behörigheter i elevdokumentationssystemet tas bort vid avslut", "Avstämning behörighetslista mot personalregister", "Systemförvaltare", "", "Genomförd", "Ja", "12 konton för avslutade anställningar stängdes i efterhand.", "GENOMFORD", "ja"),
    ]
    template(os.path.join(OUT, fn), n, "Helår", [c[:8] for c in C], "Anna Lindqvist, controller BUF")
    FILES.append((fn, "INLAST", n, "2025", "HELAR"))
    for c in C: EXP.append((fn, n, c[1], c[8], c[9]))

def kfn():
    fn = "KFN IK-uppföljning helår 2025.xls"
    n = "Kultur- och fritidsnämnden"
    C = [
     ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Stickprov 15 utbetalningar", "Föreningskonsulent", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
     ("Kassahantering", "Stickprov på att kassahantering i simhallen stäms av dagligen", "Stickprov 10 dagar per halvår", "Badchef", "Delvis genomförd", "", "", "", "GENOMFORD", "nej"),
     ("Fakturering", "Kontroll av att lokalbokningar i Interbook faktureras korrekt", "Avstämning bokning mot faktura", "Bokningsansvarig", "Genomförd", "Genomförd", "Nej", "Kontrollen har inte kunnat genomföras under hösten på grund av systembyte.", "GENOMFORD", "nej"),
     ("Inventarier", "Uppföljning av att inventarieförteckning för konstsamlingen är aktuell", "Fysisk inventering", "Konstintendent", "Ej genomförd", "Delvis genomförd", "Ja", "17 verk kunde inte lokaliseras vid inventeringen; efterforskning pågår.", "DELVIS", "ja"),
     ("Avgifter", "Kontroll av att avgifter i kulturskolan debiteras enligt gällande taxa", "Stickprov 20 elever", "Kulturskolechef", "", "", "", "Osäkert – se kommentar.", "OKLAR", "nej"),
     ("Avtal", "Kontroll av att leasingavtal för fordon och maskiner är registrerade i avtalsdatabasen", "Genomgång av avtalsdatabasen", "Controller", "", "Ej genomförd", "Nej", "Prioriterades bort.", "EJ_GENOMFORD", "nej"),
    ]
    tmpx = os.path.join(TMP, "KFN IK-uppföljning helår 2025.xlsx")
    template(tmpx, n, "Helår", [c[:8] for c in C], "Erik Nordin, administrativ chef",
             manual_fill={2: PatternFill("solid", fgColor="C6EFCE")}, max_rules=3)
    soffice(tmpx, "xls", OUT)
    FILES.append((fn, "INLAST", n, "2025", "HELAR"))
    for c in C: EXP.append((fn, n, c[1], c[8], c[9]))

def gvn():
    n = "Gymnasie- och vuxenutbildningsnämnden"
    base = [
     ("Ekonomi", "Kontroll av att interkommunala ersättningar för gymnasieelever faktureras korrekt", "Avstämning mot elevregister", "Controller GVF"),
     ("Betyg", "Stickprov på att betyg i vuxenutbildningen dokumenteras och signeras i tid", "Stickprov 40 kurser", "Rektor Komvux"),
     ("Studiehjälp", "Kontroll av att beslut om studiehjälp och inackorderingstillägg är korrekt handlagda", "Stickprov 20 beslut", "Handläggare"),
     ("Inköp", "Uppföljning av att köp av utbildning från externa anordnare följer avtal", "Genomgång av avtal och fakturor", "Upphandlare"),
     ("Frånvaro", "Kontroll av att elevers frånvaro rapporteras till CSN enligt regelverk", "Uttag ur elevsystemet", "Skoladministratör"),
     ("Elevregister", "Kontroll av att SFI-elever skrivs ut ur systemet efter avslutad kurs", "Avstämning kursavslut", "Studie- och yrkesvägledare"),
    ]
    # delår
    d = [("Delvis genomförd", "Nej", "Kontroll av vårterminen klar, hösten återstår.", "DELVIS", "nej"),
         ("Genomförd", "Nej", "", "GENOMFORD", "nej"),
         ("Ej genomförd", "", "Planeras till hösten.", "EJ_GENOMFORD", "nej"),
         ("Delvis genomförd", "", "", "DELVIS", "nej"),
         ("Genomförd", "Ja", "Frånvaro rapporterades för sent för fyra elever.", "GENOMFORD", "ja"),
         ("", "", "", "SAKNAS", "nej")]
    fn = "GVN_IK_uppföljning_delår_2025.xlsx"
    template(os.path.join(OUT, fn), n, "Delår",
             [b + (x[0], "", x[1], x[2]) for b, x in zip(base, d)], "Sofia Holm, controller")
    FILES.append((fn, "INLAST", n, "2025", "DELAR"))
    for b, x in zip(base, d): EXP.append((fn, n, b[1], x[3], x[4]))
    # helår
    h = [("Genomförd", "Ja", "Felaktig prislista använd för tre elever; korrigerat i november.", "GENOMFORD", "ja"),
         ("Genomförd", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
         ("Delvis genomförd", "Nej", "10 av 20 beslut granskade.", "DELVIS", "nej"),
         ("", "", "Uppföljningen genomfördes i oktober utan anmärkning.", "GENOMFORD", "nej"),
         ("Genomförd", "Nej", "Rutinen förtydligad efter delåret, inga nya fall.", "GENOMFORD", "nej"),
         ("Ej genomförd", "Nej", "Resursbrist, flyttas till 2026 års plan.", "EJ_GENOMFORD", "nej")]
    fn = "GVN_IK_uppföljning_helår_2025.xlsx"
    template(os.path.join(OUT, fn), n, "Helår",
             [b + (dd[0], hh[0], hh[1], hh[2]) for b, dd, hh in zip(base, d, h)], "Sofia Holm, controller")
    FILES.append((fn, "INLAST", n, "2025", "HELAR"))
    for b, x in zip(base, h): EXP.append((fn, n, b[1], x[3], x[4]))

# ---------------------------------------------------------------- SN: förra årets fil (2024)
def sn2024():
    fn = "Socialnämnden - uppföljning internkontroll helår.xlsx"
    n = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = "Socialnämnden"
    ws["A4"] = "År:"; ws["B4"] = 2024
    ws["A5"] = "Period:"; ws["B5"] = "Helår"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Återredovisas"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
    rows = [
     [1, "Barn och unga", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "I 9 av 30 granskade utredningar överskreds tiden.", "Veckovis bevakning av utredningstider.", "Granskning genomförd", "Bokslut"],
     [2, "Ekonomiskt bistånd", "Stickprov på att beslut om ekonomiskt bistånd är korrekt beräknade", "Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut"],
     [3, "Barn och unga", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Ingen identifierad avvikelse.", "Ingen åtgärd", "Granskning genomförd", "Bokslut"],
     [4, "Placeringar", "Uppföljning av att kostnader för externa placeringar", "Två fakturor avsåg fel period och betalades dubbelt.", "Avstämning mot placeringsregister varje månad.", "Granskning genomförd", "Bokslut"],
     [None, None, "stäms av mot gällande avtal och beslut", None, None, None, None],
     [5, "Informationssäkerhet", "Kontroll av att loggar i Treserva följs upp månadsvis", "Granskningen har inte kunnat genomföras.", "Arbetet är inte påbörjat.", "Granskning ej genomförd", "Bokslut"],
     [6, "Uppdragstagare", "Kontroll av att kontaktpersoner och kontaktfamiljer har registerutdrag", None, None, None, None],
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(r + 1, 1, "Godkänd av socialnämnden 2025-02-19 § 23")
    for col, w in zip("ABCDEFG", [5, 20, 48, 45, 38, 22, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", n, "2024", "HELAR"))
    for km, st, av in [
        ("Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "GENOMFORD", "ja"),
        ("Stickprov på att beslut om ekonomiskt bistånd är korrekt beräknade", "GENOMFORD", "nej"),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "GENOMFORD", "nej"),
        ("Uppföljning av att kostnader för externa placeringar stäms av mot gällande avtal och beslut", "GENOMFORD", "ja"),
        ("Kontroll av att loggar i Treserva följs upp månadsvis", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att kontaktpersoner och kontaktfamiljer har registerutdrag", "SAKNAS", "nej")]:
        EXP.append((fn, n, km, st, av))

# ---------------------------------------------------------------- TN Word
def tn():
    fn = "Uppföljning internkontrollplan helår 2025 TF.docx"
    n = "Tekniska nämnden"
    C = [
     ("Ekonomi", "Kontroll av att fakturor för vinterväghållning stäms av mot entreprenörens körjournaler", "Avstämning januari–mars och november–december.",
      "Dubbelfakturering av två plogpass i februari upptäcktes; kreditering erhållen.", "Genomförd", "Ja", "GENOMFORD", "ja"),
     ("VA", "Stickprov på att VA-anslutningsavgifter debiteras enligt VA-taxan", "Stickprov 15 anslutningar.",
      "Samtliga debiterade enligt taxa.", "Genomförd", "Nej", "GENOMFORD", "nej"),
     ("Arbetsmiljö", "Kontroll av att arbetsmiljörond genomförs på samtliga arbetsplatser inom gata/park", "Genomgång av protokoll från skyddsronder.",
      "Ronder genomförda på 9 av 12 arbetsplatser, resterande bokade till februari.", "Delvis genomförd", "Nej", "DELVIS", "nej"),
     ("Investeringar", "Uppföljning av att ÄTA-arbeten i investeringsprojekt godkänns innan utförande", "Granskning av tre större projekt.",
      "Kontrollen har inte genomförts under året.", "Ej genomförd", "Nej", "EJ_GENOMFORD", "nej"),
     ("Fordon", "Kontroll av att drivmedelskort används enligt riktlinje och tankningar attesteras", "Stickprov 50 tankningar.",
      "Inga avvikelser noterades.", "Genomförd", "Nej", "GENOMFORD", "nej"),
     ("Säkerhet", "Kontroll av att tillträde till vattenverkens skalskydd loggas och följs upp", "Genomgång av passerloggar.",
      "Kontrollen flyttas till 2026 års plan enligt nämndbeslut 2025-06-12 § 61.", "Ej aktuell 2025", "–", "UTGAR", "nej"),
    ]
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Tekniska nämnden\tStrömsala kommun\tDnr TN 2025/0042"
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Tekniska förvaltningen"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Nämnden antog i december 2024 en internkontrollplan för 2025 med sex kontrollmoment. "
                      "Nedan redovisas resultatet av respektive kontroll per den 31 december 2025. "
                      "Två kontroller har visat på brister som har åtgärdats eller ska åtgärdas under 2026.")
    doc.add_paragraph("Bedömning anges som Genomförd, Delvis genomförd eller Ej genomförd.")
    for i, (proc, km, met, res, bed, av, st, ea) in enumerate(C, 1):
        doc.add_heading(f"Kontroll {i}. {proc}", level=2)
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Kontrollmoment", km), ("Metod", met), ("Resultat", res), ("Bedömning", bed), ("Avvikelse", av)]:
            cells = t.add_row().cells
            cells[0].text = lab; cells[1].text = val
            cells[0].paragraphs[0].runs[0].bold = True
        doc.add_paragraph("")
        EXP.append((fn, n, km, st, ea))
    doc.add_paragraph("Strömsala 2026-01-14")
    doc.add_paragraph("Per Ekholm\nFörvaltningschef, Tekniska förvaltningen")
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", n, "2025", "HELAR"))

# ---------------------------------------------------------------- MHN Unicode text, tertial codes
def mhn():
    fn = "MHN IK 2025 tertialuppföljning.txt"
    n = "Miljö- och hälsoskyddsnämnden"
    C = [
     ("1", "Kontroll av att tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Stickprov 20 fakturor", "2", "2", "1", "Nej", "", "GENOMFORD", "nej"),
     ("2", "Kontroll av att inspektörer inte handlägger ärenden där de kan vara jäviga", "Genomgång av ärendefördelning", "1", "1", "1", "Nej", "", "GENOMFORD", "nej"),
     ("3", "Uppföljning av att klagomålsärenden om buller diarieförs inom tre arbetsdagar", "Uttag ur ärendesystemet", "3", "2", "2", "Ja", "Diarieföring dröjde i 5 av 22 ärenden.", "DELVIS", "ja"),
     ("4", "Stickprov på att beslut om enskilda avlopp har korrekt delegationshänvisning", "Stickprov 10 beslut", "", "", "3", "Nej", "Ej hunnits med, personalbrist.", "EJ_GENOMFORD", "nej"),
     ("5", "Kontroll av att kontrollplaner för miljöfarlig verksamhet följs", "Genomgång av tillsynsplan", "1", "U", "U", "", "Utgår efter nämndens beslut i maj (ny tillsynsplan).", "UTGAR", "nej"),
     ("6", "Kontroll av att sekretessmarkering görs på handlingar i alkoholtillstånd", "Stickprov 10 akter", "", "", "", "", "", "SAKNAS", "nej"),
     ("7", "Uppföljning av att timavgifter för extra offentlig kontroll tas ut", "Genomgång av uppföljande kontroller", "", "2", "1", "Ja", "Avgift hade inte tagits ut i tre fall; fakturerat i efterhand.", "GENOMFORD", "ja"),
    ]
    lines = [["Internkontroll 2025 - tertialuppföljning", "", "", "", "", "", "", ""],
             [""] * 8,
             ["Nr", "Vad kontrolleras", "Hur", "T1", "T2", "T3", "Avvikelse upptäckt", "Kommentar"]]
    for c in C:
        lines.append(list(c[:8]))
        EXP.append((fn, n, c[1], c[8], c[9]))
    lines.append([""] * 8)
    lines.append(["Förklaring: 1 = Genomförd, 2 = Delvis genomförd/pågår, 3 = Ej genomförd, U = Utgår. T3 avser helår.", "", "", "", "", "", "", ""])
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(lines)
    with open(os.path.join(OUT, fn), "w", encoding="utf-16", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fn, "INLAST", n, "2025", "HELAR"))

# ---------------------------------------------------------------- KFN protokollsutdrag (PDF) – avvisas
def kfn_pdf():
    doc = Document()
    doc.add_paragraph("Strömsala kommun")
    doc.add_heading("Protokollsutdrag", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden\nSammanträdesdatum 2026-01-21")
    doc.add_paragraph("§ 4  Uppföljning av internkontrollplan 2025 (KFN 2025/0113)")
    doc.add_paragraph("Beslut\nKultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025 "
                      "och överlämnar den till kommunstyrelsen.")
    doc.add_paragraph("Ärendebeskrivning\nFörvaltningen har följt upp nämndens internkontrollplan för 2025. "
                      "Uppföljningen framgår av bilaga 1.")
    doc.add_paragraph("Justerandes signatur ______      Utdragsbestyrkande ______")
    src = os.path.join(TMP, "Protokollsutdrag KFN 2026-01-21 § 4.docx")
    doc.save(src)
    soffice(src, "pdf", OUT)
    FILES.append(("Protokollsutdrag KFN 2026-01-21 § 4.pdf", "AVVISAD", "Kultur- och fritidsnämnden", "", ""))

# ---------------------------------------------------------------- register + answer files
def register():
    R = [("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
         ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
         ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|GVF"),
         ("Socialnämnden", "SN|Socialförvaltningen"),
         ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
         ("Funktionsstödsnämnden", "FSN|Funktionsstödsförvaltningen"),
         ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
         ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
         ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
         ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
         ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
         ("Valnämnden", "VN")]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in R: f.write(f"{a};{b}\n")

def main():
    stratsys(); hypergene(); bun(); kfn(); gvn(); sn2024(); tn(); mhn(); kfn_pdf(); register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES: f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXP:
            assert ";" not in r[2] and "\n" not in r[2]
            f.write(";".join(r) + "\n")
    shutil.rmtree(TMP)

if __name__ == "__main__":
    main()
