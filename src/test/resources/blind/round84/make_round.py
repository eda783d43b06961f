#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 84 – Ljusälvs kommun (Norrbotten), helår 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, text, status, avv))


KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
KFN = "Kultur- och fritidsnämnden"
OFN = "Överförmyndarnämnden Ljusälv–Storberg"
RTF = "Räddningstjänstförbundet Ljusälv–Storberg"

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret|Tekniska förvaltningen|Teknisk förvaltning"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen|Vård och omsorg"),
    (SBN, "SBN|Samhällsbyggnadsnämnd|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggnämnd|Miljö- och byggnadsnämnden|Miljö- och byggavdelningen|Bygg och miljö"),
    (KFN, "KFN|KoF|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (OFN, "ÖFN|Gemensamma överförmyndarnämnden|Överförmyndarnämnden|Överförmyndarnämnden i Ljusälv och Storberg|Överförmyndarenheten"),
    (RTF, "RTF|Direktionen för Räddningstjänstförbundet Ljusälv–Storberg|Räddningstjänstförbundet|Räddningstjänsten Ljusälv-Storberg|Räddningstjänsten|Förbundsdirektionen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "Krisledning"),
]


# ---------------------------------------------------------------------------
# File A – Stratsys-like long export, one row per control and tertial.
#          cp1252, semicolon, CRLF, two title lines, two nämnder.
# ---------------------------------------------------------------------------
def file_a():
    fil = "Stratsys_export_IKP_SBF_20260116.csv"
    org = "Samhällsbyggnadsförvaltningen"
    # (nämnd as written, process, kontrollmoment, metod, ansvarig, [(period, status, kommentar)], expected nämnd, status, avv)
    controls = [
        ("Samhällsbyggnadsnämnd", "Ekonomi – leverantörsfakturor",
         "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt gällande attestlista",
         "Stickprov 25 fakturor per tertial", "Controller SBF",
         [("T1 2025", "Klar", "Stickprov 25 fakturor, inga avvikelser."),
          ("T2 2025", "Klar", "Stickprov 25 fakturor, inga avvikelser."),
          ("T3 2025", "Klar", "Stickprov 25 fakturor. En faktura (VA-material, 38 tkr) attesterad av ersättare som inte fanns i attestlistan; attestlistan uppdaterad i november.")],
         SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnd", "Inköp",
         "Avtalstrohet vid inköp av material till gata/park",
         "Genomgång av inköp över 10 tkr mot avtalsdatabasen", "Gatuchef",
         [("T1 2025", "Pågår", "Urval framtaget."),
          ("T2 2025", "Pågår", ""),
          ("T3 2025", "Klar", "40 inköp granskade, 6 utanför avtal (15 %). Främst akuta inköp av grus och skyltar. Information till arbetsledare i december.")],
         SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnd", "Delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse diarium/anmälningslista", "Nämndsekreterare",
         [("T1 2025", "Klar", "Samtliga beslut anmälda."),
          ("T2 2025", "Klar", "Samtliga beslut anmälda."),
          ("T3 2025", "", "Kontroll gjord inför decembersammanträdet, samtliga delegationsbeslut var anmälda.")],
         SBN, "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnd", "VA-verksamhet",
         "Debiterade anslutningsavgifter VA stämmer mot taxa och beslut",
         "Stickprov 10 nyanslutningar", "VA-chef",
         [("T1 2025", "Ej startad", ""),
          ("T2 2025", "Ej startad", "Planeras till hösten."),
          ("T3 2025", "Ej startad", "Ej genomförd på grund av vakans som VA-ingenjör. Kontrollen flyttas till internkontrollplan 2026.")],
         SBN, "EJ_GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnd", "Fastighet och park",
         "Besiktning av kommunala lekplatser enligt besiktningsplan",
         "Huvudbesiktning 1 ggr/år av certifierad besiktningsman", "Parkingenjör",
         [("T1 2025", "", ""),
          ("T2 2025", "Klar", "Huvudbesiktning genomförd i juni på 14 lekplatser. Två lekredskap fick A-anmärkning och plockades bort direkt.")],
         SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnd", "Fordon",
         "Körjournaler och fordonsfakturor för bilpoolen stäms av",
         "Månatlig avstämning körjournal mot drivmedel/fakturor", "Fordonssamordnare",
         [("T1 2025", "Pågår med avvikelse", "Körjournal saknas för flera fordon."),
          ("T2 2025", "Pågår med avvikelse", "Körjournal saknas för 6 av 19 fordon."),
          ("T3 2025", "Pågår med avvikelse", "Körjournal saknas fortfarande för 4 av 19 fordon.\nDigital körjournal upphandlas under 2026.")],
         SBN, "DELVIS", "ja"),
        ("Samhällsbyggnadsnämnd", "Fastighet och park",
         "Inventering av skyddsutrustning i förråd Industrivägen",
         "Årlig inventering", "Driftchef",
         [("T1 2025", "Avbruten", "Utgår enligt beslut SBN 2025-03-18 § 34; ersätts av ny förrådsrutin."),
          ("T2 2025", "Avbruten", ""),
          ("T3 2025", "Avbruten", "")],
         SBN, "UTGAR", "nej"),
        ("Miljö- och byggnämnd", "Bygglov",
         "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Uttag ur ärendesystemet (Castor) per tertial", "Bygglovschef",
         [("T1 2025", "Klar", "Alla 21 beslut inom tid."),
          ("T2 2025", "Klar", "Alla 34 beslut inom tid."),
          ("T3 2025", "Klar", "3 av 58 ärenden överskred 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.")],
         MBN, "GENOMFORD", "ja"),
        ("Miljö- och byggnämnd", "Livsmedelskontroll",
         "Debitering av årlig tillsynsavgift livsmedel enligt taxa",
         "Avstämning objektlista mot fakturering", "Miljöchef",
         [("T1 2025", "", ""),
          ("T2 2025", "Pågår", "Fakturering sker i september."),
          ("T3 2025", "Klar", "Samtliga 112 registrerade objekt debiterade enligt taxa.")],
         MBN, "GENOMFORD", "nej"),
        ("Miljö- och byggnämnd", "Myndighetsutövning",
         "Jäv – kontroll att handläggare inte handlägger ärenden med koppling till närstående",
         "Enkät och stickprov", "Bygglovschef",
         [("T1 2025", "Ej startad", ""),
          ("T2 2025", "Pågår", "Enkät skickad till handläggare."),
          ("T3 2025", "", "Se bilaga")],
         MBN, "OKLAR", "nej"),
        ("Miljö- och byggnämnd", "Arkiv",
         "Arkivering av avslutade bygglovsärenden i e-arkivet",
         "Stickprov 20 ärenden avslutade 2024", "Registrator",
         [("T1 2025", "Ej startad", ""),
          ("T2 2025", "Pågår", "Hälften av stickproven kontrollerade, hittills korrekt."),
          ("T3 2025", "", "")],
         MBN, "DELVIS", "nej"),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Internkontrollplan 2025 – Uppföljning helår", "", "", "", "", "", "", "", ""])
    w.writerow(["Urval: " + org, "Utskriven 2026-01-16 08:42 av eva.nilsson", "", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Nämnd", "Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Kontrollansvarig",
                "Period", "Status", "Kommentar"])
    for (nm, proc, km, metod, ansv, periods, enm, st, avv) in controls:
        for (per, status, kom) in periods:
            w.writerow([nm, org, proc, km, metod, ansv, per, status, kom])
        exp(fil, enm, km, st, avv)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File B – Hypergene-like wide export, one column group per period.
#          UTF-16LE with BOM, TAB separated (Excel "Unicode-text"), process heading rows.
# ---------------------------------------------------------------------------
def file_b():
    fil = "SN uppföljning IKP 2025 helår.txt"
    # rows: ("H", process) heading, or ("C", kontrollmoment, metod, ansvarig, t1s, t1k, das, dak, hs, hk, status, avv)
    rows = [
        ("H", "Myndighetsutövning IFO/LSS"),
        ("C", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 30 akter", "Enhetschef försörjningsstöd",
         "Genomförd", "10 akter, inga avvikelser", "Genomförd", "20 akter, inga avvikelser",
         "Genomförd", "30 akter totalt. 2 beslut om bistånd över norm fattade av handläggare utan delegation (nivå 2). Återkopplat i arbetsgruppen.",
         "GENOMFORD", "ja"),
        ("C", "Stickprov LSS-beslut: verkställighet inom tre månader",
         "Uttag ur Treserva, samtliga gynnande beslut", "Enhetschef LSS",
         "Påbörjad", "", "Genomförd", "Alla beslut verkställda inom tre månader.",
         "Genomförd", "Två beslut om kontaktperson ej verkställda inom tre månader – rapporterade till IVO enligt 28 f § LSS.",
         "GENOMFORD", "ja"),
        ("C", "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur Treserva per tertial", "Enhetschef barn och unga",
         "Genomförd", "Samtliga inom 14 dagar", "Genomförd", "Samtliga inom 14 dagar",
         "Ej genomförd", "Kontrollen för september–december hann inte göras på grund av sjukskrivning.",
         "EJ_GENOMFORD", "nej"),
        ("H", "Ekonomi och utbetalningar"),
        ("C", "Kontroll av utbetalningar till familjehem mot avtal",
         "Avstämning arvode/omkostnad mot uppdragsavtal", "Ekonom SOC",
         "", "", "Påbörjad", "Genomgång av första halvåret pågår.",
         "Genomförd", "Samtliga 23 familjehemsavtal kontrollerade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("C", "Avgiftsbeslut inom hemtjänst är korrekta (maxtaxa, förbehållsbelopp)",
         "Stickprov 40 avgiftsbeslut", "Avgiftshandläggare",
         "Ej påbörjad", "", "Påbörjad", "",
         "Påbörjad", "20 av 40 planerade avgiftsbeslut granskade. 3 beslut hade fel bostadskostnad, rättade och återbetalning gjord.",
         "DELVIS", "ja"),
        ("C", "Återsökning av statlig ersättning från Migrationsverket",
         "Avstämning ansökningar mot utbetalningar", "Ekonom SOC",
         "", "", "", "",
         "Utgår", "Inga ärenden som ger rätt till ersättning under 2025.",
         "UTGAR", "nej"),
        ("C", "Kontanthantering och dokumentation av brukarmedel på gruppbostäder",
         "Oanmäld kassakontroll 2 ggr/år", "Verksamhetschef LSS",
         "", "", "", "",
         "", "Kontrollen har inte genomförts under året. Läggs in i plan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("H", "Informationssäkerhet"),
        ("C", "Loggkontroll i Treserva – otillåten åtkomst till personakter",
         "Slumpvis loggkontroll 10 användare per tertial", "Systemförvaltare",
         "Genomförd", "Ingen otillåten åtkomst", "Genomförd", "Ingen otillåten åtkomst",
         "", "",
         "GENOMFORD", "nej"),
        ("C", "Behörighet i journalsystem avslutas när anställningen upphör",
         "Jämförelse avslutade anställningar mot aktiva konton", "Systemförvaltare",
         "", "", "", "",
         "Genomförd", "11 av 14 konton stängdes inom en vecka, 3 först efter påminnelse i november.",
         "GENOMFORD", "ja"),
        ("H", "Personal och avtal"),
        ("C", "Uppföljning av avtal med bemanningsföretag för sjuksköterskor",
         "Fakturor mot avtalade timpriser", "HR-konsult",
         "", "", "", "", "", "",
         "SAKNAS", "nej"),
    ]
    lines = []
    lines.append(["Uppföljning internkontrollplan 2025", "Socialnämnden"] + [""] * 9)
    lines.append(["Rapport skapad 2026-01-19 13:05", "Källa: Hypergene"] + [""] * 9)
    lines.append([""] * 11)
    lines.append(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                  "Tertial 1 – status", "Tertial 1 – kommentar",
                  "Delår 31/8 – status", "Delår 31/8 – kommentar",
                  "Helår – status", "Helår – kommentar", "Bilaga"])
    n = 0
    for r in rows:
        if r[0] == "H":
            lines.append([r[1]] + [""] * 10)
        else:
            n += 1
            lines.append([""] + list(r[1:10]) + [""])
            exp(fil, SN, r[1], r[10], r[11])
    lines.append([""] * 11)
    lines.append(["Antal kontrollmoment: %d" % n] + [""] * 10)
    lines.append(["Statusvärden: Genomförd, Påbörjad, Ej påbörjad, Ej genomförd, Utgår"] + [""] * 10)

    def q(s):
        if any(c in s for c in '\t"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    text = "\r\n".join("\t".join(q(c) for c in l) for l in lines) + "\r\n"
    with open(fil, "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File C – Kommunstyrelsen: workbook with a summary sheet, one sheet per förvaltning and an
#          instruction sheet with an example row.
# ---------------------------------------------------------------------------
def file_c():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "IK helår 2025 Kommunstyrelsen.xlsx"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    headfill = PatternFill("solid", fgColor="1F4E78")
    headfont = Font(bold=True, color="FFFFFF")
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {"Genomförd": "C6EFCE", "Delvis": "FFEB9C", "Pågår": "FFEB9C", "Ej genomförd": "FFC7CE",
             "Utgår": "D9D9D9"}

    # ---- summary sheet
    s = wb.active
    s.title = "Sammanställning"
    s["A1"] = "Kommunstyrelsen – uppföljning av intern kontroll 2025"
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:G1")
    s["A2"] = "Helårsuppföljning per 31 december 2025. Underlag till KS 2026-02-10."
    s.merge_cells("A2:G2")
    hdr = ["Förvaltning", "Antal kontrollmoment", "Genomförda", "Delvis/pågår", "Ej genomförda", "Utgår",
           "Ej bedömda"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = headfont
        c.fill = headfill
        c.border = border
    data = [("Kommunledningsförvaltningen", 6, 3, 1, 1, 1, 0),
            ("Tekniska förvaltningen", 6, 3, 1, 1, 0, 1)]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            s.cell(row=r, column=i, value=v).border = border
    s.cell(row=7, column=1, value="Summa").font = Font(bold=True)
    for i in range(2, 8):
        col = "ABCDEFG"[i - 1]
        c = s.cell(row=7, column=i, value="=SUM(%s5:%s6)" % (col, col))
        c.font = Font(bold=True)
        c.border = border
    s["A9"] = "Samlad bedömning"
    s["A9"].font = Font(bold=True)
    s["A10"] = ("Kommunstyrelsen bedömer att den interna kontrollen under 2025 i huvudsak varit tillräcklig. "
                "Brister har noterats inom representation, löneutbetalningar och avtalstrohet. Granskningen av "
                "IT-behörigheter har skjutits upp till 2026 på grund av byte av ekonomisystem.")
    s.merge_cells("A10:G13")
    s["A10"].alignment = wrap
    s.column_dimensions["A"].width = 32
    for col in "BCDEFG":
        s.column_dimensions[col].width = 14

    def forv_sheet(title, heading, header, widths, rows, status_cols):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws["A2"] = "Internkontrollplan 2025 – uppföljning helår (per 31/12)"
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
        for i, h in enumerate(header, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = headfont
            c.fill = headfill
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
        ws.row_dimensions[4].height = 32
        for i, wdt in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = wdt
        r = 5
        merges = []
        for row in rows:
            vals, span = row[0], row[1]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=(v if v != "" else None))
                c.alignment = wrap
                c.border = border
                if i in status_cols and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
            if span and span > 1:
                merges.append((r, span))
            r += 1
        for (start, span) in merges:
            ws.merge_cells(start_row=start, start_column=2, end_row=start + span - 1, end_column=2)
        dv = DataValidation(type="list", formula1='"Genomförd,Delvis,Pågår,Ej genomförd,Utgår"', allow_blank=True)
        ws.add_data_validation(dv)
        for col in status_cols:
            L = chr(64 + col)
            dv.add("%s5:%s%d" % (L, L, r - 1))
        ws.freeze_panes = "C5"
        return ws

    # ---- Kommunledningsförvaltningen
    klf = [
        # (Nr, Process, Kontrollmoment, Metod, Status delår, Status helår, Kommentar, Åtgärd), merge-span, exp
        (("1", "Ekonomi", "Attest av leverantörsfakturor – rätt attestant enligt attestförteckning",
          "Stickprov 50 fakturor", "Genomförd", "Genomförd", "50 fakturor granskade. Inga avvikelser.", ""),
         3, "GENOMFORD", "nej"),
        (("2", "", "Representation – syfte, deltagare och kostnad per person dokumenterade",
          "Genomgång av samtliga representationsfakturor", "Delvis", "Genomförd",
          "Genomförd med anmärkning: 4 av 22 representationstillfällen saknade deltagarförteckning.",
          "Påminnelse till chefer, mall för deltagarlista i e-handeln."),
         0, "GENOMFORD", "ja"),
        (("3", "", "Löneutbetalningar – kontroll av manuella tillägg i lönesystemet",
          "Stickprov 30 manuella tillägg per halvår", "Genomförd", "Genomförd",
          "En dubbelutbetalning av OB-tillägg (4 200 kr) upptäcktes och har återkrävts.", "Fyraögonsprincip vid manuell registrering."),
         0, "GENOMFORD", "ja"),
        (("4", "IT och informationssäkerhet", "Årlig genomgång av behörigheter i ekonomisystemet",
          "Behörighetslista mot aktuell personal och roller", "", "Ej genomförd",
          "Skjuts till kvartal 1 2026 p.g.a. byte av ekonomisystem (Raindance → Unit4).", ""),
         2, "EJ_GENOMFORD", "nej"),
        (("5", "", "Dataskydd – registerförteckning enligt GDPR art. 30 uppdaterad",
          "Genomgång med dataskyddsombud", "Pågår", "Pågår",
          "Förteckningen för KLF är till största delen uppdaterad, HR-enhetens behandlingar återstår.", ""),
         0, "DELVIS", "nej"),
        (("6", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
          "Genomgång av direktupphandlingsregistret", "", "Utgår",
          "Ersatt av central kontroll hos upphandlingsenheten, beslut KS 2025-04-08 § 71.", ""),
         1, "UTGAR", "nej"),
    ]
    forv_sheet("Kommunledningsförvaltningen", "Kommunledningsförvaltningen",
               ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Status delår 2025", "Status helår 2025",
                "Kommentar / iakttagelser", "Åtgärd"],
               [5, 18, 45, 28, 13, 13, 50, 35],
               [(r[0], r[1]) for r in klf], status_cols=(5, 6))
    for r in klf:
        exp(fil, KS, r[0][2], r[2], r[3])

    # ---- Tekniska förvaltningen (with last year's column)
    tek = [
        (("1", "Gata/vinterväghållning", "Fakturor för snöröjning stäms av mot avtal och körrapporter",
          "Ej genomförd", "Genomförd", "Genomförd", "Två fakturor från entreprenör korrigerades (felaktig timtaxa).", "Kreditfakturor erhållna."),
         2, "GENOMFORD", "ja"),
        (("2", "", "Drivmedelskort – tankningar kontrolleras mot fordon och förare",
          "Genomförd", "Pågår", "", "Kontrollen slutförd i november, inga avvikelser.", ""),
         0, "GENOMFORD", "nej"),
        (("3", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
          "Delvis", "", "Delvis", "Genomgång av kvartal 1–2 gjord, kvartal 3–4 återstår. Avtalstrohet 81 %.", "Fortsätter 2026."),
         1, "DELVIS", "ja"),
        (("4", "Fastighet", "Hyresavtal – indexuppräkning av externa hyresavtal genomförd",
          "Genomförd", "", "Ej genomförd", "", ""),
         3, "EJ_GENOMFORD", "nej"),
        (("5", "", "Inventering av VA-lager vid årsskiftet",
          "Genomförd", "", "Se bilaga", "", ""),
         0, "OKLAR", "nej"),
        (("6", "", "Arbetsorder i fastighetssystemet attesteras innan fakturering",
          "Delvis", "Genomförd", "", "Stickprov 15 arbetsorder i maj, alla attesterade.", ""),
         0, "GENOMFORD", "nej"),
    ]
    forv_sheet("Tekniska förvaltningen", "Tekniska förvaltningen",
               ["Nr", "Process", "Kontrollmoment", "Utfall 2024", "Delår 2025", "Helår 2025", "Kommentar", "Åtgärd"],
               [5, 22, 50, 13, 13, 13, 55, 30],
               [(r[0], r[1]) for r in tek], status_cols=(4, 5, 6))
    for r in tek:
        exp(fil, KS, r[0][2], r[2], r[3])

    # ---- instruction sheet with an example row (not a control)
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för ifyllande"
    ins["A1"].font = Font(bold=True, size=12)
    texts = ["Fyll i status för delår senast 15 september och för helår senast 20 januari.",
             "Välj status i listan: Genomförd, Delvis, Pågår, Ej genomförd, Utgår.",
             "Beskriv alltid avvikelser och åtgärder i kommentarsfältet.",
             "Exempel på ifylld rad:"]
    for i, t in enumerate(texts, 3):
        ins.cell(row=i, column=1, value=t)
    ex = ["Ex.", "Ekonomi", "Kontroll att kundfakturor skickas inom 30 dagar", "Stickprov 20 fakturor", "Genomförd",
          "Genomförd", "20 fakturor, 1 skickad efter 45 dagar.", "Påminnelse till enheten."]
    for i, v in enumerate(ex, 1):
        c = ins.cell(row=8, column=i, value=v)
        c.font = Font(italic=True, color="808080")
    ins.column_dimensions["A"].width = 70
    wb.save(fil)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File D – Barn- och utbildningsnämnden: status as percentages or "x av y" shares.
# ---------------------------------------------------------------------------
def file_d():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

    fil = "BUN Internkontroll 2025 - helårsuppföljning.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: helår (januari–december 2025)"
    ws["A4"] = ("Genomförandegrad anges i procent eller som antal genomförda av planerade kontroller. "
                "Resultatet av kontrollen beskrivs i kolumn F.")
    ws.merge_cells("A4:G4")
    ws["A4"].font = Font(italic=True)
    header = ["Område", "Kontrollmoment", "Omfattning / urval", "Genomfört per 31/8", "Genomfört per 31/12",
              "Resultat / iakttagelser", "Åtgärd"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for L, wdt in zip("ABCDEFG", [20, 48, 26, 14, 14, 55, 35]):
        ws.column_dimensions[L].width = wdt
    P = "PCT"  # marker: value is numeric percentage
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Stickprov 20 beslut", (P, 0.5), (P, 1.0), "Samtliga 20 beslut följde riktlinjerna.", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor",
         "Stickprov 50 fakturor", (P, 1.0), "100 %",
         "92 % korrekt attesterade. 4 fakturor attesterade av fel beslutsattestant (rektor i stället för förvaltningschef).",
         "Genomgång av attestlistan med rektorerna.", "GENOMFORD", "ja"),
        ("", "Elevpeng till fristående skolor och interkommunal ersättning stäms av mot elevregister",
         "Avstämning vår- och hösttermin", "1 av 2", "2 av 2", "Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret vid nyanställning i skola och förskola",
         "Samtliga enheter rapporterar", "8 av 12 enheter", "11 av 12 enheter",
         "I 2 av 47 granskade anställningar saknades utdrag vid tillträdet. Förskolan Tallbacken har inte rapporterat.",
         "Rutinen förtydligas i rekryteringsstödet.", "DELVIS", "ja"),
        ("Elevhälsa och trygghet", "Anmälan om kränkande behandling till huvudman inom fem dagar",
         "Uttag ur Draftit", (P, 1.0), (P, 1.0), "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Debitering av andra kommuner för modersmålsundervisning",
         "Avstämning mot elevlistor", "0%", (P, 0.0),
         "Ej genomförd. Ny debiteringsrutin införs 2026.", "", "EJ_GENOMFORD", "nej"),
        ("", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
         "Stickprov 30 hushåll", "", "Ej aktuellt",
         "Maxtaxekontrollen görs centralt av kommunledningsförvaltningen från 2025.", "", "UTGAR", "nej"),
        ("IT och dataskydd", "Behörigheter i elevdokumentationssystemet (IST/Unikum) gås igenom",
         "Samtliga enheter", (P, 0.25), (P, 0.75),
         "Nio av tolv enheter klara, återstående tre klara i februari.", "", "DELVIS", "nej"),
        ("", "Konsekvensbedömning (DPIA) av nya digitala lärverktyg",
         "Samtliga nya verktyg 2025", "0 av 3", "se kommentar", "Se bilaga 3", "", "OKLAR", "nej"),
    ]
    r = 7
    for row in rows:
        vals = row[:7]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            if isinstance(v, tuple):
                c.value = v[1]
                c.number_format = "0%"
            else:
                c.value = v if v != "" else None
            c.border = border
            c.alignment = wrap
            if i in (4, 5):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, BUN, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Total genomförandegrad").font = Font(bold=True)
    ws.cell(row=r + 1, column=5, value="ca 80 %").font = Font(bold=True)
    ws.cell(row=r + 3, column=1, value="Beslutad i barn- och utbildningsnämnden 2026-02-04, § 9")
    ws.cell(row=r + 4, column=1, value="Sammanställt av: Lena Marklund, nämndsekreterare")
    ws.freeze_panes = "C7"
    wb.save(fil)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File E – Kultur- och fritid: controller's .ods, status only as cell colours per tertial,
#          legend on a separate sheet.
# ---------------------------------------------------------------------------
def file_e():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
    from odf.text import P

    fil = "KoF IK 2025 uppföljning.ods"
    doc = OpenDocumentSpreadsheet()
    colours = {"green": "#00b050", "yellow": "#ffff00", "red": "#ff0000", "grey": "#bfbfbf",
               "orange": "#ffc000", "none": None}
    cellstyles = {}
    for name, col in colours.items():
        st = Style(name="c_" + name, family="table-cell")
        props = {"border": "0.5pt solid #000000"}
        if col:
            props["backgroundcolor"] = col
        st.addElement(TableCellProperties(**props))
        doc.automaticstyles.addElement(st)
        cellstyles[name] = st
    wrapst = Style(name="c_wrap", family="table-cell")
    wrapst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(wrapst)
    boldst = Style(name="c_bold", family="table-cell")
    boldst.addElement(TextProperties(fontweight="bold"))
    boldst.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#d9d9d9"))
    doc.automaticstyles.addElement(boldst)
    titlest = Style(name="c_title", family="table-cell")
    titlest.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(titlest)
    colst = {}
    for w in ("1.0cm", "8.5cm", "3.5cm", "1.6cm", "7.5cm", "4.0cm"):
        cs = Style(name="col" + w.replace(".", "_"), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colst[w] = cs

    def txtcell(t, style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        c = TableCell(valuetype="string", **kw) if t != "" else TableCell(**kw)
        if t != "":
            for line in t.split("\n"):
                c.addElement(P(text=line))
        return c

    t = Table(name="IK 2025")
    for w in ("1.0cm", "8.5cm", "3.5cm", "1.6cm", "1.6cm", "1.6cm", "7.5cm"):
        t.addElement(TableColumn(stylename=colst[w]))

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    tr = TableRow()
    tr.addElement(txtcell("Kultur- och fritidsnämnden – internkontroll 2025", titlest, span=7))
    for _ in range(6):
        tr.addElement(CoveredTableCell())
    t.addElement(tr)
    row([txtcell("Uppföljning per tertial (T1 jan–apr, T2 maj–aug, T3 sep–dec). Färgkoder: se flik Teckenförklaring.")])
    row([txtcell("Controller: Jonas Hedström, 2026-01-21")])
    row([txtcell("")])
    row([txtcell(h, boldst) for h in ("Nr", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar")])
    ctrls = [
        ("Kontantkassor i simhallen och på biblioteket stäms av mot kassarapport", "Enhetschef fritid",
         "green", "green", "green", "Kassadifferens 420 kr i december, utredd och dokumenterad.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Föreningskonsulent",
         "yellow", "green", "green", "", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras (bokningssystem mot ekonomisystem)", "Bokningsansvarig",
         "yellow", "yellow", "red", "Har inte hunnits med under hösten.", "EJ_GENOMFORD", "nej"),
        ("Inköp av konst följer riktlinjer för konstnärlig gestaltning", "Kulturchef",
         "none", "none", "grey", "Inga konstinköp 2025.", "UTGAR", "nej"),
        ("Behörighetskontroll i bokningssystemet Interbook", "Systemförvaltare",
         "none", "yellow", "orange", "", "OKLAR", "nej"),
        ("Representation vid evenemang och invigningar", "Kulturchef",
         "none", "none", "none", "", "SAKNAS", "nej"),
        ("Belastningsregisterutdrag för ledare vid sommarlovsaktiviteter", "Fritidsgårdsföreståndare",
         "none", "green", "none", "Kontrollerat inför sommarlovet, samtliga 16 ledare hade utdrag.", "GENOMFORD", "nej"),
    ]
    for i, (km, ansv, t1, t2, t3, kom, st, avv) in enumerate(ctrls, 1):
        row([txtcell(str(i), wrapst), txtcell(km, wrapst), txtcell(ansv, wrapst),
             TableCell(stylename=cellstyles[t1]), TableCell(stylename=cellstyles[t2]),
             TableCell(stylename=cellstyles[t3]), txtcell(kom, wrapst)])
        exp(fil, KFN, km, st, avv)
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Teckenförklaring")
    t2.addElement(TableColumn(stylename=colst["1.6cm"]))
    t2.addElement(TableColumn(stylename=colst["7.5cm"]))
    tr = TableRow()
    tr.addElement(txtcell("Teckenförklaring", titlest))
    t2.addElement(tr)
    t2.addElement(TableRow())
    for col, text in (("green", "Genomförd"), ("yellow", "Påbörjad / delvis genomförd"),
                      ("red", "Ej genomförd"), ("grey", "Utgår / ej aktuell")):
        tr = TableRow()
        tr.addElement(TableCell(stylename=cellstyles[col]))
        tr.addElement(txtcell(text))
        t2.addElement(tr)
    t2.addElement(TableRow())
    tr = TableRow()
    tr.addElement(txtcell("Ofärgad cell = ingen kontroll planerad/rapporterad under tertialet.", span=2))
    tr.addElement(CoveredTableCell())
    t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(fil)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File F – Räddningstjänstförbundet: .xls (BIFF8) export with a "Resultat 2024" column.
# ---------------------------------------------------------------------------
def file_f():
    import xlwt
    fil = "RTF_IK_2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25; align: wrap on, vert centre")
    title = xlwt.easyxf("font: bold on, height 280")
    normal = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write_merge(0, 0, 0, 8, "Räddningstjänstförbundet Ljusälv-Storberg", title)
    ws.write_merge(1, 1, 0, 8, "Direktionen – uppföljning av intern kontroll 2025")
    ws.write(2, 0, "Utskrift 2026-01-22 från ledningssystemet (Daedalos)", small)
    header = ["Id", "Kontrollområde", "Kontrollmoment", "Metod", "Frekvens", "Resultat 2024", "Resultat 2025",
              "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(header):
        ws.write(4, i, h, bold)
    widths = [6, 20, 45, 28, 12, 14, 14, 10, 55]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    rows = [
        ("RT-01", "Intäkter", "Fakturering av onödiga automatlarm enligt taxa", "Larmlista mot kundreskontra",
         "Halvår", "Utförd", "Utförd", "J", "5 larm hade inte fakturerats, fakturor skickade i oktober.",
         "GENOMFORD", "ja"),
        ("RT-02", "Myndighetsutövning", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uttag tillsynsregister",
         "År", "Delvis utförd", "Delvis utförd", "N", "78 av 95 planerade tillsyner genomförda.",
         "DELVIS", "nej"),
        ("RT-03", "Personal", "Deltidsbrandmän har giltigt C-körkort och godkänd medicinsk kontroll",
         "Kontroll mot personalregister", "År", "Ej utförd", "Utförd", "J",
         "2 brandmän hade utgångna hälsokontroller, tagna ur beredskap tills ny kontroll gjorts.",
         "GENOMFORD", "ja"),
        ("RT-04", "Personal", "Attest av ersättningar för beredskap och utryckning (löneunderlag)",
         "Stickprov 20 löneunderlag", "Halvår", "Utförd", "Utförd", "N", "", "GENOMFORD", "nej"),
        ("RT-05", "Materiel", "Rökdykarutrustning – service och funktionskontroll av andningsskydd dokumenteras",
         "Genomgång av servicelogg", "Kvartal", "Utförd", "", "",
         "Ej utförd 2025, ansvarig materielförvaltare slutade i mars.", "EJ_GENOMFORD", "nej"),
        ("RT-06", "Avtal", "Fakturering av räddningstjänst till Storbergs kommun enligt avtal",
         "Avstämning mot avtal", "År", "Utförd", "Utgår", "N",
         "Avtalet ersatt av förbundsordningen 2025-01-01, medlemsbidrag i stället för fakturering.", "UTGAR", "nej"),
        ("RT-07", "Myndighetsutövning", "Uppföljning av sotningsentreprenörens rapportering av brandskyddskontroller",
         "Jämförelse kontrollregister/rapporter", "År", "-", "Påbörjad", "N",
         "Rapporter för Storberg saknas ännu.", "DELVIS", "nej"),
        ("RT-08", "Inköp", "Inköp av utrustning över 50 tkr upphandlas enligt LOU och förbundets inköpspolicy",
         "Genomgång leverantörsreskontra", "År", "Utförd", "Ej utförd", "", "", "EJ_GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9]):
            ws.write(r, i, v, normal)
        exp(fil, RTF, row[2], row[9], row[10])
        r += 1
    ws.write(r + 1, 0, "Utförd = kontrollen genomförd. Avvikelse J = avvikelse konstaterad.", small)
    ws.write(r + 3, 0, "Godkänd av förbundsdirektör Per-Olof Sundqvist")
    wb.save(fil)
    FILES.append((fil, "INLAST", RTF, "2025", ""))


# ---------------------------------------------------------------------------
# File G – gemensam överförmyndarnämnd: Word tjänsteskrivelse with a tick-box table.
# ---------------------------------------------------------------------------
def file_g():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT

    fil = "Uppföljning internkontrollplan 2025 ÖFN.docx"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Ljusälv och Storberg\tTJÄNSTESKRIVELSE\tDnr ÖFN 2026/4"
    p = d.add_paragraph("2026-01-27")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden är en gemensam nämnd för Ljusälvs och Storbergs kommuner med Ljusälvs kommun "
        "som värdkommun. Nämnden antog sin internkontrollplan för 2025 den 12 december 2024 (§ 41). "
        "Planen omfattar sju kontrollmoment. Nedan redovisas utfallet för helåret 2025. Resultatet vid "
        "delårsuppföljningen per 31 augusti redovisades för nämnden i september.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Överförmyndarnämnden godkänner helårsuppföljningen av internkontrollplan 2025 och "
                    "överlämnar den till kommunstyrelsen i värdkommunen.")
    d.add_heading("Resultat av kontrollerna", level=2)
    d.add_paragraph("Markera med X i den kolumn som stämmer för helåret.").runs[0].italic = True

    cols = ["Nr", "Kontrollmoment", "Metod", "Resultat / kommentar", "Genomförd", "Delvis", "Ej genomförd",
            "Ej aktuell"]
    ctrls = [
        ("Samtliga inkomna årsräkningar granskas före 30 juni",
         "Uttag ur Wärna", "312 av 318 årsräkningar granskade före 30/6, resterande 6 i juli.",
         "X", "", "", "", "GENOMFORD", "ja"),
        ("Arvodesbeslut till ställföreträdare följer nämndens riktlinjer för arvode",
         "Stickprov 25 beslut", "Inga avvikelser.", "X", "", "", "", "GENOMFORD", "nej"),
        ("Registerkontroll (belastnings- och skuldregister) av ställföreträdare före förordnande",
         "Stickprov 15 nya förordnanden",
         "Kontroll mot skuldregistret genomförd utan anmärkning. Kontrollen mot belastningsregistret återstår.",
         "", "X", "", "", "DELVIS", "nej"),
        ("Överförmyndarspärr finns på huvudmannens konton",
         "Stickprov 20 ärenden", "Ett ärende utan spärr har hittats; banken har underrättats.",
         "X", "X", "", "", "OKLAR", "ja"),
        ("Handläggningstid för ansökan om samtycke till uttag (mål: 3 veckor)",
         "Uttag ur Wärna", "Kontrollen har inte genomförts på grund av vakans.", "", "", "X", "",
         "EJ_GENOMFORD", "nej"),
        ("Storbergs kommun faktureras sin andel enligt samverkansavtalet",
         "Avstämning mot avtal", "Kostnadsfördelningen sker numera i bokslutet, ingen faktura under året.",
         "", "", "", "X", "UTGAR", "nej"),
        ("Behörigheter i Wärna gås igenom två gånger per år",
         "Behörighetslista mot personal", "", "", "", "", "", "SAKNAS", "nej"),
    ]
    tab = d.add_table(rows=1, cols=len(cols))
    tab.style = "Table Grid"
    for i, h in enumerate(cols):
        cell = tab.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for n, c in enumerate(ctrls, 1):
        cells = tab.add_row().cells
        vals = [str(n)] + list(c[:7])
        for i, v in enumerate(vals):
            cells[i].text = v
            if i >= 4:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, OFN, c[0], c[7], c[8])
    widths = [Cm(0.9), Cm(7.0), Cm(3.5), Cm(8.0), Cm(1.9), Cm(1.5), Cm(1.9), Cm(1.7)]
    for row in tab.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Fyra av sju kontrollmoment har genomförts helt eller delvis. Granskningen av handläggningstider kunde "
        "inte genomföras då en handläggartjänst varit vakant under hösten. Kontrollmomentet om behörigheter i "
        "Wärna har inte följts upp och förs över till 2026 års plan.")
    d.add_paragraph("")
    d.add_paragraph("Maria Öhman\nÖverförmyndarhandläggare")
    d.add_paragraph("Tomas Lejon\nEnhetschef överförmyndarenheten")
    d.save(fil)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File H – Excel owner/lock file left on the share (must be rejected).
# ---------------------------------------------------------------------------
def file_h():
    fil = "~$IK helår 2025 Kommunstyrelsen.xlsx"
    name = "Karin Öberg"
    b = bytes([len(name)]) + name.encode("cp1252").ljust(53, b" ")
    b += struct.pack("<H", len(name)) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x20\x00"[0:1])
    with open(fil, "wb") as f:
        f.write(b[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_meta():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for (fil, nm, km, st, avv) in EXPECTED:
            km = " ".join(km.split()).replace(";", ",")
            f.write("%s;%s;%s;%s;%s\n" % (fil, nm, km, st, avv))


if __name__ == "__main__":
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_h()
    write_meta()
    names = {r[0] for r in FILES}
    print("files:", len(names), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
