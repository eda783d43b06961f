#!/usr/bin/python3
"""Blind round r320 - Lillsjö kommun, DELÅR 2025 with adopted plans in the inbox."""
import os, csv, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inbox")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFEB84")
RED = PatternFill("solid", fgColor="FF7C80")
GREY = PatternFill("solid", fgColor="BFBFBF")


def fix_wb(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Lillsjö kommun"


def fix_doc(doc):
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.author = "Lillsjö kommun"
    cp.last_modified_by = "Lillsjö kommun"


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# BUN: adopted plan (docx) + delår follow-up (xlsx) that leaves controls out
# ---------------------------------------------------------------------------
BUN_PLAN = [
    # nr, process, risk, kontrollmoment, metod, frekvens, ansvarig, rapporteras
    ("1", "Ekonomi – leverantörsfakturor", "Fakturor attesteras av person utan attesträtt eller utan beställning",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per skolområde ur ekonomisystemet", "Två gånger per år", "Controller BUF", "Delår, helår"),
    ("2", "Inköp", "Inköp görs utanför avtal vilket ger högre kostnader och risk för otillåten direktupphandling",
     "Avtalstrohet vid inköp av förbrukningsmaterial och livsmedel",
     "Uttag ur e-handelssystemet, jämförelse mot avtalskatalogen", "Årligen", "Upphandlingssamordnare", "Helår"),
    ("3", "Skolplikt och närvaro", "Elever med hög frånvaro uppmärksammas inte i tid",
     "Rutin för uppföljning av elevers frånvaro tillämpas på samtliga grundskolor",
     "Genomgång av frånvarostatistik och dokumentation enligt åtgärdstrappan", "Per termin", "Rektor", "Delår, helår"),
    ("4", "Kränkande behandling", "Huvudmannen får inte kännedom om kränkningar och kan inte utreda skyndsamt",
     "Anmälan om kränkande behandling till huvudman sker skyndsamt",
     "Stickprov 15 anmälningar, kontroll av tid från händelse till anmälan", "Per termin",
     "Verksamhetschef grundskola", "Delår, helår"),
    ("5", "Personal – rekrytering", "Person med olämplig bakgrund anställs i verksamhet med barn",
     "Utdrag ur belastningsregistret har uppvisats vid nyanställning",
     "Stickprov 10 nyanställningar i personalsystemet", "Två gånger per år", "HR-partner", "Delår, helår"),
    ("6", "Systematiskt kvalitetsarbete", "Förskolor saknar aktuell plan vilket strider mot diskrimineringslagen",
     "Förskolornas plan mot diskriminering och kränkande behandling är upprättad och aktuell",
     "Genomgång av samtliga förskolors planer", "Årligen", "Verksamhetschef förskola", "Helår"),
    ("7", "Informationssäkerhet", "Obehöriga har åtkomst till uppgifter om elever",
     "Behörigheter i elevdokumentationssystemet följs upp och avslutas för personal som slutat",
     "Jämförelse av behörighetslista mot personalsystemet", "Två gånger per år", "Systemförvaltare", "Delår, helår"),
    ("8", "Skolskjuts", "Beslut fattas av fel befattning eller utan stöd i riktlinjen",
     "Beslut om skolskjuts fattas i enlighet med delegationsordningen",
     "Stickprov 10 beslut", "Årligen", "Skolskjutssamordnare", "Helår"),
]


def bun_plan():
    fn = "BUN Internkontrollplan 2025 antagen.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Lillsjö kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2024/312"
    doc.add_heading("Internkontrollplan 2025", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden")
    doc.add_paragraph("Antagen av barn- och utbildningsnämnden 2024-11-27, § 112.")
    doc.add_paragraph(
        "Planen bygger på förvaltningens risk- och väsentlighetsanalys. Kontrollerna redovisas till nämnden "
        "i samband med delårsrapporten och årsredovisningen enligt kolumnen Rapporteras. Resultatet av "
        "kontrollerna dokumenteras i förvaltningens uppföljningsmall.")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in BUN_PLAN:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Bilaga: Risk- och väsentlighetsanalys 2025 (redovisas separat).")
    fix_doc(doc)
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Barn- och utbildningsnämnden", "2025", ""))


def bun_followup():
    fn = "BUN_IK-uppfoljning_delar_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Dnr BUN 2024/312. Kontroller som enligt planen redovisas först vid helår ingår inte i denna uppföljning."
    ws["A5"] = "Status:  ● = Genomförd   ◐ = Delvis genomförd / pågår   ○ = Ej genomförd   – = Utgår / ej aktuell"
    ws["A5"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Genomförd kontroll och resultat", "Status", "Avvikelse (Ja/Nej)",
           "Åtgärd", "Ansvarig"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = BOLD; c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    rows = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor (20 per skolområde). 2 fakturor hade attesterats av person utan attesträtt "
         "efter organisationsförändringen i januari.", "●", "Ja",
         "Attestförteckningen uppdaterad 2025-05-15. Information till rektorer.", "Controller BUF",
         "GENOMFORD", "ja"),
        ("3", "Rutin för uppföljning av elevers frånvaro tillämpas på samtliga grundskolor",
         "Genomgång gjord på 5 av 7 grundskolor. Rutinen följs på de granskade skolorna. Övriga två skolor "
         "granskas i september.", "◐", "Nej", "", "Rektor", "DELVIS", "nej"),
        ("4", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "15 anmälningar från vårterminen granskade. Samtliga anmälda till huvudman inom 5 arbetsdagar.",
         "●", "Nej", "Ingen åtgärd", "Verksamhetschef grundskola", "GENOMFORD", "nej"),
        ("5", "Utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Kontrollen har inte genomförts på grund av vakans på HR-avdelningen. Genomförs under hösten.",
         "○", "", "Genomförs oktober 2025", "HR-partner", "EJ_GENOMFORD", ""),
        ("7", "Behörigheter i elevdokumentationssystemet följs upp och avslutas för personal som slutat",
         "Behörighetslista framtagen, avstämning mot personalsystemet pågår. Hittills har 4 aktiva konton för "
         "personal som slutat hittats och stängts.", "◐", "Ja",
         "Rutin för avslut av konton ses över med HR.", "Systemförvaltare", "DELVIS", "ja"),
        ("8", "Beslut om skolskjuts fattas i enlighet med delegationsordningen",
         "Kontrollen utgår. Ansvaret för skolskjuts flyttas till tekniska nämnden från 2025-07-01 "
         "(BUN 2025-04-23 § 54).", "–", "", "", "Skolskjutssamordnare", "UTGAR", ""),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, "Barn- och utbildningsnämnden", row[1], row[7], row[8]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Kontroll 2 och 6 redovisas i årsredovisningen 2025.")
    ws.cell(row=r + 3, column=1, value="Sammanställt av: Karin Ek, controller, 2025-09-08")
    set_widths(ws, {"A": 5, "B": 42, "C": 55, "D": 8, "E": 11, "F": 32, "G": 22})
    ws.print_title_rows = "7:7"
    fix_wb(wb)
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# SN: adopted plan (xlsx) + the same workbook with delår status columns filled
# ---------------------------------------------------------------------------
SN_PLAN = [
    # nr, process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, rapport
    ("1", "Ekonomiskt bistånd", "Felaktiga eller dubbla utbetalningar", 3, 3,
     "Kontroll att utbetalt ekonomiskt bistånd överensstämmer med beslut",
     "Stickprov 25 utbetalningar per halvår", "Halvår", "Enhetschef försörjningsstöd", "Delår, helår"),
    ("2", "Barn och unga", "Barn far illa när orosanmälningar inte bedöms i tid", 2, 4,
     "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
     "Uttag ur Treserva, samtliga anmälningar", "Tertial", "Enhetschef barn och unga", "Delår, helår"),
    ("3", "Placeringar", "Placering hos leverantör utan avtal ger högre kostnad och bristande kvalitet", 3, 3,
     "Placeringar i HVB och familjehem görs hos leverantörer med ramavtal eller efter direktupphandling",
     "Genomgång av samtliga nya placeringar", "Halvår", "Verksamhetschef IFO", "Delår, helår"),
    ("4", "Delegation", "Beslut fattas utan delegation och anmäls inte till nämnden", 2, 3,
     "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
     "Stickprov 20 beslut jämförs mot anmälningslistor", "Halvår", "Nämndsekreterare", "Delår, helår"),
    ("5", "Informationssäkerhet", "Otillåten åtkomst till sekretessbelagda personuppgifter", 2, 4,
     "Loggkontroll i verksamhetssystemet Treserva",
     "Loggkontroll av 30 slumpvis valda användare", "Halvår", "Systemförvaltare", "Delår, helår"),
    ("6", "Kvalitet", "Missförhållanden utreds inte och anmäls inte till IVO", 2, 4,
     "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
     "Genomgång av samtliga rapporter", "Årligen", "Kvalitetsstrateg", "Helår"),
    ("7", "Ekonomi", "Fakturor attesteras av fel person", 2, 2,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor", "Halvår", "Ekonom", "Delår, helår"),
]

SN_FU = {  # nr -> (status delår, kommentar delår, expected status, avvikelse)
    "1": ("Genomförd med avvikelse",
          "Stickprov 50 utbetalningar. 1 dubbelutbetalning identifierad och återkrävd. Kontrollen i "
          "utbetalningsrutinen har skärpts.", "GENOMFORD", "ja"),
    "2": ("Genomförd", "Samtliga 112 förhandsbedömningar jan–aug gjorda inom 14 dagar. Ingen avvikelse.",
          "GENOMFORD", "nej"),
    "3": ("Pågår", "12 av 20 nya placeringar granskade, samtliga hos avtalade leverantörer. Resterande "
          "granskas i september.", "DELVIS", "nej"),
    "4": ("Ej genomförd", "Skjuts till hösten på grund av byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
    "5": ("Genomförd med avvikelse",
          "30 användare kontrollerade. 1 fall av otillåten åtkomst, anmält till dataskyddsombudet och IMY.",
          "GENOMFORD", "ja"),
    "6": ("", "", "SAKNAS", ""),
    "7": ("Genomförd", "20 fakturor kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
}
SN_FILL = {"Genomförd": GREEN, "Genomförd med avvikelse": YELLOW, "Pågår": YELLOW, "Ej genomförd": RED,
           "Ej aktuell": GREY}


def sn_book(followup):
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    if followup:
        ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
        ws["A3"] = "Plan antagen av socialnämnden 2024-12-12, § 148. Uppföljning delår till nämnden 2025-09-18."
    else:
        ws["A2"] = "Internkontrollplan 2025"
        ws["A3"] = "Antagen av socialnämnden 2024-12-12, § 148."
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Riskvärde = sannolikhet × konsekvens (1–4). Riskvärde 8 eller högre ska kontrolleras."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    if followup:
        hdr += ["Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    hr = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD; c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    r = hr + 1
    for p in SN_PLAN:
        vals = [p[0], p[1], p[2], p[3], p[4], None, p[5], p[6], p[7], p[8], p[9]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=6, value=p[3] * p[4]).border = BORDER  # stored as value (no cached formula)
        if followup:
            st, kom, exp, avv = SN_FU[p[0]]
            for i, v in enumerate([st or None, kom or None, None, None], 12):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER; c.alignment = WRAP
            if st:
                ws.cell(row=r, column=12).fill = SN_FILL[st]
            EXPECTED.append((FN_SN_FU, "Socialnämnden", p[5], exp, avv))
        r += 1
    if followup:
        dv = DataValidation(type="list",
                            formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej genomförd,Ej aktuell"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"L{hr+1}:L{r-1}")
        dv.add(f"N{hr+1}:N{r-1}")
    set_widths(ws, {"A": 5, "B": 18, "C": 30, "D": 11, "E": 11, "F": 10, "G": 40, "H": 30, "I": 10,
                    "J": 22, "K": 12, "L": 20, "M": 45, "N": 14, "O": 30})
    ws.freeze_panes = ws.cell(row=hr + 1, column=3)
    fix_wb(wb)
    return wb


FN_SN_PLAN = "SN Internkontrollplan 2025 (faststalld 2024-12-12).xlsx"
FN_SN_FU = "SN Internkontrollplan 2025 - uppfoljning delar.xlsx"


def sn_files():
    sn_book(False).save(os.path.join(OUT, FN_SN_PLAN))
    FILES.append((FN_SN_PLAN, "INLAST", "Socialnämnden", "2025", ""))
    sn_book(True).save(os.path.join(OUT, FN_SN_FU))
    FILES.append((FN_SN_FU, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# VON: ods with Status april / augusti / december, december empty
# ---------------------------------------------------------------------------
def von_file():
    fn_x = "VOF intern kontroll 2025 per augusti.xlsx"
    fn = "VOF intern kontroll 2025 per augusti.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll 2025 – uppföljning per augusti"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Status april", "Status augusti",
           "Status december", "Kommentar"]
    hr = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD; c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    rows = [
        ("Avgifter", "Avgiftsbeslut för hemtjänst och särskilt boende är korrekt beräknade",
         "Stickprov 30 avgiftsbeslut", "Avgiftshandläggare", "D", "GA", None,
         "30 beslut granskade, 3 var felaktigt beräknade på grund av inaktuella inkomstuppgifter. Besluten är rättade.",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Läkemedelshantering – signeringslistor är fullständigt ifyllda",
         "Egenkontroll på samtliga enheter", "MAS", "G", "G", None,
         "Inga brister i granskade signeringslistor.", "GENOMFORD", "nej"),
        ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Uttag ur verksamhetssystemet", "Enhetschefer", "E", "D", None,
         "Hemtjänsten granskad: 14 av 20 planer upprättade i tid. Särskilt boende granskas under hösten.",
         "DELVIS", "ja"),
        ("Dokumentation", "Fallriskbedömning enligt Senior alert görs vid inflyttning på särskilt boende",
         "Genomgång av inflyttningar jan–mars", "Sjuksköterskor", "G", None, None,
         "Årlig kontroll, genomförd i mars. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", "Bemanningsplanering – övertid och mertid följs upp mot budget",
         "Rapport ur lönesystemet per månad", "Verksamhetschef", None, "E", None,
         "Ej genomförd på grund av byte av schemasystem.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller", None, "G", None,
         "Stickprov 25 fakturor, ingen avvikelse.", "GENOMFORD", "nej"),
        ("Ekonomi", "Privata medel för boende hanteras enligt riktlinje (kassabok och kvitton)",
         "Kontroll av kassaböcker", "Enhetschefer", None, "U", None,
         "Hanteringen av boendes privata medel har upphört, se beslut VON 2025-03-20 § 31.", "UTGAR", ""),
        ("Arbetsmiljö", "Tillbud och hot- och våldssituationer rapporteras i KIA",
         "Jämförelse mellan avvikelserapporter och KIA", "Arbetsmiljösamordnare", None, "Se bilaga 3", None,
         None, "OKLAR", ""),
    ]
    fills = {"G": GREEN, "GA": YELLOW, "D": YELLOW, "E": RED, "U": GREY}
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER; c.alignment = WRAP
            if i in (5, 6, 7) and v in fills:
                c.fill = fills[v]
                c.alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, "Vård- och omsorgsnämnden", row[1], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = BOLD
    legend = [("G", "Genomförd utan anmärkning", GREEN), ("GA", "Genomförd med anmärkning", YELLOW),
              ("D", "Delvis genomförd", YELLOW), ("E", "Ej genomförd", RED), ("U", "Utgår", GREY)]
    for code, txt, f in legend:
        r += 1
        ws.cell(row=r, column=1, value=code).fill = f
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Redovisas för vård- och omsorgsnämnden 2025-09-24.")
    set_widths(ws, {"A": 18, "B": 45, "C": 28, "D": 20, "E": 10, "F": 10, "G": 11, "H": 55})
    fix_wb(wb)
    tmpdir = "/tmp/r320_build"
    shutil.rmtree(tmpdir, ignore_errors=True)
    os.makedirs(tmpdir)
    wb.save(os.path.join(tmpdir, fn_x))
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round320",
                    "--convert-to", "ods", "--outdir", tmpdir, os.path.join(tmpdir, fn_x)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, fn), os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# KS: Word, grouped table with merged heading rows, status words
# ---------------------------------------------------------------------------
def ks_file():
    fn = "KS uppfoljning intern kontroll delar 2025.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "LILLSJÖ KOMMUN\tKommunledningsförvaltningen\t2025-09-10"
    doc.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    doc.add_paragraph("Kommunstyrelsen, period januari–augusti 2025")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 4 december 2024. Av planens åtta kontroller "
        "är fem genomförda per augusti, en pågår, en har inte påbörjats och en utgår. Avvikelser har "
        "konstaterats inom förtroendekänsliga poster, behörigheter i ekonomisystemet och diarieföring. "
        "Åtgärder framgår av tabellen nedan.")
    doc.add_heading("Kontroller", level=2)
    hdr = ["Kontrollområde", "Kontrollmoment", "Resultat", "Status", "Åtgärd"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    groups = [
        ("EKONOMI", [
            ("Förtroendekänsliga poster", "Förtroendekänsliga poster – representation och kurser följer riktlinjen",
             "Stickprov 30 verifikationer. 4 saknade deltagarförteckning och syfte med representationen.",
             "Klar – avvikelse", "Påminnelse till samtliga chefer om riktlinjen. Ny kontroll helår.",
             "GENOMFORD", "ja"),
            ("Bokslut", "Avstämning av balanskonton vid delårsbokslut",
             "Samtliga balanskonton avstämda med underlag per 2025-08-31.", "Klar", "–", "GENOMFORD", "nej"),
            ("Leverantörsregister",
             "Kontroll av leverantörsregistret: ändringar av bankuppgifter verifieras via känd kontakt",
             "Rutinen uppdaterad i juni. Stickprovskontroll av gjorda ändringar görs i oktober.",
             "Pågår", "", "DELVIS", ""),
        ]),
        ("PERSONAL", [
            ("Lön", "Lönekontroll – utbetalda löner jämförs mot anställningsavtal\n(stickprov nyanställda)",
             "Planeras till november.", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
            ("Rehabilitering", "Rehabiliteringsärenden dokumenteras enligt rutin i Adato",
             "12 ärenden granskade, samtliga korrekt dokumenterade.", "Klar", "Ingen åtgärd",
             "GENOMFORD", "nej"),
        ]),
        ("IT, INFORMATIONSSÄKERHET OCH ÄRENDEHANTERING", [
            ("Behörigheter", "Uppföljning av behörigheter i ekonomisystemet",
             "Behörighetslistan granskad. 3 konton för personal som slutat var fortfarande aktiva och har avslutats.",
             "Klar", "Avslut av behörighet läggs in i checklistan för avslut av anställning.", "GENOMFORD", "ja"),
            ("Säkerhetskopiering", "Test av återläsning av säkerhetskopior",
             "Kontrollen genomförs av Lillsjö-Åsby IT-förbund enligt avtal och redovisas i förbundets rapport.",
             "Utgår", "", "UTGAR", ""),
            ("Diarieföring", "Efterlevnad av dokumenthanteringsplanen vid diarieföring",
             "Genomförd. 20 ärenden granskade, ett ärende saknade diarienummer och har registrerats i efterhand.",
             "", "Utbildning för registratorer hösten 2025.", "GENOMFORD", "ja"),
        ]),
    ]
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = ""
        m.paragraphs[0].add_run(gname).bold = True
        for it in items:
            cells = t.add_row().cells
            for i, v in enumerate(it[:5]):
                lines = v.split("\n")
                cells[i].text = lines[0]
                for extra in lines[1:]:
                    cells[i].add_paragraph(extra)
            EXPECTED.append((fn, "Kommunstyrelsen", it[1].replace("\n", " "), it[5], it[6]))
    doc.add_paragraph("")
    doc.add_paragraph("Anna Lindqvist\nKommundirektör")
    fix_doc(doc)
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Stratsys CSV export: SBN + TN, cp1252, ';'
# ---------------------------------------------------------------------------
def stratsys_csv():
    fn = "Stratsys_export_internkontroll_20250912.csv"
    hdr = ["Organisation", "Styrdokument", "Process", "Kontrollmoment", "Metod", "Period", "Status",
           "Kommentar", "Avvikelse", "Senast ändrad", "Ändrad av"]
    S = "Samhällsbyggnadsnämnden"
    T = "Tekniska nämnden"
    rows = [
        (S, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ByggR",
         "Genomförd med avvikelse",
         "6 av 142 ärenden överskred tidsfristen.\nAvgiften reducerades enligt PBL 12 kap. 8 a §.", "Ja",
         "2025-09-02", "Eva Holm", "GENOMFORD", "ja"),
        (S, "Bygglov", "Debitering av bygglovsavgifter enligt taxa", "Stickprov 20 ärenden", "Genomförd",
         "Stickprov 20 ärenden, inga avvikelser.", "Nej", "2025-09-02", "Eva Holm", "GENOMFORD", "nej"),
        (S, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Stickprov 15 beslut", "Pågående",
         "Kontroll av perioden jan–jun klar, inga avvikelser. Juli–augusti kvarstår.", "Nej", "2025-09-05",
         "Per Sundin", "DELVIS", "nej"),
        (S, "Planering", "Planbesked lämnas inom fyra månader", "Genomgång av samtliga ansökningar",
         "Ej påbörjad", "Kontrollen görs under hösten.", "", "2025-08-28", "Per Sundin", "EJ_GENOMFORD", ""),
        (S, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Genomförd", "Inga avvikelser.", "Nej", "2025-09-01", "Lena Åberg", "GENOMFORD", "nej"),
        (T, "Inköp", "Avtalstrohet vid köp av entreprenadtjänster", "Spendanalys jan–jun", "Pågående",
         "Analys av inköp jan–jun gjord. 2 leverantörer utan avtal identifierade, utreds vidare.", "Ja",
         "2025-09-10", "Johan Berg", "DELVIS", "ja"),
        (T, "Gata/park", "Kontroll av fakturerade timmar mot ramavtal (vinterväghållning)",
         "Jämförelse mot körjournaler", "Genomförd",
         "Faktureringen för januari–mars kontrollerad mot körjournaler, inga avvikelser.", "Nej",
         "2025-06-12", "Johan Berg", "GENOMFORD", "nej"),
        (T, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Besiktning av samtliga lekplatser",
         "Genomförd med avvikelse",
         "Samtliga 34 lekplatser besiktigade i maj. 5 anmärkningar på utrustning, samtliga åtgärdade i juni.",
         "Ja", "2025-06-30", "Sara Lind", "GENOMFORD", "ja"),
        (T, "Skolskjuts", "Skolskjutsbeslut fattas enligt delegationsordningen", "Stickprov 10 beslut",
         "Avbruten", "Avbruten genom beslut TN 2025-05-14 § 42. Kontrollen förs in i planen 2026 när "
         "skolskjutsen har övertagits från BUN.", "", "2025-05-20", "Johan Berg", "UTGAR", ""),
        (T, "Avfall", "Kassahantering vid återvinningscentralen", "Oanmäld kassainventering", "", "", "",
         "2025-01-15", "Sara Lind", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fn)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            org, proc, km, met, st, kom, avv, dt, who, exp, eavv = row
            w.writerow([org, "Internkontrollplan 2025", proc, km, met, "Delår 2025", st, kom.replace("\n", "\r\n"),
                        avv, dt, who])
            EXPECTED.append((fn, org, km, exp, eavv))
    FILES.append((fn, "INLAST", S, "2025", "DELAR"))
    FILES.append((fn, "INLAST", T, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Rejected: covering letter from KFN (no controls)
# ---------------------------------------------------------------------------
def kfn_letter():
    fn = "Foljebrev delarsrapport KFN 2025.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Lillsjö kommun – Kultur- och fritidsförvaltningen"
    doc.add_paragraph("2025-09-11")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Följebrev – delårsrapport 2025, kultur- och fritidsnämnden", level=2)
    doc.add_paragraph(
        "Härmed översänds kultur- och fritidsnämndens delårsrapport januari–augusti 2025. Nämnden behandlar "
        "rapporten på sitt sammanträde 2025-09-17 och protokollsutdrag skickas därefter.")
    doc.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan 2025 är inte klar. Två av planens kontroller "
        "(bidrag till föreningar och kassahantering i simhallen) genomförs under september och "
        "uppföljningen skickas separat senast 2025-10-03.")
    doc.add_paragraph("Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nMaria Nyström\nEkonom, kultur- och fritidsförvaltningen")
    fix_doc(doc)
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Lillsjö Bostäder AB", "Lillsjöbostäder|LBAB"),
]


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2]
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    bun_plan()
    bun_followup()
    sn_files()
    von_file()
    ks_file()
    stratsys_csv()
    kfn_letter()
    write_csvs()
    print(len(FILES), "files.csv rows;", len(EXPECTED), "expected rows")
