#!/usr/bin/python3
"""Blind round r210 — Rävlanda kommun, T1 2025 — system exports.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; no LibreOffice needed to build)
"""
import csv
import datetime
import io
import os
import re

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 9, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"
RBAB = "Rävlanda Bostäder AB"


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-05-09T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 9, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_csv_text(rows, delimiter, quoting, encoding, bom=False, pre_lines=(), post_lines=()):
    buf = io.StringIO()
    for line in pre_lines:
        buf.write(line + "\r\n")
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    for line in post_lines:
        buf.write(line + "\r\n")
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
def make_register():
    rows = [
        (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
        (SN, "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        (TN, "TN|Tekniska förvaltningen|TF|Teknik- och serviceförvaltningen"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|KoF"),
        (MHN, "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen|Miljönämnden"),
        (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        (RBAB, "RBAB|Rävlandabostäder|Rävlanda Bostäder|Bostadsbolaget"),
        ("Räddningstjänstförbundet Västra Mark", "RVM|Räddningstjänsten Västra Mark|Räddningstjänsten"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


# ---------------------------------------------------------------------------
# F1 Stratsys CSV: ; separated, UTF-8 BOM, QUOTE_ALL, KS + BUN as rows, multi-line comments
# ---------------------------------------------------------------------------
def make_f1():
    fil = "Stratsys_Internkontroll_export_2025-05-06.csv"
    hdr = ["Enhet", "Internkontrollplan", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Period", "Status", "Kommentar", "Senast uppdaterad"]
    ks_org = "Rävlanda kommun > Kommunstyrelsen"
    bun_org = "Rävlanda kommun > Barn- och utbildningsnämnden"
    plan_ks = "Internkontrollplan 2025 KS"
    plan_bun = "Internkontrollplan 2025 BUN"
    per = "2025 Tertial 1"
    data = [
        # org, plan, process, risk, km, metod, frekv, ansv, status, kommentar, upd, (exp status, avv)
        (ks_org, plan_ks, "Ekonomiadministration", "Felaktiga utbetalningar\nRiskvärde 9 (3x3)",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Tertialvis",
         "Ekonomichef", "1 - Genomförd",
         "Stickprov 25 fakturor jan–mars.\nSamtliga attesterade av behörig attestant.", "2025-04-28",
         "GENOMFORD", "nej"),
        (ks_org, plan_ks, "IT och informationssäkerhet", "Obehörig åtkomst\nRiskvärde 8 (2x4)",
         "Kontroll av behörigheter i ekonomisystemet Raindance", "Genomgång av behörighetslistor",
         "Halvår", "Systemförvaltare ekonomi", "2 - Pågår",
         "Behörighetslistor har tagits ut och skickats till förvaltningarna.\nGenomgång pågår, beräknas klar i maj.",
         "2025-04-30", "DELVIS", ""),
        (ks_org, plan_ks, "Ekonomiadministration", "Otillåten representation\nRiskvärde 6 (2x3)",
         "Efterlevnad av riktlinjer för representation", "Stickprov 10 representationstillfällen",
         "Tertialvis", "Controller", "1 - Genomförd",
         "Stickprov 10 tillfällen.\n2 saknade deltagarförteckning och syfte.\nÅterkoppling lämnad till berörda chefer.",
         "2025-04-29", "GENOMFORD", "ja"),
        (ks_org, plan_ks, "Upphandling och inköp", "Otillåten direktupphandling\nRiskvärde 12 (3x4)",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer", "Uttag ur leverantörsreskontra",
         "Halvår", "Upphandlingschef", "3 - Ej påbörjad", "Planeras till tertial 2.", "2025-04-15",
         "EJ_GENOMFORD", ""),
        (ks_org, plan_ks, "Ärendehantering", "Handlingar registreras inte\nRiskvärde 4 (2x2)",
         "Diarieföring av inkomna handlingar inom föreskriven tid", "Stickprov i W3D3", "Tertialvis",
         "Kommunsekreterare", "1 - Genomförd", "Inga avvikelser.", "2025-04-22", "GENOMFORD", "nej"),
        (ks_org, plan_ks, "Ärendehantering", "Delegationsbeslut anmäls inte\nRiskvärde 6 (3x2)",
         "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse mot delegationsordning",
         "Tertialvis", "Kommunsekreterare", "", "", "", "SAKNAS", ""),
        (ks_org, plan_ks, "Personal och lön", "Felaktig lön\nRiskvärde 9 (3x3)",
         "Kontroll av nyanställda i lönesystemet mot anställningsavtal", "Stickprov 20 anställningar",
         "Tertialvis", "HR-chef", "4 - Utgår",
         "Utgår enligt beslut KS 2025-03-12 § 45.\nErsätts av kommungemensam kontroll i lönecentrum.",
         "2025-03-13", "UTGAR", ""),
        (bun_org, plan_bun, "Rekrytering", "Olämplig person anställs\nRiskvärde 12 (3x4)",
         "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "Stickprov alla nyanställda jan–mars", "Tertialvis", "HR-konsult BUF", "1 - Genomförd",
         "Kontroll av 30 nyanställningar.\n1 saknade dokumenterat registerutdrag – kompletterat 2025-04-11.",
         "2025-04-25", "GENOMFORD", "ja"),
        (bun_org, plan_bun, "Elevhälsa och trygghet", "Kränkningar utreds inte\nRiskvärde 16 (4x4)",
         "Anmälan om kränkande behandling till huvudman inom fem arbetsdagar",
         "Genomgång av anmälningar i DF Respons", "Tertialvis", "Kvalitetsstrateg", "2 - Pågår",
         "Genomgång av anmälningar från F–6 klar.\nÅk 7–9 och gymnasiet återstår.", "2025-05-02",
         "DELVIS", ""),
        (bun_org, plan_bun, "Skolskjuts", "Felaktiga beslut\nRiskvärde 6 (2x3)",
         "Beslut om skolskjuts fattas enligt riktlinjer", "Stickprov 15 beslut", "Årsvis",
         "Skolskjutssamordnare", "1 - Genomförd", "Stickprov 15 beslut, inga avvikelser.", "2025-04-10",
         "GENOMFORD", "nej"),
        (bun_org, plan_bun, "Elevhälsa och trygghet", "Frånvaro fångas inte upp\nRiskvärde 12 (4x3)",
         "Uppföljning av elever med långvarig frånvaro", "Uttag ur Skola24", "Tertialvis",
         "Rektorer", "3 - Ej påbörjad", "", "2025-04-30", "EJ_GENOMFORD", ""),
        (bun_org, plan_bun, "Upphandling och inköp", "Köp utanför avtal\nRiskvärde 6 (3x2)",
         "Inköp av läromedel görs hos avtalade leverantörer", "Uttag ur e-handelssystemet", "Halvår",
         "Controller BUF", "", "Se bilaga", "2025-05-05", "OKLAR", ""),
        (bun_org, plan_bun, "Informationssäkerhet", "Obehörig läsning av journaler\nRiskvärde 8 (2x4)",
         "Loggkontroll i elevhälsans journalsystem", "Loggkontroll 10 journaler", "Tertialvis",
         "Verksamhetschef elevhälsa", "1 - Genomförd",
         "Loggkontroll genomförd 2025-03-18.\nInga obehöriga åtkomster upptäcktes.", "2025-03-19",
         "GENOMFORD", "nej"),
    ]
    rows = [hdr]
    for d in data:
        rows.append([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], per, d[8], d[9], d[10]])
        exp(fil, KS if d[0] == ks_org else BUN, d[4], d[11], d[12])
    open(p(fil), "wb").write(write_csv_text(rows, ";", csv.QUOTE_ALL, "utf-8", bom=True))
    FILES.append((fil, "INLAST", KS, "2025", "T1"))
    FILES.append((fil, "INLAST", BUN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F2 Hypergene export: tab separated, Windows-1252, English headers, periods as rows
# ---------------------------------------------------------------------------
def make_f2():
    fil = "Hypergene_IC_export_SBF_TF.txt"
    hdr = ["Unit", "Unit ID", "Control ID", "Control", "Process", "Responsible", "Period", "Status",
           "Deviation", "Comment"]
    sbf = ("Samhällsbyggnadsförvaltningen", "4100")
    tf = ("Tekniska förvaltningen", "4300")
    # each control: unit, id, text, process, resp, {period: (status, dev, comment)}, expected
    controls = [
        (sbf, "SBN-01", "Handläggningstid för bygglov inom lagstadgad tid", "Bygglov", "Bygglovschef",
         {"2024 T3": ("1 - Genomförd", "Nej", "Samtliga ärenden inom tidsfrist."),
          "2025 T1": ("2 - Delvis genomförd", "Ja",
                      "Av 48 ärenden avgjordes 41 inom tidsfristen.\n7 ärenden överskred tiden p.g.a. vakanser."),
          "2025 T2": ("", "", "")}, "DELVIS", "ja"),
        (sbf, "SBN-02", "Debitering av bygglovsavgifter enligt taxa", "Bygglov", "Administratör",
         {"2024 T3": ("1 - Genomförd", "Nej", ""),
          "2025 T1": ("1 - Genomförd", "Nej", "Stickprov 15 ärenden, samtliga korrekt debiterade."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "nej"),
        (sbf, "SBN-03", "Beslut om strandskyddsdispens skickas till Länsstyrelsen", "Plan", "Planchef",
         {"2025 T1": ("3 - Ej påbörjad", "", "Genomförs under hösten."),
          "2025 T2": ("", "", "")}, "EJ_GENOMFORD", ""),
        (sbf, "SBN-04", "Registrering av lantmäteriförrättningar i fastighetsregistret", "Lantmäteri",
         "Förrättningslantmätare",
         {"2024 T3": ("1 - Genomförd", "Nej", "Kontroll av 20 förrättningar utan anmärkning."),
          "2025 T1": ("", "", ""),
          "2025 T2": ("", "", "")}, "SAKNAS", ""),
        (sbf, "SBN-05", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Förvaltningsekonom",
         {"2025 T1": ("1 - Genomförd", "Nej", "Stickprov 10 fakturor."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "nej"),
        (sbf, "SBN-06", "Utlämnande av allmänna handlingar inom skälig tid", "Administration", "Registrator",
         {"2025 T1": ("", "",
                      "Kontrollen genomförd i mars. Samtliga 12 begäranden hanterades samma eller nästa arbetsdag."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "nej"),
        (sbf, "SBN-07", "Hantering av ovårdade tomter enligt rutin", "Tillsyn PBL", "Byggnadsinspektör",
         {"2024 T3": ("2 - Delvis genomförd", "Nej", "Utgår ur planen 2025.")}, None, None),
        (tf, "TN-01", "Fakturor från entreprenörer för vinterväghållning kontrolleras mot avtal", "Gata/park",
         "Driftchef gata",
         {"2024 T3": ("1 - Genomförd", "Nej", ""),
          "2025 T1": ("1 - Genomförd", "Ja",
                      "Två fakturor avvek från avtalade à-priser, totalt 18 400 kr.\nKreditering har begärts."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "ja"),
        (tf, "TN-02", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "VA", "VA-chef",
         {"2025 T1": ("1 - Genomförd", "Nej", "Samtliga provtagningar utförda enligt program."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "nej"),
        (tf, "TN-03", "Körjournaler för kommunens fordon förs enligt riktlinje", "Fordon", "Fordonssamordnare",
         {"2025 T1": ("2 - Delvis genomförd", "Nej", "Körjournaler kontrollerade för 22 av 35 fordon."),
          "2025 T2": ("", "", "")}, "DELVIS", "nej"),
        (tf, "TN-04", "Arbetsmiljöronder genomförs på samtliga enheter", "Arbetsmiljö", "Förvaltningschef",
         {"2025 T1": ("5 - Ej aktuell", "", "Flyttad till kommunstyrelsens plan enligt beslut TN 2025-02-18 § 12."),
          "2025 T2": ("", "", "")}, "UTGAR", ""),
        (tf, "TN-05", "Korrekt debitering av avfallstaxa till abonnenter", "Avfall", "Avfallschef",
         {"2024 T3": ("2 - Delvis genomförd", "Ja", "Felaktig taxekod för 14 abonnenter."),
          "2025 T1": ("3 - Ej påbörjad", "", ""),
          "2025 T2": ("", "", "")}, "EJ_GENOMFORD", ""),
        (tf, "TN-06", "Skadeanmälningar (gatuunderhåll) besvaras inom 30 dagar", "Gata/park", "Handläggare gata",
         {"2025 T1": ("1 - Genomförd", "Nej", "Samtliga 9 skadeanmälningar har besvarats.\nInga ärenden äldre än 30 dagar."),
          "2025 T2": ("", "", "")}, "GENOMFORD", "nej"),
        (tf, "TN-07", "Kontroll av drivmedelskort mot tankningsrapporter", "Fordon", "Fordonssamordnare",
         {"2024 T3": ("1 - Genomförd", "Nej", "Inga avvikelser.")}, None, None),
    ]
    rows = [hdr]
    for unit, cid, text, proc, resp, pers, st, avv in controls:
        for per in ("2024 T3", "2025 T1", "2025 T2"):
            if per in pers:
                s, dv, c = pers[per]
                rows.append([unit[0], unit[1], cid, text, proc, resp, per, s, dv, c])
        if st is not None:
            exp(fil, SBN if unit is sbf else TN, text, st, avv)
    open(p(fil), "wb").write(write_csv_text(rows, "\t", csv.QUOTE_MINIMAL, "cp1252"))
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", TN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F3 in-house system "RävStyr": comma separated, UTF-8 no BOM, comment line, code + text columns
# ---------------------------------------------------------------------------
def make_f3():
    fil = "ravstyr_ik_export_KFN_20250512.csv"
    hdr = ["rad", "forvaltning", "namnd_kod", "kontrollomrade", "kontrollmoment", "kontrollmetod", "ansvarig",
           "uppfoljningsperiod", "statuskod", "status", "avvikelse_jn", "kommentar"]
    fv = "Kultur- och fritidsförvaltningen"
    data = [
        ("Ekonomi", "Kassaavstämning av kontantkassor i simhall och bibliotek", "Oanmäld avstämning",
         "Enhetschef bad", "1", "Genomförd", "N",
         "Avstämning av 3 kassor vid oanmält tillfälle 2025-03-20. Inga differenser.", "GENOMFORD", "nej"),
        ("Bidrag", "Kontroll av underlag för aktivitetsstöd till föreningar", "Stickprov 20 föreningar",
         "Föreningskonsulent", "1", "Genomförd", "J",
         "2 av 20 föreningar hade redovisat deltagare som inte kunde styrkas.\nÅterkrav har skickats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Fakturering av lokalbokningar stäms av mot bokningssystemet", "Avstämning Interbook",
         "Bokningsansvarig", "2", "Pågår", "", "Avstämning av jan–feb påbörjad.", "DELVIS", ""),
        ("Tillgångar", "Inventarieförteckning för kulturskolans instrument är uppdaterad", "Inventering",
         "Kulturskolechef", "3", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Uttag ur e-handel", "Controller", "1",
         "Genomförd", "N", "98 % av inköpen gjordes hos avtalade leverantörer, inom målvärdet.",
         "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Behandling av personuppgifter i bibliotekets lånesystem", "Loggkontroll",
         "Bibliotekschef", "4", "Utgår", "",
         "Utgår – ingår i den kommungemensamma GDPR-granskningen 2025.", "UTGAR", ""),
        ("Personal", "Lönerapportering för timanställda på fritidsgårdarna", "Stickprov tidrapporter",
         "Fritidschef", "0", "Ej rapporterad", "", "", "SAKNAS", ""),
        ("Säkerhet", "Säkerhetsrutiner följs vid publika arrangemang", "Kontroll vid två arrangemang",
         "Evenemangssamordnare", "2", "Pågår", "N",
         "Kontroll vid Kulturnatten genomförd utan anmärkning.\nKontroll vid Valborg återstår.", "DELVIS", "nej"),
    ]
    rows = [hdr]
    for i, d in enumerate(data, 1):
        rows.append([str(i), fv, "KFN", d[0], d[1], d[2], d[3], "2025-T1", d[4], d[5], d[6], d[7]])
        exp(fil, KFN, d[1], d[8], d[9])
    pre = ["# RävStyr 2.3 – export internkontroll | urval: namnd_kod=KFN, ar=2025, period=T1 | "
           "skapad 2025-05-12 08:14 av ekonomi\\anna.lund"]
    post = ["# antal rader: %d" % len(data)]
    open(p(fil), "wb").write(write_csv_text(rows, ",", csv.QUOTE_MINIMAL, "utf-8", pre_lines=pre,
                                            post_lines=post))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F4 Stratsys .xlsx export: report header, header row, filter row, process group rows, footer
# ---------------------------------------------------------------------------
def make_f4():
    fil = "Rapport_Internkontroll_Tertial1_2025_SOC.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    wb.properties.creator = "Stratsys"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A2"] = "Organisation: Rävlanda kommun / Socialförvaltningen"
    ws["A3"] = "Period: Tertial 1 2025"
    ws["A4"] = "Utskriven: 2025-05-07 14:32   Användare: maria.kallstrom@ravlanda.se"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(size=9, color="555555")
    hdr = ["Process", "Kontrollmoment", "Risk (S x K)", "Kontrollmetod", "Ansvarig", "Status", "Kommentar",
           "Åtgärd"]
    HR = 6
    thin = Side(style="thin", color="999999")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = Border(bottom=thin)
    for j in range(1, len(hdr) + 1):
        c = ws.cell(HR + 1, j, "(Alla)")
        c.font = Font(italic=True, color="808080", size=9)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
    ws.auto_filter.ref = "A%d:H%d" % (HR, HR + 1)
    groups = [
        ("Myndighetsutövning", [
            ("Utredningar inom barn och unga avslutas inom fyra månader", "12 (3x4)",
             "Uttag ur Treserva", "Enhetschef BoU", "2 - Pågår",
             "Genomgång av utredningar avslutade jan–mars klar.\nApril återstår.", "", "DELVIS", ""),
            ("Beslut om bistånd enligt SoL fattas av behörig delegat", "9 (3x3)", "Stickprov 40 beslut",
             "Verksamhetsutvecklare", "1 - Genomförd",
             "Stickprov 40 beslut. Samtliga fattade enligt delegationsordningen.", "", "GENOMFORD", "nej"),
            ("Förhandsbedömning av orosanmälningar inom 14 dagar", "16 (4x4)", "Uttag ur Treserva",
             "Enhetschef mottagning", "1 - Genomförd",
             "3 av 52 orosanmälningar förhandsbedömdes efter 14 dagar.",
             "Åtgärdsplan upprättad, veckovis bevakning av inkomna anmälningar.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Utbetalning av ekonomiskt bistånd kontrolleras mot underlag\n(stickprov 25 akter)", "12 (3x4)",
             "Aktgranskning", "Enhetschef försörjningsstöd", "1 - Genomförd",
             "Inga felaktiga utbetalningar upptäcktes.", "", "GENOMFORD", "nej"),
            ("Hantering av brukares kontanter och bankkort på boenden", "12 (4x3)", "Kontroll av kassabok",
             "Enhetschefer LSS", "3 - Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
            ("Fakturering av avgifter inom äldreomsorgen (maxtaxa)", "9 (3x3)", "Stickprov 30 fakturor",
             "Avgiftshandläggare", "2 - Pågår",
             "15 av 30 fakturor granskade. Felaktig avgift i 4 fakturor, utredning pågår.",
             "Rättelse av felaktiga fakturor.", "DELVIS", "ja"),
        ]),
        ("Vård och omsorg", [
            ("Signeringslistor för läkemedel i hemtjänsten", "16 (4x4)", "Granskning av signeringslistor",
             "MAS", "1 - Genomförd", "Granskning av 3 hemtjänstgrupper. Inga anmärkningar.", "",
             "GENOMFORD", "nej"),
            ("Genomförandeplaner upprättas inom 14 dagar i särskilt boende", "8 (2x4)", "Uttag ur Treserva",
             "Enhetschefer SÄBO", "4 - Utgår",
             "Avbruten genom beslut SN 2025-03-25 § 31, ersätts av kvalitetsuppföljning.", "", "UTGAR", ""),
            ("Händelser med hot och våld rapporteras i KIA", "9 (3x3)", "Uttag ur KIA",
             "Arbetsmiljösamordnare", "1 - Genomförd",
             "Samtliga 6 händelser rapporterades i KIA inom 24 timmar.", "", "GENOMFORD", "nej"),
            ("Utredning enligt lex Sarah påbörjas inom två veckor", "12 (3x4)", "Genomgång av lex Sarah-ärenden",
             "Kvalitetsstrateg", "2 - Pågår", "", "", "DELVIS", ""),
        ]),
    ]
    r = HR + 2
    n = 0
    for gname, items in groups:
        ws.cell(r, 1, "Process: " + gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            vals = [gname] + list(it[:7])
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, SN, it[0], it[7], it[8])
            r += 1
            n += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: %d" % n).font = Font(italic=True, size=9)
    ws.cell(r + 1, 1, "Källa: Stratsys – Rävlanda kommun").font = Font(italic=True, size=9)
    widths = [20, 48, 12, 26, 24, 16, 50, 34]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    ws.freeze_panes = "A8"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", SN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F5 hand-made Word document, Överförmyndarnämnden
# ---------------------------------------------------------------------------
def make_f5():
    fil = "ÖFN uppföljning internkontroll T1 2025.docx"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Karin Ek"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Karin Ek"
    d.add_heading("Överförmyndarnämnden i Rävlanda", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024. Nedan redovisas hur "
        "kontrollerna har genomförts under årets första tertial. Bedömningen anges som Klar, Pågår, "
        "Ej påbörjad eller Klar med avvikelse.")
    items = [
        ("1", "Granskning av årsräkningar sker inom fyra månader från inlämning",
         "Uttag ur Wärna, bevakningslista", "Av 212 inkomna årsräkningar är 140 granskade. Arbetet fortsätter.",
         "Pågår", "DELVIS", ""),
        ("2", "Kontroll av att nya ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Genomgång av samtliga nya ställföreträdare",
         "Samtliga 31 nya ställföreträdare har kontrollerats.", "Klar", "GENOMFORD", "nej"),
        ("3", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 15 beslut",
         "1 arvode var beräknat på fel schablon. Rättat och ny utbetalning gjord.", "Klar med avvikelse",
         "GENOMFORD", "ja"),
        ("4", "Uttag från spärrade bankkonton sker endast efter uttagsmedgivande", "Stickprov 10 akter",
         "Görs under tertial 2.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("5", "Förteckning över huvudmannens tillgångar inkommer inom två månader",
         "Bevakning i Wärna", "9 av 40 förteckningar kom in för sent. Påminnelser har skickats.",
         "Klar med avvikelse", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Hur kontrollen gjorts", "Resultat T1",
                                      "Bedömning"]):
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
    for it in items:
        cells = t.add_row().cells
        for c, v in zip(cells, it[:5]):
            c.text = v
        exp(fil, OFN, it[1], it[5], it[6])
    d.add_paragraph("")
    d.add_paragraph("Rävlanda 2025-05-08")
    d.add_paragraph("Karin Ek\nHandläggare, Överförmyndarenheten")
    d.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", OFN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F6 hand-made xlsx, Rävlandabostäder AB: tick columns
# ---------------------------------------------------------------------------
def make_f6():
    fil = "RBAB internkontroll 2025 uppf april.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    wb.properties.creator = "Per Lind"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Rävlandabostäder AB – Internkontroll 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning per 30 april 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    items = [
        ("Ekonomi", "Hyresavisering kontrolleras mot gällande hyresavtal", "Ekonomiassistent", "x", "", "",
         "Stickprov 30 avtal, ok.", "GENOMFORD", "nej"),
        ("", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "x", "", "",
         "1 faktura attesterad av ej behörig (semestervikarie). Attestförteckningen uppdaterad.",
         "GENOMFORD", "ja"),
        ("", "Påminnelse- och inkassorutin för hyresfordringar följs", "Ekonomiassistent", "", "x", "",
         "Rutinen följd för jan–feb, mars ej kontrollerad än.", "DELVIS", ""),
        ("Fastighet", "Besiktning av lekplatser enligt besiktningsplan", "Fastighetschef", "", "", "x",
         "Görs i maj.", "EJ_GENOMFORD", ""),
        ("", "Anmärkningar från OVK åtgärdas inom angiven tid", "Driftchef", "x", "", "x", "",
         "OKLAR", ""),
        ("", "Nyckelhantering och behörigheter i passersystemet", "Driftchef", "", "", "", "",
         "SAKNAS", ""),
        ("", "Frivillig skattskyldighet för moms vid nya lokalavtal", "Ekonomichef", "", "", "",
         "Ej aktuellt 2025 – inga nya lokalavtal tecknas i år.", "UTGAR", ""),
    ]
    r = 5
    for it in items:
        for j, v in enumerate(it[:7], 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= j <= 6 else None)
        exp(fil, RBAB, it[1], it[7], it[8])
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av: Per Lind, ekonomichef, 2025-05-05")
    for j, wdt in enumerate([12, 50, 18, 11, 9, 13, 55], 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", RBAB, "2025", "T1"))


# ---------------------------------------------------------------------------
# F7 wide export, comma separated, Windows-1252, English headers, Status/Comment per tertial
# ---------------------------------------------------------------------------
def make_f7():
    fil = "IC_followup_Miljoforvaltningen_2025.csv"
    hdr = ["Unit", "Year", "Control", "Method", "Responsible", "Status T1", "Comment T1", "Status T2",
           "Comment T2", "Status T3", "Comment T3"]
    unit = "Miljöförvaltningen"
    data = [
        ("Tillsynsavgifter debiteras enligt taxa och riskklassning", "Stickprov 20 objekt", "Miljöchef",
         "1 - Genomförd", "Stickprov 20 objekt. 1 objekt hade felaktig riskklass, rättat och omfakturerat.",
         "GENOMFORD", "ja"),
        ("Klagomål på buller och lukt handläggs inom 14 dagar", "Uttag ur Ecos", "Miljöinspektör",
         "2 - Delvis genomförd", "Granskning av januari–februari klar, mars–april återstår.", "DELVIS", ""),
        ("Kontroll av att inspektörer inte handlägger ärenden där jäv föreligger", "Genomgång av ärendelista",
         "Enhetschef", "1 - Genomförd", "Inga jävssituationer identifierade.", "GENOMFORD", "nej"),
        ("Planerade livsmedelskontroller utförs enligt kontrollplanen", "Uttag ur Ecos",
         "Livsmedelsinspektör", "3 - Ej påbörjad", "Följs upp halvårsvis, första mätning i augusti.",
         "EJ_GENOMFORD", ""),
        ("Anmälningar om värmepumpar registreras och handläggs", "Stickprov 10 ärenden", "Miljöinspektör",
         "", "Se bilaga 3.", "OKLAR", ""),
        ("Avslutade tillsynsärenden arkiveras enligt dokumenthanteringsplan", "Stickprov 15 ärenden",
         "Administratör", "", "", "SAKNAS", ""),
    ]
    rows = [hdr]
    for d in data:
        rows.append([unit, "2025", d[0], d[1], d[2], d[3], d[4], "", "", "", ""])
        exp(fil, MHN, d[0], d[5], d[6])
    open(p(fil), "wb").write(write_csv_text(rows, ",", csv.QUOTE_ALL, "cp1252"))
    FILES.append((fil, "INLAST", MHN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F8 reject: Stratsys budget follow-up export (no internal control)
# ---------------------------------------------------------------------------
def make_f8():
    fil = "Stratsys_export_budgetuppfoljning_T1_2025.csv"
    hdr = ["Enhet", "Period", "Verksamhet", "Budget 2025 (tkr)", "Utfall jan-apr (tkr)", "Prognos helår (tkr)",
           "Avvikelse (tkr)", "Status", "Kommentar"]
    rows = [hdr,
            ["Kommunstyrelsen", "2025 Tertial 1", "Kommunledning", "84 200", "27 950", "84 900", "-700",
             "2 - Risk för underskott", "Ökade kostnader för konsulter inom IT."],
            ["Barn- och utbildningsnämnden", "2025 Tertial 1", "Grundskola", "412 500", "139 100", "415 800",
             "-3 300", "2 - Risk för underskott", "Fler elever i behov av särskilt stöd.\nTilläggsbelopp ökar."],
            ["Socialnämnden", "2025 Tertial 1", "Äldreomsorg", "356 000", "118 400", "356 000", "0",
             "1 - I balans", ""],
            ["Samhällsbyggnadsnämnden", "2025 Tertial 1", "Bygglov", "6 800", "1 900", "6 300", "500",
             "1 - I balans", "Vakanser."],
            ["Tekniska nämnden", "2025 Tertial 1", "Gata/park", "38 600", "16 200", "40 100", "-1 500",
             "3 - Underskott", "Vinterväghållning över budget p.g.a. snörik februari."],
            ["Kultur- och fritidsnämnden", "2025 Tertial 1", "Fritid", "41 300", "13 600", "41 300", "0",
             "1 - I balans", ""],
            ]
    open(p(fil), "wb").write(write_csv_text(rows, ";", csv.QUOTE_ALL, "utf-8", bom=True))
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    make_register()
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    make_f6()
    make_f7()
    make_f8()
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
