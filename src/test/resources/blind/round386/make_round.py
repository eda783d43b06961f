#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 386 - Granlunda kommun, delår 2025.
Builds 8 follow-up files + 1 file to reject, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round386"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r386_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - ordinary xlsx, merged process cells, status words
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_Uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # process, risk, km, ansvarig, status, kommentar, exp_status, exp_avv
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "Genomförd med avvikelse", "Stickprov 40 fakturor. 2 fakturor attesterade av person utan attesträtt för ansvaret.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Brister i upphandlingslagstiftningens efterlevnad",
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef",
         "Genomförd", "Samtliga 14 direktupphandlingar dokumenterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Obehörig åtkomst",
         "Behörighetsgenomgång i ekonomisystemet Raindance", "Systemförvaltare ekonomi",
         "Pågår", "Listor utskickade till behörighetsansvariga, svar inväntas.", "DELVIS", ""),
        ("Ekonomi", "Förtroendeskada",
         "Representation och förtroendekänsliga poster – stickprov 20 verifikationer", "Controller",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Kontroll av ändrade bankuppgifter i leverantörsregistret", "Redovisningschef",
         "Genomförd", "Samtliga 9 ändringar verifierade genom återkontakt med leverantör.", "GENOMFORD", "nej"),
        ("Styrning och ledning", "Beslut fattas utan delegation",
         "Uppföljning av delegationsbeslut som anmäls till kommunstyrelsen", "Kanslichef",
         "Genomförd", "", "GENOMFORD", ""),
        ("Styrning och ledning", "Handlingar registreras inte",
         "Diarieföring av inkommande handlingar inom fastställd tid", "Registrator",
         "", "Kontrollen genomförd i juni. Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("Styrning och ledning", "Jäv och otillåtna bisysslor",
         "Kontroll av bisysslor hos chefer", "HR-chef",
         "Pågår", "Hälften av cheferna har lämnat redovisning, påminnelse skickad.", "DELVIS", ""),
        ("Styrning och ledning", "Medborgare får inte svar",
         "Säkerställa att synpunkter och klagomål besvaras inom 10 arbetsdagar", "Kommunikationschef",
         "", "", "SAKNAS", ""),
        ("Informationssäkerhet", "Dataintrång",
         "Efterlevnad av informationssäkerhetspolicyn – loggkontroll i ärendehanteringssystemet", "Informationssäkerhetssamordnare",
         "Ej påbörjad", "Flyttas till hösten p.g.a. byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Sanktionsavgift enligt GDPR",
         "Hantering av personuppgiftsincidenter enligt rutin", "Dataskyddsombud",
         "Genomförd med avvikelse", "En incident anmäldes till IMY efter 96 timmar (krav 72 timmar).", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Bristande avtalstrohet",
         "Avtalstrohet vid inköp av kontorsmaterial", "Inköpssamordnare",
         "Utgår", "Utgår enligt beslut KS 2025-03-12 § 45 (nytt ramavtal from april).", "UTGAR", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Granlunda kommun"
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = N
    ws["A4"] = "Förvaltning:"
    ws["B4"] = "Kommunledningsförvaltningen"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar/resultat"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    r = r0 + 1
    start = r
    prev = None
    for i, (proc, risk, km, ans, st, kom, es, ea) in enumerate(rows, 1):
        if proc != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            start = r
            ws.cell(r, 2, proc)
            prev = proc
        vals = [i, None, risk, km, ans, st, kom]
        for c, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        exp(fil, N, km, es, ea)
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "Antal kontrollmoment: %d" % len(rows)).font = BOLD
    ws.cell(r + 3, 1, "Upprättad av: Eva Lindqvist, controller, 2025-09-08")
    ws.cell(r + 4, 1, "Behandlad i kommunstyrelsens arbetsutskott 2025-09-23")
    for col, w in zip("ABCDEFG", [5, 20, 30, 50, 24, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table per process, T1 + delår text columns
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN IK-uppföljning delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    blocks = [
        ("Process: Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
             "Genomförd, inga avvikelser.", "Genomförd. 3 fakturor saknade beställarreferens.",
             "Påminnelse till rektorer om beställarreferens.", "GENOMFORD", "ja"),
            ("Hantering av kontanter och förskottskassor på skolenheterna", "Inventering av kassor, 1 gång/år",
             "Ej påbörjad.", "Genomförd – kassorna inventerade på 8 enheter utan anmärkning.", "", "GENOMFORD", "nej"),
            ("Kontroll av interkommunala ersättningar (IKE) – fakturering", "Avstämning elevregister mot fakturering",
             "Delvis genomförd – vårterminen fakturerad, höstterminen återstår.", "", "", "DELVIS", ""),
            ("Skolskjuts – kontroll av att beslut finns för samtliga elever med skolskjuts", "Stickprov per rektorsområde",
             "–", "Pågår, stickprov klart i 2 av 4 rektorsområden.", "", "DELVIS", ""),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            ("Frånvarouppföljning – anmälan till huvudman vid upprepad frånvaro", "Genomgång av frånvarorapporter",
             "Genomförd.", "Genomförd, 2 ärenden anmäldes senare än rutinen anger.", "Rutinen gås igenom på rektorsmöte i september.",
             "GENOMFORD", "ja"),
            ("Utredning av kränkande behandling påbörjas skyndsamt", "Stickprov 15 anmälningar",
             "", "Genomförd utan anmärkning.", "", "GENOMFORD", "nej"),
            ("Registerkontroll av personal i förskola (belastningsregisterutdrag)", "Kontroll av nyanställda",
             "", "Ej genomförd – flyttas till oktober p.g.a. vakans på HR.", "", "EJ_GENOMFORD", ""),
            ("Elevhälsans journalföring enligt patientdatalagen", "Loggkontroll i journalsystemet",
             "", "Se bilaga 3.", "", "OKLAR", ""),
        ]),
        ("Process: Personal", [
            ("Rätt lön vid nyanställning – kontroll av anställningsavtal mot lönesystemet", "Stickprov 20 anställningar",
             "", "Genomförd, 1 felaktig lönenivå upptäckt och rättad.", "", "GENOMFORD", "ja"),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsplaner", "Genomgång per enhet",
             "Pågår.", "Pågår.", "", "DELVIS", ""),
            ("Systematiskt arbetsmiljöarbete – årlig uppföljning (SAM)", "Enkät till chefer",
             "", "Utgår – ersätts av kommungemensam kontroll under kommunstyrelsen.", "", "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden\nDelårsrapport januari–augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 2024-12-11 (§ 132). Nedan redovisas resultatet av "
        "kontrollerna per tertial 1 och per delår. Kontroller som inte genomförts redovisas med orsak och ny tidpunkt. "
        "Förvaltningens samlade bedömning är att den interna kontrollen i huvudsak är tillräcklig.")
    for title, rows in blocks:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Metod/frekvens", "Resultat T1", "Resultat delår", "Åtgärd"]):
            t.rows[0].cells[c].text = h
            for p in t.rows[0].cells[c].paragraphs:
                for run in p.runs:
                    run.bold = True
        for km, met, t1, dl, atg, es, ea in rows:
            cells = t.add_row().cells
            for c, v in enumerate([km, met, t1, dl, atg]):
                cells[c].text = v
            exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Granlunda 2025-09-10\nAnna Berglund\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, status as traffic-light fill only; nämnd only in print header + file name alias
# ---------------------------------------------------------------------------
def build_soc():
    fil = "SOC_IK-uppfoljning_aug25.xlsx"
    N = "Socialnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    groups = [
        ("Ekonomiskt bistånd", [
            ("Handläggningstid för ekonomiskt bistånd – beslut inom 10 dagar", "Stickprov 25 ärenden", "Enhetschef EB",
             GREEN, "Samtliga 25 ärenden beslutade inom tid.", "GENOMFORD", "nej"),
            ("Utbetalning av ekonomiskt bistånd mot beslut", "Avstämning utbetalningslista mot beslut", "Enhetschef EB",
             GREEN, "1 dubbelutbetalning upptäckt och återkrävd.", "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("Förhandsbedömning inom 14 dagar vid orosanmälan", "Uttag ur verksamhetssystemet", "Enhetschef BoU",
             YELLOW, "Januari–maj kontrollerat, juni–augusti kvarstår.", "DELVIS", ""),
            ("Uppföljning av placerade barn – vårdplan och genomförandeplan", "Aktgranskning 10 ärenden", "Enhetschef BoU",
             RED, "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
            ("Kontroll av att familjehem har aktuella utredningar", "Genomgång familjehemsregister", "Familjehemssekreterare",
             GREEN, "", "GENOMFORD", ""),
            ("Köpt verksamhet – avtal finns för samtliga externa placeringar", "Avstämning placeringar mot avtal", "Controller",
             YELLOW, "3 placeringar saknar avtal, arbete med avtal pågår.", "DELVIS", "ja"),
            ("Avgiftsdebitering för familjerådgivning", "Avstämning mot kassasystem", "Enhetschef familjerådgivning",
             GREY, "Ej aktuell 2025 – avgiften avskaffad från 1 januari.", "UTGAR", ""),
        ]),
        ("Gemensamt", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller",
             GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Hot och våld – riskbedömning vid hembesök", "Enkät till enhetschefer", "Verksamhetsutvecklare",
             None, "", "SAKNAS", ""),
            ("Dokumentation av samtycke vid informationsutbyte", "Aktgranskning 15 ärenden", "Kvalitetsutvecklare",
             RED, "", "EJ_GENOMFORD", ""),
            ("Lex Sarah – rapporter utreds inom fastställd tid", "Genomgång av samtliga rapporter", "Medicinskt ansvarig/MAS",
             GREEN, "2 rapporter under perioden, båda utredda inom tid.", "GENOMFORD", "nej"),
            ("Behörigheter i verksamhetssystemet Lifecare", "Behörighetslista mot personalförteckning", "Systemförvaltare",
             None, "Kontrollen genomförd i maj, 4 behörigheter avslutades för personal som slutat.", "GENOMFORD", "ja"),
            ("Arvoden till kontaktpersoner enligt riktlinje", "Stickprov utbetalningar", "Controller",
             None, "Se separat rapport till nämnden 2025-09-17.", "OKLAR", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.right.text = "Granlunda kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll jan–aug 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status anges med färg i kolumn E, se teckenförklaring till höger."
    # legend at right
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = BOLD
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(2 + i, 8).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 9, txt)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    r = 7
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = BOLD
        ws.cell(r, c).border = BOX
    r += 1
    for g, rows in groups:
        ws.cell(r, 1, g).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for km, met, ans, fill, kom, es, ea in rows:
            for c, v in enumerate(["", km, met, ans, None, kom], 1):
                if v is not None:
                    ws.cell(r, c, v)
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            if fill:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=fill)
            exp(fil, N, km, es, ea)
            r += 1
    for col, w in zip("ABCDEFGHI", [16, 50, 30, 22, 9, 50, 3, 4, 26]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .xls via LibreOffice, code letters with legend, T1/delår/helår columns
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON internkontroll 2025 uppf delår.xls"
    N = "Vård- och omsorgsnämnden"
    rows = [
        # id, process, km, frekvens, planerad, T1, delår, helår, avv, kommentar, exp, expavv
        ("VO1", "Avgifter", "Avgiftsberäkning inom hemtjänsten – kontroll mot inkomstuppgifter", "2 ggr/år", "T1, T2",
         "G", "G", "", "Nej", "", "GENOMFORD", "nej"),
        ("VO2", "Hälso- och sjukvård", "Läkemedelshantering – avvikelserapportering i särskilt boende", "Varje tertial", "T1, T2, helår",
         "D", "G", "", "Ja", "12 läkemedelsavvikelser, samtliga åtgärdade.", "GENOMFORD", "ja"),
        ("VO3", "Myndighetsutövning", "Verkställighet av biståndsbeslut inom 3 månader", "Varje tertial", "T1, T2, helår",
         "", "D", "", "", "Rapport för särskilt boende saknas.", "DELVIS", ""),
        ("VO4", "Ekonomi", "Ersättning till privata utförare enligt LOV", "1 gång/år", "T2",
         "", "", "", "", "", "SAKNAS", ""),
        ("VO5", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Varje tertial", "T1, T2, helår",
         "G", "G", "", "Nej", "", "GENOMFORD", "nej"),
        ("VO6", "Hälso- och sjukvård", "Fallriskbedömning enligt Senior alert vid inflyttning", "2 ggr/år", "T1, T2",
         "E", "D", "", "", "Pågår, 3 av 6 boenden klara.", "DELVIS", ""),
        ("VO7", "Hemtjänst", "Nyckelhantering i hemtjänsten", "1 gång/år", "T1",
         "G", "", "", "Nej", "Kontrollerad i april.", "GENOMFORD", "nej"),
        ("VO8", "Hälso- och sjukvård", "Kontroll av HSL-journaler – signering av insatser", "2 ggr/år", "T2, helår",
         "", "E", "", "", "Skjuts till hösten, MAS-tjänst vakant.", "EJ_GENOMFORD", ""),
        ("VO9", "Ekonomi", "Hantering av brukares privata medel", "2 ggr/år", "T1, T2",
         "", "U", "", "", "Utgår, ersätts av ny rutin för hantering av privata medel.", "UTGAR", ""),
        ("VO10", "Personal", "Bemanning – användning av timavlönade mot schema", "Varje tertial", "T1, T2, helår",
         "", "G", "", "Ja", "Övertid ej attesterad av chef i 5 fall.", "GENOMFORD", "ja"),
        ("VO11", "Kvalitet", "Uppföljning av klagomål och synpunkter", "2 ggr/år", "T2, helår",
         "", "G/E", "", "", "Genomförd på Björkbackens äldreboende, ej genomförd på Lärkans äldreboende.", "DELVIS", ""),
        ("VO12", "Hälso- och sjukvård", "Delegering av hälso- och sjukvårdsuppgifter – giltiga delegeringar", "1 gång/år", "T2",
         "", "G", "", "Nej", "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A3"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)
    hdr = ["Id", "Process", "Kontrollmoment", "Frekvens", "Planerad uppföljning",
           "Status T1", "Status delår", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = BOLD
        ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.cell(r, c).alignment = WRAP
    for row in rows:
        r += 1
        for c, v in enumerate(row[:10], 1):
            ws.cell(r, c, v).alignment = WRAP
        exp(fil, N, row[2], row[10], row[11])
    r += 2
    ws.cell(r, 1, "Summa delår: 12 kontrollmoment, varav 5 G, 3 D, 1 E, 1 U, 1 ej rapporterat, 1 blandat")
    for col, w in zip("ABCDEFGHIJ", [6, 18, 50, 12, 14, 8, 8, 8, 10, 45]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r386von_")
    src = os.path.join(tmp, "von.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - .odt, free text, one heading per control
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "Samhällsbyggnadsnämnden_delår2025_internkontroll.odt"
    N = "Samhällsbyggnadsnämnden"
    ctrls = [
        ("Handläggning av bygglov inom lagstadgad tid",
         ["Status: Genomförd", "Stickprov om 30 ärenden. 2 ärenden överskred 10 veckor utan att tidsfristen förlängts; "
          "avgiften reducerades enligt PBL."], "GENOMFORD", "ja"),
        ("Debitering av bygglovsavgifter enligt taxa",
         ["Status: Genomförd", "Inga avvikelser noterades."], "GENOMFORD", "nej"),
        ("Avtalsuppföljning av drift- och underhållsentreprenader",
         ["Status: Delvis genomförd", "Två av fyra avtal har följts upp. Resterande följs upp under hösten."], "DELVIS", ""),
        ("Kontroll av ÄTA-arbeten i investeringsprojekt",
         ["Kontrollen har inte genomförts under perioden eftersom projektledartjänsten varit vakant sedan mars. "
          "Den planeras till november."], "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["Status: Genomförd", "Stickprov om 25 fakturor utan anmärkning."], "GENOMFORD", "nej"),
        ("Hantering av färdtjänsttillstånd",
         ["Status: Utgår", "Färdtjänsten överfördes till regionen den 1 januari 2025."], "UTGAR", ""),
        ("Fakturering av arrenden och markupplåtelser",
         ["Resultatet redovisas i bilaga 2."], "OKLAR", ""),
        ("Kontroll av att investeringsprojekt har beslutad projektbudget",
         ["Status: Pågår", "Genomgång av projektportföljen pågår tillsammans med ekonomiavdelningen."], "DELVIS", ""),
        ("Vinterväghållning – kontroll av entreprenörens rapportering",
         ["Genomförd under januari–mars. Vid två tillfällen har plogning skett senare än avtalat; vite har utkrävts "
          "av entreprenören."], "GENOMFORD", "ja"),
        ("Registrering av ärenden i e-arkivet",
         ["Status:", "Kommentar: –"], "SAKNAS", ""),
    ]
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Samhällsbyggnadsnämnden – delårsuppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Period: januari–augusti 2025. Diarienummer SBN 2025/0412."))
    doc.text.addElement(P(text=(
        "Samhällsbyggnadsnämnden fastställde internkontrollplanen för 2025 i december 2024. Planen omfattar tio "
        "kontrollmoment inom myndighetsutövning, ekonomi och investeringar. Nedan redovisas varje kontrollmoment "
        "med resultat per den 31 augusti. Kontroller som inte är klara slutredovisas i årsrapporten.")))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Redovisning per kontrollmoment"))
    for km, paras, es, ea in ctrls:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        for p in paras:
            doc.text.addElement(P(text=p))
        exp(fil, N, km, es, ea)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Samlad bedömning"))
    doc.text.addElement(P(text=(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att uppföljningen av investeringar "
        "behöver stärkas. Bilaga 2: Fakturering av arrenden (separat fil).")))
    doc.text.addElement(P(text="Johan Ek, förvaltningschef Samhällsbyggnadsförvaltningen"))
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Gemensamma lönenämnden - docx, tick-column table, tertial 2
# ---------------------------------------------------------------------------
def build_lon():
    fil = "Lönenämnden_T2_2025_internkontroll.docx"
    N = "Gemensamma lönenämnden Granlunda–Norrvik"
    rows = [
        # km, G, D, E, avv, kommentar, exp, expavv
        ("Kontroll av nyupplagda anställningar i lönesystemet mot underlag", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Stickprov på utbetalda lönetillägg (OB, jour, beredskap)", "X", "", "", "Ja",
         "2 felaktiga OB-ersättningar, korrigerade i augustilönen.", "GENOMFORD", "ja"),
        ("Behörighetskontroll i HR-systemet Personec", "", "X", "", "",
         "Granlunda klar, Norrvik återstår.", "DELVIS", ""),
        ("Kontroll av att avslutade anställningar stängs i lönesystemet i tid", "X", "", "", "Ja",
         "3 anställningar avslutade för sent – ingen felaktig utbetalning.", "GENOMFORD", "ja"),
        ("Rimlighetskontroll av löneutbetalningsfil före överföring till bank", "X", "", "", "Nej",
         "Genomförs varje månad.", "GENOMFORD", "nej"),
        ("Kontroll av semesterlöneskuld vid delårsbokslut", "", "", "X", "",
         "Görs i samband med bokslutet i september.", "EJ_GENOMFORD", ""),
        ("Reseräkningar och traktamenten enligt skatteregler", "X", "X", "", "", "", "OKLAR", ""),
        ("Återkrav av felaktigt utbetald lön", "", "X", "", "",
         "4 av 7 återkrav inbetalda.", "DELVIS", ""),
        ("Kontroll av förmånsvärden (bilförmån)", "", "", "", "",
         "Utgår 2025 enligt beslut i lönenämnden 2025-02-20 § 6.", "UTGAR", ""),
        ("Sjuklönekostnader – högkostnadsskydd ansökt hos Försäkringskassan", "", "", "", "", "", "SAKNAS", ""),
        ("Arbetsgivardeklaration på individnivå – avstämning mot lönereskontra", "X", "", "", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Gemensamma lönenämnden Granlunda–Norrvik\tLönecenter"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph(
        "Den gemensamma lönenämnden har Granlunda kommun som värdkommun och hanterar löneadministrationen för "
        "Granlunda kommun och Norrviks kommun. Uppföljningen avser perioden januari–augusti 2025. Markera med X "
        "i den kolumn som stämmer.")
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = t.rows[0].cells
    top[0].text = "Nr"
    top[1].text = "Kontrollmoment"
    m = top[2].merge(top[4])
    m.text = "Utfall tertial 2"
    top[5].text = "Avvikelse noterad (Ja/Nej)"
    top[6].text = "Kommentar"
    sub = t.rows[1].cells
    sub[2].text = "Genomförd"
    sub[3].text = "Delvis"
    sub[4].text = "Ej genomförd"
    # vertical merges of the other header cells
    for c in (0, 1, 5, 6):
        t.cell(0, c).merge(t.cell(1, c))
    for i, (km, g, dl, e, avv, kom, es, ea) in enumerate(rows, 1):
        cells = t.add_row().cells
        for c, v in enumerate([str(i), km, g, dl, e, avv, kom]):
            cells[c].text = v
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Norrvik/Granlunda 2025-09-04\nMaria Holm, lönechef Lönecenter")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Stratsys export - CSV (cp1252, CRLF), two nämnder, long format T1 + Delår rows
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_IK_2025-09-05.csv"
    KFN = "Kultur- och fritidsnämnden"
    OFN = "Överförmyndarnämnden"
    org = {KFN: "Granlunda kommun > Kultur- och fritidsnämnden",
           OFN: "Granlunda kommun > Överförmyndarnämnden"}
    ctrls = [
        # nämnd, id, km, ansvarig, [(period, status, kommentar)], exp, expavv
        (KFN, "KF-01", "Utbetalning av föreningsbidrag enligt bidragsregler", "Föreningskonsulent",
         [("T1 2025", "Pågående", ""), ("Delår 2025", "Klar", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (KFN, "KF-02", "Kontroll av bokningar och fakturering av lokaler och anläggningar", "Bokningsansvarig",
         [("T1 2025", "Klar", ""), ("Delår 2025", "Klar med avvikelse", "Fakturor för juni saknades för 2 föreningar.")],
         "GENOMFORD", "ja"),
        (KFN, "KF-03", "Kassahantering i simhallen och biblioteket", "Enhetschef bad",
         [("T1 2025", "", ""), ("Delår 2025", "Pågående", "Simhallen klar, biblioteket i september.")], "DELVIS", ""),
        (KFN, "KF-04", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         [("T1 2025", "Klar", ""), ("Delår 2025", "Klar", "")], "GENOMFORD", ""),
        (KFN, "KF-05", "Inventering av konstsamlingen", "Kulturchef",
         [("T1 2025", "Ej påbörjad", ""), ("Delår 2025", "Ej påbörjad", "Planeras till november.")], "EJ_GENOMFORD", ""),
        (KFN, "KF-06", "Lönebidrag och anställningsstöd i fritidsgårdsverksamheten", "Fritidschef",
         [("T1 2025", "", ""), ("Delår 2025", "Utgår", "Verksamheten har inga lönebidragsanställda 2025.")], "UTGAR", ""),
        (KFN, "KF-07", "Säkerhetsrutiner vid badanläggningar (livräddning, tillsyn)", "Enhetschef bad",
         [("T1 2025", "", ""), ("Delår 2025", "Klar", "Genomfört. 1 avvikelse: tillsynsplan saknades vid utebadet i juli.")],
         "GENOMFORD", "ja"),
        (KFN, "KF-08", "Avtalsuppföljning av extern driftsentreprenad (ishallen)", "Fritidschef",
         [("T1 2025", "Pågående", "Möte med entreprenören genomfört."), ("Delår 2025", "", "")], "DELVIS", ""),
        (KFN, "KF-09", "Registerutdrag för ledare i sommarlovsverksamhet", "Fritidschef",
         [("T1 2025", "", ""), ("Delår 2025", "Klar", "Samtliga 42 ledare har visat utdrag.")], "GENOMFORD", "nej"),
        (KFN, "KF-10", "Kontroll av inköp via kommunens inköpskort", "Controller",
         [("T1 2025", "", ""), ("Delår 2025", "Försenad", "Stickprov påbörjat, 10 av 25 transaktioner granskade.")],
         "DELVIS", ""),
        (OFN, "ÖF-01", "Granskning av årsräkningar inom fastställd tid", "Handläggare",
         [("T1 2025", "Pågående", ""), ("Delår 2025", "Klar", "Samtliga 312 årsräkningar granskade före 30 juni.")],
         "GENOMFORD", "nej"),
        (OFN, "ÖF-02", "Kontroll av att ställföreträdare har registerutdrag", "Handläggare",
         [("T1 2025", "", ""), ("Delår 2025", "Klar med avvikelse", "2 ställföreträdare saknade aktuellt utdrag.")],
         "GENOMFORD", "ja"),
        (OFN, "ÖF-03", "Arvodering av ställföreträdare enligt riktlinjer", "Enhetschef",
         [("T1 2025", "", ""), ("Delår 2025", "Pågående", "")], "DELVIS", ""),
        (OFN, "ÖF-04", "Uttag från spärrade konton – överförmyndarens samtycke", "Handläggare",
         [("T1 2025", "Klar", ""), ("Delår 2025", "Klar", "Inga uttag utan samtycke.")], "GENOMFORD", "nej"),
        (OFN, "ÖF-05", "Handläggningstid vid anmälan om behov av ställföreträdare", "Enhetschef",
         [("T1 2025", "", ""), ("Delår 2025", "", "")], "SAKNAS", ""),
    ]
    lines = [["Organisation", "Plan", "Id", "Kontrollmoment", "Ansvarig", "Uppföljningsperiod", "Status", "Kommentar"]]
    for nm, cid, km, ans, per, es, ea in ctrls:
        for p, s, k in per:
            lines.append([org[nm], "Internkontrollplan 2025", cid, km, ans, p, s, k])
        exp(fil, nm, km, es, ea)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Granlunda Bostäder AB - .ods via LibreOffice, merged two-level header, 2024 helår + 2025 per 31/8, symbols
# ---------------------------------------------------------------------------
def build_gbab():
    fil = "GBAB internkontroll 2025-08-31.ods"
    N = "Granlunda Bostäder AB"
    rows = [
        # område, km, ansvarig, st24, kom24, st25, kom25, exp, avv
        ("Ekonomi", "Hyresavisering och avstämning mot hyresreskontra", "Ekonomichef",
         "✔", "", "✔", "Avstämt månadsvis, inga differenser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av vakansrapportering mot lägenhetsregister", "Uthyrningschef",
         "✔", "", "◐", "Jan–jun avstämt.", "DELVIS", ""),
        ("Inköp", "Upphandling av underhållsentreprenader enligt LOU", "Inköpsansvarig",
         "✘", "Ej genomförd 2024.", "✔", "2 direktupphandlingar över direktupphandlingsgränsen har noterats.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "✔", "", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kundförluster och inkassoärenden", "Ekonomichef",
         "✔", "Inga avvikelser.", "", "", "SAKNAS", ""),
        ("Fastighet", "Brandskyddskontroll (SBA) i bostadsbeståndet", "Fastighetschef",
         "◐", "", "✘", "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Nyckel- och passersystem – behörighetsgenomgång", "Fastighetschef",
         "✔", "", "–", "Ej aktuell 2025, nytt passersystem installeras 2026.", "UTGAR", ""),
        ("Investering", "Kontroll av byggnadsinvesteringar mot styrelsebeslut", "VD",
         "", "", "✔", "Avvikelse: projekt Ekbacken överskred budget med 8 %, rapporterat till styrelsen i juni.",
         "GENOMFORD", "ja"),
        ("Uthyrning", "Bostadskö – förmedling enligt uthyrningspolicyn", "Uthyrningschef",
         "", "", "◐", "Stickprov 15 av 30 kontrakt granskade.", "DELVIS", ""),
        ("Styrning", "Representation och gåvor", "VD-assistent",
         "✔", "", "✔", "", "GENOMFORD", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Granlunda Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning per 31 augusti (rapport till styrelsen 2025-09-25)"
    # two-level header rows 4-5
    ws["A4"] = "Plan 2025"
    ws.merge_cells("A4:C4")
    ws["D4"] = "Utfall 2024 (helår)"
    ws.merge_cells("D4:E4")
    ws["F4"] = "Utfall 2025 (per 31/8)"
    ws.merge_cells("F4:G4")
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar"], 1):
        ws.cell(5, c, h)
    for rr in (4, 5):
        for c in range(1, 8):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).alignment = Alignment(horizontal="center", wrap_text=True)
            ws.cell(rr, c).border = BOX
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            ws.cell(r, c, v).alignment = WRAP
            ws.cell(r, c).border = BOX
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    for i, t in enumerate(["✔ = Genomförd", "◐ = Påbörjad/delvis genomförd", "✘ = Ej genomförd", "– = Ej aktuell"]):
        ws.cell(r + 1 + i, 1, t)
    for col, w in zip("ABCDEFG", [16, 48, 16, 8, 30, 8, 50]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r386gbab_")
    src = os.path.join(tmp, "gbab.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: covering letter (följebrev) - no follow-up in it
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev delårsrapport BUN 2025.docx"
    d = docx.Document()
    d.add_paragraph("Granlunda kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2025-09-10")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – delårsrapport 2025 för barn- och utbildningsnämnden", level=1)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens delårsrapport per den 31 augusti 2025 samt uppföljningen "
        "av internkontrollplanen för samma period (separat fil, ”BUN IK-uppföljning delår 2025”).")
    d.add_paragraph(
        "Nämnden behandlar rapporterna på sammanträdet den 24 september 2025. Protokollsutdrag skickas så snart "
        "protokollet är justerat. Eventuella frågor om uppföljningen av intern kontroll besvaras av "
        "förvaltningens controller.")
    d.add_paragraph("Bilagor:\n1. Delårsrapport 2025, Barn- och utbildningsnämnden\n"
                    "2. Uppföljning av internkontrollplan 2025 (delår)\n3. Bilaga 3 – Loggkontroll journalsystem")
    d.add_paragraph("Med vänlig hälsning\nAnna Berglund\nFörvaltningschef")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Gemensamma lönenämnden Granlunda–Norrvik", "Lönenämnden|Gemensam lönenämnd|Lönecenter"),
        ("Granlunda Bostäder AB", "GBAB|Granlundahem"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
        ("Valnämnden", "VN"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_ks()
    build_bun()
    build_soc()
    build_von()
    build_sbn()
    build_lon()
    build_stratsys()
    build_gbab()
    build_reject()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
