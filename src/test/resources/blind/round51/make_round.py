#!/usr/bin/python3
"""Round 51 – Mjölby kommun (Östergötland), helår 2025.

Follow-ups that come out of different IT tools: SharePoint list export, Power BI
export, comma CSV from a governance system, UTF-8-BOM semicolon CSV saved from
Excel, a plain-text e-mail and one nämnd's hand-made .ods.

Builds every file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import shutil

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.table import Table, TableStyleInfo

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"}
    assert avv in {"ja", "nej"}
    assert ";" not in km and "\n" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. SharePoint list export (.xlsx) – Kommunstyrelsen + Tekniska nämnden
#    one list item per control and period (Delår 2025 / Helår 2025)
# ---------------------------------------------------------------------------
def sharepoint():
    fil = "Internkontroll_Uppfoljning_2025.xlsx"
    KS, TN = "Kommunstyrelsen", "Tekniska nämnden"
    # key, nämnd, title, process, kontrollmoment, ansvarig
    controls = [
        ("ks1", KS, "KS 2025:1", "Leverantörsfakturor",
         "Stickprov av 25 leverantörsfakturor mot avtal och attestordning", "Anna Lindqvist"),
        ("ks2", KS, "KS 2025:2", "Lön och personal",
         "Kontroll av att avslutade anställningar avslutats i lönesystemet (Heroma) i rätt tid", "Peter Grahn"),
        ("ks3", KS, "KS 2025:3", "Informationssäkerhet",
         "Kontroll av behörigheter i ekonomisystemet Raindance – borttag av behörighet för slutad personal", "Jenny Åberg"),
        ("ks4", KS, "KS 2025:4", "Upphandling",
         "Kontroll av att direktupphandlingar över 100 000 kr dokumenterats enligt riktlinje", "Mikael Sundin"),
        ("ks5", KS, "KS 2025:5", "Förtroendekänsliga poster",
         "Granskning av representationsfakturor – syfte och deltagare angivna", "Anna Lindqvist"),
        ("ks6", KS, "KS 2025:6", "Ärendehantering",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen", "Lena Forsberg"),
        ("tn1", TN, "TN 2025:1", "Fordon",
         "Kontroll av körjournaler för kommunens leasingbilar (stickprov 10 bilar)", "Henrik Dahl"),
        ("tn2", TN, "TN 2025:2", "VA-verksamhet",
         "Kontroll av att egenkontrollprogram för dricksvattenanläggningar följs", "Sofia Karlsson"),
        ("tn3", TN, "TN 2025:3", "Investeringar",
         "Uppföljning av investeringsprojekt mot budget – avvikelser över 10 % rapporterade till nämnden", "Henrik Dahl"),
        ("tn4", TN, "TN 2025:4", "Avtal och entreprenader",
         "Kontroll av att entreprenörer för vinterväghållning har giltiga avtal och försäkringar", "Ola Strand"),
        ("tn5", TN, "TN 2025:5", "Kassahantering",
         "Kontroll av kontanthantering vid återvinningscentralen (kassaavstämning)", "Sofia Karlsson"),
    ]
    # per period: genomförd, avvikelse (True/False/None), resultat, kontrolldatum, modified, modified by
    delar = {
        "ks1": ("Ja", False, "Stickprov 25 fakturor jan–jun. Inga avvikelser.", dt.date(2025, 8, 20),
                "2025-09-03T09:12:44Z", "Anna Lindqvist"),
        "ks2": ("Delvis", False, "Kontroll gjord för jan–apr, resterande månader kontrolleras under hösten.",
                dt.date(2025, 8, 28), "2025-09-04T13:40:02Z", "Peter Grahn"),
        "ks3": (None, None, None, None, "2025-06-30T07:55:10Z", "Sara Nilsson"),
        "ks4": ("Delvis", False, "12 av 31 direktupphandlingar granskade.", dt.date(2025, 8, 29),
                "2025-09-05T10:01:37Z", "Mikael Sundin"),
        "ks5": ("Ja", False, "8 fakturor granskade, syfte och deltagare angivna i samtliga.",
                dt.date(2025, 8, 15), "2025-09-03T09:20:15Z", "Anna Lindqvist"),
        "ks6": (None, None, None, None, "2025-06-30T07:55:10Z", "Sara Nilsson"),
        "tn1": (None, None, None, None, "2025-06-30T07:55:11Z", "Sara Nilsson"),
        "tn2": ("Ja", False, "Egenkontroll följd enligt program.", dt.date(2025, 8, 25),
                "2025-09-08T15:22:09Z", "Sofia Karlsson"),
        "tn3": ("Delvis", True, "Rapportering har skett för 4 av 9 projekt.", dt.date(2025, 8, 31),
                "2025-09-10T08:44:51Z", "Henrik Dahl"),
        "tn4": (None, None, None, None, "2025-06-30T07:55:11Z", "Sara Nilsson"),
        "tn5": ("Ja", False, "Kassaavstämning varje månad, inga differenser.", dt.date(2025, 8, 29),
                "2025-09-08T15:30:40Z", "Sofia Karlsson"),
    }
    helar = {
        "ks1": ("Ja", True, "Stickprov 25 fakturor jul–dec. 2 av 25 fakturor saknade korrekt attest, "
                "påtalat till berörda chefer.", dt.date(2025, 12, 10), "2025-12-17T14:03:51Z", "Anna Lindqvist"),
        "ks2": ("Ja", False, "Samtliga 48 avslut under året kontrollerade, inga felaktiga utbetalningar.",
                dt.date(2025, 12, 5), "2025-12-15T11:18:27Z", "Peter Grahn"),
        "ks3": ("Nej", False, "Ej genomförd p.g.a. byte av systemförvaltare. Flyttas till IK-plan 2026.",
                None, "2026-01-08T09:47:02Z", "Jenny Åberg"),
        # helår item created by the economy office but never filled in -> delår decides
        "ks4": (None, None, None, None, "2025-11-28T08:02:33Z", "Sara Nilsson"),
        "ks5": ("Ja", True, "15 fakturor granskade helåret. 3 av 15 saknade deltagarförteckning.",
                dt.date(2025, 12, 12), "2025-12-19T10:26:45Z", "Anna Lindqvist"),
        # choice left on "Nej" although the text says it was done -> status decides
        "ks6": ("Nej", False, "Kontrollen genomförd i november, inga avvikelser.", dt.date(2025, 11, 20),
                "2026-01-09T16:12:08Z", "Lena Forsberg"),
        "tn1": ("Ja", False, "10 bilar kontrollerade, körjournaler korrekt förda.", dt.date(2025, 11, 14),
                "2025-12-01T13:05:19Z", "Henrik Dahl"),
        "tn2": ("Ja", True, "Provtagning uteblev i Mantorp vecka 32 p.g.a. semester. Rutin för ersättare "
                "införd.", dt.date(2025, 12, 3), "2025-12-12T09:41:30Z", "Sofia Karlsson"),
        "tn3": ("Delvis", True, "Rapportering har skett för 6 av 9 projekt. Tre projekt med avvikelse över "
                "10 % rapporterades inte till nämnden.", dt.date(2025, 12, 18), "2026-01-07T08:30:12Z",
                "Henrik Dahl"),
        "tn4": ("Utgår", False, "Avtalen hanteras från 2025 av upphandlingsenheten, beslut TN 2025-03-19 § 31.",
                None, "2025-12-02T10:10:10Z", "Ola Strand"),
        # status blank, only "se kommentar" -> OKLAR (helår has a value, so delår "Ja" no longer decides)
        "tn5": (None, None, "Se kommentar i Teams-kanalen.", None, "2026-01-12T07:59:48Z", "Sofia Karlsson"),
    }
    expected = {
        "ks1": ("GENOMFORD", "ja"), "ks2": ("GENOMFORD", "nej"), "ks3": ("EJ_GENOMFORD", "nej"),
        "ks4": ("DELVIS", "nej"), "ks5": ("GENOMFORD", "ja"), "ks6": ("EJ_GENOMFORD", "nej"),
        "tn1": ("GENOMFORD", "nej"), "tn2": ("GENOMFORD", "ja"), "tn3": ("DELVIS", "ja"),
        "tn4": ("UTGAR", "nej"), "tn5": ("OKLAR", "nej"),
    }
    headers = ["ID", "Title", "N_x00e4_mnd", "Process0", "Kontrollmoment", "Period", "Genomf_x00f6_rd",
               "Avvikelse_x0020_noterad", "Resultat_x0020_och_x0020_kommentar", "Kontrolldatum", "field_3",
               "Modified", "Modified By", "Item Type", "Path"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(headers)
    rid = 101
    for period, data, start in (("Delår 2025", delar, 101), ("Helår 2025", helar, 142)):
        rid = start
        for key, namnd, title, proc, km, ansv in controls:
            g, a, res, d, mod, modby = data[key]
            ws.append([rid, title, namnd, proc, km, period, g, a, res, d, ansv, mod, modby, "Item",
                       "sites/ekonomi/Lists/Internkontroll 2025"])
            ws.cell(row=ws.max_row, column=10).number_format = "yyyy-mm-dd"
            rid += 1
    ref = f"A1:O{ws.max_row}"
    t = Table(displayName="owssvr", ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    widths = [6, 11, 18, 22, 60, 12, 14, 14, 60, 13, 16, 22, 16, 8, 38]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, fil))
    for key, namnd, title, proc, km, ansv in controls:
        st, av = expected[key]
        exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Power BI export (.xlsx) – Socialnämnden + Utbildningsnämnden
#    report sheet with title/filter lines, table from B8, totals row;
#    second sheet with export metadata, filters and the status-code legend
# ---------------------------------------------------------------------------
def powerbi():
    fil = "PowerBI_IK_Uppfoljning_T3_2025.xlsx"
    SN, UN = "Socialnämnden", "Utbildningsnämnden"
    rows = [
        # förvaltning, process, risk, kontrollmoment, ansvarig, kod, avvikelse, kommentar, åtgärd, (nämnd, status, avv)
        ("Socialförvaltningen", "Myndighetsutövning IFO", "Utredning inleds inte inom lagstadgad tid",
         "Stickprov 15 akter: utredning inledd inom 14 dagar efter orosanmälan", "Enhetschef barn och unga",
         2, "Ja", "2 av 15 utredningar inleddes efter 16 respektive 21 dagar.",
         "Veckovis bevakningslista införd i Treserva.", (SN, "GENOMFORD", "ja")),
        ("Socialförvaltningen", "Ekonomiskt bistånd", "Beslut fattas utan delegation",
         "Kontroll av att beslut om ekonomiskt bistånd fattats enligt delegationsordning (stickprov 20 beslut)",
         "Enhetschef försörjningsstöd", 1, "Nej", "20 beslut granskade, samtliga enligt delegationsordningen.",
         "", (SN, "GENOMFORD", "nej")),
        ("Socialförvaltningen", "Placeringar", "Felaktiga fakturor för externa placeringar betalas",
         "Kontroll av att fakturor för externa placeringar stämmer mot beslut och avtal", "Controller SOC",
         3, "Nej", "Kontroll genomförd för HVB-placeringar. Familjehemsplaceringar återstår, klart i februari.",
         "", (SN, "DELVIS", "nej")),
        ("Socialförvaltningen", "LSS", "Beslut verkställs inte i tid",
         "Kontroll av att beslut enligt LSS verkställts inom tre månader", "Enhetschef LSS",
         4, "Nej", "Kontrollen har inte hunnits med under året, flyttas till 2026.", "",
         (SN, "EJ_GENOMFORD", "nej")),
        ("Socialförvaltningen", "Dokumentation och informationssäkerhet", "Otillbörlig åtkomst till personakter",
         "Loggkontroll i Treserva – otillbörlig åtkomst till personakter", "Systemförvaltare Treserva",
         None, "", "Loggkontroll genomförd för två månader (mars och oktober), resterande månader pågår.", "",
         (SN, "DELVIS", "nej")),
        ("Socialförvaltningen", "Kvalitet", "Lex Sarah-rapporter hanteras inte korrekt",
         "Kontroll att lex Sarah-rapporter utreds och återkopplas inom fastställd tid", "Kvalitetsutvecklare",
         0, "", "", "", (SN, "OKLAR", "nej")),
        ("Utbildningsförvaltningen", "Skolskjuts", "Skolskjuts beviljas i strid med riktlinje",
         "Kontroll av att skolskjutsbeslut följer riktlinjen (stickprov 20 beslut)", "Skolskjutshandläggare",
         1, "Nej", "Samtliga 20 beslut följer riktlinjen.", "", (UN, "GENOMFORD", "nej")),
        ("Utbildningsförvaltningen", "Trygghet och studiero", "Kränkande behandling anmäls inte till huvudman",
         "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom en vecka",
         "Kvalitetschef", 2, "Ja", "I 5 av 30 granskade fall anmäldes händelsen senare än en vecka.",
         "Påminnelse till rektorer, ny rutin i DF Respons.", (UN, "GENOMFORD", "ja")),
        ("Utbildningsförvaltningen", "Elevadministration", "Felaktig interkommunal ersättning",
         "Avstämning av elevantal i Procapita mot underlag för interkommunal ersättning", "Skoladministratör",
         3, "Nej", "Vårterminen avstämd. Hösttermin avstäms i januari.", "", (UN, "DELVIS", "nej")),
        ("Utbildningsförvaltningen", "Inköp", "Inköp utanför avtal",
         "Kontroll av avtalstrohet vid inköp av läromedel", "Controller UTB",
         5, "Nej", "Kontrollmomentet ersatt av kommungemensam granskning av avtalstrohet.", "",
         (UN, "UTGAR", "nej")),
        ("Utbildningsförvaltningen", "Dokumenthantering", "Betygsunderlag gallras eller saknas",
         "Kontroll av att betygsunderlag arkiveras enligt dokumenthanteringsplan", "Arkivsamordnare",
         None, "", "", "", (UN, "SAKNAS", "nej")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning per kontrollmoment"
    ws["A1"] = "Internkontroll 2025 – uppföljning per kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Mjölby kommun"
    ws["A4"] = "Tertial: T3 2025 (helår)"
    ws["A5"] = "Förvaltning: Socialförvaltningen, Utbildningsförvaltningen"
    ws["A6"] = "Data per 2026-01-12 08:41"
    hdr = ["Förvaltning", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Statuskod",
           "Avvikelse", "Kommentar/analys", "Åtgärd"]
    r0 = 8
    fill = PatternFill("solid", fgColor="1F4E79")
    for j, h in enumerate(hdr):
        c = ws.cell(row=r0, column=2 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
    r = r0 + 1
    for row in rows:
        vals = row[:9]
        for j, v in enumerate(vals):
            if v == "" or v is None:
                continue
            c = ws.cell(row=r, column=2 + j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(row=r, column=2, value="Totalt").font = Font(bold=True)
    ws.cell(row=r, column=5, value=f"Antal kontrollmoment: {len(rows)}").font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [3, 24, 28, 34, 60, 26, 10, 10, 60, 40]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Filter och metadata")
    meta = [
        ("Exporterad från", "Power BI"),
        ("Arbetsyta", "Ekonomi – Styrning och uppföljning"),
        ("Rapport", "Internkontroll 2025"),
        ("Sida", "Uppföljning per kontrollmoment"),
        ("Exporterad", "2026-01-12 08:41"),
        ("Exporterad av", "anna.lindqvist@mjolby.se"),
        (None, None),
        ("Tillämpade filter", None),
        ("År", "är 2025"),
        ("Tertial", "är T3"),
        ("Förvaltning", "är Socialförvaltningen eller Utbildningsförvaltningen"),
        (None, None),
        ("Statuskod", "Beskrivning"),
        (1, "Genomförd"),
        (2, "Genomförd med anmärkning"),
        (3, "Pågår"),
        (4, "Ej genomförd"),
        (5, "Utgår"),
        (None, None),
        ("Känslighetsetikett", "Intern"),
    ]
    for a, b in meta:
        ws2.append([a, b])
    ws2["A8"].font = Font(bold=True)
    ws2["A13"].font = Font(bold=True)
    ws2["B13"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, fil))
    for row in rows:
        n, st, av = row[9]
        exp(fil, n, row[3], st, av)
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", UN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Comma-separated CSV from a governance system, quoted multi-line fields,
#    Kultur- och fritidsnämnden + Samhällsbyggnadsnämnden, rows per T2/T3
# ---------------------------------------------------------------------------
def stratsys_csv():
    fil = "Export_Internkontroll_KFN_SBN_2025-12-31.csv"
    KFN, SBN = "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden"
    ORG_K, ORG_S = "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden"
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Frekvens", "Period", "Status",
           "Kommentar", "Avvikelse", "Åtgärd", "Uppdaterad av", "Uppdaterad"]
    ctrls = [
        (ORG_K, "Föreningsbidrag", "Bidrag betalas ut utan korrekt underlag",
         "Kontroll av att utbetalda föreningsbidrag har beslut och korrekt underlag (stickprov 10 föreningar)",
         "Årligen",
         ("Ej påbörjad", "Planeras till oktober.", "", "", "Eva Rosén", "2025-09-02 10:14"),
         ("Genomförd", "Stickprov 10 föreningar.\n2 föreningar saknade verksamhetsberättelse för 2024,\n"
          "bidraget återkrävs delvis.", "Ja",
          "Påminnelse till föreningarna i samband med ansökan 2026.", "Eva Rosén", "2025-12-16 15:02"),
         (KFN, "GENOMFORD", "ja")),
        (ORG_K, "Kassahantering", "Förlust av kontanter",
         "Kontroll av kassahantering i bibliotekets reception, kvartalsvis avstämning", "Kvartalsvis",
         ("Genomförd", "Q1 och Q2 avstämda utan differens.", "Nej", "", "Ahmed Yusuf", "2025-08-29 09:40"),
         ("Genomförd", "Q3 och Q4 avstämda utan differens.", "Nej", "", "Ahmed Yusuf", "2025-12-19 11:21"),
         (KFN, "GENOMFORD", "nej")),
        (ORG_K, "Lokaluthyrning", "Uthyrning faktureras inte eller med fel taxa",
         "Kontroll av att uthyrning av idrottshallar faktureras enligt taxa", "Halvår",
         ("Delvis genomförd", "Vårens bokningar kontrollerade.", "Nej", "", "Eva Rosén", "2025-09-02 10:20"),
         ("", "Kontrollen slutförd i december.\nSamtliga bokningar fakturerade, en bokning med fel taxa "
          "(\"ungdom\" i stället för \"vuxen\") har rättats.", "Ja", "", "Eva Rosén", "2025-12-20 08:55"),
         (KFN, "GENOMFORD", "ja")),
        (ORG_K, "Konst och inventarier", "Konstverk förkommer",
         "Inventering av kommunens konstsamling (stickprov 50 verk)", "Årligen",
         ("Ej påbörjad", "", "", "", "Eva Rosén", "2025-09-02 10:21"),
         ("Ej genomförd", "Flyttas till 2026 p.g.a. flytt av konstmagasinet.", "", "",
          "Karin Holm", "2026-01-07 13:30"),
         (KFN, "EJ_GENOMFORD", "nej")),
        (ORG_K, "Evenemang", "Bristande säkerhet vid kommunens evenemang",
         "Kontroll av att tillstånd och säkerhetsplan finns för kommunens egna evenemang", "Löpande",
         ("", "", "", "", "", ""),
         ("Delvis genomförd", "Kontroll av Mjölbydagarna och nationaldagsfirandet genomförd,\n"
          "julmarknaden återstår.", "Nej", "", "Karin Holm", "2026-01-07 13:34"),
         (KFN, "DELVIS", "nej")),
        (ORG_S, "Mark och exploatering", "Kommunen går miste om intäkter enligt exploateringsavtal",
         "Kontroll av att exploateringsavtal följs upp avseende ekonomiska åtaganden", "Årligen",
         ("Ej påbörjad", "", "", "", "Tomas Ek", "2025-09-04 08:00"),
         ("Genomförd", "Fyra avtal kontrollerade (Skogsgläntan, Kungshögaområdet, Viby 2:4, Spångbro).\n"
          "Inga avvikelser.", "Nej", "", "Tomas Ek", "2025-12-11 14:45"),
         (SBN, "GENOMFORD", "nej")),
        (ORG_S, "Detaljplanering", "Planavgifter debiteras inte",
         "Kontroll av att planavgifter debiteras enligt taxa", "Halvår",
         ("Delvis genomförd", "Första halvåret kontrollerat.", "Nej", "", "Linnea Berg", "2025-09-03 16:12"),
         ("Genomförd", "Två planbesked hade inte debiterats,\nfakturerade i november.", "Ja",
          "Checklista för debitering kompletterad.", "Linnea Berg", "2025-12-12 09:03"),
         (SBN, "GENOMFORD", "ja")),
        (ORG_S, "Mark och exploatering", "Mark säljs under marknadsvärde",
         "Kontroll av att markförsäljningar sker till marknadsvärde med värdering som underlag", "Årligen",
         ("", "", "", "", "", ""),
         ("Utgår", "Inga markförsäljningar har genomförts under 2025.", "", "", "Tomas Ek", "2025-12-11 14:50"),
         (SBN, "UTGAR", "nej")),
        (ORG_S, "Bostadsanpassning", "Felaktiga utbetalningar av bostadsanpassningsbidrag",
         "Stickprov av 15 bostadsanpassningsbidrag – beslut och utbetalning mot intyg", "Årligen",
         ("Ej påbörjad", "", "", "", "Linnea Berg", "2025-09-03 16:15"),
         ("Ej genomförd", "Kontrollen påbörjades men avbröts p.g.a. långtidssjukskrivning\n"
          "hos handläggaren. Görs i början av 2026.", "", "", "Linnea Berg", "2026-01-09 10:27"),
         (SBN, "EJ_GENOMFORD", "nej")),
        (ORG_S, "Geodata", "Nybyggnadskartor debiteras inte",
         "Kontroll av att debitering av nybyggnadskartor sker enligt taxa", "Årligen",
         ("", "", "", "", "", ""),
         ("", "Osäkert om kontrollen hunnits med, återkommer.", "", "", "Jonas Wik", "2026-01-13 17:48"),
         (SBN, "OKLAR", "nej")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(hdr)
    for org, proc, risk, km, frek, t2, t3, _ in ctrls:
        for per, d in (("T2 2025", t2), ("T3 2025", t3)):
            st, kom, avv, atg, who, when = d
            w.writerow([org, proc, risk, km, frek, per, st, kom, avv, atg, who, when])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    for c in ctrls:
        n, st, av = c[7]
        exp(fil, n, c[3], st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. UTF-8-with-BOM semicolon CSV saved from Excel – Miljö- och byggnämnden
#    title rows, group heading rows, J/D/N/U codes with legend at the bottom
# ---------------------------------------------------------------------------
def mbn_csv():
    fil = "MBN_uppfoljning_IK_helar_2025.csv"
    MBN = "Miljö- och byggnämnden"
    N = 8
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (N - len(cells))
        lines.append(";".join(cells))

    row("Miljö- och byggnämnden – uppföljning av internkontrollplan 2025")
    row("Helårsuppföljning per 2025-12-31")
    row()
    row("Nr", "Process", "Kontrollmoment", "Metod", "Status delår", "Status helår", "Avvikelse", "Kommentar")
    data = [
        ("Tillsyn enligt miljöbalken och livsmedelslagen", [
            ("1.1", "Taxor och avgifter",
             "Kontroll av att tillsynsavgifter debiteras enligt taxa (stickprov 20 ärenden)", "Stickprov",
             "D", "J", "Nej", "20 ärenden kontrollerade. Inga fel.", ("GENOMFORD", "nej")),
            ("1.2", "Livsmedelskontroll",
             "Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplan", "Uppföljning i Ecos",
             "D", "D", "Ja", "78 % av planerade kontroller utförda. Vakans under hösten.",
             ("DELVIS", "ja")),
        ]),
        ("Bygglov", [
            ("2.1", "Handläggning",
             "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
             "Genomgång av samtliga beslut sep-dec", "J", "J", "Ja",
             "3 av 25 ärenden överskred tiden, avgiften reducerad enligt PBL 12 kap. 8 a §.",
             ("GENOMFORD", "ja")),
            ("2.2", "Delegation",
             "Kontroll av att delegationsbeslut anmäls till nämnden", "Avstämning mot diariet",
             "J", "", "", "", ("GENOMFORD", "nej")),
        ]),
        ("Administration och bemötande", [
            ("3.1", "Synpunkter",
             "Kontroll av att synpunkter och klagomål diarieförs och besvaras inom 14 dagar",
             "Stickprov 10 ärenden", "N", "U", "", "Ersätts av kommungemensam kontroll av synpunktshantering.",
             ("UTGAR", "nej")),
            ("3.2", "Jäv och bisysslor",
             "Kontroll av att jäv och bisysslor dokumenterats för samtliga inspektörer", "Genomgång",
             "", "n", "", "Ej genomförd, prioriteras 2026.", ("EJ_GENOMFORD", "nej")),
        ]),
    ]
    for heading, ctrls in data:
        row(heading)
        for nr, proc, km, met, sd, sh, avv, kom, ex in ctrls:
            row(nr, proc, km, met, sd, sh, avv, kom)
            exp(fil, MBN, km, *ex)
    row()
    row("Teckenförklaring:")
    row("J = Genomförd")
    row("D = Delvis genomförd")
    row("N = Ej genomförd")
    row("U = Utgår")
    row()
    row("Upprättad av: Karin Sjöberg, förvaltningschef, 2026-01-09")
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Plain-text e-mail (Windows-1252) – Överförmyndarnämnden, list of controls
# ---------------------------------------------------------------------------
def email():
    fil = "SV_Uppfoljning_internkontrollplan_helar_2025_OFN.txt"
    OFN = "Överförmyndarnämnden"
    items = [
        ("Granskning av årsräkningar – stickprov av 10 % av årsräkningarna med fördjupad granskning av "
         "verifikationer",
         "Genomförd. 41 akter granskade, i 3 fall saknades verifikat för uttag över 5 000 kr. Kompletteringar "
         "har begärts in.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare som fått arvode har lämnat in årsräkning innan utbetalning",
         "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att förvaltarskap och godmanskap ses över enligt 11 kap. 20 § FB",
         "Delvis – ca hälften av akterna genomgångna, resten under våren.", "DELVIS", "nej"),
        ("Kontroll av behörigheter i Wärna (verksamhetssystemet)", "Se bifogad fil.", "OKLAR", "nej"),
        ("Kontroll av att samtliga ställföreträdare har registerutdrag ur belastningsregistret innan "
         "förordnande",
         "Ej genomförd. Rutinen ändrades i mars och kontrollen hanns inte med, tas med i planen för 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av handläggningstid för ansökan om god man för ensamkommande barn",
         "Utgår – inga ärenden under året, nämnden beslutade 2025-06-11 § 41 att stryka kontrollen.",
         "UTGAR", "nej"),
    ]
    body = []
    body += [
        "Från: Maria Holm <maria.holm@mjolby.se>",
        "Skickat: den 16 januari 2026 10:47",
        "Till: Ekonomienheten <ekonomienheten@mjolby.se>",
        "Kopia: Lars Berg <lars.berg@mjolby.se>",
        "Ämne: SV: Uppföljning internkontrollplan helår 2025",
        "Bifogade filer: Behörighetsgenomgång Wärna 2025.xlsx",
        "",
        "Hej!",
        "",
        "Här kommer överförmyndarnämndens uppföljning av internkontrollplanen för helår 2025. Nämnden "
        "behandlade den på sammanträdet den 14 januari (ÖFN 2026-01-14 § 3).",
        "",
    ]
    for km, res, _, _ in items:
        body.append(f"- {km}: {res}")
    body += [
        "",
        "Hör av dig om något är oklart!",
        "",
        "Med vänlig hälsning",
        "",
        "Maria Holm",
        "Handläggare, Överförmyndarenheten",
        "Mjölby kommun",
        "Tel: 0142-851 23",
        "",
        "Från: Ekonomienheten <ekonomienheten@mjolby.se>",
        "Skickat: den 8 december 2025 13:05",
        "Till: Ekonomienheten; Maria Holm; Peter Grahn; Sofia Karlsson; Eva Rosén",
        "Ämne: Uppföljning internkontrollplan helår 2025",
        "",
        "Hej,",
        "",
        "Nu är det dags för helårsuppföljningen av nämndernas internkontrollplaner 2025.",
        "Ange för respektive kontrollmoment status (Genomförd / Delvis / Ej genomförd / Utgår), vad kontrollen",
        "visat och om avvikelser har upptäckts. Ni som har planen i SharePoint-listan fyller i den direkt där.",
        "",
        "Svar senast den 16 januari 2026.",
        "",
        "Vänliga hälsningar",
        "Sara Nilsson",
        "Controller, Ekonomienheten",
    ]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(body) + "\r\n")
    for km, res, st, av in items:
        exp(fil, OFN, km, st, av)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Hand-made .ods – Vård- och omsorgsnämnden
#    merged title, group heading rows, Delår | Helår side by side with fills,
#    legend of colours at the bottom
# ---------------------------------------------------------------------------
def von_ods():
    fil = "VON_internkontroll_uppfoljning_2025.ods"
    VON = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    colours = {"G": "#92d050", "Y": "#ffff00", "R": "#ff0000", "S": "#bfbfbf"}
    cstyles = {}
    for k, c in colours.items():
        s = Style(name=f"fill{k}", family="table-cell")
        s.addElement(TableCellProperties(backgroundcolor=c, border="0.5pt solid #000000"))
        doc.automaticstyles.addElement(s)
        cstyles[k] = s
    plain = Style(name="plain", family="table-cell")
    plain.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(plain)
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    group = Style(name="group", family="table-cell")
    group.addElement(TableCellProperties(backgroundcolor="#ddebf7", border="0.5pt solid #000000"))
    group.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(group)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #000000"))
    hdrst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(hdrst)
    widths = ["4.5cm", "9cm", "3.5cm", "2.6cm", "2.6cm", "8cm"]
    colst = []
    for i, wdt in enumerate(widths):
        s = Style(name=f"co{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(s)
        colst.append(s)

    t = OTable(name="Uppföljning 2025")
    for s in colst:
        t.addElement(TableColumn(stylename=s))

    def cell(text=None, style=None, span=1):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        if text not in (None, ""):
            kw["valuetype"] = "string"
        c = TableCell(**kw)
        if text not in (None, ""):
            for line in str(text).split("\n"):
                c.addElement(P(text=line))
        return c

    def add_row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    def merged(text, style, span=6):
        tr = TableRow()
        tr.addElement(cell(text, style, span))
        for _ in range(span - 1):
            tr.addElement(CoveredTableCell())
        t.addElement(tr)

    merged("Vård- och omsorgsnämnden – Internkontrollplan 2025, uppföljning", title)
    add_row([cell("Uppföljning delår (per 31 augusti) och helår (per 31 december)")])
    add_row([cell()])
    add_row([cell(h, hdrst) for h in ["Process/rutin", "Kontrollmoment", "Ansvarig", "Delår",
                                       "Helår", "Kommentar helår"]])
    # (process, kontrollmoment, ansvarig, (delår text, fill), (helår text, fill), kommentar, status, avv)
    groups = [
        ("Ekonomi", [
            ("Avgifter", "Kontroll av att omsorgsavgifter beräknas korrekt (stickprov 20 brukare)",
             "Avgiftshandläggare", ("Pågår", "Y"), ("Klar", "G"),
             "1 felaktig avgift hittad, korrigerad och återbetald.", "GENOMFORD", "ja"),
            ("Fakturering", "Kontroll av att hemtjänsttimmar som faktureras externa utförare stämmer mot "
             "utförd tid", "Controller VOF", ("Pågår", "Y"), ("", "G"), "", "GENOMFORD", "nej"),
            ("Inköp", "Kontroll av att inköp av förbrukningsmaterial görs via avtalad leverantör",
             "Enhetschefer SÄBO", ("Pågår", "Y"), ("", None), "", "DELVIS", "nej"),
            ("Brukarnas privata medel", "Kontroll av att brukares privata medel redovisas med kvitton "
             "(kvittoredovisning)", "Enhetschefer SÄBO", ("", None), ("Ok", None),
             "Kontrollerat på samtliga boenden.", "GENOMFORD", "nej"),
        ]),
        ("Kvalitet och patientsäkerhet", [
            ("Läkemedel", "Kontroll av läkemedelshantering på särskilda boenden (signeringslistor)",
             "MAS", ("Ej påbörjad", "R"), ("Delvis", "Y"), "Genomförd på 3 av 5 boenden.", "DELVIS", "nej"),
            ("Avvikelsehantering", "Kontroll av att avvikelser registreras och åtgärdas inom 14 dagar",
             "MAS", ("", None), ("Ej genomförd", "R"),
             "Ej genomförd p.g.a. byte av verksamhetssystem.", "EJ_GENOMFORD", "nej"),
            ("Dokumentation", "Stickprov av genomförandeplaner – upprättade inom 14 dagar från beslut",
             "Verksamhetsutvecklare", ("", None), ("Klar", "G"),
             "7 av 30 genomförandeplaner upprättades för sent, åtgärdsplan tagen.", "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Bemanning", "Kontroll av att timanställda inte överskrider LAS-gränser", "HR-konsult",
             ("Ej aktuell", "S"), ("Utgår", "S"), "Hanteras centralt av HR från 2025.", "UTGAR", "nej"),
            ("Arbetsmiljö", "Uppföljning av att tillbud och arbetsskador anmäls i KIA", "Enhetschefer",
             ("", None), ("", None), "", "SAKNAS", "nej"),
        ]),
    ]
    for gname, ctrls in groups:
        merged(gname, group)
        for proc, km, ansv, (dtxt, dfill), (htxt, hfill), kom, st, av in ctrls:
            add_row([cell(proc, plain), cell(km, plain), cell(ansv, plain),
                     cell(dtxt, cstyles[dfill] if dfill else plain),
                     cell(htxt, cstyles[hfill] if hfill else plain),
                     cell(kom, plain)])
            exp(fil, VON, km, st, av)
    add_row([cell()])
    add_row([cell("Färgförklaring", bold)])
    add_row([cell("", cstyles["G"]), cell("Genomförd")])
    add_row([cell("", cstyles["Y"]), cell("Pågår / delvis genomförd")])
    add_row([cell("", cstyles["R"]), cell("Ej genomförd")])
    add_row([cell("", cstyles["S"]), cell("Utgår / ej aktuell")])
    add_row([cell()])
    add_row([cell("Sammanställt av: Birgitta Lund, kvalitetsstrateg. Behandlad i VON 2026-01-22 § 6.")])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Reject: Office owner/lock file left in the synced folder
# ---------------------------------------------------------------------------
def lockfile():
    fil = "~$Internkontroll_Uppfoljning_2025.xlsx"
    name = "Sara Nilsson"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b" ")
    b += len(name).to_bytes(2, "little") + name.encode("utf-16-le")
    b = b.ljust(162, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|UTB"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten|Överförmyndaren"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Valnämnden", "VN"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsenheten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    return {n for n, _ in reg}


def main():
    # clean generated files (keep this script and README)
    for fn in os.listdir(OUT):
        if fn in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, fn)
        if os.path.isfile(p):
            os.remove(p)
        elif os.path.isdir(p) and fn == "__pycache__":
            shutil.rmtree(p)
    names = registry()
    sharepoint()
    powerbi()
    stratsys_csv()
    mbn_csv()
    email()
    von_ods()
    lockfile()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            f.write(";".join(r) + "\n")
    # consistency checks
    inl = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    exp_pairs = {(r[0], r[1]) for r in EXPECTED}
    assert inl == exp_pairs, (inl ^ exp_pairs)
    assert all(r[2] in names for r in FILES if r[2])
    for fil in {r[0] for r in FILES}:
        assert os.path.exists(os.path.join(OUT, fil)), fil
    per = {}
    for r in EXPECTED:
        per[(r[0], r[1])] = per.get((r[0], r[1]), 0) + 1
    assert all(4 <= v <= 12 for v in per.values()), per
    print(f"{len({r[0] for r in FILES})} files, {len(FILES)} files.csv rows, "
          f"{len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
