#!/usr/bin/python3
# Blind round 16 - Fryksbacka kommun (Värmland), internkontroll 2025
import os, subprocess, shutil, datetime, csv, io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
KOMMUN = "Fryksbacka kommun"

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
GAN = "Gymnasie- och arbetsmarknadsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
BMN = "Bygg- och miljönämnden"
OFN = "Överförmyndarnämnden"
VALN = "Valnämnden"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (GAN, "GAN|Gymnasie- och arbetsmarknadsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen"),
    (TN, "TN|Tekniska förvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen"),
    (BMN, "BMN|Bygg- och miljöförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten"),
    (VALN, "Valnämnden i Fryksbacka"),
]

files_rows = []      # (fil, utfall, nämnd, år, period)
expected_rows = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
readme_lines = []

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def soffice_convert(src, fmt, final_name):
    prof = "file:///tmp/lo-round16-profile"
    outdir = "/tmp/round16-conv"
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(outdir, base + "." + fmt), os.path.join(OUT, final_name))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen: cover sheet first, bold numbered process headings (1, 1.1, 1.2),
#    merged status cell over two controls, blank status with clear comment,
#    "Se kommentar" with empty comment, contradiction, totals and signature rows.
# ---------------------------------------------------------------------------
def make_ks():
    fn = "KS Uppföljning internkontrollplan 2025 helår.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Försättsblad"
    cov.column_dimensions["B"].width = 70
    cov["B3"] = KOMMUN
    cov["B3"].font = Font(bold=True, size=16)
    cov["B5"] = "Kommunstyrelsen"
    cov["B5"].font = Font(bold=True, size=14)
    cov["B7"] = "Uppföljning av internkontrollplan 2025"
    cov["B7"].font = Font(size=14)
    cov["B8"] = "Helårsrapport"
    cov["B10"] = "Diarienummer: KS 2025/0214"
    cov["B11"] = "Upprättad: 2026-01-13 av ekonomienheten, Kommunledningsförvaltningen"
    cov["B12"] = "Behandlas: Kommunstyrelsens arbetsutskott 2026-02-03"
    cov["B14"] = "Innehåll: flik 'Uppföljning' – samtliga kontrollmoment med status och kommentar."
    cov["B15"] = "Statusvärden: Genomförd / Delvis genomförd / Ej genomförd / Utgår"

    ws = wb.create_sheet("Uppföljning")
    widths = {"A": 6, "B": 62, "C": 30, "D": 18, "E": 18, "F": 11, "G": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Kommunstyrelsen – uppföljning internkontrollplan 2025, helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    r = 3
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
        cell.border = BORDER
    r += 1
    groups = [
        ("1", "Ekonomi och attest", [
            ("1.1", "Kontroll att leverantörsfakturor är attesterade av behörig attestant enligt attestförteckning",
             "Stickprov 40 fakturor", "Redovisningsansvarig", "Genomförd", "Nej",
             "Stickprov på 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Stickprovskontroll av representationsfakturor avseende syfte och deltagarförteckning",
             "Stickprov 30 fakturor", "Controller", "Genomförd", "Ja",
             "6 av 30 fakturor saknade deltagarförteckning. Påminnelse om riktlinjen skickad till samtliga chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Kontroll av att ändring av leverantörers bankgironummer verifieras mot leverantören",
             "Genomgång av ändringslogg", "Ekonomichef", "Delvis genomförd", "Nej",
             "Rutin framtagen och införd i maj. Kontroll av ändringar under kvartal 4 återstår.", "DELVIS", "nej"),
        ]),
        ("2", "Personal och lön", [
            ("2.1", "Kontroll av att timanställdas löneunderlag är attesterade innan utbetalning",
             "Stickprov 2 lönekörningar", "HR-chef", "Genomförd", "Ja",
             "Två underlag attesterades i efterhand efter utbetalning.", "GENOMFORD", "ja"),
            ("2.2", "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
             "Avstämning mot avgångslista", "HR-chef", None, "Nej",
             "Inga felaktiga utbetalningar efter avslut.", "GENOMFORD", "nej"),
            ("2.3", "Uppföljning av att medarbetarsamtal har genomförts enligt kommunens riktlinje",
             "Enkät till chefer", "HR-strateg", "Se kommentar", "", "", "OKLAR", "nej"),
        ]),
        ("3", "Upphandling och avtal", [
            ("3.1", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av direktupphandlingar", "Upphandlingschef", "Ej genomförd", "Nej",
             "Ej utförd på grund av vakans på upphandlarrollen under hösten.", "EJ_GENOMFORD", "nej"),
            ("3.2", "Stickprov av att inköp görs från leverantörer med gällande ramavtal (avtalstrohet)",
             "Leverantörsreskontra, analys", "Upphandlingschef", "", "Nej",
             "Klar. Avtalstroheten uppgick till 87 %, inga anmärkningar.", "GENOMFORD", "nej"),
        ]),
        ("4", "Informationssäkerhet", [
            ("4.1", "Kontroll av att behörigheter i ekonomisystemet stämmer mot aktuell befattning",
             "Behörighetslista mot personalregister", "Systemförvaltare", "Genomförd", "Nej",
             "Behörigheterna kunde inte kontrolleras fullt ut eftersom leverantören inte levererat behörighetsloggar.",
             "GENOMFORD", "nej"),
        ]),
        ("5", "Delegation och ärendehantering", [
            ("5.1", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Jämförelse diarium – anmälningslistor", "Kanslichef", "Genomförd", "Ja",
             "Tre delegationsbeslut anmäldes först efter två månader.", "GENOMFORD", "ja"),
            ("5.2", "Kontroll att allmänna handlingar diarieförs inom fastställd tid",
             "Stickprov i ärendehanteringssystemet", "Registrator", "Utgår", "",
             "Utgår enligt beslut KS 2025-05-20 § 88, ingår i arkivmyndighetens tillsyn.", "UTGAR", "nej"),
        ]),
    ]
    n_ctrl = 0
    for gnr, gname, rows in groups:
        ws.cell(r, 1, gnr).font = BOLD
        ws.cell(r, 2, gname).font = BOLD
        for c in range(1, 8):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FFF2F2F2")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
        for (nr, text, metod, ansv, status, avv, komm, est, eavv) in rows:
            vals = [nr, text, metod, ansv, status, avv, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            expected_rows.append((fn, KS, text, est, eavv))
            n_ctrl += 1
            r += 1
    # merged status over 2.1 and 2.2 (status written in 2.1 row)
    for row in ws.iter_rows(min_row=4, max_row=r):
        if row[0].value == "2.1":
            ws.merge_cells(start_row=row[0].row, start_column=5, end_row=row[0].row + 1, end_column=5)
            ws.cell(row[0].row, 5).alignment = Alignment(vertical="center")
    r += 1
    ws.cell(r, 1, "Summa").font = BOLD
    ws.cell(r, 2, f"Antal kontrollmoment: {n_ctrl}, varav genomförda: 7").font = BOLD
    r += 2
    ws.cell(r, 2, "Statusförklaring: Genomförd = kontrollen utförd enligt plan; Delvis genomförd = påbörjad ej slutförd; "
                  "Ej genomförd = ej utförd; Utgår = struken ur planen genom beslut.")
    r += 2
    ws.cell(r, 2, "Granskad av: Karin Ålund, ekonomichef")
    ws.cell(r + 1, 2, "Datum: 2026-01-13")
    wb.save(fn)
    files_rows.append((fn, "INLAST", KS, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — KS, xlsx: first sheet a cover page (Försättsblad), controls 1.1/1.2 under bold "
                        "merged process headings 1–5, status cell merged over 2.1+2.2, blank status with 'Klar…' comment, "
                        "'Se kommentar' with empty comment (OKLAR), 'Genomförd' contradicted by comment, Summa/legend/signature rows.")


# ---------------------------------------------------------------------------
# 2+3. BUN: two files (delår + helår), status only as cell fill colour, legend beside the table.
# ---------------------------------------------------------------------------
GREEN = "FF00B050"
YELLOW = "FFFFC000"
RED = "FFFF0000"
GREY = "FFBFBFBF"
FILLS = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY}
FILL_STATUS = {"G": "GENOMFORD", "Y": "DELVIS", "R": "EJ_GENOMFORD", "X": "UTGAR"}

BUN_CTRL = [
    ("Skolskjuts", "Kontroll att beslut om skolskjuts fattas av rätt delegat och är motiverade",
     "Stickprov 15 beslut"),
    ("Kränkande behandling", "Kontroll att anmälningar om kränkande behandling utreds och rapporteras till huvudman inom fem dagar",
     "Samtliga anmälningar i DF Respons"),
    ("Närvaro", "Uppföljning av frånvarorapportering och kontakt med vårdnadshavare vid upprepad frånvaro",
     "Stickprov två skolenheter"),
    ("Avgifter", "Stickprov av att debiterad förskoleavgift överensstämmer med inkomstuppgift och maxtaxa",
     "20 hushåll per halvår"),
    ("Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning i förskola och skola",
     "Samtliga nyanställningar"),
    ("Skolpeng", "Avstämning av elevantal mot utbetald skolpeng till fristående skolor",
     "Månadsvis avstämning"),
    ("Inköp", "Kontroll att inköp av läromedel sker från upphandlade leverantörer",
     "Stickprov 25 fakturor"),
    ("Elevhälsa", "Kontroll att åtgärdsprogram upprättas för elever i behov av särskilt stöd",
     "Genomgång i elevakter"),
    ("Säkerhet", "Kontroll att systematiskt brandskyddsarbete dokumenteras på samtliga skolenheter",
     "Egenkontrollprotokoll"),
]


def make_bun(period):
    delar = period == "DELAR"
    fn = f"BUN IK-uppföljning {'delår' if delar else 'helår'} 2025.xlsx"
    # (fill code or None, text in status cell, iakttagelse, åtgärd, exp status, avvikelse)
    if delar:
        data = [
            ("G", None, "Inga avvikelser i 8 granskade beslut.", "", "GENOMFORD", "nej"),
            ("Y", None, "2 av 14 anmälningar rapporterades till huvudman efter mer än fem dagar.",
             "Påminnelse till rektorer", "DELVIS", "ja"),
            ("Y", None, "Kontroll gjord på Fryksbacka skola, återstår Rottnaskolan.", "", "DELVIS", "nej"),
            ("G", None, "3 felaktiga debiteringar upptäcktes och har rättats.", "Ny kontroll vid inkomstuppgift",
             "GENOMFORD", "ja"),
            ("R", None, "Genomförs under hösten.", "", "EJ_GENOMFORD", "nej"),
            ("G", None, "Avstämning januari–augusti gjord, stämmer.", "", "GENOMFORD", "nej"),
            (None, None, "", "", "SAKNAS", "nej"),
            ("Y", None, "Genomgång påbörjad på två enheter.", "", "DELVIS", "nej"),
            ("X", None, "Kontrollen flyttad till Tekniska nämndens plan genom beslut BUN § 31.", "", "UTGAR", "nej"),
        ]
        title2 = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
    else:
        data = [
            ("G", None, "Inga avvikelser i 15 granskade beslut.", "", "GENOMFORD", "nej"),
            ("G", None, "Totalt rapporterades 3 av 31 anmälningar för sent till huvudman.",
             "Rutinen förtydligad på rektorsmöte", "GENOMFORD", "ja"),
            ("G", None, "Kontroll gjord på samtliga grundskolor. Kontakt med vårdnadshavare togs enligt rutin.", "",
             "GENOMFORD", "nej"),
            ("G", None, "Totalt 5 felaktiga debiteringar under året, samtliga rättade.",
             "Ny kontroll vid inkomstuppgift", "GENOMFORD", "ja"),
            ("Y", None, "Utdrag saknades för två timvikarier i förskolan.", "Rutin för vikarier ses över",
             "DELVIS", "ja"),
            ("G", None, "Avstämning helår gjord utan differenser.", "", "GENOMFORD", "nej"),
            ("R", None, "Ej genomförd – ingen inköpssamordnare under hösten.", "", "EJ_GENOMFORD", "nej"),
            (None, "Se bilaga 3", "", "", "OKLAR", "nej"),
            ("X", None, "Flyttad till Tekniska nämndens plan.", "", "UTGAR", "nej"),
        ]
        title2 = "Internkontrollplan 2025 – uppföljning helår"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    for k, v in {"A": 20, "B": 60, "C": 26, "D": 10, "E": 50, "F": 30, "G": 4, "H": 6, "I": 26}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title2
    ws["A2"].font = Font(bold=True)
    hdr = ["Område", "Vad kontrolleras", "Hur/omfattning", "Status", "Iakttagelser", "Åtgärd"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.border = BORDER
    for i, ((omr, text, hur), (fill, stext, iakt, atg, est, eavv)) in enumerate(zip(BUN_CTRL, data)):
        rr = r + 1 + i
        for c, v in enumerate([omr, text, hur, stext, iakt or None, atg or None], 1):
            cell = ws.cell(rr, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        if fill:
            ws.cell(rr, 4).fill = PatternFill("solid", fgColor=FILLS[fill])
        expected_rows.append((fn, BUN, text, est, eavv))
    # legend beside table
    ws["H4"] = "Färgförklaring"
    ws["H4"].font = BOLD
    for j, (code, label) in enumerate([("G", "Genomförd"), ("Y", "Påbörjad / delvis genomförd"),
                                       ("R", "Ej genomförd"), ("X", "Utgår")]):
        ws.cell(5 + j, 8).fill = PatternFill("solid", fgColor=FILLS[code])
        ws.cell(5 + j, 8).border = BORDER
        ws.cell(5 + j, 9, label)
    last = r + len(data) + 2
    ws.cell(last, 1, "Uppföljningen har sammanställts av förvaltningens kvalitetsstrateg.")
    wb.save(fn)
    files_rows.append((fn, "INLAST", BUN, "2025", period))
    if delar:
        readme_lines.append(f"- `{fn}` — BUN delår, xlsx: status ONLY as cell fill (green/amber/red/grey), legend "
                            "beside the table (col H–I); one uncoloured blank status (SAKNAS); same controls as the helår file.")
    else:
        readme_lines.append(f"- `{fn}` — BUN helår (second follow-up of same nämnd, separate file): fill colours only; "
                            "one status cell uncoloured with text 'Se bilaga 3' (OKLAR); avvikelse only from Iakttagelser text.")


# ---------------------------------------------------------------------------
# 4. Socialnämnden: Word, one table row per process, controls as bullet lines inside one cell,
#    results as parallel bullet lines in the result cell.
# ---------------------------------------------------------------------------
def make_sn():
    fn = "Socialnämnden uppföljning IKP 2025 helår.docx"
    doc = Document()
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Socialförvaltningen, Fryksbacka kommun"
    doc.add_heading("Socialnämndens uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (SN § 12). "
                      "Nedan redovisas resultatet av årets kontroller per process. Resultaten redovisas i samma "
                      "ordning som kontrollmomenten.")
    procs = [
        ("Ekonomiskt bistånd", [
            ("Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
             "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll att beslut om ekonomiskt bistånd över 15 000 kr fattats av rätt delegat",
             "Genomförd. Två beslut hade fattats av handläggare utan delegation, rättat i efterhand.", "GENOMFORD", "ja"),
            ("Kontroll av att återkrav vid felaktig utbetalning har beslutats och bevakas",
             "Delvis genomförd, granskning av ärenden från december återstår.", "DELVIS", "nej"),
        ], "Stickprov två gånger per år, enhetschef IFO"),
        ("Barn och unga", [
            ("Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Genomförd. 11 av 120 anmälningar bedömdes efter mer än 14 dagar.", "GENOMFORD", "ja"),
            ("Kontroll att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
             "Genomförd, samtliga utredningar avslutade inom tid.", "GENOMFORD", "nej"),
            ("Kontroll att placerade barn har utsedd socialsekreterare och besöks enligt lag",
             "Ej genomförd på grund av hög personalomsättning på enheten.", "EJ_GENOMFORD", "nej"),
        ], "Uttag ur verksamhetssystemet per tertial"),
        ("LSS och funktionsstöd", [
            ("Stickprov av att beslut om insatser enligt LSS verkställs inom tre månader",
             "Genomförd. Två ej verkställda beslut har rapporterats till IVO.", "GENOMFORD", "ja"),
            ("Kontroll av att genomförandeplaner för LSS-insatser är aktuella och undertecknade",
             "Se bilaga.", "OKLAR", "nej"),
        ], "Stickprov 10 ärenden per verksamhet"),
        ("Informationssäkerhet", [
            ("Loggkontroll av åtkomst till personakter i verksamhetssystemet Lifecare",
             "Pågår. Loggkontroller gjorda för IFO, återstår för äldreomsorgen.", "DELVIS", "nej"),
        ], "Slumpvis logguttag månadsvis"),
        ("Hälso- och sjukvård", [
            ("Kontroll av att avvikelser enligt HSL registreras och analyseras av MAS",
             "Utgår, ersatt av MAS egenkontrollprogram enligt beslut SN § 54.", "UTGAR", "nej"),
            ("Kontroll att läkemedelsgenomgångar genomförs för boende på särskilt boende",
             "Genomförd. Läkemedelsgenomgång saknades för fyra boende.", "GENOMFORD", "ja"),
        ], "Journalgranskning, MAS"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Metod och frekvens", "Resultat helår 2025"]):
        p = t.rows[0].cells[c].paragraphs[0]
        p.add_run(h).bold = True
    for pname, ctrls, metod in procs:
        row = t.add_row()
        row.cells[0].text = pname
        row.cells[2].text = metod
        if len(ctrls) == 1:
            row.cells[1].text = ctrls[0][0]
            row.cells[3].text = ctrls[0][1]
        else:
            for cell, idx in ((row.cells[1], 0), (row.cells[3], 1)):
                first = True
                for ctrl in ctrls:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    p.style = doc.styles["List Bullet"]
                    p.add_run(ctrl[idx])
                    first = False
        for text, res, est, eavv in ctrls:
            expected_rows.append((fn, SN, text, est, eavv))
    doc.add_paragraph("")
    doc.add_paragraph("Socialnämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig.")
    doc.add_paragraph("Ingrid Brattberg, socialchef")
    doc.save(fn)
    files_rows.append((fn, "INLAST", SN, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — SN, docx: one table row per process, several controls as bullet paragraphs in ONE "
                        "cell, results as parallel bullets in the result cell (status words inside sentences); a "
                        "one-control process without bullet; 'Se bilaga.' (OKLAR); closing prose and signature.")


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnad: .xls, nämnd only in file name and print header, status only as sentence
#    in "Kommentar", one control text over two physical rows.
# ---------------------------------------------------------------------------
def make_sbn():
    fn = "Samhällsbyggnad_IKP2025_uppföljning.xls"
    tmp = "/tmp/round16-conv/Samhallsbyggnad_tmp.xlsx"
    os.makedirs("/tmp/round16-conv", exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Samhällsbyggnadsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    for k, v in {"A": 5, "B": 28, "C": 55, "D": 28, "E": 18, "F": 60}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = BOLD
    ctrls = [
        ("Exploatörens kostnader faktureras inte", ["Kontroll att exploateringsavtal följs upp avseende fakturering av exploatörens kostnader"],
         "Genomgång av samtliga avtal", "Exploateringschef", "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Beslut fattas utan delegation", ["Stickprov av att beslut om bostadsanpassningsbidrag fattas enligt delegationsordningen"],
         "Stickprov 15 ärenden", "Enhetschef BAB",
         "Genomförd. I ett av 15 ärenden saknades delegationsbeslut, ärendet har rättats.", "GENOMFORD", "ja"),
        ("Intäktsbortfall", ["Kontroll av att markupplåtelser och arrenden", "faktureras enligt gällande avtal och taxa"],
         "Avstämning avtalsregister – kundreskontra", "Markingenjör",
         "Kontrollen har påbörjats men slutförs först i februari 2026.", "DELVIS", "nej"),
        ("Planavgift tas inte ut", ["Kontroll av att detaljplaneavgifter tas ut i enlighet med plankostnadsavtal"],
         "Genomgång av antagna planer", "Planchef",
         "Har inte genomförts under året på grund av personalbrist.", "EJ_GENOMFORD", "nej"),
        ("Trafiksäkerhet", ["Kontroll att felanmälningar om gatubelysning åtgärdas inom avtalad tid"],
         "Uttag ur felanmälningssystemet", "Gatuingenjör", "Se bilaga", "OKLAR", "nej"),
        ("Felaktig myndighetsutövning", ["Kontroll av att parkeringstillstånd för rörelsehindrade prövas enligt riktlinje"],
         "Stickprov 10 ärenden", "Handläggare",
         "Kontrollen utgår då handläggningen överförts till Tekniska nämnden från 1 juni.", "UTGAR", "nej"),
        ("Kostnader belastar fel projekt", ["Uppföljning av att lantmäteriförrättningar debiteras projekt i rätt tid"],
         "Avstämning mot projektredovisning", "Controller", "", "SAKNAS", "nej"),
        ("Felaktigt lägenhetsregister", ["Kontroll att adressättning och lägenhetsregister uppdateras vid slutbesked"],
         "Jämförelse slutbesked – register", "GIS-ingenjör",
         "Klart. Vi hittade 12 lägenheter som saknades i registret och de har nu lagts in.", "GENOMFORD", "ja"),
    ]
    r = 4
    for i, (risk, textparts, metod, ansv, komm, est, eavv) in enumerate(ctrls, 1):
        for c, v in enumerate([i, risk, textparts[0], metod, ansv, komm or None], 1):
            ws.cell(r, c, v).alignment = WRAP
        r += 1
        for extra in textparts[1:]:
            ws.cell(r, 3, extra).alignment = WRAP
            r += 1
        expected_rows.append((fn, SBN, " ".join(textparts), est, eavv))
    ws.cell(r + 1, 1, "Kommentar förvaltningschef: Uppföljningen redovisas för nämnden 2026-02-10.")
    wb.save(tmp)
    soffice_convert(tmp, "xls", fn)
    os.remove(tmp)
    files_rows.append((fn, "INLAST", SBN, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — SBN, .xls: nämnd only in file name ('Samhällsbyggnad') and print header "
                        "(förvaltning); no status column – status is a sentence in 'Kommentar' (incl. empty → SAKNAS, "
                        "'Se bilaga' → OKLAR, 'utgår' → UTGAR); control 3 text continues on the next physical row.")


# ---------------------------------------------------------------------------
# 6. Stratsys export CSV: two nämnder, one row per control and period, header repeated mid-file,
#    cp1252, semicolon, CRLF, title lines.
# ---------------------------------------------------------------------------
def make_csv():
    fn = "Stratsys_export_IK2025_20260109.csv"
    kfn = [
        ("Bidrag", "Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsregler",
         ("Klar", "Nej", "Vårens bidrag kontrollerade"), ("Klar", "Nej", "Samtliga utbetalningar kontrollerade"),
         "GENOMFORD", "nej"),
        ("Kassahantering", "Stickprov av att kassaredovisning i simhallen stäms av dagligen mot kassasystemet",
         ("Pågår", "", ""), ("Klar", "Ja", "Differens i 3 av 20 dagsavstämningar, rutin förtydligad"),
         "GENOMFORD", "ja"),
        ("Fakturering", "Kontroll av att bokningar av idrottshallar faktureras korrekt",
         ("Ej påbörjad", "", ""), ("Pågår", "Nej", "Kontroll av höstterminen påbörjad"), "DELVIS", "nej"),
        ("Inköp", "Kontroll av att bibliotekets inköp av medier följer upphandlat avtal",
         ("Klar", "Nej", ""), ("Klar", "Nej", "Inga avvikelser"), "GENOMFORD", "nej"),
        ("Fritidsgårdar", "Uppföljning av att registerutdrag finns för ledare i fritidsgårdsverksamheten",
         ("Pågår", "", ""), ("Avbruten", "", "Kontrollen avbröts när fritidsgårdarna stängdes för renovering"),
         "EJ_GENOMFORD", "nej"),
        ("Tillgångar", "Kontroll av att konstinventarier finns registrerade och kan lokaliseras",
         ("Ej aktuell", "", ""), ("Ej aktuell", "", "Inventering sker 2026"), "UTGAR", "nej"),
    ]
    tn = [
        ("VA", "Kontroll av att fakturering av VA-avgifter överensstämmer med mätarställning",
         ("Pågår", "", ""), ("Klar", "Nej", "Stickprov 50 abonnenter"), "GENOMFORD", "nej"),
        ("Fordon", "Stickprov av att drivmedelskort används enligt riktlinje för kommunens fordon",
         ("Klar", "Nej", ""), ("Klar", "Ja", "Två tankningar av privat fordon upptäckta, ärendet utreds av HR"),
         "GENOMFORD", "ja"),
        ("Måltid", "Kontroll att egenkontroller av livsmedelshantering i måltidsverksamheten genomförs",
         ("Pågår", "", ""), ("Pågår", "Nej", "Sex av nio kök kontrollerade"), "DELVIS", "nej"),
        ("Fastighet", "Kontroll att felanmälningar i verksamhetsfastigheter åtgärdas inom fastställd tid",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Nytt fastighetssystem infört i november"),
         "EJ_GENOMFORD", "nej"),
        ("Entreprenad", "Kontroll av att entreprenader följs upp mot kontrakt avseende ÄTA-arbeten",
         ("Klar", "Nej", ""), ("Klar", "Ja", "ÄTA-arbeten utan skriftlig beställning i ett projekt (Rottna förskola)"),
         "GENOMFORD", "ja"),
        ("Vinterväghållning", "Kontroll att snöröjningsentreprenörer rapporterar utförda insatser enligt avtal",
         ("", "", "Kontrolleras under vintersäsongen"),
         ("", "", "Osäkert om rapporteringen är komplett, utreds vidare"), "OKLAR", "nej"),
    ]
    header = ["Nämnd", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    buf.write("Internkontrollplan 2025 - Uppföljning\r\n")
    buf.write("Utskriven 2026-01-09 av Ekonomienheten\r\n")
    buf.write("\r\n")
    w.writerow(header)
    nrows = 0
    for nm, lst in ((KFN, kfn), (TN, tn)):
        for per_idx, per in ((0, "Delår 2025"), (1, "Helår 2025")):
            for proc, text, d, h, est, eavv in lst:
                v = (d, h)[per_idx]
                w.writerow([nm, proc, text, per, v[0], v[1], v[2]])
                nrows += 1
                if nrows == 15:  # page break in export: header repeated
                    w.writerow(header)
        for proc, text, d, h, est, eavv in lst:
            expected_rows.append((fn, nm, text, est, eavv))
    with open(fn, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    files_rows.append((fn, "INLAST", KFN, "2025", "HELAR"))
    files_rows.append((fn, "INLAST", TN, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — Stratsys export, cp1252 ';' CRLF, two title lines, Nämnd column (KFN + TN), one row "
                        "per control and period (Delår/Helår → Helår decides), header row repeated mid-file, 'Avbruten' "
                        "alone (EJ_GENOMFORD), 'Ej aktuell' (UTGAR), blank status + 'Osäkert…' comment (OKLAR).")


# ---------------------------------------------------------------------------
# 7. Miljö- och byggförvaltningen (register: Bygg- och miljönämnden): .ods, status via "Åtgärdad (datum)".
# ---------------------------------------------------------------------------
def make_bmn():
    fn = "MBF uppföljning intern kontroll 2025.ods"
    tmp = "/tmp/round16-conv/MBF_tmp.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    for k, v in {"A": 18, "B": 60, "C": 24, "D": 16, "E": 45, "F": 45}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = KOMMUN
    ws["A2"] = "Förvaltning: Miljö- och byggförvaltningen"
    ws["A2"].font = BOLD
    ws["A3"] = "Uppföljning av intern kontroll 2025 – helår"
    ws["A3"].font = Font(bold=True, size=13)
    hdr = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Åtgärdad (datum)", "Iakttagelser", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = BOLD
    D = datetime.date
    ctrls = [
        ("Bygglov", "Kontroll att bygglov beslutas inom tio veckor från komplett ansökan", "Samtliga ärenden",
         D(2025, 9, 30), "4 av 60 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "",
         "GENOMFORD", "ja"),
        ("Bygglov", "Stickprov av att byggsanktionsavgifter beräknas och debiteras korrekt", "Samtliga beslut",
         D(2025, 11, 14), "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Kontroll att timavgifter inom miljötillsynen debiteras enligt taxa", "Stickprov 30 fakturor",
         None, "", "Pågår, beräknas klar i mars 2026.", "DELVIS", "nej"),
        ("Miljötillsyn", "Kontroll att planerad tillsyn av enskilda avlopp genomförs enligt tillsynsplanen",
         "Uttag ur Castor", None, "", "Ej utförd – prioriterades bort p.g.a. vakanser på enheten.",
         "EJ_GENOMFORD", "nej"),
        ("Livsmedel", "Kontroll av att livsmedelskontroller rapporteras till Livsmedelsverket i tid",
         "Årsrapportering", D(2025, 6, 12), "", "", "GENOMFORD", "nej"),
        ("Delegation", "Kontroll av att delegationsbeslut inom bygg och miljö anmäls till nämnden",
         "Jämförelse diarium – protokoll", None, "", "", "SAKNAS", "nej"),
        ("Arkiv", "Kontroll att ärenden i Castor avslutas och arkiveras efter beslut", "Stickprov 20 ärenden",
         None, "", "Utgår – ersätts av den gemensamma arkivkontrollen i KS plan.", "UTGAR", "nej"),
    ]
    r = 6
    for omr, text, omf, dat, iakt, komm, est, eavv in ctrls:
        for c, v in enumerate([omr, text, omf, dat, iakt or None, komm or None], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
        if dat:
            ws.cell(r, 4).number_format = "yyyy-mm-dd"
        expected_rows.append((fn, BMN, text, est, eavv))
        r += 1
    ws.cell(r + 1, 1, "Datum i kolumn D = datum då kontrollen slutfördes.")
    wb.save(tmp)
    soffice_convert(tmp, "ods", fn)
    os.remove(tmp)
    files_rows.append((fn, "INLAST", BMN, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — BMN but file says 'Miljö- och byggförvaltningen' (register: Bygg- och "
                        "miljönämnden / Bygg- och miljöförvaltningen), .ods; status via 'Åtgärdad (datum)' dates, blank "
                        "date → read Kommentar (Pågår/Ej utförd/Utgår) or SAKNAS if nothing.")


# ---------------------------------------------------------------------------
# 8. GAN: consultant template with English statuses, Status 2024 | Status 2025, Finding (Y/N), Lists sheet.
# ---------------------------------------------------------------------------
def make_gan():
    fn = "GAN internkontroll 2025 helårsrapport.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up"
    for k, v in {"A": 8, "B": 22, "C": 62, "D": 20, "E": 14, "F": 14, "G": 12, "H": 50}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Internal Control Follow-up 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Gymnasie- och arbetsmarknadsnämnden"
    ws["A3"] = "Period: Helår (Q4)"
    hdr = ["Ref", "Process", "Kontrollaktivitet", "Control owner", "Status 2024", "Status 2025", "Finding (Y/N)",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F3864")
    ctrls = [
        ("Elevadministration", "Kontroll att CSN-rapportering av elevers närvaro sker korrekt och i tid",
         "Rektor", "Completed", "Completed", "N", "", "GENOMFORD", "nej"),
        ("Elevadministration", "Stickprov av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
         "Controller", "In progress", "Completed", "Y", "Två elever hade inte fakturerats för vårterminen.",
         "GENOMFORD", "ja"),
        ("Elevadministration", "Kontroll att betyg registreras och signeras i IST före terminsslut",
         "Skoladministratör", "", "In progress", "N", "Vårterminen kontrollerad, höstterminen återstår.",
         "DELVIS", "nej"),
        ("Arbetsmarknad", "Kontroll av att anställningsstöd och lönebidrag stäms av mot utbetalda löner",
         "Enhetschef AME", "Not started", "Not started", "", "Ej prioriterat.", "EJ_GENOMFORD", "nej"),
        ("Arbetsmarknad", "Uppföljning av att deltagare i arbetsmarknadsinsatser har en aktuell handlingsplan",
         "Enhetschef AME", "Completed", "", "", "", "SAKNAS", "nej"),
        ("Vuxenutbildning", "Kontroll av att upphandlade utbildningsanordnare inom Komvux rapporterar resultat enligt avtal",
         "Rektor Komvux", "", "Not applicable", "", "Avtalet upphörde 2025-03-31.", "UTGAR", "nej"),
        ("Vuxenutbildning", "Kontroll att beslut om studiestartsstöd fattas enligt delegationsordningen",
         "Rektor Komvux", "Completed", "Completed", "Y", "Ett beslut fattat av handläggare utan delegation.",
         "GENOMFORD", "ja"),
        ("IT och behörigheter", "Kontroll av att behörigheter i elevregistret avslutas när personal slutar",
         "Systemförvaltare", "", "Completed", "Y", "Tre konton för avslutad personal var fortfarande aktiva.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for i, (proc, text, owner, s24, s25, fnd, komm, est, eavv) in enumerate(ctrls, 1):
        vals = [f"GAN-{i:02d}", proc, text, owner, s24 or None, s25 or None, fnd or None, komm or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        expected_rows.append((fn, GAN, text, est, eavv))
        r += 1
    ws.cell(r + 1, 1, "Template v2.3 – Status values: see sheet 'Lists'. Finding = deviation identified (Y/N).")
    ls = wb.create_sheet("Lists")
    ls["A1"] = "Status"
    ls["A1"].font = BOLD
    for j, (en, sv) in enumerate([("Completed", "Genomförd"), ("In progress", "Pågår / delvis"),
                                  ("Not started", "Ej påbörjad"), ("Not applicable", "Utgår / ej aktuell")], 2):
        ls.cell(j, 1, en)
        ls.cell(j, 2, sv)
    ls["D1"] = "Finding"
    ls["D2"] = "Y"
    ls["D3"] = "N"
    wb.save(fn)
    files_rows.append((fn, "INLAST", GAN, "2025", "HELAR"))
    readme_lines.append(f"- `{fn}` — GAN, consultant xlsx template: English statuses (Completed/In progress/Not started/"
                        "Not applicable) explained on sheet 'Lists', 'Status 2024 | Status 2025' (one control with only a "
                        "2024 value → SAKNAS), Finding (Y/N) = avvikelse, 'Nämnd:' cell.")


# ---------------------------------------------------------------------------
# 9. Rejected: an Excel owner/lock file left in the folder.
# ---------------------------------------------------------------------------
def make_lock():
    fn = "~$BUN IK-uppföljning helår 2025.xlsx"
    user = "Anna Kvarnström"
    b = bytes([len(user)]) + user.encode("cp1252")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20\x00"[:1])
    with open(fn, "wb") as f:
        f.write(b[:165])
    files_rows.append((fn, "AVVISAD", "", "", ""))
    readme_lines.append(f"- `{fn}` — Excel owner/lock file (165 bytes, not a workbook) left by a user who had the BUN "
                        "file open: must be rejected (AVVISAD).")


def write_meta():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files_rows:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected_rows:
            assert ";" not in row[2] and "\n" not in row[2], row
            f.write(";".join(row) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("# Round 16 — Fryksbacka kommun (Värmland), internkontroll 2025\n\n")
        f.write("Register: 10 nämnder; Överförmyndarnämnden and Valnämnden send nothing.\n\n")
        for l in readme_lines:
            f.write(l + "\n")


if __name__ == "__main__":
    make_ks()
    make_bun("DELAR")
    make_bun("HELAR")
    make_sn()
    make_sbn()
    make_csv()
    make_bmn()
    make_gan()
    make_lock()
    write_meta()
    print(len(files_rows), "file rows,", len(expected_rows), "controls")
