#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r548 - Sävsjö kommun, uppföljning av internkontrollplaner helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; no LibreOffice needed to build)
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_xlsx_dates(path):
    """Make xlsx byte-deterministic: fixed timestamps in docProps/core.xml and zip entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def set_core(props, author, title):
    props.creator = author
    props.title = title
    props.created = datetime.datetime(2026, 1, 15, 8, 30, 0)
    props.modified = datetime.datetime(2026, 1, 20, 14, 5, 0)
    try:
        props.last_modified_by = author
    except Exception:
        pass


# ---------------------------------------------------------------------------
# 1. Hypergene-like semicolon CSV export: Kommunstyrelsen + Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def build_hypergene():
    fil = "hypergene_export_internkontroll_20260121.csv"
    header = ["Org-id", "Nämnd", "Förvaltning", "Plan", "Process", "Risk", "Kontrollmoment",
              "Kontrollmetod/frekvens", "Kontrollansvarig", "Uppföljningsperiod", "Status",
              "Avvikelse", "Kommentar", "Senast uppdaterad", "Uppdaterad av"]
    KS = ("1000", "Kommunstyrelsen", "Kommunledningsförvaltningen", "Internkontrollplan 2025 KS")
    KF = ("4000", "Kultur- och fritidsnämnden", "Kultur- och fritidsförvaltningen",
          "Internkontrollplan 2025 KFN")
    rows = []
    # (org, process, risk, km, metod, ansvarig, [(period, status, avv, kommentar, datum, av)], expected)
    ks = [
        ("Ekonomi", "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Ekonomichef",
         [("T2 2025", "Genomförd", "Nej", "Stickprov 30 fakturor maj–aug, inga avvikelser.", "2025-09-12", "Maria Holm"),
          ("Helår 2025", "Genomförd", "Ja",
           "Stickprov 30 fakturor sep–dec.\nTvå fakturor attesterade av person utan attesträtt (vikarierande enhetschef).\n"
           "Attestförteckningen uppdaterad 2025-12-12.", "2026-01-14", "Maria Holm")],
         ("GENOMFORD", "ja")),
        ("Upphandling", "Otillåten direktupphandling",
         "Kontroll av att avtal finns vid direktupphandling över 100 000 kr\n(stickprov 20 fakturor)",
         "Stickprov, två gånger per år", "Upphandlare",
         [("T2 2025", "Pågående", "", "Urval gjort, granskning pågår.", "2025-09-15", "Jonas Berg"),
          ("Helår 2025", "Genomförd", "Ja",
           "Av 20 granskade inköp saknades dokumentation av direktupphandling i 3 fall; samtliga inom IT-området.\n"
           "Åtgärd: utbildning för beställare i januari 2026.", "2026-01-16", "Jonas Berg")],
         ("GENOMFORD", "ja")),
        ("IT och informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
         "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personalförteckning",
         "Årligen, helår", "Systemförvaltare ekonomi",
         [("T2 2025", "", "", "", "", ""),
          ("Helår 2025", "Pågående", "",
           "Avstämning påbörjad i november.\nSlutförs i februari 2026 på grund av byte av HR-system.",
           "2026-01-12", "Peter Sjögren")],
         ("DELVIS", "")),
        ("Personal", "Felaktiga löneutbetalningar",
         "Kontroll av att löneutbetalningar sker enligt beslut (nyanställda och löneändringar)",
         "Årligen, T2", "HR-chef",
         [("T2 2025", "Genomförd", "Nej",
           "20 nyanställningar och 20 löneändringar kontrollerade mot beslut/avtal.\nInga avvikelser.",
           "2025-09-05", "Lena Ek"),
          ("Helår 2025", "", "", "", "", "")],
         ("GENOMFORD", "nej")),
        ("Dokumenthantering", "Handlingar diarieförs inte eller för sent",
         "Diarieföring av inkommande handlingar sker inom två arbetsdagar",
         "Stickprov 2 veckor per halvår", "Kanslichef",
         [("T2 2025", "", "", "", "", ""),
          ("Helår 2025", "Ej påbörjad", "",
           "Kontrollen har inte hunnit genomföras på grund av vakans på kansliet. Flyttas till plan 2026.",
           "2026-01-09", "Karin Nyberg")],
         ("EJ_GENOMFORD", "")),
        ("Säkerhet och beredskap", "Bristande förmåga vid kris",
         "Krisledningsplanen är reviderad och känd av krisledningsgruppen",
         "Årligen", "Säkerhetssamordnare",
         [("T2 2025", "Pågående", "", "Revidering påbörjad.", "2025-09-10", "Ahmed Rahimi"),
          ("Helår 2025", "Utgår", "",
           "Utgår enligt KS beslut 2025-09-02 § 143; ersätts av ny plan för civilt försvar som tas fram 2026.",
           "2025-12-01", "Ahmed Rahimi")],
         ("UTGAR", "")),
        ("Styrning och ledning", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Löpande, rapport per tertial", "Nämndsekreterare",
         [("T2 2025", "Genomförd", "Nej", "Samtliga beslut maj–aug anmälda.", "2025-09-03", "Karin Nyberg"),
          ("Helår 2025", "Genomförd", "Nej", "Samtliga delegationsbeslut sep–dec anmälda. Inga avvikelser.",
           "2026-01-09", "Karin Nyberg")],
         ("GENOMFORD", "nej")),
        ("Ekonomi", "Förtroendeskadliga kostnader",
         "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Granskning av verifikationer, helår", "Redovisningsansvarig",
         [("T2 2025", "", "", "", "", ""),
          ("Helår 2025", "Genomförd", "Ja",
           "Granskning av 15 verifikationer.\nI 4 fall saknades deltagarförteckning; i 1 fall alkohol utan motivering.\n"
           "Återkoppling till berörda chefer; riktlinjen förtydligad.", "2026-01-15", "Maria Holm")],
         ("GENOMFORD", "ja")),
    ]
    kf = [
        ("Bidrag", "Felaktigt utbetalda bidrag",
         "Utbetalda föreningsbidrag följer beslutade bidragsnormer",
         "Samtliga utbetalningar av aktivitetsstöd", "Fritidskonsulent",
         [("Helår 2025", "Genomförd", "Nej",
           "Samtliga 42 utbetalningar av aktivitetsstöd kontrollerade mot LOK-redovisning. Inga avvikelser.",
           "2026-01-13", "Sofia Lund")], ("GENOMFORD", "nej")),
        ("Lokaler", "Föreningar nyttjar lokaler utan giltigt avtal",
         "Hyresavtal för föreningslokaler är aktuella och undertecknade",
         "Genomgång av samtliga avtal", "Fritidschef",
         [("Helår 2025", "Genomförd", "Ja",
           "3 av 11 avtal hade löpt ut utan förlängning.\n"
           "Nya avtal tecknade med Sävsjö IK, Vrigstad BK och Stockaryds bygdeförening under december.",
           "2026-01-13", "Erik Wallin")], ("GENOMFORD", "ja")),
        ("Kontanthantering", "Svinn eller förskingring i kassan",
         "Kontroll av kassahantering i simhallen (dagskassa stäms av mot kassasystem)",
         "Stickprov 3 månader", "Badmästare/enhetschef",
         [("Helår 2025", "Pågående", "Nej",
           "Stickprov gjort för oktober och november; december kvarstår.\nHittills inga differenser.",
           "2026-01-08", "Erik Wallin")], ("DELVIS", "nej")),
        ("Barn och unga", "Olämpliga personer i verksamhet med barn",
         "Registerutdrag ur belastningsregistret finns för ledare i fritidsgårdsverksamheten",
         "Kontroll av samtliga ledare", "Fritidsgårdsföreståndare",
         [("Helår 2025", "", "",
           "Kontrollen genomförd i december. Samtliga 9 ledare har lämnat utdrag.",
           "2026-01-07", "Sofia Lund")], ("GENOMFORD", "nej")),
        ("Tillgångar", "Utrustning försvinner",
         "Inventering av utlåningsbar utrustning (Fritidsbanken, bibliotekets teknik)",
         "Inventering en gång per år", "Bibliotekschef",
         [("Helår 2025", "Ej påbörjad", "", "", "2025-06-02", "Sofia Lund")], ("EJ_GENOMFORD", "")),
        ("Dataskydd", "Personuppgifter sparas för länge",
         "Bibliotekets låntagarregister gallras enligt informationshanteringsplanen",
         "Årligen", "Bibliotekschef",
         [("Helår 2025", "", "", "", "", "")], ("SAKNAS", "")),
    ]
    for org, lst in ((KS, ks), (KF, kf)):
        for proc, risk, km, metod, ans, pers, (st, avv) in lst:
            for per, s, a, kom, dat, av in pers:
                rows.append([org[0], org[1], org[2], org[3], proc, risk, km, metod, ans, per, s, a, kom, dat, av])
            exp(fil, org[1], km, st, avv)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. xlsx: Instruktion sheet + one sheet per nämnd (Tekniska nämnden, Miljö- och byggnämnden)
# ---------------------------------------------------------------------------
def build_samhallsbyggnad():
    fil = "Uppföljning internkontroll helår 2025 - Samhällsbyggnad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Instruktion"
    ins = [
        ("Instruktion – uppföljning av internkontrollplan 2025, helår", True),
        ("", False),
        ("Fyll i en flik per nämnd. Flikarna är förifyllda med kontrollmomenten i nämndens antagna plan.", False),
        ("Ange status i kolumn F med en siffra enligt nedan. Kommentera alltid status 2–5.", False),
        ("", False),
        ("Statuskod", True),
        ("1 = Genomförd utan avvikelse", False),
        ("2 = Genomförd, avvikelse noterad (beskriv avvikelse och åtgärd)", False),
        ("3 = Delvis genomförd / pågår", False),
        ("4 = Ej genomförd", False),
        ("5 = Utgår (ange beslut)", False),
        ("", False),
        ("Uppföljningen skickas till ekonomiavdelningen senast 2026-01-23 och behandlas i respektive nämnd i februari.", False),
        ("Frågor: controller samhällsbyggnad, Anders Fransson, tfn 0382-152 00.", False),
    ]
    for i, (t, b) in enumerate(ins, 1):
        c = ws.cell(row=i, column=1, value=t)
        if b:
            c.font = Font(bold=True, size=12 if i == 1 else 11)
    ws.column_dimensions["A"].width = 110

    def nsheet(title, namnd, förv, groups, signed):
        s = wb.create_sheet(title)
        s["A1"] = "Uppföljning av internkontrollplan 2025"
        s["A1"].font = Font(bold=True, size=14)
        s.merge_cells("A1:G1")
        s["A2"] = "Nämnd:"
        s["B2"] = namnd
        s["B2"].font = Font(bold=True)
        s["A3"] = "Förvaltning:"
        s["B3"] = förv
        s["A4"] = "Period:"
        s["B4"] = "Helår (januari–december 2025)"
        hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status (1–5)", "Kommentar / åtgärd"]
        r = 6
        for j, h in enumerate(hdr, 1):
            c = s.cell(row=r, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.border = BORDER
            c.alignment = WRAP
        dv = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True)
        s.add_data_validation(dv)
        r = 7
        n = 0
        for gname, items in groups:
            c = s.cell(row=r, column=1, value=gname)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for risk, km, ans, code, kom, st, avv in items:
                n += 1
                vals = [n, gname, risk, km, ans, code, kom]
                for j, v in enumerate(vals, 1):
                    c = s.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                s.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                dv.add(s.cell(row=r, column=6))
                exp(fil, namnd, km, st, avv)
                r += 1
        r += 1
        s.cell(row=r, column=1, value="Ifylld av:")
        s.cell(row=r, column=2, value=signed[0])
        s.cell(row=r + 1, column=1, value="Datum:")
        s.cell(row=r + 1, column=2, value=signed[1])
        for col, wdt in zip("ABCDEFG", (6, 20, 28, 48, 20, 12, 60)):
            s.column_dimensions[col].width = wdt
        s.freeze_panes = "A7"
        s.oddHeader.center.text = namnd + " – internkontroll 2025"
        return s

    tn = [
        ("Fastighetsförvaltning", [
            ("Personskada eller driftstopp", "Kontroll av att lagstadgade besiktningar (hiss, ventilation/OVK, lekplatser) utförs enligt plan",
             "Fastighetschef", 2,
             "OVK för Hjärtsjöskolan försenad; besiktning beställd till februari 2026. Övriga besiktningar utförda.",
             "GENOMFORD", "ja"),
            ("Betalning för ej utförda tjänster", "Fakturor för drift- och underhållsentreprenader stäms av mot avtal och á-priser",
             "Fastighetschef", 1, "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("Otjänligt dricksvatten", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram",
             "VA-chef", 1, "Samtliga provtagningar enligt program. Inga otjänliga prover.", "GENOMFORD", "nej"),
            ("Felaktiga intäkter", "Debitering av VA-avgifter överensstämmer med VA-taxan (stickprov nya abonnenter)",
             "VA-ekonom", 3, "10 av 20 stickprov kontrollerade; resterande görs i samband med årsavläsningen.",
             "DELVIS", ""),
        ]),
        ("Gata och park", [
            ("Betalning för ej utförd snöröjning", "Vinterväghållning: entreprenörens tidrapporter kontrolleras mot GPS-loggar",
             "Gatuchef", 4, "Ej genomförd, GPS-system installerades först i december.", "EJ_GENOMFORD", ""),
        ]),
        ("Fordon och kost", [
            ("Privat användning av tjänstefordon", "Körjournaler för kommunens fordon förs och stäms av",
             "Teknisk chef", 5,
             "Utgår – fordonsflottan hanteras från 2025-07-01 av kommunledningsförvaltningen (leasing), TN 2025-06-11 § 54.",
             "UTGAR", ""),
            ("Avtalstrohet", "Livsmedelsleveranser kontrolleras mot avtal (pris och sortiment)",
             "Kostchef", 1, None, "GENOMFORD", "nej"),
        ]),
    ]
    mbn = [
        ("Myndighetsutövning", [
            ("Lagstadgade tidsfrister överskrids", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Bygglovschef", 2,
             "4 av 112 ärenden överskred handläggningstiden; avgiften reducerades enligt PBL 12 kap. 8 a §.",
             "GENOMFORD", "ja"),
            ("Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", 1, None, "GENOMFORD", "nej"),
            ("Felaktiga avgifter", "Tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
             "Miljöchef", 1, "Stickprov 15 ärenden.", "GENOMFORD", "nej"),
            ("Kontrollskuld", "Kontroll av att livsmedelskontroller utförs enligt kontrollplan",
             "Miljöchef", 3, "78 % av planerade kontroller genomförda; resterande flyttas till första kvartalet 2026.",
             "DELVIS", ""),
        ]),
        ("Dokumenthantering", [
            ("Handlingar kan inte återsökas", "Arkivering av avslutade ärenden i ByggR sker enligt dokumenthanteringsplan",
             "Administratör", None, "Se bilaga 2", "OKLAR", ""),
        ]),
    ]
    nsheet("Tekniska nämnden", "Tekniska nämnden", "Tekniska förvaltningen", tn,
           ("Anders Fransson / Lotta Gustavsson", "2026-01-19"))
    nsheet("Miljö- och bygg", "Miljö- och byggnämnden", "Miljö- och byggförvaltningen", mbn,
           ("Anders Fransson", "2026-01-22"))
    set_core(wb.properties, "Anders Fransson", "Uppföljning internkontroll 2025")
    wb.save(fil)
    fix_xlsx_dates(fil)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. xlsx: Socialnämnden, "Sammanfattning" sheet with counts, then detail sheet with traffic lights
# ---------------------------------------------------------------------------
def build_sn():
    fil = "IK_uppfoljning_helar_2025_SN.xlsx"
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Sammanfattning"
    GRON = PatternFill("solid", fgColor="92D050")
    GUL = PatternFill("solid", fgColor="FFFF00")
    ROD = PatternFill("solid", fgColor="FF0000")
    GRA = PatternFill("solid", fgColor="BFBFBF")
    fills = {"Grön": GRON, "Gul": GUL, "Röd": ROD, "Grå": GRA}

    items = [
        ("Myndighetsutövning", "Barn far illa när utredning dröjer", 12,
         "Utredningar av orosanmälningar (barn och unga) inleds eller beslutas inom 14 dagar",
         "Uttag ur Treserva, samtliga anmälningar", "Tertialvis", "Enhetschef IFO", "Gul",
         "Av 64 anmälningar under sep–dec fattades beslut inom 14 dagar i 58 fall. Förseningar under semesterperioden.",
         "Bemanningsplan för sommaren 2026 ses över.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Felaktiga beslut om bistånd", 9,
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen och riktlinjer",
         "Stickprov 20 akter", "Halvår", "Enhetschef IFO", "Grön",
         "Stickprov 20 akter, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Sanktionsavgift, enskild får inte insats", 12,
         "Verkställighet av gynnande beslut enligt SoL och LSS inom tre månader, ej verkställda beslut rapporteras till IVO",
         "Genomgång av kvartalsrapporter", "Kvartalsvis", "Biståndshandläggare", "Gul",
         "Två beslut om särskilt boende ej verkställda inom tre månader; rapporterade till IVO kvartal 3 och 4.",
         "Platsbrist på särskilt boende, ingår i lokalplaneringen.", "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktiga utbetalningar", 9,
         "Utbetalning av ekonomiskt bistånd kontrolleras mot underlag (dubbelutbetalningar, rätt mottagare)",
         "Kontroll av utbetalningslistor", "Månadsvis", "Controller", "Grön",
         "Kontroll av utbetalningslistor varje månad. Inga felaktiga utbetalningar.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Uteblivna intäkter", 6,
         "Fakturering av hemtjänstavgifter sker enligt beslut och taxa",
         "Stickprov 25 brukare", "Årligen", "Avgiftshandläggare", "Röd",
         "Kontrollen har inte genomförts på grund av byte av verksamhetssystem (Lifecare). Flyttas till 2026.",
         "Läggs in i plan 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Brukares medel förskingras", 8,
         "Hantering av brukarnas privata medel på särskilt boende (kassabok, kvitton)",
         "Stickprov på tre boenden", "Årligen", "Enhetschef äldreomsorg", "Gul",
         "Brister i kassaboken på Hofgården: kvitton saknades för 6 uttag. Rutinen är genomgången med personalen.",
         "Ny kontroll våren 2026.", "GENOMFORD", "ja"),
        ("Personal", "Olämplig personal i verksamhet med barn", 8,
         "Registerkontroll av personal som arbetar med barn (LSS-boende för barn och korttids)",
         "Kontroll vid nyanställning", "Löpande", "Enhetschef LSS", "Grön",
         "Samtliga nyanställda har visat utdrag.", "", "GENOMFORD", "nej"),
        ("Vård och omsorg", "Patientsäkerhet", 12,
         "Läkemedelshantering: avvikelser rapporteras och följs upp i avvikelsesystemet",
         "Genomgång i kvalitetsråd", "Månadsvis", "MAS", "Grön",
         "Uppföljning i kvalitetsrådet varje månad. Avvikelserna har analyserats och åtgärdats.", "", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Obehörig åtkomst till personakter", 8,
         "Loggkontroll i verksamhetssystemet avseende otillåten åtkomst till personakter",
         "Slumpvis loggkontroll 40 akter", "Halvår", "Systemförvaltare", "Grön",
         "Loggkontroll av 40 akter; ingen otillbörlig åtkomst upptäckt.", "", "GENOMFORD", "nej"),
        ("Vård och omsorg", "Insatser utförs inte enligt beslut", 6,
         "Dokumentation av genomförandeplaner i hemtjänsten är aktuell (uppföljd inom 6 månader)",
         "Stickprov 30 brukare", "Årligen", "Enhetschef hemtjänst", "Grå",
         "Utgår – ingår i nämndens kvalitetsuppföljning enligt beslut SN 2025-05-21 § 62.", "", "UTGAR", ""),
        ("Personal", "Hot och våld mot personal", 9,
         "Hot- och våldsrutin är känd och genomgången på APT i samtliga verksamheter",
         "Enkät till enhetschefer", "Årligen", "Förvaltningschef", None,
         "Kontrollen har inte genomförts under året.", "", "EJ_GENOMFORD", ""),
    ]
    cnt = {"Grön": 0, "Gul": 0, "Röd": 0, "Grå": 0, None: 0}
    for it in items:
        cnt[it[7]] += 1

    sm["A1"] = "Socialnämnden – uppföljning av intern kontroll, helår 2025"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Socialförvaltningen, Sävsjö kommun. Dnr SN 2025/9"
    sm["A4"] = "Sammanställning av kontrollernas bedömning"
    sm["A4"].font = Font(bold=True)
    sm["A5"] = "Bedömning"
    sm["B5"] = "Förklaring"
    sm["C5"] = "Antal kontroller"
    for c in ("A5", "B5", "C5"):
        sm[c].font = Font(bold=True)
        sm[c].border = BORDER
    lines = [
        ("Grön", "Kontroll genomförd, inga avvikelser", cnt["Grön"]),
        ("Gul", "Kontroll genomförd, avvikelser noterade – åtgärder vidtas", cnt["Gul"]),
        ("Röd", "Kontroll ej genomförd", cnt["Röd"]),
        ("Grå", "Kontrollen utgår enligt beslut", cnt["Grå"]),
        ("Ej ifylld", "Bedömning saknas", cnt[None]),
    ]
    r = 6
    for name, expl, n in lines:
        sm.cell(row=r, column=1, value=name).border = BORDER
        if name in fills:
            sm.cell(row=r, column=1).fill = fills[name]
        sm.cell(row=r, column=2, value=expl).border = BORDER
        sm.cell(row=r, column=3, value=n).border = BORDER
        r += 1
    sm.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    sm.cell(row=r, column=3, value=len(items)).font = Font(bold=True)
    r += 2
    sm.cell(row=r, column=1, value="Förvaltningens bedömning").font = Font(bold=True)
    sm.cell(row=r + 1, column=1,
            value="Den interna kontrollen bedöms i huvudsak som tillräcklig. Tre kontroller visar avvikelser där "
                  "åtgärder har vidtagits. Två kontroller har inte genomförts och förs över till internkontrollplan 2026. "
                  "Detaljerad redovisning finns på fliken Kontroller 2025.")
    sm.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=3)
    sm.cell(row=r + 1, column=1).alignment = WRAP
    sm.row_dimensions[r + 1].height = 60
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 58
    sm.column_dimensions["C"].width = 18

    d = wb.create_sheet("Kontroller 2025")
    hdr = ["Område", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Bedömning", "Resultat/kommentar", "Åtgärd"]
    for j, h in enumerate(hdr, 1):
        c = d.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    r = 2
    for it in items:
        omr, risk, rv, km, met, frek, ans, bed, res, atg, st, avv = it
        vals = [omr, risk, rv, km, met, frek, ans, bed, res, atg or None]
        for j, v in enumerate(vals, 1):
            c = d.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if bed:
            d.cell(row=r, column=8).fill = fills[bed]
        exp(fil, "Socialnämnden", km, st, avv)
        r += 1
    for col, wdt in zip("ABCDEFGHIJ", (18, 28, 10, 50, 24, 12, 20, 12, 60, 36)):
        d.column_dimensions[col].width = wdt
    d.freeze_panes = "A2"
    d.auto_filter.ref = "A1:J%d" % (r - 1)
    set_core(wb.properties, "Anna Lindqvist", "IK uppföljning helår 2025 SN")
    wb.save(fil)
    fix_xlsx_dates(fil)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx(path):
    fix_xlsx_dates(path)


def new_doc(author, title):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    set_core(d.core_properties, author, title)
    d.core_properties.revision = 3
    return d


# ---------------------------------------------------------------------------
# 4. Word: Barn- och utbildningsnämnden, status words
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = new_doc("Helena Strand", "Uppföljning internkontrollplan 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SÄVSJÖ KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"
    p = d.add_paragraph()
    r = p.add_run("Tjänsteskrivelse")
    r.italic = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 12 februari 2025, § 9. "
                    "Planen omfattar tio kontrollmoment inom fyra processer. Nedan redovisas resultatet av "
                    "kontrollerna för helåret 2025. Status anges enligt: Genomförd utan anmärkning, Genomförd med "
                    "avvikelse, Påbörjad och Ej påbörjad.")
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar tillfredsställande. "
                    "Avvikelser har återrapporterats till rektorer och berörda funktioner.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
             "Genomförd utan anmärkning", "Stickprov 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("Intäkter", "Interkommunal ersättning (IKE) faktureras för elever från andra kommuner", "Ekonom",
             "Genomförd med avvikelse",
             "Fakturering för 3 elever från Vetlanda kommun hade uteblivit vt 2025; fakturerat i oktober. "
             "Rutin för avstämning mot elevregistret införd.", "GENOMFORD", "ja"),
            ("Skolskjuts", "Skolskjutsar: kontroll av entreprenörens fakturor mot körschema", "Skolskjutssamordnare",
             "Påbörjad", "Jämförelse gjord för augusti–oktober; resterande månader granskas i januari 2026.",
             "DELVIS", ""),
            ("Inköp", "Läromedelsinköp görs från upphandlade leverantörer", "Rektorer", "Påbörjad", "",
             "DELVIS", ""),
        ]),
        ("Elevhälsa och skolplikt", [
            ("Närvaro", "Frånvarorapportering: upprepad eller längre frånvaro anmäls till rektor och utreds",
             "Rektorer", "Genomförd utan anmärkning", "", "GENOMFORD", "nej"),
            ("Kränkande behandling",
             "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål", "Rektorer",
             "Genomförd med avvikelse",
             "Vid 2 av 6 skolor har anmälningar rapporterats senare än fem dagar. Påminnelse till rektorer "
             "har skickats.", "GENOMFORD", "ja"),
            ("Skolplikt",
             "Skolplikt: kontroll av att samtliga folkbokförda barn i skolpliktig ålder har en skolplacering",
             "Administratör", "Genomförd utan anmärkning",
             "Avstämning mot folkbokföringen 2025-09-15 och 2026-01-10.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Rekrytering", "Registerutdrag ur belastningsregistret kontrolleras vid nyanställning", "HR-specialist",
             "Ej påbörjad", "Kontrollen samordnas med HR och genomförs under våren 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Information och IT", [
            ("Behörigheter",
             "Behörigheter i elevdokumentationssystemet (Unikum) tas bort när personal slutar",
             "IT-samordnare", "Genomförd med avvikelse",
             "12 aktiva konton för avslutad personal hittades och har spärrats.", "GENOMFORD", "ja"),
            ("Barnomsorgsavgifter",
             "Förskolans barnregister (placeringar och avgifter) stäms av mot inkomstuppgifter",
             "Handläggare barnomsorg", "–",
             "Ej aktuellt 2025 – kontrollen ersätts av revisionens granskning av barnomsorgsavgifter "
             "(beslut BUN 2025-04-09 § 33).", "UTGAR", ""),
        ]),
    ]
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "BDD7EE")
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = ""
        run = m.paragraphs[0].add_run(g)
        run.bold = True
        shade(m, "F2F2F2")
        for proc, km, ans, status, kom, st, avv in items:
            row = t.add_row()
            for j, v in enumerate([proc, km, ans, status, kom]):
                row.cells[j].text = v
            exp(fil, namnd, km, st, avv)
    widths = [Cm(3), Cm(5.5), Cm(3), Cm(3), Cm(6)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Barn- och utbildningsnämnden godkänner uppföljningen av "
                    "internkontrollplan 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Sävsjö 2026-01-28")
    d.add_paragraph("Helena Strand\nFörvaltningschef")
    d.save(fil)
    fix_docx(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. xls (BIFF8 via xlwt): Höglandets räddningstjänstförbund, Ja/Nej/Delvis columns
# ---------------------------------------------------------------------------
def build_hrf():
    fil = "HRF Uppföljning intern kontroll 2025.xls"
    namnd = "Höglandets räddningstjänstförbund"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                     "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Höglandets räddningstjänstförbund", bold)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – helår")
    ws.write(2, 0, "Redovisas för förbundsdirektionen 2026-02-05")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)",
           "Avvikelse (Ja/Nej)", "Kommentar"]
    for j, h in enumerate(hdr):
        ws.write(4, j, h, hb)
    items = [
        ("Myndighetsutövning", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Enhetschef förebyggande",
         "Ja", "Nej", "Tillsynsplanen uppfylld (104 tillsyner).", "GENOMFORD", "nej"),
        ("Kompetens",
         "Kontroll av att brandmän i beredskap har giltig utbildning (Räddningsinsats/Preparandutbildning)",
         "Utbildningsansvarig", "Delvis", "Nej",
         "Kontrollerat för stationerna Sävsjö och Vrigstad; Eksjö och Tranås kvarstår.", "DELVIS", "nej"),
        ("Arbetsmiljö", "Andningsskyddsutrustning kontrolleras och dokumenteras enligt AFS",
         "Andningsskyddsansvarig", "Ja", "Ja",
         "Två flaskor med utgånget provningsdatum på station Aneby, kasserade.", "GENOMFORD", "ja"),
        ("Ekonomi", "Fakturering av automatiska brandlarm (onödiga larm) sker enligt taxa",
         "Ekonom", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning",
         "Sotning och brandskyddskontroll: utförarens rapportering av eftersatta objekt följs upp",
         "Brandingenjör", "Nej", "", "Ej genomförd pga vakans brandingenjör.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Inköp över direktupphandlingsgränsen föregås av upphandling", "Förbundsdirektör",
         "Ja", "Nej", "Genomgång av leverantörsreskontra 2025.", "GENOMFORD", "nej"),
        ("IT/Larm", "Rutin för händelse av IT-avbrott i larmcentralen testas", "IT-samordnare",
         "Utgår", "", "Larmhanteringen övertagen av SOS Alarm från 2025-03-01.", "UTGAR", ""),
    ]
    r = 5
    for n, (omr, km, ans, g, a, kom, st, avv) in enumerate(items, 1):
        for j, v in enumerate([n, omr, km, ans, g, a, kom]):
            ws.write(r, j, v, cell)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.write(r + 1, 0, "Upprättad av: Mikael Jonsson, förbundsdirektör, 2026-01-20")
    for j, wdt in enumerate((5, 20, 50, 22, 14, 12, 50)):
        ws.col(j).width = wdt * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. ODT text only: Sävsjöbostäder AB
# ---------------------------------------------------------------------------
def build_bostader():
    fil = "Sävsjöbostäder internkontroll 2025 rapport.odt"
    namnd = "Sävsjöbostäder AB"
    doc = OpenDocumentText()
    bst = Style(name="Fet", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Sävsjöbostäder AB"))
    doc.text.addElement(P(text="Rapport om intern kontroll – verksamhetsåret 2025"))
    doc.text.addElement(P(text="Till styrelsens sammanträde 2026-02-12, ärende 6"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="1. Inledning"))
    doc.text.addElement(P(text="Styrelsen fastställde bolagets plan för intern kontroll 2025 vid sammanträdet "
                               "2025-02-20. Planen omfattar fem kontrollmoment. Kontrollerna har utförts av "
                               "bolagets ekonomifunktion och förvaltare under hösten 2025. Nedan redovisas "
                               "utfört arbete och bedömning för varje kontroll."))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="2. Genomförda kontroller"))
    items = [
        ("2.1 Hyresdebitering", "Hyresdebitering stäms av mot hyreskontrakt i fastighetssystemet",
         "Avstämning genomförd för samtliga 612 lägenheter i oktober. Två kontrakt hade felaktig hyra efter "
         "ombyggnad och har justerats, inklusive återbetalning till hyresgästerna.",
         "Genomförd, avvikelse åtgärdad.", "GENOMFORD", "ja"),
        ("2.2 Kundreskontra", "Kundreskontra: förfallna hyresfordringar hanteras enligt inkassorutin",
         "Samtliga fordringar äldre än 30 dagar per 2025-11-30 har gåtts igenom.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("2.3 Uthyrning", "Uthyrning sker enligt bolagets uthyrningspolicy (kötid)",
         "Stickprov 15 uthyrningar under året. Samtliga lägenheter har erbjudits enligt kötid och policy.",
         None, "GENOMFORD", "nej"),
        ("2.4 Brandskydd", "Brandskyddskontroll (SBA) i bostadsområdena dokumenteras",
         "Kontrollen är påbörjad men har inte slutförts för Vrigstad och Rörvik. Slutförs under första "
         "kvartalet 2026.", "Delvis genomförd.", "DELVIS", ""),
        ("2.5 Bisysslor", "Anställda har lämnat intyg om bisysslor och eventuella jävssituationer",
         "Kontrollen har inte genomförts 2025 på grund av byte av VD under hösten.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
    ]
    for head, km, res, bed, st, avv in items:
        doc.text.addElement(H(outlinelevel=3, stylename=h2, text=head))
        p = P()
        p.addElement(Span(stylename=bst, text="Kontrollmoment: "))
        p.addText(km)
        doc.text.addElement(p)
        p = P()
        p.addElement(Span(stylename=bst, text="Utfört: "))
        p.addText(res)
        doc.text.addElement(p)
        if bed:
            p = P()
            p.addElement(Span(stylename=bst, text="Bedömning: "))
            p.addText(bed)
            doc.text.addElement(p)
        exp(fil, namnd, km, st, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="3. Sammanfattande bedömning"))
    doc.text.addElement(P(text="VD bedömer att bolagets interna kontroll är tillräcklig. Kontrollerna 2.4 och "
                               "2.5 förs över till planen för 2026."))
    doc.text.addElement(P(text="Sävsjö 2026-01-30"))
    doc.text.addElement(P(text="Cecilia Ahlgren, VD"))
    doc.save(fil)
    fix_xlsx_dates(fil)  # normalise zip timestamps (mimetype stays first)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Adopted plan 2026 (docx): Socialnämnden - no follow-up
# ---------------------------------------------------------------------------
def build_plan_sn():
    fil = "Internkontrollplan 2026 Socialnämnden (antagen SN 2025-11-19 § 118).docx"
    d = new_doc("Anna Lindqvist", "Internkontrollplan 2026")
    d.sections[0].header.paragraphs[0].text = "SÄVSJÖ KOMMUN – Socialförvaltningen"
    d.add_heading("Internkontrollplan 2026 – Socialnämnden", level=1)
    d.add_paragraph("Antagen av socialnämnden 2025-11-19, § 118. Dnr SN 2025/87.")
    d.add_paragraph("Planen bygger på nämndens risk- och väsentlighetsanalys hösten 2025. Kontrollerna följs "
                    "upp vid tertial 2 och i helårsuppföljningen som redovisas för nämnden i februari 2027.")
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    rows = [
        ("Myndighetsutövning", "Barn far illa när utredning dröjer", "12",
         "Utredningar av orosanmälningar inleds eller beslutas inom 14 dagar", "Uttag ur Lifecare",
         "Tertialvis", "Enhetschef IFO", "T2, helår"),
        ("Ekonomi", "Uteblivna intäkter", "9", "Fakturering av hemtjänstavgifter sker enligt beslut och taxa",
         "Stickprov 25 brukare", "Årligen", "Avgiftshandläggare", "Helår"),
        ("Ekonomi", "Felaktiga utbetalningar", "9",
         "Utbetalning av ekonomiskt bistånd kontrolleras mot underlag", "Kontroll av utbetalningslistor",
         "Månadsvis", "Controller", "T2, helår"),
        ("Personal", "Hot och våld mot personal", "9",
         "Hot- och våldsrutin är känd och genomgången på APT i samtliga verksamheter", "Enkät till enhetschefer",
         "Årligen", "Förvaltningschef", "Helår"),
        ("Vård och omsorg", "Felaktig användning av tvångs- och begränsningsåtgärder", "12",
         "Beslut om skydds- och begränsningsåtgärder dokumenteras och följs upp",
         "Genomgång av journaler, 15 brukare", "Halvår", "MAS", "T2, helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till personakter", "8",
         "Loggkontroll i verksamhetssystemet avseende otillåten åtkomst", "Slumpvis loggkontroll 40 akter",
         "Halvår", "Systemförvaltare", "T2, helår"),
        ("Civilt försvar", "Bristande kontinuitet vid störning", "8",
         "Kontinuitetsplaner finns för hemtjänst och särskilt boende", "Dokumentgranskning",
         "Årligen", "Beredskapssamordnare", "Helår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.rows[0].cells[j].text = ""
        t.rows[0].cells[j].paragraphs[0].add_run(h).bold = True
        shade(t.rows[0].cells[j], "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v
    d.add_paragraph()
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (skala 1–4). Risker med värde 8 eller högre ingår i planen.")
    d.save(fil)
    fix_docx(fil)
    FILES.append((fil, "INLAST", "Socialnämnden", "2026", ""))


# ---------------------------------------------------------------------------
# 8. Adopted plan 2026 (xlsx): Kultur- och fritidsnämnden, empty follow-up columns
# ---------------------------------------------------------------------------
def build_plan_kfn():
    fil = "KFN internkontrollplan 2026.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Antagen av kultur- och fritidsnämnden 2025-12-10, § 87"
    hdr = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "Frekvens", "Rapportering", "Uppföljning T2", "Uppföljning helår"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Bidrag", "Felaktigt utbetalda bidrag", 2, 3,
         "Utbetalda föreningsbidrag följer beslutade bidragsnormer", "Fritidskonsulent", "Årligen", "Helår"),
        ("Lokaler", "Föreningar nyttjar lokaler utan giltigt avtal", 3, 2,
         "Hyresavtal för föreningslokaler är aktuella och undertecknade", "Fritidschef", "Årligen", "Helår"),
        ("Kontanthantering", "Svinn i kassan", 2, 3,
         "Kontroll av kassahantering i simhallen och på Sävsjö museum", "Enhetschef", "Tertialvis", "T2, helår"),
        ("Tillgångar", "Utrustning försvinner", 3, 2,
         "Inventering av utlåningsbar utrustning (Fritidsbanken, bibliotekets teknik)", "Bibliotekschef",
         "Årligen", "Helår"),
        ("Dataskydd", "Personuppgifter sparas för länge", 2, 4,
         "Bibliotekets låntagarregister gallras enligt informationshanteringsplanen", "Bibliotekschef",
         "Årligen", "Helår"),
        ("Evenemang", "Säkerhetsbrister vid större arrangemang", 2, 4,
         "Säkerhetsplan upprättas för arrangemang med fler än 500 besökare", "Kulturchef", "Per arrangemang",
         "T2, helår"),
    ]
    r = 5
    for n, (proc, risk, s, k, km, ans, frek, rap) in enumerate(rows, 1):
        vals = [n, proc, risk, s, k, None, km, ans, frek, rap, None, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=6, value="=D%d*E%d" % (r, r)).border = BORDER
        ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.cell(row=r, column=12).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
    ws.cell(row=r + 1, column=1, value="Kolumnerna Uppföljning T2 och Uppföljning helår fylls i vid uppföljning.")
    for col, wdt in zip("ABCDEFGHIJKL", (5, 18, 28, 12, 12, 10, 50, 18, 14, 12, 22, 22)):
        ws.column_dimensions[col].width = wdt
    set_core(wb.properties, "Sofia Lund", "Internkontrollplan 2026 KFN")
    wb.save(fil)
    fix_xlsx_dates(fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2026", ""))


# ---------------------------------------------------------------------------
# 9. Rejected: Office lock file for the SN workbook
# ---------------------------------------------------------------------------
def build_lock(sn_fil):
    fil = "~$" + sn_fil
    user = "Anna Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg"),
        ("Valnämnden", "VN"),
        ("Höglandets överförmyndarnämnd", "Överförmyndarnämnden|ÖFN|Överförmyndarenheten"),
        ("Höglandets räddningstjänstförbund", "HRF|Räddningstjänsten Höglandet|Räddningstjänsten"),
        ("Sävsjöbostäder AB", "Sävsjöbostäder|Bostadsbolaget"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(row)


def main():
    build_hypergene()
    build_samhallsbyggnad()
    sn = build_sn()
    build_bun()
    build_hrf()
    build_bostader()
    build_plan_sn()
    build_plan_kfn()
    build_lock(sn)
    write_registers()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
