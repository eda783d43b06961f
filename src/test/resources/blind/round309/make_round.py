#!/usr/bin/env python3
"""Blind round 309 - Brattby kommun, T2 2025 follow-ups with deviations told in many ways.

Run: /usr/bin/python3 make_round.py
Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r309build"
LO_PROFILE = "file:///tmp/lo-round309"
FIXED = dt.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb_props(wb):
    wb.properties.creator = "Brattby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, group headings, status + Resultat + Avvikelse (J/N)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Brattby kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025, tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Avser perioden 2025-01-01 – 2025-08-31. Ifylld av: controller Maria Lind, kommunledningsförvaltningen"
    ws["A4"] = "Avvikelse anges med J (ja, fel/brist har noterats) eller N (nej). Lämna tomt om kontrollen inte är genomförd."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2",
           "Resultat", "Avvikelse (J/N)", "Planerad åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor ur ekonomisystemet", "Ekonomichef", "Genomförd",
             "3 av 20 fakturor saknade attest av behörig attestant", "J",
             "Påminnelse till samtliga attestanter, ny kontroll T3", "GENOMFORD", "ja"),
            ("1.2", "Leverantörsregister", "Kontroll av att ändrade bankuppgifter i leverantörsregistret verifierats enligt rutin",
             "Samtliga ändringar jan–aug", "Redovisningsansvarig", "Genomförd",
             "Samtliga 15 ändringar verifierade mot underlag.\n0 avvikelser", "N", "", "GENOMFORD", "nej"),
            ("1.3", "Representation", "Representation och förtroendekänsliga poster – syfte och deltagare anges",
             "Stickprov 10 verifikationer", "Ekonomichef", "Genomförd",
             "2 av 10 verifikationer saknade deltagarförteckning", "J",
             "Information på chefsträff i oktober", "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("2.1", "Lön", "Korrekt utbetalning av lön vid nyanställning",
             "Stickprov 5 nyanställda per månad", "HR-chef", "Delvis genomförd",
             "Stickprov jan–april utan anmärkning. Maj–augusti granskas i september.", "", "",
             "DELVIS", "nej"),
            ("2.2", "Behörigheter", "Avslut av behörigheter i lönesystemet när anställning upphör",
             "Avstämning avslutade anställningar mot behörighetslista", "Systemförvaltare lön", "Genomförd",
             "Inga brister", "N", "", "GENOMFORD", "nej"),
        ]),
        ("Upphandling och avtal", [
            ("3.1", "Inköp", "Inköp följer ingångna ramavtal (avtalstrohet)",
             "Analys av inköp över 10 tkr", "Upphandlingschef", "Genomförd",
             "Avtalstrohet 87 %. 6 av 45 inköp gjordes utanför avtal.", "J",
             "Åtgärd: rutinen ses över och information ges till beställare", "GENOMFORD", "ja"),
            ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras",
             "Genomgång av diarium", "Upphandlingschef", "Ej genomförd",
             "Skjuts till T3 p.g.a. vakans", "", "", "EJ_GENOMFORD", ""),
            ("3.3", "Avtal", "Avtalsregistret är uppdaterat",
             "Jämförelse mot leverantörsreskontra", "Upphandlingschef", "Utgår",
             "Utgår enligt KS beslut 2025-04-02 § 58, ersätts av ny kontroll 2026", "–", "",
             "UTGAR", ""),
        ]),
        ("Informationssäkerhet och ärendehantering", [
            ("4.1", "GDPR", "Registerförteckning enligt dataskyddsförordningen är aktuell",
             "Genomgång av förteckningen med dataskyddsombud", "Kanslichef", "Genomförd",
             "Förteckningen genomgången, inga avvikelser", "N", "", "GENOMFORD", "nej"),
            ("4.2", "Diarium", "Allmänna handlingar diarieförs inom föreskriven tid",
             "Stickprov 30 inkomna handlingar", "Registrator", "",
             "Kontrollen har inte genomförts under perioden.", "", "", "EJ_GENOMFORD", ""),
            ("4.3", "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen",
             "Jämförelse delegationslistor mot protokoll", "Kanslichef", "", "", "", "",
             "SAKNAS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for row in rows:
            vals = row[:9]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 11 kontrollmoment – 6 genomförda (varav 3 med avvikelse), "
                  "1 delvis genomförd, 3 ej genomförda eller ej rapporterade, 1 utgår.")
    r += 2
    ws.cell(r, 1, "Brattby 2025-09-15")
    ws.cell(r + 1, 1, "Maria Lind, controller")
    widths = [6, 20, 45, 30, 20, 16, 45, 12, 35]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, Bedömning as words, findings listed under the table
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK-uppföljning tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tTjänsteskrivelse\tDnr BUN 2025/112"
    d.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Planen omfattar nio "
        "kontrollmoment. Nedan redovisas resultatet för perioden januari–augusti. Fem kontroller är "
        "genomförda, varav tre med brister. Bristerna och planerade åtgärder beskrivs under tabellen.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    rows = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Samtliga fakturor korrekt attesterade.", "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("2", "Registerkontroll ur belastningsregistret vid anställning i förskola och skola",
         "Samtliga nyanställda jan–aug (42 personer)",
         "40 av 42 hade uppvisat utdrag. För 2 personer saknades utdrag i personalakten.",
         "Genomförd, brister noterade", "GENOMFORD", "ja"),
        ("3", "Skolpliktsbevakning – elever med hög frånvaro utreds",
         "Genomgång av frånvarorutin på samtliga grundskolor",
         "Rutinen genomgången på 4 av 7 skolor, resterande under hösten.", "Påbörjad", "DELVIS", ""),
        ("4", "Anmälan om kränkande behandling till huvudman inom föreskriven tid",
         "Genomgång av 30 anmälningar",
         "6 av 30 anmälningar lämnades senare än fem arbetsdagar.", "Genomförd, brister noterade",
         "GENOMFORD", "ja"),
        ("5", "Beslut om tilläggsbelopp dokumenteras och följs upp", "Samtliga beslut vt 2025",
         "0 avvikelser", "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("6", "Erbjudande om förskoleplats inom fyra månader från ansökan", "Utdrag ur kösystemet",
         "Kontrollen flyttas till T3 då nytt kösystem infördes i juni.", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("7", "Hantering av kontanter i skolcaféer", "Kassainventering på 3 enheter",
         "Kassadifferens 450 kr vid en enhet, i övrigt utan anmärkning.", "Genomförd med anmärkning",
         "GENOMFORD", "ja"),
        ("8", "Skolskjutsfakturor kontrolleras mot beställning", "Stickprov 2 månader",
         "Se bilaga 2", "", "OKLAR", ""),
        ("9", "Systematiskt brandskyddsarbete i förskolans lokaler", "Egenkontroll enligt checklista",
         "Ansvaret har flyttats till tekniska nämnden.", "Utgår", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod / omfattning", "Resultat", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        exp(fil, N, row[1], row[5], row[6])
    d.add_heading("Noterade brister och åtgärder", level=2)
    for txt in [
        "Kontroll 2: Två utdrag ur belastningsregistret saknades i personalakten. Åtgärd: rutinen ses "
        "över och checklistan vid anställning uppdateras. Ansvarig: HR-specialist.",
        "Kontroll 4: Sex anmälningar om kränkande behandling lämnades för sent till huvudman. Åtgärd: "
        "rektorerna påminns om rutinen vid rektorsmöte i september.",
        "Kontroll 7: Kassadifferens på 450 kr vid Norrskolans café. Åtgärd: dubbelkontroll vid "
        "dagsavslut införs.",
    ]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av intern kontroll för tertial 2 2025.")
    d.add_paragraph("\nAnna Berg\nFörvaltningschef")
    fix_doc_props(d, "Anna Berg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, T1 and T2 side by side, code letters with legend, counts of deviations
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IKP_2025_T1_T2.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och tertial 2"
    ws["A2"].font = Font(bold=True)
    # two-level header at rows 4-5
    top = ["Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig", "Tertial 1", None,
           "Tertial 2", None, "Kommentar T2"]
    sub = [None, None, None, None, None, "Status", "Antal avvikelser", "Status", "Antal avvikelser", None]
    for c, v in enumerate(top, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(5, c, v)
    for c in (1, 2, 3, 4, 5, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:I4")
    for rr in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = BORDER
    data = [
        ("Myndighetsutövning IFO", [
            ("Barn kommer till skada", "Förhandsbedömning av orosanmälan inom 14 dagar", "Löpande", "Enhetschef barn och unga",
             "G", 4, "G", 2, "2 av 38 förhandsbedömningar överskred 14 dagar.", "GENOMFORD", "ja"),
            ("Lagkrav ej uppfylls", "Utredning barn och unga avslutas inom fyra månader", "Tertial", "Enhetschef barn och unga",
             "G", 0, "G", 0, "Inga överskridanden.", "GENOMFORD", "nej"),
            ("Felaktiga utbetalningar", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Tertial",
             "Enhetschef försörjningsstöd", "D", "-", "G", 1,
             "1 beslut fattat av handläggare utan delegation. Åtgärd: information till arbetsgruppen.",
             "GENOMFORD", "ja"),
        ]),
        ("Äldreomsorg", [
            ("Insatser ges ej enligt beslut", "Genomförandeplan upprättad inom 14 dagar efter beslut", "Tertial",
             "Verksamhetschef hemtjänst", "G", 0, "D", None, "Granskning pågår, 3 av 6 enheter klara. Hittills inga avvikelser.",
             "DELVIS", "nej"),
            ("Patientsäkerhet", "Läkemedelshantering – signeringslistor kontrolleras", "Tertial", "MAS",
             "G", 0, "G", 0, None, "GENOMFORD", "nej"),
            ("Felaktiga avgifter", "Avgiftsbeslut hemtjänst baseras på aktuell inkomstförfrågan", "Tertial",
             "Avgiftshandläggare", "E", None, "E", None, "Ej genomförd p.g.a. resursbrist. Genomförs T3.",
             "EJ_GENOMFORD", ""),
        ]),
        ("LSS", [
            ("Beslut verkställs ej", "Verkställighet av gynnande beslut inom tre månader (rapportering till IVO)", "1 ggr/år",
             "Verksamhetschef LSS", "G", 0, None, None, "Kontrolleras en gång per år (T1).",
             "GENOMFORD", "nej"),
            ("Förskingring", "Kontroll av brukarmedel på gruppbostäder", "1 ggr/år", "Verksamhetschef LSS",
             None, None, "G", 3, "3 av 12 kassor saknade kvitton för uttag.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Tertial",
             "Controller", "G", 0, "G", 0, None, "GENOMFORD", "nej"),
            ("Förskingring", "Privata medel för boende hålls åtskilda från verksamhetens medel", "Tertial",
             "Controller", "U", None, "U", None, "Utgår, ingår i kontrollen av brukarmedel.", "UTGAR", ""),
            ("Sekretessbrott", "Dokumentation av samtycke vid informationsutbyte", "Tertial",
             "Kvalitetsutvecklare", None, None, None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 6
    for proc, rows in data:
        start = r
        for row in rows:
            vals = [proc if r == start else None] + list(row[:9])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            for c in (6, 7, 8, 9):
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[1], row[9], row[10])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "G = Genomförd")
    ws.cell(r + 2, 1, "D = Delvis genomförd / pågår")
    ws.cell(r + 3, 1, "E = Ej genomförd")
    ws.cell(r + 4, 1, "U = Utgår")
    ws.cell(r + 5, 1, "Antal avvikelser = antal fel/brister som noterats vid kontrollen. Tom ruta = ej rapporterat.")
    widths = [22, 24, 45, 10, 24, 8, 11, 8, 11, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # a second sheet with the plan text only (no follow-up) - typical workbook clutter
    ws2 = wb.create_sheet("Riskanalys")
    ws2["A1"] = "Riskanalys 2025 – bruttolista (underlag till planen)"
    ws2.append([])
    ws2.append(["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Hantering"])
    for rk in [("Barn kommer till skada", 3, 4, 12, "Kontroll i IKP"),
               ("Felaktiga utbetalningar", 3, 3, 9, "Kontroll i IKP"),
               ("Kompetensbrist", 3, 2, 6, "Hanteras i verksamhetsplan")]:
        ws2.append(list(rk))
    fix_wb_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export - Tekniska nämnden + Kultur- och fritidsnämnden, T1 and T2 rows, "Åtgärd krävs"
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "stratsys_export_internkontroll_2025-09-12.csv"
    TN = "Tekniska nämnden"
    KFN = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Rapporteringsperiod", "Status",
           "Åtgärd krävs", "Resultat", "Åtgärd", "Ansvarig", "Senast ändrad"]
    rows = []
    # (org, område, km, period, status, åtgärd krävs, resultat, åtgärd, ansvarig, ändrad, expected?)
    tn = "Tekniska nämnden"
    kfn = "Kultur- och fritidsnämnden"
    R = [
        (tn, "Ekonomi", "Fakturor från entreprenörer kontrolleras mot avtal och ÄTA-beslut", "T1 2025", "Pågående",
         "", "Stickprov påbörjat", "", "Controller teknik", "2025-04-28", None),
        (tn, "Ekonomi", "Fakturor från entreprenörer kontrolleras mot avtal och ÄTA-beslut", "T2 2025", "Klar",
         "Ja", "4 av 25 fakturor saknade godkänt ÄTA-beslut", "Projektledare utbildas i ÄTA-rutinen",
         "Controller teknik", "2025-09-08", ("GENOMFORD", "ja")),
        (tn, "VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "T2 2025", "Klar",
         "Nej", "Samtliga prover utan anmärkning", "", "VA-chef", "2025-09-02", ("GENOMFORD", "nej")),
        (tn, "Tillgångar", "Inventering av fordon och maskiner mot anläggningsregistret", "T1 2025", "Ej påbörjad",
         "", "", "", "Driftchef", "2025-04-30", None),
        (tn, "Tillgångar", "Inventering av fordon och maskiner mot anläggningsregistret", "T2 2025", "Pågående",
         "", "Inventering av maskinparken klar, fordon återstår", "", "Driftchef", "2025-09-10",
         ("DELVIS", "")),
        (tn, "Gata/park", "Besiktning av lekplatser enligt plan", "T2 2025", "Klar",
         "Ja", "Brister noterade på 3 av 22 lekplatser, åtgärdade i juli", "", "Parkchef", "2025-08-29",
         ("GENOMFORD", "ja")),
        (tn, "Fastighet", "Hyresavtal för externt inhyrda lokaler följs upp inför uppsägningstid", "T2 2025",
         "Ej påbörjad", "", "Flyttas till T3", "", "Fastighetschef", "2025-09-01", ("EJ_GENOMFORD", "")),
        (tn, "Gata/park", "Snöröjningsentreprenörens tidrapporter stäms av mot GPS-data", "T2 2025", "Avbruten",
         "", "Avbruten genom beslut TN 2025-05-20 § 44 (nytt avtal utan timdebitering)", "", "Gatuchef",
         "2025-05-22", ("UTGAR", "")),
        (tn, "IT", "Kontroll av behörigheter i fastighetssystemet", "T1 2025", "Klar", "Nej", "0 avvikelser", "",
         "Systemförvaltare", "2025-04-25", None),
        (tn, "IT", "Kontroll av behörigheter i fastighetssystemet", "T2 2025", "Klar", "Nej", "0 avvikelser", "",
         "Systemförvaltare", "2025-09-05", ("GENOMFORD", "nej")),
        (kfn, "Bidrag", "Föreningsbidrag betalas ut enligt gällande riktlinjer", "T2 2025", "Klar", "Ja",
         "2 av 15 ansökningar saknade verksamhetsberättelse, bidrag ändå utbetalt",
         "Handläggarstöd uppdateras", "Föreningskonsulent", "2025-09-04", ("GENOMFORD", "ja")),
        (kfn, "Kontanthantering", "Kassahantering i simhallen – dagskassa stäms av mot kassasystem", "T2 2025",
         "Klar", "Nej", "Inga differenser", "", "Badchef", "2025-08-31", ("GENOMFORD", "nej")),
        (kfn, "Lokaler", "Lån av utrustning och lokaler registreras i bokningssystemet", "T2 2025", "Pågående",
         "", "", "", "Fritidschef", "2025-09-11", ("DELVIS", "")),
        (kfn, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "T2 2025", "Klar", "Nej",
         "Stickprov 20 fakturor, 0 avvikelser", "", "Controller KoF", "2025-09-03", ("GENOMFORD", "nej")),
        (kfn, "Tillgångar", "Inköp av konst dokumenteras i konstregistret", "T2 2025", "Klar", "Ja",
         "1 av 4 inköp ej registrerat", "Åtgärd: rutinen ses över", "Kulturchef", "2025-09-09",
         ("GENOMFORD", "ja")),
    ]
    for org, omr, km, per, stt, ak, res, atg, ans, andr, ex in R:
        rows.append([org, "Internkontrollplan 2025", omr, km, per, stt, ak, res, atg, ans, andr])
        if ex:
            exp(fil, TN if org == tn else KFN, km, ex[0], ex[1])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden - odt, text only, "Kontrollmoment:/Resultat:/Åtgärd:" paragraphs
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN uppföljning internkontroll T2 2025.odt"
    N = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.automaticstyles.addElement(h2)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        p.addText(text)
        doc.text.addElement(p)

    def labelled(label, text):
        p = P()
        s = Span(stylename=bold)
        s.addText(label + " ")
        p.addElement(s)
        p.addText(text)
        doc.text.addElement(p)

    para("Samhällsbyggnadsförvaltningen, Brattby kommun")
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025 – tertial 2"))
    para("Miljö- och byggnadsnämnden")
    para("Datum: 2025-09-18     Handläggare: Erik Sundberg, nämndsekreterare")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Inledning"))
    para("Nämnden har i sin internkontrollplan för 2025 beslutat om sex kontrollmoment. Här redovisas "
         "utfallet till och med augusti. Där brister har noterats anges planerad åtgärd.")
    items = [
        ("Handläggningstid för bygglov – beslut inom lagstadgad tid",
         "Kontrollen är genomförd. 4 av 60 granskade ärenden överskred tio veckor utan beslut om förlängd handläggningstid.",
         "Rutinen ses över och en bevakningslista införs i ärendesystemet.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa",
         "Genomförd utan anmärkning. Samtliga 30 granskade debiteringar var korrekta.", None, "GENOMFORD", "nej"),
        ("Jävsdeklarationer är inlämnade av samtliga handläggare och förtroendevalda",
         "Kontrollen påbörjades i juni men har inte slutförts. Redovisas i samband med årsbokslutet.", None,
         "DELVIS", ""),
        ("Planerad livsmedelskontroll utförs enligt tillsynsplanen",
         "Genomförd, brister noterade: 58 av 80 planerade kontroller utförda (73 %).",
         "Prioritering av högriskobjekt under hösten; extern konsult anlitas för 15 kontroller.",
         "GENOMFORD", "ja"),
        ("Arkivering av avslutade bygglovsärenden",
         "Ej genomförd under perioden.", "Kontrollen genomförs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden",
         "Inga brister.", None, "GENOMFORD", "nej"),
    ]
    for i, (km, res, atg, st, av) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"Kontroll {i}"))
        labelled("Kontrollmoment:", km)
        labelled("Resultat:", res)
        if atg:
            labelled("Åtgärd:", atg)
        exp(fil, N, km, st, av)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Bedömning"))
    para("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig, men att "
         "handläggningstiderna och livsmedelskontrollen behöver förbättras.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Brattby Bostäder AB - xls (via LibreOffice), status only as traffic-light fill + legend, notes below
# ---------------------------------------------------------------------------
def file_bostader():
    fil = "Brattby Bostäder - IK tertialrapport 2 2025.xls"
    N = "Brattby Bostäder AB"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Brattby Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – Tertialrapport 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till styrelsen 2025-09-24"
    # legend at right side of title rows
    ws["E1"] = "Färgförklaring status:"
    ws["E1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Utförd utan avvikelse"), (YELLOW, "Utförd med avvikelse"),
                                    (RED, "Ej utförd"), (GREY, "Ej aktuell")]):
        ws.cell(2 + i, 5).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 5).border = BORDER
        ws.cell(2 + i, 6, txt)
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Avvikelse", "Kommentar"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    rows = [
        ("Hyresadministration", "Hyresavisering – hyror debiteras enligt hyresavtal", "Ekonomichef", "Tertial",
         GREEN, "Nej", "Stickprov 30 avtal, inga fel", "GENOMFORD", "nej"),
        ("Ekonomi", "Avstämning av kundreskontra mot huvudbok", "Redovisningsansvarig", "Månadsvis",
         YELLOW, "Ja, se not 1", "", "GENOMFORD", "ja"),
        ("Uthyrning", "Vakansbevakning – outhyrda lägenheter följs upp", "Uthyrningschef", "Månadsvis",
         GREEN, "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av underhållsfakturor enligt attestinstruktion", "Fastighetschef", "Tertial",
         YELLOW, "Ja, se not 2", "", "GENOMFORD", "ja"),
        ("Uthyrning", "Lägenheter förmedlas enligt uthyrningspolicyn (kölista)", "Uthyrningschef", "Tertial",
         RED, "", "Ej utförd p.g.a. personalbrist", "EJ_GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete – kontroll av trapphus", "Driftchef", "Tertial",
         GREEN, "Nej", "", "GENOMFORD", "nej"),
        ("Styrning", "Närståendetransaktioner rapporteras till styrelsen", "VD", "Tertial",
         GREY, "", "Inga transaktioner under perioden", "UTGAR", ""),
        ("Säkerhet", "Kontroll av nyckelhantering och passersystem", "Driftchef", "Halvår",
         None, "", "", "SAKNAS", ""),
    ]
    r = 9
    for row in rows:
        vals = list(row[:4]) + [None, row[5] or None, row[6] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if row[4]:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=row[4])
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Noter").font = Font(bold=True)
    ws.cell(r + 1, 1, "Not 1: Differens om 12 400 kr mellan kundreskontra och huvudbok per 30 juni, utredd och "
                      "rättad i juli.")
    ws.cell(r + 2, 1, "Not 2: 2 av 18 fakturor attesterade av person utan attesträtt för ansvaret. "
                      "Attestförteckningen uppdateras.")
    ws.cell(r + 4, 1, "Kontroll av nyckelhantering görs halvårsvis – rapporteras i helårsrapporten.")
    for i, w in enumerate([20, 50, 22, 11, 9, 14, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb)
    src = os.path.join(TMP, "bostader.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", TMP)
    shutil.copy(os.path.join(TMP, "bostader.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - ods (via LibreOffice), easy: Genomförd Ja/Nej/Delvis + Antal fel
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Overformyndarnamnden_IK_T2_2025.ods"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Överförmyndarnämnden i Brattby"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll, tertial 2 2025"
    hdr = ["Kontrollmoment", "Omfattning", "Genomförd (Ja/Nej/Delvis)", "Antal fel", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
        ws.cell(4, c).border = BORDER
    rows = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Samtliga årsräkningar 2024", "Ja", 0,
         "Inga brister", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 25 beslut", "Ja", 2,
         "2 av 25 arvoden beräknade på fel timtaxa, korrigerat i augusti", "GENOMFORD", "ja"),
        ("Lämplighetsprövning av nya ställföreträdare inklusive registerutdrag", "Samtliga nya (11 st)", "Ja", 0,
         None, "GENOMFORD", "nej"),
        ("Förteckningar inkommer inom två månader efter förordnande", "Samtliga förordnanden jan–jun", "Delvis",
         None, "Granskning pågår", "DELVIS", ""),
        ("Uttagsspärrade konton kontrolleras mot beslut", "Stickprov 10 ärenden", "Nej", None,
         "Genomförs under T3", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            ws.cell(r, c, v).border = BORDER
            ws.cell(r, c).alignment = WRAP
        exp(fil, N, row[0], row[5], row[6])
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av: Lena Holm, handläggare, 2025-09-10")
    for i, w in enumerate([55, 28, 14, 10, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb)
    src = os.path.join(TMP, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", TMP)
    shutil.copy(os.path.join(TMP, "ofn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialnämnden - no controls in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv IK T2 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Brattby kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-16")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025, "
        "behandlad av nämnden 2025-09-11 § 97. Uppföljningen finns i bifogad Excelfil "
        "(Socialnämnden_IKP_2025_T1_T2.xlsx).")
    d.add_paragraph(
        "Av planens elva kontrollmoment har sju genomförts under perioden. Vid tre av dessa har "
        "avvikelser noterats och åtgärder planeras. Rutinerna för brukarmedel ses över under hösten.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("\nMed vänlig hälsning\n\nKarin Ek\nController, socialförvaltningen\nkarin.ek@brattby.se")
    fix_doc_props(d, "Karin Ek")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Overformyndarnamnden|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Brattby Bostäder AB", "Brattby Bostäder|BBAB|Bostadsbolaget"),
    ("Räddningstjänstförbundet Brattby-Holm", "RTF|Räddningstjänsten"),
]


def main():
    os.makedirs(TMP, exist_ok=True)
    # clean previous outputs (only files this script makes)
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file_ks()
    file_bun()
    file_sn()
    file_stratsys()
    file_mbn()
    file_bostader()
    file_ofn()
    file_missiv()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
