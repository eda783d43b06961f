#!/usr/bin/python3
"""Blind round r326 - Norrköpinge stad, HELÅR 2025 inbox (9 follow-ups + 1 file to reject)."""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round326"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    tmp = "/tmp/lo-round326-out"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(tmp, base + "." + ext)
    return out


def fix_doc_props(doc):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Norrköpinge stad"
    cp.author = "Norrköpinge stad"


def set_cell(ws, ref, value, bold=False, fill=None, border=True):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP
    if bold:
        c.font = BOLD
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Kommunledningsförvaltningen (KS) - xlsx with T1/T2/helår status columns
# ---------------------------------------------------------------------------
def file_klf():
    fil = "KLF_uppfoljning_internkontroll_helar_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Norrköpinge stad"
    ws["A2"] = "Kommunledningsförvaltningen – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporttillfälle: Helår (tertial 3) 2025"
    ws["A4"] = "Status anges med: Genomförd / Pågår / Ej påbörjad / Utgår. Kommentar lämnas för helår."
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status helår", "Kommentar helår"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=i + 1, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("1. Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Redovisningschef", "Tertial",
             "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av representation och förtroendekänsliga poster",
             "Stickprov 15 verifikat", "Controller", "Tertial",
             "Genomförd", "Genomförd", "Genomförd",
             "Två fakturor saknade deltagarförteckning och syfte. Kompletterat efter påpekande.", "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
             "Genomgång av avstämningsmallar", "Redovisningschef", "Månadsvis",
             "Genomförd", "Genomförd", "Pågår",
             "Avstämning per december pågår i samband med bokslutet och blir klar i februari.", "DELVIS", ""),
        ]),
        ("2. HR och lön", [
            ("2.1", "Avslut av anställning",
             "Kontroll av att avslutade anställningar avregistreras i lönesystemet i rätt tid",
             "Stickprov 25 avslut", "HR-chef", "Tertial",
             "Genomförd", "Genomförd", "Genomförd",
             "1 av 25 avslut registrerades för sent. Ingen felaktig utbetalning uppstod.", "GENOMFORD", "ja"),
            ("2.2", "Lönerevision", "Kontroll av löneförändringar mot beslut",
             "Jämförelse lönefil – beslut, 30 st", "Lönechef", "Årlig (T2)",
             "", "Genomförd", "", "", "GENOMFORD", "nej"),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Tertial",
             "Ej påbörjad", "Pågår", "Genomförd",
             "3 av 10 direktupphandlingar saknade dokumentation.\nUtbildning för beställare genomförs Q1 2026.",
             "GENOMFORD", "ja"),
            ("3.2", "Avtalstrohet", "Avtalstrohet – inköp sker från avtalade leverantörer",
             "Spendanalys", "Upphandlingschef", "Helår",
             "", "", "Ej påbörjad",
             "Spendanalysen skjuts till 2026 på grund av byte av analysverktyg.", "EJ_GENOMFORD", ""),
        ]),
        ("4. IT och informationssäkerhet", [
            ("4.1", "Behörigheter", "Behörigheter i ekonomisystemet följs upp mot aktuell roll",
             "Behörighetslista mot HR-system", "Systemförvaltare", "Två ggr/år",
             "", "Genomförd", "Genomförd",
             "Sju behörigheter för personer som bytt tjänst togs bort.", "GENOMFORD", "ja"),
            ("4.2", "Incidenter", "Informationssäkerhetsincidenter rapporteras och åtgärdas",
             "Genomgång av incidentlogg", "Informationssäkerhetssamordnare", "Tertial",
             "Pågår", "Pågår", "Pågår",
             "Rapporteringsrutinen är ännu inte införd på alla avdelningar. Införandet fortsätter 2026.",
             "DELVIS", "ja"),
            ("4.3", "Säkerhetskopiering", "Kontroll av säkerhetskopiering och återläsningstest",
             "Återläsningstest", "IT-chef", "Helår",
             "", "", "Utgår",
             "Ansvaret har flyttats till IT-förbundet enligt KS beslut 2025-05-14 § 97.", "UTGAR", ""),
        ]),
        ("5. Dokument- och ärendehantering", [
            ("5.1", "Diarieföring", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
             "Stickprov 30 handlingar", "Registrator", "Tertial",
             "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("5.2", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslista – protokoll", "Kanslichef", "Tertial",
             "Genomförd", "Genomförd", "Genomförd", "Samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            vals = row[:10]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, namnd, row[2], row[10], row[11])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 8 av 12 kontroller genomförda vid årets slut.").font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Holm, controller, 2026-01-20")
    for col, w in zip("ABCDEFGHIJ", [6, 20, 48, 28, 20, 12, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.properties.creator = "Karin Holm"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialförvaltningen (SN) - docx with one table per process, Bedömning words
# ---------------------------------------------------------------------------
def file_sof():
    fil = "SOF IK-uppföljning helår 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    fix_doc_props(doc)
    doc.add_heading("Socialförvaltningen", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    doc.add_paragraph("Diarienummer: SOF 2024/1187")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Denna rapport redovisar resultatet "
        "av de kontroller som genomförts under hela året. Kontrollerna är grupperade per process. "
        "Bedömningen anges som Genomförd, Genomförd med avvikelse, Delvis genomförd eller Ej genomförd.")
    processes = [
        ("Process: Myndighetsutövning barn och unga", [
            ("Förhandsbedömningar inleds inom 14 dagar från att anmälan inkommit",
             "Stickprov 30 ärenden ur Treserva", "Helår",
             "27 av 30 inom tidsgränsen. Tre ärenden försenade på grund av hög arbetsbelastning i mottagningsgruppen.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Utredningar avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet", "Tertial",
             "92 % av utredningarna avslutades inom fyra månader. Förlängningsbeslut fanns i samtliga övriga.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Uppföljning av placerade barn sker enligt vårdplan",
             "Stickprov 15 ärenden", "Helår",
             "Granskning gjord för 8 av 15 ärenden. Resterande ärenden granskas i januari 2026.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
        ("Process: Ekonomiskt bistånd", [
            ("Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
             "Stickprov 40 utbetalningar", "Månadsvis",
             "Inga felaktiga utbetalningar har upptäckts.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och a-kassa (SSBTEK) görs vid nybesök",
             "Stickprov 20 nybesök", "Helår",
             "Kontroll saknades i 2 av 20 ärenden. Påminnelse om rutinen har gått ut till handläggarna.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Återkrav registreras och bevakas",
             "Genomgång av återkravsregistret", "Helår",
             "Kontrollen har inte genomförts under året på grund av vakans på controllertjänsten.",
             "", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor", "Tertial", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Köp av externa placeringar sker från avtalade leverantörer",
             "Genomgång av samtliga placeringar", "Helår",
             "4 av 61 placeringar gjordes hos icke avtalad leverantör på grund av platsbrist. "
             "Direktupphandling dokumenterad i samtliga fall.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Hantering av klientmedel och kontanta medel",
             "Inventering", "Två gånger per år",
             "Inventering genomförd i juni. Inventeringen i december har inte utförts.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
        ("Process: Personal och arbetsmiljö", [
            ("Registerkontroll vid nyanställning inom barn- och ungdomsvården",
             "Stickprov 10 nyanställda", "Helår", "Se bilaga 3.", "", "OKLAR", ""),
            ("Sjukfrånvaro följs upp och rehabiliteringsärenden startas enligt rutin",
             "Uttag ur HR-systemet", "Tertial", "",
             "Ej aktuell – kontrollen har ersatts av HR-avdelningens centrala uppföljning",
             "UTGAR", ""),
        ]),
    ]
    for pname, rows in processes:
        doc.add_heading(pname, level=3)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod", "Frekvens/omfattning", "Resultat helår", "Bedömning"]):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = row[i]
            exp(fil, namnd, row[0], row[5], row[6])
        doc.add_paragraph("")
    doc.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak som tillräcklig. "
                      "Åtgärder för de avvikelser som noterats redovisas i förvaltningens handlingsplan.")
    doc.add_paragraph("Norrköpinge 2026-01-28")
    doc.add_paragraph("Maria Lindqvist\nFörvaltningschef, Socialförvaltningen")
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. VOF (VON) - xlsx with bedömning scale 1-4, delår + helår, legend at bottom
# ---------------------------------------------------------------------------
def file_vof():
    fil = "VOF_IK2025_helar.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "VOF – Internkontroll 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Bedömning enligt skala 1–4, se förklaring under tabellen."
    hdr = ["Id", "Område", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig",
           "Bedömning delår", "Bedömning helår", "Analys/åtgärd"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("V1", "Social dokumentation", "Insatser utförs utan aktuell planering", 12,
         "Genomförandeplaner upprättas inom 14 dagar efter att insatsen påbörjats", "Enhetschefer",
         2, 2, "Cirka 80 % upprättade i tid. Fortsatt uppföljning på APT.", "GENOMFORD", "ja"),
        ("V2", "Social dokumentation", "Brukarens behov förändras utan att planen ändras", 9,
         "Genomförandeplaner följs upp minst var sjätte månad", "Enhetschefer",
         3, 3, "Endast 55 % uppföljda inom sex månader. Handlingsplan tas fram tillsammans med enhetscheferna.",
         "GENOMFORD", "ja"),
        ("V3", "Hälso- och sjukvård", "Felaktig läkemedelshantering", 16,
         "Signeringslistor för läkemedel kontrolleras månadsvis", "MAS",
         1, 1, None, "GENOMFORD", "nej"),
        ("V4", "Hälso- och sjukvård", "Avvikelser analyseras inte", 12,
         "Avvikelser enligt HSL rapporteras och analyseras i Lifecare", "MAS",
         2, 1, "Förbättrad analys under hösten, samtliga avvikelser har utretts.", "GENOMFORD", "nej"),
        ("V5", "Kvalitet", "Missförhållanden utreds inte i tid", 8,
         "Lex Sarah-rapporter utreds inom fastställd tid", "Kvalitetsstrateg",
         1, None, "Kontrollen görs endast vid delår enligt planen.", "GENOMFORD", "nej"),
        ("V6", "Bemanning", "Arbetstidsregler följs inte", 9,
         "Schemaläggning följer kollektivavtal och arbetstidslag", "HR-specialist",
         1, 2, "Brister i dygnsvila på två enheter inom särskilt boende.", "GENOMFORD", "ja"),
        ("V7", "Bemanning", "Felaktig lön till timanställda", 12,
         "Timanställdas tidrapportering attesteras av enhetschef", "Enhetschefer",
         None, 4, "Ej genomförd på grund av byte av schemasystem (Time Care).", "EJ_GENOMFORD", ""),
        ("V8", "Ekonomi", "Felaktig debitering", 12,
         "Debitering av avgifter för hemtjänst stäms av mot utförd tid", "Avgiftshandläggare",
         1, 2, "Felaktig debitering hos 6 brukare, rättat och återbetalt.", "GENOMFORD", "ja"),
        ("V9", "Ekonomi", "Förskingring av brukarmedel", 16,
         "Hantering av brukares privata medel följer rutin", "Enhetschefer",
         1, 1, "Inga avvikelser vid stickprov på 10 enheter.", "GENOMFORD", "nej"),
        ("V10", "Säkerhet", "Nycklar tappas eller används obehörigt", 12,
         "Nyckelhantering i hemtjänsten – kvittens och inventering", "Enhetschefer hemtjänst",
         None, "–", "Utgår, ersatt av digitala lås under 2025.", "UTGAR", ""),
        ("V11", "Inköp", "Inköp utanför avtal", 6,
         "Inköp av förbrukningsmaterial sker via e-handelssystemet", "Controller",
         2, 2, None, "GENOMFORD", "ja"),
        ("V12", "Informationssäkerhet", "Obehörig läsning av journaler", 12,
         "Loggkontroll i verksamhetssystemet", "Systemförvaltare",
         1, 3, "Obehörig åtkomst upptäckt i ett ärende, anmält till IMY och hanterat arbetsrättsligt.",
         "GENOMFORD", "ja"),
        ("V13", "Informationssäkerhet", "Behörigheter ligger kvar efter avslut", 9,
         "Behörigheter i Lifecare tas bort vid avslutad anställning", "Systemförvaltare",
         None, None, None, "SAKNAS", ""),
        ("V14", "Kontinuitet", "Många olika personal hos brukaren", 6,
         "Antal personal per brukare i hemtjänsten mäts", "Verksamhetsutvecklare",
         1, 1, "Snitt 14 personal per 14 dagar, i nivå med målet.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9]):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (3, 6, 7):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[4], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring bedömning:").font = BOLD
    legend = ["1 = Genomförd utan anmärkning",
              "2 = Genomförd med mindre brister",
              "3 = Genomförd med allvarliga brister",
              "4 = Ej genomförd",
              "– = Utgår"]
    for l in legend:
        r += 1
        ws.cell(row=r, column=1, value=l)
    r += 2
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")
    for col, w in zip("ABCDEFGHI", [6, 20, 32, 10, 50, 20, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export CSV - two förvaltningar (SBN, MHN), T2 and Helår rows
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_IK_export_2025-12-31.csv"
    sbn, mhn = "Samhällsbyggnadsnämnden", "Miljö- och hälsoskyddsnämnden"
    hdr = ["Organisation", "Verksamhetsår", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
           "Period", "Status", "Kommentar", "Senast ändrad"]
    # (org, namnd, process, risk, km, ansvarig, (t2 status, t2 comment), (helår status, comment), exp status, avv)
    data = [
        ("Samhällsbyggnadsförvaltningen", sbn, "Bygglov", "Handläggningstid överskrids",
         "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         ("Genomförd", ""), ("Genomförd med avvikelse",
                             "6 av 212 ärenden överskred tiden, reducerad avgift har tillämpats."),
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Bygglov", "Felaktig avgift",
         "Avgifter för bygglov debiteras enligt taxa", "Bygglovschef",
         ("Genomförd", ""), ("Genomförd", "Stickprov 20 ärenden utan anmärkning."), "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Delegation", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till nämnd", "Nämndsekreterare",
         ("Genomförd", ""), ("Genomförd", ""), "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Bygglov", "Byggnation påbörjas utan kontroll",
         "Kontroll av att startbesked inte ges innan kontrollansvarig utsetts", "Byggnadsinspektör",
         ("Pågående", ""), ("Pågående", "Granskning av 15 ärenden, 9 är klara."), "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", sbn, "Lantmäteri", "Fel debitering av förrättningar",
         "Lantmäteriförrättningar – debitering mot nedlagd tid", "Lantmäterichef",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Flyttas till internkontrollplan 2026."), "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", sbn, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
         ("Genomförd", ""), ("Genomförd", "Inga avvikelser."), "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Tillsyn", "Olovligt byggande åtgärdas inte",
         "Tillsyn av olovliga byggnationer prioriteras enligt tillsynsplan", "Byggnadsinspektör",
         ("", ""), ("", ""), "SAKNAS", ""),
        ("Samhällsbyggnadsförvaltningen", sbn, "Arkiv", "Handlingar gallras eller förkommer",
         "Arkivering av avslutade bygglovsärenden", "Arkivarie",
         ("Ej aktuell", ""), ("Ej aktuell", "Ingår i e-arkivprojektet, ej aktuellt 2025."), "UTGAR", ""),
        ("Samhällsbyggnadsförvaltningen", sbn, "Informationssäkerhet", "Otillåten personuppgiftsbehandling",
         "Registrering av personuppgiftsbehandlingar i registerförteckningen", "Dataskyddsombud",
         ("Pågående", "Inventering pågår."), ("Genomförd", ""), "GENOMFORD", "nej"),
        ("Miljöförvaltningen", mhn, "Tillsyn", "Felaktig avgift",
         "Tillsynsavgifter debiteras enligt taxa", "Enhetschef miljö",
         ("Genomförd", ""), ("Genomförd", "Ingen avvikelse."), "GENOMFORD", "nej"),
        ("Miljöförvaltningen", mhn, "Livsmedelskontroll", "Kontrollskulden växer",
         "Inspektioner enligt kontrollplan för livsmedel genomförs", "Enhetschef livsmedel",
         ("Pågående", ""), ("Genomförd med avvikelse", "88 % av planerade kontroller utförda."),
         "GENOMFORD", "ja"),
        ("Miljöförvaltningen", mhn, "Myndighetsutövning", "Jäv",
         "Jäv och bisyssla – inspektörer lämnar jävsdeklaration", "Miljöchef",
         ("Genomförd", ""), ("Genomförd", ""), "GENOMFORD", "nej"),
        ("Miljöförvaltningen", mhn, "Hälsoskydd", "Lång handläggningstid",
         "Handläggningstid för klagomål på inomhusmiljö", "Enhetschef hälsoskydd",
         ("Pågående", ""), ("Pågående", "Ny rutin är under framtagande."), "DELVIS", ""),
        ("Miljöförvaltningen", mhn, "Myndighetsutövning", "Sanktionsavgifter tas inte ut",
         "Sanktionsavgifter beslutas och debiteras korrekt", "Miljöchef",
         ("Ej påbörjad", ""), ("Ej genomförd", "Resursbrist under hösten."), "EJ_GENOMFORD", ""),
        ("Miljöförvaltningen", mhn, "Myndighetsutövning", "Beslut vinner inte laga kraft",
         "Kontroll av att beslut om avgift delges", "Administratör",
         ("Genomförd", ""), ("Genomförd", ""), "GENOMFORD", "nej"),
        ("Miljöförvaltningen", mhn, "Ekonomi", "Otillåten representation",
         "Representation och förtroendekänsliga poster", "Controller",
         ("", ""), ("Genomförd", "1 avvikelse – deltagarlista saknades."), "GENOMFORD", "ja"),
        ("Miljöförvaltningen", mhn, "Ekonomi", "Intäkter uteblir",
         "Fakturering av timavgifter sker månadsvis", "Administratör",
         ("Genomförd", ""), ("Ej aktuell", "Ersatt av årsavgift från 2025-07-01 enligt ny taxa."),
         "UTGAR", ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for d in data:
            org, namnd, proc, risk, km, ans, t2, hel, st, avv = d
            w.writerow([org, "2025", proc, risk, km, ans, "Tertial 2", t2[0], t2[1], "2025-09-12"])
            w.writerow([org, "2025", proc, risk, km, ans, "Helår", hel[0], hel[1],
                        "2026-01-15" if hel[0] else "2025-09-12"])
            exp(fil, namnd, km, st, avv)
    FILES.append((fil, "INLAST", sbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Utbildningsförvaltningen (BUN) - docx, one form-table per control, checkboxes
# ---------------------------------------------------------------------------
def file_bun():
    fil = "Utbildningsförvaltningen uppföljning intern kontroll helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_doc_props(doc)
    doc.add_heading("Utbildningsförvaltningen", level=1)
    doc.add_heading("Uppföljning av internkontrollplan – helår 2025", level=2)
    doc.add_paragraph("Rapporten avser perioden 2025-01-01 – 2025-12-31. För varje kontroll markeras status "
                      "och om avvikelse har konstaterats (☒ = markerad).")
    B = "☒"
    E = "☐"

    def st(g, d, e, extra=""):
        return (f"{B if g else E} Genomförd   {B if d else E} Delvis genomförd   "
                f"{B if e else E} Ej genomförd" + extra)

    def av(ja, nej):
        return f"{B if ja else E} Ja   {B if nej else E} Nej"

    ctrls = [
        ("Skolpliktsbevakning", "Grundskola",
         "Kontroll att samtliga folkbokförda barn i skolpliktig ålder har en skolplacering",
         "Avstämning folkbokföring mot elevregister", "Antagningsenheten",
         "Samtliga barn har en placering. Tre barn utreddes och återfanns i annan kommun.",
         st(1, 0, 0), av(0, 1), "GENOMFORD", "nej"),
        ("Frånvaro", "Grundskola",
         "Upprepad eller längre frånvaro anmäls till rektor och utreds",
         "Stickprov 47 elever med hög frånvaro", "Rektorer",
         "Utredning påbörjad i 41 av 47 fall.", st(0, 1, 0), av(1, 0), "DELVIS", "ja"),
        ("Kränkande behandling", "Förskola och grundskola",
         "Kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Uttag ur anmälningssystemet", "Kvalitetsstrateg",
         "Stickprovet visar att 72 % anmäldes inom tidsgränsen.", st(1, 0, 0), av(1, 0), "GENOMFORD", "ja"),
        ("Skolskjuts", "Grundskola",
         "Beslut om skolskjuts följer kommunens riktlinjer",
         "Stickprov 20 beslut", "Skolskjutssamordnare",
         "", st(1, 0, 0), av(0, 0), "GENOMFORD", "nej"),
        ("Interkommunal ersättning", "Ekonomi",
         "Interkommunal ersättning faktureras för elever från andra kommuner",
         "Avstämning elevregister mot fakturering", "Controller",
         "Faktureringen för höstterminen var inte genomförd vid rapporttillfället.",
         st(0, 0, 1), av(0, 0), "EJ_GENOMFORD", ""),
        ("Attest", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller",
         "Inga avvikelser.", st(1, 0, 0), av(0, 1), "GENOMFORD", "nej"),
        ("Rekrytering", "Personal",
         "Kontroll av att utdrag ur belastningsregistret uppvisas vid anställning",
         "Stickprov 30 anställningar", "HR-partner",
         "Registerutdrag saknades för två timvikarier.", st(1, 1, 0), av(1, 0), "OKLAR", "ja"),
        ("Elevhälsa", "Elevhälsa",
         "Journalföring i PMO följer rutin",
         "Stickprov 15 journaler", "Verksamhetschef elevhälsa",
         "Kontrollen genomfördes i november, inga brister noterades.", st(0, 0, 0), av(0, 1),
         "GENOMFORD", "nej"),
        ("Måltider", "Kost",
         "Specialkost hanteras enligt rutin",
         "Stickprov på fem skolor", "Kostchef",
         "", st(0, 0, 0), av(0, 0), "SAKNAS", ""),
        ("Lokaler", "Fastighet",
         "Systematiskt brandskyddsarbete dokumenteras på varje enhet",
         "Genomgång av SBA-pärmar", "Lokalstrateg",
         "Ansvaret har överförts till det kommunala fastighetsbolaget.",
         st(0, 0, 0, "   — Utgår enligt beslut BUN 2025-06-10 § 78"), av(0, 0), "UTGAR", ""),
    ]
    for i, c in enumerate(ctrls, 1):
        doc.add_heading(f"Kontroll {i} – {c[0]}", level=3)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Process", c[1]), ("Kontrollmoment", c[2]), ("Kontrollmetod", c[3]),
                         ("Ansvarig", c[4]), ("Resultat/iakttagelser", c[5]), ("Status", c[6]),
                         ("Avvikelse konstaterad", c[7])]:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = val
        doc.add_paragraph("")
        exp(fil, namnd, c[2], c[8], c[9])
    doc.add_paragraph("Utbildningsförvaltningen 2026-01-22\nAnders Nyberg, utbildningsdirektör")
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsförvaltningen (KFN) - ods with traffic-light fills
# ---------------------------------------------------------------------------
def file_kff():
    fil = "Kultur och fritid IKP 2025 uppföljning helår.ods"
    namnd = "Kultur- och fritidsnämnden"
    GREEN, YELLOW, RED, GREY = "70AD47", "FFD966", "FF5050", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["D1"] = "Färgförklaring:"
    ws["D1"].font = BOLD
    for ref, col, txt in [("D2", GREEN, "Genomförd"), ("D3", YELLOW, "Delvis genomförd / pågår"),
                          ("D4", RED, "Ej genomförd"), ("D5", GREY, "Utgår")]:
        ws[ref].fill = PatternFill("solid", fgColor=col)
        ws[ref].border = BOX
        ws.cell(row=ws[ref].row, column=5, value=txt)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Status", "Kommentar", "Ansvarig"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Kontanthantering", "Kassaredovisning i simhallen och på biblioteken stäms av mot dagsrapport",
         "Stickprov 12 dagar", GREEN, "Inga differenser.", "Enhetschef Bad", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt riktlinjer",
         "Stickprov 15 föreningar", GREEN,
         "Två föreningar saknade årsmötesprotokoll, utbetalningen stoppades tills komplettering inkom.",
         "Föreningskonsulent", "GENOMFORD", "ja"),
        ("Intäkter", "Uthyrning av lokaler faktureras enligt taxa",
         "Avstämning bokningssystem – fakturering", YELLOW,
         "Avstämningen pågår och blir klar under första kvartalet 2026.", "Bokningsansvarig", "DELVIS", ""),
        ("Tillgångar", "Inventering av konst i stadens samlingar",
         "Fysisk inventering", RED, "Ej genomförd, skjuts till 2026.", "Konstintendent", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", GREEN, None, "Controller", "GENOMFORD", "nej"),
        ("Tillstånd", "Redovisning av lotteritillstånd kontrolleras",
         "Genomgång av redovisningar", GREY,
         "Utgår – hanteras av kommunstyrelsen från 2025.", "Handläggare", "UTGAR", ""),
        ("Barn och unga", "Registerkontroll för ledare i sommarverksamhet",
         "Kontroll av samtliga ledare", GREEN, "Samtliga 54 ledare kontrollerade.",
         "Fritidschef", "GENOMFORD", "nej"),
        ("Säkerhet", "Nyckel- och passerkortshantering på fritidsgårdarna",
         "Inventering", YELLOW, "3 av 6 fritidsgårdar inventerade.", "Fritidschef", "DELVIS", ""),
        ("Inköp", "Direktupphandlingar dokumenteras enligt riktlinje",
         "Stickprov 10", None, None, "Controller", "SAKNAS", ""),
        ("Evenemang", "Evenemangsavtal undertecknas av behörig person",
         "Genomgång av avtal 2025", RED, "Kontrollen har inte hunnits med.", "Evenemangschef",
         "EJ_GENOMFORD", ""),
    ]
    r = 8
    for row in rows:
        vals = [row[0], row[1], row[2], None, row[4], row[5]]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.alignment = WRAP
            c.border = BOX
        if row[3]:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=row[3])
        exp(fil, namnd, row[1], row[6], row[7])
        r += 1
    for col, w in zip("ABCDEF", [18, 50, 28, 10, 55, 20]):
        ws.column_dimensions[col].width = w
    tmpx = "/tmp/lo-round326-src/" + os.path.splitext(fil)[0] + ".xlsx"
    os.makedirs(os.path.dirname(tmpx), exist_ok=True)
    wb.save(tmpx)
    out = soffice_convert(tmpx, "ods", HERE)
    shutil.move(out, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska förvaltningen (TN) - xlsx with tick columns; nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_tf():
    fil = "TF Uppföljning internkontroll helår 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws.oddHeader.center.text = "Tekniska förvaltningen – Internkontroll"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med X i rätt statuskolumn. Avvikelse anges Ja/Nej."
    hdr = ["Nr", "Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse (Ja/Nej)", "Kommentar", "Ansvarig"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        (1, "Gata/park", "Skadeståndsärenden handläggs enligt rutin", "x", "", "", "Nej", "",
         "Gatuchef", "GENOMFORD", "nej"),
        (2, "Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler", "x", "", "",
         "Ja", "Dubbeldebitering för december 2024 upptäcktes, kreditering erhållen.", "Driftingenjör",
         "GENOMFORD", "ja"),
        (3, "Fordon", "Körjournaler förs för kommunens fordon", "", "x", "", "Ja",
         "Körjournaler saknades för 4 av 30 fordon.", "Fordonssamordnare", "DELVIS", "ja"),
        (4, "Fordon", "Transaktioner med drivmedelskort kontrolleras", "x", "", "", "Nej", "",
         "Fordonssamordnare", "GENOMFORD", "nej"),
        (5, "VA", "Debitering av VA-avgifter stäms av mot mätarställning", "x", "", "", "Nej",
         "Stickprov 50 abonnenter.", "VA-ekonom", "GENOMFORD", "nej"),
        (6, "Avtal", "Avtalsuppföljning av drift- och underhållsentreprenader", "", "", "x", "",
         "Ej genomförd – resursbrist under hösten.", "Upphandlingssamordnare", "EJ_GENOMFORD", ""),
        (7, "Investering", "Projektredovisning stäms av mot beslutad budget", "x", "", "", "Ja",
         "Två projekt har överskridit budget utan tilläggsbeslut.", "Projektcontroller", "GENOMFORD", "ja"),
        (8, "Avfall", "Renhållningstaxan debiteras korrekt", "", "x", "", "Nej",
         "Stickprovet är påbörjat och blir klart i februari 2026.", "Avfallschef", "DELVIS", "nej"),
        (9, "Avtal", "Kontroll av ÄTA-arbeten mot avtal", "", "", "", "",
         "Utgår – ingår i kommunövergripande kontroll (KS).", "Projektchef", "UTGAR", ""),
        (10, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "x", "", "", "Nej", "",
         "Controller", "GENOMFORD", "nej"),
        (11, "Ekonomi", "Behörigheter i ekonomisystem och e-handelssystem följs upp", "X", "", "", "Nej",
         "Inaktuella behörigheter saknades.", "Controller", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9]):
            c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if 3 <= i <= 6:
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    ws.cell(row=r, column=3, value="Summa").font = BOLD
    ws.cell(row=r, column=4, value="=COUNTA(D5:D15)")
    ws.cell(row=r, column=5, value="=COUNTA(E5:E15)")
    ws.cell(row=r, column=6, value="=COUNTA(F5:F15)")
    for col, w in zip("ABCDEFGHI", [5, 14, 52, 11, 9, 12, 11, 50, 22]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. AVF (AVN) - old .xls (xlwt), title rows Nämnd/enhet/År, status "Granskning ..."
# ---------------------------------------------------------------------------
def file_avf():
    fil = "AVF_internkontroll_2025_helarsuppfoljning.xls"
    namnd = "Arbetsmarknads- och vuxenutbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    hs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                     "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Uppföljning av internkontrollplan", xlwt.easyxf("font: bold on, height 280"))
    ws.write(2, 0, "Nämnd/enhet:", bold)
    ws.write(2, 1, "AVF")
    ws.write(3, 0, "År:", bold)
    ws.write(3, 1, "2025")
    ws.write(4, 0, "Uppföljning:", bold)
    ws.write(4, 1, "Helår")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
           "Status", "Återredovisas"]
    for i, h in enumerate(hdr):
        ws.write(6, i, h, hs)
    rows = [
        ("A1", "Anställningsstöd", "Kontroll att utbetalt anställningsstöd överensstämmer med beslut",
         "Ingen avvikelse", "–", "Granskning genomförd", "Helår", "GENOMFORD", "nej"),
        ("A2", "Feriearbete", "Registrering av ungdomars arbetstid och lön i feriearbete",
         "Felaktig timlön för 3 ungdomar", "Rättelse via lön, kontroll av lönetabell inför 2026",
         "Granskning genomförd", "Helår", "GENOMFORD", "ja"),
        ("A3", "Vuxenutbildning", "Betyg registreras och signeras inom fastställd tid",
         "", "", "Granskning pågår", "Delår 2026", "DELVIS", ""),
        ("A4", "Upphandlad vuxenutbildning", "Uppföljning av avtal med externa utbildningsanordnare",
         "Se bilaga 2", "", "", "Helår", "OKLAR", ""),
        ("A5", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Ingen avvikelse", "–", "Granskning genomförd", "Helår", "GENOMFORD", "nej"),
        ("A6", "Ekonomi", "Rekvisition och återrapportering av statsbidrag",
         "Återrapporteringen av statsbidrag för regionalt yrkesvux lämnades in för sent",
         "Rutinen ses över och kalender för återrapportering upprättas", "Granskning genomförd", "Helår",
         "GENOMFORD", "ja"),
        ("A7", "SFI", "Närvarorapportering i Alvis stäms av mot schema",
         "", "", "Granskning ej genomförd", "Delår 2026", "EJ_GENOMFORD", ""),
        ("A8", "Informationssäkerhet", "Utlämnande av personuppgifter dokumenteras",
         "Två utlämnanden saknade dokumenterad sekretessprövning", "Utbildning för handläggare",
         "Granskning genomförd", "Helår", "GENOMFORD", "ja"),
        ("A9", "Personal", "Bisysslor redovisas årligen av samtliga medarbetare",
         "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:7]):
            ws.write(r, i, v, cs)
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.write(r + 1, 0, "Sammanställt av: Lena Ek, verksamhetscontroller AVF, 2026-01-19")
    for i, w in enumerate([6, 24, 48, 40, 40, 22, 14]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Överförmyndarförvaltningen (ÖFN) - .doc, free text per control
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarförvaltningen uppföljning intern kontroll 2025.doc"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    fix_doc_props(doc)
    doc.add_heading("Överförmyndarförvaltningen", level=1)
    doc.add_heading("Uppföljning av intern kontroll 2025 (helår)", level=2)
    doc.add_paragraph(
        "Nedan redovisas utfallet av årets kontroller enligt den internkontrollplan som nämnden fastställde "
        "i december 2024 och reviderade 2025-03-20. Varje kontroll redovisas med kontrollmoment, resultat "
        "och status.")
    ctrls = [
        ("Granskning av årsräkningar",
         "Samtliga inlämnade årsräkningar granskas senast den 30 september",
         "Status: Genomförd.",
         "96 % av årsräkningarna granskades i tid. 14 årsräkningar granskades senare på grund av sen "
         "inlämning och komplettering.", "GENOMFORD", "ja"),
        ("Arvoden",
         "Arvoden till ställföreträdare beräknas enligt SKR:s riktlinjer",
         "Status: Genomförd.", "Stickprov på 25 arvodesbeslut. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Förteckningar",
         "Förteckningar lämnas in inom två månader efter förordnande",
         "Status: Delvis genomförd.",
         "Påminnelser har skickats. Åtta ärenden saknar fortfarande förteckning vid årets slut.",
         "DELVIS", "ja"),
        ("Lämplighetsprövning",
         "Kontroll av ställföreträdares lämplighet (belastningsregister och Kronofogden) vid nya förordnanden",
         "Status: Genomförd.", "Kontroll gjord för samtliga 38 nya ställföreträdare. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Spärrade konton",
         "Uttag från spärrade konton sker endast med överförmyndarens samtycke",
         "Status: Genomförd.",
         "Ett uttag utan samtycke upptäcktes vid granskningen. Beloppet har återbetalats och ärendet har "
         "följts upp med ställföreträdaren.", "GENOMFORD", "ja"),
        ("Arkivering",
         "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Status: Ej genomförd.",
         "Kontrollen flyttas till 2026 i samband med införandet av e-arkiv.", "EJ_GENOMFORD", ""),
        ("Utbildning",
         "Nya ställföreträdare erbjuds grundutbildning inom tre månader",
         "Status: Utgår.",
         "Kontrollmomentet ströks vid revideringen av planen (ÖFN 2025-03-20 § 14).", "UTGAR", ""),
        ("Attest",
         "Attest av leverantörsfakturor enligt attestordningen",
         None,
         "Kontrollen genomfördes i oktober. Stickprov på 15 fakturor utan anmärkning.", "GENOMFORD", "nej"),
    ]
    for i, c in enumerate(ctrls, 1):
        doc.add_heading(f"{i}. {c[0]}", level=3)
        p = doc.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(c[1])
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(c[3])
        if c[2]:
            doc.add_paragraph(c[2])
        exp(fil, namnd, c[1], c[4], c[5])
    doc.add_paragraph("")
    doc.add_paragraph("Överförmyndarförvaltningen, 2026-01-26\nSara Björk, chef överförmyndarförvaltningen")
    tmpd = "/tmp/lo-round326-src/" + os.path.splitext(fil)[0] + ".docx"
    os.makedirs(os.path.dirname(tmpd), exist_ok=True)
    doc.save(tmpd)
    out = soffice_convert(tmpd, "doc:MS Word 97", HERE)
    shutil.move(out, fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 10. Rejected: covering letter (missiv) from Socialförvaltningen - no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv IK helår 2025 SOF.docx"
    doc = Document()
    fix_doc_props(doc)
    doc.add_paragraph("Norrköpinge stad\nSocialförvaltningen\n2026-01-28\nDnr SOF 2024/1187")
    doc.add_paragraph("Till: Ekonomikontoret, Kommunledningsförvaltningen")
    doc.add_heading("Missiv – Uppföljning av intern kontroll, helår 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds Socialförvaltningens uppföljning av internkontrollplanen för 2025 (helår). "
        "Uppföljningen behandlas av socialnämnden den 18 februari 2026.")
    doc.add_paragraph(
        "Förvaltningen vill särskilt uppmärksamma att två kontroller inte har kunnat slutföras på grund av "
        "vakanser, och att resultatet av registerkontrollen redovisas i en separat bilaga som av sekretesskäl "
        "inte bifogas.")
    doc.add_paragraph("Bilaga: SOF IK-uppföljning helår 2025.docx")
    doc.add_paragraph("Med vänlig hälsning\nPer Ahlström\nKvalitetscontroller, Socialförvaltningen")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Barn- och utbildningsnämnden", "BUN|Utbildningsförvaltningen|UF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|MF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Arbetsmarknads- och vuxenutbildningsnämnden",
     "AVN|Arbetsmarknads- och vuxenutbildningsförvaltningen|AVF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen"),
    ("Valnämnden", "VN"),
]


def main():
    file_klf()
    file_sof()
    file_vof()
    file_stratsys()
    file_bun()
    file_kff()
    file_tf()
    file_avf()
    file_ofn()
    file_missiv()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
