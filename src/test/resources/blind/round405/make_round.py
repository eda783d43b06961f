#!/usr/bin/python3
"""Blind round r405 - Vittsjö kommun, helårsuppföljning 2025 av internkontrollplaner.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round405"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
FU_FILL = PatternFill("solid", fgColor="FFF2CC")
GROUP_FILL = PatternFill("solid", fgColor="EDEDED")


def exp(fil, namnd, km, status, avv):
    # multi-line cells are written on one line (matching is lenient on whitespace)
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Vittsjö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, headers, fill=HEAD_FILL, start_col=1):
    for j, h in enumerate(headers):
        c = ws.cell(row=row, column=start_col + j, value=h)
        c.font = BOLD
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def data_row(ws, row, values, start_col=1):
    for j, v in enumerate(values):
        c = ws.cell(row=row, column=start_col + j, value=v)
        c.alignment = WRAP
        c.border = BORDER


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    d = docx.Document()
    d.core_properties.author = "Vittsjö kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Vittsjö kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plan columns, follow-up columns added to the right
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internkontrollplan_2025_helarsuppfoljning.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med helårsuppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A2"].font = BOLD
    ws["A3"] = ("Planen antagen av kommunstyrelsen 2024-12-11, § 212. "
                "Helårsuppföljningen behandlas i kommunstyrelsen 2026-02-04.")
    ws.merge_cells("A5:K5")
    ws["A5"] = "INTERNKONTROLLPLAN 2025"
    ws.merge_cells("L5:O5")
    ws["L5"] = "UPPFÖLJNING HELÅR 2025 (fylls i av ansvarig)"
    for ref, fill in (("A5", HEAD_FILL), ("L5", FU_FILL)):
        ws[ref].font = BOLD
        ws[ref].fill = fill
        ws[ref].alignment = Alignment(horizontal="center")
    heads = ["Nr", "Process/rutin", "Risk", "S", "K", "Riskvärde\n(S×K)", "Kontrollmoment",
             "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    fu = ["Status", "Resultat av kontrollen", "Avvikelse\n(Ja/Nej)", "Åtgärd"]
    header_row(ws, 6, heads)
    header_row(ws, 6, fu, fill=FU_FILL, start_col=12)
    rows = [
        ("G", "Ekonomiadministration"),
        ("C", "1.1", "Leverantörsfakturor", "Felaktiga utbetalningar eller oegentligheter", 2, 4,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Tertial", "Redovisningsansvarig", "Delår, helår",
         "Genomförd",
         "90 fakturor granskade under året. 2 fakturor saknade beslutsattest och har attesterats i efterhand.",
         "Ja", "Påminnelse om attestordningen skickad till samtliga budgetansvariga.",
         "GENOMFORD", "ja"),
        ("C", "1.2", "Representation", "Representation som strider mot riktlinjerna, förtroendeskada", 2, 3,
         "Kontroll att representation och övriga förtroendekänsliga poster följer riktlinjerna\n"
         "(syfte och deltagare ska framgå)",
         "Genomgång av samtliga verifikationer konto 7610-7630", "Helår", "Controller", "Helår",
         "Genomförd",
         "20 verifikationer granskade. Samtliga hade syfte och deltagarförteckning.", "Nej", "",
         "GENOMFORD", "nej"),
        ("C", "1.3", "Inköp", "Inköp utanför upphandlade avtal", 3, 3,
         "Köptrohet mot ramavtal – stickprov på inköp över 10 000 kr",
         "Stickprov 20 inköp per tertial", "Tertial", "Upphandlingssamordnare", "Delår, helår",
         "Delvis genomförd",
         "Stickprov genomfört för tertial 1 och 2 (40 inköp). Tertial 3 har inte kontrollerats p.g.a. vakans "
         "på upphandlingsenheten. 3 av 40 inköp gjordes utanför avtal.",
         "Ja", "Information om avtalskatalogen på chefsforum i november.",
         "DELVIS", "ja"),
        ("G", "Personal och lön"),
        ("C", "2.1", "Lön", "Felaktig lön vid nyanställning", 2, 3,
         "Kontroll att löneutbetalningar vid nyanställning överensstämmer med anställningsavtal",
         "Stickprov 15 nyanställningar", "Helår", "HR-chef", "Helår",
         "Genomförd", "15 nyanställningar kontrollerade mot avtal, inga avvikelser.", "Nej", "",
         "GENOMFORD", "nej"),
        ("C", "2.2", "Rehabilitering", "Rehabiliteringsansvaret fullgörs inte", 3, 3,
         "Uppföljning av att rehabiliteringsutredning påbörjas senast dag 14 vid sjukfrånvaro",
         "Uttag ur HR-systemet, jämförelse mot sjukfrånvaro", "Helår", "HR-chef", "Helår",
         "Ej genomförd",
         "Kontrollen har inte genomförts under året. Flyttas till internkontrollplan 2026.", "", "",
         "EJ_GENOMFORD", ""),
        ("G", "Informationssäkerhet"),
        ("C", "3.1", "Behörigheter", "Obehöriga har åtkomst till ekonomisystemet", 2, 4,
         "Behörigheter i ekonomisystemet – kontroll att avslutade anställningar har tagits bort",
         "Genomgång av behörighetslista mot HR-systemet", "Helår", "Systemförvaltare ekonomi", "Helår",
         "Genomförd",
         "Genomgång 2025-11-20. 4 konton för avslutade anställningar fanns kvar och har stängts.",
         "Ja", "Rutin för avslut av behörighet ses över med HR.",
         "GENOMFORD", "ja"),
        ("C", "3.2", "Loggkontroll", "Otillbörlig åtkomst till handlingar", 2, 3,
         "Loggkontroll i ärende- och dokumenthanteringssystemet",
         "Stickprov i loggar", "Halvår", "Kanslichef", "Helår",
         "Utgår",
         "Utgår enligt beslut KS 2025-06-11 § 98 med anledning av systembyte hösten 2025.", "–", "",
         "UTGAR", ""),
        ("G", "Styrning och ledning"),
        ("C", "4.1", "Delegation", "Delegationsbeslut anmäls inte", 2, 2,
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov i ärendesystemet", "Helår", "Kanslichef", "Helår",
         "Genomförd", "Stickprov 25 beslut, samtliga anmälda.", "Nej", "",
         "GENOMFORD", "nej"),
        ("C", "4.2", "Verkställighet", "Beslut verkställs inte eller sent", 3, 2,
         "Uppföljning av att beslut i kommunstyrelsen verkställs inom angiven tid",
         "Genomgång av beslutslista", "Helår", "Kommundirektör", "Helår",
         "Pågår",
         "Genomgång av 2025 års beslut pågår och redovisas till kommunstyrelsen i mars 2026.", "", "",
         "DELVIS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = BOLD
            c.fill = GROUP_FILL
        else:
            nr, proc, risk, s, k, km, met, frek, ansv, rapp, st, res, avv, atg, e_st, e_avv = row[1:]
            data_row(ws, r, [nr, proc, risk, s, k, s * k, km, met, frek, ansv, rapp,
                             st, res, avv, atg])
            exp(fil, N, km, e_st, e_avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde: S = sannolikhet (1–4), K = konsekvens (1–4).")
    ws.cell(row=r + 2, column=1, value="Uppföljningen sammanställd av: Lena Åkesson, controller, 2026-01-19")
    set_widths(ws, [6, 18, 28, 4, 4, 10, 42, 28, 10, 20, 12, 16, 48, 10, 34])
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - plan sheet + follow-up sheet keyed by nr
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IKP 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontrollplan"
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Beslutad BUN 2024-11-27 § 85"
    heads = ["Kontroll nr", "Område", "Risk", "Riskvärde (1–16)", "Kontrollmoment", "Metod",
             "Frekvens", "Ansvarig", "Rapportering till nämnd"]
    header_row(ws, 4, heads)
    # nr, område, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig, rapportering,
    # delår status, delår kommentar, helår status, helår kommentar, expected status, avvikelse
    C = [
        ("BUN-01", "Ekonomi", "Felaktiga utbetalningar", 8,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "1 ggr/år", "Ekonom", "Helår",
         None, None, "G", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("BUN-02", "Ekonomi", "Felaktig avgift, intäktsbortfall", 9,
         "Debitering av barnomsorgsavgift (maxtaxa) stämmer mot inkomstuppgift",
         "Inkomstkontroll mot Skatteverkets uppgifter", "1 ggr/år", "Handläggare barnomsorgsavgifter",
         "Delår, helår",
         "D", "Inkomstkontroll påbörjad i juni.",
         "G", "Inkomstkontroll för 2024 års inkomster genomförd. 12 hushåll hade för låg avgift, "
              "efterdebitering har skickats.", "GENOMFORD", "ja"),
        ("BUN-03", "Trygghet och studiero", "Kränkande behandling utreds inte skyndsamt", 12,
         "Anmälan av kränkande behandling till huvudman sker skyndsamt",
         "Uttag ur ärendesystemet, datum händelse/anmälan", "2 ggr/år", "Verksamhetsutvecklare",
         "Delår, helår",
         "G", "Samtliga anmälningar jan–jun inkom inom 5 arbetsdagar.",
         "D", "Hösten kontrollerad för grundskolorna, förskolorna återstår. 7 av 46 anmälningar "
              "från skolorna inkom senare än 5 arbetsdagar.", "DELVIS", "ja"),
        ("BUN-04", "Myndighetsutövning", "Felaktiga beslut om skolskjuts", 6,
         "Handläggning av skolskjuts – beslut fattas enligt riktlinjer och delegation",
         "Stickprov 10 beslut", "1 ggr/år", "Skolskjutssamordnare", "Delår",
         "G", "Stickprov 10 beslut, samtliga korrekt fattade enligt riktlinjer.",
         None, None, "GENOMFORD", "nej"),
        ("BUN-05", "Undervisning", "Problematisk skolfrånvaro upptäcks inte", 12,
         "Kontroll av frånvarorapportering och uppföljning av problematisk skolfrånvaro",
         "Stickprov elever med >15 % frånvaro", "1 ggr/år", "Rektorer", "Helår",
         None, None,
         "E", "Ej genomförd p.g.a. byte av lärplattform under hösten.", "EJ_GENOMFORD", ""),
        ("BUN-06", "Personal", "Olämplig person anställs i verksamhet med barn", 8,
         "Registerkontroll (belastningsregister) vid nyanställning", "Kontroll av samtliga nyanställningar",
         "Löpande", "HR-konsult", "Delår, helår",
         "G", "Samtliga nyanställda jan–aug har uppvisat utdrag.",
         "G", "Samtliga 38 nyanställda under året har uppvisat utdrag ur belastningsregistret.",
         "GENOMFORD", "nej"),
        ("BUN-07", "Säkerhet", "Brister i brandskydd", 8,
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Egenkontroll, checklista", "1 ggr/år", "Rektorer/förskolechefer", "Helår",
         None, None,
         "U", "Kontrollen flyttad till tekniska nämnden som fastighetsägare, beslut BUN 2025-03-26 § 21.",
         "UTGAR", ""),
        ("BUN-08", "Undervisning", "Elevers kunskapsutveckling dokumenteras inte", 6,
         "Uppföljning av att individuella utvecklingsplaner upprättas i åk 1–5",
         "Stickprov 3 klasser per skola", "1 ggr/år", "Rektorer", "Helår",
         None, None, None, "Se bilaga 2, Rapport IUP 2025.", "OKLAR", ""),
        ("BUN-09", "Ekonomi", "Inköp utanför avtal", 6,
         "Inköp sker via upphandlade avtal (avtalstrohet)", "Leverantörsanalys", "1 ggr/år",
         "Ekonom", "Helår",
         None, None, None, None, "SAKNAS", ""),
        ("BUN-10", "Särskilt stöd", "Elever får inte stöd de har rätt till", 12,
         "Dokumentation av extra anpassningar och särskilt stöd", "Granskning av elevakter",
         "2 ggr/år", "Elevhälsochef", "Delår, helår",
         "D", "Granskning pågår.",
         "D", "Granskning genomförd på 4 av 7 skolenheter. Brister i dokumentationen av "
              "åtgärdsprogram på 2 enheter.", "DELVIS", "ja"),
    ]
    for i, c in enumerate(C):
        data_row(ws, 5 + i, list(c[:9]))
        exp(fil, N, c[4], c[13], c[14])
    set_widths(ws, [10, 18, 30, 10, 46, 30, 10, 22, 14])

    fu = wb.create_sheet("Uppföljning")
    fu["A1"] = "Uppföljning av internkontrollplan 2025"
    fu["A1"].font = Font(bold=True, size=13)
    fu["A2"] = "Statuskod: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    fu["A2"].font = Font(italic=True)
    fu.merge_cells("B4:C4")
    fu["B4"] = "Delår (jan–aug)"
    fu.merge_cells("D4:E4")
    fu["D4"] = "Helår"
    for ref in ("B4", "D4"):
        fu[ref].font = BOLD
        fu[ref].fill = FU_FILL
        fu[ref].alignment = Alignment(horizontal="center")
    header_row(fu, 5, ["Kontroll nr", "Status", "Kommentar", "Status", "Kommentar"])
    for i, c in enumerate(C):
        data_row(fu, 6 + i, [c[0], c[9], c[10], c[11], c[12]])
    fu.cell(row=6 + len(C) + 1, column=1,
            value="Beslutad i barn- och utbildningsnämnden 2026-01-28 § 4")
    set_widths(fu, [10, 8, 40, 8, 60])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - traffic light fills, no status text (.xls)
# ---------------------------------------------------------------------------
def file_sn(tmp):
    fil = "Socialnämnden uppföljning internkontroll helår 2025.xls"
    N = "Socialnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    ORANGE = PatternFill("solid", fgColor="FFC000")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Internkontrollplanen antogs av socialnämnden 2024-12-12 § 140."
    legend = [(GREEN, "Kontroll genomförd, inga avvikelser"),
              (ORANGE, "Kontroll genomförd, avvikelser noterade"),
              (YELLOW, "Kontroll delvis genomförd"),
              (RED, "Kontroll ej genomförd"),
              (GREY, "Utgår")]
    ws["G1"] = "Teckenförklaring"
    ws["G1"].font = BOLD
    for i, (f, t) in enumerate(legend):
        ws.cell(row=2 + i, column=7).fill = f
        ws.cell(row=2 + i, column=7).border = BORDER
        ws.cell(row=2 + i, column=8, value=t)
    heads = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Tidpunkt",
             "Helår", "Kommentar"]
    header_row(ws, 8, heads)
    # process, nr, risk, riskvärde, km, metod, ansvarig, tidpunkt, fill, kommentar, exp st, avv
    C = [
        ("Ekonomiskt bistånd", "1", "Felaktiga utbetalningar", 12,
         "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 40 utbetalningar",
         "Enhetschef försörjningsstöd", "Helår", GREEN,
         "Stickprov 40 utbetalningar, samtliga överensstämmer med beslut.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "2", "Statlig ersättning återsöks inte", 6,
         "Handläggning av försörjningsstöd – återsökning av statliga ersättningar",
         "Genomgång av ärenden med återsökningsbar ersättning", "Ekonom", "Helår", None,
         "Se bilaga 1.", "OKLAR", ""),
        ("Barn och unga", "3", "Barn far illa utan att åtgärder vidtas", 16,
         "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Delår, helår", ORANGE,
         "Av 212 anmälningar förhandsbedömdes 189 inom 14 dagar. Orsak: hög arbetsbelastning under "
         "sommaren. Åtgärd: bemanningsplan för sommaren 2026.", "GENOMFORD", "ja"),
        ("Barn och unga", "4", "Utredningar överskrider lagstadgad tid", 12,
         "Utredningstid barnavårdsutredningar inom 4 månader", "Uttag ur verksamhetssystemet",
         "Enhetschef barn och unga", "Helår", YELLOW,
         "Kontrollen är genomförd för första halvåret. 3 utredningar överskred 4 månader "
         "utan beslut om förlängning.", "DELVIS", "ja"),
        ("Barn och unga", "5", "Placerade barn följs inte upp", 12,
         "Uppföljning av placeringar – vårdplaner och genomförandeplaner finns",
         "Granskning av 10 akter", "Enhetschef barn och unga", "Helår", RED,
         "Ej genomförd p.g.a. personalbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "6", "Otillbörlig åtkomst till personuppgifter", 9,
         "Loggkontroll i verksamhetssystemet (Lifecare)", "Slumpvis loggkontroll varje månad",
         "Systemförvaltare", "Helår", GREEN,
         "Loggkontroll har gjorts varje månad. Ingen otillbörlig åtkomst upptäckt.", "GENOMFORD", "nej"),
        ("Inköp", "7", "Placeringar görs utanför ramavtal", 8,
         "Kontroll av att placeringar i HVB följer ramavtal", "Genomgång av placeringar",
         "Ekonom", "Helår", GREY,
         "Utgår, ingår i den kommunövergripande kontrollen av avtalstrohet.", "UTGAR", ""),
        ("Arbetsmiljö", "8", "Hot och våld mot personal", 9,
         "Hot och våld – handlingsplan känd på samtliga enheter (APT)",
         "Protokoll från APT", "Avdelningschefer", "Helår", GREEN,
         "Handlingsplanen gicks igenom på APT på samtliga enheter under våren.", "GENOMFORD", "nej"),
    ]
    r = 9
    start = r
    prev = None
    for c in C:
        proc, nr, risk, rv, km, met, ansv, tid, fill, kom, e_st, e_avv = c
        data_row(ws, r, [nr, proc if proc != prev else None, risk, rv, km, met, ansv, tid, None, kom])
        if fill is not None:
            ws.cell(row=r, column=9).fill = fill
        exp(fil, N, km, e_st, e_avv)
        prev = proc
        r += 1
    # merge process cells for consecutive equal processes
    r0 = start
    i = 0
    while i < len(C):
        j = i
        while j + 1 < len(C) and C[j + 1][0] == C[i][0]:
            j += 1
        if j > i:
            ws.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + j, end_column=2)
        i = j + 1
    ws.cell(row=r + 1, column=1, value="Socialförvaltningen 2026-01-22, Maria Lindqvist, socialchef")
    set_widths(ws, [5, 18, 28, 9, 44, 28, 22, 12, 9, 55])
    src = os.path.join(tmp, "Socialnämnden uppföljning internkontroll helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4a. Vård- och omsorgsnämnden - adopted plan, follow-up columns empty
# 4b. Vård- och omsorgsnämnden - separate follow-up in Word
# ---------------------------------------------------------------------------
VON = [
    # nr, område, risk, S, K, full kontrollmoment, docx kontrollmoment, metod, frekvens, ansvarig,
    # rapport, docx resultat, docx bedömning, expected status, avvikelse
    (1, "Myndighetsutövning", "Beslut verkställs inte i tid", 3, 4,
     "Kontroll av att biståndsbeslut verkställs inom tre månader (ej verkställda beslut rapporteras till IVO)",
     "Biståndsbeslut verkställs inom tre månader, ej verkställda beslut rapporteras till IVO",
     "Uttag ur verksamhetssystemet", "Kvartal", "Enhetschef myndighet", "Helår",
     "Kontrollen genomförd varje kvartal. Två beslut om särskilt boende verkställdes inte inom tre "
     "månader. Båda har rapporterats till IVO och nämnden.", "Genomförd med anmärkning",
     "GENOMFORD", "ja"),
    (2, "Ekonomi", "Felaktiga avgifter", 2, 3,
     "Avgiftsdebitering inom hemtjänst och särskilt boende stämmer mot beslut och inkomstuppgift",
     "Avgiftsdebitering inom hemtjänst och särskilt boende stämmer mot beslut och inkomstuppgift",
     "Stickprov 20 avgiftsbeslut", "Helår", "Avgiftshandläggare", "Helår",
     "20 avgiftsbeslut kontrollerade mot beslut och inkomstuppgift. Inga fel hittades.",
     "Genomförd utan anmärkning", "GENOMFORD", "nej"),
    (3, "Hälso- och sjukvård", "Felaktig läkemedelshantering", 3, 4,
     "Läkemedelshantering – kontroll av signeringslistor",
     "Läkemedelshantering – kontroll av signeringslistor",
     "Granskning av signeringslistor en vecka per boende", "Halvår", "MAS", "Helår",
     "Kontroll utförd på 3 av 5 särskilda boenden. På Björkhagen saknades signering vid "
     "8 tillfällen, åtgärdsplan upprättad. Övriga boenden kontrolleras i februari 2026.",
     "Delvis genomförd", "DELVIS", "ja"),
    (4, "Kvalitet", "Avvikelser leder inte till förbättring", 2, 3,
     "Avvikelserapportering enligt SoL och HSL analyseras och återkopplas",
     "Avvikelserapportering enligt SoL och HSL analyseras och återkopplas",
     "Genomgång av avvikelsesammanställning", "Halvår", "Kvalitetsutvecklare", "Helår",
     "Avvikelser har sammanställts och analyserats halvårsvis och återkopplats på APT.",
     "Genomförd utan anmärkning", "GENOMFORD", "nej"),
    (5, "Hemtjänst", "Debiterad tid stämmer inte med utförd tid", 3, 3,
     "Kontroll av att hemtjänsttid i planeringssystemet överensstämmer med utförd tid",
     "Kontroll av att hemtjänsttid i planeringssystemet överensstämmer med utförd tid",
     "Jämförelse planerad/utförd tid, 2 veckor", "Helår", "Enhetschefer hemtjänst", "Helår",
     "Kontrollen har inte genomförts eftersom nytt planeringssystem införs i mars 2026.",
     "Ej genomförd", "EJ_GENOMFORD", ""),
    (6, "Ekonomi", "Brukares pengar hanteras felaktigt", 2, 4,
     "Hantering av brukares privata medel (kontanthantering på boenden)",
     "Hantering av brukares privata medel (kontanthantering på boenden)",
     "Kassaräkning och kontroll av kvitton", "Helår", "Enhetschefer SÄBO", "Helår",
     "Kassaräkning gjord på samtliga boenden i oktober. Kvitto saknades för ett uttag om 450 kr "
     "på Solgården.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
    (7, "Personal", "Olämplig person anställs i verksamhet med barn", 2, 4,
     "Registerkontroll vid anställning inom LSS-verksamhet för barn och unga",
     "Registerkontroll vid anställning inom LSS-verksamhet för barn och unga",
     "Kontroll av samtliga nyanställningar", "Löpande", "HR-konsult", "Helår",
     "Kontroll genomförd. Samtliga 11 nyanställda inom korttidsboende och fritids för barn med "
     "funktionsnedsättning har uppvisat utdrag. Inga avvikelser.", "",
     "GENOMFORD", "nej"),
]


def file_von_plan():
    fil = "VON Internkontrollplan 2025 (antagen).xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vård- och omsorgsnämnden, Vittsjö kommun"
    ws["A3"] = "Antagen av vård- och omsorgsnämnden 2024-12-05 § 118"
    heads = ["Nr", "Område", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
             "Metod", "Frekvens", "Ansvarig", "Återrapportering"]
    header_row(ws, 5, heads)
    header_row(ws, 5, ["Uppföljning delår", "Uppföljning helår", "Avvikelse/åtgärd"],
               fill=FU_FILL, start_col=12)
    for i, c in enumerate(VON):
        r = 6 + i
        data_row(ws, r, [c[0], c[1], c[2], c[3], c[4], c[3] * c[4], c[5], c[7], c[8], c[9], c[10],
                         None, None, None])
        exp(fil, N, c[5], "SAKNAS", "")
    ws.cell(row=6 + len(VON) + 1, column=1,
            value="Riskvärde = sannolikhet × konsekvens. Risker med riskvärde 6 eller högre tas med i planen.")
    set_widths(ws, [5, 18, 30, 11, 11, 9, 46, 30, 10, 20, 14, 18, 18, 24])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", ""))


def file_von_fu():
    fil = "VON uppföljning internkontrollplan helår 2025.docx"
    N = "Vård- och omsorgsnämnden"
    d = new_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "VITTSJÖ KOMMUN\tVård- och omsorgsförvaltningen\tDnr VON 2025/34"
    p = d.add_paragraph()
    run = p.add_run("Tjänsteskrivelse\n2026-01-15")
    run.font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplan för 2025 den 5 december 2024, § 118. "
        "Planen omfattar sju kontrollmoment. Av dessa har fem genomförts, ett har genomförts delvis och "
        "ett har inte genomförts. Vid två av de genomförda kontrollerna har avvikelser noterats. "
        "Förvaltningen bedömer att den interna kontrollen i allt väsentligt har varit tillräcklig.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    d.add_paragraph("Bedömning anges som Genomförd utan anmärkning, Genomförd med anmärkning, "
                    "Delvis genomförd eller Ej genomförd.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Genomförande och resultat", "Bedömning"]):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for c in VON:
        row = t.add_row().cells
        row[0].text = str(c[0])
        row[1].text = c[6]
        row[2].text = c[11]
        row[3].text = c[12]
        exp(fil, N, c[6], c[13], c[14])
    for row in t.rows:
        row.cells[0].width = Cm(1.0)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(7.5)
        row.cells[3].width = Cm(3.0)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplan 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_paragraph("\nAnna Persson\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - T1/T2/Helår status side by side (.ods)
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN_IK_2025.ods"
    N = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 inkl. uppföljning T1, T2 och helår"
    ws.merge_cells("A4:H4")
    ws["A4"] = "Plan"
    ws.merge_cells("I4:L4")
    ws["I4"] = "Uppföljning"
    for ref, fill in (("A4", HEAD_FILL), ("I4", FU_FILL)):
        ws[ref].font = BOLD
        ws[ref].fill = fill
        ws[ref].alignment = Alignment(horizontal="center")
    header_row(ws, 5, ["Nr", "Process", "Kontrollmoment", "Risk", "Riskvärde", "Metod", "Ansvarig",
                       "Rapporteras"])
    header_row(ws, 5, ["T1 (jan–apr)", "T2 (maj–aug)", "Helår", "Kommentar (senaste)"],
               fill=FU_FILL, start_col=9)
    C = [
        ("1", "Kassahantering", "Kontanthantering i kassor på bibliotek och simhall – kassaavstämning",
         "Svinn, stöld", 9, "Oanmäld kassaräkning", "Enhetschef bibliotek/bad", "T1, T2, helår",
         "Genomförd", "Genomförd", "Genomförd", "Inga differenser vid någon av kassaräkningarna.",
         "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt bidragsregler och beslut",
         "Felaktiga utbetalningar", 8, "Stickprov 12 bidrag", "Fritidskonsulent", "T2, helår",
         "", "Pågår", "Genomförd",
         "Stickprov 12 bidrag. En förening fick aktivitetsstödet utbetalt två gånger, beloppet är återkrävt.",
         "GENOMFORD", "ja"),
        ("3", "Lokaluthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Intäktsbortfall", 6, "Stickprov bokningar mot fakturor", "Bokningsansvarig", "T1, T2",
         "Genomförd", "Genomförd", "", "Stickprov 30 bokningar under T2, samtliga rätt debiterade.",
         "GENOMFORD", "nej"),
        ("4", "Inventarier", "Inventering av utlånad utrustning (fritidsbanken, instrument kulturskolan)",
         "Förlust av utrustning", 6, "Inventering mot register", "Enhetschef kulturskola", "T2, helår",
         "", "Ej påbörjad", "Pågår",
         "Inventeringen av instrument på kulturskolan är klar, fritidsbanken återstår.",
         "DELVIS", ""),
        ("5", "Personal",
         "Registerkontroll för personal och ledare i verksamhet med barn (fritidsgård, kulturskola)",
         "Olämplig person i verksamhet med barn", 12, "Kontroll av samtliga anställda och timanställda",
         "Enhetschef fritid", "Helår",
         "", "", "Genomförd", "Kontrollerat i oktober 2025, utdrag finns för samtliga.",
         "GENOMFORD", "nej"),
        ("6", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Inköp utanför avtal", 4,
         "Stickprov 20 fakturor", "Administrativ chef", "Helår",
         "", "", "Ej påbörjad", "Hinns inte med under 2025, flyttas till planen för 2026.",
         "EJ_GENOMFORD", ""),
        ("7", "Lokaler", "Tillgänglighetsinventering av nämndens anläggningar",
         "Anläggningar är inte tillgängliga", 6, "Inventering enligt checklista", "Fritidschef",
         "Helår",
         "", "", "Ej aktuell", "Ingår i tekniska nämndens lokalförsörjningsplan, beslut KFN 2025-04-15 § 32.",
         "UTGAR", ""),
        ("8", "Evenemang", "Säkerhetsrutiner vid evenemang (riskbedömning och tillstånd)",
         "Olycka vid evenemang", 8, "Genomgång av evenemangsakter", "Evenemangssamordnare", "Helår",
         "", "", "", "", "SAKNAS", ""),
    ]
    for i, c in enumerate(C):
        data_row(ws, 6 + i, list(c[:12]))
        exp(fil, N, c[2], c[12], c[13])
    ws.cell(row=6 + len(C) + 1, column=1,
            value="Status: Genomförd / Pågår / Ej påbörjad / Ej aktuell")
    set_widths(ws, [5, 16, 46, 24, 9, 28, 22, 13, 12, 12, 12, 50])
    src = os.path.join(tmp, "KFN_IK_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsförvaltningen - SBN and MBN on one sheet each, X tick columns
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnadsförvaltningen IKP 2025 helår.xlsx"
    wb = new_wb()
    first = True
    sheets = [
        ("SBN 2025", "Samhällsbyggnadsnämnden", "Antagen SBN 2024-12-10 § 102", [
            ("S1", "Planprocess", "Detaljplaner – handläggningstid enligt plan- och bygglagen följs",
             "Fördröjda planer, skadestånd", 6, "Genomgång av antagna planer", "Helår", "Planchef", "Helår",
             "X", "", "", "Samtliga 5 antagna detaljplaner hanterades inom tidplan.", "N", "GENOMFORD", "nej"),
            ("S2", "Bostadsanpassning", "Bostadsanpassningsbidrag – beslut fattas inom 8 veckor",
             "Lång handläggningstid", 9, "Uttag ur ärendesystemet", "Halvår", "Handläggare BAB", "Helår",
             "", "X", "", "Kontrollen gjord för januari–juni. 4 av 31 ärenden tog längre tid än 8 veckor.",
             "J", "DELVIS", "ja"),
            ("S3", "Planavgift", "Debitering av planavgift och planavtal enligt taxa",
             "Intäktsbortfall", 6, "Stickprov 10 ärenden", "Helår", "Ekonom", "Helår",
             "X", "X", "", "", "", "OKLAR", ""),
            ("S4", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Felaktiga utbetalningar", 8, "Stickprov 20 fakturor", "Helår", "Ekonom", "Helår",
             "X", "", "", "Inga avvikelser.", "N", "GENOMFORD", "nej"),
            ("S5", "Mark och exploatering",
             "Försäljning av kommunal mark sker enligt riktlinjer för markanvisning",
             "Försäljning till fel pris, förtroendeskada", 8, "Genomgång av köpeavtal", "Helår",
             "Mark- och exploateringsingenjör", "Helår",
             "", "", "X", "Kontrollen har inte genomförts p.g.a. vakant tjänst som mark- och "
                          "exploateringsingenjör.", "", "EJ_GENOMFORD", ""),
            ("S6", "Dokumenthantering",
             "Diarieföring och arkivering av nämndens handlingar enligt dokumenthanteringsplan",
             "Handlingar kan inte återsökas", 4, "Stickprov i diariet", "Helår", "Nämndsekreterare",
             "Helår",
             "", "", "", "Utgår enligt beslut SBN 2025-05-20 § 44.", "", "UTGAR", ""),
        ]),
        ("MBN 2025", "Miljö- och byggnämnden", "Antagen MBN 2024-12-12 § 131", [
            ("M1", "Bygglov", "Bygglov – beslut inom 10 veckor från komplett ansökan (PBL 9 kap. 27 §)",
             "Avgiftsreduktion, missnöjda sökande", 12, "Uttag ur ärendesystemet", "Helår",
             "Bygglovschef", "Helår",
             "X", "", "", "312 beslut under året, 9 överskred tidsfristen. Avgiften har reducerats enligt PBL.",
             "J", "GENOMFORD", "ja"),
            ("M2", "Tillsyn", "Tillsynsavgifter miljö och livsmedel debiteras enligt taxa och tillsynsplan",
             "Intäktsbortfall", 8, "Jämförelse tillsynsplan/fakturering", "Helår", "Miljöchef", "Helår",
             "", "X", "", "Livsmedel kontrollerat utan anmärkning. Miljötillsynen kontrolleras under "
                          "första kvartalet 2026.", "N", "DELVIS", "nej"),
            ("M3", "Rättssäkerhet", "Jäv – handläggare och ledamöter anmäler jäv", "Förtroendeskada", 6,
             "Genomgång av protokoll och ärenden", "Helår", "Nämndsekreterare", "Helår",
             "X", "", "", "Ingen avvikelse noterad.", "N", "GENOMFORD", "nej"),
            ("M4", "Delegation", "Delegationsbeslut anmäls till nämnden",
             "Beslut vinner inte laga kraft", 6, "Stickprov 30 beslut", "Helår", "Nämndsekreterare",
             "Helår",
             "X", "", "", "Stickprov 30 beslut, 2 beslut var inte anmälda. Anmäls i februari 2026.",
             "J", "GENOMFORD", "ja"),
            ("M5", "Tillsyn", "Uppföljning av att förelägganden följs upp inom beslutad tid",
             "Brister kvarstår", 9, "Stickprov 10 förelägganden", "Helår", "Miljöchef", "Helår",
             "", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, N, antagen, C in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws["A1"] = f"Internkontrollplan 2025 – {N}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = antagen
        ws["A3"] = "Uppföljning per 2025-12-31. Markera med X i den kolumn som gäller."
        ws.merge_cells("J5:N5")
        ws["J5"] = "Uppföljning helår"
        ws["J5"].font = BOLD
        ws["J5"].fill = FU_FILL
        ws["J5"].alignment = Alignment(horizontal="center")
        header_row(ws, 6, ["Nr", "Rutin/system", "Kontrollmoment", "Risk", "Riskvärde", "Metod",
                           "Frekvens", "Ansvarig", "Rapport"])
        header_row(ws, 6, ["Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar",
                           "Avvikelse (J/N)"], fill=FU_FILL, start_col=10)
        for i, c in enumerate(C):
            r = 7 + i
            data_row(ws, r, list(c[:14]))
            for col in (10, 11, 12):
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, c[2], c[14], c[15])
        r = 7 + len(C)
        ws.cell(row=r, column=9, value="Summa").font = BOLD
        for col in (10, 11, 12):
            n = sum(1 for c in C if c[col - 1] == "X")
            ws.cell(row=r, column=col, value=n).font = BOLD
        ws.cell(row=r + 2, column=1, value="Datum: 2026-01-20")
        ws.cell(row=r + 3, column=1, value="Förvaltningschef: Johan Berg")
        set_widths(ws, [5, 18, 44, 26, 9, 26, 9, 22, 8, 10, 10, 10, 50, 10])
        FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - nämnd only in file name and print header, symbols
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN_ikp_2025_uppf.xlsx"
    N = "Överförmyndarnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Överförmyndarnämnden – Vittsjö kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning 31 december"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Id", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
                       "Hur", "När", "Vem", "Resultat 2025", "Bedömning"])
    C = [
        ("Ö1", "Årsräkningar granskas inte i tid", 3, 3,
         "Granskning av årsräkningar sker inom sex månader från inlämning",
         "Uttag ur Wärna", "Helår", "Handläggare",
         "93 % granskade inom sex månader. 7 årsräkningar blev försenade.", "!", "GENOMFORD", "ja"),
        ("Ö2", "Olämplig ställföreträdare förordnas", 2, 4,
         "Kontroll av att ställföreträdare har utdrag ur belastningsregistret och kreditupplysning "
         "innan förordnande", "Stickprov 15 akter", "Helår", "Handläggare",
         "15 akter kontrollerade, samtliga kompletta.", "✔", "GENOMFORD", "nej"),
        ("Ö3", "Felaktiga arvoden", 2, 2,
         "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 arvodesbeslut", "Helår", "Handläggare",
         "Inga avvikelser.", "✔", "GENOMFORD", "nej"),
        ("Ö4", "Förteckningar saknas", 3, 2,
         "Förteckningar inkommer inom två månader efter förordnande och påminnelse skickas",
         "Bevakningslista", "Halvår", "Handläggare",
         "Kontroll gjord för första halvåret, andra halvåret återstår.", "◐", "DELVIS", ""),
        ("Ö5", "Uttag från spärrade medel utan samtycke", 2, 4,
         "Spärrade konton – kontroll att uttag från spärrade medel har överförmyndarens samtycke",
         "Stickprov mot bankens uppgifter", "Helår", "Handläggare",
         "Ej genomförd, planeras till första tertialet 2026.", "✖", "EJ_GENOMFORD", ""),
        ("Ö6", "Felaktig utbetalning av arvode", 2, 3,
         "Attest av arvodesutbetalningar till ställföreträdare",
         "Stickprov 20 utbetalningar", "Helår", "Administratör",
         "Samtliga utbetalningar attesterade enligt attestordningen.", "✔", "GENOMFORD", "nej"),
    ]
    for i, c in enumerate(C):
        r = 4 + i
        id_, risk, s, k, km, hur, nar, vem, res, sym, e_st, e_avv = c
        data_row(ws, r, [id_, risk, s, k, s * k, km, hur, nar, vem, res, sym])
        ws.cell(row=r, column=11).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=11).font = Font(size=14)
        exp(fil, N, km, e_st, e_avv)
    r = 4 + len(C) + 1
    ws.cell(row=r, column=1, value="Bedömning:").font = BOLD
    ws.cell(row=r + 1, column=1, value="✔ = Kontroll genomförd utan avvikelse")
    ws.cell(row=r + 2, column=1, value="! = Kontroll genomförd, avvikelse noterad")
    ws.cell(row=r + 3, column=1, value="◐ = Kontroll delvis genomförd")
    ws.cell(row=r + 4, column=1, value="✖ = Kontroll ej genomförd")
    set_widths(ws, [5, 28, 11, 11, 9, 46, 22, 9, 13, 44, 11])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from tekniska nämnden (no follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK helår 2025 Tekniska nämnden.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "VITTSJÖ KOMMUN – Tekniska förvaltningen"
    d.add_paragraph("2026-01-26")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Tekniska nämndens uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Tekniska nämndens helårsuppföljning av internkontrollplanen för 2025 kan inte lämnas "
        "inom utsatt tid. Kontrollerna av fakturering av VA-avgifter och av avtalstrohet vid "
        "entreprenadupphandlingar slutförs under februari, och uppföljningen behandlas i tekniska "
        "nämnden 2026-02-18.")
    d.add_paragraph(
        "Uppföljningen skickas till ekonomienheten direkt efter nämndens sammanträde, senast "
        "2026-02-20. Vi ber om överseende med förseningen.")
    d.add_paragraph("\nMed vänlig hälsning\n\nPeter Nilsson\nTeknisk chef, Tekniska förvaltningen\n"
                    "0451-38 12 40")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggavdelningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Vittsjö Bostäder AB", "VBAB|Vittsjöbostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r405_")
    try:
        file_ks()
        file_bun()
        file_sn(tmp)
        file_von_plan()
        file_von_fu()
        file_kfn(tmp)
        file_sbf()
        file_ofn()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
