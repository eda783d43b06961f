#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 155 - Västerfors kommun, T2 2025 (tertial 2, januari-augusti).

An inbox dominated by CSV/text exports from governance and case systems, plus an
ordinary xlsx and docx follow-up and one empty export that must be rejected.

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file plus namnder.csv, files.csv, expected.csv in this folder.
Deterministic: fixed texts, fixed document properties, fixed zip timestamps.
"""
import csv
import datetime as dt
import io
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
INBOX = HERE  # the follow-up files sit directly in the round folder

FIXED_DT = dt.datetime(2025, 9, 12, 8, 0, 0)

# ---------------------------------------------------------------------------
# register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"
VAL = "Valnämnden"
VBAB = "Västerfors Bostäder AB"
VEVAB = "Västerfors Energi och Vatten AB"

REGISTER = [
    (KS, ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
    (BUN, ["BUN", "Barn- och utbildningsförvaltningen", "BUF", "Utbildningsförvaltningen"]),
    (SN, ["SN", "Socialförvaltningen", "SOC", "Individ- och familjeomsorgen"]),
    (VON, ["VON", "Vård- och omsorgsförvaltningen", "VOF", "Äldre- och omsorgsförvaltningen"]),
    (SBN, ["SBN", "Samhällsbyggnadsförvaltningen", "SBF", "Byggnadsnämnden"]),
    (KFN, ["KFN", "Kultur- och fritidsförvaltningen", "KFF", "Kultur och fritid"]),
    (MHN, ["MHN", "Miljöförvaltningen", "Miljö- och hälsoskyddskontoret"]),
    (OFN, ["ÖFN", "ÖFN Västerfors", "Överförmyndarenheten", "Överförmyndaren"]),
    (VAL, ["VN", "Valnämnden i Västerfors"]),
    (VBAB, ["VBAB", "Västerforsbostäder", "Bostadsbolaget", "Västerfors Bostäder"]),
    (VEVAB, ["VEVAB", "Västerfors Energi & Vatten AB", "Västerfors Energi", "VEV"]),
]

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    km = " ".join(km.split())          # multi-line control cells -> one line
    assert ";" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


def csv_text(rows, delimiter, lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quotechar='"',
                   quoting=csv.QUOTE_MINIMAL, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write_bytes(name, data):
    with open(os.path.join(INBOX, name), "wb") as f:
        f.write(data)


def normalize_zip(path):
    """Rewrite a zip-based office file with fixed timestamps and order (determinism)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# File 1: Stratsys export, several organisations, UTF-8 with BOM, ';'
# ---------------------------------------------------------------------------
def file1():
    fil = "Stratsys_Internkontroll_T2_2025_urval3.csv"
    header = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
              "Ansvarig", "Status", "Statuskommentar", "Avvikelse", "Senast ändrad"]
    O_KS = "Västerfors kommun/Kommunstyrelsen"
    O_SBN = "Västerfors kommun/Samhällsbyggnadsnämnden"
    O_VEV = "Kommunala bolag/Västerfors Energi & Vatten AB"
    data = [
        # org, process, km, metod, frekvens, ansvarig, status, kommentar, avvikelse, ändrad, (nämnd, exp status, exp avv)
        (O_KS, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Tertialvis", "Ekonomichef", "Genomförd",
         "Stickprov om 30 fakturor maj–juli.\n2 fakturor attesterade av ersättare utan giltig delegation.\nÅterkopplat till berörda chefer.",
         "Ja", "2025-09-03", KS, "GENOMFORD", "ja"),
        (O_KS, "Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjen för representation",
         "Granskning av samtliga konton 7610–7690", "Tertialvis", "Redovisningsansvarig", "Genomförd",
         "Samtliga 15 granskade poster korrekt dokumenterade med syfte och deltagare.", "Nej",
         "2025-08-28", KS, "GENOMFORD", "nej"),
        (O_KS, "HR och behörigheter", "Behörigheter i ekonomisystemet avslutas när anställning upphör",
         "Avstämning behörighetslista mot avslutade anställningar i HR-systemet", "Halvår",
         "Systemförvaltare ekonomi", "Pågående",
         "Avstämning mot HR-systemet påbörjad i augusti.\nBeräknas klar i oktober.", "",
         "2025-09-01", KS, "DELVIS", ""),
        (O_KS, "Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslistor och diarium", "Tertialvis", "Kanslichef", "Genomförd",
         "Samtliga delegationsbeslut anmälda vid KS sammanträden 2025-06-11 och 2025-08-27.", "Nej",
         "2025-08-29", KS, "GENOMFORD", "nej"),
        (O_KS, "Informationshantering",
         "Utlämnande av allmän handling sker skyndsamt och med sekretessprövning",
         "Stickprov 10 begäranden ur diariet", "Tertialvis", "Registrator", "Ej påbörjad",
         "Flyttas till T3 på grund av vakans på kansliet.", "", "2025-09-10", KS, "EJ_GENOMFORD", ""),
        (O_KS, "Inköp", "Avtalstrohet vid inköp av konsulttjänster",
         "Analys av leverantörsreskontra mot avtalsdatabasen", "Helår", "Upphandlingschef", "",
         "", "", "", KS, "SAKNAS", ""),
        (O_SBN, "Myndighetsutövning bygg", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet, samtliga beslut", "Tertialvis", "Bygglovschef", "Genomförd",
         "87 av 92 ärenden inom tid.\n5 ärenden överskred tidsfristen, avgiften reducerad enligt PBL 12 kap. 8 a §.",
         "Ja", "2025-09-05", SBN, "GENOMFORD", "ja"),
        (O_SBN, "Myndighetsutövning bygg", "Debitering av bygglovsavgifter enligt taxa",
         "Stickprov 15 fakturor mot taxa", "Tertialvis", "Administrativ chef", "Genomförd",
         "Inga avvikelser.", "Nej", "2025-09-05", SBN, "GENOMFORD", "nej"),
        (O_SBN, "Drift gata/park", "Entreprenör för gatubelysning utför arbeten enligt avtal och à-priser",
         "Genomgång av arbetsordrar och fakturor", "Halvår", "Gatuchef", "Pågående",
         "Arbetsordrar för mars–juni genomgångna. Juli–augusti återstår.", "", "2025-08-22",
         SBN, "DELVIS", ""),
        (O_SBN, "Myndighetsutövning bygg", "Tillsyn av ovårdade tomter enligt tillsynsplan",
         "Genomgång av tillsynsärenden", "Helår", "Bygglovschef", "Utgår",
         "Utgår enligt beslut SBN 2025-04-23 § 56. Ersätts av kontroll i 2026 års plan.", "",
         "2025-04-24", SBN, "UTGAR", ""),
        (O_SBN, "Exploatering", "Fakturering av exploateringsbidrag enligt tecknade exploateringsavtal",
         "Avstämning avtal mot kundreskontra", "Tertialvis", "Exploateringsingenjör", "Pågående",
         "Två av sju avtal saknar fakturering trots passerat förfallodatum.\nFakturor skickas i september.",
         "Ja", "2025-09-08", SBN, "DELVIS", "ja"),
        (O_VEV, "Kundprocess", "Byte och avläsning av vattenmätare enligt bytesplan",
         "Uttag ur kundsystemet", "Tertialvis", "Kundtjänstchef", "Genomförd",
         "410 av 410 planerade byten utförda.", "Nej", "2025-09-02", VEVAB, "GENOMFORD", "nej"),
        (O_VEV, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertialvis", "Ekonomichef VEVAB", "Genomförd",
         "Inga avvikelser.", "Nej", "2025-09-02", VEVAB, "GENOMFORD", "nej"),
        (O_VEV, "Drift VA", "Driftstörningar i VA-nätet rapporteras till styrelsen",
         "Jämförelse störningslogg och styrelseprotokoll", "Tertialvis", "VA-chef", "Pågående",
         "Rapportering till styrelsen 2025-09-25.", "", "2025-09-04", VEVAB, "DELVIS", ""),
        (O_VEV, "Säkerhet", "Säkerhetsskydd:\nbehörighetskontroll till vattenverk och reservoarer",
         "Avstämning passersystem mot personal- och entreprenörslistor", "Halvår",
         "Säkerhetsskyddschef", "Genomförd",
         "Två aktiva passerkort till f.d. entreprenör spärrades i samband med kontrollen.", "Ja",
         "2025-08-19", VEVAB, "GENOMFORD", "ja"),
        (O_VEV, "Inköp", "Upphandling över direktupphandlingsgränsen föregås av annonsering",
         "Genomgång av leverantörer med inköp över 700 tkr", "Helår", "Inköpsansvarig",
         "Ej aktuell", "Inga inköp över gränsen under perioden.", "", "2025-09-02",
         VEVAB, "UTGAR", ""),
    ]
    rows = [["Rapport: Internkontroll"],
            ["Utskriven: 2025-09-12 08:14 av Annika Berg (ekonomiavdelningen)"],
            ["Urval: T2 2025"],
            ["Organisationer: 3 valda (Kommunstyrelsen, Samhällsbyggnadsnämnden, Västerfors Energi & Vatten AB)"],
            [],
            header]
    for d in data:
        rows.append(list(d[:10]))
        exp(fil, d[10], d[2], d[11], d[12])
    rows.append([])
    rows.append(["Antal poster: %d" % len(data)])
    text = csv_text(rows, ";")
    write_bytes(fil, b"\xef\xbb\xbf" + text.encode("utf-8"))
    for n in (KS, SBN, VEVAB):
        FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 2: Hypergene export, one row per control and tertial, cp1252, sep=;
# ---------------------------------------------------------------------------
def file2():
    fil = "BUN_IK_uppfoljning_per_tertial_2025.csv"
    legend = ("1 = Genomförd utan anmärkning | 2 = Genomförd med anmärkning | 3 = Påbörjad | "
              "4 = Ej påbörjad | 5 = Utgår")
    header = ["Förvaltning", "Kontroll-ID", "Process", "Kontrollmoment", "Tertial", "Statuskod",
              "Kommentar", "Rapporterad av", "Teckenförklaring status"]
    F = "Barn- och utbildningsförvaltningen"
    controls = [
        ("BUN-01", "Personal", "Utdrag ur belastningsregistret har uppvisats vid nyanställning",
         [("T1 2025", "1", "Stickprov 20 anställningar, samtliga OK.", "HR-konsult"),
          ("T2 2025", "1", "Stickprov 25 anställningar inför höstterminen, samtliga OK.", "HR-konsult")],
         "GENOMFORD", "nej"),
        ("BUN-02", "Elevadministration", "Frånvaro registreras i elevregistret samma dag",
         [("T1 2025", "3", "Påbörjad, uttag gjort för 6 av 12 skolor.", "Verksamhetscontroller"),
          ("T2 2025", "2", "Genomförd.\n3 av 12 skolor registrerar inte frånvaro samma dag.\nÅtgärdsplan begärd från rektorerna.",
           "Verksamhetscontroller")],
         "GENOMFORD", "ja"),
        ("BUN-03", "Myndighetsutövning", "Skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
         [("T1 2025", "1", "Genomförd för läsåret 25/26, inga avvikelser.", "Skolskjutshandläggare"),
          ("T2 2025", "", "", "")],
         "GENOMFORD", "nej"),
        ("BUN-04", "Ekonomi", "Avgifter i förskola och fritidshem debiteras enligt maxtaxa",
         [("T1 2025", "3", "Kontroll av vårens debitering pågår.", "Avgiftshandläggare"),
          ("T2 2025", "3", "Inkomstuppgifter för hösten kontrolleras i september.", "Avgiftshandläggare")],
         "DELVIS", ""),
        ("BUN-05", "Trygghet och studiero", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         [("T1 2025", "4", "", ""),
          ("T2 2025", "2", "9 av 41 anmälningar inkom senare än fem arbetsdagar.", "Kvalitetsstrateg")],
         "GENOMFORD", "ja"),
        ("BUN-06", "IT", "Inventering av elevdatorer och läsplattor mot inventarieregistret",
         [("T1 2025", "4", "", ""),
          ("T2 2025", "4", "Skjuts till hösten på grund av byte av IT-leverantör.", "IT-samordnare")],
         "EJ_GENOMFORD", ""),
        ("BUN-07", "Ekonomi", "Bidragsunderlag till fristående förskolor stäms av mot barnregistret",
         [("T1 2025", "5", "Utgår, ersätts av kommungemensam kontroll i KS plan (beslut BUN 2025-03-12 § 21).",
           "Förvaltningsekonom")],
         "UTGAR", ""),
        ("BUN-08", "Ekonomi", "Ersättning för modersmålsundervisning betalas ut enligt beslut",
         [("T1 2025", "", "", ""),
          ("T2 2025", "", "Se separat rapport till nämnden 2025-09-18.", "Förvaltningsekonom")],
         "OKLAR", ""),
        ("BUN-09", "Lön", "Timanställdas tidrapporter stäms av mot schema före lönekörning",
         [("T1 2025", "", "", ""),
          ("T2 2025", "", "", "")],
         "SAKNAS", ""),
    ]
    rows = [header]
    first = True
    for cid, proc, km, trows, st, avv in controls:
        for (ter, kod, kom, rapp) in trows:
            rows.append([F, cid, proc, km, ter, kod, kom, rapp, legend if first else ""])
            first = False
        exp(fil, BUN, km, st, avv)
    text = "sep=;\r\n" + csv_text(rows, ";")   # Excel's separator hint, never quoted
    write_bytes(fil, text.encode("cp1252"))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 3: Excel "Unicode text" (UTF-16LE, tab separated) from Socialnämnden
# ---------------------------------------------------------------------------
def file3():
    fil = "SN_internkontroll_T2.txt"
    ncol = 10
    header = ["Nr", "Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
              "Ansvarig", "Genomförd T2 (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]

    def pad(r):
        return r + [""] * (ncol - len(r))

    rows = [pad(["Socialnämnden – Uppföljning av internkontrollplan 2025, tertial 2"]),
            pad(["Fastställd plan: SN 2024-12-11 § 142. Riskvärde = sannolikhet x konsekvens (1–16)."]),
            pad([]),
            header]
    data = [
        ("G", "Myndighetsutövning barn och unga"),
        ("1", "Utredning barn och unga", "Utredning inleds inte i tid och barn riskerar att fara illa", "12",
         "Beslut om att inleda utredning enligt 11 kap. 1 § SoL fattas inom 14 dagar efter orosanmälan",
         "Stickprov 30 ärenden", "Enhetschef barn och unga", "Delvis", "Ja",
         "Stickprov 30 ärenden jan–juli: 26 inom tid, 4 överskred 14 dagar.\nAugusti granskas i september.",
         SN, "DELVIS", "ja"),
        ("2", "Placeringar", "Placeringar görs utanför ramavtal till högre kostnad", "9",
         "Placeringar i HVB och familjehem följer ramavtal",
         "Genomgång av samtliga nya placeringar", "Enhetschef placering", "Nej", "",
         "Ej genomförd – ny avtalsuppföljare på plats från september.", SN, "EJ_GENOMFORD", ""),
        ("G", "Ekonomiskt bistånd"),
        ("3", "Handläggning ekonomiskt bistånd", "Beslut fattas utan delegation", "8",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef försörjningsstöd", "Ja", "Nej", "Inga avvikelser.",
         SN, "GENOMFORD", "nej"),
        ("4", "Utbetalning ekonomiskt bistånd", "Felaktiga eller dubbla utbetalningar", "12",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
         "Maskinell kontroll av dubbletter + stickprov 20", "Controller IFO", "Ja", "Ja",
         "En dubbelutbetalning om 4 350 kr upptäcktes.\nÅterkrav beslutat 2025-07-02.",
         SN, "GENOMFORD", "ja"),
        ("5", "Klientmedel", "Förskingring av handkassor och klientmedel", "8",
         "Handkassor och klientmedel inventeras och stäms av mot kassabok",
         "Oanmäld inventering", "Administrativ chef", "", "Nej",
         "Kontrollen genomförd 2025-06-10, samtliga kassor stämde mot kassabok.", SN, "GENOMFORD", "nej"),
        ("G", "Informationssäkerhet och dokumentation"),
        ("6", "Dokumentation", "Bristande dokumentation försvårar rättssäker handläggning", "9",
         "Journalföring i verksamhetssystemet sker löpande",
         "Stickprov 20 akter", "Kvalitetsstrateg", "Ja", "Nej",
         "Stickprov 20 akter.\nSamtliga journalanteckningar gjorda inom en vecka.", SN, "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet", "Obehörig åtkomst till personakter", "12",
         "Loggkontroll av åtkomst till personakter", "Slumpvis loggutdrag 10 användare",
         "Systemförvaltare", "", "", "", SN, "SAKNAS", ""),
        ("8", "Arbetsmiljö", "Hot- och våldssituationer rapporteras inte", "6",
         "Hot- och våldssituationer rapporteras i avvikelsesystemet",
         "Jämförelse incidentlogg och avvikelsesystem", "HR-partner", "Utgår", "",
         "Utgår – hanteras inom det systematiska arbetsmiljöarbetet enligt beslut SN 2025-03-19 § 34.",
         SN, "UTGAR", ""),
    ]
    for d in data:
        if d[0] == "G":
            rows.append(pad([d[1]]))
            continue
        rows.append(list(d[:10]))
        exp(fil, d[10], d[4], d[11], d[12])
    rows.append(pad([]))
    rows.append(pad(["Rapporterad av: Lena Ström, kvalitetsstrateg, 2025-09-05"]))
    text = csv_text(rows, "\t")
    write_bytes(fil, b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 4: VON export, cp1252, comma separated, status codes with legend in footer
# ---------------------------------------------------------------------------
def file4():
    fil = "VON_IK_export_20250909.csv"
    header = ["Verksamhet", "Kontrollområde", "Kontrollmoment", "Frekvens", "Utfall", "Status", "Kommentar"]
    data = [
        ("Hemtjänst", "Verkställighet", "Utförd tid i hemtjänsten stäms av mot beviljad tid",
         "Månadsvis", "Avvikelse över 15 % i 4 av 38 granskade ärenden.", "GA",
         "Biståndshandläggare följer upp de fyra ärendena.\nNy avstämning i oktober.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Säkerhet", "Nyckelhantering hos brukare sker enligt rutin",
         "Tertialvis", "Inga avvikelser", "G", "", "GENOMFORD", "nej"),
        ("Särskilt boende", "Läkemedel", "Signeringslistor för läkemedel kontrolleras",
         "Tertialvis", "3 av 6 boenden granskade", "P", "Resterande boenden granskas i september.",
         "DELVIS", ""),
        ("Särskilt boende", "Avgifter", "Boendeavgifter och hyror debiteras enligt beslut",
         "Halvår", "Stickprov 20 brukare, korrekt debitering.", "G", "", "GENOMFORD", "nej"),
        ("LSS", "Dokumentation", "Genomförandeplaner upprättas inom sex veckor efter verkställt beslut",
         "Tertialvis", "", "P", "Granskning påbörjad på två av fem gruppbostäder.", "DELVIS", ""),
        ("LSS", "Ekonomi", "Hantering av brukarnas privata medel enligt rutin",
         "Halvår", "", "E", "Stickprov ej genomfört under perioden, planeras i oktober.",
         "EJ_GENOMFORD", ""),
        ("Gemensamt", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Tertialvis", "Stickprov 25 fakturor, 1 faktura saknade beslutsattest.", "G",
         "Återkopplat till enhetschef.", "GENOMFORD", "ja"),
        ("Gemensamt", "Personal", "Bisysslor anmäls och prövas årligen",
         "Helår", "", "U", "Utgår 2025, ingår i KS kommungemensamma kontroll.", "UTGAR", ""),
        ("Gemensamt", "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov",
         "Tertialvis", "", "-", "", "SAKNAS", ""),
    ]
    rows = [header]
    for d in data:
        rows.append(list(d[:7]))
        exp(fil, VON, d[2], d[7], d[8])
    rows.append([])
    rows.append(["Statusförklaring: G = Genomförd, GA = Genomförd med avvikelse, P = Påbörjad/delvis genomförd, "
                 "E = Ej genomförd, U = Utgår"])
    rows.append(["Vård- och omsorgsnämnden, internkontroll 2025 – uppföljning tertial 2 (jan–aug)"])
    text = csv_text(rows, ",")
    write_bytes(fil, text.encode("cp1252"))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 5: Kultur- och fritidsnämnden, ordinary xlsx with T1 and T2 side by side
# ---------------------------------------------------------------------------
def file5():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "KFN uppföljning internkontroll T2 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    fills = {
        "Genomförd": PatternFill("solid", fgColor="92D050"),
        "Pågår": PatternFill("solid", fgColor="FFFF00"),
        "Ej påbörjad": PatternFill("solid", fgColor="FF0000"),
        "Utgår": PatternFill("solid", fgColor="BFBFBF"),
    }
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Tertial 2 (januari–augusti). Status anges per tertial; fältet lämnas tomt om kontrollen inte följts upp."
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    ws.merge_cells("A3:G3")

    ws["A5"] = "Kontrollmoment"
    ws["B5"] = "Ansvarig"
    ws["C5"] = "Uppföljning T1"
    ws["E5"] = "Uppföljning T2"
    ws["G5"] = "Åtgärd"
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("C5:D5")
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:G6")
    ws["C6"] = "Status"
    ws["D6"] = "Kommentar"
    ws["E6"] = "Status"
    ws["F6"] = "Kommentar"
    for row in ws["A5:G6"]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    data = [
        ("P", "Process: Föreningsstöd"),
        ("Utbetalning av föreningsbidrag sker enligt beslut och riktlinjer", "Föreningskonsulent",
         "Pågår", "Vårens utbetalningar granskas.", "Genomförd",
         "Granskat 12 bidrag. Ett bidrag utbetalt med för högt belopp (felaktigt medlemsantal).",
         "Återkrav 6 000 kr skickat.", "GENOMFORD", "ja"),
        ("Föreningars redovisning av aktivitetsstöd stickprovskontrolleras", "Föreningskonsulent",
         "Genomförd", "Stickprov 10 föreningar, inga avvikelser.", "", "", "", "GENOMFORD", "nej"),
        ("P", "Process: Anläggningar"),
        ("Bokning och debitering av lokaler och anläggningar i bokningssystemet", "Bokningsansvarig",
         "Ej påbörjad", "", "Pågår", "Avstämning bokning mot fakturering för april–juni pågår.", "",
         "DELVIS", ""),
        ("Kassahantering i simhallen:\ndagliga kassarapporter stäms av mot kassaregistret", "Badchef",
         "Genomförd", "Inga differenser.", "Genomförd",
         "Två differenser över 500 kr i juli, utreds tillsammans med ekonomienheten.",
         "Rutin för dubbelkontroll vid kassaavslut införs.", "GENOMFORD", "ja"),
        ("Besiktning av lekplatser och spontanidrottsplatser enligt SS-EN 1176", "Anläggningschef",
         "", "", "Utgår", "Ansvaret överfört till Samhällsbyggnadsnämnden fr.o.m. 1 maj 2025.", "",
         "UTGAR", ""),
        ("P", "Process: Bibliotek"),
        ("Inköp av medier följer gällande avtal", "Bibliotekschef",
         "", "", "Ej påbörjad", "Görs under hösten.", "", "EJ_GENOMFORD", ""),
        ("Lånedata gallras enligt informationshanteringsplanen", "Bibliotekschef",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for d in data:
        if d[0] == "P":
            ws.cell(row=r, column=1, value=d[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        for ci, v in enumerate(d[:7], start=1):
            c = ws.cell(row=r, column=ci, value=v if v != "" else None)
            c.alignment = wrap
            c.border = border
            if ci in (3, 5) and v in fills:
                c.fill = fills[v]
        exp(fil, KFN, d[0], d[7], d[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    for i, (k, f) in enumerate(fills.items()):
        c = ws.cell(row=r + 1 + i, column=1, value=k)
        c.fill = f
    r += 6
    ws.cell(row=r, column=1, value="Sammanställt av: Johan Eklund, verksamhetscontroller, 2025-09-08")

    for col, w in zip("ABCDEFG", (48, 20, 13, 32, 13, 42, 30)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Kultur- och fritidsförvaltningen – Internkontroll 2025"
    ws.print_title_rows = "5:6"
    wb.properties.creator = "Johan Eklund"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(INBOX, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 6: Västerfors Bostäder AB, Word document, delår
# ---------------------------------------------------------------------------
def file6():
    import docx
    from docx.shared import Pt

    fil = "Västerfors Bostäder - uppföljning intern kontroll delår 2025.docx"
    d = docx.Document()
    d.add_heading("Västerfors Bostäder AB", level=1)
    d.add_heading("Uppföljning av intern kontroll – delår januari–augusti 2025", level=2)
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 12 december 2024. "
        "Nedan redovisas utfallet av de kontroller som genomförts under perioden januari–augusti. "
        "Redovisningen lämnas till kommunstyrelsen som en del av bolagets delårsrapport.")
    d.add_paragraph("Bedömning anges som: Utan anmärkning, Med anmärkning, Pågår, Ej utförd eller Utgår.")
    data = [
        ("Uthyrning", "Hyresavisering och hyresavdrag vid vakanser och evakueringar", "Ekonomiassistent",
         "Samtliga 34 avdrag under perioden kontrollerade mot beslut.", "Utan anmärkning", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor enligt bolagets attestordning", "Ekonomichef",
         "Stickprov 40 fakturor. 3 fakturor attesterade av person som själv gjort beställningen (jäv).",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("Uthyrning", "Lägenheter förmedlas enligt uthyrningspolicyn och kön", "Uthyrningschef",
         "Granskning av kontrakt tecknade januari–juni pågår, klart i oktober.", "Pågår", "DELVIS", ""),
        ("Ekonomi", "Hantering av kontanta medel i fastighetsbutiken", "Ekonomichef",
         "Fastighetsbutiken är kontantfri sedan februari 2025.", "Utgår", "UTGAR", ""),
        ("Inköp", "Avtalstrohet mot ramavtal för fastighetsunderhåll", "Fastighetschef",
         "Ej utförd under perioden på grund av sjukskrivning. Utförs under hösten.", "Ej utförd",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Borttappade nyckeltaggar spärras i passersystemet samma dag", "Säkerhetsansvarig",
         "Se bilaga 1.", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utfört av", "Resultat", "Bedömning"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.font.bold = True
    for row in data:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, VBAB, row[1], row[5], row[6])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 1: Logg passersystem januari–augusti (lämnas separat).")
    d.add_paragraph("Västerfors 2025-09-10")
    d.add_paragraph("Maria Lindqvist\nVerkställande direktör")
    cp = d.core_properties
    cp.author = "Maria Lindqvist"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Maria Lindqvist"
    cp.revision = 1
    path = os.path.join(INBOX, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", VBAB, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Överförmyndarnämnden, case-system export, UTF-8 no BOM, comma, LF.
# Nämnd and year only in the file name; T1/T2/T3 side by side.
# ---------------------------------------------------------------------------
def file7():
    fil = "ÖFN_internkontroll_2025_T2.csv"
    header = ["Nr", "Kontrollmoment", "Omfattning", "T1", "T2", "T3", "Avvikelse", "Kommentar"]
    data = [
        ("1", "Årsräkningar granskas inom lagstadgad tid", "Samtliga inkomna årsräkningar",
         "Påbörjad", "Genomförd", "", "Nej", "Samtliga 312 årsräkningar granskade per 30 juni.",
         "GENOMFORD", "nej"),
        ("2", "Ställföreträdare har uppvisat giltigt utdrag ur belastningsregistret",
         "Nya ställföreträdare 2025", "Genomförd", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("3", "Arvoden till ställföreträdare beräknas enligt fastställda riktlinjer",
         "Stickprov 20 arvodesbeslut", "", "Påbörjad", "", "", "Hälften av stickprovet granskat.",
         "DELVIS", ""),
        ("4", "Uttag från spärrade konton föregås av överförmyndarens samtycke",
         "Stickprov 15 huvudmän", "", "Genomförd", "", "Ja",
         "Två uttag utan samtycke, \"ärendena utreds\" och ställföreträdarna har kontaktats.",
         "GENOMFORD", "ja"),
        ("5", "Akter arkiveras digitalt enligt informationshanteringsplanen", "Avslutade akter",
         "Ej påbörjad", "Ej påbörjad", "", "", "Väntar på e-arkivets införande.", "EJ_GENOMFORD", ""),
    ]
    rows = [header]
    for dd in data:
        rows.append(list(dd[:8]))
        exp(fil, OFN, dd[1], dd[8], dd[9])
    text = csv_text(rows, ",", lineterminator="\n")
    write_bytes(fil, text.encode("utf-8"))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 8 (rejected): empty Stratsys export for MHN, header only
# ---------------------------------------------------------------------------
def file8():
    fil = "Stratsys_Internkontroll_T2_2025_MHN.csv"
    rows = [["Rapport: Internkontroll"],
            ["Utskriven: 2025-09-12 08:21 av Annika Berg (ekonomiavdelningen)"],
            ["Urval: T2 2025"],
            ["Organisationer: 1 vald (Miljö- och hälsoskyddsnämnden)"],
            [],
            ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
             "Ansvarig", "Status", "Statuskommentar", "Avvikelse", "Senast ändrad"],
            [],
            ["Antal poster: 0"]]
    text = csv_text(rows, ";")
    write_bytes(fil, b"\xef\xbb\xbf" + text.encode("utf-8"))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    for fn in (file1, file2, file3, file4, file5, file6, file7, file8):
        fn()
    write_csv("namnder.csv", ["nämnd", "alias"], [(n, "|".join(a)) for n, a in REGISTER])
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], sorted(FILES))
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    # consistency
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, _, _, _ in EXPECTED:
        assert (f, n) in inl, (f, n)
    regnames = {n for n, _ in REGISTER}
    assert all(n in regnames for _, u, n, _, _ in FILES if u == "INLAST")
    for f in {f for f, *_ in FILES}:
        assert os.path.isfile(os.path.join(INBOX, f)), f
    print("files:", len({f for f, *_ in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
