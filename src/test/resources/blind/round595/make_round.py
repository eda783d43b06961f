#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 595 – Örkelljunga kommun, helår 2025.
Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Deterministic: no dates/time from the clock, fixed timestamps in office files."""
import os, csv, struct, zlib, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU|Barn och utbildning"),
    ("Socialnämnden", "SN|Socialförvaltningen|Soc|Vård och omsorg"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad|Teknik"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|KoF|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN|Valnämnd"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
    ("Örkelljungabostäder AB", "ÖBAB|Örkelljunga Bostäder|Bostadsbolaget"),
]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def set_core(props):
    props.creator = "Örkelljunga kommun"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.lastModifiedBy = "Örkelljunga kommun"


# ======================================================================
# A. Controller workbook: summary sheet + one sheet per nämnd (KS, SBN)
# ======================================================================
def file_a():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    fil = "Uppföljning IK helår 2025 - controller sammanställning.xlsx"
    wb = Workbook()
    set_core(wb.properties)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    grp_fill = PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # --- KS sheet
    ks = [  # (grupp, nr, kontrollmoment, ansvarig, T2, helår, kommentar, status, avv)
        ("EKONOMI", None),
        ("KS1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Genomförd",
         "Stickprov 40 fakturor. 2 saknade andra attest – åtgärdat och info till attestanter.", "GENOMFORD", "ja"),
        ("KS2", "Kontroll av representation och förtroendekänsliga poster", "Controller",
         "Pågår", "genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("KS3", "Avstämning av balanskonton vid bokslut", "Redovisningsansvarig",
         "", "Genomförd ", "", "GENOMFORD", ""),
        ("KS4", "Följsamhet till upphandlingspolicyn – direktupphandlingar över 100 tkr dokumenteras", "Upphandlare",
         "Delvis", "genomförd m. avvikelse",
         "2 av 15 direktupph. saknade dokumentation, rutin påmind på ledningsgrupp.", "GENOMFORD", "ja"),
        ("HR / LÖN", None),
        ("KS5", "Kontroll att löneutbetalningar stämmer mot beslut om anställning", "HR-chef",
         "Delvis", "Delvis genomf.",
         "Stickprov jan–jun gjort, inga fel. Hösten ej kontrollerad pga byte av lönesystem.", "DELVIS", "nej"),
        ("KS6", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
         "Ej påbörjad", "Ej genomf", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("IT OCH INFORMATIONSSÄKERHET", None),
        ("KS7", "Behörighetskontroll i ekonomisystemet (Raindance)", "Systemförvaltare",
         "Genomförd", "", "Gjord i maj. 3 konton för avslutade anställda spärrades.", "GENOMFORD", "ja"),
        ("KS8", "Kontroll av att diarieföring sker inom föreskriven tid", "Kommunsekreterare",
         "", "Utgår", "Utgår enl. KS beslut 2025-06-11 § 87", "UTGAR", ""),
        ("KS9", "Rutin för hantering av personuppgiftsincidenter följs", "Dataskyddssamordnare",
         "", "", "", "SAKNAS", ""),
    ]
    ws = wb.active
    ws.title = "Sammanfattning"
    w1 = wb.create_sheet("KS")
    w1["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    w1["A1"].font = Font(bold=True, size=14)
    w1["A2"] = "Period: helår 2025 (T3). Ifylld av: Anna Persson, controller. Status T2 från tertialrapporten."
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = w1.cell(row=4, column=c, value=h)
        cell.font = bold; cell.fill = head_fill; cell.border = box
    r = 5
    for row in ks:
        if row[1] is None:
            w1.cell(row=r, column=1, value=row[0]).font = bold
            w1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            w1.cell(row=r, column=1).fill = grp_fill
        else:
            nr, km, ans, t2, h, kom, st, av = row
            for c, v in enumerate([nr, km, ans, t2, h, kom], 1):
                cell = w1.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = wrap; cell.border = box
            exp(fil, "Kommunstyrelsen", km, st, av)
        r += 1
    r += 1
    w1.cell(row=r, column=1, value="Ansvarig förvaltningschef: Jonas Lindqvist, kommundirektör")
    for col, wd in zip("ABCDEF", [6, 55, 20, 13, 16, 55]):
        w1.column_dimensions[col].width = wd

    # --- SBN sheet
    sbn = [  # process, risk, km, metod, riskvärde, status, kommentar, st, avv
        ("VA-taxor", "Utebliven debitering",
         "Kontroll att samtliga nya VA-anslutningar debiteras anslutningsavgift", "Avstämning mot bygglov", 9,
         "Klar", "Samtliga 12 nya anslutn. debiterade.", "GENOMFORD", "nej"),
        ("Inköp", "Inköp utanför avtal",
         "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Stickprov 20 fakturor", 8,
         "Genomförd", "3 inköp utanför avtal (maskinhyra), info till arbetsledare.", "GENOMFORD", "ja"),
        ("Fordon", "Privat användning / oklara körningar",
         "Kontroll av körjournaler för kommunens fordon", "Stickprov", 6,
         "Delvis", "Endast gatuenhetens fordon kontrollerade.", "DELVIS", ""),
        ("Bidrag", "Felaktiga utbetalningar",
         "Kontroll av utbetalda bidrag till enskilda vägar", "Genomgång av samtliga utbetalningar", 6,
         "genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Brister i fysisk arbetsmiljö",
         "Skyddsronder genomförs på samtliga arbetsplatser enligt plan", "Uppföljning av protokoll", 8,
         "Pågår", "4 av 6 ronder gjorda, resterande jan 2026.", "DELVIS", ""),
        ("Kost", "Bristande livsmedelssäkerhet",
         "Kontroll av egenkontrollprogram i kommunens tillagningskök", "Besök + checklista", 4,
         "ej genomf", "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Lokalförsörjning", "Felaktiga hyresnivåer",
         "Kontroll att hyresavtal för externt inhyrda lokaler är uppdaterade", "Genomgång avtalsregister", 6,
         "Se bilaga 2", "", "OKLAR", ""),
    ]
    w2 = wb.create_sheet("SBN")
    w2["A1"] = "Samhällsbyggnadsnämnden"
    w2["A1"].font = Font(bold=True, size=14)
    w2["A2"] = "Internkontroll 2025 – helårsuppföljning"
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Riskvärde", "Status helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = w2.cell(row=4, column=c, value=h)
        cell.font = bold; cell.fill = head_fill; cell.border = box
    r = 5
    for p, risk, km, met, rv, stt, kom, st, av in sbn:
        for c, v in enumerate([p, risk, km, met, rv, stt, kom], 1):
            cell = w2.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = wrap; cell.border = box
        exp(fil, "Samhällsbyggnadsnämnden", km, st, av)
        r += 1
    w2.cell(row=r, column=1, value="Summa: 7 kontrollmoment").font = bold
    w2.cell(row=r + 2, column=1, value="Godkänd av förvaltningschef Per Nilsson 2026-01-20")
    for col, wd in zip("ABCDEFG", [16, 26, 50, 26, 10, 14, 45]):
        w2.column_dimensions[col].width = wd

    # --- summary sheet (counts only, no controls)
    ws["A1"] = "Sammanställning intern kontroll helår 2025 – Örkelljunga kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till KS 2026-02. Flikarna KS och SBN fylls i av controller, övriga nämnder har lämnat egna filer."
    hdr = ["Nämnd", "Antal kontroller", "Genomförda", "Delvis", "Ej genomförda", "Utgår", "Ej rapporterat/oklart"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = bold; cell.fill = head_fill
    rows = [("KS", 9, 4, 1, 1, 1, 1), ("SBN", 7, 3, 2, 1, 0, 1),
            ("MBN (egen fil)", 8, None, None, None, None, None),
            ("SN (egen fil)", 9, None, None, None, None, None),
            ("BUN (egen fil)", 9, None, None, None, None, None)]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = bold
    ws.cell(row=r, column=2, value=42)
    ws.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16
    wb.save(fil)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))


# ======================================================================
# B. Plain text e-mail from Kultur och fritid, numbered controls
# ======================================================================
def file_b():
    fil = "SV Uppföljning internkontroll helår 2025 - KoF.txt"
    items = [
        ("Kontanthantering i simhallens kassa (dagsavstämning mot kassarapport)",
         "Genomförd. Två differenser under 50 kr, dokumenterade och förklarade.", "GENOMFORD", "ja"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och regler",
         "genomförd, inga avvik.", "GENOMFORD", "nej"),
        ("Uppföljning av lokalbokningar och fakturering av externa hyresgäster",
         "Delvis, bokningssystemet byttes i sept så Q4 är ej kontrollerat", "DELVIS", ""),
        ("Inventering av utrustning och instrument i kulturskolan",
         "ej gjord, skjuts till våren 2026", "EJ_GENOMFORD", ""),
        ("Kontroll av registerutdrag för ledare i sommarlovsverksamheten",
         "Genomförd", "GENOMFORD", ""),
        ("Rutin för avvikelsehantering vid badet (tillbud och olyckor)",
         "Utgår, ersatt av kommungemensam rutin från 1/9", "UTGAR", ""),
        ("Attest av fakturor inom Kultur och fritid",
         "gnomförd, 1 faktura attesterad av fel person, rättat", "GENOMFORD", "ja"),
        ("Bibliotekets hantering av förlorade och ej återlämnade medier",
         "", "EJ_GENOMFORD", ""),
    ]
    lines = [
        "Från: Lena Håkansson <lena.hakansson@orkelljunga.se>",
        "Skickat: den 14 januari 2026 09:12",
        "Till: Ekonomi <ekonomi@orkelljunga.se>",
        "Kopia: Anna Persson <anna.persson@orkelljunga.se>",
        "Ämne: SV: Uppföljning internkontroll helår 2025 - KoF",
        "",
        "Hej!",
        "",
        "Här kommer kultur och fritids uppföljning av internkontrollplanen för helåret 2025.",
        "Sorry att det blev sent, december var full med julmarknaden. Jag skriver in resultatet direkt",
        "efter varje punkt så slipper ni en bilaga.",
        "",
    ]
    for i, (km, res, st, av) in enumerate(items, 1):
        lines.append(f"{i}. {km} – {res}".rstrip(" –") if res else f"{i}. {km} –")
        exp(fil, "Kultur- och fritidsnämnden", km, st, av)
    lines += [
        "",
        "Punkt 8 har vi inte hunnit titta på än, den är inte gjord. Vi tar den första i plan 2026.",
        "",
        "Säg till om ni behöver något mer inför KS!",
        "",
        "Mvh",
        "Lena Håkansson",
        "Förvaltningschef Kultur och fritid",
        "Örkelljunga kommun",
        "0435-550 00",
        "",
        "-----Ursprungligt meddelande-----",
        "Från: Ekonomi <ekonomi@orkelljunga.se>",
        "Skickat: den 2 december 2025 13:40",
        "Ämne: Uppföljning internkontroll helår 2025 - KoF",
        "",
        "Hej! Påminnelse: uppföljningen av internkontrollplanen för helår 2025 ska vara ekonomi",
        "tillhanda senast 9 januari. Ange status per kontrollmoment (genomförd/delvis/ej genomförd).",
        "",
    ]
    with open(fil, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ======================================================================
# C. Socialnämnden .ods – letter codes per period, legend UNDER the table
# ======================================================================
def file_c():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
    from odf.text import P
    from odf.style import Style, TableColumnProperties, TextProperties
    fil = "SN internkontroll helår 2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    widths = ["3.5cm", "9cm", "5cm", "3.5cm", "1.4cm", "1.4cm", "1.6cm", "8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name=f"co{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)
    t = Table(name="Uppföljning")
    for s in colstyles:
        t.addElement(TableColumn(stylename=s))

    def row(vals, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            if span and i == 0:
                tc = TableCell(numbercolumnsspanned=span, stylename=style) if style else TableCell(numbercolumnsspanned=span)
            else:
                tc = TableCell(stylename=style) if style else TableCell()
            if v not in (None, ""):
                tc.setAttribute("valuetype", "string")
                for k, line in enumerate(str(v).split("\n")):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if span and i == 0:
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
        t.addElement(tr)

    data = [  # område, km, metod, ansvarig, T1, T2, H, kommentar, st, avv
        ("Myndighetsutövning IFO",
         "Kontroll att utredningar inom barn och unga avslutas inom fyra månader",
         "Stickprov 20 akter", "Enhetschef IFO", "D", "D", "A",
         "4 av 20 utredningar överskred 4 mån utan beslut om förlängning.", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Kontroll av att utbetalningar av ekonomiskt bistånd har ett beslut i akten",
         "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd", "G", "G", "G", "", "GENOMFORD", "nej"),
        ("Hemtjänst",
         "Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
         "Genomgång i verksamhetssystemet", "Enhetschefer hemtjänst", "", "D", "D",
         "Två av tre områden klara.", "DELVIS", ""),
        ("Avgifter",
         "Kontroll av avgiftsbeslut inom äldreomsorgen mot inkomstuppgifter",
         "Stickprov 15 beslut", "Avgiftshandläggare", "", "", "E",
         "Ej hunnits pga vakans på avgiftshandläggning.", "EJ_GENOMFORD", ""),
        ("LSS",
         "Kontroll av att beslut enligt LSS verkställs inom tre månader\n(ej verkställda beslut rapporteras till IVO)",
         "Kvartalsrapport", "MAS/LSS-chef", "G", "G", "G", "", "GENOMFORD", "nej"),
        ("Särskilt boende",
         "Kontroll av signeringslistor för läkemedel på särskilt boende",
         "Stickprov per avdelning", "MAS", "D", "G", "",
         "", "GENOMFORD", "nej"),
        ("Bemanning",
         "Kontroll av timanställdas tidrapporter mot schema i Time Care",
         "Stickprov", "Bemanningsenheten", "", "", "U",
         "Ingår from 2025 i KS kontroll av löner.", "UTGAR", ""),
        ("Kvalitet",
         "Kontroll av att lex Sarah-rapporter utreds och återkopplas till anmälaren",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "G", "", "G/D",
         "", "OKLAR", ""),
        ("Personal",
         "Kontroll av att bisysslor är anmälda och prövade",
         "Enkät till chefer", "Förvaltningschef", "", "", "",
         "", "SAKNAS", ""),
    ]
    row(["Socialnämnden – uppföljning av internkontrollplan 2025"], bold, span=8)
    row(["Helårsuppföljning, rapporteras till SN februari 2026"], None, span=8)
    row([""])
    row(["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Helår", "Kommentar"], bold)
    for d in data:
        row(list(d[:8]))
        exp(fil, "Socialnämnden", d[1], d[8], d[9])
    row([""])
    row(["Teckenförklaring: G = Genomförd utan anmärkning   A = Genomförd med avvikelse   "
         "D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår"], None, span=8)
    row(["Tom ruta = ej aktuellt den perioden."], None, span=8)
    row([""])
    row(["Behandlad i socialnämnden 2026-02-18 § 12. Ansvarig tjänsteperson: Karin Sjöberg, förvaltningschef."], None, span=8)
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ======================================================================
# D. BUN .xls – last year's 2024 status column left beside 2025
# ======================================================================
def file_d():
    import xlwt
    fil = "BUN_IK_2025_helar.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    b = xlwt.easyxf("font: bold on")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                    "borders: left thin, right thin, top thin, bottom thin")
    c = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    grey = xlwt.easyxf("font: colour grey50; alignment: wrap on, vert top; "
                       "borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Barn- och utbildningsförvaltningen", b)
    ws.write(1, 0, "Internkontrollplan – uppföljning helår 2025")
    ws.write(2, 0, "(Kolumnen Status 2024 är kvar från förra årets uppföljning)")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar"]
    for i, x in enumerate(hdr):
        ws.write(4, i, x, h)
    data = [
        ("1", "Skolskjuts", "Kontroll av att skolskjutsbeslut följer riktlinjerna för skolskjuts",
         "Skolskjutssamordnare", "Genomförd", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "Delvis", "Genomförd", "1 av 25 fakturor saknade attest, åtgärdat", "GENOMFORD", "ja"),
        ("3", "Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Verksamhetschef elevhälsa", "Genomförd", "", "", "SAKNAS", ""),
        ("4", "Närvaro", "Uppföljning av elevers frånvaro och att hemmet kontaktas vid ogiltig frånvaro",
         "Rektorer", "Ej genomförd", "Delvis genomf.", "4 av 6 skolor har redovisat", "DELVIS", ""),
        ("5", "Förskola", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter (maxtaxa)",
         "Handläggare barnomsorg", "Genomförd", "Genomförd m avvikelse",
         "6 hushåll hade ej lämnat inkomstuppgift, retroaktiv debitering", "GENOMFORD", "ja"),
        ("6", "Kränkande behandling",
         "Kontroll att anmälningar om kränkande behandling anmäls till huvudman och utreds",
         "Rektorer", "Genomförd", "Pågår", "", "DELVIS", ""),
        ("7", "Inköp", "Inköp av läromedel sker via upphandlat avtal", "Rektorer",
         "–", "ej påbörj", "", "EJ_GENOMFORD", ""),
        ("8", "Personal", "Kontroll av registerutdrag vid nyanställning i förskola och skola", "HR-partner",
         "Genomförd", "", "Ej genomförd i år, planeras till VT 2026", "EJ_GENOMFORD", ""),
        ("9", "Personal", "Kontroll av lärarlegitimation och behörighet vid nyanställning", "HR-partner",
         "Utgår", "Genomförd", "Alla nyanställda legitimerade eller undantag dokumenterat", "GENOMFORD", "nej"),
    ]
    r = 5
    for d in data:
        for i, x in enumerate(d[:7]):
            ws.write(r, i, x, grey if i == 4 else c)
        exp(fil, "Barn- och utbildningsnämnden", d[2], d[7], d[8])
        r += 1
    ws.write(r + 1, 0, "Uppföljningen redovisas för barn- och utbildningsnämnden 2026-02-11.")
    ws.write(r + 2, 0, "Sofia Berg, förvaltningschef")
    for i, w in enumerate([5, 18, 50, 22, 13, 18, 45]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ======================================================================
# E. Örkelljungabostäder AB .docx – ticks X under Ja | Nej | Delvis
# ======================================================================
def file_e():
    import docx
    from docx.shared import Pt, Cm
    fil = "ÖBAB uppföljning internkontroll 2025.docx"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Örkelljungabostäder AB"; cp.created = FIXED_DT; cp.modified = FIXED_DT
    cp.last_modified_by = "Örkelljungabostäder AB"
    d.add_heading("Örkelljungabostäder AB", level=1)
    d.add_paragraph("Uppföljning av intern kontroll 2025 (helår)")
    d.add_paragraph(
        "Styrelsen antog internkontrollplanen 2025-02-27. Nedan redovisas utfallet för helåret. "
        "Sätt X i den kolumn som gäller. Uppföljningen lämnas till kommunens ekonomiavdelning "
        "som underlag för kommunstyrelsens uppsikt.")
    data = [  # km, ja, nej, delvis, kommentar, status, avv
        ("Kontroll av hyresavier mot hyresavtal vid nyuthyrning", "X", "", "",
         "Stickprov 15 avtal, inga fel.", "GENOMFORD", "nej"),
        ("Uppföljning av hyresskulder och inkassoärenden", "X", "", "",
         "Månadsvis avstämning mot kravlista.", "GENOMFORD", ""),
        ("Kontroll av att obligatoriska besiktningar (OVK, hiss) genomförs enligt plan", "", "", "X",
         "OVK klar. Hissbesiktning Storgatan 12 flyttad till feb 2026.", "DELVIS", ""),
        ("Attest av fakturor enligt bolagets attestordning", "x", "", "",
         "2 fakturor attesterade av fel person, rättat.", "GENOMFORD", "ja"),
        ("Kontroll av nyckel- och taggsystem (spärr av borttappade taggar)", "", "X", "",
         "Ej genomförd pga byte av låssystem.", "EJ_GENOMFORD", ""),
        ("Kontroll av att förmedling av lägenheter sker enligt uthyrningspolicyn (kötid)", "X", "", "X",
         "", "OKLAR", ""),
        ("Kontroll av mätaravläsning och energistatistik", "", "", "",
         "Gjord i december, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av ramavtal för snöröjning och vinterväghållning", "", "", "",
         "Utgår – kommunen upphandlar gemensamt from 2025.", "UTGAR", ""),
    ]
    tbl = d.add_table(rows=2, cols=5)
    tbl.style = "Table Grid"
    h0 = tbl.rows[0].cells
    h0[0].text = "Kontrollmoment"
    m = h0[1].merge(h0[3]); m.text = "Genomförd"
    h0[4].text = "Kommentar / åtgärd"
    a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    a.text = "Kontrollmoment"
    k = tbl.cell(0, 4).merge(tbl.cell(1, 4))
    k.text = "Kommentar / åtgärd"
    h1 = tbl.rows[1].cells
    h1[1].text = "Ja"; h1[2].text = "Nej"; h1[3].text = "Delvis"
    for row_ in tbl.rows[:2]:
        for cell in row_.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    for km, ja, nej, dv, kom, st, av in data:
        cells = tbl.add_row().cells
        for i, v in enumerate([km, ja, nej, dv, kom]):
            cells[i].text = v
        exp(fil, "Örkelljungabostäder AB", km, st, av)
    widths = [Cm(7.5), Cm(1.2), Cm(1.2), Cm(1.4), Cm(6.5)]
    for row_ in tbl.rows:
        for i, w in enumerate(widths):
            row_.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Örkelljunga 2026-01-22")
    d.add_paragraph("Mikael Ek, VD")
    d.save(fil)
    FILES.append((fil, "INLAST", "Örkelljungabostäder AB", "2025", "HELAR"))


# ======================================================================
# F. MBN .xlsx – status and comment typed in ONE cell, nämnd in print header
# ======================================================================
def file_f():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    fil = "MBN IKP uppfoljning 2025.xlsx"
    wb = Workbook()
    set_core(wb.properties)
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Miljö- och byggnämnden, Örkelljunga kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Miljö- och byggförvaltningen"
    ws["A3"] = "Riskvärde = sannolikhet x konsekvens (1–16)"
    hdr = ["Kontrollmoment", "Riskvärde", "Ansvarig", "Frekvens", "Uppföljning helår (status + kommentar)"]
    for i, x in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=x).font = Font(bold=True)
    data = [
        ("Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", 12, "Bygglovschef", "Halvår",
         "Genomförd. 5 ärenden av 142 överskred tiden, avgiften reducerad enl. PBL.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter inom miljö- och hälsoskydd enligt taxa", 9, "Miljöchef", "Årsvis",
         "Genomf – inga avvikelser", "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", 8, "Nämndsekreterare", "Tertial",
         "delvis, nov–dec ej kontrollerat pga sjukskrivning", "DELVIS", ""),
        ("Kontroll av att livsmedelskontroller utförs enligt kontrollplanen", 12, "Miljöchef", "Årsvis",
         "Ej genomf., omprioritering efter Livsmedelsverkets revision", "EJ_GENOMFORD", ""),
        ("Kontroll av expediering av beslut till sakägare", 6, "Bygglovschef", "Halvår",
         "OK inga anm.", "GENOMFORD", "nej"),
        ("Arkivering av avslutade ärenden i e-arkivet", 4, "Registrator", "Årsvis",
         "Pågår – ca 60 % klart", "DELVIS", ""),
        ("Kontroll av jäv vid handläggning (bisysslor, släktskap)", 6, "Förvaltningschef", "Årsvis",
         "Utgår enl beslut MBN 2025-04-23 §31", "UTGAR", ""),
        ("Kontroll av att bygglovsavgifter faktureras", 9, "Administratör", "Tertial",
         "Genomförd m anm: 3 lov ofakturerade,\nfakturor skickade i dec.", "GENOMFORD", "ja"),
    ]
    r = 6
    for km, rv, ans, frek, su, st, av in data:
        for i, v in enumerate([km, rv, ans, frek, su], 1):
            ws.cell(row=r, column=i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, "Miljö- och byggnämnden", km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Eva Holm, 2026-01-16")
    for col, wd in zip("ABCDE", [55, 10, 18, 10, 60]):
        ws.column_dimensions[col].width = wd
    wb.save(fil)
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))


# ======================================================================
# G. Överförmyndarnämnden – easy, clean xlsx
# ======================================================================
def file_g():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    fil = "Överförmyndarnämnden IK 2025 helår.xlsx"
    wb = Workbook()
    set_core(wb.properties)
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll helår 2025"
    ws["A1"].font = Font(bold=True)
    hdr = ["Kontrollmoment", "Status", "Kommentar"]
    for i, x in enumerate(hdr, 1):
        ws.cell(row=3, column=i, value=x).font = Font(bold=True)
    data = [
        ("Granskning av årsräkningar sker inom lagstadgad tid", "Genomförd",
         "Samtliga granskade före 30 juni.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Genomförd",
         "Stickprov 10 ärenden, ett felaktigt arvode korrigerat.", "GENOMFORD", "ja"),
        ("Kontroll av uppgifter i ärendesystemet Wärna mot inkomna handlingar", "Delvis genomförd",
         "", "DELVIS", ""),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Ej genomförd",
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av överförmyndarspärr på huvudmäns bankkonton", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 4
    for km, s, k, st, av in data:
        ws.cell(row=r, column=1, value=km)
        ws.cell(row=r, column=2, value=s)
        ws.cell(row=r, column=3, value=k if k else None)
        exp(fil, "Överförmyndarnämnden", km, st, av)
        r += 1
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 50
    wb.save(fil)
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ======================================================================
# R. A screenshot (PNG) renamed .xlsx – must be rejected
# ======================================================================
def file_reject():
    fil = "Skärmklipp SN IK helår 2025.xlsx"
    w, hgt = 320, 120
    raw = bytearray()
    for y in range(hgt):
        raw.append(0)
        for x in range(w):
            if y < 20:
                px = (68, 114, 196)
            elif (y - 20) % 20 == 0 or x % 80 == 0:
                px = (160, 160, 160)
            else:
                px = (255, 255, 255)
            raw.extend(px)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(fil, "wb") as f:
        f.write(png)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_a(); file_b(); file_c(); file_d(); file_e(); file_f(); file_g(); file_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
