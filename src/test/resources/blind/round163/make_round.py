#!/usr/bin/python3
"""Blind round 163 – Nordmark kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv.  Run with:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round163"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(rgb):
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def fixed_props(wb):
    from datetime import datetime
    wb.properties.creator = "Nordmark kommun"
    wb.properties.created = datetime(2025, 9, 5, 8, 0, 0)
    wb.properties.modified = datetime(2025, 9, 5, 8, 0, 0)


# ---------------------------------------------------------------------------
# 1. Socialnämnden – big xlsx, process group rows, risk scores, split rows
# ---------------------------------------------------------------------------
SN_FILE = "Socialnämnden Uppföljning IKP delår 2025.xlsx"
SN = "Socialnämnden"

# (nr, delprocess, kontrollmoment (list = split over physical rows), S, K,
#  metod, tidpunkt, ansvarig, status cell, kommentar (list = split), exp status, exp avv)
SN_GROUPS = [
    ("1. Myndighetsutövning – barn och unga", [
        ("1.1", "Orosanmälan",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar enligt 11 kap. 1 a § SoL",
         3, 4, "Stickprov 20 anmälningar i Treserva", "Tertial 1, delår",
         "Enhetschef mottagning barn och unga",
         "Genomförd med avvikelse",
         "17 av 20 förhandsbedömningar klara inom 14 dagar.\nTre överskridanden (16–21 dagar) under semesterperioden.\nÅtgärd: bemanningsplan för mottagningen sommartid.",
         "GENOMFORD", "ja"),
        ("1.2", "Utredning",
         "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader eller förlängs genom beslut",
         3, 3, "Uttag ur verksamhetssystem", "Tertialvis",
         "Enhetschef utredning barn och unga\nVerksamhetsutvecklare IFO",
         "Delvis genomförd",
         "Uttag gjort för januari–april: 94 % avslutade inom fyra månader, förlängningsbeslut fanns i övriga. Inga avvikelser hittills.\nUttag för maj–augusti ej klart p.g.a. byte av verksamhetssystem.",
         "DELVIS", "nej"),
        ("1.3", "Placeringar",
         ["Avtal och beslut finns för samtliga externa placeringar",
          "(HVB, familjehem, stödboende)"],
         2, 4, "Genomgång av samtliga placeringar per 30/6", "Delår",
         "Placeringssamordnare",
         "Genomförd",
         "Samtliga 42 pågående placeringar kontrollerade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("1.4", "Placeringar",
         "Fakturor för externa placeringar stäms av mot beslut och avtal före attest",
         3, 3, "Stickprov 15 fakturor", "Delår",
         "Placeringssamordnare\nController socialförvaltningen",
         "Genomförd med avvikelse",
         "Två fakturor avsåg vårddygn efter avslutad placering (totalt 38 400 kr).\nKreditering begärd och erhållen i augusti.",
         "GENOMFORD", "ja"),
        ("1.5", "Familjehem",
         "Familjehemsutredningar är genomförda och dokumenterade innan placering",
         2, 4, "Aktgranskning 10 familjehem", "Delår",
         "Enhetschef familjehem",
         "Pågår",
         "Granskning av 10 akter pågår, 6 klara. Klart i oktober.",
         "DELVIS", ""),
    ]),
    ("2. Myndighetsutövning – vuxna och ekonomiskt bistånd", [
        ("2.1", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut och riktlinjer",
         3, 3, "Stickprov 30 utbetalningar", "Tertialvis",
         "Enhetschef ekonomiskt bistånd",
         "Genomförd",
         "Stickprov 30 utbetalningar, samtliga enligt beslut. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2.2", "Ekonomiskt bistånd",
         "Kontroll mot Försäkringskassan, CSN och Arbetsförmedlingen (SSBTEK) görs vid nyansökan",
         3, 3, "Stickprov 25 nyansökningar", "Delår",
         "Enhetschef ekonomiskt bistånd",
         "Genomförd med avvikelse",
         "I 4 av 25 granskade ärenden saknades dokumenterad SSBTEK-kontroll.\nPåminnelse till handläggare på APT, ny kontroll vid helår.",
         "GENOMFORD", "ja"),
        ("2.3", "Ekonomiskt bistånd",
         "Återkrav av felaktigt utbetalt bistånd beslutas och bevakas",
         2, 3, "Genomgång av återkravsreskontra", "Delår",
         "Controller socialförvaltningen",
         "Ej genomförd",
         "Ej genomförd p.g.a. vakans som controller under våren. Flyttas till helår.",
         "EJ_GENOMFORD", ""),
        ("2.4", "Missbruk och beroende",
         "Beslutade insatser för vuxna med missbruk följs upp inom sex månader",
         2, 3, "Stickprov 10 ärenden", "Helår",
         "Enhetschef vuxenenheten",
         "Ej påbörjad",
         "Planerad till hösten enligt plan.",
         "EJ_GENOMFORD", ""),
    ]),
    ("3. Vård och omsorg – äldreomsorg", [
        ("3.1", "Biståndsbedömning",
         "Beslut om hemtjänst innehåller tidsbegränsning och uppföljningsdatum",
         2, 2, "Stickprov 15 beslut", "Delår",
         "Enhetschef biståndsenheten",
         "Genomförd",
         "Stickprov 15 beslut, samtliga korrekta.",
         "GENOMFORD", "nej"),
        ("3.2", "Hemtjänst",
         ["Utförd tid i hemtjänsten (TES) stäms av mot beviljad tid",
          "och fakturerat underlag från externa utförare"],
         4, 3, "Avstämning per utförare, mars och juni", "Tertialvis",
         "Avtalsuppföljare\nController socialförvaltningen",
         "Genomförd med avvikelse",
         ["Avvikelse hos en extern utförare: 112 timmar fakturerade utan registrerad utförd tid.",
          "Ärendet överlämnat till avtalsuppföljare, återbetalning begärd."],
         "GENOMFORD", "ja"),
        ("3.3", "Avgifter",
         "Avgiftsbeslut för hemtjänst och särskilt boende baseras på aktuell inkomstuppgift",
         3, 2, "Stickprov 40 avgiftsbeslut", "Delår",
         "Avgiftshandläggare",
         "Delvis genomförd",
         "20 av planerade 40 avgiftsbeslut kontrollerade.\nTvå beslut byggde på inkomstuppgift från 2023 – korrigerade.",
         "DELVIS", "ja"),
        ("3.4", "Särskilt boende",
         "Riskbedömningar i Senior alert görs vid inflyttning på särskilt boende",
         2, 3, "Stickprov 10 inflyttningar", "Delår",
         "MAS",
         "Utgår",
         "Utgår enligt beslut SN 2025-04-23 § 58, ersätts av MAS egenkontroll.",
         "UTGAR", ""),
        ("3.5", "Hälso- och sjukvård",
         "Läkemedelshantering på särskilda boenden följer rutin (signeringslistor, narkotikaförråd)",
         3, 4, "Läkemedelsgenomgång, extern farmaceut", "Delår",
         "MAS\nEnhetschefer SÄBO",
         "Se bilaga 3",
         "",
         "OKLAR", ""),
        ("3.6", "Hälso- och sjukvård",
         "Rapporter enligt lex Sarah utreds och vid behov anmäls till IVO inom föreskriven tid",
         2, 4, "Genomgång av samtliga rapporter", "Tertialvis",
         "Kvalitetsstrateg",
         "Genomförd",
         "6 rapporter inkomna jan–aug, samtliga utredda och vid behov anmälda inom föreskriven tid.",
         "GENOMFORD", "nej"),
    ]),
    ("4. Funktionsstöd – LSS", [
        ("4.1", "Personlig assistans",
         "Tidsredovisningar för personlig assistans (FK 3059) stäms av mot utbetalda timmar",
         3, 3, "Avstämning två månader", "Delår",
         "Enhetschef personlig assistans",
         "Genomförd",
         "Avstämning gjord för mars och juni.\nInga differenser över 2 %.",
         "GENOMFORD", "nej"),
        ("4.2", "Verkställighet",
         "Gynnande LSS-beslut verkställs inom tre månader, ej verkställda beslut rapporteras till IVO",
         3, 3, "Kvartalsrapportering", "Kvartalsvis",
         "Enhetschef LSS-handläggning",
         "Pågår",
         "Rapportering Q1 och Q2 gjord.\nTre ej verkställda beslut om bostad med särskild service rapporterade till IVO.",
         "DELVIS", "ja"),
    ]),
    ("5. Ekonomi, administration och informationssäkerhet", [
        ("5.1", "Attest",
         "Attest av leverantörsfakturor enligt attestordningen",
         2, 3, "Stickprov 40 fakturor", "Tertialvis",
         "Controller socialförvaltningen",
         "Genomförd",
         "Stickprov 40 fakturor, samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("5.2", "Förtroendekänsliga poster",
         "Förtroendekänsliga poster (representation, kurser, resor) är korrekt redovisade",
         2, 3, "Stickprov 25 fakturor", "Delår",
         "Controller socialförvaltningen",
         "Genomförd med avvikelse",
         "3 av 25 representationsfakturor saknade deltagarförteckning och syfte.",
         "GENOMFORD", "ja"),
        ("5.3", "Inköp",
         "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         3, 2, "Uttag ur inköpsanalysverktyg", "Delår",
         "Ekonomichef socialförvaltningen",
         "Genomförd",
         "Avtalstrohet 87 % (mål 90 %).\nKöp utanför avtal främst förbrukningsmaterial och livsmedel på gruppbostäder.",
         "GENOMFORD", "ja"),
        ("5.4", "Delegation",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         2, 2, "Jämförelse beslutslistor/protokoll", "Tertialvis",
         "Nämndsekreterare",
         "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("5.5", "Kontanthantering",
         ["Handkassor och brukares privata medel (klientmedel)",
          "inventeras och stäms av mot kassabok"],
         3, 2, "Oanmäld inventering 14 enheter", "Delår",
         "Enhetschefer\nController socialförvaltningen",
         "Delvis genomförd",
         "Inventering gjord på 9 av 14 enheter.\nDifferens 450 kr på en enhet, utredd och åtgärdad.",
         "DELVIS", "ja"),
        ("5.6", "Personal",
         "Utdrag ur belastningsregistret begärs vid nyanställning inom barn- och LSS-verksamhet",
         2, 4, "Stickprov 20 nyanställningar", "Delår",
         "HR-specialist",
         "Genomförd",
         "Samtliga 20 hade uppvisat utdrag före anställning.",
         "GENOMFORD", "nej"),
        ("5.7", "Informationssäkerhet",
         "Behörigheter i Treserva och Procapita följs upp mot aktuell anställning",
         3, 3, "Behörighetslista mot HR-system", "Delår",
         "Systemförvaltare\nInformationssäkerhetssamordnare",
         "Genomförd med avvikelse",
         "11 aktiva behörigheter för avslutade anställningar – avslutade 2025-06-10.\nRutin för avslut vid anställningens slut ses över.",
         "GENOMFORD", "ja"),
        ("5.8", "Informationssäkerhet",
         "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         3, 4, "Slumpvis loggkontroll 10 akter/månad", "Löpande",
         "Systemförvaltare",
         "",
         "",
         "SAKNAS", ""),
        ("5.9", "Dataskydd",
         "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         2, 4, "Genomgång av incidentlogg", "Delår",
         "Dataskyddssamordnare",
         "",
         "Kontroll genomförd i juni – båda incidenterna som krävde anmälan anmäldes inom 72 timmar.",
         "GENOMFORD", "nej"),
    ]),
]


def build_sn():
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IKP 2025 delår"
    ws.oddHeader.center.text = "Socialnämnden – internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    headers = ["Nr", "Process / delprocess", "Kontrollmoment", "Sannolikhet (1–4)",
               "Konsekvens (1–4)", "Riskvärde", "Kontrollmetod / omfattning", "Tidpunkt",
               "Ansvarig", "Status delår", "Kommentar / resultat delår"]
    widths = [6, 20, 48, 11, 11, 9, 28, 13, 28, 18, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Nordmark kommun"
    ws["A1"].font = Font(bold=True, size=10, color="FF555555")
    ws["A2"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: Delår (januari–augusti 2025)"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = ("Internkontrollplanen beslutad i SN 2025-01-29 § 12. Uppföljningen redovisas för nämnden "
                "2025-09-24 tillsammans med delårsrapporten. Riskvärde = sannolikhet × konsekvens.")
    ws.merge_cells("A4:K4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    hr = 6
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "A7"
    r = hr + 1
    n = 0
    for gname, rows in SN_GROUPS:
        ws.cell(row=r, column=1, value=gname)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("FFD9E1F2")
        r += 1
        for (nr, dp, km, s, k, metod, tid, ansv, status, komm, est, eavv) in rows:
            kms = km if isinstance(km, list) else [km]
            kos = komm if isinstance(komm, list) else [komm]
            vals = [nr, dp, kms[0], s, k, s * k, metod, tid, ansv, status, kos[0]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = WRAP
                cell.border = BORDER
            extra = max(len(kms), len(kos)) - 1
            for j in range(1, extra + 1):
                for c in range(1, 12):
                    ws.cell(row=r + j, column=c).border = BORDER
                    ws.cell(row=r + j, column=c).alignment = WRAP
                if j < len(kms):
                    ws.cell(row=r + j, column=3, value=kms[j])
                if j < len(kos):
                    ws.cell(row=r + j, column=11, value=kos[j])
            r += 1 + extra
            n += 1
            EXPECTED.append((SN_FILE, SN, " ".join(kms), est, eavv))
    r += 1
    ws.cell(row=r, column=1, value=(
        "Sammanställning: 26 kontrollmoment – genomförda 15 (varav 6 med avvikelse), "
        "delvis genomförda/pågår 5, ej påbörjade/ej genomförda 2, utgår 1, övriga 3."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Statusalternativ:")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r, column=3, value=("Genomförd / Genomförd med avvikelse / Delvis genomförd / Pågår / "
                                    "Ej påbörjad / Ej genomförd / Utgår"))
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Holm, controller socialförvaltningen, 2025-09-10")
    r += 1
    ws.cell(row=r, column=1, value="Godkänt av: Maria Sundberg, socialchef")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "6:6"
    wb.save(os.path.join(OUT, SN_FILE))
    assert n == 26, n
    FILES.append((SN_FILE, "INLAST", SN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden – big xlsx, traffic-light fills, T1 + delår columns,
#    vertically merged verksamhet/process, coloured risk values
# ---------------------------------------------------------------------------
TN_FILE = "TN IK-uppföljning 2025 delår.xlsx"
TN = "Tekniska nämnden"
G, Y, R_, GR = "FF00B050", "FFFFFF00", "FFFF0000", "FFBFBFBF"

# (process, risk, riskvärde, kontrollmoment (list=split), metod, ansvarig,
#  T1 (fill, text), delår (fill, text), avvikelse J/N, kommentar, exp status, exp avv)
TN_BLOCKS = [
    ("Gata och park", [
        ("Vinterväghållning", "Felaktig debitering från entreprenör", 12,
         "Fakturor från vinterentreprenör stäms av mot körjournaler och väderdata",
         "Avstämning samtliga fakturor jan–mars", "Driftchef gata",
         (G, None), (None, None), "N",
         "Avstämning jan–mars gjord utan anmärkning. Kontrollen avser vintersäsongen.",
         "GENOMFORD", "nej"),
        ("Schakt i gatumark", "Bristfällig återställning belastar kommunen", 8,
         "Återställning efter schaktarbeten i gatumark besiktigas innan garantitiden löper ut",
         "Besiktning 12 återställningar", "Gatuingenjör",
         (Y, None), (G, None), "J",
         "Tre av tolv återställningar underkända, ledningsägare förelagda att åtgärda.",
         "GENOMFORD", "ja"),
        ("Lekplatser", "Olycka p.g.a. bristande underhåll", 12,
         "Årlig huvudbesiktning av kommunala lekplatser enligt SS-EN 1176",
         "Extern besiktningsman", "Parkchef",
         (None, None), (Y, None), "N",
         "28 av 41 lekplatser besiktade. Resterande besiktas i september.",
         "DELVIS", "nej"),
        ("Parkering", "Intäkter redovisas inte fullständigt", 6,
         "Kontrollavgifter från parkeringsövervakning redovisas och stäms av mot kommunens intäktskonto",
         "Månadsvis avstämning", "Trafikingenjör\nEkonom TF",
         (G, None), (G, None), "N", "",
         "GENOMFORD", "nej"),
        ("Trafik", "Föreskrifter saknar rättsverkan", 4,
         "Beslut om lokala trafikföreskrifter kungörs i Svensk trafikföreskriftssamling (STFS)",
         "Jämförelse beslut/STFS", "Trafikingenjör",
         (None, None), (None, None), "", "",
         "SAKNAS", ""),
    ]),
    ("Vatten och avlopp", [
        ("Debitering", "Felaktig debitering av VA-avgifter", 9,
         ["Debitering av VA-avgifter följer gällande VA-taxa",
          "(stickprov nya abonnenter och anläggningsavgifter)"],
         "Stickprov 20 debiteringar", "VA-ekonom",
         (G, None), (G, None), "J",
         "Två anläggningsavgifter debiterade enligt 2024 års taxa, rättade i juni.",
         "GENOMFORD", "ja"),
        ("Debitering", "Intäktsbortfall vid mätarbyte", 6,
         "Mätarbyten registreras i kundsystemet och slutavläsning görs",
         "Jämförelse arbetsorder/kundsystem", "Driftchef VA\nKundtjänst VA",
         (Y, None), (Y, None), "N",
         "Eftersläpning i registreringen, ca 60 % av bytena kontrollerade.",
         "DELVIS", "nej"),
        ("Dricksvatten", "Otjänligt dricksvatten når abonnent", 16,
         "Provtagning av dricksvatten sker enligt fastställt provtagningsprogram",
         "Genomgång provtagningsprotokoll", "Processingenjör vattenverk",
         (G, None), (G, None), "N", "",
         "GENOMFORD", "nej"),
        ("Avlopp", "Utsläpp rapporteras inte till tillsynsmyndighet", 9,
         "Egenkontroll vid avloppsreningsverk rapporteras till tillsynsmyndigheten",
         "Kontroll av miljörapport och bräddrapporter", "Processingenjör ARV",
         (None, None), (G, None), "N", "Miljörapport inlämnad 2025-03-28.",
         "GENOMFORD", "nej"),
        ("Kundfordringar", "Förlorade intäkter", 6,
         "Kundfordringar VA äldre än 90 dagar bevakas och skickas till inkasso",
         "Uttag kundreskontra", "VA-ekonom",
         (Y, None), (None, None), "", "Påbörjad.",
         "DELVIS", ""),
    ]),
    ("Avfall", [
        ("Återvinningscentral", "Felaktig fakturering av företagskunder", 6,
         "Vägning och fakturering av avfall vid återvinningscentralen (företagskunder)",
         "Avstämning vågdata/fakturor", "Avfallschef",
         (G, None), (R_, None), "J",
         "Vågsystemet ur drift maj–juni, fakturering skedde på schablon.\nKontrollen kunde inte genomföras för perioden.",
         "EJ_GENOMFORD", "ja"),
        ("Myndighetsutövning", "Beslut fattas utan stöd i föreskrifter", 4,
         "Dispenser från hämtning av hushållsavfall beslutas enligt renhållningsföreskrifterna",
         "Stickprov 10 beslut", "Avfallsingenjör",
         (GR, None), (GR, None), "",
         "Ej aktuell 2025 – handläggningen överförd till Miljö- och byggnadsnämnden.",
         "UTGAR", ""),
    ]),
    ("Fastighet", [
        ("Lokalförsörjning", "Avtal saknas eller löper ut obemärkt", 6,
         "Hyresavtal för externt inhyrda lokaler finns registrerade i avtalsdatabasen",
         "Jämförelse hyresfakturor/avtalsdatabas", "Lokalstrateg",
         (None, None), (G, None), "N", "",
         "GENOMFORD", "nej"),
        ("Brandskydd", "Brand i verksamhetslokal", 12,
         "Systematiskt brandskyddsarbete (SBA) dokumenteras för kommunens verksamhetslokaler",
         "Genomgång egenkontroller", "Fastighetschef\nDrifttekniker",
         (Y, None), (Y, None), "J",
         "Egenkontroller genomförda i 34 av 52 byggnader.\nBrister i dokumentationen på två förskolor – åtgärdas under hösten.",
         "DELVIS", "ja"),
        ("Investeringar", "Projekt överskrider budget utan beslut", 12,
         "Investeringsprojekt följs upp mot beslutad budget och tidplan",
         "Projektrapport per tertial", "Projektchef fastighet",
         (G, None), (G, None), "J",
         "Projekt Nordmarkshallen: prognos +4,2 mnkr över budget, rapporterat till nämnden 2025-06-18.",
         "GENOMFORD", "ja"),
        ("Investeringar", "Oreglerade tilläggsarbeten", 9,
         "Ändrings- och tilläggsarbeten (ÄTA) i entreprenader beställs skriftligt av behörig person",
         "Stickprov 3 entreprenader", "Projektchef fastighet",
         (None, None), (R_, None), "",
         "Ej genomförd, ingen projektledare tillgänglig under perioden. Flyttas till helår.",
         "EJ_GENOMFORD", ""),
        ("Fastighetsdrift", "Dålig inomhusmiljö", 8,
         "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan",
         "Genomgång besiktningsplan", "Drifttekniker",
         (None, None), (None, "Genomförd"), "N", "Samtliga OVK enligt plan för 2025 utförda.",
         "GENOMFORD", "nej"),
    ]),
    ("Kost och lokalvård", [
        ("Inköp", "Köp utanför avtal", 6,
         "Livsmedelsinköp görs från upphandlad grossist (avtalstrohet)",
         "Uttag inköpsstatistik", "Kostchef",
         (None, None), (G, None), "J",
         "Avtalstrohet 93 %. Direktköp av bröd från lokal leverantör utan avtal på två kök.",
         "GENOMFORD", "ja"),
        ("Livsmedelssäkerhet", "Matförgiftning", 12,
         "Egenkontroll enligt livsmedelslagstiftningen i tillagningskök (HACCP)",
         "Granskning egenkontrollpärmar", "Kostchef",
         (None, None), (R_, "Klar"), "", "",
         "OKLAR", ""),
        ("Specialkost", "Allergisk reaktion hos matgäst", 16,
         "Specialkost dokumenteras och följs upp mot läkarintyg",
         "Stickprov 5 kök", "Kostekonom\nKostchef",
         (None, None), (Y, None), "",
         "Pågår – sammanställning klar i oktober.",
         "DELVIS", ""),
    ]),
    ("Gemensamt – ekonomi och administration", [
        ("Attest", "Felaktiga utbetalningar", 6,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonom TF",
         (G, None), (G, None), "N", "",
         "GENOMFORD", "nej"),
        ("Upphandling", "Otillåten direktupphandling", 9,
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
         "Genomgång av samtliga", "Förvaltningschef\nUpphandlare",
         (None, None), (G, None), "J",
         "2 av 15 direktupphandlingar saknade dokumentation.",
         "GENOMFORD", "ja"),
        ("Fordon", "Felaktig förmånsbeskattning", 4,
         "Körjournaler förs för kommunens fordon och arbetsmaskiner",
         "Stickprov 10 fordon", "Fordonssamordnare",
         (Y, None), (G, None), "N", "",
         "GENOMFORD", "nej"),
        ("Redovisning", "Felaktigt anläggningsregister", 4,
         "Anläggningsregistret uppdateras vid aktivering av investeringar",
         "Avstämning projekt/anläggningsregister", "Ekonom TF",
         (GR, None), (GR, None), "",
         "Utgår – ingår i ekonomiavdelningens kontroll 2025 (KS).",
         "UTGAR", ""),
    ]),
]


def risk_fill(v):
    if v >= 12:
        return fill("FFFFC7CE")
    if v >= 6:
        return fill("FFFFEB9C")
    return fill("FFC6EFCE")


def build_tn():
    wb = Workbook()
    fixed_props(wb)
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "Uppföljning görs vid tertial 1 (april) och delår (augusti). Helårsuppföljning görs i separat mall.",
        "Markera status genom att färga cellen i kolumnen för aktuell period:",
        "   Grön = kontrollen genomförd",
        "   Gul = kontrollen påbörjad / delvis genomförd",
        "   Röd = kontrollen ej genomförd",
        "   Grå = utgår / ej aktuell",
        "Ange J i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem i kommentaren.",
        "Kontaktperson: Johan Ek, controller tekniska förvaltningen.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t or None)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("IKP 2025")
    ws.oddHeader.center.text = "Tekniska nämnden – intern kontroll 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Tekniska förvaltningen"
    ws["E2"] = "Version: delår, 2025-09-05"
    ws["H2"] = "Teckenförklaring:"
    ws["H2"].font = Font(bold=True)
    for col, (rgb, t) in zip("HIJK", [(G, "Genomförd"), (Y, "Pågår / delvis"),
                                        (R_, "Ej genomförd"), (GR, "Utgår / ej aktuell")]):
        c = ws[f"{col}3"]
        c.value = t
        c.fill = fill(rgb)
        c.border = BORDER
    headers = ["Verksamhet", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment",
               "Kontrollmetod", "Ansvarig", "Uppföljning T1", "Uppföljning delår",
               "Avvikelse (J/N)", "Kommentar"]
    widths = [16, 18, 30, 10, 50, 28, 22, 13, 13, 11, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("FFDDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "E6"
    r = hr + 1
    n = 0
    for verks, rows in TN_BLOCKS:
        start = r
        prev_proc, proc_start = None, None
        proc_spans = []
        for (proc, risk, rv, km, metod, ansv, t1, de, avv, komm, est, eavv) in rows:
            kms = km if isinstance(km, list) else [km]
            height = len(kms)
            if proc != prev_proc:
                if prev_proc is not None:
                    proc_spans.append((proc_start, r - 1))
                proc_start = r
                prev_proc = proc
                ws.cell(row=r, column=2, value=proc)
            ws.cell(row=r, column=3, value=risk)
            rc = ws.cell(row=r, column=4, value=rv)
            rc.fill = risk_fill(rv)
            ws.cell(row=r, column=5, value=kms[0])
            ws.cell(row=r, column=6, value=metod)
            ws.cell(row=r, column=7, value=ansv)
            for col, (rgb, txt) in ((8, t1), (9, de)):
                c = ws.cell(row=r, column=col, value=txt)
                if rgb:
                    c.fill = fill(rgb)
            ws.cell(row=r, column=10, value=avv or None)
            ws.cell(row=r, column=11, value=komm or None)
            for j in range(1, height):
                ws.cell(row=r + j, column=5, value=kms[j])
            for rr in range(r, r + height):
                for c in range(1, 12):
                    ws.cell(row=rr, column=c).border = BORDER
                    ws.cell(row=rr, column=c).alignment = WRAP
            r += height
            n += 1
            EXPECTED.append((TN_FILE, TN, " ".join(kms), est, eavv))
        proc_spans.append((proc_start, r - 1))
        ws.cell(row=start, column=1, value=verks)
        ws.cell(row=start, column=1).font = Font(bold=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        for a, b in proc_spans:
            if b > a:
                ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.cell(row=start, column=1).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde: 1–4 låg, 6–9 medel, 12–16 hög (färgmarkering i kolumn D).")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.page_setup.orientation = "landscape"
    wb.active = 1
    wb.save(os.path.join(OUT, TN_FILE))
    assert n == 24, n
    FILES.append((TN_FILE, "INLAST", TN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Miljö- och byggnadsnämnden + two utskott – docx, symbols with legend
# ---------------------------------------------------------------------------
MBN_FILE = "Uppföljning intern kontroll MBN delår 2025.docx"
MBN = "Miljö- och byggnadsnämnden"
MBN_SECTIONS = [
    ("1. Nämndens gemensamma kontrollmoment", [
        ("Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslistor/protokoll",
         "Nämndsekreterare", "Samtliga delegationsbeslut har anmälts månadsvis.", "●",
         "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Administrativ chef", "Inga felaktigheter i stickprovet.", "●", "GENOMFORD", "nej"),
        ("Inkomna handlingar diarieförs inom tre arbetsdagar", "Stickprov 40 ärenden",
         "Registrator", "I 6 av 40 ärenden diariefördes handlingen först efter 4–9 arbetsdagar. "
         "Rutinen har kommunicerats på nytt.", "✕", "GENOMFORD", "ja"),
        ("Jäv anmäls av ledamöter och tjänstepersoner och protokollförs",
         "Genomgång av protokoll", "Nämndsekreterare",
         "Genomgång av protokoll januari–juni klar, inga brister hittills. Resterande protokoll gås igenom vid helår.",
         "◐", "DELVIS", "nej"),
    ]),
    ("2. Miljö- och hälsoskyddsutskottet", [
        ("Tillsynsavgifter debiteras enligt taxa och tillsynsplan", "Jämförelse tillsynsregister/fakturering",
         "Enhetschef miljö\nAdministratör",
         "Fem objekt saknades i debiteringslistan för årlig avgift. Fakturerade i juni.", "✕",
         "GENOMFORD", "ja"),
        ("Anmälningar om installation av värmepump handläggs inom sex veckor", "Uttag ur ärendesystem",
         "Enhetschef miljö", "Samtliga 57 anmälningar handlagda inom sex veckor.", "●",
         "GENOMFORD", "nej"),
        ("Kontroller enligt livsmedelskontrollplanen genomförs i planerad omfattning",
         "Uppföljning mot kontrollplan", "Enhetschef miljö",
         "Kontrollen har inte hunnits med under perioden. Görs vid helår.", "○",
         "EJ_GENOMFORD", ""),
        ("Förelägganden med vite följs upp inom beslutad tid", "Genomgång av samtliga vitesförelägganden",
         "Miljöinspektör", "Utgår – inga vitesförelägganden har beslutats 2025.", "–",
         "UTGAR", ""),
    ]),
    ("3. Bygglovsutskottet", [
        ("Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "Uttag ur ärendesystem",
         "Enhetschef bygglov",
         "3 av 112 ärenden överskred 10 veckor; avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "✕", "GENOMFORD", "ja"),
        ("Byggsanktionsavgifter beslutas och debiteras", "Genomgång av tillsynsärenden",
         "Byggnadsinspektör", "Fyra sanktionsavgifter beslutade och debiterade.", "●",
         "GENOMFORD", "nej"),
        ("Slutbesked föregås av slutsamråd och kontroll av utlåtande från kontrollansvarig",
         "Stickprov 10 ärenden", "Byggnadsinspektör", "Granskning av 10 ärenden, 6 klara.", "◐",
         "DELVIS", ""),
        ("Bygglovshandlingar arkiveras löpande i e-arkivet", "Stickprov 15 avslutade ärenden",
         "Arkivarie\nEnhetschef bygglov",
         "Genomförd för första kvartalet. Andra kvartalet ej klart.", "",
         "DELVIS", ""),
    ]),
]


def build_mbn():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Nordmark kommun • Miljö- och byggförvaltningen"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Miljö- och byggnadsnämnden – uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph(
        "Miljö- och byggnadsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). "
        "Planen omfattar nämndens gemensamma kontrollmoment samt de kontrollmoment som avser "
        "verksamhet som beslutas av nämndens två utskott, miljö- och hälsoskyddsutskottet och "
        "bygglovsutskottet. Uppföljningen avser perioden januari–augusti 2025.")
    doc.add_paragraph(
        "Av planens tolv kontrollmoment är sju genomförda, varav tre med avvikelse. Kontrollen av "
        "livsmedelskontrollplanen har skjutits till hösten på grund av vakanser.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring bedömning: ").bold = True
    p.add_run("● genomförd utan anmärkning   ✕ genomförd, avvikelse noterad (se resultat)   "
              "◐ delvis genomförd / pågår   ○ ej genomförd   – utgår")
    n = 0
    for title, rows in MBN_SECTIONS:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        hdr = ["Kontrollmoment", "Metod / omfattning", "Ansvarig", "Resultat delår", "Bedömning"]
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for (km, metod, ansv, res, sym, est, eavv) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, metod, ansv, res, sym]):
                cells[i].text = v
            n += 1
            EXPECTED.append((MBN_FILE, MBN, km, est, eavv))
        widths = [Cm(7), Cm(5), Cm(4), Cm(8.5), Cm(2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Nordmark 2025-09-08")
    doc.add_paragraph("Anders Wik\nFörvaltningschef, miljö- och byggförvaltningen")
    doc.core_properties.author = "Anders Wik"
    from datetime import datetime
    doc.core_properties.created = datetime(2025, 9, 8, 9, 0, 0)
    doc.core_properties.modified = datetime(2025, 9, 8, 9, 0, 0)
    doc.save(os.path.join(OUT, MBN_FILE))
    assert n == 12
    FILES.append((MBN_FILE, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – Stratsys CSV export (cp1252)
# ---------------------------------------------------------------------------
KFN_FILE = "Stratsys_export_IK_2025-09-15.csv"
KFN = "Kultur- och fritidsnämnden"
KFN_ROWS = [
    ("Föreningsbidrag betalas ut enligt bidragsregler och beslut", "Föreningskonsulent", "Genomförd", "Ja",
     "Två föreningar fick aktivitetsstöd för deltagare över 25 år. Återkrav skickat.", "GENOMFORD", "ja"),
    ("Bokning och fakturering av idrottsanläggningar (Interbook Go) stäms av", "Bokningsansvarig",
     "Genomförd", "Nej", "Avstämning april och juni utan differenser.", "GENOMFORD", "nej"),
    ("Kassahantering i simhallen och biblioteket stäms av dagligen", "Enhetschef bad\nBibliotekschef",
     "Pågående", "Nej", "Biblioteket kontrollerat utan anmärkning, simhallen kontrolleras i september.",
     "DELVIS", "nej"),
    ("Inköp av konst följer riktlinjer för kommunens konstsamling", "Kulturchef", "Ej startad", "", "",
     "EJ_GENOMFORD", ""),
    ("Utdrag ur belastningsregistret kontrolleras för personal i fritidsgårdsverksamhet",
     "Enhetschef fritidsgårdar", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
    ("Inventarieförteckning för fritidsgårdar och kulturhus uppdateras", "Enhetschef fritidsgårdar",
     "Ej startad", "", "Utgår enligt beslut KFN 2025-05-14 § 33.", "UTGAR", ""),
]


def build_kfn():
    path = os.path.join(OUT, KFN_FILE)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Nämnd", "Plan", "Rapporteringsperiod", "Kontrollmoment",
                    "Ansvarig", "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
        for i, (km, ansv, status, avv, komm, est, eavv) in enumerate(KFN_ROWS):
            w.writerow(["Kultur- och fritidsförvaltningen", KFN, "Internkontrollplan 2025",
                        "2025 Delår", km, ansv, status, avv, komm, f"2025-09-{3 + i:02d} 14:2{i}"])
            EXPECTED.append((KFN_FILE, KFN, km, est, eavv))
    FILES.append((KFN_FILE, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Barn- och utbildningsnämnden – small simple .xls (via LibreOffice)
# ---------------------------------------------------------------------------
BUN_FILE = "BUN_IK_delar_2025.xls"
BUN = "Barn- och utbildningsnämnden"
BUN_ROWS = [
    ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer", "Ja", "Nej", "",
     "GENOMFORD", "nej"),
    ("Kränkande behandling", "Anmälan om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
     "Ja", "Ja", "2 av 30 anmälningar rapporterades mer än en vecka efter händelsen.", "GENOMFORD", "ja"),
    ("Interkommunal ersättning", "Interkommunala ersättningar faktureras och betalas enligt avtal",
     "Delvis", "Nej", "Vårterminen kontrollerad, höstterminen kontrolleras vid helår.", "DELVIS", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej", "", "GENOMFORD", "nej"),
    ("Säkerhet", "Systematiskt brandskyddsarbete dokumenteras på skolor och förskolor", "Nej", "",
     "Skjuts till helår.", "EJ_GENOMFORD", ""),
    ("Avgifter", "Barnomsorgsavgifter (maxtaxa) baseras på aktuell inkomstuppgift", "Ja", "Nej",
     "Inkomstkontroll mot Skatteverket genomförd i maj.", "GENOMFORD", "nej"),
]


def build_bun(tmp):
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll 2025 – delår"
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    for i, w in enumerate([22, 60, 14, 12, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i, (omr, km, gen, avv, komm, est, eavv) in enumerate(BUN_ROWS):
        for c, v in enumerate([omr, km, gen, avv, komm], 1):
            ws.cell(row=5 + i, column=c, value=v or None)
        EXPECTED.append((BUN_FILE, BUN, km, est, eavv))
    ws.cell(row=5 + len(BUN_ROWS) + 1, column=1, value="Ansvarig: Karin Lund, controller BUF")
    src = os.path.join(tmp, "BUN_IK_delar_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "BUN_IK_delar_2025.xls"), os.path.join(OUT, BUN_FILE))
    FILES.append((BUN_FILE, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – text-only ODT
# ---------------------------------------------------------------------------
OFN_FILE = "Överförmyndarnämnden delårsuppföljning IK 2025.odt"
OFN = "Överförmyndarnämnden"
OFN_ROWS = [
    ("Årsräkningar granskas och arvoden beslutas senast 30 juni",
     "Uppföljning i ärendesystemet Wärna. 388 av 412 inkomna årsräkningar var granskade per 30 juni; "
     "24 granskades i juli p.g.a. sjukfrånvaro.",
     "Bedömning: Genomförd med avvikelse.", "GENOMFORD", "ja"),
    ("Ställföreträdare med fler än fem uppdrag kontrolleras mot belastnings- och kreditupplysningsregister",
     "Samtliga 14 ställföreträdare med fler än fem uppdrag kontrollerade i april.",
     "Bedömning: Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Uttag från spärrade konton görs endast efter överförmyndarens samtycke",
     "Stickprov på 20 huvudmän med spärrade konton, kontrolluppgifter från banker har begärts in.",
     "Bedömning: Pågår.", "DELVIS", ""),
    ("Arvoden till ställföreträdare betalas ut enligt nämndens riktlinjer",
     "Kontrollen planeras till november i samband med arvodesbesluten för nästa granskningsomgång.",
     "Bedömning: Ej genomförd.", "EJ_GENOMFORD", ""),
]


def build_ofn():
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(ParagraphProperties(margintop="0.2cm"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Överförmyndarnämnden – delårsuppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Nordmark kommun, Överförmyndarenheten. Period: januari–augusti 2025. "
                               "Nämndens internkontrollplan 2025 innehåller fyra kontrollmoment."))
    for km, res, bed, est, eavv in OFN_ROWS:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        doc.text.addElement(P(text=res))
        doc.text.addElement(P(stylename=bold, text=bed))
        EXPECTED.append((OFN_FILE, OFN, km, est, eavv))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Eva Strand, enhetschef överförmyndarenheten, 2025-09-04"))
    doc.save(os.path.join(OUT, OFN_FILE))
    FILES.append((OFN_FILE, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Rejected: Socialnämndens delårsrapport, bilaga ekonomi (no follow-up)
# ---------------------------------------------------------------------------
REJ_FILE = "SN Delårsrapport 2025 Bilaga 2 Ekonomi.xlsx"


def build_rejected():
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Socialnämnden – Delårsrapport 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Bilaga 2: Ekonomisk uppföljning per 31 augusti (tkr)"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Budget jan–aug", "Avvikelse jan–aug",
           "Prognos helår", "Avvikelse helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [
        ("Nämnd och förvaltningsledning", 14200, 9100, 9467, "Lägre kostnader för konsulter."),
        ("Individ- och familjeomsorg", 168500, 121300, 112333, "Ökade kostnader för externa placeringar barn och unga."),
        ("Ekonomiskt bistånd", 52400, 36900, 34933, "Fler hushåll med långvarigt bistånd."),
        ("Äldreomsorg", 412300, 271800, 274867, "Vakanta platser på särskilt boende under våren."),
        ("Funktionsstöd LSS", 198700, 134200, 132467, "Två nya beslut om bostad med särskild service."),
        ("Hälso- och sjukvård", 61800, 40700, 41200, ""),
    ]
    prog = [13800, 181200, 55100, 409900, 201300, 61500]
    r = 5
    for (v, b, u, bp, k), p in zip(rows, prog):
        vals = [v, b, u, bp, bp - u, p, b - p, k or None]
        for c, x in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=x)
        r += 1
    tb = sum(x[1] for x in rows); tu = sum(x[2] for x in rows); tbp = sum(x[3] for x in rows)
    tp = sum(prog)
    for c, x in enumerate(["Summa socialnämnden", tb, tu, tbp, tbp - tu, tp, tb - tp], 1):
        ws.cell(row=r, column=c, value=x).font = Font(bold=True)
    for i, w in enumerate([32, 12, 14, 14, 16, 13, 15, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws2 = wb.create_sheet("Investeringar")
    ws2["A1"] = "Investeringsredovisning socialnämnden 2025 (tkr)"
    ws2["A1"].font = Font(bold=True)
    for c, h in enumerate(["Projekt", "Budget 2025", "Utfall jan–aug", "Prognos", "Avvikelse"], 1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    inv = [("Inventarier särskilt boende", 2500, 1120, 2400), ("Trygghetslarm digitala", 1800, 1650, 1800),
           ("Möbler LSS-boende Björkvägen", 900, 0, 900)]
    for i, (pn, b, u, p) in enumerate(inv):
        for c, x in enumerate([pn, b, u, p, b - p], 1):
            ws2.cell(row=4 + i, column=c, value=x)
    ws2.column_dimensions["A"].width = 34
    wb.save(os.path.join(OUT, REJ_FILE))
    FILES.append((REJ_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen|Socialtjänsten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknikförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Nordmarks Bostäder AB", "NBAB|Nordmarksbostäder"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            wr.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r163_")
    try:
        build_sn()
        build_tn()
        build_mbn()
        build_kfn()
        build_bun(tmp)
        build_ofn()
        build_rejected()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
